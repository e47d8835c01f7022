//! The command line end to end: build, query in every format, export, and
//! clear errors for bad input that leave the store untouched.

use crate::common::{built, chainkg, ok, python_with, root, sample};
use std::process::Command;

const CK: &str =
    "PREFIX ck: <https://w3id.org/chainkg/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> ";

/// Quads of the named graphs, and triples of the default graph no named
/// graph holds: what `export --format nq` writes.
fn count(store: &std::path::Path) -> usize {
    let q = "SELECT (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?h { ?s ?p ?o } } } }";
    let out = ok(
        &[
            "query",
            "--store",
            store.to_str().unwrap(),
            "--format",
            "csv",
            q,
        ],
        &root(),
    );
    out.lines().nth(1).unwrap().trim().parse().unwrap()
}

#[test]
fn sample_builds_six_articles_with_titles_and_creators() {
    let Some(sample) = sample() else { return };
    let (_dir, store) = built(&[&sample]);
    let s = store.to_str().unwrap();
    let q = format!("{CK} SELECT (COUNT(?a) AS ?n) WHERE {{ ?a a ck:Article }}");
    let out = ok(&["query", "--store", s, "--format", "csv", &q], &root());
    assert_eq!(out.replace('\r', ""), "n\n6\n");
    let q = format!("{CK} SELECT ?c ?t WHERE {{ ?a a ck:Article ; dcterms:creator ?c OPTIONAL {{ ?a dcterms:title ?t }} }} ORDER BY ?c");
    let out = ok(&["query", "--store", s, "--format", "tsv", &q], &root());
    let rows: Vec<&str> = out.lines().skip(1).collect();
    assert_eq!(rows.len(), 6);
    assert!(
        rows.contains(&"\"王波\"\t\"晋城经济技术开发区 全力打造国家级光机电产业创新高地\"@zh"),
        "{out}"
    );
    assert!(rows.contains(&"\"李文艳\"\t"), "{out}");
}

#[test]
fn building_twice_changes_nothing() {
    let Some(sample) = sample() else { return };
    let (_dir, store) = built(&[&sample]);
    let s = store.to_str().unwrap();
    let before = ok(&["export", "--store", s, "--format", "nq"], &root());
    ok(&["build", sample.to_str().unwrap(), "--store", s], &root());
    let after = ok(&["export", "--store", s, "--format", "nq"], &root());
    assert_eq!(count(&store), before.lines().count());
    assert_eq!(before, after, "a re-build must leave the store unchanged");
}

#[test]
fn every_result_format_is_valid_w3c() {
    let demo = root().join("data/demo");
    let (_dir, store) = built(&[&demo]);
    let s = store.to_str().unwrap();
    let select = format!(
        "{CK} SELECT ?z ?label WHERE {{ ?z a ck:Zone ; rdfs:label ?label }} ORDER BY ?label"
    );
    let select = format!("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> {select}");
    let ask = format!("{CK} ASK {{ ?z a ck:Zone }}");
    // JSON parses and has the W3C shape.
    let json: serde_json::Value = serde_json::from_str(&ok(
        &["query", "--store", s, "--format", "json", &select],
        &root(),
    ))
    .unwrap();
    assert_eq!(json["head"]["vars"], serde_json::json!(["z", "label"]));
    let zones = json["results"]["bindings"].as_array().unwrap().len();
    assert!(zones > 0);
    let json: serde_json::Value = serde_json::from_str(&ok(
        &["query", "--store", s, "--format", "json", &ask],
        &root(),
    ))
    .unwrap();
    assert_eq!(json["boolean"], serde_json::json!(true));
    let table = ok(&["query", "--store", s, &select], &root());
    assert!(table.starts_with("z "), "{table}");
    // --explain: the plan, each step with the rows it gave.
    let plan: serde_json::Value =
        serde_json::from_str(&ok(&["query", "--store", s, "--explain", &select], &root())).unwrap();
    assert_eq!(
        plan["plan"]["number of results"],
        serde_json::json!(zones),
        "{plan}"
    );
    assert!(plan["plan"]["children"].is_array(), "{plan}");
    // rdflib reads every W3C result format.
    let Some(py) = python_with("rdflib") else {
        return;
    };
    for (fmt, q) in [
        ("json", &select),
        ("xml", &select),
        ("csv", &select),
        ("tsv", &select),
        ("xml", &ask),
        ("json", &ask),
    ] {
        let out = ok(&["query", "--store", s, "--format", fmt, q], &root());
        let script = format!(
            "import sys, io\nfrom rdflib.query import Result\nr = Result.parse(io.BytesIO(sys.stdin.buffer.read()), format='{fmt}')\nprint(r.askAnswer if r.type == 'ASK' else len(r))"
        );
        let mut child = Command::new(py)
            .args(["-c", &script])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(out.as_bytes())
            .unwrap();
        let res = child.wait_with_output().unwrap();
        assert!(
            res.status.success(),
            "rdflib could not read {fmt}: {}",
            String::from_utf8_lossy(&res.stderr)
        );
        let answer = String::from_utf8_lossy(&res.stdout).trim().to_string();
        assert!(
            answer == "True" || answer.parse::<usize>().is_ok_and(|n| n > 0),
            "{fmt}: {answer}"
        );
    }
    // CONSTRUCT gives Turtle that rdflib parses.
    let construct = format!("{CK} CONSTRUCT {{ ?z a ck:Zone }} WHERE {{ ?z a ck:Zone }}");
    let ttl = ok(&["query", "--store", s, &construct], &root());
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("c.ttl");
    std::fs::write(&f, ttl).unwrap();
    let res = Command::new(py)
        .args(["-c", "import rdflib,sys; g=rdflib.Graph(); g.parse(sys.argv[1], format='turtle'); print(len(g))", f.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        res.status.success(),
        "{}",
        String::from_utf8_lossy(&res.stderr)
    );
}

#[test]
fn turtle_export_parses_in_rdflib_with_every_triple() {
    let demo = root().join("data/demo");
    let (dir, store) = built(&[&demo]);
    let s = store.to_str().unwrap();
    let ttl = dir.path().join("g.ttl");
    ok(
        &[
            "export",
            "--store",
            s,
            "--format",
            "ttl",
            "-o",
            ttl.to_str().unwrap(),
        ],
        &root(),
    );
    let distinct = ok(
        &[
            "query",
            "--store",
            s,
            "--format",
            "csv",
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        ],
        &root(),
    );
    let n: usize = distinct.lines().nth(1).unwrap().trim().parse().unwrap();
    let Some(py) = python_with("rdflib") else {
        return;
    };
    let res = Command::new(py)
        .args(["-c", "import rdflib,sys; g=rdflib.Graph(); g.parse(sys.argv[1], format='turtle'); print(len(g))", ttl.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        res.status.success(),
        "{}",
        String::from_utf8_lossy(&res.stderr)
    );
    let parsed: usize = String::from_utf8_lossy(&res.stdout).trim().parse().unwrap();
    assert_eq!(parsed, n);
}

#[test]
fn bad_input_is_refused_with_the_file_and_line_and_loads_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let s = store.to_str().unwrap();
    let good = root().join("data/demo/web_article.txt");
    ok(&["build", good.to_str().unwrap(), "--store", s], &root());
    let before = ok(&["export", "--store", s, "--format", "nq"], &root());

    let missing = dir.path().join("nope.txt");
    let out = chainkg(&["build", missing.to_str().unwrap(), "--store", s], &root());
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("nope.txt") && err.lines().count() == 1,
        "{err}"
    );

    let bad = dir.path().join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"text\": \"本报讯 某开发区新增企业10家。\"}\n{\"title\": \"无正文\"}\n",
    )
    .unwrap();
    let out = chainkg(
        &[
            "build",
            good.to_str().unwrap(),
            bad.to_str().unwrap(),
            "--store",
            s,
        ],
        &root(),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.jsonl:2:") && err.contains("text"),
        "{err}"
    );

    let binary = dir.path().join("bin.txt");
    std::fs::write(&binary, [0x41, 0x00, 0x9f, 0x92, 0x96]).unwrap();
    let out = chainkg(&["build", binary.to_str().unwrap(), "--store", s], &root());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bin.txt"));

    let out = chainkg(&["query", "--store", s, "SELECT ?x WHERE { ?x"], &root());
    assert_eq!(out.status.code(), Some(2));

    let after = ok(&["export", "--store", s, "--format", "nq"], &root());
    assert_eq!(before, after, "failed builds must not touch the store");
}

/// Sorted, deduplicated N-Quads lines.
fn sorted_quads(nq: &str) -> Vec<String> {
    let set: std::collections::BTreeSet<&str> = nq.lines().filter(|l| !l.is_empty()).collect();
    set.into_iter().map(str::to_string).collect()
}

fn export_nq(store: &std::path::Path) -> Vec<String> {
    sorted_quads(&ok(
        &[
            "export",
            "--store",
            store.to_str().unwrap(),
            "--format",
            "nq",
        ],
        &root(),
    ))
}

/// Two articles: one declares a short name for a company, the other only
/// uses the short name.
fn short_name_articles(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    std::fs::write(
        &a,
        "晋中经济技术开发区新添龙头企业\n本报讯 3月10日，山西华鑫重型装备制造股份有限公司（以下简称“华鑫重装”）与晋中经济技术开发区签约，总投资12亿元的高端液压件项目正式落户园区。华鑫重装是高端装备制造产业链的链主企业。\n",
    )
    .unwrap();
    std::fs::write(
        &b,
        "榆次区装备制造产业提速\n本报讯 记者从榆次区获悉，华鑫重装年产5万吨铸件项目近日投产，该项目位于榆次工业园区。华鑫重装入驻榆次工业园区以来，带动上下游企业12家。\n",
    )
    .unwrap();
    (a, b)
}

#[test]
fn stages_extract_resolve_load_give_the_graph_of_build() {
    let Some(sample) = sample() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = short_name_articles(dir.path());
    let inputs = [sample.as_path(), &root().join("data/demo"), &a, &b];
    let (_d, store) = built(&inputs);
    let reference = export_nq(&store);
    let s = |p: &std::path::Path| p.to_str().unwrap().to_string();
    let mut args = vec!["extract".to_string()];
    args.extend(inputs.iter().map(|p| s(p)));
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let extracted = ok(&argv, &root());
    let raw = dir.path().join("raw.nq");
    std::fs::write(&raw, &extracted).unwrap();
    // Reduce: the map from the names alone, then applied while streaming.
    let names: String = extracted
        .lines()
        .filter(|l| l.contains("rdf-schema#label>") || l.contains("core#altLabel>"))
        .map(|l| format!("{l}\n"))
        .collect();
    let names_file = dir.path().join("names.nq");
    std::fs::write(&names_file, names).unwrap();
    let map = dir.path().join("map.tsv");
    ok(
        &["resolve", &s(&names_file), "--map-out", &s(&map)],
        &root(),
    );
    let map_text = std::fs::read_to_string(&map).unwrap();
    assert!(
        map_text.contains("enterprise/华鑫\thttps://w3id.org/chainkg/id/enterprise/华鑫重型\t山西华鑫重型装备制造股份有限公司"),
        "{map_text}"
    );
    let resolved = ok(&["resolve", "--map", &s(&map), &s(&raw)], &root());
    assert_eq!(
        sorted_quads(&resolved),
        reference,
        "extract | resolve --map"
    );
    let both = ok(&["resolve", &s(&raw)], &root());
    assert_eq!(sorted_quads(&both), reference, "extract | resolve");
    assert_ne!(
        sorted_quads(&extracted),
        reference,
        "resolution changed nothing"
    );
    // Load: resolved quads, and raw quads (load resolves), twice (replaces).
    let res_file = dir.path().join("resolved.nq");
    std::fs::write(&res_file, &resolved).unwrap();
    for input in [&res_file, &raw] {
        let target = dir.path().join(format!(
            "load-{}",
            input.file_stem().unwrap().to_str().unwrap()
        ));
        ok(&["load", &s(input), "--store", &s(&target)], &root());
        assert_eq!(export_nq(&target), reference, "load {}", input.display());
        // Loaded into an empty store, the entity cards come with the quads:
        // queries read them and answer as on the built store.
        let q = "SELECT ?e ?p ?o WHERE { ?e ?p ?o } ORDER BY ?e ?p ?o";
        let answer =
            |st: &std::path::Path| ok(&["query", "--store", &s(st), "--format", "csv", q], &root());
        assert_eq!(
            answer(&target),
            answer(&store),
            "query after load {}",
            input.display()
        );
        ok(&["load", &s(input), "--store", &s(&target)], &root());
        assert_eq!(
            export_nq(&target),
            reference,
            "load again {}",
            input.display()
        );
    }
}

#[test]
fn a_declared_short_name_joins_articles_in_any_build_order() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = short_name_articles(dir.path());
    let (_d, together) = built(&[&a, &b]);
    let reference = export_nq(&together);
    // Only one enterprise, under its full name, in both articles.
    let q = "SELECT DISTINCT ?e ?l WHERE { ?e a <https://w3id.org/chainkg/ontology#Enterprise> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }";
    let out = ok(
        &[
            "query",
            "--store",
            together.to_str().unwrap(),
            "--format",
            "csv",
            q,
        ],
        &root(),
    );
    assert_eq!(
        out.trim().lines().skip(1).collect::<Vec<_>>(),
        ["https://w3id.org/chainkg/id/enterprise/华鑫重型,山西华鑫重型装备制造股份有限公司"],
        "{out}"
    );
    // Incremental builds reach the same graph, whichever article comes first
    // (B first: its short-name entity is rewritten when A arrives).
    for order in [[&a, &b], [&b, &a]] {
        let store = dir.path().join(format!(
            "s-{}",
            order[0].file_stem().unwrap().to_str().unwrap()
        ));
        for f in order {
            ok(
                &[
                    "build",
                    f.to_str().unwrap(),
                    "--store",
                    store.to_str().unwrap(),
                ],
                &root(),
            );
        }
        assert_eq!(export_nq(&store), reference, "order {order:?}");
    }
}

#[test]
fn load_refuses_bad_nquads_naming_file_and_line_and_leaves_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let (_d, store) = built(&[&root().join("data/demo")]);
    let before = export_nq(&store);
    let good = dir.path().join("good.nq");
    std::fs::write(&good, before[..3].join("\n") + "\n").unwrap();
    let bad = dir.path().join("bad.nq");
    std::fs::write(&bad, format!("{}\n{}\n<a> <b> .\n", before[0], before[1])).unwrap();
    let out = chainkg(
        &[
            "load",
            good.to_str().unwrap(),
            bad.to_str().unwrap(),
            "--store",
            store.to_str().unwrap(),
        ],
        &root(),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.nq:3"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert_eq!(export_nq(&store), before);
    // chainkg's older layout (a sentence with ck:charStart) is refused too.
    let old = dir.path().join("old.nq");
    let a = "https://w3id.org/chainkg/id/article/00000000000000aa";
    std::fs::write(
        &old,
        format!(
            "{}\n<{a}#s3> <https://w3id.org/chainkg/ontology#charStart> \"7\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n",
            before[0]
        ),
    )
    .unwrap();
    let out = chainkg(
        &[
            "load",
            old.to_str().unwrap(),
            "--store",
            store.to_str().unwrap(),
        ],
        &root(),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("old.nq") && err.contains("older layout"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert_eq!(export_nq(&store), before);
}

/// Builds `inputs` into a new store at `store` (one build per list).
fn build_into(store: &std::path::Path, inputs: &[&std::path::Path]) {
    let mut args: Vec<String> = vec!["build".into()];
    args.extend(inputs.iter().map(|p| p.display().to_string()));
    args.extend(["--store".into(), store.display().to_string()]);
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    ok(&refs, &root());
}

#[test]
fn removing_articles_leaves_the_store_of_a_fresh_build_of_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = short_name_articles(dir.path());
    let demo = root().join("data/demo/web_article.txt");
    let s = |p: &std::path::Path| p.to_str().unwrap().to_string();
    let fresh = |name: &str, inputs: &[&std::path::Path]| {
        let store = dir.path().join(name);
        build_into(&store, inputs);
        export_nq(&store)
    };
    // Unrelated articles: remove one by its source file.
    let only_demo = fresh("demo", &[&demo]);
    let both = dir.path().join("both");
    build_into(&both, &[&demo, &a]);
    ok(&["remove", &s(&a), "--store", &s(&both)], &root());
    assert_eq!(export_nq(&both), only_demo, "demo + A, A removed");
    // The merge case: A declares 华鑫重装 as the short name of the company B
    // names only by it. Removing A undoes the merge (B's entity is its own
    // again); removing B leaves A as built alone.
    let only_a = fresh("a", &[&a]);
    let only_b = fresh("b", &[&b]);
    for (gone, left, expected) in [(&a, "a", &only_b), (&b, "b", &only_a)] {
        let store = dir.path().join(format!("ab-{left}"));
        build_into(&store, &[&a, &b]);
        let merged = export_nq(&store);
        assert!(
            merged.iter().any(|l| l.contains("owl#sameAs")),
            "{merged:#?}"
        );
        // By article IRI this time.
        let iri = ok(
            &[
                "query",
                "--store",
                &s(&store),
                "--format",
                "tsv",
                &format!(
                    "SELECT ?a WHERE {{ ?a <http://purl.org/dc/terms/source> \"{}\" }}",
                    s(gone)
                ),
            ],
            &root(),
        );
        let iri = iri
            .lines()
            .nth(1)
            .unwrap()
            .trim_matches(['<', '>'])
            .to_string();
        ok(&["remove", &iri, "--store", &s(&store)], &root());
        assert_eq!(
            &export_nq(&store),
            expected,
            "A + B, {} removed",
            gone.display()
        );
    }
    // An unknown article or source: exit 2, one line naming it, nothing removed.
    let before = export_nq(&both);
    let out = chainkg(&["remove", "nowhere.txt", "--store", &s(&both)], &root());
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("nowhere.txt") && err.trim().lines().count() == 1,
        "{err}"
    );
    assert_eq!(export_nq(&both), before);
}

#[test]
fn a_file_built_again_replaces_its_articles() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.txt");
    let text = std::fs::read_to_string(root().join("data/demo/page_2025_03.txt")).unwrap();
    std::fs::write(&page, &text).unwrap();
    let store = dir.path().join("store");
    build_into(&store, &[&page]);
    // The page loses its articles from its second dateline on.
    let cut = text.find("本报讯").unwrap();
    std::fs::write(&page, &text[..cut]).unwrap();
    build_into(&store, &[&page]);
    let fresh = dir.path().join("fresh");
    build_into(&fresh, &[&page]);
    assert_eq!(export_nq(&store), export_nq(&fresh));
}
