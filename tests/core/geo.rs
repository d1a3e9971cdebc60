//! The bundled world outline and the route map's geometry (`jawla::geo`).

use jawla::geo::{
    self, Country, LonLat, MAP_HEIGHT, MAP_WIDTH, MIN_SPAN, World, distance_km, fit, great_circle,
    project, route, signed_area, unproject,
};

const CAIRO: LonLat = (31.2357, 30.0444);
const DOHA: LonLat = (51.5310, 25.2854);
const AMMAN: LonLat = (35.9284, 31.9454);
const JERUSALEM: LonLat = (35.2137, 31.7683);
const TEL_AVIV: LonLat = (34.7818, 32.0853);
const PARIS: LonLat = (2.3522, 48.8566);
const WASHINGTON: LonLat = (-77.0369, 38.9072);
const TOKYO: LonLat = (139.6503, 35.6762);
const LOS_ANGELES: LonLat = (-118.2437, 34.0522);

fn world() -> &'static World {
    World::embedded()
}

fn code_at(p: LonLat) -> Option<&'static str> {
    world().country_at(p).map(|c| c.iso2.as_str())
}

#[test]
fn the_embedded_outline_parses_without_skipping_a_line() {
    let w = world();
    assert_eq!(w.skipped_lines, Vec::<usize>::new());
    assert_eq!(w.countries.len(), 236);
    let rings: usize = w
        .countries
        .iter()
        .map(|c| c.rings.len() + c.holes.len())
        .sum();
    assert_eq!(rings, 446);
    let points: usize = w
        .countries
        .iter()
        .flat_map(|c| c.rings.iter().chain(&c.holes))
        .map(Vec::len)
        .sum();
    assert_eq!(points, 11_758);
    // Sorted, unique codes, so `country` can binary-search.
    assert!(w.countries.windows(2).all(|p| p[0].iso2 < p[1].iso2));
    // The only hole at this scale: Lesotho inside South Africa.
    let with_holes: Vec<&str> = w
        .countries
        .iter()
        .filter(|c| !c.holes.is_empty())
        .map(|c| c.iso2.as_str())
        .collect();
    assert_eq!(with_holes, vec!["ZA"]);
}

/// The invariants the asset header promises and the drawing relies on: every ring is simple (so
/// it triangulates and fills correctly) and never jumps across the antimeridian (so no edge
/// spans the whole map), except Antarctica's edge along the South Pole.
#[test]
fn every_ring_is_simple_and_stays_on_its_side_of_the_antimeridian() {
    let cross = |o: LonLat, a: LonLat, b: LonLat| {
        f64::from(a.0 - o.0) * f64::from(b.1 - o.1) - f64::from(a.1 - o.1) * f64::from(b.0 - o.0)
    };
    let proper = |a, b, c, d| {
        let (d1, d2, d3, d4) = (
            cross(a, b, c),
            cross(a, b, d),
            cross(c, d, a),
            cross(c, d, b),
        );
        d1 * d2 < 0.0 && d3 * d4 < 0.0
    };
    let mut bad = Vec::new();
    for c in &world().countries {
        for ring in c.rings.iter().chain(&c.holes) {
            let n = ring.len();
            for i in 0..n {
                let (a, b) = (ring[i], ring[(i + 1) % n]);
                if (a.0 - b.0).abs() > 180.0 && !(a.1 == -90.0 && b.1 == -90.0) {
                    bad.push(format!("{}: edge {a:?} -> {b:?} jumps", c.iso2));
                }
                if ring[i + 1..].contains(&a) {
                    bad.push(format!("{}: vertex {a:?} repeats", c.iso2));
                }
                for j in i + 2..n {
                    if i == 0 && j == n - 1 {
                        continue;
                    }
                    if proper(a, b, ring[j], ring[(j + 1) % n]) {
                        bad.push(format!("{}: edges {i} and {j} cross", c.iso2));
                    }
                }
            }
        }
    }
    assert_eq!(bad, Vec::<String>::new());
}

#[test]
fn country_lookup_by_code() {
    let eg = world().country("eg").expect("Egypt is in the outline");
    assert_eq!(eg.iso2, "EG");
    assert_eq!(eg.rings.len(), 1);
    let b = eg.bounds;
    assert!(
        b.west > 24.0 && b.west < 25.5 && b.east > 36.0 && b.east < 37.5,
        "{b:?}"
    );
    assert!(
        world().country("XK").is_some(),
        "Kosovo has the gazetteer's code"
    );
    assert!(world().country("ZZ").is_none());
    assert!(world().country("").is_none());
}

#[test]
fn known_cities_fall_inside_their_country() {
    let cases: [(&str, LonLat, &str); 19] = [
        ("Cairo", CAIRO, "EG"),
        ("Doha", DOHA, "QA"),
        ("Amman", AMMAN, "JO"),
        ("Tel Aviv", TEL_AVIV, "IL"),
        ("Paris", PARIS, "FR"),
        ("Washington", WASHINGTON, "US"),
        ("Tokyo", TOKYO, "JP"),
        ("Los Angeles", LOS_ANGELES, "US"),
        ("Riyadh", (46.6753, 24.7136), "SA"),
        ("Beirut", (35.5018, 33.8938), "LB"),
        ("Ramallah", (35.2034, 31.9038), "PS"),
        ("Laayoune", (-13.2033, 27.1536), "EH"),
        ("Rabat", (-6.8498, 34.0209), "MA"),
        ("Malabo (island added from 1:50m)", (8.7832, 3.7504), "GQ"),
        ("Moscow", (37.6173, 55.7558), "RU"),
        // 1:50m additions that 1:110m lacks.
        ("Bahrain (island interior)", (50.55, 26.05), "BH"),
        ("Gaza (over Israel's coarse ring)", (34.4668, 31.5017), "PS"),
        ("Singapore", (103.8198, 1.3521), "SG"),
        // A hole: Maseru is in Lesotho, not South Africa.
        ("Maseru", (27.4869, -29.3142), "LS"),
    ];
    for (name, point, iso2) in cases {
        assert_eq!(code_at(point), Some(iso2), "{name} {point:?}");
    }
    let za = world()
        .country("ZA")
        .expect("South Africa is in the outline");
    assert!(!za.contains((27.4869, -29.3142)), "Lesotho is a hole of ZA");
    assert!(za.contains((28.0473, -26.2041)), "Johannesburg");
}

#[test]
fn open_sea_and_bad_points_are_in_no_country() {
    assert_eq!(code_at((0.0, 0.0)), None, "Gulf of Guinea");
    assert_eq!(code_at((-40.0, 30.0)), None, "mid-Atlantic");
    assert_eq!(code_at((34.0, 34.0)), None, "eastern Mediterranean");
    assert_eq!(code_at((f32::NAN, 30.0)), None);
    assert_eq!(code_at((f32::INFINITY, 30.0)), None);
}

/// Distance in degrees from `p` to the nearest edge of any ring of `country`.
fn degrees_to_outline(country: &Country, p: LonLat) -> f32 {
    let mut best = f32::INFINITY;
    for ring in &country.rings {
        for i in 0..ring.len() {
            let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
            let (dx, dy) = (b.0 - a.0, b.1 - a.1);
            let len2 = dx * dx + dy * dy;
            let t = if len2 > 0.0 {
                (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0)
            } else {
                0.0
            };
            best = best.min((p.0 - a.0 - t * dx).hypot(p.1 - a.1 - t * dy));
        }
    }
    best
}

/// 1:110m simplifies the Jerusalem corridor, so the city's coordinates land just inside the
/// West Bank ring (documented in assets/geo/README.md); it must still sit on Israel's border,
/// so the route point is drawn where a reader expects it.
#[test]
fn jerusalem_sits_on_the_coarse_israel_border() {
    let il = world().country("IL").expect("Israel is in the outline");
    assert_eq!(code_at(JERUSALEM), Some("PS"));
    let d = degrees_to_outline(il, JERUSALEM);
    assert!(d < 0.03, "{d}° from Israel's outline");
}

/// Every capital of the gazetteer lies inside its country's outline or within 0.12° of it (a
/// coastal city just off the 2-decimal coastline, a city on a simplified border: Jerusalem,
/// Vatican City), and the ones that are not inside are exactly the listed ones. The converter
/// adds the 1:50m island of any capital farther off (Malabo, Nassau, Port Vila) and recodes
/// the Moroccan-administered part of Western Sahara as EH (Laayoune).
#[test]
fn gazetteer_capitals_lie_in_their_country() {
    let cities = include_str!("../../assets/gazetteer/cities.tsv");
    let mut outside: Vec<&str> = Vec::new();
    let mut missing = Vec::new();
    let mut checked = 0;
    for line in cities.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 5 || cols[4] != "capital" {
            continue;
        }
        let (Ok(lat), Ok(lon)) = (cols[2].parse::<f32>(), cols[3].parse::<f32>()) else {
            panic!("bad coordinates in cities.tsv: {line}");
        };
        let Some(country) = world().country(cols[1]) else {
            missing.push(cols[1]);
            continue;
        };
        checked += 1;
        if !country.contains((lon, lat)) {
            let d = degrees_to_outline(country, (lon, lat));
            assert!(d < 0.12, "{} is {d}° away from {}", cols[0], cols[1]);
            outside.push(cols[0]);
        }
    }
    assert_eq!(missing, vec!["TV"], "only Tuvalu has no outline");
    assert_eq!(checked, 197);
    assert_eq!(outside, EXPECTED_OFFSHORE_CAPITALS);
}

/// Capitals that the coarse outline leaves just outside their country (checked above to be
/// within 0.12° of it), in cities.tsv order.
const EXPECTED_OFFSHORE_CAPITALS: &[&str] = &[
    "Manama",
    "Djibouti",
    "Tripoli",
    "Jerusalem",
    "Monaco",
    "Vatican City",
    "Freetown",
    "Kingstown",
    "Montevideo",
    "Tarawa",
    "Majuro",
];

#[test]
fn projection_pins_the_map_edges() {
    let close = |a: (f32, f32), b: (f32, f32)| (a.0 - b.0).abs() < 1e-6 && (a.1 - b.1).abs() < 1e-6;
    assert!(close(project((0.0, 0.0)), (0.5, MAP_HEIGHT / 2.0)));
    assert!(close(project((180.0, 0.0)), (MAP_WIDTH, MAP_HEIGHT / 2.0)));
    assert!(close(project((-180.0, 0.0)), (0.0, MAP_HEIGHT / 2.0)));
    assert!(close(project((0.0, 90.0)), (0.5, 0.0)));
    assert!(close(project((0.0, -90.0)), (0.5, MAP_HEIGHT)));
    // Poles are lines (Equal Earth is a flat-polar projection), narrower than the equator.
    let pole_east = project((180.0, 90.0)).0;
    assert!(pole_east > 0.75 && pole_east < 0.85, "{pole_east}");
    // North is up; east is right.
    assert!(project(PARIS).1 < project(CAIRO).1);
    assert!(project(CAIRO).0 > project(PARIS).0);
    // Out-of-range and non-finite input never panics and stays on the map.
    assert!(close(project((190.0, 0.0)), project((-170.0, 0.0))));
    assert!(close(project((0.0, 100.0)), project((0.0, 90.0))));
    assert!(close(project((f32::NAN, f32::NAN)), project((0.0, 0.0))));
}

#[test]
fn projection_round_trips() {
    let mut worst = 0.0f32;
    for lat in (-89..=89).step_by(4) {
        for lon in (-179..=179).step_by(7) {
            let p = (lon as f32, lat as f32);
            let back = unproject(project(p));
            worst = worst.max((back.0 - p.0).abs()).max((back.1 - p.1).abs());
        }
    }
    assert!(worst < 1e-3, "worst round-trip error {worst}°");
    let q = unproject(project(DOHA));
    assert!(
        (q.0 - DOHA.0).abs() < 1e-4 && (q.1 - DOHA.1).abs() < 1e-4,
        "{q:?}"
    );
}

#[test]
fn fit_of_a_route_covers_its_points_with_the_panel_aspect() {
    let stops = [WASHINGTON, PARIS, CAIRO, DOHA, AMMAN];
    let path: Vec<LonLat> = route(&stops, 100.0).into_iter().flatten().collect();
    for aspect in [16.0 / 9.0, 1.0, 0.5] {
        let view = fit(&path, aspect, 0.1);
        assert!((view.width() / view.height() - aspect).abs() < 1e-4);
        for &p in &path {
            let q = project(p);
            assert!(view.contains(q), "{p:?} outside {view:?}");
            // The margin keeps every point off the frame by 10 % of the route's extent.
            assert!(q.0 - view.min.0 > 0.0 && view.max.0 - q.0 > 0.0);
        }
        // Tight: the route spans most of the view's width or height.
        let xs = path.iter().map(|&p| project(p).0);
        let span = xs.clone().fold(f32::MIN, f32::max) - xs.fold(f32::MAX, f32::min);
        assert!(
            span / view.width() > 0.8 || aspect < 1.0,
            "{span} / {}",
            view.width()
        );
    }
    // One city: a country-sized view centred on it.
    let one = fit(&[CAIRO], 2.0, 0.0);
    let c = project(CAIRO);
    assert!((one.center().0 - c.0).abs() < 1e-6 && (one.center().1 - c.1).abs() < 1e-6);
    assert!((one.height() - MIN_SPAN).abs() < 1e-6 && (one.width() - 2.0 * MIN_SPAN).abs() < 1e-6);
    // The screen mapping of the fitted view puts the route inside the panel.
    let size = (320.0, 180.0);
    let view = fit(&path, size.0 / size.1, 0.1);
    for &p in &path {
        let s = view.lonlat_to_screen(p, size);
        assert!(
            s.0 >= 0.0 && s.0 <= size.0 && s.1 >= 0.0 && s.1 <= size.1,
            "{s:?}"
        );
    }
}

#[test]
fn great_circle_midpoints_and_distances() {
    // Reference values from the spherical midpoint formula (Bx/By form) and haversine.
    let mid = |a, b| great_circle(a, b, 3)[1];
    let close = |p: LonLat, e: LonLat| (p.0 - e.0).abs() < 0.01 && (p.1 - e.1).abs() < 0.01;
    let m = mid(PARIS, WASHINGTON);
    assert!(close(m, (-41.3172, 51.2696)), "{m:?}");
    let m = mid(CAIRO, DOHA);
    assert!(close(m, (41.6067, 28.0379)), "{m:?}");
    // Across the Pacific: the midpoint is east of the antimeridian, far north of both cities.
    let m = mid(TOKYO, LOS_ANGELES);
    assert!(close(m, (-168.5968, 47.9386)), "{m:?}");
    assert!((distance_km(PARIS, WASHINGTON) - 6164.8).abs() < 1.0);
    assert!((distance_km(TOKYO, LOS_ANGELES) - 8819.4).abs() < 1.0);
    assert!(distance_km(CAIRO, CAIRO).abs() < 1e-3);
    // The ends are the stops themselves.
    let path = great_circle(PARIS, WASHINGTON, 50);
    assert_eq!((path.len(), path[0], path[49]), (50, PARIS, WASHINGTON));
}

#[test]
fn a_pacific_route_is_cut_at_the_antimeridian() {
    let pieces = route(&[TOKYO, LOS_ANGELES], 100.0);
    assert_eq!(pieces.len(), 2);
    let (west, east) = (&pieces[0], &pieces[1]);
    assert_eq!(west[0], TOKYO);
    assert_eq!(*east.last().expect("east piece has points"), LOS_ANGELES);
    let (end, start) = (*west.last().expect("points"), east[0]);
    assert_eq!((end.0, start.0), (180.0, -180.0));
    assert_eq!(end.1, start.1);
    assert!(end.1 > 45.0 && end.1 < 48.0, "crosses at {}°N", end.1);
    assert!(west.iter().all(|p| p.0 >= TOKYO.0));
    assert!(east.iter().all(|p| p.0 <= LOS_ANGELES.0));
    // About one point per 100 km: 8819 km → 90 points, plus the two on the meridian.
    assert_eq!(west.len() + east.len(), 92);
}

#[test]
fn a_route_within_one_hemisphere_is_one_piece() {
    let pieces = route(&[WASHINGTON, PARIS, CAIRO, DOHA], 100.0);
    assert_eq!(pieces.len(), 1);
    let path = &pieces[0];
    assert_eq!(path[0], WASHINGTON);
    assert_eq!(*path.last().expect("points"), DOHA);
    for stop in [PARIS, CAIRO] {
        assert!(path.contains(&stop), "{stop:?} is a vertex of the route");
    }
    assert_eq!(route(&[CAIRO], 100.0), vec![vec![CAIRO]]);
    assert!(route(&[], 100.0).is_empty());
    assert_eq!(route(&[CAIRO, CAIRO], 100.0), vec![vec![CAIRO]]);
}

#[test]
fn fill_triangles_cover_each_country_exactly() {
    let mut wrong = Vec::new();
    for c in &world().countries {
        assert_eq!(c.triangles.len(), c.rings.len(), "{}", c.iso2);
        let rings: f64 = c
            .rings
            .iter()
            .map(|r| f64::from(signed_area(r).abs()))
            .sum();
        let holes: f64 = c
            .holes
            .iter()
            .map(|r| f64::from(signed_area(r).abs()))
            .sum();
        let tris: f64 = c
            .triangles
            .iter()
            .flatten()
            .map(|t| f64::from(signed_area(t)))
            .sum();
        let expected = rings - holes;
        if (tris - expected).abs() > 1e-4 * expected.max(1e-3) {
            wrong.push(format!(
                "{}: triangles {tris} vs outline {expected}",
                c.iso2
            ));
        }
        // Triangles come out counter-clockwise (positive area) and never flipped.
        for t in c.triangles.iter().flatten() {
            assert!(signed_area(t) >= 0.0, "{}: {t:?}", c.iso2);
        }
    }
    assert_eq!(wrong, Vec::<String>::new());
}

#[test]
fn geo_module_reexports_are_usable() {
    // The panel imports everything from `jawla::geo`.
    let v = geo::View::world();
    assert_eq!(v.to_screen((1.0, 0.0), (500.0, 250.0)), (500.0, 0.0));
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    fn any_f32() -> impl Strategy<Value = f32> {
        prop_oneof![
            -400.0f32..400.0,
            Just(f32::NAN),
            Just(f32::INFINITY),
            Just(-180.0),
            Just(180.0),
            Just(90.0),
        ]
    }

    proptest! {
        #[test]
        fn parse_accepts_any_text(text in "([A-Za-z]{0,3}\t[oh]?\t([-0-9.,]{1,8} ?){0,6}\n|#.*\n|\n){0,8}") {
            let world = World::parse(&text);
            for c in &world.countries {
                prop_assert!(c.rings.iter().all(|r| r.len() >= 3));
                prop_assert_eq!(c.triangles.len(), c.rings.len());
            }
        }

        #[test]
        fn triangulation_of_any_ring_terminates(
            ring in proptest::collection::vec((-10.0f32..10.0, -10.0f32..10.0), 0..40),
            hole in proptest::collection::vec((-3.0f32..3.0, -3.0f32..3.0), 0..8),
        ) {
            let tris = geo::triangulate(&ring, &[&hole]);
            prop_assert!(tris.len() <= ring.len() + hole.len() + 2);
        }

        #[test]
        fn geometry_accepts_any_numbers(
            a in (any_f32(), any_f32()),
            b in (any_f32(), any_f32()),
            aspect in any_f32(),
            margin in any_f32(),
            n in 0usize..50,
        ) {
            let path = great_circle(a, b, n);
            prop_assert!(path.len() <= n);
            let pieces = route(&[a, b, a], 500.0);
            let flat: Vec<LonLat> = pieces.into_iter().flatten().collect();
            let view = fit(&flat, aspect, margin);
            let _ = (project(a), unproject(project(b)), world().country_at(a), view.center());
            if a.0.is_finite() && a.1.is_finite() && b.0.is_finite() && b.1.is_finite() {
                prop_assert!(flat.iter().all(|p| p.0.abs() <= 180.0 && p.1.abs() <= 90.0));
            }
        }
    }
}
