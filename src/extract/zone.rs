//! Zones: development zones, parks, core areas — found by the endings of
//! their names — and how they nest.

use super::names::{stem_start, Kind};
use super::{Class, Doc};
use crate::model::vocab::ck;
use crate::text::numerals::han_digits;

/// Stems that make a category, not a name (打造省级示范园).
const RANK_WORDS: &[&str] = &[
    "省级",
    "国家级",
    "市级",
    "县级",
    "国家",
    "全国",
    "一流",
    "特色",
    "各类",
    "多个",
    // (兰州新区二级园区: a park's rank under its new area.)
    "一级",
    "二级",
    "三级",
];

/// Stems that count zones (六大, 三个).
static COUNTED_STEM: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    // (Or a count closing the stem after a place: 福清|四大园区, 惠岭|三大
    // 产业片区.)
    regex::Regex::new(concat!(
        r"^(?:\d+|[",
        han_digits!(),
        r"两]+)(?:大|个)?$|[",
        han_digits!(),
        r"两]大(?:产业|工业|特色|重点)?$"
    ))
    .expect("static regex")
});

/// A ranking right after a zone's suffix (中国化工园区20强, 全国开发区百强,
/// 产业园区前十强): the words before it name the ranking's category.
static RANKING_AFTER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(concat!(r"^(?:前)?(?:\d+|[", han_digits!(), r"百千]+)强"))
        .expect("static regex")
});

/// Verbs that open a clause before a zone's name (建设|远景低碳产业园,
/// 举办|海南自由贸易港).
const ZONE_OPENERS: &[&str] = &[
    "建设",
    "举办",
    // Events held and visits paid there (呼兰区|举行|呼兰经济开发区揭牌仪式;
    // the visit's verbs are enterprise::VISIT_VERBS).
    "举行",
    "召开",
    "参观",
    "考察",
    "调研",
    "视察",
    "探索",
    "暨",
    "打造",
    "新建",
    "规划",
    "谋划",
    "积极",
    // (积极探索/n: jieba's dictionary holds it as a noun.)
    "积极探索",
    // Verbs of effort after the place doing it (江州区|加大|蔗糖…产业园区
    // 建设力度).
    "加大",
    "加快",
    "推进",
    "推动",
    "做强",
    "壮大",
    // 记者|从区/n|经济开发区|获悉: the reporter's source.
    "记者",
    // (将|充分利用/n|产业园区…条件: a verb jieba's dictionary holds as a
    // noun.)
    "利用",
    "充分利用",
];

/// True when `word` opens the clause before a zone's or an industry's name
/// ([`ZONE_OPENERS`] and the verbs of a visit).
pub(crate) fn opens_clause(word: &str) -> bool {
    ZONE_OPENERS.contains(&word) || super::enterprise::VISIT_VERBS.contains(&word)
}

/// Qualities that alone name a kind of zone (特色园区, 现代化园区), unless
/// the park is named after its zone (兰州新区|绿色|化工园区).
const KIND_WORDS: &[&str] = &[
    "工业",
    "产业",
    "特色",
    "科技",
    "创新",
    "智慧",
    "现代",
    "高新",
    "新兴",
    "生态",
    "循环",
    "绿色",
    "标准化",
    "专业",
    "配套",
    "重点",
    "各类",
    "相关",
    "现代化",
    "国际化",
    "规模化",
    "专业化",
    "集约化",
    "智能化",
    "数字化",
    "绿色化",
    // (循环化改造|试点示范园区: a title a zone is given.)
    "试点",
];

/// Qualities a zone is given only with others (低碳智慧园区, 现代化综合
/// 新城): with [`KIND_WORDS`], a stem of nothing else names a kind of zone.
const MORE_QUALITIES: &[&str] = &[
    "低碳",
    "零碳",
    "综合",
    "智能",
    "数字",
    "新型",
    "高端",
    "先进",
    "示范",
    "一流",
    "国际一流",
    "开放",
    "宜居",
    "宜业",
];

/// True when a stem is only qualities ([`KIND_WORDS`], [`MORE_QUALITIES`]),
/// one after another.
pub(super) fn only_qualities(stem: &str) -> bool {
    super::made_of(stem, &[KIND_WORDS, MORE_QUALITIES])
}

/// Families of zones that sit inside larger zones.
const INNER_FAMILIES: &[&str] = &["park", "core", "base", "cluster", "area", "econarea"];

/// 静乐示范区 is 静乐现代农业产业示范区 shortened to its place, 蔗糖循环经济
/// 产业园区 is 江州区蔗糖循环经济产业园 without its place: zones of one family
/// whose stem is a place opening the other's stem, or the other's stem after
/// a place, are one zone.
fn merge_short_forms(doc: &mut Doc) {
    let zones: Vec<(usize, String, String, String)> = doc
        .entities
        .iter()
        .filter(|(_, e)| e.class == Class::Zone)
        .filter_map(|(i, e)| {
            let (suf, fam) = doc.lex.zone_suffix(&e.label)?;
            let stem = e.label.strip_suffix(suf)?.to_string();
            // (…产业园区 and …产业园 name one park.)
            let core = e
                .label
                .strip_suffix("园区")
                .map_or(e.label.clone(), |c| format!("{c}园"));
            Some((i, stem, fam.to_string(), core))
        })
        .collect();
    for (short, stem, fam, core) in &zones {
        let place_stem = doc.lex.places.contains_key(stem.as_str());
        // (蔗糖循环经济产业园区 is 江州区蔗糖循环经济产业园 without its place:
        // a name of six chars or more, the other's after a place.)
        let after_place = |c: &str| {
            core.chars().count() >= 6
                && c.strip_suffix(core.as_str())
                    .is_some_and(|p| doc.lex.places.contains_key(p))
        };
        // (深中合作产业园 is 深中合作(黄圃)产业园 without its host's gloss.)
        let glossed = |c: &str| {
            c != core && super::names::unbracketed(&c.chars().collect::<Vec<_>>()) == *core
        };
        let longer: Vec<usize> = zones
            .iter()
            .filter(|(i, s, f, c)| {
                i != short
                    && f == fam
                    && (glossed(c)
                        || if place_stem {
                            s.len() > stem.len() && s.starts_with(stem.as_str())
                        } else {
                            // (沈抚示范区 is 沈抚改革创新示范区 without its
                            // middle words: a name's opening, two chars or
                            // more, no quality; but a park of a trade inside
                            // is another: 海河电子信息产业主题园区.)
                            after_place(c)
                                || (stem.chars().count() >= 2
                                    && !only_qualities(stem)
                                    && s.chars().count() >= stem.chars().count() + 2
                                    && s.strip_prefix(stem.as_str()).is_some_and(|middle| {
                                        let middle: Vec<char> = middle.chars().collect();
                                        !middle.windows(2).any(|w| w == ['产', '业'])
                                            && !(0..middle.len()).any(|i| {
                                                doc.lex
                                                    .industry_trie
                                                    .lengths_at(&middle, i, 8)
                                                    .next()
                                                    .is_some()
                                            })
                                    }))
                        })
            })
            .map(|(i, _, _, _)| *i)
            .collect();
        // Only when one zone can be meant, and no sentence lists both
        // (沧州临港经开区…、沧州经开区…: two zones of one city).
        let apart = |keep: usize| {
            doc.sents.iter().any(|sent| {
                let at = |e: usize| sent.mentions.iter().filter(move |m| m.entity == e);
                at(*short).any(|a| {
                    at(keep).any(|b| {
                        let (x, y) = if a.end <= b.start {
                            (a.end, b.start)
                        } else {
                            (b.end, a.start)
                        };
                        x <= y && sent.chars[x..y].contains(&'、')
                    })
                })
            })
        };
        if let [keep] = longer[..] {
            if apart(keep) {
                continue;
            }
            doc.merge_entities(keep, *short);
        }
    }
}

/// Finds zone names by their suffix (longest suffix wins at each place).
pub(crate) fn mentions(doc: &mut Doc) {
    for s in 0..doc.sents.len() {
        let chars = doc.sents[s].chars.clone();
        let mut found: Vec<(usize, usize)> = Vec::new();
        let mut towns: Vec<(usize, usize)> = Vec::new();
        let mut end = chars.len();
        // Scan right to left so the longest suffix ending at a point wins
        // and inner suffixes (开发区 in 经济技术开发区) are skipped.
        while end > 0 {
            let hit = doc
                .lex
                .zone_index
                .ending_at(&chars, end)
                .map(|i| &doc.lex.zone_suffixes[i]);
            match hit {
                Some((suf, _)) => {
                    let n = suf.chars().count();
                    let at = end - n;
                    if let Some(start) = stem_start(doc, &doc.sents[s], at, Kind::Zone)
                        .or_else(|| city_own_zone(&chars, at, suf))
                        .map(|st| past_border_verb(&chars, st, at))
                        .and_then(|st| after_government(doc, &chars, st, at))
                        .map(|st| after_town(doc, &chars, (st, at), &mut towns))
                    {
                        let stem: String = chars[start..at].iter().collect();
                        let family = doc
                            .lex
                            .zone_suffix(&chars[at..end].iter().collect::<String>())
                            .map_or("", |(_, f)| f);
                        // …基地 is a zone only with a place or proper name
                        // (实训基地 and 焦化产业基地 are facilities or goals).
                        // …基地 names a zone only after a place or proper
                        // name; a generic word after one plain word (盘点|
                        // 开发区) names none.
                        let suffix: String = chars[at..end].iter().collect();
                        // (三明高新区|站前|片区: a part named after its zone.)
                        let after_zone = doc.lex.zone_index.ending_at(&chars, start).is_some();
                        let plain_word = !after_zone
                            && doc.lex.anaphors.contains(&suffix)
                            && doc.sents[s].toks.iter().any(|t| {
                                // (招入/v|园区, 科研成果/n|园区内: a verb,
                                // or a common word of four chars or more;
                                // a word jieba guessed as a verb before a
                                // named park's word is a brand: 允锋/v|工业园.)
                                t.start == start
                                    && t.end == at
                                    && ((at - start <= 2
                                        && (!t.oov || (t.tag == "v" && suffix == "园区"))
                                        && (matches!(t.tag.as_str(), "v" | "vn" | "a" | "d")
                                            || stem == "盘点"))
                                        || (at - start >= 4 && !t.oov && t.tag == "n"))
                                    && !doc.lex.industries.contains(&stem)
                                    && !doc.lex.place_trie.contains(&chars[start..at])
                            });
                        let company_base =
                            family == "base" && company_base(doc, &chars, (start, at, end), &stem);
                        // …生产基地, …研发制造基地: a company's plant (a
                        // project when the text builds it), never a zone;
                        // but 斗门智能制造|产业园 is a park.
                        let plant = ["生产基地", "制造基地", "研发基地", "生产研发基地"]
                            .iter()
                            .any(|p| {
                                suffix.ends_with(p)
                                    || (suffix.ends_with("基地")
                                        && stem.ends_with(&p[..p.len() - "基地".len()]))
                            });
                        // 六大园区, 三大片区: zones counted; 山西省开发区: a
                        // province's or a city's zones.
                        // (河北开发区, 中国园区: a province's or a country's
                        // zones by the bare word; but a municipality, a
                        // province that is a city (天津市), names its own:
                        // 天津经济技术开发区.)
                        let wide = doc.lex.places.get(&stem).is_some_and(|p| match p.kind {
                            crate::lexicon::PlaceKind::Country => true,
                            crate::lexicon::PlaceKind::Province => !p.canonical.ends_with('市'),
                            _ => false,
                        }) && doc.lex.anaphors.contains(&suffix);
                        let counted = COUNTED_STEM.is_match(&stem)
                            || opens_with_count(doc, &chars[start..at])
                            || kind_before(&chars[..start])
                            || wide
                            || (suffix == "开发区"
                                && (stem.ends_with('省') || stem.ends_with('市')));
                        let base_ok = (family != "base"
                            || super::places_people::has_proper_name(doc, s, start, at))
                            && !plain_word
                            && !company_base
                            && !plant
                            && !counted
                            // 海峡西岸经济区: a region, a place rather than a
                            // zone; but 西海岸新区|董家口经济区 is a zone's part.
                            // (太忻一体化经济区: a zone the cities plan as one.)
                            && (family != "econarea"
                                || after_zone
                                || city_opens(doc, &stem)
                                || stem.contains("一体化"));
                        let generic = generic_stem(
                            &stem,
                            family,
                            &suffix,
                            after_zone,
                            start.checked_sub(1).map(|b| chars[b]),
                        );
                        let after: String = chars[end..].iter().take(5).collect();
                        let ranking = RANKING_AFTER.is_match(&after);
                        // 核心|区域: the suffix's last char opens a word
                        // that goes on past it, so no name ends here (but
                        // 化工|园内/s is the park and where).
                        let cut = doc.sents[s].toks.iter().any(|t| {
                            t.start >= at
                                && t.start < end
                                && t.end > end
                                && !matches!(t.tag.as_str(), "s" | "f")
                        });
                        if base_ok
                            && !generic
                            && !ranking
                            && !cut
                            && !designation(doc, &chars, start, at)
                            && !RANK_WORDS.iter().any(|r| stem.starts_with(r))
                        {
                            found.push((start, end));
                            end = start;
                            continue;
                        }
                    }
                    end = at;
                }
                None => end -= 1,
            }
        }
        found.reverse();
        let named = found
            .into_iter()
            .map(|f| (f, Class::Zone, "zone.name.suffix"));
        let towns = towns
            .into_iter()
            .map(|t| (t, Class::Place, "place.name.town"));
        for ((start, end), class, rule) in named.chain(towns) {
            doc.mention(s, start, end, class, rule);
        }
    }
    merge_short_forms(doc);
    direction_parts(doc);
    counted_parks(doc);
}

/// True when a count opens a zone's stem (十大专业|产业园): zones counted,
/// none named; a place that opens with one (五大连池) names its zone.
fn opens_with_count(doc: &Doc, stem: &[char]) -> bool {
    stem.len() >= 3
        && crate::text::numerals::is_han_count(stem[0])
        && stem[1] == '大'
        && !doc.lex.names_place(stem)
}

/// A zone's parts counted as 一区N园 (一区五园, 一区多园).
static PARKS_COUNTED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(concat!(r"一区[", han_digits!(), r"两多]+园")).expect("static regex")
});

/// Short park names listed with 、, each a stem of one to four Han chars and
/// 园 (高峰园、天子园、五桥园).
static PARK_LIST: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?:\p{Han}{1,6}园、)+\p{Han}{1,6}园").expect("static regex")
});

/// `zone.name.parts-counted`: the parks of a zone its text counts as
/// 一区N园, listed in the same sentence by their short names (按高峰园、
/// 天子园、五桥园“一区三园”规划布局), and each later mention of them
/// (高峰园重点发展…). Such names carry no zone word a suffix reads.
fn counted_parks(doc: &mut Doc) {
    let mut parks: Vec<(usize, Vec<char>)> = Vec::new();
    for s in 0..doc.sents.len() {
        let text = doc.sents[s].text.clone();
        if !PARKS_COUNTED.is_match(&text) {
            continue;
        }
        for list in PARK_LIST.find_iter(&text) {
            let from = super::char_pos(&text, list.start());
            let items: Vec<(usize, usize)> = list
                .as_str()
                .split('、')
                .scan(from, |at, item| {
                    let span = (*at, *at + item.chars().count());
                    *at = span.1 + 1;
                    Some(span)
                })
                .collect();
            for (a, b) in park_items(&doc.sents[s], &items) {
                if doc.sents[s].taken(a, b) || doc.lex.names_place(&doc.sents[s].chars[a..b]) {
                    continue;
                }
                if let Some(e) = doc.mention(s, a, b, Class::Zone, "zone.name.parts-counted") {
                    parks.push((e, doc.sents[s].chars[a..b].to_vec()));
                }
            }
        }
    }
    super::alias::stem_mentions(doc, parks, |sent, k, name| {
        let start = sent.toks[k].start;
        let end = start + name.len();
        (sent.chars.get(start..end) == Some(name)).then_some(end)
    });
}

/// The parks of a list (see [`counted_parks`]): the first item starts at a
/// word's start no longer than the longest other item (按|高峰园).
fn park_items(sent: &super::Sent, items: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let longest = items[1..].iter().map(|(a, b)| b - a).max().unwrap_or(0);
    let mut out = items.to_vec();
    let (a, b) = items[0];
    // (按岚川园/ns: one char of function jieba glued to an unknown name.)
    let glued = b - a == longest + 1 && "按由在将把以含设有分为".contains(sent.chars[a]);
    let first = (a..b).find(|&st| {
        b - st <= longest && (sent.toks.iter().any(|t| t.start == st) || (glued && st == a + 1))
    });
    match first {
        Some(st) => out[0] = (st, b),
        None => {
            out.remove(0);
        }
    }
    out
}

/// Parts of a zone named by their direction alone (一园四区: 北区…东区…).
const DIRECTION_PARTS: &[&str] = &[
    "东区",
    "西区",
    "南区",
    "北区",
    "中区",
    "东园",
    "西园",
    "南园",
    "北园",
    "东片区",
    "西片区",
    "南片区",
    "北片区",
];

/// `zone.name.stem`: a zone called by its stem alone (洋浦 for 洋浦经济开发区,
/// 东疆 for 东疆综保区) on the words' own, where the stem is no place of the
/// lexicon (宜春 is the city), no quality (高新) and no other zone's stem.
/// Runs after every name is read: inside another name (洋浦管委会) the
/// stem is that name's.
pub(crate) fn stem_names(doc: &mut Doc) {
    let mut stems: Vec<(usize, Vec<char>)> = Vec::new();
    for (i, e) in doc.entities.iter() {
        if e.class != Class::Zone {
            continue;
        }
        let label: Vec<char> = e.label.chars().collect();
        let Some(stem) = doc.lex.zone_stem(&label) else {
            continue;
        };
        let name: String = stem.iter().collect();
        let named = (2..=4).contains(&stem.len())
            && stem.iter().all(|c| crate::text::is_han(*c))
            // (钟山 of 钟山县 is the county's name without its level.)
            && !doc.lex.names_place(stem)
            // (风电产业园: 风电 alone is the trade.)
            && !doc.lex.industry_trie.contains(stem)
            && !doc.lex.product_trie.contains(stem)
            && !only_qualities(&name)
            && !name.ends_with(['省', '市', '县', '区', '镇']);
        if named {
            stems.push((i, stem.to_vec()));
        }
    }
    // (A stem two zones share names neither.)
    super::alias::stem_mentions(doc, stems, |sent, k, stem| {
        let start = sent.toks[k].start;
        let end = start + stem.len();
        let whole =
            sent.chars.get(start..end) == Some(stem) && sent.toks.iter().any(|u| u.end == end);
        whole.then_some(end)
    });
}

/// `zone.name.direction`: a part of the article's zone named by its
/// direction alone, opening a clause (其中,北区以…为引领; 东区重点发展…),
/// in an article that names a zone.
fn direction_parts(doc: &mut Doc) {
    let has_zone = doc
        .sents
        .iter()
        .any(|sent| sent.of(doc, Class::Zone).next().is_some());
    if !has_zone {
        return;
    }
    for s in 0..doc.sents.len() {
        let sent = &doc.sents[s];
        let parts: Vec<(usize, usize)> = sent
            .toks
            .iter()
            .filter(|t| {
                super::enterprise::clause_starts_at(&sent.chars, t.start)
                    && DIRECTION_PARTS.contains(&sent.text(t.start, t.end).as_str())
                    && !sent.taken(t.start, t.end)
            })
            .map(|t| (t.start, t.end))
            .collect();
        for (a, b) in parts {
            doc.mention(s, a, b, Class::Zone, "zone.name.direction");
        }
    }
}

/// Where a zone's name starts when a body of government is named inside
/// its stem: after 将 or 把 that follow it (市委将|X化工园区); none when a
/// verb does (省科技厅切实履行|高新区…: its clause, no zone's name).
/// Verbs of where a place lies (北接|兰州新区, 毗邻|…高新区), whatever
/// words the segmenter made of them with a name it does not know.
const BORDER_VERBS: &[&str] = &[
    "北接", "南接", "东接", "西接", "北邻", "南邻", "东邻", "西邻", "北靠", "南靠", "东靠", "西靠",
    "北临", "南临", "东临", "西临", "北连", "南连", "东连", "西连", "毗邻", "紧邻", "接壤",
];

/// Where a zone's name starts past a verb of bordering that opens its stem.
/// Where a city's or county's own zone named by its short suffix opens
/// (在|市高新区, 、|县经开区): at the 市 or 县 right after a mark or a
/// preposition.
fn city_own_zone(chars: &[char], at: usize, suffix: &str) -> Option<usize> {
    let short = [
        "高新区",
        "经开区",
        "综保区",
        "高新技术产业开发区",
        "经济技术开发区",
    ];
    let st = at.checked_sub(1)?;
    let opens = st == 0 || "、，,。；;在和与及到赴".contains(chars[st - 1]);
    (short.contains(&suffix) && matches!(chars[st], '市' | '县') && opens).then_some(st)
}

fn past_border_verb(chars: &[char], start: usize, at: usize) -> usize {
    let head: String = chars[start..(start + 2).min(at)].iter().collect();
    if at >= start + 4 && BORDER_VERBS.contains(&head.as_str()) {
        start + 2
    } else {
        start
    }
}

/// True when a stem before a zone's suffix names no zone but a kind, a
/// quality or someone's zones (see the cases inside).
/// True when the words before a zone's name make it a kind or a title, no
/// name: a count (建设1个|商贸物流园区, 两个|…园区; but 有一个|青禾经济开发区
/// introduces one) or the whole of a land it ranks in (打造全省|环保产业集中区).
fn kind_before(before: &[char]) -> bool {
    let n = before.len();
    let counted = n >= 2
        && matches!(before[n - 1], '个' | '座')
        && crate::text::numerals::is_count_digit(before[n - 2])
        && before[n - 2] != '一';
    counted
        || ["全国", "全省", "全市", "全县", "全区"]
            .iter()
            .any(|w| crate::text::chars_end_with(before, w))
}

fn generic_stem(
    stem: &str,
    family: &str,
    suffix: &str,
    after_zone: bool,
    before: Option<char>,
) -> bool {
    // 临汾市市开发区: "the city's zones", not one zone;
    // X有限公司…生产基地 is the company's facility.
    // (项目园区负责人: the project's park, no name; 2024年度|省级特色专业园区:
    // a year's title.)
    stem.ends_with("项目")
        || stem.starts_with("年度")
        || stem.ends_with("市市")
        || stem.ends_with("县县")
        || stem.ends_with("区区")
        || ["有限公司", "有限责任公司", "股份", "集团"]
            .iter()
            .any(|w| stem.contains(w))
        // X饮料公司宏胜饮品新基地: a company's base.
        || (family == "base" && stem.contains("公司"))
        // 工业小镇, 特色园区, 现代化园区: a kind of zone,
        // not its name.
        // 标志性产业园区, 市属开发区, 边陲小镇: a quality,
        // an owner's level or a whereabouts, no name.
        || (stem.ends_with('性') && stem.chars().count() <= 3)
        // (标志性承接产业转移园区: a quality first.)
        || stem.chars().nth(2) == Some('性')
        || ["市属", "省属", "县属", "区属", "边陲", "沿海", "内陆", "小微", "小微企业"].contains(&stem)
        // (整个园区, 试验区的核心园区, 乡镇园区, 市级产业主题园区: the whole,
        // a part or a kind of zones, no name.)
        || ["整个", "核心", "乡镇", "主题", "产业主题"].contains(&stem)
        // (河道北起|高新区新航路, 南至…: a bound's direction, no name.)
        || ["北起", "南起", "东起", "西起", "北至", "南至", "东至", "西至"].contains(&stem)
        // 高质量发展示范园区: a title a zone is given.
        || stem.ends_with("发展")
        // (建设X地区先进制造业重要基地: a goal's rank.)
        || (family == "base" && stem.ends_with("重要"))
        // (But 兰州新区|绿色|化工园区 is a park named
        // after its zone, the quality and trade its name.)
        || (KIND_WORDS.contains(&stem)
            && !(after_zone && suffix.chars().count() >= 4))
        // (建成…的低碳智慧园区, 一座现代化综合新城: qualities
        // after a modifier; but 经开区|绿色低碳产业园 is
        // a park's name.)
        || (only_qualities(stem) && before.is_some_and(|b| "的座个片处".contains(b)))
}

/// Where a zone's name starts after the town before it (汀溪镇|岚溪工业园:
/// a town of two or three chars, then a name of its own, not the bare
/// kind word nor a trade: 汀溪镇工业园, 济南刁镇化工产业园 are the town's
/// parks). The town's span is kept in `towns`, to be named a place.
fn after_town(
    doc: &Doc,
    chars: &[char],
    (start, at): (usize, usize),
    towns: &mut Vec<(usize, usize)>,
) -> usize {
    let town_end = (start + 2..=start + 3)
        .find(|&k| k < at && matches!(chars[k], '镇' | '乡') && k - start >= 2)
        .map(|k| k + 1);
    match town_end {
        Some(e)
            if at >= e + 2
                && !super::places_people::town_kind(
                    &chars[start..e - 1].iter().collect::<String>(),
                )
                && !doc
                    .lex
                    .industries
                    .contains(&chars[e..at].iter().collect::<String>()) =>
        {
            towns.push((start, e));
            e
        }
        _ => start,
    }
}

fn after_government(doc: &Doc, chars: &[char], start: usize, at: usize) -> Option<usize> {
    let gov_end = (start + 2..at).rev().find(|&k| {
        doc.lex
            .gov_index
            .ending_at(chars, k)
            .is_some_and(|i| doc.lex.gov_suffixes[i].chars().count() >= 2)
    });
    match gov_end {
        None => Some(start),
        Some(k) if matches!(chars[k], '将' | '把') && at >= k + 3 => Some(k + 1),
        Some(_) => None,
    }
}

/// True when a city's or county's name opens a stem (南宁|空港扶绥经济区,
/// 扶绥|经济区): an economic area of a city is a zone, one of a region
/// (海峡西岸经济区, 淮海经济区) is not.
///
/// A prefecture's name alone (沈阳|经济区) names the region around it.
fn city_opens(doc: &Doc, stem: &str) -> bool {
    if doc
        .lex
        .places
        .get(stem)
        .is_some_and(|p| p.kind == crate::lexicon::PlaceKind::City)
    {
        return false;
    }
    let chars: Vec<char> = stem.chars().collect();
    (2..=chars.len().min(4)).any(|n| {
        let head: String = chars[..n].iter().collect();
        doc.lex.places.get(&head).is_some_and(|p| {
            matches!(
                p.kind,
                crate::lexicon::PlaceKind::City
                    | crate::lexicon::PlaceKind::County
                    | crate::lexicon::PlaceKind::District
            )
        })
    })
}

/// True when sentence `s` speaks of zone `z`: by name, or by a generic
/// name of zones (示范区, 园区, 区内…).
pub(crate) fn speaks_of_zone(doc: &Doc, s: usize, z: usize) -> bool {
    let sent = &doc.sents[s];
    sent.zone_talk || sent.mentions.iter().any(|m| m.entity == z)
}

/// True when word `w` stands in sentence `sent` outside every name.
fn alone(sent: &super::Sent, w: &str) -> bool {
    let n = w.chars().count();
    sent.text.match_indices(w).any(|(b, _)| {
        let at = super::char_pos(&sent.text, b);
        !sent.taken(at, at + n)
    })
}

/// True when the article is about zone `z`: its headline names it, its
/// first sentences do, or the text comes back to it (by name or by a generic
/// name such as 开发区).
fn salient(doc: &Doc, z: usize) -> bool {
    let body = doc.title_sents..doc.sents.len();
    // Sentences that name it, or call it by its own suffix alone (树屏产业园
    // … 产业园以…为依托).
    let own = doc
        .lex
        .zone_suffix(&doc.entities.get(z).label)
        .map(|(suffix, _)| suffix)
        .filter(|suffix| suffix.chars().count() >= 3);
    let sentences = doc
        .sents
        .iter()
        .filter(|s| s.mentions.iter().any(|m| m.entity == z) || own.is_some_and(|w| alone(s, w)))
        .count();
    let early = doc.sents[body.clone()]
        .iter()
        .take(2)
        .any(|s| s.mentions.iter().any(|m| m.entity == z));
    // (Words that may stand for this zone: 经开区 for an economic
    // development zone, not for a demonstration zone, 氢能示范区.)
    let label = &doc.entities.get(z).label;
    let calls: Vec<&str> = ["开发区", "经开区", "高新区", "园区", "该区", "区内"]
        .into_iter()
        .filter(|w| match *w {
            "经开区" => label.contains("经济") || label.ends_with(w),
            "高新区" => label.contains("高新") || label.contains("高技术"),
            "园区" => label.ends_with('园') || label.ends_with(w),
            "开发区" => {
                label.ends_with(w) || label.ends_with("经开区") || label.ends_with("高新区")
            }
            _ => true,
        })
        .collect();
    let generic = doc.sents[body]
        .iter()
        .filter(|s| calls.iter().any(|w| s.text.contains(w)))
        .count();
    // An article about a city or county that names a zone in passing is
    // not about the zone (磴口县…工业园区, 洪湖市…经济开发区).
    let in_title = doc.sents[..doc.title_sents]
        .iter()
        .any(|s| s.mentions.iter().any(|m| m.entity == z));
    let mut by_place: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for sent in &doc.sents[doc.title_sents..] {
        let mut seen: Vec<usize> = Vec::new();
        for m in &sent.mentions {
            if doc.class(m.entity) == Class::Place && !seen.contains(&m.entity) {
                seen.push(m.entity);
                *by_place.entry(m.entity).or_default() += 1;
            }
        }
    }
    let place = by_place.values().copied().max().unwrap_or(0);
    // 做大做强A、B和C三大园区: a zone first named as one of a list is one
    // of several the article (a county's) speaks of, not its zone, and so
    // is the first of the list (获批A、B等6个基地).
    let listed = doc.sents[doc.title_sents..]
        .iter()
        .find_map(|s| s.mentions.iter().find(|m| m.entity == z).map(|m| (s, m)))
        .is_some_and(|(s, m)| {
            // (获批A产业园、B产业园等6个基地: the first of the list too.)
            let first_of_several = s.chars.get(m.end) == Some(&'等')
                || (s.chars.get(m.end) == Some(&'、')
                    && s.mentions
                        .iter()
                        .any(|n| n.start == m.end + 1 && doc.class(n.entity) == Class::Zone));
            first_of_several
                || (m.start > 0 && matches!(s.chars[m.start - 1], '、' | '和' | '与' | '及'))
        });
    (in_title || (place <= sentences.max(generic) && !listed && !only_a_goal(doc, z)))
        && (sentences >= 2 || early || generic >= 2)
}

/// True when every mention of zone `z` in the body is a goal being built
/// (加快建设Z, 推动Z建设, 打造Z): the article is about who builds it, not
/// about the zone.
fn only_a_goal(doc: &Doc, z: usize) -> bool {
    let mut any = false;
    for sent in &doc.sents[doc.title_sents..] {
        for m in sent.mentions.iter().filter(|m| m.entity == z) {
            any = true;
            let before: String = sent.chars[m.start.saturating_sub(2)..m.start]
                .iter()
                .collect();
            let after: String = sent.chars[m.end..(m.end + 2).min(sent.chars.len())]
                .iter()
                .collect();
            let goal =
                ["建设", "打造", "创建", "争创"].contains(&before.as_str()) || after == "建设";
            if !goal {
                return false;
            }
        }
    }
    any
}

/// True when zone mention `m` stands in a 作为…的 frame of a zone named
/// right after it (作为兰州新区二级园区的树屏产业园): the article speaks of
/// the latter.
fn frames_another(doc: &Doc, s: usize, m: &super::Mention) -> bool {
    let chars = &doc.sents[s].chars;
    let (cs, ce) = super::enterprise::clause_of(chars, m.start);
    if chars.get(cs..cs + 2) != Some(&['作', '为']) {
        return false;
    }
    doc.sents[s]
        .of(doc, Class::Zone)
        .any(|z| z.start > m.end && z.end <= ce && chars[z.start - 1] == '的' && !doc.nested(s, &z))
}

/// True when zone `e` is a park inside a wider zone (产业园, 物流园区…).
pub(crate) fn is_inner(doc: &Doc, e: usize) -> bool {
    family(doc, e) == "inner"
}

fn family(doc: &Doc, e: usize) -> &'static str {
    let label = &doc.entities.get(e).label;
    match doc.lex.zone_suffix(label) {
        Some((_, f)) if INNER_FAMILIES.contains(&f) => "inner",
        Some(_) => "outer",
        None => "inner",
    }
}

/// Nesting of zones; returns the zone the article is about.
///
/// The article's zone is the one its headline names, else the first
/// outer zone (开发区, 示范区…) of the body, else the first zone.
pub(crate) fn relations(doc: &mut Doc) -> Option<usize> {
    let mut firsts: Vec<(usize, usize)> = Vec::new();
    // Zones first named as the frame of another (作为Z1二级园区的Z2).
    let mut frames: Vec<usize> = Vec::new();
    for s in 0..doc.sents.len() {
        for m in doc.sents[s].mentions.clone() {
            if doc.class(m.entity) == Class::Zone
                && !doc.nested(s, &m)
                && !firsts.iter().any(|(e, _)| *e == m.entity)
            {
                firsts.push((m.entity, s));
                if frames_another(doc, s, &m) {
                    frames.push(m.entity);
                }
            }
        }
    }
    let direction =
        |doc: &Doc, e: usize| DIRECTION_PARTS.contains(&doc.entities.get(e).label.as_str());
    let candidates: Vec<(usize, usize)> = firsts
        .iter()
        .copied()
        .filter(|&(e, _)| !frames.contains(&e) && !direction(doc, e))
        .collect();
    let main = firsts
        .iter()
        .find(|(_, s)| *s < doc.title_sents)
        .or_else(|| candidates.iter().find(|(e, _)| family(doc, *e) == "outer"))
        .or(candidates.first())
        .or(firsts.first())
        .map(|(e, _)| *e)
        .filter(|&z| salient(doc, z))
        // (When the frame set a zone aside, the zone it introduces.)
        .or_else(|| {
            (!frames.is_empty())
                .then(|| candidates.first().map(|(e, _)| *e))
                .flatten()
                .filter(|&z| salient(doc, z))
        });
    // A zone named right after another is inside it (示范区潇河新兴产业园区).
    for s in 0..doc.sents.len() {
        let zones: Vec<_> = doc.sents[s].of(doc, Class::Zone).collect();
        for w in zones.windows(2) {
            // (乌鲁木齐经开区(头屯河区)两河…产业园: a gloss in brackets
            // between them.)
            let gloss = w[1].start > w[0].end + 2
                && w[1].start <= w[0].end + 8
                && matches!(doc.sents[s].chars[w[0].end], '(' | '（')
                && matches!(doc.sents[s].chars[w[1].start - 1], ')' | '）');
            // (奉化经济开发区滨海新区: a 新区 written right after a zone of
            // its own is an area of it.)
            let area = w[0].end == w[1].start
                && family(doc, w[0].entity) == "outer"
                && doc.entities.get(w[1].entity).label.ends_with("新区")
                && !doc.entities.get(w[0].entity).label.ends_with("新区");
            if (w[0].end == w[1].start || gloss) && (family(doc, w[1].entity) == "inner" || area) {
                // (兰州新区树屏产业园: the text's fullest name of the park;
                // with a gloss between, none.)
                if !gloss {
                    let full = doc.sents[s].text(w[0].start, w[1].end);
                    doc.entities.add_alt(w[1].entity, &full);
                }
                doc.relate(
                    w[1].entity,
                    ck::PART_OF_ZONE,
                    w[0].entity,
                    s,
                    "zone.part.adjacent",
                );
            }
        }
    }
    stated_parts(doc);
    // (一园四区…北区, 东区: the article's zone's parts by direction.)
    if let Some(main) = main.filter(|&m| !direction(doc, m)) {
        for &(e, s) in &firsts {
            if direction(doc, e) {
                doc.relate(e, ck::PART_OF_ZONE, main, s, "zone.part.direction");
            }
            // (一区五园: the parks the article's zone counts.)
            if doc.entities.get(e).rule == "zone.name.parts-counted" {
                doc.relate(e, ck::PART_OF_ZONE, main, s, "zone.part.counted");
            }
        }
    }
    // Parks and core areas of an article about a larger zone are its parts,
    // when the sentence that names them speaks of the zone too; not a park
    // of another county (翠屏区长江工业园区 in an article about 三江新区).
    if let Some(main) = main.filter(|m| family(doc, *m) == "outer") {
        for (e, s) in firsts {
            let of_main = speaks_of_zone(doc, s, main);
            let label: Vec<char> = doc.entities.get(e).label.chars().collect();
            if e != main
                && family(doc, e) == "inner"
                && of_main
                && !doc.has(e, ck::PART_OF_ZONE)
                && !opens_elsewhere(doc, &label, main)
            {
                doc.relate(e, ck::PART_OF_ZONE, main, s, "zone.part.article");
            }
        }
    }
    main
}

/// `zone.part.stated`: a zone the text calls a part of another (Z1是Z2的
/// 重要组成部分, Z1作为Z2的核心区), or a park of a zone (Z的P).
fn stated_parts(doc: &mut Doc) {
    const LINKS: &[&str] = &["是", "为", "作为", "成为"];
    const PARTS: &[&str] = &[
        "的重要组成部分",
        "的组成部分",
        "的一部分",
        "的核心区",
        "的重要板块",
        "的核心板块",
    ];
    for s in 0..doc.sents.len() {
        let sent = &doc.sents[s];
        let zones: Vec<_> = sent
            .of(doc, Class::Zone)
            .filter(|z| !doc.nested(s, z))
            .collect();
        let mut found = Vec::new();
        for (i, part) in zones.iter().enumerate() {
            let Some(whole) = zones.get(i + 1) else {
                continue;
            };
            // (Z1是|佛山市|Z2的…: the whole's city may come between.)
            let place_from = |from: usize| {
                from == whole.start
                    || sent.mentions.iter().any(|m| {
                        m.start == from
                            && m.end == whole.start
                            && doc.class(m.entity) == Class::Place
                    })
            };
            let linked = LINKS.iter().any(|l| {
                crate::text::chars_start_with(&sent.chars[part.end..whole.start], l)
                    && place_from(part.end + l.chars().count())
            });
            // (在海口国家高新区的|广东海南…合作产业园内: a park of the zone
            // before 的.)
            let of_zone = part.end + 1 == whole.start
                && sent.chars[part.end] == '的'
                && family(doc, part.entity) == "outer"
                && family(doc, whole.entity) == "inner";
            if of_zone && part.entity != whole.entity {
                found.push((whole.entity, part.entity));
            }
            if linked
                && PARTS
                    .iter()
                    .any(|w| crate::text::chars_start_with(&sent.chars[whole.end..], w))
                && part.entity != whole.entity
            {
                found.push((part.entity, whole.entity));
            }
        }
        for (part, whole) in found {
            doc.relate(part, ck::PART_OF_ZONE, whole, s, "zone.part.stated");
        }
    }
}

/// True when a name opens with a county, district or city of its own that
/// zone `zone`'s name does not hold (汀溪县|岚溪项目 in an article about 岭北
/// 经开区): it lies elsewhere.
pub(crate) fn opens_elsewhere(doc: &Doc, label: &[char], zone: usize) -> bool {
    let zone_label = &doc.entities.get(zone).label;
    super::names::longest_word_at(&doc.lex.place_trie, label, 0, 4, |n| {
        n >= 3 && n + 2 <= label.len() && matches!(label[n - 1], '县' | '区' | '市' | '旗')
    })
    .is_some_and(|n| !zone_label.contains(&label[..n - 1].iter().collect::<String>()))
}

/// Industries the article's zone develops: every industry or chain the
/// article names, when it is about a zone (主导产业, 做强…产业链).
/// The zone a sentence is about before char `at`: the last zone named
/// whole at the start of a clause (…,广东海南先进制造业合作产业园由…共建,
/// …重点聚焦A、B), not one named inside another name or in passing.
fn clause_zone(doc: &Doc, s: usize, at: usize) -> Option<usize> {
    let chars = &doc.sents[s].chars;
    let zones: Vec<_> = doc.sents[s]
        .of(doc, Class::Zone)
        .filter(|z| z.end <= at && !doc.nested(s, z))
        .collect();
    let mut opening = zones.iter().rfind(|z| {
        super::enterprise::clause_starts_at(chars, z.start) || copula_after(chars, z.end)
    })?;
    // (兰州新区|绿色化工园区聚集了…: the park named after its zone.)
    while let Some(part) = zones.iter().find(|z| z.start == opening.end) {
        opening = part;
    }
    Some(opening.entity)
}

/// True when a base (…基地) from `start` (its suffix at `at`, ending at
/// `end`) is a company's plant, a project, not a zone: a brand and its
/// business word (碚圣药业制药基地), its site (东阳光乌兰察布基地), or the
/// base a project builds (上汽乘用车基地|项目).
fn company_base(
    doc: &Doc,
    chars: &[char],
    (start, at, end): (usize, usize, usize),
    stem: &str,
) -> bool {
    super::project::site_base(doc, chars, start, at)
        || chars[end..].starts_with(&['项', '目'])
        || !doc
            .lex
            .place_trie
            .contains(&chars[start..(start + 2).min(at)])
            && doc
                .lex
                .core_suffixes
                .iter()
                .any(|w| w.chars().count() >= 2 && stem.find(w.as_str()).is_some_and(|b| b >= 4))
}

/// True when a zone's stem `start..at` opens with a province or the nation
/// and a rank (广东省示范性产业转移园区, 江苏省重点园区): a designation, no
/// zone's name.
fn designation(doc: &Doc, chars: &[char], start: usize, at: usize) -> bool {
    let wide = |n: usize| {
        doc.lex
            .places
            .get(&chars[start..start + n].iter().collect::<String>())
            .is_some_and(|p| {
                matches!(
                    p.kind,
                    crate::lexicon::PlaceKind::Province | crate::lexicon::PlaceKind::Country
                )
            })
    };
    doc.lex
        .place_trie
        .lengths_at(chars, start, 6)
        .filter(|&n| wide(n))
        .any(|n| {
            RANK_WORDS
                .iter()
                .chain(&["示范", "重点", "首批"])
                .any(|r| crate::text::chars_start_with(&chars[start + n..at], r))
        })
}

/// True when a copula or a verb of siting follows a name ending at `end`
/// (其中核心建设的Z是…, …的Z位于…): the name is its clause's subject
/// though the clause opens before it.
pub(crate) fn copula_after(chars: &[char], end: usize) -> bool {
    ["是", "位于", "地处"]
        .iter()
        .any(|w| crate::text::chars_start_with(&chars[end..], w))
}

/// The zones a sentence opens with, before char `before`: the last zone of
/// its first clause and those coordinated with it (X的Z1与Z2已形成…,集聚了…).
/// Last first.
/// (作为Z1的主战场,5年来,Z2…引进了A、B: what the zone acts as is a
/// frame; the zone opening a later clause is the subject.)
pub(crate) fn opening_zones(doc: &Doc, s: usize, before: usize) -> Vec<usize> {
    let chars = &doc.sents[s].chars;
    let comma = |c: &char| matches!(c, '，' | ',' | '；' | ';');
    let mut first_clause_end = chars.iter().position(comma).unwrap_or(chars.len());
    // (目前，Z已集聚…: a short lead naming nothing, a time, is no clause of
    // its own; the zone opening the next one is the subject.)
    let mut lead = None;
    if first_clause_end <= 6
        && first_clause_end < chars.len()
        && !doc.sents[s]
            .mentions
            .iter()
            .any(|m| m.start < first_clause_end)
    {
        lead = Some(first_clause_end + 1);
        first_clause_end = chars[first_clause_end + 1..]
            .iter()
            .position(comma)
            .map_or(chars.len(), |p| first_clause_end + 1 + p);
    }
    let subject = chars.starts_with(&['作', '为']).then(|| {
        doc.sents[s].of(doc, Class::Zone).find(|z| {
            !doc.nested(s, z)
                && z.start > first_clause_end
                && z.end <= before
                && comma(&chars[z.start - 1])
        })
    });
    if let Some(z) = subject.flatten() {
        return vec![z.entity];
    }
    // (Z以Y基地为核心，集聚了…: the zone a frame opens with 以 is Z's core,
    // not the subject.)
    let zones: Vec<_> = doc.sents[s]
        .of(doc, Class::Zone)
        .filter(|z| !doc.nested(s, z) && z.end <= before.min(first_clause_end))
        .filter(|z| z.start == 0 || chars[z.start - 1] != '以')
        .collect();
    let mut out = Vec::new();
    if lead.is_some_and(|l| zones.first().is_none_or(|z| z.start != l)) {
        return out;
    }
    let Some(mut i) = zones.len().checked_sub(1) else {
        return out;
    };
    out.push(zones[i].entity);
    while i > 0
        && zones[i - 1].end + 1 == zones[i].start
        && matches!(chars[zones[i - 1].end], '与' | '和' | '及' | '、')
    {
        i -= 1;
        out.push(zones[i].entity);
    }
    out
}

/// What 该区 in sentence `s` speaks of: the zone or place whose name ends
/// in 区 named last in the eight sentences before, if a zone (荣昌区…该区:
/// the district; …产业园 is no 区).
fn last_zone_before(doc: &Doc, s: usize) -> Option<usize> {
    let last = (s.saturating_sub(8)..s).rev().find_map(|i| {
        doc.sents[i]
            .mentions
            .iter()
            .filter(|m| {
                matches!(doc.class(m.entity), Class::Zone | Class::Place)
                    && !doc.nested(i, m)
                    && doc.sents[i].chars[m.end - 1] == '区'
            })
            .max_by_key(|m| m.start)
    })?;
    (doc.class(last.entity) == Class::Zone).then_some(last.entity)
}

/// The zone a sentence opening with a demonstrative and a zone's kind
/// stands for (这个规划面积15平方公里的产业新城，已吸引…; 该园区…): the
/// zone named last in the sentence before, in the same paragraph.
pub(crate) fn demonstrative_zone(doc: &Doc, s: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    let (_, end) = super::enterprise::clause_of(&sent.chars, 0);
    let opening = sent.text(0, end);
    let named = sent.mentions.iter().any(|m| m.start < end);
    let pointing = ["这个", "这座", "这片", "这一", "该"]
        .iter()
        .any(|w| opening.starts_with(w));
    if !pointing || named || doc.lex.zone_suffix(&opening).is_none() {
        return None;
    }
    let before = sentence_before(doc, s)?;
    doc.sents[before]
        .of(doc, Class::Zone)
        .filter(|m| !doc.nested(before, m))
        .max_by_key(|m| m.start)
        .map(|m| m.entity)
}

/// The sentence before sentence `s` in its paragraph, past the title.
fn sentence_before(doc: &Doc, s: usize) -> Option<usize> {
    let before = s.checked_sub(1).filter(|&b| b >= doc.title_sents)?;
    (doc.sents[before].paragraph == doc.sents[s].paragraph).then_some(before)
}

/// The zone a sentence without a subject goes on about (高峰园重点发展…。
/// 现入驻有A、B等企业): the one opening the sentence before in its
/// paragraph, when this one names no zone and opens with a time or an
/// adverb (现, 目前, 已) or a verb.
pub(crate) fn continued_zone(doc: &Doc, s: usize) -> Option<usize> {
    let sent = &doc.sents[s];
    let first = sent.toks.first()?;
    let subjectless = matches!(first.tag.chars().next(), Some('t' | 'd' | 'v'))
        && !sent.mentions.iter().any(|m| m.start == 0);
    if !subjectless || sent.of(doc, Class::Zone).next().is_some() {
        return None;
    }
    let before = sentence_before(doc, s)?;
    opening_zones(doc, before, doc.sents[before].chars.len())
        .first()
        .copied()
}

pub(crate) fn focus(doc: &mut Doc, main_zone: Option<usize>) {
    for s in doc.title_sents..doc.sents.len() {
        // (Only the sentence's industries are read below.)
        if doc.sents[s].of(doc, Class::Industry).next().is_none() {
            continue;
        }
        let text = doc.sents[s].text.clone();
        // An industry the zone recruits from elsewhere is not its own.
        if text.contains("瞄准") && text.contains("招商") {
            continue;
        }
        // An industry named in a cooperation is the partner's business.
        if text.contains('与') && (speaks_of_cooperation(&text) || text.contains("对接")) {
            continue;
        }
        // A zone develops what the text says it develops: a cue of focus
        // (主导产业, 聚焦, 做强…), or a chain or cluster it names itself.
        let cued = FOCUS_CUES.iter().any(|c| text.contains(c));
        // 株洲市正以A、B为重点: the city's plan, not the zone's.
        // (作为武汉都市圈“桥头堡”,葛店…: what the zone acts as, no subject.)
        let chars = &doc.sents[s].chars;
        let subject = doc.sents[s]
            .mentions
            .iter()
            .find(|m| !doc.nested(s, m) && !chars[..m.start].ends_with(&['作', '为']));
        // (今年,经开区将抢抓京津冀…机遇,培强A、B五大主导产业: the zone,
        // named by its kind word, is the subject before the places.)
        let zone_first = subject.is_some_and(|m| zone_word_opens_clause(doc, s, 0, m.start));
        let by_others = !zone_first
            && subject.is_some_and(|m| {
                matches!(doc.class(m.entity), Class::Place | Class::GovernmentBody)
            });
        for m in doc.sents[s].of(doc, Class::Industry).collect::<Vec<_>>() {
            // (绵竹市将推动新市化工园区提档升级,聚焦A、B: the zone named
            // before the industries develops them.)
            let others = by_others && !doc.sents[s].of(doc, Class::Zone).any(|z| z.start < m.start);
            let label = &doc.entities.get(m.entity).label;
            let named = ["产业集群", "产业链", "集群"]
                .iter()
                .any(|w| label.ends_with(w));
            // (化工领域的…项目: a field named for a project, not the zone's
            // focus; the mention, not the entity, since the same industry
            // may be the zone's elsewhere.)
            let field = doc.sents[s].chars[m.end..].starts_with(&['领', '域']);
            if !doc.nested(s, &m) && (cued || named) && !others && !field {
                // (An article about two zones has none of its own: each
                // develops what its clause says. The rule tells which
                // zone was found: the clause's, the sentence's opening
                // one(s), or the article's.)
                let (mut zones, mut rule) = match clause_zone(doc, s, m.start) {
                    Some(z) => (vec![z], "zone.focus.clause"),
                    None => (opening_zones(doc, s, m.start), "zone.focus.opening"),
                };
                if zones.is_empty() {
                    zones.extend(main_zone);
                    rule = "zone.focus.article";
                }
                // (An article of two zones, one of them the site of a
                // project: 该区 is the zone named last.)
                if zones.is_empty() && doc.sents[s].text.contains("该区") {
                    zones.extend(last_zone_before(doc, s));
                    rule = "zone.focus.anaphor";
                }
                for zone in zones {
                    doc.relate(zone, ck::FOCUSES_ON, m.entity, s, rule);
                }
            }
        }
    }
}

/// True when a clause between chars `from` and `before` opens with a zone's
/// kind word (经开区, 园区…) standing for a zone named before it.
pub(crate) fn zone_word_opens_clause(doc: &Doc, s: usize, from: usize, before: usize) -> bool {
    // (A sentence without zone talk holds no zone anaphor.)
    if !doc.sents[s].zone_talk {
        return false;
    }
    let chars = &doc.sents[s].chars;
    let before = before.min(chars.len());
    (from..before)
        .filter(|&at| super::enterprise::clause_starts_at(chars, at))
        .any(|at| {
            let clause = &chars[at..before];
            doc.lex
                .zone_anaphors
                .iter()
                .any(|a| crate::text::chars_start_with(clause, a))
        })
}

/// True when the text speaks of a cooperation: 合作 not in a zone's name
/// (该合作区, 中外合作产业园).
fn speaks_of_cooperation(text: &str) -> bool {
    text.match_indices("合作").any(|(b, w)| {
        let rest = &text[b + w.len()..];
        !["区", "园", "产业园", "示范区"]
            .iter()
            .any(|z| rest.starts_with(z))
    })
}

/// Words that say a zone develops an industry.
const FOCUS_CUES: &[&str] = &[
    "主导产业",
    "首位产业",
    "支柱产业",
    "特色产业",
    "优势产业",
    "聚焦",
    // (园区聚集了A、B等领域的企业: the trades of the zone's firms.)
    "聚集",
    // (初步构建的A、B五大产业集群: the clusters the text counts.)
    "产业集群",
    "重点发展",
    "做强",
    "做大",
    "做优",
    "培育",
    "壮大",
    "打造",
    "集聚",
    "形成",
    "围绕",
    "布局",
    "发展",
    "延链",
    "补链",
    "强链",
    "主攻",
    "深耕",
    "产业体系",
    "产业格局",
    "重点产业",
    "新兴产业",
    // (园区主要以A、B等为主: what the zone is mostly made of.)
    "等为主",
    "产业为主",
];

#[cfg(test)]
mod tests {
    use crate::extract::testing::{has, labels, read};

    /// A count opening a zone's stem (十大专业|产业园) counts zones, names
    /// none; a place that opens with one (五大连池) still names its zone.
    #[test]
    fn a_count_opening_the_stem_names_no_zone() {
        let r =
            read("岚峰经开区完善汶溪机械产业园等十大专业产业园。五大连池经济开发区签约两个项目。");
        let zones = labels(&r, crate::extract::Class::Zone);
        assert!(!zones.iter().any(|z| z.starts_with("十大")), "{zones:?}");
        assert!(
            zones.contains(&"五大连池经济开发区".to_string()),
            "{zones:?}"
        );
    }

    /// Parks a zone counts as 一区N园, listed by their short names, are its
    /// parts wherever the text names them; a subject-less sentence after
    /// one (现入驻有…) is about that park.
    #[test]
    fn parks_counted_as_yiqu_nyuan_are_the_zones_parts() {
        let r = read(
            "岚峰经济技术开发区位于遂平县。\
             按岚川园、汶塘园、峪溪园“一区三园”规划布局。\
             汶塘园重点发展智能装备、新材料等产业。现入驻有中岚机械、汶泰铜管等企业。",
        );
        let zones = labels(&r, crate::extract::Class::Zone);
        for park in ["岚川园", "汶塘园", "峪溪园"] {
            assert!(zones.contains(&park.to_string()), "{park}: {zones:?}");
            assert!(has(&r, park, "partOfZone", "岚峰经济技术开发区"), "{r:?}");
        }
        assert!(has(&r, "汶塘园", "focusesOn", "智能装备"), "{r:?}");
        for company in ["中岚机械", "汶泰铜管"] {
            assert!(has(&r, "汶塘园", "hostsEnterprise", company), "{r:?}");
            assert!(!has(&r, "岚峰经济技术开发区", "hostsEnterprise", company));
        }
    }

    /// A bound's direction (北起高新区岚溪路) opens no zone's name.
    /// A zone's name without its middle words (锦岚示范区 of 锦岚改革创新
    /// 示范区) is the zone; a park of a trade inside (…电子信息产业主题园区)
    /// is another; a list before a clause's verb (围绕A、B打造…园区) names
    /// no zones.
    #[test]
    fn a_zone_named_without_its_middle_words() {
        let r = read(
            "锦岚示范区举行签约仪式。4月25日,锦岚改革创新示范区举行项目集中签约仪式。\
             汶河科技园打造汶河电子信息产业主题园区。\
             该项目将围绕新能源装备制造、储能、数字化运维打造国内第一个绿色低碳示范园区。",
        );
        let zones = labels(&r, crate::extract::Class::Zone);
        assert!(!zones.contains(&"锦岚示范区".to_string()), "{zones:?}");
        assert!(
            zones.contains(&"锦岚改革创新示范区".to_string()),
            "{zones:?}"
        );
        assert!(zones.contains(&"汶河科技园".to_string()), "{zones:?}");
        assert!(
            zones.contains(&"汶河电子信息产业主题园区".to_string()),
            "{zones:?}"
        );
        assert!(!zones.iter().any(|z| z.contains("储能")), "{zones:?}");
    }

    /// A project's park (项目园区) names no zone; a town one works with
    /// (与泖港镇联手) is no company.
    #[test]
    fn a_project_park_and_a_town_partner() {
        let r = read("项目园区负责人朱峰介绍说,园区总建筑面积9.4万平方米。岚港集团联合公司与汶港镇联手打造产业园区。");
        assert!(labels(&r, crate::extract::Class::Zone).is_empty(), "{r:?}");
        let firms = labels(&r, crate::extract::Class::Enterprise);
        assert!(!firms.contains(&"汶港镇".to_string()), "{firms:?}");
    }

    /// A city's own zone by its short suffix (在市高新区, 、县经开区) is a
    /// zone.
    #[test]
    fn a_city_own_zone_by_its_short_suffix() {
        let r = read("岚汐集团在市高新区投资建设项目。县经开区、锦岚经开区分列两侧。");
        let zones = labels(&r, crate::extract::Class::Zone);
        assert!(zones.contains(&"市高新区".to_string()), "{zones:?}");
        assert!(zones.contains(&"县经开区".to_string()), "{zones:?}");
    }

    /// A bare 园区 after a verb or a common noun is the park spoken of.
    #[test]
    fn a_verb_or_a_common_noun_before_a_park_names_none() {
        let r = read("如能招入园区,可以拉长产业链,实现科研成果园区内的就近转化。");
        assert!(labels(&r, crate::extract::Class::Zone).is_empty(), "{r:?}");
    }

    #[test]
    fn a_bounds_direction_opens_no_zone() {
        let r = read("岚溪运河一期河道长3.1公里,北起高新区汶峰路,南至青禾大街。");
        assert!(labels(&r, crate::extract::Class::Zone).is_empty(), "{r:?}");
    }

    /// A zone counted (1个商贸物流园区) or ranked in a whole land (全省
    /// 环保产业集中区) is a kind or a title, no zone's name.
    #[test]
    fn a_counted_or_ranked_zone_is_no_name() {
        let r = read(
            "岚溪县将规划建设1个商贸物流园区和两个农副产品加工集中区。\
             汶峰科技城着力打造全省环保产业集中区、全市产业转型示范区。",
        );
        let zones = labels(&r, crate::extract::Class::Zone);
        assert_eq!(zones, ["汶峰科技城"]);
    }

    /// A zone mostly made of trades (以A、B等产业为主, 以A、B等为主)
    /// focuses on them.
    #[test]
    fn a_zone_mostly_of_trades_focuses_on_them() {
        let r = read(
            "岚溪工业园以电子信息、生物医药等产业为主。汀川园区主要以装备制造、新材料等为主。",
        );
        for (z, i) in [
            ("岚溪工业园", "电子信息"),
            ("岚溪工业园", "生物医药"),
            ("汀川园区", "装备制造"),
        ] {
            assert!(has(&r, z, "focusesOn", i), "{z} {i}");
        }
    }

    /// 和 right after 的 opens a brand, no conjunction (…的和岚新材料产业园).
    #[test]
    fn he_after_de_opens_a_parks_name() {
        let r = read(
            "位于汀川经济开发区的和岚新材料产业园内机器轰鸣。记者在交会处的和汀汽车工业园看到。",
        );
        let zones = labels(&r, crate::extract::Class::Zone);
        for z in ["和岚新材料产业园", "和汀汽车工业园"] {
            assert!(zones.contains(&z.to_string()), "{z}: {zones:?}");
        }
    }

    /// A county's 工业集中发展区 is a zone (乐至县工业集中发展区 in Sichuan's
    /// usage).
    #[test]
    fn an_industry_concentration_area_is_a_zone() {
        let r = read("岚溪县工业集中发展区位于城东,园区已落户企业30家。");
        assert_eq!(
            labels(&r, crate::extract::Class::Zone),
            ["岚溪县工业集中发展区"]
        );
    }
    use crate::extract::Class;

    /// A medicine port or a biomedicine city after a place (岚州医药港,
    /// 汶川永岚生物医药城) is a zone, as zone_suffixes.tsv lists them.
    #[test]
    fn a_medicine_port_is_a_zone() {
        let r = read(
            "岚州医药港已集聚生物医药企业300余家。\
             汶川永岚生物医药城加快建设。",
        );
        assert_eq!(
            labels(&r, Class::Zone),
            ["岚州医药港", "汶川永岚生物医药城"]
        );
    }

    /// An airport zone (临空区) is a zone, and a zone's investment office
    /// (经合中心) a body of its government.
    #[test]
    fn airport_zones_and_their_offices() {
        let r = read("岚溪医药总部项目落地岚州自贸临空区。岚溪高新区经合中心相关负责人表示。");
        assert!(has(
            &r,
            "岚州自贸临空区",
            "hostsProject",
            "岚溪医药总部项目"
        ));
        let bodies = labels(&r, Class::GovernmentBody);
        assert_eq!(bodies, ["岚溪高新区经合中心"]);
    }

    /// A zone the text calls by its stem alone (岚浦 for 岚浦经济开发区) is
    /// that zone where the stem stands on its own, not in another name
    /// (岚浦国际投资咨询有限公司 is no short name 岚浦); a county's name
    /// (宁远 of 宁远县) stays the county's.
    #[test]
    fn a_zone_called_by_its_stem() {
        let r = read(
            "近日,经岚浦经济开发区管委会研究,同意溪川集团年产2万吨涂料项目在岚浦落地。\
             岚浦国际投资咨询有限公司副总裁柯晓岚说,岚浦将持续优化营商环境。",
        );
        assert_eq!(labels(&r, Class::Zone), ["岚浦经济开发区"]);
        assert!(has(
            &r,
            "岚浦经济开发区",
            "hostsProject",
            "溪川集团年产2万吨涂料项目"
        ));
        assert!(!has(
            &r,
            "岚浦经济开发区",
            "hostsEnterprise",
            "岚浦国际投资咨询有限公司"
        ));
        let alts: Vec<String> = r
            .iter()
            .flat_map(|x| &x.entities)
            .filter(|e| e.label == "岚浦国际投资咨询有限公司")
            .flat_map(|e| e.alt_labels.iter().cloned())
            .collect();
        assert!(alts.is_empty(), "{alts:?}");
        let r = read("钟山经济开发区引进岭川电子。钟山将加快发展电子产业。");
        assert!(!r
            .iter()
            .flat_map(|x| &x.entities)
            .any(|e| e.alt_labels.contains("钟山")));
    }

    /// Qualities after a modifier name a kind of zone (…的低碳智慧园区, 一座
    /// 现代化综合新城), and 充分利用 opens no name; a park named by its
    /// qualities after its zone (经开区绿色低碳产业园) is named.
    #[test]
    fn qualities_after_a_modifier_name_no_zone() {
        let r = read(
            "努力建设成为营商环境优良的低碳智慧园区。如今一座现代化综合新城拔地而起。\
             岚浦将充分利用产业园区软硬件条件。",
        );
        assert!(
            labels(&r, Class::Zone).is_empty(),
            "{:?}",
            labels(&r, Class::Zone)
        );
        let r = read("岚溪经开区推进项目建设,一批配套企业相继落户经开区绿色低碳产业园。");
        assert!(labels(&r, Class::Zone).contains(&"绿色低碳产业园".to_string()));
    }

    /// A cooperation park glossed with its host (粤桂合作(青浦)产业园) is one
    /// name, and the same park without the gloss.
    #[test]
    fn a_cooperation_park_keeps_its_hosts_gloss() {
        let r = read(
            "2月27日上午,粤桂合作(青浦)产业园正式揭牌。\
             下一步,青浦镇将依托粤桂合作产业园,聚焦智能家电产业。",
        );
        let zones = labels(&r, Class::Zone);
        assert_eq!(zones, vec!["粤桂合作(青浦)产业园".to_string()], "{zones:?}");
    }

    /// A zone the article only speaks of building (加快建设Z, 推动Z建设) is
    /// a goal: the projects of the county's article are not placed in it.
    #[test]
    fn a_zone_only_being_built_is_no_articles_zone() {
        let r = crate::extract::testing::read_titled(
            "岚溪县一批重大项目集中开工\n\n2月12日上午,岚溪县举行重大项目集中开工仪式。\
             青禾智能电子产业园、岭川电子等16个重大项目集中开工。\
             此次开工的项目对岚溪县加快建设岚州电子信息产业科技城意义重大。\
             这些企业的引进,将推动岚州电子信息产业科技城建设。",
        );
        assert!(!has(
            &r,
            "岚州电子信息产业科技城",
            "hostsProject",
            "岭川电子"
        ));
    }

    /// A district's article (全区…) that names a zone once in passing is
    /// not about the zone: its projects are not placed there.
    #[test]
    fn a_districts_article_is_not_about_a_zone_named_in_passing() {
        let r = crate::extract::testing::read_titled(
            "岚川区召开经济工作会议\n\n全区实现地区生产总值500亿元,同比增长6%。\
             全区新开工项目30个,签约项目42个。推进岚川经济开发区扩区调规。\
             岚禾科技年产5万吨电池材料项目开工建设,全区产业结构持续优化。",
        );
        assert!(!has(
            &r,
            "岚川经济开发区",
            "hostsProject",
            "岚禾科技年产5万吨电池材料项目"
        ));
    }

    /// 经济产业园 alone is the park spoken of (an anaphor of the lexicon), no
    /// zone of its own.
    #[test]
    fn jingji_chanyeyuan_alone_is_the_park_spoken_of() {
        let r = read("宁乡市加快岚溪循环经济产业园建设,岚峰集团、汶溪集团等企业已入驻经济产业园。");
        let z = labels(&r, Class::Zone);
        assert_eq!(z, ["岚溪循环经济产业园"], "{z:?}");
        assert!(has(&r, "岚溪循环经济产业园", "hostsEnterprise", "岚峰集团"));
    }

    /// A park named without its place (岚溪循环经济产业园区) is the park
    /// named with it (宁乡市岚溪循环经济产业园): one zone, two names.
    #[test]
    fn a_park_without_its_place_is_the_same_park() {
        let r = read(
            "今年以来,宁乡市加大岚溪循环经济产业园区建设力度。\
             笔者在宁乡市岚溪循环经济产业园看到,项目正在推进。",
        );
        let z = labels(&r, Class::Zone);
        assert_eq!(z, ["宁乡市岚溪循环经济产业园"], "{z:?}");
    }

    /// A verb of effort after a place (加大, 推进…) and the reporter's 记者从
    /// open no zone's name.
    #[test]
    fn verbs_of_effort_and_the_reporter_open_no_zone_name() {
        let r = read(
            "岭川区加大岚溪循环经济产业园区建设力度。记者从区经济开发区获悉,今年新增企业5家。\
             和田经济技术开发区新增企业3家。",
        );
        let z = labels(&r, Class::Zone);
        assert_eq!(z, ["和田经济技术开发区", "岚溪循环经济产业园区"], "{z:?}");
    }

    /// A body of government inside a zone's stem: after its 将 the zone's
    /// name starts (市委将X化工园区); after its verb no zone is named
    /// (省科技厅切实履行高新区主管部门职责).
    /// The zone a 作为Z1…的 frame introduces is the article's, not Z1.
    #[test]
    fn the_zone_a_frame_introduces_is_the_articles() {
        let r = read(
            "记者获悉,作为岚川新区二级园区的岭溪产业园,已签约项目8个,其中投资3亿元的岳汀新材料项目已动工。\
             岭溪产业园北接岚川新区。产业园重点发展仓储物流。",
        );
        assert!(has(&r, "岭溪产业园", "hostsProject", "岳汀新材料项目"));
        assert!(!has(&r, "岚川新区", "hostsProject", "岳汀新材料项目"));
    }

    /// A zone called by its own suffix alone (产业园以…) is the article's
    /// though its county is named more often than its name.
    #[test]
    fn a_zone_called_by_its_suffix_is_the_articles() {
        let r = read(
            "岭溪产业园位于永登县。产业园以快速通道为依托,紧靠永登县城。产业园北面侧重发展仓储物流。\
             永登县将支持产业园建设。目前,产业园在建岳汀新材料项目。永登县交通便利。",
        );
        assert!(has(&r, "岭溪产业园", "hostsProject", "岳汀新材料项目"));
    }

    /// A park named right after its zone also goes by that fullest name.
    #[test]
    fn a_park_after_its_zone_goes_by_the_full_name() {
        let r = read("岚川新区岭溪产业园位于永登县,已签约项目28个。");
        let park = r[0]
            .entities
            .iter()
            .find(|e| e.label.ends_with("岭溪产业园"))
            .expect("the park");
        let names: Vec<&String> = std::iter::once(&park.label)
            .chain(&park.alt_labels)
            .collect();
        assert!(
            names.iter().any(|n| *n == "岚川新区岭溪产业园"),
            "{names:?}"
        );
        assert!(names.iter().any(|n| *n == "岭溪产业园"), "{names:?}");
    }

    /// A park's trade or aim may be a verb (新能源|创新/v|产业园, 智能|制造/v|
    /// 装备产业园), and 重点开发开放试验区 is a kind of zone.
    #[test]
    fn verbs_of_a_park_s_trade_belong_to_its_name() {
        let r = read(
            "岭川重点开发开放试验区正加快建设。光储创新产业园、智能制造装备产业园等平台加快建成。",
        );
        let z = labels(&r, Class::Zone);
        for n in [
            "岭川重点开发开放试验区",
            "光储创新产业园",
            "智能制造装备产业园",
        ] {
            assert!(z.contains(&n.to_string()), "{n}: {z:?}");
        }
    }

    /// A quality word after a zone opens the name of a park in it
    /// (岚川新区|绿色化工园区); alone it names a kind of park.
    #[test]
    fn a_quality_after_a_zone_names_a_park() {
        let r = read("走进岚川新区绿色化工园区,企业正在加紧生产。");
        let park = r[0]
            .entities
            .iter()
            .find(|e| e.label.ends_with("绿色化工园区"))
            .expect("the park");
        assert!(
            std::iter::once(&park.label)
                .chain(&park.alt_labels)
                .any(|n| n == "岚川新区绿色化工园区"),
            "{park:?}"
        );
        let r = read("建设绿色化工园区。");
        assert!(labels(&r, Class::Zone).is_empty(), "{r:?}");
    }

    /// A park of an article about a larger zone is its part when its
    /// sentence speaks of the zone, unless the park opens with a county of
    /// its own.
    #[test]
    fn a_park_of_another_county_is_no_part_of_the_articles_zone() {
        let r = read(
            "岚川经济技术开发区举行项目集中签约仪式。\
             园区内岭北装备产业园新签约项目5个。\
             遂平县岳峰工业园区依托园区优势，引进电池项目2个。",
        );
        let zones = labels(&r, Class::Zone);
        assert!(
            zones.contains(&"遂平县岳峰工业园区".to_string()),
            "{zones:?}"
        );
        assert!(!has(
            &r,
            "遂平县岳峰工业园区",
            "partOfZone",
            "岚川经济技术开发区"
        ));
    }

    /// A gloss in brackets after a zone (经开区(某区)) is no part of the
    /// park named after it, which lies in that zone.
    #[test]
    fn a_gloss_after_a_zone_opens_no_park_name() {
        let r = read("项目位于岚川经开区(汀溪区)岭北高端装备产业园,主要生产专用车辆。");
        let zones = labels(&r, Class::Zone);
        assert!(
            zones.contains(&"岭北高端装备产业园".to_string()),
            "{zones:?}"
        );
        assert!(has(&r, "岭北高端装备产业园", "partOfZone", "岚川经开区"));
        let park = r[0]
            .entities
            .iter()
            .find(|e| e.label == "岭北高端装备产业园")
            .expect("the park");
        assert!(park.alt_labels.is_empty(), "{:?}", park.alt_labels);
    }

    /// A direction verb before a zone (北接|兰州新区) and a park's rank
    /// under its area (新区二级园区) open no zone's name.
    #[test]
    fn where_a_zone_borders_and_its_rank_name_no_zone() {
        let r = read("岭溪产业园北接岚川新区,东临岳湾高新区。作为岚川新区二级园区的岭溪产业园,已签约项目8个。");
        let zones = labels(&r, Class::Zone);
        for z in ["岚川新区", "岳湾高新区", "岭溪产业园"] {
            assert!(zones.contains(&z.to_string()), "{z}: {zones:?}");
        }
        for z in [
            "北接岚川新区",
            "东临岳湾高新区",
            "二级园区",
            "岚川新区二级园区",
        ] {
            assert!(!zones.contains(&z.to_string()), "{z}: {zones:?}");
        }
    }

    #[test]
    fn a_government_body_opens_no_zone_name() {
        let r = read(
            "青川省科技厅切实履行高新区主管部门职责。\
             为保障项目建设，汶溪市委将岚创悦化工园区列为全市重点支持园区。",
        );
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        assert!(
            !zones
                .iter()
                .any(|z| z.contains("科技厅") || z.contains("市委")),
            "{zones:?}"
        );
        assert!(zones.iter().any(|z| z == "岚创悦化工园区"), "{zones:?}");
    }

    /// Counted zones, a province's zones, a company's plant, regions and
    /// verbs before a park name no zone; new suffixes (起步区, 新城, 加工区)
    /// do.
    #[test]
    fn zone_names_are_names() {
        let r = read(
            "园区形成六大园区格局。山西省开发区建设提速。\
             企业建设云岭低碳产业园。北部湾经济区发展迅速。\
             海辰电子生产基地投产。桂江新城和白沙起步区加快建设。\
             岚庆加工区与汶莞实业有限公司达成合作。",
        );
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        for z in ["桂江新城", "白沙起步区", "云岭低碳产业园", "岚庆加工区"] {
            assert!(zones.contains(&z.to_string()), "{z}: {zones:?}");
        }
        for z in [
            "六大园区",
            "山西省开发区",
            "北部湾经济区",
            "海辰电子生产基地",
            "建设云岭低碳产业园",
        ] {
            assert!(!zones.contains(&z.to_string()), "{z}: {zones:?}");
        }
    }

    /// An article about a county that names a zone in passing gives the
    /// zone none of the county's projects.
    #[test]
    fn a_zone_named_in_passing_hosts_nothing() {
        let r = read(
            "今年以来，汝阳县签约项目12个。汝阳县引进建设了鹏程食品加工项目、金羽服饰项目。\
             汝阳县还在产业集聚区设立了服务站。汝阳县招商成效明显。",
        );
        assert!(!crate::extract::testing::relations(&r)
            .iter()
            .any(|x| x.1 == "hostsProject"));
    }

    /// A zone develops the industries the text says it develops (主导产业,
    /// 做强…), not every industry named, nor the city's.
    #[test]
    fn a_zone_focuses_on_what_it_develops() {
        let r = read(
            "望江经济技术开发区做强智能家电、精密模具两大主导产业。\
             该市正以文化旅游、现代物流为重点。\
             园区企业的产品用于新能源汽车领域。",
        );
        assert!(has(&r, "望江经济技术开发区", "focusesOn", "智能家电"));
        assert!(!has(&r, "望江经济技术开发区", "focusesOn", "文化旅游"));
    }

    /// Place names whose last char jieba tags a measure word or a direction
    /// (柳家|口/q, 站|前/f) keep it; an economic area right after a zone is
    /// a part of it (not a region), and 台商投资区 names a zone.
    #[test]
    fn zone_names_ending_in_function_chars() {
        let r = read(
            "项目在滨海新区柳家口经济区集中开工。\
             园区落户鹭岛高新技术产业开发区站前片区。\
             泉南台商投资区签约项目5个。",
        );
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        for z in ["柳家口经济区", "站前片区", "泉南台商投资区"] {
            assert!(zones.contains(&z.to_string()), "{z}: {zones:?}");
        }
        assert!(has(&r, "柳家口经济区", "partOfZone", "滨海新区"));
        assert!(has(&r, "站前片区", "partOfZone", "鹭岛高新技术产业开发区"));
    }

    /// A zone first named as one of a list (a county's article about its
    /// parks) is not the article's zone: the article's projects are none of
    /// its; a verb's one-char word (做大做强) opens no zone's name.
    #[test]
    fn a_listed_zone_is_not_the_articles() {
        let r = crate::extract::testing::read(
            "扶岭县坚持把园区作为工业发展的主战场，三大园区基础设施不断完善：\
             南岭、崇川东盟青年城和岚山经济开发区。今年，园区开工岚华食品项目。园区签约项目12个。\
             集中力量做大做强扶岭空港经济区。",
        );
        assert!(!crate::extract::testing::has(
            &r,
            "岚山经济开发区",
            "hostsProject",
            "岚华食品项目"
        ));
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        assert!(zones.contains(&"扶岭空港经济区".to_string()), "{zones:?}");
    }

    /// The first of a list of zones (获批A产业园、B产业园等基地) is no more the
    /// article's zone than the others: the district's industries are not
    /// its focus.
    #[test]
    fn the_first_of_listed_zones_is_not_the_articles() {
        let r = crate::extract::testing::read(
            "近年来，岚川区积极融入双城经济圈建设，构建现代产业集群。\
             该区大力发展汽车零部件、电子信息等战略性新兴产业，\
             并成功获批岚川汽车零部件产业园、岚川电子电路产业园等6个市级特色产业基地。",
        );
        let focus: Vec<_> = crate::extract::testing::relations(&r)
            .into_iter()
            .filter(|(_, p, _)| p == "focusesOn")
            .collect();
        assert!(focus.is_empty(), "{focus:?}");
    }

    /// A park of a cooperation between named places (…合作产业园) is a zone;
    /// one between unnamed ones (两市合作产业园) is none.
    #[test]
    fn parks_of_a_cooperation_between_named_places() {
        let r = crate::extract::testing::read(
            "湖南江西先进材料合作产业园由两市合作共建，两市合作产业园今年开工。",
        );
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        assert_eq!(zones, vec!["湖南江西先进材料合作产业园".to_string()]);
    }

    /// A sentence that opens with zones (X的Z1与Z2已形成…集群) says what
    /// they develop, not what the article's zone does; 合作 in a zone's
    /// name (该合作区) is no cooperation.
    #[test]
    fn the_zones_opening_a_sentence_focus_on_its_industries() {
        let r = read(
            "岚川合作区位于江南。该合作区中的东湖片区与西岭片区已形成千亿级新材料产业集群,\
             产业链覆盖精细化工、涂料产业。",
        );
        for z in ["东湖片区", "西岭片区"] {
            for i in ["新材料产业集群", "精细化工"] {
                assert!(has(&r, z, "focusesOn", i), "{z} {i}");
            }
        }
        assert!(!has(&r, "岚川合作区", "focusesOn", "精细化工"));
    }

    /// The category of a ranking (中国产业园区30强) names no zone; a zone
    /// among the ranked does.
    #[test]
    fn a_ranking_s_category_is_no_zone() {
        let r = crate::extract::testing::read(
            "岚溪化工园区已进入中国化工园区30强，跻身全国开发区百强。",
        );
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        assert_eq!(zones, vec!["岚溪化工园区".to_string()]);
    }

    /// A title a zone is given (循环化改造试点示范园区) names no zone.
    #[test]
    fn a_pilot_title_names_no_zone() {
        let r = crate::extract::testing::read("青禾经开区成功创建省级循环化改造试点示范园区。");
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        assert!(!zones.iter().any(|z| z.contains("试点")), "{zones:?}");
    }

    /// An economic area a city's or county's name opens is a zone; one of
    /// a region, or named by a prefecture alone (沈阳经济区), is not.
    #[test]
    fn economic_areas_of_cities_are_zones() {
        let r = crate::extract::testing::read(
            "集中力量做大做强南宁空港扶绥经济区。海峡西岸经济区建设加快。海城市位于沈阳经济区之中。",
        );
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        assert_eq!(zones, vec!["南宁空港扶绥经济区".to_string()]);
    }

    /// 现代 and 高新 hold in zones' names (jieba tags them as time and
    /// adverb); a quality, an owner's level, a whereabouts or a deed
    /// before a park's word names no zone.
    #[test]
    fn modern_and_hitech_parks_are_named_and_kinds_are_not() {
        let r = crate::extract::testing::read(
            "宿州芜湖现代产业园区与岚山高新产业园区签约。\
             各县区、市属开发区参加。打造标志性产业园区。积极探索工业园区建设新模式。\
             从一个边陲小镇发展起来。整个园区基础设施加快建设。岚溪试验区的核心园区。\
             岚溪四大园区用地6%。岚溪园、汀溪园等乡镇园区引进项目。",
        );
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        assert_eq!(
            zones,
            vec!["宿州芜湖现代产业园区", "岚山高新产业园区", "岚溪试验区"]
        );
    }

    /// What a zone opening a clause develops is that zone's, not the
    /// article's zone's.
    /// Two zones of one city listed together stay two; a short form named
    /// on its own is the longer zone.
    #[test]
    fn zones_of_one_city_listed_together_stay_apart() {
        let r =
            crate::extract::testing::read("如汾阳临港经开区医药产业园、汾阳经开区汽车产业园等。");
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        assert!(zones.contains(&"汾阳经开区".to_string()), "{zones:?}");
        assert!(zones.contains(&"汾阳临港经开区".to_string()), "{zones:?}");
        let r =
            crate::extract::testing::read("汾阳临港经开区举行签约仪式。汾阳经开区签约项目5个。");
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        assert_eq!(zones, vec!["汾阳临港经开区".to_string()], "{zones:?}");
    }

    /// A province's or a country's bare zone word and a quality before a
    /// park's kind name no zone.
    #[test]
    fn a_province_s_zones_and_a_quality_name_no_zone() {
        let r = crate::extract::testing::read(
            "协同发展为山西开发区带来机遇,中国园区开放会议召开。\
             一批示范性承接产业转移园区开始出现,如汾河新材料产业园。",
        );
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        assert_eq!(zones, vec!["汾河新材料产业园".to_string()], "{zones:?}");
    }

    /// A municipality (a province-level city) names a zone of its own with
    /// a generic zone word, where a province names its zones in general.
    #[test]
    fn a_municipality_names_its_own_zone() {
        let r = crate::extract::testing::read(
            "天津经济技术开发区举行签约仪式。\
             重庆高新区的主导产业是智能终端,湖北开发区也在发展。",
        );
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        assert_eq!(zones, vec!["天津经济技术开发区", "重庆高新区"], "{zones:?}");
    }

    /// A city that upgrades a zone and then names what to focus on speaks of
    /// the zone's industries; a city naming its own focus does not.
    #[test]
    fn a_city_s_plan_for_its_zone_is_the_zone_s_focus() {
        let r = crate::extract::testing::read(
            "青禾化工园区举行签约仪式。\
             据悉,安平市将推动青禾化工园区提档升级,聚焦电子化学品、氟硅材料等主导产业。\
             安平市正以文旅康养、数字经济为重点发展方向。",
        );
        let has = |z: &str, i: &str| crate::extract::testing::has(&r, z, "focusesOn", i);
        assert!(has("青禾化工园区", "电子化学品"));
        assert!(has("青禾化工园区", "氟硅材料"));
        assert!(!has("青禾化工园区", "文旅康养"));
    }

    /// 作为X城市群“门户”, the zone…: what the zone acts as is no subject
    /// of the sentence.
    #[test]
    fn a_zone_acting_as_a_place_s_gate_focuses_on_its_industries() {
        let r = crate::extract::testing::read(
            "临岗经济技术开发区举行招商大会。\
             作为皖北城市群“门户”,临岗已形成绿色食品、轨道装备、现代物流三大主导产业。",
        );
        let has = |z: &str, i: &str| crate::extract::testing::has(&r, z, "focusesOn", i);
        for i in ["绿色食品", "轨道装备", "现代物流"] {
            assert!(has("临岗经济技术开发区", i), "{i}");
        }
    }

    #[test]
    fn a_zone_opening_the_clause_focuses_on_what_it_develops() {
        let r = crate::extract::testing::read(
            "岚山高新区举行签约仪式。岚山高新区签约项目5个。\
             据介绍,江岭先进制造业合作产业园由两地合作共建,重点聚焦海洋装备产业、数字文创产业等两大产业方向。",
        );
        let has = |z: &str, i: &str| crate::extract::testing::has(&r, z, "focusesOn", i);
        assert!(has("江岭先进制造业合作产业园", "海洋装备产业"));
        assert!(!has("岚山高新区", "海洋装备产业"));
    }

    /// A title given to zones (高质量发展示范园区), a kind (小微园区) and a
    /// goal's rank (X地区先进制造业重要基地) are no zones; in an article about
    /// two zones, each develops what its own clause says.
    #[test]
    fn titles_and_kinds_are_no_zones_and_two_zones_focus_apart() {
        let r = crate::extract::testing::read(
            "岚溪工业园区、溪山高新技术产业开发区被认定为自治区高质量发展示范园区。\
             镇里投资2.4亿元建设小微园区。努力建设岚溪地区先进制造业重要基地。\
             溪山高新技术产业开发区重点发展新材料、纺织两大主导产业。",
        );
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        assert_eq!(zones, vec!["岚溪工业园区", "溪山高新技术产业开发区"]);
        assert!(crate::extract::testing::has(
            &r,
            "溪山高新技术产业开发区",
            "focusesOn",
            "纺织"
        ));
    }

    /// A zone's parts named by direction alone (一园三区: 北区, 东区) are
    /// zones of their own, parts of the article's zone, each developing what
    /// its clause says.
    #[test]
    fn parts_named_by_direction_focus_on_their_own_trades() {
        let r = crate::extract::testing::read(
            "岚江工业园区已形成“一园三区”发展格局。\
             其中,北区以建设科创走廊为引领,聚焦发展激光雷达、工业软件两大新赛道产业。\
             东区重点发展光学镜头、智能座舱两大主导产业。",
        );
        let has = |s: &str, p: &str, o: &str| crate::extract::testing::has(&r, s, p, o);
        assert!(has("北区", "partOfZone", "岚江工业园区"));
        assert!(has("东区", "partOfZone", "岚江工业园区"));
        assert!(has("北区", "focusesOn", "工业软件"));
        assert!(has("东区", "focusesOn", "智能座舱"));
        assert!(!has("岚江工业园区", "focusesOn", "智能座舱"));
        assert!(!has("北区", "focusesOn", "智能座舱"));
    }

    /// 经开区 opening a clause before the places a sentence names is the
    /// article's zone speaking; a park named after its zone (岚州新区|精细
    /// 化工园区) gathers the trades of its firms.
    #[test]
    fn a_zone_word_subject_and_a_gathering_park_focus() {
        let r = crate::extract::testing::read(
            "岚峰经开区召开推进会。\
             今年,经开区将抢抓京津冀协同发展机遇,全面培强“氢能装备、数字文旅”两大主导产业。",
        );
        assert!(has(&r, "岚峰经开区", "focusesOn", "氢能装备"));
        let r = crate::extract::testing::read(
            "目前,岚州新区精细化工园区聚集了一大批电子化学品、高端涂料等领域的新型企业。",
        );
        // (The park's entity keeps the name read first; the store's label
        // is its fullest, 岚州新区精细化工园区.)
        assert!(has(&r, "精细化工园区", "focusesOn", "电子化学品"));
        assert!(!has(&r, "岚州新区", "focusesOn", "电子化学品"));
    }

    /// 核心|区域 ends no zone's name (the suffix's char opens a longer
    /// word), and a verb of a plan opens none (着力|突破|化工园区); but
    /// 化工|园内 is the park and where.
    #[test]
    fn a_word_or_a_plan_s_verb_is_no_zone() {
        let r = read(
            "地处岚海湾区核心区域的岭川经济技术开发区,着力突破化工园区建设瓶颈。\
             项目计划于岭川高新区宁铺化工园内建设。",
        );
        let zones = labels(&r, Class::Zone);
        assert!(!zones.iter().any(|z| z.contains("核心区")), "{zones:?}");
        assert!(!zones.iter().any(|z| z.contains("突破")), "{zones:?}");
        assert!(zones.iter().any(|z| z.ends_with("宁铺化工园")), "{zones:?}");
    }

    /// In an article naming two zones, 该区 is the zone whose name ends in
    /// 区 named last: its 主导产业 are its focus; a district named after
    /// it (汀岭区…该区) is no zone.
    #[test]
    fn gaiqu_speaks_of_the_zone_named_last() {
        let r = read(
            "青禾公司与汀溪经济开发区签订协议,投资5亿元建设岚溪文化产业园项目。\
             该区签约项目建成后,将为发展壮大民族医药、电子信息等主导产业增添后劲。",
        );
        assert!(has(&r, "汀溪经济开发区", "focusesOn", "民族医药"));
        let r = read(
            "青禾公司在岚溪文化产业园建设项目。汀岭区举行开工活动。\
             该区大力发展民族医药、电子信息等主导产业。",
        );
        assert!(!has(&r, "岚溪文化产业园", "focusesOn", "民族医药"));
    }

    /// A town before a zone's own name is a place, not part of the name
    /// (汀溪镇|岚溪工业园); the town's park keeps it (汀溪镇工业园), and so
    /// does the town's park of a trade (岭北汶镇化工产业园).
    #[test]
    fn a_town_before_a_zones_name_is_a_place() {
        let r = read(
            "项目位于汀溪镇岚溪工业园,总用地面积约3.1万平方米。禾岭镇工业园今年新增企业5家。\
             岭北汶镇化工产业园通过省级园区认定。",
        );
        let zones = labels(&r, Class::Zone);
        assert!(zones.contains(&"岚溪工业园".to_string()), "{zones:?}");
        assert!(zones.contains(&"禾岭镇工业园".to_string()), "{zones:?}");
        assert!(
            zones.contains(&"岭北汶镇化工产业园".to_string()),
            "{zones:?}"
        );
        assert!(has(&r, "岚溪工业园", "locatedIn", "汀溪镇"));
    }

    /// A zone two cities plan as one (岚汀一体化经济区) is a zone, whatever
    /// jieba makes of the cities' short names.
    #[test]
    fn an_integrated_economic_zone_is_a_zone() {
        let r = crate::extract::testing::read(
            "3月28日,太岚一体化经济区2022年首批重大项目集中开工活动在岚州、汀州两地同步举行。",
        );
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        assert_eq!(zones, ["太岚一体化经济区"], "{r:?}");
    }

    /// The industries a clause develops are those of the last zone a
    /// copula makes a subject (…，其中核心建设的Z2位于…，重点发展…).
    #[test]
    fn a_copula_makes_the_zone_the_clauses_subject() {
        let r = crate::extract::testing::read(
            "岚溪港经济开发区是省级经济开发区,岚溪港经济区总体规划面积220平方公里,\
             其中核心建设的岚溪临港工业园位于汶峰镇,重点发展能源工业、港口物流等产业。",
        );
        assert!(
            crate::extract::testing::has(&r, "岚溪临港工业园", "focusesOn", "港口物流"),
            "{r:?}"
        );
    }

    /// A province's designation (是广东省示范性产业转移园区) is no zone's
    /// name: the park before it keeps what the sentence says of it.
    #[test]
    fn a_provinces_designation_is_no_zone() {
        let r = crate::extract::testing::read(
            "岚溪临港产业转移工业园是广东省示范性产业转移园区,规划面积10平方公里,重点发展能源工业、港口物流等产业。",
        );
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        assert_eq!(zones, ["岚溪临港产业转移工业园"], "{r:?}");
        assert!(crate::extract::testing::has(
            &r,
            "岚溪临港产业转移工业园",
            "focusesOn",
            "港口物流"
        ));
    }

    /// A base a project builds (…乘用车基地项目) is the project's name, no
    /// zone.
    #[test]
    fn a_base_a_project_builds_is_no_zone() {
        let r = crate::extract::testing::read(
            "包括总投资99.2亿元的岚汽乘用车基地项目、总投资120亿元的汶通整车基地项目。",
        );
        let zones = crate::extract::testing::labels(&r, crate::extract::Class::Zone);
        assert!(zones.is_empty(), "{zones:?}");
    }

    /// A park of a trade ending in 制造 (岚门智能制造产业园) is a zone; only
    /// a base (…制造基地) is a company's plant.
    #[test]
    fn a_manufacturing_park_is_a_zone() {
        let r = crate::extract::testing::read(
            "斗岚智能制造产业园是该项目的重要产业园之一,规划面积20.9平方公里。",
        );
        assert_eq!(
            crate::extract::testing::labels(&r, crate::extract::Class::Zone),
            ["斗岚智能制造产业园"]
        );
    }

    /// Words a zone may be called by count toward its salience only when
    /// they fit its name: 经开区 and 园区 do not stand for a 示范区, so a
    /// district's report naming one in passing has no zone of its own.
    #[test]
    fn only_fitting_anaphors_make_a_zone_salient() {
        let r = crate::extract::testing::read(
            "一年来,我们坚定不移打造产业强区。引入爱岚仪、腾岚汽车等综合纳税百万级以上项目119个。\
             重点园区扩能升级,定向筹集1万套人才公寓。\
             溪岭示范区南区一期全面建成亮相,经开区跻身国家级文化和科技融合示范基地。",
        );
        let rel = crate::extract::testing::relations(&r);
        assert!(
            !rel.iter().any(|x| x.0 == "溪岭示范区" && x.2 == "腾岚汽车"),
            "{rel:?}"
        );
    }

    /// An event held or a visit paid (青禾区举行岚江青禾经济开发区揭牌仪式)
    /// opens no part of the zone's name.
    #[test]
    fn an_event_held_opens_no_zone_name() {
        let r = read("10月28日,岚溪市青禾区举行岚江青禾经济开发区揭牌仪式。");
        let zones = labels(&r, crate::extract::Class::Zone);
        assert_eq!(zones, ["岚江青禾经济开发区"]);
    }

    /// A count before a kind of parts (杏岭、溪东、汶南三大产业片区) closes
    /// a list of zones: each item is a zone, the count's words none.
    #[test]
    fn parts_counted_after_a_list_are_zones() {
        let r = read("系统谋划杏岭、溪东、汶南三大产业片区连片开发。");
        let zones = labels(&r, crate::model::Class::Zone);
        assert_eq!(zones, ["杏岭", "汶南", "溪东"], "{zones:?}");
        assert!(labels(&r, crate::model::Class::Industry).is_empty());
    }

    /// A zone the text calls part of another (Z1是临沂市Z2的重要组成部分)
    /// is its part, the city between them no matter; so is a park of a
    /// zone (在Z的P内).
    #[test]
    fn a_part_the_text_states() {
        let r = read("岭溪预制菜产业园是临沂市汶川大健康高新技术产业园的重要组成部分。");
        assert!(has(
            &r,
            "岭溪预制菜产业园",
            "partOfZone",
            "临沂市汶川大健康高新技术产业园"
        ));
        let r = read("岭川自贸港火热。在临沂汶溪高新区的岭川汶溪合作产业园内,厂房拔地而起。");
        assert!(has(
            &r,
            "岭川汶溪合作产业园",
            "partOfZone",
            "临沂汶溪高新区"
        ));
    }
}
