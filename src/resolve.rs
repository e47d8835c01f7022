//! Alias resolution across articles: one IRI and one label per real thing.
//!
//! Extraction gives each entity an IRI from a key that is the same in every
//! article (晋城经开区 = 晋城经济技术开发区 by their stem), but some names
//! only an article can tie together: 太原重工股份有限公司（以下简称太重） in
//! one article, plain 太重 in another. Resolution is a pass over the names
//! alone (the `rdfs:label` / `skos:altLabel` quads of entities), so it can run
//! as the reduce step of a distributed build as well as inside one store:
//!
//! - Within a class, entities labelled with the same name are one thing, and
//!   an entity labelled N joins the one entity that has N as a short name
//!   (`skos:altLabel`). A short name that two different entities claim is
//!   ambiguous and merges nothing.
//! - A merged group takes the IRI of its member with the fullest label
//!   (longest, then the smallest in code-point order), and that label
//!   becomes the group's `rdfs:label` in every article graph; the names
//!   an article used stay as `skos:altLabel` there.
//!
//! The map is computed to a fixpoint, so resolving resolved quads changes
//! nothing. It depends only on the set of names, not on their order or on
//! how the articles were partitioned, so a sharded build and a single
//! build merge the same entities.

use crate::error::{Error, Result};
use crate::store::{ArticleQuads, Store};
use crate::vocab::{ck, rdfs, skos};
use oxigraph::model::{
    Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, NamedOrBlankNodeRef, Quad, QuadRef, Term,
    TermRef,
};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::io::{BufRead, Write};
use std::path::Path;

/// Quads rewritten per store transaction.
const TX_QUADS: usize = 50_000;

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

/// The class part of an entity IRI (`…/id/enterprise/太重` → `enterprise`);
/// `None` for articles, their sentence and fact nodes, and foreign IRIs.
pub(crate) fn entity_class(iri: &str) -> Option<&str> {
    let rest = iri.strip_prefix(ck::ID_BASE)?;
    let (class, key) = rest.split_once('/')?;
    (class != "article" && !key.is_empty() && !iri.contains('#')).then_some(class)
}

/// A name quad: an entity's label or alternative label, and its text.
fn name_of<'a>(q: QuadRef<'a>) -> Option<(&'a str, bool, &'a str)> {
    let is_label = if q.predicate == rdfs::LABEL {
        true
    } else if q.predicate == skos::ALT_LABEL {
        false
    } else {
        return None;
    };
    let NamedOrBlankNodeRef::NamedNode(s) = q.subject else {
        return None;
    };
    let s = s.as_str();
    entity_class(s)?;
    match q.object {
        TermRef::Literal(l) => Some((s, is_label, l.value())),
        _ => None,
    }
}

impl NameTable {
    /// Notes the quad if it names an entity; true when it did.
    pub fn add(&mut self, q: QuadRef<'_>) -> bool {
        let Some((s, is_label, name)) = name_of(q) else {
            return false;
        };
        let e = match self.entities.get_mut(s) {
            Some(e) => e,
            None => self.entities.entry(s.to_string()).or_default(),
        };
        match is_label {
            true => e.labels.insert(name),
            false => e.alts.insert(name),
        };
        true
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

    fn map_subject(&self, s: &NamedOrBlankNode) -> NamedOrBlankNode {
        match s {
            NamedOrBlankNode::NamedNode(n) => self.target(n.as_ref()).into_owned().into(),
            other => other.clone(),
        }
    }

    fn map_object(&self, o: &Term) -> Term {
        match o {
            Term::NamedNode(n) => self.target(n.as_ref()).into_owned().into(),
            other => other.clone(),
        }
    }

    /// True when resolution changes `q` (it names a changed entity).
    fn touches(&self, q: &Quad) -> bool {
        let changed = |iri: &str| self.map.contains_key(iri);
        matches!(&q.subject, NamedOrBlankNode::NamedNode(n) if changed(n.as_str()))
            || matches!(&q.object, Term::NamedNode(n) if changed(n.as_str()))
    }

    /// [`Resolution::apply`] taking the quad: one that names no changed
    /// entity (most) is moved, not rebuilt. True when `q` changed.
    pub fn apply_owned(&self, q: Quad, out: &mut Vec<Quad>) -> bool {
        if !self.touches(&q) {
            out.push(q);
            return false;
        }
        self.apply_changed(&q, out)
    }

    /// [`Resolution::apply_owned`] for a load that brings the entities'
    /// cards along: the card copies ([`crate::union::card_of`]) of what `q`
    /// becomes go to `cards`.
    pub fn apply_with_cards(&self, q: Quad, out: &mut Vec<Quad>, cards: &mut Vec<Quad>) -> bool {
        let before = out.len();
        let changed = self.apply_owned(q, out);
        cards.extend(out[before..].iter().filter_map(crate::union::card_of));
        changed
    }

    /// [`Resolution::apply`], and whether `q` changed (if not, `out` got
    /// `q` itself).
    fn apply_changed(&self, q: &Quad, out: &mut Vec<Quad>) -> bool {
        let before = out.len();
        self.apply(q, out);
        !(out.len() == before + 1 && out[before] == *q)
    }

    /// The quads that replace `q` (none, one or two). Label quads of a merged
    /// entity become the group label plus the article's own name as an
    /// alternative label; an alternative label equal to the group label goes.
    pub fn apply(&self, q: &Quad, out: &mut Vec<Quad>) {
        let named = match &q.subject {
            NamedOrBlankNode::NamedNode(n) => self.map.get(n.as_str()),
            _ => None,
        };
        if let (Some(t), Term::Literal(l)) = (named, &q.object) {
            let iri: NamedOrBlankNode = t.iri.clone().into();
            if q.predicate == rdfs::LABEL {
                out.push(Quad::new(
                    iri.clone(),
                    rdfs::LABEL,
                    Literal::new_language_tagged_literal_unchecked(&t.label, "zh"),
                    q.graph_name.clone(),
                ));
                if l.value() != t.label {
                    out.push(Quad::new(
                        iri,
                        skos::ALT_LABEL,
                        l.clone(),
                        q.graph_name.clone(),
                    ));
                }
                return;
            }
            if q.predicate == skos::ALT_LABEL && l.value() == t.label {
                return;
            }
        }
        out.push(Quad::new(
            self.map_subject(&q.subject),
            q.predicate.clone(),
            self.map_object(&q.object),
            q.graph_name.clone(),
        ));
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
        let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        let mut map = HashMap::new();
        for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
            let line = line.map_err(|e| Error::io(path, e))?;
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
/// distributed build). With `map`, applies that map while streaming the
/// quads to `out`. Without, reads the inputs' names first, computes the map
/// (written to `map_out` when given) and then, when `out` is given, writes
/// the resolved quads. `-` reads standard input.
pub fn resolve_files(
    files: &[std::path::PathBuf],
    map: Option<&Path>,
    map_out: Option<&mut dyn Write>,
    out: Option<&mut dyn Write>,
) -> Result<FilesReport> {
    use crate::load::Source;
    let sources: Vec<Source> = files
        .iter()
        .map(|f| Source::new(f))
        .collect::<Result<_>>()?;
    let mut report = FilesReport::default();
    let resolution = match map {
        Some(m) => Resolution::read_tsv(m)?,
        None => {
            let mut names = NameTable::default();
            for s in &sources {
                for q in s.quads()? {
                    names.add(q?.as_ref());
                }
            }
            report.entities = names.len();
            names.resolve()
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
                resolution.apply(&q?, &mut buf);
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

/// Resolves the entities of a store in place: reads every name, computes
/// the map and rewrites the quads that mention a changed entity, in
/// transactions of [`TX_QUADS`] quads. A pass cut short leaves a store that
/// the next pass finishes (the names, and so the map, do not change).
pub fn resolve_store(store: &Store) -> Result<ResolveReport> {
    rewrite(store, store_names(store)?, None)
}

/// [`resolve_store`] after only the articles that mention `touched` changed
/// (added, or replaced: then with the entities of their old graphs too, see
/// [`Touched`]), on a store resolved before: only the names of the touched
/// entities and of the entities they share a name with (and so on) can
/// merge anything, so only those are read ([`names_around`]), and only the
/// cards of the touched entities and of those resolution changes are
/// rewritten. The report's `entities` counts the entities read.
pub fn resolve_store_touching(store: &Store, touched: &Touched) -> Result<ResolveReport> {
    rewrite(store, names_around(store, touched)?, Some(touched))
}

/// The names of `touched` and of every entity of the same class linked to
/// them by a shared name (label or alternative), transitively: all that a
/// round of [`NameTable::resolve`] looks at to decide about any of them
/// (the members and the claimants of each of their names). A name is found
/// through the store's index of objects, so the cost grows with the names
/// of the neighbourhood, not with the store.
fn names_around(store: &Store, touched: &Touched) -> Result<NameTable> {
    let ox = store.oxigraph();
    let mut names = NameTable::default();
    let mut seen: BTreeSet<String> = touched.entities.iter().cloned().collect();
    let mut queue: Vec<String> = seen.iter().cloned().collect();
    let mut asked: HashSet<Literal> = HashSet::new();
    while let Some(iri) = queue.pop() {
        let Some(class) = entity_class(&iri).map(str::to_string) else {
            continue;
        };
        let node = NamedNode::new_unchecked(iri.as_str());
        let mut found = Vec::new();
        for q in article_names(store, Some(node.as_ref())) {
            let q = q?;
            names.add(q.as_ref());
            if let Term::Literal(l) = q.object {
                if asked.insert(l.clone()) {
                    found.push(l);
                }
            }
        }
        for l in found {
            for p in [rdfs::LABEL, skos::ALT_LABEL] {
                for q in ox.quads_for_pattern(None, Some(p), Some(l.as_ref().into()), None) {
                    let q = q.map_err(|e| store.error(e))?;
                    let NamedOrBlankNodeRef::NamedNode(other) = q.subject.as_ref() else {
                        continue;
                    };
                    let other = other.as_str();
                    if entity_class(other) == Some(class.as_str()) && !seen.contains(other) {
                        seen.insert(other.to_string());
                        queue.push(other.to_string());
                    }
                }
            }
        }
    }
    Ok(names)
}

/// The entities whose articles a load added or replaced.
#[derive(Debug, Default)]
pub struct Touched {
    entities: BTreeSet<String>,
}

impl Touched {
    /// Notes the entities of an article about to be loaded, and those of
    /// the graph it replaces.
    pub fn note_article(&mut self, store: &Store, a: &ArticleQuads) -> Result<()> {
        self.note_graph(store, a.graph.as_ref())?;
        self.note(a.quads.iter().map(|q| q.as_ref()));
        Ok(())
    }

    /// Notes the entities these quads are about.
    fn note<'q>(&mut self, quads: impl IntoIterator<Item = QuadRef<'q>>) {
        for q in quads {
            if let NamedOrBlankNodeRef::NamedNode(s) = q.subject {
                if entity_class(s.as_str()).is_some() && !self.entities.contains(s.as_str()) {
                    self.entities.insert(s.as_str().to_string());
                }
            }
        }
    }

    /// Notes the entities of an article graph about to be replaced.
    fn note_graph(&mut self, store: &Store, graph: NamedNodeRef<'_>) -> Result<()> {
        for q in store
            .oxigraph()
            .quads_for_pattern(None, None, None, Some(graph.into()))
        {
            let q = q.map_err(|e| store.error(e))?;
            self.note([q.as_ref()]);
        }
        Ok(())
    }
}

/// Reads every name of the store's article graphs.
fn store_names(store: &Store) -> Result<NameTable> {
    let mut names = NameTable::default();
    for q in article_names(store, None) {
        names.add(q?.as_ref());
    }
    Ok(names)
}

/// The name quads (labels and other names) of one entity, or of all, in
/// the article graphs: not the cards made from them.
fn article_names<'a>(
    store: &'a Store,
    entity: Option<NamedNodeRef<'a>>,
) -> impl Iterator<Item = Result<Quad>> + 'a {
    [rdfs::LABEL, skos::ALT_LABEL]
        .into_iter()
        .flat_map(move |p| {
            store
                .oxigraph()
                .quads_for_pattern(entity.map(Into::into), Some(p), None, None)
        })
        .map(|q| q.map_err(|e| store.error(e)))
        .filter(|q| !q.as_ref().is_ok_and(|q| q.graph_name.is_default_graph()))
}

/// Resolves `names`, rewrites the store's quads and writes the cards (of
/// every entity, or of those touched and those resolution changes).
fn rewrite(store: &Store, names: NameTable, touched: Option<&Touched>) -> Result<ResolveReport> {
    let ox = store.oxigraph();
    let err = |e: &dyn std::fmt::Display| store.error(e);
    let entities = names.len();
    let (resolution, resolved_names) = names.resolve_with_names();
    let mut report = ResolveReport {
        entities,
        changed: resolution.len(),
        merged: resolution.merged(),
        quads: 0,
    };
    let mut iris: Vec<&String> = resolution.map.keys().collect();
    iris.sort();
    let mut old: Vec<Quad> = Vec::new();
    let mut new: Vec<Quad> = Vec::new();
    let flush = |old: &mut Vec<Quad>, new: &mut Vec<Quad>| -> Result<()> {
        let mut tx = ox.start_transaction().map_err(|e| err(&e))?;
        for q in old.iter() {
            tx.remove(q);
        }
        tx.extend(new.iter());
        tx.commit().map_err(|e| err(&e))?;
        old.clear();
        new.clear();
        Ok(())
    };
    for iri in iris {
        let node = NamedNode::new_unchecked(iri.as_str());
        let s = Some(node.as_ref().into());
        // An entity that keeps its IRI only changes its names; one that
        // merges changes wherever it appears.
        let quads: Box<dyn Iterator<Item = _>> =
            if resolution.target(node.as_ref()) == node.as_ref() {
                Box::new(
                    ox.quads_for_pattern(s, Some(rdfs::LABEL), None, None)
                        .chain(ox.quads_for_pattern(s, Some(skos::ALT_LABEL), None, None)),
                )
            } else {
                Box::new(
                    ox.quads_for_pattern(s, None, None, None)
                        .chain(ox.quads_for_pattern(None, None, Some(node.as_ref().into()), None)),
                )
            };
        for q in quads {
            let q = q.map_err(|e| err(&e))?;
            if !resolution.apply_changed(&q, &mut new) {
                new.pop();
                continue;
            }
            old.push(q);
            report.quads += 1;
        }
        if old.len() >= TX_QUADS {
            flush(&mut old, &mut new)?;
        }
    }
    if !old.is_empty() {
        flush(&mut old, &mut new)?;
    }
    match touched {
        None => {
            let cards = resolved_names.entities.keys().map(String::as_str);
            let wanted = |iri: &str| resolved_names.entities.contains_key(iri);
            crate::union::write_cards(ox, cards, Some(wanted)).map_err(|e| err(&e))?;
        }
        Some(t) => {
            // An entity merged away, or gone with a replaced graph, is among
            // these: its card is rewritten from no triples, i.e. removed.
            let mut cards: BTreeSet<&str> = t.entities.iter().map(String::as_str).collect();
            for (iri, target) in &resolution.map {
                cards.insert(iri);
                cards.insert(target.iri.as_str());
            }
            let none: Option<fn(&str) -> bool> = None;
            crate::union::write_cards(ox, cards.into_iter(), none).map_err(|e| err(&e))?;
        }
    }
    // Memtables to SST files now: otherwise every later open of the store
    // replays the write-ahead log of this pass (20 s on a 200 MB corpus).
    ox.flush().map_err(|e| err(&e))?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::GraphName;

    fn ent(class: &str, key: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{class}/{key}", ck::ID_BASE))
    }

    fn graph(n: u32) -> GraphName {
        NamedNode::new_unchecked(format!("{}article/{n}", ck::ID_BASE)).into()
    }

    fn name(e: &NamedNode, label: bool, n: &str, g: u32) -> Quad {
        let p = if label { rdfs::LABEL } else { skos::ALT_LABEL };
        Quad::new(
            e.clone(),
            p,
            Literal::new_language_tagged_literal_unchecked(n, "zh"),
            graph(g),
        )
    }

    fn resolve(quads: &[Quad]) -> (Resolution, Vec<Quad>) {
        let mut t = NameTable::default();
        for q in quads {
            t.add(q.as_ref());
        }
        let r = t.resolve();
        let mut out = Vec::new();
        for q in quads {
            r.apply(q, &mut out);
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
        let quads = vec![
            name(&full, true, "太原重工股份有限公司", 1),
            name(&full, false, "太重", 1),
            name(&short, true, "太重", 2),
            Quad::new(zone.clone(), ck::HOSTS_ENTERPRISE, short.clone(), graph(2)),
        ];
        let (r, out) = resolve(&quads);
        assert_eq!(r.merged(), 1);
        assert_eq!(r.target(short.as_ref()), full.as_ref());
        assert!(out.contains(&Quad::new(
            zone,
            ck::HOSTS_ENTERPRISE,
            full.clone(),
            graph(2)
        )));
        assert!(out.contains(&name(&full, true, "太原重工股份有限公司", 2)));
        assert!(out.contains(&name(&full, false, "太重", 2)));
        assert!(!out.iter().any(|q| q.subject == short.clone().into()));
        // Resolving the result changes nothing.
        let (again, out2) = resolve(&out);
        assert!(again.is_empty(), "{again:?}");
        assert_eq!(out, out2);
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
    fn classes_stay_apart_and_labels_agree_across_articles() {
        let z = ent("zone", "晋城");
        let e = ent("enterprise", "晋城");
        let quads = vec![
            name(&z, true, "晋城经开区", 1),
            name(&z, true, "晋城经济技术开发区", 2),
            name(&e, true, "晋城经开区", 3),
        ];
        let (r, out) = resolve(&quads);
        assert_eq!(r.merged(), 0);
        assert!(out.contains(&name(&z, true, "晋城经济技术开发区", 1)));
        assert!(out.contains(&name(&z, false, "晋城经开区", 1)));
        assert!(out.contains(&name(&e, true, "晋城经开区", 3)));
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
