//! What the analyst asks for: the one action channel of the window.
//!
//! Panels draw from read-only data and push [`Command`]s; the app applies them
//! after the frame (`JawlaApp::apply`). This module is a leaf: it imports no
//! panel and nothing of `app`, so the panels and the app both depend on it and
//! not on each other. The small choices commands carry (theme, review tab,
//! export scope) live here too.

use std::path::PathBuf;

use chrono::NaiveDate;
use eframe::egui;
use serde::{Deserialize, Serialize};

use crate::export::Format;
use crate::i18n::{Lang, tr};
use crate::review::{Correction, LegKey};

/// Something the analyst asked for, emitted by a panel and applied by
/// [`JawlaApp::apply`] after the frame is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Open these files and folders (dialog, drag-and-drop, recent files).
    OpenPaths(Vec<PathBuf>),
    /// Show the Open… dialog (then [`Command::OpenPaths`]).
    ShowOpenDialog,
    /// Show the Open folder… dialog (then [`Command::OpenPaths`]).
    ShowOpenFolderDialog,
    /// Stop opening the files still queued (those open stay open).
    CancelLoading,
    /// Stop extracting visits (the article being read and those queued).
    CancelExtraction,
    /// Extract the visits of this article (by path) again.
    Reextract(String),
    /// Show this article in the viewer (by path).
    Select(String),
    /// Close this article (by path).
    Close(String),
    /// Close the sample articles (the embedded seeds), all together.
    CloseSamples,
    /// Try again to open this file of the session that could not be opened.
    Retry(String),
    /// Pick where this file that could not be opened is now (a dialog),
    /// then open it there in its place.
    Locate(String),
    /// Set or clear the publication date of an article (by path).
    SetPublished(String, Option<NaiveDate>),
    /// Dismiss the error message at this index.
    DismissError(usize),
    /// Dismiss every error message.
    DismissAllErrors,
    /// Forget the recent files.
    ClearRecent,
    /// Article font size in points.
    SetFontSize(f32),
    /// Article font: a system family name, or `None` for the bundled Naskh.
    SetArticleFont(Option<String>),
    SetTheme(ThemeChoice),
    /// Close the window (eframe saves the state first).
    Quit,
    /// Undo the last correction.
    Undo,
    /// Redo the last undone correction.
    Redo,
    /// Open the reader's find bar with the cursor in it (Edit ▸ Find, Ctrl+F).
    ShowFind,
    /// Open the "Add visit" form for the text selected in the viewer.
    AddVisitFromSelection,
    /// Show (or hide) bidi controls and other hidden characters as marks.
    SetShowControls(bool),
    /// Tint names in the viewer (visitor, place, counterpart, date).
    SetTint(bool),
    /// Show Hijri dates beside the Gregorian ones (table, editor, exports).
    SetHijri(bool),
    /// The interface language (View ▸ Interface language).
    SetLanguage(Lang),
    /// Show every leg's evidence and every recognized name in the viewer
    /// (`false`, the default: only the selected leg's).
    SetAllEvidence(bool),
    /// Show this panel in the review area.
    SetReviewTab(ReviewTab),
    /// What the exports contain.
    SetExportScope(ExportScope),
    /// Pick a file with the save dialog and export to it.
    ShowExportDialog(Format),
    /// Do what a file dialog was for with this typed path (the path field
    /// shown when no dialog gave a path).
    SubmitPath(PathAction, PathBuf),
    /// Close the path field.
    DismissPathPrompt,
    /// Pick a file and save the workspace there.
    ShowSaveWorkspaceDialog,
    /// Pick a workspace file and open it (replacing the session).
    ShowOpenWorkspaceDialog,
    /// Select this leg everywhere (a timeline mark, table row, map point or
    /// evidence sentence was clicked): its evidence opens in the viewer.
    SelectLeg(LegKey),
    /// Clear the leg selection.
    Deselect,
    /// Record this correction (pushed on the undo history and re-applied).
    Correct(Correction),
}

/// What a file dialog (or the path field that stands in for it) is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathAction {
    OpenFiles,
    OpenFolder,
    Export(Format),
    SaveWorkspace,
    OpenWorkspace,
}

impl PathAction {
    /// The button of the path field.
    pub fn verb(self, lang: Lang) -> String {
        match self {
            PathAction::OpenFiles | PathAction::OpenFolder | PathAction::OpenWorkspace => {
                tr(lang, "path-open")
            }
            PathAction::Export(_) => tr(lang, "path-export"),
            PathAction::SaveWorkspace => tr(lang, "path-save"),
        }
    }
}

/// Light, dark, or follow the operating system.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    /// Every choice, in menu order.
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];

    /// Menu label.
    pub fn label(self, lang: Lang) -> String {
        match self {
            ThemeChoice::System => tr(lang, "theme-system"),
            ThemeChoice::Light => tr(lang, "theme-light"),
            ThemeChoice::Dark => tr(lang, "theme-dark"),
        }
    }

    /// The egui preference this choice stands for.
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// What an export contains.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ExportScope {
    /// Every reviewed leg.
    #[default]
    Whole,
    /// The legs that pass the filter of the table and timeline.
    Filtered,
    /// The selected leg's trip (the leg alone when it has no trip; nothing
    /// when no leg is selected).
    SelectedTrip,
}

impl ExportScope {
    /// Every scope, in menu order.
    pub const ALL: [ExportScope; 3] = [
        ExportScope::Whole,
        ExportScope::Filtered,
        ExportScope::SelectedTrip,
    ];

    /// Menu label.
    pub fn label(self, lang: Lang) -> String {
        match self {
            ExportScope::Whole => tr(lang, "scope-whole"),
            ExportScope::Filtered => tr(lang, "scope-filtered"),
            ExportScope::SelectedTrip => tr(lang, "scope-trip"),
        }
    }
}

/// Which review panel fills the review area.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ReviewTab {
    #[default]
    Timeline,
    Table,
    Map,
}

impl ReviewTab {
    /// Every tab, in display order.
    pub const ALL: [ReviewTab; 3] = [ReviewTab::Timeline, ReviewTab::Table, ReviewTab::Map];

    /// Tab label.
    pub fn label(self, lang: Lang) -> String {
        match self {
            ReviewTab::Timeline => tr(lang, "tab-timeline"),
            ReviewTab::Table => tr(lang, "tab-table"),
            ReviewTab::Map => tr(lang, "tab-map"),
        }
    }
}
