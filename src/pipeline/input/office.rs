//! PDF and Word inputs: their text, for the same reading as any text file.
//!
//! Newspapers come as PDF pages and press offices send Word files. Both are
//! turned into plain text here; from there on they are read like a `.txt`
//! file, so the page repair (lines broken by columns, stray spaces,
//! full-width digits) is the same as for text extracted by any other tool,
//! and provenance offsets count characters of the text read here.
//!
//! - **PDF**: the text layer, page by page, through poppler's `pdftotext`
//!   (a well-kept reader of Chinese PDFs, with CID fonts and their Unicode
//!   maps). Without `pdftotext` on the `PATH`, the error says what to
//!   install. A page end is a column end, not a paragraph end: pages are
//!   joined by a line break, so a sentence running on to the next page is
//!   joined like one running on to the next line. A PDF whose pages hold no
//!   text (a scan) is refused with a line saying so: OCR is not done here.
//! - **Word** (`.docx`): the paragraphs of `word/document.xml`, one line
//!   each (tables give a line per cell paragraph). Deleted text of tracked
//!   changes and field codes are not text of the document and are left out.

use crate::error::{Error, Result};
use quick_xml::events::Event;
use std::io::{Read, Seek, Write};
use std::path::Path;
use std::process::{Command, Stdio};

/// The program that reads a PDF's text layer (poppler-utils).
pub const PDFTOTEXT: &str = "pdftotext";

/// Largest `word/document.xml` read, in bytes once inflated (a zip bomb
/// stops here, not when memory is gone).
pub const MAX_DOCX_XML_BYTES: u64 = 64 << 20;

/// The text of a PDF's text layer, pages joined by a line break.
pub fn pdf_text(path: &Path) -> Result<String> {
    check_pdf_header(path)?;
    pdftotext(path, None)
}

/// The text of a PDF sent as bytes (an upload); `name` is what errors call
/// it.
pub fn pdf_bytes_text(name: &Path, bytes: &[u8]) -> Result<String> {
    if !is_pdf(&bytes[..bytes.len().min(1024)]) {
        return Err(not_a_pdf(name));
    }
    pdftotext(name, Some(bytes))
}

/// Runs `pdftotext` on the file, or on `stdin` when given (`-`).
fn pdftotext(path: &Path, stdin: Option<&[u8]>) -> Result<String> {
    let mut cmd = Command::new(PDFTOTEXT);
    cmd.args(["-enc", "UTF-8", "-eol", "unix"]);
    match stdin {
        Some(_) => cmd.arg("-"),
        None => cmd.arg(path),
    };
    cmd.arg("-")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let not_run = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => Error::bad_input(
            path,
            None,
            "reading a PDF needs pdftotext, which is not installed: install \
             poppler-utils (apt-get install poppler-utils; brew install poppler)",
        ),
        _ => Error::bad_input(path, None, format!("could not run pdftotext: {e}")),
    };
    let mut child = cmd.spawn().map_err(not_run)?;
    // Written from a thread: pdftotext may fill its output pipe before it
    // has read all of its input.
    let writer = match (stdin, child.stdin.take()) {
        (Some(bytes), Some(mut pipe)) => {
            let bytes = bytes.to_vec();
            // A broken pipe (pdftotext gave up early) shows in its status.
            Some(std::thread::spawn(move || {
                let _ = pipe.write_all(&bytes);
            }))
        }
        _ => None,
    };
    let out = child.wait_with_output().map_err(not_run)?;
    if let Some(w) = writer {
        let _ = w.join();
    }
    if !out.status.success() {
        let why = String::from_utf8_lossy(&out.stderr);
        let why = why
            .lines()
            .map(str::trim)
            .rfind(|l| !l.is_empty())
            .unwrap_or("no message");
        return Err(Error::bad_input(
            path,
            None,
            format!("pdftotext could not read this PDF ({why})"),
        ));
    }
    let text = String::from_utf8(out.stdout)
        .map_err(|_| Error::bad_input(path, None, "pdftotext gave text that is not UTF-8"))?;
    join_pages(&text).ok_or_else(|| {
        Error::bad_input(
            path,
            None,
            "PDF has no text layer (a scanned page?): run OCR on it first, \
             e.g. ocrmypdf -l chi_sim",
        )
    })
}

/// Refuses a file that is not a PDF before any tool sees it: the header
/// `%PDF-` lies in the first kilobyte.
fn check_pdf_header(path: &Path) -> Result<()> {
    let mut head = Vec::with_capacity(1024);
    std::fs::File::open(path)
        .and_then(|f| f.take(1024).read_to_end(&mut head))
        .map_err(|e| Error::io("running pdftotext on", path, e))?;
    match is_pdf(&head) {
        true => Ok(()),
        false => Err(not_a_pdf(path)),
    }
}

/// Whether the first kilobyte holds the `%PDF-` header.
fn is_pdf(head: &[u8]) -> bool {
    head.windows(5).any(|w| w == b"%PDF-")
}

fn not_a_pdf(path: &Path) -> Error {
    Error::bad_input(path, None, "not a PDF file (no %PDF- header)")
}

/// The pages of `pdftotext` output (separated by form feeds) joined by one
/// line break; `None` when no page has text.
fn join_pages(text: &str) -> Option<String> {
    let pages: Vec<&str> = text
        .split('\u{c}')
        .map(|p| p.trim_matches(|c| c == '\n' || c == '\r'))
        .filter(|p| !p.trim().is_empty())
        .collect();
    if pages.is_empty() {
        return None;
    }
    let mut joined = pages.join("\n");
    joined.push('\n');
    Some(joined)
}

/// The text of a Word `.docx` file: one line per paragraph.
pub fn docx_text(path: &Path) -> Result<String> {
    let file = std::fs::File::open(path).map_err(|e| Error::io("opening", path, e))?;
    docx_of(path, file)
}

/// The text of a Word `.docx` sent as bytes (an upload); `name` is what
/// errors call it.
pub fn docx_bytes_text(name: &Path, bytes: &[u8]) -> Result<String> {
    docx_of(name, std::io::Cursor::new(bytes))
}

fn docx_of(path: &Path, file: impl Read + Seek) -> Result<String> {
    let mut zip = zip::ZipArchive::new(file).map_err(|e| {
        Error::bad_input(
            path,
            None,
            format!("not a Word .docx file (not a zip archive: {e})"),
        )
    })?;
    let mut part = zip.by_name("word/document.xml").map_err(|_| {
        Error::bad_input(
            path,
            None,
            "not a Word .docx file (no word/document.xml inside)",
        )
    })?;
    let mut xml = Vec::new();
    (&mut part)
        .take(MAX_DOCX_XML_BYTES + 1)
        .read_to_end(&mut xml)
        .map_err(|e| Error::bad_input(path, None, format!("damaged .docx file: {e}")))?;
    if xml.len() as u64 > MAX_DOCX_XML_BYTES {
        let message = format!(
            "Word document text larger than {} MiB: not an article",
            MAX_DOCX_XML_BYTES >> 20
        );
        return Err(Error::bad_input(path, None, message));
    }
    document_xml_text(&xml).map_err(|m| Error::bad_input(path, None, m))
}

/// The paragraphs of a `word/document.xml`, one line each.
fn document_xml_text(xml: &[u8]) -> std::result::Result<String, String> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut text = String::new();
    // Inside a <w:t> run text (the only element whose text is document text).
    let mut in_text = false;
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| {
            format!(
                "damaged .docx file: word/document.xml at byte {}: {e}",
                reader.error_position()
            )
        })?;
        match event {
            Event::Start(e) if e.local_name().as_ref() == b"t" => in_text = true,
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" => text.push('\n'),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"tab" => text.push('\t'),
                b"br" | b"cr" => text.push('\n'),
                b"p" => text.push('\n'),
                _ => {}
            },
            Event::Text(t) if in_text => {
                let s = t
                    .unescape()
                    .map_err(|e| format!("damaged .docx file: word/document.xml: {e}"))?;
                text.push_str(&s);
            }
            Event::CData(t) if in_text => text.push_str(&String::from_utf8_lossy(&t)),
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_join_by_a_line_break_and_empty_pages_mean_no_text() {
        assert_eq!(
            join_pages("第一页末行\n\n\u{c}第二页首行\n\u{c}").as_deref(),
            Some("第一页末行\n第二页首行\n")
        );
        assert_eq!(join_pages("\u{c}\n\u{c} \n\u{c}"), None);
        assert_eq!(join_pages(""), None);
    }

    #[test]
    fn docx_paragraphs_are_lines_and_deleted_text_is_left_out() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body>
<w:p><w:r><w:t>古县经济技术开发区</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">投资 </w:t></w:r><w:r><w:t>5 亿元&amp;建设</w:t></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:r><w:fldChar/><w:instrText>PAGE</w:instrText><w:tab/><w:t>完</w:t><w:br/><w:t>续</w:t></w:r></w:p>
<w:p/>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>单元格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
</w:body></w:document>"#;
        assert_eq!(
            document_xml_text(xml.as_bytes()).unwrap(),
            "古县经济技术开发区\n投资 5 亿元&建设\t完\n续\n\n单元格\n"
        );
        let err = document_xml_text(b"<w:document><w:p><w:t>x</w:p>").unwrap_err();
        assert!(
            err.starts_with("damaged .docx file: word/document.xml at byte"),
            "{err}"
        );
    }
}
