//! `chainkg eval`: score extraction against gold annotations (DIR/*.tsv).

use super::*;

/// The arguments of `chainkg eval`.
#[derive(clap::Args)]
pub struct Args {
    #[arg(long)]
    gold: PathBuf,
    #[arg(long)]
    lexicon: Option<PathBuf>,
    /// Also list missed and wrong facts.
    #[arg(long)]
    verbose: bool,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let Args {
        gold,
        lexicon,
        verbose,
    } = args;
    let lex = chainkg::lexicon::Lexicon::load(chainkg::lexicon_dir(lexicon.as_deref()).as_deref())?;
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
    Ok(())
}
