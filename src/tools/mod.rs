//! Developer and operator tools around the graph: scoring against gold,
//! SHACL validation, statistics, pushing to other stores, generating test
//! corpora.

pub mod corpus;
pub mod eval;
pub mod push;
pub mod stats;
pub mod validate;
