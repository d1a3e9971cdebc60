//! The Equal Earth projection (Šavrič, Patterson & Jenny, 2018), scaled into map units.
//!
//! Why Equal Earth: areas are true (the Gulf states are not dwarfed by an inflated Russia, as on
//! Mercator), the outline looks like a familiar world map, and it has a closed-form forward
//! formula with a fast, exact-to-float inverse (a few Newton steps). Central meridian 0°.
//!
//! Map units: the whole world fits in `[0, MAP_WIDTH] × [0, MAP_HEIGHT]` with `MAP_WIDTH = 1`;
//! x grows east, y grows **south** (screen convention: north at the top). The scale is the same
//! on both axes, so a panel maps map units to pixels with one factor (see [`super::View`]).

use super::LonLat;

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;
/// √3 / 2.
const M: f64 = 0.866_025_403_784_438_6;
/// Half the width of the raw projection (x at lon 180°, lat 0°): 2√3π / (3·A1).
const X_MAX: f64 = 2.706_629_983_696_074;
/// Half the height of the raw projection (y at lat 90°).
const Y_MAX: f64 = 1.317_362_759_157_413;

/// Width of the projected world in map units.
pub const MAP_WIDTH: f32 = 1.0;
/// Height of the projected world in map units (Y_MAX / X_MAX: the world is ≈ 2.05 times wider
/// than high).
pub const MAP_HEIGHT: f32 = 0.486_716_97;

/// Projects `(lon, lat)` in degrees to map units `(x, y)`: x in `[0, 1]` west to east, y in
/// `[0, MAP_HEIGHT]` north to south. Longitudes outside ±180° are wrapped; latitudes are clamped
/// to ±90°; a non-finite coordinate is taken as 0.
pub fn project((lon, lat): LonLat) -> (f32, f32) {
    let lon = wrap_lon(finite_or_zero(f64::from(lon)));
    let lat = finite_or_zero(f64::from(lat)).clamp(-90.0, 90.0);
    let (lambda, phi) = (lon.to_radians(), lat.to_radians());
    let theta = (M * phi.sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = lambda * theta.cos() / (M * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    to_units(x, y)
}

/// Inverse of [`project`]: map units `(x, y)` → `(lon, lat)` in degrees. Points outside the
/// world's outline (the corners of the map rectangle) are clamped to ±180° longitude; y is
/// clamped to the map. A non-finite coordinate is taken as the map's centre line.
pub fn unproject((x, y): (f32, f32)) -> LonLat {
    let x = (finite_or(f64::from(x), 0.5) - 0.5) * 2.0 * X_MAX;
    let y = Y_MAX - finite_or(f64::from(y), f64::from(MAP_HEIGHT) / 2.0) * 2.0 * X_MAX;
    let y = y.clamp(-Y_MAX, Y_MAX);
    // Newton's method for theta in y = theta·P(theta); converges in a handful of steps.
    let mut theta = y;
    for _ in 0..12 {
        let t2 = theta * theta;
        let t6 = t2 * t2 * t2;
        let f = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y;
        let df = A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2);
        let step = f / df;
        theta -= step;
        if step.abs() < 1e-12 {
            break;
        }
    }
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let df = A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2);
    let lambda = M * x * df / theta.cos();
    let phi = (theta.sin() / M).clamp(-1.0, 1.0).asin();
    (
        lambda.to_degrees().clamp(-180.0, 180.0) as f32,
        phi.to_degrees() as f32,
    )
}

/// Raw Equal Earth coordinates → map units.
fn to_units(x: f64, y: f64) -> (f32, f32) {
    (
        (0.5 + x / (2.0 * X_MAX)) as f32,
        ((Y_MAX - y) / (2.0 * X_MAX)) as f32,
    )
}

/// Longitude wrapped into [-180, 180] (180 stays 180, so the eastern edge stays east).
fn wrap_lon(lon: f64) -> f64 {
    if (-180.0..=180.0).contains(&lon) {
        lon
    } else {
        (lon + 180.0).rem_euclid(360.0) - 180.0
    }
}

fn finite_or_zero(v: f64) -> f64 {
    finite_or(v, 0.0)
}

fn finite_or(v: f64, default: f64) -> f64 {
    if v.is_finite() { v } else { default }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_match_the_formula() {
        let x = 2.0 * 3f64.sqrt() * std::f64::consts::PI / (3.0 * A1);
        assert!((x - X_MAX).abs() < 1e-12);
        assert!((M - 3f64.sqrt() / 2.0).abs() < 1e-15);
        let t = std::f64::consts::FRAC_PI_3; // theta at the pole
        let y = t * (A1 + A2 * t * t + A3 * t.powi(6) + A4 * t.powi(8));
        assert!((y - Y_MAX).abs() < 1e-12);
        assert!((f64::from(MAP_HEIGHT) - Y_MAX / X_MAX).abs() < 1e-7);
    }

    #[test]
    fn wraps_longitudes() {
        assert_eq!(wrap_lon(190.0), -170.0);
        assert_eq!(wrap_lon(-190.0), 170.0);
        assert_eq!(wrap_lon(180.0), 180.0);
        assert_eq!(wrap_lon(540.0), -180.0);
    }
}
