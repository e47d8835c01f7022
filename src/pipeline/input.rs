//! Reading inputs: files, folders (recursively), and standard input.
//!
//! Each input becomes one or more [`Document`]s: a text file or HTML page is
//! one document, a JSONL file one document per line. Folders are walked in
//! sorted order so the same folder always yields the same build.
//!
//! This is where bytes become text, and where bad input is caught before
//! anything reaches the store:
//!
//! - **Encodings.** A byte-order mark decides (UTF-8, UTF-16LE/BE); else
//!   `--encoding`; else valid UTF-8; else the `<meta charset>` of an HTML
//!   page; else GB18030 (the superset of GBK and GB2312 that Chinese sites
//!   and Windows tools still write) when the result reads as Chinese. Input
//!   that is none of these is refused with the byte offset (and line) of the
//!   first bad byte, unless `--lossy` replaces bad bytes and warns.
//! - **Not text.** NUL bytes (outside UTF-16) or a text made mostly of
//!   control characters mark a binary file: refused, even with `--lossy`.
//! - **Bounded reads.** A line longer than [`MAX_LINE_BYTES`] stops the read
//!   at once, so a runaway file (a dump without line breaks) costs a
//!   megabyte, not its size; HTML pages stop at [`MAX_HTML_BYTES`]. A text
//!   or JSONL file larger than a batch is never held whole ([`large`]).
//! - **Folders.** Unknown file types are skipped with a notice; symlink
//!   loops, broken links and unreadable entries are errors naming the path.
//!
//! A [`Reader`] carries the user's choices through a build: by default the
//! first bad input is an error; under keep-going bad inputs (and bad JSONL
//! records, one by one) are left out and reported as [`Notice`]s.

use crate::error::{Error, Result};
use crate::model::Meta;
use crate::text::segment::{page_cuts, Layout};
use encoding_rs::{DecoderResult, Encoding, GB18030, UTF_16BE, UTF_16LE, UTF_8};
use scraper::{ElementRef, Html, Selector};
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

pub mod large;
pub mod office;

/// Longest line read from a text or JSONL input, in bytes. News paragraphs
/// are a few kilobytes and a JSONL record is one article; a longer line is a
/// dump or a binary, and reading it whole could exhaust memory.
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// Largest HTML page read, in bytes (minified pages have no line breaks, so
/// they are bounded by size instead).
pub const MAX_HTML_BYTES: usize = 32 << 20;

/// A unit of input text with what is known about it beforehand.
#[derive(Clone, Debug, Default)]
pub struct Document {
    /// Where it came from: a path, `path#Lnn` for a JSONL line, or `-`.
    pub source: String,
    /// The decoded text. Provenance offsets count chars of the source's
    /// text: this text starts `offset` chars into it.
    pub text: String,
    /// Metadata given outside the text (JSONL fields, HTML markup).
    pub hints: Meta,
    /// Chars of the source's text before this one: 0 unless the document
    /// is a part of a long text ([`Document::into_parts`]).
    pub offset: u32,
    /// How the text splits into articles: decided from the text, unless it
    /// is such a part.
    pub layout: Layout,
}

impl Document {
    /// The document cut into parts of about `part_bytes` where one article
    /// ends ([`page_cuts`]), so that a long newspaper page is segmented
    /// and extracted part by part, in bounded memory, into the very
    /// articles the whole page gives (offsets still count chars of the
    /// whole text). A short text, or one that is not a page, stays whole.
    pub fn into_parts(self, part_bytes: usize) -> Vec<Document> {
        let Some((layout, cuts)) = page_cuts(&self.text, part_bytes) else {
            return vec![self];
        };
        let mut parts = Vec::with_capacity(cuts.len() + 1);
        let (mut from, mut offset) = (0, self.offset);
        for end in cuts.into_iter().chain(std::iter::once(self.text.len() + 1)) {
            // Each cut starts a line: the part before ends without its `\n`.
            let text = &self.text[from..end - 1];
            parts.push(Document {
                source: self.source.clone(),
                text: text.to_string(),
                hints: self.hints.clone(),
                offset,
                layout,
            });
            offset = offset.saturating_add(text.chars().count() as u32 + 1);
            from = end;
        }
        parts
    }
}

/// The kinds of file we read, by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Text,
    Html,
    Jsonl,
    /// A PDF's text layer (see [`office`]).
    Pdf,
    /// A Word `.docx` file's paragraphs (see [`office`]).
    Docx,
}

impl FileKind {
    /// The kind of a path, from its extension; `None` for files we skip.
    pub fn of(path: &Path) -> Option<FileKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "md" => Some(FileKind::Text),
            "html" | "htm" => Some(FileKind::Html),
            "jsonl" => Some(FileKind::Jsonl),
            "pdf" => Some(FileKind::Pdf),
            "docx" => Some(FileKind::Docx),
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

/// How input bytes become text.
#[derive(Clone, Copy, Debug, Default)]
pub struct ReadOptions {
    /// Decode every input without a byte-order mark with this encoding
    /// instead of detecting it (a BOM is never wrong, so it still wins).
    pub encoding: Option<&'static Encoding>,
    /// Replace invalid byte sequences with U+FFFD and warn, instead of
    /// refusing the input.
    pub lossy: bool,
    /// Standard input holds JSONL records rather than one text (a
    /// distributed job pipes records into `chainkg extract -`).
    pub stdin_jsonl: bool,
}

/// The encoding named by a label (`utf-8`, `gbk`, `gb18030`, `utf-16le`,
/// `big5`, any WHATWG label), for `--encoding`.
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding> {
    Encoding::for_label_no_replacement(label.trim().as_bytes()).ok_or_else(|| {
        Error::Usage(format!(
            "unknown encoding {label:?} (try utf-8, gbk, gb18030, utf-16le, utf-16be, big5)"
        ))
    })
}

/// Something the user should know about an input: a repair made while
/// reading it (lossy decoding), or why it was left out (keep-going).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Notice {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl Notice {
    /// The notice for an error that made an input unusable.
    pub fn of_error(e: &Error) -> Notice {
        match e {
            Error::BadInput {
                path,
                line,
                message,
            } => Notice {
                path: path.clone(),
                line: *line,
                message: message.clone(),
            },
            // A notice names its file; what failed is the reading.
            Error::Io { path, source, .. } => Notice {
                path: path.clone(),
                line: None,
                message: source.to_string(),
            },
            other => Notice {
                path: PathBuf::new(),
                line: None,
                message: other.to_string(),
            },
        }
    }
}

impl std::fmt::Display for Notice {
    /// `path:line: message`, like the errors of bad input.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// One input read: its documents, the repairs made, and (JSONL) the records
/// left out.
#[derive(Debug, Default)]
pub struct ReadInput {
    pub documents: Vec<Document>,
    pub warnings: Vec<Notice>,
    /// Bad records of an otherwise readable input (JSONL lines).
    pub rejected: Vec<Error>,
}

/// Reads the inputs of one build with the user's choices, and remembers
/// what to tell them. Shared by the threads of a build; reading the same
/// input twice (a two-pass build) reports it once.
pub struct Reader {
    opts: ReadOptions,
    keep_going: bool,
    notes: Mutex<Notes>,
}

#[derive(Default)]
struct Notes {
    warnings: HashSet<Notice>,
    rejected: HashSet<Notice>,
}

impl Reader {
    /// A reader; with `keep_going`, bad inputs are left out and reported
    /// instead of failing the build.
    pub fn new(opts: ReadOptions, keep_going: bool) -> Self {
        Reader {
            opts,
            keep_going,
            notes: Mutex::new(Notes::default()),
        }
    }

    fn notes(&self) -> std::sync::MutexGuard<'_, Notes> {
        // Notes are plain sets: a panic elsewhere cannot leave them broken.
        self.notes.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Expands the user's paths (see [`expand_all`]). Without keep-going the
    /// first path that cannot be used is the error; with it, such paths are
    /// reported and left out.
    pub fn expand(&self, inputs: &[PathBuf], skipped: &mut Vec<PathBuf>) -> Result<Vec<Input>> {
        let expanded = expand_all(inputs);
        skipped.extend(expanded.skipped);
        self.leave_out(expanded.failed)?;
        Ok(expanded.inputs)
    }

    /// Bad inputs or records: without keep-going the first is the error;
    /// with it, all are reported and left out.
    fn leave_out(&self, bad: Vec<Error>) -> Result<()> {
        let mut bad = bad.into_iter();
        if !self.keep_going {
            if let Some(e) = bad.next() {
                return Err(e);
            }
        }
        self.notes()
            .rejected
            .extend(bad.map(|e| Notice::of_error(&e)));
        Ok(())
    }

    /// Reads one input. Without keep-going a bad input or record is the
    /// error; with it, the input (or the record) is left out and reported,
    /// and what could be read is returned.
    pub fn read(&self, input: &Input) -> Result<Vec<Document>> {
        match read_with(input, &self.opts) {
            Ok(read) => {
                self.leave_out(read.rejected)?;
                self.notes().warnings.extend(read.warnings);
                Ok(read.documents)
            }
            Err(e) if self.keep_going => {
                self.notes().rejected.insert(Notice::of_error(&e));
                Ok(Vec::new())
            }
            Err(e) => Err(e),
        }
    }

    /// A text or JSONL file too large to hold, scanned to be read a part
    /// (of about `part_bytes`) or a record at a time ([`large`]); `None` for
    /// any other input, and for one that is to be read whole. Bad JSONL
    /// records are handled as [`Reader::read`] does.
    pub fn scan(&self, input: &Input, part_bytes: usize) -> Result<Option<large::Scanned>> {
        let Input::File(path, kind) = input else {
            return Ok(None);
        };
        match kind {
            FileKind::Text => Ok(large::scan(path, &self.opts, part_bytes)),
            FileKind::Jsonl => {
                let Some((scanned, bad)) = large::scan_jsonl(path, &self.opts) else {
                    return Ok(None);
                };
                self.leave_out(bad)?;
                Ok(Some(scanned))
            }
            _ => Ok(None),
        }
    }

    /// What was repaired and what was left out, each sorted by path and line.
    pub fn finish(self) -> (Vec<Notice>, Vec<Notice>) {
        let notes = self
            .notes
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner);
        let mut warnings: Vec<Notice> = notes.warnings.into_iter().collect();
        let mut rejected: Vec<Notice> = notes.rejected.into_iter().collect();
        warnings.sort();
        rejected.sort();
        (warnings, rejected)
    }
}

/// What the user's paths expand to.
#[derive(Debug, Default)]
pub struct Expanded {
    pub inputs: Vec<Input>,
    /// Files in folders skipped for their type (a notice, not an error).
    pub skipped: Vec<PathBuf>,
    /// Paths that cannot be used: missing, unreadable, symlink loops.
    pub failed: Vec<Error>,
}

/// Expands the user's inputs into files, failing on the first path that
/// cannot be used. Files inside folders with an unknown extension are
/// skipped and reported in `skipped`; a file named explicitly with an
/// unknown extension is read as text (the user asked for it).
pub fn expand(inputs: &[PathBuf], skipped: &mut Vec<PathBuf>) -> Result<Vec<Input>> {
    Reader::new(ReadOptions::default(), false).expand(inputs, skipped)
}

/// Expands the user's inputs into files, collecting every path that cannot
/// be used instead of stopping at the first.
pub fn expand_all(inputs: &[PathBuf]) -> Expanded {
    let mut out = Expanded::default();
    let mut seen_dirs = HashSet::new();
    for path in inputs {
        if path.as_os_str() == "-" {
            out.inputs.push(Input::Stdin);
            continue;
        }
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &mut Vec::new(), &mut seen_dirs, &mut out),
            Ok(_) => out.inputs.push(Input::File(
                path.clone(),
                FileKind::of(path).unwrap_or(FileKind::Text),
            )),
            Err(e) => out.failed.push(path_error(path, e)),
        }
    }
    out
}

/// The error for a path whose metadata cannot be read; a symlink loop says
/// so instead of the system's wording.
fn path_error(path: &Path, e: std::io::Error) -> Error {
    // ELOOP: io::ErrorKind::FilesystemLoop is not stable yet.
    if cfg!(target_os = "linux") && e.raw_os_error() == Some(40) {
        return Error::bad_input(path, None, "symlink loop: the link leads back to itself");
    }
    if e.kind() == std::io::ErrorKind::NotFound && path.is_symlink() {
        return Error::bad_input(path, None, "broken symlink: its target does not exist");
    }
    Error::io("reading", path, e)
}

/// Walks a folder. `ancestors` are the canonical folders being walked, so a
/// link back into one of them is a loop (an error); a folder reached again
/// by another way is read once, silently.
fn walk(dir: &Path, ancestors: &mut Vec<PathBuf>, seen: &mut HashSet<PathBuf>, out: &mut Expanded) {
    let canonical = match dir.canonicalize() {
        Ok(c) => c,
        Err(e) => return out.failed.push(path_error(dir, e)),
    };
    if let Some(a) = ancestors.iter().find(|a| **a == canonical) {
        let message = format!("symlink loop: leads back to {}", a.display());
        return out.failed.push(Error::bad_input(dir, None, message));
    }
    if !seen.insert(canonical.clone()) {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => return out.failed.push(Error::io("listing", dir, e)),
    };
    let mut paths = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) => paths.push(e.path()),
            Err(e) => out.failed.push(Error::io("listing", dir, e)),
        }
    }
    paths.sort();
    ancestors.push(canonical);
    for path in paths {
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, ancestors, seen, out),
            // FIFOs and devices would block or never end: only regular files.
            Ok(meta) if !meta.is_file() => out.skipped.push(path),
            Ok(_) => match FileKind::of(&path) {
                Some(kind) => out.inputs.push(Input::File(path, kind)),
                None => out.skipped.push(path),
            },
            Err(e) => out.failed.push(path_error(&path, e)),
        }
    }
    ancestors.pop();
}

/// The error for inputs that hold nothing to read: folders without a file
/// of a type we read (`skipped` other files were passed over).
pub fn nothing_to_read(inputs: &[PathBuf], skipped: usize) -> Error {
    let named: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
    let others = match skipped {
        0 => String::new(),
        n => format!("; {n} file(s) of other types skipped"),
    };
    Error::bad_input(
        named.join(", "),
        None,
        format!("nothing to build: no {READ_TYPES} file here{others}"),
    )
}

/// The file types a folder is searched for, as messages name them.
pub const READ_TYPES: &str = ".txt, .md, .html, .htm, .jsonl, .pdf or .docx";

/// Reads one input into documents with the default options (UTF-8 or
/// detected encodings, strict), failing on the first bad record.
pub fn read(input: &Input) -> Result<Vec<Document>> {
    Reader::new(ReadOptions::default(), false).read(input)
}

/// Reads one input: bounded read, decoding, then documents.
pub fn read_with(input: &Input, opts: &ReadOptions) -> Result<ReadInput> {
    let (path, source, kind, bytes) = match input {
        Input::Stdin => {
            let path = Path::new("-");
            let kind = match opts.stdin_jsonl {
                true => FileKind::Jsonl,
                false => FileKind::Text,
            };
            let bytes = read_bounded(std::io::stdin().lock(), path, kind)?;
            (path, "-".to_string(), kind, bytes)
        }
        Input::File(path, kind @ (FileKind::Pdf | FileKind::Docx)) => {
            // Text out of a page layout: read on as a text file.
            let text = match kind {
                FileKind::Pdf => office::pdf_text(path)?,
                _ => office::docx_text(path)?,
            };
            let source = path.display().to_string();
            let (documents, rejected) = documents_checked(path, &source, FileKind::Text, text)?;
            return Ok(ReadInput {
                documents,
                warnings: Vec::new(),
                rejected,
            });
        }
        Input::File(path, kind) => {
            let file = std::fs::File::open(path).map_err(|e| Error::io("opening", path, e))?;
            let bytes = read_bounded(file, path, *kind)?;
            (path.as_path(), path.display().to_string(), *kind, bytes)
        }
    };
    let (text, warning) = decode(path, &bytes, kind, opts)?;
    let (documents, rejected) = documents_checked(path, &source, kind, text)?;
    Ok(ReadInput {
        documents,
        warnings: warning.into_iter().collect(),
        rejected,
    })
}

/// Reads all bytes of an input, refusing it as soon as a line grows past
/// [`MAX_LINE_BYTES`] (text, JSONL) or the page past [`MAX_HTML_BYTES`].
pub fn read_bounded(mut reader: impl Read, path: &Path, kind: FileKind) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let mut chunk = vec![0u8; 64 << 10];
    // Bytes since the last line break.
    let mut run = 0usize;
    let is_break = |b: &u8| *b == b'\n' || *b == b'\r';
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Error::io("reading", path, e)),
        };
        let part = &chunk[..n];
        if kind == FileKind::Html {
            if bytes.len() + n > MAX_HTML_BYTES {
                let message = format!(
                    "HTML page larger than {} MiB: not an article page",
                    MAX_HTML_BYTES >> 20
                );
                return Err(Error::bad_input(path, None, message));
            }
        } else {
            // Lines inside a chunk are shorter than the chunk, hence than the
            // limit: only the runs across chunk boundaries need counting.
            let first = part.iter().position(is_break).unwrap_or(n);
            if run + first > MAX_LINE_BYTES {
                let line = 1 + bytes.iter().filter(|b| **b == b'\n').count();
                let message = format!(
                    "line longer than {} MiB without a line break: not article text",
                    MAX_LINE_BYTES >> 20
                );
                return Err(Error::bad_input(path, Some(line), message));
            }
            run = match part.iter().rposition(is_break) {
                Some(last) => n - last - 1,
                None => run + n,
            };
        }
        bytes.extend_from_slice(part);
    }
    Ok(bytes)
}

/// Decodes the bytes of an input (see the module documentation for the
/// order of choices). Returns the text and, for a lossy decoding, the
/// warning to give.
pub fn decode(
    path: &Path,
    bytes: &[u8],
    kind: FileKind,
    opts: &ReadOptions,
) -> Result<(String, Option<Notice>)> {
    let (forced, bom) = match Encoding::for_bom(bytes) {
        Some((enc, len)) => (Some(enc), len),
        None => (opts.encoding, 0),
    };
    let body = &bytes[bom..];
    let utf16 = forced.is_some_and(|e| e == UTF_16LE || e == UTF_16BE);
    if !utf16 {
        if let Some(i) = body.iter().position(|b| *b == 0) {
            let message = format!("binary file (NUL byte at byte offset {})", bom + i);
            return Err(Error::bad_input(path, None, message));
        }
    }
    let candidates: Vec<&'static Encoding> = match forced {
        Some(enc) => vec![enc],
        None => {
            let mut v = vec![UTF_8];
            if kind == FileKind::Html {
                v.extend(meta_charset(body).filter(|e| *e != UTF_8 && !v.contains(e)));
            }
            if !v.contains(&GB18030) {
                v.push(GB18030);
            }
            v
        }
    };
    // The first candidate's error is the one to report: UTF-8 unless forced.
    let mut first_error: Option<usize> = None;
    for (i, enc) in candidates.iter().enumerate() {
        match decode_strict(enc, body) {
            // A guessed GB18030 must read as Chinese: many byte soups are
            // valid GB18030 by accident.
            Ok(text)
                if forced.is_some() || i == 0 || *enc != GB18030 || reads_as_chinese(&text) =>
            {
                check_text(path, &text)?;
                return Ok((text, None));
            }
            Ok(_) => {}
            Err(at) => {
                first_error.get_or_insert(bom + at);
            }
        }
    }
    let at = first_error.unwrap_or(bom);
    // Line numbers count LF bytes: meaningful for ASCII-compatible encodings.
    let line = (!utf16).then(|| {
        1 + bytes[..at.min(bytes.len())]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
    });
    let what = match forced {
        Some(e) => format!("invalid {}", e.name()),
        None => "not UTF-8 nor GB18030 text: invalid UTF-8".to_string(),
    };
    if !opts.lossy {
        let message = format!(
            "{what} at byte offset {at} (give --encoding, or --lossy to replace bad bytes)"
        );
        return Err(Error::bad_input(path, line, message));
    }
    // Lossy: the candidate that needs the fewest replacements.
    let (text, used) = candidates
        .iter()
        .map(|enc| (enc.decode_without_bom_handling(body).0, *enc))
        .min_by_key(|(t, _)| t.chars().filter(|c| *c == '\u{FFFD}').count())
        .map(|(t, e)| (t.into_owned(), e))
        .unwrap_or_else(|| (String::from_utf8_lossy(body).into_owned(), UTF_8));
    let replaced = text.chars().filter(|c| *c == '\u{FFFD}').count();
    let chars = text.chars().count().max(1);
    if replaced * 4 > chars {
        let message = format!(
            "not text: {replaced} of {chars} characters are invalid {} even with --lossy",
            used.name()
        );
        return Err(Error::bad_input(path, None, message));
    }
    check_text(path, &text)?;
    let warning = Notice {
        path: path.to_path_buf(),
        line,
        message: format!(
            "replaced {replaced} invalid byte sequence(s) with U+FFFD (read as {}; first at byte offset {at})",
            used.name()
        ),
    };
    Ok((text, Some(warning)))
}

/// Decodes without replacement; on a bad byte, its offset in `bytes`.
fn decode_strict(enc: &'static Encoding, bytes: &[u8]) -> std::result::Result<String, usize> {
    if enc == UTF_8 {
        return std::str::from_utf8(bytes)
            .map(str::to_owned)
            .map_err(|e| e.valid_up_to());
    }
    let mut decoder = enc.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len().saturating_mul(3));
    let mut out = String::with_capacity(capacity);
    let mut pos = 0;
    loop {
        let (result, read) =
            decoder.decode_to_string_without_replacement(&bytes[pos..], &mut out, true);
        pos += read;
        match result {
            DecoderResult::InputEmpty => return Ok(out),
            DecoderResult::OutputFull => out.reserve(bytes.len() - pos + 16),
            // The bad sequence ends `extra` bytes before where decoding stopped.
            DecoderResult::Malformed(bad, extra) => {
                return Err(pos.saturating_sub(bad as usize + extra as usize))
            }
        }
    }
}

/// True when the non-ASCII characters of a text are mostly Chinese script
/// and punctuation (how a GB18030 guess is confirmed).
fn reads_as_chinese(text: &str) -> bool {
    let (mut other, mut chinese) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        match c as u32 {
            0x2000..=0x206F // general punctuation: “” — …
            | 0x00B7 | 0x00D7 // · ×
            | 0x2E80..=0x9FFF // radicals, CJK punctuation, kana, ideographs
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFFEF // full-width forms
            | 0x20000..=0x3FFFF => chinese += 1,
            _ => other += 1,
        }
    }
    chinese >= other * 4
}

/// Refuses decoded text that is mostly control characters (a binary that
/// happens to decode) or that holds NULs (a UTF-16 binary).
fn check_text(path: &Path, text: &str) -> Result<()> {
    let mut c = Controls::default();
    c.count(text);
    if text.contains('\0') || c.is_binary() {
        let message = format!(
            "binary file ({} control characters in {})",
            c.control, c.chars
        );
        return Err(Error::bad_input(path, None, message));
    }
    Ok(())
}

/// Characters and control characters of a text, counted piece by piece
/// (the whole read counts a text, [`large`] its lines).
#[derive(Default)]
struct Controls {
    chars: usize,
    control: usize,
}

impl Controls {
    fn count(&mut self, text: &str) {
        for c in text.chars() {
            self.chars += 1;
            if c == '\0' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0C}')) {
                self.control += 1;
            }
        }
    }

    /// Mostly control characters: a binary that happens to decode.
    fn is_binary(&self) -> bool {
        self.control >= 8 && self.control * 10 > self.chars
    }
}

/// The encoding an HTML page declares in its first kilobyte
/// (`<meta charset="gbk">` or `content="text/html; charset=gb2312"`).
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let label: Vec<u8> = lower[at..]
        .iter()
        .skip_while(|b| matches!(b, b'"' | b'\'' | b' '))
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
        .copied()
        .collect();
    Encoding::for_label_no_replacement(&label)
}

/// Documents of a decoded input text, failing on the first bad record.
pub fn documents_of(
    path: &Path,
    source: &str,
    kind: FileKind,
    text: String,
) -> Result<Vec<Document>> {
    let (docs, rejected) = documents_checked(path, source, kind, text)?;
    match rejected.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(docs),
    }
}

/// Documents of a decoded input text, and the bad records (JSONL lines)
/// left out. An input with no usable document at all is an error.
fn documents_checked(
    path: &Path,
    source: &str,
    kind: FileKind,
    text: String,
) -> Result<(Vec<Document>, Vec<Error>)> {
    if text.trim().is_empty() {
        return Err(Error::bad_input(path, None, "empty input: no text to read"));
    }
    match kind {
        FileKind::Text | FileKind::Pdf | FileKind::Docx => Ok((
            vec![Document {
                source: source.to_string(),
                text,
                ..Document::default()
            }],
            Vec::new(),
        )),
        FileKind::Html => {
            // html5ever repairs broken markup as browsers do; what matters
            // is whether any text is left to read.
            let doc = html_document(source, &text);
            if doc.text.trim().is_empty() {
                return Err(Error::bad_input(
                    path,
                    None,
                    "HTML page has no readable text",
                ));
            }
            Ok((vec![doc], Vec::new()))
        }
        FileKind::Jsonl => jsonl_documents(path, source, &text),
    }
}

/// One document per JSONL line; bad lines are returned apart, each naming
/// its line.
fn jsonl_documents(path: &Path, source: &str, text: &str) -> Result<(Vec<Document>, Vec<Error>)> {
    let mut docs = Vec::new();
    let mut bad = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        match jsonl_record(line) {
            Ok((body, hints, given)) => docs.push(Document {
                source: given.unwrap_or_else(|| format!("{source}#L{n}")),
                text: body,
                hints,
                ..Document::default()
            }),
            Err(message) => bad.push(Error::bad_input(path, Some(n), message)),
        }
    }
    if docs.is_empty() && bad.is_empty() {
        return Err(Error::bad_input(
            path,
            None,
            "empty input: no JSONL records",
        ));
    }
    Ok((docs, bad))
}

/// The text, metadata and given source (`chainkg_source`) of one JSONL
/// record, or why it is unusable. A distributed job that splits a JSONL file
/// sets `chainkg_source` to the `FILE#Ln` a single-machine build records,
/// so both builds give the same `dcterms:source`.
fn jsonl_record(line: &str) -> std::result::Result<(String, Meta, Option<String>), String> {
    let value: serde_json::Value = serde_json::from_str(line).map_err(|e| {
        // serde_json counts lines inside the record: only the column helps.
        let full = e.to_string();
        let what = full
            .rsplit_once(" at line ")
            .map_or(full.as_str(), |(m, _)| m);
        format!("malformed JSON at column {}: {what}", e.column())
    })?;
    let Some(obj) = value.as_object() else {
        return Err("not a JSON object".to_string());
    };
    let body = match obj.get("text") {
        None | Some(serde_json::Value::Null) => {
            return Err("record has no \"text\" field".to_string())
        }
        Some(serde_json::Value::String(s)) if s.trim().is_empty() => {
            return Err("record's \"text\" field is empty".to_string())
        }
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(_) => return Err("record's \"text\" field is not a string".to_string()),
    };
    let field = |k: &str| {
        obj.get(k)
            .and_then(serde_json::Value::as_str)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
    };
    let hints = Meta {
        title: field("title"),
        creator: field("author"),
        publisher: field("source"),
        date: field("date").and_then(|d| normalize_date(&d)),
        url: field("url"),
        summary: None,
        contributors: Vec::new(),
        dateline_place: None,
    };
    Ok((body, hints, field("chainkg_source")))
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
        contributors: Vec::new(),
        dateline_place: None,
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
    let cell_sel = sel("td, th");
    if let (Some(root), Some(blocks)) = (container, sel("p, h2, h3, h4, li, pre, tr")) {
        for e in root.select(&blocks) {
            let hidden = e
                .ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| skip.contains(&a.value().name()) || a.value().name() == "tr");
            // A table row is one line of cells split by `|`, as the
            // extractor reads tables (its paragraphs are the cells').
            let t = if e.value().name() == "tr" {
                let cells: Vec<String> = cell_sel
                    .as_ref()
                    .map(|c| e.select(c).map(text_of).collect())
                    .unwrap_or_default();
                if cells.iter().all(String::is_empty) {
                    String::new()
                } else {
                    format!("{} |", cells.join(" | "))
                }
            } else {
                text_of(e)
            };
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
        ..Document::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jsonl(text: &str) -> (Vec<Document>, Vec<Error>) {
        jsonl_documents(Path::new("x.jsonl"), "x.jsonl", text).unwrap()
    }

    #[test]
    fn jsonl_errors_name_the_line() {
        let (docs, bad) = jsonl("{\"text\":\"a\"}\n{oops}\n");
        assert_eq!(docs.len(), 1);
        let err = bad[0].to_string();
        assert!(
            err.starts_with("x.jsonl:2: malformed JSON at column 2"),
            "{err}"
        );
        let (_, bad) = jsonl("{\"title\":\"a\"}\n");
        assert!(bad[0]
            .to_string()
            .contains("x.jsonl:1: record has no \"text\" field"));
        let (_, bad) = jsonl("[1]\n\n{\"text\": 3}\n{\"text\": \" \"}\n");
        let msgs: Vec<String> = bad.iter().map(ToString::to_string).collect();
        assert_eq!(
            msgs,
            [
                "x.jsonl:1: not a JSON object",
                "x.jsonl:3: record's \"text\" field is not a string",
                "x.jsonl:4: record's \"text\" field is empty"
            ]
        );
        assert!(documents_of(Path::new("x.jsonl"), "x", FileKind::Jsonl, "{}\n".into()).is_err());
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

    /// A table's rows read as lines of cells split by `|`, each cell's
    /// paragraphs once.
    #[test]
    fn html_tables_read_as_rows_of_cells() {
        let d = html_document(
            "a.html",
            "<html><body><div class=\"content\"><p>名单如下。</p><table>\
             <tr><th>序号</th><th>企业名称</th></tr>\
             <tr><td>1</td><td><p>岭南新材料有限公司</p></td></tr>\
             <tr><td></td><td></td></tr></table></div></body></html>",
        );
        assert_eq!(
            d.text,
            "名单如下。\n序号 | 企业名称 |\n1 | 岭南新材料有限公司 |"
        );
    }

    #[test]
    fn html_without_text_is_refused_and_broken_html_is_read() {
        let p = Path::new("a.html");
        let err = documents_of(
            p,
            "a.html",
            FileKind::Html,
            "<html><script>x()</script>".into(),
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "a.html: HTML page has no readable text");
        let docs = documents_of(
            p,
            "a.html",
            FileKind::Html,
            "<p>第一段。<p>第二段<b>未闭合".into(),
        )
        .unwrap();
        assert_eq!(docs[0].text, "第一段。\n第二段未闭合");
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

    /// An endless stream without line breaks, counting what was read.
    struct Endless(usize);

    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            buf.fill(b'a');
            self.0 += buf.len();
            Ok(buf.len())
        }
    }

    #[test]
    fn a_line_without_end_stops_the_read_after_a_megabyte() {
        let mut src = Endless(0);
        let err = read_bounded(&mut src, Path::new("big.txt"), FileKind::Text).unwrap_err();
        assert_eq!(
            err.to_string(),
            "big.txt:1: line longer than 1 MiB without a line break: not article text"
        );
        assert!(src.0 <= MAX_LINE_BYTES + (64 << 10), "read {} bytes", src.0);
        let err = read_bounded(&mut Endless(0), Path::new("p.html"), FileKind::Html).unwrap_err();
        assert!(err.to_string().contains("larger than 32 MiB"), "{err}");
        // Long but broken lines are fine.
        let text = "段落。\n".repeat(200_000);
        let read = read_bounded(text.as_bytes(), Path::new("ok.txt"), FileKind::Text).unwrap();
        assert_eq!(read.len(), text.len());
    }

    fn dec(bytes: &[u8], opts: ReadOptions) -> Result<(String, Option<Notice>)> {
        decode(Path::new("f.txt"), bytes, FileKind::Text, &opts)
    }

    #[test]
    fn encodings_are_detected() {
        let text = "晋城经济技术开发区“十四五”规划：总投资2.74亿元。\n第二行";
        let strict = ReadOptions::default();
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend(text.as_bytes());
        assert_eq!(dec(&bom, strict).unwrap().0, text);
        let (gbk, _, _) = encoding_rs::GBK.encode(text);
        assert_eq!(dec(&gbk, strict).unwrap(), (text.to_string(), None));
        for (enc, mark) in [(UTF_16LE, [0xFF, 0xFE]), (UTF_16BE, [0xFE, 0xFF])] {
            let mut bytes = mark.to_vec();
            for u in text.encode_utf16() {
                let b = if enc == UTF_16LE {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                };
                bytes.extend(b);
            }
            assert_eq!(dec(&bytes, strict).unwrap().0, text, "{}", enc.name());
        }
        // Forced: GBK bytes read as GBK, UTF-8 bytes refused as GBK.
        let gbk_opts = ReadOptions {
            encoding: Some(encoding_rs::GBK),
            ..ReadOptions::default()
        };
        assert_eq!(dec(&gbk, gbk_opts).unwrap().0, text);
        let html = b"<html><head><meta charset=\"big5\"></head><body><p>\xa4\xa4\xa4\xe5</p></body></html>";
        let (t, _) = decode(Path::new("b.html"), html, FileKind::Html, &strict).unwrap();
        assert!(t.contains("中文"), "{t}");
    }

    #[test]
    fn bad_bytes_are_refused_with_their_offset_or_replaced() {
        let mut bytes = "第一行\n第二行".as_bytes().to_vec();
        bytes.insert(10, 0xFF);
        let err = dec(&bytes, ReadOptions::default()).unwrap_err().to_string();
        assert!(
            err.starts_with("f.txt:2: not UTF-8 nor GB18030 text: invalid UTF-8 at byte offset 10"),
            "{err}"
        );
        let lossy = ReadOptions {
            lossy: true,
            ..ReadOptions::default()
        };
        let (text, warning) = dec(&bytes, lossy).unwrap();
        assert_eq!(text, "第一行\n\u{FFFD}第二行");
        let w = warning.unwrap().to_string();
        assert!(
            w.contains("f.txt:2: replaced 1 invalid") && w.contains("offset 10"),
            "{w}"
        );
        let err = dec(b"PK\x03\x04\x00\x00", lossy).unwrap_err().to_string();
        assert_eq!(err, "f.txt: binary file (NUL byte at byte offset 4)");
        let noise: Vec<u8> = (0u32..4000).map(|i| (i * 7919 % 251 + 1) as u8).collect();
        assert!(dec(&noise, ReadOptions::default()).is_err());
        assert!(dec(&noise, lossy).is_err());
    }
}
