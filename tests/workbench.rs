//! The analyst's workbench (issue 18): what a new user meets around the
//! graph: progress and plain errors from `build`, friendly query errors and
//! hints, PDF and Word inputs.

use crate::common::{chainkg, root};
use std::path::Path;

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn build_off_a_terminal_prints_progress_lines_with_phase_bytes_and_articles() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let demo = root().join("data/demo");
    // Every step gets a line (the default is one every 5 s).
    let out = chainkg(
        &[
            "build",
            s(&demo),
            "--store",
            s(&store),
            "--progress-every",
            "0",
        ],
        &root(),
    );
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    for phase in ["checking", "names", "loading", "resolving"] {
        assert!(
            err.lines()
                .any(|l| l.starts_with(&format!("chainkg: build: {phase}"))),
            "no {phase} line:\n{err}"
        );
    }
    assert!(err.contains(" MB (100 %)"), "{err}");
    assert!(err.contains(" articles"), "{err}");
    assert!(err.lines().last().unwrap().starts_with("built "), "{err}");
    // By default a build of a second prints its summary only.
    let quiet = chainkg(&["build", s(&demo), "--store", s(&store)], &root());
    let err = String::from_utf8_lossy(&quiet.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn an_empty_input_set_is_an_error_that_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    std::fs::write(empty.join("notes.bin"), b"x").unwrap();
    let store = dir.path().join("store");
    let out = chainkg(&["build", s(&empty), "--store", s(&store)], &root());
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("empty") && err.contains("nothing to build") && err.contains(".pdf"),
        "{err}"
    );
    assert!(!store.exists(), "a store was created");
}

#[test]
fn a_missing_store_is_exit_2_and_is_not_created() {
    let dir = tempfile::tempdir().unwrap();
    let typo = dir.path().join("typo");
    for args in [
        vec!["query", "--store", s(&typo), "ASK {}"],
        vec!["export", "--store", s(&typo), "--format", "nq"],
        vec!["stats", "--store", s(&typo)],
        vec!["remove", "article/0", "--store", s(&typo)],
    ] {
        let out = chainkg(&args, &root());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("no store here"), "{args:?}: {err}");
        assert!(!typo.exists(), "{args:?} created a store");
    }
}
