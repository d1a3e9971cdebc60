//! Time expressions: recognition over tagged tokens and resolution against
//! the publication date (annotation guide §5).

use chrono::{Datelike, Duration, NaiveDate};

use super::resources::{Class, FunctionWords, Tag, TimeMod};
use super::text::{TokKind, Token};

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
    /// A span that never pins one day (a week, a year).
    Unresolved,
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

/// The tag of token `i`, if the match covering it starts there.
type TagAt<'a> = &'a dyn Fn(usize) -> Option<(usize, &'a [Tag])>;

fn num(t: Option<&Token>) -> Option<u32> {
    t.filter(|t| t.kind == TokKind::Num && t.norm.len() <= 4)
        .and_then(|t| t.norm.parse().ok())
}

fn year_of(n: u32) -> Option<i32> {
    if (1900..=2100).contains(&n) {
        i32::try_from(n).ok()
    } else {
        None
    }
}

/// Finds the time expressions in tokens `range` of `toks`.
/// `tag_at(i)` gives (end, tags) of the dictionary match starting at `i`;
/// `words` are the function words (day, year, of, and).
#[allow(
    clippy::too_many_lines,
    reason = "replaced by the engine cascade rewrite (engine issue)"
)]
pub fn find(
    toks: &[Token],
    range: std::ops::Range<usize>,
    tag_at: TagAt<'_>,
    words: &FunctionWords,
) -> Vec<TimeExpr> {
    let mut out = Vec::new();
    let e = range.end;
    let mut i = range.start;
    let has = |i: usize, f: &dyn Fn(&Tag) -> bool| {
        tag_at(i).and_then(|(end, tags)| tags.iter().find(|t| f(t)).map(|t| (end, *t)))
    };
    while i < e {
        let start = i;
        let mut j = i;
        let mut when: Option<When> = None;
        // Parts of the day and "يوم" before the day word.
        if let Some((end, _)) = has(j, &|t| matches!(t, Tag::Time(TimeMod::DayPart))) {
            j = end;
        }
        if toks
            .get(j)
            .is_some_and(|t| words.is(Class::DayWord, &t.norm))
        {
            j += 1;
        }
        if let Some((end, Tag::Relative(d))) = has(j, &|t| matches!(t, Tag::Relative(_))) {
            // "اليوم الثاني من زيارته" is a day of the visit, not today.
            if has(end, &|t| matches!(t, Tag::Ordinal(_))).is_none() {
                when = Some(When::Relative(i64::from(d)));
                j = end;
            }
        }
        if let Some((end, Tag::Weekday(w))) = has(j, &|t| matches!(t, Tag::Weekday(_))) {
            when = match when {
                Some(When::Relative(d)) => Some(When::Relative(d)),
                _ => Some(When::Weekday(u32::from(w), 0)),
            };
            j = end;
            if let Some((end2, Tag::Time(m))) = has(j, &|t| {
                matches!(t, Tag::Time(TimeMod::Past | TimeMod::Future))
            }) && let Some(When::Weekday(w, _)) = when
            {
                when = Some(When::Weekday(w, if m == TimeMod::Past { -1 } else { 1 }));
                j = end2;
            }
            if toks
                .get(j)
                .is_some_and(|t| t.is_punct(',') || t.is_punct('،'))
                && num(toks.get(j + 1)).is_some()
            {
                j += 1;
            }
        }
        // Explicit dates: 18 مارس/آذار 2023, التاسع من مايو المقبل, 04/22/ 2024.
        let mut day: Option<u32> = None;
        let mut k = j;
        if let Some(d) = num(toks.get(k)).filter(|d| (1..=31).contains(d)) {
            day = Some(d);
            k += 1;
            // "يومي 17 و18 نوفمبر": a span of days; the first one counts.
            if toks
                .get(k)
                .is_some_and(|t| words.is(Class::Conjunction, &t.norm) || t.is_punct('-'))
                && num(toks.get(k + 1)).is_some_and(|x| (1..=31).contains(&x))
                && has(k + 2, &|t| matches!(t, Tag::Month(_))).is_some()
            {
                k += 2;
            }
        } else if let Some((end, Tag::Ordinal(o))) = has(k, &|t| matches!(t, Tag::Ordinal(_)))
            && toks
                .get(end)
                .is_some_and(|t| words.is(Class::OfPrep, &t.norm))
            && has(end + 1, &|t| matches!(t, Tag::Month(_))).is_some()
        {
            day = Some(u32::from(o));
            k = end + 1;
        }
        if let Some((end, Tag::Month(m))) = has(k, &|t| matches!(t, Tag::Month(_))) {
            let mut k2 = end;
            // "مارس/آذار", "تشرين الأول/أكتوبر": a second name of the same month.
            if toks.get(k2).is_some_and(|t| t.is_punct('/'))
                && let Some((end2, _)) = has(k2 + 1, &|t| matches!(t, Tag::Month(_)))
            {
                k2 = end2;
            }
            let mut year = None;
            if let Some(y) = num(toks.get(k2)).and_then(year_of) {
                year = Some(y);
                k2 += 1;
            }
            let mut tense = 0;
            if let Some((end3, Tag::Time(m))) = has(k2, &|t| {
                matches!(t, Tag::Time(TimeMod::Past | TimeMod::Future))
            }) {
                tense = if m == TimeMod::Past { -1 } else { 1 };
                k2 = end3;
            }
            when = Some(match day {
                Some(d) => When::Explicit {
                    day: d,
                    month: u32::from(m),
                    year,
                    tense,
                },
                None => When::Month {
                    month: u32::from(m),
                    year,
                    tense,
                },
            });
            j = k2;
        } else if when.is_none()
            && let (Some(a), Some(b)) = (num(toks.get(j)), num(toks.get(j + 2)))
            && toks
                .get(j + 1)
                .is_some_and(|t| t.is_punct('/') || t.is_punct('-'))
            && toks
                .get(j + 3)
                .is_some_and(|t| t.is_punct('/') || t.is_punct('-'))
            && let Some(c) = num(toks.get(j + 4))
        {
            // Numeric dates: D/M/YYYY, M/D/YYYY (when D > 12), YYYY/M/D.
            let (y, m, d) = if let Some(y) = year_of(a) {
                (Some(y), b, c)
            } else if b > 12 {
                (year_of(c), a, b)
            } else {
                (year_of(c), b, a)
            };
            if let Some(y) = y
                && NaiveDate::from_ymd_opt(y, m, d).is_some()
            {
                when = Some(When::Explicit {
                    day: d,
                    month: m,
                    year: Some(y),
                    tense: 0,
                });
                j += 5;
            }
        }
        // "عام 2019": a year alone never pins a day, but is the date text found.
        if when.is_none()
            && toks
                .get(i)
                .is_some_and(|t| words.is(Class::YearWord, &t.norm))
            && num(toks.get(i + 1)).and_then(year_of).is_some()
        {
            when = Some(When::Unresolved);
            j = i + 2;
        }
        if when.is_none()
            && let Some((end, _)) = has(i, &|t| matches!(t, Tag::Time(TimeMod::Unresolved)))
        {
            when = Some(When::Unresolved);
            j = end;
        }
        match when {
            Some(w) if j > start => {
                let dateline = false;
                out.push(TimeExpr {
                    start,
                    end: j,
                    when: w,
                    dateline,
                });
                i = j;
            }
            _ => i += 1,
        }
    }
    out
}

/// Resolves `when` against `published`. `future`: the event is planned, so a
/// bare weekday lies on or after the publication date; otherwise on or before.
pub fn resolve(when: When, published: Option<NaiveDate>, future: bool) -> Option<NaiveDate> {
    match when {
        When::Relative(d) => published.and_then(|p| p.checked_add_signed(Duration::days(d))),
        When::Weekday(w, dir) => {
            let p = published?;
            let future = dir > 0 || (dir == 0 && future);
            let cur = p.weekday().number_from_monday();
            let w = w % 8;
            let delta = if future {
                (i64::from(w) - i64::from(cur)).rem_euclid(7)
            } else {
                -(i64::from(cur) - i64::from(w)).rem_euclid(7)
            };
            p.checked_add_signed(Duration::days(delta))
        }
        When::Explicit {
            day,
            month,
            year: Some(y),
            ..
        } => NaiveDate::from_ymd_opt(y, month, day),
        When::Explicit {
            day,
            month,
            year: None,
            tense,
        } => {
            let p = published?;
            let d = NaiveDate::from_ymd_opt(p.year(), month, day)?;
            if tense < 0 && d > p {
                NaiveDate::from_ymd_opt(p.year() - 1, month, day)
            } else if tense > 0 && d < p {
                NaiveDate::from_ymd_opt(p.year() + 1, month, day)
            } else {
                Some(d)
            }
        }
        When::Month { .. } | When::Unresolved => None,
    }
}

/// The (year, month) a month-only expression points to, given `published`.
pub fn month_of(when: When, published: Option<NaiveDate>) -> Option<(i32, u32)> {
    let When::Month { month, year, tense } = when else {
        return None;
    };
    if let Some(y) = year {
        return Some((y, month));
    }
    let p = published?;
    let (py, pm) = (p.year(), p.month());
    let y = if tense < 0 && month > pm {
        py - 1
    } else if tense > 0 && month < pm {
        py + 1
    } else {
        py
    };
    Some((y, month))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, dd)
    }

    #[test]
    fn weekdays_resolve_by_tense() {
        // 2024-02-07 is a Wednesday.
        let p = d(2024, 2, 7);
        assert_eq!(resolve(When::Weekday(1, 0), p, false), d(2024, 2, 5));
        assert_eq!(resolve(When::Weekday(3, 0), p, false), d(2024, 2, 7));
        assert_eq!(resolve(When::Weekday(3, 0), p, true), d(2024, 2, 7));
        assert_eq!(resolve(When::Weekday(4, 0), p, true), d(2024, 2, 8));
        assert_eq!(resolve(When::Relative(-2), p, false), d(2024, 2, 5));
    }

    #[test]
    fn explicit_dates_take_year_from_publication() {
        let p = d(2024, 4, 27);
        assert_eq!(
            resolve(
                When::Explicit {
                    day: 9,
                    month: 5,
                    year: None,
                    tense: 1
                },
                p,
                true
            ),
            d(2024, 5, 9)
        );
        assert_eq!(
            resolve(
                When::Explicit {
                    day: 27,
                    month: 12,
                    year: None,
                    tense: -1
                },
                p,
                false
            ),
            d(2023, 12, 27)
        );
        assert_eq!(
            resolve(
                When::Explicit {
                    day: 9,
                    month: 5,
                    year: None,
                    tense: 0
                },
                None,
                true
            ),
            None
        );
    }
}
