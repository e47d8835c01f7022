//! Alias resolution across articles: one IRI and one label per real thing.
//!
//! Extraction gives each entity an IRI from a key that is the same in every
//! article (晋城经开区 = 晋城经济技术开发区 by their stem), but some names
//! only an article can tie together: 太原重工股份有限公司（以下简称太重） in
//! one article, plain 太重 in another. Resolution is a pass over the names
//! alone (each article's label and other names of each entity), so it can
//! run as the reduce step of a distributed build as well as inside a store:
//!
//! - Within a class, entities labelled with the same name are one thing, and
//!   an entity labelled N joins the one entity that has N as a short name
//!   (`skos:altLabel`). A short name that two different entities claim is
//!   ambiguous and merges nothing.
//! - A merged group takes the IRI of its member with the fullest label
//!   (longest, then the smallest in code-point order), and that label is
//!   the group's canonical label.
//!
//! How a resolved article reads ([`Resolution::apply`]): its quads name the
//! group's IRI; it states `rdfs:label L` only when its own label (the
//! fullest name it used, [`crate::model::quads::own_label`]) is the canonical label
//! L, and every other name it used as `skos:altLabel`; an entity it
//! extracted under another IRI X keeps `<X> owl:sameAs <group IRI>` in its
//! article graph. Since the canonical label is some article's own label,
//! the union holds one `rdfs:label` per entity, and each article graph
//! still holds exactly the names (and, through `owl:sameAs`, the IRIs) it
//! used: what resolution read can be read back from a resolved store
//! ([`NameReader`]), and resolved again when articles come and go.
//!
//! The map is computed to a fixpoint, so resolving resolved quads changes
//! nothing. It depends only on the set of names, not on their order or on
//! how the articles were partitioned, so a sharded build and a single
//! build merge the same entities. And it decides about an entity from the
//! entities that share a name or an IRI with it (transitively) alone, so a
//! store resolves a change by reading only those ([`records_around`]).

pub mod articles;

use crate::error::{Error, Result};
use crate::model::iri::{article_of, entity_class, entity_type};
use crate::model::quads::{fullest_first, name_literal};
use crate::model::vocab::{ck, owl, rdf, rdfs, skos};
use crate::store::ARTICLES_PER_TRANSACTION;
use crate::store::{article_quads, ReadQuads, Store, Writer};
use oxigraph::model::{
    GraphName, GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef, Quad,
    QuadRef, Term, TermRef,
};
use oxigraph::store::StorageError;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::{BufRead, Write};
use std::path::Path;

/// The names of every entity, gathered from label quads.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NameTable {
    entities: BTreeMap<String, Names>,
}

#[derive(Clone, Debug, Default, PartialEq)]
struct Names {
    labels: NameSet,
    alts: NameSet,
}

/// A sorted set of names. Nearly every entity has one label and no other
/// name, and a `BTreeSet` would allocate a node of eleven slots for each:
/// on a 200 MB corpus (550,000 entities) the table is the part of a
/// build's memory that grows with the corpus.
#[derive(Clone, Debug, Default, PartialEq)]
struct NameSet(Vec<Box<str>>);

impl NameSet {
    fn find(&self, name: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|n| (**n).cmp(name))
    }

    fn insert(&mut self, name: &str) -> bool {
        match self.find(name) {
            Ok(_) => false,
            Err(i) => {
                self.0.insert(i, name.into());
                true
            }
        }
    }

    fn contains(&self, name: &str) -> bool {
        self.find(name).is_ok()
    }

    fn remove(&mut self, name: &str) {
        if let Ok(i) = self.find(name) {
            self.0.remove(i);
        }
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|n| &**n)
    }

    fn len(&self) -> usize {
        self.0.len()
    }

    /// Keeps only `name` (if there); returns the others.
    fn take_all_but(&mut self, name: &str) -> NameSet {
        let (keep, rest) = std::mem::take(&mut self.0)
            .into_iter()
            .partition(|n| **n == *name);
        self.0 = keep;
        NameSet(rest)
    }
}

impl NameTable {
    /// Notes the names one article gives an entity (its own label and its
    /// other names).
    pub fn add_entity<'n>(
        &mut self,
        iri: &str,
        labels: impl IntoIterator<Item = &'n str>,
        alts: impl IntoIterator<Item = &'n str>,
    ) {
        if entity_class(iri).is_none() {
            return;
        }
        let e = match self.entities.get_mut(iri) {
            Some(e) => e,
            None => self.entities.entry(iri.to_string()).or_default(),
        };
        for l in labels {
            e.labels.insert(l);
        }
        for a in alts {
            e.alts.insert(a);
        }
    }

    /// Notes the names of an extracted entity.
    pub fn add_names(&mut self, n: &crate::model::quads::EntityNames) {
        self.add_entity(
            n.iri.as_str(),
            [n.label.as_str()],
            n.alts.iter().map(String::as_str),
        );
    }

    /// Notes what one article of the store says of an entity.
    fn add_record(&mut self, r: &Record) {
        let (labels, alts) = r.own();
        for x in &r.sources {
            self.add_entity(x, labels.iter().copied(), alts.iter().copied());
        }
    }

    /// Every entity's IRI and names, as seeds for reading the store's
    /// names around them.
    pub(crate) fn seeds(&self) -> Seeds {
        let mut s = Seeds::default();
        for (iri, n) in &self.entities {
            s.entity(
                iri,
                n.labels.iter().chain(n.alts.iter()).map(str::to_string),
            );
        }
        s
    }

    /// Number of entities named.
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    /// The merges and labels these names call for (see the module docs).
    pub fn resolve(self) -> Resolution {
        self.resolve_with_names().0
    }

    /// [`NameTable::resolve`], and the report of what it changes (before
    /// any quad is rewritten).
    pub fn resolve_reported(self) -> (Resolution, ResolveReport) {
        let entities = self.len();
        let resolution = self.resolve();
        let report = ResolveReport {
            entities,
            changed: resolution.len(),
            merged: resolution.merged(),
            quads: 0,
        };
        (resolution, report)
    }

    /// [`NameTable::resolve`], and the names once it is applied.
    pub fn resolve_with_names(self) -> (Resolution, NameTable) {
        let mut table = self;
        let mut map: BTreeMap<String, Target> = BTreeMap::new();
        // Each round merges what the previous round's names newly allow;
        // names only ever collapse, so this ends (in practice in one or two).
        loop {
            let round = table.one_round();
            if round.is_empty() {
                break;
            }
            for target in map.values_mut() {
                if let Some(t) = round.get(target.iri.as_str()) {
                    *target = t.clone();
                }
            }
            for (iri, t) in &round {
                map.entry(iri.clone()).or_insert_with(|| t.clone());
            }
            table.rewrite(&round);
        }
        let resolution = Resolution {
            map: map.into_iter().collect(),
        };
        (resolution, table)
    }

    /// One round of merging: entities whose IRI or label must change.
    fn one_round(&self) -> BTreeMap<String, Target> {
        let iris: Vec<&String> = self.entities.keys().collect();
        // (class, name) → entities, as sorted runs rather than a map of
        // vectors: one allocation per table, not one per name.
        let mut labelled: Vec<((&str, &str), usize)> = Vec::with_capacity(iris.len());
        let mut aliased: Vec<((&str, &str), usize)> = Vec::new();
        for (i, iri) in iris.iter().enumerate() {
            let Some(class) = entity_class(iri) else {
                continue;
            };
            let names = &self.entities[*iri];
            labelled.extend(names.labels.iter().map(|l| ((class, l), i)));
            aliased.extend(
                names
                    .alts
                    .iter()
                    .filter(|a| !names.labels.contains(a))
                    .map(|a| ((class, a), i)),
            );
        }
        labelled.sort_unstable();
        aliased.sort_unstable();
        let owners_of = |name: (&str, &str)| -> &[((&str, &str), usize)] {
            let from = aliased.partition_point(|(n, _)| *n < name);
            let to = aliased.partition_point(|(n, _)| *n <= name);
            &aliased[from..to]
        };
        let mut parent: Vec<usize> = (0..iris.len()).collect();
        fn root(parent: &mut [usize], mut i: usize) -> usize {
            while parent[i] != i {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            i
        }
        let mut union = |a: usize, b: usize| {
            let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
            if ra != rb {
                parent[ra.max(rb)] = ra.min(rb);
            }
        };
        for (from, to) in runs_of(&labelled) {
            let members = &labelled[from..to];
            let claim = owners_of(members[0].0);
            if claim.len() > 1 {
                continue;
            }
            for w in members.windows(2) {
                union(w[0].1, w[1].1);
            }
            if let Some(&(_, o)) = claim.first() {
                union(o, members[0].1);
            }
        }
        drop(labelled);
        drop(aliased);
        // Groups as runs of (root, member), in order of their least member.
        let mut grouped: Vec<(usize, usize)> =
            (0..iris.len()).map(|i| (root(&mut parent, i), i)).collect();
        grouped.sort_unstable();
        let mut out = BTreeMap::new();
        for (from, to) in runs_of(&grouped) {
            let members: Vec<usize> = grouped[from..to].iter().map(|(_, m)| *m).collect();
            let members = &members;
            // The fullest label of the group, and the member that has it.
            let Some((label, canon)) = members
                .iter()
                .flat_map(|&m| self.entities[iris[m]].labels.iter().map(move |l| (l, m)))
                .min_by(|(a, ma), (b, mb)| {
                    b.chars()
                        .count()
                        .cmp(&a.chars().count())
                        .then(a.cmp(b))
                        .then(iris[*ma].cmp(iris[*mb]))
                })
            else {
                continue;
            };
            let target = Target {
                iri: NamedNode::new_unchecked(iris[canon].as_str()),
                label: label.to_string(),
            };
            for &m in members {
                let names = &self.entities[iris[m]];
                let settled = m == canon
                    && names.labels.len() == 1
                    && names.labels.contains(label)
                    && !names.alts.contains(label);
                if !settled {
                    out.insert(iris[m].clone(), target.clone());
                }
            }
        }
        out
    }

    /// Applies a round: each entity of the round gives its names to its
    /// group's entity (in place: a copy of the table would double the
    /// peak memory of a build).
    fn rewrite(&mut self, round: &BTreeMap<String, Target>) {
        let moved: Vec<(&Target, Names)> = round
            .iter()
            .filter_map(|(iri, t)| Some((t, self.entities.remove(iri.as_str())?)))
            .collect();
        for (t, names) in moved {
            let e = match self.entities.get_mut(t.iri.as_str()) {
                Some(e) => e,
                None => self.entities.entry(t.iri.as_str().to_string()).or_default(),
            };
            e.labels.insert(&t.label);
            for n in names.labels.iter().chain(names.alts.iter()) {
                if n != t.label {
                    e.alts.insert(n);
                }
            }
        }
        // A canonical member keeps only the group label as label.
        for t in round.values() {
            if let Some(e) = self.entities.get_mut(t.iri.as_str()) {
                let demoted = e.labels.take_all_but(&t.label);
                for d in demoted.iter() {
                    e.alts.insert(d);
                }
                e.alts.remove(&t.label);
            }
        }
    }
}

/// The runs of equal keys of a sorted slice of pairs, as index ranges.
fn runs_of<K: PartialEq, V>(v: &[(K, V)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    for k in 1..=v.len() {
        if k == v.len() || v[k].0 != v[from].0 {
            out.push((from, k));
            from = k;
        }
    }
    out
}

/// Where an entity goes: its group's IRI and label.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Target {
    iri: NamedNode,
    label: String,
}

/// What resolution changes: entity IRI → group IRI and label. Entities not
/// in the map stay as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Resolution {
    map: HashMap<String, Target>,
}

/// What a resolution pass over a store changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResolveReport {
    /// Entities named in the store.
    pub entities: usize,
    /// Entities whose IRI or label changed.
    pub changed: usize,
    /// Entities merged into another one.
    pub merged: usize,
    /// Quads rewritten.
    pub quads: usize,
}

impl Resolution {
    /// Entities whose IRI or label changes.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Entities that merge into another IRI.
    pub fn merged(&self) -> usize {
        self.map
            .iter()
            .filter(|(iri, t)| t.iri.as_str() != iri.as_str())
            .count()
    }

    /// The group IRI of an entity IRI (itself when unchanged).
    pub fn target<'a>(&'a self, iri: NamedNodeRef<'a>) -> NamedNodeRef<'a> {
        self.map.get(iri.as_str()).map_or(iri, |t| t.iri.as_ref())
    }

    /// Where an entity goes: its group's IRI, and the group's canonical
    /// label when resolution decided one (`None`: the entity keeps its IRI
    /// and its only label).
    fn goes<'a>(&'a self, iri: NamedNodeRef<'a>) -> (NamedNodeRef<'a>, Option<&'a str>) {
        match self.map.get(iri.as_str()) {
            Some(t) => (t.iri.as_ref(), Some(t.label.as_str())),
            None => (iri, None),
        }
    }

    /// The quads a store holds for `q` (none, one or two), see the module
    /// docs. `q` may be as extracted or as resolved before (with another
    /// map): `u` says, per article, which IRI it extracted behind a group
    /// IRI and which of its names was its own label.
    pub fn apply(&self, q: &Quad, u: &Unresolve, out: &mut Vec<Quad>) {
        let unit = unit_of(q.as_ref());
        let raw = |n: &NamedNode| -> NamedNode {
            match unit {
                Some(a) if entity_class(n.as_str()).is_some() => u.source(a, n.as_str()),
                _ => n.clone(),
            }
        };
        let to = |n: &NamedNode| -> NamedNode { self.goes(raw(n).as_ref()).0.into_owned() };
        let entity = match &q.subject {
            NamedOrBlankNode::NamedNode(n) if entity_class(n.as_str()).is_some() => Some(n),
            _ => None,
        };
        if let Some(s) = entity {
            // Recorded merges are made again from the map.
            if q.predicate == owl::SAME_AS
                && matches!(&q.object, Term::NamedNode(o) if entity_class(o.as_str()).is_some())
            {
                let (t, _) = self.goes(s.as_ref());
                if t != s.as_ref() {
                    out.push(Quad::new(
                        s.clone(),
                        owl::SAME_AS,
                        t.into_owned(),
                        q.graph_name.clone(),
                    ));
                }
                return;
            }
            if let (true, Term::Literal(l)) = (
                q.predicate == rdfs::LABEL || q.predicate == skos::ALT_LABEL,
                &q.object,
            ) {
                let x = raw(s);
                let n = l.value();
                let own = q.predicate == rdfs::LABEL
                    || unit.is_some_and(|a| u.own(a, x.as_str()) == Some(n));
                let (t, label) = self.goes(x.as_ref());
                let p = match (own, label) {
                    (true, None) => rdfs::LABEL,
                    (true, Some(l)) if l == n => rdfs::LABEL,
                    (false, Some(l)) if l == n => return,
                    _ => skos::ALT_LABEL,
                };
                out.push(Quad::new(
                    t.into_owned(),
                    p,
                    l.clone(),
                    q.graph_name.clone(),
                ));
                // An entity read under its own IRI records where it went,
                // once per article (beside its own label); one read before
                // under another keeps that record (above).
                if own && x == *s && t != x.as_ref() {
                    out.push(Quad::new(
                        x.clone(),
                        owl::SAME_AS,
                        t.into_owned(),
                        q.graph_name.clone(),
                    ));
                }
                return;
            }
            if q.predicate == rdf::TYPE && q.graph_name.is_default_graph() {
                // A type follows the IRI: made again below, beside
                // `ck:mentionedIn`, for the entity's resolved IRI.
                return;
            }
            if q.predicate == ck::MENTIONED_IN {
                let x = raw(s);
                let (t, _) = self.goes(x.as_ref());
                if let Some(class) = entity_type(t.as_str()) {
                    out.push(Quad::new(
                        t.into_owned(),
                        rdf::TYPE,
                        class,
                        GraphName::DefaultGraph,
                    ));
                }
            }
        }
        let subject = match &q.subject {
            NamedOrBlankNode::NamedNode(n) => NamedOrBlankNode::from(to(n)),
            other => other.clone(),
        };
        let object = match &q.object {
            Term::NamedNode(n) => Term::from(to(n)),
            other => other.clone(),
        };
        out.push(Quad::new(
            subject,
            q.predicate.clone(),
            object,
            q.graph_name.clone(),
        ));
    }

    /// True when `q`, as extracted, names an entity this map changes
    /// ([`Resolution::apply`] gives back any other quad as it is).
    pub(crate) fn touches(&self, q: &Quad) -> bool {
        let changed = |iri: &str| self.map.contains_key(iri);
        matches!(&q.subject, NamedOrBlankNode::NamedNode(n) if changed(n.as_str()))
            || matches!(&q.object, Term::NamedNode(n) if changed(n.as_str()))
    }

    /// True when resolving by this map changes what the store says of
    /// this record's entity.
    fn changes(&self, r: &Record) -> bool {
        let (labels, alts) = r.own();
        r.sources.iter().any(|x| {
            let (t, label) = self.goes(NamedNodeRef::new_unchecked(x));
            let own_is_label = label.is_none_or(|l| labels.contains(&l));
            let states_label = !r.labels.is_empty();
            t.as_str() != r.entity
                || own_is_label != states_label
                || label.is_some_and(|l| alts.contains(&l))
        })
    }

    /// Writes the map as TSV: entity IRI, group IRI, group label.
    pub fn write_tsv(&self, out: &mut dyn Write) -> Result<()> {
        let sorted: BTreeMap<&String, &Target> = self.map.iter().collect();
        writeln!(out, "# chainkg resolution: entity\tgroup\tlabel")?;
        for (iri, t) in sorted {
            writeln!(out, "{iri}\t{}\t{}", t.iri.as_str(), t.label)?;
        }
        Ok(())
    }

    /// Reads a map written by [`Resolution::write_tsv`].
    pub fn read_tsv(path: &Path) -> Result<Resolution> {
        let file = std::fs::File::open(path).map_err(|e| Error::io("opening", path, e))?;
        let mut map = HashMap::new();
        for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
            let line = line.map_err(|e| Error::io("reading", path, e))?;
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let bad = |m: &str| Error::bad_input(path, Some(i + 1), m);
            let mut cols = line.split('\t');
            let (Some(iri), Some(group), Some(label), None) =
                (cols.next(), cols.next(), cols.next(), cols.next())
            else {
                return Err(bad(
                    "expected three tab-separated columns: entity, group, label",
                ));
            };
            let group = NamedNode::new(group).map_err(|e| bad(&format!("bad group IRI: {e}")))?;
            if entity_class(iri).is_none() || entity_class(group.as_str()).is_none() {
                return Err(bad("not a chainkg entity IRI"));
            }
            map.insert(
                iri.to_string(),
                Target {
                    iri: group,
                    label: label.to_string(),
                },
            );
        }
        Ok(Resolution { map })
    }
}

/// The article (or other unit of data) a quad belongs to: the article of
/// its graph, or for the default graph's provenance, of its subject (a
/// fact graph, a sentence) or of the article an entity is mentioned in.
fn unit_of<'a>(q: QuadRef<'a>) -> Option<&'a str> {
    match q.graph_name {
        GraphNameRef::NamedNode(g) => Some(article_of(g.as_str()).unwrap_or(g.as_str())),
        GraphNameRef::BlankNode(_) => None,
        GraphNameRef::DefaultGraph => match (q.subject, q.object) {
            (NamedOrBlankNodeRef::NamedNode(s), _) if article_of(s.as_str()).is_some() => {
                article_of(s.as_str())
            }
            (_, TermRef::NamedNode(a)) if q.predicate == ck::MENTIONED_IN => Some(a.as_str()),
            _ => None,
        },
    }
}

/// What resolution needs to know of quads resolved before: per article,
/// the IRIs it extracted behind a group IRI (`owl:sameAs`), and its own
/// label of an entity when that is not the canonical one (then the article
/// states it as `skos:altLabel`). Empty for quads as extracted.
#[derive(Clone, Debug, Default)]
pub struct Unresolve {
    sources: HashMap<(String, String), String>,
    own: HashMap<(String, String), String>,
}

impl Unresolve {
    /// The IRI an article extracted for the group IRI `iri`.
    fn source(&self, article: &str, iri: &str) -> NamedNode {
        let found = self.sources.get(&(article.to_string(), iri.to_string()));
        NamedNode::new_unchecked(found.map_or(iri, String::as_str))
    }

    /// The article's own label of an entity it extracted, when it states
    /// none as `rdfs:label`.
    fn own(&self, article: &str, iri: &str) -> Option<&str> {
        self.own
            .get(&(article.to_string(), iri.to_string()))
            .map(String::as_str)
    }

    fn note(&mut self, r: &Record) {
        if let Some(first) = r.sources.first().filter(|x| **x != r.entity) {
            self.sources
                .insert((r.article.clone(), r.entity.clone()), first.clone());
        }
        if r.labels.is_empty() {
            let (labels, _) = r.own();
            for x in &r.sources {
                self.own
                    .insert((r.article.clone(), x.clone()), labels[0].to_string());
            }
        }
    }
}

/// What one article graph says of one entity: the names it used, and the
/// IRIs it extracted for it (itself, unless `owl:sameAs` says otherwise).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Record {
    pub(crate) article: String,
    /// The entity's IRI in the store.
    pub(crate) entity: String,
    pub(crate) sources: Vec<String>,
    /// Its `rdfs:label`s there (one when the article's own label is the
    /// canonical one, else none).
    pub(crate) labels: Vec<String>,
    pub(crate) alts: Vec<String>,
}

impl Record {
    /// The article's own labels and other names: without an `rdfs:label`,
    /// its own label is the fullest of its names.
    fn own(&self) -> (Vec<&str>, Vec<&str>) {
        if !self.labels.is_empty() {
            return (
                self.labels.iter().map(String::as_str).collect(),
                self.alts.iter().map(String::as_str).collect(),
            );
        }
        let mut names: Vec<&str> = self.alts.iter().map(String::as_str).collect();
        names.sort_by(|a, b| fullest_first(a, b));
        let rest = names.split_off(names.len().min(1));
        (names, rest)
    }

    fn class(&self) -> Option<&str> {
        entity_class(&self.entity)
    }
}

/// Reads names back from quads, resolved or not: per graph, each entity's
/// names and `owl:sameAs` sources ([`Record`]). Quads come graph by graph
/// (as `chainkg extract` and `export` write them); names of one graph
/// split across the input are read as two articles.
#[derive(Default)]
pub struct NameReader {
    graph: Option<GraphName>,
    names: BTreeMap<String, (Vec<String>, Vec<String>)>,
    same_as: Vec<(String, String)>,
    table: NameTable,
    unresolve: Unresolve,
    /// When set, the records read are kept too.
    records: Option<Vec<Record>>,
}

impl NameReader {
    /// Notes a quad if it names an entity or records a merge.
    pub fn add(&mut self, q: QuadRef<'_>) {
        let NamedOrBlankNodeRef::NamedNode(s) = q.subject else {
            return;
        };
        let is_name = q.predicate == rdfs::LABEL || q.predicate == skos::ALT_LABEL;
        if !(is_name || q.predicate == owl::SAME_AS) || entity_class(s.as_str()).is_none() {
            return;
        }
        if self.graph.as_ref().map(GraphName::as_ref) != Some(q.graph_name) {
            self.flush();
            self.graph = Some(q.graph_name.into_owned());
        }
        match q.object {
            TermRef::Literal(l) if is_name => {
                let e = self.names.entry(s.as_str().to_string()).or_default();
                match q.predicate == rdfs::LABEL {
                    true => e.0.push(l.value().to_string()),
                    false => e.1.push(l.value().to_string()),
                }
            }
            TermRef::NamedNode(o) if !is_name && entity_class(o.as_str()).is_some() => {
                self.same_as
                    .push((s.as_str().to_string(), o.as_str().to_string()));
            }
            _ => {}
        }
    }

    fn flush(&mut self) {
        let article = match &self.graph {
            Some(GraphName::NamedNode(g)) => g.as_str().to_string(),
            _ => String::new(),
        };
        let mut sources: HashMap<String, Vec<String>> = HashMap::new();
        for (x, r) in std::mem::take(&mut self.same_as) {
            sources.entry(r).or_default().push(x);
        }
        for (entity, (labels, alts)) in std::mem::take(&mut self.names) {
            let mut from = sources
                .remove(&entity)
                .unwrap_or_else(|| vec![entity.clone()]);
            from.sort();
            from.dedup();
            let r = Record {
                article: article.clone(),
                entity,
                sources: from,
                labels,
                alts,
            };
            self.table.add_record(&r);
            self.unresolve.note(&r);
            if let Some(out) = &mut self.records {
                out.push(r);
            }
        }
    }

    /// The names read, and what resolving the quads again needs.
    pub fn finish(mut self) -> (NameTable, Unresolve) {
        self.flush();
        (self.table, self.unresolve)
    }
}

/// What [`resolve_files`] did.
#[derive(Clone, Debug, Default)]
pub struct FilesReport {
    /// Quads read and written.
    pub quads_in: usize,
    pub quads_out: usize,
    /// Entities named in the input (0 when a map was given).
    pub entities: usize,
    /// Entities whose IRI or label changes, and of these, merged ones.
    pub changed: usize,
    pub merged: usize,
}

/// Resolution over N-Quads files, without a store (the reduce step of a
/// distributed build). Reads the inputs' names first; computes the map from
/// them (written to `map_out` when given) or takes the one in `map`; then,
/// when `out` is given, writes the resolved quads. `-` reads standard input.
pub fn resolve_files(
    files: &[std::path::PathBuf],
    map: Option<&Path>,
    map_out: Option<&mut dyn Write>,
    out: Option<&mut dyn Write>,
) -> Result<FilesReport> {
    use crate::store::nquads::Source;
    let sources: Vec<Source> = files
        .iter()
        .map(|f| Source::new(f))
        .collect::<Result<_>>()?;
    let mut report = FilesReport::default();
    let mut names = NameReader::default();
    for s in &sources {
        for q in s.quads()? {
            names.add(q?.as_ref());
        }
    }
    let (table, unresolve) = names.finish();
    let resolution = match map {
        Some(m) => Resolution::read_tsv(m)?,
        None => {
            report.entities = table.len();
            table.resolve()
        }
    };
    report.changed = resolution.len();
    report.merged = resolution.merged();
    if let Some(w) = map_out {
        resolution.write_tsv(w)?;
    }
    if let Some(w) = out {
        let mut ser =
            oxigraph::io::RdfSerializer::from_format(oxigraph::io::RdfFormat::NQuads).for_writer(w);
        let mut buf = Vec::new();
        for s in &sources {
            for q in s.quads()? {
                report.quads_in += 1;
                resolution.apply(&q?, &unresolve, &mut buf);
                for r in buf.drain(..) {
                    ser.serialize_quad(&r)?;
                    report.quads_out += 1;
                }
            }
        }
        ser.finish()?.flush()?;
    }
    Ok(report)
}

/// Where to start reading the store's names: names (with their entity's
/// class) and entity IRIs.
#[derive(Clone, Debug, Default)]
pub(crate) struct Seeds {
    names: Vec<(String, String)>,
    iris: Vec<String>,
}

impl Seeds {
    pub(crate) fn entity(&mut self, iri: &str, names: impl IntoIterator<Item = impl Into<String>>) {
        if let Some(class) = entity_class(iri) {
            self.iris.push(iri.to_string());
            for n in names {
                self.names.push((class.to_string(), n.into()));
            }
        }
    }

    pub(crate) fn record(&mut self, r: &Record) {
        let names = r.labels.iter().chain(&r.alts).cloned();
        self.entity(&r.entity.clone(), names);
        for x in &r.sources {
            self.iris.push(x.clone());
        }
    }
}

/// The store's records of the entities linked to the seeds by a shared name
/// (in their class) or IRI, transitively: all that resolution looks at to
/// decide about the seeds. Names are found through the store's index of
/// objects, so the cost grows with the neighbourhood, not with the store.
pub(crate) fn records_around(
    r: &impl ReadQuads,
    seeds: Seeds,
) -> Result<Vec<Record>, StorageError> {
    let mut out = Vec::new();
    let mut names: Vec<(String, String)> = seeds.names;
    let mut iris: Vec<String> = seeds.iris;
    let mut seen_names: HashSet<(String, String)> = HashSet::new();
    let mut seen_iris: HashSet<String> = HashSet::new();
    loop {
        if let Some((class, name)) = names.pop() {
            if !seen_names.insert((class.clone(), name.clone())) {
                continue;
            }
            let lit = name_literal(&name);
            for p in [rdfs::LABEL, skos::ALT_LABEL] {
                for q in r.pattern(None, Some(p), Some(lit.as_ref().into()), None) {
                    let q = q?;
                    if let NamedOrBlankNode::NamedNode(s) = &q.subject {
                        if entity_class(s.as_str()) == Some(class.as_str()) {
                            iris.push(s.as_str().to_string());
                        }
                    }
                }
            }
            continue;
        }
        let Some(iri) = iris.pop() else { break };
        if !seen_iris.insert(iri.clone()) || entity_class(&iri).is_none() {
            continue;
        }
        let node = NamedNode::new_unchecked(iri.as_str());
        // Where this IRI went, when an article extracted it under it.
        for q in r.pattern(Some(node.as_ref().into()), Some(owl::SAME_AS), None, None) {
            if let Term::NamedNode(o) = q?.object {
                iris.push(o.as_str().to_string());
            }
        }
        for rec in records_of(r, node.as_ref())? {
            for n in rec.labels.iter().chain(&rec.alts) {
                if let Some(class) = rec.class() {
                    names.push((class.to_string(), n.clone()));
                }
            }
            iris.extend(rec.sources.iter().cloned());
            out.push(rec);
        }
    }
    Ok(out)
}

/// What each article graph says of one entity of the store.
fn records_of(r: &impl ReadQuads, entity: NamedNodeRef<'_>) -> Result<Vec<Record>, StorageError> {
    let mut by_graph: BTreeMap<String, Record> = BTreeMap::new();
    for p in [rdfs::LABEL, skos::ALT_LABEL] {
        for q in r.pattern(Some(entity.into()), Some(p), None, None) {
            let q = q?;
            let (GraphName::NamedNode(g), Term::Literal(l)) = (&q.graph_name, &q.object) else {
                continue;
            };
            let rec = by_graph
                .entry(g.as_str().to_string())
                .or_insert_with(|| Record {
                    article: g.as_str().to_string(),
                    entity: entity.as_str().to_string(),
                    sources: Vec::new(),
                    labels: Vec::new(),
                    alts: Vec::new(),
                });
            match p == rdfs::LABEL {
                true => rec.labels.push(l.value().to_string()),
                false => rec.alts.push(l.value().to_string()),
            }
        }
    }
    for q in r.pattern(None, Some(owl::SAME_AS), Some(entity.into()), None) {
        let q = q?;
        if let (GraphName::NamedNode(g), NamedOrBlankNode::NamedNode(x)) =
            (&q.graph_name, &q.subject)
        {
            if let Some(rec) = by_graph.get_mut(g.as_str()) {
                rec.sources.push(x.as_str().to_string());
            }
        }
    }
    let mut out: Vec<Record> = by_graph.into_values().collect();
    for rec in &mut out {
        if rec.sources.is_empty() {
            rec.sources.push(rec.entity.clone());
        }
        rec.sources.sort();
        rec.sources.dedup();
        rec.labels.sort();
        rec.labels.dedup();
        rec.alts.sort();
        rec.alts.dedup();
    }
    Ok(out)
}

/// The records of the articles about to be taken out of the store, as seeds
/// (their names may have tied other articles' entities together).
pub(crate) fn records_of_article(
    r: &impl ReadQuads,
    article: NamedNodeRef<'_>,
) -> Result<Vec<Record>, StorageError> {
    let mut reader = NameReader {
        records: Some(Vec::new()),
        ..NameReader::default()
    };
    for q in r.pattern(None, None, None, Some(article.into())) {
        reader.add(q?.as_ref());
    }
    reader.flush();
    Ok(reader.records.unwrap_or_default())
}

/// How resolution changes a store: the map, and what it reports.
pub(crate) struct Resolved {
    pub(crate) map: Resolution,
    pub(crate) report: ResolveReport,
}

/// Resolves the names of these records and of new articles together.
pub(crate) fn resolve_with(records: &[Record], skip: &HashSet<String>, new: NameTable) -> Resolved {
    let mut table = new;
    for r in records.iter().filter(|r| !skip.contains(&r.article)) {
        table.add_record(r);
    }
    let (map, report) = table.resolve_reported();
    Resolved { map, report }
}

/// The articles among `records` that `map` changes, leaving out `skip`.
pub(crate) fn changed_articles(
    records: &[Record],
    skip: &HashSet<String>,
    map: &Resolution,
) -> BTreeSet<String> {
    records
        .iter()
        .filter(|r| !skip.contains(&r.article) && map.changes(r))
        .map(|r| r.article.clone())
        .collect()
}

/// Rewrites one article of the store as resolved by `map` (only what
/// changes is written). Returns the number of quads rewritten.
pub(crate) fn rewrite_article(
    w: &mut Writer<'_>,
    article: NamedNodeRef<'_>,
    map: &Resolution,
) -> Result<usize> {
    let old = article_quads(w.transaction(), article).map_err(|e| w.error(e))?;
    let mut reader = NameReader::default();
    for q in &old {
        reader.add(q.as_ref());
    }
    let (_, unresolve) = reader.finish();
    let mut new = Vec::with_capacity(old.len());
    for q in &old {
        map.apply(q, &unresolve, &mut new);
    }
    let changed = new.iter().filter(|q| !old.contains(q)).count();
    if changed > 0 {
        w.replace(&old, &new)?;
    }
    Ok(changed)
}

/// Resolves the entities of a whole store in place, e.g. after other tools
/// wrote to it: reads every article graph's names, computes the map, and
/// rewrites the articles it changes, in transactions of [`ARTICLES_PER_TRANSACTION`]
/// articles. A pass cut short leaves a store that the next pass finishes.
pub fn resolve_store(store: &Store) -> Result<ResolveReport> {
    let ox = store.oxigraph();
    let mut records = Vec::new();
    let mut graphs: Vec<NamedNode> = Vec::new();
    for g in ox.named_graphs() {
        if let NamedOrBlankNode::NamedNode(g) = g.map_err(|e| store.error(e))? {
            if article_of(g.as_str()) == Some(g.as_str()) {
                graphs.push(g);
            }
        }
    }
    for g in &graphs {
        records.extend(records_of_article(ox, g.as_ref()).map_err(|e| store.error(e))?);
    }
    let Resolved { map, mut report } =
        resolve_with(&records, &HashSet::new(), NameTable::default());
    let changed = changed_articles(&records, &HashSet::new(), &map);
    let changed: Vec<&String> = changed.iter().collect();
    for chunk in changed.chunks(ARTICLES_PER_TRANSACTION) {
        let mut w = store.writer()?;
        for a in chunk {
            report.quads += rewrite_article(&mut w, NamedNodeRef::new_unchecked(a), &map)?;
        }
        w.commit()?;
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ent(class: &str, key: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{class}/{key}", ck::ID_BASE))
    }

    fn graph(n: u32) -> GraphName {
        NamedNode::new_unchecked(format!("{}article/{n:016x}", ck::ID_BASE)).into()
    }

    fn name(e: &NamedNode, label: bool, n: &str, g: u32) -> Quad {
        let p = if label { rdfs::LABEL } else { skos::ALT_LABEL };
        Quad::new(e.clone(), p, name_literal(n), graph(g))
    }

    /// An enterprise's type and its mention in article `g`, in the default
    /// graph, as extracted.
    fn mentioned(e: &NamedNode, g: u32) -> [Quad; 2] {
        let GraphName::NamedNode(a) = graph(g) else {
            unreachable!()
        };
        [
            Quad::new(
                e.clone(),
                rdf::TYPE,
                ck::ENTERPRISE,
                GraphName::DefaultGraph,
            ),
            Quad::new(e.clone(), ck::MENTIONED_IN, a, GraphName::DefaultGraph),
        ]
    }

    /// Resolves quads as a store would read them back: names per graph.
    fn resolve(quads: &[Quad]) -> (Resolution, Vec<Quad>) {
        let mut sorted = quads.to_vec();
        sorted.sort_by_key(|q| q.graph_name.to_string());
        let mut reader = NameReader::default();
        for q in &sorted {
            reader.add(q.as_ref());
        }
        let (table, unresolve) = reader.finish();
        let r = table.resolve();
        let mut out = Vec::new();
        for q in &sorted {
            r.apply(q, &unresolve, &mut out);
        }
        out.sort_by_key(|q| q.to_string());
        out.dedup();
        (r, out)
    }

    #[test]
    fn a_short_name_joins_the_entity_that_claims_it() {
        let full = ent("enterprise", "太原重工");
        let short = ent("enterprise", "太重");
        let zone = ent("zone", "x");
        let quads = [
            vec![
                name(&full, true, "太原重工股份有限公司", 1),
                name(&full, false, "太重", 1),
            ],
            mentioned(&full, 1).to_vec(),
            vec![
                name(&short, true, "太重", 2),
                Quad::new(zone.clone(), ck::HOSTS_ENTERPRISE, short.clone(), graph(2)),
            ],
            mentioned(&short, 2).to_vec(),
        ]
        .concat();
        let (r, out) = resolve(&quads);
        assert_eq!(r.merged(), 1);
        assert_eq!(r.target(short.as_ref()), full.as_ref());
        assert!(out.contains(&Quad::new(
            zone,
            ck::HOSTS_ENTERPRISE,
            full.clone(),
            graph(2)
        )));
        // The canonical label once, in the article whose own label it is;
        // the other article keeps its name and where its entity went.
        assert!(out.contains(&name(&full, true, "太原重工股份有限公司", 1)));
        assert!(!out.contains(&name(&full, true, "太原重工股份有限公司", 2)));
        assert!(out.contains(&name(&full, false, "太重", 2)));
        assert!(out.contains(&Quad::new(
            short.clone(),
            owl::SAME_AS,
            full.clone(),
            graph(2)
        )));
        let labels = out.iter().filter(|q| q.predicate == rdfs::LABEL).count();
        assert_eq!(labels, 1, "{out:#?}");
        // Both mentions name the one entity, and so does its one type.
        let [full_type, _] = mentioned(&full, 1);
        assert!(out.contains(&full_type));
        assert!(out.contains(&mentioned(&full, 2)[1].clone()));
        let types = out.iter().filter(|q| q.predicate == rdf::TYPE).count();
        assert_eq!(types, 1, "{out:#?}");
        assert!(!out
            .iter()
            .any(|q| q.subject == short.clone().into() && q.predicate != owl::SAME_AS));
        // Resolving the result changes nothing.
        let (_, out2) = resolve(&out);
        assert_eq!(out, out2);
        // Without the article that declared the short name, the article
        // that used it reads back as it was extracted.
        let article2 = mentioned(&full, 2)[1].object.clone();
        let alone: Vec<Quad> = out
            .iter()
            .filter(|q| q.graph_name == graph(2) || q.object == article2)
            .cloned()
            .collect();
        let (_, back) = resolve(&alone);
        let mut extracted: Vec<Quad> = quads[4..].to_vec();
        extracted.sort_by_key(|q| q.to_string());
        assert_eq!(back, extracted);
    }

    #[test]
    fn a_short_name_two_entities_claim_merges_nothing() {
        let a = ent("enterprise", "a");
        let b = ent("enterprise", "b");
        let s = ent("enterprise", "s");
        let quads = vec![
            name(&a, true, "安泰控股集团", 1),
            name(&a, false, "安泰", 1),
            name(&b, true, "安泰科技股份有限公司", 2),
            name(&b, false, "安泰", 2),
            name(&s, true, "安泰", 3),
        ];
        let (r, _) = resolve(&quads);
        assert_eq!(r.merged(), 0);
    }

    #[test]
    fn classes_stay_apart_and_one_label_per_entity() {
        let z = ent("zone", "晋城");
        let e = ent("enterprise", "晋城");
        let quads = vec![
            name(&z, true, "晋城经开区", 1),
            name(&z, true, "晋城经济技术开发区", 2),
            name(&e, true, "晋城经开区", 3),
        ];
        let (r, out) = resolve(&quads);
        assert_eq!(r.merged(), 0);
        assert!(out.contains(&name(&z, false, "晋城经开区", 1)));
        assert!(out.contains(&name(&z, true, "晋城经济技术开发区", 2)));
        assert!(out.contains(&name(&e, true, "晋城经开区", 3)));
        let (_, again) = resolve(&out);
        assert_eq!(out, again);
    }

    #[test]
    fn the_map_does_not_depend_on_quad_order() {
        let full = ent("enterprise", "太原重工");
        let short = ent("enterprise", "太重");
        let mut quads = vec![
            name(&short, true, "太重", 2),
            name(&full, false, "太重", 1),
            name(&full, true, "太原重工股份有限公司", 1),
        ];
        let (a, _) = resolve(&quads);
        quads.reverse();
        let (b, _) = resolve(&quads);
        assert_eq!(a, b);
    }

    #[test]
    fn map_round_trips_through_tsv() {
        let full = ent("enterprise", "太原重工");
        let short = ent("enterprise", "太重");
        let quads = vec![
            name(&full, true, "太原重工股份有限公司", 1),
            name(&full, false, "太重", 1),
            name(&short, true, "太重", 2),
        ];
        let (r, _) = resolve(&quads);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("map.tsv");
        let mut f = std::fs::File::create(&path).unwrap();
        r.write_tsv(&mut f).unwrap();
        drop(f);
        assert_eq!(Resolution::read_tsv(&path).unwrap(), r);
        std::fs::write(&path, "x\ty\n").unwrap();
        let e = Resolution::read_tsv(&path).unwrap_err().to_string();
        assert!(e.contains("map.tsv:1"), "{e}");
    }
}
