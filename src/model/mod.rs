//! The shared language of every layer: the vocabulary, the IRIs chainkg
//! mints, the facts extraction finds and the quads they become.
//!
//! Nothing here reads text or touches the store; every other folder may
//! use it.

pub mod facts;
pub mod iri;
pub mod quads;
pub mod vocab;

pub use facts::{Class, Entity, Extraction, Fact, Meta, Sentence, Value};
pub use quads::{ArticleGraph, ArticleQuads, EntityNames};
