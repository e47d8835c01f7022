//! From an extraction to RDF quads: the layout of an article in the store.
//!
//! An article `A` (its IRI derives from its text, so rebuilding gives the
//! very same quads) is written as:
//!
//! - **the article graph `<A>`**: the article's metadata (`a ck:Article`,
//!   `dcterms:title` …) and the names it used for its entities: its own
//!   label of each (the fullest, see [`own_label`]) as `rdfs:label`, every
//!   other name as `skos:altLabel`;
//! - **one fact graph per sentence and rule** (`<A#s3/zone.hosts.settle>`,
//!   see [`fact_graph`]): the fact triples a rule read in a sentence, with
//!   their capacity and indicator nodes (typed by the property that points
//!   at them, not by `rdf:type`);
//! - **provenance in the default graph**, two quads per fact graph and two
//!   per supporting sentence: `<G> prov:wasDerivedFrom <S> ; ck:rule "…"`
//!   (and `ck:evidence`, the wording of a value), `<S> ck:inArticle <A> ;
//!   ck:text "…"`, where the sentence IRI `<A#char=120,168>` is its span in
//!   the source ([`sentence_iri`]); and per entity `<e> a ck:Zone` (a type
//!   is a function of the IRI, so the store holds it once) and
//!   `<e> ck:mentionedIn <A>`.
//!
//! These are the quads of `chainkg extract`: entity IRIs as extracted.
//! Resolution across articles ([`crate::resolve`]) then rewrites entity
//! IRIs and decides which article's own label is the entity's `rdfs:label`;
//! the store adds to its default graph a copy of every named-graph triple
//! ([`crate::store`]), so that the default graph is the union of all graphs.

use super::facts::{Entity, Extraction, Fact, Meta, Value};
use super::iri::{entity_iri, fact_graph, sentence_iri};
use super::vocab::{ck, dcterms, prov, rdf, rdfs, skos, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use rustc_hash::FxHashMap;

/// The quads of one article (named graphs and its default-graph
/// provenance), without the default-graph copies the store adds.
#[derive(Clone, Debug)]
pub struct ArticleQuads {
    /// The article's IRI (and the name of its article graph).
    pub graph: NamedNode,
    pub quads: Vec<Quad>,
}

/// Orders names from the fullest: longest first, then the smallest in
/// code-point order. Resolution picks an entity's canonical label by the
/// same order, so an article graph that does not hold the canonical label
/// still says which of its names was its own (the fullest of them).
pub fn fullest_first(a: &str, b: &str) -> std::cmp::Ordering {
    b.chars()
        .count()
        .cmp(&a.chars().count())
        .then_with(|| a.cmp(b))
}

/// The label an article gives an entity: the fullest of the names it used.
/// The extractor keeps the first of two equally long names as its label;
/// deciding by content instead keeps the label recoverable from the names
/// alone.
pub fn own_label(e: &Entity) -> &str {
    std::iter::once(e.label.as_str())
        .chain(e.alt_labels.iter().map(String::as_str))
        .min_by(|a, b| fullest_first(a, b))
        .unwrap_or(&e.label)
}

/// A name as stored: a Chinese language-tagged literal.
pub fn name_literal(name: &str) -> Literal {
    Literal::new_language_tagged_literal_unchecked(name, "zh")
}

/// The names one article gives one entity, as resolution reads them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityNames {
    /// The entity IRI as extracted.
    pub iri: NamedNode,
    /// The article's own label of it ([`own_label`]).
    pub label: String,
    /// Every other name the article used.
    pub alts: Vec<String>,
}

/// Builds the quads of one article.
pub struct ArticleGraph<'a> {
    pub iri: NamedNode,
    pub meta: &'a Meta,
    pub source: &'a str,
    pub extraction: &'a Extraction,
}

impl ArticleGraph<'_> {
    /// The names of the article's entities: all that resolution reads,
    /// without building the quads.
    pub fn names(&self) -> Vec<EntityNames> {
        self.extraction
            .entities
            .iter()
            .map(|e| {
                let label = own_label(e);
                EntityNames {
                    iri: entity_iri(e.class, &e.key),
                    label: label.to_string(),
                    alts: std::iter::once(&e.label)
                        .chain(&e.alt_labels)
                        .filter(|n| n.as_str() != label)
                        .cloned()
                        .collect(),
                }
            })
            .collect()
    }

    /// The article's quads as extracted (see the module docs).
    pub fn quads(&self) -> ArticleQuads {
        let mut out = Quads {
            quads: Vec::new(),
            graph: GraphName::NamedNode(self.iri.clone()),
        };
        let a: NamedOrBlankNode = self.iri.clone().into();
        out.metadata(&a, self.meta, self.source);
        let x = self.extraction;
        let mut iris: Vec<NamedNode> = Vec::with_capacity(x.entities.len());
        for names in self.names() {
            let s: NamedOrBlankNode = names.iri.clone().into();
            out.add(s.clone(), rdfs::LABEL, name_literal(&names.label).into());
            for alt in &names.alts {
                out.add(s.clone(), skos::ALT_LABEL, name_literal(alt).into());
            }
            iris.push(names.iri);
        }
        let article = self.iri.as_str();
        // Fact graphs in order of their first fact; the provenance of each
        // graph and sentence once.
        let mut graphs: FxHashMap<(usize, &str, Option<&str>), NamedNode> = FxHashMap::default();
        let mut per_rule: FxHashMap<(usize, &str), usize> = FxHashMap::default();
        let mut provenance: Vec<Quad> = Vec::new();
        let mut sentences: Vec<usize> = Vec::new();
        for (k, f) in x.facts.iter().enumerate() {
            let key = (f.sentence, f.rule, f.evidence.as_deref());
            let g = match graphs.get(&key) {
                Some(g) => g.clone(),
                None => {
                    let nth = per_rule.entry((f.sentence, f.rule)).or_insert(0);
                    *nth += 1;
                    let g = fact_graph(article, f.sentence, f.rule, *nth);
                    let s = sentence_iri(article, span_of(x, f.sentence));
                    let gs: NamedOrBlankNode = g.clone().into();
                    let mut meta = |p: NamedNodeRef<'_>, o: Term| {
                        provenance.push(Quad::new(gs.clone(), p, o, GraphName::DefaultGraph));
                    };
                    meta(prov::WAS_DERIVED_FROM, s.into());
                    meta(ck::RULE, Literal::new_simple_literal(f.rule).into());
                    if let Some(ev) = &f.evidence {
                        meta(ck::EVIDENCE, Literal::new_simple_literal(ev).into());
                    }
                    if !sentences.contains(&f.sentence) {
                        sentences.push(f.sentence);
                    }
                    graphs.insert(key, g.clone());
                    g
                }
            };
            out.graph = GraphName::NamedNode(g);
            out.fact(article, k, f, &iris);
        }
        sentences.sort_unstable();
        out.quads.extend(provenance);
        out.graph = GraphName::DefaultGraph;
        for i in sentences {
            let Some(s) = x.sentences.get(i) else {
                continue;
            };
            let n: NamedOrBlankNode = sentence_iri(article, s.origin).into();
            out.add(n.clone(), ck::IN_ARTICLE, self.iri.clone().into());
            out.add(n, ck::TEXT, Literal::new_simple_literal(&s.text).into());
        }
        for (e, iri) in x.entities.iter().zip(&iris) {
            out.add(
                iri.clone().into(),
                rdf::TYPE,
                e.class.iri().into_owned().into(),
            );
            out.add(
                iri.clone().into(),
                ck::MENTIONED_IN,
                self.iri.clone().into(),
            );
        }
        ArticleQuads {
            graph: self.iri.clone(),
            quads: out.quads,
        }
    }
}

/// The span in the source of the article's `i`-th sentence.
fn span_of(x: &Extraction, i: usize) -> (u32, u32) {
    x.sentences.get(i).map(|s| s.origin).unwrap_or_default()
}

/// Quads being written into one graph at a time.
struct Quads {
    quads: Vec<Quad>,
    graph: GraphName,
}

impl Quads {
    fn add(&mut self, s: NamedOrBlankNode, p: NamedNodeRef<'_>, o: Term) {
        self.quads
            .push(Quad::new(s, p.into_owned(), o, self.graph.clone()));
    }

    fn metadata(&mut self, a: &NamedOrBlankNode, meta: &Meta, source: &str) {
        let lit = |s: &str| -> Term { Literal::new_simple_literal(s).into() };
        self.add(a.clone(), rdf::TYPE, ck::ARTICLE.into_owned().into());
        if let Some(t) = &meta.title {
            self.add(a.clone(), dcterms::TITLE, name_literal(t).into());
        }
        if let Some(c) = &meta.creator {
            self.add(a.clone(), dcterms::CREATOR, lit(c));
        }
        if let Some(p) = &meta.publisher {
            self.add(a.clone(), dcterms::PUBLISHER, lit(p));
        }
        if let Some(d) = &meta.date {
            let dt = if d.contains('T') {
                xsd::DATE_TIME
            } else {
                xsd::DATE
            };
            self.add(
                a.clone(),
                dcterms::DATE,
                Literal::new_typed_literal(d, dt).into(),
            );
        }
        if let Some(u) = &meta.url {
            self.add(a.clone(), dcterms::IDENTIFIER, lit(u));
        }
        self.add(a.clone(), dcterms::SOURCE, lit(source));
    }

    /// One fact (the `k`-th of the article) and its value node, if any.
    fn fact(&mut self, article: &str, k: usize, f: &Fact, iris: &[NamedNode]) {
        let typed =
            |s: &str, dt: NamedNodeRef<'_>| -> Term { Literal::new_typed_literal(s, dt).into() };
        let node =
            |kind: &str| -> NamedNode { NamedNode::new_unchecked(format!("{article}#{kind}{k}")) };
        let object: Term = match &f.value {
            Value::Entity(o) => iris[*o].clone().into(),
            Value::Decimal(v) => typed(v, xsd::DECIMAL),
            Value::Date(v, dt) => typed(v, *dt),
            Value::Capacity { value, unit } => {
                let n = node("cap");
                let ns: NamedOrBlankNode = n.clone().into();
                self.add(ns.clone(), ck::VALUE, typed(value, xsd::DECIMAL));
                self.add(ns, ck::UNIT, unit.into_owned().into());
                n.into()
            }
            Value::Indicator {
                name,
                value,
                unit,
                year,
            } => {
                let n = node("ind");
                let ns: NamedOrBlankNode = n.clone().into();
                self.add(
                    ns.clone(),
                    ck::NAME,
                    Literal::new_simple_literal(name).into(),
                );
                self.add(ns.clone(), ck::VALUE, typed(value, xsd::DECIMAL));
                if let Some(u) = unit {
                    self.add(ns.clone(), ck::UNIT, u.into_owned().into());
                }
                if let Some(y) = year {
                    self.add(ns, ck::YEAR, typed(y, xsd::G_YEAR));
                }
                n.into()
            }
        };
        self.add(iris[f.subject].clone().into(), f.property, object);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;
    use crate::model::iri::{article_of, entity_type, sentence_span};
    use crate::pipeline::input::{documents_of, FileKind};
    use std::path::Path;

    fn page() -> Vec<crate::ReadArticle> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/demo/page_2025_03.txt");
        let text = std::fs::read_to_string(&path).unwrap();
        let docs = documents_of(&path, "page", FileKind::Text, text).unwrap();
        let x = Extractor::new(crate::lexicon::Lexicon::builtin().unwrap()).unwrap();
        crate::read_documents(&x, &docs)
    }

    /// The names pass of a build sees exactly the names the loading pass
    /// writes (resolution would otherwise decide on other names).
    #[test]
    fn names_are_the_name_quads_of_quads() {
        let read = page();
        assert!(read.len() >= 3);
        for r in &read {
            let mut from_quads: Vec<(String, bool, String)> = r
                .quads()
                .quads
                .iter()
                .filter(|q| q.predicate == rdfs::LABEL || q.predicate == skos::ALT_LABEL)
                .map(|q| {
                    let Term::Literal(l) = &q.object else {
                        panic!("{q}")
                    };
                    (
                        q.subject.to_string(),
                        q.predicate == rdfs::LABEL,
                        l.value().to_string(),
                    )
                })
                .collect();
            let mut from_names: Vec<(String, bool, String)> = r
                .names()
                .into_iter()
                .flat_map(|n| {
                    let s = n.iri.to_string();
                    std::iter::once((s.clone(), true, n.label))
                        .chain(n.alts.into_iter().map(move |a| (s.clone(), false, a)))
                })
                .collect();
            from_quads.sort();
            from_names.sort();
            assert!(from_quads.len() > 10);
            assert_eq!(from_quads, from_names);
        }
    }

    #[test]
    fn facts_live_in_graphs_per_sentence_and_rule_with_provenance_once() {
        for r in page() {
            let a = r.iri();
            let quads = r.quads().quads;
            let facts = r.extraction.facts.len();
            let fact_quads: Vec<&Quad> = quads
                .iter()
                .filter(|q| matches!(&q.graph_name, GraphName::NamedNode(g) if g.as_str().starts_with(&format!("{}#s", a.as_str()))))
                .collect();
            assert!(fact_quads.len() >= facts.min(1));
            for q in &quads {
                if let GraphName::NamedNode(g) = &q.graph_name {
                    assert_eq!(article_of(g.as_str()), Some(a.as_str()), "{q}");
                }
            }
            // Every fact graph has exactly one article, sentence and rule.
            let graphs: std::collections::BTreeSet<&str> = fact_quads
                .iter()
                .filter_map(|q| match &q.graph_name {
                    GraphName::NamedNode(g) => Some(g.as_str()),
                    _ => None,
                })
                .collect();
            let in_default = |s: &str, p: NamedNodeRef<'_>| -> Vec<&Term> {
                quads
                    .iter()
                    .filter(|q| {
                        q.graph_name.is_default_graph()
                            && q.predicate == p
                            && q.subject.to_string() == format!("<{s}>")
                    })
                    .map(|q| &q.object)
                    .collect()
            };
            for g in graphs {
                assert_eq!(in_default(g, ck::RULE).len(), 1, "{g}");
                let from = in_default(g, prov::WAS_DERIVED_FROM);
                let [Term::NamedNode(sentence)] = from.as_slice() else {
                    panic!("{g}: {from:?}");
                };
                // The sentence: its article, its text, its span in its IRI.
                let article: Term = a.clone().into();
                assert_eq!(in_default(sentence.as_str(), ck::IN_ARTICLE), [&article]);
                assert_eq!(in_default(sentence.as_str(), ck::TEXT).len(), 1);
                let (start, end) = sentence_span(sentence.as_str()).unwrap();
                assert!(start < end, "{sentence}");
            }
            // An entity's type once, in the default graph, beside where it
            // was mentioned; the article graph holds names, not types.
            for q in quads.iter().filter(|q| q.predicate == rdf::TYPE) {
                if q.graph_name.is_default_graph() {
                    let e = q.subject.to_string();
                    let e = e.trim_matches(|c| c == '<' || c == '>');
                    assert_eq!(Some(q.object.clone()), entity_type(e).map(|t| t.into()));
                    assert_eq!(in_default(e, ck::MENTIONED_IN).len(), 1, "{e}");
                } else {
                    assert_eq!(q.object, Term::from(ck::ARTICLE.into_owned()), "{q}");
                }
            }
            // Sentence nodes only for sentences behind a fact.
            let supporting: std::collections::BTreeSet<usize> =
                r.extraction.facts.iter().map(|f| f.sentence).collect();
            let nodes = quads.iter().filter(|q| q.predicate == ck::TEXT).count();
            assert_eq!(nodes, supporting.len());
        }
    }
}
