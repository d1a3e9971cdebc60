//! Where legs go in time: dated legs at their day, undated legs by their order
//! in their trip between the dated legs around them.

use super::{day_number, visitor_key};
use crate::model::Visit;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// When a leg happened, as far as the timeline can tell.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LegTime {
    /// The leg's own date.
    Date(NaiveDate),
    /// No date of its own: it lies between day numbers `start` and `end`
    /// (middles of the days of the dated legs around it in its trip), drawn
    /// at the fraction `pos` (0..1) of that range, spreading several undated
    /// legs in trip order. With a dated leg on one side only, the range
    /// extends one day per undated leg beyond it.
    Between { start: f64, end: f64, pos: f64 },
    /// The text gives a month, a year or a range of days
    /// (`date_edtf` `2020-02`, `2008`, `2024-01-07/2024-01-11`): the leg
    /// spans `start ..= end`, drawn as a bar over those days.
    Span { start: NaiveDate, end: NaiveDate },
    /// No date and no dated leg in its trip: drawn in the "undated" gutter.
    Unknown,
}

impl LegTime {
    /// Fractional day number used for ordering (`None` when unknown).
    pub fn sort_day(&self) -> Option<f64> {
        match *self {
            LegTime::Date(d) => Some(day_number(d) + 0.5),
            LegTime::Between { start, end, pos } => Some(start + (end - start) * pos),
            LegTime::Span { start, end } => Some((day_number(start) + day_number(end) + 1.0) / 2.0),
            LegTime::Unknown => None,
        }
    }
}

/// A leg and its placement in time.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// Index into the visits.
    pub visit: usize,
    pub time: LegTime,
}

/// The legs of one trip of one visitor, in trip order.
#[derive(Clone, Debug, PartialEq)]
pub struct TripGroup {
    /// The trip id shared by the legs (`None` for a leg without one).
    pub id: Option<String>,
    /// The visitor's n-th trip, from the first leg that states it.
    pub ordinal: Option<u32>,
    /// Indices into the visits, in trip order.
    pub legs: Vec<usize>,
}

/// Groups `indices` of `visits` by (visitor, trip id) in order of first
/// appearance; legs without a trip id form a group of their own. Within a
/// group legs are in trip order: by `trip.leg` when every leg has one, else
/// in the order given.
pub fn trip_groups(visits: &[Visit], indices: impl Iterator<Item = usize>) -> Vec<TripGroup> {
    let mut index: HashMap<(String, String), usize> = HashMap::new();
    let mut groups: Vec<TripGroup> = Vec::new();
    for i in indices {
        let Some(v) = visits.get(i) else { continue };
        let trip_id = v.trip.as_ref().and_then(|t| t.id.clone());
        let Some(id) = trip_id.clone() else {
            groups.push(TripGroup {
                id: None,
                ordinal: v.trip.as_ref().and_then(|t| t.ordinal),
                legs: vec![i],
            });
            continue;
        };
        match index.entry((visitor_key(v), id)) {
            Entry::Occupied(g) => groups[*g.get()].legs.push(i),
            Entry::Vacant(slot) => {
                slot.insert(groups.len());
                groups.push(TripGroup {
                    id: trip_id,
                    ordinal: v.trip.as_ref().and_then(|t| t.ordinal),
                    legs: vec![i],
                });
            }
        }
    }
    for g in &mut groups {
        let numbered: Option<Vec<u32>> = g
            .legs
            .iter()
            .map(|&i| visits[i].trip.as_ref().and_then(|t| t.leg))
            .collect();
        if numbered.is_some() {
            g.legs
                .sort_by_key(|&i| visits[i].trip.as_ref().and_then(|t| t.leg));
        }
        if g.ordinal.is_none() {
            g.ordinal = g
                .legs
                .iter()
                .find_map(|&i| visits[i].trip.as_ref().and_then(|t| t.ordinal));
        }
    }
    groups
}

/// The span of a leg whose text gives a month, a year or a range of days
/// (its `date_edtf`) rather than one day.
pub fn span_of(v: &Visit) -> Option<LegTime> {
    let (start, end) = crate::calendar::edtf_days(v.date_edtf.as_deref()?)?;
    let own_day = v.date.is_some_and(|d| start == d && end == d);
    (!own_day && start < end).then_some(LegTime::Span { start, end })
}

/// Places every visit (one [`Placed`] per visit, in input order).
pub fn place_legs(visits: &[Visit]) -> Vec<Placed> {
    let mut out: Vec<Placed> = (0..visits.len())
        .map(|i| Placed {
            visit: i,
            time: LegTime::Unknown,
        })
        .collect();
    for group in trip_groups(visits, 0..visits.len()) {
        let own: Vec<Option<LegTime>> = group
            .legs
            .iter()
            .map(|&i| span_of(&visits[i]).or(visits[i].date.map(LegTime::Date)))
            .collect();
        let days: Vec<Option<f64>> = own.iter().map(|t| t.and_then(|t| t.sort_day())).collect();
        let mut k = 0;
        while k < group.legs.len() {
            if let Some(time) = own[k] {
                out[group.legs[k]].time = time;
                k += 1;
                continue;
            }
            // A run of undated legs k..run_end between dated neighbours.
            let run_end = (k..group.legs.len())
                .find(|&j| days[j].is_some())
                .unwrap_or(group.legs.len());
            let n = run_end - k;
            let prev = if k > 0 { days[k - 1] } else { None };
            let next = days.get(run_end).copied().flatten();
            let span = (n + 1) as f64;
            let (start, end) = match (prev, next) {
                (Some(a), Some(b)) => (a.min(b), a.max(b)),
                (Some(a), None) => (a, a + span),
                (None, Some(b)) => (b - span, b),
                (None, None) => (f64::NAN, f64::NAN),
            };
            for (r, j) in (k..run_end).enumerate() {
                out[group.legs[j]].time = if start.is_nan() {
                    LegTime::Unknown
                } else {
                    LegTime::Between {
                        start,
                        end,
                        pos: (r + 1) as f64 / span,
                    }
                };
            }
            k = run_end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Person, Place, Status, Trip};

    fn leg(date: Option<&str>, trip: Option<&str>, n: Option<u32>) -> Visit {
        Visit {
            visitor: Person {
                name_ar: "أنتوني بلينكن".into(),
                name_en: Some("Antony Blinken".into()),
                ..Person::default()
            },
            place: Place {
                country: "QA".into(),
                name_ar: "قطر".into(),
                ..Place::default()
            },
            date: date.and_then(|d| d.parse().ok()),
            date_text: None,
            date_edtf: None,
            date_hijri: None,
            status: Status::Occurred,
            counterparts: vec![],
            trip: trip.map(|id| Trip {
                id: Some(id.into()),
                ordinal: None,
                leg: n,
            }),
            evidence: vec![],
            confidence: 1.0,
            rules: vec![],
        }
    }

    fn day(s: &str) -> f64 {
        day_number(s.parse().expect("test date")) + 0.5
    }

    #[test]
    fn undated_legs_spread_between_dated_neighbours_in_trip_order() {
        // Trip order by leg number: SA (5 Feb), Cairo, Doha, Israel (7 Feb),
        // given out of order as the timeline may list them.
        let visits = vec![
            leg(Some("2024-02-07"), Some("feb"), Some(4)),
            leg(None, Some("feb"), Some(3)),
            leg(Some("2024-02-05"), Some("feb"), Some(1)),
            leg(None, Some("feb"), Some(2)),
        ];
        let placed = place_legs(&visits);
        let (a, b) = (day("2024-02-05"), day("2024-02-07"));
        assert_eq!(
            placed[0].time,
            LegTime::Date("2024-02-07".parse().expect("date"))
        );
        assert_eq!(
            placed[3].time,
            LegTime::Between {
                start: a,
                end: b,
                pos: 1.0 / 3.0
            }
        );
        assert_eq!(
            placed[1].time,
            LegTime::Between {
                start: a,
                end: b,
                pos: 2.0 / 3.0
            }
        );
    }

    #[test]
    fn undated_legs_after_the_last_date_extend_a_day_each() {
        // June: Cairo 10 Jun, Jerusalem 10 Jun, then Jordan and Qatar undated.
        let visits = vec![
            leg(Some("2024-06-10"), Some("jun"), None),
            leg(Some("2024-06-10"), Some("jun"), None),
            leg(None, Some("jun"), None),
            leg(None, Some("jun"), None),
        ];
        let placed = place_legs(&visits);
        let a = day("2024-06-10");
        assert_eq!(
            placed[2].time,
            LegTime::Between {
                start: a,
                end: a + 3.0,
                pos: 1.0 / 3.0
            }
        );
        assert_eq!(
            placed[3].time,
            LegTime::Between {
                start: a,
                end: a + 3.0,
                pos: 2.0 / 3.0
            }
        );
        assert_eq!(placed[3].time.sort_day(), Some(a + 2.0));
    }

    #[test]
    fn undated_legs_before_the_first_date_and_without_any_date() {
        let visits = vec![
            leg(None, Some("t"), None),
            leg(Some("2024-02-07"), Some("t"), None),
            leg(None, None, None),
            leg(None, Some("other"), None),
        ];
        let placed = place_legs(&visits);
        let b = day("2024-02-07");
        assert_eq!(
            placed[0].time,
            LegTime::Between {
                start: b - 2.0,
                end: b,
                pos: 0.5
            }
        );
        assert_eq!(placed[2].time, LegTime::Unknown);
        assert_eq!(placed[3].time, LegTime::Unknown);
        assert_eq!(placed.len(), 4);
    }

    #[test]
    fn month_year_and_range_legs_are_spans_and_neighbours() {
        let mut month = leg(None, Some("t"), Some(1));
        month.date_edtf = Some("2020-02".into());
        let after = leg(None, Some("t"), Some(2));
        let mut range = leg(Some("2024-01-07"), None, None);
        range.date_edtf = Some("2024-01-07/2024-01-11".into());
        let mut year = leg(None, None, None);
        year.date_edtf = Some("2008".into());
        let mut day = leg(Some("2024-06-10"), None, None);
        day.date_edtf = Some("2024-06-10".into());
        let placed = place_legs(&[month, after, range, year, day]);
        let d = |s: &str| s.parse::<NaiveDate>().expect("test date");
        assert_eq!(
            placed[0].time,
            LegTime::Span {
                start: d("2020-02-01"),
                end: d("2020-02-29")
            }
        );
        // Mid-February is the undated next leg's neighbour.
        let mid = (day_number(d("2020-02-01")) + day_number(d("2020-02-29")) + 1.0) / 2.0;
        assert_eq!(
            placed[1].time,
            LegTime::Between {
                start: mid,
                end: mid + 2.0,
                pos: 0.5
            }
        );
        assert_eq!(
            placed[2].time,
            LegTime::Span {
                start: d("2024-01-07"),
                end: d("2024-01-11")
            }
        );
        assert_eq!(
            placed[3].time,
            LegTime::Span {
                start: d("2008-01-01"),
                end: d("2008-12-31")
            }
        );
        assert_eq!(placed[4].time, LegTime::Date(d("2024-06-10")));
    }

    #[test]
    fn trips_of_different_visitors_with_the_same_id_stay_apart() {
        let mut other = leg(None, Some("t"), None);
        other.visitor.name_en = Some("Sergey Lavrov".into());
        let visits = vec![leg(Some("2024-02-07"), Some("t"), None), other];
        let placed = place_legs(&visits);
        assert_eq!(placed[1].time, LegTime::Unknown);
    }
}
