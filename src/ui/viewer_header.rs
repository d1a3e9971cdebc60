//! The bar above the article viewer: the hidden-character warning with the
//! reveal toggle, the entity tint toggle with its legend, and "Add visit
//! from selection". Emits [`Command`]s; owns no state.

use eframe::egui;

use crate::ui::Command;
use crate::ui::palette::LEGEND;
use crate::ui::tr::{styled, tr, tr_plain, tr_plain_args};

/// What the header shows this frame.
#[derive(Clone, Copy, Debug)]
pub struct HeaderView<'a> {
    /// The article's hidden-character warning
    /// ([`crate::article::hidden_warning`]), if any.
    pub hidden_warning: Option<&'a crate::hidden::Warning>,
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
                    let what = warning.text(crate::ui::tr::lang(ui.ctx()));
                    let note = tr_plain_args(ui, "warning", &[("what", (&what).into())]);
                    let warn = Some(ui.visuals().warn_fg_color);
                    ui.label(styled(ui, &note, &egui::TextStyle::Body, warn));
                    let label = if view.show_controls {
                        tr(ui, "header-hide-hidden")
                    } else {
                        tr(ui, "header-reveal-hidden")
                    };
                    if ui.button(label).clicked() {
                        commands.push(Command::SetShowControls(!view.show_controls));
                    }
                });
            });
    }
    ui.horizontal_wrapped(|ui| {
        let mut tint = view.tint;
        if crate::ui::tr::checkbox(ui, &mut tint, tr(ui, "header-tint"))
            .on_hover_text(crate::ui::tr::hover(ui, "header-tint-hover"))
            .changed()
        {
            commands.push(Command::SetTint(tint));
        }
        let mut all = view.all_evidence;
        if crate::ui::tr::checkbox(ui, &mut all, tr(ui, "header-all-evidence"))
            .on_hover_text(crate::ui::tr::hover(ui, "header-all-evidence-hover"))
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
            let shown_name = legend_name(ui, name);
            ui.label(styled(ui, &shown_name, &egui::TextStyle::Small, None));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .add_enabled(
                    view.has_selection,
                    egui::Button::new(tr(ui, "menu-add-visit")),
                )
                .on_hover_text(crate::ui::tr::hover(ui, "header-add-visit-hover"))
                .on_disabled_hover_text(crate::ui::tr::hover(ui, "menu-select-text-first"))
                .clicked()
            {
                commands.push(Command::AddVisitFromSelection);
            }
        });
    });
    ui.separator();
}

/// The legend's word for a tint of [`LEGEND`], in the interface language.
fn legend_name(ui: &egui::Ui, name: &str) -> String {
    match name {
        "evidence" => tr_plain(ui, "legend-evidence"),
        "selected leg" => tr_plain(ui, "legend-selected-leg"),
        "person" => tr_plain(ui, "legend-person"),
        "visitor" => tr_plain(ui, "legend-visitor"),
        "place" => tr_plain(ui, "legend-place"),
        "counterpart" => tr_plain(ui, "legend-counterpart"),
        "date" => tr_plain(ui, "legend-date"),
        other => other.to_owned(),
    }
}
