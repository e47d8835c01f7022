//! The rule of the tree: dependencies point one way, from the command line
//! down to the model (`docs/architecture.md`). This test reads every
//! `crate::` path in the library's code (tests excluded) and fails on a
//! path that goes up a layer, so the rule keeps holding as the code grows.

use std::path::{Path, PathBuf};

/// Top-level modules from the bottom up. A module may use its own layer
/// and the ones below. `export` sits below `server` and `tools`, which
/// both draw its tables and diagrams; `error` is shared by all.
const LAYERS: &[&[&str]] = &[
    &["error", "model"],
    &["text"],
    &["lexicon"],
    &["extract"],
    &["store"],
    &["resolve"],
    &["pipeline"],
    &["export"],
    &["server", "tools"],
];

/// Items the crate root re-exports from `error` (usable from any layer).
const ROOT_ITEMS: &[&str] = &["Error", "Result"];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// The code of a file without its test module and comments.
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => text,
    };
    text.lines()
        .map(|l| match l.find("//") {
            Some(i) => &l[..i],
            None => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules (or root items) a file's code names after
/// `crate::`, including those inside `use crate::{a, b::c}` groups.
fn used(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.push(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.push(name);
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every arrow against the order, as `file: uses crate::x (layer a > b)`.
fn violations(src: &Path) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let mut bad = Vec::new();
    for file in files {
        let rel = file.strip_prefix(src).unwrap();
        let top = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_str()
            .unwrap();
        let top = top.trim_end_matches(".rs");
        // The binary (main.rs, cli/) uses the library as a crate; the root
        // only declares modules and re-exports; this file is a test.
        if ["main", "cli", "lib", "layers"].contains(&top) {
            continue;
        }
        let own = layer(top).unwrap_or_else(|| panic!("{}: module not in LAYERS", rel.display()));
        let text = std::fs::read_to_string(&file).unwrap();
        for name in used(&code(&text)) {
            match layer(&name) {
                Some(l) if l > own => bad.push(format!(
                    "{}: uses crate::{name} ({} is above {top})",
                    rel.display(),
                    name
                )),
                Some(_) => {}
                None if ROOT_ITEMS.contains(&name.as_str()) => {}
                None => bad.push(format!(
                    "{}: uses crate::{name}, not a module of a layer",
                    rel.display()
                )),
            }
        }
    }
    bad.dedup();
    bad
}

#[test]
fn dependencies_point_down_the_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let bad = violations(&src);
    assert!(
        bad.is_empty(),
        "arrows against the layers:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_check_sees_groups_and_upward_paths() {
    let text = "use crate::{model::iri, store::Store};\n// crate::cli\nfn f() { crate::pipeline::build(); }\n#[cfg(test)]\nuse crate::tools;";
    assert_eq!(used(&code(text)), ["model", "store", "pipeline"]);
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("store")).unwrap();
    std::fs::write(dir.path().join("store/mod.rs"), text).unwrap();
    let bad = violations(dir.path());
    assert_eq!(
        bad,
        ["store/mod.rs: uses crate::pipeline (pipeline is above store)"]
    );
}
