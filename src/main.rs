//! The `chainkg` binary: parse arguments, run, map the outcome to an exit
//! status (0 success, 2 bad usage or input, 1 other failures, 3 a
//! `build --keep-going` that left bad inputs out and loaded the rest).

// Functions a reader can hold (the limit is in clippy.toml).
#![warn(clippy::too_many_lines)]

mod cli;

// Extraction allocates many short-lived strings; mimalloc serves them
// faster than glibc malloc (measured in bench/RESULTS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // A closed pipe (chainkg query … | head) is not a failure.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            // --keep-going left inputs out: the rest is loaded.
            if let Some(inc) = e.downcast_ref::<cli::Incomplete>() {
                eprintln!("chainkg: {inc}");
                return ExitCode::from(3);
            }
            let user = e.chain().any(|c| {
                c.downcast_ref::<chainkg::Error>()
                    .is_some_and(chainkg::Error::is_user_error)
            });
            // Library errors already name file, line and cause in one line.
            match e.downcast_ref::<chainkg::Error>() {
                Some(lib) => eprintln!("chainkg: {lib}"),
                None => eprintln!("chainkg: {}", one_line(&e)),
            }
            ExitCode::from(if user { 2 } else { 1 })
        }
    }
}

/// The error and its causes on one line, each cause once: a library error
/// keeps its source (for callers that walk the chain) but already says it.
fn one_line(e: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if !line.contains(&text) {
            if !line.is_empty() {
                line.push_str(": ");
            }
            line.push_str(&text);
        }
    }
    line
}
