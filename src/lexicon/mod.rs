//! Lexicons and the shared segmenter.
//!
//! Everything a user may want to extend lives in `data/lexicon/` as plain
//! files: place names, name suffixes of each entity class, industry and
//! product terms, generic anaphors, and a jieba user dictionary. The files are
//! compiled in as defaults; `--lexicon DIR` (or `./data/lexicon` when present)
//! replaces any of them at run time without recompiling.

use crate::error::{Error, Result};
use jieba_rs::Jieba;
// (Fx hashing: the rules look words up in these sets at nearly every
// position of every sentence; nothing iterates them where order matters.)
use rustc_hash::{FxHashMap, FxHashSet};
use std::path::{Path, PathBuf};

/// The compiled-in lexicon files, by name.
const DEFAULTS: &[(&str, &str)] = &[
    ("places.tsv", include_str!("../../data/lexicon/places.tsv")),
    (
        "legal_suffixes.txt",
        include_str!("../../data/lexicon/legal_suffixes.txt"),
    ),
    (
        "enterprise_core_suffixes.txt",
        include_str!("../../data/lexicon/enterprise_core_suffixes.txt"),
    ),
    (
        "zone_suffixes.tsv",
        include_str!("../../data/lexicon/zone_suffixes.tsv"),
    ),
    (
        "institution_suffixes.txt",
        include_str!("../../data/lexicon/institution_suffixes.txt"),
    ),
    (
        "gov_suffixes.txt",
        include_str!("../../data/lexicon/gov_suffixes.txt"),
    ),
    (
        "gov_bare.txt",
        include_str!("../../data/lexicon/gov_bare.txt"),
    ),
    (
        "industries.txt",
        include_str!("../../data/lexicon/industries.txt"),
    ),
    (
        "products.txt",
        include_str!("../../data/lexicon/products.txt"),
    ),
    (
        "enterprises.txt",
        include_str!("../../data/lexicon/enterprises.txt"),
    ),
    (
        "product_heads.txt",
        include_str!("../../data/lexicon/product_heads.txt"),
    ),
    (
        "anaphors.txt",
        include_str!("../../data/lexicon/anaphors.txt"),
    ),
    (
        "synonyms.tsv",
        include_str!("../../data/lexicon/synonyms.tsv"),
    ),
    (
        "jieba_user_dict.txt",
        include_str!("../../data/lexicon/jieba_user_dict.txt"),
    ),
];

/// Kinds of place in `places.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlaceKind {
    Country,
    Province,
    City,
    County,
    District,
    Region,
    Other,
}

/// A place name and the canonical name it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub canonical: String,
    pub kind: PlaceKind,
}

/// Suffixes grouped by their last character, so finding the suffix that
/// ends at a position looks at a handful of candidates, not at the whole
/// list (this runs at every position of every sentence).
#[derive(Clone, Debug, Default)]
pub struct SuffixIndex {
    by_last: FxHashMap<char, Vec<(Vec<char>, usize)>>,
    /// Bit `c % 65536` set for every last char `c`: most chars of a
    /// sentence end no suffix, and this says so without a lookup (exactly,
    /// for the chars of the Basic Multilingual Plane).
    lasts: Vec<u64>,
}

impl SuffixIndex {
    /// Indexes `list`, keeping its order (longest first) within each group.
    pub fn new<S: AsRef<str>>(list: &[S]) -> Self {
        let mut by_last: FxHashMap<char, Vec<(Vec<char>, usize)>> = FxHashMap::default();
        for (i, s) in list.iter().enumerate() {
            let chars: Vec<char> = s.as_ref().chars().collect();
            if let Some(&last) = chars.last() {
                by_last.entry(last).or_default().push((chars, i));
            }
        }
        let mut lasts = vec![0u64; 1024];
        for &c in by_last.keys() {
            let bit = c as usize % 65536;
            lasts[bit / 64] |= 1 << (bit % 64);
        }
        SuffixIndex { by_last, lasts }
    }

    #[inline]
    fn may_end_with(&self, c: char) -> bool {
        let bit = c as usize % 65536;
        self.lasts
            .get(bit / 64)
            .is_some_and(|w| w >> (bit % 64) & 1 == 1)
    }

    /// The index (in the original list) of the first suffix ending at `end`.
    // (Inlined: scans call this at every char, and most chars end no
    // suffix.)
    #[inline]
    pub fn ending_at(&self, chars: &[char], end: usize) -> Option<usize> {
        let last = chars.get(end.checked_sub(1)?)?;
        if !self.may_end_with(*last) {
            return None;
        }
        self.group_ending_at(chars, end, last)
    }

    fn group_ending_at(&self, chars: &[char], end: usize, last: &char) -> Option<usize> {
        self.by_last.get(last)?.iter().find_map(|(suf, i)| {
            let n = suf.len();
            (n <= end && chars[end - n..end] == suf[..]).then_some(*i)
        })
    }

    /// The index (in the original list) of the first suffix `s` ends with.
    pub fn suffix_of(&self, s: &str) -> Option<usize> {
        self.suffixes_of(s).next()
    }

    /// The indexes (in the original list, in its order) of the suffixes `s`
    /// ends with.
    pub fn suffixes_of<'s>(&'s self, s: &'s str) -> impl Iterator<Item = usize> + 's {
        let group = s
            .chars()
            .next_back()
            .and_then(|last| self.by_last.get(&last))
            .map_or(&[][..], |g| g.as_slice());
        group.iter().filter_map(move |(suf, i)| {
            let mut rest = s.chars().rev();
            suf.iter()
                .rev()
                .all(|c| rest.next() == Some(*c))
                .then_some(*i)
        })
    }
}

/// Words in a char trie, so that the words starting (or, in a trie of
/// reversed words, ending) at a position of a sentence are found in one walk
/// along the sentence, not by one hash lookup of a fresh string per length
/// (this runs at nearly every position of every sentence).
#[derive(Clone, Debug)]
pub struct WordTrie {
    /// `(node, char)` → child node; node 0 is the root.
    next: FxHashMap<(u32, char), u32>,
    /// True for the nodes where a word ends.
    word: Vec<bool>,
}

impl Default for WordTrie {
    fn default() -> Self {
        WordTrie {
            next: FxHashMap::default(),
            word: vec![false],
        }
    }
}

impl WordTrie {
    /// The trie of `words`, each read backwards when `reversed`.
    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>, reversed: bool) -> Self {
        let mut t = WordTrie::default();
        for w in words {
            let chars: Vec<char> = if reversed {
                w.chars().rev().collect()
            } else {
                w.chars().collect()
            };
            let mut node = 0u32;
            for c in chars {
                node = match t.next.get(&(node, c)) {
                    Some(&n) => n,
                    None => {
                        let n = t.word.len() as u32;
                        t.word.push(false);
                        t.next.insert((node, c), n);
                        n
                    }
                };
            }
            t.word[node as usize] = true;
        }
        t
    }

    fn child(&self, node: u32, c: char) -> Option<u32> {
        self.next.get(&(node, c)).copied()
    }

    /// The lengths of the words that start at char `i` (at most `max`
    /// chars), shortest first.
    pub fn lengths_at<'s>(
        &'s self,
        chars: &'s [char],
        i: usize,
        max: usize,
    ) -> impl Iterator<Item = usize> + 's {
        let rest = chars.get(i..).unwrap_or(&[]);
        self.lengths_along(rest[..rest.len().min(max)].iter())
    }

    /// In a trie of reversed words: the lengths of the words that end at
    /// char `end` (exclusive, at most `max` chars), shortest first.
    pub fn lengths_ending_at<'s>(
        &'s self,
        chars: &'s [char],
        end: usize,
        max: usize,
    ) -> impl Iterator<Item = usize> + 's {
        let before = chars.get(..end).unwrap_or(&[]);
        self.lengths_along(before[before.len() - before.len().min(max)..].iter().rev())
    }

    /// The lengths of the words met walking the trie along `chars`,
    /// shortest first.
    fn lengths_along<'s>(
        &'s self,
        chars: impl Iterator<Item = &'s char> + 's,
    ) -> impl Iterator<Item = usize> + 's {
        let mut node = Some(0u32);
        chars
            .enumerate()
            .map_while(move |(k, &c)| {
                let n = self.child(node?, c)?;
                node = Some(n);
                Some((k + 1, self.word[n as usize]))
            })
            .filter_map(|(n, word)| word.then_some(n))
    }

    /// True when `chars` is one of the words (of a trie of words read
    /// forwards).
    pub fn contains(&self, chars: &[char]) -> bool {
        let mut node = 0u32;
        for &c in chars {
            match self.child(node, c) {
                Some(n) => node = n,
                None => return false,
            }
        }
        self.word[node as usize]
    }
}

/// All lexicons, loaded once per run.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    /// Every place name and alias → the place.
    pub places: FxHashMap<String, Place>,
    /// Longest first.
    pub legal_suffixes: Vec<String>,
    pub core_suffixes: Vec<String>,
    /// `(suffix, family)`, longest first.
    pub zone_suffixes: Vec<(String, String)>,
    pub institution_suffixes: Vec<String>,
    pub gov_suffixes: Vec<String>,
    pub gov_bare: FxHashSet<String>,
    pub industries: FxHashSet<String>,
    /// Short names of well-known enterprises (华为, 宁德时代).
    pub enterprises: FxHashSet<String>,
    /// Product name → category.
    pub products: FxHashMap<String, String>,
    pub anaphors: FxHashSet<String>,
    /// Generic heads of things made (装置, 制品…), longest first.
    pub product_heads: Vec<String>,
    /// Another name → the canonical name of the same product or industry.
    pub synonyms: FxHashMap<String, String>,
    /// jieba user dictionary text.
    pub user_dict: String,
    /// The tag the user dictionary gives each of its words. jieba keeps its
    /// own tag for a word its dictionary holds (adding a word again only
    /// changes its frequency: 落户 stays a noun), so tokens take it here.
    pub user_tags: FxHashMap<String, String>,
    /// Indexes of the suffix lists above, for scanning text.
    pub legal_index: SuffixIndex,
    pub institution_index: SuffixIndex,
    pub gov_index: SuffixIndex,
    pub core_index: SuffixIndex,
    pub zone_index: SuffixIndex,
    /// Tries of the place and product names, and of the industry terms
    /// read backwards, for scanning text.
    pub place_trie: WordTrie,
    pub product_trie: WordTrie,
    pub enterprise_trie: WordTrie,
    pub industry_trie_rev: WordTrie,
    /// The industry terms and the business words read forwards: what starts
    /// at a point of a name (a brand's company and product).
    pub industry_trie: WordTrie,
    pub core_trie: WordTrie,
    /// The generic names of zones (开发区, 园区… of the anaphors that are zone
    /// suffixes): a sentence that holds one speaks of a zone.
    pub zone_anaphors: Vec<String>,
    /// The legal and core suffixes of two chars or more, as chars: the
    /// endings a short name of an enterprise may carry.
    pub short_name_endings: Vec<Vec<char>>,
}

struct Source {
    name: &'static str,
    path: PathBuf,
    text: String,
}

impl Source {
    /// Content lines with their 1-based line numbers, comments dropped.
    fn lines(&self) -> impl Iterator<Item = (usize, &str)> {
        self.text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
            .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
    }

    fn words(&self) -> Vec<String> {
        self.lines().map(|(_, l)| l.trim().to_string()).collect()
    }

    fn error(&self, line: usize, message: impl Into<String>) -> Error {
        Error::Lexicon {
            path: self.path.clone(),
            line,
            message: message.into(),
        }
    }
}

fn longest_first(mut v: Vec<String>) -> Vec<String> {
    v.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    v.dedup();
    v
}

/// Reads places.tsv (`name<TAB>kind[<TAB>aliases]`): each name and alias
/// to its place; the first line that names a place wins.
fn places(places: &Source) -> Result<FxHashMap<String, Place>> {
    let mut out = FxHashMap::default();
    for (n, line) in places.lines() {
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cols.len() < 2 || cols[0].is_empty() {
            return Err(places.error(n, "expected `name<TAB>kind[<TAB>aliases]`"));
        }
        let kind = match cols[1] {
            "country" => PlaceKind::Country,
            "province" => PlaceKind::Province,
            "city" => PlaceKind::City,
            "county" => PlaceKind::County,
            "district" => PlaceKind::District,
            "region" => PlaceKind::Region,
            _ => PlaceKind::Other,
        };
        let place = Place {
            canonical: cols[0].to_string(),
            kind,
        };
        let aliases = cols.get(2).map_or(Vec::new(), |a| {
            a.split([',', '，'])
                .map(str::trim)
                .filter(|a| a.chars().count() >= 2)
                .collect()
        });
        for name in std::iter::once(cols[0]).chain(aliases) {
            out.entry(name.to_string()).or_insert_with(|| place.clone());
        }
    }
    Ok(out)
}

/// Reads zone_suffixes.tsv (`suffix<TAB>family`): longest suffix first,
/// each once.
fn zone_suffixes(zones: &Source) -> Result<Vec<(String, String)>> {
    let mut zs = Vec::new();
    for (n, line) in zones.lines() {
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cols.len() != 2 || cols[0].is_empty() || cols[1].is_empty() {
            return Err(zones.error(n, "expected `suffix<TAB>family`"));
        }
        zs.push((cols[0].to_string(), cols[1].to_string()));
    }
    zs.sort_by(|a, b| {
        b.0.chars()
            .count()
            .cmp(&a.0.chars().count())
            .then(a.0.cmp(&b.0))
    });
    zs.dedup_by(|a, b| a.0 == b.0);
    Ok(zs)
}

/// Reads synonyms.tsv (`name<TAB>canonical`).
fn synonyms(synonyms: &Source) -> Result<FxHashMap<String, String>> {
    let mut out = FxHashMap::default();
    for (n, line) in synonyms.lines() {
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cols.len() != 2 || cols[0].is_empty() || cols[1].is_empty() {
            return Err(synonyms.error(n, "expected `name<TAB>canonical`"));
        }
        out.insert(cols[0].to_string(), cols[1].to_string());
    }
    Ok(out)
}

/// Reads products.txt (`name[<TAB>category]`, `other` when no category).
fn products(products: &Source) -> Result<FxHashMap<String, String>> {
    let mut out = FxHashMap::default();
    for (n, line) in products.lines() {
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cols[0].is_empty() {
            return Err(products.error(n, "expected `name<TAB>category`"));
        }
        out.insert(
            cols[0].to_string(),
            cols.get(1).unwrap_or(&"other").to_string(),
        );
    }
    Ok(out)
}

impl Lexicon {
    /// The compiled-in lexicons.
    pub fn builtin() -> Result<Self> {
        Self::load(None)
    }

    /// Loads the lexicons, taking each file from `dir` when it is there and
    /// the compiled-in default otherwise.
    pub fn load(dir: Option<&Path>) -> Result<Self> {
        let mut src = FxHashMap::default();
        for (name, default) in DEFAULTS {
            let custom = dir.map(|d| d.join(name)).filter(|p| p.is_file());
            let source = match custom {
                Some(path) => Source {
                    name,
                    text: std::fs::read_to_string(&path)
                        .map_err(|e| Error::io("reading", &path, e))?,
                    path,
                },
                None => Source {
                    name,
                    path: PathBuf::from(format!("<builtin>/data/lexicon/{name}")),
                    text: (*default).to_string(),
                },
            };
            src.insert(source.name, source);
        }
        let get = |n: &str| &src[n];
        let mut lex = Lexicon {
            legal_suffixes: longest_first(get("legal_suffixes.txt").words()),
            core_suffixes: longest_first(get("enterprise_core_suffixes.txt").words()),
            institution_suffixes: longest_first(get("institution_suffixes.txt").words()),
            gov_suffixes: longest_first(get("gov_suffixes.txt").words()),
            gov_bare: get("gov_bare.txt").words().into_iter().collect(),
            industries: get("industries.txt").words().into_iter().collect(),
            enterprises: get("enterprises.txt").words().into_iter().collect(),
            anaphors: get("anaphors.txt").words().into_iter().collect(),
            product_heads: longest_first(get("product_heads.txt").words()),
            user_dict: get("jieba_user_dict.txt").words().join("\n"),
            ..Lexicon::default()
        };
        lex.user_tags = lex
            .user_dict
            .lines()
            .filter_map(|l| match l.split_whitespace().collect::<Vec<_>>()[..] {
                [word, _, tag] => Some((word.to_string(), tag.to_string())),
                _ => None,
            })
            .collect();
        lex.places = places(get("places.tsv"))?;
        lex.zone_suffixes = zone_suffixes(get("zone_suffixes.tsv"))?;
        lex.zone_index = SuffixIndex::new(
            &lex.zone_suffixes
                .iter()
                .map(|(s, _)| s.as_str())
                .collect::<Vec<_>>(),
        );
        lex.legal_index = SuffixIndex::new(&lex.legal_suffixes);
        lex.institution_index = SuffixIndex::new(&lex.institution_suffixes);
        lex.gov_index = SuffixIndex::new(&lex.gov_suffixes);
        lex.core_index = SuffixIndex::new(&lex.core_suffixes);
        lex.synonyms = synonyms(get("synonyms.tsv"))?;
        lex.products = products(get("products.txt"))?;
        lex.short_name_endings = lex
            .legal_suffixes
            .iter()
            .chain(lex.core_suffixes.iter())
            .filter(|s| s.chars().count() >= 2)
            .map(|s| s.chars().collect())
            .collect();
        lex.place_trie = WordTrie::new(lex.places.keys().map(String::as_str), false);
        lex.product_trie = WordTrie::new(lex.products.keys().map(String::as_str), false);
        lex.enterprise_trie = WordTrie::new(lex.enterprises.iter().map(String::as_str), false);
        lex.industry_trie_rev = WordTrie::new(lex.industries.iter().map(String::as_str), true);
        lex.industry_trie = WordTrie::new(lex.industries.iter().map(String::as_str), false);
        lex.core_trie = WordTrie::new(lex.core_suffixes.iter().map(String::as_str), false);
        let mut zone_anaphors: Vec<String> = lex
            .anaphors
            .iter()
            .filter(|a| lex.zone_suffix(a).is_some())
            .cloned()
            .collect();
        zone_anaphors.sort();
        lex.zone_anaphors = zone_anaphors;
        Ok(lex)
    }

    /// Builds the segmenter: jieba's dictionary plus the user dictionary and
    /// every lexicon term, so names stay whole.
    pub fn segmenter(&self) -> Result<Jieba> {
        let mut jieba = Jieba::new();
        let mut dict = std::io::BufReader::new(self.user_dict.as_bytes());
        jieba.load_dict(&mut dict).map_err(|e| Error::Lexicon {
            path: PathBuf::from("data/lexicon/jieba_user_dict.txt"),
            line: 0,
            message: e.to_string(),
        })?;
        for name in self.places.keys() {
            jieba.add_word(name, Some(20000), Some("ns"));
        }
        for name in self.products.keys() {
            jieba.add_word(name, Some(10000), Some("n"));
        }
        Ok(jieba)
    }

    /// The length (chars) of the longest generic head of things made
    /// (装置, 制品…) that `chars` holds from char `i` on. The one home of
    /// that test: names ending in a head, made things starting with one and
    /// heads standing alone all ask it.
    pub fn product_head_at(&self, chars: &[char], i: usize) -> Option<usize> {
        let rest = chars.get(i..)?;
        // (The heads are kept longest first.)
        self.product_heads.iter().find_map(|h| {
            let n = h.chars().count();
            (rest.len() >= n && h.chars().eq(rest[..n].iter().copied())).then_some(n)
        })
    }

    /// Where the longest industry term of the lexicon (at most 8 chars)
    /// ending right before char `at` starts (新能源|汽车产业: the term
    /// 新能源汽车), if one ends there.
    pub fn industry_ending_at(&self, chars: &[char], at: usize) -> Option<usize> {
        self.industry_trie_rev
            .lengths_ending_at(chars, at, 8)
            .last()
            .map(|n| at - n)
    }

    /// True when a phrase ends in a generic head of things made after two
    /// chars or more (管道连接|装置, 工程塑料|制品): a product's name.
    pub fn ends_in_product_head(&self, phrase: &[char]) -> bool {
        (2..phrase.len()).any(|k| self.product_head_at(phrase, k) == Some(phrase.len() - k))
    }

    /// The zone suffix that `s` ends with, with its family.
    pub fn zone_suffix(&self, s: &str) -> Option<(&str, &str)> {
        // The index finds the first suffix of the list that `s` ends with.
        self.zone_index
            .suffix_of(s)
            .map(|i| &self.zone_suffixes[i])
            .map(|(s, f)| (s.as_str(), f.as_str()))
    }

    /// A zone's name without its suffix (洋浦 of 洋浦经济开发区), or `None`
    /// when the name ends in no zone suffix.
    pub fn zone_stem<'a>(&self, name: &'a [char]) -> Option<&'a [char]> {
        let i = self.zone_index.ending_at(name, name.len())?;
        Some(&name[..name.len() - self.zone_suffixes[i].0.chars().count()])
    }

    /// True when a word names a place: a place of the lexicon, one of its
    /// other names, or its name without the level (钟山 of 钟山县).
    pub fn names_place(&self, word: &[char]) -> bool {
        let name: String = word.iter().collect();
        self.place_trie.contains(word)
            || ["", "县", "市", "区", "省", "镇"]
                .iter()
                .any(|l| self.places.contains_key(&format!("{name}{l}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index finds exactly the suffixes a position ends with, longest
    /// first, whatever other chars share their last char's low bits (an
    /// astral char, U+253F8, shares them with 司, U+53F8).
    #[test]
    fn a_suffix_index_finds_only_real_endings() {
        let index = SuffixIndex::new(&["有限公司", "公司", "𠀀园"]);
        let chars: Vec<char> = "某有限公司与公\u{253F8}和甲𠀀园".chars().collect();
        let found: Vec<(usize, usize)> = (0..=chars.len())
            .filter_map(|end| index.ending_at(&chars, end).map(|i| (end, i)))
            .collect();
        assert_eq!(found, vec![(5, 0), (12, 2)]);
        assert_eq!(SuffixIndex::default().ending_at(&chars, 5), None);
    }

    /// A lexicon file named `name` holding `text`.
    fn source(name: &'static str, text: &str) -> Source {
        Source {
            name,
            path: PathBuf::from(name),
            text: text.to_string(),
        }
    }

    /// Each table reader: places by name and alias of two chars or more
    /// (the first line wins),
    /// zone suffixes longest first and once, products with a default
    /// category, a malformed line an error naming its line.
    #[test]
    fn each_table_reader() {
        let p = places(&source(
            "places.tsv",
            "# comment\n青禾县\tcounty\t禾,禾县\n禾县\tcity\n",
        ))
        .unwrap();
        assert_eq!(p["禾县"].canonical, "青禾县");
        assert_eq!(p["禾县"].kind, PlaceKind::County);
        assert!(!p.contains_key("禾"));
        let z = zone_suffixes(&source(
            "zone_suffixes.tsv",
            "园\tpark\n产业园\tpark\n园\tother\n",
        ))
        .unwrap();
        assert_eq!(
            z,
            vec![
                ("产业园".into(), "park".into()),
                ("园".into(), "park".into())
            ]
        );
        let pr = products(&source("products.txt", "碳纤维原丝\n预浸料\tmaterial\n")).unwrap();
        assert_eq!(pr["碳纤维原丝"], "other");
        assert_eq!(pr["预浸料"], "material");
        let s = synonyms(&source("synonyms.tsv", "禾县\t青禾县\n"));
        assert_eq!(s.unwrap()["禾县"], "青禾县");
        let bad = synonyms(&source("synonyms.tsv", "禾县\n"));
        assert!(matches!(bad, Err(Error::Lexicon { line: 1, .. })));
    }

    #[test]
    fn builtin_lexicons_load() {
        let lex = Lexicon::builtin().unwrap();
        assert!(lex.places.contains_key("山西省"));
        assert_eq!(lex.places["山西"].canonical, "山西省");
        assert!(lex.zone_suffix("古县经济技术开发区").is_some());
        assert!(lex.legal_suffixes.iter().any(|s| s == "有限公司"));
    }

    /// The longest generic head at a char (零部件 before 部件), a phrase
    /// ending in one after two chars or more, and none alone.
    #[test]
    fn generic_heads_of_things_made() {
        let lex = Lexicon::builtin().unwrap();
        let chars: Vec<char> = "汽车零部件".chars().collect();
        assert_eq!(lex.product_head_at(&chars, 2), Some(3));
        assert_eq!(lex.product_head_at(&chars, 3), Some(2));
        assert_eq!(lex.product_head_at(&chars, 0), None);
        assert!(lex.ends_in_product_head(&chars));
        let alone: Vec<char> = "装置".chars().collect();
        assert!(!lex.ends_in_product_head(&alone));
        let short: Vec<char> = "新装置".chars().collect();
        assert!(!lex.ends_in_product_head(&short));
    }

    #[test]
    fn a_bad_line_names_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("zone_suffixes.tsv"), "# c\n开发区\n").unwrap();
        let err = Lexicon::load(Some(dir.path())).unwrap_err().to_string();
        assert!(err.contains("zone_suffixes.tsv:2:"), "{err}");
    }
}
