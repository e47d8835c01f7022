//! The load stage: N-Quads files (from `chainkg extract`, `chainkg resolve`
//! or a distributed job) into the store.
//!
//! Every file is parsed once before the store is touched, so a bad file is
//! refused with its line and the store stays as it was. The parse pass also
//! reads the entities' names (as extracted, or resolved before: see
//! [`NameReader`]). Then the articles and named graphs the files hold are
//! removed from the store (re-loading an article replaces it), the names
//! are resolved with the store's ([`crate::resolve::articles`]), the quads go in
//! resolved through Oxigraph's bulk loader with their default-graph copies
//! (committed in one step at the end: all or nothing), the store is
//! compacted, and the articles of the store whose names the load changes
//! are rewritten. Into an empty store only the bulk load writes anything;
//! into a store with data, a load cut short between its steps (disk full,
//! kill) is completed by loading the same files again.
//!
//! Graphs that are not chainkg articles (any other data) are loaded as
//! they are, and the default graph's triples of a file go into the store's
//! default graph beside the copies of the named graphs.

use crate::error::{Error, Result};
use crate::model::iri::article_of;
use crate::pipeline::ingest::Fail;
use crate::resolve::articles;
use crate::resolve::{NameReader, NameTable, ResolveReport, Unresolve};
use crate::store::nquads::Source;
use crate::store::{copy_of, Store, ARTICLES_PER_TRANSACTION, OLD_LAYOUT};
use oxigraph::model::{GraphName, NamedNode, Quad};
use std::collections::{BTreeSet, HashSet};
use std::path::PathBuf;

/// What [`load_nquads`] did.
#[derive(Clone, Debug, Default)]
pub struct LoadReport {
    pub files: usize,
    /// Named graphs (articles) loaded.
    pub graphs: usize,
    /// Of these, graphs that replaced one already in the store.
    pub replaced: usize,
    /// Quads read (the store drops duplicates).
    pub quads: usize,
    pub resolved: Option<ResolveReport>,
}

/// Options of [`load_nquads`].
#[derive(Clone, Debug, Default)]
pub struct LoadOptions {
    /// N-Quads files; `-` reads standard input (kept in memory).
    pub files: Vec<PathBuf>,
    pub store: PathBuf,
    /// Load the quads as they are, without resolving names.
    pub no_resolve: bool,
    /// Threads of the bulk loader (`None`: one per core).
    pub threads: Option<usize>,
}

/// Loads N-Quads files into the store (see the module docs).
pub fn load_nquads(opts: &LoadOptions) -> Result<LoadReport> {
    let sources: Vec<Source> = opts
        .files
        .iter()
        .map(|f| Source::new(f))
        .collect::<Result<_>>()?;
    // First pass: everything parses; which graphs and articles it holds,
    // and the names.
    let mut report = LoadReport {
        files: sources.len(),
        ..LoadReport::default()
    };
    let mut graphs: BTreeSet<NamedNode> = BTreeSet::new();
    let mut names = NameReader::default();
    for s in &sources {
        let mut last: Option<NamedNode> = None;
        for q in s.quads()? {
            let q = q?;
            report.quads += 1;
            // Mixed with today's, the older layout's articles could not be
            // replaced or removed ([`OLD_LAYOUT`]).
            if q.predicate == OLD_LAYOUT {
                return Err(Error::bad_input(
                    s.path(),
                    None,
                    "chainkg data of an older layout (sentences with ck:charStart): \
                     build its inputs again instead"
                        .to_string(),
                ));
            }
            if !opts.no_resolve {
                names.add(q.as_ref());
            }
            if let GraphName::NamedNode(g) = q.graph_name {
                if last.as_ref() != Some(&g) {
                    graphs.insert(g.clone());
                    last = Some(g);
                }
            }
        }
    }
    let (table, unresolve) = match opts.no_resolve {
        true => (NameTable::default(), Unresolve::default()),
        false => names.finish(),
    };
    let articles: HashSet<String> = graphs
        .iter()
        .filter_map(|g| article_of(g.as_str()).map(str::to_string))
        .collect();
    let foreign: Vec<&NamedNode> = graphs
        .iter()
        .filter(|g| article_of(g.as_str()).is_none())
        .collect();
    report.graphs = graphs.len();
    let store = Store::open(&opts.store)?;
    let ox = store.oxigraph();
    for a in &articles {
        if store.contains_graph(oxigraph::model::NamedNodeRef::new_unchecked(a))? {
            report.replaced += 1;
        }
    }
    // Other data's graphs are replaced whole.
    for chunk in foreign.chunks(ARTICLES_PER_TRANSACTION) {
        let mut w = store.writer()?;
        for g in chunk {
            if ox.contains_named_graph(*g).map_err(|e| store.error(e))? {
                report.replaced += 1;
                w.remove_graph(g.as_ref().into())?;
            }
        }
        w.commit()?;
    }
    let mut plan = articles::before_bulk(&store, table, &articles, &[], !opts.no_resolve)?;
    let threads = opts
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mut loader = ox
        .bulk_loader()
        .with_num_threads(threads.max(1))
        .with_max_memory_size_in_megabytes(256);
    let mut buf = Vec::new();
    for s in &sources {
        let quads = s.quads()?.flat_map(|q| -> Vec<Result<Quad>> {
            let q = match q {
                Ok(q) => q,
                Err(e) => return vec![Err(e)],
            };
            buf.clear();
            plan.map.apply(&q, &unresolve, &mut buf);
            buf.iter()
                .flat_map(|r| std::iter::once(r.clone()).chain(copy_of(r.as_ref())))
                .map(Ok)
                .collect()
        });
        loader
            .load_ok_quads::<Error, Fail>(quads)
            .map_err(|e| e.into_error(&opts.store))?;
    }
    loader.commit().map_err(|e| store.error(e))?;
    // As after a bulk build: merged now, the files just ingested neither
    // slow every read nor make the rewrites wait.
    ox.optimize().map_err(|e| store.error(e))?;
    articles::after_bulk(&store, &mut plan)?;
    if !opts.no_resolve {
        report.resolved = Some(plan.report.resolved);
    }
    Ok(report)
}
