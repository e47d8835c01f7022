//! GraphML of the entity graph, for Gephi, yEd, Cytoscape and NetworkX.
//!
//! Nodes carry `label`, `class` and `aliases`; each distinct relation fact is
//! one directed edge with its `property`, `weight` (the number of articles
//! stating it) and `articles` (their IRIs, space-separated). Parallel edges
//! per article, as in `edges.csv`, would only clutter a Gephi layout.

use super::escape::markup;
use super::tables::Tables;
use std::collections::BTreeMap;
use std::io::Write;

/// Writes the GraphML document.
pub fn write(tables: &Tables, mut out: impl Write) -> std::io::Result<()> {
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (id, domain, name, ty) in [
        ("label", "node", "label", "string"),
        ("class", "node", "class", "string"),
        ("aliases", "node", "aliases", "string"),
        ("property", "edge", "property", "string"),
        ("weight", "edge", "weight", "double"),
        ("articles", "edge", "articles", "string"),
    ] {
        writeln!(
            out,
            r#"  <key id="{id}" for="{domain}" attr.name="{name}" attr.type="{ty}"/>"#
        )?;
    }
    writeln!(out, r#"  <graph id="chainkg" edgedefault="directed">"#)?;
    for n in &tables.nodes {
        writeln!(out, r#"    <node id="{}">"#, markup(&n.id))?;
        writeln!(
            out,
            r#"      <data key="label">{}</data>"#,
            markup(&n.label)
        )?;
        writeln!(
            out,
            r#"      <data key="class">{}</data>"#,
            markup(&n.class)
        )?;
        if !n.aliases.is_empty() {
            writeln!(
                out,
                r#"      <data key="aliases">{}</data>"#,
                markup(&n.aliases.join(super::csv::ALIAS_SEPARATOR))
            )?;
        }
        writeln!(out, "    </node>")?;
    }
    let mut edges: BTreeMap<(&str, &str, &str), Vec<&str>> = BTreeMap::new();
    for e in &tables.edges {
        edges
            .entry((&e.source, &e.property, &e.target))
            .or_default()
            .push(&e.article);
    }
    for (i, ((s, p, o), articles)) in edges.iter().enumerate() {
        writeln!(
            out,
            r#"    <edge id="e{i}" source="{}" target="{}">"#,
            markup(s),
            markup(o)
        )?;
        writeln!(out, r#"      <data key="property">{}</data>"#, markup(p))?;
        writeln!(out, r#"      <data key="weight">{}</data>"#, articles.len())?;
        writeln!(
            out,
            r#"      <data key="articles">{}</data>"#,
            markup(&articles.join(" "))
        )?;
        writeln!(out, "    </edge>")?;
    }
    writeln!(out, "  </graph>")?;
    writeln!(out, "</graphml>")?;
    out.flush()
}
