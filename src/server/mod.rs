//! `chainkg serve`: the store as a SPARQL 1.1 Protocol endpoint.
//!
//! Notebooks, BI tools and query editors speak the SPARQL protocol, not our
//! command line. This module serves `/sparql` (queries, and updates when
//! allowed), `POST /articles` (ingest text like `chainkg build`) and a small
//! query page at `/`, all from the binary.
//!
//! Safe by default: the CLI binds loopback, the store is read-only unless the
//! server was started with an update token, every query has a time limit and
//! a result-size limit, request bodies are bounded. Responses are built in
//! memory before they are sent, so a query that fails half-way (time limit,
//! too many results) still gets a proper HTTP status instead of a truncated
//! `200`.
//!
//! Threads: a fixed pool of workers takes requests from `tiny_http`'s queue;
//! queries read store snapshots and run in parallel, writes (updates,
//! ingests) are serialized by one lock. The library never prints: each
//! request is reported to a callback as an [`AccessLog`] entry.

mod sparql;
mod watchdog;

use crate::error::{Error, Result};
use crate::extract::Extractor;
use crate::input::{self, FileKind};
use crate::store::Store;
use std::io::Read;
use std::net::{SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use watchdog::{Deadline, Watchdog};

/// The address `chainkg serve` binds by default: loopback only.
pub const DEFAULT_BIND: &str = "127.0.0.1:7878";

/// How the server runs. [`ServeOptions::default`] is the safe setup:
/// read-only, 5 s per query, 100,000 results, 16 MiB requests.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    /// Worker threads (requests served at the same time).
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
            // More workers than cores: a slow query must not hold up the
            // quick ones queued behind it.
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
    http: Arc<tiny_http::Server>,
    addr: SocketAddr,
    stopping: Arc<AtomicBool>,
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
    /// Writes (updates, ingests) one at a time: they are rare, and
    /// concurrent transactions on the same graphs would conflict.
    write_lock: Mutex<()>,
    page: String,
    served: AtomicU64,
    /// Query evaluations alive, counting cancelled ones still winding down.
    evaluations: AtomicUsize,
}

/// Stops a running server from another thread (a signal handler).
#[derive(Clone)]
pub struct ShutdownHandle {
    http: Arc<tiny_http::Server>,
    stopping: Arc<AtomicBool>,
    workers: usize,
}

impl ShutdownHandle {
    /// Stops taking requests; requests already queued are still answered,
    /// then [`Server::run`] returns.
    pub fn shutdown(&self) {
        if !self.stopping.swap(true, Ordering::SeqCst) {
            // tiny_http wakes one waiting worker per call.
            for _ in 0..self.workers {
                self.http.unblock();
            }
        }
    }
}

/// Reads an update token from a file: its first line, trimmed.
pub fn read_token_file(path: &Path) -> Result<String> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
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
        .map_err(|e| Error::io("signal handlers", e))?;
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
        .map_err(|e| Error::io("signal handlers", e))?;
    Ok(())
}

impl Server {
    /// Binds `addr` (port 0 picks a free port: see [`Server::local_addr`])
    /// over an opened store. Give a read-write store when
    /// `opts.update_token` is set.
    pub fn bind(addr: &str, store: Store, opts: ServeOptions) -> Result<Server> {
        let listener = TcpListener::bind(addr).map_err(|e| Error::io(addr, e))?;
        // tiny_http writes a response through a 1 KiB buffer, so a larger
        // one leaves in several segments; with Nagle's algorithm the last
        // waits for the client's delayed ACK (40 ms). Accepted sockets
        // inherit TCP_NODELAY from the listener.
        socket2::SockRef::from(&listener)
            .set_tcp_nodelay(true)
            .map_err(|e| Error::io(addr, e))?;
        let local = listener.local_addr().map_err(|e| Error::io(addr, e))?;
        let http = tiny_http::Server::from_listener(listener, None)
            .map_err(|e| Error::Usage(format!("cannot serve on {addr}: {e}")))?;
        let extractor = match opts.update_token {
            Some(_) => {
                let dir = crate::lexicon_dir(opts.lexicon.as_deref());
                let lex = crate::lexicon::Lexicon::load(dir.as_deref())?;
                Some(Extractor::new(lex)?)
            }
            None => None,
        };
        let watchdog = Watchdog::start().map_err(|e| Error::io("watchdog thread", e))?;
        Ok(Server {
            http: Arc::new(http),
            addr: local,
            stopping: Arc::new(AtomicBool::new(false)),
            state: Arc::new(State {
                store,
                opts,
                extractor,
                watchdog,
                write_lock: Mutex::new(()),
                page: page(),
                served: AtomicU64::new(0),
                evaluations: AtomicUsize::new(0),
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
        ShutdownHandle {
            http: Arc::clone(&self.http),
            stopping: Arc::clone(&self.stopping),
            workers: self.state.opts.threads.max(1),
        }
    }

    /// Serves until shut down; returns the number of requests served. The
    /// store is closed (flushed) when this returns.
    pub fn run(self, log: &(dyn Fn(&AccessLog) + Sync)) -> Result<u64> {
        let fatal: Mutex<Option<std::io::Error>> = Mutex::new(None);
        let handle = self.shutdown_handle();
        std::thread::scope(|scope| {
            for _ in 0..handle.workers {
                scope.spawn(|| loop {
                    match self.http.recv() {
                        Ok(rq) => self.serve(rq, log),
                        Err(e) => {
                            // Not a shutdown: tiny_http's accept loop died
                            // (e.g. out of file descriptors). Stop, so a
                            // supervisor can restart us, rather than hang.
                            if !self.stopping.load(Ordering::SeqCst) {
                                *fatal.lock().unwrap_or_else(PoisonError::into_inner) = Some(e);
                                handle.shutdown();
                            }
                            break;
                        }
                    }
                });
            }
        });
        // Queries still evaluating (cancelled ones winding down) get a
        // moment to end, so the store closes cleanly; not forever.
        self.state.watchdog.cancel_all();
        let waited = Instant::now();
        while self.state.evaluations.load(Ordering::SeqCst) > 0
            && waited.elapsed() < Duration::from_secs(2)
        {
            std::thread::sleep(Duration::from_millis(20));
        }
        let served = self.state.served.load(Ordering::SeqCst);
        match fatal.into_inner().unwrap_or_else(PoisonError::into_inner) {
            Some(e) => Err(Error::io(self.addr.to_string(), e)),
            None => Ok(served),
        }
    }

    fn serve(&self, mut rq: tiny_http::Request, log: &(dyn Fn(&AccessLog) + Sync)) {
        let start = Instant::now();
        let time = rfc3339(SystemTime::now());
        let method = rq.method().as_str().to_string();
        let path = rq.url().split('?').next().unwrap_or("").to_string();
        let remote = rq.remote_addr().map(|a| a.to_string()).unwrap_or_default();
        // A bug in a handler answers 500 instead of killing the worker.
        let reply =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| route(&self.state, &mut rq)))
                .unwrap_or_else(|_| Reply::error(500, "internal error"));
        let status = reply.status;
        let bytes = reply.body.len();
        let op = reply.op;
        let mut error = reply.error.clone();
        if let Err(e) = rq.respond(reply.into_response()) {
            error.get_or_insert(format!("sending the response: {e}"));
        }
        self.state.served.fetch_add(1, Ordering::Relaxed);
        log(&AccessLog {
            time,
            remote,
            method,
            path,
            status,
            bytes,
            ms: (start.elapsed().as_secs_f64() * 10_000.0).round() / 10.0,
            op,
            error,
        });
    }
}

/// An HTTP answer, built in full before it is sent.
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

    fn into_response(self) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
        let mut response = tiny_http::Response::from_data(self.body).with_status_code(self.status);
        let fixed = [
            ("Content-Type", self.content_type.to_string()),
            // Browser-based editors on other origins may call us; an update
            // still needs the token, which a foreign page does not have.
            ("Access-Control-Allow-Origin", "*".to_string()),
            ("X-Content-Type-Options", "nosniff".to_string()),
        ];
        for (name, value) in fixed.into_iter().chain(self.headers) {
            if let Ok(h) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
                response.add_header(h);
            }
        }
        response
    }
}

/// The request's header `name`, if any.
fn header<'a>(rq: &'a tiny_http::Request, name: &'static str) -> Option<&'a str> {
    rq.headers()
        .iter()
        .find(|h| h.field.equiv(name))
        .map(|h| h.value.as_str())
}

/// The media type of the request body, lower-case, without parameters.
fn content_type(rq: &tiny_http::Request) -> String {
    header(rq, "Content-Type")
        .and_then(|v| v.split(';').next())
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// Reads the body, refusing more than the request-size limit.
fn read_body(rq: &mut tiny_http::Request, limit: usize) -> Result<Vec<u8>, Reply> {
    let too_large = || {
        Reply::error(
            413,
            format!("request body over the limit of {limit} bytes (--max-request-bytes)"),
        )
    };
    if rq.body_length().is_some_and(|n| n > limit) {
        return Err(too_large());
    }
    let mut body = Vec::new();
    rq.as_reader()
        .take(limit as u64 + 1)
        .read_to_end(&mut body)
        .map_err(|e| Reply::error(400, format!("reading the request body: {e}")))?;
    if body.len() > limit {
        return Err(too_large());
    }
    Ok(body)
}

/// UTF-8 text of a body (a BOM is dropped).
fn body_text(body: Vec<u8>) -> Result<String, Reply> {
    let body = match body.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => rest.to_vec(),
        None => body,
    };
    String::from_utf8(body).map_err(|e| {
        Reply::error(
            400,
            format!(
                "request body is not valid UTF-8 at byte offset {}",
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

/// Checks the update token. 403 when writes are off or the token is wrong,
/// 401 when none was sent.
fn authorize(state: &State, rq: &tiny_http::Request) -> Result<(), Reply> {
    let Some(expected) = &state.opts.update_token else {
        return Err(Reply::error(
            403,
            "this endpoint is read-only (start it with --allow-update --token-file FILE to allow updates)",
        ));
    };
    let given = header(rq, "Authorization").and_then(|v| {
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

fn route(state: &Arc<State>, rq: &mut tiny_http::Request) -> Reply {
    use tiny_http::Method;
    let url = rq.url().to_string();
    if url.len() > state.opts.max_request_bytes {
        return Reply::error(414, "URL too long: send the query with POST");
    }
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    let method = rq.method().clone();
    match (&method, path) {
        (Method::Options, _) => Reply::new(204, "text/plain", Vec::new())
            .header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            .header(
                "Access-Control-Allow-Headers",
                "Content-Type, Accept, Authorization",
            )
            .header("Access-Control-Max-Age", "86400")
            .op("preflight"),
        (Method::Get | Method::Head, "/" | "/index.html") => page_reply(state),
        (Method::Get | Method::Head | Method::Post, "/sparql") => {
            sparql::handle(state, rq, query, false)
        }
        (Method::Post, "/update") => sparql::handle(state, rq, query, true),
        (Method::Post, "/articles") => ingest(state, rq, query),
        (_, "/" | "/index.html" | "/sparql" | "/update" | "/articles") => {
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
/// can run on for a long time. The worker therefore answers 503 at the
/// deadline whatever the evaluation does, and leaves that thread to wind
/// down; how many may wind down at once is bounded, so runaway queries
/// cannot pile up.
fn with_time_limit(
    state: &Arc<State>,
    work: impl FnOnce(&State, &Deadline) -> Reply + Send + 'static,
) -> Reply {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let cap = state.opts.threads.max(1) + cores.max(2);
    let alive = Alive::new(state);
    if alive.count > cap {
        return Reply::error(
            503,
            "busy: queries stopped at their time limit are still winding down; retry shortly",
        )
        .header("Retry-After", "5");
    }
    let limit = state.opts.timeout;
    let deadline = state.watchdog.deadline(limit);
    let token = deadline.token();
    let (tx, rx) = std::sync::mpsc::sync_channel(1);
    let spawned = std::thread::Builder::new()
        .name("chainkg-query".into())
        .spawn(move || {
            let reply = work(&alive.state, &deadline);
            drop(deadline);
            drop(alive);
            // The worker may have given up waiting: nobody to tell then.
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

/// Counts a live evaluation for as long as it exists (even if it panics).
struct Alive {
    state: Arc<State>,
    /// Evaluations alive, this one included.
    count: usize,
}

impl Alive {
    fn new(state: &Arc<State>) -> Alive {
        let count = state.evaluations.fetch_add(1, Ordering::SeqCst) + 1;
        Alive {
            state: Arc::clone(state),
            count,
        }
    }
}

impl Drop for Alive {
    fn drop(&mut self) {
        self.state.evaluations.fetch_sub(1, Ordering::SeqCst);
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

/// The query page, with the example queries filled in.
fn page_reply(state: &State) -> Reply {
    Reply::new(
        200,
        "text/html; charset=utf-8",
        state.page.clone().into_bytes(),
    )
    // Everything the page needs is inline; it talks to this server only.
    .header(
        "Content-Security-Policy",
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'",
    )
    .op("page")
}

/// Example queries of the page: the project's query files, and a graph.
const EXAMPLES: &[(&str, &str)] = &[
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

/// `POST /articles`: text, HTML or JSONL in, articles built into the store
/// as `chainkg build` does; re-sent articles replace their earlier graph.
fn ingest(state: &State, rq: &mut tiny_http::Request, query: &str) -> Reply {
    let mut run = || -> Result<Reply, Reply> {
        authorize(state, rq)?;
        let kind = match content_type(rq).as_str() {
            "text/plain" | "text/markdown" | "" => FileKind::Text,
            "text/html" | "application/xhtml+xml" => FileKind::Html,
            "application/jsonl" | "application/x-ndjson" | "application/x-jsonlines" => {
                FileKind::Jsonl
            }
            other => {
                return Err(Reply::error(
                    415,
                    format!(
                        "cannot ingest {other}: send text/plain, text/html or application/jsonl"
                    ),
                ))
            }
        };
        let source = form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == "source")
            .map_or_else(|| "http".to_string(), |(_, v)| v.into_owned());
        let text = body_text(read_body(rq, state.opts.max_request_bytes)?)?;
        let docs = input::documents_of(Path::new(&source), &source, kind, text)
            .map_err(|e| Reply::error(400, e.to_string()))?;
        let Some(extractor) = &state.extractor else {
            return Err(Reply::error(500, "ingest is not set up"));
        };
        // Extraction runs outside the write lock; only loading takes it.
        let read = crate::read_documents(extractor, &docs);
        let report = {
            let _write = state
                .write_lock
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            crate::load(&state.store, &read, &|_| {})
        }
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
    };
    run().unwrap_or_else(|e| e).op("ingest")
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
