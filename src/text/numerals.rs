//! Han numerals as news text spells counts and ordinals (两条, 十大, 一期,
//! 第三批): the one home of the digit sets the extraction rules test, so a
//! rule says only what it adds (百, 多, 数…) to a count.

/// Expands to the Han digits one to ten, for `concat!` into a regex class.
macro_rules! han_digits {
    () => {
        "一二三四五六七八九十"
    };
}
pub(crate) use han_digits;

/// One to ten in Han digits (一 … 十).
pub fn is_han_digit(c: char) -> bool {
    han_digits!().contains(c)
}

/// A Han digit of a count: 一 … 十, or 两 (两条生产线).
pub fn is_han_count(c: char) -> bool {
    is_han_digit(c) || c == '两'
}

/// A digit of a count, Arabic or Han (3个, 两条).
pub fn is_count_digit(c: char) -> bool {
    c.is_ascii_digit() || is_han_count(c)
}

/// The value of a one-char count: 1…9, 一…十 or 两; none for others.
pub fn count_value(c: char) -> Option<usize> {
    match c {
        '1'..='9' => c.to_digit(10).map(|d| d as usize),
        '两' => Some(2),
        _ => han_digits!().chars().position(|h| h == c).map(|i| i + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_ordinals() {
        assert!("一二三四五六七八九十".chars().all(is_han_digit));
        assert!(!is_han_digit('两') && is_han_count('两'));
        assert!(is_count_digit('7') && is_count_digit('两'));
        assert!(!is_count_digit('百') && !is_han_count('第'));
        assert_eq!(count_value('两'), Some(2));
        assert_eq!(count_value('十'), Some(10));
        assert_eq!(count_value('4'), Some(4));
        assert_eq!(count_value('0'), None);
    }
}
