//! Geometry of the timeline, shared by the app's timeline panel and the
//! SVG/PNG export. Pure data: no egui, no I/O.
//!
//! - [`Axis`]: dates ↔ x, zoom, pan, adaptive [`Tick`]s.
//! - [`Layout::new`]: one [`Lane`] per visitor, the visitor's trips as
//!   [`TripSpan`] brackets in that lane, one [`Mark`] per leg with its label,
//!   country code and [`MarkStyle`] (from the leg's status). Legs of a month,
//!   a year or a range of days (`date_edtf`) are drawn as a bar over it; legs
//!   without a date are placed by their order in their trip between the
//!   dated legs around them and drawn as a range; nothing is dropped.
//!
//! Coordinates are pixels with y growing downwards, origin at the top-left of
//! the timeline area. Text width is measured by a closure the caller passes
//! (egui's fonts in the app, the bundled font metrics in the export).
//!
//! ```
//! use jawla::timeline::{Layout, Style, fit_axis};
//! # let visits: Vec<jawla::model::Visit> = Vec::new();
//! let style = Style::default();
//! let mut axis = fit_axis(&visits, 900.0, &style); // "fit all"
//! axis.zoom(1.25, 400.0); // Ctrl+wheel around the pointer at x = 400
//! axis.pan(-30.0); // drag
//! let measure = |s: &str| 7.0 * s.chars().count() as f32; // app: egui font metrics
//! let layout = Layout::new(&visits, axis, &style, &measure);
//! for tick in &layout.ticks { /* grid line at tick.x, tick.label */ }
//! for mark in &layout.marks { /* marker at (mark.x, mark.y), mark.style, mark.label, mark.code */ }
//! let hovered = layout.mark_at(410.0, 60.0, 8.0).map(|m| m.visit);
//! # assert!(hovered.is_none());
//! ```

mod axis;
mod place;
mod rows;

pub use axis::{Axis, MAX_PX_PER_DAY, MIN_PX_PER_DAY, Tick, TickUnit, date_of_day, day_number};
pub use place::{LegTime, Placed, TripGroup, place_legs, span_of, trip_groups};

use crate::model::{Status, Visit};
use chrono::NaiveDate;
use std::collections::HashMap;

/// How a leg is drawn, from its [`Status`]: occurred solid, planned outlined,
/// cancelled struck through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkStyle {
    Solid,
    Outlined,
    StruckThrough,
}

impl MarkStyle {
    /// The style of a status.
    pub fn of(status: Status) -> MarkStyle {
        match status {
            Status::Occurred => MarkStyle::Solid,
            Status::Planned => MarkStyle::Outlined,
            Status::Cancelled => MarkStyle::StruckThrough,
        }
    }
}

/// Sizes of the drawing, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    /// Left column holding the visitors' names.
    pub name_column: f32,
    /// Height of the axis band at the top (tick labels).
    pub axis_height: f32,
    /// Height of one row of marks (marker + label + code).
    pub row_height: f32,
    /// Padding above and below the rows of a lane (room for the trip label).
    pub lane_padding: f32,
    /// Minimum distance between two labelled ticks.
    pub min_tick_spacing: f32,
    /// Radius of a leg's marker.
    pub marker_radius: f32,
    /// Horizontal gap kept between two labels in one row.
    pub label_gap: f32,
    /// Width of the "undated" gutter left of the axis, for legs with no date
    /// anywhere in their trip (0 when there are none).
    pub gutter: f32,
    /// The language of the marks' labels: each mark names its city (or its
    /// country) and, under it, its country, in that one language (the app's
    /// interface language). `None`: the city's English name or the Arabic
    /// name written, over the ISO code (the SVG and PNG exports).
    pub names: Option<crate::i18n::Lang>,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            name_column: 170.0,
            axis_height: 28.0,
            row_height: 40.0,
            lane_padding: 22.0,
            min_tick_spacing: 64.0,
            marker_radius: 6.0,
            label_gap: 8.0,
            gutter: 70.0,
            names: None,
        }
    }
}

/// One visitor's lane.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    /// The key legs are grouped by: English name if known, else Arabic.
    pub key: String,
    pub name_en: Option<String>,
    pub name_ar: String,
    pub role: Option<String>,
    /// Top and bottom of the lane.
    pub top: f32,
    pub bottom: f32,
    /// Number of label rows (overlapping labels go to a new row).
    pub rows: usize,
}

/// The extent of one trip inside a lane (a bracket above its legs).
#[derive(Clone, Debug, PartialEq)]
pub struct TripSpan {
    pub lane: usize,
    /// `trip.id` if known.
    pub id: Option<String>,
    pub ordinal: Option<u32>,
    /// Short label: "Trip 5" when the ordinal is known, else "Trip".
    pub label: String,
    pub x_start: f32,
    pub x_end: f32,
    /// y of the bracket line.
    pub y: f32,
    /// Indices of the legs (into the visits given to [`Layout::new`]) in trip order.
    pub legs: Vec<usize>,
}

/// One leg on the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Index into the visits given to [`Layout::new`].
    pub visit: usize,
    pub lane: usize,
    /// Label row within the lane.
    pub row: usize,
    /// Where the marker is drawn.
    pub x: f32,
    pub y: f32,
    /// When the leg has no day: the range it is known to lie in (between the
    /// dated legs around it), or the month, year or range of days the text
    /// gives; drawn as a bar. `None` for legs of one day.
    pub range: Option<(f32, f32)>,
    /// Time of the leg as placed (exact date, range, or unknown).
    pub time: LegTime,
    pub style: MarkStyle,
    /// Place label: the city, else the place's Arabic name.
    pub label: String,
    /// ISO 3166-1 alpha-2 of the place ("EG").
    pub code: String,
    /// Left and right of the label text (centered under the marker).
    pub label_x: (f32, f32),
}

/// The timeline laid out for drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub axis: Axis,
    pub ticks: Vec<Tick>,
    pub lanes: Vec<Lane>,
    pub trips: Vec<TripSpan>,
    pub marks: Vec<Mark>,
    /// Whether some legs sit in the "undated" gutter.
    pub has_gutter: bool,
    /// x range of the gutter (left of the axis).
    pub gutter_x: (f32, f32),
    /// Total size of the drawing.
    pub width: f32,
    pub height: f32,
}

/// The dates of the dated legs (and the first and last day of the legs of
/// a month, a year or a range), for "fit all".
pub fn date_span(visits: &[Visit]) -> Option<(NaiveDate, NaiveDate)> {
    let mut dates = visits.iter().flat_map(|v| match span_of(v) {
        Some(LegTime::Span { start, end }) => [Some(start), Some(end)],
        _ => [v.date, None],
    });
    let first = dates.by_ref().flatten().next()?;
    Some(
        dates
            .flatten()
            .fold((first, first), |(a, b), d| (a.min(d), b.max(d))),
    )
}

/// An axis fitting all dated legs of `visits` into a drawing `width` pixels
/// wide laid out with `style` (a few days of air on each side).
pub fn fit_axis(visits: &[Visit], width: f32, style: &Style) -> Axis {
    let (first, last) = date_span(visits).unwrap_or((
        NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default(),
        NaiveDate::from_ymd_opt(2024, 12, 31).unwrap_or_default(),
    ));
    let x0 = style.name_column + style.gutter;
    let plot = (width - x0 - 16.0).max(50.0);
    let span = (day_number(last) - day_number(first) + 1.0).max(1.0);
    Axis::fit(first, last, x0, plot, (span * 0.03).max(2.0))
}

/// Where the label of a trip bracketed from `start` to `end`, `width`
/// long, begins in a view showing `view` (all in layout x): at the trip's
/// start, moved left so that it ends in view (not past the view's left)
/// while the bracket is in view, so that no label is cut at the view's
/// right edge; a trip out of view keeps its place.
pub fn trip_label_x(start: f32, end: f32, width: f32, view: (f32, f32)) -> f32 {
    let (lo, hi) = view;
    if end < lo || start > hi {
        return start;
    }
    start.min(hi - width).max(lo)
}

/// The label of a leg's place: city, else the Arabic place name, else the code.
pub fn place_label(visit: &Visit) -> String {
    match &visit.place.city {
        Some(city) if !city.trim().is_empty() => city.clone(),
        _ if !visit.place.name_ar.trim().is_empty() => visit.place.name_ar.clone(),
        _ => visit.place.country.clone(),
    }
}

/// The key a visitor's lane is grouped by.
pub fn visitor_key(visit: &Visit) -> String {
    match &visit.visitor.name_en {
        Some(en) if !en.trim().is_empty() => en.clone(),
        _ => visit.visitor.name_ar.clone(),
    }
}

impl Layout {
    /// The mark under the pointer at (`x`, `y`): the closest marker (or
    /// undated range bar) within `tolerance` pixels, for hover and click.
    pub fn mark_at(&self, x: f32, y: f32, tolerance: f32) -> Option<&Mark> {
        self.marks
            .iter()
            .map(|m| {
                let dx = match m.range {
                    Some((a, b)) if x >= a.min(m.x) && x <= b.max(m.x) => 0.0,
                    _ => (x - m.x).abs(),
                };
                let dy = (y - m.y).abs();
                (m, dx.max(dy))
            })
            .filter(|(_, d)| *d <= tolerance)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(m, _)| m)
    }

    /// Lay out `visits` on `axis` (which the app zooms and pans; exports use
    /// [`fit_axis`]). `measure` gives the width of a text in pixels at the
    /// label size. Every visit gets exactly one [`Mark`].
    pub fn new(
        visits: &[Visit],
        axis: Axis,
        style: &Style,
        measure: &dyn Fn(&str) -> f32,
    ) -> Layout {
        let placed = place_legs(visits);
        let has_gutter = placed.iter().any(|p| matches!(p.time, LegTime::Unknown));
        let gutter_x = (style.name_column, style.name_column + style.gutter);

        let mut lanes = Vec::new();
        let mut marks = Vec::new();
        let mut trips = Vec::new();
        let mut y = style.axis_height;
        for (key, in_lane) in lanes_of(visits, &placed) {
            let lane_index = lanes.len();
            let top = y;
            let rows_top = top + style.lane_padding;
            // Marks of this lane in x order, packed into label rows.
            let mut lane_marks: Vec<Mark> = in_lane
                .iter()
                .map(|p| mark_of(visits, p, &axis, gutter_x, lane_index, style.names, measure))
                .collect();
            lane_marks.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.visit.cmp(&b.visit)));
            let at: HashMap<usize, usize> = (lane_marks.iter().enumerate())
                .map(|(k, m)| (m.visit, k))
                .collect();
            let blocks: Vec<Vec<usize>> =
                place::trip_groups(visits, in_lane.iter().map(|p| p.visit))
                    .into_iter()
                    .map(|g| g.legs.iter().filter_map(|v| at.get(v).copied()).collect())
                    .collect();
            let rows = rows::pack_rows(&mut lane_marks, blocks, rows_top, style).max(1);
            let bottom = rows_top + style.row_height * rows as f32 + style.lane_padding / 2.0;
            trips.extend(trip_spans(
                visits,
                &in_lane,
                &lane_marks,
                lane_index,
                top,
                style,
            ));

            let first = &visits[in_lane.first().map_or(0, |p| p.visit)];
            lanes.push(Lane {
                key,
                name_en: first.visitor.name_en.clone(),
                name_ar: first.visitor.name_ar.clone(),
                role: first.visitor.role.clone(),
                top,
                bottom,
                rows,
            });
            lane_marks.sort_by_key(|m| m.visit);
            marks.extend(lane_marks);
            y = bottom;
        }
        marks.sort_by_key(|m| m.visit);

        Layout {
            ticks: axis.ticks_in(style.min_tick_spacing, style.names),
            width: axis.x0 + axis.width + 16.0,
            height: y + 8.0,
            axis,
            lanes,
            trips,
            marks,
            has_gutter,
            gutter_x,
        }
    }
}

/// The legs of each visitor (one lane each, keyed by [`visitor_key`]), the
/// lanes ordered by their first leg in time (ties: first seen first).
fn lanes_of<'a>(
    visits: &[Visit],
    placed: &'a [place::Placed],
) -> Vec<(String, Vec<&'a place::Placed>)> {
    let mut lane_of: HashMap<String, usize> = HashMap::new();
    // Key, first day, legs; in the order the visitors are first seen.
    let mut lanes: Vec<(String, f64, Vec<&place::Placed>)> = Vec::new();
    for p in placed {
        let key = visitor_key(&visits[p.visit]);
        let t = p.time.sort_day().unwrap_or(f64::NEG_INFINITY);
        let i = *lane_of.entry(key.clone()).or_insert_with(|| {
            lanes.push((key, t, Vec::new()));
            lanes.len() - 1
        });
        lanes[i].1 = lanes[i].1.min(t);
        lanes[i].2.push(p);
    }
    // A stable sort: equal first days keep the order first seen.
    lanes.sort_by(|a, b| a.1.total_cmp(&b.1));
    lanes
        .into_iter()
        .map(|(key, _, legs)| (key, legs))
        .collect()
}

/// The mark of leg `p` in lane `lane`, on its row 0: its x from its date,
/// from its place between dated legs, or in the undated gutter.
fn mark_of(
    visits: &[Visit],
    p: &place::Placed,
    axis: &Axis,
    gutter_x: (f32, f32),
    lane: usize,
    names: Option<crate::i18n::Lang>,
    measure: &dyn Fn(&str) -> f32,
) -> Mark {
    let v = &visits[p.visit];
    let (x, range) = match p.time {
        LegTime::Date(d) => (axis.x_of_date(d), None),
        LegTime::Span { start, end } => {
            let a = axis.x_of_day(day_number(start));
            let b = axis.x_of_day(day_number(end) + 1.0);
            ((a + b) / 2.0, Some((a, b)))
        }
        LegTime::Between { start, end, pos } => {
            let a = axis.x_of_day(start);
            let b = axis.x_of_day(end);
            (a + (b - a) * pos as f32, Some((a, b)))
        }
        LegTime::Unknown => {
            let (g0, g1) = gutter_x;
            ((g0 + g1) / 2.0, Some((g0 + 6.0, g1 - 6.0)))
        }
    };
    let (label, code) = match names {
        None => (place_label(v), v.place.country.clone()),
        Some(lang) => {
            let (name, country) = crate::i18n::place_parts(lang, &v.place);
            (name, country.unwrap_or_default())
        }
    };
    let w = measure(&label).max(measure(&code)) + 2.0;
    // Centred under the marker, but never under the names column: a long
    // label of a leg in the narrow "undated" gutter moves right.
    let left = (x - w / 2.0).max(gutter_x.0 + 2.0);
    Mark {
        visit: p.visit,
        lane,
        row: 0,
        x,
        y: 0.0,
        range,
        time: p.time,
        style: MarkStyle::of(v.status),
        label,
        code,
        label_x: (left, left + w),
    }
}

/// The trip brackets of a lane, each over the marks of its trip (a trip of
/// one leg without a trip id gets none).
fn trip_spans(
    visits: &[Visit],
    in_lane: &[&place::Placed],
    lane_marks: &[Mark],
    lane: usize,
    top: f32,
    style: &Style,
) -> Vec<TripSpan> {
    let mark_of: HashMap<usize, usize> = lane_marks
        .iter()
        .enumerate()
        .map(|(k, m)| (m.visit, k))
        .collect();
    let mut trips = Vec::new();
    for group in place::trip_groups(visits, in_lane.iter().map(|p| p.visit)) {
        if group.id.is_none() && group.legs.len() < 2 {
            continue;
        }
        let mut x_start = f32::INFINITY;
        let mut x_end = f32::NEG_INFINITY;
        for m in group
            .legs
            .iter()
            .filter_map(|v| mark_of.get(v))
            .map(|&k| &lane_marks[k])
        {
            let (a, b) = m.range.map_or((m.x, m.x), |r| (r.0.min(m.x), r.1.max(m.x)));
            x_start = x_start.min(a);
            x_end = x_end.max(b);
        }
        if !x_start.is_finite() {
            continue;
        }
        trips.push(TripSpan {
            lane,
            label: match group.ordinal {
                Some(n) => format!("Trip {n}"),
                None => "Trip".to_string(),
            },
            id: group.id,
            ordinal: group.ordinal,
            x_start: x_start - style.marker_radius,
            x_end: x_end + style.marker_radius,
            y: top + style.lane_padding - 6.0,
            legs: group.legs,
        });
    }
    trips
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Person, Place, Trip};

    fn leg(
        who: &str,
        country: &str,
        city: Option<&str>,
        date: Option<&str>,
        trip: &str,
        n: u32,
    ) -> Visit {
        Visit {
            visitor: Person {
                name_ar: format!("ar-{who}"),
                name_en: Some(who.to_string()),
                ..Person::default()
            },
            place: Place {
                country: country.to_string(),
                city: city.map(str::to_string),
                name_ar: format!("ar-{country}"),
                ..Place::default()
            },
            date: date.and_then(|d| d.parse().ok()),
            date_text: None,
            date_edtf: None,
            date_hijri: None,
            status: Status::Occurred,
            counterparts: vec![],
            trip: Some(Trip {
                id: Some(trip.to_string()),
                ordinal: Some(5),
                leg: Some(n),
            }),
            evidence: vec![],
            confidence: 1.0,
            rules: vec![],
        }
    }

    fn measure(s: &str) -> f32 {
        7.0 * s.chars().count() as f32
    }

    /// The app's marks name the city (or the country) and, under it, the
    /// country, all in the interface language: never «السعودية» beside
    /// "Cairo" (before, a leg without a city showed the Arabic name written
    /// and one with a city its English name, over an ISO code).
    #[test]
    fn marks_name_city_and_country_in_the_interface_language() {
        use crate::i18n::Lang;
        let mut visits = vec![
            leg("Blinken", "SA", None, Some("2024-02-05"), "t1", 1),
            leg("Blinken", "EG", Some("Cairo"), Some("2024-02-06"), "t1", 2),
        ];
        visits[0].place.name_ar = "السعودية".into();
        visits[1].place.name_ar = "القاهرة".into();
        let labels = |lang| {
            let style = Style {
                names: Some(lang),
                ..Style::default()
            };
            let layout = Layout::new(&visits, fit_axis(&visits, 1000.0, &style), &style, &measure);
            layout
                .marks
                .iter()
                .map(|m| (m.label.clone(), m.code.clone()))
                .collect::<Vec<_>>()
        };
        let s = |a: &str, b: &str| (a.to_owned(), b.to_owned());
        assert_eq!(
            labels(Lang::En),
            [s("Saudi Arabia", ""), s("Cairo", "Egypt")]
        );
        assert_eq!(labels(Lang::Ar), [s("السعودية", ""), s("القاهرة", "مصر")]);
    }

    /// A long label of a leg in the narrow "undated" gutter is not centred
    /// under its marker into the names column (where it was cut): it starts
    /// right of the column; a label with room stays centred.
    #[test]
    fn an_undated_leg_s_long_label_stays_out_of_the_names_column() {
        let visits = vec![
            leg("Shoukry", "AE", Some("United Arab Emirates"), None, "t1", 1),
            leg("Shoukry", "EG", Some("Cairo"), Some("2024-02-06"), "t2", 1),
        ];
        let style = Style::default();
        let layout = Layout::new(&visits, fit_axis(&visits, 1000.0, &style), &style, &measure);
        let (g0, g1) = layout.gutter_x;
        let undated = &layout.marks[0];
        assert_eq!(undated.x, (g0 + g1) / 2.0);
        assert_eq!(undated.label_x.0, style.name_column + 2.0);
        assert_eq!(undated.label_x.1 - undated.label_x.0, 7.0 * 20.0 + 2.0);
        let dated = &layout.marks[1];
        assert_eq!(
            (dated.label_x.0 + dated.label_x.1) / 2.0,
            dated.x,
            "centred"
        );
    }

    /// The axis of the app's timeline names the months in the interface
    /// language («3 فبراير»); the exports' (no language) keep "3 Feb".
    #[test]
    fn the_axis_names_months_in_the_interface_language() {
        use crate::i18n::Lang;
        let visits = vec![
            leg("Blinken", "SA", None, Some("2024-02-05"), "t1", 1),
            leg("Blinken", "EG", Some("Cairo"), Some("2024-02-08"), "t1", 2),
        ];
        let first_tick = |names| {
            let style = Style {
                names,
                ..Style::default()
            };
            let layout = Layout::new(&visits, fit_axis(&visits, 1000.0, &style), &style, &measure);
            let tick = layout.ticks.first().map(|t| t.label.clone());
            tick.unwrap_or_default()
        };
        assert_eq!(first_tick(None), "3 Feb");
        assert_eq!(first_tick(Some(Lang::En)), "3 Feb");
        assert_eq!(first_tick(Some(Lang::Ar)), "3 فبراير");
    }

    #[test]
    fn every_leg_gets_one_mark_with_label_code_and_style() {
        let mut visits = vec![
            leg("Blinken", "SA", None, Some("2024-02-05"), "t1", 1),
            leg("Blinken", "EG", Some("Cairo"), None, "t1", 2),
            leg("Blinken", "IL", None, Some("2024-02-07"), "t1", 3),
            leg("Lavrov", "TR", Some("Ankara"), Some("2024-02-06"), "t2", 1),
        ];
        visits[2].status = Status::Cancelled;
        let style = Style::default();
        let layout = Layout::new(&visits, fit_axis(&visits, 1000.0, &style), &style, &measure);
        assert_eq!(
            layout.marks.iter().map(|m| m.visit).collect::<Vec<_>>(),
            [0, 1, 2, 3]
        );
        assert_eq!(layout.lanes.len(), 2);
        assert_eq!(layout.lanes[0].key, "Blinken");
        assert_eq!(layout.lanes[1].key, "Lavrov");
        assert_eq!(layout.marks[1].label, "Cairo");
        assert_eq!(layout.marks[0].label, "ar-SA");
        assert_eq!(layout.marks[0].code, "SA");
        assert_eq!(layout.marks[2].style, MarkStyle::StruckThrough);
        assert_eq!(layout.marks[3].lane, 1);
        // The undated Cairo leg is drawn as the range 5–7 Feb, in its middle.
        let ax = layout.axis;
        let expected = (
            ax.x_of_date(visits[0].date.expect("dated")),
            ax.x_of_date(visits[2].date.expect("dated")),
        );
        assert_eq!(layout.marks[1].range, Some(expected));
        assert_eq!(layout.marks[1].x, (expected.0 + expected.1) / 2.0);
        assert_eq!(layout.trips.len(), 2);
        assert_eq!(layout.trips[0].legs, [0, 1, 2]);
        let cairo = &layout.marks[1];
        assert_eq!(
            layout
                .mark_at(cairo.x + 1.0, cairo.y - 2.0, 6.0)
                .map(|m| m.visit),
            Some(1)
        );
        assert_eq!(layout.mark_at(cairo.x, cairo.y + 30.0, 6.0), None);
        assert_eq!(layout.trips[0].label, "Trip 5");
        assert!(!layout.has_gutter);
    }

    #[test]
    fn a_month_leg_is_a_bar_over_its_month() {
        let mut visits = vec![
            leg("Blinken", "EG", Some("Cairo"), None, "t1", 1),
            leg("Blinken", "IL", None, Some("2020-03-20"), "t2", 1),
        ];
        visits[0].date_edtf = Some("2020-02".into());
        let style = Style::default();
        let axis = fit_axis(&visits, 1000.0, &style);
        let d = |s: &str| s.parse::<NaiveDate>().expect("test date");
        assert_eq!(date_span(&visits), Some((d("2020-02-01"), d("2020-03-20"))));
        let layout = Layout::new(&visits, axis, &style, &measure);
        let (a, b) = (
            axis.x_of_day(day_number(d("2020-02-01"))),
            axis.x_of_day(day_number(d("2020-03-01"))),
        );
        assert_eq!(layout.marks[0].range, Some((a, b)));
        assert_eq!(layout.marks[0].x, (a + b) / 2.0);
        assert!(!layout.has_gutter);
    }

    #[test]
    fn overlapping_labels_go_to_separate_rows() {
        let visits = vec![
            leg(
                "Blinken",
                "IL",
                Some("Jerusalem"),
                Some("2024-02-07"),
                "t1",
                1,
            ),
            leg(
                "Blinken",
                "IL",
                Some("Tel Aviv"),
                Some("2024-02-08"),
                "t1",
                2,
            ),
            leg("Blinken", "IL", Some("Haifa"), Some("2024-12-08"), "t2", 1),
        ];
        let style = Style::default();
        let layout = Layout::new(&visits, fit_axis(&visits, 800.0, &style), &style, &measure);
        let rows: Vec<usize> = layout.marks.iter().map(|m| m.row).collect();
        assert_eq!(rows, [0, 1, 0]);
        assert_eq!(layout.lanes[0].rows, 2);
    }

    /// Blinken's February and June 2024 trips, as the dev corpus has them.
    fn two_trips() -> Vec<Visit> {
        vec![
            leg(
                "Blinken",
                "SA",
                Some("Riyadh"),
                Some("2024-02-05"),
                "feb",
                1,
            ),
            leg("Blinken", "EG", Some("Cairo"), Some("2024-02-06"), "feb", 2),
            leg("Blinken", "QA", Some("Doha"), Some("2024-02-06"), "feb", 3),
            leg(
                "Blinken",
                "IL",
                Some("Jerusalem"),
                Some("2024-02-07"),
                "feb",
                4,
            ),
            leg(
                "Blinken",
                "IL",
                Some("Tel Aviv"),
                Some("2024-02-08"),
                "feb",
                5,
            ),
            leg("Blinken", "EG", Some("Cairo"), Some("2024-06-10"), "jun", 1),
            leg(
                "Blinken",
                "IL",
                Some("Jerusalem"),
                Some("2024-06-11"),
                "jun",
                2,
            ),
            leg("Blinken", "JO", Some("Amman"), Some("2024-06-11"), "jun", 3),
            leg("Blinken", "QA", Some("Doha"), Some("2024-06-12"), "jun", 4),
        ]
    }

    /// Each trip's stops as read on the timeline: row by row from the top,
    /// left to right in a row.
    fn read_trips(layout: &Layout, trips: &[&[usize]]) -> Vec<Vec<String>> {
        trips
            .iter()
            .map(|legs| {
                let mut marks: Vec<&Mark> = legs.iter().map(|&v| &layout.marks[v]).collect();
                marks.sort_by(|a, b| a.row.cmp(&b.row).then(a.x.total_cmp(&b.x)));
                marks.iter().map(|m| m.label.clone()).collect()
            })
            .collect()
    }

    /// Zooming in or out never changes the order a trip's stops read in, and
    /// no stop of another trip sits among a trip's rows. (Zoomed out twice, the
    /// June trip read Cairo, Amman, Doha with Jerusalem below a February stop.)
    #[test]
    fn stop_order_does_not_depend_on_zoom() {
        let visits = two_trips();
        let style = Style::default();
        let feb = ["Riyadh", "Cairo", "Doha", "Jerusalem", "Tel Aviv"];
        let jun = ["Cairo", "Jerusalem", "Amman", "Doha"];
        let mut axis = fit_axis(&visits, 900.0, &style);
        for step in 0..12 {
            let layout = Layout::new(&visits, axis, &style, &measure);
            let read = read_trips(&layout, &[&[0, 1, 2, 3, 4], &[5, 6, 7, 8]]);
            assert_eq!(read, [feb.to_vec(), jun.to_vec()], "zoom step {step}");
            let span = |legs: std::ops::Range<usize>| {
                let ms: Vec<&Mark> = legs.map(|v| &layout.marks[v]).collect();
                let rows = ms.iter().map(|m| m.row);
                let (r0, r1) = (rows.clone().min().unwrap_or(0), rows.max().unwrap_or(0));
                let x0 = ms.iter().map(|m| m.label_x.0).fold(f32::INFINITY, f32::min);
                let x1 = ms
                    .iter()
                    .map(|m| m.label_x.1)
                    .fold(f32::NEG_INFINITY, f32::max);
                (r0, r1, x0, x1)
            };
            let (a, b) = (span(0..5), span(5..9));
            let side_by_side = a.3 < b.2 || b.3 < a.2;
            assert!(
                side_by_side || a.1 < b.0 || b.1 < a.0,
                "step {step}: trips {a:?} and {b:?} share rows"
            );
            axis.zoom(0.7, axis.x0);
        }
    }

    #[test]
    fn trip_without_any_date_goes_to_the_gutter() {
        let visits = vec![
            leg("Blinken", "JO", None, None, "t1", 1),
            leg("Blinken", "QA", None, None, "t1", 2),
        ];
        let style = Style::default();
        let layout = Layout::new(&visits, fit_axis(&visits, 800.0, &style), &style, &measure);
        assert!(layout.has_gutter);
        assert_eq!(layout.marks.len(), 2);
        assert!(layout.marks.iter().all(|m| m.time == LegTime::Unknown));
        assert!(layout.marks.iter().all(|m| m.x < layout.axis.x0));
        assert_eq!(
            layout.marks[0].x,
            (style.name_column * 2.0 + style.gutter) / 2.0
        );
    }

    proptest::proptest! {
        /// Any mix of dated/undated legs, trips, visitors and statuses gets
        /// exactly one mark per leg, at finite coordinates inside its lane.
        #[test]
        fn every_leg_is_placed_exactly_once(
            legs in proptest::collection::vec(
                (0u8..3, proptest::option::of(0i64..400), proptest::option::of(0u8..3), proptest::option::of(0u32..5), 0u8..3),
                0..40,
            )
        ) {
            let base = NaiveDate::from_ymd_opt(2024, 1, 1).expect("valid date");
            let visits: Vec<Visit> = legs
                .iter()
                .map(|&(who, day, trip, n, status)| {
                    let mut v = leg(&format!("v{who}"), "QA", None, None, "t", 1);
                    v.date = day.map(|d| base + chrono::Duration::days(d));
                    v.trip = trip.map(|t| Trip { id: Some(format!("t{t}")), ordinal: None, leg: n });
                    v.status = Status::ALL[usize::from(status)];
                    v
                })
                .collect();
            let style = Style::default();
            let layout = Layout::new(&visits, fit_axis(&visits, 1000.0, &style), &style, &measure);
            let mut seen: Vec<usize> = layout.marks.iter().map(|m| m.visit).collect();
            seen.sort_unstable();
            proptest::prop_assert_eq!(seen, (0..visits.len()).collect::<Vec<_>>());
            for m in &layout.marks {
                proptest::prop_assert!(m.x.is_finite() && m.y.is_finite());
                let lane = &layout.lanes[m.lane];
                proptest::prop_assert!(m.y > lane.top && m.y < lane.bottom);
                proptest::prop_assert!(m.row < lane.rows);
            }
            // No two labels in one row of a lane overlap.
            for a in &layout.marks {
                for b in &layout.marks {
                    if a.visit < b.visit && a.lane == b.lane && a.row == b.row {
                        let ea = (a.label_x.0.min(a.range.map_or(a.x, |r| r.0)), a.label_x.1.max(a.range.map_or(a.x, |r| r.1)));
                        let eb = (b.label_x.0.min(b.range.map_or(b.x, |r| r.0)), b.label_x.1.max(b.range.map_or(b.x, |r| r.1)));
                        proptest::prop_assert!(ea.1 < eb.0 || eb.1 < ea.0, "overlap in row {}", a.row);
                    }
                }
            }
        }
    }

    /// Issue 12, item 6: a trip whose bracket starts near the view's right
    /// edge has its label moved left into view; one in the middle keeps
    /// its place, one out of view too.
    #[test]
    fn a_trip_label_near_the_right_edge_moves_into_view() {
        let view = (200.0, 600.0);
        assert_eq!(trip_label_x(300.0, 400.0, 40.0, view), 300.0);
        assert_eq!(trip_label_x(590.0, 590.0, 40.0, view), 560.0);
        assert_eq!(trip_label_x(150.0, 250.0, 40.0, view), 200.0);
        assert_eq!(trip_label_x(700.0, 800.0, 40.0, view), 700.0);
        assert_eq!(trip_label_x(590.0, 600.0, 900.0, view), 200.0);
    }
}
