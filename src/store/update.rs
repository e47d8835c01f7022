//! SPARQL 1.1 Update that keeps the store's default graph the union of its
//! named graphs plus its own triples (see [`crate::store`]).
//!
//! Oxigraph's own update evaluator writes the default graph as an ordinary
//! graph: dropping an article graph would leave its triples in the union,
//! and inserting into a graph would not show in it. So updates run here:
//! each operation is turned into the quads it inserts and deletes (a
//! `DELETE`/`INSERT … WHERE` evaluates its pattern with Oxigraph's query
//! evaluator, inside the same transaction, so it sees what the operations
//! before it wrote), and those go through the store's [`Writer`], which
//! keeps the copies right. The whole request is one transaction.
//!
//! What the default graph means for an update:
//! - inserting into a named graph adds the triple to the union; deleting
//!   it there removes it from the union unless another graph holds it;
//! - the default graph's own triples (provenance, other data) are
//!   inserted and deleted as usual, but a triple a named graph holds stays
//!   in the default graph (it is in their union): delete it from its graph;
//! - `CLEAR DEFAULT` removes the default graph's own triples, `DROP GRAPH`
//!   and `CLEAR GRAPH` a graph and what only it gave the union.
//!
//! `LOAD` is refused: files go in with `chainkg load`, which resolves their
//! names. Updates do not resolve names: what an update writes into an
//! article graph is read as that article's, and later loads resolve with it.

use crate::error::{Error, Result};
use crate::store::{evaluator, syntax_error, Store, Writer};
use oxigraph::model::{
    BlankNode, GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term, Variable,
};
use oxigraph::sparql::{CancellationToken, QueryResults, QuerySolution};
use spargebra::algebra::{GraphPattern, GraphTarget};
use spargebra::term::{
    GraphName as UGraphName, GraphNamePattern, GroundQuad, GroundQuadPattern, GroundTerm,
    GroundTermPattern, NamedNodePattern, QuadPattern, TermPattern,
};
use spargebra::GraphUpdateOperation;
use std::collections::HashMap;

/// Runs a SPARQL update on the store, all or nothing.
pub fn run(store: &Store, sparql: &str, cancel: Option<CancellationToken>) -> Result<()> {
    let mut parser = spargebra::SparqlParser::new();
    for (prefix, iri) in crate::model::vocab::PREFIXES {
        parser = parser
            .with_prefix(*prefix, *iri)
            .map_err(|e| Error::Usage(e.to_string()))?;
    }
    let update = parser.parse_update(sparql).map_err(syntax_error)?;
    let mut w = store.writer()?;
    for op in &update.operations {
        if let Some(token) = &cancel {
            if token.is_cancelled() {
                return Err(Error::evaluation_failed("the update was cancelled"));
            }
        }
        operation(&mut w, op, &update, &cancel)?;
    }
    w.commit()
}

fn failed(message: impl Into<String>) -> Error {
    Error::evaluation_failed(message)
}

fn operation(
    w: &mut Writer<'_>,
    op: &GraphUpdateOperation,
    update: &spargebra::Update,
    cancel: &Option<CancellationToken>,
) -> Result<()> {
    match op {
        GraphUpdateOperation::InsertData { data } => {
            let mut bnodes = HashMap::new();
            for q in data {
                let q = Quad::new(
                    fresh_subject(&q.subject, &mut bnodes),
                    q.predicate.clone(),
                    fresh_term(&q.object, &mut bnodes),
                    graph_name(&q.graph_name),
                );
                w.insert(q.as_ref());
            }
            Ok(())
        }
        GraphUpdateOperation::DeleteData { data } => {
            for q in data {
                w.remove(ground_quad(q).as_ref())?;
            }
            Ok(())
        }
        GraphUpdateOperation::DeleteInsert {
            delete,
            insert,
            using,
            pattern,
        } => {
            let (deletes, inserts) =
                delete_insert(w, delete, insert, using, pattern, update, cancel)?;
            for q in &deletes {
                w.remove(q.as_ref())?;
            }
            for q in &inserts {
                w.insert(q.as_ref());
            }
            Ok(())
        }
        GraphUpdateOperation::Load { .. } => Err(Error::Usage(
            "LOAD is not supported: load files with `chainkg load`, which resolves their names"
                .into(),
        )),
        GraphUpdateOperation::Clear { silent, graph } => clear(w, graph, *silent, false),
        GraphUpdateOperation::Drop { silent, graph } => clear(w, graph, *silent, true),
        GraphUpdateOperation::Create { silent, graph } => {
            if w.contains_graph(graph.as_ref().into())? {
                return match silent {
                    true => Ok(()),
                    false => Err(failed(format!("the graph {graph} already exists"))),
                };
            }
            w.create_graph(graph.as_ref().into());
            Ok(())
        }
    }
}

/// `CLEAR` (keeps the graphs' names) or `DROP`.
fn clear(w: &mut Writer<'_>, graph: &GraphTarget, silent: bool, drop: bool) -> Result<()> {
    match graph {
        GraphTarget::NamedNode(g) => {
            if !w.contains_graph(g.as_ref().into())? {
                return match silent {
                    true => Ok(()),
                    false => Err(failed(format!("the graph {g} does not exist"))),
                };
            }
            w.remove_graph(g.as_ref().into())?;
            if !drop {
                w.create_graph(g.as_ref().into());
            }
            Ok(())
        }
        GraphTarget::DefaultGraph => w.clear_default(),
        GraphTarget::NamedGraphs => w.clear_named(!drop),
        GraphTarget::AllGraphs => w.clear_all(),
    }
}

/// The quads a `DELETE`/`INSERT … WHERE` deletes and inserts: its pattern
/// evaluated once, then its templates filled with each solution (a
/// template with an unbound variable or an ill-formed quad is skipped, and
/// each solution gets fresh blank nodes).
fn delete_insert(
    w: &Writer<'_>,
    delete: &[GroundQuadPattern],
    insert: &[QuadPattern],
    using: &Option<spargebra::algebra::QueryDataset>,
    pattern: &GraphPattern,
    update: &spargebra::Update,
    cancel: &Option<CancellationToken>,
) -> Result<(Vec<Quad>, Vec<Quad>)> {
    let query = spargebra::Query::Select {
        dataset: using.clone(),
        pattern: pattern.clone(),
        base_iri: update.base_iri.clone(),
    };
    let mut ev = evaluator()?;
    if let Some(token) = cancel {
        ev = ev.with_cancellation_token(token.clone());
    }
    let results = ev
        .for_query(query)
        .on_transaction(w.transaction())
        .execute()
        .map_err(|e| failed(e.to_string()))?;
    let QueryResults::Solutions(solutions) = results else {
        return Err(failed("the WHERE pattern gave no solutions"));
    };
    let solutions: Vec<QuerySolution> = solutions
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| failed(e.to_string()))?;
    let mut deletes = Vec::new();
    let mut inserts = Vec::new();
    for s in &solutions {
        for t in delete {
            if let Some(q) = fill_ground(t, s) {
                deletes.push(q);
            }
        }
        let mut bnodes = HashMap::new();
        for t in insert {
            if let Some(q) = fill(t, s, &mut bnodes) {
                inserts.push(q);
            }
        }
    }
    Ok((deletes, inserts))
}

fn graph_name(g: &UGraphName) -> GraphName {
    match g {
        UGraphName::NamedNode(n) => n.clone().into(),
        UGraphName::DefaultGraph => GraphName::DefaultGraph,
    }
}

fn ground_quad(q: &GroundQuad) -> Quad {
    let object: Term = match &q.object {
        GroundTerm::NamedNode(n) => n.clone().into(),
        GroundTerm::Literal(l) => l.clone().into(),
    };
    Quad::new(
        q.subject.clone(),
        q.predicate.clone(),
        object,
        graph_name(&q.graph_name),
    )
}

fn fresh(b: &BlankNode, bnodes: &mut HashMap<BlankNode, BlankNode>) -> BlankNode {
    bnodes.entry(b.clone()).or_default().clone()
}

fn fresh_subject(
    s: &NamedOrBlankNode,
    bnodes: &mut HashMap<BlankNode, BlankNode>,
) -> NamedOrBlankNode {
    match s {
        NamedOrBlankNode::BlankNode(b) => fresh(b, bnodes).into(),
        other => other.clone(),
    }
}

fn fresh_term(t: &Term, bnodes: &mut HashMap<BlankNode, BlankNode>) -> Term {
    match t {
        Term::BlankNode(b) => fresh(b, bnodes).into(),
        other => other.clone(),
    }
}

fn bound<'s>(s: &'s QuerySolution, v: &Variable) -> Option<&'s Term> {
    s.get(v)
}

fn as_subject(t: Term) -> Option<NamedOrBlankNode> {
    match t {
        Term::NamedNode(n) => Some(n.into()),
        Term::BlankNode(b) => Some(b.into()),
        Term::Literal(_) => None,
    }
}

fn predicate(p: &NamedNodePattern, s: &QuerySolution) -> Option<NamedNode> {
    match p {
        NamedNodePattern::NamedNode(n) => Some(n.clone()),
        NamedNodePattern::Variable(v) => match bound(s, v)? {
            Term::NamedNode(n) => Some(n.clone()),
            _ => None,
        },
    }
}

fn graph(g: &GraphNamePattern, s: &QuerySolution) -> Option<GraphName> {
    match g {
        GraphNamePattern::NamedNode(n) => Some(n.clone().into()),
        GraphNamePattern::DefaultGraph => Some(GraphName::DefaultGraph),
        GraphNamePattern::Variable(v) => match bound(s, v)? {
            Term::NamedNode(n) => Some(n.clone().into()),
            Term::BlankNode(b) => Some(b.clone().into()),
            Term::Literal(_) => None,
        },
    }
}

fn ground_term(t: &GroundTermPattern, s: &QuerySolution) -> Option<Term> {
    match t {
        GroundTermPattern::NamedNode(n) => Some(n.clone().into()),
        GroundTermPattern::Literal(l) => Some(l.clone().into()),
        GroundTermPattern::Variable(v) => bound(s, v).cloned(),
    }
}

fn fill_ground(t: &GroundQuadPattern, s: &QuerySolution) -> Option<Quad> {
    Some(Quad::new(
        as_subject(ground_term(&t.subject, s)?)?,
        predicate(&t.predicate, s)?,
        ground_term(&t.object, s)?,
        graph(&t.graph_name, s)?,
    ))
}

fn term(
    t: &TermPattern,
    s: &QuerySolution,
    bnodes: &mut HashMap<BlankNode, BlankNode>,
) -> Option<Term> {
    match t {
        TermPattern::NamedNode(n) => Some(n.clone().into()),
        TermPattern::BlankNode(b) => Some(fresh(b, bnodes).into()),
        TermPattern::Literal(l) => Some(Term::from(Literal::clone(l))),
        TermPattern::Variable(v) => bound(s, v).cloned(),
    }
}

fn fill(
    t: &QuadPattern,
    s: &QuerySolution,
    bnodes: &mut HashMap<BlankNode, BlankNode>,
) -> Option<Quad> {
    Some(Quad::new(
        as_subject(term(&t.subject, s, bnodes)?)?,
        predicate(&t.predicate, s)?,
        term(&t.object, s, bnodes)?,
        graph(&t.graph_name, s)?,
    ))
}
