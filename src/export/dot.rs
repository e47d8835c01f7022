//! Graphviz DOT of the industry-chain structure.
//!
//! The store is read into a `petgraph` graph of entities and the chain
//! relations between them; filters (a zone, an industry and N hops around
//! it, an article) cut it down; the writer sets every attribute itself so
//! the diagram is stable and readable:
//! - each zone is a cluster holding the enterprises and projects it hosts,
//!   parks nested inside their zone; industries and products stand outside;
//! - the layout runs left to right along the chain: zone → enterprise →
//!   its projects → products → by-products and downstream products (edges
//!   are drawn in flow direction, so `ownedBy` and `byproductOf` point back
//!   along their RDF arrow);
//! - one shape and colour per class, chain leaders (链主) in bold red with
//!   a star, values on project nodes in readable units (2.74 亿元, 年产 79
//!   万吨), a CJK font, a title naming the filters and a legend listing
//!   only what the diagram shows.

use super::escape::markup;
use super::{iri_list, local, prefixes, select, text};
use crate::error::{Error, Result};
use crate::model::iri::article_target;
use crate::model::vocab::{ck, RELATIONS};
use crate::store::Store;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt::Write;

/// What to draw.
#[derive(Clone, Debug, Default)]
pub struct DotOptions {
    /// Only this zone (label or alternative name; else any zone whose name
    /// contains it), its parts, what they host and the chain around them.
    pub zone: Option<String>,
    /// Only the chain around this industry (name as for `zone`): what is
    /// two hops around it and the whole product flow of its products, or
    /// exactly `depth` hops when given.
    pub industry: Option<String>,
    pub depth: Option<usize>,
    /// Only facts from this article (its IRI, or the id after `article/`).
    pub article: Option<String>,
    /// Font for labels; must have CJK glyphs.
    pub font: String,
}

/// A node of the chain graph.
#[derive(Clone, Debug)]
pub struct Node {
    pub iri: String,
    pub class: String,
    pub label: String,
    pub names: BTreeSet<String>,
    /// Yuan (the largest when articles differ).
    pub investment: Option<f64>,
    /// Square metres.
    pub land_area: Option<f64>,
    /// Per-year capacities: value, QUDT unit local name and what the
    /// capacity measures (production, or treatment of what comes in).
    pub capacities: Vec<(f64, String, CapacityKind)>,
    pub operation_date: Option<String>,
}

/// The classes drawn, in legend order, with their Chinese names.
const CLASSES: &[(&str, &str)] = &[
    ("Zone", "园区"),
    ("Enterprise", "企业"),
    ("Project", "项目"),
    ("Industry", "产业 / 产业链"),
    ("Product", "产品"),
    ("Institution", "机构"),
    ("GovernmentBody", "政府机构"),
    ("Place", "地点"),
];

/// What a capacity measures, from the wording it was read from: most are
/// output (年产 79 万吨), some are what a plant takes in (a sewage plant's
/// 年处理污水 12775 万立方米, a port's 吞吐量), which is no production.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CapacityKind {
    /// 年产: output per year.
    Production,
    /// 年处理 / 处置: what a plant treats or disposes of per year.
    Treatment,
    /// 年吞吐: what a port or hub handles per year.
    Throughput,
}

impl CapacityKind {
    /// The kind of a capacity read from `evidence` (its original wording).
    pub fn of_evidence(evidence: &str) -> CapacityKind {
        if evidence.contains("处理") || evidence.contains("处置") {
            CapacityKind::Treatment
        } else if evidence.contains("吞吐") {
            CapacityKind::Throughput
        } else {
            CapacityKind::Production
        }
    }

    /// The word a diagram writes before the amount.
    pub fn verb(self) -> &'static str {
        match self {
            CapacityKind::Production => "年产",
            CapacityKind::Treatment => "年处理",
            CapacityKind::Throughput => "年吞吐",
        }
    }

    /// The name a table writes (`production`, `treatment`, `throughput`).
    pub fn name(self) -> &'static str {
        match self {
            CapacityKind::Production => "production",
            CapacityKind::Treatment => "treatment",
            CapacityKind::Throughput => "throughput",
        }
    }
}

/// Capacity nodes whose wording says they measure something other than
/// production (see [`CapacityKind`]), with their kind.
pub(crate) fn capacity_kinds(store: &Store) -> Result<BTreeMap<String, CapacityKind>> {
    let q = format!(
        "{}SELECT DISTINCT ?n ?ev WHERE {{ GRAPH ?g {{ ?e ck:annualCapacity ?n }} ?g ck:evidence ?ev }}",
        prefixes()
    );
    let mut kinds = BTreeMap::new();
    for row in select(store, &q)? {
        let kind = CapacityKind::of_evidence(&text(row[1].as_ref()));
        if kind != CapacityKind::Production {
            kinds.insert(text(row[0].as_ref()), kind);
        }
    }
    Ok(kinds)
}

/// Expands an `--article` value (IRI, `article/HASH` or hash) to the
/// article IRI.
fn article_iri(a: &str) -> Result<String> {
    article_target(a)
        .filter(|iri| oxigraph::model::NamedNode::new(iri.as_str()).is_ok())
        .ok_or_else(|| Error::Usage(format!("--article {a}: not an article IRI or hash")))
}

/// Puts the value rows `(entity, property, value, unit, capacity node)`
/// on their nodes: the larger investment and area when articles differ,
/// each distinct capacity once, largest first.
fn add_values(
    g: &mut DiGraph<Node, String>,
    index: &BTreeMap<String, NodeIndex>,
    values: &[Vec<Option<oxigraph::model::Term>>],
    kinds: &BTreeMap<String, CapacityKind>,
) {
    for row in values {
        let Some(&i) = index.get(&text(row[0].as_ref())) else {
            continue;
        };
        let p = text(row[1].as_ref());
        let v = text(row[2].as_ref());
        let num: Option<f64> = v.parse().ok();
        match local(&p) {
            "investment" => g[i].investment = larger(g[i].investment, num),
            "landArea" => g[i].land_area = larger(g[i].land_area, num),
            "operationDate" => g[i].operation_date = Some(v),
            _ => {
                if let Some(n) = num {
                    let unit = local(&text(row[3].as_ref())).to_string();
                    let kind = kinds
                        .get(&text(row[4].as_ref()))
                        .copied()
                        .unwrap_or(CapacityKind::Production);
                    let c = (n, unit, kind);
                    if !g[i].capacities.contains(&c) {
                        g[i].capacities.push(c);
                    }
                }
            }
        }
    }
    for i in g.node_indices() {
        g[i].capacities
            .sort_by(|a, b| b.0.total_cmp(&a.0).then((&a.1, a.2).cmp(&(&b.1, b.2))));
    }
}

/// Reads the chain graph from the store (one article's facts, or all).
pub fn chain_graph(store: &Store, article: Option<&str>) -> Result<DiGraph<Node, String>> {
    let pre = prefixes();
    // An article's entities are those it mentions, its facts are in the
    // fact graphs of its sentences; the whole graph is the default graph
    // (their union).
    // Names come from the union: one canonical label per entity.
    let (entities, facts) = match article {
        Some(a) => {
            let iri = article_iri(a)?;
            let q = format!("ASK {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}");
            if !matches!(
                store.query(&q)?,
                oxigraph::sparql::QueryResults::Boolean(true)
            ) {
                return Err(Error::Usage(format!("no article <{iri}> in the store")));
            }
            (
                format!("?e ck:mentionedIn <{iri}> ; a ?c ."),
                format!("?g prov:wasDerivedFrom/ck:inArticle <{iri}> . GRAPH ?g"),
            )
        }
        None => ("?e a ?c".to_string(), String::new()),
    };
    let classes: Vec<String> = CLASSES
        .iter()
        .map(|(c, _)| format!("<{}{c}>", ck::NAMESPACE))
        .collect();
    let q = format!(
        "{pre}SELECT DISTINCT ?e ?c ?l ?alt WHERE {{ {entities}
           {{ ?e rdfs:label ?l BIND(false AS ?alt) }} UNION {{ ?e skos:altLabel ?l BIND(true AS ?alt) }}
           FILTER(?c IN ({})) }}",
        classes.join(", ")
    );
    let labels = select(store, &q)?;
    let q = format!(
        "{pre}SELECT DISTINCT ?e ?p ?v ?u ?n WHERE {{ {facts} {{
           {{ ?e ck:investment ?v BIND(ck:investment AS ?p) }}
           UNION {{ ?e ck:landArea ?v BIND(ck:landArea AS ?p) }}
           UNION {{ ?e ck:operationDate ?v BIND(ck:operationDate AS ?p) }}
           UNION {{ ?e ck:annualCapacity ?n . ?n ck:value ?v ; ck:unit ?u BIND(ck:annualCapacity AS ?p) }} }} }}"
    );
    let values = select(store, &q)?;
    let kinds = capacity_kinds(store)?;
    let q = format!(
        "{pre}SELECT DISTINCT ?s ?p ?o WHERE {{ {facts} {{ ?s ?p ?o }} FILTER(?p IN ({})) }}",
        iri_list(RELATIONS)
    );
    let edges = select(store, &q)?;

    let mut g: DiGraph<Node, String> = DiGraph::new();
    let mut index: BTreeMap<String, NodeIndex> = BTreeMap::new();
    // Sorted input gives the same node numbering (and DOT text) every run.
    let mut labels: Vec<(String, String, String, bool)> = labels
        .iter()
        .map(|r| {
            (
                text(r[0].as_ref()),
                text(r[1].as_ref()),
                text(r[2].as_ref()),
                text(r[3].as_ref()) == "true",
            )
        })
        .collect();
    labels.sort();
    for (e, c, l, alt) in labels {
        let i = *index.entry(e.clone()).or_insert_with(|| {
            g.add_node(Node {
                iri: e.clone(),
                class: local(&c).to_string(),
                label: String::new(),
                names: BTreeSet::new(),
                investment: None,
                land_area: None,
                capacities: Vec::new(),
                operation_date: None,
            })
        });
        g[i].names.insert(l.clone());
        // The canonical label; the fullest when articles differ.
        if !alt && l.chars().count() > g[i].label.chars().count() {
            g[i].label = l;
        }
    }
    for i in g.node_indices() {
        if g[i].label.is_empty() {
            g[i].label = g[i]
                .names
                .iter()
                .max_by_key(|n| n.chars().count())
                .cloned()
                .unwrap_or_else(|| local(&g[i].iri).to_string());
        }
    }
    add_values(&mut g, &index, &values, &kinds);
    let mut edges: Vec<(String, String, String)> = edges
        .iter()
        .map(|r| {
            (
                text(r[0].as_ref()),
                local(&text(r[1].as_ref())).to_string(),
                text(r[2].as_ref()),
            )
        })
        .collect();
    edges.sort();
    for (s, p, o) in edges {
        if let (Some(&a), Some(&b)) = (index.get(&s), index.get(&o)) {
            if a != b {
                g.add_edge(a, b, p);
            }
        }
    }
    Ok(g)
}

fn larger(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, y) => x.or(y),
    }
}

fn clean(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '"' | '“' | '”' | '「' | '」'))
        .collect()
}

/// Nodes of `class` named `name`: exact (label or alias) matches, else
/// those whose name contains it.
fn find(g: &DiGraph<Node, String>, class: &str, name: &str) -> Vec<NodeIndex> {
    let want = clean(name);
    let of_class = || g.node_indices().filter(move |&n| g[n].class == class);
    let exact: Vec<NodeIndex> = of_class()
        .filter(|&n| g[n].names.iter().any(|x| clean(x) == want))
        .collect();
    if !exact.is_empty() || want.is_empty() {
        return exact;
    }
    of_class()
        .filter(|&n| g[n].names.iter().any(|x| clean(x).contains(&want)))
        .collect()
}

fn not_found(g: &DiGraph<Node, String>, class: &str, what: &str, name: &str) -> Error {
    let mut known: Vec<&str> = g
        .node_indices()
        .filter(|&n| g[n].class == class)
        .map(|n| g[n].label.as_str())
        .collect();
    known.sort_unstable();
    known.dedup();
    let shown: Vec<&str> = known.iter().take(12).copied().collect();
    let more = if known.len() > shown.len() {
        ", …"
    } else {
        ""
    };
    Error::Usage(format!(
        "no {what} named {name} in the store (known: {}{more})",
        if shown.is_empty() {
            "none".to_string()
        } else {
            shown.join(", ")
        }
    ))
}

/// Hubs (zones, places) connect everything; a chain neighbourhood stops
/// there instead of fanning out through them.
fn is_hub(n: &Node) -> bool {
    matches!(n.class.as_str(), "Zone" | "Place")
}

/// Nodes within `depth` hops (either direction) of `start`, not passing
/// through hubs.
fn around(g: &DiGraph<Node, String>, start: &[NodeIndex], depth: usize) -> BTreeSet<NodeIndex> {
    let mut seen: BTreeSet<NodeIndex> = start.iter().copied().collect();
    let mut queue: VecDeque<(NodeIndex, usize)> = start.iter().map(|s| (*s, 0)).collect();
    while let Some((n, d)) = queue.pop_front() {
        if d == depth || (d > 0 && is_hub(&g[n])) {
            continue;
        }
        for m in g.neighbors_undirected(n) {
            if seen.insert(m) {
                queue.push_back((m, d + 1));
            }
        }
    }
    seen
}

/// The product flow through `keep`'s products, closed both ways along
/// `feedstockOf` and `byproductOf`.
fn product_closure(g: &DiGraph<Node, String>, keep: &mut BTreeSet<NodeIndex>) {
    let mut queue: Vec<NodeIndex> = keep
        .iter()
        .copied()
        .filter(|&n| g[n].class == "Product")
        .collect();
    while let Some(n) = queue.pop() {
        for e in g
            .edges_directed(n, petgraph::Direction::Outgoing)
            .chain(g.edges_directed(n, petgraph::Direction::Incoming))
        {
            if matches!(e.weight().as_str(), "feedstockOf" | "byproductOf") {
                for m in [e.source(), e.target()] {
                    if keep.insert(m) {
                        queue.push(m);
                    }
                }
            }
        }
    }
}

/// Adds what the kept industries, enterprises and projects produce.
fn produced(g: &DiGraph<Node, String>, keep: &mut BTreeSet<NodeIndex>) {
    let producers: Vec<NodeIndex> = keep.iter().copied().collect();
    for n in producers {
        for e in g.edges_directed(n, petgraph::Direction::Outgoing) {
            if e.weight() == "produces" {
                keep.insert(e.target());
            }
        }
    }
}

/// Applies the filters: the kept node set.
pub fn select_nodes(g: &DiGraph<Node, String>, opts: &DotOptions) -> Result<BTreeSet<NodeIndex>> {
    let mut keep: BTreeSet<NodeIndex> = g.node_indices().collect();
    if let Some(z) = &opts.zone {
        let zones = find(g, "Zone", z);
        if zones.is_empty() {
            return Err(not_found(g, "Zone", "zone", z));
        }
        // The zone and its parts, transitively.
        let mut core: BTreeSet<NodeIndex> = zones.iter().copied().collect();
        loop {
            let parts: Vec<NodeIndex> = g
                .edge_references()
                .filter(|e| e.weight() == "partOfZone" && core.contains(&e.target()))
                .map(|e| e.source())
                .filter(|s| !core.contains(s))
                .collect();
            if parts.is_empty() {
                break;
            }
            core.extend(parts);
        }
        let mut picked = core.clone();
        for e in g.edge_references() {
            if core.contains(&e.source())
                && matches!(e.weight().as_str(), "hostsEnterprise" | "hostsProject")
            {
                picked.insert(e.target());
            }
        }
        // One hop around the zone and what it hosts (owners, industries,
        // products, places, partners), but no other zone.
        let base: Vec<NodeIndex> = picked.iter().copied().collect();
        for n in base {
            for m in g.neighbors_undirected(n) {
                if g[m].class != "Zone" {
                    picked.insert(m);
                }
            }
        }
        produced(g, &mut picked);
        product_closure(g, &mut picked);
        keep = picked;
    }
    if let Some(i) = &opts.industry {
        let start = find(g, "Industry", i);
        if start.is_empty() {
            return Err(not_found(g, "Industry", "industry", i));
        }
        let mut chain = around(g, &start, opts.depth.unwrap_or(2).max(1));
        if opts.depth.is_none() {
            // A chain is read to its end: what the kept industries,
            // enterprises and projects make, and everything that flows
            // from (or into) those products, however many steps away.
            produced(g, &mut chain);
            product_closure(g, &mut chain);
        }
        keep = chain.intersection(&keep).copied().collect();
    }
    // Nodes without any edge are noise in a chain diagram.
    let linked: BTreeSet<NodeIndex> = keep
        .iter()
        .copied()
        .filter(|&n| g.neighbors_undirected(n).any(|m| keep.contains(&m)))
        .collect();
    Ok(linked)
}

/// `274000000` → `2.74 亿元`.
pub fn yuan(v: f64) -> String {
    if v.abs() >= 1e8 {
        format!("{} 亿元", trim(v / 1e8))
    } else if v.abs() >= 1e4 {
        format!("{} 万元", trim(v / 1e4))
    } else {
        format!("{} 元", trim(v))
    }
}

/// Square metres in 平方公里 / 万平方米 / 平方米.
pub fn area(v: f64) -> String {
    if v >= 1e6 {
        format!("{} 平方公里", trim(v / 1e6))
    } else if v >= 1e4 {
        format!("{} 万平方米", trim(v / 1e4))
    } else {
        format!("{} 平方米", trim(v))
    }
}

fn trim(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// `790000 TONNE` → `年产 79 万吨` (`年处理 1.28 亿立方米` for a treatment).
pub fn capacity(v: f64, unit: &str, kind: CapacityKind) -> String {
    let u = match unit {
        "TONNE" => "吨",
        "KiloGM" => "千克",
        "M3" => "立方米",
        "L" => "升",
        "M2" => "平方米",
        "M" => "米",
        "KiloM" => "公里",
        "NUM" => "个",
        "KiloW" => "千瓦",
        "MegaW" => "兆瓦",
        "KiloW-HR" => "千瓦时",
        "MegaW-HR" => "兆瓦时",
        "GigaW-HR" => "吉瓦时",
        other => other,
    };
    let verb = kind.verb();
    if v >= 1e8 {
        format!("{verb} {} 亿{u}", trim(v / 1e8))
    } else if v >= 1e4 {
        format!("{verb} {} 万{u}", trim(v / 1e4))
    } else {
        format!("{verb} {} {u}", trim(v))
    }
}

/// Splits a long name into lines of about `width` columns (a CJK character
/// is one column, ASCII half), never inside a run of Latin letters or
/// digits, so `2×15万吨` or `H型钢` stay whole.
pub fn wrap(s: &str, width: f32) -> Vec<String> {
    let cw = |c: char| if c.is_ascii() { 0.55 } else { 1.0 };
    let total: f32 = s.chars().map(cw).sum();
    if total <= width * 1.25 {
        return vec![s.to_string()];
    }
    // Even lines: 17 columns become 9 + 8 rather than 12 + 5.
    let lines = (total / width).ceil().max(1.0);
    let target = total / lines;
    let mut out = Vec::new();
    let mut line = String::new();
    let mut w = 0.0;
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        line.push(c);
        w += cw(c);
        let next = chars.get(i + 1);
        let inside_run = c.is_ascii_alphanumeric()
            && next.is_some_and(|n| n.is_ascii_alphanumeric() || matches!(n, '.' | '×'));
        let opens = matches!(c, '“' | '（' | '(' | '《' | '×');
        if w >= target - 0.3 && next.is_some() && !inside_run && !opens {
            out.push(std::mem::take(&mut line));
            w = 0.0;
        }
    }
    if !line.is_empty() {
        // A lone last character reads better on the previous line.
        if line.chars().count() == 1 && !out.is_empty() {
            if let Some(last) = out.last_mut() {
                last.push_str(&line);
            }
        } else {
            out.push(line);
        }
    }
    out
}

/// Escapes text for a quoted DOT string.
fn quoted(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace(['\n', '\r'], " ")
}

/// Shape, fill and border colour of a class.
fn style(class: &str) -> (&'static str, &'static str, &'static str, &'static str) {
    // (shape, extra style, fill, border)
    match class {
        "Zone" => ("tab", "filled", "#dbe9f6", "#4a7ab5"),
        "Enterprise" => ("box", "rounded,filled", "#fde3c8", "#d9822b"),
        "Project" => ("box3d", "filled", "#e2f0d9", "#5a9a3c"),
        "Industry" => ("hexagon", "filled", "#f8d7da", "#b84a55"),
        "Product" => ("ellipse", "filled", "#fff3bf", "#c9a227"),
        "Institution" => ("house", "filled", "#e5dbff", "#7048c0"),
        "GovernmentBody" => ("octagon", "filled", "#e9ecef", "#6c757d"),
        "Place" => ("ellipse", "dashed,filled", "#f8f9fa", "#868e96"),
        _ => ("ellipse", "filled", "#ffffff", "#999999"),
    }
}

const LEADER_FILL: &str = "#fbb77a";
const LEADER_COLOR: &str = "#c0392b";

/// How a relation is drawn: (label, attributes, drawn reversed for the flow).
fn edge_style(p: &str) -> (&'static str, &'static str, bool) {
    match p {
        "produces" => ("", "color=\"#2f9e44\", penwidth=1.4", false),
        "feedstockOf" => ("", "color=\"#e8590c\", penwidth=2.2", false),
        "byproductOf" => (
            "副产品",
            "color=\"#e8590c\", fontcolor=\"#c2410c\", penwidth=1.6, style=dashed",
            true,
        ),
        "leadsChain" => (
            "链主",
            "color=\"#c0392b\", fontcolor=\"#c0392b\", penwidth=2.4",
            false,
        ),
        "ownedBy" => ("", "color=\"#8d6e63\", penwidth=1.2", true),
        "focusesOn" => ("", "color=\"#4a7ab5\", penwidth=1.0", false),
        "inIndustry" => ("", "color=\"#b84a55\", style=dashed", false),
        "hostsEnterprise" | "hostsProject" => ("", "color=\"#4a7ab5\", style=dashed", false),
        "partOfZone" => ("", "color=\"#4a7ab5\", style=dotted", false),
        "locatedIn" => ("", "color=\"#868e96\", style=dotted", false),
        "cooperatesWith" => ("", "color=\"#7048c0\", style=dotted, arrowhead=none", false),
        _ => ("", "color=\"#555555\"", false),
    }
}

/// Legend text of an edge kind.
fn edge_legend(p: &str) -> &'static str {
    match p {
        "produces" => "生产 produces",
        "feedstockOf" => "原料 → 下游产品 feedstockOf",
        "byproductOf" => "主产品 → 副产品 byproductOf",
        "leadsChain" => "链主 leadsChain",
        "ownedBy" => "企业 → 其项目 ownedBy",
        "focusesOn" => "园区主导产业 focusesOn",
        "inIndustry" => "所属产业 inIndustry",
        "hostsEnterprise" | "hostsProject" => "园区入驻 / 承载 hosts",
        "partOfZone" => "隶属园区 partOfZone",
        "locatedIn" => "位于 locatedIn",
        "cooperatesWith" => "合作 cooperatesWith",
        _ => "",
    }
}

/// The zone tree: each kept zone's parent zone (its first `partOfZone`
/// target that does not make a cycle) and each hosted node's zone.
struct Layout {
    parent: BTreeMap<NodeIndex, NodeIndex>,
    owner: BTreeMap<NodeIndex, NodeIndex>,
}

impl Layout {
    fn new(g: &DiGraph<Node, String>, keep: &BTreeSet<NodeIndex>) -> Self {
        let mut parent: BTreeMap<NodeIndex, NodeIndex> = BTreeMap::new();
        for e in g.edge_references() {
            let (child, up) = (e.source(), e.target());
            if e.weight() != "partOfZone"
                || !keep.contains(&child)
                || !keep.contains(&up)
                || parent.contains_key(&child)
                || g[child].class != "Zone"
                || g[up].class != "Zone"
            {
                continue;
            }
            // No cycles: `up` must not already sit below `child`.
            let mut z = Some(up);
            let mut cycle = false;
            while let Some(x) = z {
                if x == child {
                    cycle = true;
                    break;
                }
                z = parent.get(&x).copied();
            }
            if !cycle {
                parent.insert(child, up);
            }
        }
        let mut layout = Layout {
            parent,
            owner: BTreeMap::new(),
        };
        for e in g.edge_references() {
            let (z, n) = (e.source(), e.target());
            if !matches!(e.weight().as_str(), "hostsEnterprise" | "hostsProject")
                || !keep.contains(&z)
                || !keep.contains(&n)
                || g[z].class != "Zone"
                || g[n].class == "Zone"
            {
                continue;
            }
            // The most specific zone wins: a park's enterprise sits in the park.
            let better = match layout.owner.get(&n) {
                None => true,
                Some(&current) => layout.depth(z) > layout.depth(current),
            };
            if better {
                layout.owner.insert(n, z);
            }
        }
        layout
    }

    fn depth(&self, mut z: NodeIndex) -> usize {
        let mut d = 0;
        while let Some(&p) = self.parent.get(&z) {
            d += 1;
            z = p;
        }
        d
    }

    /// The cluster a node is drawn in (itself for a zone).
    fn cluster_of(&self, g: &DiGraph<Node, String>, n: NodeIndex) -> Option<NodeIndex> {
        if g[n].class == "Zone" {
            Some(n)
        } else {
            self.owner.get(&n).copied()
        }
    }

    /// True when `n` is drawn inside zone `z`'s cluster (at any depth).
    fn inside(&self, g: &DiGraph<Node, String>, n: NodeIndex, z: NodeIndex) -> bool {
        let mut c = self.cluster_of(g, n);
        while let Some(x) = c {
            if x == z {
                return true;
            }
            c = self.parent.get(&x).copied();
        }
        false
    }
}

/// Writes the DOT text of the kept part of the graph.
pub fn write_dot(
    g: &DiGraph<Node, String>,
    keep: &BTreeSet<NodeIndex>,
    opts: &DotOptions,
) -> String {
    let font = if opts.font.is_empty() {
        "Noto Sans CJK SC"
    } else {
        opts.font.as_str()
    };
    let font = quoted(font);
    let layout = Layout::new(g, keep);
    let leaders: BTreeMap<NodeIndex, Vec<NodeIndex>> = g
        .edge_references()
        .filter(|e| {
            e.weight() == "leadsChain" && keep.contains(&e.source()) && keep.contains(&e.target())
        })
        .fold(BTreeMap::new(), |mut m, e| {
            m.entry(e.source()).or_default().push(e.target());
            m
        });

    let mut out = String::new();
    let _ = writeln!(out, "digraph chainkg {{");
    let title = title(g, keep, opts);
    let _ = writeln!(
        out,
        "  graph [rankdir=LR, newrank=true, compound=true, splines=true, nodesep=0.22, ranksep=0.55, pad=0.3, outputorder=edgesfirst, fontname=\"{font}\", fontsize=16, labelloc=t, labeljust=l, label=\"{}\", bgcolor=\"white\"];",
        quoted(&title)
    );
    let _ = writeln!(
        out,
        "  node [fontname=\"{font}\", fontsize=11, penwidth=1.2, margin=\"0.14,0.07\"];"
    );
    let _ = writeln!(
        out,
        "  edge [fontname=\"{font}\", fontsize=9, arrowsize=0.7, color=\"#555555\"];"
    );

    let node_line = |n: NodeIndex| node_line(g, &leaders, n);

    // Edges first (written after the nodes): which nodes they touch decides
    // how a cluster arranges the rest.
    let (edge_text, kinds, degree) = edge_lines(g, keep, &layout);
    // Zone clusters, nested along partOfZone; the zone itself is an
    // invisible anchor so edges can start at the cluster border.
    let zones: Vec<NodeIndex> = keep
        .iter()
        .copied()
        .filter(|n| g[*n].class == "Zone")
        .collect();
    let roots: Vec<NodeIndex> = zones
        .iter()
        .copied()
        .filter(|z| !layout.parent.contains_key(z))
        .collect();
    let clusters = Clusters {
        g,
        layout: &layout,
        zones: &zones,
        node_line: &node_line,
        degree: &degree,
    };
    for z in &roots {
        cluster(&mut out, &clusters, *z, 0);
    }
    for n in keep
        .iter()
        .filter(|n| g[**n].class != "Zone" && !layout.owner.contains_key(n))
    {
        let _ = writeln!(out, "  {}", node_line(*n));
    }

    out.push_str(&edge_text);
    legend(&mut out, g, keep, &leaders, &kinds);
    let _ = writeln!(out, "}}");
    out
}

/// The DOT line of a node: its name (starred and bold for a chain
/// leader) and its values under it, in the style of its class.
fn node_line(
    g: &DiGraph<Node, String>,
    leaders: &BTreeMap<NodeIndex, Vec<NodeIndex>>,
    n: NodeIndex,
) -> String {
    let node = &g[n];
    let (shape, st, fill, border) = style(&node.class);
    let leader = leaders.contains_key(&n);
    let mut name_lines = wrap(&node.label, 11.0);
    if leader {
        if let Some(first) = name_lines.first_mut() {
            *first = format!("★ {first}");
        }
    }
    let mut label: String = name_lines
        .iter()
        .map(|l| markup(l))
        .collect::<Vec<_>>()
        .join("<BR/>");
    if leader {
        label = format!("<B>{label}</B>");
    }
    let mut facts = Vec::new();
    if let Some(v) = node.investment {
        facts.push(format!("投资 {}", yuan(v)));
    }
    for (v, u, kind) in node.capacities.iter().take(3) {
        facts.push(capacity(*v, u, *kind));
    }
    if let Some(d) = &node.operation_date {
        facts.push(format!("{d} 投运"));
    }
    if let Some(a) = node.land_area {
        facts.push(format!("占地 {}", area(a)));
    }
    if leader {
        let chains: Vec<&str> = leaders[&n].iter().map(|i| g[*i].label.as_str()).collect();
        facts.push(format!("链主 · {}", chains.join("、")));
    }
    if !facts.is_empty() {
        let _ = write!(
            label,
            "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"{}\">{}</FONT>",
            if leader { LEADER_COLOR } else { "#444444" },
            facts
                .iter()
                .map(|f| markup(f))
                .collect::<Vec<_>>()
                .join("<BR/>")
        );
    }
    let (fill, border, width, fontcolor) = if leader {
        (LEADER_FILL, LEADER_COLOR, "2.6", LEADER_COLOR)
    } else {
        (fill, border, "1.2", "#222222")
    };
    format!(
        "n{} [label=<{label}>, shape={shape}, style=\"{st}\", fillcolor=\"{fill}\", color=\"{border}\", penwidth={width}, fontcolor=\"{fontcolor}\", tooltip=\"{}\"];",
        n.index(),
        quoted(&node.label)
    )
}

/// The drawn edges of the kept graph (those nesting does not already
/// show), with the relation kinds drawn (for the legend) and each node's
/// number of drawn edges.
fn edge_lines<'g>(
    g: &'g DiGraph<Node, String>,
    keep: &BTreeSet<NodeIndex>,
    layout: &Layout,
) -> (String, BTreeSet<&'g str>, BTreeMap<NodeIndex, usize>) {
    let mut kinds: BTreeSet<&str> = BTreeSet::new();
    let mut edge_text = String::new();
    let mut degree: BTreeMap<NodeIndex, usize> = BTreeMap::new();
    for e in g.edge_references() {
        let (a, b) = (e.source(), e.target());
        if !keep.contains(&a) || !keep.contains(&b) {
            continue;
        }
        let w = e.weight().as_str();
        // Nesting already shows hosting and parts.
        if matches!(w, "hostsEnterprise" | "hostsProject" | "partOfZone")
            && g[a].class == "Zone"
            && layout.inside(g, b, a)
            || w == "partOfZone" && layout.inside(g, a, b)
        {
            continue;
        }
        let (label, attrs, reversed) = edge_style(w);
        let (tail, head) = if reversed { (b, a) } else { (a, b) };
        let mut extra = String::new();
        // Edges of a zone start or end at its cluster border, unless the
        // other end is drawn inside that cluster (Graphviz would refuse).
        if g[tail].class == "Zone" && !layout.inside(g, head, tail) {
            let _ = write!(extra, ", ltail=cluster_z{}", tail.index());
        }
        if g[head].class == "Zone" && !layout.inside(g, tail, head) {
            let _ = write!(extra, ", lhead=cluster_z{}", head.index());
        }
        if g[tail].class == "Zone" && layout.inside(g, head, tail)
            || g[head].class == "Zone" && layout.inside(g, tail, head)
        {
            // An edge from a zone to something inside it would pull the
            // layout apart; keep it as a hint only.
            extra.push_str(", constraint=false");
        }
        let label = if label.is_empty() {
            String::new()
        } else {
            format!("label=\"{label}\", ")
        };
        *degree.entry(tail).or_default() += 1;
        *degree.entry(head).or_default() += 1;
        let _ = writeln!(
            edge_text,
            "  n{} -> n{} [{label}{attrs}{extra}, tooltip=\"{}\"];",
            tail.index(),
            head.index(),
            quoted(w)
        );
        kinds.insert(w);
    }
    (edge_text, kinds, degree)
}

/// What writing the nested zone clusters needs.
struct Clusters<'a> {
    g: &'a DiGraph<Node, String>,
    layout: &'a Layout,
    zones: &'a [NodeIndex],
    node_line: &'a dyn Fn(NodeIndex) -> String,
    degree: &'a BTreeMap<NodeIndex, usize>,
}
/// Writes zone `z`'s cluster, its parts' clusters inside, at nesting `level`.
fn cluster(out: &mut String, c: &Clusters<'_>, z: NodeIndex, level: usize) {
    let Clusters {
        g,
        layout,
        zones,
        node_line,
        degree,
    } = *c;
    let pad = "  ".repeat(level + 1);
    let zone = &g[z];
    let mut label = wrap(&zone.label, 18.0)
        .iter()
        .map(|l| markup(l))
        .collect::<Vec<_>>()
        .join("<BR/>");
    let mut facts = Vec::new();
    if let Some(v) = zone.investment {
        facts.push(format!("投资 {}", yuan(v)));
    }
    if let Some(a) = zone.land_area {
        facts.push(format!("面积 {}", area(a)));
    }
    if !facts.is_empty() {
        let _ = write!(
            label,
            "<BR/><FONT POINT-SIZE=\"10\" COLOR=\"#3b5b85\">{}</FONT>",
            markup(&facts.join(" · "))
        );
    }
    let fill = if level.is_multiple_of(2) {
        "#f1f6fc"
    } else {
        "#e3edf9"
    };
    let _ = writeln!(out, "{pad}subgraph cluster_z{} {{", z.index());
    let _ = writeln!(
        out,
        "{pad}  label=<<B>{label}</B>>; fontsize=13; fontcolor=\"#1f3f6b\"; style=\"rounded,filled\"; fillcolor=\"{fill}\"; color=\"#4a7ab5\"; penwidth=1.4; margin=10; tooltip=\"{}\";",
        quoted(&zone.iri)
    );
    let _ = writeln!(
        out,
        "{pad}  n{} [shape=point, style=invis, width=0.01, height=0.01, label=\"\"];",
        z.index()
    );
    for child in zones.iter().filter(|c| layout.parent.get(c) == Some(&z)) {
        cluster(out, c, *child, level + 1);
    }
    let mut loose = Vec::new();
    for (n, _) in layout.owner.iter().filter(|(_, o)| **o == z) {
        let _ = writeln!(out, "{pad}  {}", node_line(*n));
        if !degree.contains_key(n) {
            loose.push(*n);
        }
    }
    // Hosted nodes without any drawn edge would stack in one tall
    // column; invisible edges lay them out in a few rows instead.
    loose.sort_by(|a, b| (&g[*a].class, &g[*a].label).cmp(&(&g[*b].class, &g[*b].label)));
    let cols = ((loose.len() as f64 / 3.0).sqrt().ceil() as usize).clamp(1, 4);
    for row in loose.chunks(cols) {
        for pair in row.windows(2) {
            let _ = writeln!(
                out,
                "{pad}  n{} -> n{} [style=invis];",
                pair[0].index(),
                pair[1].index()
            );
        }
    }
    // The anchor goes right of everything the zone holds, so the zone's
    // own edges leave through the cluster's right border, toward the
    // industries and partners they point to.
    let inner = layout
        .owner
        .iter()
        .filter(|(_, o)| **o == z)
        .map(|(n, _)| *n)
        .chain(
            zones
                .iter()
                .copied()
                .filter(|c| layout.parent.get(c) == Some(&z)),
        );
    for n in inner {
        let _ = writeln!(
            out,
            "{pad}  n{} -> n{} [style=invis];",
            n.index(),
            z.index()
        );
    }
    let _ = writeln!(out, "{pad}}}");
}

/// The diagram title: what is shown and how much.
fn title(g: &DiGraph<Node, String>, keep: &BTreeSet<NodeIndex>, opts: &DotOptions) -> String {
    let mut parts = Vec::new();
    if let Some(z) = &opts.zone {
        parts.push(format!("园区 {z}"));
    }
    if let Some(i) = &opts.industry {
        parts.push(match opts.depth {
            Some(d) => format!("产业 {i}（{} 跳）", d.max(1)),
            None => format!("产业 {i}（整条产品链）"),
        });
    }
    if let Some(a) = &opts.article {
        parts.push(format!(
            "文章 {}",
            local(&article_iri(a).unwrap_or_else(|_| a.clone()))
        ));
    }
    let scope = if parts.is_empty() {
        "全部文章".to_string()
    } else {
        parts.join(" · ")
    };
    let edges = g
        .edge_references()
        .filter(|e| keep.contains(&e.source()) && keep.contains(&e.target()))
        .count();
    format!(
        "产业链图谱 · {scope}  ({} 个实体, {} 条关系 · chainkg)",
        keep.len(),
        edges
    )
}

/// A legend listing the classes and relation kinds the diagram shows.
fn legend(
    out: &mut String,
    g: &DiGraph<Node, String>,
    keep: &BTreeSet<NodeIndex>,
    leaders: &BTreeMap<NodeIndex, Vec<NodeIndex>>,
    kinds: &BTreeSet<&str>,
) {
    let present: BTreeSet<&str> = keep.iter().map(|n| g[*n].class.as_str()).collect();
    let mut rows = String::new();
    for (c, zh) in CLASSES {
        if !present.contains(c) {
            continue;
        }
        let (_, _, fill, border) = style(c);
        let _ = write!(
            rows,
            "<TR><TD BGCOLOR=\"{fill}\" COLOR=\"{border}\" BORDER=\"1\" WIDTH=\"34\"> </TD><TD ALIGN=\"LEFT\">{} {c}</TD></TR>",
            markup(zh)
        );
    }
    if !leaders.is_empty() {
        let _ = write!(
            rows,
            "<TR><TD BGCOLOR=\"{LEADER_FILL}\" COLOR=\"{LEADER_COLOR}\" BORDER=\"2\"><FONT COLOR=\"{LEADER_COLOR}\">★</FONT></TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"{LEADER_COLOR}\">链主企业 chain leader</FONT></TD></TR>"
        );
    }
    let mut seen = BTreeSet::new();
    for k in kinds {
        let text = edge_legend(k);
        if text.is_empty() || !seen.insert(text) {
            continue;
        }
        let (_, attrs, _) = edge_style(k);
        let color = attrs
            .split("color=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .unwrap_or("#555555");
        let glyph = if attrs.contains("dashed") {
            "╌╌╌▶"
        } else if attrs.contains("dotted") {
            "┈┈┈▶"
        } else {
            "━━━▶"
        };
        let _ = write!(
            rows,
            "<TR><TD><FONT COLOR=\"{color}\">{glyph}</FONT></TD><TD ALIGN=\"LEFT\">{}</TD></TR>",
            markup(text)
        );
    }
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "  legend [shape=plain, margin=0, label=<<TABLE BORDER=\"1\" COLOR=\"#adb5bd\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" BGCOLOR=\"#ffffff\"><TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>图例 Legend</B></TD></TR>{rows}</TABLE>>];"
    );
}

/// The DOT text of the store's chains under the options.
pub fn dot(store: &Store, opts: &DotOptions) -> Result<String> {
    let g = chain_graph(store, opts.article.as_deref())?;
    let keep = select_nodes(&g, opts)?;
    Ok(write_dot(&g, &keep, opts))
}

/// Writes DOT text to `path`: as DOT for `.dot`/`.gv`, else rendered through
/// Graphviz's `dot` program into the format named by the extension.
pub fn write_file(dot_text: &str, path: &std::path::Path) -> Result<()> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("dot")
        .to_ascii_lowercase();
    if matches!(ext.as_str(), "dot" | "gv") {
        return std::fs::write(path, dot_text).map_err(|e| Error::io("writing", path, e));
    }
    if !matches!(ext.as_str(), "svg" | "png" | "pdf") {
        return Err(Error::Usage(format!(
            "{}: unknown diagram format .{ext} (use .dot, .svg, .png or .pdf)",
            path.display()
        )));
    }
    let bytes = render(dot_text, &ext).map_err(|e| match e {
        Error::Output(io) => Error::Output(std::io::Error::new(
            io.kind(),
            format!("cannot render {}: {io}", path.display()),
        )),
        other => other,
    })?;
    std::fs::write(path, bytes).map_err(|e| Error::io("writing", path, e))
}

/// Renders DOT text through Graphviz's `dot` program into `format` (`svg`,
/// `png` at 144 dpi, `pdf`). A missing program is [`Error::Output`] of kind
/// `NotFound` whose message says to install Graphviz (the environment's
/// problem, not the user's input); a failed rendering carries dot's
/// message.
pub fn render(dot_text: &str, format: &str) -> Result<Vec<u8>> {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let mut cmd = Command::new("dot");
    cmd.arg(format!("-T{format}"));
    if format == "png" {
        // Sharp on high-density screens and in READMEs.
        cmd.arg("-Gdpi=144");
    }
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            Error::Output(std::io::Error::new(
                e.kind(),
                format!(
                    "the Graphviz program `dot` is not available ({e}); install graphviz (apt-get install graphviz), or write .dot and render it elsewhere"
                ),
            ))
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        // Written from another thread: dot may fill its output pipe first.
        let input = dot_text.to_string();
        std::thread::spawn(move || {
            let _ = stdin.write_all(input.as_bytes());
        });
    }
    let out = child.wait_with_output()?;
    if !out.status.success() {
        return Err(Error::Output(std::io::Error::other(format!(
            "dot failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ))));
    }
    Ok(out.stdout)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_in_chinese_units() {
        assert_eq!(yuan(274000000.0), "2.74 亿元");
        assert_eq!(yuan(35000.0), "3.5 万元");
        let made = CapacityKind::Production;
        assert_eq!(capacity(790000.0, "TONNE", made), "年产 79 万吨");
        assert_eq!(capacity(300.0, "NUM", made), "年产 300 个");
        let treated = CapacityKind::of_evidence("年处理污水12775万m3");
        assert_eq!(capacity(127750000.0, "M3", treated), "年处理 1.28 亿立方米");
        assert_eq!(CapacityKind::of_evidence("新增产能79万吨"), made);
        assert_eq!(area(30000.0), "3 万平方米");
        assert_eq!(area(12_000_000.0), "12 平方公里");
    }

    #[test]
    fn long_names_wrap_evenly_without_splitting_numbers() {
        assert_eq!(wrap("焦炭", 11.0), ["焦炭"]);
        let lines = wrap("古县腾达年产2×15万吨煤焦油深加工项目", 11.0);
        assert!(lines.len() == 2, "{lines:?}");
        assert!(lines.iter().any(|l| l.contains("2×15")), "{lines:?}");
        assert_eq!(lines.concat(), "古县腾达年产2×15万吨煤焦油深加工项目");
    }

    fn node(class: &str, label: &str) -> Node {
        Node {
            iri: format!("{}{}/{label}", ck::ID_BASE, class.to_lowercase()),
            class: class.into(),
            label: label.into(),
            names: [label.to_string()].into(),
            investment: None,
            land_area: None,
            capacities: vec![],
            operation_date: None,
        }
    }

    #[test]
    fn nested_zones_and_flow_directions() {
        let mut g: DiGraph<Node, String> = DiGraph::new();
        let zone = g.add_node(node("Zone", "古县经济技术开发区"));
        let park = g.add_node(node("Zone", "焦化园"));
        let ent = g.add_node(node("Enterprise", "盛隆泰达"));
        let coke = g.add_node(node("Product", "焦炭"));
        let tar = g.add_node(node("Product", "煤焦油"));
        let chain = g.add_node(node("Industry", "焦化产业链"));
        g.add_edge(park, zone, "partOfZone".into());
        g.add_edge(park, ent, "hostsEnterprise".into());
        g.add_edge(zone, ent, "hostsEnterprise".into());
        g.add_edge(ent, coke, "produces".into());
        g.add_edge(tar, coke, "byproductOf".into());
        g.add_edge(ent, chain, "leadsChain".into());
        g.add_edge(zone, chain, "focusesOn".into());
        let opts = DotOptions {
            zone: Some("古县".into()),
            depth: Some(2),
            ..DotOptions::default()
        };
        let keep = select_nodes(&g, &opts).unwrap();
        assert_eq!(keep.len(), 6, "the zone filter keeps the product flow");
        let dot = write_dot(&g, &keep, &opts);
        // The park's cluster sits inside the zone's, the enterprise in the park.
        let zone_at = dot.find("subgraph cluster_z0").unwrap();
        let park_at = dot.find("subgraph cluster_z1").unwrap();
        let ent_at = dot.find("n2 [label=").unwrap();
        assert!(zone_at < park_at && park_at < ent_at, "{dot}");
        // Hosting and parts are shown by nesting, not by edges.
        let visible = |e: &str| {
            dot.lines()
                .any(|l| l.trim().starts_with(e) && !l.contains("style=invis"))
        };
        assert!(!visible("n0 -> n2 ") && !visible("n1 -> n0 "), "{dot}");
        // 焦炭 → 煤焦油 (its by-product) flows left to right.
        assert!(dot.contains("n3 -> n4 [label=\"副产品\""), "{dot}");
        // The chain leader is starred and bold; the zone edge leaves the cluster.
        assert!(dot.contains("<B>★ 盛隆泰达</B>"), "{dot}");
        assert!(
            dot.contains("n0 -> n5 [") && dot.contains("ltail=cluster_z0"),
            "{dot}"
        );
        assert!(dot.contains("legend [") && dot.contains("Noto Sans CJK SC"));
    }

    #[test]
    fn an_industry_chain_is_followed_to_its_end_unless_a_depth_is_given() {
        let mut g: DiGraph<Node, String> = DiGraph::new();
        let chain = g.add_node(node("Industry", "焦化产业链"));
        let ent = g.add_node(node("Enterprise", "宏源公司"));
        let coke = g.add_node(node("Product", "焦炭"));
        let tar = g.add_node(node("Product", "煤焦油"));
        let needle = g.add_node(node("Product", "针状焦"));
        let fibre = g.add_node(node("Product", "碳纤维"));
        g.add_edge(ent, chain, "leadsChain".into());
        g.add_edge(ent, coke, "produces".into());
        g.add_edge(tar, coke, "byproductOf".into());
        g.add_edge(tar, needle, "feedstockOf".into());
        g.add_edge(needle, fibre, "feedstockOf".into());
        let mut opts = DotOptions {
            industry: Some("焦化".into()),
            ..DotOptions::default()
        };
        let keep = select_nodes(&g, &opts).unwrap();
        assert!(keep.contains(&fibre), "the chain goes to its end");
        assert!(write_dot(&g, &keep, &opts).contains("整条产品链"));
        opts.depth = Some(2);
        let keep = select_nodes(&g, &opts).unwrap();
        assert!(keep.contains(&coke) && !keep.contains(&tar), "{keep:?}");
    }

    #[test]
    fn unknown_names_list_what_there_is() {
        let mut g: DiGraph<Node, String> = DiGraph::new();
        g.add_node(node("Zone", "古县经济技术开发区"));
        let opts = DotOptions {
            zone: Some("不存在".into()),
            ..DotOptions::default()
        };
        let e = select_nodes(&g, &opts).unwrap_err().to_string();
        assert!(
            e.contains("不存在") && e.contains("古县经济技术开发区"),
            "{e}"
        );
    }
}
