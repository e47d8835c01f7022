//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The sample page from `../shared`. Outside CI a missing `../shared` skips
/// the test with a printed reason; in CI it is a failure.
pub fn sample() -> Option<PathBuf> {
    let p = root().join("../shared/corpus/000_f9f5495a52dc4771.txt");
    if p.is_file() {
        return Some(p);
    }
    if std::env::var_os("CI").is_some() {
        panic!("../shared/corpus is missing in CI: {}", p.display());
    }
    eprintln!("skipped: ../shared/corpus/000_f9f5495a52dc4771.txt is absent");
    None
}

/// Python with a module, or `None` (skips outside CI, fails in CI).
pub fn python_with(module: &str) -> Option<&'static str> {
    let ok = Command::new("python3")
        .args(["-c", &format!("import {module}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if ok {
        return Some("python3");
    }
    if std::env::var_os("CI").is_some() {
        panic!("python3 module {module} is missing in CI (.ci/run installs it)");
    }
    eprintln!("skipped: python3 module {module} is not installed");
    None
}

pub fn chainkg(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chainkg"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("run chainkg")
}

/// Runs chainkg and asserts success; returns stdout.
pub fn ok(args: &[&str], cwd: &Path) -> String {
    let out = chainkg(args, cwd);
    assert!(
        out.status.success(),
        "chainkg {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Builds `inputs` into a fresh store in a temp dir; returns (dir, store path).
pub fn built(inputs: &[&Path]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = dir.path().join("store");
    let mut args: Vec<String> = vec!["build".into()];
    args.extend(inputs.iter().map(|p| p.display().to_string()));
    args.extend(["--store".into(), store.display().to_string()]);
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    ok(&refs, &root());
    (dir, store)
}
