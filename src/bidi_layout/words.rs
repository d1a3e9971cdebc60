//! Word boundaries for whole-word selection (data-free: Unicode classes only).

use std::ops::Range;

use unicode_bidi::{BidiClass, bidi_class};

/// Whether `c` belongs inside a word: letters, digits, combining marks
/// (diacritics), tatweel and the zero-width (non-)joiners.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || bidi_class(c) == BidiClass::NSM || matches!(c, '\u{200C}' | '\u{200D}')
}

/// The word around char index `at` of `chars`, as a char range. Whitespace
/// and punctuation characters are words of their own (one char each). An
/// index past the end gives the empty range at the end.
pub fn word_at(chars: &[char], at: usize) -> Range<usize> {
    let Some(&c) = chars.get(at) else {
        return chars.len()..chars.len();
    };
    if !is_word_char(c) {
        return at..at + 1;
    }
    let mut start = at;
    while start > 0 && chars.get(start - 1).is_some_and(|&p| is_word_char(p)) {
        start -= 1;
    }
    let mut end = at + 1;
    while chars.get(end).is_some_and(|&n| is_word_char(n)) {
        end += 1;
    }
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_includes_diacritics_and_stops_at_punctuation() {
        let chars: Vec<char> = "قالَ: (حماس) BBC".chars().collect();
        assert_eq!(word_at(&chars, 1), 0..4); // قالَ with its fatha
        assert_eq!(word_at(&chars, 4), 4..5); // ':'
        assert_eq!(word_at(&chars, 7), 7..11); // حماس without the brackets
        assert_eq!(word_at(&chars, 14), 13..16);
        assert_eq!(word_at(&chars, 99), 16..16);
    }
}
