//! The stages of `chainkg build`: read the inputs, extract, load.

pub mod ingest;
pub mod input;
pub mod load;
