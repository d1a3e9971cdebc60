//! The status bar (bottom): how many articles are open, the progress of
//! the files being opened and of the extraction (each with a progress bar
//! and a Cancel button), and the encoding and size of the article in the
//! viewer. Emits [`Command`]s; owns no state.

use eframe::egui;

use crate::article::Article;
use crate::bidi_layout::bidi::BaseDirection;
use crate::i18n::{self, Arg, Lang};
use crate::ui::Command;
use crate::ui::bidi_line::BidiLine;
use crate::ui::files::set_accessible_label;
use crate::ui::tr::{tr, tr_plain, tr_plain_args};

/// Progress of the files being opened, shown with a progress bar.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LoadProgress {
    /// Files to open since the progress bar appeared (found in folders so
    /// far included).
    pub total: usize,
    /// Of those, files read (opened or refused).
    pub done: usize,
    /// Folders still being searched.
    pub searching: usize,
    /// The file read last.
    pub current: Option<String>,
}

/// Progress of the extraction, shown with a progress bar.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExtractProgress {
    /// Articles queued since the progress bar appeared.
    pub total: usize,
    /// Of those, articles finished.
    pub done: usize,
    /// The article being read and the fraction read (a huge article
    /// reports its parts).
    pub current: Option<(String, f32)>,
}

/// What the status bar shows.
#[derive(Debug)]
pub struct StatusView<'a> {
    /// Open articles.
    pub articles: usize,
    /// Visits found in them (kept by the app as results arrive).
    pub visits: usize,
    /// Legs of the merged timeline (reports of one visit are one leg).
    pub legs: usize,
    /// The message about the last file operation ("Exported 10 legs as JSON
    /// to /home/…/timeline.json").
    pub notice: Option<&'a str>,
    pub loading: &'a LoadProgress,
    /// Files still queued for opening.
    pub pending: usize,
    pub extracting: &'a ExtractProgress,
    pub selected: Option<&'a Article>,
}

/// "11 visits found" when every visit is a leg of the timeline, else
/// "11 visits found, 10 legs on the timeline" (several reports merged into one
/// leg, or legs added or deleted by the analyst), so the status bar and the
/// timeline's "10 legs" never seem to disagree.
pub fn visits_text(lang: Lang, visits: usize, legs: usize) -> String {
    let found = i18n::tr_args(lang, "status-visits-found", &count(visits));
    if legs == visits {
        return found;
    }
    let on_timeline = i18n::tr_args(lang, "status-legs-on-timeline", &count(legs));
    format!("{found}{}{on_timeline}", i18n::tr(lang, "list-separator"))
}

/// The arguments of a counted message: `n` (the plural form) and `count`
/// (shown, with thousands separators).
pub fn count(n: usize) -> [(&'static str, Arg<'static>); 2] {
    [("n", n.into()), ("count", Arg::Owned(thousands(n)))]
}

/// `12345` → `"12,345"`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Draws the status bar: one line in the interface's direction, its parts in
/// order of importance (the articles, the work going on or the visits found,
/// the notice of the last file operation, the article in the reader). Each
/// text is cut with "…" at its logical end to the room the parts before it
/// leave (the whole text on hover), and a part with no room left is not
/// shown: the bar never wraps onto a second line (600×400 did) and nothing
/// runs out of the window.
pub fn show(ui: &mut egui::Ui, view: &StatusView<'_>, commands: &mut Vec<Command>) {
    let layout = if crate::ui::tr::rtl(ui) {
        egui::Layout::right_to_left(egui::Align::Center)
    } else {
        egui::Layout::left_to_right(egui::Align::Center)
    };
    ui.with_layout(layout, |ui| parts(ui, view, commands));
}

/// The parts of the status bar, in a row (see [`show`]).
fn parts(ui: &mut egui::Ui, view: &StatusView<'_>, commands: &mut Vec<Command>) {
    let lang = crate::ui::tr::lang(ui.ctx());
    part(
        ui,
        &i18n::tr_args(lang, "status-articles", &count(view.articles)),
        false,
    );
    ui.separator();
    let loading = view.loading;
    let extracting = view.extracting;
    let busy_loading = view.pending > 0 || loading.searching > 0;
    if busy_loading {
        let args = [
            ("done", Arg::Owned(thousands(loading.done))),
            ("total", Arg::Owned(thousands(loading.total))),
        ];
        let mut text = if loading.searching > 0 {
            tr_plain_args(ui, "status-opening-searching", &args)
        } else {
            tr_plain_args(ui, "status-opening", &args)
        };
        if let Some(current) = &loading.current {
            text.push_str(&format!(" · {current}"));
        }
        let fraction = loading.done as f32 / loading.total.max(1) as f32;
        let cancel = Cancel {
            label: tr_plain(ui, "status-cancel-opening"),
            hover: tr_plain(ui, "status-cancel-opening-hover"),
            command: Command::CancelLoading,
        };
        progress(ui, &text, fraction, cancel, commands);
    }
    if extracting.total > 0 {
        if busy_loading {
            ui.separator();
        }
        let mut text = tr_plain_args(
            ui,
            "status-extracting",
            &[
                ("done", Arg::Owned(thousands(extracting.done))),
                ("total", Arg::Owned(thousands(extracting.total))),
            ],
        );
        // Within one article: a huge one reports its parts.
        let mut fraction = extracting.done as f32 / extracting.total.max(1) as f32;
        if let Some((name, part)) = &extracting.current {
            text.push_str(&format!(" · {name}"));
            if extracting.total == 1 || *part > 0.0 {
                text.push_str(&format!(" {:.0}%", part * 100.0));
            }
            fraction += part / extracting.total.max(1) as f32;
        }
        let cancel = Cancel {
            label: tr_plain(ui, "status-cancel-extraction"),
            hover: tr_plain(ui, "status-cancel-extraction-hover"),
            command: Command::CancelExtraction,
        };
        progress(ui, &text, fraction, cancel, commands);
    } else if !busy_loading {
        let visits = visits_text(lang, view.visits, view.legs);
        let label = part(ui, &visits, false);
        if view.legs != view.visits
            && let Some(label) = label
        {
            label.on_hover_text(crate::ui::tr::hover(ui, "status-legs-hover"));
        }
    }
    if let Some(notice) = view.notice
        && has_room(ui)
    {
        ui.separator();
        part(ui, notice, false);
    }
    if let Some(article) = view.selected
        && has_room(ui)
    {
        ui.separator();
        let chars = i18n::tr_args(lang, "status-characters", &count(article.char_count));
        let details = format!(
            "{} · {} · {chars}",
            crate::ui::tr::isolate(&crate::ui::bidi_line::clean(&article.file_name)),
            crate::ui::tr::isolate(article.encoding)
        );
        part(ui, &details, true);
    }
}

/// The least room worth a separator and a part cut to it.
const LEAST_PART: f32 = 60.0;

/// Whether the row has room for one more part.
fn has_room(ui: &egui::Ui) -> bool {
    ui.available_size_before_wrap().x >= LEAST_PART
}

/// One text of the status bar on one line, in the interface's direction
/// (weak: in the weak colour), cut with "…" at its logical end to the room
/// left on the row, the whole text on hover then; `None` when not even "…"
/// fits. Its accessible name is the whole text.
fn part(ui: &mut egui::Ui, text: &str, weak: bool) -> Option<egui::Response> {
    let room = ui.available_size_before_wrap().x.max(0.0);
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = if weak {
        ui.visuals().weak_text_color()
    } else {
        ui.visuals().text_color()
    };
    let direction = BaseDirection::Auto {
        fallback_rtl: crate::ui::tr::rtl(ui),
    };
    // In Arabic a right-to-left mark: a text that begins with a file name
    // reads right to left too (as every Arabic label does, `tr::styled`).
    let shown = if crate::ui::tr::rtl(ui) {
        format!("\u{200F}{text}")
    } else {
        text.to_owned()
    };
    let line = BidiLine::elided_in(ui.painter(), &shown, (&font, color), room, direction);
    if line.width > room {
        return None;
    }
    let size = egui::vec2(line.width, line.height);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    line.paint(ui.painter(), rect.left_top(), color);
    let name = crate::ui::bidi_line::without_controls(text);
    response.widget_info(move || egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
    Some(if line.elided {
        response.on_hover_text(crate::ui::tr::hover_text(ui, text))
    } else {
        response
    })
}

/// The Cancel button of a progress bar: its accessible name, its hover
/// text and what it asks for.
struct Cancel {
    label: String,
    hover: String,
    command: Command,
}

/// A Cancel button, a progress bar and what is being done. The button comes
/// first so that it stays where it is while the text after it changes
/// length from frame to frame (the file being read, the counts), and a click
/// aimed at it lands on it.
fn progress(
    ui: &mut egui::Ui,
    text: &str,
    fraction: f32,
    cancel: Cancel,
    commands: &mut Vec<Command>,
) {
    let button = ui
        .small_button(tr(ui, "status-cancel"))
        .on_hover_text(crate::ui::tr::hover_text(ui, &cancel.hover));
    set_accessible_label(ui, &button, &cancel.label);
    if button.clicked() {
        commands.push(cancel.command);
    }
    ui.add(
        egui::ProgressBar::new(fraction.clamp(0.0, 1.0))
            .desired_width(140.0)
            .show_percentage(),
    );
    part(ui, text, false);
}

#[cfg(test)]
mod tests {
    use super::thousands;

    #[test]
    fn counts_get_thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(10_000), "10,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
