//! Graphviz DOT of the industry-chain structure.
//!
//! The store is read into a `petgraph` graph of entities and the chain
//! relations between them; filters (a zone, an industry and N hops around
//! it, an article) cut it down; the writer sets every attribute itself so
//! the diagram is stable and readable: each zone a cluster holding what it
//! hosts, products flowing left to right, chain leaders drawn bold, values on
//! project nodes in 亿元/万吨.

use crate::error::{Error, Result};
use crate::store::Store;
use crate::vocab::ck;
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::fmt::Write;

/// What to draw.
#[derive(Clone, Debug, Default)]
pub struct DotOptions {
    /// Only this zone (label or alternative name), its parts and what they host.
    pub zone: Option<String>,
    /// Only the chain around this industry, `depth` hops.
    pub industry: Option<String>,
    pub depth: usize,
    /// Only facts from this article (IRI).
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
    pub investment: Option<f64>,
    pub capacity: Option<(f64, String)>,
}

/// The chain relations drawn, with their edge style.
const RELATIONS: &[(&str, &str)] = &[
    ("hostsEnterprise", "hosts"),
    ("hostsProject", "hosts"),
    ("partOfZone", "part of"),
    ("locatedIn", "in"),
    ("focusesOn", "focus"),
    ("leadsChain", "链主"),
    ("inIndustry", "industry"),
    ("ownedBy", "owned by"),
    ("produces", "produces"),
    ("feedstockOf", "feeds"),
    ("byproductOf", "by-product of"),
    ("cooperatesWith", "cooperates"),
];

fn local(iri: &str) -> &str {
    iri.rsplit(['#', '/']).next().unwrap_or(iri)
}

fn str_of(t: Option<&Term>) -> String {
    match t {
        Some(Term::NamedNode(n)) => n.as_str().to_string(),
        Some(Term::Literal(l)) => l.value().to_string(),
        Some(other) => other.to_string(),
        None => String::new(),
    }
}

fn select(store: &Store, q: &str) -> Result<Vec<Vec<String>>> {
    let QueryResults::Solutions(sol) = store.query(q)? else {
        return Err(Error::QueryEvaluation("expected solutions".into()));
    };
    let vars: Vec<_> = sol.variables().to_vec();
    let mut rows = Vec::new();
    for s in sol {
        let s = s.map_err(|e| Error::QueryEvaluation(e.to_string()))?;
        rows.push(vars.iter().map(|v| str_of(s.get(v))).collect());
    }
    Ok(rows)
}

/// Reads the chain graph from the store.
pub fn chain_graph(store: &Store, article: Option<&str>) -> Result<DiGraph<Node, String>> {
    let props: Vec<String> = RELATIONS.iter().map(|(p, _)| format!("ck:{p}")).collect();
    let scope = article.map_or(String::from("?g"), |a| format!("<{a}>"));
    let q = format!(
        "PREFIX ck: <{}> SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH {scope} {{ ?s ?p ?o }} FILTER(?p IN ({})) }}",
        ck::NAMESPACE,
        props.join(", ")
    );
    let edges = select(store, &q)?;
    let q = format!(
        "PREFIX ck: <{}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
         SELECT DISTINCT ?e ?c ?l WHERE {{ GRAPH {scope} {{ ?e a ?c . {{ ?e rdfs:label ?l }} UNION {{ ?e skos:altLabel ?l }} }}
         FILTER(STRSTARTS(STR(?c), \"{}\") && ?c NOT IN (ck:Article, ck:Sentence, ck:Capacity, ck:Indicator)) }}",
        ck::NAMESPACE,
        ck::NAMESPACE
    );
    let labels = select(store, &q)?;
    let q = format!(
        "PREFIX ck: <{}> SELECT ?e ?p ?v ?u WHERE {{ GRAPH {scope} {{ {{ ?e ck:investment ?v BIND(ck:investment AS ?p) }} UNION {{ ?e ck:annualCapacity ?n . ?n ck:value ?v ; ck:unit ?u BIND(ck:annualCapacity AS ?p) }} }} }}",
        ck::NAMESPACE
    );
    let values = select(store, &q)?;
    let mut g: DiGraph<Node, String> = DiGraph::new();
    let mut index: HashMap<String, NodeIndex> = HashMap::new();
    for row in &labels {
        let (e, c, l) = (&row[0], &row[1], &row[2]);
        let i = *index.entry(e.clone()).or_insert_with(|| {
            g.add_node(Node {
                iri: e.clone(),
                class: local(c).to_string(),
                label: String::new(),
                names: BTreeSet::new(),
                investment: None,
                capacity: None,
            })
        });
        g[i].names.insert(l.clone());
        // The fullest name is the one to show.
        if l.chars().count() > g[i].label.chars().count() {
            g[i].label = l.clone();
        }
    }
    for row in &values {
        if let Some(&i) = index.get(&row[0]) {
            let v: f64 = row[2].parse().unwrap_or(0.0);
            if row[1].ends_with("investment") {
                g[i].investment = Some(v);
            } else {
                g[i].capacity = Some((v, local(&row[3]).to_string()));
            }
        }
    }
    for row in &edges {
        if let (Some(&a), Some(&b)) = (index.get(&row[0]), index.get(&row[2])) {
            g.add_edge(a, b, local(&row[1]).to_string());
        }
    }
    Ok(g)
}

fn matches(node: &Node, name: &str) -> bool {
    let clean = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    node.names.iter().any(|n| clean(n) == clean(name))
}

/// Nodes within `depth` hops (either direction) of `start`.
fn around(g: &DiGraph<Node, String>, start: &[NodeIndex], depth: usize) -> BTreeSet<NodeIndex> {
    let mut seen: BTreeSet<NodeIndex> = start.iter().copied().collect();
    let mut queue: VecDeque<(NodeIndex, usize)> = start.iter().map(|s| (*s, 0)).collect();
    while let Some((n, d)) = queue.pop_front() {
        if d == depth {
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

/// Applies the filters: the kept node set.
pub fn select_nodes(g: &DiGraph<Node, String>, opts: &DotOptions) -> Result<BTreeSet<NodeIndex>> {
    let mut keep: BTreeSet<NodeIndex> = g.node_indices().collect();
    if let Some(z) = &opts.zone {
        let zones: Vec<NodeIndex> = g
            .node_indices()
            .filter(|&n| g[n].class == "Zone" && matches(&g[n], z))
            .collect();
        if zones.is_empty() {
            return Err(Error::Usage(format!("no zone named {z} in the store")));
        }
        // The zone, its parts, what they host, and one hop beyond.
        let mut core: BTreeSet<NodeIndex> = zones.iter().copied().collect();
        for e in g.edge_references() {
            if e.weight() == "partOfZone" && core.contains(&e.target()) {
                core.insert(e.source());
            }
        }
        let hosted: Vec<NodeIndex> = g
            .edge_references()
            .filter(|e| core.contains(&e.source()))
            .map(|e| e.target())
            .chain(core.iter().copied())
            .collect();
        keep = around(g, &hosted, 1).intersection(&keep).copied().collect();
        // Other zones are not part of this zone's picture.
        keep.retain(|n| {
            g[*n].class != "Zone"
                || core.contains(n)
                || g.edges_connecting(*n, zones[0]).next().is_some()
        });
    }
    if let Some(i) = &opts.industry {
        let start: Vec<NodeIndex> = g
            .node_indices()
            .filter(|&n| g[n].class == "Industry" && matches(&g[n], i))
            .collect();
        if start.is_empty() {
            return Err(Error::Usage(format!("no industry named {i} in the store")));
        }
        keep = around(g, &start, opts.depth.max(1))
            .intersection(&keep)
            .copied()
            .collect();
    }
    // Nodes without any edge are noise in a chain diagram.
    let linked: BTreeSet<NodeIndex> = keep
        .iter()
        .copied()
        .filter(|&n| g.neighbors_undirected(n).any(|m| keep.contains(&m)))
        .collect();
    keep = linked;
    Ok(keep)
}

/// `274000000` → `2.74 亿元`.
pub fn yuan(v: f64) -> String {
    if v >= 1e8 {
        format!("{} 亿元", trim(v / 1e8))
    } else if v >= 1e4 {
        format!("{} 万元", trim(v / 1e4))
    } else {
        format!("{} 元", trim(v))
    }
}

fn trim(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn capacity(v: f64, unit: &str) -> String {
    let u = match unit {
        "TONNE" => "吨",
        "M3" => "m³",
        "KiloW-HR" => "千瓦时",
        "NUM" => "件",
        other => other,
    };
    if v >= 1e4 {
        format!("年产 {} 万{u}", trim(v / 1e4))
    } else {
        format!("年产 {} {u}", trim(v))
    }
}

fn style(class: &str) -> (&'static str, &'static str) {
    match class {
        "Zone" => ("tab", "#dbe9f6"),
        "Enterprise" => ("box", "#fde3c8"),
        "Project" => ("box3d", "#e2f0d9"),
        "Industry" => ("hexagon", "#f8d7da"),
        "Product" => ("ellipse", "#fff3bf"),
        "Institution" => ("house", "#e5dbff"),
        "GovernmentBody" => ("octagon", "#e9ecef"),
        "Place" => ("plaintext", "#ffffff"),
        _ => ("ellipse", "#ffffff"),
    }
}

fn esc(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
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
    let mut out = String::new();
    let _ = writeln!(out, "digraph chainkg {{");
    let _ = writeln!(out, "  graph [rankdir=LR, fontname=\"{font}\", compound=true, newrank=true, nodesep=0.3, ranksep=0.6];");
    let _ = writeln!(
        out,
        "  node [fontname=\"{font}\", style=filled, fontsize=11];"
    );
    let _ = writeln!(
        out,
        "  edge [fontname=\"{font}\", fontsize=9, color=\"#555555\"];"
    );
    let leaders: BTreeSet<NodeIndex> = g
        .edge_references()
        .filter(|e| e.weight() == "leadsChain")
        .map(|e| e.source())
        .collect();
    let id = |n: NodeIndex| format!("n{}", n.index());
    let node_line = |n: NodeIndex| -> String {
        let node = &g[n];
        let (shape, fill) = style(&node.class);
        let mut label = node.label.clone();
        if let Some(v) = node.investment {
            label.push_str(&format!("\\n投资 {}", yuan(v)));
        }
        if let Some((v, u)) = &node.capacity {
            label.push_str(&format!("\\n{}", capacity(*v, u)));
        }
        let extra = if leaders.contains(&n) {
            ", penwidth=3, color=\"#c0392b\", fontcolor=\"#c0392b\""
        } else {
            ""
        };
        format!(
            "{} [label=\"{}\", shape={shape}, fillcolor=\"{fill}\"{extra}, tooltip=\"{}\"];",
            id(n),
            esc(&label).replace("\\\\n", "\\n"),
            esc(&node.iri)
        )
    };
    // Clusters: each zone with what it hosts (by the first hosting zone).
    let mut owner: BTreeMap<NodeIndex, NodeIndex> = BTreeMap::new();
    for e in g.edge_references() {
        if (e.weight() == "hostsEnterprise" || e.weight() == "hostsProject")
            && keep.contains(&e.source())
            && keep.contains(&e.target())
        {
            owner.entry(e.target()).or_insert(e.source());
        }
    }
    let zones: Vec<NodeIndex> = keep
        .iter()
        .copied()
        .filter(|n| g[*n].class == "Zone")
        .collect();
    for z in &zones {
        let _ = writeln!(out, "  subgraph cluster_{} {{", z.index());
        let _ = writeln!(
            out,
            "    label=\"{}\"; style=\"rounded,filled\"; fillcolor=\"#f4f8fc\"; color=\"#7aa6d6\";",
            esc(&g[*z].label)
        );
        let _ = writeln!(out, "    {}", node_line(*z));
        for (n, _) in owner.iter().filter(|(_, o)| *o == z) {
            let _ = writeln!(out, "    {}", node_line(*n));
        }
        let _ = writeln!(out, "  }}");
    }
    for n in keep
        .iter()
        .filter(|n| g[**n].class != "Zone" && !owner.contains_key(n))
    {
        let _ = writeln!(out, "  {}", node_line(*n));
    }
    let mut seen = BTreeSet::new();
    for e in g.edge_references() {
        let (a, b) = (e.source(), e.target());
        if !keep.contains(&a) || !keep.contains(&b) || !seen.insert((a, b, e.weight().clone())) {
            continue;
        }
        let w = e.weight().as_str();
        // Hosting is shown by the clusters.
        if (w == "hostsEnterprise" || w == "hostsProject") && owner.get(&b) == Some(&a) {
            continue;
        }
        let label = RELATIONS
            .iter()
            .find(|(p, _)| *p == w)
            .map_or(w, |(_, l)| l);
        let attrs = match w {
            "feedstockOf" => ", color=\"#e67e22\", penwidth=2",
            "byproductOf" => ", color=\"#e67e22\", style=dashed",
            "produces" => ", color=\"#27ae60\"",
            "leadsChain" => ", color=\"#c0392b\", penwidth=2",
            "partOfZone" | "locatedIn" | "cooperatesWith" => ", style=dotted, constraint=false",
            _ => "",
        };
        let _ = writeln!(out, "  {} -> {} [label=\"{label}\"{attrs}];", id(a), id(b));
    }
    // Legend.
    let _ = writeln!(out, "  subgraph cluster_legend {{");
    let _ = writeln!(
        out,
        "    label=\"图例 Legend\"; style=dashed; color=\"#999999\";"
    );
    let classes = [
        ("Zone", "园区 Zone"),
        ("Enterprise", "企业 Enterprise"),
        ("Project", "项目 Project"),
        ("Industry", "产业 Industry"),
        ("Product", "产品 Product"),
        ("Institution", "机构 Institution"),
    ];
    for (c, l) in classes {
        let (shape, fill) = style(c);
        let _ = writeln!(
            out,
            "    legend_{c} [label=\"{l}\", shape={shape}, fillcolor=\"{fill}\"];"
        );
    }
    let _ = writeln!(out, "    legend_leader [label=\"链主 chain leader\", shape=box, fillcolor=\"#fde3c8\", penwidth=3, color=\"#c0392b\", fontcolor=\"#c0392b\"];");
    let _ = writeln!(out, "  }}");
    let _ = writeln!(out, "}}");
    out
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
        return std::fs::write(path, dot_text).map_err(|e| Error::io(path, e));
    }
    if !matches!(ext.as_str(), "svg" | "png" | "pdf") {
        return Err(Error::Usage(format!(
            "{}: unknown diagram format .{ext} (use .dot, .svg, .png or .pdf)",
            path.display()
        )));
    }
    use std::io::Write as _;
    let mut child = std::process::Command::new("dot")
        .arg(format!("-T{ext}"))
        .arg("-o")
        .arg(path)
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| {
            Error::Usage(format!(
                "cannot render {}: the Graphviz program `dot` is not available ({e}); install graphviz or write .dot",
                path.display()
            ))
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(dot_text.as_bytes())
            .map_err(|e| Error::io(path, e))?;
    }
    let out = child.wait_with_output().map_err(|e| Error::io(path, e))?;
    if !out.status.success() {
        return Err(Error::Usage(format!(
            "dot failed to render {}: {}",
            path.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(())
}
