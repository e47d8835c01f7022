//! Tables: a header row and data rows of cells split by `|`, as a page's
//! table reads when copied as text (and as the HTML reader writes a
//! `<table>`). Lists of 链主 companies, of signed or started projects are
//! often published this way:
//!
//! ```text
//! 序号 | 所属重点产业链 | “链主”企业名称 | 镇街(园区) |
//! 1 | 智能装备 | 某某科技有限公司 | 某某镇 |
//! ```
//!
//! The header says what each column holds; each row then names its company,
//! project, chain and place, and the header (or the lines before it) says
//! whether the companies are the chains' 链主. Which words name which
//! column is the data here, not the cells' words.

use super::{Class, Doc};
use crate::model::vocab::ck;

/// What a column holds, read from its header cell.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Enterprise,
    Project,
    Chain,
    Where,
    Other,
}

/// Header words of each role, tried in this order (项目单位 is a company,
/// 镇街(园区) a place, before 项目 and 园区 alone are read).
const ROLE_WORDS: &[(Role, &[&str])] = &[
    (
        Role::Other,
        &["服务部门", "责任单位", "牵头", "联系人", "电话", "序号"],
    ),
    (
        Role::Enterprise,
        &[
            "企业",
            "公司",
            "建设单位",
            "实施主体",
            "投资主体",
            "项目单位",
            "业主",
            "投资方",
            "签约方",
            "申报单位",
        ],
    ),
    (Role::Project, &["项目"]),
    (
        Role::Where,
        &[
            "镇街",
            "所在地",
            "属地",
            "区域",
            "地点",
            "县区",
            "县(市、区)",
            "所在区",
            "地址",
            "位置",
            "园区",
        ],
    ),
    (Role::Chain, &["产业链", "产业", "行业", "领域"]),
];

fn role(header: &str) -> Role {
    ROLE_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| header.contains(w)))
        .map_or(Role::Other, |(r, _)| *r)
}

/// The cells of a row (char spans, trimmed of spaces), or `None` when the
/// sentence is no row: at least two `|`.
fn cells(chars: &[char]) -> Option<Vec<(usize, usize)>> {
    if chars.iter().filter(|c| **c == '|').count() < 2 {
        return None;
    }
    let mut out = Vec::new();
    let mut a = 0;
    for i in 0..=chars.len() {
        if i == chars.len() || chars[i] == '|' {
            let (mut s, mut e) = (a, i);
            while s < e && chars[s].is_whitespace() {
                s += 1;
            }
            while e > s && chars[e - 1].is_whitespace() {
                e -= 1;
            }
            out.push((s, e));
            a = i + 1;
        }
    }
    // `| a | b |`: the empty ends are no cells.
    if out.first().is_some_and(|(s, e)| s == e) {
        out.remove(0);
    }
    if out.last().is_some_and(|(s, e)| s == e) {
        out.pop();
    }
    (out.len() >= 2).then_some(out)
}

/// A markdown rule under a header (`| --- | :-: |`).
fn is_rule(chars: &[char]) -> bool {
    chars.contains(&'-')
        && chars
            .iter()
            .all(|c| matches!(c, '-' | ':' | '—' | '|' | ' '))
}

/// Reads every table of the article.
pub(crate) fn mentions(doc: &mut Doc) {
    // (A table may open the text, its header read as the headline.)
    let mut s = 0;
    while s < doc.sents.len() {
        s = match header(doc, s) {
            Some(roles) => table(doc, s, &roles),
            None => s + 1,
        };
    }
}

/// The roles of the columns when sentence `s` is a header row: at least two
/// columns of companies, projects, chains or places, and no number cell.
fn header(doc: &Doc, s: usize) -> Option<Vec<Role>> {
    let chars = &doc.sents[s].chars;
    let cells = cells(chars)?;
    if cells
        .iter()
        .any(|&(a, b)| chars[a..b].iter().any(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let roles: Vec<Role> = cells
        .iter()
        .map(|&(a, b)| role(&doc.sents[s].text(a, b)))
        .collect();
    let named = roles.iter().filter(|r| **r != Role::Other).count();
    let useful = roles.contains(&Role::Enterprise) || roles.contains(&Role::Project);
    (named >= 2 && useful).then_some(roles)
}

/// Reads the rows after the header at `h`; returns the first sentence
/// after the table.
fn table(doc: &mut Doc, h: usize, roles: &[Role]) -> usize {
    // 链主 in the header, or in the lines that announce the table (首批重点
    // 产业链“链主”企业名单).
    let leaders = (h.saturating_sub(3)..=h).any(|i| doc.sents[i].text.contains("链主"))
        && roles.contains(&Role::Chain);
    // The header's words (所属产业链, 企业名称) name nothing.
    doc.sents[h].mentions.clear();
    let mut s = h + 1;
    while s < doc.sents.len() {
        if is_rule(&doc.sents[s].chars) {
            s += 1;
            continue;
        }
        let Some(row) = cells(&doc.sents[s].chars) else {
            break;
        };
        // A row has the header's columns (a cut-off last cell may be missing).
        if row.len() + 1 < roles.len() || row.len() > roles.len() + 1 {
            break;
        }
        read_row(doc, s, &row, roles, leaders);
        s += 1;
    }
    s
}

/// The entities a row names and what it says of them.
fn read_row(doc: &mut Doc, s: usize, row: &[(usize, usize)], roles: &[Role], leaders: bool) {
    let mut company = None;
    let mut project = None;
    let mut chain = None;
    let mut place = None;
    for (&(a, b), &role) in row.iter().zip(roles) {
        match role {
            Role::Enterprise => company = cell_entity(doc, s, a, b, Class::Enterprise),
            Role::Project => project = cell_entity(doc, s, a, b, Class::Project),
            Role::Chain => {
                // 新能源汽车(汽车电子领域): the chain, then its part.
                let b = doc.sents[s].chars[a..b]
                    .iter()
                    .position(|c| matches!(c, '(' | '（'))
                    .map_or(b, |p| a + p);
                chain = cell_entity(doc, s, a, b, Class::Industry);
            }
            Role::Where => {
                let class = where_class(doc, s, a, b);
                place = cell_entity(doc, s, a, b, class).map(|e| (e, class));
            }
            Role::Other => {}
        }
    }
    if let (Some(e), Some(i), true) = (company, chain, leaders) {
        doc.relate(e, ck::LEADS_CHAIN, i, s, "enterprise.leads.table");
    }
    if let (Some(p), Some(e)) = (project, company) {
        doc.relate(p, ck::OWNED_BY, e, s, "project.owned.table");
    }
    if let (Some(p), Some(i)) = (project, chain) {
        doc.relate(p, ck::IN_INDUSTRY, i, s, "project.industry.table");
    }
    let subject = project.or(company);
    match (subject, place) {
        (Some(x), Some((z, Class::Zone))) => {
            let property = if project.is_some() {
                ck::HOSTS_PROJECT
            } else {
                ck::HOSTS_ENTERPRISE
            };
            doc.relate(z, property, x, s, "zone.hosts.table");
        }
        (Some(x), Some((p, _))) => doc.relate(x, ck::LOCATED_IN, p, s, "place.located.table"),
        _ => {}
    }
}

/// A place cell names a zone when a zone is read there or its name ends
/// like a park's (…园, …开发区), else a place (大岭山, 厚街镇).
fn where_class(doc: &Doc, s: usize, a: usize, b: usize) -> Class {
    let text = doc.sents[s].text(a, b);
    let zone_read = doc.sents[s]
        .of(doc, Class::Zone)
        .any(|m| m.start >= a && m.end <= b);
    if zone_read || doc.lex.zone_suffix(&text).is_some() || text.ends_with('园') {
        Class::Zone
    } else {
        Class::Place
    }
}

/// The entity of class `class` a cell names: the longest one read inside
/// it, else the whole cell when it reads as a name (two to forty chars, no
/// number alone, no sentence).
fn cell_entity(doc: &mut Doc, s: usize, a: usize, b: usize, class: Class) -> Option<usize> {
    if let Some(m) = doc.sents[s]
        .of(doc, class)
        .filter(|m| m.start >= a && m.end <= b)
        .max_by_key(|m| m.end - m.start)
    {
        return Some(m.entity);
    }
    let chars = &doc.sents[s].chars[a..b];
    let name_like = (2..=40).contains(&chars.len())
        && !chars.iter().all(|c| c.is_ascii_digit() || *c == '.')
        && !chars
            .iter()
            .any(|c| matches!(c, '，' | '。' | '；' | ',' | ';' | '：' | ':'));
    if !name_like {
        return None;
    }
    // Whatever else was read on the cell's words is this name's.
    let entities = &doc.entities;
    doc.sents[s].mentions.retain(|m| {
        let inside = a <= m.start && m.end <= b;
        !(inside && entities.get(m.entity).class != Class::Place)
    });
    let rule = match class {
        Class::Enterprise => "enterprise.name.table",
        Class::Project => "project.name.table",
        Class::Industry => "industry.name.table",
        Class::Zone => "zone.name.table",
        _ => "place.name.table",
    };
    doc.mention(s, a, b, class, rule)
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::{has, labels, read};
    use crate::extract::Class;

    /// A 链主 list as a table: each row's company leads its chain and
    /// lies in its town or park.
    #[test]
    fn a_table_of_chain_leaders_gives_each_row_its_facts() {
        let r = read(
            "近日，宁川市发布首批重点产业链“链主”企业名单。\n\
             序号 | 所属产业链 | “链主”企业名称 | 镇街(园区) | 牵头服务部门 |\n\
             1 | 智能穿戴 | 宁川岚图电子有限公司 | 北湖科技园 | 宁川市工业和信息化局 |\n\
             2 | 储能 | 青禾新能源股份有限公司 | 石岭镇 | 宁川市工业和信息化局 |\n\
             3 | 新能源汽车(汽车电子领域) | 远岫科技有限公司 | 石岭镇 | 宁川市发展和改革局 |\n",
        );
        assert!(has(&r, "宁川岚图电子有限公司", "leadsChain", "智能穿戴"));
        assert!(has(&r, "青禾新能源股份有限公司", "leadsChain", "储能"));
        assert!(has(&r, "远岫科技有限公司", "leadsChain", "新能源汽车"));
        assert!(has(
            &r,
            "北湖科技园",
            "hostsEnterprise",
            "宁川岚图电子有限公司"
        ));
        assert!(has(&r, "青禾新能源股份有限公司", "locatedIn", "石岭镇"));
        let ind = labels(&r, Class::Industry);
        assert!(
            !ind.iter().any(|i| i.contains('|') || i.contains("产业链")),
            "{ind:?}"
        );
    }

    /// A table of projects: each row's project is owned by its company and
    /// hosted by its park; without 链主 no company leads a chain.
    #[test]
    fn a_table_of_projects_gives_owner_and_host() {
        let r = read(
            "宁川市2025年重点项目表\n\
             | 项目名称 | 建设单位 | 所属产业 | 建设地点 |\n\
             | --- | --- | --- | --- |\n\
             | 年产5万吨碳纤维项目 | 岭南新材料有限公司 | 新材料 | 石岭产业园 |\n",
        );
        let p = "年产5万吨碳纤维项目";
        assert!(has(&r, p, "ownedBy", "岭南新材料有限公司"));
        assert!(has(&r, "石岭产业园", "hostsProject", p));
        assert!(has(&r, p, "inIndustry", "新材料"));
        assert!(!has(&r, "岭南新材料有限公司", "leadsChain", "新材料"));
    }

    /// Lines with a `|` or two that are no table read as before.
    #[test]
    fn rows_need_a_header() {
        assert!(super::cells(&"a|b".chars().collect::<Vec<_>>()).is_none());
        let r = read("园区 | 企业 | 2023 |\n岭南新材料有限公司入驻石岭产业园。");
        assert!(labels(&r, Class::Place).is_empty());
    }
}
