//! Node and edge tables as CSV for pandas, NetworkX and BI tools.
//!
//! `nodes.csv`: `id,label,class,aliases` (aliases joined with `|`);
//! `edges.csv`: `source,target,property,article,sentence,sentence_text,rule`
//! — `source`/`target` are node ids, `article` and `sentence` IRIs into the
//! RDF graph. `projects.csv`, `enterprises.csv` and `products.csv`: the
//! values an analyst sums and looks up, one row per project, enterprise and
//! product (see [`super::values`]). UTF-8 without BOM, a header row, RFC 4180 quoting, `\n` line
//! ends. Written by hand: the format is small and a dependency would buy
//! nothing here.

use super::tables::Tables;
use super::values::{Values, ENTERPRISE_COLUMNS, PRODUCT_COLUMNS, PROJECT_COLUMNS};
use crate::error::{Error, Result};
use std::io::Write;
use std::path::Path;

/// Separator of the names in the `aliases` column.
pub const ALIAS_SEPARATOR: &str = "|";

/// One CSV field, quoted when it holds a separator, a quote or a line break.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn line(out: &mut impl Write, fields: &[&str]) -> std::io::Result<()> {
    let row: Vec<String> = fields.iter().map(|f| field(f)).collect();
    writeln!(out, "{}", row.join(","))
}

/// Writes `nodes.csv`.
pub fn write_nodes(tables: &Tables, mut out: impl Write) -> std::io::Result<()> {
    line(&mut out, &["id", "label", "class", "aliases"])?;
    for n in &tables.nodes {
        let aliases = n.aliases.join(ALIAS_SEPARATOR);
        line(&mut out, &[&n.id, &n.label, &n.class, &aliases])?;
    }
    out.flush()
}

/// Writes `edges.csv`.
pub fn write_edges(tables: &Tables, mut out: impl Write) -> std::io::Result<()> {
    line(
        &mut out,
        &[
            "source",
            "target",
            "property",
            "article",
            "sentence",
            "sentence_text",
            "rule",
        ],
    )?;
    for e in &tables.edges {
        line(
            &mut out,
            &[
                &e.source,
                &e.target,
                &e.property,
                &e.article,
                &e.sentence,
                &e.sentence_text,
                &e.rule,
            ],
        )?;
    }
    out.flush()
}

/// Writes `DIR/nodes.csv` and `DIR/edges.csv`, creating `DIR` if needed.
pub fn write_dir(tables: &Tables, dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io("creating", dir, e))?;
    for (name, nodes) in [("nodes.csv", true), ("edges.csv", false)] {
        let path = dir.join(name);
        let file = std::fs::File::create(&path).map_err(|e| Error::io("creating", &path, e))?;
        let out = std::io::BufWriter::new(file);
        let written = if nodes {
            write_nodes(tables, out)
        } else {
            write_edges(tables, out)
        };
        written.map_err(|e| Error::io("writing", &path, e))?;
    }
    Ok(())
}

/// Writes `DIR/projects.csv`, `DIR/enterprises.csv` and `DIR/products.csv`
/// (`DIR` exists).
pub fn write_values(values: &Values, dir: &Path) -> Result<()> {
    let projects: Vec<Vec<String>> = values.projects.iter().map(|p| p.cells()).collect();
    let enterprises: Vec<Vec<String>> = values.enterprises.iter().map(|e| e.cells()).collect();
    let products: Vec<Vec<String>> = values.products.iter().map(|p| p.cells()).collect();
    for (name, header, rows) in [
        ("projects.csv", PROJECT_COLUMNS, projects),
        ("enterprises.csv", ENTERPRISE_COLUMNS, enterprises),
        ("products.csv", PRODUCT_COLUMNS, products),
    ] {
        let path = dir.join(name);
        let file = std::fs::File::create(&path).map_err(|e| Error::io("creating", &path, e))?;
        let mut out = std::io::BufWriter::new(file);
        let written = line(&mut out, header)
            .and_then(|()| {
                rows.iter().try_for_each(|r| {
                    let cells: Vec<&str> = r.iter().map(String::as_str).collect();
                    line(&mut out, &cells)
                })
            })
            .and_then(|()| out.flush());
        written.map_err(|e| Error::io("writing", &path, e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tables::{EdgeRow, NodeRow};

    #[test]
    fn fields_with_commas_quotes_and_newlines_are_quoted() {
        assert_eq!(field("焦炭"), "焦炭");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("说\"好\""), "\"说\"\"好\"\"\"");
        assert_eq!(field("一\n二"), "\"一\n二\"");
    }

    #[test]
    fn tables_have_a_header_and_one_line_per_row() {
        let t = Tables {
            nodes: vec![NodeRow {
                id: "https://w3id.org/chainkg/id/zone/古县".into(),
                label: "古县经济技术开发区".into(),
                class: "Zone".into(),
                aliases: vec!["古县开发区".into(), "古县经开区".into()],
            }],
            edges: vec![EdgeRow {
                source: "a".into(),
                target: "b".into(),
                property: "hostsEnterprise".into(),
                article: "g".into(),
                sentence: "g#s1".into(),
                sentence_text: "甲，乙".into(),
                rule: "zone.host".into(),
            }],
        };
        let mut nodes = Vec::new();
        write_nodes(&t, &mut nodes).unwrap();
        assert_eq!(
            String::from_utf8(nodes).unwrap(),
            "id,label,class,aliases\nhttps://w3id.org/chainkg/id/zone/古县,古县经济技术开发区,Zone,古县开发区|古县经开区\n"
        );
        let mut edges = Vec::new();
        write_edges(&t, &mut edges).unwrap();
        let edges = String::from_utf8(edges).unwrap();
        assert_eq!(edges.lines().count(), 2);
        assert!(edges.ends_with("a,b,hostsEnterprise,g,g#s1,甲，乙,zone.host\n"));
    }
}
