//! A text or JSONL file too large to hold: read a line, a part or a record
//! at a time, never whole.
//!
//! Users feed whole-year exports of a newspaper as one text or JSONL file.
//! Read whole, such a file costs its size twice (bytes, then text) and
//! again in parts; here the check ([`scan`], [`scan_jsonl`]) reads it line by
//! line and finds where its parts start ([`PageCutter`]), and every pass
//! after it ([`Scanned::parts`]) reads one part (or record) after the other
//! from the file. The parts are exactly the documents
//! [`Document::into_parts`] gives of the whole text, so the graph is the
//! same. Anything unusual (another encoding, a byte-order mark other than
//! UTF-8's, a binary, a text that is not a newspaper page) makes [`scan`]
//! give up: the file is then read whole, and that read gives any error.

use super::{jsonl_record, Controls, Document, ReadOptions, MAX_LINE_BYTES};
use crate::error::{Error, Result};
use crate::text::segment::{Layout, PageCutter};
use encoding_rs::{Encoding, UTF_8};
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A large text file, scanned: where its parts start, to read them later.
#[derive(Clone, Debug)]
pub struct Scanned {
    path: PathBuf,
    /// Bytes of the UTF-8 byte-order mark before the text (0 or 3).
    bom: u64,
    shape: Shape,
}

#[derive(Clone, Debug)]
enum Shape {
    /// A newspaper page, in parts.
    Page {
        layout: Layout,
        /// Byte offsets of the text where parts start (after the first).
        cuts: Vec<usize>,
        /// The text's length in bytes.
        len: usize,
    },
    /// JSONL: a document per good record.
    Jsonl,
}

/// A scanned JSONL file, and its bad records (each an error naming its line).
pub type ScannedJsonl = (Scanned, Vec<Error>);

/// Scans a UTF-8 text file a line at a time (see the module docs); `None`
/// when it is to be read whole.
pub fn scan(path: &Path, opts: &ReadOptions, part_bytes: usize) -> Option<Scanned> {
    let mut cutter = PageCutter::new(part_bytes);
    let mut len = 0;
    let bom = lines(path, opts, |line, ended| {
        cutter.line(line);
        len += line.len() + usize::from(ended);
    })?;
    let (layout, cuts) = cutter.finish()?;
    Some(Scanned {
        path: path.to_path_buf(),
        bom,
        shape: Shape::Page { layout, cuts, len },
    })
}

/// Scans a UTF-8 JSONL file a record at a time: `None` when it is to be
/// read whole (as [`scan`]), else its bad records.
pub fn scan_jsonl(path: &Path, opts: &ReadOptions) -> Option<ScannedJsonl> {
    let (mut n, mut good, mut bad) = (0, 0, Vec::new());
    let bom = lines(path, opts, |line, ended| {
        n += 1;
        if let Some(l) = record_line(line, ended) {
            match jsonl_record(l) {
                Ok(_) => good += 1,
                Err(message) => bad.push(Error::bad_input(path, Some(n), message)),
            }
        }
    })?;
    if good == 0 && bad.is_empty() {
        return None;
    }
    let scanned = Scanned {
        path: path.to_path_buf(),
        bom,
        shape: Shape::Jsonl,
    };
    Some((scanned, bad))
}

/// The record on a line of `text.lines()`, unless the line is blank.
fn record_line(line: &str, ended: bool) -> Option<&str> {
    let line = match ended {
        true => line.strip_suffix('\r').unwrap_or(line),
        false => line,
    };
    (!line.trim().is_empty()).then_some(line)
}

/// Calls `each(line, ended)` for the lines of a UTF-8 file's text, those of
/// `text.split('\n')` (`ended`: a `\n` follows; after a last `\n` comes
/// an empty line), checking them as the whole read would; the length of
/// its byte-order mark, or `None` when it is to be read whole.
fn lines(path: &Path, opts: &ReadOptions, mut each: impl FnMut(&str, bool)) -> Option<u64> {
    if opts.encoding.is_some_and(|e| e != UTF_8) {
        return None;
    }
    let mut r = BufReader::with_capacity(256 << 10, File::open(path).ok()?);
    let bom = match Encoding::for_bom(r.fill_buf().ok()?) {
        Some((e, n)) if e == UTF_8 => n,
        Some(_) => return None,
        None => 0,
    };
    r.consume(bom);
    let mut check = TextCheck::default();
    let mut buf = Vec::new();
    loop {
        let ended = read_line(&mut r, &mut buf).ok()?;
        let bytes = &buf[..buf.len() - usize::from(ended)];
        if bytes.len() > MAX_LINE_BYTES {
            return None;
        }
        let line = std::str::from_utf8(bytes).ok()?;
        check.line(line, ended)?;
        each(line, ended);
        if !ended {
            break;
        }
    }
    check.passes().then_some(bom as u64)
}

/// Reads the next line into `buf` (with its `\n`, if it has one), but no
/// more than a byte past [`MAX_LINE_BYTES`]: a runaway line costs a
/// megabyte, not its size. True when the line ended with a `\n`.
fn read_line(r: &mut impl BufRead, buf: &mut Vec<u8>) -> std::io::Result<bool> {
    buf.clear();
    r.take(MAX_LINE_BYTES as u64 + 2).read_until(b'\n', buf)?;
    Ok(buf.last() == Some(&b'\n'))
}

impl Scanned {
    /// The documents, read one at a time: a page's parts, or a JSONL file's
    /// good records.
    pub fn parts(self: Arc<Self>) -> Box<dyn Iterator<Item = Result<Document>>> {
        match self.shape {
            Shape::Page { .. } => Box::new(Parts {
                scanned: self,
                file: None,
                next: 0,
                from: 0,
                offset: 0,
            }),
            Shape::Jsonl => Box::new(Records {
                scanned: self,
                file: None,
                n: 0,
                done: false,
            }),
        }
    }

    /// The file, opened at its text.
    fn open(&self) -> Result<BufReader<File>> {
        let path = self.path.as_path();
        let mut f = File::open(path).map_err(|e| Error::io("opening", path, e))?;
        f.seek(SeekFrom::Start(self.bom))
            .map_err(|e| Error::io("reading", path, e))?;
        Ok(BufReader::with_capacity(256 << 10, f))
    }

    fn changed(&self) -> Error {
        Error::bad_input(&self.path, None, "the file changed while it was being read")
    }
}

/// What the whole read checks of a decoded text (`check_text`, and that it
/// is not blank), counted a line at a time.
#[derive(Default)]
struct TextCheck {
    controls: Controls,
    text: bool,
}

impl TextCheck {
    /// Counts a line; `None` at a NUL (a binary).
    fn line(&mut self, line: &str, ended: bool) -> Option<()> {
        if line.contains('\0') {
            return None;
        }
        self.controls.count(line);
        if ended {
            self.controls.count("\n");
        }
        self.text |= !line.trim().is_empty();
        Some(())
    }

    fn passes(&self) -> bool {
        self.text && !self.controls.is_binary()
    }
}

/// The parts of a scanned page, read in order.
struct Parts {
    scanned: Arc<Scanned>,
    file: Option<BufReader<File>>,
    /// The part to read next, where it starts in the text, and the chars
    /// of the text before it.
    next: usize,
    from: usize,
    offset: u32,
}

impl Parts {
    fn read_part(&mut self, layout: Layout, cuts: &[usize], len: usize) -> Result<Document> {
        let s = &self.scanned;
        let path = s.path.as_path();
        let file = match &mut self.file {
            Some(f) => f,
            None => self.file.insert(s.open()?),
        };
        let last = self.next == cuts.len();
        let end = cuts.get(self.next).copied().unwrap_or(len + 1);
        // The part, then the `\n` that ends it (the last part has none).
        let mut bytes = vec![0; (end - 1).saturating_sub(self.from)];
        file.read_exact(&mut bytes)
            .and_then(|()| match last {
                true => Ok(()),
                false => file.read_exact(&mut [0u8]),
            })
            .map_err(|e| Error::io("reading", path, e))?;
        let text = String::from_utf8(bytes).map_err(|_| s.changed())?;
        let doc = Document {
            source: path.display().to_string(),
            hints: Default::default(),
            offset: self.offset,
            layout,
            text,
        };
        self.offset = self
            .offset
            .saturating_add(doc.text.chars().count() as u32 + 1);
        self.from = end;
        self.next += 1;
        Ok(doc)
    }
}

impl Iterator for Parts {
    type Item = Result<Document>;

    fn next(&mut self) -> Option<Result<Document>> {
        let scanned = Arc::clone(&self.scanned);
        let Shape::Page { layout, cuts, len } = &scanned.shape else {
            return None;
        };
        if self.next > cuts.len() {
            return None;
        }
        let part = self.read_part(*layout, cuts, *len);
        if part.is_err() {
            // One error, then the end.
            self.next = usize::MAX;
        }
        Some(part)
    }
}

/// The good records of a scanned JSONL file (the bad ones were reported
/// by the scan), read in order.
struct Records {
    scanned: Arc<Scanned>,
    file: Option<BufReader<File>>,
    /// Lines read.
    n: usize,
    done: bool,
}

impl Records {
    fn read_record(&mut self) -> Result<Option<Document>> {
        let s = &self.scanned;
        let file = match &mut self.file {
            Some(f) => f,
            None => self.file.insert(s.open()?),
        };
        let mut buf = Vec::new();
        loop {
            let ended = read_line(file, &mut buf).map_err(|e| Error::io("reading", &s.path, e))?;
            if buf.is_empty() {
                return Ok(None);
            }
            self.n += 1;
            let bytes = &buf[..buf.len() - usize::from(ended)];
            let line = std::str::from_utf8(bytes).map_err(|_| s.changed())?;
            if let Some((text, hints, given)) =
                record_line(line, ended).and_then(|l| jsonl_record(l).ok())
            {
                let source = s.path.display();
                return Ok(Some(Document {
                    source: given.unwrap_or_else(|| format!("{source}#L{}", self.n)),
                    text,
                    hints,
                    ..Document::default()
                }));
            }
        }
    }
}

impl Iterator for Records {
    type Item = Result<Document>;

    fn next(&mut self) -> Option<Result<Document>> {
        if self.done {
            return None;
        }
        let record = self.read_record().transpose();
        // After the last record or an error, the end.
        self.done = !matches!(record, Some(Ok(_)));
        record
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page of `n` articles, each a dateline, a body and a byline.
    fn page(n: usize, headline_first: bool) -> String {
        let mut s = String::from("\u{feff}");
        for i in 0..n {
            if headline_first {
                s.push_str(&format!("第{i}篇标题：园区新闻\n"));
            }
            s.push_str(&format!(
                "本报讯 东岭经济开发区第{i}个项目开工，总投资{i}亿元，年产钢管{i}万吨。\r\n项目由鹤川精工有限公司建设。\n（记者 林{i}）\n"
            ));
            if !headline_first {
                s.push_str(&format!("第{i}篇之后的标题\n"));
            }
        }
        s
    }

    fn whole_parts(text: &str, part_bytes: usize) -> Vec<(String, u32, Layout)> {
        let doc = Document {
            source: "x".into(),
            text: text.trim_start_matches('\u{feff}').to_string(),
            ..Document::default()
        };
        doc.into_parts(part_bytes)
            .into_iter()
            .map(|d| (d.text, d.offset, d.layout))
            .collect()
    }

    #[test]
    fn streamed_parts_are_the_parts_of_the_whole_text() {
        let dir = tempfile::tempdir().unwrap();
        for (headline_first, end) in [(false, ""), (true, "\n"), (false, "尾声")] {
            let text = format!("{}{end}", page(60, headline_first));
            let path = dir.path().join("p.txt");
            std::fs::write(&path, &text).unwrap();
            for part_bytes in [1, 300, 1000, 5000] {
                let s = scan(&path, &ReadOptions::default(), part_bytes).expect("a page");
                let streamed: Vec<(String, u32, Layout)> = Arc::new(s)
                    .parts()
                    .map(|d| d.map(|d| (d.text, d.offset, d.layout)))
                    .collect::<Result<_>>()
                    .unwrap();
                let whole = whole_parts(&text, part_bytes);
                assert!(whole.len() > 1, "{part_bytes}");
                assert_eq!(streamed, whole, "{part_bytes} {headline_first}");
            }
        }
    }

    #[test]
    fn what_is_not_a_plain_utf8_page_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.txt");
        let opts = ReadOptions::default();
        let cases: [Vec<u8>; 5] = [
            // One article: nothing to cut.
            "本报讯 西岭园区开工。\n".as_bytes().to_vec(),
            // A line past the limit (read no further than it).
            [page(20, false).as_bytes(), &vec![b'a'; MAX_LINE_BYTES + 5]].concat(),
            // Not UTF-8.
            [page(20, false).as_bytes(), b"\xff\xfe"].concat(),
            // A binary.
            [page(20, false).as_bytes(), b"\0"].concat(),
            // Blank.
            b"\n\n  \n".to_vec(),
        ];
        for bytes in cases {
            std::fs::write(&path, &bytes).unwrap();
            assert!(scan(&path, &opts, 100).is_none());
        }
        std::fs::write(&path, page(20, false)).unwrap();
        let gbk = ReadOptions {
            encoding: Some(encoding_rs::GBK),
            ..ReadOptions::default()
        };
        assert!(scan(&path, &gbk, 100).is_none());
        assert!(scan(&path, &opts, 100).is_some());
    }

    #[test]
    fn jsonl_records_are_read_one_at_a_time_and_bad_ones_named_by_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        let text = "{\"text\": \"本报讯 南岭园区开工。\", \"title\": \"甲\"}\r\n\n  \n{\"text\": 7}\n{\"text\": \"北岭园区\"}";
        std::fs::write(&path, text).unwrap();
        let (s, bad) = scan_jsonl(&path, &ReadOptions::default()).unwrap();
        let bad: Vec<String> = bad.iter().map(ToString::to_string).collect();
        assert_eq!(bad.len(), 1);
        assert!(bad[0].contains("feed.jsonl:4"), "{bad:?}");
        let docs: Vec<Document> = Arc::new(s).parts().collect::<Result<_>>().unwrap();
        let got: Vec<(&str, &str)> = docs
            .iter()
            .map(|d| (d.source.as_str(), d.text.as_str()))
            .collect();
        let src = path.display().to_string();
        let want = [
            (format!("{src}#L1"), "本报讯 南岭园区开工。"),
            (format!("{src}#L5"), "北岭园区"),
        ];
        assert_eq!(got.len(), 2);
        for ((s, t), (ws, wt)) in got.iter().zip(&want) {
            assert_eq!((*s, *t), (ws.as_str(), *wt));
        }
        assert_eq!(docs[0].hints.title.as_deref(), Some("甲"));
    }

    #[test]
    fn a_file_changed_between_the_passes_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.txt");
        std::fs::write(&path, page(40, false)).unwrap();
        let s = scan(&path, &ReadOptions::default(), 200).unwrap();
        std::fs::write(&path, "短").unwrap();
        let parts: Vec<Result<Document>> = Arc::new(s).parts().collect();
        assert_eq!(parts.len(), 1);
        let e = parts[0].as_ref().unwrap_err().to_string();
        assert!(e.contains("p.txt"), "{e}");
    }
}
