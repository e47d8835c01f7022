//! Text handling: page repair (normalize), article splitting (segment) and
//! sentence splitting (sentence).

pub mod normalize;
pub mod segment;
pub mod sentence;

/// A Han character (CJK Unified Ideographs and Extension A).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}
