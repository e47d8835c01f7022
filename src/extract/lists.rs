//! Enumerations closed by a class word: the items take the class of the
//! word that closes the list, known to the lexicon or not.
//!
//! `银诺医药、赛多利斯、黑焰医疗等多家企业` names enterprises,
//! `江松科技光伏自动化设备二期、三联生物化学发光免疫检测系统等项目10个` projects
//! (each without the 项目 they share), `集成电路、智能装备、生物医药等战略性新兴
//! 产业` industries, `轨道交通、通用航空、新能源汽车三大动力产业` too. Real text
//! names most companies, projects and industries this way and no lexicon
//! can list them, so the list's shape, not its words, decides.

use super::names::{stem_start, Kind};
use super::{Class, Doc};
use crate::model::vocab::ck;
use crate::text::numerals::{han_digits, is_count_digit};
use regex::Regex;
use std::sync::LazyLock;

/// The class word that closes a list, longest first, and what it makes
/// of the items.
const HEADS: &[(&str, Class)] = &[
    // (普洛斯物流、晋亿物流等物流行业巨头: the trade's giants are firms.)
    ("行业巨头", Class::Enterprise),
    ("行业龙头", Class::Enterprise),
    ("产业集群", Class::Industry),
    ("产业链", Class::Industry),
    ("产业", Class::Industry),
    ("行业", Class::Industry),
    ("领域", Class::Industry),
    ("方向", Class::Industry),
    ("赛道", Class::Industry),
    ("企业", Class::Enterprise),
    ("公司", Class::Enterprise),
    ("车企", Class::Enterprise),
    ("品牌", Class::Enterprise),
    ("药企", Class::Enterprise),
    ("项目", Class::Project),
    // (推动A、B、C等重大交通水利基础设施建设: works, projects each.)
    ("基础设施", Class::Project),
    ("产品", Class::Product),
    ("家电", Class::Product),
    ("制品", Class::Product),
    ("零部件", Class::Product),
    ("产能", Class::Product),
    ("环节", Class::Product),
    // (形成抗生素、维生素…等6个系列160个品种: the kinds of products made.)
    ("系列", Class::Product),
    ("品种", Class::Product),
    ("产业园", Class::Zone),
    ("载体", Class::Zone),
    ("园区", Class::Zone),
    // (杏岭、溪东三大产业片区: parts of a zone.)
    ("片区", Class::Zone),
];

/// Words for people that close a list of names (等市领导, 等四套班子领导).
const PEOPLE_HEADS: &[&str] = &["领导", "班子", "嘉宾", "同志", "负责人", "代表"];

/// Verbs of attending after a list of people closed by 等 (等参加活动);
/// see [`attends_at`] for the visits and ceremonies that close one too.
const ATTENDING: &[&str] = &["参加", "出席", "陪同", "见证", "参与"];

/// True when a verb of attending, visiting (等来到项目现场) or a ceremony's
/// (调研, 考察) starts at char `at`: people close the list before it.
fn attends_at(chars: &[char], at: usize) -> bool {
    let rest = chars.get(at..).unwrap_or_default();
    ATTENDING
        .iter()
        .chain(super::enterprise::VISIT_VERBS)
        .chain(super::project::CEREMONY_VERBS)
        .any(|v| crate::text::chars_start_with(rest, v))
}

/// Titles before the first name of a list of people (市领导|潘某).
const PEOPLE_TITLES: &[&str] = &[
    "领导", "书记", "市长", "县长", "区长", "主任", "委员", "常委", "局长", "部长", "主席", "嘉宾",
    "同志",
];

/// [`HEADS`] as chars, made once.
static HEAD_CHARS: LazyLock<Vec<(Vec<char>, Class)>> = LazyLock::new(|| {
    HEADS
        .iter()
        .map(|(h, c)| (h.chars().collect(), *c))
        .collect()
});

/// The class words of [`HEADS`] that open `chars[p..]`, in list order.
fn heads_at(chars: &[char], p: usize) -> impl Iterator<Item = &'static (Vec<char>, Class)> + '_ {
    // (The first char rules out most words without comparing them.)
    let first = chars.get(p);
    HEAD_CHARS
        .iter()
        .filter(move |(h, _)| h.first() == first && chars[p..].starts_with(h))
}

/// Qualifiers between the count and the class word (等多家“链主”企业, 等一批
/// 头部医药企业, 三大动力产业, 等战略性新兴产业): short, and made of these
/// kinds of words only.
const MAX_QUALIFIER: usize = 8;

/// Words of kind between an uncounted list of industries and its class
/// word (特种合金、煤基碳材、电石化工传统产业).
pub(super) const KIND_QUALIFIERS: &[&str] = &[
    "传统",
    "特色",
    "优势",
    "新兴",
    "主导",
    "支柱",
    "首位",
    "重点",
    "战略性新兴",
    "未来",
];

/// What a list is to its class word in 以A、B(等)为…的 (代表: examples of
/// it; 主体, 主导…: its main parts).
static FRAMES: LazyLock<Vec<Vec<char>>> = LazyLock::new(|| {
    [
        "代表", "主体", "主导", "主", "核心", "重点", "支撑", "支柱", "龙头", "引领", "特色",
    ]
    .iter()
    .map(|f| f.chars().collect())
    .collect()
});

/// True when `word` is one of the [`FRAMES`] (核心, 重点…).
pub(crate) fn is_frame_word(word: &str) -> bool {
    FRAMES
        .iter()
        .any(|f| f.len() == word.chars().count() && f.iter().copied().eq(word.chars()))
}

/// Measure words after a count of things (10个, 三家, 两座).
const MEASURE_WORDS: &str = "个家户项类批条种座";

/// Counts that may close a list before its class word: 等, 等多家, 10个,
/// 四大, 等一批, 等50余个.
fn count_len(chars: &[char], at: usize) -> usize {
    // “A、B、C”五大主导产业: a list in quotes, counted after them.
    if matches!(chars.get(at), Some('”' | '"')) {
        let n = count_len(chars, at + 1);
        return if n > 0 { n + 1 } else { 0 };
    }
    let mut i = at;
    if chars.get(i) == Some(&'等') {
        i += 1;
    }
    let num_start = i;
    while chars
        .get(i)
        .is_some_and(|c| is_count_digit(*c) || "百多数".contains(*c))
    {
        i += 1;
    }
    if i > num_start {
        if chars.get(i) == Some(&'余') {
            i += 1;
        }
        if chars
            .get(i)
            .is_some_and(|c| *c == '大' || MEASURE_WORDS.contains(*c))
        {
            i += 1;
        }
    } else if chars[i..].starts_with(&['一', '批']) {
        i += 2;
    }
    i - at
}

/// The class word closing a list whose last item ends at `at`: its class
/// and whether a count (等, 四大, 10个) closed the list before it. The class
/// word is the last of the words after the count (等行业龙头企业 lists
/// enterprises), except that 领域 names fields whatever follows (等领域企业).
/// True when the char at `p`, after a class word was found, ends the
/// qualifier: a clause's word (均是, 有) or a conjunction (A、B2个援藏项目|
/// 以及企业投资的C…: it joins another list, whose class word is its own).
fn ends_qualifier(chars: &[char], p: usize) -> bool {
    "有均是为在共各都和与".contains(chars[p]) || chars[p..].starts_with(&['以', '及'])
}

fn head_after(chars: &[char], at: usize) -> Option<(Class, bool)> {
    let mut counted = count_len(chars, at);
    // 以A、B等为代表的“八大产业集群”, 以A、B为主体的产业格局: the class word
    // after the frame of 以…为, and its count.
    if counted <= 1 {
        // (以A、B为主导产业: the frame's word may open the class word.)
        let opens_head = |p: usize| heads_at(chars, p).next().is_some();
        let frame = FRAMES.iter().find(|f| {
            let after = at + counted + 1 + f.len();
            chars.get(at + counted) == Some(&'为')
                && chars[at + counted + 1..].starts_with(f)
                && (chars.get(after) == Some(&'的') || (after < chars.len() && opens_head(after)))
        });
        if let Some(frame) = frame {
            let after = at + counted + 1 + frame.len();
            let mut p = after + usize::from(chars.get(after) == Some(&'的'));
            if matches!(chars.get(p), Some('“' | '"')) {
                p += 1;
            }
            counted = p - at + count_len(chars, p);
        }
    }
    let mut from = at + counted;
    // (A、B等13个总投资62亿元的项目: the amount the projects share.)
    if counted > 0 {
        let rest: String = chars[from..(from + 16).min(chars.len())].iter().collect();
        if let Some(m) = SHARED_AMOUNT.find(&rest) {
            from += rest[..m.end()].chars().count();
        }
    }
    let mut found = None;
    // After 等 the qualifier may be longer (等一批汽车零部件下游强链壮链项目).
    let max = if chars.get(at) == Some(&'等') {
        MAX_QUALIFIER + 4
    } else {
        MAX_QUALIFIER
    };
    // 集A、B等于一体: no list's count.
    if chars[at..].starts_with(&['等', '于']) {
        return None;
    }
    // (领导A、B等参加活动: people attend; [`people`] checks the names.)
    if chars.get(at) == Some(&'等') && attends_at(chars, at + 1) {
        return Some((Class::Person, true));
    }
    let mut saw_de = false;
    let mut in_quote = false;
    // Where the industry's class word found last ends.
    let mut industry_end: Option<usize> = None;
    for q in 0..=max {
        let p = from + q;
        if p > chars.len() {
            break;
        }
        // Qualifiers are words, not clauses: no punctuation, digit or 的
        // (盛隆泰达、宏源“两大焦化”的项目 names the projects' owners).
        if q > 0 {
            let c = chars[p - 1];
            // (After 等 the items are closed: 等再投资的“二期”项目; 的
            // is read for projects only, below.)
            saw_de |= c == '的';
            // (A、B等现代产业的项目: the projects of the industries listed;
            // 等一批支撑循环经济产业发展的重大项目: a clause the industry
            // opens, whose 的 [`described_head`] reads.)
            if c == '的' && found.is_some_and(|(class, _)| class == Class::Industry) {
                if industry_end != Some(p - 1) {
                    if let Some(described) = described_head(chars, at) {
                        return Some(described);
                    }
                }
                break;
            }
            // A、B三大产业均有两家企业: a clause follows the class word.
            // (A、B等动力电池产业链各个环节: the items are the chain's
            // links, things made.)
            if found.is_some_and(|(class, _)| class == Class::Industry)
                && links_word_at(chars, p - 1)
            {
                return Some((Class::Product, counted > 0));
            }
            if found.is_some() && ends_qualifier(chars, p - 1) {
                break;
            }
            // (等“4+4”现代产业: a code in quotes is a qualifier's too.)
            in_quote = match c {
                '“' => true,
                '”' => false,
                _ => in_quote,
            };
            if !qualifier_char(chars, at, p - 1, in_quote) {
                break;
            }
        }
        // 潘某、张某等四套班子领导出席项目开工仪式: people close the list;
        // a class word further on is the clause's, not the items'.
        // (等企业代表: the companies' people; the companies are listed.)
        if found.is_none()
            && PEOPLE_HEADS
                .iter()
                .any(|h| crate::text::chars_start_with(&chars[p..], h))
        {
            return (counted > 0).then_some((Class::Person, true));
        }
        // (品牌化, 产业化: a way, not the class word.)
        // (品牌化, 产业化, 产业基础, 产业园, 产业片区: other words that start
        // alike.)
        // (…产业链|链长, …产业链|常务副链长: the chain's official's title,
        // no class word.)
        let title = chars[p..].windows(2).take(7).any(|w| w == ['链', '长']);
        if let Some((head, class)) = heads_at(chars, p).filter(|_| !title).find(|(h, _)| {
            !chars
                .get(p + h.len())
                .is_some_and(|c| "化基园区优片".contains(*c))
        }) {
            if head[..] == ['领', '域'] && (counted > 0 || q == 0) {
                return Some((Class::Industry, counted > 0));
            }
            // (等6个系列 counts kinds of products; 等一系列问题 is no list's
            // class word.)
            let kinds_made = head[..] == ['系', '列'] || head[..] == ['品', '种'];
            if kinds_made && (p == 0 || chars[p - 1] != '个') {
                continue;
            }
            // A bare class word right after the last item (A、B产业) only
            // closes short lists of industries.
            // (覆盖A、B等关键环节的锂电产业链: a clause, no class word.)
            // (长江存储、华星光电等投资过千亿级的链主企业: after 等, a clause
            // with 的 describes the companies listed.)
            let clause = saw_de
                && *class != Class::Project
                && !(*class == Class::Enterprise && chars.get(at) == Some(&'等'));
            // A、B、C传统产业: a word of kind before an industry's class word
            // closes the list as a count does.
            // (航空“智汽高飞”主导产业: a nickname in quotes may stand
            // before it.)
            let kind_word = *class == Class::Industry && {
                let q: String = chars[from..p].iter().collect();
                let bare = match (q.find('“'), q.find('”')) {
                    (Some(o), Some(c)) if o == 0 && c > o => &q[c + '”'.len_utf8()..],
                    _ => q.as_str(),
                };
                bare.is_empty() && q.starts_with('“') || KIND_QUALIFIERS.contains(&bare)
            };
            if (counted > 0 || (q == 0 && *class == Class::Industry) || kind_word) && !clause {
                // (A、B等传统支柱产业升级项目: projects of the industries
                // listed; the items are the industries. A、B等5个产业项目
                // are industrial projects.)
                // (A、B等产业链项目: projects of the chains listed, the
                // items are the industries too.)
                let industries_projects = *class == Class::Project
                    && found.is_some_and(|(c, _): (Class, bool)| c == Class::Industry)
                    && (industry_end != Some(p) || chars[..p].ends_with(&['产', '业', '链']));
                // (A、B两家企业|深耕新材料产业: counted companies close the
                // list; a later class word is the clause's.)
                if *class == Class::Enterprise && counted > 0 {
                    return Some((Class::Enterprise, true));
                }
                if !industries_projects {
                    found = Some((*class, counted > 0));
                    industry_end = (*class == Class::Industry).then_some(p + head.len());
                }
            }
        }
    }
    found.or_else(|| described_head(chars, at))
}

/// True when `chars[i]`, in the qualifier of the list closing at `at`, is
/// a qualifier's: Han (的 only after 等), a quote mark, a code in quotes
/// (等“4+4”现代产业), or 、 between kinds after 等 (等一批基础性、节点性
/// 项目).
fn qualifier_char(chars: &[char], at: usize, i: usize, in_quote: bool) -> bool {
    let c = chars[i];
    let after_deng = chars.get(at) == Some(&'等');
    let code = in_quote && (c.is_ascii_digit() || c == '+');
    let kinds = c == '、' && after_deng && i >= 1 && matches!(chars[i - 1], '性' | '化' | '型');
    (crate::text::is_han(c) || matches!(c, '“' | '”' | '"') || code || kinds)
        && (c != '的' || after_deng)
        && c != '等'
}

/// The class word after 等 and a description of the items whose parts 、
/// joins (等投资体量大、技术含量高的主导产业重大项目): the projects or
/// companies the description's 的 ends in, closing the clause.
fn described_head(chars: &[char], at: usize) -> Option<(Class, bool)> {
    if chars.get(at) != Some(&'等') {
        return None;
    }
    let de = (at + 1..(at + 40).min(chars.len()))
        .take_while(|&i| !breaks_item(chars[i]))
        .find(|&i| chars[i] == '的')?;
    let end = (de + 1..chars.len())
        .find(|&i| breaks_item(chars[i]) || chars[i] == '、')
        .unwrap_or(chars.len());
    // (…的重大项目|相继实施: the class word may be followed by the clause's
    // verb.)
    (de + 2..=end.min(de + 1 + 16)).find_map(|p| {
        HEAD_CHARS
            .iter()
            .find(|(h, _)| chars[..p].ends_with(h))
            .filter(|(_, c)| matches!(c, Class::Project | Class::Enterprise))
            .map(|(_, c)| (*c, true))
    })
}

/// A list without a class word whose items the lexicon mostly knows as
/// industries (新材料、新能源、高端装备制造) or products (番茄酱、奶粉、光伏
/// 支架): the class, where the first item starts and where the last ends.
/// Items it does not know take the class of the others.
fn known_list(doc: &Doc, s: usize, chars: &[char], run: &[usize]) -> Option<(Class, usize, usize)> {
    let first_sep = *run.first()?;
    let last_sep = *run.last()?;
    let known = |a: usize, b: usize, class: Class| -> bool {
        let w: String = chars[a..b].iter().collect();
        match class {
            Class::Industry => doc.lex.industries.contains(&w),
            _ => doc.lex.products.contains_key(&w),
        }
    };
    for class in [Class::Industry, Class::Product] {
        // The longest known term ending at the first 、 and starting after
        // the last one.
        let first = (2..=8.min(first_sep))
            .rev()
            .map(|n| first_sep - n)
            .find(|&a| known(a, first_sep, class));
        // (健康养生养老、文化|体育娱乐等: a noun after the known term, but a
        // class word (番茄、辣椒|新品种), makes the last item longer; the
        // list is no known one.)
        let sent = &doc.sents[s];
        let goes_on = |b: usize| {
            sent.toks.iter().find(|t| t.start == b).is_some_and(|t| {
                let w = sent.text(t.start, t.end);
                (t.tag.starts_with('n') || t.tag == "vn")
                    && !HEADS.iter().any(|(h, _)| w.ends_with(h))
            })
        };
        let last = (2..=8)
            .rev()
            .map(|n| last_sep + 1 + n)
            .filter(|&b| b <= chars.len())
            .find(|&b| known(last_sep + 1, b, class))
            .filter(|&b| !goes_on(b));
        let (Some(first), Some(last)) = (first, last) else {
            continue;
        };
        // The nouns before the known term belong to the first item (石墨|负极).
        let first = noun_start(doc, s, first_sep).min(first);
        let mut bounds = vec![first];
        bounds.extend(run.iter().map(|&p| p + 1));
        let mut ends: Vec<usize> = run.to_vec();
        ends.push(last);
        let hits = bounds
            .iter()
            .zip(&ends)
            .filter(|&(&a, &b)| known(a, b, class))
            .count();
        if class == Class::Product && site_machines(chars, first, last) {
            return None;
        }
        if hits * 3 >= bounds.len() * 2 {
            return Some((class, first, last));
        }
    }
    None
}

/// True when a list of things counted one by one (一台台A、B、C) works at a
/// building site (在现场…作业, 工地上…): the machines building, no products.
pub(crate) fn site_machines(chars: &[char], first: usize, last: usize) -> bool {
    let doubled = first >= 3 && chars[first - 3] == '一' && chars[first - 2] == chars[first - 1];
    let (from, to) = super::enterprise::clause_of(chars, last);
    let clause: String = chars[from.min(first)..to].iter().collect();
    doubled
        && ["现场", "工地", "作业", "施工"]
            .iter()
            .any(|w| clause.contains(w))
}

/// A class word and a verb before a list (签约项目包括A、B、C等; 先进制造业项目
/// 14个，包括A、B等): the class of the items, where the first one starts, and
/// the words before the class word (先进制造业), which may name the items'
/// industry.
struct Lead {
    class: Class,
    from: usize,
    qualifier: (usize, usize),
}

/// The investment a counted list of projects shares (总投资62亿元的), or
/// its least (一批10亿元以上|项目, 亿元级).
static SHARED_AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        // (投资14亿元|A、15亿元|B等32个项目: an amount glued to the name.)
        r"^(?:(?:总投资|投资|计划总投资)(?:约|超|达)?\d+(?:\.\d+)?[万亿]元的|(?:\d+(?:\.\d+)?)?[万亿]元(?:以上|级)的?|(?:总?投资)?\d+(?:\.\d+)?[万亿]元)",
    )
    .expect("static regex")
});

/// An amount opening a listed product (14.5万吨|多晶硅, 1.5亿平方米|隔膜).
static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        // (吉瓦时 before the 吉瓦 of the unit words; 1.5亿|平方米.)
        r"^{}[万亿]?(?:吉瓦时|兆瓦时|{}|吉瓦|兆瓦|GWh|GW|MW)",
        super::quantity::NUMBER,
        super::quantity::UNIT_WORDS
    ))
    .expect("static regex")
});

/// A unit word jieba may tag as anything (吉瓦/nrt).
static UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:万|亿)?(?:吉瓦时|{})$",
        super::quantity::UNIT_WORDS
    ))
    .expect("static regex")
});

static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:(?P<head>项目|企业|产品)(?:\d+|[",
        han_digits!(),
        r"两]+)?(?:余)?(?:个|家|项)?",
        // (项目39个，总投资278.6亿元，包括: the amount they share between.)
        r"(?:[，,](?:计划)?总?投资(?:约|超|达)?\d+(?:\.\d+)?[万亿]元)?",
        r"[，,：:]?(?:主要)?(?:包括|主要有|有|如|涵盖|分别是|分别为)",
        // (主导产业为A和B: the zone's kinds of industry, named after them.)
        r"|(?P<industries>(?:主导|支柱|首位|特色|重点)产业)(?:主要)?(?:为|是|包括|有))[：:]?$"
    ))
    .expect("static regex")
});

fn head_before(chars: &[char], first_sep: usize) -> Option<Lead> {
    // The item before the first 、 holds no comma: the cue is before it.
    let item_start = chars[..first_sep]
        .iter()
        .rposition(|c| breaks_item(*c) || *c == '：')
        .map_or(0, |p| p + 1);
    // …and the cue may hold one (项目14个，包括A、B).
    let from = chars[..item_start.saturating_sub(1)]
        .iter()
        .rposition(|c| matches!(c, '。' | '；' | ';'))
        .map_or(0, |p| p + 1)
        .max(item_start.saturating_sub(36));
    for item in item_start..first_sep.saturating_sub(1) {
        let before: String = chars[from..item].iter().collect();
        let Some(c) = LEAD.captures(&before) else {
            continue;
        };
        let head = c.name("head").or_else(|| c.name("industries"))?;
        let class = match head.as_str() {
            "项目" => Class::Project,
            "产品" => Class::Product,
            "企业" => Class::Enterprise,
            _ => Class::Industry,
        };
        let head_at = from + before[..head.start()].chars().count();
        let clause = clause_start(chars, head_at);
        let mut q_end = head_at;
        if q_end > clause && chars[q_end - 1] == '类' {
            q_end -= 1;
        }
        return Some(Lead {
            class,
            from: item,
            qualifier: (clause.max(q_end.saturating_sub(8)), q_end),
        });
    }
    None
}

/// The kind of name the first item is delimited as.
fn kind_of(class: Class) -> Kind {
    match class {
        Class::Project => Kind::Project,
        Class::Industry | Class::Product => Kind::Industry,
        Class::Zone => Kind::Zone,
        _ => Kind::Org,
    }
}

/// The longest an item of a class may be (chars).
fn max_item(class: Class) -> usize {
    match class {
        // (星耀科技年产2000万台智能手机及年产50万台…产业基地项目: 37.)
        Class::Project => 40,
        Class::Industry => 12,
        _ => 16,
    }
}

/// Characters that never occur inside an item.
fn breaks_item(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '；' | '：' | ',' | ';' | ':' | '！' | '？' | '…' | '\n'
    )
}

/// Verbs saying what a thing goes into or where it is sold: a list after
/// them names no maker's products.
const INTO_VERBS: &[&str] = &["用于", "销往", "供应", "供货", "出口"];

/// What the lists say: the products of a list (配套A、B等产品) are made by
/// the company or project the sentence names before them.
pub(crate) fn relations(doc: &mut Doc) {
    for s in doc.title_sents.min(doc.sents.len())..doc.sents.len() {
        if doc.sents[s].text.contains("包括") {
            led_clauses(doc, s);
        }
        let listed: Vec<(usize, usize)> = doc.sents[s]
            .of(doc, Class::Product)
            .filter(|m| doc.entities.get(m.entity).rule == "product.name.list")
            .map(|m| (m.entity, m.start))
            .collect();
        for &(p, at) in &listed {
            // (产品将用于手机、PAD等: what a thing goes into, not made.)
            let clause = clause_start(&doc.sents[s].chars, at);
            let into = doc.sents[s].text(clause, at);
            if INTO_VERBS.iter().any(|v| into.contains(v)) {
                continue;
            }
            // (金尘茶、安酒等明星产品: a company named as one of the items
            // lists its own brand, it makes none of them.)
            let own_brand = |m: usize| {
                listed
                    .iter()
                    .any(|&(q, _)| doc.entities.get(q).label == doc.entities.get(m).label)
            };
            // (Both ways: a chain makes its links, and they belong to it.
            // The company named before a chain's links makes none of them
            // for that: 自宁德时代落户，集聚涵盖A、B等X产业链各个环节的企业.)
            if let Some(chain) = chain_of_links(doc, s, at) {
                doc.relate(chain, ck::PRODUCES, p, s, "chain.produces.links");
                doc.relate(p, ck::IN_INDUSTRY, chain, s, "industry.of.links");
            } else if let Some(maker) =
                super::chain::producer_before(doc, s, at).filter(|&m| !own_brand(m))
            {
                doc.relate(maker, ck::PRODUCES, p, s, "chain.produces.list");
            }
        }
    }
}

/// A count of projects (类项目3个, 项目有7项): [`COUNTED_LEAD`] and
/// [`COUNTED_INDUSTRY`] start with it, where the words before name their
/// industry.
const PROJECT_COUNT: &str = concat!(
    r"类?项目(?:有|共)?(?:\d+|[",
    han_digits!(),
    r"两]+)(?:个|项)"
);

/// An industry's count of projects before 包括 (新能源项目有7项，包括).
static COUNTED_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{PROJECT_COUNT}[，,](?:(?:计划)?总?投资[^，,；;。]{{1,12}}[，,])?(?:主要)?包括"
    ))
    .expect("static regex")
});

/// The words before char `b` that may name an industry: up to 8 chars of
/// the clause or list item it closes.
fn qualifier_before(chars: &[char], b: usize) -> (usize, usize) {
    let clause = chars[..b]
        .iter()
        .rposition(|c| breaks_item(*c) || *c == '、')
        .map_or(0, |p| p + 1);
    (clause.max(b.saturating_sub(8)), b)
}

/// `project.industry.list` for projects named in clauses rather than a
/// plain list (新能源项目有7项，包括A公司投资20亿元建设P1和P2、B公司投资
/// 5亿元建设P3等): each project read between the lead's 包括 and the end of
/// its part of the sentence (；or 。) is in the lead's industry.
fn led_clauses(doc: &mut Doc, s: usize) {
    let text = doc.sents[s].text.clone();
    let leads: Vec<(usize, usize)> = COUNTED_LEAD
        .find_iter(&text)
        .map(|m| {
            (
                super::char_pos(&text, m.start()),
                super::char_pos(&text, m.end()),
            )
        })
        .collect();
    for (at, from) in leads {
        let chars = &doc.sents[s].chars;
        let (a, b) = qualifier_before(chars, at);
        if b < a + 2 {
            continue;
        }
        let to = (from..chars.len())
            .find(|&i| matches!(chars[i], '；' | ';' | '。'))
            .unwrap_or(chars.len());
        let Some(industry) = lead_industry(doc, s, (a, b)) else {
            continue;
        };
        let projects: Vec<usize> = doc.sents[s]
            .of(doc, Class::Project)
            .filter(|m| m.start >= from && m.end <= to)
            .map(|m| m.entity)
            .collect();
        for p in projects {
            doc.relate(p, ck::IN_INDUSTRY, industry, s, "project.industry.list");
        }
    }
}

/// True when the chain's links are named at `i` (各个环节, 各环节).
fn links_word_at(chars: &[char], i: usize) -> bool {
    let rest = chars.get(i..).unwrap_or_default();
    rest.starts_with(&['各', '个', '环', '节']) || rest.starts_with(&['各', '环', '节'])
}

/// The chain whose links a listed product is: the industry named right
/// after the list's 环节的 (覆盖A、B等关键环节的X产业链), or right after its
/// 等 and before 各个环节 (涵盖A、B等X产业链各个环节), in the same clause.
fn chain_of_links(doc: &Doc, s: usize, at: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    let end = (at..sent.chars.len())
        .find(|&i| breaks_item(sent.chars[i]))
        .unwrap_or(sent.chars.len());
    let after_links =
        (at..end.saturating_sub(2)).find(|&i| sent.chars[i..].starts_with(&['环', '节', '的']));
    let after_deng = (at..end).find(|&i| sent.chars[i] == '等');
    sent.of(doc, Class::Industry)
        .find(|m| {
            after_links.is_some_and(|i| m.start == i + 3)
                || (after_deng.is_some_and(|i| m.start == i + 1)
                    && links_word_at(&sent.chars, m.end))
        })
        .map(|m| m.entity)
}

/// Reads the class-closed lists of every sentence.
pub(crate) fn mentions(doc: &mut Doc) {
    for s in 0..doc.sents.len() {
        if doc.sents[s].chars.contains(&'、') {
            sentence(doc, s);
        }
        let projects = doc.sents[s].text.contains("项目");
        if projects && doc.sents[s].text.contains('等') {
            one_counted_project(doc, s);
        }
        if projects {
            counted_industries(doc, s);
        }
    }
}

/// An item that closes with a count of projects (生物医药项目11个).
static COUNT_CLOSED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("{PROJECT_COUNT}$")).expect("static regex"));

/// A count of projects an industry may lead (现代服务业|项目10个).
static COUNTED_INDUSTRY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(PROJECT_COUNT).expect("static regex"));

/// `industry.name.list`: the industry before a count of its projects is
/// named, listed or not (现代服务业项目10个，总投资94.64亿元): words ending
/// in 业, or a term the lexicon knows that opens its item (生物医药项目11个,
/// 工业互联网等数字经济项目11个; not 生态|环保项目7个, a kind of project).
fn counted_industries(doc: &mut Doc, s: usize) {
    let text = doc.sents[s].text.clone();
    let ends: Vec<usize> = COUNTED_INDUSTRY
        .find_iter(&text)
        .map(|m| super::char_pos(&text, m.start()))
        .collect();
    let chars = doc.sents[s].chars.clone();
    for b in ends {
        if b > 0 && chars[b - 1] == '业' {
            let qualifier = qualifier_before(&chars, b);
            lead_industry(doc, s, qualifier);
            continue;
        }
        let known = |at: usize| {
            doc.lex
                .industry_ending_at(&chars, at)
                .filter(|&st| st == 0 || "、，,：:；等".contains(chars[st - 1]))
        };
        let Some(st) = known(b) else {
            continue;
        };
        let before = (st > 1 && chars[st - 1] == '等')
            .then(|| known(st - 1))
            .flatten();
        for (a, end) in [Some((st, b)), before.map(|a| (a, st - 1))]
            .into_iter()
            .flatten()
        {
            if !doc.sents[s].taken(a, end) {
                doc.mention(s, a, end, Class::Industry, "industry.name.list");
            }
        }
    }
}

/// `P等10个项目建成投运`, `P等重大项目开工`: one name given as an example
/// of projects, counted or not.
static ONE_COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"等(?:(?:\d+|[",
        han_digits!(),
        r"两百]+)(?:余|多)?个|一批)?(?:[\p{Han}]{0,6}?)项目"
    ))
    .expect("static regex")
});

/// `project.name.counted`: the one name before [`ONE_COUNTED`] (圆通菏泽智创
/// 园等10个项目) is a project when it reads as one named after what is
/// built or by its own words (a facility's ending, a company or product
/// in it), not after a list (、) or a clause.
fn one_counted_project(doc: &mut Doc, s: usize) {
    let text = doc.sents[s].text.clone();
    let ats: Vec<usize> = ONE_COUNTED
        .find_iter(&text)
        .map(|m| super::char_pos(&text, m.start()))
        .collect();
    for at in ats {
        let Some(a) = stem_start(doc, &doc.sents[s], at, Kind::Project) else {
            continue;
        };
        let chars = &doc.sents[s].chars;
        // (A、中国—印尼“两国双园”等: the last of a list, read as a list.)
        let listed = a > 0 && matches!(chars[a - 1], '、' | '和' | '及' | '与')
            || chars[clause_start(chars, a)..a].contains(&'、');
        // (美锦能源等一批项目: a company's short name, its projects unnamed.)
        let company = at - a <= 6
            && super::enterprise::core_start(doc, chars, at).is_some_and(|st| st >= a + 2);
        if at < a + 4
            || listed
            || company
            || doc.sents[s].taken_except_places(doc, a, at)
            || !led_project(doc, s, a, at)
            || !plain_item(doc, s, a, at, Class::Project)
        {
            continue;
        }
        if let Some(p) = doc.mention(s, a, at, Class::Project, "project.name.counted") {
            super::project::name_parts(doc, s, p, a, at);
        }
    }
}

/// Reads each list of sentence `s`: a run of separators 、 with an item
/// between each two.
fn sentence(doc: &mut Doc, s: usize) {
    let chars = doc.sents[s].chars.clone();
    let seps: Vec<usize> = (0..chars.len()).filter(|&i| chars[i] == '、').collect();
    let mut k = 0;
    while k < seps.len() {
        // A run of separators with an item between each two.
        let mut run = vec![seps[k]];
        // An item holds no 等: the list closed there (A、B等项目和C、D等企业).
        // Nor a count and class word (A、B 2个千亿产业集群和C、D…).
        while k + 1 < seps.len()
            && seps[k + 1] > seps[k] + 1
            && !(seps[k] + 1..seps[k + 1])
                .any(|i| breaks_item(chars[i]) || closing_deng(&doc.sents[s], i))
            && !counted_inside(&chars, seps[k] + 1, seps[k + 1])
        {
            k += 1;
            run.push(seps[k]);
        }
        k += 1;
        list(doc, s, &chars, &run);
    }
}

/// True when char `i` is a 等 of its own (A、B等企业), which closes a list;
/// one inside a word (高等教育/l, 中等职业) does not.
fn closing_deng(sent: &super::Sent, i: usize) -> bool {
    sent.chars[i] == '等' && !sent.toks.iter().any(|t| t.start < i && i < t.end)
}

/// True when a count and the class word it counts close a list inside
/// `chars[a..b]` (新能源电池|2个千亿产业集群|和数字经济): a list ends there and
/// the next one starts after it. (An amount, 10万吨, counts nothing.)
fn counted_inside(chars: &[char], a: usize, b: usize) -> bool {
    (a + 1..b).any(|e| {
        let digits = chars[e..b]
            .iter()
            .take_while(|c| is_count_digit(**c))
            .count();
        digits > 0
            && !is_count_digit(chars[e - 1])
            && chars
                .get(e + digits)
                .is_some_and(|c| *c == '大' || MEASURE_WORDS.contains(*c))
            && head_after(chars, e).is_some_and(|(_, counted)| counted)
    })
}

/// Reads the list whose separators are `run`: where it closes and its
/// class, where its first item starts, its items; adds them when each is a
/// plain name of the class.
fn list(doc: &mut Doc, s: usize, chars: &[char], run: &[usize]) {
    let Some((item_end, class, counted, lead, known_first)) = list_end(doc, s, chars, run) else {
        people(doc, s, chars, run, None);
        return;
    };
    if class == Class::Person {
        people(doc, s, chars, run, Some(item_end));
        return;
    }
    // 实现盐湖、有色金属、煤炭资源循环利用和|产业链延伸: a class word after
    // a conjunction opens a new item; the list shares none. A bare class
    // word after the last item (A、B企业) is read only for enterprises and
    // industries: 项目 right after a name is its suffix.
    // (一批新能源、新材料、电子商务等项目: trades the projects are of, read
    // below when every item is one.)
    let trades_of_projects =
        !counted && class == Class::Project && lead.is_none() && chars.get(item_end) == Some(&'等');
    if (item_end > 0 && matches!(chars[item_end - 1], '和' | '及' | '与'))
        || (!counted && class == Class::Project && !trades_of_projects)
    {
        return;
    }
    let Some(first_start) = first_item_start(doc, s, run, class, lead.as_ref(), known_first) else {
        return;
    };
    // A、B产业、C及D产业等: the last item's 产业 is its name's, as the
    // others'.
    let item_end = if class == Class::Industry
        && chars[item_end..].starts_with(&['产', '业'])
        && chars[run[0].saturating_sub(2)..run[0]] == ['产', '业']
    {
        item_end + 2
    } else {
        item_end
    };
    let mut items = items_of(doc, s, run, class, (first_start, item_end));
    let class = match lead {
        Some(_) => class,
        None => match retyped(doc, s, class, &mut items) {
            Some(c) => c,
            None if trades_of_projects => return,
            None => class,
        },
    };
    // After 项目包括, a name another rule read as a zone (海归小镇) is
    // one of the projects.
    let retype = lead.is_some() && class == Class::Project;
    // 推进A示范园、B产业园、C产业基地等重点项目: parks and bases counted as
    // projects are the projects.
    let zones_listed = counted && lead.is_none() && class == Class::Project;
    let firms_counted = zones_listed && built_not_brought_in(chars, &items);
    // (A park, a centre or a company's short name a count makes a project.)
    let counted_as_project = |a: usize, b: usize| {
        (zones_listed && facility_at(doc, s, a, b))
            || (firms_counted && short_company_at(doc, s, a, b))
    };
    // 签约中沄通达储能柜组装、盘珂实业冷链产业园等优势项目45个: in a
    // counted list of projects where one item is plainly a project's name,
    // the others may be any plain noun phrase (青松掺混肥).
    let counted_projects = zones_listed
        && items.len() >= 2
        && items.iter().any(|&(a, b)| plain_item(doc, s, a, b, class));
    // After 项目包括 the items are projects whatever words they hold
    // (高新至鄠邑高速复合通道工程, 丝路创智谷).
    let plain = |a: usize, b: usize| {
        b > a + 1
            && (b - a <= max_item(class)
                // (高端食品加工及美妆大健康产业: named whole, with its 产业.)
                || (class == Class::Industry && b - a <= 16 && chars[..b].ends_with(&['产', '业'])))
            && if retype {
                led_project(doc, s, a, b)
            } else {
                plain_item(doc, s, a, b, class)
                    || (zones_listed && facility_at(doc, s, a, b) && led_project(doc, s, a, b))
                    || (firms_counted && short_company_at(doc, s, a, b))
                    || (counted_projects && noun_phrase(doc, s, a, b))
            }
    };
    if (class == Class::Project && !drop_trades(chars, &mut items))
        || !items.iter().all(|&(a, b)| plain(a, b))
        || (class == Class::Industry && ranked(chars, &items))
        || items.iter().skip(1).any(|&(a, _)| opens_clause(doc, s, a))
        || items.iter().any(|&(a, b)| {
            other_class(doc, s, a, b, class)
                && !(retype && facility_at(doc, s, a, b))
                && !counted_as_project(a, b)
        })
    {
        return;
    }
    if counted_projects {
        after_opening_zone(doc, s, &mut items);
    }
    let retyped: Vec<bool> = items
        .iter()
        .map(|&(a, b)| retype || counted_as_project(a, b))
        .collect();
    let industry = match &lead {
        Some(l) => lead_industry(doc, s, l.qualifier),
        None if class == Class::Enterprise => trailing_industry(doc, s, item_end),
        None => None,
    };
    add_items(doc, s, items, &retyped, class, known_first, industry);
}

/// True when a listed item `a..b` is a kind of work in common words: it
/// ends in a process (制造, 服务, 开发…) and jieba knows every word of it,
/// none a proper name (电子信息制造, 软件开发; not 岚峰制造).
fn trade_item(doc: &Doc, s: usize, a: usize, b: usize) -> bool {
    let sent = &doc.sents[s];
    let name = sent.text(a, b);
    let process = super::names::INDUSTRY_PROCESSES
        .iter()
        .chain(&["开发"])
        .any(|w| name.ends_with(w) && name.chars().count() > w.chars().count() + 1);
    process
        && sent
            .toks
            .iter()
            .filter(|t| t.start < b && t.end > a)
            .all(|t| {
                t.start >= a
                    && t.end <= b
                    && !t.oov
                    && !matches!(
                        t.tag.as_str(),
                        "nr" | "ns" | "nz" | "nt" | "nrt" | "nrfg" | "j"
                    )
            })
}

/// Where the first item of a list starts (its separators `run`): after its
/// lead, at a known first name or a name's stem, past the verbs that open
/// the clause; None when no item can start there.
fn first_item_start(
    doc: &Doc,
    s: usize,
    run: &[usize],
    class: Class,
    lead: Option<&Lead>,
    known_first: Option<usize>,
) -> Option<usize> {
    let chars = &doc.sents[s].chars;
    let first_start = if let Some(lead) = lead {
        Some(lead.from)
    } else if let Some(first) = known_first {
        Some(first)
    } else if class == Class::Product {
        Some(noun_start(doc, s, run[0]))
    } else {
        stem_start(doc, &doc.sents[s], run[0], kind_of(class))
            .or_else(|| {
                // 涉及|一汽解放/v、…等企业: a brand ending in a verb.
                (class == Class::Enterprise)
                    .then(|| brand_start(doc, s, run[0]))
                    .flatten()
            })
            .or_else(|| {
                // 涉及|高等教育/l、…等领域: a fixed term names a field.
                (class == Class::Industry)
                    .then(|| fixed_term_start(doc, s, run[0]))
                    .flatten()
            })
    };
    let first_start = first_start?;
    let first_start = cued_start(chars, class, first_start, run[0]);
    let first_start = framed_known_start(doc, chars, class, first_start, run[0]);
    if class == Class::Industry && known_first.is_some() && after_into_verb(chars, first_start) {
        return None;
    }
    // Verbs opening the first item open the clause (集中竣工|深南电路…,
    // 配套|侧围、地板…).
    // (After a leading class word and verb the item starts right there:
    // 包括|高新/d至鄠邑…工程.)
    let first_start = if lead.is_some() {
        first_start
    } else {
        leading_verbs_end(doc, s, first_start, run[0])
    };
    // 聚焦生物医药|及|医疗器械产业、…: an industry's name holds 及 or 与.
    let first_start = if class == Class::Industry
        && first_start >= 3
        && matches!(chars[first_start - 1], '及' | '与')
    {
        stem_start(doc, &doc.sents[s], first_start - 1, Kind::Industry).map_or(first_start, |st| {
            leading_verbs_end(doc, s, st, first_start - 1)
        })
    } else {
        first_start
    };
    Some(first_start)
}

/// The class of a list's items where their words overrule its class word:
/// things made listed as a trade's (锂电隔膜、电解液、正负极材料等锂电池相关
/// 产业) are products; trades listed as projects' kinds (一批|新能源、…等项目,
/// after a batch's words and a zone opening the first) are industries.
fn retyped(doc: &Doc, s: usize, class: Class, items: &mut Vec<(usize, usize)>) -> Option<Class> {
    let chars = &doc.sents[s].chars;
    match class {
        Class::Industry if things_made(doc, chars, items) => Some(Class::Product),
        Class::Project if short_companies(doc, chars, items) => Some(Class::Enterprise),
        Class::Project => {
            let mut trimmed = items.clone();
            after_opening_zone(doc, s, &mut trimmed);
            if let Some(first) = trimmed.first_mut() {
                first.0 += ["一批", "一大批"]
                    .iter()
                    .find(|w| crate::text::chars_start_with(&chars[first.0..first.1], w))
                    .map_or(0, |w| w.chars().count());
            }
            let trades = trades_listed(doc, chars, &trimmed);
            if trades {
                *items = trimmed;
            }
            trades.then_some(Class::Industry)
        }
        _ => None,
    }
}

/// True when a list of projects (引进A、B、C等项目入驻) holds two items or
/// more and three in four are a company's short name, a brand of two to
/// four chars and a business word (鸿岚机械, 汶通机电): the companies are
/// named, their projects not, when the clause brings them in (引进) or
/// has them settle (入驻). Projects counted (A、B等四个项目集中签约) or
/// built (A、B等项目即将完工) are named by their companies.
fn short_companies(doc: &Doc, chars: &[char], items: &[(usize, usize)]) -> bool {
    let (Some(&(first_start, _)), Some(&(_, last_end))) = (items.first(), items.last()) else {
        return false;
    };
    if !brought_in(chars, first_start, last_end) {
        return false;
    }
    let after = last_end + usize::from(chars.get(last_end) == Some(&'等'));
    if chars
        .get(after)
        .is_some_and(|c| is_count_digit(*c) || *c == '几')
    {
        return false;
    }
    let short = items
        .iter()
        .filter(|&&(a, b)| {
            b <= a + 6
                && super::enterprise::core_start(doc, chars, b)
                    .is_some_and(|st| (a + 2..=a + 4).contains(&st))
        })
        .count();
    items.len() >= 2 && short >= 2 && short * 4 >= items.len() * 3
}

/// Verbs that bring companies or projects into a place (引进A、B等).
pub(super) const BRINGING_IN: &[&str] = &["引进", "引入", "招引", "集聚", "聚集", "汇聚"];

/// True when the clause of the list from `first_start` to `last_end` brings
/// its items in (引进A、B等项目, 集聚了A、B等50余个项目) or has them settle
/// (A、B等项目入驻): companies come, projects are built.
fn brought_in(chars: &[char], first_start: usize, last_end: usize) -> bool {
    let before: String = chars[clause_start(chars, first_start)..first_start]
        .iter()
        .collect();
    let after: String = chars[last_end..(last_end + 12).min(chars.len())]
        .iter()
        .collect();
    BRINGING_IN.iter().any(|v| before.contains(v))
        || after
            .split(['，', ',', '。', '；'])
            .next()
            .is_some_and(|a| a.contains("入驻") || a.contains("落户"))
}

/// True when a counted list's projects are built or signed, not brought in
/// (首诺铜业、威赛光电等46个工业项目建成投产): companies' short names there
/// name the projects; brought in (集聚了A、B等50余个项目) they are the
/// companies.
fn built_not_brought_in(chars: &[char], items: &[(usize, usize)]) -> bool {
    match (items.first(), items.last()) {
        (Some(f), Some(l)) => !brought_in(chars, f.0, l.1) && built_or_signed(chars, l.1),
        _ => false,
    }
}

/// True when the clause after a list's last item (ending at `last_end`)
/// builds or signs what it counts (等34个项目实现开工, 等10个项目现场签约).
fn built_or_signed(chars: &[char], last_end: usize) -> bool {
    let clause: String = chars[last_end..]
        .iter()
        .take_while(|c| !matches!(c, '，' | ',' | '。' | '；' | ';'))
        .collect();
    [
        "开工", "投产", "竣工", "签约", "建成", "完工", "动工", "开建", "落地", "试产",
    ]
    .iter()
    .any(|v| clause.contains(v))
}

/// True when a list of projects' kinds (民生服务、先进制造等16个项目) holds
/// two items or more and each is a trade of the lexicon: the trades are
/// named, no project.
fn trades_listed(doc: &Doc, chars: &[char], items: &[(usize, usize)]) -> bool {
    items.len() >= 2
        && items.iter().all(|&(a, b)| {
            b > a + 1
                && (doc.lex.industry_ending_at(chars, b) == Some(a)
                    || doc
                        .lex
                        .industries
                        .contains(&chars[a..b].iter().collect::<String>()))
        })
}

/// True when a list holds two items or more and each names a thing made:
/// a product of the lexicon, or a name ending in one or in a head of
/// things made (物联通信设备), and none a trade (新材料, 化工新材料).
fn things_made(doc: &Doc, chars: &[char], items: &[(usize, usize)]) -> bool {
    let made = |a: usize, b: usize| {
        let item: String = chars[a..b].iter().collect();
        !doc.lex.industries.contains(&item)
            && doc.lex.industry_ending_at(chars, b).is_none()
            && (doc.lex.products.contains_key(&item)
                || (a + 1..b.saturating_sub(1)).any(|p| {
                    doc.lex
                        .products
                        .contains_key(&chars[p..b].iter().collect::<String>())
                        || (p >= a + 2 && doc.lex.product_head_at(&chars[..b], p) == Some(b - p))
                }))
    };
    items.len() >= 2 && items.iter().all(|&(a, b)| b > a && made(a, b))
}

/// The items of the list whose separators are `run`, from `first_start`
/// to `item_end`: split at the separators and the last conjunction, each
/// read off its quotes, glosses and amounts.
fn items_of(
    doc: &Doc,
    s: usize,
    run: &[usize],
    class: Class,
    (first_start, item_end): (usize, usize),
) -> Vec<(usize, usize)> {
    let chars = &doc.sents[s].chars;
    let mut items = Vec::new();
    let mut a = first_start;
    for &sep in run {
        items.push((a, sep));
        a = sep + 1;
    }
    // 为A、B配套C、D等产品: the products start after the last word that
    // is no noun (配套); what comes before it is the clause.
    if class == Class::Product {
        cut_clause(doc, s, first_start, item_end, &mut items, &mut a);
    }
    last_items(chars, class, a, item_end, &mut items);
    split_joined(chars, class, &mut items);
    unquote(chars, &mut items);
    if matches!(class, Class::Product | Class::Industry) {
        glosses(chars, &mut items);
    }
    if class == Class::Project {
        skip_own_amounts(chars, &mut items);
    }
    // 14.5万吨多晶硅、102吉瓦单晶硅等…产能: the amounts are no names.
    if class == Class::Product {
        for item in &mut items {
            let text: String = chars[item.0..item.1].iter().collect();
            if let Some(m) = AMOUNT.find(&text) {
                item.0 += text[..m.end()].chars().count();
            }
        }
    }
    items
}

/// Where the clause holding char `at` starts: after the last char before
/// it that breaks a list's item.
pub(crate) fn clause_start(chars: &[char], at: usize) -> usize {
    chars[..at]
        .iter()
        .rposition(|c| breaks_item(*c))
        .map_or(0, |p| p + 1)
}

/// True when the clause before `first_start` says what things go into
/// (广泛用于化学纤维、轻工、电子等各个方面: uses, no industries, and no
/// trade of the maker's).
pub(crate) fn after_into_verb(chars: &[char], first_start: usize) -> bool {
    let before: String = chars[clause_start(chars, first_start)..first_start]
        .iter()
        .collect();
    INTO_VERBS.iter().any(|v| before.contains(v))
}

/// 包括总投资108亿元的A项目、总投资35亿元的B等项目: each item's own amount
/// opens it, no name.
fn skip_own_amounts(chars: &[char], items: &mut [(usize, usize)]) {
    for item in items {
        let text: String = chars[item.0..item.1].iter().collect();
        if let Some(m) = SHARED_AMOUNT.find(&text) {
            item.0 += text[..m.end()].chars().count();
        }
    }
}

/// A、“B”、C: a name quoted in a list is the name inside the quotes; so is
/// a whole project's name quoted after its owner (溪晟资源“P项目”).
fn unquote(chars: &[char], items: &mut [(usize, usize)]) {
    for item in items {
        // (The last item may end before its closing quote.)
        let close = if chars[item.1 - 1] == '”' {
            item.1 - 1
        } else {
            item.1
        };
        let owned = chars[item.0..close].iter().position(|c| *c == '“');
        if let Some(p) = owned.filter(|&p| {
            p >= 2
                && close >= item.0 + p + 4
                && chars.get(close) == Some(&'”')
                && (chars[..close].ends_with(&['项', '目'])
                    || chars[..close].ends_with(&['工', '程']))
        }) {
            *item = (item.0 + p + 1, close);
            continue;
        }
        if item.1 >= item.0 + 4
            && matches!(chars[item.0], '“' | '"')
            && matches!(chars[item.1 - 1], '”' | '"')
            && !chars[item.0 + 1..item.1 - 1]
                .iter()
                .any(|c| matches!(c, '“' | '”' | '"'))
        {
            *item = (item.0 + 1, item.1 - 1);
        }
    }
}

/// A bracket after an item glosses it: with its kinds (特殊电视(车载电子、
/// 车载电视)), each one more item, or with what it covers (智慧商业显示(含软
/// 件开发与平台发布)), no names. The item is the name before the bracket.
/// The list's separators inside the bracket split the gloss, not the list.
/// A first item that only closes a bracket is what is left of a gloss
/// whose words read as the clause (智能门锁(含配套|软件)): no name. (Left
/// as they are when a bracket opens without closing.)
fn glosses(chars: &[char], items: &mut Vec<(usize, usize)>) {
    let find = |a: usize, b: usize, set: [char; 2]| {
        chars[a..b]
            .iter()
            .position(|c| set.contains(c))
            .map(|p| a + p)
    };
    let covers = |at: usize| covers_at(chars, at);
    let mut out = Vec::with_capacity(items.len() + 2);
    // While inside a bracket: whether its items are names.
    let mut inside: Option<bool> = None;
    for (k, &(a, b)) in items.iter().enumerate() {
        let open = find(a, b, ['(', '（']);
        let close = find(a, b, [')', '）']);
        match (inside, open, close) {
            (None, None, Some(_)) if k == 0 => {}
            (None, Some(o), Some(c)) if o < c && c + 1 == b => out.push((a, o)),
            (None, Some(o), None) => {
                out.push((a, o));
                let names = !covers(o + 1);
                if names {
                    out.push((o + 1, b));
                }
                inside = Some(names);
            }
            (Some(names), None, Some(c)) => {
                if names {
                    out.push((a, c));
                }
                inside = None;
            }
            (Some(names), None, None) => {
                if names {
                    out.push((a, b));
                }
            }
            (None, None, None) => out.push((a, b)),
            _ => return,
        }
    }
    if inside.is_none() {
        *items = out;
    }
}

/// True when a bracket's gloss opening at `at` says what the item covers
/// (含…, 包括…), not its kinds.
fn covers_at(chars: &[char], at: usize) -> bool {
    ["含", "包含", "包括", "如", "即", "主要", "涵盖"]
        .iter()
        .any(|w| crate::text::chars_start_with(&chars[at..], w))
}

/// True when char `at` lies inside a bracket glossing what an item covers
/// (智慧商业显示(含|软件|开发与平台发布)).
pub(crate) fn in_covers_gloss(chars: &[char], at: usize) -> bool {
    chars[..at]
        .iter()
        .rposition(|c| matches!(c, '(' | '（' | ')' | '）'))
        .is_some_and(|o| matches!(chars[o], '(' | '（') && covers_at(chars, o + 1))
}

/// The last item of a list from `a` to `item_end`, or two when it joins one
/// more with 和/及/与 (视觉系统、新材料和人工智能3条产业链); project names
/// hold 及 themselves. (生命健康以及现代服务业: 以及 joins as 及 does.)
fn last_items(
    chars: &[char],
    class: Class,
    a: usize,
    item_end: usize,
    items: &mut Vec<(usize, usize)>,
) {
    let joined = (a + 2..item_end.saturating_sub(1)).find(|&i| {
        // (动力及储能锂电池, 生物医药及食品 are one industry: in a list of
        // industries 及 joins only two names of three chars or more, as in
        // 化工新材料及助剂试剂.)
        (matches!(chars[i], '和' | '与')
            || (chars[i] == '及'
                && (class != Class::Industry
                    || chars[i - 1] == '以'
                    || (i >= a + 3 && item_end >= i + 4))))
            // …中心项目和新能源新材料项目: two whole project names (…研发
            // 项目以及…合作项目 too).
            && (class != Class::Project
                || super::project::ends_with_suffix(&chars[a..i].iter().collect::<String>())
                || chars[..i].ends_with(&['项', '目', '以']))
    });
    match joined {
        Some(j) if j > a + 2 && chars[j - 1] == '以' && chars[j] == '及' => {
            items.push((a, j - 1));
            items.push((j + 1, item_end));
        }
        Some(j) => {
            items.push((a, j));
            items.push((j + 1, item_end));
        }
        None => items.push((a, item_end)),
    }
}

/// A middle item holding two names joined by 和 (A研发项目以及B合作项目、
/// C项目; 酒精和燃料乙醇、…; 临港能源工业和潮州陶瓷、…): split in two, as
/// [`last_items`] splits the last. Projects split after a whole name (项目),
/// industries between two of four chars or more (软件和信息服务 is one).
fn split_joined(chars: &[char], class: Class, items: &mut Vec<(usize, usize)>) {
    let min = match class {
        Class::Project => 2,
        Class::Product => 2,
        Class::Industry => 4,
        _ => return,
    };
    let mut out = Vec::with_capacity(items.len());
    for &(a, b) in items.iter() {
        let joint = (a + min..b.saturating_sub(min)).find_map(|i| {
            let after_name = class != Class::Project || chars[..i].ends_with(&['项', '目']);
            match chars[i..].first() {
                Some('以') if after_name && chars.get(i + 1) == Some(&'及') => Some((i, i + 2)),
                Some('和') if after_name => Some((i, i + 1)),
                Some('及') if after_name && class == Class::Project => Some((i, i + 1)),
                _ => None,
            }
        });
        match joint {
            Some((i, j)) if b >= j + min => {
                out.push((a, i));
                out.push((j, b));
            }
            _ => out.push((a, b)),
        }
    }
    *items = out;
}

/// The industry a list of companies belongs to, named in the words after
/// it (隆基硅、中环等新材料明星企业): a term the lexicon knows right after 等.
fn trailing_industry(doc: &mut Doc, s: usize, item_end: usize) -> Option<usize> {
    let chars = &doc.sents[s].chars;
    if chars.get(item_end) != Some(&'等') {
        return None;
    }
    let mut at = item_end + 1;
    // (等一批|汽车零部件制造龙头企业: a batch's word opens no kind.)
    if let Some(w) = BATCH_WORDS.iter().find(|w| starts(chars, at, w)) {
        at += w.chars().count();
    }
    let known = super::names::longest_word_at(&doc.lex.industry_trie, chars, at, 8, |_| true);
    // (汽车零部件|制造龙头企业: the trade, longer than the term it opens with.)
    if let Some(n) = trade_len(doc, s, at).filter(|&n| n > known.unwrap_or(0)) {
        if doc.sents[s].taken(at, at + n) {
            return None;
        }
        return doc.mention(s, at, at + n, Class::Industry, "industry.name.listed-trade");
    }
    let n = known?;
    // (等新材料明星企业: the term, then words of standing and 企业.)
    let rest: String = chars[at + n..(at + n + 6).min(chars.len())]
        .iter()
        .collect();
    if n < 2 || !rest.contains("企业") || doc.sents[s].taken(at, at + n) {
        return None;
    }
    doc.mention(
        s,
        at,
        at + n,
        Class::Industry,
        "industry.name.listed-companies",
    )
}

/// Words between 等 and a kind of companies that are no part of the kind.
pub(super) const BATCH_WORDS: &[&str] = &["一大批", "一批", "众多", "多家"];
/// Words of standing between a kind of companies and 企业.
const RANK_WORDS: &[&str] = &["龙头", "骨干", "领军", "重点", "优质", "知名", "头部", ""];
/// Last words of a trade (汽车零部件制造, 食品加工): what companies do.
const TRADE_ENDS: &[&str] = &["制造", "加工", "生产", "服务", "物流", "贸易"];

fn starts(chars: &[char], at: usize, w: &str) -> bool {
    chars
        .get(at..)
        .is_some_and(|r| crate::text::chars_start_with(r, w))
}

/// The length of a trade the lexicon does not know, named at `at` before
/// words of standing and 企业 (汽车零部件制造|龙头企业): plain nouns ending
/// in what companies do ([`TRADE_ENDS`]), four to ten chars.
fn trade_len(doc: &Doc, s: usize, at: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    (4..=10).rev().find(|&n| {
        let kind = sent.text(at, (at + n).min(sent.chars.len()));
        at + n <= sent.chars.len()
            && TRADE_ENDS.iter().any(|w| kind.ends_with(w))
            && RANK_WORDS.iter().any(|r| {
                starts(&sent.chars, at + n, r)
                    && starts(&sent.chars, at + n + r.chars().count(), "企业")
            })
            && kind.chars().all(crate::text::is_han)
            && sent
                .toks
                .iter()
                .filter(|t| t.end > at && t.start < at + n)
                .all(|t| {
                    t.start >= at
                        && t.end <= at + n
                        && matches!(t.tag.as_str(), "n" | "vn" | "nz" | "b" | "j" | "v")
                })
    })
}

/// True when `a..b` of sentence `s` is a plain noun phrase: three chars or
/// more of Han or ASCII (and closed brackets or quotes: 爱丁山(岚州)离岸…
/// 中心, 华宇“新物流生态圈”), no 的, no verb first, no adverb or adjective
/// last.
fn noun_phrase(doc: &Doc, s: usize, a: usize, b: usize) -> bool {
    let sent = &doc.sents[s];
    let toks: Vec<&super::Tok> = sent
        .toks
        .iter()
        .filter(|t| t.start >= a && t.end <= b)
        .collect();
    let chars = &sent.chars[a..b];
    let count = |marks: &str| chars.iter().filter(|c| marks.contains(**c)).count();
    let closed = count("(（") == count(")）") && count("“") == count("”") && count("\"") == 0;
    b >= a + 3
        && closed
        && chars.iter().all(|c| {
            crate::text::is_han(*c) || c.is_ascii_alphanumeric() || "()（）“”".contains(*c)
        })
        && !sent.chars[a..b].contains(&'的')
        && toks
            .first()
            .is_some_and(|t| t.oov || !t.tag.starts_with('v') || split_brand(&toks, 0))
        && toks
            .last()
            .is_some_and(|t| t.oov || !(t.tag.starts_with('d') || t.tag.starts_with('a')))
}

/// 红山中心商贸集聚区|红十字医养结合体、万商经典等重点项目: the zone opening
/// the first item of a list of projects is where they are, not part of
/// the first one's name.
fn after_opening_zone(doc: &Doc, s: usize, items: &mut [(usize, usize)]) {
    if let Some(first) = items.first_mut() {
        let zone_end = doc.sents[s]
            .of(doc, Class::Zone)
            .find(|z| z.start == first.0 && z.end + 3 <= first.1)
            .map(|z| z.end);
        first.0 = zone_end.unwrap_or(first.0);
    }
}

/// Where the first item starts when a cue opens the list between
/// `first_start` and the first separator (集中开工项目包含|台州湾通用机场、…
/// 等12个重点项目): right after the cue.
/// Where the first industry starts after a frame's 以 glued to its first
/// char (以大/a|健康: the lexicon's 大健康 is the item, not 健康) or read
/// into the item (以大健康).
fn framed_known_start(
    doc: &Doc,
    chars: &[char],
    class: Class,
    first_start: usize,
    first_sep: usize,
) -> usize {
    if class != Class::Industry {
        return first_start;
    }
    // (…东部以大健康: the item may hold the frame and more before it.)
    (first_start.saturating_sub(2).max(1)..first_sep)
        .find(|&a| {
            chars[a - 1] == '以'
                && doc
                    .lex
                    .industries
                    .contains(&chars[a..first_sep].iter().collect::<String>())
        })
        .unwrap_or(first_start)
}

/// Where the first item starts after the cue that opens the list (包括,
/// 主要有…) when one comes before `first_start` in its clause.
/// (企业还有|三和超微…: a company's name may open with a numeral, which
/// ends the stem; the cue of the roster says where the first starts.)
fn cued_start(chars: &[char], class: Class, first_start: usize, first_sep: usize) -> usize {
    let clause = clause_start(chars, first_sep);
    let cued = after_opening_cue(chars, clause, first_sep);
    if class == Class::Enterprise && cued > clause && cued < first_start {
        cued
    } else {
        after_opening_cue(chars, first_start, first_sep)
    }
}

fn after_opening_cue(chars: &[char], first_start: usize, first_sep: usize) -> usize {
    [
        "包括",
        "包含",
        "分别是",
        "分别为",
        "主要有",
        "还有",
        "涵盖",
        "囊括",
        // (产业板块|慈星电脑横机、…: the sector a list is of.)
        "板块",
    ]
    .iter()
    .filter_map(|cue| {
        let cue: Vec<char> = cue.chars().collect();
        (first_start..first_sep.saturating_sub(cue.len()))
            .rev()
            .find(|&i| chars[i..].starts_with(&cue))
            .map(|i| i + cue.len())
    })
    .max()
    .unwrap_or(first_start)
}

/// `person.name.list`: the names of a list of people. With `item_end`
/// (the list closed by 等 and a class word or verb, [`head_after`]) the
/// last name ends there. Without it the list is led by a title and has no
/// 等 (县领导A、B(县委副书记)、C出席…): each name may carry a bracketed role,
/// and the last ends at a verb of attending, a bracket or a mark.
fn people(doc: &mut Doc, s: usize, chars: &[char], run: &[usize], item_end: Option<usize>) {
    let name = |a: usize, b: usize| {
        b <= chars.len() && crate::text::is_person_name(&chars[a..b].iter().collect::<String>())
    };
    let titled = item_end.is_none();
    // The name's end in an item: before its bracketed role, if any.
    let unroled = |a: usize, b: usize| {
        let open = chars[a..b].iter().position(|c| matches!(c, '（' | '('));
        match open {
            Some(o) if titled && matches!(chars[b - 1], '）' | ')') => a + o,
            _ => b,
        }
    };
    let first = run[0];
    let Some(first_start) = first_name_start(chars, first, titled) else {
        return;
    };
    let last = run[run.len() - 1] + 1;
    let closes = |e: usize| {
        e == chars.len()
            || breaks_item(chars[e])
            || matches!(chars[e], '（' | '(' | '等')
            || attends_at(chars, e)
    };
    let last_end = item_end.or_else(|| {
        [3, 2]
            .into_iter()
            .map(|n| last + n)
            .find(|&e| e <= chars.len() && name(last, e) && closes(e))
    });
    let mut items = vec![(first_start, first)];
    items.extend(run.windows(2).map(|w| (w[0] + 1, unroled(w[0] + 1, w[1]))));
    items.extend(last_end.map(|e| (last, e)));
    // (A、B、C和市检察院检察长D、…: the names end at the first item that
    // is a name and 和, 及 or 与; titled people follow.)
    let joined = |(a, b): (usize, usize)| {
        [3, 2]
            .into_iter()
            .map(|n| a + n)
            .find(|&e| e < b && name(a, e) && matches!(chars[e], '和' | '及' | '与'))
    };
    match items.iter().position(|&(a, b)| b <= a || !name(a, b)) {
        Some(k) if k >= 1 => {
            let Some(e) = joined(items[k]) else {
                return;
            };
            items[k].1 = e;
            items.truncate(k + 1);
        }
        Some(_) => return,
        None if last_end.is_none() => return,
        None => {}
    }
    for (a, b) in items {
        if !doc.sents[s].taken(a, b) {
            doc.mention(s, a, b, Class::Person, "person.name.list");
        }
    }
}

/// Where the first name of a list of people ending at `first` (the first
/// 、) starts: the last three or two chars before it, after a title, or
/// (unless `titled`) at the clause's start.
fn first_name_start(chars: &[char], first: usize, titled: bool) -> Option<usize> {
    [3, 2].into_iter().filter(|&n| first >= n).find_map(|n| {
        let a = first - n;
        let before: String = chars[a.saturating_sub(4)..a].iter().collect();
        let opens = !titled
            && (a == 0 || breaks_item(chars[a - 1]) || matches!(chars[a - 1], '（' | '(' | '“'));
        let title = PEOPLE_TITLES.iter().any(|t| before.ends_with(t));
        let name = crate::text::is_person_name(&chars[a..first].iter().collect::<String>());
        ((opens || title) && name).then_some(a)
    })
}

/// How a list closes: the end of its last item, its class, whether a count
/// or class word closed it, its leading class word, the start of a first
/// item known from the lexicon.
type ListEnd = (usize, Class, bool, Option<Lead>, Option<usize>);

/// Where the list of separators `run` closes and what it lists: the end of
/// its last item, its class, whether a count or class word closed it, the
/// class word leading it (项目包括A、B), the start of a first item known
/// from the lexicon.
fn list_end(doc: &Doc, s: usize, chars: &[char], run: &[usize]) -> Option<ListEnd> {
    let last = *run.last().unwrap_or(&0);
    // The last item runs to the count or class word that closes it, or
    // (项目包括A、B、C等) to 等 or the clause's end after a leading head.
    let closed = (last + 2..=(last + 1 + 36).min(chars.len()))
        .take_while(|&e| {
            !breaks_item(chars[e - 1])
                && chars[e - 1] != '、'
                && !closing_deng(&doc.sents[s], e - 1)
        })
        // (烟草(百亿级产业)等产业: a class word inside a gloss closes nothing.)
        .filter(|&e| {
            let inside = &chars[last + 1..e];
            let opened = inside.iter().filter(|c| matches!(c, '(' | '（')).count();
            opened <= inside.iter().filter(|c| matches!(c, ')' | '）')).count()
        })
        .find_map(|e| head_after(chars, e).map(|(c, n)| (e, c, n)))
        .map(|(e, c, n)| {
            // (人工智能、空天产业|两大未来产业: the last item's 产业 is its
            // own when a counted class word follows it.)
            let own = !n
                && c == Class::Industry
                && chars[e..].starts_with(&['产', '业'])
                && head_after(chars, e + 2) == Some((Class::Industry, true));
            if own {
                (e + 2, c, true, None, None)
            } else if let Some(e2) = joined_last(chars, c, n, e) {
                (e2, c, true, None, None)
            } else {
                // (先进制造业项目39个，包括A、B等项目: the lead still names
                // the items' industry and where the first one starts.)
                let lead = head_before(chars, run[0]).filter(|l| {
                    c == Class::Project && l.class == c && chars[..l.qualifier.1].ends_with(&['业'])
                });
                (e, c, n, lead, None)
            }
        });
    closed
        .or_else(|| {
            let lead = head_before(chars, run[0])?;
            let end = (last + 1..chars.len())
                .find(|&e| breaks_item(chars[e]) || chars[e] == '等')
                .unwrap_or(chars.len());
            (end > last + 2).then_some((end, lead.class, true, Some(lead), None))
        })
        .or_else(|| {
            let (class, first, end) = known_list(doc, s, chars, run)?;
            Some((end, class, true, None, Some(first)))
        })
}

/// Where a list of industries closes when its last item's 产业 is its own
/// and another joins it (A、B、战略性新兴产业和现代服务业等领域): at the 等
/// of the class word after the joined one; none when no such word follows
/// in the clause.
fn joined_last(chars: &[char], class: Class, counted: bool, e: usize) -> Option<usize> {
    // (The class word may come after a qualifier: 战略性|新兴产业.)
    let head = (e..(e + MAX_QUALIFIER).min(chars.len())).find(|&p| {
        chars[p..].starts_with(&['产', '业'])
            && matches!(chars.get(p + 2), Some('和' | '及' | '与'))
    });
    let p = head.filter(|_| !counted && class == Class::Industry)?;
    (p + 5..(p + 16).min(chars.len()))
        .take_while(|&i| !breaks_item(chars[i]) && chars[i] != '、')
        .find(|&i| chars[i] == '等' && head_after(chars, i) == Some((Class::Industry, true)))
}

/// For a list of products from `first_start` to `item_end`, moves the
/// items' start after the last word of the clause (为A、B配套C、D: 配套) and
/// drops the items before it; `a` is the start of the last item.
fn cut_clause(
    doc: &Doc,
    s: usize,
    first_start: usize,
    item_end: usize,
    items: &mut Vec<(usize, usize)>,
    a: &mut usize,
) {
    let sent = &doc.sents[s];
    let cut = sent
        .toks
        .iter()
        .filter(|t| {
            let joins = t.end - t.start == 1 && matches!(sent.chars[t.start], '及' | '和' | '与');
            // (Amounts before items are no clause: 102吉瓦/nrt|单晶硅.)
            let word: String = sent.chars[t.start..t.end].iter().collect();
            let amount = matches!(t.tag.as_str(), "m" | "mq" | "q") || UNIT.is_match(&word);
            t.start >= first_start
                && t.end <= item_end
                && !product_word(t)
                && !joins
                && !amount
                && !modifies_item(sent, t)
        })
        .map(|t| t.end)
        .max();
    if let Some(cut) = cut {
        items.retain(|&(_, b)| b > cut + 1);
        if let Some(first) = items.first_mut() {
            first.0 = first.0.max(cut);
        }
        *a = (*a).max(cut);
    }
}

/// True when a verb opens a later item and a noun follows it in the item
/// (元明粉、洗涤|用品、…: a product's name, 洗涤用品, not the clause).
fn modifies_item(sent: &super::Sent, t: &super::Tok) -> bool {
    t.start > 0
        && sent.chars[t.start - 1] == '、'
        && sent
            .toks
            .iter()
            .find(|n| n.start == t.end)
            .is_some_and(|n| product_word(n) && n.tag.as_str() != "x")
}

/// `name.known-list` (else the class's own rule) and
/// `project.industry.list`: adds each item as a name of `class`, in the
/// industry the list's lead names (`retyped`, per item: after 项目包括, or
/// a zone counted as a project, the item replaces the zones and shorter
/// projects read inside it).
fn add_items(
    doc: &mut Doc,
    s: usize,
    items: Vec<(usize, usize)>,
    retyped: &[bool],
    class: Class,
    known_first: Option<usize>,
    industry: Option<usize>,
) {
    // (A研发、生产及销售一体企业: a firm's deeds, no list of firms.)
    let chars = &doc.sents[s].chars;
    if class == Class::Enterprise
        && items.iter().any(|&(a, b)| {
            super::enterprise::activities_only(&chars[a..b].iter().collect::<String>())
        })
    {
        return;
    }
    for ((a, b), &retype) in items.into_iter().zip(retyped) {
        if retype {
            // Zones and shorter projects read inside the item are the
            // item (大唐西安热电厂——三星热源厂供热管网工程).
            let entities = &doc.entities;
            // (A company's short name counted as a project, 首诺铜业、…等46个
            // 项目, is the project.)
            doc.sents[s].mentions.retain(|m| {
                let inside = a <= m.start && m.end <= b;
                let class = entities.get(m.entity).class;
                !(inside
                    && (matches!(class, Class::Zone | Class::Project | Class::Institution)
                        || (class == Class::Enterprise && m.start == a && m.end == b)))
            });
        }
        let rule = known_first.map(|_| "name.known-list");
        if let (Some(p), Some(i)) = (add_item(doc, s, a, b, class, rule), industry) {
            doc.relate(p, ck::IN_INDUSTRY, i, s, "project.industry.list");
        }
    }
}

/// True when an item can be a name of `class`: no clause inside (adverbs,
/// prepositions, particles), not a bare number, not one of the generic
/// words of the lexicon.
fn plain_item(doc: &Doc, s: usize, a: usize, b: usize, class: Class) -> bool {
    let sent = &doc.sents[s];
    let item: String = sent.chars[a..b].iter().collect();
    let toks: Vec<&super::Tok> = sent
        .toks
        .iter()
        .filter(|t| t.start >= a && t.end <= b)
        .collect();
    let verb = |t: &&super::Tok| !t.oov && t.tag.starts_with('v') && t.tag.as_str() != "vn";
    // Business words may be verbs (云图|控股, 华信|制药).
    let business = |t: &&super::Tok| doc.lex.core_trie.contains(&sent.chars[t.start..t.end]);
    // A name is a noun phrase: it ends in no verb or adverb (积极招引、严格
    // 筛选), and a company holds no verb but its business words (专精特新到
    // 小巨人).
    // (A brand of four chars or fewer may be any word: 一汽|解放, 玲珑|轮胎;
    // so after a place opening it: 上海|高/a|维科/nz|聚/v.)
    let brand = class == Class::Enterprise && b - after_opening_place(doc, s, (a, b), 1) <= 4;
    // (A project may end in what it does: 桥梁机械设备|制造.)
    // (…互联网技术应用, …信息服务: an industry may too.)
    let activity = |t: &&super::Tok| {
        let w = sent.text(t.start, t.end);
        // (鞋智造/v: jieba glues the work's word to what it makes.)
        (class == Class::Project
            && (super::project_name::TAIL_WORDS.contains(&w.as_str())
                || w.ends_with("智造")
                || w == "总成"))
            || (class == Class::Industry && super::names::INDUSTRY_PROCESSES.contains(&w.as_str()))
    };
    let last_bad = !brand
        && toks.last().is_some_and(|t| {
            t.end - t.start >= 2
                && ((verb(t) && !business(t) && !activity(t))
                    || t.tag.starts_with('d')
                    || t.tag.as_str() == "ad")
        });
    let verb_inside = match class {
        Class::Enterprise if brand => false,
        Class::Enterprise | Class::Institution => toks.iter().any(|t| verb(t) && !business(t)),
        // 通用航空 is an industry; 推动新能源 is a clause.
        // (…省政府批复成立临港|产业: a clause's verbs inside are no
        // industry's name.)
        Class::Industry | Class::Product => {
            toks.first().is_some_and(|t| {
                let w: String = sent.chars[t.start..t.end].iter().collect();
                CLAUSE_VERBS.contains(&w.as_str())
            }) || (class == Class::Industry
                && toks
                    .iter()
                    .filter(|t| verb(t) && t.end - t.start >= 2 && !activity(t))
                    .count()
                    >= 2)
        }
        // A project item names a company, place or product, not a deed
        // (达成精密扎锟).
        // (An item with its own 项目 names one: 豪威科技项目、长电科技项目等.)
        // (细胞诊疗中心, 文化创意园, 低密度农庄: a facility's name.)
        Class::Project => {
            toks.first().is_some_and(verb)
                || !(super::project::is_specific(doc, s, a, b)
                    || item.ends_with("项目")
                    || item.ends_with("工程")
                    || (item.chars().count() >= 4
                        && ["中心", "园", "农庄", "基地", "小镇", "综合体"]
                            .iter()
                            .any(|f| item.ends_with(f))))
        }
        // (围绕A、B、C打造/v国内第一个…示范园区: the clause's verb.)
        Class::Zone => toks
            .iter()
            .any(|t| t.tag == "v" && CLAUSE_VERBS.contains(&sent.text(t.start, t.end).as_str())),
        _ => false,
    };
    // 向高端化、智能化方向: ways of developing, not industries (but 石化,
    // 焦化 and 文化 of the lexicon are).
    // (…产业高质量发展、整体产业能力: what is done and a whole, no
    // industries.)
    let manner = class == Class::Industry
        && ((item.ends_with('化')
            && item.chars().count() <= 3
            && !doc.lex.industries.contains(&item))
            || item.ends_with("发展")
            || ["整体", "全面", "总体", "其他", "其它"].contains(&item.as_str()));
    // (以A为核心、以B、C…企业: the frame's word, no company.)
    let frame = a > 0 && sent.chars[a - 1] == '为' && is_frame_word(&item);
    // (An item ends in a quote only when it opened one: 青禾方圆“新物流
    // 生态圈”.)
    let open_quote = matches!(sent.chars[b - 1], '“' | '"')
        || (sent.chars[b - 1] == '”' && !sent.chars[a..b - 1].contains(&'“'));
    if last_bad || verb_inside || manner || frame || open_quote {
        return false;
    }
    let clause = sent.toks.iter().any(|t| {
        let tag = t.tag.as_str();
        t.start >= a
            && t.end <= b
            && !t.oov
            && ["d", "p", "u", "r", "y", "m"]
                .iter()
                .any(|h| tag.starts_with(h))
            // 第一, 二期: numbers inside project names are theirs (一期/d
            // too).
            && !(class == Class::Project
                && (tag.starts_with('m')
                    || super::names::is_phase(&sent.text(t.start, t.end))))
            // (正/d|负极材料: a product's name opening with a one-char
            // adverb.)
            && !(class == Class::Product
                && t.end - t.start == 1
                && tag.starts_with('d')
                && modifies_item(sent, t))
            // (新能源与节能环保: one industry's name.)
            && !(class == Class::Industry && t.end - t.start == 1 && sent.chars[t.start] == '与')
            // (再/d|制造: remanufacturing is a trade.)
            && !(class == Class::Industry && t.start == a && sent.chars[t.start] == '再' && t.end == a + 1
                && super::names::INDUSTRY_PROCESSES.iter().any(|w| crate::text::chars_start_with(&sent.chars[t.end..b], w)))
            // (三|和超微…, 九|阳: a company's brand may open with a
            // numeral, not with a count of things: 三家, 两个.)
            && !(class == Class::Enterprise
                && t.start == a
                && t.end - t.start == 1
                && tag == "m"
                && sent
                    .chars
                    .get(t.end)
                    .is_some_and(|c| crate::text::is_han(*c) && !MEASURE_WORDS.contains(*c)))
    });
    // (争取省委、省政府…: bodies, not industries.)
    !clause
        && !item.chars().all(|c| c.is_ascii_digit())
        && !doc.lex.anaphors.contains(&item)
        && !doc.lex.gov_bare.contains(&item)
}

/// A token that may be part of a product's name (jieba tags many product
/// words as places, localities or names: 侧围/f, 横梁/ns, 梁/nr).
fn product_word(t: &super::Tok) -> bool {
    t.oov
        || matches!(
            t.tag.as_str(),
            "n" | "nz" | "ng" | "vn" | "f" | "b" | "j" | "eng" | "nr" | "ns" | "nt" | "x"
        )
}

/// Where the nouns before `end` begin (配套|侧围: jieba tags many product
/// words as places or localities), at most eight chars back.
fn noun_start(doc: &Doc, s: usize, end: usize) -> usize {
    let mut start = end;
    let sent = &doc.sents[s];
    for t in sent.toks.iter().rev().filter(|t| t.end <= end) {
        // (主要/b|生产/vn|成品油、…: the making, before what is made.)
        let word = &sent.chars[t.start..t.end];
        let making = ["主要", "生产", "研制", "研发", "销售"]
            .iter()
            .any(|w| w.chars().eq(word.iter().copied()));
        if t.end != start
            || !product_word(t)
            || t.tag.as_str() == "x"
            || end - t.start > 8
            || making
        {
            break;
        }
        start = t.start;
    }
    start
}

/// Where a fixed term (tagged l or i: 高等教育, 综合利用, 能源开发) ending at
/// `end` starts.
fn fixed_term_start(doc: &Doc, s: usize, end: usize) -> Option<usize> {
    doc.sents[s]
        .toks
        .iter()
        // (能源开发/i: jieba tags some trades' names as idioms.)
        .find(|t| {
            t.end == end
                && matches!(t.tag.as_str(), "l" | "i")
                && (2..=6).contains(&(t.end - t.start))
        })
        .map(|t| t.start)
}

/// Where a short brand ending at `end` starts: the words before it back to
/// a clause word or a verb of the clause (涉及, 包括, 引进…), at most four
/// chars.
fn brand_start(doc: &Doc, s: usize, end: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    let mut start = end;
    for t in sent.toks.iter().rev().filter(|t| t.end <= end) {
        let word: String = sent.chars[t.start..t.end].iter().collect();
        let stop = super::names::is_stop_word(&word)
            || CLAUSE_VERBS.contains(&word.as_str())
            || ["涉及", "引进", "引入", "吸引", "签约", "依托", "包括"].contains(&word.as_str())
            || ["p", "c", "u", "x", "r", "m", "q", "d"]
                .iter()
                .any(|h| t.tag.starts_with(h));
        if t.end != start || stop || end - t.start > 4 {
            break;
        }
        start = t.start;
    }
    (end - start >= 2).then_some(start)
}

/// Verbs that open a clause, not an industry's or product's name.
const CLAUSE_VERBS: &[&str] = &[
    "发展",
    "推动",
    "打造",
    "培育",
    "做强",
    "壮大",
    "聚焦",
    "围绕",
    "加快",
    "推进",
    "引进",
    "引入",
    "建设",
    "形成",
    "延伸",
    "拓展",
    "布局",
    "涉及",
    "包括",
    "生产",
    "销售",
    "分属",
    "涵盖",
    "覆盖",
    "囊括",
    "包含",
    "紧扣",
    // (已落户/vn|华院数据、…: events of a project, whatever jieba's tag.)
    "落户",
    "入驻",
    "落地",
    "签约",
    "开工",
    "竣工",
    "投产",
    // (大力发展/nz: jieba's dictionary holds these as names.)
    // (培育新质生产力、厚植实体产业根基: policy verbs.)
    "厚植",
    "夯实",
    "筑牢",
    "做优",
    "做大",
    "大力发展",
    "重点发展",
    "积极发展",
    "加快发展",
    "着力发展",
];

/// Where the verbs and adverbs opening a span end (the span's start when
/// none does).
fn leading_verbs_end(doc: &Doc, s: usize, start: usize, end: usize) -> usize {
    let mut at = start;
    let toks: Vec<&super::Tok> = doc.sents[s]
        .toks
        .iter()
        .filter(|t| t.start >= start && t.end <= end)
        .collect();
    for (i, t) in toks.iter().enumerate() {
        let tag = t.tag.as_str();
        // (分属/n, 涵盖/n: jieba's tag aside, they open the clause.)
        let word = doc.sents[s].text(t.start, t.end);
        let opener = (!t.oov
            && !split_brand(&toks, i)
            && ((tag.starts_with('v') && tag != "vn") || tag.starts_with('d') || tag == "ad"))
            || CLAUSE_VERBS.contains(&word.as_str());
        if t.start != at || !opener || end - t.end < 2 {
            break;
        }
        at = t.end;
    }
    at
}

/// Drops the trades (…产业) from a list of projects: a trade among named
/// projects is none (涵盖P、光子产业、大科学装置等科技创新类项目). False when
/// the list opens with one: projects counted by their trades, none named
/// (在农产品精深加工产业、…、无人机制造等16个项目进行签约).
fn drop_trades(chars: &[char], items: &mut Vec<(usize, usize)>) -> bool {
    let trade = |&(_, b): &(usize, usize)| chars[..b].ends_with(&['产', '业']);
    if items.first().is_some_and(trade) {
        return false;
    }
    items.retain(|i| !trade(i));
    true
}

/// True when a clause verb opens the item at `a` (培育壮大新质生产力、|厚植
/// 实体产业根基): 、 joins clauses there, not the names of a list.
fn opens_clause(doc: &Doc, s: usize, a: usize) -> bool {
    doc.sents[s]
        .toks
        .iter()
        .any(|t| t.start == a && CLAUSE_VERBS.contains(&doc.sents[s].text(t.start, t.end).as_str()))
}

/// True when token `i` and the next are one char each (润/v|禾/n|生物): a
/// brand jieba split, whatever tag it gave the first char.
fn split_brand(toks: &[&super::Tok], i: usize) -> bool {
    toks[i].end - toks[i].start == 1
        && toks
            .get(i + 1)
            .is_some_and(|n| n.end - n.start == 1 && n.start == toks[i].end)
}

/// Endings of kinds of things made, which name no company.
pub(super) const KIND_ENDINGS: &[&str] = &[
    "系统",
    "配件",
    "部件",
    "零部件",
    "材料",
    "设备",
    "产品",
    "装备",
    "器件",
    "元件",
    "组件",
    "产业",
    "领先",
    "行业",
];

/// True when an item after 项目包括 names a project: no clause (的, a verb
/// or adjective closing it: 领域广、科技含量高), and a proper name or a
/// facility's word in it (丝路创智谷, 会展中心), not a product alone.
fn led_project(doc: &Doc, s: usize, a: usize, b: usize) -> bool {
    let sent = &doc.sents[s];
    let item: String = sent.chars[a..b].iter().collect();
    let last_bad = sent
        .toks
        .iter()
        .rfind(|t| t.start >= a && t.end <= b)
        .is_some_and(|t| {
            let tag = t.tag.as_str();
            !t.oov
                && ((tag.starts_with('v') && tag != "vn")
                    || tag.starts_with('a')
                    || tag.starts_with('d'))
        });
    const FACILITY: &[&str] = &[
        "中心", "园", "谷", "港", "城", "基地", "工程", "小镇", "酒店", "社区", "厂", "项目",
        "开发", "楼", "馆", "站", "场", "线", "房", "道", "桥", "院", "校", "区",
    ];
    // (王家营立交改扩建, …交通改造, …平台改造升级及应用创新: works named by
    // what is done to a place, after a cue that calls them projects.)
    const WORKS: &[&str] = &[
        "扩建", "改造", "建设", "提升", "升级", "创新", "治理", "整治", "修复", "迁建", "新建",
        // (…新能源汽车精密零组件制造, …时尚鞋智造: what the works make;
        // …控制系统总成: the assembly they make.)
        "制造", "智造", "总成",
    ];
    let facility = FACILITY.iter().chain(WORKS).any(|f| item.ends_with(f));
    !item.contains('的') && (facility || (!last_bad && super::project::is_specific(doc, s, a, b)))
}

/// True when an item is a rank (围绕资源禀赋、主导产业: 主导产业 is a kind
/// of industry, not one): the list names no industries.
fn ranked(chars: &[char], items: &[(usize, usize)]) -> bool {
    items
        .iter()
        .any(|&(a, b)| RANKS.contains(&chars[a..b].iter().collect::<String>().as_str()))
}

/// The words ranking industries (主导产业, 支柱产业): before a list's
/// shared 产业 they leave a kind of industry, no name.
const RANKS: &[&str] = &[
    "主导", "支柱", "优势", "特色", "首位", "新兴", "传统", "重点", "龙头", "基础", "相关",
];

/// True when an item is already known as a thing of another class (长三角、
/// 珠三角和环渤海区域等…企业 lists places): the list is not of `class`.
fn other_class(doc: &Doc, s: usize, a: usize, b: usize, class: Class) -> bool {
    let sent = &doc.sents[s];
    let item: String = sent.chars[a..b].iter().collect();
    sent.mentions
        .iter()
        .any(|m| m.start == a && m.end == b && doc.class(m.entity) != class)
        || (class != Class::Place && doc.lex.places.contains_key(&item))
        // 集成电路、生物医药等业内企业: companies of these industries;
        // 电控系统、精密配件等配套企业: of these products.
        || (class == Class::Enterprise
            && (doc.lex.industries.contains(&item)
                || doc.lex.products.contains_key(&item)
                || (KIND_ENDINGS.iter().any(|k| item.ends_with(k))
                    // (润阳|硅材料 is a brand's company: a proper name opens it.)
                    && !super::places_people::has_proper_name(doc, s, a, b.saturating_sub(2))
                    && !sent.toks.iter().any(|t| t.start >= a && t.end < b && t.oov))))
}

/// True when a zone or an institution is named exactly at `a..b`: a
/// place a list may count as a project (…产业园, …检测中心).
fn facility_at(doc: &Doc, s: usize, a: usize, b: usize) -> bool {
    doc.sents[s].mentions.iter().any(|m| {
        m.start == a
            && m.end == b
            && matches!(doc.class(m.entity), Class::Zone | Class::Institution)
    })
}

/// True when a company's short name (no legal ending) is named exactly at
/// `a..b`: a list counting projects (首诺铜业、威赛光电等46个工业项目)
/// names them by it.
fn short_company_at(doc: &Doc, s: usize, a: usize, b: usize) -> bool {
    doc.sents[s].mentions.iter().any(|m| {
        let e = doc.entities.get(m.entity);
        m.start == a
            && m.end == b
            && e.class == Class::Enterprise
            && b - a <= 6
            && !["公司", "集团", "厂"].iter().any(|w| e.label.ends_with(w))
    })
}

/// Words of planning and building jieba may tag as nouns before an
/// industry's projects.
const PLAN_WORDS: &[&str] = &[
    "规划",
    "计划",
    "谋划",
    "储备",
    "实施",
    "签约",
    "开工",
    "新建",
    "在建",
    // (…等新开工|产业项目147个: the projects' stage, no trade.)
    "新开工",
    "新签约",
    "续建",
    "竣工",
    "投产",
];

/// The industry the words before a list's 项目 name (先进制造业|项目14个,
/// 服务业类|项目3个): a known industry there, or a word ending in 业.
fn lead_industry(doc: &mut Doc, s: usize, (a, b): (usize, usize)) -> Option<usize> {
    if let Some(m) = doc.sents[s]
        .of(doc, Class::Industry)
        .find(|m| m.end == b && m.start >= a)
    {
        return Some(m.entity);
    }
    // (涉化|新能源|项目有7项: an industry of the lexicon right before.)
    if let Some(st) = (a..b.saturating_sub(1))
        .find(|&st| doc.lex.industry_trie.contains(&doc.sents[s].chars[st..b]))
    {
        return doc.mention(s, st, b, Class::Industry, "industry.name.list");
    }
    if b < a + 2 || doc.sents[s].chars[b - 1] != '业' {
        return None;
    }
    // The nouns and adjectives before 业 (先进制造业, 现代服务业).
    let mut start = b;
    for t in doc.sents[s].toks.iter().rev().filter(|t| t.end <= b) {
        let word = matches!(
            t.tag.as_str(),
            // (战略/n|新兴产业/nt|项目17个.)
            "n" | "a" | "vn" | "b" | "j" | "nz" | "ng" | "an" | "t" | "nt"
        );
        // (曾规划/n|日化产业项目15个: a plan's verb tagged as a noun.)
        let plan = PLAN_WORDS.contains(&doc.sents[s].text(t.start, t.end).as_str());
        if t.end != start || t.start < a || !word || plan {
            break;
        }
        start = t.start;
    }
    // (重大产业|项目22个, 重点产业|项目6个: a standing, no trade.)
    let generic = || {
        super::made_of(
            &doc.sents[s].text(start, b),
            &[super::chain::GENERIC, super::chain::NEW_WAYS],
        )
    };
    (b - start >= 3 && !generic())
        .then(|| doc.mention(s, start, b, Class::Industry, "industry.name.list"))?
}

/// Where an item `a..b` goes on after the place that opens it (杭州|昌维科聚,
/// 如皋市|乘用车产业), at least `rest` chars before its end; `a` when no
/// place opens it.
fn after_opening_place(doc: &Doc, s: usize, (a, b): (usize, usize), rest: usize) -> usize {
    doc.sents[s]
        .mentions
        .iter()
        .filter(|m| m.start == a && m.end + rest <= b && doc.class(m.entity) == Class::Place)
        .map(|m| m.end)
        .max()
        .unwrap_or(a)
}

/// Adds one item as a mention of `class`, unless another name already
/// covers it (a place may open it, and is left out of an industry's
/// name); gives the entity named.
fn add_item(
    doc: &mut Doc,
    s: usize,
    a: usize,
    b: usize,
    class: Class,
    rule: Option<&'static str>,
) -> Option<usize> {
    let sent = &doc.sents[s];
    // (A电池项目、B、C等企业进驻: a project listed among companies is one.)
    // (入驻电子信息制造、软件开发等高新技术企业: kinds of work in common
    // words name the firms' trades, no firm.)
    let class = match class {
        Class::Enterprise if sent.text(a, b).ends_with("项目") => Class::Project,
        Class::Enterprise if trade_item(doc, s, a, b) => Class::Industry,
        _ => class,
    };
    // (东台市电子信息产业、如皋市|乘用车产业: an industry is named without
    // the place that has it.)
    let a = match class {
        Class::Industry => after_opening_place(doc, s, (a, b), 2),
        _ => a,
    };
    // The same span named already (as what the lexicon knows) stays.
    if let Some(m) = sent.mentions.iter().find(|m| m.start == a && m.end == b) {
        return (doc.class(m.entity) == class).then_some(m.entity);
    }
    let overlaps = sent.mentions.iter().any(|m| {
        let inside = a <= m.start && m.end <= b;
        let other = doc.class(m.entity);
        m.start < b
            && a < m.end
            // Project names hold their company, zone or place.
            && !(class == Class::Project && inside && other != Class::Project)
            && !(inside && other == Class::Place)
    });
    // (世界|500强企业B: a ranking's scope is no company; nor is a legal
    // ending alone: 有限公司.)
    let name = sent.text(a, b);
    if overlaps
        || (class == Class::Enterprise
            && (super::enterprise::generic(&name) || super::enterprise::bare_ending(doc, &name)))
    {
        return None;
    }
    // (新技术、新产业、新业态、新模式, 重大产业: generic words only name
    // no trade.)
    if class == Class::Industry
        && super::made_of(
            &sent.text(a, b),
            &[super::chain::GENERIC, super::chain::NEW_WAYS],
        )
    {
        return None;
    }
    // (组建三大平台招商小组、八大|产业招商团队: what a count opens is
    // counted, no trade named.)
    if class == Class::Industry
        && b >= a + 2
        && crate::text::numerals::is_count_digit(sent.chars[a])
        && matches!(sent.chars[a + 1], '大' | '个' | '类')
    {
        return None;
    }
    // (生物医药项目11个、工业互联网等…项目11个: projects counted by their
    // kind, none named; a trade alone names no project.)
    // (聚焦绿色|石化、…等产业项目: a quality and a trade, no project.)
    let trade = |item: &str| {
        doc.lex.industries.contains(item)
            || doc.lex.industry_ending_at(&sent.chars, b).is_some_and(|k| {
                k > a && super::names::INDUSTRY_ADJECTIVES.contains(&sent.text(a, k).as_str())
            })
    };
    if class == Class::Project && {
        let item = sent.text(a, b);
        COUNT_CLOSED.is_match(&item) || trade(&item)
    } {
        return None;
    }
    let rule = match class {
        _ if rule.is_some() => match class {
            Class::Industry => "industry.name.known-list",
            _ => "product.name.known-list",
        },
        Class::Enterprise => "enterprise.name.list",
        Class::Project => "project.name.list",
        Class::Industry => "industry.name.list",
        Class::Zone => "zone.name.list",
        Class::Product => "product.name.list",
        _ => "name.list",
    };
    let p = doc.mention(s, a, b, class, rule)?;
    // 精锐恒丰年产300万只汽车传动皮带轮: a listed project opens with its
    // company as a named one does.
    if class == Class::Project {
        super::project::name_parts(doc, s, p, a, b);
    }
    Some(p)
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::{has, labels, read};

    /// A trade jieba tags an idiom (能源开发/i) opens a list of fields.
    #[test]
    fn a_gloss_and_a_conjunction_in_a_list_of_industries() {
        let r = read("汶峰区以健康医药、烟草(百亿级产业)等产业的稳健发展稳住基本盘。");
        let found = labels(&r, crate::model::Class::Industry);
        assert!(found.contains(&"烟草".to_string()), "{found:?}");
        assert!(!found.iter().any(|i| i.contains('(')), "{found:?}");
        let r = read("签约项目均为主导产业“升级版”或物联网、5G应用等新兴产业。");
        let found = labels(&r, crate::model::Class::Industry);
        assert!(found.contains(&"物联网".to_string()), "{found:?}");
    }

    /// An amount glued to a listed project's name (投资14亿元|A、15亿元|B等
    /// 32个项目) is its investment, no part of its name; what a count opens
    /// (三大平台招商小组、八大|产业招商团队) names no trade.
    #[test]
    fn amounts_glued_to_listed_projects_and_counted_trades() {
        let r = read(
            "组建三大平台招商小组、八大产业招商团队。\
             投资14亿元岚汶锂电正极材料、15亿元峪溪水泥技改等32个项目开工建设。",
        );
        let projects = labels(&r, crate::model::Class::Project);
        for p in ["岚汶锂电正极材料", "峪溪水泥技改"] {
            assert!(projects.contains(&p.to_string()), "{projects:?}");
        }
        assert!(
            crate::extract::testing::fired(
                &r,
                "岚汶锂电正极材料",
                "project.investment",
                "1400000000"
            ),
            "{r:?}"
        );
        assert!(
            labels(&r, crate::model::Class::Industry).is_empty(),
            "{r:?}"
        );
    }

    /// Companies' short names counted as projects built or signed name the
    /// projects; counted as projects talked of they are the companies.
    #[test]
    fn short_names_counted_as_projects_built_are_projects() {
        let r = read(
            "截至今年9月,岚达富电子、汶科东方实业、峪川化工等34个项目实现开工。\
             峪岚化工、汶诺东方实业等12个项目正在洽谈。",
        );
        let projects = labels(&r, crate::model::Class::Project);
        let firms = labels(&r, crate::model::Class::Enterprise);
        for p in ["岚达富电子", "汶科东方实业", "峪川化工"] {
            assert!(projects.contains(&p.to_string()), "{projects:?}");
        }
        // (Such names of projects neither built nor signed stay companies.)
        for e in ["峪岚化工", "汶诺东方实业"] {
            assert!(firms.contains(&e.to_string()), "{firms:?}");
        }
    }

    #[test]
    fn remanufacturing_is_an_industry() {
        let r = read("岚溪经济开发区主导产业为精密铸造、装备制造、再制造,现有企业94家。");
        let found = labels(&r, crate::model::Class::Industry);
        for i in ["精密铸造", "装备制造", "再制造"] {
            assert!(found.contains(&i.to_string()), "{found:?}");
        }
    }

    #[test]
    fn a_deng_inside_a_word_closes_no_list() {
        let r = read("岚溪新区开工的项目,涵盖智能制造、高等教育、现代物流等多个领域。");
        let found = labels(&r, crate::model::Class::Industry);
        for i in ["智能制造", "高等教育", "现代物流"] {
            assert!(found.contains(&i.to_string()), "{found:?}");
        }
    }

    #[test]
    fn a_trade_tagged_an_idiom_opens_a_list_of_fields() {
        let r = read("岚溪产业区项目集中开工,涵盖能源开发、新材料、现代物流等多个重要领域。");
        let found = labels(&r, crate::model::Class::Industry);
        for i in ["能源开发", "新材料", "现代物流"] {
            assert!(found.contains(&i.to_string()), "{found:?}");
        }
    }

    /// A conjunction after a counted list's class word (A、B两个援建项目以及
    /// 企业投资的C、D等项目) closes the list: its items are projects.
    #[test]
    fn a_conjunction_after_the_class_word_closes_the_list() {
        let r = read(
            "市民文化体育中心、青少年儿童乐园2个援建项目以及企业投资的汶峰国际总部城、青禾之窗等项目进展顺利。",
        );
        let projects = labels(&r, crate::model::Class::Project);
        for p in ["市民文化体育中心", "青少年儿童乐园"] {
            assert!(projects.contains(&p.to_string()), "{projects:?}");
        }
        assert!(
            !has(&r, "汶峰国际总部城", "ownedBy", "青少年儿童乐园"),
            "{r:?}"
        );
    }

    /// Titles listed before a chain's official (…产业链链长) are no
    /// industries: 链长 is a title, the chain no list's class word.
    #[test]
    fn titles_before_a_chains_official_are_no_industries() {
        let r = read("岚溪市委副书记、市委政法委书记、汶峰新型材料产业链链长青禾出席会议。");
        let found = labels(&r, crate::model::Class::Industry);
        assert!(found.iter().all(|i| !i.ends_with("书记")), "{found:?}");
        let r = read("汶峰市商务局局长、汶峰市锆及锆合金产业链副链长青禾说,项目进展顺利。");
        let found = labels(&r, crate::model::Class::Industry);
        assert!(found.iter().all(|i| !i.ends_with("局长")), "{found:?}");
    }

    /// The class words opening a position, in the order of the list:
    /// 产业链 before 产业, none past the end.
    #[test]
    fn class_words_at_a_position_in_list_order() {
        let chars: Vec<char> = "甲产业链企业".chars().collect();
        let at = |p: usize| -> Vec<String> {
            super::heads_at(&chars, p)
                .map(|(h, _)| h.iter().collect())
                .collect()
        };
        assert_eq!(at(1), ["产业链", "产业"]);
        assert_eq!(at(4), ["企业"]);
        assert!(at(0).is_empty() && at(chars.len()).is_empty());
    }

    /// A ranked kind of industry sharing a list's 产业 (资源禀赋、主导产业)
    /// names no industry; kinds of public works (基础设施, 民生工程) in a
    /// list of fields are no trades, though 工业 beside them is.
    #[test]
    fn ranks_and_public_works_are_no_industries() {
        let r = read("岚溪园区坚持围绕资源禀赋、主导产业,强化产业链招商。");
        assert!(
            labels(&r, crate::extract::Class::Industry).is_empty(),
            "{r:?}"
        );
        let r = read("岚溪园区今年签约项目涉及工业、基础设施、民生工程和环保整治等4个领域。");
        assert_eq!(labels(&r, crate::extract::Class::Industry), ["工业"]);
    }

    /// A trade of the lexicon ending in 化 (石化, 焦化) is an industry in a
    /// list; a way of developing (高端化, 智能化) is not.
    #[test]
    fn a_trade_ending_in_hua_is_listed_a_way_is_not() {
        let r = read("岚溪园区重点发展石化、冶金、新能源电池等产业。");
        assert_eq!(
            labels(&r, crate::extract::Class::Industry),
            ["冶金", "新能源电池", "石化"],
            "{r:?}"
        );
        let r = read("岚溪园区推动产业向高端化、智能化、绿色化等方向发展。");
        assert!(
            labels(&r, crate::extract::Class::Industry).is_empty(),
            "{r:?}"
        );
    }

    /// A fixed term jieba tags as an idiom (高等教育/l, 综合利用/l) opens a
    /// list of fields or industries closed by its class word.
    #[test]
    fn a_fixed_term_opens_a_list_of_fields() {
        let r = read(
            "岚溪区集中开工的项目涉及高等教育、大健康、纺织服装等领域。岭川市推动制糖及综合利用、能源电力、冶金三大传统产业转型升级。",
        );
        let industries = labels(&r, crate::extract::Class::Industry);
        for w in [
            "高等教育",
            "大健康",
            "纺织服装",
            "制糖及综合利用",
            "能源电力",
            "冶金",
        ] {
            assert!(industries.contains(&w.to_string()), "{w}: {industries:?}");
        }
    }

    /// Known terms that open longer items (文化|体育娱乐, 绿色低碳|发展行动)
    /// make no list of known industries.
    #[test]
    fn a_known_term_opening_a_longer_item_lists_nothing() {
        let r = read(
            "岚溪区发展健康养生养老、文化体育娱乐等现代服务业。岚溪区开展智能制造、精品制造、绿色低碳发展行动。",
        );
        let industries = labels(&r, crate::extract::Class::Industry);
        for w in ["文化", "养老", "智能制造", "绿色低碳"] {
            assert!(!industries.contains(&w.to_string()), "{w}: {industries:?}");
        }
    }

    /// Items closed by 等 and a description whose parts 、 joins, then 的
    /// and the class word (等投资体量大、技术含量高的重大项目), are of that
    /// class; a verb inside one of them (汶岚24GW封装胶膜) makes no product
    /// of the next items.
    #[test]
    fn a_described_class_word_closes_the_list() {
        let r = read(
            "这些项目中,既有岚峰12GW电池、汶岚24GW封装胶膜、岚溪冰箱等投资体量大、\
             技术含量高、市场前景好的主导产业强链补链重大项目,集中展示了发展成效。",
        );
        assert_eq!(
            labels(&r, crate::model::Class::Project),
            ["岚峰12GW电池", "岚溪冰箱", "汶岚24GW封装胶膜"],
            "{r:?}"
        );
        assert!(!has(&r, "岚峰12GW电池", "produces", "冰箱"));
    }

    /// Projects named in clauses after an industry's count (涉化新能源项目
    /// 有5项，包括A公司投资X建设P1和P2、B公司投资Y建设P3等) are in that
    /// industry, up to the end of its part of the sentence.
    #[test]
    fn projects_in_clauses_after_an_industrys_count() {
        let r = read(
            "其中,涉化新能源项目有5项,包括岚峰光电有限公司投资12亿元建设光伏背板生产线和\
             溪岭储能电站项目、青禾进出口有限公司投资3亿元建设钠离子电池生产项目等;\
             其他项目有4项,包括岚溪物流有限公司投资2亿元建设的冷链仓储中心项目。",
        );
        for p in ["光伏背板生产线", "溪岭储能电站项目", "钠离子电池生产项目"]
        {
            assert!(has(&r, p, "inIndustry", "新能源"), "{p}");
        }
        assert!(!has(&r, "冷链仓储中心项目", "inIndustry", "新能源"));
    }

    /// A count of an industry's projects with their shared amount before
    /// 包括 leads the list all the same; each item's own amount (总投资X亿元
    /// 的) opens no name, and an item may end in what it makes (…制造).
    /// An industry counting projects is named, listed or not, but no plan
    /// verb before it (规划|日化产业).
    #[test]
    fn an_industry_counting_its_projects_leads_their_list() {
        let r = read(
            "按类别分,高端装备制造业项目21个,总投资188.2亿元,包括总投资42亿元的岚峰重工\
             年产300台大型盾构机产业基地项目、总投资12亿元的青溪智能物流园等项目;\
             特色轻工业项目8个,总投资31.5亿元,包括总投资9亿元的溪禾精工户外用品\
             精密部件制造、总投资6亿元的岚山竹木制品产业园等项目;现代物流业项目6个,总投资20亿元。",
        );
        for (p, i) in [
            ("岚峰重工年产300台大型盾构机产业基地项目", "高端装备制造业"),
            ("青溪智能物流园", "高端装备制造业"),
            ("溪禾精工户外用品精密部件制造", "特色轻工业"),
        ] {
            assert!(has(&r, p, "inIndustry", i), "{p} {i}");
        }
        let ind = labels(&r, crate::extract::Class::Industry);
        assert!(ind.contains(&"现代物流业".to_string()), "{ind:?}");
        let r = read("这里曾规划日化产业项目15个。");
        let ind = labels(&r, crate::extract::Class::Industry);
        assert!(!ind.iter().any(|i| i.starts_with("规划")), "{ind:?}");
    }

    /// Machines counted one by one at a building site (一台台A、B在现场
    /// 作业) build, they are no products; off a line they are.
    #[test]
    fn machines_at_a_site_are_no_products() {
        let r = read("走进岚溪园区施工现场,一台台推土机、吊车、起重机在现场加紧作业。");
        assert!(labels(&r, crate::extract::Class::Product).is_empty());
        let r = read("车间里一台台推土机、装载机、起重机整齐下线。");
        assert_eq!(
            labels(&r, crate::extract::Class::Product),
            ["推土机", "装载机", "起重机"]
        );
    }

    /// An industry listed with the place that has it (泰兴市医药产业、海门市
    /// 乘用车产业) is named without the place; 做强 is a verb, not the
    /// opening of the first item (做强|制造业).
    #[test]
    fn listed_industries_leave_their_place_out() {
        let r = read(
            "这样的路径在泰兴市医药产业、海门市乘用车产业同样得以体现。\
             把做实做强制造业、做优服务业作为优先项。",
        );
        let ind = labels(&r, Class::Industry);
        for i in ["医药产业", "乘用车产业", "制造业"] {
            assert!(ind.contains(&i.to_string()), "{i}: {ind:?}");
        }
        for i in ["海门市乘用车产业", "强制造业"] {
            assert!(!ind.contains(&i.to_string()), "{i}: {ind:?}");
        }
    }

    /// A name quoted in a list (A、“B”、C等项目) is an item all the same,
    /// named without its quotes.
    #[test]
    fn a_quoted_item_of_a_list_is_one_of_its_items() {
        let r = read("此次集中签约的有——青禾纳米新材料、“汶溪岩棉夹芯板”、岚峰医疗器械产业园、岚溪碳谷产业园等24个项目。");
        let projects = labels(&r, crate::extract::Class::Project);
        for p in [
            "青禾纳米新材料",
            "汶溪岩棉夹芯板",
            "岚峰医疗器械产业园",
            "岚溪碳谷产业园",
        ] {
            assert!(projects.contains(&p.to_string()), "{projects:?}");
        }
    }

    /// One item per line, as pages print them: a brand before a quoted
    /// name, a place glossed in brackets and a verb inside a facility's name
    /// keep the list whole; the common noun closing a clause before a
    /// capacity is no company.
    #[test]
    fn quoted_and_bracketed_items_of_a_line_list() {
        let r = read(
            "此次集中签约的有——\n岚宇方圆“新物流生态圈”、\n溪岭国际航空旅游城、\n\
             青丁山(岚州)离岸时尚高级定制中心、\n年产10万吨纳米生物基新材料、\n\
             岚溪碳谷产业园等24个项目,\n涵盖了高端装备制造等领域。",
        );
        let projects = labels(&r, crate::extract::Class::Project);
        for p in [
            "岚宇方圆“新物流生态圈”",
            "溪岭国际航空旅游城",
            "青丁山(岚州)离岸时尚高级定制中心",
            "年产10万吨纳米生物基新材料",
            "岚溪碳谷产业园",
        ] {
            assert!(projects.contains(&p.to_string()), "{p}: {projects:?}");
        }
        let companies = labels(&r, crate::extract::Class::Enterprise);
        assert!(!companies.contains(&"中心".to_string()), "{companies:?}");
    }

    /// Companies listed as of a trade the lexicon does not know (等一批
    /// 船舶配件制造龙头企业) belong to it; leaders of a batch lead no chain.
    #[test]
    fn companies_listed_as_of_a_trade_belong_to_it() {
        let r = read("该镇集聚了岚溪科、富岭东阳、凌青吉恩斯等一批船舶配件制造龙头企业。");
        for e in ["岚溪科", "富岭东阳", "凌青吉恩斯"] {
            assert!(has(&r, e, "inIndustry", "船舶配件制造"), "{e}");
            assert!(!has(&r, e, "leadsChain", "船舶配件制造"), "{e}");
        }
        let r = read("该镇集聚了岚溪科、富岭东阳等船舶配件企业。");
        assert!(!has(&r, "岚溪科", "inIndustry", "船舶配件"));
    }
    use crate::extract::Class;

    /// Counted companies close a list; a trade the clause goes on to name
    /// is theirs, not the list's class (A、B两家企业|深耕新材料产业). A brand of
    /// four chars after a place may hold any word (杭州|昌维科聚/v).
    #[test]
    fn counted_companies_close_a_list_before_the_clauses_trade() {
        let r = read("杭州岚维科聚、成都汶虹装备两家企业深耕新材料产业领域。");
        let firms = labels(&r, Class::Enterprise);
        for e in ["杭州岚维科聚", "成都汶虹装备"] {
            assert!(firms.contains(&e.to_string()), "{e}: {firms:?}");
        }
        assert!(!labels(&r, Class::Industry).contains(&"岚维科聚".to_string()));
        let r = read("引进杭州昌维科聚、汶溪蜀虹装备等企业。");
        let firms = labels(&r, Class::Enterprise);
        assert!(firms.contains(&"杭州昌维科聚".to_string()), "{firms:?}");
    }

    /// The last item's 产业 is its own when a counted class word follows
    /// (A、B产业两大未来产业); without the count it is the list's (A、B产业).
    #[test]
    fn a_last_items_own_industry_word_before_a_counted_class() {
        let r = read("岚川新区聚焦发展量子信息、深海产业两大未来产业。");
        let i = labels(&r, Class::Industry);
        assert!(i.contains(&"深海产业".to_string()), "{i:?}");
        assert!(!i.contains(&"深海".to_string()), "{i:?}");
        let r = read("岚川新区聚焦发展量子信息、海洋装备产业。");
        let i = labels(&r, Class::Industry);
        assert!(i.contains(&"海洋装备".to_string()), "{i:?}");
    }

    /// One name before 等N个项目 is a project when it names a facility;
    /// a clause there is not.
    #[test]
    fn one_name_before_counted_projects() {
        let r = read(
            "33个重点项目完成投资89.9亿元,岚通青州智创园等10个项目建成投运。\
             全力推进招商引资等5个项目落地。",
        );
        let projects = labels(&r, Class::Project);
        assert_eq!(projects, vec!["岚通青州智创园".to_string()], "{projects:?}");
    }

    /// An assembly (…控制系统总成) or a product made smartly (…运动鞋智造,
    /// jieba's 鞋智造/v) before 等N个项目 names the works that make it.
    #[test]
    fn assemblies_and_smart_making_before_counted_projects() {
        let r =
            read("岚溪智能车门控制系统总成等12个项目提速推进，汀川运动鞋智造等5个项目竣工投用。");
        let projects = labels(&r, Class::Project);
        for p in ["岚溪智能车门控制系统总成", "汀川运动鞋智造"] {
            assert!(projects.contains(&p.to_string()), "{p}: {projects:?}");
        }
        assert!(!labels(&r, Class::Product)
            .iter()
            .any(|p| p.ends_with("智造")));
    }

    /// One name before 等项目 or 等重大项目, uncounted, is a project too;
    /// a company's short name (…等一批项目) and the last item of a list
    /// are not, nor is a clause.
    #[test]
    fn one_name_before_uncounted_projects() {
        let r = read(
            "围绕产业链加大工业投资,岚士特新能源汽车传动系统等项目开工建设,\
             汶煤青川化学二期等重大项目进展顺利。\
             岚锦能源等一批项目落地时间压减三分之一。\
             以汶华化学产业园、中国—岚溪“两国双园”等重点项目为龙头。\
             全力推进招商引资等项目落地。",
        );
        let projects = labels(&r, Class::Project);
        for p in ["岚士特新能源汽车传动系统", "汶煤青川化学二期"] {
            assert!(projects.contains(&p.to_string()), "{p}: {projects:?}");
        }
        for p in ["岚锦能源", "招商引资"] {
            assert!(!projects.iter().any(|x| x.contains(p)), "{p}: {projects:?}");
        }
        assert!(
            !projects.iter().any(|x| x.starts_with("岚溪")),
            "{projects:?}"
        );
    }

    /// Companies' short names listed as projects brought in (引进A、B等项目
    /// 入驻) are the companies; counted (A、B等三个项目签约) they name the
    /// projects.
    #[test]
    fn short_company_names_listed_as_projects() {
        let r = read(
            "先后引进岚路钢构、汶神机械、青通机电、岭格汽车等项目入驻。\
             岚能半导体、汶芯光电、青张科技等三个项目集中签约。",
        );
        let companies = labels(&r, Class::Enterprise);
        for c in ["汶神机械", "青通机电", "岭格汽车", "岚路钢构"] {
            assert!(companies.contains(&c.to_string()), "{c}: {companies:?}");
        }
        let projects = labels(&r, Class::Project);
        assert!(projects.contains(&"汶芯光电".to_string()), "{projects:?}");
        assert!(!projects.contains(&"汶神机械".to_string()), "{projects:?}");
    }

    /// The sector opening a list (产业板块|A、B等…项目) is no item's.
    #[test]
    fn a_sector_opening_a_list_is_no_items() {
        let r = read("产业板块岚星电脑横机、汶丰冲压件等31个工业项目投资超亿元。");
        let projects = labels(&r, Class::Project);
        assert!(
            projects.contains(&"岚星电脑横机".to_string()),
            "{projects:?}"
        );
        assert!(!projects.iter().any(|p| p.contains("板块")), "{projects:?}");
    }

    /// Projects listed before 等一批 and kinds joined by 、 (基础性、节点性
    /// 项目), or a clause an industry opens (支撑…产业发展的重大项目).
    #[test]
    fn projects_before_a_batch_of_described_projects() {
        let r = read(
            "园区引进了岚泰矿业煤制烯烃、汀华钢铁一体化等一批基础性、节点性项目。\
             汶溪镁业综合利用、粗锌冶炼等一批支撑循环经济产业发展的重大项目相继实施。",
        );
        let projects = labels(&r, Class::Project);
        for p in [
            "岚泰矿业煤制烯烃",
            "汀华钢铁一体化",
            "汶溪镁业综合利用",
            "粗锌冶炼",
        ] {
            assert!(projects.contains(&p.to_string()), "{p}: {projects:?}");
        }
    }

    /// Names after a title closed by 等 and a verb of attending are people;
    /// items that are no person's names are not.
    #[test]
    fn people_attending_close_a_list_of_names() {
        let r = read("该区领导李岚珂、贾青远、徐汶鹏等参加活动。岚溪科技、青禾电子等参加签约。");
        let people = labels(&r, Class::Person);
        for p in ["李岚珂", "贾青远", "徐汶鹏"] {
            assert!(people.contains(&p.to_string()), "{p}: {people:?}");
        }
        assert_eq!(people.len(), 3, "{people:?}");
    }

    /// Counted series and kinds of products (等5个系列80个品种) list
    /// products; 一系列问题 lists none.
    #[test]
    fn series_and_kinds_made_list_products() {
        let r = read(
            "园区现已形成青霉素、维生素、淀粉糖和燃料乙醇等5个系列80个品种。\
             园区协调解决了用水用电、施工报建等一系列问题。",
        );
        let products = labels(&r, Class::Product);
        for p in ["青霉素", "维生素", "淀粉糖", "燃料乙醇"] {
            assert!(products.contains(&p.to_string()), "{p}: {products:?}");
        }
        assert!(!products.contains(&"施工报建".to_string()), "{products:?}");
    }

    /// Trades listed as the kinds of projects (一批新能源、电子商务等项目)
    /// are industries; projects listed so (岚溪电池项目、…等项目) stay
    /// projects.
    #[test]
    fn trades_listed_as_projects_kinds_are_industries() {
        let r = read(
            "岚溪园区一批新能源、新材料、电子商务、现代服务业等项目正在洽谈。\
             岚溪电池项目、岚山光伏项目等项目开工。",
        );
        let industries = labels(&r, Class::Industry);
        for i in ["新能源", "新材料", "电子商务", "现代服务业"] {
            assert!(industries.contains(&i.to_string()), "{i}: {industries:?}");
        }
        let projects = labels(&r, Class::Project);
        assert!(
            projects.contains(&"岚溪电池项目".to_string()),
            "{projects:?}"
        );
        assert!(
            !industries.iter().any(|i| i.contains("一批")),
            "{industries:?}"
        );
    }

    /// Things made listed before an industry's class word (…、电解液等
    /// 电池相关产业) are products; a list holding a trade (新材料) stays one
    /// of industries.
    #[test]
    fn things_made_listed_as_a_trades_are_products() {
        let r = read(
            "岚溪项目带动高能隔膜、电解液、岚牌检测设备等电池相关产业集聚。\
             岚溪园区重点发展新材料、岚牌材料等产业。",
        );
        let products = labels(&r, Class::Product);
        for p in ["高能隔膜", "电解液", "岚牌检测设备"] {
            assert!(products.contains(&p.to_string()), "{p}: {products:?}");
        }
        let industries = labels(&r, Class::Industry);
        assert!(industries.contains(&"新材料".to_string()), "{industries:?}");
        assert!(!products.contains(&"新材料".to_string()), "{products:?}");
    }

    /// Items before …产业升级项目 are the industries whose projects these
    /// are; 和 inside a middle item joins two names of industries or
    /// products; many big projects (众多工业大项目) name none.
    #[test]
    fn industries_projects_and_joined_items() {
        let r = read(
            "工业园将致力于发展电子信息、临港能源工业和岭南陶瓷、婚庆礼服等传统支柱产业升级项目。\
             园区形成青霉素、淀粉糖和燃料乙醇、饲料蛋白等4个系列。\
             今年以来,岚川市众多工业大项目开工建设。",
        );
        let industries = labels(&r, Class::Industry);
        for i in ["电子信息", "临港能源工业", "岭南陶瓷", "婚庆礼服"] {
            assert!(industries.contains(&i.to_string()), "{i}: {industries:?}");
        }
        let products = labels(&r, Class::Product);
        for p in ["淀粉糖", "燃料乙醇"] {
            assert!(products.contains(&p.to_string()), "{p}: {products:?}");
        }
        assert!(labels(&r, Class::Project).is_empty());
    }

    /// A class word after a conjunction (…利用和产业链延伸), bodies
    /// (省委、省政府) and clauses with verbs (批复成立) list no industries.
    #[test]
    fn clauses_and_bodies_are_no_industries_listed() {
        let r = read(
            "努力实现盐湖、有色金属、煤炭资源循环利用和产业链延伸。\
             争取省委、省政府批复成立岚港产业开发区。",
        );
        let industries = labels(&r, Class::Industry);
        for i in ["有色金属", "煤炭资源循环利用和", "省委"] {
            assert!(!industries.contains(&i.to_string()), "{i}: {industries:?}");
        }
    }

    /// The class word after the count decides what the items are, known or
    /// not: companies, projects (without the 项目 they share), industries.
    #[test]
    fn items_take_the_class_of_the_word_closing_the_list() {
        let r = read(
            "现场，岚川制药、栖霞微电、朴然食品等多家企业代表进行签约。\
             集中开工瑞祥科技储能电池二期、汇拓生物体外诊断试剂等项目8个。\
             园区涉及航空航天、海洋装备、低空经济等战略性新兴产业。",
        );
        let ent = labels(&r, Class::Enterprise);
        for e in ["岚川制药", "栖霞微电", "朴然食品"] {
            assert!(ent.contains(&e.to_string()), "{e}: {ent:?}");
        }
        let proj = labels(&r, Class::Project);
        for p in ["瑞祥科技储能电池二期", "汇拓生物体外诊断试剂"] {
            assert!(proj.contains(&p.to_string()), "{p}: {proj:?}");
        }
        let ind = labels(&r, Class::Industry);
        for i in ["航空航天", "海洋装备", "低空经济"] {
            assert!(ind.contains(&i.to_string()), "{i}: {ind:?}");
        }
    }

    /// Lists of projects written as `既有A、B等一批…项目，更有C、D等…的
    /// “二期”项目`: each item a project (a long qualifier after 等, a 有
    /// glued by jieba to the first brand), opened by its company and
    /// capacity.
    #[test]
    fn lists_of_projects_after_youyou_read_each_with_its_owner() {
        let r = read(
            "签约项目既有岳川精工年产200万只制动卡钳、蓝屿部件年产30万套汽车座椅骨架等一批\
             汽车零部件上游补链延链项目，更有凯邦包装年产5亿只食品级铝箔盖生产线、\
             昱丰科技年产80万套户外帐篷等再投资的“二期”项目。",
        );
        let proj = labels(&r, Class::Project);
        for p in [
            "岳川精工年产200万只制动卡钳",
            "蓝屿部件年产30万套汽车座椅骨架",
            "凯邦包装年产5亿只食品级铝箔盖生产线",
            "昱丰科技年产80万套户外帐篷",
        ] {
            assert!(proj.contains(&p.to_string()), "{p}: {proj:?}");
        }
        assert!(
            proj.iter()
                .all(|p| !p.contains('等') && !p.starts_with('有')),
            "{proj:?}"
        );
        assert!(has(
            &r,
            "岳川精工年产200万只制动卡钳",
            "ownedBy",
            "岳川精工"
        ));
        assert!(has(
            &r,
            "凯邦包装年产5亿只食品级铝箔盖生产线",
            "ownedBy",
            "凯邦包装"
        ));
        assert!(has(
            &r,
            "蓝屿部件年产30万套汽车座椅骨架",
            "produces",
            "汽车座椅骨架"
        ));
    }

    /// Listed products as written: a verb or a one-char adverb opening a
    /// later item is its name's (洗涤用品, 正负极材料), and amounts before
    /// items (1.5亿平方米, 37.5吉瓦时) are no part of them.
    #[test]
    fn listed_products_keep_their_leading_words_and_drop_amounts() {
        let r = read(
            "产品涵盖硫化钠、氯磺酸、清洗用品等。\
             建立了覆盖高纯硅粉、正负极材料、导热胶等关键环节的储能产业链。\
             形成12万吨磷酸锰铁、2.5亿平方米铝塑膜、40吉瓦时钠电池等产能规模。",
        );
        let products = labels(&r, Class::Product);
        for p in [
            "硫化钠",
            "氯磺酸",
            "清洗用品",
            "高纯硅粉",
            "正负极材料",
            "导热胶",
            "磷酸锰铁",
            "铝塑膜",
            "钠电池",
        ] {
            assert!(products.contains(&p.to_string()), "{p}: {products:?}");
        }
        for p in ["用品", "负极材料", "时钠电池"] {
            assert!(!products.contains(&p.to_string()), "{p}: {products:?}");
        }
    }

    /// The links of a chain listed before it (覆盖A、B等关键环节的X产业链)
    /// or closed by it (涵盖A、B等X产业链各个环节) are what the chain makes,
    /// and belong to it.
    #[test]
    fn listed_links_are_made_by_their_chain() {
        let r = read(
            "园区建立了覆盖高纯硅粉、导热胶、储能电芯等关键环节的储能产业链。\
             岚县集聚涵盖硅碳负极、储能隔膜、铝塑膜等钠电池产业链各个环节的企业30家。",
        );
        for p in ["高纯硅粉", "导热胶", "储能电芯"] {
            assert!(has(&r, "储能产业链", "produces", p), "{p}");
            assert!(has(&r, p, "inIndustry", "储能产业链"), "{p}");
        }
        for p in ["硅碳负极", "储能隔膜", "铝塑膜"] {
            assert!(has(&r, "钠电池产业链", "produces", p), "{p}");
            assert!(labels(&r, Class::Product).contains(&p.to_string()), "{p}");
        }
    }

    /// 以及 joins the last industry of a list; what is done (…高质量发展)
    /// and wholes (整体) are no industries; a system of industries (工业
    /// 产业体系) names none.
    #[test]
    fn industry_lists_join_with_yiji_and_drop_deeds() {
        let r = read(
            "着力打造海洋装备、数字文创、康养旅游以及现代物流等产业集群。\
             将为园区新兴产业高质量发展、整体产业能力注入新动能。\
             形成以新材料为主导的“1+3”工业产业体系。",
        );
        let ind = labels(&r, Class::Industry);
        for i in ["海洋装备", "数字文创", "康养旅游", "现代物流"] {
            assert!(ind.contains(&i.to_string()), "{i}: {ind:?}");
        }
        for i in ["新兴产业高质量发展", "产业高质量发展", "整体", "工业产业"]
        {
            assert!(!ind.contains(&i.to_string()), "{i}: {ind:?}");
        }
    }

    /// A least amount after 等一批 (10亿元以上) qualifies the projects
    /// listed before it.
    #[test]
    fn a_least_amount_after_the_list_qualifies_its_projects() {
        let r = read("力促岭言机器人、岚士康PCB板等一批10亿元以上项目实现突破。");
        let p = labels(&r, Class::Project);
        assert_eq!(p, ["岚士康PCB板", "岭言机器人"], "{p:?}");
    }

    /// A brand jieba split into one-char words, the first a verb (润/v|禾),
    /// opens the first item whole.
    #[test]
    fn a_split_brand_opens_the_first_item() {
        let r = read("重大工业项目有序推进,润禾生物、中岭食品等项目即将完工。");
        let p = labels(&r, Class::Project);
        assert_eq!(p, ["中岭食品", "润禾生物"], "{p:?}");
    }

    /// In a list of industries 及 joins two names of three chars or more
    /// (化工新材料及助剂试剂); shorter sides share one name (生物医药及食品).
    #[test]
    fn industry_lists_split_at_ji_between_long_names() {
        let r = read(
            "园区聚集了高端医药、高效农药、电子新材料及溶剂试剂等领域的企业。\
                      岭川县重点发展生物医药及食品、新能源等产业。",
        );
        let ind = labels(&r, Class::Industry);
        for i in ["电子新材料", "溶剂试剂", "生物医药及食品"] {
            assert!(ind.contains(&i.to_string()), "{i}: {ind:?}");
        }
        assert!(!ind.iter().any(|i| i == "电子新材料及溶剂试剂"), "{ind:?}");
    }

    /// A 了 jieba glues to the first name (引进/v|了岚川/ns) is the verb's,
    /// and the kind closing the list (等一批…的绿色环保项目) is no project.
    #[test]
    fn the_verbs_le_and_the_lists_kind_are_no_names() {
        let r = read("园区引进了岚川化工、溪山材料等一批投资过亿元的绿色环保项目。");
        let proj = labels(&r, Class::Project);
        assert!(proj.contains(&"岚川化工".to_string()), "{proj:?}");
        assert!(
            !proj
                .iter()
                .any(|p| p.starts_with('了') || p.contains("环保项目")),
            "{proj:?}"
        );
    }

    /// Facilities counted as projects are projects (…中心、…农庄、…园等项目);
    /// the list starts after the cue opening it (项目包含), and an amount
    /// the projects share (等13个总投资62亿元的项目) still closes it.
    #[test]
    fn facilities_listed_as_projects_after_their_cue() {
        let r = read(
            "拟建设岚时艺术展示中心、低密度农庄、禅意文化创意园等项目。\
             此次集中开工项目包含岚湾通用机场、杰岭缝制装备智能制造中心等12个重点项目。\
             当天,岚能储能电池、溪川汽车检测中心等13个总投资62亿元的项目也正式开工。",
        );
        let proj = labels(&r, Class::Project);
        for p in [
            "岚时艺术展示中心",
            "低密度农庄",
            "禅意文化创意园",
            "岚湾通用机场",
            "杰岭缝制装备智能制造中心",
            "岚能储能电池",
            "溪川汽车检测中心",
        ] {
            assert!(proj.contains(&p.to_string()), "{p}: {proj:?}");
        }
        assert!(!proj.iter().any(|p| p.contains("包含")), "{proj:?}");
    }

    /// Parks and bases counted as projects (`推进A示范园、B产业园、C产业基地等
    /// 重点项目`) are the projects; 大健康 of 大健康产业园 is no product.
    #[test]
    fn parks_counted_as_projects_are_projects() {
        let r = read("全力推进岭北科创示范园、康养产业园、云岫数据产业基地等重点项目快建设。");
        let proj = labels(&r, Class::Project);
        for p in ["岭北科创示范园", "康养产业园", "云岫数据产业基地"] {
            assert!(proj.contains(&p.to_string()), "{p}: {proj:?}");
        }
        assert!(
            labels(&r, Class::Zone).is_empty(),
            "{:?}",
            labels(&r, Class::Zone)
        );
        assert!(!labels(&r, Class::Product).contains(&"康养".to_string()));
    }

    /// Lists of industries as real text writes them: framed by 以…等为代表的,
    /// closed by a word of kind (传统产业), opened by 分属 or 紧扣, items
    /// holding 及 or 与, 现代 or 先进, or their own 产业.
    /// In a counted list of projects where one item is plainly a project,
    /// the others may be any plain noun phrase; a zone opening the first
    /// item is where they are, not part of its name.
    #[test]
    fn counted_project_lists_take_plain_noun_phrases() {
        let r = read(
            "全年启动青松复合肥、恒通管业装备制造等重点项目70个。\
             云岭商贸集聚区康宁医养结合体、万和广场等重点项目加快建设。",
        );
        let projects = labels(&r, Class::Project);
        for p in [
            "青松复合肥",
            "恒通管业装备制造",
            "康宁医养结合体",
            "万和广场",
        ] {
            assert!(projects.contains(&p.to_string()), "{p}: {projects:?}");
        }
        assert!(
            !projects.iter().any(|p| p.starts_with("云岭商贸")),
            "{projects:?}"
        );
    }

    /// Works a cue calls projects (N个…项目分别是A改扩建、B交通改造…) are
    /// projects, whatever is done to the place.
    #[test]
    fn works_a_cue_calls_projects_are_projects() {
        let r = read(
            "3个基础设施类项目分别是岚溪立交改扩建、汀州北向交通改造、岭川大数据平台改造升级及应用创新。",
        );
        let projects = labels(&r, Class::Project);
        for p in [
            "岚溪立交改扩建",
            "汀州北向交通改造",
            "岭川大数据平台改造升级及应用创新",
        ] {
            assert!(projects.contains(&p.to_string()), "{p}: {projects:?}");
        }
    }

    /// Companies listed before 等 and an industry's term (等新材料明星企业)
    /// are in that industry.
    #[test]
    fn listed_companies_of_an_industry() {
        let r = read("园区依托岚川硅业、汀州晶材等新材料明星企业,形成新材料产业集聚区。");
        assert!(has(&r, "岚川硅业", "inIndustry", "新材料"));
        assert!(has(&r, "汀州晶材", "inIndustry", "新材料"));
    }

    /// An event verb opens the clause, not the first item (已落户A、B等
    /// 项目); an item that is a brand alone is one name, owned by no other.
    #[test]
    fn an_event_verb_opens_no_listed_item() {
        let r = read("在数字经济方面,已落户岚川数据、汀州网络等上海项目20多个。");
        let projects = labels(&r, Class::Project);
        assert!(projects.contains(&"岚川数据".to_string()), "{projects:?}");
        assert!(
            !projects.iter().any(|p| p.starts_with("落户")),
            "{projects:?}"
        );
        assert!(!has(&r, "汀州网络", "ownedBy", "汀州网络"));
    }

    /// A code in quotes may stand before the class word (等“4+4”现代产业),
    /// and the projects of the industries listed (…产业的项目) make the
    /// items no projects.
    #[test]
    fn industries_listed_before_a_coded_class_word_and_its_projects() {
        let r =
            read("在这些项目中,来自岚海材料、岳川文旅、汀州云计算等“3+2”现代产业的项目比比皆是。");
        let industries = labels(&r, Class::Industry);
        for i in ["岚海材料", "岳川文旅", "汀州云计算"] {
            assert!(industries.contains(&i.to_string()), "{i}: {industries:?}");
        }
        let projects = labels(&r, Class::Project);
        assert!(projects.is_empty(), "{projects:?}");
    }

    /// 以A、B等为主体的产业格局: the frame of 以…为 before the class word,
    /// with or without 等; an industry may end in 健康.
    #[test]
    fn industries_in_the_frame_of_yi_wei() {
        let r = read(
            "园区形成了以冰雪旅游、林下经济、生命健康等为主体的产业格局。\
             县里培育以绿色建材、马铃薯加工为主导的现代产业体系。\
             大健康、高原牧业等产业蓬勃发展。",
        );
        let ind = labels(&r, Class::Industry);
        for i in [
            "冰雪旅游",
            "林下经济",
            "生命健康",
            "绿色建材",
            "马铃薯加工",
            "大健康",
            "高原牧业",
        ] {
            assert!(ind.contains(&i.to_string()), "{i}: {ind:?}");
        }
    }

    /// 等…的链主企业: after 等, a clause with 的 describes the companies.
    #[test]
    fn companies_described_after_deng() {
        let r = read("新区依托云岭储能、泰和光显等产值过百亿的链主企业,吸引配套企业落户。");
        let e = labels(&r, Class::Enterprise);
        for i in ["云岭储能", "泰和光显"] {
            assert!(e.contains(&i.to_string()), "{i}: {e:?}");
        }
    }

    #[test]
    fn industry_lists_in_their_real_forms() {
        let r = read(
            "全省打造以油气储运、盐湖化工、风光储能等为代表的“六大产业集群”。\
             园区紧扣现代纺织、先进电子制造、轻合金等主导产业，提升硅铁冶炼、陶瓷建材传统产业。\
             名单中8家企业分属电动船舶、冷链食品、储能等重点产业链，其中电动船舶、光通信、传感器及芯片三大产业均有两家企业入选。\
             合作园重点聚焦海洋药物及医疗耗材产业、数字文创产业、汽车及船舶配件产业等三大产业方向，\
             涉及新能源与节能环保、新材料等多个产业领域。",
        );
        let ind = labels(&r, Class::Industry);
        for i in [
            "油气储运",
            "盐湖化工",
            "风光储能",
            "现代纺织",
            "先进电子制造",
            "轻合金",
            "硅铁冶炼",
            "陶瓷建材",
            "电动船舶",
            "冷链食品",
            "传感器及芯片",
            "海洋药物及医疗耗材产业",
            "数字文创产业",
            "汽车及船舶配件产业",
            "新能源与节能环保",
        ] {
            assert!(ind.contains(&i.to_string()), "{i}: {ind:?}");
        }
        assert!(
            !ind.iter().any(|i| i.contains("分属") || i.contains("传统")),
            "{ind:?}"
        );
        let ent = labels(&r, Class::Enterprise);
        assert!(!ent.contains(&"光通信".to_string()), "{ent:?}");
    }

    /// A nickname in quotes before the class word (航空“智汽高飞”主导产业),
    /// parts (零部件, tagged a numeral by jieba) and displays (光电显示) in
    /// industries' names.
    #[test]
    fn nicknames_parts_and_displays_in_industry_lists() {
        let r = read(
            "活动围绕电子信息、新能源汽车零部件、航空“智汽高飞”主导产业，\
             动力电池、精密结构件、光电显示三个细分产业链全面起势。",
        );
        let ind = labels(&r, Class::Industry);
        for i in [
            "电子信息",
            "新能源汽车零部件",
            "航空",
            "精密结构件",
            "光电显示",
        ] {
            assert!(ind.contains(&i.to_string()), "{i}: {ind:?}");
        }
    }

    /// A list in quotes, counted after them (“A、B、C”三大主导产业): its
    /// items are industries, without the quotes.
    #[test]
    fn a_quoted_list_counted_after_its_quotes() {
        let r = read(
            "溪岭高新区将做强“海洋装备、冷链物流、康养旅居”三大主导产业，\
             构建“一核两翼”发展格局。",
        );
        let ind = labels(&r, Class::Industry);
        assert_eq!(ind, ["冷链物流", "康养旅居", "海洋装备"], "{ind:?}");
    }

    /// `集A、B等于一体` and `覆盖A、B等关键环节的X产业链` are clauses: 于一体 is
    /// no count, and a 的 after 等 closes only lists of projects.
    #[test]
    fn a_clause_after_deng_closes_no_list() {
        let r = read(
            "公司将建设集果酱研发、冷链仓储、科普展示等于一体的智慧食品产业园。\
             全县建立了覆盖碳纤维原丝、预浸料、复合材料制品等关键环节的碳材料产业链。",
        );
        let zones = labels(&r, Class::Zone);
        assert!(
            !zones
                .iter()
                .any(|z| z.contains("研发") || z.contains("仓储")),
            "{zones:?}"
        );
        let ind = labels(&r, Class::Industry);
        assert!(
            !ind.iter()
                .any(|i| i.contains("原丝") || i.contains("预浸料")),
            "{ind:?}"
        );
    }

    /// A class word and a verb before a list (签约项目包括A、B、C等) name its
    /// items too.
    #[test]
    fn a_head_before_the_list_names_its_items() {
        let r = read(
            "此次签约项目包括湘江智造谷、株洲云谷数据中心、岳阳临港冷链中心等，总投资80亿元。",
        );
        let proj = labels(&r, Class::Project);
        for p in ["湘江智造谷", "株洲云谷数据中心", "岳阳临港冷链中心"] {
            assert!(proj.contains(&p.to_string()), "{p}: {proj:?}");
        }
    }

    /// A count and a comma may come between 项目 and 包括; the industry
    /// before 项目 is the items' industry; an item read as a zone is a
    /// project there; the total after the list is no item's investment.
    #[test]
    fn a_counted_project_list_gives_the_items_industry() {
        let r = read(
            "现代服务业类项目3个，包括楚风文旅小镇、汉水云谷、江夏国际会展中心，总投资41亿元。",
        );
        let proj = labels(&r, Class::Project);
        for p in ["楚风文旅小镇", "汉水云谷", "江夏国际会展中心"] {
            assert!(proj.contains(&p.to_string()), "{p}: {proj:?}");
            assert!(has(&r, p, "inIndustry", "现代服务业"), "{p}");
        }
        assert!(labels(&r, Class::Zone).is_empty());
        let values: Vec<_> = r
            .iter()
            .flat_map(|x| &x.facts)
            .filter(|f| f.property == crate::model::vocab::ck::INVESTMENT)
            .collect();
        assert!(values.is_empty(), "{values:?}");
    }

    /// A list of products (配套A、B及C等产品) is made by the company named
    /// before it, or by the one 该公司 refers to (also inside a project's
    /// name), not by those it supplies (为X、Y配套).
    #[test]
    fn listed_products_are_the_makers() {
        let r = read(
            "总投资2亿元的昊天(芜湖)汽车部件有限公司冲压件生产基地项目入驻园区。\
             该公司主要为奇瑞汽车、江淮汽车配套门槛梁、后地板及顶盖横梁等产品。",
        );
        for p in ["门槛梁", "后地板", "顶盖横梁"] {
            assert!(has(&r, "昊天(芜湖)汽车部件有限公司", "produces", p), "{p}");
            assert!(!has(&r, "奇瑞汽车", "produces", p), "{p}");
        }
    }

    /// A zone's main industries named after 主导产业是 or framed by 以…为
    /// 主导产业 are industries it focuses on.
    #[test]
    fn main_industries_named_around_the_class_word() {
        for text in [
            "岚汐经开区以装备制造、新材料为主导产业。",
            "岚汐经开区主导产业是装备制造、新材料和生物医药。",
        ] {
            let r = read(text);
            assert!(has(&r, "岚汐经开区", "focusesOn", "装备制造"), "{text}");
            assert!(has(&r, "岚汐经开区", "focusesOn", "新材料"), "{text}");
        }
    }

    /// A company that is one of a list of products (its own brand) makes
    /// none of them.
    #[test]
    fn a_brand_listed_among_products_makes_none_of_them() {
        let r =
            read("岚宝、禾菌、岭尘茶等一批特色食品企业快速成长，岭尘茶、岚酒等明星产品畅销全国。");
        assert!(labels(&r, Class::Product).contains(&"岚酒".to_string()));
        assert!(!has(&r, "岭尘茶", "produces", "岚酒"));
    }

    /// A list of things a product goes into (将用于手机、平板等产品) is not
    /// what the company makes.
    #[test]
    fn things_a_product_goes_into_are_not_made() {
        let r =
            read("在岚汐科技有限公司里，加工好的磁铁产品将用于手机、平板电脑等各类电子产品上。");
        assert!(!has(&r, "岚汐科技有限公司", "produces", "手机"));
        assert!(!has(&r, "岚汐科技有限公司", "produces", "平板电脑"));
    }

    /// The last class word decides (等行业龙头企业 lists companies), 的 ends
    /// the qualifier (the owners of projects are no projects), and places or
    /// industries listed before 企业 are no companies.
    #[test]
    fn lists_of_other_things_are_left_alone() {
        let r = read(
            "蓝湾、金桥等行业龙头企业相继布局。\
             密切关注、准确把握泓泰、恒晟“两大焦化”的项目建设。\
             围绕长三角、珠三角等意向配套企业开展招商。\
             区内的集成电路、生物医药等业内企业正在上市。",
        );
        let ent = labels(&r, Class::Enterprise);
        assert!(ent.contains(&"蓝湾".to_string()), "{ent:?}");
        for not in ["长三角", "珠三角", "集成电路", "生物医药"] {
            assert!(!ent.contains(&not.to_string()), "{not}: {ent:?}");
        }
        let proj = labels(&r, Class::Project);
        assert!(
            !proj.iter().any(|p| p.contains("关注") || p == "恒晟"),
            "{proj:?}"
        );
    }

    /// Names closed by people (等四套班子领导) are persons, not the
    /// projects named later in the clause; companies' people (等企业代表)
    /// leave the companies listed.
    #[test]
    fn people_close_a_list_of_names() {
        let r = read(
            "市领导钱嘉禾、孙立平、周文韬等四套班子领导出席项目开工仪式。\
             星耀科技、汇川智造等企业代表参加签约。",
        );
        assert!(
            labels(&r, Class::Project).is_empty(),
            "{:?}",
            labels(&r, Class::Project)
        );
        let people = labels(&r, Class::Person);
        for p in ["钱嘉禾", "孙立平", "周文韬"] {
            assert!(people.contains(&p.to_string()), "{p}: {people:?}");
        }
        let enterprises = labels(&r, Class::Enterprise);
        assert!(
            enterprises.contains(&"星耀科技".to_string()),
            "{enterprises:?}"
        );
    }

    /// 引入 opens a list of names as 引进 does (X县引入A、B等…企业).
    #[test]
    fn a_county_brings_in_listed_companies() {
        let r = read("青川县引入岚峰、汶溪、宏崖等食品加工企业38家。");
        let firms = labels(&r, Class::Enterprise);
        for f in ["岚峰", "汶溪", "宏崖"] {
            assert!(firms.iter().any(|x| x == f), "{firms:?}");
        }
    }

    /// A trade's giants (等物流行业巨头) are companies, each of them in the
    /// chain the clause before makes.
    #[test]
    fn a_trades_giants_are_companies() {
        let r = read("打造物流交通产业链，青禾镇吸引了星澜物流、北辰物流等物流行业巨头进驻。");
        let ent = labels(&r, Class::Enterprise);
        for e in ["星澜物流", "北辰物流"] {
            assert!(ent.contains(&e.to_string()), "{ent:?}");
            assert!(has(&r, e, "inIndustry", "物流交通产业链"), "{e}");
        }
        assert!(labels(&r, Class::Industry)
            .iter()
            .all(|i| !i.contains("北辰")));
    }

    /// Items of a project list keep their phase (一期/d), with or without
    /// their own suffix.
    #[test]
    fn project_list_items_keep_their_phase() {
        let r = read(
            "鸿川集团物流园三期工程、泰和集团20万吨复合肥一期工程、\
             明远实业10万吨硫酸钾技改等项目正在推进。",
        );
        let projects = labels(&r, Class::Project);
        for p in ["泰和集团20万吨复合肥一期工程", "明远实业10万吨硫酸钾技改"]
        {
            assert!(projects.contains(&p.to_string()), "{p}: {projects:?}");
        }
        assert!(has(&r, "明远实业10万吨硫酸钾技改", "ownedBy", "明远实业"));
        assert!(has(&r, "明远实业10万吨硫酸钾技改", "produces", "硫酸钾"));
    }

    /// A roster opened by 还有 starts its first company right after the
    /// cue, even a brand opening with a numeral (三禾|粉体); a count of
    /// companies (三家) is none.
    #[test]
    fn a_roster_may_open_with_a_numeral_brand() {
        let r = read("其他重要企业还有三禾粉体、顺岭物流、腾溪能源等公司。");
        let firms = labels(&r, Class::Enterprise);
        for f in ["三禾粉体", "顺岭物流", "腾溪能源"] {
            assert!(firms.contains(&f.to_string()), "{firms:?}");
        }
        let r = read("园区还有三家粉体、顺岭物流等公司。");
        let firms = labels(&r, Class::Enterprise);
        assert!(!firms.iter().any(|f| f.contains("三家")), "{firms:?}");
    }

    /// A last item whose 产业 is its own, another joined to it by 和, and
    /// the class word after both (A、B、战略性新兴产业和现代服务业等领域):
    /// each is an industry, the qualified one whole.
    #[test]
    fn a_joined_last_industry_closes_at_the_later_class_word() {
        let r = read("岚溪区开工项目涉及智能科技、汽车零部件、战略性新兴产业和现代服务业等领域。");
        let industries = labels(&r, Class::Industry);
        for i in ["战略性新兴产业", "现代服务业", "智能科技"] {
            assert!(industries.contains(&i.to_string()), "{industries:?}");
        }
        assert!(
            !industries.contains(&"战略性".to_string()),
            "{industries:?}"
        );
    }

    /// A frame's 以 glued to the first industry's first char by jieba
    /// (以大/a|健康) leaves the lexicon's name whole: 大健康.
    #[test]
    fn a_glued_frame_leaves_the_first_industry_whole() {
        let r = read("岚溪园区东部以大健康、新材料、电子机械制造为主导产业。");
        let industries = labels(&r, Class::Industry);
        assert!(industries.contains(&"大健康".to_string()), "{industries:?}");
        assert!(!industries.contains(&"健康".to_string()), "{industries:?}");
    }

    /// 、 before a policy verb joins clauses (培育壮大A、夯实B产业根基),
    /// not the items of a list of industries.
    #[test]
    fn a_policy_verb_after_the_mark_opens_a_clause() {
        let r = crate::extract::testing::read(
            "岚溪园区将成为区域培育壮大新质生产力、夯实实体产业根基的核心载体。",
        );
        let industries = crate::extract::testing::labels(&r, crate::extract::Class::Industry);
        assert!(
            !industries.iter().any(|i| i.contains("夯实")),
            "{industries:?}"
        );
        assert!(
            !industries.contains(&"新质生产力".to_string()),
            "{industries:?}"
        );
    }

    /// Projects counted by their trades (在A产业、B、C等16个项目进行签约)
    /// are none named; a trade among named projects is no project.
    #[test]
    fn trades_among_counted_projects_are_no_projects() {
        let r = crate::extract::testing::read(
            "溪岭区政府与岚峰控股有限公司等在果蔬精深加工产业、岚湖新材料开发建设、\
             无人机制造等12个项目进行了集中签约。",
        );
        let projects = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        assert!(projects.is_empty(), "{projects:?}");
        let r = crate::extract::testing::read(
            "“科创岚溪”项目12个,涵盖溪岭科技转化平台、量子产业、岚湖实验基地等科技创新类项目。",
        );
        let projects = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        assert!(
            projects.contains(&"溪岭科技转化平台".to_string()),
            "{projects:?}"
        );
        assert!(!projects.contains(&"量子产业".to_string()), "{projects:?}");
    }

    /// Generic words name no trade: the "four new" slogan (新技术、新产业、
    /// 新业态、新模式), a standing (地标产业, 当家产业), projects counted by
    /// weight (重大产业项目22个); a trade counting its projects still is one.
    #[test]
    fn generic_words_name_no_trade() {
        let r = read(
            "培育新技术、新产业、新业态、新模式等新兴产业。全力打造地标产业,做强当家产业。\
             此次集中开工重大产业项目22个、重点产业项目6个、先进制造业项目14个。",
        );
        assert_eq!(labels(&r, crate::model::Class::Industry), ["先进制造业"]);
    }

    /// Projects counted by trade (生物医药项目11个, 工业互联网等数字经济项目
    /// 11个) name the trades, not projects; a kind of project (生态环保项目)
    /// names no trade.
    #[test]
    fn projects_counted_by_trade_name_the_trades() {
        let r = read(
            "其中,高端装备制造项目5个、生物医药项目11个、生态环保项目7个、工业互联网等数字经济项目11个。",
        );
        assert_eq!(
            labels(&r, crate::model::Class::Industry),
            ["工业互联网", "数字经济", "生物医药", "高端装备制造"]
        );
        assert!(labels(&r, crate::model::Class::Project).is_empty(), "{r:?}");
    }

    /// A bracket after a listed product glosses it: its kinds inside are
    /// products too (特种灯具(隧道灯具、矿用灯具)), and what it covers (含…)
    /// names none; no label keeps a bracket.
    #[test]
    fn a_bracket_after_a_listed_product_glosses_it() {
        let r = read(
            "岚峰照明有限公司主要产品有智能门锁(含配套软件)、户外灯具、\
             特种灯具(隧道灯具、矿用灯具)等。",
        );
        let products = labels(&r, crate::model::Class::Product);
        for p in ["户外灯具", "特种灯具", "隧道灯具", "矿用灯具"] {
            assert!(products.contains(&p.to_string()), "{p}: {products:?}");
        }
        assert!(
            !products.iter().any(|p| p.contains(['(', ')', '含'])),
            "{products:?}"
        );
    }

    /// A count and its class word inside a run of 、 close one list, and the
    /// next list starts after them (A、B和C 2个千亿产业集群和D、E 3个百亿产业
    /// 集群).
    #[test]
    fn a_count_and_class_word_close_a_list_inside_a_run() {
        let r = read(
            "岚溪市大力培育石墨新材料、光伏和储能2个千亿产业集群和数字文旅、冷链物流、\
             特色果蔬3个百亿产业集群,持续推进产业链现代化。",
        );
        let industries = labels(&r, crate::model::Class::Industry);
        for i in [
            "石墨新材料",
            "光伏",
            "储能",
            "数字文旅",
            "冷链物流",
            "特色果蔬",
        ] {
            assert!(industries.contains(&i.to_string()), "{i}: {industries:?}");
        }
    }

    /// A project's parts listed with their count (包括A、B及C三个子项目) are
    /// projects each, a base's name closing before 及; the count names none.
    #[test]
    fn sub_projects_listed_with_their_count() {
        let r = read(
            "岚峰锂能产业园项目包括储能技术研究院、钠电池生产基地及电池回收系统三个子项目,\
             将建成省内最大的钠电池生产基地。",
        );
        let projects = labels(&r, crate::model::Class::Project);
        for p in ["储能技术研究院", "钠电池生产基地", "电池回收系统"] {
            assert!(projects.contains(&p.to_string()), "{p}: {projects:?}");
        }
        assert!(
            !projects.iter().any(|p| p.contains("子项目")),
            "{projects:?}"
        );
    }

    /// Items closed by 等产业链项目 are the chains' industries, as before
    /// 产业升级项目; no item is a project.
    #[test]
    fn items_of_chain_projects_are_industries() {
        let r = read(
            "该县将重点招引锂电池产业链项目,同时积极引进氢燃料电池、电驱系统集成等产业链项目。",
        );
        let industries = labels(&r, crate::model::Class::Industry);
        for i in ["氢燃料电池", "电驱系统集成"] {
            assert!(industries.contains(&i.to_string()), "{i}: {industries:?}");
        }
        assert!(labels(&r, crate::model::Class::Project).is_empty(), "{r:?}");
    }

    /// Items closed by 等…基础设施(建设) are works, projects each.
    #[test]
    fn items_of_infrastructure_are_projects() {
        let r = read(
            "两地聚焦重大基础设施建设,全力推动岚忻高铁、岚溪大道、青禾河供水等重大交通水利基础设施建设。",
        );
        let projects = labels(&r, crate::model::Class::Project);
        for p in ["岚忻高铁", "岚溪大道", "青禾河供水"] {
            assert!(projects.contains(&p.to_string()), "{p}: {projects:?}");
        }
    }

    /// Names listed after a title without 等 (县领导A、B(县委副书记)、C出席)
    /// are people, each without its bracketed role; a list of companies
    /// after no title is none.
    #[test]
    fn names_after_a_title_are_people() {
        let r = read("县领导李岚珂、贾青远(县委副书记)、徐汶鹏出席开工仪式。");
        let people = labels(&r, Class::Person);
        for p in ["李岚珂", "贾青远", "徐汶鹏"] {
            assert!(people.contains(&p.to_string()), "{p}: {people:?}");
        }
        let r = read("岚溪科技、青禾电子出席签约仪式。");
        assert!(labels(&r, Class::Person).is_empty(), "{r:?}");
    }

    /// Names listed after a title end at the one joined by 和 to titled
    /// people (A、B、C和市检察院检察长D、…副关长E): all are people.
    #[test]
    fn names_end_where_titled_people_join() {
        let r = read(
            "市领导蔡岚泽、邓汶荣、王岚、许汶明和市检察院检察长赖汶贵、汕头海关副关长高岚军出席开工仪式。",
        );
        let people = labels(&r, Class::Person);
        for p in ["蔡岚泽", "邓汶荣", "王岚", "许汶明", "赖汶贵", "高岚军"] {
            assert!(people.contains(&p.to_string()), "{p}: {people:?}");
        }
    }

    /// Kinds of work in common words listed before 等…企业 (电子信息制造、
    /// 软件开发) are trades, no firms; a brand before 制造 is still a firm.
    #[test]
    fn kinds_of_work_listed_as_firms_are_trades() {
        let r = read("岚川园区主要入驻电子信息制造、软件开发等高新技术企业。");
        let firms = labels(&r, Class::Enterprise);
        assert!(firms.is_empty(), "{firms:?}");
        let trades = labels(&r, Class::Industry);
        for t in ["电子信息制造", "软件开发"] {
            assert!(trades.contains(&t.to_string()), "{t}: {trades:?}");
        }
        let r = read("岚川园区入驻岚峰制造、汶川科技等企业。");
        let firms = labels(&r, Class::Enterprise);
        assert!(firms.contains(&"岚峰制造".to_string()), "{firms:?}");
    }

    /// A quality and a trade listed before projects' count (聚焦绿色石化、
    /// …等新开工产业项目147个) name no project, and the projects' stage
    /// (新开工) no trade.
    #[test]
    fn trades_and_a_stage_before_counted_projects() {
        let r = read(
            "聚焦绿色石化、智能制造、新能源、现代服务业等新开工产业项目147个,占全市项目比重60.7%。",
        );
        assert!(
            labels(&r, Class::Project).is_empty(),
            "{:?}",
            labels(&r, Class::Project)
        );
        let industries = labels(&r, Class::Industry);
        assert!(
            !industries.iter().any(|i| i.contains("开工")),
            "{industries:?}"
        );
    }
}
