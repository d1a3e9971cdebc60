//! The status bar (bottom): how many articles are open, the progress of
//! the files being opened and of the extraction (each with a progress bar
//! and a Cancel button), and the encoding and size of the article in the
//! viewer. Emits [`Command`]s; owns no state.

use eframe::egui;

use crate::article::Article;
use crate::i18n::{self, Arg, Lang};
use crate::ui::Command;
use crate::ui::files::set_accessible_label;
use crate::ui::tr::{text, tr, tr_plain, tr_plain_args, weak};

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

/// Draws the status bar.
pub fn show(ui: &mut egui::Ui, view: &StatusView<'_>, commands: &mut Vec<Command>) {
    // Wrapped, so that a narrow window shows every part on a second line
    // rather than cutting it at the right.
    ui.horizontal_wrapped(|ui| {
        let lang = crate::ui::tr::lang(ui.ctx());
        ui.label(text(
            ui,
            &i18n::tr_args(lang, "status-articles", &count(view.articles)),
        ));
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
            let label = ui.label(text(ui, &visits));
            if view.legs != view.visits {
                label.on_hover_text(tr(ui, "status-legs-hover"));
            }
        }
        if let Some(notice) = view.notice {
            ui.separator();
            ui.label(text(ui, notice));
        }
        if let Some(article) = view.selected {
            ui.separator();
            let chars = i18n::tr_args(lang, "status-characters", &count(article.char_count));
            let details = format!(
                "{} · {} · {chars}",
                crate::ui::tr::isolate(&crate::ui::bidi_line::clean(&article.file_name)),
                crate::ui::tr::isolate(article.encoding)
            );
            ui.label(weak(ui, &details));
        }
    });
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
        .on_hover_text(crate::ui::tr::text(ui, &cancel.hover));
    set_accessible_label(ui, &button, &cancel.label);
    if button.clicked() {
        commands.push(cancel.command);
    }
    ui.add(
        egui::ProgressBar::new(fraction.clamp(0.0, 1.0))
            .desired_width(140.0)
            .show_percentage(),
    );
    ui.label(crate::ui::tr::text(ui, text));
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
