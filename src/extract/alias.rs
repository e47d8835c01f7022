//! One entity per real thing: identity keys and names.
//!
//! Different names of one thing share a key: zones by their stem and suffix
//! family (晋城经开区 = 晋城经济技术开发区), enterprises by their core name
//! without place prefix and legal suffix (山西安泰控股集团 = 安泰集团 = 安泰).
//! Keys never shorten a name below its distinctive part, so 新源盛 and 新汇源
//! stay apart. Keys are independent of the article, so the same thing gets the
//! same IRI in every article.

use super::{Class, Doc, Entity};
use crate::lexicon::{Lexicon, SuffixIndex};
use regex::Regex;
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;
use std::sync::LazyLock;

/// A yearly capacity inside a project's name (年产180万吨, 年处理30万立方米),
/// left out of its key.
static CAPACITY_IN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"年(?:产|生产|处理|加工)(?:能力)?[0-9.０-９．]+(?:万|亿|千)?",
        r"(?:吨|台|套|件|辆|只|片|块|颗|条|立方米|平方米|千瓦|吉瓦时|兆瓦时|兆瓦|吉瓦|GWh|MWh|GW|MW|kW)的?"
    ))
    .expect("static regex")
});

/// True when `text` ends with a yearly capacity (…年产3000吨): what a
/// project's name may hold before 的.
pub(crate) fn ends_in_capacity(text: &str) -> bool {
    CAPACITY_IN_NAME
        .find_iter(text)
        .any(|m| m.end() == text.len())
}

/// The entities of one article, found by key.
#[derive(Clone, Debug, Default)]
pub struct EntityTable {
    list: Vec<Entity>,
    by_key: FxHashMap<(Class, String), usize>,
}

/// A name as compared: no spaces, no quotation marks.
pub fn clean_name(name: &str) -> String {
    name.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(c, '“' | '”' | '"' | '‘' | '’' | '「' | '」' | '《' | '》')
        })
        .collect()
}

/// `s` without the places that open it, each the longest one leaving at
/// least two chars (包头青山 → 青山).
pub(super) fn strip_place_prefix<'a>(lex: &Lexicon, mut s: &'a str) -> &'a str {
    loop {
        // The longest place opening `s` that leaves at least two chars.
        let chars: Vec<char> = s.chars().collect();
        let found = lex
            .place_trie
            .lengths_at(&chars, 0, chars.len().saturating_sub(2))
            .filter(|&n| n >= 2)
            .last()
            .and_then(|n| s.char_indices().nth(n))
            .map(|(b, _)| b);
        match found {
            Some(b) => s = &s[b..],
            None => return s,
        }
    }
}

/// `s` without the first of `suffixes` (indexed by `index`) it ends with
/// that leaves at least two chars.
fn strip_suffix<'a>(s: &'a str, suffixes: &[String], index: &SuffixIndex) -> &'a str {
    // The index yields exactly the suffixes `s` ends with, in list order.
    for suf in index.suffixes_of(s).map(|i| &suffixes[i]) {
        if let Some(rest) = s.strip_suffix(suf.as_str()) {
            if rest.chars().count() >= 2 {
                return rest;
            }
        }
    }
    s
}

/// The identity key of a name of a class.
pub fn key(lex: &Lexicon, class: Class, name: &str) -> String {
    let name = clean_name(name);
    match class {
        Class::Zone => match lex.zone_suffix(&name) {
            Some((suffix, family)) => {
                let stem = &name[..name.len() - suffix.len()];
                let stem = lex.places.get(stem).map_or(stem, |p| p.canonical.as_str());
                // 包头青山经开区 = 青山经开区: a city before the zone's own name
                // is often left out.
                let stem = strip_place_prefix(lex, stem);
                let stem = stem.trim_end_matches(['市', '县', '区']);
                format!("{stem}{family}")
            }
            None => name,
        },
        Class::Enterprise => {
            // (美思德(吉林)新材料有限公司 is 美思德: the place its branch is
            // in, bracketed, is no part of the brand.)
            let bare = super::names::unbracketed(&name.chars().collect::<Vec<_>>());
            let name = if bare.chars().count() >= 2 {
                bare
            } else {
                name
            };
            let legal = strip_suffix(&name, &lex.legal_suffixes, &lex.legal_index);
            let core = strip_place_prefix(lex, legal);
            // 浙江医药 is not 医药: a place before a business word alone is
            // the brand itself.
            let core = if lex
                .core_index
                .suffixes_of(core)
                .any(|i| lex.core_suffixes[i] == core)
                || lex.industries.contains(core)
            {
                legal
            } else {
                core
            };
            let core = strip_suffix(core, &lex.legal_suffixes, &lex.legal_index);
            // 擎宇新能源汽车 → 擎宇新能源 → 擎宇: business words go, one by one.
            // (云南冶金 and 云南建工 are two: a place alone is no brand.)
            let mut core = core;
            loop {
                let next = strip_suffix(core, &lex.core_suffixes, &lex.core_index);
                if next == core || lex.places.contains_key(next) {
                    break core.to_string();
                }
                core = next;
            }
        }
        // 江松科技光伏自动化设备二期项目 is 江松科技光伏自动化设备二期 (a list of
        // projects shares one 项目).
        // 启明集团年产60万吨聚丙烯项目 is 启明集团聚丙烯项目: news names a
        // project with its capacity first and without it later.
        Class::Project => {
            let name = name.replace("工程项目", "项目");
            let stem = match name.strip_suffix("项目") {
                Some(stem) if stem.chars().count() >= 4 => stem.to_string(),
                _ => return name,
            };
            let bare = CAPACITY_IN_NAME.replace(&stem, "");
            if bare.chars().count() >= 4 && bare != stem {
                bare.into_owned()
            } else {
                stem
            }
        }
        Class::Product => lex.synonyms.get(&name).cloned().unwrap_or(name),
        Class::Industry => {
            let core = [
                "产业集群",
                "产业链条",
                "产业链",
                "链条",
                "主链",
                "产业",
                "行业",
                "集群",
            ]
            .iter()
            .find_map(|suf| name.strip_suffix(suf).filter(|c| c.chars().count() >= 2));
            core.unwrap_or(&name).to_string()
        }
        Class::Place => lex
            .places
            .get(&name)
            .map_or(name.clone(), |p| p.canonical.clone()),
        _ => name,
    }
}

/// The business words of a company's full legal name (科技发展 of 天津中兴
/// 新业港科技发展有限公司, its key being 中兴新业港); `None` for a name without
/// a legal ending.
fn business_words<'a>(lex: &Lexicon, name: &'a str, key: &str) -> Option<&'a str> {
    let core = strip_suffix(name, &lex.legal_suffixes, &lex.legal_index);
    if core.len() == name.len() {
        return None;
    }
    let core = strip_place_prefix(lex, core);
    core.strip_prefix(key)
}

/// True when two full legal names share a brand but not their business
/// (科技发展 / 管理运营; 控股集团 and 集团 are one company's).
fn siblings(lex: &Lexicon, a: &str, b: &str, key: &str) -> bool {
    let a = clean_name(a);
    match (business_words(lex, &a, key), business_words(lex, b, key)) {
        (Some(x), Some(y)) => !x.is_empty() && !y.is_empty() && !x.contains(y) && !y.contains(x),
        _ => false,
    }
}

impl EntityTable {
    /// Adds a name of a class; returns the entity it names. Generic anaphors
    /// (开发区, 该项目) are not names and give `None`.
    pub fn add(
        &mut self,
        lex: &Lexicon,
        class: Class,
        name: &str,
        sentence: usize,
        rule: &'static str,
    ) -> Option<usize> {
        self.add_as(lex, class, name, name, sentence, rule)
    }

    /// Adds a name whose identity is that of `key_name` (a project named
    /// with its zone is the project named without it).
    pub fn add_as(
        &mut self,
        lex: &Lexicon,
        class: Class,
        name: &str,
        key_name: &str,
        sentence: usize,
        rule: &'static str,
    ) -> Option<usize> {
        let label = name.trim().to_string();
        let clean = clean_name(&label);
        // (One char names nothing, save a stage of a drawn flow, 煤—焦炭,
        // and a metal counted among chains, 镍、铜、钴等5个细分产业链.)
        let least = if matches!(rule, "product.name.flow" | "industry.name.listed") {
            1
        } else {
            2
        };
        if clean.chars().count() < least || lex.anaphors.contains(&clean) {
            return None;
        }
        if class == Class::GovernmentBody && lex.gov_bare.contains(&clean) {
            return None;
        }
        let mut k = key(lex, class, key_name);
        // 中兴新业港科技发展有限公司 and 中兴新业港管理运营有限公司 are two
        // companies of one brand: full names with other business words.
        // (年产14GWh…项目 and 年产10GWh…项目 in one article are two: the
        // capacity is left out of a key only to find a name without one.)
        if let Some(&i) = self.by_key.get(&(class, k.clone())) {
            let capacities = || {
                let of = |n: &str| CAPACITY_IN_NAME.find(n).map(|m| m.as_str().to_string());
                (of(&self.list[i].label), of(&clean))
            };
            if (class == Class::Enterprise && siblings(lex, &self.list[i].label, &clean, &k))
                || (class == Class::Project && matches!(capacities(), (Some(a), Some(b)) if a != b))
            {
                k = clean.clone();
            }
        }
        if let Some(&i) = self.by_key.get(&(class, k.clone())) {
            let e = &mut self.list[i];
            if e.label != label {
                // The fullest form is the label; others are alt labels.
                if clean.chars().count() > clean_name(&e.label).chars().count() {
                    let old = std::mem::replace(&mut e.label, label);
                    e.alt_labels.insert(old);
                    let l = e.label.clone();
                    e.alt_labels.remove(&l);
                } else {
                    e.alt_labels.insert(label);
                }
            }
            return Some(i);
        }
        let i = self.list.len();
        self.list.push(Entity {
            class,
            key: k.clone(),
            label,
            alt_labels: BTreeSet::new(),
            first_sentence: sentence,
            rule,
        });
        self.by_key.insert((class, k), i);
        Some(i)
    }

    /// Makes `drop` a name of `keep`: its names become alternative names
    /// and its key finds `keep` from now on.
    pub fn merge(&mut self, keep: usize, drop: usize) {
        let (label, alts, class, key) = {
            let d = &self.list[drop];
            (
                d.label.clone(),
                d.alt_labels.clone(),
                d.class,
                d.key.clone(),
            )
        };
        self.add_alt(keep, &label);
        for a in alts {
            self.add_alt(keep, &a);
        }
        self.by_key.insert((class, key), keep);
    }

    /// Adds an alternative name to an entity.
    pub fn add_alt(&mut self, e: usize, name: &str) {
        let ent = &mut self.list[e];
        if clean_name(name) != clean_name(&ent.label) {
            ent.alt_labels.insert(name.to_string());
        }
    }

    pub fn get(&self, i: usize) -> &Entity {
        &self.list[i]
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (usize, &Entity)> {
        self.list.iter().enumerate()
    }

    /// The entity of a class with this key.
    pub fn find(&self, class: Class, key: &str) -> Option<usize> {
        self.by_key.get(&(class, key.to_string())).copied()
    }

    pub fn into_entities(self) -> Vec<Entity> {
        self.list
    }
}

/// Names the text declares for what it just named: 山西华鑫重型装备制造股份
/// 有限公司（以下简称“华鑫重装”）, or names it had or has besides (X开发区
/// (原名Y工业开发区)). The declared name becomes an alternative
/// label, and every mention of it in the article is that entity, also where
/// an earlier pass read it as a thing of its own.
pub(crate) fn declared_names(doc: &mut Doc) {
    const OPENERS: [&str; 7] = ["以下简称", "以下称", "下称", "简称", "原名", "原称", "又称"];
    let mut declared: Vec<(usize, Vec<char>)> = Vec::new();
    for s in 0..doc.sents.len() {
        let chars = &doc.sents[s].chars;
        for (i, &c) in chars.iter().enumerate() {
            if c != '（' && c != '(' {
                continue;
            }
            let rest: String = chars[i + 1..chars.len().min(i + 24)].iter().collect();
            let Some(opener) = OPENERS.iter().find(|o| rest.starts_with(*o)) else {
                continue;
            };
            let after = rest[opener.len()..].trim_start_matches(['：', ':', '为', '“', '"', '「']);
            let name: String = after
                .chars()
                .take_while(|c| !matches!(c, '”' | '"' | '」' | '）' | ')' | '，' | '、' | '；'))
                .collect();
            let n = name.chars().count();
            if !(2..=12).contains(&n) || name.chars().any(|c| c.is_whitespace()) {
                continue;
            }
            // The thing named right before the bracket.
            let Some(m) = doc.sents[s]
                .mentions
                .iter()
                .filter(|m| m.end == i)
                .max_by_key(|m| m.end - m.start)
            else {
                continue;
            };
            declared.push((m.entity, name.chars().collect()));
        }
    }
    for (e, needle) in declared {
        let class = doc.entities.get(e).class;
        let name: String = needle.iter().collect();
        doc.entities.add_alt(e, &name);
        for sent in &mut doc.sents {
            let mut i = 0;
            while i + needle.len() <= sent.chars.len() {
                if sent.chars[i..i + needle.len()] != needle[..] {
                    i += 1;
                    continue;
                }
                let end = i + needle.len();
                let overlapping: Vec<usize> = (0..sent.mentions.len())
                    .filter(|&k| sent.mentions[k].start < end && i < sent.mentions[k].end)
                    .collect();
                match overlapping.as_slice() {
                    [] => sent.mentions.push(super::Mention {
                        entity: e,
                        start: i,
                        end,
                    }),
                    [k] if sent.mentions[*k].start == i
                        && sent.mentions[*k].end == end
                        && doc.entities.get(sent.mentions[*k].entity).class == class =>
                    {
                        sent.mentions[*k].entity = e;
                    }
                    // (海南炼化: the place its name opens with is inside it.)
                    ks if ks.iter().all(|&k| {
                        let m = &sent.mentions[k];
                        i <= m.start
                            && m.end <= end
                            && m.end - m.start < needle.len()
                            && doc.entities.get(m.entity).class == Class::Place
                    }) =>
                    {
                        for &k in ks.iter().rev() {
                            sent.mentions.remove(k);
                        }
                        sent.mentions.push(super::Mention {
                            entity: e,
                            start: i,
                            end,
                        });
                    }
                    _ => {}
                }
                i = end;
            }
            sent.mentions
                .sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        }
    }
}

/// `alias.abbreviation`: a company's abbreviation of three chars taken in
/// order from its full name, the first char first (法液空 for 法国液化空气
/// 集团, 中石化 for 中国石油化工集团): a mention of it wherever the text uses
/// it. The chars come from the name before its last two (the legal ending),
/// skip at least one char (a run of the name is a short name, read by
/// [`short_names`]), and jieba's tokens start and end with them; one full
/// name only may fit.
pub(crate) fn abbreviations(doc: &mut Doc) {
    let names: Vec<(usize, Vec<char>)> = doc
        .entities
        .iter()
        .filter(|(_, e)| e.class == Class::Enterprise && e.label.chars().count() >= 6)
        .map(|(i, e)| (i, e.label.chars().collect()))
        .collect();
    let fits = |label: &[char], w: &[char]| -> bool {
        let core = &label[..label.len() - 2];
        if core.first() != w.first() || core.windows(w.len()).any(|x| x == w) {
            return false;
        }
        let mut at = 0;
        w.iter()
            .all(|c| match core[at..].iter().position(|x| x == c) {
                Some(p) => {
                    at += p + 1;
                    true
                }
                None => false,
            })
    };
    if names.is_empty() {
        return;
    }
    for s in 0..doc.sents.len() {
        let chars = doc.sents[s].chars.clone();
        let mut found = Vec::new();
        for a in 0..chars.len().saturating_sub(2) {
            let w = &chars[a..a + 3];
            // (The first char rules out nearly every window at once.)
            if !names.iter().any(|(_, l)| l[0] == w[0]) {
                continue;
            }
            let mut owners = names.iter().filter(|(_, l)| fits(l, w));
            let (Some((e, label)), None) = (owners.next(), owners.next()) else {
                continue;
            };
            let sent = &doc.sents[s];
            let bounds = sent.toks.iter().any(|t| t.start == a)
                && sent.toks.iter().any(|t| t.end == a + 3)
                && !sent
                    .toks
                    .iter()
                    .any(|t| t.start < a + 3 && a < t.end && (t.start < a || t.end > a + 3));
            if !w.iter().all(|c| crate::text::is_han(*c)) || !bounds || sent.taken(a, a + 3) {
                continue;
            }
            found.push((a, *e, label.iter().collect::<String>()));
        }
        for (a, e, label) in found {
            let name: String = chars[a..a + 3].iter().collect();
            if doc.mention_as(s, a, a + 3, Class::Enterprise, "alias.abbreviation", &label)
                == Some(e)
            {
                doc.entities.add_alt(e, &name);
            }
        }
    }
}

/// A project named with its company first and without it, or with the
/// company's short name (浙江岚晖科技有限公司年产…装备项目 and 年产…装备
/// 项目, 福建岭特光电股份有限公司二期项目 and 岭特光电二期项目): one
/// project, known by the name with the fullest company's.
pub(crate) fn company_prefixed_projects(doc: &mut Doc) {
    let names: Vec<(usize, Vec<String>)> = doc
        .entities
        .iter()
        .filter(|(_, e)| e.class == Class::Enterprise)
        .map(|(i, e)| {
            let mut n: Vec<String> = std::iter::once(e.label.clone())
                .chain(e.alt_labels.iter().cloned())
                .chain(std::iter::once(e.key.clone()))
                .filter(|n| n.chars().count() >= 2)
                .collect();
            // Longest first: 岭特光电 before 岭特.
            n.sort_by_key(|n| std::cmp::Reverse(n.len()));
            (i, n)
        })
        .collect();
    // The name of a project without the company opening it, if any, the
    // company's name's length and the company.
    let rest = |key: &str| -> Option<(String, usize, usize)> {
        names.iter().find_map(|(e, ns)| {
            ns.iter().find_map(|n| {
                key.strip_prefix(n.as_str())
                    .map(|r| (r.to_string(), n.len(), *e))
            })
        })
    };
    let projects: Vec<(usize, String)> = doc
        .entities
        .iter()
        .filter(|(_, e)| e.class == Class::Project)
        .map(|(i, e)| (i, e.key.clone()))
        .collect();
    for (short, short_key) in &projects {
        let (bare, with, owner) = match rest(short_key) {
            Some((r, n, e)) => (r, n, Some(e)),
            None => (short_key.clone(), 0, None),
        };
        if bare.chars().count() < 4 {
            continue;
        }
        let longer: Vec<usize> = projects
            .iter()
            // (金锣集团生猪肉食品一体化项目 and 东方希望集团生猪肉食品一体化项目
            // are two companies' projects.)
            .filter(|(i, k)| {
                i != short
                    && rest(k).is_some_and(|(r, n, e)| {
                        r == bare && n > with && owner.is_none_or(|o| o == e)
                    })
            })
            .map(|(i, _)| *i)
            .collect();
        // (公司投资2亿元建设的日产25万支…项目 … 金拓…公司日产25万支…项目:
        // the company a sentence names owns the short one, another project.)
        let owned_apart = doc.sents.iter().any(|sent| {
            let at = |e: usize| sent.mentions.iter().any(|m| m.entity == e);
            at(*short)
                && sent.mentions.iter().any(|m| {
                    doc.entities.get(m.entity).class == Class::Enterprise
                        && !sent.mentions.iter().any(|p| {
                            doc.entities.get(p.entity).class == Class::Project
                                && p.start <= m.start
                                && m.end <= p.end
                        })
                })
        });
        if let ([keep], false) = (&longer[..], owned_apart) {
            doc.merge_entities(*keep, *short);
        }
    }
}

/// Short names: once an enterprise is known by its full name, its core name
/// elsewhere in the article is a mention of it (安泰 → 山西安泰控股集团).
/// Names entities by their stems (`(entity, stem)`) wherever `at` finds
/// one, a stem two entities share naming neither: each place found is a
/// mention of its entity, and the stem one of its names. `at` gets the
/// sentence, the index of the token the stem would start at, and the stem,
/// and gives where the mention ends.
pub(crate) fn stem_mentions(
    doc: &mut Doc,
    mut stems: Vec<(usize, Vec<char>)>,
    at: impl Fn(&super::Sent, usize, &[char]) -> Option<usize>,
) {
    let shared: Vec<Vec<char>> = stems
        .iter()
        .filter(|(i, a)| stems.iter().any(|(j, b)| i != j && a == b))
        .map(|(_, a)| a.clone())
        .collect();
    stems.retain(|(_, a)| !shared.contains(a));
    for (e, stem) in stems {
        for s in 0..doc.sents.len() {
            let sent = &doc.sents[s];
            let found: Vec<(usize, usize)> = (0..sent.toks.len())
                .filter_map(|k| {
                    let start = sent.toks[k].start;
                    let end = at(sent, k, &stem)?;
                    (!sent.taken(start, end)).then_some((start, end))
                })
                .collect();
            if !found.is_empty() {
                let name: String = stem.iter().collect();
                doc.entities.add_alt(e, &name);
            }
            for (start, end) in found {
                doc.sents[s].mentions.push(super::Mention {
                    entity: e,
                    start,
                    end,
                });
            }
            // (Mentions stay in the text's order, as every rule reads them.)
            doc.sents[s]
                .mentions
                .sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        }
    }
}

pub(crate) fn short_names(doc: &mut Doc) {
    // Endings a short name may carry (擎宇|汽车, 秦煤|集团, 宏源|公司).
    let lex = doc.lex;
    let endings = &lex.short_name_endings;
    // The key, then the brand before a business word the key still holds
    // (瑞科 of 瑞科|精密减速机: 瑞科精密 is a short name too).
    let shorts: Vec<(usize, Vec<char>, Vec<char>)> = doc
        .entities
        .iter()
        .filter(|(_, e)| e.class == Class::Enterprise && e.key.chars().count() >= 2)
        .flat_map(|(i, e)| {
            let key: Vec<char> = e.key.chars().collect();
            let label: Vec<char> = e.label.chars().collect();
            let brands = (2..key.len())
                .filter(|&k| endings.iter().any(|end| key[k..].starts_with(end)))
                .map(|k| key[..k].to_vec())
                .collect::<Vec<_>>();
            std::iter::once(key)
                .chain(brands)
                .map(move |n| (i, n, label.clone()))
        })
        .collect();
    // (洋浦国际投资咨询有限公司 beside 洋浦经济开发区: 洋浦 is the zone's
    // short name, and a place's, not the company's.)
    let zone_stems: Vec<Vec<char>> = doc
        .entities
        .iter()
        .filter(|(_, e)| e.class == Class::Zone)
        .filter_map(|(_, e)| {
            let label: Vec<char> = e.label.chars().collect();
            lex.zone_stem(&label).map(<[char]>::to_vec)
        })
        .collect();
    for (e, needle, label) in shorts {
        // (Only a place's own name: 金沙 of 金沙县 may be a company's brand.)
        let place_word = zone_stems.contains(&needle)
            || lex.places.contains_key(&needle.iter().collect::<String>());
        if place_word {
            continue;
        }
        for s in 0..doc.sents.len() {
            let chars = doc.sents[s].chars.clone();
            let mut i = 0;
            while i + needle.len() <= chars.len() {
                // The first char rules out nearly every position at once.
                if chars[i] != needle[0] || chars[i..i + needle.len()] != needle[..] {
                    i += 1;
                    continue;
                }
                let mut end = i + needle.len();
                // Take the longest ending, twice at most (擎宇|新能源|汽车),
                // of those the full name holds (晶辉|玻璃, not 晶辉|玻璃|光伏
                // of 嘉兴晶辉玻璃有限公司).
                for _ in 0..2 {
                    let longest = endings
                        .iter()
                        .filter(|suf| {
                            chars.get(end) == suf.first()
                                && chars[end..].starts_with(suf)
                                && label.windows(suf.len()).any(|w| w == &suf[..])
                        })
                        .map(|suf| suf.len())
                        .max();
                    match longest {
                        Some(n) => end += n,
                        None => break,
                    }
                }
                // Inside a longer name only at the start of a project's name
                // (恒锻精密|大型环锻件项目): that says who owns the project.
                // A product or industry read inside the ending is the
                // ending's business word (擎宇|汽车, 湘芯|半导体), not a
                // product of its own.
                let brand_end = i + needle.len();
                let sent = &doc.sents[s];
                let in_ending = |m: &super::Mention| {
                    matches!(
                        doc.entities.get(m.entity).class,
                        Class::Product | Class::Industry
                    ) && m.start >= brand_end
                        && m.end <= end
                };
                let ok = sent
                    .mentions
                    .iter()
                    .filter(|m| m.start < end && i < m.end)
                    .all(|m| {
                        in_ending(m)
                            || (doc.entities.get(m.entity).class == Class::Project
                                && m.start == i
                                && m.end > end)
                    });
                if !ok {
                    i += 1;
                    continue;
                }
                let ending_words: Vec<usize> = (0..sent.mentions.len())
                    .filter(|&k| in_ending(&sent.mentions[k]))
                    .collect();
                for k in ending_words.into_iter().rev() {
                    doc.sents[s].mentions.remove(k);
                }
                let name: String = chars[i..end].iter().collect();
                doc.entities.add_alt(e, &name);
                doc.sents[s].mentions.push(super::Mention {
                    entity: e,
                    start: i,
                    end,
                });
                doc.sents[s]
                    .mentions
                    .sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
                i = end;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A former name in brackets (X开发区(原名Y工业开发区)) is another name
    /// of the zone, not a zone of its own.
    #[test]
    fn a_former_name_is_another_name() {
        let r = crate::extract::testing::read(
            "岚溪经济开发区(原名岚溪县工业开发区)创建于1988年,园区位于城东。",
        );
        let zones: Vec<&Entity> = r
            .iter()
            .flat_map(|x| &x.entities)
            .filter(|e| e.class == Class::Zone)
            .collect();
        assert_eq!(zones.len(), 1, "{zones:?}");
        let names: Vec<&String> = std::iter::once(&zones[0].label)
            .chain(&zones[0].alt_labels)
            .collect();
        for n in ["岚溪经济开发区", "岚溪县工业开发区"] {
            assert!(names.iter().any(|x| *x == n), "{n}: {names:?}");
        }
    }

    /// A company named with its branch's place in brackets (岚思德(锦川)新
    /// 材料有限公司) is its brand (岚思德), which owns the project it opens.
    #[test]
    fn a_bracketed_branch_place_is_no_part_of_the_brand() {
        let r = crate::extract::testing::read(
            "岚思德(锦川)新材料有限公司厂区崭新的化工装置拔地而起。岚思德有机胺系列产品项目正在进行设备安装。",
        );
        assert!(crate::extract::testing::has(
            &r,
            "岚思德有机胺系列产品项目",
            "ownedBy",
            "岚思德(锦川)新材料有限公司"
        ));
    }

    /// A declared short name opening with a place (汶川炼化) is the
    /// company wherever the text uses it, not the place.
    #[test]
    fn a_short_name_opening_with_a_place_is_the_company() {
        let r = crate::extract::testing::read(
            "岚溪石化汶川炼油化工有限公司(以下简称“汶川炼化”)落户园区。汶川炼化主要生产成品油、沥青等产品。",
        );
        assert!(crate::extract::testing::has(
            &r,
            "岚溪石化汶川炼油化工有限公司",
            "produces",
            "沥青"
        ));
    }

    /// A three-char abbreviation taken in order from a company's full name
    /// (岚液空 of 岚国液化空气集团) is that company; three chars of no one
    /// name's are no company.
    #[test]
    fn an_abbreviation_is_the_company() {
        let r = crate::extract::testing::read(
            "世界500强企业岚国液化空气集团也赶来建厂。正是看好这片市场的潜力,岚液空果断落户。\
             岚溪县果断推进改革。",
        );
        let e = crate::extract::testing::labels(&r, Class::Enterprise);
        assert_eq!(e, ["岚国液化空气集团"], "{e:?}");
        let alts: Vec<&String> = r
            .iter()
            .flat_map(|x| &x.entities)
            .flat_map(|e| &e.alt_labels)
            .collect();
        assert!(alts.iter().any(|a| *a == "岚液空"), "{alts:?}");
    }

    /// A project listed without its company and then named with it is one
    /// project; one whose sentence names another company is another.
    #[test]
    fn a_project_with_and_without_its_company_is_one() {
        let r = crate::extract::testing::read(
            "岚锣集团生猪肉食品一体化项目开工。岭东希望集团生猪肉食品一体化项目开工。             年产30万平方米岚式建筑装备项目、岭港产业园二期等15个项目成功签约。             其中,浙江岚晖智能科技有限公司年产30万平方米岚式建筑装备项目投资额为10亿元。             岭川宏翔公司投资2亿元建设的日产25万支锂离子电池项目是省列重点项目,             与甘肃岚拓锂电新能源有限公司日产25万支锂离子电池项目齐头并进。",
        );
        let p = crate::extract::testing::labels(&r, Class::Project);
        let full = "浙江岚晖智能科技有限公司年产30万平方米岚式建筑装备项目";
        assert!(p.iter().any(|x| x == full), "{p:?}");
        assert!(
            !p.iter().any(|x| x == "年产30万平方米岚式建筑装备项目"),
            "{p:?}"
        );
        for x in [
            "岚锣集团生猪肉食品一体化项目",
            "岭东希望集团生猪肉食品一体化项目",
            "日产25万支锂离子电池项目",
            "甘肃岚拓锂电新能源有限公司日产25万支锂离子电池项目",
        ] {
            assert!(p.iter().any(|y| y == x), "{x}: {p:?}");
        }
    }

    #[test]
    fn keys_join_forms_of_one_thing_and_keep_others_apart() {
        let lex = Lexicon::builtin().unwrap();
        let k = |c, n| key(&lex, c, n);
        assert_eq!(
            k(Class::Zone, "晋城经开区"),
            k(Class::Zone, "晋城经济技术开发区")
        );
        assert_eq!(
            k(Class::Zone, "古县开发区"),
            k(Class::Zone, "古县经济技术开发区")
        );
        assert_ne!(
            k(Class::Zone, "古县经济技术开发区"),
            k(Class::Zone, "古县高新区")
        );
        assert_eq!(
            k(Class::Enterprise, "山西安泰控股集团"),
            k(Class::Enterprise, "安泰集团")
        );
        assert_eq!(k(Class::Enterprise, "宏源公司"), "宏源");
        // A place and a business word each: two companies, not one 贵州.
        assert_ne!(
            k(Class::Enterprise, "贵州冶金"),
            k(Class::Enterprise, "贵州建工")
        );
        // A project named with and without its capacity is one project.
        assert_eq!(
            k(Class::Project, "启明集团年产60万吨聚丙烯项目"),
            k(Class::Project, "启明集团聚丙烯项目")
        );
        assert_ne!(
            k(Class::Project, "启明集团年产60万吨聚丙烯项目"),
            k(Class::Project, "启明集团聚乙烯项目")
        );
        // Nothing but a capacity left: the name keeps it.
        assert_eq!(k(Class::Project, "年产5万吨项目"), "年产5万吨");
        assert_ne!(
            k(Class::Enterprise, "新源盛"),
            k(Class::Enterprise, "新汇源")
        );
    }
}
