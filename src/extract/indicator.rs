//! Indicators: named figures the text gives for a zone (规上工业企业 64 家,
//! 工业总产值 412 亿元, 10 万产业工人, R&D 经费支出占比不低于 4%).

use super::quantity::{parse_number, NUMBER};
use super::{char_pos, Class, Doc, Fact, Value};
use crate::model::vocab::{ck, currency, unit};
use oxigraph::model::NamedNodeRef;
use regex::Regex;
use std::sync::LazyLock;

/// `规上工业企业达到64家`, `完成工业总产值412亿元`: a name ending in an
/// indicator noun, an optional verb, a number and a unit.
static NAMED_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        concat!(
            r"(?P<name>[\p{{Han}}A-Za-z&]{{0,12}}?(?:企业|工人|人才|产值|营收|营业收入|收入|税收|总数|授权量|增加值|出口额|进出口额|固定资产投资))",
            r"(?:总数)?(?:实现|完成|达到|达|为|有|共有|现有|超过|突破|累计)?",
            r"(?P<num>{})(?P<mag>万亿|万|亿)?(?:余|多)?(?P<unit>亿元|万元|元|家|个|户|名|人|件|项)"
        ),
        NUMBER
    ))
    .expect("static regex")
});

/// The words that end the names of [`NAMED_FIRST`]: every match holds one.
pub(super) const NAMED_FIRST_WORDS_LIST: &[&str] = &[
    "企业",
    "工人",
    "人才",
    "产值",
    "营收",
    "收入",
    "税收",
    "总数",
    "授权量",
    "增加值",
    "出口额",
    "固定资产投资",
];
const NAMED_FIRST_WORDS: super::Mask = super::triggers(NAMED_FIRST_WORDS_LIST);

/// The words that end the names of [`COUNT_FIRST`].
pub(super) const COUNT_FIRST_WORDS_LIST: &[&str] = &["企业", "工人", "人才"];
const COUNT_FIRST_WORDS: super::Mask = super::triggers(COUNT_FIRST_WORDS_LIST);

/// The words of [`SHARE`] (which also needs a `%`).
pub(super) const SHARE_WORDS_LIST: &[&str] = &["比重", "占比", "比例"];
const SHARE_WORDS: super::Mask = super::triggers(SHARE_WORDS_LIST);

/// `发挥好10万产业工人、130家光机电企业`: a count before what is counted.
static COUNT_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<lead>发挥好?|拥有|聚集|集聚|现有|有|、|共|累计)(?P<num>{})(?P<mag>万)?(?:余|多)?(?P<unit>家|名|个|户|人)?(?P<name>[\p{{Han}}]{{0,6}}?(?:企业|工人|人才))",
        NUMBER
    ))
    .expect("static regex")
});

/// `研发经费支出占营业收入比重不低于4%`: a share.
static SHARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<name>[\p{Han}A-Za-z&]{2,20}?(?:比重|占比|比例))(?:不低于|不少于|达到|达|超过|提高到)(?P<num>\d+(?:\.\d+)?)%")
        .expect("static regex")
});

static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\d{4})年").expect("static regex"));

/// Leading words that are not part of an indicator's name.
const NAME_OPENERS: &[&str] = &[
    "现有",
    "园区内",
    "区内",
    "全区",
    "其中",
    "目前",
    "新增",
    "已落户",
    "实现",
    "完成",
];

fn clean(name: &str) -> String {
    let mut n = name.trim_start_matches('年');
    for o in NAME_OPENERS {
        if let Some(rest) = n.strip_prefix(o) {
            n = rest;
        }
    }
    n.to_string()
}

/// With [`SHARE_WORDS_LIST`], the trigger words of shares.
pub(super) const SHARE_PERCENT: &[&str] = &["%"];

/// Words that mean a zone without naming it (园区实现产值…).
const ZONE_WORDS: &[&str] = &[
    "园区",
    "开发区",
    "高新区",
    "经开区",
    "区内",
    "园内",
    "全区",
    "本区",
    "该区",
    "示范区",
    "新区",
    "基地",
];

/// A figure read from a sentence: the char where it starts, its name, its
/// value, its unit and the text it was read from.
type Found = (usize, String, String, Option<NamedNodeRef<'static>>, String);

/// The indicators of each sentence: the figures read by name first, by
/// count first, then shares, each given to what it is of.
pub(crate) fn relations(doc: &mut Doc, main_zone: Option<usize>) {
    for s in doc.title_sents..doc.sents.len() {
        let text = doc.sents[s].text.clone();
        let sent = &doc.sents[s];
        let named_first = sent.has_any(NAMED_FIRST_WORDS);
        let count_first = sent.has_any(COUNT_FIRST_WORDS);
        const PERCENT: super::Mask = super::triggers(SHARE_PERCENT);
        let share = sent.has_any(SHARE_WORDS) && sent.has_any(PERCENT);
        let mut found: Vec<Found> = Vec::new();
        figures_named_first(&text, named_first, &mut found);
        figures_count_first(&text, count_first, &mut found);
        shares(&text, share, &mut found);
        for (at, name, value, unit, evidence) in found {
            // A target (力争…达到500家) is not a figure of the zone.
            let before: String = doc.sents[s].chars[..at].iter().collect();
            if ["力争", "争取", "目标", "计划", "预计", "将达到"]
                .iter()
                .any(|w| before.contains(w) || name.starts_with(w))
            {
                continue;
            }
            let Some((z, rule)) = indicator_subject(doc, s, at, &evidence, main_zone) else {
                continue;
            };
            let year = YEAR
                .captures_iter(&text)
                .filter(|y| char_pos(&text, y.get(0).map_or(0, |m| m.start())) < at)
                .last()
                .map(|y| y[1].to_string());
            doc.add_fact(Fact {
                subject: z,
                property: ck::INDICATOR,
                value: Value::Indicator {
                    name,
                    value,
                    unit,
                    year,
                },
                sentence: s,
                rule,
                evidence: Some(evidence),
            });
        }
    }
}

/// 规上工业企业达到64家, 完成工业总产值412亿元: a name, then its figure.
fn figures_named_first(text: &str, gate: bool, found: &mut Vec<Found>) {
    for c in super::gated(&NAMED_FIRST, text, gate) {
        let (Some(name), Some(num), Some(u)) = (c.name("name"), c.name("num"), c.name("unit"))
        else {
            continue;
        };
        let mag = c.name("mag").map_or("", |m| m.as_str());
        let money = u.as_str().ends_with('元');
        let unit_mag = match u.as_str() {
            "亿元" => "亿",
            "万元" => "万",
            _ => mag,
        };
        let Some(v) = parse_number(num.as_str(), unit_mag) else {
            continue;
        };
        let u = if money {
            Some(currency::CNY)
        } else {
            Some(unit::NUM)
        };
        let at = c.get(0).map_or(0, |m| m.start());
        found.push((
            char_pos(text, at),
            clean(name.as_str()),
            v.to_string(),
            u,
            c[0].to_string(),
        ));
    }
}

/// 发挥好10万产业工人: a count, then what is counted; a value already read
/// by name is not read again.
fn figures_count_first(text: &str, gate: bool, found: &mut Vec<Found>) {
    for c in super::gated(&COUNT_FIRST, text, gate) {
        let (Some(name), Some(num)) = (c.name("name"), c.name("num")) else {
            continue;
        };
        let mag = c.name("mag").map_or("", |m| m.as_str());
        let Some(v) = parse_number(num.as_str(), mag) else {
            continue;
        };
        let at = c.name("num").map_or(0, |m| m.start());
        let at = char_pos(text, at);
        if found.iter().any(|f| f.2 == v.to_string()) {
            continue;
        }
        found.push((
            at,
            clean(name.as_str()),
            v.to_string(),
            Some(unit::NUM),
            c[0].to_string(),
        ));
    }
}

/// 研发经费支出占营业收入比重不低于4%: a share, as a fraction.
fn shares(text: &str, gate: bool, found: &mut Vec<Found>) {
    for c in super::gated(&SHARE, text, gate) {
        let (Some(name), Some(num)) = (c.name("name"), c.name("num")) else {
            continue;
        };
        let Some(v) = super::quantity::Decimal::parse(num.as_str()) else {
            continue;
        };
        let at = char_pos(text, c.get(0).map_or(0, |m| m.start()));
        found.push((
            at,
            clean(name.as_str()),
            v.unshift(2).to_string(),
            None,
            c[0].to_string(),
        ));
    }
}

/// What a figure at char `at` of sentence `s` is of, with the rule that
/// says so: `project.indicator` (a figure the project will give once
/// built), else `enterprise.indicator` (a company opening a clause before
/// it, no zone between), else `zone.indicator` (the zone named before it,
/// else the article's).
fn indicator_subject(
    doc: &Doc,
    s: usize,
    at: usize,
    evidence: &str,
    main_zone: Option<usize>,
) -> Option<(usize, &'static str)> {
    // A company that opens a clause before the figure, with no zone
    // named or meant in between, is what the figure is of
    // (…，衡变电气公司作为链主企业，全年实现产值52亿元); else the zone
    // named before the figure in the sentence, else the article's.
    let sent = &doc.sents[s];
    let company = sent
        .of(doc, Class::Enterprise)
        .filter(|m| m.end <= at && !doc.nested(s, m))
        .filter(|m| m.start == 0 || matches!(sent.chars[m.start - 1], '，' | '；' | ','))
        .last()
        .filter(|m| {
            let between: String = sent.chars[m.end..at].iter().collect();
            !sent
                .of(doc, Class::Zone)
                .any(|z| z.start >= m.end && z.end <= at)
                && !ZONE_WORDS.iter().any(|w| between.contains(w))
        })
        .map(|m| (m.entity, "enterprise.indicator"));
    let zone = doc.sents[s]
        .of(doc, Class::Zone)
        .filter(|m| m.end <= at && !doc.nested(s, m))
        .last()
        .map(|m| m.entity)
        .or(main_zone)
        .map(|z| (z, "zone.indicator"));
    // 项目…建成后…可实现年产值60亿元: a figure the project will give.
    let before: String = sent.chars[..at].iter().collect();
    let project = ["建成后", "达产后", "投产后", "全部达产"]
        .iter()
        .any(|w| before.contains(w) || evidence.contains(w))
        .then(|| {
            sent.of(doc, Class::Project)
                .filter(|m| m.end <= at)
                .last()
                .map(|m| (m.entity, "project.indicator"))
        })
        .flatten();
    project.or(company).or(zone)
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::{fired, read};

    /// Figures of a zone: by name first, by count first, and shares, given
    /// to the zone the sentence names.
    #[test]
    fn figures_and_shares_of_a_zone() {
        let r = read(
            "青禾经济开发区现有规上工业企业86家，2024年完成工业总产值318亿元，\
             研发经费支出占营业收入比重不低于5%。",
        );
        let zone = "青禾经济开发区";
        assert!(fired(&r, zone, "zone.indicator", "工业总产值=31800000000"));
        assert!(fired(
            &r,
            zone,
            "zone.indicator",
            "研发经费支出占营业收入比重=0.05"
        ));
    }

    /// A company opening the clause before a figure is what the figure is
    /// of; a target (力争) is no figure.
    #[test]
    fn a_company_opening_the_clause_owns_the_figure() {
        let r = read(
            "据介绍，星澜新材料公司作为链主企业，全年实现产值52亿元。\
             星澜新材料公司力争明年实现产值80亿元。",
        );
        assert!(fired(
            &r,
            "星澜新材料公司",
            "enterprise.indicator",
            "全年实现产值=5200000000"
        ));
        assert!(!crate::extract::testing::facts(&r)
            .iter()
            .any(|f| f.2.ends_with("=8000000000")));
    }
}
