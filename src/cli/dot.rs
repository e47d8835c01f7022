//! `chainkg dot`: graphviz DOT of the industry chains (stdout, or -o
//! FILE.dot|svg|png|pdf).

use super::*;

/// The arguments of `chainkg dot`.
#[derive(clap::Args)]
pub struct Args {
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
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let Args {
        store,
        zone,
        industry,
        depth,
        article,
        font,
        output,
    } = args;
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
    Ok(())
}
