//! Query result output: the W3C SPARQL result formats for SELECT and ASK,
//! RDF syntaxes for CONSTRUCT and DESCRIBE, and a readable table.

use crate::error::{Error, Result};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::{GraphNameRef, QuadRef, Term};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;
use std::io::Write;

pub mod help;

/// Output formats of `chainkg query`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultFormat {
    /// Aligned text table (SELECT), `true`/`false` (ASK), Turtle (graphs).
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

/// Writes query results in `format`.
pub fn write_results(
    results: QueryResults<'_>,
    format: ResultFormat,
    mut out: impl Write,
) -> Result<()> {
    let w3c = match format {
        ResultFormat::Csv => Some(QueryResultsFormat::Csv),
        ResultFormat::Tsv => Some(QueryResultsFormat::Tsv),
        ResultFormat::Json => Some(QueryResultsFormat::Json),
        ResultFormat::Xml => Some(QueryResultsFormat::Xml),
        ResultFormat::Table => None,
    };
    match results {
        QueryResults::Boolean(b) => match w3c {
            Some(f) => {
                QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut out, b)?;
            }
            None => writeln!(out, "{b}")?,
        },
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            match w3c {
                Some(f) => {
                    let mut w = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(&mut out, vars.clone())?;
                    for s in solutions {
                        let s = s.map_err(|e| Error::QueryEvaluation(e.to_string()))?;
                        w.serialize(&s)?;
                    }
                    w.finish()?;
                }
                None => {
                    let mut rows = Vec::new();
                    for s in solutions {
                        let s = s.map_err(|e| Error::QueryEvaluation(e.to_string()))?;
                        rows.push(
                            vars.iter()
                                .map(|v| s.get(v).map(display_term).unwrap_or_default())
                                .collect::<Vec<_>>(),
                        );
                    }
                    let header: Vec<String> = vars.iter().map(|v| v.as_str().to_string()).collect();
                    write_table(&header, &rows, &mut out)?;
                }
            }
        }
        QueryResults::Graph(triples) => {
            let rdf = match format {
                ResultFormat::Table => RdfFormat::Turtle,
                ResultFormat::Json => RdfFormat::JsonLd {
                    profile: JsonLdProfileSet::empty(),
                },
                ResultFormat::Xml => RdfFormat::RdfXml,
                ResultFormat::Csv | ResultFormat::Tsv => RdfFormat::NTriples,
            };
            let mut ser = RdfSerializer::from_format(rdf);
            for (prefix, iri) in crate::vocab::PREFIXES {
                ser = ser
                    .with_prefix(*prefix, *iri)
                    .map_err(|e| Error::Usage(e.to_string()))?;
            }
            let mut w = ser.for_writer(&mut out);
            for t in triples {
                let t = t.map_err(|e| Error::QueryEvaluation(e.to_string()))?;
                w.serialize_quad(QuadRef::new(
                    &t.subject,
                    &t.predicate,
                    &t.object,
                    GraphNameRef::DefaultGraph,
                ))?;
            }
            w.finish()?;
        }
    }
    Ok(())
}

/// A term as a person reads it: prefixed IRIs, bare literal values.
pub fn display_term(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => {
            let iri = n.as_str();
            for (prefix, ns) in crate::vocab::PREFIXES {
                if let Some(local) = iri.strip_prefix(ns) {
                    return format!("{prefix}:{local}");
                }
            }
            format!("<{iri}>")
        }
        Term::BlankNode(b) => format!("_:{}", b.as_str()),
        Term::Literal(l) => l.value().to_string(),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

/// Display width: CJK characters take two columns in a terminal.
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x20000..=0x3FFFD => 2,
            _ => 1,
        })
        .sum()
}

/// Writes an aligned table with a header rule.
pub fn write_table(header: &[String], rows: &[Vec<String>], out: &mut impl Write) -> Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(width(cell));
        }
    }
    let line = |cells: &[String], out: &mut dyn Write| -> std::io::Result<()> {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i > 0 {
                s.push_str(" | ");
            }
            s.push_str(c);
            if i + 1 < cells.len() {
                s.push_str(&" ".repeat(widths[i] - width(c)));
            }
        }
        writeln!(out, "{}", s.trim_end())
    };
    line(header, out)?;
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    writeln!(out, "{}", rule.join("-+-"))?;
    for row in rows {
        line(row, out)?;
    }
    Ok(())
}
