//! Splitting input documents into articles.
//!
//! Two layouts reach us. A newspaper page holds several articles, each opened
//! by a dateline (`科学导报讯`, `本报讯`, `新华社…电`) and closed by the author's
//! name after a space; its headline may be printed after the body, and page
//! headers and photo captions sit in the flow. A page saved from a news site
//! is one article: headline first, then metadata lines (date, 来源, 作者,
//! 核心提示), then the body. Metadata becomes article fields, never body text.

use super::normalize::{
    join_lines, line_str, mapped_chars_from, split_lines, trim_line, MappedChar, MappedText,
};
use crate::model::Meta;
use regex::Regex;
use std::sync::LazyLock;

/// One article: its metadata and its normalized body.
#[derive(Clone, Debug, Default)]
pub struct ArticleText {
    pub meta: Meta,
    /// Normalized body, mapped to char offsets of the document text.
    pub body: MappedText,
    /// Char span `[start, end)` of the document lines the article was read
    /// from, its headline's included: where the headline is looked for
    /// (searching the whole document would cost its length per article).
    pub region: (u32, u32),
}

/// How a document splits into articles.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    /// Decided from the text: a newspaper page when it holds datelines,
    /// else one article.
    #[default]
    Auto,
    /// Part of a newspaper page too large to read at once, cut where one
    /// article ends ([`page_cuts`]): what the whole page decided, and whether
    /// its headlines stand before their bodies.
    Page { headline_first: bool },
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // (经济日报贵阳讯: the city the story was filed from between the
        // outlet and 讯.)
        r"^(?:(?P<pub>[\p{Han}A-Za-z]{1,12}?(?:报|网|台|社|新闻|客户端|频道))(?:\p{Han}{2,3}?)?(?:\d{1,2}月\d{1,2}日)?(?:讯|消息)",
        r"|本报(?:\p{Han}{2,3}?)?(?:\d{1,2}月\d{1,2}日)?讯",
        // (阳光讯(王磊 记者 张伟): an outlet's short name, known by the
        // byline in brackets after it.)
        r"|(?P<short>\p{Han}{2,4})讯[（(][^）)]{2,30}[）)]",
        r"|(?P<agency>新华社|中新社|中新网|人民网|央视网)[\p{Han}\d ]{0,14}?电",
        // (长春7月4日电(李丹): a wire story reposted without its agency,
        // known by the reporter's bracket.)
        r"|\p{Han}{2,4}\d{1,2}月\d{1,2}日电[（(][^）)]{2,30}[）)]",
        r")(?:[（(][^）)]{0,30}[）)])?"
    ))
    .expect("static regex")
});
static REPORTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[（(](?:记者|通讯员)\s*(?P<name>[\p{Han}·]{2,4})").expect("static regex")
});
static ROLE_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    // (…。(完) 【编辑:刘岭禾】: a bracketed role too.)
    Regex::new(r"(?:[【\[]?\p{Han}{0,10}?(?:编辑|责编|设计|记者|作者|摄影|校对)\s*[/:：]\s*[\p{Han}·]{2,4}[】\]]?[、，,\s]*)+$")
        .expect("static regex")
});
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[。！？!?”」）)]\s+(?P<name>[\p{Han}·]{2,4})$").expect("static regex")
});
/// Role words of a byline (湖北日报全媒记者 ends in 记者), longest first.
const ROLES: &[&str] = &[
    "责任编辑",
    "网络编辑",
    "责编",
    "特约通讯员",
    "特约记者",
    "采访人员",
    "通讯员",
    "实习生",
    "记者",
    "编辑",
    "摄影",
    "设计",
    "作者",
];

/// The people a byline names, in order: `记者 王丙全 彭磊 通讯员 周栎`,
/// `张绮琦 特约通讯员 赖小琴`, `记者郭洪申 特约记者胡秀军`, `季娜娜`. `None`
/// unless every word is a role (after an outlet's name), a person's name,
/// or a role glued to a name; with `need_role`, a role must be named too.
pub(crate) fn byline_people(s: &str, need_role: bool) -> Option<Vec<String>> {
    let mut names = Vec::new();
    let mut role = false;
    let mut outlet = false;
    // (Only the line's first word may be the outlet: 2025-11-26 / 株洲日报 /
    // 记者 谭亮 is a line of fields.)
    let mut at_start = true;
    for raw in
        s.split(|c: char| c.is_whitespace() || matches!(c, '、' | '，' | ',' | '/' | ':' | '：'))
    {
        let opens = at_start;
        at_start = at_start && raw.is_empty();
        let word = raw
            .trim_start_matches(|c: char| !crate::text::is_han(c))
            .trim_end_matches(['】', ']']);
        // (温可心/文 骆明/摄: who wrote, who took the photos.)
        if word.is_empty() || matches!(word, "文" | "摄" | "图" | "文图" | "图文") {
            continue;
        }
        let roles = role_spans(word);
        let Some(&(first, _)) = roles.first() else {
            // (红网时刻 通讯员 A 记者 B 衡阳报道: the outlet opening the
            // line, the place the story was filed from closing it.)
            if opens && is_outlet(word) {
                outlet = true;
                continue;
            }
            if role
                && (word.ends_with("报道") || word.ends_with("报导"))
                && word.chars().count() <= 6
            {
                // (梁智锋报道: the last reporter; 衡阳报道, 张家口报道: a
                // place, two chars or one's ending.)
                let name = &word[..word.len() - "报道".len()];
                if name.chars().count() == 3
                    && crate::text::is_person_name(name)
                    && !name.ends_with([
                        '州', '市', '县', '区', '镇', '乡', '村', '庄', '口', '港', '城', '岛',
                    ])
                {
                    names.push(name.to_string());
                }
                continue;
            }
            if !crate::text::is_person_name(word) {
                return None;
            }
            names.push(word.to_string());
            continue;
        };
        role = true;
        // An outlet before the first role is at most a paper's name.
        if word[..first].chars().count() > 10 {
            return None;
        }
        // Each role's name runs to the next role (记者A通讯员B).
        for (k, &(_, end)) in roles.iter().enumerate() {
            let stop = roles.get(k + 1).map_or(word.len(), |r| r.0);
            let name = &word[end..stop];
            if name.is_empty() {
                continue;
            }
            if !crate::text::is_person_name(name) {
                return None;
            }
            names.push(name.to_string());
        }
    }
    (!names.is_empty() && (role || !need_role && !outlet)).then_some(names)
}

/// An outlet's name opening a byline: 红网时刻, 岚州日报, 汶峰新闻.
fn is_outlet(word: &str) -> bool {
    let n = word.chars().count();
    (2..=10).contains(&n)
        && ["网", "报", "台", "新闻", "融媒", "客户端", "时刻"]
            .iter()
            .any(|m| word.contains(m))
}

/// The byte spans of the [`ROLES`] in a byline's word, left to right, the
/// longest at each place (特约通讯员, not 通讯员).
fn role_spans(word: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < word.len() {
        match ROLES.iter().find(|r| word[i..].starts_with(*r)) {
            Some(r) => {
                spans.push((i, i + r.len()));
                i += r.len();
            }
            None => i += word[i..].chars().next().map_or(1, char::len_utf8),
        }
    }
    spans
}

/// A byline in brackets closing a line: `（记者 周晓东）`, `(季娜娜)`: the
/// people, and the char where the bracket opens.
fn bracket_byline(line: &str) -> Option<(Vec<String>, usize)> {
    // (…发展。(林鹏 郑志忠) |: a page's divider after it.)
    let trimmed = line.trim_end().trim_end_matches(['|', '｜']).trim_end();
    let inner = trimmed.strip_suffix(['）', ')'])?;
    let open = inner.rfind(['（', '('])?;
    let people = byline_people(&inner[open..], false)?;
    Some((people, line[..open].chars().count()))
}

/// The people closing an article, and the chars of its line before the
/// byline: `…研发。 周晓东` or `…研发。（记者 周晓东）`.
fn closing_byline(line: &str) -> Option<(Vec<String>, usize)> {
    // …硕果。见道网工程栏目编辑/贺玉婷、设计/张韬: roles and names closing
    // the last line.
    if let Some(m) = ROLE_BYLINE.find(line) {
        if let Some(people) = byline_people(m.as_str(), true) {
            return Some((people, line[..m.start()].chars().count()));
        }
    }
    if let Some(c) = BYLINE.captures(line) {
        let name = c.name("name")?;
        return Some((
            vec![name.as_str().to_string()],
            line[..name.start()].chars().count(),
        ));
    }
    bracket_byline(line)
}

/// Sets the creator (the first person, unless known) and adds the others
/// to the contributors (an article may name its editors at the top and its
/// reporters at the end).
fn set_people(meta: &mut Meta, people: Vec<String>) {
    let mut people = people.into_iter();
    if meta.creator.is_none() {
        meta.creator = people.next();
    }
    for p in people {
        if Some(&p) != meta.creator.as_ref() && !meta.contributors.contains(&p) {
            meta.contributors.push(p);
        }
    }
}
static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:供图|供稿)$|\s\S{0,12}摄$|^图[为：:]|^[（(]图[）)]").expect("static regex")
});
static PAGE_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:[A-Z]\d{0,2}\s*\p{Han}{2,8}",
        r"|[a-z]{3,}(?: [a-z]+)*",
        r"|第\s*\d+\s*版.*",
        r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)\S",
        // 科学导报 2026 年 4 月 2 日 第 3 版 产业观察: a date and a page number.
        r"|\S{0,12}\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期\S\s*)?第\s*\d+\s*版.{0,16}",
        r")$"
    ))
    .expect("static regex")
});
static META_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?P<y>\d{4})\s*[-年/.]\s*(?P<m>\d{1,2})\s*[-月/.]\s*(?P<d>\d{1,2})日?",
        r"(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
    ))
    .expect("static regex")
});
/// The name of a field of a page's header or footer, with its colon.
static META_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<key>来源|作者|记者|网络编辑|责任编辑|编辑|责编|核心提示|本文来源|发布时间|通讯员|校对|审核|审校|编审|主编|终审)\s*[:：]")
        .expect("static regex")
});

/// The fields of a meta line: each key, its value (the first word after
/// its colon, before the next field: `作者: 来源:福州日报` has no author),
/// and where the field starts and its value's region ends.
fn meta_fields(s: &str) -> Vec<(&str, &str, usize, usize)> {
    let keys: Vec<regex::Captures> = META_FIELD.captures_iter(s).collect();
    keys.iter()
        .enumerate()
        .map(|(i, c)| {
            let (start, after) = c.get(0).map_or((0, 0), |m| (m.start(), m.end()));
            let upto = keys
                .get(i + 1)
                .and_then(|n| n.get(0))
                .map_or(s.len(), |n| n.start());
            let region = s[after..upto].trim_start();
            let value = region
                .split(|c: char| c.is_whitespace() || "|｜]】)）".contains(c))
                .next()
                .unwrap_or("");
            (c.name("key").map_or("", |m| m.as_str()), value, start, upto)
        })
        .collect()
}

/// Splits a document text into articles. `hints` are what the caller already
/// knows (JSONL fields, HTML markup); they win over what the text says.
pub fn segment(raw: &str, hints: &Meta) -> Vec<ArticleText> {
    segment_part(raw, hints, Layout::Auto, 0)
}

/// Splits a document, or a part of one, into articles: `offset` is the
/// char offset of `raw` in its document, so that every offset of the
/// articles counts chars of the whole document.
pub fn segment_part(raw: &str, hints: &Meta, layout: Layout, offset: u32) -> Vec<ArticleText> {
    let chars = mapped_chars_from(raw, offset);
    let lines: Vec<&[MappedChar]> = split_lines(&chars).into_iter().map(trim_line).collect();
    let datelines: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| is_dateline(l))
        .map(|(i, _)| i)
        .collect();
    let mut articles = match layout {
        Layout::Page { headline_first } if !datelines.is_empty() => {
            segment_page(&lines, &datelines, headline_first)
        }
        _ => match page_layout(&lines, &datelines) {
            Some(headline_first) => segment_page(&lines, &datelines, headline_first),
            None => {
                let mut a = segment_single(&lines);
                let end = offset.saturating_add(raw.chars().count() as u32);
                a.region = (offset, end);
                vec![a]
            }
        },
    };
    for a in &mut articles {
        let mut meta = hints.clone();
        meta.fill_from(std::mem::take(&mut a.meta));
        a.meta = meta;
    }
    articles.retain(|a| !a.body.text.trim().is_empty());
    articles
}

fn is_dateline(line: &[MappedChar]) -> bool {
    DATELINE.is_match(&line_str(line))
}

/// Whether lines (with their datelines) are a newspaper page, and then
/// whether its headlines stand before their bodies: `None` for one
/// article. A page has two datelines, or opens with its only one.
fn page_layout(lines: &[&[MappedChar]], datelines: &[usize]) -> Option<bool> {
    let first_text = lines.iter().position(|l| !l.is_empty() && !is_noise(l));
    let page =
        datelines.len() >= 2 || (datelines.len() == 1 && first_text == datelines.first().copied());
    // Headlines go before the body when the page opens with text that is
    // not a dateline; otherwise they are printed after it (as on 科学导报
    // pages).
    page.then(|| first_text.is_some_and(|t| t < datelines[0]))
}

/// Finds where a long text can be cut into parts that, segmented apart
/// ([`segment_part`]), give the articles the whole text gives: fed the text
/// line by line, it decides the layout as [`segment`] would (as soon as the
/// lines seen settle it) and remembers the latest cut. Without headlines
/// first an article ends where the next dateline starts; with them, after
/// its own last byline (the next article's headline follows it), or at the
/// next dateline if it has none. Each line is looked at once.
#[derive(Clone, Debug, Default)]
struct PageCuts {
    /// Lines seen, and the index of the first text line and of the first
    /// dateline (to decide the layout).
    lines: usize,
    first_text: Option<usize>,
    first_dateline: Option<usize>,
    datelines: usize,
    /// Whether the part so far holds a dateline: a cut needs an article
    /// before it.
    dateline: bool,
    /// Byte offset of the line after the last byline since the last
    /// dateline.
    after_byline: Option<usize>,
    /// The latest cut: without and with headlines first.
    cut: Option<(usize, usize)>,
}

impl PageCuts {
    /// One complete line (without its `\n`) starting at byte `at` of the
    /// text; `next` is where the line after it starts.
    fn line(&mut self, line: &str, at: usize, next: usize) {
        let chars = mapped_chars_from(line, 0);
        let l = trim_line(&chars);
        let i = self.lines;
        self.lines += 1;
        let noise = !l.is_empty() && is_noise(l);
        if self.first_text.is_none() && !l.is_empty() && !noise {
            self.first_text = Some(i);
        }
        if is_dateline(l) {
            self.datelines += 1;
            self.first_dateline.get_or_insert(i);
            if self.dateline {
                self.cut = Some((at, self.after_byline.unwrap_or(at)));
            }
            self.dateline = true;
            self.after_byline = None;
        }
        if !noise && closing_byline(&line_str(l)).is_some() {
            self.after_byline = Some(next);
        }
    }

    /// The layout of the whole text, once the lines seen settle it: a page
    /// (two datelines, or one that opens the text). `None` while they do
    /// not (then the text may be one article).
    fn layout(&self) -> Option<bool> {
        let d = self.first_dateline?;
        let page = self.datelines >= 2 || self.first_text == Some(d);
        page.then(|| self.first_text.is_some_and(|t| t < d))
    }

    /// Takes the latest cut (a byte offset of the text, where a line
    /// starts), once the layout is a page. What follows it holds the
    /// dateline that made it.
    fn take_cut(&mut self) -> Option<usize> {
        let headline_first = self.layout()?;
        let (plain, first) = self.cut.take()?;
        Some(if headline_first { first } else { plain })
    }
}

/// Where to cut a long newspaper page into parts of about `part_bytes`
/// (byte offsets where lines start; the `\n` before each ends the part
/// before), and the layout to segment every part with, so that the parts
/// segmented apart ([`segment_part`]) give the articles [`segment`] gives
/// the whole text. `None` when the text is short or not a page (one
/// article cannot be cut). One pass over the lines.
pub fn page_cuts(text: &str, part_bytes: usize) -> Option<(Layout, Vec<usize>)> {
    if text.len() <= part_bytes {
        return None;
    }
    let mut cutter = PageCutter::new(part_bytes);
    for line in text.split('\n') {
        cutter.line(line);
    }
    cutter.finish()
}

/// [`page_cuts`] fed one line at a time, for a text too large to hold:
/// the lines of `text.split('\n')` in order (the last one may be empty)
/// give the very cuts.
#[derive(Clone, Debug)]
pub struct PageCutter {
    cuts: PageCuts,
    out: Vec<usize>,
    part_bytes: usize,
    /// Where the current part starts, and the next line.
    part: usize,
    at: usize,
}

impl PageCutter {
    pub fn new(part_bytes: usize) -> Self {
        PageCutter {
            cuts: PageCuts::default(),
            out: Vec::new(),
            part_bytes,
            part: 0,
            at: 0,
        }
    }

    /// The next line, without its `\n`.
    pub fn line(&mut self, line: &str) {
        let next = self.at + line.len() + 1;
        self.cuts.line(line, self.at, next);
        if next - self.part >= self.part_bytes {
            if let Some(c) = self.cuts.take_cut().filter(|&c| c > self.part) {
                self.out.push(c);
                self.part = c;
            }
        }
        self.at = next;
    }

    /// The cuts and layout, as [`page_cuts`] gives them for the lines fed.
    pub fn finish(self) -> Option<(Layout, Vec<usize>)> {
        // The lines' lengths and their `\n`s, but the last one's.
        if self.at.saturating_sub(1) <= self.part_bytes {
            return None;
        }
        let headline_first = self.cuts.layout()?;
        (!self.out.is_empty()).then_some((Layout::Page { headline_first }, self.out))
    }
}

/// A photo caption's own sentences (…项目现场,工人正在进行焊接施工。 海口日报
/// 记者 苏弼坤 摄) kept as body text, their photographers (a credit alone on
/// its line too) added to the article's people; other captions and page
/// headers dropped.
fn keep_captions<'a>(lines: Vec<&'a [MappedChar]>, meta: &mut Meta) -> Vec<&'a [MappedChar]> {
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        if !is_noise(line) {
            out.push(line);
            continue;
        }
        // (图为…车间。张学胜摄 今年上半年,…: a page that ran its caption and
        // body into one line; the body goes on after the credit.)
        if let Some((caption, body, photographers)) = caption_opening_body(line) {
            for p in photographers {
                add_contributor(meta, p);
            }
            out.push(caption);
            out.push(body);
            continue;
        }
        let Some((cut, photographers)) = credited_caption(line) else {
            continue;
        };
        for p in photographers {
            add_contributor(meta, p);
        }
        // (活动现场。记者 李征航 摄: too short a caption to say anything;
        // its photographer stays.)
        if let Some(cut) = cut.filter(|&c| c >= 8) {
            out.push(&line[..=cut]);
        }
    }
    out
}

/// Adds a photographer to the article's people, once.
fn add_contributor(meta: &mut Meta, p: String) {
    if meta.creator.as_ref() != Some(&p) && !meta.contributors.contains(&p) {
        meta.contributors.push(p);
    }
}

/// A caption opening a line (图为…) whose first sentence ends with its
/// photographer's credit and whose body runs on after it: the caption's
/// sentence, the body and the photographer.
fn caption_opening_body(
    line: &[MappedChar],
) -> Option<(&[MappedChar], &[MappedChar], Vec<String>)> {
    if !matches!(line, [('图', _), ('为' | '：' | ':', _), ..]) {
        return None;
    }
    let stop = line.iter().position(|(c, _)| *c == '。')?;
    let credit_end = stop + 1 + line[stop + 1..].iter().position(|(c, _)| *c == '摄')?;
    let body = trim_line(&line[credit_end + 1..]);
    let credit: String = line[stop + 1..credit_end].iter().map(|(c, _)| *c).collect();
    // (记者 张三 摄, 张三摄: as in a byline.)
    let photographers = byline_people(credit.trim(), false)?;
    // (A body is a sentence of its own, not a scrap after the credit.)
    (body.len() >= 8 && body.iter().any(|(c, _)| *c == '。')).then_some((
        &line[..=stop],
        body,
        photographers,
    ))
}

/// A caption line that ends in its photographers' credit (…现场。 通讯员
/// 何欣怡摄): where its sentence ends (none for a credit alone), and the
/// photographers.
fn credited_caption(line: &[MappedChar]) -> Option<(Option<usize>, Vec<String>)> {
    let s = line_str(line);
    // The sentence before the credit, and the credit.
    let cut = line.iter().rposition(|(c, _)| *c == '。');
    let credit: String = line[cut.map_or(0, |c| c + 1)..]
        .iter()
        .map(|(c, _)| *c)
        .collect();
    let credit = credit.trim_end().trim_end_matches('摄');
    // (通讯员何欣怡摄: a role glued to the name, as in a byline.)
    let photographers: Vec<String> = byline_people(credit, false).unwrap_or_else(|| {
        credit
            .split_whitespace()
            .filter(|w| crate::text::is_person_name(w))
            .map(str::to_string)
            .collect()
    });
    (s.trim_end().ends_with('摄') && !photographers.is_empty()).then_some((cut, photographers))
}

fn is_noise(line: &[MappedChar]) -> bool {
    let s = line_str(line);
    PAGE_HEADER.is_match(&s) || CAPTION.is_match(&s)
}

fn segment_page(
    lines: &[&[MappedChar]],
    datelines: &[usize],
    headline_first: bool,
) -> Vec<ArticleText> {
    let first = datelines[0];
    let lead: Vec<&[MappedChar]> = lines[..first]
        .iter()
        .copied()
        .filter(|l| !l.is_empty() && !is_noise(l))
        .collect();
    let mut out = Vec::new();
    let mut pending_title = headline_first.then(|| join_title(&lead)).flatten();
    // Where the lines of the next article's headline start (headlines first).
    let mut title_from = 0;
    for (k, &start) in datelines.iter().enumerate() {
        let end = datelines.get(k + 1).copied().unwrap_or(lines.len());
        let range = &lines[start..end];
        let byline_at = range
            .iter()
            .rposition(|l| closing_byline(&line_str(l)).is_some() && !is_noise(l));
        let (mut body, trailer): (Vec<&[MappedChar]>, Vec<&[MappedChar]>) = match byline_at {
            Some(b) => (range[..=b].to_vec(), range[b + 1..].to_vec()),
            None => (range.to_vec(), Vec::new()),
        };
        let region = match headline_first {
            true => span(&lines[title_from..start + body.len()]),
            false => span(range),
        };
        title_from = start + body.len();
        let mut meta = Meta::default();
        if let Some(b) = byline_at {
            let last = body[b];
            if let Some((people, keep)) = closing_byline(&line_str(last)) {
                set_people(&mut meta, people);
                body[b] = trim_line(&last[..keep]);
            }
        }
        body[0] = strip_dateline(body[0], &mut meta);
        let body = keep_captions(body, &mut meta);
        let trailer: Vec<&[MappedChar]> = trailer
            .into_iter()
            .filter(|l| !l.is_empty() && !is_noise(l))
            .collect();
        if headline_first {
            meta.title = pending_title.take();
            pending_title = join_title(&trailer);
        } else {
            meta.title = join_title(&trailer);
        }
        out.push(ArticleText {
            meta,
            body: join_lines(&body),
            region,
        });
    }
    out
}

/// The char span `[start, end)` from the first to the last char of lines.
fn span(lines: &[&[MappedChar]]) -> (u32, u32) {
    let first = lines.iter().find_map(|l| l.first()).map(|(_, o)| *o);
    let last = lines
        .iter()
        .rev()
        .find_map(|l| l.last())
        .map(|(_, o)| *o + 1);
    match (first, last) {
        (Some(a), Some(b)) => (a, b),
        _ => (0, 0),
    }
}

/// Removes the dateline (and a reporter note after it) from the first body
/// line, recording the publisher and reporter it names.
fn strip_dateline<'a>(line: &'a [MappedChar], meta: &mut Meta) -> &'a [MappedChar] {
    let s = line_str(line);
    let Some(c) = DATELINE.captures(&s) else {
        return line;
    };
    if let Some(p) = c.name("pub").or_else(|| c.name("agency")) {
        // 本报 (our paper) names no one; metadata lines name the publisher.
        if p.as_str() != "本报" && meta.publisher.is_none() {
            meta.publisher = Some(p.as_str().to_string());
        }
    }
    // (新华社合肥4月8日电, 长春7月4日电: a wire story names where it was
    // filed, between the agency and the date.)
    let whole = c.get(0).map_or("", |m| m.as_str());
    if whole.contains("日电") && meta.dateline_place.is_none() {
        let after = c.name("agency").map_or(whole, |a| &whole[a.end()..]);
        let place: String = after
            .chars()
            .take_while(|&ch| crate::text::is_han(ch))
            .collect();
        if (2..=6).contains(&place.chars().count()) && !place.ends_with('电') {
            meta.dateline_place = Some(place);
        }
    }
    let mut cut = c.get(0).map_or(0, |m| m.as_str().chars().count());
    let rest: String = s.chars().skip(cut).collect();
    // The reporter in brackets, after the dateline or inside it
    // (新华社合肥4月8日电（记者 孙悦）).
    let bracket = c.get(0).and_then(|m| {
        m.as_str()
            .rfind(['（', '('])
            .map(|b| m.as_str()[b..].to_string())
    });
    let loose_note = unbracketed_note(&rest);
    // (记者 王译博 董茜), (张绮琦 特约通讯员 赖小琴): everyone it names.
    let note = rest
        .trim_start()
        .strip_prefix(['（', '('])
        .and_then(|r| r.split_once(['）', ')']))
        .map(|(inside, _)| inside.to_string())
        .or_else(|| {
            bracket.as_deref().map(|b| {
                b.trim_start_matches(['（', '('])
                    .trim_end_matches(['）', ')'])
                    .to_string()
            })
        })
        .or_else(|| loose_note.clone());
    let people = note.as_deref().and_then(|n| byline_people(n, false));
    if c.name("short").is_some() && people.is_none() {
        return line;
    }
    let reporter = REPORTER
        .captures(rest.trim_start())
        .or_else(|| bracket.as_deref().and_then(|b| REPORTER.captures(b)));
    match (people, reporter) {
        // The dateline's people are the authors; people named elsewhere
        // (编辑:… closing the article) stay as contributors.
        (Some(people), _) => {
            let before: Vec<String> = meta
                .creator
                .take()
                .into_iter()
                .chain(meta.contributors.drain(..))
                .collect();
            set_people(meta, people);
            for p in before {
                if meta.creator.as_ref() != Some(&p) && !meta.contributors.contains(&p) {
                    meta.contributors.push(p);
                }
            }
        }
        (None, Some(r)) => meta.creator = r.name("name").map(|m| m.as_str().to_string()),
        (None, None) => {}
    }
    // A reporter note in brackets right after the dateline is metadata too,
    // and so is one up to its colon.
    if rest.trim_start().starts_with(['（', '(']) {
        if let Some(close) = rest.find(['）', ')']) {
            cut += rest[..close].chars().count() + 1;
        }
    } else if let Some(note) = &loose_note {
        if byline_people(note, true).is_some() {
            if let Some(colon) = rest.find([':', '：']) {
                cut += rest[..colon].chars().count() + 1;
            }
        }
    }
    trim_line(&line[cut.min(line.len())..])
}

/// A reporter note after a dateline without brackets, up to its colon
/// (佛山新闻网讯 记者何绮华 张斯特 梁智锋报道:…): it opens with a role.
fn unbracketed_note(rest: &str) -> Option<String> {
    let (inside, _) = rest.trim_start().split_once([':', '：'])?;
    (inside.chars().count() <= 30 && ROLES.iter().any(|r| inside.starts_with(r)))
        .then(|| inside.to_string())
}

/// Joins headline lines: a line that fills the column continues on the next
/// line; short lines are separate parts of a multi-line headline.
fn join_title(lines: &[&[MappedChar]]) -> Option<String> {
    let mut title = String::new();
    for (i, l) in lines.iter().enumerate() {
        let s: String = line_str(l).split_whitespace().collect::<Vec<_>>().join(" ");
        if i > 0 && lines[i - 1].len() < 14 {
            title.push(' ');
        }
        title.push_str(&s);
    }
    (!title.is_empty()).then_some(title)
}

/// `本报记者 张三 李四` on a line of its own names the reporters.
static REPORTER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:本报|本刊|新华社|中新社)?(?:记者|通讯员|作者)\s*(?P<name>[\p{Han}·]{2,4})(?:[\s、，][\p{Han}·]{2,4})*$")
        .expect("static regex")
});

static LOOSE_PUBLISHER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s/|｜])(?P<pub>[\p{Han}]{2,10}(?:日报|晚报|时报|报社|新闻网|网|电视台))(?:$|[\s/|｜])").expect("static regex")
});
static LOOSE_REPORTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:记者|作者)\s*[:：]?\s*(?P<name>[\p{Han}·]{2,4})(?:$|[\s/|｜，,])")
        .expect("static regex")
});

fn is_meta_line(s: &str) -> bool {
    REPORTER_LINE.is_match(s.trim())
        || byline_people(s, true).is_some()
        || META_FIELD.is_match(s)
        || (META_DATE.find(s).is_some_and(|m| m.start() == 0) && s.chars().count() < 60)
}

fn parse_meta_line(s: &str, meta: &mut Meta) {
    if let Some(people) = byline_people(s, true) {
        set_people(meta, people);
        return;
    }
    if let Some(c) = REPORTER_LINE.captures(s.trim()) {
        if meta.creator.is_none() {
            meta.creator = c.name("name").map(|m| m.as_str().to_string());
        }
        return;
    }
    for (key, value, start, upto) in meta_fields(s) {
        let value = value.to_string();
        match key {
            "来源" | "本文来源" if !value.is_empty() => {
                meta.publisher.get_or_insert(value);
            }
            // 校对:刘曼容, 审核:陈焕坤: named people of the page.
            // (An editor is not the author: a contributor.)
            // (责编:李强强、高红霞: each of them.)
            "编辑" | "责任编辑" | "网络编辑" | "责编" | "校对" | "审核" | "审校" | "编审"
            | "主编" | "终审" | "通讯员" => {
                for name in value.split(['、', ',', '，']) {
                    let name = name.to_string();
                    if crate::text::is_person_name(&name)
                        && !meta.contributors.contains(&name)
                        && meta.creator.as_ref() != Some(&name)
                    {
                        meta.contributors.push(name);
                    }
                }
            }
            // 作者:谭彩珍 通讯员谢海兵 卓芊余: everyone up to the next field.
            "作者" | "记者" if !value.is_empty() => {
                let rest = &s[start..];
                let people = byline_people(
                    s[start..upto]
                        .split_once(['：', ':'])
                        .map_or(rest, |(_, v)| v),
                    false,
                );
                match people {
                    Some(p) => set_people(meta, p),
                    None => {
                        meta.creator.get_or_insert(value);
                    }
                }
            }
            "核心提示" => {
                let text = s.split_once(['：', ':']).map_or("", |(_, v)| v).trim();
                meta.summary = Some(text.to_string());
            }
            _ => {}
        }
    }
    // `2025-11-26 / 株洲日报 / 记者 谭亮`: a paper's name and a reporter
    // without field names.
    if meta.publisher.is_none() {
        meta.publisher = LOOSE_PUBLISHER
            .captures(s)
            .and_then(|c| c.name("pub"))
            .map(|m| m.as_str().to_string());
    }
    if meta.creator.is_none() {
        meta.creator = LOOSE_REPORTER
            .captures(s)
            .and_then(|c| c.name("name"))
            .map(|m| m.as_str().to_string());
    }
    if meta.date.is_none() {
        if let Some(c) = META_DATE.captures(s) {
            meta.date = Some(date_from_captures(&c));
        }
    }
}

fn date_from_captures(c: &regex::Captures) -> String {
    let num = |k: &str| {
        c.name(k)
            .map_or(0, |m| m.as_str().parse::<u32>().unwrap_or(0))
    };
    let mut d = format!("{:04}-{:02}-{:02}", num("y"), num("m"), num("d"));
    if c.name("H").is_some() {
        d.push_str(&format!("T{:02}:{:02}:{:02}", num("H"), num("M"), num("S")));
    }
    d
}

/// Where the body starts in a meta line that runs on into the text: the
/// char after the last field's value, when sentences follow it.
fn body_after_fields(s: &str) -> Option<usize> {
    let (key, value, start, _) = meta_fields(s).pop()?;
    // (核心提示: a summary of any length is the field's own value.)
    if key == "核心提示" {
        return None;
    }
    let value_at = s[start..].find(value).map_or(start, |p| start + p) + value.len();
    let rest = &s[value_at..];
    let body = rest.trim_start();
    let long = body.chars().count() >= 40 && body.contains(['。', '，', ',']);
    (long && !value.is_empty()).then(|| s[..s.len() - body.len()].chars().count())
}

/// True for a line of fields alone (a date, a source) that may stand above
/// a headline: no dateline and no body running on after the fields.
fn leading_fields(s: &str) -> bool {
    is_meta_line(s) && !DATELINE.is_match(s) && body_after_fields(s).is_none()
}

/// One article saved from a news site (or a plain text without datelines).
fn segment_single(lines: &[&[MappedChar]]) -> ArticleText {
    let mut lines = lines.to_vec();
    let mut meta = Meta::default();
    let mut i = 0;
    let next_text = |from: usize| (from..lines.len()).find(|&j| !lines[j].is_empty());
    // (A page header above the headline, 第06版:综合新闻, is no title.)
    let mut first_text = (0..lines.len()).find(|&j| !lines[j].is_empty() && !is_noise(lines[j]));
    // (2023年01月10日 above the headline: fields first, then the title.)
    for _ in 0..3 {
        let Some(j) = first_text.filter(|&j| leading_fields(&line_str(lines[j]))) else {
            break;
        };
        parse_meta_line(&line_str(lines[j]), &mut meta);
        i = j + 1;
        first_text = next_text(i).filter(|&k| !is_noise(lines[k]));
    }
    if let Some(j) = first_text {
        let s = line_str(lines[j]);
        let n = s.chars().count();
        let looks_like_title = n <= 60
            && !s.ends_with(['。', '；', '，'])
            && !DATELINE.is_match(&s)
            && !is_meta_line(&s);
        // Only a title if something follows it.
        if looks_like_title && next_text(j + 1).is_some() {
            let mut title = s.split_whitespace().collect::<Vec<_>>().join(" ");
            i = j + 1;
            // A headline in two short lines right before the dateline or the
            // byline (郑州经开区2个项目 / 拟入选…地标 / 本报讯…; a kicker
            // above the headline of an e-paper page, then 版次:04 作者:…):
            // the second is the title's.
            if let Some(k) = next_text(i) {
                let second = line_str(lines[k]);
                let dateline_next = next_text(k + 1)
                    .is_some_and(|d| is_dateline(lines[d]) || is_meta_line(&line_str(lines[d])));
                if dateline_next
                    && second.chars().count() <= 30
                    && !second.ends_with(['。', '；', '，', '！', '？'])
                    && !is_meta_line(&second)
                {
                    title.push(' ');
                    title.push_str(&second.split_whitespace().collect::<Vec<_>>().join(" "));
                    i = k + 1;
                }
            }
            meta.title = Some(title);
        }
    }
    // Metadata block right after the headline.
    while let Some(j) = next_text(i) {
        let s = line_str(lines[j]);
        // (发表于:2020-09-18 来源:某报 今年,…: a page saved as one line,
        // its body after the fields.)
        if let Some(k) = is_meta_line(&s).then(|| body_after_fields(&s)).flatten() {
            parse_meta_line(&s.chars().take(k).collect::<String>(), &mut meta);
            lines[j] = &lines[j][k..];
            i = j;
            break;
        }
        // (A page that repeats its headline under the date: no text.)
        let headline = meta
            .title
            .as_deref()
            .is_some_and(|t| s.split_whitespace().eq(t.split_whitespace()));
        // (A credited photo caption under the headline is the text's.)
        if headline {
            i = j + 1;
        } else if is_meta_line(&s)
            || (is_noise(lines[j])
                && credited_caption(lines[j]).is_none()
                && caption_opening_body(lines[j]).is_none())
        {
            parse_meta_line(&s, &mut meta);
            i = j + 1;
        } else {
            break;
        }
    }
    // Trailing editor / source lines.
    let mut end = lines.len();
    while let Some(j) = (i..end).rev().find(|&j| !lines[j].is_empty()) {
        let s = line_str(lines[j]);
        if META_FIELD.is_match(&s) && s.chars().count() < 40 {
            parse_meta_line(&s, &mut meta);
            end = j;
        } else {
            break;
        }
    }
    let mut body = keep_captions(lines[i..end].to_vec(), &mut meta);
    if let Some(first) = body.iter().position(|l| !l.is_empty()) {
        body[first] = strip_dateline(body[first], &mut meta);
    }
    // A wire story's byline under its dateline (中新网…电 / 作者 A B): a
    // line of nothing but the reporters is no text.
    for line in body.iter_mut() {
        let s = line_str(line);
        if let Some(c) = REPORTER_LINE.captures(s.trim()) {
            let people = byline_people(s.trim(), true);
            match people {
                Some(p) => set_people(&mut meta, p),
                None => {
                    if meta.creator.is_none() {
                        meta.creator = c.name("name").map(|m| m.as_str().to_string());
                    }
                }
            }
            *line = &[];
        }
    }
    if let Some(last) = body.iter().rposition(|l| !l.is_empty()) {
        if let Some((people, keep)) = closing_byline(&line_str(body[last])) {
            set_people(&mut meta, people);
            body[last] = trim_line(&body[last][..keep]);
        }
    }
    ArticleText {
        meta,
        body: join_lines(&body),
        region: (0, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An e-paper headline under its kicker, above a byline field line
    /// (版次:04 作者:…): both lines are the title, the field line is the
    /// page's, and the text starts after it.
    #[test]
    fn a_kicker_and_headline_above_a_byline_field() {
        let raw = "抓集群 抓转型 抓创新\n\n岚川播下高质量发展种子\n\n版次:04 作者:柯晓岚\n\n\
                   岚川新材年产5万吨岩棉项目。(资料图片)\n\n\
                   走进岚川新材的厂房,各条生产线上一派忙碌景象。\n";
        let a = &segment(raw, &Meta::default())[0];
        assert_eq!(
            a.meta.title.as_deref(),
            Some("抓集群 抓转型 抓创新 岚川播下高质量发展种子")
        );
        assert_eq!(a.meta.creator.as_deref(), Some("柯晓岚"));
        assert!(a.body.text.starts_with("岚川新材年产"), "{}", a.body.text);
    }

    /// The people of an article wherever they stand: the dateline's after a
    /// page header and a headline in two lines, a 作者 field up to 网络编辑,
    /// the editors in brackets and the reporters before them, roles and
    /// names closing the last line.
    /// A wire story's byline line under its dateline names the authors and
    /// leaves the text.
    #[test]
    fn a_byline_line_under_a_wire_dateline() {
        let raw = "岭川园区加速集聚\n来源: 岭川日报\n\n  中新网岭川4月25日电 岭川园区加速集聚\n\n  作者 田秋雨 柯一鸣\n\n  25日,园区举行活动。\n";
        let a = segment(raw, &Meta::default());
        let a = &a[0];
        assert_eq!(a.meta.creator.as_deref(), Some("田秋雨"));
        assert!(
            a.meta.contributors.iter().any(|c| c == "柯一鸣"),
            "{:?}",
            a.meta
        );
        assert!(!a.body.text.contains("作者"), "{}", a.body.text);
    }

    /// A credited photo caption right under the headline is text (its
    /// sentence), its photographer one of the article's people.
    #[test]
    fn a_credited_caption_under_the_headline_is_text() {
        let raw = "溪岭园区项目开工\n\n图为溪岭经开区项目集中开工仪式现场。  通讯员柯晓岚摄\n\n\
                   4月8日,经开区项目集中开工。\n";
        let a = &segment(raw, &Meta::default())[0];
        assert!(
            a.body.text.contains("图为溪岭经开区项目集中开工仪式现场。"),
            "{}",
            a.body.text
        );
        assert!(!a.body.text.contains("摄"), "{}", a.body.text);
        assert!(
            a.meta.contributors.iter().any(|c| c == "柯晓岚"),
            "{:?}",
            a.meta
        );
    }

    /// The title of a text's first article and everyone it credits,
    /// sorted.
    fn everyone(raw: &str) -> (Option<String>, Vec<String>) {
        let a = segment(raw, &Meta::default());
        let m = &a[0].meta;
        let mut p: Vec<String> = m.creator.iter().chain(&m.contributors).cloned().collect();
        p.sort();
        (m.title.clone(), p)
    }

    #[test]
    fn people_from_every_kind_of_byline() {
        let (title, people) = everyone(
            "第03版:要闻 PDF版阅读\n\n宁川高新区3个项目\n拟入选全省产业地标\n\n\
             本报讯(记者 温可心 骆明)近日,宁川高新区3个项目入选。\n",
        );
        assert_eq!(
            title.as_deref(),
            Some("宁川高新区3个项目 拟入选全省产业地标")
        );
        assert_eq!(people, ["温可心", "骆明"]);
        let (_, people) = everyone(
            "园区新项目开工\n2024-05-23   来源:宁川日报   作者:田秋雨 通讯员邹晴 柯一鸣   网络编辑:冯朗\n\
             园区新签约项目5个。\n",
        );
        assert_eq!(people, ["冯朗", "柯一鸣", "田秋雨", "邹晴"]);
        let (_, people) = everyone(
            "园区新项目开工\n园区新签约项目5个。\n锂电产业链初具规模。(邓一帆、翁晓岚)\n(责编:李青青、高红霞)\n",
        );
        assert_eq!(people, ["李青青", "翁晓岚", "邓一帆", "高红霞"]);
        let (_, people) = everyone(
            "园区新项目开工\n园区新签约项目5个,发展势头良好。(转载请注明某某网)某某网工程栏目编辑/贺一鸣、设计/张韬\n",
        );
        assert_eq!(people, ["张韬", "贺一鸣"]);
        let (_, people) = everyone(
            "园区新项目开工\n\n宁川新闻网8月17日讯(宁川日报采访人员 温可心/文 骆明/摄)宁川高新区新签约项目5个。\n",
        );
        assert_eq!(people, ["温可心", "骆明"]);
        let (_, people) = everyone(
            "园区新项目开工\n\n宁川在线宁川频道消息(田秋雨):近日,宁川高新区新签约项目5个。\n",
        );
        assert_eq!(people, ["田秋雨"]);
    }

    /// A date above the headline, the headline repeated under the date, a
    /// divider after a closing byline: the title and every person stay.
    #[test]
    fn bylines_around_a_date_above_the_headline() {
        let (title, people) = everyone(
            "2023年01月10日\n\n宁川新年签下三个百亿项目\n\n\
             宁川日报讯 (记者温可心、通讯员邹晴、柯一鸣)1月8日,宁川市举行项目集中签约活动。\n",
        );
        assert_eq!(title.as_deref(), Some("宁川新年签下三个百亿项目"));
        assert_eq!(people, ["柯一鸣", "温可心", "邹晴"]);
        let (title, people) = everyone(
            "宁川13个重点项目集中开工\n2025-03-26 02:34:12\n宁川13个重点项目集中开工\n\
             宁川经济报记者 田秋雨 通讯员 冯朗 翁晓岚\n3月21日,宁川市重大项目集中开工。\n",
        );
        assert_eq!(title.as_deref(), Some("宁川13个重点项目集中开工"));
        assert_eq!(people, ["冯朗", "田秋雨", "翁晓岚"]);
        let (_, people) =
            everyone("宁川打造电池产业集群\n宁川县推动新能源产业快速发展。(邓一帆 贺一鸣) |\n");
        assert_eq!(people, ["贺一鸣", "邓一帆"]);
    }

    /// A photo caption's own sentence stays in the body and its
    /// photographer is one of the article's people; a bare credit line
    /// (记者 某某 摄) is dropped.
    #[test]
    fn captions_keep_their_sentence_and_name_their_photographer() {
        let a = segment(
            "园区新项目开工\n\n园区新签约项目5个。\n\n\
             岚江新区出版大厦项目现场,工人正在进行钢结构吊装。 宁川日报记者 温可心 摄\n\n\
             项目进展顺利。\n\n宁川日报记者 骆明 摄\n",
            &Meta::default(),
        );
        let m = &a[0].meta;
        let people: Vec<&String> = m.creator.iter().chain(&m.contributors).collect();
        // (A credit alone on its line names its photographer too.)
        assert_eq!(people, ["温可心", "骆明"]);
        assert!(
            a[0].body.text.contains("岚江新区出版大厦项目现场"),
            "{}",
            a[0].body.text
        );
        assert!(!a[0].body.text.contains('摄'), "{}", a[0].body.text);
    }

    /// A page that ran its caption, credit and body into one line (图为…。
    /// 张三摄 今年…) keeps the body and names the photographer.
    #[test]
    fn a_caption_run_into_the_body_keeps_the_body() {
        let a = segment(
            "岚川开发区项目加快\n\
             图为岚川经济开发区企业生产车间。温可心摄 今年上半年,岚川经济开发区新签约项目12个。\
             星澜公司光伏组件项目开工建设。\n",
            &Meta::default(),
        );
        assert_eq!(a.len(), 1);
        assert!(
            a[0].body.text.contains("星澜公司光伏组件项目开工建设。"),
            "{}",
            a[0].body.text
        );
        assert!(!a[0].body.text.contains('摄'), "{}", a[0].body.text);
        assert_eq!(a[0].meta.contributors, ["温可心"]);
    }

    /// Every person a byline names, with roles between, glued to names or
    /// after an outlet's name; a bracket of other words names no one.
    #[test]
    fn bylines_name_every_person() {
        assert_eq!(
            byline_people("□ 江淮日报全媒记者 田秋雨 冯朗 通讯员 邹晴 柯一鸣", true),
            Some(vec![
                "田秋雨".into(),
                "冯朗".into(),
                "邹晴".into(),
                "柯一鸣".into()
            ])
        );
        assert_eq!(
            byline_people("记者温可心 特约记者骆明", true),
            Some(vec!["温可心".into(), "骆明".into()])
        );
        // Roles and names run together, the outlet before them.
        assert_eq!(
            byline_people("岚州日报全媒体记者蒋岚伟通讯员郑汶雷", false),
            Some(vec!["蒋岚伟".into(), "郑汶雷".into()])
        );
        assert_eq!(byline_people("来源:汶峰日报 作者:黄岚艳", false), None);
        // An editor line in brackets closing the page.
        let raw = "园区新签约项目5个。\n\n[责任编辑: 萧若岚]\n";
        let a = segment(raw, &Meta::default());
        let people: Vec<&String> = a[0]
            .meta
            .creator
            .iter()
            .chain(&a[0].meta.contributors)
            .collect();
        assert!(
            people.iter().any(|p| p.as_str() == "萧若岚"),
            "{:?}",
            a[0].meta
        );
        // Common surnames the list once lacked (赖, 洪, 萧, 阎).
        assert_eq!(
            byline_people("洪晓岚 特约通讯员 赖一帆", false),
            Some(vec!["洪晓岚".into(), "赖一帆".into()])
        );
        // An outlet opening the line, the filing place closing it.
        assert_eq!(
            byline_people("岚江时刻 通讯员 萧若岚 柯一鸣 记者 洪晓岚 汶峰报道", true),
            Some(vec!["萧若岚".into(), "柯一鸣".into(), "洪晓岚".into()])
        );
        assert_eq!(byline_people("岚江新闻 萧若岚", false), None);
        // A line of fields (date / outlet / reporter) is read field by field.
        assert_eq!(
            byline_people("2025-11-26 / 岚州日报 / 记者 萧若岚", true),
            None
        );
        assert_eq!(byline_people("以下简称华科", false), None);
        assert_eq!(byline_people("二期", false), None);
        let raw = "本报讯（房晓 特约通讯员 蒋秋）新区举行签约仪式。\n";
        let a = segment(raw, &Meta::default());
        assert_eq!(a[0].meta.creator.as_deref(), Some("房晓"));
        assert_eq!(a[0].meta.contributors, vec!["蒋秋".to_string()]);
        let raw = "新区20个项目集中开工，总投资100亿元。(廖芸芸)\n";
        let a = segment(raw, &Meta::default());
        assert_eq!(a[0].meta.creator.as_deref(), Some("廖芸芸"));
        assert!(!a[0].body.text.contains("廖芸芸"));
    }

    /// A page header with a date and a page number is noise, and a reporter
    /// note in brackets closes the article: its author, not body text, and
    /// the headline after it is the article's.
    #[test]
    fn bracketed_reporter_closes_a_page_article() {
        let raw = " 江南日报   2026 年 5 月 8 日   第 2 版   经济\n\n   本报讯 某高新区新\n\n材料产业发展迅速。\n\n（记者 林一帆）\n\n高新区：新材料产业\n\n“链”上发力\n";
        let a = segment(raw, &Meta::default());
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].meta.creator.as_deref(), Some("林一帆"));
        assert_eq!(
            a[0].meta.title.as_deref(),
            Some("高新区：新材料产业 “链”上发力")
        );
        assert!(!a[0].body.text.contains("记者"), "{}", a[0].body.text);
        assert!(!a[0].body.text.contains("江南日报"), "{}", a[0].body.text);
    }

    /// 新华社合肥4月8日电（记者 孙悦）: the reporter inside the dateline.
    #[test]
    fn reporter_inside_a_wire_dateline() {
        let raw =
            "新华社合肥4月8日电（记者 孙悦）在安徽芜湖经济技术开发区，机器人产业集群正不断壮大。\n";
        let a = segment(raw, &Meta::default());
        assert_eq!(a[0].meta.creator.as_deref(), Some("孙悦"));
        assert_eq!(a[0].meta.publisher.as_deref(), Some("新华社"));
        assert!(a[0].body.text.starts_with("在安徽"), "{}", a[0].body.text);
    }

    /// Datelines name every reporter: with the city filed from before 讯
    /// (岚江日报溪州讯), without brackets up to the colon (the last name glued
    /// to 报道), and after an outlet's short name (汶光讯(…)).
    #[test]
    fn every_reporter_of_a_dateline() {
        let people = |raw: &str| {
            let a = segment(raw, &Meta::default());
            let mut p: Vec<String> = a[0].meta.creator.iter().cloned().collect();
            p.extend(a[0].meta.contributors.iter().cloned());
            (p, a[0].body.text.clone())
        };
        let (p, body) = people("岚江日报溪州讯(记者柯岚峰、郑汶雷)临近岁尾,岭川园区一派忙碌。\n");
        assert_eq!(p, ["柯岚峰", "郑汶雷"]);
        assert!(body.starts_with("临近岁尾"), "{body}");
        let (p, body) =
            people("汶峰新闻网讯 记者蒋岚伟 周汶川 梁岭锋报道:新年伊始,岭川园区抢抓先机。\n");
        assert_eq!(p, ["蒋岚伟", "周汶川", "梁岭锋"]);
        assert!(body.starts_with("新年伊始"), "{body}");
        let (p, body) = people("汶光讯(柯汶 记者 郑岚)5月11日下午,岭川园区签约。\n");
        assert_eq!(p, ["柯汶", "郑岚"]);
        assert!(body.starts_with("5月11日"), "{body}");
        // 喜讯(图): no byline in the brackets, so no dateline.
        let (p, body) = people("喜讯(图)岭川园区再传捷报。\n");
        assert!(p.is_empty(), "{p:?}");
        assert!(body.starts_with("喜讯"), "{body}");
    }

    /// A wire story reposted without its agency keeps its dateline's reporter
    /// and place (长春7月4日电(李丹)); a date before 电 inside a sentence
    /// is no dateline.
    #[test]
    fn a_wire_dateline_without_its_agency() {
        let raw = "岭川园区加速集聚\n\n溪州7月4日电(柯岚)岭川园区已实现产能全国第一。\n";
        let a = segment(raw, &Meta::default());
        assert_eq!(a[0].meta.creator.as_deref(), Some("柯岚"));
        assert_eq!(a[0].meta.dateline_place.as_deref(), Some("溪州"));
        assert!(
            a[0].body.text.starts_with("岭川园区已"),
            "{}",
            a[0].body.text
        );
        let agency = segment(
            "新华社合肥4月8日电（记者 孙悦）园区很好。\n",
            &Meta::default(),
        );
        assert_eq!(agency[0].meta.dateline_place.as_deref(), Some("合肥"));
        let inside = segment("截至6月30日电网企业完成投资5亿元。\n", &Meta::default());
        assert_eq!(inside[0].meta.dateline_place, None);
        assert!(
            inside[0].body.text.starts_with("截至"),
            "{}",
            inside[0].body.text
        );
    }

    /// The people of a wire dateline are the authors; the editor closing
    /// the article stays a contributor.
    #[test]
    fn a_wire_dateline_keeps_the_closing_editor() {
        let raw = "园区成新引擎\n\n2019年03月02日 09:10 | 来源:新华网\n\n\
                   新华社西宁3月1日电(孟川、白晓)记者1日获悉,园区发展很快。\n\n编辑:柯岚\n";
        let a = segment(raw, &Meta::default());
        assert_eq!(a[0].meta.creator.as_deref(), Some("孟川"));
        assert!(a[0].meta.contributors.contains(&"白晓".to_string()));
        assert!(
            a[0].meta.contributors.contains(&"柯岚".to_string()),
            "{:?}",
            a[0].meta
        );
    }

    /// An editor in brackets after the last sentence on its line
    /// (…见效。(完) 【编辑:刘岭禾】) is a contributor, not body text.
    #[test]
    fn a_bracketed_editor_closing_the_last_line() {
        let raw =
            "园区企业落地见效\n\n   中新社 岭川11月10日电 (孟川 白晓)记者日前从园区管委会获悉,\
                   园区发展很快。\n\n  岳川表示,截至目前,园区已累计入驻63家企业,75个项目落地建设。\
                   (完) 【编辑:刘岭禾】\n";
        let a = segment(raw, &Meta::default());
        assert!(
            a[0].meta.contributors.contains(&"刘岭禾".to_string()),
            "{:?}",
            a[0].meta
        );
        assert!(!a[0].body.text.contains("刘岭禾"), "{}", a[0].body.text);
    }

    /// A page saved as one line keeps its body after the fields.
    #[test]
    fn a_one_line_page_keeps_its_body() {
        let raw = "发表于:2020-09-18 17:06:53 来源:岭川日报 今年,岭川县青禾光伏产业园新开工项目12个,总投资80亿元,园区已建成光伏电站3座。\n";
        let a = segment(raw, &Meta::default());
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].meta.publisher.as_deref(), Some("岭川日报"));
        assert!(
            a[0].body.text.starts_with("今年,岭川县"),
            "{}",
            a[0].body.text
        );
        assert!(!a[0].body.text.contains("发表于"), "{}", a[0].body.text);
        // (A long summary stays the summary.)
        let raw = "园区项目开工\n来源:岭川日报\n核心提示: 今年,岭川县青禾光伏产业园新开工项目12个,总投资80亿元,园区已建成光伏电站3座,带动就业5000人。\n19日,项目开工。\n";
        let a = segment(raw, &Meta::default());
        assert!(
            a[0].meta
                .summary
                .as_deref()
                .is_some_and(|t| t.contains("光伏电站")),
            "{:?}",
            a[0].meta
        );
        assert!(!a[0].body.text.contains("光伏电站"), "{}", a[0].body.text);
    }

    /// An empty field names nobody: the next field's name is no author
    /// (作者: 来源:岭川日报).
    #[test]
    fn an_empty_field_before_another_is_empty() {
        let raw = "园区项目开工\n\n2022-04-20 10:37:31 作者: 来源:岭川日报  责任编辑:蔡秀岚\n\n\
                   19日,岭川县多个重大项目开工。\n";
        let a = segment(raw, &Meta::default());
        let m = &a[0].meta;
        assert_eq!(m.creator, None, "{m:?}");
        assert_eq!(m.publisher.as_deref(), Some("岭川日报"), "{m:?}");
        assert_eq!(m.contributors, ["蔡秀岚"], "{m:?}");
    }

    #[test]
    fn web_article_metadata_is_not_body() {
        let raw = "太原综改区新材料项目开工\n2020-07-10 11:20:40 来源: 山西新闻网 作者: 张华\n核心提示: 项目总投资5亿元。\n本报讯 7月10日，某项目开工。\n项目总投资5亿元。\n责任编辑：李四\n";
        let a = segment(raw, &Meta::default());
        assert_eq!(a.len(), 1);
        let m = &a[0].meta;
        assert_eq!(m.title.as_deref(), Some("太原综改区新材料项目开工"));
        assert_eq!(m.date.as_deref(), Some("2020-07-10T11:20:40"));
        assert_eq!(m.publisher.as_deref(), Some("山西新闻网"));
        assert_eq!(m.creator.as_deref(), Some("张华"));
        assert_eq!(m.summary.as_deref(), Some("项目总投资5亿元。"));
        assert_eq!(a[0].body.text, "7月10日，某项目开工。\n项目总投资5亿元。");
    }

    #[test]
    fn reporter_line_is_metadata() {
        let raw = "某县新材料产业园开园\n本报记者 王晓明 李华\n本报讯 新材料产业园昨日开园，首批10家企业入驻。\n";
        let a = segment(raw, &Meta::default());
        assert_eq!(a[0].meta.creator.as_deref(), Some("王晓明"));
        assert_eq!(a[0].body.text, "新材料产业园昨日开园，首批10家企业入驻。");
    }

    #[test]
    fn page_with_headlines_after_bodies() {
        let raw = "本报讯 甲开发区今年引进企业十家，产\n值增长。 张三\n甲开发区\n招商见成效\nA3 园区经济\n本报讯 乙园区项目开工建设，总投资\n3亿元。 李四\n乙园区项目开工\n";
        let a = segment(raw, &Meta::default());
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].meta.creator.as_deref(), Some("张三"));
        assert_eq!(a[0].meta.title.as_deref(), Some("甲开发区 招商见成效"));
        assert_eq!(a[0].body.text, "甲开发区今年引进企业十家，产值增长。");
        assert_eq!(a[1].meta.title.as_deref(), Some("乙园区项目开工"));
        assert_eq!(a[1].meta.creator.as_deref(), Some("李四"));
    }
}
