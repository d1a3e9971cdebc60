//! A paragraph broken into lines (UAX #14 opportunities, greedy fill to a
//! width) and each line into *pieces* positioned left to right on screen.
//!
//! A piece is the unit handed to the shaper (one egui galley). The split is
//! chosen so that any shaper that guesses direction from the script (as
//! egui's harfrust does) draws every piece correctly:
//!
//! - In a right-to-left run, a piece is either a *joining chunk* (a maximal
//!   stretch of right-to-left letters with their marks, joiners and the
//!   spaces between them, shaped RTL in logical order so letters join across
//!   whole words), or one other character with its marks (punctuation,
//!   brackets, quotes), mirrored here when Bidi_Mirrored (rule L4). Pieces of
//!   an RTL run are placed right to left.
//! - In a left-to-right run, a piece is a stretch of characters, except that
//!   Arabic-script characters (Arabic-Indic digits, which a shaper would
//!   otherwise reverse as RTL script) are pieces of their own.
//! - Bidi controls are pieces of their own (kind [`PieceKind::Control`]), so
//!   they can be drawn as visible marks.

use std::ops::Range;

use unicode_bidi::{BidiClass, bidi_class};
use unicode_linebreak::{BreakOpportunity, linebreaks};

use super::bidi::{BaseDirection, BidiParagraph, VisualRun, is_bidi_control};
use super::mirror::mirror;

/// Measures the advance width of a text shaped as one run (logical order).
pub trait Measure {
    /// Width of `text` in the unit of the layout (egui points in the viewer).
    fn width(&mut self, text: &str) -> f32;
}

impl<F: FnMut(&str) -> f32> Measure for F {
    fn width(&mut self, text: &str) -> f32 {
        self(text)
    }
}

/// What a piece is, for painting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PieceKind {
    /// Text to shape and paint.
    Text,
    /// Whitespace only (measured, nothing to paint).
    Space,
    /// A bidi control character (invisible unless controls are shown).
    Control,
}

/// One shapeable piece of a line.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    /// Byte range in the paragraph (logical order).
    pub range: Range<usize>,
    /// The text to shape: the logical text, with mirrored glyphs in RTL runs.
    pub text: String,
    /// What to paint.
    pub kind: PieceKind,
    /// Whether the piece lies in a right-to-left run.
    pub rtl: bool,
    /// Left edge, from the left edge of the line.
    pub x: f32,
    /// Advance width.
    pub width: f32,
}

/// One line of a paragraph.
#[derive(Clone, Debug, PartialEq)]
pub struct LineLayout {
    /// Byte range of the line in the paragraph, including trailing spaces.
    pub range: Range<usize>,
    /// Pieces in visual order, left to right; trailing spaces are left out.
    pub pieces: Vec<Piece>,
    /// Width of the line (the pieces), for alignment.
    pub width: f32,
}

/// A paragraph laid out to a width.
#[derive(Clone, Debug, PartialEq)]
pub struct ParagraphLayout {
    /// Right-to-left paragraph: the viewer right-aligns its lines.
    pub rtl: bool,
    /// The lines, top to bottom (at least one, empty for an empty paragraph).
    pub lines: Vec<LineLayout>,
}

impl ParagraphLayout {
    /// The line containing byte `at` (the last line for the end of the text).
    pub fn line_of(&self, at: usize) -> usize {
        self.lines
            .iter()
            .position(|l| at < l.range.end)
            .unwrap_or(self.lines.len().saturating_sub(1))
    }
}

/// Lays out one paragraph (text without `'\n'`) into lines no wider than
/// `max_width` (a single word wider than that gets a line of its own).
pub fn layout_paragraph(
    text: &str,
    direction: BaseDirection,
    max_width: f32,
    measure: &mut dyn Measure,
) -> ParagraphLayout {
    layout_paragraph_with(text, direction, max_width, measure, Controls::Act)
}

/// What the bidi controls of a paragraph do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Controls {
    /// They act, as Unicode says (an override reverses what it covers).
    Act,
    /// They are inert: laid out as neutral characters of their own (shown as
    /// marks), so an override or embedding reorders nothing. "Reveal hidden
    /// characters" uses this: a date under an RLO reads 2024-03-15.
    Inert,
}

/// `text` with each bidi control replaced by a neutral character of the same
/// UTF-8 length (so byte offsets stay), for [`Controls::Inert`].
fn neutralized(text: &str) -> String {
    text.chars()
        .map(|c| match (is_bidi_control(c), c.len_utf8()) {
            (true, 2) => '\u{00B7}',
            (true, _) => '\u{2022}',
            (false, _) => c,
        })
        .collect()
}

/// [`layout_paragraph`], with the bidi controls acting or inert.
pub fn layout_paragraph_with(
    text: &str,
    direction: BaseDirection,
    max_width: f32,
    measure: &mut dyn Measure,
    controls: Controls,
) -> ParagraphLayout {
    let inert;
    let levels_of = match controls {
        Controls::Inert if text.chars().any(is_bidi_control) => {
            inert = neutralized(text);
            inert.as_str()
        }
        _ => text,
    };
    let bidi = BidiParagraph::new(levels_of, direction);
    let lines = break_lines(text, max_width, measure)
        .into_iter()
        .map(|range| layout_line(text, &bidi, range, measure))
        .collect();
    ParagraphLayout {
        rtl: bidi.is_rtl(),
        lines,
    }
}

/// Byte ranges of the lines of `text`: greedy fill at UAX #14 break
/// opportunities, trailing spaces hanging past the width.
pub fn break_lines(text: &str, max_width: f32, measure: &mut dyn Measure) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut line_width = 0.0f32; // width up to the end of the last segment, with its spaces
    let mut seg_start = 0;
    for (end, opportunity) in linebreaks(text) {
        let seg = &text[seg_start..end];
        let trimmed = seg.trim_end();
        let ink = if trimmed.is_empty() {
            0.0
        } else {
            measure.width(trimmed)
        };
        if seg_start > line_start && line_width + ink > max_width {
            lines.push(line_start..seg_start);
            line_start = seg_start;
            line_width = 0.0;
        }
        // The trailing spaces are measured on their own (a string the measurer
        // has usually cached), not shaped again together with the word.
        line_width += ink
            + if trimmed.len() == seg.len() {
                0.0
            } else {
                measure.width(&seg[trimmed.len()..])
            };
        seg_start = end;
        if opportunity == BreakOpportunity::Mandatory && end < text.len() {
            lines.push(line_start..end);
            line_start = end;
            line_width = 0.0;
        }
    }
    if line_start < text.len() || lines.is_empty() {
        lines.push(line_start..text.len());
    }
    lines
}

/// The pieces of one line, positioned left to right.
fn layout_line(
    text: &str,
    bidi: &BidiParagraph<'_>,
    range: Range<usize>,
    measure: &mut dyn Measure,
) -> LineLayout {
    let line_text = &text[range.clone()];
    let visible_end = range.start + line_text.trim_end().len();
    let mut pieces = Vec::new();
    for run in bidi.visual_runs(range.clone()) {
        let run = VisualRun {
            range: run.range.start..run.range.end.min(visible_end),
            level: run.level,
        };
        if run.range.start >= run.range.end {
            continue;
        }
        let mut run_pieces = split_run(text, &run);
        if run.is_rtl() {
            run_pieces.reverse();
        }
        pieces.extend(run_pieces);
    }
    let mut x = 0.0;
    for piece in &mut pieces {
        piece.x = x;
        piece.width = measure.width(&piece.text);
        x += piece.width;
    }
    LineLayout {
        range,
        pieces,
        width: x,
    }
}

/// Whether `c` belongs to a right-to-left joining chunk.
fn is_strong_rtl(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::R | BidiClass::AL)
}

/// Whether `c` attaches to the preceding character (combining marks, joiners).
fn attaches(c: char) -> bool {
    bidi_class(c) == BidiClass::NSM || matches!(c, '\u{200C}' | '\u{200D}')
}

/// Whether a shaper would guess right-to-left for `c` (Arabic and Hebrew
/// blocks), so that it must not share a piece in a left-to-right run.
fn is_rtl_script(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// Splits one visual run into pieces in logical order (see the module docs).
fn split_run(text: &str, run: &VisualRun) -> Vec<Piece> {
    let rtl = run.is_rtl();
    let base = run.range.start;
    let s = &text[run.range.clone()];
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut pieces = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let mut j = i + 1;
        let kind;
        if is_bidi_control(c) {
            kind = PieceKind::Control;
        } else if rtl && is_strong_rtl(c) {
            // Joining chunk: letters, marks, joiners, and spaces followed by more letters.
            kind = PieceKind::Text;
            loop {
                match chars.get(j) {
                    Some(&(_, n)) if is_bidi_control(n) => break,
                    Some(&(_, n)) if is_strong_rtl(n) || attaches(n) => j += 1,
                    Some(&(_, n)) if n.is_whitespace() => {
                        let mut k = j;
                        while chars.get(k).is_some_and(|&(_, w)| w.is_whitespace()) {
                            k += 1;
                        }
                        if chars.get(k).is_some_and(|&(_, w)| is_strong_rtl(w)) {
                            j = k;
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
        } else if rtl || is_rtl_script(c) {
            // One character with its marks.
            while chars.get(j).is_some_and(|&(_, n)| attaches(n)) {
                j += 1;
            }
            kind = if c.is_whitespace() {
                PieceKind::Space
            } else {
                PieceKind::Text
            };
        } else {
            // Left-to-right stretch.
            while chars
                .get(j)
                .is_some_and(|&(_, n)| !is_bidi_control(n) && (!is_rtl_script(n) || attaches(n)))
            {
                j += 1;
            }
            kind = if s[start..chars.get(j).map_or(s.len(), |&(e, _)| e)]
                .chars()
                .all(char::is_whitespace)
            {
                PieceKind::Space
            } else {
                PieceKind::Text
            };
        }
        let end = chars.get(j).map_or(s.len(), |&(e, _)| e);
        let logical = &s[start..end];
        let shown: String = if rtl {
            logical.chars().map(|c| mirror(c).unwrap_or(c)).collect()
        } else {
            logical.to_owned()
        };
        pieces.push(Piece {
            range: base + start..base + end,
            text: shown,
            kind,
            rtl,
            x: 0.0,
            width: 0.0,
        });
        i = j;
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_per_char(s: &str) -> f32 {
        s.chars().count() as f32
    }

    #[test]
    fn empty_paragraph_has_one_empty_line() {
        let l = layout_paragraph(
            "",
            BaseDirection::Auto { fallback_rtl: true },
            10.0,
            &mut one_per_char,
        );
        assert_eq!(l.lines.len(), 1);
        assert!(l.lines[0].pieces.is_empty());
    }

    #[test]
    fn rlm_inside_arabic_is_a_control_piece() {
        let text = "و\u{200F}علامة";
        let l = layout_paragraph(text, BaseDirection::Rtl, 100.0, &mut one_per_char);
        let kinds: Vec<PieceKind> = l.lines[0].pieces.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            vec![PieceKind::Text, PieceKind::Control, PieceKind::Text]
        );
        assert_eq!(l.lines[0].pieces[0].text, "علامة");
    }

    #[test]
    fn arabic_indic_digits_are_separate_pieces() {
        let text = "عام ١٩٧٩";
        let l = layout_paragraph(
            text,
            BaseDirection::Auto {
                fallback_rtl: false,
            },
            100.0,
            &mut one_per_char,
        );
        let shown: Vec<&str> = l.lines[0].pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(shown, vec!["١", "٩", "٧", "٩", " ", "عام"]);
    }
}
