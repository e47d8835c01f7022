//! `chainkg serve`: the store as a SPARQL 1.1 Protocol endpoint.
//!
//! Notebooks, BI tools and query editors speak the SPARQL protocol, not our
//! command line. This module serves `/sparql` (queries, and updates when
//! allowed), `POST /articles` (ingest text like `chainkg build`) and a small
//! explorer page at `/` (`explore`), all from the binary.
//!
//! Safe by default: the CLI binds loopback, the store is read-only unless the
//! server was started with an update token, every query has a time limit and
//! a result-size limit, request bodies are bounded. Responses are built in
//! memory before they are sent, so a query that fails half-way (time limit,
//! too many results) still gets a proper HTTP status instead of a truncated
//! `200`.
//!
//! Threads: hyper serves HTTP/1.1 on a small tokio runtime (`transport`);
//! each request is read in full (bounded), then handled on a blocking
//! thread by plain synchronous code. Queries read store snapshots and run
//! in parallel, at most `threads` at once; writes (updates, ingests) are
//! serialized by one lock. The library never prints: each request is
//! reported to a callback as an [`AccessLog`] entry.

mod cache;
mod explore;
mod sparql;
mod transport;
mod watchdog;

use crate::error::{Error, Result};
use crate::extract::Extractor;
use crate::pipeline::input::{self, FileKind};
use crate::store::Store;
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use watchdog::{Deadline, Watchdog};

/// The address `chainkg serve` binds by default: loopback only.
pub const DEFAULT_BIND: &str = "127.0.0.1:7878";

/// How the server runs. [`ServeOptions::default`] is the safe setup:
/// read-only, 5 s per query, 100,000 results, 16 MiB requests.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    /// Queries evaluated at the same time; more wait for a free slot.
    pub threads: usize,
    /// Time limit of one query or update.
    pub timeout: Duration,
    /// Most solutions (SELECT) or triples (CONSTRUCT/DESCRIBE) in a result.
    pub max_results: usize,
    /// Largest request body (and URL) accepted.
    pub max_request_bytes: usize,
    /// Token that update and ingest requests must send as
    /// `Authorization: Bearer TOKEN`; `None` makes the endpoint read-only.
    pub update_token: Option<String>,
    /// Lexicon folder for ingest (as `chainkg build --lexicon`).
    pub lexicon: Option<PathBuf>,
}

impl Default for ServeOptions {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        ServeOptions {
            // More than the cores: a slow query must not hold up the quick
            // ones queued behind it.
            threads: (2 * cores).max(8),
            timeout: Duration::from_secs(5),
            max_results: 100_000,
            max_request_bytes: 16 << 20,
            update_token: None,
            lexicon: None,
        }
    }
}

/// Largest response body: a guard on memory next to `max_results`, since a
/// response is built in memory before it is sent.
const MAX_RESPONSE_BYTES: usize = 256 << 20;

/// One served request, for the access log.
#[derive(Clone, Debug, serde::Serialize)]
pub struct AccessLog {
    /// When the request arrived, RFC 3339 UTC.
    pub time: String,
    pub remote: String,
    pub method: String,
    /// The path, without the query string (queries can be long and private).
    pub path: String,
    pub status: u16,
    /// Response body bytes.
    pub bytes: usize,
    /// Time to handle the request, milliseconds.
    pub ms: f64,
    /// What was done: `select`, `ask`, `graph`, `update`, `ingest`, `page`…
    pub op: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl std::fmt::Display for AccessLog {
    /// One JSON object on one line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let line = serde_json::to_string(self).map_err(|_| std::fmt::Error)?;
        f.write_str(&line)
    }
}

/// A bound server, ready to [`run`](Server::run).
pub struct Server {
    listener: TcpListener,
    addr: SocketAddr,
    shutdown: ShutdownHandle,
    state: Arc<State>,
}

/// What the handlers share.
struct State {
    store: Store,
    opts: ServeOptions,
    /// Loaded once at start (jieba's dictionary is costly), only when
    /// ingest is allowed.
    extractor: Option<Extractor>,
    watchdog: Watchdog,
    /// Query evaluations allowed at once (`opts.threads`).
    slots: Arc<Slots>,
    /// Writes (updates, ingests) one at a time: they are rare, and
    /// concurrent transactions on the same graphs would conflict.
    write_lock: Mutex<()>,
    /// Answers of recent queries, cleared by every write.
    cache: cache::ResultCache,
    page: String,
    served: AtomicU64,
}

impl State {
    /// Runs a write (an update, an ingest) alone, clearing the cached
    /// answers before and after it.
    fn write<T>(&self, f: impl FnOnce() -> T) -> T {
        let _write = self
            .write_lock
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        self.cache.invalidate();
        let out = f();
        self.cache.invalidate();
        out
    }
}

/// Stops a running server from another thread (a signal handler).
#[derive(Clone)]
pub struct ShutdownHandle {
    stopping: Arc<AtomicBool>,
    notify: Arc<tokio::sync::Notify>,
}

impl ShutdownHandle {
    /// Stops taking connections; requests in progress are answered, then
    /// [`Server::run`] returns.
    pub fn shutdown(&self) {
        if !self.stopping.swap(true, Ordering::SeqCst) {
            // Stores a permit when nobody waits yet: never lost.
            self.notify.notify_one();
        }
    }
}

/// Reads an update token from a file: its first line, trimmed.
pub fn read_token_file(path: &Path) -> Result<String> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io("reading", path, e))?;
    let token = text.lines().next().unwrap_or("").trim().to_string();
    if token.len() < 8 {
        return Err(Error::bad_input(
            path,
            Some(1),
            "update token must be at least 8 characters",
        ));
    }
    Ok(token)
}

/// Stops the server cleanly on SIGINT or SIGTERM; a second signal exits at
/// once (for a shutdown stuck behind a long ingest). For binaries: it
/// installs process-wide signal handlers.
pub fn stop_on_signals(handle: ShutdownHandle) -> Result<()> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM])
        .map_err(|e| Error::io("installing", "signal handlers", e))?;
    std::thread::Builder::new()
        .name("chainkg-signals".into())
        .spawn(move || {
            let mut seen = 0;
            for signal in signals.forever() {
                seen += 1;
                if seen > 1 {
                    std::process::exit(128 + signal);
                }
                handle.shutdown();
            }
        })
        .map_err(|e| Error::io("installing", "signal handlers", e))?;
    Ok(())
}

impl Server {
    /// Binds `addr` (port 0 picks a free port: see [`Server::local_addr`])
    /// over an opened store. Give a read-write store when
    /// `opts.update_token` is set.
    pub fn bind(addr: &str, store: Store, opts: ServeOptions) -> Result<Server> {
        let listener = TcpListener::bind(addr).map_err(|e| Error::io("binding", addr, e))?;
        let local = listener
            .local_addr()
            .map_err(|e| Error::io("binding", addr, e))?;
        let extractor = match opts.update_token {
            Some(_) => {
                let dir = crate::pipeline::lexicon_dir(opts.lexicon.as_deref());
                let lex = crate::lexicon::Lexicon::load(dir.as_deref())?;
                Some(Extractor::new(lex)?)
            }
            None => None,
        };
        let watchdog =
            Watchdog::start().map_err(|e| Error::io("starting", "watchdog thread", e))?;
        Ok(Server {
            listener,
            addr: local,
            shutdown: ShutdownHandle {
                stopping: Arc::new(AtomicBool::new(false)),
                notify: Arc::new(tokio::sync::Notify::new()),
            },
            state: Arc::new(State {
                store,
                slots: Slots::new(opts.threads.max(1)),
                opts,
                extractor,
                watchdog,
                write_lock: Mutex::new(()),
                cache: cache::ResultCache::default(),
                page: page(),
                served: AtomicU64::new(0),
            }),
        })
    }

    /// The address actually bound.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// True unless updates and ingest are allowed.
    pub fn read_only(&self) -> bool {
        self.state.opts.update_token.is_none()
    }

    /// A handle that stops [`Server::run`] from another thread.
    pub fn shutdown_handle(&self) -> ShutdownHandle {
        self.shutdown.clone()
    }

    /// Serves until shut down; returns the number of requests served.
    /// Requests in progress are answered first; a query past its time limit
    /// that is still winding down gets two more seconds, then is left to
    /// the process exit (it only reads).
    pub fn run(self, log: impl Fn(&AccessLog) + Send + Sync + 'static) -> Result<u64> {
        let addr = self.addr.to_string();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            // Only sockets run here; handlers run on blocking threads.
            .worker_threads(2)
            .thread_name("chainkg-http")
            .enable_io()
            .enable_time()
            .build()
            .map_err(|e| Error::io("starting the server on", &addr, e))?;
        let state = Arc::clone(&self.state);
        let served = runtime
            .block_on(transport::serve(
                self.listener,
                state,
                Arc::new(log),
                self.shutdown,
            ))
            .map_err(|e| Error::io("serving on", &addr, e));
        // Blocking threads still waiting on a runaway query must not hold
        // the exit; they answer nobody now.
        runtime.shutdown_timeout(Duration::from_millis(100));
        // Queries still evaluating get a moment to end, so the store closes
        // cleanly; not forever.
        self.state.watchdog.cancel_all();
        let waited = Instant::now();
        while self.state.slots.in_use() > 0 && waited.elapsed() < Duration::from_secs(2) {
            std::thread::sleep(Duration::from_millis(20));
        }
        served
    }
}

/// A request read in full, whatever the transport.
pub(crate) struct Incoming {
    method: String,
    path: String,
    /// The raw query string (after `?`), empty when none.
    query: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Incoming {
    /// The value of header `name` (case-insensitive), if any.
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The media type of the body, lower-case, without parameters.
    fn content_type(&self) -> String {
        self.header("Content-Type")
            .and_then(|v| v.split(';').next())
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
    }
}

/// An HTTP answer, built in full before it is sent.
#[derive(Clone, Debug)]
pub(crate) struct Reply {
    status: u16,
    content_type: &'static str,
    body: Vec<u8>,
    headers: Vec<(&'static str, String)>,
    op: &'static str,
    error: Option<String>,
}

impl Reply {
    fn new(status: u16, content_type: &'static str, body: Vec<u8>) -> Reply {
        Reply {
            status,
            content_type,
            body,
            headers: Vec::new(),
            op: "-",
            error: None,
        }
    }

    /// A plain-text error with its message (also logged).
    fn error(status: u16, message: impl Into<String>) -> Reply {
        let message = message.into();
        let mut r = Reply::new(
            status,
            "text/plain; charset=utf-8",
            format!("{message}\n").into_bytes(),
        );
        r.error = Some(message);
        r
    }

    fn header(mut self, name: &'static str, value: impl Into<String>) -> Reply {
        self.headers.push((name, value.into()));
        self
    }

    fn op(mut self, op: &'static str) -> Reply {
        self.op = op;
        self
    }
}

/// UTF-8 text of a body (a BOM is dropped).
fn body_text(body: &[u8]) -> Result<String, Reply> {
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => Err(Reply::error(
            400,
            format!(
                "request body is not valid UTF-8 at byte offset {}",
                e.valid_up_to()
            ),
        )),
    }
}

/// Checks the update token. 403 when writes are off or the token is wrong,
/// 401 when none was sent.
fn authorize(state: &State, rq: &Incoming) -> Result<(), Reply> {
    let Some(expected) = &state.opts.update_token else {
        return Err(Reply::error(
            403,
            "this endpoint is read-only (start it with --allow-update --token-file FILE to allow updates)",
        ));
    };
    let given = rq.header("Authorization").and_then(|v| {
        v.split_once(' ')
            .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
            .map(|(_, t)| t.trim())
    });
    match given {
        None => Err(Reply::error(
            401,
            "updates need the server's token: send Authorization: Bearer TOKEN",
        )
        .header("WWW-Authenticate", "Bearer realm=\"chainkg\"")),
        Some(t) if same_secret(t.as_bytes(), expected.as_bytes()) => Ok(()),
        Some(_) => Err(Reply::error(403, "wrong update token")),
    }
}

/// Compares secrets in time independent of where they differ.
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn route(state: &Arc<State>, rq: &Incoming) -> Reply {
    let path = rq.path.as_str();
    match (rq.method.as_str(), path) {
        ("OPTIONS", _) => Reply::new(204, "text/plain", Vec::new())
            .header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            .header(
                "Access-Control-Allow-Headers",
                "Content-Type, Accept, Authorization",
            )
            .header("Access-Control-Max-Age", "86400")
            .op("preflight"),
        ("GET" | "HEAD", "/" | "/index.html") => page_reply(state),
        ("GET" | "HEAD" | "POST", "/sparql") => sparql::handle(state, rq, false),
        ("POST", "/update") => sparql::handle(state, rq, true),
        ("POST", "/articles") => ingest(state, rq),
        (_, p) if explore::serves(p) => explore::handle(state, rq),
        (method, "/" | "/index.html" | "/sparql" | "/update" | "/articles") => {
            let allow = match path {
                "/sparql" => "GET, POST, OPTIONS",
                "/update" | "/articles" => "POST, OPTIONS",
                _ => "GET, OPTIONS",
            };
            Reply::error(405, format!("{method} is not allowed on {path}")).header("Allow", allow)
        }
        _ => Reply::error(404, format!("no such page: {path} (try / or /sparql)")),
    }
}

/// Extra time a worker waits past the deadline for the evaluation to notice
/// its cancellation and answer by itself.
const GRACE: Duration = Duration::from_millis(250);

/// Runs a query evaluation on its own thread under the time limit.
///
/// Oxigraph's cancellation is cooperative: it is checked when the store is
/// read, not inside a cartesian product or a sort, so a cancelled evaluation
/// can run on for a long time. The caller is therefore answered 503 at the
/// deadline whatever the evaluation does, and the evaluation thread winds
/// down on its own, holding its slot: runaway queries take slots from new
/// ones (which wait, then get 503) instead of piling up.
fn with_time_limit(
    state: &Arc<State>,
    work: impl FnOnce(&State, &Deadline) -> Reply + Send + 'static,
) -> Reply {
    let limit = state.opts.timeout;
    let Some(slot) = state.slots.acquire(limit) else {
        return Reply::error(
            503,
            format!(
                "busy: all {} query slots (--threads) stayed taken for {} s; retry shortly",
                state.opts.threads,
                limit.as_secs_f64()
            ),
        )
        .header("Retry-After", "5");
    };
    let deadline = state.watchdog.deadline(limit);
    let token = deadline.token();
    let (tx, rx) = std::sync::mpsc::sync_channel(1);
    let shared = Arc::clone(state);
    let spawned = std::thread::Builder::new()
        .name("chainkg-query".into())
        .spawn(move || {
            let reply = work(&shared, &deadline);
            drop(deadline);
            drop(slot);
            // The caller may have given up waiting: nobody to tell then.
            let _ = tx.send(reply);
        });
    if let Err(e) = spawned {
        return Reply::error(503, format!("cannot start the query: {e}"));
    }
    match rx.recv_timeout(limit + GRACE) {
        Ok(reply) => reply,
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
            token.cancel();
            timeout_reply(state)
        }
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
            Reply::error(500, "internal error while evaluating the query")
        }
    }
}

/// A counting semaphore of query evaluations.
struct Slots {
    free: Mutex<usize>,
    total: usize,
    released: Condvar,
}

/// One taken slot, given back when dropped (even by a panicking thread).
struct Slot(Arc<Slots>);

impl Slots {
    fn new(total: usize) -> Arc<Slots> {
        Arc::new(Slots {
            free: Mutex::new(total),
            total,
            released: Condvar::new(),
        })
    }

    /// Takes a slot, waiting at most `wait` for one.
    fn acquire(self: &Arc<Self>, wait: Duration) -> Option<Slot> {
        let free = self.free.lock().unwrap_or_else(PoisonError::into_inner);
        let (mut free, _) = self
            .released
            .wait_timeout_while(free, wait, |n| *n == 0)
            .unwrap_or_else(PoisonError::into_inner);
        if *free == 0 {
            return None;
        }
        *free -= 1;
        Some(Slot(Arc::clone(self)))
    }

    fn in_use(&self) -> usize {
        self.total - *self.free.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        *self.0.free.lock().unwrap_or_else(PoisonError::into_inner) += 1;
        self.0.released.notify_one();
    }
}

/// The answer to a query or update stopped at its time limit.
fn timeout_reply(state: &State) -> Reply {
    Reply::error(
        503,
        format!(
            "query stopped: it ran over the time limit of {} s (--timeout); narrow it or add LIMIT",
            state.opts.timeout.as_secs_f64()
        ),
    )
}

/// The explorer page, with the example queries filled in.
fn page_reply(state: &State) -> Reply {
    Reply::new(
        200,
        "text/html; charset=utf-8",
        state.page.clone().into_bytes(),
    )
    // Everything the page needs comes from this server (`explore`).
    .header(
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'",
    )
    .op("page")
}

/// Example queries of the page: the project's query files, and a graph.
const EXAMPLES: &[(&str, &str)] = &[
    (
        "Projects: zone, owner, investment, opening (names link to their pages)",
        "SELECT ?project ?zone ?owner ?investment ?opens WHERE {\n\
         \x20 ?project a ck:Project .\n\
         \x20 OPTIONAL { ?zone ck:hostsProject ?project }\n\
         \x20 OPTIONAL { ?project ck:ownedBy ?owner }\n\
         \x20 OPTIONAL { ?project ck:investment ?investment }\n\
         \x20 OPTIONAL { ?project ck:operationDate ?opens }\n\
         }\n\
         ORDER BY DESC(?investment)\n",
    ),
    (
        "Chain leaders (链主) by zone",
        include_str!("../../data/queries/chain-leaders.rq"),
    ),
    (
        "Projects by investment",
        include_str!("../../data/queries/projects.rq"),
    ),
    (
        "Product flow (upstream → downstream)",
        include_str!("../../data/queries/product-flow.rq"),
    ),
    (
        "Where each fact was read (provenance)",
        include_str!("../../data/queries/provenance.rq"),
    ),
    (
        "Zones and their industries (CONSTRUCT)",
        "PREFIX ck: <https://w3id.org/chainkg/ontology#>\n\
         PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\
         CONSTRUCT { ?z a ck:Zone ; rdfs:label ?zl ; ck:focusesOn ?i . ?i rdfs:label ?il }\n\
         WHERE { ?z a ck:Zone ; rdfs:label ?zl ; ck:focusesOn ?i . ?i rdfs:label ?il }\n",
    ),
];

fn page() -> String {
    let examples: Vec<serde_json::Value> = EXAMPLES
        .iter()
        .map(|(name, query)| serde_json::json!({ "name": name, "query": query }))
        .collect();
    // `</` inside a script element would end it.
    let json = serde_json::Value::from(examples)
        .to_string()
        .replace("</", "<\\/");
    include_str!("index.html").replace("/*EXAMPLES*/[]", &json)
}

/// The media type of a Word `.docx` file.
const DOCX_MEDIA: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// `POST /articles`: text, HTML, JSONL, PDF or Word in, articles built into the store
/// as `chainkg build` does; re-sent articles replace their earlier graph.
fn ingest(state: &State, rq: &Incoming) -> Reply {
    ingest_articles(state, rq)
        .unwrap_or_else(|e| e)
        .op("ingest")
}

fn ingest_articles(state: &State, rq: &Incoming) -> Result<Reply, Reply> {
    authorize(state, rq)?;
    let kind = match rq.content_type().as_str() {
        "text/plain" | "text/markdown" | "" => FileKind::Text,
        "text/html" | "application/xhtml+xml" => FileKind::Html,
        "application/jsonl" | "application/x-ndjson" | "application/x-jsonlines" => FileKind::Jsonl,
        "application/pdf" => FileKind::Pdf,
        DOCX_MEDIA => FileKind::Docx,
        other => {
            return Err(Reply::error(
                415,
                format!(
                    "cannot ingest {other}: send text/plain, text/html, application/jsonl, \
                     application/pdf or {DOCX_MEDIA}"
                ),
            ))
        }
    };
    let source = form_urlencoded::parse(rq.query.as_bytes())
        .find(|(k, _)| k == "source")
        .map_or_else(|| "http".to_string(), |(_, v)| v.into_owned());
    let name = Path::new(&source);
    let bad = |e: Error| Reply::error(400, e.to_string());
    let text = match kind {
        FileKind::Pdf => input::office::pdf_bytes_text(name, &rq.body).map_err(bad)?,
        FileKind::Docx => input::office::docx_bytes_text(name, &rq.body).map_err(bad)?,
        _ => body_text(&rq.body)?,
    };
    let docs = input::documents_of(name, &source, kind, text).map_err(bad)?;
    let Some(extractor) = &state.extractor else {
        return Err(Reply::error(500, "ingest is not set up"));
    };
    // Extraction runs outside the write lock; only loading takes it.
    let read = crate::pipeline::read_documents(extractor, &docs);
    let report = state
        .write(|| crate::pipeline::add_articles(&state.store, &read, &|_| {}))
        .map_err(|e| Reply::error(500, e.to_string()))?;
    let graphs: Vec<String> = read.iter().map(|r| r.iri().as_str().to_string()).collect();
    let body = serde_json::json!({
        "articles": report.articles,
        "facts": report.facts,
        "quads": report.quads,
        "graphs": graphs,
    });
    Ok(Reply::new(
        200,
        "application/json",
        format!("{body}\n").into_bytes(),
    ))
}

/// RFC 3339 UTC time with milliseconds (no date crate for one format).
fn rfc3339(t: SystemTime) -> String {
    let d = t.duration_since(UNIX_EPOCH).unwrap_or_default();
    let secs = d.as_secs();
    let (days, rem) = (secs / 86_400, secs % 86_400);
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        d.subsec_millis()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_dates() {
        assert_eq!(rfc3339(UNIX_EPOCH), "1970-01-01T00:00:00.000Z");
        let t = UNIX_EPOCH + Duration::from_millis(1_709_210_096_789);
        assert_eq!(rfc3339(t), "2024-02-29T12:34:56.789Z");
    }

    #[test]
    fn page_has_the_examples() {
        let p = page();
        assert!(!p.contains("/*EXAMPLES*/"));
        assert!(p.contains("ck:leadsChain"));
    }

    #[test]
    fn secrets() {
        assert!(same_secret(b"abcdefgh", b"abcdefgh"));
        assert!(!same_secret(b"abcdefgh", b"abcdefgx"));
        assert!(!same_secret(b"abc", b"abcd"));
    }
}
