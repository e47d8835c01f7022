//! What industry a project or a company belongs to (`ck:inIndustry`), where
//! the text says it: the project or company a sentence is about and the
//! industries that sentence ties it to (该项目将重点聚焦A、B; 是锂电产业链的
//! 重要补充; 填补了…领域的空白), and a company introduced by its field (乳品
//! 行业领军企业——E, 工业机器人领域的E).

use super::{Class, Doc, Mention};
use crate::model::vocab::ck;

/// Words that tie a sentence's subject to the industries after them.
const CUES: &[&str] = &[
    "聚焦",
    "属于",
    "填补",
    "补充",
    "主攻",
    "专注",
    "专业从事",
    "从事",
    "深耕",
    "致力于",
    "涉及",
    "落户",
    "拉动",
    "带动",
    "助推",
    "引擎",
    "延链",
    "补链",
    "强链",
    "扩容",
];

/// The [`CUES`] in one automaton: the first cue of a sentence in one pass
/// (every sentence is searched, and a pass per cue was most of the rule's
/// time).
static CUE_AUTOMATON: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(CUES)
            .expect("cue words build an automaton")
    });

/// Relates the subjects of the article's sentences to their industries.
pub(crate) fn relations(doc: &mut Doc) {
    for s in doc.title_sents.min(doc.sents.len())..doc.sents.len() {
        let text = doc.sents[s].text.clone();
        // The earliest start of any cue.
        let Some(cue) = CUE_AUTOMATON
            .find(&*text)
            .map(|m| super::char_pos(&text, m.start()))
        else {
            continue;
        };
        let Some(subject) = subject(doc, s, cue) else {
            continue;
        };
        // (作为I的重要补充,该项目…: the industries the subject acts for.)
        let acts = acting(doc, s, cue);
        let industries: Vec<usize> = doc.sents[s]
            .of(doc, Class::Industry)
            .filter(|m| if acts { m.end <= cue } else { m.start > cue })
            .filter(|m| !doc.nested(s, m))
            // (…产品被广泛应用于A、B等领域: fields its products go into.)
            .filter(|m| !super::lists::after_into_verb(&doc.sents[s].chars, m.start))
            .map(|m| m.entity)
            .collect();
        for i in industries {
            doc.relate(subject, ck::IN_INDUSTRY, i, s, "industry.of.subject");
        }
    }
    gathered(doc);
    fields(doc);
    leaders_of_fields(doc);
    listed_kinds(doc);
    topic_names(doc);
    topics(doc);
    among(doc);
}

/// `industry.of.among`: `I(项目)中的P1、P2和P3` — the projects listed right
/// after an industry and 中的 are of that industry.
fn among(doc: &mut Doc) {
    for s in doc.title_sents.min(doc.sents.len())..doc.sents.len() {
        if !doc.sents[s].text.contains("中的") {
            continue;
        }
        let sent = &doc.sents[s];
        let chars = &sent.chars;
        let projects: Vec<Mention> = sent
            .of(doc, Class::Project)
            .filter(|m| !doc.nested(s, m))
            .collect();
        let mut pairs = Vec::new();
        for i in sent.of(doc, Class::Industry).filter(|m| !doc.nested(s, m)) {
            let mut at = i.end;
            if chars[at..].starts_with(&['项', '目']) {
                at += 2;
            }
            if !chars[at..].starts_with(&['中', '的']) {
                continue;
            }
            let mut next = at + 2;
            while let Some(p) = projects.iter().find(|p| p.start == next) {
                pairs.push((p.entity, i.entity));
                next = p.end + 1;
                if !chars
                    .get(p.end)
                    .is_some_and(|c| matches!(c, '、' | '和' | '及'))
                {
                    break;
                }
            }
        }
        for (p, i) in pairs {
            doc.relate(p, ck::IN_INDUSTRY, i, s, "industry.of.among");
        }
    }
}

/// Verbs of effort a work report's task opens with (做优农产品精深加工产业，…).
const TOPIC_VERBS: &[&str] = &[
    "做优",
    "做强",
    "做大",
    "做精",
    "做实",
    "做深",
    "培育",
    "壮大",
    "发展",
    "提升",
    "打造",
    "培育壮大",
    "加快发展",
    "大力发展",
    "发展壮大",
    "巩固提升",
    "优化提升",
];

/// Words that may open a topic's clause before the industry: the verbs of
/// effort, and 围绕/在 (围绕新能源电池产业，引进A、B…; 在绿色铝产业方面，…).
/// Verbs by which an industry gathers companies (锂电产业已集聚A、B等企业,
/// I产业链先后引入A、B等头部企业).
const GATHERS: &[&str] = &[
    "集聚", "聚集", "汇聚", "拥有", "引入", "引进", "吸引", "招引", "促成",
];

/// `industry.of.gathered`: a clause opening with an industry that gathers
/// companies (I产业已集聚A、B等企业30余家): the companies named in that
/// clause are the industry's.
fn gathered(doc: &mut Doc) {
    for s in doc.title_sents.min(doc.sents.len())..doc.sents.len() {
        let sent = &doc.sents[s];
        let Some(topic) = sent
            .of(doc, Class::Industry)
            .find(|m| m.start <= 2 && !doc.nested(s, m))
        else {
            continue;
        };
        let after = sent.text(topic.end, (topic.end + 4).min(sent.chars.len()));
        let Some(verb) = GATHERS
            .iter()
            .find_map(|v| after.find(v).map(|b| b + v.len()))
        else {
            continue;
        };
        let from = topic.end + after[..verb].chars().count();
        let end = sent.chars[from..]
            .iter()
            .position(|c| matches!(c, '，' | ',' | '；' | ';' | '。'))
            .map_or(sent.chars.len(), |p| from + p);
        let found: Vec<usize> = sent
            .of(doc, Class::Enterprise)
            // (促成A等企业与链主B配套: the leader leads it, said so.)
            .filter(|m| {
                m.start >= from
                    && m.end <= end
                    && !doc.nested(s, m)
                    && !doc.has(m.entity, ck::LEADS_CHAIN)
            })
            .map(|m| m.entity)
            .collect();
        for e in found {
            doc.relate(e, ck::IN_INDUSTRY, topic.entity, s, "industry.of.gathered");
        }
    }
}

const TOPIC_OPENERS: &[&str] = &["围绕", "在", "聚焦"];

/// Words that may close a topic's clause after the industry (…方面，).
/// (在X领域， is [`fields`]'s.)
const TOPIC_CLOSERS: &[&str] = &["", "方面", "上", "发展方面"];

/// `industry.of.topic`: a part of a sentence (up to ；) whose first clause
/// is only a verb of effort (or 围绕, 在) and an industry (做强先进装备制造
/// 产业，…支持A、B等企业…，推进P项目…; 围绕锂电产业，引进A、B) is a task
/// or a report for that industry; the companies and projects it goes on to
/// name belong to it.
fn topics(doc: &mut Doc) {
    for s in doc.title_sents.min(doc.sents.len())..doc.sents.len() {
        let sent = &doc.sents[s];
        let chars = &sent.chars;
        let mut found: Vec<(usize, usize)> = Vec::new();
        let mut from = 0;
        while from < chars.len() {
            let to = chars[from..]
                .iter()
                .position(|c| matches!(c, '；' | ';'))
                .map_or(chars.len(), |p| from + p);
            if let Some(topic) = topic_of(doc, s, from, to) {
                found.extend(
                    sent.mentions
                        .iter()
                        .filter(|m| {
                            m.start > topic.end
                                && m.end <= to
                                && matches!(doc.class(m.entity), Class::Enterprise | Class::Project)
                                && !doc.nested(s, m)
                                // (在I上，以A、B为龙头: A leads I, said so.)
                                && !doc.has(m.entity, ck::LEADS_CHAIN)
                        })
                        .map(|m| (m.entity, topic.entity)),
                );
            }
            from = to + 1;
        }
        for (e, i) in found {
            doc.relate(e, ck::IN_INDUSTRY, i, s, "industry.of.topic");
        }
    }
}

/// `industry.name.topic`: a sentence's clause 在X(发展)方面， names the
/// industry X it reports on, a trade (软件和信息服务业) or a known term,
/// even where no suffix marks it; [`topics`] then reads its companies.
fn topic_names(doc: &mut Doc) {
    for s in doc.title_sents.min(doc.sents.len())..doc.sents.len() {
        // (Every topic's clause ends in 方面.)
        if !doc.sents[s].text.contains("方面") {
            continue;
        }
        let chars = &doc.sents[s].chars;
        let mut found = Vec::new();
        let mut from = 0;
        while from < chars.len() {
            let comma = chars[from..]
                .iter()
                .position(|c| matches!(c, '，' | ',' | '；' | ';'))
                .map_or(chars.len(), |p| from + p);
            let clause: String = chars[from..comma].iter().collect();
            let name = clause.strip_prefix('在').and_then(|c| {
                c.strip_suffix("发展方面")
                    .or_else(|| c.strip_suffix("方面"))
            });
            if let Some(name) = name {
                let n = name.chars().count();
                let trade = name.ends_with('业') && n >= 3;
                let plain = name.chars().all(crate::text::is_han);
                if (2..=10).contains(&n)
                    && plain
                    && (trade || doc.lex.industries.contains(name))
                    // (软件|和信息服务业: a term or product inside the
                    // trade's name is part of it.)
                    && !doc.sents[s].mentions.iter().any(|m| {
                        m.start < from + 1 + n
                            && from + 1 < m.end
                            && !(m.start > from
                                && m.end <= from + 1 + n
                                && matches!(
                                    doc.class(m.entity),
                                    Class::Industry | Class::Product
                                ))
                    })
                {
                    found.push((from + 1, from + 1 + n));
                }
            }
            from = comma + 1;
        }
        for (a, b) in found {
            doc.mention(s, a, b, Class::Industry, "industry.name.topic");
        }
    }
}

/// The industry the clause opening at `from` (before `to`) is the topic
/// of, per [`topics`].
fn topic_of(doc: &Doc, s: usize, from: usize, to: usize) -> Option<Mention> {
    let sent = &doc.sents[s];
    let comma = sent.chars[from..to]
        .iter()
        .position(|c| matches!(c, '，' | ','))
        .map(|p| from + p)?;
    let topic = sent
        .of(doc, Class::Industry)
        .find(|m| m.start >= from && m.end <= comma && !doc.nested(s, m))?;
    let opener = sent.text(from, topic.start);
    let closer = sent.text(topic.end, comma);
    // (I产业链上，A、B等企业…: the industry alone before 上 or 方面 opens
    // the topic too.)
    let bare = opener.is_empty() && ["上", "方面"].contains(&closer.as_str());
    let opens =
        TOPIC_VERBS.contains(&opener.as_str()) || TOPIC_OPENERS.contains(&opener.as_str()) || bare;
    // (在X上 is 在 with a closer; a bare industry after 在 is a place's.)
    let closes = TOPIC_CLOSERS.contains(&closer.as_str()) && !(opener == "在" && closer.is_empty());
    // 聚焦建设全国重要的I基地目标，引进A、B等企业: a goal of a base for I.
    let goal = ["聚焦建设", "聚焦打造", "围绕建设", "围绕打造"]
        .iter()
        .any(|w| opener.find(w).is_some_and(|p| p <= 12))
        && ["基地", "基地目标", "基地的目标"].contains(&closer.as_str());
    ((opens && closes) || goal).then_some(topic)
}

/// The project or company sentence `s` is about: named at its opening (a
/// date or place may come first), or 该项目 / 该公司 there for the one named
/// last before.
fn subject(doc: &Doc, s: usize, cue: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    if acting(doc, s, cue) {
        return acting_subject(doc, s, cue);
    }
    let opening: String = sent.chars[..cue.min(sent.chars.len())].iter().collect();
    let first = sent
        .mentions
        .iter()
        .find(|m| !doc.nested(s, m) && doc.class(m.entity) != Class::Place);
    if let Some(m) = first.filter(|m| m.start <= 8 && m.end <= cue) {
        // (One of a list, 深南电路W2W9、格林美…等项目, is no subject.)
        let listed = sent.chars[m.end..cue].contains(&'、')
            || sent.mentions.iter().any(|o| {
                o.start >= m.end && o.end <= cue && doc.class(o.entity) == doc.class(m.entity)
            });
        if matches!(doc.class(m.entity), Class::Project | Class::Enterprise) && !listed {
            return Some(m.entity);
        }
        return None;
    }
    if opening.starts_with("该项目") || opening.starts_with("项目") {
        return doc.last_before_anywhere(Class::Project, s, 0, 4);
    }
    if opening.starts_with("该公司") || opening.starts_with("该企业") {
        return doc.last_before_anywhere(Class::Enterprise, s, 0, 4);
    }
    // (P正式落地,该项目将填补…: the anaphor opening the cue's clause
    // speaks of the last one named before it.)
    let clause = opening
        .rfind(['，', ','])
        .map(|i| opening[i..].chars().skip(1).collect::<String>())?;
    let class = if clause.starts_with("该项目") {
        Class::Project
    } else if clause.starts_with("该公司") || clause.starts_with("该企业") {
        Class::Enterprise
    } else {
        return None;
    };
    let at = cue - clause.chars().count();
    doc.last_before_anywhere(class, s, at, 4)
}

/// True when the cue at `cue` is in the clause 作为 opens: what the subject
/// of the next clause acts as.
fn acting(doc: &Doc, s: usize, cue: usize) -> bool {
    let chars = &doc.sents[s].chars;
    chars.starts_with(&['作', '为']) && !chars[..cue].iter().any(|c| matches!(c, '，' | ','))
}

/// The subject of a sentence opening 作为…: the project or company that
/// opens the clause after the cue's (作为X产业链的重要补充,该项目将…; 作为
/// X产业的补充,E…).
fn acting_subject(doc: &Doc, s: usize, cue: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    let comma = (cue..sent.chars.len()).find(|&i| matches!(sent.chars[i], '，' | ','))?;
    let next = sent.text(comma + 1, comma + 4);
    // (A paragraph's closing word on the project it opened with: a wider
    // window than a plain 该项目's.)
    if next == "该项目" {
        return doc.last_before_anywhere(Class::Project, s, comma, 8);
    }
    if next == "该公司" || next == "该企业" {
        return doc.last_before_anywhere(Class::Enterprise, s, comma, 8);
    }
    sent.mentions
        .iter()
        .find(|m| m.start == comma + 1 && !doc.nested(s, m))
        .filter(|m| matches!(doc.class(m.entity), Class::Project | Class::Enterprise))
        .map(|m| m.entity)
}

/// `industry.of.leader`: a company said to lead a field (E是国内X领域的领军
/// 企业, E是X行业的龙头企业) is of it.
fn leaders_of_fields(doc: &mut Doc) {
    const LEADS: &[&str] = &["领军", "龙头", "领先", "头部", "骨干", "标杆"];
    for s in doc.title_sents.min(doc.sents.len())..doc.sents.len() {
        let sent = &doc.sents[s];
        let pairs: Vec<(usize, usize)> = sent
            .of(doc, Class::Enterprise)
            .filter(|e| !doc.nested(s, e) && sent.chars.get(e.end) == Some(&'是'))
            .filter_map(|e| {
                let (_, clause_end) = super::enterprise::clause_of(&sent.chars, e.end);
                let i = sent
                    .of(doc, Class::Industry)
                    .find(|i| i.start > e.end && i.start <= e.end + 5 && i.end + 3 <= clause_end)?;
                let after: String = sent.text(i.end, clause_end.min(i.end + 12));
                let leads = after
                    .strip_prefix("领域的")
                    .or_else(|| after.strip_prefix("行业的"))
                    .is_some_and(|rest| LEADS.iter().any(|w| rest.starts_with(w)));
                (leads && after.contains("企业")).then_some((e.entity, i.entity))
            })
            .collect();
        for (e, i) in pairs {
            doc.relate(e, ck::IN_INDUSTRY, i, s, "industry.of.leader");
        }
    }
}

/// A company or project introduced by its field: `乳品行业领军企业——E`,
/// `工业机器人领域的E`, `A领域全球领先企业E股份有限公司`, `化工领域的P1、
/// P2等23个项目` (each of a list), `在智能装备领域,P等项目落户…` (the
/// sentence's).
fn fields(doc: &mut Doc) {
    for s in doc.title_sents.min(doc.sents.len())..doc.sents.len() {
        let field = opening_field(doc, s);
        let pairs: Vec<(Mention, Mention)> = {
            let sent = &doc.sents[s];
            let industries: Vec<Mention> = sent.of(doc, Class::Industry).collect();
            let named: Vec<Mention> = sent
                .mentions
                .iter()
                .filter(|m| {
                    matches!(doc.class(m.entity), Class::Enterprise | Class::Project)
                        && !doc.nested(s, m)
                })
                .copied()
                .collect();
            // 在X领域，…, X方面，…: the field the sentence opens with.
            let opening = industries.iter().find(|i| field == Some((i.start, i.end)));
            // 作为X产业重大项目，P…: the project the clause calls one of X.
            let called = industries.iter().find_map(|i| {
                let open = sent.chars.starts_with(&['作', '为']) && i.start <= 6;
                let comma = (i.end..(i.end + 8).min(sent.chars.len()))
                    .find(|&k| matches!(sent.chars[k], '，' | ','))?;
                let kind = sent.text(i.end, comma);
                (open && kind.ends_with("项目") && !kind.contains('的')).then_some((*i, comma))
            });
            let mut pairs: Vec<(Mention, Mention)> = Vec::new();
            if let Some((i, comma)) = called {
                let subject = named
                    .iter()
                    .find(|e| e.start == comma + 1 && doc.class(e.entity) == Class::Project);
                pairs.extend(subject.map(|e| (i, *e)));
            }
            for (k, e) in named.iter().enumerate() {
                if let Some(i) = opening.filter(|i| i.end < e.start) {
                    pairs.push((*i, *e));
                    continue;
                }
                // (P1、P2: the list's next item is of the field its first is.)
                let prev = k.checked_sub(1).map(|j| named[j]);
                if let Some(p) = prev.filter(|p| {
                    p.end < e.start
                        && sent.chars[p.end..e.start]
                            .iter()
                            .all(|c| matches!(c, '、' | '和'))
                }) {
                    if let Some(&(i, _)) = pairs.iter().find(|(_, x)| x.entity == p.entity) {
                        pairs.push((i, *e));
                        continue;
                    }
                }
                let Some(i) = industries.iter().rfind(|i| i.end <= e.start) else {
                    continue;
                };
                let between: String = sent.chars[i.end..e.start].iter().collect();
                let field = between.chars().count() <= 10
                    && ["企业", "领域的", "行业的", "龙头", "领军"]
                        .iter()
                        .any(|w| between.contains(w))
                    && !between.contains(['，', '、', '。']);
                if field {
                    pairs.push((*i, *e));
                }
            }
            pairs
        };
        for (i, e) in pairs {
            doc.relate(e.entity, ck::IN_INDUSTRY, i.entity, s, "industry.of.field");
        }
    }
}

/// Where the field a sentence opens with lies (在X领域，…, X方面，…);
/// `industry.name.field` names it there when it is a known trade (also
/// in 在X方面，…, which gives no field).
fn opening_field(doc: &mut Doc, s: usize) -> Option<(usize, usize)> {
    let chars = &doc.sents[s].chars;
    let from = usize::from(chars.first() == Some(&'在'));
    let comma = chars
        .iter()
        .position(|c| matches!(c, '，' | ','))
        .filter(|&c| c >= from + 4)?;
    let (a, b) = (from, comma - 2);
    let field = chars[b..comma] == ['领', '域'];
    if !(field && from == 1 || chars[b..comma] == ['方', '面']) {
        return None;
    }
    let term: String = chars[a..b].iter().collect();
    if comma < 16 && doc.lex.industries.contains(&term) && !doc.sents[s].taken(a, b) {
        doc.mention(s, a, b, Class::Industry, "industry.name.field");
    }
    (field || from == 0).then_some((a, b))
}

/// `industry.of.listed-kind`: companies listed as of a kind (A、B等食品加工
/// 企业) belong to the industry of that kind the clause goes on to name
/// (…形成了…食品加工产业集群), up to the next semicolon.
fn listed_kinds(doc: &mut Doc) {
    for s in doc.title_sents.min(doc.sents.len())..doc.sents.len() {
        let chars = doc.sents[s].chars.clone();
        let mut found: Vec<(usize, usize)> = Vec::new();
        let mut from = 0;
        while let Some(k) = chars[from..]
            .iter()
            .position(|c| *c == '等')
            .map(|p| from + p)
        {
            from = k + 1;
            // 等 + two to six Han chars + 企业.
            let Some(len) = (2..=6).find(|&n| {
                chars.get(k + 1 + n..k + 3 + n) == Some(&['企', '业'][..])
                    && chars[k + 1..k + 1 + n]
                        .iter()
                        .all(|c| crate::text::is_han(*c))
            }) else {
                continue;
            };
            let kind = &chars[k + 1..k + 1 + len];
            let listed = listed_before(doc, s, &chars, k);
            if listed.len() < 2 {
                continue;
            }
            let stop = chars[k..]
                .iter()
                .position(|c| matches!(c, '；' | ';'))
                .map_or(chars.len(), |p| k + p);
            let industry = doc.sents[s]
                .of(doc, Class::Industry)
                .find(|m| m.start > k && m.end <= stop && chars[m.start..].starts_with(kind))
                .map(|m| m.entity);
            if let Some(i) = industry {
                found.extend(listed.into_iter().map(|e| (e, i)));
            }
        }
        for (e, i) in found {
            doc.relate(e, ck::IN_INDUSTRY, i, s, "industry.of.listed-kind");
        }
    }
}

/// The enterprises listed right before char `at` (A、B和C|等), in order.
fn listed_before(doc: &Doc, s: usize, chars: &[char], at: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut end = at;
    while let Some(m) = doc.sents[s]
        .of(doc, Class::Enterprise)
        .find(|m| m.end == end && m.start < end)
    {
        out.push(m.entity);
        if m.start == 0 || !matches!(chars[m.start - 1], '、' | '和' | '及' | '与') {
            break;
        }
        end = m.start - 1;
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::{has, read};

    /// A known trade the sentence opens with as its field (X方面，P…, 在X
    /// 领域，P…) and the trade a clause calls a project one of (作为X产业
    /// 重大项目，P…) are the project's; a 方面 that is no trade names none.
    #[test]
    fn an_opening_field_or_a_called_trade_is_the_projects() {
        let r = read(
            "园区概况。数字经济方面,岚地数科总部项目签约。\
             作为新区电子信息产业重大项目,岚溪科技总部基地项目在汶兴新城开工。\
             在新能源领域,汶川电子年产5万吨负极材料项目开工。\
             招商方面,岭海科技总部项目落地。",
        );
        assert!(has(&r, "岚地数科总部项目", "inIndustry", "数字经济"));
        assert!(has(
            &r,
            "岚溪科技总部基地项目",
            "inIndustry",
            "电子信息产业"
        ));
        assert!(has(
            &r,
            "汶川电子年产5万吨负极材料项目",
            "inIndustry",
            "新能源"
        ));
        let industries = crate::extract::testing::labels(&r, crate::extract::Class::Industry);
        assert!(!industries.contains(&"招商".to_string()), "{industries:?}");
    }

    /// A company said to lead a field (E是国内X领域的领军企业) is of it; a
    /// known field before the known field is the field's too (氢能|燃料电池).
    #[test]
    fn a_company_leading_a_field_is_of_it() {
        let r = read(
            "岚韬动力是国内氢能燃料电池领域的领军企业。\
             青禾化工是新材料领域的一家年轻企业。",
        );
        assert!(has(&r, "岚韬动力", "inIndustry", "氢能燃料电池"));
        assert!(!has(&r, "青禾化工", "inIndustry", "新材料"));
    }

    /// 该项目 opening the clause after a cue's subject-less opening (P正式
    /// 落地,该项目将填补…领域的空白) and after a 作为 clause (作为I的重要补
    /// 充,该项目…) speaks of the project named last; an unknown field of
    /// making (高端轴承制造领域) is an industry.
    #[test]
    fn the_project_a_clause_speaks_of() {
        let r = read(
            "总投资2亿元的年产10万套轴承项目正式落地,该项目将填补园区在高端轴承制造领域的空白。",
        );
        assert!(has(&r, "年产10万套轴承项目", "inIndustry", "高端轴承制造"));
        let r = read(
            "岚溪科技年产5万吨隔膜项目开工。作为汐州经开区锂电新能源产业链的重要补充,\
             该项目将有力提升产业竞争力。",
        );
        assert!(has(
            &r,
            "岚溪科技年产5万吨隔膜项目",
            "inIndustry",
            "锂电新能源产业链"
        ));
    }

    /// An industry that gathers companies (I产业已集聚A、B等企业) holds them.
    #[test]
    fn an_industry_gathering_companies_holds_them() {
        let r = read("锂电池产业已集聚岚峰科技有限公司、汶岭电子有限公司等企业30余家。");
        assert!(has(&r, "岚峰科技有限公司", "inIndustry", "锂电池产业"));
        assert!(has(&r, "汶岭电子有限公司", "inIndustry", "锂电池产业"));
    }

    /// A chain that brings companies in (I产业链先后引入A、B等头部企业, 促成A等
    /// 企业与链主C配套) holds them, but not the leader it names.
    #[test]
    fn a_chain_bringing_companies_in_holds_them() {
        let r = read(
            "光伏产业链先后引入岚峰科技有限公司、汶岭电子有限公司等头部企业。\
             特钢材料产业链促成溪川材料有限公司等企业与链主岚钢集团有限公司深度配套。",
        );
        for (e, i) in [
            ("岚峰科技有限公司", "光伏产业链"),
            ("汶岭电子有限公司", "光伏产业链"),
            ("溪川材料有限公司", "特钢材料产业链"),
        ] {
            assert!(has(&r, e, "inIndustry", i), "{e}: {r:?}");
        }
        assert!(!has(&r, "岚钢集团有限公司", "inIndustry", "特钢材料产业链"));
    }

    /// An industry alone before 上 opens a topic (I产业链上，A、B等企业…);
    /// 深耕, 致力于 and 从事 tie a company to the industry after them.
    #[test]
    fn a_bare_topic_and_verbs_of_devotion() {
        let r = read(
            "新能源汽车产业链上,岚峰科技有限公司、汶岭电子有限公司等企业加快布局。\
             溪川材料有限公司深耕锂电池产业多年。",
        );
        assert!(has(
            &r,
            "岚峰科技有限公司",
            "inIndustry",
            "新能源汽车产业链"
        ));
        assert!(has(
            &r,
            "汶岭电子有限公司",
            "inIndustry",
            "新能源汽车产业链"
        ));
        assert!(has(&r, "溪川材料有限公司", "inIndustry", "锂电池产业"));
    }

    /// Companies listed as of a kind belong to the cluster of that kind the
    /// clause names, not to the next clause's; a list with no kind to none.
    #[test]
    fn companies_listed_as_of_a_kind_belong_to_its_cluster() {
        let r = read(
            "青川县引进岚峰、汶溪、宏崖等纺织服装企业20家,培育形成了百亿级纺织服装产业集群;\
             引进青岚、川泰等企业5家,形成了电子信息产业集群。",
        );
        for e in ["岚峰", "汶溪", "宏崖"] {
            assert!(has(&r, e, "inIndustry", "纺织服装产业集群"), "{e}");
            assert!(!has(&r, e, "inIndustry", "电子信息产业集群"), "{e}");
        }
        assert!(!has(&r, "青岚", "inIndustry", "电子信息产业集群"));
    }

    /// Projects listed after a field (化工领域的P1、P2等项目) belong to it,
    /// each of the list; so do those of a sentence opening 在X领域，.
    #[test]
    fn projects_listed_after_their_field_belong_to_it() {
        let r = read(
            "除了化工领域的岭化转型升级120万吨乙烯、岭化80万吨二氧化碳气体回收等23个重点项目外,\
             还包括新材料领域的岚谷3万吨高性能碳纤维原丝、岚兴2万吨风电主梁碳板等9个项目。",
        );
        for (p, i) in [
            ("岭化转型升级120万吨乙烯", "化工"),
            ("岭化80万吨二氧化碳气体回收", "化工"),
            ("岚谷3万吨高性能碳纤维原丝", "新材料"),
            ("岚兴2万吨风电主梁碳板", "新材料"),
        ] {
            assert!(has(&r, p, "inIndustry", i), "{p} {i}");
        }
        assert!(!has(&r, "岚谷3万吨高性能碳纤维原丝", "inIndustry", "化工"));
    }

    /// 在X领域, with an ASCII comma as many pages have it, opens the
    /// sentence's field as 在X领域， does.
    #[test]
    fn a_field_opening_with_an_ascii_comma_is_the_sentences() {
        for comma in ['，', ','] {
            let r = read(&format!(
                "在生物医药领域{comma}岚川药业集团拟投资20亿元入驻青禾区。"
            ));
            assert!(
                has(&r, "岚川药业集团", "inIndustry", "生物医药"),
                "{comma} {r:?}"
            );
        }
    }

    /// A work report's task (做强I，…) names the companies and projects of
    /// its industry; a sentence opening with a clause of other words does
    /// not.
    #[test]
    fn a_tasks_companies_and_projects_belong_to_its_industry() {
        let r = read(
            "做强高端纺织产业,实施品牌战略,支持岚峰纺织等“老字号”企业升级改造,\
             推进汶溪服饰年产500万件服装项目竣工投产。\
             高端纺织产业发展良好,青禾服饰等企业扩大生产。",
        );
        assert!(has(&r, "岚峰纺织", "inIndustry", "高端纺织产业"));
        assert!(has(
            &r,
            "汶溪服饰年产500万件服装项目",
            "inIndustry",
            "高端纺织产业"
        ));
        assert!(!has(&r, "青禾服饰", "inIndustry", "高端纺织产业"));
        // 围绕I，… up to the semicolon; a leader named as such is not
        // also a member.
        let r = read(
            "围绕锂电新能源产业,引进岚峰锂业、汶溪电池等企业,推进溪山正极材料项目开工;\
             青岚科技扩大生产。在储能产业上,以岭川能源为龙头,集聚上下游企业。",
        );
        assert!(has(&r, "岚峰锂业", "inIndustry", "锂电新能源产业"));
        assert!(has(&r, "溪山正极材料项目", "inIndustry", "锂电新能源产业"));
        assert!(!has(&r, "青岚科技", "inIndustry", "锂电新能源产业"));
        assert!(!has(&r, "岭川能源", "inIndustry", "储能产业"));
    }

    /// A goal of a base for an industry (聚焦建设…I基地目标，引进A、B等企业)
    /// and a report on a trade (在T发展方面，引进A、B) name the industry of
    /// the companies they go on to list; the projects after I项目中的 are
    /// I's.
    #[test]
    fn goals_reports_and_listed_projects_name_their_industry() {
        let r =
            read("聚焦建设全国重要的储能电池产业基地目标,引进岚峰科技、汶溪锂能等企业,建成产能。");
        assert!(has(&r, "岚峰科技", "inIndustry", "储能电池产业"));
        assert!(has(&r, "汶溪锂能", "inIndustry", "储能电池产业"));
        let r = read("在软件和数据服务业发展方面,成功引进岚峰软件、汶溪数据等优质企业。");
        assert!(has(&r, "岚峰软件", "inIndustry", "软件和数据服务业"));
        assert!(has(&r, "汶溪数据", "inIndustry", "软件和数据服务业"));
        let r = read("在招商发展方面,成功引进岚峰软件、汶溪数据等优质企业。");
        assert!(!has(&r, "岚峰软件", "inIndustry", "招商"));
        let r = read("还有新材料产业项目中的碳纤维板材项目、玄武岩纤维制品项目。");
        assert!(has(&r, "碳纤维板材项目", "inIndustry", "新材料产业"));
        assert!(has(&r, "玄武岩纤维制品项目", "inIndustry", "新材料产业"));
    }

    /// The project a sentence is about belongs to the industries it is
    /// tied to; a company introduced by its field belongs to that field.
    #[test]
    fn subjects_belong_to_the_industries_their_sentence_names() {
        let r = read(
            "江北新区举行签约仪式，年产3万吨锂电隔膜项目正式落地。\
             该项目将重点聚焦储能电池、新能源汽车等领域。\
             此次签约的还有智能装备行业领军企业——青岚机械公司。",
        );
        assert!(has(&r, "年产3万吨锂电隔膜项目", "inIndustry", "储能电池"));
        assert!(has(&r, "年产3万吨锂电隔膜项目", "inIndustry", "新能源汽车"));
        assert!(has(&r, "青岚机械公司", "inIndustry", "智能装备行业"));
    }
}
