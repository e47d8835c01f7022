//! Golden files: the graph (sorted N-Quads) and the chain diagram (DOT) of
//! the demo corpus and of the sample page from `../shared`, built now,
//! against `tests/golden/`. Any change to extraction, resolution or the
//! diagram shows up here line by line. After an intended change,
//! `CHAINKG_BLESS=1 cargo test golden` rewrites the files: review their
//! diff before committing it.

use crate::common::{ok, root, sample};

/// Compares `got` with `tests/golden/NAME`, or writes it when blessing.
fn check(name: &str, got: &str) {
    let path = root().join("tests/golden").join(name);
    if std::env::var_os("CHAINKG_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, got).unwrap();
        eprintln!("wrote {}", path.display());
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (CHAINKG_BLESS=1 cargo test golden writes it)",
            path.display()
        )
    });
    if want == got {
        return;
    }
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let gone = w
        .iter()
        .filter(|l| !g.contains(l))
        .map(|l| format!("- {l}"));
    let new = g
        .iter()
        .filter(|l| !w.contains(l))
        .map(|l| format!("+ {l}"));
    let diff: Vec<String> = gone.chain(new).take(30).collect();
    panic!(
        "output differs from tests/golden/{name} ({} lines there, {} now); first differences:\n{}\n\
         (after an intended change: CHAINKG_BLESS=1 cargo test golden)",
        w.len(),
        g.len(),
        diff.join("\n")
    );
}

/// Builds `inputs` (relative to the repository, so `dcterms:source` is the
/// same on every machine) and checks the export and the diagram.
fn golden(inputs: &[&str], name: &str) {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store").display().to_string();
    let mut args = vec!["build"];
    args.extend(inputs);
    args.extend(["--store", &store]);
    ok(&args, &root());
    let nq = ok(&["export", "--store", &store, "--format", "nq"], &root());
    let mut lines: Vec<&str> = nq.lines().collect();
    lines.sort_unstable();
    assert!(lines.len() > 500, "{name}: only {} quads", lines.len());
    check(&format!("{name}.nq"), &(lines.join("\n") + "\n"));
    let dot = ok(&["dot", "--store", &store], &root());
    assert!(dot.contains("digraph"), "{dot}");
    check(&format!("{name}.dot"), &dot);
}

#[test]
fn golden_demo_graph_and_diagram() {
    golden(&["data/demo"], "demo");
}

#[test]
fn golden_sample_graph_and_diagram() {
    if sample().is_none() {
        return;
    }
    golden(&["../shared/corpus/000_f9f5495a52dc4771.txt"], "sample");
}
