//! Fact extraction: from an article's sentences to entities, relations and
//! values, each with the sentence and rule it came from.
//!
//! The pipeline runs in passes over the article. First each family finds its
//! entity mentions (zones, enterprises, projects, chains and products,
//! others), then short names are matched to the full names found, then each
//! family reads its relations and values. Families live in their own files so
//! a reader finds where a relation is extracted in one step.

pub mod alias;
mod belongs;
mod chain;
mod enterprise;
mod flow;
mod indicator;
mod lists;
mod names;
mod places_people;
mod project;
mod project_name;
pub mod quantity;
mod roles;
mod table;
mod zone;

use crate::lexicon::Lexicon;
use crate::model::Sentence;
use crate::model::{Class, Entity, Extraction, Fact, Value};
use crate::text::segment::ArticleText;
use crate::text::sentence::split_sentences;
use jieba_rs::Jieba;
use oxigraph::model::NamedNodeRef;
use rustc_hash::FxHashSet;
use std::rc::Rc;

pub use alias::EntityTable;

/// A part-of-speech tag, kept inline when short (jieba's tags are one to
/// four letters): no allocation per token.
#[derive(Clone, Debug)]
pub(crate) enum PosTag {
    Inline { len: u8, bytes: [u8; 7] },
    Heap(Box<str>),
}

impl PosTag {
    pub fn new(tag: &str) -> Self {
        let mut bytes = [0u8; 7];
        match bytes.get_mut(..tag.len()) {
            Some(b) => {
                b.copy_from_slice(tag.as_bytes());
                PosTag::Inline {
                    len: tag.len() as u8,
                    bytes,
                }
            }
            None => PosTag::Heap(tag.into()),
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            // The bytes are a whole `&str` copied in `new`.
            PosTag::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..*len as usize]).unwrap_or_default()
            }
            PosTag::Heap(s) => s,
        }
    }
}

impl std::ops::Deref for PosTag {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for PosTag {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// A token of a sentence (jieba word with POS tag, char offsets).
#[derive(Clone, Debug)]
pub(crate) struct Tok {
    pub tag: PosTag,
    pub start: usize,
    pub end: usize,
    /// A word of two or more Han chars that jieba's dictionary lacks (its
    /// HMM found it) with a tag that ends names (a verb, adverb, time word,
    /// …): the tag is a guess from the word alone (晨顺迈/v, 隆启/t), and
    /// such a word is most often a name nobody listed. (Only these tags are
    /// looked up: a dictionary lookup for every token would cost 3 % of the
    /// extraction.)
    pub oov: bool,
}

/// An entity mention: char span `[start, end)` in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mention {
    pub entity: usize,
    pub start: usize,
    pub end: usize,
}

/// Words whose presence rules check before running a regex: a rule's
/// regex cannot match a sentence that holds none of the words it needs, and
/// most sentences hold few of them. One automaton finds them all in one
/// pass over the sentence ([`Sent::triggers`]); [`triggers`] gives the mask
/// of a rule's words. Each rule lists its words beside its regex; these are
/// all the lists, and [`TRIGGER_WORDS`] their words, each once.
const GATES: &[&[&str]] = &[
    chain::INDUSTRY_LIST_AND,
    chain::INDUSTRY_LIST_CHAIN,
    chain::INDUSTRY_LIST_COUNT,
    chain::PRODUCT_CUES_LIST,
    chain::PRODUCT_CUES_OR_ROLES_LIST,
    chain::OUTPUT_VERBS_LIST,
    enterprise::ENTERPRISE_LIST_AND,
    enterprise::ENTERPRISE_LIST_QIYE,
    enterprise::ENTERPRISE_LIST_TON,
    indicator::NAMED_FIRST_WORDS_LIST,
    indicator::COUNT_FIRST_WORDS_LIST,
    indicator::SHARE_WORDS_LIST,
    indicator::SHARE_PERCENT,
    places_people::TITLES_LIST,
    places_people::GOVERNOR_LIST,
    places_people::HONORIFICS_LIST,
    places_people::LIES_IN_VERBS,
    project::INVESTMENT_WORDS_LIST,
    project::YUAN_LIST,
    project::LAND_WORDS_LIST,
    project::FLOOR_WORDS_LIST,
    project::CAPACITY_WORDS_GATE_LIST,
    project::FORMING_LIST,
    project::PROGRESS_WORDS_LIST,
    project::PERCENT_LIST,
    project::DATE_WORDS_LIST,
    project::OPENING_WORDS_LIST,
    project::BUILT_BY_WORDS_LIST,
    project::BUILT_BY_VERBS_LIST,
    project::OWNER_CUES_LIST,
    chain::MADE_CUES,
    enterprise::SETTLE_CUES,
    places_people::SETTLE_VERBS,
    places_people::COOP_VERBS,
    chain::CLASS_LIST_VERBS,
    chain::DEVELOP_VERBS,
    chain::FEEDSTOCK_ROLES_LIST,
    places_people::SPOKEN_VERBS,
    chain::USED_FOR_CUES,
    chain::PRODUCES_CUES,
    enterprise::MEMBER_CUES,
    enterprise::PARTNER_CUES,
];

/// The distinct words of [`GATES`] in their first slots, and how many.
const DISTINCT: ([&str; MAX_TRIGGERS], usize) = distinct_words(GATES);
const TRIGGER_COUNT: usize = DISTINCT.1;
pub(crate) const TRIGGER_WORDS: [&str; TRIGGER_COUNT] = first_words(&DISTINCT.0);

/// Words that give a clause a city's, county's or province's scope
/// (全市…, 该县…): what it says is not one zone's.
pub(crate) const WIDER_SCOPES: &[&str] = &[
    "该市", "全市", "我市", "该省", "全省", "我省", "该县", "全县", "我县", "全州", "全国",
];

/// How many trigger words a [`Mask`] holds.
const MAX_TRIGGERS: usize = 256;

/// A set of [`TRIGGER_WORDS`], one bit each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Mask([u128; 2]);

impl Mask {
    const fn with(mut self, bit: usize) -> Mask {
        self.0[bit / 128] |= 1u128 << (bit % 128);
        self
    }

    /// True when the two sets share a word.
    pub(crate) fn meets(self, other: Mask) -> bool {
        self.0[0] & other.0[0] != 0 || self.0[1] & other.0[1] != 0
    }
}

/// The distinct words of `lists` in order of first appearance, and how
/// many there are (at most [`MAX_TRIGGERS`]).
const fn distinct_words(lists: &[&[&'static str]]) -> ([&'static str; MAX_TRIGGERS], usize) {
    let mut out = [""; MAX_TRIGGERS];
    let mut n = 0;
    let mut l = 0;
    while l < lists.len() {
        let mut w = 0;
        while w < lists[l].len() {
            let word = lists[l][w];
            let mut seen = false;
            let mut k = 0;
            while k < n {
                seen |= same_str(out[k], word);
                k += 1;
            }
            if !seen {
                assert!(n < MAX_TRIGGERS, "more trigger words than a Mask holds");
                out[n] = word;
                n += 1;
            }
            w += 1;
        }
        l += 1;
    }
    (out, n)
}

const fn first_words<const N: usize>(all: &[&'static str; MAX_TRIGGERS]) -> [&'static str; N] {
    let mut words = [""; N];
    let mut i = 0;
    while i < N {
        words[i] = all[i];
        i += 1;
    }
    words
}

static TRIGGER_AUTOMATON: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(TRIGGER_WORDS.as_slice())
            .expect("trigger words build an automaton")
    });

const fn same_str(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The mask of some [`TRIGGER_WORDS`] (a list missing from [`GATES`] stops
/// the compilation when used in a `const`).
pub(crate) const fn triggers(words: &[&str]) -> Mask {
    let mut mask = Mask([0; 2]);
    let mut i = 0;
    while i < words.len() {
        let mut j = 0;
        let mut found = false;
        while j < TRIGGER_WORDS.len() {
            if same_str(words[i], TRIGGER_WORDS[j]) {
                mask = mask.with(j);
                found = true;
            }
            j += 1;
        }
        assert!(found, "a trigger-word list is missing from GATES");
        i += 1;
    }
    mask
}

/// The mask of the [`TRIGGER_WORDS`] found in a text.
pub(crate) fn trigger_mask(text: &str) -> Mask {
    TRIGGER_AUTOMATON
        .find_overlapping_iter(text)
        .fold(Mask::default(), |m, hit| m.with(hit.pattern().as_usize()))
}

/// The matches of `re` in `text`; none, without searching, when `gate` is
/// false (the sentence lacks the trigger words every match holds).
pub(crate) fn gated<'r, 't>(
    re: &'r regex::Regex,
    text: &'t str,
    gate: bool,
) -> std::iter::Flatten<std::option::IntoIter<regex::CaptureMatches<'r, 't>>> {
    gate.then(|| re.captures_iter(text)).into_iter().flatten()
}

/// The char spans of the `list` group of each match of `re` in `text`, none
/// when `gate` is false (the list readers of companies, industries…).
pub(crate) fn list_spans(re: &regex::Regex, text: &str, gate: bool) -> Vec<(usize, usize)> {
    gated(re, text, gate)
        .filter_map(|c| c.name("list"))
        .map(|m| (char_pos(text, m.start()), char_pos(text, m.end())))
        .collect()
}

/// A sentence being read: its chars, tokens and mentions.
pub(crate) struct Sent {
    /// The chars and the text, shared: passes that add mentions keep them
    /// while the sentence changes.
    pub chars: Rc<[char]>,
    pub text: Rc<str>,
    /// The [`TRIGGER_WORDS`] the sentence holds.
    pub triggers: Mask,
    pub toks: Vec<Tok>,
    pub mentions: Vec<Mention>,
    /// Paragraph number, so context does not leak across paragraphs.
    pub paragraph: usize,
    /// The sentence speaks of a zone by a generic name (园区, 开发区, 区内…).
    pub zone_talk: bool,
}

/// Words besides the zones' generic names that speak of a zone.
const ZONE_TALK: &[&str] = &["区内", "全区", "该区", "辖区", "位于"];

/// True when `s` is made of words of `lists` only, the longest word first
/// at each step (上下游|高端, 研发|生产|销售); an empty `s` is not.
pub(crate) fn made_of(s: &str, lists: &[&[&str]]) -> bool {
    let mut rest = s;
    while !rest.is_empty() {
        match lists
            .iter()
            .flat_map(|l| l.iter())
            .filter(|w| !w.is_empty() && rest.starts_with(**w))
            .max_by_key(|w| w.len())
        {
            Some(w) => rest = &rest[w.len()..],
            None => return false,
        }
    }
    !s.is_empty()
}

/// The char index of byte offset `byte` in `text` (regex matches are in
/// bytes, mentions in chars).
pub(crate) fn char_pos(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

impl Sent {
    /// True when the mention starting at `start` is the object of 为, 给 or
    /// 向 (为埃夫特配套生产…): the one served, not the one acting.
    pub(crate) fn served(&self, start: usize) -> bool {
        start > 0 && matches!(self.chars[start - 1], '为' | '给' | '向')
    }

    /// True when the sentence holds one of the trigger words of `mask`.
    pub(crate) fn has_any(&self, mask: Mask) -> bool {
        self.triggers.meets(mask)
    }

    /// Flags of the char positions where a token starts, and where one
    /// ends (`len + 1` entries each).
    pub fn token_bounds(&self) -> (Vec<bool>, Vec<bool>) {
        let n = self.chars.len() + 1;
        let (mut starts, mut ends) = (vec![false; n], vec![false; n]);
        for t in &self.toks {
            if let Some(f) = starts.get_mut(t.start) {
                *f = true;
            }
            if let Some(f) = ends.get_mut(t.end) {
                *f = true;
            }
        }
        (starts, ends)
    }

    pub fn text(&self, start: usize, end: usize) -> String {
        let n = self.chars.len();
        let chars = &self.chars[start.min(n)..end.min(n)];
        // (Sized at once: Han chars take three bytes each.)
        let mut text = String::with_capacity(chars.iter().map(|c| c.len_utf8()).sum());
        text.extend(chars);
        text
    }

    /// Mentions of a class, in order.
    pub fn of<'a>(&'a self, doc: &'a Doc, class: Class) -> impl Iterator<Item = Mention> + 'a {
        self.mentions
            .iter()
            .copied()
            .filter(move |m| doc.entities.get(m.entity).class == class)
    }

    /// Like [`Sent::taken`], but a place may lie inside the span: place
    /// names open product and company names (静乐|藜麦).
    pub fn taken_except_places(&self, doc: &Doc, start: usize, end: usize) -> bool {
        self.mentions.iter().any(|m| {
            m.start < end && start < m.end && doc.entities.get(m.entity).class != Class::Place
        })
    }

    /// True when a span overlaps a mention already found.
    pub fn taken(&self, start: usize, end: usize) -> bool {
        self.mentions.iter().any(|m| m.start < end && start < m.end)
    }
}

/// An article being read.
pub(crate) struct Doc<'a> {
    pub lex: &'a Lexicon,
    pub sents: Vec<Sent>,
    pub entities: EntityTable,
    pub facts: Vec<Fact>,
    /// Year of the article's date, for dates that leave it out.
    pub year: Option<i32>,
    /// Number of sentences from the headline (0 or 1).
    pub title_sents: usize,
    /// Mentions (sentence, start) of a whole the thing spoken of is part
    /// of (该装置是|P项目|核心): never the one a later value or anaphor
    /// means.
    pub wholes: FxHashSet<(usize, usize)>,
}

/// Endings of a building's name: no product or industry ends so.
const BUILDINGS: &[&str] = &["中心", "车间", "大楼", "厂房", "大厦", "综合体"];

/// The length of a list's number opening a name: (2), （二）, ①, or 3.
/// and 3、 before a name's first char (not 1.5万吨, 2、3号).
fn list_number_len(chars: &[char]) -> usize {
    let numeral = |c: &char| c.is_ascii_digit() || crate::text::numerals::is_han_digit(*c);
    let digits = chars.iter().skip(1).take_while(|c| numeral(c)).count();
    if matches!(chars.first(), Some('(' | '（'))
        && (1..=2).contains(&digits)
        && matches!(chars.get(1 + digits), Some(')' | '）'))
    {
        return digits + 2;
    }
    if chars.first().is_some_and(|c| ('①'..='⑳').contains(c)) {
        return 1;
    }
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    let named_after = chars
        .get(digits + 1)
        .is_some_and(|c| crate::text::is_han(*c) && !"万亿千百个家号期".contains(*c));
    if (1..=2).contains(&digits)
        && matches!(chars.get(digits), Some('.' | '．' | '、'))
        && named_after
    {
        return digits + 1;
    }
    0
}

/// The length of a quality opening a product's name (高转速, 低噪声,
/// 高效率|新能源汽车减速器齿轮): 高 or 低 and what is measured; 0 if none.
/// (高性能碳纤维, 高纯度硅, 高强度钢: those name grades of a material.)
fn quality_len(chars: &[char]) -> usize {
    const MEASURED: &[&str] = &["转速", "噪声", "噪音", "效率", "能耗"];
    let quality = matches!(chars.first(), Some('高' | '低'))
        && MEASURED
            .iter()
            .any(|m| crate::text::chars_start_with(&chars[1..], m));
    if !quality {
        return 0;
    }
    // (A quality alone is the whole name; after it, two chars at least.)
    if chars.len() == 3 || chars.len() >= 5 {
        3
    } else {
        0
    }
}

/// Kinds of public works, which lists of a zone's fields (领域) name
/// beside its trades.
const PUBLIC_WORKS: &[&str] = &[
    "基础设施",
    "民生工程",
    "民生改善",
    "社会民生",
    "社会事业",
    "环保整治",
    "城市建设",
    "公共服务",
];

impl<'a> Doc<'a> {
    /// Adds a mention of a (possibly new) entity and returns the entity.
    pub fn mention(
        &mut self,
        s: usize,
        start: usize,
        end: usize,
        class: Class,
        rule: &'static str,
    ) -> Option<usize> {
        let name = self.sents[s].text(start, end);
        self.mention_as(s, start, end, class, rule, &name)
    }

    /// Makes entity `drop` a name of `keep`, its mentions `keep`'s.
    pub(crate) fn merge_entities(&mut self, keep: usize, drop: usize) {
        self.entities.merge(keep, drop);
        for sent in &mut self.sents {
            for m in &mut sent.mentions {
                if m.entity == drop {
                    m.entity = keep;
                }
            }
        }
    }

    /// Adds a mention whose identity is that of `key_name`.
    pub fn mention_as(
        &mut self,
        s: usize,
        start: usize,
        end: usize,
        class: Class,
        rule: &'static str,
        key_name: &str,
    ) -> Option<usize> {
        // ((2)沃尔沃…项目, ①…: a list's number is no part of the name.)
        // (轻量化、高转速、低噪声、高效率|减速器齿轮: qualities listed
        // with what is made are no products; one opening a name is no
        // part of it.)
        let chars = &self.sents[s].chars;
        let number = list_number_len(&chars[start..end]);
        let quality = match class {
            Class::Product => quality_len(&chars[start + number..end]),
            _ => 0,
        };
        let numbered = self.sents[s].text(start + number, end);
        if quality == end - start - number
            || (class == Class::Product
                && numbered.ends_with('化')
                && end - start - number <= 3
                && !self.lex.products.contains_key(&numbered))
        {
            return None;
        }
        let lead = number + quality;
        let whole = lead > 0 && self.sents[s].text(start, end) == key_name;
        let start = start + lead;
        let name = self.sents[s].text(start, end);
        let key_name = if whole { name.as_str() } else { key_name };
        // (研发中心, 印刷综合车间: a building is neither what is made nor a
        // trade, whichever rule reads it so.)
        if matches!(class, Class::Product | Class::Industry)
            && BUILDINGS.iter().any(|b| name.ends_with(b))
        {
            return None;
        }
        // (项目涉及工业、基础设施、民生工程…等5个领域: the kinds of public
        // works are no trades.)
        if class == Class::Industry && PUBLIC_WORKS.contains(&name.as_str()) {
            return None;
        }
        // (产业链招商、专业化招商: ways of recruiting firms name nothing.)
        if name.ends_with("招商") {
            return None;
        }
        let e = self
            .entities
            .add_as(self.lex, class, &name, key_name, s, rule)?;
        let sent = &mut self.sents[s];
        // A place inside a longer name is part of that name (山西|安泰…), as
        // is a government body's inside a company's (中水四局|(塔城)…公司).
        let table = &self.entities;
        sent.mentions.retain(|m| {
            let inside = start <= m.start && m.end <= end && m.end - m.start < end - start;
            let part = match table.get(m.entity).class {
                Class::Place => true,
                Class::GovernmentBody => class == Class::Enterprise,
                _ => false,
            };
            !(inside && part)
        });
        if !sent
            .mentions
            .iter()
            .any(|m| m.start == start && m.end == end && m.entity == e)
        {
            sent.mentions.push(Mention {
                entity: e,
                start,
                end,
            });
            sent.mentions
                .sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        }
        Some(e)
    }

    /// Records a relation between two entities (once).
    pub fn relate(
        &mut self,
        subject: usize,
        property: NamedNodeRef<'static>,
        object: usize,
        s: usize,
        rule: &'static str,
    ) {
        if subject == object {
            return;
        }
        self.add_fact(Fact {
            subject,
            property,
            value: Value::Entity(object),
            sentence: s,
            rule,
            evidence: None,
        });
    }

    /// Relates like [`Doc::relate`], and when the relation is known already
    /// (guessed from a name, say), gives it this statement's sentence and
    /// rule: the text states it here.
    pub fn restate(
        &mut self,
        subject: usize,
        property: NamedNodeRef<'static>,
        object: usize,
        s: usize,
        rule: &'static str,
    ) {
        let known = self.facts.iter_mut().find(|f| {
            f.subject == subject && f.property == property && f.value == Value::Entity(object)
        });
        match known {
            Some(f) => {
                f.sentence = s;
                f.rule = rule;
                f.evidence = None;
            }
            None => self.relate(subject, property, object, s, rule),
        }
    }

    /// Records a fact unless the same subject/property/value is known.
    pub fn add_fact(&mut self, fact: Fact) {
        let dup = self.facts.iter().any(|f| {
            f.subject == fact.subject && f.property == fact.property && f.value == fact.value
        });
        if !dup {
            self.facts.push(fact);
        }
    }

    /// True when a fact with this subject and property exists.
    pub fn has(&self, subject: usize, property: NamedNodeRef<'static>) -> bool {
        self.facts
            .iter()
            .any(|f| f.subject == subject && f.property == property)
    }

    pub fn class(&self, e: usize) -> Class {
        self.entities.get(e).class
    }

    /// The last mention of a class before (sentence, char), looking back at
    /// most `window` sentences within the paragraph.
    pub fn last_before(&self, class: Class, s: usize, at: usize, window: usize) -> Option<usize> {
        self.last_mention(class, s, at, window, true)
    }

    /// Like [`Doc::last_before`], across paragraphs (for 该项目, 该公司).
    pub fn last_before_anywhere(
        &self,
        class: Class,
        s: usize,
        at: usize,
        window: usize,
    ) -> Option<usize> {
        self.last_mention(class, s, at, window, false)
    }

    /// The one of a class a 该公司 or 该项目 before (sentence, char) speaks
    /// of: the last that opened a sentence within `window` sentences back
    /// (its subject), else the last named at all.
    pub fn spoken_of(&self, class: Class, s: usize, at: usize, window: usize) -> Option<usize> {
        (s.saturating_sub(window).max(self.title_sents)..s)
            .rev()
            .find_map(|i| {
                self.sents[i]
                    .mentions
                    .iter()
                    .find(|m| m.start == 0 && self.class(m.entity) == class && !self.nested(i, m))
                    .map(|m| m.entity)
            })
            .or_else(|| self.last_before_anywhere(class, s, at, window))
    }

    fn last_mention(
        &self,
        class: Class,
        s: usize,
        at: usize,
        window: usize,
        same_paragraph: bool,
    ) -> Option<usize> {
        let para = self.sents[s].paragraph;
        for back in 0..=window.min(s) {
            let i = s - back;
            if i < self.title_sents
                || (same_paragraph && back > 0 && self.sents[i].paragraph != para)
            {
                break;
            }
            let limit = if back == 0 { at } else { usize::MAX };
            let found = self.sents[i].mentions.iter().rev().find(|m| {
                m.end <= limit
                    && self.class(m.entity) == class
                    && !self.nested(i, m)
                    && !self.wholes.contains(&(i, m.start))
            });
            if let Some(m) = found {
                return Some(m.entity);
            }
        }
        None
    }

    /// True when the mention lies inside a longer mention (a zone inside a
    /// project name).
    pub fn nested(&self, s: usize, m: &Mention) -> bool {
        self.sents[s]
            .mentions
            .iter()
            .any(|o| o.start <= m.start && m.end <= o.end && (o.end - o.start) > (m.end - m.start))
    }
}

/// Function chars jieba may glue to a province's first char, cutting the
/// province's name (为河/n|南安/ns|普: 为 + 河南 + a brand's 安普).
const GLUED_TO_PROVINCE: &str = "为在与和到从对向于及同是";

/// Splits a two-char token of a function word and a province's first char
/// (为河) from the token after it (南安): the function word, the province
/// (of the place lexicon), then what is left of the next token, a word
/// jieba does not know.
fn split_province(lex: &Lexicon, text: &str, toks: &mut Vec<Tok>) {
    let province = |w: &[char]| {
        lex.places
            .get(&w.iter().collect::<String>())
            .is_some_and(|p| p.kind == crate::lexicon::PlaceKind::Province)
    };
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i + 1 < toks.len() {
        let (a, next) = (&toks[i], &toks[i + 1]);
        let split = a.end - a.start == 2
            && next.start == a.end
            && next.end - next.start >= 2
            && GLUED_TO_PROVINCE.contains(chars[a.start])
            && province(&chars[a.start + 1..a.start + 3]);
        if split {
            let (s, e) = (a.start, next.end);
            let mut parts = vec![
                Tok {
                    tag: PosTag::new("p"),
                    start: s,
                    end: s + 1,
                    oov: false,
                },
                Tok {
                    tag: PosTag::new("ns"),
                    start: s + 1,
                    end: s + 3,
                    oov: false,
                },
            ];
            if e > s + 3 {
                parts.push(Tok {
                    tag: PosTag::new("nz"),
                    start: s + 3,
                    end: e,
                    oov: true,
                });
            }
            let n = parts.len();
            toks.splice(i..i + 2, parts);
            i += n;
        } else {
            i += 1;
        }
    }
}

/// The extractor: lexicons and the segmenter, built once and shared by all
/// threads.
pub struct Extractor {
    lex: Lexicon,
    jieba: Jieba,
    /// [`ZONE_TALK`] and the lexicon's zone anaphors, found in one pass.
    zone_talk: aho_corasick::AhoCorasick,
}

impl Extractor {
    pub fn new(lex: Lexicon) -> crate::Result<Self> {
        let jieba = lex.segmenter()?;
        let words = ZONE_TALK
            .iter()
            .copied()
            .chain(lex.zone_anaphors.iter().map(String::as_str));
        let zone_talk =
            aho_corasick::AhoCorasick::new(words).map_err(|e| crate::Error::Lexicon {
                path: std::path::PathBuf::from("data/lexicon/anaphors.txt"),
                line: 0,
                message: e.to_string(),
            })?;
        Ok(Extractor {
            lex,
            jieba,
            zone_talk,
        })
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }

    /// Tokens with POS tags of a text, with char offsets.
    pub(crate) fn tokens(&self, text: &str) -> Vec<Tok> {
        let oov = |word: &str, tag: &str| {
            word.chars().nth(1).is_some()
                && tag.starts_with([
                    'p', 'c', 'u', 'd', 'r', 'q', 't', 'f', 'm', 'v', 'a', 'l', 'i',
                ])
                && word.chars().all(crate::text::is_han)
                && !self.jieba.has_word(word)
        };
        let mut out: Vec<Tok> = Vec::new();
        // (为河/n|南安/ns: see [`split_province`].)
        let mut glued_province = false;
        for t in self.jieba.tag(text, true) {
            glued_province |= t.end - t.start == 2
                && t.word
                    .chars()
                    .next()
                    .is_some_and(|c| GLUED_TO_PROVINCE.contains(c));
            // 零部件/mq: jieba reads the 零 of parts as a numeral.
            let tag = if t.tag.starts_with('m') && ["零部件", "零配件", "零件"].contains(&t.word)
            {
                "n"
            } else {
                self.lex.user_tags.get(t.word).map_or(t.tag, String::as_str)
            };
            // Function words the HMM glued to a name, split off: where (in
            // chars) and the tags of the two parts.
            let chars = t.end - t.start;
            let unknown = |w: &str| !self.jieba.has_word(w);
            // 更/d|有华赛/ns|包装, 又/d|有橙果/n: the 有 of 更有, 又有, 既有
            // (…方面,|有宇培/nr: at a clause's start too).
            let glued_you = chars >= 3
                && t.word.starts_with('有')
                && out.last().is_some_and(|p| {
                    p.end == t.start && p.tag.as_str().starts_with(['d', 'c', 'x'])
                })
                && unknown(t.word);
            // 大展|科等/u: the 等 closing a list glued to the name before it.
            let glued_deng =
                chars >= 2 && t.word.ends_with('等') && tag.starts_with('u') && unknown(t.word);
            // 引进/v|了岚川/ns: the 了 closing a verb glued to the name after it.
            let glued_le = chars >= 3
                && t.word.starts_with('了')
                && out
                    .last()
                    .is_some_and(|p| p.end == t.start && p.tag.as_str().starts_with('v'))
                && unknown(t.word);
            // 中元|汇吉是/v|重庆市…: the 是 of a clause glued to the name
            // before it.
            let glued_shi = chars >= 3
                && t.word.ends_with('是')
                && t.word.chars().all(crate::text::is_han)
                && unknown(t.word);
            // 项目|均是由/n|省委…: the 由 before the agent glued to the
            // words before it (jieba's dictionary holds 均是由 as a noun;
            // two-char words, 自由 and 理由, stay whole).
            let glued_you_by =
                chars >= 3 && t.word.ends_with('由') && t.word.chars().all(crate::text::is_han);
            // 近日,|经岚浦/ns|经济开发区管委会研究: the 经 (by) opening a
            // clause glued to the name after it.
            let glued_jing = chars >= 3
                && t.word.starts_with('经')
                && out.last().is_none_or(|p| p.tag.as_str().starts_with('x'))
                && unknown(t.word);
            let cut = if glued_you {
                Some((1, "v", tag))
            } else if glued_le {
                Some((1, "ul", tag))
            } else if glued_deng {
                Some((chars - 1, "n", "u"))
            } else if glued_shi {
                Some((chars - 1, "nz", "v"))
            } else if glued_you_by {
                Some((chars - 1, tag, "p"))
            } else if glued_jing {
                Some((1, "p", tag))
            } else {
                None
            };
            match cut {
                Some((k, first, second)) => {
                    let at = t
                        .word
                        .char_indices()
                        .nth(k)
                        .map_or(t.word.len(), |(b, _)| b);
                    out.push(Tok {
                        tag: PosTag::new(first),
                        start: t.start,
                        end: t.start + k,
                        // (The brand the HMM read with 是 is a word
                        // jieba does not know.)
                        oov: glued_shi && unknown(&t.word[..at]),
                    });
                    out.push(Tok {
                        tag: PosTag::new(second),
                        start: t.start + k,
                        end: t.end,
                        oov: oov(&t.word[at..], second),
                    });
                }
                None => out.push(Tok {
                    tag: PosTag::new(tag),
                    start: t.start,
                    end: t.end,
                    oov: oov(t.word, tag),
                }),
            }
        }
        if glued_province {
            split_province(&self.lex, text, &mut out);
        }
        out
    }

    /// Reads one article.
    pub fn extract(&self, article: &ArticleText, title: Option<Sentence>) -> Extraction {
        let mut sentences: Vec<Sentence> = title.into_iter().collect();
        let title_sents = sentences.len();
        sentences.extend(split_sentences(&article.body));
        let mut paragraph = 0;
        let body_chars: Vec<char> = article.body.text.chars().collect();
        let sents = sentences
            .iter()
            .enumerate()
            .map(|(i, s)| {
                if i > title_sents
                    && s.start > 0
                    && body_chars[..s.start]
                        .iter()
                        .rev()
                        .take_while(|c| c.is_whitespace())
                        .any(|c| *c == '\n')
                {
                    paragraph += 1;
                }
                Sent {
                    chars: s.text.chars().collect(),
                    text: Rc::from(s.text.as_str()),
                    triggers: trigger_mask(&s.text),
                    toks: self.tokens(&s.text),
                    mentions: Vec::new(),
                    paragraph: if i < title_sents {
                        usize::MAX
                    } else {
                        paragraph
                    },
                    zone_talk: self.zone_talk.is_match(&s.text),
                }
            })
            .collect();
        let year = article
            .meta
            .date
            .as_deref()
            .and_then(|d| d.get(..4))
            .and_then(|y| y.parse().ok());
        let mut doc = Doc {
            lex: &self.lex,
            sents,
            entities: EntityTable::default(),
            facts: Vec::new(),
            year,
            title_sents,
            wholes: FxHashSet::default(),
        };
        // Mentions: longer, more specific names first.
        zone::mentions(&mut doc);
        places_people::mentions(&mut doc, article);
        enterprise::mentions(&mut doc);
        roles::mentions(&mut doc);
        project::mentions(&mut doc);
        lists::mentions(&mut doc);
        chain::mentions(&mut doc);
        // (After lists and chains: what their class words typed is theirs.)
        enterprise::brands(&mut doc);
        flow::mentions(&mut doc);
        // Last: a table's header names nothing, whatever a rule read there.
        table::mentions(&mut doc);
        alias::declared_names(&mut doc);
        alias::short_names(&mut doc);
        zone::stem_names(&mut doc);
        places_people::stem_names(&mut doc);
        alias::abbreviations(&mut doc);
        alias::company_prefixed_projects(&mut doc);
        project::demonstratives(&mut doc);
        // Relations and values.
        let main_zone = zone::relations(&mut doc);
        enterprise::chain_heads(&mut doc);
        enterprise::relations(&mut doc, main_zone);
        project::relations(&mut doc, main_zone);
        project_name::relations(&mut doc);
        chain::relations(&mut doc);
        lists::relations(&mut doc);
        belongs::relations(&mut doc);
        places_people::relations(&mut doc, main_zone);
        zone::focus(&mut doc, main_zone);
        indicator::relations(&mut doc, main_zone);
        chain::drop_passing_products(&mut doc);
        prune(doc, sentences)
    }
}

/// Drops entities left without any mention or fact (a place that turned out
/// to be part of a longer name), renumbering the facts. A place keeps only
/// the names the text uses for it on their own: 湖南 inside 湖南创普开业…
///公司 is no other name of 湖南省.
fn prune(doc: Doc, sentences: Vec<Sentence>) -> Extraction {
    let n = doc.entities.len();
    let mut used = vec![false; n];
    let mut spoken: Vec<Vec<String>> = vec![Vec::new(); n];
    for s in &doc.sents {
        for m in &s.mentions {
            used[m.entity] = true;
            if doc.entities.get(m.entity).class == Class::Place {
                spoken[m.entity].push(alias::clean_name(&s.text(m.start, m.end)));
            }
        }
    }
    for f in &doc.facts {
        used[f.subject] = true;
        if let Value::Entity(o) = f.value {
            used[o] = true;
        }
    }
    let mut map = vec![usize::MAX; n];
    let mut entities = Vec::new();
    for (i, mut e) in doc.entities.into_entities().into_iter().enumerate() {
        if e.class == Class::Place {
            e.alt_labels
                .retain(|a| spoken[i].contains(&alias::clean_name(a)));
        }
        // (The byline's people and the dateline's place are named outside
        // the body's sentences.)
        if used[i]
            || matches!(
                e.rule,
                "person.byline" | "government.name.byline" | "place.name.dateline"
            )
        {
            map[i] = entities.len();
            entities.push(e);
        }
    }
    let facts = doc
        .facts
        .into_iter()
        .map(|mut f| {
            f.subject = map[f.subject];
            if let Value::Entity(o) = &mut f.value {
                *o = map[*o];
            }
            f
        })
        .collect();
    Extraction {
        sentences,
        entities,
        facts,
    }
}

/// What the rules' unit tests share: one extractor (the dictionary is
/// costly to load) and the facts of a text as readable triples.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use crate::model::Meta;
    use crate::text::segment::segment;

    static EXTRACTOR: std::sync::LazyLock<Extractor> = std::sync::LazyLock::new(|| {
        Extractor::new(crate::lexicon::Lexicon::builtin().expect("lexicon")).expect("extractor")
    });

    /// Every article of `text`, read.
    pub(crate) fn read(text: &str) -> Vec<Extraction> {
        segment(text, &Meta::default())
            .iter()
            .map(|a| EXTRACTOR.extract(a, None))
            .collect()
    }

    /// Like [`read`], with each article's headline as its first sentence,
    /// as the pipeline reads it.
    pub(crate) fn read_titled(text: &str) -> Vec<Extraction> {
        segment(text, &Meta::default())
            .iter()
            .map(|a| {
                let title = a.meta.title.as_ref().map(|t| Sentence {
                    text: t.clone(),
                    start: 0,
                    end: 0,
                    origin: (0, 0),
                });
                EXTRACTOR.extract(a, title)
            })
            .collect()
    }

    /// The labels of the entities of a class, sorted.
    pub(crate) fn labels(read: &[Extraction], class: Class) -> Vec<String> {
        let mut out: Vec<String> = read
            .iter()
            .flat_map(|r| &r.entities)
            .filter(|e| e.class == class)
            .map(|e| e.label.clone())
            .collect();
        out.sort();
        out
    }

    /// Every relation read, as (subject label, property, object label).
    pub(crate) fn relations(read: &[Extraction]) -> Vec<(String, String, String)> {
        read.iter()
            .flat_map(|r| {
                r.facts.iter().filter_map(move |f| {
                    let Value::Entity(o) = f.value else {
                        return None;
                    };
                    let p = f.property.as_str().rsplit('#').next().unwrap_or("");
                    Some((
                        r.entities[f.subject].label.clone(),
                        p.to_string(),
                        r.entities[o].label.clone(),
                    ))
                })
            })
            .collect()
    }

    /// True when the relation was read.
    pub(crate) fn has(read: &[Extraction], s: &str, p: &str, o: &str) -> bool {
        relations(read)
            .iter()
            .any(|r| r.0 == s && r.1 == p && r.2 == o)
    }

    /// Every fact read, as (subject label, rule id, value), values of
    /// entities as their labels.
    pub(crate) fn facts(read: &[Extraction]) -> Vec<(String, &'static str, String)> {
        read.iter()
            .flat_map(|r| {
                r.facts.iter().map(move |f| {
                    let value = match &f.value {
                        Value::Entity(o) => r.entities[*o].label.clone(),
                        Value::Decimal(v) | Value::Date(v, _) => v.clone(),
                        Value::Capacity { value, .. } => value.clone(),
                        Value::Indicator { name, value, .. } => format!("{name}={value}"),
                    };
                    (r.entities[f.subject].label.clone(), f.rule, value)
                })
            })
            .collect()
    }

    /// True when rule `rule` stated `value` of the entity labelled `s`.
    pub(crate) fn fired(read: &[Extraction], s: &str, rule: &str, value: &str) -> bool {
        facts(read)
            .iter()
            .any(|f| f.0 == s && f.1 == rule && f.2 == value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Meta;
    use crate::text::segment::segment;

    /// A way of recruiting firms (产业链招商, 专业化招商) names nothing,
    /// though listed beside 龙头企业招商.
    #[test]
    fn a_way_of_recruiting_names_nothing() {
        let r = testing::read(
            "岚溪开发区围绕主导产业,持续开展产业链招商、专业化招商、龙头企业招商,\
             不断发展壮大高端化工产业集群。",
        );
        let names: Vec<String> = r[0].entities.iter().map(|e| e.label.clone()).collect();
        assert!(names.iter().all(|n| !n.ends_with("招商")), "{names:?}");
        assert!(names.contains(&"岚溪开发区".to_string()), "{names:?}");
    }

    /// A province jieba cut between a function word and a county (为河/n|
    /// 南安/ns) is the province, and its company's brand after it no county.
    #[test]
    fn a_province_cut_by_jieba_is_whole() {
        let r = testing::read("1个光伏项目为河南安岭光伏玻璃项目,总投资1.2亿元。");
        assert!(testing::has(
            &r,
            "河南安岭光伏玻璃项目",
            "ownedBy",
            "河南安岭"
        ));
        let places = testing::labels(&r, Class::Place);
        assert!(!places.iter().any(|p| p == "南安"), "{places:?}");
    }

    /// A list's number opening an item ((2), ①, 3.) is no part of the
    /// project's name, nor of its owner's.
    #[test]
    fn a_lists_number_opens_no_name() {
        let r = testing::read(
            "(1)岚溪大道建设项目全长3公里。(2)岚峰汽车青禾整车制造基地建设项目。\
             由岚峰汽车(中国)有限公司组织实施,总投资20亿元。③汶川年产1.5万吨碳纤维项目开工。",
        );
        let projects = testing::labels(&r, Class::Project);
        assert!(
            projects.contains(&"岚峰汽车青禾整车制造基地建设项目".to_string()),
            "{projects:?}"
        );
        assert!(
            projects.iter().all(|p| !p.starts_with(['(', '③'])),
            "{projects:?}"
        );
        assert!(list_number_len(&"1.5万吨".chars().collect::<Vec<_>>()) == 0);
        assert_eq!(list_number_len(&"3.汶川".chars().collect::<Vec<_>>()), 2);
        assert_eq!(
            list_number_len(&"（十二）汶川".chars().collect::<Vec<_>>()),
            4
        );
    }

    /// Qualities listed with what is made (轻量化、高转速、低噪声) are no
    /// products; one opening a product's name (高效率|…齿轮) is no part of
    /// it.
    #[test]
    fn qualities_are_no_products() {
        let r = testing::read(
            "岚溪传动科技有限公司制造基地项目将生产轻量化、高转速、低噪声、高效率新能源汽车减速器齿轮和高速减速器等产品。",
        );
        let made = testing::labels(&r, Class::Product);
        for q in ["轻量化", "高转速", "低噪声"] {
            assert!(!made.contains(&q.to_string()), "{made:?}");
        }
        assert!(
            made.contains(&"新能源汽车减速器齿轮".to_string()),
            "{made:?}"
        );
    }

    /// A building (…中心, …车间, …大楼) is no product and no industry,
    /// whichever rule reads it in a list of what is built.
    #[test]
    fn a_building_is_no_product_or_industry() {
        let r = testing::read(
            "汶岚项目主要建设内容为岚溪纸包装、复合塑料包装和新材料生产岚溪印刷综合车间、\
             制袋综合车间、综合大楼等设施。主要建设内容包括研发办公楼等产业载体，\
             以及汶岚展示中心、岚峰服务中心、园区配套餐饮等产业和生活服务配套。",
        );
        for class in [Class::Product, Class::Industry] {
            let found = testing::labels(&r, class);
            assert!(
                !found
                    .iter()
                    .any(|l| BUILDINGS.iter().any(|b| l.ends_with(b))),
                "{found:?}"
            );
        }
    }

    /// Every trigger word, past the first 128 too, is found in a text as
    /// its own bit and no other word's.
    #[test]
    fn each_trigger_word_is_its_own_bit() {
        for (i, word) in TRIGGER_WORDS.iter().enumerate() {
            let found = trigger_mask(word);
            assert!(found.meets(triggers(&[word])), "{word}");
            let other = TRIGGER_WORDS[(i + 1) % TRIGGER_WORDS.len()];
            if !word.contains(other) {
                assert!(
                    !Mask::default().with(i).meets(triggers(&[other])),
                    "{word} {other}"
                );
            }
        }
    }

    /// A 由 glued to the words before it (均是由, a noun in jieba's
    /// dictionary) is split off: the body after it is named from its
    /// first word, and the name it is declared short for is its own.
    #[test]
    fn a_glued_you_opens_the_agents_name() {
        let r = testing::read(
            "上述两个项目均是由省委外事工作委员会办公室(以下简称省委外办)牵线引进的。",
        );
        assert_eq!(
            testing::labels(&r, Class::GovernmentBody),
            ["省委外事工作委员会办公室"]
        );
    }

    /// A word of the user dictionary that jieba's own dictionary tags
    /// otherwise takes the user dictionary's tag (落户: v, not n).
    #[test]
    fn the_user_dictionary_tags_known_words() {
        let x = Extractor::new(crate::lexicon::Lexicon::builtin().unwrap()).unwrap();
        let toks = x.tokens("通讯模切企业领胜科技落户东台。");
        let settle = toks.iter().find(|t| t.tag.as_str() != "x" && t.start == 10);
        assert_eq!(settle.map(|t| t.tag.as_str()), Some("v"));
    }

    /// What jieba's unknown-word model glues is split again: the 有 of
    /// 更有/又有 or opening a clause before a name, the 等 closing a list
    /// after one, the 零 of 零部件 read as a numeral.
    #[test]
    fn glued_function_words_are_split_off() {
        let x = Extractor::new(crate::lexicon::Lexicon::builtin().unwrap()).unwrap();
        for text in [
            "更有华赛包装年产8亿只瓶盖生产线",
            "现代物流方面,有宇培、荣桂等企业入驻",
            "引进聚弘光电、大展科等企业入驻",
            "涵盖新能源汽车零部件产业",
            "岚元汇泽是江北新区锂电产业链链主企业",
        ] {
            let chars: Vec<char> = text.chars().collect();
            for t in x.tokens(text) {
                let w: String = chars[t.start..t.end].iter().collect();
                assert!(
                    !(w.chars().count() >= 3 && w.starts_with('有') && !x.jieba.has_word(&w)),
                    "{text}: {w}"
                );
                assert!(
                    !(w.chars().count() >= 2
                        && w.ends_with('等')
                        && t.tag.as_str().starts_with('u')),
                    "{text}: {w}"
                );
                assert!(
                    !(w == "零部件" && t.tag.as_str().starts_with('m')),
                    "{text}: {w}"
                );
                assert!(
                    !(w.chars().count() >= 3 && w.ends_with('是') && !x.jieba.has_word(&w)),
                    "{text}: {w}"
                );
            }
        }
    }

    /// The labels of the entities of `class` read from `text`.
    fn labels(extractor: &Extractor, text: &str, class: Class) -> Vec<String> {
        let mut out: Vec<String> = segment(text, &Meta::default())
            .iter()
            .flat_map(|a| extractor.extract(a, None).entities)
            .filter(|e| e.class == class)
            .map(|e| e.label)
            .collect();
        out.sort();
        out
    }

    /// Brands jieba does not know get tags guessed from the word alone
    /// (晨顺迈/v, 隆启/t); names keep them, and a clause is no list of names.
    #[test]
    fn unknown_brands_stay_in_names_and_clauses_are_not_names() {
        let x = Extractor::new(crate::lexicon::Lexicon::builtin().unwrap()).unwrap();
        let text = "去年以来，为涵璟铭重工配套轴承套圈锻件的安庆晨顺迈精密锻造有限公司、\
                    生产轴承保持架的安庆瑾隆启保持架有限公司相继入驻经开区热力产业园。\
                    晨顺迈精密大型环锻件项目总投资3.5亿元，已于2025年9月投入运营。\
                    硫磺和液氨则就近销往周边化肥企业。安庆经开区着力做强海洋工程装备产业链。";
        let enterprises = labels(&x, text, Class::Enterprise);
        assert!(
            enterprises.contains(&"安庆瑾隆启保持架有限公司".to_string()),
            "{enterprises:?}"
        );
        assert!(
            enterprises.contains(&"安庆晨顺迈精密锻造有限公司".to_string()),
            "{enterprises:?}"
        );
        assert!(
            !enterprises
                .iter()
                .any(|e| e.contains("液氨") || e.starts_with("保持架")),
            "{enterprises:?}"
        );
        assert_eq!(
            labels(&x, text, Class::Project),
            ["晨顺迈精密大型环锻件项目"]
        );
        let industries = labels(&x, text, Class::Industry);
        assert!(
            industries.iter().any(|i| i.starts_with("海洋工程装备")),
            "{industries:?}"
        );
        // One-char brand words with function tags (顺/p, 越/d), and the
        // short name of a company named before.
        let text = "以陕西宁益顺能源化工集团有限公司为链主。深圳与华为有限公司合作。\
                    以陕西煜润越能源化工集团有限公司为链主。园区现有化工企业20家。\
                    煜润越集团煤制甲醇项目总投资132亿元。";
        assert_eq!(
            labels(&x, text, Class::Enterprise),
            [
                "华为有限公司",
                "陕西宁益顺能源化工集团有限公司",
                "陕西煜润越能源化工集团有限公司"
            ]
        );
        assert_eq!(labels(&x, text, Class::Project), ["煜润越集团煤制甲醇项目"]);
    }

    /// The extractions of `text`, article by article.
    fn extract_all(x: &Extractor, text: &str) -> Vec<Extraction> {
        segment(text, &Meta::default())
            .iter()
            .map(|a| x.extract(a, None))
            .collect()
    }

    /// Every fact read as (subject label, property name, object label or
    /// value).
    fn triples(read: &[Extraction]) -> Vec<(String, String, String)> {
        read.iter()
            .flat_map(|r| {
                r.facts.iter().map(move |f| {
                    let label =
                        |i: usize| r.entities.get(i).map_or(String::new(), |e| e.label.clone());
                    let o = match &f.value {
                        Value::Entity(o) => label(*o),
                        Value::Decimal(v) | Value::Date(v, _) => v.clone(),
                        Value::Capacity { value, .. } | Value::Indicator { value, .. } => {
                            value.clone()
                        }
                    };
                    let p = f.property.as_str().rsplit('#').next().unwrap_or("");
                    (label(f.subject), p.to_string(), o)
                })
            })
            .collect()
    }

    /// Asserts that each (subject, property, object) was read.
    fn assert_read(read: &[Extraction], expected: &[(&str, &str, &str)]) {
        let t = triples(read);
        for (s, p, o) in expected {
            assert!(
                t.iter().any(|x| x.0 == *s && x.1 == *p && x.2 == *o),
                "{s} {p} {o}: {t:?}"
            );
        }
    }

    /// A word list's compounds: longest word first, nothing left over,
    /// never the empty string.
    #[test]
    fn made_of_reads_longest_words_first() {
        assert!(super::made_of("上下游高端", &[&["上游", "上下游", "高端"]]));
        assert!(super::made_of("研发生产", &[&["研发"], &["生产"]]));
        assert!(!super::made_of("研发星澜", &[&["研发", "生产"]]));
        assert!(!super::made_of("", &[&["研发"]]));
    }

    /// The other names of the entity labelled `label`.
    fn alt_labels(read: &[Extraction], label: &str) -> Vec<String> {
        read.iter()
            .flat_map(|r| &r.entities)
            .filter(|e| e.label == label)
            .flat_map(|e| e.alt_labels.iter().cloned())
            .collect()
    }

    /// A place's short name used only inside other names (岭川…公司 for
    /// 湖南) is no other name of it; one used on its own is.
    #[test]
    fn a_place_keeps_only_names_used_on_their_own() {
        let read =
            super::testing::read("湖南岚川科技有限公司落户湖南省湘乡经开区,成为湖南省的产业名片。");
        assert!(alt_labels(&read, "湖南省").is_empty());
        let read = super::testing::read("项目落户湖南省。湖南将加快发展。");
        assert_eq!(alt_labels(&read, "湖南省"), ["湖南"]);
        // (Nor inside a zone's name: 阜阳|合肥|现代产业园区.)
        let read = super::testing::read("合肥市与阜阳市共建阜阳合肥现代产业园区。");
        assert!(alt_labels(&read, "合肥市").is_empty());
    }

    /// Short names that end in a product or industry word (越驰|汽车,
    /// 楚微|半导体) are the company's, a business word that can open a
    /// clause (发展) still belongs to the name before 有限公司, and a chain
    /// leader may follow the clause that says 作为…链主.
    #[test]
    fn short_names_keep_their_business_word() {
        let x = Extractor::new(crate::lexicon::Lexicon::builtin().unwrap()).unwrap();
        let text = "园区以浙江越驰汽车股份有限公司为链主。越驰汽车已形成年产整车20万辆的能力。\
                    湖北楚微半导体有限公司入驻园区。楚微半导体与武汉大学共建联合实验室。\
                    作为茶叶产业链的链主企业，广西桂禾农业发展有限公司在园区建设基地。";
        let read = extract_all(&x, text);
        assert_eq!(alt_labels(&read, "浙江越驰汽车股份有限公司"), ["越驰汽车"]);
        assert_eq!(alt_labels(&read, "湖北楚微半导体有限公司"), ["楚微半导体"]);
        assert_eq!(
            labels(&x, text, Class::Enterprise),
            [
                "广西桂禾农业发展有限公司",
                "浙江越驰汽车股份有限公司",
                "湖北楚微半导体有限公司"
            ]
        );
        // The short name is the subject, not a product of its own.
        let products = labels(&x, text, Class::Product);
        assert!(
            !products.iter().any(|p| p == "汽车" || p == "半导体"),
            "{products:?}"
        );
        assert_read(
            &read,
            &[
                ("湖北楚微半导体有限公司", "cooperatesWith", "武汉大学"),
                ("广西桂禾农业发展有限公司", "leadsChain", "茶叶产业链"),
            ],
        );
    }

    /// A process from a feedstock: what is obtained is a product even when
    /// the lexicon does not know it (氧化/v 镨/g 钕/g), each stage feeds
    /// the next, and the maker of the first stage makes the later ones.
    #[test]
    fn process_stages_are_products_of_one_maker() {
        let x = Extractor::new(crate::lexicon::Lexicon::builtin().unwrap()).unwrap();
        let text = "广西铝邦新材料有限公司以铝土矿为原料，经溶出得到氧化铝，再电解成电解铝。\
                    江西赣岭稀土有限公司以稀土精矿为原料，经分离提纯得到氧化镨钕，再冶炼成镨钕金属。\
                    该产品得到客户认可。";
        let read = extract_all(&x, text);
        for (maker, stages) in [
            ("广西铝邦新材料有限公司", ["铝土矿", "氧化铝", "电解铝"]),
            ("江西赣岭稀土有限公司", ["稀土精矿", "氧化镨钕", "镨钕金属"]),
        ] {
            assert_read(
                &read,
                &[
                    (stages[0], "feedstockOf", stages[1]),
                    (stages[1], "feedstockOf", stages[2]),
                    (maker, "produces", stages[1]),
                    (maker, "produces", stages[2]),
                ],
            );
        }
        // 得到 outside a process still needs a known product.
        assert!(!labels(&x, text, Class::Product)
            .iter()
            .any(|p| p.contains("客户")));
    }

    /// Capacities listed after one 年产 are each the maker's, the maker may
    /// follow its capacity (年产X的Y公司), a verb before one noun is part of
    /// a product name (牵引变流器) but a clause verb is not (销售汽车零部件),
    /// and 以X为核心部件 names a feedstock.
    #[test]
    fn capacity_lists_makers_after_de_and_verb_noun_products() {
        let x = Extractor::new(crate::lexicon::Lexicon::builtin().unwrap()).unwrap();
        let text = "山东鲁焱化工有限公司年产甲醇60万吨、年产醋酸30万吨、实现产值200亿元。\
                    园区引进了年产伺服电机5000台的苏州汇川动力有限公司。\
                    浙江卓控电气有限公司以功率模块为核心部件生产驱动变频器，主要生产销售汽车零部件。";
        assert_read(
            &extract_all(&x, text),
            &[
                ("山东鲁焱化工有限公司", "produces", "甲醇"),
                ("山东鲁焱化工有限公司", "annualCapacity", "600000"),
                ("山东鲁焱化工有限公司", "produces", "醋酸"),
                ("山东鲁焱化工有限公司", "annualCapacity", "300000"),
                ("苏州汇川动力有限公司", "produces", "伺服电机"),
                ("苏州汇川动力有限公司", "annualCapacity", "5000"),
                ("浙江卓控电气有限公司", "produces", "驱动变频器"),
                ("功率模块", "feedstockOf", "驱动变频器"),
            ],
        );
        let products = labels(&x, text, Class::Product);
        assert!(
            !products
                .iter()
                .any(|p| p.contains("产值") || p.starts_with("销售")),
            "{products:?}"
        );
    }

    /// Towns after their county (元马镇, 甪直镇) belong to the place, not
    /// 城镇化; production lines are not products; the name after 副产品 is a
    /// product even when unknown, and a product the article named before is
    /// that product again (番茄酱, not the 番茄 inside it).
    #[test]
    fn towns_lines_and_named_byproducts() {
        let x = Extractor::new(crate::lexicon::Lexicon::builtin().unwrap()).unwrap();
        let text = "福建闽兴产业园位于龙岩市新罗区雁石镇，规划建设3条封装测试线。\
                    推进新罗区城镇化建设。\
                    项目以甘蔗为原料生产蔗糖和糖蜜，蔗糖生产中产生的副产品甘蔗渣经粉碎后制成生物质颗粒。";
        let places = labels(&x, text, Class::Place);
        assert!(
            places.contains(&"龙岩市新罗区雁石镇".to_string()),
            "{places:?}"
        );
        assert!(!places.iter().any(|p| p.ends_with("城镇")), "{places:?}");
        let products = labels(&x, text, Class::Product);
        assert!(!products.iter().any(|p| p.ends_with("线")), "{products:?}");
        assert_read(
            &extract_all(&x, text),
            &[
                ("福建闽兴产业园", "locatedIn", "龙岩市新罗区雁石镇"),
                ("甘蔗渣", "byproductOf", "蔗糖"),
                ("甘蔗渣", "feedstockOf", "生物质颗粒"),
            ],
        );
    }

    /// A university named by common words only is named (电子科技大学);
    /// a generic kind of university is not (研究型大学).
    #[test]
    fn universities_named_by_common_words() {
        let x = Extractor::new(crate::lexicon::Lexicon::builtin().unwrap()).unwrap();
        let text = "川石负极与电子科技大学合作开展硅碳负极研发。一流大学建设成效显著。";
        assert_eq!(labels(&x, text, Class::Institution), ["电子科技大学"]);
    }

    /// 头孢类|中间体 is one product (the class word is kept before a product),
    /// a zone's generic name does not open a chain's name (园区|生物医药产业链),
    /// and 亿支 counts.
    #[test]
    fn class_words_generic_zone_openers_and_count_units() {
        let x = Extractor::new(crate::lexicon::Lexicon::builtin().unwrap()).unwrap();
        let text = "江苏康瑞药业集团股份有限公司是园区生物医药产业链的链主企业。\
                    康瑞药业以头孢类中间体为原料生产头孢类原料药，年产注射剂2.4亿支。";
        let products = labels(&x, text, Class::Product);
        assert!(
            products.contains(&"头孢类中间体".to_string()),
            "{products:?}"
        );
        assert_eq!(labels(&x, text, Class::Industry), ["生物医药产业链"]);
        assert_read(
            &extract_all(&x, text),
            &[(
                "江苏康瑞药业集团股份有限公司",
                "annualCapacity",
                "240000000",
            )],
        );
    }

    /// A short fixed term opens an industry name (输变电/l|装备产业链); a
    /// company's short name opens a project's name even when jieba tags it
    /// a verb (衡变/v|电气特高压套管项目); a figure of a company that opens
    /// the clause is the company's; 园区内 opens no company name, 内蒙古 does.
    #[test]
    fn report_style_names_and_company_figures() {
        let x = Extractor::new(crate::lexicon::Lexicon::builtin().unwrap()).unwrap();
        let text = "临港经开区着力发展输变电装备产业。\
                    输变电装备产业链加速壮大，湖南衡变电气股份有限公司作为链主企业，全年实现产值52亿元。\
                    推进衡变电气特高压套管项目建设，项目计划总投资8.5亿元。\
                    园区内湖南恒通电缆有限公司等企业入驻，园区实现产值80亿元。\
                    内蒙古晶澜硅业有限公司落户园区。";
        assert!(labels(&x, text, Class::Industry).contains(&"输变电装备产业链".to_string()));
        assert_eq!(labels(&x, text, Class::Project), ["衡变电气特高压套管项目"]);
        assert_eq!(
            labels(&x, text, Class::Enterprise),
            [
                "内蒙古晶澜硅业有限公司",
                "湖南恒通电缆有限公司",
                "湖南衡变电气股份有限公司"
            ]
        );
        let read = extract_all(&x, text);
        assert_read(
            &read,
            &[
                ("湖南衡变电气股份有限公司", "indicator", "5200000000"),
                ("临港经开区", "indicator", "8000000000"),
            ],
        );
        let t = triples(&read);
        assert!(!t.iter().any(|x| x.0 == "临港经开区" && x.2 == "5200000000"));
    }

    /// Signing news: 记者王晨报道 names 王晨; 链主企业 opens no company name;
    /// 重大项目 is no project; 投资12亿元建设P项目 gives P (without the
    /// money) its investment; a project's 投产 does not settle its company;
    /// what a project gives 建成后 is the project's figure.
    #[test]
    fn signing_news() {
        let x = Extractor::new(crate::lexicon::Lexicon::builtin().unwrap()).unwrap();
        let text = "赣州高新区举行2026年重大项目集中签约仪式。记者王晨报道，\
                    江西赣锋磁材科技有限公司年产3万吨钕铁硼磁材项目总投资38亿元，\
                    建成后可实现年产值60亿元。\
                    深圳华芯电子股份有限公司投资12亿元建设华芯电子柔性线路板项目，预计2027年6月投产。\
                    稀土永磁产业链链主企业江西金力永磁科技股份有限公司已在区内形成完整链条。";
        assert_eq!(labels(&x, text, Class::Person), ["王晨"]);
        assert_eq!(
            labels(&x, text, Class::Project),
            [
                "华芯电子柔性线路板项目",
                "江西赣锋磁材科技有限公司年产3万吨钕铁硼磁材项目"
            ]
        );
        assert!(labels(&x, text, Class::Enterprise)
            .contains(&"江西金力永磁科技股份有限公司".to_string()));
        let read = extract_all(&x, text);
        assert_read(
            &read,
            &[
                ("华芯电子柔性线路板项目", "investment", "1200000000"),
                (
                    "江西赣锋磁材科技有限公司年产3万吨钕铁硼磁材项目",
                    "indicator",
                    "6000000000",
                ),
            ],
        );
        assert!(!triples(&read)
            .iter()
            .any(|t| t.1 == "hostsEnterprise" && t.2 == "深圳华芯电子股份有限公司"));
    }

    /// Wire news: companies a zone 集聚 are hosted; a building verb opens no
    /// project name and a 超级工厂 is a project, not a company; the brand
    /// before a business word the key keeps is a short name (瑞科|精密); the
    /// company served (为埃夫特配套) is not the maker.
    #[test]
    fn wire_news() {
        let x = Extractor::new(crate::lexicon::Lexicon::builtin().unwrap()).unwrap();
        let text = "芜湖经开区已集聚埃夫特智能装备股份有限公司、芜湖瑞科精密减速机有限公司等上下游企业120余家。\
                    瑞科精密为埃夫特配套生产精密减速机，年产精密减速机15万台。\
                    今年，园区将开工建设埃夫特机器人超级工厂项目，项目总投资25亿元。";
        assert_eq!(
            labels(&x, text, Class::Project),
            ["埃夫特机器人超级工厂项目"]
        );
        assert_eq!(
            labels(&x, text, Class::Enterprise),
            ["埃夫特智能装备股份有限公司", "芜湖瑞科精密减速机有限公司"]
        );
        let read = extract_all(&x, text);
        assert_read(
            &read,
            &[
                (
                    "芜湖经开区",
                    "hostsEnterprise",
                    "芜湖瑞科精密减速机有限公司",
                ),
                ("芜湖瑞科精密减速机有限公司", "produces", "精密减速机"),
            ],
        );
        assert!(!triples(&read)
            .iter()
            .any(|t| t.0 == "埃夫特智能装备股份有限公司" && t.1 == "produces"));
        assert_eq!(
            alt_labels(&read, "芜湖瑞科精密减速机有限公司"),
            ["瑞科精密"]
        );
    }

    /// A list closed by 等 and a class of things made names products
    /// (发展超高功率电极、锂电池负极等碳材料); a list of places does not.
    #[test]
    fn lists_closed_by_a_class_of_things_made() {
        let x = Extractor::new(crate::lexicon::Lexicon::builtin().unwrap()).unwrap();
        let text = "园区延伸针状焦为主产品，发展高纯石墨板、硅碳负极等碳材料。\
                    产品销往上海、江苏等地。";
        let products = labels(&x, text, Class::Product);
        for p in ["高纯石墨板", "硅碳负极"] {
            assert!(products.contains(&p.to_string()), "{products:?}");
        }
        assert!(
            !products.iter().any(|p| p == "上海" || p == "江苏"),
            "{products:?}"
        );
    }

    /// A zone profile: the ends of a chain (从A、B到C的完整产业链) are
    /// products; two known terms make one industry (光伏|新能源产业); 吉瓦
    /// is a capacity unit; a short name takes only endings its full name
    /// holds (晶辉玻璃, not 晶辉玻璃光伏).
    #[test]
    fn zone_profile() {
        let x = Extractor::new(crate::lexicon::Lexicon::builtin().unwrap()).unwrap();
        let text = "光伏新能源产业方面，园区已形成从光伏玻璃、电池片到光伏组件的完整产业链。\
                    嘉兴晶辉玻璃有限公司入驻园区。\
                    在建晶辉玻璃光伏压延玻璃二期项目，总投资12亿元。\
                    嘉禾光伏年产5吉瓦N型电池片项目总投资30亿元。";
        let products = labels(&x, text, Class::Product);
        for p in ["光伏玻璃", "电池片", "光伏组件", "N型电池片"] {
            assert!(products.contains(&p.to_string()), "{p}: {products:?}");
        }
        assert!(labels(&x, text, Class::Industry).contains(&"光伏新能源产业".to_string()));
        let read = extract_all(&x, text);
        assert_eq!(alt_labels(&read, "嘉兴晶辉玻璃有限公司"), ["晶辉玻璃"]);
        assert_read(
            &read,
            &[("嘉禾光伏年产5吉瓦N型电池片项目", "produces", "N型电池片")],
        );
    }

    /// Random text built from the pieces the rules look for (suffixes,
    /// cues, numbers, punctuation) must never make extraction panic.
    #[test]
    fn random_text_never_panics() {
        let pieces = [
            "开发区",
            "经开区",
            "有限公司",
            "集团",
            "项目",
            "工程",
            "生产线",
            "产业链",
            "产业",
            "链主",
            "以",
            "为原料",
            "生产",
            "再",
            "制成",
            "副产品为",
            "主产品为",
            "、",
            "和",
            "，",
            "。",
            "；",
            "“",
            "”",
            "（",
            "）",
            "年产",
            "万吨",
            "总投资",
            "亿元",
            "占地",
            "亩",
            "平方米",
            "完成",
            "%",
            "2025年",
            "8月",
            "投产",
            "位于",
            "与",
            "合作",
            "入驻",
            "落户",
            "该项目",
            "由",
            "投资建设",
            "山西",
            "古县",
            "晋城",
            "宏源",
            "甲醇",
            "焦炭",
            "企业",
            "家",
            "12",
            "3.5",
            "两",
            "十",
            "的",
            "中",
            "管委会",
            "大学",
            "研究院",
            "教授",
            "女士",
            " ",
            "\n",
            "A",
            "—",
        ];
        let extractor = Extractor::new(crate::lexicon::Lexicon::builtin().unwrap()).unwrap();
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let rounds: usize = std::env::var("CHAINKG_FUZZ_ROUNDS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(300);
        for _ in 0..rounds {
            let mut text = String::new();
            for _ in 0..60 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            for article in segment(&text, &Meta::default()) {
                let x = extractor.extract(&article, None);
                for f in &x.facts {
                    assert!(f.subject < x.entities.len());
                }
            }
        }
    }
}
