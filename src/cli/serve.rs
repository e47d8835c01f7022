//! `chainkg serve`: serve the store as a SPARQL 1.1 Protocol endpoint
//! (/sparql) with a query page (/).

use super::*;

/// The arguments of `chainkg serve`.
#[derive(clap::Args)]
pub struct Args {
    #[arg(long, default_value = DEFAULT_STORE)]
    store: PathBuf,
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, default_value = chainkg::server::DEFAULT_BIND)]
    bind: String,
    /// Accept SPARQL updates and POST /articles (needs --token-file).
    #[arg(long, requires = "token_file")]
    allow_update: bool,
    /// File whose first line is the token updates must send
    /// (Authorization: Bearer TOKEN).
    #[arg(long, requires = "allow_update")]
    token_file: Option<PathBuf>,
    /// Time limit per query or update, in seconds.
    #[arg(long, default_value_t = 5.0)]
    timeout: f64,
    /// Most results (rows or triples) one query may return.
    #[arg(long, default_value_t = 100_000)]
    max_results: usize,
    /// Largest request body accepted, in bytes.
    #[arg(long, default_value_t = 16 << 20)]
    max_request_bytes: usize,
    /// Queries evaluated at once; more wait for a free slot
    /// (default: twice the cores, at least 8).
    #[arg(long)]
    threads: Option<usize>,
    /// Lexicon folder for POST /articles (as for build).
    #[arg(long)]
    lexicon: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let Args {
        store,
        bind,
        allow_update,
        token_file,
        timeout,
        max_results,
        max_request_bytes,
        threads,
        lexicon,
    } = args;
    serve(
        store,
        &bind,
        token_file.filter(|_| allow_update),
        chainkg::server::ServeOptions {
            timeout: timeout_arg(timeout)?,
            max_results,
            max_request_bytes,
            threads: threads.unwrap_or(chainkg::server::ServeOptions::default().threads),
            lexicon,
            update_token: None,
        },
    )?;
    Ok(())
}

/// `chainkg serve`: opens the store (read-write only when updates are
/// allowed), runs until SIGINT/SIGTERM, one access-log line per request on
/// stderr.
fn serve(
    store: PathBuf,
    bind: &str,
    token_file: Option<PathBuf>,
    mut opts: chainkg::server::ServeOptions,
) -> anyhow::Result<()> {
    use chainkg::server::{read_token_file, stop_on_signals, Server};
    opts.update_token = token_file.as_deref().map(read_token_file).transpose()?;
    let store_path = store.display().to_string();
    let store = match opts.update_token {
        Some(_) => Store::open(&store)?,
        None => Store::open_read_only(&store)?,
    };
    let server = Server::bind(bind, store, opts)?;
    let addr = server.local_addr();
    stop_on_signals(server.shutdown_handle())?;
    let mode = if server.read_only() {
        "read-only"
    } else {
        "updates allowed with the token"
    };
    eprintln!("chainkg: serving {store_path} at http://{addr}/ (SPARQL at /sparql, {mode})");
    if !addr.ip().is_loopback() {
        eprintln!("chainkg: warning: {addr} is reachable from other machines");
    }
    let served = server.run(|entry| eprintln!("{entry}"))?;
    eprintln!("chainkg: stopped after {served} requests");
    Ok(())
}
