//! Sentence splitting of a normalized article body.
//!
//! Facts are read sentence by sentence, and each fact points at its sentence.
//! Semicolons end a sentence too: news copy chains whole statements with `；`.

use super::normalize::MappedText;
use crate::model::Sentence;

fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '\n')
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）' | ')')
}

/// Splits a body into sentences, keeping closing quotes with their sentence.
pub fn split_sentences(body: &MappedText) -> Vec<Sentence> {
    let chars: Vec<char> = body.text.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let mut depth = 0i32;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '“' | '「' | '《' => depth += 1,
            '”' | '」' | '》' => {
                depth = (depth - 1).max(0);
                // A quotation that ends with a full stop ends the sentence.
                if depth == 0 && i > 0 && matches!(chars[i - 1], '。' | '！' | '？') {
                    push(&mut out, body, &chars, start, i + 1);
                    start = i + 1;
                }
            }
            _ => {}
        }
        // Inside quotes or book titles a full stop does not end the sentence,
        // unless a paragraph ends or the quote is never closed (“A+B模式,
        // 生态优化。下一句…: a mark lost in the copy).
        if ends_sentence(c) && (depth == 0 || c == '\n' || !closed_after(&chars, i)) {
            let mut end = i + 1;
            while end < chars.len() && is_closer(chars[end]) {
                end += 1;
            }
            push(&mut out, body, &chars, start, end);
            start = end;
            i = end;
            depth = 0;
            continue;
        }
        i += 1;
    }
    push(&mut out, body, &chars, start, chars.len());
    out
}

/// How far a quote's closing mark is looked for after a full stop inside
/// it: a quotation longer than this is split like any text (and the
/// look-ahead stays linear in the text's length).
const QUOTE_REACH: usize = 300;

/// True when a closing quote or title mark follows `i` within the
/// paragraph (and within [`QUOTE_REACH`] chars) before another opens.
fn closed_after(chars: &[char], i: usize) -> bool {
    chars[i + 1..]
        .iter()
        .take(QUOTE_REACH)
        .take_while(|&&c| c != '\n')
        .find(|&&c| matches!(c, '”' | '」' | '》' | '“' | '「' | '《'))
        .is_some_and(|&c| matches!(c, '”' | '」' | '》'))
}

fn push(out: &mut Vec<Sentence>, body: &MappedText, chars: &[char], start: usize, end: usize) {
    // Trim the separator and spaces so sentence text is clean.
    let mut s = start;
    let mut e = end;
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    if s == e {
        return;
    }
    out.push(Sentence {
        text: chars[s..e].iter().collect(),
        start: s,
        end: e,
        origin: body.origin_span(s, e),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::normalize;

    #[test]
    fn splits_on_stops_and_semicolons() {
        let t = normalize("项目总投资1亿元；预计2025年投运。他说：“很好。”下一步\n新段落！");
        let s: Vec<String> = split_sentences(&t).into_iter().map(|s| s.text).collect();
        assert_eq!(
            s,
            vec![
                "项目总投资1亿元；",
                "预计2025年投运。",
                "他说：“很好。”",
                "下一步新段落！"
            ]
        );
    }

    /// A quote never closed (a mark lost in the copy) does not swallow the
    /// sentences after its full stop; a closed one still holds its stops.
    #[test]
    fn an_unclosed_quote_ends_at_its_full_stop() {
        let t = normalize(
            "形成“政府+园区招商新模式,生态优化。岚峰产业链引入企业。他说：“很好。我们继续。”完",
        );
        let s: Vec<String> = split_sentences(&t).into_iter().map(|s| s.text).collect();
        assert_eq!(
            s,
            vec![
                "形成“政府+园区招商新模式,生态优化。",
                "岚峰产业链引入企业。",
                "他说：“很好。我们继续。”",
                "完"
            ]
        );
    }
}
