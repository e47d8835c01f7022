//! Exports of the store for people and other tools: Graphviz DOT diagrams
//! of the industry chains (`dot`), node and edge tables for pandas, NetworkX
//! and BI tools (`csv`), compacted JSON-LD (`jsonld`) and GraphML for Gephi
//! (`graphml`). The tables are read once from the store (`tables`) so that
//! the CSV, the GraphML and `chainkg stats` count the very same nodes and
//! edges.

pub mod csv;
pub mod dot;
pub mod graphml;
pub mod jsonld;
pub mod tables;
pub mod values;

use crate::error::{Error, Result};
use crate::store::Store;
use crate::vocab::ck;
use oxigraph::model::{NamedNodeRef, Term};
use oxigraph::sparql::QueryResults;

/// The relations between entities: the edges of the entity graph. Everything
/// in `ck:` that links two entities, except `ck:mentionedIn` (which links an
/// entity to its article, i.e. provenance rather than a fact).
pub const RELATIONS: &[NamedNodeRef<'static>] = &[
    ck::HOSTS_ENTERPRISE,
    ck::HOSTS_PROJECT,
    ck::PART_OF_ZONE,
    ck::LOCATED_IN,
    ck::FOCUSES_ON,
    ck::LEADS_CHAIN,
    ck::IN_INDUSTRY,
    ck::OWNED_BY,
    ck::PRODUCES,
    ck::FEEDSTOCK_OF,
    ck::BYPRODUCT_OF,
    ck::COOPERATES_WITH,
];

/// The `PREFIX` lines every generated query starts with.
pub(crate) fn prefixes() -> String {
    crate::vocab::PREFIXES
        .iter()
        .map(|(p, iri)| format!("PREFIX {p}: <{iri}>\n"))
        .collect()
}

/// `FILTER`-ready list of IRIs: `<a>, <b>, …`.
pub(crate) fn iri_list(iris: &[NamedNodeRef<'_>]) -> String {
    iris.iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Runs a SELECT query; one row per solution, values in variable order.
pub(crate) fn select(store: &Store, query: &str) -> Result<Vec<Vec<Option<Term>>>> {
    let QueryResults::Solutions(solutions) = store.query(query)? else {
        return Err(Error::QueryEvaluation("expected SELECT solutions".into()));
    };
    let vars = solutions.variables().to_vec();
    let mut rows = Vec::new();
    for s in solutions {
        let s = s.map_err(|e| Error::QueryEvaluation(e.to_string()))?;
        rows.push(vars.iter().map(|v| s.get(v).cloned()).collect());
    }
    Ok(rows)
}

/// The plain text of a term: an IRI's string, a literal's lexical form.
pub(crate) fn text(t: Option<&Term>) -> String {
    match t {
        Some(Term::NamedNode(n)) => n.as_str().to_string(),
        Some(Term::Literal(l)) => l.value().to_string(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

/// The local name of an IRI (after the last `#` or `/`).
pub(crate) fn local(iri: &str) -> &str {
    iri.rsplit(['#', '/']).next().unwrap_or(iri)
}

/// The compact `prefix:name` form of an IRI when one of the project's
/// prefixes covers it, else the IRI itself.
pub fn compact_iri(iri: &str) -> String {
    crate::vocab::PREFIXES
        .iter()
        .filter(|(p, _)| *p != "id")
        .find_map(|(p, ns)| iri.strip_prefix(ns).map(|rest| format!("{p}:{rest}")))
        .unwrap_or_else(|| iri.to_string())
}
