//! The embedded Oxigraph store, and the one way to write it.
//!
//! Articles live in named graphs (see [`crate::model::quads`]). The store's default
//! graph is the union of all graphs as a set, materialised: it holds one
//! copy of every triple of every named graph, plus triples of its own (the
//! provenance of facts, and whatever foreign data puts there). So SPARQL
//! runs on Oxigraph's own evaluator and dataset, with nothing in between,
//! and a triple many articles state is one triple of the default graph.
//!
//! Every write keeps that true ([`Writer`]): inserting a named-graph quad
//! inserts its default-graph copy (a no-op when it is there), and removing
//! one removes the copy only when no other named graph still holds the
//! triple (one index lookup). A bulk load into the store brings the copies
//! with the quads ([`with_copies`]); the loader merges repeats.

pub mod hints;
pub mod nquads;
pub mod results;
pub mod update;

use crate::error::{Error, Result};
use crate::model::iri::{article_of, entity_type};
use crate::model::vocab::{ck, prov, rdf};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{
    GraphName, GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef, Quad,
    QuadRef, Term, TermRef,
};
use oxigraph::sparql::{CancellationToken, QueryResults, SparqlEvaluator};
use oxigraph::store::{QuadIter, StorageError, Transaction};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Articles per transaction wherever articles are written in steps (a
/// build into a store with data, re-writing resolved articles, removing,
/// loading N-Quads into a store with data): big enough to amortise a
/// commit, small enough to keep a transaction's memory bounded.
pub const ARTICLES_PER_TRANSACTION: usize = 256;

/// The mark of a store an older chainkg wrote: until 2026-12 every
/// sentence had `ck:charStart` (its IRI now holds its span), fact graphs
/// named their article and article graphs their entities' types. Removing
/// or replacing such an article would leave its fact graphs behind, so
/// such a store is read, never written.
pub(crate) const OLD_LAYOUT: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("https://w3id.org/chainkg/ontology#charStart");

/// The default store location, relative to the working directory.
pub const DEFAULT_STORE: &str = "chainkg-store";

/// An opened chainkg store.
pub struct Store {
    inner: oxigraph::store::Store,
    path: PathBuf,
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

/// Reading quads, from the store or from inside a transaction (which sees
/// its own writes).
pub trait ReadQuads {
    fn pattern<'s>(
        &'s self,
        subject: Option<NamedOrBlankNodeRef<'_>>,
        predicate: Option<NamedNodeRef<'_>>,
        object: Option<TermRef<'_>>,
        graph: Option<GraphNameRef<'_>>,
    ) -> QuadIter<'s>;
}

impl ReadQuads for oxigraph::store::Store {
    fn pattern<'s>(
        &'s self,
        subject: Option<NamedOrBlankNodeRef<'_>>,
        predicate: Option<NamedNodeRef<'_>>,
        object: Option<TermRef<'_>>,
        graph: Option<GraphNameRef<'_>>,
    ) -> QuadIter<'s> {
        self.quads_for_pattern(subject, predicate, object, graph)
    }
}

impl ReadQuads for Transaction<'_> {
    fn pattern<'s>(
        &'s self,
        subject: Option<NamedOrBlankNodeRef<'_>>,
        predicate: Option<NamedNodeRef<'_>>,
        object: Option<TermRef<'_>>,
        graph: Option<GraphNameRef<'_>>,
    ) -> QuadIter<'s> {
        self.quads_for_pattern(subject, predicate, object, graph)
    }
}

/// True when a named graph of `r` holds the triple of `q`.
pub fn held_by_a_named_graph(r: &impl ReadQuads, q: QuadRef<'_>) -> Result<bool, StorageError> {
    for found in r.pattern(Some(q.subject), Some(q.predicate), Some(q.object), None) {
        if !found?.graph_name.is_default_graph() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The default-graph copy of a named-graph quad.
pub fn copy_of(q: QuadRef<'_>) -> Option<Quad> {
    (!q.graph_name.is_default_graph()).then(|| {
        Quad::new(
            q.subject.into_owned(),
            q.predicate.into_owned(),
            q.object.into_owned(),
            GraphName::DefaultGraph,
        )
    })
}

/// The quads with their default-graph copies, for a bulk load.
pub fn with_copies(quads: Vec<Quad>) -> impl Iterator<Item = Quad> {
    quads.into_iter().flat_map(|q| {
        let copy = copy_of(q.as_ref());
        std::iter::once(q).chain(copy)
    })
}

/// Every quad of one article in the store: its article graph, its fact
/// graphs and their provenance in the default graph (its sentences, the
/// fact graphs derived from them, `ck:mentionedIn` and the types of the
/// entities it mentions). Default-graph copies are not part of it.
pub fn article_quads(
    r: &impl ReadQuads,
    article: NamedNodeRef<'_>,
) -> Result<Vec<Quad>, StorageError> {
    let default = Some(GraphNameRef::DefaultGraph);
    let mut out: Vec<Quad> = r
        .pattern(None, None, None, Some(article.into()))
        .collect::<Result<_, _>>()?;
    let subjects =
        |p: NamedNodeRef<'_>, o: NamedNodeRef<'_>| -> Result<Vec<NamedNode>, StorageError> {
            let mut found = Vec::new();
            for q in r.pattern(None, Some(p), Some(o.into()), default) {
                if let NamedOrBlankNode::NamedNode(s) = q?.subject {
                    // Nodes of this article only (foreign data may point here).
                    if article_of(s.as_str()) == Some(article.as_str()) {
                        found.push(s);
                    }
                }
            }
            Ok(found)
        };
    for sentence in subjects(ck::IN_ARTICLE, article)? {
        for q in r.pattern(Some(sentence.as_ref().into()), None, None, default) {
            out.push(q?);
        }
        for g in subjects(prov::WAS_DERIVED_FROM, sentence.as_ref())? {
            for q in r.pattern(None, None, None, Some(g.as_ref().into())) {
                out.push(q?);
            }
            for q in r.pattern(Some(g.as_ref().into()), None, None, default) {
                out.push(q?);
            }
        }
    }
    for q in r.pattern(None, Some(ck::MENTIONED_IN), Some(article.into()), default) {
        let q = q?;
        if let Some(t) = entity_type_quad(q.subject.as_ref()) {
            if in_default(r, t.subject.as_ref(), rdf::TYPE, Some(t.object.as_ref()))? {
                out.push(t);
            }
        }
        out.push(q);
    }
    Ok(out)
}

/// `<e> a ck:Zone` in the default graph, for an entity IRI `e`.
fn entity_type_quad(e: NamedOrBlankNodeRef<'_>) -> Option<Quad> {
    let NamedOrBlankNodeRef::NamedNode(n) = e else {
        return None;
    };
    let class = entity_type(n.as_str())?;
    Some(Quad::new(
        n.into_owned(),
        rdf::TYPE,
        class,
        GraphName::DefaultGraph,
    ))
}

/// True when a default-graph triple has support besides the quad being
/// removed: a named graph holds it, or it is an entity's type and some
/// article still mentions the entity.
fn still_supported(r: &impl ReadQuads, q: QuadRef<'_>) -> Result<bool, StorageError> {
    if held_by_a_named_graph(r, q)? {
        return Ok(true);
    }
    let typed = q.predicate == rdf::TYPE
        && entity_type_quad(q.subject).is_some_and(|t| t.object.as_ref() == q.object);
    Ok(typed && in_default(r, q.subject, ck::MENTIONED_IN, None)?)
}

/// True when the default graph has a triple `s p o` (any `o` for `None`).
fn in_default(
    r: &impl ReadQuads,
    s: NamedOrBlankNodeRef<'_>,
    p: NamedNodeRef<'_>,
    o: Option<TermRef<'_>>,
) -> Result<bool, StorageError> {
    let found = r
        .pattern(Some(s), Some(p), o, Some(GraphNameRef::DefaultGraph))
        .next();
    Ok(found.transpose()?.is_some())
}

/// A write transaction that keeps the default graph the union of the named
/// graphs plus its own triples. Nothing is written until [`Writer::commit`]:
/// a failure or a kill before leaves the store as it was.
pub struct Writer<'a> {
    tx: Transaction<'a>,
    path: &'a Path,
}

impl<'a> Writer<'a> {
    pub(crate) fn error(&self, e: impl std::error::Error + Send + Sync + 'static) -> Error {
        store_error(self.path, e)
    }

    /// The transaction, to read (it sees its own writes) or query.
    pub fn transaction(&self) -> &Transaction<'a> {
        &self.tx
    }

    /// Inserts a quad, and its default-graph copy when it is in a named graph.
    pub fn insert(&mut self, q: QuadRef<'_>) {
        self.tx.insert(q);
        if let Some(copy) = copy_of(q) {
            self.tx.insert(&copy);
        }
    }

    /// Removes a quad. A named-graph quad takes its default-graph copy along
    /// when no other named graph holds the triple; a default-graph triple
    /// that a named graph holds stays (the default graph is their union).
    pub fn remove(&mut self, q: QuadRef<'_>) -> Result<()> {
        if !q.graph_name.is_default_graph() {
            self.tx.remove(q);
        }
        self.remove_copy(q)
    }

    /// Removes a named graph: its quads (as [`Writer::remove`] does) and
    /// its name. Returns how many quads it held.
    pub fn remove_graph(&mut self, g: NamedOrBlankNodeRef<'_>) -> Result<usize> {
        let quads: Vec<Quad> = self
            .tx
            .quads_for_pattern(None, None, None, Some(g.into()))
            .collect::<Result<_, _>>()
            .map_err(|e| self.error(e))?;
        for q in &quads {
            self.tx.remove(q);
        }
        for q in &quads {
            self.remove_copy(q.as_ref())?;
        }
        self.tx.remove_named_graph(g).map_err(|e| self.error(e))?;
        Ok(quads.len())
    }

    /// Removes the default-graph copy of a removed quad's triple unless a
    /// named graph still holds it.
    fn remove_copy(&mut self, q: QuadRef<'_>) -> Result<()> {
        if !held_by_a_named_graph(&self.tx, q).map_err(|e| self.error(e))? {
            self.remove_from_default(q);
        }
        Ok(())
    }

    /// Removes the triple of `q` from the default graph.
    fn remove_from_default(&mut self, q: QuadRef<'_>) {
        self.tx.remove(QuadRef::new(
            q.subject,
            q.predicate,
            q.object,
            GraphNameRef::DefaultGraph,
        ));
    }

    /// After an article's quads went: the default-graph copies of those no
    /// named graph holds any more, and the types of entities no article
    /// mentions any more (so types go last, after the mentions).
    fn remove_unsupported<'q>(&mut self, gone: impl IntoIterator<Item = &'q Quad>) -> Result<()> {
        let (types, rest): (Vec<&Quad>, Vec<&Quad>) = gone
            .into_iter()
            .partition(|q| q.graph_name.is_default_graph() && q.predicate == rdf::TYPE);
        for q in rest.into_iter().chain(types) {
            if !still_supported(&self.tx, q.as_ref()).map_err(|e| self.error(e))? {
                self.remove_from_default(q.as_ref());
            }
        }
        Ok(())
    }

    /// Removes an article ([`article_quads`]); returns its quads.
    pub fn remove_article(&mut self, article: NamedNodeRef<'_>) -> Result<Vec<Quad>> {
        let quads = article_quads(&self.tx, article).map_err(|e| self.error(e))?;
        let mut graphs: BTreeSet<NamedNode> = BTreeSet::new();
        for q in &quads {
            if let GraphName::NamedNode(g) = &q.graph_name {
                graphs.insert(g.clone());
            }
            // An entity's type goes below, unless another article mentions it.
            if !(q.graph_name.is_default_graph() && q.predicate == rdf::TYPE) {
                self.tx.remove(q);
            }
        }
        self.remove_unsupported(&quads)?;
        for g in &graphs {
            self.tx
                .remove_named_graph(g.as_ref())
                .map_err(|e| self.error(e))?;
        }
        Ok(quads)
    }

    /// Replaces `old` quads by `new` ones: only the difference is written.
    pub fn replace(&mut self, old: &[Quad], new: &[Quad]) -> Result<()> {
        let old_set: std::collections::HashSet<&Quad> = old.iter().collect();
        let new_set: std::collections::HashSet<&Quad> = new.iter().collect();
        let gone: Vec<&Quad> = old.iter().filter(|q| !new_set.contains(q)).collect();
        for q in &gone {
            if !q.graph_name.is_default_graph() {
                self.tx.remove(*q);
            }
        }
        for q in new.iter().filter(|q| !old_set.contains(q)) {
            self.insert(q.as_ref());
        }
        self.remove_unsupported(gone)?;
        Ok(())
    }

    /// True when the named graph exists (the default graph always does).
    pub(crate) fn contains_graph(&self, g: GraphNameRef<'_>) -> Result<bool> {
        let found = match g {
            GraphNameRef::NamedNode(n) => self.tx.contains_named_graph(n),
            GraphNameRef::BlankNode(b) => self.tx.contains_named_graph(b),
            GraphNameRef::DefaultGraph => Ok(true),
        };
        found.map_err(|e| self.error(e))
    }

    /// Declares an empty named graph.
    pub(crate) fn create_graph(&mut self, g: NamedOrBlankNodeRef<'_>) {
        self.tx.insert_named_graph(g);
    }

    /// Removes the default graph's own triples (the union of the named
    /// graphs stays).
    pub(crate) fn clear_default(&mut self) -> Result<()> {
        let own: Vec<Quad> = self
            .tx
            .quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph))
            .filter(|q| !matches!(q, Ok(q) if matches!(held_by_a_named_graph(&self.tx, q.as_ref()), Ok(true))))
            .collect::<Result<_, _>>()
            .map_err(|e| self.error(e))?;
        for q in &own {
            self.tx.remove(q);
        }
        Ok(())
    }

    /// Removes every named graph's triples, and their names unless
    /// `keep_names`; the default graph keeps its own triples only.
    pub(crate) fn clear_named(&mut self, keep_names: bool) -> Result<()> {
        let copies: Vec<Quad> = self
            .tx
            .quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph))
            .filter(|q| !matches!(q, Ok(q) if !matches!(held_by_a_named_graph(&self.tx, q.as_ref()), Ok(true))))
            .collect::<Result<_, _>>()
            .map_err(|e| self.error(e))?;
        let graphs: Vec<oxigraph::model::NamedOrBlankNode> = self
            .tx
            .named_graphs()
            .collect::<Result<_, _>>()
            .map_err(|e| self.error(e))?;
        for g in &graphs {
            self.tx
                .remove_named_graph(g.as_ref())
                .map_err(|e| self.error(e))?;
            if keep_names {
                self.tx.insert_named_graph(g.as_ref());
            }
        }
        for q in &copies {
            self.tx.remove(q);
        }
        Ok(())
    }

    /// Removes everything.
    pub(crate) fn clear_all(&mut self) -> Result<()> {
        self.tx.clear().map_err(|e| self.error(e))
    }

    /// Commits every write of the transaction at once.
    pub fn commit(self) -> Result<()> {
        let path = self.path;
        self.tx.commit().map_err(|e| store_error(path, e))
    }
}

impl Store {
    /// A store error of this store, as [`Error::Store`].
    pub(crate) fn error(&self, e: impl std::error::Error + Send + Sync + 'static) -> Error {
        store_error(&self.path, e)
    }

    /// Opens (creating if needed) the on-disk store at `path`, to write it.
    /// A store an older chainkg wrote is refused ([`OLD_LAYOUT`]).
    pub fn open(path: &Path) -> Result<Self> {
        let inner = oxigraph::store::Store::open(path).map_err(|e| store_error(path, e))?;
        let old = inner
            .quads_for_pattern(
                None,
                Some(OLD_LAYOUT),
                None,
                Some(GraphNameRef::DefaultGraph),
            )
            .next();
        if old.transpose().map_err(|e| store_error(path, e))?.is_some() {
            return Err(Error::Store {
                path: path.to_path_buf(),
                message: "written by an older chainkg (its sentences have ck:charStart): \
                          queries still read it, but to change it, build its inputs into a \
                          new store (chainkg build INPUT... --store NEW)"
                    .to_string(),
                source: None,
            });
        }
        Ok(Store {
            inner,
            path: path.to_path_buf(),
        })
    }

    /// Opens an existing store read-write, for commands that change what a
    /// build made: no store at `path` is [`Error::NoStore`], not a new one.
    pub fn open_existing(path: &Path) -> Result<Self> {
        if !path.join("CURRENT").exists() {
            return Err(Error::NoStore {
                path: path.to_path_buf(),
            });
        }
        Self::open(path)
    }

    /// Opens an existing store read-only (several readers may share it).
    pub fn open_read_only(path: &Path) -> Result<Self> {
        if !path.join("CURRENT").exists() {
            return Err(Error::NoStore {
                path: path.to_path_buf(),
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
                source: None,
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

    /// Starts a write ([`Writer`]).
    pub fn writer(&self) -> Result<Writer<'_>> {
        Ok(Writer {
            tx: self.inner.start_transaction().map_err(|e| self.error(e))?,
            path: &self.path,
        })
    }

    /// True when the store holds an article graph of this IRI.
    pub fn contains_graph(&self, g: NamedNodeRef<'_>) -> Result<bool> {
        self.inner
            .contains_named_graph(g)
            .map_err(|e| self.error(e))
    }

    /// Number of quads in the store, default-graph copies included.
    pub fn len(&self) -> Result<usize> {
        self.inner.len().map_err(|e| self.error(e))
    }

    /// True when the store holds no quad.
    pub fn is_empty(&self) -> Result<bool> {
        self.inner.is_empty().map_err(|e| self.error(e))
    }

    /// Every quad except the default-graph copies: the named graphs, and
    /// the default graph's own triples (those no named graph holds).
    pub fn data_quads(&self) -> impl Iterator<Item = Result<Quad>> + '_ {
        self.inner
            .iter()
            .filter(move |q| match q {
                Ok(q) if q.graph_name.is_default_graph() => {
                    !matches!(held_by_a_named_graph(&self.inner, q.as_ref()), Ok(true))
                }
                _ => true,
            })
            .map(|q| q.map_err(|e| self.error(e)))
    }

    /// Runs a SPARQL query on the store's dataset: its default graph is the
    /// union of all graphs.
    pub fn query(&self, sparql: &str) -> Result<QueryResults<'static>> {
        self.query_with(sparql, &QueryOptions::default())
    }

    /// Runs a SPARQL query with an explicit dataset and cancellation.
    pub fn query_with(&self, sparql: &str, opts: &QueryOptions) -> Result<QueryResults<'static>> {
        let results = self
            .prepared(sparql, opts)?
            .on_store(&self.inner)
            .execute()
            .map_err(Error::evaluation)?;
        Ok(hints::in_order_of_appearance(sparql, results))
    }

    /// Runs a SELECT query to its end: one row per solution, the values in
    /// the order of the query's variables. Any other query form is an error.
    pub fn select(&self, sparql: &str, opts: &QueryOptions) -> Result<Vec<Vec<Option<Term>>>> {
        let QueryResults::Solutions(solutions) = self.query_with(sparql, opts)? else {
            return Err(Error::evaluation_failed("expected SELECT solutions"));
        };
        let vars = solutions.variables().to_vec();
        let mut rows = Vec::new();
        for s in solutions {
            let s = s.map_err(Error::evaluation)?;
            rows.push(vars.iter().map(|v| s.get(v).cloned()).collect());
        }
        Ok(rows)
    }

    /// Runs a query to its end and returns the evaluator's plan with the
    /// rows and time of each step (JSON), to see why a query is slow.
    pub fn explain(&self, sparql: &str, opts: &QueryOptions) -> Result<String> {
        let (results, explanation) = self
            .prepared(sparql, opts)?
            .on_store(&self.inner)
            .compute_statistics()
            .explain();
        // Statistics are gathered while the rows are read.
        match results.map_err(Error::evaluation)? {
            QueryResults::Solutions(rows) => {
                for row in rows {
                    row.map_err(Error::evaluation)?;
                }
            }
            QueryResults::Graph(triples) => {
                for t in triples {
                    t.map_err(Error::evaluation)?;
                }
            }
            QueryResults::Boolean(_) => {}
        }
        let mut json = Vec::new();
        explanation
            .write_in_json(&mut json)
            .map_err(Error::evaluation)?;
        Ok(String::from_utf8_lossy(&json).into_owned())
    }

    /// The query parsed (the project's prefixes predeclared) with the
    /// dataset and cancellation of `opts`.
    fn prepared(
        &self,
        sparql: &str,
        opts: &QueryOptions,
    ) -> Result<oxigraph::sparql::PreparedSparqlQuery> {
        let mut evaluator = evaluator()?;
        if let Some(token) = &opts.cancel {
            evaluator = evaluator.with_cancellation_token(token.clone());
        }
        let mut prepared = evaluator
            .parse_query(sparql)
            .map_err(|e| crate::store::hints::syntax_error(sparql, syntax_error(e)))?;
        if opts.default_graphs.is_some() || opts.named_graphs.is_some() {
            let dataset = prepared.dataset_mut();
            let default = opts.default_graphs.clone().unwrap_or_default();
            dataset.set_default_graph(default.into_iter().map(Into::into).collect());
            let named = opts.named_graphs.clone().unwrap_or_default();
            dataset.set_available_named_graphs(named.into_iter().map(Into::into).collect());
        }
        Ok(prepared)
    }

    /// Runs a SPARQL update ([`update`]): the default graph stays the
    /// union of the named graphs plus its own triples.
    pub fn update(&self, sparql: &str, cancel: Option<CancellationToken>) -> Result<()> {
        update::run(self, sparql, cancel)
    }

    /// Writes the store in `format`, sorted for diffable output: for
    /// dataset formats the named graphs and the default graph's own
    /// triples (loading them back gives the same store); for triple
    /// formats the default graph, i.e. the union of all graphs.
    pub fn dump(&self, format: RdfFormat, out: impl std::io::Write) -> Result<()> {
        let mut quads: Vec<Quad> = if format.supports_datasets() {
            self.data_quads().collect::<Result<_>>()?
        } else {
            self.inner
                .quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph))
                .collect::<Result<_, _>>()
                .map_err(|e| self.error(e))?
        };
        quads.sort_by_cached_key(|q| {
            (
                q.graph_name.to_string(),
                q.subject.to_string(),
                q.predicate.to_string(),
                q.object.to_string(),
            )
        });
        let mut ser = RdfSerializer::from_format(format);
        for (prefix, iri) in crate::model::vocab::PREFIXES {
            ser = ser
                .with_prefix(*prefix, *iri)
                .map_err(|e| Error::Usage(e.to_string()))?;
        }
        let mut w = ser.for_writer(out);
        for q in &quads {
            w.serialize_quad(q)?;
        }
        w.finish()?;
        Ok(())
    }
}

/// A SPARQL evaluator that knows the project's prefixes (`ck:`, `id:`,
/// `rdfs:` …), so queries need no `PREFIX` line for them.
pub(crate) fn evaluator() -> Result<SparqlEvaluator> {
    let mut evaluator = SparqlEvaluator::new();
    for (prefix, iri) in crate::model::vocab::PREFIXES {
        evaluator = evaluator
            .with_prefix(*prefix, *iri)
            .map_err(|e| Error::Usage(e.to_string()))?;
    }
    Ok(evaluator)
}

pub(crate) fn store_error(path: &Path, e: impl std::error::Error + Send + Sync + 'static) -> Error {
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
        source: Some(Box::new(e)),
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

/// A SPARQL syntax error, with its line and column said in words
/// (`error at 1:15: expected …` → `line 1, column 15: expected …`).
pub(crate) fn syntax_error(e: impl std::fmt::Display) -> Error {
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

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::Literal;

    #[test]
    fn a_store_of_the_old_layout_is_read_but_not_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old");
        let sentence = NamedNodeRef::new_unchecked("https://w3id.org/chainkg/id/article/ab#s3");
        {
            let ox = oxigraph::store::Store::open(&path).unwrap();
            let start = Literal::new_typed_literal("5", crate::model::vocab::xsd::INTEGER);
            ox.insert(QuadRef::new(
                sentence,
                OLD_LAYOUT,
                &start,
                GraphNameRef::DefaultGraph,
            ))
            .unwrap();
        }
        let e = Store::open(&path).err().unwrap().to_string();
        assert!(e.contains("older chainkg") && e.contains("old"), "{e}");
        assert_eq!(Store::open_read_only(&path).unwrap().len().unwrap(), 1);
        // A store of today's layout opens for writing.
        assert!(Store::open(&dir.path().join("new")).is_ok());
    }
}
