//! Places and people: the names of institutions, government bodies, places
//! and persons (the entities that are no zone, company, project or
//! product), and the relations that join them to zones and enterprises:
//! locatedIn (位于…) and cooperatesWith (与…合作/对接).

use super::names::{stem_start, Kind};
use super::{char_pos, Class, Doc};
use crate::lexicon::PlaceKind;
use crate::model::vocab::ck;
use crate::text::segment::ArticleText;
use regex::Regex;
use std::sync::LazyLock;

/// `place.name.stem`: a district, county or city named in full in the
/// article (长岚区) and elsewhere in it by its stem alone (助力长岚向…), a
/// whole word no other name holds. The lexicon gives no such short name
/// when the stem names places in two provinces or is an everyday word; the
/// full name in the same article settles which place it is.
pub(crate) fn stem_names(doc: &mut Doc) {
    let mut stems: Vec<(usize, Vec<char>)> = Vec::new();
    for (i, e) in doc.entities.iter() {
        if e.class != Class::Place {
            continue;
        }
        let label: Vec<char> = e.label.chars().collect();
        let Some((&level, stem)) = label.split_last() else {
            continue;
        };
        let own = doc
            .lex
            .places
            .get(&stem.iter().collect::<String>())
            .is_none_or(|p| p.canonical == e.label);
        if matches!(level, '区' | '县' | '市')
            && (2..=4).contains(&stem.len())
            && stem.iter().all(|c| crate::text::is_han(*c))
            && !stem
                .iter()
                .any(|c| matches!(c, '省' | '市' | '县' | '区' | '镇'))
            && own
            && !doc.lex.industry_trie.contains(stem)
            && !doc.lex.product_trie.contains(stem)
        {
            stems.push((i, stem.to_vec()));
        }
    }
    // (A stem two places share, 长岚区 and 长岚县, names neither.)
    // A noun or name, not the predicate after a noun that ends a clause
    // (前景|光明。).
    super::alias::stem_mentions(doc, stems, |sent, k, stem| {
        let t = &sent.toks[k];
        let predicate = k > 0
            && sent.toks[k - 1].tag.starts_with('n')
            && sent
                .chars
                .get(t.end)
                .is_none_or(|c| !crate::text::is_han(*c) && !c.is_ascii_alphanumeric());
        let whole = t.end == t.start + stem.len() && sent.chars.get(t.start..t.end) == Some(stem);
        (whole && (t.tag.starts_with('n') || t.tag == "j") && !predicate).then_some(t.end)
    });
}

/// A title and the name after it (总经理|王伟): the titles of
/// [`TITLES_LIST`] (总经理 holds 经理, 副教授 教授).
static TITLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:{}|{})(?:助理)?(?P<name>[\p{{Han}}]{{2,3}})",
        TITLES_LIST.join("|"),
        GOVERNOR_LIST.join("|")
    ))
    .expect("static regex")
});
static HONORIFIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<name>[\p{Han}]{2,3})(?:女士|先生|同志|教授)").expect("static regex")
});

/// The titles a person's name follows, one home for [`TITLED`] and its
/// gate.
pub(super) const TITLES_LIST: &[&str] = &[
    "教授",
    "研究员",
    "院士",
    "董事长",
    "经理",
    "负责人",
    "总裁",
    "书记",
    "主任",
    "市长",
    "县长",
    "区长",
    // (Not 省长 alone: 湖北省|长江….)
    "副省长",
    "局长",
    // (公安厅厅长某.)
    "厅长",
    "厂长",
    "顾问",
    "博士",
    "记者",
    "通讯员",
    "总监",
    "科长",
    "处长",
    "部长",
    "主席",
    "会长",
    "秘书长",
    "理事长",
    "技师",
    "工程师",
    // (省农业农村厅一级巡视员阎某, 驻华使馆商务参赞某: ranks and envoys.)
    "巡视员",
    "调研员",
    "参赞",
    "大使",
    // (区委领导胡某, 市领导王某.)
    "领导",
    // (市检察院检察长某, 海关副关长某, 研究所所长某; not 州长 or 镇长:
    // 黄南州|长海县, 某镇|长阳县.)
    "检察长",
    "关长",
    "院长",
    "校长",
    "所长",
    // (…产业链副链长韩某: a chain's official.)
    "链长",
    "党组成员",
];
const TITLES: super::Mask = super::triggers(TITLES_LIST);

/// 省长, a title only where no province's name runs into it (湖北省|长江…):
/// after a mark, 代 or nothing (省委副书记、省长A; 代省长B; 省长C代表…).
/// So is 州长 (州委副书记、州长A; not 黄南州|长海县).
pub(super) const GOVERNOR_LIST: &[&str] = &["省长", "州长"];
const GOVERNOR: super::Mask = super::triggers(GOVERNOR_LIST);

/// A person named before what they say (孙大军宣布, 王明表示) at the start of
/// a clause, or credited for a photo (（田谷仓 摄）).
static SPOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[，。：；“\s])(?P<name>[\p{Han}]{2,3})(?:宣布|表示|指出|强调|致辞|主持|介绍说)",
    )
    .expect("static regex")
});
static PHOTO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[（(](?P<name>[\p{Han}]{2,3})\s*摄[）)]").expect("static regex"));

/// The words of [`HONORIFIC`].
pub(super) const HONORIFICS_LIST: &[&str] = &["女士", "先生", "同志", "教授"];
const HONORIFICS: super::Mask = super::triggers(HONORIFICS_LIST);

/// Cut a candidate to a name that starts with a surname (3 chars, else 2).
fn person_name(cand: &[char], from_left: bool) -> Option<(usize, usize)> {
    let ok = crate::text::is_surname;
    if from_left {
        // 朱波担任 → the name is at the left of the candidate.
        if cand.first().is_some_and(|c| ok(*c)) {
            return Some((0, cand.len().min(3)));
        }
        None
    } else {
        let n = cand.len();
        if n >= 3 && ok(cand[n - 3]) {
            Some((n - 3, n))
        } else if n >= 2 && ok(cand[n - 2]) {
            Some((n - 2, n))
        } else {
            None
        }
    }
}

/// What a reporter does after the title (记者|连线, 记者|来到): words
/// whose first char may be a surname.
const CONTACT_WORDS: &[&str] = &[
    "连线", "采访", "走访", "获悉", "了解", "探访", "来到", "看到", "注意", "发现",
];

/// Words that end a 2–3 char person name (朱波担任 → 朱波).
const AFTER_NAME: &[char] = &[
    '担', '表', '说', '介', '指', '认', '称', '任', '在', '对', '等', '和', '为', '是', '报', '摄',
    '发', '及', '与', '的',
];

/// Characters before 局 that make a common word (布局, 困局, 格局).
const NOT_BUREAU: &str = "布困格大全结开时残变新僵骗定终胜赌饭当棋";

/// True when a name's stem holds a place or a proper name.
pub(crate) fn has_proper_name(doc: &Doc, s: usize, from: usize, to: usize) -> bool {
    let sent = &doc.sents[s];
    sent.toks
        .iter()
        .filter(|t| t.end > from && t.start < to)
        .any(|t| {
            let w = &sent.chars[t.start.max(from)..t.end.min(to)];
            matches!(
                t.tag.as_str(),
                "ns" | "nz" | "nr" | "nrt" | "nt" | "j" | "eng" | "x"
            ) || doc.lex.place_trie.contains(w)
                || sent.mentions.iter().any(|m| m.start < to && m.end > from)
        })
}

/// A university named by common words only (电子科技大学, 国防科技大学):
/// four chars or more of nouns before 大学, where generic kinds are shorter
/// (重点大学, 研究型大学).
fn named_university(doc: &Doc, s: usize, start: usize, at: usize, suffix: &str) -> bool {
    suffix == "大学"
        && at - start >= 4
        && doc.sents[s]
            .toks
            .iter()
            .filter(|t| t.start >= start && t.end <= at)
            .all(|t| t.tag.starts_with('n'))
        && doc.sents[s].toks.iter().any(|t| t.start == start)
}

fn suffix_scan(
    doc: &mut Doc,
    s: usize,
    (suffixes, index): (&[String], &crate::lexicon::SuffixIndex),
    class: Class,
    rule: &'static str,
) {
    let chars = doc.sents[s].chars.clone();
    let mut end = chars.len();
    while end > 0 {
        let hit = index.ending_at(&chars, end).map(|i| &suffixes[i]);
        let Some(suf) = hit else {
            end -= 1;
            continue;
        };
        let at = end - suf.chars().count();
        // 布局, 困局: 局 in a common word is no bureau.
        let word_ju = suf.as_str() == "局" && at > 0 && NOT_BUREAU.contains(chars[at - 1]);
        // 政府事务经理, 政府工作报告: the body's name inside a longer word.
        // (工信局党组|成员: a member's title; the body ends before it.)
        let longer_word = chars
            .get(end)
            .is_some_and(|c| "事工投采购引补".contains(*c))
            || crate::text::chars_start_with(&chars[end..], "成员");
        // (…生产研发中心项目, …职业学院建设项目: a facility to be built is
        // the project's name, no institution yet.)
        let to_build = class == Class::Institution
            && ["项目", "建设项目", "工程"]
                .iter()
                .any(|w| crate::text::chars_start_with(&chars[end..], w));
        // (省商务厅|厅长, 市交通局|局长: the head's title repeats the
        // body's last char; the body ends before it; so does a deputy's,
        // 市工信局|副局长.)
        let head_title = suf.chars().count() == 1
            && chars.get(end) == Some(&'长')
            && at > 0
            && (chars[at - 1] == chars[at] || chars[at - 1] == '副');
        if doc.sents[s].taken(at, end) || word_ju || longer_word || to_build || head_title {
            end = at;
            continue;
        }
        // 示范区管委会: a body named by its zone's generic name is named.
        // 示范区管委会, 元谋农业科技园区管委会: a body named by its zone (or
        // the zone's generic name) is named.
        let zone_before = doc.sents[s]
            .mentions
            .iter()
            .find(|m| m.end == at && doc.entities.get(m.entity).class == Class::Zone)
            .map(|m| m.start);
        let start = zone_before
            .or_else(|| stem_start(doc, &doc.sents[s], at, Kind::Org))
            .or_else(|| {
                let before: String = chars[at.saturating_sub(3)..at].iter().collect();
                if class == Class::GovernmentBody && at >= 3 && doc.lex.anaphors.contains(&before) {
                    Some(at - 3)
                } else {
                    None
                }
            });
        // 从省发展改革委获悉, 省国资委副主任: a department of the province
        // (or city, county) named by its level alone is named; 省委 and
        // 省政府 or 区党工委 alone are not.
        let level_named = |st: usize| {
            let opens = st == 0
                || !crate::text::is_han(chars[st - 1])
                || "从由与和及在向经据对".contains(chars[st - 1]);
            let department =
                suf.chars().count() >= 3 && !suf.contains("政府") && !suf.contains('党');
            class == Class::GovernmentBody
                && st + 1 == at
                && "省市县区州".contains(chars[st])
                && opens
                && department
        };
        // (副市长苏纪武及发改委: a body's name holds no official's title;
        // one that does ran over a person.)
        let titled = |st: usize| {
            class == Class::GovernmentBody && {
                let stem: String = chars[st..at].iter().collect();
                TITLES_LIST.iter().any(|t| stem.contains(t))
            }
        };
        // A body or institution is named by a place or a proper name
        // (山西财经大学, 临汾市委), not by a common word (技术研发中心).
        let start = start.filter(|&st| !titled(st)).filter(|&st| {
            level_named(st)
                || st < at
                    && (zone_before.is_some()
                        || has_proper_name(doc, s, st, at)
                        || chars[st..at].iter().collect::<String>().ends_with("区")
                        || named_university(doc, s, st, at, suf))
        });
        // (2022年度|全国工商联: a date opening the name is the clause's.)
        let start = start.map(|st| super::quantity::past_date(&chars, st, at, 2));
        // (从省/n|发展改革委: jieba may glue the level to the word before.)
        let start = start.or_else(|| (at >= 1 && level_named(at - 1)).then(|| at - 1));
        // (获国家发改委批准, 通过科技部批准: the nation's bodies are named by
        // 国家 or by their own word.)
        let start = start.or_else(|| {
            let national = at >= 2 && chars[at - 2..at] == ['国', '家'];
            let ministry = suf.as_str() == "国务院"
                || (suf.chars().count() >= 3
                    && suf.ends_with('部')
                    && !["组织部", "宣传部", "统战部", "指挥部"].contains(&suf.as_str()));
            match class {
                Class::GovernmentBody if national => Some(at - 2),
                Class::GovernmentBody if ministry => Some(at),
                _ => None,
            }
        });
        match start {
            Some(st) => {
                if doc.mention(s, st, end, class, rule).is_some() {
                    end = st;
                } else {
                    end = at;
                }
            }
            None => end = at,
        }
    }
}

fn level(k: Option<PlaceKind>) -> u8 {
    match k {
        Some(PlaceKind::Country) => 0,
        Some(PlaceKind::Region) | Some(PlaceKind::Province) => 1,
        Some(PlaceKind::City) => 2,
        Some(PlaceKind::County) | Some(PlaceKind::District) => 3,
        _ => 4,
    }
}

/// True when `next` is a finer administrative level than `prev`.
fn finer(prev: Option<PlaceKind>, next: Option<PlaceKind>) -> bool {
    level(next) > level(prev) && level(next) < 4
}

/// The length of a village name (two or three chars and 村) right after
/// its town (水秀镇|张家庄村), not 村级, 村民, 村集体….
fn village_at(chars: &[char], at: usize) -> Option<usize> {
    (2..=3).find_map(|k| {
        let name = chars.get(at..at + k)?;
        let village = name.iter().all(|c| crate::text::is_han(*c) && *c != '村')
            && chars.get(at + k) == Some(&'村')
            && !chars
                .get(at + k + 1)
                .is_some_and(|c| "级民集委里庄落镇".contains(*c));
        village.then_some(k + 1)
    })
}

/// The length of a town name (one to three chars and 镇 or 街道) at `at`
/// that ends on a word boundary; not 城镇, and not …镇化.
fn town_at(chars: &[char], ends: &[bool], at: usize) -> Option<usize> {
    (1..=3).find_map(|k| {
        let name = chars.get(at..at + k)?;
        if !name.iter().all(|c| crate::text::is_han(*c)) || name == ['城'] {
            return None;
        }
        let suffix = match chars.get(at + k..at + k + 2) {
            Some(['街', '道']) => 2,
            _ if chars.get(at + k) == Some(&'镇') => 1,
            _ => return None,
        };
        let end = at + k + suffix;
        let boundary = ends.get(end).copied().unwrap_or(true) || end == chars.len();
        (boundary && chars.get(end) != Some(&'化')).then_some(k + suffix)
    })
}

/// True when the words before 镇 make a kind of town, no town's name
/// ([`NOT_TOWNS`]).
pub(super) fn town_kind(stem: &str) -> bool {
    NOT_TOWNS
        .iter()
        .any(|w| stem.ends_with(w) || stem.starts_with(w))
}

/// Words before 镇 that make a kind of town, no town's name (特色小镇 is
/// read as 小镇; 乡镇, 城镇…).
const NOT_TOWNS: &[&str] = &[
    "小", "古", "重", "名", "城", "乡", "集", "村", "市", "特色", "全", "各", "本", "该", "新",
];

/// The four directions, which open a part of a place (西南角, 东部).
const DIRECTIONS: &str = "东西南北";

/// `place.name.town`: a town the lexicon does not list, named without its
/// county: two chars and 镇 between marks of a list or clause, before what
/// towns have (潦河镇、蒲山镇主要负责人; 招纳蒲山镇以及…).
fn bare_towns(doc: &mut Doc, s: usize) {
    let chars = doc.sents[s].chars.clone();
    // (A county before the town (恭城瑶族自治县|嘉会镇), a zone or place
    // or a direction after it (山阳镇|上海…, 嘉会镇|西南角): where
    // something lies.)
    let named = |f: &dyn Fn(&super::Mention) -> bool| {
        doc.sents[s]
            .mentions
            .iter()
            .any(|m| f(m) && matches!(doc.entities.get(m.entity).class, Class::Place | Class::Zone))
    };
    let opens = |i: usize| {
        i == 0
            || matches!(
                chars[i - 1],
                '、' | '，' | ',' | '；' | '：' | '和' | '与' | '及' | '纳' | '在' | '到' | '于'
            )
            || named(&|m| m.end == i)
    };
    let closes = |e: usize| {
        let rest: String = chars[e..(e + 4).min(chars.len())].iter().collect();
        e == chars.len()
            || matches!(chars[e], '、' | '，' | ',' | '。' | '；' | '和')
            || ["主要", "党委", "政府", "人民", "以及", "负责"]
                .iter()
                .any(|w| rest.starts_with(w))
            || (DIRECTIONS.contains(chars[e])
                && rest
                    .chars()
                    .nth(1)
                    .is_some_and(|c| "部侧面边南北角".contains(c)))
            || named(&|m| m.start == e)
    };
    let mut found = Vec::new();
    for at in 2..chars.len() {
        let a = at - 2;
        if chars[at] != '镇'
            || !chars[a..at].iter().all(|c| crate::text::is_han(*c))
            || !opens(a)
            || !closes(at + 1)
        {
            continue;
        }
        let stem: String = chars[a..at].iter().collect();
        // (位于洛阳镇: a town may bear a city's name.)
        if town_kind(&stem)
            || doc.sents[s].taken(a, at + 1)
            || (super::names::known_word(doc, &stem, &[]) && !doc.lex.places.contains_key(&stem))
        {
            continue;
        }
        found.push(a);
    }
    for a in found {
        doc.mention(s, a, a + 3, Class::Place, "place.name.town");
    }
}

/// True when the place ending at `j` is an item of a list of places a
/// zone's word closes (华州、华阴等8个经开区; 延川、富县经开区): each names
/// its zone by its place, no place of the story.
fn zones_listed_after(chars: &[char], j: usize) -> bool {
    const ZONE_WORDS: [&str; 6] = ["经开区", "开发区", "高新区", "工业园", "产业园", "园区"];
    let zone_at = |k: usize| {
        ZONE_WORDS
            .iter()
            .any(|w| crate::text::chars_start_with(&chars[k..], w))
    };
    let mut k = j;
    let mut listed = false;
    while chars.get(k) == Some(&'、') {
        listed = true;
        k += 1;
        // The next item: up to four chars, or up to the zone's word.
        let item_end = (k..(k + 4).min(chars.len()))
            .find(|&e| zone_at(e) || matches!(chars[e], '、' | '等'))
            .unwrap_or((k + 4).min(chars.len()));
        if item_end == k || !chars[k..item_end].iter().all(|c| crate::text::is_han(*c)) {
            return false;
        }
        k = item_end;
        if zone_at(k) {
            return true;
        }
    }
    if chars.get(k) != Some(&'等') {
        return false;
    }
    k += 1;
    while chars
        .get(k)
        .is_some_and(|c| crate::text::numerals::is_count_digit(*c) || "几多余个家".contains(*c))
    {
        k += 1;
    }
    (listed || k > j + 1) && zone_at(k)
}

/// True when the country's name at `i..j` opens a fixed term or a title
/// (中国式现代化, 中国特色…, 中国·青海…洽谈会, 《中国之声》): it names no
/// place there.
fn country_term(doc: &Doc, s: usize, i: usize, j: usize) -> bool {
    let chars = &doc.sents[s].chars;
    let after = &chars[j..];
    // (“中国钛谷”, 中国锂电之都, 中国工业大奖: a noun
    // right after the nation makes a title or a name of its own, not the
    // place of the story; 中国最大的… is.)
    let titled = doc.sents[s]
        .toks
        .iter()
        .find(|t| t.start == j)
        .is_some_and(|t| matches!(t.tag.as_str(), "n" | "nz" | "ng" | "vn" | "s"));
    let term = crate::text::chars_start_with(after, "式")
        || crate::text::chars_start_with(after, "特色")
        || crate::text::chars_start_with(after, "·")
        || titled
        || (i > 0 && chars[i - 1] == '《');
    // (The place's kind only where the words around fit: it allocates.)
    term && doc
        .lex
        .places
        .get(&chars[i..j].iter().collect::<String>())
        .is_some_and(|p| p.kind == PlaceKind::Country)
}

/// Words that follow a place in a news outlet's name (甘肃日报, 中国新闻网,
/// 贵港新闻网, 中国甘肃网): the outlet, no place of the story.
const OUTLET_WORDS: &[&str] = &[
    "日报",
    "晚报",
    "晨报",
    "商报",
    "新闻",
    "经济新闻",
    "财经网",
    "电视台",
    "广播电视",
    "融媒",
    "卫视",
    "之声",
];

/// True when a news outlet's word (or a province's name and then one:
/// 中国|甘肃|网) follows char `j`: see [`OUTLET_WORDS`].
fn outlet_after(doc: &Doc, chars: &[char], j: usize) -> bool {
    let outlet_at = |k: usize| {
        let rest = &chars[k.min(chars.len())..];
        OUTLET_WORDS
            .iter()
            .any(|w| crate::text::chars_start_with(rest, w))
            // (中国甘肃网, 甘肃网讯: a site; not 网络, 网点, 网格.)
            || (rest.first() == Some(&'网')
                && !rest.get(1).is_some_and(|c| "络点格红状民友上".contains(*c)))
    };
    outlet_at(j)
        || (2..=3).any(|n| {
            j + n < chars.len() && doc.lex.place_trie.contains(&chars[j..j + n]) && outlet_at(j + n)
        })
}

fn places(doc: &mut Doc, s: usize) {
    let chars = doc.sents[s].chars.clone();
    // Places match whole words only: 海口 is not a place inside 出海口.
    let (starts, ends) = doc.sents[s].token_bounds();
    let mut i = 0;
    while i < chars.len() {
        if !starts[i] {
            i += 1;
            continue;
        }
        // A run of place names is one place (太原市小店区).
        let mut j = i;
        let mut last = None;
        let mut parts: Vec<(usize, Option<PlaceKind>)> = Vec::new();
        loop {
            // (16: 积石山保安族东乡族撒拉族自治县, 成渝地区双城经济圈.)
            let hit = super::names::longest_word_at(&doc.lex.place_trie, &chars, j, 16, |n| {
                ends.get(j + n).copied().unwrap_or(false)
            });
            match hit {
                Some(n) if !doc.sents[s].taken(j, j + n) => {
                    // 太原市|小店区 is one place; 深圳市|非洲 is two.
                    let kind = doc
                        .lex
                        .places
                        .get(&chars[j..j + n].iter().collect::<String>())
                        .map(|p| p.kind);
                    // (三明市|沙县区 and 重庆市|江津区, a city's district,
                    // one place; 眉山|彭山 without the city's 市, two.)
                    if j > i && (!finer(last, kind) || !"市州盟省区".contains(chars[j - 1])) {
                        break;
                    }
                    parts.push((j, kind));
                    last = kind;
                    j += n;
                }
                _ => break,
            }
        }
        // 四川省|泸州市: a province and one city or county are one place
        // written in full, the city it names (江西省赣州市全南县 too).
        // (重庆市|江津区: a city governed as a province holds its district.)
        if let [(_, first), (city, _)] = parts[..] {
            if level(first) == 1 && matches!(chars[city - 1], '省' | '区') {
                // (江西省|宜春, without the city's 市: two names.)
                if matches!(chars[j - 1], '市' | '州' | '盟' | '县') {
                    let key: String = chars[city..j].iter().collect();
                    doc.mention_as(s, i, j, Class::Place, "place.name.lexicon", &key);
                    i = j;
                    continue;
                }
                j = city;
                last = first;
            }
        }
        // A town the lexicon does not list, after its county or district
        // (元谋县|元马镇, 吴中区|甪直镇, 南山区|粤海街道).
        if j > i && level(last) == 3 {
            if let Some(n) = town_at(&chars, &ends, j) {
                j += n;
                j += village_at(&chars, j).unwrap_or(0);
            }
        }
        // 木垒|县: the level word the lexicon's name leaves out (not 市场,
        // 县域, 市委…).
        if j > i
            && chars.get(j).is_some_and(|c| "省市县区州盟旗".contains(*c))
            && !chars[j - 1..j]
                .iter()
                .any(|c| "省市县区州盟旗".contains(*c))
            && !chars
                .get(j + 1)
                .is_some_and(|c| "场民域委政级属长内外直辖里区府镇情".contains(*c))
        {
            j += 1;
        }
        // 武汉|都市圈, 辽宁|沿海/f|经济带: a region named after its place.
        if j > i {
            let part = doc.sents[s]
                .toks
                .iter()
                .find(|t| t.start == j && t.tag == "f")
                .map_or(0, |t| t.end - t.start);
            j += region_word_at(&chars, j + part).map_or(0, |n| part + n);
        }
        // (县领导田林…。田林、马昭才等来到…: a name the article gave a
        // person before is the person's, not the county's.)
        let person = || {
            let name: String = chars[i..j].iter().collect();
            let key = super::alias::key(doc.lex, Class::Person, &name);
            doc.entities.find(Class::Person, &key).is_some()
        };
        // (产业和|县区: jieba glues the conjunction to 县 of 县区, counties
        // and districts; 和县 is named there only by chance.)
        let conjunction = j == i + 2
            && "和与及".contains(chars[i])
            && chars[i + 1] == '县'
            && chars.get(j).is_some_and(|c| "区市".contains(*c));
        // (黑龙江省|西部, 浙江省|大湾区: a part of the place before it, named
        // by its compass or the like, not the nation's region; 深圳市|非洲 is
        // two.)
        let part_of_place = || {
            let name: String = chars[i..j].iter().collect();
            doc.lex
                .places
                .get(&name)
                .is_some_and(|p| p.kind == PlaceKind::Region)
                && "东西南北中大环".contains(chars[i])
                && doc.sents[s]
                    .mentions
                    .iter()
                    .any(|m| m.end == i && doc.class(m.entity) == Class::Place)
        };
        if j > i
            && !person()
            && !conjunction
            && !zones_listed_after(&chars, j)
            && !country_term(doc, s, i, j)
            && !part_of_place()
            && !outlet_after(doc, &chars, j)
        {
            doc.mention(s, i, j, Class::Place, "place.name.lexicon");
            i = j;
        } else if j > i {
            i = j;
        } else {
            i += 1;
        }
    }
    regions(doc, s);
}

/// Words that make a region of the places before them (武汉都市圈,
/// 长株潭城市群, 成渝经济圈, 辽宁沿海经济带).
const REGION_WORDS: &[&str] = &["都市圈", "城市群", "经济圈", "经济带"];

/// Chars of a region word at `at`, if one starts there.
fn region_word_at(chars: &[char], at: usize) -> Option<usize> {
    REGION_WORDS
        .iter()
        .find(|w| crate::text::chars_start_with(&chars[at.min(chars.len())..], w))
        .map(|w| w.chars().count())
}

/// `place.name.region`: a region the lexicon does not list, named by the
/// short forms of its cities (宜荆荆都市圈, 滇中城市群): two to four chars
/// of place words or single chars before a region word, no longer word
/// among them (建设现代化都市圈 names none).
fn regions(doc: &mut Doc, s: usize) {
    if !REGION_WORDS.iter().any(|w| doc.sents[s].text.contains(w)) {
        return;
    }
    let chars = doc.sents[s].chars.clone();
    for at in 2..chars.len() {
        let Some(n) = region_word_at(&chars, at) else {
            continue;
        };
        if doc.sents[s].taken(at, at + n) {
            continue;
        }
        let (mut start, mut named) = (at, false);
        for t in doc.sents[s].toks.iter().rev().filter(|t| t.end <= at) {
            // (宜/vg|荆/ns|荆/ns: a city's one-char form, not 的/uj or 和/c;
            // 滇/j|中/f: a part of it.)
            let short = t.end - t.start == 1
                && crate::text::is_han(chars[t.start])
                && matches!(t.tag.as_str(), "vg" | "ng" | "n" | "nr" | "b");
            let place = t.tag == "ns" || t.tag == "j";
            if t.end != start || !(short || place || t.tag == "f") || at - t.start > 4 {
                break;
            }
            named |= place;
            start = t.start;
        }
        if named && at - start >= 2 && !doc.sents[s].taken(start, at) {
            doc.mention(s, start, at + n, Class::Place, "place.name.region");
        }
    }
}

/// The person named after a title at `m` (2–3 chars, cut to two before a
/// word or a preposition), and how many chars of `m` the name takes.
fn titled_name(
    doc: &Doc,
    s: usize,
    text: &str,
    m: regex::Match,
) -> (Option<(usize, usize)>, usize) {
    let st = char_pos(text, m.start());
    let cand: Vec<char> = m.as_str().chars().collect();
    let mut n = cand.len();
    // 李军|宣布, 袁周|致辞: a word starting at the third char
    // ends a two-char name.
    // (张志明|说 read as 张志|明说: a word of the name's last
    // char and 说 leaves the name whole.)
    let chars = &doc.sents[s].chars;
    let word_at_third = doc.sents[s].toks.iter().any(|t| {
        t.start == st + 2
            && t.end - t.start >= 2
            && !t.oov
            && !t.tag.starts_with("nr")
            && !(t.end - t.start == 2 && chars.get(t.start + 1) == Some(&'说'))
            // (苏纪|武及/ns|发改委: the name's last char glued to 及.)
            && !(t.end - t.start == 2 && chars.get(t.start + 1).is_some_and(|c| "及与和".contains(*c)))
    });
    // 杨光/nr|向/p: jieba's two-char name before a preposition.
    let toks = &doc.sents[s].toks;
    let preposition_at_third = toks
        .iter()
        .any(|t| t.start == st && t.end == st + 2 && t.tag.starts_with("nr"))
        && toks
            .iter()
            .any(|t| t.start == st + 2 && t.end == st + 3 && t.tag.as_str() == "p");
    if n == 3 && (AFTER_NAME.contains(&cand[2]) || word_at_third || preposition_at_third) {
        n = 2;
    }
    // 总书记|关于/p…: a function word after the title, no name.
    let function_word = toks.iter().any(|t| {
        t.start == st
            && t.end - t.start >= 2
            && !t.oov
            && matches!(t.tag.chars().next(), Some('p' | 'c' | 'u' | 'd' | 'r'))
    });
    // (记者|连线/n|大河…: a verb jieba knows as a noun, no
    // two-char name.)
    let known_word = n == 2
        && toks.iter().any(|t| {
            t.start == st
                && t.end == st + 2
                && !t.oov
                && CONTACT_WORDS.contains(&doc.sents[s].text(t.start, t.end).as_str())
        });
    if function_word || known_word {
        return (None, n);
    }
    (
        person_name(&cand[..n], true).map(|(a, b)| (st + a, st + b)),
        n,
    )
}

/// The verbs of a speaker or a photographer named before them (see
/// [`SPOKEN`], [`PHOTO`]): every match holds one.
pub(super) const SPOKEN_VERBS: &[&str] = &[
    "宣布",
    "表示",
    "指出",
    "强调",
    "致辞",
    "主持",
    "介绍说",
    "摄",
];
const SPOKEN_WORDS: super::Mask = super::triggers(SPOKEN_VERBS);

pub(crate) fn mentions(doc: &mut Doc, article: &ArticleText) {
    // The lexicon outlives the article: no copies of the suffix lists.
    let lex = doc.lex;
    for s in 0..doc.sents.len() {
        let inst = (lex.institution_suffixes.as_slice(), &lex.institution_index);
        suffix_scan(doc, s, inst, Class::Institution, "institution.name.suffix");
        let gov = (lex.gov_suffixes.as_slice(), &lex.gov_index);
        suffix_scan(doc, s, gov, Class::GovernmentBody, "government.name.suffix");
        let text = doc.sents[s].text.clone();
        let mut persons = Vec::new();
        let titled = doc.sents[s].has_any(TITLES) || doc.sents[s].has_any(GOVERNOR);
        let honorific = doc.sents[s].has_any(HONORIFICS);
        // (记者王茜通讯员唐承: a name cut to two chars leaves its third
        // char to the next title.)
        let mut from = 0;
        while let Some((whole, m)) = titled
            .then(|| TITLED.captures_at(&text, from))
            .flatten()
            .and_then(|c| Some((c.get(0)?, c.name("name")?)))
        {
            let province = GOVERNOR_LIST.iter().any(|g| whole.as_str().starts_with(g))
                && text[..whole.start()]
                    .chars()
                    .next_back()
                    .is_some_and(|c| crate::text::is_han(c) && c != '代');
            // (研究院|长沙分院, 海关|长春办事处: a title's 长 opening a place
            // is the place's.)
            let place_after = {
                let at = char_pos(&text, m.start());
                at > 0
                    && doc
                        .lex
                        .place_trie
                        .lengths_at(&doc.sents[s].chars, at - 1, 8)
                        .any(|n| n >= 2)
            };
            let (name, n) = if province || place_after {
                (None, 0)
            } else {
                titled_name(doc, s, &text, m)
            };
            // (副总裁|兼总工|程师…: no name after one title; another title
            // may start inside what was read as one, 总工程师王某.)
            let n = if name.is_some() { n } else { 0 };
            persons.extend(name);
            from = m.start()
                + m.as_str()
                    .chars()
                    .take(n)
                    .map(char::len_utf8)
                    .sum::<usize>();
        }
        let spoken = doc.sents[s].has_any(SPOKEN_WORDS);
        for re in [&*SPOKEN, &*PHOTO] {
            for c in super::gated(re, &text, spoken) {
                if let Some(m) = c.name("name") {
                    if crate::text::is_person_name(m.as_str()) {
                        let st = char_pos(&text, m.start());
                        persons.push((st, st + m.as_str().chars().count()));
                    }
                }
            }
        }
        for c in super::gated(&HONORIFIC, &text, honorific) {
            if let Some(m) = c.name("name") {
                let st = char_pos(&text, m.start());
                let cand: Vec<char> = m.as_str().chars().collect();
                if let Some((a, b)) = person_name(&cand, false) {
                    persons.push((st + a, st + b));
                }
            }
        }
        for (a, b) in persons {
            if !doc.sents[s].taken(a, b) {
                doc.mention(s, a, b, Class::Person, "person.name.title");
            }
        }
        places(doc, s);
        if doc.sents[s].text.contains('镇') {
            bare_towns(doc, s);
        }
    }
    // The byline names a person.
    let last = doc.sents.len().saturating_sub(1);
    for name in article
        .meta
        .creator
        .iter()
        .chain(&article.meta.contributors)
    {
        // (作者:嘉兴市科技局: an office wrote it, no person.)
        let office = name.chars().count() >= 4
            && doc
                .lex
                .gov_index
                .suffix_of(name)
                .is_some_and(|i| doc.lex.gov_suffixes[i].chars().count() >= 2);
        if office {
            doc.entities.add(
                doc.lex,
                Class::GovernmentBody,
                name,
                last,
                "government.name.byline",
            );
        } else {
            doc.entities
                .add(doc.lex, Class::Person, name, last, "person.byline");
        }
    }
    // (新华社合肥4月8日电: the place a wire story was filed from.)
    if let Some(place) = &article.meta.dateline_place {
        let chars: Vec<char> = place.chars().collect();
        if doc.lex.names_place(&chars) {
            doc.entities
                .add(doc.lex, Class::Place, place, 0, "place.name.dateline");
        }
    }
}

/// Verbs of lying somewhere, a place or zone after them (位于P, 坐落于P,
/// 地处P).
pub(super) const LIES_IN_VERBS: &[&str] = &["位于", "坐落于", "坐落在", "座落于", "座落在", "地处"];
const LIES_IN: super::Mask = super::triggers(LIES_IN_VERBS);

/// `place.located.weiyu`, `zone.hosts.weiyu`: what 位于 (or another of
/// [`LIES_IN_VERBS`]) at char `at`, `len` chars long, places. The subject
/// is the thing named right after 位于P的 (位于鹿泉区的X项目), else the
/// project, zone or company named before (该企业位于P: the company spoken
/// of), else the article's zone.
fn lies_in(
    doc: &mut Doc,
    s: usize,
    (at, len): (usize, usize),
    mentions: &[super::Mention],
    main_zone: Option<usize>,
) {
    let past = at + len;
    // (蒙城县地处皖北: a place is the subject, no thing of the text.)
    if mentions
        .iter()
        .any(|m| m.end == at && doc.class(m.entity) == Class::Place)
    {
        return;
    }
    // (The place of this 位于's clause: X位于…，Y位于B县 places only Y in B县.)
    let chars = &doc.sents[s].chars;
    let (cs, clause_end) = super::enterprise::clause_of(chars, at);
    let mut place = mentions
        .iter()
        .find(|m| m.start >= past && m.start < clause_end && doc.class(m.entity) == Class::Place);
    // 位于江西省|龙南市: the finest of places written together.
    while let Some(next) = place.and_then(|p| {
        mentions
            .iter()
            .find(|m| m.start == p.end && doc.class(m.entity) == Class::Place)
    }) {
        place = Some(next);
    }
    let thing = |m: &&super::Mention| {
        matches!(
            doc.class(m.entity),
            Class::Project | Class::Zone | Class::Enterprise | Class::Institution
        ) && !doc.nested(s, m)
    };
    let clause: String = chars[cs..at].iter().collect();
    // 位于X投资区西部区域: a zone right after 位于 hosts a project or
    // company; a place after the zone is a part of it (西部), none of
    // the subject's places.
    // (位于晋中国家农高区|功能食品加工园: the park inside the zone named
    // right after.)
    let zone_at = |from: usize| {
        mentions
            .iter()
            .find(|m| m.start == from && doc.class(m.entity) == Class::Zone)
    };
    let zone = zone_at(past).map(|z| zone_at(z.end).unwrap_or(z));
    // (位于Z(的)|E全自动的厂房里: the company right after the zone is
    // what lies there.)
    let after = place
        .filter(|p| p.start == past && chars.get(p.end) == Some(&'的'))
        .and_then(|p| mentions.iter().filter(thing).find(|m| m.start == p.end + 1))
        .or_else(|| {
            let z = zone?;
            let from = z.end + usize::from(chars.get(z.end) == Some(&'的'));
            mentions
                .iter()
                .filter(thing)
                .find(|m| m.start == from && doc.class(m.entity) == Class::Enterprise)
        })
        .map(|m| m.entity);
    let spoken_of = super::enterprise::COMPANY_ANAPHORS
        .iter()
        .any(|w| clause.ends_with(w))
        .then(|| doc.last_before_anywhere(Class::Enterprise, s, at, 3))
        .flatten();
    // (E的母公司位于P: another company lies there.)
    if ["母公司", "子公司", "股东", "总公司"]
        .iter()
        .any(|w| clause.ends_with(w))
    {
        return;
    }
    let subject = after
        .or(spoken_of)
        .or_else(|| {
            mentions
                .iter()
                .filter(|m| m.end <= at)
                .filter(thing)
                .map(|m| m.entity)
                .next_back()
        })
        .or_else(|| doc.last_before(Class::Project, s, at, 2))
        .or(main_zone);
    if let (Some(subj), Some(z)) = (subject, zone) {
        let hosts = match doc.class(subj) {
            Class::Project => Some(ck::HOSTS_PROJECT),
            Class::Enterprise => Some(ck::HOSTS_ENTERPRISE),
            _ => None,
        };
        if let Some(hosts) = hosts.filter(|_| z.entity != subj) {
            doc.relate(z.entity, hosts, subj, s, "zone.hosts.weiyu");
        }
    }
    let place = place.filter(|p| zone.is_none_or(|z| p.start < z.start));
    if let (Some(subj), Some(p)) = (subject, place) {
        doc.relate(subj, ck::LOCATED_IN, p.entity, s, "place.located.weiyu");
    }
}

/// Verbs of settling that a place follows (P项目落户X县, E扎根X镇).
pub(super) const SETTLE_VERBS: &[&str] = &[
    "落户于",
    "落户到",
    "落户在",
    "落户",
    "落地于",
    "落地",
    "扎根",
    "选址",
];
/// Verbs of building after 在X (E在X县投资建设P).
const BUILT_IN: &[&str] = &[
    "投资建设",
    "投资兴建",
    "建设",
    "兴建",
    "开工",
    "投产",
    "建厂",
    "布局",
    "设立",
];

/// `place.located.settle`: a project or company settling in a place named
/// right after the verb (P项目落户X县, E扎根X镇), or a project built there
/// (E在X县投资建设P: P, not E, whose seat may be elsewhere), lies in that
/// place. Places inside a zone's name
/// are the zone's (落户X县经济开发区 is the zone's hosting).
fn settles_in(doc: &mut Doc, s: usize, text: &str, mentions: &[super::Mention]) {
    let place_at = |at: usize| {
        mentions
            .iter()
            .find(|m| m.start == at && doc.class(m.entity) == Class::Place && !doc.nested(s, m))
            .copied()
    };
    let thing = |m: &super::Mention| {
        matches!(doc.class(m.entity), Class::Project | Class::Enterprise) && !doc.nested(s, m)
    };
    // The project or company named last in a clause before `at`.
    let last_thing = |cs: usize, at: usize| {
        mentions
            .iter()
            .rfind(|m| m.start >= cs && m.end <= at && thing(m))
    };
    let chars = &doc.sents[s].chars;
    let mut found = Vec::new();
    // (The verbs, longest first, each found once where it starts.)
    let mut taken = Vec::new();
    const SETTLE: super::Mask = super::triggers(SETTLE_VERBS);
    let settle = doc.sents[s].has_any(SETTLE);
    for verb in SETTLE_VERBS.iter().filter(|_| settle) {
        for (b, _) in text.match_indices(verb) {
            let at = char_pos(text, b);
            if taken.contains(&at) {
                continue;
            }
            taken.push(at);
            let Some(place) = place_at(at + verb.chars().count()) else {
                continue;
            };
            let (cs, _) = super::enterprise::clause_of(chars, at);
            let subject = last_thing(cs, at);
            if let Some(m) = subject {
                found.push((m.entity, place.entity));
            }
        }
    }
    // E在X县投资建设(的)P: the project after the verb is in X; the builder
    // only invests there (its seat may be elsewhere).
    for (b, _) in text.match_indices('在') {
        let at = char_pos(text, b);
        let Some(place) = place_at(at + 1) else {
            continue;
        };
        let rest: String = chars[place.end..].iter().collect();
        // (P在X落地: the project settling there is there; companies, each
        // of a list, are read with their zones, `enterprise.located.settle`.)
        if SETTLE_VERBS.iter().any(|v| rest.starts_with(v)) {
            let (cs, _) = super::enterprise::clause_of(chars, at);
            if let Some(m) = last_thing(cs, at).filter(|m| doc.class(m.entity) == Class::Project) {
                found.push((m.entity, place.entity));
            }
            continue;
        }
        let Some(verb) = BUILT_IN.iter().find(|v| rest.starts_with(*v)) else {
            continue;
        };
        let (_, ce) = super::enterprise::clause_of(chars, at);
        let after = place.end + verb.chars().count();
        let built = mentions.iter().find(|m| {
            m.start >= after && m.end <= ce && thing(m) && doc.class(m.entity) == Class::Project
        });
        if let Some(m) = built {
            found.push((m.entity, place.entity));
        }
    }
    for (subject, place) in found {
        doc.relate(subject, ck::LOCATED_IN, place, s, "place.located.settle");
    }
}

/// Words for a place's whole area, between it and the verb that says what
/// it holds (福清辖区范围拥有…), longest first.
const AREA_WORDS: &[&str] = &["辖区范围内", "辖区范围", "辖区内", "辖区", "境内", "域内"];

/// Verbs a place holds its parks with, longest first.
const HOLDS: &[&str] = &["拥有", "现有", "共有", "建有", "有"];

/// `place.located.holds`: a place that opens its clause and holds the parks
/// named right after the verb lies around each (福清辖区范围拥有A、B、C等四大
/// 园区; 在P，有一个Z). Of places in a row (内蒙古鄂尔多斯市) the last, the
/// nearest, holds them.
fn holds_zones(doc: &mut Doc, s: usize, mentions: &[super::Mention]) {
    let chars = &doc.sents[s].chars;
    let free =
        |m: &&super::Mention, class: Class| doc.class(m.entity) == class && !doc.nested(s, m);
    let at_start = |at: usize, class: Class| {
        mentions
            .iter()
            .filter(|m| m.start == at && free(m, class))
            .max_by_key(|m| m.end)
    };
    let mut found = Vec::new();
    for p in mentions.iter().filter(|m| free(m, Class::Place)) {
        if at_start(p.end, Class::Place).is_some() {
            continue;
        }
        // Where the row of places ending with `p` starts.
        let mut lead = p.start;
        while let Some(q) = mentions
            .iter()
            .find(|m| m.end == lead && free(m, Class::Place))
        {
            lead = q.start;
        }
        let (cs, _) = super::enterprise::clause_of(chars, lead);
        let after_in = lead == cs + 1 && chars[cs] == '在';
        if lead != cs && !after_in {
            continue;
        }
        let opens = |at: usize, w: &str| {
            crate::text::chars_start_with(chars.get(at..).unwrap_or_default(), w)
        };
        let mut at = p.end;
        if let Some(w) = AREA_WORDS.iter().find(|w| opens(at, w)) {
            at += w.chars().count();
        }
        // (在P，有一个Z: the place's clause is 在P alone.)
        if after_in && matches!(chars.get(at), Some('，' | ',')) {
            at += 1;
        }
        let Some(verb) = HOLDS.iter().find(|v| opens(at, v)) else {
            continue;
        };
        at += verb.chars().count();
        // A count before the parks (有一个Z, 拥有3个Z).
        let count = chars[at..]
            .iter()
            .take(4)
            .take_while(|c| crate::text::numerals::is_count_digit(**c) || "个家座处".contains(**c))
            .count();
        at += count;
        while let Some(mut z) = at_start(at, Class::Zone) {
            // (福州新区|福清功能区: the part right after its zone is listed.)
            while let Some(part) = at_start(z.end, Class::Zone) {
                z = part;
            }
            found.push((z.entity, p.entity));
            match chars.get(z.end) {
                Some('、' | '和' | '及' | '与') => at = z.end + 1,
                _ => break,
            }
        }
    }
    for (zone, place) in found {
        doc.relate(zone, ck::LOCATED_IN, place, s, "place.located.holds");
    }
}

/// Adverbs between a partner and the verb of cooperation (与X强强联手).
const COOP_ADVERBS: &[&str] = &["强强", "深度", "全面", "共同", "再度", "正式"];

/// Words that end a partner that is no company (与国内高校合作).
const NOT_A_PARTNER: &[&str] = &[
    "高校", "院校", "大学", "企业", "机构", "单位", "部门", "政府", "团队", "客户", "伙伴", "各方",
    "方面", "双方", "地区", "国家", "城市", "园区",
    // (与泖港镇联手: a town, a village.)
    "镇", "乡", "村", "街道",
];

/// `E与X强强联手`: a company E cooperating with a bare name X that no rule
/// named, 2–4 Han chars known to no lexicon: X is a company too
/// (`enterprise.name.partner`).
fn bare_partner(doc: &mut Doc, s: usize, start: usize, vend: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    let mut end = vend;
    while let Some(a) = COOP_ADVERBS
        .iter()
        .find(|a| end >= start + 2 && sent.text(end - 2, end) == **a)
    {
        end -= a.chars().count();
    }
    let name = sent.text(start, end);
    let han = super::names::bare_han(&name);
    let known = super::names::known_word(doc, &name, NOT_A_PARTNER);
    // Only beside a company just named: 史丹利与湖北宜化强强联手.
    let after_company = sent.of(doc, Class::Enterprise).any(|m| m.end + 1 == start);
    if !han || known || !after_company || sent.taken_except_places(doc, start, end) {
        return None;
    }
    doc.mention(s, start, end, Class::Enterprise, "enterprise.name.partner")
}

/// Words of a cooperation after 与X (与X合作, 与X签约).
pub(super) const COOP_VERBS: &[&str] = &[
    "合作",
    "对接",
    "交流",
    "携手",
    "共建",
    "签约",
    "战略协议",
    "联手",
    "合资",
    "共同出资",
    "共同投资",
];
const COOP: super::Mask = super::triggers(COOP_VERBS);

pub(crate) fn relations(doc: &mut Doc, main_zone: Option<usize>) {
    for s in doc.title_sents..doc.sents.len() {
        let chars = doc.sents[s].chars.clone();
        let text = doc.sents[s].text.clone();
        let mentions = doc.sents[s].mentions.clone();
        // 位于P: the project, zone or enterprise just named (or 该项目).
        // (Gated: most sentences hold none of the verbs.)
        let lies = doc.sents[s].has_any(LIES_IN);
        for verb in LIES_IN_VERBS.iter().filter(|_| lies) {
            for (b, _) in text.match_indices(verb) {
                let at = (char_pos(&text, b), verb.chars().count());
                lies_in(doc, s, at, &mentions, main_zone);
            }
        }
        settles_in(doc, s, &text, &mentions);
        if text.contains('有') {
            holds_zones(doc, s, &mentions);
        }
        // 与X…合作/对接/交流: the subject before 与 (else the zone) with X.
        if !doc.sents[s].has_any(COOP) {
            continue;
        }
        let mut from = 0;
        while let Some(b) = text[from..].find('与').map(|b| b + from) {
            from = b + '与'.len_utf8();
            let at = char_pos(&text, b);
            let rest: String = chars[at..].iter().collect();
            let Some(vb) = COOP_VERBS.iter().filter_map(|w| rest.find(w)).min() else {
                continue;
            };
            let vend = at + rest[..vb].chars().count();
            // (与A、B等|在X、Y等16个项目进行签约: what 在 opens is the
            // topic, no partner.)
            let vend = (at + 2..vend)
                .find(|&p| {
                    chars[p] == '在'
                        && (chars[p - 1] == '等' || mentions.iter().any(|m| m.end == p))
                })
                .unwrap_or(vend);
            let bare = bare_partner(doc, s, at + 1, vend);
            // (与成都、宜宾等地企业合作: the companies of those places.)
            let between: String = chars[at..vend].iter().collect();
            let firms_of_places = between.contains("地企业") || between.contains("地的企业");
            let partners: Vec<usize> = mentions
                .iter()
                .filter(|m| m.start > at && m.end <= vend && !doc.nested(s, m))
                .filter(|m| {
                    // A place that opens a longer name (深圳市非洲出海口) is
                    // not the partner.
                    let alone = doc.class(m.entity) != Class::Place
                        || (!firms_of_places
                            && (chars.get(m.end).is_some_and(|c| "、，,和及与".contains(*c))
                                || m.end == vend));
                    alone
                        && matches!(
                            doc.class(m.entity),
                            Class::Institution | Class::Enterprise | Class::Zone | Class::Place
                        )
                })
                .map(|m| m.entity)
                .chain(bare)
                .collect();
            let clause_start = chars[..at]
                .iter()
                .rposition(|c| matches!(c, '，' | '。' | '；' | ',' | ';'))
                .map_or(0, |p| p + 1);
            // (…开磷集团…,并与X达成合作意向: the clause goes on with the
            // sentence's subject.)
            let opens: String = chars[clause_start..at].iter().take(2).collect();
            let goes_on = ["并", "还", "也", "同时"]
                .iter()
                .any(|w| opens.starts_with(w));
            let from = if goes_on { 0 } else { clause_start };
            // (西樵镇政府与E签订合作协议: a town's or city's government
            // signs, no zone nor company of the text.)
            let government = mentions.iter().any(|m| {
                m.end == at
                    && doc.class(m.entity) == Class::GovernmentBody
                    && doc.entities.get(m.entity).label.ends_with("政府")
            });
            if government {
                continue;
            }
            let subject = mentions
                .iter()
                .filter(|m| {
                    m.start >= from
                        && m.end <= at
                        && matches!(doc.class(m.entity), Class::Enterprise | Class::Zone)
                        && !doc.nested(s, m)
                })
                .map(|m| m.entity)
                .next_back()
                .or_else(|| {
                    // 企业先后与…合作: "the enterprise" is the one just named.
                    let before: String = chars[clause_start..at].iter().collect();
                    (before.contains("企业") || before.contains("公司"))
                        .then(|| doc.last_before_anywhere(Class::Enterprise, s, at, 3))
                        .flatten()
                })
                .or(main_zone);
            if let Some(subj) = subject {
                for p in partners {
                    doc.relate(subj, ck::COOPERATES_WITH, p, s, "cooperation.with");
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::{has, labels, read};

    /// 的 after a titled two-char name is no part of it (负责人李果|的指向).
    #[test]
    fn de_after_a_titled_name_ends_it() {
        let r = read("随园区指挥部负责人周汀的指向看去，建设场面一览无余。");
        assert_eq!(labels(&r, crate::extract::Class::Person), ["周汀"]);
    }

    /// A year opening a body's name is the clause's (2023年度|四川省工商联);
    /// 和县 glued by jieba out of 产业和|县区 is no county.
    #[test]
    fn a_year_opens_no_body_and_a_conjunction_no_county() {
        let r = read("在2023年度四川省工商联评比中,岚川市排名第一。做强特色产业和县区主导产业。");
        let c = crate::extract::Class::Institution;
        assert_eq!(labels(&r, c), ["四川省工商联"]);
        let places = labels(&r, crate::extract::Class::Place);
        assert!(!places.contains(&"和县".to_string()), "{places:?}");
    }

    /// Places listed before a zone's word (A、B等8个经开区; A、B经开区)
    /// name their zones, no places; a place listed before 等地 is one.
    #[test]
    fn places_listed_before_a_zones_word_name_zones() {
        let r = read("新材料园区包括临沂、遂平等2个经开区。延川、富县经开区均发展农业。临沂、遂平等地企业参加。");
        let places = labels(&r, crate::extract::Class::Place);
        assert!(!places.contains(&"延川".to_string()), "{places:?}");
        assert!(places.contains(&"临沂".to_string()), "{places:?}");
    }

    /// A head's title repeating the body's last char (厅|厅长, 局|局长),
    /// or a deputy's (局|副局长), is no part of the body's name.
    #[test]
    fn a_heads_title_ends_the_bodys_name() {
        let r =
            read("省岚溪厅厅长汶峰介绍签约项目情况,市青禾局局长出席,遂平县汀溪局副局长周汀介绍。");
        let bodies = labels(&r, crate::extract::Class::GovernmentBody);
        assert!(
            bodies
                .iter()
                .all(|b| !b.ends_with("厅厅") && !b.ends_with("局局") && !b.ends_with("副局")),
            "{bodies:?}"
        );
        assert!(bodies.contains(&"遂平县汀溪局".to_string()), "{bodies:?}");
    }

    /// A country's name opening a fixed term or a title (中国式, 中国特色,
    /// 中国·…洽谈会, 《中国之声》) names no place; standing alone it does.
    #[test]
    fn a_country_opening_a_term_or_title_is_no_place() {
        let r = read(
            "岚川县奋力书写中国式现代化新篇章，坚持中国特色发展道路。\
             第三届中国·汶川投资洽谈会举行。岚川经验登上《中国之声》。",
        );
        let places = labels(&r, crate::extract::Class::Place);
        assert!(!places.contains(&"中国".to_string()), "{places:?}");
        let r = read("岚川公司产品远销中国各地。");
        let places = labels(&r, crate::extract::Class::Place);
        assert!(places.contains(&"中国".to_string()), "{places:?}");
    }

    /// A place in a news outlet's name (芜湖日报, 中国新闻网, 中国甘肃网讯)
    /// is the outlet's, no place of the story; 江西网络… is a place's.
    #[test]
    fn a_place_in_an_outlets_name_is_no_place() {
        let r = read("据芜湖日报报道,岚溪园区开工。中国新闻网报道,中国甘肃网讯,岚溪园区开工。");
        let places = labels(&r, crate::extract::Class::Place);
        assert!(places.is_empty(), "{places:?}");
        let r = read("江西网络安全企业落户昌吉。");
        let places = labels(&r, crate::extract::Class::Place);
        assert!(places.contains(&"江西".to_string()), "{places:?}");
    }

    /// A leader named by the body they lead (区委领导邹某, 市领导某) is a
    /// person.
    #[test]
    fn a_leader_is_a_person() {
        let r = read("区委领导邹岚川,区发改局负责人参加座谈并见证签约。");
        assert_eq!(labels(&r, crate::model::Class::Person), ["邹岚川"]);
    }

    /// A person named after a title, the last char glued to 及 (岳青|武及/ns|
    /// 发改委), keeps the whole name; no government body runs over the
    /// title and the person.
    #[test]
    fn a_titled_name_before_and_a_department() {
        let r = read("副市长岳青武及发改委、工信局等主要领导参加会议。");
        let people = labels(&r, crate::model::Class::Person);
        assert_eq!(people, ["岳青武"], "{r:?}");
        let bodies = labels(&r, crate::model::Class::GovernmentBody);
        assert!(bodies.iter().all(|b| !b.contains("市长")), "{bodies:?}");
    }

    /// A district named in full is named by its stem elsewhere in the
    /// article (长宁区 … 助力长宁向…: the lexicon gives it no short name, as
    /// 长宁县 shares it), and that stem is the district's other
    /// name; a stem that is an everyday word (前景光明) is not.
    #[test]
    fn a_district_is_called_by_its_stem() {
        let r = read(
            "长宁区签约12个项目。该项目将助力长宁向打造千亿产业集群迈进。\
             光明区前景光明。",
        );
        let place = r
            .iter()
            .flat_map(|x| &x.entities)
            .find(|e| e.label == "长宁区")
            .expect("the district");
        assert!(place.alt_labels.contains("长宁"), "{place:?}");
        let bright = r
            .iter()
            .flat_map(|x| &x.entities)
            .find(|e| e.label == "光明区");
        assert!(bright.is_none_or(|e| e.alt_labels.is_empty()), "{bright:?}");
    }

    /// A wire dateline names the place the story was filed from (长春7月4日
    /// 电(李丹)) and its reporter; the ministries of the nation are named by
    /// their own word (国土资源部, 住房和城乡建设部).
    #[test]
    fn a_wire_dateline_names_its_place_and_reporter() {
        let r = read(
            "岚溪园区加速集聚\n\n长春7月4日电(柯岚)岚溪园区已实现产能全国第一。\
             国土资源部和住房和城乡建设部联合发布公告。\n",
        );
        assert!(
            labels(&r, crate::extract::Class::Place).contains(&"长春".to_string()),
            "{r:?}"
        );
        assert_eq!(labels(&r, crate::extract::Class::Person), ["柯岚"]);
        assert_eq!(
            labels(&r, crate::extract::Class::GovernmentBody),
            ["住房和城乡建设部", "国土资源部"]
        );
    }

    /// Two bylines written one after the other (记者王岚通讯员唐溪): the
    /// first name cut to two chars leaves the next title whole.
    #[test]
    fn bylines_one_after_the_other() {
        let r = read("岚州日报2月18日讯(全媒体记者 王岚 通讯员 唐溪)今天,记者在岚溪高新区看到。");
        let people = labels(&r, crate::extract::Class::Person);
        for p in ["王岚", "唐溪"] {
            assert!(people.contains(&p.to_string()), "{people:?}");
        }
    }

    /// A reporter's deed after the title (记者连线, 记者来到) is no name,
    /// though its first char may be a surname.
    #[test]
    fn a_reporters_deed_is_no_name() {
        let r = read("岚州日报记者连线溪岭直播间时介绍,记者来到岚溪新材料公司。记者王岚峰报道。");
        let people = labels(&r, crate::extract::Class::Person);
        assert!(
            !people
                .iter()
                .any(|p| p.starts_with("连") || p.starts_with("来")),
            "{people:?}"
        );
    }
    use crate::extract::Class;

    /// A title's assistant (总经理助理|汪岚峰) is a title before a name too.
    #[test]
    fn an_assistant_s_title_names_the_person() {
        let r = read("在岚溪工业园区,岭泰新材料科技有限公司总经理助理汪岚峰介绍。");
        assert_eq!(labels(&r, Class::Person), ["汪岚峰"]);
    }

    /// A credit's words (当地供稿) are no part of the body credited, and a
    /// bureau of economic cooperation is a body.
    #[test]
    fn a_credit_and_a_cooperation_bureau() {
        let r = read("项目进展顺利。(当地供稿 汶峰市委宣传部)岚溪市经济合作局表示,将做好服务。");
        let bodies = labels(&r, Class::GovernmentBody);
        for b in ["汶峰市委宣传部", "岚溪市经济合作局"] {
            assert!(bodies.contains(&b.to_string()), "{bodies:?}");
        }
    }

    /// A department's head (公安厅厅长某) is titled.
    #[test]
    fn a_departments_head_is_titled() {
        let r = read("汶峰省副省长、公安厅厅长黄岚春参加仪式。");
        assert!(
            labels(&r, Class::Person).contains(&"黄岚春".to_string()),
            "{r:?}"
        );
    }

    /// A title inside the words after another (副总裁兼总工程师某) still
    /// opens the name after it; a party group's member (党组成员某) is
    /// titled.
    #[test]
    fn a_second_title_opens_the_name() {
        let r = read("岚溪集团副总裁兼总工程师王岚平,市政府党组成员刘汶松等出席开工仪式。");
        assert_eq!(labels(&r, Class::Person), ["刘汶松", "王岚平"]);
    }

    /// The nation opening a title (“中国钛谷”, 中国锂电之都) names no place;
    /// before a superlative or a foreign brand it does.
    #[test]
    fn the_nation_in_a_title_is_no_place() {
        let r = read("岚溪是享誉全国的“中国锆谷”。汶峰被誉为中国锂电之都。");
        assert!(
            labels(&r, Class::Place).iter().all(|p| p != "中国"),
            "{r:?}"
        );
        let r = read("汶峰已连续7年成为中国最大的液化气生产基地。");
        assert!(
            labels(&r, Class::Place).contains(&"中国".to_string()),
            "{r:?}"
        );
    }

    /// A chain's official (产业链副链长) is a title before a name; the
    /// system of them (链长制) names nobody.
    #[test]
    fn a_chains_official_is_titled() {
        let r = read("汶峰市锆及锆合金产业链副链长韩岚芳说,项目进展顺利。全市推行链长制工作机制。");
        assert_eq!(labels(&r, Class::Person), ["韩岚芳"]);
    }

    /// A vice governor (副省长, 常务副省长) is a title before a name; the
    /// Yangtze after a province (湖北省长江…) is none.
    #[test]
    fn a_vice_governor_is_titled() {
        let r = read("由省委常委、常务副省长岳明,副省长汪岚峰带队的观摩团来到宁川。");
        assert_eq!(labels(&r, Class::Person), ["岳明", "汪岚峰"]);
        let r = read("湖北省长江经济带发展迅速。");
        assert!(labels(&r, Class::Person).is_empty(), "{r:?}");
    }

    /// A prefecture's head (州长) is titled as a governor; a place carrying
    /// out a body's word (文山落实省委) names no body.
    #[test]
    fn a_prefecture_head_is_titled() {
        let r = read("州委副书记、州长萧秀岚作推介。这标志着汶山落实省委、省政府部署取得成效。");
        assert_eq!(labels(&r, Class::Person), ["萧秀岚"]);
        assert!(
            labels(&r, Class::GovernmentBody)
                .iter()
                .all(|b| !b.contains("落实")),
            "{r:?}"
        );
        let r = read("黄南州长海县岭溪镇来人。");
        assert!(labels(&r, Class::Person).is_empty(), "{r:?}");
    }

    /// A governor (省长) is a title after a mark, 代 or nothing (省委副书记、
    /// 省长A在…; 省长B代表…; 代省长C); after a province's name it is none
    /// (湖南省长沙市, 湖北省长江…).
    #[test]
    fn a_governor_is_titled_where_no_province_runs_into_it() {
        let r = read(
            "海南省委副书记、省长罗岚明在2月21日上午作报告。省长赵汶钢代表省人民政府报告工作。\
             代省长钱溪德出席。湖南省长沙市和湖北省长江经济带发展迅速。",
        );
        assert_eq!(labels(&r, Class::Person), ["罗岚明", "赵汶钢", "钱溪德"]);
    }

    /// A region is named by its places and a region word (南京都市圈, 滇中
    /// 城市群, 汉荆荆都市圈), long lexicon names are read whole, and a
    /// region word after no place names none (现代化都市圈).
    #[test]
    fn regions_named_by_their_places() {
        let r = read(
            "该区融入南京都市圈，谋划建设汉荆荆都市圈，打造滇中城市群和辽宁沿海经济带。\
             企业来自成渝地区双城经济圈，加快建设现代化都市圈。",
        );
        let places = labels(&r, Class::Place);
        for p in [
            "南京都市圈",
            "汉荆荆都市圈",
            "滇中城市群",
            "辽宁沿海经济带",
            "成渝地区双城经济圈",
        ] {
            assert!(places.contains(&p.to_string()), "{p} in {places:?}");
        }
        assert!(!places.iter().any(|p| p.contains("现代化")), "{places:?}");
    }

    /// A compass part of a place (岚江省|西部, 中国|西部) is no region of
    /// the nation; a region alone (东北地区) or a continent after a city
    /// (岭川市|非洲) is one.
    #[test]
    fn a_part_of_a_place_is_no_region() {
        let r = read(
            "推动黑龙江省西部畜产品基地建设,进入中国西部百强区。东北地区振兴,对接深圳市非洲平台。",
        );
        let places = labels(&r, Class::Place);
        assert!(!places.contains(&"西部".to_string()), "{places:?}");
        for p in ["东北地区", "非洲"] {
            assert!(places.contains(&p.to_string()), "{p} in {places:?}");
        }
    }

    /// The nation's bodies are named by 国家 or by their own word (国家发改
    /// 委, 科技部, 国务院); a party department alone (宣传部) is not.
    #[test]
    fn the_nations_bodies_are_named() {
        let r = read("岚汐基地获国家发改委批准，岭峰基地通过科技部批准，宣传部到场。");
        assert_eq!(labels(&r, Class::GovernmentBody), ["国家发改委", "科技部"]);
    }

    /// A project or company settling in a place named right after the verb,
    /// or a project built there (E在X县投资建设的P), lies in it, the builder
    /// not; a place inside a zone's name is the zone's, and 落地 with no
    /// place places nothing. The builder's frame (投资建设的) opens the
    /// project's whole name, 和 and 、 included, and gives its owner.
    #[test]
    fn what_settles_or_builds_in_a_place_lies_in_it() {
        let r = read("岚溪年产5万吨板材项目落户蒙城县。");
        assert!(has(&r, "岚溪年产5万吨板材项目", "locatedIn", "蒙城县"));
        let r = read("岚峰科技有限公司在蒙城县投资建设年产5万吨板材项目。");
        assert!(!has(&r, "岚峰科技有限公司", "locatedIn", "蒙城县"));
        assert!(has(&r, "年产5万吨板材项目", "locatedIn", "蒙城县"));
        let r = read(
            "岚峰新能源有限公司在蒙城县投资建设的年产3万吨碳酸锂和单水氢氧化锂项目正在开展前期工作;\
             溪川汽车有限公司在蒙城县投资建设的电动汽车电池、整车和运营中心项目开工。",
        );
        let p = "年产3万吨碳酸锂和单水氢氧化锂项目";
        assert!(has(&r, p, "locatedIn", "蒙城县"));
        assert!(has(&r, p, "ownedBy", "岚峰新能源有限公司"));
        assert!(has(&r, p, "produces", "单水氢氧化锂"));
        let q = "电动汽车电池、整车和运营中心项目";
        assert!(has(&r, q, "ownedBy", "溪川汽车有限公司"));
        assert!(has(&r, q, "produces", "整车"));
        let r = read("岚峰科技有限公司落户蒙城县经济开发区。");
        assert!(!has(&r, "岚峰科技有限公司", "locatedIn", "蒙城县"));
        let r = read("岚溪年产5万吨板材项目在蒙城县落地,岚峰科技有限公司项目落地见效。");
        assert!(!has(&r, "岚峰科技有限公司", "locatedIn", "蒙城县"));
        assert!(has(&r, "岚溪年产5万吨板材项目", "locatedIn", "蒙城县"));
    }

    /// 坐落于, 坐落在 and 地处 place a thing as 位于 does; a place lying
    /// somewhere (蒙城县地处安徽省…) places no thing of the text.
    #[test]
    fn other_verbs_of_lying_somewhere() {
        let r = read(
            "岚溪经济开发区成立于2003年。\
             岚峰科技有限公司坐落于蒙城县。\
             汶川材料有限公司坐落在岚溪经济开发区。\
             溪岭电子有限公司地处蒙城县。\
             蒙城县地处安徽省北部。",
        );
        assert!(has(&r, "岚峰科技有限公司", "locatedIn", "蒙城县"));
        assert!(has(&r, "溪岭电子有限公司", "locatedIn", "蒙城县"));
        assert!(has(
            &r,
            "岚溪经济开发区",
            "hostsEnterprise",
            "汶川材料有限公司"
        ));
        assert!(!crate::extract::testing::relations(&r)
            .iter()
            .any(|(s, p, _)| s == "岚溪经济开发区" && p == "locatedIn"));
    }

    /// A two-char name jieba knows before a preposition (王伟/nr|向/p) is
    /// the whole name; a three-char name stays whole.
    #[test]
    fn a_preposition_after_a_titled_name_ends_it() {
        let r = read("岭川市市长王伟向各位嘉宾发出邀请。岚溪县县长李强向大会报告。");
        let p = labels(&r, Class::Person);
        assert_eq!(p, ["李强", "王伟"], "{p:?}");
    }

    /// A function word after a title names nobody (总书记|关于), and 代表
    /// opens no government body's name (我代表|区人民政府).
    #[test]
    fn a_function_word_after_a_title_and_daibiao_name_nothing() {
        let r = read(
            "贯彻落实总书记关于岭川发展的重要讲话精神。现在,我代表区人民政府,向大会报告工作。",
        );
        assert!(labels(&r, Class::Person).is_empty(), "{r:?}");
        let g = labels(&r, Class::GovernmentBody);
        assert!(!g.iter().any(|g| g.starts_with("代表")), "{g:?}");
    }

    /// A centre or school before 项目 (…研发中心项目, …学院建设项目) is the
    /// project's name: no institution yet, and nothing the project makes.
    #[test]
    fn a_facility_to_be_built_is_no_institution() {
        let r = read(
            "岚溪移动广东公司粤东区域生产研发中心项目开工。岭川承建的汶江文化旅游职业学院建设项目开工。",
        );
        assert!(labels(&r, Class::Institution).is_empty(), "{r:?}");
        assert!(labels(&r, Class::Product).is_empty(), "{r:?}");
    }

    /// Every title of the list names the person after it, 秘书长 too (the
    /// title's regex and its gate come from one list).
    #[test]
    fn each_listed_title_names_the_person_after_it() {
        let r = read("协会秘书长王岚川出席。");
        assert_eq!(labels(&r, Class::Person), ["王岚川"]);
        // (A two-char name before 及 is no three-char one.)
        let r = read("国资委主任王岚及53户央企领导出席。");
        assert_eq!(labels(&r, Class::Person), ["王岚"]);
        // (A title's 长 opening a place is the place's: no person.)
        let r = read("岚川研究院长沙分院揭牌,黄南州长海县岭溪镇来人。");
        assert!(labels(&r, Class::Person).is_empty(), "{r:?}");
    }

    /// The one in charge (负责人) is titled like a manager.
    #[test]
    fn a_person_in_charge_is_titled() {
        let r = read("该公司行政负责人岳川说,订单排到明年。");
        assert_eq!(labels(&r, Class::Person), ["岳川"]);
    }

    /// `E与X强强联手`: a bare name beside a company's cooperation is a
    /// company it cooperates with; a kind of partner (高校) is none.
    #[test]
    fn a_bare_partner_of_a_company() {
        let r = read(
            "岭川化工股份有限公司(以下简称“岭川化工”)落户园区。其中岭川化工与汀州宏磷强强联手,投资50亿元建设磷化工项目。\
             岭川化工与国内高校深度合作。",
        );
        assert!(has(
            &r,
            "岭川化工股份有限公司",
            "cooperatesWith",
            "汀州宏磷"
        ));
        let firms = labels(&r, Class::Enterprise);
        assert!(!firms.iter().any(|f| f.contains("高校")), "{firms:?}");
    }

    /// A three-char name before 说 stays whole, though its last char and 说
    /// make a word (明说); a two-char name before 说明 stays two chars.
    /// Towns named without their county (岚河镇、青山镇主要负责人) are
    /// places; kinds of town (特色小镇, 城镇, 乡镇) are not.
    #[test]
    fn towns_named_alone_between_marks() {
        let r = read(
            "岚河镇、青山镇主要负责人参加活动。园区将招纳汶溪镇以及周边企业入驻。\
             打造特色小镇,推进城镇、乡镇建设。",
        );
        let places = labels(&r, Class::Place);
        for p in ["岚河镇", "青山镇", "汶溪镇"] {
            assert!(places.contains(&p.to_string()), "{p}: {places:?}");
        }
        assert_eq!(places.len(), 3, "{places:?}");
    }

    /// A village after its town is part of the place (青阳县蓉城镇|岭溪村);
    /// 村民 after a town is no village.
    #[test]
    fn a_village_after_its_town_is_one_place() {
        let r = read("项目位于青阳县蓉城镇岭溪村,带动岳西县汤池镇村民就业。");
        let places = labels(&r, Class::Place);
        assert!(
            places.iter().any(|p| p == "青阳县蓉城镇岭溪村"),
            "{places:?}"
        );
        assert!(places.iter().any(|p| p == "岳西县汤池镇"), "{places:?}");
    }

    /// 位于P的X: the thing named right after lies in P, each time 位于
    /// comes back in a list; 该企业位于P: the company spoken of.
    #[test]
    fn what_lies_in_a_place_is_named_after_it() {
        let r = read(
            "在开工项目中,包括位于临泉县的岭川精工项目、岳溪新区新药研发项目等;\
             在续建项目中,有位于岳西县的汀洲数据中心项目、位于宁陵县的岭南冷链项目等。\
             岚谷生物科技有限公司是岳溪新区引进的重点企业。该企业位于青阳县,总投资3亿元。",
        );
        assert!(has(&r, "岭川精工项目", "locatedIn", "临泉县"));
        assert!(!has(&r, "岭川精工项目", "locatedIn", "岳西县"));
        assert!(has(&r, "汀洲数据中心项目", "locatedIn", "岳西县"));
        assert!(has(&r, "岚谷生物科技有限公司", "locatedIn", "青阳县"));
        let r = read("岭川精工项目位于园区内,岳溪冷链项目位于临泉县。");
        assert!(!has(&r, "岭川精工项目", "locatedIn", "临泉县"));
        assert!(has(&r, "岳溪冷链项目", "locatedIn", "临泉县"));
    }

    #[test]
    fn a_name_before_said_keeps_its_last_char() {
        let r = read("青川县委书记项志明说，该县将打造园区。县长殷军说明了情况。");
        let people = labels(&r, Class::Person);
        assert!(people.iter().any(|p| p == "项志明"), "{people:?}");
        assert!(people.iter().any(|p| p == "殷军"), "{people:?}");
    }

    /// A department named by its level alone (省国资委, 从省/n|发展改革委) is a
    /// body, 省政府 and 区党工委 alone are not; a date's 日 glued to the verb
    /// after it (25|日获) opens no body's name.
    #[test]
    fn departments_named_by_their_level() {
        let r = read(
            "记者从省发展改革委获悉，省经信委副主任刘海平出席，县商务局负责人参加。\
             省政府、区党工委领导出席。该区于2021年6月8日获宁川省政府批准设立。",
        );
        let gov = labels(&r, Class::GovernmentBody);
        for g in ["省发展改革委", "省经信委", "县商务局", "宁川省政府"] {
            assert!(gov.contains(&g.to_string()), "{g}: {gov:?}");
        }
        assert!(
            !gov.iter()
                .any(|g| g == "省政府" || g == "区党工委" || g.contains('日')),
            "{gov:?}"
        );
    }

    /// A city's district written after the city's name with its 市 is one
    /// place (宜宾市翠屏区, 重庆市綦江区), so is a province's, city's and
    /// county's run, and a province's and city's (湖北省襄阳市, the city
    /// written in full); a province and a city without its 市 are two
    /// (江西省|宜春), and so are a city and county without their level
    /// words (宜宾|屏山); 位于 points at the finest of places written
    /// together.
    #[test]
    fn runs_of_places_split_at_bare_names() {
        let r = read(
            "湖北省襄阳市副市长出席。宜宾市翠屏区举办活动。宜宾屏山:为锂奔走。\
             岚湖经开区位于湖北省襄阳市。该项目是湖南省岳阳市平江县引进的新项目。\
             重庆市綦江区举办活动。江西省宜春举办活动。",
        );
        let places = labels(&r, Class::Place);
        for p in [
            "湖北省襄阳市",
            "宜宾市翠屏区",
            "宜宾",
            "屏山",
            "湖南省岳阳市平江县",
            "重庆市綦江区",
            "江西省",
            "宜春",
        ] {
            assert!(places.contains(&p.to_string()), "{p}: {places:?}");
        }
        assert!(!places.contains(&"湖北省".to_string()), "{places:?}");
        assert!(crate::extract::testing::has(
            &r,
            "岚湖经开区",
            "locatedIn",
            "湖北省襄阳市"
        ));
    }

    /// Where a company's parent lies is not where it lies; places before
    /// 等地企业 are the partners' places, no partners.
    #[test]
    fn a_parents_place_and_places_of_partners() {
        let r = read(
            "重庆青禾包装制品有限公司成立。然而，青禾包装的母公司位于四川省泸州市。\
             星澜科技有限公司与四川成都、宜宾等地企业开展了深度合作。",
        );
        let e = "重庆青禾包装制品有限公司";
        assert!(!has(&r, e, "locatedIn", "四川省泸州市"));
        assert!(!has(&r, e, "locatedIn", "泸州市"));
        assert!(!has(&r, "星澜科技有限公司", "cooperatesWith", "成都"));
    }

    /// An ASCII comma closes the clause whose subject signs (在A等见证下,
    /// B与C签约: A signs nothing); a clause going on (,并与X合作) keeps the
    /// sentence's subject.
    #[test]
    fn a_witness_signs_nothing() {
        let r = read(
            "在岚溪宁峰投资有限公司董事长汪岭等领导的见证下,岚溪经开区管委会主任许川与岭川光电科技有限公司签订项目合作协议。\
             岭溪重工机械有限公司积极探索园区建设模式,并与宁川岚峰投资有限公司达成合作意向。",
        );
        assert!(!has(
            &r,
            "岚溪宁峰投资有限公司",
            "cooperatesWith",
            "岭川光电科技有限公司"
        ));
        assert!(has(
            &r,
            "岭溪重工机械有限公司",
            "cooperatesWith",
            "宁川岚峰投资有限公司"
        ));
        let projects = labels(&r, crate::extract::Class::Project);
        let r2 = read("岚溪县将大力支持项目建设。");
        assert!(
            labels(&r2, crate::extract::Class::Project).is_empty(),
            "{projects:?}"
        );
    }

    /// A town the lexicon lacks is a place after a county and before a
    /// direction (…县汀岭镇西南角), or before a place or zone.
    #[test]
    fn towns_before_a_direction_are_places() {
        let r = read("汀溪工业园位于岚泰县浦岭镇西南角和禾溪镇东南区域。");
        let places = labels(&r, Class::Place);
        assert!(places.contains(&"禾溪镇".to_string()), "{places:?}");
        let r = read("汀溪工业园主要发展新材料和西岭镇化产业。");
        let places = labels(&r, Class::Place);
        assert!(!places.iter().any(|p| p.ends_with('镇')), "{places:?}");
    }

    /// A company right after the zone 位于 names lies in that zone (位于Z|E
    /// 的厂房里), with or without 的 between.
    #[test]
    fn a_company_right_after_the_zone_lies_in_it() {
        let r = read("位于汀溪工业园区青禾新能源科技有限公司的厂房里,首条生产线运行正常。");
        assert!(has(
            &r,
            "汀溪工业园区",
            "hostsEnterprise",
            "青禾新能源科技有限公司"
        ));
    }

    /// A name after a rank or an envoy's title is a person's (一级巡视员X,
    /// 商务参赞X).
    #[test]
    fn ranks_and_envoys_open_names() {
        let r = read("省农业农村厅一级巡视员岳青禾,驻华使馆商务参赞柳振华出席开工仪式。");
        let people = labels(&r, Class::Person);
        assert!(people.contains(&"岳青禾".to_string()), "{people:?}");
        assert!(people.contains(&"柳振华".to_string()), "{people:?}");
    }

    /// What 在 opens after the partners (与A、B等|在X、Y等项目签约) is the
    /// topic of the signing, no partner.
    #[test]
    fn the_topic_after_zai_is_no_partner() {
        let r = crate::extract::testing::read(
            "岚溪经济开发区与岚峰控股有限公司、溪湖新能源集团有限公司等在汀州新材料产业园\
             进行了集中签约。",
        );
        assert!(crate::extract::testing::has(
            &r,
            "岚溪经济开发区",
            "cooperatesWith",
            "溪湖新能源集团有限公司"
        ));
        assert!(!crate::extract::testing::has(
            &r,
            "岚溪经济开发区",
            "cooperatesWith",
            "汀州新材料产业园"
        ));
    }

    /// A place opening its clause that holds the parks named after the verb
    /// (P辖区拥有A、B等两大园区; 在P，有一个Z) lies around each: the parks
    /// lie in it, in the last of places in a row.
    #[test]
    fn parks_a_place_holds_lie_in_it() {
        let r = read("永和县境内拥有东湖开发区、西岭工业园和北坡经济开发区等三大园区。");
        for z in ["东湖开发区", "西岭工业园", "北坡经济开发区"] {
            assert!(has(&r, z, "locatedIn", "永和县"), "{z}: {r:?}");
        }
        // (山西省忻州市 is one place, named in full.)
        let r = read("在山西省忻州市,有一个青禾经济开发区,这里聚集了上百家企业。");
        assert!(
            has(&r, "青禾经济开发区", "locatedIn", "山西省忻州市"),
            "{r:?}"
        );
        // (A company, not the place, opens the clause: no place holds the park.)
        let r = read("岚峰集团在永和县拥有东湖开发区的两块用地。");
        assert!(!has(&r, "东湖开发区", "locatedIn", "永和县"), "{r:?}");
    }

    /// A name the article gave a person before is no place (县领导高平…。高平、
    /// 贾青远等来到…), and names closed by 等 and a visit's verb are people,
    /// not projects (等来到项目现场).
    #[test]
    fn a_persons_name_is_no_place_later() {
        let r = read("县领导高平、贾青远出席开工仪式。高平、贾青远等来到项目现场。");
        let people = labels(&r, crate::extract::Class::Person);
        for p in ["高平", "贾青远"] {
            assert!(people.contains(&p.to_string()), "{p}: {people:?}");
        }
        assert!(labels(&r, crate::extract::Class::Place).is_empty(), "{r:?}");
        assert!(
            labels(&r, crate::extract::Class::Project).is_empty(),
            "{r:?}"
        );
    }

    /// A town may bear a city's name (位于洛阳镇): the town is the place
    /// the project lies in.
    #[test]
    fn a_town_named_like_a_city() {
        let r = read("岭峰产业园扩建项目位于洛阳镇,计划投资12亿元。");
        assert!(has(&r, "岭峰产业园扩建项目", "locatedIn", "洛阳镇"));
    }

    /// A town's government signing with a company (汶溪镇政府与E签订合作
    /// 协议) makes no zone of the article the company's partner.
    #[test]
    fn a_government_signing_is_no_zones_cooperation() {
        let r = read(
            "岭川预制菜产业园位于遂平县。4月2日,汶溪镇政府与临沂岚盈投资控股有限公司签订战略合作协议。",
        );
        assert!(!crate::extract::testing::relations(&r)
            .iter()
            .any(|(_, p, _)| p == "cooperatesWith"));
    }

    /// An office credited as the author (作者:临沂市科技局) is a government
    /// body, no person.
    #[test]
    fn an_office_in_the_byline_is_no_person() {
        let r = read("岭川科技产业园开工建设。\n(来源:临沂日报 作者:临沂市科技局)");
        assert!(labels(&r, Class::GovernmentBody).contains(&"临沂市科技局".to_string()));
        assert!(!labels(&r, Class::Person)
            .iter()
            .any(|p| p.contains("科技局")));
    }
}
