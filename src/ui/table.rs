//! The table of legs: the same reviewed legs as the timeline,
//! as sortable rows, with the filter bar that edits the [`LegFilter`] the app
//! shares with the timeline.
//!
//! Rows are painted directly (one clickable strip per row) inside a
//! `ScrollArea::show_rows`, so only the visible rows cost anything, even with
//! tens of thousands of legs.

use std::cmp::Ordering;

use chrono::NaiveDate;
use eframe::egui::{self, Align2, Color32, Rect, Sense, Stroke, pos2, vec2};

use crate::i18n::{self, Lang};
use crate::model::Status;
use crate::review::fields::parse_date;
use crate::review::filter::{LegFilter, country_choices, file_name, visitor_choices};
use crate::review::{LegKey, ReviewedLeg};
use crate::timeline::visitor_key;
use crate::ui::Command;
use crate::ui::bidi_line::{font_for, paint_rtl};
use crate::ui::legs::{EDITED, PALETTE, is_selected, leg_label, leg_menu};
use crate::ui::tr::{text, tr, tr_plain};

/// A column of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Visitor,
    Role,
    Place,
    Country,
    Date,
    Status,
    Counterparts,
    Sources,
    Confidence,
}

impl Column {
    /// Every column, in display order.
    pub const ALL: [Column; 9] = [
        Column::Visitor,
        Column::Role,
        Column::Place,
        Column::Country,
        Column::Date,
        Column::Status,
        Column::Counterparts,
        Column::Sources,
        Column::Confidence,
    ];

    /// Header text, in the interface language.
    pub fn title(self, lang: Lang) -> String {
        match self {
            Column::Visitor => i18n::tr(lang, "column-visitor"),
            Column::Role => i18n::tr(lang, "column-role"),
            Column::Place => i18n::tr(lang, "column-place"),
            Column::Country => i18n::tr(lang, "column-country"),
            Column::Date => i18n::tr(lang, "column-date"),
            Column::Status => i18n::tr(lang, "column-status"),
            Column::Counterparts => i18n::tr(lang, "column-counterparts"),
            Column::Sources => i18n::tr(lang, "column-sources"),
            Column::Confidence => i18n::tr(lang, "column-confidence"),
        }
    }

    /// Least width in points, when the table is narrower than the columns'
    /// natural widths (the Date column keeps its whole date, with its Hijri
    /// date when `hijri`).
    fn min_width(self, hijri: bool) -> f32 {
        match self {
            Column::Date if hijri => HIJRI_DATE_MIN,
            Column::Visitor => 120.0,
            Column::Role => 70.0,
            Column::Place => 80.0,
            Column::Country => 70.0,
            Column::Date => 170.0,
            Column::Status => 70.0,
            Column::Counterparts => 120.0,
            Column::Sources => 100.0,
            Column::Confidence => 70.0,
        }
    }

    /// Natural width in points (the Date column's, with View ▸ Hijri dates
    /// on when `hijri`: room for both dates and the date as written).
    fn width(self, hijri: bool) -> f32 {
        match self {
            Column::Date if hijri => HIJRI_DATE_WIDTH,
            Column::Visitor => 230.0,
            Column::Role => 170.0,
            Column::Place => 170.0,
            Column::Country => 110.0,
            Column::Date => 190.0,
            Column::Status => 80.0,
            Column::Counterparts => 220.0,
            Column::Sources => 200.0,
            Column::Confidence => 80.0,
        }
    }
}

/// The columns' widths in a table `available` wide: their natural widths
/// when they fit, else each shrunk by the same share of what it can give
/// (down to its least width), so that the first columns and the Date stay
/// in view as long as they can.
pub fn column_widths(available: f32, hijri: bool) -> [f32; Column::ALL.len()] {
    let natural: f32 = Column::ALL.iter().map(|c| c.width(hijri)).sum();
    let least: f32 = Column::ALL.iter().map(|c| c.min_width(hijri)).sum();
    let share = if natural <= available {
        0.0
    } else {
        ((natural - available) / (natural - least)).min(1.0)
    };
    Column::ALL.map(|c| c.width(hijri) - share * (c.width(hijri) - c.min_width(hijri)))
}

/// The Date column's least width with the Hijri date shown
/// ("2024-06-10 · 1445-12-04 AH" is about 165 points at 13 points).
const HIJRI_DATE_MIN: f32 = 180.0;
/// Its natural width then: room besides for the date as written.
const HIJRI_DATE_WIDTH: f32 = 300.0;

/// What Arabic sorting ignores at the start of a word: the article «ال»
/// (`assets/i18n/sort_ignored_ar.txt`, one prefix a line after its `#` header).
const SORT_IGNORED_AR: &str = include_str!("../../assets/i18n/sort_ignored_ar.txt");

/// The prefixes of [`SORT_IGNORED_AR`].
fn sort_ignored() -> impl Iterator<Item = &'static str> {
    (SORT_IGNORED_AR.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// `word` as it sorts: without a prefix Arabic sorting ignores (the
/// article), when two letters or more are left.
fn sort_word(word: &str) -> &str {
    sort_ignored()
        .find_map(|prefix| {
            word.strip_prefix(prefix)
                .filter(|rest| rest.chars().count() >= 2)
        })
        .unwrap_or(word)
}

/// What a row is sorted by in one column: legs missing the value (no date,
/// no role) after the others, then text, then number.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SortKey {
    missing: bool,
    text: String,
    number: f64,
}

impl SortKey {
    /// The key of a text: its words without the article «ال» (as UN
    /// Arabic lists sort: «الأردن» under أ; [`sort_word`]), folded as the
    /// find bar folds Arabic (alef forms, ta marbuta, harakat) and Latin
    /// case, so that «إسرائيل» sorts among the alefs and "cairo" with "Cairo".
    fn text(s: Option<&str>) -> SortKey {
        SortKey {
            missing: s.is_none(),
            text: s
                .map(|s| {
                    let words: Vec<&str> = s.split(' ').map(sort_word).collect();
                    (words.join(" ").chars())
                        .filter_map(crate::bidi_layout::fold::fold_char)
                        .collect()
                })
                .unwrap_or_default(),
            number: 0.0,
        }
    }

    fn number(n: Option<f64>) -> SortKey {
        SortKey {
            missing: n.is_none(),
            text: String::new(),
            number: n.unwrap_or(0.0),
        }
    }

    /// The key of `leg` in `column` of the table in `lang`: its text
    /// columns sort by the text they show in that language (a country by
    /// its name, not its ISO code).
    pub fn of(leg: &ReviewedLeg, column: Column, lang: Lang) -> SortKey {
        let v = &leg.visit;
        match (column, lang) {
            (Column::Visitor, Lang::En) => SortKey::text(Some(&visitor_key(v))),
            (Column::Visitor, Lang::Ar) => {
                SortKey::text(Some(&i18n::person_name(lang, &v.visitor)))
            }
            (Column::Role, _) => SortKey::text(
                v.visitor
                    .role
                    .as_deref()
                    .map(|r| i18n::role_name(lang, r))
                    .as_deref(),
            ),
            (Column::Place, Lang::En) => SortKey::text(Some(&crate::timeline::place_label(v))),
            (Column::Place, Lang::Ar) => SortKey::text(Some(&i18n::place_parts(lang, &v.place).0)),
            (Column::Country, _) => {
                SortKey::text(Some(&i18n::country_name(lang, &v.place.country)))
            }
            (Column::Date, _) => SortKey::number(v.date.map(crate::timeline::day_number)),
            (Column::Status, _) => SortKey::number(Some(v.status as u8 as f64)),
            (Column::Counterparts, _) => SortKey::number(Some(v.counterparts.len() as f64)),
            (Column::Sources, _) => SortKey::text(v.evidence.first().map(|e| file_name(&e.path))),
            (Column::Confidence, _) => SortKey::number(Some(f64::from(v.confidence))),
        }
    }

    /// Ascending order.
    pub fn compare(&self, other: &SortKey) -> Ordering {
        self.missing
            .cmp(&other.missing)
            .then_with(|| self.text.cmp(&other.text))
            .then_with(|| self.number.total_cmp(&other.number))
    }
}

/// The table's own state: sort order, the text of the date fields while
/// they are typed, and the selection seen last frame.
#[derive(Debug)]
pub struct TablePanel {
    sort: Column,
    ascending: bool,
    from_text: String,
    to_text: String,
    last_selected: Option<LegKey>,
    /// Keys of the rows in display order, as of the last frame.
    rows: Vec<LegKey>,
    /// The rows fully visible last frame (a selection inside needs no scroll).
    visible: std::ops::Range<usize>,
    /// Show the Hijri date beside the Gregorian one (View ▸ Hijri dates).
    pub hijri: bool,
}

impl Default for TablePanel {
    fn default() -> Self {
        TablePanel {
            sort: Column::Date,
            ascending: true,
            from_text: String::new(),
            to_text: String::new(),
            last_selected: None,
            rows: Vec::new(),
            visible: 0..0,
            hijri: false,
        }
    }
}

/// Height of a row.
const ROW_HEIGHT: f32 = 24.0;

impl TablePanel {
    /// A table sorted by date, ascending.
    pub fn new() -> TablePanel {
        TablePanel::default()
    }

    /// Sort by `column`; the same column twice flips the direction (as a
    /// header click does).
    pub fn sort_by(&mut self, column: Column) {
        if self.sort == column {
            self.ascending = !self.ascending;
        } else {
            self.sort = column;
            self.ascending = true;
        }
    }

    /// The current sort column and direction (`true` = ascending).
    pub fn sort(&self) -> (Column, bool) {
        (self.sort, self.ascending)
    }

    /// The keys of the rows in display order, as of the last frame.
    pub fn rows(&self) -> &[LegKey] {
        &self.rows
    }

    /// Indices into `legs` of the rows shown in the table in `lang`, in
    /// display order.
    pub fn row_order(&self, legs: &[ReviewedLeg], filter: &LegFilter, lang: Lang) -> Vec<usize> {
        // One key per row, then a stable sort: ties keep the engine order.
        let mut keyed: Vec<(SortKey, usize)> = filter
            .indices(legs)
            .into_iter()
            .map(|i| (SortKey::of(&legs[i], self.sort, lang), i))
            .collect();
        keyed.sort_by(|(a, _), (b, _)| {
            let o = a.compare(b);
            if self.ascending { o } else { o.reverse() }
        });
        keyed.into_iter().map(|(_, i)| i).collect()
    }

    /// Draws the filter bar (editing `filter`) and the table of the legs that
    /// pass it, `selected` highlighted and kept in view.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        legs: &[ReviewedLeg],
        filter: &mut LegFilter,
        selected: Option<&LegKey>,
    ) -> Vec<Command> {
        let mut actions = Vec::new();
        self.filter_bar(ui, legs, filter);
        ui.separator();

        let order = self.row_order(legs, filter, crate::ui::tr::lang(ui.ctx()));
        self.rows = order.iter().map(|&i| legs[i].key.clone()).collect();
        let sel_row = order.iter().position(|&i| is_selected(&legs[i], selected));
        let sel_key = sel_row.map(|r| self.rows[r].clone());
        let follow = sel_key.is_some() && sel_key != self.last_selected;
        self.last_selected = sel_key;

        let widths = column_widths(ui.available_width(), self.hijri);
        let total: f32 = widths.iter().sum();
        // In Arabic the first columns are on the right: a table wider than
        // the panel starts scrolled to its right end (its own scroll state,
        // so that switching language does not keep the English offset).
        let rtl = crate::ui::tr::rtl(ui);
        egui::ScrollArea::horizontal()
            .id_salt(if rtl {
                "legs-table-h-rtl"
            } else {
                "legs-table-h"
            })
            .stick_to_right(rtl)
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_min_width(total);
                self.header(ui, &widths);
                ui.separator();
                if order.is_empty() {
                    ui.label(crate::ui::tr::weak(ui, &tr_plain(ui, "table-none-pass")));
                    return;
                }
                let scroll = egui::ScrollArea::vertical()
                    .id_salt("legs-table-v")
                    .auto_shrink([false, false]);
                let scroll = match (follow, sel_row) {
                    (true, Some(r)) if !self.visible.contains(&r) => {
                        let spacing = ui.spacing().item_spacing.y;
                        let y = r as f32 * (ROW_HEIGHT + spacing);
                        scroll.vertical_scroll_offset((y - 3.0 * ROW_HEIGHT).max(0.0))
                    }
                    _ => scroll,
                };
                let mut visible = 0..0;
                let hijri = self.hijri;
                let out = scroll.show_rows(ui, ROW_HEIGHT, order.len(), |ui, range| {
                    // show_rows also lays out the partly visible edge rows.
                    visible = range.start + 1..range.end.saturating_sub(1);
                    for r in range {
                        let leg = &legs[order[r]];
                        let (rect, resp) =
                            ui.allocate_exact_size(vec2(total, ROW_HEIGHT), Sense::click());
                        let is_sel = Some(r) == sel_row;
                        let label = leg_label(&leg.visit);
                        resp.widget_info(|| {
                            egui::WidgetInfo::selected(egui::Role::Row, true, is_sel, &label)
                        });
                        let cut =
                            paint_row(ui, rect, &widths, leg, r, (is_sel, resp.hovered()), hijri);
                        // A cell cut with "…" shows its whole text on hover.
                        let pointer = resp.hover_pos();
                        let hovered_cut = cut
                            .into_iter()
                            .find(|(cell, _)| pointer.is_some_and(|p| cell.contains(p)));
                        let resp = match hovered_cut {
                            Some((_, whole)) => {
                                resp.on_hover_text(crate::ui::tr::hover_text(ui, &whole))
                            }
                            None => resp,
                        };
                        if resp.clicked() {
                            actions.push(Command::SelectLeg(leg.key.clone()));
                        }
                        resp.context_menu(|ui| leg_menu(ui, leg, &mut actions));
                    }
                });
                self.visible = visible;
                // Arrow keys walk the rows while the pointer is over the
                // table and no text field is being typed in.
                if ui.rect_contains_pointer(out.inner_rect) && !ui.ctx().egui_wants_keyboard_input()
                {
                    let next = arrow_key_row(ui, sel_row, order.len());
                    if let Some(n) = next {
                        actions.push(Command::SelectLeg(legs[order[n]].key.clone()));
                    }
                }
            });
        actions
    }

    /// The header: a column title per column, click to sort, again to reverse.
    fn header(&mut self, ui: &mut egui::Ui, widths: &[f32]) {
        let lang = crate::ui::tr::lang(ui.ctx());
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = 0.0;
            for i in column_order(lang) {
                let (c, w) = (Column::ALL[i], widths[i]);
                let (rect, resp) = ui.allocate_exact_size(vec2(w, ROW_HEIGHT), Sense::click());
                let title = c.title(lang);
                resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &title));
                let visuals = ui.visuals();
                if resp.hovered() {
                    ui.painter()
                        .rect_filled(rect, 2.0, visuals.widgets.hovered.weak_bg_fill);
                }
                // Titles start where the cells do: left in English, right
                // in Arabic (the sort arrow at the other end).
                let (at, align) = match lang {
                    Lang::En => (rect.left_center() + vec2(4.0, 0.0), Align2::LEFT_CENTER),
                    Lang::Ar => (rect.right_center() - vec2(4.0, 0.0), Align2::RIGHT_CENTER),
                };
                let strong = visuals.strong_text_color();
                paint_rtl(
                    ui.painter(),
                    at,
                    align,
                    &title,
                    &font_for(&title, 13.0),
                    strong,
                );
                if self.sort == c {
                    sort_arrow(ui, rect, self.ascending, lang);
                }
                if resp
                    .on_hover_text(crate::ui::tr::hover(ui, "table-sort-hover"))
                    .clicked()
                {
                    self.sort_by(c);
                }
            }
        });
    }

    /// Visitor and country pickers, status checkboxes, date range, confidence
    /// threshold, search.
    fn filter_bar(&mut self, ui: &mut egui::Ui, legs: &[ReviewedLeg], filter: &mut LegFilter) {
        crate::ui::tr::row_wrapped(ui, |ui| {
            // Names people read: a visitor in both scripts where the people
            // lexicon knows both, a country by its name in the interface
            // language (the filter keeps the key and the ISO code).
            let lang = crate::ui::tr::lang(ui.ctx());
            let all = tr_plain(ui, "filter-all");
            let l = ui.label(tr(ui, "filter-visitor"));
            let visitor = filter
                .visitor
                .as_deref()
                .map_or_else(|| all.clone(), |k| crate::i18n::visitor_names(lang, k));
            egui::ComboBox::from_id_salt("filter-visitor")
                .selected_text(text(ui, &visitor))
                .show_ui(ui, |ui| {
                    // Listed only while the menu is open (costly with many legs).
                    ui.selectable_value(&mut filter.visitor, None, text(ui, &all));
                    for (key, names) in visitor_choices(legs, lang) {
                        ui.selectable_value(&mut filter.visitor, Some(key), text(ui, &names));
                    }
                })
                .response
                .labelled_by(l.id);
            let l = ui.label(tr(ui, "filter-country"));
            let country = filter
                .country
                .as_deref()
                .map_or_else(|| all.clone(), |c| crate::i18n::country_name(lang, c));
            egui::ComboBox::from_id_salt("filter-country")
                .selected_text(text(ui, &country))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut filter.country, None, text(ui, &all));
                    for (code, name) in country_choices(legs, lang) {
                        ui.selectable_value(&mut filter.country, Some(code), text(ui, &name));
                    }
                })
                .response
                .labelled_by(l.id);
            ui.separator();
            for s in Status::ALL {
                let mut on = filter.statuses.contains(&s);
                let name = i18n::status_name(lang, s);
                if crate::ui::tr::checkbox(ui, &mut on, text(ui, &name)).changed() {
                    if on {
                        filter.statuses.insert(s);
                    } else {
                        filter.statuses.remove(&s);
                    }
                }
            }
            ui.separator();
            date_field(
                ui,
                tr(ui, "filter-from"),
                &mut self.from_text,
                &mut filter.from,
            );
            date_field(ui, tr(ui, "filter-to"), &mut self.to_text, &mut filter.to);
            crate::ui::tr::checkbox(ui, &mut filter.keep_undated, tr(ui, "filter-keep-undated"))
                .on_hover_text(crate::ui::tr::hover(ui, "filter-keep-undated-hover"));
            ui.separator();
            let l = ui.label(tr(ui, "filter-search"));
            let current = filter.text.clone();
            crate::ui::bidi_line::text_field(
                ui,
                &current,
                egui::TextEdit::singleline(&mut filter.text)
                    .hint_text(crate::ui::tr::hint(ui, "filter-search-hint", 160.0))
                    .desired_width(160.0),
            )
            .labelled_by(l.id);
            ui.separator();
            ui.add(
                egui::DragValue::new(&mut filter.min_confidence)
                    .range(0.0..=1.0)
                    .speed(0.01)
                    .fixed_decimals(2)
                    .prefix(tr_plain(ui, "filter-confidence-prefix")),
            )
            .on_hover_text(crate::ui::tr::hover(ui, "filter-confidence-hover"));
            if !filter.is_empty() && ui.button(tr(ui, "filter-clear")).clicked() {
                *filter = LegFilter::default();
                self.from_text.clear();
                self.to_text.clear();
            }
        });
    }
}

/// The sort direction of the active column: a small triangle at the right
/// of its header, pointing up for ascending.
fn sort_arrow(ui: &egui::Ui, header: Rect, ascending: bool, lang: Lang) {
    let c = match lang {
        Lang::En => header.right_center() - vec2(12.0, 0.0),
        Lang::Ar => header.left_center() + vec2(12.0, 0.0),
    };
    let (tip, base) = if ascending { (-4.0, 3.0) } else { (4.0, -3.0) };
    ui.painter().add(egui::Shape::convex_polygon(
        vec![
            c + vec2(0.0, tip),
            c + vec2(4.5, base),
            c + vec2(-4.5, base),
        ],
        ui.visuals().strong_text_color(),
        Stroke::NONE,
    ));
}

/// The row the arrow keys pressed this frame move the selection to (from
/// `selected`, or from an end when nothing is selected), among `rows`;
/// `None` when it does not move.
fn arrow_key_row(ui: &egui::Ui, selected: Option<usize>, rows: usize) -> Option<usize> {
    let (down, up) = ui.input(|i| {
        (
            i.key_pressed(egui::Key::ArrowDown),
            i.key_pressed(egui::Key::ArrowUp),
        )
    });
    let next = match (selected, down, up) {
        (Some(r), true, false) => Some((r + 1).min(rows - 1)),
        (Some(r), false, true) => Some(r.saturating_sub(1)),
        (None, true, false) => Some(0),
        (None, false, true) => Some(rows - 1),
        _ => None,
    };
    next.filter(|&n| Some(n) != selected)
}

/// A YYYY-MM-DD field bound to a date of the filter: the filter changes only
/// while the text is a valid date (or empty); otherwise the field turns red.
fn date_field(
    ui: &mut egui::Ui,
    name: egui::WidgetText,
    text: &mut String,
    date: &mut Option<NaiveDate>,
) {
    // Follow changes made elsewhere (e.g. the app reset the filter).
    let parsed = parse_date(text);
    if let Ok(current) = parsed
        && current != *date
    {
        *text = date.map(|d| d.to_string()).unwrap_or_default();
    }
    let l = ui.label(name);
    let invalid = parse_date(text).is_err();
    let mut edit = egui::TextEdit::singleline(text)
        .hint_text("YYYY-MM-DD")
        .desired_width(100.0);
    if invalid {
        edit = edit.text_color(ui.visuals().error_fg_color);
    }
    let resp = ui.add(edit).labelled_by(l.id);
    match parse_date(text) {
        Ok(d) => *date = d,
        Err(e) => {
            resp.on_hover_text(crate::ui::tr::hover_styled(
                ui,
                &crate::ui::tr::message_plain(ui, &e),
                Some(ui.visuals().error_fg_color),
            ));
        }
    }
}

/// One row: background (stripe, hover, selection), then each cell clipped to
/// its column.
/// The order the columns are laid out in, left to right, as indices into
/// [`Column::ALL`]: as listed in English, reversed in Arabic (the Visitor
/// column on the right).
pub fn column_order(lang: Lang) -> Vec<usize> {
    let order = 0..Column::ALL.len();
    match lang {
        Lang::En => order.collect(),
        Lang::Ar => order.rev().collect(),
    }
}

/// Paints one row; returns the cells whose text was cut with "…", with
/// their whole text.
fn paint_row(
    ui: &egui::Ui,
    rect: Rect,
    widths: &[f32],
    leg: &ReviewedLeg,
    row: usize,
    (selected, hovered): (bool, bool),
    hijri: bool,
) -> Vec<(Rect, String)> {
    let v = ui.visuals();
    let painter = ui.painter();
    let lang = crate::ui::tr::lang(ui.ctx());
    if selected {
        painter.rect_filled(rect, 2.0, v.selection.bg_fill);
    } else if hovered {
        painter.rect_filled(rect, 2.0, v.widgets.hovered.weak_bg_fill);
    } else if row % 2 == 1 {
        painter.rect_filled(rect, 0.0, v.faint_bg_color);
    }
    let text = if selected {
        v.selection.stroke.color
    } else {
        v.text_color()
    };
    let colors = RowColors {
        text,
        weak: v.weak_text_color(),
        error: v.error_fg_color,
    };
    let mut x = rect.left();
    let mut cut = Vec::new();
    for i in column_order(lang) {
        let (c, w) = (Column::ALL[i], widths[i]);
        let cell = Rect::from_min_size(pos2(x, rect.top()), vec2(w, rect.height()))
            .shrink2(vec2(4.0, 0.0));
        x += w;
        let p = painter.with_clip_rect(cell.intersect(painter.clip_rect()));
        if let Some(whole) = paint_cell(&p, cell, c, leg, &colors, (hijri, lang)) {
            cut.push((cell, whole));
        }
    }
    cut
}

/// The colours of a row's text: normal (or selected), weak, and the
/// strike-through of a cancelled leg.
struct RowColors {
    text: Color32,
    weak: Color32,
    error: Color32,
}

/// One cell of `leg`'s row. Its main text starts where the interface reads
/// from (left in English, right in Arabic) and is cut with "…" when the
/// column is too narrow; the other script goes at the other end when it
/// fits. Returns the main text when it was cut.
#[allow(
    clippy::too_many_lines,
    reason = "one arm per column, each a few lines; splitting them would scatter the columns"
)]
fn paint_cell(
    p: &egui::Painter,
    cell: Rect,
    column: Column,
    leg: &ReviewedLeg,
    colors: &RowColors,
    (hijri, lang): (bool, Lang),
) -> Option<String> {
    let RowColors { text, weak, error } = *colors;
    let visit = &leg.visit;
    let mut cut = None;
    // Cut with "…" where the column is too narrow, not at the cell's edge.
    let mut start = |s: &str, color: Color32| {
        let s = crate::ui::bidi_line::clean(s);
        let line =
            crate::ui::bidi_line::BidiLine::elided(p, &s, &font_for(&s, 13.0), color, cell.width());
        if line.elided {
            cut = Some(s.to_string());
        }
        match lang {
            Lang::En => line.paint_at(p, cell.left_center(), Align2::LEFT_CENTER, color),
            Lang::Ar => line.paint_at(p, cell.right_center(), Align2::RIGHT_CENTER, color),
        }
    };
    // The other end of the cell, when `s` fits beside what `first` took:
    // the name or date as the article writes it, in the direction it has
    // there (a date «04/22/ 2024» typed in Arabic reads «2024 /04/22»).
    let end = |s: &str, color: Color32, first: Rect| {
        let room = match lang {
            Lang::En => cell.right() - first.right() - 8.0,
            Lang::Ar => first.left() - cell.left() - 8.0,
        };
        let s = crate::ui::bidi_line::clean(s);
        let line = crate::ui::bidi_line::BidiLine::quoted(p, &s, &font_for(&s, 13.0), color);
        if line.width > room {
            return;
        }
        let (at, align) = match lang {
            Lang::En => (cell.right_center(), Align2::RIGHT_CENTER),
            Lang::Ar => (cell.left_center(), Align2::LEFT_CENTER),
        };
        line.paint_at(p, at, align, color);
    };
    match column {
        Column::Visitor => {
            let en = visit.visitor.name_en.as_deref().unwrap_or("");
            let ar = visit.visitor.name_ar.as_str();
            let name_color = PALETTE[0].lerp_to_gamma(text, 0.3);
            match lang {
                // The English name, the Arabic beside it (alone when there
                // is no English).
                Lang::En if en.is_empty() => {
                    start(ar, text);
                }
                Lang::En => {
                    let r = start(en, name_color);
                    end(ar, text, r);
                }
                Lang::Ar => {
                    let r = start(&i18n::person_name(lang, &visit.visitor), text);
                    end(en, name_color, r);
                }
            }
        }
        Column::Role => {
            let role = visit.visitor.role.as_deref().unwrap_or("");
            start(&i18n::role_name(lang, role), weak);
        }
        // In Arabic the place in Arabic alone (the gazetteer's name, else the
        // one written); in English the city with the name as written beside.
        Column::Place if lang == Lang::Ar => {
            let (name, _) = i18n::place_parts(lang, &visit.place);
            start(&name, text);
        }
        Column::Place => {
            let r = start(visit.place.city.as_deref().unwrap_or(""), text);
            end(&visit.place.name_ar, text, r);
        }
        Column::Country => {
            // The country's name in the interface language, not its code.
            start(&i18n::country_name(lang, &visit.place.country), text);
        }
        Column::Date => {
            let d = match (visit.date, &visit.date_hijri) {
                (Some(d), Some(h)) if hijri => format!("{d} · {h} AH"),
                (Some(d), _) => d.to_string(),
                (None, _) => visit.date_edtf.clone().unwrap_or_else(|| "—".to_owned()),
            };
            let r = start(&d, text);
            if let Some(t) = &visit.date_text {
                end(t, weak, r);
            }
        }
        Column::Status => {
            let r = start(&i18n::status_name(lang, visit.status), text);
            if visit.status == Status::Cancelled {
                p.hline(r.x_range(), r.center().y, Stroke::new(1.0, error));
            }
        }
        Column::Counterparts => {
            let names: Vec<String> = (visit.counterparts.iter())
                .map(|person| i18n::person_name(lang, person))
                .collect();
            start(&names.join(&i18n::tr(lang, "list-separator")), text);
        }
        Column::Sources => {
            let files: Vec<&str> = visit.evidence.iter().map(|e| file_name(&e.path)).collect();
            start(&files.join(", "), weak);
        }
        Column::Confidence => {
            start(&format!("{:.0}%", visit.confidence * 100.0), text);
            if leg.edited || leg.added || leg.merged || leg.split {
                // Changed by the analyst: the orange dot of the timeline, at
                // the cell's other end.
                let dot = match lang {
                    Lang::En => cell.right_center() - vec2(6.0, 0.0),
                    Lang::Ar => cell.left_center() + vec2(6.0, 0.0),
                };
                p.circle_filled(dot, 3.5, EDITED);
            }
        }
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The file of what Arabic sorting ignores has its header and one
    /// prefix a line: the article.
    #[test]
    fn the_sort_ignored_prefixes_parse() {
        let lines: Vec<&str> = SORT_IGNORED_AR.lines().collect();
        let header = lines.iter().take_while(|l| l.starts_with('#')).count();
        assert!(header >= 3, "a header");
        assert!(lines.iter().all(|l| !l.trim().is_empty()), "no blank line");
        assert_eq!(sort_ignored().collect::<Vec<_>>(), ["ال"]);
    }

    /// Arabic names sort without their article, as UN Arabic lists do:
    /// «المملكة المتحدة» under م, after «مصر»; «الأردن» under أ, before
    /// «إسرائيل»; «ألمانيا» keeps its alef and lam (its alef has a hamza).
    /// (With the article, «المملكة المتحدة» came among the alefs.)
    #[test]
    fn arabic_names_sort_without_their_article() {
        let mut names = vec![
            "مصر",
            "المملكة المتحدة",
            "ألمانيا",
            "إسرائيل",
            "الأردن",
            "بريطانيا",
        ];
        names.sort_by(|a, b| SortKey::text(Some(a)).compare(&SortKey::text(Some(b))));
        assert_eq!(
            names,
            [
                "الأردن",
                "إسرائيل",
                "ألمانيا",
                "بريطانيا",
                "مصر",
                "المملكة المتحدة"
            ]
        );
        // A word that is no more than the article keeps it.
        assert_eq!(sort_word("الى"), "الى");
    }

    /// The Date column's right edge in a table `available` wide.
    fn date_end(available: f32) -> f32 {
        let widths = column_widths(available, false);
        let date = Column::ALL.iter().position(|&c| c == Column::Date);
        widths[..=date.unwrap_or(0)].iter().sum()
    }

    #[test]
    fn the_date_column_stays_in_view_in_a_narrow_table() {
        // The table beside the leg editor in a 1200×780 window.
        assert!(date_end(520.0) <= 520.0, "date ends at {}", date_end(520.0));
        assert_eq!(
            column_widths(2000.0, false),
            Column::ALL.map(|c| c.width(false))
        );
        let narrow = column_widths(100.0, false);
        assert_eq!(narrow, Column::ALL.map(|c| c.min_width(false)));
    }
}
