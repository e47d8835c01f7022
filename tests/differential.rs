//! Differential test (issue 16): a few dozen varied queries answered by
//! chainkg and by rdflib on the same data, compared row for row
//! (`tests/differential.py`). The data: the demo corpus and the sample
//! page as built, and foreign N-Quads loaded beside them (the ontology as
//! a named graph, blank nodes, numbers written non-canonically, triples in
//! the default graph and in several graphs, an entity IRI without names).

use crate::common::{built, ok, python_with, root, sample};
use std::process::Command;

/// Data from outside chainkg, as `chainkg load` takes it.
const FOREIGN: &str = r#"<http://ex/s> <http://ex/p> "d" .
<http://ex/s> <http://ex/p> "n" <http://ex/g1> .
<http://ex/s> <http://ex/p> "n" <http://ex/g2> .
<http://ex/s> <http://ex/p> "d" <http://ex/g2> .
<http://ex/s2> <http://ex/p> "only2"@EN <http://ex/g2> .
<http://ex/s> <http://www.w3.org/2000/01/rdf-schema#label> "S"@en <http://ex/g1> .
<http://ex/x> <http://ex/n> "123.0"^^<http://www.w3.org/2001/XMLSchema#decimal> .
<http://ex/x> <http://ex/m> "+7"^^<http://www.w3.org/2001/XMLSchema#integer> <http://ex/g1> .
<http://ex/x> <http://ex/f> "1.50"^^<http://www.w3.org/2001/XMLSchema#decimal> <http://ex/g2> .
_:b1 <http://ex/q> _:b2 <http://ex/g1> .
_:b2 <http://ex/r> "inner" <http://ex/g1> .
_:b3 <http://ex/q> <http://ex/s> .
<https://w3id.org/chainkg/id/zone/bar> <https://w3id.org/chainkg/ontology#hostsEnterprise> <https://w3id.org/chainkg/id/enterprise/baz> <http://ex/g3> .
"#;

#[test]
fn differential_queries_answer_as_rdflib_does() {
    let Some(py) = python_with("rdflib") else {
        return;
    };
    let mut inputs = vec![root().join("data/demo")];
    inputs.extend(sample());
    let refs: Vec<&std::path::Path> = inputs.iter().map(|p| p.as_path()).collect();
    let (dir, store) = built(&refs);
    let st = store.to_str().unwrap();
    // What chainkg built, as N-Quads; then the ontology and the rest of
    // the foreign data, loaded beside it.
    let base = dir.path().join("base.nq");
    ok(
        &[
            "export",
            "--store",
            st,
            "--format",
            "nq",
            "-o",
            base.to_str().unwrap(),
        ],
        &root(),
    );
    let mut foreign = String::from(FOREIGN);
    let ttl = std::fs::read_to_string(root().join("ontology/chainkg.ttl")).unwrap();
    let g = oxigraph::model::NamedNode::new("urn:x-test:ontology").unwrap();
    for t in oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle)
        .for_slice(ttl.as_bytes())
    {
        let t = t.unwrap();
        foreign.push_str(&format!(
            "{} .\n",
            oxigraph::model::QuadRef::new(&t.subject, &t.predicate, &t.object, &g)
        ));
    }
    let foreign_file = dir.path().join("foreign.nq");
    std::fs::write(&foreign_file, foreign).unwrap();
    ok(
        &["load", foreign_file.to_str().unwrap(), "--store", st],
        &root(),
    );
    let out = Command::new(py)
        .arg(root().join("tests/differential.py"))
        .arg(env!("CARGO_BIN_EXE_chainkg"))
        .arg(st)
        .arg(&base)
        .arg(&foreign_file)
        .current_dir(root())
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{report}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Not vacuous: most queries find something.
    let nonempty: usize = report
        .rsplit(", ")
        .next()
        .and_then(|l| l.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(nonempty >= 35, "{report}");
}
