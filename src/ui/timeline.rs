//! The timeline panel: the reviewed legs drawn on a zoomable
//! time axis, one lane per visitor, with the geometry of
//! [`crate::timeline::Layout`] (the same drawing as the SVG export).
//!
//! The panel owns only its view state (zoom, pan). It never changes the
//! app's data: [`TimelinePanel::show`] returns [`Command`]s (select a
//! leg, …) that the app applies after drawing.
//!
//! What the review panels share about a leg (menu, hover card, label) is in
//! [`crate::ui::legs`]; the right-to-left text helpers in
//! [`crate::ui::bidi_line`].
//!
//! How the app hosts the review panels (one filter and one selection shared
//! by all, actions applied after drawing):
//!
//! ```no_run
//! use eframe::egui;
//! use jawla::review::{self, filter::LegFilter, Correction, History, LegKey, ReviewedLeg};
//! use jawla::ui::{Command, leg_editor::LegEditor, table::TablePanel, timeline::TimelinePanel};
//!
//! struct Review {
//!     engine: Vec<jawla::model::Visit>,
//!     history: History,
//!     legs: Vec<ReviewedLeg>,
//!     filter: LegFilter,
//!     selected: Option<LegKey>,
//!     timeline: TimelinePanel,
//!     table: TablePanel,
//!     editor: LegEditor,
//! }
//!
//! impl Review {
//!     fn ui(&mut self, ui: &mut egui::Ui) {
//!         let sel = self.selected.as_ref();
//!         let mut actions = self.timeline.show(ui, &self.legs, &self.filter, sel);
//!         actions.extend(self.table.show(ui, &self.legs, &mut self.filter, sel));
//!         actions.extend(self.editor.show(ui, &self.legs, sel));
//!         for action in actions {
//!             match action {
//!                 Command::SelectLeg(key) => self.selected = Some(key), // + open its evidence
//!                 Command::Deselect => self.selected = None,
//!                 Command::Correct(c) => {
//!                     self.history.push(c);
//!                     self.legs = review::apply(&self.engine, self.history.corrections()).legs;
//!                 }
//!                 _ => {}
//!             }
//!         }
//!     }
//! }
//! ```

use eframe::egui::{
    self, Align2, Color32, FontFamily, FontId, Pos2, Rect, Sense, Shape, Stroke, Vec2, pos2, vec2,
};

use crate::model::Visit;
use crate::review::filter::LegFilter;
use crate::review::{LegKey, ReviewedLeg};
use crate::timeline::{Axis, Layout, MarkStyle, Style, day_number, fit_axis};
use crate::ui::Command;
use crate::ui::bidi_line::{font_for, is_rtl, paint_elided, paint_rtl, text_width};
use crate::ui::legs::{EDITED, PALETTE, is_selected, leg_label, leg_menu, leg_tooltip};
use crate::ui::viewer::ARTICLE_FAMILY;

/// Strike-through colour of cancelled legs.
const STRIKE: Color32 = Color32::from_rgb(0xcf, 0x22, 0x2e);
/// Fill of a cancelled leg's marker.
const CANCELLED_FILL: Color32 = Color32::from_rgb(0xd0, 0xd7, 0xde);
/// Size of leg labels.
const LABEL_SIZE: f32 = 12.0;

/// Where a mark was drawn in the last frame (screen coordinates).
#[derive(Clone, Debug, PartialEq)]
pub struct DrawnMark {
    pub key: LegKey,
    /// Centre of the marker.
    pub pos: Pos2,
    /// Clickable area (marker, range bar and label).
    pub rect: Rect,
}

/// The timeline panel's own state: zoom and pan, pending jumps, and where the
/// marks were drawn last frame.
#[derive(Debug)]
pub struct TimelinePanel {
    style: Style,
    /// Current zoom/pan; `None` until the first frame fits all legs.
    axis: Option<Axis>,
    /// "Fit all" pressed (or first frame): refit on the next frame.
    fit: bool,
    /// Centre on this day number next frame ("Today", "Selection").
    center: Option<f64>,
    /// Selection seen last frame, to follow selections made elsewhere.
    last_selected: Option<LegKey>,
    drawn: Vec<DrawnMark>,
    /// The last layout and the fingerprint of what it was made from (see
    /// [`fingerprint`]): recomputing it every frame is what makes a timeline
    /// of tens of thousands of legs slow.
    cache: Option<(u64, Layout)>,
}

impl Default for TimelinePanel {
    fn default() -> Self {
        TimelinePanel {
            style: Style::default(),
            axis: None,
            fit: true,
            center: None,
            last_selected: None,
            drawn: Vec::new(),
            cache: None,
        }
    }
}

impl TimelinePanel {
    /// A panel that fits all legs on its first frame.
    pub fn new() -> TimelinePanel {
        TimelinePanel::default()
    }

    /// The axis (zoom and pan) as of the last frame.
    pub fn axis(&self) -> Option<Axis> {
        self.axis
    }

    /// Fit all legs on the next frame (as the "Fit all" button does), e.g.
    /// after the app loaded other articles.
    pub fn fit_all(&mut self) {
        self.fit = true;
    }

    /// The marks drawn in the last frame, in the order of the legs passed.
    pub fn drawn_marks(&self) -> &[DrawnMark] {
        &self.drawn
    }

    /// Where the mark of `key` was drawn in the last frame.
    pub fn mark_pos(&self, key: &LegKey) -> Option<Pos2> {
        self.drawn.iter().find(|m| m.key == *key).map(|m| m.pos)
    }

    /// Draws the legs of `legs` that pass `filter`, filling the available
    /// space, with `selected` highlighted. Returns what the analyst asked for.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        legs: &[ReviewedLeg],
        filter: &LegFilter,
        selected: Option<&LegKey>,
    ) -> Vec<Command> {
        let mut actions = Vec::new();
        let shown: Vec<&ReviewedLeg> = legs.iter().filter(|l| filter.matches(l)).collect();
        let selected_index = shown.iter().position(|l| is_selected(l, selected));
        // Measured before the toolbar: a toolbar wider than the panel grows
        // the ui, and the axis must fit the visible width.
        let panel_width = ui.available_width();

        self.toolbar(ui, legs.len(), &shown, selected_index);

        let width = ui.available_width().min(panel_width).max(300.0);
        // Marks name their place in the interface language.
        let lang = crate::ui::tr::lang(ui.ctx());
        let style = crate::timeline::Style {
            names: Some(lang),
            // Two lines of Naskh (place over country) are taller.
            row_height: self.style.row_height + if lang.is_rtl() { 10.0 } else { 0.0 },
            ..self.style
        };
        let mut axis = self.frame_axis(&shown, width);

        // Follow a selection made elsewhere (table, viewer): bring it into view.
        let sel_key = selected_index.map(|i| shown[i].key.clone());
        let follow = sel_key.is_some() && sel_key != self.last_selected;
        self.last_selected = sel_key;

        let painter = ui.painter().clone();
        let measure = |s: &str| {
            let font = if is_rtl(s) {
                FontId::new(LABEL_SIZE, FontFamily::Name(ARTICLE_FAMILY.into()))
            } else {
                FontId::proportional(LABEL_SIZE)
            };
            text_width(&painter, s, &font)
        };
        let mut cache = self.cache.take();
        let mut layout_of = |axis: Axis| {
            let fp = fingerprint(&shown, &axis, &style);
            match cache.take() {
                Some((f, layout)) if f == fp => (fp, layout),
                _ => (
                    fp,
                    Layout::new(&layout_visits(&shown), axis, &style, &measure),
                ),
            }
        };
        let (mut fp, mut layout) = layout_of(axis);
        if follow
            && let Some(m) = selected_index.and_then(|i| layout.marks.get(i))
            && (m.x < axis.x0 || m.x > axis.x0 + axis.width)
        {
            axis.start = axis.day_at(m.x) - f64::from(axis.width) / 2.0 / axis.px_per_day;
            (fp, layout) = layout_of(axis);
        }

        let min_height = ui.available_height();
        egui::ScrollArea::vertical()
            .id_salt("timeline")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let size = vec2(width, layout.height.max(min_height));
                let (response, painter) = ui.allocate_painter(size, Sense::click_and_drag());
                let origin = response.rect.min;

                let changed = pan_and_zoom(ui, &response, &mut axis);
                if changed {
                    (fp, layout) = layout_of(axis);
                }

                let clip = ui.clip_rect();
                self.drawn.clear();
                let canvas = Canvas {
                    ui,
                    painter: &painter,
                    layout: &layout,
                    style: &style,
                    origin,
                    clip,
                    full_width: response.rect.width(),
                };
                draw(&canvas);
                // Marks stay right of the names and below the axis band.
                let band_bottom = clip.top().max(origin.y) + style.axis_height;
                let marks_clip = Rect::from_min_max(
                    pos2(origin.x + style.name_column, band_bottom),
                    response.rect.max,
                )
                .intersect(clip);
                let marks = Marks {
                    painter: painter.with_clip_rect(marks_clip),
                    clip: marks_clip,
                    origin,
                    id: response.id,
                    selected: selected_index,
                    follow,
                };
                self.draw_marks(ui, &marks, &layout, &shown, &mut actions);
                let canvas = Canvas {
                    ui,
                    painter: &painter,
                    layout: &layout,
                    style: &style,
                    origin,
                    clip,
                    full_width: response.rect.width(),
                };
                draw_band(&canvas);
                if changed {
                    ui.ctx().request_repaint();
                }
            });
        self.axis = Some(axis);
        self.cache = Some((fp, layout));
        actions
    }

    /// The axis of this frame: the last one (a fit of `shown` when asked),
    /// `width` wide, centred on the day a button asked for.
    fn frame_axis(&mut self, shown: &[&ReviewedLeg], width: f32) -> Axis {
        let mut axis = match self.axis {
            Some(a) if !self.fit => a,
            _ => fit_axis(&layout_visits(shown), width, &self.style),
        };
        self.fit = false;
        axis.width = (width - axis.x0 - 16.0).max(50.0);
        if let Some(day) = self.center.take() {
            axis.start = day - f64::from(axis.width) / 2.0 / axis.px_per_day;
        }
        axis
    }

    /// Fit all, Today, Selection, zoom buttons, the count of legs shown of
    /// `total`, and the legend.
    fn toolbar(
        &mut self,
        ui: &mut egui::Ui,
        total: usize,
        shown: &[&ReviewedLeg],
        selected_index: Option<usize>,
    ) {
        use crate::ui::tr::{tr, tr_plain_args, weak};
        // Wrapped: in a narrow window the legend goes to a second line.
        crate::ui::tr::row_wrapped(ui, |ui| {
            if ui
                .button(tr(ui, "timeline-fit-all"))
                .on_hover_text(crate::ui::tr::hover(ui, "timeline-fit-all-hover"))
                .clicked()
            {
                self.fit = true;
            }
            if ui
                .button(tr(ui, "timeline-today"))
                .on_hover_text(crate::ui::tr::hover(ui, "timeline-today-hover"))
                .clicked()
            {
                self.center = Some(day_number(chrono::Local::now().date_naive()) + 0.5);
            }
            let sel_day = selected_index.and_then(|i| shown[i].visit.date.map(day_number));
            if ui
                .add_enabled(
                    sel_day.is_some(),
                    egui::Button::new(tr(ui, "timeline-selection")),
                )
                .on_hover_text(crate::ui::tr::hover(ui, "timeline-selection-hover"))
                .clicked()
            {
                self.center = sel_day.map(|d| d + 0.5);
            }
            if ui
                .button("−")
                .on_hover_text(crate::ui::tr::hover(ui, "view-zoom-out"))
                .clicked()
                && let Some(a) = &mut self.axis
            {
                a.zoom(1.0 / 1.5, a.x0 + a.width / 2.0);
            }
            if ui
                .button("+")
                .on_hover_text(crate::ui::tr::hover(ui, "view-zoom-in"))
                .clicked()
                && let Some(a) = &mut self.axis
            {
                a.zoom(1.5, a.x0 + a.width / 2.0);
            }
            let hidden = total - shown.len();
            let mut count =
                tr_plain_args(ui, "timeline-legs", &crate::ui::status::count(shown.len()));
            if hidden > 0 {
                count.push(' ');
                count.push_str(&tr_plain_args(
                    ui,
                    "timeline-hidden",
                    &crate::ui::status::count(hidden),
                ));
            }
            ui.label(weak(ui, &count));
            legend(ui, self.style.marker_radius);
        });
    }

    /// Draws the marks of `layout` (those in view), records where they are,
    /// and makes each clickable, with its tooltip and context menu.
    fn draw_marks(
        &mut self,
        ui: &mut egui::Ui,
        at: &Marks,
        layout: &Layout,
        shown: &[&ReviewedLeg],
        actions: &mut Vec<Command>,
    ) {
        let style = self.style;
        for (i, m) in layout.marks.iter().enumerate() {
            let leg = shown[m.visit];
            let r = style.marker_radius;
            let pos = at.origin + vec2(m.x, m.y);
            let mut rect = Rect::from_min_max(
                pos2(at.origin.x + m.label_x.0, pos.y - r - 3.0),
                pos2(at.origin.x + m.label_x.1, pos.y + r + 30.0),
            )
            .union(Rect::from_center_size(pos, Vec2::splat(2.0 * r + 6.0)));
            if let Some((a, b)) = m.range {
                rect = rect.union(Rect::from_x_y_ranges(
                    at.origin.x + a..=at.origin.x + b,
                    pos.y - 4.0..=pos.y + 4.0,
                ));
            }
            let is_sel = Some(i) == at.selected;
            if rect.expand(2.0 * r).intersects(at.clip) {
                draw_mark(ui, &at.painter, m, leg, pos, &style, is_sel);
            }
            self.drawn.push(DrawnMark {
                key: leg.key.clone(),
                pos,
                rect,
            });
            if at.follow && is_sel {
                ui.scroll_to_rect(rect, None);
            }
            let rect = rect.intersect(at.clip);
            if !rect.is_positive() {
                continue;
            }
            let id = at.id.with(("timeline-leg", leg.key.as_str()));
            let resp = ui.interact(rect, id, Sense::click());
            let label = leg_label(&leg.visit);
            resp.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, is_sel, &label)
            });
            let resp = resp.on_hover_ui(|ui| leg_tooltip(ui, leg));
            if resp.clicked() {
                actions.push(Command::SelectLeg(leg.key.clone()));
            }
            resp.context_menu(|ui| leg_menu(ui, leg, actions));
        }
    }
}

/// Where and how the marks are drawn in this frame.
struct Marks {
    /// Clipped to the marks' area (right of the names, below the axis band).
    painter: egui::Painter,
    clip: Rect,
    /// The timeline's top left on screen.
    origin: Pos2,
    /// The timeline's widget id (each mark's id derives from it).
    id: egui::Id,
    /// Index of the selected leg among those shown.
    selected: Option<usize>,
    /// Scroll the selected mark into view.
    follow: bool,
}

/// Zoom (Ctrl+wheel, pinch) around the pointer; pan by dragging or
/// horizontal scrolling. True when `axis` changed.
fn pan_and_zoom(ui: &egui::Ui, response: &egui::Response, axis: &mut Axis) -> bool {
    let origin = response.rect.min;
    let mut changed = false;
    if let Some(p) = response.hover_pos() {
        let (zoom, scroll_x) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta.x));
        if zoom != 1.0 {
            axis.zoom(f64::from(zoom), p.x - origin.x);
            changed = true;
        }
        if scroll_x != 0.0 {
            axis.pan(scroll_x);
            changed = true;
        }
    }
    if response.dragged() {
        let dx = response.drag_delta().x;
        if dx != 0.0 {
            axis.pan(dx);
            changed = true;
        }
    }
    changed
}

/// What [`Layout::new`] reads of the shown legs, without the evidence texts
/// and counterparts (cheap to clone).
fn layout_visits(shown: &[&ReviewedLeg]) -> Vec<Visit> {
    shown
        .iter()
        .map(|l| {
            let v = &l.visit;
            Visit {
                visitor: v.visitor.clone(),
                place: v.place.clone(),
                date: v.date,
                date_text: None,
                date_edtf: None,
                date_hijri: None,
                status: v.status,
                counterparts: Vec::new(),
                trip: v.trip.clone(),
                evidence: Vec::new(),
                confidence: v.confidence,
                rules: Vec::new(),
            }
        })
        .collect()
}

/// A hash of everything the layout depends on: the axis, the style and, per
/// shown leg, the fields [`Layout::new`] reads (visitor names and role,
/// place, date, status, trip).
fn fingerprint(shown: &[&ReviewedLeg], axis: &Axis, style: &Style) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for f in [axis.start, axis.px_per_day] {
        f.to_bits().hash(&mut h);
    }
    for f in [
        axis.x0,
        axis.width,
        style.name_column,
        style.row_height,
        style.gutter,
    ] {
        f.to_bits().hash(&mut h);
    }
    style.names.hash(&mut h);
    shown.len().hash(&mut h);
    for l in shown {
        let v = &l.visit;
        v.visitor.name_ar.hash(&mut h);
        v.visitor.name_en.hash(&mut h);
        v.visitor.role.hash(&mut h);
        v.place.country.hash(&mut h);
        v.place.city.hash(&mut h);
        v.place.name_ar.hash(&mut h);
        v.date.hash(&mut h);
        v.status.hash(&mut h);
        v.trip
            .as_ref()
            .map(|t| (&t.id, t.ordinal, t.leg))
            .hash(&mut h);
    }
    h.finish()
}

/// The status legend in the toolbar.
fn legend(ui: &mut egui::Ui, r: f32) {
    let grey = ui.visuals().weak_text_color();
    let bg = ui.visuals().extreme_bg_color;
    for (name, style) in [
        ("occurred", MarkStyle::Solid),
        ("planned", MarkStyle::Outlined),
        ("cancelled", MarkStyle::StruckThrough),
    ] {
        let (rect, _) = ui.allocate_exact_size(Vec2::splat(2.0 * r + 6.0), Sense::hover());
        marker(ui.painter(), rect.center(), r, style, grey, bg);
        let name = match name {
            "occurred" => crate::ui::tr::tr_plain(ui, "leg-status-occurred"),
            "planned" => crate::ui::tr::tr_plain(ui, "leg-status-planned"),
            _ => crate::ui::tr::tr_plain(ui, "leg-status-cancelled"),
        };
        ui.label(crate::ui::tr::weak(ui, &name));
    }
    let (rect, _) = ui.allocate_exact_size(vec2(28.0, 2.0 * r), Sense::hover());
    range_bar(
        ui.painter(),
        rect.left(),
        rect.right(),
        rect.center().y,
        grey,
    );
    let note = crate::ui::tr::tr_plain(ui, "timeline-no-date");
    // Whole on the next line of the wrapped toolbar, not cut between words.
    ui.add(egui::Label::new(crate::ui::tr::weak(ui, &note)).wrap_mode(egui::TextWrapMode::Extend));
}

/// A leg's marker: solid, outlined or struck through.
fn marker(painter: &egui::Painter, c: Pos2, r: f32, style: MarkStyle, color: Color32, bg: Color32) {
    match style {
        MarkStyle::Solid => painter.circle(c, r, color, Stroke::new(1.5, color)),
        MarkStyle::Outlined => painter.circle(c, r, bg, Stroke::new(2.0, color)),
        MarkStyle::StruckThrough => {
            painter.circle(c, r, CANCELLED_FILL, Stroke::new(1.5, color));
            painter.line_segment(
                [c + vec2(-r - 2.0, r + 2.0), c + vec2(r + 2.0, -r - 2.0)],
                Stroke::new(1.5, STRIKE),
            )
        }
    };
}

/// The dashed bar of an undated leg's range.
fn range_bar(painter: &egui::Painter, a: f32, b: f32, y: f32, color: Color32) {
    painter.extend(Shape::dashed_line(
        &[pos2(a, y), pos2(b, y)],
        Stroke::new(3.0, color.gamma_multiply(0.45)),
        4.0,
        3.0,
    ));
}

/// Where and with what the timeline is painted: what [`draw`] and
/// [`draw_band`] share.
#[derive(Clone, Copy)]
struct Canvas<'a> {
    ui: &'a egui::Ui,
    painter: &'a egui::Painter,
    layout: &'a Layout,
    style: &'a Style,
    /// Top left of the timeline's content.
    origin: Pos2,
    /// The visible part.
    clip: Rect,
    full_width: f32,
}

impl Canvas<'_> {
    /// The visuals, the text colour and the weak text colour.
    fn colors(&self) -> (&egui::Visuals, Color32, Color32) {
        let v = self.ui.visuals();
        (v, v.text_color(), v.weak_text_color())
    }

    /// The right edge, in screen coordinates.
    fn right(&self) -> f32 {
        self.origin.x + self.full_width
    }
}

/// Lanes, names, the undated gutter, the axis and trip brackets.
fn draw(canvas: &Canvas<'_>) {
    let Canvas {
        painter,
        layout,
        style,
        origin,
        clip,
        ..
    } = *canvas;
    let (v, _, weak) = canvas.colors();
    let at = |x: f32, y: f32| origin + vec2(x, y);
    let bottom = origin.y + layout.height.max(clip.bottom() - origin.y);
    let right = canvas.right();

    // Lanes.
    for (i, lane) in layout.lanes.iter().enumerate() {
        if i % 2 == 1 {
            painter.rect_filled(
                Rect::from_min_max(at(0.0, lane.top), pos2(right, origin.y + lane.bottom)),
                0.0,
                v.faint_bg_color,
            );
        }
    }

    // Undated gutter.
    if layout.has_gutter {
        let (g0, g1) = layout.gutter_x;
        painter.rect_filled(
            Rect::from_min_max(at(g0, style.axis_height), pos2(origin.x + g1, bottom)),
            0.0,
            v.extreme_bg_color.lerp_to_gamma(weak, 0.12),
        );
    }

    // Grid lines (the labels are drawn in the sticky band below).
    let axis = &layout.axis;
    let plot = axis.x0..=axis.x0 + axis.width;
    for t in layout.ticks.iter().filter(|t| plot.contains(&t.x)) {
        let c = if t.major {
            weak.gamma_multiply(0.55)
        } else {
            weak.gamma_multiply(0.25)
        };
        painter.vline(
            origin.x + t.x,
            origin.y + style.axis_height - 6.0..=bottom,
            Stroke::new(1.0, c),
        );
    }

    // Trip brackets.
    for t in &layout.trips {
        let color = PALETTE[t.lane % PALETTE.len()].gamma_multiply(0.6);
        painter.add(Shape::line(
            vec![
                at(t.x_start, t.y + 5.0),
                at(t.x_start, t.y),
                at(t.x_end, t.y),
                at(t.x_end, t.y + 5.0),
            ],
            Stroke::new(1.0, color),
        ));
        // Kept in view: right of the names, left of the view's right edge.
        let label_color = PALETTE[t.lane % PALETTE.len()];
        let label = trip_label(canvas.ui, t);
        let font = FontId::proportional(10.0);
        let galley = if is_rtl(&label) {
            let job = crate::ui::bidi_line::layout_job(&label, &font, Some(label_color));
            painter.layout_job(job)
        } else {
            let plain = label.replace(['\u{2068}', '\u{2069}'], "");
            painter.layout_no_wrap(plain, font, label_color)
        };
        let shown = painter.clip_rect().intersect(clip);
        let view = (
            (shown.left() - origin.x).max(style.name_column),
            shown.right() - origin.x,
        );
        let x = crate::timeline::trip_label_x(t.x_start, t.x_end, galley.size().x, view);
        let top = at(x, t.y - 2.0) - vec2(0.0, galley.size().y);
        painter.galley(top, galley, label_color);
    }

    draw_names(canvas, bottom);
}

/// The names column (English and Arabic name, role of each lane), over
/// anything scrolled under it, down to `bottom`.
fn draw_names(canvas: &Canvas<'_>, bottom: f32) {
    let Canvas {
        painter,
        layout,
        style,
        origin,
        clip,
        ..
    } = *canvas;
    let (_, text, weak) = canvas.colors();
    let at = |x: f32, y: f32| origin + vec2(x, y);
    let names = Rect::from_min_max(
        pos2(origin.x, origin.y),
        pos2(origin.x + style.name_column, bottom),
    );
    let names_painter = painter.with_clip_rect(names.intersect(clip));
    for (i, lane) in layout.lanes.iter().enumerate() {
        let color = PALETTE[i % PALETTE.len()];
        let room = style.name_column - 24.0;
        let en = lane.name_en.as_deref().unwrap_or(&lane.name_ar);
        paint_elided(
            &names_painter,
            (at(12.0, lane.top + 10.0), Align2::LEFT_TOP),
            en,
            &font_for(en, 14.0),
            color,
            room,
        );
        let ar_font = FontId::new(15.0, FontFamily::Name(ARTICLE_FAMILY.into()));
        paint_elided(
            &names_painter,
            (
                at(style.name_column - 12.0, lane.top + 28.0),
                Align2::RIGHT_TOP,
            ),
            &lane.name_ar,
            &ar_font,
            text,
            room,
        );
        if let Some(role) = &lane.role {
            // In Arabic the role as Arabic news writes it, under the Arabic
            // name, right-aligned like it.
            let lang = crate::ui::tr::lang(canvas.ui.ctx());
            let role = crate::i18n::role_name(lang, role);
            let font = font_for(&role, 10.0);
            let (x, align) = match lang {
                crate::i18n::Lang::Ar => (style.name_column - 12.0, Align2::RIGHT_TOP),
                crate::i18n::Lang::En => (12.0, Align2::LEFT_TOP),
            };
            paint_elided(
                &names_painter,
                (at(x, lane.top + 56.0), align),
                &role,
                &font,
                weak,
                room,
            );
        }
    }
}

/// The axis band (tick labels), kept at the top of the visible area when the
/// lanes scroll, painted over the marks.
fn draw_band(canvas: &Canvas<'_>) {
    let Canvas {
        painter,
        layout,
        style,
        origin,
        clip,
        ..
    } = *canvas;
    let (v, text, weak) = canvas.colors();
    let axis = &layout.axis;
    let right = canvas.right();
    // The axis band stays at the top of the visible area when scrolling.
    let band_top = clip.top().max(origin.y);
    let band = Rect::from_min_max(
        pos2(origin.x, band_top),
        pos2(right, band_top + style.axis_height),
    );
    painter.rect_filled(band, 0.0, v.panel_fill);
    painter.hline(
        origin.x + axis.x0..=origin.x + axis.x0 + axis.width,
        band.bottom(),
        Stroke::new(1.0, weak),
    );
    let band_painter = painter.with_clip_rect(
        Rect::from_x_y_ranges(origin.x + axis.x0..=right, band.y_range()).intersect(clip),
    );
    for t in &layout.ticks {
        band_painter.vline(
            origin.x + t.x,
            band.bottom() - 6.0..=band.bottom(),
            Stroke::new(1.0, weak),
        );
        // In Arabic the month is a word of the article font, laid out
        // right to left («10 يونيو»).
        paint_rtl(
            &band_painter,
            pos2(origin.x + t.x + 3.0, band.top() + 18.0),
            Align2::LEFT_BOTTOM,
            &t.label,
            &font_for(&t.label, 11.0),
            text,
        );
    }
    if layout.has_gutter {
        let (g0, g1) = layout.gutter_x;
        let undated = crate::ui::tr::tr_plain(canvas.ui, "leg-undated");
        paint_rtl(
            painter,
            pos2(origin.x + (g0 + g1) / 2.0, band.top() + 18.0),
            Align2::CENTER_BOTTOM,
            &undated,
            &font_for(&undated, 10.0),
            weak,
        );
    }
}

/// A trip's bracket label in the interface language: "Trip 5", «الجولة 5».
fn trip_label(ui: &egui::Ui, t: &crate::timeline::TripSpan) -> String {
    match t.ordinal {
        Some(n) => {
            crate::ui::tr::tr_plain_args(ui, "timeline-trip-n", &[("n", n.to_string().into())])
        }
        None => crate::ui::tr::tr_plain(ui, "timeline-trip"),
    }
}

/// One leg: range bar, marker, place label and country code, the edited dot
/// and the selection ring.
fn draw_mark(
    ui: &egui::Ui,
    painter: &egui::Painter,
    m: &crate::timeline::Mark,
    leg: &ReviewedLeg,
    pos: Pos2,
    style: &Style,
    selected: bool,
) {
    let v = ui.visuals();
    let color = PALETTE[m.lane % PALETTE.len()];
    let r = style.marker_radius;
    let dx = pos.x - m.x;
    if let Some((a, b)) = m.range {
        range_bar(painter, dx + a, dx + b, pos.y, color);
    }
    if selected {
        painter.circle_filled(pos, r + 4.0, v.selection.bg_fill.gamma_multiply(0.6));
        painter.circle_stroke(pos, r + 4.0, Stroke::new(2.0, v.selection.stroke.color));
    }
    marker(painter, pos, r, m.style, color, v.extreme_bg_color);
    let font = if is_rtl(&m.label) {
        FontId::new(LABEL_SIZE, FontFamily::Name(ARTICLE_FAMILY.into()))
    } else {
        FontId::proportional(LABEL_SIZE)
    };
    // The label's centre: under the marker, unless the layout moved it out
    // of the names column.
    let label_x = dx + (m.label_x.0 + m.label_x.1) / 2.0;
    let label_rect = paint_rtl(
        painter,
        pos2(label_x, pos.y + r + 1.0),
        Align2::CENTER_TOP,
        &m.label,
        &font,
        v.text_color(),
    );
    // Naskh's line box has room for deep descenders that place names rarely
    // use: tuck the code closer under Arabic labels.
    let tuck = match (is_rtl(&m.label), is_rtl(&m.code)) {
        (true, false) => 6.0,
        (true, true) => 3.0,
        _ => 2.0,
    };
    // The country, in the label's language (an Arabic one through the bidi
    // layout).
    paint_rtl(
        painter,
        pos2(label_x, label_rect.bottom() - tuck),
        Align2::CENTER_TOP,
        &m.code,
        &font_for(&m.code, 10.0),
        v.weak_text_color(),
    );
    if m.style == MarkStyle::StruckThrough {
        painter.hline(
            label_rect.left() - 2.0..=label_rect.right() + 2.0,
            label_rect.center().y,
            Stroke::new(1.5, STRIKE),
        );
    }
    if leg.edited || leg.added || leg.merged || leg.split {
        // The analyst changed this leg: a small orange dot at its top right.
        painter.circle(
            pos + vec2(r * 0.9, -r * 0.9),
            3.0,
            EDITED,
            Stroke::new(1.0, v.extreme_bg_color),
        );
    }
}
