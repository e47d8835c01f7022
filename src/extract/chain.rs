//! Industry chains and products: which industries and chains the text
//! names, what is produced, and how products feed each other — only where
//! the text states the chain (主产品为…，副产品为…; 以…为原料; 延伸…为主产品).

use super::enterprise::split_list;
use super::names::{self, stem_start, Kind};
use super::quantity::UNIT_WORDS;
use super::{char_pos, Class, Doc, Mention};
use crate::lexicon::SuffixIndex;
use crate::model::vocab::ck;
use crate::text::numerals::is_han_count;
use regex::Regex;
use std::sync::LazyLock;

const INDUSTRY_SUFFIXES: &[&str] = &["产业集群", "产业链条", "产业链", "链条", "产业", "行业"];
static INDUSTRY_INDEX: LazyLock<SuffixIndex> =
    LazyLock::new(|| SuffixIndex::new(INDUSTRY_SUFFIXES));
/// Suffixes that name a chain even without a known industry term.
const STRONG: &[&str] = &["产业集群", "产业链条", "产业链", "链条"];
/// Words after 产业 that make it a different noun (产业基础, 产业园).
const NOT_AFTER: &[char] = &[
    '园', '基', '区', '工', '办', '项', '化', '图', '规', '布', '发', '升', '创', '聚', '转', '结',
    '链', '集', '政', '人', '投', '协', '联', '示',
    // (工业产业体系: a system of industries.)
    '体',
];
/// Stems that are not industries (两个产业链, 上下游产业链).
pub(super) const GENERIC: &[&str] = &[
    "上下游",
    "下游",
    "上游",
    "重点",
    "主导",
    "相关",
    "传统",
    "新兴",
    "特色",
    "优势",
    "支柱",
    "首位",
    "全",
    "各",
    "该",
    "本",
    "规划",
    "深加工",
    "加工",
    "细分",
    "延伸",
    "配套",
    "产业",
    "发展",
    "两个",
    "三条",
    "高端",
    // (厚植实体产业根基: the real economy, no trade; 现代化产业集群.)
    "实体",
    "现代化",
    // (面对全球产业链重构: the world's chains, no trade.)
    "全球",
    "全国",
    "国内",
    // (打造地标产业, 做强当家产业, 重大产业项目: a standing, no trade.)
    "地标",
    "当家",
    "重大",
];

/// With [`GENERIC`], the words of the "four new" slogan (新技术、新产业、
/// 新业态、新模式): no trade's name.
pub(super) const NEW_WAYS: &[&str] = &["新", "技术", "业态", "模式"];

/// True when a stem counts industries (主攻|三大|产业, 五大主导): a number
/// of them, no name.
fn counts_industries(stem: &str) -> bool {
    let chars: Vec<char> = stem.chars().collect();
    chars.windows(2).any(|w| is_han_count(w[0]) && w[1] == '大')
}

/// `A、B和C三条主链 / 3条产业链`: the items are industries.
static LISTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // (…、文化创意等在内的十大产业: the list closes at 等.)
        r"(?P<list>(?:[\p{Han}A-Za-z]{1,12}[、和])+[\p{Han}A-Za-z]{1,12}?)(?:等(?:在内的)?)?(?:\d+|[两二三四五六七八九十]+)(?:条|大|个)",
        // (镍、铜、钴、钛材料等5个细分产业链: metals are one char.)
        r"(?:主导|支柱|特色|优势|重点|首位|新兴|战略性新兴|细分)?(?:主链|产业链|链条|产业集群|产业)"
    ))
        .expect("static regex")
});

/// Modifiers that belong to industry and product names (高端碳材料, 热轧H型钢).
pub(crate) const MODIFIERS: &[&str] = &[
    "高端",
    "现代",
    "特色",
    "新型",
    "绿色",
    "有机",
    "富硒",
    "精细",
    "先进",
    "智能",
    "数字",
    "低碳",
    "清洁",
    "高性能",
    "高精度",
    "高档",
    "高纯",
    // (无水|硫酸钠, 球形|四氧化三锰, 电池级|碳酸锂: a grade or a form of a
    // chemical.)
    "无水",
    "球形",
    "电池级",
    "电池用",
    // (永磁|电机项目: a permanent-magnet motor, no brand 永磁.)
    "永磁",
    "精密",
    "特种",
    "优质",
    "热轧",
    "冷轧",
    "冷镦",
    "高强",
    "高碳",
    "超高功率",
    "中高端",
    "新一代",
];

/// A chain's name may open with nouns before the known term (冬早|蔬菜产业链,
/// 热区|水果产业链): take up to four characters of plain nouns.
fn noun_prefix(doc: &Doc, s: usize, st: usize) -> usize {
    let sent = &doc.sents[s];
    let mut start = st;
    for t in sent.toks.iter().rev().filter(|t| t.end <= st) {
        let word: String = sent.chars[t.start..t.end].iter().collect();
        let nounish = matches!(t.tag.as_str(), "n" | "nz" | "ns" | "j" | "t" | "ng" | "b");
        if t.end != start
            || !nounish
            || st - t.start > 4
            || sent.taken(t.start, t.end)
            || super::names::is_stop_word(&word)
            || GENERIC.contains(&word.as_str())
            || verb_phrase(&word)
        {
            break;
        }
        start = t.start;
    }
    start
}

/// jieba's set phrases that are verbs whatever their tag (大力发展/nz,
/// 优先发展/l): no part of the industry named after them.
fn verb_phrase(word: &str) -> bool {
    word.ends_with("发展")
}

/// The start of the token holding `at` (新能源|装备: a term found inside a
/// word starts where the word starts).
fn token_start(doc: &Doc, s: usize, at: usize) -> usize {
    doc.sents[s]
        .toks
        .iter()
        .find(|t| t.start <= at && at < t.end)
        .map_or(at, |t| t.start)
}

static MODIFIER_CHARS: LazyLock<Vec<Vec<char>>> =
    LazyLock::new(|| MODIFIERS.iter().map(|m| m.chars().collect()).collect());
/// The lengths of the modifiers, each once, in the order of the list.
static MODIFIER_LENGTHS: LazyLock<Vec<usize>> = LazyLock::new(|| {
    let mut lengths: Vec<usize> = Vec::new();
    for m in MODIFIER_CHARS.iter() {
        if !lengths.contains(&m.len()) {
            lengths.push(m.len());
        }
    }
    lengths
});

/// Where a name starting at `st` starts with the [`MODIFIERS`] before it.
fn with_modifier(chars: &[char], st: usize) -> usize {
    // (绿色|有机|食品产业: two modifiers may stand before the name.)
    let once = one_modifier(chars, st);
    if once < st {
        one_modifier(chars, once)
    } else {
        st
    }
}

fn one_modifier(chars: &[char], st: usize) -> usize {
    // For the lengths of the modifiers in their order, the first whose
    // chars before `st` are a modifier.
    MODIFIER_LENGTHS
        .iter()
        .copied()
        .filter(|&n| n <= st)
        .find(|&n| {
            let before = &chars[st - n..st];
            MODIFIER_CHARS
                .iter()
                .any(|m| m.len() == n && m[0] == before[0] && m[..] == *before)
        })
        .map_or(st, |n| st - n)
}

/// True when `st..at` is one char jieba reads as a noun word of its own (铝|产
/// 业: a material's industry; not 3条|产业链, a count).
fn one_noun(doc: &Doc, s: usize, st: usize, at: usize) -> bool {
    at == st + 1
        && !doc.sents[s].chars[st].is_ascii_digit()
        && !is_han_count(doc.sents[s].chars[st])
        && !"条个大项种类".contains(doc.sents[s].chars[st])
        && doc.sents[s]
            .toks
            .iter()
            .any(|t| t.start == st && t.end == at && t.tag.starts_with('n'))
}

/// True when an unknown stem before 产业/行业 names an industry: nouns only
/// (a one-char material such as 铝 counts), none a pronoun, number, place or
/// generic word, at most six chars.
/// The stem's start past a place opening it (西部地区|乳品行业): where an
/// industry is is no part of an unknown industry's name.
fn after_place(doc: &Doc, s: usize, st: usize, at: usize) -> usize {
    doc.sents[s]
        .toks
        .iter()
        .find(|t| t.start == st && t.end < at && t.tag == "ns")
        .map_or(st, |t| t.end)
}

fn plain_industry_stem(doc: &Doc, s: usize, st: usize, at: usize) -> bool {
    let sent = &doc.sents[s];
    let stem: String = sent.chars[st..at].iter().collect();
    const KINDS: &[&str] = &[
        "区域",
        "综合",
        "现代化",
        "整体",
        "地方",
        "当地",
        "本地",
        "优质",
        "高端",
        "新型",
        "未来",
    ];
    at - st <= 6
        && !GENERIC.contains(&stem.as_str())
        && !KINDS.contains(&stem.as_str())
        // 六大产业, 三大动力产业: industries counted, not named.
        && !sent.chars[st].is_ascii_digit()
        && !is_han_count(sent.chars[st])
        && !"百千几多".contains(sent.chars[st])
        && !doc.lex.places.contains_key(&stem)
        && !doc.lex.anaphors.contains(&stem)
        && sent
            .toks
            .iter()
            .filter(|t| t.start >= st && t.end <= at)
            .all(|t| {
                let tag = t.tag.as_str();
                tag.starts_with('n') && tag != "nr" && tag != "ns" || tag == "vn" || tag == "j" || tag == "b"
            })
}

/// A chain name's stem must be a plain noun phrase: leading verbs and
/// adverbs are dropped (细分|焦化, 上马|马铃薯) and none may remain inside.
fn plain_noun_phrase(doc: &Doc, s: usize, from: usize, at: usize) -> Option<usize> {
    let toks: Vec<_> = doc.sents[s]
        .toks
        .iter()
        .filter(|t| t.start >= from && t.end <= at)
        .collect();
    let is_verb = |t: &&super::Tok| {
        let tag = t.tag.as_str();
        (tag.starts_with('v') && tag != "vn")
            || tag.starts_with('d')
            || tag == "ad"
            || verb_phrase(&doc.sents[s].text(t.start, t.end))
    };
    let first = toks.iter().position(|t| !is_verb(t))?;
    // (机械设备|制造/v|产业链: a process closing the stem is the trade's.)
    let process = |t: &super::Tok| {
        t.end == at
            && super::names::INDUSTRY_PROCESSES
                .contains(&doc.sents[s].text(t.start, t.end).as_str())
    };
    if toks[first..]
        .iter()
        .any(|t| is_verb(t) && t.end - t.start >= 2 && !process(t))
    {
        return None;
    }
    let start = toks[first].start;
    let stem: String = doc.sents[s].chars[start..at].iter().collect();
    let generic_end = [
        "特色", "优势", "新兴", "主导", "重点", "相关", "配套", "传统", "新型",
    ];
    (stem.chars().count() >= 2 && !generic_end.iter().any(|g| stem.ends_with(g))).then_some(start)
}

pub(crate) fn mentions(doc: &mut Doc) {
    for s in 0..doc.sents.len() {
        industries(doc, s);
        products(doc, s);
    }
}

/// Trigger words of the industry lists read in [`industries`].
pub(super) const INDUSTRY_LIST_AND: &[&str] = &["、", "和"];
pub(super) const INDUSTRY_LIST_CHAIN: &[&str] = &["链", "产业"];
pub(super) const INDUSTRY_LIST_COUNT: &[&str] = &["条", "大", "个"];

/// True when the 产业 ending at `end` names the industry though a noun
/// follows: a base that is a goal, not a named place (建设全国重要的新能源
/// 电池产业|基地目标, 打造全省重要的X产业基地), or the projects of the
/// industry (新材料产业|项目中的P1、P2).
fn named_before_noun(chars: &[char], at: usize, end: usize) -> bool {
    let before: String = chars[at.saturating_sub(16)..at].iter().collect();
    let goal = chars[end..].starts_with(&['基', '地'])
        && (chars[end + 2..].starts_with(&['目', '标'])
            || ["重要的", "重要", "一流的"]
                .iter()
                .any(|w| before.contains(w)));
    // (食品饮料产业|规模扩大: the industry's size.)
    let growth = chars[end..].starts_with(&['规', '模']);
    goal || growth || chars[end..].starts_with(&['项', '目', '中', '的'])
}

/// True when the 产业 or 产业链 ending at `end` opens a longer noun
/// rather than names an industry (产业园, 产业链协同).
fn noun_after(doc: &Doc, chars: &[char], suf: &str, at: usize, end: usize) -> bool {
    // (国家绿色产业示范基地, 核心产业链协同发展示范基地: a base's name.)
    let not_after: &[char] = if suf == "产业链" {
        &['示', '协', '基', '园']
    } else {
        NOT_AFTER
    };
    // (焦化产业|发展迅速: a known trade's development names it.)
    let known_developing =
        chars[end..].starts_with(&['发', '展']) && doc.lex.industry_ending_at(chars, at).is_some();
    matches!(suf, "产业" | "产业链")
        && chars.get(end).is_some_and(|c| not_after.contains(c))
        && !named_before_noun(chars, at, end)
        && !known_developing
}

/// Where an industry's name starts when nouns joined by 及 come right
/// before its stem at `st` (钛|及|钛合金产业链, 新能源|及|智能网联汽车产业链,
/// 盐及/c|盐化工产业; in a cluster's name 和 too: 航空关键零部件|和|大飞机
/// 生产配套产业集群): one name, as the text writes it. None when a list
/// leads up to the nouns (A、B及C产业: the lists read it) or they are no
/// trade's (园区及…, 企业及…). 与 joins only a trade the lexicon knows
/// (与 is as often "with": 推动园区与X产业融合).
fn joined_noun(doc: &Doc, s: usize, st: usize, cluster: bool) -> Option<usize> {
    let sent = &doc.sents[s];
    let chars = &sent.chars;
    let conj = *chars.get(st.checked_sub(1)?)?;
    if !(matches!(conj, '及' | '与') || (conj == '和' && cluster)) {
        return None;
    }
    let noun_tag = |t: &super::Tok| {
        (t.tag.starts_with('n') && !matches!(t.tag.as_str(), "nr" | "ns")) || t.tag == "vn"
    };
    // (智能网/n|联及/v: the glued char ends the noun before it.)
    let glued = sent
        .toks
        .iter()
        .find(|t| t.end == st && t.end - t.start == 2);
    let mut a = glued.map_or(st - 1, |t| t.start);
    // The nouns before the conjunction, up to eight chars: not a scope
    // (全省|钛及…) nor a name read before (宝鸡/n|钛及…).
    let scope = |p: &super::Tok| p.end - p.start == 2 && chars[p.start] == '全';
    while let Some(p) = sent.toks.iter().find(|p| {
        p.end == a
            && noun_tag(p)
            && st - 1 - p.start <= 8
            && !scope(p)
            && !sent.taken(p.start, p.end)
    }) {
        a = p.start;
    }
    if a == st - 1 {
        return None;
    }
    let word: String = chars[a..st - 1].iter().collect();
    let trade = doc.lex.industries.contains(&word)
        || (conj != '与'
            && !doc.lex.zone_anaphors.contains(&word)
            && !["企业", "产业", "行业", "区", "园", "局", "委", "部", "厅"]
                .iter()
                .any(|w| word.ends_with(w)));
    let listed = a > 0 && matches!(chars[a - 1], '、' | '，' | ',');
    (trade && !listed).then_some(a)
}

fn industries(doc: &mut Doc, s: usize) {
    let chars = doc.sents[s].chars.clone();
    let mut end = chars.len();
    while end > 0 {
        let hit = INDUSTRY_INDEX
            .ending_at(&chars, end)
            .map(|i| &INDUSTRY_SUFFIXES[i]);
        let Some(suf) = hit else {
            end -= 1;
            continue;
        };
        let at = end - suf.chars().count();
        if noun_after(doc, &chars, suf, at, end) {
            end = at;
            continue;
        }
        let strong = STRONG.contains(suf);
        // The longest known industry term ending at the suffix, else (for a
        // chain) the noun phrase before it.
        let known = doc.lex.industry_ending_at(&chars, at);
        let start = match known {
            // Keep a modifier such as 高端 that belongs to the name.
            Some(st) if strong => {
                noun_prefix(doc, s, with_modifier(&chars, token_start(doc, s, st)))
            }
            // 光伏|新能源产业: a known term before a known term is one name.
            Some(st) => {
                let mut st = token_start(doc, s, st);
                while let Some(t) = doc.sents[s].toks.iter().find(|t| t.end == st) {
                    let word: String = chars[t.start..t.end].iter().collect();
                    if t.end - t.start < 2 || !doc.lex.industries.contains(&word) {
                        break;
                    }
                    st = t.start;
                }
                // (新能源|及|智能制造产业: see [`joined_noun`].)
                with_modifier(&chars, st)
            }
            None if strong => {
                match stem_start(doc, &doc.sents[s], at, Kind::Industry).and_then(|st| {
                    plain_noun_phrase(doc, s, st, at).or(one_noun(doc, s, st, at).then_some(st))
                }) {
                    Some(st) => st,
                    None => {
                        end = at;
                        continue;
                    }
                }
            }
            // 铝产业, 日化产业, 乳品行业: an industry the lexicon does not
            // know, named by plain nouns (no verb, no count, no pronoun).
            None => match stem_start(doc, &doc.sents[s], at, Kind::Industry)
                .and_then(|st| {
                    plain_noun_phrase(doc, s, st, at).or(one_noun(doc, s, st, at).then_some(st))
                })
                .map(|st| after_place(doc, s, st, at))
                .filter(|&st| plain_industry_stem(doc, s, st, at))
            {
                Some(st) => st,
                None => {
                    end = at;
                    continue;
                }
            },
        };
        let start = joined_noun(doc, s, start, suf.ends_with("集群")).unwrap_or(start);
        // 园区|生物医药产业链: a zone's generic name opens the clause, not
        // the chain's name.
        let start = (start + 2..at.saturating_sub(1))
            .rev()
            .find(|&k| {
                // (工程|塑料产业链: a project's anaphor is no zone's.)
                let head: String = chars[start..k].iter().collect();
                doc.lex.zone_anaphors.contains(&head)
            })
            .unwrap_or(start);
        // (整个|氢能产业链: a determiner is no part of the name.)
        let start = ["整个", "整条", "这个", "这条"]
            .iter()
            .find(|w| crate::text::chars_start_with(&chars[start..at], w) && at >= start + 4)
            .map_or(start, |w| start + w.chars().count());
        // 电石化工传统产业: a modifier of kind closing the stem is no part of
        // the industry's name (电石化工).
        let (stem_end, name_end) = match super::lists::KIND_QUALIFIERS
            .iter()
            .find(|w| crate::text::chars_end_with(&chars[start..at], w))
        {
            Some(w) if at - start > 2 + w.chars().count() => {
                let cut = at - w.chars().count();
                (cut, cut)
            }
            _ => (at, end),
        };
        let stem: String = chars[start..stem_end].iter().collect();
        // (国家产业导向: the nation's, no industry's name.)
        // (上下游|高端 产业集群: generic words only.)
        if super::made_of(&stem, &[GENERIC, NEW_WAYS])
            // (为核心产业链的稳定, 做大做强现代产业集群: a rank or an age
            // alone, no trade.)
            || ["国家", "核心", "现代"].contains(&stem.as_str())
            // (整个产业链项目, 1-9月份产业总产值, 完成年度工业产业千亿元目标:
            // a determiner or a period, no trade.)
            || ["整个", "整条", "这个", "这条", "月份", "年度", "季度", "全年"]
                .iter()
                .any(|w| crate::text::chars_start_with(&chars[start..stem_end], w))
            // (钛白粉到磷酸铁的|循环产业链, 硫、磷、钙循环产业链: a cycle
            // of materials the chain makes, no trade's name.)
            || stem.ends_with("循环")
            || counts_industries(&stem)
            || (stem.chars().count() < 2 && !one_noun(doc, s, start, stem_end))
            // (抓龙头、铸|链条、建集群: a slogan's verb before 链条.)
            || (stem.chars().count() < 2 && *suf == "链条")
            || (*suf == "链条" && slogan(&chars, start, end))
            || doc.sents[s].taken(start, name_end)
        {
            end = at;
            continue;
        }
        doc.mention(s, start, name_end, Class::Industry, "industry.name.suffix");
        end = start;
    }
    listed_industries(doc, s);
    developed_industries(doc, s);
    field_industries(doc, s);
}

/// True when `start..end` is a four-char clause of its own (做强龙头，舞动
/// 链条——): a slogan's half, not a name.
fn slogan(chars: &[char], start: usize, end: usize) -> bool {
    let mark =
        |c: Option<&char>| c.is_none_or(|c| !crate::text::is_han(*c) && !c.is_ascii_alphanumeric());
    end == start + 4
        && mark(start.checked_sub(1).and_then(|i| chars.get(i)))
        && mark(chars.get(end))
}

/// `industry.name.field`: the field before 领域 (化工领域的…, 在智能装备
/// 领域): a term the lexicon knows, with its modifier. (Plain nouns there
/// are as often no industry: 关键领域, 净化领域; 现代装备制造领域——工程装备
/// is a heading's direction.)
fn field_industries(doc: &mut Doc, s: usize) {
    if !doc.sents[s].text.contains("领域") && !doc.sents[s].text.contains("赛道") {
        return;
    }
    let chars = doc.sents[s].chars.clone();
    // (新能源和新材料|赛道, 汽车电子|新赛道: a track, as news calls a field.)
    let fields: Vec<usize> = (2..chars.len().saturating_sub(1))
        .filter_map(|at| match (chars[at], chars[at + 1]) {
            ('领', '域') if chars.get(at + 2) != Some(&'—') => Some(at),
            ('赛', '道') if chars[at - 1] == '新' => Some(at - 1),
            ('赛', '道') => Some(at),
            _ => None,
        })
        .collect();
    for at in fields {
        let known = doc
            .lex
            .industry_ending_at(&chars, at)
            .map(|st| with_modifier(&chars, token_start(doc, s, st)))
            .or_else(|| made_field(doc, s, at));
        let Some(start) = known.filter(|&st| at >= st + 2) else {
            continue;
        };
        // (氢能|燃料电池领域: a known field before the known field is the
        // field's too.)
        let start = doc
            .lex
            .industry_ending_at(&chars, start)
            .filter(|&st| at - st <= 10 && token_start(doc, s, st) == st)
            .unwrap_or(start);
        let stem: String = chars[start..at].iter().collect();
        if GENERIC.contains(&stem.as_str())
            || counts_industries(&stem)
            || doc.sents[s].taken(start, at)
        {
            continue;
        }
        doc.mention(s, start, at, Class::Industry, "industry.name.field");
        // (新能源和|新材料领域: a known field joined before is one too.)
        let joined = start >= 3 && matches!(chars[start - 1], '和' | '与' | '及');
        let before = joined
            .then(|| doc.lex.industry_ending_at(&chars, start - 1))
            .flatten()
            .filter(|&st| token_start(doc, s, st) == st && !doc.sents[s].taken(st, start - 1));
        if let Some(st) = before {
            doc.mention(s, st, start - 1, Class::Industry, "industry.name.field");
        }
    }
}

/// The start of a field the lexicon does not know that is a making of
/// things (在高端电机制造|领域): plain nouns before a process of making,
/// four to eight chars in all.
fn made_field(doc: &Doc, s: usize, at: usize) -> Option<usize> {
    let chars = &doc.sents[s].chars;
    if !["制造", "加工", "冶炼"]
        .iter()
        .any(|w| crate::text::chars_end_with(&chars[..at], w))
    {
        return None;
    }
    let st = stem_start(doc, &doc.sents[s], at, Kind::Industry)?;
    let st = after_place(doc, s, plain_noun_phrase(doc, s, st, at)?, at);
    let st = with_modifier(chars, st);
    (4..=8).contains(&(at - st)).then_some(st)
}

/// A list of what a place develops (重点发展A、B和C, 以发展A为重点).
static DEVELOPED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // (The verbs of DEVELOP_VERBS.)
        r"(?:发展|培育|壮大|做强|主攻)",
        r"(?P<list>\p{Han}{2,10}?(?:[、和及与]\p{Han}{2,10}?)*?)",
        r"(?:等|为重点|为主|为核心|为特色|[，。；,;]|$)"
    ))
    .expect("static regex")
});

/// The verbs that open [`DEVELOPED`]: every match holds one.
pub(super) const DEVELOP_VERBS: &[&str] = &["发展", "培育", "壮大", "做强", "主攻"];
const DEVELOP: super::Mask = super::triggers(DEVELOP_VERBS);

/// Endings in 业 that name no industry (企业, 就业, 创业…; 产业 and 行业
/// are read by [`industries`]).
const NOT_TRADES: &[&str] = &[
    "企业", "就业", "创业", "产业", "行业", "专业", "事业", "作业", "毕业", "营业", "职业", "学业",
    "基业", "伟业", "大业", "物业", "主业", "实业", "开业", "停业", "复业", "转业", "失业",
];

/// `industry.name.developed`: the trades a place develops, named without
/// 产业 (重点发展仓储物流业和临空产业, 以发展建材工业为重点): items ending in
/// 业 (农业, 服务业, 工业…) or known to the lexicon as an industry.
fn developed_industries(doc: &mut Doc, s: usize) {
    if !doc.sents[s].text.contains('业') && !doc.sents[s].text.contains("经济") {
        return;
    }
    let text = doc.sents[s].text.clone();
    let chars = doc.sents[s].chars.clone();
    let gate = doc.sents[s].has_any(DEVELOP);
    for (ls, le) in super::list_spans(&DEVELOPED, &text, gate) {
        for (a, b) in split_list(&chars, ls, le) {
            let item: String = chars[a..b].iter().collect();
            let trade = item.ends_with('业') && !NOT_TRADES.iter().any(|w| item.ends_with(w));
            let known = doc.lex.industries.contains(&item);
            if (3..=8).contains(&(b - a)) && (trade || known) && !doc.sents[s].taken(a, b) {
                doc.mention(s, a, b, Class::Industry, "industry.name.developed");
            }
        }
    }
}

/// `industry.name.listed`: the items of a counted list of chains (A、B两大
/// 产业链) that no other rule read.
fn listed_industries(doc: &mut Doc, s: usize) {
    let chars = doc.sents[s].chars.clone();
    let text = doc.sents[s].text.clone();
    // Every list holds 、 or 和, and every chain word 链 or 产业.
    const AND: super::Mask = super::triggers(INDUSTRY_LIST_AND);
    const CHAIN: super::Mask = super::triggers(INDUSTRY_LIST_CHAIN);
    // …and a count word (3条, 两大, 三个) before the chain word.
    const COUNT: super::Mask = super::triggers(INDUSTRY_LIST_COUNT);
    let sent = &doc.sents[s];
    let gate = sent.has_any(AND) && sent.has_any(CHAIN) && sent.has_any(COUNT);
    for (ls, le) in super::list_spans(&LISTED, &text, gate) {
        for (k, (mut a, b)) in counted_items(&chars, ls, le).into_iter().enumerate() {
            if k == 0 {
                match stem_start(doc, &doc.sents[s], b, Kind::Industry) {
                    // (聚焦智能网联|及|新能源汽车、…: the first name holds 及.)
                    Some(st) if st >= a + 3 && matches!(chars[st - 1], '及' | '与') => {
                        a = stem_start(doc, &doc.sents[s], st - 1, Kind::Industry)
                            .or_else(|| after_verb(doc, s, a, st - 1))
                            .filter(|&f| f >= a)
                            .unwrap_or(st);
                    }
                    Some(st) if st >= a => a = st,
                    _ => continue,
                }
            }
            // (签约、开工项目涵盖四个主导产业: a clause, no industry; but
            // 高端装备制造 ends in its work.)
            let sent = &doc.sents[s];
            let clause = sent.text(a, b).contains("项目")
                || sent.toks.iter().any(|t| {
                    t.end == b
                        && t.tag.starts_with('v')
                        && t.tag.as_str() != "vn"
                        && !t.oov
                        && !(t.start > a
                            && names::INDUSTRY_PROCESSES
                                .contains(&sent.text(t.start, t.end).as_str()))
                });
            if !clause && !sent.taken(a, b) {
                doc.mention(s, a, b, Class::Industry, "industry.name.listed");
            }
        }
    }
}

/// Where the words after the clause's last verb before `end` start, when
/// two to six Han chars lie between (聚焦|智能网联 however jieba cuts it).
fn after_verb(doc: &Doc, s: usize, from: usize, end: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    let at = sent
        .toks
        .iter()
        .rev()
        .find(|t| t.start >= from && t.end + 2 <= end && t.tag.starts_with('v'))
        .map(|t| t.end)?;
    ((2..=6).contains(&(end - at)) && sent.chars[at..end].iter().all(|c| crate::text::is_han(*c)))
        .then_some(at)
}

/// The items of a counted list (ls..le, then 等 and the count): split at
/// 、 alone when that gives as many items as the count says, so that a
/// name may hold 及 or 和 (智能网联及新能源汽车、…四大主导产业).
fn counted_items(chars: &[char], ls: usize, le: usize) -> Vec<(usize, usize)> {
    let at = le + usize::from(chars.get(le) == Some(&'等'));
    // (One char only: 12大 is no count of two.)
    let count = chars
        .get(at)
        .filter(|_| {
            !chars
                .get(at + 1)
                .is_some_and(|c| crate::text::numerals::is_count_digit(*c))
        })
        .and_then(|c| crate::text::numerals::count_value(*c));
    let commas = 1 + chars[ls..le].iter().filter(|c| **c == '、').count();
    if count == Some(commas) && commas >= 2 {
        return split_on(chars, ls, le, '、');
    }
    split_list(chars, ls, le)
}

/// The spans between the `sep` chars of `start..end` (empty ones too).
fn split_on(chars: &[char], start: usize, end: usize, sep: char) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = start;
    for (i, c) in chars.iter().enumerate().take(end).skip(start) {
        if *c == sep {
            out.push((s, i));
            s = i + 1;
        }
    }
    out.push((s, end));
    out
}

/// Contexts whose list items are products even when no lexicon knows them.
/// (The main-product cues first: [`MAIN_PRODUCT_CUES`].)
static PRODUCT_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "(?:{}|{}){}{}",
        MAIN_PRODUCT_CUES.join("|"),
        r"产品为|副产品为|副产品有|新产品|专利产品|拳头产品|明星产品|以|延伸|开发的|生产的|研发的|推出|推介",
        r"(?P<list>[\p{Han}A-Za-z]{1,14}?(?:[、和及与—][\p{Han}A-Za-z]{1,14}?)*?)",
        r"(?:等)?(?:为主产品|为原料|为原材料|为核心器件|为核心部件|为主|[，。；,]|\d|产品|成功|等|荣获|畅销|远销|(?:还将|将|还|也|均)?出口|(?:直接)?(?:供应|供货|销往))"
    ))
    .expect("static regex")
});

/// `发展A、B等碳材料`: a list of two or more after a verb of making, closed
/// by 等 and a class of things made.
static CLASS_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // (The verbs of CLASS_LIST_VERBS.)
        r"(?:发展|生产|开发|研发|延伸|布局|推出)",
        r"(?P<list>[\p{Han}A-Za-z0-9]{2,14}?(?:[、和及与][\p{Han}A-Za-z0-9]{2,14}?)+)",
        r"等[\p{Han}]{0,4}?(?:材料|产品|装备|器件|部件|制品|化学品)"
    ))
    .expect("static regex")
});

/// The verbs that open [`CLASS_LIST`]: every match holds one, and one of
/// the joins of its items (、和及与).
pub(super) const CLASS_LIST_VERBS: &[&str] =
    &["发展", "生产", "开发", "研发", "延伸", "布局", "推出"];
const CLASS_LIST_WORDS: super::Mask = super::triggers(CLASS_LIST_VERBS);
const CLASS_LIST_AND: super::Mask = super::triggers(super::enterprise::ENTERPRISE_LIST_AND);

/// `从A、B到C的完整产业链`: the ends of a chain.
static FROM_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"从(?P<from>[\p{Han}A-Za-z0-9]{2,12}?(?:、[\p{Han}A-Za-z0-9]{2,12}?)*)",
        r"到(?P<to>[\p{Han}A-Za-z0-9]{2,12}?)的(?:完整|全|整个)?(?:产业链|链条|产业体系)"
    ))
    .expect("static regex")
});

/// The cues of [`PRODUCT_LIST`]: every match holds one.
pub(super) const PRODUCT_CUES_LIST: &[&str] = &[
    "产品",
    "以",
    "延伸",
    "开发的",
    "生产的",
    "研发的",
    "推出",
    "推介",
];
const PRODUCT_CUES: super::Mask = super::triggers(PRODUCT_CUES_LIST);

/// The cues of [`PRODUCT_LIST`] other than 以 and 延伸, and the roles that
/// make 以… and 延伸… count (为主产品 holds 产品).
pub(super) const PRODUCT_CUES_OR_ROLES_LIST: &[&str] = &[
    "产品",
    "开发的",
    "生产的",
    "研发的",
    "推出",
    "推介",
    "为原料",
    "为原材料",
    "为核心器件",
    "为核心部件",
];
const PRODUCT_CUES_OR_ROLES: super::Mask = super::triggers(PRODUCT_CUES_OR_ROLES_LIST);

/// The verbs of [`OUTPUT`]: every match holds one.
pub(super) const OUTPUT_VERBS_LIST: &[&str] = &[
    "生产",
    "研制",
    "拉制",
    "制成",
    "封装",
    "冶炼成",
    "切割成",
    "加工成",
    "电解成",
    "还原成",
    "轧制成",
    "压制成",
    "精炼成",
    "锻造成",
    "铸造成",
    "组装成",
    "转化为",
    "制备",
    "合成",
    "产出",
    "得到",
    "延伸至",
];
const OUTPUT_VERBS: super::Mask = super::triggers(OUTPUT_VERBS_LIST);

/// What a process yields: `生产X和Y`, `再切割成Z`, `冶炼成W`.
static OUTPUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?P<verb>主要生产|主要研制|研制生产|用于生产|生产出|生产|拉制|制成|封装|冶炼成|切割成|加工成|电解成|还原成|轧制成|压制成|精炼成|锻造成|铸造成|组装成|转化为|制备|合成|产出|得到|延伸至)",
        // (生产销售X、Y: what is made is sold too; the list starts after.)
        r"(?:[和及、]?销售)?",
        r"(?P<list>[\p{Han}A-Za-z0-9]{1,16}?(?:[、和及与][\p{Han}A-Za-z0-9]{1,16}?)*)",
        // (生产精对苯二甲酸(英文缩写PTA)，: a gloss in brackets after it.)
        r"(?:[(（][^()（）]{1,16}[)）])?",
        r"(?:等|的|，|。|；|,|$)"
    ))
    .expect("static regex")
});

/// Words of quality a made thing is given before 的 (生产高质量的X,
/// 生产国内先进的Y): X and Y are what is made.
const QUALITIES: &[&str] = &["高质量", "高品质", "先进", "领先", "一流", "优质", "高性能"];

/// Counters beyond [`UNIT_WORDS`] that count made things (3架, 2艘).
const COUNTERS: &str = "个|架|艘|根|条|颗|组";

/// Leading amounts, quantifiers and pointers that are not part of a product
/// name (5兆瓦以上风电主轴轴承, 各类风电轴承, 150支|叶片, 这样一支|风机叶片).
static AMOUNT_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:(?:这样|这种|这些|这批|那些)?(?:\d+(?:\.\d+)?(?:万|亿)?(?:多|余)?(?:{UNIT_WORDS}|{COUNTERS})?|[一两几](?:支|台|套|个|种|批|款))(?:以上|级|左右)?|各类|多种|各种|一批|系列)+"
    ))
    .expect("static regex")
});

/// Trailing amounts that count what was made (叶片200支, 主机112台,
/// 风力发电机组100万千瓦): not part of the product's name.
pub(crate) static AMOUNT_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:(?:逾|超过|超|近|约|达|共计|共)?\d+(?:\.\d+)?(?:万|亿)?(?:多|余)?(?:{UNIT_WORDS}|{COUNTERS}))+$"
    ))
    .expect("static regex")
});

/// Verbs that open a clause after a 生产-like verb (生产|销售汽车), not a
/// name (生产|牵引变流器).
const CLAUSE_VERBS: &[&str] = &[
    "销售", "经营", "研发", "建设", "提供", "提升", "提高", "推动", "实现", "带动", "满足", "形成",
    "完成", "增加", "扩大", "保障",
    // (从钾肥生产|转向/v|提镁: a turn, nothing made.)
    "转向", "转为", "转型",
];

/// Verbs whose object is a product only when the lexicon knows it (得到客户的认可).
const WEAK_OUTPUT: &[&str] = &["得到", "产出", "合成", "转化为", "延伸至"];

/// Where a product read from `a` to `b` ends: before a one-char verb with
/// two chars or more after it, which opens the next clause (电动车机电系统|
/// 送/v抵爱玛科技).
/// (废水站/v已完工: a char jieba read as a verb before an adverb is the
/// noun's end; the clause's verb comes after the adverb.)
fn before_clause_verb(sent: &super::Sent, a: usize, b: usize) -> usize {
    let adverb_after = |end: usize| {
        sent.toks
            .iter()
            .any(|t| t.start == end && t.tag.starts_with('d'))
    };
    sent.toks
        .iter()
        .find(|t| {
            t.start >= a + 2
                && t.end + 2 <= b
                && t.end - t.start == 1
                && t.tag == "v"
                && !adverb_after(t.end)
        })
        .map_or(b, |t| t.start)
}

/// Endings of things made that are not products (经营情况, 管理, 产业链条).
const NOT_PRODUCT_ENDINGS: &[&str] = &[
    // Lines are where things are made (2条封装测试线), not what is made.
    "生产线",
    // (经过生产加工后: a time, after the work; 加工量: an amount.)
    "后",
    "量",
    // (芯片封装测试创业团队: people who make things.)
    "团队",
    "队伍",
    "测试线",
    "产线",
    "流水线",
    "装配线",
    "示范线",
    "情况",
    "管理",
    "产业链条",
    "产业链",
    "产业集群",
    "产业",
    "能力",
    "水平",
    "规模",
    "最全",
    "最大",
    "体系",
    "模式",
    "机制",
    "要素",
    "环境",
    "服务",
    "工作",
    "任务",
    "目标",
    "计划",
    "方案",
    "加工",
    "仓储",
    "科普",
    "旅游",
    "基地",
    "之一",
    "下线",
    // 组装生产运营, 核心部件生产, 配套于一体: what is done, not made.
    "运营",
    "组装",
    "生产",
    "一体",
    // (推介…承接项目的方向、领域: where, not what.)
    "领域",
    "方向",
    // (试生产阶段, 技术创新, 无人机培训, 研发生产经验, 从…到…的完整链条:
    // a stage, a deed or what is learnt, not a thing made.)
    "阶段",
    "研发",
    "创新",
    "培训",
    "交流",
    "交易",
    "经验",
    "链条",
    // (一派忙碌的生产景象: a scene, not a thing made.)
    "景象",
    "场面",
    "场景",
    "氛围",
    // (提高生产效率, 招商活动, 以…为切入点: a measure, an event, a means.)
    "效率",
    "活动",
    "切入点",
    "抓手",
    // (获批…生产资质, 完成…认证: a licence to make, not a thing made.)
    "资质",
    "认证",
    "许可",
    "许可证",
    // (…生产加工、10万吨X加工项目: a project, not a thing made.)
    "项目",
    // (批量生产|供货, 试生产|以来: supplying and a time since, not a thing.)
    "供货",
    "供应",
    "以来",
    // (建设生产厂房、仓库及配套设施, 生产加工历史: buildings and a past.)
    "仓库",
    "厂房",
    "设施",
    "历史",
];

/// Words for things made in general, no product's name on their own.
const GENERIC_THINGS: &[&str] = &[
    "设备", "产品", "装备", "材料", "原料", "配件", "部件", "装置", "设施",
    // (生产指标, 优质生产空间: what production has, nothing made.)
    "指标", "空间", "能力", "任务", "规模",
];

/// True when a 生产-like verb really takes an object here (not 生产力,
/// 生产线, 安全生产与…, 生产经营).
fn is_output(text: &str, c: &regex::Captures) -> bool {
    let Some(v) = c.name("verb") else {
        return false;
    };
    let after: String = text[v.end()..].chars().take(2).collect();
    let before: String = text[..v.start()]
        .chars()
        .rev()
        .take(2)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let bad_after = [
        "力", "线", "中", "经营", "与", "要素", "环节", "生活", "基地", "车间", "企业", "过程",
        "安全", "性", "规模", "能力", "总值", "值", "工艺", "技术", "流程", "成本", "方式", "许可",
        "订单", "任务", "型", "资质",
    ];
    let bad_before = [
        "安全", "企业", "清洁", "恢复", "组织", "投入", "停止", "扩大",
    ];
    !bad_after.iter().any(|b| after.starts_with(b))
        && !bad_before.iter().any(|b| before.ends_with(b))
}

/// The companies named right before the number of an amount at `unit`
/// (新源盛和新汇源|3|万吨): joined by 和 or 、, nothing else between.
fn companies_before_amount(doc: &Doc, s: usize, unit: usize) -> Vec<usize> {
    let sent = &doc.sents[s];
    let mut at = unit;
    while at > 0 && (sent.chars[at - 1].is_ascii_digit() || sent.chars[at - 1] == '.') {
        at -= 1;
    }
    let mut out = Vec::new();
    while let Some(m) = sent
        .of(doc, Class::Enterprise)
        .find(|m| m.end == at && !doc.nested(s, m))
    {
        out.push(m.entity);
        match m.start.checked_sub(1).map(|i| sent.chars[i]) {
            Some('和' | '、' | '与' | '及') => at = m.start - 1,
            _ => break,
        }
    }
    out
}

/// The enterprise or project that makes what follows position `at`.
pub(crate) fn producer_before(doc: &Doc, s: usize, at: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    let text: String = sent.chars[..at.min(sent.chars.len())].iter().collect();
    // 为一汽大众、一汽红旗配套…: everyone named between 为 and the supplying
    // verb is served, not the maker.
    let served_from = sent.chars[..at.min(sent.chars.len())]
        .iter()
        .rposition(|c| *c == '为')
        .filter(|&w| {
            let between: String = sent.chars[w..at].iter().collect();
            ["配套", "提供", "供应", "供货", "服务"]
                .iter()
                .any(|v| between.contains(v))
        });
    // (锁定以生产X、Y等…的目标企业: the companies sought make them, none
    // named before.)
    let clause_start = sent.chars[..at.min(sent.chars.len())]
        .iter()
        .rposition(|c| matches!(c, '，' | ',' | '；' | ';'))
        .map_or(0, |p| p + 1);
    let before = sent.text(clause_start, at);
    if before.ends_with('以') || ["以生产", "以制造"].iter().any(|w| before.contains(w)) {
        return None;
    }
    // (E的X说，该项目采用…生产Y: a clause opening with an anaphor has
    // its own subject; no one named before it is the maker.)
    let anaphor = ["该项目", "该公司", "该企业"]
        .iter()
        .any(|w| before.starts_with(w));
    sent.mentions
        .iter()
        .filter(|m| {
            m.end <= at
                && (!anaphor || m.start >= clause_start)
                && matches!(doc.class(m.entity), Class::Enterprise | Class::Project)
                && !doc.nested(s, m)
                // 为埃夫特配套生产…: the one served is not the maker.
                && !sent.served(m.start)
                && served_from.is_none_or(|w| m.start < w)
                // X项目…由Y公司投资建设…主要生产…: the project the sentence
                // is about makes them, not its builder.
                && !(m.start > 0
                    && sent.chars[m.start - 1] == '由'
                    && sent.text(0, m.start).contains("项目"))
        })
        .map(|m| m.entity)
        .next_back()
        .or_else(|| {
            // (…介绍,项目总投资…: a clause opening with 项目 is about the
            // project last named, whoever speaks.)
            (text.starts_with("项目")
                || text.contains("该项目")
                || text.contains(",项目")
                || text.contains("，项目"))
            .then(|| doc.last_before_anywhere(Class::Project, s, 0, 8))
            .flatten()
        })
        .or_else(|| {
            // 该公司: the company last named, also inside a project's name
            // (来金…有限公司汽车零部件生产基地项目入驻…。该公司…).
            (text.starts_with("公司") || text.contains("该公司") || text.contains("该企业"))
                .then(|| {
                    (1..=4.min(s)).find_map(|back| {
                        doc.sents[s - back]
                            .of(doc, Class::Enterprise)
                            .last()
                            .map(|m| m.entity)
                    })
                })
                .flatten()
        })
        .or_else(|| workshop_company(doc, s))
}

/// The company whose workshop the sentence before sets the scene in (E的
/// 生产车间内，一派忙碌…。10条X生产线满负荷运行): the only company named
/// there, when sentence `s` names none.
fn workshop_company(doc: &Doc, s: usize) -> Option<usize> {
    let named = |i: usize| {
        doc.sents[i]
            .mentions
            .iter()
            .any(|m| matches!(doc.class(m.entity), Class::Enterprise | Class::Project))
    };
    if named(s) {
        return None;
    }
    // (The scene may be two sentences back: …车间内。一排排…运转；10条…)
    let prev = (1..=2)
        .filter_map(|back| s.checked_sub(back))
        .take_while(|&p| p >= doc.title_sents && doc.sents[p].paragraph == doc.sents[s].paragraph)
        .find(|&p| named(p))?;
    let sent = &doc.sents[prev];
    let companies: Vec<super::Mention> = sent
        .of(doc, Class::Enterprise)
        .filter(|m| !doc.nested(prev, m))
        .collect();
    let [m] = companies[..] else {
        return None;
    };
    sent.text[..]
        .contains("车间")
        .then_some(m.entity)
        .filter(|_| sent.of(doc, Class::Project).next().is_none())
}

/// The product names of sentence `s`, rule by rule in the order they run.
fn products(doc: &mut Doc, s: usize) {
    let chars = doc.sents[s].chars.clone();
    let text = doc.sents[s].text.clone();
    chemical_products(doc, s, &chars);
    byproduct_named(doc, s, &chars);
    context_products(doc, s, &chars, &text);
    output_products(doc, s, &chars, &text);
    stated_capacity_products(doc, s, &text);
    capacity_list_products(doc, s, &chars, &text);
    made_products(doc, s, &text);
    business_products(doc, s, &chars, &text);
    scene_products(doc, s, &chars);
    lexicon_products(doc, s, &chars);
}

/// True for the chars of the elements a chemical's name is made of (金 and
/// 银 are left out: 金属, 银行). A `match`, not a search of a string: it
/// runs on every char of a sentence that holds 酸 or 化.
fn is_element(c: char) -> bool {
    matches!(
        c,
        '氢' | '锂'
            | '铍'
            | '硼'
            | '碳'
            | '氮'
            | '氧'
            | '氟'
            | '钠'
            | '镁'
            | '铝'
            | '硅'
            | '磷'
            | '硫'
            | '氯'
            | '钾'
            | '钙'
            | '钛'
            | '钒'
            | '铬'
            | '锰'
            | '铁'
            | '钴'
            | '镍'
            | '铜'
            | '锌'
            | '镓'
            | '锗'
            | '砷'
            | '硒'
            | '溴'
            | '锶'
            | '锆'
            | '铌'
            | '钼'
            | '镉'
            | '铟'
            | '锡'
            | '锑'
            | '碘'
            | '钡'
            | '钨'
            | '铂'
            | '汞'
            | '铅'
            | '铋'
            | '镧'
            | '铈'
            | '钕'
    )
}

/// `product.name.chemical`: a compound named by its elements (硫酸锰,
/// 四氧化三锰, 锰酸锂, 氢氟酸): a run of elements, counts and the
/// morphemes 酸 and 化, with an element before the morpheme, ending in an
/// element or 酸. Names the lexicon knows whole, or longer, are its own.
fn chemical_products(doc: &mut Doc, s: usize, chars: &[char]) {
    // (No 酸 or 化, no compound: most sentences leave here.)
    if !chars.iter().any(|c| matches!(c, '酸' | '化')) {
        return;
    }
    let in_run = |c: char| {
        is_element(c)
            || matches!(c, '酸' | '化' | '亚' | '高' | '过' | '偏' | '次')
            || crate::text::numerals::is_han_digit(c)
    };
    let mut i = 0;
    while i < chars.len() {
        if !in_run(chars[i]) {
            i += 1;
            continue;
        }
        let end = (i..chars.len())
            .find(|&k| !in_run(chars[k]))
            .unwrap_or(chars.len());
        // (高纯|硫酸锰: the run opens at its first element or count.)
        let start = (i..end)
            .find(|&k| !matches!(chars[k], '高' | '过' | '偏' | '次' | '亚' | '化' | '酸'))
            .unwrap_or(end);
        let start = if start > i && matches!(chars[start - 1], '高' | '过' | '偏' | '次' | '亚')
        {
            start - 1
        } else {
            start
        };
        let name = &chars[start..end];
        let morpheme = name
            .iter()
            .position(|c| matches!(c, '酸' | '化'))
            .filter(|&p| name[..p].iter().any(|c| is_element(*c)));
        let closes = name.last().is_some_and(|c| is_element(*c) || *c == '酸');
        let known =
            super::names::longest_word_at(&doc.lex.product_trie, chars, start, 12, |_| true)
                .is_some_and(|n| n >= name.len());
        // (氯化|钛白: a word goes on past the run; the name is longer.)
        let cut = doc.sents[s]
            .toks
            .iter()
            .any(|t| t.start < end && end < t.end);
        if name.len() >= 3
            && morpheme.is_some()
            && closes
            && !known
            && !cut
            && !doc.sents[s].taken(start, end)
        {
            let graded = with_modifier(chars, start);
            let start = if doc.sents[s].taken(graded, start) {
                start
            } else {
                graded
            };
            doc.mention(s, start, end, Class::Product, "product.name.chemical");
        }
        i = end;
    }
}

/// Classifiers a reporter doubles to show things made one after another
/// (一台台注塑机, 一片片光学玻璃基板, 一颗颗柑橘).
const SCENE_CLASSIFIERS: &str = "台颗片根辆件箱块卷桶袋瓶枚张套";

/// `product.name.scene`: the nouns right after a doubled classifier
/// (一台台|标准化注塑机|源源不断地…) name a thing made or worked on.
fn scene_products(doc: &mut Doc, s: usize, chars: &[char]) {
    let starts: Vec<usize> = (0..chars.len().saturating_sub(3))
        .filter(|&i| {
            chars[i] == '一'
                && chars[i + 1] == chars[i + 2]
                && SCENE_CLASSIFIERS.contains(chars[i + 1])
        })
        .map(|i| i + 3)
        .collect();
    for start in starts {
        let sent = &doc.sents[s];
        let (mut from, mut end) = (start, start);
        for t in sent.toks.iter().filter(|t| t.start >= start) {
            // (A word jieba guesses only opens the name: 金属细丝|绞成线缆.)
            let noun = matches!(t.tag.as_str(), "n" | "nz" | "nt" | "vn" | "b" | "j" | "ng")
                || (t.oov && end == from);
            // (…基板|经/n全自动…: a one-char word after the name opens the
            // clause.)
            let one_char = t.end - t.start == 1 && end > from;
            if t.start != end || !noun || one_char || t.end - from > 8 {
                break;
            }
            // (标准化|注塑机: a quality before the thing is no part of it.)
            if end == from && t.end - t.start >= 2 && chars[t.end - 1] == '化' {
                from = t.end;
            }
            end = t.end;
        }
        let start = from;
        let name = sent.text(start, end);
        if end < start + 2
            || super::lists::site_machines(chars, start, end)
            || GENERIC_THINGS.contains(&name.as_str())
            || NOT_PRODUCT_ENDINGS.iter().any(|e| name.ends_with(e))
            || sent.taken(start, end)
        {
            continue;
        }
        doc.mention(s, start, end, Class::Product, "product.name.scene");
    }
}

/// A company's line of business: 以A、B的研发、生产和销售为主, 主要从事A的
/// 生产, 专注于B的研制.
static BUSINESS_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:以|主要从事|专业从事|从事|专注于|致力于)(?P<list>[\p{Han}A-Za-z0-9、和及与]{2,40}?)的(?:研发|研制|设计|生产|制造)",
    )
    .expect("static regex")
});

/// The products a company's line of business names (see [`BUSINESS_LINE`]):
/// each item, as `(start, end)` chars, and where the line starts.
fn business_items(doc: &Doc, s: usize, chars: &[char], text: &str) -> Vec<(usize, usize, usize)> {
    // (Read twice per sentence, for names and for makers: most sentences
    // hold a 的, few a 的 before the work done.)
    if !["的研", "的生产", "的制造", "的设计"]
        .iter()
        .any(|w| text.contains(w))
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    for c in BUSINESS_LINE.captures_iter(text) {
        let (Some(all), Some(list)) = (c.get(0), c.name("list")) else {
            continue;
        };
        let (ls, le) = (char_pos(text, list.start()), char_pos(text, list.end()));
        for (a, b) in split_list(chars, ls, le) {
            let name: String = chars[a..b].iter().collect();
            // (从事芯片封装/v设备的研发: a verb saying what the thing does.)
            if (2..=12).contains(&(b - a))
                && !clause_inside(doc, s, chars, a, b)
                && !GENERIC_THINGS.contains(&name.as_str())
                && !NOT_PRODUCT_ENDINGS.iter().any(|e| name.ends_with(e))
                && !doc.lex.industries.contains(&name)
            {
                out.push((a, b, char_pos(text, all.start())));
            }
        }
    }
    out
}

/// `product.name.business`: what a company's line of business names.
fn business_products(doc: &mut Doc, s: usize, chars: &[char], text: &str) {
    for (a, b, _) in business_items(doc, s, chars, text) {
        if !doc.sents[s].taken_except_places(doc, a, b) {
            doc.mention(s, a, b, Class::Product, "product.name.business");
        }
    }
}

/// `chain.produces.business`: the company whose line of business names a
/// product makes it (该公司以A的研发、生产和销售为主).
fn business_makers(doc: &mut Doc, s: usize, chars: &[char]) {
    let text = doc.sents[s].text.clone();
    for (a, b, at) in business_items(doc, s, chars, &text) {
        let product = doc.sents[s]
            .of(doc, Class::Product)
            .find(|m| m.start == a && m.end == b)
            .map(|m| m.entity);
        // (X公司成立于…,拥有A、B两家子公司。该公司以…为主: the company
        // the sentence before opened with, not the last it named.)
        let spoken_of = doc.sents[s].text.starts_with("该公司") && s > doc.title_sents;
        let opening = spoken_of
            .then(|| {
                doc.sents[s - 1]
                    .of(doc, Class::Enterprise)
                    .find(|m| m.start == 0 && !doc.nested(s - 1, m))
                    .map(|m| m.entity)
            })
            .flatten();
        let maker = opening
            .or_else(|| producer_before(doc, s, at).filter(|&m| doc.class(m) == Class::Enterprise));
        if let (Some(p), Some(m)) = (product, maker) {
            doc.relate(m, ck::PRODUCES, p, s, "chain.produces.business");
        }
    }
}

/// Words after a thing that say it is made (4条瓦楞原纸|生产线, 钾肥|生产商,
/// 人造金刚石|等产品).
pub(super) const MADE_CUES: &[&str] = &[
    "生产线",
    "生产设备",
    "生产车间",
    "生产商",
    "供应商",
    "制造商",
    "生产基地",
    "制造基地",
    "生产企业",
    "制造企业",
    "等产品",
];

/// The sentences that hold a [`MADE_CUES`] word.
const MADE: super::Mask = super::triggers(MADE_CUES);

/// Cues that make things only as what a company is said to be (E是…X生产
/// 企业), or, for a base, where [`base_of_things`] frames it; elsewhere
/// X生产基地 names a project.
const SAID_OF_A_COMPANY: &[&str] = &["生产基地", "制造基地", "生产企业", "制造企业"];

/// Bases, of the [`SAID_OF_A_COMPANY`] cues.
const BASES: &[&str] = &["生产基地", "制造基地"];

/// Words of the kind of base between the things made and the base's word
/// (塑料薄膜|智能制造基地, 净化处理设备|研发制造基地).
const BASE_KINDS: &[&str] = &["智能", "研发"];

/// Words of manner or size opening the nouns before a cue, no part of the
/// product's name (全自动|兽药中间体).
const MADE_MODIFIERS: &[&str] = &[
    "全自动",
    "自动化",
    "智能化",
    "全套",
    "相应",
    "配套",
    "大型",
    "小型",
    "国内",
];

/// `product.name.made`: the nouns before a word saying they are made
/// (兽药中间体及制剂生产设备, 温控器供应商, 人造金刚石等产品), each of a
/// pair joined by 及 or 和.
fn made_products(doc: &mut Doc, s: usize, text: &str) {
    if !doc.sents[s].has_any(MADE) {
        return;
    }
    let mut cues: Vec<usize> = Vec::new();
    for c in MADE_CUES {
        for (at, _) in text.match_indices(c) {
            let end = char_pos(text, at);
            // (E是全球最大的人造丝生产基地: a base makes what it names only
            // as what a company is, or as a base of things: 最大的X生产基地,
            // 建设X生产基地; X生产基地 of a name is a project's.)
            if !SAID_OF_A_COMPANY.contains(c) || is_what_e_is(&text[..at]) {
                cues.push(end);
            } else if let Some(end) = BASES
                .contains(c)
                .then(|| base_of_things(doc, s, end))
                .flatten()
            {
                cues.push(end);
            }
        }
    }
    for end in cues {
        made_before(doc, s, end);
    }
    // (铝合金棒、铝板带、合金导线等产品: every item of the list.)
    for (at, _) in text.match_indices("等产品") {
        let mut end = char_pos(text, at);
        loop {
            let start = made_start(doc, s, end);
            if start == 0 || start == end || doc.sents[s].chars[start - 1] != '、' {
                break;
            }
            end = start - 1;
            made_before(doc, s, end);
        }
    }
}

/// Where the things a base makes end when the base is framed as a base of
/// things (全球最大的X生产基地, 将建设X生产基地, X、Y生产基地), not named
/// after its owner or place: `end` is where the base's word starts.
fn base_of_things(doc: &Doc, s: usize, end: usize) -> Option<usize> {
    let chars = &doc.sents[s].chars;
    let end = BASE_KINDS
        .iter()
        .find(|w| crate::text::chars_end_with(&chars[..end], w))
        .map_or(end, |w| end - w.chars().count());
    let start = made_start(doc, s, end);
    let before = &chars[..start];
    let framed = matches!(before.last(), Some('的' | '、'))
        || super::project::BUILD_VERBS
            .iter()
            .any(|v| crate::text::chars_end_with(before, v));
    let named = doc.sents[s]
        .mentions
        .iter()
        .any(|m| m.start < end && start < m.end);
    (start + 2 <= end && framed && !named).then_some(end)
}

/// `product.name.market-share`, `chain.produces.market-share`: what a
/// company holds a share of a market with (E X占省内80%市场份额, E A、B分别
/// 占国际市场20%、40%市场份额): the nouns between the company and 占 name
/// what it makes. The company is one read before in the clause, else the
/// clause opens with its short name (昆明南疆制药|大容量注射剂占…:
/// `enterprise.name.market-share`, up to its first business word).
fn market_share(doc: &mut Doc, s: usize, chars: &[char]) {
    let text = &doc.sents[s].text;
    if !text.contains("市场份额") && !text.contains("市场占有率") {
        return;
    }
    let shares: Vec<usize> = (1..chars.len()).filter(|&i| chars[i] == '占').collect();
    for at in shares {
        // The share closes the clause 占 opens (占国内市场90%市场份额).
        let (cstart, cend) = clause(chars, at);
        let share: String = chars[at..cend].iter().collect();
        if !share.contains("市场份额") && !share.contains("市场占有率") {
            continue;
        }
        let read = doc.sents[s]
            .of(doc, Class::Enterprise)
            .filter(|m| m.start >= cstart && m.end + 2 <= at)
            .last()
            .map(|m| (m.entity, m.end));
        let Some((e, from)) = read.or_else(|| share_holder(doc, s, cstart, at)) else {
            continue;
        };
        let end = if crate::text::chars_end_with(&chars[..at], "分别") {
            at - 2
        } else {
            at
        };
        let mut a = from;
        for b in (from..=end).filter(|&i| i == end || chars[i] == '、') {
            share_product(doc, s, e, (a, b));
            a = b + 1;
        }
    }
}

/// The company a clause opens with by its short name, up to its first
/// business word (云南瑞宝|生物, 岚州|钨业), before what it holds a share
/// with (at least two chars before `at`).
fn share_holder(doc: &mut Doc, s: usize, cstart: usize, at: usize) -> Option<(usize, usize)> {
    let chars = &doc.sents[s].chars;
    let k = (cstart + 4..=(cstart + 8).min(at.saturating_sub(2)))
        .find(|&k| super::enterprise::core_start(doc, chars, k).is_some_and(|c| c >= cstart + 2))?;
    let han = chars[cstart..k].iter().all(|c| crate::text::is_han(*c));
    if !han || doc.sents[s].taken_except_places(doc, cstart, k) {
        return None;
    }
    let e = doc.mention(
        s,
        cstart,
        k,
        Class::Enterprise,
        "enterprise.name.market-share",
    )?;
    Some((e, k))
}

/// One thing company `e` holds a share with, the chars `a..b`.
fn share_product(doc: &mut Doc, s: usize, e: usize, (a, b): (usize, usize)) {
    let name = doc.sents[s].text(a, b);
    let named = (2..=12).contains(&b.saturating_sub(a))
        && name
            .chars()
            .all(|c| crate::text::is_han(c) || c.is_ascii_alphanumeric())
        && !doc.lex.anaphors.contains(&name);
    // (醋酸钙|制剂: a known product inside the name is the name's.)
    let entities = &doc.entities;
    let only_inner = doc.sents[s]
        .mentions
        .iter()
        .filter(|m| m.start < b && a < m.end)
        .all(|m| entities.get(m.entity).class == Class::Product && a <= m.start && m.end <= b);
    if !(named && only_inner) {
        return;
    }
    doc.sents[s]
        .mentions
        .retain(|m| !(a <= m.start && m.end <= b && m.end - m.start < b - a));
    if let Some(p) = doc.mention(s, a, b, Class::Product, "product.name.market-share") {
        doc.relate(e, ck::PRODUCES, p, s, "chain.produces.market-share");
    }
}

/// True when the clause ending `before` says what something is (E是…).
fn is_what_e_is(before: &str) -> bool {
    let clause = before
        .rsplit(['，', ',', '。', '；'])
        .next()
        .unwrap_or(before);
    clause.contains('是')
}

/// `chain.produces.made`: who makes what a line, a plant or a maker makes
/// (see [`made_products`]): the subject of 是 before a maker's word
/// (史丹利是国内大型X生产商), the line's project or company before a line.
fn made_by(doc: &mut Doc, s: usize) {
    if !doc.sents[s].has_any(MADE) {
        return;
    }
    let text = doc.sents[s].text.clone();
    for cue in MADE_CUES.iter().filter(|c| **c != "等产品") {
        for (at, _) in text.match_indices(cue) {
            let end = char_pos(&text, at);
            let start = made_start(doc, s, end);
            let made: Vec<usize> = doc.sents[s]
                .of(doc, Class::Product)
                .filter(|m| m.start >= start && m.end <= end)
                .map(|m| m.entity)
                .collect();
            let maker_at = if names::MAKER_WORDS.contains(cue) || SAID_OF_A_COMPANY.contains(cue) {
                doc.sents[s].chars[..end].iter().rposition(|c| *c == '是')
            } else {
                Some(end)
            };
            // (饮水机制造商|艾迪卫环保科技公司: the company named right
            // after a maker's word is the maker.)
            let cue_end = end + cue.chars().count();
            let named_after = names::MAKER_WORDS
                .contains(cue)
                .then(|| {
                    doc.sents[s]
                        .of(doc, Class::Enterprise)
                        .find(|m| m.start == cue_end)
                        .map(|m| m.entity)
                })
                .flatten();
            let maker = named_after.or_else(|| maker_at.and_then(|at| producer_before(doc, s, at)));
            for x in made {
                if let Some(m) = maker.filter(|&m| m != x) {
                    doc.relate(m, ck::PRODUCES, x, s, "chain.produces.made");
                }
            }
        }
    }
}

/// The products named right before char `end` (see [`made_products`]),
/// added as mentions.
fn made_before(doc: &mut Doc, s: usize, end: usize) {
    let start = made_start(doc, s, end);
    let chars = &doc.sents[s].chars;
    let mut parts = Vec::new();
    let mut a = start;
    for i in start..=end {
        if i == end || matches!(chars[i], '及' | '和') {
            parts.push((a, i));
            a = i + 1;
        }
    }
    for (a, b) in parts {
        let sent = &doc.sents[s];
        // (饮片及|部分/各类中药制剂: a share of the things made, no name's.)
        let head = sent.text(a, b);
        let a = ["部分", "各类", "多种", "各种"]
            .iter()
            .find(|w| head.starts_with(*w))
            .map_or(a, |w| a + w.chars().count());
        let name = sent.text(a, b);
        let generic = [
            "企业", "公司", "产品", "设备", "项目", "工业", "行业", "加工", "制造", "生产",
        ]
        .iter()
        .any(|g| name.ends_with(g))
            // (作为X的战略供应商: a standing, not a thing made.)
            || ["战略", "核心", "重要", "主要", "优质", "一级", "合格", "长期"]
                .contains(&name.as_str());
        if b < a + 2
            || generic
            || sent.taken_except_places(doc, a, b)
            || doc.lex.anaphors.contains(&name)
            // (新材料|制造企业: a trade, no thing made.)
            || doc.lex.industries.contains(&name)
        {
            continue;
        }
        doc.mention(s, a, b, Class::Product, "product.name.made");
    }
}

/// Where the nouns naming what is made before char `end` start (4条|瓦楞
/// 原纸, 全自动|兽药中间体及制剂, 后加工|软抽面巾纸).
fn made_start(doc: &Doc, s: usize, end: usize) -> usize {
    let sent = &doc.sents[s];
    let mut start = end;
    let toks: Vec<&super::Tok> = sent.toks.iter().filter(|t| t.end <= end).collect();
    for (i, t) in toks.iter().enumerate().rev() {
        let word = sent.text(t.start, t.end);
        // (4条|瓦楞原纸: a measure word after a number is no name's.)
        let measure = t.end - t.start == 1 && i > 0 && toks[i - 1].tag.as_str().starts_with('m');
        // (生活/vn|用纸, 软/a|抽/v|面巾纸, 新/a|材料: words of a name
        // jieba reads as verbs or adjectives; 后加工 is a process.)
        let one = t.end - t.start == 1;
        let modifier = (t.tag.as_str() == "vn"
            && !["加工", "生产", "建设", "制造"].contains(&word.as_str()))
            || (one && matches!(t.tag.as_str(), "a" | "v"));
        // (光伏|逆变器/l: a set phrase of three chars is a term, not an
        // idiom's four.)
        let phrase = t.tag.as_str() == "l" && t.end - t.start == 3;
        // (铝合金|棒/zg: a one-char morpheme closing a noun is the noun's.)
        let morpheme =
            one && t.tag.as_str() == "zg" && i > 0 && toks[i - 1].tag.as_str().starts_with('n');
        let noun = !measure
            && (matches!(t.tag.as_str(), "n" | "nz" | "ng" | "j" | "eng")
                || morpheme
                || t.oov
                || phrase
                || (modifier && start < end));
        let joins = one && matches!(sent.chars[t.start], '及' | '和');
        if t.end != start
            || !(noun || joins)
            || MADE_MODIFIERS.contains(&word.as_str())
            || end - t.start > 16
        {
            break;
        }
        start = t.start;
    }
    // (A name opens with no verb: 抽|面巾纸.)
    let start = match sent.toks.iter().find(|t| t.start == start && t.end < end) {
        Some(t) if t.tag.as_str().starts_with('v') && t.tag.as_str() != "vn" => t.end,
        _ => start,
    };
    counted_line_start(&sent.chars, end)
        .filter(|&a| a < start)
        .unwrap_or(start)
}

/// Where the name of what a counted line makes starts (10条|均粒树脂|生产线,
/// 7条|大孔吸附树脂|生产线): after the number and its measure word, the
/// Han words up to the line are its name, however jieba cut them (条均/d,
/// 条大孔/n).
fn counted_line_start(chars: &[char], end: usize) -> Option<usize> {
    let from = end.saturating_sub(10);
    let at = (from..end.saturating_sub(2))
        .rev()
        .find(|&i| i > 0 && chars[i - 1].is_ascii_digit() && "条套台座".contains(chars[i]))?;
    chars[at + 1..end]
        .iter()
        .all(|c| crate::text::is_han(*c))
        .then_some(at + 1)
}

/// A capacity or output stated for a thing (电解镍产能达43万吨, 粗铜产能将
/// 突破300万吨, 动力电池年产能已达4万台, X的产能达到…, X总产量是…), or
/// ranked (X产能全球第一), or its change told (阴极铜产量由94万吨提高到…):
/// the words before 产能 or 产量, then an amount or a rank.
static STATED_CAPACITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"的?总?(?:产能|产量)(?:是|已|将|可|预计)?(?:达到|达|突破|超过|超|为|约|近|由)?{}|的?产能(?:居|位居|稳居)?(?:全球|全国|全省|世界)第一",
        super::quantity::NUMBER
    ))
    .expect("static regex")
});

/// `product.name.capacity-stated`: the nouns right before a stated
/// capacity name a product, unless they name a process or a trade
/// (铝深加工产能, 光伏制造产能).
fn stated_capacity_products(doc: &mut Doc, s: usize, text: &str) {
    let gate = text.contains("产能") || text.contains("产量");
    let ends: Vec<usize> = super::gated(&STATED_CAPACITY, text, gate)
        .filter_map(|c| c.get(0).map(|m| char_pos(text, m.start())))
        .collect();
    for end in ends {
        let sent = &doc.sents[s];
        // (动力电池|年产能已达4万台, 电芯年/n|产能: the capacity per year.)
        let year = end > 2 && sent.chars[end - 1] == '年';
        let stop = end;
        let end = end - usize::from(year);
        // (铜材|加工|产量: the output of working a known product names it.)
        let worked = !year && end >= 4 && crate::text::chars_end_with(&sent.chars[..end], "加工");
        let (end, stop) = if worked {
            (end - 2, end - 2)
        } else {
            (end, stop)
        };
        let mut start = end;
        for t in sent.toks.iter().rev().filter(|t| t.end <= stop) {
            // (多晶硅/nz|料/v|产能: a char jieba reads as a verb may end
            // the name.)
            let last_char = t.end == end && t.start + 1 == end && t.tag.starts_with('v');
            let noun =
                matches!(t.tag.as_str(), "n" | "nz" | "b" | "j" | "ng") || t.oov || last_char;
            // (该公司|硅碳负极: a generic name (the lexicon's anaphors: 公司,
            // 项目, 园区…) is no part of it.)
            let kind = doc.lex.anaphors.contains(&sent.text(t.start, t.end));
            let glued_year = year && start == end && t.end == stop;
            if glued_year && t.start == end {
                continue;
            }
            if (t.end != start && !glued_year) || !noun || kind || end - t.start > 6 {
                break;
            }
            start = t.start;
        }
        // (氯化钛白|单体产能: one line's capacity, no part of the name.)
        let end = if sent.text(start, end).ends_with("单体") {
            end - 2
        } else {
            end
        };
        let name = sent.text(start, end);
        if worked && !doc.lex.products.contains_key(&name) {
            continue;
        }
        let process = [
            "加工", "制造", "产业", "行业", "工业", "生产", "企业", "总", "新增", "年",
            // (一年时间|的产能: a span of time, no thing made.)
            "时间", "期间",
        ]
        .iter()
        .any(|w| name.ends_with(w) || name.starts_with(w));
        if end - start < 2 || process || sent.taken(start, end) || doc.lex.anaphors.contains(&name)
        {
            continue;
        }
        doc.mention(
            s,
            start,
            end,
            Class::Product,
            "product.name.capacity-stated",
        );
    }
}

/// One item of a list of capacities: the thing and its amount, either
/// way round (焦炭670万吨, 煤焦油加工60万吨; 600万米管桩).
static CAPACITY_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    const AMOUNT: &str =
        r"\d+(?:\.\d+)?(?:万|亿)?(?:吨|重箱|平方米|立方米|米|台|套|辆|件|只|片|支|千瓦)";
    Regex::new(&format!(
        r"^(?:(?P<a>\p{{Han}}{{2,10}}?)(?:加工|生产)?{AMOUNT}|{AMOUNT}(?P<b>\p{{Han}}{{2,10}}))$"
    ))
    .expect("static regex")
});

/// `product.name.capacity-list`: a list of capacities (已形成焦炭670万吨,
/// 煤焦油加工60万吨…及600万米管桩的产能) names each thing made; two items
/// at least, in a sentence about 产能, none a figure of area, money or
/// output.
fn capacity_list_products(doc: &mut Doc, s: usize, chars: &[char], text: &str) {
    if !text.contains("产能") && !text.contains("年产") {
        return;
    }
    const FIGURES: &[&str] = &[
        "面积", "投资", "产值", "收入", "利税", "税收", "产能", "产量", "规模", "能力", "总量",
        "用地", "占地", "年产", "营收",
    ];
    let mut found = Vec::new();
    let mut a = 0;
    for i in 0..=chars.len() {
        let cut = i == chars.len()
            || matches!(
                chars[i],
                '，' | ',' | '、' | '；' | ';' | '及' | '和' | '。'
            );
        if !cut {
            continue;
        }
        let mut from = a;
        a = i + 1;
        let piece: String = chars[from..i].iter().collect();
        // (已形成|焦炭…: the verb opening the list; …微细粉|的产能集聚区.)
        if let Some(v) = ["已形成", "形成", "拥有", "具备"]
            .iter()
            .find_map(|v| piece.find(v).map(|p| p + v.len()))
        {
            from += piece[..v].chars().count();
        }
        // (建设年产|镁砖6万吨，不定型耐火材料15万吨: the amount per year
        // opening the list; not 年产能, 年产值, 年产量.)
        if let Some(v) = piece
            .match_indices("年产")
            .map(|(p, w)| p + w.len())
            .find(|&v| !piece[v..].starts_with(['能', '值', '量']))
        {
            from = from.max(i - piece[v..].chars().count());
        }
        let to = chars[from..i]
            .iter()
            .position(|c| *c == '的')
            .map_or(i, |p| from + p);
        let item: String = chars[from..to].iter().collect();
        let Some(c) = CAPACITY_ITEM.captures(&item) else {
            continue;
        };
        let Some(m) = c.name("a").or_else(|| c.name("b")) else {
            continue;
        };
        let start = from + item[..m.start()].chars().count();
        found.push((start, start + m.as_str().chars().count()));
    }
    if found.len() < 2 {
        return;
    }
    for (a, b) in found {
        let name = doc.sents[s].text(a, b);
        // (浮法玻璃/l: one fixed phrase, a noun here; 电缆, a business
        // word too, is a product the lexicon knows.)
        let phrase = doc.sents[s]
            .toks
            .iter()
            .any(|t| t.start == a && t.end == b && t.tag.as_str() == "l")
            || doc.lex.products.contains_key(&name);
        if FIGURES.iter().any(|w| name.contains(w))
            || GENERIC_THINGS.contains(&name.as_str())
            || doc.sents[s].taken(a, b)
            || !(phrase || super::project_name::is_product(doc, s, a, b))
        {
            continue;
        }
        doc.mention(s, a, b, Class::Product, "product.name.capacity-list");
    }
}

/// `product.name.context`: products a cue names in a list (主产品为…,
/// 以…为原料, …等碳材料, 从X到Y), known or not.
fn context_products(doc: &mut Doc, s: usize, chars: &[char], text: &str) {
    // Products the context names (主产品为…, 以…为原料), known or not.
    // A list after 以 or 延伸 counts only before a role (为原料…): without
    // another cue or a role word, no match would count.
    let gate = doc.sents[s].has_any(PRODUCT_CUES) && doc.sents[s].has_any(PRODUCT_CUES_OR_ROLES);
    let class_gate = text.contains('等')
        && doc.sents[s].has_any(CLASS_LIST_AND)
        && doc.sents[s].has_any(CLASS_LIST_WORDS);
    // (主要产品有A、B: a list a main product's cue opens names things
    // made even where jieba reads a verb inside a name, 触控/v|一体机.)
    let mut main = Vec::new();
    let lists: Vec<(usize, usize)> = super::gated(&PRODUCT_LIST, text, gate)
        .filter_map(|c| {
            // (研发的|专利|产品扰性线路板成功: the quality of the product
            // named after it.)
            let c = match c.name("list") {
                Some(l)
                    if ["专利", "拳头", "明星", "新"].contains(&l.as_str())
                        && text[l.end()..].starts_with("产品") =>
                {
                    PRODUCT_LIST.captures_at(text, l.start())?
                }
                _ => c,
            };
            let m = c.name("list")?;
            let cue = c.get(0)?.as_str();
            if MAIN_PRODUCT_CUES.iter().any(|w| cue.starts_with(w)) {
                main.push(char_pos(text, m.start()));
            }
            // 以…为原料 / 以…为主产品 are product contexts; a bare 以 is not.
            // (推介会上: a meeting, nothing promoted.)
            if cue.starts_with("推介") && m.as_str().starts_with('会') {
                return None;
            }
            let needs_role = cue.starts_with('以') || cue.starts_with("延伸");
            let ok = !needs_role
                || ["为主产品", "为原料", "为原材料", "为核心器件", "为核心部件"]
                    .iter()
                    .any(|r| cue.ends_with(r));
            ok.then_some(m)
        })
        // 发展超高功率电极、锂电池负极等碳材料: a list closed by a class of
        // things made names products; so do the ends of a chain (形成从光伏
        // 玻璃、电池片到光伏组件的完整产业链).
        .chain(super::gated(&CLASS_LIST, text, class_gate).filter_map(|c| c.name("list")))
        .chain(
            super::gated(&FROM_TO, text, text.contains('从') && text.contains('到'))
                .flat_map(|c| [c.name("from"), c.name("to")])
                .flatten(),
        )
        .map(|m| (char_pos(text, m.start()), char_pos(text, m.end())))
        .collect();
    for (ls, le) in lists {
        for (a, b) in split_list_dash(chars, ls, le) {
            let b = before_clause_verb(&doc.sents[s], a, b);
            let verb = !main.contains(&ls)
                && doc.sents[s].toks.iter().any(|t| {
                    t.start >= a
                        && t.end <= b
                        && t.end - t.start >= 2
                        && t.tag.starts_with('v')
                        && t.tag != "vn"
                });
            // 烯烃类深加工…: the class word ends the product name, unless a
            // product follows it (头孢类|中间体).
            let b = chars[a..b]
                .iter()
                .position(|c| *c == '类')
                .map(|p| a + p)
                .filter(|&k| {
                    let rest: String = chars[k + 1..b].iter().collect();
                    !doc.lex.products.contains_key(&rest)
                })
                .unwrap_or(b);
            let name: String = chars[a..b].iter().collect();
            if verb || name.ends_with("加工") || no_things_name(doc, s, (a, b), &name) {
                continue;
            }
            doc.mention(s, a, b, Class::Product, "product.name.context");
        }
    }
}

/// `product.name.context`: what a process yields (生产X和Y), the amount
/// before it (5兆瓦以上…) cut off.
/// The spans a process yields in sentence `s` (生产X和Y), each with
/// whether its verb is a weak one (得到, 产出: known products only).
fn output_spans(doc: &Doc, s: usize, chars: &[char], text: &str) -> Vec<(usize, usize, bool)> {
    let gate = doc.sents[s].has_any(OUTPUT_VERBS);
    // (生产线正加紧生产|光伏产品: after a 生产 that takes no object, the
    // search goes on from the word after it, not past its clause.)
    let mut matches = Vec::new();
    let mut pos = 0;
    while let Some(c) = gate.then(|| OUTPUT.captures_at(text, pos)).flatten() {
        let (Some(all), Some(verb)) = (c.get(0), c.name("verb")) else {
            break;
        };
        if is_output(text, &c) {
            pos = all.end();
            matches.push(c);
        } else {
            pos = verb.end();
        }
    }
    matches
        .into_iter()
        .filter_map(|c| {
            let verb = c.name("verb")?;
            // In a process from a feedstock (以X为原料，经…得到Y) what is
            // obtained is a product even when the lexicon does not know it.
            let weak =
                WEAK_OUTPUT.contains(&verb.as_str()) && !text[..verb.start()].contains("为原料");
            let m = c.name("list")?;
            let (ls, le) = (char_pos(text, m.start()), char_pos(text, m.end()));
            // 生产高质量的|活性干酵母: a quality before 的, the thing after it.
            let quality = chars.get(le) == Some(&'的')
                && QUALITIES
                    .iter()
                    .any(|q| crate::text::chars_end_with(&chars[ls..le], q));
            if quality {
                let end = chars[le + 1..]
                    .iter()
                    .position(|c| "，。；,;：等的".contains(*c))
                    .map_or(chars.len(), |p| le + 1 + p);
                return (end - le - 1 <= 16).then_some((le + 1, end, weak));
            }
            // 所生产的|薯制品|还将出口东南亚、日韩地区…: the thing made is the
            // nouns right after 的; the words after them say where it goes.
            if chars.get(ls) == Some(&'的') {
                let mut end = ls + 1;
                for t in doc.sents[s]
                    .toks
                    .iter()
                    .filter(|t| t.start > ls && t.end <= le)
                {
                    let noun = t.tag.starts_with('n') || matches!(t.tag.as_str(), "vn" | "b" | "j");
                    if t.start != end || !noun {
                        break;
                    }
                    end = t.end;
                }
                return (end > ls + 1).then_some((ls + 1, end, weak));
            }
            Some((ls, le, weak))
        })
        .collect()
}

/// True when `name`, read at `a..b` of sentence `s` as a thing a context
/// makes, names none: too short, an ending that is no thing (生产线, 仓库),
/// companies (配套目标企业17家), a copula's clause (试生产的是|其中一条…), a
/// statement, words of another name, or an anaphor. One test for both
/// context readers.
fn no_things_name(doc: &Doc, s: usize, (a, b): (usize, usize), name: &str) -> bool {
    b < a + 2
        || NOT_PRODUCT_ENDINGS.iter().any(|e| name.ends_with(e))
        // (生产的|产品: a generic word; 从生产|到销售: a span's end; …的其他
        // 农产品: the rest of some things, none named.)
        || GENERIC_THINGS.contains(&name)
        || name.starts_with(['到', '从', '向'])
        || name.contains("其他")
        || name.contains("企业")
        || name.starts_with('是')
        || super::project_name::states(&doc.sents[s], a, b)
        || doc.sents[s].taken_except_places(doc, a, b)
        || doc.lex.anaphors.contains(name)
}

fn output_products(doc: &mut Doc, s: usize, chars: &[char], text: &str) {
    // What a process yields (生产X和Y), after its amount (5兆瓦以上…).
    let outs = output_spans(doc, s, chars, text);
    for (ls, le, weak) in outs {
        for (a, b) in split_list(chars, ls, le) {
            let item: String = chars[a..b].iter().collect();
            let skip = AMOUNT_PREFIX
                .find(&item)
                .map_or(0, |m| item[..m.end()].chars().count());
            let a = a + skip;
            // (生产有机原料|精对苯二甲酸.)
            let a = super::project_name::after_material_class(doc, chars, a, b);
            let item: String = chars[a.min(b)..b].iter().collect();
            let b = b - AMOUNT_SUFFIX
                .find(&item)
                .map_or(0, |m| item[m.start()..].chars().count());
            let b = before_clause_verb(&doc.sents[s], a, b);
            // (生产水性树脂|以满足…: a preposition opening the next clause.)
            let b = if b > a && matches!(chars[b - 1], '以' | '为') {
                b - 1
            } else {
                b
            };
            // (粉煤灰生产氧化铝|产业化的技术: making X at scale makes X.)
            let b = if b >= a + 5 && crate::text::chars_end_with(&chars[..b], "产业化") {
                b - 3
            } else {
                b
            };
            let name: String = chars[a.min(b)..b].iter().collect();
            let verb = clause_inside(doc, s, chars, a, b);
            let not_product = GENERIC_THINGS.contains(&name.as_str())
                || CLAUSE_VERBS.iter().any(|v| name.starts_with(v))
                || (doc.lex.industries.contains(&name) && !doc.lex.products.contains_key(&name))
                || (weak && !doc.lex.products.contains_key(&name));
            if verb || not_product || no_things_name(doc, s, (a, b), &name) {
                continue;
            }
            doc.mention(s, a, b, Class::Product, "product.name.context");
        }
    }
}

/// True when a verb or an adverb inside `a..b` opens a clause there, so
/// the words name no thing made; verbs that say what a thing does
/// (氧化/v|镨钕, 牵引/v|变流器, 活性炭|吸附/v|设备) do not.
fn clause_inside(doc: &Doc, s: usize, chars: &[char], a: usize, b: usize) -> bool {
    // 氧化/v|镨钕, 碳化/v|硅: a …化 word opening a name is chemistry;
    // 牵引/v|变流器/n, 驱动/v|电机/n: a verb before one noun names
    // what the thing does (not 销售|汽车, a clause).
    let toks: Vec<_> = doc.sents[s]
        .toks
        .iter()
        .filter(|t| t.start >= a && t.end <= b)
        .collect();
    let clause_verb = |t: &crate::extract::Tok| {
        CLAUSE_VERBS.contains(&chars[t.start..t.end].iter().collect::<String>().as_str())
    };
    let modifier = |t: &crate::extract::Tok| {
        t.start == a
            && t.end < b
            && (chars[t.end - 1] == '化'
                || (toks.len() == 2
                    && toks[1].tag.starts_with('n')
                    && toks[1].end - toks[1].start >= 2
                    && !clause_verb(t)))
    };
    // 活性炭/n|吸附/v|设备/vn: a verb between the nouns of one name
    // says what the thing does too.
    let inner = |t: &crate::extract::Tok| {
        let Some(k) = toks.iter().position(|x| x.start == t.start) else {
            return false;
        };
        k >= 1
            && k + 2 == toks.len()
            && toks[..k].iter().all(|x| x.tag.starts_with('n'))
            && (toks[k + 1].tag.starts_with('n') || toks[k + 1].tag == "vn")
            && toks[k + 1].end - toks[k + 1].start >= 2
            && !clause_verb(t)
    };
    // (生产机正|快速/d|运转, 乘用车|已/d|突破: an adverb inside
    // opens a clause.)
    toks.iter().any(|t| {
        (t.end - t.start >= 2
            && ((t.tag.starts_with('v') && t.tag != "vn" && !modifier(t) && !inner(t))
                || (t.tag.as_str() == "d" && !t.oov)))
            || (t.start > a && t.tag.as_str() == "d" && !t.oov)
    })
}

/// `product.name.context` again and `product.name.lexicon`: a product the
/// article named before, else a known product, at word boundaries.
fn lexicon_products(doc: &mut Doc, s: usize, chars: &[char]) {
    // Known products at word boundaries, longest match first, with a
    // modifier that belongs to the name (热轧|H型钢).
    let (starts, _) = doc.sents[s].token_bounds();
    let starts = |i: usize| starts.get(i).copied().unwrap_or(false);
    // A product the article named from its context before (生产番茄酱…，
    // 番茄酱生产中…) is that product again, not the known word inside it.
    let named: Vec<Vec<char>> = doc
        .entities
        .iter()
        .filter(|(_, e)| e.class == Class::Product && e.rule == "product.name.context")
        .map(|(_, e)| e.label.chars().collect())
        .collect();
    let mut i = 0;
    while i < chars.len() {
        if !starts(i) {
            i += 1;
            continue;
        }
        let again = named
            .iter()
            .filter(|n| chars[i..].starts_with(n))
            .map(|n| n.len())
            .max();
        let known = super::names::longest_word_at(&doc.lex.product_trie, chars, i, 10, |_| true);
        if let Some(n) = again.filter(|&n| n > known.unwrap_or(0)) {
            if !doc.sents[s].taken(i, i + n) {
                doc.mention(s, i, i + n, Class::Product, "product.name.context");
                i += n;
                continue;
            }
        }
        // (硫酸法|钛白: a product and 法 name a process, not the product.)
        let process = |n: usize| chars.get(i + n) == Some(&'法');
        match known {
            Some(n) if starts(i) && !doc.sents[s].taken(i, i + n) && !process(n) => {
                let start = with_modifier(chars, i);
                let start = if doc.sents[s].taken(start, i) {
                    i
                } else {
                    start
                };
                doc.mention(s, start, i + n, Class::Product, "product.name.lexicon");
                i += n;
            }
            _ => i += 1,
        }
    }
}

/// Products known only from the lexicon and in no relation are words in
/// passing (汽车制造, 特钢企业), not products the text states.
pub(crate) fn drop_passing_products(doc: &mut Doc) {
    let related: std::collections::HashSet<usize> = doc
        .facts
        .iter()
        .flat_map(|f| {
            let o = match f.value {
                super::Value::Entity(o) => Some(o),
                _ => None,
            };
            std::iter::once(f.subject).chain(o)
        })
        .collect();
    let entities = &doc.entities;
    for sent in &mut doc.sents {
        sent.mentions.retain(|m| {
            let e = entities.get(m.entity);
            e.class != Class::Product
                || e.rule != "product.name.lexicon"
                || related.contains(&m.entity)
        });
    }
}

/// Products listed right after `at` (为/有/是 skipped), joined by 、和及与.
fn listed_after(doc: &Doc, s: usize, at: usize) -> Vec<usize> {
    let chars = &doc.sents[s].chars;
    let mut pos = at;
    while pos < chars.len() && matches!(chars[pos], '为' | '有' | '是' | '包' | '括') {
        pos += 1;
    }
    let mut out = Vec::new();
    loop {
        let Some(m) = doc.sents[s]
            .of(doc, Class::Product)
            .find(|m| m.start == pos)
        else {
            break;
        };
        out.push(m.entity);
        match chars.get(m.end) {
            Some('、' | '和' | '及' | '与') => pos = m.end + 1,
            _ => break,
        }
    }
    out
}

/// One-char words that open a clause (经精制, 可用于), which jieba may tag
/// as nouns or glue to the word before.
const FUNCTION_CHARS: &[char] = &[
    '经', '可', '被', '将', '用', '再', '则', '也', '均', '都', '还', '又', '并',
];

/// 副产品番茄皮渣经发酵后…: the name right after 副产品 (副产品为… is a
/// list, read with the other lists) is a product, known or not: the nouns
/// (and words jieba does not know) that follow, without a function char
/// jieba's guesser glued to the last one (皮渣经/n).
fn byproduct_named(doc: &mut Doc, s: usize, chars: &[char]) {
    if !doc.sents[s].text.contains("副产") {
        return;
    }
    let mut from = 0;
    // (副产物 says the same as 副产品.)
    while let Some(p) = find(chars, "副产品", from).or_else(|| find(chars, "副产物", from)) {
        let a = p + 3;
        from = a;
        if matches!(chars.get(a), Some('为' | '有' | '主' | '包' | '等' | '和')) {
            continue;
        }
        let function = |c: char| FUNCTION_CHARS.contains(&c);
        let mut b = a;
        for t in doc.sents[s].toks.iter().filter(|t| t.start >= a) {
            let noun = t.tag.starts_with('n') || t.oov;
            let one_function_char = t.end - t.start == 1 && function(chars[t.start]);
            if t.start != b || !noun || one_function_char || t.end - a > 8 {
                break;
            }
            b = t.end;
        }
        while b > a && function(chars[b - 1]) {
            b -= 1;
        }
        if b >= a + 2 && !doc.sents[s].taken(a, b) {
            doc.mention(s, a, b, Class::Product, "product.name.context");
        }
    }
}

fn products_in(doc: &Doc, s: usize, from: usize, to: usize) -> Vec<usize> {
    doc.sents[s]
        .of(doc, Class::Product)
        .filter(|m| m.start >= from && m.end <= to)
        .map(|m| m.entity)
        .collect()
}

fn find(text: &[char], pat: &str, from: usize) -> Option<usize> {
    let n = pat.chars().count();
    let first = pat.chars().next()?;
    (from..text.len().saturating_sub(n - 1))
        .find(|&i| text[i] == first && text[i..i + n].iter().copied().eq(pat.chars()))
}

// Clauses are cut the same way in every family.
use super::enterprise::clause_of as clause;

/// What a paragraph has said so far, read by the chain rules of its later
/// sentences.
#[derive(Default)]
struct Para {
    /// The product the paragraph is about (主产品为X, or the first made).
    main_product: Option<usize>,
    /// What feeds what follows (以X为原料).
    feedstocks: Vec<usize>,
    /// The chain a sentence opened with (清洁能源链条以…).
    chain: Option<usize>,
}

/// The chain rules of each sentence, in the order they run; what a
/// paragraph said (its main product, feedstocks and chain) carries to its
/// later sentences.
pub(crate) fn relations(doc: &mut Doc) {
    let mut para = usize::MAX;
    let mut st = Para::default();
    for s in doc.title_sents..doc.sents.len() {
        if doc.sents[s].paragraph != para {
            para = doc.sents[s].paragraph;
            st = Para::default();
        }
        let chars = doc.sents[s].chars.clone();
        let mentions: Vec<Mention> = doc.sents[s].mentions.clone();
        // A sentence opening with a chain makes it the subject (清洁能源链条以…).
        if let Some(m) = mentions
            .iter()
            .find(|m| m.start <= 1 && doc.class(m.entity) == Class::Industry)
        {
            st.chain = Some(m.entity);
        }
        feedstock_roles(doc, s, &chars, &mut st);
        main_product_is(doc, s, &chars, &mut st);
        main_products_of(doc, s, &chars, &st);
        feedstock_dash(doc, s, &chars, &mentions);
        transform(doc, s, &chars, &mut st);
        byproduct(doc, s, &chars, &st);
        used_for(doc, s, &chars);
        produces_cue(doc, s, &chars);
        scene_makers(doc, s, &chars);
        capacity_of(doc, s, &chars, &mentions);
        made_by(doc, s);
        market_share(doc, s, &chars);
        facilities(doc, s, &mentions, &st);
        business_makers(doc, s, &chars);
    }
}

/// 以X(加工)?为核心 / 以X为原料: X (between 以 and 为…) feeds what follows.
fn feedstock_roles(doc: &Doc, s: usize, chars: &[char], st: &mut Para) {
    if !doc.sents[s].has_any(FEEDSTOCK_ROLES) {
        return;
    }
    let mut i = 0;
    while let Some(p) = find(chars, "以", i) {
        i = p + 1;
        let (_, cend) = clause(chars, p);
        let role = FEEDSTOCK_ROLES_LIST
            .iter()
            .filter_map(|r| find(&chars[..cend], r, p))
            .min();
        if let Some(r) = role {
            let ps = products_in(doc, s, p, r);
            if !ps.is_empty() {
                st.feedstocks = ps;
            }
        }
    }
}

/// The roles after 以X that make X what feeds the paragraph's chain
/// (以X为原料; see [`feedstock_roles`]).
pub(super) const FEEDSTOCK_ROLES_LIST: &[&str] = &[
    "为主要原料",
    "为原材料",
    "为原料",
    "为核心",
    "为依托",
    "为基础",
];
const FEEDSTOCK_ROLES: super::Mask = super::triggers(FEEDSTOCK_ROLES_LIST);

/// Cues of a main product named after them (主产品为X, 主导产品是X).
const MAIN_PRODUCT_CUES: &[&str] = &[
    "主产品为",
    "主要产品为",
    "主要产品是",
    "主导产品为",
    "主导产品是",
    "主打产品为",
    "主打产品是",
    "核心产品为",
    "拳头产品为",
    "主要产品有",
    "主导产品有",
    "主打产品有",
    "核心产品有",
    "主要产品包括",
];

/// `chain.produces.main-product` (主产品为X, 主导产品为X): the sentence's
/// companies, else the paragraph's chain, produce X, the paragraph's main
/// product now.
fn main_product_is(doc: &mut Doc, s: usize, chars: &[char], st: &mut Para) {
    // (Every cue holds 产品: a sentence without it is not searched.)
    if !doc.sents[s].has_any(PRODUCT_CUES) {
        return;
    }
    let Some(p) = MAIN_PRODUCT_CUES.iter().find_map(|cue| find(chars, cue, 0)) else {
        return;
    };
    let (_, cend) = clause(chars, p);
    // (主要产品有X(含软件开发…): what a product covers is not made.)
    let ps: Vec<usize> = doc.sents[s]
        .of(doc, Class::Product)
        .filter(|m| m.start >= p && m.end <= cend && !super::lists::in_covers_gloss(chars, m.start))
        .map(|m| m.entity)
        .collect();
    if let Some(&first) = ps.first() {
        st.main_product = Some(first);
        let enterprises: Vec<usize> = doc.sents[s]
            .of(doc, Class::Enterprise)
            .map(|m| m.entity)
            .collect();
        // (公司主导产品是X: the company the anaphor stands for.)
        let subjects: Vec<usize> = if enterprises.is_empty() {
            producer_before(doc, s, p)
                .or(st.chain)
                .into_iter()
                .collect()
        } else {
            enterprises
        };
        for subj in subjects {
            for &x in &ps {
                doc.relate(subj, ck::PRODUCES, x, s, "chain.produces.main-product");
            }
        }
    }
}

/// `chain.produces.main-product` and `chain.feedstock.core` (以X、Y为主产品,
/// 延伸X、Y为主产品): the chain produces them, the feedstocks feed them.
fn main_products_of(doc: &mut Doc, s: usize, chars: &[char], st: &Para) {
    let Some(p) = find(chars, "为主产品", 0) else {
        return;
    };
    let (cstart, _) = clause(chars, p);
    let ps = products_in(doc, s, cstart, p);
    for &x in &ps {
        if let Some(c) = st.chain {
            doc.relate(c, ck::PRODUCES, x, s, "chain.produces.main-product");
        }
        for &f in &st.feedstocks {
            if f != x {
                doc.relate(f, ck::FEEDSTOCK_OF, x, s, "chain.feedstock.core");
            }
        }
    }
}

/// `chain.feedstock.dash`: X—Y, a product chain written with a dash
/// (甲醇—烯烃).
fn feedstock_dash(doc: &mut Doc, s: usize, chars: &[char], mentions: &[Mention]) {
    if !chars.contains(&'—') {
        return;
    }
    for w in mentions.windows(2) {
        if doc.class(w[0].entity) == Class::Product
            && doc.class(w[1].entity) == Class::Product
            && w[0].end + 1 == w[1].start
            && chars[w[0].end] == '—'
        {
            doc.relate(
                w[0].entity,
                ck::FEEDSTOCK_OF,
                w[1].entity,
                s,
                "chain.feedstock.dash",
            );
        }
    }
}

/// True when the clause `cs..` says what its subject is (是一家, 为一家…) and
/// the words from `from` to the clause's end name a kind of company
/// (…的高新技术企业, …的公司).
fn company_kind(chars: &[char], cs: usize, verb: usize, from: usize) -> bool {
    let before: String = chars[cs..verb].iter().collect();
    let end = chars[from..]
        .iter()
        .position(|c| matches!(c, '，' | ',' | '；' | ';' | '。'))
        .map_or(chars.len(), |p| from + p);
    let kind: String = chars[from..end].iter().collect();
    ["是一家", "为一家", "是一个", "是以"]
        .iter()
        .any(|w| before.contains(w))
        && end <= from + 16
        && ["企业", "公司", "厂家", "厂商", "生产商", "制造商", "供应商"]
            .iter()
            .any(|w| kind.ends_with(w))
}

/// `chain.feedstock.transform` and `chain.produces.output` (以X为原料生产Y，
/// 再切割成Z): each stage feeds the next, and its maker produces it.
fn transform(doc: &mut Doc, s: usize, chars: &[char], st: &mut Para) {
    let text = doc.sents[s].text.clone();
    let mut stage: Vec<usize> = st.feedstocks.clone();
    let mut last_outputs: Vec<usize> = Vec::new();
    let gate = doc.sents[s].has_any(OUTPUT_VERBS);
    for c in super::gated(&OUTPUT, &text, gate).filter(|c| is_output(&text, c)) {
        let (Some(verb), Some(list)) = (c.name("verb"), c.name("list")) else {
            continue;
        };
        let (ls, le) = (char_pos(&text, list.start()), char_pos(&text, list.end()));
        let vs = char_pos(&text, verb.start());
        // (百佳24GW封装胶膜: a verb inside a name is the name's.)
        let named = doc.sents[s]
            .mentions
            .iter()
            .any(|m| m.start < vs && vs < m.end);
        let outputs = products_in(doc, s, ls, le);
        if outputs.is_empty() || named {
            continue;
        }
        let again = vs > 0 && chars[vs - 1] == '再';
        // 番茄皮渣经发酵后制成有机肥: a product named in the clause
        // before the verb is what is transformed.
        let (cs, _) = clause(chars, vs);
        let subject_product = products_in(doc, s, cs, vs).last().copied().filter(|_| {
            let before: String = chars[cs..vs].iter().collect();
            !before.contains('以')
        });
        let inputs = match subject_product {
            Some(x) => vec![x],
            None if again => last_outputs.clone(),
            None => stage.clone(),
        };
        for &a in &inputs {
            for &b in &outputs {
                if a != b {
                    doc.relate(a, ck::FEEDSTOCK_OF, b, s, "chain.feedstock.transform");
                }
            }
        }
        // …得到Y，再冶炼成Z: the same maker goes on, unless a product
        // is the subject of the later step (皮渣经发酵后制成有机肥).
        if !again || subject_product.is_none() {
            // 生产X的Y公司: the company after 的; else the producer named before.
            // (E是一家专业生产X的高新技术企业: a kind of company after 的
            // is E's.)
            let after = chars.get(le) == Some(&'的');
            let producer = if after {
                doc.sents[s]
                    .mentions
                    .iter()
                    .find(|m| m.start == le + 1 && matches!(doc.class(m.entity), Class::Enterprise))
                    .map(|m| m.entity)
                    .or_else(|| {
                        company_kind(chars, cs, vs, le + 1)
                            .then(|| producer_before(doc, s, vs))
                            .flatten()
                    })
            } else {
                producer_before(doc, s, vs)
            };
            if let Some(p) = producer {
                for &b in &outputs {
                    doc.relate(p, ck::PRODUCES, b, s, "chain.produces.output");
                }
            }
            st.main_product = st.main_product.or(outputs.first().copied());
        }
        stage = outputs.clone();
        last_outputs = outputs;
    }
}

/// `chain.byproduct` (副产品为X、Y和Z / X生产中产生的副产品Y): only the
/// products listed right after the word, not what is made of them later.
fn byproduct(doc: &mut Doc, s: usize, chars: &[char], st: &Para) {
    let Some(p) = find(chars, "副产品", 0) else {
        return;
    };
    let listed = listed_after(doc, s, p + 3);
    let (cstart, _) = clause(chars, p);
    let own =
        find(&chars[..p], "的", cstart).map(|_| products_in(doc, s, cstart, p).first().copied());
    let source = match own {
        Some(src) => src,
        None => st.main_product,
    };
    if let Some(src) = source {
        for x in listed {
            doc.relate(x, ck::BYPRODUCT_OF, src, s, "chain.byproduct");
        }
    }
}

/// The words of a use (see [`used_for`]).
pub(super) const USED_FOR_CUES: &[&str] = &["用于生产", "用于制造", "用来生产", "用来制造"];

/// `chain.feedstock.used-for` (甲醇…用于生产聚甲醛, 蔗渣用于生产纸浆, 滤泥
/// 用来生产有机肥): what is used feeds what is made, within one clause. A
/// bare noun opening the clause (or closing it) is the product, known or not.
fn used_for(doc: &mut Doc, s: usize, chars: &[char]) {
    const CUES: super::Mask = super::triggers(USED_FOR_CUES);
    if !doc.sents[s].has_any(CUES) {
        return;
    }
    let mut from = 0;
    while let Some((p, n)) = USED_FOR_CUES
        .iter()
        .filter_map(|c| find(chars, c, from).map(|p| (p, c.chars().count())))
        .min()
    {
        from = p + n;
        let (cs, cend) = clause(chars, p);
        // (An earlier clause's product is not what this one uses.)
        let used = products_in(doc, s, cs, p)
            .last()
            .copied()
            .or_else(|| bare_product(doc, s, chars, cs, p));
        let mut made = products_in(doc, s, p + n, cend);
        if made.is_empty() {
            made.extend(bare_product(doc, s, chars, p + n, cend));
        }
        if let Some(u) = used {
            for b in made {
                doc.relate(u, ck::FEEDSTOCK_OF, b, s, "chain.feedstock.used-for");
            }
        }
    }
}

/// A product named by the bare noun `chars[a..b]` (two to four Han chars, no
/// other mention there), as the products of [`used_for`].
fn bare_product(doc: &mut Doc, s: usize, chars: &[char], a: usize, b: usize) -> Option<usize> {
    let bare = (2..=4).contains(&(b - a))
        && chars[a..b].iter().all(|c| crate::text::is_han(*c))
        && !doc.sents[s].taken(a, b);
    let name: String = chars[a..b].iter().collect();
    let generic = doc.lex.anaphors.contains(&name) || super::names::is_stop_word(&name);
    (bare && !generic)
        .then(|| doc.mention(s, a, b, Class::Product, "product.name.used-for"))
        .flatten()
}

/// `chain.produces.capacity-of`: E的P(单体)产能/产量… — a company's
/// capacity or output of a product (龙佰钛业的钛白粉单体产能亚洲第一) says
/// it makes the product.
fn capacity_of(doc: &mut Doc, s: usize, chars: &[char], mentions: &[Mention]) {
    for m in mentions {
        if doc.class(m.entity) != Class::Enterprise
            || doc.nested(s, m)
            || chars.get(m.end) != Some(&'的')
        {
            continue;
        }
        let from = m.end + 1;
        let Some(cue) = ["产能", "产量"]
            .iter()
            .filter_map(|w| find(chars, w, from + 2))
            .min()
            .filter(|&k| k <= from + 12)
        else {
            continue;
        };
        // (…单体产能, …年产能: words of the capacity, not of the product.)
        let mut end = cue;
        if end >= from + 4 && chars[end - 2..end] == ['单', '体'] {
            end -= 2;
        }
        if end >= from + 3 && chars[end - 1] == '年' {
            end -= 1;
        }
        let plain = chars[from..end]
            .iter()
            .all(|c| crate::text::is_han(*c) || c.is_ascii_alphanumeric());
        if !plain || end < from + 2 {
            continue;
        }
        let name: String = chars[from..end].iter().collect();
        if super::names::is_stop_word(&name) || doc.lex.anaphors.contains(&name) {
            continue;
        }
        let known = doc.sents[s]
            .of(doc, Class::Product)
            .find(|p| p.start == from && p.end == end)
            .map(|p| p.entity);
        let product =
            known.or_else(|| doc.mention(s, from, end, Class::Product, "product.name.capacity-of"));
        if let Some(p) = product {
            doc.relate(m.entity, ck::PRODUCES, p, s, "chain.produces.capacity-of");
        }
    }
}

/// The cues of [`produces_cue`], in the order it reads them. (A capacity
/// in 万吨 is the capacity rule's: its maker is the one the capacity
/// belongs to.)
pub(super) const PRODUCES_CUES: &[&str] = &[
    "开发的",
    "生产的",
    "新产品",
    "牌",
    "主营",
    "研发的",
    "推出",
    "万吨",
];

/// `chain.produces.cue`: enterprises or a facility with products in the
/// clause of 生产/开发/新产品/牌 or a capacity (新源盛和新汇源3万吨玻璃纤维棉)
/// produce them.
fn produces_cue(doc: &mut Doc, s: usize, chars: &[char]) {
    const CUES: super::Mask = super::triggers(PRODUCES_CUES);
    if !doc.sents[s].has_any(CUES) {
        return;
    }
    for &cue in PRODUCES_CUES {
        let mut from = 0;
        while let Some(p) = find(chars, cue, from) {
            from = p + 1;
            // (知名家电品牌: a brand in general, no 牌 of a product.)
            if cue == "牌" && p > 0 && chars[p - 1] == '品' {
                continue;
            }
            let (cstart, cend) = clause(chars, p);
            // The maker is the last company or project before the cue;
            // before a capacity (新源盛和新汇源3万吨…), the companies
            // right before its number.
            let subjects: Vec<usize> = if cue == "万吨" {
                companies_before_amount(doc, s, p)
            } else {
                doc.sents[s]
                    .mentions
                    .iter()
                    .filter(|m| {
                        m.start >= cstart
                            && m.end <= p + 1
                            && matches!(doc.class(m.entity), Class::Enterprise | Class::Project)
                            && !doc.nested(s, m)
                    })
                    .map(|m| m.entity)
                    .next_back()
                    .or_else(|| {
                        // (E是一家…企业，其生产的X: 其 is the company just
                        // named.)
                        (p >= 1 && cstart + 1 == p && chars[cstart] == '其')
                            .then(|| doc.last_before_anywhere(Class::Enterprise, s, p, 2))
                            .flatten()
                    })
                    .into_iter()
                    .collect()
            };
            // (A company named before the clause is not said to make
            // what the clause names: on real text that guess was wrong
            // every time it was made.)
            for x in products_in(doc, s, p, cend) {
                for &subj in &subjects {
                    doc.relate(subj, ck::PRODUCES, x, s, "chain.produces.cue");
                }
            }
        }
    }
}

/// `chain.produces.scene`: a reporter's scene of things made one by one
/// in a company's plant (一个个电芯在E的包膜车间内…下线, 一卷卷X在E生产线
/// 上…): E makes them. (The things are [`scene_products`]' where it read
/// them; 一个个 it leaves to this rule, where a plant follows.)
fn scene_makers(doc: &mut Doc, s: usize, chars: &[char]) {
    let mut found = Vec::new();
    for i in 0..chars.len().saturating_sub(5) {
        // 一 and a measure word twice (个个, 卷卷, 台台, 辆辆).
        if chars[i] != '一' || chars[i + 1] != chars[i + 2] || !crate::text::is_han(chars[i + 1]) {
            continue;
        }
        let a = i + 3;
        let Some(at) =
            (a + 2..(a + 13).min(chars.len())).find(|&k| matches!(chars[k], '在' | '从'))
        else {
            continue;
        };
        let Some(e) = doc.sents[s]
            .of(doc, Class::Enterprise)
            .find(|m| m.start == at + 1 && !doc.nested(s, m))
        else {
            continue;
        };
        let (_, ce) = clause(chars, e.end);
        let plant = chars[e.end..ce].windows(2).any(|w| {
            matches!(
                w,
                ['车', '间'] | ['产', '线'] | ['厂', '房'] | ['工', '厂'] | ['厂', '区']
            )
        });
        if plant && super::project_name::is_product(doc, s, a, at) {
            found.push((e.entity, a, at));
        }
    }
    for (e, a, b) in found {
        if let Some(p) = doc.mention(s, a, b, Class::Product, "product.name.scene") {
            doc.relate(e, ck::PRODUCES, p, s, "chain.produces.scene");
        }
    }
}

/// `chain.produces.facility` and `chain.project-in-chain`, project by
/// project: a facility named for its product (120万吨H型钢生产线) produces
/// it; a project promoted in a sentence opening with a chain belongs to it.
fn facilities(doc: &mut Doc, s: usize, mentions: &[Mention], st: &Para) {
    for m in doc.sents[s].of(doc, Class::Project).collect::<Vec<_>>() {
        if doc.entities.get(m.entity).label.ends_with("生产线") {
            for x in products_in(doc, s, m.start, m.end) {
                doc.relate(m.entity, ck::PRODUCES, x, s, "chain.produces.facility");
            }
        }
        // A project promoted within a chain's sentence belongs to it.
        if let Some(c) = st.chain.filter(|_| {
            mentions
                .first()
                .is_some_and(|f| doc.class(f.entity) == Class::Industry)
        }) {
            doc.relate(m.entity, ck::IN_INDUSTRY, c, s, "chain.project-in-chain");
        }
    }
}

/// Splits a product list; a dash joins a chain (甲醇—烯烃) of two items.
fn split_list_dash(chars: &[char], start: usize, end: usize) -> Vec<(usize, usize)> {
    split_list(chars, start, end)
        .into_iter()
        .flat_map(|(a, b)| split_on(chars, a, b, '—'))
        .collect()
}

#[cfg(test)]
mod industry_tests {
    use crate::extract::testing::{fired, has, labels, read};
    use crate::extract::Class;

    /// A counted line's name is the Han words between its measure word and
    /// the line, however jieba cuts them (10条均|粒|树脂, 7条大孔|吸附|树脂).
    #[test]
    fn a_counted_lines_name_runs_from_its_measure_word() {
        let r = read("汶岚树脂项目建设10条均粒树脂生产线、7条大孔吸附树脂生产线。");
        let made = labels(&r, Class::Product);
        assert!(made.contains(&"均粒树脂".to_string()), "{made:?}");
        assert!(made.contains(&"大孔吸附树脂".to_string()), "{made:?}");
        assert!(has(&r, "汶岚树脂项目", "produces", "均粒树脂"), "{r:?}");
    }

    /// A generic word (生产的|产品), a span's end (从生产|到销售) and the rest
    /// of some things (…的其他农产品) name nothing made.
    #[test]
    fn generic_words_and_spans_name_nothing_made() {
        let r = read("岚溪加工厂生产的产品及园区内的其他农产品。确保产品从生产到销售全程可追溯。");
        let products = labels(&r, Class::Product);
        assert!(
            !products
                .iter()
                .any(|p| p == "产品" || p.starts_with('到') || p.contains("其他")),
            "{products:?}"
        );
    }

    /// Two modifiers (绿色|有机|食品) open a known trade's name.
    #[test]
    fn two_modifiers_open_a_known_trades_name() {
        let r = read("岚安经开区发展绿色有机食品产业。");
        let industries = labels(&r, Class::Industry);
        assert_eq!(industries, vec!["绿色有机食品产业"], "{industries:?}");
    }

    /// A noun joined by 及 before an industry's stem is part of its name;
    /// the last item of a list is not.
    #[test]
    fn a_noun_joined_by_ji_opens_the_industrys_name() {
        let r = read("岚溪市大力实施锆及锆合金产业链提升工程。汶峰县推动园区与岚溪铝业产业融合。");
        let found = labels(&r, Class::Industry);
        assert!(found.contains(&"锆及锆合金产业链".to_string()), "{found:?}");
        assert!(!found.iter().any(|i| i.contains('与')), "{found:?}");
        // (智能网/n|联及/v: jieba glues 及 to the noun's last char.)
        let r = read("汶峰新区将进一步完善智能网联及新能源汽车产业链。");
        let found = labels(&r, Class::Industry);
        assert!(
            found.contains(&"智能网联及新能源汽车产业链".to_string()),
            "{found:?}"
        );
        // (In a cluster's name 和 joins too, after several nouns; a scope
        // is no part of the name.)
        let r =
            read("岭川区打造百亿级船舶动力装备和基础件产业集群。推进全省锆及锆合金产业链发展。");
        let found = labels(&r, Class::Industry);
        for i in ["船舶动力装备和基础件产业集群", "锆及锆合金产业链"] {
            assert!(found.contains(&i.to_string()), "{found:?}");
        }
    }

    /// What a company makes may carry a class before it (有机原料|精对苯
    /// 二甲酸) and a gloss in brackets after it.
    #[test]
    fn a_made_thing_with_its_class_and_gloss() {
        let r = read("笔者来到岚溪化工有限责任公司。该公司主要生产有机原料精对苯二甲酸(英文缩写PTA),是重要原料。");
        let made = |p| has(&r, "岚溪化工有限责任公司", "produces", p);
        assert!(
            made("PTA") || made("精对苯二甲酸"),
            "{:?}",
            labels(&r, Class::Product)
        );
        let products = labels(&r, Class::Product);
        assert!(
            !products.iter().any(|p| p.contains("有机原料")),
            "{products:?}"
        );
    }

    /// What production has (生产指标, 生产空间) is made by nobody, and an
    /// adverb after 生产 opens a clause (手套生产机正|快速运转); a list after
    /// 用于 names uses, no industries (广泛用于化学纤维、轻工、电子等).
    #[test]
    fn production_words_and_uses_name_nothing() {
        // (A count so far, supplying and a time since are no things made;
        // making X at scale makes X.)
        let r = read(
            "岚溪汽车分公司累计生产乘用车已突破6万辆,供应商实现批量生产供货。\
             进入试生产以来,公司掌握了煤矸石生产硅铝合金产业化的核心技术。",
        );
        let made = labels(&r, Class::Product);
        for p in ["乘用车已突破", "供货", "以来", "硅铝合金产业化"] {
            assert!(!made.contains(&p.to_string()), "{made:?}");
        }
        assert!(made.contains(&"硅铝合金".to_string()), "{made:?}");
        // (…生产加工、10万吨X加工项目: the project's name, nothing made.)
        let r = read("2021年,重点推进L乳酸生产加工、10万吨玉米精炼油加工项目。");
        let made = labels(&r, Class::Product);
        assert!(
            !made.contains(&"玉米精炼油加工项目".to_string()),
            "{made:?}"
        );
        let r = read(
            "在岚溪医疗用品有限公司,手套生产机正快速运转。我们各项生产指标已经饱和。\
             为园区企业提供更多优质生产空间。该产品广泛用于化学纤维、轻工、电子、建筑等各个方面。",
        );
        assert!(
            labels(&r, Class::Product).is_empty(),
            "{:?}",
            labels(&r, Class::Product)
        );
        assert!(
            labels(&r, Class::Industry).is_empty(),
            "{:?}",
            labels(&r, Class::Industry)
        );
    }

    /// A set phrase that is a verb (大力发展/nz) and a place opening the
    /// stem (西部地区|乳品行业) are no part of an unknown industry's name; a
    /// known trade's 产业发展 names it (焦化产业|发展迅速), an unknown one's
    /// not (实体产业发展).
    #[test]
    fn verbs_and_places_before_an_industry() {
        let r = read(
            "该县大力发展酸奶行业。西部地区乳品行业领军企业——岚溪乳业公司投资3亿元。\
             该市焦化产业发展迅速，推动实体产业发展。",
        );
        let industries = labels(&r, Class::Industry);
        assert_eq!(
            industries,
            ["乳品行业", "焦化产业", "酸奶行业"],
            "{industries:?}"
        );
        assert!(has(&r, "岚溪乳业公司", "inIndustry", "乳品行业"));
    }

    /// A process closing a chain's stem (机械设备制造产业链) is part of the
    /// trade's name; an industry whose size is reported (X产业规模扩大) is
    /// named.
    #[test]
    fn a_process_closing_a_stem_and_a_size_reported_name_industries() {
        for (text, name) in [
            (
                "岚汐镇打造机械设备制造产业链，推进项目投产。",
                "机械设备制造产业链",
            ),
            ("冷链食品产业规模扩大。", "冷链食品产业"),
        ] {
            assert_eq!(labels(&read(text), Class::Industry), [name], "{text}");
        }
    }

    /// What a company is the 生产基地 of is a product (岭川化纤股份有限公司是
    /// 全球最大的人造丝生产基地); a base named in passing makes nothing here.
    #[test]
    fn what_a_company_is_the_base_of_is_made() {
        let r = read(
            "岭川化纤股份有限公司是全球产能最大的人造丝生产基地。\
             岚武碳业负极板块生产基地岚航新能源材料有限公司厂区。",
        );
        assert_eq!(labels(&r, Class::Product), ["人造丝"]);
        assert!(has(&r, "岭川化纤股份有限公司", "produces", "人造丝"));
    }

    /// A 生产 that takes no object (生产线) does not hide the one after it in
    /// its clause (生产线正加紧生产光伏组件).
    #[test]
    fn a_second_shengchan_in_a_clause_is_read() {
        let r = read("岭南光能车间内,一期生产线正加紧生产光伏组件,扩建项目也在试运营。");
        assert_eq!(labels(&r, Class::Product), ["光伏组件"]);
    }

    /// What a company makes and sells (主要生产销售A、B, 生产和销售C) are
    /// its products, the first of the list too.
    #[test]
    fn what_is_made_and_sold_is_made() {
        let r =
            read("岭峰化工有限公司主要生产销售氟化钾、氟化钠。岚溪建材有限公司生产和销售机制砂。");
        for (firm, product) in [
            ("岭峰化工有限公司", "氟化钾"),
            ("岭峰化工有限公司", "氟化钠"),
            ("岚溪建材有限公司", "机制砂"),
        ] {
            assert!(has(&r, firm, "produces", product), "{product}: {r:?}");
        }
    }

    /// A company's line of business names its products (以A、B的研发、
    /// 生产和销售为主); 该公司 is the company the sentence before opened
    /// with, not a subsidiary it listed.
    #[test]
    fn a_line_of_business_names_the_company_s_products() {
        let r = read(
            "福建岭特光电股份有限公司成立于2002年,拥有三明岭特、岚视科技2家子公司。\
             该公司以精密光学透镜、高清光学镜头的研发、生产和销售为主。",
        );
        let c = "福建岭特光电股份有限公司";
        assert!(fired(&r, c, "chain.produces.business", "精密光学透镜"));
        assert!(fired(&r, c, "chain.produces.business", "高清光学镜头"));
        assert!(!has(&r, "岚视科技", "produces", "高清光学镜头"));
    }

    /// A stage, a deed or what is learnt is no thing made (试生产阶段,
    /// 技术创新, 无人机培训, 研发生产经验, 完整链条).
    #[test]
    fn stages_deeds_and_experience_are_no_products() {
        let r = read(
            "岭川光电项目一期已进入试生产阶段。项目将入驻航空装备技术创新、无人机培训等企业。\
             岚溪化纤拥有40余年人造丝研发生产经验。项目将形成从模具研发到镜片生产的完整链条。",
        );
        let p = labels(&r, Class::Product);
        for x in [
            "试生产阶段",
            "航空装备技术创新",
            "无人机培训",
            "经验",
            "完整链条",
            "模具研发",
        ] {
            assert!(!p.iter().any(|y| y.ends_with(x)), "{x}: {p:?}");
        }
    }

    /// A company said to be a maker of a thing (E是国内领先的X生产企业)
    /// makes it; a trade before the word (新材料制造企业) is no thing.
    #[test]
    fn a_company_that_is_a_maker_of_a_thing_makes_it() {
        let r =
            read("岭峰公司是国内领先的光伏逆变器生产企业。岚汐公司是开发区引入的新材料制造企业。");
        assert!(has(&r, "岭峰公司", "produces", "光伏逆变器"));
        assert!(labels(&r, Class::Product).iter().all(|p| p != "新材料"));
    }

    /// A company named right after a maker's word (X制造商E) is E, and
    /// makes X.
    #[test]
    fn the_company_after_a_makers_word_makes_the_thing() {
        let r = read("商用净水器制造商岭峰环保科技公司生产线满负荷运转。");
        assert_eq!(labels(&r, Class::Enterprise), ["岭峰环保科技公司"]);
        assert!(has(&r, "岭峰环保科技公司", "produces", "商用净水器"));
    }

    /// What is made is named without the amounts, counters and pointers
    /// around it (150支|叶片, 这样一支|风机叶片, 发电机组|100万千瓦), and
    /// 生产订单 makes no orders.
    #[test]
    fn made_things_drop_amounts_counters_and_pointers() {
        let r = read(
            "岚峰(岭川)动力有限公司年设计生产燃气发电机组80万千瓦、转子900支。\
             生产出这样一支转子叶轮,用时12小时。已生产150支导流罩,生产订单一直排到年底。",
        );
        let p = labels(&r, Class::Product);
        assert_eq!(p, ["导流罩", "燃气发电机组", "转子", "转子叶轮"], "{p:?}");
    }

    /// A count of industries (主攻三大产业) and the nation's (国家产业导向)
    /// name no industry; a plain noun before 产业 does.
    #[test]
    fn counts_and_the_nation_name_no_industry() {
        let r = read("岭川区主攻三大产业。加强对国家产业导向的研究。岭川区重点发展铝产业。");
        let i = labels(&r, Class::Industry);
        assert_eq!(i, ["铝产业"], "{i:?}");
    }

    /// An industry the lexicon does not know is named by plain nouns before
    /// 产业/行业; counts and kinds name none.
    #[test]
    fn an_unknown_industry_is_named_by_plain_nouns() {
        let r = read("该县壮大锑产业，发展茶旅产业，形成五大产业和区域产业格局。");
        let ind = labels(&r, Class::Industry);
        for i in ["锑产业", "茶旅产业"] {
            assert!(ind.contains(&i.to_string()), "{i}: {ind:?}");
        }
        for i in ["五大产业", "区域产业"] {
            assert!(!ind.contains(&i.to_string()), "{i}: {ind:?}");
        }
    }

    /// A compound named by its elements is a product, with its grade (高纯,
    /// 球形); a trade of them (氟化工) or a way of working (低碳化) is not.
    #[test]
    fn a_compound_named_by_its_elements_is_a_product() {
        let r = read(
            "岚汶公司最早推出高纯硫酸锰，并率先研发了球形四氧化三锰和氯化锂。\
             峪溪园区发展氟化工和硅化工产业，推进生产低碳化。",
        );
        let products = labels(&r, Class::Product);
        for p in ["高纯硫酸锰", "球形四氧化三锰", "氯化锂"] {
            assert!(products.contains(&p.to_string()), "{p}: {products:?}");
        }
        assert!(
            !products
                .iter()
                .any(|p| p.contains("化工") || p.contains("低碳")),
            "{products:?}"
        );
    }

    /// A determiner before a chain (整个|X产业链) is no part of its name.
    #[test]
    fn a_determiner_is_no_part_of_a_chains_name() {
        let r = read("该项目将打通整个岚纹储能产业链的关键环节。");
        assert_eq!(labels(&r, Class::Industry), ["岚纹储能产业链"]);
    }

    /// A determiner or a period alone before 产业 names no trade (整个|产业链
    /// 项目, 1-9月份|产业总产值, 年度|工业产业…目标).
    #[test]
    fn a_determiner_or_a_period_names_no_trade() {
        let r = read(
            "岚纹产业园集聚上下游项目22个，整个产业链项目投资470亿元。\
             今年1-9月份产业总产值增长12%，确保完成年度工业产业千亿元目标。",
        );
        assert!(labels(&r, Class::Industry).is_empty(), "{r:?}");
    }

    /// Buildings, a past, a copula's clause and a preposition after the
    /// thing made are no products' names.
    #[test]
    fn buildings_a_copula_and_a_preposition_name_no_product() {
        let r = read(
            "该项目主要建设生产厂房、仓库及配套设施、生产线等。\
             即将试生产的是其中一条岚纹树脂和500吨汶峰硅胶生产线。\
             岚川公司主要生产汶峰涂料以满足市场需求。",
        );
        let products = labels(&r, Class::Product);
        for p in ["仓库", "配套设施", "是其中一条岚纹树脂", "汶峰涂料以"] {
            assert!(!products.contains(&p.to_string()), "{p}: {products:?}");
        }
        assert!(has(&r, "岚川公司", "produces", "涂料"), "{products:?}");
    }

    /// Every item of a list before 等产品 is a product, a noun closed by a
    /// one-char morpheme (铝合金|棒/zg) too.
    #[test]
    fn every_item_before_deng_chanpin_is_a_product() {
        let r = read("目前,铝合金棒、铝板带、合金导线等产品,已形成系列产品。");
        let products = labels(&r, Class::Product);
        for p in ["铝合金棒", "铝板带", "合金导线"] {
            assert!(products.contains(&p.to_string()), "{p}: {products:?}");
        }
    }

    /// Things a line, a plant or a maker makes are products (瓦楞原纸生产线,
    /// 兽药中间体及制剂生产车间, 钾肥生产商, 人造金刚石等产品), without the
    /// count, manner or process before them (4条, 全自动, 后加工).
    #[test]
    fn what_lines_and_makers_make_are_products() {
        let r = read(
            "项目共建设4条瓦楞原纸生产线,并购置后加工软抽纸巾生产设备。\
             购置全自动兽药中间体及制剂生产设备。岚丰是国内大型钾肥生产商之一。\
             人造金刚石等产品全球领先。园区建设食品加工生产线。",
        );
        let products = labels(&r, Class::Product);
        assert_eq!(
            products,
            [
                "人造金刚石",
                "兽药中间体",
                "制剂",
                "瓦楞原纸",
                "软抽纸巾",
                "钾肥"
            ],
            "{products:?}"
        );
    }

    /// A project's anaphor before a chain (工程|塑料) is no zone's: the
    /// chain's name holds it; a zone's (园区) opens the clause.
    #[test]
    fn only_a_zone_anaphor_is_cut_from_a_chain() {
        let r = read("一条是工程塑料产业链。园区生物医药产业链加快发展。");
        assert_eq!(
            labels(&r, Class::Industry),
            ["工程塑料产业链", "生物医药产业链"]
        );
    }

    /// A capacity stated for a thing names it a product (电解镍产能达…,
    /// 粗铜产能将突破…); processes and trades (深加工产能, 光伏制造产能) are
    /// none.
    #[test]
    fn a_stated_capacity_names_its_product() {
        let r = read(
            "目前投产电解镍产能达43万吨，铜深加工产能达36万吨。\
             到2030年，该市粗铜产能将突破300万吨，光伏制造产能为5吉瓦。",
        );
        let products = labels(&r, Class::Product);
        assert_eq!(products, ["电解镍", "粗铜"], "{products:?}");
    }
}

#[cfg(test)]
mod rule_tests {
    use crate::extract::testing::{fired, has, labels, read};

    /// A counted list closed by 等在内的 (包括A、B等在内的十大产业) ends its
    /// last item at 等.
    #[test]
    fn a_counted_list_closed_by_deng_zai_nei() {
        let r = read("岚溪将重点发展新型材料、汽车制造、文化创意等在内的十大产业。");
        let found = labels(&r, crate::model::Class::Industry);
        assert!(found.contains(&"文化创意".to_string()), "{found:?}");
        assert!(!found.iter().any(|i| i.contains("在内")), "{found:?}");
    }

    /// A bound before the amount made (钾肥逾4000万吨) is no part of the
    /// product; a turn (从X生产转向Y) makes nothing.
    #[test]
    fn a_bound_before_the_amount_and_a_turn() {
        let r =
            read("岚湖股份60年来累计生产钾肥逾4000万吨。当地企业从单纯的钾肥生产转向提镁、提锂。");
        assert!(has(&r, "岚湖股份", "produces", "钾肥"), "{r:?}");
        let made = labels(&r, crate::model::Class::Product);
        assert!(
            !made.iter().any(|p| p.contains('逾') || p.contains("转向")),
            "{made:?}"
        );
    }

    /// A quality of a product before its name (研发的专利产品X) is no
    /// product; X is.
    #[test]
    fn a_patented_product_is_named_after_its_quality() {
        let r = read("最近,岚东汶悦电子自主研发的专利产品柔岚线路板成功下线。");
        assert_eq!(labels(&r, crate::model::Class::Product), ["柔岚线路板"]);
    }

    /// What a company holds a market share with (E X占…市场份额, E A、B分别
    /// 占…) is what it makes; a clause may open with the company's short
    /// name (昆明岚疆制药|大容量注射剂), up to its business word.
    #[test]
    fn a_market_share_names_what_the_company_makes() {
        let r = read(
            "其中,昆明岚疆制药大容量注射剂占省内80%市场份额,岚宇制药有限公司醋酸钙制剂占国内\
             市场90%市场份额,云南瑞岚生物水溶色素、万寿菊提取物分别占国际市场20%、40%市场份额。",
        );
        for (e, p) in [
            ("昆明岚疆制药", "大容量注射剂"),
            ("岚宇制药有限公司", "醋酸钙制剂"),
            ("云南瑞岚生物", "水溶色素"),
            ("云南瑞岚生物", "万寿菊提取物"),
        ] {
            assert!(has(&r, e, "produces", p), "{e} {p}: {r:?}");
        }
        let r = read("该公司产品占国内市场份额的30%。");
        assert!(
            labels(&r, crate::extract::Class::Product).is_empty(),
            "{r:?}"
        );
    }

    /// An output or capacity stated (X的产能达到…, X总产量是…) or ranked
    /// (X产能全球第一) names X; a span of time (一年时间的产能) or a sector's
    /// output (工业总产量) names nothing made.
    #[test]
    fn a_stated_output_or_rank_names_the_product() {
        let r = read(
            "公司今年预计锰酸锂的产能达到6万吨。我们钴酸锂总产量是3万吨。\
             岚州碳纤维原丝产能全球第一。一年时间的产能已达4.5万吨。全县工业总产量达到5万吨。",
        );
        assert_eq!(
            labels(&r, crate::extract::Class::Product),
            ["碳纤维原丝", "钴酸锂", "锰酸锂"]
        );
    }

    /// An output's change (X产量由…提高到…) names X; the output of working
    /// a known product (铝箔加工产量) names the product, a trade's
    /// (铝深加工产量) nothing.
    #[test]
    fn a_changed_output_names_the_product() {
        let r = read(
            "近三年，全县铝箔加工产量由12.5万吨提高到20.1万吨，电解铜产量由8万吨提高到9万吨。\
             该区铝深加工产量由3万吨增至5万吨。",
        );
        assert_eq!(
            labels(&r, crate::extract::Class::Product),
            ["电解铜", "铝箔"]
        );
    }

    /// A char jieba reads as a verb may end the product before its stated
    /// capacity (多晶硅/nz|料/v|产能).
    #[test]
    fn a_verb_char_ends_a_stated_product() {
        let r = read("全市力争年内多晶硅料产能达到37.5万吨、单晶拉棒产能达到96GW。");
        assert_eq!(
            labels(&r, crate::extract::Class::Product),
            ["单晶拉棒", "多晶硅料"]
        );
    }

    /// A track (赛道), as news calls a field, names the known trades before
    /// it, a pair joined by 和 both.
    #[test]
    fn a_track_names_its_trades() {
        let r = read("岚溪企业驰骋在新能源和新材料赛道,开辟氢能新赛道。");
        assert_eq!(
            labels(&r, crate::extract::Class::Industry),
            ["新材料", "新能源", "氢能"]
        );
    }

    /// A base framed as a base of things (全球最大的X生产基地, 建设X智能制造
    /// 基地) names what it makes; a base named after its company or place
    /// names none.
    #[test]
    fn a_base_of_things_names_what_it_makes() {
        let r = read(
            "全球最大的汽车座垫生产基地、最大的高端氧化锆生产基地都在岚溪。\
             该项目将建设光纤芯片智能制造基地。岚峰重工溪州生产基地开工。",
        );
        let products = labels(&r, crate::extract::Class::Product);
        for p in ["汽车座垫", "高端氧化锆", "光纤芯片"] {
            assert!(products.contains(&p.to_string()), "{p}: {products:?}");
        }
        assert!(
            !products
                .iter()
                .any(|p| p.contains("溪州") || p.contains("智能")),
            "{products:?}"
        );
    }

    /// A list after 主要产品有 names things made, even where jieba reads a
    /// verb inside a name (触控/v|一体机); what a bracket says one covers
    /// (含软件开发) is not made.
    #[test]
    fn a_main_products_list_names_what_the_company_makes() {
        let r = read("岚达照明有限公司主要产品有智能收银终端、高清触控一体机、自助售货机等。");
        for p in ["智能收银终端", "高清触控一体机", "自助售货机"] {
            assert!(has(&r, "岚达照明有限公司", "produces", p), "{p}: {r:?}");
        }
        let r = read(
            "岚达照明有限公司主要产品有智慧商业显示(含软件开发与平台发布)、高清智能电视、\
             特殊电视(车载电子、车载电视)等。",
        );
        assert!(has(&r, "岚达照明有限公司", "produces", "特殊电视"), "{r:?}");
        assert!(!labels(&r, crate::extract::Class::Product).contains(&"软件".to_string()));
    }

    /// A capacity per year stated for a thing (X年产能已达…, jieba gluing
    /// 年 to it or not) names X; the kind word of 该公司 is no part of it.
    #[test]
    fn a_yearly_capacity_names_the_product() {
        let r = read("目前,钠离子电芯年产能已达4万台。该公司硅碳负极年产能已达4万吨。");
        let products = labels(&r, crate::extract::Class::Product);
        assert_eq!(products, ["硅碳负极", "钠离子电芯"], "{r:?}");
    }
    use crate::extract::Class;

    /// A list of capacities (已形成兰炭300万吨,粗苯加工8万吨…及200万米
    /// 电缆的产能) names each thing made, either way round; a project's
    /// figures (建筑面积3万平方米) name none.
    #[test]
    fn a_list_of_capacities_names_its_products() {
        let r =
            read("岚溪园区已形成兰炭300万吨,粗苯加工8万吨,铁合金12万吨及200万米电缆的产能集聚区。");
        assert_eq!(
            labels(&r, Class::Product),
            ["兰炭", "电缆", "粗苯", "铁合金"]
        );
        let r = read("项目占地100亩,建筑面积3万平方米,达产后形成年产能10万吨。");
        assert!(labels(&r, Class::Product).is_empty());
    }

    /// A licence to make (生产资质, 认证) is no product, and a share of
    /// the things made (部分Y) names Y.
    #[test]
    fn licences_and_shares_are_no_product_names() {
        let r = read("岭泰药业完成冻干粉针生产资质认证,获批部分口服液生产资质。");
        let products = labels(&r, Class::Product);
        assert!(!products.iter().any(|p| p.contains("资质")), "{products:?}");
        let r = read("目前3万平方米冻干粉针及部分口服液生产车间正在加紧建设。");
        assert_eq!(labels(&r, Class::Product), ["冻干粉针", "口服液"]);
    }

    /// What a company is said to be (是一家专业生产X的…企业) and its main
    /// products (主导产品为X, 公司主要产品是X after its name) are what it
    /// makes.
    #[test]
    fn a_company_kind_and_main_products_say_what_it_makes() {
        let r = read(
            "岚峰科技有限公司是一家专业生产锂电池隔膜的高新技术企业。\
             溪川材料有限公司主导产品为碳纤维和玻璃纤维。\
             汶岭电子有限公司成立于2010年。公司主要产品是柔性电路板。",
        );
        assert!(has(&r, "岚峰科技有限公司", "produces", "锂电池隔膜"));
        assert!(has(&r, "溪川材料有限公司", "produces", "碳纤维"));
        assert!(has(&r, "溪川材料有限公司", "produces", "玻璃纤维"));
        assert!(has(&r, "汶岭电子有限公司", "produces", "柔性电路板"));
    }

    /// A verb between the nouns of a listed name (活性炭|吸附|设备) is part
    /// of the name: the whole item is made, not the known word it opens with.
    #[test]
    fn a_verb_inside_a_listed_name_keeps_the_name_whole() {
        let r = read("岚川环保有限公司主要生产油烟净化器、活性炭吸附设备等。");
        let p = labels(&r, Class::Product);
        assert!(p.contains(&"活性炭吸附设备".to_string()), "{p:?}");
        assert!(!p.contains(&"活性炭".to_string()), "{p:?}");
    }

    /// In a counted list of industries a name may hold 及 (智能网联及新能源
    /// 汽车) and the last may end in its work (高端装备制造).
    #[test]
    fn a_counted_list_keeps_joined_and_working_names() {
        let r = read(
            "岚溪区聚焦智能网联及新能源汽车、微电子及第三代半导体、节能环保及高端装备制造三大主导产业,推动技术创新。",
        );
        let found = labels(&r, Class::Industry);
        for i in [
            "智能网联及新能源汽车",
            "微电子及第三代半导体",
            "节能环保及高端装备制造",
        ] {
            assert!(found.contains(&i.to_string()), "{found:?}");
        }
    }

    /// 推介会 is a meeting: nothing is promoted at 推介会上.
    #[test]
    fn a_promotion_meeting_promotes_no_product() {
        let r = read("推介会上,岭川市与岚峰化工有限公司签约。");
        let p = labels(&r, Class::Product);
        assert!(p.is_empty(), "{p:?}");
    }

    /// A supplier's standing (战略供应商) names no product.
    #[test]
    fn a_suppliers_standing_is_no_product() {
        let r = read("岭溪饰件有限公司作为汀州汽车的战略供应商已经落户园区。");
        let products = labels(&r, Class::Product);
        assert!(products.is_empty(), "{products:?}");
    }

    /// Where a zone's projects go (推介…项目的方向、领域) names no product.
    #[test]
    fn directions_and_fields_are_no_products() {
        let r = read("我们希望向全世界推介岚川园区承接项目的方向、领域。");
        let products = labels(&r, Class::Product);
        assert!(products.is_empty(), "{products:?}");
    }

    /// The trades a place develops, named without 产业 (发展A业和B产业,
    /// 以发展C工业为重点); 就业, 创业 are none.
    #[test]
    fn trades_a_place_develops_are_industries() {
        let r = read(
            "岭溪园区重点发展仓储物流业和临空产业,汀沟以发展建材工业为重点,积极发展就业、创业。",
        );
        let industries = labels(&r, Class::Industry);
        for i in ["仓储物流业", "临空产业", "建材工业"] {
            assert!(industries.contains(&i.to_string()), "{i}: {industries:?}");
        }
        for i in ["就业", "创业"] {
            assert!(!industries.contains(&i.to_string()), "{i}: {industries:?}");
        }
    }

    /// 生产 before a word of method names no product (生产工艺, 生产技术);
    /// after a quality and 的 the thing made follows (生产高质量的X).
    #[test]
    fn quality_and_method_words_are_no_products() {
        let r = read("该项目引进国外的生产工艺技术以及先进设备,生产高质量的冻干果粉。");
        let products = crate::extract::testing::labels(&r, crate::extract::Class::Product);
        assert!(products.iter().any(|p| p == "冻干果粉"), "{products:?}");
        assert!(
            !products
                .iter()
                .any(|p| p.contains("工艺") || p.contains("质量") || p == "先进设备"),
            "{products:?}"
        );
    }

    /// A company's capacity or output of a product (E的P单体产能…) says it
    /// makes it; its 产能利用率 names no product.
    #[test]
    fn a_company_s_capacity_of_a_product() {
        let r = read("其中,岳川钛业的氯化钛白单体产能全国第一,恒达公司的产能利用率提高。");
        assert!(crate::extract::testing::has(
            &r,
            "岳川钛业",
            "produces",
            "氯化钛白"
        ));
        let products = crate::extract::testing::labels(&r, crate::extract::Class::Product);
        assert_eq!(products, vec!["氯化钛白".to_string()], "{products:?}");
    }

    /// What a clause uses makes what it names after 用于/用来生产, known
    /// products or bare nouns, never a product of an earlier clause.
    #[test]
    fn what_each_clause_uses_feeds_what_it_makes() {
        use crate::extract::testing::has;
        let r = read("青梅榨汁后,梅渣用于生产果胶;果核用来生产活性炭,再用于净水。");
        assert!(has(&r, "梅渣", "feedstockOf", "果胶"));
        assert!(has(&r, "果核", "feedstockOf", "活性炭"));
        assert!(!has(&r, "青梅", "feedstockOf", "果胶"));
    }

    /// Byproducts come from the main product; each stage of a process
    /// feeds the next; what is used for making feeds what is made.
    #[test]
    fn byproducts_stages_and_uses() {
        let r = read(
            "青禾化工的主产品为聚丙烯、环氧丙烷，副产品为丙烯酸和液氯。\
             以丙烯为原料生产聚丙烯，再加工成无纺布。该厂的粗苯用于生产苯乙烯。",
        );
        assert!(fired(&r, "丙烯酸", "chain.byproduct", "聚丙烯"));
        assert!(fired(&r, "液氯", "chain.byproduct", "聚丙烯"));
        assert!(fired(&r, "丙烯", "chain.feedstock.transform", "聚丙烯"));
        assert!(fired(&r, "聚丙烯", "chain.feedstock.transform", "无纺布"));
        assert!(fired(&r, "粗苯", "chain.feedstock.transform", "苯乙烯"));
    }

    /// 主产品为: the company produces each; after 以X为原料, a chain's
    /// main products are its own and X feeds them.
    #[test]
    fn main_products_of_a_company_and_of_a_chain() {
        let r = read("星澜新材料股份有限公司主产品为聚丙烯、环氧丙烷。");
        let c = "星澜新材料股份有限公司";
        assert!(fired(&r, c, "chain.produces.main-product", "聚丙烯"));
        assert!(fired(&r, c, "chain.produces.main-product", "环氧丙烷"));
        let r = read("新材料产业链以丙烯为原料，延伸环氧丙烷、聚醚多元醇为主产品。");
        assert!(fired(
            &r,
            "新材料产业链",
            "chain.produces.main-product",
            "环氧丙烷"
        ));
        assert!(fired(&r, "丙烯", "chain.feedstock.core", "环氧丙烷"));
    }

    /// The company before a cue (研发的) makes the product after it; a
    /// project promoted in a chain's sentence belongs to the chain.
    #[test]
    fn cue_makers_and_projects_of_a_chain() {
        let r = read("星澜新材料股份有限公司研发的碳纤维复合芯导线填补空白。");
        assert!(fired(
            &r,
            "星澜新材料股份有限公司",
            "chain.produces.cue",
            "碳纤维"
        ));
        let r = read("新材料产业链重点推进星澜8万吨碳纤维生产线等项目。");
        assert!(fired(
            &r,
            "星澜8万吨碳纤维生产线",
            "chain.project-in-chain",
            "新材料产业链"
        ));
    }

    /// What is made is named before where it is exported (生产的X还将出口
    /// A、B地区): the markets after 出口 are no products.
    #[test]
    fn markets_exported_to_are_no_products() {
        let r = read("岚川公司生产的岚纹薯片还将出口东亚、中欧地区及北美市场。");
        assert_eq!(labels(&r, crate::extract::Class::Product), ["岚纹薯片"]);
    }

    /// The company before 生产的 makes the product after it.
    #[test]
    fn the_maker_of_an_output() {
        let r = read("星澜新材料公司生产的碳纤维预浸料销往各地。");
        assert!(fired(
            &r,
            "星澜新材料公司",
            "chain.produces.output",
            "碳纤维"
        ));
    }

    /// What is done (组装生产运营, 核心部件生产) and things made in general
    /// (设备) are no products.
    #[test]
    fn deeds_and_kinds_are_no_products() {
        let r = crate::extract::testing::read(
            "项目建成后主要从事电动滑板车组装生产运营。\
             星河药业有限公司购置全自动医药中间体生产设备，推动形成从核心部件生产到整机装配的链条。",
        );
        let products = crate::extract::testing::labels(&r, crate::extract::Class::Product);
        for p in ["运营", "生产运营", "设备", "核心部件生产"] {
            assert!(!products.contains(&p.to_string()), "{p}: {products:?}");
        }
    }

    /// A base named after an industry (国家绿色产业示范基地, 核心产业链协同
    /// 发展示范基地) names no industry.
    #[test]
    fn bases_named_after_industries_name_none() {
        let r = crate::extract::testing::read(
            "园区以打造国家绿色产业示范基地、岚川新区核心产业链协同发展示范基地为目标。",
        );
        let ind = crate::extract::testing::labels(&r, crate::extract::Class::Industry);
        assert!(
            !ind.iter()
                .any(|i| i.contains("绿色产业") || i.contains("核心产业链")),
            "{ind:?}"
        );
    }

    /// What a line or plant makes, the project or company it belongs to
    /// makes; what a maker is said to make (X是…Y生产商), that maker.
    #[test]
    fn the_owner_of_a_line_and_a_named_maker_make_its_products() {
        let r = read(
            "新开工的岭川药业制剂基地项目总投资6亿元,购置全自动兽药中间体生产设备。\
             岚丰是国内大型钾肥生产商之一。\
             该公司副总经理介绍,项目总投资2亿元,共建设4条瓦楞原纸生产线。",
        );
        assert!(fired(
            &r,
            "岭川药业制剂基地项目",
            "chain.produces.made",
            "兽药中间体"
        ));
        assert!(fired(&r, "岚丰", "chain.produces.made", "钾肥"));
        assert!(fired(
            &r,
            "岭川药业制剂基地项目",
            "chain.produces.made",
            "瓦楞原纸"
        ));
    }

    /// Companies sought by what they would make (锁定以生产X、Y等…的目标
    /// 企业) are not the companies named before: no one named makes X.
    #[test]
    fn what_sought_companies_would_make_is_no_ones_named() {
        let r = read(
            "岚溪县以岚峰鞋业、汶溪鞋业2家龙头企业为切入点,锁定以生产电机、电控、轴承等核心零部件上游生产配套目标企业17家。",
        );
        for p in ["电机", "电控", "轴承"] {
            assert!(!has(&r, "汶溪鞋业", "produces", p), "{p}");
        }
        assert!(!labels(&r, Class::Product)
            .iter()
            .any(|p| p.contains("企业")));
    }

    /// A project the sentence is about makes what it produces, not the
    /// company named as its builder (X项目…由Y公司投资建设…主要生产…).
    #[test]
    fn the_project_not_its_builder_makes_the_output() {
        let r = read("岚川表面精处理项目占地100亩,由宁远铁合金制造有限公司投资建设,建设5条生产线,主要生产高速公路护栏板、光伏支架、脚手架等。");
        let p = "岚川表面精处理项目";
        assert!(fired(&r, p, "chain.produces.output", "光伏支架"));
        assert!(!fired(
            &r,
            "宁远铁合金制造有限公司",
            "chain.produces.output",
            "光伏支架"
        ));
    }

    /// A doubled classifier (一台台, 一片片) shows things made: the nouns
    /// after it, without a quality before them, name a product.
    #[test]
    fn a_doubled_classifier_shows_a_product() {
        let r = read(
            "走进星澜智能装备产业园生产车间，一台台标准化注塑机源源不断地生产出来。\
             一片片光学玻璃基板经全自动生产线精密加工。",
        );
        let products = labels(&r, Class::Product);
        for p in ["注塑机", "光学玻璃基板"] {
            assert!(products.contains(&p.to_string()), "{products:?}");
        }
        assert!(
            !products
                .iter()
                .any(|p| p.contains("标准化") || p.ends_with('经')),
            "{products:?}"
        );
    }

    /// A clause opening with an anaphor (…说，该项目采用A为原料生产B) has
    /// its own subject: the project spoken of makes B, not the speaker's
    /// company.
    #[test]
    fn an_anaphor_opening_a_clause_is_the_maker() {
        let r = read(
            "岚川新材料年产5万吨磷酸铁项目开工。岚川材料有限公司总监张明说，\
             该项目采用硫酸亚铁为原料生产硫酸铁。",
        );
        assert!(
            has(&r, "岚川新材料年产5万吨磷酸铁项目", "produces", "硫酸铁"),
            "{r:?}"
        );
        assert!(!has(&r, "岚川材料有限公司", "produces", "硫酸铁"), "{r:?}");
    }

    /// 副产物 names a product as 副产品 does; a product and 法 name a process
    /// (硫酸法钛白), not the product; 装置 is where things are made.
    #[test]
    fn a_byproduct_feeds_and_a_process_is_no_product() {
        let r = read(
            "该项目采用岚川硫酸法钛白企业的副产物硫酸亚铁为原料生产硫酸铁。\
             项目首期5万吨/年磷酸铁及配套辅助生产装置已投料试生产。",
        );
        assert!(has(&r, "硫酸亚铁", "feedstockOf", "硫酸铁"), "{r:?}");
        let made = labels(&r, Class::Product);
        assert!(!made.contains(&"硫酸".to_string()), "{made:?}");
        assert!(!made.contains(&"装置".to_string()), "{made:?}");
    }

    /// Things made one by one in a company's plant (一个个X在E的…车间内,
    /// 一卷卷Y在E生产线上) are the company's products.
    #[test]
    fn things_made_one_by_one_in_a_plant_are_its_companys() {
        let r = read(
            "记者看到，一个个电芯在岚川动力科技有限公司的包膜车间内下线；\
             一卷卷PE膜在宁禾中天新材料科技有限责任公司生产线上吹膜、印刷。",
        );
        assert!(
            fired(&r, "岚川动力科技有限公司", "chain.produces.scene", "电芯"),
            "{r:?}"
        );
        assert!(
            fired(
                &r,
                "宁禾中天新材料科技有限责任公司",
                "chain.produces.scene",
                "PE膜"
            ),
            "{r:?}"
        );
        // (No plant after the company: a scene of another kind.)
        let r = read("一个个电芯在岚川动力科技有限公司技术人员手中通过检测。");
        assert!(
            !has(&r, "岚川动力科技有限公司", "produces", "电芯"),
            "{r:?}"
        );
    }

    /// A reporter's scene in a company's workshop: the lines the next
    /// sentences count are that company's.
    #[test]
    fn lines_in_a_workshop_scene_are_its_companys() {
        let r = read(
            "3月5日，位于青禾经济技术开发区的七一电能(朔州)有限公司的生产车间内，一派忙碌的生产景象。\
             一排排拉晶炉整齐列队、全速运转；10条硅片生产线满负荷运行。",
        );
        assert!(has(&r, "七一电能(朔州)有限公司", "produces", "硅片"));
        // (Two companies in the scene: whose lines is not said.)
        let r = read(
            "七一电能有限公司与北辰光能有限公司的生产车间内，一派忙碌的生产景象。10条硅片生产线满负荷运行。",
        );
        assert!(!has(&r, "七一电能有限公司", "produces", "硅片"));
    }

    /// 其 after a company's clause is that company: what 其生产的 names,
    /// up to the verb of supplying, it makes.
    #[test]
    fn qi_after_a_company_makes_what_it_produces() {
        let r = read(
            "重庆星澜包装制品有限公司是一家从事造纸和纸制品业为主的企业，其生产的环保水墨印刷纸箱直接供应北辰科技公司等企业。",
        );
        assert!(has(
            &r,
            "重庆星澜包装制品有限公司",
            "produces",
            "环保水墨印刷纸箱"
        ));
    }

    /// A one-char verb with a name after it closes the product made.
    #[test]
    fn a_one_char_verb_closes_the_product() {
        let r = read("正巧有一批成都星澜汽车配件有限公司生产的电动车机电系统送抵北辰科技。");
        assert!(has(
            &r,
            "成都星澜汽车配件有限公司",
            "produces",
            "电动车机电系统"
        ));
    }

    /// Generic words only (上下游高端; 全球, 全国: the world's or the
    /// nation's chains) name no cluster.
    #[test]
    fn generic_words_only_name_no_cluster() {
        let r = read(
            "引进星澜电子等企业，形成上下游高端产业集群。面对全球产业链重构,壮大全国产业集群。",
        );
        let industries = labels(&r, Class::Industry);
        assert!(industries.is_empty(), "{industries:?}");
    }

    /// A slogan's one-char verb before 链条 names no chain.
    #[test]
    fn a_slogan_verb_before_lianti_names_no_chain() {
        let r = read("青禾镇按照“抓龙头、铸链条、建集群”的思路，打造星澜电子产业链。");
        let industries = labels(&r, Class::Industry);
        assert!(
            !industries.iter().any(|i| i.contains("链条")),
            "{industries:?}"
        );
    }

    /// A cycle of materials (从A到B的循环产业链), the real economy (实体产业)
    /// and a modern cluster (现代化产业集群) name no trade; nor does a word
    /// of manner (紧盯/z) before 产业链.
    #[test]
    fn cycles_and_manners_name_no_industry() {
        let r = crate::extract::testing::read(
            "岚峰项目形成了从钛精矿到钛白粉再到磷酸铁的循环产业链。\
             溪岭市紧盯产业链短板和弱项,厚植实体产业根基,打造现代化产业集群。",
        );
        let industries = crate::extract::testing::labels(&r, crate::extract::Class::Industry);
        assert!(industries.is_empty(), "{industries:?}");
        // (A core or modern cluster, the slogan's new ways: no trade either.)
        let r = crate::extract::testing::read(
            "岚溪园区为核心产业链的稳定上了保险,做强现代产业集群,培育新业态、新模式产业集群。",
        );
        let industries = crate::extract::testing::labels(&r, crate::extract::Class::Industry);
        assert!(industries.is_empty(), "{industries:?}");
    }

    /// Metals counted among a place's sub-chains (镍、铜、钴、稀贵金属等5个
    /// 细分产业链) are industries, one char or more.
    #[test]
    fn metals_counted_among_sub_chains() {
        let r = read("其中,依托岚川集团现有产业基础,溪昌重点发展镍、铜、钴、稀贵金属、钛材料等5个细分产业链。");
        let industries = labels(&r, Class::Industry);
        for i in ["镍", "铜", "钴", "稀贵金属"] {
            assert!(industries.contains(&i.to_string()), "{i}: {industries:?}");
        }
    }

    /// A slogan's half (做强龙头，舞动链条——) names no chain; a chain named
    /// in a clause (做强岚纹丝绸链条) does.
    #[test]
    fn a_slogan_names_no_chain() {
        let r = crate::extract::testing::read("岚溪园区做强龙头,舞动链条——引进配套企业12家。");
        let industries = crate::extract::testing::labels(&r, crate::extract::Class::Industry);
        assert!(industries.is_empty(), "{industries:?}");
        let r = crate::extract::testing::read("岚溪园区着力延伸丝绸纺织链条,引进配套企业12家。");
        let industries = crate::extract::testing::labels(&r, crate::extract::Class::Industry);
        assert!(
            industries.contains(&"丝绸纺织链条".to_string()),
            "{industries:?}"
        );
    }
}
