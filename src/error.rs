//! The library's error type. Every variant names what went wrong and where
//! (file, line, byte offset) so the binary can print one clear line.

use std::path::PathBuf;

/// Errors of the chainkg library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An input file or folder could not be read.
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// An input is malformed (bad JSONL line, missing field, invalid bytes…).
    #[error("{path}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
    BadInput {
        path: PathBuf,
        line: Option<usize>,
        message: String,
    },
    /// A lexicon or pattern file under `data/` is malformed.
    #[error("{path}:{line}: {message}")]
    Lexicon {
        path: PathBuf,
        line: usize,
        message: String,
    },
    /// The SPARQL query does not parse.
    #[error("SPARQL syntax error: {0}")]
    QuerySyntax(String),
    /// The SPARQL query failed while running.
    #[error("SPARQL evaluation error: {0}")]
    QueryEvaluation(String),
    /// The store could not be opened or written.
    #[error("store {path}: {message}")]
    Store { path: PathBuf, message: String },
    /// A command that reads a store was given a path with no store (a
    /// typo, or no build yet): the user's mistake, exit status 2.
    #[error("store {path}: no store here (run `chainkg build` first)")]
    NoStore { path: PathBuf },
    /// Bad usage that the argument parser cannot catch (e.g. a format that
    /// does not fit the query form).
    #[error("{0}")]
    Usage(String),
    /// A graph could not be written to a Graph Store Protocol endpoint
    /// (`chainkg push`), after the retries.
    #[error("push to {endpoint}: graph {graph}: {message}")]
    Push {
        endpoint: String,
        graph: String,
        message: String,
    },
    /// Writing output failed.
    #[error("writing output: {0}")]
    Output(#[from] std::io::Error),
}

impl Error {
    /// True for errors caused by what the user gave (exit status 2).
    pub fn is_user_error(&self) -> bool {
        matches!(
            self,
            Error::BadInput { .. }
                | Error::NoStore { .. }
                | Error::QuerySyntax(_)
                | Error::Usage(_)
                | Error::Io { .. }
                | Error::Lexicon { .. }
        )
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn bad_input(
        path: impl Into<PathBuf>,
        line: Option<usize>,
        message: impl Into<String>,
    ) -> Self {
        Error::BadInput {
            path: path.into(),
            line,
            message: message.into(),
        }
    }
}

/// Result alias of the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;
