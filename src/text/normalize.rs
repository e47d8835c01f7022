//! Repair of text extracted from newspaper pages.
//!
//! PDF extraction breaks columns into short lines (inside words and numbers),
//! sprinkles spaces between characters and units, and mixes full-width forms.
//! Every step here keeps, for each output character, the offset of the
//! character it came from in the original text, so a fact can always be traced
//! back to the exact place in the source file.

/// A character together with its offset (in chars) in the original text.
pub type MappedChar = (char, u32);

/// Text with a map from each of its characters back to the original text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MappedText {
    /// The normalized text.
    pub text: String,
    /// `origin[i]` is the original char offset of the i-th char of `text`.
    origin: Vec<u32>,
}

impl MappedText {
    /// Builds a mapped text from mapped characters.
    pub fn from_mapped(chars: &[MappedChar]) -> Self {
        MappedText {
            text: chars.iter().map(|(c, _)| *c).collect(),
            origin: chars.iter().map(|(_, o)| *o).collect(),
        }
    }

    /// Number of characters.
    pub fn char_len(&self) -> usize {
        self.origin.len()
    }

    /// Original char span `[start, end)` of the normalized char span `[start, end)`.
    pub fn origin_span(&self, start: usize, end: usize) -> (u32, u32) {
        if start >= end || start >= self.origin.len() {
            let at = self.origin.get(start).copied().unwrap_or(0);
            return (at, at);
        }
        let first = self.origin[start];
        let last = self.origin[end.min(self.origin.len()) - 1];
        (first, last + 1)
    }
}

/// Full-width digits, letters and the few ASCII symbols used in numbers and
/// codes become ASCII; the ideographic space becomes a space. Chinese
/// punctuation (，。（）：) is kept: it carries sentence structure.
pub fn fold_width(c: char) -> char {
    match c {
        '０'..='９'
        | 'Ａ'..='Ｚ'
        | 'ａ'..='ｚ'
        | '％'
        | '．'
        | '＋'
        | '－'
        | '／'
        | '＆'
        | '～' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{a0}' | '\t' => ' ',
        _ => c,
    }
}

/// Characters that only disturb: zero-width marks, BOM, soft hyphen, CR.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{ad}' | '\r'
    )
}

/// Decodes a raw text into folded characters mapped to their char offsets.
pub fn mapped_chars(raw: &str) -> Vec<MappedChar> {
    mapped_chars_from(raw, 0)
}

/// [`mapped_chars`] of a text that starts `offset` chars into its document.
pub fn mapped_chars_from(raw: &str, offset: u32) -> Vec<MappedChar> {
    raw.chars()
        .zip(offset..)
        .filter(|(c, _)| !is_invisible(*c))
        .map(|(c, i)| (fold_width(c), i))
        .collect()
}

/// Splits mapped characters into lines (without the line breaks).
pub fn split_lines(chars: &[MappedChar]) -> Vec<&[MappedChar]> {
    chars.split(|(c, _)| *c == '\n').collect()
}

/// The line with surrounding spaces removed.
pub fn trim_line(line: &[MappedChar]) -> &[MappedChar] {
    let start = line
        .iter()
        .position(|(c, _)| *c != ' ')
        .unwrap_or(line.len());
    let end = line
        .iter()
        .rposition(|(c, _)| *c != ' ')
        .map_or(start, |e| e + 1);
    &line[start..end]
}

/// The plain string of a line.
pub fn line_str(line: &[MappedChar]) -> String {
    line.iter().map(|(c, _)| *c).collect()
}

/// Whether a line closes a sentence: its last mark ends one, or a short
/// note in brackets follows the mark (…项目。(资料图片), a caption's credit).
fn closes_sentence(line: &[MappedChar]) -> bool {
    let Some(&(last, _)) = line.last() else {
        return false;
    };
    if is_sentence_end(last) {
        return true;
    }
    if !matches!(last, ')' | '）') {
        return false;
    }
    let tail = &line[line.len().saturating_sub(16)..];
    tail.iter()
        .rposition(|(c, _)| matches!(c, '(' | '（'))
        .and_then(|open| open.checked_sub(1))
        .is_some_and(|before| is_sentence_end(tail[before].0))
}

/// Marks that already separate what a line holds from the next line's (a
/// closing quote or bracket ends an item, it separates none).
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '、' | '，' | '；' | '：' | '。' | ',' | ';' | ':' | '.' | '—'
    )
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '”' | '」' | '』' | '…')
}

/// A row of a table copied as text (cells split by `|`): a line of its
/// own, never joined to the text around it.
fn is_table_row(line: &[MappedChar]) -> bool {
    line.iter().filter(|(c, _)| *c == '|').count() >= 2
}

/// Lines that open a new paragraph whatever the previous line looked like
/// (enumerations such as 一是…, 二是…).
fn opens_paragraph(line: &[MappedChar]) -> bool {
    const NUMERALS: &str = "一二三四五六七八九十";
    let c = |i: usize| line.get(i).map(|(c, _)| *c);
    let numeral = |i: usize| c(i).is_some_and(|c| NUMERALS.contains(c));
    // (▲锂电及新材料: a bullet opens a list's heading or item.)
    let bullet = c(0).is_some_and(|c| "▲△●○■□◆◇★☆◎•▶►".contains(c));
    // 一、产业发展 or 3、园区基础: a numbered heading, not 一、二期 or 2、3月
    // broken over two lines.
    let numbered = (numeral(0) || c(0).is_some_and(|c| c.is_ascii_digit()))
        && c(1) == Some('、')
        && !numeral(2)
        && !c(2).is_some_and(|c| c.is_ascii_digit());
    (numeral(0) && c(1) == Some('是')) || bullet || numbered
}

/// Two lines opening alike that close no sentence are items of a list
/// written one a line (遂宁经开区明泰电子二期 / 遂宁经开区凤台高架桥), not
/// one sentence broken over them.
fn parallel_items(prev: &[MappedChar], line: &[MappedChar]) -> bool {
    const SHARED: usize = 4;
    prev.len() > SHARED
        && line.len() > SHARED
        && prev[..SHARED]
            .iter()
            .zip(&line[..SHARED])
            .all(|((a, _), (b, _))| a == b)
        && !closes_sentence(prev)
}

/// Joins the lines of one article body into paragraphs and cleans spaces.
///
/// Blank lines separate paragraphs only when the layout does not put a blank
/// line after every line (as PDF extraction often does): when a fifth of the
/// lines or more run on into the next (captions between blanks above
/// paragraphs that run on are no double-spaced layout). Otherwise a paragraph
/// ends at a line that closes a sentence and is visibly shorter than the
/// column, or before an enumeration line (一是…).
pub fn join_lines(lines: &[&[MappedChar]]) -> MappedText {
    let trimmed: Vec<&[MappedChar]> = lines.iter().map(|l| trim_line(l)).collect();
    let nonblank = trimmed.iter().filter(|l| !l.is_empty()).count();
    // Double-spaced layout puts a blank after nearly every line; a page
    // whose captions and headings stand between blanks while a fifth of its
    // lines run on into the next is not double-spaced.
    let run_on = trimmed
        .windows(2)
        .filter(|w| !w[0].is_empty() && !w[1].is_empty())
        .count();
    let blank_separates = run_on * 5 >= nonblank;
    // Text where most lines close a sentence is not column-broken: each
    // line is a paragraph (web pages, JSONL, HTML).
    // (Weighed by length too: a report in sections has as many short
    // headings as paragraphs, and its paragraphs hold nearly all its text.)
    let closing = trimmed.iter().filter(|l| closes_sentence(l)).count();
    let all_chars: usize = trimmed.iter().map(|l| l.len()).sum();
    let closing_chars: usize = trimmed
        .iter()
        .filter(|l| closes_sentence(l))
        .map(|l| l.len())
        .sum();
    let line_paragraphs =
        nonblank > 0 && (closing * 5 >= nonblank * 3 || closing_chars * 5 >= all_chars * 4);

    let mut widths: Vec<usize> = trimmed
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| l.iter().filter(|(c, _)| *c != ' ').count())
        .collect();
    widths.sort_unstable();
    let column = widths.get(widths.len() * 3 / 4).copied().unwrap_or(0);

    let mut out: Vec<MappedChar> = Vec::new();
    let mut pending_break = false;
    let mut prev_line: Option<&[MappedChar]> = None;
    // A list written one item a line after its lead (签约的有——\nA\nB\nC等
    // 24个项目): short lines that close no sentence. Set while the previous
    // line is such an item.
    let item = |l: &[MappedChar]| {
        // (“岚峰产业园”: a quoted name closes no sentence.)
        let quoted = matches!(l.first(), Some(('“', _)))
            && !l.iter().any(|(c, _)| matches!(c, '。' | '！' | '？'));
        l.iter().filter(|(c, _)| *c != ' ').count() + 4 <= column
            && (!closes_sentence(l) || quoted)
            && !is_table_row(l)
    };
    let lead = |l: &[MappedChar]| {
        matches!(l.last(), Some(('：' | ':', _)))
            || (l.len() >= 2 && l[l.len() - 2..].iter().all(|(c, _)| *c == '—'))
    };
    // The line closing such a list: another item, or the last with what
    // the items are (C等24个项目，…).
    let closes_list = |l: &[MappedChar]| item(l) || l.iter().take(20).any(|(c, _)| *c == '等');
    let mut listing = false;
    for line in &trimmed {
        if line.is_empty() {
            if blank_separates && prev_line.is_some() {
                pending_break = true;
            }
            listing = false;
            continue;
        }
        let after_item = listing && !pending_break;
        listing = item(line) && prev_line.is_some_and(|p| lead(p) || (after_item && item(p)));
        if let Some(prev) = prev_line.filter(|_| after_item && closes_list(line)) {
            // The items join as a list does (A、B、C等…), unless marked so.
            if let Some(&(_, o)) = prev.last().filter(|(c, _)| !is_mark(*c)) {
                out.push(('、', o + 1));
            }
            out.extend_from_slice(line);
            prev_line = Some(line);
            continue;
        }
        if let Some(prev) = prev_line {
            let width = prev.iter().filter(|(c, _)| *c != ' ').count();
            let ends_sentence = closes_sentence(prev);
            let short = width + 2 <= column;
            // In text whose lines are paragraphs, a short line that closes
            // no sentence is a heading (这里产业“新”潮澎湃): it is not the
            // start of the next line's sentence; nor is a short numbered or
            // bulleted one (▲锂电及新材料) in any text.
            let heading = line_paragraphs && !ends_sentence && width * 2 <= column;
            if pending_break
                || opens_paragraph(line)
                || parallel_items(prev, line)
                || heading
                || (opens_paragraph(prev) && !ends_sentence && width <= 12)
                || is_table_row(prev)
                || is_table_row(line)
                || (ends_sentence && (short || line_paragraphs))
            {
                let at = prev.last().map_or(0, |(_, o)| *o + 1);
                out.push(('\n', at));
            } else if let (Some((a, _)), Some((b, o))) = (prev.last(), line.first()) {
                // Latin words broken over two lines keep a space between them;
                // numbers and Chinese join directly.
                if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() {
                    out.push((' ', *o));
                }
            }
        }
        pending_break = false;
        out.extend_from_slice(line);
        prev_line = Some(line);
    }
    MappedText::from_mapped(&clean(&out))
}

/// Removes stray spaces (kept only between two ASCII letters or digits) and
/// repairs recognition slips between digits (`2伊15` is `2×15`).
pub fn clean(chars: &[MappedChar]) -> Vec<MappedChar> {
    let mut out: Vec<MappedChar> = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let (c, o) = chars[i];
        if c == ' ' {
            let run_end = chars[i..]
                .iter()
                .position(|(c, _)| *c != ' ')
                .map_or(chars.len(), |p| i + p);
            let before = out.last().map(|(c, _)| *c);
            let after = chars.get(run_end).map(|(c, _)| *c);
            if let (Some(b), Some(a)) = (before, after) {
                if b.is_ascii_alphanumeric() && a.is_ascii_alphanumeric() && b != '\n' {
                    out.push((' ', o));
                }
            }
            i = run_end;
            continue;
        }
        if OCR_TIMES.contains(&c)
            && out.last().is_some_and(|(p, _)| p.is_ascii_digit())
            && chars
                .get(i + 1)
                .is_some_and(|(n, _)| n.is_ascii_digit() || *n == ' ')
        {
            out.push(('×', o));
            i += 1;
            continue;
        }
        out.push((c, o));
        i += 1;
    }
    out
}

/// Characters that text recognition produced for the multiplication sign in
/// `2×15 万吨` (the sign's glyph maps to these in common newspaper fonts).
const OCR_TIMES: &[char] = &['伊'];

/// Normalizes a whole text: folds widths, joins broken lines, cleans spaces.
/// Paragraph breaks are kept as `\n`.
pub fn normalize(raw: &str) -> MappedText {
    let chars = mapped_chars(raw);
    let lines = split_lines(&chars);
    join_lines(&lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A caption's credit after its full stop (…项目。(资料图片)) closes a
    /// sentence: in a double-spaced page the next line is a paragraph of
    /// its own, not the caption's run-on.
    #[test]
    fn a_credit_after_the_full_stop_closes_the_line() {
        let raw = "岚溪新材年产5万吨岩棉项目。(资料图片)\n\n\
                   溪川动力减速器智慧工厂项目。 (资料图片)\n\n\
                   走进岚溪新材的厂房,各条生产线上一派忙碌景象,工人正在调试设备,\n\n\
                   新产品将于年底下线。\n\n";
        let t = normalize(raw);
        assert!(t.text.contains("(资料图片)\n溪川动力"), "{}", t.text);
        assert!(!closes_sentence(&mapped_chars("工人正在调试设备,")));
        assert!(closes_sentence(&mapped_chars("项目。(图片)")));
        assert!(!closes_sentence(&mapped_chars("岚溪(宁远)新材")));
    }

    /// A list written one item a line after its lead joins as a list
    /// (A、B、C等), marks already there kept; each inserted mark maps to the
    /// line break it stands for. Lines of a column are not items.
    #[test]
    fn a_list_of_one_item_a_line_joins_with_list_marks() {
        let raw =
            "5月29日，岚溪经济技术开发区举行项目集中签约仪式，各方代表出席。此次集中签约的有——\n\
                   青禾纳米新材料\n汶溪岩棉夹芯板、\n“岚峰医疗器械产业园”\n\
                   岚溪碳谷产业园等24个项目，总投资350亿元，涉及新材料、装备制造等领域。\n";
        let t = normalize(raw);
        assert!(
            t.text.contains(
                "有——青禾纳米新材料、汶溪岩棉夹芯板、“岚峰医疗器械产业园”、岚溪碳谷产业园等24个项目"
            ),
            "{}",
            t.text
        );
        let mark = t.text.chars().position(|c| c == '、').unwrap();
        let raw_chars: Vec<char> = raw.chars().collect();
        let (from, _) = t.origin_span(mark, mark + 1);
        assert_eq!(raw_chars[from as usize], '\n');
        // A paragraph broken over a column joins as before.
        let t = normalize("岚溪开发区今年引进\n青禾纳米新材料项目\n和汶溪岩棉夹芯板项目。\n");
        assert_eq!(
            t.text,
            "岚溪开发区今年引进青禾纳米新材料项目和汶溪岩棉夹芯板项目。"
        );
    }

    /// A report in sections, double-spaced: each short heading line is a
    /// paragraph of its own though as many lines are headings as not, for
    /// its paragraphs hold nearly all the text.
    #[test]
    fn headings_of_a_sectioned_report_stand_alone() {
        let raw = "岚溪区重点工程进展\n\n\
                   发布时间:2023-10-16  来源:岚溪网\n\n\
                   今年岚溪区重大工程共安排24项,其中新开工10项、续建14项,\
                   青禾科创港一期、汶溪材料项目进展如何?\n\n\
                   青禾科创港一期\n\n\
                   项目位于汀北镇岚溪科创园,总用地面积约3.1万平方米,建筑面积为8.2万平方米,\
                   建设研发楼和配套设施。\n\n\
                   项目总投资5.3亿元,预计2026年6月完工,截至目前,主体结构施工中。\n\n\
                   汶溪材料项目\n\n\
                   项目位于岚溪新材料产业园,总用地面积6.6万平方米,总建筑面积4.8万平方米,\
                   建设生产车间。\n\n\
                   项目总投资7.2亿元,预计2025年12月完工,截至目前,厂房基础施工中。\n\n";
        let t = normalize(raw);
        assert!(t.text.contains("\n青禾科创港一期\n项目位于"), "{}", t.text);
        assert!(t.text.contains("\n汶溪材料项目\n项目位于"), "{}", t.text);
    }

    /// A list page without punctuation: the numbered and bulleted headings
    /// and the items opening with the same zone stand alone, while the
    /// sentence broken over the lines above them still joins.
    #[test]
    fn numbered_bulleted_and_parallel_lines_stand_alone() {
        let raw = "日前,汶川县发布了\n重大项目名单\n一、产业发展\n▲电子信息\n\
                   汶川经开区岚泰电子二期\n汶川经开区青禾智能制造\n▲城镇\n\
                   汶川经开区汀溪大桥\n二、三期工程\n";
        let t = normalize(raw);
        assert!(
            t.text.starts_with("日前,汶川县发布了重大项目名单\n"),
            "{}",
            t.text
        );
        for line in [
            "一、产业发展",
            "▲电子信息",
            "汶川经开区岚泰电子二期",
            "▲城镇",
        ] {
            assert!(
                t.text.contains(&format!("\n{line}\n")),
                "{line}: {}",
                t.text
            );
        }
        assert!(t.text.contains("汀溪大桥二、三期工程"), "{}", t.text);
    }

    #[test]
    fn joins_numbers_and_words_broken_over_lines() {
        let t = normalize("正在推动宏源公司新增产能 79\n\n万吨 4 号焦炉建设项目，壮大基础产业\n\n");
        assert_eq!(
            t.text,
            "正在推动宏源公司新增产能79万吨4号焦炉建设项目，壮大基础产业"
        );
    }

    #[test]
    fn drops_stray_spaces_and_folds_width() {
        let t = normalize("洞子 头核心区基 础设施 总建筑面积为 48884.51m2，２０２５ 年 8 月");
        assert_eq!(
            t.text,
            "洞子头核心区基础设施总建筑面积为48884.51m2，2025年8月"
        );
        let t = normalize("年处理污水 12775 万 m3 的能力 liangdian xinwen");
        assert_eq!(t.text, "年处理污水12775万m3的能力liangdian xinwen");
    }

    #[test]
    fn repairs_multiplication_slip() {
        assert_eq!(normalize("年产 2伊15 万吨").text, "年产2×15万吨");
    }

    #[test]
    fn maps_back_to_original_offsets() {
        let raw = "总投资 2.74\n\n亿元";
        let t = normalize(raw);
        assert_eq!(t.text, "总投资2.74亿元");
        let start = t.text.chars().position(|c| c == '2').unwrap();
        let (a, b) = t.origin_span(start, t.char_len());
        let orig: String = raw
            .chars()
            .skip(a as usize)
            .take((b - a) as usize)
            .collect();
        assert_eq!(orig, "2.74\n\n亿元");
    }

    /// Captions standing between blank lines above paragraphs that run on
    /// are no double-spaced layout: each caption is its own paragraph.
    #[test]
    fn captions_between_blanks_stay_apart() {
        let raw = "岚川新材铜箔生产车间\n\n岚峰集团大型设备制造现场\n\n\
                   园区建设发展很长很长很长很长很长很长的一段文字。\n\
                   第二段也是很长很长很长很长很长很长的一段文字。\n";
        let t = normalize(raw);
        assert!(
            t.text
                .starts_with("岚川新材铜箔生产车间\n岚峰集团大型设备制造现场\n"),
            "{}",
            t.text
        );
    }

    #[test]
    fn keeps_paragraphs() {
        let raw = "第一段很长很长很长很长的一行文字在这里\n第一段结束。\n一是第二段很长很长很长很长的文字\n";
        let t = normalize(raw);
        assert_eq!(
            t.text,
            "第一段很长很长很长很长的一行文字在这里第一段结束。\n一是第二段很长很长很长很长的文字"
        );
    }
}
