//! Diagrams and analytics, checked by the clients that read them: Graphviz
//! renders every DOT output without a warning, rdflib reads the Turtle and
//! JSON-LD exports with every triple, pySHACL agrees with `chainkg validate`
//! on good and broken graphs, NetworkX loads the CSV and GraphML tables with
//! the counts `chainkg stats` reports.

use crate::common::{built, chainkg, ok, python_with, root, sample};
use std::path::Path;
use std::process::{Command, Stdio};

const CK: &str = "https://w3id.org/chainkg/ontology#";

/// The Graphviz `dot` program, or `None` (skips outside CI, fails in CI).
fn graphviz() -> bool {
    if Command::new("dot").arg("-V").output().is_ok() {
        return true;
    }
    if std::env::var_os("CI").is_some() {
        panic!("Graphviz `dot` is missing in CI (.ci/run installs graphviz)");
    }
    eprintln!("skipped: Graphviz `dot` is not installed");
    false
}

/// Renders DOT text to SVG; returns dot's stderr (warnings), panics on failure.
fn render(dot_text: &str) -> String {
    use std::io::Write;
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot_text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "dot failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("<svg"));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// One column of a SELECT, as CSV text values.
fn column(store: &Path, query: &str) -> Vec<String> {
    ok(
        &[
            "query",
            "--store",
            store.to_str().unwrap(),
            "--format",
            "csv",
            query,
        ],
        &root(),
    )
    .lines()
    .skip(1)
    .map(|l| l.trim().trim_matches('"').to_string())
    .collect()
}

fn number(store: &Path, query: &str) -> usize {
    column(store, query)[0].parse().unwrap()
}

/// Every quad of the store: the named graphs and the default graph.
fn quads(store: &Path) -> usize {
    number(
        store,
        "SELECT (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }",
    )
}

/// The quads of the dataset as exported: the named graphs and the default
/// graph's own triples (not the copies of the named graphs' triples).
fn dataset_quads(store: &Path) -> usize {
    number(
        store,
        "SELECT (COUNT(*) AS ?n) WHERE { { GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?h { ?s ?p ?o } } } }",
    )
}

/// Triples of the default graph: the union of all graphs, as a set.
fn distinct_triples(store: &Path) -> usize {
    number(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
}

/// Runs a Python script with arguments; returns its stdout.
fn python(py: &str, script: &str, args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("check.py");
    std::fs::write(&file, script).unwrap();
    let out = Command::new(py).arg(&file).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "python failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn export(store: &Path, format: &str, output: &Path) {
    ok(
        &[
            "export",
            "--store",
            store.to_str().unwrap(),
            "--format",
            format,
            "-o",
            output.to_str().unwrap(),
        ],
        &root(),
    );
}

#[test]
fn every_dot_output_renders_without_warnings() {
    if !graphviz() {
        return;
    }
    let mut inputs = vec![root().join("data/demo")];
    inputs.extend(sample());
    for input in inputs {
        let (_dir, store) = built(&[&input]);
        let s = store.to_str().unwrap();
        let mut runs: Vec<Vec<String>> = vec![vec![]];
        let label = |class: &str| {
            column(
                &store,
                &format!("SELECT DISTINCT ?l WHERE {{ ?x a <{CK}{class}> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }}"),
            )
        };
        for z in label("Zone") {
            runs.push(vec!["--zone".into(), z]);
        }
        for i in label("Industry") {
            runs.push(vec!["--industry".into(), i.clone()]);
            runs.push(vec!["--industry".into(), i, "--depth".into(), "4".into()]);
        }
        for a in column(&store, &format!("SELECT ?a WHERE {{ ?a a <{CK}Article> }}")) {
            runs.push(vec!["--article".into(), a]);
        }
        assert!(runs.len() > 10, "{runs:?}");
        for extra in runs {
            let mut args = vec!["dot", "--store", s];
            args.extend(extra.iter().map(String::as_str));
            let text = ok(&args, &root());
            assert!(text.starts_with("digraph chainkg {"), "{args:?}");
            let warnings = render(&text);
            assert!(
                warnings.trim().is_empty(),
                "dot warned on chainkg {args:?}:\n{warnings}"
            );
        }
    }
}

#[test]
fn coking_chain_diagram_shows_leaders_flow_and_capacities() {
    let Some(sample) = sample() else { return };
    let (_dir, store) = built(&[&sample]);
    let s = store.to_str().unwrap();
    let dot = ok(
        &["dot", "--store", s, "--zone", "古县经济技术开发区"],
        &root(),
    );
    assert!(dot.contains("古县经济技术开发区") && dot.contains("subgraph cluster_z"));
    // The two chain leaders (链主) are starred.
    assert!(dot.matches("<B>★ ").count() >= 2, "{dot}");
    // 焦炭 → its by-product 煤焦油 → downstream products.
    let id_of = |label: &str| -> String {
        let line = dot
            .lines()
            .find(|l| l.contains(&format!("label=<{label}>")))
            .unwrap_or_else(|| panic!("no node {label}:\n{dot}"));
        line.trim().split(' ').next().unwrap().to_string()
    };
    let (coke, tar) = (id_of("焦炭"), id_of("煤焦油"));
    assert!(
        dot.contains(&format!("{coke} -> {tar} [label=\"副产品\"")),
        "{dot}"
    );
    assert!(
        dot.lines()
            .any(|l| l.trim().starts_with(&format!("{tar} -> ")) && l.contains("#e8590c")),
        "煤焦油 feeds a downstream product:\n{dot}"
    );
    // Projects carry their capacities in readable units.
    assert!(dot.contains("年产 79 万吨"), "{dot}");
    // A CJK font and a legend.
    assert!(dot.contains("fontname=\"Noto Sans CJK SC\"") && dot.contains("图例 Legend"));
}

#[test]
fn dot_renders_files_and_says_what_is_missing() {
    let demo = root().join("data/demo");
    let (dir, store) = built(&[&demo]);
    let s = store.to_str().unwrap();
    if graphviz() {
        for (ext, magic) in [
            ("svg", &b"<?xml"[..]),
            ("png", &b"\x89PNG"[..]),
            ("pdf", &b"%PDF"[..]),
        ] {
            let f = dir.path().join(format!("chain.{ext}"));
            ok(&["dot", "--store", s, "-o", f.to_str().unwrap()], &root());
            let bytes = std::fs::read(&f).unwrap();
            assert!(bytes.starts_with(magic), "{ext}");
        }
    }
    let dot_file = dir.path().join("chain.dot");
    ok(
        &["dot", "--store", s, "-o", dot_file.to_str().unwrap()],
        &root(),
    );
    assert!(std::fs::read_to_string(&dot_file)
        .unwrap()
        .starts_with("digraph"));

    let out = chainkg(&["dot", "--store", s, "-o", "chain.jpg"], &root());
    assert_eq!(out.status.code(), Some(2));
    let out = chainkg(&["dot", "--store", s, "--zone", "没有这个园区"], &root());
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("没有这个园区") && err.contains("known:"),
        "{err}"
    );

    // Without Graphviz on PATH: a clear error naming the program, exit 1.
    let empty = tempfile::tempdir().unwrap();
    let svg = dir.path().join("none.svg");
    let out = Command::new(env!("CARGO_BIN_EXE_chainkg"))
        .args(["dot", "--store", s, "-o", svg.to_str().unwrap()])
        .env("PATH", empty.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("`dot`") && err.contains("graphviz") && err.lines().count() == 1,
        "{err}"
    );
}

#[test]
fn turtle_and_jsonld_exports_parse_in_rdflib_with_every_triple() {
    let Some(sample) = sample() else { return };
    let (dir, store) = built(&[&sample]);
    let ttl = dir.path().join("g.ttl");
    let jsonld = dir.path().join("g.jsonld");
    export(&store, "ttl", &ttl);
    export(&store, "jsonld", &jsonld);

    // Compacted with the shipped context: short keys, no full ck: IRIs.
    let text = std::fs::read_to_string(&jsonld).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let shipped: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("ontology/context.jsonld")).unwrap(),
    )
    .unwrap();
    assert_eq!(doc["@context"], shipped["@context"]);
    assert!(text.contains("\"hostsEnterprise\": "), "no compact keys");
    assert!(text.contains("\"label\": \"古县经济技术开发区\""));
    assert!(!text.contains(&format!("{CK}hostsEnterprise")));

    let Some(py) = python_with("rdflib") else {
        return;
    };
    let script = r#"
import sys, rdflib
g = rdflib.Graph()
g.parse(sys.argv[1], format="turtle")
ds = rdflib.Dataset()
ds.parse(sys.argv[2], format="json-ld")
quads = list(ds.quads((None, None, None, None)))
union = {(s, p, o) for s, p, o, _ in quads}
print(len(g), len(quads), len(union), union == set(g))
"#;
    let out = python(
        py,
        script,
        &[ttl.to_str().unwrap(), jsonld.to_str().unwrap()],
    );
    let f: Vec<&str> = out.split_whitespace().collect();
    let (triples, quads_n) = (distinct_triples(&store), dataset_quads(&store));
    assert_eq!(f[0].parse::<usize>().unwrap(), triples, "Turtle triples");
    assert_eq!(f[1].parse::<usize>().unwrap(), quads_n, "JSON-LD quads");
    assert_eq!(f[2].parse::<usize>().unwrap(), triples, "JSON-LD triples");
    assert_eq!(f[3], "True", "JSON-LD and Turtle hold the same triples");
}

/// Violations pySHACL finds: sorted "focus path component" lines.
const PYSHACL: &str = r#"
import sys, rdflib, pyshacl
data = rdflib.Graph().parse(sys.argv[1], format="turtle")
shapes = rdflib.Graph().parse(sys.argv[2], format="turtle")
conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes)
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
print(conforms)
for r in sorted({str(report.value(r, SH.focusNode)) for r in report.subjects(rdflib.RDF.type, SH.ValidationResult)}):
    print(r)
"#;

fn pyshacl(py: &str, store: &Path, dir: &Path) -> (bool, Vec<String>) {
    let ttl = dir.join("validate.ttl");
    export(store, "ttl", &ttl);
    let shapes = root().join("ontology/shapes.ttl");
    let out = python(
        py,
        PYSHACL,
        &[ttl.to_str().unwrap(), shapes.to_str().unwrap()],
    );
    let mut lines = out.lines();
    let conforms = lines.next() == Some("True");
    (conforms, lines.map(str::to_string).collect())
}

#[test]
fn shapes_hold_on_sample_and_demo_in_pyshacl_and_chainkg() {
    let mut inputs = vec![root().join("data/demo")];
    inputs.extend(sample());
    for input in inputs {
        let (dir, store) = built(&[&input]);
        let s = store.to_str().unwrap();
        let out = chainkg(&["validate", "--store", s], &root());
        let report = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: chainkg validate found violations:\n{report}",
            input.display()
        );
        assert!(report.contains("conforms"), "{report}");
        let Some(py) = python_with("pyshacl") else {
            continue;
        };
        let (conforms, focus) = pyshacl(py, &store, dir.path());
        assert!(
            conforms,
            "{}: pySHACL found violations at {focus:?}",
            input.display()
        );
    }
}

#[test]
fn a_broken_graph_is_caught_by_pyshacl_and_chainkg_alike() {
    let demo = root().join("data/demo");
    let (dir, store) = built(&[&demo]);
    let id = "https://w3id.org/chainkg/id/";
    let a = format!("{id}article/broken");
    // Written as a SPARQL update, which keeps the default graph the union.
    let broken = format!(
        r#"
PREFIX ck: <{CK}>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
INSERT DATA {{
  GRAPH <{a}> {{
    <{a}> a ck:Article ; dcterms:source "broken.txt" .
    # A zone without a label.
    <{id}zone/无名区> a ck:Zone .
    <{id}project/坏项目> a ck:Project ; rdfs:label "坏项目"@zh .
    <{id}product/焦炭X> a ck:Product ; rdfs:label "焦炭X"@zh .
    # A product leading a chain, without provenance (no fact graph).
    <{id}product/焦炭X> ck:leadsChain <{id}project/坏项目> .
  }}
  <{id}zone/无名区> ck:mentionedIn <{a}> .
  <{id}project/坏项目> ck:mentionedIn <{a}> .
  <{id}product/焦炭X> ck:mentionedIn <{a}> .
  <{a}#char=5,9> ck:text "坏句子" ; ck:inArticle <{a}> .
  # A negative investment (its provenance is fine).
  GRAPH <{a}#s0/test> {{ <{id}project/坏项目> ck:investment "-5"^^xsd:decimal }}
  <{a}#s0/test> prov:wasDerivedFrom <{a}#char=5,9> ; ck:rule "test" .
  # A fact graph without its rule.
  GRAPH <{a}#s0/norule> {{ <{id}project/坏项目> ck:investment "-5"^^xsd:decimal }}
  <{a}#s0/norule> prov:wasDerivedFrom <{a}#char=5,9> .
}}
"#
    );
    chainkg::store::Store::open(&store)
        .unwrap()
        .update(&broken, None)
        .unwrap();
    let expected: Vec<String> = [
        "article/broken#s0/norule",
        "product/焦炭X",
        "project/坏项目",
        "zone/无名区",
    ]
    .iter()
    .map(|s| format!("{id}{s}"))
    .collect();

    let s = store.to_str().unwrap();
    let out = chainkg(&["validate", "--store", s], &root());
    assert_eq!(out.status.code(), Some(1));
    let table = String::from_utf8_lossy(&out.stdout);
    for node in ["id:zone/无名区", "id:project/坏项目", "id:product/焦炭X"] {
        assert!(table.contains(node), "{node} not reported:\n{table}");
    }
    assert!(table.contains("non-negative") && table.contains("ck:leadsChain"));
    let out = chainkg(&["validate", "--store", s, "--format", "json"], &root());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["conforms"], serde_json::json!(false));
    let mut focus: Vec<String> = report["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["focus"].as_str().unwrap().to_string())
        .collect();
    focus.sort();
    focus.dedup();
    assert_eq!(focus, expected);
    // The Turtle report is a SHACL report rdflib can read.
    let ttl_report = chainkg(&["validate", "--store", s, "--format", "ttl"], &root());
    assert_eq!(ttl_report.status.code(), Some(1));

    let Some(py) = python_with("pyshacl") else {
        return;
    };
    let (conforms, py_focus) = pyshacl(py, &store, dir.path());
    assert!(!conforms);
    assert_eq!(py_focus, expected, "pySHACL and chainkg disagree");
    let report_file = dir.path().join("report.ttl");
    std::fs::write(&report_file, &ttl_report.stdout).unwrap();
    let n = python(
        py,
        "import sys, rdflib\ng = rdflib.Graph().parse(sys.argv[1])\nSH = rdflib.Namespace('http://www.w3.org/ns/shacl#')\nprint(len(list(g.subjects(rdflib.RDF.type, SH.ValidationResult))))",
        &[report_file.to_str().unwrap()],
    );
    assert_eq!(
        n.trim().parse::<usize>().unwrap(),
        report["results"].as_array().unwrap().len()
    );
}

#[test]
fn validate_refuses_shapes_it_cannot_check() {
    let demo = root().join("data/demo/web_article.txt");
    let (dir, store) = built(&[&demo]);
    let shapes = dir.path().join("shapes.ttl");
    std::fs::write(
        &shapes,
        "@prefix sh: <http://www.w3.org/ns/shacl#> . <x:s> a sh:NodeShape ; sh:targetNode <x:a> ; sh:closed true .",
    )
    .unwrap();
    let out = chainkg(
        &[
            "validate",
            "--store",
            store.to_str().unwrap(),
            "--shapes",
            shapes.to_str().unwrap(),
        ],
        &root(),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("sh:closed") && err.contains("shapes.ttl"),
        "{err}"
    );
}

#[test]
fn csv_and_graphml_load_in_networkx_with_the_stats_counts() {
    let Some(sample) = sample() else { return };
    let (dir, store) = built(&[&sample]);
    let s = store.to_str().unwrap();
    let stats: serde_json::Value =
        serde_json::from_str(&ok(&["stats", "--store", s, "--format", "json"], &root())).unwrap();
    let totals = &stats["totals"];
    let csv_dir = dir.path().join("tables");
    export(&store, "csv", &csv_dir);
    let graphml = dir.path().join("g.graphml");
    export(&store, "graphml", &graphml);

    let nodes = std::fs::read_to_string(csv_dir.join("nodes.csv")).unwrap();
    let edges = std::fs::read_to_string(csv_dir.join("edges.csv")).unwrap();
    assert!(nodes.starts_with("id,label,class,aliases\n"));
    assert!(edges.starts_with("source,target,property,article,sentence,"));
    assert!(nodes.contains(",古县经济技术开发区,Zone,"));

    let Some(py) = python_with("networkx") else {
        return;
    };
    let script = r##"
import csv, sys, networkx as nx
g = nx.MultiDiGraph()
with open(sys.argv[1] + "/nodes.csv", encoding="utf-8", newline="") as f:
    for row in csv.DictReader(f):
        g.add_node(row["id"], label=row["label"], cls=row["class"])
n = g.number_of_nodes()
with open(sys.argv[1] + "/edges.csv", encoding="utf-8", newline="") as f:
    for row in csv.DictReader(f):
        assert row["sentence"].startswith(row["article"] + "#"), row
        g.add_edge(row["source"], row["target"], key=row["property"] + " " + row["article"])
assert g.number_of_nodes() == n, "an edge names an unknown node"
h = nx.read_graphml(sys.argv[2])
print(n, g.number_of_edges(), h.number_of_nodes(), h.number_of_edges(),
      nx.number_weakly_connected_components(g))
"##;
    let out = python(
        py,
        script,
        &[csv_dir.to_str().unwrap(), graphml.to_str().unwrap()],
    );
    let f: Vec<usize> = out.split_whitespace().map(|x| x.parse().unwrap()).collect();
    assert_eq!(f[0], totals["nodes"].as_u64().unwrap() as usize, "nodes");
    assert_eq!(f[1], totals["edges"].as_u64().unwrap() as usize, "edges");
    assert_eq!(f[2], f[0], "GraphML nodes");
    assert_eq!(
        f[3],
        totals["relations"].as_u64().unwrap() as usize,
        "GraphML edges"
    );
    assert_eq!(
        f[4],
        stats["components"]["count"].as_u64().unwrap() as usize,
        "components"
    );
}

#[test]
fn stats_report_classes_chains_and_articles() {
    let Some(sample) = sample() else { return };
    let (_dir, store) = built(&[&sample]);
    let s = store.to_str().unwrap();
    let stats: serde_json::Value =
        serde_json::from_str(&ok(&["stats", "--store", s, "--format", "json"], &root())).unwrap();
    let t = &stats["totals"];
    assert_eq!(t["quads"].as_u64().unwrap() as usize, quads(&store));
    assert_eq!(
        t["triples"].as_u64().unwrap() as usize,
        distinct_triples(&store)
    );
    assert_eq!(t["articles"], serde_json::json!(6));
    let entity_classes = [
        "Zone",
        "Enterprise",
        "Institution",
        "GovernmentBody",
        "Industry",
        "Product",
        "Project",
        "Person",
        "Place",
    ];
    let sum: u64 = entity_classes
        .iter()
        .filter_map(|c| stats["classes"][format!("ck:{c}")].as_u64())
        .sum();
    assert_eq!(sum, t["nodes"].as_u64().unwrap());
    assert!(stats["properties"]["ck:hostsEnterprise"].as_u64().unwrap() > 0);
    assert!(!stats["top_degree"].as_array().unwrap().is_empty());
    // The coking chain: 焦炭 and what comes of it.
    let chain: Vec<&str> = stats["longest_product_chain"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["label"].as_str().unwrap())
        .collect();
    assert!(chain.len() >= 3 && chain.contains(&"焦炭"), "{chain:?}");
    let facts: u64 = stats["facts_per_article"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["facts"].as_u64().unwrap())
        .sum();
    assert_eq!(
        facts as usize,
        // The triples of the fact graphs, but for those of value nodes.
        number(
            &store,
            "SELECT (COUNT(*) AS ?n) WHERE { ?g prov:wasDerivedFrom/ck:inArticle ?a GRAPH ?g { ?s ?p ?o } FILTER(!STRSTARTS(STR(?s), STR(?a))) }"
        )
    );
    let table = ok(&["stats", "--store", s], &root());
    for section in [
        "class",
        "property",
        "degree",
        "connected components",
        "longest product chain",
        "article",
    ] {
        assert!(table.contains(section), "{section} missing:\n{table}");
    }
}
