//! The error banner at the top of the central panel: one line per file that
//! could not be opened (the message names the file and the reason), each
//! dismissable. Emits [`Command`]s; owns no state.

use eframe::egui;

use crate::ui::Command;
use crate::ui::files::set_accessible_label;
use crate::ui::status::count;
use crate::ui::tr::{strong, styled, text, tr, tr_plain, tr_plain_args};

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
            let heading = tr_plain_args(ui, "errors-heading", &count(errors.len()));
            ui.label(strong(ui, &heading));
            if errors.len() > 1 && ui.small_button(tr(ui, "errors-dismiss-all")).clicked() {
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
                        let dismiss = ui
                            .small_button("×")
                            .on_hover_text(tr_plain(ui, "errors-dismiss"));
                        let label =
                            tr_plain_args(ui, "errors-dismiss-label", &[("what", message.into())]);
                        set_accessible_label(ui, &dismiss, &label);
                        if dismiss.clicked() {
                            commands.push(Command::DismissError(i));
                        }
                        ui.add(
                            egui::Label::new(styled(
                                ui,
                                message,
                                &egui::TextStyle::Body,
                                Some(ui.visuals().error_fg_color),
                            ))
                            .truncate(),
                        )
                        .on_hover_text(text(ui, message));
                    });
                }
            });
    });
    ui.add_space(4.0);
}
