//! N-Quads input of the store's loaders: files, or standard input read
//! once, parsed with every error naming the file and line.

use crate::error::{Error, Result};
use oxigraph::io::{RdfFormat, RdfParseError, RdfParser};
use oxigraph::model::Quad;
use std::io::Read;
use std::path::{Path, PathBuf};

/// An N-Quads input: a file, or standard input read once.
pub enum Source {
    File(PathBuf),
    Stdin(Vec<u8>),
}

impl Source {
    /// Opens `-` (reading all of standard input) or a file path.
    pub fn new(f: &Path) -> Result<Source> {
        Ok(if f.as_os_str() == "-" {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| Error::io("reading", "-", e))?;
            Source::Stdin(buf)
        } else {
            Source::File(f.to_path_buf())
        })
    }

    /// The file (`-` for standard input), for errors.
    pub fn path(&self) -> &Path {
        match self {
            Source::File(p) => p,
            Source::Stdin(_) => Path::new("-"),
        }
    }

    fn reader(&self) -> Result<Box<dyn Read + '_>> {
        Ok(match self {
            Source::File(p) => Box::new(std::io::BufReader::new(
                std::fs::File::open(p).map_err(|e| Error::io("opening", p, e))?,
            )),
            Source::Stdin(b) => Box::new(b.as_slice()),
        })
    }

    /// The quads of the input, each error naming the file and line.
    pub fn quads(&self) -> Result<impl Iterator<Item = Result<Quad>> + '_> {
        let path = self.path();
        Ok(RdfParser::from_format(RdfFormat::NQuads)
            .for_reader(self.reader()?)
            .map(move |q| q.map_err(|e| parse_error(path, e))))
    }
}

fn parse_error(path: &Path, e: RdfParseError) -> Error {
    match e {
        RdfParseError::Syntax(s) => {
            let line = s.location().map(|r| r.start.line as usize + 1);
            Error::bad_input(path, line, s.to_string())
        }
        RdfParseError::Io(e) => Error::io("reading", path, e),
    }
}
