//! `chainkg export`: write the whole graph.

use super::*;

/// The arguments of `chainkg export`.
#[derive(clap::Args)]
pub struct Args {
    #[arg(long, default_value = DEFAULT_STORE)]
    store: PathBuf,
    #[arg(long, value_enum)]
    format: ExportFormat,
    /// Output file (default: stdout); for csv, the folder that receives
    /// its tables (required).
    #[arg(short, long)]
    output: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let Args {
        store,
        format,
        output,
    } = args;
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
    Ok(())
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Nq,
    Ttl,
    Trig,
    /// Compacted with ontology/context.jsonld (embedded), one @graph per article.
    Jsonld,
    Nt,
    /// nodes.csv, edges.csv, projects.csv, enterprises.csv and products.csv
    /// in the folder given by -o.
    Csv,
    /// GraphML for Gephi, yEd, Cytoscape, NetworkX.
    Graphml,
}
