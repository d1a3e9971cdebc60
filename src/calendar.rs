//! The Hijri calendar as Saudi Arabia's Umm al-Qura tables define it (ICU4X
//! `icu_calendar`, not hand tables): converting a Hijri date of an article
//! («5 رمضان 1443 هـ») to the Gregorian day, and a Gregorian day to its
//! Hijri date for display and exports. No I/O; out-of-range input is `None`.

use chrono::{Datelike, NaiveDate};
use icu_calendar::Date;
use icu_calendar::cal::{Hijri, Iso};

/// The Gregorian day of Hijri `year`-`month`-`day` (Umm al-Qura).
pub fn hijri_to_gregorian(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    let month = u8::try_from(month).ok()?;
    let day = u8::try_from(day).ok()?;
    let h = Date::try_new_hijri_with_calendar(year, month, day, Hijri::new_umm_al_qura()).ok()?;
    let iso = h.to_calendar(Iso);
    NaiveDate::from_ymd_opt(
        iso.year().extended_year(),
        u32::from(iso.month().ordinal),
        u32::from(iso.day_of_month().0),
    )
}

/// The Umm al-Qura Hijri date of Gregorian `date`, as (year, month, day).
pub fn gregorian_to_hijri(date: NaiveDate) -> Option<(i32, u32, u32)> {
    let month = u8::try_from(date.month()).ok()?;
    let day = u8::try_from(date.day()).ok()?;
    let iso = Date::try_new_iso(date.year(), month, day).ok()?;
    let h = iso.to_calendar(Hijri::new_umm_al_qura());
    Some((
        h.year().extended_year(),
        u32::from(h.month().ordinal),
        u32::from(h.day_of_month().0),
    ))
}

/// The Hijri date of `date` written `YYYY-MM-DD` (the `date_hijri` field).
pub fn hijri_iso(date: NaiveDate) -> Option<String> {
    let (y, m, d) = gregorian_to_hijri(date)?;
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// The first and last day an EDTF date covers (the `date_edtf` field, EDTF
/// level 0/1): a day is itself, a month `2020-02` runs from its 1st to its
/// last day, a year `2008` from 1 January to 31 December, an interval
/// `2024-01-07/2024-01-11` from its start to its end (an open side `..` or
/// an empty one is the other side alone). Level 1 qualifiers (`?`, `~`, `%`)
/// are ignored. `None` for anything else.
pub fn edtf_days(edtf: &str) -> Option<(NaiveDate, NaiveDate)> {
    let edtf = edtf.trim();
    if let Some((a, b)) = edtf.split_once('/') {
        let (start, end) = match (edtf_days(a), edtf_days(b)) {
            (Some(s), Some(e)) => (s.0, e.1),
            (Some(one), None) | (None, Some(one)) => one,
            (None, None) => return None,
        };
        return (start <= end).then_some((start, end));
    }
    let bare = edtf.trim_end_matches(['?', '~', '%']);
    let mut parts = bare.split('-');
    let year: i32 = number(parts.next()?, 4)?;
    let Some(month) = parts.next() else {
        return Some((
            NaiveDate::from_ymd_opt(year, 1, 1)?,
            NaiveDate::from_ymd_opt(year, 12, 31)?,
        ));
    };
    let month: u32 = number(month, 2)?;
    let Some(day) = parts.next() else {
        let first = NaiveDate::from_ymd_opt(year, month, 1)?;
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)?
        };
        return Some((first, next.pred_opt()?));
    };
    let day = NaiveDate::from_ymd_opt(year, month, number(day, 2)?)?;
    parts.next().is_none().then_some((day, day))
}

/// `s` as a number when it is exactly `digits` ASCII digits.
fn number<T: std::str::FromStr>(s: &str, digits: usize) -> Option<T> {
    (s.len() == digits && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umm_al_qura_both_ways() {
        assert_eq!(
            hijri_to_gregorian(1443, 9, 5),
            NaiveDate::from_ymd_opt(2022, 4, 6)
        );
        let d = NaiveDate::from_ymd_opt(2018, 2, 7).unwrap();
        assert_eq!(gregorian_to_hijri(d), Some((1439, 5, 21)));
        assert_eq!(hijri_iso(d).as_deref(), Some("1439-05-21"));
        assert_eq!(hijri_to_gregorian(1443, 13, 1), None);
    }

    #[test]
    fn edtf_days_of_days_months_years_and_intervals() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        assert_eq!(
            edtf_days("2024-06-10"),
            Some((d(2024, 6, 10), d(2024, 6, 10)))
        );
        assert_eq!(edtf_days("2020-02"), Some((d(2020, 2, 1), d(2020, 2, 29))));
        assert_eq!(
            edtf_days("2023-12"),
            Some((d(2023, 12, 1), d(2023, 12, 31)))
        );
        assert_eq!(edtf_days("2008"), Some((d(2008, 1, 1), d(2008, 12, 31))));
        assert_eq!(
            edtf_days("2024-01-07/2024-01-11"),
            Some((d(2024, 1, 7), d(2024, 1, 11)))
        );
        assert_eq!(
            edtf_days("2024-01/.."),
            Some((d(2024, 1, 1), d(2024, 1, 31)))
        );
        assert_eq!(edtf_days("2020-02?"), Some((d(2020, 2, 1), d(2020, 2, 29))));
        for bad in [
            "",
            "20",
            "2020-2",
            "2020-13",
            "2020-02-30",
            "x",
            "2024-01-11/2024-01-07",
            "2020-02-01-01",
        ] {
            assert_eq!(edtf_days(bad), None, "{bad}");
        }
    }
}
