//! Stage 4d of the cascade: time expressions, recognized over the looked-up
//! tokens, and their resolution against the publication date (annotation
//! guide rule 5): relative days, weekdays (forward for a planned event),
//! explicit dates in every month naming of the Arab press, numeric dates,
//! months and years that pin no day.

use chrono::{Datelike, Duration, NaiveDate};

use super::lookup::Lexed;
use super::resources::{Class, FunctionWords, Resources, Tag, TimeMod};
use super::tokens::{TokKind, Token};

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
    Hijri { day: u32, month: u32, year: Option<i32> },
    /// A year alone (عام 2008، في 2008).
    Year(i32),
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
pub fn find(
    res: &Resources,
    toks: &[Token],
    lex: &Lexed,
    range: std::ops::Range<usize>,
) -> Vec<TimeExpr> {
    let tag_at = |i: usize| lex.at(i).map(|m| (m.end, m.tags.as_slice()));
    find_with(toks, range, &tag_at, &res.words)
}

/// [`find`] over any tagging: `tag_at(i)` gives (end, tags) of the
/// dictionary match starting at `i`; `words` are the function words (day,
/// year, of, and).
fn find_with(
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
        // Explicit dates: 18 مارس/آذار 2023, التاسع من مايو المقبل, ranges
        // (من 7 إلى 11 يناير، بين 21 و23 أكتوبر، يومي 14 و15 فيفري), Hijri
        // dates (5 رمضان 1443 هـ), numeric dates (04/22/ 2024).
        let mut k = j;
        // «من» / «بين» opening a range of days.
        if toks.get(k).is_some_and(|t| words.is(Class::RangeFrom, &t.norm))
            && num(toks.get(k + 1)).is_some_and(|d| (1..=31).contains(&d))
        {
            k += 1;
        }
        let day_at = |k: usize| -> Option<(u32, usize)> {
            if let Some(d) = num(toks.get(k)).filter(|d| (1..=31).contains(d)) {
                // «21 من جمادى الأولى»، «7 من فبراير»
                let of = toks
                    .get(k + 1)
                    .is_some_and(|t| words.is(Class::OfPrep, &t.norm))
                    && has(k + 2, &|t| matches!(t, Tag::Month(_) | Tag::HijriMonth(_))).is_some();
                return Some((d, if of { k + 2 } else { k + 1 }));
            }
            if let Some((end, Tag::Ordinal(o))) = has(k, &|t| matches!(t, Tag::Ordinal(_)))
                && toks
                    .get(end)
                    .is_some_and(|t| words.is(Class::OfPrep, &t.norm))
                && has(end + 1, &|t| matches!(t, Tag::Month(_) | Tag::HijriMonth(_))).is_some()
            {
                return Some((u32::from(o), end + 1));
            }
            None
        };
        let mut day: Option<u32> = None;
        let mut end_day: Option<u32> = None;
        let mut end_month: Option<u32> = None;
        if let Some((d, next)) = day_at(k) {
            day = Some(d);
            k = next;
            // The end of a range before the month: 17 و18 نوفمبر، 3-5 فبراير.
            if toks.get(k).is_some_and(|t| {
                words.is(Class::RangeTo, &t.norm) || words.is(Class::Conjunction, &t.norm) || t.is_punct('-')
            }) && let Some((d2, next2)) = day_at(k + 1)
                && has(next2, &|t| matches!(t, Tag::Month(_) | Tag::HijriMonth(_))).is_some()
            {
                end_day = Some(d2);
                k = next2;
            }
        }
        if let Some((end, Tag::HijriMonth(m))) = has(k, &|t| matches!(t, Tag::HijriMonth(_))) {
            let mut k2 = end;
            let mut year = None;
            if let Some(y) = num(toks.get(k2)).and_then(|n| i32::try_from(n).ok()).filter(|y| (1300..=1600).contains(y)) {
                year = Some(y);
                k2 += 1;
                if toks.get(k2).is_some_and(|t| words.is(Class::Hijri, &t.norm)) {
                    k2 += 1;
                }
            }
            if let Some(d) = day {
                when = Some(When::Hijri {
                    day: d,
                    month: u32::from(m),
                    year,
                });
                j = k2;
                // «الموافق 7 من فبراير 2018م»: the Gregorian day it matches.
                if toks.get(j).is_some_and(|t| words.is(Class::Equivalent, &t.norm))
                    && let Some((d2, next)) = day_at(j + 1)
                    && let Some((end2, Tag::Month(gm))) = has(next, &|t| matches!(t, Tag::Month(_)))
                {
                    let mut k3 = end2;
                    let y2 = num(toks.get(k3)).and_then(year_of);
                    if y2.is_some() {
                        k3 += 1;
                    }
                    if toks.get(k3).is_some_and(|t| words.is(Class::Gregorian, &t.norm)) {
                        k3 += 1;
                    }
                    when = Some(When::Explicit {
                        day: d2,
                        month: u32::from(gm),
                        year: y2,
                        tense: 0,
                    });
                    j = k3;
                }
            }
        } else if let Some((end, Tag::Month(m))) = has(k, &|t| matches!(t, Tag::Month(_))) {
            let mut k2 = end;
            // "مارس/آذار", "تشرين الأول/أكتوبر": a second name of the same month.
            if toks.get(k2).is_some_and(|t| t.is_punct('/'))
                && let Some((end2, _)) = has(k2 + 1, &|t| matches!(t, Tag::Month(_)))
            {
                k2 = end2;
            }
            // A range to another month: من 31 يناير إلى 3 فبراير.
            if day.is_some()
                && end_day.is_none()
                && toks.get(k2).is_some_and(|t| words.is(Class::RangeTo, &t.norm) || t.is_punct('-'))
                && let Some((d2, next2)) = day_at(k2 + 1)
                && let Some((end3, Tag::Month(m2))) = has(next2, &|t| matches!(t, Tag::Month(_)))
            {
                end_day = Some(d2);
                end_month = Some(u32::from(m2));
                k2 = end3;
            }
            let mut year = None;
            if let Some(y) = num(toks.get(k2)).and_then(year_of) {
                year = Some(y);
                k2 += 1;
                if toks.get(k2).is_some_and(|t| words.is(Class::Gregorian, &t.norm)) {
                    k2 += 1;
                }
            }
            let mut tense = 0;
            if let Some((end3, Tag::Time(m))) = has(k2, &|t| {
                matches!(t, Tag::Time(TimeMod::Past | TimeMod::Future))
            }) {
                tense = if m == TimeMod::Past { -1 } else { 1 };
                k2 = end3;
            }
            when = Some(match (day, end_day) {
                (Some(d), Some(e)) => When::Range {
                    day: d,
                    month: u32::from(m),
                    end_day: e,
                    end_month: end_month.unwrap_or(u32::from(m)),
                    year,
                    tense,
                },
                (Some(d), None) => When::Explicit {
                    day: d,
                    month: u32::from(m),
                    year,
                    tense,
                },
                (None, _) => When::Month {
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
        // "عام 2019", "في 2008": a year alone never pins a day.
        if when.is_none()
            && toks.get(i).is_some_and(|t| {
                words.is(Class::YearWord, &t.norm) || words.is(Class::InPrep, &t.norm)
            })
            && let Some(y) = num(toks.get(i + 1)).and_then(year_of)
            && !toks.get(i + 2).is_some_and(|t| t.is_punct('/') || t.is_punct('-'))
        {
            when = Some(When::Year(y));
            j = i + 2;
            if toks.get(j).is_some_and(|t| words.is(Class::Gregorian, &t.norm)) {
                j += 1;
            }
        }
        if when.is_none()
            && let Some((end, _)) = has(i, &|t| matches!(t, Tag::Time(TimeMod::Unresolved)))
        {
            when = Some(When::Unresolved);
            j = end;
        }
        match when {
            Some(w) if j > start => {
                // «دمشق (العالم) - 2017/01/26 -»: a stamp between dashes.
                let dash = |t: Option<&Token>| t.is_some_and(|t| t.is_punct('-') || t.is_punct('\u{2013}'));
                let dateline = start > 0 && dash(toks.get(start - 1)) && dash(toks.get(j));
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
        When::Range {
            day,
            month,
            year,
            tense,
            ..
        } => resolve(
            When::Explicit {
                day,
                month,
                year,
                tense,
            },
            published,
            future,
        ),
        When::Hijri { day, month, year } => {
            let y = match year {
                Some(y) => y,
                None => crate::calendar::gregorian_to_hijri(published?)?.0,
            };
            crate::calendar::hijri_to_gregorian(y, month, day)
        }
        When::Month { .. } | When::Year(_) | When::Unresolved => None,
    }
}

/// The EDTF form (Library of Congress Extended Date/Time Format, level 0/1)
/// of `when`: the day when it pins one, else what it says — a month
/// (`2020-02`), a year (`2008`), a range of days (`2024-01-07/2024-01-11`).
pub fn edtf(when: When, published: Option<NaiveDate>, future: bool) -> Option<String> {
    if let When::Range {
        end_day,
        end_month,
        year,
        ..
    } = when
        && let Some(start) = resolve(when, published, future)
    {
        let y = year.unwrap_or(start.year());
        let y = if end_month < start.month() { y + 1 } else { y };
        let end = NaiveDate::from_ymd_opt(y, end_month, end_day)?;
        return Some(format!("{start}/{end}"));
    }
    if let Some(d) = resolve(when, published, future) {
        return Some(d.to_string());
    }
    match when {
        When::Month { .. } => month_of(when, published).map(|(y, m)| format!("{y:04}-{m:02}")),
        When::Year(y) => Some(format!("{y:04}")),
        _ => None,
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
