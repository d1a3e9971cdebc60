//! The part of the map a panel shows, and fitting it to a route.

use super::LonLat;
use super::projection::{MAP_HEIGHT, MAP_WIDTH, project};

/// Smallest width or height of a fitted view, in map units (≈ 11° of longitude at the
/// equator): a route of one city, or two cities a few kilometres apart, still shows the country
/// around them instead of a blur of one pixel's worth of land.
pub const MIN_SPAN: f32 = 0.03;

/// A rectangle of the map, in map units (see [`super::project`]): `min` is the top-left
/// (north-west) corner, `max` the bottom-right. A panel shows exactly this rectangle, scaled
/// uniformly, when the view's aspect equals the panel's (what [`fit`] and [`View::with_aspect`]
/// produce).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    /// Top-left corner `(x, y)` in map units.
    pub min: (f32, f32),
    /// Bottom-right corner `(x, y)` in map units.
    pub max: (f32, f32),
}

impl View {
    /// The whole world map.
    pub fn world() -> View {
        View {
            min: (0.0, 0.0),
            max: (MAP_WIDTH, MAP_HEIGHT),
        }
    }

    /// Width in map units.
    pub fn width(&self) -> f32 {
        self.max.0 - self.min.0
    }

    /// Height in map units.
    pub fn height(&self) -> f32 {
        self.max.1 - self.min.1
    }

    /// Centre in map units.
    pub fn center(&self) -> (f32, f32) {
        (
            (self.min.0 + self.max.0) / 2.0,
            (self.min.1 + self.max.1) / 2.0,
        )
    }

    /// Whether the map point `p` (map units) lies in the view, edges included.
    pub fn contains(&self, p: (f32, f32)) -> bool {
        p.0 >= self.min.0 && p.0 <= self.max.0 && p.1 >= self.min.1 && p.1 <= self.max.1
    }

    /// The smallest view with the same centre that contains this one and has
    /// `width / height == aspect` (the panel's width over height). A non-finite or non-positive
    /// aspect leaves the view unchanged.
    pub fn with_aspect(self, aspect: f32) -> View {
        if !(aspect.is_finite() && aspect > 0.0) {
            return self;
        }
        let (cx, cy) = self.center();
        let (mut w, mut h) = (self.width(), self.height());
        if w < h * aspect {
            w = h * aspect;
        } else {
            h = w / aspect;
        }
        View {
            min: (cx - w / 2.0, cy - h / 2.0),
            max: (cx + w / 2.0, cy + h / 2.0),
        }
    }

    /// Map point `p` (map units) → screen point, relative to the top-left of a panel of
    /// `size = (width, height)` pixels. Uses the view's horizontal scale on both axes (the
    /// view is meant to have the panel's aspect).
    pub fn to_screen(&self, p: (f32, f32), size: (f32, f32)) -> (f32, f32) {
        let s = self.scale(size);
        ((p.0 - self.min.0) * s, (p.1 - self.min.1) * s)
    }

    /// Inverse of [`View::to_screen`]: a point of the panel → map units (e.g. for hover, then
    /// [`super::unproject`] for its longitude and latitude).
    pub fn from_screen(&self, s: (f32, f32), size: (f32, f32)) -> (f32, f32) {
        let k = self.scale(size);
        (self.min.0 + s.0 / k, self.min.1 + s.1 / k)
    }

    /// Shortcut: `(lon, lat)` → screen point (project, then [`View::to_screen`]).
    pub fn lonlat_to_screen(&self, p: LonLat, size: (f32, f32)) -> (f32, f32) {
        self.to_screen(project(p), size)
    }

    /// Zoomed by `factor` (> 1 zooms in) keeping the map point `about` (map units) fixed on
    /// screen, e.g. the point under the mouse wheel. A non-finite or non-positive factor leaves
    /// the view unchanged.
    pub fn zoomed(self, factor: f32, about: (f32, f32)) -> View {
        if !(factor.is_finite() && factor > 0.0) {
            return self;
        }
        let k = 1.0 / factor;
        View {
            min: (
                about.0 + (self.min.0 - about.0) * k,
                about.1 + (self.min.1 - about.1) * k,
            ),
            max: (
                about.0 + (self.max.0 - about.0) * k,
                about.1 + (self.max.1 - about.1) * k,
            ),
        }
    }

    /// Moved by `delta` map units (drag: pass minus the mouse delta divided by the scale).
    pub fn panned(self, delta: (f32, f32)) -> View {
        View {
            min: (self.min.0 + delta.0, self.min.1 + delta.1),
            max: (self.max.0 + delta.0, self.max.1 + delta.1),
        }
    }

    /// Kept usable after free zooming and panning: the width is limited to
    /// `[MIN_SPAN / 4, 2 × MAP_WIDTH]` (from a city's surroundings to twice the world, about the
    /// centre, aspect kept) and the centre is kept on the map, so the world never drifts out of
    /// sight. A degenerate or non-finite view becomes the whole world.
    pub fn clamped(self) -> View {
        let (w, h) = (self.width(), self.height());
        let (cx, cy) = self.center();
        if !(w > 0.0
            && h > 0.0
            && w.is_finite()
            && h.is_finite()
            && cx.is_finite()
            && cy.is_finite())
        {
            return View::world();
        }
        let k = (w.clamp(MIN_SPAN / 4.0, 2.0 * MAP_WIDTH)) / w;
        let (w, h) = (w * k, h * k);
        let (cx, cy) = (cx.clamp(0.0, MAP_WIDTH), cy.clamp(0.0, MAP_HEIGHT));
        View {
            min: (cx - w / 2.0, cy - h / 2.0),
            max: (cx + w / 2.0, cy + h / 2.0),
        }
    }

    /// Pixels per map unit for a panel of `size` pixels; 0 for a degenerate view or panel.
    pub fn scale(&self, size: (f32, f32)) -> f32 {
        let w = self.width();
        if w > 0.0 && w.is_finite() && size.0.is_finite() {
            size.0 / w
        } else {
            0.0
        }
    }
}

/// The view that shows all `points` (`(lon, lat)`, e.g. the stops and the great-circle
/// polylines of a route), with a `margin` on every side and the panel's `aspect`
/// (width / height).
///
/// `margin` is a fraction of the points' extent added on each side (0.1 = 10 %). The extent is
/// at least [`MIN_SPAN`] on both axes, so one point gives a country-sized view centred on it.
/// Non-finite points are ignored; with no point left the result is the whole world (with the
/// aspect applied). The map is not wrapped: a route across the Pacific spans the map's width.
pub fn fit(points: &[LonLat], aspect: f32, margin: f32) -> View {
    let projected: Vec<(f32, f32)> = points
        .iter()
        .filter(|p| p.0.is_finite() && p.1.is_finite())
        .map(|&p| project(p))
        .collect();
    let Some(&first) = projected.first() else {
        return View::world().with_aspect(aspect);
    };
    let (mut min, mut max) = (first, first);
    for &(x, y) in &projected {
        min = (min.0.min(x), min.1.min(y));
        max = (max.0.max(x), max.1.max(y));
    }
    let margin = if margin.is_finite() {
        margin.max(0.0)
    } else {
        0.0
    };
    let (cx, cy) = ((min.0 + max.0) / 2.0, (min.1 + max.1) / 2.0);
    let w = (max.0 - min.0).max(MIN_SPAN) * (1.0 + 2.0 * margin);
    let h = (max.1 - min.1).max(MIN_SPAN) * (1.0 + 2.0 * margin);
    View {
        min: (cx - w / 2.0, cy - h / 2.0),
        max: (cx + w / 2.0, cy + h / 2.0),
    }
    .with_aspect(aspect)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_aspect_grows_the_short_side_around_the_centre() {
        let v = View {
            min: (0.2, 0.1),
            max: (0.4, 0.2),
        };
        let wide = v.with_aspect(4.0);
        assert!((wide.width() - 0.4).abs() < 1e-6);
        assert!((wide.height() - 0.1).abs() < 1e-6);
        assert!((wide.center().0 - 0.3).abs() < 1e-6);
        let tall = v.with_aspect(1.0);
        assert!((tall.width() - 0.2).abs() < 1e-6);
        assert!((tall.height() - 0.2).abs() < 1e-6);
        assert!((tall.center().1 - 0.15).abs() < 1e-6);
        assert_eq!(v.with_aspect(f32::NAN), v);
    }

    #[test]
    fn screen_round_trip_and_zoom_about_a_point() {
        let v = View {
            min: (0.5, 0.1),
            max: (0.7, 0.2),
        };
        let size = (400.0, 200.0);
        assert_eq!(v.to_screen((0.5, 0.1), size), (0.0, 0.0));
        let s = v.to_screen((0.6, 0.15), size);
        assert!((s.0 - 200.0).abs() < 1e-3 && (s.1 - 100.0).abs() < 1e-3);
        let back = v.from_screen(s, size);
        assert!((back.0 - 0.6).abs() < 1e-6 && (back.1 - 0.15).abs() < 1e-6);
        let about = (0.55, 0.12);
        let z = v.zoomed(2.0, about);
        assert!((z.width() - 0.1).abs() < 1e-6);
        let before = v.to_screen(about, size);
        let after = z.to_screen(about, size);
        assert!((before.0 - after.0).abs() < 1e-3 && (before.1 - after.1).abs() < 1e-3);
        let p = v.panned((0.1, -0.05));
        assert!((p.min.0 - 0.6).abs() < 1e-6 && (p.min.1 - 0.05).abs() < 1e-6);
    }

    #[test]
    fn clamped_limits_zoom_and_keeps_the_centre_on_the_map() {
        let tiny = View {
            min: (0.5, 0.2),
            max: (0.5001, 0.20005),
        }
        .clamped();
        assert!((tiny.width() - MIN_SPAN / 4.0).abs() < 1e-6);
        assert!((tiny.width() / tiny.height() - 2.0).abs() < 1e-3);
        let huge = View {
            min: (-10.0, -5.0),
            max: (10.0, 5.0),
        }
        .clamped();
        assert!((huge.width() - 2.0).abs() < 1e-6 && (huge.height() - 1.0).abs() < 1e-6);
        let off = View {
            min: (3.0, 0.1),
            max: (3.2, 0.2),
        }
        .clamped();
        assert!((off.center().0 - MAP_WIDTH).abs() < 1e-6 && (off.width() - 0.2).abs() < 1e-6);
        let bad = View {
            min: (f32::NAN, 0.0),
            max: (1.0, 1.0),
        };
        assert_eq!(bad.clamped(), View::world());
    }

    #[test]
    fn fit_of_nothing_is_the_world() {
        let v = fit(&[], MAP_WIDTH / MAP_HEIGHT, 0.1);
        assert!(v.min.0.abs() < 1e-6 && v.min.1.abs() < 1e-6);
        assert!((v.max.0 - MAP_WIDTH).abs() < 1e-6 && (v.max.1 - MAP_HEIGHT).abs() < 1e-6);
        assert_eq!(fit(&[(f32::NAN, 3.0)], f32::NAN, 0.1), View::world());
    }
}
