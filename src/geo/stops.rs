//! The stops of a route map, pure geometry (no egui): which legs a map shows around the
//! selected one and in which order ([`route_for`]), where each is drawn ([`Position`]: its own
//! coordinates, else its country's centre), and how markers that would overlap on screen are
//! fanned out ([`spread`]). Drawn by `ui::map`.

use std::collections::HashMap;
use std::f32::consts::TAU;

use chrono::NaiveDate;

use crate::export::place_en;
use crate::geo::{self, LonLat, World};
use crate::model::{Status, Visit};
use crate::review::{LegKey, ReviewedLeg};
use crate::timeline::{LegTime, place_legs, trip_groups, visitor_key};

/// A point on screen (x, y), in pixels.
pub type Pt = (f32, f32);

/// Points stacked on one spot (or within a marker's diameter of each other) are fanned out on
/// a circle around their centre up to this many; more are laid on rings of growing radius.
pub const MAX_FAN: usize = 12;

fn dist(a: Pt, b: Pt) -> f32 {
    (a.0 - b.0).hypot(a.1 - b.1)
}

/// Which legs the map shows around the selected one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Scope {
    /// The legs of the selected leg's trip (all legs of the visitor when it has no trip id).
    #[default]
    Trip,
    /// Every leg of the selected leg's visitor.
    Visitor,
}

/// Where a stop is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Position {
    /// The leg's own coordinates.
    Exact(LonLat),
    /// The leg has no (valid) coordinates: the centre of its country's outline.
    CountryCentre(LonLat),
    /// Neither coordinates nor a country the outline knows: listed under the map.
    Unknown,
}

impl Position {
    /// The point to draw, if any.
    pub fn lonlat(&self) -> Option<LonLat> {
        match *self {
            Position::Exact(p) | Position::CountryCentre(p) => Some(p),
            Position::Unknown => None,
        }
    }
}

/// One numbered point of the route.
#[derive(Clone, Debug, PartialEq)]
pub struct Stop {
    /// The leg's key (what a click selects).
    pub key: LegKey,
    /// 1-based position in the route.
    pub number: usize,
    /// English place name: the city, else the country ([`crate::export::place_en`]).
    pub place: String,
    /// The place as written in the article.
    pub place_ar: String,
    /// ISO 3166-1 alpha-2 of the country.
    pub country: String,
    /// The leg's own date.
    pub date: Option<NaiveDate>,
    /// When the leg lies in time (an undated leg: between its neighbours in the trip).
    pub time: LegTime,
    pub status: Status,
    pub position: Position,
    /// This is the selected leg.
    pub selected: bool,
    /// The n-th leg of its trip, when the trip states it (`trip.leg`).
    pub trip_leg: Option<u32>,
}

impl Stop {
    /// The accessible label of the point, e.g. `"1. Saudi Arabia 2024-02-05"`,
    /// `"3. Qatar undated, planned"`.
    pub fn label(&self) -> String {
        let date = self
            .date
            .map_or_else(|| "undated".to_string(), |d| d.to_string());
        let status = match self.status {
            Status::Occurred => "",
            Status::Planned => ", planned",
            Status::Cancelled => ", cancelled",
        };
        format!("{}. {} {date}{status}", self.number, self.place)
    }
}

/// The legs the map shows for a selection.
#[derive(Clone, Debug, PartialEq)]
pub struct Route {
    /// The visitor's name (English if known, else Arabic).
    pub visitor: String,
    /// The scope actually used: [`Scope::Trip`] falls back to [`Scope::Visitor`] for a leg
    /// without a trip id.
    pub scope: Scope,
    /// Whether the selected leg belongs to a trip with an id (a trip scope is possible).
    pub has_trip: bool,
    /// The trip's ordinal ("the visitor's 5th trip"), in trip scope, when known.
    pub trip_ordinal: Option<u32>,
    /// The stops in travel order, numbered from 1.
    pub stops: Vec<Stop>,
}

/// The route around the `selected` leg: its trip's legs (or its visitor's, per `scope`), in
/// travel order — dated legs by date, undated legs by their order in the trip — each with
/// where to draw it. `None` when no leg answers to `selected` (its key or one of its aliases).
pub fn route_for(legs: &[ReviewedLeg], selected: &LegKey, scope: Scope) -> Option<Route> {
    let sel = legs
        .iter()
        .position(|l| l.key == *selected || l.aliases.contains(selected))?;
    let visitor = visitor_key(&legs[sel].visit);
    // The visitor's legs only: ordering never needs the others, and with tens of thousands of
    // legs the map must not clone them all every frame.
    let mine: Vec<usize> = (0..legs.len())
        .filter(|&i| same_visitor(&legs[i].visit, &visitor))
        .collect();
    let visits: Vec<Visit> = mine.iter().map(|&i| legs[i].visit.clone()).collect();
    let local_sel = mine.iter().position(|&i| i == sel)?;
    let groups = trip_groups(&visits, 0..visits.len());
    let placed = place_legs(&visits);
    let sel_group = groups.iter().position(|g| g.legs.contains(&local_sel));
    let has_trip = sel_group.is_some_and(|g| groups[g].id.is_some());
    let scope = if has_trip { scope } else { Scope::Visitor };

    // (sort day, group, position in group, local index); unknown times last, in trip order.
    let mut order: Vec<(f64, usize, usize, usize)> = Vec::new();
    for (gi, group) in groups.iter().enumerate() {
        if scope == Scope::Trip && Some(gi) != sel_group {
            continue;
        }
        for (pos, &local) in group.legs.iter().enumerate() {
            let day = placed
                .get(local)
                .and_then(|p| p.time.sort_day())
                .unwrap_or(f64::INFINITY);
            order.push((day, gi, pos, local));
        }
    }
    order.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));

    let stops = order
        .iter()
        .enumerate()
        .map(|(n, &(_, _, _, local))| {
            let leg = &legs[mine[local]];
            let v = &leg.visit;
            Stop {
                key: leg.key.clone(),
                number: n + 1,
                place: place_en(v),
                place_ar: v.place.name_ar.clone(),
                country: v.place.country.clone(),
                date: v.date,
                time: placed.get(local).map_or(LegTime::Unknown, |p| p.time),
                status: v.status,
                position: position_of(v),
                selected: local == local_sel,
                trip_leg: v.trip.as_ref().and_then(|t| t.leg),
            }
        })
        .collect();
    let trip_ordinal = match (scope, sel_group) {
        (Scope::Trip, Some(g)) => groups[g].ordinal,
        _ => None,
    };
    Some(Route {
        visitor,
        scope,
        has_trip,
        trip_ordinal,
        stops,
    })
}

/// Whether `v`'s visitor is `key` (as [`visitor_key`] gives it), without allocating.
fn same_visitor(v: &Visit, key: &str) -> bool {
    match &v.visitor.name_en {
        Some(en) if !en.trim().is_empty() => en == key,
        _ => v.visitor.name_ar == key,
    }
}

/// Where to draw a leg: its coordinates when valid, else its country's centre.
pub fn position_of(v: &Visit) -> Position {
    if let (Some(lat), Some(lon)) = (v.place.lat, v.place.lon)
        && lat.is_finite()
        && lon.is_finite()
        && (-90.0..=90.0).contains(&lat)
        && (-180.0..=180.0).contains(&lon)
    {
        return Position::Exact((lon as f32, lat as f32));
    }
    country_centre(&v.place.country).map_or(Position::Unknown, Position::CountryCentre)
}

/// The centre of a country's outline: the area centroid of its largest ring, or — when that
/// falls outside the ring (a crescent-shaped country) — the centre of the ring's largest fill
/// triangle, which is always inside.
pub fn country_centre(iso2: &str) -> Option<LonLat> {
    let code = iso2.trim();
    if code.len() != 2 {
        return None;
    }
    let country = World::embedded().country(code)?;
    let (ring_index, ring) = country.rings.iter().enumerate().max_by(|a, b| {
        geo::signed_area(a.1)
            .abs()
            .total_cmp(&geo::signed_area(b.1).abs())
    })?;
    let area = f64::from(geo::signed_area(ring));
    if area.abs() > 1e-9 {
        let (mut cx, mut cy) = (0.0f64, 0.0f64);
        let mut prev = *ring.last()?;
        for &p in ring {
            let (x0, y0, x1, y1) = (
                f64::from(prev.0),
                f64::from(prev.1),
                f64::from(p.0),
                f64::from(p.1),
            );
            let cross = x0 * y1 - x1 * y0;
            cx += (x0 + x1) * cross;
            cy += (y0 + y1) * cross;
            prev = p;
        }
        let c = ((cx / (6.0 * area)) as f32, (cy / (6.0 * area)) as f32);
        if geo::ring_contains(ring, c) {
            return Some(c);
        }
    }
    let tri = country
        .triangles
        .get(ring_index)?
        .iter()
        .max_by(|a, b| triangle_area(a).total_cmp(&triangle_area(b)))?;
    Some((
        (tri[0].0 + tri[1].0 + tri[2].0) / 3.0,
        (tri[0].1 + tri[1].1 + tri[2].1) / 3.0,
    ))
}

fn triangle_area(t: &[LonLat; 3]) -> f32 {
    ((t[1].0 - t[0].0) * (t[2].1 - t[0].1) - (t[2].0 - t[0].0) * (t[1].1 - t[0].1)).abs() / 2.0
}

/// Where to draw markers of radius `r` whose true screen positions are `anchors`, so that none
/// overlap: a marker closer than a diameter (plus a gap) to a member of a group joins it, and a
/// group's markers are spread evenly on a circle around its centre, keeping the bearing of each
/// point from the centre in order (Amman stays east of Jerusalem); points at the very same spot
/// keep their route order, the first at the top, then clockwise. A group of more than
/// [`MAX_FAN`] points (one city visited again and again) is not fanned: they stay stacked on
/// their spot. Returns, per anchor, the marker position and the outward direction (for the
/// label side; `(1, 0)` when not fanned). Linear time: neighbours are found in a grid of
/// diameter-sized cells, so thousands of points cost nothing per frame.
pub fn spread(anchors: &[Pt], r: f32) -> Vec<(Pt, Pt)> {
    let d = 2.0 * r + 2.0;
    let cell_of = |p: Pt| ((p.0 / d).floor() as i64, (p.1 / d).floor() as i64);
    let mut cells: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    let mut group_of: Vec<usize> = Vec::with_capacity(anchors.len());
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, &a) in anchors.iter().enumerate() {
        let (cx, cy) = cell_of(a);
        let near = (cx - 1..=cx + 1)
            .flat_map(|x| (cy - 1..=cy + 1).map(move |y| (x, y)))
            .filter_map(|c| cells.get(&c))
            .flatten()
            .filter(|&&j| dist(anchors[j], a) < d)
            .map(|&j| group_of[j])
            .min();
        let g = near.unwrap_or_else(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
        group_of.push(g);
        cells.entry((cx, cy)).or_default().push(i);
    }
    let mut out: Vec<(Pt, Pt)> = anchors.iter().map(|&a| (a, (1.0, 0.0))).collect();
    for g in groups {
        if g.len() < 2 || g.len() > MAX_FAN {
            continue;
        }
        let k = g.len() as f32;
        let sum = g
            .iter()
            .fold((0.0, 0.0), |s, &i| (s.0 + anchors[i].0, s.1 + anchors[i].1));
        let centre = (sum.0 / k, sum.1 / k);
        let radius = (k * (2.0 * r + 3.0) / TAU).max(1.4 * r);
        // Bearing of each member from the centre; coincident points get their route order.
        let top = -TAU / 4.0;
        let mut members: Vec<(f32, usize)> = g
            .iter()
            .enumerate()
            .map(|(n, &i)| {
                let d = (anchors[i].0 - centre.0, anchors[i].1 - centre.1);
                let bearing = if d.0.hypot(d.1) > 0.5 {
                    d.1.atan2(d.0)
                } else {
                    top + TAU * n as f32 / k
                };
                ((bearing - top).rem_euclid(TAU), i)
            })
            .collect();
        members.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let start = top + members.first().map_or(0.0, |m| m.0);
        for (n, &(_, i)) in members.iter().enumerate() {
            let a = start + TAU * n as f32 / k;
            let dir = (a.cos(), a.sin());
            out[i] = ((centre.0 + dir.0 * radius, centre.1 + dir.1 * radius), dir);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_points_fan_out_keeping_their_bearing_and_lone_points_stay() {
        let anchors = [(104.0, 100.0), (100.0, 100.0), (300.0, 50.0)];
        let out = spread(&anchors, 9.0);
        assert_eq!(out[2], ((300.0, 50.0), (1.0, 0.0)));
        // Two markers: centre (102, 100), radius max(2·21/τ, 12.6) = 12.6; the east one stays
        // east, the west one west.
        assert!((out[0].0.0 - 114.6).abs() < 1e-3 && (out[0].0.1 - 100.0).abs() < 1e-3);
        assert!((out[1].0.0 - 89.4).abs() < 1e-3 && (out[1].0.1 - 100.0).abs() < 1e-3);
        assert!(out[1].1.0 < -0.99);
        // The same spot twice (one city visited twice): route order, top then bottom.
        let same = spread(&[(50.0, 50.0), (50.0, 50.0)], 9.0);
        assert!((same[0].0.0 - 50.0).abs() < 1e-3 && (same[0].0.1 - 37.4).abs() < 1e-3);
        assert!((same[1].0.0 - 50.0).abs() < 1e-3 && (same[1].0.1 - 62.6).abs() < 1e-3);
    }

    #[test]
    fn country_centre_lies_inside_the_country() {
        for code in ["EG", "QA", "CL", "NO", "ID", "US", "HR"] {
            let c = country_centre(code).expect("the outline has the country");
            let country = World::embedded().country(code).expect("outline");
            assert!(country.contains(c), "{code}: {c:?}");
        }
        assert_eq!(country_centre("ZZ"), None);
        assert_eq!(country_centre(""), None);
    }
}
