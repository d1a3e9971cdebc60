//! The route map's world: a bundled country outline and the pure geometry to draw legs on it.
//! No egui, no I/O, no panics: the map panel (in `ui`) calls these and paints.
//!
//! - [`World::embedded`]: the outline in `assets/geo/world-110m.txt` (Natural Earth 1:110m,
//!   public domain), parsed once. Each [`Country`] has outer rings, holes and fill triangles.
//! - [`project`] / [`unproject`]: the Equal Earth projection into *map units*, a rectangle
//!   [`MAP_WIDTH`] × [`MAP_HEIGHT`] (width 1, y down, north at the top).
//! - [`View`] and [`fit`]: the part of the map shown in a panel, fitted to a route, and the
//!   map units ↔ screen mapping.
//! - [`great_circle`], [`route`], [`split_antimeridian`]: legs as great-circle polylines,
//!   cut where they cross the ±180° meridian so that no line spans the whole map.
//!
//! Coordinates are `(lon, lat)` in decimal degrees ([`LonLat`]) everywhere except in map units
//! and screen points, which are `(x, y)`.
//!
//! Drawing recipe for the panel: `let view = fit(&route_points, rect_w / rect_h, 0.15)`; for each
//! country, project every ring point, `view.to_screen(p, (rect_w, rect_h))` + rect origin, fill
//! the [`Country::triangles`] as a mesh and stroke the rings; then stroke each piece of
//! `route(&stops, 100.0)` the same way and draw the stops as points on top. Cull countries whose
//! [`Country::bounds`] miss the view if needed. For interaction: wheel → `view.zoomed(f,
//! view.from_screen(mouse, size)).clamped()`, drag → `view.panned((-dx / s, -dy / s)).clamped()`
//! with `s = view.scale(size)`; hover → `unproject(view.from_screen(mouse, size))`.

mod fill;
mod projection;
mod route;
pub mod stops;
mod view;

use std::collections::HashMap;
use std::sync::OnceLock;

pub use fill::triangulate;
pub use projection::{MAP_HEIGHT, MAP_WIDTH, project, unproject};
pub use route::{distance_km, great_circle, route, split_antimeridian};
pub use stops::{
    LabelBox, Position, Route, Scope, Stop, country_centre, place_labels, position_of, route_for,
    spread,
};
pub use view::{MIN_SPAN, View, fit};

/// A position on the globe: `(longitude, latitude)` in decimal degrees, WGS84; east and north
/// positive.
pub type LonLat = (f32, f32);

/// The outline asset, embedded at compile time. Its format is stated in its `#` header.
const WORLD_TXT: &str = include_str!("../../assets/geo/world-110m.txt");

/// One country (or territory) of the outline.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code, as in `assets/gazetteer/countries.tsv` (`XK` = Kosovo).
    pub iso2: String,
    /// Outer rings (one per island or part), implicitly closed: the last point joins the first.
    pub rings: Vec<Vec<LonLat>>,
    /// Holes (e.g. Lesotho inside South Africa), each inside one of [`Country::rings`].
    pub holes: Vec<Vec<LonLat>>,
    /// Fill triangles: `triangles[i]` covers `rings[i]` minus the holes inside it; each triangle
    /// is three `(lon, lat)` corners. Project the corners and draw them as a mesh.
    pub triangles: Vec<Vec<[LonLat; 3]>>,
    /// Smallest lon/lat box around all rings.
    pub bounds: GeoBox,
}

/// A longitude/latitude box (no antimeridian wrap: `west <= east`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GeoBox {
    /// Smallest longitude.
    pub west: f32,
    /// Smallest latitude.
    pub south: f32,
    /// Largest longitude.
    pub east: f32,
    /// Largest latitude.
    pub north: f32,
}

impl GeoBox {
    /// The box around `points`, or `None` when there are none.
    pub fn around(points: impl IntoIterator<Item = LonLat>) -> Option<GeoBox> {
        let mut it = points.into_iter();
        let (lon, lat) = it.next()?;
        let mut b = GeoBox {
            west: lon,
            south: lat,
            east: lon,
            north: lat,
        };
        for (lon, lat) in it {
            b.west = b.west.min(lon);
            b.east = b.east.max(lon);
            b.south = b.south.min(lat);
            b.north = b.north.max(lat);
        }
        Some(b)
    }

    /// Whether `(lon, lat)` lies in the box (edges included).
    pub fn contains(&self, (lon, lat): LonLat) -> bool {
        lon >= self.west && lon <= self.east && lat >= self.south && lat <= self.north
    }
}

/// The whole outline: every country of the asset, in file order (sorted by code).
#[derive(Debug, Clone, PartialEq)]
pub struct World {
    /// The countries, sorted by [`Country::iso2`].
    pub countries: Vec<Country>,
    /// 1-based line numbers of the lines that were malformed and skipped while parsing (none for
    /// the embedded asset: a test asserts it).
    pub skipped_lines: Vec<usize>,
}

impl World {
    /// The embedded outline, parsed on first use and shared afterwards.
    pub fn embedded() -> &'static World {
        static WORLD: OnceLock<World> = OnceLock::new();
        WORLD.get_or_init(|| World::parse(WORLD_TXT))
    }

    /// Parses an outline in the asset's format (see the header of `assets/geo/world-110m.txt`).
    ///
    /// Never fails: `#` comments and blank lines are ignored; a malformed line (wrong column
    /// count, a code that is not two ASCII capitals, a kind other than `o`/`h`, a hole with no
    /// outer ring before it, a point that is not `lon,lat` within ±180/±90, fewer than 3 points)
    /// is skipped and its line number recorded in [`World::skipped_lines`].
    pub fn parse(text: &str) -> World {
        let mut countries: Vec<Country> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut skipped_lines = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((iso2, is_hole, ring)) = parse_line(line) else {
                skipped_lines.push(i + 1);
                continue;
            };
            let slot = match index.get(iso2) {
                Some(&slot) => slot,
                None if is_hole => {
                    skipped_lines.push(i + 1);
                    continue;
                }
                None => {
                    index.insert(iso2.to_string(), countries.len());
                    countries.push(Country {
                        iso2: iso2.to_string(),
                        rings: Vec::new(),
                        holes: Vec::new(),
                        triangles: Vec::new(),
                        bounds: GeoBox {
                            west: 0.0,
                            south: 0.0,
                            east: 0.0,
                            north: 0.0,
                        },
                    });
                    countries.len() - 1
                }
            };
            let country = &mut countries[slot];
            if is_hole {
                country.holes.push(ring);
            } else {
                country.rings.push(ring);
            }
        }
        for country in &mut countries {
            country.bounds =
                GeoBox::around(country.rings.iter().flatten().copied()).unwrap_or(country.bounds);
            country.triangles = country
                .rings
                .iter()
                .map(|outer| {
                    let holes: Vec<&[LonLat]> = country
                        .holes
                        .iter()
                        .filter(|h| h.first().is_some_and(|&p| ring_contains(outer, p)))
                        .map(Vec::as_slice)
                        .collect();
                    triangulate(outer, &holes)
                })
                .collect();
        }
        countries.sort_by(|a, b| a.iso2.cmp(&b.iso2));
        World {
            countries,
            skipped_lines,
        }
    }

    /// The country with this ISO alpha-2 code (case-insensitive), if the outline has it.
    pub fn country(&self, iso2: &str) -> Option<&Country> {
        let key = iso2.to_ascii_uppercase();
        self.countries
            .binary_search_by(|c| c.iso2.as_str().cmp(key.as_str()))
            .ok()
            .and_then(|i| self.countries.get(i))
    }

    /// The country whose outline contains `(lon, lat)`. Where outlines overlap (a 1:50m addition
    /// over a coarse 1:110m neighbour: Gaza over Israel, Vatican over Italy) the smallest
    /// containing ring wins. `None` at sea or for a non-finite point.
    pub fn country_at(&self, point: LonLat) -> Option<&Country> {
        if !(point.0.is_finite() && point.1.is_finite()) {
            return None;
        }
        self.countries
            .iter()
            .filter_map(|c| c.containing_ring_area(point).map(|area| (area, c)))
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, c)| c)
    }
}

impl Country {
    /// Whether the country's outline contains `(lon, lat)`: inside an outer ring and in no hole.
    pub fn contains(&self, point: LonLat) -> bool {
        self.containing_ring_area(point).is_some()
    }

    /// The area (in square degrees) of the outer ring that contains `point`, if one does and
    /// the point is in no hole.
    fn containing_ring_area(&self, point: LonLat) -> Option<f32> {
        if !self.bounds.contains(point) || self.holes.iter().any(|h| ring_contains(h, point)) {
            return None;
        }
        self.rings
            .iter()
            .find(|r| ring_contains(r, point))
            .map(|r| signed_area(r).abs())
    }
}

/// Even-odd point-in-ring test in the lon/lat plane (the ring is implicitly closed). Points
/// exactly on an edge may fall either way.
pub fn ring_contains(ring: &[LonLat], (x, y): LonLat) -> bool {
    let mut inside = false;
    let mut prev = match ring.last() {
        Some(&p) => p,
        None => return false,
    };
    for &(xi, yi) in ring {
        let (xj, yj) = prev;
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        prev = (xi, yi);
    }
    inside
}

/// Signed area of a ring in square degrees (shoelace formula): positive when the ring runs
/// counter-clockwise with north up.
pub fn signed_area(ring: &[LonLat]) -> f32 {
    let mut sum = 0.0f64;
    let mut prev = match ring.last() {
        Some(&p) => p,
        None => return 0.0,
    };
    for &p in ring {
        sum += f64::from(prev.0) * f64::from(p.1) - f64::from(p.0) * f64::from(prev.1);
        prev = p;
    }
    (sum / 2.0) as f32
}

/// One data line: `iso2 TAB kind TAB lon,lat lon,lat ...` → (iso2, is_hole, points).
fn parse_line(line: &str) -> Option<(&str, bool, Vec<LonLat>)> {
    let mut cols = line.split('\t');
    let (iso2, kind, points) = (cols.next()?, cols.next()?, cols.next()?);
    if cols.next().is_some() || iso2.len() != 2 || !iso2.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let is_hole = match kind {
        "o" => false,
        "h" => true,
        _ => return None,
    };
    let ring = points
        .split(' ')
        .map(|pair| {
            let (lon, lat) = pair.split_once(',')?;
            let (lon, lat) = (lon.parse::<f32>().ok()?, lat.parse::<f32>().ok()?);
            let valid = lon.is_finite()
                && lat.is_finite()
                && (-180.0..=180.0).contains(&lon)
                && (-90.0..=90.0).contains(&lat);
            valid.then_some((lon, lat))
        })
        .collect::<Option<Vec<LonLat>>>()?;
    (ring.len() >= 3).then_some((iso2, is_hole, ring))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_lines_are_skipped_with_their_line_numbers() {
        let text = "# header\n\
                    AA\to\t0,0 1,0 1,1\n\
                    BB\tx\t0,0 1,0 1,1\n\
                    CC\th\t0,0 1,0 1,1\n\
                    dd\to\t0,0 1,0 1,1\n\
                    EE\to\t0,0 1,0\n\
                    FF\to\t0,0 1,0 200,1\n\
                    GG\to\t0,0 1,0 a,1\n\
                    HH\to\t0,0 1,0 1,1\textra\n\
                    \n\
                    AA\th\t0.2,0.1 0.8,0.1 0.8,0.2\n";
        let world = World::parse(text);
        assert_eq!(world.skipped_lines, vec![3, 4, 5, 6, 7, 8, 9]);
        assert_eq!(world.countries.len(), 1);
        let aa = &world.countries[0];
        assert_eq!(aa.iso2, "AA");
        assert_eq!(aa.rings, vec![vec![(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)]]);
        assert_eq!(aa.holes, vec![vec![(0.2, 0.1), (0.8, 0.1), (0.8, 0.2)]]);
    }

    #[test]
    fn holes_are_excluded_from_the_country() {
        let text = "AA\to\t0,0 10,0 10,10 0,10\nAA\th\t4,4 6,4 6,6 4,6\n";
        let world = World::parse(text);
        let aa = world.country("aa").expect("AA was parsed");
        assert!(aa.contains((1.0, 1.0)));
        assert!(!aa.contains((5.0, 5.0)));
        assert!(!aa.contains((11.0, 5.0)));
        assert_eq!(signed_area(&aa.rings[0]), 100.0);
    }
}
