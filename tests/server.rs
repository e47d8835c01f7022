//! `chainkg serve` end to end: the real binary on a free loopback port,
//! queried with real clients (curl, Python SPARQLWrapper and rdflib), with
//! the safety limits, the update token, ingest over HTTP and a clean stop.

use crate::common::{built, ok, python_with, root};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const CK: &str = "PREFIX ck: <https://w3id.org/chainkg/ontology#> \
                  PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

/// A running `chainkg serve`; killed when dropped, so a failing test never
/// leaves a server behind.
pub(crate) struct Served {
    child: Child,
    /// `http://127.0.0.1:PORT`
    pub(crate) url: String,
    /// stderr lines after the first: the access log.
    log: Arc<Mutex<Vec<String>>>,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Served {
    fn start(store: &Path, extra: &[&str]) -> Served {
        Served::start_with_env(store, extra, &[])
    }

    /// [`Served::start`] with environment variables set for the server.
    pub(crate) fn start_with_env(store: &Path, extra: &[&str], env: &[(&str, &str)]) -> Served {
        let mut child = Command::new(env!("CARGO_BIN_EXE_chainkg"))
            .envs(env.iter().copied())
            .args(["serve", "--store", store.to_str().unwrap()])
            .args(["--bind", "127.0.0.1:0"])
            .args(extra)
            .current_dir(root())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start chainkg serve");
        let stderr = child.stderr.take().expect("stderr");
        let mut served = Served {
            child,
            url: String::new(),
            log: Arc::default(),
        };
        let (tx, rx) = mpsc::channel();
        let log = Arc::clone(&served.log);
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stderr).lines();
            if let Some(Ok(first)) = lines.next() {
                let _ = tx.send(first);
            }
            for line in lines.map_while(Result::ok) {
                log.lock().unwrap().push(line);
            }
        });
        let first = rx
            .recv_timeout(Duration::from_secs(120))
            .expect("chainkg serve announces its address");
        let start = first.find("http://").expect(&first) + "http://".len();
        let addr: String = first[start..].chars().take_while(|c| *c != '/').collect();
        assert!(addr.starts_with("127.0.0.1:"), "{first}");
        served.url = format!("http://{addr}");
        served
    }

    /// Stops the server with a signal and returns its exit status.
    fn stop(mut self, signal: &str) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        // The shell's `kill` builtin: no procps needed.
        let sent = Command::new("sh")
            .args(["-c", &format!("kill {signal} {pid}")])
            .status()
            .unwrap();
        assert!(sent.success());
        let t = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(t.elapsed() < Duration::from_secs(20), "server did not stop");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn log_lines(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }
}

/// curl is there, or `None` (skips outside CI, fails in CI).
fn has_curl() -> bool {
    let ok = Command::new("curl")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok && std::env::var_os("CI").is_some() {
        panic!("curl is missing in CI");
    }
    if !ok {
        eprintln!("skipped: curl is not installed");
    }
    ok
}

/// An HTTP answer as curl got it.
#[derive(Debug)]
struct Got {
    status: u16,
    content_type: String,
    body: String,
    headers: String,
}

fn curl(args: &[&str]) -> Got {
    let out = Command::new("curl")
        .args(["-s", "-S", "--max-time", "60", "-D", "-"])
        .args(args)
        .output()
        .expect("run curl");
    assert!(out.status.success(), "curl {args:?}: {out:?}");
    let text = String::from_utf8(out.stdout).expect("utf-8 answer");
    // Headers, a blank line, then the body (a 100 Continue adds a block).
    let mut rest = text.as_str();
    let (mut headers, mut body) = rest.split_once("\r\n\r\n").unwrap_or((rest, ""));
    while headers.contains(" 100 Continue") || headers.contains(" 100 continue") {
        rest = body;
        (headers, body) = rest.split_once("\r\n\r\n").unwrap_or((rest, ""));
    }
    let status = headers
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let content_type = headers
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-type")
                .then(|| v.trim().to_string())
        })
        .unwrap_or_default();
    Got {
        status,
        content_type,
        body: body.to_string(),
        // Header names are case-insensitive (hyper sends them lower-case).
        headers: headers.to_ascii_lowercase(),
    }
}

/// POSTs a query as `application/sparql-query` with an Accept header.
fn post_query(url: &str, query: &str, accept: &str) -> Got {
    curl(&[
        "-H",
        "Content-Type: application/sparql-query",
        "-H",
        &format!("Accept: {accept}"),
        "--data-binary",
        query,
        &format!("{url}/sparql"),
    ])
}

fn quad_count(url: &str) -> u64 {
    let got = post_query(
        url,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        "text/csv",
    );
    assert_eq!(got.status, 200, "{got:?}");
    got.body.lines().nth(1).unwrap().trim().parse().unwrap()
}

/// Named graphs but fact graphs: one per article, and any other graph.
const GRAPHS: &str = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?g <http://www.w3.org/ns/prov#wasDerivedFrom> ?sentence } }";

fn graph_count(url: &str) -> u64 {
    let got = post_query(url, GRAPHS, "text/csv");
    got.body.lines().nth(1).unwrap().trim().parse().unwrap()
}

fn demo_store() -> (tempfile::TempDir, std::path::PathBuf) {
    built(&[&root().join("data/demo")])
}

#[test]
fn curl_gets_every_content_type() {
    if !has_curl() {
        return;
    }
    let (_dir, store) = demo_store();
    let server = Served::start(&store, &[]);
    let url = &server.url;
    let leaders = std::fs::read_to_string(root().join("data/queries/chain-leaders.rq")).unwrap();
    let cli_rows = ok(
        &[
            "query",
            "--store",
            store.to_str().unwrap(),
            "--format",
            "csv",
            "--file",
            "data/queries/chain-leaders.rq",
        ],
        &root(),
    );

    // GET with query=, JSON by default; same rows as the command line.
    let got = curl(&[
        "-G",
        "--data-urlencode",
        &format!("query={leaders}"),
        &format!("{url}/sparql"),
    ]);
    assert_eq!(got.status, 200, "{got:?}");
    assert_eq!(got.content_type, "application/sparql-results+json");
    assert!(got.headers.contains("access-control-allow-origin: *"));
    let json: serde_json::Value = serde_json::from_str(&got.body).unwrap();
    assert_eq!(
        json["head"]["vars"],
        serde_json::json!(["zone", "leader", "chain"])
    );
    let rows = json["results"]["bindings"].as_array().unwrap().len();
    assert!(rows > 0);
    assert_eq!(rows, cli_rows.lines().count() - 1);

    // POST form, XML.
    let got = curl(&[
        "-H",
        "Accept: application/sparql-results+xml",
        "--data-urlencode",
        &format!("query={leaders}"),
        &format!("{url}/sparql"),
    ]);
    assert_eq!(got.status, 200, "{got:?}");
    assert_eq!(got.content_type, "application/sparql-results+xml");
    assert!(got
        .body
        .contains("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\""));

    // POST application/sparql-query, CSV and TSV: identical to the CLI's CSV.
    let got = post_query(url, &leaders, "text/csv");
    assert_eq!(got.content_type, "text/csv; charset=utf-8");
    assert_eq!(got.body, cli_rows);
    let got = post_query(url, &leaders, "text/tab-separated-values");
    assert_eq!(got.content_type, "text/tab-separated-values; charset=utf-8");
    assert!(got.body.starts_with("?zone\t?leader\t?chain\n"), "{got:?}");

    // ASK.
    let got = post_query(
        url,
        &format!("{CK} ASK {{ ?z a ck:Zone }}"),
        "application/json",
    );
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&got.body).unwrap()["boolean"],
        true
    );

    // CONSTRUCT in Turtle, N-Triples and JSON-LD.
    let construct =
        format!("{CK} CONSTRUCT {{ ?z rdfs:label ?l }} WHERE {{ ?z a ck:Zone ; rdfs:label ?l }}");
    let got = post_query(url, &construct, "text/turtle");
    assert_eq!(got.content_type, "text/turtle; charset=utf-8");
    assert!(got.body.contains("@prefix rdfs:"), "{got:?}");
    let got = post_query(url, &construct, "application/n-triples");
    assert_eq!(got.content_type, "application/n-triples");
    let triples = got.body.lines().count();
    assert!(triples > 0 && got.body.lines().all(|l| l.ends_with(" .")));
    let got = post_query(url, &construct, "application/ld+json");
    assert_eq!(got.content_type, "application/ld+json");
    serde_json::from_str::<serde_json::Value>(&got.body).expect("JSON-LD is JSON");

    // A format parameter (for links and clients without conneg) wins.
    let got = curl(&[
        "-G",
        "--data-urlencode",
        &format!("query={leaders}"),
        "--data-urlencode",
        "format=csv",
        &format!("{url}/sparql"),
    ]);
    assert_eq!(got.body, cli_rows);

    // Nothing acceptable: 406, naming what is on offer.
    let got = post_query(url, &leaders, "image/png");
    assert_eq!(got.status, 406);
    assert!(got.body.contains("text/csv"), "{got:?}");

    // Syntax error: 400 with line and column.
    let got = post_query(url, "SELECT * WHERE {\n  ?s ?p \n}", "application/json");
    assert_eq!(got.status, 400);
    assert!(
        got.body.starts_with("SPARQL syntax error: line 3, column "),
        "{got:?}"
    );

    // The dataset of the protocol: one article's graph as default graph.
    let got = post_query(
        url,
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?n) LIMIT 1",
        "text/csv",
    );
    let row = got.body.lines().nth(1).unwrap().to_string();
    let (graph, n) = row.split_once(',').unwrap();
    let count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    let one = curl(&[
        "-G",
        "-H",
        "Accept: text/csv",
        "--data-urlencode",
        &format!("query={count}"),
        "--data-urlencode",
        &format!("default-graph-uri={graph}"),
        &format!("{url}/sparql"),
    ]);
    assert_eq!(one.body.lines().nth(1).unwrap().trim(), n.trim(), "{one:?}");
    let named = curl(&[
        "-G",
        "-H",
        "Accept: text/csv",
        "--data-urlencode",
        "query=SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        "--data-urlencode",
        &format!("named-graph-uri={graph}"),
        &format!("{url}/sparql"),
    ]);
    assert_eq!(named.body.lines().nth(1).unwrap().trim(), "1", "{named:?}");

    // CORS preflight, the query page, unknown paths, wrong methods.
    let got = curl(&["-X", "OPTIONS", &format!("{url}/sparql")]);
    assert_eq!(got.status, 204);
    assert!(got
        .headers
        .contains("access-control-allow-methods: get, post, options"));
    let page = curl(&[&format!("{url}/")]);
    assert_eq!(page.status, 200);
    assert!(page.content_type.starts_with("text/html"));
    assert!(page.body.contains("ck:leadsChain") && page.body.contains("Projects by investment"));
    // Served from the binary: every script, style and icon is a local path.
    for attr in ["src=\"", "href=\""] {
        for part in page.body.split(attr).skip(1) {
            assert!(
                part.starts_with('/') || part.starts_with('#'),
                "{attr}{part:.60}"
            );
        }
    }
    assert_eq!(curl(&[&format!("{url}/nope")]).status, 404);
    assert_eq!(
        curl(&["-X", "DELETE", &format!("{url}/sparql")]).status,
        405
    );

    // One structured access-log line per request.
    std::thread::sleep(Duration::from_millis(100));
    let log = server.log_lines();
    assert!(log.len() >= 15, "{log:?}");
    let entry: serde_json::Value = serde_json::from_str(&log[0]).expect("JSON log line");
    for key in [
        "time", "remote", "method", "path", "status", "bytes", "ms", "op",
    ] {
        assert!(entry.get(key).is_some(), "{key} missing in {entry}");
    }
    assert_eq!(entry["op"], "select");
}

#[test]
fn python_clients_read_results() {
    if !has_curl() {
        return;
    }
    let Some(py) = python_with("SPARQLWrapper") else {
        return;
    };
    python_with("rdflib").expect("rdflib");
    let (_dir, store) = demo_store();
    let server = Served::start(&store, &[]);
    let script = r#"
import json, sys
from SPARQLWrapper import SPARQLWrapper, JSON, CSV, TURTLE, JSONLD, XML, POST
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore

url = sys.argv[1] + "/sparql"
leaders = open("data/queries/chain-leaders.rq", encoding="utf-8").read()
out = {}

w = SPARQLWrapper(url)
w.setQuery(leaders)
w.setReturnFormat(JSON)
res = w.query().convert()
out["json_rows"] = len(res["results"]["bindings"])
out["json_vars"] = res["head"]["vars"]

w = SPARQLWrapper(url)
w.setMethod(POST)
w.setQuery(leaders)
w.setReturnFormat(CSV)
out["csv_lines"] = len(w.query().convert().decode("utf-8").strip().splitlines())

w = SPARQLWrapper(url)
w.setQuery(leaders)
w.setReturnFormat(XML)
out["xml_results"] = len(w.query().convert().getElementsByTagName("result"))

construct = """PREFIX ck: <https://w3id.org/chainkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT { ?e ck:leadsChain ?i . ?e rdfs:label ?l } WHERE { ?e ck:leadsChain ?i ; rdfs:label ?l }"""
w = SPARQLWrapper(url)
w.setQuery(construct)
w.setReturnFormat(TURTLE)
g = rdflib.Graph()
g.parse(data=w.query().convert(), format="turtle")
out["turtle_triples"] = len(g)
ck = rdflib.Namespace("https://w3id.org/chainkg/ontology#")
out["turtle_leads"] = len(list(g.triples((None, ck.leadsChain, None))))

w = SPARQLWrapper(url)
w.setQuery(construct)
w.setReturnFormat(JSONLD)
g2 = w.query().convert()
out["jsonld_triples"] = len(g2)

st = SPARQLStore(url)
out["sparqlstore_rows"] = len(list(st.query(leaders)))
print(json.dumps(out))
"#;
    let run = Command::new(py)
        .args(["-c", script, &server.url])
        .current_dir(root())
        .output()
        .expect("python");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let out: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
    let rows = out["json_rows"].as_u64().unwrap();
    assert!(rows > 0, "{out}");
    assert_eq!(
        out["json_vars"],
        serde_json::json!(["zone", "leader", "chain"])
    );
    assert_eq!(out["csv_lines"].as_u64(), Some(rows + 1), "{out}");
    assert_eq!(out["xml_results"].as_u64(), Some(rows), "{out}");
    assert_eq!(out["sparqlstore_rows"].as_u64(), Some(rows), "{out}");
    let triples = out["turtle_triples"].as_u64().unwrap();
    assert!(
        triples > 0 && out["turtle_leads"].as_u64().unwrap() > 0,
        "{out}"
    );
    assert_eq!(out["jsonld_triples"].as_u64(), Some(triples), "{out}");
}

#[test]
fn updates_and_ingest_need_the_token_and_stop_cleanly() {
    if !has_curl() {
        return;
    }
    let (dir, store) = demo_store();
    // Read-only by default: updates are refused whatever the token.
    let server = Served::start(&store, &[]);
    let update = "INSERT DATA { GRAPH <urn:test> { <urn:a> <urn:b> \"c\" } }";
    let got = curl(&[
        "-H",
        "Content-Type: application/sparql-update",
        "-H",
        "Authorization: Bearer whatever-token",
        "--data-binary",
        update,
        &format!("{}/sparql", server.url),
    ]);
    assert_eq!(got.status, 403, "{got:?}");
    assert!(got.body.contains("read-only"));
    let before = quad_count(&server.url);
    drop(server);

    let token_file = dir.path().join("token");
    std::fs::write(&token_file, "s3cret-token-for-tests\n").unwrap();
    let server = Served::start(
        &store,
        &[
            "--allow-update",
            "--token-file",
            token_file.to_str().unwrap(),
        ],
    );
    let url = &server.url;
    let send_update = |auth: Option<&str>| {
        let mut args = vec![
            "-H".to_string(),
            "Content-Type: application/sparql-update".to_string(),
        ];
        if let Some(a) = auth {
            args.extend(["-H".to_string(), format!("Authorization: Bearer {a}")]);
        }
        args.extend([
            "--data-binary".to_string(),
            update.to_string(),
            format!("{url}/sparql"),
        ]);
        curl(&args.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let got = send_update(None);
    assert_eq!(got.status, 401, "{got:?}");
    assert!(got.headers.contains("www-authenticate: bearer"));
    assert_eq!(send_update(Some("wrong-token-1234")).status, 403);
    assert_eq!(quad_count(url), before, "a refused update changes nothing");
    assert_eq!(send_update(Some("s3cret-token-for-tests")).status, 204);
    assert_eq!(quad_count(url), before + 1);
    // The same query again is answered from the cache, until a write.
    let count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    let first = post_query(url, count, "text/csv");
    let second = post_query(url, count, "text/csv");
    assert!(second.headers.contains("chainkg-cache: hit"), "{second:?}");
    assert_eq!(first.body, second.body);
    assert!(!post_query(url, count, "application/sparql-results+json")
        .headers
        .contains("chainkg-cache: hit"));
    let graphs_before = graph_count(url);

    // Ingest over HTTP, like `chainkg build`; re-sending replaces.
    let article = root().join("data/demo/web_article.txt");
    let post_article = |auth: Option<&str>| {
        let mut args = vec![
            "-H".to_string(),
            "Content-Type: text/plain; charset=utf-8".to_string(),
        ];
        if let Some(a) = auth {
            args.extend(["-H".to_string(), format!("Authorization: Bearer {a}")]);
        }
        args.extend([
            "--data-binary".to_string(),
            format!("@{}", article.display()),
            format!("{url}/articles?source=web_article.txt"),
        ]);
        curl(&args.iter().map(String::as_str).collect::<Vec<_>>())
    };
    assert_eq!(post_article(None).status, 401);
    let got = post_article(Some("s3cret-token-for-tests"));
    assert_eq!(got.status, 200, "{got:?}");
    let report: serde_json::Value = serde_json::from_str(&got.body).unwrap();
    assert!(report["articles"].as_u64().unwrap() >= 1, "{report}");
    // The demo store already has this article: ingest replaced its graph.
    assert_eq!(graph_count(url), graphs_before);
    let once = quad_count(url);
    let again: serde_json::Value =
        serde_json::from_str(&post_article(Some("s3cret-token-for-tests")).body).unwrap();
    assert_eq!(again["graphs"], report["graphs"]);
    assert!(!post_query(url, count, "text/csv")
        .headers
        .contains("chainkg-cache: hit"));
    assert_eq!(quad_count(url), once, "re-sending must not duplicate");

    // JSONL: one article per record.
    let got = curl(&[
        "-H",
        "Content-Type: application/jsonl",
        "-H",
        "Authorization: Bearer s3cret-token-for-tests",
        "--data-binary",
        "{\"text\":\"晋城经济技术开发区位于晋城市。区内企业盛隆泰达年产焦炭100万吨。\",\"title\":\"测试\"}\n",
        &format!("{url}/articles"),
    ]);
    assert_eq!(got.status, 200, "{got:?}");
    assert_eq!(graph_count(url), graphs_before + 1);
    let bad = curl(&[
        "-H",
        "Content-Type: application/jsonl",
        "-H",
        "Authorization: Bearer s3cret-token-for-tests",
        "--data-binary",
        "{oops}\n",
        &format!("{url}/articles"),
    ]);
    assert_eq!(bad.status, 400);
    assert!(bad.body.contains(":1: malformed JSON"), "{bad:?}");

    // Word and PDF uploads are read as their text.
    let lines = [
        "本报讯 东岭经济开发区迎来新项目。",
        "鹤川精工有限公司年产精密轴承500万套项目在东岭经济开发区开工。",
    ];
    let files = tempfile::tempdir().unwrap();
    let post_file = |media: &str, bytes: Vec<u8>| {
        let file = files.path().join("upload");
        std::fs::write(&file, bytes).unwrap();
        curl(&[
            "-H",
            &format!("Content-Type: {media}"),
            "-H",
            "Authorization: Bearer s3cret-token-for-tests",
            "--data-binary",
            &format!("@{}", file.display()),
            &format!("{url}/articles?source=upload.docx"),
        ])
    };
    const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    let docx = crate::workbench::docx_of_paragraphs(&lines);
    let got = post_file(DOCX, docx.clone());
    assert_eq!(got.status, 200, "{got:?}");
    let from_docx: serde_json::Value = serde_json::from_str(&got.body).unwrap();
    assert!(from_docx["facts"].as_u64().unwrap() >= 1, "{from_docx}");
    let bad = post_file("application/pdf", docx);
    assert_eq!(bad.status, 400, "{bad:?}");
    assert!(
        bad.body.contains("upload.docx") && bad.body.contains("not a PDF"),
        "{bad:?}"
    );
    let bad = post_file(DOCX, b"plain words".to_vec());
    assert_eq!(bad.status, 400, "{bad:?}");
    assert!(bad.body.contains("not a Word .docx file"), "{bad:?}");
    if crate::workbench::tool("pdftotext", "poppler-utils").is_some() {
        let got = post_file(
            "application/pdf",
            crate::workbench::pdf_of_lines(&lines, 45),
        );
        assert_eq!(got.status, 200, "{got:?}");
        let from_pdf: serde_json::Value = serde_json::from_str(&got.body).unwrap();
        // The same text, hence the same article as the Word file's.
        assert_eq!(from_pdf["graphs"], from_docx["graphs"], "{from_pdf}");
    }
    let after = graph_count(url);

    // SIGTERM: a clean stop that releases the store for the next writer.
    let status = server.stop("-TERM");
    assert!(status.success(), "{status:?}");
    let s = store.to_str().unwrap();
    ok(&["build", article.to_str().unwrap(), "--store", s], &root());
    let out = ok(&["query", "--store", s, "--format", "csv", GRAPHS], &root());
    // Everything sent over HTTP is still there, and the re-build replaced.
    assert_eq!(out.lines().nth(1).unwrap().trim(), after.to_string());
}

#[test]
fn a_slow_query_is_cut_while_others_go_on() {
    if !has_curl() {
        return;
    }
    let (_dir, store) = demo_store();
    let server = Served::start(&store, &["--timeout", "1"]);
    let before = quad_count(&server.url);
    let url = server.url.clone();
    let slow = std::thread::spawn(move || {
        let t = Instant::now();
        let got = post_query(
            &url,
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i \
             FILTER(STR(?c) < STR(?f) && STR(?f) < STR(?i)) }",
            "application/json",
        );
        (got, t.elapsed())
    });
    std::thread::sleep(Duration::from_millis(200));
    let projects = std::fs::read_to_string(root().join("data/queries/projects.rq")).unwrap();
    for _ in 0..10 {
        let t = Instant::now();
        let got = post_query(&server.url, &projects, "text/csv");
        assert_eq!(got.status, 200, "{got:?}");
        assert!(t.elapsed() < Duration::from_secs(1), "{:?}", t.elapsed());
    }
    let (got, took) = slow.join().unwrap();
    assert_eq!(got.status, 503, "{got:?}");
    assert!(got.body.contains("time limit of 1 s"), "{got:?}");
    assert!(took < Duration::from_secs(4), "cut after {took:?}");
    // Other clients went on; the store is intact.
    assert_eq!(quad_count(&server.url), before);
    let status = server.stop("-INT");
    assert!(status.success(), "{status:?}");
}

#[test]
fn limits_are_clear_http_errors() {
    if !has_curl() {
        return;
    }
    let (_dir, store) = demo_store();
    let server = Served::start(
        &store,
        &["--max-results", "5", "--max-request-bytes", "2048"],
    );
    let url = &server.url;
    let got = post_query(url, "SELECT * WHERE { ?s ?p ?o }", "application/json");
    assert_eq!(got.status, 422, "{got:?}");
    assert!(got.body.contains("more than 5 results"), "{got:?}");
    let got = post_query(url, "SELECT * WHERE { ?s ?p ?o } LIMIT 5", "text/csv");
    assert_eq!(got.status, 200, "{got:?}");
    let big = format!("SELECT * WHERE {{ ?s ?p ?o }} # {}", "x".repeat(4096));
    let got = post_query(url, &big, "text/csv");
    assert_eq!(got.status, 413, "{got:?}");
    let got = curl(&[
        "-H",
        "Content-Type: text/plain",
        "--data-binary",
        "SELECT * {}",
        &format!("{url}/sparql"),
    ]);
    assert_eq!(got.status, 415, "{got:?}");
    let got = curl(&[&format!("{url}/sparql")]);
    assert_eq!(got.status, 400, "{got:?}");
    // Not loopback-only by accident: the default bind is loopback.
    let help = ok(&["serve", "--help"], &root());
    assert!(help.contains("127.0.0.1:7878"), "{help}");
}

#[test]
fn regression_the_union_graph_iri_is_an_empty_graph_not_a_500() {
    if !has_curl() {
        return;
    }
    let (_dir, store) = demo_store();
    let server = Served::start(&store, &[]);
    let got = post_query(
        &server.url,
        "SELECT * WHERE { GRAPH <urn:x-chainkg:union-of-all-graphs> { ?s ?p ?o } }",
        "text/csv",
    );
    assert_eq!(got.status, 200, "{got:?}");
    assert_eq!(got.body.trim_end().lines().count(), 1, "{got:?}");
    // The protocol's dataset parameters pick graphs as FROM does.
    let got = curl(&[
        "-G",
        "-H",
        "Accept: text/csv",
        "--data-urlencode",
        "query=SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        "--data-urlencode",
        "default-graph-uri=urn:x-test:none",
        &format!("{}/sparql", server.url),
    ]);
    assert_eq!(got.status, 200, "{got:?}");
    assert_eq!(got.body.lines().nth(1).map(str::trim), Some("0"), "{got:?}");
}

#[test]
fn queries_need_no_prefixes_and_a_misspelled_term_gets_a_hint_header() {
    if !has_curl() {
        return;
    }
    let (_dir, store) = demo_store();
    let server = Served::start(&store, &[]);
    let url = &server.url;
    let got = post_query(
        url,
        "SELECT * WHERE { ?zone ck:leadsChain ?chain . ?chain rdfs:label ?a }",
        "text/csv",
    );
    assert_eq!(got.status, 200, "{got:?}");
    assert!(got.body.starts_with("zone,chain,a\r\n"), "{got:?}");
    assert!(!got.headers.contains("chainkg-hint"), "{got:?}");
    let got = post_query(url, "SELECT * WHERE {\n ?z ex:p ?c }", "text/csv");
    assert_eq!(got.status, 400, "{got:?}");
    assert!(
        got.body.contains("line 2: undeclared prefix ex:"),
        "{got:?}"
    );
    let got = post_query(url, "SELECT ?z ?c WHERE { ?z ck:leadChain ?c }", "text/csv");
    let full = post_query(
        url,
        "SELECT ?z ?c WHERE { ?z <https://w3id.org/chainkg/ontology#leadChain> ?c }",
        "text/csv",
    );
    assert_eq!((got.status, &got.body), (200, &full.body), "{got:?}");
    assert!(
        got.headers.contains(
            "chainkg-hint: line 1: ck:leadchain is not in the vocabulary: did you mean ck:leadschain?"
        ),
        "{got:?}"
    );
    assert!(!full.headers.contains("chainkg-hint"), "{full:?}");
}
