//! `chainkg push`: writes the store's graphs to a SPARQL 1.1 Graph Store
//! HTTP Protocol endpoint, so a server store (Apache Jena Fuseki, GraphDB,
//! Virtuoso, QLever, Oxigraph's own server) can hold what one embedded
//! store cannot.
//!
//! Each named graph (an article's graph, each of its fact graphs) goes in
//! one request, `PUT {endpoint}?graph={graph IRI}` with the graph as
//! N-Triples: the protocol's PUT replaces the graph, so pushing again
//! (after a re-build of some articles, or after a failed push) leaves one
//! copy of each graph, never two. With `default_graph`, the store's default
//! graph goes too (`PUT {endpoint}?default`): the union of the graphs and
//! the facts' provenance, so that a server queried on its default graph
//! answers as chainkg does (a server's own "union default graph" mode
//! leaves the provenance out, and hands queries every copy of a triple). Connection failures, time-outs, 5xx answers and 429 are
//! retried with a doubling back-off; other answers (4xx: a wrong URL, no
//! write permission, a server that does not speak the protocol) fail at
//! once. A failure names the endpoint, the graph and the server's answer.
//!
//! Requests go out on a few threads at once (`threads`), over kept-alive
//! connections; the store is only read.

use crate::error::{Error, Result};
use crate::store::Store;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphNameRef, NamedOrBlankNode, Quad, TripleRef};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// What [`push`] should do.
#[derive(Clone, Debug)]
pub struct PushOptions {
    /// The Graph Store Protocol service URL (Oxigraph server: `…/store`,
    /// Fuseki: `…/DATASET/data`, GraphDB: `…/repositories/ID/rdf-graphs/service`,
    /// Virtuoso: `…/sparql-graph-crud-auth`). It may carry a query string of
    /// its own; `graph=` (or `default`) is appended to it.
    pub endpoint: String,
    /// Also replace the endpoint's default graph with the triples of the
    /// store's default graph (`PUT {endpoint}?default`): the union of the
    /// graphs and the provenance of facts. Off by default: replacing a
    /// server's default graph is not to be done behind one's back.
    pub default_graph: bool,
    /// Attempts per graph (at least 1).
    pub tries: u32,
    /// Wait before the first retry; doubled for each further retry.
    pub backoff: Duration,
    /// Time limit of one request, from connecting to the end of the answer.
    pub timeout: Duration,
    /// Requests in flight at once (at least 1).
    pub threads: usize,
    /// Value of the `Authorization` header, if the endpoint needs one
    /// (see [`basic_auth`] and [`bearer_auth`]).
    pub authorization: Option<String>,
}

impl Default for PushOptions {
    fn default() -> Self {
        PushOptions {
            endpoint: String::new(),
            default_graph: false,
            tries: 3,
            backoff: Duration::from_millis(500),
            timeout: Duration::from_secs(60),
            threads: 4,
            authorization: None,
        }
    }
}

/// What [`push`] did.
#[derive(Clone, Debug, Default)]
pub struct PushReport {
    /// Named graphs written.
    pub graphs: usize,
    /// Triples written, over all graphs (the default graph's included).
    pub triples: usize,
    /// Bytes of N-Triples sent.
    pub bytes: u64,
    /// Requests that had to be repeated.
    pub retries: usize,
    /// Triples of the store's default graph: pushed with
    /// [`PushOptions::default_graph`], else left out (and counted here so
    /// the caller can say so).
    pub default_triples: usize,
    /// Whether the default graph was pushed.
    pub default_pushed: bool,
    pub seconds: f64,
}

/// Progress of a push: graphs done, graphs in all.
pub type PushProgress<'a> = &'a (dyn Fn(usize, usize) + Sync);

/// `Authorization` value for HTTP basic authentication.
pub fn basic_auth(user: &str, password: &str) -> String {
    format!("Basic {}", base64(format!("{user}:{password}").as_bytes()))
}

/// `Authorization` value for a bearer token.
pub fn bearer_auth(token: &str) -> String {
    format!("Bearer {token}")
}

/// Where one request goes and what it carries.
enum Target {
    Named(oxigraph::model::NamedNode),
    Default,
}

impl Target {
    fn label(&self) -> String {
        match self {
            Target::Named(n) => n.to_string(),
            Target::Default => "(default graph)".to_string(),
        }
    }

    fn graph_name(&self) -> GraphNameRef<'_> {
        match self {
            Target::Named(n) => GraphNameRef::NamedNode(n.as_ref()),
            Target::Default => GraphNameRef::DefaultGraph,
        }
    }

    fn url(&self, endpoint: &str) -> String {
        let sep = if endpoint.contains('?') { '&' } else { '?' };
        match self {
            Target::Named(n) => {
                let iri: String = form_urlencoded::byte_serialize(n.as_str().as_bytes()).collect();
                format!("{endpoint}{sep}graph={iri}")
            }
            Target::Default => format!("{endpoint}{sep}default"),
        }
    }
}

/// Writes every named graph of `store` (and, if asked, its default graph)
/// to the Graph Store Protocol endpoint of `opts`. Stops at the first graph
/// that cannot be written after its retries; graphs written before it stay
/// written (pushing again replaces them).
pub fn push(store: &Store, opts: &PushOptions, progress: PushProgress) -> Result<PushReport> {
    let start = Instant::now();
    let endpoint = opts.endpoint.trim_end().to_string();
    check_endpoint(&endpoint)?;
    let ox = store.oxigraph();
    let store_error = |e: oxigraph::store::StorageError| Error::Push {
        endpoint: endpoint.clone(),
        graph: "(listing the local store's graphs)".into(),
        message: e.to_string(),
    };
    let mut targets = Vec::new();
    for g in ox.named_graphs() {
        match g.map_err(store_error)? {
            NamedOrBlankNode::NamedNode(n) => targets.push(Target::Named(n)),
            NamedOrBlankNode::BlankNode(b) => {
                return Err(Error::Push {
                    endpoint,
                    graph: b.to_string(),
                    message: "a graph named by a blank node has no IRI to PUT it under".into(),
                })
            }
        }
    }
    targets.sort_by_key(Target::label);
    let default_triples = ox
        .quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph))
        .count();
    if opts.default_graph {
        targets.push(Target::Default);
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(opts.timeout))
        .user_agent(concat!("chainkg/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();

    let total = targets.len();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let report = Mutex::new(PushReport {
        default_triples,
        default_pushed: opts.default_graph,
        ..PushReport::default()
    });
    let failure: Mutex<Option<Error>> = Mutex::new(None);
    let worker = || {
        while !stop.load(Ordering::Relaxed) {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(target) = targets.get(i) else { break };
            let outcome = graph_body(ox, target)
                .map_err(|message| Error::Push {
                    endpoint: endpoint.clone(),
                    graph: target.label(),
                    message,
                })
                .and_then(|(body, triples)| {
                    let retries = put(&agent, &endpoint, target, &body, opts)?;
                    Ok((body.len(), triples, retries))
                });
            match outcome {
                Ok((bytes, triples, retries)) => {
                    if let Ok(mut r) = report.lock() {
                        if matches!(target, Target::Named(_)) {
                            r.graphs += 1;
                        }
                        r.triples += triples;
                        r.bytes += bytes as u64;
                        r.retries += retries;
                    }
                    let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                    progress(n, total);
                }
                Err(e) => {
                    stop.store(true, Ordering::Relaxed);
                    if let Ok(mut f) = failure.lock() {
                        // The first failure is the one to report.
                        f.get_or_insert(e);
                    }
                }
            }
        }
    };
    std::thread::scope(|s| {
        for _ in 0..opts.threads.clamp(1, 64).min(total.max(1)) {
            s.spawn(worker);
        }
    });
    if let Some(e) = failure.into_inner().ok().flatten() {
        return Err(e);
    }
    let mut report = report.into_inner().unwrap_or_default();
    report.seconds = start.elapsed().as_secs_f64();
    Ok(report)
}

/// A usable service URL: http or https, with a host.
fn check_endpoint(endpoint: &str) -> Result<()> {
    let rest = endpoint
        .strip_prefix("http://")
        .or_else(|| endpoint.strip_prefix("https://"));
    match rest {
        Some(r) if !r.is_empty() && !r.starts_with('/') && !endpoint.contains('#') => Ok(()),
        _ => Err(Error::Usage(format!(
            "--endpoint {endpoint}: give the Graph Store Protocol URL, e.g. http://localhost:7878/store"
        ))),
    }
}

/// The graph's triples as N-Triples, and how many there are.
fn graph_body(
    ox: &oxigraph::store::Store,
    target: &Target,
) -> std::result::Result<(Vec<u8>, usize), String> {
    let quads: Vec<Quad> = ox
        .quads_for_pattern(None, None, None, Some(target.graph_name()))
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| format!("reading the store: {e}"))?;
    let mut w = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(Vec::new());
    for q in &quads {
        w.serialize_triple(TripleRef::new(&q.subject, &q.predicate, &q.object))
            .map_err(|e| format!("serializing: {e}"))?;
    }
    let body = w.finish().map_err(|e| format!("serializing: {e}"))?;
    Ok((body, quads.len()))
}

/// One PUT with retries; returns how many retries it took.
fn put(
    agent: &ureq::Agent,
    endpoint: &str,
    target: &Target,
    body: &[u8],
    opts: &PushOptions,
) -> Result<usize> {
    let url = target.url(endpoint);
    let tries = opts.tries.max(1);
    let mut wait = opts.backoff;
    let mut attempt = 1;
    loop {
        let outcome = send(agent, &url, body, opts.authorization.as_deref());
        let (retry, message) = match outcome {
            Ok(()) => return Ok(attempt as usize - 1),
            Err(failure) => failure,
        };
        if !retry || attempt >= tries {
            let message = if attempt > 1 {
                format!("{message} (after {attempt} tries)")
            } else {
                message
            };
            return Err(Error::Push {
                endpoint: endpoint.to_string(),
                graph: target.label(),
                message,
            });
        }
        std::thread::sleep(wait);
        wait = wait.saturating_mul(2);
        attempt += 1;
    }
}

/// One PUT. On failure: whether a retry may help, and what happened.
fn send(
    agent: &ureq::Agent,
    url: &str,
    body: &[u8],
    authorization: Option<&str>,
) -> std::result::Result<(), (bool, String)> {
    let mut request = agent
        .put(url)
        .header("Content-Type", "application/n-triples");
    if let Some(auth) = authorization {
        request = request.header("Authorization", auth);
    }
    let mut response = match request.send(body) {
        Ok(r) => r,
        Err(e) => return Err((transient(&e), e.to_string())),
    };
    let status = response.status();
    if status.is_success() {
        return Ok(());
    }
    // The server's own words, on one line and short.
    let text = response
        .body_mut()
        .with_config()
        .limit(64 << 10)
        .read_to_string()
        .unwrap_or_default();
    let mut said = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some((cut, _)) = said.char_indices().nth(200) {
        said.truncate(cut);
        said.push('…');
    }
    let retry = status.is_server_error() || status.as_u16() == 429;
    let mut message = format!("HTTP {status}");
    if !said.is_empty() {
        message.push_str(": ");
        message.push_str(&said);
    }
    Err((retry, message))
}

/// Errors a second try may not meet: the network, not the request.
fn transient(e: &ureq::Error) -> bool {
    matches!(
        e,
        ureq::Error::Io(_)
            | ureq::Error::Timeout(_)
            | ureq::Error::ConnectionFailed
            | ureq::Error::HostNotFound
            | ureq::Error::Protocol(_)
    )
}

/// Standard base64 with padding (RFC 4648), for basic authentication.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18u32, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(ABC[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{Literal, NamedNode, QuadRef};
    use std::io::{BufRead, BufReader, Read, Write};
    use std::net::{TcpListener, TcpStream};
    use std::sync::Arc;

    /// One request as the test server saw it.
    #[derive(Clone, Debug)]
    struct Seen {
        method: String,
        target: String,
        content_type: String,
        authorization: String,
        body: String,
    }

    /// A tiny HTTP/1.1 server answering each request with the next status
    /// of `statuses` (the last one repeats), recording what it got.
    fn server(statuses: Vec<u16>) -> (String, Arc<Mutex<Vec<Seen>>>) {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        let count = Arc::new(AtomicUsize::new(0));
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let (log, count, statuses) = (log.clone(), count.clone(), statuses.clone());
                // A thread per connection; one connection may carry several
                // requests (keep-alive).
                std::thread::spawn(move || {
                    while let Some(req) = read_request(&stream) {
                        let n = count.fetch_add(1, Ordering::SeqCst);
                        let status = statuses[n.min(statuses.len() - 1)];
                        log.lock().unwrap().push(req);
                        let body = if status >= 400 {
                            "graph\nrefused  here"
                        } else {
                            ""
                        };
                        let reply = format!(
                            "HTTP/1.1 {status} X\r\nContent-Length: {}\r\n\r\n{body}",
                            body.len()
                        );
                        if (&stream).write_all(reply.as_bytes()).is_err() {
                            break;
                        }
                    }
                });
            }
        });
        (format!("http://{addr}/store"), seen)
    }

    fn read_request(stream: &TcpStream) -> Option<Seen> {
        let mut reader = BufReader::new(stream);
        let mut line = String::new();
        reader.read_line(&mut line).ok()?;
        let mut parts = line.split_whitespace();
        let method = parts.next()?.to_string();
        let target = parts.next()?.to_string();
        let (mut len, mut content_type, mut authorization) = (0, String::new(), String::new());
        loop {
            let mut h = String::new();
            reader.read_line(&mut h).ok()?;
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            let (k, v) = h.split_once(':')?;
            match k.to_ascii_lowercase().as_str() {
                "content-length" => len = v.trim().parse().ok()?,
                "content-type" => content_type = v.trim().to_string(),
                "authorization" => authorization = v.trim().to_string(),
                _ => {}
            }
        }
        let mut body = vec![0; len];
        reader.read_exact(&mut body).ok()?;
        Some(Seen {
            method,
            target,
            content_type,
            authorization,
            body: String::from_utf8(body).ok()?,
        })
    }

    fn store_with_two_graphs() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("s")).unwrap();
        let ox = store.oxigraph();
        let p = NamedNode::new("http://example.org/p").unwrap();
        for (g, n) in [
            ("http://example.org/g/1", 2),
            ("http://example.org/g/2#x", 1),
        ] {
            let g = NamedNode::new(g).unwrap();
            for i in 0..n {
                let s = NamedNode::new(format!("http://example.org/s{i}")).unwrap();
                let o = Literal::new_language_tagged_literal("园区", "zh").unwrap();
                ox.insert(QuadRef::new(&s, &p, &o, &g)).unwrap();
            }
        }
        let s = NamedNode::new("http://example.org/d").unwrap();
        ox.insert(QuadRef::new(&s, &p, &s, GraphNameRef::DefaultGraph))
            .unwrap();
        (dir, store)
    }

    fn fast(endpoint: &str) -> PushOptions {
        PushOptions {
            endpoint: endpoint.to_string(),
            backoff: Duration::from_millis(10),
            timeout: Duration::from_secs(10),
            threads: 1,
            ..PushOptions::default()
        }
    }

    #[test]
    fn puts_each_named_graph_as_n_triples() {
        let (_dir, store) = store_with_two_graphs();
        let (url, seen) = server(vec![201, 204]);
        let mut opts = fast(&url);
        opts.authorization = Some(basic_auth("ck", "secret"));
        let report = push(&store, &opts, &|_, _| {}).unwrap();
        assert_eq!(report.graphs, 2);
        assert_eq!(report.triples, 3);
        assert_eq!(report.retries, 0);
        assert_eq!(report.default_triples, 1);
        assert!(!report.default_pushed);
        let seen = seen.lock().unwrap().clone();
        assert_eq!(seen.len(), 2, "{seen:?}");
        assert!(seen.iter().all(|r| r.method == "PUT"));
        assert!(seen
            .iter()
            .all(|r| r.content_type == "application/n-triples"));
        assert_eq!(seen[0].authorization, "Basic Y2s6c2VjcmV0");
        assert_eq!(
            seen[0].target,
            "/store?graph=http%3A%2F%2Fexample.org%2Fg%2F1"
        );
        assert_eq!(
            seen[1].target,
            "/store?graph=http%3A%2F%2Fexample.org%2Fg%2F2%23x"
        );
        assert_eq!(seen[0].body.lines().count(), 2);
        assert!(seen[0].body.contains("\"园区\"@zh"), "{}", seen[0].body);
    }

    #[test]
    fn the_default_graph_only_when_asked() {
        let (_dir, store) = store_with_two_graphs();
        let (url, seen) = server(vec![204]);
        let mut opts = fast(&format!("{url}?token=1"));
        opts.default_graph = true;
        let report = push(&store, &opts, &|_, _| {}).unwrap();
        assert_eq!((report.graphs, report.triples), (2, 4));
        let seen = seen.lock().unwrap().clone();
        assert_eq!(seen.len(), 3);
        assert_eq!(seen[2].target, "/store?token=1&default");
        assert!(seen[0].target.starts_with("/store?token=1&graph="));
    }

    #[test]
    fn server_errors_are_retried() {
        let (_dir, store) = store_with_two_graphs();
        let (url, seen) = server(vec![503, 500, 201]);
        let report = push(&store, &fast(&url), &|_, _| {}).unwrap();
        assert_eq!(report.graphs, 2);
        assert_eq!(report.retries, 2);
        assert_eq!(seen.lock().unwrap().len(), 4);
    }

    #[test]
    fn client_errors_fail_at_once_naming_endpoint_and_graph() {
        let (_dir, store) = store_with_two_graphs();
        let (url, seen) = server(vec![403]);
        let err = push(&store, &fast(&url), &|_, _| {}).unwrap_err();
        let text = err.to_string();
        assert!(text.contains(&url), "{text}");
        assert!(text.contains("<http://example.org/g/1>"), "{text}");
        assert!(text.contains("403"), "{text}");
        assert!(text.contains("graph refused here"), "{text}");
        assert!(!text.contains('\n'), "{text}");
        assert_eq!(seen.lock().unwrap().len(), 1);
        assert!(!err.is_user_error());
    }

    #[test]
    fn persistent_server_errors_give_up_after_the_tries() {
        let (_dir, store) = store_with_two_graphs();
        let (url, seen) = server(vec![500]);
        let err = push(&store, &fast(&url), &|_, _| {}).unwrap_err();
        assert!(err.to_string().contains("after 3 tries"), "{err}");
        assert_eq!(seen.lock().unwrap().len(), 3);
    }

    #[test]
    fn no_server_is_a_clear_error() {
        let (_dir, store) = store_with_two_graphs();
        // A port that was free a moment ago: nothing listens there.
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let url = format!("http://127.0.0.1:{port}/store");
        let mut opts = fast(&url);
        opts.tries = 2;
        let err = push(&store, &opts, &|_, _| {}).unwrap_err();
        let text = err.to_string();
        assert!(
            text.starts_with(&format!("push to {url}: graph <")),
            "{text}"
        );
        assert!(text.contains("after 2 tries"), "{text}");
    }

    #[test]
    fn bad_endpoints_are_usage_errors() {
        let (_dir, store) = store_with_two_graphs();
        for bad in [
            "localhost:7878/store",
            "ftp://x/store",
            "http://",
            "http:///x",
        ] {
            let err = push(&store, &fast(bad), &|_, _| {}).unwrap_err();
            assert!(err.is_user_error(), "{bad}: {err}");
        }
    }

    #[test]
    fn base64_of_rfc4648_vectors() {
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), coded);
        }
    }
}
