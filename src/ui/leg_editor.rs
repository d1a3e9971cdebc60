//! The leg editor (issue 4 §4): a form for the selected leg. Every change
//! becomes a [`Correction`] (an edit made with [`review::diff`], delete,
//! merge, split) returned as [`PanelAction::Correct`]; the app records it on
//! the undo history and re-applies the corrections.

use eframe::egui::{self, FontFamily, FontId, RichText};

use crate::model::{Evidence, Person, Place, Status, Visit};
use crate::review::{self, Correction, Field, FieldEdit, LegKey, NewLeg, ReviewedLeg};
use crate::ui::table::parse_date;
use crate::ui::timeline::{EDITED, PanelAction, field_name, is_selected, leg_label};
use crate::ui::viewer::ARTICLE_FAMILY;

/// The form's text fields, as typed.
#[derive(Clone, Debug, Default, PartialEq)]
struct Form {
    date: String,
    date_text: String,
    status: Option<Status>,
    country: String,
    city: String,
    place_ar: String,
    lat: String,
    lon: String,
    visitor_ar: String,
    visitor_en: String,
    role: String,
    visitor_country: String,
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
            date: v.date.map(|d| d.to_string()).unwrap_or_default(),
            date_text: v.date_text.clone().unwrap_or_default(),
            status: Some(v.status),
            country: v.place.country.clone(),
            city: v.place.city.clone().unwrap_or_default(),
            place_ar: v.place.name_ar.clone(),
            lat: v.place.lat.map(|x| x.to_string()).unwrap_or_default(),
            lon: v.place.lon.map(|x| x.to_string()).unwrap_or_default(),
            visitor_ar: v.visitor.name_ar.clone(),
            visitor_en: v.visitor.name_en.clone().unwrap_or_default(),
            role: v.visitor.role.clone().unwrap_or_default(),
            visitor_country: v.visitor.country.clone().unwrap_or_default(),
            counterparts: v.counterparts.clone(),
            new_ar: String::new(),
            new_en: String::new(),
        }
    }

    /// `base` with the form's values, or why the form cannot be stored.
    fn to_visit(&self, base: &Visit) -> Result<Visit, String> {
        let mut v = base.clone();
        v.date = parse_date(&self.date).map_err(|e| format!("Date: {e}"))?;
        v.date_text = opt(&self.date_text);
        v.status = self.status.unwrap_or(base.status);
        v.place.country = self.country.trim().to_ascii_uppercase();
        v.place.city = opt(&self.city);
        v.place.name_ar = self.place_ar.trim().to_owned();
        v.place.lat = parse_degrees("Latitude", &self.lat)?;
        v.place.lon = parse_degrees("Longitude", &self.lon)?;
        v.visitor.name_ar = self.visitor_ar.trim().to_owned();
        v.visitor.name_en = opt(&self.visitor_en);
        v.visitor.role = opt(&self.role);
        v.visitor.country = opt(&self.visitor_country).map(|c| c.to_ascii_uppercase());
        v.counterparts = self.counterparts.clone();
        Ok(v)
    }
}

/// `""` → `None`; a decimal number of degrees → that number.
fn parse_degrees(what: &str, text: &str) -> Result<Option<f64>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    t.parse::<f64>()
        .map(Some)
        .map_err(|_| format!("{what}: {t:?} is not a number of degrees"))
}

/// The edits that turn `leg` into what `form` says, checked.
fn edits(leg: &ReviewedLeg, form: &Form) -> Result<Vec<FieldEdit>, String> {
    let after = form.to_visit(&leg.visit)?;
    let changes = review::diff(&leg.visit, &after);
    for c in &changes {
        c.check()
            .map_err(|e| format!("{}: {e}", field_name(c.field())))?;
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
    ) -> Vec<PanelAction> {
        let mut actions = Vec::new();
        let Some(leg) = legs.iter().find(|l| is_selected(l, selected)) else {
            self.loaded = None;
            ui.weak("Select a leg on the timeline or in the table to review it.");
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

        ui.horizontal(|ui| {
            ui.heading(leg_label(&leg.visit));
        });
        let mut notes = Vec::new();
        if leg.added {
            notes.push("added by you".to_owned());
        }
        if leg.merged {
            notes.push(format!("merged from {} legs", leg.parts.len().max(2)));
        }
        if leg.split {
            notes.push("split from a merged leg".to_owned());
        }
        if leg.edited {
            let f: Vec<&str> = leg.edited_fields.iter().map(|&f| field_name(f)).collect();
            notes.push(format!("edited: {}", f.join(", ")));
        }
        if !notes.is_empty() {
            ui.colored_label(EDITED, notes.join(" · "));
        }

        let edited = |f: Field| leg.edited_fields.contains(&f);
        form_grid(ui, "leg-editor", &mut self.form, &edited);

        let pending = edits(leg, &self.form);
        ui.horizontal(|ui| {
            let can_apply = matches!(&pending, Ok(c) if !c.is_empty());
            if ui
                .add_enabled(can_apply, egui::Button::new("Apply changes"))
                .clicked()
                && let Ok(changes) = &pending
            {
                actions.push(PanelAction::Correct(Correction::Edit {
                    target: leg.key.clone(),
                    changes: changes.clone(),
                }));
            }
            if ui
                .add_enabled(can_apply, egui::Button::new("Revert"))
                .clicked()
            {
                self.form = Form::of(&leg.visit);
            }
            match &pending {
                Err(e) => {
                    ui.colored_label(ui.visuals().error_fg_color, e);
                }
                Ok(c) if !c.is_empty() => {
                    ui.weak(format!("{} unsaved change(s)", c.len()));
                }
                Ok(_) => {}
            }
        });
        ui.separator();

        ui.horizontal(|ui| {
            if ui
                .button(RichText::new("Delete leg").color(ui.visuals().error_fg_color))
                .on_hover_text("Not a visit: remove it from the timeline (undo restores it)")
                .clicked()
            {
                actions.push(PanelAction::Correct(Correction::Delete {
                    target: leg.key.clone(),
                }));
                actions.push(PanelAction::Deselect);
            }
            let splittable = leg.merged || {
                let mut paths: Vec<&str> =
                    leg.visit.evidence.iter().map(|e| e.path.as_str()).collect();
                paths.sort_unstable();
                paths.dedup();
                paths.len() > 1
            };
            if ui
                .add_enabled(splittable, egui::Button::new("Split"))
                .on_hover_text("Undo a merge: one leg per source")
                .clicked()
            {
                actions.push(PanelAction::Correct(Correction::Split {
                    target: leg.key.clone(),
                }));
            }
        });
        ui.horizontal(|ui| {
            let l = ui.label("Merge with…");
            let others: Vec<&ReviewedLeg> = legs.iter().filter(|l| l.key != leg.key).collect();
            let current = self
                .merge_with
                .as_ref()
                .and_then(|k| others.iter().find(|l| l.key == *k))
                .map_or_else(|| "choose a leg".to_owned(), |l| leg_label(&l.visit));
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
                .add_enabled(self.merge_with.is_some(), egui::Button::new("Merge"))
                .on_hover_text(
                    "Make one leg of the two: this one keeps its fields, sources are joined",
                )
                .clicked()
                && let Some(from) = self.merge_with.take()
            {
                actions.push(PanelAction::Correct(Correction::Merge {
                    into: leg.key.clone(),
                    from,
                }));
            }
        });
        actions
    }
}

/// The fields of a leg, two columns (name, input); `edited` says which
/// fields to mark as changed by the analyst.
fn form_grid(ui: &mut egui::Ui, id_salt: &str, form: &mut Form, edited: &dyn Fn(Field) -> bool) {
    let arabic = FontId::new(16.0, FontFamily::Name(ARTICLE_FAMILY.into()));
    egui::Grid::new(id_salt)
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            text_row(ui, "Date", edited(Field::Date), &mut form.date, None);
            if let Err(e) = parse_date(&form.date) {
                ui.label("");
                ui.colored_label(ui.visuals().error_fg_color, e);
                ui.end_row();
            }
            text_row(
                ui,
                "Date as written",
                edited(Field::DateText),
                &mut form.date_text,
                Some(&arabic),
            );
            let l = field_label(ui, "Status", edited(Field::Status));
            egui::ComboBox::from_id_salt((id_salt, "status"))
                .selected_text(form.status.map_or("", Status::as_str))
                .show_ui(ui, |ui| {
                    for s in Status::ALL {
                        ui.selectable_value(&mut form.status, Some(s), s.as_str());
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
            text_row(
                ui,
                "Country",
                edited(Field::PlaceCountry),
                &mut form.country,
                None,
            );
            text_row(ui, "City", edited(Field::PlaceCity), &mut form.city, None);
            text_row(
                ui,
                "Place (Arabic)",
                edited(Field::PlaceNameAr),
                &mut form.place_ar,
                Some(&arabic),
            );
            text_row(ui, "Latitude", edited(Field::PlaceLat), &mut form.lat, None);
            text_row(
                ui,
                "Longitude",
                edited(Field::PlaceLon),
                &mut form.lon,
                None,
            );
            text_row(
                ui,
                "Visitor (Arabic)",
                edited(Field::VisitorNameAr),
                &mut form.visitor_ar,
                Some(&arabic),
            );
            text_row(
                ui,
                "Visitor (English)",
                edited(Field::VisitorNameEn),
                &mut form.visitor_en,
                None,
            );
            text_row(ui, "Role", edited(Field::VisitorRole), &mut form.role, None);
            text_row(
                ui,
                "Visitor's country",
                edited(Field::VisitorCountry),
                &mut form.visitor_country,
                None,
            );
            field_label(ui, "Counterparts", edited(Field::Counterparts));
            ui.vertical(|ui| {
                let mut remove = None;
                for (i, p) in form.counterparts.iter().enumerate() {
                    ui.horizontal(|ui| {
                        if let Some(en) = &p.name_en {
                            ui.label(en);
                        }
                        crate::ui::timeline::rtl_label(ui, &p.name_ar, 15.0);
                        if ui.small_button("Remove").clicked() {
                            remove = Some(i);
                        }
                    });
                }
                if let Some(i) = remove {
                    form.counterparts.remove(i);
                }
                ui.horizontal(|ui| {
                    ui.add(
                        egui::TextEdit::singleline(&mut form.new_ar)
                            .font(arabic.clone())
                            .hint_text("Arabic name")
                            .desired_width(130.0),
                    );
                    ui.add(
                        egui::TextEdit::singleline(&mut form.new_en)
                            .hint_text("English name")
                            .desired_width(110.0),
                    );
                    if ui
                        .add_enabled(
                            !form.new_ar.trim().is_empty(),
                            egui::Button::new("Add person"),
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
            });
            ui.end_row();
        });
}

/// A field's name in the first column; orange with a dot when the analyst
/// changed that field.
fn field_label(ui: &mut egui::Ui, name: &str, edited: bool) -> egui::Response {
    if edited {
        ui.label(RichText::new(format!("• {name}")).color(EDITED))
            .on_hover_text("Changed by you")
    } else {
        ui.label(name)
    }
}

/// One labelled single-line text field (accessible by its label).
fn text_row(
    ui: &mut egui::Ui,
    name: &str,
    edited: bool,
    value: &mut String,
    font: Option<&FontId>,
) {
    let l = field_label(ui, name, edited);
    let mut edit =
        egui::TextEdit::singleline(value).desired_width(ui.spacing().text_edit_width.min(260.0));
    if let Some(f) = font {
        edit = edit.font(f.clone());
    }
    ui.add(edit).labelled_by(l.id);
    ui.end_row();
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
    fn new_leg(&self) -> Result<NewLeg, String> {
        let evidence = self
            .evidence
            .clone()
            .ok_or_else(|| "no text selected".to_owned())?;
        let f = &self.form;
        let leg = NewLeg {
            evidence,
            visitor: Person {
                name_ar: f.visitor_ar.trim().to_owned(),
                name_en: opt(&f.visitor_en),
                role: opt(&f.role),
                country: opt(&f.visitor_country).map(|c| c.to_ascii_uppercase()),
            },
            place: Place {
                country: f.country.trim().to_ascii_uppercase(),
                city: opt(&f.city),
                name_ar: f.place_ar.trim().to_owned(),
                lat: parse_degrees("Latitude", &f.lat)?,
                lon: parse_degrees("Longitude", &f.lon)?,
            },
            date: parse_date(&f.date).map_err(|e| format!("Date: {e}"))?,
            date_text: opt(&f.date_text),
            status: f.status.unwrap_or(Status::Occurred),
            counterparts: f.counterparts.clone(),
        };
        leg.check()?;
        Ok(leg)
    }

    /// Draws the form when open. Returns `Correct(Add)` and closes when the
    /// analyst presses "Add visit".
    pub fn show(&mut self, ui: &mut egui::Ui) -> Vec<PanelAction> {
        let mut actions = Vec::new();
        let Some(evidence) = &self.evidence else {
            return actions;
        };
        ui.heading("Add visit from selection");
        egui::ScrollArea::horizontal()
            .id_salt("add-leg-evidence")
            .show(ui, |ui| {
                crate::ui::timeline::rtl_label(ui, &evidence.text, 16.0);
            });
        ui.weak(format!(
            "{} (chars {}–{})",
            crate::review::filter::file_name(&evidence.path),
            evidence.start,
            evidence.end
        ));
        form_grid(ui, "add-leg", &mut self.form, &|_| false);
        let leg = self.new_leg();
        ui.horizontal(|ui| {
            if ui
                .add_enabled(leg.is_ok(), egui::Button::new("Add visit"))
                .clicked()
                && let Ok(leg) = &leg
            {
                actions.push(PanelAction::Correct(Correction::Add {
                    leg: Box::new(leg.clone()),
                }));
                self.evidence = None;
            }
            if ui.button("Cancel").clicked() {
                self.evidence = None;
            }
            if let Err(e) = &leg {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
        });
        actions
    }
}
