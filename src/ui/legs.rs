//! What the review panels share about a leg: its accessible label, whether it
//! is selected, the right-click menu, the hover card, and the lane palette.

use eframe::egui::{self, Color32};

use crate::model::Visit;
use crate::review::filter::file_name;
use crate::review::{Correction, LegKey, ReviewedLeg};
use crate::ui::Command;
use crate::ui::bidi_line::{clean, rtl_label};

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

/// Whether `leg` answers to the key `sel` (its own key or an alias).
pub fn is_selected(leg: &ReviewedLeg, sel: Option<&LegKey>) -> bool {
    sel.is_some_and(|k| leg.key == *k || leg.aliases.contains(k))
}

/// The right-click menu of a leg (timeline mark or table row): quick
/// corrections without opening the editor.
pub fn leg_menu(ui: &mut egui::Ui, leg: &ReviewedLeg, actions: &mut Vec<Command>) {
    if ui.button("Select").clicked() {
        actions.push(Command::SelectLeg(leg.key.clone()));
    }
    ui.separator();
    for status in crate::model::Status::ALL {
        if status != leg.visit.status && ui.button(format!("Mark as {}", status.as_str())).clicked()
        {
            actions.push(Command::Correct(Correction::Edit {
                target: leg.key.clone(),
                changes: vec![crate::review::FieldEdit::Status(status)],
            }));
        }
    }
    ui.separator();
    if ui.button("Delete leg").clicked() {
        actions.push(Command::Correct(Correction::Delete {
            target: leg.key.clone(),
        }));
    }
}

/// The hover card of a leg: visitor, role, place, date and its text, status,
/// counterparts, sources, rules and what the analyst changed.
pub fn leg_tooltip(ui: &mut egui::Ui, leg: &ReviewedLeg) {
    let v = &leg.visit;
    let row = |ui: &mut egui::Ui, key: &str, value: &str| {
        ui.horizontal(|ui| {
            ui.strong(key);
            rtl_label(ui, value, 13.0);
        });
    };
    ui.horizontal(|ui| {
        ui.strong(clean(
            v.visitor
                .name_en
                .as_deref()
                .unwrap_or(v.visitor.name_ar.as_str()),
        ));
        if v.visitor.name_en.is_some() {
            rtl_label(ui, &v.visitor.name_ar, 14.0);
        }
    });
    if let Some(role) = &v.visitor.role {
        ui.weak(clean(role));
    }
    ui.separator();
    let place = match &v.place.city {
        Some(city) => format!("{city}, {}", v.place.country),
        None => v.place.country.clone(),
    };
    ui.horizontal(|ui| {
        ui.strong("Place");
        ui.label(clean(&place));
        if !v.place.name_ar.is_empty() {
            rtl_label(ui, &v.place.name_ar, 13.0);
        }
    });
    ui.horizontal(|ui| {
        ui.strong("Date");
        ui.label(
            v.date
                .map_or_else(|| "not reported".to_owned(), |d| d.to_string()),
        );
        if let Some(t) = &v.date_text {
            rtl_label(ui, t, 13.0);
        }
    });
    row(ui, "Status", v.status.as_str());
    for p in &v.counterparts {
        ui.horizontal(|ui| {
            ui.strong("Met");
            if let Some(en) = &p.name_en {
                ui.label(clean(en));
            }
            rtl_label(ui, &p.name_ar, 13.0);
            if let Some(role) = &p.role {
                ui.weak(clean(role));
            }
        });
    }
    let sources: Vec<&str> = v.evidence.iter().map(|e| file_name(&e.path)).collect();
    row(ui, "Sources", &sources.join(", "));
    if !v.rules.is_empty() {
        row(ui, "Rules", &v.rules.join(", "));
    }
    row(ui, "Confidence", &format!("{:.0}%", v.confidence * 100.0));
    let mut notes = Vec::new();
    if leg.added {
        notes.push("added by the analyst".to_owned());
    }
    if leg.merged {
        notes.push("merged".to_owned());
    }
    if leg.split {
        notes.push("split".to_owned());
    }
    if leg.edited {
        let fields: Vec<&str> = leg.edited_fields.iter().map(|&f| f.name()).collect();
        notes.push(format!("edited: {}", fields.join(", ")));
    }
    if !notes.is_empty() {
        ui.colored_label(EDITED, notes.join("; "));
    }
}
