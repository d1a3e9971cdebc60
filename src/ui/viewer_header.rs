//! The bar above the article viewer: the hidden-character warning with the
//! reveal toggle, the entity tint toggle with its legend, and "Add visit
//! from selection". Emits [`Command`]s; owns no state.

use eframe::egui::{self, RichText};

use crate::ui::Command;
use crate::ui::palette::LEGEND;

/// What the header shows this frame.
#[derive(Clone, Copy, Debug)]
pub struct HeaderView<'a> {
    /// [`crate::hidden::warning`] of the article, if any.
    pub hidden_warning: Option<&'a str>,
    /// The viewer shows hidden characters as marks.
    pub show_controls: bool,
    /// Names are tinted by kind.
    pub tint: bool,
    /// Every leg's evidence is shown, not only the selected leg's.
    pub all_evidence: bool,
    /// Some text is selected in the viewer.
    pub has_selection: bool,
}

/// Draws the header.
pub fn show(ui: &mut egui::Ui, view: &HeaderView<'_>, commands: &mut Vec<Command>) {
    if let Some(warning) = view.hidden_warning {
        egui::Frame::group(ui.style())
            .fill(ui.visuals().warn_fg_color.gamma_multiply(0.12))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    ui.colored_label(ui.visuals().warn_fg_color, format!("Warning: {warning}"));
                    let label = if view.show_controls {
                        "Hide hidden characters"
                    } else {
                        "Reveal hidden characters"
                    };
                    if ui.button(label).clicked() {
                        commands.push(Command::SetShowControls(!view.show_controls));
                    }
                });
            });
    }
    ui.horizontal_wrapped(|ui| {
        let mut tint = view.tint;
        if ui
            .checkbox(&mut tint, "Tint names")
            .on_hover_text("Tint the people, places and dates the engine recognized; in evidence, each visit's visitor and counterparts")
            .changed()
        {
            commands.push(Command::SetTint(tint));
        }
        let mut all = view.all_evidence;
        if ui
            .checkbox(&mut all, "All evidence")
            .on_hover_text("Show every visit's evidence and every recognized name, not only the selected visit's")
            .changed()
        {
            commands.push(Command::SetAllEvidence(all));
        }
        let dark = ui.visuals().dark_mode;
        for (name, color) in LEGEND {
            let shown = match name {
                "evidence" => view.all_evidence,
                "selected leg" => true,
                _ => view.tint,
            };
            if !shown {
                continue;
            }
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            let swatch = crate::ui::palette::themed(color, dark);
            ui.painter().rect_filled(rect, 2.0, swatch);
            ui.label(RichText::new(name).small());
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .add_enabled(
                    view.has_selection,
                    egui::Button::new("Add visit from selection"),
                )
                .on_hover_text("Select the sentence of a visit the engine missed, then add it")
                .on_disabled_hover_text("Select text in the article first")
                .clicked()
            {
                commands.push(Command::AddVisitFromSelection);
            }
        });
    });
    ui.separator();
}
