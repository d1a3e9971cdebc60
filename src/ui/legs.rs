//! What the review panels share about a leg: its accessible label, whether it
//! is selected, the right-click menu, the hover card, and the lane palette.

use eframe::egui::{self, Color32};

use crate::i18n::{self, Arg};
use crate::model::Visit;
use crate::review::filter::file_name;
use crate::review::{Correction, LegKey, ReviewedLeg};
use crate::ui::Command;
use crate::ui::bidi_line::{clean, rtl_label};
use crate::ui::tr::{text, tr, tr_args, tr_plain, tr_plain_args};

/// Lane colours, cycled (the palette of the SVG export).
pub const PALETTE: [Color32; 6] = [
    Color32::from_rgb(0x1f, 0x6f, 0xeb),
    Color32::from_rgb(0xbf, 0x39, 0x89),
    Color32::from_rgb(0x1a, 0x7f, 0x37),
    Color32::from_rgb(0x9a, 0x67, 0x00),
    Color32::from_rgb(0x82, 0x50, 0xdf),
    Color32::from_rgb(0xcf, 0x22, 0x2e),
];
/// The "changed by the analyst" dot.
pub const EDITED: Color32 = Color32::from_rgb(0xe3, 0x6a, 0x00);
/// "Cairo 2024-06-10 Antony Blinken": the accessible name of a leg (place,
/// date or "undated", visitor), used by screen readers and tests.
pub fn leg_label(v: &Visit) -> String {
    let date = v
        .date
        .map_or_else(|| "undated".to_owned(), |d| d.to_string());
    let who = v
        .visitor
        .name_en
        .as_deref()
        .filter(|n| !n.trim().is_empty())
        .unwrap_or(&v.visitor.name_ar);
    clean(&format!("{} {date} {who}", crate::timeline::place_label(v))).into_owned()
}

/// A leg's title (the leg editor's heading): [`leg_label`] in English; in
/// Arabic the place, date and visitor in Arabic.
pub fn leg_title(lang: i18n::Lang, v: &Visit) -> String {
    match lang {
        i18n::Lang::En => leg_label(v),
        i18n::Lang::Ar => {
            // Isolated: after Arabic letters an ISO date would read backwards.
            let date = v.date.map_or_else(
                || i18n::tr(lang, "leg-undated"),
                |d| crate::ui::tr::isolate(&d.to_string()),
            );
            let place = i18n::place_label(lang, &v.place);
            let who = i18n::person_name(lang, &v.visitor);
            format!("{} {date} {}", clean(&place), clean(&who))
        }
    }
}

/// Whether `leg` answers to the key `sel` (its own key or an alias).
pub fn is_selected(leg: &ReviewedLeg, sel: Option<&LegKey>) -> bool {
    sel.is_some_and(|k| leg.key == *k || leg.aliases.contains(k))
}

/// The right-click menu of a leg (timeline mark or table row): quick
/// corrections without opening the editor.
pub fn leg_menu(ui: &mut egui::Ui, leg: &ReviewedLeg, actions: &mut Vec<Command>) {
    let lang = crate::ui::tr::lang(ui.ctx());
    if ui.button(tr(ui, "leg-select")).clicked() {
        actions.push(Command::SelectLeg(leg.key.clone()));
    }
    ui.separator();
    for status in crate::model::Status::ALL {
        let name = i18n::status_name(lang, status);
        if status != leg.visit.status
            && ui
                .button(tr_args(
                    ui,
                    "leg-mark-as",
                    &[("what", name.as_str().into())],
                ))
                .clicked()
        {
            actions.push(Command::Correct(Correction::Edit {
                target: leg.key.clone(),
                changes: vec![crate::review::FieldEdit::Status(status)],
            }));
        }
    }
    ui.separator();
    if ui.button(tr(ui, "leg-delete")).clicked() {
        actions.push(Command::Correct(Correction::Delete {
            target: leg.key.clone(),
        }));
    }
}

/// A person's role, if any, in the interface language, weak.
fn role_label(ui: &mut egui::Ui, role: Option<&str>) {
    if let Some(role) = role {
        let role = i18n::role_name(crate::ui::tr::lang(ui.ctx()), role);
        ui.label(crate::ui::tr::weak(ui, &clean(&role)));
    }
}

/// The hover card of a leg: visitor, role, place, date and its text, status,
/// counterparts, sources, rules and what the analyst changed.
pub fn leg_tooltip(ui: &mut egui::Ui, leg: &ReviewedLeg) {
    let v = &leg.visit;
    let lang = crate::ui::tr::lang(ui.ctx());
    let strong = |ui: &egui::Ui, key: &str| {
        let color = Some(ui.visuals().strong_text_color());
        crate::ui::tr::styled(ui, &tr_plain(ui, key), &egui::TextStyle::Body, color)
    };
    let row = |ui: &mut egui::Ui, key: &str, value: &str| {
        crate::ui::tr::row(ui, |ui| {
            ui.label(strong(ui, key));
            rtl_label(ui, value, 13.0);
        });
    };
    crate::ui::tr::row(ui, |ui| {
        // The name in the interface language, the other script beside it.
        let name = i18n::person_name(lang, &v.visitor);
        ui.label(crate::ui::tr::styled(
            ui,
            &clean(&name),
            &egui::TextStyle::Body,
            Some(ui.visuals().strong_text_color()),
        ));
        let other = match lang {
            i18n::Lang::En => Some(v.visitor.name_ar.as_str()),
            i18n::Lang::Ar => v.visitor.name_en.as_deref(),
        };
        if let Some(other) = other.filter(|o| !o.trim().is_empty() && *o != name) {
            rtl_label(ui, other, 14.0);
        }
    });
    role_label(ui, v.visitor.role.as_deref());
    ui.separator();
    // City and country in one language; the name the article wrote beside.
    let place = i18n::place_label(lang, &v.place);
    crate::ui::tr::row(ui, |ui| {
        ui.label(strong(ui, "leg-place"));
        rtl_label(ui, &place, 13.0);
        if !v.place.name_ar.is_empty() && lang == i18n::Lang::En {
            rtl_label(ui, &v.place.name_ar, 13.0);
        }
    });
    crate::ui::tr::row(ui, |ui| {
        ui.label(strong(ui, "leg-date"));
        let date = v
            .date
            .map_or_else(|| tr_plain(ui, "leg-date-not-reported"), |d| d.to_string());
        ui.label(text(ui, &date));
        if let Some(t) = &v.date_text {
            crate::ui::bidi_line::quoted_label(ui, t, 13.0);
        }
    });
    row(ui, "leg-status", &i18n::status_name(lang, v.status));
    for p in &v.counterparts {
        crate::ui::tr::row(ui, |ui| {
            ui.label(strong(ui, "leg-met"));
            rtl_label(ui, &i18n::person_name(lang, p), 13.0);
            role_label(ui, p.role.as_deref());
        });
    }
    let sources: Vec<&str> = v.evidence.iter().map(|e| file_name(&e.path)).collect();
    row(ui, "leg-sources", &sources.join(", "));
    if !v.rules.is_empty() {
        row(ui, "leg-rules", &v.rules.join(", "));
    }
    row(
        ui,
        "leg-confidence",
        &format!("{:.0}%", v.confidence * 100.0),
    );
    let mut notes = Vec::new();
    if leg.added {
        notes.push(tr_plain(ui, "leg-note-added"));
    }
    if leg.merged {
        notes.push(tr_plain(ui, "leg-note-merged"));
    }
    if leg.split {
        notes.push(tr_plain(ui, "leg-note-split"));
    }
    if leg.edited {
        let fields: Vec<String> = (leg.edited_fields.iter())
            .map(|&f| i18n::field_name(lang, f))
            .collect();
        let fields = fields.join(", ");
        notes.push(tr_plain_args(
            ui,
            "leg-note-edited",
            &[("what", Arg::from(fields))],
        ));
    }
    if !notes.is_empty() {
        let color = Some(EDITED);
        ui.label(crate::ui::tr::styled(
            ui,
            &notes.join("; "),
            &egui::TextStyle::Body,
            color,
        ));
    }
}
