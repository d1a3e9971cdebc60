//! The timeline as an image: SVG drawn from [`crate::timeline`] geometry
//! (the same layout the app's panel uses), PNG rasterized from it by resvg.
//!
//! Fonts come only from the bundled files (Noto Naskh Arabic for Arabic,
//! Noto Sans for Latin) through our own `fontdb::Database`, never from the
//! system, so the image is the same everywhere. usvg shapes Arabic with
//! harfrust and orders runs with the Unicode bidi algorithm; the same
//! shaping measures the labels for the layout.

use super::ExportError;
use super::fields::{clean_line, html};
use crate::model::Visit;
use crate::timeline::{Layout, MarkStyle, Style, fit_axis};
use resvg::usvg;
use std::fmt::Write as _;
use std::sync::Arc;

const NASKH: &[u8] = include_bytes!("../../fonts/NotoNaskhArabic-Regular.ttf");
const SANS: &[u8] = include_bytes!("../../fonts/NotoSans-Regular.ttf");

/// Width of the exported image in CSS pixels.
pub const SVG_WIDTH: f32 = 1200.0;
/// PNG pixels per SVG pixel.
pub const PNG_SCALE: f32 = 2.0;
/// Font families of the image, Latin first (Arabic falls back to Naskh).
const FAMILY: &str = "Noto Sans, Noto Naskh Arabic";
const LABEL_SIZE: f32 = 12.0;
/// Lane colours, cycled.
const PALETTE: [&str; 6] = [
    "#1f6feb", "#bf3989", "#1a7f37", "#9a6700", "#8250df", "#cf222e",
];

/// usvg options whose font database holds only the bundled fonts.
fn options() -> usvg::Options<'static> {
    let mut db = usvg::fontdb::Database::new();
    db.load_font_data(SANS.to_vec());
    db.load_font_data(NASKH.to_vec());
    let mut opt = usvg::Options {
        font_family: "Noto Sans".to_string(),
        ..usvg::Options::default()
    };
    opt.fontdb = Arc::new(db);
    opt
}

/// Width in pixels of `text` at `size`, shaped with the bundled fonts.
fn text_width(opt: &usvg::Options<'_>, text: &str, size: f32) -> f32 {
    let t = html(text);
    if t.is_empty() {
        return 0.0;
    }
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4000\" height=\"100\"><text x=\"0\" y=\"50\" font-family=\"{FAMILY}\" font-size=\"{size}\">{t}</text></svg>"
    );
    usvg::Tree::from_str(&svg, opt)
        .map(|tree| tree.root().bounding_box().width())
        .unwrap_or(0.6 * size * text.chars().count() as f32)
}

/// `<text>` element; `text` is cleaned and escaped.
fn text(out: &mut String, x: f32, y: f32, size: f32, anchor: &str, fill: &str, s: &str) {
    let _ = writeln!(
        out,
        "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"{size}\" text-anchor=\"{anchor}\" fill=\"{fill}\">{}</text>",
        html(s)
    );
}

/// The SVG document of the timeline of `visits`.
pub fn to_svg(visits: &[Visit]) -> String {
    let opt = options();
    let style = Style::default();
    let axis = fit_axis(visits, SVG_WIDTH, &style);
    let measure = |s: &str| text_width(&opt, s, LABEL_SIZE);
    let layout = Layout::new(visits, axis, &style, &measure);
    draw(&layout, &style, &measure)
}

/// `s` cut at the end (of the reading order) with "…" so that it is at most
/// `max` pixels wide at font `size`.
fn fit(s: &str, size: f32, max: f32, measure: &dyn Fn(&str) -> f32) -> String {
    let width = |t: &str| measure(t) * size / LABEL_SIZE;
    if width(s) <= max {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    // Binary search on the number of chars kept.
    let (mut lo, mut hi) = (0, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let candidate: String = chars[..mid].iter().chain(['…'].iter()).collect();
        if width(&candidate) <= max {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    let kept: String = chars[..lo].iter().collect();
    format!("{}…", kept.trim_end())
}

/// The SVG document of `layout`: lanes, the axis, trip brackets, legs, the key.
fn draw(layout: &Layout, style: &Style, measure: &dyn Fn(&str) -> f32) -> String {
    let w = layout.width;
    let legend_y = layout.height + 8.0;
    let h = legend_y + 26.0;
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w:.0}\" height=\"{h:.0}\" viewBox=\"0 0 {w:.0} {h:.0}\" font-family=\"{FAMILY}\">"
    );
    let _ = writeln!(
        s,
        "<rect width=\"{w:.0}\" height=\"{h:.0}\" fill=\"#ffffff\"/>"
    );

    lanes(&mut s, layout, style, measure);
    gutter_and_axis(&mut s, layout, style);
    trip_brackets(&mut s, layout);
    legs(&mut s, layout, style, measure);
    legend(&mut s, legend_y, style.marker_radius, measure);
    s.push_str("</svg>\n");
    s
}

/// Lane backgrounds (every other one shaded) and each lane's names and role.
fn lanes(s: &mut String, layout: &Layout, style: &Style, measure: &dyn Fn(&str) -> f32) {
    let w = layout.width;
    for (i, lane) in layout.lanes.iter().enumerate() {
        if i % 2 == 1 {
            let _ = writeln!(
                s,
                "<rect x=\"0\" y=\"{:.1}\" width=\"{w:.0}\" height=\"{:.1}\" fill=\"#f6f8fa\"/>",
                lane.top,
                lane.bottom - lane.top
            );
        }
        let color = PALETTE[i % PALETTE.len()];
        let name_en = lane.name_en.as_deref().unwrap_or(&lane.name_ar);
        let room = style.name_column - 24.0;
        let name_en = fit(&clean_line(name_en), 14.0, room, measure);
        text(s, 12.0, lane.top + 22.0, 14.0, "start", color, &name_en);
        let name_ar = fit(&clean_line(&lane.name_ar), 15.0, room, measure);
        let x_ar = style.name_column - 12.0;
        text(s, x_ar, lane.top + 44.0, 15.0, "end", "#1b1f24", &name_ar);
        if let Some(role) = &lane.role {
            let role = fit(&clean_line(role), 10.0, room, measure);
            text(s, 12.0, lane.top + 62.0, 10.0, "start", "#57606a", &role);
        }
    }
}

/// The undated gutter (when a leg has no date anywhere in its trip), the
/// axis line, grid lines and tick labels.
fn gutter_and_axis(s: &mut String, layout: &Layout, style: &Style) {
    let axis = &layout.axis;
    if layout.has_gutter {
        let (g0, g1) = layout.gutter_x;
        let _ = writeln!(
            s,
            "<rect x=\"{g0:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#eaeef2\"/>",
            style.axis_height,
            g1 - g0,
            layout.height - style.axis_height
        );
        text(
            s,
            (g0 + g1) / 2.0,
            18.0,
            10.0,
            "middle",
            "#57606a",
            "undated",
        );
    }

    // Axis: grid lines and tick labels.
    let _ = writeln!(
        s,
        "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#8c959f\"/>",
        axis.x0,
        style.axis_height,
        axis.x0 + axis.width,
        style.axis_height
    );
    for t in &layout.ticks {
        let stroke = if t.major { "#afb8c1" } else { "#d8dee4" };
        let _ = writeln!(
            s,
            "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"{stroke}\"/>",
            style.axis_height - 6.0,
            layout.height,
            x = t.x
        );
        text(s, t.x + 3.0, 18.0, 11.0, "start", "#424a53", &t.label);
    }
}

/// A bracket over the legs of each trip, with its label.
fn trip_brackets(s: &mut String, layout: &Layout) {
    for t in &layout.trips {
        let color = PALETTE[t.lane % PALETTE.len()];
        let _ = writeln!(
            s,
            "<path d=\"M{:.1} {:.1}V{:.1}H{:.1}V{:.1}\" fill=\"none\" stroke=\"{color}\" stroke-opacity=\"0.6\"/>",
            t.x_start,
            t.y + 5.0,
            t.y,
            t.x_end,
            t.y + 5.0
        );
        text(s, t.x_start, t.y - 4.0, 10.0, "start", color, &t.label);
    }
}

/// Each leg: its undated range, its marker by status, its labels, the
/// strike-through of a cancelled leg.
fn legs(s: &mut String, layout: &Layout, style: &Style, measure: &dyn Fn(&str) -> f32) {
    let r = style.marker_radius;
    for m in &layout.marks {
        let color = PALETTE[m.lane % PALETTE.len()];
        if let Some((a, b)) = m.range {
            let _ = writeln!(
                s,
                "<line x1=\"{a:.1}\" y1=\"{y:.1}\" x2=\"{b:.1}\" y2=\"{y:.1}\" stroke=\"{color}\" stroke-width=\"3\" stroke-opacity=\"0.45\" stroke-dasharray=\"4 3\"/>",
                y = m.y
            );
        }
        let (fill, stroke_width) = match m.style {
            MarkStyle::Solid => (color, 1.5),
            MarkStyle::Outlined => ("#ffffff", 2.0),
            MarkStyle::StruckThrough => ("#d0d7de", 1.5),
        };
        let _ = writeln!(
            s,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{r}\" fill=\"{fill}\" stroke=\"{color}\" stroke-width=\"{stroke_width}\"/>",
            m.x, m.y
        );
        let label_y = m.y + r + 13.0;
        text(s, m.x, label_y, LABEL_SIZE, "middle", "#1b1f24", &m.label);
        text(s, m.x, label_y + 12.0, 10.0, "middle", "#57606a", &m.code);
        if m.style == MarkStyle::StruckThrough {
            let half = measure(&m.label) / 2.0 + 2.0;
            let _ = writeln!(
                s,
                "<path d=\"M{:.1} {:.1}L{:.1} {:.1}M{:.1} {:.1}H{:.1}\" stroke=\"#cf222e\" stroke-width=\"1.5\"/>",
                m.x - r - 2.0,
                m.y + r + 2.0,
                m.x + r + 2.0,
                m.y - r - 2.0,
                m.x - half,
                label_y - 4.0,
                m.x + half
            );
        }
    }
}

/// The key under the timeline, at `legend_y`: the three marker styles and
/// the undated range.
fn legend(s: &mut String, legend_y: f32, r: f32, measure: &dyn Fn(&str) -> f32) {
    let y = legend_y + 8.0;
    let mut x = 12.0;
    for (label, style_) in [
        ("occurred", MarkStyle::Solid),
        ("planned", MarkStyle::Outlined),
        ("cancelled", MarkStyle::StruckThrough),
    ] {
        let fill = match style_ {
            MarkStyle::Solid => "#57606a",
            MarkStyle::Outlined => "#ffffff",
            MarkStyle::StruckThrough => "#d0d7de",
        };
        let _ = writeln!(
            s,
            "<circle cx=\"{:.1}\" cy=\"{y:.1}\" r=\"{r}\" fill=\"{fill}\" stroke=\"#57606a\" stroke-width=\"1.5\"/>",
            x + r
        );
        if style_ == MarkStyle::StruckThrough {
            let _ = writeln!(
                s,
                "<path d=\"M{:.1} {:.1}L{:.1} {:.1}\" stroke=\"#cf222e\" stroke-width=\"1.5\"/>",
                x - 2.0,
                y + r + 2.0,
                x + 2.0 * r + 2.0,
                y - r - 2.0
            );
        }
        text(
            s,
            x + 2.0 * r + 6.0,
            y + 4.0,
            11.0,
            "start",
            "#424a53",
            label,
        );
        x += 2.0 * r + 12.0 + measure(label);
    }
    let _ = writeln!(
        s,
        "<line x1=\"{x:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"#57606a\" stroke-width=\"3\" stroke-opacity=\"0.45\" stroke-dasharray=\"4 3\"/>",
        x + 28.0
    );
    text(
        s,
        x + 34.0,
        y + 4.0,
        11.0,
        "start",
        "#424a53",
        "date not reported: placed by order in its trip",
    );
}

/// The largest PNG the export draws: 40 million pixels (160 MB of RGBA
/// while drawing). A timeline of thousands of legs would need gigabytes
/// and minutes; SVG or a filtered timeline is the way for those.
pub const PNG_MAX_PIXELS: u64 = 40_000_000;

/// Refuses a PNG of `width`×`height` over [`PNG_MAX_PIXELS`], saying why.
pub fn check_png_size(width: u32, height: u32) -> Result<(), ExportError> {
    let pixels = u64::from(width) * u64::from(height);
    if pixels > PNG_MAX_PIXELS {
        return Err(ExportError::Image(format!(
            "the image would be {width}×{height} pixels, over the limit of {} million; \
             export SVG or filter the timeline",
            PNG_MAX_PIXELS / 1_000_000
        )));
    }
    Ok(())
}

/// The PNG image of the timeline ([`to_svg`] rasterized at [`PNG_SCALE`]).
pub fn to_png(visits: &[Visit]) -> Result<Vec<u8>, ExportError> {
    let svg = to_svg(visits);
    let opt = options();
    let tree = usvg::Tree::from_str(&svg, &opt).map_err(|e| ExportError::Image(e.to_string()))?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(PNG_SCALE)
        .ok_or_else(|| ExportError::Image("image size out of range".to_string()))?;
    check_png_size(size.width(), size.height())?;
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(size.width(), size.height()).ok_or_else(|| {
            ExportError::Image(format!(
                "cannot allocate {}×{} pixels",
                size.width(),
                size.height()
            ))
        })?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(PNG_SCALE, PNG_SCALE),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| ExportError::Image(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_png_over_the_pixel_limit_is_refused_with_its_size_and_the_limit() {
        assert!(check_png_size(2400, 16_000).is_ok());
        let err = check_png_size(2400, 97_284).map_err(|e| e.to_string());
        assert_eq!(
            err,
            Err(
                "cannot draw the timeline image: the image would be 2400×97284 pixels, over the \
                 limit of 40 million; export SVG or filter the timeline"
                    .to_owned()
            )
        );
    }
}
