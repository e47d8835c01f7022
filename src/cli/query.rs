//! `chainkg query`: run a SPARQL query (the default graph is the union of
//! all articles).

use super::*;

/// The arguments of `chainkg query`.
#[derive(clap::Args)]
pub struct Args {
    /// The query text (or use --file).
    sparql: Option<String>,
    /// Read the query from a file.
    #[arg(long, conflicts_with = "sparql")]
    file: Option<PathBuf>,
    #[arg(long, default_value = DEFAULT_STORE)]
    store: PathBuf,
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Stop the query after this many seconds (exit status 1).
    #[arg(long)]
    timeout: Option<f64>,
    /// Instead of the results, run the query to its end and print its
    /// plan with the rows and seconds of each step (JSON): why a query
    /// is slow.
    #[arg(long)]
    explain: bool,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let Args {
        sparql,
        file,
        store,
        format,
        timeout,
        explain,
    } = args;
    let q = match (sparql, &file) {
        (Some(q), None) => q,
        (None, Some(f)) => {
            std::fs::read_to_string(f).map_err(|e| chainkg::Error::io("reading", f.clone(), e))?
        }
        _ => bail!(chainkg::Error::Usage(
            "give a SPARQL query or --file Q.rq".into()
        )),
    };
    let store = Store::open_read_only(&store)?;
    let format = match format {
        Format::Table => ResultFormat::Table,
        Format::Csv => ResultFormat::Csv,
        Format::Tsv => ResultFormat::Tsv,
        Format::Json => ResultFormat::Json,
        Format::Xml => ResultFormat::Xml,
    };
    // Slips that make a query match nothing (ck:leadChain), said
    // once it has run: its result is what was asked.
    let hints = chainkg::store::hints::hints(&q);
    query(store, q, format, timeout, explain).map_err(|e| match (e, &file) {
        // Name the file the line and column are in.
        (QueryError::Lib(chainkg::Error::QuerySyntax(m)), Some(f)) => {
            chainkg::Error::QuerySyntax(format!("{}: {m}", f.display())).into()
        }
        (QueryError::Lib(e), _) => e.into(),
        (e, _) => anyhow::Error::new(e),
    })?;
    for h in hints {
        eprintln!("chainkg: hint: {h}");
    }
    Ok(())
}

/// Runs a query and writes its results on stdout; with a time limit, in a
/// thread of its own. At the limit the query is cancelled (Oxigraph stops
/// at its next read of the store); a query that computes without reading
/// (a cross product under COUNT) is abandoned after a short grace, and the
/// process exits with its store opened read-only, so nothing is at risk.
fn query(
    store: Store,
    sparql: String,
    format: ResultFormat,
    timeout: Option<f64>,
    explain: bool,
) -> std::result::Result<(), QueryError> {
    let run = move |cancel: Option<CancellationToken>| -> chainkg::Result<()> {
        let opts = chainkg::store::QueryOptions {
            cancel,
            ..Default::default()
        };
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        if explain {
            writeln!(out, "{}", store.explain(&sparql, &opts)?)?;
        } else {
            write_results(store.query_with(&sparql, &opts)?, format, &mut out)?;
        }
        out.flush()?;
        Ok(())
    };
    let Some(secs) = timeout else {
        return run(None).map_err(QueryError::Lib);
    };
    if !(secs.is_finite() && secs > 0.0) {
        return Err(QueryError::Lib(chainkg::Error::Usage(format!(
            "--timeout {secs}: give a number of seconds > 0"
        ))));
    }
    let token = CancellationToken::new();
    let (tx, rx) = std::sync::mpsc::channel();
    let worker = token.clone();
    std::thread::spawn(move || {
        // The receiver may be gone (timed out): nothing left to tell.
        let _ = tx.send(run(Some(worker)));
    });
    let limit = std::time::Duration::from_secs_f64(secs);
    match rx.recv_timeout(limit) {
        Ok(done) => done.map_err(QueryError::Lib),
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
            token.cancel();
            match rx.recv_timeout(std::time::Duration::from_millis(500)) {
                Ok(Ok(())) => Ok(()),
                _ => Err(QueryError::Timeout(secs)),
            }
        }
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => Err(QueryError::Lib(
            chainkg::Error::evaluation_failed("the query thread stopped unexpectedly"),
        )),
    }
}

/// Why `chainkg query` failed.
#[derive(Debug, thiserror::Error)]
enum QueryError {
    #[error(transparent)]
    Lib(chainkg::Error),
    #[error("query stopped by --timeout after {0} s")]
    Timeout(f64),
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}
