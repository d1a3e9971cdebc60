//! Stage 4d of the cascade: time expressions, recognized over the looked-up
//! tokens, and their resolution against the publication date (annotation
//! guide rule 5): relative days, weekdays (forward for a planned event),
//! explicit dates in every month naming of the Arab press, numeric dates,
//! months and years that pin no day.

use super::lookup::Lexed;
use super::resources::Resources;
use super::tokens::Token;

mod resolution;
mod scan;

pub use resolution::{edtf, month_of, resolve};
use scan::find_with;

/// What a time expression says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// Days from publication (اليوم 0, أمس -1, غدا 1).
    Relative(i64),
    /// A weekday of the publication week (1 = Monday), with its direction
    /// when stated (-1 = الماضي, 1 = المقبل, 0 = by the tense of the event).
    Weekday(u32, i8),
    /// Day and month, year if written; `tense` -1 = الماضي, 1 = المقبل, 0 = none.
    Explicit {
        day: u32,
        month: u32,
        year: Option<i32>,
        tense: i8,
    },
    /// A month without a day ("في فبراير الماضي", "حزيران/يونيو 2021").
    Month {
        month: u32,
        year: Option<i32>,
        tense: i8,
    },
    /// Days `day`.`month` to `end_day`.`end_month` (في الفترة من 7 إلى 11
    /// يناير): the stay begins on the first.
    Range {
        day: u32,
        month: u32,
        end_day: u32,
        end_month: u32,
        year: Option<i32>,
        tense: i8,
    },
    /// A day of the Hijri calendar (Umm al-Qura), year if written.
    Hijri {
        day: u32,
        month: u32,
        year: Option<i32>,
    },
    /// A year alone (عام 2008، في 2008).
    Year(i32),
    /// A span that never pins one day (a week, a year), with its direction
    /// from publication when it says one (-1 past, 1 ahead, 0 none).
    Unresolved(i8),
}

/// A time expression found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeExpr {
    /// Token range.
    pub start: usize,
    pub end: usize,
    pub when: When,
    /// A dateline stamp ("دمشق (العالم) - 2017/01/26 -"): never the day of a visit.
    pub dateline: bool,
}

/// Finds the time expressions in tokens `range` of `toks`.
pub fn find(
    res: &Resources,
    toks: &[Token],
    lex: &Lexed,
    range: std::ops::Range<usize>,
) -> Vec<TimeExpr> {
    let tag_at = |i: usize| lex.at(i).map(|m| (m.end, m.tags.as_slice()));
    find_with(toks, range, &tag_at, &res.words)
}

/// The time expressions of every sentence, with its index; datelines left
/// out (a stamp is never the day of a visit).
pub fn find_all(
    res: &Resources,
    toks: &[Token],
    lex: &Lexed,
    sentences: &[std::ops::Range<usize>],
) -> Vec<(usize, TimeExpr)> {
    sentences
        .iter()
        .enumerate()
        .flat_map(|(si, s)| {
            find(res, toks, lex, s.clone())
                .into_iter()
                .map(move |t| (si, t))
        })
        .filter(|(_, t)| !t.dateline)
        .collect()
}
