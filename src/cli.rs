//! The command line: clap definitions and the glue from parsed arguments to
//! library calls. All printing happens here.

use anyhow::{bail, Context};
use chainkg::query::{write_results, ResultFormat};
use chainkg::store::{Store, DEFAULT_STORE};
use chainkg::{BuildOptions, Progress};
use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

#[derive(Parser)]
#[command(
    name = "chainkg",
    version,
    about = "Knowledge graphs of industry chains from Chinese news"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Read articles, extract facts and load them into the store.
    Build {
        /// Files, folders (recursively: .txt .md .html .htm .jsonl) or - for stdin.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        #[arg(long, default_value = DEFAULT_STORE)]
        store: PathBuf,
        /// Folder of lexicon files overriding the built-in ones
        /// (default: ./data/lexicon when present).
        #[arg(long)]
        lexicon: Option<PathBuf>,
    },
    /// Run a SPARQL query (the default graph is the union of all articles).
    Query {
        /// The query text (or use --file).
        sparql: Option<String>,
        /// Read the query from a file.
        #[arg(long, conflicts_with = "sparql")]
        file: Option<PathBuf>,
        #[arg(long, default_value = DEFAULT_STORE)]
        store: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Write the whole graph in an RDF syntax.
    Export {
        #[arg(long, default_value = DEFAULT_STORE)]
        store: PathBuf,
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Output file (default: stdout).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Graphviz DOT of the industry chains (stdout, or -o FILE.dot|svg|png|pdf).
    Dot {
        #[arg(long, default_value = DEFAULT_STORE)]
        store: PathBuf,
        /// Only this zone (its name as written), its parts and what they host.
        #[arg(long)]
        zone: Option<String>,
        /// Only the chain around this industry.
        #[arg(long)]
        industry: Option<String>,
        /// Hops around --industry.
        #[arg(long, default_value_t = 2)]
        depth: usize,
        /// Only the facts of one article (its IRI).
        #[arg(long)]
        article: Option<String>,
        /// Font with CJK glyphs for the labels.
        #[arg(long, default_value = "Noto Sans CJK SC")]
        font: String,
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Score extraction against gold annotations (DIR/*.tsv).
    Eval {
        #[arg(long)]
        gold: PathBuf,
        #[arg(long)]
        lexicon: Option<PathBuf>,
        /// Also list missed and wrong facts.
        #[arg(long)]
        verbose: bool,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Nq,
    Ttl,
    Trig,
    Jsonld,
    Nt,
}

fn out_writer(path: Option<&PathBuf>) -> anyhow::Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    })
}

pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Build {
            inputs,
            store,
            lexicon,
        } => {
            let start = Instant::now();
            let bar = std::io::stderr().is_terminal().then(|| {
                let b = ProgressBar::new(0);
                b.set_style(
                    ProgressStyle::with_template(
                        "{msg:>8} [{bar:30}] {pos}/{len} {per_sec} eta {eta}",
                    )
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
                );
                b
            });
            let progress = |p: Progress| {
                if let Some(b) = &bar {
                    match p {
                        Progress::Read(done, total) => {
                            b.set_message("reading");
                            b.set_length(total);
                            b.set_position(done);
                        }
                        Progress::Loaded(done, total) => {
                            b.set_message("loading");
                            b.set_length(total as u64);
                            b.set_position(done as u64);
                        }
                    }
                }
            };
            let report = chainkg::build(
                &BuildOptions {
                    inputs,
                    store,
                    lexicon,
                },
                &progress,
            )?;
            if let Some(b) = bar {
                b.finish_and_clear();
            }
            for p in &report.skipped {
                eprintln!(
                    "chainkg: skipped {} (not .txt, .md, .html, .htm or .jsonl)",
                    p.display()
                );
            }
            let secs = start.elapsed().as_secs_f64();
            eprintln!(
                "built {} articles from {} files: {} facts, {} quads in {:.2} s",
                report.articles, report.files, report.facts, report.quads, secs
            );
        }
        Command::Query {
            sparql,
            file,
            store,
            format,
        } => {
            let q = match (sparql, file) {
                (Some(q), None) => q,
                (None, Some(f)) => std::fs::read_to_string(&f)
                    .with_context(|| format!("reading {}", f.display()))?,
                _ => bail!(chainkg::Error::Usage(
                    "give a SPARQL query or --file Q.rq".into()
                )),
            };
            let store = Store::open_read_only(&store)?;
            let results = store.query(&q)?;
            let format = match format {
                Format::Table => ResultFormat::Table,
                Format::Csv => ResultFormat::Csv,
                Format::Tsv => ResultFormat::Tsv,
                Format::Json => ResultFormat::Json,
                Format::Xml => ResultFormat::Xml,
            };
            let mut out = out_writer(None)?;
            write_results(results, format, &mut out)?;
            out.flush()?;
        }
        Command::Export {
            store,
            format,
            output,
        } => {
            use oxigraph::io::{JsonLdProfileSet, RdfFormat};
            let store = Store::open_read_only(&store)?;
            let f = match format {
                ExportFormat::Nq => RdfFormat::NQuads,
                ExportFormat::Ttl => RdfFormat::Turtle,
                ExportFormat::Trig => RdfFormat::TriG,
                ExportFormat::Nt => RdfFormat::NTriples,
                ExportFormat::Jsonld => RdfFormat::JsonLd {
                    profile: JsonLdProfileSet::empty(),
                },
            };
            let mut out = out_writer(output.as_ref())?;
            store.dump(f, &mut out)?;
            out.flush()?;
        }
        Command::Dot {
            store,
            zone,
            industry,
            depth,
            article,
            font,
            output,
        } => {
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
        }
        Command::Eval {
            gold,
            lexicon,
            verbose,
        } => {
            let lex = chainkg::lexicon::Lexicon::load(
                chainkg::lexicon_dir(lexicon.as_deref()).as_deref(),
            )?;
            let extractor = chainkg::extract::Extractor::new(lex)?;
            let report = chainkg::eval::evaluate(&gold, &extractor)?;
            let mut out = out_writer(None)?;
            if verbose {
                for m in &report.missed {
                    writeln!(out, "missed  {m}")?;
                }
                for w in &report.wrong {
                    writeln!(out, "wrong   {w}")?;
                }
            }
            write!(out, "{}", report.table())?;
            out.flush()?;
        }
    }
    Ok(())
}
