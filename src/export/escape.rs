//! The one text escaping of the exports that write markup: DOT's HTML-like
//! labels and GraphML (XML). Both need the same five characters replaced,
//! and neither may carry control characters (XML 1.0 forbids most; a
//! line break inside a diagram label breaks its layout), so a control
//! character becomes a space.

/// `s` safe inside XML/HTML text and double-quoted attribute values.
pub fn markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::markup;

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(markup("a<b>&\"c\"\u{1}"), "a&lt;b&gt;&amp;&quot;c&quot; ");
        assert_eq!(markup("年产\n30万吨"), "年产 30万吨");
        assert_eq!(markup("焦炭"), "焦炭");
    }
}
