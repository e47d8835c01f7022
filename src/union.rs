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
//! type, label and values. So the name pass ([`crate::resolve`], or a
//! build into an empty store) also writes one *card* per entity into the
//! store's default graph: one copy of every triple whose subject is the
//! entity, the union of what its article graphs say. While the cards are
//! current (a marker triple says so; any SPARQL update removes it until the
//! next name pass), the union reads entities' triples from the cards alone,
//! and the graphs only for the other nodes (facts, sentences, articles).
//! The cards are derived data: exports and pushes leave them out. So the
//! store's default graph is theirs: a triple about a chainkg entity that an
//! update writes there (articles live in named graphs) counts as a card,
//! and the next name pass drops it.

use crate::vocab::{ck, rdf, rdfs, skos};
use oxigraph::model::{
    GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode,
    NamedOrBlankNodeRef, Quad, QuadRef, Term, TermRef,
};
use oxigraph::store::{StorageError, Store};
use spareval::{InternalQuad, QueryableDataset};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

/// The graph name that stands for the union of all graphs (never stored).
pub const UNION_GRAPH: &str = "urn:x-chainkg:union-of-all-graphs";

/// Subject and predicate of the marker triple: the cards are current.
const CARDS_MARKER: &str = "urn:x-chainkg:cards";
const CARDS_CURRENT: &str = "urn:x-chainkg:current";

/// True when an IRI names an entity (not an article or one of its nodes).
fn entity_iri(iri: &str) -> bool {
    crate::resolve::entity_class(iri).is_some()
}

fn entity_subject(s: NamedOrBlankNodeRef<'_>) -> bool {
    matches!(s, NamedOrBlankNodeRef::NamedNode(n) if entity_iri(n.as_str()))
}

/// True for a triple of an entity copied into its card.
fn is_entity_card(q: QuadRef<'_>) -> bool {
    q.graph_name.is_default_graph() && entity_subject(q.subject)
}

/// True for a quad that is a card or the cards' marker: derived data that
/// exports and pushes leave out.
pub fn is_card(q: QuadRef<'_>) -> bool {
    is_entity_card(q)
        || (q.graph_name.is_default_graph()
            && matches!(q.subject, NamedOrBlankNodeRef::NamedNode(s) if s.as_str() == CARDS_MARKER))
}

/// The card copy of an article graph's quad, when its subject is an entity.
pub fn card_of(q: &Quad) -> Option<Quad> {
    (!q.graph_name.is_default_graph() && entity_subject(q.subject.as_ref())).then(|| {
        Quad::new(
            q.subject.clone(),
            q.predicate.clone(),
            q.object.clone(),
            GraphName::DefaultGraph,
        )
    })
}

/// The marker that says the cards are current.
pub fn marker() -> Quad {
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

/// Rewrites the cards of these entities (IRIs, in any order), each from
/// the entity's triples in the article graphs (none: the card goes). With
/// `wanted`, which says whether an IRI is among all the store's entities,
/// the cards of entities not among them go too. Streams entity by entity,
/// writing only the difference, so memory does not grow with the number of
/// entities.
pub fn write_cards<'n>(
    store: &Store,
    entities: impl Iterator<Item = &'n str>,
    wanted: Option<impl Fn(&str) -> bool>,
) -> Result<(), StorageError> {
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
    // Cards of entities that are gone.
    if let Some(wanted) = &wanted {
        for q in store.quads_for_pattern(None, None, None, Some(GraphNameRef::DefaultGraph)) {
            let q = q?;
            let gone = is_entity_card(q.as_ref())
                && matches!(&q.subject, NamedOrBlankNode::NamedNode(n) if !wanted(n.as_str()));
            if gone {
                remove.push(q);
                if remove.len() >= 50_000 {
                    flush(&mut remove, &mut insert)?;
                }
            }
        }
    }
    for iri in entities {
        let e = NamedNode::new_unchecked(iri);
        let mut want: HashSet<Quad> = HashSet::new();
        let mut have: Vec<Quad> = Vec::new();
        for q in store.quads_for_pattern(Some(e.as_ref().into()), None, None, None) {
            let q = q?;
            match card_of(&q) {
                Some(card) => {
                    want.insert(card);
                }
                None => have.push(q),
            }
        }
        for q in have {
            if !want.remove(&q) {
                remove.push(q);
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
    /// From the cards only: the pattern asks for entities' triples.
    Cards,
    /// Entities' triples from the cards, other nodes' from the graphs.
    Both,
    /// From the graphs, leaving the cards out (cards stale, or the subject
    /// is not an entity).
    Graphs,
}

/// With [`crate::export::RELATIONS`], the properties only entities have
/// (names, values, `ck:mentionedIn`): a pattern on one of them needs only
/// the cards.
const ENTITY_VALUES: &[NamedNodeRef<'static>] = &[
    rdfs::LABEL,
    skos::ALT_LABEL,
    ck::MENTIONED_IN,
    ck::INVESTMENT,
    ck::LAND_AREA,
    ck::FLOOR_AREA,
    ck::OPERATION_DATE,
    ck::PROGRESS,
    ck::ANNUAL_CAPACITY,
];

fn entity_property(p: NamedNodeRef<'_>) -> bool {
    crate::export::RELATIONS.contains(&p) || ENTITY_VALUES.contains(&p)
}

fn route(
    cards: bool,
    s: Option<NamedOrBlankNodeRef<'_>>,
    p: Option<NamedNodeRef<'_>>,
    o: Option<TermRef<'_>>,
) -> Route {
    if !cards {
        return Route::Graphs;
    }
    if let Some(s) = s {
        return match entity_subject(s) {
            true => Route::Cards,
            false => Route::Graphs,
        };
    }
    let entity_class = matches!(o, Some(TermRef::NamedNode(c))
        if crate::extract::Class::ALL.iter().any(|k| k.iri() == c));
    match p {
        Some(p) if entity_property(p) => Route::Cards,
        Some(p) if p == rdf::TYPE && entity_class => Route::Cards,
        _ => Route::Both,
    }
}

/// A store seen by the SPARQL evaluator, with a set-valued union graph.
#[derive(Clone)]
pub struct UnionDataset {
    store: Store,
    /// The cards are current: entities' types and names come from them.
    cards: bool,
    /// Card lookups with two terms bound, kept for the query: a for-loop
    /// join asks the same one again for every row (a zone's label for each
    /// of its enterprises), and each costs a store seek and string decoding.
    lookups: Arc<Mutex<HashMap<Lookup, Arc<[Quad]>>>>,
}

/// A card pattern: subject, predicate, object, of which two are bound.
type Lookup = (Option<Term>, Option<Term>, Option<Term>);

/// Lookups kept per query at most (then the memo starts again); each of
/// at most 1,024 quads.
const LOOKUPS: usize = 100_000;

impl UnionDataset {
    pub fn new(store: Store) -> Self {
        let cards = store.contains(&marker()).unwrap_or(false);
        UnionDataset {
            store,
            cards,
            lookups: Arc::default(),
        }
    }

    /// A card lookup's quads: kept from an earlier call of this query, or
    /// fetched (and kept when there are at most 1,024).
    fn remembered(
        &self,
        key: Lookup,
        fetch: impl FnOnce() -> Result<Vec<Quad>, StorageError>,
    ) -> Result<Arc<[Quad]>, StorageError> {
        if let Some(found) = self.lookups.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return Ok(found);
        }
        let found: Arc<[Quad]> = fetch()?.into();
        if let (Ok(mut m), true) = (self.lookups.lock(), found.len() <= 1024) {
            if m.len() >= LOOKUPS {
                m.clear();
            }
            m.insert(key, Arc::clone(&found));
        }
        Ok(found)
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
            let cards = self.cards;
            let route = route(cards, s, p, o);
            let cards_raw = || {
                self.store
                    .quads_for_pattern(s, p, o, Some(GraphNameRef::DefaultGraph))
                    .filter(|q| !q.as_ref().is_ok_and(|q| !is_entity_card(q.as_ref())))
            };
            let from_cards = || cards_raw().map(|q| q.map(internal));
            if let Route::Cards = route {
                // Kept: an entity's triples (subject bound) and what points
                // at an entity; not all the members of a class.
                let bound = [s.is_some(), p.is_some(), o.is_some()];
                let lookup = bound.iter().filter(|b| **b).count() == 2
                    && (s.is_some() || p != Some(rdf::TYPE));
                if !lookup {
                    return Box::new(from_cards());
                }
                let key: Lookup = (subject.cloned(), predicate.cloned(), object.cloned());
                return match self.remembered(key, || cards_raw().collect()) {
                    Ok(found) => {
                        Box::new((0..found.len()).map(move |i| Ok(internal(found[i].clone()))))
                    }
                    Err(e) => Box::new(std::iter::once(Err(e))),
                };
            }
            // With current cards, entities' triples come from them: the
            // graphs give the other nodes' (and never the cards).
            let keep = move |q: &Quad| match cards {
                true => !q.graph_name.is_default_graph() && !entity_subject(q.subject.as_ref()),
                false => !is_card(q.as_ref()),
            };
            let quads = self
                .store
                .quads_for_pattern(s, p, o, None)
                .filter(move |q| q.as_ref().map_or(true, keep));
            let graphs: Quads = if s.is_none() && p.is_none() && o.is_none() {
                // Graph by graph: keep a triple in the first graph holding it.
                let store = self.store.clone();
                Box::new(quads.filter_map(move |q| {
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
                        .find(|f| f.as_ref().map_or(true, keep));
                    match first {
                        Some(Ok(f)) if f.graph_name != q.graph_name => None,
                        Some(Err(e)) => Some(Err(e)),
                        _ => Some(Ok(internal(q))),
                    }
                }))
            } else {
                let mut last: Option<Quad> = None;
                Box::new(quads.filter_map(move |q| match q {
                    Ok(q) if last.as_ref().is_some_and(|l| same_triple(l, &q)) => None,
                    Ok(q) => {
                        last = Some(q.clone());
                        Some(Ok(internal(q)))
                    }
                    Err(e) => Some(Err(e)),
                }))
            };
            return match route {
                Route::Both => Box::new(from_cards().chain(graphs)),
                _ => graphs,
            };
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
