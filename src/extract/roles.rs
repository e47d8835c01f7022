//! Companies known by what the text says they are, not by a legal ending:
//! `金诚石化是…链主企业`, `X旗下的…有限公司`, `隶属于金诚石化`. Real news
//! names most companies by their brand alone; a role said of a name is
//! what makes it a company.

use super::names::{stem_start, Kind};
use super::{Class, Doc};

/// Roles that make the subject before 是/为/作为 a company.
const ROLES: &[&str] = &[
    "链主企业",
    "龙头企业",
    "领军企业",
    "骨干企业",
    "链主",
    "龙头",
    // (史丹利是国内大型复合肥生产商之一.)
    "生产商",
    "供应商",
    "制造商",
];

/// Reads the role frames of every sentence.
pub(crate) fn mentions(doc: &mut Doc) {
    for s in 0..doc.sents.len() {
        let text = doc.sents[s].text.clone();
        if !(text.contains("旗下")
            || text.contains("隶属")
            || ROLES.iter().any(|r| text.contains(r)))
        {
            continue;
        }
        let chars = doc.sents[s].chars.clone();
        let mut spans = Vec::new();
        // X旗下: the parent company before 旗下.
        for at in positions(&chars, &['旗', '下']) {
            spans.extend(name_before(doc, s, at));
        }
        // X是…链主企业: the subject of the clause that gives the role.
        for at in positions(&chars, &['是']) {
            let clause_end = chars[at..]
                .iter()
                .position(|c| matches!(c, '，' | '。' | '；' | ',' | ';'))
                .map_or(chars.len(), |p| at + p);
            let rest: String = chars[at..clause_end].iter().collect();
            if ROLES.iter().any(|r| rest.contains(r)) {
                spans.extend(name_before(doc, s, at));
            }
        }
        // 隶属于X: the parent after it.
        for at in positions(&chars, &['隶', '属', '于']) {
            spans.extend(name_after(doc, s, at + 3));
        }
        for (a, b) in spans {
            if !doc.sents[s].taken(a, b) {
                doc.mention(s, a, b, Class::Enterprise, "enterprise.name.role");
            }
        }
    }
}

/// Where `needle` occurs in `chars`.
fn positions(chars: &[char], needle: &[char]) -> Vec<usize> {
    (0..chars.len().saturating_sub(needle.len() - 1))
        .filter(|&i| chars[i..].starts_with(needle))
        .collect()
}

/// A brand of two to eight chars ending at `end`, delimited as a company's
/// name is (而|金诚石化|是).
fn name_before(doc: &Doc, s: usize, end: usize) -> Option<(usize, usize)> {
    let start = stem_start(doc, &doc.sents[s], end, Kind::Org)?;
    brand_like(doc, s, start, end).then_some((start, end))
}

/// A brand of two to eight chars starting at `start`, up to punctuation or
/// a function word (隶属于|金诚石化|，).
fn name_after(doc: &Doc, s: usize, start: usize) -> Option<(usize, usize)> {
    let sent = &doc.sents[s];
    let mut end = start;
    for t in sent.toks.iter().filter(|t| t.start >= start) {
        let name_like = t.oov
            || matches!(
                t.tag.as_str(),
                "n" | "nz" | "nr" | "ns" | "nt" | "j" | "eng" | "nrt" | "ng" | "vn"
            );
        if t.start != end || !name_like || t.end - start > 8 {
            break;
        }
        end = t.end;
    }
    brand_like(doc, s, start, end).then_some((start, end))
}

/// True when `a..b` can be a company's brand: two to eight chars, no
/// generic word of the lexicon, not a place, industry or product, and a
/// proper name or a business word in it.
fn brand_like(doc: &Doc, s: usize, a: usize, b: usize) -> bool {
    if b < a + 2 || b - a > 8 {
        return false;
    }
    let sent = &doc.sents[s];
    let name: String = sent.chars[a..b].iter().collect();
    let proper = super::places_people::has_proper_name(doc, s, a, b)
        || sent
            .toks
            .iter()
            .any(|t| t.start >= a && t.end <= b && t.oov);
    let business = doc
        .lex
        .core_suffixes
        .iter()
        .any(|w| name.ends_with(w.as_str()));
    !doc.lex.anaphors.contains(&name)
        && !doc.lex.places.contains_key(&name)
        && !doc.lex.industries.contains(&name)
        && !doc.lex.products.contains_key(&name)
        && !["企业", "公司", "集团", "该企业", "该公司", "园区"].contains(&name.as_str())
        && (proper || business)
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::{labels, read};
    use crate::extract::Class;

    /// A name the text calls a chain leader, a parent (旗下, 隶属于) is a
    /// company.
    #[test]
    fn a_role_said_of_a_name_makes_it_a_company() {
        let r = read(
            "东岳新材料有限公司隶属于鲁泰化学，而鲁泰化学是当地氟硅产业链链主企业。\
             项目由华鼎资本旗下宁远鼎新科技有限公司投资建设。",
        );
        let ent = labels(&r, Class::Enterprise);
        for e in ["鲁泰化学", "华鼎资本"] {
            assert!(ent.contains(&e.to_string()), "{e}: {ent:?}");
        }
    }
}
