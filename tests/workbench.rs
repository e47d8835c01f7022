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

/// A program on the `PATH`, or `None` (skips outside CI, fails in CI).
pub(crate) fn tool(name: &str, package: &str) -> Option<()> {
    let found = std::process::Command::new(name).arg("-v").output().is_ok();
    if found {
        return Some(());
    }
    if std::env::var_os("CI").is_some() {
        panic!("{name} is missing in CI (.ci/run installs {package})");
    }
    eprintln!("skipped: {name} ({package}) is not installed");
    None
}

/// A PDF (1.4) with one text line per entry, `per_page` lines a page, in a
/// CID font whose codes are the characters' Unicode values: a ToUnicode map
/// gives the text layer as a typesetter's PDF has it. The font is not
/// embedded: text extraction needs the map, not the glyphs.
pub(crate) fn pdf_of_lines(lines: &[&str], per_page: usize) -> Vec<u8> {
    fn stream(data: &[u8]) -> Vec<u8> {
        let mut s = format!("<< /Length {} >>\nstream\n", data.len()).into_bytes();
        s.extend_from_slice(data);
        s.extend_from_slice(b"\nendstream");
        s
    }
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let rows: Vec<String> = (0..256)
        .map(|h| format!("<{h:02X}00> <{h:02X}FF> <{h:02X}00>"))
        .collect();
    for chunk in rows.chunks(100) {
        cmap += &format!(
            "{} beginbfrange\n{}\nendbfrange\n",
            chunk.len(),
            chunk.join("\n")
        );
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    let font = "/NotoSansCJKsc";
    let mut objs: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        Vec::new(), // the page tree, once the pages are known
        format!("<< /Type /Font /Subtype /Type0 /BaseFont {font} /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>").into_bytes(),
        format!("<< /Type /Font /Subtype /CIDFontType2 /BaseFont {font} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 1000 /W [32 126 500] /CIDToGIDMap /Identity >>").into_bytes(),
        stream(cmap.as_bytes()),
        format!("<< /Type /FontDescriptor /FontName {font} /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>").into_bytes(),
    ];
    let mut kids = Vec::new();
    for page in lines.chunks(per_page.max(1)) {
        let mut content = String::new();
        for (i, line) in page.iter().enumerate() {
            let hex: String = line
                .chars()
                .map(|c| format!("{:04X}", u32::from(c).min(0xFFFD)))
                .collect();
            content += &format!(
                "BT /F1 12 Tf 1 0 0 1 50 {} Tm <{hex}> Tj ET\n",
                800 - 16 * i
            );
        }
        objs.push(stream(content.as_bytes()));
        let contents = objs.len();
        objs.push(format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {contents} 0 R >>").into_bytes());
        kids.push(format!("{} 0 R", objs.len()));
    }
    objs[1] = format!(
        "<< /Type /Pages /Kids [{}] /Count {} >>",
        kids.join(" "),
        kids.len()
    )
    .into_bytes();
    pdf_file(&objs)
}

/// A PDF of one page holding only an image: a scan without OCR.
fn scanned_pdf() -> Vec<u8> {
    let pixels = vec![0x80u8; 64];
    let mut image = b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 64 >>\nstream\n".to_vec();
    image.extend_from_slice(&pixels);
    image.extend_from_slice(b"\nendstream");
    let content = b"q 595 0 0 842 0 0 cm /Im1 Do Q";
    let mut contents = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
    contents.extend_from_slice(content);
    contents.extend_from_slice(b"\nendstream");
    pdf_file(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>".to_vec(),
        image,
        contents,
    ])
}

/// A PDF file of numbered objects (1 is the catalog), with its xref table.
fn pdf_file(objs: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objs.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(o);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objs.len() + 1).as_bytes());
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objs.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// A Word .docx (deflated, as Word writes it) with one paragraph per entry.
pub(crate) fn docx_of_paragraphs(paragraphs: &[&str]) -> Vec<u8> {
    use std::io::Write;
    let escape = |t: &str| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let body: String = paragraphs
        .iter()
        .map(|p| {
            format!(
                "<w:p><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                escape(p)
            )
        })
        .collect();
    let parts = [
        ("[Content_Types].xml", r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.to_string()),
        ("_rels/.rels", r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.to_string()),
        ("word/document.xml", format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>"#)),
    ];
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        zip.start_file(name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// The sample page's non-blank lines, as a typesetter laid them out.
fn sample_lines(page: &Path) -> Vec<String> {
    std::fs::read_to_string(page)
        .unwrap()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// The build summary without its timing (`built 6 articles from 1 files:
/// 103 facts, 896 quads`) and the articles' titles, sorted.
fn built_articles(input: &Path, store: &Path) -> (String, String) {
    let out = chainkg(&["build", s(input), "--store", s(store)], &root());
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{}: {err}", input.display());
    let summary = err
        .lines()
        .last()
        .and_then(|l| l.rsplit_once(" in "))
        .map(|(head, _)| head.to_string())
        .unwrap_or_default();
    let titles = crate::common::ok(
        &[
            "query",
            "--store",
            s(store),
            "SELECT ?t WHERE { ?a <http://purl.org/dc/terms/title> ?t } ORDER BY ?t",
        ],
        &root(),
    );
    (summary, titles)
}

#[test]
fn a_pdf_of_the_sample_page_builds_the_same_six_articles_as_its_text() {
    let Some(page) = crate::common::sample() else {
        return;
    };
    let Some(()) = tool("pdftotext", "poppler-utils") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let lines = sample_lines(&page);
    let owned: Vec<&str> = lines.iter().map(String::as_str).collect();
    // 45 lines a page: sentences and a headline run on across page ends.
    let pdf = dir.path().join("page.pdf");
    std::fs::write(&pdf, pdf_of_lines(&owned, 45)).unwrap();
    let (text_summary, text_titles) = built_articles(&page, &dir.path().join("from-text"));
    let (pdf_summary, pdf_titles) = built_articles(&pdf, &dir.path().join("from-pdf"));
    assert!(
        text_summary.starts_with("built 6 articles"),
        "{text_summary}"
    );
    assert_eq!(pdf_summary, text_summary);
    assert_eq!(pdf_titles, text_titles);
    assert!(
        pdf_titles.contains("水质提升项目桩基工程接近尾声"),
        "{pdf_titles}"
    );
}

#[test]
fn a_docx_of_the_sample_page_builds_the_same_six_articles_as_its_text() {
    let Some(page) = crate::common::sample() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let lines = sample_lines(&page);
    let owned: Vec<&str> = lines.iter().map(String::as_str).collect();
    let docx = dir.path().join("page.docx");
    std::fs::write(&docx, docx_of_paragraphs(&owned)).unwrap();
    let (text_summary, text_titles) = built_articles(&page, &dir.path().join("from-text"));
    let (docx_summary, docx_titles) = built_articles(&docx, &dir.path().join("from-docx"));
    assert!(
        text_summary.starts_with("built 6 articles"),
        "{text_summary}"
    );
    assert_eq!(docx_summary, text_summary);
    assert_eq!(docx_titles, text_titles);
}

#[test]
fn a_scanned_pdf_or_a_broken_docx_is_a_one_line_error_naming_the_file() {
    let Some(()) = tool("pdftotext", "poppler-utils") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let scan = dir.path().join("scan.pdf");
    std::fs::write(&scan, scanned_pdf()).unwrap();
    let fake = dir.path().join("notes.docx");
    std::fs::write(&fake, "这不是 Word 文件").unwrap();
    let renamed = dir.path().join("renamed.pdf");
    std::fs::write(&renamed, "纯文本，不是 PDF").unwrap();
    let cut = dir.path().join("cut.pdf");
    std::fs::write(&cut, &scanned_pdf()[..200]).unwrap();
    for (input, says) in [
        (&scan, "PDF has no text layer (a scanned page?)"),
        (&fake, "not a Word .docx file"),
        (&renamed, "not a PDF file"),
        // poppler's own reason, its last line.
        (&cut, "pdftotext could not read this PDF (Syntax Error"),
    ] {
        let store = dir.path().join("store");
        let out = chainkg(&["build", s(input), "--store", s(&store)], &root());
        assert_eq!(out.status.code(), Some(2), "{}", input.display());
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(s(input)) && err.contains(says), "{err}");
        assert!(!store.exists(), "{}: a store was created", input.display());
    }
}

#[test]
fn without_pdftotext_a_pdf_input_says_what_to_install() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("page.pdf");
    std::fs::write(&pdf, pdf_of_lines(&["科学导报讯 晋城经开区"], 45)).unwrap();
    // A PATH without pdftotext on it.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_chainkg"))
        .args(["build", s(&pdf), "--dry-run"])
        .env("PATH", dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(s(&pdf)) && err.contains("needs pdftotext") && err.contains("poppler-utils"),
        "{err}"
    );
}

#[test]
fn queries_get_the_project_prefixes_named_undeclared_prefixes_and_term_hints() {
    let (_dir, store) = crate::common::built(&[&root().join("data/demo")]);
    let q = |query: &str| {
        chainkg(
            &["query", "--store", s(&store), "--format", "csv", query],
            &root(),
        )
    };
    // No PREFIX lines: ck: and rdfs: are predeclared; SELECT * lists the
    // variables as they first appear (the evaluator's order is a, chain, zone).
    let out = q("SELECT * WHERE {\n ?zone ck:leadsChain ?chain .\n ?chain rdfs:label ?a }");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.lines().next(), Some("zone,chain,a"), "{text}");
    assert!(text.lines().count() > 1, "{text}");
    // An undeclared prefix: named, with its line, in one line, exit 2.
    let out = q("SELECT ?z WHERE {\n ?z ck:leadsChain ?c .\n ?c foaf:name ?d }");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("line 3: undeclared prefix foaf:") && err.contains("predeclared: ck,"),
        "{err}"
    );
    // A misspelled ck: term: the same result as the full IRI (nothing),
    // and a hint on stderr.
    let out = q("SELECT ?z ?c WHERE { ?z ck:leadChain ?c }");
    assert!(out.status.success());
    let same = q("SELECT ?z ?c WHERE { ?z <https://w3id.org/chainkg/ontology#leadChain> ?c }");
    assert_eq!(out.stdout, same.stdout);
    assert!(same.stderr.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim_end(),
        "chainkg: hint: line 1: ck:leadChain is not in the vocabulary: did you mean ck:leadsChain?"
    );
}

/// The `python` blocks of a doc section and the `text` block after each
/// (what it prints).
fn code_and_output(doc: &str, heading: &str) -> Vec<(String, String)> {
    let start = doc.find(heading).expect("the section is in the doc");
    let section = &doc[start..];
    let end = section[heading.len()..]
        .find("\n#")
        .map_or(section.len(), |e| e + heading.len());
    let mut blocks = Vec::new();
    let mut rest = &section[..end];
    while let Some(i) = rest.find("```python\n") {
        rest = &rest[i + "```python\n".len()..];
        let j = rest.find("```").expect("closed block");
        let code = rest[..j].to_string();
        rest = &rest[j + 3..];
        let k = rest.find("```text\n").expect("output after the code");
        rest = &rest[k + "```text\n".len()..];
        let l = rest.find("```").expect("closed block");
        blocks.push((code, rest[..l].to_string()));
        rest = &rest[l + 3..];
    }
    blocks
}

#[test]
fn analytics_walkthrough_runs_and_prints_what_the_doc_shows() {
    let Some(page) = crate::common::sample() else {
        return;
    };
    let Some(py) = crate::common::python_with("pandas, networkx") else {
        return;
    };
    let (dir, store) = crate::common::built(&[&page]);
    let tables = dir.path().join("tables");
    let graphml = dir.path().join("graph.graphml");
    crate::common::ok(
        &[
            "export",
            "--store",
            s(&store),
            "--format",
            "csv",
            "-o",
            s(&tables),
        ],
        &root(),
    );
    crate::common::ok(
        &[
            "export",
            "--store",
            s(&store),
            "--format",
            "graphml",
            "-o",
            s(&graphml),
        ],
        &root(),
    );
    let doc = std::fs::read_to_string(root().join("docs/analytics.md")).unwrap();
    let blocks = code_and_output(&doc, "### Three questions, one expression each");
    assert_eq!(blocks.len(), 6, "{blocks:?}");
    // One process, as a notebook runs its cells; a mark between outputs.
    let script: String = blocks
        .iter()
        .map(|(code, _)| format!("{code}print('--cell--')\n"))
        .collect();
    let out = std::process::Command::new(py)
        .args(["-c", &script])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed: Vec<&str> = stdout.split("--cell--\n").collect();
    for ((code, shown), got) in blocks.iter().zip(&printed) {
        assert_eq!(got, shown, "the doc shows another output for:\n{code}");
    }
    // The three answers, whatever the doc says.
    assert!(
        printed[1].starts_with("{'屯留经济技术开发区': 9,"),
        "{stdout}"
    );
    assert!(
        printed[2].contains("'静乐现代农业产业示范区': 679000000.0"),
        "{stdout}"
    );
    for product in ["煤焦油", "针状焦", "碳纤维", "甲醇", "烯烃"] {
        assert!(printed[3].contains(product), "{stdout}");
    }
    // products.csv's downstream is what NetworkX finds on edges.csv.
    assert_eq!(printed[3], printed[4], "{stdout}");
}

#[test]
fn rdflib_reads_the_json_ld_as_the_doc_says_with_default_union() {
    let Some(page) = crate::common::sample() else {
        return;
    };
    let Some(py) = crate::common::python_with("rdflib") else {
        return;
    };
    let (dir, store) = crate::common::built(&[&page]);
    let jsonld = dir.path().join("graph.jsonld");
    crate::common::ok(
        &[
            "export",
            "--store",
            s(&store),
            "--format",
            "jsonld",
            "-o",
            s(&jsonld),
        ],
        &root(),
    );
    let doc = std::fs::read_to_string(root().join("docs/analytics.md")).unwrap();
    let section = &doc[doc.find("### JSON-LD and rdflib").expect("the section")..];
    let start = section.find("```python\n").expect("a python block") + "```python\n".len();
    let code = &section[start..start + section[start..].find("```").expect("closed")];
    let run = |code: &str| {
        let out = std::process::Command::new(py)
            .args(["-c", code])
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).to_string()
    };
    let rows = run(code);
    assert_eq!(rows.lines().count(), 3, "{rows}");
    assert!(rows.contains("industry/焦化"), "{rows}");
    // Without default_union: the doc's "0 rows".
    let plain = run(&code.replace("rdflib.Dataset(default_union=True)", "rdflib.Dataset()"));
    assert_eq!(plain, "", "{plain}");
}

#[test]
fn build_on_a_terminal_gives_each_phase_its_own_bar() {
    // script(1) (util-linux) runs the build on a pseudo-terminal.
    let Some(()) = tool("script", "bsdutils") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let command = format!(
        "'{}' build '{}' --store '{}'",
        env!("CARGO_BIN_EXE_chainkg"),
        s(&root().join("data/demo")),
        s(&store)
    );
    let out = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("COLUMNS", "200")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let shown = String::from_utf8_lossy(&out.stdout);
    // Each frame is a line once the terminal's control sequences are gone.
    let frames: Vec<String> = shown
        .split(['\r', '\n'])
        .map(|f| {
            let mut plain = String::new();
            let mut chars = f.chars();
            while let Some(c) = chars.next() {
                if c == '\u{1b}' {
                    // CSI: ESC [ params letter
                    for d in chars.by_ref() {
                        if d.is_ascii_alphabetic() {
                            break;
                        }
                    }
                } else {
                    plain.push(c);
                }
            }
            plain.trim().to_string()
        })
        .filter(|f| !f.is_empty())
        .collect();
    for phase in ["checking [", "names [", "loading ["] {
        assert!(
            frames
                .iter()
                .any(|f| f.starts_with(phase) && f.contains("KiB")),
            "no {phase:?} bar in {frames:#?}"
        );
    }
    assert!(
        frames.iter().any(|f| f.starts_with("7 articles, ")),
        "{frames:#?}"
    );
    assert!(
        frames
            .last()
            .is_some_and(|f| f.starts_with("built 7 articles")),
        "{frames:#?}"
    );
}
