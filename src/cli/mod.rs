//! The command line: the clap types and the dispatch to one file per
//! subcommand, which holds that subcommand's arguments and its glue from
//! parsed arguments to library calls. All printing happens under `cli/`;
//! what several subcommands share (reading options, output files, the
//! `--keep-going` outcome) lives here.

mod build;
mod dot;
mod eval;
mod export;
mod extract;
mod gen_corpus;
mod load;
mod progress;
mod push;
mod query;
mod remove;
mod resolve;
mod serve;
mod stats;
mod validate;

use anyhow::{bail, Context};
use chainkg::store::results::{write_results, ResultFormat};
use chainkg::store::{Store, DEFAULT_STORE};
use chainkg::{BuildOptions, Progress};
use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use oxigraph::sparql::CancellationToken;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

#[derive(Parser)]
#[command(
    name = "chainkg",
    version,
    about = "Knowledge graphs of industry chains from Chinese news"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Read articles, extract facts and load them into the store.
    Build(build::Args),
    /// The map step without a store: read and extract the inputs and write
    /// every article's quads as N-Quads (entity IRIs as extracted, before
    /// resolution across articles). `build` = extract + load + resolve.
    Extract(extract::Args),
    /// The reduce step: merge entities across articles by their names.
    ///
    /// With --map, applies a map while streaming N-Quads through. Without,
    /// reads every input's rdfs:label / skos:altLabel quads, computes the
    /// map (--map-out writes it) and writes the resolved quads (to stdout,
    /// or -o; not when only --map-out is given).
    Resolve(resolve::Args),
    /// Take articles out of the store: the store then equals a build of
    /// the remaining inputs (entities and names nothing else supports go,
    /// merges they made are undone). One transaction.
    Remove(remove::Args),
    /// Load N-Quads files into the store (bulk), replacing the article
    /// graphs they hold and resolving entities across the store.
    Load(load::Args),
    /// Write a synthetic corpus for benchmarks: the demo corpus scaled to
    /// --mb megabytes with fresh names and figures, the same for a seed.
    GenCorpus(gen_corpus::Args),
    /// Run a SPARQL query (the default graph is the union of all articles).
    Query(query::Args),
    /// Write the whole graph: an RDF syntax, compacted JSON-LD, CSV node and
    /// edge tables, or GraphML.
    Export(export::Args),
    /// Counts per class and property, most connected entities, connected
    /// components, the longest product chain and the facts of each article.
    Stats(stats::Args),
    /// Check the store against SHACL shapes and list every violation with
    /// the offending node.
    ///
    /// Exit status: 0 when the store conforms (warnings and infos alone do
    /// not fail), 1 when there is at least one violation, 2 on bad usage or a
    /// shapes file chainkg cannot read.
    Validate(validate::Args),
    /// Graphviz DOT of the industry chains (stdout, or -o FILE.dot|svg|png|pdf).
    Dot(dot::Args),
    /// Serve the store as a SPARQL 1.1 Protocol endpoint (/sparql) with a
    /// query page (/); read-only unless --allow-update.
    Serve(serve::Args),
    /// Write every article graph to a SPARQL Graph Store Protocol endpoint.
    ///
    /// One PUT per named graph (so pushing again replaces, never doubles),
    /// as N-Triples, with retries on connection errors, time-outs and 5xx.
    /// Endpoints: Oxigraph server …/store, Fuseki …/DATASET/data, GraphDB
    /// …/repositories/ID/rdf-graphs/service, Virtuoso …/sparql-graph-crud-auth.
    Push(push::Args),
    /// Score extraction against gold annotations (DIR/*.tsv).
    Eval(eval::Args),
}

/// A progress-bar style; a bad template falls back to the default bar.
fn bar_style(template: &str) -> ProgressStyle {
    ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar())
}

/// How `build` reads its inputs: encodings and what to do with bad input.
#[derive(clap::Args)]
pub struct ReadArgs {
    /// Decode inputs without a byte-order mark with this encoding (utf-8,
    /// gbk, gb18030, utf-16le, utf-16be, big5…) instead of detecting it.
    #[arg(long)]
    encoding: Option<String>,
    /// Replace invalid bytes with U+FFFD and warn, instead of refusing the
    /// file (binary files are still refused).
    #[arg(long)]
    lossy: bool,
    /// Leave bad files and bad JSONL records out, load the rest, list what
    /// was left out and exit with status 3.
    #[arg(long)]
    keep_going: bool,
    /// What standard input (-) holds: one text, or JSONL records.
    #[arg(long, value_enum, default_value_t = StdinFormat::Text)]
    stdin_format: StdinFormat,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StdinFormat {
    Text,
    Jsonl,
}

impl ReadArgs {
    fn options(&self) -> chainkg::Result<chainkg::pipeline::input::ReadOptions> {
        Ok(chainkg::pipeline::input::ReadOptions {
            encoding: self
                .encoding
                .as_deref()
                .map(chainkg::pipeline::input::encoding_for_label)
                .transpose()?,
            lossy: self.lossy,
            stdin_jsonl: self.stdin_format == StdinFormat::Jsonl,
        })
    }
}

/// A build under `--keep-going` that left inputs out: the rest is loaded,
/// and the exit status (3) tells scripts it is not the whole input.
#[derive(Debug, thiserror::Error)]
#[error("{0} input(s) left out (listed above); everything else is loaded")]
pub struct Incomplete(pub usize);

fn incomplete(report: &chainkg::BuildReport) -> anyhow::Result<()> {
    match report.rejected.len() {
        0 => Ok(()),
        n => Err(Incomplete(n).into()),
    }
}

/// What reading left out or repaired, one line each.
fn report_reading(report: &chainkg::BuildReport) {
    for p in &report.skipped {
        eprintln!(
            "chainkg: skipped {} (not {})",
            p.display(),
            chainkg::pipeline::input::READ_TYPES
        );
    }
    for w in &report.warnings {
        eprintln!("chainkg: warning: {w}");
    }
    for r in &report.rejected {
        eprintln!("chainkg: left out {r}");
    }
}

/// `; N entities merged across articles` when resolution merged any.
fn resolved_note(r: Option<&chainkg::resolve::ResolveReport>) -> String {
    match r {
        Some(r) if r.merged > 0 => format!("; {} entities merged across articles", r.merged),
        _ => String::new(),
    }
}

/// `--timeout SECONDS` as a duration (> 0).
fn timeout_arg(timeout: f64) -> chainkg::Result<std::time::Duration> {
    std::time::Duration::try_from_secs_f64(timeout)
        .ok()
        .filter(|t| !t.is_zero())
        .ok_or_else(|| chainkg::Error::Usage(format!("--timeout {timeout}: give seconds > 0")))
}

fn out_writer(path: Option<&PathBuf>) -> anyhow::Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    })
}

pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Build(args) => build::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Resolve(args) => resolve::run(args),
        Command::Remove(args) => remove::run(args),
        Command::Load(args) => load::run(args),
        Command::GenCorpus(args) => gen_corpus::run(args),
        Command::Query(args) => query::run(args),
        Command::Export(args) => export::run(args),
        Command::Stats(args) => stats::run(args),
        Command::Validate(args) => validate::run(args),
        Command::Dot(args) => dot::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Push(args) => push::run(args),
        Command::Eval(args) => eval::run(args),
    }
}
