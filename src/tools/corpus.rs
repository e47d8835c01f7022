//! Synthetic corpora for benchmarks: the demo corpus scaled to any size.
//!
//! A benchmark on copies of the same eight articles would measure a graph
//! that stops growing after the first copy (same article IRIs, same
//! entities). So every copy of a demo file gets its own names and figures:
//! city, county and district stems are swapped for other places of the
//! place lexicon (so zone names and `locatedIn` stay readable), company and
//! park stems for random brand names, people for random names, and every
//! figure that is not part of a date is scaled by a random factor. Names are
//! replaced char for char, so the broken lines and stray spaces of the
//! newspaper page stay where they were; brands get one char more (a fresh
//! name for each company of each copy, from 6.2 million three-char names),
//! and the heads of the chains (光伏 in 光伏产业链) are other industries of
//! the lexicon. So zones, places and industries recur across copies, as in
//! real news, each with a share of the copies, and each copy's companies
//! and projects are its own. The output depends on the seed only.
//!
//! Layout: `DIR/NNNN/` folders of 100 units; a unit is one copy of each demo
//! file (a newspaper page with three articles, a web page as text, an HTML
//! page) and two records appended to the folder's `feed.jsonl`.
//!
//! With recurring entities ([`Generator::recurring`], `gen-corpus
//! --recurring`) a unit also introduces a zone and an enterprise under their
//! full names in one more feed record (元谋瑞恒现代农业产业示范区, also called
//! 元谋示范区 there; 云南博达食品集团股份有限公司), and the next unit's brief
//! (`NNNNNN-brief.txt`) names them only by their short forms (元谋示范区,
//! 博达食品). Only a pass over all articles can tell that these are the
//! same things: the test of a sharded build against a single one. The
//! other texts are the same as without the option.

use crate::error::{Error, Result};
use crate::lexicon::{Lexicon, PlaceKind};
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

const PAGE: &str = include_str!("../../data/demo/page_2025_03.txt");
const WEB: &str = include_str!("../../data/demo/web_article.txt");
const HTML: &str = include_str!("../../data/demo/report.html");
const FEED: &str = include_str!("../../data/demo/feed.jsonl");

/// Units per output folder.
const UNITS_PER_DIR: u64 = 100;

/// What a stem of the demo texts is, and so what replaces it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Stem {
    City,
    County,
    District,
    Brand,
    Person,
    /// An industry head, replaced only where 产业 or 行业 follows it (光伏
    /// in 光伏产业链, not in 光伏组件).
    Industry,
}

/// The proper-name stems of the demo corpus. Provinces, universities and
/// 合肥 (a dateline) stay: real news reuses a few of those all the time.
const STEMS: &[(&str, Stem)] = &[
    ("宣城", Stem::City),
    ("榆林", Stem::City),
    ("楚雄", Stem::City),
    ("洛阳", Stem::City),
    ("株洲", Stem::City),
    ("包头", Stem::City),
    ("神木", Stem::County),
    ("元谋", Stem::County),
    ("龙南", Stem::County),
    ("宣州", Stem::District),
    ("天元", Stem::District),
    ("青山", Stem::District),
    ("西沟", Stem::Brand),
    ("元马", Stem::Brand),
    ("栗雨", Stem::Brand),
    ("锐驰", Stem::Brand),
    ("擎宇", Stem::Brand),
    ("恒晟", Stem::Brand),
    ("卓能", Stem::Brand),
    ("秦煤", Stem::Brand),
    ("榆丰", Stem::Brand),
    ("华拓", Stem::Brand),
    ("金沙", Stem::Brand),
    ("果然鲜", Stem::Brand),
    ("中岳", Stem::Brand),
    ("恒锻", Stem::Brand),
    ("精控", Stem::Brand),
    ("湘芯", Stem::Brand),
    ("湘轨", Stem::Brand),
    ("中驰", Stem::Brand),
    ("华电", Stem::Brand),
    ("晶澜", Stem::Brand),
    ("拓日", Stem::Brand),
    ("锐晶", Stem::Brand),
    ("赣稀", Stem::Brand),
    ("磁驱", Stem::Brand),
    ("胡晓东", Stem::Person),
    ("刘建平", Stem::Person),
    ("杨丽萍", Stem::Person),
    ("方立群", Stem::Person),
    ("周世宏", Stem::Person),
    ("张敏", Stem::Person),
    ("谭亮", Stem::Person),
    ("王璐", Stem::Person),
    ("罗文", Stem::Person),
    ("轨道交通装备", Stem::Industry),
    ("高端装备制造", Stem::Industry),
    ("新能源汽车", Stem::Industry),
    ("稀土新材料", Stem::Industry),
    ("稀土永磁", Stem::Industry),
    ("高端轴承", Stem::Industry),
    ("智能装备", Stem::Industry),
    ("冬早蔬菜", Stem::Industry),
    ("热区水果", Stem::Industry),
    ("煤化工", Stem::Industry),
    ("光伏", Stem::Industry),
];

/// Chars of brand names: common in company names, none a zone, place or
/// company suffix, numeral (兆, 亿) or word of news copy on its own (no 新,
/// 高, 开, 区, 中).
const BRAND_CHARS: &str = "瑞恒鑫泰宏嘉隆盛博晟达远腾凯辰昊峰宇晶源锦汇通联创信德润丰康星启航科卓越精锐驰拓擎骏融益佳诚顺睿智恺翔岳澜磐祥弘曜璟煜聚凌赛捷霆旭昇铭\
邦宝昌晨崇丹鼎飞福富冠瀚豪浩鸿虹辉惠吉坚俊君坤朗良亮麟茂宁鹏奇琪谦乾勤荣仁尚圣胜仕舒硕斯威伟沃禧雄轩亚扬耀艺毅裕悦允泽哲振紫宗\
骐骋灏钧锋铖炜烨琦瑾璞珑玮彤涵沣淳湛澄溢颖毓馨晖暄昱晔昭桓楷栋森樾柏榕桐岚嵘峻崧巍懋怡慧诺谊铂钰锴镕臻迈逸遥";
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";
const GIVEN: &str =
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂建华文东晓立世宏亮璐萍群峰斌鹏辉玲欣";

/// The name pools as chars, made once.
static BRAND: LazyLock<Vec<char>> = LazyLock::new(|| BRAND_CHARS.chars().collect());
static SURNAME: LazyLock<Vec<char>> = LazyLock::new(|| SURNAMES.chars().collect());
static GIVEN_NAME: LazyLock<Vec<char>> = LazyLock::new(|| GIVEN.chars().collect());

/// A stem as it may appear in a page pulled from a PDF: with spaces or line
/// breaks between its chars.
static STEM_RE: LazyLock<Regex> = LazyLock::new(|| {
    let mut stems: Vec<&str> = STEMS.iter().map(|(s, _)| *s).collect();
    stems.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    let alts: Vec<String> = stems
        .iter()
        .map(|s| {
            s.chars()
                .map(|c| regex::escape(&c.to_string()))
                .collect::<Vec<_>>()
                .join(r"\s*")
        })
        .collect();
    Regex::new(&alts.join("|")).expect("static regex")
});
static NUMBER_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\d+(?:\.\d+)?").expect("static regex"));
static URL_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#""url": "[^"]*""#).expect("static regex"));

/// SplitMix64: small, fast, and the same numbers on every platform.
#[derive(Clone, Debug)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// One copy of each demo file, with its own names and figures.
#[derive(Clone, Debug)]
pub struct Unit {
    pub index: u64,
    /// The newspaper page (three articles), as pulled from a PDF.
    pub page: String,
    /// One article saved from a news site as text.
    pub web: String,
    /// One article as an HTML page.
    pub html: String,
    /// Two JSONL records (without line ends), three with recurring
    /// entities.
    pub jsonl: Vec<String>,
    /// With recurring entities, from the second unit on: a short article
    /// naming the previous unit's zone and enterprise by their short names.
    pub brief: Option<String>,
}

impl Unit {
    /// Articles in a unit without recurring entities: 3 on the page,
    /// 1 + 1 pages, 2 records.
    pub const ARTICLES: usize = 7;

    /// Articles in this unit.
    pub fn articles(&self) -> usize {
        3 + 2 + self.jsonl.len() + usize::from(self.brief.is_some())
    }

    pub fn bytes(&self) -> u64 {
        (self.page.len()
            + self.web.len()
            + self.html.len()
            + self.jsonl.iter().map(|l| l.len() + 1).sum::<usize>()
            + self.brief.as_ref().map_or(0, String::len)) as u64
    }
}

/// A zone and an enterprise introduced by one unit under their full names,
/// and named by their short names in the next unit's brief.
#[derive(Clone, Debug)]
struct Recurring {
    /// 元谋: a county the lexicon knows under this short name.
    county: String,
    /// 瑞恒: the zone's own name between county and suffix.
    zone_brand: String,
    /// 云南
    province: &'static str,
    /// 博达
    brand: String,
    /// 食品: the full name is 云南博达食品集团股份有限公司, declared short
    /// as 博食集团 (as 太原重工 is 太重), a name no rule derives from the
    /// full one.
    business: &'static str,
    /// (industry, product): 番茄, 番茄酱
    chain: (&'static str, &'static str),
    /// 万吨 a year
    capacity: u32,
}

impl Recurring {
    fn zone_full(&self) -> String {
        format!("{}{}现代农业产业示范区", self.county, self.zone_brand)
    }

    fn zone_short(&self) -> String {
        format!("{}示范区", self.county)
    }

    fn enterprise_full(&self) -> String {
        format!(
            "{}{}{}集团股份有限公司",
            self.province, self.brand, self.business
        )
    }

    fn enterprise_short(&self) -> String {
        let first = |s: &str| s.chars().next().unwrap_or('新');
        format!("{}{}集团", first(&self.brand), first(self.business))
    }

    fn project(&self) -> String {
        format!(
            "{}年产{}万吨{}加工项目",
            self.enterprise_short(),
            self.capacity,
            self.chain.1
        )
    }
}

const PROVINCES: &[&str] = &[
    "云南", "四川", "贵州", "湖南", "江西", "广西", "甘肃", "河南",
];
const BUSINESSES: &[&str] = &["食品", "农业"];
/// Agricultural chains and a product of each.
const CHAINS: &[(&str, &str)] = &[
    ("番茄", "番茄酱"),
    ("茶叶", "精制茶"),
    ("食用菌", "香菇酱"),
    ("肉牛", "牛肉干"),
];

/// Produces units from a seed; the n-th unit is the same on every run.
pub struct Generator {
    rng: Rng,
    seed: u64,
    next: u64,
    pools: HashMap<Stem, Vec<Vec<char>>>,
    /// Every brand name given so far: a company of one unit never comes
    /// back as another unit's company, in another zone with other figures.
    brands: HashSet<String>,
    /// Recurring entities, when asked for.
    recurring: Option<RecurringState>,
}

/// The generator's state for recurring entities: random numbers of their
/// own (so the other texts do not change), what the last unit introduced,
/// and the short names used so far (a short name two things share would
/// merge nothing).
struct RecurringState {
    rng: Rng,
    previous: Option<Recurring>,
    used: HashSet<String>,
}

impl Generator {
    /// A generator drawing place names from `lex` (the built-in lexicon
    /// unless the user gave another).
    pub fn new(seed: u64, lex: &Lexicon) -> Self {
        let mut pools: HashMap<Stem, Vec<Vec<char>>> = HashMap::new();
        // Two-char aliases (宣城 for 宣城市) of each kind, sorted so the
        // pool, and so the output, does not depend on hash order.
        let stems: HashSet<&str> = STEMS.iter().map(|(s, _)| *s).collect();
        let mut places: Vec<(&String, PlaceKind)> = lex
            .places
            .iter()
            .filter(|(name, p)| {
                name.chars().count() == 2
                    && **name != p.canonical
                    && p.canonical.starts_with(name.as_str())
                    && !stems.contains(name.as_str())
            })
            .map(|(name, p)| (name, p.kind))
            .collect();
        places.sort();
        for (name, kind) in places {
            let stem = match kind {
                PlaceKind::City => Stem::City,
                PlaceKind::County => Stem::County,
                PlaceKind::District => Stem::District,
                _ => continue,
            };
            pools.entry(stem).or_default().push(name.chars().collect());
        }
        // Industries of the lexicon (sorted, for the same reason), so each
        // copy's chains are others: seven chains named by every copy would
        // each gain a leader with every copy, which no real corpus does.
        let mut industries: Vec<&String> = lex
            .industries
            .iter()
            .filter(|i| (2..=6).contains(&i.chars().count()))
            .collect();
        industries.sort();
        pools.insert(
            Stem::Industry,
            industries.iter().map(|i| i.chars().collect()).collect(),
        );
        // Never an empty pool: a custom lexicon may lack a kind.
        for stem in [Stem::City, Stem::County, Stem::District, Stem::Industry] {
            let pool = pools.entry(stem).or_default();
            if pool.is_empty() {
                pool.extend(
                    STEMS
                        .iter()
                        .filter(|(_, k)| *k == stem)
                        .map(|(s, _)| s.chars().collect()),
                );
            }
        }
        Generator {
            rng: Rng(seed),
            seed,
            next: 0,
            pools,
            brands: HashSet::new(),
            recurring: None,
        }
    }

    /// A generator whose units also carry recurring entities (see the
    /// module docs); the demo copies are those of [`Generator::new`].
    pub fn recurring(seed: u64, lex: &Lexicon) -> Self {
        let mut g = Generator::new(seed, lex);
        g.recurring = Some(RecurringState {
            rng: Rng(seed ^ 0x5EED_A11A_5E5A_11A5),
            previous: None,
            used: HashSet::new(),
        });
        g
    }

    /// The next zone and enterprise to introduce, with short names not
    /// used before (as far as a few draws find them).
    fn draw_recurring(
        &mut self,
        rng: &mut Rng,
        used: &mut HashSet<String>,
        lex: &Lexicon,
    ) -> Recurring {
        // Brands as for the demo copies, from the generator's own draws
        // swapped for these: the main stream stays untouched.
        let saved = std::mem::replace(&mut self.rng, rng.clone());
        let mut r = self.draw_one(lex);
        for _ in 0..15 {
            if !used.contains(&r.zone_short()) && !used.contains(&r.enterprise_short()) {
                break;
            }
            r = self.draw_one(lex);
        }
        *rng = std::mem::replace(&mut self.rng, saved);
        used.insert(r.zone_short());
        used.insert(r.enterprise_short());
        r
    }

    fn draw_one(&mut self, lex: &Lexicon) -> Recurring {
        // Counties the lexicon knows under a two-char short name, so that
        // 元谋示范区 reads as the zone of 元谋.
        let county: String = self.rng.pick(&self.pools[&Stem::County]).iter().collect();
        let zone_brand = self.name_for("瑞恒", Stem::Brand, lex, &HashSet::new());
        let taken: HashSet<String> = [zone_brand.clone()].into_iter().collect();
        let brand = self.name_for("博达", Stem::Brand, lex, &taken);
        Recurring {
            county,
            zone_brand,
            province: PROVINCES[self.rng.below(PROVINCES.len())],
            brand,
            business: BUSINESSES[self.rng.below(BUSINESSES.len())],
            chain: *self.rng.pick(CHAINS),
            capacity: 2 + self.rng.below(18) as u32,
        }
    }

    /// The feed record introducing `r` under full names.
    fn intro_record(&self, r: &Recurring, rng: &mut Rng, index: u64) -> String {
        let (month, day) = (1 + rng.below(12), 1 + rng.below(28));
        let text = format!(
            "本报讯 {month}月{day}日，{zone}与{ent}（以下简称{ent_short}）签订投资协议。\
             {project}落户{short}，总投资{inv:.1}亿元，占地{area}亩，计划{year}年{open}月投产。\
             近年来，{short}做强{industry}产业链，{ent_short}是这条产业链的链主企业。",
            zone = r.zone_full(),
            ent = r.enterprise_full(),
            ent_short = r.enterprise_short(),
            project = r.project(),
            short = r.zone_short(),
            inv = 1.0 + rng.unit() * 20.0,
            area = 50 + rng.below(400),
            year = 2026 + rng.below(2),
            open = 1 + rng.below(12),
            industry = r.chain.0,
        );
        serde_json::json!({
            "title": format!("{}签约{}加工项目", r.zone_full(), r.chain.1),
            "date": format!("2025-{month:02}-{day:02}"),
            "url": format!("https://news.example.cn/gen/{}/{index}-intro.html", self.seed),
            "source": format!("{}日报", r.province),
            "text": text,
        })
        .to_string()
    }

    /// A brief naming `r` by its short names only.
    fn brief(&self, r: &Recurring, rng: &mut Rng) -> String {
        let reporter: String = [*rng.pick(&SURNAME), *rng.pick(&GIVEN_NAME)]
            .into_iter()
            .collect();
        format!(
            "{short}{product}加工项目开工\n\n本报讯 {month}月{day}日，{project}在{short}开工。\
             作为{industry}产业链链主，{ent}已带动{n}家配套企业落户{short}。（记者 {reporter}）\n",
            short = r.zone_short(),
            product = r.chain.1,
            month = 1 + rng.below(12),
            day = 1 + rng.below(28),
            project = r.project(),
            industry = r.chain.0,
            ent = r.enterprise_short(),
            n = 3 + rng.below(30),
        )
    }

    /// A new name for a stem, avoiding `used`: of the same length, except
    /// brands, one char longer and never given before. Two-char brands of
    /// the pool's 184 chars would run out (33,856 names for some 340,000
    /// brands in 200 MB), and each name would then recur as one company
    /// hosted by dozens of random zones: a graph that collapses duplicates
    /// instead of growing like a real one.
    fn name_for(
        &mut self,
        stem: &str,
        kind: Stem,
        lex: &Lexicon,
        used: &HashSet<String>,
    ) -> String {
        let len = stem.chars().count() + usize::from(kind == Stem::Brand);
        let mut candidate = stem.to_string();
        // Bounded retries: on a collision the last draw is kept (for a
        // brand, about one in 200 after 340,000 names: 16 misses in a row
        // practically never happen).
        for _ in 0..16 {
            candidate = match kind {
                Stem::City | Stem::County | Stem::District | Stem::Industry => {
                    let pool = &self.pools[&kind];
                    self.rng.pick(pool).iter().collect()
                }
                Stem::Brand => (0..len).map(|_| *self.rng.pick(&BRAND)).collect(),
                Stem::Person => std::iter::once(*self.rng.pick(&SURNAME))
                    .chain((1..len).map(|_| *self.rng.pick(&GIVEN_NAME)))
                    .collect(),
            };
            let clash = used.contains(&candidate)
                || (kind == Stem::Brand
                    && (self.brands.contains(&candidate)
                        || lex.places.contains_key(&candidate)
                        || lex.products.contains_key(&candidate)
                        || lex.industries.contains(&candidate)));
            if !clash {
                break;
            }
        }
        if kind == Stem::Brand {
            self.brands.insert(candidate.clone());
        }
        candidate
    }

    /// The text of one template with fresh names and figures.
    fn vary(&mut self, template: &str, lex: &Lexicon) -> String {
        let mut names: HashMap<String, String> = HashMap::new();
        let mut used: HashSet<String> = HashSet::new();
        let kinds: HashMap<&str, Stem> = STEMS.iter().copied().collect();
        let mut out = String::with_capacity(template.len() + 64);
        let mut last = 0;
        for m in STEM_RE.find_iter(template) {
            out.push_str(&template[last..m.start()]);
            let key: String = m.as_str().chars().filter(|c| !c.is_whitespace()).collect();
            let kind = kinds.get(key.as_str()).copied().unwrap_or(Stem::Brand);
            if kind == Stem::Industry {
                let next: String = template[m.end()..]
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .take(2)
                    .collect();
                if next != "产业" && next != "行业" {
                    out.push_str(m.as_str());
                    last = m.end();
                    continue;
                }
            }
            let new = match names.get(&key) {
                Some(n) => n.clone(),
                None => {
                    let n = self.name_for(&key, kind, lex, &used);
                    used.insert(n.clone());
                    names.insert(key.clone(), n.clone());
                    n
                }
            };
            // Char for char, keeping the whitespace between them; the chars
            // of a longer name follow its last one, a shorter name ends
            // early.
            let mut fresh = new.chars();
            for c in m.as_str().chars() {
                if c.is_whitespace() {
                    out.push(c);
                } else if let Some(f) = fresh.next() {
                    out.push(f);
                }
            }
            out.extend(fresh);
            last = m.end();
        }
        out.push_str(&template[last..]);
        self.vary_numbers(&out)
    }

    /// Scales every figure by a factor in [0.5, 2), keeping its decimals;
    /// dates, times, years and codes (A3, utf-8) stay as they are.
    fn vary_numbers(&mut self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 32);
        let mut last = 0;
        for m in NUMBER_RE.find_iter(text) {
            out.push_str(&text[last..m.start()]);
            last = m.end();
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().find(|c| !c.is_whitespace());
            let next = text[m.end()..].chars().next();
            let s = m.as_str();
            let is_year = s.len() == 4 && (s.starts_with("19") || s.starts_with("20"));
            let keep = is_year
                || before.is_some_and(|c| c.is_ascii_alphanumeric() || "-:/._".contains(c))
                || next.is_some_and(|c| c.is_ascii_alphabetic() || "-:/".contains(c))
                || after.is_some_and(|c| "年月日号时点".contains(c));
            if keep {
                out.push_str(s);
                continue;
            }
            let decimals = s.split_once('.').map_or(0, |(_, d)| d.len());
            let Ok(value) = s.parse::<f64>() else {
                out.push_str(s);
                continue;
            };
            let factor = 0.5 * 4f64.powf(self.rng.unit());
            let mut v = value * factor;
            if after.is_some_and(|c| c == '%' || c == '％') && value < 100.0 {
                v = v.min(99.0);
            }
            let min = if decimals == 0 { 1.0 } else { 0.1 };
            out.push_str(&format!("{:.*}", decimals, v.max(min)));
        }
        out.push_str(&text[last..]);
        out
    }

    /// The next unit.
    pub fn unit(&mut self, lex: &Lexicon) -> Unit {
        let index = self.next;
        self.next += 1;
        let page = self.vary(PAGE, lex);
        let web = self.vary(WEB, lex);
        let html = self.vary(HTML, lex);
        let jsonl = FEED
            .lines()
            .filter(|l| !l.trim().is_empty())
            .enumerate()
            .map(|(i, line)| {
                // A URL of its own: the demo URL names the demo's places.
                let url = format!(
                    "\"url\": \"https://news.example.cn/gen/{}/{index}-{i}.html\"",
                    self.seed
                );
                let line = URL_RE.replace(line, url.as_str()).into_owned();
                self.vary(&line, lex)
            })
            .collect();
        let mut unit = Unit {
            index,
            page,
            web,
            html,
            jsonl,
            brief: None,
        };
        if let Some(mut state) = self.recurring.take() {
            let r = self.draw_recurring(&mut state.rng, &mut state.used, lex);
            unit.jsonl
                .push(self.intro_record(&r, &mut state.rng, index));
            unit.brief = state.previous.map(|p| self.brief(&p, &mut state.rng));
            state.previous = Some(r);
            self.recurring = Some(state);
        }
        unit
    }
}

/// What [`generate`] should write.
#[derive(Clone, Debug)]
pub struct GenOptions {
    /// Output folder: must not exist, or be empty.
    pub out: PathBuf,
    /// Stop once this many bytes are written.
    pub bytes: u64,
    pub seed: u64,
}

/// What [`generate`] wrote.
#[derive(Clone, Debug, Default)]
pub struct GenReport {
    pub files: usize,
    pub articles: usize,
    pub bytes: u64,
}

/// Writes a corpus of at least `opts.bytes` bytes (whole units).
pub fn generate(opts: &GenOptions, lex: &Lexicon) -> Result<GenReport> {
    write_units(opts, Generator::new(opts.seed, lex), lex)
}

/// As [`generate`], with entities recurring across files under their full
/// and short names (see the module docs).
pub fn generate_recurring(opts: &GenOptions, lex: &Lexicon) -> Result<GenReport> {
    write_units(opts, Generator::recurring(opts.seed, lex), lex)
}

fn write_units(opts: &GenOptions, mut generator: Generator, lex: &Lexicon) -> Result<GenReport> {
    let out = &opts.out;
    if out.exists() {
        let mut entries = std::fs::read_dir(out).map_err(|e| Error::io("listing", out, e))?;
        if entries.next().is_some() {
            return Err(Error::Usage(format!(
                "{}: not empty; give a new folder for the corpus",
                out.display()
            )));
        }
    }
    let mut report = GenReport::default();
    let mut feed = String::new();
    let mut dir = PathBuf::new();
    let write = |path: &Path, text: &str, report: &mut GenReport| -> Result<()> {
        std::fs::write(path, text).map_err(|e| Error::io("writing", path, e))?;
        report.files += 1;
        report.bytes += text.len() as u64;
        Ok(())
    };
    while report.bytes < opts.bytes {
        let unit = generator.unit(lex);
        if unit.index.is_multiple_of(UNITS_PER_DIR) {
            write_feed(&dir, &mut feed, &mut report)?;
            dir = out.join(format!("{:04}", unit.index / UNITS_PER_DIR));
            std::fs::create_dir_all(&dir).map_err(|e| Error::io("creating", &dir, e))?;
        }
        let stem = format!("{:06}", unit.index);
        write(
            &dir.join(format!("{stem}-page.txt")),
            &unit.page,
            &mut report,
        )?;
        write(&dir.join(format!("{stem}-web.txt")), &unit.web, &mut report)?;
        write(
            &dir.join(format!("{stem}-report.html")),
            &unit.html,
            &mut report,
        )?;
        if let Some(brief) = &unit.brief {
            write(&dir.join(format!("{stem}-brief.txt")), brief, &mut report)?;
        }
        for line in &unit.jsonl {
            feed.push_str(line);
            feed.push('\n');
        }
        // Counted now so the loop sees the feed's bytes before it is written.
        report.bytes += unit.jsonl.iter().map(|l| l.len() as u64 + 1).sum::<u64>();
        report.articles += unit.articles();
    }
    write_feed(&dir, &mut feed, &mut report)?;
    Ok(report)
}

/// Writes a folder's JSONL records (their bytes are already counted).
fn write_feed(dir: &Path, feed: &mut String, report: &mut GenReport) -> Result<()> {
    if feed.is_empty() {
        return Ok(());
    }
    let path = dir.join("feed.jsonl");
    std::fs::write(&path, feed.as_bytes()).map_err(|e| Error::io("writing", &path, e))?;
    report.files += 1;
    feed.clear();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicon {
        Lexicon::builtin().unwrap()
    }

    #[test]
    fn same_seed_same_text_other_seed_other_text() {
        let lex = lex();
        let a = Generator::new(7, &lex).unit(&lex);
        let b = Generator::new(7, &lex).unit(&lex);
        let c = Generator::new(8, &lex).unit(&lex);
        assert_eq!(a.page, b.page);
        assert_eq!(a.jsonl, b.jsonl);
        assert_ne!(a.page, c.page);
    }

    #[test]
    fn names_change_and_dates_stay() {
        let lex = lex();
        let mut g = Generator::new(1, &lex);
        let u = g.unit(&lex);
        assert!(!u.web.contains("中岳重工"));
        assert!(u.web.contains("2026-02-18 09:30:12"));
        assert!(u.html.contains("2025-11-26"));
        // Broken lines stay broken where the demo page breaks them.
        assert_eq!(u.page.matches("\n\n").count(), PAGE.matches("\n\n").count());
        for line in &u.jsonl {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            assert!(v["text"].as_str().unwrap().len() > 100);
        }
        let u2 = g.unit(&lex);
        assert_ne!(u.page, u2.page);
    }

    #[test]
    fn recurring_entities_come_back_under_their_short_names() {
        let lex = lex();
        let mut plain = Generator::new(4, &lex);
        let mut g = Generator::recurring(4, &lex);
        let (p0, u0) = (plain.unit(&lex), g.unit(&lex));
        let (p1, u1) = (plain.unit(&lex), g.unit(&lex));
        // The demo copies are those of the plain generator.
        assert_eq!((&p0.page, &p1.html), (&u0.page, &u1.html));
        assert_eq!(&u0.jsonl[..2], &p0.jsonl[..]);
        assert_eq!((u0.jsonl.len(), u0.articles()), (3, 8));
        assert!(u0.brief.is_none());
        assert_eq!(u1.articles(), 9);
        let intro: serde_json::Value = serde_json::from_str(&u0.jsonl[2]).unwrap();
        let text = intro["text"].as_str().unwrap();
        let brief = u1.brief.as_deref().unwrap();
        // Full names in the intro, short names only in the next brief.
        let full_zone = Regex::new(r"\p{Han}+现代农业产业示范区").unwrap();
        let zone = full_zone.find(text).unwrap().as_str();
        let full_ent = Regex::new(r"与(\p{Han}+集团股份有限公司)").unwrap();
        let ent = &full_ent.captures(text).unwrap()[1];
        let county: String = zone.chars().take(2).collect();
        let short_zone = format!("{county}示范区");
        assert!(text.contains(&short_zone), "{text}");
        assert!(brief.contains(&short_zone), "{brief}");
        assert!(!brief.contains(zone) && !brief.contains(ent), "{brief}");
        // 云南博达食品集团股份有限公司（以下简称博食集团）
        let declared = Regex::new(r"（以下简称(\p{Han}+集团)）").unwrap();
        let short_ent = &declared.captures(text).unwrap()[1];
        let c: Vec<char> = ent.chars().collect();
        // Province (2 chars), brand, business (2), 集团股份有限公司 (8).
        assert_eq!(short_ent, format!("{}{}集团", c[2], c[c.len() - 10]));
        assert!(brief.contains(short_ent), "{short_ent} in {brief}");
        assert!(lex.places.contains_key(&county), "{county}");
        // Same seed, same corpus.
        let mut again = Generator::recurring(4, &lex);
        again.unit(&lex);
        assert_eq!(again.unit(&lex).brief, u1.brief);
    }

    #[test]
    fn brands_never_come_back_and_chains_vary() {
        let lex = lex();
        let mut g = Generator::new(5, &lex);
        g.unit(&lex);
        let per_unit = g.brands.len();
        assert!(per_unit >= 20, "{per_unit}");
        let chain = Regex::new(r"做强(\p{Han}+)产业链").unwrap();
        let mut chains = HashSet::new();
        for _ in 1..40 {
            let u = g.unit(&lex);
            let web: String = u.web.chars().filter(|c| !c.is_whitespace()).collect();
            chains.insert(chain.captures(&web).unwrap()[1].to_string());
            // An industry head is replaced only before 产业 or 行业.
            assert!(u.jsonl.iter().any(|l| l.contains("光伏组件")));
        }
        // Every unit's companies are new: no brand was drawn twice.
        assert_eq!(g.brands.len(), 40 * per_unit);
        assert!(g.brands.iter().all(|b| b.chars().count() >= 3));
        assert!(chains.len() >= 30, "{chains:?}");
        assert!(
            chains.iter().all(|c| lex.industries.contains(c)),
            "{chains:?}"
        );
    }

    #[test]
    fn numbers_scale_but_dates_and_codes_do_not() {
        let lex = lex();
        let mut g = Generator::new(3, &lex);
        let t = g.vary_numbers("A3 园区 2025 年 10 月，总投资 12.6 亿元，完成 60%，utf-8");
        assert!(t.starts_with("A3 园区 2025 年 10 月，总投资 "));
        assert!(t.ends_with("%，utf-8"));
        assert!(!t.contains("12.6 亿元"), "{t}");
    }
}
