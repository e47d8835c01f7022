//! Putting articles into the store and taking them out, with their names
//! resolved across the store, so that the store always equals a fresh
//! build of the articles it holds.
//!
//! A change ([`change`]) is one transaction: the articles it replaces or
//! removes go (with the default-graph copies nothing else holds), the new
//! ones come in resolved, and the articles whose entities the change merges
//! or splits are rewritten. Which articles those are is found from the
//! names alone: the entities that share a name or an IRI with the ones the
//! change touches, transitively ([`crate::resolve`]); resolving them
//! together with the new names gives what a fresh build would decide.
//!
//! A bulk load (a build into an empty store, `chainkg load`) works in
//! phases instead ([`before_bulk`], the bulk load, [`after_bulk`]): the
//! replaced articles are removed first, the new ones are loaded resolved
//! in one step, then the articles of the store their names change are
//! rewritten. Into an empty store the first and last phases have nothing to
//! do, and the bulk load is all or nothing; into a store with data, a run
//! cut short between phases is completed by running it again.

use crate::error::{Error, Result};
use crate::model::iri::{article_of, article_target};
use crate::model::quads::EntityNames;
use crate::model::vocab::dcterms;
use crate::model::ArticleQuads;
use crate::resolve::{
    changed_articles, records_around, records_of_article, resolve_with, rewrite_article, NameTable,
    Resolution, ResolveReport, Resolved, Seeds, Unresolve,
};
use crate::store::ARTICLES_PER_TRANSACTION;
use crate::store::{ReadQuads, Store};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, Quad};
use std::collections::{BTreeSet, HashSet};

/// An article ready to go into the store: its quads as extracted and the
/// names of its entities.
#[derive(Clone, Debug)]
pub struct NewArticle {
    pub quads: ArticleQuads,
    pub names: Vec<EntityNames>,
}

/// What a change did.
#[derive(Clone, Debug, Default)]
pub struct ChangeReport {
    /// New articles written (including those replaced).
    pub added: usize,
    /// Of the added, those that replaced an article of the same IRI.
    pub replaced: usize,
    /// Articles taken out (asked for, or gone from a re-read source).
    pub removed: usize,
    /// Articles of the store rewritten because resolution changed them.
    pub rewritten: usize,
    /// What resolution decided (entities: those it looked at).
    pub resolved: ResolveReport,
}

/// The articles of the store read from these sources (`dcterms:source`)
/// that are not in `keep`: a re-read source no longer holds them.
pub(crate) fn stale_articles(
    r: &impl ReadQuads,
    sources: &[String],
    keep: &HashSet<String>,
) -> Result<Vec<NamedNode>, oxigraph::store::StorageError> {
    let mut out = BTreeSet::new();
    for s in sources {
        let lit = Literal::new_simple_literal(s);
        for q in r.pattern(None, Some(dcterms::SOURCE), Some(lit.as_ref().into()), None) {
            if let GraphName::NamedNode(g) = q?.graph_name {
                if article_of(g.as_str()) == Some(g.as_str()) && !keep.contains(g.as_str()) {
                    out.insert(g);
                }
            }
        }
    }
    Ok(out.into_iter().collect())
}

/// In one transaction: takes `remove` and the older versions of `add` out
/// of the store, puts `add` in, resolved with the store's names, and
/// rewrites the articles of the store whose entities that changes.
pub fn change(store: &Store, add: &[NewArticle], remove: &[NamedNode]) -> Result<ChangeReport> {
    let mut report = ChangeReport::default();
    let mut w = store.writer()?;
    let err = |e: oxigraph::store::StorageError| store.error(e);
    let mut gone: HashSet<String> = HashSet::new();
    let mut seeds = Seeds::default();
    let mut table = NameTable::default();
    let mut added: HashSet<String> = HashSet::new();
    {
        let tx = w.transaction();
        for a in add {
            if tx
                .contains_named_graph(a.quads.graph.as_ref())
                .map_err(err)?
            {
                gone.insert(a.quads.graph.as_str().to_string());
                report.replaced += 1;
            }
            added.insert(a.quads.graph.as_str().to_string());
            for n in &a.names {
                seeds.entity(
                    n.iri.as_str(),
                    std::iter::once(&n.label).chain(&n.alts).cloned(),
                );
                table.add_names(n);
            }
        }
        for g in remove {
            if tx.contains_named_graph(g.as_ref()).map_err(err)? && gone.insert(g.as_str().into()) {
                report.removed += 1;
            }
        }
        for g in &gone {
            for r in records_of_article(tx, NamedNodeRef::new_unchecked(g)).map_err(err)? {
                seeds.record(&r);
            }
        }
    }
    let records = records_around(w.transaction(), seeds).map_err(err)?;
    let Resolved {
        map,
        report: resolved,
    } = resolve_with(&records, &gone, table);
    report.resolved = resolved;
    for g in &gone {
        w.remove_article(NamedNodeRef::new_unchecked(g))?;
    }
    let mut out = Vec::new();
    let none = Unresolve::default();
    for a in add {
        for q in &a.quads.quads {
            map.apply(q, &none, &mut out);
        }
        for q in out.drain(..) {
            w.insert(q.as_ref());
        }
    }
    report.added = add.len();
    let skip: HashSet<String> = gone.union(&added).cloned().collect();
    for a in changed_articles(&records, &skip, &map) {
        report.resolved.quads += rewrite_article(&mut w, NamedNodeRef::new_unchecked(&a), &map)?;
        report.rewritten += 1;
    }
    w.commit()?;
    Ok(report)
}

/// What a bulk load needs from [`before_bulk`]: the resolution to load
/// with, and what to rewrite afterwards.
pub(crate) struct BulkPlan {
    pub(crate) map: Resolution,
    pub(crate) report: ChangeReport,
    /// Articles of the store to rewrite after the load.
    rewrite: BTreeSet<String>,
}

/// Before a bulk load of new articles (their names in `table`, their IRIs
/// in `new`): removes the articles they replace, and those of `sources`
/// not among them, and resolves the new names with the store's (unless
/// `resolve` is false: then the articles are loaded as they are).
pub(crate) fn before_bulk(
    store: &Store,
    table: NameTable,
    new: &HashSet<String>,
    sources: &[String],
    resolve: bool,
) -> Result<BulkPlan> {
    let ox = store.oxigraph();
    let err = |e: oxigraph::store::StorageError| store.error(e);
    let mut report = ChangeReport::default();
    if store.is_empty()? {
        let (map, resolved) = table.resolve_reported();
        report.resolved = resolved;
        return Ok(BulkPlan {
            map,
            report,
            rewrite: BTreeSet::new(),
        });
    }
    let mut gone: Vec<NamedNode> = Vec::new();
    for a in new {
        let a = NamedNode::new_unchecked(a.as_str());
        if ox.contains_named_graph(a.as_ref()).map_err(err)? {
            gone.push(a);
            report.replaced += 1;
        }
    }
    let stale = stale_articles(ox, sources, new).map_err(err)?;
    report.removed = stale.len();
    gone.extend(stale);
    let mut seeds = table.seeds();
    for g in &gone {
        for r in records_of_article(ox, g.as_ref()).map_err(err)? {
            seeds.record(&r);
        }
    }
    for chunk in gone.chunks(ARTICLES_PER_TRANSACTION) {
        let mut w = store.writer()?;
        for g in chunk {
            w.remove_article(g.as_ref())?;
        }
        w.commit()?;
    }
    if !resolve {
        return Ok(BulkPlan {
            map: Resolution::default(),
            report,
            rewrite: BTreeSet::new(),
        });
    }
    let records = records_around(ox, seeds).map_err(err)?;
    let Resolved {
        map,
        report: resolved,
    } = resolve_with(&records, &HashSet::new(), table);
    report.resolved = resolved;
    let rewrite = changed_articles(&records, new, &map);
    Ok(BulkPlan {
        map,
        report,
        rewrite,
    })
}

/// After a bulk load: rewrites the articles of the store the new names
/// changed, in transactions of [`ARTICLES_PER_TRANSACTION`].
pub(crate) fn after_bulk(store: &Store, plan: &mut BulkPlan) -> Result<()> {
    let all: Vec<&String> = plan.rewrite.iter().collect();
    for chunk in all.chunks(ARTICLES_PER_TRANSACTION) {
        let mut w = store.writer()?;
        for a in chunk {
            plan.report.resolved.quads +=
                rewrite_article(&mut w, NamedNodeRef::new_unchecked(a), &plan.map)?;
            plan.report.rewritten += 1;
        }
        w.commit()?;
    }
    Ok(())
}

/// The quads of an article as the store holds them after resolution by
/// `map` (without the default-graph copies).
pub(crate) fn resolved_quads(map: &Resolution, quads: Vec<Quad>) -> Vec<Quad> {
    if map.is_empty() {
        return quads;
    }
    let none = Unresolve::default();
    let mut out = Vec::with_capacity(quads.len() + 2);
    for q in quads {
        // Most quads name no entity resolution changes: moved, not rebuilt.
        match map.touches(&q) {
            true => map.apply(&q, &none, &mut out),
            false => out.push(q),
        }
    }
    out
}

/// The articles `target` names in the store: an article IRI (or its hash,
/// `article/HASH`), or a source file: the articles read from it
/// (`dcterms:source` the path, or for JSONL, `PATH#Ln`).
pub fn find_articles(store: &Store, target: &str) -> Result<Vec<NamedNode>> {
    let ox = store.oxigraph();
    let err = |e: oxigraph::store::StorageError| store.error(e);
    if let Some(iri) = article_target(target).and_then(|i| NamedNode::new(i).ok()) {
        if article_of(iri.as_str()) == Some(iri.as_str())
            && ox.contains_named_graph(iri.as_ref()).map_err(err)?
        {
            return Ok(vec![iri]);
        }
    }
    let line = format!("{target}#L");
    let mut out = BTreeSet::new();
    for q in ox.quads_for_pattern(None, Some(dcterms::SOURCE), None, None) {
        let q = q.map_err(err)?;
        let (GraphName::NamedNode(g), oxigraph::model::Term::Literal(l)) =
            (&q.graph_name, &q.object)
        else {
            continue;
        };
        let v = l.value();
        let of_line = v
            .strip_prefix(&line)
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if (v == target || of_line) && article_of(g.as_str()) == Some(g.as_str()) {
            out.insert(g.clone());
        }
    }
    if out.is_empty() {
        return Err(Error::Usage(format!(
            "{target}: no such article or source in the store {}",
            store.path().display()
        )));
    }
    Ok(out.into_iter().collect())
}
