//! A time expression resolved against the publication date (annotation
//! guide rule 5): the day it pins, its EDTF form, the month it points to.

use chrono::{Datelike, Duration, NaiveDate};

use super::When;

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
        When::Month { .. } | When::Year(_) | When::Unresolved(_) => None,
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
