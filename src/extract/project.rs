//! Projects (…项目, …工程, …生产线), who owns them, where they are built, and
//! their values: investment, land and floor area, capacity, progress and
//! opening date.

use super::names::{stem_start, Kind};
use super::quantity::{parse_date, parse_number, to_base, Decimal, Unit, NUMBER, UNIT_WORDS};
use super::{char_pos, Class, Doc, Fact, Mention, Value};
use crate::model::vocab::{ck, unit, xsd};
use crate::text::numerals::{han_digits, is_count_digit, is_han_digit};
use oxigraph::model::NamedNodeRef;
use regex::Regex;
use std::sync::LazyLock;

const SUFFIXES: &[&str] = &[
    "工程项目",
    "生产基地",
    "产业基地",
    "制造基地",
    "生产线",
    "项目",
    "工程",
];

/// True when `s` ends with a project's suffix: a whole name ends there
/// (…再生铝项目|和…).
pub(crate) fn ends_with_suffix(s: &str) -> bool {
    SUFFIXES.iter().any(|suf| s.ends_with(suf))
}

/// Suffixes of a company's facility, a project only when built by a company
/// or for a capacity (…建设年产200万千瓦风电叶片等产业基地).
const FACILITY_SUFFIXES: &[&str] = &["生产基地", "产业基地", "制造基地"];
static SUFFIX_INDEX: LazyLock<crate::lexicon::SuffixIndex> =
    LazyLock::new(|| crate::lexicon::SuffixIndex::new(SUFFIXES));

/// Stems of generic projects (重点工程项目, 桩基工程) — parts or categories,
/// not named projects.
const GENERIC: &[&str] = &[
    "重点",
    "省重点",
    "市重点",
    "县重点",
    "产业",
    "延链",
    "招商",
    "新质生产力",
    "一批",
    "多个",
    "相关",
    "配套",
    "生态保护",
    "投资",
    "建设",
    "桩基",
    "围护结构",
    "单体",
    "基坑围护桩",
    "民生",
    "在建",
    "续建",
    "新建",
    "技术",
    "科技",
    "合作",
    "示范",
    "基础设施",
    "重大",
    "签约",
    "储备",
    "谋划",
    "洽谈",
    "落地",
    "优质",
    "好",
    "大",
    "新",
    "各类",
];

/// Words of a group, a rank or a dateline in a stem: no project named (山东
/// 正以一批重量级项目, 这批项目; 天津市众多工业大项目; 遂宁市首个锂电隔膜
/// 项目, 多个锂电项目, 湖南省标志性外资项目; 记者…报道…项目).
const GROUP_WORDS: &[&str] = &[
    "一批",
    "一些",
    "这批",
    "该批",
    "报道",
    "报讯",
    "众多",
    "诸多",
    "大批",
    "首个",
    "多个",
    "标志性",
    "首批",
    "若干",
];

/// Words after 项目 that make it part of another word (项目部, 项目组).
const NOT_AFTER: &[char] = &[
    '部', '组', '办', '库', '制', '化', '区', '经', '单', '方', '布', '师', '管', '招', '资', '人',
    '负', '监', '学', '院', '系', '技', '专', '洽',
];

/// A count closing a project stem (2个, 十余项, 多个, 三个子项目): projects
/// counted, not one named.
static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:\d+|[",
        han_digits!(),
        r"两百多数]+)(?:余|多)?(?:个|项|批)子?$"
    ))
    .expect("static regex")
});

/// Projects counted right before a value (项目146个，总投资…; 重点项目计划
/// 340项，总投资…; 签约项目58个、总投资…; 投产项目有10个，总投资…).
static COUNTED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"项目(?:计划|共计|共|达|有)?\d+(?:余|多)?(?:个|项)[，,、]?(?:总|计划|共|合计)?$")
        .expect("static regex")
});

/// A batch of projects named as such (一批项目, 60个重点项目, 该批项目): a
/// value after it, with no project named between, is their total (not a
/// campaign's name in quotes: “投产一批”项目).
static BATCH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:一批|该批|这批|上述|多个|数个|\d+(?:余|多)?个|[",
        han_digits!(),
        r"两百]+(?:余|多)?个)[^”，。；,]{0,8}项目"
    ))
    .expect("static regex")
});

/// Projects of a batch listed by their class word (产业项目中，既有P1、P2；
/// 科技人才项目包括P3、P4).
static LISTED_BATCH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"项目(?:中[，,]|包括|分别是|分别为|主要有)").expect("static regex")
});

/// A count of projects joined to a name (…和22个配套项目).
static JOINED_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"[和及与](?:\d+|[",
        han_digits!(),
        r"两百]+)(?:余|多)?个"
    ))
    .expect("static regex")
});

/// A count opening a project stem (2条SMT贴片生产线, 两条年产…生产线, 十大
/// 产业项目, 首个…):
/// projects counted or ranked, not named.
static LEADING_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:\d+(?:余|多)?(?:条|个|座|栋|家|台套)|[",
        han_digits!(),
        r"两百千]+(?:大|个|批|项|条|座|栋|套)|首个|首批|一批)"
    ))
    .expect("static regex")
});

/// A stem that tells an event or a batch (洪湖市举行百日竞赛第二次招商引资
/// 项目, 2023年招商引资项目, 高端化成为物流项目): no project's name.
static EVENT_STEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"举行|举办|召开|成为|第[",
        han_digits!(),
        r"\d]+(?:次|批|届)|\d{4}年|首批|招商引资$|活动$|产业$|高科技$"
    ))
    .expect("static regex")
});

/// A rank opening a facility's stem (国内第一条, 全省首座): the clause's.
static ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:国内|全国|省内|全省|全市|全球|世界|亚洲|西部|东部)?(?:第[",
        han_digits!(),
        r"\d]+|首)(?:条|座|台|套)"
    ))
    .expect("static regex")
});

/// `古县腾达年产…`, `宏源公司新增…`, `双赢集团50万吨…`, `高照新能源2GW…`: a
/// company name opening a project name, before its capacity.
static OWNER_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<co>[\p{Han}]{2,10}?)(?:年产|新增|年处理|年加工",
        r"|(?P<amount>\d+(?:\.\d+)?(?:万吨|吨|万台|万套|万辆|万件|万千瓦|兆瓦|GWh|GW|MW)))"
    ))
    .expect("static regex")
});

/// True when a stem is a rank of projects and a plain kind of work
/// (重大工业|项目, 泾河新城省级重点建设|项目, 鸡西市大|项目): a class of
/// projects, no name; so is a year's (临沂市2024|项目创优年).
fn ranked_kind(stem: &str) -> bool {
    let year = stem.chars().rev().take_while(char::is_ascii_digit).count() == 4
        && stem
            .chars()
            .rev()
            .nth(4)
            .is_some_and(|c| !c.is_ascii_alphanumeric());
    let core = stem
        .strip_suffix("建设")
        .or_else(|| stem.strip_suffix("工业"))
        .unwrap_or(stem);
    [
        "重点", "重大", "省级", "市级", "县级", "区级", "市大", "县大", "区大", "省大",
    ]
    .iter()
    .any(|r| core.ends_with(r))
        || year
}

/// True when a line or workshop is named by its company alone
/// (E生产线满负荷运转): the company's own line, nothing being built.
fn company_line(doc: &Doc, s: usize, start: usize, at: usize, suf: &str) -> bool {
    ["生产线", "车间", "生产车间"].contains(&suf)
        && doc.sents[s]
            .of(doc, Class::Enterprise)
            .any(|m| m.start == start && m.end == at)
}

/// A phase and the plan's verb opening a project's words before its
/// capacity (一期|规划建设|50万吨/年X项目, 二期|年产…): the phase of a
/// larger project, no part of this one's name. Gives their length.
fn phase_opening(stem: &[char]) -> usize {
    static OPENING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^[",
            han_digits!(),
            r"]期(?:规划建设|计划建设|拟建设|拟建|建设|新建)?(?:\d|年产)"
        ))
        .expect("static regex")
    });
    let text: String = stem.iter().take(10).collect();
    OPENING.find(&text).map_or(0, |m| {
        let opening = &text[..m.end()];
        let kept = if opening.ends_with("年产") { 2 } else { 1 };
        opening.chars().count() - kept
    })
}

/// `project.name.suffix`: names ending in a project's word (项目, 生产线,
/// 基地…), with their stems checked.
/// `该` and what a project makes (该薯制品深加工项目) name the project
/// named before again, not a new one: the mention is that project's. (该批,
/// 该类 and 该些 name several.)
pub(crate) fn demonstratives(doc: &mut Doc) {
    for s in 0..doc.sents.len() {
        let sent = &doc.sents[s];
        let again: Vec<(usize, usize)> = sent
            .of(doc, Class::Project)
            .filter(|m| {
                // (The name may hold the 该 or follow it; 应该 is a verb,
                // not a pointer.)
                let at = m.start + usize::from(sent.chars[m.start] == '该');
                at > 0
                    && m.end - at > 2
                    && sent.chars[at - 1] == '该'
                    && (at < 2 || sent.chars[at - 2] != '应')
                    && !"批类些等".contains(sent.chars[at])
            })
            .map(|m| (m.start, m.entity))
            .collect();
        for (start, e) in again {
            let Some(before) = doc
                .last_before_anywhere(Class::Project, s, start, 8)
                .filter(|&b| b != e)
            else {
                continue;
            };
            for m in doc.sents[s].mentions.iter_mut() {
                if m.start == start && m.entity == e {
                    m.entity = before;
                }
            }
        }
    }
}

pub(crate) fn mentions(doc: &mut Doc) {
    for s in 0..doc.sents.len() {
        let chars = doc.sents[s].chars.clone();
        let mut end = chars.len();
        while end > 0 {
            let hit = SUFFIX_INDEX.ending_at(&chars, end).map(|i| &SUFFIXES[i]);
            let Some(suf) = hit else {
                end -= 1;
                continue;
            };
            let at = end - suf.chars().count();
            if in_industry(doc, &chars, at, end)
                || (chars.get(end).is_some_and(|c| NOT_AFTER.contains(c))
                    // (齐益新材料项目负责人赵某: the one in charge of P.)
                    && !chars[end..].starts_with(&['负', '责', '人']))
            {
                end = at;
                continue;
            }
            let Some(start) = project_start(doc, s, &chars, at) else {
                end = at;
                continue;
            };
            let start = start + phase_opening(&chars[start..at]);
            let stem: String = chars[start..at].iter().collect();
            // (南山湾科技园和|疏港大道项目: a park's whole name before the
            // conjunction shares no 项目.)
            let listed = listed_before(&chars, start)
                && !doc.sents[s]
                    .of(doc, Class::Zone)
                    .any(|m| m.end + 1 == start);
            // 郑州经开区2个项目: a count of projects; 招商引资及项目: a clause;
            // 建设年产3000吨X生产线3条: lines counted, part of a project.
            // 锂电产业项目17个: projects of an industry counted.
            let counted = COUNTED.is_match(&stem)
                || (stem.ends_with("产业")
                    && chars
                        .get(end)
                        .is_some_and(|c| is_count_digit(*c) || *c == '多'))
                || (*suf == "生产线" && chars.get(end).is_some_and(|c| is_count_digit(*c)))
                // (生态环保项目7个, 外商投资项目34个: a class of projects
                // counted after its word.)
                || (*suf == "项目" && counted_after(&chars, end));
            // (一片片X经…生产线: things counted one by one, a scene.)
            let one_by_one = chars.get(start) == Some(&'一')
                && chars.get(start + 1).is_some()
                && chars.get(start + 1) == chars.get(start + 2);
            let bad = counted
                || one_by_one
                || LEADING_COUNT.is_match(&stem)
                // (岚辉光电和22个上下游配套项目: a company and a count of
                // projects, none named.)
                || JOINED_COUNT.is_match(&stem)
                // (城市功能完善类项目, 产业新城类PPP项目: a kind of
                // projects, no name.)
                || stem.trim_end_matches(|c: char| c.is_ascii_alphabetic()).ends_with('类')
                // (从智能化生产线上鱼贯而出: a quality alone names no line.)
                || ["智能化", "自动化", "数字化", "现代化", "标准化", "一体化", "规模化"]
                    .contains(&stem.as_str())
                // (以X生产为主营项目: what a company mainly does, no name.)
                || ["为主营", "为主", "为核心", "为重点"]
                    .iter()
                    .any(|w| stem.ends_with(w))
                // (建设全国重要光伏材料生产基地: a goal's rank, no name.)
                || ["全国", "全省", "全市", "全球", "世界级"]
                    .iter()
                    .any(|w| stem.starts_with(w))
                || event_stem(doc, s, start, at, &stem)
                // (企业座谈会暨|项目集中签约仪式: a bare 项目 after 暨.)
                || stem.ends_with(['及', '和', '与', '、', '暨'])
                || (suf.starts_with("工程")
                    && chars.get(end).is_some_and(|c| "装机师技".contains(*c)))
                // (…生产基地|主体工程竣工: the building of the project named
                // before.)
                || (suf.starts_with("工程") && stem.ends_with("主体"))
                // (…生态工程|有限公司: the suffix is the company's word.)
                || inside_body(doc, s, at, end)
                || stem.contains("项目")
                // (经开区已开复工“三早”项目: a clause's adverb, no name's.)
                || stem.contains('已')
                || works_inside(doc, s, start, at)
                || chain_stem(doc, s, start, at, &stem)
                || [
                    "相关", "规划", "前期", "签约", "在建", "新建", "续建", "招商",
                    "新", "实现",
                    // (黑龙江省百大|项目: one of a province's hundred projects.)
                    "百大",
                    // (作为投资区代表|项目: one standing for many, no name;
                    // 荆州市223个亿元以上|项目: a class by size.)
                    "代表", "以上",
                    // (上市公司募投|项目: projects of raised funds, a kind.)
                    "募投",
                ]
                .iter()
                .any(|g| stem.ends_with(g))
                || clause_before(doc, s, at)
                || ranked_kind(&stem)
                || listed
                || zone_stem(doc, s, start, at, &stem)
                || campaign_stem(doc, s, start, at)
                || !(is_specific(doc, s, start, at) || in_run_of_projects(&chars, start, end))
                || GENERIC
                    .iter()
                    .any(|g| stem.strip_prefix(g).is_some_and(|r| r.is_empty() || r.starts_with('的')))
                || stem.chars().count() < 3
                || stem
                    .chars()
                    .all(|c| is_count_digit(c) || "个条项".contains(c))
                || GROUP_WORDS.iter().any(|w| stem.contains(w))
                || stem.ends_with("工业大")
                || batch_after(&chars, end)
                || company_line(doc, s, start, at, suf);
            let facility_ok =
                !FACILITY_SUFFIXES.contains(suf) || built_facility(doc, s, start, &stem);
            if bad || !facility_ok {
                end = at;
                continue;
            }
            drop_zones_read(doc, s, (start, at, end), suf);
            // A project named with its zone is the same project without it.
            let zone_end = doc.sents[s]
                .of(doc, Class::Zone)
                .find(|m| m.start == start && m.end < end)
                .map(|m| m.end);
            // 冷轧项目(二期): the phase in brackets is part of the name.
            let full_end = end + phase_len(&chars, end);
            let key_name: String = chars
                [zone_end.filter(|z| end - z >= 6).unwrap_or(start)..full_end]
                .iter()
                .collect();
            if let Some(p) = doc.mention_as(
                s,
                start,
                full_end,
                Class::Project,
                "project.name.suffix",
                &key_name,
            ) {
                name_parts(doc, s, p, start, end);
            }
            end = start;
        }
    }
    company_parks(doc);
    heading_projects(doc);
    works(doc);
}

/// Heads of public works and plants, named projects where the text builds
/// them (开工建设A至B天然气管道、220千伏C变电站; D工厂正式投产).
const WORKS_HEADS: &[&str] = &[
    "高速公路",
    "水利枢纽",
    "天然气管道",
    "输气管道",
    "变电站",
    "光伏电站",
    "抽水蓄能电站",
    "高铁",
    "铁路",
    "工厂",
    "总部",
    "总部大楼",
    "基地",
];
static WORKS_INDEX: LazyLock<crate::lexicon::SuffixIndex> =
    LazyLock::new(|| crate::lexicon::SuffixIndex::new(WORKS_HEADS));

/// True when `chars[start..at]` before 基地 is a brand and then the place
/// of the plant (东阳光|乌兰察布|基地, 航天五院|天津|基地): a company's
/// site, a project, no zone.
pub(super) fn site_base(doc: &Doc, chars: &[char], start: usize, at: usize) -> bool {
    chars[at..].starts_with(&['基', '地'])
        && (2..=4).any(|n| at >= start + n + 2 && doc.lex.place_trie.contains(&chars[at - n..at]))
        && !doc.lex.place_trie.contains(&chars[start..start + 2])
}

/// Verbs just before a work that build it, beyond [`BUILD_VERBS`] (推进…
/// 建设 reads the verb after).
const WORKS_BUILT_BEFORE: &[&str] = &["建成", "开工", "推进", "加快", "实施", "启动", "续建"];

/// Words just after a work that say it is built, opened or settled.
const WORKS_BUILT_AFTER: &[&str] = &[
    "建设",
    "开工",
    "投产",
    "竣工",
    "建成",
    "通车",
    "并网",
    "开业",
    "落成",
    "启用",
    "落户",
    "正式",
    "顺利",
    "全面",
    "已建成",
    "已投产",
    "已开工",
];

/// `project.name.works`: a public work or a plant (…高速公路, …变电站,
/// …工厂, …总部) named with words of its own and built in the sentence:
/// a build verb just before it (or before the list it closes, A、B), or a
/// word of building, opening or settling just after it. Generic works
/// (城市道路, 企业总部) name none.
fn works(doc: &mut Doc) {
    for s in doc.title_sents.min(doc.sents.len())..doc.sents.len() {
        let chars = doc.sents[s].chars.clone();
        let mut end = chars.len();
        while end > 0 {
            let Some(i) = WORKS_INDEX.ending_at(&chars, end) else {
                end -= 1;
                continue;
            };
            let at = end - WORKS_HEADS[i].chars().count();
            if let Some(start) = works_start(doc, s, &chars, at, end) {
                doc.mention(s, start, end, Class::Project, "project.name.works");
                end = start;
            } else {
                end = at;
            }
        }
    }
}

/// Where the name of a work ending at `end` (its head at `at`) starts, when
/// it is one: see [`works`].
fn works_start(doc: &Doc, s: usize, chars: &[char], at: usize, end: usize) -> Option<usize> {
    if doc.sents[s].taken(at, end) {
        return None;
    }
    let built_before = |k: usize| {
        BUILD_VERBS
            .iter()
            .chain(WORKS_BUILT_BEFORE)
            .any(|v| crate::text::chars_end_with(&chars[..k], v))
    };
    // (打造|扬子江健康总部: after a build verb of its clause the whole name
    // is the work's, an adjective or verb inside it too.)
    let framed = (at.saturating_sub(12)..at.saturating_sub(1))
        .rev()
        .take_while(|&k| crate::text::is_han(chars[k]))
        .find(|&k| built_before(k));
    let start = match framed {
        Some(k) => k,
        None => {
            let start = stem_start(doc, &doc.sents[s], at, Kind::Project)?;
            trim_openers(doc, s, start, at)?
        }
    };
    // (开工建设A、B: the list's verb before its first item.)
    let listed = start > 0 && chars[start - 1] == '、' && {
        let clause = chars[..start - 1]
            .iter()
            .rposition(|c| matches!(c, '，' | ',' | '。' | '；' | ';'))
            .map_or(0, |p| p + 1);
        (clause..start).any(built_before)
    };
    let after = WORKS_BUILT_AFTER
        .iter()
        .any(|w| crate::text::chars_start_with(&chars[end..], w));
    // (A company's site is one wherever it is named.)
    let site = site_base(doc, chars, start, at);
    if chars[at..end].starts_with(&['基', '地']) && !site {
        return None;
    }
    let stem: String = chars[start..at].iter().collect();
    // (电力企业总部|大楼: a noun after the head goes on with the name;
    // 总部|开业/n, which jieba tags a noun, does not.)
    let goes_on = !after
        && doc.sents[s]
            .toks
            .iter()
            .any(|t| t.start == end && t.tag.starts_with('n'));
    let named = stem.chars().count() >= 2
        && !goes_on
        && !stem.ends_with("企业")
        && is_specific(doc, s, start, at)
        // (华晨宝马|里达工厂, 文山至砚山天然气管道: a company or places
        // inside the name are its own; a mention across its start is not.)
        && !doc.sents[s]
            .mentions
            .iter()
            .any(|m| m.start < start && start < m.end)
        && !GENERIC.contains(&stem.as_str());
    // (围绕宝马|铁西工厂, 毗邻奥迪|PPE新能源工厂: a company's plant, named
    // with the company, is one wherever it is named, as its site is.)
    // (E智慧工厂, E黑灯工厂: a kind of plant, no name.)
    let plant = chars[at..end].starts_with(&['工', '厂'])
        && doc.sents[s]
            .of(doc, Class::Enterprise)
            .filter(|m| m.start == start && m.end + 2 <= at)
            .any(|m| {
                let between: String = chars[m.end..at].iter().collect();
                !super::zone::only_qualities(&between)
                    && !super::made_of(&between, &[&["新", "黑灯", "未来", "标杆", "超级", "示范"]])
            });
    (named && (site || plant || built_before(start) || listed || after)).then_some(start)
}

/// `project.name.heading`: a report in sections, each headed by its
/// project's name on a line of its own and opening with 项目 (X中心一期 /
/// 项目位于…，总投资…): the heading names the project the section speaks of.
fn heading_projects(doc: &mut Doc) {
    for s in doc.title_sents..doc.sents.len().saturating_sub(1) {
        let (sent, next) = (&doc.sents[s], &doc.sents[s + 1]);
        let n = sent.chars.len();
        let opens_section = ["项目", "该项目"].iter().any(|w| next.text.starts_with(w));
        if !opens_section || !(4..=30).contains(&n) || !is_heading(doc, s) {
            continue;
        }
        // (…建设进展: the section's topic, no name.)
        let topic = sent
            .toks
            .last()
            .is_some_and(|t| matches!(t.tag.as_str(), "v" | "vn" | "a" | "an"));
        let whole_name = sent.mentions.iter().any(|m| m.start == 0 && m.end == n);
        // (…一期: a phase makes it specific.)
        let project_like =
            SUFFIX_INDEX.ending_at(&sent.chars, n).is_some() || is_specific(doc, s, 0, n);
        if !topic && !whole_name && project_like {
            doc.mention(s, 0, n, Class::Project, "project.name.heading");
        }
    }
}

/// Where the name of a project whose suffix starts at `at` starts: after
/// the builder's frame, else where the stem's words allow.
fn project_start(doc: &Doc, s: usize, chars: &[char], at: usize) -> Option<usize> {
    if let Some(f) = built_frame_start(chars, at) {
        return Some(f);
    }
    let start = stem_start(doc, &doc.sents[s], at, Kind::Project)?;
    let start = trim_openers(doc, s, start, at)?;
    let start = name_start(doc, s, chars, start, at);
    Some(after_listed_item(doc, s, chars, start, at))
}

/// Where a project's name starts when a builder's clause frames it:
/// `E在X投资建设的|年产3万吨A和B|项目` — everything from 的 to the suffix,
/// 和 and 、 included, is the name (up to 30 chars, no other mark).
fn built_frame_start(chars: &[char], at: usize) -> Option<usize> {
    const VERBS: &[&str] = &[
        "投资建设",
        "投资兴建",
        "建设",
        "兴建",
        "投建",
        "新建",
        "实施",
    ];
    let de = (at.saturating_sub(30)..at.saturating_sub(2))
        .rev()
        .take_while(|&i| !"，。；：,;:！？“”\"（）()".contains(chars[i]))
        .find(|&i| chars[i] == '的')?;
    let before: String = chars[de.saturating_sub(4)..de].iter().collect();
    // (正在建设的是|P项目: the copula opens the clause naming it.)
    let from = de + 1 + usize::from(matches!(chars.get(de + 1), Some('是' | '为')));
    VERBS.iter().any(|v| before.ends_with(v)).then_some(from)
}

/// True when `at..end` lies inside a company's, institution's or
/// government body's name and ends before it does (…生态工程|有限公司).
fn inside_body(doc: &Doc, s: usize, at: usize, end: usize) -> bool {
    doc.sents[s].mentions.iter().any(|m| {
        m.start <= at
            && end < m.end
            && matches!(
                doc.class(m.entity),
                Class::Enterprise | Class::Institution | Class::GovernmentBody
            )
    })
}

/// `恒力集团建设了P和聚酯科技产业园`, `X公司投资30亿元,建设打造集…于一体的
/// Y产业园`: a park a company builds is its facility, a Project it owns,
/// not a zone (`project.name.company-park`). Only parks (…园, not …园区)
/// and only when a company, not the one who brought or served it (由, 与…),
/// builds it.
fn company_parks(doc: &mut Doc) {
    let mut parks = Vec::new();
    for s in 0..doc.sents.len() {
        let sent = &doc.sents[s];
        for z in sent.of(doc, Class::Zone) {
            let label = sent.text(z.start, z.end);
            // (…工业园: a county's industrial park, a zone even when a
            // company builds it.)
            let park = label.ends_with('园') && !label.ends_with("工业园");
            if doc.nested(s, &z) || !park || parks.contains(&z.entity) {
                continue;
            }
            if built_after_verb(doc, s, z.start).is_some_and(|v| builder(doc, s, v).is_some())
                || built_by_after(doc, s, &z)
            {
                parks.push(z.entity);
            }
        }
    }
    for park in parks {
        as_project(doc, park, "project.name.company-park");
    }
    for park in parks_called_projects(doc) {
        as_project(doc, park, "project.name.park-project");
    }
}

/// True when a company builds the park `z` in the clause after it (Z由E
/// 总投资7亿元建设, Z由E投资兴建), not only runs it (Z由E运营).
fn built_by_after(doc: &Doc, s: usize, z: &Mention) -> bool {
    let sent = &doc.sents[s];
    if sent.chars.get(z.end) != Some(&'由') {
        return false;
    }
    let Some(e) = sent
        .of(doc, Class::Enterprise)
        .find(|m| m.start == z.end + 1)
    else {
        return false;
    };
    let (_, clause_end) = super::enterprise::clause_of(&sent.chars, e.end);
    let rest = sent.text(e.end, clause_end);
    ["建设", "兴建", "投建", "打造"]
        .iter()
        .any(|v| rest.contains(v))
}

/// Reads every mention of zone `z` as a project: a park named after the
/// zone it lies in (晋中国家农高区|海玉食品产业园) keeps that zone in its name,
/// as project names do.
fn as_project(doc: &mut Doc, z: usize, rule: &'static str) {
    for s in 0..doc.sents.len() {
        let at: Vec<(usize, usize)> = doc.sents[s]
            .mentions
            .iter()
            .filter(|m| m.entity == z)
            .map(|m| (m.start, m.end))
            .collect();
        doc.sents[s].mentions.retain(|m| m.entity != z);
        for (start, end) in at {
            let start = doc.sents[s]
                .of(doc, Class::Zone)
                .find(|o| o.end == start)
                .map_or(start, |o| o.start);
            doc.mention(s, start, end, Class::Project, rule);
        }
    }
}

/// `该产业园位于…，是…“投产一批”项目`: a park the text calls a project (its
/// name, or 该产业园 for the last park named) is one.
fn parks_called_projects(doc: &Doc) -> Vec<usize> {
    let mut parks = Vec::new();
    for s in doc.title_sents..doc.sents.len() {
        let sent = &doc.sents[s];
        let Some(is) = sent.text.find('是') else {
            continue;
        };
        let called = sent.text[is..]
            .split(['，', '。', '；', ',', ';'])
            .next()
            .is_some_and(|c| c.ends_with("项目") && c.chars().count() <= 40);
        if !called {
            continue;
        }
        let opening = sent
            .of(doc, Class::Zone)
            .find(|z| z.start == 0)
            .map(|z| z.entity)
            .or_else(|| {
                ["该产业园", "该园区", "该园"]
                    .iter()
                    .any(|w| sent.text.starts_with(w))
                    .then(|| doc.last_before_anywhere(Class::Zone, s, 0, 2))
                    .flatten()
            });
        if let Some(z) = opening.filter(|&z| doc.entities.get(z).label.ends_with("产业园")) {
            parks.push(z);
        }
    }
    parks
}

/// Where the building verb before a name at `start` starts, when the name
/// is what is built: right after the verb (建设了P), after a verb and what
/// the place gathers (建设打造集A、B于一体的P), or after 和/及 and a project
/// so built (建设了P1和P2).
fn built_after_verb(doc: &Doc, s: usize, start: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    let chars = &sent.chars;
    let (cs, _) = super::enterprise::clause_of(chars, start);
    let before: String = chars[cs..start].iter().collect();
    let verb_end = |text: &str| {
        BUILD_VERBS
            .iter()
            .filter_map(|v| text.rfind(v).map(|b| (b, v)))
            .max_by_key(|(b, _)| *b)
            .map(|(b, v)| {
                (
                    cs + text[..b].chars().count(),
                    cs + text[..b + v.len()].chars().count(),
                )
            })
    };
    if let Some(v) = BUILD_VERBS.iter().find(|v| before.ends_with(*v)) {
        return Some(start - v.chars().count());
    }
    if before.ends_with("于一体的") {
        let (at, end) = verb_end(&before)?;
        return (chars.get(end) == Some(&'集')).then_some(at);
    }
    if start > 0 && matches!(chars[start - 1], '和' | '及' | '、') {
        let prev = sent
            .of(doc, Class::Project)
            .find(|p| p.end + 1 == start && !doc.nested(s, p))?;
        return built_after_verb(doc, s, prev.start);
    }
    None
}

/// The company that builds what a verb at `verb` builds: the last one
/// before it in the sentence, unless its clause makes it the one who
/// brought, served or joined the project (由, 为, 与, 被, 向).
fn builder(doc: &Doc, s: usize, verb: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    sent.of(doc, Class::Enterprise)
        .filter(|m| {
            let (cs, _) = super::enterprise::clause_of(&sent.chars, m.start);
            // (作为…巨头——E: the 为 of 作为, 成为 leads nobody.)
            let led = (cs..m.start).any(|i| {
                let c = sent.chars[i];
                matches!(c, '由' | '为' | '与' | '被' | '向')
                    && !(c == '为'
                        && i > 0
                        && matches!(sent.chars[i - 1], '作' | '成' | '因' | '认'))
            });
            // (引进龙凤、…、柏尊等企业13户，开发建设P: the items of a list
            // of companies, no one builder; but in A公司投资建设P1、B公司投资
            // 建设P2 each item has its own.)
            let listed = matches!(sent.chars.get(m.end), Some('、' | '等'))
                || (m.start > 0
                    && sent.chars[m.start - 1] == '、'
                    && sent
                        .of(doc, Class::Enterprise)
                        .any(|o| o.end + 1 == m.start));
            m.end <= verb && !doc.nested(s, m) && !led && !listed
        })
        .last()
        .map(|m| m.entity)
}

/// Where a project's name starts when its stem holds a list of projects
/// (A公司年产X生产线、B公司Y项目, X生产线、武威Z中心建设项目): right after
/// the last 、 that a company's name follows or a project's suffix comes
/// before, so that each item is its own project.
fn after_listed_item(doc: &Doc, s: usize, chars: &[char], start: usize, at: usize) -> usize {
    (start..at)
        .rev()
        .find(|&i| {
            chars[i] == '、'
                && (SUFFIX_INDEX.ending_at(chars, i).is_some()
                    || doc.sents[s]
                        .of(doc, Class::Enterprise)
                        .any(|m| m.start == i + 1 && m.end < at))
        })
        .map_or(start, |i| i + 1)
}

/// True when a stem is a campaign's nickname in quotes, after the zone at
/// most (江苏射阳经济开发区“双十”项目, “三个一批”项目): the campaign's
/// projects, not one project.
fn campaign_stem(doc: &Doc, s: usize, start: usize, at: usize) -> bool {
    let from = doc.sents[s]
        .of(doc, Class::Zone)
        .find(|m| m.start == start && m.end < at)
        .map_or(start, |m| m.end);
    let chars = &doc.sents[s].chars[from..at];
    chars.len() <= 7
        && chars.first().is_some_and(|c| matches!(c, '“' | '"'))
        && chars.last().is_some_and(|c| matches!(c, '”' | '"'))
}

/// True when a stem is a zone's anaphor or a zone's name (22个签约高新区
/// 项目, 辽阳经济开发区项目审批): the zone's projects, not one named after it.
///
/// A park the text names only here is the project building it
/// (总投资50亿元的…贸易园区|项目).
fn zone_stem(doc: &Doc, s: usize, start: usize, at: usize, stem: &str) -> bool {
    let named_once = |z: usize| {
        stem.ends_with("园区")
            && super::zone::is_inner(doc, z)
            && doc
                .sents
                .iter()
                .flat_map(|t| &t.mentions)
                .filter(|n| n.entity == z)
                .count()
                == 1
    };
    doc.lex.zone_anaphors.iter().any(|a| a == stem)
        || (stem.ends_with('区')
            && doc.sents[s]
                .of(doc, Class::Zone)
                .any(|m| m.start == start && m.end == at && !named_once(m.entity)))
}

/// True when a stem names a chain's works (锂电产业链项目), or a headline's
/// clause runs into a name (…产业链加速成型晶澜…项目): …产业链 names a
/// project only when a company builds the whole chain (天合光能青海基地全产业
/// 链项目).
fn chain_stem(doc: &Doc, s: usize, start: usize, at: usize, stem: &str) -> bool {
    stem.contains("产业链")
        && !stem.contains("全产业链")
        && !doc.sents[s]
            .mentions
            .iter()
            .any(|m| m.start >= start && m.end <= at && doc.class(m.entity) == Class::Enterprise)
}

/// Where a project's name starts, given the stem read back from its
/// suffix at `at` (from `start`): capacities and ranks before it moved.
fn name_start(doc: &Doc, s: usize, chars: &[char], start: usize, at: usize) -> usize {
    // 年产20万吨铝棒、铝型材、10万吨再生铝项目: one project whose
    // capacity lists what it makes; 30万吨/年合成氨项目 one whose
    // capacity is per year.
    let start = capacity_list_start(chars, start).unwrap_or(start);
    // 百亿级|比亚迪动力电池项目: the project's scale opens no name.
    let start = SCALE
        .find(&chars[start..at].iter().collect::<String>())
        .map_or(start, |m| start + m.as_str().chars().count())
        .min(at);
    // (新疆…有限责任公司一期|4万吨/年聚甲醛项目: a company and a phase
    // before the capacity open the name.)
    let start = per_year_start(chars, start)
        .map(|y| {
            let phase = (2..=3)
                .find(|&n| y >= n && super::names::is_phase(&doc.sents[s].text(y - n, y)))
                .map_or(y, |n| y - n);
            doc.sents[s]
                .of(doc, Class::Enterprise)
                .find(|m| m.end == phase && phase < y)
                .map(|m| m.start)
                .or_else(|| owner_before(doc, s, y))
                .unwrap_or(y)
        })
        .unwrap_or(start);
    // 国内第一条|产能1000吨彩色光刻胶生产线: a rank opens the clause,
    // not the name. (Only stems that start like a rank are searched.)
    let ranked = chars
        .get(start)
        .is_some_and(|c| "国全省世亚西东第首".contains(*c));
    let start = ranked
        .then(|| {
            let stem: String = chars[start..at].iter().collect();
            ORDINAL
                .find(&stem)
                .map(|m| start + m.as_str().chars().count())
        })
        .flatten()
        .filter(|&st| at - st >= 3)
        .unwrap_or(start);
    // 1000万吨炼油和120万吨乙烯项目: capacities joined by 和 are one
    // project's.
    let start = joined_capacity_start(chars, start);
    // (建龙集团的全资子公司|哈尔滨轴承集团有限公司生产基地项目: a company's
    // standing to its parent opens no name.)
    let start = super::enterprise::STANDINGS
        .iter()
        .find(|w| crate::text::chars_start_with(&chars[start..at], w))
        .map(|w| start + w.chars().count())
        .filter(|&after| {
            doc.sents[s]
                .of(doc, Class::Enterprise)
                .any(|m| m.start == after && m.end < at)
        })
        .unwrap_or(start);
    // (自2019年|山东…公司203万吨电解铝项目落地以来: a date before a
    // company named in the stem opens the clause.)
    let date = super::quantity::date_opening(&chars[start..at]);
    let start = Some(start + date)
        .filter(|&after| {
            after > start
                && doc.sents[s]
                    .of(doc, Class::Enterprise)
                    .any(|m| m.start == after && m.end < at)
        })
        .unwrap_or(start);
    // 场地设在|山东新时代…有限公司…项目: a verb before a company named
    // in the stem opens the clause.
    let start = company_after_verb(doc, s, start, at).unwrap_or(start);
    // 昆工恒达|(宁夏)新能源有限公司年产…项目: a stem read back to a bracket
    // inside a company's name opens with the whole name.
    doc.sents[s]
        .of(doc, Class::Enterprise)
        .find(|m| m.start < start && start < m.end)
        .map_or(start, |m| m.start)
}

/// True when a stem holds 工程 as works (the other project of …工程X项目),
/// not as the first half of a material or machine's name (工程|塑料制品,
/// 工程|机械): a product or a generic head of things made follows.
fn works_inside(doc: &Doc, s: usize, start: usize, at: usize) -> bool {
    let chars = &doc.sents[s].chars;
    (start..at.saturating_sub(1)).any(|i| {
        chars[i..].starts_with(&['工', '程'])
            && !super::project_name::made_at(doc, chars, i + 2, at)
            // (…生态工程有限公司年产…项目: the company's word.)
            && !inside_body(doc, s, i, i + 2)
    })
}

/// Where a company named inside a project stem starts, when a verb lies
/// between the stem's start and the company (场地设在|山东…有限公司…项目).
fn company_after_verb(doc: &Doc, s: usize, start: usize, at: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    let company = sent
        .of(doc, Class::Enterprise)
        .find(|m| m.start > start && m.end < at)?;
    let verb = sent.toks.iter().any(|t| {
        t.start >= start && t.end <= company.start && t.tag.starts_with('v') && t.tag != "vn"
    });
    verb.then_some(company.start)
}

/// The length of a phase in brackets right after a project's suffix
/// (`(二期)`, `（一期）`), or 0.
fn phase_len(chars: &[char], at: usize) -> usize {
    let rest = chars.get(at..).unwrap_or_default();
    match rest {
        ['(' | '（', n, '期', ')' | '）', ..] if is_han_digit(*n) => 4,
        _ => 0,
    }
}

/// True when a batch number follows a name at `at` (X建设项目(第四批)集中
/// 开工): the name is a programme's, whose projects come in batches.
fn batch_after(chars: &[char], at: usize) -> bool {
    let rest = chars.get(at..).unwrap_or_default();
    let Some(['(' | '（', '第', tail @ ..]) = rest.get(..rest.len().min(7)) else {
        return false;
    };
    let n = tail
        .iter()
        .take_while(|c| c.is_ascii_digit() || is_han_digit(**c))
        .count();
    n > 0 && tail.get(n) == Some(&'批')
}

/// Where a capacity per year opening a project's name begins (the 30 of
/// `30万吨/年合成氨项目`), when the name found so far starts at 年.
fn per_year_start(chars: &[char], start: usize) -> Option<usize> {
    if chars.get(start) != Some(&'年') || start < 3 || chars[start - 1] != '/' {
        return None;
    }
    let before: String = chars[start.saturating_sub(12)..start - 1].iter().collect();
    let m = PER_YEAR.find(&before)?;
    Some(start - 1 - before[m.start()..].chars().count())
}

/// Where the company's name opening a project's name before its capacity
/// begins (陕煤榆林化学|180万吨/年乙二醇项目, 延长石油|50万吨/年…): a short
/// stem of names, not a clause (旗下, 暨 and 、 open none).
fn owner_before(doc: &Doc, s: usize, y: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    let st = super::names::stem_start(doc, sent, y, super::names::Kind::Project)?;
    let stem = sent.text(st, y);
    (st < y
        && y - st <= 14
        && !["暨", "旗下", "、", "及", "和"]
            .iter()
            .any(|w| stem.contains(w))
        && is_specific(doc, s, st, y))
    .then_some(st)
}

/// A scale opening a project's name (百亿级, 千亿级).
static SCALE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(r"^[", han_digits!(), r"百千万亿]+级")).expect("static regex")
});

/// An amount before `/年` (30万吨, 5000吨).
static PER_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{NUMBER}(?:{UNIT_WORDS})$")).expect("static regex"));

/// Where a project name whose stem opens with a capacity begins when
/// other capacities are joined to it by 和 or 与 (`1000万吨炼油和|120万吨乙烯
/// 项目`): at the first of them; else `start`.
fn joined_capacity_start(chars: &[char], start: usize) -> usize {
    let mut start = start;
    while start > 2 && matches!(chars[start - 1], '和' | '与') && chars[start].is_ascii_digit() {
        let join = start - 1;
        // The item before the join: an amount, its unit and what it makes.
        let item = (join.saturating_sub(16)..join.saturating_sub(2)).find(|&i| {
            (i == 0 || !(chars[i - 1].is_ascii_digit() || chars[i - 1] == '.'))
                && chars[i].is_ascii_digit()
                && JOINED_ITEM.is_match(&chars[i..join].iter().collect::<String>())
        });
        // (30万吨再生铝项目和|5万吨…项目: the item before is a whole name.)
        let whole: String = chars[join.saturating_sub(4)..join].iter().collect();
        if ends_with_suffix(&whole) {
            break;
        }
        match item {
            Some(i) => start = i,
            None => break,
        }
    }
    start
}

/// One capacity item of a project's name: `1000万吨炼油`.
static JOINED_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d+(?:\.\d+)?(?:万吨|亿吨|千吨|吨|万立方米|立方米|万件|万台|万套|万辆|件|台|套|辆)(?:/年)?\p{Han}{1,10}$")
        .expect("static regex")
});

/// Where a capacity list opening a project's name begins (the 年产 of
/// `年产A、B、10万吨C项目`), when the name found so far starts after one of
/// the list's 、.
fn capacity_list_start(chars: &[char], start: usize) -> Option<usize> {
    // (…风电叶片、主机等新能源装备产业基地: the list closes with 等.)
    if start == 0 || !matches!(chars[start - 1], '、' | '等') {
        return None;
    }
    // (A、B等一批…项目, A、B等16个项目: a count after 等 closes a list of
    // projects, each with its own capacity.)
    if chars[start - 1] == '等'
        && chars
            .get(start)
            .is_some_and(|c| is_count_digit(*c) || "多数".contains(*c))
    {
        return None;
    }
    let from = start.saturating_sub(40);
    let at = (from..start - 1)
        .rev()
        .take_while(|&i| !matches!(chars[i], '，' | '。' | '；' | '：' | ',' | ';'))
        .find(|&i| chars[i..].starts_with(&['年', '产']))?;
    Some(at)
}

/// Drops verbs and adverbs that open a candidate (制作|招商项目, 协调|解决项目):
/// a project name starts with what is built, not with what is done.
/// True when the suffix at `at..end` belongs to the name of a chain: 海洋工程
/// in 海洋工程产业链 or 海洋工程装备产业 (an industry of the lexicon that
/// holds the suffix, before 产业 or 行业), not works. 项目产能 stays a
/// project's.
fn in_industry(doc: &Doc, chars: &[char], at: usize, end: usize) -> bool {
    (end..(end + 6).min(chars.len()))
        .filter(|&p| chars[p..].starts_with(&['产', '业']) || chars[p..].starts_with(&['行', '业']))
        .any(|p| {
            p == end
                || doc
                    .lex
                    .industry_trie_rev
                    .lengths_ending_at(chars, p, 8)
                    .any(|n| p - n <= at)
        })
}

/// Verbs of building that open a clause before a project's name.
/// (推进, 实施, 开工… end a name already: they are `names` openers.)
const BUILDING_VERBS: &[&str] = &["建设", "新建", "扩建", "兴建", "投资", "打造", "规划"];

/// Words jieba reads as verbs that open a material's name (含硅, 超高分子量,
/// 耐高温): not the clause's verbs.
pub(crate) const MATERIAL_PREFIXES: &[&str] =
    &["含", "超高", "超低", "超薄", "超纯", "超细", "耐", "抗"];

/// Verbs of a ceremony, which the people at a project do to it (and those
/// of a visit, enterprise::VISIT_VERBS).
pub(super) const CEREMONY_VERBS: &[&str] = &[
    "主持", "祝贺", "出席", "考察", "调研", "视察", "察看", "观摩", "宣布",
];

/// True when 中 (jieba's locative, 中/f) opens a brand (中化学, 中电建,
/// 中优…): right after a place, a mark, 的 or a verb that lists or states
/// (包括|中化学…项目, 武穴市|中化学…, 投资260亿元的|中化学…). A locative
/// follows the thing it is in (建设中, 园区中).
fn sino_brand(doc: &Doc, s: usize, t: &super::Tok) -> bool {
    let sent = &doc.sents[s];
    let chars = &sent.chars;
    // (A sentence may open with it: ；|中电建绿色建材基地项目.)
    if t.end - t.start != 1 || chars[t.start] != '中' {
        return false;
    }
    let prev = sent.toks.iter().find(|p| p.end == t.start);
    super::names::after_clause_mark(chars, t.start)
        || prev.is_some_and(|p| {
            let word: String = chars[p.start..p.end].iter().collect();
            super::names::is_place_like(doc, &chars[p.start..p.end], p.tag.as_str())
                || ["包括", "有", "是", "为"].contains(&word.as_str())
        })
}

fn trim_openers(doc: &Doc, s: usize, from: usize, at: usize) -> Option<usize> {
    let chars = &doc.sents[s].chars;
    // 投资12亿元|建设|华芯电子柔性线路板项目: the money before the name
    // belongs to the sentence.
    let stem: String = chars[from..at].iter().collect();
    let after_money = MONEY_OPENER
        .find(&stem)
        .map(|m| from + stem[..m.end()].chars().count())
        .filter(|&st| at - st >= 3)
        .unwrap_or(from);
    // 与会领导走进|X项目, 书记某某主持|项目开工仪式: a visit or a ceremony's
    // verb opens no name; the name follows it.
    let mut start = CEREMONY_VERBS
        .iter()
        .chain(super::enterprise::VISIT_VERBS)
        .filter_map(|v| {
            stem.rfind(v)
                .map(|i| from + stem[..i + v.len()].chars().count())
        })
        .max()
        .map_or(after_money, |st| st.max(after_money));
    let opened = start;
    // 中法合资|乐斯福酵母生产项目, 外商独资|…: who put up the money opens
    // no name.
    if let Some(p) = (0..=3).find(|&p| {
        start + p + 2 < at && matches!(chars[start + p..start + p + 2], ['合', '资'] | ['独', '资'])
    }) {
        start += p + 2;
    }
    // 该|企业年产20万吨甲醇生产线: the rest of an anaphor opens no name.
    if start >= 1 && chars[start - 1] == '该' {
        if let Some(w) = ["企业", "公司", "集团"]
            .iter()
            .find(|w| crate::text::chars_start_with(&chars[start..at], w))
        {
            start += w.chars().count();
        }
    }
    for t in doc.sents[s]
        .toks
        .iter()
        .filter(|t| t.start >= opened && t.end <= at)
    {
        if t.start != start {
            break;
        }
        let tag = t.tag.as_str();
        let word: String = chars[t.start..t.end].iter().collect();
        // 开工|建设|埃夫特机器人超级工厂项目: a building verb opens the
        // clause, not the name.
        let building = BUILDING_VERBS.contains(&word.as_str()) && at - t.end >= 3;
        // A word jieba does not know opens no clause: its tag is a guess
        // (晨顺迈/v|精密大型环锻件项目 is a brand); nor does a company's
        // short name (衡变/v|电气特高压套管项目).
        let opener = !t.oov
            && (tag == "v" || tag == "vd" || tag.starts_with('d') || tag == "ad" || tag == "f")
            && !sino_brand(doc, s, t)
            // (含硅废渣利用项目, 超高分子量…项目: what a material holds or
            // how high it rates, jieba's verbs, open its name.)
            && !MATERIAL_PREFIXES.contains(&word.as_str())
            && !super::names::known_company_at(doc, &doc.sents[s], t.start)
            // 来/v|金(长春)汽车零部件有限公司…项目: a company named here opens it.
            && !doc.sents[s].mentions.iter().any(|m| {
                m.start == t.start && doc.class(m.entity) == Class::Enterprise
            });
        if building || opener {
            start = t.end;
        }
    }
    (at > start).then_some(start)
}

/// True when a candidate names one project: it holds a zone, company or place
/// name, a known product, a capacity (年产, 万吨, 4号) or a proper noun.
pub(crate) fn is_specific(doc: &Doc, s: usize, start: usize, at: usize) -> bool {
    static CAPACITY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"年产|年处理|年加工|\d+(?:\.\d+)?万?(?:吨|套|台|辆|件|千瓦|兆瓦|m3|立方米|号|期)|[",
            han_digits!(),
            r"]期"
        ))
        .expect("static regex")
    });
    let sent = &doc.sents[s];
    let stem: String = sent.chars[start..at].iter().collect();
    let named = sent.mentions.iter().any(|m| {
        m.start >= start
            && m.end <= at
            && matches!(
                doc.class(m.entity),
                Class::Zone | Class::Enterprise | Class::Place | Class::Institution
            )
    });
    // (暨岚松/nr|科技电池项目: a brand jieba glued to 暨 is the name's.)
    let proper = sent
        .toks
        .iter()
        .filter(|t| {
            (t.start >= start || (t.start + 1 == start && sent.chars[t.start] == '暨'))
                && t.end <= at
        })
        .any(|t| {
            matches!(t.tag.as_str(), "ns" | "nz" | "nr" | "nt" | "j" | "eng")
                || doc.lex.place_trie.contains(&sent.chars[t.start..t.end])
                // (中/f|电建…: a state company's brand, kept by [`sino_brand`].)
                || (t.start == start && t.tag == "f" && sent.chars[t.start..t.end] == ['中'])
        });
    let product = (start..at).any(|i| {
        super::names::longest_word_at(&doc.lex.product_trie, &sent.chars[..at], i, 10, |_| true)
            .is_some()
    });
    // 1.5亿元建设|光机模组项目: a project with its own cost is one project.
    static COSTED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"\d{AMOUNT_LINK}$")).expect("static regex"));
    // (5亿元|以上…项目: a bound of a batch, no cost of one.)
    let costed = COSTED.is_match(&sent.text(start.saturating_sub(12), start))
        && !BOUND_WORDS.iter().any(|w| stem.starts_with(w));
    // 测试仪器生产项目: nouns for what is made, then a verb of making.
    let made = ["生产", "制造", "加工"]
        .iter()
        .find(|v| stem.ends_with(*v))
        .is_some_and(|v| {
            let made_end = at - v.chars().count();
            made_end >= start + 2
                && sent
                    .toks
                    .iter()
                    .filter(|t| t.start >= start && t.end <= made_end)
                    .all(|t| matches!(t.tag.as_str(), "n" | "vn" | "nz" | "ng" | "b"))
                && sent.toks.iter().any(|t| t.start == start)
                && sent.toks.iter().any(|t| t.end == made_end)
        });
    // 管道连接装置项目: a noun phrase ending in a generic head of things
    // made (装置, 制品…) names what the one project makes.
    // (高端化工新材料项目: a sector's name, not a thing made.)
    let sector_end = doc
        .lex
        .industry_trie_rev
        .lengths_ending_at(&sent.chars, at, at - start)
        .any(|n| n >= 2);
    let headed = doc.lex.ends_in_product_head(&sent.chars[start..at])
        && !sector_end
        && whole_words(sent, start, at, |tag| {
            !["r", "m", "d", "p", "c", "u", "q", "t", "f"]
                .iter()
                .any(|h| tag.starts_with(h))
        });
    // (重庆岚渝公司的|光刻胶项目: a company's own project is one project.)
    let owned = start >= 1
        && sent.chars[start - 1] == '的'
        && sent.of(doc, Class::Enterprise).any(|m| m.end + 1 == start);
    named
        || proper
        || product
        || made
        || owned
        || headed
        || branded(doc, s, start, at)
        || costed
        || described(doc, s, start, at, &stem)
        || CAPACITY_WORDS.is_match(&stem)
        || super::names::known_company_at(doc, sent, start)
}

/// True when a stem opens with a brand and a business word, then what is
/// done (岭/n芯/ng|电子|扩产): two or three chars no lexicon knows, no
/// quality (高端), verb or count, then a company's business word and more,
/// names the company's project (a company's name alone, 中芯国际, does not,
/// but right before 项目 it does: 岭芯科技项目).
fn branded(doc: &Doc, s: usize, start: usize, at: usize) -> bool {
    let sent = &doc.sents[s];
    let named_project = crate::text::chars_start_with(&sent.chars[at..], "项目");
    let more = if named_project { 0 } else { 2 };
    (2..=3).any(|n| {
        let brand = sent.text(start, start + n);
        start + n + 2 <= at
            && super::names::bare_han(&brand)
            && !super::names::known_word(doc, &brand, &[])
            && !super::chain::MODIFIERS.contains(&brand.as_str())
            && doc
                .lex
                .core_trie
                .lengths_at(&sent.chars[..at], start + n, 4)
                .any(|k| k >= 2 && start + n + k + more <= at)
            && sent.toks.iter().any(|t| t.start == start)
            // (基本建设/n: the brand ends where a word does.)
            && (!named_project || sent.toks.iter().any(|t| t.end == start + n))
            // (A brand is a name jieba does not know or splits into single
            // chars: 岭/n芯/ng, not a word of its dictionary, 改性/n.)
            && sent
                .toks
                .iter()
                .filter(|t| t.start >= start && t.end <= start + n)
                .all(|t| {
                    t.oov
                        || matches!(t.tag.as_str(), "nr" | "nz" | "j")
                        || (t.end - t.start == 1 && matches!(t.tag.as_str(), "n" | "ng"))
                })
    })
}

/// True when a count of things closes the suffix ending at `end` (项目7个,
/// 项目80余个, 项目两项).
fn counted_after(chars: &[char], end: usize) -> bool {
    let rest = chars.get(end..).unwrap_or_default();
    let n = rest.iter().take_while(|c| is_count_digit(**c)).count();
    let rest = &rest[n..];
    let rest = rest
        .strip_prefix(&['余'])
        .or(rest.strip_prefix(&['多']))
        .unwrap_or(rest);
    n > 0 && rest.first().is_some_and(|c| matches!(c, '个' | '项'))
}

/// True when a stem tells an event or a batch ([`EVENT_STEM`]); a long
/// description of one project ends in 产业 too (…深加工综合产业项目), unlike
/// a batch (锂电产业项目).
fn event_stem(doc: &Doc, s: usize, start: usize, at: usize, stem: &str) -> bool {
    // (杰岭|预制菜与生物科技产业项目: a company the article named opens one
    // project's name.)
    EVENT_STEM.is_match(stem)
        && !stem.strip_suffix("产业").is_some_and(|rest| {
            !EVENT_STEM.is_match(rest)
                && (described(doc, s, start, at, stem)
                    || super::names::known_company_at(doc, &doc.sents[s], start))
        })
}

/// True when a stem is a long noun phrase (8 chars or more, every word a
/// noun or a noun's modifier: 大型|综合|物资|储备|基地): a description of one
/// project, as specific as a name.
fn described(doc: &Doc, s: usize, start: usize, at: usize, stem: &str) -> bool {
    let sent = &doc.sents[s];
    // (传统支柱产业|升级项目: the works of an industry, no one project.)
    let industry_inside = stem.strip_suffix("产业").unwrap_or(stem).contains("产业");
    at >= start + 8
        && !industry_inside
        && whole_words(sent, start, at, |tag| {
            matches!(tag, "n" | "vn" | "nz" | "ng" | "b")
        })
}

/// True when `start..at` is made of whole words (none cut at either end)
/// whose tags all pass `tag_ok`.
fn whole_words(sent: &super::Sent, start: usize, at: usize, tag_ok: impl Fn(&str) -> bool) -> bool {
    sent.toks.iter().any(|t| t.start == start)
        && sent
            .toks
            .iter()
            .filter(|t| t.start < at && t.end > start)
            .all(|t| t.start >= start && t.end <= at && tag_ok(t.tag.as_str()))
}

/// A project name that starts with a zone also goes by the rest of its name;
/// one that starts with a company name is owned by that company.
pub(crate) fn name_parts(doc: &mut Doc, s: usize, p: usize, start: usize, end: usize) {
    let zone = doc.sents[s]
        .of(doc, Class::Zone)
        .find(|m| m.start == start && m.end < end)
        .map(|m| (m.entity, m.end));
    let tail = doc.sents[s].text(zone.map_or(start, |z| z.1), end);
    let tail_start = zone.map_or(start, |z| z.1);
    if let Some(c) = OWNER_PREFIX.captures(&tail) {
        let co = c.name("co").map_or("", |m| m.as_str());
        let n = co.chars().count();
        let known_other = doc.lex.places.contains_key(co) || doc.lex.products.contains_key(co);
        // Before a bare amount the words must name someone: not a verb, a
        // phase or an industry (扩能|50万吨…, 二期|30万吨…, 新材料|10万吨…).
        let not_owner = c.name("amount").is_some() && !amount_owner(doc, s, tail_start, co);
        if !known_other && !not_owner {
            let to = super::project_name::owner_end(
                doc,
                &doc.sents[s].chars,
                tail_start,
                tail_start + n,
            );
            if let Some(e) = to.and_then(|to| {
                doc.mention(s, tail_start, to, Class::Enterprise, "project.owner.prefix")
            }) {
                doc.relate(p, ck::OWNED_BY, e, s, "project.owned.name-prefix");
            }
        }
    }
}

/// True when `co`, opening a project's name at `at` before an amount,
/// can be its company: a proper name (a brand, a place and a brand, a
/// company's short name), not a verb, phase, industry, product or
/// generic word.
fn amount_owner(doc: &Doc, s: usize, at: usize, co: &str) -> bool {
    let sent = &doc.sents[s];
    let end = at + co.chars().count();
    let opener = sent.toks.iter().any(|t| {
        let tag = t.tag.as_str();
        t.start >= at
            && t.end <= end
            && !t.oov
            && (tag == "v" || tag == "vd" || tag.starts_with('d') || tag == "ad" || tag == "m")
    });
    let generic = doc.lex.industries.contains(co)
        || super::project_name::CAPACITY_OPENERS
            .iter()
            .any(|w| co.contains(w))
        || doc.lex.anaphors.contains(co)
        || super::names::is_phase(co)
        || co.ends_with('期')
        || co.contains('的')
        || [
            "新建", "扩建", "技改", "扩能", "扩产", "改造", "提升", "配套", "建设",
        ]
        .iter()
        .any(|w| co.ends_with(w));
    let known_company = sent
        .of(doc, Class::Enterprise)
        .any(|m| m.start == at && m.end == end);
    known_company || !(opener || generic)
}

static INVESTMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:计划总投资|总投资|投资总额|计划投资|项目投资|投资)(?:额)?(?:为|达|约|约为|达到)?(?P<bound>超过|突破|逾|超|近)?约?(?P<num>{NUMBER})(?P<unit>亿元|万元|元)"
    ))
    .expect("static regex")
});
static LAND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:总占地面积|占地面积|占地|用地面积|用地|规划面积|规划用地|规划范围|总规划(?:面积|用地)?|(?:规划)?总面积)(?:为|达|约|约为|近)?约?(?P<num>{NUMBER})(?P<unit>{UNIT_WORDS})"
    ))
    .expect("static regex")
});
static FLOOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:总建筑面积|建筑面积|(?:标准化|标准)?厂房(?:面积)?)(?:为|达|约|约为|近)?约?(?P<num>{NUMBER})(?P<unit>{UNIT_WORDS})"
    ))
    .expect("static regex")
});
static CAPACITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:年产(?:能)?|年可产|年处理(?:污水|能力)?|年加工|年生产|年吞吐(?:量)?|年发电(?:量)?|新增产能|产能)(?:能力)?(?P<what>[\p{{Han}}A-Za-z]{{0,12}}?)(?:可达|达到|达|为|约)?(?P<num>{NUMBER})(?P<unit>{UNIT_WORDS})"
    ))
    .expect("static regex")
});
/// A yearly capacity formed, the amount per year before what is made
/// (形成3.9万吨/年离子交换树脂和5万吨/年…生产能力, 拥有60万吨/年芳烃装置);
/// `what` is empty, as
/// [`CAPACITY`]'s is when the products follow the amount.
static FORMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:形成|拥有)(?P<what>)(?P<num>{NUMBER})(?P<unit>{UNIT_WORDS})/年"
    ))
    .expect("static regex")
});
/// The word [`FORMED`] needs.
pub(super) const FORMING_LIST: &[&str] = &["形成", "拥有"];
const FORMING: super::Mask = super::triggers(FORMING_LIST);
/// An amount of money opening a project candidate.
static MONEY_OPENER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d+(?:\.\d+)?(?:亿|万)?元(?:用于|用来)?").expect("static regex")
});
/// The next item of a capacity list: `、城轨车辆1500辆` after `年产电力机车300台`
/// (after a comma, only a thing made: `，不定型耐火材料15万吨`).
static CAPACITY_MORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<join>[、和及与，,])(?:年产(?:能)?)?(?P<what>[\p{{Han}}A-Za-z]{{2,12}}?)(?:可达|达到|达|为|约)?(?P<num>{NUMBER})(?P<unit>{UNIT_WORDS})"
    ))
    .expect("static regex")
});
/// `120万吨H型钢生产线`: a capacity that opens a facility's name.
static CAPACITY_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<num>{NUMBER})(?P<unit>万吨|吨|万套|万台|万辆|万件)"
    ))
    .expect("static regex")
});
static PROGRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:已完成|完成|形象进度达|进度达)(?:了)?(?:总工程量|工程量|总投资|投资)?(?:的)?(?P<num>\d+(?:\.\d+)?)%")
        .expect("static regex")
});
static OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<rel>去年|今年|明年|前年)?(?P<date>(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{4}年(?:底|末)?)(?:份|底|初|中旬|前|[一二三四]季度|上半年|下半年)?(?:正式|建成|全面|将|可)?(?:投入运营|投入使用|投运|投产|投用|运营|竣工|开业|建成投产|达产)")
        .expect("static regex")
});

/// The words every match of a value regex holds: each regex runs only on
/// the sentences that have them.
pub(super) const INVESTMENT_WORDS_LIST: &[&str] = &["投资"];
const INVESTMENT_WORDS: super::Mask = super::triggers(INVESTMENT_WORDS_LIST);
/// Every amount of [`INVESTMENT`] is in 元 (亿元, 万元, 元).
pub(super) const YUAN_LIST: &[&str] = &["元"];
const YUAN: super::Mask = super::triggers(YUAN_LIST);
pub(super) const LAND_WORDS_LIST: &[&str] = &["占地", "用地", "规划面积", "规划范围", "总面积"];
const LAND_WORDS: super::Mask = super::triggers(LAND_WORDS_LIST);
pub(super) const FLOOR_WORDS_LIST: &[&str] = &["建筑面积", "厂房"];
const FLOOR_WORDS: super::Mask = super::triggers(FLOOR_WORDS_LIST);
pub(super) const CAPACITY_WORDS_GATE_LIST: &[&str] = &[
    "年产",
    "年处理",
    "年加工",
    "年生产",
    "年吞吐",
    "年发电",
    "产能",
    // (投产后每年可产X N吨: the yearly amount it can make.)
    "可产",
];
const CAPACITY_WORDS_GATE: super::Mask = super::triggers(CAPACITY_WORDS_GATE_LIST);
pub(super) const PROGRESS_WORDS_LIST: &[&str] = &["完成", "进度达"];
const PROGRESS_WORDS: super::Mask = super::triggers(PROGRESS_WORDS_LIST);
pub(super) const PERCENT_LIST: &[&str] = &["%"];
const PERCENT: super::Mask = super::triggers(PERCENT_LIST);
/// A date of [`OPENING`] holds 月 or 年, its verb one of these.
pub(super) const DATE_WORDS_LIST: &[&str] = &["月", "年"];
const DATE_WORDS: super::Mask = super::triggers(DATE_WORDS_LIST);
/// 投入运营 and 投入使用 hold 投入, 建成投产 投产.
pub(super) const OPENING_WORDS_LIST: &[&str] = &[
    "投入", "投运", "投产", "投用", "运营", "竣工", "开业", "达产",
];
const OPENING_WORDS: super::Mask = super::triggers(OPENING_WORDS_LIST);
pub(super) const BUILT_BY_WORDS_LIST: &[&str] = &["由"];
const BUILT_BY_WORDS: super::Mask = super::triggers(BUILT_BY_WORDS_LIST);
/// The verbs of [`BUILT_BY`] (投资建设 and 投资兴建 hold 投资).
pub(super) const BUILT_BY_VERBS_LIST: &[&str] = &["投资", "建设", "承建", "实施", "运营"];
const BUILT_BY_VERBS: super::Mask = super::triggers(BUILT_BY_VERBS_LIST);

/// Cues of where a project is built, in the order they are tried.
const SITE_CUES: [&str; 8] = [
    "落户",
    "落地",
    "入驻",
    "建在",
    "位于",
    "签约落户",
    "选址",
    "在",
];

fn is_facility(label: &str) -> bool {
    label.ends_with("生产线") || label.ends_with("基地")
}

fn unit_iri(u: Unit) -> NamedNodeRef<'static> {
    match u {
        Unit::Tonne => unit::TONNE,
        Unit::CubicMetre => unit::M3,
        Unit::SquareMetre => unit::M2,
        Unit::KilowattHour => unit::KILO_W_HR,
        Unit::Kilowatt => unit::KILO_W,
        Unit::Percent => unit::PERCENT,
        Unit::Count | Unit::Yuan => unit::NUM,
    }
}

/// Verbs of building, right before the project built.
pub(super) const BUILD_VERBS: &[&str] = &[
    "投资建设",
    "新建",
    "建设了",
    "建设",
    "兴建",
    "打造",
    "扩建",
    "上马",
    "布局",
    "投建",
];

/// `中石油集团计划在西中岛新建P`, `南昌荣凯…是由…引进，总投资20亿元，建设P`:
/// a project named right after a building verb is owned by the company the
/// sentence is about: the nearest one before the verb that is not the
/// object of 由, 为, 与, 被 or 向 (the one who brought it, served…).
fn built_by_subject(doc: &mut Doc, s: usize) {
    let sent = &doc.sents[s];
    let mut found = Vec::new();
    for p in sent.of(doc, Class::Project) {
        if doc.has(p.entity, ck::OWNED_BY) || doc.nested(s, &p) {
            continue;
        }
        // The company names the sentence's subject: nothing but a date, a
        // place or a comma before it opens a new clause's subject.
        let owner = built_after_verb(doc, s, p.start).and_then(|v| builder(doc, s, v));
        if let Some(e) = owner {
            found.push((p.entity, e));
        }
    }
    for (p, e) in found {
        doc.relate(p, ck::OWNED_BY, e, s, "project.owned.subject");
    }
}

/// `“公司将投资28亿元，新建P1和P2……”4月6日，E总经理助理X介绍`: what the
/// company says it builds, in a quote opening with 公司, is owned by the
/// company whose man the attribution right after the quote names.
fn built_by_speaker(doc: &mut Doc, s: usize) {
    if !doc.sents[s].text.starts_with("“公司") {
        return;
    }
    let sent = &doc.sents[s];
    let close = sent.chars.iter().position(|c| *c == '”');
    // The attribution: after the quote in this sentence, else the next.
    let (t, from) = match close {
        Some(c) if c + 1 < sent.chars.len() => (s, c + 1),
        _ if s + 1 < doc.sents.len() && doc.sents[s + 1].paragraph == sent.paragraph => (s + 1, 0),
        _ => return,
    };
    let speaker = doc.sents[t]
        .of(doc, Class::Enterprise)
        .filter(|m| m.start >= from)
        .find(|m| {
            let after = doc.sents[t].text(m.end, (m.end + 14).min(doc.sents[t].chars.len()));
            ["介绍", "表示", "说"].iter().any(|w| after.contains(w))
        })
        .map(|m| m.entity);
    let Some(e) = speaker else {
        return;
    };
    let quoted = close.unwrap_or(sent.chars.len());
    let built: Vec<usize> = sent
        .of(doc, Class::Project)
        .filter(|p| p.end <= quoted && !doc.nested(s, p) && !doc.has(p.entity, ck::OWNED_BY))
        .filter(|p| built_after_verb(doc, s, p.start).is_some())
        .map(|p| p.entity)
        .collect();
    for p in built {
        doc.relate(p, ck::OWNED_BY, e, s, "project.owned.speaker");
    }
}

/// Verbs of a signing, right between the partner and the project signed.
/// Longer first: 正式签约 is one verb, not 正式 and 签约.
const SIGN_VERBS: &[&str] = &["正式签约", "成功签约", "现场签约", "签约", "签订", "签署"];

/// `A与E签约P`: the company a place or zone signs a project with owns it
/// (孝义市与信发化工有限公司签约节能环保生产线项目; 与E2签约P2 after a
/// semicolon goes on with the same signer). The partner must be a company:
/// with a place or zone the project has no owner here. Either side may be
/// named with the person who signs for it (由Z主任W与E总经理V签约P).
fn signed_with(doc: &mut Doc, s: usize) {
    let sent = &doc.sents[s];
    let chars = &sent.chars;
    let mut found = Vec::new();
    for p in sent.of(doc, Class::Project) {
        if doc.has(p.entity, ck::OWNED_BY) || doc.nested(s, &p) {
            continue;
        }
        // (签约了P: the 了 closing the verb.)
        let verb_end = p.start - usize::from(p.start > 0 && chars[p.start - 1] == '了');
        let before: String = chars[verb_end.saturating_sub(4)..verb_end].iter().collect();
        let Some(verb) = SIGN_VERBS.iter().find(|v| before.ends_with(*v)) else {
            continue;
        };
        let verb_at = signer_end(doc, s, verb_end - verb.chars().count());
        let partner = sent
            .of(doc, Class::Enterprise)
            .filter(|e| {
                e.end == verb_at && e.start > 0 && matches!(chars[e.start - 1], '与' | '同' | '和')
            })
            .max_by_key(|e| e.end - e.start)
            .map(|e| e.entity)
            .or_else(|| signer_before_host(doc, s, verb_at));
        if let Some(e) = partner {
            found.push((p.entity, e));
        }
    }
    for (p, e) in found {
        doc.relate(p, ck::OWNED_BY, e, s, "project.owned.signed");
    }
}

/// `E与Z(再次)签约P`: the company that signs with a zone, place or
/// government (ending at `at`, the verb's start) owns the project.
fn signer_before_host(doc: &Doc, s: usize, at: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    let chars = &sent.chars;
    let at = ["再次", "共同", "顺利"]
        .iter()
        .find(|w| crate::text::chars_end_with(&chars[..at], w))
        .map_or(at, |w| at - w.chars().count());
    let host = sent.mentions.iter().find(|m| {
        m.end == at
            && m.start > 0
            && chars[m.start - 1] == '与'
            && matches!(
                doc.class(m.entity),
                Class::Zone | Class::Place | Class::GovernmentBody
            )
    })?;
    sent.of(doc, Class::Enterprise)
        .find(|e| e.end + 1 == host.start && !doc.nested(s, e))
        .map(|e| e.entity)
}

/// Where the name of the company signing at `at` ends: before the title
/// and the person signing for it (E总经理周伟|签约), or at `at`.
fn signer_end(doc: &Doc, s: usize, at: usize) -> usize {
    let sent = &doc.sents[s];
    let chars = &sent.chars;
    let Some(person) = sent.of(doc, Class::Person).find(|m| m.end == at) else {
        return at;
    };
    let head = &chars[..person.start];
    let Some(title) = super::places_people::TITLES_LIST
        .iter()
        .find(|t| crate::text::chars_end_with(head, t))
        .map(|t| t.chars().count())
    else {
        return at;
    };
    // (总经理, 副主任, 常务副区长: a rank before the title.)
    let mut start = person.start - title;
    while start > 0 && matches!(chars[start - 1], '总' | '副' | '常' | '务') {
        start -= 1;
    }
    start
}

/// Events that happen in the article's zone.
const ZONE_EVENTS: &[&str] = &[
    "开工",
    "签约",
    "落户",
    "投产",
    "竣工",
    "入驻",
    "落地",
    "开竣工",
    "开复工",
    "集中",
    "引进",
    "引入",
    "招引",
];

/// True when sentence `s`, or one before it in its paragraph, places its
/// projects in the article's zone `z`: an event of the zone's or the zone
/// itself, by name or generic name.
fn in_zone_clause(doc: &Doc, s: usize, z: usize) -> bool {
    let para = doc.sents[s].paragraph;
    // (标题: Z…27个建设项目集中开工 / 4个基础设施类项目分别是A、B…: a batch
    // of the zone's event the headline, or the lead right after it,
    // announces.)
    let lead = (doc.title_sents + 1).min(doc.sents.len());
    let headline_batch = doc.sents[..lead].iter().any(|t| {
        t.mentions.iter().any(|m| m.entity == z) && ZONE_EVENTS.iter().any(|w| t.text.contains(w))
    }) && (s.saturating_sub(3)..=s)
        .filter(|&i| doc.sents[i].paragraph == para)
        .any(|i| BATCH.is_match(&doc.sents[i].text) || LISTED_BATCH.is_match(&doc.sents[i].text));
    headline_batch
        || (s.saturating_sub(3)..=s)
            .filter(|&i| i >= doc.title_sents && doc.sents[i].paragraph == para)
            .any(|i| {
                ZONE_EVENTS.iter().any(|w| doc.sents[i].text.contains(w))
                    || super::zone::speaks_of_zone(doc, i, z)
            })
}

/// True when sentence `s` is the first of its paragraph.
fn opens_paragraph(doc: &Doc, s: usize) -> bool {
    s == 0 || doc.sents[s - 1].paragraph != doc.sents[s].paragraph
}

/// True when sentence `s` is a paragraph of bare words, no count first: a
/// section's heading. (Punctuation makes it a sentence, a count first a
/// numbered title.)
fn is_heading(doc: &Doc, s: usize) -> bool {
    let sent = &doc.sents[s];
    let alone = doc
        .sents
        .get(s + 1)
        .is_none_or(|n| n.paragraph != sent.paragraph)
        && opens_paragraph(doc, s);
    alone
        && s >= doc.title_sents
        && sent
            .chars
            .iter()
            .all(|c| crate::text::is_han(*c) || c.is_ascii_alphabetic())
        && !sent
            .chars
            .first()
            .is_some_and(|c| is_han_digit(*c) || *c == '第')
}

/// `zone.hosts-project.spoken-of`: a sentence opening with the project
/// spoken of and where it is (项目位于Z，…; 该项目落户Z): Z hosts the
/// project named last before. So does a later clause of a sentence about
/// it that names no project (项目由E投资建设，选址Z; 由E投资，落户Z).
fn spoken_of_site(doc: &mut Doc, s: usize, text: &str) {
    let Some(rest) = ["该项目", "本项目", "项目", "由"]
        .iter()
        .find_map(|w| text.strip_prefix(w))
    else {
        return;
    };
    let opening = SITE_CUES
        .iter()
        .find(|c| rest.starts_with(*c) && !text.starts_with('由'))
        .map(|cue| text.chars().count() - rest.chars().count() + cue.chars().count());
    let at = opening.or_else(|| later_site_clause(doc, s));
    let Some(at) = at else {
        return;
    };
    // (项目位于山阳镇上海湾区科创中心: a town may come before the zone;
    // 项目落地以来，Z…: a time, no site.)
    let chars = &doc.sents[s].chars;
    let Some(z) = doc.sents[s].of(doc, Class::Zone).find(|z| {
        z.start >= at
            && z.start <= at + 6
            && !doc.nested(s, z)
            && chars[at..z.start].iter().all(|c| crate::text::is_han(*c))
            && !chars.get(at).is_some_and(|c| "以后时前".contains(*c))
    }) else {
        return;
    };
    if let Some(p) = doc.last_before_anywhere(Class::Project, s, 0, 8) {
        doc.relate(
            z.entity,
            ck::HOSTS_PROJECT,
            p,
            s,
            "zone.hosts-project.spoken-of",
        );
    }
}

/// Where the zone of a later clause's site cue is looked for (…，选址Z):
/// only in a sentence that names no project, so the project spoken of is
/// the last one before. (Not 在: a clause's time or scene opens with it.)
fn later_site_clause(doc: &Doc, s: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    if sent.of(doc, Class::Project).next().is_some() {
        return None;
    }
    let chars = &sent.chars;
    (1..chars.len()).find_map(|i| {
        if !matches!(chars[i - 1], '，' | ',') {
            return None;
        }
        SITE_CUES
            .iter()
            .filter(|c| **c != "在")
            .find(|c| crate::text::chars_start_with(&chars[i..], c))
            .map(|c| i + c.chars().count())
    })
}

/// The project a value in sentence `s` at char `at` belongs to: the last one
/// named before it in the sentence, else in the paragraph just before.
fn project_at(doc: &Doc, s: usize, at: usize) -> Option<usize> {
    // P项目投资额为10亿元: the cue (项目投资) opens inside the name it
    // closes, so the value is that project's.
    if let Some(m) = doc.sents[s]
        .of(doc, Class::Project)
        .find(|m| m.start < at && at < m.end)
    {
        return Some(m.entity);
    }
    let before: String = doc.sents[s].chars[..at.min(doc.sents[s].chars.len())]
        .iter()
        .collect();
    // (目前该公司建成投产在望,项目用地…: the company spoken of, not the
    // project the text named last.)
    let company_spoken_of = company_anaphor(&before) && !before.contains("该项目");
    if company_spoken_of {
        None
    } else if before.contains("该项目") || before.contains("项目") {
        doc.last_before_anywhere(Class::Project, s, at, 8)
    } else {
        doc.last_before(Class::Project, s, at, 3)
    }
}

/// True when `before` speaks of a company by 该公司 or 该企业 as its
/// clause's subject, not as a speaker's employer (该公司副总经理A介绍).
fn company_anaphor(before: &str) -> bool {
    super::enterprise::COMPANY_ANAPHORS.iter().any(|a| {
        before.find(a).is_some_and(|i| {
            let clause = before[i..].split(['，', ',']).next().unwrap_or("");
            !["介绍", "表示", "说", "称"]
                .iter()
                .any(|v| clause.contains(v))
        })
    })
}

/// 该装置是|P项目|核心, 该项目为|P|的重要组成部分: the thing spoken of
/// is a part of P, the project before it; P is marked a whole so values
/// and later sentences keep meaning that project.
fn part_of_whole(doc: &mut Doc, s: usize, text: &str) {
    static SPOKEN_OF_IS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^该(?:项目|装置|工程|基地|生产线)(?:是|为|系|作为)").expect("static regex")
    });
    const PART: &[&str] = &[
        "核心",
        "重要组成部分",
        "组成部分",
        "一部分",
        "子项目",
        "配套项目",
        "重要内容",
        "主体工程",
    ];
    // (Most sentences do not open with 该: no regex for them.)
    let Some(head) = text
        .starts_with('该')
        .then(|| SPOKEN_OF_IS.find(text))
        .flatten()
    else {
        return;
    };
    let at = char_pos(text, head.end());
    let whole = doc.sents[s].of(doc, Class::Project).find(|m| m.start == at);
    if let Some(m) = whole {
        let rest: String = doc.sents[s].chars[m.end..].iter().take(8).collect();
        let rest = rest.strip_prefix('的').unwrap_or(&rest);
        if PART.iter().any(|w| rest.starts_with(w)) {
            doc.wholes.insert((s, m.start));
        }
    }
}

/// `该项目由X投资建设`, `由X承建`: the project is X's.
static BUILT_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"由(?P<who>[^，。；]{2,40}?)(?:共同)?(?:投资建设|投资兴建|出资组建|出资建设|出资|组建|建设|投资|承建|实施|运营)")
        .expect("static regex")
});

/// The project rules of each sentence, in the order they run: where each
/// project is built and whose it is by its name, who builds it, its values
/// (investment, areas, progress, opening date), then its capacities.
pub(crate) fn relations(doc: &mut Doc, main_zone: Option<usize>) {
    for s in 0..doc.title_sents {
        title_site(doc, s);
    }
    for s in doc.title_sents..doc.sents.len() {
        let text = doc.sents[s].text.clone();
        let sent = &doc.sents[s];
        let built_by = sent.has_any(BUILT_BY_WORDS) && sent.has_any(BUILT_BY_VERBS);
        let gates = ValueGates {
            investment: sent.has_any(INVESTMENT_WORDS) && sent.has_any(YUAN),
            land: sent.has_any(LAND_WORDS),
            floor: sent.has_any(FLOOR_WORDS),
            progress: sent.has_any(PROGRESS_WORDS) && sent.has_any(PERCENT),
            opening: sent.has_any(DATE_WORDS) && sent.has_any(OPENING_WORDS),
        };
        let capacity_gate = sent.has_any(CAPACITY_WORDS_GATE);
        part_of_whole(doc, s, &text);
        each_project(doc, s, &text, main_zone);
        spoken_of_site(doc, s, &text);
        owned_built(doc, s, &text);
        owned_by_builder(doc, s, &text);
        // E(计划)(在X)(投资N)建设/新建P: the company the clause is about
        // builds the project it names right after the verb.
        built_by_subject(doc, s);
        built_by_speaker(doc, s);
        signed_with(doc, s);
        owned_built_by(doc, s, &text, built_by);
        let mut values: Vec<Pending> = Vec::new();
        investment(&text, gates.investment, &mut values);
        areas(&text, gates.land, gates.floor, &mut values);
        progress(&text, gates.progress, &mut values);
        operation_date(doc, &text, gates.opening, &mut values);
        attach_values(doc, s, &text, values);
        amount_before_name(doc, s, &text, doc.sents[s].has_any(YUAN));
        zone_area_before_name(doc, s, &text, text.contains("面积"));
        capacities(doc, s, &text, capacity_gate);
        // The amounts of the names no capacity word opens (…50万吨生态肥…),
        // after the sentence's own (年产…, 产能…).
        let projects: Vec<Mention> = doc.sents[s].of(doc, Class::Project).collect();
        for m in projects {
            let label = doc.entities.get(m.entity).label.clone();
            capacity_in_name(doc, s, &m, &label);
        }
    }
}

/// Which value regexes a sentence's words let run.
struct ValueGates {
    investment: bool,
    land: bool,
    floor: bool,
    progress: bool,
    opening: bool,
}

/// A value read from a sentence, waiting for its project: the property,
/// the byte span of its match, the value and the rule id.
type Pending = (NamedNodeRef<'static>, usize, usize, Value, &'static str);

/// The rules read off each project named in sentence `s`, project by
/// project: its site, then its owner by kind or name, then a capacity its
/// name states.
fn each_project(doc: &mut Doc, s: usize, text: &str, main_zone: Option<usize>) {
    // Where each project is built.
    let projects: Vec<_> = doc.sents[s].of(doc, Class::Project).collect();
    // Where each cue of a site is said (the text does not change while
    // its projects are read).
    let cue_at: Vec<Vec<usize>> = if projects.is_empty() {
        Vec::new()
    } else {
        SITE_CUES
            .iter()
            .map(|w| {
                text.match_indices(w)
                    .map(|(b, _)| char_pos(text, b))
                    .collect()
            })
            .collect()
    };
    for m in projects {
        hosts_project(doc, s, text, &m, &cue_at, main_zone);
        let label = doc.entities.get(m.entity).label.clone();
        owned_facility(doc, s, &m, &label);
        owned_name_prefix(doc, s, &m);
    }
}

/// `zone.hosts-project.title`: a headline that says where its project
/// settles (P项目落户Z, P项目在Z开工): the zone after the cue hosts it.
fn title_site(doc: &mut Doc, s: usize) {
    let projects: Vec<_> = doc.sents[s].of(doc, Class::Project).collect();
    for m in projects {
        let after: String = doc.sents[s].chars[m.end..].iter().collect();
        let cue = SITE_CUES
            .iter()
            .find(|w| after.starts_with(*w))
            .or_else(|| {
                ["签约落户", "正式落户", "成功落户"]
                    .iter()
                    .find(|w| after.starts_with(*w))
            });
        let Some(cue) = cue else { continue };
        let at = m.end + cue.chars().count();
        let zone = doc.sents[s]
            .of(doc, Class::Zone)
            .find(|z| z.start == at && !doc.nested(s, z))
            .map(|z| z.entity);
        if let Some(z) = zone {
            doc.relate(
                z,
                ck::HOSTS_PROJECT,
                m.entity,
                s,
                "zone.hosts-project.title",
            );
        }
    }
}

/// `zone.hosts-project.name`, `.sentence`, `.article`: the zone that hosts
/// project `m` — one inside its name, one after a site cue or before it in
/// the sentence, else the article's zone when the sentence happens there.
fn hosts_project(
    doc: &mut Doc,
    s: usize,
    text: &str,
    m: &Mention,
    cue_at: &[Vec<usize>],
    main_zone: Option<usize>,
) {
    // A zone in the project's name hosts it, unless the project is
    // building that park (远景风电装备产业园|项目).
    let inner_zone = doc.sents[s]
        .of(doc, Class::Zone)
        .find(|z| z.start >= m.start && z.end <= m.end && m.end - z.end > 4)
        .map(|z| z.entity);
    // 项目落户/落地/位于Y园区: the zone after the cue; else the zone
    // named before the project in the sentence.
    // (在动员会结束后，P开工仪式在Z举行: the first cue after the project.)
    let after_cue = SITE_CUES.iter().zip(cue_at).find_map(|(w, at)| {
        let at = *at.iter().find(|&&at| at >= m.end)?;
        let mut site = doc.sents[s].of(doc, Class::Zone).find(|z| {
            z.start >= at && z.start <= at + w.chars().count() + 6 && !doc.nested(s, z)
        })?;
        // 在公主岭经济开发区轻量化产业园开工: the park right after its zone
        // is the site.
        while let Some(next) = doc.sents[s]
            .of(doc, Class::Zone)
            .find(|z| z.start == site.end && !doc.nested(s, z))
        {
            site = next;
        }
        Some(site.entity)
    });
    let after_cue = after_cue.or_else(|| introduced_by(doc, s, m));
    // (恒力集团建设了…聚酯科技产业园，中石油集团…新建P: a zone of another
    // clause is not the site, unless a locative opens it: 在X园区，P…)
    let chars = &doc.sents[s].chars;
    let zone_before = after_cue.or_else(|| {
        doc.sents[s]
            .of(doc, Class::Zone)
            .filter(|z| z.end <= m.start && !doc.nested(s, z))
            .last()
            .filter(|z| {
                // (在神木经开区的西沟化工园区，P: the clause opens with 在.)
                let clause = chars[..z.start]
                    .iter()
                    .rposition(|c| matches!(c, '，' | ',' | '；' | ';' | '。'))
                    .map_or(0, |p| p + 1);
                let locative = chars[clause..z.start]
                    .iter()
                    .any(|c| matches!(c, '在' | '于' | '至'));
                // (俯瞰Z，…，产业园已有P、E等企业进驻: a clause opens with
                // the zone's kind word.)
                locative
                    || super::zone::zone_word_opens_clause(doc, s, z.end, m.start)
                    || !chars[z.end..m.start]
                        .iter()
                        .any(|c| matches!(c, '，' | ',' | '；' | ';'))
            })
            .map(|z| z.entity)
    });
    let listing = listing_zone(doc, s);
    // (Z共有29个项目开工。… ¶ P(年产…),总投资…: a paragraph opened by a
    // project after the zone counted its projects is one of them. Looked
    // for only when no zone is named nearer.)
    let unsited = inner_zone.is_none() && zone_before.is_none() && listing.is_none();
    let counted = (unsited && m.start == 0 && opens_paragraph(doc, s) && !is_heading(doc, s))
        .then(|| counting_zone(doc, s))
        .flatten();
    let (zone, rule) = match (inner_zone, zone_before) {
        (Some(z), _) => (Some(z), "zone.hosts-project.name"),
        (None, Some(z)) => (Some(z), "zone.hosts-project.sentence"),
        (None, None) if listing.is_some() => (listing, "zone.hosts-project.listed"),
        (None, None) if counted.is_some() => (counted, "zone.hosts-project.counted"),
        // A company's facility (…生产线, …基地) is not said to be in
        // the zone unless the text says so.
        // (…unless its own sentence tells an event of the zone's:
        // 集中开工…包括X生产基地.)
        (None, None)
            if is_facility(&doc.entities.get(m.entity).label)
                && !ZONE_EVENTS.iter().any(|w| text.contains(w)) =>
        {
            (None, "")
        }
        // A project of a zone's article is the zone's when the
        // sentence says it happens there: an event of the zone's
        // (开工, 签约, 落户…) or the zone by a generic name (园区).
        (None, None)
            // (A section's heading: its section says where it is.)
            if !is_heading(doc, s)
                && main_zone.is_some_and(|z| {
                    in_zone_clause(doc, s, z)
                        && !opens_elsewhere(doc, m, z)
                        && !wider_scope(doc, s, m)
                        && !other_zone_lately(doc, s, m, z)
                        && !part_of_project(doc, s, m)
                }) =>
        {
            (main_zone, "zone.hosts-project.article")
        }
        (None, None) => (None, ""),
    };
    if let Some(z) = zone {
        doc.relate(z, ck::HOSTS_PROJECT, m.entity, s, rule);
    }
}

/// The zone whose projects sentence `s` goes on to name: the previous
/// sentence of the paragraph ends with a clause opening with the zone and
/// counting its projects (黄羊工业园区开工建设项目65项,总投资…。X生产线…).
fn listing_zone(doc: &Doc, s: usize) -> Option<usize> {
    let prev = s.checked_sub(1)?;
    let sent = &doc.sents[prev];
    if sent.paragraph != doc.sents[s].paragraph || prev < doc.title_sents {
        return None;
    }
    let chars = &sent.chars;
    let clause = chars
        .iter()
        .rposition(|c| matches!(c, '；' | ';' | '：' | ':'))
        .map_or(0, |p| p + 1);
    let zone = sent.of(doc, Class::Zone).find(|z| {
        (z.start == clause
            || sited_opening(chars, clause, z.start)
            || timed_opening(chars, clause, z.start))
            && !doc.nested(prev, z)
    })?;
    // (在Z集中签约仪式上，10个项目完成签约: the count may follow the
    // clause of the event.)
    counts_projects(&chars[zone.end..], 2).then_some(zone.entity)
}

/// True when one of the first `clauses` clauses of `rest` counts projects
/// (…共有29个项目开工, 10个项目完成签约).
fn counts_projects(rest: &[char], clauses: usize) -> bool {
    let rest: String = rest.iter().collect();
    rest.split(['，', ',', '。'])
        .take(clauses)
        .any(|c| c.contains("项目") && c.chars().any(|ch| ch.is_ascii_digit()))
}

/// The zone an earlier sentence of the article opens with and counts the
/// projects of (Z共有29个项目开工), the last such before sentence `s`.
fn counting_zone(doc: &Doc, s: usize) -> Option<usize> {
    (doc.title_sents..s).rev().find_map(|k| {
        let sent = &doc.sents[k];
        let zone = sent.of(doc, Class::Zone).find(|z| {
            (z.start == 0 || sited_opening(&sent.chars, 0, z.start)) && !doc.nested(k, z)
        })?;
        counts_projects(&sent.chars[zone.end..], 1).then_some(zone.entity)
    })
}

/// True when the words from `clause` to a zone at `at` are a locative
/// opening the sentence, maybe after a short time (18日，在Z…; 在Z…).
fn sited_opening(chars: &[char], clause: usize, at: usize) -> bool {
    if at <= clause || chars[at - 1] != '在' {
        return false;
    }
    let before = &chars[clause..at - 1];
    before.is_empty() || short_lead(before, 8)
}

/// True when `before` is one short clause of at most `max` chars closed by
/// a comma (18日，; 今年上半年，).
fn short_lead(before: &[char], max: usize) -> bool {
    before.len() <= max
        && matches!(before.last(), Some('，' | ','))
        && !before[..before.len() - 1]
            .iter()
            .any(|c| matches!(c, '，' | ',' | '、'))
}

/// True when a short lead of time opens the clause before char `at`
/// (今年上半年，Z运作项目28个).
fn timed_opening(chars: &[char], clause: usize, at: usize) -> bool {
    let Some(before) = chars.get(clause..at) else {
        return false;
    };
    let lead: String = before.iter().collect();
    before.len() >= 2
        && short_lead(before, 9)
        && ["年", "月", "以来", "目前"]
            .iter()
            .any(|w| lead.contains(w))
}

/// True when the zone named last before project `m` of sentence `s`, in
/// it or the two sentences before, is not the article's `zone` (霸州经开区
/// 运作项目28个。…。P…, 梧州工业园区高新技术企业集聚，P…: the zone just
/// spoken of, not the article's).
fn other_zone_lately(doc: &Doc, s: usize, m: &Mention, zone: usize) -> bool {
    let from = s.saturating_sub(2).max(doc.title_sents);
    (from..=s)
        .rev()
        .find_map(|i| {
            doc.sents[i]
                .of(doc, Class::Zone)
                .filter(|z| (i < s || z.end <= m.start) && !doc.nested(i, z))
                .last()
                .map(|z| z.entity)
        })
        .is_some_and(|z| z != zone)
}

/// True when project `m` is a part of a project spoken of before it: what
/// 该项目 plans or builds (该项目总投资…，规划建设P), what a project's works
/// include (建设内容包括：P、Q), or its phase (一期P).
fn part_of_project(doc: &Doc, s: usize, m: &Mention) -> bool {
    let chars = &doc.sents[s].chars;
    let before: String = chars[..m.start].iter().collect();
    before.contains("该项目")
        || before.contains("建设内容")
        || ["一期", "二期", "三期"].iter().any(|p| before.ends_with(p))
}

/// True when the clause before a project gives it a wider scope than the
/// zone (当天,该市|A、B等13个项目也正式开工; 全市…): the city's projects,
/// not said to be the zone's.
fn wider_scope(doc: &Doc, s: usize, m: &Mention) -> bool {
    let chars = &doc.sents[s].chars;
    let (clause, _) = super::enterprise::clause_of(chars, m.start);
    let before: String = chars[clause..m.start].iter().collect();
    super::WIDER_SCOPES.iter().any(|w| before.contains(w))
}

/// True when a project's stem follows a list's separator inside a list
/// of facilities (建设番茄酱、番茄红素生产线: a list of facilities, not a
/// project; but in 博俊…生产项目、联威…中心项目 each item is a whole name, and
/// X项目成功落户、Y项目全面投产 are clauses, each with its project), or
/// follows the kind closing a list ([`kind_of_listed`]).
fn listed_before(chars: &[char], start: usize) -> bool {
    let whole_before = |k: usize| {
        let before: String = chars[k.saturating_sub(8)..k].iter().collect();
        ends_with_suffix(&before) || before.ends_with("期)") || before.ends_with("期）")
    };
    let clause_before = |k: usize| {
        let from = chars[..k]
            .iter()
            .rposition(|c| matches!(c, '、' | '，' | '。' | '；'))
            .map_or(0, |p| p + 1);
        let before: String = chars[from..k].iter().collect();
        SUFFIXES.iter().any(|suf| before.contains(suf))
    };
    (start > 0
        && matches!(chars[start - 1], '、' | '和' | '及')
        && !whole_before(start - 1)
        && !clause_before(start - 1))
        || kind_of_listed(chars, start)
}

/// Drops the zones read on a project's words (start, at, end: the name,
/// its suffix, its end): a facility's (…产业基地) is the facility; a park
/// right before 项目 (新材料产业园|项目) is the park to be built, no zone
/// yet, unless the article speaks of it elsewhere.
fn drop_zones_read(doc: &mut Doc, s: usize, (start, at, end): (usize, usize, usize), suf: &str) {
    let once = |e: usize| {
        doc.sents
            .iter()
            .flat_map(|t| &t.mentions)
            .filter(|m| m.entity == e)
            .count()
            == 1
    };
    let facility = FACILITY_SUFFIXES.contains(&suf);
    let dropped: Vec<usize> = doc.sents[s]
        .mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            let e = doc.entities.get(m.entity);
            e.class == Class::Zone
                && if facility {
                    m.start < end && start < m.end
                } else {
                    suf == "项目"
                        && m.start >= start
                        && m.end == at
                        && e.label.ends_with('园')
                        && once(m.entity)
                }
        })
        .map(|(i, _)| i)
        .collect();
    for i in dropped.into_iter().rev() {
        doc.sents[s].mentions.remove(i);
    }
}

/// True when the word right before 项目 closes a clause: a verb done to
/// projects (经开区“一区多园”聚|项目, 园区抓|项目) or a preposition
/// (开发区正以/p|项目建设).
fn clause_before(doc: &Doc, s: usize, at: usize) -> bool {
    let sent = &doc.sents[s];
    sent.toks.iter().any(|t| {
        t.end == at
            && ((t.start + 1 == at
                && t.tag == "v"
                && "聚抓引招上促谋".contains(sent.chars[t.start]))
                || t.tag == "p")
    })
}

/// True when a name is one of a run of three or more items, each with its
/// own 项目 (A基金项目、平安保险项目、B项目……): the run names its projects
/// one by one, though one name alone would say too little.
fn in_run_of_projects(chars: &[char], start: usize, end: usize) -> bool {
    let stop = |c: &char| "，,。；;：:…！!？?\n（(".contains(*c);
    let from = chars[..start].iter().rposition(stop).map_or(0, |p| p + 1);
    let to = chars[end..]
        .iter()
        .position(stop)
        .map_or(chars.len(), |p| end + p);
    let items: Vec<&[char]> = chars[from..to].split(|c| *c == '、').collect();
    items.len() >= 3
        && items.iter().all(|item| {
            let item = item.strip_suffix(&['等']).unwrap_or(item);
            item.len() <= 24 && item.ends_with(&['项', '目'])
        })
}

/// True when the words before a project's stem close a list with its
/// kind (岚川化工、溪山材料等一批投资过亿元的|绿色环保项目): the kind of the
/// projects listed, no project's name.
fn kind_of_listed(chars: &[char], start: usize) -> bool {
    if start == 0 || chars[start - 1] != '的' {
        return false;
    }
    let (clause, _) = super::enterprise::clause_of(chars, start);
    let before: String = chars[clause..start].iter().collect();
    before.contains("等一批") || (before.contains('等') && before.contains('、'))
}

/// True when a facility (…产业基地) is a project: a company or capacity
/// names it or a building verb opens it; else it is a zone's or a goal's.
fn built_facility(doc: &Doc, s: usize, start: usize, stem: &str) -> bool {
    let chars = &doc.sents[s].chars;
    let before: String = chars[start.saturating_sub(2)..start].iter().collect();
    stem.starts_with("年产")
        || CAPACITY_LEAD.is_match(stem)
        || doc.sents[s]
            .of(doc, Class::Enterprise)
            .any(|m| m.start == start)
        || ["建设", "投资", "建成", "新建", "扩建"].contains(&before.as_str())
        // (由E在产业园打造的|综合性智能制造产业基地动工: what a company
        // builds.)
        || ["打造的", "建设的", "投资的", "投建的", "兴建的"]
            .iter()
            .any(|w| crate::text::chars_end_with(&chars[..start], w))
}

/// True when a project's name opens with a county or district the zone's
/// name does not hold (遂平县…项目 in a city's list whose article is about
/// another county's park): the project is there, not in the article's zone.
fn opens_elsewhere(doc: &Doc, m: &Mention, zone: usize) -> bool {
    let label: Vec<char> = doc.entities.get(m.entity).label.chars().collect();
    super::zone::opens_elsewhere(doc, &label, zone)
}

/// `project.owned.facility`: a facility (…生产线) belongs to the company
/// just named.
fn owned_facility(doc: &mut Doc, s: usize, m: &Mention, label: &str) {
    // (A有限公司18650电池生产线: a line whose name opens with its company
    // is that company's, `project.owned.name-prefix`.)
    if label.ends_with("生产线")
        && !doc.has(m.entity, ck::OWNED_BY)
        && name_prefix_owner(doc, s, m).is_none()
    {
        if let Some(e) = doc.last_before(Class::Enterprise, s, m.start, 2) {
            doc.relate(m.entity, ck::OWNED_BY, e, s, "project.owned.facility");
        }
    }
}

/// `project.owned.name-prefix`: a project named after its company
/// (恒锻精密|大型环锻件项目) is the company's, and so is one in quotes
/// right after it (宁夏鑫晶盛…有限公司“工业蓝宝石…项目”).
fn owned_name_prefix(doc: &mut Doc, s: usize, m: &Mention) {
    if let Some(e) = name_prefix_owner(doc, s, m) {
        doc.relate(m.entity, ck::OWNED_BY, e, s, "project.owned.name-prefix");
    }
}

/// The company a project's name opens with, or that is named right before
/// its quoted name.
fn name_prefix_owner(doc: &Doc, s: usize, m: &Mention) -> Option<usize> {
    let chars = &doc.sents[s].chars;
    let quoted = |e: &Mention| {
        e.end + 1 == m.start && matches!(chars[e.end], '“' | '"' | '《') && !doc.nested(s, e)
    };
    doc.sents[s]
        .of(doc, Class::Enterprise)
        .find(|e| (e.start == m.start && e.end < m.end) || quoted(e))
        .map(|e| e.entity)
}

/// `project.capacity.name`: the capacities a project's name states, each
/// before what it makes (120万吨H型钢生产线, 双赢集团50万吨生态肥一期工程,
/// 1000万吨炼油和120万吨乙烯项目: two). A daily or monthly output (日产25万支)
/// is no yearly capacity.
fn capacity_in_name(doc: &mut Doc, s: usize, m: &Mention, label: &str) {
    for c in NAME_CAPACITY.captures_iter(label) {
        let at = c.name("num").map_or(0, |x| x.start());
        let before = &label[..at];
        // (30万吨级原油码头: a class of size, no output.)
        let class = c
            .name("amount")
            .is_some_and(|x| label[x.end()..].starts_with('级'));
        // (年产…, 产能…: the sentence's rule read those.)
        if class
            || ["日产", "月产", "日处理", "日加工"]
                .iter()
                .chain(super::project_name::CAPACITY_OPENERS)
                .any(|w| before.ends_with(w))
        {
            continue;
        }
        capacity(doc, m.entity, s, &c, "project.capacity.name", true);
    }
}

/// A capacity inside a project's name: an amount of tonnes, cubic metres
/// or pieces (not money, area or power: 2GW names a line's size, not a
/// yearly output) right before what it makes, not inside a longer number.
static NAME_CAPACITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:^|[^\d.×])(?P<amount>(?P<num>\d+(?:\.\d+)?(?:×\d+(?:\.\d+)?)?)",
        r"(?P<unit>万吨|亿吨|千吨|吨|万立方米|立方米|万方|万件|万台|万套|万辆|万只|万片|万支|亿支|亿片|亿只|件|台|套|辆))",
        r"(?:/年|每年)?[\p{Han}A-Za-z]"
    ))
    .expect("static regex")
});

/// The words before the body that builds or owns a project (see
/// [`owned_by_builder`]).
pub(super) const OWNER_CUES_LIST: &[&str] = &[
    "建设单位为",
    "建设单位是",
    "业主单位为",
    "业主单位是",
    "建设主体为",
    "实施主体为",
    "投资主体为",
    "业主为",
];

/// `project.owned.builder`: P(项目)建设单位为E, 该项目业主为E (项目业主为
/// too) — the body
/// a project's report names as its builder or owner owns it.
fn owned_by_builder(doc: &mut Doc, s: usize, text: &str) {
    const CUES: super::Mask = super::triggers(OWNER_CUES_LIST);
    if !doc.sents[s].has_any(CUES) {
        return;
    }
    let Some((b, cue)) = OWNER_CUES_LIST
        .iter()
        .find_map(|c| text.find(c).map(|b| (b, c)))
    else {
        return;
    };
    let at = char_pos(text, b);
    let end = at + cue.chars().count();
    let owner = doc.sents[s]
        .of(doc, Class::Enterprise)
        .find(|m| m.start == end)
        .map(|m| m.entity);
    let project = doc.sents[s]
        .of(doc, Class::Project)
        .filter(|m| m.end <= at && !doc.nested(s, m))
        .last()
        .map(|m| m.entity)
        .or_else(|| doc.last_before_anywhere(Class::Project, s, at, 2));
    if let (Some(p), Some(e)) = (project, owner) {
        doc.relate(p, ck::OWNED_BY, e, s, "project.owned.builder");
    }
}

/// `project.owned.built`: E与F合作建设的P / E投资建设的P / E总投资10亿元的P
/// — the builders named in the clause own the project.
fn owned_built(doc: &mut Doc, s: usize, text: &str) {
    // (Every cue is read for the project named right after it.)
    if doc.sents[s].of(doc, Class::Project).next().is_none() {
        return;
    }
    // (E1投资的P1和E2投资的P2: every cue, each with the companies named
    // since the project before it.)
    // (E总投资10亿元的P: the amount invested before 的 is a cue too.)
    let invested = text.match_indices("元的").filter(|&(b, _)| {
        let from = text[..b].char_indices().rev().nth(11).map_or(0, |(i, _)| i);
        text[from..b].contains("投资")
    });
    let cues = ["建设的", "投资的", "兴建的", "打造的", "承建的"]
        .iter()
        .flat_map(|cue| text.match_indices(cue))
        .chain(invested)
        .map(|(b, cue)| (char_pos(text, b), cue.chars().count()))
        .collect::<Vec<_>>();
    for (at, n) in cues {
        let end = at + n;
        let project = doc.sents[s]
            .of(doc, Class::Project)
            .find(|m| m.start == end)
            .map(|m| m.entity);
        let (cs, _) = super::enterprise::clause_of(&doc.sents[s].chars, at);
        let cs = doc.sents[s]
            .of(doc, Class::Project)
            .filter(|m| m.end <= at)
            .map(|m| m.end)
            .fold(cs, usize::max);
        let mut owners: Vec<usize> = doc.sents[s]
            .of(doc, Class::Enterprise)
            .filter(|m| m.start >= cs && m.end <= at && !doc.nested(s, m))
            .map(|m| m.entity)
            .collect();
        // (E是…企业,公司投资2亿元建设的P: the company is the one named last.)
        let clause = doc.sents[s].text(cs, at);
        if owners.is_empty()
            && ["公司", "该公司", "企业", "该企业"]
                .iter()
                .any(|w| clause.starts_with(w))
        {
            owners.extend(doc.last_before(Class::Enterprise, s, cs, 2));
        }
        if let Some(p) = project {
            for e in owners {
                doc.relate(p, ck::OWNED_BY, e, s, "project.owned.built");
            }
        }
    }
}

/// `project.owned.built-by`: 由X投资建设 — the enterprises named there own
/// the project.
fn owned_built_by(doc: &mut Doc, s: usize, text: &str, gate: bool) {
    for c in super::gated(&BUILT_BY, text, gate) {
        let Some(who) = c.name("who") else { continue };
        let (a, b) = (char_pos(text, who.start()), char_pos(text, who.end()));
        if text[..who.start()].ends_with("分别由") && built_respectively(doc, s, a, b) {
            continue;
        }
        // Everyone named there (由A与B共同出资组建); after a standing to a
        // parent (由A的全资子公司B投资), only the subsidiary.
        let a = super::enterprise::after_standing(&doc.sents[s].chars, a, b).unwrap_or(a);
        let mut owners: Vec<usize> = doc.sents[s]
            .of(doc, Class::Enterprise)
            .filter(|m| m.start >= a && m.end <= b && !doc.nested(s, m))
            .map(|m| m.entity)
            .collect();
        if owners.is_empty() {
            owners.extend(bare_builder(doc, s, a, b));
        }
        // 由X投资10亿元的P项目: the project after the clause's 的, else
        // the one the sentence is about.
        let end = char_pos(text, c.get(0).map_or(0, |m| m.end()));
        let after = doc.sents[s]
            .of(doc, Class::Project)
            .find(|m| {
                m.start > end
                    && m.start <= end + 16
                    && doc.sents[s].chars[end..m.start].last() == Some(&'的')
                    && !doc.sents[s].chars[end..m.start].contains(&'，')
            })
            .map(|m| m.entity);
        if let Some(p) = after.or_else(|| project_at(doc, s, a)) {
            for e in owners {
                doc.restate(p, ck::OWNED_BY, e, s, "project.owned.built-by");
            }
        }
    }
}

/// `project.owned.respectively`: P1与P2…分别由E1和E2投资建设 — the builders
/// own the projects named before them, in order, when there are as many.
/// True when it paired them.
fn built_respectively(doc: &mut Doc, s: usize, a: usize, b: usize) -> bool {
    let chars = doc.sents[s].chars.clone();
    let mut parts = Vec::new();
    let mut from = a;
    for i in a..=b {
        if i == b || matches!(chars[i], '和' | '与' | '、' | '及') {
            parts.push((from, i));
            from = i + 1;
        }
    }
    let projects: Vec<usize> = doc.sents[s]
        .of(doc, Class::Project)
        .filter(|m| m.end <= a && !doc.nested(s, m))
        .map(|m| m.entity)
        .collect();
    if parts.len() < 2 || parts.len() != projects.len() {
        return false;
    }
    let owners: Vec<Option<usize>> = parts
        .iter()
        .map(|&(x, y)| {
            let named = doc.sents[s]
                .of(doc, Class::Enterprise)
                .find(|m| m.start == x && m.end == y)
                .map(|m| m.entity);
            named.or_else(|| bare_name(doc, s, x, y, false))
        })
        .collect();
    if owners.iter().any(Option::is_none) {
        return false;
    }
    for (p, e) in projects.into_iter().zip(owners.into_iter().flatten()) {
        doc.relate(p, ck::OWNED_BY, e, s, "project.owned.respectively");
    }
    true
}

/// `enterprise.name.built-by`: the builder a project's sentence names right
/// after it without a legal ending (P项目由江苏浩纳光电投资建设): a company's
/// short name of three to eight chars, nouns and proper names only, that no
/// lexicon knows as a thing, place or anaphor.
fn bare_builder(doc: &mut Doc, s: usize, a: usize, b: usize) -> Option<usize> {
    bare_name(doc, s, a, b, true)
}

/// A builder's bare name at `a..b` (see [`bare_builder`]); with
/// `after_project`, only right after a project's name.
fn bare_name(doc: &mut Doc, s: usize, a: usize, b: usize, after_project: bool) -> Option<usize> {
    let sent = &doc.sents[s];
    let project_before =
        !after_project || (a > 0 && sent.of(doc, Class::Project).any(|m| m.end + 1 == a));
    let name = sent.text(a, b);
    let n = b - a;
    // (上海|恺/g|红/a|模具: a brand jieba split char by char, before the
    // company's business word.)
    let split_brand = doc
        .lex
        .core_suffixes
        .iter()
        .any(|w| name.ends_with(w.as_str()) && n >= w.chars().count() + 2)
        && sent
            .toks
            .iter()
            .filter(|t| t.start >= a && t.end <= b && t.end - t.start >= 2)
            .all(|t| t.oov || t.tag.starts_with('n') || t.tag == "j");
    let nouns = super::names::only_noun_words(sent, a, b, true) || split_brand;
    let other = sent.mentions.iter().any(|m| {
        m.start < b && a < m.end && !matches!(doc.class(m.entity), Class::Place | Class::Product)
    });
    let known = super::names::known_word(doc, &name, &[]) || doc.lex.anaphors.contains(&name);
    let han = name.chars().all(crate::text::is_han);
    if !project_before || !(3..=8).contains(&n) || !han || !nouns || other || known {
        return None;
    }
    doc.mention(s, a, b, Class::Enterprise, "enterprise.name.built-by")
}

/// A count of projects after an amount (…亿元|的78个重点项目): the amount
/// is the batch's.
static BATCH_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^的?(?:\d+|[",
        han_digits!(),
        r"两百]+)(?:余|多)?(?:个|项|批)"
    ))
    .expect("static regex")
});

/// `project.investment`: amounts of money invested (总投资20亿元).
fn investment(text: &str, gate: bool, values: &mut Vec<Pending>) {
    for c in super::gated(&INVESTMENT, text, gate) {
        // (累计完成投资261亿元, 今年计划投资: what is spent so far or this
        // year, not what the project costs.)
        let start = c.get(0).map_or(0, |m| m.start());
        let before = &text[..start];
        let spent = ["完成", "累计", "已", "年度", "今年", "本年", "当年"]
            .iter()
            .any(|w| before.ends_with(w));
        // (亩均投资1700万元: money per mu of land, no project's total.)
        let per_unit = ["亩均", "每亩", "单位"].iter().any(|w| before.ends_with(w));
        if c.name("bound").is_some() || spent || per_unit {
            continue;
        }
        let (Some(num), Some(u)) = (c.name("num"), c.name("unit")) else {
            continue;
        };
        if let Some((Unit::Yuan, v)) =
            parse_number(num.as_str(), "").and_then(|v| to_base(v, u.as_str()))
        {
            let m = c.get(0).map_or(0..0, |m| m.range());
            values.push((
                ck::INVESTMENT,
                m.start,
                m.end,
                Value::Decimal(v.to_string()),
                "project.investment",
            ));
        }
    }
}

/// The yuan of an amount and what joins it to the project's name right
/// after it: 11亿元|的|P项目, 1.5亿元|建设|P项目, 1.1亿元|P项目.
const AMOUNT_LINK: &str = "(?P<unit>亿元|万元)(?:的|投资建设|投资兴建|建设|打造)?";

/// Words after an amount that make it a bound (500万元|以上…项目).
const BOUND_WORDS: &[&str] = &["以上", "以下", "左右", "级"];

/// An amount right before a project's name (see [`AMOUNT_LINK`]).
static AMOUNT_BEFORE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?P<num>{NUMBER}){AMOUNT_LINK}")).expect("static regex")
});

/// `project.investment.before-name`: what a project costs when the amount
/// opens its mention without an investment word (11亿元的高精度光学元器件
/// 项目由…投资建设, 1.5亿元建设光机模组项目). Not after a bound (超, 近)
/// or a word of output or spending (产值, 收入, 完成), and not for a
/// project that has its investment already.
fn amount_before_name(doc: &mut Doc, s: usize, text: &str, gate: bool) {
    let mut found = Vec::new();
    for c in super::gated(&AMOUNT_BEFORE_NAME, text, gate) {
        let (Some(m), Some(num), Some(u)) = (c.get(0), c.name("num"), c.name("unit")) else {
            continue;
        };
        if BOUND_WORDS.iter().any(|w| text[m.end()..].starts_with(w)) {
            continue;
        }
        let before = &text[..m.start()];
        let other_word = [
            "投资",
            "投资额",
            "超",
            "超过",
            "突破",
            "逾",
            "近",
            "产值",
            "收入",
            "营收",
            "税收",
            "利润",
            "完成",
            "累计",
            "达",
            "达到",
        ]
        .iter()
        .any(|w| before.ends_with(w));
        if other_word {
            continue;
        }
        let after = char_pos(text, m.end());
        let project = doc.sents[s]
            .of(doc, Class::Project)
            .find(|p| p.start == after && !doc.nested(s, p));
        let (Some(p), Some((Unit::Yuan, v))) = (
            project,
            parse_number(num.as_str(), "").and_then(|v| to_base(v, u.as_str())),
        ) else {
            continue;
        };
        found.push((p.entity, v, num.start(), u.end()));
        // (总投资均为20亿元的A、B、C: each of the listed projects costs it.)
        if before.ends_with('均') || before.ends_with("均为") {
            for q in listed_after(doc, s, p) {
                found.push((q, v, num.start(), u.end()));
            }
        }
    }
    for (p, v, bs, be) in found {
        if doc.has(p, ck::INVESTMENT) {
            continue;
        }
        doc.add_fact(Fact {
            subject: p,
            property: ck::INVESTMENT,
            value: Value::Decimal(v.to_string()),
            sentence: s,
            rule: "project.investment.before-name",
            evidence: Some(text[bs..be].to_string()),
        });
    }
}

/// The projects listed right after project mention `p` (P、Q和R), each
/// joined to the one before by 、 or a conjunction.
fn listed_after(doc: &Doc, s: usize, p: Mention) -> Vec<usize> {
    let mut out = Vec::new();
    let mut cur = p;
    while let Some(q) = next_joined(doc, s, &cur, |q| !doc.nested(s, q)) {
        out.push(q.entity);
        cur = q;
    }
    out
}

/// A zone's area right before its name: 面积21.3平方公里的Z, 规划面积N的Z.
static AREA_BEFORE_ZONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:规划面积|占地面积|总面积|面积)(?:约|达)?(?P<num>{NUMBER})(?P<unit>{UNIT_WORDS})的"
    ))
    .expect("static regex")
});

/// `zone.land-area.before-name`: the area given right before a zone's name
/// (面积21.3平方公里的温县产业集聚区) is the zone's.
fn zone_area_before_name(doc: &mut Doc, s: usize, text: &str, gate: bool) {
    let mut found = Vec::new();
    for c in super::gated(&AREA_BEFORE_ZONE, text, gate) {
        let (Some(m), Some(num), Some(u)) = (c.get(0), c.name("num"), c.name("unit")) else {
            continue;
        };
        // (建筑面积…的: a building's floor, no zone's land.)
        if ["建筑", "厂房", "使用", "绿化"]
            .iter()
            .any(|w| text[..m.start()].ends_with(w))
        {
            continue;
        }
        let after = char_pos(text, m.end());
        let zone = doc.sents[s]
            .of(doc, Class::Zone)
            .find(|z| z.start == after && !doc.nested(s, z));
        if let (Some(z), Some((Unit::SquareMetre, v))) = (
            zone,
            parse_number(num.as_str(), "").and_then(|v| to_base(v, u.as_str())),
        ) {
            found.push((z.entity, v, m.start(), u.end()));
        }
    }
    for (z, v, bs, be) in found {
        doc.add_fact(Fact {
            subject: z,
            property: ck::LAND_AREA,
            value: Value::Decimal(v.to_string()),
            sentence: s,
            rule: "zone.land-area.before-name",
            evidence: Some(text[bs..be].to_string()),
        });
    }
}

/// `project.land-area`, `project.floor-area`: land (占地) and floor
/// (建筑面积) areas, in square metres.
fn areas(text: &str, land: bool, floor: bool, values: &mut Vec<Pending>) {
    for (re, gate, prop, rule) in [
        (&*LAND, land, ck::LAND_AREA, "project.land-area"),
        (&*FLOOR, floor, ck::FLOOR_AREA, "project.floor-area"),
    ] {
        // (总规划400亩，其中一期…占地约115亩: the part after 其中 is
        // not the project's area.)
        let mut total_end = None;
        for c in super::gated(re, text, gate) {
            let (Some(num), Some(u)) = (c.name("num"), c.name("unit")) else {
                continue;
            };
            let whole = c.get(0).map_or(0..0, |m| m.range());
            if total_end.is_some_and(|e: usize| text[e..whole.start].contains("其中")) {
                continue;
            }
            if text[whole.clone()].starts_with('总') {
                total_end = Some(whole.end);
            }
            if let Some((Unit::SquareMetre, v)) =
                parse_number(num.as_str(), "").and_then(|v| to_base(v, u.as_str()))
            {
                let m = c.get(0).map_or(0..0, |m| m.range());
                values.push((prop, m.start, m.end, Value::Decimal(v.to_string()), rule));
            }
        }
    }
}

/// `project.progress`: the share of the work done (已完成总工程量的60%).
fn progress(text: &str, gate: bool, values: &mut Vec<Pending>) {
    for c in super::gated(&PROGRESS, text, gate) {
        if let Some(v) = c.name("num").and_then(|n| Decimal::parse(n.as_str())) {
            let m = c.get(0).map_or(0..0, |m| m.range());
            values.push((
                ck::PROGRESS,
                m.start,
                m.end,
                Value::Decimal(v.unshift(2).to_string()),
                "project.progress",
            ));
        }
    }
}

/// `project.operation-date`: when the project opens (2025年10月投产, or
/// the year alone: 2025年建成投产, an `xsd:gYear`).
fn operation_date(doc: &Doc, text: &str, gate: bool, values: &mut Vec<Pending>) {
    for c in super::gated(&OPENING, text, gate) {
        // 去年11月份投产: the year before the article's.
        let shift = match c.name("rel").map(|r| r.as_str()) {
            Some("去年") => -1,
            Some("前年") => -2,
            Some("明年") => 1,
            _ => 0,
        };
        if let Some(d) = c
            .name("date")
            .and_then(|d| parse_date(d.as_str(), doc.year.map(|y| y + shift)))
        {
            let dt = if d.len() == 4 {
                xsd::G_YEAR
            } else if d.len() == 7 {
                xsd::G_YEAR_MONTH
            } else {
                xsd::DATE
            };
            let m = c.get(0).map_or(0..0, |m| m.range());
            values.push((
                ck::OPERATION_DATE,
                m.start,
                m.end,
                Value::Date(d, dt),
                "project.operation-date",
            ));
        }
    }
}

/// Gives each value read from sentence `s` to its project: the one right
/// after the money, else the one the value follows; a list's total is no
/// one's, and a park's land area is the zone's.
fn attach_values(doc: &mut Doc, s: usize, text: &str, values: Vec<Pending>) {
    for (prop, bs, be, value, rule) in values {
        let at = char_pos(text, bs);
        let fact = |subject| Fact {
            subject,
            property: prop,
            value: value.clone(),
            sentence: s,
            rule,
            evidence: Some(text[bs..be].to_string()),
        };
        // E投资12亿元建设P项目: the project right after the money.
        // …总投资20亿元，建设P项目: a comma may come between.
        let rest = text[be..].strip_prefix(['，', ',']).unwrap_or(&text[be..]);
        let after = char_pos(text, be) + usize::from(rest.len() < text[be..].len());
        // (E投资10亿元打造的P: the clause's 的 before the project.)
        let verb = [
            "用于建设",
            "投资建设的",
            "投资建设",
            "建设的",
            "建设",
            "打造的",
            "打造",
            "兴建的",
            "实施",
            "新建",
            "扩建",
            "兴建",
            "的",
        ]
        .iter()
        .find(|v| rest.starts_with(*v))
        .map_or(0, |v| v.chars().count());
        // (该项目总投资105亿元，规划建设P: the money is the project's spoken
        // of; P is what it builds.)
        let chars = &doc.sents[s].chars;
        let spoken_of = crate::text::chars_start_with(
            &chars[super::lists::clause_start(chars, at)..at],
            "该项目",
        );
        // (P1总投资121亿元，P2项目总投资110亿元: with no verb after the
        // comma, the project closing the amount's clause has it.)
        let commaed = rest.len() < text[be..].len();
        let clause = super::enterprise::clause_of(chars, at).0;
        let owned_before = commaed
            && verb == 0
            && doc.sents[s]
                .of(doc, Class::Project)
                .any(|m| m.end <= at && m.end >= clause);
        let next_m = doc.sents[s]
            .of(doc, Class::Project)
            .find(|m| m.start == after + verb && !owned_before)
            .or_else(|| {
                (!spoken_of)
                    .then(|| built_next(doc, s, char_pos(text, be)))
                    .flatten()
            })
            // (占地2300亩的|P: an area with 的 describes the project after.)
            .filter(|_| prop == ck::INVESTMENT || (rest.starts_with('的') && prop == ck::LAND_AREA))
            .or_else(|| {
                area_before_name(doc, s, text, be)
                    .filter(|_| [ck::LAND_AREA, ck::FLOOR_AREA].contains(&prop))
            });
        // (投资28亿元，新建A项目和B项目: the sum of both, neither's own.)
        if next_m.is_some_and(|m| joined_to_next(doc, s, &m)) {
            continue;
        }
        let next = next_m.map(|m| m.entity);
        if next.is_none() && a_group_total(doc, s, at, char_pos(text, be)) {
            // (A、B等多个项目集中开工。该批项目…计划2023年建成投产: the
            // batch's date is each listed project's.)
            if prop == ck::OPERATION_DATE {
                for p in batch_listed(doc, s, at) {
                    doc.add_fact(fact(p));
                }
            }
            continue;
        }
        // 该企业位于…，总投资3亿元，占地120亩: the company spoken of, not a
        // project named before; its areas are its own, its money no
        // project's.
        if next.is_none() && company_spoken_of(doc, s, at) {
            if prop == ck::LAND_AREA || prop == ck::FLOOR_AREA {
                if let Some(e) = doc.last_before_anywhere(Class::Enterprise, s, at, 1) {
                    doc.add_fact(fact(e));
                }
            }
            continue;
        }
        // 据了解，Z规划面积约2200亩，项目总投资20亿元: the park's own figures.
        // (Z内总投资323亿元的30个项目: a 的 gives the value to what follows.)
        if next.is_none()
            && [ck::INVESTMENT, ck::LAND_AREA, ck::FLOOR_AREA].contains(&prop)
            && !text[be..].starts_with('的')
        {
            if let Some(z) = zone_spoken_of(doc, s, at) {
                doc.add_fact(fact(z));
                continue;
            }
        }
        let subject = next.or_else(|| project_at(doc, s, at)).or_else(|| {
            // Values of a park itself belong to the zone.
            (prop == ck::LAND_AREA)
                .then(|| doc.sents[s].of(doc, Class::Zone).next().map(|m| m.entity))
                .flatten()
        });
        if let Some(p) = subject {
            if prop == ck::INVESTMENT && doc.has(p, ck::INVESTMENT) {
                continue;
            }
            doc.add_fact(fact(p));
        }
    }
}

/// An investment between an area and the name it belongs to, with the
/// 的 closing both (占地2000亩|总投资20亿元的|P).
static MONEY_THEN_DE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[，,]?(?:总投资|投资)约?\d+(?:\.\d+)?(?:万|亿)?元的").expect("static regex")
});

/// The project an area right before its name belongs to (占地2000亩总投资
/// 20亿元的P项目): the area and the money both describe it.
fn area_before_name(doc: &Doc, s: usize, text: &str, be: usize) -> Option<super::Mention> {
    let m = MONEY_THEN_DE.find(&text[be..])?;
    let after = char_pos(text, be + m.end());
    doc.sents[s]
        .of(doc, Class::Project)
        .find(|p| p.start == after && !doc.nested(s, p))
}

/// `P是Z引进的…项目`: the zone that brought the project in, named right
/// after its copula.
fn introduced_by(doc: &Doc, s: usize, m: &Mention) -> Option<usize> {
    let chars = &doc.sents[s].chars;
    if !matches!(chars.get(m.end), Some('是' | '为')) {
        return None;
    }
    let z = doc.sents[s]
        .of(doc, Class::Zone)
        .find(|z| z.start == m.end + 1 && !doc.nested(s, z))?;
    ["引进", "招引", "引入", "重点引进", "签约引进"]
        .iter()
        .any(|w| crate::text::chars_start_with(&chars[z.end..], w))
        .then_some(z.entity)
}

/// True when another project follows `m`, joined to it by 和、及 or 与.
fn joined_to_next(doc: &Doc, s: usize, m: &super::Mention) -> bool {
    next_joined(doc, s, m, |_| true).is_some()
}

/// The project mention right after `m`, joined to it by 和、及 or 与, that
/// `keep` accepts.
fn next_joined(
    doc: &Doc,
    s: usize,
    m: &super::Mention,
    keep: impl Fn(&super::Mention) -> bool,
) -> Option<super::Mention> {
    let sent = &doc.sents[s];
    if !sent
        .chars
        .get(m.end)
        .is_some_and(|c| matches!(c, '和' | '、' | '及' | '与'))
    {
        return None;
    }
    sent.of(doc, Class::Project)
        .find(|n| n.start == m.end + 1 && keep(n))
}

/// `E投资30亿元，在渝北建设打造集…于一体的P`: the project a company builds
/// in the clause right after its money (what lies between is no more than
/// a place or a time, without a further amount or project).
fn built_next(doc: &Doc, s: usize, from: usize) -> Option<super::Mention> {
    let sent = &doc.sents[s];
    let p = sent
        .of(doc, Class::Project)
        .find(|m| m.start > from && !doc.nested(s, m))?;
    let verb = built_after_verb(doc, s, p.start)?;
    let gap = sent.chars.get(from..verb)?;
    let commas = gap.iter().filter(|c| matches!(c, '，' | ',')).count();
    (gap.len() <= 10 && commas <= 1 && !gap.iter().any(|c| matches!(c, '。' | '；' | '元')))
        .then_some(p)
}

/// True when sentence `s` speaks of a company (该企业, 该公司 open it) and
/// names no project before char `at`.
fn company_spoken_of(doc: &Doc, s: usize, at: usize) -> bool {
    let sent = &doc.sents[s];
    let before = sent.text(0, at);
    // (A clause opens with it: the sentence's start or after a comma.)
    let opens = super::enterprise::COMPANY_ANAPHORS.iter().any(|w| {
        before
            .match_indices(w)
            .any(|(b, _)| before[..b].is_empty() || before[..b].ends_with(['，', ',']))
    });
    // (该公司副总经理林智介绍，项目总投资2.5亿元: a speaker, and the
    // project's money.)
    let project_talk = ["项目", "介绍", "表示", "说"]
        .iter()
        .any(|w| before.contains(w));
    opens && !project_talk && !sent.of(doc, Class::Project).any(|m| m.end <= at)
}

/// The zone sentence `s` speaks of before char `at`, when it opens a
/// clause as its subject (Z规划面积…, 据了解，Z…) and the sentence names no
/// project or company before `at`: the values are the park's. Of several,
/// the last subject before `at` (Z1是…，其中核心建设的Z2是…，规划面积…:
/// Z2's, a subject by its copula).
fn zone_spoken_of(doc: &Doc, s: usize, at: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    let first = sent
        .mentions
        .iter()
        .filter(|m| m.end <= at && doc.class(m.entity) != Class::Place)
        .min_by_key(|m| m.start)?;
    let opens =
        |m: &Mention| m.start == 0 || matches!(sent.chars[m.start - 1], '，' | ',' | '：' | ':');
    let other = sent
        .mentions
        .iter()
        .any(|m| m.end <= at && matches!(doc.class(m.entity), Class::Project | Class::Enterprise));
    if doc.class(first.entity) != Class::Zone || !opens(first) || other {
        return None;
    }
    // (佛山临空经济区|智造产业园…，规划面积…: a park named after its parent
    // opens the sentence with it, and the figures are the park's.)
    let after_opening = |m: &Mention| {
        sent.of(doc, Class::Zone)
            .any(|p| p.end == m.start && opens(&p) && !doc.nested(s, &p))
    };
    sent.of(doc, Class::Zone)
        .filter(|m| {
            m.end <= at
                && !doc.nested(s, m)
                && (opens(m) || after_opening(m) || super::zone::copula_after(&sent.chars, m.end))
        })
        .max_by_key(|m| m.start)
        .map(|m| m.entity)
}

/// The projects a batch spoken of again (该批项目, 这批项目, 上述项目)
/// opening sentence `s` before `at` lists: those of the sentence before,
/// when it names two or more.
fn batch_listed(doc: &Doc, s: usize, at: usize) -> Vec<usize> {
    let before: String = doc.sents[s].chars[..at].iter().collect();
    let again = ["该批", "这批", "上述"].iter().any(|w| {
        before.starts_with(w)
            || before
                .find(w)
                .is_some_and(|i| before[..i].ends_with(['，', ',']))
    });
    let Some(prev) = s.checked_sub(1).filter(|&p| p >= doc.title_sents && again) else {
        return Vec::new();
    };
    if doc.sents[s].of(doc, Class::Project).any(|m| m.end <= at) {
        return Vec::new();
    }
    // (A name said twice counts once.)
    let mut seen = rustc_hash::FxHashSet::default();
    let mut listed: Vec<usize> = doc.sents[prev]
        .of(doc, Class::Project)
        .map(|m| m.entity)
        .filter(|&e| seen.insert(e))
        .collect();
    if listed.len() < 2 {
        listed.clear();
    }
    listed
}

/// True when sentence `s` is a project's name alone closed by a semicolon
/// (an item of a list the semicolons split).
fn named_alone(doc: &Doc, s: usize) -> bool {
    let sent = &doc.sents[s];
    let n = sent.chars.len();
    matches!(sent.chars.last(), Some('；' | ';'))
        && sent
            .of(doc, Class::Project)
            .any(|m| m.start == 0 && m.end + 1 == n)
}

/// True when a value at chars `at..end` of sentence `s` is the total of a
/// list or a count of projects (包括A、B等，总投资195亿元; 总投资440亿元的78
/// 个重点项目), no one project's.
fn a_group_total(doc: &Doc, s: usize, at: usize, end: usize) -> bool {
    let chars = &doc.sents[s].chars;
    let before: String = chars[..at].iter().collect();
    let after: String = chars[end.min(chars.len())..(end + 8).min(chars.len())]
        .iter()
        .collect();
    let last = doc.sents[s]
        .of(doc, Class::Project)
        .filter(|m| m.end <= at)
        .map(|m| m.end)
        .last();
    // …、丝路创智谷、高新新罗酒店，总投资41亿元: after the last
    // item of a list too.
    let listed = doc.sents[s]
        .of(doc, Class::Project)
        .filter(|m| m.end <= at)
        .last()
        .is_some_and(|m| m.start > 0 && doc.sents[s].chars[m.start - 1] == '、');
    // (分别为:P1;P2;…;P6,总投资20.9亿元: the last of names alone, each a
    // sentence closed by a semicolon.)
    let listed = listed
        || last.is_some()
            && doc.sents[s]
                .of(doc, Class::Project)
                .any(|m| m.start == 0 && m.end <= at && !doc.nested(s, &m))
            && s.checked_sub(1).is_some_and(|p| named_alone(doc, p));
    // 累计开工重点项目146个，总投资284亿元: a count's total.
    let counted = COUNTED_BEFORE.is_match(&before);
    // 潼南区一批项目签约开工投产，总投资额327亿元: a batch's.
    // (…引进的第二个百亿项目，总投资…: a rank, no batch.)
    let batch = BATCH
        .find_iter(&before)
        .filter(|m| !before[..m.start()].ends_with('第'))
        .last()
        .is_some_and(|m| char_pos(&before, m.end()) >= last.unwrap_or(0));
    counted
        || batch
        || BATCH_AFTER.is_match(&after)
        || listed
        || last.is_some_and(|e| {
            let gap: String = doc.sents[s].chars[e..at].iter().collect();
            gap.starts_with('等')
        })
        || before.ends_with("等，总")
}

/// `project.capacity`: a yearly capacity (年产…) of the project or company
/// that holds or names it, with what it makes and each further item of a
/// list (年产电力机车300台、城轨车辆1500辆).
fn capacities(doc: &mut Doc, s: usize, text: &str, gate: bool) {
    let formed = super::gated(&FORMED, text, doc.sents[s].has_any(FORMING));
    for c in super::gated(&CAPACITY, text, gate).chain(formed) {
        // 产能将突破300万吨: a bound foreseen, not a capacity.
        let what = c.name("what").map_or("", |w| w.as_str());
        // 生产能力和3000吨: the 产能 of 生产能力 opens no capacity.
        let at = c.get(0).map_or(0, |m| m.start());
        if text[..at].ends_with('生') && text[at..].starts_with("产能力") {
            continue;
        }
        // (达产后年产量预计达20万辆: the capacity planned, no bound.)
        let planned = matches!(what.trim_start_matches('量'), "预计" | "预计可");
        if ["突破", "超过", "超", "逾", "将", "预计", "力争", "争取"]
            .iter()
            .any(|b| what.contains(b))
            && !planned
        {
            continue;
        }
        // (力争年内多晶硅料产能达到37.5万吨: a goal of the clause, no
        // project's capacity.)
        let clause = text[..at].rfind(['，', ',', '；', ';', '。']).unwrap_or(0);
        if ["力争", "争取", "目标"]
            .iter()
            .any(|g| text[clause..at].contains(g))
        {
            continue;
        }
        let Some(p) = capacity_subject(doc, s, text, &c) else {
            continue;
        };
        let mut added = capacity(doc, p, s, &c, "project.capacity", false);
        made(doc, p, s, text, &c);
        // 年产电力机车300台、城轨车辆1500辆: each item of the list.
        let mut from = c.get(0).map_or(text.len(), |m| m.end());
        while let Some(more) = CAPACITY_MORE
            .captures_at(text, from)
            .filter(|m| m.get(0).is_some_and(|m| m.start() == from))
            .filter(|m| capacity_value(m).is_some())
            .filter(|m| !comma_joined(m) || made_item(doc, s, text, m))
        {
            added = added && capacity(doc, p, s, &more, "project.capacity", true);
            made(doc, p, s, text, &more);
            from = more.get(0).map_or(text.len(), |m| m.end());
        }
        // 年产3000吨速冻面制品、2000吨速冻米面: what follows each amount.
        if c.name("what").is_some_and(|w| w.as_str().is_empty()) {
            let mut from = made_after(doc, p, s, text, from);
            while let Some(more) = AMOUNT_MORE
                .captures_at(text, from)
                .filter(|m| m.get(0).is_some_and(|m| m.start() == from))
                .filter(|m| capacity_value(m).is_some())
            {
                added = added && capacity(doc, p, s, &more, "project.capacity", true);
                from = made_after(doc, p, s, text, more.get(0).map_or(text.len(), |m| m.end()));
            }
        }
    }
}

/// True when an item of a capacity list follows a comma, not 、 or 和.
fn comma_joined(c: &regex::Captures) -> bool {
    c.name("join")
        .is_some_and(|j| matches!(j.as_str(), "，" | ","))
}

/// True when the `what` of a capacity match can name a product.
fn made_item(doc: &Doc, s: usize, text: &str, c: &regex::Captures) -> bool {
    c.name("what").is_some_and(|w| {
        super::project_name::is_product(doc, s, char_pos(text, w.start()), char_pos(text, w.end()))
    })
}

/// The next amount of a capacity list whose products follow their
/// amounts: `、2000吨速冻米面` after `年产3000吨速冻面制品`.
static AMOUNT_MORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"[、和及与](?:年产)?(?P<num>{NUMBER})(?P<unit>{UNIT_WORDS})(?:/年)?"
    ))
    .expect("static regex")
});

/// Words that close what a capacity makes when it follows the amount
/// (3000吨速冻面制品|生产线, 5万吨隔膜|的产能).
const MADE_CLOSERS: &[&str] = &[
    "生产线",
    "生产设备",
    "生产车间",
    "生产装置",
    // (年产20万吨己二腈|装置迈入全面达产阶段: the plant making it.)
    "装置",
    "车间",
    "生产基地",
    "生产能力",
    "产能",
    "项目",
    "能力",
    "规模",
    "以上",
    "左右",
    "的",
    "等",
    "及",
    "和",
    "与",
    "、",
    // (8000吨X装置|正在进行设备安装: the clause's verb.)
    "正在",
    "预计",
];

/// `chain.produces.capacity` for a product after its amount (年产3000吨|速冻
/// 面制品): the noun phrase from the byte `from` up to a closing word is
/// made by `subject`, when it can name a product. Gives where it ends
/// (`from` when nothing was read).
fn made_after(doc: &mut Doc, subject: usize, s: usize, text: &str, from: usize) -> usize {
    // (年产1.2万吨的新材料塑胶制品: 的 joins the amount to what it makes.)
    let rest = text[from..].strip_prefix("/年").unwrap_or(&text[from..]);
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    // (5万吨/年|各类|离子交换树脂: a share of the kinds, no name's.)
    let rest = ["各类", "各种", "多种"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    let skip = text.len() - from - rest.len();
    let run: usize = rest
        .char_indices()
        .take_while(|(i, c)| *i < 48 && (crate::text::is_han(*c) || c.is_ascii_alphabetic()))
        .map(|(_, c)| c.len_utf8())
        .sum();
    let cut = MADE_CLOSERS
        .iter()
        .filter_map(|w| rest[..run].find(w))
        .min()
        .unwrap_or(run);
    // (1000吨/年原油加工能力: what is worked, not made.)
    let worked = rest[cut..].starts_with("能力")
        && ["加工", "处理"].iter().any(|w| rest[..cut].ends_with(w));
    let kept = if worked { cut - "加工".len() } else { cut };
    let (a, b) = (
        char_pos(text, from + skip),
        char_pos(text, from + skip + kept),
    );
    // (Inside a project's name its own rule reads what it makes: 煤制甲醇.)
    let in_name = doc.sents[s]
        .of(doc, Class::Project)
        .any(|m| m.start <= a && b <= m.end);
    // (…年产30万吨烧碱|和年产32万吨…项目: past what the name makes, to
    // the next amount.)
    if in_name && b >= a + 2 {
        return from + skip + cut;
    }
    if b < a + 2 || in_name || !super::project_name::is_product_after_amount(doc, s, a, b) {
        return from;
    }
    for (a, b) in super::project_name::unit_products(doc, &doc.sents[s].chars, a, b) {
        if let Some(x) = doc.mention(s, a, b, Class::Product, "product.name.capacity") {
            if !worked {
                doc.relate(subject, ck::PRODUCES, x, s, "chain.produces.capacity");
            }
        }
    }
    // …生产线3条、3000吨…: the lines and their count close the item.
    let end = from + skip + cut;
    end + LINES.find(&text[end..]).map_or(0, |m| m.end())
}

/// Facilities and their count after what a capacity makes (生产线3条).
static LINES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:生产线|生产车间|生产装置)(?:\d+|[",
        han_digits!(),
        r"两])?(?:条|个|套|座)?"
    ))
    .expect("static regex")
});

/// Whose capacity match `c` of sentence `s` states: the project whose name
/// holds it, else the maker right after its 的, else what the clause names
/// before it (擎宇汽车…年产能15万辆), else the project the text is about,
/// else the company named before it that is not served.
fn capacity_subject(doc: &Doc, s: usize, text: &str, c: &regex::Captures) -> Option<usize> {
    let at = char_pos(text, c.get(0).map_or(0, |m| m.start()));
    let (cs, _) = super::enterprise::clause_of(&doc.sents[s].chars, at);
    // 年产牵引电机3000台的株洲华电牵引电机有限公司, 年产5000辆专用汽车的
    // 重庆云河公司: the maker after 的 (and after what it makes).
    let after = c.get(0).and_then(|m| {
        let made: String = text[m.end()..]
            .chars()
            .take_while(|&ch| crate::text::is_han(ch) && ch != '的')
            .take(13)
            .collect();
        (made.chars().count() <= 12 && text[m.end() + made.len()..].starts_with('的'))
            .then(|| char_pos(text, m.end()) + made.chars().count() + 1)
    });
    doc.sents[s]
        .of(doc, Class::Project)
        .find(|m| m.start <= at && at < m.end)
        .map(|m| m.entity)
        .or_else(|| {
            let after = after?;
            doc.sents[s]
                .mentions
                .iter()
                .find(|m| {
                    m.start == after
                        && matches!(doc.class(m.entity), Class::Project | Class::Enterprise)
                })
                .map(|m| m.entity)
        })
        .or_else(|| {
            doc.sents[s]
                .mentions
                .iter()
                .rfind(|m| {
                    m.start >= cs
                        && m.end <= at
                        && matches!(doc.class(m.entity), Class::Project | Class::Enterprise)
                        && !doc.nested(s, m)
                })
                .map(|m| m.entity)
        })
        .or_else(|| project_at(doc, s, at))
        .or_else(|| {
            // (目前该公司建成投产在望,…年产…: the company spoken of.)
            let before: String = doc.sents[s].chars[..at].iter().collect();
            company_anaphor(&before)
                .then(|| doc.spoken_of(Class::Enterprise, s, at, 3))
                .flatten()
        })
        .or_else(|| {
            // 瑞科精密为埃夫特配套…，年产…: the one served (after 为)
            // is not the maker.
            let sent = &doc.sents[s];
            sent.of(doc, Class::Enterprise)
                .filter(|m| m.end <= at && !doc.nested(s, m))
                .filter(|m| !sent.served(m.start))
                .last()
                .map(|m| m.entity)
        })
        .or_else(|| doc.last_before(Class::Enterprise, s, at, 0))
}

/// The amount a capacity match states, in base units; `None` for money,
/// areas and shares (年产…、实现产值200亿元 ends a list of capacities).
fn capacity_value(c: &regex::Captures) -> Option<(Unit, Decimal)> {
    let (num, u) = (c.name("num")?, c.name("unit")?);
    parse_number(num.as_str(), "")
        .and_then(|v| to_base(v, u.as_str()))
        .filter(|(unit, _)| !matches!(unit, Unit::Yuan | Unit::SquareMetre | Unit::Percent))
}

/// Adds the capacity a match states, unless the subject has one already
/// (`more`: the next item of a list whose first was added); true when added.
fn capacity(
    doc: &mut Doc,
    subject: usize,
    s: usize,
    c: &regex::Captures,
    rule: &'static str,
    more: bool,
) -> bool {
    let Some((unit, v)) = capacity_value(c) else {
        return false;
    };
    if !more && doc.has(subject, ck::ANNUAL_CAPACITY) {
        return false;
    }
    // Batteries and storage are rated in GWh or MWh as written (5GWh stays
    // 5 GWh; QUDT has both units), not in millions of kWh.
    let (value, unit) = match c.name("unit").map(|u| u.as_str()) {
        Some("GWh" | "GWH" | "吉瓦时") => (c.name("num").map(|n| n.as_str()), unit::GIGA_W_HR),
        Some("MWh" | "MWH" | "兆瓦时") => (c.name("num").map(|n| n.as_str()), unit::MEGA_W_HR),
        _ => (None, unit_iri(unit)),
    };
    let value = value
        .and_then(|n| parse_number(n, ""))
        .map_or_else(|| v.to_string(), |n| n.to_string());
    doc.add_fact(Fact {
        subject,
        property: ck::ANNUAL_CAPACITY,
        value: Value::Capacity { value, unit },
        sentence: s,
        rule,
        evidence: c
            .name("amount")
            .or(c.get(0))
            .map(|m| m.as_str().to_string()),
    });
    true
}

/// 年产各类风电轴承1.2万套: what a capacity match says is made, a product
/// of the subject.
fn made(doc: &mut Doc, subject: usize, s: usize, text: &str, c: &regex::Captures) {
    let Some(w) = c.name("what").filter(|w| !w.as_str().is_empty()) else {
        return;
    };
    let name: Vec<char> = w
        .as_str()
        .trim_start_matches(['各', '类', '种'])
        .chars()
        .collect();
    // (年可产功能薄膜有关产品35万吨: the products of the kind named.)
    let range = super::project_name::range_suffix_len(&name);
    let name: String = name[..name.len() - range].iter().collect();
    let n = name.chars().count();
    let end = char_pos(text, w.end()) - range;
    // (产能年产|30万辆, 年产能不低于|250台: an opener or a bound before the
    // amount, nothing made.)
    let bad = [
        "能力",
        "值",
        "污水",
        "产值",
        "能",
        "量",
        "年产",
        "不低于",
        "不少于",
        "超过",
        "达到",
    ]
    .iter()
    .any(|b| name.starts_with(b) || name == *b);
    if n >= 2 && !bad {
        if let Some(x) = doc.mention(s, end - n, end, Class::Product, "product.name.capacity") {
            doc.relate(subject, ck::PRODUCES, x, s, "chain.produces.capacity");
        }
    }
}

#[cfg(test)]
mod subject_tests {
    use crate::extract::testing::{fired, has, labels, read, relations};

    /// A yearly output planned after full production (达产后年产量预计达
    /// 20万辆) is the project's capacity; a bound foreseen is not.
    #[test]
    fn a_planned_yearly_output_is_a_capacity() {
        let r = read("岚汽全新车型技改项目总投资约50亿元,达产后年产量预计达20万辆。汶川电池项目产能将突破300万吨。");
        assert!(
            fired(&r, "岚汽全新车型技改项目", "project.capacity", "200000"),
            "{r:?}"
        );
        assert!(
            !fired(&r, "汶川电池项目", "project.capacity", "3000000"),
            "{r:?}"
        );
    }

    /// Two capacities joined by 和年产 make one project's name, each its
    /// capacity; a year's title (2024年度省级…园区) names no zone.
    #[test]
    fn capacities_joined_with_their_word_name_one_project() {
        let r = read(
            "总投资32.8亿元的锦宁岚洲化工有限责任公司年产30万吨烧碱和年产32万吨聚氯乙烯项目已列入重大项目。\
             岚川高新区正式获批为2024年度省级特色专业园区。",
        );
        let p = "锦宁岚洲化工有限责任公司年产30万吨烧碱和年产32万吨聚氯乙烯项目";
        assert!(fired(&r, p, "project.capacity", "320000"), "{r:?}");
        assert!(has(&r, p, "produces", "聚氯乙烯"), "{r:?}");
        assert_eq!(labels(&r, crate::model::Class::Zone), ["岚川高新区"]);
    }

    /// A capacity after 该公司 is the company's that opened a sentence
    /// before, not the project the text named last; a phase names nothing
    /// made, 其 after 及 opens no product, and a time after the work is none.
    #[test]
    fn the_company_spoken_of_has_the_capacity() {
        let r = read(
            "锦川石化二期项目前期加快推进。\
             岚塑新材料科技有限公司是石化产业链的新材料企业,原料来自汶石化,经过生产加工后,产品又是其他企业的原材料。\
             目前该公司建成投产在望,项目用地13万平方米,达产后年产聚苯乙烯100万吨以上。\
             汶发产业园主要生产新型电子元器件及其配套零部件。",
        );
        assert!(
            fired(&r, "岚塑新材料科技有限公司", "project.capacity", "1000000"),
            "{r:?}"
        );
        assert!(!has(&r, "锦川石化二期项目", "produces", "二期"), "{r:?}");
        let made = labels(&r, crate::model::Class::Product);
        assert!(
            !made
                .iter()
                .any(|p| p.starts_with('其') || p.ends_with('后')),
            "{made:?}"
        );
    }

    /// A standing jieba glues to 项目 (重点项目/n) ends the name before it;
    /// 暨 glued to a brand (暨岚松/nr) opens the project's name.
    #[test]
    fn a_glued_standing_or_ji_opens_the_name() {
        let r = read("锦川市重点项目汶夏晶钰年产800吨金刚线项目在锦川高新区开工。");
        let p = "汶夏晶钰年产800吨金刚线项目";
        assert!(has(&r, "锦川高新区", "hostsProject", p), "{r:?}");
        let r = read("锦川高新区举行重大项目集中开竣工暨岚松科技光伏设备二期项目开工仪式。");
        let found = labels(&r, crate::model::Class::Project);
        assert_eq!(found, ["岚松科技光伏设备二期项目"]);
    }

    /// A plus joins two ways of one project (…一体化+多能互补…项目).
    #[test]
    fn a_plus_inside_a_project_name() {
        let r = read("其中,锦岚电力源网荷储一体化+多能互补产业配套项目总投资约25亿元。");
        let p = "锦岚电力源网荷储一体化+多能互补产业配套项目";
        assert!(fired(&r, p, "project.investment", "2500000000"), "{r:?}");
    }

    /// An event joined by 暨 (…招商大会暨P投产活动) is no part of P's name,
    /// also when jieba glues P's brand to 暨 (暨岚松/nr).
    #[test]
    fn an_event_before_ji_is_no_part_of_the_project() {
        let r = read("汶溪镇招商大会暨岚松科技电池项目投产活动举办。");
        assert_eq!(
            labels(&r, crate::model::Class::Project),
            ["岚松科技电池项目"]
        );
        let r = read("12月28日,2024汀溪镇新兴产业招商大会暨禾岭科技总部项目投产活动举办。");
        assert_eq!(
            labels(&r, crate::model::Class::Project),
            ["禾岭科技总部项目"]
        );
    }

    /// A bare 项目 after 暨 (座谈会暨项目集中签约仪式) names no project.
    #[test]
    fn a_bare_project_after_ji_is_none() {
        let r = read("4月25日,锦岚新区举行重点企业座谈会暨项目集中签约仪式。");
        assert!(labels(&r, crate::model::Class::Project).is_empty(), "{r:?}");
    }

    /// A company named by a metal's trade (岚峰钨业, 金鹭钼业) owns the
    /// project its name opens.
    #[test]
    fn a_metal_trade_names_the_owner() {
        let r = read("现已落户岚峰钨业硬质合金项目、金鹭钼业钼板项目。");
        assert!(
            has(&r, "岚峰钨业硬质合金项目", "ownedBy", "岚峰钨业"),
            "{r:?}"
        );
        assert!(has(&r, "金鹭钼业钼板项目", "ownedBy", "金鹭钼业"), "{r:?}");
    }

    /// A project the zone brought in (P是Z引进的…项目) is the zone's.
    #[test]
    fn a_project_a_zone_brought_in() {
        let r =
            read("新闻。岚溪市举行项目开工仪式。汶峰能源三期项目是岭港经济开发区引进的重大项目。");
        assert!(
            fired(
                &r,
                "岭港经济开发区",
                "zone.hosts-project.sentence",
                "汶峰能源三期项目"
            ),
            "{r:?}"
        );
    }

    /// A project ranked among a zone's (第二个百亿项目) is no batch: the
    /// money after it is the project's own.
    #[test]
    fn a_ranked_project_is_no_batch() {
        let r = read(
            "岚溪能源三期项目是汶峰经济开发区引进的第二个百亿项目,总投资约102亿元。\
             项目达产后,亩均投资1700万元。",
        );
        assert!(
            fired(&r, "岚溪能源三期项目", "project.investment", "10200000000"),
            "{r:?}"
        );
        assert!(!fired(
            &r,
            "岚溪能源三期项目",
            "project.investment",
            "17000000"
        ));
    }

    /// A park's area belongs to the last zone the sentence makes a subject
    /// before it (…，其中核心建设的Z2位于…，规划面积…), not to the first.
    #[test]
    fn the_area_of_the_last_zone_spoken_of() {
        let r = read(
            "岚溪港经济开发区是省级经济开发区,其中核心建设的岚溪临港工业园位于汶峰镇,规划面积10平方公里。",
        );
        assert!(
            fired(&r, "岚溪临港工业园", "project.land-area", "10000000"),
            "{r:?}"
        );
    }

    /// A list of companies (A、B等企业) is no one builder of the projects
    /// the sentence goes on to build.
    #[test]
    fn a_list_of_companies_builds_nothing_as_one() {
        let r = read(
            "汶溪县已引进建设岚凤、京禾、柏峰等玉米加工企业13户,开发建设玉米淀粉、胚芽油等项目26个。",
        );
        let owned = relations(&r)
            .into_iter()
            .filter(|(_, p, _)| p == "ownedBy")
            .collect::<Vec<_>>();
        assert!(owned.is_empty(), "{owned:?}");
    }

    /// 该项目总投资…，规划建设P: the money is the project's spoken of, not
    /// that of P, what it builds.
    #[test]
    fn the_money_of_the_project_spoken_of() {
        let r = read(
            "岚溪新能源有限公司光伏电池项目开工仪式在汶峰经济开发区举行。\
             据悉,该项目总投资105亿元,规划建设高效光伏电池生产一体化项目。",
        );
        assert!(
            fired(
                &r,
                "岚溪新能源有限公司光伏电池项目",
                "project.investment",
                "10500000000"
            ),
            "{r:?}"
        );
    }

    /// A site cue before the project (在动员会结束后) does not hide the one
    /// after it (P开工仪式在Z举行).
    #[test]
    fn the_site_cue_after_the_project() {
        let r = read(
            "7月1日上午,在全市重大项目开工动员会结束后,岚溪新能源有限公司光伏电池项目开工仪式在汶峰经济开发区举行。",
        );
        assert!(
            fired(
                &r,
                "汶峰经济开发区",
                "zone.hosts-project.sentence",
                "岚溪新能源有限公司光伏电池项目"
            ),
            "{r:?}"
        );
    }

    /// 数科 (digital technology) is a business word: the company owns its
    /// headquarters project, and names nothing made.
    #[test]
    fn shuke_is_a_business_word() {
        let r = read("园区概况。数字经济方面,岚地数科总部项目签约。");
        assert!(has(&r, "岚地数科总部项目", "ownedBy", "岚地数科"), "{r:?}");
        assert!(labels(&r, crate::extract::Class::Product).is_empty());
    }

    /// Where a ceremony is held (开工仪式所在地P项目) is no part of the
    /// project's name.
    #[test]
    fn a_ceremony_site_opens_no_project_name() {
        let r = read("此次开工仪式所在地岚至溪峰印务彩印包装厂项目,总投资1.2亿元。");
        assert_eq!(
            labels(&r, crate::extract::Class::Project),
            ["岚至溪峰印务彩印包装厂项目"]
        );
    }

    /// A brand, the place of its plant and 基地 name the company's site, a
    /// project it owns wherever it is named; a base a place opens is none.
    #[test]
    fn a_brands_site_is_its_project() {
        let r = read("岚阳光乌兰察布基地的生产车间里,工人正在忙碌。乌兰察布新能源基地加快建设。");
        let projects = labels(&r, crate::model::Class::Project);
        assert_eq!(projects, ["岚阳光乌兰察布基地"]);
        assert!(labels(&r, crate::model::Class::Zone).is_empty(), "{r:?}");
        assert!(has(&r, "岚阳光乌兰察布基地", "ownedBy", "岚阳光"), "{r:?}");
    }

    /// A company's plant named with the company (岭晨汽车有限公司|汶溪工厂) is
    /// a project wherever it is named, as its site is; a kind of plant
    /// (智慧工厂, 黑灯工厂) names none.
    #[test]
    fn a_companys_named_plant_is_a_project() {
        let r = read(
            "在岚溪园,围绕岭晨汽车有限公司汶溪工厂,40家配套商落户园区。\
             岭晨汽车有限公司智慧工厂运行良好,岭晨汽车有限公司黑灯工厂也在运行。",
        );
        let projects = labels(&r, crate::model::Class::Project);
        assert_eq!(projects, vec!["岭晨汽车有限公司汶溪工厂"], "{projects:?}");
        assert!(has(
            &r,
            "岭晨汽车有限公司汶溪工厂",
            "ownedBy",
            "岭晨汽车有限公司"
        ));
    }

    /// Public works and plants named and built in the sentence are projects
    /// (开工建设A至B天然气管道、C变电站; D工厂正式投产; E总部落户; 打造F
    /// 创新总部, the whole name after the verb): a company
    /// opening the name owns it, a route's start is no company, and a work
    /// names nothing made; a work named by common words alone is none.
    #[test]
    fn works_built_are_projects() {
        let r = read(
            "开工建设岚山至汶川天然气管道、220千伏岚云变电站。\
             投资200亿元的岭晨汽车有限公司岚达工厂正式投产。\
             岚汽新能总部落户岚溪区。\
             岚峰药业集团拟在岚溪滨江打造岚峰创新总部。\
             公司总部设在北京,并同步推进数字化车间及绿色工厂建设,建设汶川企业总部大楼。",
        );
        let projects = labels(&r, crate::model::Class::Project);
        for p in [
            "岚山至汶川天然气管道",
            "220千伏岚云变电站",
            "岭晨汽车有限公司岚达工厂",
            "岚汽新能总部",
            "岚峰创新总部",
        ] {
            assert!(projects.contains(&p.to_string()), "{p}: {projects:?}");
        }
        assert_eq!(projects.len(), 5, "{projects:?}");
        assert!(has(&r, "岚峰创新总部", "ownedBy", "岚峰药业集团"), "{r:?}");
        assert!(has(
            &r,
            "岭晨汽车有限公司岚达工厂",
            "ownedBy",
            "岭晨汽车有限公司"
        ));
        let companies = labels(&r, crate::model::Class::Enterprise);
        assert!(!companies.contains(&"岚山至".to_string()), "{companies:?}");
        assert!(labels(&r, crate::model::Class::Product).is_empty(), "{r:?}");
    }

    /// A company joined to a count of projects (岚辉光电和22个配套项目)
    /// names no project.
    #[test]
    fn a_count_joined_to_a_company_names_no_project() {
        let r = read("目前,园区已集聚岚辉光电和22个上下游配套项目。");
        let projects = labels(&r, crate::model::Class::Project);
        assert!(projects.is_empty(), "{projects:?}");
    }

    /// A rank and a plain kind of work (重大工业|项目, 省级重点建设|项目, a
    /// city's 大|项目) name a class of projects, none of them.
    #[test]
    fn a_rank_and_a_kind_of_work_name_no_project() {
        let r = read(
            "岚峰经开区重大工业项目加快建设。汶溪新城省级重点建设项目开工。临沂市大项目建设现场热火朝天。",
        );
        let projects = labels(&r, crate::model::Class::Project);
        assert!(projects.is_empty(), "{projects:?}");
    }

    /// The total of a batch of projects (总投资440亿元的78个重点项目) is no
    /// project's investment.
    #[test]
    fn a_batchs_total_is_no_projects_investment() {
        let r = read(
            "开工活动在汶川经济技术开发区青禾药业集团医药产业园项目现场举行。\
             全区总投资440亿元的78个重点项目集中开工。",
        );
        let facts = crate::extract::testing::facts(&r);
        assert!(
            !facts.iter().any(|f| f.1 == "project.investment"),
            "{facts:?}"
        );
    }

    /// The main works of a named project (…生产基地|主体工程竣工) are no
    /// part of its name.
    #[test]
    fn main_works_are_no_part_of_the_name() {
        let r = read(
            "总投资1.3亿元、占地面积16000平方米的汶溪酿业集团醋业有限公司生产基地主体工程竣工。",
        );
        let projects = labels(&r, crate::model::Class::Project);
        assert_eq!(
            projects,
            vec!["汶溪酿业集团醋业有限公司生产基地"],
            "{projects:?}"
        );
    }

    /// A plant or headquarters opening (…工厂开业, jieba's 开业/n) or a
    /// headquarters building completed (…总部大楼落成启用) is a project.
    #[test]
    fn headquarters_and_plants_opened_are_projects() {
        let r = read(
            "不久前,岚盾医疗中国区总部暨岚盾人工心脏系统工厂开业,致力推动研发;\
             汶欧博全球总部大楼落成启用,总投资5.8亿元。",
        );
        let projects = labels(&r, crate::model::Class::Project);
        assert!(
            projects.contains(&"汶欧博全球总部大楼".to_string()),
            "{projects:?}"
        );
        assert!(
            projects.iter().any(|p| p.ends_with("岚盾人工心脏系统工厂")),
            "{projects:?}"
        );
    }

    /// A count of facilities opening a stem (新建两条年产…生产线) counts them,
    /// names no project, and names no owner.
    #[test]
    fn a_count_of_facilities_is_no_owner() {
        let r = read("岚川电化技改项目，总投资1.2亿元，新建两条年产3000吨高氯酸钾生产线。");
        let companies = labels(&r, crate::model::Class::Enterprise);
        assert!(!companies.contains(&"两条".to_string()), "{companies:?}");
    }

    /// A company's standing to its parent (X的全资子公司E…项目) opens no
    /// project's name: E owns the project, not X.
    #[test]
    fn a_subsidiary_word_opens_no_project_name() {
        let r = read("成功将岚川集团的全资子公司汶峰重工有限公司生产基地项目吸引到宁川落户。");
        let p = "汶峰重工有限公司生产基地项目";
        assert_eq!(labels(&r, crate::model::Class::Project), [p]);
        assert!(has(&r, p, "ownedBy", "汶峰重工有限公司"), "{r:?}");
        assert!(!has(&r, p, "ownedBy", "岚川集团"));
    }

    /// 由A的全资子公司B投资: the subsidiary builds and owns the project,
    /// though a name read from the project's first words owned it already;
    /// the site of a later clause (…，选址Z) hosts the project spoken of.
    #[test]
    fn a_subsidiary_builds_and_a_later_clause_sites_the_project() {
        let r = read(
            "汶磷化工年产5万吨精制磷酸项目，总投资20亿元。\
             由岚川化工股份有限公司的全资子公司汶磷化工有限公司投资，选址青禾化工园，占地300亩。",
        );
        let p = "汶磷化工年产5万吨精制磷酸项目";
        assert!(
            fired(&r, p, "project.owned.built-by", "汶磷化工有限公司"),
            "{r:?}"
        );
        assert!(!has(&r, p, "ownedBy", "岚川化工股份有限公司"));
        assert!(
            fired(&r, "青禾化工园", "zone.hosts-project.spoken-of", p),
            "{r:?}"
        );
        // (A sentence naming its own project keeps to it.)
        let r = read("汶磷化工年产5万吨精制磷酸项目总投资20亿元。岚峰物流中心项目由岚川集团投资，选址青禾化工园。");
        assert!(!has(&r, "青禾化工园", "hostsProject", p), "{r:?}");
    }

    /// A class of projects counted after its word (生态环保项目7个, 外商投资
    /// 项目34个) names no project; nor does an effort's adverb and verb
    /// (Z持续加大项目推进力度).
    #[test]
    fn classes_counted_and_efforts_name_no_project() {
        let r = read(
            "岚川集中开工项目60个，包括产业发展项目45个、生态环保项目7个、社会民生项目八项。\
             青禾新区持续加大项目推进力度。",
        );
        assert!(labels(&r, crate::model::Class::Project).is_empty(), "{r:?}");
    }

    /// 精制磷酸: a way of making (精制, 特制) opens what is made, unlike a
    /// source (煤制甲醇).
    #[test]
    fn a_way_of_making_stays_in_the_product() {
        let r = read("岚川化工年产8万吨精制磷酸项目和汶峰能源年产60万吨煤制甲醇项目开工。");
        assert!(
            has(&r, "岚川化工年产8万吨精制磷酸项目", "produces", "精制磷酸"),
            "{r:?}"
        );
        assert!(
            has(&r, "汶峰能源年产60万吨煤制甲醇项目", "produces", "甲醇"),
            "{r:?}"
        );
    }

    /// A date opening a stem before a company (自2019年|岚川集团汶峰公司…
    /// 项目落地以来) is the clause's time, not part of the name.
    #[test]
    fn a_date_before_a_company_opens_no_project_name() {
        let r = read("自2019年岚川集团汶峰公司50万吨电解铝项目落地以来，宁川县加快发展铝产业。");
        let p = "岚川集团汶峰公司50万吨电解铝项目";
        assert_eq!(labels(&r, crate::model::Class::Project), [p]);
        assert!(has(&r, p, "produces", "电解铝"), "{r:?}");
    }

    /// A capacity list goes on after a comma with the next thing made and
    /// its amount (年产镁砖6万吨，不定型耐火材料15万吨); a clause after the
    /// comma (其中出口2万台) is no item.
    #[test]
    fn a_capacity_list_goes_on_after_a_comma() {
        let r = read("岚峰耐材深加工项目一期建设年产镁砖6万吨，不定型耐火材料15万吨。");
        let p = "岚峰耐材深加工项目";
        assert!(has(&r, p, "produces", "镁砖"), "{r:?}");
        assert!(has(&r, p, "produces", "不定型耐火材料"), "{r:?}");
        let r = read("汶溪电机项目建成后年产电机6万台，其中出口2万台。");
        assert!(!labels(&r, crate::model::Class::Product)
            .iter()
            .any(|l| l.contains("出口")));
    }

    /// What a capacity makes is the kind named before 有关产品 (功能薄膜有关
    /// 产品35万吨: 功能薄膜).
    #[test]
    fn related_products_of_a_capacity_are_their_kind() {
        let r = read("岚溪新材料项目全面达产后,年可产功能薄膜有关产品35万吨。");
        assert!(has(&r, "岚溪新材料项目", "produces", "功能薄膜"), "{r:?}");
    }

    /// The amount per year opening a list of capacities (形成年产120万吨生活
    /// 纸、15万吨特种纸…的产能) leaves the first item its name.
    #[test]
    fn a_yearly_amount_opens_a_capacity_list() {
        let r = read("全部建成后，将形成年产120万吨生活纸、15万吨特种纸和60万吨浆的产能。");
        let products = labels(&r, crate::model::Class::Product);
        for p in ["生活纸", "特种纸"] {
            assert!(products.contains(&p.to_string()), "{products:?}");
        }
    }

    /// A batch spoken of again (该批项目) after a list: its totals are no
    /// project's, its opening date (a quarter: the year) is each listed
    /// project's.
    #[test]
    fn a_batch_spoken_of_again_shares_its_date() {
        let r = read(
            "今年7月,岚溪经开区岚峰装备产业园三期、溪岭数字产业园一期东区、岚峰装备产业园一期B区等\
             多个重点建设项目集中开工。\
             该批项目总建筑面积约18万㎡,总投资约4.2亿元,计划2026年三季度建成投产。",
        );
        for p in [
            "岚峰装备产业园三期",
            "溪岭数字产业园一期东区",
            "岚峰装备产业园一期B区",
        ] {
            assert!(fired(&r, p, "project.operation-date", "2026"), "{p}");
            assert!(!fired(&r, p, "project.investment", "420000000"), "{p}");
        }
    }

    /// A rank or a count before 项目 names none (岚州市首个钠电正极项目,
    /// 多个储能项目, 岚江省标志性外资项目), nor does a fair of projects
    /// (…项目洽谈会); a phase and the plan's verb before a capacity open no
    /// name (一期规划建设30万吨/年X项目 is 30万吨/年X项目).
    #[test]
    fn ranks_counts_fairs_and_phases_before_a_project() {
        let r = read(
            "项目建成后将成为岚州市首个钠电正极项目。岚溪高新区已引进多个储能项目。\
             列为岚江省标志性外资项目之一。溪岭新产业新动能项目洽谈会在此举行。",
        );
        let projects = labels(&r, crate::extract::Class::Project);
        assert!(projects.is_empty(), "{projects:?}");
        let r = read("一期规划建设30万吨/年差别化涤纶纤维项目,以PTA为原料。一期30万吨/年差别化涤纶纤维项目投资21亿元。");
        let projects = labels(&r, crate::extract::Class::Project);
        assert_eq!(projects, ["30万吨/年差别化涤纶纤维项目"]);
    }

    /// A long noun phrase before 项目 describes one project (大型综合物资
    /// 储备基地项目), which makes no product of what it stores; the works
    /// of an industry (传统支柱产业升级项目) are none.
    #[test]
    fn a_described_project_is_one_project() {
        let r = read("其中,签约的大型综合物资储备基地项目投资60亿元。");
        let projects = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        assert_eq!(projects, ["大型综合物资储备基地项目"]);
        assert!(crate::extract::testing::labels(&r, crate::extract::Class::Product).is_empty());
        let r = read("岚溪园区推进传统支柱产业升级项目建设。");
        let projects = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        assert!(projects.is_empty(), "{projects:?}");
    }

    /// A material's name opening with a word jieba reads as a verb (含,
    /// 超高) keeps it: 含硅废渣利用项目 is the whole name.
    #[test]
    fn a_material_prefix_opens_the_project_name() {
        let r =
            read("岭溪储备库即将建成投产,含硅废渣利用项目全面投产。还有超高分子量聚乙烯板材项目。");
        let projects = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        assert!(
            projects.contains(&"含硅废渣利用项目".to_string()),
            "{projects:?}"
        );
        assert!(
            projects.contains(&"超高分子量聚乙烯板材项目".to_string()),
            "{projects:?}"
        );
    }

    /// A builder's bare name whose brand jieba split char by char (上海|恺/g|
    /// 红/a|电子) still names the company, before its business word.
    #[test]
    fn a_split_brand_before_a_business_word_builds_the_project() {
        let r = read("塑料支架项目由上海恺红电子投资建设。");
        assert!(has(&r, "塑料支架项目", "ownedBy", "上海恺红电子"));
    }

    /// 公司 opening the clause that builds a project (E是…企业,公司投资2亿元
    /// 建设的P) is the company named last: it owns P.
    #[test]
    fn the_company_spoken_of_owns_what_it_builds() {
        let r = read(
            "岚溪青禾电池公司是我市引进的第二家电池制造类企业,公司投资2亿元建设的日产25万支钠离子电池项目是省列重点项目。",
        );
        assert!(has(
            &r,
            "日产25万支钠离子电池项目",
            "ownedBy",
            "岚溪青禾电池公司"
        ));
    }

    /// A noun phrase ending in a generic head of things made (装置, 制品,
    /// 电机) names one project and what it makes, with a verb (连接), a
    /// material's name (工程塑料) or a quality (永磁) inside; a sector's
    /// name (化工新材料) does not.
    #[test]
    fn a_project_named_after_what_it_makes() {
        use crate::extract::testing::{fired, labels};
        let r = read(
            "岚溪园区签约船舶密封连接装置项目、特种工程塑料制品项目、永磁电机项目和化工新材料项目。",
        );
        let projects = labels(&r, crate::extract::Class::Project);
        for p in [
            "船舶密封连接装置项目",
            "特种工程塑料制品项目",
            "永磁电机项目",
        ] {
            assert!(projects.contains(&p.to_string()), "{projects:?}");
        }
        assert!(fired(
            &r,
            "船舶密封连接装置项目",
            "chain.produces.project-name",
            "船舶密封连接装置"
        ));
        assert!(fired(
            &r,
            "特种工程塑料制品项目",
            "chain.produces.project-name",
            "特种工程塑料制品"
        ));
        assert!(fired(
            &r,
            "永磁电机项目",
            "chain.produces.project-name",
            "永磁电机"
        ));
        assert!(!labels(&r, crate::extract::Class::Enterprise).contains(&"永磁".to_string()));
        assert!(!labels(&r, crate::extract::Class::Product).contains(&"化工新材料".to_string()));
        // A brand before 工程塑料: 工程 is the material's, not the company's.
        let r = read("岚溪园区签约鑫崖工程塑料制品项目。");
        assert!(fired(
            &r,
            "鑫崖工程塑料制品项目",
            "chain.produces.project-name",
            "工程塑料制品"
        ));
        assert!(labels(&r, crate::extract::Class::Enterprise).is_empty());
    }

    /// A project named after a company whose name holds a place in
    /// brackets (岚溪恒达(宁远)新能源有限公司年产…项目) opens with the whole
    /// company name, and is owned by it.
    #[test]
    fn a_project_opens_with_a_bracketed_company_name() {
        let r = read(
            "岚溪恒达(宁远)新能源有限公司年产2000万kVAh新型铅炭储能电池生产基地项目正式开工。",
        );
        let p = "岚溪恒达(宁远)新能源有限公司年产2000万kVAh新型铅炭储能电池生产基地项目";
        assert!(has(&r, p, "ownedBy", "岚溪恒达(宁远)新能源有限公司"));
        assert!(has(&r, p, "produces", "新型铅炭储能电池"));
    }

    /// The company a sentence is about builds the project named after its
    /// building verb; the one that brought it (由X引进) does not.
    #[test]
    fn the_sentence_subject_builds_the_project() {
        let r = read(
            "中化集团计划在东港岛新建150万吨乙烯项目。\
             江南泰和实业有限公司是由链主企业北方铝业集团引进，总投资8亿元，建设年产5万吨铝箔项目。",
        );
        assert!(has(&r, "150万吨乙烯项目", "ownedBy", "中化集团"));
        assert!(has(
            &r,
            "年产5万吨铝箔项目",
            "ownedBy",
            "江南泰和实业有限公司"
        ));
        assert!(!has(&r, "年产5万吨铝箔项目", "ownedBy", "北方铝业集团"));
    }
}

#[cfg(test)]
mod rule_tests {
    use crate::extract::testing::{fired, has, labels, read, relations};

    /// A company having an amount per year of a plant has that capacity;
    /// an amount worked (原油加工能力) makes nothing, and the words before
    /// it and a plant name no company.
    #[test]
    fn a_capacity_had_per_year() {
        let r = read(
            "岚川石化有限公司拥有800吨/年原油加工能力和国内首套国产化40万吨/年芳烃装置,\
             主要生产成品油、聚酯原料等产品。",
        );
        assert!(fired(&r, "岚川石化有限公司", "project.capacity", "800"));
        assert!(!has(&r, "岚川石化有限公司", "produces", "原油加工"));
        assert!(has(&r, "岚川石化有限公司", "produces", "成品油"));
        assert_eq!(
            labels(&r, crate::model::Class::Enterprise),
            ["岚川石化有限公司"]
        );
    }

    /// An opener or a bound before the amount made (产能年产|30万辆, 年产能
    /// 不低于|250台) is no product.
    #[test]
    fn an_opener_or_bound_before_the_amount_is_no_product() {
        let r = read(
            "岚溪汽车整车制造基地建设项目总投资20亿元,规划产能年产30万辆。\
             汶峰航空发动机维修基地项目将打造年产能不低于250台飞机发动机的维修基地。",
        );
        let made = labels(&r, crate::model::Class::Product);
        assert!(
            made.iter()
                .all(|p| !p.starts_with("年产") && !p.starts_with("不低于")),
            "{made:?}"
        );
    }

    /// A paragraph opened by a project, after the zone counted the
    /// projects it starts (Z共有29个项目开工), is that zone's; a paragraph
    /// opened otherwise is not.
    #[test]
    fn a_paragraph_opened_by_a_project_after_the_zones_count() {
        let r = read(
            "1月31日，全市重大项目集中开工活动在汶溪高新区举行。汶溪高新区共有29个项目开工，计划总投资328亿元。\n\n\
             岚峰正极材料产业园项目(年产8万吨前驱体材料)，总投资35亿元。\n\n\
             岚溪新材料锂电池结构件项目，总投资10亿元。\n\n\
             此外，汶峰物流园项目正在洽谈。",
        );
        for p in ["岚峰正极材料产业园项目", "岚溪新材料锂电池结构件项目"] {
            assert!(
                fired(&r, "汶溪高新区", "zone.hosts-project.counted", p),
                "{r:?}"
            );
        }
        assert!(!fired(
            &r,
            "汶溪高新区",
            "zone.hosts-project.counted",
            "汶峰物流园项目"
        ));
    }

    /// A capacity formed with its amounts per year before what is made
    /// (形成3.9万吨/年各类A和5万吨/年B生产能力): each amount is the
    /// project's, each thing after it made there, without 各类.
    #[test]
    fn a_formed_capacity_per_year() {
        let r = read(
            "汶岚树脂项目计划总投资10亿元,建成后形成3.9万吨/年各类离子交换树脂和\
             5万吨/年废料回收硫酸生产能力。",
        );
        assert!(has(&r, "汶岚树脂项目", "produces", "离子交换树脂"), "{r:?}");
        assert!(has(&r, "汶岚树脂项目", "produces", "废料回收硫酸"), "{r:?}");
        let caps: Vec<_> = crate::extract::testing::facts(&r)
            .into_iter()
            .filter(|f| f.1 == "project.capacity")
            .map(|f| f.2)
            .collect();
        assert_eq!(caps.len(), 2, "{caps:?}");
    }
    use crate::extract::Class;

    /// A park's own figures, said with the park as the clause's subject,
    /// belong to the zone; a value that modifies what follows (…的30个项目)
    /// does not.
    #[test]
    fn a_park_s_own_figures_belong_to_the_zone() {
        let r = read(
            "岚溪县宁峰新材料产业园内,岭川重工年产5万吨岚钢项目已投产。\
             据了解,宁峰新材料产业园规划面积约2200亩,项目总投资20亿元,建设标准厂房20万平方米。\
             目前,岭川经济技术开发区内总投资32亿元的30个新能源项目正在建设。",
        );
        let z = "宁峰新材料产业园";
        assert!(fired(&r, z, "project.investment", "2000000000"));
        assert!(fired(&r, z, "project.floor-area", "200000"));
        assert!(!fired(
            &r,
            "年产5万吨岚钢项目",
            "project.investment",
            "2000000000"
        ));
        assert!(!fired(
            &r,
            "岭川经济技术开发区",
            "project.investment",
            "3200000000"
        ));
    }

    /// `P项目由X投资建设`: a short company name after 由 with no legal
    /// ending owns the project; an anaphor (公司) or a clause there does not.
    #[test]
    fn a_bare_builder_after_the_project_owns_it() {
        let r = read(
            "11亿元的岚峰光学元器件项目由宁川浩纳光电投资建设。\
             岭溪光机模组项目由公司投资建设。",
        );
        assert!(fired(
            &r,
            "岚峰光学元器件项目",
            "project.owned.built-by",
            "宁川浩纳光电"
        ));
        let e = labels(&r, Class::Enterprise);
        assert_eq!(e, ["宁川浩纳光电"], "{e:?}");
    }

    /// An amount right before a project's name (11亿元的P, 1.5亿元建设P) is
    /// its investment, and makes the name one project's; an output value
    /// before the name is not.
    #[test]
    fn an_amount_before_a_project_s_name_is_its_cost() {
        let r = read(
            "11亿元的岚峰光学元器件项目由宁川浩纳光电投资建设。\
             1.5亿元建设岭溪光机模组项目由汶川卓英社投资建设。\
             年产值8亿元的汶溪背光模组项目已投产。",
        );
        assert!(fired(
            &r,
            "岚峰光学元器件项目",
            "project.investment.before-name",
            "1100000000"
        ));
        assert!(fired(
            &r,
            "岭溪光机模组项目",
            "project.investment.before-name",
            "150000000"
        ));
        assert!(!fired(
            &r,
            "汶溪背光模组项目",
            "project.investment.before-name",
            "800000000"
        ));
    }

    /// 均为 before an amount gives it to each project listed after it
    /// (总投资均为20亿元的A、B、C).
    #[test]
    fn each_listed_project_costs_the_amount_of_jun() {
        let r = read("总投资均为20亿元的岚塑扩建项目、汶化公司苯酚项目、岭化公司丁基橡胶项目,日前已进入设备安装调试阶段。");
        for p in ["岚塑扩建项目", "汶化公司苯酚项目", "岭化公司丁基橡胶项目"]
        {
            assert!(
                fired(&r, p, "project.investment.before-name", "2000000000"),
                "{p}: {r:?}"
            );
        }
    }

    /// A company's own project (E的光刻胶项目) is one project, though its
    /// stem is a thing no lexicon knows; the same stem alone names none.
    #[test]
    fn a_companys_own_project_is_one_project() {
        let r = read("重庆岚渝公司的光刻胶项目,拥有国际领先的研发团队。");
        assert!(fired(
            &r,
            "光刻胶项目",
            "project.owned.possessive",
            "重庆岚渝公司"
        ));
        let bare = read("光刻胶项目,拥有国际领先的研发团队。");
        assert!(labels(&bare, Class::Project).is_empty());
    }

    /// In a list of companies each building its own project (A公司投资N亿元
    /// 建设P1、B公司投资M亿元建设P2), each project is its own company's, not
    /// the first one's.
    #[test]
    fn each_listed_builder_owns_its_own_project() {
        let r = read(
            "包括岚峰能源(中国)有限公司投资20亿元建设光伏组件生产线和岭川运维中心项目、\
             溪州市汶亿进出口有限公司投资5.5亿元建设锂电池生产项目、\
             遂平县岚科光电有限公司投资6亿元建设汶峰LED封装项目等。",
        );
        assert!(fired(
            &r,
            "锂电池生产项目",
            "project.owned.subject",
            "溪州市汶亿进出口有限公司"
        ));
        assert!(fired(
            &r,
            "汶峰LED封装项目",
            "project.owned.subject",
            "遂平县岚科光电有限公司"
        ));
        assert!(!fired(
            &r,
            "锂电池生产项目",
            "project.owned.subject",
            "岚峰能源(中国)有限公司"
        ));
    }

    /// The 为 of 作为 leads nobody: the company after 作为…巨头—— is the
    /// builder, not one an earlier clause named.
    #[test]
    fn the_wei_of_zuowei_leads_nobody() {
        let r = read(
            "随着岚峰集团进驻,去年10月,作为全国另一光伏行业巨头——岭能集团也决定\
             投资建设1000兆瓦薄膜太阳能电池项目。",
        );
        let p = "1000兆瓦薄膜太阳能电池项目";
        assert!(fired(&r, p, "project.owned.subject", "岭能集团"));
        assert!(!has(&r, p, "ownedBy", "岚峰集团"));
    }

    /// `A与E签约P`: the company a project is signed with owns it; a place
    /// or zone signed with owns nothing.
    #[test]
    fn the_company_a_project_is_signed_with_owns_it() {
        let r = read(
            "推介会上,岭川市与溪岚化工有限公司签约环保建材生产线项目;\
             与汶溪新能科技发展(岭南)有限公司正式签约甲醇制烯烃项目。\
             宁乡市与长沙市签约岚峰物流项目。",
        );
        assert!(fired(
            &r,
            "环保建材生产线项目",
            "project.owned.signed",
            "溪岚化工有限公司"
        ));
        assert!(fired(
            &r,
            "甲醇制烯烃项目",
            "project.owned.signed",
            "汶溪新能科技发展(岭南)有限公司"
        ));
        assert!(!has(&r, "岚峰物流项目", "ownedBy", "长沙市"));
    }

    /// A zone's planned extent (规划范围约300平方公里) is its area.
    #[test]
    fn a_planned_extent_is_the_zones_area() {
        let r = read("岚溪经济开发区规划范围约300平方公里,已开发建设面积约20平方公里。");
        assert!(
            fired(&r, "岚溪经济开发区", "project.land-area", "300000000"),
            "{r:?}"
        );
    }

    /// An area before an investment and the 的 closing both (占地300亩总投资
    /// 5亿元的P) is the project's, not the zone the sentence opens with.
    #[test]
    fn an_area_before_the_money_of_a_named_project() {
        let r = read("岚溪工业园区一派繁忙:占地300亩总投资5亿元的汶峰新材料产业园项目正在建设。");
        let p = "汶峰新材料产业园项目";
        assert!(fired(&r, p, "project.land-area", "200000"), "{r:?}");
        assert!(!fired(&r, "岚溪工业园区", "project.land-area", "200000"));
    }

    /// The signers named with the people who sign for them (由Z主任W与E总经理
    /// W签约P): the company still owns the project, and the zone, its name
    /// opening after 由 though jieba glued the two, hosts it.
    #[test]
    fn signers_named_with_their_people() {
        let r =
            read("由岚溪经济开发区主任王岭与青禾材料有限公司总经理李汶签约年产5万吨硅微粉项目。");
        let p = "年产5万吨硅微粉项目";
        assert!(fired(&r, p, "project.owned.signed", "青禾材料有限公司"));
        assert!(has(&r, "岚溪经济开发区", "hostsProject", p));
    }

    /// Projects built 分别由E1和E2 are owned in order; an amount right
    /// before a name, with no link word, is its cost, but not a bound (以上).
    #[test]
    fn builders_respectively_and_a_bare_amount_before_a_name() {
        let r = read(
            "2亿元的岭川汽车座椅扩建项目与1.5亿元的岚溪汽车车灯扩建项目同步落地,\
             分别由重庆岭川和重庆岚溪投资建设。1.1亿元真空涂层钻头项目由岚康电子投资建设。\
             引进500万元以上增资扩产项目12个。",
        );
        assert!(fired(
            &r,
            "岭川汽车座椅扩建项目",
            "project.owned.respectively",
            "重庆岭川"
        ));
        assert!(fired(
            &r,
            "岚溪汽车车灯扩建项目",
            "project.owned.respectively",
            "重庆岚溪"
        ));
        assert!(fired(
            &r,
            "真空涂层钻头项目",
            "project.investment.before-name",
            "110000000"
        ));
        assert!(!labels(&r, Class::Project)
            .iter()
            .any(|p| p.starts_with("以上")));
    }

    /// An area right before a zone's name is the zone's land; a building's
    /// floor before it is not.
    #[test]
    fn an_area_before_a_zone_s_name_is_its_land() {
        let r = read(
            "岭溪县县长表示,面积21.3平方公里的岭溪产业集聚区是理想之地。\
             建筑面积5万平方米的岚川科技园即将投用。",
        );
        assert!(fired(
            &r,
            "岭溪产业集聚区",
            "zone.land-area.before-name",
            "21300000"
        ));
        assert!(!has(&r, "岚川科技园", "landArea", "50000"));
    }

    /// A zone's 总面积 is its land, in km² written any way (k㎡ too); a park
    /// named after its parent opening the sentence holds the figure, not
    /// the parent.
    #[test]
    fn a_zones_total_area_is_its_land() {
        let r = read(
            "岚川高新区为国家级高新区,总面积251.26平方公里,辖区常住人口19万人。\
             遂平经济区岭峰产业园以新机场为核心,规划总面积44.55k㎡。",
        );
        assert!(fired(&r, "岚川高新区", "project.land-area", "251260000"));
        assert!(fired(&r, "岭峰产业园", "project.land-area", "44550000"));
        assert!(!has(&r, "遂平经济区", "landArea", "44550000"));
    }

    /// `P项目投资额为N` gives N to P, whose name the cue 项目投资 closes,
    /// not to the project before it; `E投资的P` is E's project, E's name
    /// holding a compass word (北方) or 企业管理.
    #[test]
    fn money_after_a_project_is_that_project_s() {
        let r = read(
            "其中,浙江岚晖智能科技有限公司年产30万平方米装配式建筑装备项目投资额为10亿元;\
             河南岭港企业管理集团投资的岭港产业园二期项目投资额为6.72亿元;\
             河南中岭北方建材科技有限公司投资的年产15万平方米铝合金模板项目投资额为5亿元。",
        );
        let first = "浙江岚晖智能科技有限公司年产30万平方米装配式建筑装备项目";
        assert!(fired(&r, first, "project.investment", "1000000000"));
        assert!(fired(
            &r,
            "岭港产业园二期项目",
            "project.investment",
            "672000000"
        ));
        assert!(fired(
            &r,
            "年产15万平方米铝合金模板项目",
            "project.investment",
            "500000000"
        ));
        assert!(fired(
            &r,
            "岭港产业园二期项目",
            "project.owned.built",
            "河南岭港企业管理集团"
        ));
        assert!(fired(
            &r,
            "年产15万平方米铝合金模板项目",
            "project.owned.built",
            "河南中岭北方建材科技有限公司"
        ));
    }

    /// The values of a project, each by its own rule: investment, land and
    /// floor area, progress, opening date and the capacity of its name.
    /// A capacity the clause sets as a goal (力争…产能达到N) is no
    /// project's, however near one is named.
    #[test]
    fn a_goal_is_no_projects_capacity() {
        let r = read(
            "推动岚威二期、汶科二期等项目在上半年集中投产,加快建设光伏产业链,\
             力争年内多晶硅料产能达到37.5万吨。汶溪二期年产10万吨多晶硅项目开工。",
        );
        let caps: Vec<_> = crate::extract::testing::facts(&r)
            .into_iter()
            .filter(|f| f.1 == "project.capacity")
            .collect();
        assert_eq!(caps.len(), 1, "{caps:?}");
        assert!(fired(
            &r,
            "汶溪二期年产10万吨多晶硅项目",
            "project.capacity",
            "100000"
        ));
    }

    #[test]
    fn each_value_of_a_project_by_its_rule() {
        let r = read(
            "宁川县青禾科技有限公司投资12亿元建设年产8万吨碳纤维项目。\
             该项目占地面积200亩，总建筑面积5万平方米，已完成总工程量的60%，预计2027年6月投产。",
        );
        let p = "年产8万吨碳纤维项目";
        assert!(fired(
            &r,
            p,
            "project.owned.subject",
            "宁川县青禾科技有限公司"
        ));
        assert!(fired(&r, p, "project.investment", "1200000000"));
        assert!(fired(&r, p, "project.land-area", "133333.33"));
        assert!(fired(&r, p, "project.floor-area", "50000"));
        assert!(fired(&r, p, "project.progress", "0.6"));
        assert!(fired(&r, p, "project.operation-date", "2027-06"));
        assert!(fired(&r, p, "project.capacity", "80000"));
        // (A year alone: 预计2028年建成投产.)
        let r = read("汶溪科技年产3万吨钛白粉项目开工，预计2028年建成投产。");
        let p = "汶溪科技年产3万吨钛白粉项目";
        assert!(fired(&r, p, "project.operation-date", "2028"));
        // (A planned total is the area; a phase's after 其中 is not.)
        let r =
            read("星澜科技园项目位于青禾工业园内，总规划300亩，其中一期投资5亿元，占地约90亩。");
        let p = "星澜科技园项目";
        assert!(fired(&r, p, "project.land-area", "200000"));
        assert!(!fired(&r, p, "project.land-area", "60000"));
    }

    /// Owners by 由X与Y投资建设, by X投资建设的P, and the zone after a site
    /// cue hosting the project.
    #[test]
    fn builders_own_and_the_site_hosts_the_project() {
        let r = read("云岭光伏组件项目由星澜新材料股份有限公司与北辰能源集团共同投资建设。");
        let p = "云岭光伏组件项目";
        assert!(fired(
            &r,
            p,
            "project.owned.built-by",
            "星澜新材料股份有限公司"
        ));
        assert!(fired(&r, p, "project.owned.built-by", "北辰能源集团"));
        let r = read("星澜新材料股份有限公司投资建设的云岭光伏组件项目落户青禾经济开发区。");
        assert!(fired(
            &r,
            p,
            "project.owned.built",
            "星澜新材料股份有限公司"
        ));
        assert!(fired(
            &r,
            "青禾经济开发区",
            "zone.hosts-project.sentence",
            p
        ));
    }

    /// The company whose amount invested comes before the project's name
    /// (E总投资10亿元的P) owns it.
    #[test]
    fn the_company_investing_an_amount_owns_the_project_after_it() {
        let r = read("青禾化工有限公司总投资10亿元的宁乡新材料项目开工。");
        assert!(fired(
            &r,
            "宁乡新材料项目",
            "project.owned.built",
            "青禾化工有限公司"
        ));
    }

    /// Right after an amount made, a verb inside the name qualifies the
    /// noun that ends it (年产10万吨离子交换膜): still a product.
    #[test]
    fn a_verb_inside_what_an_amount_makes_qualifies_it() {
        let r = read("岚华储能项目建成后将形成年产10万吨离子交换膜、1万套燃料电池电堆的产能。");
        let p = "岚华储能项目";
        assert!(fired(&r, p, "chain.produces.capacity", "离子交换膜"));
        assert!(fired(&r, p, "chain.produces.capacity", "燃料电池电堆"));
    }

    /// A programme whose projects come in batches (X建设项目(第四批)集中
    /// 开工) is no project of its own.
    #[test]
    fn a_programme_in_batches_is_no_project() {
        let r = read(
            "在今天举行的岚川自由贸易港建设项目(第四批)集中开工仪式上，岚川高新区7个项目开工。\
             项目总投资约9.6亿元。",
        );
        let projects = labels(&r, Class::Project);
        assert!(projects.is_empty(), "{projects:?}");
    }

    /// A zone inside a project's name hosts it; so does the article's zone
    /// when the sentence tells an event of the zone's (开工).
    #[test]
    fn the_zone_in_the_name_or_of_the_article_hosts_the_project() {
        let r = read("青禾经济开发区星澜光伏产业园光伏组件项目开工。");
        assert!(fired(
            &r,
            "青禾经济开发区",
            "zone.hosts-project.name",
            "青禾经济开发区星澜光伏产业园光伏组件项目"
        ));
        let r = read("青禾经济开发区举行集中开工仪式。本次开工的云岭光伏组件项目总投资5亿元。");
        assert!(fired(
            &r,
            "青禾经济开发区",
            "zone.hosts-project.article",
            "云岭光伏组件项目"
        ));
    }

    /// The article's zone hosts neither a project of a sentence that names
    /// another zone first nor a part of a project spoken of before (该项目…
    /// 规划建设P, 一期P).
    #[test]
    fn another_zones_sentence_and_a_projects_part_are_not_the_articles() {
        let text = "青禾经济开发区举行集中开工仪式。\
                    岚川工业园企业集聚，云岭光伏组件项目完成设备安装。\
                    据悉，该项目总投资5亿元，规划建设光伏电池生产一体化项目，一期岚华电池片项目明年投产。";
        let r = read(text);
        for p in [
            "云岭光伏组件项目",
            "光伏电池生产一体化项目",
            "岚华电池片项目",
        ] {
            assert!(labels(&r, Class::Project).contains(&p.to_string()), "{p}");
            assert!(
                !fired(&r, "青禾经济开发区", "zone.hosts-project.article", p),
                "{p}"
            );
        }
    }

    /// Projects listed after a zone counted its projects behind a lead of
    /// time are that zone's; the article's zone hosts none of them.
    #[test]
    fn projects_after_another_zone_counted_them_are_its() {
        let text = "青禾经济开发区举行项目集中开工仪式。今年上半年,岚川经济开发区开工项目28个。\
                    星澜光伏组件项目、云岭电池片项目等一批重点项目快速推进。\
                    岳汀新材料项目也蓄力提速。";
        let r = read(text);
        for p in ["星澜光伏组件项目", "云岭电池片项目"] {
            assert!(
                fired(&r, "岚川经济开发区", "zone.hosts-project.listed", p),
                "{p}"
            );
        }
        for p in ["星澜光伏组件项目", "云岭电池片项目", "岳汀新材料项目"] {
            assert!(!has(&r, "青禾经济开发区", "hostsProject", p), "{p}");
        }
    }

    /// A park named only before 项目 is the project building it; a
    /// clause's adverb (已) makes the stem no name; projects started
    /// again (开复工) are the zone's event.
    #[test]
    fn a_park_project_an_adverb_stem_and_restarted_projects() {
        let r = read("总投资50亿元的云岭农产品贸易园区项目已签订入区协议。");
        assert!(labels(&r, Class::Project).contains(&"云岭农产品贸易园区项目".to_string()));
        let r = read("截至3月31日，青禾经开区已开复工“三早”项目78个。");
        assert!(labels(&r, Class::Project).is_empty());
        let r = read(
            "青禾经开区优化营商环境。截至3月31日，星澜新材料生产基地、北辰光伏组件生产基地等78个重点项目均如期开复工。",
        );
        assert!(fired(
            &r,
            "青禾经开区",
            "zone.hosts-project.article",
            "北辰光伏组件生产基地"
        ));
    }

    /// A copula after what is being built (正在建设的是P, 这是P) opens
    /// no project's name.
    #[test]
    fn a_copula_opens_no_project_name() {
        for text in [
            "正在建设的是5万吨云岭树脂项目生产车间。",
            "这是5万吨云岭树脂项目。",
        ] {
            let r = read(text);
            let projects = labels(&r, Class::Project);
            assert_eq!(projects, vec!["5万吨云岭树脂项目".to_string()], "{text}");
        }
    }

    /// The zone whose signing ceremony counts the projects hosts each
    /// project the next sentence lists.
    #[test]
    fn a_zone_counting_its_projects_hosts_the_listed_ones() {
        let r = read(
            "5日，在青禾经济开发区重点项目集中签约仪式上，8个项目完成签约。\
             本次签约的8个项目包括星澜机械有限公司投资的云岭轴承项目、北辰储能项目。",
        );
        for p in ["云岭轴承项目", "北辰储能项目"] {
            assert!(
                fired(&r, "青禾经济开发区", "zone.hosts-project.listed", p),
                "{p}"
            );
        }
        // (A zone named in the middle of a clause lists nothing.)
        let r = read(
            "5日，市领导考察了青禾经济开发区和8个项目。\
             本次考察的8个项目包括北辰储能项目。",
        );
        assert!(!fired(
            &r,
            "青禾经济开发区",
            "zone.hosts-project.listed",
            "北辰储能项目"
        ));
    }

    /// A facility belongs to the company just named, states the capacity
    /// its name opens with, and makes each item of a capacity list.
    #[test]
    fn a_facility_owner_capacity_and_products() {
        let r = read(
            "星澜新材料股份有限公司新建8万吨碳纤维生产线，年产碳纤维原丝3万吨、预浸料2000吨。",
        );
        let f = "8万吨碳纤维生产线";
        assert!(fired(
            &r,
            f,
            "project.owned.facility",
            "星澜新材料股份有限公司"
        ));
        assert!(fired(&r, f, "project.capacity.name", "80000"));
        assert!(fired(&r, f, "chain.produces.capacity", "碳纤维原丝"));
        assert!(fired(&r, f, "chain.produces.capacity", "预浸料"));
    }

    /// The builder a project's report names (建设单位为E) owns it, also
    /// through 该项目; a zone right after 位于 hosts it, and the part of the
    /// zone named after it (西部区域) is none of its places.
    #[test]
    fn a_named_builder_owns_and_a_zone_after_weiyu_hosts() {
        let r = read(
            "青岚冷链物流园(一期)项目建设单位为澜沧冷链控股集团有限公司。\
             该项目总投资12亿元,位于青岚临港投资区东部区域。",
        );
        let p = "青岚冷链物流园(一期)项目";
        assert!(fired(
            &r,
            p,
            "project.owned.builder",
            "澜沧冷链控股集团有限公司"
        ));
        assert!(crate::extract::testing::has(
            &r,
            "青岚临港投资区",
            "hostsProject",
            p
        ));
        assert!(!crate::extract::testing::has(&r, p, "locatedIn", "东部"));
    }

    /// A group of projects (一批…项目, 这批项目) and a dateline before a
    /// name (记者…报道) are no project's name.
    #[test]
    fn groups_of_projects_and_datelines_name_no_project() {
        let r = read(
            "本报记者李青报道青川自贸区建设项目进展顺利。\
             河西正以一批重量级项目为抓手,这批项目的落地意义重大。",
        );
        let projects = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        assert!(
            !projects
                .iter()
                .any(|p| p.contains("一批") || p.contains("这批") || p.contains("报道")),
            "{projects:?}"
        );
    }

    /// 年产N台X的E: the capacity and the product are the maker's after 的,
    /// whether the product comes before the amount or after it.
    #[test]
    fn a_maker_after_its_capacity_and_de() {
        let r = read("已建成企业中,有总投资1.2亿元,年产3000辆房车的宏昌车辆有限公司。");
        let e = "宏昌车辆有限公司";
        assert!(fired(&r, e, "project.capacity", "3000"));
        assert!(fired(&r, e, "chain.produces.capacity", "房车"));
    }

    /// A park a company builds is its project, owned by it, also after a
    /// coordinated project (建设了P和Q) or what the park gathers (集…于一体
    /// 的); a park a company only joins (与…合作建设) stays a zone.
    #[test]
    fn a_park_a_company_builds_is_its_project() {
        let r = read(
            "岚湾岛优势独特,澜江集团建设了300万吨芳烃项目和新材料科技产业园。\
             汀溪乳业公司投资12亿元,在江北建设打造集研发、加工、仓储于一体的汀溪智慧牧业产业园。\
             市政府与岳川控股有限公司合作建设岳川数字产业园。",
        );
        let projects = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        for p in ["新材料科技产业园", "汀溪智慧牧业产业园"] {
            assert!(projects.contains(&p.to_string()), "{p}: {projects:?}");
        }
        assert!(has(&r, "新材料科技产业园", "ownedBy", "澜江集团"));
        assert!(has(&r, "300万吨芳烃项目", "ownedBy", "澜江集团"));
        assert!(has(&r, "汀溪智慧牧业产业园", "ownedBy", "汀溪乳业公司"));
        assert!(fired(
            &r,
            "汀溪智慧牧业产业园",
            "project.investment",
            "1200000000"
        ));
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        assert!(zones.contains(&"岳川数字产业园".to_string()), "{zones:?}");
    }

    /// Nouns of what is made and a verb of making name a project
    /// (测试仪器生产项目); each 投资的 of a list gives its project the
    /// companies named since the project before.
    #[test]
    fn projects_of_a_list_of_investors() {
        let r = read(
            "签约的项目分别是岭川物流设备有限公司投资的汀州物流基地建设项目和岳溪信息科技有限公司投资的测绘仪器生产项目。",
        );
        assert!(has(
            &r,
            "测绘仪器生产项目",
            "ownedBy",
            "岳溪信息科技有限公司"
        ));
        assert!(!has(
            &r,
            "测绘仪器生产项目",
            "ownedBy",
            "岭川物流设备有限公司"
        ));
        assert!(has(
            &r,
            "汀州物流基地建设项目",
            "ownedBy",
            "岭川物流设备有限公司"
        ));
        assert!(has(&r, "测绘仪器生产项目", "produces", "测绘仪器"));
    }

    /// A headline announcing a zone's batch (Z…20个项目集中开工) places the
    /// projects its body counts and lists (3个…项目分别是A、B、C) in Z.
    #[test]
    fn a_headline_batch_places_the_listed_projects() {
        let r = crate::extract::testing::read_titled(
            "岚川经开区首批20个建设项目集中开工\n\n记者从岚川经开区获悉,首批项目总投资50亿元。\n\n\
             园区领导出席仪式并讲话。\n\n现场气氛热烈。\n\n各单位积极配合。\n\n\
             3个基础设施类项目分别是汀溪立交改扩建、岭北交通改造、岳湾道路工程。",
        );
        assert!(has(&r, "岚川经开区", "hostsProject", "汀溪立交改扩建"));
        assert!(has(&r, "岚川经开区", "hostsProject", "岳湾道路工程"));
    }

    /// What a project makes is named before where it is made or run
    /// (智慧工厂), with the quality that opens it (高效); a headquarters
    /// and its region (亚太区总部) are made by nobody.
    #[test]
    fn products_before_factories_and_headquarters() {
        let r = read(
            "总投资10亿元的高效太阳能叠瓦组件智慧工厂项目开工。\
             总投资7亿元的岚溪重工高空作业平台亚太区总部项目签约。",
        );
        let p = "高效太阳能叠瓦组件智慧工厂项目";
        assert!(has(&r, p, "produces", "高效太阳能叠瓦组件"));
        let q = "岚溪重工高空作业平台亚太区总部项目";
        assert!(has(&r, q, "ownedBy", "岚溪重工"));
        assert!(!has(&r, q, "produces", "高空作业平台亚太区"));
    }

    /// A headline announcing a zone's batch places the projects its body
    /// lists by their class word (产业项目中，既有…; 科技项目包括…), each of
    /// two joined by 以及 on its own.
    #[test]
    fn a_headline_batch_places_projects_listed_by_their_class_word() {
        let r = crate::extract::testing::read_titled(
            "岚溪经开区举行重点项目集中签约活动\n\n3月2日,岚溪经开区举行项目集中签约活动。\n\n\
             产业项目中,既有新能源及智能制造产业中的青禾电控成套项目、岚川电机项目,\
             也有生物医药产业中的溪山诊断试剂项目。\n\n\
             科技项目包括岚禾材料研发项目以及汶川智能装备合作项目、溪石检测平台项目等。",
        );
        for p in [
            "青禾电控成套项目",
            "溪山诊断试剂项目",
            "岚禾材料研发项目",
            "汶川智能装备合作项目",
            "溪石检测平台项目",
        ] {
            assert!(has(&r, "岚溪经开区", "hostsProject", p), "{p}");
        }
        assert!(has(
            &r,
            "青禾电控成套项目",
            "inIndustry",
            "新能源及智能制造产业"
        ));
        assert!(has(
            &r,
            "岚川电机项目",
            "inIndustry",
            "新能源及智能制造产业"
        ));
        assert!(has(&r, "溪山诊断试剂项目", "inIndustry", "生物医药产业"));
        assert!(!has(
            &r,
            "溪山诊断试剂项目",
            "inIndustry",
            "新能源及智能制造产业"
        ));
    }

    /// 以X生产为主营项目 says what a company mainly does, …类项目 a kind
    /// of projects: no project's name.
    #[test]
    fn a_main_business_is_no_project() {
        let r = read(
            "岭溪饰件有限公司落户园区,该公司以汽车内饰件生产为主营项目。汀州城市功能完善类项目开工。\
             在岚川显示科技有限公司生产车间,一片片显示屏从智能化生产线上鱼贯而出。",
        );
        let projects = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        assert!(projects.is_empty(), "{projects:?}");
    }

    /// A base ranked in the country or the world (全国重要…基地) is a goal,
    /// no project's name.
    #[test]
    fn a_ranked_base_is_a_goal() {
        let r = read("园区紧盯建设全国重要岚川材料生产基地目标,推进汀州晶体生产基地建设。");
        let projects = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        assert!(!projects.iter().any(|p| p.contains("全国")), "{projects:?}");
    }

    /// Values of a sentence about a company (该企业…占地120亩) are the
    /// company's areas, and no money of a project named before.
    #[test]
    fn values_of_the_company_spoken_of() {
        let r = read(
            "汀州冷链项目进展顺利。岚谷生物科技有限公司是园区引进的重点企业。\
             该企业位于园区东部,总投资3亿元,占地120亩,已竣工投产。",
        );
        assert!(!fired(
            &r,
            "汀州冷链项目",
            "project.investment",
            "300000000"
        ));
        assert!(fired(
            &r,
            "岚谷生物科技有限公司",
            "project.land-area",
            "80000"
        ));
        let r = read(
            "岳溪纸业有限公司年产5万吨生活用纸项目建设正酣。该公司副总经理林一介绍,项目总投资2.5亿元。",
        );
        assert!(fired(
            &r,
            "岳溪纸业有限公司年产5万吨生活用纸项目",
            "project.investment",
            "250000000"
        ));
    }

    /// A project in quotes right after a company is the company's; 20余个
    /// projects are counted, not named.
    #[test]
    fn a_quoted_project_after_its_company() {
        let r = read(
            "近日,岭川晶材有限公司“岳溪蓝宝石晶体加工项目”首批产品成功下线。\
             园区全力推进20余个光伏配套项目建设。",
        );
        assert!(has(
            &r,
            "岳溪蓝宝石晶体加工项目",
            "ownedBy",
            "岭川晶材有限公司"
        ));
        let projects = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        assert!(
            !projects.iter().any(|p| p.contains("20余个")),
            "{projects:?}"
        );
    }

    /// A park the text calls a project (该产业园…是…“投产一批”项目) is
    /// one, named with the zone before it, and 该项目's values are its own.
    #[test]
    fn a_park_called_a_project_is_one() {
        let r = read(
            "记者走进岚川农高区汀溪食品产业园生产车间。该产业园位于岚川农高区功能食品加工园,\
             是省开发区“投产一批”项目,该项目总投资2.3亿元,占地300亩。",
        );
        let projects = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        assert!(
            projects.contains(&"岚川农高区汀溪食品产业园".to_string()),
            "{projects:?}"
        );
        assert!(fired(
            &r,
            "岚川农高区汀溪食品产业园",
            "project.investment",
            "230000000"
        ));
        // (The park's label is its own name; the graph also gives it the
        // zone's name before it.)
        assert!(has(
            &r,
            "功能食品加工园",
            "hostsProject",
            "岚川农高区汀溪食品产业园"
        ));
    }

    /// 该 and what a project makes name the project named before again
    /// (该红薯制品深加工项目), which the later sentence tells of; 该批 names
    /// several.
    #[test]
    fn a_pointed_project_is_the_one_named_before() {
        let r = read("岚川县年产5万吨红薯粉丝项目开工。该红薯制品深加工项目将于2025年11月投产。");
        let projects = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        assert_eq!(projects, ["岚川县年产5万吨红薯粉丝项目"]);
        let facts = crate::extract::testing::facts(&r);
        assert!(
            facts
                .iter()
                .any(|(s, _, o)| s == "岚川县年产5万吨红薯粉丝项目" && o.contains("2025-11")),
            "{facts:?}"
        );
    }

    /// The total of a batch of projects (一批项目…，总投资额N亿元) is no
    /// investment of the project named before it; a county's 工业园 a
    /// company builds stays a zone.
    #[test]
    fn a_batch_total_is_no_projects_investment() {
        let r = read(
            "澜江集团提出新战略,建设汀北化工工业园便是其中一环。岳溪公司建设的汀溪冷链物流中心项目进展顺利。\
             汀北县一批项目签约开工投产,总投资额56亿元。",
        );
        assert!(!fired(
            &r,
            "汀溪冷链物流中心项目",
            "project.investment",
            "5600000000"
        ));
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        assert!(zones.contains(&"汀北化工工业园".to_string()), "{zones:?}");
        let r = read(
            "岳溪公司建设的汀溪冷链物流中心项目进展顺利。我市已下达市重点项目计划340项,总投资6323.3亿元。",
        );
        assert!(!fired(
            &r,
            "汀溪冷链物流中心项目",
            "project.investment",
            "632330000000"
        ));
        // (A count joined by 、 or told with 有.)
        let r = read(
            "汀溪冷链物流中心项目进展顺利。汀北县签约项目42个、总投资143亿元；投产项目有10个，总投资26亿元。",
        );
        let p = "汀溪冷链物流中心项目";
        assert!(!fired(&r, p, "project.investment", "14300000000"));
        assert!(!fired(&r, p, "project.investment", "2600000000"));
    }

    /// Capacities inside a project's name, with or without 年产: each item
    /// is a capacity of the project, made by it, and the brand before the
    /// first amount owns it; a phase (一期/d) stays in the name, a rank
    /// (国内第一条) opens the clause, a daily output is no yearly capacity.
    #[test]
    fn capacities_inside_project_names() {
        let r = read(
            "鼎晟集团计划在东湾新建600万吨炼油和80万吨丙烯项目。\
             园区推进汇岭化工30万吨硝酸铵一期工程。\
             该公司建成国内第一条产能500吨光敏树脂生产线。\
             青川能源有限公司日产30万支钠离子电池项目开工。",
        );
        let p = "600万吨炼油和80万吨丙烯项目";
        assert!(fired(&r, p, "project.capacity.name", "6000000"));
        assert!(fired(&r, p, "project.capacity.name", "800000"));
        assert!(fired(&r, p, "chain.produces.project-name", "丙烯"));
        assert!(!fired(&r, p, "chain.produces.project-name", "炼油"));
        assert!(fired(&r, p, "project.owned.subject", "鼎晟集团"));
        let q = "汇岭化工30万吨硝酸铵一期工程";
        assert!(fired(&r, q, "project.capacity.name", "300000"));
        assert!(fired(&r, q, "project.owned.name-prefix", "汇岭化工"));
        assert!(fired(&r, q, "chain.produces.project-name", "硝酸铵"));
        let l = "产能500吨光敏树脂生产线";
        assert!(fired(&r, l, "project.capacity", "500"));
        let d = "青川能源有限公司日产30万支钠离子电池项目";
        assert!(!crate::extract::testing::facts(&r)
            .iter()
            .any(|f| f.0 == d && f.1.contains("capacity")));
    }

    /// A headline that says where its project settles (P项目落户Z) gives
    /// the zone's hosting, as the body would.
    #[test]
    fn a_headline_places_its_project() {
        let r = crate::extract::testing::read_titled(
            "岚峰锂电池隔膜项目落户溪川经济开发区\n\n近日,该项目正式签约。",
        );
        assert!(fired(
            &r,
            "溪川经济开发区",
            "zone.hosts-project.title",
            "岚峰锂电池隔膜项目"
        ));
    }

    /// A brand, its business word and what is done (岭芯电子扩产项目) name
    /// one project; a company's name alone in a list of projects and a
    /// quality before a sector (高端化工新材料项目) do not.
    #[test]
    fn a_brand_business_word_and_deed_name_a_project() {
        let r = read(
            "推动岭芯电子扩产项目加快建设。\
             园区引进中芯国际、岚电科技项目等。园区发展高端化工新材料项目。",
        );
        let projects = labels(&r, Class::Project);
        assert!(
            projects.contains(&"岭芯电子扩产项目".to_string()),
            "{projects:?}"
        );
        assert!(!projects.contains(&"中芯国际".to_string()), "{projects:?}");
        assert!(
            !projects.contains(&"高端化工新材料项目".to_string()),
            "{projects:?}"
        );
    }

    /// A quality jieba tags as an adverb (高新/d) stays in a project's
    /// name; a real adverb opens the clause.
    #[test]
    fn a_quality_tagged_as_adverb_stays_in_the_name() {
        let r =
            read("围绕产业链加大工业投资,汶色高新材料中试线、岚正生物医药产业园等项目加快推进。");
        let projects = labels(&r, Class::Project);
        assert!(
            projects.contains(&"汶色高新材料中试线".to_string()),
            "{projects:?}"
        );
    }

    /// A brand and its business word right before 项目 (岚群科技项目) name
    /// the company's project; a word jieba knows whole (基本建设) is no
    /// brand.
    #[test]
    fn a_brand_and_business_word_before_xiangmu_name_a_project() {
        let r = read("高新板块喜添翼。今年,岚群科技项目落户汶东工业园区,基本建设项目同步推进。");
        let projects = labels(&r, Class::Project);
        assert_eq!(projects, ["岚群科技项目"], "{projects:?}");
        assert!(has(&r, "岚群科技项目", "ownedBy", "岚群科技"));
    }

    /// A capacity written 每年 (N万吨每年) stays in the name; a company's
    /// name holding 工程 names no project; a fixed phrase ending in a generic
    /// head (复合肥料/l) is what the project makes; 制动 is one word.
    #[test]
    fn capacities_per_year_in_words_and_names_holding_gongcheng() {
        let r = read(
            "岚昌化工有限公司50万吨每年重质油深加工项目开工。\
             岚丰生态工程有限公司年产40万吨复合肥料一期20万吨生产线项目开工。\
             溪峰车业全铝制动系统项目签约。",
        );
        let p = "岚昌化工有限公司50万吨每年重质油深加工项目";
        assert!(fired(&r, p, "project.capacity.name", "500000"));
        assert!(fired(
            &r,
            p,
            "project.owned.name-prefix",
            "岚昌化工有限公司"
        ));
        let q = "岚丰生态工程有限公司年产40万吨复合肥料一期20万吨生产线项目";
        assert!(fired(
            &r,
            q,
            "project.owned.name-prefix",
            "岚丰生态工程有限公司"
        ));
        assert!(fired(&r, q, "chain.produces.project-name", "复合肥料"));
        let projects = labels(&r, Class::Project);
        assert!(
            !projects.contains(&"岚丰生态工程".to_string()),
            "{projects:?}"
        );
        let products = labels(&r, Class::Product);
        assert!(!products.contains(&"动系统".to_string()), "{products:?}");
    }

    /// A battery plant's capacity stays in GWh as written.
    #[test]
    fn battery_capacity_in_gwh() {
        let r = read("湘源储能有限公司年产8GWh储能电池项目总投资30亿元。");
        assert!(fired(
            &r,
            "湘源储能有限公司年产8GWh储能电池项目",
            "project.capacity",
            "8"
        ));
        // The unit in capitals (GWH) is the same unit; what is made starts
        // after it.
        let r = read("岚源储能年产6GWH钠离子电池项目开工。");
        let p = "岚源储能年产6GWH钠离子电池项目";
        assert!(fired(&r, p, "project.capacity", "6"));
        assert!(has(&r, p, "produces", "钠离子电池"));
    }

    /// A zone named in another clause of the sentence (its own subject's)
    /// hosts none of the next clause's projects, unless a locative opens it
    /// (在X的Y园区，P); a company's whole-chain project is a project.
    #[test]
    fn a_zone_of_another_clause_is_no_site() {
        let r = read(
            "宏泰集团建设了云杉科技产业园，嘉禾石化集团计划在东港新建80万吨乙烯项目。\
             在南湖经济技术开发区的西岭化工园区，海川集团年产60万吨甲醇项目开工。\
             晶科源青川基地全产业链项目全面贯通。",
        );
        assert!(!crate::extract::testing::relations(&r)
            .iter()
            .any(|x| x.0 == "云杉科技产业园" && x.1 == "hostsProject"));
        assert!(fired(
            &r,
            "西岭化工园区",
            "zone.hosts-project.sentence",
            "海川集团年产60万吨甲醇项目"
        ));
        assert!(
            crate::extract::testing::labels(&r, crate::extract::Class::Project)
                .contains(&"晶科源青川基地全产业链项目".to_string())
        );
    }

    /// What a project has spent so far or plans to spend this year is not
    /// what it costs (累计完成投资, 今年计划投资).
    #[test]
    fn spent_so_far_is_no_investment() {
        let r = read(
            "岚川化学80万吨/年乙二醇项目累计完成投资26.1亿元,总体进度完成97%。\
             溪山新材料项目总投资12亿元,今年计划投资3亿元。",
        );
        assert!(!fired(
            &r,
            "岚川化学80万吨/年乙二醇项目",
            "project.investment",
            "2610000000"
        ));
        assert!(fired(
            &r,
            "溪山新材料项目",
            "project.investment",
            "1200000000"
        ));
        assert!(!fired(
            &r,
            "溪山新材料项目",
            "project.investment",
            "300000000"
        ));
    }

    /// A zone article's projects the clause gives to the city (该市…,
    /// 全市…) are not the zone's.
    #[test]
    fn projects_of_the_city_are_not_the_zones() {
        let r = read(
            "岚山高新区举行重大项目集中签约仪式。岚山高新区签约岚拓储能电池项目。\
             当天,该市溪川汽车检测中心项目也正式开工。",
        );
        assert!(
            fired(
                &r,
                "岚山高新区",
                "zone.hosts-project.article",
                "岚拓储能电池项目"
            ) || crate::extract::testing::has(&r, "岚山高新区", "hostsProject", "岚拓储能电池项目")
        );
        assert!(!crate::extract::testing::has(
            &r,
            "岚山高新区",
            "hostsProject",
            "溪川汽车检测中心项目"
        ));
    }

    /// What a capacity makes may follow its amount (年产3000吨|速冻米糕),
    /// each amount of a list with its own product (生产线3条、2000吨…), 的
    /// between them; inside a project's name its own rule reads it.
    #[test]
    fn products_after_their_amounts() {
        let r = read(
            "禾丰食品有限公司建设年产3000吨速冻米糕生产线3条、2000吨速冻馄饨等速冻产品生产线2条。\
             青岚新材料有限公司建设年产1.5万吨的改性塑胶粒子生产线。",
        );
        let c = "禾丰食品有限公司";
        assert!(fired(&r, c, "chain.produces.capacity", "速冻米糕"));
        assert!(fired(&r, c, "chain.produces.capacity", "速冻馄饨"));
        assert!(fired(&r, c, "project.capacity", "2000"));
        assert!(fired(
            &r,
            "青岚新材料有限公司",
            "chain.produces.capacity",
            "改性塑胶粒子"
        ));
    }

    /// A company and a phase before a capacity per year open the
    /// project's name (…有限责任公司一期4万吨/年聚甲醛项目); a zone's name or
    /// anaphor before 项目 names the zone's projects, not one project.
    #[test]
    fn company_phase_and_per_year_capacity_and_zone_projects() {
        let r = read(
            "青川化工有限责任公司二期6万吨/年聚丙烯项目建成中交。\
             其中18个签约高新区项目现已落地12个，宁江经济开发区项目审批服务部同日成立。",
        );
        let p = "青川化工有限责任公司二期6万吨/年聚丙烯项目";
        assert!(fired(
            &r,
            p,
            "project.owned.name-prefix",
            "青川化工有限责任公司"
        ));
        assert!(fired(&r, p, "chain.produces.project-name", "聚丙烯"));
        let proj = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        assert!(!proj.iter().any(|x| x.contains("区项目")), "{proj:?}");
    }

    /// Companies' projects listed one after another (A公司年产X生产线、B公司
    /// Y项目) are each their own project, owned by its company, never one
    /// name across the 、.
    #[test]
    fn listed_company_projects_are_one_project_each() {
        let r = read(
            "园区内，青峦生物科技有限公司年产8000吨果胶生产线、汶溪食品加工有限公司冻干果蔬深加工项目已开工建设。",
        );
        let proj = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        assert!(!proj.iter().any(|x| x.contains('、')), "{proj:?}");
        let line = "青峦生物科技有限公司年产8000吨果胶生产线";
        assert!(proj.iter().any(|x| x == line), "{proj:?}");
        assert!(has(&r, line, "ownedBy", "青峦生物科技有限公司"));
        let second = "汶溪食品加工有限公司冻干果蔬深加工项目";
        assert!(has(&r, second, "ownedBy", "汶溪食品加工有限公司"));
        // After a project's suffix the next item starts (…生产线、Y项目).
        let r = read(
            "青峦农业有限公司年产3万吨果酱加工生产线、汶溪宏达物流中心建设项目等正在加紧建设。",
        );
        let proj = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        assert!(!proj.iter().any(|x| x.contains('、')), "{proj:?}");
        assert!(
            proj.iter().any(|x| x == "汶溪宏达物流中心建设项目"),
            "{proj:?}"
        );
        // (A park's whole name before 和 shares no 项目: 岚山科技园和|Y项目.)
        let r = read("岚山科技园和岭港电子项目启动建设。");
        let proj = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        assert_eq!(proj, ["岭港电子项目"], "{r:?}");
    }

    /// A zone counting its projects at the end of one sentence hosts the
    /// projects the next sentence names (…；岚川工业园区开工建设项目40项,…。X…).
    #[test]
    fn the_zone_counting_its_projects_hosts_the_next_ones() {
        let r = read(
            "汶溪工业园区开工建设项目70项,总投资20亿元;岚川工业园区开工建设项目40项,总投资9亿元。\
             青峦酒厂3000吨白酒生产线建设已完成投资1200万元,果酱加工二期工程目前正在建设。",
        );
        assert!(has(&r, "岚川工业园区", "hostsProject", "果酱加工二期工程"));
        assert!(!has(&r, "汶溪工业园区", "hostsProject", "果酱加工二期工程"));
    }

    /// Who put up the money (中法合资, 外商独资) opens no project name.
    #[test]
    fn a_joint_venture_word_opens_no_project_name() {
        let r = read("中德合资青峦轴承生产项目总投资5亿元。外商独资汶溪电机项目同日开工。");
        let proj = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        assert!(proj.iter().any(|x| x == "青峦轴承生产项目"), "{proj:?}");
        assert!(proj.iter().any(|x| x == "汶溪电机项目"), "{proj:?}");
    }

    /// Lines a plant plans, counted (规划7条饮料生产线), are no project.
    #[test]
    fn planned_lines_counted_are_no_project() {
        let r = read("这座智慧工厂，规划5条果汁生产线和1条果酱生产线，达产后年产量超20万吨。");
        let proj = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        assert!(proj.is_empty(), "{proj:?}");
    }

    /// The money a company invests in what it builds is the project's
    /// (E投资10亿元打造的P).
    #[test]
    fn money_before_what_was_built_is_the_projects() {
        let r = read("近期，青岚集团投资12亿元打造的汶溪饮料有限公司新基地项目正式通过审批。");
        let p = "汶溪饮料有限公司新基地项目";
        assert!(fired(&r, p, "project.investment", "1200000000"));
    }

    /// After 该 the anaphor's noun opens no project name (带动该企业|年产…
    /// 生产线): the line is the company's.
    #[test]
    fn an_anaphors_noun_opens_no_project_name() {
        let r = read(
            "该项目产生的蒸汽送往青峦化工股份有限公司后，将带动该企业年产10万吨乙二醇生产线。",
        );
        let proj = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        assert!(
            proj.iter().any(|x| x == "年产10万吨乙二醇生产线"),
            "{proj:?}"
        );
        assert!(!proj.iter().any(|x| x.starts_with("企业")), "{proj:?}");
    }

    /// A company's new base (X饮料公司Y新基地项目) is no zone: the company
    /// owns the project, and the base's 新 names no product.
    #[test]
    fn a_companys_new_base_is_its_project() {
        let r =
            read("近期,青岚集团投资10亿元打造的长沙汶溪饮料公司青岚饮品新基地项目正式通过审批。");
        let p = "长沙汶溪饮料公司青岚饮品新基地项目";
        assert!(has(&r, p, "ownedBy", "长沙汶溪饮料公司"));
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        assert!(zones.is_empty(), "{zones:?}");
        let products = crate::extract::testing::labels(&r, crate::extract::Class::Product);
        assert!(!products.iter().any(|x| x.ends_with('新')), "{products:?}");
    }

    /// A company before a capacity per year opens the project's name
    /// (陕煤榆林化学180万吨/年乙二醇项目), an abbreviation in brackets is no
    /// part of the product, a capacity per year inside the name opens what
    /// it makes; a campaign's nickname (“双十”项目) and a scale (百亿级) name
    /// no project, a proper name before a product owns it.
    #[test]
    fn owners_before_capacities_campaigns_and_scales() {
        let r = read(
            "陕岭榆林化学180万吨/年乙二醇项目累计完成投资26亿元，\
             岭川能源集团榆化公司5万吨/年聚乙醇酸(PGA)项目预计6月底竣工，\
             延长石油50万吨/年煤基乙醇项目计划年底建成。\
             宁川经济开发区“双十”项目集中开工，百亿级比亚迪动力电池项目一期投产。",
        );
        let p = "陕岭榆林化学180万吨/年乙二醇项目";
        assert!(fired(&r, p, "project.owned.name-prefix", "陕岭榆林化学"));
        assert!(fired(&r, p, "chain.produces.project-name", "乙二醇"));
        assert!(fired(
            &r,
            "岭川能源集团榆化公司5万吨/年聚乙醇酸(PGA)项目",
            "chain.produces.project-name",
            "聚乙醇酸"
        ));
        assert!(fired(
            &r,
            "延长石油50万吨/年煤基乙醇项目",
            "chain.produces.project-name",
            "煤基乙醇"
        ));
        let proj = crate::extract::testing::labels(&r, crate::extract::Class::Project);
        assert!(proj.contains(&"比亚迪动力电池项目".to_string()), "{proj:?}");
        assert!(
            !proj
                .iter()
                .any(|x| x.contains("双十") || x.contains("百亿级")),
            "{proj:?}"
        );
        assert!(fired(
            &r,
            "比亚迪动力电池项目",
            "project.owned.name-prefix",
            "比亚迪"
        ));
    }

    /// A project of a zone's article whose name opens with another county
    /// is that county's, not the zone's; one without stays the zone's.
    #[test]
    fn a_project_named_after_another_county_is_not_the_zones() {
        let r = read(
            "宁川经济开发区举行集中开工仪式。本次开工的遂平县岚强隔膜项目总投资5亿元，\
             岚川光伏组件项目总投资3亿元。",
        );
        assert!(!crate::extract::testing::has(
            &r,
            "宁川经济开发区",
            "hostsProject",
            "遂平县岚强隔膜项目"
        ));
        assert!(crate::extract::testing::has(
            &r,
            "宁川经济开发区",
            "hostsProject",
            "岚川光伏组件项目"
        ));
    }

    /// Two projects joined by 和, each with its capacity, are two (岭泰
    /// 新材料…20万吨再生铜项目和|3万吨精密铜管项目); the money the clause
    /// puts before both is their sum, neither's own.
    #[test]
    fn two_projects_joined_share_no_investment() {
        let r = read("岭泰新材料公司将投资16亿元,新建20万吨再生铜项目和3万吨精密铜管项目。");
        let projects = labels(&r, Class::Project);
        assert_eq!(projects, ["20万吨再生铜项目", "3万吨精密铜管项目"]);
        assert!(has(&r, "3万吨精密铜管项目", "produces", "精密铜管"));
        assert!(!fired(
            &r,
            "20万吨再生铜项目",
            "project.investment",
            "1600000000"
        ));
        let r = read("岭泰新材料公司投资6亿元建设年产20万吨再生铜项目。");
        assert!(fired(
            &r,
            "年产20万吨再生铜项目",
            "project.investment",
            "600000000"
        ));
    }

    /// A park a company builds (Z由E总投资7亿元建设) is its project, with
    /// the money; a park a company only runs stays a zone.
    #[test]
    fn a_park_built_by_a_company_is_its_project() {
        let r = read("岚泰医药产业园由岭川岚泰医药科技有限公司总投资7亿元建设。");
        assert_eq!(labels(&r, Class::Project), ["岚泰医药产业园"]);
        assert!(has(
            &r,
            "岚泰医药产业园",
            "ownedBy",
            "岭川岚泰医药科技有限公司"
        ));
        assert!(fired(
            &r,
            "岚泰医药产业园",
            "project.investment",
            "700000000"
        ));
        let r = read("岚溪数字产业园由岭川科技有限公司负责运营。");
        assert!(labels(&r, Class::Project).is_empty());
    }

    /// What a company's man says the company builds (“公司将…新建P1和P2”，
    /// E总经理X介绍) is the company's; a quote nobody of a company
    /// attributes owns nothing.
    #[test]
    fn a_company_s_man_speaks_of_its_projects() {
        let r = read(
            "“公司将投资6亿元,新建8万吨再生铜项目和2万吨铜杆项目。”4月6日,在岚溪工业园区,岭泰新材料科技有限公司总经理汪岚峰介绍。",
        );
        assert!(has(
            &r,
            "8万吨再生铜项目",
            "ownedBy",
            "岭泰新材料科技有限公司"
        ));
        assert!(has(
            &r,
            "2万吨铜杆项目",
            "ownedBy",
            "岭泰新材料科技有限公司"
        ));
        let r = read("“公司将新建8万吨再生铜项目。”岚溪县县长汪岚峰介绍。");
        assert!(!relations(&r).iter().any(|t| t.1 == "ownedBy"));
    }

    /// 该装置是|P|核心: the unit spoken of is the project before, P its
    /// whole; the sentence's values and the next sentence's yearly amount
    /// (每年可产X N吨、Y M吨) are the unit's, whose products follow.
    #[test]
    fn a_part_s_values_stay_with_the_part() {
        let r = read(
            "宁川石化年产60万吨丙烯装置项目进入试车。\
             该装置是宁川石化炼化一体化升级项目核心,总投资12.5亿元,占地6万平方米。\
             投产后,每年可产聚合级丙烯60万吨、聚合级丁烯8.2万吨。",
        );
        let unit = "宁川石化年产60万吨丙烯装置项目";
        let whole = "宁川石化炼化一体化升级项目";
        assert!(fired(&r, unit, "project.investment", "1250000000"));
        assert!(!fired(&r, whole, "project.investment", "1250000000"));
        assert!(fired(&r, unit, "project.land-area", "60000"));
        assert!(has(&r, unit, "produces", "聚合级丙烯"));
        assert!(has(&r, unit, "produces", "聚合级丁烯"));
        // (A known product before 装置 is what the unit makes.)
        assert!(has(&r, unit, "produces", "丙烯"));
        let enterprises = labels(&r, Class::Enterprise);
        assert!(
            !enterprises.iter().any(|e| e.contains("丁烯")),
            "{enterprises:?}"
        );
    }

    /// X联产Y装置 after an amount makes X and Y; the clause's verb (正在)
    /// closes what is made.
    #[test]
    fn a_joint_unit_makes_both() {
        let r = read("岭川化工胺类产品项目二期的年产6000吨乙醇胺联产哌嗪装置正在进行设备调试。");
        let products = labels(&r, Class::Product);
        assert!(products.contains(&"乙醇胺".to_string()), "{products:?}");
        assert!(products.contains(&"哌嗪".to_string()), "{products:?}");
        assert!(!products.iter().any(|p| p.contains("正在")), "{products:?}");
    }

    /// A report in sections: each heading line names the project its
    /// section speaks of (…一期, a product's 项目), and 项目位于Z opening
    /// the section places it; its values are its own. A heading's project
    /// is not the article zone's; 项目落地以来，Z… names no site.
    #[test]
    fn headings_name_the_projects_of_their_sections() {
        let r = read(
            "岚溪区重点工程进展\n\n\
             发布时间:2023-10-16  来源:岚溪网\n\n\
             今年岚溪区重大工程共安排24项,其中新开工10项、续建14项,进展如何?\n\n\
             青禾科创港一期\n\n\
             项目位于汀溪镇岚溪工业园,总用地面积约3.1万平方米,建筑面积为8.2万平方米。\n\n\
             项目总投资5.3亿元,预计2026年6月完工,截至目前,主体结构施工中。\n\n\
             聚醚胺项目\n\n\
             项目位于汶溪新材料产业园,总用地面积6.6万平方米,总建筑面积4.8万平方米。\n\n\
             项目总投资7.2亿元,预计2025年12月完工,截至目前,厂房基础施工中。\n\n",
        );
        let projects = labels(&r, Class::Project);
        assert!(
            projects.contains(&"青禾科创港一期".to_string()),
            "{projects:?}"
        );
        assert!(projects.contains(&"聚醚胺项目".to_string()), "{projects:?}");
        assert!(fired(
            &r,
            "汶溪新材料产业园",
            "zone.hosts-project.spoken-of",
            "聚醚胺项目"
        ));
        assert!(has(&r, "岚溪工业园", "hostsProject", "青禾科创港一期"));
        assert!(!has(
            &r,
            "汶溪新材料产业园",
            "hostsProject",
            "青禾科创港一期"
        ));
        assert!(fired(&r, "聚醚胺项目", "project.land-area", "66000"));
        assert!(fired(&r, "聚醚胺项目", "project.investment", "720000000"));
        assert!(!fired(&r, "青禾科创港一期", "project.land-area", "66000"));
        let r = read(
            "青禾公司年产3万吨聚醚胺项目签约。项目落地以来,汶溪新材料产业园协调解决用地问题。",
        );
        assert!(!fired(
            &r,
            "汶溪新材料产业园",
            "zone.hosts-project.spoken-of",
            "青禾公司年产3万吨聚醚胺项目"
        ));
    }

    /// A line whose name opens with its company (A有限公司18650电池生产线)
    /// is that company's, not the one named before it.
    #[test]
    fn a_line_named_after_its_company_is_that_companys() {
        let r = crate::extract::testing::read(
            "依托岚川集团现有产业基础,溪昌加快建设电池材料基地,\
             已有甘肃岚宏翔新能源有限公司18650电池生产线等项目落户溪昌。",
        );
        let line = "甘肃岚宏翔新能源有限公司18650电池生产线";
        assert!(
            has(&r, line, "ownedBy", "甘肃岚宏翔新能源有限公司"),
            "{r:?}"
        );
        assert!(!has(&r, line, "ownedBy", "岚川集团"), "{r:?}");
    }

    /// A kind of projects (产业新城类PPP项目) is no name; a base a company
    /// builds (由E在产业园打造的综合性…产业基地) is a project, and its
    /// quality (综合性) nothing it makes.
    #[test]
    fn kinds_of_projects_and_bases_companies_build() {
        let r = read(
            "该项目是岚海市首个政府与民营企业合作打造的产业新城类PPP项目。\
             由广州岚奥电气有限公司在产业园打造的综合性智能制造产业基地当天动工建设。",
        );
        assert_eq!(
            labels(&r, crate::extract::Class::Project),
            ["综合性智能制造产业基地"],
            "{r:?}"
        );
        assert!(has(
            &r,
            "综合性智能制造产业基地",
            "ownedBy",
            "广州岚奥电气有限公司"
        ));
        assert!(
            labels(&r, crate::extract::Class::Product).is_empty(),
            "{r:?}"
        );
    }

    /// A company signing a project with a zone (E与Z再次签约P) owns it;
    /// two projects named with other capacities in GWh are two.
    #[test]
    fn a_company_signing_with_a_zone_owns_the_project() {
        let r = read(
            "岚峰股份有限公司与溪岭经济技术开发区再次签约年产14GWh动力电池生产项目。\
             与此同时,2016年签约的年产10GWh动力电池生产项目一期已在溪岭工业园区投产。",
        );
        assert!(
            has(
                &r,
                "年产14GWh动力电池生产项目",
                "ownedBy",
                "岚峰股份有限公司"
            ),
            "{r:?}"
        );
        let projects = labels(&r, crate::extract::Class::Project);
        assert!(
            projects.contains(&"年产10GWh动力电池生产项目".to_string()),
            "{projects:?}"
        );
        assert!(has(
            &r,
            "溪岭工业园区",
            "hostsProject",
            "年产10GWh动力电池生产项目"
        ));
    }

    /// A project's capacity before 的 is part of its name (年产10万吨的P项目),
    /// not of what it makes; the one in charge of a project (P项目负责人)
    /// leaves the project named.
    #[test]
    fn capacity_before_de_and_the_one_in_charge() {
        let r =
            read("岚峰公司年产10万吨的再生铝项目开工。岚齐新材料项目负责人赵凯峰说,订单已排满。");
        assert!(
            has(&r, "岚峰公司年产10万吨的再生铝项目", "produces", "再生铝"),
            "{r:?}"
        );
        assert!(
            labels(&r, crate::extract::Class::Project).contains(&"岚齐新材料项目".to_string()),
            "{r:?}"
        );
    }

    /// A plant after an amount (年产20万吨己二腈装置迈入…) closes what it
    /// makes: the company makes 己二腈, not the clause after it.
    #[test]
    fn a_plant_closes_a_product_after_its_amount() {
        let r = read(
            "12月5日,岚辰齐翔新材料有限公司反向路演,宣布年产20万吨己二腈装置迈入全面达产阶段。",
        );
        assert!(
            has(&r, "岚辰齐翔新材料有限公司", "produces", "己二腈"),
            "{r:?}"
        );
        let products = labels(&r, crate::extract::Class::Product);
        assert!(!products.iter().any(|p| p.contains("迈入")), "{products:?}");
    }

    /// The people at a project's visit or ceremony (与会领导走进P, 书记某某
    /// 主持项目开工仪式, 某某祝贺P开工) open no part of its name.
    #[test]
    fn a_visit_or_a_ceremony_opens_no_name() {
        let r = read(
            "随后,与会领导走进溪华县青禾年加工5000吨果蔬冻干项目观摩。\
             县委常委周岚溪主持项目开工仪式。王溪岭祝贺岚山新材料项目顺利开工。",
        );
        let projects = labels(&r, crate::extract::Class::Project);
        for p in ["溪华县青禾年加工5000吨果蔬冻干项目", "岚山新材料项目"] {
            assert!(projects.contains(&p.to_string()), "{projects:?}");
        }
        assert!(
            projects
                .iter()
                .all(|p| !p.contains("走进") && !p.contains("主持") && !p.contains("祝贺")),
            "{projects:?}"
        );
    }

    /// A clause opening with the zone's kind word (俯瞰Z，…，产业园已有P、
    /// E等企业进驻) stands for the zone named before: P is its project.
    #[test]
    fn a_zone_word_opening_the_clause_hosts_the_project() {
        let r = read(
            "俯瞰岚溪市青禾区新材料产业园,标准厂房已拔地而起,产业园已有岭海电池项目、溪泰、岚龙汽车等企业陆续进驻。",
        );
        assert!(has(
            &r,
            "岚溪市青禾区新材料产业园",
            "hostsProject",
            "岭海电池项目"
        ));
        // (A project listed among companies is no company.)
        let companies = labels(&r, crate::extract::Class::Enterprise);
        assert!(
            !companies.contains(&"岭海电池项目".to_string()),
            "{companies:?}"
        );
    }

    /// The money after the last of projects listed one per semicolon
    /// (分别为:P1;P2;P3,总投资9亿元) is the batch's, not P3's.
    #[test]
    fn the_total_after_a_semicolon_list_is_the_batch() {
        let r = read(
            "集中开工的3个项目分别为:岚溪县物流园建设项目;岚溪县青禾科普中心建设项目;岚溪县智能装备厂房建设项目,总投资9.6亿元。",
        );
        let projects = labels(&r, crate::extract::Class::Project);
        assert!(
            projects.contains(&"岚溪县智能装备厂房建设项目".to_string()),
            "{projects:?}"
        );
        let p = "岚溪县智能装备厂房建设项目";
        assert!(!fired(&r, p, "project.investment", "960000000"));
        let r = read("岚溪县智能装备厂房建设项目,总投资9.6亿元。");
        assert!(fired(&r, p, "project.investment", "960000000"));
    }

    /// A class of size in a name (30万吨级原油码头) is no capacity, and what
    /// follows it no output.
    #[test]
    fn a_class_of_size_is_no_capacity() {
        let r = read("岚溪港区建设岚溪商业石油储备及30万吨级原油码头项目。");
        let products = labels(&r, crate::extract::Class::Product);
        assert!(
            products.iter().all(|p| !p.starts_with('级')),
            "{products:?}"
        );
        let projects = labels(&r, crate::extract::Class::Project);
        assert!(!projects.is_empty());
        for p in &projects {
            assert!(!fired(&r, p, "project.capacity.name", "300000"), "{p}");
        }
        // (…储备及: a conjunction closes no company's name.)
        let companies = labels(&r, crate::extract::Class::Enterprise);
        assert!(
            companies.iter().all(|c| !c.ends_with('及')),
            "{companies:?}"
        );
    }

    /// 中 (jieba's locative) after 的, a mark, a place or 包括 opens a
    /// brand in a project's name (…的|中化学岚峰新材料项目); after the thing
    /// it is in it opens none (园区建设中|…).
    #[test]
    fn zhong_after_de_or_a_list_verb_opens_a_brand() {
        let r = read("其中,投资20亿元的中化学岚峰新材料项目开工。");
        assert!(
            labels(&r, crate::extract::Class::Project)
                .contains(&"中化学岚峰新材料项目".to_string()),
            "{r:?}"
        );
        let r = read("签约项目包括中电建溪岭钢构基地项目。");
        assert!(
            labels(&r, crate::extract::Class::Project)
                .contains(&"中电建溪岭钢构基地项目".to_string()),
            "{r:?}"
        );
        // (Opening the sentence, after a clause's ;, it opens one too.)
        let r = read("园区产值210亿元;中电建岭溪建材基地项目投资140亿元。");
        assert!(
            labels(&r, crate::extract::Class::Project)
                .contains(&"中电建岭溪建材基地项目".to_string()),
            "{r:?}"
        );
    }

    /// A run of items each with its own 项目 names one project per item,
    /// though one alone would say too little (平安保险项目), and an
    /// investment fund's 投资 opens no clause; a verb or a preposition
    /// right before 项目 ends a clause, no name.
    #[test]
    fn a_run_of_projects_and_verbs_before_them() {
        let r = read(
            "岚溪经济开发区签约了岭川产业投资基金项目、汶峰大厦项目、平安保险项目、\
             垃圾焚烧处理项目……岚溪经济开发区“一区多园”聚项目,正以项目建设促发展。",
        );
        let projects = labels(&r, crate::model::Class::Project);
        for p in ["岭川产业投资基金项目", "平安保险项目", "垃圾焚烧处理项目"]
        {
            assert!(projects.iter().any(|x| x == p), "{p}: {projects:?}");
        }
        assert!(
            !projects
                .iter()
                .any(|x| x.contains("聚") || x.contains("正以")),
            "{projects:?}"
        );
        let products = labels(&r, crate::model::Class::Product);
        assert!(!products.iter().any(|x| x == "保险"), "{products:?}");
    }

    /// One project standing for a zone's (作为Z代表项目) and a year's
    /// campaign (临沂市2024项目创优年) name no project.
    #[test]
    fn a_representative_and_a_years_projects_are_no_names() {
        let r = read(
            "临沂市2024项目创优年活动举行。其中,岭峰产业园扩建项目作为汶溪台商投资区代表项目参加开工。",
        );
        let projects = labels(&r, crate::model::Class::Project);
        assert_eq!(projects, ["岭峰产业园扩建项目"], "{projects:?}");
    }

    /// A batch the lead announces (Z12个重点项目集中开工) holds the projects
    /// each paragraph counts and lists after, in every clause.
    #[test]
    fn a_batch_the_lead_announces_holds_every_listed_project() {
        let r = read(
            "晨报讯(记者 李汀)3月23日上午,岭溪产业集聚区12个重点项目集中开工仪式隆重举行。\n\
             6个汽车零部件项目主要有重庆汶拓8万套汽车后桥传动装置项目,总投资1.8亿元;\
             临沂岭实10万套汽车轮毂项目总投资5000万元。",
        );
        for p in [
            "重庆汶拓8万套汽车后桥传动装置项目",
            "临沂岭实10万套汽车轮毂项目",
        ] {
            assert!(
                has(&r, "岭溪产业集聚区", "hostsProject", p),
                "{p}: {:?}",
                relations(&r)
            );
        }
    }

    /// An amount after a project's name and a comma, no verb after it
    /// (P1总投资121亿元,P2项目总投资110亿元), is the first project's; an
    /// area with 的 (占地2300亩的P) is the project's after it; a class by
    /// size (临沂市223个亿元以上项目) names no project.
    #[test]
    fn amounts_and_areas_go_to_the_project_they_describe() {
        let r = read(
            "临沂市223个亿元以上项目集中开工。其中,临沂岭峰新材料项目总投资121亿元,汶溪化工项目总投资110亿元。\
             走进岚川产业基地,占地2300亩的青禾恒升临沂基地建设热火朝天。",
        );
        assert!(fired(
            &r,
            "临沂岭峰新材料项目",
            "project.investment",
            "12100000000"
        ));
        assert!(fired(
            &r,
            "汶溪化工项目",
            "project.investment",
            "11000000000"
        ));
        assert!(fired(
            &r,
            "青禾恒升临沂基地",
            "project.land-area",
            "1533333.33"
        ));
        let projects = labels(&r, crate::model::Class::Project);
        assert!(!projects.iter().any(|p| p.contains("以上")), "{projects:?}");
    }

    /// Two things made joined by 与, one known (预制菜|与|生物科技), are one
    /// project's; so is an industry's project a company the article named
    /// opens (岭杰|…产业项目).
    #[test]
    fn a_companys_project_of_two_trades() {
        let r = read(
            "岭杰集团计划投资4亿元。岭杰预制菜与生物科技产业项目作为汶溪预制菜产业园引入的首个产业项目。",
        );
        assert!(
            has(&r, "岭杰预制菜与生物科技产业项目", "ownedBy", "岭杰集团"),
            "{:?}",
            relations(&r)
        );
    }

    /// Projects of raised funds (上市公司募投项目) and some projects (一些
    /// 上市募投项目) are kinds, no names.
    #[test]
    fn kinds_of_funded_projects_name_none() {
        let r = read("岭峰物流、汶溪包装等上市公司募投项目受益。开发区将把一些上市募投项目作为重点推进的项目来抓。");
        let projects = labels(&r, crate::model::Class::Project);
        assert!(projects.is_empty(), "{projects:?}");
    }

    /// A park before 项目 (…新材料产业园项目) is the project to be built,
    /// no zone, when the article names it nowhere else.
    #[test]
    fn a_park_to_be_built_is_the_project() {
        let r = read("投资30亿元的岭峰锂电新材料产业园项目在遂平县开工。");
        assert!(labels(&r, crate::model::Class::Project)
            .contains(&"岭峰锂电新材料产业园项目".to_string()));
        let zones = labels(&r, crate::model::Class::Zone);
        assert!(zones.is_empty(), "{zones:?}");
    }
}
