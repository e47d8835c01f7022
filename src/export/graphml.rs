//! GraphML of the entity graph, for Gephi, yEd, Cytoscape and NetworkX.
//!
//! Nodes carry `label`, `class` and `aliases`; projects, enterprises and
//! products also the columns of `projects.csv`, `enterprises.csv` and
//! `products.csv` (numbers as
//! `double`, absent when the text gives none); each distinct relation fact is
//! one directed edge with its `property`, `weight` (the number of articles
//! stating it) and `articles` (their IRIs, space-separated). Parallel edges
//! per article, as in `edges.csv`, would only clutter a Gephi layout.

use super::escape::markup;
use super::tables::Tables;
use super::values::{Values, ENTERPRISE_COLUMNS, PRODUCT_COLUMNS, PROJECT_COLUMNS};
use std::collections::BTreeMap;
use std::io::Write;

/// Value attributes that are numbers (GraphML `double`).
const NUMBERS: &[&str] = &[
    "investment_yuan",
    "land_area_m2",
    "floor_area_m2",
    "capacity_value",
    "progress",
    "projects",
];

/// Writes the GraphML document.
pub fn write(tables: &Tables, values: &Values, mut out: impl Write) -> std::io::Result<()> {
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
    // The value columns (but id and label, which nodes have already).
    let mut value_keys: Vec<&str> = Vec::new();
    for c in PROJECT_COLUMNS
        .iter()
        .chain(ENTERPRISE_COLUMNS)
        .chain(PRODUCT_COLUMNS)
    {
        if !matches!(*c, "id" | "label") && !value_keys.contains(c) {
            value_keys.push(c);
        }
    }
    for k in &value_keys {
        let ty = if NUMBERS.contains(k) {
            "double"
        } else {
            "string"
        };
        writeln!(
            out,
            r#"  <key id="{k}" for="node" attr.name="{k}" attr.type="{ty}"/>"#
        )?;
    }
    // Node id → (column, value) of its row.
    let mut attrs: BTreeMap<&str, Vec<(&str, String)>> = BTreeMap::new();
    for p in &values.products {
        attrs.insert(
            &p.id,
            PRODUCT_COLUMNS.iter().copied().zip(p.cells()).collect(),
        );
    }
    for p in &values.projects {
        attrs.insert(
            &p.id,
            PROJECT_COLUMNS.iter().copied().zip(p.cells()).collect(),
        );
    }
    for e in &values.enterprises {
        attrs.insert(
            &e.id,
            ENTERPRISE_COLUMNS.iter().copied().zip(e.cells()).collect(),
        );
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
        for (k, v) in attrs.get(n.id.as_str()).into_iter().flatten() {
            if !matches!(*k, "id" | "label") && !v.is_empty() {
                writeln!(out, r#"      <data key="{k}">{}</data>"#, markup(v))?;
            }
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
