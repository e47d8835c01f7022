//! The SPARQL 1.1 Protocol at `/sparql` (and `/update`).
//!
//! Requests: GET with `query=`, POST as a form (`query=` or `update=`) or
//! with the operation as the body (`application/sparql-query`,
//! `application/sparql-update`), dataset by `default-graph-uri` and
//! `named-graph-uri`. Responses: the W3C result formats for SELECT and ASK,
//! RDF syntaxes for CONSTRUCT and DESCRIBE, chosen by the `Accept` header or
//! by a `format` / `output` parameter (which many clients send instead).

use super::watchdog::Deadline;
use super::{
    authorize, body_text, page_reply, timeout_reply, with_time_limit, Incoming, Reply, State,
    MAX_RESPONSE_BYTES,
};
use crate::error::Error;
use crate::store::results::{serialize, ResultKind, Syntax};
use crate::store::QueryOptions;
use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use oxigraph::model::NamedNode;
use oxigraph::sparql::results::QueryResultsFormat;
use std::io::Write;
use std::sync::Arc;

/// What a request asks for.
enum Operation {
    Query(String),
    Update(String),
}

type Params = Vec<(String, String)>;

/// Answers a protocol request; `update_only` for the `/update` path.
pub(super) fn handle(state: &Arc<State>, rq: &Incoming, update_only: bool) -> Reply {
    let reply = respond(state, rq, update_only).unwrap_or_else(|e| e);
    match reply.op {
        "-" => reply.op("query"),
        _ => reply,
    }
}

fn respond(state: &Arc<State>, rq: &Incoming, update_only: bool) -> Result<Reply, Reply> {
    let mut params: Params = form_urlencoded::parse(rq.query.as_bytes())
        .into_owned()
        .collect();
    let mut in_body = None;
    if rq.method == "POST" {
        match rq.content_type().as_str() {
            "application/x-www-form-urlencoded" => {
                params.extend(form_urlencoded::parse(&rq.body).into_owned());
            }
            "application/sparql-query" => {
                in_body = Some(Operation::Query(body_text(&rq.body)?));
            }
            "application/sparql-update" => {
                in_body = Some(Operation::Update(body_text(&rq.body)?));
            }
            other => {
                return Err(Reply::error(
                    415,
                    format!(
                    "unsupported Content-Type {other:?}: use application/x-www-form-urlencoded, \
                         application/sparql-query or application/sparql-update"
                ),
                ))
            }
        }
    }
    let operation = match operation(in_body, &params)? {
        Some(o) => o,
        // A person opening /sparql in a browser gets the query page.
        None if rq.header("Accept").is_some_and(|a| a.contains("text/html")) => {
            return Ok(page_reply(state))
        }
        None => {
            return Err(Reply::error(
                400,
                "missing query: give query=… (or update=… with POST)",
            ))
        }
    };
    match operation {
        Operation::Query(_) if update_only => Err(Reply::error(
            400,
            "/update takes updates only: send queries to /sparql",
        )),
        Operation::Query(text) => {
            let job = QueryJob {
                text,
                default_graphs: graphs(&params, "default-graph-uri")?,
                named_graphs: graphs(&params, "named-graph-uri")?,
                accept: rq.header("Accept").map(str::to_string),
                asked: params
                    .iter()
                    .filter(|(k, _)| k == "format" || k == "output")
                    .map(|(_, v)| v.trim().to_ascii_lowercase())
                    .collect(),
            };
            // The same request since the last write: its answer, without
            // a query slot.
            let key = job.key();
            let generation = match state.cache.get(&key) {
                Ok(reply) => return Ok(reply.header(CACHE_HEADER, "hit".to_string())),
                Err(generation) => generation,
            };
            Ok(with_time_limit(state, move |state, deadline| {
                let reply = job.run(state, deadline).unwrap_or_else(|e| e);
                state.cache.put(key, &reply, generation);
                reply
            }))
        }
        Operation::Update(text) => {
            let fail = |r: Reply| r.op("update");
            if rq.method != "POST" {
                return Err(fail(
                    Reply::error(405, "updates must be sent with POST").header("Allow", "POST"),
                ));
            }
            authorize(state, rq).map_err(fail)?;
            run_update(state, &text, &params)
                .map(|r| r.op("update"))
                .map_err(fail)
        }
    }
}

/// The one operation of a request, from its body or its parameters.
fn operation(in_body: Option<Operation>, params: &Params) -> Result<Option<Operation>, Reply> {
    let values = |name: &str| -> Vec<&String> {
        params
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v)
            .collect()
    };
    let (queries, updates) = (values("query"), values("update"));
    if queries.len() + updates.len() + usize::from(in_body.is_some()) > 1 {
        return Err(Reply::error(
            400,
            "give exactly one operation: one query or one update",
        ));
    }
    Ok(in_body
        .or_else(|| queries.first().map(|q| Operation::Query((*q).clone())))
        .or_else(|| updates.first().map(|u| Operation::Update((*u).clone()))))
}

/// IRIs of a dataset parameter (`default-graph-uri`, `named-graph-uri`).
fn graphs(params: &Params, name: &str) -> Result<Option<Vec<NamedNode>>, Reply> {
    let iris: Vec<NamedNode> = params
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| {
            NamedNode::new(v.as_str())
                .map_err(|e| Reply::error(400, format!("{name} {v:?} is not an IRI: {e}")))
        })
        .collect::<Result<_, _>>()?;
    Ok((!iris.is_empty()).then_some(iris))
}

/// A query and how to answer it, ready to move to its evaluation thread.
struct QueryJob {
    text: String,
    default_graphs: Option<Vec<NamedNode>>,
    named_graphs: Option<Vec<NamedNode>>,
    accept: Option<String>,
    /// `format` / `output` parameter values, lower-case.
    asked: Vec<String>,
}

/// The response header of an answer given from the cache.
pub(crate) const CACHE_HEADER: &str = "Chainkg-Cache";

impl QueryJob {
    /// What makes another request the same as this one.
    fn key(&self) -> super::cache::Key {
        let iris = |g: &Option<Vec<NamedNode>>| {
            g.as_ref()
                .map(|v| v.iter().map(|n| n.as_str().to_string()).collect())
        };
        super::cache::Key {
            text: self.text.clone(),
            default_graphs: iris(&self.default_graphs),
            named_graphs: iris(&self.named_graphs),
            accept: self.accept.clone(),
            asked: self.asked.clone(),
        }
    }

    /// Evaluates and serializes in full (a failure half-way still gets
    /// its own status), within `max_results` and the response-size limit.
    fn run(self, state: &State, deadline: &Deadline) -> Result<Reply, Reply> {
        let opts = QueryOptions {
            default_graphs: self.default_graphs,
            named_graphs: self.named_graphs,
            cancel: Some(deadline.token()),
        };
        let failed = |e: Error| failure(state, e, deadline.expired());
        let results = state.store.query_with(&self.text, &opts).map_err(failed)?;
        let accept = self.accept.as_deref();
        let kind = ResultKind::of(&results);
        let (op, syntax, content_type) = match kind {
            ResultKind::Solutions | ResultKind::Boolean => {
                let format = negotiate(RESULT_MEDIA, RESULT_NAMES, accept, &self.asked)?;
                let op = if kind == ResultKind::Boolean {
                    "ask"
                } else {
                    "select"
                };
                (op, Syntax::Results(format), results_content_type(format))
            }
            ResultKind::Graph => {
                let format = negotiate(GRAPH_MEDIA, GRAPH_NAMES, accept, &self.asked)?;
                ("graph", Syntax::Rdf(format.rdf()), format.content_type())
            }
        };
        let mut out = Capped::default();
        serialize(results, syntax, Some(state.opts.max_results), &mut out).map_err(
            |e| match e {
                Error::TooManyResults { .. } => too_many(state),
                Error::Output(io) => write_failure(io),
                other => failed(other),
            },
        )?;
        let mut reply = Reply::new(200, content_type, out.buf)
            .header("Vary", "Accept")
            .op(op);
        // Slips that make a query match nothing, beside its unchanged result.
        let hints = crate::store::hints::hints(&self.text);
        if !hints.is_empty() {
            reply = reply
                .header(HINT_HEADER, header_safe(&hints.join("; ")))
                .header("Access-Control-Expose-Headers", HINT_HEADER);
        }
        Ok(reply)
    }
}

fn run_update(state: &State, text: &str, params: &Params) -> Result<Reply, Reply> {
    if params
        .iter()
        .any(|(k, _)| k == "using-graph-uri" || k == "using-named-graph-uri")
    {
        return Err(Reply::error(
            400,
            "using-graph-uri / using-named-graph-uri are not supported: write USING in the update",
        ));
    }
    let deadline = state.watchdog.deadline(state.opts.timeout);
    state
        .write(|| state.store.update(text, Some(deadline.token())))
        .map_err(|e| failure(state, e, deadline.expired()))?;
    Ok(Reply::new(204, "text/plain", Vec::new()))
}

/// The response header that carries [`crate::store::hints::hints`].
pub(crate) const HINT_HEADER: &str = "Chainkg-Hint";

/// A header value is visible ASCII: other characters are percent-encoded
/// (UTF-8), as in a URL.
fn header_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            ' '..='~' if c != '%' => out.push(c),
            c => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
        }
    }
    out
}

/// The HTTP answer to a failed query or update.
fn failure(state: &State, e: Error, expired: bool) -> Reply {
    if expired {
        return timeout_reply(state);
    }
    match e {
        Error::QuerySyntax(m) => Reply::error(400, syntax_message(&m)),
        other => Reply::error(500, other.to_string()),
    }
}

/// The parser says `error at 3:7: expected …`; say it for people.
fn syntax_message(m: &str) -> String {
    let located = m.strip_prefix("error at ").and_then(|rest| {
        let (pos, what) = rest.split_once(": ")?;
        let (line, column) = pos.split_once(':')?;
        let (line, column): (u32, u32) = (line.parse().ok()?, column.parse().ok()?);
        // The parser lists every token it could take; for an undeclared
        // prefix the one that matters is buried in that list.
        let what = if what.contains("Prefix not found") {
            "undeclared prefix (declare it with PREFIX p: <…> before the query)"
        } else {
            what
        };
        Some(format!(
            "SPARQL syntax error at line {line}, column {column}: {what}"
        ))
    });
    located.unwrap_or_else(|| format!("SPARQL syntax error: {m}"))
}

fn too_many(state: &State) -> Reply {
    Reply::error(
        422,
        format!(
            "result too large: more than {} results (--max-results); add LIMIT or narrow the query",
            state.opts.max_results
        ),
    )
}

fn write_failure(e: std::io::Error) -> Reply {
    if e.get_ref().is_some_and(|inner| inner.is::<TooLarge>()) {
        return Reply::error(
            422,
            format!(
                "result too large: over {} MiB; add LIMIT or narrow the query",
                MAX_RESPONSE_BYTES >> 20
            ),
        );
    }
    Reply::error(500, format!("writing results: {e}"))
}

/// Marks the write error of a response over [`MAX_RESPONSE_BYTES`].
#[derive(Debug)]
struct TooLarge;

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("response too large")
    }
}

impl std::error::Error for TooLarge {}

/// A response buffer with a size limit.
#[derive(Default)]
struct Capped {
    buf: Vec<u8>,
}

impl Write for Capped {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        if self.buf.len() + data.len() > MAX_RESPONSE_BYTES {
            return Err(std::io::Error::other(TooLarge));
        }
        self.buf.extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// RDF syntaxes offered for CONSTRUCT and DESCRIBE.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum GraphFormat {
    Turtle,
    NTriples,
    JsonLd,
    RdfXml,
}

impl GraphFormat {
    fn rdf(self) -> RdfFormat {
        match self {
            GraphFormat::Turtle => RdfFormat::Turtle,
            GraphFormat::NTriples => RdfFormat::NTriples,
            GraphFormat::JsonLd => RdfFormat::JsonLd {
                profile: JsonLdProfileSet::empty(),
            },
            GraphFormat::RdfXml => RdfFormat::RdfXml,
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            GraphFormat::Turtle => "text/turtle; charset=utf-8",
            GraphFormat::NTriples => "application/n-triples",
            GraphFormat::JsonLd => "application/ld+json",
            GraphFormat::RdfXml => "application/rdf+xml",
        }
    }
}

fn results_content_type(f: QueryResultsFormat) -> &'static str {
    match f {
        QueryResultsFormat::Xml => "application/sparql-results+xml",
        QueryResultsFormat::Csv => "text/csv; charset=utf-8",
        QueryResultsFormat::Tsv => "text/tab-separated-values; charset=utf-8",
        _ => "application/sparql-results+json",
    }
}

/// Media types for SELECT and ASK results; the first is the default.
const RESULT_MEDIA: &[(&str, QueryResultsFormat)] = &[
    ("application/sparql-results+json", QueryResultsFormat::Json),
    ("application/json", QueryResultsFormat::Json),
    ("application/sparql-results+xml", QueryResultsFormat::Xml),
    ("application/xml", QueryResultsFormat::Xml),
    ("text/csv", QueryResultsFormat::Csv),
    ("text/tab-separated-values", QueryResultsFormat::Tsv),
    // After CSV: `text/*` means a table more likely than XML.
    ("text/xml", QueryResultsFormat::Xml),
];

const RESULT_NAMES: &[(&str, QueryResultsFormat)] = &[
    ("json", QueryResultsFormat::Json),
    ("xml", QueryResultsFormat::Xml),
    ("csv", QueryResultsFormat::Csv),
    ("tsv", QueryResultsFormat::Tsv),
];

/// Media types for CONSTRUCT and DESCRIBE results; the first is the default.
const GRAPH_MEDIA: &[(&str, GraphFormat)] = &[
    ("text/turtle", GraphFormat::Turtle),
    ("application/turtle", GraphFormat::Turtle),
    ("application/x-turtle", GraphFormat::Turtle),
    ("application/n-triples", GraphFormat::NTriples),
    ("text/plain", GraphFormat::NTriples),
    ("application/ld+json", GraphFormat::JsonLd),
    ("application/x-json+ld", GraphFormat::JsonLd),
    ("application/json", GraphFormat::JsonLd),
    ("application/rdf+xml", GraphFormat::RdfXml),
    ("application/xml", GraphFormat::RdfXml),
    ("text/xml", GraphFormat::RdfXml),
];

const GRAPH_NAMES: &[(&str, GraphFormat)] = &[
    ("turtle", GraphFormat::Turtle),
    ("ttl", GraphFormat::Turtle),
    ("nt", GraphFormat::NTriples),
    ("ntriples", GraphFormat::NTriples),
    ("n-triples", GraphFormat::NTriples),
    ("jsonld", GraphFormat::JsonLd),
    ("json-ld", GraphFormat::JsonLd),
    ("json", GraphFormat::JsonLd),
    ("rdfxml", GraphFormat::RdfXml),
    ("rdf+xml", GraphFormat::RdfXml),
    ("xml", GraphFormat::RdfXml),
];

/// Picks the response format: a known `format`/`output` value first (one
/// that does not fit this result kind is ignored: clients send them
/// blindly), then the `Accept` header by quality; 406 when nothing fits.
fn negotiate<F: Copy>(
    media: &[(&str, F)],
    names: &[(&str, F)],
    accept: Option<&str>,
    asked: &[String],
) -> Result<F, Reply> {
    let lookup =
        |table: &[(&str, F)], key: &str| table.iter().find(|(k, _)| *k == key).map(|(_, f)| *f);
    if let Some(f) = asked
        .iter()
        .find_map(|a| lookup(names, a).or_else(|| lookup(media, a)))
    {
        return Ok(f);
    }
    let default = media[0].1;
    let Some(accept) = accept.filter(|a| !a.trim().is_empty()) else {
        return Ok(default);
    };
    for range in media_ranges(accept) {
        if range == "*/*" {
            return Ok(default);
        }
        let found = match range.strip_suffix("/*") {
            Some(main) => media
                .iter()
                .find(|(k, _)| k.split('/').next() == Some(main))
                .map(|(_, f)| *f),
            None => lookup(media, &range),
        };
        if let Some(f) = found {
            return Ok(f);
        }
    }
    let offered: Vec<&str> = media.iter().map(|(k, _)| *k).collect();
    Err(Reply::error(
        406,
        format!(
            "cannot answer in {accept:?}; this result is available as {}",
            offered.join(", ")
        ),
    ))
}

/// The media ranges of an `Accept` header, best quality first (in header
/// order among equals), without those of quality 0.
fn media_ranges(accept: &str) -> Vec<String> {
    let mut ranges: Vec<(String, f32)> = accept
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let range = pieces.next()?.trim().to_ascii_lowercase();
            let q = pieces
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (!range.is_empty() && q > 0.0).then_some((range, q))
        })
        .collect();
    ranges.sort_by(|a, b| b.1.total_cmp(&a.1));
    ranges.into_iter().map(|(r, _)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(accept: Option<&str>, asked: &[&str]) -> Option<QueryResultsFormat> {
        let asked: Vec<String> = asked.iter().map(|s| s.to_string()).collect();
        negotiate(RESULT_MEDIA, RESULT_NAMES, accept, &asked).ok()
    }

    #[test]
    fn accept_header_by_quality() {
        use QueryResultsFormat::*;
        assert_eq!(pick(None, &[]), Some(Json));
        assert_eq!(pick(Some("text/csv"), &[]), Some(Csv));
        assert_eq!(
            pick(Some("text/csv;q=0.5, application/sparql-results+xml"), &[]),
            Some(Xml)
        );
        assert_eq!(pick(Some("text/html, */*;q=0.1"), &[]), Some(Json));
        assert_eq!(pick(Some("text/*"), &[]), Some(Csv));
        assert_eq!(pick(Some("image/png"), &[]), None);
        assert_eq!(pick(Some("text/csv;q=0"), &[]), None);
    }

    #[test]
    fn format_parameter_wins_when_it_fits() {
        use QueryResultsFormat::*;
        assert_eq!(pick(Some("application/json"), &["tsv"]), Some(Tsv));
        // SPARQLWrapper sends format=turtle for graphs; on SELECT it is ignored.
        assert_eq!(pick(Some("text/csv"), &["turtle"]), Some(Csv));
        let asked = vec!["json".to_string()];
        assert_eq!(
            negotiate(GRAPH_MEDIA, GRAPH_NAMES, None, &asked).ok(),
            Some(GraphFormat::JsonLd)
        );
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        assert_eq!(
            syntax_message("error at 2:7: expected one of \"{\""),
            "SPARQL syntax error at line 2, column 7: expected one of \"{\""
        );
        assert_eq!(syntax_message("odd"), "SPARQL syntax error: odd");
        assert_eq!(
            syntax_message("error at 1:35: expected one of Prefix not found, ['%']"),
            "SPARQL syntax error at line 1, column 35: undeclared prefix \
             (declare it with PREFIX p: <…> before the query)"
        );
    }
}
