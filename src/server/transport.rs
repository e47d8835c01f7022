//! HTTP/1.1 with hyper: accept connections, read each request in full
//! (bounded in size and time), hand it to the synchronous handlers on a
//! blocking thread, send the reply and log it.
//!
//! Shutdown is graceful: stop accepting, let requests in progress finish
//! (bounded by the query time limit), close idle keep-alive connections.
//! No `select!` macro here: tokio's macros would cost a proc-macro build
//! for one use, and a `poll_fn` does the same.

use super::{rfc3339, route, AccessLog, Incoming, Reply, ShutdownHandle, State};
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::body::{Bytes, Incoming as Body};
use hyper::header::{HeaderName, HeaderValue};
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::task::Poll;
use std::time::{Duration, Instant, SystemTime};

/// Open connections at most; more wait in the listen backlog.
const MAX_CONNECTIONS: usize = 512;

/// Time a client has to send a request's headers, and then its body.
const READ_TIMEOUT: Duration = Duration::from_secs(30);

pub(super) type Log = Arc<dyn Fn(&AccessLog) + Send + Sync>;

/// Serves `listener` until `shutdown` is triggered; returns the number of
/// requests served.
pub(super) async fn serve(
    listener: std::net::TcpListener,
    state: Arc<State>,
    log: Log,
    shutdown: ShutdownHandle,
) -> std::io::Result<u64> {
    listener.set_nonblocking(true)?;
    let listener = tokio::net::TcpListener::from_std(listener)?;
    let graceful = GracefulShutdown::new();
    {
        let accept = accept_loop(&listener, &state, &log, &graceful);
        let stop = shutdown.notify.notified();
        let (mut accept, mut stop) = (std::pin::pin!(accept), std::pin::pin!(stop));
        std::future::poll_fn(|cx| {
            if stop.as_mut().poll(cx).is_ready() {
                return Poll::Ready(());
            }
            accept.as_mut().poll(cx)
        })
        .await;
    }
    drop(listener);
    // A query past its time limit is answered by then; a stuck client is
    // not waited for.
    let drain = state.opts.timeout + Duration::from_secs(5);
    let _ = tokio::time::timeout(drain, graceful.shutdown()).await;
    Ok(state.served.load(Ordering::SeqCst))
}

async fn accept_loop(
    listener: &tokio::net::TcpListener,
    state: &Arc<State>,
    log: &Log,
    graceful: &GracefulShutdown,
) {
    let open = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    loop {
        let Ok(permit) = Arc::clone(&open).acquire_owned().await else {
            return;
        };
        let (stream, remote) = match listener.accept().await {
            Ok(accepted) => accepted,
            Err(_) => {
                // Out of file descriptors and the like: pass, don't spin.
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        // Responses go out at once, not after the client's delayed ACK.
        let _ = stream.set_nodelay(true);
        let (state, log) = (Arc::clone(state), Arc::clone(log));
        let service = hyper::service::service_fn(move |request| {
            let (state, log) = (Arc::clone(&state), Arc::clone(&log));
            async move { Ok::<_, Infallible>(answer(state, log, remote, request).await) }
        });
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(READ_TIMEOUT)
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
            drop(permit);
        });
    }
}

/// One request: read, handle on a blocking thread, log, answer.
async fn answer(
    state: Arc<State>,
    log: Log,
    remote: SocketAddr,
    request: Request<Body>,
) -> Response<Full<Bytes>> {
    let start = Instant::now();
    let time = rfc3339(SystemTime::now());
    let (parts, body) = request.into_parts();
    let method = parts.method.to_string();
    let path = parts.uri.path().to_string();
    let reply = match read(&state, parts, body).await {
        Ok(incoming) => {
            let handler_state = Arc::clone(&state);
            tokio::task::spawn_blocking(move || route(&handler_state, &incoming))
                .await
                // A bug in a handler answers 500 instead of killing anything.
                .unwrap_or_else(|_| Reply::error(500, "internal error"))
        }
        Err(reply) => reply,
    };
    state.served.fetch_add(1, Ordering::Relaxed);
    log(&AccessLog {
        time,
        remote: remote.to_string(),
        method,
        path,
        status: reply.status,
        bytes: reply.body.len(),
        ms: (start.elapsed().as_secs_f64() * 10_000.0).round() / 10.0,
        op: reply.op,
        error: reply.error.clone(),
    });
    response(reply)
}

/// Reads a request in full, within the request-size limit and in time.
async fn read(
    state: &State,
    parts: hyper::http::request::Parts,
    body: Body,
) -> Result<Incoming, Reply> {
    let limit = state.opts.max_request_bytes;
    let query = parts.uri.query().unwrap_or("").to_string();
    if query.len() > limit {
        return Err(Reply::error(414, "URL too long: send the query with POST"));
    }
    let too_large = || {
        Reply::error(
            413,
            format!("request body over the limit of {limit} bytes (--max-request-bytes)"),
        )
    };
    let declared = parts
        .headers
        .get(hyper::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    let body = tokio::time::timeout(READ_TIMEOUT, Limited::new(body, limit).collect())
        .await
        .map_err(|_| Reply::error(408, "the request body did not arrive in time"))?
        .map_err(|e| {
            if e.downcast_ref::<LengthLimitError>().is_some() {
                too_large()
            } else {
                Reply::error(400, format!("reading the request body: {e}"))
            }
        })?
        .to_bytes()
        .to_vec();
    let headers = parts
        .headers
        .iter()
        .filter_map(|(name, value)| {
            Some((name.as_str().to_string(), value.to_str().ok()?.to_string()))
        })
        .collect();
    Ok(Incoming {
        method: parts.method.to_string(),
        path: parts.uri.path().to_string(),
        query,
        headers,
        body,
    })
}

fn response(reply: Reply) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(reply.body)));
    *response.status_mut() =
        StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let fixed = [
        ("content-type", reply.content_type.to_string()),
        // Browser-based editors on other origins may call us; an update
        // still needs the token, which a foreign page does not have.
        ("access-control-allow-origin", "*".to_string()),
        ("x-content-type-options", "nosniff".to_string()),
    ];
    let headers = response.headers_mut();
    for (name, value) in fixed.into_iter().chain(reply.headers) {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&value),
        ) {
            headers.append(name, value);
        }
    }
    response
}
