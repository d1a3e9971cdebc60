//! The horizontal time axis: dates ↔ x pixels, zoom, pan and adaptive ticks.

use chrono::{Datelike, Duration, NaiveDate};

use crate::i18n::Lang;

/// Days are measured as `NaiveDate::num_days_from_ce()`; a date `d` covers the
/// half-open interval `[d, d + 1)` on the axis, so a marker for one day sits
/// at `d + 0.5`.
pub fn day_number(date: NaiveDate) -> f64 {
    f64::from(date.num_days_from_ce())
}

/// The date whose day interval contains `day` (clamped to chrono's range).
pub fn date_of_day(day: f64) -> NaiveDate {
    let d = day.floor();
    let clamped = d.clamp(f64::from(i32::MIN / 2), f64::from(i32::MAX / 2));
    // `as` on a clamped, floored f64 is exact for this range.
    NaiveDate::from_num_days_from_ce_opt(clamped as i32).unwrap_or(if clamped < 0.0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

/// Smallest and largest zoom, in pixels per day (≈ 3 centuries to ≈ 1 hour
/// per screen).
pub const MIN_PX_PER_DAY: f64 = 0.005;
/// See [`MIN_PX_PER_DAY`].
pub const MAX_PX_PER_DAY: f64 = 2000.0;

/// A linear mapping between days and x pixels: `x = x0 + (day - start) * px_per_day`.
///
/// The app keeps one `Axis` as its zoom/pan state; exports build one with
/// [`Axis::fit`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Axis {
    /// Day number shown at `x0`.
    pub start: f64,
    /// Zoom.
    pub px_per_day: f64,
    /// Left edge of the plotting area, in pixels.
    pub x0: f32,
    /// Width of the plotting area, in pixels.
    pub width: f32,
}

impl Axis {
    /// An axis showing `first ..= last` (whole days) inside `[x0, x0 + width]`
    /// with `margin_days` of air on each side ("fit all").
    pub fn fit(first: NaiveDate, last: NaiveDate, x0: f32, width: f32, margin_days: f64) -> Axis {
        let (a, b) = if first <= last {
            (first, last)
        } else {
            (last, first)
        };
        let start = day_number(a) - margin_days;
        let end = day_number(b) + 1.0 + margin_days;
        let width = width.max(1.0);
        let px_per_day =
            (f64::from(width) / (end - start).max(1.0)).clamp(MIN_PX_PER_DAY, MAX_PX_PER_DAY);
        Axis {
            start,
            px_per_day,
            x0,
            width,
        }
    }

    /// Day number at the right edge of the plotting area.
    pub fn end(&self) -> f64 {
        self.start + f64::from(self.width) / self.px_per_day
    }

    /// x of a (fractional) day number.
    pub fn x_of_day(&self, day: f64) -> f32 {
        (f64::from(self.x0) + (day - self.start) * self.px_per_day) as f32
    }

    /// x of the middle of a date's day.
    pub fn x_of_date(&self, date: NaiveDate) -> f32 {
        self.x_of_day(day_number(date) + 0.5)
    }

    /// Fractional day number under pixel `x`.
    pub fn day_at(&self, x: f32) -> f64 {
        self.start + f64::from(x - self.x0) / self.px_per_day
    }

    /// The date under pixel `x`.
    pub fn date_at(&self, x: f32) -> NaiveDate {
        date_of_day(self.day_at(x))
    }

    /// Zoom by `factor` (> 1 zooms in) keeping the day under `anchor_x` fixed,
    /// as Ctrl+wheel does around the pointer. The zoom is clamped to
    /// [`MIN_PX_PER_DAY`, `MAX_PX_PER_DAY`].
    pub fn zoom(&mut self, factor: f64, anchor_x: f32) {
        if !factor.is_finite() || factor <= 0.0 {
            return;
        }
        let anchor_day = self.day_at(anchor_x);
        self.px_per_day = (self.px_per_day * factor).clamp(MIN_PX_PER_DAY, MAX_PX_PER_DAY);
        self.start = anchor_day - f64::from(anchor_x - self.x0) / self.px_per_day;
    }

    /// Keeps the zoom and scrolls so that `date` is in the middle ("today",
    /// "jump to selection").
    pub fn center_on(&mut self, date: NaiveDate) {
        self.start = day_number(date) + 0.5 - f64::from(self.width) / 2.0 / self.px_per_day;
    }

    /// Pan by `dx` pixels as a drag does: content follows the pointer, so a
    /// drag to the right shows earlier dates.
    pub fn pan(&mut self, dx: f32) {
        if dx.is_finite() {
            self.start -= f64::from(dx) / self.px_per_day;
        }
    }

    /// The tick unit that fits this zoom: the finest unit whose ticks are at
    /// least `min_spacing_px` apart.
    pub fn tick_unit(&self, min_spacing_px: f32) -> TickUnit {
        let min_days = f64::from(min_spacing_px.max(1.0)) / self.px_per_day;
        TickUnit::LADDER
            .iter()
            .copied()
            .find(|u| u.nominal_days() >= min_days)
            .unwrap_or(TickUnit::Years(100))
    }

    /// Ticks inside the plotting area, with labels, at the unit chosen by
    /// [`Axis::tick_unit`].
    pub fn ticks(&self, min_spacing_px: f32) -> Vec<Tick> {
        self.ticks_in(min_spacing_px, None)
    }

    /// [`Axis::ticks`] with labels in `names` (the app's interface
    /// language: «يونيو 2024» in Arabic); `None`, the English labels of the
    /// SVG and PNG exports.
    pub fn ticks_in(&self, min_spacing_px: f32, names: Option<Lang>) -> Vec<Tick> {
        let unit = self.tick_unit(min_spacing_px);
        let first = date_of_day(self.start);
        let last = date_of_day(self.end());
        let mut out = Vec::new();
        let mut date = unit.floor(first);
        // The unit guarantees ≥ min_spacing_px between ticks, so this is
        // bounded by width / min_spacing + 2; the cap guards float oddities.
        while date <= last && out.len() < 10_000 {
            let x = self.x_of_day(day_number(date));
            if x >= self.x0 - 0.5 && x < self.x0 + self.width - 0.5 {
                out.push(Tick {
                    date,
                    x,
                    label: match names {
                        Some(lang) => unit.label_in(date, lang),
                        None => unit.label(date),
                    },
                    major: unit.is_major(date),
                });
            }
            match unit.next(date) {
                Some(next) if next > date => date = next,
                _ => break,
            }
        }
        out
    }
}

/// Spacing of the axis ticks, from days to centuries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickUnit {
    /// Every day.
    Day,
    /// Every Monday (ISO weeks).
    Week,
    /// Every n-th month (1, 3 or 6), aligned on January.
    Months(u32),
    /// Every n-th year, aligned on multiples of n.
    Years(i32),
}

/// Three-letter English month abbreviations for the exports' tick labels
/// (the app's come from `assets/i18n`, [`TickUnit::label_in`]).
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl TickUnit {
    /// Units from finest to coarsest.
    pub const LADDER: [TickUnit; 11] = [
        TickUnit::Day,
        TickUnit::Week,
        TickUnit::Months(1),
        TickUnit::Months(3),
        TickUnit::Months(6),
        TickUnit::Years(1),
        TickUnit::Years(2),
        TickUnit::Years(5),
        TickUnit::Years(10),
        TickUnit::Years(25),
        TickUnit::Years(50),
    ];

    /// Approximate length in days, used to pick the unit for a zoom.
    pub fn nominal_days(self) -> f64 {
        match self {
            TickUnit::Day => 1.0,
            TickUnit::Week => 7.0,
            TickUnit::Months(n) => 30.44 * f64::from(n),
            TickUnit::Years(n) => 365.25 * f64::from(n),
        }
    }

    /// The tick at or before `date`.
    pub fn floor(self, date: NaiveDate) -> NaiveDate {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or(date);
        match self {
            TickUnit::Day => date,
            TickUnit::Week => {
                date - Duration::days(i64::from(date.weekday().num_days_from_monday()))
            }
            TickUnit::Months(n) => {
                let n = n.max(1);
                ymd(date.year(), (date.month0() / n) * n + 1, 1)
            }
            TickUnit::Years(n) => {
                let n = n.max(1);
                ymd(date.year().div_euclid(n) * n, 1, 1)
            }
        }
    }

    /// The tick after `date` (which is a tick); `None` past chrono's range.
    pub fn next(self, date: NaiveDate) -> Option<NaiveDate> {
        match self {
            TickUnit::Day => date.succ_opt(),
            TickUnit::Week => date.checked_add_signed(Duration::days(7)),
            TickUnit::Months(n) => date.checked_add_months(chrono::Months::new(n.max(1))),
            TickUnit::Years(n) => {
                NaiveDate::from_ymd_opt(date.year().checked_add(n.max(1))?, date.month(), 1)
            }
        }
    }

    /// Label of the tick at `date`: "2024", "Jun 2024", "10 Jun".
    pub fn label(self, date: NaiveDate) -> String {
        let month = MONTHS[date.month0() as usize % 12];
        match self {
            TickUnit::Day | TickUnit::Week => format!("{} {month}", date.day()),
            TickUnit::Months(_) => format!("{month} {}", date.year()),
            TickUnit::Years(_) => date.year().to_string(),
        }
    }

    /// [`TickUnit::label`] in `lang`, the month's name from
    /// `assets/i18n` (the form the news uses: «يونيو»): "10 Jun",
    /// «10 يونيو», «يونيو 2024». Numbers are isolated in Arabic.
    pub fn label_in(self, date: NaiveDate, lang: Lang) -> String {
        let month = crate::i18n::tr(lang, &format!("month-{}", date.month()));
        let (key, name, value) = match self {
            TickUnit::Day | TickUnit::Week => ("axis-day", "day", date.day().to_string()),
            TickUnit::Months(_) => ("axis-month", "year", date.year().to_string()),
            TickUnit::Years(_) => return date.year().to_string(),
        };
        // Without Fluent's isolates: the label is painted as it is (the
        // panel escapes hidden characters into visible tokens), and a
        // number beside one Arabic word needs none.
        crate::i18n::tr_text(lang, key, &[("month", month.into()), (name, value.into())])
            .replace(['\u{2068}', '\u{2069}'], "")
    }

    /// Whether the tick starts the next coarser period (drawn stronger): a
    /// month for day and week ticks, a year for month ticks, a decade for
    /// year ticks.
    pub fn is_major(self, date: NaiveDate) -> bool {
        match self {
            TickUnit::Day => date.day() == 1,
            TickUnit::Week => date.day() <= 7,
            TickUnit::Months(_) => date.month() == 1,
            TickUnit::Years(_) => date.year().rem_euclid(10) == 0,
        }
    }
}

/// One labelled tick of the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub date: NaiveDate,
    /// x of the start of `date`.
    pub x: f32,
    pub label: String,
    pub major: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    fn labels(axis: &Axis) -> Vec<String> {
        axis.ticks(60.0).into_iter().map(|t| t.label).collect()
    }

    #[test]
    fn date_x_round_trip() {
        let axis = Axis::fit(d(2024, 2, 5), d(2024, 8, 19), 100.0, 900.0, 0.0);
        assert_eq!(axis.date_at(axis.x_of_date(d(2024, 6, 10))), d(2024, 6, 10));
        assert_eq!(axis.x_of_day(day_number(d(2024, 2, 5))), 100.0);
        assert_eq!(axis.date_at(1000.0 - 0.01), d(2024, 8, 19));
    }

    #[test]
    fn tick_unit_follows_zoom_from_years_to_days() {
        let mut axis = Axis {
            start: day_number(d(2024, 1, 1)),
            px_per_day: 0.01,
            x0: 0.0,
            width: 1000.0,
        };
        // 60 px min spacing: 6000 days per tick → 25-year ticks.
        assert_eq!(axis.tick_unit(60.0), TickUnit::Years(25));
        axis.px_per_day = 0.2; // 300 days → yearly
        assert_eq!(axis.tick_unit(60.0), TickUnit::Years(1));
        axis.px_per_day = 0.5; // 120 days → half-years
        assert_eq!(axis.tick_unit(60.0), TickUnit::Months(6));
        axis.px_per_day = 1.0; // 60 days → quarters
        assert_eq!(axis.tick_unit(60.0), TickUnit::Months(3));
        axis.px_per_day = 3.0; // 20 days → months
        assert_eq!(axis.tick_unit(60.0), TickUnit::Months(1));
        axis.px_per_day = 10.0; // 6 days → weeks
        assert_eq!(axis.tick_unit(60.0), TickUnit::Week);
        axis.px_per_day = 60.0; // 1 day → days
        assert_eq!(axis.tick_unit(60.0), TickUnit::Day);
    }

    /// Month names come from `assets/i18n`, in the news' form in Arabic;
    /// the labels carry no bidi isolates (painted, they showed as tokens).
    #[test]
    fn tick_labels_in_arabic_name_the_months_as_the_news_does() {
        let labels_in = |axis: &Axis, lang| -> Vec<String> {
            (axis.ticks_in(60.0, Some(lang)).into_iter())
                .map(|t| t.label)
                .collect()
        };
        let year = Axis::fit(d(2024, 1, 1), d(2024, 12, 31), 0.0, 1000.0, 0.0);
        assert_eq!(
            labels_in(&year, Lang::Ar),
            [
                "يناير 2024",
                "فبراير 2024",
                "مارس 2024",
                "أبريل 2024",
                "مايو 2024",
                "يونيو 2024",
                "يوليو 2024",
                "أغسطس 2024",
                "سبتمبر 2024",
                "أكتوبر 2024",
                "نوفمبر 2024",
                "ديسمبر 2024"
            ]
        );
        assert_eq!(labels_in(&year, Lang::En), labels(&year));
        let weeks = Axis::fit(d(2024, 6, 1), d(2024, 6, 30), 0.0, 300.0, 0.0);
        assert_eq!(
            labels_in(&weeks, Lang::Ar),
            ["3 يونيو", "10 يونيو", "17 يونيو", "24 يونيو"]
        );
        let decade = Axis::fit(d(2020, 1, 1), d(2029, 12, 31), 0.0, 1000.0, 0.0);
        assert_eq!(labels_in(&decade, Lang::Ar)[0], "2020");
    }

    #[test]
    fn tick_labels_per_zoom() {
        // Whole 2024 on 1000 px ≈ 2.7 px/day → monthly ticks.
        let year = Axis::fit(d(2024, 1, 1), d(2024, 12, 31), 0.0, 1000.0, 0.0);
        assert_eq!(
            labels(&year),
            [
                "Jan 2024", "Feb 2024", "Mar 2024", "Apr 2024", "May 2024", "Jun 2024", "Jul 2024",
                "Aug 2024", "Sep 2024", "Oct 2024", "Nov 2024", "Dec 2024"
            ]
        );
        // 5–8 Feb 2024 on 400 px = 100 px/day → daily ticks.
        let days = Axis::fit(d(2024, 2, 5), d(2024, 2, 8), 0.0, 400.0, 0.0);
        assert_eq!(labels(&days), ["5 Feb", "6 Feb", "7 Feb", "8 Feb"]);
        // June 2024 on 300 px = 10 px/day → Mondays.
        let weeks = Axis::fit(d(2024, 6, 1), d(2024, 6, 30), 0.0, 300.0, 0.0);
        assert_eq!(labels(&weeks), ["3 Jun", "10 Jun", "17 Jun", "24 Jun"]);
        // 2020–2029 on 1000 px → yearly ticks, 2020 major.
        let decade = Axis::fit(d(2020, 1, 1), d(2029, 12, 31), 0.0, 1000.0, 0.0);
        let ticks = decade.ticks(60.0);
        assert_eq!(ticks.len(), 10);
        assert_eq!(ticks[0].label, "2020");
        assert!(ticks[0].major);
        assert_eq!(ticks[9].label, "2029");
        assert!(!ticks[9].major);
    }

    #[test]
    fn zoom_keeps_anchor_and_pan_moves_dates() {
        let mut axis = Axis::fit(d(2024, 1, 1), d(2024, 12, 31), 0.0, 1000.0, 0.0);
        let before = axis.day_at(400.0);
        axis.zoom(8.0, 400.0);
        assert!((axis.day_at(400.0) - before).abs() < 1e-6);
        assert_eq!(axis.tick_unit(60.0), TickUnit::Week);
        let at_500 = axis.date_at(500.0);
        axis.pan(100.0);
        assert_eq!(axis.date_at(600.0), at_500);
        axis.center_on(d(2024, 6, 10));
        assert_eq!(axis.date_at(axis.x0 + axis.width / 2.0), d(2024, 6, 10));
        axis.zoom(1e12, 0.0);
        assert_eq!(axis.px_per_day, MAX_PX_PER_DAY);
        axis.zoom(f64::NAN, 0.0);
        assert_eq!(axis.px_per_day, MAX_PX_PER_DAY);
    }
}
