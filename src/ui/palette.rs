//! The colours of the reader: evidence backgrounds and name tints, and the
//! legend that explains them.

use eframe::egui::Color32;

/// Background of every evidence sentence in the article.
pub const EVIDENCE_COLOR: Color32 = Color32::from_rgba_premultiplied(60, 60, 0, 60);
/// Background of the selected leg's evidence (distinct from the others).
pub const SELECTED_EVIDENCE_COLOR: Color32 = Color32::from_rgba_premultiplied(20, 70, 130, 130);
/// Tint of other people's names the engine recognized.
pub const PERSON_COLOR: Color32 = Color32::from_rgba_premultiplied(60, 60, 120, 90);
/// Tint of visitor names.
pub const VISITOR_COLOR: Color32 = Color32::from_rgba_premultiplied(25, 90, 30, 90);
/// Tint of place names.
pub const PLACE_COLOR: Color32 = Color32::from_rgba_premultiplied(110, 30, 90, 90);
/// Tint of counterpart names.
pub const COUNTERPART_COLOR: Color32 = Color32::from_rgba_premultiplied(120, 60, 0, 90);
/// Tint of dates as written.
pub const DATE_COLOR: Color32 = Color32::from_rgba_premultiplied(0, 90, 100, 90);

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
