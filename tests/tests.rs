//! Integration tests: the `chainkg` binary and library on the sample page,
//! the demo corpus and broken input, checked with real clients (Python
//! rdflib) where an outside reader matters.

mod browser;
mod cli;
mod common;
mod differential;
mod export;
mod gold;
mod golden;
mod regression;
mod robust;
mod scale;
mod segmentation;
mod server;
mod workbench;
