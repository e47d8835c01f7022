//! Regression tests, each named after the bug it pins (issue 16): answers
//! the de-duplicating union layer once got wrong, and what a SPARQL update
//! followed by an ingest once undid.

use crate::common::{built, chainkg, ok, root};
use std::path::Path;

const CK: &str =
    "PREFIX ck: <https://w3id.org/chainkg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> \
     PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> ";

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// Rows of a SELECT as TSV lines (header left out), sorted.
fn rows(store: &Path, query: &str) -> Vec<String> {
    let out = ok(
        &["query", "--store", s(store), "--format", "tsv", query],
        &root(),
    );
    let mut rows: Vec<String> = out.lines().skip(1).map(str::to_string).collect();
    rows.sort();
    rows
}

/// The answer of an ASK query.
fn ask(store: &Path, query: &str) -> bool {
    let out = ok(&["query", "--store", s(store), query], &root());
    out.trim() == "true"
}

fn count(store: &Path, query: &str) -> usize {
    rows(store, query)[0].parse().expect("a count")
}

/// Loads N-Quads text into a store with `chainkg load`.
fn load(store: &Path, name: &str, nq: &str) {
    let file = store.with_file_name(name);
    std::fs::write(&file, nq).unwrap();
    ok(&["load", s(&file), "--store", s(store)], &root());
}

#[test]
fn regression_a_default_graph_triples_of_a_loaded_file_are_queried() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    load(
        &store,
        "a.nq",
        "<http://ex/s> <http://ex/p> \"d\" .\n<http://ex/s> <http://ex/p> \"n\" <http://ex/g> .\n",
    );
    assert_eq!(
        rows(&store, "SELECT ?s ?o WHERE { ?s <http://ex/p> ?o }"),
        ["<http://ex/s>\t\"d\"", "<http://ex/s>\t\"n\""]
    );
    // The default graph's own triple is not in a named graph.
    assert_eq!(
        rows(
            &store,
            "SELECT ?g ?o WHERE { GRAPH ?g { ?s <http://ex/p> ?o } }"
        ),
        ["<http://ex/g>\t\"n\""]
    );
}

#[test]
fn regression_b_subjects_that_are_not_entities_are_not_lost() {
    let dir = tempfile::tempdir().unwrap();
    let (_d, store) = built(&[&root().join("data/demo")]);
    let labels = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?l }";
    let before = count(&store, labels);
    // The ontology as a named graph beside the data.
    let ttl = std::fs::read_to_string(root().join("ontology/chainkg.ttl")).unwrap();
    let mut nq = Vec::new();
    let mut ontology_labels = 0;
    {
        let mut w = oxigraph::io::RdfSerializer::from_format(oxigraph::io::RdfFormat::NQuads)
            .for_writer(&mut nq);
        let g = oxigraph::model::NamedNode::new("urn:x-test:ontology").unwrap();
        for t in oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
            .for_slice(ttl.as_bytes())
        {
            let t = t.unwrap();
            ontology_labels += usize::from(t.predicate.as_str().ends_with("rdf-schema#label"));
            w.serialize_quad(oxigraph::model::QuadRef::new(
                &t.subject,
                &t.predicate,
                &t.object,
                &g,
            ))
            .unwrap();
        }
        w.finish().unwrap();
    }
    load(&store, "ontology.nq", &String::from_utf8(nq).unwrap());
    assert!(ontology_labels > 50);
    assert_eq!(count(&store, labels), before + ontology_labels);
    drop(dir);
}

#[test]
fn regression_c_an_entity_without_a_label_keeps_its_triples_after_a_later_load() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let id = "https://w3id.org/chainkg/id/";
    load(
        &store,
        "c.nq",
        &format!("<{id}zone/bar> <https://w3id.org/chainkg/ontology#hostsEnterprise> <{id}enterprise/baz> <urn:x-test:g> .\n"),
    );
    let q = format!("{CK} SELECT ?z ?e WHERE {{ ?z ck:hostsEnterprise ?e }}");
    assert_eq!(rows(&store, &q).len(), 1);
    // An unrelated load, then an unrelated build.
    load(
        &store,
        "d.nq",
        "<http://ex/s> <http://ex/p> \"d\" <urn:x-test:h> .\n",
    );
    assert_eq!(rows(&store, &q).len(), 1);
    ok(
        &[
            "build",
            s(&root().join("data/demo/web_article.txt")),
            "--store",
            s(&store),
        ],
        &root(),
    );
    assert_eq!(
        rows(
            &store,
            &format!("{CK} SELECT ?e WHERE {{ <{id}zone/bar> ck:hostsEnterprise ?e }}")
        ),
        [format!("<{id}enterprise/baz>")]
    );
}

#[test]
fn regression_d_an_ingest_neither_brings_dropped_things_back_nor_loses_inserted_ones() {
    let dir = tempfile::tempdir().unwrap();
    let demo = root().join("data/demo/page_2025_03.txt");
    let (_d, store) = built(&[&demo]);
    // An article, and an entity only it mentions.
    let pick = format!(
        "{CK} SELECT ?a ?e WHERE {{ ?e ck:mentionedIn ?a FILTER NOT EXISTS {{ ?e ck:mentionedIn ?b FILTER(?b != ?a) }} }} ORDER BY ?a ?e LIMIT 1"
    );
    let row = rows(&store, &pick).remove(0);
    let (a, e) = row.split_once('\t').unwrap();
    let id = "https://w3id.org/chainkg/id/";
    // Drop the article's graph and its fact graphs (and nothing else), and
    // insert a relation of entities no article has.
    let update = format!(
        "{CK} DROP GRAPH {a} ;
         DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ ?g prov:wasDerivedFrom/ck:inArticle {a} . GRAPH ?g {{ ?s ?p ?o }} }} ;
         INSERT DATA {{ GRAPH <urn:x-test:mine> {{ <{id}zone/new> ck:hostsEnterprise <{id}enterprise/new> }} }}"
    );
    chainkg::store::Store::open(&store)
        .unwrap()
        .update(&update, None)
        .unwrap();
    // What the default graph itself says of the entity (its mention and
    // its type) is no graph's, and stays: the update dropped graphs only.
    let about = format!(
        "{CK} SELECT ?p ?o WHERE {{ {e} ?p ?o FILTER(?p NOT IN (ck:mentionedIn, rdf:type)) }}"
    );
    let inserted = format!("{CK} ASK {{ <{id}zone/new> ck:hostsEnterprise <{id}enterprise/new> }}");
    let union = format!("{CK} ASK {{ GRAPH ?g {{ ?s ?p ?o }} FILTER NOT EXISTS {{ ?s ?p ?o }} }}");
    let check = |when: &str| {
        assert_eq!(
            rows(&store, &about),
            Vec::<String>::new(),
            "{when}: {e} came back"
        );
        assert!(ask(&store, &inserted), "{when}: the inserted relation");
        assert!(!ask(&store, &union), "{when}: the union");
    };
    check("after the update");
    // Any ingest: an incremental build, and a load.
    ok(
        &[
            "build",
            s(&root().join("data/demo/web_article.txt")),
            "--store",
            s(&store),
        ],
        &root(),
    );
    check("after a build");
    load(
        &store,
        "x.nq",
        "<http://ex/s> <http://ex/p> \"x\" <urn:x-test:x> .\n",
    );
    check("after a load");
    drop(dir);
}

#[test]
fn regression_e_numbers_written_non_canonically_match_a_constant() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    load(
        &store,
        "e.nq",
        "<http://ex/x> <http://ex/p> \"123.0\"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n\
         <http://ex/x> <http://ex/q> \"0123\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://ex/g> .\n",
    );
    assert_eq!(
        rows(&store, "SELECT ?p WHERE { <http://ex/x> ?p 123.0 }"),
        ["<http://ex/p>"]
    );
    assert_eq!(
        rows(&store, "SELECT ?p WHERE { <http://ex/x> ?p 123 }"),
        ["<http://ex/q>"]
    );
}

#[test]
fn regression_the_union_graph_iri_is_an_empty_graph_not_an_error() {
    let (_d, store) = built(&[&root().join("data/demo/web_article.txt")]);
    let out = chainkg(
        &[
            "query",
            "--store",
            s(&store),
            "--format",
            "tsv",
            "SELECT * WHERE { GRAPH <urn:x-chainkg:union-of-all-graphs> { ?s ?p ?o } }",
        ],
        &root(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}

#[test]
fn regression_updates_keep_the_default_graph_the_union_of_the_graphs() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    load(
        &store,
        "u.nq",
        "<http://ex/s> <http://ex/p> \"shared\" <http://ex/g1> .\n\
         <http://ex/s> <http://ex/p> \"shared\" <http://ex/g2> .\n\
         <http://ex/s> <http://ex/p> \"only1\" <http://ex/g1> .\n\
         <http://ex/s> <http://ex/p> \"own\" .\n",
    );
    let st = chainkg::store::Store::open(&store).unwrap();
    let default = || -> Vec<String> {
        let mut out: Vec<String> = match st
            .query("SELECT ?o WHERE { <http://ex/s> <http://ex/p> ?o }")
            .unwrap()
        {
            oxigraph::sparql::QueryResults::Solutions(rows) => rows
                .map(|r| r.unwrap().get("o").unwrap().to_string())
                .collect(),
            _ => unreachable!(),
        };
        out.sort();
        out
    };
    let update = |u: &str| st.update(u, None).unwrap();
    assert_eq!(default(), ["\"only1\"", "\"own\"", "\"shared\""]);
    // DROP: what only g1 held leaves the union; what g2 also holds stays.
    update("DROP GRAPH <http://ex/g1>");
    assert_eq!(default(), ["\"own\"", "\"shared\""]);
    // INSERT DATA into a graph joins the union; DELETE DATA leaves it.
    update("INSERT DATA { GRAPH <http://ex/g3> { <http://ex/s> <http://ex/p> \"new\" } }");
    assert_eq!(default(), ["\"new\"", "\"own\"", "\"shared\""]);
    update("DELETE DATA { GRAPH <http://ex/g3> { <http://ex/s> <http://ex/p> \"new\" } }");
    assert_eq!(default(), ["\"own\"", "\"shared\""]);
    // A triple a graph holds stays in the default graph, their union.
    update("DELETE DATA { <http://ex/s> <http://ex/p> \"shared\" }");
    assert_eq!(default(), ["\"own\"", "\"shared\""]);
    // DELETE/INSERT WHERE moves a triple from graph to graph.
    update(
        "DELETE { GRAPH ?g { ?s <http://ex/p> \"shared\" } } INSERT { GRAPH <http://ex/g4> { ?s <http://ex/p> \"moved\" } } WHERE { GRAPH ?g { ?s <http://ex/p> \"shared\" } }",
    );
    assert_eq!(default(), ["\"moved\"", "\"own\""]);
    // CLEAR DEFAULT: the default graph's own triples go, the union stays.
    update("CLEAR DEFAULT");
    assert_eq!(default(), ["\"moved\""]);
    update("CLEAR ALL");
    assert_eq!(default(), Vec::<String>::new());
    // LOAD is refused, and a failed update changes nothing.
    update("INSERT DATA { GRAPH <http://ex/g5> { <http://ex/s> <http://ex/p> \"kept\" } }");
    let e = st
        .update(
            "DROP GRAPH <http://ex/g5> ; LOAD <http://example.org/data.ttl>",
            None,
        )
        .unwrap_err();
    assert!(e.to_string().contains("LOAD"), "{e}");
    assert_eq!(default(), ["\"kept\""]);
}

#[test]
fn the_projects_prefixes_need_no_prefix_line_and_a_query_may_rebind_them() {
    let (_d, store) = built(&[&root().join("data/demo/web_article.txt")]);
    let n = count(
        &store,
        "SELECT (COUNT(*) AS ?n) WHERE { ?z a ck:Zone ; rdfs:label ?l }",
    );
    assert!(n > 0);
    let q = "PREFIX ck: <http://example.org/other#> SELECT (COUNT(*) AS ?n) WHERE { ?z a ck:Zone }";
    assert_eq!(count(&store, q), 0);
}

/// Issue 18: `dot --industry 焦化` stopped at 焦炭 (two hops), and the 汾东
/// sewage plant's treatment capacity was drawn as production (年产).
#[test]
fn regression_dot_industry_stopped_at_coke_and_sewage_was_produced() {
    let Some(sample) = crate::common::sample() else {
        return;
    };
    let (_dir, store) = built(&[&sample]);
    let chain = ok(
        &["dot", "--store", s(&store), "--industry", "焦化"],
        &root(),
    );
    for product in ["焦炭", "煤焦油", "针状焦", "甲醇", "烯烃"] {
        assert!(chain.contains(product), "{product} missing:\n{chain}");
    }
    let near = ok(
        &[
            "dot",
            "--store",
            s(&store),
            "--industry",
            "焦化",
            "--depth",
            "2",
        ],
        &root(),
    );
    assert!(near.contains("焦炭") && !near.contains("烯烃"), "{near}");
    let all = ok(&["dot", "--store", s(&store)], &root());
    assert!(all.contains("年处理 1.28 亿立方米"), "{all}");
    assert!(!all.contains("年产 1.28 亿立方米"), "{all}");
}
