//! `chainkg push`: write every article graph to a SPARQL Graph Store
//! Protocol endpoint.

use super::*;

/// The arguments of `chainkg push`.
#[derive(clap::Args)]
pub struct Args {
    /// The Graph Store Protocol URL, e.g. http://localhost:7878/store.
    #[arg(long)]
    endpoint: String,
    #[arg(long, default_value = DEFAULT_STORE)]
    store: PathBuf,
    /// Also replace the endpoint's default graph with the store's
    /// default graph's own triples: the provenance of facts (the rest of
    /// the store's default graph is the union of the graphs pushed).
    #[arg(long)]
    default_graph: bool,
    /// Attempts per graph on connection errors, time-outs and 5xx answers.
    #[arg(long, default_value_t = 3)]
    tries: u32,
    /// Time limit per request, in seconds.
    #[arg(long, default_value_t = 60.0)]
    timeout: f64,
    /// Requests in flight at once.
    #[arg(long, default_value_t = 4)]
    threads: usize,
    /// File whose first line is USER:PASSWORD for HTTP basic authentication.
    #[arg(long, conflicts_with = "token_file")]
    user_file: Option<PathBuf>,
    /// File whose first line is a bearer token (Authorization: Bearer TOKEN).
    #[arg(long)]
    token_file: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let Args {
        endpoint,
        store,
        default_graph,
        tries,
        timeout,
        threads,
        user_file,
        token_file,
    } = args;
    push(
        &store,
        chainkg::tools::push::PushOptions {
            endpoint,
            default_graph,
            tries,
            timeout: timeout_arg(timeout)?,
            threads,
            ..Default::default()
        },
        user_file,
        token_file,
    )?;
    Ok(())
}

/// `chainkg push`: every article graph to a Graph Store Protocol endpoint,
/// a progress bar on a terminal, a summary line at the end.
fn push(
    store: &std::path::Path,
    mut opts: chainkg::tools::push::PushOptions,
    user_file: Option<PathBuf>,
    token_file: Option<PathBuf>,
) -> anyhow::Result<()> {
    let first_line = |p: &PathBuf| -> chainkg::Result<String> {
        let text =
            std::fs::read_to_string(p).map_err(|e| chainkg::Error::io("reading", p.clone(), e))?;
        Ok(text.lines().next().unwrap_or_default().trim().to_string())
    };
    if let Some(p) = &user_file {
        let line = first_line(p)?;
        let Some((user, password)) = line.split_once(':') else {
            bail!(chainkg::Error::Usage(format!(
                "{}: the first line should be USER:PASSWORD",
                p.display()
            )));
        };
        opts.authorization = Some(chainkg::tools::push::basic_auth(user, password));
    }
    if let Some(p) = &token_file {
        opts.authorization = Some(chainkg::tools::push::bearer_auth(&first_line(p)?));
    }
    let endpoint = opts.endpoint.clone();
    let store = Store::open_read_only(store)?;
    let bar = std::io::stderr().is_terminal().then(|| {
        let b = ProgressBar::new(0);
        b.set_style(bar_style("pushing [{bar:30}] {pos}/{len} graphs eta {eta}"));
        b
    });
    let progress = |done: usize, total: usize| {
        if let Some(b) = &bar {
            b.set_length(total as u64);
            b.set_position(done as u64);
        }
    };
    let report = chainkg::tools::push::push(&store, &opts, &progress)?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let retried = match report.retries {
        0 => String::new(),
        n => format!(", {n} request(s) retried"),
    };
    eprintln!(
        "pushed {} graphs, {} triples ({:.2} MB) to {endpoint} in {:.2} s{retried}",
        report.graphs,
        report.triples,
        report.bytes as f64 / 1e6,
        report.seconds
    );
    if report.default_triples > 0 && !report.default_pushed {
        eprintln!(
            "chainkg: note: the store's default graph ({} triples: the union of the graphs and the facts' provenance) was not pushed; add --default-graph to replace the endpoint's default graph with it",
            report.default_triples
        );
    }
    Ok(())
}
