//! `chainkg load`: load N-Quads files into the store (bulk), replacing the
//! article graphs they hold and resolving entities across the store.

use super::*;

/// The arguments of `chainkg load`.
#[derive(clap::Args)]
pub struct Args {
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
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let Args {
        files,
        store,
        threads,
        no_resolve,
    } = args;
    Store::check_not_in_use(&store)?;
    let start = Instant::now();
    let report = chainkg::pipeline::load::load_nquads(&chainkg::pipeline::load::LoadOptions {
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
    Ok(())
}
