//! `chainkg resolve`: the reduce step.

use super::*;

/// The arguments of `chainkg resolve`.
#[derive(clap::Args)]
pub struct Args {
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
}

pub fn run(args: Args) -> anyhow::Result<()> {
    match args {
        Args {
            store: Some(store), ..
        } => {
            Store::check_not_in_use(&store)?;
            let r = chainkg::resolve::resolve_store(&Store::open_existing(&store)?)?;
            eprintln!(
                "resolved {} entities: {} changed, {} merged, {} quads rewritten",
                r.entities, r.changed, r.merged, r.quads
            );
        }
        Args {
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
    }
    Ok(())
}
