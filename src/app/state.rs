//! What the app remembers between runs: one serde struct, stored as JSON under
//! [`STORAGE_KEY`] in eframe's storage. Everything else in the app is runtime
//! state rebuilt at start.
//!
//! Every field has a default (`#[serde(default)]`), so state written by an
//! older or newer jawla still loads; unreadable state is ignored (the app then
//! starts as on a first run, with the seeds open).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ui::command::ThemeChoice;
use crate::ui::viewer::ViewerSettings;

/// Key of the persisted state in eframe's storage.
pub const STORAGE_KEY: &str = "jawla.state";

/// How many paths the Recent files menu keeps.
pub const MAX_RECENT: usize = 12;

/// An open article as remembered: where it came from and the publication date
/// the analyst set (or the seed's own date).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenFile {
    /// A file path, or `seeds/NAME.txt` for an embedded seed.
    pub path: String,
    pub published: Option<NaiveDate>,
}

/// Everything jawla remembers between runs (the window size is remembered by
/// eframe itself).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PersistedState {
    /// Open articles, in panel order.
    pub open: Vec<OpenFile>,
    /// Path of the article shown in the viewer.
    pub selected: Option<String>,
    /// Recently opened file paths, most recent first (seeds excluded).
    pub recent: Vec<String>,
    /// Article font size and viewer toggles.
    pub viewer: ViewerSettings,
    /// Family name of the system font chosen for articles; `None` = the
    /// bundled Noto Naskh Arabic.
    pub article_font: Option<String>,
    pub theme: ThemeChoice,
    /// The height the analyst gave the review area (the divider between
    /// the reader and the timeline); `None` until it is moved. Read from the
    /// state of an older jawla when `review_share` is not set.
    pub review_height: Option<f32>,
    /// The review area's height as the analyst dragged it, a share of the
    /// window's body (`app::fit::Shares`), so that it follows the window.
    pub review_share: Option<f32>,
    /// The file list's width as dragged, a share of the window's width.
    pub files_share: Option<f32>,
    /// The leg editor's width as dragged, a share of the review area's width.
    pub editor_share: Option<f32>,
    /// Show each leg's Umm al-Qura Hijri date beside the Gregorian one in the
    /// table, the leg editor and the exports (View ▸ Hijri dates).
    pub hijri: bool,
    /// The interface language (View ▸ Interface language): English, or
    /// Arabic with the panels mirrored.
    pub language: crate::i18n::Lang,
}

impl Default for PersistedState {
    /// The first-run state: the embedded seeds open, the first one selected.
    fn default() -> Self {
        let open: Vec<OpenFile> = crate::seeds::documents()
            .into_iter()
            .map(|d| OpenFile {
                path: d.path,
                published: d.published,
            })
            .collect();
        let selected = open.first().map(|f| f.path.clone());
        Self {
            open,
            selected,
            recent: Vec::new(),
            viewer: ViewerSettings::default(),
            article_font: None,
            theme: ThemeChoice::default(),
            review_height: None,
            review_share: None,
            files_share: None,
            editor_share: None,
            hijri: false,
            language: crate::i18n::Lang::default(),
        }
    }
}

impl PersistedState {
    /// Parses state saved by [`PersistedState::to_json`]; `None` if it is not
    /// readable (the caller then starts from the default).
    pub fn from_json(json: &str) -> Option<Self> {
        serde_json::from_str(json).ok()
    }

    /// The JSON stored in eframe's storage.
    pub fn to_json(&self) -> String {
        // Serializing plain data with string keys cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Puts `path` at the top of the recent list (once), trimming it to
    /// [`MAX_RECENT`]. Seeds are not recorded.
    pub fn remember_recent(&mut self, path: &str) {
        if path.starts_with(crate::seeds::PATH_PREFIX) {
            return;
        }
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_owned());
        self.recent.truncate(MAX_RECENT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_unique_most_recent_first_capped_and_never_seeds() {
        let mut state = PersistedState::default();
        state.remember_recent("/a.txt");
        state.remember_recent("/b.txt");
        state.remember_recent("/a.txt");
        state.remember_recent("seeds/000_b042023ce1a6754a.txt");
        assert_eq!(state.recent, ["/a.txt", "/b.txt"]);
        for i in 0..20 {
            state.remember_recent(&format!("/{i}.txt"));
        }
        assert_eq!(state.recent.len(), MAX_RECENT);
        assert_eq!(state.recent[0], "/19.txt");
    }

    #[test]
    fn missing_fields_take_defaults_and_the_theme_is_lowercase() {
        let state =
            PersistedState::from_json(r#"{"theme":"dark","recent":["/x.txt"]}"#).expect("parses");
        assert_eq!(state.theme, ThemeChoice::Dark);
        assert_eq!(state.recent, ["/x.txt"]);
        assert_eq!(state.open.len(), 5, "no `open` field: the seeds");
        assert_eq!(state.viewer, ViewerSettings::default());
        assert!(state.to_json().contains(r#""theme":"dark""#));
        assert_eq!(PersistedState::from_json("[1,2]"), None);
    }
}
