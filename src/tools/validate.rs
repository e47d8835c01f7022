//! `chainkg validate`: checks the store against SHACL shapes
//! (`ontology/shapes.ttl` by default) and reports each violation with the
//! offending node.
//!
//! A SHACL engine in a few hundred lines: every constraint of a shape becomes
//! one SPARQL query over the union of the article graphs that returns the
//! focus nodes (and values) that break it. Only the part of SHACL the shapes
//! use is implemented — targets, property paths, the value-type, cardinality,
//! range, string, `sh:in`, `sh:or`, `sh:hasValue` components and SPARQL-based
//! constraints — and a shapes file using anything else is refused with the
//! term named, so the validator can never silently skip a rule. pySHACL on
//! a Turtle export gives the same verdict (the tests check it).

use crate::error::{Error, Result};
use crate::export::{compact_iri, select, text};
use crate::model::vocab::{ck, rdf, rdfs, xsd};
use crate::store::Store;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{
    Graph, Literal, NamedNode, NamedOrBlankNode, NamedOrBlankNodeRef, Term, TermRef,
};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// The shapes shipped with chainkg (`ontology/shapes.ttl`).
pub const SHAPES: &str = include_str!("../../ontology/shapes.ttl");

const SH: &str = "http://www.w3.org/ns/shacl#";

fn sh(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{SH}{local}"))
}

/// One validation result.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Violation {
    /// `Violation`, `Warning` or `Info`.
    pub severity: String,
    /// The focus node (full IRI, or a literal / blank node as N-Triples).
    pub focus: String,
    /// Its label, when it has one.
    pub label: Option<String>,
    /// The property path (SPARQL syntax, compact IRIs) of a property shape.
    pub path: Option<String>,
    /// The offending value, when there is one.
    pub value: Option<String>,
    /// The node shape the result comes from.
    pub shape: String,
    /// The SHACL constraint component (`sh:MinCountConstraintComponent`, …).
    pub component: String,
    pub message: String,
}

/// The outcome of a validation.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Report {
    /// True when there is no result at all (SHACL's `sh:conforms`).
    pub conforms: bool,
    /// Node shapes checked.
    pub shapes: usize,
    /// Constraints checked (one SPARQL query each).
    pub constraints: usize,
    pub results: Vec<Violation>,
}

impl Report {
    /// Results of severity `sh:Violation` (what makes `chainkg validate` fail).
    pub fn violations(&self) -> usize {
        self.results
            .iter()
            .filter(|r| r.severity == "Violation")
            .count()
    }

    /// The human-readable report.
    pub fn table(&self) -> String {
        let mut out = String::new();
        for r in &self.results {
            let focus = display(&r.focus);
            let label = r
                .label
                .as_deref()
                .map(|l| format!(" ({l})"))
                .unwrap_or_default();
            let _ = writeln!(out, "{}: {focus}{label}", r.severity);
            let _ = writeln!(out, "  {}", r.message);
            if let Some(p) = &r.path {
                let _ = writeln!(out, "  path:  {p}");
            }
            if let Some(v) = &r.value {
                let _ = writeln!(out, "  value: {}", display(v));
            }
            let _ = writeln!(out, "  shape: {} ({})", r.shape, r.component);
        }
        let verdict = if self.conforms {
            "conforms".to_string()
        } else {
            format!(
                "does not conform: {} result(s), {} violation(s)",
                self.results.len(),
                self.violations()
            )
        };
        let _ = writeln!(
            out,
            "{verdict} ({} shapes, {} constraints checked)",
            self.shapes, self.constraints
        );
        out
    }

    /// The report as a SHACL `sh:ValidationReport` in Turtle.
    pub fn turtle(&self) -> String {
        let mut out = String::from(
            "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\n",
        );
        let _ = writeln!(
            out,
            "[] a sh:ValidationReport ;\n    sh:conforms {} {}",
            self.conforms,
            if self.results.is_empty() { "." } else { ";" }
        );
        for (i, r) in self.results.iter().enumerate() {
            let _ = writeln!(out, "    sh:result [\n        a sh:ValidationResult ;");
            let _ = writeln!(out, "        sh:resultSeverity sh:{} ;", r.severity);
            let _ = writeln!(out, "        sh:focusNode {} ;", nt(&r.focus));
            // A complex path is not one term; the report keeps simple ones.
            if let Some(p) = r.path.as_deref().filter(|p| !p.starts_with(['(', '^'])) {
                let _ = writeln!(out, "        sh:resultPath {} ;", nt(p));
            }
            if let Some(v) = &r.value {
                let _ = writeln!(out, "        sh:value {} ;", nt(v));
            }
            let _ = writeln!(
                out,
                "        sh:sourceConstraintComponent {} ;",
                nt(&r.component)
            );
            let _ = writeln!(out, "        sh:sourceShape {} ;", nt(&r.shape));
            let _ = writeln!(
                out,
                "        sh:resultMessage {}\n    ] {}",
                Literal::new_simple_literal(r.message.as_str()),
                if i + 1 == self.results.len() {
                    "."
                } else {
                    ";"
                }
            );
        }
        out
    }
}

/// A stored or displayed term back to N-Triples (for the Turtle report).
fn nt(s: &str) -> String {
    if s.starts_with('"') || s.starts_with("_:") {
        return s.to_string();
    }
    if let Some(rest) = s.strip_prefix("sh:") {
        return format!("<{SH}{rest}>");
    }
    if let Some(rest) = s.strip_prefix("cks:") {
        return format!("<https://w3id.org/chainkg/shapes#{rest}>");
    }
    for (p, ns) in crate::model::vocab::PREFIXES {
        if let Some(rest) = s.strip_prefix(&format!("{p}:")) {
            return format!("<{ns}{rest}>");
        }
    }
    format!("<{s}>")
}

/// Short display of a node: `id:zone/…` for instances, compact IRIs else.
fn display(s: &str) -> String {
    if let Some(rest) = s.strip_prefix(ck::ID_BASE) {
        return format!("id:{rest}");
    }
    compact_iri(s)
}

/// The focus of a term as the report stores it.
fn term_string(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => n.as_str().to_string(),
        other => other.to_string(),
    }
}

#[derive(Clone, Debug)]
enum Target {
    Class(NamedNode),
    Node(Term),
    SubjectsOf(NamedNode),
    ObjectsOf(NamedNode),
}

/// A test one value node passes or fails, as a SPARQL expression.
#[derive(Clone, Debug)]
enum Test {
    Datatype(NamedNode),
    Class(NamedNode),
    NodeKind(NamedNode),
    Compare(&'static str, &'static str, Literal),
    In(Vec<Term>),
    LanguageIn(Vec<String>),
    Pattern(String, Option<String>),
    Length(&'static str, &'static str, u64),
    Or(Vec<Vec<Test>>),
}

#[derive(Clone, Debug)]
enum Constraint {
    Value(Test),
    MinCount(u64),
    MaxCount(u64),
    HasValue(Term),
    Sparql {
        select: String,
        message: Option<String>,
    },
}

#[derive(Clone, Debug)]
struct Shape {
    /// Display name (compact IRI of the node shape).
    name: String,
    targets: Vec<Target>,
    /// SPARQL property path of a property shape.
    path: Option<String>,
    constraints: Vec<Constraint>,
    properties: Vec<Shape>,
    message: Option<String>,
    severity: String,
}

/// Regular expressions for the lexical forms the shapes ask for: SHACL's
/// `sh:datatype` also requires a well-formed literal.
fn lexical_pattern(dt: &str) -> Option<&'static str> {
    Some(match dt.strip_prefix(xsd::NAMESPACE)? {
        "decimal" => "^[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)$",
        "integer" => "^[+-]?[0-9]+$",
        "boolean" => "^(true|false|1|0)$",
        "gYear" => "^-?[0-9]{4,}(Z|[+-][0-9]{2}:[0-9]{2})?$",
        "gYearMonth" => "^-?[0-9]{4,}-(0[1-9]|1[0-2])(Z|[+-][0-9]{2}:[0-9]{2})?$",
        "date" => "^-?[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(Z|[+-][0-9]{2}:[0-9]{2})?$",
        "dateTime" => "^-?[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]([.][0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?$",
        _ => return None,
    })
}

fn sparql_string(s: &str) -> String {
    Literal::new_simple_literal(s).to_string()
}

impl Test {
    /// The SPARQL expression true when `var` passes.
    fn expr(&self, var: &str) -> String {
        match self {
            Test::Datatype(dt) => {
                let mut e = format!("isLiteral({var}) && datatype({var}) = {dt}");
                if let Some(p) = lexical_pattern(dt.as_str()) {
                    let _ = write!(e, " && regex(str({var}), {})", sparql_string(p));
                }
                if dt.as_ref() == rdf::LANG_STRING {
                    e = format!("isLiteral({var}) && lang({var}) != \"\"");
                }
                format!("COALESCE({e}, false)")
            }
            Test::Class(c) => format!(
                "EXISTS {{ {var} <{}>/<{}>* {c} }}",
                rdf::TYPE.as_str(),
                rdfs::SUB_CLASS_OF.as_str()
            ),
            Test::NodeKind(k) => match local_sh(k.as_str()) {
                "IRI" => format!("isIRI({var})"),
                "BlankNode" => format!("isBlank({var})"),
                "Literal" => format!("isLiteral({var})"),
                "BlankNodeOrIRI" => format!("(isBlank({var}) || isIRI({var}))"),
                "BlankNodeOrLiteral" => format!("(isBlank({var}) || isLiteral({var}))"),
                _ => format!("(isIRI({var}) || isLiteral({var}))"),
            },
            Test::Compare(_, op, lit) => format!("COALESCE({var} {op} {lit}, false)"),
            Test::In(terms) => {
                let alts: Vec<String> = terms
                    .iter()
                    .map(|t| format!("sameTerm({var}, {t})"))
                    .collect();
                format!("({})", alts.join(" || "))
            }
            Test::LanguageIn(tags) => {
                let alts: Vec<String> = tags
                    .iter()
                    .map(|t| format!("langMatches(lang({var}), {})", sparql_string(t)))
                    .collect();
                format!(
                    "COALESCE(isLiteral({var}) && ({}), false)",
                    alts.join(" || ")
                )
            }
            Test::Pattern(p, flags) => format!(
                "COALESCE(!isBlank({var}) && regex(str({var}), {}, {}), false)",
                sparql_string(p),
                sparql_string(flags.as_deref().unwrap_or(""))
            ),
            Test::Length(_, op, n) => {
                format!("COALESCE(!isBlank({var}) && strlen(str({var})) {op} {n}, false)")
            }
            Test::Or(alternatives) => {
                let alts: Vec<String> = alternatives
                    .iter()
                    .map(|tests| {
                        let all: Vec<String> = tests.iter().map(|t| t.expr(var)).collect();
                        if all.is_empty() {
                            "true".to_string()
                        } else {
                            format!("({})", all.join(" && "))
                        }
                    })
                    .collect();
                format!("({})", alts.join(" || "))
            }
        }
    }

    fn component(&self) -> &'static str {
        match self {
            Test::Datatype(_) => "DatatypeConstraintComponent",
            Test::Class(_) => "ClassConstraintComponent",
            Test::NodeKind(_) => "NodeKindConstraintComponent",
            Test::Compare(c, _, _) | Test::Length(c, _, _) => c,
            Test::In(_) => "InConstraintComponent",
            Test::LanguageIn(_) => "LanguageInConstraintComponent",
            Test::Pattern(..) => "PatternConstraintComponent",
            Test::Or(_) => "OrConstraintComponent",
        }
    }

    fn describe(&self) -> String {
        match self {
            Test::Datatype(dt) => {
                format!("value is not a well-formed {}", compact_iri(dt.as_str()))
            }
            Test::Class(c) => format!("value is not a {}", compact_iri(c.as_str())),
            Test::NodeKind(k) => format!("value is not of node kind {}", local_sh(k.as_str())),
            Test::Compare(_, op, lit) => format!("value is not {op} {}", lit.value()),
            Test::In(_) => "value is not one of the allowed values".into(),
            Test::LanguageIn(t) => format!("value is not in language {}", t.join(", ")),
            Test::Pattern(p, _) => format!("value does not match {p}"),
            Test::Length(_, op, n) => format!("value length is not {op} {n}"),
            Test::Or(_) => "value satisfies none of the alternatives".into(),
        }
    }
}

fn local_sh(iri: &str) -> &str {
    iri.strip_prefix(SH).unwrap_or(iri)
}

/// Reads the shapes graph.
struct Shapes<'a> {
    g: &'a Graph,
    name: &'a str,
}

impl<'a> Shapes<'a> {
    fn err(&self, message: impl Into<String>) -> Error {
        Error::bad_input(self.name, None, message)
    }

    fn objects(&self, s: NamedOrBlankNodeRef<'a>, p: &NamedNode) -> Vec<TermRef<'a>> {
        self.g.objects_for_subject_predicate(s, p).collect()
    }

    fn list(&self, head: TermRef<'a>) -> Result<Vec<TermRef<'a>>> {
        let mut out = Vec::new();
        let mut node = head;
        let mut guard = 0;
        while node != TermRef::from(rdf::NIL) {
            let s = as_subject(node).ok_or_else(|| self.err("malformed RDF list"))?;
            let first = self
                .g
                .object_for_subject_predicate(s, rdf::FIRST)
                .ok_or_else(|| self.err("malformed RDF list"))?;
            out.push(first);
            node = self
                .g
                .object_for_subject_predicate(s, rdf::REST)
                .ok_or_else(|| self.err("malformed RDF list"))?;
            guard += 1;
            if guard > 10_000 {
                return Err(self.err("cyclic RDF list"));
            }
        }
        Ok(out)
    }

    fn iri(&self, t: TermRef<'a>, what: &str) -> Result<NamedNode> {
        match t {
            TermRef::NamedNode(n) => Ok(n.into_owned()),
            other => Err(self.err(format!("{what} must be an IRI, not {other}"))),
        }
    }

    fn int(&self, t: TermRef<'a>, what: &str) -> Result<u64> {
        match t {
            TermRef::Literal(l) => l
                .value()
                .parse()
                .map_err(|_| self.err(format!("{what} must be an integer"))),
            other => Err(self.err(format!("{what} must be an integer, not {other}"))),
        }
    }

    fn string(&self, t: TermRef<'a>) -> String {
        match t {
            TermRef::Literal(l) => l.value().to_string(),
            other => other.to_string(),
        }
    }

    /// SPARQL property path of an `sh:path` value.
    fn path(&self, t: TermRef<'a>) -> Result<String> {
        if let TermRef::NamedNode(n) = t {
            return Ok(format!("<{}>", n.as_str()));
        }
        let s = as_subject(t).ok_or_else(|| self.err("sh:path must be an IRI or blank node"))?;
        if self.g.object_for_subject_predicate(s, rdf::FIRST).is_some() {
            let parts = self
                .list(t)?
                .into_iter()
                .map(|p| self.path(p))
                .collect::<Result<Vec<_>>>()?;
            return Ok(format!("({})", parts.join("/")));
        }
        for (p, make) in [
            ("inversePath", "^"),
            ("zeroOrMorePath", "*"),
            ("oneOrMorePath", "+"),
            ("zeroOrOnePath", "?"),
            ("alternativePath", "|"),
        ] {
            if let Some(o) = self.g.object_for_subject_predicate(s, &sh(p)) {
                return Ok(match make {
                    "^" => format!("^({})", self.path(o)?),
                    "|" => {
                        let parts = self
                            .list(o)?
                            .into_iter()
                            .map(|p| self.path(p))
                            .collect::<Result<Vec<_>>>()?;
                        format!("({})", parts.join("|"))
                    }
                    suffix => format!("({}){suffix}", self.path(o)?),
                });
            }
        }
        Err(self.err("unsupported sh:path"))
    }

    /// Value tests of a shape that may only hold value tests (an `sh:or`
    /// alternative).
    fn tests_only(&self, s: NamedOrBlankNodeRef<'a>) -> Result<Vec<Test>> {
        let shape = self.shape(s, "sh:or alternative".into(), None)?;
        if !shape.properties.is_empty() || !shape.targets.is_empty() {
            return Err(self.err("sh:or alternatives may only hold value constraints"));
        }
        shape
            .constraints
            .into_iter()
            .map(|c| match c {
                Constraint::Value(t) => Ok(t),
                _ => Err(self.err(
                    "sh:or alternatives may only hold value constraints (sh:class, sh:datatype, …)",
                )),
            })
            .collect()
    }

    /// Parses one shape (node or property shape) at `s`.
    fn shape(
        &self,
        s: NamedOrBlankNodeRef<'a>,
        name: String,
        inherited_severity: Option<&str>,
    ) -> Result<Shape> {
        let mut shape = Shape {
            name,
            targets: Vec::new(),
            path: None,
            constraints: Vec::new(),
            properties: Vec::new(),
            message: None,
            severity: inherited_severity.unwrap_or("Violation").to_string(),
        };
        let triples: Vec<_> = self.g.triples_for_subject(s).collect();
        // Flags of sh:pattern are read with it.
        let flags = self
            .g
            .object_for_subject_predicate(s, &sh("flags"))
            .map(|f| self.string(f));
        for t in &triples {
            let Some(local) = t.predicate.as_str().strip_prefix(SH) else {
                continue;
            };
            let o = t.object;
            match local {
                "targetClass" => shape
                    .targets
                    .push(Target::Class(self.iri(o, "sh:targetClass")?)),
                "targetNode" => shape.targets.push(Target::Node(o.into_owned())),
                "targetSubjectsOf" => shape
                    .targets
                    .push(Target::SubjectsOf(self.iri(o, "sh:targetSubjectsOf")?)),
                "targetObjectsOf" => shape
                    .targets
                    .push(Target::ObjectsOf(self.iri(o, "sh:targetObjectsOf")?)),
                "path" => shape.path = Some(self.path(o)?),
                "message" => shape.message = Some(self.string(o)),
                "severity" => {
                    shape.severity = local_sh(self.iri(o, "sh:severity")?.as_str()).to_string()
                }
                "datatype" | "class" | "nodeKind" | "minInclusive" | "maxInclusive"
                | "minExclusive" | "maxExclusive" | "minLength" | "maxLength" | "in"
                | "languageIn" | "pattern" | "or" => {
                    if let Some(test) = self.value_test(local, o, &flags)? {
                        shape.constraints.push(Constraint::Value(test));
                    }
                }
                "flags" => {}
                "minCount" => shape
                    .constraints
                    .push(Constraint::MinCount(self.int(o, "sh:minCount")?)),
                "maxCount" => shape
                    .constraints
                    .push(Constraint::MaxCount(self.int(o, "sh:maxCount")?)),
                "hasValue" => shape.constraints.push(Constraint::HasValue(o.into_owned())),
                "property" => {
                    let p = as_subject(o).ok_or_else(|| self.err("sh:property must be a shape"))?;
                    let sev = shape.severity.clone();
                    let prop = self.shape(p, shape.name.clone(), Some(&sev))?;
                    if prop.path.is_none() {
                        return Err(
                            self.err(format!("a property shape of {} has no sh:path", shape.name))
                        );
                    }
                    shape.properties.push(prop);
                }
                "sparql" => {
                    if let Some(c) = self.sparql_constraint(o)? {
                        shape.constraints.push(c);
                    }
                }
                // Annotations without effect on validation.
                "name" | "description" | "order" | "group" | "defaultValue" | "deactivated" => {}
                other => {
                    return Err(self.err(format!(
                        "sh:{other} is not supported by chainkg validate (shape {})",
                        shape.name
                    )))
                }
            }
        }
        Ok(shape)
    }

    /// The value test of constraint `sh:{local} o` (`flags`: the shape's
    /// `sh:flags`, read with `sh:pattern`), or `None` for a parameter that
    /// is not a value test.
    fn value_test(
        &self,
        local: &str,
        o: TermRef<'a>,
        flags: &Option<String>,
    ) -> Result<Option<Test>> {
        Ok(Some(match local {
            "datatype" => Test::Datatype(self.iri(o, "sh:datatype")?),
            "class" => Test::Class(self.iri(o, "sh:class")?),
            "nodeKind" => {
                let kind = self.iri(o, "sh:nodeKind")?;
                if !matches!(
                    local_sh(kind.as_str()),
                    "IRI"
                        | "BlankNode"
                        | "Literal"
                        | "BlankNodeOrIRI"
                        | "BlankNodeOrLiteral"
                        | "IRIOrLiteral"
                ) {
                    return Err(self.err(format!("unknown sh:nodeKind {kind}")));
                }
                Test::NodeKind(kind)
            }
            "minInclusive" | "maxInclusive" | "minExclusive" | "maxExclusive" => {
                let TermRef::Literal(l) = o else {
                    return Err(self.err(format!("sh:{local} must be a literal")));
                };
                let (component, op) = match local {
                    "minInclusive" => ("MinInclusiveConstraintComponent", ">="),
                    "maxInclusive" => ("MaxInclusiveConstraintComponent", "<="),
                    "minExclusive" => ("MinExclusiveConstraintComponent", ">"),
                    _ => ("MaxExclusiveConstraintComponent", "<"),
                };
                Test::Compare(component, op, l.into_owned())
            }
            "minLength" | "maxLength" => {
                let n = self.int(o, local)?;
                let (component, op) = if local == "minLength" {
                    ("MinLengthConstraintComponent", ">=")
                } else {
                    ("MaxLengthConstraintComponent", "<=")
                };
                Test::Length(component, op, n)
            }
            "in" => Test::In(self.list(o)?.into_iter().map(TermRef::into_owned).collect()),
            "languageIn" => {
                Test::LanguageIn(self.list(o)?.into_iter().map(|t| self.string(t)).collect())
            }
            "pattern" => Test::Pattern(self.string(o), flags.clone()),
            "or" => {
                let mut alternatives = Vec::new();
                for alt in self.list(o)? {
                    let a = as_subject(alt)
                        .ok_or_else(|| self.err("sh:or alternatives must be shapes"))?;
                    alternatives.push(self.tests_only(a)?);
                }
                Test::Or(alternatives)
            }
            _ => return Ok(None),
        }))
    }

    /// The SPARQL constraint at `o` (`None` when deactivated).
    fn sparql_constraint(&self, o: TermRef<'a>) -> Result<Option<Constraint>> {
        let c = as_subject(o).ok_or_else(|| self.err("sh:sparql must be a node"))?;
        if self
            .g
            .object_for_subject_predicate(c, &sh("deactivated"))
            .is_some_and(|d| self.string(d) == "true")
        {
            return Ok(None);
        }
        let select = self
            .g
            .object_for_subject_predicate(c, &sh("select"))
            .map(|q| self.string(q))
            .ok_or_else(|| self.err("sh:sparql without sh:select"))?;
        let mut prefixes = String::new();
        for p in self.objects(c, &sh("prefixes")) {
            prefixes.push_str(&self.declarations(p)?);
        }
        let message = self
            .g
            .object_for_subject_predicate(c, &sh("message"))
            .map(|m| self.string(m));
        Ok(Some(Constraint::Sparql {
            select: format!("{prefixes}{select}"),
            message,
        }))
    }

    /// `PREFIX` lines of the `sh:declare`s of a `sh:prefixes` node.
    fn declarations(&self, node: TermRef<'a>) -> Result<String> {
        let s = as_subject(node).ok_or_else(|| self.err("sh:prefixes must be a node"))?;
        let mut out = String::new();
        for d in self.objects(s, &sh("declare")) {
            let d = as_subject(d).ok_or_else(|| self.err("sh:declare must be a node"))?;
            let prefix = self.g.object_for_subject_predicate(d, &sh("prefix"));
            let ns = self.g.object_for_subject_predicate(d, &sh("namespace"));
            let (Some(prefix), Some(ns)) = (prefix, ns) else {
                return Err(self.err("sh:declare needs sh:prefix and sh:namespace"));
            };
            let _ = writeln!(out, "PREFIX {}: <{}>", self.string(prefix), self.string(ns));
        }
        Ok(out)
    }

    /// Every node shape: declared `sh:NodeShape`s and anything with a target.
    fn node_shapes(&self) -> Result<Vec<Shape>> {
        // Keyed by their text so the order (and the report) is stable.
        let mut roots: BTreeMap<String, NamedOrBlankNode> = BTreeMap::new();
        let node_shape = sh("NodeShape");
        for s in self.g.subjects_for_predicate_object(rdf::TYPE, &node_shape) {
            roots.insert(s.to_string(), s.into_owned());
        }
        for t in [
            "targetClass",
            "targetNode",
            "targetSubjectsOf",
            "targetObjectsOf",
        ] {
            for triple in self.g.triples_for_predicate(&sh(t)) {
                roots.insert(triple.subject.to_string(), triple.subject.into_owned());
            }
        }
        let mut shapes = Vec::new();
        for r in roots.values() {
            if self
                .g
                .object_for_subject_predicate(r, &sh("deactivated"))
                .is_some_and(|d| self.string(d) == "true")
            {
                continue;
            }
            let name = match r {
                NamedOrBlankNode::NamedNode(n) => shape_name(n.as_str()),
                NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
            };
            shapes.push(self.shape(r.as_ref(), name, None)?);
        }
        Ok(shapes)
    }
}

fn shape_name(iri: &str) -> String {
    iri.strip_prefix("https://w3id.org/chainkg/shapes#")
        .map_or_else(|| compact_iri(iri), |l| format!("cks:{l}"))
}

fn as_subject(t: TermRef<'_>) -> Option<NamedOrBlankNodeRef<'_>> {
    match t {
        TermRef::NamedNode(n) => Some(n.into()),
        TermRef::BlankNode(b) => Some(b.into()),
        _ => None,
    }
}

/// Parses a shapes graph (Turtle) and lists its node shapes.
fn parse_shapes(ttl: &str, name: &str) -> Result<Vec<Shape>> {
    let mut g = Graph::new();
    for q in RdfParser::from_format(RdfFormat::Turtle).for_slice(ttl.as_bytes()) {
        let q = q.map_err(|e| Error::bad_input(name, None, e.to_string()))?;
        g.insert(&oxigraph::model::Triple::new(
            q.subject,
            q.predicate,
            q.object,
        ));
    }
    Shapes { g: &g, name }.node_shapes()
}

/// The focus-node pattern of a shape, binding `?this`.
fn focus_pattern(targets: &[Target]) -> String {
    let parts: Vec<String> = targets
        .iter()
        .map(|t| match t {
            Target::Class(c) => format!(
                "{{ ?this <{}>/<{}>* {c} }}",
                rdf::TYPE.as_str(),
                rdfs::SUB_CLASS_OF.as_str()
            ),
            Target::Node(n) => format!("{{ VALUES ?this {{ {n} }} }}"),
            Target::SubjectsOf(p) => format!("{{ ?this {p} ?target_o }}"),
            Target::ObjectsOf(p) => format!("{{ ?target_s {p} ?this }}"),
        })
        .collect();
    format!(
        "{{ SELECT DISTINCT ?this WHERE {{ {} }} }}",
        parts.join(" UNION ")
    )
}

/// Fills `{?var}` / `{$var}` placeholders of a message.
fn fill(message: &str, vars: &BTreeMap<&str, String>) -> String {
    let mut m = message.to_string();
    for (k, v) in vars {
        m = m
            .replace(&format!("{{?{k}}}"), v)
            .replace(&format!("{{${k}}}"), v);
    }
    m
}

/// Validates the store (the union of its graphs) against the shapes in
/// `shapes_ttl`; `name` names the shapes file in errors.
pub fn validate(store: &Store, shapes_ttl: &str, name: &str) -> Result<Report> {
    let shapes = parse_shapes(shapes_ttl, name)?;
    let mut report = Report {
        shapes: shapes.len(),
        ..Report::default()
    };
    let mut results: BTreeSet<Violation> = BTreeSet::new();
    for shape in &shapes {
        if shape.targets.is_empty() {
            continue;
        }
        let focus = focus_pattern(&shape.targets);
        let mut focus_set: Option<BTreeSet<String>> = None;
        let mut jobs: Vec<(&Shape, &Constraint)> =
            shape.constraints.iter().map(|c| (shape, c)).collect();
        for p in &shape.properties {
            jobs.extend(p.constraints.iter().map(|c| (p, c)));
        }
        for (s, c) in jobs {
            report.constraints += 1;
            let path = s.path.as_deref();
            let (query, component, default_message) = match (c, path) {
                (Constraint::Value(t), Some(path)) => (
                    format!(
                        "SELECT DISTINCT ?this ?value WHERE {{ {focus} ?this {path} ?value FILTER(!({})) }}",
                        t.expr("?value")
                    ),
                    t.component(),
                    t.describe(),
                ),
                (Constraint::Value(t), None) => (
                    format!(
                        "SELECT DISTINCT ?this (?this AS ?value) WHERE {{ {focus} FILTER(!({})) }}",
                        t.expr("?this")
                    ),
                    t.component(),
                    t.describe().replacen("value", "node", 1),
                ),
                (Constraint::MinCount(n), Some(path)) => (
                    format!(
                        "SELECT ?this WHERE {{ {focus} OPTIONAL {{ ?this {path} ?value }} }} GROUP BY ?this HAVING (COUNT(DISTINCT ?value) < {n})"
                    ),
                    "MinCountConstraintComponent",
                    format!("fewer than {n} value(s)"),
                ),
                (Constraint::MaxCount(n), Some(path)) => (
                    format!(
                        "SELECT ?this WHERE {{ {focus} ?this {path} ?value }} GROUP BY ?this HAVING (COUNT(DISTINCT ?value) > {n})"
                    ),
                    "MaxCountConstraintComponent",
                    format!("more than {n} value(s)"),
                ),
                (Constraint::HasValue(v), Some(path)) => (
                    format!(
                        "SELECT ?this WHERE {{ {focus} FILTER NOT EXISTS {{ ?this {path} ?value FILTER(sameTerm(?value, {v})) }} }}"
                    ),
                    "HasValueConstraintComponent",
                    format!("no value {v}"),
                ),
                (Constraint::HasValue(v), None) => (
                    format!("SELECT ?this WHERE {{ {focus} FILTER(!sameTerm(?this, {v})) }}"),
                    "HasValueConstraintComponent",
                    format!("node is not {v}"),
                ),
                (Constraint::MinCount(_) | Constraint::MaxCount(_), None) => {
                    return Err(Error::bad_input(
                        name,
                        None,
                        format!("{}: sh:minCount/sh:maxCount need a property shape", s.name),
                    ))
                }
                (Constraint::Sparql { select: sparql, message }, _) => {
                    if path.is_some() {
                        return Err(Error::bad_input(
                            name,
                            None,
                            format!("{}: SPARQL constraints on property shapes are not supported", s.name),
                        ));
                    }
                    sparql_violations(
                        store,
                        s,
                        (sparql, message),
                        &focus,
                        &mut focus_set,
                        &mut results,
                    )?;
                    continue;
                }
            };
            for row in select(store, &query)? {
                let Some(this) = row.first().and_then(Option::as_ref) else {
                    continue;
                };
                let value = row.get(1).and_then(Option::as_ref).map(term_string);
                let mut vars = BTreeMap::new();
                if let Some(v) = &value {
                    vars.insert("value", display(v));
                }
                results.insert(Violation {
                    severity: s.severity.clone(),
                    focus: term_string(this),
                    label: None,
                    path: path.map(display_path),
                    value,
                    shape: s.name.clone(),
                    component: format!("sh:{component}"),
                    message: s
                        .message
                        .as_deref()
                        .map_or_else(|| default_message.clone(), |m| fill(m, &vars)),
                });
            }
        }
    }
    let mut results: Vec<Violation> = results.into_iter().collect();
    label_focus_nodes(store, &mut results)?;
    sort_violations(&mut results);
    report.conforms = results.is_empty();
    report.results = results;
    Ok(report)
}

/// The violations of a SPARQL constraint of shape `s`: rows of its
/// SELECT whose `?this` is one of the shape's focus nodes (read once per
/// shape into `focus_set`).
fn sparql_violations(
    store: &Store,
    s: &Shape,
    (sparql, message): (&str, &Option<String>),
    focus: &str,
    focus_set: &mut Option<BTreeSet<String>>,
    results: &mut BTreeSet<Violation>,
) -> Result<()> {
    let q = sparql.replace("$this", "?this");
    let focus_nodes = match focus_set {
        Some(f) => f,
        None => {
            let f = select(store, &format!("SELECT ?this WHERE {{ {focus} }}"))?
                .into_iter()
                .filter_map(|r| r[0].as_ref().map(term_string))
                .collect();
            focus_set.insert(f)
        }
    };
    let rows = sparql_rows(store, &q)?;
    for vars in rows {
        let Some(this) = vars.get("this").cloned() else {
            continue;
        };
        if !focus_nodes.contains(&this) {
            continue;
        }
        let shown: BTreeMap<&str, String> =
            vars.iter().map(|(k, v)| (k.as_str(), display(v))).collect();
        let msg = message.as_deref().or(s.message.as_deref()).map_or_else(
            || "SPARQL constraint violated".to_string(),
            |m| fill(m, &shown),
        );
        results.insert(Violation {
            severity: s.severity.clone(),
            focus: this,
            label: None,
            path: vars.get("path").map(|p| display(p)),
            value: vars.get("value").cloned(),
            shape: s.name.clone(),
            component: "sh:SPARQLConstraintComponent".into(),
            message: msg,
        });
    }
    Ok(())
}

/// Violations in report order: by focus node, shape, path, value.
fn sort_violations(results: &mut [Violation]) {
    results.sort_by(|a, b| {
        (&a.focus, &a.shape, &a.path, &a.value, &a.component).cmp(&(
            &b.focus,
            &b.shape,
            &b.path,
            &b.value,
            &b.component,
        ))
    });
}

/// `<iri>` paths shown with compact IRIs.
fn display_path(p: &str) -> String {
    let mut out = String::new();
    let mut rest = p;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        let Some(j) = rest[i..].find('>') else { break };
        out.push_str(&compact_iri(&rest[i + 1..i + j]));
        rest = &rest[i + j + 1..];
    }
    out.push_str(rest);
    out
}

/// Rows of a SELECT as variable → term string.
fn sparql_rows(store: &Store, q: &str) -> Result<Vec<BTreeMap<String, String>>> {
    let oxigraph::sparql::QueryResults::Solutions(sol) = store.query(q)? else {
        return Err(Error::evaluation_failed("sh:select must be a SELECT query"));
    };
    let mut rows = Vec::new();
    for s in sol {
        let s = s.map_err(Error::evaluation)?;
        rows.push(
            s.iter()
                .map(|(v, t)| (v.as_str().to_string(), term_string(t)))
                .collect(),
        );
    }
    Ok(rows)
}

fn label_focus_nodes(store: &Store, results: &mut [Violation]) -> Result<()> {
    let iris: BTreeSet<&str> = results
        .iter()
        .filter(|r| r.focus.contains("://"))
        .map(|r| r.focus.as_str())
        .collect();
    if iris.is_empty() {
        return Ok(());
    }
    let values: Vec<String> = iris.iter().map(|i| format!("<{i}>")).collect();
    let q = format!(
        "SELECT ?x (SAMPLE(?l) AS ?label) WHERE {{ VALUES ?x {{ {} }} ?x <{}> ?l }} GROUP BY ?x",
        values.join(" "),
        rdfs::LABEL.as_str()
    );
    let labels: BTreeMap<String, String> = select(store, &q)?
        .into_iter()
        .map(|r| (text(r[0].as_ref()), text(r[1].as_ref())))
        .collect();
    for r in results {
        r.label = labels.get(&r.focus).cloned();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_shapes_parse_and_use_only_supported_terms() {
        let shapes = parse_shapes(SHAPES, "ontology/shapes.ttl").unwrap();
        assert!(shapes.len() >= 20, "{}", shapes.len());
        assert!(shapes.iter().any(|s| s.name == "cks:FactGraph"));
    }

    #[test]
    fn unsupported_terms_are_refused_by_name() {
        let ttl = "@prefix sh: <http://www.w3.org/ns/shacl#> . <x:s> a sh:NodeShape ; sh:targetNode <x:a> ; sh:closed true .";
        let e = parse_shapes(ttl, "s.ttl").unwrap_err().to_string();
        assert!(e.contains("sh:closed") && e.contains("s.ttl"), "{e}");
    }

    #[test]
    fn paths_become_sparql_property_paths() {
        let ttl = "@prefix sh: <http://www.w3.org/ns/shacl#> .
            <x:s> a sh:NodeShape ; sh:targetNode <x:a> ;
              sh:property [ sh:path ( <x:p> [ sh:inversePath <x:q> ] ) ; sh:minCount 1 ] .";
        let shapes = parse_shapes(ttl, "s.ttl").unwrap();
        assert_eq!(
            shapes[0].properties[0].path.as_deref(),
            Some("(<x:p>/^(<x:q>))")
        );
    }
}
