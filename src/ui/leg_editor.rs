//! The leg editor: a form for the selected leg. Every change
//! becomes a [`Correction`] (an edit made with [`review::diff`], delete,
//! merge, split) returned as [`Command::Correct`]; the app records it on
//! the undo history and re-applies the corrections.

use std::collections::BTreeMap;

use eframe::egui::{self, FontFamily, FontId};

use crate::i18n::{Message, Part};
use crate::model::{Evidence, Person, Place, Status, Visit};
use crate::review::fields::{Input, parse_date};
use crate::review::{self, Correction, Field, FieldEdit, LegKey, NewLeg, ReviewedLeg};
use crate::ui::Command;
use crate::ui::bidi_line::text_field_in;
use crate::ui::legs::{EDITED, is_selected, leg_label};
use crate::ui::status::count;
use crate::ui::tr::{lang, message, text, tr, tr_plain, tr_plain_args};
use crate::ui::viewer::ARTICLE_FAMILY;

/// The form, as typed: the text of each typed field (see
/// [`crate::review::fields`]), the status, the counterparts and the "Add
/// person" boxes.
#[derive(Clone, Debug, Default, PartialEq)]
struct Form {
    text: BTreeMap<Field, String>,
    status: Option<Status>,
    counterparts: Vec<Person>,
    new_ar: String,
    new_en: String,
}

/// `""` (after trimming) → `None`.
fn opt(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

impl Form {
    fn of(v: &Visit) -> Form {
        Form {
            text: Field::ALL
                .iter()
                .filter_map(|&f| Some((f, f.of(v).to_text()?)))
                .collect(),
            status: Some(v.status),
            counterparts: v.counterparts.clone(),
            ..Form::default()
        }
    }

    /// `base` with the form's values, or why the form cannot be stored
    /// (the first field, in form order, that cannot be read).
    fn to_visit(&self, base: &Visit) -> Result<Visit, Message> {
        let mut v = base.clone();
        for &field in Field::ALL {
            let edit = match field.input() {
                Input::Status => FieldEdit::Status(self.status.unwrap_or(base.status)),
                Input::People => FieldEdit::Counterparts(self.counterparts.clone()),
                Input::Text | Input::Arabic | Input::Date | Input::Degrees => {
                    let typed = self.text.get(&field).map_or("", String::as_str);
                    match field.from_text(typed) {
                        Some(parsed) => parsed?,
                        None => continue,
                    }
                }
            };
            edit.apply_to(&mut v);
        }
        review::fields::locate_city(base, &mut v);
        Ok(v)
    }
}

/// The edits that turn `leg` into what `form` says, checked.
fn edits(leg: &ReviewedLeg, form: &Form) -> Result<Vec<FieldEdit>, Message> {
    let after = form.to_visit(&leg.visit)?;
    let changes = review::diff(&leg.visit, &after);
    for c in &changes {
        c.check()
            .map_err(|e| review::fields::field_error(Part::FieldName(c.field()), e))?;
    }
    Ok(changes)
}

/// The editor's own state: the form of the selected leg and the merge target.
#[derive(Debug, Default)]
pub struct LegEditor {
    /// The leg the form was filled from (key and value), to refill it when
    /// the selection or the leg itself changes.
    loaded: Option<(LegKey, Visit)>,
    form: Form,
    merge_with: Option<LegKey>,
    error: Option<String>,
    /// Show the leg's Hijri date under the form (View ▸ Hijri dates).
    pub hijri: bool,
}

impl LegEditor {
    /// An empty editor.
    pub fn new() -> LegEditor {
        LegEditor::default()
    }

    /// Draws the form of the leg `selected` (one of `legs`), or a hint when
    /// nothing is selected. `legs` also lists the candidates for "Merge with…".
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        legs: &[ReviewedLeg],
        selected: Option<&LegKey>,
    ) -> Vec<Command> {
        let mut actions = Vec::new();
        if crate::ui::tr::rtl(ui) {
            // In Arabic the form ends at the editor's right edge: keep it
            // clear of the scroll bar, which egui floats over the content.
            let bar = &ui.spacing().scroll;
            let gutter = bar.bar_inner_margin + bar.bar_width + bar.bar_outer_margin;
            ui.set_max_width((ui.available_width() - gutter).max(0.0));
        }
        let Some(leg) = legs.iter().find(|l| is_selected(l, selected)) else {
            self.loaded = None;
            let hint = tr_plain(ui, "editor-select-hint");
            // At the editor's right edge in Arabic.
            crate::ui::tr::column(ui, |ui| ui.label(crate::ui::tr::weak(ui, &hint)));
            return actions;
        };
        let fresh = match &self.loaded {
            Some((k, v)) => *k != leg.key || *v != leg.visit,
            None => true,
        };
        if fresh {
            self.form = Form::of(&leg.visit);
            self.loaded = Some((leg.key.clone(), leg.visit.clone()));
            self.merge_with = None;
            self.error = None;
        }

        crate::ui::tr::row(ui, |ui| {
            if crate::ui::tr::rtl(ui) {
                // Not wrapped: the body size keeps it in the editor's width.
                let title = crate::ui::legs::leg_title(lang(ui.ctx()), &leg.visit);
                ui.label(crate::ui::tr::strong(ui, &title));
            } else {
                ui.heading(leg_label(&leg.visit));
            }
        });
        let notes = notes(ui, leg);
        if !notes.is_empty() {
            let text = notes.join(" · ");
            ui.label(crate::ui::tr::styled(
                ui,
                &text,
                &egui::TextStyle::Body,
                Some(EDITED),
            ));
        }

        let edited = |f: Field| leg.edited_fields.contains(&f);
        let entered = form_grid(ui, "leg-editor", &mut self.form, &edited);
        if self.hijri
            && let Some(h) = &leg.visit.date_hijri
        {
            let note = tr_plain_args(ui, "editor-hijri", &[("what", h.into())]);
            ui.label(crate::ui::tr::weak(ui, &note));
        }
        self.apply_row(ui, leg, entered, &mut actions);
        ui.separator();
        delete_and_split_row(ui, leg, &mut actions);
        self.merge_row(ui, leg, legs, &mut actions);
        actions
    }

    /// "Apply changes" (the form's edits as one correction; Enter in a
    /// field, `entered`, does the same), "Revert", and what is wrong with
    /// the form or how many changes are pending.
    fn apply_row(
        &mut self,
        ui: &mut egui::Ui,
        leg: &ReviewedLeg,
        entered: bool,
        actions: &mut Vec<Command>,
    ) {
        let pending = edits(leg, &self.form);
        let typed = self.form.to_visit(&leg.visit).ok();
        let no_coordinates = typed.and_then(|mut v| {
            v.place.lat = leg.visit.place.lat;
            v.place.lon = leg.visit.place.lon;
            review::fields::locate_city(&leg.visit, &mut v)
        });
        if let Some(note) = &no_coordinates {
            ui.label(message(ui, note, ui.visuals().warn_fg_color));
        }
        crate::ui::tr::row(ui, |ui| {
            let can_apply = matches!(&pending, Ok(c) if !c.is_empty());
            let clicked = ui
                .add_enabled(can_apply, egui::Button::new(tr(ui, "editor-apply")))
                .clicked();
            if (clicked || (entered && can_apply))
                && let Ok(changes) = &pending
            {
                actions.push(Command::Correct(Correction::Edit {
                    target: leg.key.clone(),
                    changes: changes.clone(),
                }));
            }
            if ui
                .add_enabled(can_apply, egui::Button::new(tr(ui, "editor-revert")))
                .clicked()
            {
                self.form = Form::of(&leg.visit);
            }
            match &pending {
                Err(e) => {
                    ui.label(message(ui, e, ui.visuals().error_fg_color));
                }
                Ok(c) if !c.is_empty() => {
                    let note = tr_plain_args(ui, "editor-unsaved", &count(c.len()));
                    ui.label(crate::ui::tr::weak(ui, &note));
                }
                Ok(_) => {}
            }
        });
    }

    /// "Merge with…": a choice among the other `legs` and the Merge button.
    fn merge_row(
        &mut self,
        ui: &mut egui::Ui,
        leg: &ReviewedLeg,
        legs: &[ReviewedLeg],
        actions: &mut Vec<Command>,
    ) {
        crate::ui::tr::row(ui, |ui| {
            let l = ui.label(tr(ui, "editor-merge-with"));
            let others: Vec<&ReviewedLeg> = legs.iter().filter(|l| l.key != leg.key).collect();
            let current = self
                .merge_with
                .as_ref()
                .and_then(|k| others.iter().find(|l| l.key == *k))
                .map_or_else(
                    || tr_plain(ui, "editor-choose-leg"),
                    |l| leg_label(&l.visit),
                );
            egui::ComboBox::from_id_salt("leg-merge")
                .selected_text(current)
                .width(260.0)
                .show_ui(ui, |ui| {
                    for o in &others {
                        ui.selectable_value(
                            &mut self.merge_with,
                            Some(o.key.clone()),
                            leg_label(&o.visit),
                        );
                    }
                })
                .response
                .labelled_by(l.id);
            if ui
                .add_enabled(
                    self.merge_with.is_some(),
                    egui::Button::new(tr(ui, "editor-merge")),
                )
                .on_hover_text(crate::ui::tr::hover(ui, "editor-merge-hover"))
                .clicked()
                && let Some(from) = self.merge_with.take()
            {
                actions.push(Command::Correct(Correction::Merge {
                    into: leg.key.clone(),
                    from,
                }));
            }
        });
    }
}

/// What the analyst did to `leg`: added, merged, split, edited (which fields).
fn notes(ui: &egui::Ui, leg: &ReviewedLeg) -> Vec<String> {
    let mut notes = Vec::new();
    if leg.added {
        notes.push(tr_plain(ui, "editor-note-added"));
    }
    if leg.merged {
        notes.push(tr_plain_args(
            ui,
            "editor-note-merged",
            &count(leg.parts.len().max(2)),
        ));
    }
    if leg.split {
        notes.push(tr_plain(ui, "editor-note-split"));
    }
    if leg.edited {
        let lang = lang(ui.ctx());
        let f: Vec<String> = (leg.edited_fields.iter())
            .map(|&f| crate::i18n::field_name(lang, f))
            .collect();
        notes.push(tr_plain_args(
            ui,
            "leg-note-edited",
            &[("what", f.join(", ").into())],
        ));
    }
    notes
}

/// "Delete leg" and "Split" (enabled for a merged leg or one with sources
/// in several articles).
fn delete_and_split_row(ui: &mut egui::Ui, leg: &ReviewedLeg, actions: &mut Vec<Command>) {
    crate::ui::tr::row(ui, |ui| {
        if ui
            .button(crate::ui::tr::styled(
                ui,
                &tr_plain(ui, "leg-delete"),
                &egui::TextStyle::Button,
                Some(ui.visuals().error_fg_color),
            ))
            .on_hover_text(crate::ui::tr::hover(ui, "editor-delete-hover"))
            .clicked()
        {
            actions.push(Command::Correct(Correction::Delete {
                target: leg.key.clone(),
            }));
            actions.push(Command::Deselect);
        }
        let splittable = leg.merged || {
            let mut paths: Vec<&str> = leg.visit.evidence.iter().map(|e| e.path.as_str()).collect();
            paths.sort_unstable();
            paths.dedup();
            paths.len() > 1
        };
        if ui
            .add_enabled(splittable, egui::Button::new(tr(ui, "editor-split")))
            .on_hover_text(crate::ui::tr::hover(ui, "editor-split-hover"))
            .clicked()
        {
            actions.push(Command::Correct(Correction::Split {
                target: leg.key.clone(),
            }));
        }
    });
}

/// The fields of a leg, two columns (name, input), in [`Field::ALL`]
/// order; `edited` says which fields to mark as changed by the analyst.
/// True when Enter was pressed in a text field.
fn form_grid(
    ui: &mut egui::Ui,
    id_salt: &str,
    form: &mut Form,
    edited: &dyn Fn(Field) -> bool,
) -> bool {
    // In Arabic the grid is mirrored: inputs first, the labels in a column
    // on the right, right-aligned to the widest label.
    let labels = crate::ui::tr::rtl(ui).then(|| label_column_width(ui, edited));
    // The inputs' width: as in English, but in Arabic never so wide that the
    // labels, after them, run out of the editor.
    let input_width = match labels {
        None => ui.spacing().text_edit_width.min(260.0),
        Some(w) => (ui.available_width() - w - 10.0 - 8.0).clamp(80.0, 260.0),
    };
    // In Arabic the form keeps to the editor's right edge: when the editor
    // is wider than the form, the form is placed in a column at its right.
    // (Not a right-to-left layout around the grid: egui's grid then laid out
    // a NaN rect.)
    if let Some(w) = labels {
        let form_width = input_width + 10.0 + w;
        let room = ui.available_width();
        if room > form_width + 1.0 {
            let mut column = ui.available_rect_before_wrap();
            column.min.x = column.max.x - form_width;
            let builder = egui::UiBuilder::new()
                .max_rect(column)
                .layout(egui::Layout::top_down(egui::Align::Min));
            return ui
                .scope_builder(builder, |ui| {
                    form_rows(ui, id_salt, form, edited, labels, input_width)
                })
                .inner;
        }
    }
    form_rows(ui, id_salt, form, edited, labels, input_width)
}

/// The grid of [`form_grid`]: `labels` the width of the Arabic label
/// column, `input_width` that of a text input.
fn form_rows(
    ui: &mut egui::Ui,
    id_salt: &str,
    form: &mut Form,
    edited: &dyn Fn(Field) -> bool,
    labels: Option<f32>,
    input_width: f32,
) -> bool {
    let arabic = FontId::new(16.0, FontFamily::Name(ARTICLE_FAMILY.into()));
    let mut entered = false;
    egui::Grid::new(id_salt)
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            for &field in Field::ALL {
                let row = Row {
                    name: crate::i18n::field_label(lang(ui.ctx()), field),
                    edited: edited(field),
                    labels,
                    input_width,
                };
                match field.input() {
                    Input::Status => status_row(ui, id_salt, &row, &mut form.status),
                    Input::People => people_row(ui, &row, form, &arabic),
                    input @ (Input::Text | Input::Arabic | Input::Date | Input::Degrees) => {
                        let font = (input == Input::Arabic).then_some(&arabic);
                        let value = form.text.entry(field).or_default();
                        entered |= text_row(ui, &row, value, font);
                        if input == Input::Date
                            && let Err(e) = parse_date(value)
                        {
                            let error = message(ui, &e, ui.visuals().error_fg_color);
                            if labels.is_some() {
                                ui.label(error);
                                ui.label("");
                            } else {
                                ui.label("");
                                ui.label(error);
                            }
                            ui.end_row();
                        }
                    }
                }
            }
        });
    entered
}

/// One row of the form: the field's label and whether the analyst changed
/// it; `labels`, in Arabic, the width of the label column.
struct Row {
    name: String,
    edited: bool,
    labels: Option<f32>,
    /// The width of a text input.
    input_width: f32,
}

impl Row {
    /// The label and the input made by `input`, in the interface's
    /// direction (in Arabic the input first, the label on its right,
    /// right-aligned), the input labelled by the label; ends the grid row.
    fn show<R>(
        &self,
        ui: &mut egui::Ui,
        input: impl FnOnce(&mut egui::Ui) -> (egui::Response, R),
    ) -> R {
        let (response, out, label) = match self.labels {
            None => {
                let label = field_label(ui, &self.name, self.edited);
                let (response, out) = input(ui);
                (response, out, label)
            }
            Some(width) => {
                let (response, out) = input(ui);
                let size = egui::vec2(width, ui.spacing().interact_size.y);
                let layout = egui::Layout::right_to_left(egui::Align::Center);
                let label = ui
                    .allocate_ui_with_layout(size, layout, |ui| {
                        field_label(ui, &self.name, self.edited)
                    })
                    .inner;
                (response, out, label)
            }
        };
        let _ = response.labelled_by(label.id);
        ui.end_row();
        out
    }
}

/// The width of the widest field label (marked as edited where it is), for
/// the right-aligned label column of the Arabic form.
fn label_column_width(ui: &egui::Ui, edited: &dyn Fn(Field) -> bool) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let lang = lang(ui.ctx());
    Field::ALL
        .iter()
        .map(|&f| {
            let name = crate::i18n::field_label(lang, f);
            let name = if edited(f) {
                format!("• {name}")
            } else {
                name
            };
            crate::ui::bidi_line::text_width(ui.painter(), &name, &font)
        })
        .fold(0.0, f32::max)
        + 4.0
}

/// The status, chosen from a list.
fn status_row(ui: &mut egui::Ui, id_salt: &str, row: &Row, status: &mut Option<Status>) {
    let lang = lang(ui.ctx());
    let shown = status.map_or_else(String::new, |s| crate::i18n::status_name(lang, s));
    row.show(ui, |ui| {
        let combo = egui::ComboBox::from_id_salt((id_salt, "status"))
            .selected_text(text(ui, &shown))
            .show_ui(ui, |ui| {
                for s in Status::ALL {
                    let name = crate::i18n::status_name(lang, s);
                    ui.selectable_value(status, Some(s), text(ui, &name));
                }
            });
        (combo.response, ())
    });
}

/// The counterparts, each with a Remove button, and boxes to add one.
fn people_row(ui: &mut egui::Ui, row: &Row, form: &mut Form, arabic: &FontId) {
    // In Arabic the list keeps to the inputs' width (the label comes after).
    let width = row.labels.map(|_| row.input_width);
    row.show(ui, |ui| (people_list(ui, form, arabic, width), ()));
}

/// The counterparts' names with Remove, and the boxes to add one.
fn people_list(
    ui: &mut egui::Ui,
    form: &mut Form,
    arabic: &FontId,
    width: Option<f32>,
) -> egui::Response {
    ui.vertical(|ui| {
        if let Some(w) = width {
            ui.set_max_width(w);
        }
        let mut remove = None;
        for (i, p) in form.counterparts.iter().enumerate() {
            // Remove first and the names wrapped, so that a narrow editor
            // cuts neither (mirrored in Arabic).
            crate::ui::tr::row_wrapped(ui, |ui| {
                if ui.small_button(tr(ui, "editor-remove")).clicked() {
                    remove = Some(i);
                }
                crate::ui::bidi_line::rtl_label(ui, &p.name_ar, 15.0);
                if let Some(en) = &p.name_en {
                    ui.label(en);
                }
            });
        }
        if let Some(i) = remove {
            form.counterparts.remove(i);
        }
        let add_row = |ui: &mut egui::Ui, add: &mut dyn FnMut(&mut egui::Ui)| match width {
            None => ui.horizontal(|ui| add(ui)).inner,
            Some(_) => crate::ui::tr::row_wrapped(ui, |ui| add(ui)),
        };
        add_row(ui, &mut |ui: &mut egui::Ui| {
            let typed = form.new_ar.clone();
            let ar_width = width.map_or(130.0, |w| w / 2.0 - 4.0);
            text_field_in(
                ui,
                &typed,
                egui::TextEdit::singleline(&mut form.new_ar)
                    .font(arabic.clone())
                    .hint_text(crate::ui::tr::hint(ui, "editor-arabic-name", ar_width))
                    .desired_width(ar_width),
                Some(arabic),
            );
            let typed = form.new_en.clone();
            let en_width = width.map_or(110.0, |w| w / 2.0 - 4.0);
            text_field_in(
                ui,
                &typed,
                egui::TextEdit::singleline(&mut form.new_en)
                    .hint_text(crate::ui::tr::hint(ui, "editor-english-name", en_width))
                    .desired_width(en_width),
                None,
            );
            if ui
                .add_enabled(
                    !form.new_ar.trim().is_empty(),
                    egui::Button::new(tr(ui, "editor-add-person")),
                )
                .clicked()
            {
                form.counterparts.push(Person {
                    name_ar: form.new_ar.trim().to_owned(),
                    name_en: opt(&form.new_en),
                    ..Person::default()
                });
                form.new_ar.clear();
                form.new_en.clear();
            }
        });
    })
    .response
}

/// A field's name in the first column; orange with a dot when the analyst
/// changed that field.
fn field_label(ui: &mut egui::Ui, name: &str, edited: bool) -> egui::Response {
    if edited {
        let marked = format!("• {name}");
        ui.label(crate::ui::tr::styled(
            ui,
            &marked,
            &egui::TextStyle::Body,
            Some(EDITED),
        ))
        .on_hover_text(crate::ui::tr::hover(ui, "editor-changed-by-you"))
    } else {
        ui.label(text(ui, name))
    }
}

/// One labelled single-line text field (accessible by its label); true
/// when Enter was pressed in it.
fn text_row(ui: &mut egui::Ui, row: &Row, value: &mut String, font: Option<&FontId>) -> bool {
    row.show(ui, |ui| {
        let typed = value.clone();
        let width = row.input_width;
        let mut edit = egui::TextEdit::singleline(value).desired_width(width);
        if let Some(f) = font {
            edit = edit.font(f.clone());
        }
        // Right-aligned and shown through the bidi layout when the text is
        // Arabic, like the filter and find fields; the Arabic fields (text
        // as the article wrote it) in the article's direction.
        let response = if font.is_some() {
            crate::ui::bidi_line::quoted_field_in(ui, &typed, edit, font)
        } else {
            text_field_in(ui, &typed, edit, font)
        };
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        (response, entered)
    })
}

/// "Add visit from selection": a form for a leg the engine missed, filled in
/// by the analyst around a span of an article they selected in the viewer.
/// Pressing "Add visit" returns a [`Correction::Add`].
#[derive(Debug, Default)]
pub struct AddLegForm {
    /// The selected span; `None` while the form is closed.
    evidence: Option<Evidence>,
    form: Form,
}

impl AddLegForm {
    /// A closed form.
    pub fn new() -> AddLegForm {
        AddLegForm::default()
    }

    /// Opens the form for `evidence` (see [`review::evidence_from_selection`]),
    /// with `prefill` as the starting values (e.g. the selected leg's visitor,
    /// or the article's publication date); status starts as occurred.
    pub fn open(&mut self, evidence: Evidence, prefill: Option<&Visit>) {
        self.form = prefill.map(Form::of).unwrap_or_default();
        if self.form.status.is_none() {
            self.form.status = Some(Status::Occurred);
        }
        self.evidence = Some(evidence);
    }

    /// Whether the form is open.
    pub fn is_open(&self) -> bool {
        self.evidence.is_some()
    }

    /// Closes the form without adding anything.
    pub fn close(&mut self) {
        self.evidence = None;
    }

    /// The leg the form describes, or why it cannot be added.
    fn new_leg(&self) -> Result<NewLeg, Message> {
        let evidence = self
            .evidence
            .clone()
            .ok_or_else(|| Message::new("field-error-no-selection"))?;
        let blank = Visit {
            visitor: Person::default(),
            place: Place::default(),
            date: None,
            date_text: None,
            date_edtf: None,
            date_hijri: None,
            status: Status::Occurred,
            counterparts: Vec::new(),
            trip: None,
            evidence: Vec::new(),
            confidence: 1.0,
            rules: Vec::new(),
        };
        let v = self.form.to_visit(&blank)?;
        let leg = NewLeg {
            evidence,
            visitor: v.visitor,
            place: v.place,
            date: v.date,
            date_text: v.date_text,
            status: v.status,
            counterparts: v.counterparts,
        };
        leg.check()?;
        Ok(leg)
    }

    /// Draws the form when open. Returns `Correct(Add)` and closes when the
    /// analyst presses "Add visit".
    pub fn show(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut actions = Vec::new();
        let Some(evidence) = &self.evidence else {
            return actions;
        };
        let span = tr_plain_args(
            ui,
            "add-visit-span",
            &[
                (
                    "file",
                    crate::review::filter::file_name(&evidence.path).into(),
                ),
                ("from", evidence.start.to_string().into()),
                ("to", evidence.end.to_string().into()),
            ],
        );
        // Right-aligned in Arabic.
        crate::ui::tr::column(ui, |ui| {
            ui.label(crate::ui::tr::heading(ui, "menu-add-visit"));
            egui::ScrollArea::horizontal()
                .id_salt("add-leg-evidence")
                .show(ui, |ui| {
                    crate::ui::bidi_line::rtl_label(ui, &evidence.text, 16.0);
                });
            ui.label(crate::ui::tr::weak(ui, &span));
        });
        form_grid(ui, "add-leg", &mut self.form, &|_| false);
        let leg = self.new_leg();
        crate::ui::tr::row(ui, |ui| {
            if ui
                .add_enabled(leg.is_ok(), egui::Button::new(tr(ui, "editor-add-visit")))
                .clicked()
                && let Ok(leg) = &leg
            {
                actions.push(Command::Correct(Correction::Add {
                    leg: Box::new(leg.clone()),
                }));
                self.evidence = None;
            }
            if ui.button(tr(ui, "status-cancel")).clicked() {
                self.evidence = None;
            }
            if let Err(e) = &leg {
                ui.label(message(ui, e, ui.visuals().error_fg_color));
            }
        });
        actions
    }
}
