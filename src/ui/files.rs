//! The file panel (left side): one entry per open article with its title
//! (first non-empty line), file name, visit count, warnings and an editable
//! publication date; Open… and Open folder… buttons; a filter box. Emits
//! [`Command`]s.
//!
//! Entries have one fixed height, so the list is virtualized: only the
//! entries on screen are drawn, and ten thousand open articles cost a frame
//! no more than ten. Warnings are one line (the full text on hover and above
//! the viewer).
//!
//! Its own widget state is the filter text and the text of the date fields
//! on screen, so a half-typed date is kept until it is valid.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use eframe::egui;

use crate::article::{Article, Visits};
use crate::i18n::Arg;
use crate::model::PublishedFrom;
use crate::ui::Command;
use crate::ui::bidi_line;
use crate::ui::status::count;
use crate::ui::tr::{tr, tr_plain, tr_plain_args, weak};

/// Gives a widget an accessible name (what screen readers and the kittest
/// queries see) different from its visible text, e.g. "Close 001.txt" for a
/// "×" button.
pub fn set_accessible_label(ui: &egui::Ui, response: &egui::Response, label: &str) {
    // Fluent's isolates around names are for layout, not for screen readers.
    let label: String = label
        .chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect();
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(label));
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
    /// Date fields of the entries drawn in the last frame, by path.
    dates: HashMap<String, DateEdit>,
    /// What the analyst typed in the filter box.
    filter: String,
    /// The articles passing the filter, computed again only when the
    /// filter or the list of articles changes.
    matches: Matches,
    /// The date field has a row of its own under its label this frame (a
    /// narrow panel): every entry is a line taller.
    date_apart: bool,
}

/// Indices of the articles passing a filter.
#[derive(Debug, Default)]
struct Matches {
    /// The filter, folded, and the revision of the article list they are for.
    key: Option<(String, u64)>,
    indices: Vec<usize>,
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

/// Whether `path` is one of the sample articles (the embedded seeds).
fn is_sample(path: &str) -> bool {
    path.starts_with(crate::seeds::PATH_PREFIX)
}

/// The list's order: the analyst's own articles in their order, then the
/// sample articles as a group of their own (`(index, is_sample)` pairs in).
fn samples_last(entries: impl Iterator<Item = (usize, bool)>) -> Vec<usize> {
    let (samples, own): (Vec<_>, Vec<_>) = entries.partition(|&(_, sample)| sample);
    own.into_iter().chain(samples).map(|(i, _)| i).collect()
}

impl FilesPanel {
    /// Draws the panel content for `articles` (and how many files are still
    /// `loading`), `selected` being the path shown in the viewer. `revision`
    /// changes whenever an article is added or removed.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        articles: &[Article],
        revision: u64,
        loading: usize,
        selected: Option<&str>,
        commands: &mut Vec<Command>,
    ) {
        // Wrapped: in a narrow panel (600×400) the buttons go to a second
        // row instead of running out of the panel (under the reader, in
        // Arabic, whose rows run from the right).
        ui.horizontal_wrapped(|ui| {
            ui.label(crate::ui::tr::heading(ui, "files-heading"));
            let open = ui
                .button(tr(ui, "files-open"))
                .on_hover_text(crate::ui::tr::hover(ui, "files-open-hover"));
            if open.clicked() {
                commands.push(Command::ShowOpenDialog);
            }
            let folder = ui
                .button(tr(ui, "files-open-folder"))
                .on_hover_text(crate::ui::tr::hover(ui, "files-open-folder-hover"));
            if folder.clicked() {
                commands.push(Command::ShowOpenFolderDialog);
            }
        });
        let current = self.filter.clone();
        let filter = bidi_line::text_field(
            ui,
            &current,
            egui::TextEdit::singleline(&mut self.filter)
                .hint_text(crate::ui::tr::hint(ui, "files-filter-hint", f32::INFINITY))
                .desired_width(f32::INFINITY),
        );
        set_accessible_label(ui, &filter, &tr_plain(ui, "files-filter-label"));
        self.refresh_matches(articles, revision);
        // Taken out for the frame (the entries borrow the panel), put back after.
        let shown = std::mem::take(&mut self.matches.indices);
        let mut counts = tr_plain_args(ui, "files-open-count", &count(articles.len()));
        if shown.len() != articles.len() {
            counts.push_str(" · ");
            counts.push_str(&tr_plain_args(ui, "files-shown-count", &count(shown.len())));
        }
        counts.push_str(" · ");
        if loading > 0 {
            counts.push_str(&tr_plain_args(ui, "files-opening-count", &count(loading)));
        } else {
            counts.push_str(&tr_plain(ui, "files-drop-here"));
        }
        ui.label(weak(ui, &counts));
        let samples = articles.iter().filter(|a| is_sample(&a.path)).count();
        if samples > 0 {
            // From the right in Arabic: the note, then its button on its left.
            crate::ui::tr::row_wrapped(ui, |ui| {
                let note = if samples == articles.len() {
                    tr_plain_args(ui, "files-samples", &count(samples))
                } else {
                    tr_plain_args(ui, "files-samples-after", &count(samples))
                };
                ui.label(weak(ui, &note));
                let close = ui
                    .small_button(tr(ui, "files-close-samples"))
                    .on_hover_text(crate::ui::tr::hover(ui, "files-close-samples-hover"));
                if close.clicked() {
                    commands.push(Command::CloseSamples);
                }
            });
        }
        ui.separator();

        // An entry's room: the panel less its frame's margin and stroke.
        let stroke = ui.visuals().widgets.noninteractive.bg_stroke.width;
        let room = ui.available_width() - 2.0 * (ENTRY_MARGIN + stroke);
        self.date_apart = date_row_width(ui) > room;
        let row_height = entry_height(ui, self.date_apart);
        let mut drawn = HashSet::new();
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show_rows(ui, row_height, shown.len(), |ui, rows| {
                for &i in &shown[rows] {
                    let Some(article) = articles.get(i) else {
                        continue;
                    };
                    let is_selected = selected == Some(article.path.as_str());
                    let (rect, _) = ui.allocate_exact_size(
                        egui::vec2(ui.available_width(), row_height),
                        egui::Sense::hover(),
                    );
                    // Right-aligned in Arabic: the entry's rows then run right
                    // to left (egui's `horizontal` follows its parent).
                    let align = if crate::ui::tr::rtl(ui) {
                        egui::Align::Max
                    } else {
                        egui::Align::Min
                    };
                    let mut entry_ui = ui.new_child(
                        egui::UiBuilder::new()
                            .max_rect(rect)
                            .layout(egui::Layout::top_down(align)),
                    );
                    entry_ui.set_clip_rect(rect.intersect(ui.clip_rect()));
                    self.entry(&mut entry_ui, article, is_selected, commands);
                    drawn.insert(article.path.as_str());
                }
            });
        // Date fields scrolled away or closed are forgotten (bounded state).
        self.dates.retain(|path, _| drawn.contains(path.as_str()));
        self.matches.indices = shown;
    }

    /// How many date fields the panel holds (at most the entries on screen).
    pub fn cached_entries(&self) -> usize {
        self.dates.len()
    }

    /// Finds the articles passing the filter (all when it is empty) when
    /// the filter or the articles (`revision`) changed since last time.
    fn refresh_matches(&mut self, articles: &[Article], revision: u64) {
        let query = crate::bidi_layout::fold::fold(self.filter.trim());
        if let Some((q, r)) = &self.matches.key
            && *q == query
            && *r == revision
        {
            return;
        }
        let passing = articles
            .iter()
            .enumerate()
            .filter(|(_, a)| query.is_empty() || a.search_key.contains(&query))
            .map(|(i, a)| (i, is_sample(&a.path)));
        self.matches.indices = samples_last(passing);
        self.matches.key = Some((query, revision));
    }

    fn entry(
        &mut self,
        ui: &mut egui::Ui,
        article: &Article,
        is_selected: bool,
        commands: &mut Vec<Command>,
    ) {
        let frame = egui::Frame::group(ui.style())
            .inner_margin(ENTRY_MARGIN)
            .fill(if is_selected {
                ui.visuals().selection.bg_fill.gamma_multiply(0.35)
            } else {
                egui::Color32::TRANSPARENT
            });
        // A hidden or reordering character in the name is a visible token.
        let name = bidi_line::clean(&article.file_name);
        frame.show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let close = ui.add(egui::Button::new("×").small()).on_hover_text(
                    crate::ui::tr::hover_args(ui, "files-close", &[("name", name.as_ref().into())]),
                );
                set_accessible_label(
                    ui,
                    &close,
                    &tr_plain_args(
                        ui,
                        "files-close",
                        &[("name", article.file_name.as_str().into())],
                    ),
                );
                if close.clicked() {
                    commands.push(Command::Close(article.path.clone()));
                }
                // Laid out by the bidi algorithm (egui alone would reverse the
                // words of an Arabic title) and right-aligned when Arabic.
                let font = egui::TextStyle::Body.resolve(ui.style());
                // A file that could not be opened is greyed.
                let color = if article.missing.is_some() {
                    ui.visuals().weak_text_color()
                } else {
                    ui.visuals().strong_text_color()
                };
                if bidi_line::label(ui, &article.title, &font, color).clicked() {
                    commands.push(Command::Select(article.path.clone()));
                }
            });
            if let Some(reason) = &article.missing {
                missing_line(ui, article, reason, commands);
                self.date_field(ui, article, commands);
                return;
            }
            ui.horizontal(|ui| {
                if matches!(article.visits, Visits::Cancelled | Visits::Failed(_))
                    && ui
                        .small_button(tr(ui, "files-extract-again"))
                        .on_hover_text(crate::ui::tr::hover(ui, "files-extract-again-hover"))
                        .clicked()
                {
                    commands.push(Command::Reextract(article.path.clone()));
                }
                let hidden = (article.hidden_warning.as_ref())
                    .map(|m| m.text(crate::ui::tr::lang(ui.ctx())));
                let warnings: Vec<&str> = article
                    .warnings
                    .iter()
                    .map(String::as_str)
                    .chain(hidden.as_deref())
                    .collect();
                if !warnings.is_empty() {
                    let note = tr_plain_args(ui, "files-warnings", &count(warnings.len()));
                    let all = warnings
                        .iter()
                        .map(|w| tr_plain_args(ui, "warning", &[("what", (*w).into())]))
                        .collect::<Vec<_>>()
                        .join("\n");
                    let warn = Some(ui.visuals().warn_fg_color);
                    let small = egui::TextStyle::Small;
                    let label = ui
                        .label(crate::ui::tr::styled(ui, &note, &small, warn))
                        .on_hover_text(crate::ui::tr::hover_text(ui, &all));
                    set_accessible_label(ui, &label, &all);
                }
                let lang = crate::ui::tr::lang(ui.ctx());
                let details = format!(
                    "{} · {}",
                    crate::ui::tr::isolate(&name),
                    article.visits_label(lang)
                );
                let small = egui::TextStyle::Small;
                let (shown, cut) = crate::ui::tr::cut(ui, &details, &small, None);
                let mut label = ui.add(
                    egui::Label::new(shown)
                        .truncate()
                        .sense(egui::Sense::click()),
                );
                if cut {
                    label = label.on_hover_text(crate::ui::tr::hover_text(ui, &details));
                    set_accessible_label(ui, &label, &details);
                }
                if label.clicked() {
                    commands.push(Command::Select(article.path.clone()));
                }
            });
            self.date_field(ui, article, commands);
        });
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
        let published = |ui: &mut egui::Ui| {
            let published = tr_plain(ui, "files-published");
            ui.label(crate::ui::tr::styled(
                ui,
                &published,
                &egui::TextStyle::Small,
                None,
            ));
        };
        if self.date_apart {
            // "Published" and where the date came from, the field under them.
            ui.horizontal(|ui| {
                published(ui);
                date_note(ui, article, edit, focused);
            });
        }
        ui.horizontal(|ui| {
            if !self.date_apart {
                published(ui);
            }
            let response = ui.add(
                egui::TextEdit::singleline(&mut edit.text)
                    .id(field_id)
                    .hint_text("YYYY-MM-DD")
                    .desired_width(
                        DATE_FIELD_WIDTH.min(ui.available_width() - 2.0 * TEXT_EDIT_MARGIN),
                    )
                    .char_limit(10),
            );
            set_accessible_label(
                ui,
                &response,
                &tr_plain_args(
                    ui,
                    "files-date-of",
                    &[("name", article.file_name.as_str().into())],
                ),
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
            if !self.date_apart {
                date_note(ui, article, edit, focused);
            }
        });
    }
}

/// The width a date field needs for its text (its hint, "YYYY-MM-DD", the
/// widest), less its margins.
const DATE_FIELD_WIDTH: f32 = 96.0;

/// The side margin of an egui text field (`TextEdit`'s default).
const TEXT_EDIT_MARGIN: f32 = 4.0;

/// The width of "Published" and a date field side by side.
fn date_row_width(ui: &egui::Ui) -> f32 {
    let font = egui::TextStyle::Small.resolve(ui.style());
    let published = tr_plain(ui, "files-published");
    let label = (ui.painter())
        .layout_no_wrap(published, font, egui::Color32::PLACEHOLDER)
        .size()
        .x;
    // A little play: egui shapes the Arabic label through the bidi code.
    label + ui.spacing().item_spacing.x + DATE_FIELD_WIDTH + 2.0 * TEXT_EDIT_MARGIN + 4.0
}

/// Beside a date field, what is wrong with the text typed or where the date
/// came from, cut with "…" to the room left (the whole on hover).
fn date_note(ui: &mut egui::Ui, article: &Article, edit: &DateEdit, focused: bool) {
    let small = egui::TextStyle::Small;
    let (note, color, hover) = if edit.invalid {
        let note = tr_plain(ui, "files-date-format");
        (note, ui.visuals().error_fg_color, None)
    } else if article.published.is_none() && !focused {
        let note = tr_plain(ui, "files-date-unknown");
        (note, ui.visuals().weak_text_color(), None)
    } else if let Some(from) = article.published_from
        && !focused
    {
        let (note, hover) = date_source(ui, from);
        (note, ui.visuals().weak_text_color(), Some(hover))
    } else {
        return;
    };
    let (shown, cut) = crate::ui::tr::cut(ui, &note, &small, Some(color));
    let label = ui.add(egui::Label::new(shown).truncate());
    let hover = match (hover, cut) {
        (Some(hover), true) => Some(format!("{note}\n{hover}")),
        (Some(hover), false) => Some(hover),
        (None, true) => Some(note),
        (None, false) => None,
    };
    if let Some(hover) = hover {
        label.on_hover_text(crate::ui::tr::hover_text(ui, &hover));
    }
}

/// Where a publication date came from, as the file panel says it, and the
/// longer explanation on hover.
fn date_source(ui: &egui::Ui, from: PublishedFrom) -> (String, String) {
    match from {
        PublishedFrom::Argument => (
            tr_plain(ui, "files-date-given"),
            tr_plain(ui, "files-date-given-hover"),
        ),
        PublishedFrom::Html => (
            tr_plain(ui, "files-date-html"),
            tr_plain(ui, "files-date-html-hover"),
        ),
        PublishedFrom::Text => (
            tr_plain(ui, "files-date-text"),
            tr_plain(ui, "files-date-text-hover"),
        ),
    }
}

fn date_text(date: Option<NaiveDate>) -> String {
    date.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// The second line of a file that could not be opened: why, with Locate…
/// (pick where it is now) and Retry.
fn missing_line(
    ui: &mut egui::Ui,
    article: &Article,
    reason: &crate::i18n::Message,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        let name = || [("name", Arg::from(article.file_name.as_str()))];
        let locate = ui
            .small_button(tr(ui, "files-locate"))
            .on_hover_text(crate::ui::tr::hover_args(ui, "files-locate-hover", &name()));
        set_accessible_label(
            ui,
            &locate,
            &tr_plain_args(ui, "files-locate-label", &name()),
        );
        if locate.clicked() {
            commands.push(Command::Locate(article.path.clone()));
        }
        let retry = ui
            .small_button(tr(ui, "files-retry"))
            .on_hover_text(crate::ui::tr::hover(ui, "files-retry-hover"));
        set_accessible_label(ui, &retry, &tr_plain_args(ui, "files-retry-label", &name()));
        if retry.clicked() {
            commands.push(Command::Retry(article.path.clone()));
        }
        let reason = crate::ui::tr::message_plain(ui, reason);
        let note = tr_plain_args(ui, "files-not-opened", &[("what", reason.into())]);
        let weak = Some(ui.visuals().weak_text_color());
        let (shown, _) = crate::ui::tr::cut(ui, &note, &egui::TextStyle::Small, weak);
        let label =
            ui.add(egui::Label::new(shown).truncate())
                .on_hover_text(crate::ui::tr::hover_text(
                    ui,
                    &format!("{}\n{note}", article.path),
                ));
        set_accessible_label(ui, &label, &format!("{}: {note}", article.file_name));
    });
}

/// Inner margin of an entry's frame.
const ENTRY_MARGIN: f32 = 6.0;

/// Height of one entry (three lines in a frame, four when the date field
/// is `apart` on a line of its own), the same for all entries so that the
/// list can draw only the visible ones.
fn entry_height(ui: &egui::Ui, apart: bool) -> f32 {
    let body = ui.text_style_height(&egui::TextStyle::Body);
    let line = ui.spacing().interact_size.y.max(body);
    let lines = if apart { 4.0 } else { 3.0 };
    let gaps = lines - 1.0;
    (lines * line + gaps * ui.spacing().item_spacing.y + 2.0 * ENTRY_MARGIN + 6.0).ceil()
}

/// What the central panel shows when no article is shown: progress while
/// `loading` files are read, else how to open some.
pub fn empty_hint(ui: &mut egui::Ui, loading: usize) {
    ui.centered_and_justified(|ui| {
        let hint = if loading > 0 {
            tr_plain_args(ui, "files-opening-n", &count(loading))
        } else {
            tr_plain(ui, "files-empty-hint")
        };
        ui.label(weak(ui, &hint));
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_samples_come_after_the_analysts_own_articles_in_order() {
        let entries = [(0, true), (1, false), (2, true), (3, false)];
        assert_eq!(super::samples_last(entries.into_iter()), [1, 3, 0, 2]);
    }

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
