//! What a project's name says: the company that builds it and what it makes.
//!
//! Real project names follow one shape: `[zone|place] [company] [capacity]
//! product [activity] suffix`, as in 江松科技|光伏自动化设备|二期项目,
//! 河南远洋铝业|球型铝粉|项目, 年产20万吨|铝棒、铝型材…|产业园基地项目. The
//! parts are read from both ends: the suffix and the activity words
//! (生产, 扩产, 二期…) from the right, the zone, company, brand and capacity
//! from the left; what remains, when it is a noun phrase and not an
//! industry or a facility, is what the project makes.

use super::names::{known_company_at, longest_word_at};
use super::quantity::{NUMBER, UNIT_WORDS};
use super::{Class, Doc, Mention};
use crate::model::vocab::ck;
use crate::text::numerals::is_han_digit;
use regex::Regex;
use std::sync::LazyLock;

/// Words that close a project's name after what it makes, longest first
/// within each length: removed from the right, repeatedly.
pub(super) const TAIL_WORDS: &[&str] = &[
    // (光纤芯片|智能制造基地: the manner of the base, no product's.)
    "智能制造基地",
    "工程项目",
    "建设项目",
    "项目",
    "工程",
    "生产线",
    "生产基地",
    "产业基地",
    "制造基地",
    "产业园",
    // (宏胜饮品|新基地: the new base makes no 新.)
    "新基地",
    "基地",
    // (…叠瓦组件|智慧工厂项目, …作业平台|亚太区总部: where it is made or
    // run, no product.)
    "智慧工厂",
    "数字化工厂",
    "超级工厂",
    "工厂",
    "亚太区总部",
    "区域总部",
    "全球总部",
    "总部",
    "智能制造",
    // (…时尚鞋|智造: made smartly, the same.)
    "智造",
    // (新能源装备|精密制造项目: the manner of making is no product's.)
    "精密制造",
    "加工",
    // (锂电池|组装项目: what is assembled is made there.)
    "组装",
    "产业化",
    "扩产",
    "扩能",
    "扩建",
    // (氨纶|续建项目: the works go on; nothing more is made.)
    "续建",
    "技改",
    "改造",
    "升级",
    "新建",
    "建设",
    "生产",
    "制造",
    "研发",
    // (光通信器件|设计制造项目: designing what is made is no product.)
    "设计",
    "科研",
    "销售",
    "一期",
    "二期",
    "三期",
    "四期",
];

/// Endings of what a project builds that is not a product: places,
/// facilities, services (新马生态社区, 检测中心, 信息港).
/// Scopes before a facility's word (全球生产基地, 西南总部): no products.
const SCOPES: &[&str] = &[
    "全球",
    "全国",
    "国际",
    "区域",
    "西南",
    "西北",
    "华南",
    "华东",
    "华北",
    "华中",
    "东北",
    "北方",
    "南方",
    "亚太区",
    "亚太",
];

const NOT_PRODUCT: &[&str] = &[
    // (…楚星整体|升级改造, 钢铁超低排放|改造: what works improve, as a
    // whole or by its emissions, is no product.)
    "整体",
    "排放",
    // (重组博业科技: a company's business word ends no product.)
    "科技",
    "集团",
    "公司",
    "中心",
    "社区",
    "园",
    "港",
    "城",
    "平台",
    "总部",
    "大楼",
    "小镇",
    "广场",
    "综合体",
    "医院",
    "学校",
    "酒店",
    "公寓",
    "物流",
    "仓储",
    // (农副产品加工冷藏: what is kept cold is no product made; 芯片封测:
    // a service on chips.)
    "冷藏",
    "封测",
    "冷链",
    "服务",
    "运营",
    // (平安保险|项目, 产业发展基金|项目: money handled, nothing made.)
    "保险",
    "基金",
    "金融",
    "证券",
    "银行",
    // (…职业教育培训|基地项目, 说明会暨合作|项目: teaching and working
    // together, nothing made.)
    "培训",
    "合作",
    "示范区",
    "工厂",
    "厂",
    // (出口加工区北向交通改造: works on a road, not a thing made.)
    "交通",
    "道路",
    "管网",
    // (速冻食品智能化加工: how it is done, not a thing made.)
    "智能化",
    "自动化",
    "数字化",
    "信息化",
    "一体化",
    "规模化",
    "产业化",
    // (金刚线细线化: making it finer is work on a product, not one.)
    "化",
    // (风电场, 资源勘查, 光伏发电: a site and what is done, not things made.)
    "场",
    "勘查",
    "勘探",
    // (物资储备基地: what is stored is no product made.)
    "储备",
    "发电",
    "站",
    "馆",
    "楼",
    "街区",
    "市场",
    "农庄",
    "公园",
    "景区",
    "设施",
    "管网",
    "道路",
    "大道",
    "桥",
    "片区",
    "地块",
    "厂房",
    "载体",
    "孵化器",
    "研究院",
    "实验室",
    "技术",
    "利用",
    "处理",
    "整治",
    "治理",
    "工程",
    "配套",
    "一体化",
    // (产业集群发展|工程: growing is no thing made.)
    "发展",
    "产业",
    "集群",
    "链",
    "网",
    "库",
    // (Lines that make or carry, not 金刚线 or 漆包线: made wire.)
    "生产线",
    "产线",
    "流水线",
    "专线",
    "干线",
    "支线",
    "铁路线",
    "航线",
    "管线",
    "区",
    "带",
    "谷",
    "湾",
    "岛",
    "村",
    "镇",
    "基地",
    "系统集成",
    "应用",
    "示范",
    "融合",
    "循环",
    "回收",
    // 煤焦油深加工: the project processes what it names.
    "深加工",
    // 1000万吨炼油: refining is what the plant does, not what it sells.
    "炼油",
    // (炼油化工转型|升级项目: a change of the business, nothing made.)
    "转型",
    "炼化",
    "冶炼",
];

/// Words that open a capacity (年产, 日产…): never a company's name.
pub(crate) const CAPACITY_OPENERS: &[&str] = &[
    "年产",
    "产能",
    "日产",
    "月产",
    "年处理",
    "年加工",
    "新增",
    "产量",
    // (总装机26.9万千瓦光伏项目: the plants' power, no owner.)
    "装机",
];

/// A capacity opening what a project makes (年产20万吨, 1000万吨, 5GWh;
/// also in units no value is read in: 10000万千米, 2000万kVAh).
static CAPACITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:年产(?:能)?|日产|年处理|年加工|新增(?:产能)?|产能)?约?{NUMBER}(?:{UNIT_WORDS}|[万亿]?(?:千米|公里|米|[A-Za-z]{{1,5}}))(?:/年|每年)?"
    ))
    .expect("static regex")
});

/// [`CAPACITY`] opening `text`, but not a technology's code that reads as
/// one (3D打印机, 5G通信模组: part of what is made).
fn capacity_in(text: &str) -> Option<regex::Match<'_>> {
    CAPACITY.find(text).filter(|m| {
        // (4W型发动机: a model's code, no amount.)
        let model = m.as_str().ends_with(|c: char| c.is_ascii_alphabetic())
            && text[m.end()..].starts_with(['型', '号', '系']);
        let code = m.as_str().len() == 2 && tech_code(text);
        // (三元|前驱体, 二元|材料: a chemistry's count of elements, no
        // money.)
        let elements = m
            .as_str()
            .strip_suffix('元')
            .is_some_and(|n| !n.is_empty() && n.chars().all(is_han_digit));
        !(code || model || elements)
    })
}

/// True when `text` opens with a technology's code: a digit and D, G or K
/// (3D, 5G, 8K), then a Han char.
fn tech_code(text: &str) -> bool {
    let mut c = text.chars();
    matches!(
        (c.next(), c.next(), c.next()),
        (Some('0'..='9'), Some('D' | 'G' | 'K'), Some(h)) if crate::text::is_han(h)
    )
}

/// A capacity per year anywhere in a name (…石油50万吨/年煤基乙醇,
/// …100万吨每年劣质油).
static PER_YEAR_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"{NUMBER}(?:{UNIT_WORDS})(?:/年|每年)")).expect("static regex")
});

/// A yearly output anywhere in a name, after words no rule read
/// (汶川|年产1.5万吨|碳纤维), or in a counter no unit lists (年产48万锭).
static YEARLY_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:年产(?:能)?|年处理|年加工)约?{NUMBER}(?:{UNIT_WORDS}|[万亿]?\p{{Han}})"
    ))
    .expect("static regex")
});

/// Reads the names of the article's projects.
pub(crate) fn relations(doc: &mut Doc) {
    for s in doc.title_sents.min(doc.sents.len())..doc.sents.len() {
        let projects: Vec<Mention> = doc.sents[s]
            .of(doc, Class::Project)
            .filter(|m| !doc.nested(s, m))
            .collect();
        for m in projects {
            read(doc, s, m);
        }
    }
    stated_owner_wins(doc);
}

/// `汶溪|年产…项目由E投资建设`: the builder the text states owns the
/// project; a name read from the project's first words (a place, a brand)
/// is none, and a company read there only for that is dropped.
fn stated_owner_wins(doc: &mut Doc) {
    let stated: Vec<(usize, usize)> = doc
        .facts
        .iter()
        .filter(|f| f.property == ck::OWNED_BY && f.rule == "project.owned.built-by")
        .filter_map(|f| match f.value {
            super::Value::Entity(o) => Some((f.subject, o)),
            _ => None,
        })
        .collect();
    let mut dropped = Vec::new();
    doc.facts.retain(|f| {
        let guessed = f.property == ck::OWNED_BY
            && f.rule == "project.owned.name-prefix"
            && stated
                .iter()
                .any(|&(p, o)| p == f.subject && f.value != super::Value::Entity(o));
        if guessed {
            if let super::Value::Entity(o) = f.value {
                dropped.push(o);
            }
        }
        !guessed
    });
    for e in dropped {
        let read_here = matches!(
            doc.entities.get(e).rule,
            "project.owner.prefix" | "project.owner.brand"
        );
        let used = doc
            .facts
            .iter()
            .any(|f| f.subject == e || f.value == super::Value::Entity(e));
        if read_here && !used {
            for sent in &mut doc.sents {
                sent.mentions.retain(|m| m.entity != e);
            }
        }
    }
}

/// The parts of one project name.
fn read(doc: &mut Doc, s: usize, m: Mention) {
    let chars = doc.sents[s].chars.clone();
    let end = core_end(&chars, m.start, m.end);
    let mut pos = m.start;
    // A company named right before the quoted name owns it (岚长实业“矿山
    // 机电设备制造项目”); the words inside name no other.
    let mut owner = quoted_owner(doc, s, &m);
    if owner.is_none() {
        possessive_owner(doc, s, &m);
    }
    if owner.is_none() && branded_nickname(doc, s, &m, end) {
        return;
    }
    // The zone, place or company the name opens with.
    while let Some(n) = doc.sents[s]
        .mentions
        .iter()
        .find(|n| n.start == pos && n.end < end && n.entity != m.entity)
        .copied()
    {
        if doc.class(n.entity) == Class::Enterprise {
            owner = Some(n.entity);
        }
        pos = n.end;
    }
    // A brand (and its business word) before what the project makes; after
    // a place opening the name (湖北|中创医疗, 武汉|绿友…), the company's name
    // holds the place.
    let mut company = None;
    let mut place_brand = false;
    if owner.is_none() {
        let place = place_opening(doc, s, pos, end);
        // (周口|临港/ns|生物科技园: a place's part after the place is no
        // brand; a foreign name may be tagged so too: 瑞典|斯堪尼亚/ns.)
        let found = place
            .filter(|&(_, after)| !tagged_at(doc, s, after, "ns"))
            .and_then(|(_, after)| Some((after, brand(doc, s, after, end)?)));
        // (西平县|永浩|休闲户外用品…: after a county alone the brand is
        // skipped, but names no company the text would count.)
        let county_only = found.is_some() && place.is_some_and(|(f, _)| f.is_none());
        place_brand = found.is_some() && !county_only;
        // (万州|物流项目, 瑞典|斯堪尼亚/ns…: a place opening the name is no
        // brand itself.)
        let found =
            found.or_else(|| Some((pos, brand(doc, s, pos, end)?)).filter(|_| place.is_none()));
        if let Some((at, (brand_end, company_end))) = found {
            let from = match place {
                Some((Some(f), _)) if place_brand => f,
                _ => place_before(doc, s, at, m.start),
            };
            company = match company_end {
                _ if county_only => None,
                Some(e) => Some((from, e)),
                None if place_brand => Some((from, trade_end(doc, &chars, brand_end, end))),
                None => None,
            };
            pos = company_end.unwrap_or(brand_end);
            // (山西待见|生物|沙棘饮料: what the company makes follows its
            // trade.)
            if let Some((_, to)) = company.filter(|&(_, to)| to > pos && to < end) {
                pos = to;
            }
        }
        if let Some((Some(f), after)) = place.filter(|_| company.is_none()) {
            if let Some((plant, trade_end, quality)) = city_trade(doc, &chars, after, end) {
                if plant {
                    company = Some((f, trade_end));
                    place_brand = true;
                }
                if !quality {
                    pos = trade_end;
                }
            }
        }
    }
    // (一汽|弗迪/nr|动力电池: after the owner's name, a partner's brand, a
    // proper name or a word jieba does not know, opens what their joint
    // venture makes.)
    if owner.is_some() && company.is_none() {
        pos = partner_brand_end(doc, s, pos, end);
    }
    pos = after_openers(&chars, pos, end);
    // (年产|PET瓶片|20万吨: the opener before what is made, the amount
    // after it.)
    let opened = capacity_opener_at(&chars, pos, end)
        .filter(|&n| pos + n + 2 <= end && !chars[pos + n].is_ascii_digit());
    pos += opened.unwrap_or(0);
    let rest: String = chars[pos..end].iter().collect();
    // (延长石油|50万吨/年|煤基乙醇: a capacity per year inside the name, after
    // a company's name read as none, opens what it makes too.)
    let mut end = end;
    let amount = capacity_in(&rest)
        .or_else(|| PER_YEAR_INSIDE.find(&rest))
        .or_else(|| YEARLY_INSIDE.find(&rest));
    if let Some(c) = amount {
        pos += rest[..c.end()].chars().count();
        // (30万吨|级|原油码头: a class of size; what follows is no output.)
        if chars.get(pos) == Some(&'级') {
            end = pos;
        }
        // (年产10万吨|的|再生铝项目.)
        if chars.get(pos) == Some(&'的') && pos + 2 < end {
            pos += 1;
        }
        // (年产40万吨|复合肥料|一期20万吨生产线: a phase with its own amount
        // after what is made closes it.)
        if let Some(p) = (pos + 2..end.saturating_sub(2)).find(|&p| {
            is_han_digit(chars[p]) && chars[p + 1] == '期' && chars[p + 2].is_ascii_digit()
        }) {
            end = p;
        }
    }
    let products = made_in_name(doc, s, &m, &chars, (pos, end), amount.is_some());
    // (铭都网络 listed among 上海项目: the item is the name of both, one
    // entity, owned by no other.)
    let whole = company == Some((m.start, m.end));
    if let Some((from, to)) = company.filter(|&(_, to)| {
        !whole
            && !in_zone_suffix(doc, &chars, to, end)
            && (!products.is_empty() || place_brand || brand_owns(doc, &chars, &m, end, to))
    }) {
        if let Some(to) = owner_end(doc, &chars, from, to) {
            owner = doc.mention(s, from, to, Class::Enterprise, "project.owner.brand");
        }
    }
    if let Some(e) = owner {
        doc.relate(m.entity, ck::OWNED_BY, e, s, "project.owned.name-prefix");
    }
    // (综合性|智能制造产业基地: a quality, nothing made; a work's name
    // (…高铁, …总部) names where, not what.)
    let work = doc.entities.get(m.entity).rule == "project.name.works";
    for (a, b) in products
        .into_iter()
        .filter(|&(_, b)| chars[b - 1] != '性' && !work)
        // (中化兴中|六期项目: a phase, nothing made.)
        .filter(|&(a, b)| !super::names::is_phase(&chars[a..b].iter().collect::<String>()))
    {
        if let Some(p) = doc.mention(s, a, b, Class::Product, "product.name.project") {
            doc.relate(m.entity, ck::PRODUCES, p, s, "chain.produces.project-name");
        }
    }
}

/// Where a partner's brand after the owner's name ends (一汽|弗迪/nr|动力
/// 电池): a proper name or a word jieba does not know, read as [`brand`]
/// reads one; `pos` when there is none.
fn partner_brand_end(doc: &Doc, s: usize, pos: usize, end: usize) -> usize {
    let proper = doc.sents[s].toks.iter().any(|t| {
        t.start == pos && (t.oov || matches!(t.tag.as_str(), "nr" | "ns" | "nt" | "nz" | "j"))
    });
    match brand(doc, s, pos, end) {
        Some((brand_end, _)) if proper => brand_end,
        _ => pos,
    }
}

/// Where the company's name `chars[from..to]` before a project ends: a
/// phase (岚阳光|二期) or the city of the plant (荣岚新能源|曲靖) after the
/// brand is the project's, not the company's.
pub(super) fn owner_end(doc: &Doc, chars: &[char], from: usize, to: usize) -> Option<usize> {
    // (洋浦商业石油储备及|…码头: a name a conjunction closes is the first of
    // two things, no company's.)
    if to == from || "及和与、".contains(chars[to - 1]) {
        return None;
    }
    let tail = |n: usize| -> String { chars[to - n..to].iter().collect() };
    let end = (2..=3)
        .filter(|&n| to >= from + n + 2)
        .find(|&n| super::names::is_phase(&tail(n)) || doc.lex.places.contains_key(&tail(n)))
        .map_or(to, |n| to - n);
    // (文山至|砚山天然气管道: a route's start, no company's.)
    (chars[end - 1] != '至').then_some(end)
}

/// Where what a project makes starts after the words that open it at
/// `pos`: a name joined by 暨, 国产, a phase, a class of size.
fn after_openers(chars: &[char], mut pos: usize, end: usize) -> usize {
    // (A研发中心暨|B生产线项目: 暨 joins two names; the last names the
    // thing made.)
    if let Some(j) = chars[pos..end].iter().rposition(|c| *c == '暨') {
        pos += j + 1;
    }
    // (国产|半导体…: made at home, a quality of what is made.)
    if chars[pos..end].starts_with(&['国', '产']) && end >= pos + 4 {
        pos += 2;
    }
    // (…有限责任公司|一期|4万吨/年聚甲醛: a phase before the capacity.)
    if let Some(n) = (2..=3).find(|&n| {
        pos + n < end && super::names::is_phase(&chars[pos..pos + n].iter().collect::<String>())
    }) {
        pos += n;
    }
    pos += lines_counted_len(chars, pos, end);
    // (万吨级|磷酸铁锂产业化生产基地: a class of size, no part of what is
    // made.)
    let scale = chars[pos..end]
        .iter()
        .take_while(|c| "十百千万亿".contains(**c))
        .count();
    if scale > 0 && chars[pos + scale..end].starts_with(&['吨', '级']) && end >= pos + scale + 4 {
        pos += scale + 2;
    }
    pos
}

/// The length of a line's rank or the lines' count opening `chars[pos..end]`
/// (一期|第二条|8万吨磷酸铁锂生产线, 多条|原料药生产线), with at least two
/// chars after it; 0 when there is none.
fn lines_counted_len(chars: &[char], pos: usize, end: usize) -> usize {
    let rank = usize::from(chars.get(pos) == Some(&'第'));
    let digits = chars[(pos + rank).min(end)..end]
        .iter()
        .take_while(|c| is_han_digit(**c) || c.is_ascii_digit() || (rank == 0 && **c == '多'))
        .count();
    let closes = |c: char| c == '条' || (rank == 1 && "座号".contains(c));
    if digits > 0 && pos + rank + digits + 3 <= end && closes(chars[pos + rank + digits]) {
        rank + digits + 1
    } else {
        0
    }
}

/// A business word right after a city opening a project's name: whether
/// it names a plant's company with the city (抚顺|石化|乙烯扩能项目, as
/// state-owned plants are named: 燕山石化), not a quality or a service
/// (宜宾|智慧|灯杆, 吴江|纺织|科技产业园); where the word ends; and whether it
/// is a quality of what is made (智慧灯杆), not a trade.
fn city_trade(doc: &Doc, chars: &[char], after: usize, end: usize) -> Option<(bool, usize, bool)> {
    let b = business_at(doc, chars, after, end).filter(|&b| b >= 2 && end >= after + b + 2)?;
    let plant = matches!(chars[after + b - 1], '化' | '业' | '钢');
    let trade: String = chars[after..after + b].iter().collect();
    let quality = super::names::INDUSTRY_ADJECTIVES.contains(&trade.as_str());
    Some((plant, after + b, quality))
}

/// The length of the capacity opener (年产, 产能…) `chars[pos..end]`
/// starts with.
fn capacity_opener_at(chars: &[char], pos: usize, end: usize) -> Option<usize> {
    CAPACITY_OPENERS.iter().find_map(|w| {
        let n = w.chars().count();
        (pos + n <= end && w.chars().zip(&chars[pos..]).all(|(a, b)| a == *b)).then_some(n)
    })
}

/// Where what is made starts in `chars[a..b]` after a class of material
/// before a known product (生物降解材料|聚乳酸, 有机原料|精对苯二甲酸); `a`
/// when there is none.
pub(crate) fn after_material_class(doc: &Doc, chars: &[char], a: usize, b: usize) -> usize {
    (a + 2..b.saturating_sub(1))
        .find(|&p| {
            matches!(chars[p - 2..p], ['原', '料'] | ['材', '料'])
                && doc
                    .lex
                    .products
                    .contains_key(&chars[p..b].iter().collect::<String>())
        })
        .unwrap_or(a)
}

/// `project.owned.possessive`: E的P项目 — the company's project.
fn possessive_owner(doc: &mut Doc, s: usize, m: &Mention) {
    let chars = &doc.sents[s].chars;
    let owner = m
        .start
        .checked_sub(1)
        .filter(|&d| chars[d] == '的')
        .and_then(|d| company_ending_at(doc, s, d));
    if let Some(e) = owner {
        doc.relate(m.entity, ck::OWNED_BY, e, s, "project.owned.possessive");
    }
}

/// The company whose name (not inside a longer one) ends at char `at`.
fn company_ending_at(doc: &Doc, s: usize, at: usize) -> Option<usize> {
    doc.sents[s]
        .of(doc, Class::Enterprise)
        .find(|e| e.end == at && !doc.nested(s, e))
        .map(|e| e.entity)
}

/// What a project's name says it makes, between `pos` and `end` (its
/// brand and capacity read off): the char spans of the products.
fn made_in_name(
    doc: &Doc,
    s: usize,
    m: &Mention,
    chars: &[char],
    (pos, end): (usize, usize),
    after_amount: bool,
) -> Vec<(usize, usize)> {
    product_parts(chars, pos, end)
        .into_iter()
        .map(|(a, b)| {
            // (PET瓶片|20万吨: the amount after what is made.)
            let text: String = chars[a..b].iter().collect();
            let b = super::chain::AMOUNT_SUFFIX
                .find(&text)
                .map_or(b, |t| a + text[..t.start()].chars().count());
            let a = after_material_class(doc, chars, a, b);
            let a = a + lines_counted_len(chars, a, b);
            // 聚乙醇酸(PGA): the abbreviation in brackets is no part of it.
            let b = match chars[a..b].iter().rposition(|c| matches!(c, '(' | '（')) {
                Some(o)
                    if matches!(chars[b - 1], ')' | '）')
                        && chars[a + o + 1..b - 1]
                            .iter()
                            .all(|c| c.is_ascii_alphanumeric()) =>
                {
                    a + o
                }
                _ => b,
            };
            // 煤制甲醇: what is made from coal is methanol (not in 铝制动…:
            // 制动 is one word).
            let a = chars[a..b]
                .iter()
                .rposition(|c| *c == '制')
                .map(|p| a + p + 1)
                .filter(|&p| {
                    !chars
                        .get(p)
                        .is_some_and(|c| "动冷造品药剂备热式程".contains(*c))
                        // (精制磷酸, 特制…: a way of making, not a source.)
                        && !"精特自".contains(chars[p - 2])
                })
                .filter(|&p| p > a + 1 && b >= p + 2)
                .unwrap_or(a);
            // (光通信元器件-|光纤陶瓷插芯: the class before a dash, the
            // thing after it.)
            let a = chars[a..b]
                .iter()
                .rposition(|c| matches!(c, '-' | '—' | '－'))
                .map(|p| a + p + 1)
                .filter(|&p| p > a + 1 && b >= p + 2)
                .unwrap_or(a);
            (a, b)
        })
        .flat_map(|(a, b)| unit_products(doc, chars, a, b))
        // (大健康|产业园: what comes before 产业 is an industry; but
        // 中间体|产业化 is a product brought to market.)
        // (亚星钢构 listed as a project: named after its company, it
        // names no product of its own.)
        .filter(|&(a, b)| (a, b) != (m.start, m.end))
        .filter(|&(a, b)| {
            let industry = chars[b..m.end].starts_with(&['产', '业'])
                && !chars[b..m.end].starts_with(&['产', '业', '化']);
            // (年产3000吨|预/v浓缩/v色母粒: after an amount a verb qualifies
            // what is made.)
            let made = match after_amount {
                true => is_product_after_amount(doc, s, a, b),
                false => is_product(doc, s, a, b),
            };
            // (嘉陵江文化旅游职业学院|建设项目: a school to be built is
            // nothing made.)
            let institution = doc.lex.institution_index.ending_at(chars, b).is_some();
            made && !industry && !institution
        })
        // (γ-丁内酯|系列产品: the range of a product is the product.)
        .map(|(a, b)| (a, b - range_suffix_len(&chars[a..b])))
        .collect()
}

/// Words after a product that name its range or its kind (γ-丁内酯|系列产品,
/// 功能薄膜|有关产品): the product is named without them.
const RANGE_WORDS: &[&str] = &[
    "系列产品",
    "及相关产品",
    "等相关产品",
    "相关产品",
    "有关产品",
];

/// The chars of a range word ending `name` (see [`RANGE_WORDS`]) when at
/// least two chars stay before it; 0 otherwise.
pub(super) fn range_suffix_len(name: &[char]) -> usize {
    RANGE_WORDS
        .iter()
        .find(|w| crate::text::chars_end_with(name, w) && name.len() >= w.chars().count() + 2)
        .map_or(0, |w| w.chars().count())
}

/// True when a known word of two chars tagged `tag` starts at `pos`.
fn tagged_at(doc: &Doc, s: usize, pos: usize, tag: &str) -> bool {
    doc.sents[s]
        .toks
        .iter()
        .any(|t| t.start == pos && t.end - t.start == 2 && !t.oov && t.tag.as_str() == tag)
}

/// `project.owner.brand` for a brand before a quoted nickname (皇家小虎
/// “西南超级工厂”项目, the name ending at `end` before its 项目): the brand
/// owns the project, and the nickname names nothing made. True when read
/// so.
fn branded_nickname(doc: &mut Doc, s: usize, m: &Mention, end: usize) -> bool {
    let chars = &doc.sents[s].chars;
    let Some(q) = chars[m.start..end].iter().position(|c| *c == '“') else {
        return false;
    };
    let q = m.start + q;
    let closed = chars[q..end].contains(&'”');
    let brand_ok = (2..=6).contains(&(q - m.start))
        && chars[m.start..q].iter().all(|c| crate::text::is_han(*c))
        && !doc.sents[s]
            .mentions
            .iter()
            .any(|n| n.start == m.start && n.end <= q && n.entity != m.entity);
    let words = chars[m.start..q].iter().collect::<String>();
    if !(closed && brand_ok)
        || doc.lex.names_place(&chars[m.start..q])
        || super::enterprise::generic(&words)
    {
        return false;
    }
    if let Some(e) = doc.mention(s, m.start, q, Class::Enterprise, "project.owner.brand") {
        doc.relate(m.entity, ck::OWNED_BY, e, s, "project.owned.name-prefix");
    }
    true
}

/// `project.owner.quoted`: the company named right before a quoted
/// project name (A公司“P项目”, 岚长实业“P项目”): a company read before, or a
/// two-char brand and its business word after a list mark or a verb.
fn quoted_owner(doc: &mut Doc, s: usize, m: &Mention) -> Option<usize> {
    let chars = &doc.sents[s].chars;
    let q = m.start.checked_sub(1)?;
    if chars[q] != '“' || chars.get(m.end) != Some(&'”') {
        return None;
    }
    if let Some(e) = company_ending_at(doc, s, q) {
        return Some(e);
    }
    let word = (2..=4)
        .rev()
        .find(|&n| q >= n + 2 && doc.lex.core_trie.contains(&chars[q - n..q]))?;
    let from = q - word - 2;
    let opened = from == 0
        || matches!(chars[from - 1], '、' | '，' | ',' | '了' | '：' | ':')
        || doc.sents[s]
            .toks
            .iter()
            .any(|t| t.end == from && t.tag.starts_with('v') && !t.oov);
    let brand_ok = chars[from..q - word]
        .iter()
        .all(|c| crate::text::is_han(*c));
    if !(opened && brand_ok) {
        return None;
    }
    doc.mention(s, from, q, Class::Enterprise, "project.owner.quoted")
}

/// True when a zone's suffix runs across `to` (中北高新|区战略性…产业园):
/// the words before it name a zone, no company.
fn in_zone_suffix(doc: &Doc, chars: &[char], to: usize, end: usize) -> bool {
    (to + 1..=(to + 3).min(end)).any(|e| {
        doc.lex
            .zone_index
            .ending_at(chars, e)
            .is_some_and(|i| e - doc.lex.zone_suffixes[i].0.chars().count() < to)
    })
}

/// True when the company read from a project's name (ending at `to`; what
/// the project makes ends at `end`) owns the project, products aside.
fn brand_owns(doc: &Doc, chars: &[char], m: &Mention, end: usize, to: usize) -> bool {
    // A brand with a business word is a company when a product follows it
    // (江松科技|光伏自动化设备), not before a facility (江夏国际|会展中心).
    let tail: String = chars[to..m.end].iter().collect();
    let made_here = [
        "生产",
        "制造",
        "基地",
        "工厂",
        "制药",
        "产业化",
        "二期",
        "三期",
        "扩建",
        "扩产",
        "加工",
        "总部",
    ]
    .iter()
    .any(|w| tail.contains(w));
    // 豪威科技项目: a project named after its company alone.
    let named_after = to >= end;
    // 娃哈哈|文成项目, 圆通|菏泽智创园: a brand, then the place the
    // company builds in and at most a short facility's name. (Not 大唐|西安
    // 热电厂——…管网工程: works named after another's plant.)
    let builds_in = (2..=4).any(|n| {
        to + n <= end && end - (to + n) <= 4 && doc.lex.place_trie.contains(&chars[to..to + n])
    });
    made_here || named_after || builds_in
}

/// Where what a project makes ends: before its suffix, phase and the
/// activity words (…生产线扩产项目(二期)).
fn core_end(chars: &[char], start: usize, end: usize) -> usize {
    let mut end = end;
    // A phase in brackets after the suffix: 冷轧项目(二期).
    if matches!(chars.get(end.wrapping_sub(1)), Some(')' | '）')) {
        if let Some(open) = chars[start..end]
            .iter()
            .rposition(|c| matches!(c, '(' | '（'))
        {
            if chars[start + open..end].contains(&'期') {
                end = start + open;
            }
        }
    }
    'strip: loop {
        for w in TAIL_WORDS {
            let w: Vec<char> = w.chars().collect();
            // (…深加工 stays: processing of what it names makes no product.)
            let deep = w[..] == ['加', '工'] && end >= 3 && chars[end - 3] == '深';
            if end >= start + w.len() + 2 && chars[..end].ends_with(&w) && !deep {
                end -= w.len();
                // (…涂料科研及|产业化: activities joined, each stripped.)
                if end >= start + 3 && matches!(chars[end - 1], '及' | '和' | '与' | '、') {
                    end -= 1;
                }
                continue 'strip;
            }
        }
        // (四川时代动力电池|一至六期|项目, …|十二期: any phase.)
        if let Some(n) = (3..=5).rev().find(|&n| {
            end >= start + n + 2
                && super::names::is_phase(&chars[end - n..end].iter().collect::<String>())
        }) {
            end -= n;
            continue 'strip;
        }
        break end;
    }
}

/// What a plant's unit makes (`a..b` names the unit or what it makes): a
/// known product before 装置 (乙烯|装置), and each side of 联产, the two made
/// together (二甘醇胺|联产|吗啉装置).
pub(crate) fn unit_products(doc: &Doc, chars: &[char], a: usize, b: usize) -> Vec<(usize, usize)> {
    const JOINT: [char; 2] = ['联', '产'];
    let joint = (a + 2..b.saturating_sub(3)).find(|&p| chars[p..].starts_with(&JOINT));
    let unit = b >= a + 4
        && chars[..b].ends_with(&['装', '置'])
        && (joint.is_some() || doc.lex.product_trie.contains(&chars[a..b - 2]));
    let b = if unit { b - 2 } else { b };
    match joint.filter(|&p| b >= p + 4) {
        Some(p) => vec![(a, p), (p + 2, b)],
        None => vec![(a, b)],
    }
}

/// A known word of the lexicon starting at `i`: a product, an industry, a
/// business word or a modifier of names (what follows a brand).
fn known_at(doc: &Doc, chars: &[char], i: usize, end: usize) -> bool {
    let upto = &chars[..end];
    let word = |trie: &crate::lexicon::WordTrie| trie.lengths_at(upto, i, 10).any(|n| n >= 2);
    word(&doc.lex.product_trie)
        || word(&doc.lex.industry_trie)
        || word(&doc.lex.core_trie)
        || super::chain::MODIFIERS
            .iter()
            .any(|w| crate::text::chars_start_with(&upto[i..], w))
}

/// The length (chars) of the longest business word starting at `q` (科技,
/// 铝业, 生物科技). One only: what follows it is what the company makes
/// (江松科技|光伏自动化设备, not 江松科技光伏).
fn business_at(doc: &Doc, chars: &[char], q: usize, end: usize) -> Option<usize> {
    doc.lex.core_trie.lengths_at(&chars[..end], q, 10).max()
}

/// A brand opening the rest of a name at `pos`: two to four chars the
/// lexicon does not know, followed by a word it knows (孚能|新能源, 格林美|
/// 新能源, 创源|高强…). Gives where the brand ends and, when business words
/// follow (江松|科技), where the company's name ends.
fn brand(doc: &Doc, s: usize, pos: usize, end: usize) -> Option<(usize, Option<usize>)> {
    let chars = &doc.sents[s].chars;
    if end < pos + 4 || known_at(doc, chars, pos, end) {
        return None;
    }
    // (高效/a|太阳能叠瓦组件, 新型/b|…: a quality of what is made, no brand.)
    let quality = doc.sents[s].toks.iter().any(|t| {
        t.start == pos
            && t.end - t.start >= 2
            && !t.oov
            && matches!(t.tag.as_str(), "a" | "ad" | "an" | "b" | "d")
    });
    // (国产|半导体…: made at home, no brand; 第一|再生水厂: a city's first,
    // no brand either.)
    // (年产|PET瓶片20万吨…: a capacity's opener, no brand.)
    let opener = capacity_opener_at(chars, pos, end).is_some();
    if quality || opener || chars[pos..].starts_with(&['国', '产']) || chars[pos] == '第' {
        return None;
    }
    // 天合光能|青海基地: a place after the brand ends it too.
    let place_at =
        |q: usize| (2..=4).any(|n| q + n <= end && doc.lex.place_trie.contains(&chars[q..q + n]));
    // A short name the article gave a company before (博俊 after 江苏博俊…).
    if known_company_at(doc, &doc.sents[s], pos) {
        let n = (2..=4).rev().find(|&n| {
            pos + n <= end
                && doc
                    .entities
                    .find(
                        Class::Enterprise,
                        &chars[pos..pos + n].iter().collect::<String>(),
                    )
                    .is_some()
        })?;
        // …and the business words of its full name (江松|科技 after 江松科技).
        let b = business_at(doc, chars, pos + n, end)
            .filter(|&b| end - (pos + n + b) >= 2)
            .unwrap_or(0);
        return Some((pos + n + b, None));
    }
    // 立雅信|5万吨致密刚玉: a capacity after the brand ends it too.
    let amount_at = |q: usize| {
        chars[q].is_ascii_digit() && CAPACITY.is_match(&chars[q..end].iter().collect::<String>())
    };
    // 云南裕能|一期…: a phase after the brand ends it too.
    let staged = |q: usize| {
        (2..=3).any(|n| {
            q + n <= end && super::names::is_phase(&chars[q..q + n].iter().collect::<String>())
        })
    };
    let q = (pos + 2..=(pos + 4).min(end - 2)).find(|&q| {
        chars[pos..q].iter().all(|c| crate::text::is_han(*c))
            && (known_at(doc, chars, q, end)
                || chars[q].is_ascii_alphabetic()
                || place_at(q)
                || amount_at(q)
                || staged(q))
    })?;
    // 深圳立雅信|5万吨…: a brand before its capacity (or its phase) is the
    // company, unless it is a word of what is done (扩能, 新上).
    if amount_at(q) || staged(q) {
        // (云南|裕/nr|能/v|一期: before a phase, a char jieba split off a
        // proper name is no verb of the clause.)
        let split = !amount_at(q);
        let verb = doc.sents[s].toks.iter().any(|t| {
            t.start >= pos
                && t.end <= q
                && !t.oov
                && t.tag.starts_with(['v', 'd', 'p', 'm'])
                && !(split && t.end - t.start == 1)
        });
        let brand: String = chars[pos..q].iter().collect();
        let activity = TAIL_WORDS.contains(&brand.as_str())
            || super::names::is_phase(&brand)
            || CAPACITY_OPENERS.iter().any(|w| brand.contains(w));
        return (!verb && !activity && known_word_free(doc, chars, pos, q)).then_some((q, Some(q)));
    }
    // 海信|长沙综合生产基地, 农夫山泉|均州工厂: a brand before a place is the
    // company building there.
    if place_at(q) && known_word_free(doc, chars, pos, q) {
        return Some((q, Some(q)));
    }
    // 比亚迪/nr|动力电池: one proper name before what it makes is the
    // company's.
    // (格林/nr|美/ns: jieba may split the name, a proper word and one
    // char.)
    let proper_tag =
        |t: &super::Tok| matches!(t.tag.as_str(), "nr" | "nz" | "nt" | "nrt" | "j") || t.oov;
    let pieces: Vec<&super::Tok> = doc.sents[s]
        .toks
        .iter()
        .filter(|t| t.start >= pos && t.end <= q)
        .collect();
    let proper = pieces.first().is_some_and(|t| t.start == pos)
        && pieces.last().is_some_and(|t| t.end == q)
        && pieces.windows(2).all(|w| w[0].end == w[1].start)
        && pieces.iter().any(|t| proper_tag(t))
        && pieces
            .iter()
            .all(|t| proper_tag(t) || (t.end - t.start == 1 && t.tag.as_str().starts_with('n')));
    // (A business word that names an industry too opens what is made:
    // 格林美|新能源正极材料.)
    // (…能源化工|总部经济: a company's trade before what it does there.)
    let industry_word = |n: usize| {
        chars[q + n - 1] != '业'
            && doc.lex.industry_trie.contains(&chars[q..q + n])
            && doc
                .lex
                .product_trie
                .lengths_at(&chars[..end], q + n, 10)
                .any(|k| k >= 2)
    };
    if proper
        && known_word_free(doc, chars, pos, q)
        && end - q >= 2
        && business_at(doc, chars, q, end).is_none_or(industry_word)
    {
        return Some((q, Some(q)));
    }
    // 江松|科技 and 远洋|铝业 make a company; 格林美|新能源 is a brand before
    // what it makes (新能源 names an industry too).
    let company = business_at(doc, chars, q, end)
        // (乳业, 药业: a trade's word names the company whatever else it is;
        // so does one that ends the name, 岚禾|食品|项目.)
        .filter(|&n| {
            chars[q + n - 1] == '业'
                || (q + n == end && chars[end..].starts_with(&['项', '目']))
                || !doc.lex.industry_trie.contains(&chars[q..q + n])
        })
        // (特种|工程|塑料制品: 工程 before a material names the material.)
        .filter(|&n| !(chars[q..q + n] == ['工', '程'] && made_at(doc, chars, q + n, end)))
        // (电路/n|材料|华东制造基地: a common noun before a head of things
        // made is what is made, no brand and its trade.)
        .filter(|&n| {
            !(doc.lex.product_head_at(&chars[..q + n], q) == Some(n)
                && doc.sents[s]
                    .toks
                    .iter()
                    .filter(|t| t.start >= pos && t.end <= q)
                    .all(|t| !t.oov && t.tag == "n"))
        })
        .map(|n| q + n)
        // (海鑫|精密|工业|新能源汽车…: a trade's word after the first.)
        .map(|e| match business_at(doc, chars, e, end) {
            Some(n) if chars[e + n - 1] == '业' && end >= e + n + 2 => e + n,
            _ => e,
        })
        .filter(|&e| end - e >= 2 || e == end);
    Some((q, company))
}

/// True when a product of the lexicon or a generic head of things made
/// (装置, 制品…) starts at `i` of a name ending at `end`.
pub(crate) fn made_at(doc: &Doc, chars: &[char], i: usize, end: usize) -> bool {
    longest_word_at(&doc.lex.product_trie, &chars[..end], i, 10, |_| true).is_some()
        || doc.lex.product_head_at(&chars[..end], i).is_some()
}

/// A province's or city's name opening a project's name at `pos`: where it
/// starts (`None` after counties alone) and where the rest begins. (A county's or district's name is
/// where the project is, not part of the company's: 遂平县|河南惠强新材…;
/// a short name the article gave a company, 宜春一欣…, is read as such.)
fn place_opening(doc: &Doc, s: usize, pos: usize, end: usize) -> Option<(Option<usize>, usize)> {
    let chars = &doc.sents[s].chars;
    if known_company_at(doc, &doc.sents[s], pos) {
        return None;
    }
    let mut at = pos;
    loop {
        let Some(n) = longest_word_at(&doc.lex.place_trie, chars, at, 4, |n| at + n + 2 <= end)
        else {
            // Counties only: the rest starts after them, no company's
            // place opens it.
            return (at > pos).then_some((None, at));
        };
        if !matches!(chars[at + n - 1], '县' | '区' | '镇' | '乡') {
            return Some((Some(at), at + n));
        }
        at += n;
    }
}

/// Where the trade after a brand ends when it names the project or its
/// headquarters (湖北中创|医疗(项目), 内蒙古双欣|能源|化工|总部经济) or comes
/// before what the company makes (山西待见|生物|沙棘饮料): industry words in
/// a row, up to a product of the lexicon; else `brand_end`.
fn trade_end(doc: &Doc, chars: &[char], brand_end: usize, end: usize) -> usize {
    let mut e = brand_end;
    let product_len =
        |e: usize| longest_word_at(&doc.lex.product_trie, &chars[..end], e, 10, |_| true);
    let product_at = |e: usize| product_len(e).is_some();
    while let Some(n) = doc.lex.industry_trie.lengths_at(chars, e, 6).last() {
        // (四川时代|动力电池|一期项目: a trade that is itself a thing made
        // is what the project makes, not the company's name.)
        if n < 2
            || e + n > end
            || chars[e..].starts_with(&['总', '部'])
            || (e > brand_end && product_at(e))
            || product_len(e).is_some_and(|p| p >= n)
        {
            break;
        }
        e += n;
    }
    let names = e > brand_end
        && (e == end
            || chars[e..end].starts_with(&['总', '部'])
            || (end >= e + 2 && product_at(e)));
    if names {
        e
    } else {
        brand_end
    }
}

/// True when no word of the lexicon (product, industry, place) lies in
/// `a..b`: a brand, not a description.
fn known_word_free(doc: &Doc, chars: &[char], a: usize, b: usize) -> bool {
    (a..b).all(|i| !known_at(doc, chars, i, b) && !doc.lex.place_trie.contains(&chars[i..b]))
}

/// A place mention right before `pos` inside the project's name
/// (河南|远洋铝业): it opens the company's name.
fn place_before(doc: &Doc, s: usize, pos: usize, start: usize) -> usize {
    doc.sents[s]
        .mentions
        .iter()
        .find(|n| n.end == pos && n.start >= start && doc.class(n.entity) == Class::Place)
        .map_or(pos, |n| n.start)
}

/// The items of what a project makes: `铝棒、铝型材、10万吨再生铝` gives three
/// (a capacity opening an item is not its name), `A及B` two.
fn product_parts(chars: &[char], from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut a = from;
    // 风电叶片、主机等新能源装备: the class after 等 names none of them.
    let to = match chars[from..to].iter().position(|c| *c == '等') {
        Some(p) if p > 0 => from + p,
        _ => to,
    };
    for i in from..=to {
        // (己内酰胺·尼龙6: a middle dot joins two things made.)
        if i == to || matches!(chars[i], '、' | '和' | '及' | '与' | '·') {
            let item: String = chars[a..i].iter().collect();
            let skip = capacity_in(&item).map_or(0, |c| item[..c.end()].chars().count());
            // 大包装番茄酱生产线及小包装生产线: each item ends in its own
            // facility word. (30万吨|级|原油码头: a class of size, no output.)
            if !(skip > 0 && chars.get(a + skip) == Some(&'级')) {
                parts.push((a + skip, core_end(chars, a + skip, i)));
            }
            // (气凝胶及|其|复合产品: 及其 joins as 及 does.)
            a = i + 1 + usize::from(i < to && chars[i] == '及' && chars.get(i + 1) == Some(&'其'));
        }
    }
    parts
}

/// True when an industry word names a sector rather than a thing made
/// (新材料, 新能源, 生物医药; 甲醇 is both an industry and a product).
fn sector(name: &str) -> bool {
    [
        "产业", "业", "能源", "材料", "经济", "制造", "装备", "信息", "医药", "技术", "服务",
        "化工",
    ]
    .iter()
    .any(|w| name.ends_with(w))
        || name.chars().count() > 4
}

/// True when a name is made of industry words only (新能源新材料).
fn all_industry(doc: &Doc, name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    let mut ok = vec![false; chars.len() + 1];
    ok[0] = true;
    for i in 0..chars.len() {
        if !ok[i] {
            continue;
        }
        for j in i + 2..=chars.len().min(i + 8) {
            if doc
                .lex
                .industries
                .contains(&chars[i..j].iter().collect::<String>())
            {
                ok[j] = true;
            }
        }
    }
    ok[chars.len()]
}

/// True when `a..b` can name a product: a noun phrase of two to sixteen
/// chars, not an industry (新材料), a place or a facility (生态社区).
pub(crate) fn is_product(doc: &Doc, s: usize, a: usize, b: usize) -> bool {
    product_words(doc, s, a, b, false)
}

/// [`is_product`] for the words right after an amount made (年产10万吨|质子
/// 交换/v膜): there a verb inside the name qualifies the noun that ends it
/// (an exchange membrane), it opens no clause.
pub(crate) fn is_product_after_amount(doc: &Doc, s: usize, a: usize, b: usize) -> bool {
    product_words(doc, s, a, b, true)
}

fn product_words(doc: &Doc, s: usize, a: usize, b: usize, after_amount: bool) -> bool {
    let sent = &doc.sents[s];
    if b < a + 2 || b - a > 16 {
        return false;
    }
    let name: String = sent.chars[a..b].iter().collect();
    let toks: Vec<&super::Tok> = sent
        .toks
        .iter()
        .filter(|t| t.end > a && t.start < b)
        .collect();
    let clause = toks.iter().enumerate().any(|(i, t)| {
        let tag = t.tag.as_str();
        let word: String = sent.chars[t.start..t.end].iter().collect();
        // (超高/v|分子量…: a quality of a material; 管道|连接/v|装置: a verb
        // before the generic head it qualifies.)
        // (复合肥料/l: a fixed phrase ending in a generic head is a noun.)
        let qualifies = super::project::MATERIAL_PREFIXES.contains(&word.as_str())
            || (t.end >= b && doc.lex.ends_in_product_head(&sent.chars[t.start..t.end]))
            || toks.get(i + 1).is_some_and(|n| {
                n.end >= b
                    && doc.lex.product_head_at(&sent.chars[..b], n.start) == Some(b - n.start)
            });
        !t.oov
            && !qualifies
            && t.end - t.start >= 2
            && ((tag.starts_with('v') && tag != "vn")
                || tag.starts_with('d')
                // (其中/r|出口: a pronoun or a conjunction opens a clause.)
                || tag.starts_with('r')
                || matches!(tag, "ad" | "l" | "i" | "c"))
    });
    // A product is a common noun: a name that ends in a person's, place's
    // or brand's name (中芯绍兴, 史丹利) names the project after its owner.
    let known = (a..b).any(|i| {
        super::names::longest_word_at(&doc.lex.product_trie, &sent.chars[..b], i, 10, |_| true)
            .is_some()
    });
    let proper_end = toks.last().is_some_and(|t| {
        t.end >= b
            && matches!(
                t.tag.as_str(),
                "nr" | "ns" | "nrt" | "nrfg" | "j" | "m" | "nt"
            )
    });
    // A brand not stripped opens the name (纳塔|腈纶, 广州市|市政沥青): the
    // name is the project's or company's, not the product's.
    // (A model's code opens a name too: 4W型|发动机.)
    let code = model_code(&name);
    let proper_start = toks.first().is_some_and(|t| {
        t.start <= a
            && !code
            && (t.oov
                || matches!(t.tag.as_str(), "ns" | "nt")
                || doc.lex.place_trie.contains(&sent.chars[t.start..t.end]))
    });
    let adjective_end = states(sent, a, b);
    // A short business word alone (药业, 电子) is no product either.
    let business = name.chars().count() <= 2 && doc.lex.core_suffixes.contains(&name);
    // (新能源汽车电机: sectors before a thing made, which ends the name.)
    let ends_made = (a..b.saturating_sub(1)).any(|i| {
        super::names::longest_word_at(&doc.lex.product_trie, &sent.chars[..b], i, 10, |n| {
            i + n == b
        })
        .is_some()
    });
    let sector_only = all_industry(doc, &name)
        && !doc.lex.products.contains_key(&name)
        && !ends_made
        && sector(&name);
    // (运动损伤/v修复/v|医疗器械: verbs before a known thing made say what
    // it is for.)
    let clause = clause && !(ends_made && b - a >= 6);
    let noun_end = toks
        .last()
        .is_some_and(|t| t.end == b && t.tag.starts_with('n') && !t.oov && t.start > a);
    let clause = clause && !(after_amount && noun_end && !name.contains('的'));
    !(clause || business || sector_only || adjective_end)
        && (known || !proper_end)
        && (known || !proper_start)
        && !name.contains(['(', ')', '（', '）', '号'])
        && (!name.chars().next().is_some_and(|c| c.is_ascii_digit()) || tech_code(&name) || code)
        && !doc.lex.places.contains_key(&name)
        && (!NOT_PRODUCT.iter().any(|w| name.ends_with(w)) || strip(doc, sent, b))
        // (联合利华(四川)|全球|生产基地: a scope, not a thing made.)
        // (法雷奥|北方|基地: a brand's scope too.)
        && !SCOPES.iter().any(|w| name.ends_with(w))
        && (!name.chars().all(|c| c.is_ascii_alphanumeric()) || acronym_after_amount(sent, a, &name))
        && !sent.mentions.iter().any(|m| {
            let class = doc.class(m.entity);
            let around = m.start <= a && b <= m.end;
            let inside = a <= m.start && m.end <= b;
            m.start < b
                && a < m.end
                && class != Class::Product
                && !(around && class == Class::Project)
                && !(inside && class == Class::Place)
        })
}

/// True when `name` opens with a model's code: letters and digits, then 型
/// (4W型发动机).
fn model_code(name: &str) -> bool {
    let code = name.chars().take_while(char::is_ascii_alphanumeric).count();
    code > 0 && name.chars().nth(code) == Some('型')
}

/// True when the 带 ending at `b` is a strip of a metal, a plate's strip or
/// a known thing made (高精度铝板|带, 镀锡|钢带, 光伏焊带), no belt of land
/// (产业带).
fn strip(doc: &Doc, sent: &super::Sent, b: usize) -> bool {
    b >= 2
        && sent.chars[b - 1] == '带'
        && ("钢铜铝锌胶焊皮板".contains(sent.chars[b - 2])
            || (b.saturating_sub(10)..b - 2).any(|i| {
                super::names::longest_word_at(
                    &doc.lex.product_trie,
                    &sent.chars[..b - 1],
                    i,
                    10,
                    |n| i + n == b - 1,
                )
                .is_some()
            }))
}

/// True when `a..b` is a state, no thing made: two words at most, the last
/// an adjective (生产|火热/n忙碌/a; 智能电气成套/a names a product).
pub(crate) fn states(sent: &super::Sent, a: usize, b: usize) -> bool {
    let toks: Vec<&super::Tok> = sent
        .toks
        .iter()
        .filter(|t| t.end > a && t.start < b)
        .collect();
    toks.len() <= 2
        && toks
            .last()
            .is_some_and(|t| t.end >= b && !t.oov && t.end - t.start >= 2 && t.tag.as_str() == "a")
}

/// A material's acronym right after the amount made (年产5万吨|PBAT, 万吨/年
/// |PET): a product, where letters and digits alone are a model or a code.
fn acronym_after_amount(sent: &super::Sent, a: usize, name: &str) -> bool {
    (2..=6).contains(&name.len())
        && name.chars().all(|c| c.is_ascii_uppercase())
        && a >= 1
        && matches!(sent.chars[a - 1], '吨' | '年')
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::{has, labels, read, relations};

    /// A yearly output inside a name after words no rule read opens what
    /// is made; pairs (双) are a count of things made.
    #[test]
    fn a_yearly_output_inside_a_name_opens_the_product() {
        let r = read(
            "岚溪年产1.5万吨碳纤维项目开工。岚峰年产200万双旅游鞋生产项目签约。\
             汶川青禾纺织有限公司年产48万锭色纺纱项目投产。",
        );
        assert!(
            has(&r, "岚溪年产1.5万吨碳纤维项目", "produces", "碳纤维"),
            "{r:?}"
        );
        assert!(
            has(&r, "岚峰年产200万双旅游鞋生产项目", "produces", "旅游鞋"),
            "{r:?}"
        );
        let p = "汶川青禾纺织有限公司年产48万锭色纺纱项目";
        assert!(has(&r, p, "produces", "色纺纱"), "{r:?}");
        assert!(
            labels(&r, crate::model::Class::Product)
                .iter()
                .all(|p| !p.contains("年产")),
            "{r:?}"
        );
    }

    /// Teaching, working together and growing (…职业教育培训基地项目, 说明会
    /// 暨合作项目, 产业集群发展工程) are nothing made.
    #[test]
    fn training_and_cooperation_are_nothing_made() {
        let r = read("总投资10.2亿元的岚溪新型技能人才职业教育培训基地项目签约。汶峰投资说明会暨合作项目签约仪式举行。");
        assert!(labels(&r, crate::model::Class::Product).is_empty(), "{r:?}");
        let r = read("目前,岚溪锆材产业集群已被列入国家战略性新兴产业集群发展工程。");
        assert!(labels(&r, crate::model::Class::Product).is_empty(), "{r:?}");
    }

    /// A model's code (4W型, 6K系) before what is made is part of its
    /// name, no amount; paperwork's verb (办理) opens no project's name.
    #[test]
    fn a_models_code_is_part_of_the_product() {
        let r = read(
            "岚溪发动机股份有限公司的4W型发动机项目一期试生产。汶峰公司正办理2500吨兽药项目环评。",
        );
        assert!(has(&r, "4W型发动机项目", "produces", "4W型发动机"), "{r:?}");
        let projects = labels(&r, crate::model::Class::Project);
        assert!(
            projects.iter().all(|p| !p.starts_with("办理")),
            "{projects:?}"
        );
        // (A class before a dash: what is made is after it.)
        let r = read("岚溪光电公司光通信元器件-光纤陶瓷插芯精密制造生产线投产。");
        let made = labels(&r, crate::model::Class::Product);
        assert!(made.contains(&"光纤陶瓷插芯".to_string()), "{made:?}");
        // (三元: a count of elements, no money.)
        let r = read("岚溪公司年产10万吨三元前驱体项目开工。");
        assert!(
            has(
                &r,
                "岚溪公司年产10万吨三元前驱体项目",
                "produces",
                "三元前驱体"
            ),
            "{r:?}"
        );
    }

    /// A middle dot in a project's name joins two things made
    /// (己二胺·尼龙66项目 makes both).
    #[test]
    fn a_middle_dot_joins_two_products() {
        let r = read("岚川经开区引进了汶峰集团投资的己二胺·尼龙66项目。");
        let p = "己二胺·尼龙66项目";
        for product in ["己二胺", "尼龙66"] {
            assert!(has(&r, p, "produces", product), "{r:?}");
        }
    }

    /// A technology's code opening what a project makes (3D打印机,
    /// 5G通信模组) is part of it, no amount; 50MW still is one.
    #[test]
    fn a_technology_code_is_part_of_the_product() {
        let r = read(
            "高新板块喜添翼。今年,岚兴科技3D打印机项目开工,汶川电子5G通信模组项目投产,\
             岚兴科技50MW光伏组件项目签约。",
        );
        assert!(has(&r, "岚兴科技3D打印机项目", "produces", "3D打印机"));
        assert!(has(&r, "汶川电子5G通信模组项目", "produces", "5G通信模组"));
        assert!(has(&r, "岚兴科技50MW光伏组件项目", "produces", "光伏组件"));
        assert!(has(&r, "岚兴科技3D打印机项目", "ownedBy", "岚兴科技"));
    }

    /// A range of products named in a project (…系列产品项目) is the
    /// product itself.
    #[test]
    fn a_range_of_products_is_the_product() {
        let r = read("岚溪园区签约年产2万吨聚醚多元醇系列产品项目。");
        let p = "年产2万吨聚醚多元醇系列产品项目";
        assert!(has(&r, p, "produces", "聚醚多元醇"), "{r:?}");
        assert!(!has(&r, p, "produces", "聚醚多元醇系列产品"));
    }

    /// A trade after a place and a brand that is itself a thing made
    /// (湖北光明|动力电池) is what the project makes, not the company's
    /// name; a range of phases (一至六期) is no part of what is made.
    #[test]
    fn a_trade_that_is_made_and_a_range_of_phases() {
        let r = read("湖北光明动力电池二期项目投运。园区签订岭川锂电池一至六期项目。");
        let companies = labels(&r, crate::model::Class::Enterprise);
        assert_eq!(companies, ["湖北光明"], "{r:?}");
        assert!(
            has(&r, "岭川锂电池一至六期项目", "produces", "锂电池"),
            "{r:?}"
        );
        assert!(!has(
            &r,
            "岭川锂电池一至六期项目",
            "produces",
            "锂电池一至六期"
        ));
    }

    /// A phase or the plant's city after the brand opening a project's
    /// name (汶溪阳光|二期年产…, 汶峰新能源|曲靖20GW…) is the project's: the
    /// company is the brand alone.
    #[test]
    fn a_phase_or_city_after_the_brand_is_the_projects() {
        let r = read(
            "汶峰新能源曲靖20GW太阳能电池片生产项目开工。\
             汶溪阳光二期年产3.6GW单晶硅棒项目投产。",
        );
        let companies = labels(&r, crate::model::Class::Enterprise);
        assert_eq!(companies, ["汶峰新能源", "汶溪阳光"], "{r:?}");
    }

    /// Inside a project's name 及其 and a stage joined to another (研发与
    /// 产业化) belong to the name; a class of material before a known one
    /// (生物降解材料|聚乳酸) is no part of what is made.
    #[test]
    fn stages_and_classes_inside_a_projects_name() {
        let r = read(
            "此次签约的岚擎高端数控机床研发与产业化项目、石墨烯及其复合产品基地二期项目等8个项目\
             总投资20亿元。溪丹科技10万吨生物降解材料聚乳酸工程项目开工。",
        );
        let projects = labels(&r, crate::extract::Class::Project);
        for p in [
            "岚擎高端数控机床研发与产业化项目",
            "石墨烯及其复合产品基地二期项目",
        ] {
            assert!(projects.contains(&p.to_string()), "{projects:?}");
        }
        assert!(has(
            &r,
            "石墨烯及其复合产品基地二期项目",
            "produces",
            "石墨烯"
        ));
        assert!(has(
            &r,
            "溪丹科技10万吨生物降解材料聚乳酸工程项目",
            "produces",
            "聚乳酸"
        ));
        let products = labels(&r, crate::extract::Class::Product);
        assert!(
            !products.iter().any(|p| p.starts_with('其')),
            "{products:?}"
        );
    }

    /// 年产 opening a name is no brand, and the amount after what is made
    /// is no part of it (年产|ABS粒子|30万吨); a place's own part after the
    /// place (岚州|临港/ns) is no brand either; a second trade word ending
    /// in 业 belongs to the company (溪鑫|精密|工业).
    #[test]
    fn openers_amounts_and_trade_words_around_a_brand() {
        let r = read("青禾集团有限公司总投资8亿元的年产ABS粒子30万吨及配套产品项目签约。");
        assert!(has(
            &r,
            "年产ABS粒子30万吨及配套产品项目",
            "produces",
            "ABS粒子"
        ));
        let firms = labels(&r, crate::extract::Class::Enterprise);
        assert!(!firms.contains(&"年产".to_string()), "{firms:?}");
        let r = read("总投资12亿元的溪鑫精密工业新能源汽车精密零组件制造项目开工。");
        assert!(has(
            &r,
            "溪鑫精密工业新能源汽车精密零组件制造项目",
            "ownedBy",
            "溪鑫精密工业"
        ));
    }

    /// A strip of a metal or of a known thing made (高精度铜板带, 光伏焊带)
    /// is a product; a belt of land (沿江产业带) is not.
    #[test]
    fn a_strip_is_a_product() {
        let r = read("岭泰公司新建年产6万吨高精度铜板带项目和年产2000吨光伏焊带项目。");
        assert!(has(
            &r,
            "年产6万吨高精度铜板带项目",
            "produces",
            "高精度铜板带"
        ));
        assert!(has(&r, "年产2000吨光伏焊带项目", "produces", "光伏焊带"));
        let r = read("岚江县建设沿江产业带项目。");
        assert!(labels(&r, crate::extract::Class::Product).is_empty());
    }

    /// Verbs before a known thing made say what it is for: the name still
    /// names a product (运动损伤修复|医疗器械).
    #[test]
    fn verbs_before_a_known_product_qualify_it() {
        let r = read("岚生生物科技有限公司关节损伤修复医疗器械项目在青禾高新区开工。");
        assert!(has(
            &r,
            "岚生生物科技有限公司关节损伤修复医疗器械项目",
            "produces",
            "关节损伤修复医疗器械"
        ));
    }

    /// A brand before a quoted nickname (岚虎“西北超级工厂”项目) owns the
    /// project; the nickname names nothing made; a place before one
    /// (兰州“陆港枢纽”项目) owns nothing.
    #[test]
    fn a_brand_before_a_quoted_nickname_owns_the_project() {
        let r = read(
            "此次开工建设的岚虎“西北超级工厂”项目，规划设计有速冻食品的生产。\
             兰州“陆港枢纽”项目同日开工。",
        );
        assert_eq!(labels(&r, Class::Enterprise), ["岚虎"]);
        assert!(has(&r, "岚虎“西北超级工厂”项目", "ownedBy", "岚虎"));
        let products = labels(&r, Class::Product);
        assert!(!products.iter().any(|p| p.contains('“')), "{products:?}");
    }
    use crate::extract::Class;

    /// 暨 joins two names in one project's: the last names what is made;
    /// a city's first (第一) is no owner's brand.
    #[test]
    fn the_name_after_ji_says_what_is_made_and_an_ordinal_owns_nothing() {
        let r = read("岚汐锆材研发及检测中心暨核级岭材生产线项目在青禾高新区开工。");
        let p = "岚汐锆材研发及检测中心暨核级岭材生产线项目";
        assert!(has(&r, p, "produces", "核级岭材"));
        assert_eq!(labels(&r, Class::Product), ["核级岭材"]);
        let r = read("岚汐市第一再生水厂、岚汐市污水管网建设等项目完成施工招标。");
        assert!(labels(&r, Class::Enterprise).is_empty());
    }

    /// A company's project (E的P项目) is owned by it; a zone's is not.
    #[test]
    fn a_companys_project_is_its_own() {
        let r = read(
            "岚溪开工。岚峰科技有限公司的锂电池隔膜项目已完成投资8亿元。\
             溪川经济开发区的汶岭光伏组件项目开工。",
        );
        assert!(has(&r, "锂电池隔膜项目", "ownedBy", "岚峰科技有限公司"));
        assert!(!crate::extract::testing::relations(&r)
            .iter()
            .any(|(s, p, o)| s == "汶岭光伏组件项目" && p == "ownedBy" && o.contains("开发区")));
    }

    /// A common noun and a head of things made before a region
    /// (电路材料|华东制造基地项目) name what is made, no brand.
    #[test]
    fn a_thing_made_before_a_region_is_no_brand() {
        let r = read("岭川公司宣布出资20亿元,打造电路材料华东制造基地项目。");
        let firms = labels(&r, Class::Enterprise);
        assert!(!firms.iter().any(|f| f.contains("材料")), "{firms:?}");
    }

    /// The builder the text states (由E投资建设) owns the project; a place
    /// or brand opening the project's name is then no owner, nor a company.
    #[test]
    fn a_stated_builder_outranks_the_names_first_words() {
        let r = read(
            "岚溪开工。汶溪年产2万吨锂电池隔膜项目由岚峰科技有限公司投资建设。\
             园区主要建设年产2亿平方米锂电池隔膜生产线。",
        );
        // (A yearly output in 亿平方米 is no part of what is made.)
        assert!(has(
            &r,
            "年产2亿平方米锂电池隔膜生产线",
            "produces",
            "锂电池隔膜"
        ));
        let p = "汶溪年产2万吨锂电池隔膜项目";
        assert!(has(&r, p, "ownedBy", "岚峰科技有限公司") || has(&r, p, "ownedBy", "岚峰"));
        assert!(!has(&r, p, "ownedBy", "汶溪"));
        let companies = labels(&r, Class::Enterprise);
        assert!(!companies.contains(&"汶溪".to_string()), "{companies:?}");
    }

    /// A company right before a quoted project name owns it, and the words
    /// inside name what it makes, no company; a scene counted one by one
    /// (一片片…生产线) is no project, and a state after 生产 no product.
    #[test]
    fn quoted_projects_scenes_and_states() {
        let r = read(
            "开发区引进了岚长实业“矿山机电设备制造项目”、溪晟资源“废料回收利用项目”等重点项目。\
             一片片光学玻璃基板经全自动生产线精密加工。车间内的生产火热忙碌。",
        );
        let p = "矿山机电设备制造项目";
        assert!(has(&r, p, "ownedBy", "岚长实业"));
        assert!(has(&r, p, "produces", "矿山机电设备"));
        assert!(has(&r, "废料回收利用项目", "ownedBy", "溪晟资源"));
        let companies = labels(&r, Class::Enterprise);
        assert!(
            !companies.contains(&"矿山机电".to_string()),
            "{companies:?}"
        );
        let projects = labels(&r, Class::Project);
        assert!(
            !projects.iter().any(|p| p.starts_with("一片片")),
            "{projects:?}"
        );
        let products = labels(&r, Class::Product);
        assert!(!products.contains(&"火热忙碌".to_string()), "{products:?}");
    }

    /// A brand, then the place it builds in (鑫崖|岳阳|项目) names the
    /// company that owns the project.
    #[test]
    fn a_brand_before_a_place_owns_the_project() {
        let r = read("据了解,鑫崖岳阳项目从签约到投产仅用了8个月。");
        assert!(has(&r, "鑫崖岳阳项目", "ownedBy", "鑫崖"));
        let r = read("据了解,鑫崖岳阳热电厂供热管网改造工程开工。");
        assert!(labels(&r, Class::Enterprise).is_empty());
    }

    /// A phase after a brand ends the company's name (云南岚裕|一期…), and a
    /// line's rank (第二条) is no part of what it makes.
    #[test]
    fn a_phase_ends_the_brand_and_a_lines_rank_makes_nothing() {
        let r = read("园区的云南岚裕一期第二条8万吨磷酸铁锂生产线投入试生产。");
        let p = "云南岚裕一期第二条8万吨磷酸铁锂生产线";
        assert!(has(&r, p, "ownedBy", "云南岚裕"));
        assert!(has(&r, p, "produces", "磷酸铁锂"));
        // (多条|原料药生产线: the lines' count is no part of the product.)
        let r = read("岚溪公司建设研发中心及多条原料药生产线。");
        let products = crate::extract::testing::labels(&r, Class::Product);
        assert_eq!(products, vec!["原料药"], "{products:?}");
    }

    /// A trade's words after a brand (好运|生物) end the company's name
    /// before a product of the lexicon (沙棘饮料): what the company makes;
    /// trade words running to the suffix are the company's (湖北岚创|医疗).
    #[test]
    fn a_brands_trade_ends_before_what_it_makes() {
        let r = read("山西好运生物沙棘饮料项目建设完工。湖北岚创医疗项目开工。");
        assert!(has(
            &r,
            "山西好运生物沙棘饮料项目",
            "ownedBy",
            "山西好运生物"
        ));
        assert!(has(&r, "山西好运生物沙棘饮料项目", "produces", "沙棘饮料"));
        assert!(has(&r, "湖北岚创医疗项目", "ownedBy", "湖北岚创医疗"));
    }

    /// A city and a business word open a project's name as its company
    /// (铜陵|石化|丙烯扩能项目), and 扩能 is an activity, no product's; a
    /// brand's 传动 is its business word (岚峰传动|减速器智慧工厂项目).
    #[test]
    fn a_city_and_a_business_word_name_the_owner() {
        let r = read("铜陵石化丙烯扩能项目完成基础设计审查。岚峰传动减速器智慧工厂项目正式投产。");
        assert!(has(&r, "铜陵石化丙烯扩能项目", "ownedBy", "铜陵石化"));
        assert!(has(&r, "铜陵石化丙烯扩能项目", "produces", "丙烯"));
        assert!(has(&r, "岚峰传动减速器智慧工厂项目", "ownedBy", "岚峰传动"));
    }

    /// A city before a quality or a service (遂宁|智慧|路灯, 万州|物流) names
    /// no company, and a place opening a name is no brand itself; a city
    /// before a plant's trade still is (铜陵|石化, above).
    #[test]
    fn a_city_and_a_quality_name_no_owner() {
        let r = read("今年开工建设遂宁智慧路灯项目、万州物流项目和湖州运营总部项目。");
        let firms = labels(&r, crate::model::Class::Enterprise);
        assert!(firms.is_empty(), "{firms:?}");
        for p in ["遂宁智慧路灯项目", "万州物流项目", "湖州运营总部项目"] {
            assert!(
                !relations(&r).iter().any(|f| f.0 == p && f.1 == "ownedBy"),
                "{r:?}"
            );
        }
    }

    /// A capacity in a unit no value is read in (万千米) still opens what
    /// the project makes; wire made (漆包线) is a product, unlike a
    /// production line; making a product finer (细线化) is none; activities
    /// joined by 及 (科研及产业化) close the name.
    #[test]
    fn products_after_odd_units_and_before_joined_activities() {
        let r = read(
            "岚溪新材年产8000万千米漆包线项目顺利投产。\
             岚溪新材将新增投资3.5亿元打造漆包线细线化项目。\
             同意溪川集团年产2万吨天然植物涂料科研及产业化项目在岚溪落地。",
        );
        assert!(has(
            &r,
            "岚溪新材年产8000万千米漆包线项目",
            "produces",
            "漆包线"
        ));
        assert!(!labels(&r, Class::Product).contains(&"漆包线细线化".to_string()));
        assert!(has(
            &r,
            "溪川集团年产2万吨天然植物涂料科研及产业化项目",
            "produces",
            "天然植物涂料"
        ));
    }

    /// What is brought to market (…中间体|产业化项目) or designed and made
    /// (…|设计制造项目) is made by the project; what comes before 产业 alone
    /// is an industry.
    #[test]
    fn a_product_before_its_industrialisation() {
        let r = read(
            "岚川县签约锂电隔膜产业化项目和大健康产业园项目。\
             岚川县将投资光学镜片设计制造项目。",
        );
        assert!(has(&r, "锂电隔膜产业化项目", "produces", "锂电隔膜"));
        assert!(has(&r, "光学镜片设计制造项目", "produces", "光学镜片"));
        assert!(!labels(&r, Class::Product).contains(&"大健康".to_string()));
    }

    /// A quality opening what a project makes (高精度, 高档) is the product's,
    /// no brand's.
    #[test]
    fn a_quality_opens_the_product_not_a_brand() {
        let r = read("岭川县签约高精度光学元器件项目。岭川县开工高档电解铜箔项目。");
        let p = labels(&r, Class::Product);
        assert_eq!(p, ["高档电解铜箔", "高精度光学元器件"], "{p:?}");
        assert!(labels(&r, Class::Enterprise).is_empty(), "{r:?}");
    }

    /// The power of the plants before a project's name (总装机) owns
    /// nothing.
    #[test]
    fn installed_power_owns_no_project() {
        let r = read("溪岭县实施总装机18.5万千瓦风电项目6个,完成并网9.2万千瓦。");
        assert!(
            labels(&r, Class::Enterprise).is_empty(),
            "{:?}",
            labels(&r, Class::Enterprise)
        );
    }

    /// Works on a whole plant or on its emissions (楚星整体|升级改造,
    /// 钢铁超低排放|改造) make no product.
    #[test]
    fn works_on_a_whole_or_its_emissions_make_no_product() {
        let r = read("岚川汶峰整体升级改造项目和宁禾钢铁超低排放改造项目开工。");
        assert!(labels(&r, Class::Product).is_empty(), "{r:?}");
    }

    /// A company's brand and business word open the name (owner), what
    /// follows up to the activity words is the product, and a capacity
    /// before a list of products belongs to none of them.
    /// A way of making (…智能化加工) and works on a road (…交通改造) end no
    /// product's name.
    #[test]
    fn a_way_of_making_is_no_product() {
        let r =
            read("岭川速冻食品智能化加工及冷链物流一体化建设项目开工。岚溪北向交通改造项目开工。");
        let products = labels(&r, Class::Product);
        assert!(!products.iter().any(|p| p.ends_with('化')), "{products:?}");
        assert!(
            !products.iter().any(|p| p.ends_with("交通")),
            "{products:?}"
        );
    }

    /// Sectors before a thing made name it (岭川科技有限公司新能源汽车电机
    /// 基地项目 makes 新能源汽车电机); sectors alone (新能源新材料) do not.
    #[test]
    fn sectors_before_a_thing_made_name_the_product() {
        let r = read(
            "岭川科技有限公司新能源汽车电机基地项目开工。岳溪科技有限公司新能源新材料项目开工。",
        );
        let products = labels(&r, Class::Product);
        assert!(
            products.contains(&"新能源汽车电机".to_string()),
            "{products:?}"
        );
        assert!(
            !products.contains(&"新能源新材料".to_string()),
            "{products:?}"
        );
    }

    /// A material's acronym after the amount is what the project makes
    /// (年产5万吨PBAT项目); a model code of letters and digits is not.
    #[test]
    fn an_acronym_after_the_amount_is_a_product() {
        let r = read("青峦石化年产5万吨PBAT项目正式开工。汶溪电子W2W9项目同日签约。");
        assert!(has(&r, "青峦石化年产5万吨PBAT项目", "produces", "PBAT"));
        let products = labels(&r, Class::Product);
        assert!(!products.iter().any(|p| p == "W2W9"), "{products:?}");
    }

    #[test]
    fn a_project_name_gives_its_owner_and_products() {
        let r = read(
            "集中开工岚麓科技锂电隔膜二期、宁川科技碳纤维预浸料生产项目等项目10个。\
             园区建设年产8万吨钛白粉、磷酸铁、5万吨硫酸亚铁项目。",
        );
        assert!(
            has(&r, "岚麓科技锂电隔膜二期", "ownedBy", "岚麓科技"),
            "{:?}",
            crate::extract::testing::relations(&r)
        );
        assert!(has(&r, "岚麓科技锂电隔膜二期", "produces", "锂电隔膜"));
        let products = labels(&r, Class::Product);
        for p in ["碳纤维预浸料", "钛白粉", "磷酸铁", "硫酸亚铁"] {
            assert!(products.contains(&p.to_string()), "{p}: {products:?}");
        }
    }

    /// After the owner's name, a partner's proper name opens what their
    /// joint venture makes (一汽|澜迪/ns|动力电池).
    #[test]
    fn a_partners_brand_after_the_owner_is_no_product() {
        let r = read("项目毗邻奥迪新能源工厂、一汽澜迪动力电池等重大项目。");
        assert!(has(&r, "一汽澜迪动力电池", "ownedBy", "一汽"));
        assert!(has(&r, "一汽澜迪动力电池", "produces", "动力电池"));
        assert!(!labels(&r, Class::Product).contains(&"澜迪动力电池".to_string()));
    }

    /// Counted projects (郑州经开区2个项目) and clauses (招商引资及项目) are no
    /// project, and a capacity foreseen (产能将突破300万吨) is none.
    #[test]
    fn counts_clauses_and_bounds_are_no_projects_or_capacities() {
        let r = read(
            "滨江经开区2个项目入选名单。园区推进招商引资及项目建设。\
             该市铝锭产能将突破300万吨。滨江市举行2024年第三次招商引资项目签约活动。\
             十大产业项目全面开工。",
        );
        let projects = labels(&r, Class::Project);
        assert!(projects.is_empty(), "{projects:?}");
        let products = labels(&r, Class::Product);
        assert!(!products.iter().any(|p| p.contains("突破")), "{products:?}");
    }

    /// Projects named after a place or a company (中芯绍兴项目), a facility
    /// (检测中心) or an industry (新能源新材料项目) make no product.
    #[test]
    fn names_of_places_facilities_and_industries_are_no_products() {
        let r = read("签约项目包括华晟泉州项目、智能网联汽车检测中心项目和新能源新材料项目。");
        let products = labels(&r, Class::Product);
        assert!(products.is_empty(), "{products:?}");
    }

    /// A brand right before a capacity owns the project (a place may open
    /// it), and each product after an amount is made there; words of
    /// capacity (年产, 日产) are nobody's name.
    #[test]
    fn a_brand_before_its_capacity_owns_the_project() {
        let r = read(
            "鹭江星瑞8万吨碳化硅及2万吨氮化硅、海岚科技储能材料等项目已建成投产。\
             年产15万台水泵生产基地项目开工。",
        );
        let p = "鹭江星瑞8万吨碳化硅及2万吨氮化硅";
        assert!(
            has(&r, p, "ownedBy", "鹭江星瑞"),
            "{:?}",
            crate::extract::testing::relations(&r)
        );
        assert!(has(&r, p, "produces", "碳化硅"));
        assert!(has(&r, p, "produces", "氮化硅"));
        let enterprises = labels(&r, Class::Enterprise);
        assert!(
            !enterprises.iter().any(|e| e.contains("年产")),
            "{enterprises:?}"
        );
    }

    /// A brand jieba splits (a proper word and one char) before an
    /// industry word and a product owns the project; before a trade and
    /// what is done there (能源化工|总部经济) it names no company alone.
    #[test]
    fn a_split_brand_before_what_it_makes_owns_the_project() {
        let r = read("集中竣工邦瑞美新能源正极材料及循环利用、岚溪再生资源总部经济等项目10个。");
        assert!(has(
            &r,
            "邦瑞美新能源正极材料及循环利用",
            "ownedBy",
            "邦瑞美"
        ));
        assert!(!labels(&r, Class::Enterprise).contains(&"岚溪".to_string()));
    }

    /// A brand and a trade word that names an industry too (食品) right
    /// before 项目 name the project after its company; before what is done
    /// (…汽车零部件|制造加工项目) they name no company.
    #[test]
    fn a_project_named_after_its_company_and_trade() {
        let r = read("园区签约岚禾食品项目、岚鹏汽车零部件制造加工项目等5个项目。");
        assert!(has(&r, "岚禾食品项目", "ownedBy", "岚禾食品"));
        assert!(!labels(&r, Class::Enterprise).contains(&"岚鹏汽车零部件".to_string()));
    }

    /// Sites and deeds named by a project (风电场, 资源勘查, 光伏发电) are no
    /// products; 立方 is a unit and 精密制造 a manner of making, neither part
    /// of what is made; 年产 after a list's 、 is nobody's name.
    #[test]
    fn sites_deeds_units_and_manners_are_no_products() {
        let r = read(
            "推进岭口风电场项目、溪源市矿产资源勘查项目、屋顶光伏发电项目建设。\
             签约年产2万立方岩棉保温材料项目。湖北岚航新能源装备精密制造项目开工。\
             签约年产2万吨钛白粉、年产500吨黄芪深加工项目等9个项目。",
        );
        let products = labels(&r, Class::Product);
        for p in ["风电场", "资源勘查", "光伏发电"] {
            assert!(
                !products.iter().any(|x| x.ends_with(p)),
                "{p}: {products:?}"
            );
        }
        assert!(
            products.contains(&"岩棉保温材料".to_string()),
            "{products:?}"
        );
        assert!(products.contains(&"新能源装备".to_string()), "{products:?}");
        assert!(!labels(&r, Class::Enterprise).contains(&"年产".to_string()));
    }

    /// A province's or city's name and a brand opening a project's name
    /// are its company's (湖北中创医疗项目, 武汉绿友…基地项目), with the trade
    /// that names the project or its headquarters; a county before them is
    /// where the project is, not part of the company.
    #[test]
    fn a_place_and_a_brand_opening_a_name_own_the_project() {
        let r = read(
            "签约项目包括湖北岚创医疗项目、内蒙古宁欣能源化工总部经济项目、\
             武汉绿岫绿色生产装置研发制造基地项目、遂平县河南岚强新材智能隔膜建设项目。",
        );
        assert!(has(&r, "湖北岚创医疗项目", "ownedBy", "湖北岚创医疗"));
        assert!(has(
            &r,
            "内蒙古宁欣能源化工总部经济项目",
            "ownedBy",
            "内蒙古宁欣能源化工"
        ));
        assert!(has(
            &r,
            "武汉绿岫绿色生产装置研发制造基地项目",
            "ownedBy",
            "武汉绿岫"
        ));
        let ent = labels(&r, Class::Enterprise);
        assert!(!ent.iter().any(|e| e.starts_with("遂平县")), "{ent:?}");
    }

    /// A scope before a facility's word (全球生产基地) is no product.
    #[test]
    fn scopes_are_no_products() {
        let r = read("岚华日化(四川)有限公司是一家外资企业。2015年,岚华日化(四川)全球生产基地项目在宁川新区建成投产。");
        let products = labels(&r, Class::Product);
        assert!(
            !products.iter().any(|p| p == "全球" || p == "西南"),
            "{products:?}"
        );
        // (A brand's scope: 云岭|北方|基地.)
        let r = read("星澜云岭北方基地项目开工。");
        let products = labels(&r, Class::Product);
        assert!(products.is_empty(), "{products:?}");
    }

    /// What a project assembles it makes; what it keeps cold or packages
    /// and tests (封测) it does not; 制程 is one word.
    #[test]
    fn assembled_is_made_and_stored_is_not() {
        let r = read("青禾区将与星澜芯片封测项目、国产晶圆制程附属设备研发生产项目签约。");
        assert!(!labels(&r, Class::Enterprise).contains(&"国产".to_string()));
        assert!(has(
            &r,
            "国产晶圆制程附属设备研发生产项目",
            "produces",
            "晶圆制程附属设备"
        ));
        let products = labels(&r, Class::Product);
        assert!(
            !products
                .iter()
                .any(|p| p.contains("封测") || p.starts_with('程')),
            "{products:?}"
        );
        let r = read("星澜锂电池组装项目、北辰农副产品加工冷藏项目签约。");
        assert!(has(&r, "星澜锂电池组装项目", "produces", "锂电池"));
        let products = labels(&r, Class::Product);
        assert!(!products.iter().any(|p| p.contains("冷藏")), "{products:?}");
        assert!(
            !products.iter().any(|p| p.contains("农副产品")),
            "{products:?}"
        );
    }

    /// A project named after a zone (岚北高新区…产业园二期) is owned by no
    /// company the zone's stem would make; a size class (万吨级) is no part
    /// of what a project makes, nor is the 时 of 吉瓦时.
    #[test]
    fn zone_stems_size_classes_and_gwh_in_project_names() {
        let r = crate::extract::testing::read(
            "产业类项目包括岚湖科创中心、岚北高新区战略性基础材料产业园二期等项目。\
             岚峰锂能公司投资建设万吨级磷酸锰铁锂产业化生产基地。\
             已有甘肃岚车储能电池技术有限公司20吉瓦时方形储能电池项目落户溪岭。",
        );
        let rel = crate::extract::testing::relations(&r);
        assert!(
            !rel.iter()
                .any(|x| x.0 == "岚北高新区战略性基础材料产业园二期" && x.1 == "ownedBy"),
            "{rel:?}"
        );
        assert!(
            crate::extract::testing::has(
                &r,
                "万吨级磷酸锰铁锂产业化生产基地",
                "produces",
                "磷酸锰铁锂"
            ),
            "{rel:?}"
        );
        assert!(
            crate::extract::testing::has(
                &r,
                "甘肃岚车储能电池技术有限公司20吉瓦时方形储能电池项目",
                "produces",
                "方形储能电池"
            ),
            "{rel:?}"
        );
    }

    /// After the amount in a project's name, a verb qualifies what is made
    /// (年产3000吨|预/v分散/v母胶): the noun phrase is the product.
    #[test]
    fn what_a_named_amount_makes_may_hold_a_verb() {
        let r = read("岚溪园区一块用地用于建设年产3000吨预分散母胶项目。");
        assert!(
            has(&r, "年产3000吨预分散母胶项目", "produces", "预分散母胶"),
            "{r:?}"
        );
    }

    /// 续建 (works going on) closes a project's name as 扩建 does: what the
    /// project makes ends before it.
    #[test]
    fn works_going_on_close_what_a_project_makes() {
        let r = read(
            "全力推进岚峰储能电池示范项目、岚溪盛融年产3万吨氨纶续建项目、青禾特种石墨项目等重点项目建设。",
        );
        assert!(
            has(&r, "岚溪盛融年产3万吨氨纶续建项目", "produces", "氨纶"),
            "{r:?}"
        );
        assert!(
            !has(&r, "岚溪盛融年产3万吨氨纶续建项目", "produces", "氨纶续建"),
            "{r:?}"
        );
    }
}
