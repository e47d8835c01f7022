//! Exports of the store for people and other tools: Graphviz DOT diagrams
//! of the industry chains (`dot`).

pub mod dot;
