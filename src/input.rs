//! Reading inputs: files, folders (recursively), and standard input.
//!
//! Each input becomes one or more [`Document`]s: a text file or HTML page is
//! one document, a JSONL file one document per line. Folders are walked in
//! sorted order so the same folder always yields the same build.

use crate::error::{Error, Result};
use crate::text::segment::Meta;
use scraper::{ElementRef, Html, Selector};
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// A unit of input text with what is known about it beforehand.
#[derive(Clone, Debug)]
pub struct Document {
    /// Where it came from: a path, `path#Lnn` for a JSONL line, or `-`.
    pub source: String,
    /// The decoded text. Provenance offsets count chars of this text.
    pub text: String,
    /// Metadata given outside the text (JSONL fields, HTML markup).
    pub hints: Meta,
}

/// The kinds of file we read, by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Text,
    Html,
    Jsonl,
}

impl FileKind {
    /// The kind of a path, from its extension; `None` for files we skip.
    pub fn of(path: &Path) -> Option<FileKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "md" => Some(FileKind::Text),
            "html" | "htm" => Some(FileKind::Html),
            "jsonl" => Some(FileKind::Jsonl),
            _ => None,
        }
    }
}

/// An input named on the command line, resolved to files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Stdin,
    File(PathBuf, FileKind),
}

/// Expands the user's inputs into files. Files inside folders with an unknown
/// extension are skipped and reported in `skipped`; a file named explicitly
/// with an unknown extension is read as text (the user asked for it).
pub fn expand(inputs: &[PathBuf], skipped: &mut Vec<PathBuf>) -> Result<Vec<Input>> {
    let mut out = Vec::new();
    let mut seen_dirs = HashSet::new();
    for path in inputs {
        if path.as_os_str() == "-" {
            out.push(Input::Stdin);
            continue;
        }
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if meta.is_dir() {
            walk(path, &mut out, skipped, &mut seen_dirs)?;
        } else {
            out.push(Input::File(
                path.clone(),
                FileKind::of(path).unwrap_or(FileKind::Text),
            ));
        }
    }
    Ok(out)
}

fn walk(
    dir: &Path,
    out: &mut Vec<Input>,
    skipped: &mut Vec<PathBuf>,
    seen: &mut HashSet<PathBuf>,
) -> Result<()> {
    // Symlink loops: a folder is entered once, by its canonical path.
    let canonical = dir.canonicalize().map_err(|e| Error::io(dir, e))?;
    if !seen.insert(canonical) {
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .map(|e| e.map(|e| e.path()).map_err(|e| Error::io(dir, e)))
        .collect::<Result<_>>()?;
    entries.sort();
    for path in entries {
        let meta = std::fs::metadata(&path).map_err(|e| Error::io(&path, e))?;
        if meta.is_dir() {
            walk(&path, out, skipped, seen)?;
        } else if let Some(kind) = FileKind::of(&path) {
            out.push(Input::File(path, kind));
        } else {
            skipped.push(path);
        }
    }
    Ok(())
}

/// Reads one input into documents.
pub fn read(input: &Input) -> Result<Vec<Document>> {
    match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| Error::io("-", e))?;
            let text = decode(Path::new("-"), &bytes)?;
            Ok(documents_of(Path::new("-"), "-", FileKind::Text, text)?)
        }
        Input::File(path, kind) => {
            let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
            let text = decode(path, &bytes)?;
            documents_of(path, &path.display().to_string(), *kind, text)
        }
    }
}

/// Documents of a decoded input text.
pub fn documents_of(
    path: &Path,
    source: &str,
    kind: FileKind,
    text: String,
) -> Result<Vec<Document>> {
    if text.trim().is_empty() {
        return Err(Error::bad_input(path, None, "empty input: no text to read"));
    }
    match kind {
        FileKind::Text => Ok(vec![Document {
            source: source.to_string(),
            text,
            hints: Meta::default(),
        }]),
        FileKind::Html => Ok(vec![html_document(source, &text)]),
        FileKind::Jsonl => jsonl_documents(path, source, &text),
    }
}

/// Decodes UTF-8 (with or without BOM); other bytes are refused with the
/// offset of the first bad byte.
fn decode(path: &Path, bytes: &[u8]) -> Result<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => {
            if s.contains('\0') {
                return Err(Error::bad_input(
                    path,
                    None,
                    "binary file (contains NUL bytes)",
                ));
            }
            Ok(s.to_string())
        }
        Err(e) => Err(Error::bad_input(
            path,
            None,
            format!("not valid UTF-8 at byte offset {}", e.valid_up_to()),
        )),
    }
}

#[derive(serde::Deserialize)]
struct JsonRecord {
    text: Option<String>,
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
    source: Option<String>,
    author: Option<String>,
}

fn jsonl_documents(path: &Path, source: &str, text: &str) -> Result<Vec<Document>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let rec: JsonRecord = serde_json::from_str(line)
            .map_err(|e| Error::bad_input(path, Some(n), format!("not a JSON object: {e}")))?;
        let Some(body) = rec.text.filter(|t| !t.trim().is_empty()) else {
            return Err(Error::bad_input(
                path,
                Some(n),
                "record has no \"text\" field",
            ));
        };
        out.push(Document {
            source: format!("{source}#L{n}"),
            text: body,
            hints: Meta {
                title: rec.title.filter(|t| !t.is_empty()),
                creator: rec.author.filter(|t| !t.is_empty()),
                publisher: rec.source.filter(|t| !t.is_empty()),
                date: rec.date.and_then(|d| normalize_date(&d)),
                url: rec.url.filter(|t| !t.is_empty()),
                summary: None,
            },
        });
    }
    if out.is_empty() {
        return Err(Error::bad_input(
            path,
            None,
            "empty input: no JSONL records",
        ));
    }
    Ok(out)
}

/// `2025-04-11`, `2025/4/11`, `2025年4月11日`, with an optional time, to
/// `xsd:date` / `xsd:dateTime` lexical forms.
pub fn normalize_date(s: &str) -> Option<String> {
    let nums: Vec<u32> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match nums.as_slice() {
        [y, m, d] if *y > 1900 && (1..=12).contains(m) && (1..=31).contains(d) => {
            Some(format!("{y:04}-{m:02}-{d:02}"))
        }
        [y, m, d, hh, mm, rest @ ..]
            if *y > 1900 && (1..=12).contains(m) && (1..=31).contains(d) =>
        {
            let ss = rest.first().copied().unwrap_or(0);
            Some(format!("{y:04}-{m:02}-{d:02}T{hh:02}:{mm:02}:{ss:02}"))
        }
        _ => None,
    }
}

/// Article text of an HTML page, read through a real HTML parser: the
/// headline, metadata lines and the paragraphs of the main content.
fn html_document(source: &str, html: &str) -> Document {
    let doc = Html::parse_document(html);
    let sel = |s: &str| Selector::parse(s).ok();
    let text_of = |e: ElementRef| -> String {
        e.text()
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let first_text =
        |s: &str| sel(s).and_then(|s| doc.select(&s).map(text_of).find(|t| !t.is_empty()));
    let meta_content = |s: &str| {
        sel(s).and_then(|s| {
            doc.select(&s)
                .filter_map(|e| e.value().attr("content"))
                .map(str::trim)
                .find(|t| !t.is_empty())
                .map(str::to_string)
        })
    };
    let title = first_text("h1").or_else(|| first_text("title"));
    let mut hints = Meta {
        title: title.clone(),
        creator: meta_content("meta[name=author]"),
        publisher: meta_content("meta[property='og:site_name']"),
        date: meta_content(
            "meta[property='article:published_time'], meta[name=publishdate], meta[name=date]",
        )
        .and_then(|d| normalize_date(&d)),
        url: meta_content("meta[property='og:url']"),
        summary: meta_content("meta[name=description]"),
    };
    if hints.date.is_none() {
        hints.date = sel("time[datetime]").and_then(|s| {
            doc.select(&s)
                .filter_map(|e| e.value().attr("datetime"))
                .find_map(normalize_date)
        });
    }
    let skip = [
        "script", "style", "nav", "footer", "header", "aside", "noscript",
    ];
    let container = [
        "article",
        "[class*=article]",
        "[id*=article]",
        "[class*=content]",
        "main",
        "body",
    ]
    .iter()
    .filter_map(|s| sel(s))
    .find_map(|s| doc.select(&s).next());
    let mut lines: Vec<String> = Vec::new();
    // Metadata paragraphs outside the content (date, 来源) are read as
    // metadata lines by the segmenter.
    if let Some(s) = sel(".meta, .info, .source, .time, .date") {
        lines.extend(doc.select(&s).map(text_of).filter(|t| !t.is_empty()));
    }
    if let (Some(root), Some(blocks)) = (container, sel("p, h2, h3, h4, li, pre")) {
        for e in root.select(&blocks) {
            let hidden = e
                .ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| skip.contains(&a.value().name()));
            let t = text_of(e);
            if !hidden && !t.is_empty() && !lines.contains(&t) {
                lines.push(t);
            }
        }
        if lines.is_empty() {
            lines.extend(
                root.text()
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_string),
            );
        }
    }
    let mut text = String::new();
    if let Some(t) = &title {
        text.push_str(t);
        text.push('\n');
    }
    text.push_str(&lines.join("\n"));
    hints.title = title;
    Document {
        source: source.to_string(),
        text,
        hints,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_errors_name_the_line() {
        let p = Path::new("x.jsonl");
        let err = jsonl_documents(p, "x.jsonl", "{\"text\":\"a\"}\n{oops}\n").unwrap_err();
        assert_eq!(err.to_string().split(": ").next(), Some("x.jsonl:2"));
        let err = jsonl_documents(p, "x.jsonl", "{\"title\":\"a\"}\n").unwrap_err();
        assert!(err
            .to_string()
            .contains("x.jsonl:1: record has no \"text\" field"));
    }

    #[test]
    fn html_keeps_article_paragraphs_only() {
        let d = html_document(
            "a.html",
            "<html><head><title>T</title><script>var x=1;</script></head><body><nav><p>菜单</p></nav><h1>标题</h1><div class=\"article\"><p>第一段。</p><p>第二段。</p></div><footer><p>版权</p></footer></body></html>",
        );
        assert_eq!(d.hints.title.as_deref(), Some("标题"));
        assert_eq!(d.text, "标题\n第一段。\n第二段。");
    }

    #[test]
    fn dates() {
        assert_eq!(
            normalize_date("2025年4月11日").as_deref(),
            Some("2025-04-11")
        );
        assert_eq!(
            normalize_date("2020-07-10 11:20:40").as_deref(),
            Some("2020-07-10T11:20:40")
        );
        assert_eq!(normalize_date("soon"), None);
    }
}
