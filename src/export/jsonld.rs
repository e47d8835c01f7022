//! Compacted JSON-LD of the whole dataset, with the context shipped as
//! `ontology/context.jsonld`, so keys read `hostsEnterprise`, `label`,
//! `investment` rather than full IRIs.
//!
//! Oxigraph's JSON-LD serializer writes the expanded form, and a general
//! JSON-LD compaction algorithm is far more than this needs: the context is
//! ours, so we compact directly from quads. Each predicate is written under
//! its context term; a value takes the short form (a plain string) only when
//! the term's `@type`/`@language` coercion turns it back into exactly that
//! RDF term, and is written as a full value object (`{"@value", "@type"}` or
//! `{"@id"}`) otherwise — so expanding the document gives back every quad.
//! Like `nq` and `trig` it writes the dataset: each named graph (an
//! article's graph, a fact graph) is one `{"@id": graph, "@graph": […]}`
//! object, and the default graph's own triples (the provenance) are nodes
//! of the top level, so its triples are the union of all graphs. The
//! context is embedded, so the file parses offline.

use crate::error::{Error, Result};
use crate::model::vocab::{rdf, xsd};
use crate::store::Store;
use oxigraph::model::{GraphName, NamedOrBlankNode, Quad, Term};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashMap};
use std::io::Write;

/// The context document as shipped in `ontology/context.jsonld`.
pub const CONTEXT: &str = include_str!("../../ontology/context.jsonld");

/// How a term coerces its string values.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Coerce {
    /// Plain strings are `xsd:string` literals (or language-tagged ones).
    Literal,
    /// `"@type": "@id"`: strings are IRIs.
    Id,
    /// `"@type": "@vocab"`: strings are terms or IRIs.
    Vocab,
    /// `"@type": DATATYPE`: strings are literals of that datatype.
    Datatype(String),
}

#[derive(Clone, Debug)]
struct TermDef {
    iri: String,
    coerce: Coerce,
    language: Option<String>,
}

/// The parsed context: terms by name and by IRI, and the prefixes that
/// shorten IRIs in `@id` positions.
pub struct Context {
    raw: Value,
    terms: BTreeMap<String, TermDef>,
    by_iri: HashMap<String, String>,
    prefixes: Vec<(String, String)>,
}

fn bad_context(message: impl Into<String>) -> Error {
    Error::Usage(format!("ontology/context.jsonld: {}", message.into()))
}

impl Context {
    /// Parses a context document (`{"@context": {…}}`) of simple and
    /// expanded term definitions.
    pub fn parse(text: &str) -> Result<Self> {
        let doc: Value = serde_json::from_str(text).map_err(|e| bad_context(e.to_string()))?;
        let raw = doc
            .get("@context")
            .cloned()
            .ok_or_else(|| bad_context("no @context"))?;
        let defs = raw
            .as_object()
            .ok_or_else(|| bad_context("@context is not an object"))?;
        // Prefixes first: terms whose value is an absolute IRI.
        let mut simple: HashMap<&str, &str> = HashMap::new();
        for (name, def) in defs {
            if let Some(iri) = def.as_str() {
                simple.insert(name, iri);
            }
        }
        let expand = |s: &str| -> String {
            match s.split_once(':') {
                Some((p, rest)) if !rest.starts_with("//") => simple
                    .get(p)
                    .map_or_else(|| s.to_string(), |ns| format!("{ns}{rest}")),
                _ => s.to_string(),
            }
        };
        let mut terms = BTreeMap::new();
        let mut prefixes = Vec::new();
        for (name, def) in defs {
            let term = match def {
                Value::String(iri) => {
                    if iri.ends_with(['/', '#']) && iri.contains("://") {
                        prefixes.push((name.clone(), iri.clone()));
                    }
                    TermDef {
                        iri: expand(iri),
                        coerce: Coerce::Literal,
                        language: None,
                    }
                }
                Value::Object(o) => {
                    let iri = o
                        .get("@id")
                        .and_then(Value::as_str)
                        .ok_or_else(|| bad_context(format!("term {name} has no @id")))?;
                    let coerce = match o.get("@type").and_then(Value::as_str) {
                        None => Coerce::Literal,
                        Some("@id") => Coerce::Id,
                        Some("@vocab") => Coerce::Vocab,
                        Some(dt) => Coerce::Datatype(expand(dt)),
                    };
                    TermDef {
                        iri: expand(iri),
                        coerce,
                        language: o
                            .get("@language")
                            .and_then(Value::as_str)
                            .map(str::to_string),
                    }
                }
                _ => return Err(bad_context(format!("term {name}: unsupported definition"))),
            };
            terms.insert(name.clone(), term);
        }
        let by_iri = terms
            .iter()
            .filter(|(name, _)| !prefixes.iter().any(|(p, _)| p == *name))
            .map(|(name, t)| (t.iri.clone(), name.clone()))
            .collect();
        // Longest namespace first, so the most specific prefix wins.
        prefixes.sort_by_key(|(_, ns)| std::cmp::Reverse(ns.len()));
        Ok(Context {
            raw,
            terms,
            by_iri,
            prefixes,
        })
    }

    /// The shipped context.
    pub fn shipped() -> Result<Self> {
        Self::parse(CONTEXT)
    }

    /// The term names the context defines.
    pub fn term_names(&self) -> impl Iterator<Item = &str> {
        self.terms.keys().map(String::as_str)
    }

    /// The IRI a term name expands to.
    pub fn expand_term(&self, name: &str) -> Option<&str> {
        self.terms.get(name).map(|t| t.iri.as_str())
    }

    /// `prefix:rest` when a prefix covers the IRI and the result cannot be
    /// read back as anything else, else the IRI itself.
    fn compact_iri(&self, iri: &str) -> String {
        for (p, ns) in &self.prefixes {
            if let Some(rest) = iri.strip_prefix(ns.as_str()) {
                if !rest.is_empty() && !rest.starts_with("//") {
                    return format!("{p}:{rest}");
                }
            }
        }
        iri.to_string()
    }

    /// In vocabulary positions (`@type`, keys, `@vocab` values) a term name
    /// is preferred to a compact IRI.
    fn compact_vocab(&self, iri: &str) -> String {
        self.by_iri
            .get(iri)
            .cloned()
            .unwrap_or_else(|| self.compact_iri(iri))
    }

    fn node_id(&self, n: &NamedOrBlankNode) -> String {
        match n {
            NamedOrBlankNode::NamedNode(n) => self.compact_iri(n.as_str()),
            NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
        }
    }

    fn value(&self, def: Option<&TermDef>, object: &Term) -> Value {
        let coerce = def.map_or(&Coerce::Literal, |d| &d.coerce);
        let language = def.and_then(|d| d.language.as_deref());
        match object {
            Term::NamedNode(n) => match coerce {
                Coerce::Id => Value::String(self.compact_iri(n.as_str())),
                Coerce::Vocab => Value::String(self.compact_vocab(n.as_str())),
                _ => json!({ "@id": self.compact_iri(n.as_str()) }),
            },
            Term::BlankNode(b) => match coerce {
                Coerce::Id | Coerce::Vocab => Value::String(format!("_:{}", b.as_str())),
                _ => json!({ "@id": format!("_:{}", b.as_str()) }),
            },
            Term::Literal(l) => {
                let v = l.value();
                if let Some(lang) = l.language() {
                    return if *coerce == Coerce::Literal && language == Some(lang) {
                        Value::String(v.to_string())
                    } else {
                        json!({ "@value": v, "@language": lang })
                    };
                }
                let dt = l.datatype();
                if let Coerce::Datatype(d) = coerce {
                    if d == dt.as_str() {
                        return Value::String(v.to_string());
                    }
                }
                if dt == xsd::STRING {
                    if *coerce == Coerce::Literal && language.is_none() {
                        Value::String(v.to_string())
                    } else {
                        // A value object is not coerced: a plain literal.
                        json!({ "@value": v })
                    }
                } else {
                    json!({ "@value": v, "@type": self.compact_iri(dt.as_str()) })
                }
            }
            #[allow(unreachable_patterns)]
            other => Value::String(other.to_string()),
        }
    }

    /// The node object of one subject with its (predicate, object) pairs.
    fn node(&self, subject: &NamedOrBlankNode, props: &[(String, Term)]) -> Value {
        let mut keys: BTreeMap<String, Vec<Value>> = BTreeMap::new();
        let mut types = Vec::new();
        for (p, o) in props {
            if p == rdf::TYPE.as_str() {
                if let Term::NamedNode(c) = o {
                    types.push(Value::String(self.compact_vocab(c.as_str())));
                    continue;
                }
            }
            let key = self.compact_vocab(p);
            let def = self.terms.get(&key);
            keys.entry(key).or_default().push(self.value(def, o));
        }
        let mut obj = Map::new();
        obj.insert("@id".into(), Value::String(self.node_id(subject)));
        if !types.is_empty() {
            obj.insert("@type".into(), one_or_many(types));
        }
        for (k, vs) in keys {
            obj.insert(k, one_or_many(vs));
        }
        Value::Object(obj)
    }

    /// The compacted document of these quads.
    pub fn document(&self, quads: &[Quad]) -> Value {
        type Subjects = BTreeMap<String, (NamedOrBlankNode, Vec<(String, Term)>)>;
        let mut graphs: BTreeMap<String, (GraphName, Subjects)> = BTreeMap::new();
        for q in quads {
            let g = graphs
                .entry(q.graph_name.to_string())
                .or_insert_with(|| (q.graph_name.clone(), BTreeMap::new()));
            g.1.entry(q.subject.to_string())
                .or_insert_with(|| (q.subject.clone(), Vec::new()))
                .1
                .push((q.predicate.as_str().to_string(), q.object.clone()));
        }
        let mut top = Vec::new();
        for (name, subjects) in graphs.into_values() {
            let nodes: Vec<Value> = subjects
                .into_values()
                .map(|(s, mut props)| {
                    props.sort_by_cached_key(|(p, o)| (p.clone(), o.to_string()));
                    props.dedup();
                    self.node(&s, &props)
                })
                .collect();
            match name {
                GraphName::DefaultGraph => top.extend(nodes),
                GraphName::NamedNode(g) => top.push(json!({
                    "@id": self.compact_iri(g.as_str()),
                    "@graph": nodes,
                })),
                GraphName::BlankNode(b) => top.push(json!({
                    "@id": format!("_:{}", b.as_str()),
                    "@graph": nodes,
                })),
            }
        }
        json!({ "@context": self.raw, "@graph": top })
    }
}

fn one_or_many(mut vs: Vec<Value>) -> Value {
    if vs.len() == 1 {
        vs.remove(0)
    } else {
        Value::Array(vs)
    }
}

/// Writes the whole store as compacted JSON-LD.
pub fn write(store: &Store, mut out: impl Write) -> Result<()> {
    let ctx = Context::shipped()?;
    let quads: Vec<Quad> = store.data_quads().collect::<Result<_>>()?;
    let doc = ctx.document(&quads);
    serde_json::to_writer_pretty(&mut out, &doc).map_err(std::io::Error::from)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::vocab::ck;
    use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser};
    use oxigraph::model::{BlankNode, Literal, NamedNode};
    use std::collections::BTreeSet;

    fn nn(s: &str) -> NamedNode {
        NamedNode::new(s).unwrap()
    }

    fn sample_quads() -> Vec<Quad> {
        let g = GraphName::NamedNode(nn("https://w3id.org/chainkg/id/article/abc"));
        let z = nn("https://w3id.org/chainkg/id/zone/古县经济技术开发区");
        let e = nn("https://w3id.org/chainkg/id/enterprise/盛隆泰达");
        let fg = nn("https://w3id.org/chainkg/id/article/abc#s0/zone.host");
        let q = |s: &NamedNode, p: oxigraph::model::NamedNodeRef<'_>, o: Term| {
            Quad::new(s.clone(), p.into_owned(), o, g.clone())
        };
        vec![
            q(&z, rdf::TYPE, ck::ZONE.into_owned().into()),
            q(
                &z,
                crate::model::vocab::rdfs::LABEL,
                Literal::new_language_tagged_literal_unchecked("古县经济技术开发区", "zh").into(),
            ),
            q(
                &z,
                crate::model::vocab::rdfs::LABEL,
                Literal::new_language_tagged_literal_unchecked("Guxian", "en").into(),
            ),
            q(&z, ck::HOSTS_ENTERPRISE, e.clone().into()),
            q(
                &z,
                ck::INVESTMENT,
                Literal::new_typed_literal("274000000", xsd::DECIMAL).into(),
            ),
            // A datatype the term does not coerce to, and a plain string
            // under a language-coerced term.
            q(
                &z,
                ck::INVESTMENT,
                Literal::new_typed_literal("5", xsd::INTEGER).into(),
            ),
            q(
                &e,
                crate::model::vocab::skos::ALT_LABEL,
                Literal::new_simple_literal("盛隆").into(),
            ),
            q(&fg, rdf::TYPE, ck::FACT_GRAPH.into_owned().into()),
            q(
                &fg,
                crate::model::vocab::owl::SAME_AS,
                nn("https://w3id.org/chainkg/id/article/abc#s0").into(),
            ),
            q(&fg, ck::TEXT, Literal::new_simple_literal("text").into()),
            q(
                &fg,
                ck::RULE,
                Literal::new_simple_literal("zone.host").into(),
            ),
            q(
                &fg,
                crate::model::vocab::dcterms::DATE,
                Literal::new_typed_literal("2025-03-01", xsd::DATE).into(),
            ),
            Quad::new(
                BlankNode::new("b0").unwrap(),
                ck::UNIT.into_owned(),
                nn("http://qudt.org/vocab/unit/TONNE"),
                GraphName::DefaultGraph,
            ),
        ]
    }

    #[test]
    fn keys_are_terms_and_values_are_short() {
        let ctx = Context::shipped().unwrap();
        let doc = ctx.document(&sample_quads());
        let text = serde_json::to_string(&doc["@graph"]).unwrap();
        assert!(
            text.contains("\"hostsEnterprise\":\"id:enterprise/盛隆泰达\""),
            "{text}"
        );
        assert!(text.contains("\"investment\":[\"274000000\","), "{text}");
        assert!(text.contains("\"@type\":\"Zone\""), "{text}");
        assert!(text.contains("\"@type\":\"FactGraph\""), "{text}");
        assert!(
            !text.contains("https://w3id.org/chainkg/ontology#"),
            "{text}"
        );
    }

    #[test]
    fn expanding_gives_back_every_quad() {
        let ctx = Context::shipped().unwrap();
        let quads = sample_quads();
        let text = serde_json::to_string(&ctx.document(&quads)).unwrap();
        let parsed: BTreeSet<String> = RdfParser::from_format(RdfFormat::JsonLd {
            profile: JsonLdProfileSet::empty(),
        })
        .for_slice(text.as_bytes())
        .map(|q| q.unwrap().to_string())
        .collect();
        let expected: BTreeSet<String> = quads.iter().map(|q| q.to_string()).collect();
        // Blank node labels may be renamed; compare the named-node quads.
        let named = |s: &BTreeSet<String>| -> BTreeSet<String> {
            s.iter().filter(|q| !q.starts_with("_:")).cloned().collect()
        };
        assert_eq!(named(&parsed), named(&expected));
        assert_eq!(parsed.len(), expected.len());
    }

    #[test]
    fn context_defines_every_ontology_term() {
        let ctx = Context::shipped().unwrap();
        for t in ck::CLASSES.iter().chain(ck::PROPERTIES) {
            let name = ck::local_name_of(*t).unwrap();
            assert_eq!(ctx.expand_term(name), Some(t.as_str()), "term {name}");
        }
    }
}
