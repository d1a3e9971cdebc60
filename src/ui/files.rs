//! The file panel (left side): one entry per open article with its title
//! (first non-empty line), file name, visit count and an editable
//! publication date; an Open… button. Emits [`Command`]s.
//!
//! Its own widget state is the text of the date fields being edited, so a
//! half-typed date is kept until it is valid.

use std::collections::HashMap;

use chrono::NaiveDate;
use eframe::egui::{self, RichText};

use crate::app::{Article, Command};
use crate::ui::bidi_line;

/// Gives a widget an accessible name (what screen readers and the kittest
/// queries see) different from its visible text, e.g. "Close 001.txt" for a
/// "×" button.
pub fn set_accessible_label(ui: &egui::Ui, response: &egui::Response, label: &str) {
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(label.to_owned()));
}

/// A date field being edited.
#[derive(Clone, Debug, Default)]
struct DateEdit {
    /// What the analyst typed.
    text: String,
    /// The article's date when `text` was last set from it; a different date
    /// on the article (changed elsewhere) replaces the text.
    synced: Option<NaiveDate>,
    /// The text is not a valid date.
    invalid: bool,
}

/// Widget state of the file panel.
#[derive(Debug, Default)]
pub struct FilesPanel {
    dates: HashMap<String, DateEdit>,
    /// The viewer shows hidden characters (set by the app each frame; the
    /// warning's button toggles it).
    pub show_controls: bool,
}

/// Parses what the analyst typed in a date field: empty = unknown date,
/// else `YYYY-MM-DD`. `Err` for anything else.
pub fn parse_date(text: &str) -> Result<Option<NaiveDate>, chrono::ParseError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map(Some)
}

impl FilesPanel {
    /// Draws the panel content for `articles` (then the names of the files
    /// still `loading`), `selected` being the path shown in the viewer.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        articles: &[Article],
        loading: &[String],
        selected: Option<&str>,
        commands: &mut Vec<Command>,
    ) {
        self.dates
            .retain(|path, _| articles.iter().any(|a| &a.path == path));
        ui.horizontal(|ui| {
            ui.heading("Articles");
            let open = ui
                .button("Open…")
                .on_hover_text("Open articles (.txt .md .html) — Ctrl+O");
            if open.clicked() {
                commands.push(Command::ShowOpenDialog);
            }
        });
        ui.weak(format!(
            "{} open · drop files here to open them",
            articles.len()
        ));
        ui.separator();
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                for article in articles {
                    self.entry(
                        ui,
                        article,
                        selected == Some(article.path.as_str()),
                        commands,
                    );
                }
                for name in loading {
                    ui.horizontal(|ui| {
                        ui.add(egui::Spinner::new());
                        ui.weak(format!("Opening {name}…"));
                    });
                }
            });
    }

    fn entry(
        &mut self,
        ui: &mut egui::Ui,
        article: &Article,
        is_selected: bool,
        commands: &mut Vec<Command>,
    ) {
        let frame = egui::Frame::group(ui.style())
            .inner_margin(6.0)
            .fill(if is_selected {
                ui.visuals().selection.bg_fill.gamma_multiply(0.35)
            } else {
                egui::Color32::TRANSPARENT
            });
        frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let close = ui
                    .add(egui::Button::new("×").small())
                    .on_hover_text(format!("Close {}", article.file_name));
                set_accessible_label(ui, &close, &format!("Close {}", article.file_name));
                if close.clicked() {
                    commands.push(Command::Close(article.path.clone()));
                }
                // Laid out by the bidi algorithm (egui alone would reverse the
                // words of an Arabic title) and right-aligned when Arabic.
                let font = egui::TextStyle::Body.resolve(ui.style());
                let color = ui.visuals().strong_text_color();
                if bidi_line::label(ui, &article.title, &font, color).clicked() {
                    commands.push(Command::Select(article.path.clone()));
                }
            });
            let details = format!("{} · {}", article.file_name, article.visits_label());
            if ui
                .add(
                    egui::Label::new(RichText::new(details).small())
                        .truncate()
                        .sense(egui::Sense::click()),
                )
                .clicked()
            {
                commands.push(Command::Select(article.path.clone()));
            }
            self.date_field(ui, article, commands);
            for warning in &article.warnings {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    RichText::new(format!("Warning: {warning}")).small(),
                );
            }
            if let Some(warning) = &article.hidden_warning {
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    RichText::new(format!("Warning: {warning}")).small(),
                );
                let label = if self.show_controls {
                    "Hide hidden characters"
                } else {
                    "Reveal hidden characters"
                };
                if ui.small_button(label).clicked() {
                    commands.push(Command::Select(article.path.clone()));
                    commands.push(Command::SetShowControls(!self.show_controls));
                }
            }
        });
        ui.add_space(2.0);
    }

    fn date_field(&mut self, ui: &mut egui::Ui, article: &Article, commands: &mut Vec<Command>) {
        let edit = self
            .dates
            .entry(article.path.clone())
            .or_insert_with(|| DateEdit {
                text: date_text(article.published),
                synced: article.published,
                invalid: false,
            });
        let field_id = ui.make_persistent_id(("published", &article.path));
        let focused = ui.memory(|m| m.has_focus(field_id));
        if edit.synced != article.published && !focused {
            *edit = DateEdit {
                text: date_text(article.published),
                synced: article.published,
                invalid: false,
            };
        }
        ui.horizontal(|ui| {
            ui.label(RichText::new("Published").small());
            let response = ui.add(
                egui::TextEdit::singleline(&mut edit.text)
                    .id(field_id)
                    .hint_text("YYYY-MM-DD")
                    .desired_width(96.0)
                    .char_limit(10),
            );
            set_accessible_label(
                ui,
                &response,
                &format!("Publication date of {}", article.file_name),
            );
            if response.lost_focus() {
                match parse_date(&edit.text) {
                    Ok(date) => {
                        edit.invalid = false;
                        edit.text = date_text(date);
                        if date != article.published {
                            commands.push(Command::SetPublished(article.path.clone(), date));
                        }
                    }
                    Err(_) => edit.invalid = true,
                }
            }
            if edit.invalid {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    RichText::new("use YYYY-MM-DD").small(),
                );
            } else if article.published.is_none() && !focused {
                ui.weak(RichText::new("unknown date").small());
            }
        });
    }
}

fn date_text(date: Option<NaiveDate>) -> String {
    date.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// What the central panel shows when no article is shown: progress while
/// `loading` files are read, else how to open some.
pub fn empty_hint(ui: &mut egui::Ui, loading: usize) {
    ui.centered_and_justified(|ui| {
        if loading > 0 {
            ui.weak(format!("Opening {loading} file{}…", if loading == 1 { "" } else { "s" }));
        } else {
            ui.weak(
                "No article open. Use File > Open… (Ctrl+O) or drop .txt, .md or .html files on the window.",
            );
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(
            parse_date(" 2024-06-10 "),
            Ok(NaiveDate::from_ymd_opt(2024, 6, 10))
        );
        assert_eq!(parse_date(""), Ok(None));
        assert!(parse_date("2024-02-30").is_err());
        assert!(parse_date("10/06/2024").is_err());
        assert_eq!(date_text(NaiveDate::from_ymd_opt(2024, 2, 7)), "2024-02-07");
    }
}
