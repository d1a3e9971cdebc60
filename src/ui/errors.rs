//! The error banner at the top of the central panel: one line per file that
//! could not be opened (the message names the file and the reason), each
//! dismissable. The messages are worded here, in the interface language of
//! the moment. Emits [`Command`]s; owns no state.

use eframe::egui;

use crate::i18n::Message;
use crate::ui::Command;
use crate::ui::files::set_accessible_label;
use crate::ui::status::count;
use crate::ui::tr::{strong, tr, tr_plain, tr_plain_args};

/// Draws the banner for `errors` (nothing when there are none).
pub fn show(ui: &mut egui::Ui, errors: &[Message], commands: &mut Vec<Command>) {
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
        crate::ui::tr::row(ui, |ui| {
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
                    let message = crate::ui::tr::message_plain(ui, &errors[i]);
                    crate::ui::tr::row(ui, |ui| {
                        let dismiss = ui
                            .small_button("×")
                            .on_hover_text(tr_plain(ui, "errors-dismiss"));
                        let label = tr_plain_args(
                            ui,
                            "errors-dismiss-label",
                            &[("what", (&message).into())],
                        );
                        set_accessible_label(ui, &dismiss, &label);
                        if dismiss.clicked() {
                            commands.push(Command::DismissError(i));
                        }
                        message_label(ui, &message);
                    });
                }
            });
    });
    ui.add_space(4.0);
}

/// One message on one line, cut with "…" when too long, the whole message on
/// hover. In Arabic it reads from the right and is cut at its logical end
/// (the bidi line): egui's own truncation would cut the visual right end,
/// which is where an Arabic message begins («تعذّر فتح مساحة العمل …»).
fn message_label(ui: &mut egui::Ui, message: &str) {
    let color = ui.visuals().error_fg_color;
    if crate::ui::tr::rtl(ui) {
        let font = egui::TextStyle::Body.resolve(ui.style());
        let width = ui.available_size_before_wrap().x.max(1.0);
        // A right-to-left mark: a message that begins with a file name reads
        // right to left too.
        let shown = format!("\u{200F}{message}");
        let line =
            crate::ui::bidi_line::BidiLine::elided(ui.painter(), &shown, &font, color, width);
        let (rect, response) =
            ui.allocate_exact_size(egui::vec2(width, line.height), egui::Sense::hover());
        line.paint_at(
            ui.painter(),
            rect.right_top(),
            egui::Align2::RIGHT_TOP,
            color,
        );
        let name = message.to_owned();
        response.widget_info(move || egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
        response.on_hover_text(crate::ui::tr::hover_text(ui, message));
        return;
    }
    // A message that names an Arabic file is cut at its logical end too.
    let (shown, _) = crate::ui::tr::cut(ui, message, &egui::TextStyle::Body, Some(color));
    ui.add(egui::Label::new(shown).truncate())
        .on_hover_text(crate::ui::tr::hover_text(ui, message));
}
