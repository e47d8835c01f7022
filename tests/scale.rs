//! Scale-out (issue 8): `chainkg push` into a real, separate SPARQL server
//! (Oxigraph's own, from the `oxigraph-cli` crate), and the Spark job
//! (`scale/spark_build.py`, local[2] with 4 partitions) against a
//! single-machine build of the same input.

use crate::common::{built, chainkg, ok, python_with, root};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const OWL_SAME_AS: &str = "<http://www.w3.org/2002/07/owl#sameAs>";
const RDFS_LABEL: &str = "<http://www.w3.org/2000/01/rdf-schema#label>";
const DC_SOURCE: &str = "<http://purl.org/dc/terms/source>";
const DC_TITLE: &str = "<http://purl.org/dc/terms/title>";

/// Skips outside CI with a printed reason; fails in CI.
fn missing(what: &str) -> Option<()> {
    if std::env::var_os("CI").is_some() {
        panic!("{what} is missing in CI (.ci/run installs it)");
    }
    eprintln!("skipped: {what} is not installed");
    None
}

/// Oxigraph's server binary: `$OXIGRAPH`, else the one `.ci/run` builds
/// into `${CHAINKG_TOOLS:-~/.cache/chainkg-tools}/bin`, else `oxigraph` on
/// the PATH.
fn oxigraph_bin() -> Option<PathBuf> {
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(p) = std::env::var_os("OXIGRAPH") {
        candidates.push(p.into());
    }
    let tools = std::env::var_os("CHAINKG_TOOLS")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cache/chainkg-tools")));
    if let Some(t) = tools {
        candidates.push(t.join("bin/oxigraph"));
    }
    candidates.push("oxigraph".into());
    let found = candidates.into_iter().find(|c| {
        Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    found.or_else(|| missing("oxigraph server (cargo install oxigraph-cli)").and(None))
}

/// A running `oxigraph serve`; killed when dropped, so a failing test never
/// leaves a server behind.
struct Oxigraph {
    child: Child,
    /// `http://127.0.0.1:PORT`
    url: String,
}

impl Drop for Oxigraph {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Oxigraph {
    /// Starts a server on a free loopback port with its own store in
    /// `location`, and waits until it answers. Its default graph is its
    /// own: `push --default-graph` writes chainkg's there (the union of
    /// the graphs and the provenance).
    fn start(bin: &Path, location: &Path) -> Oxigraph {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let child = Command::new(bin)
            .args(["serve", "--location"])
            .arg(location)
            .args(["--bind", &format!("127.0.0.1:{port}")])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start oxigraph serve");
        let server = Oxigraph {
            child,
            url: format!("http://127.0.0.1:{port}"),
        };
        let start = Instant::now();
        while query_csv(&server.url, "ASK {}").is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "oxigraph serve did not answer on port {port}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        server
    }
}

/// A SELECT on a SPARQL endpoint (`/query`), as CSV.
fn query_csv(base: &str, sparql: &str) -> Result<String, String> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into();
    let mut res = agent
        .post(format!("{base}/query"))
        .header("Content-Type", "application/sparql-query")
        .header("Accept", "text/csv")
        .send(sparql)
        .map_err(|e| e.to_string())?;
    res.body_mut().read_to_string().map_err(|e| e.to_string())
}

/// CSV results as a header and a set of rows (order does not matter).
fn csv_rows(csv: &str) -> (String, BTreeSet<String>) {
    let mut lines = csv.lines().map(|l| l.trim_end_matches('\r').to_string());
    let header = lines.next().unwrap_or_default();
    (header, lines.filter(|l| !l.is_empty()).collect())
}

const COUNTS: &str = "SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(*) AS ?quads) \
                      WHERE { GRAPH ?g { ?s ?p ?o } }";

#[test]
fn push_to_a_graph_store_and_query_there() {
    let Some(bin) = oxigraph_bin() else { return };
    let (dir, store) = built(&[&root().join("data/demo")]);
    let store_arg = store.to_str().unwrap();
    let server = Oxigraph::start(&bin, &dir.path().join("oxigraph"));
    let endpoint = format!("{}/store", server.url);
    let local = ok(
        &["query", "--store", store_arg, "--format", "csv", COUNTS],
        &root(),
    );
    let (_, local_counts) = csv_rows(&local);
    assert_eq!(local_counts.len(), 1, "{local}");

    let graphs = local_counts
        .iter()
        .next()
        .unwrap()
        .split(',')
        .next()
        .unwrap()
        .to_string();
    // Push, then push again: PUT replaces each graph, nothing doubles.
    for round in 1..=2 {
        let out = chainkg(
            &[
                "push",
                "--endpoint",
                &endpoint,
                "--store",
                store_arg,
                "--default-graph",
            ],
            &root(),
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "push {round}: {err}");
        assert!(
            err.contains(&format!("pushed {graphs} graphs")) && err.contains(&endpoint),
            "push {round}: {err}"
        );
        let remote = query_csv(&server.url, COUNTS).expect("count on the server");
        assert_eq!(csv_rows(&remote).1, local_counts, "push {round}");
    }

    // The README's queries: the same answers from the server as from the
    // local store.
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("data/queries"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rq"))
        .collect();
    files.sort();
    assert!(files.len() >= 4);
    let mut nonempty = 0;
    for file in &files {
        let sparql = std::fs::read_to_string(file).unwrap();
        let local = ok(
            &[
                "query",
                "--store",
                store_arg,
                "--format",
                "csv",
                "--file",
                file.to_str().unwrap(),
            ],
            &root(),
        );
        let remote = query_csv(&server.url, &sparql).expect("query on the server");
        let (lh, lrows) = csv_rows(&local);
        let (rh, rrows) = csv_rows(&remote);
        assert_eq!(lh, rh, "{}", file.display());
        assert_eq!(lrows, rrows, "{}", file.display());
        nonempty += usize::from(!lrows.is_empty());
    }
    // The demo's own queries find something (the sample page's find
    // nothing in the demo graph, on both sides).
    assert!(nonempty >= 3, "only {nonempty} queries had results");

    // A server that is gone: a clear one-line error, exit status 1.
    drop(server);
    let out = chainkg(
        &[
            "push",
            "--endpoint",
            &endpoint,
            "--store",
            store_arg,
            "--tries",
            "2",
        ],
        &root(),
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.starts_with(&format!("chainkg: push to {endpoint}: graph <")),
        "{err}"
    );
    assert!(err.contains("after 2 tries"), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
}

/// Java and PySpark for the Spark job, or `None` (skips outside CI).
fn spark() -> Option<&'static str> {
    let java = Command::new("java")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !java {
        return missing("java (for Spark)").and(None);
    }
    python_with("pyspark")
}

/// Sorted unique N-Quads lines of the Spark job's output parts.
fn spark_quads(out: &Path) -> BTreeSet<String> {
    let mut quads = BTreeSet::new();
    for entry in std::fs::read_dir(out).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with("part-") {
            let text = std::fs::read_to_string(&path).unwrap();
            quads.extend(text.lines().filter(|l| !l.is_empty()).map(str::to_string));
        }
    }
    quads
}

fn store_quads(store: &Path, cwd: &Path) -> BTreeSet<String> {
    ok(
        &[
            "export",
            "--store",
            store.to_str().unwrap(),
            "--format",
            "nq",
        ],
        cwd,
    )
    .lines()
    .filter(|l| !l.is_empty())
    .map(str::to_string)
    .collect()
}

/// Runs the Spark job in local[2] with 4 partitions, from `cwd`.
fn run_spark(python: &str, inputs: &[&str], out: &str, cwd: &Path) -> String {
    let start = Instant::now();
    let lexicon = root().join("data/lexicon");
    let res = Command::new(python)
        .arg(root().join("scale/spark_build.py"))
        .args(inputs)
        .arg(out)
        .args(["--master", "local[2]", "--partitions", "4"])
        .args(["--chainkg", env!("CARGO_BIN_EXE_chainkg")])
        .arg("--lexicon")
        .arg(&lexicon)
        .current_dir(cwd)
        // Local mode talks to itself: no need to resolve the host name.
        .env("SPARK_LOCAL_IP", "127.0.0.1")
        .stdin(Stdio::null())
        .output()
        .expect("run scale/spark_build.py");
    let err = String::from_utf8_lossy(&res.stderr);
    assert!(res.status.success(), "spark_build.py failed:\n{err}");
    eprintln!(
        "spark_build.py {inputs:?}: {:.1} s; {}",
        start.elapsed().as_secs_f64(),
        err.lines()
            .filter(|l| l.starts_with("spark_build:"))
            .collect::<Vec<_>>()
            .join("; ")
    );
    err.into_owned()
}

/// The first lines where two sorted sets differ, for a readable failure.
fn difference(a: &BTreeSet<String>, b: &BTreeSet<String>) -> String {
    let only_a: Vec<&String> = a.difference(b).take(10).collect();
    let only_b: Vec<&String> = b.difference(a).take(10).collect();
    format!(
        "{} quads only in the Spark output, {} only in the single build\nSpark only: {only_a:#?}\nbuild only: {only_b:#?}",
        a.difference(b).count(),
        b.difference(a).count()
    )
}

/// Graph → its dcterms:source and dcterms:title, the labels of each
/// (graph, entity), and the merges each graph records (graph, extracted
/// IRI, entity).
struct Graphs {
    meta: std::collections::HashMap<String, Vec<String>>,
    labels: Vec<(String, String, String)>,
    same_as: Vec<(String, String, String)>,
}

fn graphs(quads: &BTreeSet<String>) -> Graphs {
    let mut g = Graphs {
        meta: Default::default(),
        labels: Vec::new(),
        same_as: Vec::new(),
    };
    for q in quads {
        // `<s> <p> "o"@zh <g> .`: the labels, sources and titles looked
        // for hold no spaces.
        let parts: Vec<&str> = q.split(' ').collect();
        if parts.len() != 5 {
            continue;
        }
        let graph = parts[3].to_string();
        if parts[1] == DC_SOURCE || parts[1] == DC_TITLE {
            g.meta.entry(graph).or_default().push(parts[2].to_string());
        } else if parts[1] == RDFS_LABEL {
            g.labels
                .push((graph, parts[0].to_string(), parts[2].to_string()));
        } else if parts[1] == OWL_SAME_AS {
            g.same_as
                .push((graph, parts[0].to_string(), parts[2].to_string()));
        }
    }
    g
}

/// Asserts that some briefs, which name a zone and an enterprise only by
/// their short names (元谋示范区, 博食集团), hold them under the IRI of the
/// full names another article introduced (元谋瑞恒现代农业产业示范区,
/// 云南博达食品集团股份有限公司（以下简称博食集团）), whose label is the
/// full name: resolution merged them across articles, and the brief's
/// graph records the merge (`owl:sameAs`).
fn assert_merged_across_articles(quads: &BTreeSet<String>) {
    let g = graphs(quads);
    let is_brief = |graph: &String| {
        g.meta
            .get(graph)
            .is_some_and(|m| m.iter().any(|v| v.contains("-brief.txt")))
    };
    for full in ["现代农业产业示范区", "食品集团股份有限公司"] {
        let merged: Vec<&(String, String, String)> = g
            .same_as
            .iter()
            .filter(|(graph, _, entity)| {
                is_brief(graph)
                    && g.labels.iter().any(|(g2, e2, label)| {
                        e2 == entity && label.contains(full) && !is_brief(g2)
                    })
            })
            .collect();
        assert!(
            !merged.is_empty(),
            "no brief names a …{full} merged with its full name"
        );
        eprintln!("{} briefs name a …{full} by a short name", merged.len());
    }
}

/// Every article of a generated corpus as JSONL records: its feed lines
/// as they are, each text file as a record titled with the file's name.
fn corpus_as_jsonl(corpus: &Path) -> Vec<String> {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut stack = vec![corpus.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                files.push(p);
            }
        }
    }
    files.sort();
    let mut lines = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        match f.extension().and_then(|e| e.to_str()) {
            Some("jsonl") => lines.extend(text.lines().map(str::to_string)),
            Some("txt") => {
                let name = f.file_name().unwrap().to_string_lossy().to_string();
                lines.push(serde_json::json!({ "text": text, "title": name }).to_string());
            }
            _ => {}
        }
    }
    lines
}

fn gen_corpus(out: &str, mb: &str, seed: &str, cwd: &Path) -> usize {
    let res = chainkg(
        &[
            "gen-corpus",
            "--out",
            out,
            "--mb",
            mb,
            "--seed",
            seed,
            "--recurring",
        ],
        cwd,
    );
    let err = String::from_utf8_lossy(&res.stderr);
    assert!(res.status.success(), "{err}");
    // `wrote N articles in …`
    err.split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// The Spark job on a folder (text, HTML and JSONL files) and a JSONL file,
/// both given by relative paths, against `chainkg build` of the same.
#[test]
fn spark_job_gives_the_single_build_graph() {
    let Some(python) = spark() else { return };
    let dir = tempfile::tempdir().unwrap();
    let cwd = dir.path();
    let articles = gen_corpus("corpus", "0.35", "3", cwd);
    assert!(articles >= 200, "{articles} articles");
    // More articles as JSONL records, and three inputs of the folder again
    // (the 7th, 9th and 8th there, in a row here: whatever the offset, at
    // most one copy is dealt to the partition of its original): the
    // folder's copies come first and win.
    gen_corpus("extra", "0.05", "4", cwd);
    let mut records = corpus_as_jsonl(&cwd.join("extra"));
    let fresh = records.len();
    for again in ["000001-web.txt", "000002-page.txt", "000002-brief.txt"] {
        let text = std::fs::read_to_string(cwd.join("corpus/0000").join(again)).unwrap();
        records.push(serde_json::json!({ "text": text, "source": "转载" }).to_string());
    }
    std::fs::write(cwd.join("extra.jsonl"), records.join("\n") + "\n").unwrap();
    let inputs = ["corpus", "extra.jsonl"];

    let started = Instant::now();
    ok(&["build", inputs[0], inputs[1], "--store", "single"], cwd);
    eprintln!(
        "single build of {} + {} articles: {:.1} s",
        articles,
        records.len(),
        started.elapsed().as_secs_f64()
    );
    let expected = store_quads(Path::new("single"), cwd);
    let log = run_spark(python, &inputs, "spark-out", cwd);
    // The repeated articles met in different partitions, and one copy won.
    assert!(log.contains("repeated articles kept once"), "{log}");
    let got = spark_quads(&cwd.join("spark-out"));
    assert!(got == expected, "{}", difference(&got, &expected));

    // Not vacuous: zones named only by their short names in one article
    // are merged with the full names of another, from text files and
    // from JSONL records alike; sources are spelled as the build was
    // given them; the repeated article kept the folder's copy.
    assert_merged_across_articles(&got);
    let source = |s: &str| format!("{DC_SOURCE} \"{s}\"");
    assert!(got.iter().any(|q| q.contains(&source("extra.jsonl#L1"))));
    assert!(got
        .iter()
        .any(|q| q.contains(&source("corpus/0000/000001-web.txt"))));
    for n in fresh + 1..=records.len() {
        let again = source(&format!("extra.jsonl#L{n}"));
        assert!(!got.iter().any(|q| q.contains(&again)), "{again}");
    }
    assert!(!got.iter().any(|q| q.contains("\"转载\"")));
}
