//! `chainkg extract`: the map step without a store.

use super::*;

/// The arguments of `chainkg extract`.
#[derive(clap::Args)]
pub struct Args {
    /// Files, folders (recursively: .txt .md .html .htm .jsonl .pdf .docx) or - for stdin.
    inputs: Vec<PathBuf>,
    /// Also read input paths from this file, one per line (- for stdin).
    #[arg(long)]
    files_from: Option<PathBuf>,
    /// Output file (default: stdout).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Folder of lexicon files overriding the built-in ones.
    #[arg(long)]
    lexicon: Option<PathBuf>,
    /// Extraction threads (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
    /// Output syntax: N-Quads, the only one (the graph of each article
    /// and its facts needs named graphs; `load` reads it back).
    #[arg(long, value_enum, default_value = "nq")]
    format: QuadFormat,
    #[command(flatten)]
    reading: ReadArgs,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let Args {
        mut inputs,
        files_from,
        output,
        lexicon,
        threads,
        format: QuadFormat::Nq,
        reading,
    } = args;
    if let Some(list) = files_from {
        let text = if list.as_os_str() == "-" {
            std::io::read_to_string(std::io::stdin().lock())
        } else {
            std::fs::read_to_string(&list)
        }
        .map_err(|e| chainkg::Error::io("reading", list.clone(), e))?;
        inputs.extend(
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(PathBuf::from),
        );
    }
    if inputs.is_empty() {
        bail!(chainkg::Error::Usage(
            "no inputs: give files, folders, - or --files-from".into()
        ));
    }
    let mut out = out_writer(output.as_ref())?;
    let report = chainkg::pipeline::ingest::extract(
        &BuildOptions {
            inputs,
            lexicon,
            threads,
            read: reading.options()?,
            keep_going: reading.keep_going,
            ..BuildOptions::default()
        },
        &mut out,
        &|_| {},
    )?;
    out.flush()?;
    report_reading(&report);
    eprintln!(
        "extracted {} articles from {} files: {} facts, {} quads",
        report.articles, report.files, report.facts, report.quads
    );
    incomplete(&report)?;
    Ok(())
}

/// Syntaxes of `chainkg extract`'s output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum QuadFormat {
    /// N-Quads.
    #[value(alias = "nquads", alias = "n-quads")]
    Nq,
}
