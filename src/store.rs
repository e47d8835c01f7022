//! The embedded Oxigraph store.
//!
//! Each article is a named graph whose IRI derives from the article's text, so
//! re-building an article replaces its graph (in one transaction) instead of
//! adding a second copy. Queries see the union of all graphs as their default
//! graph, as users expect from a single knowledge graph.

use crate::error::{Error, Result};
use crate::union::UnionDataset;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphNameRef, NamedNode, Quad};
use oxigraph::sparql::{CancellationToken, QueryResults, SparqlEvaluator};
use std::path::{Path, PathBuf};

/// The default store location, relative to the working directory.
pub const DEFAULT_STORE: &str = "chainkg-store";

/// An opened chainkg store.
pub struct Store {
    inner: oxigraph::store::Store,
    path: PathBuf,
}

/// The quads of one article, ready to replace its named graph.
pub struct ArticleQuads {
    pub graph: NamedNode,
    pub quads: Vec<Quad>,
}

/// How [`Store::query_with`] runs a query (the SPARQL protocol's knobs).
#[derive(Clone, Default)]
pub struct QueryOptions {
    /// Graphs whose merge is the default graph (protocol `default-graph-uri`).
    /// When this or `named_graphs` is set, the two replace the query's own
    /// `FROM` / `FROM NAMED`, as the SPARQL protocol specifies.
    pub default_graphs: Option<Vec<NamedNode>>,
    /// Named graphs the query may see (protocol `named-graph-uri`).
    pub named_graphs: Option<Vec<NamedNode>>,
    /// Stops the evaluation when cancelled (the server's time limit).
    pub cancel: Option<CancellationToken>,
}

impl Store {
    /// A store error of this store, as [`Error::Store`].
    pub(crate) fn error(&self, e: impl std::fmt::Display) -> Error {
        store_error(&self.path, e)
    }

    /// Opens (creating if needed) the on-disk store at `path`.
    pub fn open(path: &Path) -> Result<Self> {
        let inner = oxigraph::store::Store::open(path).map_err(|e| store_error(path, e))?;
        Ok(Store {
            inner,
            path: path.to_path_buf(),
        })
    }

    /// Opens an existing store read-only (several readers may share it).
    pub fn open_read_only(path: &Path) -> Result<Self> {
        if !path.join("CURRENT").exists() {
            return Err(Error::Store {
                path: path.to_path_buf(),
                message: "no store here (run `chainkg build` first)".into(),
            });
        }
        let inner =
            oxigraph::store::Store::open_read_only(path).map_err(|e| store_error(path, e))?;
        Ok(Store {
            inner,
            path: path.to_path_buf(),
        })
    }

    /// Fails with "store is in use" when another process holds the store's
    /// write lock, without opening it (so a build can say so before reading
    /// its inputs, not after minutes of extraction). Linux reads the lock
    /// table in `/proc/locks`; elsewhere, and for a store not yet created,
    /// this passes and opening the store reports the conflict instead.
    pub fn check_not_in_use(path: &Path) -> Result<()> {
        match lock_holder(path) {
            Some(pid) => Err(Error::Store {
                path: path.to_path_buf(),
                message: format!(
                    "store is in use by another chainkg process (pid {pid}); wait for it to finish"
                ),
            }),
            None => Ok(()),
        }
    }

    /// Where the store lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The underlying Oxigraph store.
    pub fn oxigraph(&self) -> &oxigraph::store::Store {
        &self.inner
    }

    /// Replaces the named graphs of these articles, all in one transaction:
    /// either every article of the batch is in the store afterwards, or none
    /// of the batch's changes is.
    pub fn replace_articles(&self, batch: &[ArticleQuads]) -> Result<()> {
        let mut tx = self
            .inner
            .start_transaction()
            .map_err(|e| store_error(&self.path, e))?;
        for article in batch {
            tx.remove_named_graph(&article.graph)
                .map_err(|e| store_error(&self.path, e))?;
            tx.insert_named_graph(&article.graph);
            tx.extend(article.quads.iter());
        }
        tx.commit().map_err(|e| store_error(&self.path, e))
    }

    /// Every quad of the article graphs (and any data in the default
    /// graph), without the entity cards derived from them (`crate::union`).
    pub fn data_quads(&self) -> impl Iterator<Item = Result<Quad>> + '_ {
        self.inner
            .iter()
            .filter(|q| !q.as_ref().is_ok_and(|q| crate::union::is_card(q.as_ref())))
            .map(|q| q.map_err(|e| store_error(&self.path, e)))
    }

    /// Number of quads in the store (without the entity cards).
    pub fn len(&self) -> Result<usize> {
        let mut n = 0;
        for q in self.data_quads() {
            q?;
            n += 1;
        }
        Ok(n)
    }

    /// True when the store holds no quad.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.data_quads().next().transpose()?.is_none())
    }

    /// Runs a SPARQL query with the union of all graphs as default graph.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>> {
        self.query_with(sparql, &QueryOptions::default())
    }

    /// Runs a SPARQL query with an explicit dataset and cancellation. With no
    /// dataset in `opts` nor `FROM` in the query, the default graph is the
    /// union of all graphs, each triple once ([`crate::union`]).
    pub fn query_with(&self, sparql: &str, opts: &QueryOptions) -> Result<QueryResults<'static>> {
        let query = parse_query(sparql)?;
        let dataset = UnionDataset::new(self.inner.clone());
        self.prepared(&query, opts, false, |q| q.execute(dataset))
            .map_err(|e| Error::QueryEvaluation(e.to_string()))
    }

    /// Runs a query to its end and returns the evaluator's plan with the
    /// rows and time of each step (JSON), to see why a query is slow.
    pub fn explain(&self, sparql: &str, opts: &QueryOptions) -> Result<String> {
        let query = parse_query(sparql)?;
        let dataset = UnionDataset::new(self.inner.clone());
        let (results, explanation) = self.prepared(&query, opts, true, |q| q.explain(dataset));
        // Statistics are gathered while the rows are read.
        match results.map_err(|e| Error::QueryEvaluation(e.to_string()))? {
            QueryResults::Solutions(rows) => {
                for row in rows {
                    row.map_err(|e| Error::QueryEvaluation(e.to_string()))?;
                }
            }
            QueryResults::Graph(triples) => {
                for t in triples {
                    t.map_err(|e| Error::QueryEvaluation(e.to_string()))?;
                }
            }
            QueryResults::Boolean(_) => {}
        }
        let mut json = Vec::new();
        explanation
            .write_in_json(&mut json)
            .map_err(|e| Error::QueryEvaluation(e.to_string()))?;
        Ok(String::from_utf8_lossy(&json).into_owned())
    }

    /// Runs `f` on the query prepared for `opts`: its cancellation, its
    /// dataset and (unless the query or `opts` name graphs) the union
    /// default graph.
    fn prepared<R>(
        &self,
        query: &spargebra::Query,
        opts: &QueryOptions,
        stats: bool,
        f: impl FnOnce(spareval::PreparedQuery<'_>) -> R,
    ) -> R {
        let mut evaluator = spareval::QueryEvaluator::new();
        if stats {
            evaluator = evaluator.compute_statistics();
        }
        if let Some(token) = &opts.cancel {
            evaluator = evaluator.with_cancellation_token(token.clone());
        }
        let mut prepared = evaluator.prepare(query);
        let dataset = prepared.dataset_mut();
        if opts.default_graphs.is_some() || opts.named_graphs.is_some() {
            let default = opts.default_graphs.clone().unwrap_or_default();
            dataset.set_default_graph(default.into_iter().map(Into::into).collect());
            let named = opts.named_graphs.clone().unwrap_or_default();
            dataset.set_available_named_graphs(named.into_iter().map(Into::into).collect());
        } else if dataset.is_default_dataset() {
            dataset.set_default_graph(vec![UnionDataset::union_graph().into()]);
        }
        f(prepared)
    }

    /// Runs a SPARQL update (its default graph is the store's own default
    /// graph: articles live in named graphs, so updates name them).
    pub fn update(&self, sparql: &str, cancel: Option<CancellationToken>) -> Result<()> {
        // The entity cards may no longer match the graphs after this; queries
        // read the graphs until the next name pass.
        crate::union::cards_stale(&self.inner).map_err(|e| store_error(&self.path, e))?;
        let mut evaluator = SparqlEvaluator::new();
        if let Some(token) = cancel {
            evaluator = evaluator.with_cancellation_token(token);
        }
        evaluator
            .parse_update(sparql)
            .map_err(syntax_error)?
            .on_store(&self.inner)
            .execute()
            .map_err(|e| Error::QueryEvaluation(e.to_string()))
    }

    /// Writes every quad (or, for triple formats, the union of all graphs as
    /// triples) in `format`, sorted for diffable output.
    pub fn dump(&self, format: RdfFormat, out: impl std::io::Write) -> Result<()> {
        let mut quads: Vec<Quad> = self.data_quads().collect::<Result<_>>()?;
        quads.sort_by_cached_key(|q| {
            (
                q.graph_name.to_string(),
                q.subject.to_string(),
                q.predicate.to_string(),
                q.object.to_string(),
            )
        });
        let mut ser = RdfSerializer::from_format(format);
        for (prefix, iri) in crate::vocab::PREFIXES {
            ser = ser
                .with_prefix(*prefix, *iri)
                .map_err(|e| Error::Usage(e.to_string()))?;
        }
        let mut w = ser.for_writer(out);
        if format.supports_datasets() {
            for q in &quads {
                w.serialize_quad(q)?;
            }
        } else {
            let mut seen = std::collections::HashSet::new();
            for q in &quads {
                let t = oxigraph::model::Triple::new(
                    q.subject.clone(),
                    q.predicate.clone(),
                    q.object.clone(),
                );
                if seen.insert(t.clone()) {
                    w.serialize_quad(oxigraph::model::QuadRef::new(
                        &t.subject,
                        &t.predicate,
                        &t.object,
                        GraphNameRef::DefaultGraph,
                    ))?;
                }
            }
        }
        w.finish()?;
        Ok(())
    }
}

pub(crate) fn store_error(path: &Path, e: impl std::fmt::Display) -> Error {
    let message = e.to_string();
    // RocksDB's lock error is cryptic; say what it means.
    let message = if message.contains("LOCK") || message.contains("lock") {
        format!("store is in use by another chainkg process ({message})")
    } else {
        message
    };
    Error::Store {
        path: path.to_path_buf(),
        message,
    }
}

/// The pid of another process holding RocksDB's lock on the store (a POSIX
/// write lock on `PATH/LOCK`), from the kernel's lock table.
#[cfg(target_os = "linux")]
fn lock_holder(path: &Path) -> Option<u32> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path.join("LOCK")).ok()?;
    let dev = meta.dev();
    // glibc's major()/minor(); /proc/locks prints them in hex.
    let major = ((dev >> 8) & 0xfff) | ((dev >> 32) & !0xfff);
    let minor = (dev & 0xff) | ((dev >> 12) & !0xff);
    let id = format!("{major:02x}:{minor:02x}:{}", meta.ino());
    let table = std::fs::read_to_string("/proc/locks").ok()?;
    let me = std::process::id();
    table.lines().find_map(|line| {
        // `1: POSIX  ADVISORY  WRITE 4242 fe:00:1234 0 EOF` (waiters add `->`).
        let fields: Vec<&str> = line.split_whitespace().filter(|f| *f != "->").collect();
        match fields.as_slice() {
            [_, "POSIX" | "OFDLCK", _, "WRITE", pid, file, ..] if *file == id => {
                pid.parse().ok().filter(|p| *p != me)
            }
            _ => None,
        }
    })
}

#[cfg(not(target_os = "linux"))]
fn lock_holder(_path: &Path) -> Option<u32> {
    None
}

fn parse_query(sparql: &str) -> Result<spargebra::Query> {
    spargebra::SparqlParser::new()
        .parse_query(sparql)
        .map_err(syntax_error)
}

/// A SPARQL syntax error, with its line and column said in words
/// (`error at 1:15: expected …` → `line 1, column 15: expected …`).
fn syntax_error(e: impl std::fmt::Display) -> Error {
    // One line: the parser's list of expected tokens spans several.
    let mut text = e
        .to_string()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if let Some((cut, _)) = text.char_indices().nth(200) {
        text.truncate(cut);
        text.push('…');
    }
    let located = text.strip_prefix("error at ").and_then(|rest| {
        let (at, what) = rest.split_once(": ")?;
        let (line, column) = at.split_once(':')?;
        Some(format!("line {line}, column {column}: {what}"))
    });
    Error::QuerySyntax(located.unwrap_or(text))
}
