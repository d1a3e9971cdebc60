//! One line of mixed-direction UI text — article titles, names, places — laid
//! out by the same bidi code as the viewer ([`crate::bidi_layout::layout`]) and
//! painted piece by piece, so labels read as the article does. egui shapes a
//! single Arabic word correctly but has no bidi: handing it a whole
//! multi-word Arabic title reverses the word order, and digits or Latin words
//! inside Arabic land in the wrong place.

use std::borrow::Cow;
use std::sync::Arc;

use eframe::egui::{
    self, Align2, Color32, FontFamily, FontId, Galley, Painter, Pos2, Rect, Sense, pos2, vec2,
};

use crate::bidi_layout::bidi::{BaseDirection, BidiParagraph};
use crate::bidi_layout::layout::{PieceKind, layout_paragraph};
use crate::ui::viewer::ARTICLE_FAMILY;

/// The paragraph direction of a line quoted from an article (a date as
/// written, a name): its own, from its first strong character, and right to
/// left when it has none, as in the article (the articles are Arabic, and
/// the reader lays such a line out right to left too). A date typed
/// «04/22/ 2024» in an Arabic line reads «2024 /04/22» there (UAX #9: the
/// slash between two numbers joins them, W4; the one before the space is a
/// neutral between numbers, which take the paragraph's direction, N1);
/// laid out left to right it would read «04/22/ 2024», backwards.
pub const QUOTED: BaseDirection = BaseDirection::Auto { fallback_rtl: true };

/// Appended to a line cut to fit a width.
const ELLIPSIS: &str = "…";

/// A line of text shaped into pieces in visual order, left to right.
#[derive(Clone, Debug)]
pub struct BidiLine {
    /// (left edge, galley) of each painted piece.
    pieces: Vec<(f32, Arc<Galley>)>,
    /// Total advance width.
    pub width: f32,
    /// Height of the line.
    pub height: f32,
    /// Whether the paragraph direction is right to left.
    pub rtl: bool,
    /// Whether the text was cut to fit (see [`BidiLine::elided`]).
    pub elided: bool,
}

impl BidiLine {
    /// Lays out the first line of `text` (up to any `'\n'`), unbounded.
    /// Right-to-left pieces are shaped with the article font (see
    /// [`piece_font`]), so each joining chunk is one shaped run.
    pub fn new(painter: &Painter, text: &str, font: &FontId, color: Color32) -> BidiLine {
        let direction = BaseDirection::Auto {
            fallback_rtl: false,
        };
        BidiLine::in_direction(painter, text, font, color, direction)
    }

    /// [`BidiLine::new`] for a line quoted from an article: a date as
    /// written, a name (see [`QUOTED`]).
    pub fn quoted(painter: &Painter, text: &str, font: &FontId, color: Color32) -> BidiLine {
        BidiLine::in_direction(painter, text, font, color, QUOTED)
    }

    /// [`BidiLine::new`] in the paragraph direction `direction`.
    pub fn in_direction(
        painter: &Painter,
        text: &str,
        font: &FontId,
        color: Color32,
        direction: BaseDirection,
    ) -> BidiLine {
        let line = text.split('\n').next().unwrap_or("");
        let mut measure = |s: &str| {
            painter
                .layout_no_wrap(s.to_owned(), piece_font(s, font), color)
                .size()
                .x
        };
        let layout = layout_paragraph(line, direction, f32::INFINITY, &mut measure);
        let row_height = painter
            .layout_no_wrap(" ".to_owned(), font.clone(), color)
            .size()
            .y;
        let mut pieces = Vec::new();
        let mut width = 0.0f32;
        for l in &layout.lines {
            for p in &l.pieces {
                width = width.max(p.x + p.width);
                if p.kind == PieceKind::Text {
                    let galley =
                        painter.layout_no_wrap(p.text.clone(), piece_font(&p.text, font), color);
                    pieces.push((p.x, galley));
                }
            }
        }
        let height = pieces
            .iter()
            .map(|(_, g)| g.size().y)
            .fold(row_height, f32::max);
        BidiLine {
            pieces,
            width,
            height,
            rtl: layout.rtl,
            elided: false,
        }
    }

    /// Like [`BidiLine::new`], cut at the end of the logical text and ended
    /// with "…" so that it is at most `max_width` wide.
    pub fn elided(
        painter: &Painter,
        text: &str,
        font: &FontId,
        color: Color32,
        max_width: f32,
    ) -> BidiLine {
        let direction = BaseDirection::Auto {
            fallback_rtl: false,
        };
        BidiLine::elided_in(painter, text, (font, color), max_width, direction)
    }

    /// [`BidiLine::elided`] in the paragraph direction `direction`: the line
    /// is cut by [`cut_line`] (in logical order, its "…" at its end, where
    /// it ends on screen), then laid out.
    pub fn elided_in(
        painter: &Painter,
        text: &str,
        (font, color): (&FontId, Color32),
        max_width: f32,
        direction: BaseDirection,
    ) -> BidiLine {
        let mut measure = |s: &str| {
            painter
                .layout_no_wrap(s.to_owned(), piece_font(s, font), color)
                .size()
                .x
        };
        let mut width = |s: &str, direction: BaseDirection| {
            let layout = layout_paragraph(s, direction, f32::INFINITY, &mut measure);
            (layout.lines.iter().flat_map(|l| &l.pieces))
                .map(|p| p.x + p.width)
                .fold(0.0, f32::max)
        };
        let cut = cut_line(text, direction, max_width, &mut width);
        let mut line = BidiLine::in_direction(painter, &cut.text, font, color, cut.direction);
        line.elided = cut.elided;
        line
    }

    /// Paints the line with its top-left corner at `left_top`, each piece
    /// centred on the line's height (as egui centres the sections of a row):
    /// digits in the UI font beside Arabic words in the taller article font
    /// sat high otherwise.
    pub fn paint(&self, painter: &Painter, left_top: Pos2, color: Color32) {
        for (x, galley) in &self.pieces {
            let y = left_top.y + (self.height - galley.size().y) / 2.0;
            painter.galley(pos2(left_top.x + x, y), galley.clone(), color);
        }
    }

    /// Paints the line placed by `anchor` at `pos`; returns the rect painted.
    pub fn paint_at(
        &self,
        painter: &Painter,
        pos: Pos2,
        anchor: egui::Align2,
        color: Color32,
    ) -> Rect {
        let rect = anchor.anchor_size(pos, vec2(self.width, self.height));
        self.paint(painter, rect.left_top(), color);
        rect
    }
}

/// Whether a text field holding `text` reads right to left: its first strong
/// character is right to left (an empty field or one with no letters does not).
pub fn field_is_rtl(text: &str) -> bool {
    text.chars().any(|c| {
        use unicode_bidi::BidiClass::{AL, L, R};
        matches!(unicode_bidi::bidi_class(c), L | R | AL)
    }) && crate::bidi_layout::bidi::document_is_rtl(text)
}

/// A one-line text field (`edit`, built over `text`) that follows the
/// direction of its text: right-aligned when it reads right to left, and, when
/// it is not being edited, its text shown through the bidi layout (egui's own
/// galley would put the words of an Arabic phrase left to right).
pub fn text_field<'t>(ui: &mut egui::Ui, text: &str, edit: egui::TextEdit<'t>) -> egui::Response {
    text_field_in(ui, text, edit, None)
}

/// [`text_field`] for an `edit` set to `font` (`None`: the body font), so that
/// the text shown when the field is not being edited has the size it is typed in.
pub fn text_field_in<'t>(
    ui: &mut egui::Ui,
    text: &str,
    edit: egui::TextEdit<'t>,
    font: Option<&FontId>,
) -> egui::Response {
    let direction = BaseDirection::Auto {
        fallback_rtl: false,
    };
    field_in(ui, (text, field_is_rtl(text)), edit, font, direction)
}

/// [`text_field_in`] for text quoted from an article (a place or a person as
/// written, the date as written): shown, when it is not being edited, in the
/// direction it has in the article ([`QUOTED`]: a date typed «04/22/ 2024»
/// in an Arabic line reads «2024 /04/22», right-aligned).
pub fn quoted_field_in<'t>(
    ui: &mut egui::Ui,
    text: &str,
    edit: egui::TextEdit<'t>,
    font: Option<&FontId>,
) -> egui::Response {
    let rtl = !text.trim().is_empty() && crate::bidi_layout::bidi::document_is_rtl(text);
    field_in(ui, (text, rtl), edit, font, QUOTED)
}

/// A text field over `text`, right-aligned and shown through the bidi layout
/// in `direction` when not being edited if `rtl`.
fn field_in<'t>(
    ui: &mut egui::Ui,
    (text, rtl): (&str, bool),
    edit: egui::TextEdit<'t>,
    font: Option<&FontId>,
    direction: BaseDirection,
) -> egui::Response {
    if !rtl {
        return ui.add(edit);
    }
    let shown = text.to_owned();
    let response = ui.add(edit.align(Align2::RIGHT_CENTER));
    if !response.has_focus() {
        let margin = ui.spacing().button_padding.x.max(4.0);
        let inner = response.rect.shrink2(vec2(margin, 2.0));
        let painter = ui.painter_at(inner);
        let font = font
            .cloned()
            .unwrap_or_else(|| egui::TextStyle::Body.resolve(ui.style()));
        let color = ui.visuals().text_color();
        let line = BidiLine::elided_in(&painter, &shown, (&font, color), inner.width(), direction);
        painter.rect_filled(inner, 0.0, ui.visuals().text_edit_bg_color());
        line.paint_at(&painter, inner.right_center(), Align2::RIGHT_CENTER, color);
    }
    response
}

/// `text` as egui widget text (button, menu, label, hover text) that reads
/// right: laid out by the bidi code, its runs handed to egui in visual order,
/// each right-to-left run whole and in logical order in the article font (so
/// egui shapes it right to left as one run), the others in `font`. Text with
/// no right-to-left letter is returned as it is, bidi controls (Fluent's
/// isolates) dropped. Each line of a multi-line text is done alone; lines are
/// not wrapped (egui would wrap the visual order). `color` `None` is the
/// widget's own colour.
pub fn widget_text(text: &str, font: &FontId, color: Option<Color32>) -> egui::WidgetText {
    if !is_rtl(text) {
        let plain: String = text.chars().filter(|&c| !is_bidi_control(c)).collect();
        let mut rich = egui::RichText::new(plain).font(font.clone());
        if let Some(c) = color {
            rich = rich.color(c);
        }
        return egui::WidgetText::from(rich);
    }
    egui::WidgetText::from(layout_job(text, font, color))
}

/// [`widget_text`] as a layout job, for painting (map labels): `text` in
/// visual order, right-to-left runs in the article font.
pub fn layout_job(text: &str, font: &FontId, color: Option<Color32>) -> egui::text::LayoutJob {
    let direction = BaseDirection::Auto {
        fallback_rtl: false,
    };
    layout_job_in(text, direction, font, color)
}

/// [`layout_job`] with each line in the paragraph direction `direction`.
pub fn layout_job_in(
    text: &str,
    direction: BaseDirection,
    font: &FontId,
    color: Option<Color32>,
) -> egui::text::LayoutJob {
    let mut measure = |s: &str| s.chars().count() as f32;
    let lines: Vec<VisualLine> = text
        .split('\n')
        .flat_map(|line| visual_lines(line, direction, f32::INFINITY, &mut measure))
        .collect();
    job_of_lines(&lines, font, color, &[])
}

/// `text` as egui widget text made to be wrapped at `max_width` (points):
/// text with a right-to-left letter is broken into lines in logical order at
/// that width (widths measured with the fonts of `painter`), then each line
/// is put in visual order on its own, and the lines of a right-to-left
/// paragraph are right-aligned (UAX #9, 3.4: lines are broken before they are
/// reordered). So the first words of an Arabic message are on the top line.
/// egui wraps a layout job by its visual order, left to right: given the
/// whole paragraph in visual order (as [`widget_text`] does), it put the
/// logical end on the top line, the beginning on the bottom one. Other text
/// is returned as [`widget_text`] returns it (egui wraps it correctly).
pub fn wrapped_widget_text(
    painter: &Painter,
    text: &str,
    font: &FontId,
    color: Option<Color32>,
    max_width: f32,
) -> egui::WidgetText {
    if !is_rtl(text) {
        return widget_text(text, font, color);
    }
    let mut measure = |s: &str| {
        painter
            .layout_no_wrap(s.to_owned(), piece_font(s, font), Color32::PLACEHOLDER)
            .size()
            .x
    };
    let auto = BaseDirection::Auto {
        fallback_rtl: false,
    };
    let lines: Vec<VisualLine> = text
        .split('\n')
        .flat_map(|line| visual_lines(line, auto, max_width, &mut measure))
        .collect();
    let job = job_of_lines(&lines, font, color, &[]);
    if !lines.iter().any(|l| l.rtl) || lines.len() < 2 {
        return egui::WidgetText::from(job);
    }
    // Right-aligned: each line of a right-to-left paragraph starts after the
    // room the widest line leaves it (egui aligns the rows of a right-aligned
    // layout itself; this is for a left-to-right one).
    let galley = painter.layout_job(job);
    let widths: Vec<f32> = galley.rows.iter().map(|r| r.row.size.x).collect();
    if widths.len() != lines.len() {
        return egui::WidgetText::from(galley.job.as_ref().clone());
    }
    let widest = widths.iter().copied().fold(0.0, f32::max);
    let indents: Vec<f32> = (lines.iter().zip(&widths))
        .map(|(l, w)| if l.rtl { widest - w } else { 0.0 })
        .collect();
    egui::WidgetText::from(job_of_lines(&lines, font, color, &indents))
}

/// `text` as egui widget text on one line no wider than `max_width`: cut at
/// its logical end and ended with "…" when too long (the first line only).
/// For a text field's hint: egui cuts a hint too long for its field at the
/// right end, which in a right-to-left text is where it begins («…تصفية حسب
/// العنوان», its first word cut). Text with no right-to-left letter is
/// returned as [`widget_text`] returns it (egui cuts its end).
pub fn elided_widget_text(
    painter: &Painter,
    text: &str,
    font: &FontId,
    color: Option<Color32>,
    max_width: f32,
) -> egui::WidgetText {
    cut_widget_text(painter, text, font, color, max_width).0
}

/// [`elided_widget_text`], and whether it cut the text (then egui does not
/// know: its label shows no hover text of its own).
pub fn cut_widget_text(
    painter: &Painter,
    text: &str,
    font: &FontId,
    color: Option<Color32>,
    max_width: f32,
) -> (egui::WidgetText, bool) {
    if !is_rtl(text) {
        return (widget_text(text, font, color), false);
    }
    let mut width = |s: &str, direction: BaseDirection| {
        let job = layout_job_in(s, direction, font, color);
        painter.layout_job(job).size().x
    };
    let direction = BaseDirection::Auto {
        fallback_rtl: false,
    };
    let cut = cut_line(text, direction, max_width, &mut width);
    let job = layout_job_in(&cut.text, cut.direction, font, color);
    (egui::WidgetText::from(job), cut.elided)
}

/// A line cut to fit a width by [`cut_line`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cut {
    /// The text to lay out: the line whole, or its beginning, the isolates
    /// and embeddings the cut leaves open closed, then "…".
    pub text: String,
    /// The direction of the whole line ([`BaseDirection::Ltr`] or
    /// [`BaseDirection::Rtl`]), to lay `text` out in: a cut line may have
    /// lost the letter its direction came from, or begin with one of another
    /// direction.
    pub direction: BaseDirection,
    /// Whether the line was cut.
    pub elided: bool,
}

/// The first line of `text` (up to any `'\n'`), in the paragraph direction
/// `direction`, cut to be at most `max_width` wide (`width`: the width of a
/// text laid out in a direction), as UAX #9 wants a line cut: in logical
/// order, then reordered. The longest beginning (in chars) that fits with
/// "…" is kept, spaces at its end dropped; the "…" is at the paragraph's
/// level, after any isolate or embedding the cut leaves open is closed, so
/// that it is where the paragraph ends on screen: at the left end of a
/// right-to-left line, at the right end of a left-to-right one. (Left in an
/// isolate, it followed the isolate's direction: a file name or a number
/// cut in an Arabic line had its "…" on its right.) When not even "…" fits,
/// the text is "…" alone.
pub fn cut_line(
    text: &str,
    direction: BaseDirection,
    max_width: f32,
    width: &mut dyn FnMut(&str, BaseDirection) -> f32,
) -> Cut {
    let line = text.split('\n').next().unwrap_or("");
    let direction = if BidiParagraph::new(line, direction).is_rtl() {
        BaseDirection::Rtl
    } else {
        BaseDirection::Ltr
    };
    if width(line, direction) <= max_width {
        return Cut {
            text: line.to_owned(),
            direction,
            elided: false,
        };
    }
    let chars: Vec<char> = line.chars().collect();
    // Largest beginning (in chars) that fits with the ellipsis: binary search.
    let (mut lo, mut hi) = (0usize, chars.len().saturating_sub(1));
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if width(&ended(&chars[..mid]), direction) <= max_width {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    Cut {
        text: ended(&chars[..lo]),
        direction,
        elided: true,
    }
}

/// `kept`, the beginning of a line, ended with "…": spaces at its end
/// dropped, then the embeddings, overrides and isolates it opens and does
/// not close closed (innermost first), so that "…" is at the paragraph's
/// level.
fn ended(kept: &[char]) -> String {
    let mut text: String = kept.iter().collect();
    text.truncate(text.trim_end().len());
    // What is open, innermost last: true for an isolate (closed by PDI),
    // false for an embedding or override (closed by PDF).
    let mut open: Vec<bool> = Vec::new();
    for c in text.chars() {
        match c {
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => open.push(false),
            '\u{2066}'..='\u{2068}' => open.push(true),
            '\u{202C}' if open.last() == Some(&false) => {
                open.pop();
            }
            '\u{2069}' => {
                // A PDI closes its isolate and what is open inside it.
                if let Some(at) = open.iter().rposition(|&isolate| isolate) {
                    open.truncate(at);
                }
            }
            _ => {}
        }
    }
    for isolate in open.into_iter().rev() {
        text.push(if isolate { '\u{2069}' } else { '\u{202C}' });
    }
    text.push_str(ELLIPSIS);
    text
}

/// One line of a paragraph, broken in logical order, in visual order.
#[derive(Clone, Debug, PartialEq)]
struct VisualLine {
    /// The runs, left to right: (text in logical order, right to left).
    runs: Vec<(String, bool)>,
    /// Whether the paragraph reads right to left.
    rtl: bool,
}

/// A layout job of `lines` (one row each, top to bottom), each line's first
/// piece indented by its `indents` entry (none when missing).
fn job_of_lines(
    lines: &[VisualLine],
    font: &FontId,
    color: Option<Color32>,
    indents: &[f32],
) -> egui::text::LayoutJob {
    let plain = |s: &str| -> String { s.chars().filter(|&c| !is_bidi_control(c)).collect() };
    let mut job = egui::text::LayoutJob::default();
    job.wrap.max_width = f32::INFINITY;
    let format = |font: FontId| egui::TextFormat {
        font_id: font,
        color: color.unwrap_or(Color32::PLACEHOLDER),
        valign: egui::Align::Center,
        ..Default::default()
    };
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            job.append("\n", 0.0, format(font.clone()));
        }
        let mut indent = indents.get(i).copied().unwrap_or(0.0);
        for (run, rtl) in &line.runs {
            let run = plain(run);
            let chunks = if *rtl { rtl_chunks(&run) } else { vec![run] };
            for chunk in chunks {
                let f = if *rtl && is_rtl(&chunk) {
                    piece_font(&chunk, font)
                } else {
                    font.clone()
                };
                job.append(&chunk, std::mem::take(&mut indent), format(f));
            }
        }
    }
    job
}

/// The lines of one paragraph (text without `'\n'`) in the paragraph
/// direction `direction`, broken in logical order at `max_width` (widths
/// from `measure`), each in visual order. Adjacent right-to-left pieces that
/// follow each other in the text make one run; so do left-to-right ones.
fn visual_lines(
    paragraph: &str,
    direction: BaseDirection,
    max_width: f32,
    measure: &mut dyn FnMut(&str) -> f32,
) -> Vec<VisualLine> {
    let mut measure = |s: &str| measure(s);
    let layout = layout_paragraph(paragraph, direction, max_width, &mut measure);
    let mut lines = Vec::new();
    for l in &layout.lines {
        let mut runs: Vec<(std::ops::Range<usize>, bool)> = Vec::new();
        for p in &l.pieces {
            let joins = runs.last().is_some_and(|(r, rtl)| {
                *rtl == p.rtl
                    && if p.rtl {
                        p.range.end <= r.start && p.range.end + 4 >= r.start
                    } else {
                        p.range.start >= r.end && p.range.start <= r.end + 4
                    }
            });
            match runs.last_mut() {
                Some((r, _)) if joins => {
                    *r = r.start.min(p.range.start)..r.end.max(p.range.end);
                }
                _ => runs.push((p.range.clone(), p.rtl)),
            }
        }
        let runs = runs
            .into_iter()
            .map(|(r, rtl)| (paragraph.get(r).unwrap_or_default().to_owned(), rtl))
            .collect();
        lines.push(VisualLine {
            runs,
            rtl: layout.rtl,
        });
    }
    lines
}

/// A right-to-left run cut for egui, in visual order: its Arabic stretches
/// (with their spaces) whole and in logical order, for egui to shape right to
/// left in the article font; the other characters (punctuation such as "·"
/// or "(" that the article font may lack, whose fallback font would cut the
/// run and place its pieces left to right) in chunks of their own, reversed
/// and mirrored as rule L4 wants.
fn rtl_chunks(run: &str) -> Vec<String> {
    let mut logical: Vec<(String, bool)> = Vec::new();
    for c in run.chars() {
        let arabic = c.is_whitespace() || is_rtl(c.encode_utf8(&mut [0; 4]));
        match logical.last_mut() {
            Some((s, a)) if *a == arabic => s.push(c),
            _ => logical.push((c.to_string(), arabic)),
        }
    }
    logical
        .into_iter()
        .rev()
        .map(|(s, arabic)| {
            if arabic {
                s
            } else {
                s.chars()
                    .rev()
                    .map(|c| crate::bidi_layout::mirror::mirror(c).unwrap_or(c))
                    .collect()
            }
        })
        .collect()
}

/// `s` without its bidi controls (Fluent's isolates, marks): an accessible
/// name, as egui gives a label the text of its galley.
pub fn without_controls(s: &str) -> String {
    s.chars().filter(|&c| !is_bidi_control(c)).collect()
}

/// A bidi control character (embeddings, overrides, isolates, marks).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The font a piece of `font`'s line is shaped with: the article family for
/// Arabic-script text when `font` is a UI family. A UI family has no Arabic:
/// egui takes each Arabic word from the fallback font but the spaces from the UI
/// font, so a multi-word chunk would be shaped as separate words placed left to
/// right, and read backwards.
fn piece_font(text: &str, font: &FontId) -> FontId {
    match &font.family {
        FontFamily::Proportional | FontFamily::Monospace if is_rtl(text) => {
            FontId::new(font.size + 1.0, FontFamily::Name(ARTICLE_FAMILY.into()))
        }
        _ => font.clone(),
    }
}

/// A one-line label of `text` filling the available width: right-aligned when
/// the text is right to left, cut with "…" when too long (the whole text is the
/// hover text then). Clickable; its accessible name is the whole text.
pub fn label(ui: &mut egui::Ui, text: &str, font: &FontId, color: Color32) -> egui::Response {
    let max_width = ui.available_width().max(1.0);
    let line = BidiLine::elided(ui.painter(), text, font, color, max_width);
    let (rect, response) = ui.allocate_exact_size(vec2(max_width, line.height), Sense::click());
    let x = if line.rtl {
        rect.right() - line.width
    } else {
        rect.left()
    };
    line.paint(ui.painter(), pos2(x, rect.top()), color);
    let name = text.to_owned();
    response.widget_info(move || egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
    if line.elided {
        response.on_hover_text(text)
    } else {
        response
    }
}

/// `s` made safe to show on one line: hidden and reordering characters
/// (see [`crate::hidden`]) become visible tokens like `[U+202E RLO]`, line
/// breaks and other control characters become spaces. egui applies no bidi,
/// so an override would not reorder anything here, but it would be invisible:
/// the analyst must see that a name carries one (the exports show the same
/// tokens).
pub fn clean(s: &str) -> Cow<'_, str> {
    let suspicious = |c: char| c.is_control() || crate::hidden::name(c).is_some();
    if !s.chars().any(suspicious) {
        return Cow::Borrowed(s);
    }
    let escaped = crate::hidden::escape_visible(s);
    Cow::Owned(
        escaped
            .chars()
            .map(|c| match c {
                '\u{27E6}' => '[',
                '\u{27E7}' => ']',
                c if c.is_control() => ' ',
                c => c,
            })
            .collect(),
    )
}

/// Whether `s` contains Arabic-script letters (then it is drawn right to left
/// with the article font).
pub fn is_rtl(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
    })
}

/// The font for `s` at `size`: the article family (Noto Naskh Arabic) for
/// Arabic, the UI font otherwise.
pub fn font_for(s: &str, size: f32) -> FontId {
    if is_rtl(s) {
        FontId::new(size + 1.0, FontFamily::Name(ARTICLE_FAMILY.into()))
    } else {
        FontId::proportional(size)
    }
}

/// Width of `text` drawn with [`paint_rtl`] (or plain, if not Arabic).
pub fn text_width(painter: &egui::Painter, text: &str, font: &FontId) -> f32 {
    let text = &*clean(text);
    if is_rtl(text) {
        BidiLine::new(painter, text, font, Color32::BLACK).width
    } else {
        painter
            .layout_no_wrap(text.to_owned(), font.clone(), Color32::BLACK)
            .size()
            .x
    }
}

/// Paints one line of text anchored at `pos` by `anchor`; Arabic text is laid
/// out by the bidi algorithm (see [`crate::ui::bidi_line`]). Returns the rect
/// painted.
pub fn paint_rtl(
    painter: &egui::Painter,
    pos: Pos2,
    anchor: Align2,
    text: &str,
    font: &FontId,
    color: Color32,
) -> Rect {
    let text = &*clean(text);
    if !is_rtl(text) {
        return painter.text(pos, anchor, text, font.clone(), color);
    }
    BidiLine::new(painter, text, font, color).paint_at(painter, pos, anchor, color)
}

/// [`paint_rtl`] for `text` cut to at most `max_width` (its first line): cut
/// in logical order by [`cut_line`], its "…" where it ends on screen.
pub fn paint_elided(
    painter: &egui::Painter,
    (pos, anchor): (Pos2, Align2),
    text: &str,
    font: &FontId,
    color: Color32,
    max_width: f32,
) -> Rect {
    let text = &*clean(text);
    if is_rtl(text) {
        let line = BidiLine::elided(painter, text, font, color, max_width);
        return line.paint_at(painter, pos, anchor, color);
    }
    let mut width = |s: &str, _: BaseDirection| {
        (painter.layout_no_wrap(s.to_owned(), font.clone(), color))
            .size()
            .x
    };
    let direction = BaseDirection::Auto {
        fallback_rtl: false,
    };
    let cut = cut_line(text, direction, max_width, &mut width);
    painter.text(pos, anchor, cut.text, font.clone(), color)
}

/// A label widget for a line quoted from an article (a date as written),
/// laid out in the direction it has there (see [`QUOTED`]).
pub fn quoted_label(ui: &mut egui::Ui, text: &str, size: f32) -> egui::Response {
    let text = &*clean(text);
    let font = font_for(text, size);
    let color = ui.visuals().text_color();
    let line = BidiLine::quoted(ui.painter(), text, &font, color);
    let (rect, response) = ui.allocate_exact_size(vec2(line.width, line.height), Sense::hover());
    line.paint(ui.painter(), rect.left_top(), color);
    let label = text.to_owned();
    response.widget_info(move || egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
    response
}

/// A label widget for a line that may be Arabic (drawn right to left with the
/// article font); plain `ui.label` otherwise.
pub fn rtl_label(ui: &mut egui::Ui, text: &str, size: f32) -> egui::Response {
    let text = &*clean(text);
    if !is_rtl(text) {
        return ui.label(egui::RichText::new(text).size(size));
    }
    let font = font_for(text, size);
    let color = ui.visuals().text_color();
    let line = BidiLine::new(ui.painter(), text, &font, color);
    let (rect, response) = ui.allocate_exact_size(vec2(line.width, line.height), Sense::hover());
    paint_rtl(
        ui.painter(),
        rect.right_top(),
        Align2::RIGHT_TOP,
        text,
        &font,
        color,
    );
    let label = text.to_owned();
    response.widget_info(move || egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    const AUTO: BaseDirection = BaseDirection::Auto {
        fallback_rtl: false,
    };

    /// The runs of one line, unbroken, in visual order (see [`visual_lines`]).
    fn visual_runs(line: &str) -> Vec<(String, bool)> {
        let mut measure = |s: &str| s.chars().count() as f32;
        visual_lines(line, AUTO, f32::INFINITY, &mut measure)
            .into_iter()
            .flat_map(|l| l.runs)
            .collect()
    }

    fn with_painter<R>(f: impl FnOnce(&Painter) -> R) -> R {
        let ctx = egui::Context::default();
        crate::app::fonts::install(&ctx, None);
        // Fonts are loaded at the start of a frame: the second frame can shape.
        let mut out = ctx.run_ui(egui::RawInput::default(), |_| {});
        out.textures_delta.clear();
        let mut f = Some(f);
        let mut result = None;
        let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
            if let Some(run) = f.take() {
                result = Some(run(ui.painter()));
            }
        });
        out.textures_delta.clear();
        result.expect("the frame ran")
    }

    /// "قال Antony Blinken في عام 1979": a Latin phrase and the digits read left
    /// to right in their place; the Arabic words around them right to left.
    /// (Placing words one by one from the right would give "Blinken Antony".)
    #[test]
    fn latin_and_digits_inside_arabic_keep_their_order_and_place() {
        let font = FontId::new(20.0, egui::FontFamily::Name("article".into()));
        let texts = with_painter(|p| {
            let line = BidiLine::new(p, "قال Antony Blinken في عام 1979", &font, Color32::BLACK);
            assert!(line.rtl);
            line.pieces
                .iter()
                .map(|(_, g)| g.text().to_owned())
                .collect::<Vec<_>>()
        });
        // Visual order, left to right.
        let joined = texts.concat();
        let at = |s: &str| joined.find(s).unwrap_or_else(|| panic!("{s} in {texts:?}"));
        assert!(at("Antony Blinken") < at("قال"), "{texts:?}");
        assert!(at("1979") < at("في عام"), "{texts:?}");
        assert!(at("في عام") < at("Antony"), "{texts:?}");
    }

    /// The words of `text` in visual order, left to right, as painted by
    /// `line` (each word found by a letter only it has).
    /// Every glyph of `line` with its x on screen.
    fn glyph_xs(line: &BidiLine) -> impl Iterator<Item = (f32, char)> + '_ {
        line.pieces.iter().flat_map(|(x, g)| {
            g.rows
                .iter()
                .flat_map(move |r| r.glyphs.iter().map(move |gl| (x + gl.pos.x, gl.chr)))
        })
    }

    fn visual_words(line: &BidiLine, words: &[(&'static str, char)]) -> Vec<&'static str> {
        let mut xs: Vec<(f32, &'static str)> = words
            .iter()
            .map(|&(word, marker)| {
                let x = glyph_xs(line)
                    .find(|&(_, c)| c == marker)
                    .map_or(f32::NAN, |(x, _)| x);
                (x, word)
            })
            .collect();
        xs.sort_by(|a, b| a.0.total_cmp(&b.0));
        xs.into_iter().map(|(_, w)| w).collect()
    }

    /// «آخر الأخبار» in the file panel's UI font: "آخر" is on the right.
    /// (The UI font has no Arabic: shaped with it, the words came out left to
    /// right, «الأخبار آخر».)
    #[test]
    fn arabic_titles_in_the_ui_font_read_right_to_left() {
        let font = FontId::proportional(14.0);
        let order = with_painter(|p| {
            let line = BidiLine::new(p, "آخر الأخبار", &font, Color32::BLACK);
            visual_words(&line, &[("آخر", 'آ'), ("الأخبار", 'ب')])
        });
        assert_eq!(order, ["الأخبار", "آخر"]);
        let order = with_painter(|p| {
            let line = BidiLine::new(p, "أعرب وزير الخارجية", &font, Color32::BLACK);
            visual_words(&line, &[("أعرب", 'ع'), ("وزير", 'ز'), ("الخارجية", 'ج')])
        });
        assert_eq!(order, ["الخارجية", "وزير", "أعرب"]);
    }

    /// The filter, find and editor fields: right-aligned for Arabic, not for
    /// Latin text, digits alone or an empty field.
    #[test]
    fn text_fields_follow_the_direction_of_their_text() {
        let cases = [
            ("بلينكن", true),
            ("2024 القاهرة", true),
            ("Blinken القاهرة", false),
            ("2024", false),
            ("", false),
        ];
        let got: Vec<(&str, bool)> = cases.iter().map(|&(t, _)| (t, field_is_rtl(t))).collect();
        assert_eq!(got, cases);
    }

    /// Widget text for the Arabic interface: runs in visual order, a date
    /// inside Arabic kept whole and left to right, punctuation the article
    /// font lacks kept at its logical place, isolates not drawn.
    #[test]
    fn arabic_widget_text_runs_are_in_visual_order() {
        let runs = |s: &str| -> Vec<String> {
            visual_runs(s)
                .into_iter()
                .flat_map(|(r, rtl)| if rtl { rtl_chunks(&r) } else { vec![r] })
                .map(|r| {
                    r.chars()
                        .filter(|&c| !is_bidi_control(c))
                        .collect::<String>()
                })
                .filter(|r| !r.trim().is_empty())
                .collect()
        };
        // A date after Arabic letters is Arabic numbers (UAX #9 W2): its
        // hyphens reverse it, unless it is isolated.
        assert_eq!(
            runs("\u{200F}مصر 2024-06-10 أنتوني"),
            [" أنتوني", "10", "-", "06", "-", "2024", "مصر "]
        );
        assert_eq!(
            runs("\u{200F}القاهرة، مصر \u{2068}2024-06-10\u{2069} أنتوني"),
            [" أنتوني", "2024-06-10", "القاهرة، مصر "]
        );
        assert_eq!(
            runs("المفتوحة: \u{2068}5\u{2069} · أفلت"),
            [" أفلت", "·", "5", ":", "المفتوحة"]
        );
        assert_eq!(runs("فتح…"), ["…", "فتح"]);
    }

    /// A right-to-left paragraph too wide for its room is broken in logical
    /// order, then each line is reordered alone: the first words are on the
    /// top line, each line reads from the right. (Reordering the whole
    /// paragraph and breaking the visual order, as egui did with the one
    /// visual line it was given, put the last words on the top line.)
    #[test]
    fn a_wrapped_arabic_paragraph_keeps_its_first_words_on_the_top_line() {
        // One point a char: each line holds at most 22 chars.
        let mut measure = |s: &str| s.chars().count() as f32;
        let text = "\u{200F}مقالات نموذجية: \u{2068}5\u{2069}، مدرجة بعد مقالاتك";
        let lines = visual_lines(text, AUTO, 22.0, &mut measure);
        let shown: Vec<Vec<(String, bool)>> = lines
            .iter()
            .map(|l| {
                assert!(l.rtl);
                l.runs
                    .iter()
                    .map(|(r, rtl)| {
                        let r: String = r.chars().filter(|&c| !is_bidi_control(c)).collect();
                        (r.trim().to_owned(), *rtl)
                    })
                    .filter(|(r, _)| !r.is_empty())
                    .collect()
            })
            .collect();
        let run = |s: &str, rtl: bool| (s.to_owned(), rtl);
        assert_eq!(
            shown,
            [
                vec![run("،", true), run("5", false), run("مقالات نموذجية:", true)],
                vec![run("مدرجة بعد مقالاتك", true)],
            ]
        );
    }

    /// A text broken by [`wrapped_widget_text`] fits the width egui wraps
    /// it at (12 points more, a button's padding and the play of
    /// `tr::styled`): egui keeps its lines and breaks none again in visual
    /// order, at any width, in the UI font and the article font.
    #[test]
    fn broken_lines_fit_where_egui_wraps_them() {
        let texts = [
            "التقارير عن الزيارة نفسها (الزائر نفسه والمكان واليوم نفسهما، في مقال واحد أو أكثر) محطةٌ واحدة على الخط الزمني؛ ويمكن للتصحيحات أن تضيف محطات أو تحذفها",
            "\u{200F}المفتوحة: \u{2068}5\u{2069} · أفلِت الملفات أو المجلدات هنا",
            "\u{200F}لا يوجد مقال مفتوح. استخدم ملف ← فتح… (Ctrl+O) أو فتح مجلد…، أو أفلِت ملفات txt أو md أو html أو مجلدًا على النافذة.",
        ];
        let fonts = [
            FontId::proportional(14.0),
            FontId::proportional(12.0),
            FontId::new(20.0, egui::FontFamily::Name("article".into())),
        ];
        with_painter(|p| {
            for text in texts {
                for font in &fonts {
                    for width in (60..=500).step_by(17) {
                        let width = width as f32;
                        let egui::WidgetText::LayoutJob(job) =
                            wrapped_widget_text(p, text, font, None, width)
                        else {
                            panic!("a layout job");
                        };
                        let lines = job.text.split('\n').count();
                        // A word wider than the width is broken anywhere by
                        // egui, as it always was: then the widest line is
                        // that one word.
                        let unbroken = p.layout_job(job.as_ref().clone());
                        if unbroken.size().x > width + 12.0 {
                            let ink = |r: &egui::epaint::text::PlacedRow| {
                                let first = r.glyphs.first().map_or(0.0, |g| g.pos.x);
                                r.glyphs.last().map_or(0.0, |g| g.max_x()) - first
                            };
                            let widest = (unbroken.rows.iter())
                                .max_by(|a, b| ink(a).total_cmp(&ink(b)))
                                .expect("rows");
                            assert!(
                                !widest.glyphs.iter().any(|g| g.chr == ' '),
                                "{text} at {width} in {font:?}: a line too wide"
                            );
                            continue;
                        }
                        let mut wrapped = job.as_ref().clone();
                        wrapped.wrap.max_width = width + 12.0;
                        let rows = p.layout_job(wrapped).rows.len();
                        assert_eq!(rows, lines, "{text} at {width} in {font:?}");
                    }
                }
            }
        });
    }

    /// «04/22/ 2024», a date as written in an Arabic line (seen in the
    /// Arabic table's Date column), reads as in the article: «2024 /04/22»,
    /// left to right on screen. (Laid out left to right, as a line with no
    /// letter was, it read «04/22/ 2024».)
    #[test]
    fn a_date_quoted_from_an_article_reads_as_it_does_there() {
        let font = FontId::proportional(13.0);
        let shown = |text: &'static str| {
            with_painter(|p| {
                let line = BidiLine::quoted(p, text, &font, Color32::BLACK);
                let pieces: Vec<String> = line
                    .pieces
                    .iter()
                    .map(|(_, g)| g.text().to_owned())
                    .collect();
                (line.rtl, pieces)
            })
        };
        assert_eq!(
            shown("04/22/ 2024"),
            (
                true,
                vec!["2024".to_owned(), "/".to_owned(), "04/22".to_owned()]
            )
        );
        // A date whose separators all join numbers is one run either way.
        assert_eq!(shown("2024/04/22"), (true, vec!["2024/04/22".to_owned()]));
        // Latin text keeps its own direction.
        assert_eq!(
            shown("April 22, 2024"),
            (false, vec!["April 22, 2024".to_owned()])
        );
    }

    #[test]
    fn elided_lines_fit_and_end_with_an_ellipsis() {
        let font = FontId::proportional(14.0);
        with_painter(|p| {
            let text = "التقى وزير الخارجية الأمريكي أنتوني بلينكن بالرئيس المصري";
            let full = BidiLine::new(p, text, &font, Color32::BLACK);
            let cut = BidiLine::elided(p, text, &font, Color32::BLACK, full.width / 2.0);
            assert!(cut.elided && cut.rtl);
            assert!(cut.width <= full.width / 2.0);
            assert!(cut.pieces.iter().any(|(_, g)| g.text().contains(ELLIPSIS)));
        });
    }

    /// The characters `line` paints, left to right on screen (spaces left
    /// out).
    fn painted_left_to_right(line: &BidiLine) -> String {
        let mut glyphs: Vec<(f32, char)> =
            glyph_xs(line).filter(|(_, c)| !c.is_whitespace()).collect();
        glyphs.sort_by(|a, b| a.0.total_cmp(&b.0));
        glyphs.into_iter().map(|(_, c)| c).collect()
    }

    /// A right-to-left line cut at any width shows its "…" at its left end,
    /// where it ends on screen, and keeps its beginning, on the right: the
    /// status bar's file part in Arabic and a file entry's line, whose file
    /// name and numbers are isolates. (Cut inside an isolate, the ellipsis
    /// stayed in it and came out on the isolate's right: «3,17…» beside
    /// «UTF-8», «000_b04…» at the right end.)
    #[test]
    fn a_cut_right_to_left_line_shows_its_ellipsis_at_its_left_end() {
        let font = FontId::proportional(14.0);
        let texts = [
            "\u{200F}\u{2068}000_b042023ce1a6754a.txt\u{2069} · \u{2068}UTF-8\u{2069} · \u{2068}3,172\u{2069} حرف",
            "\u{200F}\u{2068}000_b042023ce1a6754a.txt\u{2069} · زيارتان",
            "أعرب وزير الخارجية الأميركي أنتوني بلينكن عن أمله في عام 2024",
        ];
        let rtl = BaseDirection::Auto { fallback_rtl: true };
        with_painter(|p| {
            for text in texts {
                let full = BidiLine::in_direction(p, text, &font, Color32::BLACK, rtl);
                let mut width = 30.0;
                while width < full.width {
                    let cut = BidiLine::elided_in(p, text, (&font, Color32::BLACK), width, rtl);
                    let shown = painted_left_to_right(&cut);
                    assert!(cut.elided && cut.rtl, "{text} at {width}");
                    assert!(cut.width <= width, "{text} at {width}: {shown}");
                    assert!(
                        shown.starts_with(ELLIPSIS) && shown.matches(ELLIPSIS).count() == 1,
                        "{text} at {width}: «{shown}»"
                    );
                    width += 9.0;
                }
            }
        });
    }

    /// One point a char; bidi controls take none (they are not drawn).
    fn chars_wide(s: &str, _: BaseDirection) -> f32 {
        s.chars().filter(|&c| !is_bidi_control(c)).count() as f32
    }

    /// `text` cut to `max_width` (one point a char): the cut text, and the
    /// text of the layout job egui is given for it, in visual order (runs
    /// left to right on screen, each right-to-left run in logical order for
    /// egui to shape), bidi controls left out.
    fn cut_at(text: &str, direction: BaseDirection, max_width: f32) -> (Cut, String) {
        let cut = cut_line(text, direction, max_width, &mut chars_wide);
        let job = layout_job_in(&cut.text, cut.direction, &FontId::proportional(14.0), None);
        let shown = without_controls(&job.text);
        (cut, shown)
    }

    /// Cut in logical order, then reordered (issue 12, item 1): an Arabic
    /// line keeps its first letters, on its right, and shows "…" at its left
    /// end, where it ends; a file name or a number isolated in it too (the
    /// isolate is closed before the "…"); a left-to-right line shows it at
    /// its right end, after an Arabic word it cuts.
    #[test]
    fn a_line_is_cut_in_logical_order_then_reordered() {
        let rtl = |s: &str| Cut {
            text: s.to_owned(),
            direction: BaseDirection::Rtl,
            elided: true,
        };
        let ltr = |s: &str| Cut {
            text: s.to_owned(),
            direction: BaseDirection::Ltr,
            elided: true,
        };
        let (cut, shown) = cut_at("أعرب وزير الخارجية الأميركي", AUTO, 12.0);
        assert_eq!(cut, rtl("أعرب وزير ا…"));
        assert_eq!(shown, "…أعرب وزير ا");

        // A file entry's line: the name isolated, the line right to left.
        let entry = "\u{200F}\u{2068}000_b042023ce1a6754a.txt\u{2069} · زيارتان";
        let (cut, shown) = cut_at(entry, AUTO, 10.0);
        assert_eq!(cut, rtl("\u{200F}\u{2068}000_b0420\u{2069}…"));
        assert_eq!(shown, "…000_b0420");

        // The status bar's file part, cut inside the character count.
        let status = "\u{200F}\u{2068}000_b04.txt\u{2069} · \u{2068}UTF-8\u{2069} · \u{2068}3,172\u{2069} حرف";
        let (cut, shown) = cut_at(status, AUTO, 27.0);
        assert_eq!(
            cut,
            rtl(
                "\u{200F}\u{2068}000_b04.txt\u{2069} · \u{2068}UTF-8\u{2069} · \u{2068}3,17\u{2069}…"
            )
        );
        assert_eq!(shown, "…3,17 · UTF-8 · 000_b04.txt");

        // Digits first, a right-to-left line all the same: it is laid out in
        // the direction of the whole line, which the cut lost.
        let (cut, shown) = cut_at("2024 القاهرة", AUTO, 5.0);
        assert_eq!(cut, rtl("2024…"));
        assert_eq!(shown, "…2024");

        // Left to right: "…" at the right end, also after an Arabic word.
        let (cut, shown) = cut_at("Antony Blinken visited Cairo", AUTO, 12.0);
        assert_eq!(cut, ltr("Antony Blin…"));
        assert_eq!(shown, "Antony Blin…");
        let (cut, shown) = cut_at("Visit to القاهرة الجديدة today", AUTO, 14.0);
        assert_eq!(cut, ltr("Visit to القا…"));
        assert_eq!(shown, "Visit to القا…");
    }

    /// What a cut leaves open is closed, innermost first; a line that fits
    /// is whole (its first line); one too narrow for anything is "…" alone.
    #[test]
    fn a_cut_closes_what_it_leaves_open() {
        let nested = "\u{2067}نص \u{202A}abc def\u{202C} تم\u{2069} آخر";
        let (cut, _) = cut_at(nested, AUTO, 7.0);
        assert_eq!(cut.text, "\u{2067}نص \u{202A}abc\u{202C}\u{2069}…");
        let (cut, _) = cut_at(nested, AUTO, 13.0);
        assert_eq!(cut.text, "\u{2067}نص \u{202A}abc def\u{202C} ت\u{2069}…");
        let (cut, _) = cut_at("قال\nقال الوزير", AUTO, 3.0);
        assert_eq!(
            cut,
            Cut {
                text: "قال".to_owned(),
                direction: BaseDirection::Rtl,
                elided: false
            }
        );
        let (cut, shown) = cut_at("قال الوزير", AUTO, 0.5);
        assert_eq!((cut.text.as_str(), cut.elided), ("…", true));
        assert_eq!(shown, "…");
    }
}
