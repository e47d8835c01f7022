//! Where a name begins.
//!
//! Names are found by their endings (…经济技术开发区, …有限公司, …项目); the
//! hard part is the left edge. We walk jieba's tokens leftwards from the
//! ending and stop at words that open a clause rather than belong to a name:
//! prepositions, conjunctions, particles, adverbs, pronouns, time words. A
//! verb or adjective is kept only if a place name lies further left
//! (山西|转型|综改|示范区 keeps 转型; 推进|洞子头|核心区 drops 推进).

use super::{Doc, Sent};
use crate::text::numerals::is_han_digit;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// What kind of name is being delimited; each allows different words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Zone,
    Org,
    Project,
    Industry,
}

impl Kind {
    fn max_len(self) -> usize {
        match self {
            Kind::Zone => 14,
            Kind::Org => 16,
            Kind::Project => 36,
            Kind::Industry => 8,
        }
    }
}

/// Words that open a clause or a phrase and so end a name on its left.
const STOP_WORDS: &[&str] = &[
    // (A photo's caption: 图为|公司生产车间; a credit: 当地供稿|X市委宣传部.)
    "图为",
    "供稿",
    // (P开工|暨/nt|全市…仪式: 暨 joins two events.)
    "暨",
    // (民企|天齐集团: the kind of company before its name.)
    "民企",
    "国企",
    "央企",
    "外企",
    "台企",
    "港企",
    // (文山|落实/a|省委: carrying out a body's word.)
    "落实",
    "贯彻",
    "在",
    "于",
    "由",
    "对",
    "向",
    "与",
    "和",
    "及",
    "以",
    "将",
    "把",
    "被",
    "是",
    "为",
    "了",
    "的",
    "等",
    "从",
    "到",
    "让",
    "使",
    "给",
    "据",
    // (经|洋浦经济开发区管委会研究: by the body's decision.)
    "经",
    "按",
    "按照",
    "代表",
    "通过",
    "经过",
    "依托",
    "围绕",
    "聚焦",
    "推进",
    "推动",
    "促进",
    "加快",
    "引进",
    "引入",
    "成立",
    "组建",
    "聘请",
    "担任",
    "入驻",
    "落户",
    "支持",
    "开工",
    "实施",
    "启动",
    "谋划",
    "建成",
    "开展",
    "签约",
    // (双方签署|…项目投资协议, 汶溪公司签订|…项目合作协议.)
    "签署",
    "签订",
    "落地",
    "包括",
    "参与",
    "完成",
    "确保",
    "助力",
    "保障",
    "总投资",
    "位于",
    "全力",
    "全面",
    // (福清|大力/n|创新园区…: how hard, the clause's adverb, whatever jieba
    // tags it.)
    "大力",
    "积极",
    "深入",
    "持续",
    "不断",
    "正在",
    "已经",
    "已",
    "目前",
    "今年",
    "近年来",
    "同时",
    "此外",
    "其中",
    "还",
    "也",
    "都",
    "并",
    "并且",
    "以及",
    "或",
    "及其",
    "作为",
    "成为",
    "获批",
    "获评",
    "评为",
    "认定",
    "确定",
    "遴选",
    "命名",
    "设立",
    "设置",
    "合理",
    "严格",
    "努力",
    "争取",
    "培育",
    "壮大",
    "做强",
    "做大",
    "打造",
    "发挥",
    "利用",
    "实现",
    "形成",
    "提高",
    "提升",
    "加强",
    "强化",
    "优化",
    "服务",
    "走进",
    "来到",
    "赴",
    "组织",
    "协调",
    "深化",
    "明确",
    "扩大",
    "新建",
    "续建",
    "计划",
    "预计",
    "拟",
    "该",
    "本",
    "各",
    "全",
    "全市",
    "全省",
    "全县",
    "全区",
    "一批",
    "多家",
    "这",
    "那",
    "其",
    "我",
    "我省",
    "我市",
    "我县",
    "我区",
    "有",
    "现有",
    "已有",
    "共有",
    "拥有",
    "共",
    "个",
    "家",
    "户",
    "会同",
    "致力于",
    "致力",
    "指",
    "日前",
    "近日",
    "截至",
    "随后",
    "重点",
    "主要",
    "进一步",
    "稳步",
    "加速",
    "正式",
    "顺利",
    "成功",
    "先后",
    "陆续",
    "分别",
    "相继",
    "率先",
    "多次",
    "共同",
    "联合",
    "即",
    "包含",
    "涵盖",
    "覆盖",
    "充分发挥",
    "所在",
    "而",
    "发挥",
    "充分",
    "企业",
    "链主",
    "链主企业",
    "产业链",
    "龙头",
    "龙头企业",
    "要求",
    "发展",
    "选址",
    "上马",
    "拉长",
    "布局",
    "共建",
    "携手",
    "组建",
    "合作",
    "着力",
    // Verbs of a plan (着力/n|突破|化工园区建设禁锢, 积极|锚定|绿色化工).
    "突破",
    "锚定",
    "立足",
    "着眼",
    "深耕",
    "发力",
    "地处",
    "坐落于",
];

/// Characters that jieba's unknown-word model glues to the front of a name
/// (以盛隆|泰达, 这是/v|四川…, 这是岚瑞/j|矿业): a name does not start with
/// them.
pub(super) const LEADING_STOPS: &[char] = &[
    '以', '由', '在', '与', '对', '向', '将', '把', '被', '从', '指', '为', '是', '让', '使', '即',
    '等', '的', '于', '至', '和', '及', '而', '据', '这', '该', '暨', '或',
];

/// Processes that close industries' names (硅铁冶炼, 食品加工).
pub(super) const INDUSTRY_PROCESSES: &[&str] = &[
    "冶炼", "加工", "制造", "应用", "服务", "运营", "研发", "显示",
];

/// Adjectives that open industries' names (先进装备制造, 高端食品加工),
/// and 健康, which closes them (大健康, 生命健康, 净土健康).
pub(super) const INDUSTRY_ADJECTIVES: &[&str] = &[
    "先进", "高端", "新型", "绿色", "智能", "智慧", "精细", "高新", "新兴", "现代", "健康",
];

/// Project names keep verbs (建设, 提升, 新增) but not these openers.
const PROJECT_OPENERS: &[&str] = &[
    // (Z持续加大|项目推进力度: an effort's adverb and verb.)
    "持续",
    "不断",
    "加大",
    "在建",
    "拟建",
    "续建",
    "筹建",
    "推动",
    "推进",
    "促进",
    "加快",
    "开工",
    "实施",
    "启动",
    "谋划",
    "引进",
    "引入",
    "建成",
    "开展",
    "签约",
    // (正办理|2500吨兽药项目环评: paperwork for a project.)
    "办理",
    // (双方签署|…项目投资协议, 汶溪公司签订|…项目合作协议.)
    "签署",
    "签订",
    "落地",
    // (在我市布局|新能源材料项目; 建立健全/nr|项目建设领导机制.)
    "布局",
    "建立",
    "建立健全",
    "健全",
    "包括",
    "参与",
    "完成",
    "确保",
    "围绕",
    "助力",
    "保障",
    "总投资",
    "投资",
    "在",
    "于",
    "对",
    "为",
    "是",
    "这是",
    "的",
    "了",
    "与",
    "和",
    "及",
    "以",
    "将",
    "把",
    "被",
    "由",
    "等",
    "目前",
    "今年",
    "全力",
    "全面",
    "积极",
    "加快推进",
    "正在",
    "正在推动",
    "着力",
    "重点",
    "其中",
    "共有",
    "有",
    // (图为|X项目: a photo's caption.)
    "图为",
    // (X公司拥有|年产60万吨芳烃生产线.)
    "拥有",
    "具有",
    "具备",
    "还有",
    "新开工",
    "新签约",
    "新落地",
    "新引进",
    "新投产",
    "既有",
    "又有",
    "更有",
    "也有",
    "均有",
    "已",
    "已经",
    "随着",
    // Verbs of a campaign, not of building (举全区之力打赢|一汽…项目建设,
    // 紧盯|华润数字工厂项目).
    "打赢",
    "打好",
    // (坚持项目为王, 狠抓项目, 充分发挥项目建设主力军作用, 大力发展|下游
    // 深加工及应用项目.)
    "坚持",
    "狠抓",
    "发挥",
    "充分发挥",
    "大力发展",
    "紧盯",
    "盯紧",
    "抓好",
    "抓实",
    "抓紧",
    "力促",
    "力争",
    "争取",
    "招引",
    "落实",
    // (将|大力支持|项目建设: support, no project's name.)
    "支持",
    "大力支持",
    "瞄准",
    "聚焦",
    "依托",
    "借助",
    "助推",
    "加紧",
    "跟踪",
    "跟进",
    "洽谈",
    "协调",
    "解决",
    "通过",
    "作为",
    "该",
    "这",
    // (开工仪式所在地|P项目: where a ceremony is held.)
    "所在地",
];

/// The length of the longest word of `trie` starting at char `i` (at most
/// `max` chars, at least 2) for which `fits` holds.
pub(crate) fn longest_word_at(
    trie: &crate::lexicon::WordTrie,
    chars: &[char],
    i: usize,
    max: usize,
    fits: impl Fn(usize) -> bool,
) -> Option<usize> {
    trie.lengths_at(chars, i, max)
        .filter(|&n| n >= 2 && fits(n))
        .last()
}

static STOP_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| STOP_WORDS.iter().copied().collect());
static PROJECT_OPENER_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| PROJECT_OPENERS.iter().copied().collect());

/// True for words that open a clause rather than belong to a name.
pub(crate) fn is_stop_word(word: &str) -> bool {
    STOP_SET.contains(word)
}

/// A place-like word: tagged as a place, or a place of the lexicon.
pub(super) fn is_place_like(doc: &Doc, word: &[char], tag: &str) -> bool {
    tag == "ns" || doc.lex.place_trie.contains(word)
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(
            c,
            '&' | '·' | '-' | '“' | '”' | '（' | '）' | '(' | ')' | '×' | '.'
        )
}

/// Tags that never belong to a name (prepositions, conjunctions, particles,
/// adverbs, pronouns, classifiers, time words, numerals…).
fn is_hard_stop(kind: Kind, word: &str, tag: &str) -> bool {
    const HARD: [&str; 13] = [
        "p", "c", "u", "d", "r", "q", "t", "f", "y", "e", "o", "w", "m",
    ];
    let allowed = (tag == "m" && kind == Kind::Org && word.chars().all(|c| c.is_ascii_alphanumeric()))
            // (中岭|北方/f|建材科技有限公司: a compass word in a brand.)
            || (tag == "f" && matches!(word, "中" | "北方" | "南方" | "东方" | "西方") && kind == Kind::Org)
            // 现代/t|化工, 现代/t|服务业: industries' names open with 现代.
            || (word == "现代" && kind == Kind::Industry)
            // 阜阳合肥|现代/t|产业园区, 岚山|高新/d|产业园区: zones' names too.
            || (matches!(word, "现代" | "高新") && kind == Kind::Zone)
            // (的|FEV/eng|公司: a Latin brand, not an interjection.)
            || (tag == "eng" && kind == Kind::Org)
            // (扬子|中天/t|新材料科技有限责任公司: a brand word read as a time.)
            || (tag == "t"
                && kind == Kind::Org
                && matches!(word, "中天" | "未来" | "现代" | "当代" | "世纪"));
    // (紧盯/z|产业链短板: a word of manner opens the clause.)
    let manner = tag == "z" && kind == Kind::Industry;
    (HARD.iter().any(|h| tag.starts_with(h)) && !allowed) || manner
}

/// A one-char word with a function tag inside a brand: 陕西|宁益|顺/p|能源化工
/// 集团有限公司, 陕西|雄奇|钧/q|能源…. So far the name holds business words
/// only (no core of its own yet), and a place opens it at most three chars
/// further left. (深圳与华为有限公司 stops at 与: 华为 is a core.)
fn brand_char(doc: &Doc, sent: &Sent, tok: &super::Tok, end: usize, kind: Kind) -> bool {
    if numeral_brand(sent, tok, end, kind) {
        return true;
    }
    if kind != Kind::Org || tok.end - tok.start != 1 || tok.end >= end {
        return false;
    }
    // (北京|兆/m|帕/nr|时代…有限公司: a numeral char opening the brand right
    // after a place, with no count or unit after it.)
    let prev = sent.toks.iter().find(|t| t.end == tok.start);
    let next = sent.toks.iter().find(|t| t.start == tok.end);
    if tok.tag == "m"
        && prev.is_some_and(|t| is_place_like(doc, &sent.chars[t.start..t.end], &t.tag))
        && next.is_some_and(|t| t.tag.starts_with('n'))
        && !sent.chars[tok.start].is_ascii_digit()
    {
        return true;
    }
    brand_char_rest(doc, sent, tok, end)
}

/// A brand of numerals (三一/m|硅能…有限公司, 五粮液): two numeral chars or
/// more, no count (三家, 两个) and a noun after them.
/// (jieba may split them: 三/m|一/m.)
fn numeral_brand(sent: &Sent, tok: &super::Tok, end: usize, kind: Kind) -> bool {
    let numeral = |t: &super::Tok| {
        t.tag == "m"
            && sent.chars[t.start..t.end]
                .iter()
                .all(|c| is_han_digit(*c) || "百千万".contains(*c))
    };
    if kind != Kind::Org || tok.end >= end || !numeral(tok) {
        return false;
    }
    let (mut from, mut to) = (tok.start, tok.end);
    while let Some(t) = sent.toks.iter().find(|t| t.end == from && numeral(t)) {
        from = t.start;
    }
    while let Some(t) = sent.toks.iter().find(|t| t.start == to && numeral(t)) {
        to = t.end;
    }
    to - from >= 2
        && to < end
        && sent
            .toks
            .iter()
            .find(|t| t.start == to)
            .is_some_and(|t| t.tag.starts_with('n'))
}

/// [`brand_char`] with business words only after the char and a place
/// at most three chars before it.
fn brand_char_rest(doc: &Doc, sent: &Sent, tok: &super::Tok, end: usize) -> bool {
    let so_far: String = sent.chars[tok.end..end].iter().collect();
    if !only_business(doc, &so_far) {
        return false;
    }
    let mut brand = 0;
    for t in sent.toks.iter().rev().filter(|t| t.end <= tok.start) {
        if is_place_like(doc, &sent.chars[t.start..t.end], &t.tag) {
            return brand > 0;
        }
        brand += t.end - t.start;
        if brand > 3 || !sent.chars[t.start..t.end].iter().all(|c| is_name_char(*c)) {
            return false;
        }
    }
    false
}

/// The start of a company's short name (the key of an enterprise found
/// earlier in the article, two to four chars) that ends at `at`.
fn known_company_ending(doc: &Doc, sent: &Sent, at: usize) -> Option<usize> {
    (2..=4.min(at))
        .rev()
        .map(|n| at - n)
        .find(|&from| is_known_company(doc, &sent.chars[from..at]))
}

/// True when the short name of a company the article named before starts at
/// `from` (衡变/v|电气特高压套管项目 after 湖南衡变电气股份有限公司).
pub(crate) fn known_company_at(doc: &Doc, sent: &Sent, from: usize) -> bool {
    (2..=4).any(|n| {
        sent.chars
            .get(from..from + n)
            .is_some_and(|c| is_known_company(doc, c))
    })
}

/// True when `name` names a company the article named before.
fn is_known_company(doc: &Doc, name: &[char]) -> bool {
    let name: String = name.iter().collect();
    doc.entities.find(super::Class::Enterprise, &name).is_some()
}

/// True when `s` is made of business words and legal endings only
/// (能源化工集团), with no name of its own.
fn only_business(doc: &Doc, s: &str) -> bool {
    let lex = doc.lex;
    let mut rest = s;
    while !rest.is_empty() {
        let cut = lex
            .core_index
            .suffixes_of(rest)
            .map(|i| lex.core_suffixes[i].len())
            .chain(
                lex.legal_index
                    .suffixes_of(rest)
                    .map(|i| lex.legal_suffixes[i].len()),
            )
            .max();
        match cut {
            Some(n) => rest = &rest[..rest.len() - n],
            None => return false,
        }
    }
    true
}

/// True when a token a clause would open with (a verb, a one-char word)
/// belongs to the name here: single chars before single chars are a brand
/// jieba split (的|来/v|金/nr|(长春)汽车…); a verb that is a business word with
/// what follows it names the business (宏图|铸造/v|有限责任公司); an
/// industry's name in a zone's is no clause's verb (古荥|智能制造/v|产业园).
fn noun_like(doc: &Doc, sent: &Sent, tok: &super::Tok, end: usize, kind: Kind) -> bool {
    let tail = &sent.chars[tok.start..end];
    match kind {
        Kind::Org => {
            let single = tok.end - tok.start == 1
                && sent
                    .toks
                    .iter()
                    .find(|t| t.start == tok.end)
                    .is_some_and(|t| {
                        t.end - t.start == 1
                            && !is_place_like(doc, &sent.chars[t.start..t.end], &t.tag)
                    });
            single || only_business(doc, &tail.iter().collect::<String>())
        }
        Kind::Zone => (2..=tail.len().min(8)).any(|n| {
            doc.lex
                .industries
                .contains(&tail[..n].iter().collect::<String>())
        }),
        _ => false,
    }
}

/// The char index where a name ending at `end` (exclusive of the suffix,
/// i.e. the suffix starts at `end`) begins; `None` when there is no stem.
pub(crate) fn stem_start(doc: &Doc, sent: &Sent, end: usize, kind: Kind) -> Option<usize> {
    let mut start = end;
    // Where the name may start without a pending verb.
    let mut committed = end;
    let mut pending = false;
    // One buffer for the words looked at.
    let mut piece = String::new();
    // Tokens from here on belong to a known company's name.
    let mut inside = usize::MAX;
    // Where a place's last char glued to the zone's suffix starts (站|前).
    let mut glued_to = usize::MAX;
    // Set when a bracket inside the name (来金(长春)汽车…, 长兴岛(西中岛)石化…)
    // is skipped: tokens up to its opening belong to the name.
    let mut skip_to = usize::MAX;
    for tok in sent.toks.iter().rev().filter(|t| t.start < end) {
        if tok.start >= skip_to {
            continue;
        }
        let piece_start = tok.start;
        // (A function char glued to the name's first word, or 的|和 opening
        // a brand: the name starts right there.)
        let opening = if glued_function_char(doc, sent, tok, end, kind) {
            Some(tok.start + 1)
        } else {
            brand_after_de(sent, tok, end)
        };
        if let Some(at) = opening {
            start = at;
            if !pending {
                committed = start;
            }
            break;
        }
        // (中/f|新/a|科技城, 中德|产业园: 中 and a country's first char name a
        // cooperation of the two countries.)
        if kind == Kind::Zone && tok.end == end && bilateral(sent, tok) {
            start = tok.start - 1;
            committed = start;
            pending = false;
            break;
        }
        if closes_clause(doc, sent, tok, kind) {
            break;
        }
        // A closing bracket whose opening bracket lies a few chars left,
        // with a name inside, belongs to the name.
        if kind != Kind::Project && tok.end <= end && matches!(sent.chars[tok.start], ')' | '）') {
            // (乌鲁木齐经开区(头屯河区)|两河…产业园: the bracket glosses the
            // zone before it; the next name starts after it.)
            let Some(o) = bracket_open(sent, tok, 8).filter(|&o| {
                kind != Kind::Zone || doc.lex.zone_index.ending_at(&sent.chars, o).is_none()
            }) else {
                break;
            };
            skip_to = o;
            start = o;
            if !pending {
                committed = o;
            }
            continue;
        }
        let piece_chars = &sent.chars[tok.start..tok.end.min(end)];
        piece.clear();
        piece.extend(piece_chars);
        let word = piece.as_str();
        let tag = tok.tag.as_str();
        if name_stops_at(doc, sent, tok, (start, end), kind, word) {
            break;
        }
        // A word jieba does not know, with a tag guessed from the word
        // alone, in a company or project name is most likely the brand
        // (安庆|晨顺迈|精密锻造有限公司, 瑾|隆启/t|保持架有限公司).
        // (榆横/v|工业区: so is one read as a verb right before a zone's
        // suffix; not 老旧/a, 地为/p.)
        let brand = tok.oov
            && (matches!(kind, Kind::Org | Kind::Project)
                || (kind == Kind::Zone && tok.end == end && tag == "v"));
        if kind == Kind::Project {
            if tok.start >= inside {
                continue;
            }
            match project_piece(doc, sent, tok, end, word, brand) {
                ProjectPiece::Stop => break,
                ProjectPiece::KnownCompany(from) => {
                    start = from;
                    inside = from;
                }
                ProjectPiece::Joins => start = piece_start,
            }
            continue;
        }
        let place_end = closes_place(sent, tok, end, kind, word);
        let joint = joint_company(doc, sent, tok, end, kind, word);
        // (A place's end, or 联合 in a company's name, or a brand's 和.)
        let own = place_end || joint || place_he(doc, sent, tok, end, kind, word);
        let hard = is_hard_stop(kind, word, tag)
            && !brand
            && !own
            && !kept_in_name(doc, sent, tok, kind, piece_chars);
        // A clause word that is, with what follows it, only business words
        // before the legal ending names the business (金沙|农业发展|有限公司).
        let kept = own
            || (kind == Kind::Org
                && only_business(doc, &unbracketed(&sent.chars[piece_start..end])))
            || cooperation_park(sent, tok, end, kind, word);
        let stop = STOP_SET.contains(word) && !kept;
        if stop || (hard && !brand_char(doc, sent, tok, end, kind)) {
            break;
        }
        start = piece_start;
        // (The name starts at the Latin brand, or there is none.)
        if tag == "eng" && kind == Kind::Org {
            latin_brand_opens(doc, sent, tok).then_some(())?;
            pending = false;
            break;
        }
        if brand {
            if !pending {
                committed = start;
            }
            continue;
        }
        // The word a place's last char closes is the place's (站|前片区).
        let next = if place_end { tok.start } else { usize::MAX };
        let glued = std::mem::replace(&mut glued_to, next) == tok.end;
        if glued || is_place_like(doc, piece_chars, tag) || org_proper_name(kind, tag, piece_chars)
        {
            committed = start;
            pending = false;
        } else if joint || noun_like(doc, sent, tok, end, kind) {
            if !pending {
                committed = start;
            }
        } else if pends(kind, tag, word) {
            pending = true;
        } else if !pending {
            committed = start;
        }
    }
    let start = if pending { committed } else { start };
    trim_stem(doc, sent, start, end, kind)
}

/// True when `tok` is one char, a country's, right after a 中 of its own
/// (中|新, 中|德): the two countries a park of cooperation is named after.
fn bilateral(sent: &Sent, tok: &super::Tok) -> bool {
    tok.end == tok.start + 1
        && tok.start >= 1
        && "新德法韩日俄意欧美英泰马瑞奥荷比丹芬澳非阿沙越老柬缅蒙哈乌白捷匈波以"
            .contains(sent.chars[tok.start])
        && sent.chars[tok.start - 1] == '中'
        && sent
            .toks
            .iter()
            .any(|t| t.start + 1 == tok.start && t.end == tok.start)
}

/// True when `tok` is a 和 right after a place, opening a company's brand
/// (山东|和/c|跃/v|电子科技有限公司): no conjunction joins a place to a
/// single char.
fn place_he(doc: &Doc, sent: &Sent, tok: &super::Tok, end: usize, kind: Kind, word: &str) -> bool {
    kind == Kind::Org
        && word == "和"
        && end >= tok.end + 3
        && sent
            .toks
            .iter()
            .any(|t| t.start == tok.end && t.end == tok.end + 1)
        && sent
            .toks
            .iter()
            .any(|t| t.end == tok.start && is_place_like(doc, &sent.chars[t.start..t.end], &t.tag))
}

/// True when `chars[at]` is a 和 right after 的, which opens a brand.
fn he_after_de(chars: &[char], at: usize) -> bool {
    at > 0 && chars[at] == '和' && chars[at - 1] == '的'
}

/// True when the name being read leftwards (now `start..end`) cannot take
/// `tok` (whose text is `word`): another name ends there, the word is no
/// name's, the name grew too long, a clause's verb opens it, or a zone's
/// name ends there.
fn name_stops_at(
    doc: &Doc,
    sent: &Sent,
    tok: &super::Tok,
    (start, end): (usize, usize),
    kind: Kind,
    word: &str,
) -> bool {
    // (Checked only where a name would end: it allocates.)
    let operator = || zone_operator(doc, sent, tok, end, kind);
    if kind != Kind::Project && other_name_ends(doc, sent, tok, start, end, kind) && !operator() {
        return true;
    }
    // (A project's plus is read by project_piece: …一体化+多能互补…项目.)
    let plus = kind == Kind::Project && matches!(word, "+" | "＋");
    if !(plus || word.chars().all(is_name_char))
        || end - tok.start > max_len(sent, kind, tok.start, end)
    {
        return true;
    }
    // 建设|远景低碳产业园, 建设|智能视觉产业链: a verb of the clause
    // opens no zone's or industry's name.
    if matches!(kind, Kind::Zone | Kind::Industry) && super::zone::opens_clause(word) {
        return true;
    }
    // (省百大项目|汶锣集团: a project's standing before a company's name
    // is none of it; 项目管理 may be its business, and a listed item may
    // end in 项目: A项目、B、C等企业.)
    if kind == Kind::Org
        && tok.end < end
        && word.ends_with("项目")
        && !only_business(doc, &sent.text(tok.start, end))
    {
        return true;
    }
    // A zone name ends here (示范区|潇河新兴产业园区): names do not run on.
    kind != Kind::Project && tok.end <= end && doc.lex.zone_suffix(word).is_some() && !operator()
}

/// Where a brand opened by 和 right after 的 starts, when `tok` is that
/// 和 or the one char after it (交会处的|和/c|润/v|汽车工业园: no conjunction
/// can stand after 的, so 和 and the char after it are the brand).
fn brand_after_de(sent: &Sent, tok: &super::Tok, end: usize) -> Option<usize> {
    let he = |at: usize| he_after_de(&sent.chars, at);
    let one = |t: &super::Tok| t.end == t.start + 1 && t.end < end;
    if one(tok) && he(tok.start) {
        // (和 itself: the char after it must be a token of its own.)
        return sent
            .toks
            .iter()
            .any(|t| t.start == tok.end && one(t))
            .then_some(tok.start);
    }
    (one(tok) && tok.start > 1 && he(tok.start - 1)).then(|| tok.start - 1)
}

/// True when the words right before and after `tok` (before `end`) are
/// both of a kind `pred` tells (two places around 至, two things made
/// around 与).
fn between(sent: &Sent, tok: &super::Tok, end: usize, pred: impl Fn(&super::Tok) -> bool) -> bool {
    tok.end < end
        && sent.toks.iter().any(|t| t.end == tok.start && pred(t))
        && sent
            .toks
            .iter()
            .any(|t| t.start == tok.end && t.end <= end && pred(t))
}

/// True when `word` joins two parts of one project's name: 至 between two
/// places (a road's ends), 与 between two things made.
fn joins_two(doc: &Doc, sent: &Sent, tok: &super::Tok, end: usize, word: &str) -> bool {
    if !matches!(word, "至" | "与") {
        return false;
    }
    // (南充|至/p|成都高速公路项目: a road or a pipeline runs between two
    // places, both in its name.)
    let place = |t: &super::Tok| is_place_like(doc, &sent.chars[t.start..t.end], &t.tag);
    if word == "至" {
        return between(sent, tok, end, place);
    }
    // (储能|与/p|动力电池项目: two things made, one project's.)
    let known = |t: &super::Tok| {
        let w: String = sent.chars[t.start..t.end].iter().collect();
        doc.lex.products.contains_key(&w) || doc.lex.industries.contains(&w)
    };
    // (预制菜|与|生物科技产业项目: one known, the other a common noun.)
    let common = |t: &super::Tok| {
        let tag = t.tag.as_str();
        tag.starts_with('n') && !matches!(tag, "nr" | "ns" | "nt" | "nrt" | "nrfg")
    };
    let left = sent.toks.iter().find(|t| t.end == tok.start);
    let right = sent
        .toks
        .iter()
        .find(|t| t.start == tok.end && t.end <= end);
    let pair = match (left, right) {
        (Some(l), Some(r)) => (known(l) && (known(r) || common(r))) || (common(l) && known(r)),
        _ => false,
    };
    word == "与" && pair
}

/// 由华鼎/nr, 而鲁泰/nr: jieba glued a function char to the brand; the name
/// starts after it. (获宁川/ns…省政府批准: 获 too.)
fn glued_function_char(doc: &Doc, sent: &Sent, tok: &super::Tok, end: usize, kind: Kind) -> bool {
    let c = sent.chars[tok.start];
    // (也|有润/n|阳光…: the 有 of 也有, 还有, 既有 is the clause's verb.)
    let had = c == '有'
        && tok.start > 0
        && "也还既都均".contains(sent.chars[tok.start - 1])
        && tok.end - tok.start >= 2;
    // (由腾/v|鳌/g|经济开发区: a two-char word jieba made up, the name
    // going on after it.)
    let made_up = tok.end - tok.start == 2 && tok.oov && tok.end < end;
    // (是|继山能/v|集团…项目落户开发区后: 继…后, after X.)
    let following = c == '继'
        && (tok.start == 0 || "是，,".contains(sent.chars[tok.start - 1]))
        && sent.chars[tok.end..].contains(&'后');
    // (…开竣工|暨江松/nr|科技…项目: 暨 joins the event to the project.)
    let ji = c == '暨';
    (matches!(kind, Kind::Org | Kind::Zone) || ((following || ji) && kind == Kind::Project))
        && (tok.end - tok.start >= 3 || had || made_up)
        && tok.end <= end
        && (LEADING_STOPS.contains(&c) || c == '获' || had || following)
        && !doc.lex.place_trie.contains(&sent.chars[tok.start..tok.end])
}

/// True when a Latin word (`tok`) may open a company's name: after a place,
/// 的 or a mark (的|FEV公司, 德国|FEV公司), not after other words, where it
/// is a kind's (开放式 GP 管理公司).
fn latin_brand_opens(doc: &Doc, sent: &Sent, tok: &super::Tok) -> bool {
    let place = |t: &super::Tok| is_place_like(doc, &sent.chars[t.start..t.end], &t.tag);
    let opens = |t: &super::Tok| {
        let c = sent.chars[t.start];
        t.end - t.start == 1 && (c == '的' || (!c.is_whitespace() && !is_name_char(c)))
    };
    sent.toks
        .iter()
        .find(|t| t.end == tok.start)
        .is_none_or(|t| place(t) || opens(t))
}

/// True when only business words follow `tok` in a company's name: a
/// zone's own operator holds the zone's whole name (江苏中南科技产业园|
/// 运营管理有限公司).
fn zone_operator(doc: &Doc, sent: &Sent, tok: &super::Tok, end: usize, kind: Kind) -> bool {
    kind == Kind::Org
        && tok.end < end
        && only_business(doc, &unbracketed(&sent.chars[tok.end..end]))
}

/// True when another name ends at `tok`, which the name being read (its
/// stem starting at `start`) does not run into: names do not, except place
/// names, which open many names (山西|安泰控股集团), and a government
/// body's before a bracketed place, which needs the name before it
/// (中水四局|(塔城)能源装备有限公司).
fn other_name_ends(
    doc: &Doc,
    sent: &Sent,
    tok: &super::Tok,
    start: usize,
    end: usize,
    kind: Kind,
) -> bool {
    let class = |m: &super::Mention| doc.entities.get(m.entity).class;
    let other = sent
        .mentions
        .iter()
        .any(|m| m.end == tok.end.min(end) && m.end > tok.start && class(m) != super::Class::Place);
    let bracket_next = kind == Kind::Org
        && start == tok.end
        && matches!(sent.chars.get(start), Some('(' | '（'))
        && sent
            .mentions
            .iter()
            .all(|m| m.end != tok.end || class(m) == super::Class::GovernmentBody);
    other && !bracket_next
}

/// The longest stem of a name of `kind` from `start` to `end`: a branch's
/// name holds its parent's whole legal name (内蒙古霍林河露天煤业股份有限公司
/// 山西|分公司), so it may run longer.
fn max_len(sent: &Sent, kind: Kind, start: usize, end: usize) -> usize {
    // The suffix is a branch's, and the parent's name ends a few chars
    // (a place) before it.
    let branch = sent.chars[end..].starts_with(&['分', '公', '司'])
        || sent.chars[end..].starts_with(&['分', '厂']);
    let parent = kind == Kind::Org
        && branch
        && sent.chars[start..end]
            .windows(2)
            .rposition(|w| w == ['公', '司'])
            .is_some_and(|i| end - (start + i + 2) <= 4);
    kind.max_len() + if parent { 10 } else { 0 }
}

/// `chars` without its bracketed glosses: 发展(山西) reads as 发展, the
/// bracket being a place inside a company's legal name (天德亨新能源科技发展
/// (山西)有限公司); 深中合作(黄圃)产业园 as 深中合作产业园.
pub(crate) fn unbracketed(chars: &[char]) -> String {
    let mut depth = 0usize;
    let mut out = String::new();
    for &c in chars {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// True when a word of a company's name is a proper name jieba tagged as
/// one (霍林河/nr|露天/v|煤业): it opens the name, so a verb after it is part
/// of the name, not the clause's.
fn org_proper_name(kind: Kind, tag: &str, piece: &[char]) -> bool {
    kind == Kind::Org && matches!(tag, "nr" | "nrt" | "nz") && piece.len() >= 2
}

/// True when every word jieba read over `a..b` of `sent` lies inside it and
/// is a noun, a proper name or a word jieba does not know: what a company's
/// bare name is made of. With `glued`, the first word may hold one char
/// before `a` (由宁川浩纳/ns: jieba glued 由 to the name).
pub(crate) fn only_noun_words(sent: &Sent, a: usize, b: usize, glued: bool) -> bool {
    sent.toks
        .iter()
        .filter(|t| t.start < b && a < t.end)
        .all(|t| {
            (t.start >= a || (glued && t.start + 1 == a))
                && t.end <= b
                && (t.oov
                    || matches!(
                        t.tag.as_str(),
                        "n" | "nz" | "nr" | "nrt" | "ns" | "nt" | "j" | "eng" | "vn"
                    ))
        })
}

/// A bare name of 2–4 Han chars: what a brand looks like when nothing
/// else marks it (以禾丰为龙头, 与宏磷强强联手).
pub(crate) fn bare_han(name: &str) -> bool {
    (2..=4).contains(&name.chars().count()) && name.chars().all(crate::text::is_han)
}

/// True when a lexicon knows `name` as a product, industry or place, or it
/// ends in one of `kinds` (words for a kind of thing or partner): no brand.
pub(crate) fn known_word(doc: &Doc, name: &str, kinds: &[&str]) -> bool {
    doc.lex.products.contains_key(name)
        || doc.lex.industries.contains(name)
        || doc.lex.places.contains_key(name)
        || kinds.iter().any(|w| name.ends_with(w))
}

/// Where a company's name starts after a ranking before it (中国民营企业
/// 500强|湖南金荣集团: a title, not its name, whatever words jieba cut it
/// into); `start` when there is none.
fn after_ranking(chars: &[char], start: usize, end: usize) -> usize {
    // (香港上市公司|中滔环保集团: a listing describes the company named after
    // it.)
    let listed = |k: usize| {
        k >= start + 3
            && chars[k - 3..k - 1] == ['上', '市']
            && matches!(chars[k - 1..=k], ['公', '司'] | ['企', '业'])
    };
    (start + 1..end.saturating_sub(2))
        .rev()
        .find(|&k| (chars[k] == '强' && chars[k - 1].is_ascii_digit()) || listed(k))
        .map_or(start, |k| k + 1)
}

/// True when `word` is the 合作 of a park of a cooperation between named
/// places right before its suffix (广东海南先进制造业|合作|产业园), not a verb
/// of the clause (两市|合作产业园 names no partner).
fn cooperation_park(sent: &Sent, tok: &super::Tok, end: usize, kind: Kind, word: &str) -> bool {
    // (深中/s|合作|(黄圃)|产业园: the two places' short names, jieba's
    // locative; the bracket glosses the host.)
    kind == Kind::Zone
        && word == "合作"
        && (tok.end == end || matches!(sent.chars.get(tok.end), Some('(' | '（')))
        && sent.toks.iter().any(|t| {
            t.end <= tok.start
                && t.start + 12 >= tok.start
                && matches!(t.tag.as_str(), "ns" | "nz" | "nr" | "nt" | "j" | "s")
        })
}

/// True when 联合, read leftwards from a company's legal ending, is the
/// name's own word: only business words, or nothing, lie between it and the
/// ending (中电光谷|联合|控股有限公司, 某某|联合|重工有限公司). As the clause's
/// verb (与A联合建设) it stands before a name, not inside one.
fn joint_company(
    doc: &Doc,
    sent: &Sent,
    tok: &super::Tok,
    end: usize,
    kind: Kind,
    word: &str,
) -> bool {
    kind == Kind::Org
        && word == "联合"
        && tok.end <= end
        && only_business(doc, &unbracketed(&sent.chars[tok.end..end]))
}

/// True when token `tok`, read leftwards from a name's suffix, is the end
/// of the clause before the name: a one-char word after a verb before a
/// zone's or company's name (做/v|大/a|做/v|强/a|扶岭空港经济区), a date's
/// 日 glued to the verb after it (25|日获/v*|浙江省政府).
fn closes_clause(doc: &Doc, sent: &Sent, tok: &super::Tok, kind: Kind) -> bool {
    // (兴发/v|新/a|材料有限公司: the char opens a known term, 新材料, which
    // the name holds.)
    let opens_term = || {
        let known = |trie: &crate::lexicon::WordTrie| {
            trie.lengths_at(&sent.chars, tok.start, 8).any(|n| n >= 3)
        };
        known(&doc.lex.industry_trie) || known(&doc.lex.core_trie)
    };
    // (象州|臻/vg|明/a|纺织有限公司: a verb's bound morpheme is no clause's
    // verb but a brand's char.)
    let after_verb = matches!(kind, Kind::Zone | Kind::Org)
        && tok.end - tok.start == 1
        && tok.tag.as_str().starts_with(['a', 'v'])
        && sent
            .toks
            .iter()
            .any(|p| p.end == tok.start && p.tag.as_str().starts_with('v') && p.tag != "vg")
        && !opens_term();
    let date_glue = tok.oov
        && tok.start > 0
        && "日月年号".contains(sent.chars[tok.start])
        && sent.chars[tok.start - 1].is_ascii_digit();
    after_verb || date_glue
}

/// Words ending a fixed four-char term that names a field (生物工程, 高新
/// 技术).
const FIELD_ENDS: &[&str] = &[
    "工程", "技术", "材料", "装备", "制造", "医药", "能源", "信息", "电子", "机械",
];

/// True when a word before a name's suffix may open the clause rather than
/// the name (a verb, an adjective, an idiom): the name starts after it
/// unless a place or noun opens the name further left.
fn pends(kind: Kind, tag: &str, word: &str) -> bool {
    let industry = kind == Kind::Industry;
    // 硅铁|冶炼/v, 食品|加工/v: a process closing an industry's name.
    // (新能源|创新/v|产业园, 商品|加工/vn|产业园: a park's trade or aim.)
    (tag.starts_with('v')
        && tag != "vn"
        && !(industry && INDUSTRY_PROCESSES.contains(&word))
        && !(kind == Kind::Zone && (INDUSTRY_PROCESSES.contains(&word) || word == "创新")))
        // 先进/a|装备制造, 高端/a|装备: industries' names hold these.
        || (tag.starts_with('a')
            && word.chars().count() > 1
            && !(industry && INDUSTRY_ADJECTIVES.contains(&word)))
        // 输变电/l|装备产业链: a short fixed term names an industry; so
        // does a four-char one ending in a field's word (生物工程/l|产业链,
        // 高新技术/l|产业).
        // (太忻|一体化/l|经济区: a zone the cities plan as one.)
        || (tag == "l"
            && !(kind == Kind::Zone && word == "一体化")
            && !(industry
                && (word.chars().count() <= 3
                    || (word.chars().count() == 4
                        && FIELD_ENDS.iter().any(|e| word.ends_with(e))))))
        || tag == "i"
}

/// The opening bracket of the closing one at `tok` when it lies at most
/// `within` chars left, with a name inside, and opens no new clause: the
/// bracket belongs to the name (来金(长春)汽车…), or glosses it.
fn bracket_open(sent: &Sent, tok: &super::Tok, within: usize) -> Option<usize> {
    (tok.start.saturating_sub(within)..tok.start)
        .rev()
        .find(|&i| matches!(sent.chars[i], '(' | '（'))
        .filter(|&o| {
            o > 0 && tok.start - o >= 2 && !matches!(sent.chars[o - 1], '，' | '。' | '、')
        })
}

/// True when a function word (by jieba's tag) belongs to a name: an
/// adverb right after a place in a company's name the dictionary does not
/// know (元谋|果然|鲜冷链物流有限公司), a place of the lexicon whatever its tag
/// (大连/d).
fn kept_in_name(doc: &Doc, sent: &Sent, tok: &super::Tok, kind: Kind, piece: &[char]) -> bool {
    let after_place = tok.tag.as_str() == "d"
        && kind == Kind::Org
        && sent
            .toks
            .iter()
            .rev()
            .find(|t| t.end <= tok.start)
            .is_some_and(|t| is_place_like(doc, &sent.chars[t.start..t.end], &t.tag));
    after_place || doc.lex.place_trie.contains(piece)
}

/// True when `tok` (`word`), right before a zone's suffix at `end`, is a
/// place name's last char that jieba tags a measure word or a direction:
/// 董家|口/q|经济区 (after a noun), 站|前/f|片区 (after a word that is no
/// function word), 滇|中/f|新区 (a region of a province).
fn closes_place(sent: &Sent, tok: &super::Tok, end: usize, kind: Kind, word: &str) -> bool {
    let tag = tok.tag.as_str();
    kind == Kind::Zone
        && tok.end - tok.start == 1
        && tok.end == end
        && sent
            .toks
            .iter()
            .rfind(|t| t.end <= tok.start)
            .is_some_and(|t| {
                t.end == tok.start
                    && if tag.starts_with('q') {
                        t.end - t.start >= 2
                            && matches!(t.tag.as_str(), "n" | "nr" | "ns" | "nz" | "s")
                    } else {
                        tag == "f"
                            && "东南西北中前后".contains(word)
                            && sent.chars[t.start..t.end]
                                .iter()
                                .all(|c| crate::text::is_han(*c))
                            && !is_hard_stop(kind, &sent.text(t.start, t.end), &t.tag)
                    }
            })
}

/// True for a project's phase: 一期, 二期, 十二期, 3期, 一至六期.
pub(crate) fn is_phase(word: &str) -> bool {
    let number =
        |n: &str| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || is_han_digit(c));
    // (一至六期, 1-3期: a range of phases.)
    word.strip_suffix('期')
        .is_some_and(|n| match n.split_once(['至', '-']) {
            Some((a, b)) => number(a) && number(b),
            None => number(n),
        })
}

/// What a token does to a project's name read leftward from its suffix.
enum ProjectPiece {
    /// The name starts after it.
    Stop,
    /// It is part of the name.
    Joins,
    /// It ends a company's short name the article gave before, which
    /// starts at this char and belongs to the project's name.
    KnownCompany(usize),
}

/// Reads token `tok` (`word`, cut at `end`) left of a project's suffix at
/// `end` (`brand`: a word jieba does not know).
/// True when the words end with an event's name (…招商大会, …开工仪式).
fn ends_with_event(chars: &[char]) -> bool {
    [
        "大会",
        "会议",
        "仪式",
        "活动",
        "论坛",
        "峰会",
        "推介会",
        "洽谈会",
        "博览会",
    ]
    .iter()
    .any(|w| crate::text::chars_end_with(chars, w))
}

fn project_piece(
    doc: &Doc,
    sent: &Sent,
    tok: &super::Tok,
    end: usize,
    word: &str,
    brand: bool,
) -> ProjectPiece {
    let tag = tok.tag.as_str();
    // (岚川经开区(以下简称“…”)|汶溪会展中心项目: a short name's gloss
    // closes what it glosses; the project's name starts after it.)
    let gloss =
        || bracket_open(sent, tok, 24).is_some_and(|o| sent.text(o, tok.start).contains("简称"));
    if matches!(word, ")" | "）") && gloss() {
        return ProjectPiece::Stop;
    }
    // 在东港岛|新建|150万吨乙烯项目: a building verb (whatever jieba
    // tags it) opens the clause; the name is what is built.
    // (投资建设|隔膜项目: two chars after the verb name the project too.)
    // (招商大会暨|康士柏…项目: an event joined by 暨 is no part of the
    // project's name.)
    if (["新建", "扩建", "兴建", "投建", "建设", "上马"].contains(&word)
        && end.saturating_sub(tok.end) >= 2)
        || (word == "暨" && ends_with_event(&sent.chars[..tok.start]))
    {
        return ProjectPiece::Stop;
    }
    // (省百大项目|汶锣集团生猪…项目: a standing's 项目 ends the name
    // before it.)
    let standing_before = || {
        sent.toks.iter().any(|t| {
            t.end == tok.start
                && ["百大", "重点", "重大"].contains(&sent.text(t.start, t.end).as_str())
        })
    };
    // (银川市重点项目/n|宁夏晶钰…项目: jieba glues the standing.)
    if (word == "项目" && standing_before())
        || (word.ends_with("项目") && tok.end < end && word.chars().count() > 2)
    {
        return ProjectPiece::Stop;
    }
    // (今年以来/i|汶溪经开区项目: a time since when opens the clause; 铁投
    // 集团子公司|四川路桥…项目: the parent's standing, the builder's.)
    if word.ends_with("以来")
        || super::enterprise::STANDINGS
            .iter()
            .any(|w| word.ends_with(w))
    {
        return ProjectPiece::Stop;
    }
    // A phase (一期/d in jieba's dictionary, 二期, 3期) belongs to the
    // project's name: 双赢集团50万吨生态肥|一期|工程.
    if is_phase(word) {
        return ProjectPiece::Joins;
    }
    // 热态渣|再/d|利用, 废旧电机|再/d|制造: re-use is what the project does.
    if word == "再"
        && ["利用", "制造", "生", "循环"]
            .iter()
            .any(|w| sent.text(tok.end, end).starts_with(w))
    {
        return ProjectPiece::Joins;
    }
    // 100万吨|每年/r|劣质油…项目: a capacity written per year in words
    // holds its 每年.
    let after_amount = sent
        .toks
        .iter()
        .any(|t| t.end == tok.start && t.tag.as_str() == "m");
    if word == "每年" && after_amount && tok.end < end {
        return ProjectPiece::Joins;
    }
    // 年产30万吨饲料和|30万吨化肥项目: 和 before a second amount joins the
    // products of one project.
    // (30万吨再生铝项目和|5万吨…项目: a whole name before it is another.)
    // (年产30万吨烧碱和|年产32万吨聚氯乙烯项目: the capacity's word first.)
    let rest = &sent.chars[tok.end.min(sent.chars.len())..];
    let rest = if crate::text::chars_start_with(rest, "年产") {
        &rest[2..]
    } else {
        rest
    };
    let amount_after = rest.first().is_some_and(|c| c.is_ascii_digit());
    let whole_before =
        || super::project::ends_with_suffix(&sent.text(tok.start.saturating_sub(4), tok.start));
    if word == "和" && amount_after && tok.end < end && !whole_before() {
        return ProjectPiece::Joins;
    }
    // 功率器件|用/p|半导体单晶硅片项目: what a product is for, between two
    // nouns, is part of its name.
    if word == "用"
        && tok.end < end
        && sent
            .toks
            .iter()
            .any(|t| t.end == tok.start && t.tag.as_str().starts_with('n'))
    {
        return ProjectPiece::Joins;
    }
    // (源网荷储一体化|+|多能互补产业配套项目: a plus joins two ways of one
    // project.)
    if matches!(word, "+" | "＋")
        && tok.start > 0
        && tok.end < end
        && crate::text::is_han(sent.chars[tok.start - 1])
        && crate::text::is_han(sent.chars[tok.end])
    {
        return ProjectPiece::Joins;
    }
    // (宝马|全新/d|动力电池项目: a new thing made, named so.)
    if word == "全新" && end >= tok.end + 2 {
        return ProjectPiece::Joins;
    }
    // (年产3000吨|的|高性能润滑改性材料项目: the capacity before 的 is the
    // project's name's; a line's is the company's.)
    if word == "的"
        && tok.end < end
        && sent.chars[end..].starts_with(&['项', '目'])
        && super::alias::ends_in_capacity(&sent.text(tok.start.saturating_sub(14), tok.start))
    {
        return ProjectPiece::Joins;
    }
    if joins_two(doc, sent, tok, end, word) {
        return ProjectPiece::Joins;
    }
    let opens_name = opens_project_name(sent, tok, end);
    if opens_name || joins_stages(sent, tok, end, word) {
        return ProjectPiece::Joins;
    }
    // (也是|第一个/m|光伏项目: a rank among projects opens no name.)
    if tag == "m" && word.starts_with(['第', '首']) && word.ends_with('个') {
        return ProjectPiece::Stop;
    }
    // Project names keep verbs (提升, 新增) and 及, not openers.
    // (这是/v, a word jieba's model guessed, opens the clause too.)
    // (有色|高新/d|材料中试线: a quality jieba tags as an adverb.)
    let quality = INDUSTRY_ADJECTIVES.contains(&word);
    // (产业投资/vn|基金项目: investing names the fund, it opens no clause.)
    if word != "及"
        && !(word == "投资" && crate::text::chars_start_with(&sent.chars[tok.end..], "基金"))
        && (PROJECT_OPENER_SET.contains(word)
            || (!brand
                && !quality
                && ["p", "c", "u", "r", "d", "t"]
                    .iter()
                    .any(|h| tag.starts_with(h))))
    {
        // …except inside a company's short name the article gave
        // before (煜润越/d|集团煤制甲醇项目 after 陕西煜润越能源化工
        // 集团有限公司).
        return match known_company_ending(doc, sent, tok.end.min(end)) {
            Some(from) => ProjectPiece::KnownCompany(from),
            None => ProjectPiece::Stop,
        };
    }
    ProjectPiece::Joins
}

/// True when a conjunction inside a project's name joins what is made
/// (气凝胶|及其|复合产品基地) or two stages of making it (航空动力装备研发
/// |与|产业化项目).
fn joins_stages(sent: &Sent, tok: &super::Tok, end: usize, word: &str) -> bool {
    const BEFORE: &[&str] = &["研发", "研制", "开发", "生产", "制造"];
    const AFTER: &[&str] = &["产业化", "应用", "示范", "销售", "生产", "制造"];
    let text = |t: &super::Tok| sent.text(t.start, t.end);
    if tok.end >= end {
        return false;
    }
    word == "及其"
        || (matches!(word, "与" | "及" | "和")
            && sent
                .toks
                .iter()
                .any(|t| t.end == tok.start && BEFORE.contains(&text(t).as_str()))
            && sent
                .toks
                .iter()
                .any(|t| t.start == tok.end && t.end <= end && AFTER.contains(&text(t).as_str())))
}

/// True when char `at` opens a sentence or follows a clause's mark or 的
/// (，|中元汇吉…, 的|至信汽车…): where a name may start with a word jieba
/// reads as a function word.
pub(super) fn after_clause_mark(chars: &[char], at: usize) -> bool {
    at == 0
        || matches!(
            chars[at - 1],
            '，' | ',' | '。' | '；' | ';' | '：' | ':' | '、' | '的'
        )
}

/// 的|至/p|信汽车…项目, ，|中元/t|汇吉…项目: a short word jieba reads as a
/// preposition or time right after a clause's mark, and not a word clauses
/// open with, is the first of a project's name ending at `end` (the name
/// scanner joins it, and the trim keeps it).
fn opens_project_name(sent: &Sent, tok: &super::Tok, end: usize) -> bool {
    let tag = tok.tag.as_str();
    let word = sent.text(tok.start, tok.end.min(end));
    after_clause_mark(&sent.chars, tok.start)
        && tok.end - tok.start <= 2
        && (tag.starts_with('p') || tag.starts_with('t'))
        && !STOP_SET.contains(word.as_str())
        && !PROJECT_OPENER_SET.contains(word.as_str())
        && end.saturating_sub(tok.end) >= 3
}

/// Trims a stem read from `start` to `end`: unmatched quotes and brackets,
/// leading stops and marks, a 内 or 外 closing the clause before, and a
/// lead common to names; `None` when too little is left.
fn trim_stem(doc: &Doc, sent: &Sent, start: usize, end: usize, kind: Kind) -> Option<usize> {
    let start = match kind {
        Kind::Org => after_ranking(&sent.chars, start, end),
        _ => start,
    };
    // An unmatched closing quote means the quote began outside the name.
    let mut cut = start;
    let mut depth = 0i32;
    for (i, c) in sent.chars[start..end].iter().enumerate() {
        match c {
            '“' | '（' | '(' => depth += 1,
            '”' | '）' | ')' => {
                depth -= 1;
                if depth < 0 {
                    cut = start + i + 1;
                    depth = 0;
                }
            }
            _ => {}
        }
    }
    let mut start = cut;
    // An opening quote never closed inside the name began before it.
    if depth > 0 {
        if let Some(q) = sent.chars[start..end]
            .iter()
            .rposition(|c| matches!(c, '“' | '（' | '('))
        {
            start += q + 1;
        }
    }
    // (的|和润…: a brand's 和 after 的 stays, see [`brand_after_de`].)
    let de_brand = he_after_de(&sent.chars, start);
    while end - start > 2
        && LEADING_STOPS.contains(&sent.chars[start])
        && !de_brand
        && !(kind == Kind::Project
            && sent
                .toks
                .iter()
                .any(|t| t.start == start && opens_project_name(sent, t, end)))
    {
        start += 1;
    }
    // 记者|从区/n|经济开发区: a stop glued to the zone's 区 leaves no name.
    // (和田, 即墨, 于都: places that open with such a char.)
    if kind == Kind::Zone
        && end - start == 2
        && LEADING_STOPS.contains(&sent.chars[start])
        && !doc.lex.place_trie.contains(&sent.chars[start..end])
    {
        return None;
    }
    // (……重庆枢纽港产业园: marks open no name.)
    while end - start > 2 && matches!(sent.chars[start], '.' | '…' | '·' | '-') {
        start += 1;
    }
    // (该|公司光伏组件产业园: an anaphor jieba split, 该公司, speaks of the
    // company again; its tail opens no name.)
    if let Some(n) = (2..=3).rev().find(|&n| {
        start > 0
            && end >= start + n + 2
            && doc.lex.anaphors.contains(&sent.text(start - 1, start + n))
    }) {
        start += n;
    }
    // (用好|达沃智慧产业园, 建好…: the 好 of a verb of doing well, jieba cut
    // from its verb, opens no name.)
    if end - start > 3
        && sent.chars[start] == '好'
        && start > 0
        && "用抓做建办管搞".contains(sent.chars[start - 1])
    {
        start += 1;
    }
    // 园区内|湖南恒通电缆有限公司: 内 or 外 left of a place closes 园区内,
    // it opens no name (but 内蒙古 is one place).
    if end - start > 3
        && matches!(sent.chars[start], '内' | '外')
        && !doc.lex.place_trie.contains(&sent.chars[start..start + 3])
        && sent
            .toks
            .iter()
            .find(|t| t.start == start + 1)
            .is_some_and(|t| is_place_like(doc, &sent.chars[t.start..t.end], &t.tag))
    {
        start += 1;
    }
    let start = after_place_with(sent, start, end, kind);
    let start = cut_common_lead(doc, sent, start, end, kind);
    let min = if kind == Kind::Industry { 1 } else { 2 };
    (end - start >= min).then_some(start)
}

/// 舞钢市以|河钢集团为链主: a city or county that takes (以) a company as
/// its chain's head is the clause's subject, not part of the name, even
/// when jieba glued 以 to the next char (以河/ns). A maker's word ends
/// what comes before a company's or a project's name (see
/// [`after_maker_word`]).
fn after_place_with(sent: &Sent, start: usize, end: usize, kind: Kind) -> usize {
    if end < start + 4 {
        return start;
    }
    if kind == Kind::Project {
        return after_maker_word(sent, start, end);
    }
    if kind != Kind::Org {
        return start;
    }
    let start = (start + 1..end - 2)
        .rev()
        .find(|&i| sent.chars[i] == '以' && matches!(sent.chars[i - 1], '市' | '县' | '省' | '旗'))
        .map_or(start, |i| i + 1);
    after_maker_word(sent, start, end)
}

/// Words that say what a company is (饮水机|制造商|艾迪卫环保科技公司):
/// the name starts after them.
pub(crate) const MAKER_WORDS: &[&str] = &["制造商", "生产商", "供应商"];

/// Where a company's name starts when a maker's word stands before it in
/// the stem (商用饮水机制造商|艾迪卫…): after the word, if two chars or
/// more of name are left.
fn after_maker_word(sent: &Sent, start: usize, end: usize) -> usize {
    let word_at = |i: usize| {
        MAKER_WORDS.iter().find_map(|w| {
            let n = w.chars().count();
            (i + n + 2 <= end && w.chars().eq(sent.chars[i..i + n].iter().copied())).then_some(n)
        })
    };
    (start..end)
        .rev()
        .find_map(|i| word_at(i).map(|n| i + n))
        .unwrap_or(start)
}

/// Words naming a company's role, not the company (供应商, 旗下).
const ORG_ROLE_WORDS: &[&str] = &[
    "供应商",
    "旗下",
    "客户",
    "合作方",
    "伙伴",
    "下属",
    "子公司",
    "厂商",
    "厂家",
    "股东",
    "龙头",
    "链主",
    "企业",
];

/// Verbs of a clause that, before a place, open no company's name.
const ORG_LEAD_VERBS: &[&str] = &[
    "建设", "推进", "引进", "新建", "扩建", "支持", "培育", "推动",
];

/// Common words glued before a place that opens a zone's or company's name
/// (新动能|无锡市新吴区空港经开区, 供应商|江苏博俊…有限公司, 资本旗下|天津…):
/// the name starts at the place. Only plain words go (at least two chars,
/// no word jieba does not know, no proper name): 华能|山东发电 keeps its brand.
fn cut_common_lead(doc: &Doc, sent: &Sent, start: usize, end: usize, kind: Kind) -> usize {
    if !matches!(kind, Kind::Zone | Kind::Org) {
        return start;
    }
    let toks: Vec<&super::Tok> = sent
        .toks
        .iter()
        .filter(|t| t.start >= start && t.end <= end)
        .collect();
    let Some(place) = toks
        .iter()
        .position(|t| is_place_like(doc, &sent.chars[t.start..t.end], &t.tag))
    else {
        return start;
    };
    let lead = &toks[..place];
    let common = |t: &&super::Tok| {
        !t.oov
            && t.end - t.start >= 1
            && matches!(
                t.tag.as_str(),
                "n" | "a" | "v" | "vn" | "d" | "m" | "mq" | "q" | "t" | "l" | "vd" | "ad" | "f"
            )
    };
    let cut = toks[place].start;
    // A company's brand is often a plain word (太重|榆液|长治液压): only a
    // role word before the place opens no company name (供应商|江苏博俊…).
    // (推进建设|湖南金弘公司…: a verb of the clause before the place does
    // not either.)
    let role = |t: &&super::Tok| {
        let w: String = sent.chars[t.start..t.end].iter().collect();
        ORG_ROLE_WORDS.iter().any(|r| w.ends_with(r)) || ORG_LEAD_VERBS.contains(&w.as_str())
    };
    if kind == Kind::Org && !lead.iter().any(role) {
        return start;
    }
    if !lead.is_empty() && cut - start >= 2 && lead.iter().all(common) {
        cut
    } else {
        start
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::{has, labels, read};
    use crate::extract::Class;

    /// 中 and a country's first char (中新, 中德) open a park of
    /// cooperation's name, though jieba cuts them as a locative and an
    /// adjective.
    #[test]
    fn two_countries_open_a_parks_name() {
        let r = read("岚川片区、中新科技城重大项目集中开工。中法产业园位于临沂。");
        let zones = labels(&r, Class::Zone);
        for z in ["中新科技城", "中法产业园"] {
            assert!(zones.contains(&z.to_string()), "{z}: {zones:?}");
        }
    }

    /// 该公司 before a park's name is the company spoken of again: its 公司
    /// opens no zone's name.
    #[test]
    fn the_company_spoken_of_opens_no_parks_name() {
        let r = read("据了解,该公司锂电池产业园项目进展顺利。");
        let zones = labels(&r, Class::Zone);
        assert!(!zones.iter().any(|z| z.starts_with("公司")), "{zones:?}");
    }

    /// The 好 of 用好, 建好 (a verb of doing well) opens no zone's name.
    #[test]
    fn the_hao_of_doing_well_opens_no_name() {
        let r = read("用好达岚智慧产业园,建好汶峰数字传媒产业园。");
        let zones = labels(&r, Class::Zone);
        assert_eq!(zones, ["汶峰数字传媒产业园", "达岚智慧产业园"], "{zones:?}");
    }

    /// Signing opens the clause, not a project's name (双方签署|…项目投资
    /// 协议), and a short name's gloss closes the zone it glosses: the
    /// project's name starts after it.
    #[test]
    fn signing_and_a_gloss_open_no_project_name() {
        let r = read(
            "双方签署岚溪碳纤维项目投资协议。岚川市与汶溪公司签订玄武岩纤维项目合作协议。\
             岚川经济技术开发区(以下简称“岚川经开区”)汶溪会展中心项目现场,一派繁忙景象。",
        );
        let projects = labels(&r, Class::Project);
        assert_eq!(
            projects,
            ["岚溪碳纤维项目", "汶溪会展中心项目", "玄武岩纤维项目"],
            "{projects:?}"
        );
        assert_eq!(labels(&r, Class::Enterprise), ["汶溪公司"]);
    }

    /// 和 right after a place opens a company's brand (山东和跃电子科技有限
    /// 公司); a party group's member is a title after a bureau.
    #[test]
    fn he_after_a_place_opens_a_brand() {
        let r = read(
            "岚东和跃电子科技有限公司与汶西和信化工有限公司签约。锦泽市工信局党组成员马心岚出席。",
        );
        assert_eq!(
            labels(&r, Class::Enterprise),
            ["岚东和跃电子科技有限公司", "汶西和信化工有限公司"]
        );
        assert_eq!(labels(&r, Class::GovernmentBody), ["锦泽市工信局"]);
    }

    /// A standing's 项目 (省百大项目) is part of no company's or project's
    /// name after it, and names no project itself.
    #[test]
    fn a_standings_project_word_opens_no_name() {
        let r = read("4月1日,岚川省百大项目汶锣集团生猪肉食品一体化项目开工。");
        let p = "汶锣集团生猪肉食品一体化项目";
        assert!(has(&r, p, "ownedBy", "汶锣集团"), "{r:?}");
        assert_eq!(labels(&r, Class::Enterprise), ["汶锣集团"]);
        assert_eq!(labels(&r, Class::Project), [p]);
    }

    /// A verb's bound morpheme in a brand (汶川|臻/vg|亮/v|纺织有限公司) is
    /// no clause's verb before the char after it.
    #[test]
    fn a_bound_verb_morpheme_is_a_brands_char() {
        let r = read("在汶川臻亮纺织有限公司,工人们正在忙碌。");
        let firms = labels(&r, Class::Enterprise);
        assert!(
            firms.contains(&"汶川臻亮纺织有限公司".to_string()),
            "{firms:?}"
        );
    }

    /// 是继X…后 (after X): the 继 jieba glued to a brand opens no name.
    #[test]
    fn the_ji_of_after_opens_no_name() {
        let r = read("该项目是继汶能集团智能装备项目落户园区后,又一重大项目。");
        assert_eq!(labels(&r, Class::Enterprise), ["汶能集团"], "{r:?}");
        assert!(has(&r, "汶能集团智能装备项目", "ownedBy", "汶能集团"));
    }

    /// The 有 of 也有 that jieba glues to a name's first char (也|有润/n|
    /// 阳光…) is the clause's verb, not the name's.
    #[test]
    fn the_verb_of_also_has_opens_no_name() {
        let r = read("既有岚峰电池等重大项目,也有润阳光电研究院、汶溪创新中心等科创项目。");
        assert_eq!(labels(&r, Class::Institution), ["润阳光电研究院"], "{r:?}");
    }

    /// 这是 that jieba glues into an unknown word (这是/v, 这是岚瑞/j) opens
    /// no company's name, and 布局 (to lay out) or 建立健全 (to set up) no
    /// project's.
    #[test]
    fn this_is_and_lay_out_open_no_name() {
        let r = read(
            "这是汶川岚瑞德电子有限公司在我市布局的首个项目。这是汶瑞矿业在我市布局新能源材料项目。\
             建立健全项目建设领导机制。",
        );
        assert_eq!(
            labels(&r, Class::Enterprise),
            ["汶川岚瑞德电子有限公司", "汶瑞矿业"],
            "{r:?}"
        );
        assert_eq!(labels(&r, Class::Project), ["新能源材料项目"], "{r:?}");
    }

    /// The kind of company before its name (民企|汶齐集团) is none of it.
    #[test]
    fn a_companys_kind_opens_no_name() {
        let r = read("2004年,民企汶齐集团入主岚溪盐厂。");
        let found = labels(&r, Class::Enterprise);
        assert!(found.contains(&"汶齐集团".to_string()), "{found:?}");
    }

    /// 暨 joins two events (P开工暨…仪式, jieba tags it nt): it opens no
    /// name.
    #[test]
    fn ji_joining_two_events_opens_no_name() {
        let r = read("岚溪举行汶峰能源项目开工暨全市大抓项目出征仪式。");
        let found = labels(&r, Class::Project);
        assert!(!found.iter().any(|p| p.contains('暨')), "{found:?}");
    }

    /// A rank among projects (第一个, 首个) opens no project's name.
    #[test]
    fn a_rank_among_projects_opens_no_name() {
        let r = read("该项目是汶溪区首个百亿级重大项目,也是第一个光伏项目。");
        assert!(labels(&r, Class::Project).is_empty(), "{r:?}");
    }

    /// A time since when (今年以来) opens the clause: a zone's projects
    /// after it (汶溪经开区项目推进) name no project.
    #[test]
    fn a_time_since_opens_no_project_name() {
        let r = read("集中展示了今年以来汶溪经开区项目推进、产业发展等各方面取得的显著成效。");
        assert!(labels(&r, Class::Project).is_empty(), "{r:?}");
    }

    /// 全新 inside a project's name and 与 between two known things made
    /// stay in it (岚驰全新储能电池项目, 岭能储能与动力电池项目); 与 between
    /// other words opens no name.
    #[test]
    fn new_and_joined_products_stay_in_the_project_name() {
        let r = read("岚驰全新储能电池项目正式签约。岭能科技储能与动力电池项目落户园区。");
        let projects = labels(&r, Class::Project);
        assert!(
            projects.contains(&"岚驰全新储能电池项目".to_string()),
            "{projects:?}"
        );
        assert!(
            projects.contains(&"岭能科技储能与动力电池项目".to_string()),
            "{projects:?}"
        );
        let r = read("推动岚溪企业与岭川项目对接。");
        assert!(labels(&r, Class::Project).is_empty());
    }

    /// A numeral char opening a brand right after a place (兆/m) stays in
    /// the company's name.
    #[test]
    fn a_numeral_char_after_a_place_opens_the_brand() {
        let r = read("北京兆帕时代机械设备维修有限公司投资的装备制造产业园项目签约。");
        let ent = labels(&r, Class::Enterprise);
        assert_eq!(ent, ["北京兆帕时代机械设备维修有限公司"]);
    }

    /// A city that takes a company as its chain's head (岚峰市以河…) is
    /// not part of the company's name.
    #[test]
    fn a_city_taking_a_company_is_not_its_name() {
        let r = read("岚峰市以河汐集团为链主，联动本地企业形成特厚岚板产业集群。");
        let ent = labels(&r, Class::Enterprise);
        assert_eq!(ent, ["河汐集团"]);
    }

    /// A verb of the clause before a place opens no company's name.
    #[test]
    fn a_verb_before_a_place_opens_no_company_name() {
        let r = read("该区推进建设湖南星澜公司废钢加工、余热发电等项目。");
        let ent = labels(&r, Class::Enterprise);
        assert_eq!(ent, ["湖南星澜公司"]);
    }

    /// A brand jieba split into single chars after a clause's mark, its
    /// first char a stop (的|至/p|溪/n|汽车…), opens the project's name.
    #[test]
    fn a_split_brand_opening_with_a_stop_stays_in_the_name() {
        let r = read("总投资2亿元的至溪汽车零部件扩建项目同步落地。");
        let projects = labels(&r, Class::Project);
        assert_eq!(projects, ["至溪汽车零部件扩建项目"]);
    }

    /// What a product is for (功率器件用…) stays in the project's name.
    #[test]
    fn a_project_name_keeps_what_its_product_is_for() {
        let r = read("总投资30亿元的节能型功率器件用半导体单晶硅片项目开工。");
        let projects = labels(&r, Class::Project);
        assert_eq!(
            projects,
            ["节能型功率器件用半导体单晶硅片项目"],
            "{projects:?}"
        );
    }

    /// A project's name whose first word jieba reads as a time or a
    /// preposition (凌晨|岚新材料…, 中元|岚吉…) right after a clause's mark
    /// keeps that word.
    #[test]
    fn a_project_name_keeps_a_first_word_read_as_time() {
        let r = read(
            "总投资2亿元的凌晨岚新材料年产8万吨聚甲醛项目落地。当前,中元岚吉生物科技园项目建设如火如荼。",
        );
        let projects = labels(&r, Class::Project);
        assert!(
            projects.contains(&"凌晨岚新材料年产8万吨聚甲醛项目".to_string()),
            "{projects:?}"
        );
        assert!(
            projects.contains(&"中元岚吉生物科技园项目".to_string()),
            "{projects:?}"
        );
    }

    /// 和 before a second amount joins the products of one project (年产30万吨
    /// A和30万吨B项目).
    #[test]
    fn and_before_an_amount_joins_one_project() {
        let r = read("目前,岭西岚唐年产30万吨蔗叶饲料加工和30万吨微生物化肥项目已建成投产。");
        let p = labels(&r, Class::Project);
        assert_eq!(
            p,
            ["岭西岚唐年产30万吨蔗叶饲料加工和30万吨微生物化肥项目"],
            "{p:?}"
        );
    }

    /// 上马 (to launch) before a project opens the clause, whatever jieba
    /// tags it (上马/ns).
    #[test]
    fn shang_ma_opens_no_project_name() {
        let r = read("岚峰公司今年上马年产100万件汽车内饰零部件项目。");
        let p = labels(&r, Class::Project);
        assert_eq!(p, ["年产100万件汽车内饰零部件项目"], "{p:?}");
    }

    /// A company's legal name keeps a bracketed place after a business word
    /// (科技发展(岭南)有限公司); a branch's name holds its parent's whole
    /// name; a proper name before a verb-like word opens the name
    /// (霍岚河/nr|露天/v|煤业).
    #[test]
    fn brackets_branches_and_proper_names_in_legal_names() {
        let r = read(
            "岭川市与汶溪新能科技发展(岭南)有限公司签约。\
             岭川市与内蒙古霍林河露天煤业股份有限公司岭南分公司签约。",
        );
        let e = labels(&r, Class::Enterprise);
        assert_eq!(
            e,
            [
                "内蒙古霍林河露天煤业股份有限公司岭南分公司",
                "汶溪新能科技发展(岭南)有限公司"
            ],
            "{e:?}"
        );
    }

    /// A ranking before a company's name (中国民营企业500强) is a title:
    /// the name starts after it.
    #[test]
    fn a_ranking_is_no_part_of_a_company_s_name() {
        let r = read(
            "溪岭园区引进中国民营企业500强湖北柯岚集团、全国100强宁川晟泰集团入驻。\
             世界500强鲁岭化工集团也在园区投资。",
        );
        let e = labels(&r, Class::Enterprise);
        assert_eq!(e, ["宁川晟泰集团", "湖北柯岚集团", "鲁岭化工集团"], "{e:?}");
    }

    /// A building verb before a project's name opens the clause: the
    /// name is what is built.
    #[test]
    fn a_building_verb_opens_no_project_name() {
        let r = read("宁川县计划在南湾岛新建60万吨丙烯项目。");
        assert_eq!(
            labels(&r, Class::Project),
            vec!["60万吨丙烯项目".to_string()]
        );
    }

    /// Verbs of a campaign (打赢, 紧盯) open the clause, not a project's
    /// name; 再 of 再利用 belongs to it.
    #[test]
    fn campaign_verbs_open_no_project_name_and_reuse_stays() {
        let r = read(
            "举全县之力打赢嘉禾光电项目建设攻坚战，紧盯澄源数字工厂项目。\
             宁远铝业有限公司废铝渣再利用年产5万吨铝灰砖项目开工。园区今年新开工岚溪食品项目。",
        );
        let proj = labels(&r, Class::Project);
        for p in [
            "岚溪食品项目",
            "嘉禾光电项目",
            "澄源数字工厂项目",
            "宁远铝业有限公司废铝渣再利用年产5万吨铝灰砖项目",
        ] {
            assert!(proj.contains(&p.to_string()), "{p}: {proj:?}");
        }
        // (坚持|项目为王, 狠抓|项目: projects in general, none named.)
        let r = read("岚溪县坚持项目为王,全县上下狠抓项目,企业充分发挥项目建设主力军作用。");
        assert!(
            labels(&r, Class::Project).is_empty(),
            "{:?}",
            labels(&r, Class::Project)
        );
    }

    /// A zone's operator holds the zone's whole name; a brand after a
    /// zone opens a company's name of its own.
    #[test]
    fn a_zone_operator_keeps_the_zone_in_its_name() {
        let r = read("青禾科技产业园运营管理有限公司与北辰集团签约。");
        let ent = labels(&r, Class::Enterprise);
        assert!(
            ent.contains(&"青禾科技产业园运营管理有限公司".to_string()),
            "{ent:?}"
        );
        let r = read("青禾经济开发区星澜新材料有限公司投资建设光伏项目。");
        let ent = labels(&r, Class::Enterprise);
        assert!(ent.contains(&"星澜新材料有限公司".to_string()), "{ent:?}");
    }

    /// Brackets inside a name belong to it, a role word or plain words
    /// before the place that opens a name do not, and a phase in brackets
    /// after 项目 is the project's.
    #[test]
    fn names_keep_their_brackets_and_drop_what_is_glued_before() {
        let r = read(
            "总投资3亿元的岷江(成都)精密机械有限公司精密轴承生产基地项目入驻园区。\
             再添新引擎泸州市龙马潭区临港经开区举行开工仪式。\
             包括蔚来汽车一级供应商浙江凌霄工业科技股份有限公司投资的凌霄车灯项目。\
             园区推进宏图铸造有限责任公司压铸件项目(二期)建设。",
        );
        let ent = labels(&r, Class::Enterprise);
        assert!(
            ent.contains(&"岷江(成都)精密机械有限公司".to_string()),
            "{ent:?}"
        );
        assert!(
            ent.contains(&"浙江凌霄工业科技股份有限公司".to_string()),
            "{ent:?}"
        );
        let zones = labels(&r, Class::Zone);
        assert!(
            zones.contains(&"泸州市龙马潭区临港经开区".to_string()),
            "{zones:?}"
        );
        let projects = labels(&r, Class::Project);
        assert!(
            projects.contains(&"宏图铸造有限责任公司压铸件项目(二期)".to_string()),
            "{projects:?}"
        );
        assert!(has(
            &r,
            "岷江(成都)精密机械有限公司精密轴承生产基地项目",
            "ownedBy",
            "岷江(成都)精密机械有限公司"
        ));
    }

    /// A road between two places holds both (溪州至岚城高速公路项目); a
    /// project after a parent's standing (集团子公司|P) starts after it; a
    /// state investment group's short name (能投集团) keeps its first char.
    #[test]
    fn roads_standings_and_investment_groups_in_project_names() {
        let r = crate::extract::testing::read(
            "纳入集中开工的项目还有:交投集团南充至岚州高速公路项目,\
             能投集团川东北储气调峰基地项目。\
             铁投集团子公司岚峰路桥年产5万吨锂电池正极材料项目在主会场开工。",
        );
        let projects = labels(&r, Class::Project);
        for p in [
            "交投集团南充至岚州高速公路项目",
            "能投集团川东北储气调峰基地项目",
            "岚峰路桥年产5万吨锂电池正极材料项目",
        ] {
            assert!(projects.contains(&p.to_string()), "{p}: {projects:?}");
        }
        assert!(
            labels(&r, Class::Enterprise).contains(&"能投集团".to_string()),
            "{r:?}"
        );
    }

    /// A province's short name and a compass char (黔|中/f|新区) name a
    /// region, whose zone keeps the whole name.
    #[test]
    fn a_region_of_a_province_names_a_zone() {
        let r = read("黔中新区聚焦大数据产业,园区企业达120家。");
        let zones = labels(&r, crate::extract::Class::Zone);
        assert_eq!(zones, ["黔中新区"]);
        assert!(has(&r, "黔中新区", "focusesOn", "大数据产业"));
    }

    /// 联合 inside a company's legal name, with only business words after
    /// it, is the name's own word (华川联合控股有限公司); as the clause's verb
    /// it still stands before the name (与岚峰集团联合成立…).
    #[test]
    fn joint_inside_a_legal_name_is_the_names() {
        let r = read("市政府与华川联合控股有限公司、青禾置业集团签署战略合作协议。");
        assert!(
            labels(&r, Class::Enterprise).contains(&"华川联合控股有限公司".to_string()),
            "{r:?}"
        );
        let r = read("岚溪县与岚峰集团联合组建溪岭新材料有限公司。");
        let firms = labels(&r, Class::Enterprise);
        assert!(
            firms.contains(&"溪岭新材料有限公司".to_string()),
            "{firms:?}"
        );
        assert!(!firms.iter().any(|f| f.contains("联合")), "{firms:?}");
    }

    /// 大力 (vigorously) opens a clause whatever jieba tags it: no zone's
    /// name holds it (永和县|大力/n|创新园区标准化建设).
    #[test]
    fn vigorously_opens_no_name() {
        let r = read("永和县大力创新园区标准化建设模式,园区发展迅速。");
        let zones = labels(&r, Class::Zone);
        assert!(!zones.iter().any(|z| z.contains("大力")), "{zones:?}");
    }
}
