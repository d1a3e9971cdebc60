//! Legs as great-circle polylines, cut at the antimeridian.

use super::LonLat;

/// Mean Earth radius (IUGG), in kilometres.
const EARTH_RADIUS_KM: f64 = 6371.0088;

/// Most points [`route`] puts on one leg, whatever the step (bounds the work for any input).
const MAX_POINTS_PER_LEG: usize = 2000;

/// Great-circle distance between two `(lon, lat)` points in kilometres, on a sphere of the
/// Earth's mean radius (error under 0.5 % against the ellipsoid). `NaN` if a
/// coordinate is not finite.
pub fn distance_km(a: LonLat, b: LonLat) -> f32 {
    let (a, b) = (unit_vector(a), unit_vector(b));
    (angle_between(a, b) * EARTH_RADIUS_KM) as f32
}

/// `n` points evenly spaced along the shorter great circle from `a` to `b`, both included
/// (`n = 0` gives none, `n = 1` gives `a`). Longitudes are in [-180, 180], so the polyline may
/// jump across the antimeridian: pass it through [`split_antimeridian`] before drawing (or use
/// [`route`], which does). For antipodal points, where every great circle is shortest, the path
/// leaves `a` heading north. Non-finite input gives no point.
pub fn great_circle(a: LonLat, b: LonLat, n: usize) -> Vec<LonLat> {
    if n == 0 || ![a.0, a.1, b.0, b.1].iter().all(|v| v.is_finite()) {
        return Vec::new();
    }
    let (va, vb) = (unit_vector(a), unit_vector(b));
    let d = angle_between(va, vb);
    let dot = va.0 * vb.0 + va.1 * vb.1 + va.2 * vb.2;
    // u: the unit vector perpendicular to a, in the plane of the path, towards b.
    let toward_b = (vb.0 - va.0 * dot, vb.1 - va.1 * dot, vb.2 - va.2 * dot);
    let len = norm(toward_b);
    let u = if len > 1e-9 {
        (toward_b.0 / len, toward_b.1 / len, toward_b.2 / len)
    } else {
        north_at(a)
    };
    let mut out = Vec::with_capacity(n);
    out.push(normalized(a));
    if n == 1 {
        return out;
    }
    for i in 1..n - 1 {
        let t = d * i as f64 / (n - 1) as f64;
        let (c, s) = (t.cos(), t.sin());
        out.push(to_lonlat((
            va.0 * c + u.0 * s,
            va.1 * c + u.1 * s,
            va.2 * c + u.2 * s,
        )));
    }
    out.push(normalized(b));
    out
}

/// The drawable polylines of a route through `stops` in order: each leg is a great circle
/// with a point at least every `step_km` kilometres (at least its two ends, at most 2000
/// points), and the whole path is cut where it crosses the antimeridian
/// ([`split_antimeridian`]). Non-finite stops are skipped; consecutive equal points are
/// merged. One stop gives one one-point piece; no stop gives no piece. A `step_km` of about
/// 100 keeps the curves smooth at any zoom of a small panel.
pub fn route(stops: &[LonLat], step_km: f32) -> Vec<Vec<LonLat>> {
    let stops: Vec<LonLat> = stops
        .iter()
        .filter(|p| p.0.is_finite() && p.1.is_finite())
        .map(|&p| normalized(p))
        .collect();
    let step = if step_km.is_finite() && step_km > 0.0 {
        f64::from(step_km)
    } else {
        100.0
    };
    let mut path: Vec<LonLat> = stops.first().copied().into_iter().collect();
    for pair in stops.windows(2) {
        let km = f64::from(distance_km(pair[0], pair[1]));
        let n = ((km / step).ceil() as usize + 1).clamp(2, MAX_POINTS_PER_LEG);
        for p in great_circle(pair[0], pair[1], n).into_iter().skip(1) {
            if path.last() != Some(&p) {
                path.push(p);
            }
        }
    }
    split_antimeridian(&path)
}

/// Cuts a polyline wherever two consecutive points are more than 180° of longitude apart (the
/// short way between them crosses the ±180° meridian): the piece before the cut ends on the
/// meridian at the interpolated latitude, the next piece starts there on the other side. A
/// polyline that never crosses is returned whole; an empty one gives no piece.
pub fn split_antimeridian(path: &[LonLat]) -> Vec<Vec<LonLat>> {
    let mut pieces: Vec<Vec<LonLat>> = Vec::new();
    let mut current: Vec<LonLat> = Vec::new();
    for &q in path {
        if let Some(&p) = current.last() {
            let dlon = q.0 - p.0;
            if dlon.abs() > 180.0 {
                let q_lon = if dlon > 0.0 { q.0 - 360.0 } else { q.0 + 360.0 };
                let edge = if q_lon > p.0 { 180.0 } else { -180.0 };
                let span = q_lon - p.0;
                let t = if span != 0.0 {
                    (edge - p.0) / span
                } else {
                    0.0
                };
                let lat = p.1 + t * (q.1 - p.1);
                if p != (edge, lat) {
                    current.push((edge, lat));
                }
                pieces.push(std::mem::take(&mut current));
                if q != (-edge, lat) {
                    current.push((-edge, lat));
                }
            }
        }
        current.push(q);
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
}

type Vec3 = (f64, f64, f64);

fn unit_vector((lon, lat): LonLat) -> Vec3 {
    let (lon, lat) = (f64::from(lon).to_radians(), f64::from(lat).to_radians());
    (lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin())
}

fn to_lonlat(v: Vec3) -> LonLat {
    let n = norm(v);
    let z = if n > 0.0 { v.2 / n } else { 0.0 };
    (
        v.1.atan2(v.0).to_degrees() as f32,
        z.clamp(-1.0, 1.0).asin().to_degrees() as f32,
    )
}

/// The point itself with its longitude wrapped into [-180, 180] and latitude clamped to ±90.
fn normalized((lon, lat): LonLat) -> LonLat {
    let lon = if (-180.0..=180.0).contains(&lon) {
        lon
    } else {
        (lon + 180.0).rem_euclid(360.0) - 180.0
    };
    (lon, lat.clamp(-90.0, 90.0))
}

/// Unit vector pointing north along the surface at `p` (at a pole: towards its meridian).
fn north_at((lon, lat): LonLat) -> Vec3 {
    let (lon, lat) = (f64::from(lon).to_radians(), f64::from(lat).to_radians());
    (-lat.sin() * lon.cos(), -lat.sin() * lon.sin(), lat.cos())
}

fn norm(v: Vec3) -> f64 {
    (v.0 * v.0 + v.1 * v.1 + v.2 * v.2).sqrt()
}

/// Angle between two unit vectors in radians, accurate for tiny and near-π angles.
fn angle_between(a: Vec3, b: Vec3) -> f64 {
    let cross = (
        a.1 * b.2 - a.2 * b.1,
        a.2 * b.0 - a.0 * b.2,
        a.0 * b.1 - a.1 * b.0,
    );
    let dot = a.0 * b.0 + a.1 * b.1 + a.2 * b.2;
    norm(cross).atan2(dot)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn great_circle_edge_counts() {
        assert!(great_circle((0.0, 0.0), (10.0, 0.0), 0).is_empty());
        assert_eq!(great_circle((0.0, 0.0), (10.0, 0.0), 1), vec![(0.0, 0.0)]);
        assert_eq!(
            great_circle((0.0, 0.0), (10.0, 0.0), 2),
            vec![(0.0, 0.0), (10.0, 0.0)]
        );
        assert!(great_circle((f32::NAN, 0.0), (10.0, 0.0), 5).is_empty());
    }

    #[test]
    fn equator_is_split_evenly() {
        let path = great_circle((0.0, 0.0), (90.0, 0.0), 4);
        let expected = [(0.0, 0.0), (30.0, 0.0), (60.0, 0.0), (90.0, 0.0)];
        for (p, e) in path.iter().zip(expected) {
            assert!(
                (p.0 - e.0).abs() < 1e-4 && p.1.abs() < 1e-4,
                "{p:?} vs {e:?}"
            );
        }
    }

    #[test]
    fn antipodes_go_north_first() {
        let path = great_circle((0.0, 0.0), (180.0, 0.0), 3);
        assert!((path[1].1 - 90.0).abs() < 1e-4, "{path:?}");
    }

    #[test]
    fn split_at_the_antimeridian_interpolates_the_latitude() {
        let pieces = split_antimeridian(&[(170.0, 10.0), (-170.0, 20.0), (-160.0, 20.0)]);
        assert_eq!(
            pieces,
            vec![
                vec![(170.0, 10.0), (180.0, 15.0)],
                vec![(-180.0, 15.0), (-170.0, 20.0), (-160.0, 20.0)]
            ]
        );
        let west = split_antimeridian(&[(-175.0, 0.0), (175.0, 10.0)]);
        assert_eq!(
            west,
            vec![
                vec![(-175.0, 0.0), (-180.0, 5.0)],
                vec![(180.0, 5.0), (175.0, 10.0)]
            ]
        );
        assert!(split_antimeridian(&[]).is_empty());
    }
}
