//! `chainkg eval`: scores extraction against gold annotations.
//!
//! A gold file lists facts (`type`, `alias`, `rel`, `val`); `#? ` marks an
//! optional fact, neither rewarded nor penalised. Entities match when any of
//! their names match (without spaces and quotation marks); numbers match
//! within 0.5 %. Scores are per fact kind, per property and micro-averaged.

use crate::error::{Error, Result};
use crate::extract::alias::clean_name;
use crate::extract::Extractor;
use crate::model::{Class, Value};
use crate::pipeline::input::{documents_of, FileKind};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq)]
enum GoldFact {
    Type(String, String),
    Alias(String, String),
    Rel(String, String, String),
    Val(String, String, String),
}

impl GoldFact {
    fn kind(&self) -> (&'static str, String) {
        match self {
            GoldFact::Type(_, c) => ("type", c.clone()),
            GoldFact::Alias(..) => ("alias", "alias".into()),
            GoldFact::Rel(_, p, _) => ("rel", p.clone()),
            GoldFact::Val(_, p, _) => ("val", p.clone()),
        }
    }
}

struct Gold {
    source: PathBuf,
    facts: Vec<(GoldFact, bool)>,
}

fn parse_gold(path: &Path) -> Result<Gold> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io("reading", path, e))?;
    let mut source = path.with_extension("txt");
    let mut facts = Vec::new();
    parse_lines(path, &text, &mut source, &mut facts)?;
    if let Some(extra) = extra_of(path).filter(|p| p.is_file()) {
        let text = std::fs::read_to_string(&extra).map_err(|e| Error::io("reading", &extra, e))?;
        parse_lines(&extra, &text, &mut source.clone(), &mut facts)?;
    }
    Ok(Gold { source, facts })
}

/// The file of capacities and dates beside a gold file
/// (`DIR/extra/NAME.extra.tsv`, as the development corpus has them).
fn extra_of(path: &Path) -> Option<PathBuf> {
    let stem = path.file_stem()?.to_str()?;
    Some(
        path.parent()?
            .join("extra")
            .join(format!("{stem}.extra.tsv")),
    )
}

/// Reads the fact lines of a gold file (or of its extra file: `cap` and
/// `date` lines) into `facts`.
fn parse_lines(
    path: &Path,
    text: &str,
    source: &mut PathBuf,
    facts: &mut Vec<(GoldFact, bool)>,
) -> Result<()> {
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        let (line, optional) = match line.strip_prefix("#? ") {
            Some(rest) => (rest, true),
            None => (line, false),
        };
        if let Some(src) = line.strip_prefix("# source:") {
            *source = path.parent().unwrap_or(Path::new(".")).join(src.trim());
            continue;
        }
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').map(str::trim).collect();
        let bad = || Error::bad_input(path, Some(n), format!("not a gold fact: {line}"));
        let fact = match f.as_slice() {
            ["type", l, c] => {
                Class::from_name(c).ok_or_else(bad)?;
                GoldFact::Type(l.to_string(), c.to_string())
            }
            ["alias", l, o] => GoldFact::Alias(l.to_string(), o.to_string()),
            ["rel", s, p, o] => GoldFact::Rel(s.to_string(), p.to_string(), o.to_string()),
            ["val", s, p, v] => GoldFact::Val(s.to_string(), p.to_string(), v.to_string()),
            // `cap SUBJECT annualCapacity VALUE UNIT PRODUCT`: the value in
            // its unit (the unit is chainkg's own choice of scale).
            ["cap", s, p @ "annualCapacity", v, ..] => {
                GoldFact::Val(s.to_string(), p.to_string(), v.to_string())
            }
            // `date SUBJECT operationDate YYYY-MM NOTE`.
            ["date", s, p @ "operationDate", v, ..] => {
                GoldFact::Val(s.to_string(), p.to_string(), v.to_string())
            }
            _ => return Err(bad()),
        };
        facts.push((fact, optional));
    }
    Ok(())
}

/// Precision/recall counts of one line of the report.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores of an evaluation: per kind (`type`, `alias`, `rel`, `val`), per
/// property or class, and micro-averaged over everything.
#[derive(Clone, Debug, Default)]
pub struct EvalReport {
    pub by_kind: BTreeMap<String, Counts>,
    pub by_property: BTreeMap<String, Counts>,
    pub micro: Counts,
    /// What each rule's predictions scored (true and false positives).
    pub by_rule: BTreeMap<String, Counts>,
    /// Gold facts missed and facts predicted wrongly, for inspection.
    pub missed: Vec<String>,
    pub wrong: Vec<String>,
}

/// A predicted entity: class and all names.
struct PEnt {
    class: Class,
    names: HashSet<String>,
    /// The rule that first named it.
    rule: &'static str,
}

enum PVal {
    Ent(usize),
    Num(f64),
    Text(String),
}

/// Scores every `*.tsv` in `dir` against a fresh extraction of its text.
pub fn evaluate(dir: &Path, extractor: &Extractor) -> Result<EvalReport> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io("listing", dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Error::bad_input(dir, None, "no gold files (*.tsv) here"));
    }
    let mut report = EvalReport::default();
    for f in files {
        let gold = parse_gold(&f)?;
        score_file(&gold, extractor, &mut report)?;
    }
    for c in report.by_kind.values() {
        report.micro.add(*c);
    }
    Ok(report)
}

/// A predicted fact's test against gold facts.
type Matcher<'a> = Box<dyn Fn(&GoldFact) -> bool + 'a>;

/// A predicted fact: subject entity, property, value, rule.
type PFact = (usize, String, PVal, &'static str);

/// A predicted fact in gold form: kind, shown text, test, rule.
type Predicted<'a> = (String, String, Matcher<'a>, &'static str);

/// The article's entities (merged across its articles by identity, as in
/// the store) and facts `(subject, property, value, rule)`, freshly
/// extracted.
fn predict(gold: &Gold, extractor: &Extractor) -> Result<(Vec<PEnt>, Vec<PFact>)> {
    let raw =
        std::fs::read_to_string(&gold.source).map_err(|e| Error::io("reading", &gold.source, e))?;
    let kind = FileKind::of(&gold.source).unwrap_or(FileKind::Text);
    let docs = documents_of(&gold.source, &gold.source.display().to_string(), kind, raw)?;
    let read = crate::pipeline::read_documents(extractor, &docs);
    // Entities merged across articles by identity, as in the store.
    let mut ents: Vec<PEnt> = Vec::new();
    let mut index: HashMap<(Class, String), usize> = HashMap::new();
    let mut facts: Vec<PFact> = Vec::new();
    for r in &read {
        let local: Vec<usize> = r
            .extraction
            .entities
            .iter()
            .map(|e| {
                let id = *index.entry((e.class, e.key.clone())).or_insert_with(|| {
                    ents.push(PEnt {
                        class: e.class,
                        names: HashSet::new(),
                        rule: e.rule,
                    });
                    ents.len() - 1
                });
                ents[id].names.insert(clean_name(&e.label));
                ents[id]
                    .names
                    .extend(e.alt_labels.iter().map(|a| clean_name(a)));
                id
            })
            .collect();
        for f in &r.extraction.facts {
            let p = crate::model::vocab::ck::local_name_of(f.property)
                .unwrap_or("")
                .to_string();
            let v = match &f.value {
                Value::Entity(o) => PVal::Ent(local[*o]),
                Value::Decimal(d) => PVal::Num(d.parse().unwrap_or(f64::NAN)),
                Value::Date(d, _) => PVal::Text(d.clone()),
                Value::Capacity { value, .. } | Value::Indicator { value, .. } => {
                    PVal::Num(value.parse().unwrap_or(f64::NAN))
                }
            };
            facts.push((local[f.subject], p, v, f.rule));
        }
    }
    Ok((ents, facts))
}

/// Names of each gold entity: its label and every alias line.
fn gold_names(gold: &Gold) -> HashMap<String, HashSet<String>> {
    let mut gold_names: HashMap<String, HashSet<String>> = HashMap::new();
    for (f, _) in &gold.facts {
        match f {
            GoldFact::Type(l, _) => {
                gold_names
                    .entry(l.clone())
                    .or_default()
                    .insert(clean_name(l));
            }
            GoldFact::Alias(l, o) => {
                let e = gold_names.entry(l.clone()).or_default();
                e.insert(clean_name(l));
                e.insert(clean_name(o));
            }
            _ => {}
        }
    }
    gold_names
}

fn score_file(gold: &Gold, extractor: &Extractor, report: &mut EvalReport) -> Result<()> {
    let (ents, facts) = predict(gold, extractor)?;
    let gold_names = gold_names(gold);
    let names_of = |l: &str| -> HashSet<String> {
        gold_names
            .get(l)
            .cloned()
            .unwrap_or_else(|| std::iter::once(clean_name(l)).collect())
    };
    let matches =
        |gl: &str, e: usize| -> bool { names_of(gl).iter().any(|n| ents[e].names.contains(n)) };
    let num_eq = |a: f64, b: &str| -> bool {
        b.parse::<f64>()
            .is_ok_and(|b| (a - b).abs() <= 0.005 * b.abs().max(1e-9))
    };
    // Predicted facts in gold form, to compare.
    let mut predicted: Vec<Predicted<'_>> = Vec::new();
    for (i, e) in ents.iter().enumerate() {
        let class = e.class.name().to_string();
        let label = e.names.iter().min().cloned().unwrap_or_default();
        let c2 = class.clone();
        predicted.push((
            "type".into(),
            format!("type\t{label}\t{class}"),
            Box::new(move |g| matches!(g, GoldFact::Type(l, c) if *c == c2 && matches(l, i))),
            e.rule,
        ));
    }
    for (i, e) in ents.iter().enumerate() {
        // Every name pair of an entity stands for its alias facts; one alias
        // fact per name beyond the first.
        let mut names: Vec<&String> = e.names.iter().collect();
        names.sort();
        for n in names.iter().skip(1) {
            let n = (*n).clone();
            let show = format!("alias\t{}\t{}", names[0], n);
            predicted.push((
                "alias".into(),
                show,
                Box::new(move |g| matches!(g, GoldFact::Alias(l, o) if matches(l, i) && (clean_name(o) == n || names_of(l).contains(&n)))),
                "alias",
            ));
        }
    }
    for (s, p, v, rule) in &facts {
        let (s, p) = (*s, p.clone());
        let sname = ents[s].names.iter().min().cloned().unwrap_or_default();
        match v {
            PVal::Ent(o) => {
                let o = *o;
                let oname = ents[o].names.iter().min().cloned().unwrap_or_default();
                let p2 = p.clone();
                predicted.push((
                    "rel".into(),
                    format!("rel\t{sname}\t{p}\t{oname}"),
                    Box::new(move |g| matches!(g, GoldFact::Rel(gs, gp, go) if *gp == p2 && matches(gs, s) && matches(go, o))),
                    *rule,
                ));
            }
            PVal::Num(x) => {
                let x = *x;
                let p2 = p.clone();
                predicted.push((
                    "val".into(),
                    format!("val\t{sname}\t{p}\t{x}"),
                    Box::new(move |g| matches!(g, GoldFact::Val(gs, gp, gv) if *gp == p2 && matches(gs, s) && num_eq(x, gv))),
                    *rule,
                ));
            }
            PVal::Text(t) => {
                let t = t.clone();
                let p2 = p.clone();
                predicted.push((
                    "val".into(),
                    format!("val\t{sname}\t{p}\t{t}"),
                    Box::new(move |g| matches!(g, GoldFact::Val(gs, gp, gv) if *gp == p2 && matches(gs, s) && *gv == t)),
                    *rule,
                ));
            }
        }
    }
    tally(gold, &predicted, report);
    Ok(())
}

/// Counts each predicted fact as a hit (the first gold fact it matches
/// that no other took), a wrong fact (matches none) or neither (matches
/// only optional or taken ones), then the gold facts nobody predicted.
fn tally(gold: &Gold, predicted: &[Predicted<'_>], report: &mut EvalReport) {
    let mut hit = vec![false; gold.facts.len()];
    for (kind, show, pred, rule) in predicted {
        let found: Vec<usize> = gold
            .facts
            .iter()
            .enumerate()
            .filter(|(_, (g, _))| pred(g))
            .map(|(i, _)| i)
            .collect();
        let required = found
            .iter()
            .find(|&&i| !gold.facts[i].1 && !hit[i])
            .or_else(|| found.iter().find(|&&i| !gold.facts[i].1));
        let (prop, kind_key) = match required.or(found.first()) {
            Some(&i) => {
                let (k, p) = gold.facts[i].0.kind();
                (p, k.to_string())
            }
            None => {
                let mut parts = show.split('\t');
                let k = parts.next().unwrap_or("").to_string();
                let p = match k.as_str() {
                    "type" => show.rsplit('\t').next().unwrap_or("").to_string(),
                    "alias" => "alias".to_string(),
                    _ => show.split('\t').nth(2).unwrap_or("").to_string(),
                };
                (p, k)
            }
        };
        debug_assert_eq!(&kind_key, kind);
        let mut c = Counts::default();
        match required {
            Some(&i) if !hit[i] => {
                hit[i] = true;
                c.tp = 1;
            }
            Some(_) => {}
            None if found.is_empty() => {
                c.fp = 1;
                report.wrong.push(format!("{show}\t[{rule}]"));
            }
            None => {}
        }
        report.by_kind.entry(kind.clone()).or_default().add(c);
        report.by_property.entry(prop).or_default().add(c);
        report.by_rule.entry(rule.to_string()).or_default().add(c);
    }
    for (i, (g, optional)) in gold.facts.iter().enumerate() {
        if !optional && !hit[i] {
            let (k, p) = g.kind();
            let c = Counts {
                tp: 0,
                fp: 0,
                fn_: 1,
            };
            report.by_kind.entry(k.to_string()).or_default().add(c);
            report.by_property.entry(p).or_default().add(c);
            report.missed.push(format!("{g:?}"));
        }
    }
}

impl EvalReport {
    /// The report as a text table.
    /// Precision of the facts each rule predicted, worst first.
    pub fn rules_table(&self) -> String {
        let mut rules: Vec<(&String, &Counts)> = self.by_rule.iter().collect();
        rules.sort_by(|a, b| {
            a.1.precision()
                .total_cmp(&b.1.precision())
                .then(b.1.fp.cmp(&a.1.fp))
        });
        let mut out = format!("{:<36} {:>5} {:>5}\n", "rule", "tp", "fp");
        for (r, c) in rules {
            out.push_str(&format!(
                "{r:<36} {:>5} {:>5}  P {:.3}\n",
                c.tp,
                c.fp,
                c.precision()
            ));
        }
        out
    }

    pub fn table(&self) -> String {
        let mut out = String::new();
        let row = |name: &str, c: &Counts| {
            format!(
                "{name:<18} {:>5} {:>5} {:>5}  P {:.3}  R {:.3}  F1 {:.3}\n",
                c.tp,
                c.fp,
                c.fn_,
                c.precision(),
                c.recall(),
                c.f1()
            )
        };
        out.push_str(&format!("{:<18} {:>5} {:>5} {:>5}\n", "", "tp", "fp", "fn"));
        for (k, c) in &self.by_property {
            out.push_str(&row(k, c));
        }
        out.push('\n');
        for (k, c) in &self.by_kind {
            out.push_str(&row(k, c));
        }
        out.push('\n');
        out.push_str(&row("entities", &self.kinds(&["type", "alias"])));
        out.push_str(&row("relations+values", &self.kinds(&["rel", "val"])));
        out.push_str(&row("micro", &self.micro));
        out
    }

    /// The counts of some fact kinds together: `type` and `alias` are
    /// the entities found, `rel` and `val` what is said of them.
    pub fn kinds(&self, kinds: &[&str]) -> Counts {
        let mut c = Counts::default();
        for k in kinds {
            if let Some(k) = self.by_kind.get(*k) {
                c.add(*k);
            }
        }
        c
    }
}
