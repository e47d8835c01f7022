//! The library's error type. Every variant names what went wrong and where
//! (file, line, byte offset) so the binary can print one clear line.

use std::path::PathBuf;

/// Errors of the chainkg library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file, folder or other resource could not be used: `action` says
    /// what was being done ("reading", "creating", "binding"…).
    #[error("{action} {path}: {source}")]
    Io {
        action: &'static str,
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
    /// The SPARQL query or update failed while running (the engine's
    /// error is the source, when there is one).
    #[error("SPARQL evaluation error: {message}")]
    QueryEvaluation {
        message: String,
        #[source]
        source: Option<BoxError>,
    },
    /// A query gave more solutions or triples than the caller allows.
    #[error("result too large: more than {max} results; add LIMIT or narrow the query")]
    TooManyResults { max: usize },
    /// The store could not be opened or written (the storage error is the
    /// source, when there is one).
    #[error("store {path}: {message}")]
    Store {
        path: PathBuf,
        message: String,
        #[source]
        source: Option<BoxError>,
    },
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

/// A boxed error kept as a source.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

impl Error {
    /// True for errors caused by what the user gave (exit status 2).
    pub fn is_user_error(&self) -> bool {
        matches!(
            self,
            Error::BadInput { .. }
                | Error::NoStore { .. }
                | Error::QuerySyntax(_)
                | Error::TooManyResults { .. }
                | Error::Usage(_)
                | Error::Io { .. }
                | Error::Lexicon { .. }
        )
    }

    /// An I/O error while `action` ("reading", "writing"…) on `path`.
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            action,
            path: path.into(),
            source,
        }
    }

    /// A query's evaluation failed with the engine's error `e`.
    pub(crate) fn evaluation(e: impl std::error::Error + Send + Sync + 'static) -> Self {
        Error::QueryEvaluation {
            message: e.to_string(),
            source: Some(Box::new(e)),
        }
    }

    /// A query's evaluation failed for a reason of our own.
    pub fn evaluation_failed(message: impl Into<String>) -> Self {
        Error::QueryEvaluation {
            message: message.into(),
            source: None,
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
