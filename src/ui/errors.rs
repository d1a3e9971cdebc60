//! The error banner at the top of the central panel: one line per file that
//! could not be opened (the message names the file and the reason), each
//! dismissable. Emits [`Command`]s; owns no state.

use eframe::egui::{self, RichText};

use crate::ui::Command;
use crate::ui::files::set_accessible_label;

/// Draws the banner for `errors` (nothing when there are none).
pub fn show(ui: &mut egui::Ui, errors: &[String], commands: &mut Vec<Command>) {
    if errors.is_empty() {
        return;
    }
    let visuals = ui.visuals();
    let frame = egui::Frame::new()
        .fill(visuals.error_fg_color.gamma_multiply(0.12))
        .stroke(egui::Stroke::new(1.0, visuals.error_fg_color))
        .corner_radius(4.0)
        .inner_margin(6.0);
    frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            let heading = match errors.len() {
                1 => "1 file could not be opened".to_owned(),
                n => format!("{n} files could not be opened"),
            };
            ui.label(RichText::new(heading).strong());
            if errors.len() > 1 && ui.small_button("Dismiss all").clicked() {
                commands.push(Command::DismissAllErrors);
            }
        });
        // Only the visible rows are drawn: a folder of bad files can give
        // thousands of messages.
        let row_height = ui
            .spacing()
            .interact_size
            .y
            .max(ui.text_style_height(&egui::TextStyle::Body));
        egui::ScrollArea::vertical()
            .max_height(120.0)
            .id_salt("jawla-errors")
            .show_rows(ui, row_height, errors.len(), |ui, rows| {
                for i in rows {
                    let message = &errors[i];
                    ui.horizontal(|ui| {
                        let dismiss = ui.small_button("×").on_hover_text("Dismiss");
                        set_accessible_label(ui, &dismiss, &format!("Dismiss: {message}"));
                        if dismiss.clicked() {
                            commands.push(Command::DismissError(i));
                        }
                        ui.add(
                            egui::Label::new(
                                RichText::new(message).color(ui.visuals().error_fg_color),
                            )
                            .truncate(),
                        )
                        .on_hover_text(message);
                    });
                }
            });
    });
    ui.add_space(4.0);
}
