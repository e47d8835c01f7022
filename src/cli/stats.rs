//! `chainkg stats`: counts per class and property, most connected entities,
//! connected components, the longest product chain and the facts of each
//! article.

use super::*;

/// The arguments of `chainkg stats`.
#[derive(clap::Args)]
pub struct Args {
    #[arg(long, default_value = DEFAULT_STORE)]
    store: PathBuf,
    #[arg(long, value_enum, default_value_t = StatsFormat::Table)]
    format: StatsFormat,
    /// How many entities the degree ranking lists.
    #[arg(long, default_value_t = 10)]
    top: usize,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let Args { store, format, top } = args;
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
    Ok(())
}

#[derive(Clone, Copy, ValueEnum)]
pub enum StatsFormat {
    Table,
    Json,
}
