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
}
