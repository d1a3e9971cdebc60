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
/// [`MAX_FAN`] points (one city visited again and again, or a whole region seen from far) is
/// spread on rings of growing radius around its centre ([`rings`]): the first holds
/// [`MAX_FAN`], each next one as many as fit without overlap, so every point stays visible and
/// clickable. Returns, per anchor, the marker position and the outward direction (for the
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
        if g.len() < 2 {
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
        if g.len() > MAX_FAN {
            // Rings: the bearings are kept in order around each ring.
            let slots = rings(g.len(), r);
            for (&(_, i), (radius, a)) in members.iter().zip(slots) {
                let dir = (a.cos(), a.sin());
                out[i] = ((centre.0 + dir.0 * radius, centre.1 + dir.1 * radius), dir);
            }
            continue;
        }
        let start = top + members.first().map_or(0.0, |m| m.0);
        for (n, &(_, i)) in members.iter().enumerate() {
            let a = start + TAU * n as f32 / k;
            let dir = (a.cos(), a.sin());
            out[i] = ((centre.0 + dir.0 * radius, centre.1 + dir.1 * radius), dir);
        }
    }
    out
}

/// The places of `k` markers of radius `r` on rings around a centre, as (radius, angle): the
/// first ring holds [`MAX_FAN`] markers, each next ring, a marker's diameter (plus a gap)
/// further out, as many as its circumference holds a diameter (plus a gap) apart; the last
/// ring's markers are spread evenly. Each ring starts at the top and goes clockwise, so no two
/// markers overlap.
pub fn rings(k: usize, r: f32) -> Vec<(f32, f32)> {
    let step = 2.0 * r + 3.0;
    let top = -TAU / 4.0;
    let mut out = Vec::with_capacity(k);
    let mut radius = (MAX_FAN as f32 * step / TAU).max(1.4 * r);
    let mut capacity = MAX_FAN;
    while out.len() < k {
        let here = capacity.min(k - out.len()).max(1);
        for n in 0..here {
            out.push((radius, top + TAU * n as f32 / here as f32));
        }
        radius += step;
        capacity = ((TAU * radius / step).floor() as usize).max(1);
    }
    out
}

/// A label to place beside its marker: the marker's centre, the label's size (padding
/// included), the side it would rather be on (the marker's outward direction: x < 0 is
/// left), and whether it must show even where it covers something (the selected or hovered
/// stop's).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelBox {
    pub at: Pt,
    pub size: Pt,
    pub dir: Pt,
    pub must: bool,
}

/// A rectangle as its (left, top) and (right, bottom) corners.
pub type Area = (Pt, Pt);

/// Where each label's box goes (its top-left corner), or `None` when it has no free place:
/// beside its marker (`gap` from its centre) on its preferred side, else the other side,
/// above, below or at a corner, the first of these that stays within `bounds` and covers no
/// label placed before it and no marker of radius `r` at `markers`. Labels that must show
/// are placed first (on their first place within bounds if none is free), then the others
/// in their order. Quadratic in the labels, linear in the markers per label: for the few
/// dozen labels a map shows.
pub fn place_labels(
    labels: &[LabelBox],
    markers: &[Pt],
    r: f32,
    gap: f32,
    bounds: Area,
) -> Vec<Option<Pt>> {
    let mut order: Vec<usize> = (0..labels.len()).collect();
    order.sort_by_key(|&i| !labels[i].must);
    let mut placed: Vec<Area> = Vec::new();
    let mut out = vec![None; labels.len()];
    for i in order {
        let l = labels[i];
        let inside = |b: &Area| {
            b.0.0 >= bounds.0.0 && b.0.1 >= bounds.0.1 && b.1.0 <= bounds.1.0 && b.1.1 <= bounds.1.1
        };
        let free = |b: &Area| {
            placed.iter().all(|p| !overlaps(p, b))
                && markers.iter().all(|&m| !circle_meets(m, r, b))
        };
        let candidates = label_candidates(&l, gap);
        let chosen = candidates
            .iter()
            .find(|b| inside(b) && free(b))
            .or_else(|| {
                l.must.then(|| {
                    candidates
                        .iter()
                        .find(|b| inside(b))
                        .unwrap_or(&candidates[0])
                })
            })
            .copied();
        if let Some(b) = chosen {
            placed.push(b);
            out[i] = Some(b.0);
        }
    }
    out
}

/// The places tried for label `l`, in order: its preferred side, the other side, above,
/// below, then the four corners.
fn label_candidates(l: &LabelBox, gap: f32) -> [Area; 8] {
    let ((x, y), (w, h)) = (l.at, l.size);
    let d = gap * std::f32::consts::FRAC_1_SQRT_2;
    let at = |left: f32, top: f32| ((left, top), (left + w, top + h));
    let right = at(x + gap, y - h / 2.0);
    let left = at(x - gap - w, y - h / 2.0);
    let (first, second) = if l.dir.0 < -0.3 {
        (left, right)
    } else {
        (right, left)
    };
    [
        first,
        second,
        at(x - w / 2.0, y - gap - h),
        at(x - w / 2.0, y + gap),
        at(x + d, y - d - h),
        at(x + d, y + d),
        at(x - d - w, y - d - h),
        at(x - d - w, y + d),
    ]
}

/// Whether two rectangles share more than an edge.
fn overlaps(a: &Area, b: &Area) -> bool {
    a.0.0 < b.1.0 && b.0.0 < a.1.0 && a.0.1 < b.1.1 && b.0.1 < a.1.1
}

/// Whether the circle at `c` of radius `r` meets rectangle `b`.
fn circle_meets(c: Pt, r: f32, b: &Area) -> bool {
    let nx = c.0.clamp(b.0.0, b.1.0);
    let ny = c.1.clamp(b.0.1, b.1.1);
    (c.0 - nx).hypot(c.1 - ny) < r
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

    /// Issue 12, item 10: thirty stops on one spot (stacked before: only the top one could be
    /// seen or clicked) are spread on rings, none overlapping another.
    #[test]
    fn a_large_group_on_one_spot_is_spread_on_rings_without_overlap() {
        let r = 9.0;
        for k in [13, 30, 100] {
            let out = spread(&vec![(200.0, 200.0); k], r);
            for (i, a) in out.iter().enumerate() {
                for b in &out[i + 1..] {
                    assert!(dist(a.0, b.0) >= 2.0 * r, "{k}: {a:?} and {b:?} overlap");
                }
            }
            // The first ring holds MAX_FAN, in route order from the top.
            assert!((out[0].0.0 - 200.0).abs() < 1e-3 && out[0].0.1 < 200.0);
        }
        // Close but not the same spots (a region seen from far): also apart.
        let region: Vec<Pt> = (0..40)
            .map(|i| (300.0 + (i % 7) as f32 * 2.0, 300.0 + (i / 7) as f32 * 2.0))
            .collect();
        let out = spread(&region, r);
        for (i, a) in out.iter().enumerate() {
            for b in &out[i + 1..] {
                assert!(dist(a.0, b.0) >= 2.0 * r, "{a:?} and {b:?} overlap");
            }
        }
    }

    #[test]
    fn rings_hold_as_many_as_fit() {
        let slots = rings(40, 9.0);
        assert_eq!(slots.len(), 40);
        assert!(slots[..MAX_FAN].iter().all(|s| s.0 == slots[0].0));
        assert!(slots[MAX_FAN].0 > slots[0].0);
    }

    /// Issue 12, item 10: labels do not cover each other nor another stop; a label with no free
    /// place is left out unless it must show (the selected stop's).
    #[test]
    fn labels_cover_neither_each_other_nor_other_stops() {
        let r = 9.0;
        let markers: Vec<Pt> = vec![
            (100.0, 100.0),
            (140.0, 100.0),
            (100.0, 130.0),
            (300.0, 300.0),
        ];
        let label = |at: Pt, must: bool| LabelBox {
            at,
            size: (60.0, 16.0),
            dir: (1.0, 0.0),
            must,
        };
        let labels: Vec<LabelBox> = markers.iter().map(|&m| label(m, false)).collect();
        let bounds = ((0.0, 0.0), (640.0, 420.0));
        let out = place_labels(&labels, &markers, r, r + 5.0, bounds);
        let boxes: Vec<Area> = out
            .iter()
            .zip(&labels)
            .filter_map(|(p, l)| p.map(|p| (p, (p.0 + l.size.0, p.1 + l.size.1))))
            .collect();
        assert_eq!(boxes.len(), 4, "room for every label here: {out:?}");
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!(!overlaps(a, b), "{a:?} covers {b:?}");
            }
            for &m in &markers {
                assert!(!circle_meets(m, r, a), "{a:?} covers the stop at {m:?}");
            }
        }
        // Drawn on the right of each point as before, the first label covered the second stop.
        let naive = label_candidates(&labels[0], r + 5.0)[0];
        assert!(circle_meets(markers[1], r, &naive));
        // Crowded: a ring of stops leaves no room; the selected one's label still shows.
        let crowd: Vec<Pt> = spread(&vec![(200.0, 200.0); 40], r)
            .iter()
            .map(|m| m.0)
            .collect();
        let mut labels: Vec<LabelBox> = crowd.iter().map(|&m| label(m, false)).collect();
        labels[5].must = true;
        let out = place_labels(&labels, &crowd, r, r + 5.0, bounds);
        assert!(out[5].is_some());
        assert!(out.iter().any(Option::is_none), "some labels are left out");
    }
}
