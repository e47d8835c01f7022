//! `chainkg validate`: check the store against SHACL shapes and list every
//! violation with the offending node.

use super::*;

/// The arguments of `chainkg validate`.
#[derive(clap::Args)]
pub struct Args {
    #[arg(long, default_value = DEFAULT_STORE)]
    store: PathBuf,
    /// SHACL shapes in Turtle (default: the built-in ontology/shapes.ttl).
    #[arg(long)]
    shapes: Option<PathBuf>,
    /// table: readable; json: for scripts; ttl: a SHACL sh:ValidationReport.
    #[arg(long, value_enum, default_value_t = ValidateFormat::Table)]
    format: ValidateFormat,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let Args {
        store,
        shapes,
        format,
    } = args;
    let (text, name) = match &shapes {
        Some(p) => (
            std::fs::read_to_string(p).map_err(|e| chainkg::Error::io("reading", p.clone(), e))?,
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
    Ok(())
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ValidateFormat {
    Table,
    Json,
    Ttl,
}
