//! The explorer behind the page at `/`: its assets and a small JSON API.
//!
//! - `GET /assets/explorer.js`, `/assets/explorer.css`, `/favicon.svg`:
//!   the page's script, style and icon, compiled into the binary (no CDN).
//! - `GET /api/vocabulary`: the prefixes and the terms the query editor
//!   completes (`ck:` terms of the vocabulary, the standard terms used).
//! - `GET /api/search?q=NAME`: entities whose label or alternative name
//!   contains `q`, best matches first.
//! - `GET /api/entity?iri=IRI`: an entity's class, names and facts in both
//!   directions, each with where it was read (article, sentence, span,
//!   rule); for a zone also the table of its enterprises and projects
//!   (its parts' included) with their values.
//! - `GET /api/diagram?iri=IRI` (or `zone=LABEL`, `industry=LABEL`): the
//!   chain diagram of a zone or an industry as SVG, rendered by Graphviz
//!   `dot` on the server, every node a link to its entity page.
//!
//! Every answer is read with the server's time limit like a query.

use super::watchdog::Deadline;
use super::{with_time_limit, Incoming, Reply, State};
use crate::error::Error;
use crate::export::dot::{self, DotOptions};
use crate::model::iri::sentence_span;
use crate::model::vocab;
use crate::store::QueryOptions;
use oxigraph::model::{Literal, NamedNode, Term};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

const SCRIPT: &str = include_str!("explorer.js");
const STYLE: &str = include_str!("explorer.css");
const ICON: &str = include_str!("favicon.svg");

/// True when `path` is served here.
pub(super) fn serves(path: &str) -> bool {
    path.starts_with("/api/")
        || path.starts_with("/assets/")
        || matches!(path, "/favicon.svg" | "/favicon.ico")
}

/// Answers a request for one of the paths of [`serves`].
pub(super) fn handle(state: &Arc<State>, rq: &Incoming) -> Reply {
    if !matches!(rq.method.as_str(), "GET" | "HEAD") {
        return Reply::error(405, format!("{} is not allowed on {}", rq.method, rq.path))
            .header("Allow", "GET, OPTIONS");
    }
    let params: Vec<(String, String)> = form_urlencoded::parse(rq.query.as_bytes())
        .into_owned()
        .collect();
    let param = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_string())
    };
    match rq.path.as_str() {
        "/assets/explorer.js" => asset("text/javascript; charset=utf-8", SCRIPT),
        "/assets/explorer.css" => asset("text/css; charset=utf-8", STYLE),
        "/favicon.svg" | "/favicon.ico" => asset("image/svg+xml", ICON),
        "/api/vocabulary" => vocabulary(),
        "/api/search" => {
            let q = param("q").unwrap_or_default();
            api(state, "search", move |s, d| search(s, d, &q))
        }
        "/api/entity" => match param("iri").map(NamedNode::new) {
            Some(Ok(iri)) => api(state, "entity", move |s, d| entity(s, d, &iri)),
            Some(Err(e)) => Reply::error(400, format!("iri= is not an IRI: {e}")),
            None => Reply::error(400, "missing iri=: the entity to show"),
        },
        "/api/diagram" => {
            let target = match (param("iri"), param("zone"), param("industry")) {
                (Some(iri), _, _) => Target::Iri(iri),
                (None, Some(z), _) => Target::Zone(z),
                (None, None, Some(i)) => Target::Industry(i),
                (None, None, None) => {
                    return Reply::error(400, "missing iri=, zone= or industry=: what to draw")
                }
            };
            with_time_limit(state, move |s, _| {
                diagram(s, &target).unwrap_or_else(|e| e).op("diagram")
            })
        }
        path => Reply::error(404, format!("no such page: {path} (try / or /sparql)")),
    }
}

fn asset(content_type: &'static str, body: &str) -> Reply {
    Reply::new(200, content_type, body.as_bytes().to_vec())
        .header("Cache-Control", "no-cache")
        .op("asset")
}

/// `GET /api/vocabulary`: what the query editor completes.
fn vocabulary() -> Reply {
    use vocab::ck;
    let ck_terms: Vec<&str> = ck::CLASSES
        .iter()
        .chain(ck::PROPERTIES)
        .filter_map(|t| ck::local_name_of(*t))
        .collect();
    let prefixes: Map<String, Value> = vocab::PREFIXES
        .iter()
        .map(|(p, ns)| (p.to_string(), Value::String(ns.to_string())))
        .collect();
    use vocab::unit as u;
    let units: Vec<&str> = [
        u::TONNE,
        u::KILO_GM,
        u::M3,
        u::L,
        u::M2,
        u::KILO_M2,
        u::HA,
        u::M,
        u::KILO_M,
        u::PERCENT,
        u::NUM,
        u::KILO_W,
        u::MEGA_W,
        u::KILO_W_HR,
        u::MEGA_W_HR,
        u::GIGA_W_HR,
    ]
    .iter()
    .filter_map(|t| t.as_str().strip_prefix(u::NAMESPACE))
    .collect();
    let body = json!({
        "prefixes": prefixes,
        "terms": {
            "ck": ck_terms,
            "rdf": ["type"],
            "rdfs": ["label", "comment"],
            "skos": ["altLabel"],
            "dcterms": ["title", "creator", "publisher", "date", "source"],
            "prov": ["wasDerivedFrom"],
            "xsd": ["decimal", "integer", "string", "date", "gYearMonth"],
            "unit": units,
        },
    });
    Reply::new(
        200,
        "application/json; charset=utf-8",
        body.to_string().into_bytes(),
    )
    .op("vocabulary")
}

/// Runs `work` under the time limit and answers its JSON.
fn api(
    state: &Arc<State>,
    op: &'static str,
    work: impl FnOnce(&State, &Deadline) -> Result<Value, Error> + Send + 'static,
) -> Reply {
    with_time_limit(state, move |s, d| {
        match work(s, d) {
            Ok(v) => Reply::new(
                200,
                "application/json; charset=utf-8",
                v.to_string().into_bytes(),
            ),
            Err(_) if d.expired() => super::timeout_reply(s),
            Err(e) => Reply::error(500, e.to_string()),
        }
        .op(op)
    })
}

type Row = Vec<Option<Term>>;

/// A SELECT under the deadline: rows of the variables in order.
fn select(state: &State, deadline: &Deadline, query: &str) -> Result<Vec<Row>, Error> {
    let opts = QueryOptions {
        cancel: Some(deadline.token()),
        ..QueryOptions::default()
    };
    let full = format!("{}{query}", crate::export::prefixes());
    state.store.select(&full, &opts)
}

/// The lexical text of a term (IRI string, literal value).
fn text(t: &Option<Term>) -> Option<String> {
    match t {
        Some(Term::NamedNode(n)) => Some(n.as_str().to_string()),
        Some(Term::Literal(l)) => Some(l.value().to_string()),
        Some(Term::BlankNode(b)) => Some(format!("_:{}", b.as_str())),
        _ => None,
    }
}

/// The local name of a `ck:` IRI, else the IRI.
fn local(iri: &str) -> String {
    iri.strip_prefix(vocab::ck::NAMESPACE)
        .unwrap_or(iri)
        .to_string()
}

fn number(t: &Option<Term>) -> Option<f64> {
    text(t).and_then(|v| v.parse().ok())
}

/// `GET /api/search?q=`: up to 40 entities whose names contain `q`
/// (case-insensitive), exact names first, then names starting with `q`.
fn search(state: &State, deadline: &Deadline, q: &str) -> Result<Value, Error> {
    if q.is_empty() {
        return Ok(json!({ "query": q, "results": [] }));
    }
    let needle = Literal::new_simple_literal(q.to_lowercase()).to_string();
    let rows = select(
        state,
        deadline,
        &format!(
            "SELECT ?e ?l ?c ?n WHERE {{
               ?e rdfs:label|skos:altLabel ?n . FILTER(CONTAINS(LCASE(STR(?n)), {needle}))
               ?e rdfs:label ?l .
               OPTIONAL {{ ?e a ?c FILTER(STRSTARTS(STR(?c), STR(ck:))) }}
               FILTER NOT EXISTS {{ ?e a ck:Article }}
             }}"
        ),
    )?;
    let lower = q.to_lowercase();
    // entity → (rank, label, class, matched name)
    let mut best: BTreeMap<String, (u8, String, String, String)> = BTreeMap::new();
    for row in &rows {
        let (Some(e), Some(l), Some(n)) = (text(&row[0]), text(&row[1]), text(&row[3])) else {
            continue;
        };
        let class = text(&row[2]).map(|c| local(&c)).unwrap_or_default();
        let name = n.to_lowercase();
        let rank = if name == lower {
            0
        } else if name.starts_with(&lower) {
            1
        } else {
            2
        };
        let entry = best
            .entry(e)
            .or_insert_with(|| (rank, l.clone(), class.clone(), n.clone()));
        if rank < entry.0 {
            *entry = (rank, l, class, n);
        } else if entry.2.is_empty() {
            entry.2 = class;
        }
    }
    let mut hits: Vec<_> = best.into_iter().collect();
    hits.sort_by(|a, b| {
        (a.1 .0, a.1 .1.chars().count(), &a.1 .1).cmp(&(b.1 .0, b.1 .1.chars().count(), &b.1 .1))
    });
    let total = hits.len();
    let results: Vec<Value> = hits
        .into_iter()
        .take(40)
        .map(|(iri, (_, label, class, name))| {
            json!({ "iri": iri, "label": label, "class": class, "name": name })
        })
        .collect();
    Ok(json!({ "query": q, "total": total, "results": results }))
}

/// One fact of an entity, grouped over the rows that tell it.
struct Fact {
    dir: &'static str,
    property: String,
    other: Value,
    other_iri: Option<String>,
    prov: BTreeMap<String, Value>,
}

/// The facts of entity `e` (an IRI in `<>`) in both directions, each with
/// the provenance of every fact graph that tells it.
fn entity_facts(
    state: &State,
    deadline: &Deadline,
    e: &str,
) -> Result<BTreeMap<(String, String, String), Fact>, Error> {
    let kinds = dot::capacity_kinds(&state.store)?;
    let mut facts: BTreeMap<(String, String, String), Fact> = BTreeMap::new();
    for (dir, pattern) in [("out", format!("{e} ?p ?o")), ("in", format!("?o ?p {e}"))] {
        let rows = select(
            state,
            deadline,
            &format!(
                "SELECT ?p ?o ?ol ?oc ?v ?u ?nm ?yr ?g ?a ?title ?src ?rule ?text ?s ?ev WHERE {{
                   {pattern} .
                   FILTER(?p NOT IN (rdf:type, rdfs:label, skos:altLabel, owl:sameAs,
                     ck:inArticle, prov:wasDerivedFrom, ck:rule, ck:evidence))
                   OPTIONAL {{ ?o rdfs:label ?ol }}
                   OPTIONAL {{ ?o dcterms:title ?ol }}
                   OPTIONAL {{ ?o a ?oc FILTER(STRSTARTS(STR(?oc), STR(ck:))) }}
                   OPTIONAL {{ ?o ck:value ?v }}
                   OPTIONAL {{ ?o ck:unit ?u }}
                   OPTIONAL {{ ?o ck:name ?nm }}
                   OPTIONAL {{ ?o ck:year ?yr }}
                   OPTIONAL {{
                     GRAPH ?g {{ {pattern} }}
                     ?g prov:wasDerivedFrom ?s ; ck:rule ?rule .
                     ?s ck:inArticle ?a .
                     OPTIONAL {{ ?s ck:text ?text }}
                     OPTIONAL {{ ?g ck:evidence ?ev }}
                     OPTIONAL {{ ?a dcterms:title ?title }}
                     OPTIONAL {{ ?a dcterms:source ?src }}
                   }}
                 }} LIMIT 5000"
            )
            .replace("owl:sameAs", "<http://www.w3.org/2002/07/owl#sameAs>"),
        )?;
        for row in &rows {
            let (Some(p), Some(o)) = (text(&row[0]), row[1].as_ref()) else {
                continue;
            };
            // `hostsEnterprise` for ck: terms, `dcterms:title` for others.
            let property = match p.strip_prefix(vocab::ck::NAMESPACE) {
                Some(name) => name.to_string(),
                None => crate::export::compact_iri(&p),
            };
            let key = (dir.to_string(), property.clone(), o.to_string());
            let fact = facts.entry(key).or_insert_with(|| {
                let (other, other_iri) = other_value(&property, o, row, &kinds);
                Fact {
                    dir,
                    property: property.clone(),
                    other,
                    other_iri,
                    prov: BTreeMap::new(),
                }
            });
            // An entity of several classes comes in several rows.
            if fact.other_iri.is_some() {
                if let (Some(c), Some(m)) = (text(&row[3]), fact.other.as_object_mut()) {
                    if m.get("class").is_none_or(Value::is_null) {
                        m.insert("class".into(), Value::String(local(&c)));
                    }
                }
            }
            if let Some(g) = text(&row[8]) {
                // The sentence's IRI is its span in the source.
                let span = text(&row[14]).and_then(|s| sentence_span(&s));
                fact.prov.entry(g).or_insert_with(|| {
                    json!({
                        "article": text(&row[9]),
                        "title": text(&row[10]),
                        "source": text(&row[11]),
                        "rule": text(&row[12]),
                        "sentence": text(&row[13]),
                        "start": span.map(|(start, _)| start),
                        "end": span.map(|(_, end)| end),
                        "evidence": text(&row[15]),
                    })
                });
            }
        }
    }
    Ok(facts)
}

/// `GET /api/entity?iri=`.
fn entity(state: &State, deadline: &Deadline, iri: &NamedNode) -> Result<Value, Error> {
    let e = iri.to_string();
    let own = select(
        state,
        deadline,
        &format!(
            "SELECT ?k ?v WHERE {{
               {{ {e} rdfs:label ?v BIND(\"label\" AS ?k) }}
               UNION {{ {e} skos:altLabel ?v BIND(\"alt\" AS ?k) }}
               UNION {{ {e} a ?v BIND(\"class\" AS ?k) }}
               UNION {{ {e} dcterms:title ?v BIND(\"title\" AS ?k) }}
               UNION {{ {e} dcterms:source ?v BIND(\"source\" AS ?k) }}
             }}"
        ),
    )?;
    let (mut label, mut names, mut classes) = (None, BTreeSet::new(), BTreeSet::new());
    let mut meta = Map::new();
    for row in &own {
        let (Some(k), Some(v)) = (text(&row[0]), text(&row[1])) else {
            continue;
        };
        match k.as_str() {
            "label" => label = Some(v),
            "alt" => {
                names.insert(v);
            }
            "class" => {
                classes.insert(local(&v));
            }
            other => {
                meta.insert(other.to_string(), Value::String(v));
            }
        }
    }
    let exists = label.is_some() || !classes.is_empty() || !meta.is_empty();
    if !exists {
        let any = select(
            state,
            deadline,
            &format!("SELECT ?x WHERE {{ {{ {e} ?p ?x }} UNION {{ ?x ?p {e} }} }} LIMIT 1"),
        )?;
        if any.is_empty() {
            return Ok(json!({ "iri": iri.as_str(), "found": false }));
        }
    }

    let facts = entity_facts(state, deadline, &e)?;

    // Every name of the entity and of the entities it is linked with: the
    // page highlights them in the sentences.
    let mut linked: BTreeSet<String> = facts.values().filter_map(|f| f.other_iri.clone()).collect();
    linked.insert(iri.as_str().to_string());
    let mut all_names: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let list: Vec<String> = linked.iter().take(400).map(|i| format!("<{i}>")).collect();
    if !list.is_empty() {
        let rows = select(
            state,
            deadline,
            &format!(
                "SELECT ?x ?n WHERE {{ VALUES ?x {{ {} }} ?x rdfs:label|skos:altLabel ?n }}",
                list.join(" ")
            ),
        )?;
        for row in &rows {
            if let (Some(x), Some(n)) = (text(&row[0]), text(&row[1])) {
                all_names.entry(x).or_default().insert(n);
            }
        }
    }
    let own_names = all_names.get(iri.as_str()).cloned().unwrap_or_default();

    let mut out_facts = Vec::new();
    let mut articles = Vec::new();
    for fact in facts.into_values() {
        if fact.property == "mentionedIn" && fact.dir == "out" {
            articles.push(fact.other);
            continue;
        }
        let mut marks: BTreeSet<String> = own_names.clone();
        if let Some(o) = &fact.other_iri {
            marks.extend(all_names.get(o).cloned().unwrap_or_default());
        }
        let prov: Vec<Value> = fact
            .prov
            .into_values()
            .map(|mut p| {
                let mut m = marks.clone();
                if let Some(ev) = p.get("evidence").and_then(Value::as_str) {
                    m.insert(ev.to_string());
                }
                p["marks"] = json!(m.into_iter().collect::<Vec<_>>());
                p
            })
            .collect();
        out_facts.push(json!({
            "dir": fact.dir,
            "property": fact.property,
            "other": fact.other,
            "provenance": prov,
        }));
    }
    let main_class = ["Zone", "Industry", "Enterprise", "Project", "Product"]
        .into_iter()
        .find(|c| classes.contains(*c))
        .or_else(|| classes.iter().next().map(String::as_str))
        .unwrap_or("")
        .to_string();
    let mut answer = json!({
        "iri": iri.as_str(),
        "found": true,
        "label": label,
        "names": names.into_iter().collect::<Vec<_>>(),
        "classes": classes.iter().collect::<Vec<_>>(),
        "class": main_class,
        "meta": meta,
        "facts": out_facts,
        "articles": articles,
    });
    if main_class == "Zone" {
        answer["zone"] = zone_tables(state, deadline, iri)?;
    }
    Ok(answer)
}

/// The other end of a fact: an entity (IRI, label, class), a value node
/// (capacity, indicator) or a literal, with a display text in the
/// contract's units.
fn other_value(
    property: &str,
    o: &Term,
    row: &Row,
    kinds: &BTreeMap<String, dot::CapacityKind>,
) -> (Value, Option<String>) {
    match o {
        Term::Literal(l) => {
            let v = l.value();
            let shown = match (property, v.parse::<f64>()) {
                ("investment", Ok(x)) => dot::yuan(x),
                ("landArea" | "floorArea", Ok(x)) => dot::area(x),
                ("progress", Ok(x)) => format!("{}%", fmt_num(x * 100.0)),
                _ => v.to_string(),
            };
            (
                json!({ "value": v, "datatype": l.datatype().as_str(), "display": shown }),
                None,
            )
        }
        Term::NamedNode(n) if row[4].is_some() || row[6].is_some() => {
            // A capacity or indicator node: value, unit, name, year.
            let value = number(&row[4]);
            let unit = text(&row[5]).map(|u| crate::export::local(&u).to_string());
            let mut shown = match (property, value, unit.as_deref()) {
                ("annualCapacity", Some(x), Some(u)) => dot::capacity(
                    x,
                    u,
                    kinds
                        .get(n.as_str())
                        .copied()
                        .unwrap_or(dot::CapacityKind::Production),
                ),
                (_, Some(x), Some("PERCENT")) => format!("{}%", fmt_num(x)),
                (_, Some(x), None) if x.abs() < 1.0 => format!("{}%", fmt_num(x * 100.0)),
                (_, Some(x), Some(u)) if u != "NUM" => format!("{} {u}", fmt_num(x)),
                (_, Some(x), _) => fmt_num(x),
                _ => String::new(),
            };
            if let Some(name) = text(&row[6]) {
                shown = format!("{name}: {shown}");
            }
            if let Some(year) = text(&row[7]) {
                shown = format!("{shown} ({year})");
            }
            (
                json!({ "node": n.as_str(), "value": value, "unit": unit, "display": shown }),
                None,
            )
        }
        Term::NamedNode(n) => (
            json!({ "iri": n.as_str(), "label": text(&row[2]) }),
            Some(n.as_str().to_string()),
        ),
        other => (
            json!({ "value": other.to_string(), "display": other.to_string() }),
            None,
        ),
    }
}

/// `12.5`, `3`: no trailing zeros.
fn fmt_num(x: f64) -> String {
    let s = format!("{x:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

/// A zone's enterprises and projects, its parts' included.
fn zone_tables(state: &State, deadline: &Deadline, zone: &NamedNode) -> Result<Value, Error> {
    let z = zone.to_string();
    let kinds = dot::capacity_kinds(&state.store)?;
    let rows = select(
        state,
        deadline,
        &format!(
            "SELECT ?part ?pl ?e ?el ?ind ?il WHERE {{
               ?part ck:partOfZone* {z} ; ck:hostsEnterprise ?e .
               ?part rdfs:label ?pl . ?e rdfs:label ?el .
               OPTIONAL {{ ?e ck:leadsChain ?ind . ?ind rdfs:label ?il }}
             }}"
        ),
    )?;
    let mut enterprises: BTreeMap<String, Value> = BTreeMap::new();
    for row in &rows {
        let (Some(part), Some(pl), Some(e), Some(el)) =
            (text(&row[0]), text(&row[1]), text(&row[2]), text(&row[3]))
        else {
            continue;
        };
        let entry = enterprises.entry(e.clone()).or_insert_with(
            || json!({ "iri": e, "label": el, "zone": { "iri": part, "label": pl }, "leads": [] }),
        );
        if let (Some(i), Some(il), Some(Value::Array(leads))) =
            (text(&row[4]), text(&row[5]), entry.get_mut("leads"))
        {
            let item = json!({ "iri": i, "label": il });
            if !leads.contains(&item) {
                leads.push(item);
            }
        }
    }
    let rows = select(
        state,
        deadline,
        &format!(
            "SELECT ?part ?pl ?p ?plabel ?owner ?ol ?inv ?land ?floor ?date ?cv ?cu ?c WHERE {{
               ?part ck:partOfZone* {z} ; ck:hostsProject ?p .
               ?part rdfs:label ?pl . ?p rdfs:label ?plabel .
               OPTIONAL {{ ?p ck:ownedBy ?owner . ?owner rdfs:label ?ol }}
               OPTIONAL {{ ?p ck:investment ?inv }}
               OPTIONAL {{ ?p ck:landArea ?land }}
               OPTIONAL {{ ?p ck:floorArea ?floor }}
               OPTIONAL {{ ?p ck:operationDate ?date }}
               OPTIONAL {{ ?p ck:annualCapacity ?c . ?c ck:value ?cv . OPTIONAL {{ ?c ck:unit ?cu }} }}
             }}"
        ),
    )?;
    let mut projects: BTreeMap<String, Value> = BTreeMap::new();
    for row in &rows {
        let (Some(part), Some(pl), Some(p), Some(plabel)) =
            (text(&row[0]), text(&row[1]), text(&row[2]), text(&row[3]))
        else {
            continue;
        };
        let shown = |v: Option<f64>, f: fn(f64) -> String| v.map(f);
        let capacity = match (number(&row[10]), text(&row[11])) {
            (Some(v), Some(u)) => Some(dot::capacity(
                v,
                crate::export::local(&u),
                text(&row[12])
                    .and_then(|c| kinds.get(&c).copied())
                    .unwrap_or(dot::CapacityKind::Production),
            )),
            (Some(v), None) => Some(fmt_num(v)),
            _ => None,
        };
        let owner = match (text(&row[4]), text(&row[5])) {
            (Some(i), Some(l)) => json!({ "iri": i, "label": l }),
            _ => Value::Null,
        };
        projects.entry(p.clone()).or_insert_with(|| {
            json!({
                "iri": p, "label": plabel,
                "zone": { "iri": part, "label": pl },
                "owner": owner,
                "investment": number(&row[6]),
                "investment_text": shown(number(&row[6]), dot::yuan),
                "land_area": number(&row[7]),
                "land_area_text": shown(number(&row[7]), dot::area),
                "floor_area": number(&row[8]),
                "floor_area_text": shown(number(&row[8]), dot::area),
                "operation_date": text(&row[9]),
                "capacity": capacity,
            })
        });
    }
    Ok(json!({
        "enterprises": enterprises.into_values().collect::<Vec<_>>(),
        "projects": projects.into_values().collect::<Vec<_>>(),
    }))
}

/// What a diagram shows.
enum Target {
    Iri(String),
    Zone(String),
    Industry(String),
}

/// `GET /api/diagram`: the SVG of a zone's or an industry's chain.
fn diagram(state: &State, target: &Target) -> Result<Reply, Reply> {
    let g = dot::chain_graph(&state.store, None).map_err(|e| Reply::error(500, e.to_string()))?;
    let mut opts = DotOptions::default();
    match target {
        Target::Zone(z) => opts.zone = Some(z.clone()),
        Target::Industry(i) => opts.industry = Some(i.clone()),
        Target::Iri(iri) => {
            let Some(n) = g.node_indices().find(|&n| g[n].iri == *iri) else {
                return Err(Reply::error(
                    404,
                    format!("<{iri}> is in no chain diagram (no zone or industry with links)"),
                ));
            };
            match g[n].class.as_str() {
                "Zone" => opts.zone = Some(g[n].label.clone()),
                "Industry" => opts.industry = Some(g[n].label.clone()),
                other => {
                    return Err(Reply::error(
                        400,
                        format!("diagrams are drawn for zones and industries, not for a {other}"),
                    ))
                }
            }
        }
    }
    let keep = dot::select_nodes(&g, &opts).map_err(|e| Reply::error(404, e.to_string()))?;
    let text = dot::write_dot(&g, &keep, &opts);
    let urls: BTreeMap<String, String> = keep
        .iter()
        .map(|n| (n.index().to_string(), entity_link(&g[*n].iri)))
        .collect();
    let svg = render_svg(&with_links(&text, &urls))?;
    Ok(Reply::new(200, "image/svg+xml", svg.into_bytes()))
}

/// The page's address of an entity.
fn entity_link(iri: &str) -> String {
    let encoded: String = form_urlencoded::byte_serialize(iri.as_bytes()).collect();
    format!("#/e/{encoded}")
}

/// Adds a `URL` to every drawn node (`nN [label=…`) and zone cluster
/// (`subgraph cluster_zN {`) whose index is in `urls`.
fn with_links(dot_text: &str, urls: &BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(dot_text.len() + 64 * urls.len());
    for line in dot_text.lines() {
        let trimmed = line.trim_start();
        let pad = &line[..line.len() - trimmed.len()];
        let node = trimmed
            .strip_prefix('n')
            .and_then(|rest| rest.split_once(" [label="))
            .filter(|(idx, _)| idx.bytes().all(|b| b.is_ascii_digit()));
        let cluster = trimmed
            .strip_prefix("subgraph cluster_z")
            .and_then(|rest| rest.strip_suffix(" {"));
        match (node, cluster) {
            (Some((idx, rest)), _) if urls.contains_key(idx) => {
                let url = &urls[idx];
                out.push_str(&format!(
                    "{pad}n{idx} [URL=\"{url}\", target=\"_top\", label={rest}\n"
                ));
            }
            (_, Some(idx)) if urls.contains_key(idx) => {
                let url = &urls[idx];
                out.push_str(&format!(
                    "{pad}subgraph cluster_z{idx} {{ URL=\"{url}\"; target=\"_top\";\n"
                ));
            }
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// DOT text → SVG inline in the page ([`dot::render`]); 503 naming what
/// to install when Graphviz is missing.
fn render_svg(dot_text: &str) -> Result<String, Reply> {
    let svg = dot::render(dot_text, "svg").map_err(|e| match e {
        Error::Output(io) if io.kind() == std::io::ErrorKind::NotFound => Reply::error(
            503,
            format!("diagrams cannot be drawn: {io}; then restart `chainkg serve`"),
        ),
        other => Reply::error(500, format!("graphviz {other}")),
    })?;
    let svg = String::from_utf8_lossy(&svg);
    // Inline in the page: no XML prolog or doctype.
    let start = svg.find("<svg").unwrap_or(0);
    Ok(svg[start..].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_go_on_nodes_and_zone_clusters_only() {
        let dot_text = "digraph chainkg {\n  subgraph cluster_z3 {\n    n3 [shape=point, label=\"\"];\n    n5 [label=<焦炭>, shape=box];\n  }\n  n7 [label=<x>];\n  n3 -> n5 [label=\"a\"];\n}\n";
        let urls: BTreeMap<String, String> = [
            ("3".to_string(), "#/e/z".to_string()),
            ("5".to_string(), "#/e/p".to_string()),
        ]
        .into_iter()
        .collect();
        let out = with_links(dot_text, &urls);
        assert!(out.contains("subgraph cluster_z3 { URL=\"#/e/z\"; target=\"_top\";"));
        assert!(out.contains("    n5 [URL=\"#/e/p\", target=\"_top\", label=<焦炭>, shape=box];"));
        // Not in `urls`: unchanged; edges and invisible anchors unchanged.
        assert!(out.contains("  n7 [label=<x>];"));
        assert!(out.contains("  n3 -> n5 [label=\"a\"];"));
        assert!(out.contains("    n3 [shape=point, label=\"\"];"));
    }

    #[test]
    fn entity_links_are_percent_encoded() {
        assert_eq!(
            entity_link("https://w3id.org/chainkg/id/zone/古县econ"),
            "#/e/https%3A%2F%2Fw3id.org%2Fchainkg%2Fid%2Fzone%2F%E5%8F%A4%E5%8E%BFecon"
        );
    }

    #[test]
    fn numbers_without_trailing_zeros() {
        assert_eq!(fmt_num(12.5), "12.5");
        assert_eq!(fmt_num(3.0), "3");
        assert_eq!(fmt_num(80.0), "80");
    }
}
