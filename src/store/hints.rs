//! Help for people writing queries: what went wrong, said in their terms.
//!
//! The project's prefixes are predeclared (see [`crate::model::vocab::PREFIXES`]),
//! so most queries need no `PREFIX` line. Around that:
//!
//! - a prefix that is neither predeclared nor declared in the query is
//!   named, with its line, instead of the parser's list of expected tokens;
//! - a `ck:` term that the vocabulary does not have (`ck:leadChain`) would
//!   silently match nothing: [`hints`] says so and suggests the nearest term
//!   (`did you mean ck:leadsChain?`), without changing the query or its
//!   result;
//! - `SELECT *` lists the variables in the order they first appear in the
//!   query (the evaluator's own order is its internal one).
//!
//! A light scanner reads the query for this (strings, IRIs and comments
//! skipped); the parser stays the judge of what is valid.

use crate::error::Error;
use crate::model::vocab::{ck, PREFIXES};
use oxigraph::sparql::{QueryResults, QuerySolutionIter, Variable};
use std::sync::Arc;

/// A token of a query, as far as the help needs one.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    /// `prefix:local` (local may be empty, as in a `PREFIX p:` line).
    Name {
        prefix: &'a str,
        local: &'a str,
        line: usize,
    },
    /// `<…>`, without the brackets.
    Iri(&'a str),
    /// `?name` or `$name`, without the sigil.
    Var(&'a str),
    /// A keyword or a number.
    Word(&'a str),
    /// Any other character outside strings and comments.
    Punct(char),
}

/// Characters of a prefix or keyword.
fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-' || c == '.' || !c.is_ascii()
}

/// The tokens of a query, with the line of each prefixed name.
fn tokens(query: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut chars = query.char_indices().peekable();
    let mut line = 1;
    while let Some((i, c)) = chars.next() {
        match c {
            '\n' => line += 1,
            c if c.is_whitespace() => {}
            '#' => while chars.next_if(|(_, c)| *c != '\n').is_some() {},
            '"' | '\'' => {
                let long = query[i..].starts_with(&c.to_string().repeat(3));
                if long {
                    chars.next();
                    chars.next();
                }
                let mut closing = 0;
                while let Some((_, d)) = chars.next() {
                    match d {
                        '\\' => {
                            chars.next();
                            closing = 0;
                        }
                        '\n' => {
                            line += 1;
                            closing = 0;
                        }
                        d if d == c => {
                            closing += 1;
                            if !long || closing == 3 {
                                break;
                            }
                        }
                        _ => closing = 0,
                    }
                }
            }
            '<' => {
                // An IRI has no spaces; `<` followed by one is less-than.
                let rest = &query[i + 1..];
                let end =
                    rest.find(|d: char| d == '>' || d.is_whitespace() || "<\"{}|^`".contains(d));
                match end {
                    Some(n) if rest[n..].starts_with('>') => {
                        out.push(Token::Iri(&rest[..n]));
                        for _ in 0..=rest[..n].chars().count() {
                            chars.next();
                        }
                    }
                    _ => out.push(Token::Punct('<')),
                }
            }
            '?' | '$' => {
                let start = i + 1;
                let mut end = start;
                while let Some((j, d)) =
                    chars.next_if(|(_, d)| d.is_alphanumeric() || *d == '_' || !d.is_ascii())
                {
                    end = j + d.len_utf8();
                }
                match end > start {
                    true => out.push(Token::Var(&query[start..end])),
                    false => out.push(Token::Punct(c)),
                }
            }
            '@' => {
                // A language tag (or a keyword-like `@prefix`): not a name.
                while chars
                    .next_if(|(_, d)| d.is_alphanumeric() || *d == '-')
                    .is_some()
                {}
            }
            c if c == ':' || is_name_char(c) => {
                let mut end = i + c.len_utf8();
                if c != ':' {
                    while let Some((j, d)) = chars.next_if(|(_, d)| is_name_char(*d)) {
                        end = j + d.len_utf8();
                    }
                }
                let word = &query[i..end];
                let colon = c == ':' || chars.next_if(|(_, d)| *d == ':').is_some();
                if !colon {
                    out.push(Token::Word(word));
                    continue;
                }
                let prefix = word.trim_end_matches(':');
                let local_start = chars.peek().map_or(query.len(), |(j, _)| *j);
                let mut local_end = local_start;
                while let Some((j, d)) =
                    chars.next_if(|(_, d)| is_name_char(*d) || *d == ':' || *d == '%' || *d == '\\')
                {
                    local_end = j + d.len_utf8();
                    if d == '\\' {
                        if let Some((k, e)) = chars.next() {
                            local_end = k + e.len_utf8();
                        }
                    }
                }
                // A local name does not end with a dot (the triple's end).
                let local = query[local_start..local_end].trim_end_matches('.');
                out.push(Token::Name {
                    prefix,
                    local,
                    line,
                });
            }
            c => out.push(Token::Punct(c)),
        }
    }
    out
}

/// The prefixes a query declares, with their namespaces.
fn declared<'a>(tokens: &[Token<'a>]) -> Vec<(&'a str, &'a str)> {
    tokens
        .windows(3)
        .filter_map(|w| match w {
            [Token::Word(k), Token::Name {
                prefix, local: "", ..
            }, Token::Iri(iri)]
                if k.eq_ignore_ascii_case("PREFIX") =>
            {
                Some((*prefix, *iri))
            }
            _ => None,
        })
        .collect()
}

/// The first prefix the query uses without a declaration (and that is not
/// one of the project's), with its line.
pub fn undeclared_prefix(query: &str) -> Option<(String, usize)> {
    let tokens = tokens(query);
    let declared = declared(&tokens);
    tokens.iter().find_map(|t| match t {
        Token::Name { prefix, line, .. }
            if *prefix != "_"
                && !declared.iter().any(|(p, _)| p == prefix)
                && !PREFIXES.iter().any(|(p, _)| p == prefix) =>
        {
            Some((prefix.to_string(), *line))
        }
        _ => None,
    })
}

/// The error for a query that does not parse: an undeclared prefix is
/// named with its line, other errors are the parser's (`error`).
pub fn syntax_error(query: &str, error: Error) -> Error {
    let Error::QuerySyntax(message) = &error else {
        return error;
    };
    let Some((prefix, line)) = undeclared_prefix(query) else {
        return error;
    };
    // The parser stops at or before the first undeclared prefix; a parse
    // error on an earlier line is another mistake.
    let error_line = message
        .strip_prefix("line ")
        .and_then(|rest| rest.split(',').next())
        .and_then(|l| l.trim().parse::<usize>().ok());
    if error_line.is_some_and(|l| l < line) {
        return error;
    }
    let known: Vec<&str> = PREFIXES.iter().map(|(p, _)| *p).collect();
    Error::QuerySyntax(format!(
        "line {line}: undeclared prefix {prefix}: (declare it with PREFIX {prefix}: <…>; \
         predeclared: {})",
        known.join(", ")
    ))
}

/// What a person should know about a query that parses: `ck:` terms the
/// vocabulary does not have, each with the nearest term. Empty for a query
/// without such slips. One line each, without a trailing period.
pub fn hints(query: &str) -> Vec<String> {
    let tokens = tokens(query);
    let declared = declared(&tokens);
    // `ck:` as the project means it (a query may bind it to another IRI).
    let ck_is_ours = declared
        .iter()
        .rfind(|(p, _)| *p == "ck")
        .is_none_or(|(_, iri)| *iri == ck::NAMESPACE);
    if !ck_is_ours {
        return Vec::new();
    }
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for t in &tokens {
        let Token::Name {
            prefix: "ck",
            local,
            line,
        } = t
        else {
            continue;
        };
        if local.is_empty() || ck::term(local).is_some() || seen.contains(local) {
            continue;
        }
        seen.push(local);
        let mut hint = format!("line {line}: ck:{local} is not in the vocabulary");
        if let Some(near) = nearest_term(local) {
            hint.push_str(&format!(": did you mean ck:{near}?"));
        }
        out.push(hint);
    }
    out
}

/// The vocabulary's local names (classes and properties).
fn vocabulary() -> impl Iterator<Item = &'static str> {
    ck::CLASSES
        .iter()
        .chain(ck::PROPERTIES)
        .filter_map(|t| t.as_str().strip_prefix(ck::NAMESPACE))
}

/// The `ck:` term nearest to a misspelled one, when one is near enough
/// (edits, case aside, within a third of its length and at least 2).
fn nearest_term(local: &str) -> Option<&'static str> {
    let lower = local.to_lowercase();
    let limit = (lower.chars().count() / 3).max(2);
    vocabulary()
        .map(|t| {
            (
                edit_distance(&lower, &t.to_lowercase()),
                edit_distance(local, t),
                t,
            )
        })
        .filter(|(d, _, _)| *d <= limit)
        .min()
        .map(|(_, _, t)| t)
}

/// Levenshtein distance over chars.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            let next = (row[j + 1] + 1).min(row[j] + 1).min(diagonal + cost);
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// For a `SELECT *` query, its variables in order of first appearance in
/// the query text; `None` for other queries or when the order is already
/// that one.
pub fn star_order(query: &str, variables: &[Variable]) -> Option<Vec<usize>> {
    let tokens = tokens(query);
    let select = tokens
        .iter()
        .position(|t| matches!(t, Token::Word(w) if w.eq_ignore_ascii_case("SELECT")))?;
    let star = tokens[select + 1..].iter().find(|t| {
        !matches!(t, Token::Word(w) if w.eq_ignore_ascii_case("DISTINCT") || w.eq_ignore_ascii_case("REDUCED"))
    });
    if star != Some(&Token::Punct('*')) {
        return None;
    }
    let first = |v: &Variable| {
        tokens
            .iter()
            .position(|t| *t == Token::Var(v.as_str()))
            .unwrap_or(usize::MAX)
    };
    let mut order: Vec<usize> = (0..variables.len()).collect();
    // Stable: variables not found in the text keep their order, last.
    order.sort_by_key(|&i| first(&variables[i]));
    order
        .iter()
        .enumerate()
        .any(|(k, i)| k != *i)
        .then_some(order)
}

/// The results of `query` with a `SELECT *` solution's variables in order
/// of first appearance (see [`star_order`]); other results unchanged.
pub fn in_order_of_appearance<'a>(query: &str, results: QueryResults<'a>) -> QueryResults<'a> {
    let QueryResults::Solutions(solutions) = results else {
        return results;
    };
    let Some(order) = star_order(query, solutions.variables()) else {
        return QueryResults::Solutions(solutions);
    };
    let variables: Arc<[Variable]> = order
        .iter()
        .map(|&i| solutions.variables()[i].clone())
        .collect();
    let rows = solutions.map(move |s| {
        s.map(|s| {
            order
                .iter()
                .map(|&i| s.values().get(i).cloned().flatten())
                .collect::<Vec<_>>()
        })
    });
    QueryResults::Solutions(QuerySolutionIter::from_tuples(variables, rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scanner_skips_strings_iris_and_comments() {
        let q = "PREFIX ex: <http://e/#x>\n# foo:bar in a comment\nSELECT ?a WHERE {\n  ?a ex:p \"x:y\" ; ck:name 'a\\'b:c' .\n  FILTER(?n < 3 && lang(?l) = \"zh\"@zh-Hans)\n}";
        let names: Vec<(&str, &str, usize)> = tokens(q)
            .into_iter()
            .filter_map(|t| match t {
                Token::Name {
                    prefix,
                    local,
                    line,
                } => Some((prefix, local, line)),
                _ => None,
            })
            .collect();
        assert_eq!(
            names,
            vec![("ex", "", 1), ("ex", "p", 4), ("ck", "name", 4)]
        );
        assert_eq!(declared(&tokens(q)), vec![("ex", "http://e/#x")]);
    }

    #[test]
    fn an_undeclared_prefix_is_named_with_its_line() {
        assert_eq!(undeclared_prefix("SELECT * { ?s ck:name ?n }"), None);
        assert_eq!(
            undeclared_prefix("SELECT * {\n ?s ck:name ?n .\n ?s foaf:knows _:b }"),
            Some(("foaf".to_string(), 3))
        );
        assert_eq!(
            undeclared_prefix(
                "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nSELECT * { ?s foaf:knows ?o }"
            ),
            None
        );
        assert_eq!(
            undeclared_prefix("SELECT * { ?s :p ?o }"),
            Some((String::new(), 1))
        );
        let parser = Error::QuerySyntax("line 3, column 10: expected OPTIONAL".into());
        let e = syntax_error(
            "SELECT ?z WHERE {\n ?z ck:leadsChain ?c .\n ?c ex:x ?d }",
            parser,
        );
        assert_eq!(
            e.to_string(),
            "SPARQL syntax error: line 3: undeclared prefix ex: (declare it with PREFIX ex: <…>; \
             predeclared: ck, id, rdf, rdfs, xsd, skos, dcterms, prov, unit)"
        );
        // A parse error before the prefix is another mistake: kept as is.
        let parser = Error::QuerySyntax("line 1, column 3: expected SELECT".into());
        let e = syntax_error("SELEC ?z WHERE {\n ?z ex:x ?d }", parser);
        assert_eq!(
            e.to_string(),
            "SPARQL syntax error: line 1, column 3: expected SELECT"
        );
    }

    #[test]
    fn an_unknown_ck_term_gets_the_nearest_one() {
        assert_eq!(
            hints("SELECT ?z ?c WHERE {\n ?z ck:leadChain ?c ; a ck:zone ; ck:name ?n .\n ?z ck:leadChain ?d }"),
            vec![
                "line 2: ck:leadChain is not in the vocabulary: did you mean ck:leadsChain?",
                "line 2: ck:zone is not in the vocabulary: did you mean ck:Zone?",
            ]
        );
        assert_eq!(
            hints("SELECT * { ?z ck:xyzzyPlugh ?c }"),
            vec!["line 1: ck:xyzzyPlugh is not in the vocabulary"]
        );
        assert!(hints("SELECT * { ?z ck:leadsChain ?c ; ck:investment ?i }").is_empty());
        // ck: bound to another namespace is not ours to check.
        assert!(hints("PREFIX ck: <http://other/>\nSELECT * { ?z ck:leadChain ?c }").is_empty());
    }

    #[test]
    fn select_star_keeps_the_order_of_appearance() {
        let vars: Vec<Variable> = ["a", "chain", "zone"]
            .iter()
            .map(|v| Variable::new_unchecked(*v))
            .collect();
        let q = "SELECT * WHERE { ?zone ck:leadsChain ?chain . ?chain rdfs:label ?a }";
        assert_eq!(star_order(q, &vars), Some(vec![2, 1, 0]));
        let q = "select distinct * { ?zone ck:leadsChain $chain . ?chain rdfs:label ?a }";
        assert_eq!(star_order(q, &vars), Some(vec![2, 1, 0]));
        // Already in order, or an explicit projection: left alone.
        assert_eq!(star_order("SELECT * { ?a ?chain ?zone }", &vars), None);
        assert_eq!(
            star_order("SELECT ?a ?chain ?zone { ?zone ?chain ?a }", &vars),
            None
        );
    }
}
