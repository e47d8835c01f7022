//! The command line: clap definitions and the glue from parsed arguments to
//! library calls. All printing happens here.

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

/// Syntaxes of `chainkg extract`'s output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum QuadFormat {
    /// N-Quads.
    #[value(alias = "nquads", alias = "n-quads")]
    Nq,
}

#[derive(Subcommand)]
pub enum Command {
    /// Read articles, extract facts and load them into the store.
    Build {
        /// Files, folders (recursively: .txt .md .html .htm .jsonl) or - for stdin.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        #[arg(long, default_value = DEFAULT_STORE)]
        store: PathBuf,
        /// Folder of lexicon files overriding the built-in ones
        /// (default: ./data/lexicon when present).
        #[arg(long)]
        lexicon: Option<PathBuf>,
        /// Extraction threads (default: one per core); the graph is the same
        /// whatever the number.
        #[arg(long)]
        threads: Option<usize>,
        /// Use Oxigraph's bulk loader even on a store that holds data (the
        /// default on a new or empty store): new articles are committed
        /// together at the end.
        #[arg(long, conflicts_with = "no_bulk")]
        bulk: bool,
        /// Load with transactions of 256 articles even into an empty store.
        #[arg(long)]
        no_bulk: bool,
        /// Read and extract only; do not open the store (prints the summary).
        #[arg(long)]
        dry_run: bool,
        /// After the summary, print MB/s, articles/s, facts/s and how fast
        /// the store was written.
        #[arg(long)]
        stats: bool,
        /// Off a terminal, print a progress line every SECS seconds (0:
        /// at every step; default 5).
        #[arg(long, value_name = "SECS")]
        progress_every: Option<f64>,
        #[command(flatten)]
        reading: ReadArgs,
    },
    /// The map step without a store: read and extract the inputs and write
    /// every article's quads as N-Quads (entity IRIs as extracted, before
    /// resolution across articles). `build` = extract + load + resolve.
    Extract {
        /// Files, folders (recursively: .txt .md .html .htm .jsonl) or - for stdin.
        inputs: Vec<PathBuf>,
        /// Also read input paths from this file, one per line (- for stdin).
        #[arg(long)]
        files_from: Option<PathBuf>,
        /// Output file (default: stdout).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Folder of lexicon files overriding the built-in ones.
        #[arg(long)]
        lexicon: Option<PathBuf>,
        /// Extraction threads (default: one per core).
        #[arg(long)]
        threads: Option<usize>,
        /// Output syntax: N-Quads, the only one (the graph of each article
        /// and its facts needs named graphs; `load` reads it back).
        #[arg(long, value_enum, default_value = "nq")]
        format: QuadFormat,
        #[command(flatten)]
        reading: ReadArgs,
    },
    /// The reduce step: merge entities across articles by their names.
    ///
    /// With --map, applies a map while streaming N-Quads through. Without,
    /// reads every input's rdfs:label / skos:altLabel quads, computes the
    /// map (--map-out writes it) and writes the resolved quads (to stdout,
    /// or -o; not when only --map-out is given).
    Resolve {
        /// N-Quads files from `chainkg extract` (- for stdin).
        #[arg(required_unless_present = "store")]
        inputs: Vec<PathBuf>,
        /// Resolve the names of this store in place instead, e.g. after
        /// writing to it with other tools.
        #[arg(long, conflicts_with_all = ["inputs", "map", "map_out", "output"])]
        store: Option<PathBuf>,
        /// Apply this map (from --map-out) instead of computing one.
        #[arg(long, conflicts_with = "map_out")]
        map: Option<PathBuf>,
        /// Write the computed map (TSV: entity, group, label) here.
        #[arg(long)]
        map_out: Option<PathBuf>,
        /// Write the resolved quads here (default: stdout).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Take articles out of the store: the store then equals a build of
    /// the remaining inputs (entities and names nothing else supports go,
    /// merges they made are undone). One transaction.
    Remove {
        /// Article IRIs (or `article/HASH`), or source files as built (a
        /// JSONL file stands for all its lines).
        #[arg(required = true)]
        articles: Vec<String>,
        #[arg(long, default_value = DEFAULT_STORE)]
        store: PathBuf,
    },
    /// Load N-Quads files into the store (bulk), replacing the article
    /// graphs they hold and resolving entities across the store.
    Load {
        /// N-Quads files (- for stdin).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, default_value = DEFAULT_STORE)]
        store: PathBuf,
        /// Bulk-loader threads (default: one per core).
        #[arg(long)]
        threads: Option<usize>,
        /// Load the quads as they are, without resolving entities.
        #[arg(long)]
        no_resolve: bool,
    },
    /// Write a synthetic corpus for benchmarks: the demo corpus scaled to
    /// --mb megabytes with fresh names and figures, the same for a seed.
    GenCorpus {
        /// Output folder (new or empty).
        #[arg(short, long)]
        out: PathBuf,
        /// Size in MB (10^6 bytes).
        #[arg(long, default_value_t = 20.0)]
        mb: f64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Also let zones and enterprises recur across files under their
        /// full and short names (全称/简称), as a sharded build must resolve.
        #[arg(long)]
        recurring: bool,
    },
    /// Run a SPARQL query (the default graph is the union of all articles).
    Query {
        /// The query text (or use --file).
        sparql: Option<String>,
        /// Read the query from a file.
        #[arg(long, conflicts_with = "sparql")]
        file: Option<PathBuf>,
        #[arg(long, default_value = DEFAULT_STORE)]
        store: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Stop the query after this many seconds (exit status 1).
        #[arg(long)]
        timeout: Option<f64>,
        /// Instead of the results, run the query to its end and print its
        /// plan with the rows and seconds of each step (JSON): why a query
        /// is slow.
        #[arg(long)]
        explain: bool,
    },
    /// Write the whole graph: an RDF syntax, compacted JSON-LD, CSV node and
    /// edge tables, or GraphML.
    Export {
        #[arg(long, default_value = DEFAULT_STORE)]
        store: PathBuf,
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Output file (default: stdout); for csv, the folder that receives
        /// nodes.csv and edges.csv (required).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Counts per class and property, most connected entities, connected
    /// components, the longest product chain and the facts of each article.
    Stats {
        #[arg(long, default_value = DEFAULT_STORE)]
        store: PathBuf,
        #[arg(long, value_enum, default_value_t = StatsFormat::Table)]
        format: StatsFormat,
        /// How many entities the degree ranking lists.
        #[arg(long, default_value_t = 10)]
        top: usize,
    },
    /// Check the store against SHACL shapes and list every violation with
    /// the offending node.
    ///
    /// Exit status: 0 when the store conforms (warnings and infos alone do
    /// not fail), 1 when there is at least one violation, 2 on bad usage or a
    /// shapes file chainkg cannot read.
    Validate {
        #[arg(long, default_value = DEFAULT_STORE)]
        store: PathBuf,
        /// SHACL shapes in Turtle (default: the built-in ontology/shapes.ttl).
        #[arg(long)]
        shapes: Option<PathBuf>,
        /// table: readable; json: for scripts; ttl: a SHACL sh:ValidationReport.
        #[arg(long, value_enum, default_value_t = ValidateFormat::Table)]
        format: ValidateFormat,
    },
    /// Graphviz DOT of the industry chains (stdout, or -o FILE.dot|svg|png|pdf).
    Dot {
        #[arg(long, default_value = DEFAULT_STORE)]
        store: PathBuf,
        /// Only this zone (its name or alias; else every zone whose name contains
        /// it), its parts, what they host and the product chain around them.
        #[arg(long)]
        zone: Option<String>,
        /// Only the chain around this industry (name as for --zone).
        #[arg(long)]
        industry: Option<String>,
        /// Hops around --industry (zones and places are shown, not crossed);
        /// without it, the chain is followed to its end: two hops around the
        /// industry and the whole product flow of what they make.
        #[arg(long, requires = "industry")]
        depth: Option<usize>,
        /// Only the facts of one article (its IRI, or the id after `article/`).
        #[arg(long)]
        article: Option<String>,
        /// Font with CJK glyphs for the labels.
        #[arg(long, default_value = "Noto Sans CJK SC")]
        font: String,
        /// FILE.dot, or FILE.svg|png|pdf rendered by Graphviz `dot`
        /// (default: DOT on stdout).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Serve the store as a SPARQL 1.1 Protocol endpoint (/sparql) with a
    /// query page (/); read-only unless --allow-update.
    Serve {
        #[arg(long, default_value = DEFAULT_STORE)]
        store: PathBuf,
        /// Address to listen on (port 0 picks a free port).
        #[arg(long, default_value = chainkg::server::DEFAULT_BIND)]
        bind: String,
        /// Accept SPARQL updates and POST /articles (needs --token-file).
        #[arg(long, requires = "token_file")]
        allow_update: bool,
        /// File whose first line is the token updates must send
        /// (Authorization: Bearer TOKEN).
        #[arg(long, requires = "allow_update")]
        token_file: Option<PathBuf>,
        /// Time limit per query or update, in seconds.
        #[arg(long, default_value_t = 5.0)]
        timeout: f64,
        /// Most results (rows or triples) one query may return.
        #[arg(long, default_value_t = 100_000)]
        max_results: usize,
        /// Largest request body accepted, in bytes.
        #[arg(long, default_value_t = 16 << 20)]
        max_request_bytes: usize,
        /// Queries evaluated at once; more wait for a free slot
        /// (default: twice the cores, at least 8).
        #[arg(long)]
        threads: Option<usize>,
        /// Lexicon folder for POST /articles (as for build).
        #[arg(long)]
        lexicon: Option<PathBuf>,
    },
    /// Write every article graph to a SPARQL Graph Store Protocol endpoint.
    ///
    /// One PUT per named graph (so pushing again replaces, never doubles),
    /// as N-Triples, with retries on connection errors, time-outs and 5xx.
    /// Endpoints: Oxigraph server …/store, Fuseki …/DATASET/data, GraphDB
    /// …/repositories/ID/rdf-graphs/service, Virtuoso …/sparql-graph-crud-auth.
    Push {
        /// The Graph Store Protocol URL, e.g. http://localhost:7878/store.
        #[arg(long)]
        endpoint: String,
        #[arg(long, default_value = DEFAULT_STORE)]
        store: PathBuf,
        /// Also replace the endpoint's default graph with the store's
        /// default graph's own triples: the provenance of facts (the rest of
        /// the store's default graph is the union of the graphs pushed).
        #[arg(long)]
        default_graph: bool,
        /// Attempts per graph on connection errors, time-outs and 5xx answers.
        #[arg(long, default_value_t = 3)]
        tries: u32,
        /// Time limit per request, in seconds.
        #[arg(long, default_value_t = 60.0)]
        timeout: f64,
        /// Requests in flight at once.
        #[arg(long, default_value_t = 4)]
        threads: usize,
        /// File whose first line is USER:PASSWORD for HTTP basic authentication.
        #[arg(long, conflicts_with = "token_file")]
        user_file: Option<PathBuf>,
        /// File whose first line is a bearer token (Authorization: Bearer TOKEN).
        #[arg(long)]
        token_file: Option<PathBuf>,
    },
    /// Score extraction against gold annotations (DIR/*.tsv).
    Eval {
        #[arg(long)]
        gold: PathBuf,
        #[arg(long)]
        lexicon: Option<PathBuf>,
        /// Also list missed and wrong facts.
        #[arg(long)]
        verbose: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Nq,
    Ttl,
    Trig,
    /// Compacted with ontology/context.jsonld (embedded), one @graph per article.
    Jsonld,
    Nt,
    /// nodes.csv and edges.csv in the folder given by -o.
    Csv,
    /// GraphML for Gephi, yEd, Cytoscape, NetworkX.
    Graphml,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum StatsFormat {
    Table,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ValidateFormat {
    Table,
    Json,
    Ttl,
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

/// Runs a query and writes its results on stdout; with a time limit, in a
/// thread of its own. At the limit the query is cancelled (Oxigraph stops
/// at its next read of the store); a query that computes without reading
/// (a cross product under COUNT) is abandoned after a short grace, and the
/// process exits with its store opened read-only, so nothing is at risk.
fn query(
    store: Store,
    sparql: String,
    format: ResultFormat,
    timeout: Option<f64>,
    explain: bool,
) -> std::result::Result<(), QueryError> {
    let run = move |cancel: Option<CancellationToken>| -> chainkg::Result<()> {
        let opts = chainkg::store::QueryOptions {
            cancel,
            ..Default::default()
        };
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        if explain {
            writeln!(out, "{}", store.explain(&sparql, &opts)?)?;
        } else {
            write_results(store.query_with(&sparql, &opts)?, format, &mut out)?;
        }
        out.flush()?;
        Ok(())
    };
    let Some(secs) = timeout else {
        return run(None).map_err(QueryError::Lib);
    };
    if !(secs.is_finite() && secs > 0.0) {
        return Err(QueryError::Lib(chainkg::Error::Usage(format!(
            "--timeout {secs}: give a number of seconds > 0"
        ))));
    }
    let token = CancellationToken::new();
    let (tx, rx) = std::sync::mpsc::channel();
    let worker = token.clone();
    std::thread::spawn(move || {
        // The receiver may be gone (timed out): nothing left to tell.
        let _ = tx.send(run(Some(worker)));
    });
    let limit = std::time::Duration::from_secs_f64(secs);
    match rx.recv_timeout(limit) {
        Ok(done) => done.map_err(QueryError::Lib),
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
            token.cancel();
            match rx.recv_timeout(std::time::Duration::from_millis(500)) {
                Ok(Ok(())) => Ok(()),
                _ => Err(QueryError::Timeout(secs)),
            }
        }
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => Err(QueryError::Lib(
            chainkg::Error::evaluation_failed("the query thread stopped unexpectedly"),
        )),
    }
}

/// Why `chainkg query` failed.
#[derive(Debug, thiserror::Error)]
enum QueryError {
    #[error(transparent)]
    Lib(chainkg::Error),
    #[error("query stopped by --timeout after {0} s")]
    Timeout(f64),
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
        Command::Build {
            inputs,
            store,
            lexicon,
            threads,
            bulk,
            no_bulk,
            dry_run,
            stats,
            progress_every,
            reading,
        } => {
            if !dry_run {
                // Say so now, not after the whole extraction.
                Store::check_not_in_use(&store)?;
            }
            let start = Instant::now();
            let reporter = crate::progress::Reporter::new(
                std::io::stderr().is_terminal(),
                progress_every.unwrap_or(crate::progress::DEFAULT_EVERY),
            );
            let progress = |p: Progress| reporter.update(p);
            let load = match (bulk, no_bulk) {
                (true, _) => chainkg::LoadMode::Bulk,
                (_, true) => chainkg::LoadMode::Transactions,
                _ => chainkg::LoadMode::Auto,
            };
            let report = chainkg::build(
                &BuildOptions {
                    inputs,
                    store,
                    lexicon,
                    threads,
                    load,
                    dry_run,
                    read: reading.options()?,
                    keep_going: reading.keep_going,
                    batch_bytes: None,
                },
                &progress,
            )?;
            reporter.finish();
            report_reading(&report);
            let secs = start.elapsed().as_secs_f64();
            let verb = if dry_run { "read" } else { "built" };
            eprintln!(
                "{verb} {} articles from {} files: {} facts, {} quads in {:.2} s{}{}",
                report.articles,
                report.files,
                report.facts,
                report.quads,
                secs,
                resolved_note(report.resolved.as_ref()),
                match report.removed {
                    0 => String::new(),
                    n => format!("; {n} articles the files no longer hold removed"),
                }
            );
            if !stats {
                return incomplete(&report);
            }
            let mb = report.bytes as f64 / 1e6;
            let mode = match (dry_run, report.bulk) {
                (true, _) => "dry run, no store",
                (false, true) => "bulk load",
                (false, false) => "transactions",
            };
            eprintln!(
                "{mb:.2} MB: {:.2} MB/s, {:.0} articles/s, {:.0} facts/s ({mode}{})",
                mb / secs,
                report.articles as f64 / secs,
                report.facts as f64 / secs,
                match report.duplicates {
                    0 => String::new(),
                    n => format!("; {n} repeated articles loaded once"),
                }
            );
            if !dry_run && report.store_seconds > 0.0 {
                eprintln!(
                    "store writes: {:.2} s, {:.0} quads/s{}",
                    report.store_seconds,
                    report.quads as f64 / report.store_seconds,
                    if report.compact_seconds > 0.0 {
                        format!("; compaction {:.2} s", report.compact_seconds)
                    } else {
                        String::new()
                    }
                );
            }
            incomplete(&report)?;
        }
        Command::Extract {
            mut inputs,
            files_from,
            output,
            lexicon,
            threads,
            format: QuadFormat::Nq,
            reading,
        } => {
            if let Some(list) = files_from {
                let text = if list.as_os_str() == "-" {
                    std::io::read_to_string(std::io::stdin().lock())
                } else {
                    std::fs::read_to_string(&list)
                }
                .map_err(|e| chainkg::Error::io("reading", list.clone(), e))?;
                inputs.extend(
                    text.lines()
                        .filter(|l| !l.trim().is_empty())
                        .map(PathBuf::from),
                );
            }
            if inputs.is_empty() {
                bail!(chainkg::Error::Usage(
                    "no inputs: give files, folders, - or --files-from".into()
                ));
            }
            let mut out = out_writer(output.as_ref())?;
            let report = chainkg::pipeline::ingest::extract(
                &BuildOptions {
                    inputs,
                    lexicon,
                    threads,
                    read: reading.options()?,
                    keep_going: reading.keep_going,
                    ..BuildOptions::default()
                },
                &mut out,
                &|_| {},
            )?;
            out.flush()?;
            report_reading(&report);
            eprintln!(
                "extracted {} articles from {} files: {} facts, {} quads",
                report.articles, report.files, report.facts, report.quads
            );
            incomplete(&report)?;
        }
        Command::Resolve {
            store: Some(store), ..
        } => {
            Store::check_not_in_use(&store)?;
            let r = chainkg::resolve::resolve_store(&Store::open_existing(&store)?)?;
            eprintln!(
                "resolved {} entities: {} changed, {} merged, {} quads rewritten",
                r.entities, r.changed, r.merged, r.quads
            );
        }
        Command::Resolve {
            inputs,
            map,
            map_out,
            output,
            store: None,
        } => {
            let mut map_file = match &map_out {
                Some(p) => Some(out_writer(Some(p))?),
                None => None,
            };
            let mut out = match (&map_out, &output) {
                (Some(_), None) => None,
                _ => Some(out_writer(output.as_ref())?),
            };
            let report = chainkg::resolve::resolve_files(
                &inputs,
                map.as_deref(),
                map_file.as_mut().map(|w| w as &mut dyn Write),
                out.as_mut().map(|w| w as &mut dyn Write),
            )?;
            if let Some(mut w) = map_file {
                w.flush()?;
            }
            eprintln!(
                "resolved {} quads into {}: {} entities changed, {} merged{}",
                report.quads_in,
                report.quads_out,
                report.changed,
                report.merged,
                match report.entities {
                    0 => String::new(),
                    n => format!(" (of {n} named)"),
                }
            );
        }
        Command::Remove { articles, store } => {
            Store::check_not_in_use(&store)?;
            let s = Store::open_existing(&store)?;
            let r = chainkg::remove(&s, &articles)?;
            eprintln!(
                "removed {} articles{}",
                r.articles,
                match r.rewritten {
                    0 => String::new(),
                    n => format!("; {n} articles rewritten (names no longer shared)"),
                }
            );
        }
        Command::Load {
            files,
            store,
            threads,
            no_resolve,
        } => {
            Store::check_not_in_use(&store)?;
            let start = Instant::now();
            let report =
                chainkg::pipeline::load::load_nquads(&chainkg::pipeline::load::LoadOptions {
                    files,
                    store,
                    no_resolve,
                    threads,
                })?;
            eprintln!(
                "loaded {} quads of {} articles from {} files ({} replaced) in {:.2} s{}",
                report.quads,
                report.graphs,
                report.files,
                report.replaced,
                start.elapsed().as_secs_f64(),
                resolved_note(report.resolved.as_ref())
            );
        }
        Command::GenCorpus {
            out,
            mb,
            seed,
            recurring,
        } => {
            if !(mb.is_finite() && mb > 0.0) {
                bail!(chainkg::Error::Usage(format!("--mb {mb}: give a size > 0")));
            }
            let lex = chainkg::lexicon::Lexicon::builtin()?;
            let generate = match recurring {
                true => chainkg::tools::corpus::generate_recurring,
                false => chainkg::tools::corpus::generate,
            };
            let report = generate(
                &chainkg::tools::corpus::GenOptions {
                    out: out.clone(),
                    bytes: (mb * 1e6) as u64,
                    seed,
                },
                &lex,
            )?;
            eprintln!(
                "wrote {} articles in {} files ({:.2} MB) to {}",
                report.articles,
                report.files,
                report.bytes as f64 / 1e6,
                out.display()
            );
        }
        Command::Query {
            sparql,
            file,
            store,
            format,
            timeout,
            explain,
        } => {
            let q = match (sparql, &file) {
                (Some(q), None) => q,
                (None, Some(f)) => std::fs::read_to_string(f)
                    .map_err(|e| chainkg::Error::io("reading", f.clone(), e))?,
                _ => bail!(chainkg::Error::Usage(
                    "give a SPARQL query or --file Q.rq".into()
                )),
            };
            let store = Store::open_read_only(&store)?;
            let format = match format {
                Format::Table => ResultFormat::Table,
                Format::Csv => ResultFormat::Csv,
                Format::Tsv => ResultFormat::Tsv,
                Format::Json => ResultFormat::Json,
                Format::Xml => ResultFormat::Xml,
            };
            // Slips that make a query match nothing (ck:leadChain), said
            // once it has run: its result is what was asked.
            let hints = chainkg::store::hints::hints(&q);
            query(store, q, format, timeout, explain).map_err(|e| match (e, &file) {
                // Name the file the line and column are in.
                (QueryError::Lib(chainkg::Error::QuerySyntax(m)), Some(f)) => {
                    chainkg::Error::QuerySyntax(format!("{}: {m}", f.display())).into()
                }
                (QueryError::Lib(e), _) => e.into(),
                (e, _) => anyhow::Error::new(e),
            })?;
            for h in hints {
                eprintln!("chainkg: hint: {h}");
            }
        }
        Command::Export {
            store,
            format,
            output,
        } => {
            use chainkg::export;
            use oxigraph::io::RdfFormat;
            let store = Store::open_read_only(&store)?;
            let f = match format {
                ExportFormat::Nq => RdfFormat::NQuads,
                ExportFormat::Ttl => RdfFormat::Turtle,
                ExportFormat::Trig => RdfFormat::TriG,
                ExportFormat::Nt => RdfFormat::NTriples,
                ExportFormat::Csv => {
                    let Some(dir) = output else {
                        bail!(chainkg::Error::Usage(
                            "--format csv writes nodes.csv, edges.csv, projects.csv, enterprises.csv and products.csv: give the folder with -o DIR"
                                .into()
                        ));
                    };
                    let tables = export::tables::read(&store)?;
                    let values = export::values::read(&store, &tables)?;
                    export::csv::write_dir(&tables, &dir)?;
                    export::csv::write_values(&values, &dir)?;
                    eprintln!(
                        "wrote {} nodes, {} edges, {} projects, {} enterprises and {} products to {}",
                        tables.nodes.len(),
                        tables.edges.len(),
                        values.projects.len(),
                        values.enterprises.len(),
                        values.products.len(),
                        dir.display()
                    );
                    return Ok(());
                }
                ExportFormat::Graphml => {
                    let tables = export::tables::read(&store)?;
                    let values = export::values::read(&store, &tables)?;
                    let mut out = out_writer(output.as_ref())?;
                    export::graphml::write(&tables, &values, &mut out)?;
                    return Ok(());
                }
                ExportFormat::Jsonld => {
                    let mut out = out_writer(output.as_ref())?;
                    export::jsonld::write(&store, &mut out)?;
                    return Ok(());
                }
            };
            let mut out = out_writer(output.as_ref())?;
            store.dump(f, &mut out)?;
            out.flush()?;
        }
        Command::Stats { store, format, top } => {
            let store = Store::open_read_only(&store)?;
            let stats = chainkg::tools::stats::stats(&store, top)?;
            let mut out = out_writer(None)?;
            match format {
                StatsFormat::Table => write!(out, "{}", stats.table())?,
                StatsFormat::Json => {
                    serde_json::to_writer_pretty(&mut out, &stats)?;
                    writeln!(out)?;
                }
            }
            out.flush()?;
        }
        Command::Validate {
            store,
            shapes,
            format,
        } => {
            let (text, name) = match &shapes {
                Some(p) => (
                    std::fs::read_to_string(p)
                        .map_err(|e| chainkg::Error::io("reading", p.clone(), e))?,
                    p.display().to_string(),
                ),
                None => (
                    chainkg::tools::validate::SHAPES.to_string(),
                    "ontology/shapes.ttl".to_string(),
                ),
            };
            let store = Store::open_read_only(&store)?;
            let report = chainkg::tools::validate::validate(&store, &text, &name)?;
            let mut out = out_writer(None)?;
            match format {
                ValidateFormat::Table => write!(out, "{}", report.table())?,
                ValidateFormat::Json => {
                    serde_json::to_writer_pretty(&mut out, &report)?;
                    writeln!(out)?;
                }
                ValidateFormat::Ttl => write!(out, "{}", report.turtle())?,
            }
            out.flush()?;
            if report.violations() > 0 {
                bail!(
                    "the store does not conform to {name}: {} violation(s)",
                    report.violations()
                );
            }
        }
        Command::Dot {
            store,
            zone,
            industry,
            depth,
            article,
            font,
            output,
        } => {
            let store = Store::open_read_only(&store)?;
            let opts = chainkg::export::dot::DotOptions {
                zone,
                industry,
                depth,
                article,
                font,
            };
            let text = chainkg::export::dot::dot(&store, &opts)?;
            match output {
                Some(path) => chainkg::export::dot::write_file(&text, &path)?,
                None => {
                    let mut out = out_writer(None)?;
                    out.write_all(text.as_bytes())?;
                    out.flush()?;
                }
            }
        }
        Command::Serve {
            store,
            bind,
            allow_update,
            token_file,
            timeout,
            max_results,
            max_request_bytes,
            threads,
            lexicon,
        } => serve(
            store,
            &bind,
            token_file.filter(|_| allow_update),
            chainkg::server::ServeOptions {
                timeout: timeout_arg(timeout)?,
                max_results,
                max_request_bytes,
                threads: threads.unwrap_or(chainkg::server::ServeOptions::default().threads),
                lexicon,
                update_token: None,
            },
        )?,
        Command::Push {
            endpoint,
            store,
            default_graph,
            tries,
            timeout,
            threads,
            user_file,
            token_file,
        } => push(
            &store,
            chainkg::tools::push::PushOptions {
                endpoint,
                default_graph,
                tries,
                timeout: timeout_arg(timeout)?,
                threads,
                ..Default::default()
            },
            user_file,
            token_file,
        )?,
        Command::Eval {
            gold,
            lexicon,
            verbose,
        } => {
            let lex = chainkg::lexicon::Lexicon::load(
                chainkg::lexicon_dir(lexicon.as_deref()).as_deref(),
            )?;
            let extractor = chainkg::extract::Extractor::new(lex)?;
            let report = chainkg::tools::eval::evaluate(&gold, &extractor)?;
            let mut out = out_writer(None)?;
            if verbose {
                for m in &report.missed {
                    writeln!(out, "missed  {m}")?;
                }
                for w in &report.wrong {
                    writeln!(out, "wrong   {w}")?;
                }
            }
            if verbose {
                writeln!(out, "{}", report.rules_table())?;
            }
            write!(out, "{}", report.table())?;
            out.flush()?;
        }
    }
    Ok(())
}

/// `chainkg serve`: opens the store (read-write only when updates are
/// allowed), runs until SIGINT/SIGTERM, one access-log line per request on
/// stderr.
fn serve(
    store: PathBuf,
    bind: &str,
    token_file: Option<PathBuf>,
    mut opts: chainkg::server::ServeOptions,
) -> anyhow::Result<()> {
    use chainkg::server::{read_token_file, stop_on_signals, Server};
    opts.update_token = token_file.as_deref().map(read_token_file).transpose()?;
    let store_path = store.display().to_string();
    let store = match opts.update_token {
        Some(_) => Store::open(&store)?,
        None => Store::open_read_only(&store)?,
    };
    let server = Server::bind(bind, store, opts)?;
    let addr = server.local_addr();
    stop_on_signals(server.shutdown_handle())?;
    let mode = if server.read_only() {
        "read-only"
    } else {
        "updates allowed with the token"
    };
    eprintln!("chainkg: serving {store_path} at http://{addr}/ (SPARQL at /sparql, {mode})");
    if !addr.ip().is_loopback() {
        eprintln!("chainkg: warning: {addr} is reachable from other machines");
    }
    let served = server.run(|entry| eprintln!("{entry}"))?;
    eprintln!("chainkg: stopped after {served} requests");
    Ok(())
}

/// `chainkg push`: every article graph to a Graph Store Protocol endpoint,
/// a progress bar on a terminal, a summary line at the end.
fn push(
    store: &std::path::Path,
    mut opts: chainkg::tools::push::PushOptions,
    user_file: Option<PathBuf>,
    token_file: Option<PathBuf>,
) -> anyhow::Result<()> {
    let first_line = |p: &PathBuf| -> chainkg::Result<String> {
        let text =
            std::fs::read_to_string(p).map_err(|e| chainkg::Error::io("reading", p.clone(), e))?;
        Ok(text.lines().next().unwrap_or_default().trim().to_string())
    };
    if let Some(p) = &user_file {
        let line = first_line(p)?;
        let Some((user, password)) = line.split_once(':') else {
            bail!(chainkg::Error::Usage(format!(
                "{}: the first line should be USER:PASSWORD",
                p.display()
            )));
        };
        opts.authorization = Some(chainkg::tools::push::basic_auth(user, password));
    }
    if let Some(p) = &token_file {
        opts.authorization = Some(chainkg::tools::push::bearer_auth(&first_line(p)?));
    }
    let endpoint = opts.endpoint.clone();
    let store = Store::open_read_only(store)?;
    let bar = std::io::stderr().is_terminal().then(|| {
        let b = ProgressBar::new(0);
        b.set_style(bar_style("pushing [{bar:30}] {pos}/{len} graphs eta {eta}"));
        b
    });
    let progress = |done: usize, total: usize| {
        if let Some(b) = &bar {
            b.set_length(total as u64);
            b.set_position(done as u64);
        }
    };
    let report = chainkg::tools::push::push(&store, &opts, &progress)?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let retried = match report.retries {
        0 => String::new(),
        n => format!(", {n} request(s) retried"),
    };
    eprintln!(
        "pushed {} graphs, {} triples ({:.2} MB) to {endpoint} in {:.2} s{retried}",
        report.graphs,
        report.triples,
        report.bytes as f64 / 1e6,
        report.seconds
    );
    if report.default_triples > 0 && !report.default_pushed {
        eprintln!(
            "chainkg: note: the store's default graph ({} triples: the union of the graphs and the facts' provenance) was not pushed; add --default-graph to replace the endpoint's default graph with it",
            report.default_triples
        );
    }
    Ok(())
}
