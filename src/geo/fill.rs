//! Triangulation of country polygons, so the panel can fill them as a mesh (egui fills only
//! convex paths correctly; countries are not convex).
//!
//! Ear clipping: holes are first joined to the outer ring by a bridge (two coincident edges to
//! the nearest outer vertex that sees the hole), making one weakly simple ring; then convex
//! corners with no other vertex inside their triangle are cut off one by one. O(n²) per ring,
//! which is instant for the outline's rings (a few hundred points at most). Works in the lon/lat
//! plane: project the corners to draw; the triangles then cover exactly what the projected
//! outline encloses, since both join the same points with straight lines.

use super::LonLat;

type P = (f64, f64);

/// Triangles covering the polygon `outer` minus `holes` (rings implicitly closed, any
/// orientation). Degenerate input (fewer than 3 distinct points, zero area, non-finite
/// coordinates) gives no triangle; self-intersecting input gives triangles that may overlap but
/// never panics.
pub fn triangulate(outer: &[LonLat], holes: &[&[LonLat]]) -> Vec<[LonLat; 3]> {
    let Some(mut ring) = prepared(outer, true) else {
        return Vec::new();
    };
    let mut hole_rings: Vec<Vec<P>> = holes.iter().filter_map(|h| prepared(h, false)).collect();
    // Bridge the holes from the rightmost one leftwards, so a later bridge cannot cross an
    // earlier hole.
    hole_rings.sort_by(|a, b| max_x(b).total_cmp(&max_x(a)));
    for i in 0..hole_rings.len() {
        let (hole, others) = (&hole_rings[i], &hole_rings[i + 1..]);
        if let Some(merged) = bridge(&ring, hole, others) {
            ring = merged;
        }
    }
    clip_ears(&ring)
}

/// The ring as f64 points without repeats or closing point, oriented counter-clockwise (outer)
/// or clockwise (hole); `None` if degenerate.
fn prepared(ring: &[LonLat], ccw: bool) -> Option<Vec<P>> {
    let mut pts: Vec<P> = Vec::with_capacity(ring.len());
    for &(x, y) in ring {
        if !(x.is_finite() && y.is_finite()) {
            return None;
        }
        let p = (f64::from(x), f64::from(y));
        if pts.last() != Some(&p) {
            pts.push(p);
        }
    }
    while pts.len() > 1 && pts.last() == pts.first() {
        pts.pop();
    }
    let area = area2(&pts);
    if pts.len() < 3 || area == 0.0 {
        return None;
    }
    if (area > 0.0) != ccw {
        pts.reverse();
    }
    Some(pts)
}

/// Twice the signed area (positive = counter-clockwise).
fn area2(pts: &[P]) -> f64 {
    let mut sum = 0.0;
    let mut prev = match pts.last() {
        Some(&p) => p,
        None => return 0.0,
    };
    for &p in pts {
        sum += prev.0 * p.1 - p.0 * prev.1;
        prev = p;
    }
    sum
}

fn max_x(pts: &[P]) -> f64 {
    pts.iter().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max)
}

/// Cross product of (b - a) × (c - a): > 0 when a, b, c turn left.
fn cross(a: P, b: P, c: P) -> f64 {
    (b.0 - a.0) * (c.1 - a.1) - (b.1 - a.1) * (c.0 - a.0)
}

/// Whether segments ab and cd cross at a point interior to both (touching ends do not count).
fn segments_cross(a: P, b: P, c: P, d: P) -> bool {
    let (d1, d2) = (cross(a, b, c), cross(a, b, d));
    let (d3, d4) = (cross(c, d, a), cross(c, d, b));
    ((d1 > 0.0 && d2 < 0.0) || (d1 < 0.0 && d2 > 0.0))
        && ((d3 > 0.0 && d4 < 0.0) || (d3 < 0.0 && d4 > 0.0))
}

/// Whether segment ab crosses any edge of `ring`.
fn crosses_ring(a: P, b: P, ring: &[P]) -> bool {
    let n = ring.len();
    (0..n).any(|i| segments_cross(a, b, ring[i], ring[(i + 1) % n]))
}

/// Joins `hole` into `ring` through the closest ring vertex whose segment to the hole's
/// rightmost vertex crosses no edge; `None` when no such vertex exists (the hole is dropped).
fn bridge(ring: &[P], hole: &[P], others: &[Vec<P>]) -> Option<Vec<P>> {
    let (hi, &h) = hole
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.0.total_cmp(&b.1.0))?;
    let mut candidates: Vec<usize> = (0..ring.len()).collect();
    let dist = |p: P| (p.0 - h.0).powi(2) + (p.1 - h.1).powi(2);
    candidates.sort_by(|&a, &b| dist(ring[a]).total_cmp(&dist(ring[b])));
    let vi = candidates.into_iter().find(|&i| {
        let v = ring[i];
        // The bridge must leave v into the polygon's interior: inside the corner at v.
        let (prev, next) = (
            ring[(i + ring.len() - 1) % ring.len()],
            ring[(i + 1) % ring.len()],
        );
        let inside_corner = if cross(prev, v, next) >= 0.0 {
            cross(prev, v, h) > 0.0 && cross(v, next, h) > 0.0
        } else {
            !(cross(prev, v, h) <= 0.0 && cross(v, next, h) <= 0.0)
        };
        inside_corner
            && !crosses_ring(h, v, ring)
            && !crosses_ring(h, v, hole)
            && !others.iter().any(|o| crosses_ring(h, v, o))
    })?;
    let mut merged = Vec::with_capacity(ring.len() + hole.len() + 2);
    merged.extend_from_slice(&ring[..=vi]);
    merged.extend(hole[hi..].iter().chain(&hole[..=hi]).copied());
    merged.extend_from_slice(&ring[vi..]);
    Some(merged)
}

/// Whether p lies inside or on the counter-clockwise triangle abc.
fn in_triangle(p: P, a: P, b: P, c: P) -> bool {
    cross(a, b, p) >= 0.0 && cross(b, c, p) >= 0.0 && cross(c, a, p) >= 0.0
}

/// Ear clipping of a counter-clockwise, weakly simple ring.
fn clip_ears(ring: &[P]) -> Vec<[LonLat; 3]> {
    let mut idx: Vec<usize> = (0..ring.len()).collect();
    let mut out = Vec::with_capacity(ring.len().saturating_sub(2));
    let tri = |a: P, b: P, c: P| {
        [
            (a.0 as f32, a.1 as f32),
            (b.0 as f32, b.1 as f32),
            (c.0 as f32, c.1 as f32),
        ]
    };
    let mut i = 0;
    let mut misses = 0;
    while idx.len() > 3 {
        let n = idx.len();
        let pos = i % n;
        let (ia, ib, ic) = (idx[(pos + n - 1) % n], idx[pos], idx[(pos + 1) % n]);
        let (a, b, c) = (ring[ia], ring[ib], ring[ic]);
        let turn = cross(a, b, c);
        let is_ear = turn > 0.0
            && idx.iter().all(|&j| {
                let p = ring[j];
                j == ia
                    || j == ib
                    || j == ic
                    || p == a
                    || p == b
                    || p == c
                    || !in_triangle(p, a, b, c)
            });
        let cut = if turn == 0.0 {
            // A straight or spike corner encloses nothing: drop it.
            Some(pos)
        } else if is_ear {
            out.push(tri(a, b, c));
            Some(pos)
        } else if misses > n {
            // A whole pass without an ear: the ring intersects itself. Cut the first convex
            // corner anyway rather than loop forever; with none left it is no polygon: stop.
            let Some(k) = (0..n).find(|&k| {
                cross(
                    ring[idx[(k + n - 1) % n]],
                    ring[idx[k]],
                    ring[idx[(k + 1) % n]],
                ) > 0.0
            }) else {
                break;
            };
            out.push(tri(
                ring[idx[(k + n - 1) % n]],
                ring[idx[k]],
                ring[idx[(k + 1) % n]],
            ));
            Some(k)
        } else {
            None
        };
        match cut {
            Some(k) => {
                idx.remove(k);
                misses = 0;
                // Step back: the previous corner may have become an ear.
                i = k.saturating_sub(1);
            }
            None => {
                i = pos + 1;
                misses += 1;
            }
        }
    }
    if idx.len() == 3 {
        let (a, b, c) = (ring[idx[0]], ring[idx[1]], ring[idx[2]]);
        if cross(a, b, c) > 0.0 {
            out.push(tri(a, b, c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(tris: &[[LonLat; 3]]) -> f64 {
        tris.iter()
            .map(|t| {
                let p = |k: usize| (f64::from(t[k].0), f64::from(t[k].1));
                cross(p(0), p(1), p(2)) / 2.0
            })
            .sum()
    }

    #[test]
    fn square_is_two_triangles_in_either_orientation() {
        let ccw = [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)];
        let cw = [(0.0, 0.0), (0.0, 2.0), (2.0, 2.0), (2.0, 0.0)];
        for ring in [&ccw[..], &cw[..]] {
            let t = triangulate(ring, &[]);
            assert_eq!(t.len(), 2);
            assert_eq!(area(&t), 4.0);
        }
    }

    #[test]
    fn concave_ring_and_hole_keep_their_area() {
        // A U shape: 3x3 square minus the 1x2 notch at the top middle = 7.
        let u = [
            (0.0, 0.0),
            (3.0, 0.0),
            (3.0, 3.0),
            (2.0, 3.0),
            (2.0, 1.0),
            (1.0, 1.0),
            (1.0, 3.0),
            (0.0, 3.0),
        ];
        let t = triangulate(&u, &[]);
        assert_eq!(t.len(), 6);
        assert_eq!(area(&t), 7.0);
        // A 10x10 square with a 2x2 hole = 96.
        let square = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
        let hole = [(4.0, 4.0), (6.0, 4.0), (6.0, 6.0), (4.0, 6.0)];
        let t = triangulate(&square, &[&hole]);
        assert_eq!(area(&t), 96.0);
        for tri in &t {
            let c = (
                (tri[0].0 + tri[1].0 + tri[2].0) / 3.0,
                (tri[0].1 + tri[1].1 + tri[2].1) / 3.0,
            );
            assert!(
                !(c.0 > 4.0 && c.0 < 6.0 && c.1 > 4.0 && c.1 < 6.0),
                "{tri:?}"
            );
        }
    }

    #[test]
    fn degenerate_and_hostile_input_gives_no_or_some_triangles_without_panicking() {
        assert!(triangulate(&[], &[]).is_empty());
        assert!(triangulate(&[(0.0, 0.0), (1.0, 1.0), (2.0, 2.0)], &[]).is_empty());
        assert!(triangulate(&[(0.0, 0.0), (f32::NAN, 1.0), (2.0, 0.0)], &[]).is_empty());
        // A bow tie (self-intersecting) must terminate.
        let bow = [(0.0, 0.0), (2.0, 2.0), (2.0, 0.0), (0.0, 2.0)];
        assert!(triangulate(&bow, &[]).len() <= 2);
    }
}
