//! The union of all article graphs as one RDF graph: a set of triples.
//!
//! Every article's facts live in its own named graph, so an entity's type
//! and label, or a relation two articles state, are stored once per article.
//! Oxigraph's built-in union default graph hands a query every copy (a bag),
//! and each copy multiplies the rows of a join: a zone named in 1,000
//! articles times its projects named in 1,000 more. SPARQL defines the
//! default graph as the merge of the graphs, a set, so queries here run on
//! a dataset whose union default graph returns each triple once.
//!
//! The copies of a triple are adjacent whenever the pattern binds a term
//! (Oxigraph's SPOG, POSG and OSPG indexes end with the graph), so they are
//! dropped while streaming. A pattern with nothing bound reads graph by
//! graph; there a triple is kept only in the first graph that holds it
//! (one index lookup per quad).
//!
//! Copies still cost time: Oxigraph decodes each one before it can be
//! dropped, and an entity named in 5,000 articles has 5,000 copies of its
//! type and label. So the name pass ([`crate::resolve::resolve_store`])
//! also writes one *card* per entity into the store's default graph: its
//! `rdf:type`, `rdfs:label` and `skos:altLabel`s, the union of what its
//! article graphs say. While the cards are current (a marker triple says
//! so; any SPARQL update removes it until the next name pass), the union
//! reads entities' types and names from the cards alone: one copy. The cards
//! are derived data: exports and pushes leave them out.

use crate::vocab::{rdf, rdfs, skos};
use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode,
    NamedOrBlankNodeRef, Quad, QuadRef, Term, TermRef,
};
use oxigraph::store::{StorageError, Store};
use spareval::{InternalQuad, QueryableDataset};
use std::collections::{BTreeSet, HashSet};

/// The graph name that stands for the union of all graphs (never stored).
pub const UNION_GRAPH: &str = "urn:x-chainkg:union-of-all-graphs";

/// Subject and predicate of the marker triple: the cards are current.
const CARDS_MARKER: &str = "urn:x-chainkg:cards";
const CARDS_CURRENT: &str = "urn:x-chainkg:current";

/// True for the predicates entity cards hold.
fn card_predicate(p: NamedNodeRef<'_>) -> bool {
    p == rdf::TYPE || p == rdfs::LABEL || p == skos::ALT_LABEL
}

/// True when an IRI names an entity (not an article or one of its nodes).
fn entity_iri(iri: &str) -> bool {
    crate::resolve::entity_class(iri).is_some()
}

/// True for a quad that is a card or the cards' marker: derived data that
/// exports and pushes leave out.
pub fn is_card(q: QuadRef<'_>) -> bool {
    if !q.graph_name.is_default_graph() {
        return false;
    }
    match q.subject {
        NamedOrBlankNodeRef::NamedNode(s) => {
            s.as_str() == CARDS_MARKER || (card_predicate(q.predicate) && entity_iri(s.as_str()))
        }
        _ => false,
    }
}

fn marker() -> Quad {
    Quad::new(
        NamedNode::new_unchecked(CARDS_MARKER),
        NamedNode::new_unchecked(CARDS_CURRENT),
        Literal::from(true),
        GraphName::DefaultGraph,
    )
}

/// Marks the cards as stale (before a SPARQL update changes the graphs).
pub fn cards_stale(store: &Store) -> Result<(), StorageError> {
    store.remove(&marker()).map(|_| ())
}

/// Replaces the cards with these entities' names: (IRI, class IRI, labels,
/// alternative labels), in any order; `wanted` says whether an IRI is among
/// them. Streams entity by entity, writing only the difference, so memory
/// does not grow with the number of entities.
pub fn write_cards<'n>(
    store: &Store,
    entities: impl Iterator<
        Item = (
            &'n str,
            NamedNodeRef<'static>,
            &'n BTreeSet<String>,
            &'n BTreeSet<String>,
        ),
    >,
    wanted: impl Fn(&str) -> bool,
) -> Result<(), StorageError> {
    let zh = |s: &str| -> Term { Literal::new_language_tagged_literal_unchecked(s, "zh").into() };
    // A store without default-graph data (a new build) has nothing to diff.
    let fresh = store
        .quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph))
        .next()
        .is_none();
    let mut remove: Vec<Quad> = Vec::new();
    let mut insert: Vec<Quad> = Vec::new();
    let flush = |remove: &mut Vec<Quad>, insert: &mut Vec<Quad>| -> Result<(), StorageError> {
        let mut tx = store.start_transaction()?;
        for q in remove.iter() {
            tx.remove(q);
        }
        tx.extend(insert.iter());
        tx.commit()?;
        remove.clear();
        insert.clear();
        Ok(())
    };
    if !fresh {
        // Cards of entities that are gone.
        for p in [rdf::TYPE, rdfs::LABEL, skos::ALT_LABEL] {
            for q in store.quads_for_pattern(None, Some(p), None, Some(GraphNameRef::DefaultGraph))
            {
                let q = q?;
                let gone = match &q.subject {
                    NamedOrBlankNode::NamedNode(n) => is_card(q.as_ref()) && !wanted(n.as_str()),
                    _ => false,
                };
                if gone {
                    remove.push(q);
                }
                if remove.len() >= 50_000 {
                    flush(&mut remove, &mut insert)?;
                }
            }
        }
    }
    for (iri, class, labels, alts) in entities {
        let e = NamedNode::new_unchecked(iri);
        let mut want: HashSet<Quad> = HashSet::new();
        want.insert(Quad::new(
            e.clone(),
            rdf::TYPE,
            class,
            GraphName::DefaultGraph,
        ));
        for l in labels {
            want.insert(Quad::new(
                e.clone(),
                rdfs::LABEL,
                zh(l),
                GraphName::DefaultGraph,
            ));
        }
        for a in alts.difference(labels) {
            want.insert(Quad::new(
                e.clone(),
                skos::ALT_LABEL,
                zh(a),
                GraphName::DefaultGraph,
            ));
        }
        if !fresh {
            for p in [rdf::TYPE, rdfs::LABEL, skos::ALT_LABEL] {
                for q in store.quads_for_pattern(
                    Some(e.as_ref().into()),
                    Some(p),
                    None,
                    Some(GraphNameRef::DefaultGraph),
                ) {
                    let q = q?;
                    if !want.remove(&q) {
                        remove.push(q);
                    }
                }
            }
        }
        insert.extend(want);
        if insert.len() + remove.len() >= 50_000 {
            flush(&mut remove, &mut insert)?;
        }
    }
    flush(&mut remove, &mut insert)?;
    store.insert(&marker()).map(|_| ())
}

/// How a union pattern is read.
enum Route {
    /// From the cards only.
    Cards,
    /// From the graphs, leaving the cards out.
    Graphs,
}

/// Card triples come from the cards when the pattern asks for entities'
/// types or names (predicate bound, or subject bound to an entity).
fn route(
    cards: bool,
    s: Option<NamedOrBlankNodeRef<'_>>,
    p: Option<NamedNodeRef<'_>>,
    o: Option<TermRef<'_>>,
) -> Route {
    if !cards {
        return Route::Graphs;
    }
    let entity_subject =
        matches!(s, Some(NamedOrBlankNodeRef::NamedNode(n)) if entity_iri(n.as_str()));
    let entity_class = matches!(o, Some(TermRef::NamedNode(c))
        if crate::extract::Class::ALL.iter().any(|k| k.iri() == c));
    match p {
        Some(p) if p == rdfs::LABEL || p == skos::ALT_LABEL => Route::Cards,
        Some(p) if p == rdf::TYPE && (entity_subject || entity_class) => Route::Cards,
        _ => Route::Graphs,
    }
}

/// A store seen by the SPARQL evaluator, with a set-valued union graph.
#[derive(Clone)]
pub struct UnionDataset {
    store: Store,
    /// The cards are current: entities' types and names come from them.
    cards: bool,
}

impl UnionDataset {
    pub fn new(store: Store) -> Self {
        let cards = store.contains(&marker()).unwrap_or(false);
        UnionDataset { store, cards }
    }

    /// The graph name to set as default graph for the union.
    pub fn union_graph() -> NamedNode {
        NamedNode::new_unchecked(UNION_GRAPH)
    }
}

type Quads = Box<dyn Iterator<Item = Result<InternalQuad<Term>, StorageError>>>;

fn internal(q: Quad) -> InternalQuad<Term> {
    InternalQuad {
        subject: q.subject.into(),
        predicate: q.predicate.into(),
        object: q.object,
        graph_name: match q.graph_name {
            GraphName::DefaultGraph => None,
            GraphName::NamedNode(n) => Some(n.into()),
            GraphName::BlankNode(b) => Some(b.into()),
        },
    }
}

fn as_subject(t: &Term) -> Option<NamedOrBlankNodeRef<'_>> {
    match t {
        Term::NamedNode(n) => Some(n.as_ref().into()),
        Term::BlankNode(b) => Some(b.as_ref().into()),
        _ => None,
    }
}

fn as_predicate(t: &Term) -> Option<NamedNodeRef<'_>> {
    match t {
        Term::NamedNode(n) => Some(n.as_ref()),
        _ => None,
    }
}

fn as_graph(t: &Term) -> Option<GraphNameRef<'_>> {
    match t {
        Term::NamedNode(n) => Some(n.as_ref().into()),
        Term::BlankNode(b) => Some(b.as_ref().into()),
        _ => None,
    }
}

/// True when two quads hold the same triple.
fn same_triple(a: &Quad, b: &Quad) -> bool {
    a.subject == b.subject && a.predicate == b.predicate && a.object == b.object
}

impl QueryableDataset<'static> for UnionDataset {
    type InternalTerm = Term;
    type Error = StorageError;

    fn internal_quads_for_pattern(
        &self,
        subject: Option<&Term>,
        predicate: Option<&Term>,
        object: Option<&Term>,
        graph_name: Option<Option<&Term>>,
    ) -> impl Iterator<Item = Result<InternalQuad<Term>, StorageError>> + use<> {
        // A literal subject or a non-IRI predicate matches nothing.
        let s = match subject.map(as_subject) {
            Some(None) => return Box::new(std::iter::empty()) as Quads,
            s => s.flatten(),
        };
        let p = match predicate.map(as_predicate) {
            Some(None) => return Box::new(std::iter::empty()),
            p => p.flatten(),
        };
        let o = object.map(Term::as_ref);
        let union =
            matches!(graph_name, Some(Some(Term::NamedNode(n))) if n.as_str() == UNION_GRAPH);
        if union {
            if let Route::Cards = route(self.cards, s, p, o) {
                return Box::new(
                    self.store
                        .quads_for_pattern(s, p, o, Some(GraphNameRef::DefaultGraph))
                        .filter(|q| !q.as_ref().is_ok_and(|q| !is_card(q.as_ref())))
                        .map(|q| q.map(internal)),
                );
            }
            let cards = self.cards;
            // Cards are copies of graph triples: leave them out here.
            let quads = self
                .store
                .quads_for_pattern(s, p, o, None)
                .filter(move |q| !(cards && q.as_ref().is_ok_and(|q| is_card(q.as_ref()))));
            if s.is_none() && p.is_none() && o.is_none() {
                // Graph by graph: keep a triple in the first graph holding it.
                let store = self.store.clone();
                return Box::new(quads.filter_map(move |q| {
                    let q = match q {
                        Ok(q) => q,
                        Err(e) => return Some(Err(e)),
                    };
                    let first = store
                        .quads_for_pattern(
                            Some(q.subject.as_ref()),
                            Some(q.predicate.as_ref()),
                            Some(q.object.as_ref()),
                            None,
                        )
                        .find(|f| !(cards && f.as_ref().is_ok_and(|f| is_card(f.as_ref()))));
                    match first {
                        Some(Ok(f)) if f.graph_name != q.graph_name => None,
                        Some(Err(e)) => Some(Err(e)),
                        _ => Some(Ok(internal(q))),
                    }
                }));
            }
            let mut last: Option<Quad> = None;
            return Box::new(quads.filter_map(move |q| match q {
                Ok(q) if last.as_ref().is_some_and(|l| same_triple(l, &q)) => None,
                Ok(q) => {
                    last = Some(q.clone());
                    Some(Ok(internal(q)))
                }
                Err(e) => Some(Err(e)),
            }));
        }
        match graph_name {
            Some(None) => Box::new(
                self.store
                    .quads_for_pattern(s, p, o, Some(GraphNameRef::DefaultGraph))
                    .map(|q| q.map(internal)),
            ),
            Some(Some(g)) => match as_graph(g) {
                Some(g) => Box::new(
                    self.store
                        .quads_for_pattern(s, p, o, Some(g))
                        .map(|q| q.map(internal)),
                ),
                None => Box::new(std::iter::empty()),
            },
            None => Box::new(
                self.store
                    .quads_for_pattern(s, p, o, None)
                    .filter(|q| !q.as_ref().is_ok_and(|q| q.graph_name.is_default_graph()))
                    .map(|q| q.map(internal)),
            ),
        }
    }

    fn internal_named_graphs(&self) -> impl Iterator<Item = Result<Term, StorageError>> + use<> {
        self.store.named_graphs().map(|g| {
            g.map(|g| match g {
                NamedOrBlankNode::NamedNode(n) => Term::from(n),
                NamedOrBlankNode::BlankNode(b) => Term::from(b),
            })
        })
    }

    fn contains_internal_graph_name(&self, graph_name: &Term) -> Result<bool, StorageError> {
        match graph_name {
            Term::NamedNode(n) => self.store.contains_named_graph(n),
            Term::BlankNode(b) => self.store.contains_named_graph(b),
            _ => Ok(false),
        }
    }

    fn internalize_term(&self, term: Term) -> Result<Term, StorageError> {
        Ok(term)
    }

    fn externalize_term(&self, term: Term) -> Result<Term, StorageError> {
        Ok(term)
    }
}

#[cfg(test)]
mod tests {
    use crate::store::Store;
    use oxigraph::model::{GraphName, Literal, NamedNode, Quad};
    use oxigraph::sparql::QueryResults;

    fn rows(store: &Store, q: &str) -> Vec<String> {
        match store.query(q).unwrap() {
            QueryResults::Solutions(s) => s
                .map(|r| {
                    let r = r.unwrap();
                    r.iter()
                        .map(|(_, t)| t.to_string())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect(),
            QueryResults::Boolean(b) => vec![b.to_string()],
            QueryResults::Graph(g) => g.map(|t| t.unwrap().to_string()).collect(),
        }
    }

    #[test]
    fn the_union_holds_each_triple_once_and_graphs_keep_their_copies() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let n = |s: &str| NamedNode::new_unchecked(format!("http://e/{s}"));
        let label = NamedNode::new_unchecked("http://www.w3.org/2000/01/rdf-schema#label");
        let hosts = n("hosts");
        let mut quads = Vec::new();
        for g in ["g1", "g2", "g3"] {
            let g: GraphName = n(g).into();
            quads.push(Quad::new(
                n("zone"),
                label.clone(),
                Literal::from("Z"),
                g.clone(),
            ));
            quads.push(Quad::new(n("zone"), hosts.clone(), n("e1"), g.clone()));
            quads.push(Quad::new(n("e1"), label.clone(), Literal::from("E1"), g));
        }
        quads.push(Quad::new(
            n("zone"),
            hosts.clone(),
            n("e2"),
            GraphName::from(n("g3")),
        ));
        store.oxigraph().extend(quads).unwrap();
        // A join over copies: once per distinct binding, not 3 × 3 × 3.
        let q = "SELECT ?e ?l WHERE { ?z <http://www.w3.org/2000/01/rdf-schema#label> \"Z\" ; <http://e/hosts> ?e . OPTIONAL { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } }";
        let mut r = rows(&store, q);
        r.sort();
        assert_eq!(r, ["<http://e/e1> \"E1\"", "<http://e/e2>"]);
        // Nothing bound: distinct triples (4), while GRAPH sees all 10 quads.
        assert_eq!(
            rows(&store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
            ["\"4\"^^<http://www.w3.org/2001/XMLSchema#integer>"]
        );
        assert_eq!(
            rows(
                &store,
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
            ),
            ["\"10\"^^<http://www.w3.org/2001/XMLSchema#integer>"]
        );
        assert_eq!(
            rows(
                &store,
                "SELECT ?g WHERE { GRAPH ?g { <http://e/zone> <http://e/hosts> <http://e/e2> } }"
            ),
            ["<http://e/g3>"]
        );
        // FROM still picks graphs.
        assert_eq!(
            rows(
                &store,
                "SELECT (COUNT(*) AS ?n) FROM <http://e/g3> WHERE { ?s ?p ?o }"
            ),
            ["\"4\"^^<http://www.w3.org/2001/XMLSchema#integer>"]
        );
    }
}
