//! Product flows the text draws with marks: `铝水~铝锭~精铝~电子箔`,
//! `原煤—焦炭—甲醇—烯烃`, `硅料→硅片→电池片`. Each item is a product and
//! feeds the next one: the text states the chain, so no chemistry is
//! guessed.

use super::{Class, Doc};
use crate::model::vocab::ck;

/// Marks that join the stages of a flow. An arrow says the direction by
/// itself; a tilde or a dash needs three stages (a dash also joins years
/// and ranges: 2023—2025年).
fn mark(c: char) -> Option<bool> {
    match c {
        '→' | '⇒' | '➝' => Some(true),
        '~' | '～' | '—' | '－' | '-' | '―' => Some(false),
        _ => None,
    }
}

/// Stages that name a kind of thing or a part of a business, not a
/// product.
const KINDS_AND_STEPS: &[&str] = &[
    "原料",
    "原材料",
    "基础原料",
    "产品",
    "终端产品",
    "公用工程",
    "上游",
    "中游",
    "下游",
    "终端",
    "市场",
    "应用",
    "服务",
    "销售",
    "回收",
    "物流",
    "仓储",
];

/// Endings of a step of making (原油炼制, 精深加工, 整车制造), no product.
const STEP_ENDINGS: &[&str] = &[
    "炼制", "精制", "加工", "制造", "生产", "研发", "设计", "销售", "回收", "利用", "研制", "组装",
    "装配",
];

/// True when a stage names a kind of thing or a step of a business.
fn kind_or_step(name: &str) -> bool {
    KINDS_AND_STEPS.contains(&name) || STEP_ENDINGS.iter().any(|e| name.ends_with(e))
}

/// The longest a stage's name may be (chars).
const MAX_STAGE: usize = 10;

/// Reads the flows of every sentence: products, and each feeding the next.
pub(crate) fn mentions(doc: &mut Doc) {
    for s in 0..doc.sents.len() {
        let chars = doc.sents[s].chars.clone();
        if !chars.iter().any(|c| mark(*c).is_some()) {
            continue;
        }
        for (groups, arrow) in flows(&chars) {
            // A stage of several products (炼油/丙烷——丙烯/乙苯): each is a
            // product, each feeds each of the next stage.
            let mut stages: Vec<Vec<(usize, usize)>> =
                groups.iter().map(|&g| split_group(&chars, g)).collect();
            let links: Vec<(usize, usize)> = stages.iter().flatten().copied().collect();
            let grouped = links.len() > stages.len();
            // The first and last stages end where their noun phrase does
            // (推进|硅料→硅片|的延伸).
            // A flow in quotes is whole already (“铝水~铝锭~化成箔”).
            let closed = |i: Option<&char>| {
                i.is_some_and(|c| matches!(c, '“' | '”' | '"' | '「' | '」' | '《' | '》'))
            };
            if let Some(first) = stages.first_mut().and_then(|g| g.first_mut()) {
                if !closed(first.0.checked_sub(1).and_then(|i| chars.get(i))) {
                    first.0 = noun_start(doc, s, first.0, first.1);
                }
            }
            if let Some(last) = stages.last_mut().and_then(|g| g.last_mut()) {
                if !closed(chars.get(last.1)) {
                    last.1 = noun_end(doc, s, last.0, last.1);
                }
            }
            let items: Vec<(usize, usize)> = stages.iter().flatten().copied().collect();
            if stages.len() < if arrow { 2 } else { 3 } || !plain(doc, s, &items) {
                if !grouped {
                    links_of_a_known_chain(doc, s, &links);
                }
                continue;
            }
            let products: Vec<Vec<usize>> = stages
                .iter()
                .map(|g| {
                    g.iter()
                        .filter_map(|&(a, b)| {
                            doc.mention(s, a, b, Class::Product, "product.name.flow")
                        })
                        .collect()
                })
                .collect();
            // (Two stages of several products pair them in no stated way:
            // 炼油/丙烷——丙烯/乙苯 leaves open what feeds what.)
            for pair in products
                .windows(2)
                .filter(|p| p[0].len() == 1 || p[1].len() == 1)
            {
                for &up in &pair[0] {
                    for &down in &pair[1] {
                        doc.relate(up, ck::FEEDSTOCK_OF, down, s, "chain.feedstock.flow");
                    }
                }
            }
        }
    }
}

/// The products of a stage, split at its slashes (炼油/丙烷).
fn split_group(chars: &[char], (a, b): (usize, usize)) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = a;
    for (i, c) in chars[a..b].iter().enumerate() {
        if is_slash(*c) {
            out.push((from, a + i));
            from = a + i + 1;
        }
    }
    out.push((from, b));
    out
}

fn is_slash(c: char) -> bool {
    matches!(c, '/' | '／')
}

/// `product.name.dash-chain`: a flow not plain enough to read whole (a link
/// holds another name: 工业硅—光伏级多晶硅—…—组件) is still a chain of
/// products when it has three links or more and one is a known product:
/// every free link is a product (`chain.feedstock.dash` then joins the
/// neighbours).
fn links_of_a_known_chain(doc: &mut Doc, s: usize, links: &[(usize, usize)]) {
    let sized = links
        .iter()
        .all(|&(a, b)| (1..=MAX_STAGE).contains(&(b - a)));
    let known = links.iter().any(|&(a, b)| {
        doc.sents[s]
            .of(doc, Class::Product)
            .any(|m| m.start >= a && m.end == b)
    });
    let kind_or_step = links.iter().any(|&(a, b)| {
        let name: String = doc.sents[s].chars[a..b].iter().collect();
        kind_or_step(&name)
    });
    if links.len() < 3 || !sized || !known || kind_or_step {
        return;
    }
    for &(a, b) in links {
        if b - a >= 2 && !doc.sents[s].taken(a, b) {
            doc.mention(s, a, b, Class::Product, "product.name.dash-chain");
        }
    }
}

/// A token that may belong to a product's name.
fn nounish(t: &super::Tok) -> bool {
    t.oov
        || matches!(
            t.tag.as_str(),
            "n" | "nz" | "vn" | "eng" | "j" | "b" | "ng" | "nr" | "x"
        )
}

/// Where the noun phrase ending at `end` starts (not before `from`).
fn noun_start(doc: &Doc, s: usize, from: usize, end: usize) -> usize {
    let mut start = end;
    for t in doc.sents[s].toks.iter().rev().filter(|t| t.end <= end) {
        if t.end != start || t.start < from || !nounish(t) {
            break;
        }
        start = t.start;
    }
    start
}

/// Where the noun phrase starting at `start` ends (not after `to`).
fn noun_end(doc: &Doc, s: usize, start: usize, to: usize) -> usize {
    let mut end = start;
    for t in doc.sents[s].toks.iter().filter(|t| t.start >= start) {
        if t.start != end || t.end > to || !nounish(t) {
            break;
        }
        end = t.end;
    }
    end
}

/// The runs of stages joined by one kind of mark, with whether an arrow
/// joined them.
fn flows(chars: &[char]) -> Vec<(Vec<(usize, usize)>, bool)> {
    let name_char = |c: char| crate::text::is_han(c) || c.is_ascii_alphanumeric();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !name_char(chars[i]) {
            i += 1;
            continue;
        }
        // A stage, then marks and stages for as long as they alternate.
        let mut stages = Vec::new();
        let mut arrow = false;
        let mut kind = None;
        let mut a = i;
        loop {
            let mut b = a;
            // (A slash between names joins the products of one stage.)
            while b < chars.len()
                && (name_char(chars[b])
                    || (is_slash(chars[b])
                        && b > a
                        && chars.get(b + 1).is_some_and(|c| name_char(*c))))
            {
                b += 1;
            }
            stages.push((a, b));
            // (A doubled mark is one: 丙烯——丙烯腈.)
            let width = match chars.get(b) {
                Some(&c) if mark(c).is_some() && chars.get(b + 1) == Some(&c) => 2,
                _ => 1,
            };
            match chars.get(b).and_then(|c| mark(*c).map(|arr| (*c, arr))) {
                Some((c, arr))
                    if kind.is_none_or(|k| k == c)
                        && chars.get(b + width).is_some_and(|c| name_char(*c)) =>
                {
                    kind = Some(c);
                    arrow |= arr;
                    a = b + width;
                }
                _ => {
                    i = b + 1;
                    break;
                }
            }
        }
        if stages.len() >= 2 {
            out.push((stages, arrow));
        }
    }
    out
}

/// True when every stage can name a product: two to ten chars (or one
/// that is a noun by itself: 煤—焦炭—…), not opening with a digit
/// (2023—2025年), no other name inside, no verb clause.
fn plain(doc: &Doc, s: usize, stages: &[(usize, usize)]) -> bool {
    let sent = &doc.sents[s];
    let noun_char = |a: usize| {
        sent.toks
            .iter()
            .any(|t| t.start == a && t.end == a + 1 && t.tag == "n")
    };
    stages.iter().all(|&(a, b)| {
        let name: String = sent.chars[a..b].iter().collect();
        (b >= a + 2 || (b == a + 1 && noun_char(a)))
            && b - a <= MAX_STAGE
            && !sent.chars[a].is_ascii_digit()
            // (烯烃, 芳烃: products of the lexicon that also name
            // industries are products in a flow.)
            && (!doc.lex.industries.contains(&name) || doc.lex.products.contains_key(&name))
            // “原料-产品-公用工程”, “研发-生产-销售”: kinds and steps of
            // a business, no products.
            && !kind_or_step(&name)
            // (“链主引领—配套跟进—集群发展”: a path of deeds, each closed by
            // its verb.)
            && !sent.toks.iter().any(|t| {
                t.end == b && t.start >= a && !t.oov && t.tag.starts_with('v') && t.tag != "vn"
            })
            && !["发展", "引领", "跟进", "带动", "提升", "突破"].iter().any(|w| name.ends_with(w))
            // (“孵化器—加速器—研发社区—产业基地”: places a firm grows in,
            // nothing made.)
            && !["基地", "社区", "园区", "平台", "中心", "载体"].iter().any(|w| name.ends_with(w))
            && !sent
                .mentions
                .iter()
                .any(|m| m.start < b && a < m.end && doc.class(m.entity) != Class::Product)
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::{has, labels, read};
    use crate::extract::Class;

    /// A path of deeds (“链主引领—配套跟进—集群发展”) is no chain of
    /// products.
    #[test]
    fn a_path_of_deeds_is_no_flow() {
        let r = read("岭川区通过“龙头引领—配套跟进—集群发展”的创新路径,快速聚集上下游企业。");
        let products = labels(&r, Class::Product);
        assert!(products.is_empty(), "{products:?}");
    }

    /// A path of places a firm grows in (孵化器—加速器—…—产业基地) is no
    /// chain of products.
    #[test]
    fn a_path_of_sites_is_no_flow() {
        let r = read("构建“孵化器—加速器—岭川社区—产业基地”全链条载体平台。");
        let products = labels(&r, Class::Product);
        assert!(products.is_empty(), "{products:?}");
    }

    /// A stage of one char that is a noun by itself (煤) is a product of
    /// the flow like the others, and a stage with digits stays whole.
    #[test]
    fn a_one_char_noun_is_a_stage() {
        let r = read("依托资源,构建煤—岚炭—氢气—岭峰66盐—浸胶岚布的完整产业链。");
        assert!(has(&r, "煤", "feedstockOf", "岚炭"));
        assert!(has(&r, "岭峰66盐", "feedstockOf", "浸胶岚布"));
    }

    /// Every link of a dashed chain of three or more is a product when one
    /// is known, and feeds the next; two unknown words joined by a dash
    /// are left alone.
    #[test]
    fn every_link_of_a_dashed_chain_is_a_product() {
        let r = read("构建“工业硅—单晶硅—硅片—青岚件”全产业链。推动岚峰—汶溪合作。");
        assert!(has(&r, "单晶硅", "feedstockOf", "硅片"));
        assert!(has(&r, "硅片", "feedstockOf", "青岚件"));
        let products = labels(&r, Class::Product);
        assert!(!products.iter().any(|p| p == "岚峰"), "{products:?}");
    }

    /// A doubled dash is one mark; a stage of several products (A/B) makes
    /// each a product, linked to a single-product stage beside it; two
    /// stages of several products pair in no stated way.
    #[test]
    fn doubled_dashes_and_stages_of_several_products() {
        let r =
            read("构建“岚油/丙烷——丙烯/乙苯——丙烯腈/苯乙烯——岭峰树脂——改性岭峰树脂”全产业链条。");
        let products = labels(&r, Class::Product);
        for p in ["丙烷", "乙苯", "苯乙烯", "岭峰树脂", "改性岭峰树脂"] {
            assert!(products.iter().any(|x| x == p), "{p}: {products:?}");
        }
        assert!(has(&r, "丙烯腈", "feedstockOf", "岭峰树脂"));
        assert!(has(&r, "苯乙烯", "feedstockOf", "岭峰树脂"));
        assert!(has(&r, "岭峰树脂", "feedstockOf", "改性岭峰树脂"));
        assert!(!has(&r, "丙烷", "feedstockOf", "乙苯"));
        assert!(!has(&r, "丙烯", "feedstockOf", "苯乙烯"));
    }

    /// Products of the lexicon that also name industries (烯烃, 芳烃) are
    /// links of a flow like any product.
    #[test]
    fn products_that_also_name_industries_flow() {
        let r = read("构建“原油-烯烃-芳烃-岚峰新材料”全产业链闭环。");
        assert!(has(&r, "原油", "feedstockOf", "烯烃"));
        assert!(has(&r, "烯烃", "feedstockOf", "芳烃"));
    }

    /// Kinds and steps of a business in a flow (原料-产品-公用工程,
    /// 研发-生产-销售, 原油炼制-…) are no products.
    #[test]
    fn kinds_and_steps_of_a_business_are_no_flow() {
        let r = read(
            "项目以“原料-产品-公用工程”一体化设计为核心,打通“研发-中试-生产-销售”链条,\
             构建“苯胺精制-橡胶助剂-轮胎”链路。",
        );
        let products = labels(&r, Class::Product);
        for p in ["原料", "产品", "公用工程", "研发", "销售", "苯胺精制"] {
            assert!(!products.iter().any(|x| x == p), "{p}: {products:?}");
        }
    }

    /// Each stage is a product that feeds the next; a range of years or a
    /// dash between two words is no flow.
    #[test]
    fn marks_draw_a_product_flow() {
        let r = read(
            "形成了“锑矿~精锑~锑白~阻燃母粒”的产业链条。\
             规划期为2024—2026年，推进硅料→硅片的延伸。",
        );
        assert!(has(&r, "锑矿", "feedstockOf", "精锑"));
        assert!(has(&r, "锑白", "feedstockOf", "阻燃母粒"));
        assert!(has(&r, "硅料", "feedstockOf", "硅片"));
        let products = labels(&r, Class::Product);
        assert!(!products.iter().any(|p| p.contains("2024")), "{products:?}");
    }
}
