//! `chainkg gen-corpus`: write a synthetic corpus for benchmarks.

use super::*;

/// The arguments of `chainkg gen-corpus`.
#[derive(clap::Args)]
pub struct Args {
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
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let Args {
        out,
        mb,
        seed,
        recurring,
    } = args;
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
    Ok(())
}
