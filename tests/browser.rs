//! The explorer at `/` of `chainkg serve` in a real browser: headless
//! Chromium driven by Selenium (`tests/browser.py`) over a store of the
//! sample page. Outside CI a missing browser, driver or selenium skips the
//! test with the reason; in CI (`.ci/run` installs them) it fails.
//!
//! `CHAINKG_SCREENSHOTS=1 cargo test --test tests browser` also writes the
//! README's screenshots (`docs/explorer-*.png`).

use crate::common::{built, python_with, root, sample};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// A `chainkg serve` on a free port, killed when dropped.
struct Server {
    child: Child,
    url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(store: &Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_chainkg"))
        .args(["serve", "--store", store.to_str().unwrap()])
        .args(["--bind", "127.0.0.1:0"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start chainkg serve");
    let stderr = child.stderr.take().expect("stderr");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = BufReader::new(stderr).lines();
        if let Some(Ok(first)) = lines.next() {
            let _ = tx.send(first);
        }
        // Keep reading the access log so the server never blocks on it.
        for _ in lines.map_while(Result::ok) {}
    });
    let first = rx
        .recv_timeout(Duration::from_secs(120))
        .expect("chainkg serve announces its address");
    let start = first.find("http://").expect(&first) + "http://".len();
    let addr: String = first[start..].chars().take_while(|c| *c != '/').collect();
    let url = format!("http://{addr}");
    Server { child, url }
}

/// Chromium and its driver are installed, or `false` (skips outside CI,
/// fails in CI).
fn has_browser() -> bool {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let driver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
    let missing: Vec<&str> = [chromium.as_str(), driver.as_str()]
        .into_iter()
        .filter(|p| !Path::new(p).exists())
        .collect();
    if missing.is_empty() {
        return true;
    }
    if std::env::var_os("CI").is_some() {
        panic!("{missing:?} missing in CI (.ci/run installs chromium and chromium-driver)");
    }
    eprintln!("skipped: {missing:?} not installed (apt-get install chromium chromium-driver)");
    false
}

#[test]
fn browser_explorer_search_entity_zone_diagram_sparql_csv() {
    let Some(page) = sample() else { return };
    let Some(python) = python_with("selenium") else {
        return;
    };
    if !has_browser() {
        return;
    }
    let (dir, store) = built(&[&page]);
    let server = serve(&store);
    assert!(server.url.starts_with("http://127.0.0.1:"), "{}", server.url);
    let downloads = dir.path().join("downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    let mut cmd = Command::new(python);
    cmd.arg(root().join("tests/browser.py"))
        .arg(&server.url)
        .arg(&downloads);
    if std::env::var_os("CHAINKG_SCREENSHOTS").is_some_and(|v| v == "1") {
        cmd.arg(root().join("docs"));
    }
    let out = cmd.output().expect("run tests/browser.py");
    assert!(
        out.status.success(),
        "browser test failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("browser: explorer ok"));
    // The CSV the browser saved: Excel's UTF-8 byte-order mark, then rows.
    let csv = std::fs::read(downloads.join("chainkg-results.csv")).unwrap();
    assert!(csv.starts_with(b"\xEF\xBB\xBF"), "{:?}", &csv[..csv.len().min(16)]);
    let text = String::from_utf8(csv[3..].to_vec()).unwrap();
    assert!(text.starts_with("project,zone,owner,investment,opens\r\n"), "{text}");
    assert!(text.lines().count() >= 3, "{text}");
}
