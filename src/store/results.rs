//! Query result output, the one serialiser of the command line and the
//! endpoint: the W3C SPARQL result formats for SELECT and ASK, RDF syntaxes
//! for CONSTRUCT and DESCRIBE (with the project's prefixes), and a readable
//! table. The caller picks the syntax once it knows the kind of result
//! ([`ResultKind::of`]), since content negotiation differs by kind.

use crate::error::{Error, Result};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QueryResults;
use std::io::Write;

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

/// The kind of a query's result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultKind {
    /// SELECT: solutions.
    Solutions,
    /// ASK.
    Boolean,
    /// CONSTRUCT and DESCRIBE: triples.
    Graph,
}

impl ResultKind {
    pub fn of(results: &QueryResults<'_>) -> Self {
        match results {
            QueryResults::Solutions(_) => ResultKind::Solutions,
            QueryResults::Boolean(_) => ResultKind::Boolean,
            QueryResults::Graph(_) => ResultKind::Graph,
        }
    }
}

/// The syntax a result is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// [`write_table`] for solutions, `true`/`false` for a boolean.
    Table,
    /// A W3C SPARQL results format (solutions and booleans).
    Results(QueryResultsFormat),
    /// An RDF syntax (graphs).
    Rdf(RdfFormat),
}

impl ResultFormat {
    /// The syntax `chainkg query --format` means for a result of `kind`.
    pub fn syntax(self, kind: ResultKind) -> Syntax {
        let w3c = |f| match kind {
            ResultKind::Graph => Syntax::Rdf(match f {
                QueryResultsFormat::Json => RdfFormat::JsonLd {
                    profile: JsonLdProfileSet::empty(),
                },
                QueryResultsFormat::Xml => RdfFormat::RdfXml,
                _ => RdfFormat::NTriples,
            }),
            _ => Syntax::Results(f),
        };
        match self {
            ResultFormat::Table if kind == ResultKind::Graph => Syntax::Rdf(RdfFormat::Turtle),
            ResultFormat::Table => Syntax::Table,
            ResultFormat::Csv => w3c(QueryResultsFormat::Csv),
            ResultFormat::Tsv => w3c(QueryResultsFormat::Tsv),
            ResultFormat::Json => w3c(QueryResultsFormat::Json),
            ResultFormat::Xml => w3c(QueryResultsFormat::Xml),
        }
    }
}

/// Writes query results in `format` (the command line's choice).
pub fn write_results(
    results: QueryResults<'_>,
    format: ResultFormat,
    out: impl Write,
) -> Result<()> {
    let syntax = format.syntax(ResultKind::of(&results));
    serialize(results, syntax, None, out)
}

/// Writes query results in `syntax`, refusing more than `max` solutions or
/// triples ([`Error::TooManyResults`]). A syntax that does not fit the
/// result's kind is a usage error. Write failures are [`Error::Output`]
/// with the writer's own error inside.
pub fn serialize(
    results: QueryResults<'_>,
    syntax: Syntax,
    max: Option<usize>,
    mut out: impl Write,
) -> Result<()> {
    let over = |n: usize| {
        max.filter(|m| n >= *m)
            .map(|max| Error::TooManyResults { max })
    };
    match (results, syntax) {
        (QueryResults::Boolean(b), Syntax::Results(f)) => {
            QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut out, b)?;
        }
        (QueryResults::Boolean(b), Syntax::Table) => writeln!(out, "{b}")?,
        (QueryResults::Solutions(solutions), Syntax::Results(f)) => {
            let vars = solutions.variables().to_vec();
            let mut w = QueryResultsSerializer::from_format(f)
                .serialize_solutions_to_writer(&mut out, vars)?;
            for (n, s) in solutions.enumerate() {
                if let Some(e) = over(n) {
                    return Err(e);
                }
                w.serialize(&s.map_err(Error::evaluation)?)?;
            }
            w.finish()?;
        }
        (QueryResults::Solutions(solutions), Syntax::Table) => {
            let vars = solutions.variables().to_vec();
            let mut rows = Vec::new();
            for (n, s) in solutions.enumerate() {
                if let Some(e) = over(n) {
                    return Err(e);
                }
                let s = s.map_err(Error::evaluation)?;
                rows.push(
                    vars.iter()
                        .map(|v| s.get(v).map(display_term).unwrap_or_default())
                        .collect::<Vec<_>>(),
                );
            }
            let header: Vec<String> = vars.iter().map(|v| v.as_str().to_string()).collect();
            write_table(&header, &rows, &mut out)?;
        }
        (QueryResults::Graph(triples), Syntax::Rdf(rdf)) => {
            let mut ser = RdfSerializer::from_format(rdf);
            for (prefix, iri) in crate::model::vocab::PREFIXES {
                ser = ser
                    .with_prefix(*prefix, *iri)
                    .map_err(|e| Error::Usage(e.to_string()))?;
            }
            let mut w = ser.for_writer(&mut out);
            for (n, t) in triples.enumerate() {
                if let Some(e) = over(n) {
                    return Err(e);
                }
                w.serialize_triple(&t.map_err(Error::evaluation)?)?;
            }
            w.finish()?;
        }
        (results, syntax) => {
            return Err(Error::Usage(format!(
                "{syntax:?} cannot write a {:?} result",
                ResultKind::of(&results)
            )))
        }
    }
    Ok(())
}

/// A term as a person reads it: prefixed IRIs, bare literal values.
pub fn display_term(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => {
            let iri = n.as_str();
            for (prefix, ns) in crate::model::vocab::PREFIXES {
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
