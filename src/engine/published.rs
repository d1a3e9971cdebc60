//! The publication date an article states near its top, for a file that
//! comes without one (no `--published`, no HTML metadata):
//!
//! 1. a line that begins with a marker of `assets/time/published.txt`
//!    («تاريخ النشر: ١٣ أكتوبر ٢٠٢٤»، «نُشر بتاريخ: ٢٠ تشرين الأول ٢٠٢٥»);
//! 2. a dateline: a place or agency, then the date and a dash or the agency
//!    in brackets («دمشق (العالم) - 2017/01/26 -»، «أديس أبابا، 04/22/2024
//!    (وكالة) ـ»);
//! 3. a line that is a date (and a time) under the title («السبت 27 إبريل
//!    2024 04:56:47»). Not the first line: a page saved as text begins with
//!    its site's header, whose date is the day the page was saved.
//!
//! The first line of the highest kind wins. Dates are read by the time
//! expressions of [`super::dates`] (every month naming of the Arab press,
//! Arabic-Indic and Persian digits, numeric dates, Hijri dates with their
//! year) and, after a marker or on a date line, English month names («7th,
//! April 2025»). A date inside a sentence of the story («زار بغداد في 22
//! ديسمبر 2019») is never the publication date.

use chrono::NaiveDate;

use super::dates::{self, When};
use super::lookup::lookup;
use super::resources::Resources;
use super::tokens::{TokKind, Token, tokenize};
use crate::model::PublishedFrom;

/// Non-empty lines looked at from the top.
const HEAD_LINES: usize = 12;
/// Chars looked at from the top: the search stops after the line that
/// passes them (the story has begun).
const HEAD_CHARS: usize = 2500;
/// Chars of one line looked at (a marker or a dateline begins its line).
const LINE_CHARS: usize = 400;
/// Tokens allowed before a marker («الرئيسية / نشر في»).
const MARKER_START: usize = 3;
/// Tokens allowed between a marker and its date (a time «١٣:٤٤ -» first).
const MARKER_GAP: usize = 8;
/// Tokens allowed before the date of a dateline («أديس أبابا،», «دمشق
/// (العالم) -»).
const DATELINE_START: usize = 8;
/// Words allowed after the date of a date line («- 16:51 رصد موقع ليبانون»).
const DATE_LINE_WORDS: usize = 4;

/// How a line states a date; lower is surer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Marker,
    Dateline,
    DateLine,
}

/// A full date written in a line: tokens `start..end`.
#[derive(Clone, Copy, Debug)]
struct Written {
    start: usize,
    end: usize,
    date: NaiveDate,
    /// The time-expression stage marked it a stamp between dashes.
    stamp: bool,
}

/// The publication date `text` states near its top, if any (see the
/// module documentation).
pub fn find(res: &Resources, text: &str) -> Option<NaiveDate> {
    let mut best: Option<(Kind, NaiveDate)> = None;
    let mut chars = 0;
    let lines = text.lines().filter(|l| !l.trim().is_empty());
    for (n, line) in lines.take(HEAD_LINES).enumerate() {
        if chars > HEAD_CHARS {
            break;
        }
        chars += line.chars().count();
        let line: String = line.chars().take(LINE_CHARS).collect();
        if let Some((kind, date)) = in_line(res, &line, n == 0)
            && best.is_none_or(|(k, _)| kind < k)
        {
            best = Some((kind, date));
            if kind == Kind::Marker {
                break;
            }
        }
    }
    best.map(|(_, d)| d)
}

/// The publication date and where it came from: the date given with the
/// file (`given`: an argument, a file beside it, the analyst) wins, then the
/// one its HTML metadata declares (`html`), then the one `text` states
/// ([`find`]).
pub fn publication(
    res: &Resources,
    given: Option<NaiveDate>,
    html: Option<NaiveDate>,
    text: &str,
) -> Option<(NaiveDate, PublishedFrom)> {
    given
        .map(|d| (d, PublishedFrom::Argument))
        .or_else(|| html.map(|d| (d, PublishedFrom::Html)))
        .or_else(|| find(res, text).map(|d| (d, PublishedFrom::Text)))
}

/// The surest publication date one line states. `first`: the document's
/// first line (a date alone there is the site's header).
fn in_line(res: &Resources, line: &str, first: bool) -> Option<(Kind, NaiveDate)> {
    let toks = tokenize(line);
    if !toks.iter().any(|t| t.kind == TokKind::Num) {
        return None;
    }
    let written = dates_in(res, &toks);
    if let Some(after) = marker_end(res, &toks)
        && let Some(w) = written
            .iter()
            .find(|w| w.start >= after && w.start <= after + MARKER_GAP)
    {
        return Some((Kind::Marker, w.date));
    }
    if let Some(w) = written.iter().find(|w| is_dateline(&toks, w)) {
        return Some((Kind::Dateline, w.date));
    }
    if first {
        return None;
    }
    written
        .iter()
        .find(|w| is_date_line(&toks, w))
        .map(|w| (Kind::DateLine, w.date))
}

/// The full dates (day, month and year) written in `toks`, in order.
fn dates_in(res: &Resources, toks: &[Token]) -> Vec<Written> {
    let lex = lookup(res, toks);
    let mut out: Vec<Written> = dates::find(res, toks, &lex, 0..toks.len())
        .into_iter()
        .filter_map(|e| {
            let date = full_date(e.when)?;
            Some(Written {
                start: e.start,
                end: e.end,
                date,
                stamp: e.dateline,
            })
        })
        .collect();
    for w in latin_dates(toks) {
        if !out.iter().any(|o| o.start < w.end && w.start < o.end) {
            out.push(w);
        }
    }
    out.sort_by_key(|w| w.start);
    out
}

/// The day a time expression pins with its year, if it does.
fn full_date(when: When) -> Option<NaiveDate> {
    match when {
        When::Explicit {
            day,
            month,
            year: Some(y),
            ..
        } => NaiveDate::from_ymd_opt(y, month, day),
        When::Hijri {
            day,
            month,
            year: Some(y),
        } => crate::calendar::hijri_to_gregorian(y, month, day),
        _ => None,
    }
}

/// Where the date after a marker may begin: the end of a marker of
/// `time/published.txt` among the first tokens of the line.
fn marker_end(res: &Resources, toks: &[Token]) -> Option<usize> {
    (0..=MARKER_START.min(toks.len())).find_map(|s| {
        res.published_markers
            .iter()
            .filter(|m| {
                toks.get(s..s + m.len())
                    .is_some_and(|t| t.iter().zip(m.iter()).all(|(t, w)| t.norm == *w))
            })
            .map(|m| s + m.len())
            .max()
    })
}

/// True for a dash-like or bracket token.
fn is_mark(t: Option<&Token>, marks: &[char]) -> bool {
    t.is_some_and(|t| marks.iter().any(|&c| t.is_punct(c)))
}

const DASHES: [char; 4] = ['-', '\u{2013}', '\u{2014}', '\u{2012}'];

/// A dateline: the date near the start of the line after a place or an
/// agency and a comma or dash, and before a dash or the agency in brackets.
fn is_dateline(toks: &[Token], w: &Written) -> bool {
    if w.start == 0 || w.start > DATELINE_START {
        return false;
    }
    if w.stamp {
        return true;
    }
    let before = toks.get(w.start - 1);
    let opened = is_mark(before, &DASHES) || is_mark(before, &[',', '\u{060C}', '(']);
    let mut k = w.end;
    // «2022ء)», «2024م -»: one letter marking the Gregorian year.
    if toks
        .get(k)
        .is_some_and(|t| t.kind == TokKind::Word && t.norm.chars().count() == 1)
    {
        k += 1;
    }
    let closed = is_mark(toks.get(k), &DASHES) || is_mark(toks.get(k), &['(', ')']);
    opened && closed
}

/// A date line: only punctuation before the date, and after it nothing, or
/// a time or a dash and a few words («- 16:51 رصد موقع ليبانون ديبايت»).
fn is_date_line(toks: &[Token], w: &Written) -> bool {
    if toks[..w.start].iter().any(|t| t.kind != TokKind::Punct) {
        return false;
    }
    let rest = &toks[w.end..];
    let words = rest.iter().filter(|t| t.kind == TokKind::Word).count();
    rest.first().is_none_or(|t| t.kind != TokKind::Word) && words <= DATE_LINE_WORDS
}

/// Dates written with an English month name: «7th, April 2025», «April 7,
/// 2025», «7 Apr 2025».
fn latin_dates(toks: &[Token]) -> Vec<Written> {
    let month = |i: usize| {
        let t = toks.get(i).filter(|t| t.kind == TokKind::Word)?;
        NaiveDate::parse_from_str(&format!("{} 1 2000", t.norm), "%B %d %Y")
            .ok()
            .map(|d| chrono::Datelike::month(&d))
    };
    let num = |i: usize| -> Option<u32> {
        toks.get(i)
            .filter(|t| t.kind == TokKind::Num && t.norm.len() <= 4)?
            .norm
            .parse()
            .ok()
    };
    // Past a glued ordinal suffix («7th») and a comma.
    let skip = |mut i: usize| {
        if toks
            .get(i)
            .is_some_and(|t| t.kind == TokKind::Word && !t.space_before && t.norm.len() == 2)
        {
            i += 1;
        }
        if is_mark(toks.get(i), &[',']) {
            i += 1;
        }
        i
    };
    let mut out = Vec::new();
    for i in 0..toks.len() {
        // day month year
        if let Some(d) = num(i) {
            let m_at = skip(i + 1);
            if let Some(m) = month(m_at)
                && let Some(y) = num(skip(m_at + 1)).and_then(|y| i32::try_from(y).ok())
                && let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
            {
                out.push(Written {
                    start: i,
                    end: skip(m_at + 1) + 1,
                    date,
                    stamp: false,
                });
            }
        }
        // month day year
        if let Some(m) = month(i)
            && let Some(d) = num(i + 1)
            && let Some(y) = num(skip(i + 2)).and_then(|y| i32::try_from(y).ok())
            && let Some(date) = NaiveDate::from_ymd_opt(y, m, d)
        {
            out.push(Written {
                start: i,
                end: skip(i + 2) + 1,
                date,
                stamp: false,
            });
        }
    }
    out.retain(|w| (1900..=2100).contains(&chrono::Datelike::year(&w.date)));
    out
}
