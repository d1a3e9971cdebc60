//! Loose matching for the find bar: Arabic spelling variants that readers
//! treat as the same word compare equal.
//!
//! Folding is a data-free character mapping (Unicode classes only):
//! alef with hamza or madda and alef wasla → bare alef; waw/yeh with hamza →
//! waw/yeh; ta marbuta → heh; alef maqsura (and Farsi yeh) → yeh; keheh → kaf;
//! harakat, Quranic marks, superscript alef and tatweel are ignored, and so
//! are bidi controls and invisible characters ([`crate::hidden::is_hidden`]:
//! a zero-width space or an override inside «بلينكن» does not hide the name);
//! Latin letters compare case-insensitively.

use std::ops::Range;

/// The folded form of `c`, or `None` when `c` is ignored in matching.
pub fn fold_char(c: char) -> Option<char> {
    match c {
        // Harakat, shadda, sukun and other marks above/below, superscript alef.
        '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{0610}'..='\u{061A}'
        | '\u{06D6}'..='\u{06ED}' => None,
        // Tatweel (kashida) only stretches a joined letter.
        '\u{0640}' => None,
        // Invisible characters and bidi controls inside a word.
        c if crate::hidden::is_hidden(c) => None,
        // Alef forms: madda, hamza above/below, wasla, wavy hamza.
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' | '\u{0672}' | '\u{0673}' => {
            Some('\u{0627}')
        }
        // Waw with hamza → waw; yeh with hamza → yeh.
        '\u{0624}' => Some('\u{0648}'),
        '\u{0626}' => Some('\u{064A}'),
        // Ta marbuta → heh.
        '\u{0629}' => Some('\u{0647}'),
        // Alef maqsura and Farsi yeh → yeh; keheh → kaf.
        '\u{0649}' | '\u{06CC}' => Some('\u{064A}'),
        '\u{06A9}' => Some('\u{0643}'),
        c if c.is_uppercase() => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => Some(l),
                _ => Some(c),
            }
        }
        c => Some(c),
    }
}

/// `text` folded (see the module docs), for comparing with a folded query.
pub fn fold(text: &str) -> String {
    text.chars().filter_map(fold_char).collect()
}

/// A text folded for matching, remembering where each folded character
/// came from.
#[derive(Clone, Debug, Default)]
pub struct Folded {
    text: String,
    /// Original char index of the folded char starting at each byte of `text`.
    origin: Vec<u32>,
    /// Number of chars of the original text.
    len: usize,
}

impl Folded {
    /// Folds `text` (see the module docs).
    pub fn new(text: &str) -> Self {
        let mut folded = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len());
        let mut len = 0;
        for (i, c) in text.chars().enumerate() {
            len = i + 1;
            if let Some(f) = fold_char(c) {
                folded.push(f);
                let idx = u32::try_from(i).unwrap_or(u32::MAX);
                origin.extend(std::iter::repeat_n(idx, f.len_utf8()));
            }
        }
        Self {
            text: folded,
            origin,
            len,
        }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Every non-overlapping match of `query` (folded the same way), as char
    /// ranges of the original text, in order. Ignored characters (diacritics,
    /// tatweel) inside or right after a matched word are part of the match.
    pub fn find_all(&self, query: &str) -> Vec<Range<usize>> {
        let needle: String = query.chars().filter_map(fold_char).collect();
        if needle.is_empty() {
            return Vec::new();
        }
        self.text
            .match_indices(&needle)
            .filter_map(|(b, m)| {
                let start = *self.origin.get(b)? as usize;
                // Extend over ignored marks up to the next folded char.
                let end = self
                    .origin
                    .get(b + m.len())
                    .map_or(self.len, |&n| n as usize);
                Some(start..end)
            })
            .collect()
    }
}

/// Every match of `query` in `text`, loosely (see [`Folded::find_all`]).
pub fn find_all(text: &str, query: &str) -> Vec<Range<usize>> {
    Folded::new(text).find_all(query)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hamza_forms_ta_marbuta_and_alef_maqsura_match_loosely() {
        // "إسرائيل" found by "اسراييل"; "القاهرة" by "القاهره"; "مصطفى" by "مصطفي".
        assert_eq!(find_all("زار إسرائيل", "اسراييل"), vec![4..11]);
        assert_eq!(find_all("في القاهرة اليوم", "القاهره"), vec![3..10]);
        assert_eq!(find_all("مصطفى", "مصطفي"), vec![0..5]);
        assert_eq!(find_all("أحمد وآمنة", "امنه"), vec![6..10]);
    }

    #[test]
    fn diacritics_and_tatweel_are_ignored_both_ways() {
        // مُحَمَّد (with harakat) matches محمد; the match covers the marks.
        let text = "النبي مُحَمَّدٌ قال";
        assert_eq!(find_all(text, "محمد"), vec![6..15]);
        assert_eq!(find_all("جـــامعة", "جامعه"), vec![0..8]);
        assert_eq!(find_all("جامعة", "جَامِعَة"), vec![0..5]);
    }

    #[test]
    fn latin_is_case_insensitive_and_empty_query_finds_nothing() {
        assert_eq!(find_all("قالت BBC إن", "bbc"), vec![5..8]);
        assert!(find_all("abc", "").is_empty());
        assert!(find_all("abc", "\u{064E}").is_empty());
    }
}
