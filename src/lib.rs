//! chainkg: a knowledge-graph builder for Chinese industry-chain news.
//!
//! Text flows one way: inputs → documents → articles (segmented, normalized)
//! → sentences → facts → quads → the Oxigraph store → queries and exports.
//! The library never prints; the `chainkg` binary is a thin shell over it.

// Functions a reader can hold (the limit is in clippy.toml).
#![warn(clippy::too_many_lines)]

pub mod error;
pub mod export;
pub mod extract;
pub mod lexicon;
pub mod model;
pub mod pipeline;
pub mod resolve;
pub mod server;
pub mod store;
pub mod text;
pub mod tools;

#[cfg(test)]
mod layers;

pub use error::{Error, Result};
pub use pipeline::{
    build, lexicon_dir, read_documents, remove, BuildOptions, BuildReport, LoadMode, Progress,
    ReadArticle, RemoveReport,
};
