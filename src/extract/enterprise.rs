//! Enterprises: legal names (…有限公司, …集团), short names listed as
//! enterprises (`盛隆泰达、宏源两个“链主”企业`), and what the text says of
//! them: which zone hosts them and which chain they lead.

use super::names::{stem_start, Kind};
use super::{char_pos, Class, Doc, Mention};
use crate::model::vocab::ck;
use crate::text::numerals::is_count_digit;
use regex::Regex;
use std::sync::LazyLock;

/// Stems that make `…公司` / `…集团` a generic word, not a name.
const GENERIC: &[&str] = &[
    // (世界500强企业, 全国百强企业: a ranking's scope, no name.)
    "世界",
    "全球",
    "全国",
    "国内",
    "国际",
    "国有",
    "供应链",
    "管理",
    "融资",
    "投资",
    "平台",
    "外资",
    "民营",
    "上市",
    "龙头",
    "链主",
    "骨干",
    "重点",
    "相关",
    "专业",
    "运营",
    "建设",
    "物业",
    "科技型",
    "子",
    "全资子",
    "控股子",
    "母",
    "该",
    "本",
    "各",
    "一家",
    "多家",
    "这家",
    "GP管理",
    "企业",
    "大型",
    "中小",
    "中小微",
    "小微",
    "头部",
    "省属",
    "市属",
    "央企",
    "国企",
    "集团",
    "分",
    "总",
    "时任",
    // (与上游龙头企业, 基金公司: a place in the chain, a kind of firm.)
    "上游",
    "下游",
    "中游",
    "上下游",
    "基金",
];

/// A company's standing right before its name (世界领军企业|鑫联环保科技、,
/// 最大的漆包线生产企业之一|宏磊铜业、, 全国500强|金田铜业、, 前三强|…,
/// 大型日资企业|…), or the kind of company a dash glosses (…企业——亿航智能,).
static TITLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:领军企业|龙头企业|500强企业|百强企业|独角兽企业|上市企业|领先企业|头部企业|企业之一|[资营]企业|\d+强|前[二三四五六七八九十]强|企业——|企业—)(?P<name>[\p{Han}A-Za-z]{2,8}?)(?:[、，,。；]|等)",
    )
    .expect("static regex")
});

/// `enterprise.name.known`: a short name of a well-known enterprise the
/// lexicon lists (data/lexicon/enterprises.txt), standing on its own: on
/// word boundaries (高通 is not in 高通量) and inside no other name, but
/// for a park's it opens (星澜|新型锂电池科技产业园: the firm's park).
fn known_companies(doc: &mut Doc, s: usize) {
    let sent = &doc.sents[s];
    let mut found = Vec::new();
    let mut i = 0;
    while i < sent.chars.len() {
        let n = doc
            .lex
            .enterprise_trie
            .lengths_at(&sent.chars, i, 12)
            .filter(|&n| {
                sent.toks.iter().any(|t| t.start == i)
                    && sent.toks.iter().any(|t| t.end == i + n)
                    && (!sent.taken_except_places(doc, i, i + n) || opens_park(doc, sent, i, i + n))
                    // (改良西门子法: a method named after the firm.)
                    && sent.chars.get(i + n) != Some(&'法')
            })
            .last();
        match n {
            Some(n) => {
                found.push((i, i + n));
                i += n;
            }
            None => i += 1,
        }
    }
    // (中芯国际、长电科技等50余个产业项目: the companies the projects are
    // named by, as the dev corpus reads them.)
    for (a, b) in found {
        doc.mention(s, a, b, Class::Enterprise, "enterprise.name.known");
    }
}

/// Where a legal name starting at `start` (before its suffix at `at`)
/// really starts: earlier, when a well-known company's name the lexicon
/// lists runs across `start` (延长/v|石油|榆林煤化有限公司: the scan stopped
/// at a word jieba reads as a verb, inside the parent's name).
fn known_opening(doc: &Doc, s: usize, start: usize, at: usize) -> usize {
    let sent = &doc.sents[s];
    let word_starts = |i: usize| sent.toks.iter().any(|t| t.start == i);
    let word_ends = |i: usize| sent.toks.iter().any(|t| t.end == i);
    (start.saturating_sub(4)..start)
        .find(|&i| {
            doc.lex
                .enterprise_trie
                .lengths_at(&sent.chars, i, 12)
                .any(|n| i + n > start && i + n < at && word_ends(i + n))
                && word_starts(i)
        })
        .unwrap_or(start)
}

/// True when the only names over `a..b` are parks' that start with it and
/// go on past it.
fn opens_park(doc: &Doc, sent: &super::Sent, a: usize, b: usize) -> bool {
    sent.mentions
        .iter()
        .filter(|m| m.start < b && a < m.end && doc.class(m.entity) != Class::Place)
        .all(|m| m.start == a && m.end > b + 1 && doc.class(m.entity) == Class::Zone)
}

/// Verbs of setting a company up (在Z设立|E).
const FOUNDING_VERBS: &[&str] = &[
    "注册成立",
    "投资设立",
    "投资成立",
    "设立",
    "成立",
    "组建",
    "新设",
];

/// `zone.hosts.founded`: the zone a company is set up in (北大先行在南川工业园
/// 区设立|青海泰丰…有限公司): 在, the zone and a founding verb right before
/// the company.
fn founded_in(doc: &Doc, s: usize, m: &super::Mention) -> Option<usize> {
    let chars = &doc.sents[s].chars;
    let verb = FOUNDING_VERBS
        .iter()
        .find(|v| crate::text::chars_end_with(&chars[..m.start], v))?;
    let at = m.start - verb.chars().count();
    doc.sents[s]
        .of(doc, Class::Zone)
        .find(|z| z.end == at && z.start > 0 && chars[z.start - 1] == '在' && !doc.nested(s, z))
        .map(|z| z.entity)
}

/// Verbs of a company settling in a zone, and the words that may come
/// between a name and them (星澜电子|正式|落户).
const SETTLING_VERBS: &[&str] = &["落户", "入驻", "进驻"];
const SETTLING_ADVERBS: &[&str] = &["正式", "成功", "顺利", "已经", "已", "将", "率先"];

/// `enterprise.name.settling`: a short name that opens its clause (or
/// follows the kind of company it is) and settles in a zone (星澜电子落户Z,
/// 今年，汶溪新材料正式入驻Z): a stem of two to four chars and a business
/// word of the lexicon (enterprise_core_suffixes.txt), plain nouns and
/// names only.
fn settling_companies(doc: &mut Doc, s: usize) {
    let text = doc.sents[s].text.clone();
    if !SETTLING_VERBS.iter().any(|v| text.contains(v)) {
        return;
    }
    let chars = doc.sents[s].chars.clone();
    let mut found = Vec::new();
    for (b, _) in SETTLING_VERBS.iter().flat_map(|v| text.match_indices(v)) {
        let mut end = char_pos(&text, b);
        if let Some(a) = SETTLING_ADVERBS
            .iter()
            .find(|a| crate::text::chars_end_with(&chars[..end], a))
        {
            end -= a.chars().count();
        }
        let (clause, _) = clause_of(&chars, end.saturating_sub(1));
        let Some(stem_end) = core_start(doc, &chars, end) else {
            continue;
        };
        // (世界领先的通讯模切企业|领胜科技落户东台: the name right after the
        // kind of company it is.)
        let start = (clause..stem_end.saturating_sub(1))
            .rev()
            .find(|&i| chars[i..].starts_with(&['企', '业']))
            .map_or(clause, |i| i + 2);
        if short_company(doc, s, start, stem_end, end) {
            found.push((start, end));
        }
    }
    for (a, b) in found {
        doc.mention(s, a, b, Class::Enterprise, "enterprise.name.settling");
    }
}

/// What a company does, said right after its short name opening the
/// sentence (X智能，从事…; Y科技，是一家…).
const DOING: &[&str] = &[
    "从事",
    "主要从事",
    "专业从事",
    "专注于",
    "主要生产",
    "主要研制",
    "是一家",
];

/// `enterprise.name.doing`: a short name (a stem and a business word)
/// opening the sentence, then a comma and what the company does.
fn doing_companies(doc: &mut Doc, s: usize) {
    let chars = &doc.sents[s].chars;
    let Some(comma) = chars.iter().take(10).position(|&c| matches!(c, ',' | '，')) else {
        return;
    };
    if !DOING
        .iter()
        .any(|w| crate::text::chars_start_with(&chars[comma + 1..], w))
    {
        return;
    }
    if let Some(stem_end) = core_start(doc, chars, comma) {
        if short_company(doc, s, 0, stem_end, comma) {
            doc.mention(s, 0, comma, Class::Enterprise, "enterprise.name.doing");
        }
    }
}

/// True when a list's first item at `a` opens right after an amount: its
/// items are what is made (可产乙烯120|万吨、丙烯58.7万吨) or worked
/// (拥有1000吨/年|原油加工能力和…60万吨), no companies.
fn opens_after_amount(chars: &[char], a: usize) -> bool {
    a > 0
        && (chars[a - 1].is_ascii_digit()
            || chars[a - 1] == '/'
            || crate::text::chars_end_with(&chars[..a], "/年")
            || crate::text::chars_end_with(&chars[..a], "吨"))
}

/// Verbs a company's short name opening a clause is the subject of.
const SUBJECT_VERBS: &[&str] = &["通过", "拥有", "投资", "计划", "正在"];

/// `enterprise.name.doing`: a short name of a two-char stem and a business
/// word opening a clause, then its deed (川铁电气|通过收购…, 博张机电|
/// 拥有…).
fn subject_companies(doc: &mut Doc, s: usize) {
    let sent = &doc.sents[s];
    let chars = &sent.chars;
    let starts = std::iter::once(0).chain(
        (0..chars.len())
            .filter(|&i| matches!(chars[i], '；' | ';'))
            .map(|i| i + 1),
    );
    let found: Vec<(usize, usize)> = starts
        .filter_map(|start| {
            let end = (start + 3..=(start + 6).min(chars.len())).find(|&e| {
                SUBJECT_VERBS
                    .iter()
                    .any(|v| crate::text::chars_start_with(&chars[e..], v))
            })?;
            let stem_end = core_start(doc, chars, end)?;
            // (One word of two chars: 川铁/n; not 省内|电力.)
            let one_word = sent
                .toks
                .iter()
                .any(|t| t.start == start && t.end == stem_end);
            (stem_end == start + 2 && one_word && short_company(doc, s, start, stem_end, end))
                .then_some((start, end))
        })
        .collect();
    for (a, b) in found {
        doc.mention(s, a, b, Class::Enterprise, "enterprise.name.doing");
    }
}

/// Where the business word (enterprise_core_suffixes.txt) ending at `end`
/// starts.
pub(super) fn core_start(doc: &Doc, chars: &[char], end: usize) -> Option<usize> {
    let core = doc.lex.core_index.ending_at(chars, end)?;
    Some(end - doc.lex.core_suffixes[core].chars().count())
}

/// True when `start..end` is a company's short name: a stem of two to
/// four chars (up to `stem_end`) of plain nouns and names, and its
/// business word; nothing the lexicon knows as another thing.
fn short_company(doc: &Doc, s: usize, start: usize, stem_end: usize, end: usize) -> bool {
    if !(2..=4).contains(&(stem_end.saturating_sub(start)))
        || end - start > 8
        || doc.sents[s].taken(start, end)
    {
        return false;
    }
    let sent = &doc.sents[s];
    // (The business word's own tags do not matter: 新/a|材料.)
    let plain = sent
        .toks
        .iter()
        .filter(|t| t.start < stem_end && t.end > start)
        .all(|t| {
            // (旺/a|林木业/nr: a name may open with a char of quality.)
            let opening_char = t.start == start && t.end == start + 1 && t.tag.as_str() == "a";
            t.start >= start
                && (opening_char
                    || matches!(
                        t.tag.as_str(),
                        "n" | "nz" | "nr" | "nrt" | "ns" | "j" | "ng" | "zg" | "vn" | "b" | "eng"
                    ))
        });
    let name = sent.text(start, end);
    plain && !generic(&name) && !is_other_thing(doc, &name)
}

/// `enterprise.name.visited`: a short name the reporter visits (笔者来到
/// Z的旺岚木业，…; 记者走进汶峰科技，…): after the visit (and the zone or
/// place it names), a stem and a business word closing the clause or
/// followed by what is seen there.
fn visited_companies(doc: &mut Doc, s: usize) {
    let text = doc.sents[s].text.clone();
    if !REPORTERS.iter().any(|w| text.contains(w)) {
        return;
    }
    let chars = doc.sents[s].chars.clone();
    let mut found = Vec::new();
    for (b, v) in VISIT_VERBS.iter().flat_map(|v| text.match_indices(v)) {
        let start = past_sites(doc, s, char_pos(&text, b) + v.chars().count(), chars.len());
        let seen = |e: usize| {
            e == chars.len()
                || matches!(chars[e], '，' | ',' | '。' | '；')
                || ["看到", "生产车间", "车间", "厂区"]
                    .iter()
                    .any(|w| crate::text::chars_start_with(&chars[e..], w))
        };
        let name = (start + 3..=(start + 8).min(chars.len())).find_map(|end| {
            let stem_end = core_start(doc, &chars, end)?;
            (seen(end) && short_company(doc, s, start, stem_end, end)).then_some((start, end))
        });
        found.extend(name);
    }
    for (a, b) in found {
        doc.mention(s, a, b, Class::Enterprise, "enterprise.name.visited");
    }
}

/// `enterprise.name.titled`: a bare name right after its standing
/// (世界领军企业鑫联环保科技、世界500强企业…): nouns and proper names the
/// lexicon knows as no thing, place or kind.
fn titled_companies(doc: &mut Doc, s: usize) {
    let text = doc.sents[s].text.clone();
    if !text.contains("企业") && !text.contains('强') {
        return;
    }
    let spans: Vec<(usize, usize)> = TITLED
        .captures_iter(&text)
        .filter_map(|c| c.name("name"))
        .map(|m| (char_pos(&text, m.start()), char_pos(&text, m.end())))
        .collect();
    for (a, b) in spans {
        let sent = &doc.sents[s];
        let name = sent.text(a, b);
        // (…企业——亿航/ng智能: the dash says a name follows; any words but
        // a clause's.)
        let dashed = a > 0 && sent.chars[a - 1] == '—';
        let clause_word = |t: &super::Tok| {
            (t.tag.starts_with('v') && t.tag != "vn")
                || ["p", "c", "u", "uj", "r"].contains(&t.tag.as_str())
        };
        let plain = || {
            sent.toks
                .iter()
                .filter(|t| t.start < b && a < t.end)
                .all(|t| t.start >= a && t.end <= b && (t.oov || !clause_word(t)))
        };
        let nouns = super::names::only_noun_words(sent, a, b, false) || (dashed && plain());
        // (龙头企业|落户: a verb jieba took for a noun names no one.)
        let proper = dashed
            || sent.toks.iter().any(|t| {
                t.start >= a
                    && t.end <= b
                    && (t.oov
                        || matches!(
                            t.tag.as_str(),
                            "nz" | "nr" | "nrt" | "ns" | "nt" | "j" | "eng"
                        ))
            });
        if !nouns
            || !proper
            || super::names::is_stop_word(&name)
            // (前三强|宁波兴业: a place opening the name is the name's.)
            || sent.taken_except_places(doc, a, b)
            || super::names::known_word(doc, &name, super::lists::KIND_ENDINGS)
            || doc.lex.anaphors.contains(&name)
        {
            continue;
        }
        doc.mention(s, a, b, Class::Enterprise, "enterprise.name.titled");
    }
}

/// The kinds of company a list's class word may carry (“链主”企业, 龙头企业),
/// one alternation for [`LISTED`] and [`SUCH`].
macro_rules! company_kinds {
    () => {
        "“链主”|链主|龙头|领军|骨干|重点|行业领军|规上|规模以上|上下游|配套|科技型|高新技术|优质|外资|民营|中小|头部|工业|老牌|知名|本土|大型|优势|上市|国有|跨国|世界500强|500强"
    };
}

/// `A、B和C（等）（N家/户/个）（“链主”/龙头…）企业`: the items are enterprises.
static LISTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?P<list>(?:[\p{Han}A-Za-z0-9]{2,14}[、和及与])+[\p{Han}A-Za-z0-9]{2,14}?)",
        r"(?:等)?(?:一批|多家|一些|诸多|\d+|[两二三四五六七八九十]+)?(?:余)?(?:个|家|户)?",
        "(?:",
        company_kinds!(),
        ")?企业"
    ))
    .expect("static regex")
});

/// `A和B3万吨玻璃纤维棉`: names before a capacity are producers.
static BEFORE_CAPACITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<list>[\p{Han}]{2,8}(?:[、和与][\p{Han}]{2,8})+)\d+(?:\.\d+)?万?吨")
        .expect("static regex")
});

pub(crate) fn generic(stem: &str) -> bool {
    // 省内外融资公司: a kind of company, not a name.
    let kind = ["融资", "投资", "管理", "运营", "物业", "担保", "贸易"]
        .iter()
        .any(|k| stem.ends_with(k))
        && ["省", "市", "县", "区内", "国内", "境内", "外"]
            .iter()
            .any(|p| stem.starts_with(p));
    // (与本地电池企业: companies of the place, not a name.)
    let local = [
        "本地",
        "当地",
        "本土",
        "省内",
        "市内",
        "县内",
        "区内",
        "外地",
        "域内",
        // (境内外上市公司: listed companies at home and abroad.)
        "境内",
        "境外",
        "海内外",
    ]
    .iter()
    .any(|p| stem.starts_with(p));
    // (香港上市公司: a listed company of a market, no name.)
    GENERIC.contains(&stem) || stem.ends_with("的") || stem.ends_with("上市") || kind || local
}

/// True when a name is a legal ending alone (有限公司, 集团): no company's.
pub(super) fn bare_ending(doc: &Doc, name: &str) -> bool {
    doc.lex.legal_suffixes.iter().any(|s| s == name)
}

/// What firms do (研发, 生产, 销售…).
const DEEDS: &[&str] = &[
    "研发", "生产", "销售", "制造", "加工", "设计", "服务", "运营", "一体", "仓储", "物流", "检测",
    "展示", "贸易", "投产",
];

/// Deeds that end firms' names too (岚溪制造, 青禾物流, 华测检测).
const NAMING_DEEDS: &[&str] = &[
    "制造", "设计", "服务", "一体", "仓储", "物流", "检测", "展示", "贸易",
];

/// True when a list item is made of deeds only (集研发、生产及销售一体):
/// what a firm does, no firm.
pub(super) fn activities_only(name: &str) -> bool {
    super::made_of(name, &[DEEDS])
}

/// True when a list item ends in a deed no firm's name ends in
/// (数控机床生产、零部件加工企业, 大健康产业投产运营企业): companies by what
/// they do.
fn ends_in_deed(item: &str) -> bool {
    DEEDS
        .iter()
        .filter(|w| !NAMING_DEEDS.contains(w))
        .any(|w| item.ends_with(w))
}

/// True when `a..b` is one known common noun of two chars or fewer (中心/n).
fn common_noun(sent: &super::Sent, a: usize, b: usize) -> bool {
    b <= a + 2
        && sent
            .toks
            .iter()
            .any(|t| t.start == a && t.end == b && !t.oov && t.tag.as_str() == "n")
}

/// A list's span split at a 等 inside an item: the names before it are
/// companies, back to the clause's start (引进A、B等|C生产、D加工企业), and
/// the kinds after it a list of their own, if a list. (等离子, 高等… are
/// words; 等地 closes places.)
fn names_before_such(chars: &[char], (ls, le): (usize, usize)) -> Vec<(usize, usize)> {
    let such = (ls + 1..le.saturating_sub(1)).rev().find(|&i| {
        chars[i] == '等'
            && !"离级同地".contains(chars[i + 1])
            && !"高中同平对、和及与".contains(chars[i - 1])
    });
    let listed = |a: usize| chars[a..le].iter().any(|c| "、和及与".contains(*c));
    // (泰和光显: a 和 inside a name leaves a one-char item; the list is
    // not split there.)
    let names = |a: usize, b: usize| split_list(chars, a, b).iter().all(|&(x, y)| y >= x + 2);
    match such.map(|at| (clause_of(chars, at).0, at)) {
        Some((from, at)) if names(from, at) && listed(at + 1) => vec![(from, at), (at + 1, le)],
        Some((from, at)) if names(from, at) => vec![(from, at)],
        _ => vec![(ls, le)],
    }
}

/// Where a list's first company starts right after a verb bringing it in
/// (先后集聚|通得电气、…: jieba reads 通 as a verb): a short name of a
/// brand and a business word, as the other items are.
fn after_bringing_in(doc: &Doc, chars: &[char], a: usize, b: usize) -> Option<usize> {
    let (at, verb) = super::lists::BRINGING_IN
        .iter()
        .filter_map(|v| {
            let v: Vec<char> = v.chars().collect();
            (a..b.saturating_sub(v.len()))
                .rev()
                .find(|&i| chars[i..].starts_with(&v))
                .map(|i| (i, v.len()))
        })
        .max_by_key(|&(i, _)| i)?;
    let start = at + verb + usize::from(chars.get(at + verb) == Some(&'了'));
    let business = doc
        .lex
        .core_index
        .ending_at(chars, b)
        .map(|i| doc.lex.core_suffixes[i].chars().count())?;
    let n = b - start;
    ((3..=6).contains(&n)
        && n >= business + 2
        && chars[start..b].iter().all(|c| crate::text::is_han(*c)))
    .then_some(start)
}

/// Splits a list `A、B和C` into item spans (char offsets relative to `base`).
pub(crate) fn split_list(chars: &[char], start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = start;
    for (i, c) in chars.iter().enumerate().take(end).skip(start) {
        if matches!(c, '、' | '和' | '及' | '与' | '，') {
            // (A以及B: 以 is the conjunction's, no part of A.)
            let e = if *c == '及' && i > s + 1 && chars[i - 1] == '以' {
                i - 1
            } else {
                i
            };
            if e > s {
                out.push((s, e));
            }
            // (A及其配套零部件: 其 is A's, no part of the next item.)
            s = if matches!(c, '及' | '与') && chars.get(i + 1) == Some(&'其') {
                i + 2
            } else {
                i + 1
            };
        }
    }
    if end > s {
        out.push((s, end));
    }
    out
}

/// Where a count (四大, 两大, 3个) inside the list item `(a, b)` begins,
/// when a name of two chars or more comes before it.
fn count_in(chars: &[char], (a, b): (usize, usize)) -> Option<usize> {
    (a + 2..b.saturating_sub(1)).find(|&i| {
        is_count_digit(chars[i])
            && !is_count_digit(chars[i - 1])
            && chars[i + 1..b]
                .iter()
                .find(|c| !is_count_digit(**c))
                .is_some_and(|c| "大个家".contains(*c))
    })
}

/// True when a listed name is a kind of thing made, not a company (电控系统、
/// 精密配件等配套企业: the suppliers of these), unless a word jieba does not
/// know (a brand) opens it.
fn kind_of_thing(doc: &Doc, s: usize, a: usize, b: usize, name: &str) -> bool {
    super::lists::KIND_ENDINGS.iter().any(|k| name.ends_with(k))
        && !doc.sents[s]
            .toks
            .iter()
            .any(|t| t.start >= a && t.end < b && t.oov)
        && !super::places_people::has_proper_name(doc, s, a, b.saturating_sub(2))
}

fn is_other_thing(doc: &Doc, name: &str) -> bool {
    doc.lex.products.contains_key(name)
        || doc.lex.places.contains_key(name)
        || doc.lex.industries.contains(name)
        || doc.lex.zone_suffix(name).is_some()
        || doc.lex.anaphors.contains(name)
}

/// Ranks and kinds given to companies, no company's name.
const RANKS: &[&str] = &[
    "专精特新",
    "单项冠军",
    "小巨人",
    "隐形冠军",
    "瞪羚",
    "独角兽",
    "中小",
    "规上",
    "规模以上",
    "高新技术",
];

/// Trigger words of the enterprise lists read in [`mentions`].
pub(super) const ENTERPRISE_LIST_AND: &[&str] = &["、", "和", "及", "与"];
pub(super) const ENTERPRISE_LIST_QIYE: &[&str] = &["企业"];
pub(super) const ENTERPRISE_LIST_TON: &[&str] = &["吨"];

/// Companies named with a legal ending in sentence `s` (…有限公司,
/// …集团), longest suffix first.
fn legal_names(doc: &mut Doc, s: usize, chars: &[char]) {
    let mut end = chars.len();
    while end > 0 {
        let hit = doc
            .lex
            .legal_index
            .ending_at(chars, end)
            .map(|i| &doc.lex.legal_suffixes[i]);
        let Some(suf) = hit else {
            end -= 1;
            continue;
        };
        let at = end - suf.chars().count();
        // …厂 names facilities (污水处理厂, 超级工厂), which are projects here.
        // (X集团全资子公司|Y有限公司: 子公司 tells the standing of the
        // company named next; the parent's name ends before it.)
        // (采访团随该公司: 该公司 is an anaphor, no name's end.)
        if doc.sents[s].taken(at, end)
            || matches!(suf.as_str(), "厂" | "工厂")
            || (suf == "公司" && at > 0 && chars[at - 1] == '子')
            || (at > 0 && matches!(chars[at - 1], '该' | '本' | '此'))
        {
            end = at;
            continue;
        }
        if let Some(start) = stem_start(doc, &doc.sents[s], at, Kind::Org) {
            let start = known_opening(doc, s, start, at);
            let start = past_standing_and_date(chars, start, at);
            let stem: String = chars[start..at].iter().collect();
            if !generic(&stem) && !is_other_thing(doc, &stem) {
                doc.mention(s, start, end, Class::Enterprise, "enterprise.name.legal");
                end = start;
                continue;
            }
        }
        end = at;
    }
}

pub(crate) fn mentions(doc: &mut Doc) {
    for s in 0..doc.sents.len() {
        let chars = doc.sents[s].chars.clone();
        legal_names(doc, s, &chars);
        titled_companies(doc, s);
        settling_companies(doc, s);
        doing_companies(doc, s);
        subject_companies(doc, s);
        visited_companies(doc, s);
        // Names listed as enterprises.
        let text = doc.sents[s].text.clone();
        // Lists hold 、和及与 and end in 企业 (or a capacity in 吨).
        const AND: super::Mask = super::triggers(ENTERPRISE_LIST_AND);
        const QIYE: super::Mask = super::triggers(ENTERPRISE_LIST_QIYE);
        const TON: super::Mask = super::triggers(ENTERPRISE_LIST_TON);
        let sent = &doc.sents[s];
        let listed = sent.has_any(AND) && sent.has_any(QIYE);
        let capacity = sent.has_any(AND) && sent.has_any(TON);
        let mut lists = super::list_spans(&LISTED, &text, listed);
        lists.extend(super::list_spans(&BEFORE_CAPACITY, &text, capacity));
        let lists: Vec<_> = lists
            .into_iter()
            .flat_map(|l| names_before_such(&chars, l))
            .collect();
        for (ls, le) in lists {
            let mut items = split_list(&chars, ls, le);
            // 上汽、宇通、海马四大整车企业: a count closes the last item.
            if let Some(last) = items.last_mut() {
                last.1 = count_in(&chars, *last).unwrap_or(last.1);
            }
            // 电动自行车、半导体三大产业均有两家企业: the items are
            // industries, whose companies the sentence counts.
            let counted_kinds = items.last().is_some_and(|&(_, b)| {
                let tail: String = chars[b..(b + 10).min(chars.len())].iter().collect();
                let upto = tail.find("企业").unwrap_or(tail.len());
                ["产业", "行业", "领域"]
                    .iter()
                    .any(|w| tail[..upto].contains(w))
            });
            let after_amount = items
                .first()
                .is_some_and(|&(a, _)| opens_after_amount(&chars, a));
            if counted_kinds || after_amount || !is_name_list(doc, s, &chars, &items) {
                continue;
            }
            for (k, (mut a, mut b)) in items.into_iter().enumerate() {
                // (乐斯福年产|5万吨…: the capacity's word before an amount
                // closes the item; 东风日产、海马 is a name.)
                let amount_after = chars.get(b).is_some_and(|c| c.is_ascii_digit());
                if let Some(w) = super::project_name::CAPACITY_OPENERS
                    .iter()
                    .find(|w| amount_after && chars[a..b].iter().collect::<String>().ends_with(*w))
                {
                    b -= w.chars().count();
                }
                if k == 0 {
                    // The regex takes too much on the left: find the name start.
                    match after_bringing_in(doc, &chars, a, b)
                        .or_else(|| stem_start(doc, &doc.sents[s], b, Kind::Org))
                    {
                        // (…高级定制/v|中心、年产…: a common noun left
                        // after a clause is no company's name.)
                        Some(st) if st > a && common_noun(&doc.sents[s], st, b) => continue,
                        Some(st) if st >= a => a = st,
                        _ => continue,
                    }
                }
                let name: String = chars[a..b].iter().collect();
                // (以A为核心、以B、C…企业: the frame's word, no name; a 以
                // the HMM glued opens the next frame.)
                if a > 0 && chars[a - 1] == '为' && super::lists::is_frame_word(&name) {
                    continue;
                }
                if name.starts_with('以')
                    && a > 0
                    && chars[a - 1] == '、'
                    && b - a >= 3
                    && after_frame(&chars, a - 1)
                {
                    a += 1;
                }
                let name: String = chars[a..b].iter().collect();
                // (…精粉、年产|1万吨…: a word of capacity, nobody's name.)
                if doc.sents[s].taken(a, b)
                    || super::project_name::CAPACITY_OPENERS.contains(&name.as_str())
                    || is_other_thing(doc, &name)
                    // (年产30万吨再生铝项目和|年产5万吨…: a project's name.)
                    || name.ends_with("项目")
                    || name.ends_with("生产线")
                    // (链长制、专班制: mechanisms of government.)
                    || name.ends_with('制')
                    || generic(&name)
                    || bare_ending(doc, &name)
                    || activities_only(&name)
                    || kind_of_thing(doc, s, a, b, &name)
                {
                    continue;
                }
                doc.mention(s, a, b, Class::Enterprise, "enterprise.name.listed");
            }
        }
        if text.contains('等') && text.contains("企业") {
            such_names(doc, s, &chars);
        }
        // (After the lists: a trade name listed is a list's item.)
        trade_names(doc, s, &chars);
        // (Last: a list of projects may name one by its company, 中储粮.)
        known_companies(doc, s);
    }
}

/// `X等(一批)(“原字号”)(头部)企业`: one name given as an example of a kind
/// of company.
static SUCH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"等(?:一批|多家|一些|诸多)?(?:“[\p{Han}]{1,6}”)?",
        "(?:",
        company_kinds!(),
        "|示范)?企业"
    ))
    .expect("static regex")
});

/// `enterprise.name.such`: the one name before [`SUCH`] (支持禾丰水产等“原
/// 字号”企业, 推进安徽节源等一批企业项目) is a company when it reads as a
/// brand: four chars, a proper name or a word jieba does not know in it,
/// and no product, industry, place or kind of thing the lexicon knows.
fn such_names(doc: &mut Doc, s: usize, chars: &[char]) {
    let text = doc.sents[s].text.clone();
    let ats: Vec<usize> = SUCH
        .find_iter(&text)
        .map(|m| super::char_pos(&text, m.start()))
        .collect();
    for at in ats {
        // (A list's last item is the list rule's.)
        let Some(mut a) = stem_start(doc, &doc.sents[s], at, Kind::Org) else {
            continue;
        };
        // 安徽|节源: a province's short name before the brand opens it.
        if let Some(place) = doc.sents[s]
            .toks
            .iter()
            .find(|t| t.end == a && t.end - t.start == 2 && t.tag.as_str() == "ns")
        {
            if at - a == 2 {
                a = place.start;
            }
        }
        let name: String = chars[a..at].iter().collect();
        let listed = a > 0 && matches!(chars[a - 1], '、' | '和' | '及' | '与');
        let proper = super::places_people::has_proper_name(doc, s, a, at)
            || doc.sents[s]
                .toks
                .iter()
                .any(|t| t.start >= a && t.end <= at && t.oov);
        if at - a != 4
            || listed
            || !proper
            || !super::names::bare_han(&name)
            || doc.sents[s].taken_except_places(doc, a, at)
            || is_other_thing(doc, &name)
            || generic(&name)
            || kind_of_thing(doc, s, a, at, &name)
            || !is_name_list(doc, s, chars, &[(a, at)])
        {
            continue;
        }
        doc.mention(s, a, at, Class::Enterprise, "enterprise.name.such");
    }
}

/// Trade words ending in 业 that are sectors, not a company's business
/// (传统产业, 现代农业).
const SECTORS: &[&str] = &["产业", "工业", "农业", "林业", "牧业", "商业", "物业"];

/// `enterprise.name.trade`: a brand of two to four chars before a trade word
/// of the lexicon's business words that ends in 业 (龙佰钛业, 碚圣药业,
/// 隆通管业), a place before it or not (四川|佰瑞德|矿业): a company's short
/// name, as the press writes it. The brand is no place (山西煤业 may be a
/// province's coal) and no word of a clause.
fn trade_names(doc: &mut Doc, s: usize, chars: &[char]) {
    let mut end = chars.len();
    while end > 2 {
        let Some(i) = doc.lex.core_index.ending_at(chars, end) else {
            end -= 1;
            continue;
        };
        let trade = &doc.lex.core_suffixes[i];
        let at = end - trade.chars().count();
        let fits = trade.chars().count() == 2
            && trade.ends_with('业')
            && !SECTORS.contains(&trade.as_str())
            && !doc.sents[s].taken(at, end);
        let brand = fits
            .then(|| stem_start(doc, &doc.sents[s], at, Kind::Org))
            .flatten()
            .filter(|&st| {
                let stem: String = chars[st..at].iter().collect();
                let brand = super::alias::strip_place_prefix(doc.lex, &stem);
                (2..=4).contains(&brand.chars().count())
            })
            // (驰骋|艺惠硅业: a brand cut short by a verb-like char is no
            // name; it starts after a mark or a function char.)
            .filter(|&st| {
                st == 0
                    || !crate::text::is_han(chars[st - 1])
                    || super::names::LEADING_STOPS.contains(&chars[st - 1])
            });
        if let Some(st) = brand {
            let stem: String = chars[st..at].iter().collect();
            let plain = doc.sents[s]
                .toks
                .iter()
                .filter(|t| t.start >= st && t.end <= at)
                // (Single chars of a brand take any tag: 泓/q|达/v|药业.)
                .all(|t| {
                    t.oov
                        || t.end - t.start == 1
                        || !["v", "d", "p", "r", "m", "c", "u", "a", "t", "f"]
                            .iter()
                            .any(|h| t.tag.starts_with(h))
                });
            if plain
                && stem.chars().all(crate::text::is_han)
                && !generic(&stem)
                && !is_other_thing(doc, &stem)
            {
                doc.mention(s, st, end, Class::Enterprise, "enterprise.name.trade");
                end = st;
                continue;
            }
        }
        end = at;
    }
}

/// Business words of the lexicon that name a sector or an activity more
/// than a company's trade: a brand before them is no company's short name
/// (数据服务, 文化旅游). (Words ending in 业 are [`trade_names`]'s, sectors
/// among them: [`SECTORS`].)
const SECTOR_WORDS: &[&str] = &[
    "发展",
    "开发",
    "建设",
    "工程",
    "交通",
    "服务",
    "管理",
    "运营",
    "设计",
    "教育",
    "国际",
    "系统",
    "文化",
    "旅游",
    "资源",
    "数据",
    "网络",
    "金融",
    "资本",
    "资产",
    "投资",
    "贸易",
    "检测",
    "咨询",
    "健康",
    "环境",
    "零售",
    "制造",
    "供应链",
    "进出口",
];

/// `enterprise.name.brand`: a word jieba reads as a proper name (冠捷/nz,
/// 楚星/nr) or does not know, two or three chars, before a business word of
/// the lexicon (科技, 汽车, 化工, 能源…), the pair a word of its own
/// between a verb, a preposition or a mark and no noun: a company's short
/// name as the press writes it (以冠捷科技为龙头, 由凯马汽车与…合作). Common
/// nouns before the same words (信息科技, 绿色能源) are no brand; neither
/// are places of the lexicon (江西汽车).
///
/// Read after the lists and chains, so that an item whose class a list's
/// closing word gives (航空航天、海洋装备等产业, A、B等项目) is theirs.
pub(crate) fn brands(doc: &mut Doc) {
    for s in 0..doc.sents.len() {
        let chars = doc.sents[s].chars.clone();
        brand_names(doc, s, &chars);
    }
}

fn brand_names(doc: &mut Doc, s: usize, chars: &[char]) {
    let toks = &doc.sents[s].toks;
    let mut found = Vec::new();
    for (k, brand) in toks.iter().enumerate() {
        let Some(trade) = toks.get(k + 1) else {
            break;
        };
        let proper = brand.oov
            || matches!(
                brand.tag.as_str(),
                "nz" | "nr" | "nrt" | "nrfg" | "ns" | "nt" | "j"
            );
        // (An unknown word is a brand of two chars: 固投类|生物医药 and
        // 吉瓦时|电池 are a kind and a unit.)
        let len = brand.end - brand.start;
        if !proper || !(2..=3).contains(&len) || (brand.oov && len != 2) {
            continue;
        }
        let n = trade.end - trade.start;
        let word: String = chars[trade.start..trade.end].iter().collect();
        let business = (2..=3).contains(&n)
            && !(n == 2 && word.ends_with('业'))
            && !SECTOR_WORDS.contains(&word.as_str())
            && doc.lex.core_suffixes.contains(&word);
        if !business {
            continue;
        }
        // (以|冠捷科技|为: no noun before it, and a mark or a function word
        // after it, or it is part of a longer name or phrase: 鄂尔多斯能源|
        // 化工基地, 美霖光伏|制造…项目.)
        // (100|吉瓦时|电池: an amount before it makes it a unit.)
        let nounish = |t: &super::Tok| {
            let tag = t.tag.as_str();
            tag.starts_with('n') || matches!(tag, "vn" | "a" | "b" | "j" | "m" | "q")
        };
        let closes = |t: &super::Tok| {
            let tag = t.tag.as_str();
            !crate::text::is_han(chars[t.start])
                || ["p", "c", "u", "d", "r"].iter().any(|h| tag.starts_with(h))
                || (t.end - t.start == 1
                    && matches!(chars[t.start], '是' | '为' | '将' | '已' | '在'))
        };
        let alone = !k.checked_sub(1).is_some_and(|j| nounish(&toks[j]))
            && toks.get(k + 2).is_none_or(closes)
            && !super::names::LEADING_STOPS.contains(&chars[brand.start])
            && !is_count_digit(chars[brand.start]);
        let stem: String = chars[brand.start..brand.end].iter().collect();
        // (芜湖瑞科精密减速机有限公司…瑞科精密: a company named in full
        // before holds it, and the short name is its alias. Last: it reads
        // every entity.)
        let named_before = || {
            doc.entities
                .iter()
                .any(|(_, e)| e.class == Class::Enterprise && e.label.contains(stem.as_str()))
        };
        if alone
            && stem.chars().all(crate::text::is_han)
            && !is_other_thing(doc, &stem)
            && !generic(&stem)
            && !doc.sents[s].taken(brand.start, trade.end)
            && !named_before()
        {
            found.push((brand.start, trade.end));
        }
    }
    for (a, b) in found {
        doc.mention(s, a, b, Class::Enterprise, "enterprise.name.brand");
    }
}

/// Endings of generic kinds of organisation (科研机构, 职业院校) and people.
const GENERIC_ENDINGS: &[&str] = &[
    "领先",
    "领域",
    "产业",
    "行业",
    "机构",
    "学校",
    "院校",
    "组织",
    "单位",
    "部门",
    "工人",
    "人才",
    "厂房",
    "上下游",
];

/// True when list items look like names: no digits, no generic kinds, and
/// none ending in a verb or adverb (积极招引、严格筛选入驻企业).
fn is_name_list(doc: &Doc, s: usize, chars: &[char], items: &[(usize, usize)]) -> bool {
    items.iter().enumerate().all(|(k, &(a, b))| {
        let item: String = chars[a..b].iter().collect();
        // A name holds no adverb, preposition, conjunction or particle:
        // 硫磺和|液氨则就近销往周边化肥|企业 is a clause. (The first item
        // may start too far left; its name start is found later.)
        let clause = k > 0
            && doc.sents[s].toks.iter().any(|t| {
                let tag = t.tag.as_str();
                t.start >= a
                    && t.end <= b
                    && !t.oov
                    && ["d", "p", "c", "u"].iter().any(|h| tag.starts_with(h))
            });
        let last = doc.sents[s].toks.iter().find(|t| t.start < b && b <= t.end);
        // One-char tags are the unknown-word model's guesses (新源|盛/v).
        let last_tag = last
            .filter(|t| t.end - t.start >= 2)
            .map_or("", |t| t.tag.as_str());
        // 专精特新中小企业、单项冠军企业: ranks companies are given; 电商、物流
        // 企业: companies of these trades; 全球第|二家: a count.
        let category = RANKS.iter().any(|r| item.contains(r)) || item.contains('第');
        // (…配套和制造业企业: a sector's companies, no company's name.)
        let sector = [
            "制造业",
            "服务业",
            "产业",
            "行业",
            "农业",
            "工业",
            "商业",
            "物流业",
        ]
        .iter()
        .any(|w| item.ends_with(w));
        let trades = k > 0 && is_other_thing(doc, &item);
        // 项目部、施工方、监理方和相关分包企业: the parties to a site's work
        // by their roles, no company named.
        let role = (item.ends_with('方') && item.chars().count() <= 3)
            || ["项目部", "指挥部"].iter().any(|w| item.ends_with(w))
            || item.starts_with("相关");
        !clause
            && !role
            && !category
            && !sector
            && !trades
            && !ends_in_deed(&item)
            && !item.chars().any(|c| c.is_ascii_digit())
            && !GENERIC_ENDINGS.iter().any(|g| item.ends_with(g))
            && (!last_tag.starts_with('v') || last_tag == "vn")
            && !last_tag.starts_with('d')
            && last_tag != "ad"
    })
}

/// True when `m` is in the list 与 opens (与A、B等龙头企业达成合作): the
/// zone's partners, not its companies.
fn partners_after_with(chars: &[char], m: &super::Mention, ents: &[super::Mention]) -> bool {
    let mut at = m.start;
    loop {
        match chars[..at].last() {
            Some('与') => return true,
            Some('、') => match ents.iter().find(|e| e.end + 1 == at) {
                Some(e) => at = e.start,
                None => return false,
            },
            _ => return false,
        }
    }
}

/// Words that put an enterprise in a cooperation, not in the zone.
pub(super) const PARTNER_CUES: &[&str] = &[
    "对接", "合作", "交流", "签约", "洽谈", "考察", "会同", "协同", "联合",
];

/// True when `c` ends a clause (see [`clause_of`]).
fn is_clause_stop(c: char) -> bool {
    matches!(c, '，' | '。' | '；' | ',' | ';' | '：')
}

/// True when a clause starts at char `at`: `clause_of(chars, at).0 == at`,
/// without scanning the clause.
pub(crate) fn clause_starts_at(chars: &[char], at: usize) -> bool {
    at == 0 || chars.get(at - 1).is_some_and(|c| is_clause_stop(*c))
}

/// The clause (between commas and stops) around a char position.
pub(crate) fn clause_of(chars: &[char], at: usize) -> (usize, usize) {
    let stop = |c: &char| is_clause_stop(*c);
    let start = chars[..at].iter().rposition(stop).map_or(0, |p| p + 1);
    let end = chars[at..]
        .iter()
        .position(stop)
        .map_or(chars.len(), |p| at + p);
    (start, end)
}

/// Words a reporter visits a place with (记者走进E, 笔者来到Z的E).
pub(crate) const VISIT_VERBS: &[&str] = &["走进", "来到", "走访", "探访", "深入"];

/// The words for the reporter who visits.
const REPORTERS: &[&str] = &["记者", "笔者"];

/// Where a run starting at char `i` ends (before `limit`): past the
/// chars `joint` accepts and the mentions `named` accepts (来到|Z|的|E;
/// 以|A|、|B|为龙头).
fn past_run(
    doc: &Doc,
    s: usize,
    mut i: usize,
    limit: usize,
    joint: impl Fn(char) -> bool,
    named: impl Fn(&super::Mention) -> bool,
) -> usize {
    let sent = &doc.sents[s];
    while i < limit {
        if joint(sent.chars[i]) {
            i += 1;
        } else if let Some(o) = sent.mentions.iter().find(|o| o.start == i && named(o)) {
            i = o.end;
        } else {
            break;
        }
    }
    i
}

/// Where the place visited starts from char `i` on (and before `limit`):
/// past the zones and places the visit names and their 的 (来到|Z|的|E).
fn past_sites(doc: &Doc, s: usize, i: usize, limit: usize) -> usize {
    past_run(
        doc,
        s,
        i,
        limit,
        |c| c == '的',
        |o| o.end <= limit && matches!(doc.class(o.entity), Class::Zone | Class::Place),
    )
}

/// Parts of a plant where work is seen (在E生产车间内, E的厂区里).
const SITE_WORDS: &[&str] = &["车间", "厂区", "厂房", "工厂", "生产线", "生产现场"];

/// `zone.hosts.site`: a company whose plant the scene is set in has its
/// plant in the zone: the reporter visits it (记者走进E, 笔者来到Z的E), work
/// is seen in its plant (工人在E生产车间内…, E…的生产车间内), or a clause
/// opens at it (在E，口罩生产机正…).
fn at_site(doc: &Doc, s: usize, m: &super::Mention) -> bool {
    let sent = &doc.sents[s];
    let chars = &sent.chars;
    let (cs, ce) = clause_of(chars, m.start);
    let before = sent.text(cs, m.start);
    // (笔者来到Z的E: only places, zones and 的 between the visit and E.)
    let visited = VISIT_VERBS.iter().any(|v| {
        before.rfind(v).is_some_and(|b| {
            let from = cs + char_pos(&before, b) + v.chars().count();
            past_sites(doc, s, from, m.start) == m.start
        })
    }) && REPORTERS.iter().any(|w| before.contains(w));
    let after = sent.text(m.end, ce.min(m.end + 12));
    let at = before.ends_with('在') || m.start == cs;
    let scene = at && SITE_WORDS.iter().any(|w| after.contains(w));
    // (在E，…: the place a clause opens with.)
    let place = before == "在" && m.end == ce && ce < chars.len();
    visited || scene || place
}

/// `zone.hosts.leading`: companies a cluster or trade is led by (以A、B为
/// 龙头) lead it where it is.
fn leading(doc: &Doc, s: usize, m: &super::Mention) -> bool {
    let sent = &doc.sents[s];
    let chars = &sent.chars;
    let (cs, ce) = clause_of(chars, m.start);
    let Some(open) = chars[cs..m.start].iter().rposition(|c| *c == '以') else {
        return false;
    };
    // Only companies and their joints between 以 and 为龙头.
    let i = past_run(
        doc,
        s,
        cs + open + 1,
        chars.len(),
        |c| matches!(c, '、' | '和' | '与' | '及'),
        |o| doc.class(o.entity) == Class::Enterprise && !doc.nested(s, o),
    );
    i < ce && i >= m.end && chars[i..].starts_with(&['为', '龙', '头'])
}

/// The words that speak of the company just named (该企业位于…, 该公司…).
pub(crate) const COMPANY_ANAPHORS: &[&str] = &["该企业", "该公司"];

/// Words that say an enterprise is in a zone.
pub(super) const SETTLE_CUES: &[&str] = &[
    "入驻", "落户", "入园", "进驻", "迁入", "落地", "投产", "集聚", "聚集", "汇聚", "吸聚", "引进",
    "引入", "招引", "吸引", "扎根", "安家",
];

/// The sentences that hold a [`SETTLE_CUES`] word.
const SETTLE: super::Mask = super::triggers(SETTLE_CUES);

/// Words that say a paragraph enumerates a zone's own enterprises
/// (园区内企业, 经开区各企业, 现有高新技术企业11家).
pub(super) const MEMBER_CUES: &[&str] = &["园区内", "区内", "各企业", "现有", "辖区内", "入驻企业"];

/// True when the enterprise `m` is on a roster of the zone's companies:
/// 规模以上企业主要有A、B; 其他重要企业还有A、B等公司; 重点企业包括：A、B.
/// Not a city's or a province's roster (全市规上企业有…).
fn on_roster(doc: &Doc, s: usize, m: &super::Mention) -> bool {
    static CUE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:企业|公司)(?:主要|还|则)?(?:有|包括|涵盖)[：:]?").expect("static regex")
    });
    let sent = &doc.sents[s];
    let chars = &sent.chars;
    let lo = chars[..m.start]
        .iter()
        .rposition(|c| matches!(c, '，' | '。' | '；' | ',' | ';'))
        .map_or(0, |p| p + 1);
    let before = sent.text(lo, m.start);
    let Some(cue) = CUE.find_iter(&before).last() else {
        return false;
    };
    let wide = super::WIDER_SCOPES.iter().any(|w| before.contains(w));
    // Only other companies of the list between the cue and the name.
    let from = lo + char_pos(&before, cue.end());
    let listed = past_run(
        doc,
        s,
        from,
        m.start,
        |c| c == '、',
        |o| doc.class(o.entity) == Class::Enterprise && o.end <= m.start,
    );
    listed >= m.start && !wide
}

/// True when the enterprise `m` is said to settle: a cue of settling in its
/// clause or in the clause it opens, with no project between it and the cue
/// (X投资的Y项目计划落户…: the project settles), and no mere intention
/// (意向进驻).
fn settles(doc: &Doc, s: usize, m: &super::Mention) -> bool {
    let sent = &doc.sents[s];
    if !sent.has_any(SETTLE) {
        return false;
    }
    let (cs, ce) = clause_of(&sent.chars, m.start);
    // (集聚了A、B等龙头企业，以及C、D等配套企业: a clause going on with
    // 以及 shares the verb of the clause before.)
    let cs = match sent.chars.get(cs..cs + 2) {
        Some(['以', '及']) | Some(['还', '有']) if cs >= 2 => clause_of(&sent.chars, cs - 2).0,
        _ => cs,
    };
    // The clause of the name, and the next one when the name opens its
    // sentence's subject (X…，落户Y).
    let next_end = if cs == 0 && ce < sent.chars.len() {
        clause_of(&sent.chars, ce + 1).1
    } else {
        ce
    };
    let span: String = sent.chars[m.end.min(next_end)..next_end].iter().collect();
    let before: String = sent.chars[cs..m.start].iter().collect();
    let Some(cue) = SETTLE_CUES
        .iter()
        .filter_map(|w| {
            span.find(w)
                .map(|b| (w, b))
                .or_else(|| before.find(w).map(|_| (w, 0)))
        })
        .min_by_key(|(_, b)| *b)
    else {
        return false;
    };
    let cue_at = m.end + span[..cue.1].chars().count();
    let project_between = sent
        .of(doc, Class::Project)
        .any(|p| p.start >= m.end && p.end <= cue_at);
    let intention = span[..cue.1].ends_with("意向") || span.contains("意向进驻");
    !project_between && !intention
}

/// `zone.hosts.locative`: the zone of a clause 在Z内 right before the
/// clause a company opens (在宽甸经济开发区城南高新技术产业园内,辽宁优创…
/// 有限公司正在…开展项目建设): the company works there. A reporter's scene
/// may drop the 在 when the clause is the zone alone (走进车间前的
/// "Z内,X公司生产车间…"), and the zone a company is said to lie in (位于Z的
/// X公司).
fn zone_around(doc: &Doc, s: usize, m: &super::Mention) -> Option<usize> {
    let chars = &doc.sents[s].chars;
    // (位于Z的E, 同在Z的A、B: the zone the companies lie in.)
    let first = doc.sents[s]
        .of(doc, Class::Enterprise)
        .filter(|e| e.end <= m.start && !doc.nested(s, e))
        .fold(m.start, |first, e| {
            if e.end + 1 == first && chars[e.end] == '、' {
                e.start
            } else {
                first
            }
        });
    if first >= 2 && chars[first - 1] == '的' {
        // (在Z内的E; 在Z1Z2内的E: the zone named last of a run of zones.)
        let inside = usize::from(matches!(chars[first - 2], '内' | '里'));
        let zones: Vec<_> = doc.sents[s]
            .of(doc, Class::Zone)
            .filter(|z| !doc.nested(s, z))
            .collect();
        let lying = zones
            .iter()
            .find(|z| z.end + 1 + inside == first)
            .filter(|z| {
                let opening = zones
                    .iter()
                    .find(|o| o.end == z.start)
                    .map_or(z.start, |o| o.start);
                let before = doc.sents[s].text(opening.saturating_sub(3), opening);
                before.ends_with('在')
                    || super::places_people::LIES_IN_VERBS
                        .iter()
                        .any(|v| before.ends_with(v))
            });
        if let Some(z) = lying {
            return Some(z.entity);
        }
    }
    let (cs, _) = clause_of(chars, m.start);
    if m.start != cs || cs < 2 {
        return None;
    }
    let (ps, pe) = clause_of(chars, cs - 1);
    if !matches!(chars[pe.saturating_sub(1)], '内' | '里' | '中') {
        return None;
    }
    let opens = |z: &super::Mention| {
        (chars.get(ps) == Some(&'在') && z.start > ps) || (z.start == ps && z.end + 1 == pe)
    };
    doc.sents[s]
        .of(doc, Class::Zone)
        .filter(|z| opens(z) && z.end + 1 == pe && !doc.nested(s, z))
        .map(|z| z.entity)
        .last()
}

/// The industry the chain leaders named at char `at` (by `cue`) lead. A
/// 龙头企业 leads only the chain named with it (聚烯烃产业链龙头企业, 以A为
/// 龙头的B产业): 龙头 alone names no chain. A 链主 leads the industry named
/// last before the cue, but not one of a list of segments (产业链覆盖A、B和
/// C): the chain or cluster named before that list; else the one after.
fn led_industry(doc: &Doc, s: usize, at: usize, cue: &str) -> Option<usize> {
    let sent = &doc.sents[s];
    if cue == "龙头企业" {
        // (A、B等一批汽车零部件制造龙头企业: leaders of a batch are
        // leading firms of a trade, no chain's leader.)
        let batch = |m: &super::Mention| {
            super::lists::BATCH_WORDS
                .iter()
                .any(|w| sent.text(m.start.saturating_sub(3), m.start).ends_with(w))
        };
        return sent
            .of(doc, Class::Industry)
            .find(|m| m.end + 2 >= at && m.end <= at)
            .filter(|m| !batch(m))
            .map(|m| m.entity);
    }
    let before: Vec<_> = sent
        .of(doc, Class::Industry)
        .filter(|m| m.end <= at)
        .collect();
    let listed = |i: usize| {
        i > 0 && {
            let (a, b) = (&before[i - 1], &before[i]);
            a.end < b.start
                && b.start - a.end <= 2
                && sent.chars[a.end..b.start]
                    .iter()
                    .all(|c| matches!(c, '、' | '和' | '及' | '与'))
        }
    };
    let mut i = before.len();
    if i > 1 && listed(i - 1) {
        i -= 1;
        while i > 0 && listed(i) {
            i -= 1;
        }
    }
    i.checked_sub(1)
        .and_then(|i| before.get(i))
        .or(before.last())
        .cloned()
        .or_else(|| {
            // (…产品广泛应用于A、B等领域: fields the products go into.)
            sent.of(doc, Class::Industry)
                .find(|m| m.start >= at && !super::lists::after_into_verb(&sent.chars, m.start))
        })
        .map(|m| m.entity)
        // (Not the fields named after the cue: a chain the sentences
        // before name, in the paragraph before too.)
        .or_else(|| doc.last_before_anywhere(Class::Industry, s, at, 6))
}

/// `以E为龙头的I产业`: E heads the industry named right after.
static CHAIN_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"以(?P<e>[^，。；、,;以为的]{2,12}?)为(?:产业)?龙头的").expect("static regex")
});

/// Words that make the head of 以X为龙头 a thing, not a company (以整车为
/// 龙头, 以项目为龙头, 以科技创新为龙头).
const NOT_A_HEAD: &[&str] = &[
    "企业", "项目", "产业", "园区", "行业", "科技", "创新", "产品", "平台", "基地", "制造", "工业",
];

/// `该集群以E为龙头，带动…`: a cluster (or chain) the sentence opens with
/// is headed by E. The cluster is the industry named right before 以, or,
/// after 该, the last one named before.
static CLUSTER_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<who>该集群|该产业集群|该产业链|该产业|集群|产业链)以(?P<e>[^，。；、,;以为的]{2,12}?)为(?:产业)?龙头[，,]")
        .expect("static regex")
});

/// `在I上，以E1、E2为龙头，…`, `；以E为龙头，加快I…`, `以E1、E2为链主
/// 建设I` and `I产业(，)以E为龙头，…`: a clause of its own whose heads lead
/// the industry its topic (`topic`, the industry right before 以), the
/// clause before (opened by 在, or an industry alone) or the clause after
/// names; `next` is the comma or the verb the clause after opens with.
/// With 为依托/为支撑/为骨干 (`role`) the companies are the industry's,
/// not its heads.
static CLAUSE_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[，,；;]|(?P<topic>产业|行业|产业链|产业集群))以(?P<list>[^，。；,;以为的]{2,30}?)为(?:产业)?(?P<role>龙头|链主(?:企业)?|依托|支撑|骨干)(?P<next>[，,]|建设|打造|培育|发展|构建|壮大|做强|延伸|带动)",
    )
    .expect("static regex")
});

/// What a head found by [`chain_heads`] leads.
enum Headed {
    /// The industry named from this char on (以E为龙头的I).
    After(usize),
    /// The cluster ending at this char, or after 该 the last one named
    /// before it (该集群以E为龙头，).
    Cluster {
        anaphor: bool,
        at: usize,
        end: usize,
    },
}

/// The chain heads of a sentence: `enterprise.leads.chain-head`
/// (`以江淮为龙头的汽车及其配套产业` — the company E heads the industry
/// after 的, which ends at its 产业, 及其配套产业 included) and
/// `enterprise.leads.cluster-head` (`…工程装备产业集群…。该集群以中铁装备为
/// 龙头，带动上下游800余家企业`). E is a company found before, or a brand
/// the text names nowhere else: Latin letters (TCL) or a short Han name
/// that no lexicon knows as a product, industry or place.
pub(crate) fn chain_heads(doc: &mut Doc) {
    for s in doc.title_sents..doc.sents.len() {
        let text = &doc.sents[s].text;
        if !["龙头", "链主", "为依托", "为支撑", "为骨干"]
            .iter()
            .any(|w| text.contains(w))
        {
            continue;
        }
        let text = doc.sents[s].text.clone();
        let pos = |b: usize| char_pos(&text, b);
        let mut found: Vec<(usize, usize, Headed)> = CHAIN_HEAD
            .captures_iter(&text)
            .filter_map(|c| {
                let e = c.name("e")?;
                Some((
                    pos(e.start()),
                    pos(e.end()),
                    Headed::After(pos(c.get(0)?.end())),
                ))
            })
            .collect();
        found.extend(CLUSTER_HEAD.captures_iter(&text).filter_map(|c| {
            let (who, e) = (c.name("who")?, c.name("e")?);
            let cluster = Headed::Cluster {
                anaphor: who.as_str().starts_with('该'),
                at: pos(who.start()),
                end: pos(who.end()),
            };
            Some((pos(e.start()), pos(e.end()), cluster))
        }));
        clause_heads(doc, s, &text);
        for (a, b, headed) in found {
            let (industry, rule) = match headed {
                Headed::After(after) => {
                    let Some(head) = chain_head(doc, s, a, b) else {
                        continue;
                    };
                    (
                        headed_industry(doc, s, after).map(|i| (head, i)),
                        "enterprise.leads.chain-head",
                    )
                }
                Headed::Cluster { anaphor, at, end } => {
                    let cluster = if anaphor {
                        doc.last_before(Class::Industry, s, at, 3)
                    } else {
                        doc.sents[s]
                            .of(doc, Class::Industry)
                            .find(|m| m.end == end)
                            .map(|m| m.entity)
                    };
                    let pair = cluster.and_then(|i| Some((chain_head(doc, s, a, b)?, i)));
                    (pair, "enterprise.leads.cluster-head")
                }
            };
            if let Some((head, industry)) = industry {
                doc.relate(head, ck::LEADS_CHAIN, industry, s, rule);
            }
        }
    }
}

/// `enterprise.leads.clause-head`: the heads of [`CLAUSE_HEAD`], each item
/// of the list, lead the industry of the clause before when it opens with
/// 在 (在新能源产业上，以A、B为龙头), else of the clause after (以A为龙头，
/// 加快太阳能光伏产业…招引).
fn clause_heads(doc: &mut Doc, s: usize, text: &str) {
    let pos = |b: usize| char_pos(text, b);
    let found: Vec<ClauseHead> = CLAUSE_HEAD
        .captures_iter(text)
        .filter_map(|c| {
            let (m, list, next) = (c.get(0)?, c.name("list")?, c.name("next")?);
            let comma = matches!(next.as_str(), "，" | ",");
            let topic = c.name("topic");
            Some(ClauseHead {
                at: pos(topic.map_or(m.start(), |t| t.end())),
                topic_end: topic.map(|t| pos(t.end())),
                list: (pos(list.start()), pos(list.end())),
                after_start: pos(if comma { m.end() } else { next.start() }),
                leads: !matches!(c.name("role")?.as_str(), "依托" | "支撑" | "骨干"),
            })
        })
        .collect();
    for head in found {
        let Some(industry) = clause_industry(doc, s, &head) else {
            continue;
        };
        let chars = &doc.sents[s].chars;
        // (以A、B等为依托: 等 closes the list.)
        let (ls, mut le) = head.list;
        if le > ls + 1 && chars[le - 1] == '等' {
            le -= 1;
        }
        let items = split_list(chars, ls, le);
        let heads: Vec<usize> = items
            .into_iter()
            .filter_map(|(a, b)| chain_head(doc, s, a, b).or_else(|| listed_head(doc, s, a, b)))
            .collect();
        for e in heads {
            if head.leads {
                doc.relate(
                    e,
                    ck::LEADS_CHAIN,
                    industry,
                    s,
                    "enterprise.leads.clause-head",
                );
            } else {
                doc.relate(e, ck::IN_INDUSTRY, industry, s, "industry.of.clause-base");
            }
        }
    }
}

/// One clause of [`CLAUSE_HEAD`]: where its 以 is, the topic industry's
/// end, the list, where the clause after starts, and whether the companies
/// lead (龙头, 链主) or only belong (依托, 支撑, 骨干).
struct ClauseHead {
    at: usize,
    topic_end: Option<usize>,
    list: (usize, usize),
    after_start: usize,
    leads: bool,
}

/// The industry a [`ClauseHead`] is about: its topic (I产业以…), the clause
/// before when it opens with 在 or is an industry alone (I产业，以…), else
/// the clause after.
fn clause_industry(doc: &Doc, s: usize, head: &ClauseHead) -> Option<usize> {
    let chars = &doc.sents[s].chars;
    let stops = |c: &char| matches!(c, '，' | ',' | '；' | ';' | '。');
    let industries = || doc.sents[s].of(doc, Class::Industry);
    if let Some(end) = head.topic_end {
        return industries().find(|m| m.end == end).map(|m| m.entity);
    }
    let at = head.at;
    let before_start = chars[..at].iter().rposition(stops).map_or(0, |i| i + 1);
    let after_start = head.after_start;
    let after_end = chars[after_start.min(chars.len())..]
        .iter()
        .position(stops)
        .map_or(chars.len(), |i| after_start + i);
    let in_clause = |from: usize, to: usize| {
        industries()
            .filter(|m| m.start >= from && m.end <= to)
            .map(|m| m.entity)
            .last()
    };
    // (在智能视觉领域，以A、B为链主建设智能视觉产业链: a field, not an
    // industry's name, opens the clause before.)
    let alone = industries().find(|m| m.start == before_start && m.end == at);
    if let Some(m) = alone {
        Some(m.entity)
    } else if chars.get(before_start) == Some(&'在') {
        in_clause(before_start, at).or_else(|| in_clause(after_start, after_end))
    } else {
        in_clause(after_start, after_end)
    }
}

/// A head of a clause of its own, listed with others or alone
/// (以金风科技、中车电机为龙头, I产业以岭海科技为龙头): a four-char name
/// whose brand no lexicon knows is a company, even when it ends in a
/// business or product word (科技, 电机) or holds a product's name.
fn listed_head(doc: &mut Doc, s: usize, a: usize, b: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    let name = sent.text(a, b);
    let brand = sent.text(a, a + 2);
    let other = sent
        .mentions
        .iter()
        .any(|m| m.start < b && a < m.end && doc.class(m.entity) != Class::Product);
    // (Of NOT_A_HEAD's endings, a company's business words end a listed
    // brand's name: 金风|科技.)
    let thing = NOT_A_HEAD
        .iter()
        .filter(|w| !["科技", "制造", "工业"].contains(w))
        .any(|w| name.ends_with(w));
    let fits = name.chars().count() == 4
        && super::names::bare_han(&name)
        && !super::names::known_word(doc, &name, &[])
        && !super::names::known_word(doc, &brand, &[])
        && !doc.lex.anaphors.contains(&brand);
    if !fits || other || thing {
        return None;
    }
    doc.mention(s, a, b, Class::Enterprise, "enterprise.name.chain-head")
}

fn chain_head(doc: &mut Doc, s: usize, a: usize, b: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    if let Some(m) = sent
        .of(doc, Class::Enterprise)
        .find(|m| m.start == a && m.end == b)
    {
        return Some(m.entity);
    }
    let name = sent.text(a, b);
    let latin = name.chars().all(|c| c.is_ascii_alphanumeric()) && name.len() >= 2;
    let han = super::names::bare_han(&name);
    let known = super::names::known_word(doc, &name, NOT_A_HEAD);
    if !(latin || han) || known || sent.taken(a, b) {
        return None;
    }
    doc.mention(s, a, b, Class::Enterprise, "enterprise.name.chain-head")
}

/// The industry named at `at`: a mention starting there, else the words up
/// to the first 产业 (汽车及其配套产业), with 链 or 集群 after it.
fn headed_industry(doc: &mut Doc, s: usize, at: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    if let Some(m) = sent.of(doc, Class::Industry).find(|m| m.start == at) {
        return Some(m.entity);
    }
    let rest: String = sent.chars[at..(at + 16).min(sent.chars.len())]
        .iter()
        .collect();
    let stop = rest
        .find(['，', '。', '、', '；', ',', ';'])
        .unwrap_or(rest.len());
    let b = rest[..stop].find("产业")?;
    let mut end = at + rest[..b].chars().count() + 2;
    for tail in ["链", "集群"] {
        if sent.text(end, end + tail.chars().count()) == tail {
            end += tail.chars().count();
        }
    }
    // (Products named inside it stay: 汽车|及其配套产业.)
    let crossed = sent.mentions.iter().any(|m| {
        m.start < end
            && at < m.end
            && !(at <= m.start && m.end <= end && doc.class(m.entity) == Class::Product)
    });
    if end - at < 4 || crossed {
        return None;
    }
    doc.mention(s, at, end, Class::Industry, "industry.name.chain-head")
}

/// True when a frame (为核心, 为重点…) ends at `at`: a 以 after it opens
/// the next frame.
fn after_frame(chars: &[char], at: usize) -> bool {
    (1..=2).any(|n| {
        at > n
            && chars[at - n - 1] == '为'
            && super::lists::is_frame_word(&chars[at - n..at].iter().collect::<String>())
    })
}

/// The place a company settles in after it, in its clause ending at `ce`
/// (A、B等外资企业纷纷在X“入驻生根”): 在, the place, a verb of settling.
fn settled_place(doc: &Doc, s: usize, ce: usize, m: &super::Mention) -> Option<usize> {
    let chars = &doc.sents[s].chars;
    doc.sents[s]
        .of(doc, Class::Place)
        .find(|p| {
            p.start > m.end
                && p.end < ce
                && chars[p.start - 1] == '在'
                && !doc.nested(s, p)
                && super::places_people::SETTLE_VERBS
                    .iter()
                    .chain(&["入驻", "进驻", "安家"])
                    .any(|w| {
                        let after = &chars[p.end..];
                        let after = after.strip_prefix(&['“']).unwrap_or(after);
                        crate::text::chars_start_with(after, w)
                    })
        })
        .map(|p| p.entity)
}

/// The place opening clause `cs…` that gathers the company `m` names
/// (而柳南区聚集了A、B): no other name overlaps it and a verb of gathering
/// stands between.
fn gathering_place(doc: &Doc, s: usize, cs: usize, m: &super::Mention) -> Option<usize> {
    let chars = &doc.sents[s].chars;
    doc.sents[s]
        .of(doc, Class::Place)
        .find(|p| {
            !doc.nested(s, p)
                && (p.start == cs || (p.start == cs + 1 && chars[cs] == '而'))
                && p.end < m.start
                // (P聚集了…: a verb of gathering makes the place
                // the subject.)
                && doc.sents[s].toks.iter().any(|t| {
                    t.start >= p.end
                        && t.end <= m.start
                        && ["聚集", "集聚", "汇聚", "拥有", "吸引", "引进", "集中"]
                            .contains(&doc.sents[s].text(t.start, t.end).as_str())
                })
                && !doc.sents[s]
                    .mentions
                    .iter()
                    .any(|o| o.start < p.end && p.start < o.end && o.entity != p.entity)
        })
        .map(|p| p.entity)
}

/// Where a legal name's stem `start..at` starts past a parent's standing
/// (全资子公司|汶峰新材料有限公司) and a date the segmenter glued to the
/// name (2019年|岚川集团).
fn past_standing_and_date(chars: &[char], start: usize, at: usize) -> usize {
    let start = after_standing(chars, start, at).unwrap_or(start);
    let start = after_party(chars, start, at).unwrap_or(start);
    super::quantity::past_date(chars, start, at, 3)
}

/// A company's part in a deal or a park said before its name (园区运营方|
/// 岚川发展有限公司, 投资方|…): no part of the name.
const PARTIES: &[&str] = &["运营方", "投资方", "建设方", "承建方", "合作方", "签约方"];

/// Where the company named after a [`PARTIES`] word in `chars[a..b]` starts.
fn after_party(chars: &[char], a: usize, b: usize) -> Option<usize> {
    (a..b.saturating_sub(4))
        .rev()
        .find(|&i| {
            PARTIES
                .iter()
                .any(|p| crate::text::chars_start_with(&chars[i..b], p))
        })
        .map(|i| i + 3)
}

/// Where the company named after the last standing to a parent in
/// `chars[a..b]` starts (A的全资子公司|B): past its 子公司.
pub(super) fn after_standing(chars: &[char], a: usize, b: usize) -> Option<usize> {
    (a..b.saturating_sub(2))
        .rev()
        .find(|&i| chars[i..b].starts_with(&['子', '公', '司']))
        .map(|i| i + 3)
}

/// A company's standing to its parent, said before the company's name
/// (X集团全资子公司Y有限公司); each ends in 子公司 ([`after_standing`]).
pub(super) const STANDINGS: &[&str] = &["全资子公司", "控股子公司", "子公司"];

/// True when a company's name ending at `end` is followed by the standing
/// of the company named next (的全资子公司, 控股子公司): a parent.
fn parent_named(chars: &[char], end: usize) -> bool {
    let rest = chars.get(end..).unwrap_or_default();
    let rest = rest.strip_prefix(&['的']).unwrap_or(rest);
    STANDINGS
        .iter()
        .any(|w| crate::text::chars_start_with(rest, w))
}

/// The part of clause `cs..ce` around char `at` between frames listed in
/// it (以A“链主”企业为核心、以B、C龙头企业为切入点: each 、以 opens one).
fn frame_of(chars: &[char], (cs, ce): (usize, usize), at: usize) -> (usize, usize) {
    let opens = |i: usize| chars[i] == '、' && chars.get(i + 1) == Some(&'以');
    let start = (cs..at.min(ce))
        .rev()
        .find(|&i| opens(i))
        .map_or(cs, |i| i + 1);
    let end = (at..ce).find(|&i| opens(i)).unwrap_or(ce);
    (start, end)
}

/// `enterprise.leads.chain-leader`: the enterprises `ents` of sentence `s`
/// in the clause that says 链主 (not 链长, an official's role) or 龙头企业
/// lead the chain named there; returned, they are the zone's chain leaders.
fn chain_leaders(doc: &mut Doc, s: usize, ents: &[super::Mention]) -> Vec<usize> {
    let chars = doc.sents[s].chars.clone();
    let text = doc.sents[s].text.clone();
    let mut leaders = Vec::new();
    for cue in ["链主", "龙头企业"] {
        let mut from = 0;
        while let Some(b) = text[from..].find(cue).map(|b| b + from) {
            from = b + cue.len();
            let at = char_pos(&text, b);
            let (cs, ce) = frame_of(&chars, clause_of(&chars, at), at);
            let industry = led_industry(doc, s, at, cue);
            // 作为…的链主企业，E…: the leader opens the next clause.
            let in_clause = ents.iter().any(|m| m.start >= cs && m.end <= ce);
            let (cs, ce, opens) = match chars.get(cs..cs + 2) {
                Some(['作', '为']) if !in_clause && ce < chars.len() => {
                    (ce + 1, clause_of(&chars, ce + 1).1, true)
                }
                _ => (cs, ce, false),
            };
            // (A等企业与链主B配套: A is B's partner; only what follows the
            // cue leads.)
            let partner = at > 0 && matches!(chars[at - 1], '与' | '和' | '同');
            let named = ents.iter().filter(|m| {
                m.start >= cs
                    && m.end <= ce
                    && (!opens || m.start <= cs + 1)
                    && (!partner || m.start > at)
            });
            for m in named {
                leaders.push(m.entity);
                if let Some(ind) = industry {
                    doc.relate(
                        m.entity,
                        ck::LEADS_CHAIN,
                        ind,
                        s,
                        "enterprise.leads.chain-leader",
                    );
                }
            }
        }
    }
    leaders
}

/// `zone.hosts.member-of`: a company said to be one of a zone's (E是Z的一家
/// 注册企业, E是Z内的重点企业): the zone named right after 是.
fn member_of(doc: &Doc, s: usize, m: &Mention) -> Option<usize> {
    let chars = &doc.sents[s].chars;
    if chars.get(m.end) != Some(&'是') {
        return None;
    }
    let z = doc.sents[s]
        .of(doc, Class::Zone)
        .find(|z| z.start == m.end + 1 && !doc.nested(s, z))?;
    let mut p = z.end;
    if matches!(chars.get(p), Some('内' | '里' | '中')) {
        p += 1;
    }
    if chars.get(p) != Some(&'的') {
        return None;
    }
    let rest = &chars[p + 1..];
    let n = (2..=10.min(rest.len())).find(|&n| {
        crate::text::chars_end_with(&rest[..n], "企业")
            || crate::text::chars_end_with(&rest[..n], "公司")
    })?;
    rest[..n]
        .iter()
        .all(|c| crate::text::is_han(*c))
        .then_some(z.entity)
}

pub(crate) fn relations(doc: &mut Doc, main_zone: Option<usize>) {
    let mut member_para: Option<usize> = None;
    for s in doc.title_sents..doc.sents.len() {
        let chars = doc.sents[s].chars.clone();
        let text = doc.sents[s].text.clone();
        let para = doc.sents[s].paragraph;
        const MEMBER: super::Mask = super::triggers(MEMBER_CUES);
        const FIRMS: super::Mask = super::triggers(ENTERPRISE_LIST_QIYE);
        if doc.sents[s].has_any(MEMBER) && doc.sents[s].has_any(FIRMS) {
            member_para = Some(para);
        }
        let ents: Vec<_> = doc.sents[s]
            .of(doc, Class::Enterprise)
            .filter(|m| !doc.nested(s, m))
            .collect();
        if ents.is_empty() {
            continue;
        }
        const PARTNER: super::Mask = super::triggers(PARTNER_CUES);
        let partner = doc.sents[s].has_any(PARTNER);
        let leaders = chain_leaders(doc, s, &ents);
        for m in &ents {
            // (A集团全资子公司B落户Z: the parent is named for B's standing;
            // B is the one there.)
            if parent_named(&chars, m.end) {
                continue;
            }
            if let Some(z) = zone_around(doc, s, m) {
                doc.relate(z, ck::HOSTS_ENTERPRISE, m.entity, s, "zone.hosts.locative");
                continue;
            }
            if let Some(z) = founded_in(doc, s, m) {
                doc.relate(z, ck::HOSTS_ENTERPRISE, m.entity, s, "zone.hosts.founded");
                continue;
            }
            if let Some(z) = member_of(doc, s, m) {
                doc.relate(z, ck::HOSTS_ENTERPRISE, m.entity, s, "zone.hosts.member-of");
                continue;
            }
            let rule = if leaders.contains(&m.entity) {
                "zone.hosts.chain-leader"
            } else if settles(doc, s, m)
                // 为中岳重工配套…的企业入驻: the object of 为/与/向 is not the
                // one settling.
                && !(m.start > 0 && matches!(chars[m.start - 1], '为' | '与' | '向' | '给' | '帮'))
            {
                "zone.hosts.settle"
            } else if member_para == Some(para)
                && doc.entities.get(m.entity).rule == "enterprise.name.listed"
            {
                "zone.hosts.member"
            } else if on_roster(doc, s, m) {
                "zone.hosts.roster"
            } else if at_site(doc, s, m) {
                "zone.hosts.site"
            } else if leading(doc, s, m) {
                "zone.hosts.leading"
            } else {
                continue;
            };
            let settle_cue = doc.sents[s].has_any(SETTLE);
            if partner
                && !settle_cue
                && (rule != "zone.hosts.chain-leader" || partners_after_with(&chars, m, &ents))
            {
                continue;
            }
            // The zone the enterprise settles in (E入驻Z), else the zone named
            // in its clause, else the article's.
            let (cs, ce) = clause_of(&chars, m.start);
            let zones: Vec<_> = doc.sents[s]
                .of(doc, Class::Zone)
                .filter(|z| !doc.nested(s, z))
                .collect();
            let settled_in = SETTLE_CUES.iter().filter(|_| settle_cue).find_map(|w| {
                let b = text.find(w)?;
                let at = char_pos(&text, b);
                zones
                    .iter()
                    .find(|z| z.start >= at && z.start <= at + w.chars().count() + 4 && at >= m.end)
                    .map(|z| z.entity)
            });
            let in_clause = zones
                .iter()
                .rfind(|z| z.start >= cs && z.end <= ce && z.end <= m.start)
                .map(|z| z.entity);
            // (Z位于P，而P聚集了A、B三大主机厂: a place opening the clause,
            // no zone in it, is where they are.)
            let zone_in_clause = zones.iter().any(|z| z.start >= cs && z.end <= ce);
            let place_subject =
                gathering_place(doc, s, cs, m).or_else(|| settled_place(doc, s, ce, m));
            // (P吸引了A、B等龙头企业落户: leaders that settle too.)
            let settling = rule == "zone.hosts.settle"
                || (rule == "zone.hosts.chain-leader" && settles(doc, s, m));
            if let Some(p) =
                place_subject.filter(|_| settling && settled_in.is_none() && !zone_in_clause)
            {
                doc.relate(m.entity, ck::LOCATED_IN, p, s, "enterprise.located.settle");
                continue;
            }
            // (Z已形成…,集聚了A、B等企业: the zones the sentence opens with.)
            let opening = super::zone::opening_zones(doc, s, cs);
            if settled_in.or(in_clause).is_none() && !opening.is_empty() {
                for z in opening {
                    doc.relate(z, ck::HOSTS_ENTERPRISE, m.entity, s, rule);
                }
            } else if let Some(z) = settled_in
                .or(in_clause)
                .or_else(|| super::zone::demonstrative_zone(doc, s))
                .or_else(|| super::zone::continued_zone(doc, s))
                .or(main_zone)
            {
                doc.relate(z, ck::HOSTS_ENTERPRISE, m.entity, s, rule);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::{fired, has, labels, read};
    use crate::model::Class;

    /// A company's part said before its name (运营方) is no part of it.
    #[test]
    fn a_party_before_a_company_is_no_part_of_its_name() {
        let r = read("截至目前,园区运营方岚川汶溪联合发展有限公司已累计投资近10亿元。");
        assert_eq!(labels(&r, Class::Enterprise), ["岚川汶溪联合发展有限公司"]);
    }

    /// The first company a zone brings in (先后集聚|通得汶电气、…) starts right
    /// after the verb, though jieba reads its first char as a verb.
    #[test]
    fn the_first_company_brought_in_starts_after_the_verb() {
        let r = read("岚川产业园先后集聚通得汶电气、岭坤科技、溪东电器等优质企业。");
        assert!(
            has(&r, "岚川产业园", "hostsEnterprise", "通得汶电气"),
            "{r:?}"
        );
    }

    /// A listing before a company's name (香港上市公司) describes it: no
    /// company of its own, no part of the name.
    #[test]
    fn a_listing_before_a_company_is_no_name() {
        let r =
            read("这个由香港上市公司岚滔环保集团建设的综合性环保产业园,是遂平县第一个示范园区。");
        assert_eq!(labels(&r, Class::Enterprise), ["岚滔环保集团"]);
    }

    /// 以及 joins two listed companies: its 以 is no part of the first.
    #[test]
    fn yiji_joins_two_listed_companies() {
        let r = read("依托岚峰汽车产业园、汶麒麟以及岭得贝车灯等相关企业,培植壮大汽车工业体系。");
        let firms = labels(&r, Class::Enterprise);
        assert!(firms.contains(&"汶麒麟".to_string()), "{firms:?}");
        assert!(!firms.iter().any(|f| f.ends_with('以')), "{firms:?}");
    }

    /// 该公司 after a clause's words is an anaphor, no company's name.
    #[test]
    fn the_company_as_an_anaphor_names_none() {
        let r = read("岚溪光伏科技有限公司落户园区。考察组随该公司总经理参观车间。");
        assert_eq!(labels(&r, Class::Enterprise), ["岚溪光伏科技有限公司"]);
    }

    /// A company said to be one of a zone's (E是Z的一家注册企业) is hosted
    /// there.
    #[test]
    fn a_company_of_a_zones_is_hosted_there() {
        let r = read(
            "岚溪(天津)有限公司是汶峰科技产业园区的一家注册企业,其实验基地在青禾。\
             青禾化工有限公司是岚峰经济开发区内的重点企业。",
        );
        assert!(
            has(
                &r,
                "汶峰科技产业园区",
                "hostsEnterprise",
                "岚溪(天津)有限公司"
            ),
            "{r:?}"
        );
        assert!(
            has(&r, "岚峰经济开发区", "hostsEnterprise", "青禾化工有限公司"),
            "{r:?}"
        );
    }

    /// A photo's caption (图为公司生产车间) names no company 图为公司.
    #[test]
    fn a_captions_words_name_no_company() {
        let r = read("岚溪科技有限公司依托汶峰项目转型升级,图为公司生产车间内景。");
        assert_eq!(labels(&r, Class::Enterprise), ["岚溪科技有限公司"]);
    }

    /// A well-known group's financial-leasing arm is one company (融资租赁
    /// is a business word); a legal ending alone is nobody's name.
    #[test]
    fn a_groups_leasing_arm_and_no_bare_ending() {
        let r = read("中粮集团融资租赁有限公司、汶溪科技有限公司等13家企业集中签约入驻。");
        assert_eq!(
            labels(&r, Class::Enterprise),
            ["中粮集团融资租赁有限公司", "汶溪科技有限公司"]
        );
        let r = read("中粮集团担保有限公司、汶溪科技有限公司等企业入驻。");
        assert!(!labels(&r, Class::Enterprise).contains(&"有限公司".to_string()));
    }

    /// A company whose plant a scene is set in (记者走进E, 工人在E生产车间
    /// 内…, 在E，…) has its plant in the article's zone, or in the zone
    /// the visit names (笔者来到Z的E); a company only named does not.
    #[test]
    fn a_company_the_scene_is_set_in_is_the_zones() {
        let zone = "岚溪经开区聚焦新材料产业。";
        for (text, company) in [
            (
                "记者走进汶峰材料科技有限公司，生产线正满负荷运转。",
                "汶峰材料科技有限公司",
            ),
            (
                "工人在岚澜陶瓷有限公司生产车间内检查陶坯。",
                "岚澜陶瓷有限公司",
            ),
            (
                "在汶川医疗器械有限公司，口罩生产机正快速运转。",
                "汶川医疗器械有限公司",
            ),
        ] {
            let r = read(&format!("{zone}{text}"));
            assert!(
                has(&r, "岚溪经开区", "hostsEnterprise", company),
                "{text}: {r:?}"
            );
            assert!(fired(&r, "岚溪经开区", "zone.hosts.site", company));
        }
        let r = read("近日，笔者来到岚峰经开区的汶溪木业有限公司，企业负责人告诉笔者。");
        assert!(
            has(&r, "岚峰经开区", "hostsEnterprise", "汶溪木业有限公司"),
            "{r:?}"
        );
        for text in [
            "汶峰材料科技有限公司的产品销往全国各地。",
            "记者从汶峰材料科技有限公司获悉，订单已排到明年。",
        ] {
            let r = read(&format!("{zone}{text}"));
            assert!(
                !has(&r, "岚溪经开区", "hostsEnterprise", "汶峰材料科技有限公司"),
                "{text}"
            );
        }
    }

    /// A short name the reporter visits (笔者来到Z的E，…; 记者走进E看到…)
    /// is a company, even opening with a char of quality (旺/a); a trade
    /// visited (记者走进新材料…) is none.
    #[test]
    fn a_short_name_the_reporter_visits_is_a_company() {
        let r = read("近日，笔者来到岚溪经开区的汶峰科技，企业负责人告诉笔者，订单已排满。");
        assert!(
            has(&r, "岚溪经开区", "hostsEnterprise", "汶峰科技"),
            "{r:?}"
        );
        assert_eq!(labels(&r, Class::Enterprise), ["汶峰科技"]);
        let r = read("记者走进旺川电子看到，工人们正在忙碌。");
        assert_eq!(labels(&r, Class::Enterprise), ["旺川电子"]);
        let r = read("记者走进新材料产业园看到，工人们正在忙碌。");
        assert!(labels(&r, Class::Enterprise).is_empty());
    }

    /// Companies a cluster is led by (以A、B为龙头) are the zone's.
    #[test]
    fn companies_leading_a_cluster_are_the_zones() {
        let r = read(
            "岚溪经开区加快发展装备产业。\
             该集群以岚峰重工集团有限公司、汶川机械有限公司为龙头，带动上下游企业300余家。",
        );
        for company in ["岚峰重工集团有限公司", "汶川机械有限公司"] {
            assert!(has(&r, "岚溪经开区", "hostsEnterprise", company), "{r:?}");
        }
        let r = read("岚溪经开区加快发展装备产业。以岚峰重工集团有限公司的订单为主，产值增长。");
        assert!(!has(
            &r,
            "岚溪经开区",
            "hostsEnterprise",
            "岚峰重工集团有限公司"
        ));
    }

    /// A sentence opening with a demonstrative and a zone's kind (这个…产业
    /// 新城) speaks of the zone named just before, not of the article's.
    #[test]
    fn a_demonstrative_zone_is_the_one_named_before() {
        let r = read(
            "岚峰经开区召开项目推进会。汶溪生物医药城建设现场，塔吊林立。\
             这个规划面积10平方公里的产业新城，已吸引岚澜药业、汶川药业等12家企业入驻。",
        );
        for company in ["岚澜药业", "汶川药业"] {
            assert!(
                has(&r, "汶溪生物医药城", "hostsEnterprise", company),
                "{r:?}"
            );
            assert!(!has(&r, "岚峰经开区", "hostsEnterprise", company));
        }
    }

    /// Items of a capacity list ending in 项目 are projects, no companies
    /// (年产8万吨再生铜项目和|年产2万吨铜杆项目).
    #[test]
    fn a_listed_project_is_no_company() {
        let r = read("岭泰公司新建年产8万吨再生铜项目和年产2万吨铜杆项目。");
        let companies = labels(&r, Class::Enterprise);
        assert!(
            !companies.contains(&"再生铜项目".to_string()),
            "{companies:?}"
        );
        assert_eq!(
            labels(&r, Class::Project),
            ["年产2万吨铜杆项目", "年产8万吨再生铜项目"]
        );
    }

    /// A Latin brand before 公司 names the company (的KTR公司, 德国KTR公司);
    /// a kind before it (开放式|LP管理公司) names none.
    #[test]
    fn a_latin_brand_names_the_company() {
        let r = read("知名机构之一的KTR公司陆续签约落户。");
        assert_eq!(labels(&r, Class::Enterprise), ["KTR公司"]);
        let r = read("岚峰基金为开放式 LP 管理公司,吸引优质的LP落地。");
        assert!(labels(&r, Class::Enterprise).is_empty());
    }

    /// Companies settling 于此 (here) after a sentence opened by a time
    /// (目前，Z已…) settle in that sentence's zone, not in the article's
    /// first zone; those taking root (扎根) settle as those that 落户.
    #[test]
    fn a_later_clause_settles_in_the_subject_zone() {
        for text in [
            "岚峰高新区聚焦光伏产业。\
             目前，汶溪经开区已集聚企业300余家，岚澜药业、汶峰科技等企业已落户于此。",
            "岚峰高新区聚焦光伏产业。\
             汶溪经开区集聚企业300余家，岚澜药业、汶峰科技等领军企业也在此扎根。",
        ] {
            let r = read(text);
            for company in ["岚澜药业", "汶峰科技"] {
                assert!(has(&r, "汶溪经开区", "hostsEnterprise", company), "{r:?}");
                assert!(!has(&r, "岚峰高新区", "hostsEnterprise", company));
            }
        }
    }

    /// A short name opening its clause, or right after the kind of company
    /// it is, and settling in a zone (星澜电子落户Z, 汶溪新材料正式落户Z,
    /// 通讯模切企业华岚科技落户P) is a company; a batch (一批新材料企业) or an
    /// anaphor's trade (该区新材料) is not.
    #[test]
    fn a_short_name_settling_is_a_company() {
        let r = read(
            "星澜电子落户宁乡经开区。今年，汶溪新材料正式落户宁乡经开区。\
             一批新材料企业落户宁乡经开区。该区新材料落户。\
             2014年，世界领先的通讯模切企业华岚科技落户宁乡。",
        );
        assert_eq!(
            labels(&r, Class::Enterprise),
            ["华岚科技", "星澜电子", "汶溪新材料"]
        );
        assert!(has(&r, "宁乡经开区", "hostsEnterprise", "汶溪新材料"));
    }

    /// A short name opening the sentence, then what the company does, is a
    /// company; the chain's place before a leader (上游龙头企业) and a fund
    /// company are none.
    #[test]
    fn a_short_name_doing_business_is_a_company() {
        let r = read(
            "岚铸智能,从事芯片封装设备的研发制造。汶溪科技，是一家新材料企业。\
             撮合企业与上游龙头企业——华岚清科对接,促成基金公司投资入股。",
        );
        let found = labels(&r, Class::Enterprise);
        assert!(found.contains(&"岚铸智能".to_string()), "{found:?}");
        assert!(found.contains(&"汶溪科技".to_string()), "{found:?}");
        assert!(
            !found.iter().any(|e| e == "上游" || e == "基金"),
            "{found:?}"
        );
        assert!(has(&r, "岚铸智能", "produces", "芯片封装设备"));
    }

    /// A short name opening a clause before its deed (X电气通过收购…;
    /// Y机电拥有…) is a company; a place's word before a trade is none.
    #[test]
    fn a_short_name_opening_a_clause_before_its_deed() {
        let r =
            read("岚铁电气通过收购岚国公司技术;锦铁机电拥有2个独立研发平台。省内电力投资增长。");
        let found = labels(&r, Class::Enterprise);
        assert!(found.contains(&"岚铁电气".to_string()), "{found:?}");
        assert!(found.contains(&"锦铁机电".to_string()), "{found:?}");
        assert!(!found.iter().any(|e| e.contains("电力")), "{found:?}");
    }

    /// A place that drew leading companies to settle (P吸引了A、B等龙头企业
    /// 落户) is where they are.
    #[test]
    fn leaders_drawn_to_a_place_lie_in_it() {
        let r = read("近两年，宁乡吸引了岚峰科技、汶溪控股等龙头企业落户。");
        assert!(has(&r, "岚峰科技", "locatedIn", "宁乡"));
        assert!(has(&r, "汶溪控股", "locatedIn", "宁乡"));
    }

    /// A ranking's scope before a listed company (世界500强企业B) is no
    /// company.
    #[test]
    fn a_rankings_scope_is_no_company() {
        let r = read(
            "岚溪产业园区发展纪实\n\n园区成功引进世界领军企业岚峰环保科技、世界500强企业汶溪控股集团等20户企业入驻园区。",
        );
        let companies = labels(&r, Class::Enterprise);
        assert!(!companies.contains(&"世界".to_string()), "{companies:?}");
        assert!(
            companies.contains(&"汶溪控股集团".to_string()),
            "{companies:?}"
        );
    }

    /// An industry opening the clause (I产业以E为龙头, I产业，以E1、E2为龙头)
    /// is what its heads lead; with 为依托 the companies listed (等 closing
    /// the list) are only the industry's; a four-char fixed term ending in
    /// a field's word names an industry.
    #[test]
    fn an_industry_topic_and_its_heads_or_bases() {
        let r = read(
            "不锈钢产业以汶峦科技为龙头,打造不锈钢生产基地。\
             食品产业,以岚丰食品、溪川食品为龙头,打造农产品加工基地。\
             机械制造产业以岚义机械、溪海机械等为依托,打造数控机械基地。\
             园区聚焦生物工程产业链。",
        );
        assert!(has(&r, "汶峦科技", "leadsChain", "不锈钢产业"));
        assert!(has(&r, "岚丰食品", "leadsChain", "食品产业"));
        assert!(has(&r, "溪川食品", "leadsChain", "食品产业"));
        for e in ["岚义机械", "溪海机械"] {
            assert!(has(&r, e, "inIndustry", "机械制造产业"), "{e}");
            assert!(!has(&r, e, "leadsChain", "机械制造产业"), "{e}");
        }
        let industries = labels(&r, Class::Industry);
        assert!(
            industries.contains(&"生物工程产业链".to_string()),
            "{industries:?}"
        );
    }

    /// A verb naming the chosen (确定E为链主) opens no company's name, and a
    /// building verb two chars before the suffix (投资建设|隔膜项目) opens no
    /// project's.
    #[test]
    fn choosing_and_building_verbs_open_no_names() {
        let r = read(
            "岚溪开工。蒙城县确定岚峰科技有限公司为锂电产业链链主企业,该公司投资建设隔膜项目。",
        );
        assert!(has(&r, "岚峰科技有限公司", "leadsChain", "锂电产业链"));
        let companies = labels(&r, Class::Enterprise);
        assert!(
            !companies.iter().any(|c| c.contains("确定")),
            "{companies:?}"
        );
        let projects = labels(&r, Class::Project);
        assert!(
            !projects.iter().any(|p| p.starts_with("建设")),
            "{projects:?}"
        );
    }

    /// A brand jieba reads as a verb before a one-char word that opens a
    /// known term (岭发/v|新/a|材料) keeps the whole name.
    #[test]
    fn a_verb_brand_before_a_known_term_keeps_the_name() {
        let r = read("岚溪开工。湖北岚虹兴发新材料有限公司副经理说。");
        let companies = labels(&r, Class::Enterprise);
        assert!(
            companies.contains(&"湖北岚虹兴发新材料有限公司".to_string()),
            "{companies:?}"
        );
    }

    /// Companies of a place (与本地电池企业) are no company's name.
    #[test]
    fn local_companies_name_no_company() {
        let r = read("岚溪项目的成功引入将与本地电池企业形成配套协作。");
        assert!(labels(&r, Class::Enterprise).is_empty());
        let r = read("岚溪已有铜加工企业50余家,其中境内外上市公司3家。");
        assert!(labels(&r, Class::Enterprise).is_empty(), "{r:?}");
    }

    /// Parties named by their roles (项目部、施工方、监理方和相关分包企业)
    /// are no companies.
    #[test]
    fn roles_on_a_site_name_no_companies() {
        let r =
            read("项目部、施工方、监理方和相关分包企业分别制定时间表,加班加点推进岚溪大桥工程。");
        assert!(
            labels(&r, Class::Enterprise).is_empty(),
            "{:?}",
            labels(&r, Class::Enterprise)
        );
    }

    /// `以A、B为链主建设I`: each named head leads the chain the clause
    /// after builds, also after a field (在X领域) that names no industry; a
    /// brand the HMM read with 是 is the subject of a role frame.
    #[test]
    fn chain_leaders_named_before_the_chain_they_build() {
        let r = read(
            "在智能视觉领域,以岚康威讯、溪石光电为链主建设智能视觉产业链。\
             岚元汇泽是江北新区锂电产业链链主企业。",
        );
        for e in ["岚康威讯", "溪石光电"] {
            assert!(has(&r, e, "leadsChain", "智能视觉产业链"), "{e}");
        }
        assert!(has(&r, "岚元汇泽", "leadsChain", "锂电产业链"));
        let industries = labels(&r, Class::Industry);
        assert!(
            !industries.contains(&"建设智能视觉产业链".to_string()),
            "{industries:?}"
        );
    }

    /// Frames listed in one clause (以A“链主”企业为核心、以B、C…龙头企业为
    /// 切入点): only A leads the chain; the frame's word (核心) and the 以
    /// opening the next frame are no names; 生产型 names no product.
    #[test]
    fn frames_listed_in_a_clause_keep_their_roles_apart() {
        let r = read(
            "岚溪县以岚禾智能装备科技有限公司“链主”企业为核心、以凯瑞琪鞋业、广川鞋业2家\
             生产型龙头企业为切入点,做强智能缝纫设备产业链。",
        );
        let ent = labels(&r, Class::Enterprise);
        assert!(ent.contains(&"凯瑞琪鞋业".to_string()), "{ent:?}");
        assert!(
            !ent.iter().any(|e| e == "核心" || e.starts_with('以')),
            "{ent:?}"
        );
        assert!(has(
            &r,
            "岚禾智能装备科技有限公司",
            "leadsChain",
            "智能缝纫设备产业链"
        ));
        assert!(!has(&r, "广川鞋业", "leadsChain", "智能缝纫设备产业链"));
        assert!(labels(&r, Class::Product).is_empty());
    }

    /// A place gathering companies in its own clause (Z位于P，而P聚集了A、
    /// B三大主机厂) is where they are; the zone before is not said to host
    /// them.
    #[test]
    fn companies_a_place_gathers_are_located_there() {
        let r = read(
            "岚川高新技术产业开发区位于秀洲区,而秀洲区聚集了岚汽集团、青禾重工集团三大主机厂,\
             需要配套企业多。",
        );
        for e in ["岚汽集团", "青禾重工集团"] {
            assert!(has(&r, e, "locatedIn", "秀洲区"), "{e}");
            assert!(
                !has(&r, "岚川高新技术产业开发区", "hostsEnterprise", e),
                "{e}"
            );
        }
    }

    /// One brand given as an example of a kind of company (X等“老字号”
    /// 企业, 安徽X等一批企业) is a company, with the province opening it; a
    /// sector or a place so given is not.
    #[test]
    fn one_brand_before_such_companies_is_a_company() {
        let r = read(
            "支持岚峰纺织等“老字号”企业升级改造,推进湖南禾源等一批企业项目运行投产。\
             引导新能源汽车等企业转型,支持江北新区等重点企业发展。",
        );
        let ent = labels(&r, Class::Enterprise);
        assert!(ent.contains(&"岚峰纺织".to_string()), "{ent:?}");
        assert!(ent.contains(&"湖南禾源".to_string()), "{ent:?}");
        assert!(
            !ent.iter()
                .any(|e| e.contains("新能源") || e.contains("江北")),
            "{ent:?}"
        );
    }

    /// `在I上，以A、B为龙头，…；以C为龙头，加快J…`: heads of a clause of
    /// their own lead the industry of the 在 clause before, else of the
    /// clause after; listed four-char names are companies even when they
    /// end in 科技 or a product's word.
    /// A bare name right after its standing (世界领军企业X、) is a company;
    /// a verb there (龙头企业落户,) is not.
    #[test]
    fn a_name_after_its_standing_is_a_company() {
        let r = read(
            "岭川产业园区成功引进涉重固危废资源化利用世界领军企业岚联环保科技、\
             世界500强企业岭利控股集团、中国民营企业500强湖南岚荣集团等20户企业入驻园区投资兴业。\
             一批龙头企业落户,园区发展加快。",
        );
        let e = labels(&r, Class::Enterprise);
        assert!(e.iter().any(|x| x == "岚联环保科技"), "{e:?}");
        assert!(!e.iter().any(|x| x == "落户"), "{e:?}");
    }

    /// A name read as a government body's (…四局) opens a company's legal
    /// name whose place follows in brackets, and is no body of its own.
    #[test]
    fn a_bureau_s_name_opens_a_company_with_a_bracketed_place() {
        let r = read("紧邻该公司的是中岭六局(岚川)能源装备有限公司,于今年5月投产。");
        assert_eq!(
            labels(&r, Class::Enterprise),
            ["中岭六局(岚川)能源装备有限公司"]
        );
        assert!(labels(&r, Class::GovernmentBody).is_empty(), "{r:?}");
    }

    #[test]
    fn heads_of_a_clause_of_their_own() {
        let r = read(
            "在新能源产业上,以岭风科技、汶车电机为龙头,打造海上风电特色产业基地;\
             以岚特斯为龙头,加快太阳能光伏产业上下游项目招引。\
             在健康产业,以宁健集团为龙头,加速推进项目建设。",
        );
        assert!(has(&r, "岭风科技", "leadsChain", "新能源产业"));
        assert!(has(&r, "汶车电机", "leadsChain", "新能源产业"));
        assert!(has(&r, "岚特斯", "leadsChain", "太阳能光伏产业"));
        assert!(has(&r, "宁健集团", "leadsChain", "健康产业"));
        assert!(!has(&r, "岚特斯", "leadsChain", "新能源产业"));
    }

    /// A capacity's word (年产) closing a listed item is no part of the
    /// company's name (乐岚福年产5万吨…、湘岭年产20万吨…).
    #[test]
    fn a_capacity_word_closes_a_listed_company() {
        let r =
            read("园区引进乐岚福年产5万吨活性干酵母生产项目、湘岭年产20万吨生态有机肥料厂项目。");
        let e = crate::extract::testing::labels(&r, crate::extract::Class::Enterprise);
        assert!(!e.iter().any(|x| x.ends_with("年产")), "{e:?}");
        assert!(has(
            &r,
            "湘岭年产20万吨生态有机肥料厂项目",
            "ownedBy",
            "湘岭"
        ));
    }

    /// The fields a chain leader's products go into (广泛应用于A、B等领域)
    /// are neither the chain it leads nor its trades; the chain named
    /// before is.
    #[test]
    fn fields_of_use_are_no_chain_a_leader_leads() {
        let r = read(
            "岚川市锆及锆合金产业链发展取得了新的成效。在链主企业澜舟集团的带动下,\
             生产的锆产品被广泛应用于航空航天、新能源、化工等领域。",
        );
        assert!(
            has(&r, "澜舟集团", "leadsChain", "锆及锆合金产业链"),
            "{r:?}"
        );
        for f in ["航空航天", "新能源", "化工"] {
            assert!(!has(&r, "澜舟集团", "leadsChain", f), "{r:?}");
            assert!(!has(&r, "澜舟集团", "inIndustry", f), "{r:?}");
        }
    }

    /// 链主 of a cluster whose segments the sentence lists between them:
    /// the cluster's leaders, not the last segment's.
    #[test]
    fn chain_leaders_lead_the_cluster_not_its_listed_segment() {
        let r = read(
            "岚川片区已形成百亿级新材料产业集群,产业链覆盖基础化工、精细化工和涂料产业,\
             集聚了澜舟石化、岳禾化工等一批链主企业。",
        );
        assert!(has(&r, "澜舟石化", "leadsChain", "新材料产业集群"));
        assert!(!has(&r, "澜舟石化", "leadsChain", "涂料产业"));
    }

    /// Companies a sentence's clause gathers (集聚了, 吸聚了 A、B等企业)
    /// settle in the zones that open the sentence, not in the article's.
    #[test]
    fn companies_gathered_settle_in_the_zones_opening_the_sentence() {
        let r = read(
            "岚川经济技术开发区位于江南。岚川经济技术开发区的东湖片区与西岭片区已形成千亿级产业集群,\
             集聚了澜舟石化、岳禾化工等一批企业,并吸聚了川泽材料、汀屿能源等一批配套企业。",
        );
        for z in ["东湖片区", "西岭片区"] {
            for e in ["澜舟石化", "岳禾化工", "川泽材料", "汀屿能源"] {
                assert!(has(&r, z, "hostsEnterprise", e), "{z} {e}");
            }
        }
        assert!(!has(
            &r,
            "岚川经济技术开发区",
            "hostsEnterprise",
            "澜舟石化"
        ));
    }

    /// Companies that settle in a place after them (A、B等外资企业纷纷在X
    /// “入驻生根”) lie in it, each of the list; a company doing something
    /// else there does not.
    #[test]
    fn companies_settling_in_a_place_lie_in_it() {
        let r = read(
            "今年以来,岚铨科技、汶岭光电、溪海电缆集团等实力雄厚的外资企业纷纷在鹰潭“入驻生根”。\
             岭川科技有限公司在蒙城县召开新品发布会。",
        );
        for e in ["岚铨科技", "汶岭光电", "溪海电缆集团"] {
            assert!(has(&r, e, "locatedIn", "鹰潭"), "{e}");
        }
        assert!(!has(&r, "岭川科技有限公司", "locatedIn", "蒙城县"));
    }

    /// Companies listed before 等 and a word of their standing (老牌, 知名,
    /// 本土…企业) are named.
    #[test]
    fn companies_listed_with_their_standing() {
        let r = read(
            "岭南制衣、云岫纺织等老牌企业裂变项目4个,海岳电子、星禾光学等知名企业扩产项目3个。",
        );
        let firms = crate::extract::testing::labels(&r, crate::extract::Class::Enterprise);
        for f in ["岭南制衣", "云岫纺织", "海岳电子", "星禾光学"] {
            assert!(firms.contains(&f.to_string()), "{f}: {firms:?}");
        }
    }

    /// 据 opens the clause, not the name; 时任公司 is no company.
    #[test]
    fn a_source_before_a_company_and_a_former_post_name_none() {
        let r = read("据远川矿冶公司相关负责人介绍,时任公司董事长曾到园区考察。");
        let firms = crate::extract::testing::labels(&r, crate::extract::Class::Enterprise);
        assert_eq!(firms, vec!["远川矿冶公司".to_string()]);
    }

    /// A proper name jieba reads (or an unknown word) before a business word,
    /// a word of its own, names a company; common nouns, places, units and a
    /// brand inside a longer name do not. (Lists closed by a class word are
    /// the list rule's: `items_take_the_class_of_the_word_closing_the_list`.)
    #[test]
    fn a_proper_name_and_its_business_word_name_a_company() {
        let r = read(
            "汶锦能源等一批项目落地时间压减三分之一。\
             产业基金投资了澜星化工、岳博机电。\
             依托信息科技为企业赋能,推动江西汽车等产业发展。\
             建设100吉瓦时电池项目和岚霖光伏制造基地项目。",
        );
        let firms = labels(&r, Class::Enterprise);
        for f in ["汶锦能源", "澜星化工", "岳博机电"] {
            assert!(firms.contains(&f.to_string()), "{f}: {firms:?}");
        }
        for f in ["信息科技", "江西汽车", "吉瓦时电池", "岚霖光伏"] {
            assert!(!firms.contains(&f.to_string()), "{f}: {firms:?}");
        }
    }

    /// A brand before a trade word ending in 业 names a company; a sector,
    /// a place's trade and a brand cut short by a verb-like char do not.
    #[test]
    fn a_brand_and_its_trade_name_a_company() {
        let r = read(
            "其中,岳川钛业的钛白粉产能全国第一,与康岭药业合作。\
             全县传统产业升级,打造百亿元糖业,山西煤业发展很快,今年投产的骋岚晖硅业年产5万吨多晶硅项目。\
             这是四川佰岚德矿业在我市布局的首个项目。",
        );
        let firms = crate::extract::testing::labels(&r, crate::extract::Class::Enterprise);
        for f in ["岳川钛业", "康岭药业", "四川佰岚德矿业"] {
            assert!(firms.contains(&f.to_string()), "{f}: {firms:?}");
        }
        for f in ["百亿元糖业", "山西煤业", "岚晖硅业", "传统产业"] {
            assert!(!firms.contains(&f.to_string()), "{f}: {firms:?}");
        }
    }

    /// `该集群以E为龙头，`: E leads the cluster named before; a thing
    /// (以整车为龙头) heads nothing.
    #[test]
    fn a_cluster_headed_by_a_company() {
        let r = read(
            "泾川高新区智能农机产业集群,集聚企业超300家。该集群以禾丰重工为龙头,带动上下游60余家企业。\
             该集群以整车为龙头,带动配套企业。",
        );
        let firms = crate::extract::testing::labels(&r, crate::extract::Class::Enterprise);
        assert!(firms.contains(&"禾丰重工".to_string()), "{firms:?}");
        assert!(!firms.contains(&"整车".to_string()), "{firms:?}");
        assert!(
            crate::extract::testing::relations(&r)
                .iter()
                .any(|(s, p, o)| s == "禾丰重工" && p == "leadsChain" && o.contains("智能农机")),
            "{:?}",
            crate::extract::testing::relations(&r)
        );
    }

    /// `以E为龙头的I`: a company, known or a brand named only there, heads
    /// the industry after it; a product or an industry at the head is no
    /// company.
    #[test]
    fn the_head_of_an_industry_leads_its_chain() {
        let r = read(
            "岭川经开区已形成三大主导产业集群:以澜舟为龙头的船舶及其配套产业、\
             以KTX为龙头的家电产业、以岳禾化工有限公司为龙头的新材料产业,以整车为龙头的汽车产业。",
        );
        assert!(has(&r, "澜舟", "leadsChain", "船舶及其配套产业"));
        assert!(has(&r, "KTX", "leadsChain", "家电产业"));
        assert!(has(&r, "岳禾化工有限公司", "leadsChain", "新材料产业"));
        let firms = crate::extract::testing::labels(&r, crate::extract::Class::Enterprise);
        assert!(!firms.contains(&"整车".to_string()), "{firms:?}");
    }

    /// A sector before 企业 (配套和制造业企业) names no company.
    #[test]
    fn a_sector_of_companies_is_no_company() {
        let r = read("项目将解决岭川装备制造业配套和制造业企业出口的短板。");
        let firms = crate::extract::testing::labels(&r, crate::extract::Class::Enterprise);
        assert!(firms.is_empty(), "{firms:?}");
    }

    /// A clause that is a zone and 内 places the company opening the next
    /// clause in it, with or without 在; a zone inside a longer place
    /// phrase does not.
    #[test]
    fn the_company_after_a_zone_and_nei_works_in_it() {
        let r = read(
            "近日,岭川经济开发区内,澜江精密机械有限公司生产车间一派繁忙。\
             岳溪高新区展厅内,汀州材料有限公司展示了新品。",
        );
        assert!(has(
            &r,
            "岭川经济开发区",
            "hostsEnterprise",
            "澜江精密机械有限公司"
        ));
        assert!(!has(
            &r,
            "岳溪高新区",
            "hostsEnterprise",
            "汀州材料有限公司"
        ));
    }

    /// A company settles when its clause says so; the project it invests
    /// in settles in its place, and an intention is no settling.
    /// A clause opens at a char exactly where [`super::clause_of`] starts
    /// one: at the start and after each stop.
    #[test]
    fn a_clause_opens_after_a_stop() {
        let chars: Vec<char> = "甲乙，丙；丁,戊。己：庚".chars().collect();
        for at in 0..=chars.len() {
            let starts = super::clause_of(&chars, at).0 == at;
            assert_eq!(super::clause_starts_at(&chars, at), starts, "at {at}");
        }
        assert!(super::clause_starts_at(&chars, 3) && !super::clause_starts_at(&chars, 1));
    }

    #[test]
    fn a_company_settles_when_its_clause_says_so() {
        let r = read(
            "昆仑经济技术开发区举行签约仪式。华岳精工有限公司正式落户昆仑经济技术开发区。\
             由北川能源有限公司投资10亿元的光伏支架项目计划落户昆仑经济技术开发区。\
             蓝鲸医药等多家企业代表进行意向进驻签约。",
        );
        assert!(has(
            &r,
            "昆仑经济技术开发区",
            "hostsEnterprise",
            "华岳精工有限公司"
        ));
        assert!(!has(
            &r,
            "昆仑经济技术开发区",
            "hostsEnterprise",
            "北川能源有限公司"
        ));
    }

    /// A count closes the last name of a list (星驰四大整车企业), kinds of
    /// things made are no companies (传感系统、精密部件等配套企业), nor are
    /// small firms at large (中小微企业).
    /// 集聚了A、B等龙头企业，以及C、D等配套企业: the clause going on with
    /// 以及 shares the verb of gathering, and the zone the sentence opens
    /// with hosts them, not the core its frame names (以Y基地为核心).
    #[test]
    fn a_clause_going_on_with_yiji_gathers_too() {
        let r = read(
            "岚川航天产业园以汶峰航天宁川基地为核心，集聚了汶峰集团、青川航天有限公司等龙头企业，\
             以及汶川科技、宁川电子等配套企业。",
        );
        let z = "岚川航天产业园";
        assert!(has(&r, z, "hostsEnterprise", "汶川科技"), "{r:?}");
        assert!(has(&r, z, "hostsEnterprise", "宁川电子"), "{r:?}");
        assert!(
            !has(&r, "汶峰航天宁川基地", "hostsEnterprise", "汶川科技"),
            "{r:?}"
        );
    }

    /// X集团全资子公司Y有限公司: 子公司 tells Y's standing, so X's name
    /// ends before it; Y settles, not its parent.
    #[test]
    fn a_subsidiary_word_ends_the_parents_name() {
        let r =
            read("该项目由岚川集团全资子公司宁川汶峰新材料有限公司投资建设，落户青禾经济开发区。");
        let companies = labels(&r, Class::Enterprise);
        assert!(companies.contains(&"岚川集团".to_string()), "{companies:?}");
        assert!(
            companies.iter().all(|c| !c.contains("子公司")),
            "{companies:?}"
        );
        let z = "青禾经济开发区";
        assert!(
            has(&r, z, "hostsEnterprise", "宁川汶峰新材料有限公司"),
            "{r:?}"
        );
        assert!(!has(&r, z, "hostsEnterprise", "岚川集团"), "{r:?}");
    }

    #[test]
    fn listed_companies_are_names() {
        let r = read(
            "园区集聚岚图、星驰四大整车企业。\
             项目将吸引传感系统、精密部件等配套企业加速集聚。\
             形成大企业顶天立地、中小微企业铺天盖地的生态。",
        );
        let enterprises = crate::extract::testing::labels(&r, crate::extract::Class::Enterprise);
        assert!(enterprises.contains(&"星驰".to_string()), "{enterprises:?}");
        for e in ["星驰四大整车", "传感系统", "精密部件", "中小微"] {
            assert!(
                !enterprises.contains(&e.to_string()),
                "{e}: {enterprises:?}"
            );
        }
        assert!(!has(&r, "园区", "hostsEnterprise", "传感系统"));
    }

    /// Ranks given to companies (专精特新中小企业、单项冠军企业), trades
    /// (电商、物流企业), counts (全球第二家) and kinds of subsidiary
    /// (全资子公司) name no company.
    #[test]
    fn ranks_trades_and_counts_are_no_companies() {
        let r = read(
            "加力培育专精特新中小企业、单项冠军企业。依托集聚区,引进电商、物流企业。\
             公司成为国内第一家、全球第二家拥有该技术的企业。其全资子公司、控股子公司同日开业。",
        );
        let enterprises = crate::extract::testing::labels(&r, crate::extract::Class::Enterprise);
        assert!(enterprises.is_empty(), "{enterprises:?}");
    }

    /// Deeds listed (集研发、生产及销售一体) name no company.
    #[test]
    fn listed_deeds_name_no_company() {
        let r = read("上海星厚研发、生产及销售一体企业总部预计总投资2亿元。");
        let ent = labels(&r, Class::Enterprise);
        assert!(
            !ent.iter().any(|e| e.contains("生产") || e.contains("销售")),
            "{ent:?}"
        );
    }

    /// A company said to lie in a zone (位于Z的E) is the zone's; a
    /// numeral brand (七一) stays in its name; a scene (生产景象) is no
    /// product.
    #[test]
    fn a_company_lying_in_a_zone_is_hosted() {
        let r = read(
            "3月5日，位于青禾经济技术开发区的七一电能(朔州)有限公司的生产车间内，一派忙碌的生产景象。",
        );
        let e = "七一电能(朔州)有限公司";
        assert!(labels(&r, Class::Enterprise).contains(&e.to_string()));
        assert!(fired(&r, "青禾经济技术开发区", "zone.hosts.locative", e));
        assert!(labels(&r, Class::Product).is_empty());
        // (同在Z的A、B等企业: each company listed.)
        let r = read("其纸箱直接供应同在青禾高新区的七一电能(重庆)公司、重庆星澜科技公司等企业。");
        for e in ["七一电能(重庆)公司", "重庆星澜科技公司"] {
            assert!(fired(&r, "青禾高新区", "zone.hosts.locative", e), "{e}");
        }
    }

    /// A company set up in a zone (在Z设立E, 在Z注册成立E) is the zone's.
    #[test]
    fn a_company_set_up_in_a_zone_is_hosted() {
        let r = read(
            "2010年岭大先行在岚川工业园区设立青岚泰丰锂能科技有限公司,建设磷酸铁锂生产基地。\
             汶溪集团在岭港经济开发区注册成立汶溪新材料有限公司。",
        );
        let e = "青岚泰丰锂能科技有限公司";
        assert!(fired(&r, "岚川工业园区", "zone.hosts.founded", e), "{r:?}");
        let e = "汶溪新材料有限公司";
        assert!(
            fired(&r, "岭港经济开发区", "zone.hosts.founded", e),
            "{r:?}"
        );
    }

    /// 在Z1Z2内的E: the company lies in the area named last, and a 新区
    /// written right after a zone of its own is an area of it.
    #[test]
    fn a_company_inside_a_zones_area_is_hosted_there() {
        let r = read("昨天，在岚汐经济开发区滨江新区内的宁波岭峰科技有限公司里，车间灯火通明。");
        let e = "宁波岭峰科技有限公司";
        assert!(fired(&r, "滨江新区", "zone.hosts.locative", e));
        assert!(has(&r, "滨江新区", "partOfZone", "岚汐经济开发区"));
    }

    /// A name a dash glosses after a kind of company (…企业——岚航智能) is
    /// a company; the zone a sentence framed by 作为Z1的… speaks of is the
    /// one opening a later clause.
    #[test]
    fn a_dash_glossed_company_is_hosted_by_the_subject_zone() {
        let r = read(
            "作为岭南航空城的主战场，5年来，岚汐经开区紧紧围绕功能定位，\
             成功引进了全球首家四证齐全的飞行器企业——岚航智能，推动低空产业发展。",
        );
        assert!(labels(&r, Class::Enterprise).contains(&"岚航智能".to_string()));
        assert!(has(&r, "岚汐经开区", "hostsEnterprise", "岚航智能"));
        assert!(!has(&r, "岭南航空城", "hostsEnterprise", "岚航智能"));
    }

    /// A well-known company the lexicon lists is a company on its own, on
    /// word boundaries only (高通 is not in 高通量), not inside a longer
    /// name (比亚迪股份有限公司 stays whole) and not in a method (西门子法).
    #[test]
    fn well_known_companies_stand_on_their_own() {
        let r = read(
            "华为、宁德时代等企业落户岚汐经开区。高通量测序平台建成。\
             比亚迪股份有限公司投资建设项目。采用改良西门子法生产多晶硅。",
        );
        assert_eq!(
            labels(&r, Class::Enterprise),
            ["华为", "宁德时代", "比亚迪股份有限公司"]
        );
    }

    /// A name right after its standing in a list (…企业之一|岚磊铜业、,
    /// 前三强|温州汀业, 日资企业|岚溪精工) is a company's; a place opening it
    /// is its own.
    #[test]
    fn names_after_their_standing_in_a_list() {
        let r = read(
            "入驻的企业有国内最大的漆包线生产企业之一岚磊铜业、国内铜板带前三强温州汀业,\
             还有大型日资企业岚溪精工。",
        );
        assert_eq!(
            labels(&r, Class::Enterprise),
            ["岚溪精工", "岚磊铜业", "温州汀业"]
        );
    }

    /// A legal name starts where a well-known parent's name in it starts,
    /// though jieba reads a word of it as a verb (延长/v|石油|…有限公司); a
    /// word jieba does not know read as a verb opens the zone before it
    /// (汶横/v|工业区).
    #[test]
    fn a_known_parent_opens_the_legal_name() {
        let r = read("主会场设在汶横工业区延长石油汀林煤化有限公司乙醇下游产品项目现场。");
        assert!(labels(&r, Class::Enterprise).contains(&"延长石油汀林煤化有限公司".to_string()));
        assert_eq!(labels(&r, Class::Zone), ["汶横工业区"]);
    }

    /// A well-known company opening a park's name is named there and owns
    /// the park's project (赣锋|智慧储能科技产业园项目).
    #[test]
    fn a_well_known_company_opens_its_park() {
        let r = read("赣锋智慧储能科技产业园项目开工。");
        assert!(has(&r, "赣锋智慧储能科技产业园项目", "ownedBy", "赣锋"));
    }

    /// A company opening the clause after 在Z内 works in that zone; one
    /// named in passing elsewhere in the sentence does not.
    #[test]
    fn a_company_after_in_the_zone_is_hosted_there() {
        let r = read(
            "在宽川经济开发区城南高新技术产业园内,辽宁岚创节能材料有限公司正在开展项目建设。\
             在岭南工业园区调研时,市长指出要学习溪山化工有限公司的经验。",
        );
        assert!(has(
            &r,
            "城南高新技术产业园",
            "hostsEnterprise",
            "辽宁岚创节能材料有限公司"
        ));
        assert!(!has(
            &r,
            "岭南工业园区",
            "hostsEnterprise",
            "溪山化工有限公司"
        ));
    }

    /// A roster of the zone's companies (规模以上企业主要有A、B; 重点企业
    /// 还有…) places them in the article's zone; a city's roster does not.
    #[test]
    fn a_roster_of_companies_is_the_zones() {
        let r = read(
            "汀溪工业园区位于汀溪县。园区东区以新材料为主导产业,规模以上企业主要有岚泰木业、青禾建材,\
             2023年新引进新能源汽车部件产业。",
        );
        assert!(has(&r, "汀溪工业园区", "hostsEnterprise", "岚泰木业"));
        assert!(has(&r, "汀溪工业园区", "hostsEnterprise", "青禾建材"));
        let r = read("汀溪工业园区位于汀溪县。全市规模以上企业主要有岚泰木业、青禾建材,产值增长。");
        assert!(!has(&r, "汀溪工业园区", "hostsEnterprise", "岚泰木业"));
    }

    /// Mechanisms of government listed (链长制、专班制) are no companies.
    #[test]
    fn mechanisms_are_no_companies() {
        let r = read("溪昌全面推进产业链链长制、专班制、链主企业制、项目清单制“四大机制”。");
        assert!(labels(&r, Class::Enterprise).is_empty(), "{r:?}");
    }

    /// Names before 等 are the companies brought in; what follows it
    /// (数控机床生产、零部件加工企业) tells their trades and names none.
    #[test]
    fn names_before_such_are_the_companies() {
        let r = read(
            "岚溪经开区先后引进禾禾精工、青岭智能、溪泰智控等数控机床生产、精密零部件加工、智能装备生产企业,建成岚溪智造产业园。",
        );
        let companies = labels(&r, Class::Enterprise);
        for c in ["禾禾精工", "青岭智能", "溪泰智控"] {
            assert!(companies.contains(&c.to_string()), "{companies:?}");
            assert!(has(&r, "岚溪经开区", "hostsEnterprise", c));
        }
        assert!(
            companies
                .iter()
                .all(|c| !c.ends_with("生产") && !c.ends_with("加工")),
            "{companies:?}"
        );
    }

    /// Leaders the zone cooperates with (与A、B等龙头企业达成合作) are its
    /// partners, not its companies; leaders that settle there are.
    #[test]
    fn leaders_a_zone_cooperates_with_are_partners() {
        let r = read("岚溪新区坚持龙头引领,与岭海医药集团、青禾国际等知名龙头企业达成合作。");
        for e in ["岭海医药集团", "青禾国际"] {
            assert!(has(&r, "岚溪新区", "cooperatesWith", e), "{e}");
            assert!(!has(&r, "岚溪新区", "hostsEnterprise", e), "{e}");
        }
        let r = read("岚溪新区吸引岭海医药集团、青禾国际等龙头企业落户。");
        assert!(has(&r, "岚溪新区", "hostsEnterprise", "岭海医药集团"));
    }

    /// Companies counted by what they do (生物医药和大健康产业投产运营企业)
    /// name none.
    #[test]
    fn companies_by_what_they_do_name_none() {
        let r = read("去年,岚溪新区生物医药和大健康产业投产运营企业共有32户。");
        assert!(labels(&r, Class::Enterprise).is_empty(), "{r:?}");
    }
}
