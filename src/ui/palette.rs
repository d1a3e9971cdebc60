//! The colours of the reader: evidence backgrounds and name tints, and the
//! legend that explains them.

use eframe::egui::Color32;

// Opaque, pale in the light theme ([`themed`] gives the dark theme's): a
// name's tint covers the evidence background under it, so the text on it has
// one background, whose contrast `tests::text_on_every_tint_meets_wcag_aa_in_both_themes`
// checks.

/// Background of every evidence sentence in the article (shown with "All
/// evidence"; by default only the selected leg's).
pub const EVIDENCE_COLOR: Color32 = Color32::from_rgb(236, 236, 200);
/// Background of the selected leg's evidence (distinct from the others).
pub const SELECTED_EVIDENCE_COLOR: Color32 = Color32::from_rgb(204, 224, 252);
/// Tint of other people's names the engine recognized.
pub const PERSON_COLOR: Color32 = Color32::from_rgb(226, 222, 252);
/// Tint of visitor names.
pub const VISITOR_COLOR: Color32 = Color32::from_rgb(196, 238, 200);
/// Tint of place names.
pub const PLACE_COLOR: Color32 = Color32::from_rgb(250, 212, 238);
/// Tint of counterpart names.
pub const COUNTERPART_COLOR: Color32 = Color32::from_rgb(252, 222, 186);
/// Tint of dates as written.
pub const DATE_COLOR: Color32 = Color32::from_rgb(192, 236, 240);

/// The dark theme's counterpart of each colour above, in the same order.
const DARK: [(Color32, Color32); 7] = [
    (EVIDENCE_COLOR, Color32::from_rgb(52, 52, 24)),
    (SELECTED_EVIDENCE_COLOR, Color32::from_rgb(22, 54, 96)),
    (PERSON_COLOR, Color32::from_rgb(52, 48, 100)),
    (VISITOR_COLOR, Color32::from_rgb(22, 72, 30)),
    (PLACE_COLOR, Color32::from_rgb(92, 30, 74)),
    (COUNTERPART_COLOR, Color32::from_rgb(96, 56, 12)),
    (DATE_COLOR, Color32::from_rgb(8, 70, 78)),
];

/// `color` (one of the reader's colours above) as the theme paints it.
pub fn themed(color: Color32, dark: bool) -> Color32 {
    if !dark {
        return color;
    }
    DARK.iter()
        .find(|(light, _)| *light == color)
        .map_or(color, |&(_, d)| d)
}

/// The article text's colour: near black on the light page, near white on
/// the dark one (egui's body text, grey on grey, is too faint on a tint).
pub fn reader_text(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0xe6, 0xed, 0xf3)
    } else {
        Color32::from_rgb(0x1f, 0x23, 0x28)
    }
}

/// The outline of a find match, and of the current match (thicker): a hue no
/// tint uses, and an outline, not a fill, so it never reads as a name's tint.
pub fn find_outline(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0xff, 0x7b, 0x72)
    } else {
        Color32::from_rgb(0xcf, 0x22, 0x2e)
    }
}

/// The legend of the viewer tints, in display order.
pub const LEGEND: [(&str, Color32); 7] = [
    ("evidence", EVIDENCE_COLOR),
    ("selected leg", SELECTED_EVIDENCE_COLOR),
    ("person", PERSON_COLOR),
    ("visitor", VISITOR_COLOR),
    ("place", PLACE_COLOR),
    ("counterpart", COUNTERPART_COLOR),
    ("date", DATE_COLOR),
];

/// The colour `top` (premultiplied alpha, as egui stores it) gives laid over
/// the opaque `bottom`.
pub fn over(top: Color32, bottom: Color32) -> Color32 {
    let a = 1.0 - f32::from(top.a()) / 255.0;
    let mix = |t: u8, b: u8| (f32::from(t) + f32::from(b) * a).round().min(255.0) as u8;
    Color32::from_rgb(
        mix(top.r(), bottom.r()),
        mix(top.g(), bottom.g()),
        mix(top.b(), bottom.b()),
    )
}

/// WCAG 2 contrast ratio of two opaque colours (1 to 21).
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let lum = |c: Color32| {
        let ch = |v: u8| {
            let s = f32::from(v) / 255.0;
            if s <= 0.039_28 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * ch(c.r()) + 0.7152 * ch(c.g()) + 0.0722 * ch(c.b())
    };
    let (la, lb) = (lum(a), lum(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;
    use eframe::egui::Visuals;

    /// Article text on every background the reader paints — the page, each
    /// evidence background, each name tint alone and on each evidence
    /// background, and the text selection — is at least 4.5:1 (WCAG AA), in
    /// the light and the dark theme.
    #[test]
    fn text_on_every_tint_meets_wcag_aa_in_both_themes() {
        let tints = [
            PERSON_COLOR,
            VISITOR_COLOR,
            PLACE_COLOR,
            COUNTERPART_COLOR,
            DATE_COLOR,
        ];
        let mut failures = Vec::new();
        for visuals in [Visuals::light(), Visuals::dark()] {
            let dark = visuals.dark_mode;
            let page = visuals.panel_fill;
            let text = reader_text(dark);
            let mut grounds = vec![("page".to_owned(), page)];
            for (name, under) in [
                ("evidence", EVIDENCE_COLOR),
                ("selected", SELECTED_EVIDENCE_COLOR),
            ] {
                grounds.push((name.to_owned(), over(themed(under, dark), page)));
            }
            let mut all = grounds.clone();
            for (gname, ground) in &grounds {
                for (i, t) in tints.iter().enumerate() {
                    let tint = over(themed(*t, dark), *ground);
                    all.push((format!("{} on {gname}", LEGEND[i + 2].0), tint));
                }
            }
            // The text selection laid over the page and over each tint.
            let selection = visuals.selection.bg_fill.gamma_multiply(0.6);
            let under_selection: Vec<(String, Color32)> = all
                .iter()
                .map(|(n, c)| (format!("selection on {n}"), over(selection, *c)))
                .collect();
            all.extend(under_selection);
            for (name, bg) in all {
                let ratio = contrast(text, bg);
                if ratio < 4.5 {
                    let theme = if visuals.dark_mode { "dark" } else { "light" };
                    failures.push(format!("{theme}: {name} {ratio:.2}"));
                }
            }
        }
        assert_eq!(failures, Vec::<String>::new());
    }

    #[test]
    fn contrast_of_black_on_white_is_21() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-3);
        assert_eq!(over(Color32::TRANSPARENT, Color32::WHITE), Color32::WHITE);
    }
}
