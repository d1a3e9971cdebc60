//! The recognizer of time expressions over one tagging: relative days and
//! weekdays, explicit dates (Gregorian, Hijri, a range of days), numeric
//! dates, months and years alone, and spans that pin no day.

use chrono::NaiveDate;

use super::{TimeExpr, When};
use crate::engine::resources::{Class, FunctionWords, Tag, TimeMod};
use crate::engine::tokens::{TokKind, Token};

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

/// [`find`](super::find) over any tagging: `tag_at(i)` gives (end, tags) of the
/// dictionary match starting at `i`; `words` are the function words (day,
/// year, of, and).
pub(super) fn find_with<'a>(
    toks: &'a [Token],
    range: std::ops::Range<usize>,
    tag_at: TagAt<'a>,
    words: &'a FunctionWords,
) -> Vec<TimeExpr> {
    let scan = Scan {
        toks,
        tag_at,
        words,
    };
    let mut out = Vec::new();
    let mut i = range.start;
    while i < range.end {
        match scan.at(i) {
            Some((when, j)) if j > i => {
                // «دمشق (العالم) - 2017/01/26 -»: a stamp between dashes.
                let dash = |t: Option<&Token>| {
                    t.is_some_and(|t| t.is_punct('-') || t.is_punct('\u{2013}'))
                };
                let dateline = i > 0 && dash(toks.get(i - 1)) && dash(toks.get(j));
                out.push(TimeExpr {
                    start: i,
                    end: j,
                    when,
                    dateline,
                });
                i = j;
            }
            _ => i += 1,
        }
    }
    out
}

/// The recognizer of time expressions over one tagging.
struct Scan<'a> {
    toks: &'a [Token],
    tag_at: TagAt<'a>,
    words: &'a FunctionWords,
}

impl Scan<'_> {
    fn has(&self, i: usize, f: &dyn Fn(&Tag) -> bool) -> Option<(usize, Tag)> {
        (self.tag_at)(i).and_then(|(end, tags)| tags.iter().find(|t| f(t)).map(|t| (end, *t)))
    }

    fn is(&self, i: usize, c: Class) -> bool {
        self.toks.get(i).is_some_and(|t| self.words.is(c, &t.norm))
    }

    fn punct(&self, i: usize, p: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(p))
    }

    fn month(&self, i: usize) -> Option<(usize, Tag)> {
        self.has(i, &|t| matches!(t, Tag::Month(_)))
    }

    /// The time expression starting at token `i` and where it ends.
    fn at(&self, i: usize) -> Option<(When, usize)> {
        let (mut when, mut j) = self.day_word(i);
        if let Some((w, k)) = self.explicit(j) {
            return Some((w, k));
        }
        if when.is_none()
            && let Some((w, k)) = self.numeric(j)
        {
            when = Some(w);
            j = k;
        }
        if when.is_none() {
            return self.year(i).or_else(|| {
                self.has(i, &|t| matches!(t, Tag::Time(TimeMod::Unresolved(_))))
                    .map(|(end, t)| match t {
                        Tag::Time(TimeMod::Unresolved(d)) => (When::Unresolved(d), end),
                        _ => (When::Unresolved(0), end),
                    })
            });
        }
        when.map(|w| (w, j))
    }

    /// «صباح يوم الاثنين»، «أمس»، «الأحد المقبل»: a relative day or a
    /// weekday, after a part of the day and «يوم»; and where the scan goes on.
    fn day_word(&self, i: usize) -> (Option<When>, usize) {
        let mut j = i;
        let mut when = None;
        if let Some((end, _)) = self.has(j, &|t| matches!(t, Tag::Time(TimeMod::DayPart))) {
            j = end;
        }
        if self.is(j, Class::DayWord) {
            j += 1;
        }
        if let Some((end, Tag::Relative(d))) = self.has(j, &|t| matches!(t, Tag::Relative(_)))
            // "اليوم الثاني من زيارته" is a day of the visit, not today.
            && self.has(end, &|t| matches!(t, Tag::Ordinal(_))).is_none()
        {
            when = Some(When::Relative(i64::from(d)));
            j = end;
        }
        if let Some((end, Tag::Weekday(w))) = self.has(j, &|t| matches!(t, Tag::Weekday(_))) {
            if !matches!(when, Some(When::Relative(_))) {
                when = Some(When::Weekday(u32::from(w), 0));
            }
            j = end;
            if let Some((end2, Tag::Time(m))) = self.has(j, &|t| {
                matches!(t, Tag::Time(TimeMod::Past | TimeMod::Future))
            }) && let Some(When::Weekday(w, _)) = when
            {
                when = Some(When::Weekday(w, if m == TimeMod::Past { -1 } else { 1 }));
                j = end2;
            }
            // «يومي الخميس والجمعة»: the first day of two.
            if self.is(j, Class::Conjunction)
                && self.has(j + 1, &|t| matches!(t, Tag::Weekday(_))).is_some()
            {
                j += 2;
            } else if let Some(t) = self.toks.get(j)
                && t.norm.starts_with('\u{0648}')
                && self.has(j, &|t| matches!(t, Tag::Weekday(_))).is_some()
            {
                j += 1;
            }
            if (self.punct(j, ',') || self.punct(j, '\u{060C}'))
                && num(self.toks.get(j + 1)).is_some()
            {
                j += 1;
            }
        }
        (when, j)
    }

    /// A day number or «التاسع من» before a month: the day and where the
    /// month is looked for.
    fn day_at(&self, k: usize) -> Option<(u32, usize)> {
        let month_at = |k: usize| {
            self.has(k, &|t| matches!(t, Tag::Month(_) | Tag::HijriMonth(_)))
                .is_some()
        };
        if let Some(d) = num(self.toks.get(k)).filter(|d| (1..=31).contains(d)) {
            // «21 من جمادى الأولى»، «7 من فبراير»
            let of = self.is(k + 1, Class::OfPrep) && month_at(k + 2);
            return Some((d, if of { k + 2 } else { k + 1 }));
        }
        // «الأسبوع الأول من مايو» is a week of May, not its first day.
        let part_of_month = k > 0 && self.is(k - 1, Class::PeriodPart);
        if let Some((end, Tag::Ordinal(o))) = self.has(k, &|t| matches!(t, Tag::Ordinal(_)))
            && !part_of_month
            && self.is(end, Class::OfPrep)
            && month_at(end + 1)
        {
            return Some((u32::from(o), end + 1));
        }
        None
    }

    /// A day (or a range of days) with its month, Gregorian or Hijri: 18
    /// مارس/آذار 2023، من 7 إلى 11 يناير، بين 21 و23 أكتوبر، 5 رمضان 1443 هـ.
    fn explicit(&self, j: usize) -> Option<(When, usize)> {
        let mut k = j;
        // «من» / «بين» opening a range of days.
        if self.is(k, Class::RangeFrom)
            && num(self.toks.get(k + 1)).is_some_and(|d| (1..=31).contains(&d))
        {
            k += 1;
        }
        let mut day = None;
        let mut end_day = None;
        if let Some((d, next)) = self.day_at(k) {
            day = Some(d);
            k = next;
            // The end of a range before the month: 17 و18 نوفمبر، 3-5 فبراير.
            let to =
                self.is(k, Class::RangeTo) || self.is(k, Class::Conjunction) || self.punct(k, '-');
            if to
                && let Some((d2, next2)) = self.day_at(k + 1)
                && self
                    .has(next2, &|t| matches!(t, Tag::Month(_) | Tag::HijriMonth(_)))
                    .is_some()
            {
                end_day = Some(d2);
                k = next2;
            }
        }
        if let Some((end, Tag::HijriMonth(m))) = self.has(k, &|t| matches!(t, Tag::HijriMonth(_))) {
            return self.hijri(day?, u32::from(m), end);
        }
        let (end, Tag::Month(m)) = self.month(k)? else {
            return None;
        };
        self.gregorian(day, end_day, u32::from(m), end)
    }

    /// The rest of a Gregorian date after its month (a second name of the
    /// month, a range to another month, the year, المقبل/الماضي).
    fn gregorian(
        &self,
        day: Option<u32>,
        mut end_day: Option<u32>,
        month: u32,
        end: usize,
    ) -> Option<(When, usize)> {
        let mut k = end;
        // "مارس/آذار", "تشرين الأول/أكتوبر": a second name of the same month.
        if self.punct(k, '/')
            && let Some((end2, _)) = self.month(k + 1)
        {
            k = end2;
        }
        let mut end_month = None;
        // A range to another month: من 31 يناير إلى 3 فبراير.
        if day.is_some()
            && end_day.is_none()
            && (self.is(k, Class::RangeTo) || self.punct(k, '-'))
            && let Some((d2, next2)) = self.day_at(k + 1)
            && let Some((end3, Tag::Month(m2))) = self.month(next2)
        {
            end_day = Some(d2);
            end_month = Some(u32::from(m2));
            k = end3;
        }
        let mut year = None;
        if let Some(y) = num(self.toks.get(k)).and_then(year_of) {
            year = Some(y);
            k += 1;
            if self.is(k, Class::Gregorian) {
                k += 1;
            }
        }
        let mut tense = 0;
        if let Some((end3, Tag::Time(m))) = self.has(k, &|t| {
            matches!(t, Tag::Time(TimeMod::Past | TimeMod::Future))
        }) {
            tense = if m == TimeMod::Past { -1 } else { 1 };
            k = end3;
        }
        let when = match (day, end_day) {
            (Some(d), Some(e)) => When::Range {
                day: d,
                month,
                end_day: e,
                end_month: end_month.unwrap_or(month),
                year,
                tense,
            },
            (Some(d), None) => When::Explicit {
                day: d,
                month,
                year,
                tense,
            },
            (None, _) => When::Month { month, year, tense },
        };
        Some((when, k))
    }

    /// A Hijri date after its month (the year, هـ), or the Gregorian day
    /// that «الموافق» gives after it.
    fn hijri(&self, day: u32, month: u32, end: usize) -> Option<(When, usize)> {
        let mut k = end;
        let mut year = None;
        if let Some(y) = num(self.toks.get(k))
            .and_then(|n| i32::try_from(n).ok())
            .filter(|y| (1300..=1600).contains(y))
        {
            year = Some(y);
            k += 1;
            if self.is(k, Class::Hijri) {
                k += 1;
            }
        }
        // «الموافق 7 من فبراير 2018م»: the Gregorian day it matches.
        if self.is(k, Class::Equivalent)
            && let Some((d2, next)) = self.day_at(k + 1)
            && let Some((end2, Tag::Month(gm))) = self.month(next)
        {
            let mut k3 = end2;
            let y2 = num(self.toks.get(k3)).and_then(year_of);
            if y2.is_some() {
                k3 += 1;
            }
            if self.is(k3, Class::Gregorian) {
                k3 += 1;
            }
            let when = When::Explicit {
                day: d2,
                month: u32::from(gm),
                year: y2,
                tense: 0,
            };
            return Some((when, k3));
        }
        Some((When::Hijri { day, month, year }, k))
    }

    /// Numeric dates: D/M/YYYY, M/D/YYYY (when D > 12), YYYY/M/D.
    fn numeric(&self, j: usize) -> Option<(When, usize)> {
        let sep = |i: usize| self.punct(i, '/') || self.punct(i, '-');
        let (a, b) = (num(self.toks.get(j))?, num(self.toks.get(j + 2))?);
        let c = num(self.toks.get(j + 4))?;
        if !(sep(j + 1) && sep(j + 3)) {
            return None;
        }
        let (y, m, d) = if let Some(y) = year_of(a) {
            (Some(y), b, c)
        } else if b > 12 {
            (year_of(c), a, b)
        } else {
            (year_of(c), b, a)
        };
        let y = y?;
        NaiveDate::from_ymd_opt(y, m, d)?;
        Some((
            When::Explicit {
                day: d,
                month: m,
                year: Some(y),
                tense: 0,
            },
            j + 5,
        ))
    }

    /// "عام 2019", "في 2008": a year alone never pins a day.
    fn year(&self, i: usize) -> Option<(When, usize)> {
        if !(self.is(i, Class::YearWord) || self.is(i, Class::InPrep)) {
            return None;
        }
        let y = num(self.toks.get(i + 1)).and_then(year_of)?;
        if self.punct(i + 2, '/') || self.punct(i + 2, '-') {
            return None;
        }
        let mut j = i + 2;
        if self.is(j, Class::Gregorian) {
            j += 1;
        }
        Some((When::Year(y), j))
    }
}
