//! A document split into the paragraphs the viewer lays out one at a time:
//! lines of the text (split on `'\n'`, a `'\r'` before it dropped), and a
//! line longer than [`MAX_PARAGRAPH_BYTES`] cut into pieces at spaces, so a
//! hostile file with a 1 MB line is still laid out a screen at a time.
//!
//! Computed once per article, off the UI thread (the app does it while
//! loading), so that opening a 200 MB file costs the window nothing: every
//! per-paragraph figure the viewer needs before layout (char offset, char
//! count, blank or not) is here.

use std::ops::Range;

/// Longest paragraph laid out as one; longer lines are cut at a space.
pub const MAX_PARAGRAPH_BYTES: usize = 16 * 1024;

/// One paragraph of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte range in the document, without the `'\n'` (nor a `'\r'` before it).
    pub bytes: Range<usize>,
    /// Char index of the paragraph's first char in the document.
    pub char_start: usize,
    /// Number of chars in `bytes`.
    pub chars: usize,
    /// Only whitespace (or nothing).
    pub blank: bool,
}

/// Splits `text` into paragraphs, in order; an empty text is one blank
/// paragraph.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut char_start = 0;
    for line in text.split('\n') {
        let end = start + line.len();
        let body = line.strip_suffix('\r').unwrap_or(line);
        let chars = push_split(&mut out, text, start..start + body.len(), char_start);
        // The '\r' (if any) and the '\n' count as chars of the document.
        char_start += chars + (line.len() - body.len());
        if end < text.len() {
            char_start += 1;
        }
        start = end + 1;
    }
    out
}

/// Byte offset in `text` of char index `c` (the end of the text for an
/// index past it), found through `paragraphs` (the [`paragraphs`] of
/// `text`) so that only part of one paragraph is walked, not the text from
/// its start.
pub fn byte_of_char(text: &str, paragraphs: &[Paragraph], c: usize) -> usize {
    let i = paragraphs
        .partition_point(|p| p.char_start <= c)
        .saturating_sub(1);
    let (byte, char_start) = paragraphs
        .get(i)
        .map_or((0, 0), |p| (p.bytes.start, p.char_start));
    text.get(byte..)
        .and_then(|rest| rest.char_indices().nth(c - char_start.min(c)))
        .map_or(text.len(), |(b, _)| byte + b)
}

/// Pushes the line `bytes` of `text`, cut into parts of at most
/// [`MAX_PARAGRAPH_BYTES`] (after the last whitespace before the limit, if
/// any). Returns the number of chars pushed.
fn push_split(
    out: &mut Vec<Paragraph>,
    text: &str,
    bytes: Range<usize>,
    char_start: usize,
) -> usize {
    let mut start = bytes.start;
    let mut at = char_start;
    while bytes.end - start > MAX_PARAGRAPH_BYTES {
        let mut cut = start + MAX_PARAGRAPH_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        if let Some((space, c)) = text[start..cut]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            && space > 0
        {
            cut = start + space + c.len_utf8();
        }
        at += push(out, text, start..cut, at);
        start = cut;
    }
    at += push(out, text, start..bytes.end, at);
    at - char_start
}

fn push(out: &mut Vec<Paragraph>, text: &str, bytes: Range<usize>, char_start: usize) -> usize {
    let body = &text[bytes.clone()];
    let chars = body.chars().count();
    out.push(Paragraph {
        bytes,
        char_start,
        chars,
        blank: body.trim().is_empty(),
    });
    chars
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_paragraphs_with_char_offsets() {
        let text = "أ ب\r\n\nccc\nد";
        let p = paragraphs(text);
        let got: Vec<(&str, usize, usize, bool)> = p
            .iter()
            .map(|p| (&text[p.bytes.clone()], p.char_start, p.chars, p.blank))
            .collect();
        assert_eq!(
            got,
            [
                ("أ ب", 0, 3, false),
                ("", 5, 0, true),
                ("ccc", 6, 3, false),
                ("د", 10, 1, false)
            ]
        );
        assert_eq!(text.chars().nth(10), Some('د'));
        assert_eq!(paragraphs("").len(), 1);
        assert_eq!(paragraphs("a\n").len(), 2);
    }

    #[test]
    fn char_offsets_map_to_bytes_through_the_paragraphs() {
        let text = "أ ب\r\n\nccc\nد".to_owned() + &"ه".repeat(40_000);
        let p = paragraphs(&text);
        for c in [0, 1, 3, 4, 5, 6, 8, 10, 11, 20_000, 40_010, 40_011, 99_999] {
            let expected = text.char_indices().nth(c).map_or(text.len(), |(b, _)| b);
            assert_eq!(byte_of_char(&text, &p, c), expected, "char {c}");
        }
    }

    #[test]
    fn a_long_line_is_cut_at_spaces_and_offsets_stay_exact() {
        let word = "كلمة ";
        let text = word.repeat(10_000); // 90,000 bytes, one line
        let p = paragraphs(&text);
        assert!(p.len() >= 6, "{}", p.len());
        let mut next_char = 0;
        let mut next_byte = 0;
        for para in &p {
            assert!(para.bytes.len() <= MAX_PARAGRAPH_BYTES);
            assert_eq!(para.bytes.start, next_byte);
            assert_eq!(para.char_start, next_char);
            assert!(text[para.bytes.clone()].ends_with(' ') || para.bytes.end == text.len());
            next_char += para.chars;
            next_byte = para.bytes.end;
        }
        assert_eq!(next_char, text.chars().count());
        // No space at all: cut at a char boundary.
        let solid = "ب".repeat(20_000);
        let p = paragraphs(&solid);
        assert_eq!(p.len(), 3);
        assert_eq!(p.iter().map(|p| p.chars).sum::<usize>(), 20_000);
    }
}
