//! From an extraction to RDF quads in the article's named graph.
//!
//! Provenance is plain RDF so any SPARQL client can read it: each sentence
//! is a `ck:Sentence` node with its text and its char span in the source
//! file; each relation or value fact has an `rdf:Statement` node naming the
//! triple, the sentence (`prov:wasDerivedFrom`), the rule (`ck:rule`) and,
//! for values, the original wording (`ck:evidence`). Node IRIs are derived
//! from the article IRI, so rebuilding gives the very same quads.

use crate::extract::{Class, Entity, Extraction, Value};
use crate::store::ArticleQuads;
use crate::text::segment::Meta;
use crate::vocab::{ck, dcterms, prov, rdf, rdfs, skos, xsd};
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use sha2::{Digest, Sha256};

/// A short stable hash of a text (hex).
pub fn short_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// IRI-safe path segment of a name: letters (any script) and digits stay,
/// everything else is percent-encoded.
fn segment(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// The IRI of an entity: class and identity key, the same in every article.
pub fn entity_iri(class: Class, key: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}{}/{}", ck::ID_BASE, class.slug(), segment(key)))
}

/// The IRI of an article, from its normalized body text.
pub fn article_iri(body: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}article/{}", ck::ID_BASE, short_hash(body)))
}

/// An entity's names as (property, literal): its label, then its other names.
fn names(e: &Entity) -> impl Iterator<Item = (NamedNodeRef<'static>, Term)> + '_ {
    let zh = |s: &str| -> Term { Literal::new_language_tagged_literal_unchecked(s, "zh").into() };
    std::iter::once((rdfs::LABEL, zh(&e.label)))
        .chain(e.alt_labels.iter().map(move |a| (skos::ALT_LABEL, zh(a))))
}

/// Builds the quads of one article.
pub struct ArticleGraph<'a> {
    pub iri: NamedNode,
    pub meta: &'a Meta,
    pub source: &'a str,
    pub extraction: &'a Extraction,
}

impl ArticleGraph<'_> {
    /// Only the quads that name the article's entities (`rdfs:label`,
    /// `skos:altLabel`), as [`ArticleGraph::quads`] has them: all that
    /// resolution reads, without building the rest.
    pub fn name_quads(&self) -> ArticleQuads {
        let g = GraphName::NamedNode(self.iri.clone());
        let quads = self
            .extraction
            .entities
            .iter()
            .flat_map(|e| {
                let iri = entity_iri(e.class, &e.key);
                names(e).map(move |(p, name)| (iri.clone(), p, name))
            })
            .map(|(s, p, o)| Quad::new(s, p, o, g.clone()))
            .collect();
        ArticleQuads {
            graph: self.iri.clone(),
            quads,
        }
    }

    pub fn quads(&self) -> ArticleQuads {
        let g = GraphName::NamedNode(self.iri.clone());
        let mut quads = Vec::new();
        let mut add = |s: NamedOrBlankNode, p: NamedNodeRef<'static>, o: Term| {
            quads.push(Quad::new(s, p.into_owned(), o, g.clone()));
        };
        let a: NamedOrBlankNode = self.iri.clone().into();
        let lit = |s: &str| -> Term { Literal::new_simple_literal(s).into() };
        let zh =
            |s: &str| -> Term { Literal::new_language_tagged_literal_unchecked(s, "zh").into() };
        let typed = |s: &str, dt: NamedNodeRef<'static>| -> Term {
            Literal::new_typed_literal(s, dt).into()
        };
        add(a.clone(), rdf::TYPE, ck::ARTICLE.into_owned().into());
        if let Some(t) = &self.meta.title {
            add(a.clone(), dcterms::TITLE, zh(t));
        }
        if let Some(c) = &self.meta.creator {
            add(a.clone(), dcterms::CREATOR, lit(c));
        }
        if let Some(p) = &self.meta.publisher {
            add(a.clone(), dcterms::PUBLISHER, lit(p));
        }
        if let Some(d) = &self.meta.date {
            let dt = if d.contains('T') {
                xsd::DATE_TIME
            } else {
                xsd::DATE
            };
            add(a.clone(), dcterms::DATE, typed(d, dt));
        }
        if let Some(u) = &self.meta.url {
            add(a.clone(), dcterms::IDENTIFIER, lit(u));
        }
        add(a.clone(), dcterms::SOURCE, lit(self.source));

        let x = self.extraction;
        let node = |kind: &str, i: usize| -> NamedNode {
            NamedNode::new_unchecked(format!("{}#{kind}{i}", self.iri.as_str()))
        };
        for (i, s) in x.sentences.iter().enumerate() {
            let n: NamedOrBlankNode = node("s", i).into();
            add(n.clone(), rdf::TYPE, ck::SENTENCE.into_owned().into());
            add(n.clone(), ck::TEXT, lit(&s.text));
            add(
                n.clone(),
                ck::CHAR_START,
                typed(&s.origin.0.to_string(), xsd::INTEGER),
            );
            add(
                n.clone(),
                ck::CHAR_END,
                typed(&s.origin.1.to_string(), xsd::INTEGER),
            );
            add(
                n.clone(),
                ck::SENTENCE_INDEX,
                typed(&i.to_string(), xsd::INTEGER),
            );
            add(n, ck::IN_ARTICLE, self.iri.clone().into());
        }
        let iris: Vec<NamedNode> = x
            .entities
            .iter()
            .map(|e: &Entity| entity_iri(e.class, &e.key))
            .collect();
        for (e, iri) in x.entities.iter().zip(&iris) {
            let s: NamedOrBlankNode = iri.clone().into();
            add(s.clone(), rdf::TYPE, e.class.iri().into_owned().into());
            for (p, name) in names(e) {
                add(s.clone(), p, name);
            }
            add(s, ck::MENTIONED_IN, self.iri.clone().into());
        }
        let mut statement = |k: usize,
                             subject: &NamedNode,
                             p: NamedNodeRef<'static>,
                             o: Term,
                             f: &crate::extract::Fact| {
            let st: NamedOrBlankNode = node("f", k).into();
            add(st.clone(), rdf::TYPE, rdf::STATEMENT.into_owned().into());
            add(st.clone(), rdf::SUBJECT, subject.clone().into());
            add(st.clone(), rdf::PREDICATE, p.into_owned().into());
            add(st.clone(), rdf::OBJECT, o);
            add(
                st.clone(),
                prov::WAS_DERIVED_FROM,
                node("s", f.sentence).into(),
            );
            add(st.clone(), ck::RULE, lit(f.rule));
            if let Some(ev) = &f.evidence {
                add(st, ck::EVIDENCE, lit(ev));
            }
        };
        let mut facts_quads = Vec::new();
        for (k, f) in x.facts.iter().enumerate() {
            let subject = &iris[f.subject];
            let mut extra: Vec<(NamedOrBlankNode, NamedNodeRef<'static>, Term)> = Vec::new();
            let object: Term = match &f.value {
                Value::Entity(o) => iris[*o].clone().into(),
                Value::Decimal(v) => typed(v, xsd::DECIMAL),
                Value::Date(v, dt) => typed(v, *dt),
                Value::Capacity { value, unit } => {
                    let n = node("cap", k);
                    let ns: NamedOrBlankNode = n.clone().into();
                    extra.push((ns.clone(), rdf::TYPE, ck::CAPACITY.into_owned().into()));
                    extra.push((ns.clone(), ck::VALUE, typed(value, xsd::DECIMAL)));
                    extra.push((ns, ck::UNIT, unit.into_owned().into()));
                    n.into()
                }
                Value::Indicator {
                    name,
                    value,
                    unit,
                    year,
                } => {
                    let n = node("ind", k);
                    let ns: NamedOrBlankNode = n.clone().into();
                    extra.push((
                        ns.clone(),
                        rdf::TYPE,
                        ck::INDICATOR_CLASS.into_owned().into(),
                    ));
                    extra.push((ns.clone(), ck::NAME, lit(name)));
                    extra.push((ns.clone(), ck::VALUE, typed(value, xsd::DECIMAL)));
                    if let Some(u) = unit {
                        extra.push((ns.clone(), ck::UNIT, u.into_owned().into()));
                    }
                    if let Some(y) = year {
                        extra.push((ns, ck::YEAR, typed(y, xsd::G_YEAR)));
                    }
                    n.into()
                }
            };
            facts_quads.push((subject.clone(), f.property, object.clone(), extra));
            statement(k, subject, f.property, object, f);
        }
        for (s, p, o, extra) in facts_quads {
            add(s.into(), p, o);
            for (s, p, o) in extra {
                add(s, p, o);
            }
        }
        ArticleQuads {
            graph: self.iri.clone(),
            quads,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::Extractor;
    use crate::input::{documents_of, FileKind};
    use crate::vocab::{rdfs, skos};
    use std::path::Path;

    /// The names pass of a build sees exactly the names the loading pass
    /// writes (resolution would otherwise decide on other names).
    #[test]
    fn name_quads_are_the_name_quads_of_quads() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/demo/page_2025_03.txt");
        let text = std::fs::read_to_string(&path).unwrap();
        let docs = documents_of(&path, "page", FileKind::Text, text).unwrap();
        let x = Extractor::new(crate::lexicon::Lexicon::builtin().unwrap()).unwrap();
        let read = crate::read_documents(&x, &docs);
        assert!(read.len() >= 3);
        for r in &read {
            let all: Vec<_> = r
                .quads()
                .quads
                .into_iter()
                .filter(|q| q.predicate == rdfs::LABEL || q.predicate == skos::ALT_LABEL)
                .collect();
            assert!(all.len() > 10);
            assert_eq!(r.name_quads().quads, all);
        }
    }
}
