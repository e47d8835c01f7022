//! `chainkg stats`: what is in the store, at a glance and for scripts.
//!
//! Counts per class and per property, the most connected entities, the
//! connected components of the entity graph, the longest product chain and
//! the facts read from each article. Nodes and edges are those of
//! [`crate::export::tables`], so `nodes`/`edges` here equal the row counts of
//! `nodes.csv`/`edges.csv` and `relations` the edge count of the GraphML.

use crate::error::Result;
use crate::export::tables::{self, Tables};
use crate::export::{compact_iri, local, prefixes, select, text};
use crate::model::vocab::ck;
use crate::store::Store;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::unionfind::UnionFind;
use petgraph::visit::EdgeRef;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

/// Store-wide totals.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Totals {
    /// Quads in the store (every article graph).
    pub quads: usize,
    /// Distinct triples of the union graph (what a Turtle export holds).
    pub triples: usize,
    pub articles: usize,
    /// Entities (rows of `nodes.csv`).
    pub nodes: usize,
    /// Relation facts per article (rows of `edges.csv`).
    pub edges: usize,
    /// Distinct relation facts (edges of the GraphML).
    pub relations: usize,
}

/// An entity and its degree in the entity graph.
#[derive(Clone, Debug, Serialize)]
pub struct Ranked {
    pub id: String,
    pub label: String,
    pub class: String,
    /// Distinct relations in and out.
    pub degree: usize,
    pub out: usize,
    #[serde(rename = "in")]
    pub inward: usize,
}

/// Connected components of the entity graph (edge direction ignored).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Components {
    pub count: usize,
    /// Entities without any relation (components of one).
    pub isolated: usize,
    /// Sizes of the largest components, largest first (at most ten).
    pub largest: Vec<usize>,
}

/// One step of a product chain: an entity and the relation that led to it.
#[derive(Clone, Debug, Serialize)]
pub struct ChainStep {
    pub id: String,
    pub label: String,
    pub class: String,
    /// `produces`, `feedstockOf` or `byproductOf` (read against its arrow:
    /// a by-product comes after its source); `None` for the first step.
    pub via: Option<String>,
}

/// Facts read from one article.
#[derive(Clone, Debug, Serialize)]
pub struct ArticleStats {
    pub id: String,
    pub title: Option<String>,
    pub source: Option<String>,
    /// Relation and value facts: triples of its fact graphs stating a
    /// relation or value property (not the triples of value nodes).
    pub facts: usize,
    /// Relation facts between entities (its rows of `edges.csv`).
    pub relations: usize,
    /// Entities mentioned.
    pub entities: usize,
    /// Quads of its article graph and fact graphs.
    pub quads: usize,
}

/// Everything `chainkg stats` reports.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Stats {
    pub totals: Totals,
    /// Instances per `rdf:type` (compact IRI → count).
    pub classes: BTreeMap<String, usize>,
    /// Distinct triples per predicate (compact IRI → count).
    pub properties: BTreeMap<String, usize>,
    pub top_degree: Vec<Ranked>,
    pub components: Components,
    /// The longest upstream → downstream path along `produces`,
    /// `feedstockOf` and `byproductOf`; empty when there is none.
    pub longest_product_chain: Vec<ChainStep>,
    pub facts_per_article: Vec<ArticleStats>,
}

fn count(row: &[Option<oxigraph::model::Term>], i: usize) -> usize {
    text(row.get(i).and_then(Option::as_ref))
        .parse()
        .unwrap_or(0)
}

/// Computes the statistics; `top` bounds the degree ranking.
pub fn stats(store: &Store, top: usize) -> Result<Stats> {
    let pre = prefixes();
    let t = tables::read(store)?;
    let mut s = Stats {
        totals: Totals {
            quads: store.len()?,
            nodes: t.nodes.len(),
            edges: t.edges.len(),
            relations: t.distinct_relations(),
            ..Totals::default()
        },
        ..Stats::default()
    };
    let q = "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } } GROUP BY ?p";
    for row in select(store, q)? {
        let n = count(&row, 1);
        s.totals.triples += n;
        s.properties.insert(compact_iri(&text(row[0].as_ref())), n);
    }
    let q = "SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?c } GROUP BY ?c";
    for row in select(store, q)? {
        s.classes
            .insert(compact_iri(&text(row[0].as_ref())), count(&row, 1));
    }
    s.facts_per_article = articles(store, &pre, &t)?;
    s.totals.articles = s.facts_per_article.len();

    let g = entity_graph(&t);
    s.top_degree = top_degree(&g, top);
    s.components = components(&g);
    s.longest_product_chain = longest_product_chain(&g);
    Ok(s)
}

fn articles(store: &Store, pre: &str, t: &Tables) -> Result<Vec<ArticleStats>> {
    let q = format!(
        "{pre}SELECT ?a (SAMPLE(?t) AS ?title) (SAMPLE(?src) AS ?source) WHERE {{
           ?a a ck:Article OPTIONAL {{ ?a dcterms:title ?t }} OPTIONAL {{ ?a dcterms:source ?src }} }} GROUP BY ?a"
    );
    let mut out: BTreeMap<String, ArticleStats> = BTreeMap::new();
    for row in select(store, &q)? {
        let id = text(row[0].as_ref());
        let opt = |i: usize| row[i].as_ref().map(|t| text(Some(t)));
        out.insert(
            id.clone(),
            ArticleStats {
                id,
                title: opt(1),
                source: opt(2),
                facts: 0,
                relations: 0,
                entities: 0,
                quads: 0,
            },
        );
    }
    let facts = fact_properties();
    let counts = [
        format!("{pre}SELECT ?a (COUNT(*) AS ?n) WHERE {{ {{ ?a a ck:Article GRAPH ?a {{ ?s ?p ?o }} }} UNION {{ ?g prov:wasDerivedFrom/ck:inArticle ?a GRAPH ?g {{ ?s ?p ?o }} }} }} GROUP BY ?a"),
        format!("{pre}SELECT ?a (COUNT(*) AS ?n) WHERE {{ ?g prov:wasDerivedFrom/ck:inArticle ?a GRAPH ?g {{ ?s ?p ?o FILTER(?p IN ({facts})) }} }} GROUP BY ?a"),
        format!("{pre}SELECT ?a (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e ck:mentionedIn ?a }} GROUP BY ?a"),
    ];
    for (k, q) in counts.iter().enumerate() {
        for row in select(store, q)? {
            if let Some(a) = out.get_mut(&text(row[0].as_ref())) {
                let n = count(&row, 1);
                match k {
                    0 => a.quads = n,
                    1 => a.facts = n,
                    _ => a.entities = n,
                }
            }
        }
    }
    for e in &t.edges {
        if let Some(a) = out.get_mut(&e.article) {
            a.relations += 1;
        }
    }
    let mut v: Vec<ArticleStats> = out.into_values().collect();
    // Source order reads like the corpus; the IRI breaks ties.
    v.sort_by(|a, b| (&a.source, &a.id).cmp(&(&b.source, &b.id)));
    Ok(v)
}

/// The relation and value properties, as a `FILTER … IN` list.
fn fact_properties() -> String {
    let values = [
        ck::INVESTMENT,
        ck::LAND_AREA,
        ck::FLOOR_AREA,
        ck::OPERATION_DATE,
        ck::PROGRESS,
        ck::ANNUAL_CAPACITY,
        ck::INDICATOR,
    ];
    let all: Vec<_> = crate::model::vocab::RELATIONS
        .iter()
        .copied()
        .chain(values)
        .collect();
    crate::export::iri_list(&all)
}

/// Entity info on graph nodes; distinct relations (by property) as edges.
struct EntityGraph {
    g: DiGraph<(String, String, String), String>,
}

fn entity_graph(t: &Tables) -> EntityGraph {
    let mut g = DiGraph::new();
    let mut index: HashMap<&str, NodeIndex> = HashMap::new();
    for n in &t.nodes {
        let i = g.add_node((n.id.clone(), n.label.clone(), n.class.clone()));
        index.insert(&n.id, i);
    }
    let distinct: BTreeSet<(&str, &str, &str)> = t
        .edges
        .iter()
        .map(|e| (e.source.as_str(), e.property.as_str(), e.target.as_str()))
        .collect();
    for (s, p, o) in distinct {
        if let (Some(&a), Some(&b)) = (index.get(s), index.get(o)) {
            g.add_edge(a, b, p.to_string());
        }
    }
    EntityGraph { g }
}

fn top_degree(eg: &EntityGraph, top: usize) -> Vec<Ranked> {
    let g = &eg.g;
    let mut ranked: Vec<Ranked> = g
        .node_indices()
        .map(|n| {
            let out = g.edges_directed(n, petgraph::Direction::Outgoing).count();
            let inward = g.edges_directed(n, petgraph::Direction::Incoming).count();
            let (id, label, class) = g[n].clone();
            Ranked {
                id,
                label,
                class,
                degree: out + inward,
                out,
                inward,
            }
        })
        .filter(|r| r.degree > 0)
        .collect();
    ranked.sort_by(|a, b| {
        b.degree
            .cmp(&a.degree)
            .then_with(|| a.label.cmp(&b.label))
            .then_with(|| a.id.cmp(&b.id))
    });
    ranked.truncate(top);
    ranked
}

fn components(eg: &EntityGraph) -> Components {
    let g = &eg.g;
    let mut uf = UnionFind::new(g.node_count());
    for e in g.edge_references() {
        uf.union(e.source().index(), e.target().index());
    }
    let mut sizes: HashMap<usize, usize> = HashMap::new();
    for n in g.node_indices() {
        *sizes.entry(uf.find(n.index())).or_default() += 1;
    }
    let mut sizes: Vec<usize> = sizes.into_values().collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    Components {
        count: sizes.len(),
        isolated: sizes.iter().filter(|s| **s == 1).count(),
        largest: sizes.into_iter().take(10).collect(),
    }
}

/// The longest simple path upstream → downstream: `produces` and
/// `feedstockOf` along their arrow, `byproductOf` against it (焦炭 comes
/// before its by-product 煤焦油). Exhaustive search with a step budget: the
/// product graph is small and sparse, and a cycle in bad data must not hang.
fn longest_product_chain(eg: &EntityGraph) -> Vec<ChainStep> {
    let g = &eg.g;
    let mut next: BTreeMap<NodeIndex, Vec<(NodeIndex, &str)>> = BTreeMap::new();
    for e in g.edge_references() {
        let p = e.weight().as_str();
        let (a, b) = match p {
            "produces" | "feedstockOf" => (e.source(), e.target()),
            "byproductOf" => (e.target(), e.source()),
            _ => continue,
        };
        next.entry(a).or_default().push((b, p));
    }
    for v in next.values_mut() {
        v.sort_by(|x, y| g[x.0].1.cmp(&g[y.0].1));
    }
    let mut starts: Vec<NodeIndex> = next.keys().copied().collect();
    starts.sort_by(|a, b| g[*a].1.cmp(&g[*b].1));
    let mut best: Vec<(NodeIndex, Option<&str>)> = Vec::new();
    let mut budget: usize = 200_000;
    for s in starts {
        let mut path = vec![(s, None)];
        dfs(&next, &mut path, &mut best, &mut budget);
    }
    if best.len() < 2 {
        return Vec::new();
    }
    best.into_iter()
        .map(|(n, via)| {
            let (id, label, class) = g[n].clone();
            ChainStep {
                id,
                label,
                class,
                via: via.map(str::to_string),
            }
        })
        .collect()
}

fn dfs<'a>(
    next: &BTreeMap<NodeIndex, Vec<(NodeIndex, &'a str)>>,
    path: &mut Vec<(NodeIndex, Option<&'a str>)>,
    best: &mut Vec<(NodeIndex, Option<&'a str>)>,
    budget: &mut usize,
) {
    if path.len() > best.len() {
        *best = path.clone();
    }
    let Some(&(last, _)) = path.last() else {
        return;
    };
    for &(n, p) in next.get(&last).map_or(&[][..], Vec::as_slice) {
        if *budget == 0 {
            return;
        }
        *budget -= 1;
        if path.iter().any(|(m, _)| *m == n) {
            continue;
        }
        path.push((n, Some(p)));
        dfs(next, path, best, budget);
        path.pop();
    }
}

/// Text-table helper: left-aligned columns padded by display width (CJK
/// characters take two cells).
fn table(out: &mut String, header: &[&str], rows: &[Vec<String>]) {
    let width = |s: &str| -> usize {
        s.chars()
            .map(|c| if (c as u32) >= 0x1100 { 2 } else { 1 })
            .sum()
    };
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(width(c));
        }
    }
    let line = |cells: Vec<&str>| -> String {
        let last = cells.len().saturating_sub(1);
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                if i == last {
                    c.to_string()
                } else {
                    format!("{c}{}", " ".repeat(widths[i] - width(c)))
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
    };
    let _ = writeln!(out, "{}", line(header.to_vec()));
    for r in rows {
        let _ = writeln!(out, "{}", line(r.iter().map(String::as_str).collect()));
    }
}

fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

impl Stats {
    /// The human-readable report.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let t = &self.totals;
        let _ = writeln!(
            out,
            "{} quads, {} distinct triples, {} articles; {} entities, {} relation facts ({} distinct)\n",
            t.quads, t.triples, t.articles, t.nodes, t.edges, t.relations
        );
        let mut classes: Vec<(&String, &usize)> = self.classes.iter().collect();
        classes.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let rows: Vec<Vec<String>> = classes
            .iter()
            .map(|(c, n)| vec![c.to_string(), n.to_string()])
            .collect();
        table(&mut out, &["class", "instances"], &rows);
        out.push('\n');
        let mut props: Vec<(&String, &usize)> = self.properties.iter().collect();
        props.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let rows: Vec<Vec<String>> = props
            .iter()
            .map(|(p, n)| vec![p.to_string(), n.to_string()])
            .collect();
        table(&mut out, &["property", "triples"], &rows);
        out.push('\n');
        let rows: Vec<Vec<String>> = self
            .top_degree
            .iter()
            .map(|r| {
                vec![
                    r.degree.to_string(),
                    r.out.to_string(),
                    r.inward.to_string(),
                    r.class.clone(),
                    r.label.clone(),
                ]
            })
            .collect();
        table(&mut out, &["degree", "out", "in", "class", "entity"], &rows);
        out.push('\n');
        let c = &self.components;
        let _ = writeln!(
            out,
            "connected components: {} ({} isolated entities); largest: {}",
            c.count,
            c.isolated,
            c.largest
                .iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        );
        if self.longest_product_chain.is_empty() {
            let _ = writeln!(out, "longest product chain: none");
        } else {
            let mut chain = String::new();
            for step in &self.longest_product_chain {
                if let Some(v) = &step.via {
                    let arrow = match v.as_str() {
                        "produces" => "生产",
                        "feedstockOf" => "原料",
                        "byproductOf" => "副产",
                        other => other,
                    };
                    let _ = write!(chain, " —{arrow}→ ");
                }
                chain.push_str(&step.label);
            }
            let _ = writeln!(
                out,
                "longest product chain ({} steps): {chain}",
                self.longest_product_chain.len() - 1
            );
        }
        out.push('\n');
        let rows: Vec<Vec<String>> = self
            .facts_per_article
            .iter()
            .map(|a| {
                vec![
                    local(&a.id).to_string(),
                    a.facts.to_string(),
                    a.relations.to_string(),
                    a.entities.to_string(),
                    a.quads.to_string(),
                    short(a.title.as_deref().unwrap_or("(untitled)"), 28),
                ]
            })
            .collect();
        table(
            &mut out,
            &[
                "article",
                "facts",
                "relations",
                "entities",
                "quads",
                "title",
            ],
            &rows,
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tables::{EdgeRow, NodeRow};

    fn node(id: &str, class: &str) -> NodeRow {
        NodeRow {
            id: id.into(),
            label: id.into(),
            class: class.into(),
            aliases: vec![],
        }
    }

    fn edge(s: &str, p: &str, o: &str) -> EdgeRow {
        EdgeRow {
            source: s.into(),
            target: o.into(),
            property: p.into(),
            article: "a".into(),
            sentence: String::new(),
            sentence_text: String::new(),
            rule: String::new(),
        }
    }

    #[test]
    fn product_chain_follows_byproducts_against_their_arrow_and_survives_cycles() {
        let t = Tables {
            nodes: vec![
                node("宏源", "Enterprise"),
                node("焦炭", "Product"),
                node("煤焦油", "Product"),
                node("针状焦", "Product"),
                node("孤立", "Product"),
            ],
            edges: vec![
                edge("宏源", "produces", "焦炭"),
                edge("煤焦油", "byproductOf", "焦炭"),
                edge("煤焦油", "feedstockOf", "针状焦"),
                // A cycle from bad data.
                edge("针状焦", "feedstockOf", "煤焦油"),
            ],
        };
        let g = entity_graph(&t);
        let chain: Vec<String> = longest_product_chain(&g)
            .iter()
            .map(|s| s.label.clone())
            .collect();
        assert_eq!(chain, ["宏源", "焦炭", "煤焦油", "针状焦"]);
        let c = components(&g);
        assert_eq!((c.count, c.isolated, c.largest.clone()), (2, 1, vec![4, 1]));
        let top = top_degree(&g, 1);
        assert_eq!((top[0].label.as_str(), top[0].degree), ("煤焦油", 3));
    }
}
