//! `chainkg build`: read articles, extract facts and load them into the
//! store.

use super::*;

/// The arguments of `chainkg build`.
#[derive(clap::Args)]
pub struct Args {
    /// Files, folders (recursively: .txt .md .html .htm .jsonl .pdf .docx) or - for stdin.
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
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let Args {
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
    } = args;
    if !dry_run {
        // Say so now, not after the whole extraction.
        Store::check_not_in_use(&store)?;
    }
    let start = Instant::now();
    let reporter = super::progress::Reporter::new(
        std::io::stderr().is_terminal(),
        progress_every.unwrap_or(super::progress::DEFAULT_EVERY),
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
            keep_bytes: None,
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
    Ok(())
}
