//! The leg editor's text fields (issue 12, item 1): a field holding Arabic
//! text is right-aligned and, when not being edited, shows its words through
//! the bidi layout (right to left), like the filter and find fields.

use eframe::egui::{self, Pos2, Rect, Role, Shape};
use egui_kittest::kittest::Queryable;

use crate::common::harness;

const CAIRO: &str = "Cairo 2024-06-10 Antony Blinken";

/// Every glyph painted as text with a width, in paint order: (shape index,
/// glyph's left x, its right x, its char), for glyphs whose centre is in
/// `rect`.
fn glyphs_in(output: &egui::FullOutput, rect: Rect) -> Vec<(usize, f32, f32, char)> {
    fn walk(shape: &Shape, i: usize, rect: Rect, out: &mut Vec<(usize, f32, f32, char)>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, i, rect, out)),
            Shape::Text(t) => {
                for row in &t.galley.rows {
                    for g in &row.glyphs {
                        let at = t.pos + row.pos.to_vec2() + g.pos.to_vec2();
                        let centre = Pos2::new(at.x + g.advance_width / 2.0, at.y - 2.0);
                        if g.advance_width > 0.0 && rect.expand(4.0).contains(centre) {
                            out.push((i, at.x, at.x + g.advance_width, g.chr));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for (i, clipped) in output.shapes.iter().enumerate() {
        walk(&clipped.shape, i, rect, &mut out);
    }
    out
}

/// The x of `c` as last painted (the text on top).
fn last_x(glyphs: &[(usize, f32, f32, char)], c: char) -> f32 {
    glyphs
        .iter()
        .rev()
        .find(|g| g.3 == c)
        .map_or_else(|| panic!("{c} painted in {glyphs:?}"), |g| g.1)
}

#[test]
fn the_leg_editors_arabic_fields_read_right_to_left_and_are_right_aligned() {
    let mut harness = harness(None);
    harness.get_by_role_and_label(Role::Button, CAIRO).click();
    harness.run();
    let field = harness.get_by_role_and_label(Role::TextInput, "Visitor (Arabic)");
    let rect = field.rect();
    harness.run();
    let name = &harness
        .state()
        .review()
        .legs()
        .iter()
        .find(|l| jawla::ui::legs::leg_label(&l.visit) == CAIRO)
        .expect("the Cairo leg")
        .visit
        .visitor
        .name_ar;
    assert_eq!(name, "أنتوني بلينكن");
    let glyphs = glyphs_in(harness.output(), rect);
    // «أنتوني» (its ت) is the first word: on the right of «بلينكن» (its ك).
    let first = last_x(&glyphs, 'ت');
    let second = last_x(&glyphs, 'ك');
    assert!(
        first > second,
        "أنتوني at x = {first} right of بلينكن at {second}"
    );
    // Right-aligned: the text on top ends at the field's right margin.
    let top = glyphs.last().map_or(0, |g| g.0);
    let right = glyphs
        .iter()
        .filter(|g| g.0 == top)
        .map(|g| g.2)
        .fold(f32::MIN, f32::max);
    assert!(
        right > rect.right() - 16.0,
        "the name ends at x = {right}, field {rect:?}"
    );
}
