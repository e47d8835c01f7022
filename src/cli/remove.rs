//! `chainkg remove`: take articles out of the store.

use super::*;

/// The arguments of `chainkg remove`.
#[derive(clap::Args)]
pub struct Args {
    /// Article IRIs (or `article/HASH`), or source files as built (a
    /// JSONL file stands for all its lines).
    #[arg(required = true)]
    articles: Vec<String>,
    #[arg(long, default_value = DEFAULT_STORE)]
    store: PathBuf,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let Args { articles, store } = args;
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
    Ok(())
}
