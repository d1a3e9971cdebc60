//! UAX #9 for one paragraph: levels with `unicode-bidi`, then the visual runs
//! of any line of it (rules L1–L2). The viewer and the conformance test
//! (`tests/conformance`) share [`BidiParagraph::visual_runs`].

use std::ops::Range;

use unicode_bidi::{BidiClass, BidiInfo, Direction, Level, bidi_class, get_base_direction};

/// How the paragraph direction is chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseDirection {
    /// Left-to-right, whatever the text.
    Ltr,
    /// Right-to-left, whatever the text.
    Rtl,
    /// From the first strong character (rules P2–P3); `fallback_rtl` decides
    /// when the paragraph has none (e.g. a line of digits in an Arabic article).
    Auto { fallback_rtl: bool },
}

/// A maximal run of one embedding level within a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VisualRun {
    /// Byte range in the paragraph text (logical order inside the run).
    pub range: Range<usize>,
    /// Resolved embedding level after rule L1; odd = right-to-left.
    pub level: u8,
}

impl VisualRun {
    /// Whether the run reads right to left.
    pub fn is_rtl(&self) -> bool {
        self.level % 2 == 1
    }
}

/// Whether `c` is a bidi formatting control that the viewer can make visible:
/// LRM, RLM, ALM, the embeddings/overrides U+202A–U+202E and the isolates
/// U+2066–U+2069.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether rule X9 removes `c` from reordering (it has no visual position of its own).
pub fn is_removed_by_x9(c: char) -> bool {
    use BidiClass::*;
    matches!(bidi_class(c), RLE | LRE | RLO | LRO | PDF | BN)
}

/// The direction of a document: right-to-left if its first strong character
/// is right-to-left or if it has none. Used as the fallback for paragraphs
/// without strong characters (a line of digits in an Arabic article).
pub fn document_is_rtl(text: &str) -> bool {
    text.chars()
        .find_map(|c| match bidi_class(c) {
            BidiClass::L => Some(false),
            BidiClass::R | BidiClass::AL => Some(true),
            _ => None,
        })
        .unwrap_or(true)
}

/// The bidi analysis of one paragraph of text.
#[derive(Debug)]
pub struct BidiParagraph<'a> {
    info: BidiInfo<'a>,
    rtl: bool,
}

impl<'a> BidiParagraph<'a> {
    /// Resolves the embedding levels of `text` (rules P2–I2).
    pub fn new(text: &'a str, direction: BaseDirection) -> Self {
        let level = match direction {
            BaseDirection::Ltr => Some(Level::ltr()),
            BaseDirection::Rtl => Some(Level::rtl()),
            BaseDirection::Auto { fallback_rtl } => match get_base_direction(text) {
                Direction::Ltr => Some(Level::ltr()),
                Direction::Rtl => Some(Level::rtl()),
                Direction::Mixed => Some(if fallback_rtl {
                    Level::rtl()
                } else {
                    Level::ltr()
                }),
            },
        };
        let info = BidiInfo::new(text, level);
        let rtl = info.paragraphs.first().is_some_and(|p| p.level.is_rtl());
        Self { info, rtl }
    }

    /// Whether the paragraph is right-to-left (its lines are right-aligned).
    pub fn is_rtl(&self) -> bool {
        self.rtl
    }

    /// The paragraph embedding level (0 or 1, as in `BidiCharacterTest.txt`).
    pub fn paragraph_level(&self) -> u8 {
        u8::from(self.rtl)
    }

    /// The level runs of the line `line` (a byte range of the text, on char
    /// boundaries), left to right on screen (rules L1–L2). Text that contains
    /// paragraph separators yields the runs of each part in turn.
    pub fn visual_runs(&self, line: Range<usize>) -> Vec<VisualRun> {
        let text = self.info.text;
        let line = line.start.min(text.len())..line.end.min(text.len());
        let mut out = Vec::new();
        for para in &self.info.paragraphs {
            let part = line.start.max(para.range.start)..line.end.min(para.range.end);
            if part.start >= part.end {
                continue;
            }
            let (levels, runs) = self.info.visual_runs(para, part);
            for run in runs {
                let level = levels.get(run.start).map_or(0, |l| l.number());
                out.push(VisualRun { range: run, level });
            }
        }
        out
    }

    /// The visual order of the line: indices (in chars, from the start of
    /// the text) of its characters left to right, leaving out the characters
    /// that rule X9 removes. This is what `BidiCharacterTest.txt` lists.
    pub fn visual_order(&self, line: Range<usize>) -> Vec<usize> {
        let text = self.info.text;
        let mut out = Vec::new();
        for run in self.visual_runs(line) {
            let Some(run_text) = text.get(run.range.clone()) else {
                continue;
            };
            let first = text[..run.range.start].chars().count();
            let chars = run_text
                .chars()
                .enumerate()
                .filter(|(_, c)| !is_removed_by_x9(*c))
                .map(|(i, _)| first + i);
            if run.is_rtl() {
                let mut v: Vec<usize> = chars.collect();
                v.reverse();
                out.extend(v);
            } else {
                out.extend(chars);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_in_arabic_reads_left_to_right() {
        let text = "في عام 1979";
        let p = BidiParagraph::new(
            text,
            BaseDirection::Auto {
                fallback_rtl: false,
            },
        );
        assert!(p.is_rtl());
        // Visual left to right: 1979 (LTR) then the Arabic, reversed.
        assert_eq!(
            p.visual_order(0..text.len()),
            vec![7, 8, 9, 10, 6, 5, 4, 3, 2, 1, 0]
        );
    }

    #[test]
    fn neutral_paragraph_takes_the_fallback() {
        let p = BidiParagraph::new("2024 - 2025", BaseDirection::Auto { fallback_rtl: true });
        assert!(p.is_rtl());
        let p = BidiParagraph::new(
            "2024 - 2025",
            BaseDirection::Auto {
                fallback_rtl: false,
            },
        );
        assert!(!p.is_rtl());
        let p = BidiParagraph::new("Reuters said", BaseDirection::Auto { fallback_rtl: true });
        assert!(!p.is_rtl(), "an English paragraph is left-to-right");
    }
}
