//! Robustness: every bad input of docs/README-robustness.md, encodings,
//! keep-going, a second writer, `kill -9` in the middle of builds, query
//! errors and time limits, and random input through decoding, segmentation,
//! extraction and quantity parsing.

use crate::common::{chainkg, ok, root};
use chainkg::pipeline::input::{self, FileKind, ReadOptions};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const PREFIXES: &str = "PREFIX ck: <https://w3id.org/chainkg/ontology#> \
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> \
PREFIX prov: <http://www.w3.org/ns/prov#> \
PREFIX dcterms: <http://purl.org/dc/terms/> ";

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The store as N-Quads (sorted by the exporter).
fn export(store: &Path) -> String {
    ok(&["export", "--store", s(store), "--format", "nq"], &root())
}

/// Values of one CSV column of a query (header dropped).
fn column(store: &Path, sparql: &str) -> Vec<String> {
    let out = ok(
        &["query", "--store", s(store), "--format", "csv", sparql],
        &root(),
    );
    out.lines()
        .skip(1)
        .map(|l| l.trim_end_matches('\r').to_string())
        .collect()
}

/// The `dcterms:source` of every article in the store.
fn sources(store: &Path) -> BTreeSet<String> {
    let q = format!("{PREFIXES} SELECT ?s WHERE {{ ?a a ck:Article ; dcterms:source ?s }}");
    column(store, &q).into_iter().collect()
}

/// A small news corpus of `n` articles with distinct names (so distinct
/// article IRIs), cheap to extract, one JSONL record each.
fn corpus(dir: &Path, n: usize) -> PathBuf {
    let chars: Vec<char> = "东南西北中上下新老金银铜铁山川河湖海天星云雷风"
        .chars()
        .collect();
    let mut text = String::new();
    for k in 0..n {
        let l = chars.len();
        let p: String = [chars[k % l], chars[(k / l) % l], chars[(k / (l * l)) % l]]
            .iter()
            .collect();
        let body = format!(
            "本报讯 {p}经济技术开发区引进{p}新材料有限公司，建设年产10万吨{p}碳纤维项目，总投资2.5亿元，占地120亩。{p}经济技术开发区重点发展新材料产业，{p}新材料有限公司是该园区碳纤维产业链链主企业。"
        );
        let record = serde_json::json!({"title": format!("{p}开发区新项目{k}"), "date": "2025-01-02", "text": body});
        text.push_str(&record.to_string());
        text.push('\n');
    }
    let path = dir.join("corpus.jsonl");
    std::fs::write(&path, text).expect("write corpus");
    path
}

fn web_article() -> PathBuf {
    root().join("data/demo/web_article.txt")
}

// ---------------------------------------------------------------- encodings

#[test]
fn robust_encodings_decode_to_the_same_text() {
    let utf8 = std::fs::read_to_string(web_article()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let utf16 = |le: bool| -> Vec<u8> {
        let mut b = if le {
            vec![0xFF, 0xFE]
        } else {
            vec![0xFE, 0xFF]
        };
        for u in utf8.encode_utf16() {
            b.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        b
    };
    let variants: Vec<(&str, Vec<u8>)> = vec![
        (
            "bom.txt",
            [b"\xEF\xBB\xBF".as_slice(), utf8.as_bytes()].concat(),
        ),
        ("gbk.txt", encoding_rs::GBK.encode(&utf8).0.into_owned()),
        (
            "gb18030.txt",
            encoding_rs::GB18030.encode(&utf8).0.into_owned(),
        ),
        ("utf16le.txt", utf16(true)),
        ("utf16be.txt", utf16(false)),
    ];
    for (name, bytes) in &variants {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let read = input::read_with(
            &input::Input::File(path, FileKind::Text),
            &ReadOptions::default(),
        )
        .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(read.documents[0].text, utf8, "{name}");
        assert!(read.warnings.is_empty(), "{name}");
    }
    // End to end: the GBK file gives the graph of the UTF-8 one.
    let store = dir.path().join("store");
    let gbk = dir.path().join("gbk.txt");
    ok(&["build", s(&gbk), "--store", s(&store)], &root());
    let reference = dir.path().join("ref");
    ok(
        &["build", s(&web_article()), "--store", s(&reference)],
        &root(),
    );
    let strip = |nq: String| -> Vec<String> {
        nq.lines()
            .filter(|l| !l.contains("/dc/terms/source>"))
            .map(str::to_string)
            .collect()
    };
    assert_eq!(strip(export(&store)), strip(export(&reference)));
}

#[test]
fn robust_encoding_option_forces_a_decoding() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let text = std::fs::read_to_string(web_article()).unwrap();
    // UTF-16 without a BOM cannot be detected: refused as binary, read
    // when forced.
    let bare = dir.path().join("bare16.txt");
    let bytes: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    std::fs::write(&bare, bytes).unwrap();
    let out = chainkg(&["build", s(&bare), "--store", s(&store)], &root());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("bare16.txt: binary file (NUL byte at byte offset"),
        "{}",
        stderr(&out)
    );
    ok(
        &[
            "build",
            s(&bare),
            "--encoding",
            "utf-16le",
            "--store",
            s(&store),
        ],
        &root(),
    );
    assert_eq!(sources(&store).len(), 1);
    // A forced encoding that does not fit is refused with the offset.
    let gbk = dir.path().join("gbk.txt");
    std::fs::write(&gbk, encoding_rs::GBK.encode(&text).0).unwrap();
    let out = chainkg(
        &[
            "build",
            s(&gbk),
            "--encoding",
            "utf-8",
            "--store",
            s(&store),
        ],
        &root(),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("gbk.txt:1: invalid UTF-8 at byte offset 0") && err.lines().count() == 1,
        "{err}"
    );
    let out = chainkg(
        &[
            "build",
            s(&gbk),
            "--encoding",
            "klingon",
            "--store",
            s(&store),
        ],
        &root(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown encoding \"klingon\""));
}

#[test]
fn robust_invalid_bytes_are_refused_with_their_offset_unless_lossy() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let mut bytes = std::fs::read(web_article()).unwrap();
    let first_newline = bytes.iter().position(|b| *b == b'\n').unwrap();
    let at = first_newline + 1;
    bytes.insert(at, 0xFF);
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, &bytes).unwrap();
    let out = chainkg(&["build", s(&bad), "--store", s(&store)], &root());
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "bad.txt:2: not UTF-8 nor GB18030 text: invalid UTF-8 at byte offset {at}"
        )) && err.lines().count() == 1,
        "{err}"
    );
    assert!(
        !store.join("CURRENT").exists(),
        "a refused build creates no store"
    );
    let out = chainkg(
        &["build", s(&bad), "--lossy", "--store", s(&store)],
        &root(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("warning: ")
            && err.contains("bad.txt:2: replaced 1 invalid byte sequence(s)")
            && err.contains(&format!("byte offset {at}")),
        "{err}"
    );
    assert_eq!(sources(&store).len(), 1);
}

// ---------------------------------------------------------------- bad input

/// A bad input beside a good one, the message it must give, and whether
/// it is a path to create as given (`None`: content of a file).
struct Case {
    name: &'static str,
    make: fn(&Path) -> PathBuf,
    expect: &'static str,
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "empty file",
            make: |d| write(d, "empty.txt", b""),
            expect: "empty.txt: empty input: no text to read",
        },
        Case {
            name: "blank file",
            make: |d| write(d, "blank.md", b" \n\t\n"),
            expect: "blank.md: empty input: no text to read",
        },
        Case {
            name: "binary file",
            make: |d| write(d, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
            expect: "photo.txt: binary file (NUL byte at byte offset 8)",
        },
        Case {
            name: "malformed JSONL line",
            make: |d| {
                write(
                    d,
                    "feed.jsonl",
                    "{\"text\": \"本报讯 甲开发区新增企业10家。\"}\n{\"text\": \"未闭合}\n"
                        .as_bytes(),
                )
            },
            expect: "feed.jsonl:2: malformed JSON at column",
        },
        Case {
            name: "JSONL record without text",
            make: |d| write(d, "notext.jsonl", "{\"title\": \"无正文\"}\n".as_bytes()),
            expect: "notext.jsonl:1: record has no \"text\" field",
        },
        Case {
            name: "HTML without readable text",
            make: |d| {
                write(
                    d,
                    "empty.html",
                    b"<html><head><script>var a = 1;</script></head><body><nav></nav></body>",
                )
            },
            expect: "empty.html: HTML page has no readable text",
        },
        Case {
            name: "nonexistent path",
            make: |d| d.join("missing.txt"),
            expect: "missing.txt: No such file or directory",
        },
        Case {
            name: "symlink loop in a folder",
            make: |d| {
                let f = d.join("looping");
                std::fs::create_dir(&f).unwrap();
                std::fs::write(f.join("a.txt"), "本报讯 甲开发区新增企业10家。").unwrap();
                std::os::unix::fs::symlink("..", f.join("up")).unwrap();
                std::os::unix::fs::symlink("self.txt", f.join("self.txt")).unwrap();
                f
            },
            expect: "looping/self.txt: symlink loop: the link leads back to itself",
        },
        Case {
            name: "broken symlink in a folder",
            make: |d| {
                let f = d.join("dangling");
                std::fs::create_dir(&f).unwrap();
                std::os::unix::fs::symlink("gone.txt", f.join("a.txt")).unwrap();
                f
            },
            expect: "dangling/a.txt: broken symlink: its target does not exist",
        },
    ]
}

#[test]
fn robust_every_bad_input_is_refused_by_name_and_loads_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(&["build", s(&web_article()), "--store", s(&store)], &root());
    let before = export(&store);
    for case in cases() {
        let sub = dir.path().join(case.name.replace(' ', "_"));
        std::fs::create_dir(&sub).unwrap();
        let bad = (case.make)(&sub);
        // The bad input comes second: reading stops before anything loads.
        let out = chainkg(
            &[
                "build",
                s(&root().join("data/demo/report.html")),
                s(&bad),
                "--store",
                s(&store),
            ],
            &root(),
        );
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{}: {err}", case.name);
        assert_eq!(err.lines().count(), 1, "{}: one line: {err}", case.name);
        assert!(err.contains(case.expect), "{}: {err}", case.name);
    }
    assert_eq!(
        before,
        export(&store),
        "failed builds must not touch the store"
    );
}

#[test]
fn robust_symlinks_back_into_a_folder_are_a_loop_and_other_links_are_read_once() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    std::fs::create_dir_all(corpus.join("sub")).unwrap();
    std::fs::copy(web_article(), corpus.join("sub/a.txt")).unwrap();
    std::os::unix::fs::symlink("..", corpus.join("sub/parent")).unwrap();
    let out = chainkg(
        &["build", s(&corpus), "--store", s(&dir.path().join("s"))],
        &root(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("sub/parent: symlink loop: leads back to"),
        "{}",
        stderr(&out)
    );
    // Two links to one folder (no loop): its files are read once.
    std::fs::remove_file(corpus.join("sub/parent")).unwrap();
    std::os::unix::fs::symlink("sub", corpus.join("again")).unwrap();
    let out = chainkg(
        &["build", s(&corpus), "--store", s(&dir.path().join("s"))],
        &root(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("built 1 articles from 1 files"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn robust_broken_html_is_read_as_a_browser_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    let page = write(
        dir.path(),
        "cut.html",
        "<html><head><title>示范区新项目</title></head><body><div class=\"article\"><p>本报讯 甲经济技术开发区引进乙新材料有限公司，建设年产10万吨碳纤维项目，总投资2.5亿元。<p>项目预计2025年8月投产<b>（未闭合"
            .as_bytes(),
    );
    let store = dir.path().join("s");
    ok(&["build", s(&page), "--store", s(&store)], &root());
    let q = format!("{PREFIXES} SELECT ?t WHERE {{ ?s ck:text ?t }}");
    let sentences = column(&store, &q).join("\n");
    assert!(sentences.contains("（未闭合"), "{sentences}");
}

#[test]
fn robust_a_100_mb_line_is_refused_after_reading_one_megabyte() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    {
        use std::io::Write;
        let mut f = std::io::BufWriter::new(std::fs::File::create(&big).unwrap());
        let chunk = "中".repeat(1 << 18);
        for _ in 0..(100 << 20) / chunk.len() + 1 {
            f.write_all(chunk.as_bytes()).unwrap();
        }
    }
    assert!(std::fs::metadata(&big).unwrap().len() >= 100 << 20);
    let start = Instant::now();
    let out = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("maxrss_kb=%M")
        .arg(env!("CARGO_BIN_EXE_chainkg"))
        .args(["build", s(&big), "--store", s(&dir.path().join("s"))])
        .current_dir(root())
        .output();
    // `time` reports the peak memory; without it, run chainkg alone.
    let out = match out {
        Ok(o) if o.status.code() != Some(127) => o,
        _ => chainkg(
            &["build", s(&big), "--store", s(&dir.path().join("s"))],
            &root(),
        ),
    };
    let secs = start.elapsed().as_secs_f64();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("big.txt:1: line longer than 1 MiB without a line break: not article text"),
        "{err}"
    );
    assert!(secs < 10.0, "took {secs:.1} s");
    if let Some(kb) = err
        .lines()
        .find_map(|l| l.strip_prefix("maxrss_kb="))
        .and_then(|v| v.trim().parse::<u64>().ok())
    {
        eprintln!("100 MB line: refused in {secs:.2} s, peak memory {kb} KB");
        assert!(kb < 200_000, "peak memory {kb} KB");
    }
}

#[test]
fn robust_unknown_file_types_in_folders_are_skipped_with_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::copy(web_article(), corpus.join("a.txt")).unwrap();
    std::fs::write(corpus.join("scan.tiff"), b"II*\x00").unwrap();
    std::fs::write(corpus.join("notes.doc"), b"\xd0\xcf\x11\xe0").unwrap();
    let out = chainkg(
        &["build", s(&corpus), "--store", s(&dir.path().join("s"))],
        &root(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("skipped") && err.contains("scan.tiff"),
        "{err}"
    );
    assert!(err.contains("notes.doc ("), "{err}");
}

#[test]
fn robust_keep_going_loads_exactly_the_good_inputs_and_exits_3() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::copy(web_article(), corpus.join("a.txt")).unwrap();
    std::fs::copy(root().join("data/demo/report.html"), corpus.join("b.html")).unwrap();
    let mut feed = std::fs::read_to_string(root().join("data/demo/feed.jsonl")).unwrap();
    feed.push_str("{broken\n{\"title\": \"无正文\"}\n");
    std::fs::write(corpus.join("c.jsonl"), feed).unwrap();
    std::fs::write(corpus.join("d.txt"), b"").unwrap();
    std::fs::write(corpus.join("e.txt"), b"\x00\x01\x02").unwrap();
    let mut gbk_bad = encoding_rs::GBK.encode("本报讯 某开发区。").0.into_owned();
    gbk_bad.push(0xFF);
    std::fs::write(corpus.join("f.txt"), gbk_bad).unwrap();
    let missing = dir.path().join("missing.txt");
    let store = dir.path().join("s");
    // Default: nothing at all is loaded.
    let out = chainkg(&["build", s(&corpus), "--store", s(&store)], &root());
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(!store.join("CURRENT").exists());
    let out = chainkg(
        &[
            "build",
            s(&corpus),
            s(&missing),
            "--keep-going",
            "--store",
            s(&store),
        ],
        &root(),
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    for left_out in [
        "c.jsonl:3: malformed JSON",
        "c.jsonl:4: record has no \"text\" field",
        "d.txt: empty input",
        "e.txt: binary file",
        "f.txt:1: not UTF-8 nor GB18030 text",
        "missing.txt: No such file or directory",
    ] {
        assert!(
            err.lines()
                .any(|l| l.starts_with("chainkg: left out ") && l.contains(left_out)),
            "{left_out}: {err}"
        );
    }
    assert!(err.contains("6 input(s) left out"), "{err}");
    let c = |name: &str| corpus.join(name).display().to_string();
    let expected: BTreeSet<String> = [
        c("a.txt"),
        c("b.html"),
        format!("{}#L1", c("c.jsonl")),
        format!("{}#L2", c("c.jsonl")),
    ]
    .into_iter()
    .collect();
    assert_eq!(sources(&store), expected);
}

// ---------------------------------------------------------- store integrity

#[test]
fn robust_a_second_writer_is_told_the_store_is_in_use() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    ok(&["build", s(&web_article()), "--store", s(&store)], &root());
    let corpus = corpus(dir.path(), 300);
    let mut first = Command::new(env!("CARGO_BIN_EXE_chainkg"))
        .args(["build", s(&corpus), "--store", s(&store)])
        .current_dir(root())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the first build holds the store's lock.
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut held = false;
    while Instant::now() < deadline && first.try_wait().unwrap().is_none() {
        if chainkg::store::Store::check_not_in_use(&store).is_err() {
            held = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    if held {
        let second = chainkg(
            &["build", s(&root().join("data/demo")), "--store", s(&store)],
            &root(),
        );
        let err = stderr(&second);
        assert_eq!(second.status.code(), Some(1), "{err}");
        assert!(
            err.contains("store is in use by another chainkg process") && err.lines().count() == 1,
            "{err}"
        );
    } else {
        eprintln!("the first build ended before its lock was seen: nothing to race");
    }
    let out = first.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(sources(&store).len(), 301);
}

/// Quads per article in N-Quads (its article graph, its fact graphs and
/// their provenance in the default graph; not entity types), as `chainkg export` or
/// `chainkg extract` write them.
fn article_sizes(nq: &str) -> BTreeMap<String, usize> {
    use oxigraph::model::{GraphName, NamedOrBlankNode, Term};
    let mut out = BTreeMap::new();
    for q in oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::NQuads)
        .for_slice(nq.as_bytes())
    {
        let q = q.expect("N-Quads");
        // An entity's type is the store's once, whichever articles mention it.
        if q.graph_name.is_default_graph() && q.predicate == chainkg::model::vocab::rdf::TYPE {
            continue;
        }
        let of = |iri: &str| chainkg::model::iri::article_of(iri).map(str::to_string);
        let article = match (&q.graph_name, &q.subject, &q.object) {
            (GraphName::NamedNode(g), _, _) => of(g.as_str()),
            (_, NamedOrBlankNode::NamedNode(s), _) if of(s.as_str()).is_some() => of(s.as_str()),
            (_, _, Term::NamedNode(a))
                if q.predicate == chainkg::model::vocab::ck::MENTIONED_IN =>
            {
                of(a.as_str())
            }
            _ => None,
        };
        *out.entry(article.expect("a quad of an article"))
            .or_default() += 1;
    }
    out
}

/// Quads per article of the store.
fn graph_sizes(store: &Path) -> BTreeMap<String, usize> {
    article_sizes(&ok(
        &["export", "--store", s(store), "--format", "nq"],
        &root(),
    ))
}

/// Structural invariants of the store: every named graph is an article
/// graph (with its one `ck:Article`) or a fact graph of an article in the
/// store with its provenance; every mention points at an article holding
/// the entity; the default graph holds every named graph's triples.
fn consistent(store: &Path) -> Result<(), String> {
    let q = format!(
        "{PREFIXES} ASK {{
          {{ GRAPH ?g {{ ?s ?p ?o }} FILTER NOT EXISTS {{ GRAPH ?g {{ ?g a ck:Article }} }}
             FILTER NOT EXISTS {{ ?g prov:wasDerivedFrom ?sen ; ck:rule ?r .
                                 ?sen ck:inArticle ?a ; ck:text ?t . GRAPH ?a {{ ?a a ck:Article }} }} }}
          UNION {{ SELECT ?g WHERE {{ GRAPH ?g {{ ?a a ck:Article }} }} GROUP BY ?g HAVING (COUNT(?a) != 1) }}
          UNION {{ ?e ck:mentionedIn ?a FILTER NOT EXISTS {{ GRAPH ?a {{ ?e rdfs:label|skos:altLabel ?n }} }} }}
          UNION {{ ?e ck:mentionedIn ?a FILTER NOT EXISTS {{ ?e a ?c }} }}
          UNION {{ ?e a ?c FILTER(STRSTARTS(STR(?e), STR(id:)) && !CONTAINS(STR(?e), \"/id/article/\"))
                   FILTER NOT EXISTS {{ ?e ck:mentionedIn ?a }} }}
          UNION {{ GRAPH ?g {{ ?s ?p ?o }} FILTER NOT EXISTS {{ ?s ?p ?o }} }}
        }}"
    );
    let out = ok(
        &["query", "--store", s(store), "--format", "csv", &q],
        &root(),
    );
    match out.trim() {
        "false" => Ok(()),
        other => Err(format!("invariant query answered {other:?}")),
    }
}

/// Sizes of the WAL files of a store (new ones count from zero).
fn wal_sizes(store: &Path) -> BTreeMap<PathBuf, u64> {
    std::fs::read_dir(store)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "log"))
                .filter_map(|e| Some((e.path(), e.metadata().ok()?.len())))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn robust_kill_9_mid_build_leaves_a_consistent_store_and_a_rerun_completes() {
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    // The store holds an article before: it must come through untouched.
    ok(&["build", s(&web_article()), "--store", s(&store)], &root());
    let base = graph_sizes(&store);
    assert_eq!(base.len(), 1);
    // 300 articles: two transactions (256 + 44) after one extraction batch.
    let corpus = corpus(dir.path(), 300);
    // When to kill: a fixed time into the build, or a delay after the first
    // commit shows in the WAL (so kills land inside the loading too).
    enum At {
        After(u64),
        Commit(u64),
    }
    let plan = [
        At::After(300),
        At::Commit(0),
        At::Commit(40),
        At::Commit(100),
        At::Commit(180),
        At::Commit(300),
    ];
    let mut states = Vec::new();
    for at in &plan {
        let wal = wal_sizes(&store);
        let mut child = Command::new(env!("CARGO_BIN_EXE_chainkg"))
            .args(["build", s(&corpus), "--store", s(&store)])
            .current_dir(root())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let t0 = Instant::now();
        let mut finished = false;
        match at {
            At::After(ms) => {
                while t0.elapsed() < Duration::from_millis(*ms) && !finished {
                    finished = child.try_wait().unwrap().is_some();
                    std::thread::sleep(Duration::from_millis(2));
                }
            }
            At::Commit(ms) => {
                // A WAL that grew by 64 KiB holds a committed transaction.
                let committed = || {
                    wal_sizes(&store)
                        .iter()
                        .any(|(p, n)| *n > wal.get(p).copied().unwrap_or(0) + (64 << 10))
                };
                while !finished && !committed() {
                    finished = child.try_wait().unwrap().is_some();
                    std::thread::sleep(Duration::from_millis(2));
                }
                std::thread::sleep(Duration::from_millis(*ms));
            }
        }
        // Child::kill is SIGKILL on Unix: no destructor, no flush.
        let _ = child.kill();
        let status = child.wait().unwrap();
        let sizes = graph_sizes(&store);
        consistent(&store).unwrap_or_else(|e| panic!("after a kill: {e}"));
        eprintln!(
            "kill {:>4} ms into the build ({}): {} articles",
            t0.elapsed().as_millis(),
            if status.success() {
                "had finished"
            } else {
                "killed"
            },
            sizes.len()
        );
        states.push(sizes);
    }
    // A re-run completes the build; it is the reference for every state.
    ok(&["build", s(&corpus), "--store", s(&store)], &root());
    let complete = graph_sizes(&store);
    // An article loaded before a later one merged its entities holds them
    // as extracted: each transaction resolves what the store holds then.
    let extracted = article_sizes(&ok(&["extract", s(&corpus)], &root()));
    consistent(&store).unwrap();
    assert_eq!(complete.len(), 301);
    for (g, n) in &base {
        assert_eq!(complete.get(g), Some(n), "the earlier article changed");
    }
    for (k, state) in states.iter().enumerate() {
        for (g, n) in state {
            assert!(
                complete.get(g) == Some(n) || extracted.get(g) == Some(n),
                "kill {k}: graph {g} holds {n} quads, a complete article has {:?} ({:?} before resolution)",
                complete.get(g),
                extracted.get(g)
            );
        }
        for (g, n) in &base {
            assert_eq!(
                state.get(g),
                Some(n),
                "kill {k}: the earlier article changed"
            );
        }
    }
    let partial = states
        .iter()
        .filter(|st| st.len() > 1 && st.len() < 301)
        .count();
    eprintln!(
        "{} kills, {partial} left a partly built store, all consistent, in {:.1} s",
        plan.len(),
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn robust_a_killed_bulk_load_leaves_an_empty_store_that_opens() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let corpus = corpus(dir.path(), 300);
    let mut child = Command::new(env!("CARGO_BIN_EXE_chainkg"))
        .args(["build", s(&corpus), "--store", s(&store)])
        .current_dir(root())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait for the store to exist and some writing to happen, then kill.
    let t0 = Instant::now();
    while !store.join("CURRENT").exists() && t0.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(5));
    }
    std::thread::sleep(Duration::from_millis(1500));
    let _ = child.kill();
    let status = child.wait().unwrap();
    let sizes = graph_sizes(&store);
    consistent(&store).unwrap();
    assert!(
        sizes.is_empty() || sizes.len() == 300,
        "a bulk load is all or nothing: {} graphs (build {status})",
        sizes.len()
    );
    ok(&["build", s(&corpus), "--store", s(&store)], &root());
    assert_eq!(graph_sizes(&store).len(), 300);
}

// ---------------------------------------------------------------- queries

#[test]
fn robust_query_syntax_errors_give_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    ok(&["build", s(&web_article()), "--store", s(&store)], &root());
    let out = chainkg(
        &["query", "--store", s(&store), "SELECT ?x\nWHERE { ?x ?y"],
        &root(),
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.starts_with("chainkg: SPARQL syntax error: line 2, column 14: expected")
            && err.lines().count() == 1,
        "{err}"
    );
    let rq = write(
        dir.path(),
        "q.rq",
        b"SELECT ?x\nWHERE { ?x ?y ?z .\n  BADWORD ?x }\n",
    );
    let out = chainkg(&["query", "--store", s(&store), "--file", s(&rq)], &root());
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("q.rq: line 3, column 11: expected"), "{err}");
}

#[test]
fn robust_query_timeout_stops_a_runaway_query() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("s");
    ok(
        &["build", s(&root().join("data/demo")), "--store", s(&store)],
        &root(),
    );
    // A cross product of every triple, thrice: days of work.
    for q in [
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?i",
    ] {
        let start = Instant::now();
        let out = chainkg(
            &["query", "--store", s(&store), "--timeout", "1", q],
            &root(),
        );
        let secs = start.elapsed().as_secs_f64();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            err.contains("query stopped by --timeout after 1 s"),
            "{err}"
        );
        assert!(secs < 8.0, "took {secs:.1} s");
    }
    // A quick query is not affected.
    let out = ok(
        &[
            "query",
            "--store",
            s(&store),
            "--timeout",
            "30",
            "--format",
            "csv",
            "ASK { ?s ?p ?o }",
        ],
        &root(),
    );
    assert!(out.contains("true"), "{out}");
}

// ---------------------------------------------------------------- fuzzing

/// xorshift64*: deterministic, seedable, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Pieces news text is made of, and pieces that break it.
const PIECES: &[&str] = &[
    "本报讯",
    "新华社太原3月5日电",
    "（记者 王波）",
    "经济技术开发区",
    "高新区",
    "产业园",
    "核心区",
    "有限公司",
    "集团",
    "股份",
    "项目",
    "工程",
    "生产线",
    "基地",
    "总投资",
    "计划总投资",
    "亿元",
    "万元",
    "万吨",
    "吨",
    "亩",
    "平方米",
    "万平方米",
    "立方米",
    "千瓦时",
    "年产",
    "产能",
    "链主",
    "链长",
    "龙头",
    "产业链",
    "产业集群",
    "入驻",
    "落户",
    "位于",
    "由",
    "建设",
    "投产",
    "副产品为",
    "以",
    "为原料",
    "生产",
    "延伸",
    "深加工",
    "与",
    "合作",
    "大学",
    "研究院",
    "管委会",
    "市委",
    "。",
    "，",
    "；",
    "、",
    "：",
    "“",
    "”",
    "《",
    "》",
    "（",
    "）",
    "\n",
    "\n\n",
    " ",
    "　",
    "\t",
    "\r\n",
    "2025年",
    "8月",
    "15日",
    "2025-04-11",
    "80%",
    "约",
    "突破",
    "超过",
    "两",
    "三十",
    "一百二十",
    "十一",
    "万亿",
    "×",
    "2×15",
    ".",
    "0.",
    "00000000000000000000",
    "9999999999",
    "作者：",
    "来源：",
    "核心提示：",
    "编辑",
    "图为",
    "摄",
    "A2 要闻",
    "第3版",
    "星期五",
    "晋城",
    "洞子头",
    "焦炭",
    "煤焦油",
    "甲醇",
    "H型钢",
    "🏭",
    "e\u{301}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{FFFD}",
    "ﬁ",
    "Ⅻ",
    "①",
    "１２３",
    "ＡＢＣ",
    "<p>",
    "</p>",
    "&amp;",
    "\"",
    "\\",
    "{",
    "}",
];

fn random_text(rng: &mut Rng, pieces: usize) -> String {
    let mut t = String::new();
    for _ in 0..pieces {
        match rng.below(10) {
            0 => {
                let digits = 1 + rng.below(30);
                for _ in 0..digits {
                    t.push(char::from(b'0' + rng.below(10) as u8));
                }
            }
            1 => {
                // Any scalar value.
                let c = char::from_u32(rng.next() as u32 % 0x11_0000).unwrap_or('\u{FFFD}');
                t.push(c);
            }
            2 => {
                let c = char::from_u32(0x4E00 + rng.below(0x5200) as u32).unwrap_or('中');
                t.push(c);
            }
            _ => {
                let piece = rng.pick(PIECES);
                t.push_str(piece);
            }
        }
    }
    t
}

/// Cases per run: `CHAINKG_FUZZ_CASES` for a longer run, `CHAINKG_FUZZ_SEED`
/// to replay one.
fn fuzz_setup(default_cases: usize) -> (usize, u64) {
    let env = |k: &str| std::env::var(k).ok().and_then(|v| v.parse::<u64>().ok());
    let cases = env("CHAINKG_FUZZ_CASES").map_or(default_cases, |n| n as usize);
    let seed = env("CHAINKG_FUZZ_SEED").unwrap_or(0x5EED_C4A1_u64);
    (cases, seed)
}

#[test]
fn robust_random_bytes_never_panic_the_reader() {
    let (cases, seed) = fuzz_setup(3000);
    let mut rng = Rng(seed);
    let kinds = [FileKind::Text, FileKind::Html, FileKind::Jsonl];
    let encodings = [
        None,
        Some(encoding_rs::GBK),
        Some(encoding_rs::UTF_16LE),
        Some(encoding_rs::BIG5),
    ];
    for case in 0..cases {
        // Random bytes, or random text in a random encoding, damaged.
        let n = 1 + rng.below(40);
        let text = random_text(&mut rng, n);
        let mut bytes = match rng.below(4) {
            0 => (0..rng.below(300)).map(|_| rng.next() as u8).collect(),
            1 => encoding_rs::GB18030.encode(&text).0.into_owned(),
            2 => {
                let mut b = vec![0xFF, 0xFE];
                b.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
                b
            }
            _ => text.clone().into_bytes(),
        };
        for _ in 0..rng.below(3) {
            if !bytes.is_empty() {
                let i = rng.below(bytes.len());
                bytes[i] = rng.next() as u8;
            }
        }
        let kind = *rng.pick(&kinds);
        let opts = ReadOptions {
            encoding: *rng.pick(&encodings),
            lossy: rng.below(2) == 0,
            ..ReadOptions::default()
        };
        let path = Path::new("fuzz");
        let Ok(read) = input::read_bounded(bytes.as_slice(), path, kind) else {
            continue;
        };
        if let Ok((text, _)) = input::decode(path, &read, kind, &opts) {
            let _ = input::documents_of(path, "fuzz", kind, text);
        }
        // Errors must be one line, naming the input.
        if let Err(e) = input::decode(path, &read, kind, &opts) {
            let msg = e.to_string();
            assert!(
                msg.starts_with("fuzz") && !msg.contains('\n'),
                "case {case}: {msg}"
            );
        }
    }
}

#[test]
fn robust_random_text_never_panics_segmentation_or_extraction() {
    let (cases, seed) = fuzz_setup(120);
    let mut rng = Rng(seed ^ 0xA5A5);
    let lex = chainkg::lexicon::Lexicon::load(Some(&root().join("data/lexicon"))).unwrap();
    let extractor = chainkg::extract::Extractor::new(lex).unwrap();
    let demo = std::fs::read_to_string(root().join("data/demo/page_2025_03.txt")).unwrap();
    let demo: Vec<char> = demo.chars().collect();
    let start = Instant::now();
    let mut sentences = 0;
    let mut facts = 0;
    for case in 0..cases {
        // Random pieces, spliced into slices of a real page.
        let mut text = String::new();
        for _ in 0..1 + rng.below(4) {
            if rng.below(2) == 0 {
                let a = rng.below(demo.len());
                let b = (a + rng.below(400)).min(demo.len());
                text.extend(&demo[a..b]);
            }
            let n = rng.below(60);
            text.push_str(&random_text(&mut rng, n));
        }
        let hints = chainkg::model::Meta {
            title: (rng.below(3) == 0).then(|| random_text(&mut rng, 3)),
            ..Default::default()
        };
        let doc = input::Document {
            source: format!("fuzz-{case}"),
            text,
            hints,
            ..Default::default()
        };
        let chars = doc.text.chars().count() as u32;
        let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            chainkg::read_documents(&extractor, std::slice::from_ref(&doc))
        }))
        .unwrap_or_else(|_| panic!("case {case} (seed {seed}) panicked on {:?}", doc.text));
        for r in &read {
            let x = &r.extraction;
            for s in &x.sentences {
                assert!(
                    s.origin.0 <= s.origin.1 && s.origin.1 <= chars,
                    "case {case}: sentence span {:?} outside 0..{chars} in {:?}",
                    s.origin,
                    doc.text
                );
            }
            for f in &x.facts {
                assert!(f.sentence < x.sentences.len(), "case {case}: fact sentence");
                assert!(f.subject < x.entities.len(), "case {case}: fact subject");
                if let chainkg::model::Value::Entity(o) = f.value {
                    assert!(o < x.entities.len(), "case {case}: fact object");
                }
            }
            let _ = r.quads();
            sentences += x.sentences.len();
            facts += x.facts.len();
        }
    }
    eprintln!(
        "{cases} random documents: {sentences} sentences, {facts} facts, no panic, in {:.1} s",
        start.elapsed().as_secs_f64()
    );
}

#[test]
fn robust_random_quantities_never_panic() {
    use chainkg::extract::quantity::{chinese_numeral, parse_date, parse_number, to_base, Decimal};
    let (cases, seed) = fuzz_setup(20_000);
    let mut rng = Rng(seed ^ 0x5A5A);
    let atoms = [
        "0", "1", "2", "5", "9", ".", "×", "两", "十", "百", "千", "万", "亿", "零", "〇", "三",
    ];
    let magnitudes = ["", "万", "亿", "千", "百", "万亿"];
    let units = [
        "元",
        "万元",
        "亿元",
        "亩",
        "万亩",
        "平方米",
        "公顷",
        "万吨",
        "%",
        "个",
        "万台",
        "吉瓦",
        "",
    ];
    for case in 0..cases {
        let num: String = (0..1 + rng.below(48)).map(|_| *rng.pick(&atoms)).collect();
        let mag = *rng.pick(&magnitudes);
        let unit = *rng.pick(&units);
        let outcome = std::panic::catch_unwind(|| {
            let _ = chinese_numeral(&num);
            let _ = Decimal::parse(&num);
            if let Some(v) = parse_number(&num, mag) {
                let _ = v.to_string();
                if let Some((_, b)) = to_base(v, unit) {
                    let _ = b.to_string();
                }
            }
            let _ = parse_date(&format!("{num}年{num}月{num}日"), Some(2025));
        });
        assert!(
            outcome.is_ok(),
            "case {case}: panicked on number {num:?}, magnitude {mag:?}, unit {unit:?}"
        );
    }
}

/// Found while fuzzing quantities: exact decimals overflow `i128` on long
/// digit runs (`总投资99…9亿元` with 37 nines), a panic in debug builds (the
/// whole build stops, exit 101) and a wrapped, wrong value in release.
/// `src/extract/quantity.rs` now uses checked arithmetic: a number too large
/// for an exact decimal is no number, and the build goes on without it.
#[test]
fn robust_regression_huge_numbers_do_not_overflow() {
    use chainkg::extract::quantity::{parse_number, to_base};
    let nines = "9".repeat(37);
    let _ = parse_number(&nines, "亿");
    let _ = parse_number(&format!("{nines}×{nines}"), "");
    let _ = parse_number(&"9".repeat(30), "").and_then(|d| to_base(d, "亩"));
    let dir = tempfile::tempdir().unwrap();
    let text = format!("本报讯 甲经济技术开发区新材料项目总投资{nines}亿元，占地120亩。\n");
    let page = write(dir.path(), "huge.txt", text.as_bytes());
    ok(
        &["build", s(&page), "--store", s(&dir.path().join("s"))],
        &root(),
    );
}

/// The lexicons users edit pass their own checker (columns, duplicates,
/// suffix files longest first): an edit that breaks a file's rules is
/// caught here, not by a reader.
#[test]
fn robust_lexicon_files_pass_their_checker() {
    let Some(python) = crate::common::python_with("os") else {
        return;
    };
    let out = Command::new(python)
        .arg(root().join("data/lexicon/check_lexicons.py"))
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{report}");
    assert!(report.contains("0 problem(s)"), "{report}");
}
