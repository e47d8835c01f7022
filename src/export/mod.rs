//! Exports of the store for people and other tools: Graphviz DOT diagrams
//! of the industry chains (`dot`), node and edge tables for pandas, NetworkX
//! and BI tools (`csv`), compacted JSON-LD (`jsonld`) and GraphML for Gephi
//! (`graphml`). The tables are read once from the store (`tables`) so that
//! the CSV, the GraphML and `chainkg stats` count the very same nodes and
//! edges.

pub mod csv;
pub mod dot;
pub mod escape;
pub mod graphml;
pub mod jsonld;
pub mod tables;
pub mod values;

use crate::error::Result;
use crate::store::Store;
use oxigraph::model::{NamedNodeRef, Term};

/// The `PREFIX` lines every generated query starts with.
pub(crate) fn prefixes() -> String {
    crate::model::vocab::PREFIXES
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
    store.select(query, &crate::store::QueryOptions::default())
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
    crate::model::vocab::PREFIXES
        .iter()
        .filter(|(p, _)| *p != "id")
        .find_map(|(p, ns)| iri.strip_prefix(ns).map(|rest| format!("{p}:{rest}")))
        .unwrap_or_else(|| iri.to_string())
}
