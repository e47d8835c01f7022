//! The explorer at `/` of `chainkg serve` in a real browser: headless
//! Chromium driven by Selenium (`tests/browser.py`) over a store of the
//! sample page. Outside CI a missing browser, driver or selenium skips the
//! test with the reason; in CI (`.ci/run` installs them) it fails.
//!
//! `CHAINKG_SCREENSHOTS=1 cargo test --test tests browser` also writes the
//! README's screenshots (`docs/explorer-*.png`).

use crate::common::{built, python_with, root, sample};
use crate::server::Served;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// A `chainkg serve` on a free port (killed when dropped) with `env` set;
/// generous time limits: `cargo test` runs the other tests beside this one.
fn serve_with(store: &Path, env: &[(&str, &str)]) -> Served {
    Served::start_with_env(store, &["--timeout", "60"], env)
}

fn serve(store: &Path) -> Served {
    serve_with(store, &[])
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
    assert!(
        server.url.starts_with("http://127.0.0.1:"),
        "{}",
        server.url
    );
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
    assert!(
        csv.starts_with(b"\xEF\xBB\xBF"),
        "{:?}",
        &csv[..csv.len().min(16)]
    );
    let text = String::from_utf8(csv[3..].to_vec()).unwrap();
    assert!(
        text.starts_with("project,zone,owner,investment,opens\r\n"),
        "{text}"
    );
    assert!(text.lines().count() >= 3, "{text}");
}

/// One HTTP GET over a plain socket: (status, Content-Type, body).
fn get(server: &Served, path_and_query: &str) -> (u16, String, String) {
    use std::io::{Read, Write};
    let addr = server.url.trim_start_matches("http://");
    let mut s = std::net::TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    write!(
        s,
        "GET {path_and_query} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8(raw).expect("utf-8 answer");
    let (head, body) = text.split_once("\r\n\r\n").expect("headers");
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    let content_type = head
        .lines()
        .find_map(|l| {
            l.split_once(':')
                .filter(|(k, _)| k.eq_ignore_ascii_case("content-type"))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_default();
    (status, content_type, body.to_string())
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The explorer's JSON API and assets, without a browser.
#[test]
fn browser_api_search_entity_diagram_assets() {
    let Some(page) = sample() else { return };
    let (_dir, store) = built(&[&page]);
    let server = serve(&store);

    // The page and its assets come from the binary; no outside address.
    let (status, ctype, html) = get(&server, "/");
    assert_eq!(status, 200);
    assert!(ctype.starts_with("text/html"), "{ctype}");
    assert!(html.contains("/assets/explorer.js") && !html.contains("/*EXAMPLES*/"));
    for asset in [
        "/assets/explorer.js",
        "/assets/explorer.css",
        "/favicon.svg",
    ] {
        let (status, _, body) = get(&server, asset);
        assert_eq!(status, 200, "{asset}");
        assert!(
            !body.contains("https://cdn") && !body.contains("//unpkg"),
            "{asset}"
        );
    }

    // Search by a short name (an altLabel) finds the zone first.
    let (status, ctype, body) = get(&server, &format!("/api/search?q={}", enc("古县开发区")));
    assert_eq!(status, 200);
    assert!(ctype.starts_with("application/json"), "{ctype}");
    let found: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(found["results"][0]["label"], "古县经济技术开发区", "{body}");
    assert_eq!(found["results"][0]["class"], "Zone", "{body}");
    let zone = found["results"][0]["iri"].as_str().unwrap().to_string();

    // The zone: its names, facts with sentence, span and rule, its tables.
    let (status, _, body) = get(&server, &format!("/api/entity?iri={}", enc(&zone)));
    assert_eq!(status, 200, "{body}");
    let e: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(e["class"], "Zone");
    assert!(
        e["names"]
            .as_array()
            .unwrap()
            .iter()
            .any(|n| n == "古县开发区"),
        "{body}"
    );
    let facts = e["facts"].as_array().unwrap();
    let hosts = facts
        .iter()
        .find(|f| f["property"] == "hostsEnterprise" && f["other"]["label"] == "盛隆泰达")
        .expect("hostsEnterprise 盛隆泰达");
    let prov = &hosts["provenance"][0];
    assert!(
        prov["sentence"].as_str().unwrap().contains("盛隆泰达"),
        "{prov}"
    );
    assert_eq!(prov["start"], 1820, "{prov}");
    assert_eq!(prov["end"], 1895, "{prov}");
    assert!(
        prov["rule"].as_str().unwrap().starts_with("zone.hosts"),
        "{prov}"
    );
    let projects = e["zone"]["projects"].as_array().unwrap();
    let coke = projects
        .iter()
        .find(|p| p["label"] == "宏源公司新增产能79万吨4号焦炉建设项目")
        .expect("the coke oven project in the zone's table");
    assert_eq!(coke["capacity"], "年产 79 万吨");
    assert_eq!(coke["owner"]["label"], "宏源公司");

    // Values in the contract's units, shown in the page's words.
    let (_, _, body) = get(&server, &format!("/api/search?q={}", enc("低温仓储")));
    let found: serde_json::Value = serde_json::from_str(&body).unwrap();
    let project = found["results"][0]["iri"].as_str().unwrap().to_string();
    let (_, _, body) = get(&server, &format!("/api/entity?iri={}", enc(&project)));
    let p: serde_json::Value = serde_json::from_str(&body).unwrap();
    let investment = p["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["property"] == "investment")
        .expect("investment");
    assert_eq!(investment["other"]["value"], "274000000");
    assert_eq!(investment["other"]["display"], "2.74 亿元");
    assert!(investment["provenance"][0]["marks"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m.as_str().unwrap().contains("2.74亿元")));

    // The diagram: SVG from Graphviz whose nodes link to entity pages.
    if Command::new("dot").arg("-V").output().is_ok() {
        let (status, ctype, svg) = get(&server, &format!("/api/diagram?iri={}", enc(&zone)));
        assert_eq!(status, 200, "{svg}");
        assert_eq!(ctype, "image/svg+xml");
        assert!(svg.starts_with("<svg"), "{}", &svg[..svg.len().min(200)]);
        assert!(svg.contains("xlink:href=\"#/e/https%3A%2F%2Fw3id.org%2Fchainkg%2Fid%2F"));
        assert!(svg.contains("焦炭"));
        let (status, _, svg) = get(&server, &format!("/api/diagram?industry={}", enc("焦化")));
        assert_eq!(status, 200);
        assert!(svg.contains("针状焦"), "the coking chain reaches 针状焦");
    }

    // Mistakes get a status and a reason.
    let (status, _, body) = get(&server, "/api/entity?iri=not%20an%20iri");
    assert_eq!(status, 400, "{body}");
    let (status, _, body) = get(&server, &format!("/api/diagram?iri={}", enc(&project)));
    assert_eq!(status, 400, "{body}");
    assert!(body.contains("zones and industries"), "{body}");
    let (status, _, _) = get(&server, "/api/nothing");
    assert_eq!(status, 404);
    drop(server);

    // Without Graphviz the diagram says what to install (the page shows it).
    let server = serve_with(&store, &[("PATH", "/nonexistent")]);
    let (status, _, body) = get(&server, &format!("/api/diagram?iri={}", enc(&zone)));
    assert_eq!(status, 503, "{body}");
    assert!(body.contains("install graphviz"), "{body}");
}
