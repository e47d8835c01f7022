//! The store as two tables: entities (nodes) and the relation facts between
//! them (edges), each edge with the article and sentence it was read from.
//!
//! This is the one definition of "node" and "edge" that the CSV and GraphML
//! exports and `chainkg stats` share, so a pandas or NetworkX user counts
//! what `chainkg stats` reports:
//! - a node is an entity: a subject typed with one of the entity classes
//!   (`ck:Zone` … `ck:Place`); articles, sentences and value nodes are not;
//! - an edge is a relation fact ([`super::RELATIONS`]) as read in one
//!   article: the same fact stated by two articles gives two edges, each with
//!   its own provenance, and stats' `relations` counts the distinct ones.

use super::{iri_list, local, prefixes, select, text};
use crate::error::Result;
use crate::model::iri::sentence_span;
use crate::model::vocab::ck;
use crate::model::vocab::RELATIONS;
use crate::store::Store;
use std::collections::{BTreeMap, BTreeSet};

/// One entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeRow {
    /// The entity IRI.
    pub id: String,
    /// Its canonical name (`rdfs:label`; the longest when articles differ).
    pub label: String,
    /// Class local name (`Zone`, `Enterprise`, …).
    pub class: String,
    /// Every other name (`skos:altLabel` and other labels), sorted.
    pub aliases: Vec<String>,
}

/// One relation fact as read in one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EdgeRow {
    pub source: String,
    pub target: String,
    /// Property local name (`hostsEnterprise`, …).
    pub property: String,
    /// IRI of the article the fact was read from.
    pub article: String,
    /// IRI of the sentence behind the fact (its first one when the article
    /// states it twice); empty when the fact has no provenance.
    pub sentence: String,
    /// That sentence's text.
    pub sentence_text: String,
    /// The extraction rule.
    pub rule: String,
}

/// Nodes and edges of the entity graph.
#[derive(Clone, Debug, Default)]
pub struct Tables {
    pub nodes: Vec<NodeRow>,
    pub edges: Vec<EdgeRow>,
}

impl Tables {
    /// Number of distinct (source, property, target) facts.
    pub fn distinct_relations(&self) -> usize {
        self.edges
            .iter()
            .map(|e| (&e.source, &e.property, &e.target))
            .collect::<BTreeSet<_>>()
            .len()
    }
}

/// Reads the tables from the store (the union of all articles).
pub fn read(store: &Store) -> Result<Tables> {
    let pre = prefixes();
    let classes = iri_list(ck::ENTITY_CLASSES);
    let q = format!(
        "{pre}SELECT DISTINCT ?e ?c WHERE {{ ?e a ?c FILTER(?c IN ({classes}) && isIRI(?e)) }}"
    );
    let mut nodes: BTreeMap<String, NodeRow> = BTreeMap::new();
    for row in select(store, &q)? {
        let id = text(row[0].as_ref());
        // An IRI carries its class, so one entity has one class; should a
        // graph ever give two, the first (in IRI order) wins, deterministically.
        let class = local(&text(row[1].as_ref())).to_string();
        let node = nodes.entry(id.clone()).or_insert_with(|| NodeRow {
            id,
            label: String::new(),
            class: class.clone(),
            aliases: Vec::new(),
        });
        if class < node.class {
            node.class = class;
        }
    }
    let q = format!(
        "{pre}SELECT DISTINCT ?e ?l ?alt WHERE {{
           {{ ?e rdfs:label ?l BIND(false AS ?alt) }} UNION {{ ?e skos:altLabel ?l BIND(true AS ?alt) }}
           ?e a ?c FILTER(?c IN ({classes})) }}"
    );
    let mut labels: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut names: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in select(store, &q)? {
        let id = text(row[0].as_ref());
        let l = text(row[1].as_ref());
        let alt = text(row[2].as_ref()) == "true";
        names.entry(id.clone()).or_default().insert(l.clone());
        if !alt {
            labels.entry(id).or_default().insert(l);
        }
    }
    for (id, node) in &mut nodes {
        // The fullest label is the canonical one; ties go to the first in order.
        if let Some(l) = labels.get(id).and_then(|ls| {
            ls.iter()
                .max_by_key(|l| (l.chars().count(), std::cmp::Reverse(l.as_str())))
        }) {
            node.label = l.clone();
        }
        node.aliases = names
            .get(id)
            .map(|ns| ns.iter().filter(|n| **n != node.label).cloned().collect())
            .unwrap_or_default();
    }

    // A fact graph names its sentence and rule, the sentence its article; a
    // relation in any
    // other graph (data loaded beside chainkg's) counts with that graph as
    // its article and no provenance.
    let q = format!(
        "{pre}SELECT ?s ?p ?o ?g ?a ?sent ?text ?rule WHERE {{ GRAPH ?g {{ ?s ?p ?o FILTER(?p IN ({})) }}
           OPTIONAL {{ ?g prov:wasDerivedFrom ?sent ; ck:rule ?rule .
                       ?sent ck:inArticle ?a OPTIONAL {{ ?sent ck:text ?text }} }} }}",
        iri_list(RELATIONS)
    );
    // One edge per (s, p, o, article), with its earliest sentence.
    let mut edges: BTreeMap<(String, String, String, String), (u32, EdgeRow)> = BTreeMap::new();
    for row in select(store, &q)? {
        let (s, p, o) = (
            text(row[0].as_ref()),
            text(row[1].as_ref()),
            text(row[2].as_ref()),
        );
        let g = match row[4].as_ref() {
            Some(a) => text(Some(a)),
            None => text(row[3].as_ref()),
        };
        if !nodes.contains_key(&s) || !nodes.contains_key(&o) {
            continue;
        }
        let sentence = text(row[5].as_ref());
        let idx = sentence_span(&sentence).map_or(u32::MAX, |(start, _)| start);
        let edge = EdgeRow {
            source: s.clone(),
            target: o.clone(),
            property: local(&p).to_string(),
            article: g.clone(),
            sentence,
            sentence_text: text(row[6].as_ref()),
            rule: text(row[7].as_ref()),
        };
        let key = (s, edge.property.clone(), o, g);
        match edges.get(&key) {
            Some((i, e)) if (*i, &e.sentence) <= (idx, &edge.sentence) => {}
            _ => {
                edges.insert(key, (idx, edge));
            }
        }
    }
    let mut nodes: Vec<NodeRow> = nodes.into_values().collect();
    nodes.sort_by(|a, b| (&a.class, &a.label, &a.id).cmp(&(&b.class, &b.label, &b.id)));
    Ok(Tables {
        nodes,
        edges: edges.into_values().map(|(_, e)| e).collect(),
    })
}
