//! The desktop application: state, commands, persistence. Imports egui.
//!
//! - [`JawlaApp`] holds the [`PersistedState`] (what is remembered between
//!   runs) apart from runtime state (decoded articles, errors, panel widget
//!   state, background workers).
//! - Panels under [`crate::ui`] draw from read-only data and return
//!   [`Command`]s; the app applies them after drawing ([`JawlaApp::apply`]),
//!   so nothing mutates shared state mid-frame.
//! - Every way of opening files (dialog, drag-and-drop, recent list, tests)
//!   goes through [`JawlaApp::open_paths`].
//! - Files are read and decoded on a worker thread ([`load::Loader`]), and
//!   extraction runs on another ([`extractor::Extractor`]) whenever an article
//!   is opened or its publication date changes: the window never waits.

use std::collections::{HashSet, VecDeque};
use std::ops::Range;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use chrono::NaiveDate;
use eframe::egui;

use crate::i18n::Message;
use crate::review::LegKey;
use crate::ui;
use crate::ui::viewer::{Highlights, Viewer};

pub mod article;
pub mod extractor;
pub mod fit;
pub mod fonts;
mod layout;
mod library;
pub mod load;
pub mod merger;
mod missing;
pub mod review_state;
pub mod session;
pub mod state;
mod workers;

pub use crate::ui::command::{Command, ExportScope, PathAction, ReviewTab, ThemeChoice};
pub use crate::ui::status::{ExtractProgress, LoadProgress};
pub use article::{Article, Visits};
pub use review_state::ReviewState;
pub use session::default_workspace_path;
pub use state::{OpenFile, PersistedState};

/// A file being loaded in the background.
#[derive(Clone, Debug, PartialEq)]
struct PendingLoad {
    file: OpenFile,
    /// Opened by the analyst now, not restored from the last session.
    user_opened: bool,
    /// The folder the analyst opened that it was found in (the folder, not
    /// each of its files, goes to the recent files; a file of it with no
    /// Arabic text is left aside).
    from_folder: Option<Arc<str>>,
}

pub use crate::ui::menu::FONT_SIZE_RANGE;

/// The jawla application.
#[derive(Debug)]
pub struct JawlaApp {
    /// Remembered between runs (its `open` list is rebuilt from `articles`
    /// when saving).
    state: PersistedState,
    /// The open articles, in panel order, and the figures kept over them.
    library: library::Library,
    /// Files queued for loading, in request order (they join `articles` as
    /// they arrive, in this order).
    pending: VecDeque<PendingLoad>,
    /// Paths of `pending`.
    pending_set: HashSet<String>,
    /// The files being opened (reset when all are done).
    load_progress: LoadProgress,
    /// The articles being extracted (reset when all are done).
    extract_progress: ExtractProgress,
    /// Article to show as soon as it is loaded (the first file of an Open).
    select_on_load: Option<String>,
    loader: load::Loader,
    /// Merges the timeline of many articles off the UI thread.
    merger: merger::Merger,
    /// Messages for files that could not be opened, newest last, worded in
    /// the interface language when shown.
    errors: Vec<Message>,
    files_panel: ui::files::FilesPanel,
    viewer: Viewer,
    extractor: extractor::Extractor,
    system_fonts: fonts::SystemFonts,
    /// The window title last sent to the viewport.
    window_title: String,
    ctx: egui::Context,
    /// Engine timeline, corrections, selection and review panels.
    review: ReviewState,
    /// The open articles or their extraction results changed: rebuild the
    /// engine timeline before the next frame is drawn.
    review_dirty: bool,
    /// Bumped whenever what the workspace file holds may have changed apart
    /// from the undo history (articles opened, loaded, closed, dates set,
    /// corrections replaced wholesale): with the history's revision, it tells
    /// the autosave whether to write, without rebuilding the workspace every
    /// frame.
    session_epoch: u64,
    autosave: session::Autosave,
    /// What the exports contain.
    export_scope: ExportScope,
    /// The viewer's selection in the last frame (for "Add visit from selection").
    viewer_selection: Option<Range<usize>>,
    /// The highlights given to the viewer in the last frame, what they
    /// were computed from, and the chars they cover.
    highlights: Highlights,
    highlight_key: Option<layout::HighlightKey>,
    highlight_window: Range<usize>,
    /// When the engine timeline was last rebuilt.
    rebuilt_at: Option<Instant>,
    /// A short message about the last file operation ("Exported … to …"),
    /// worded in the interface language when shown.
    notice: Option<Message>,
    /// The files of the folder opened last that were left aside (the
    /// notice says which).
    aside: Option<workers::Aside>,
    /// The path field shown when a file dialog gave no path (cancelled, or
    /// none could appear): what it is for and the text typed.
    path_prompt: Option<(PathAction, String)>,
}

/// Opens the main window, opens the files and folders `open` (from the
/// command line) after the last session's, and runs until it is closed.
pub fn run(open: Vec<PathBuf>) -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("jawla")
            .with_inner_size([1200.0, 780.0])
            .with_min_inner_size([480.0, 320.0]),
        persist_window: true,
        ..Default::default()
    };
    let created = eframe::run_native(
        "jawla",
        options,
        Box::new(|cc| {
            let saved = cc.storage.and_then(|s| s.get_string(state::STORAGE_KEY));
            let state = saved
                .as_deref()
                .and_then(PersistedState::from_json)
                .unwrap_or_default();
            let mut app = JawlaApp::with_workspace(&cc.egui_ctx, state, default_workspace_path());
            if !open.is_empty() {
                app.open_paths(open);
            }
            Ok(Box::new(app))
        }),
    );
    match created {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("jawla: cannot open the window: {e}");
            ExitCode::FAILURE
        }
    }
}

impl JawlaApp {
    /// Builds the app on `ctx`, restoring the state saved in `storage` (the
    /// first-run state, with the seeds open, when there is none). Tests pass
    /// their own storage or `None`.
    pub fn new(ctx: &egui::Context, storage: Option<&dyn eframe::Storage>) -> Self {
        let saved = storage.and_then(|s| s.get_string(state::STORAGE_KEY));
        let state = saved
            .as_deref()
            .and_then(PersistedState::from_json)
            .unwrap_or_default();
        Self::with_state(ctx, state)
    }

    /// Builds the app on `ctx` from `state`: loads its open files (files that
    /// cannot be read become error messages), applies theme and fonts, and
    /// starts extraction.
    pub fn with_state(ctx: &egui::Context, state: PersistedState) -> Self {
        Self::with_workspace(ctx, state, None)
    }

    /// Builds the app on `ctx` from `state` and the workspace autosaved at
    /// `workspace` (`None`: no autosave, as in most tests). When that file
    /// exists its articles, dates and corrections replace `state`'s open
    /// files; a file that cannot be used is kept aside (renamed) and its
    /// message shown, and the app starts from `state`.
    pub fn with_workspace(
        ctx: &egui::Context,
        mut state: PersistedState,
        workspace: Option<PathBuf>,
    ) -> Self {
        let mut messages = Vec::new();
        let mut corrections = Vec::new();
        let mut allowed = true;
        if let Some(path) = &workspace {
            let existed = path.exists();
            let opened = crate::workspace::store::open_or_empty(path);
            messages.extend(opened.notice());
            allowed = opened.may_save;
            if existed && opened.problem.is_none() {
                state.open = opened
                    .workspace
                    .articles
                    .iter()
                    .map(|a| OpenFile {
                        path: a.path.clone(),
                        published: a.published,
                    })
                    .collect();
                corrections = opened.workspace.corrections;
            }
        }
        let mut app = Self::build(ctx, state, corrections);
        app.errors = messages;
        app.autosave.path = workspace;
        app.autosave.allowed = allowed;
        if app.autosave.path.as_deref().is_some_and(|p| p.exists()) {
            // What is on disk is what was just loaded.
            app.autosave.saved = Some(app.signature());
        }
        app
    }

    fn build(
        ctx: &egui::Context,
        state: PersistedState,
        corrections: Vec<crate::review::Correction>,
    ) -> Self {
        ctx.set_theme(state.theme.preference());
        fonts::install(ctx, None);
        let mut app = Self {
            library: library::Library::default(),
            pending: VecDeque::new(),
            pending_set: HashSet::new(),
            load_progress: LoadProgress::default(),
            extract_progress: ExtractProgress::default(),
            select_on_load: None,
            loader: load::Loader::start(ctx),
            merger: merger::Merger::start(ctx),
            errors: Vec::new(),
            files_panel: ui::files::FilesPanel::default(),
            viewer: Viewer::default(),
            extractor: extractor::Extractor::start(ctx),
            system_fonts: fonts::SystemFonts::scan(ctx),
            window_title: String::new(),
            ctx: ctx.clone(),
            state,
            review: ReviewState::new(corrections),
            review_dirty: false,
            session_epoch: 0,
            autosave: session::Autosave::default(),
            export_scope: ExportScope::default(),
            viewer_selection: None,
            highlights: Highlights::default(),
            highlight_key: None,
            highlight_window: 0..0,
            rebuilt_at: None,
            notice: None,
            aside: None,
            path_prompt: None,
        };
        let batch = app.loader.new_batch();
        for file in app.state.open.clone() {
            app.queue_load(file, false, batch);
        }
        app
    }

    /// The open articles, in panel order.
    pub fn articles(&self) -> &[Article] {
        &self.library.articles
    }

    /// Error messages currently shown (each names its file), in the
    /// interface language.
    pub fn errors(&self) -> Vec<String> {
        let lang = self.state.language;
        self.errors.iter().map(|m| m.text(lang)).collect()
    }

    /// The state that [`JawlaApp::save_to`] would store now (files still
    /// loading included, so saving mid-load loses nothing).
    pub fn persisted(&self) -> PersistedState {
        let mut state = self.state.clone();
        let loaded = self.library.articles.iter().map(|a| OpenFile {
            path: a.path.clone(),
            published: a.published,
        });
        state.open = loaded
            .chain(self.pending.iter().map(|p| p.file.clone()))
            .collect();
        state
    }

    /// True while files are being opened (folders searched, files read).
    pub fn is_loading(&self) -> bool {
        !self.pending.is_empty() || self.load_progress.searching > 0
    }

    /// Paths of the files still loading, in order.
    pub fn loading(&self) -> Vec<&str> {
        self.pending.iter().map(|p| p.file.path.as_str()).collect()
    }

    /// Path of the article in the viewer.
    pub fn selected(&self) -> Option<&str> {
        self.state.selected.as_deref()
    }

    /// The installed fonts that cover Arabic (the Article font menu).
    pub fn system_fonts(&self) -> &fonts::SystemFonts {
        &self.system_fonts
    }

    /// True while some article waits for its extraction.
    pub fn extraction_running(&self) -> bool {
        self.library.counts.running > 0
    }

    /// The files being opened: how many of how many, which one last.
    pub fn load_progress(&self) -> &LoadProgress {
        &self.load_progress
    }

    /// The extraction: how many articles of how many, which one now.
    pub fn extract_progress(&self) -> &ExtractProgress {
        &self.extract_progress
    }

    /// Sizes of the caches that grow with what is opened, for the soak test:
    /// (paragraph layouts held by the viewer, date fields held by the file
    /// panel, highlights held for the viewer).
    pub fn cache_sizes(&self) -> (usize, usize, usize) {
        (
            self.viewer.cached_layouts(),
            self.files_panel.cached_entries(),
            self.highlights.as_slice().len(),
        )
    }

    /// The review side: engine timeline, corrections, selected leg.
    pub fn review(&self) -> &ReviewState {
        &self.review
    }

    /// Replaces the filter shared by the table, the timeline and exports (the
    /// table's filter bar edits it too).
    pub fn set_filter(&mut self, filter: crate::review::filter::LegFilter) {
        self.review.filter = filter;
    }

    /// The highlights the viewer was given in the last frame (chars of the
    /// article in the viewer).
    pub fn highlights(&self) -> &[crate::ui::viewer::Highlight] {
        self.highlights.as_slice()
    }

    /// Chars of the paragraphs the viewer painted in the last frame.
    pub fn viewer_visible_chars(&self) -> Range<usize> {
        self.viewer.visible_chars()
    }

    /// The window's title as last sent ("TITLE — jawla", in the interface
    /// language).
    pub fn window_title(&self) -> &str {
        &self.window_title
    }

    /// The message about the last file operation, if any, in the interface
    /// language.
    pub fn notice(&self) -> Option<String> {
        self.notice.as_ref().map(|m| m.text(self.state.language))
    }

    /// Where the workspace is autosaved (`None`: not autosaved).
    pub fn workspace_path(&self) -> Option<&std::path::Path> {
        self.autosave.path.as_deref()
    }

    /// What the exports contain.
    pub fn export_scope(&self) -> ExportScope {
        self.export_scope
    }

    /// Stops the loading worker, as if its thread had died (for the tests of
    /// what the app says then: files are read on the UI thread, a folder is
    /// an error).
    #[doc(hidden)]
    pub fn stop_loading_worker(&mut self) {
        self.loader.stop();
    }

    /// Writes the persisted state into `storage`.
    pub fn save_to(&self, storage: &mut dyn eframe::Storage) {
        storage.set_string(state::STORAGE_KEY, self.persisted().to_json());
    }

    /// Opens `paths`: each file is loaded in the background and becomes an
    /// article (or, if already open, is selected); each folder is searched
    /// (recursively, on the worker) for article files, which are opened the
    /// same way. A file that cannot be read or decoded becomes an error
    /// message naming it, and the others still open. The first of them is
    /// shown in the viewer once loaded.
    pub fn open_paths(&mut self, paths: Vec<PathBuf>) {
        let batch = self.loader.new_batch();
        let mut first: Option<String> = None;
        for path in paths {
            // The canonical absolute path is the identity, so the same file
            // opened twice (or by another relative path) is one article. A
            // path that cannot be resolved (e.g. missing) is queued as given:
            // loading reports it, in order with the others.
            let key = std::fs::canonicalize(&path).unwrap_or(path);
            let is_folder = key.is_dir();
            let key = key.to_string_lossy().into_owned();
            first.get_or_insert(key.clone());
            if is_folder {
                self.state.remember_recent(&key);
                if self.loader.request_folder(key.clone(), batch) {
                    self.load_progress.searching += 1;
                } else {
                    let message = Message::new("loader-stopped").with("path", key.as_str());
                    self.errors.push(message);
                }
                continue;
            }
            if !self.library.positions.contains_key(&key) && !self.pending_set.contains(&key) {
                let file = OpenFile {
                    path: key,
                    published: None,
                };
                self.queue_load(file, true, batch);
            }
        }
        match first {
            Some(path) if self.library.positions.contains_key(&path) => {
                self.state.selected = Some(path);
                self.select_on_load = None;
            }
            // A folder: replaced by its first file when it is searched.
            Some(path) => self.select_on_load = Some(path),
            None => {}
        }
    }

    /// Stops opening the queued files: the worker skips them, the articles
    /// already open stay.
    pub fn cancel_loading(&mut self) {
        let left = self.pending.len();
        self.loader.cancel_all();
        self.pending.clear();
        self.pending_set.clear();
        self.select_on_load = None;
        self.load_progress = LoadProgress::default();
        self.session_epoch += 1;
        let notice = Message::new("notice-opening-cancelled")
            .with("n", left)
            .with("count", left.to_string());
        self.notice = Some(notice);
    }

    /// Stops the extraction: the article being read and the queued ones are
    /// marked cancelled (each can be extracted again from the file panel).
    pub fn cancel_extraction(&mut self) {
        self.extractor.cancel_all();
    }

    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        let lang = self.state.language;
        match command {
            Command::OpenPaths(paths) => self.open_paths(paths),
            Command::ShowOpenFolderDialog => {
                let title = session::dialog_text(Message::new("dialog-open-folder"), lang);
                match rfd::FileDialog::new().set_title(title).pick_folder() {
                    Some(folder) => self.open_paths(vec![folder]),
                    None => self.prompt_path(PathAction::OpenFolder),
                }
            }
            Command::CancelLoading => self.cancel_loading(),
            Command::CancelExtraction => self.cancel_extraction(),
            Command::Reextract(path) => {
                if let Some(index) = self.index_of(&path) {
                    self.request_extraction(index);
                }
            }
            Command::ShowOpenDialog => {
                let text = |key: &'static str| session::dialog_text(Message::new(key), lang);
                let picked = rfd::FileDialog::new()
                    .set_title(text("dialog-open-articles"))
                    .add_filter(
                        text("dialog-articles-filter"),
                        &["txt", "md", "html", "htm"],
                    )
                    .add_filter(text("dialog-all-files"), &["*"])
                    .pick_files();
                match picked {
                    Some(paths) => self.open_paths(paths),
                    None => self.prompt_path(PathAction::OpenFiles),
                }
            }
            Command::Select(path) => {
                if self.index_of(&path).is_some() {
                    self.state.selected = Some(path);
                    // An explicit choice wins over "show what I just opened".
                    self.select_on_load = None;
                }
            }
            Command::Close(path) => self.close(&path),
            Command::CloseSamples => self.close_samples(),
            Command::Retry(path) => self.retry_missing(&path),
            Command::Locate(path) => {
                let picked = rfd::FileDialog::new()
                    .set_title(session::dialog_text(
                        Message::new("dialog-locate").with("file", article::file_name_of(&path)),
                        lang,
                    ))
                    .pick_file();
                if let Some(new) = picked {
                    self.relocate(&path, new);
                }
            }
            Command::SetPublished(path, date) => self.set_published(&path, date),
            Command::DismissError(i) => {
                if i < self.errors.len() {
                    self.errors.remove(i);
                }
            }
            Command::DismissAllErrors => self.errors.clear(),
            Command::ClearRecent => self.state.recent.clear(),
            Command::SetFontSize(size) => {
                self.state.viewer.font_size = size.clamp(FONT_SIZE_RANGE.0, FONT_SIZE_RANGE.1);
            }
            Command::SetArticleFont(family) => {
                self.state.article_font = family;
                self.install_fonts();
            }
            Command::Quit => self.ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::SetTheme(theme) => {
                self.state.theme = theme;
                self.ctx.set_theme(theme.preference());
            }
            Command::Undo => {
                self.review.undo();
            }
            Command::Redo => {
                self.review.redo();
            }
            Command::AddVisitFromSelection => self.add_visit_from_selection(),
            Command::ShowFind => self.viewer.open_find(),
            Command::SubmitPath(action, path) => self.submit_path(action, path),
            Command::DismissPathPrompt => self.path_prompt = None,
            Command::SetShowControls(on) => self.state.viewer.show_controls = on,
            Command::SetTint(on) => self.review.tint = on,
            Command::SetHijri(on) => self.state.hijri = on,
            Command::SetLanguage(lang) => {
                self.state.language = lang;
                crate::ui::tr::set_lang(&self.ctx, lang);
            }
            Command::SetAllEvidence(on) => self.review.all_evidence = on,
            Command::SetReviewTab(tab) => self.review.tab = tab,
            Command::SetExportScope(scope) => self.export_scope = scope,
            Command::ShowExportDialog(_)
            | Command::ShowSaveWorkspaceDialog
            | Command::ShowOpenWorkspaceDialog => self.apply_file_dialog(command),
            Command::SelectLeg(key) => self.select_leg(&key),
            Command::Deselect => self.review.select(None),
            Command::Correct(c) => self.review.push(c),
        }
    }

    /// Selects the leg `key` everywhere: its first evidence's article becomes
    /// the article in the viewer, scrolled to the evidence (which the viewer
    /// highlights in [`review_state::SELECTED_EVIDENCE_COLOR`]).
    pub fn select_leg(&mut self, key: &LegKey) {
        let Some(leg) = self.review.find(key) else {
            return;
        };
        let evidence = leg.visit.evidence.first().cloned();
        self.review.select(Some(leg.key.clone()));
        if let Some(e) = evidence
            && self.index_of(&e.path).is_some()
        {
            self.state.selected = Some(e.path);
            self.select_on_load = None;
            self.viewer.scroll_to(e.start..e.end);
        }
    }

    /// The viewer's selection becomes the evidence of a new leg: opens the
    /// "Add visit" form (a message says why not when nothing is selected).
    pub fn add_visit_from_selection(&mut self) {
        let Some(range) = self.viewer_selection.clone() else {
            self.notice = Some(Message::new("notice-select-sentence"));
            return;
        };
        let Some(index) = self.selected_index() else {
            return;
        };
        let article = &self.library.articles[index];
        if !self.review.open_add_form(article, range) {
            self.notice = Some(Message::new("notice-selection-empty"));
        }
    }

    /// Sets the viewer's selection (chars of the article in the viewer), as
    /// selecting with the mouse does.
    pub fn set_viewer_selection(&mut self, range: Option<Range<usize>>) {
        self.viewer_selection = range;
    }

    /// True while anything runs in the background: files opening,
    /// extraction, or the timeline being rebuilt.
    pub fn is_busy(&self) -> bool {
        self.is_loading() || self.extraction_running() || self.review_dirty || self.merger.busy()
    }

    /// The article in the viewer, if any.
    fn selected_article(&self) -> Option<&Article> {
        self.library.articles.get(self.selected_index()?)
    }

    /// Position of the article in the viewer in `articles`, if it is open.
    fn selected_index(&self) -> Option<usize> {
        self.index_of(self.state.selected.as_deref()?)
    }

    fn index_of(&self, path: &str) -> Option<usize> {
        self.library.index_of(path)
    }

    /// Closes the sample articles (the embedded seeds), loaded or loading.
    fn close_samples(&mut self) {
        let samples: Vec<String> = (self.library.articles.iter())
            .map(|a| a.path.clone())
            .chain(self.pending.iter().map(|p| p.file.path.clone()))
            .filter(|p| p.starts_with(crate::seeds::PATH_PREFIX))
            .collect();
        for path in samples {
            self.close(&path);
        }
    }

    fn close(&mut self, path: &str) {
        self.session_epoch += 1;
        // A file still loading is forgotten; its result will be ignored.
        if self.pending_set.remove(path) {
            self.pending.retain(|p| p.file.path != path);
        }
        let Some(index) = self.index_of(path) else {
            return;
        };
        self.library.remove(index);
        self.review_dirty = true;
        if self.state.selected.as_deref() == Some(path) {
            // Its layouts and highlights go with it.
            self.viewer.forget();
            self.highlights = Highlights::default();
            self.highlight_key = None;
        }
        if self.state.selected.as_deref() == Some(path) {
            let neighbour = self
                .library
                .articles
                .get(index)
                .or_else(|| self.library.articles.last());
            self.state.selected = neighbour.map(|a| a.path.clone());
        }
    }

    fn set_published(&mut self, path: &str, date: Option<NaiveDate>) {
        self.session_epoch += 1;
        if let Some(pending) = self.pending.iter_mut().find(|p| p.file.path == path) {
            pending.file.published = date;
        }
        let Some(index) = self.index_of(path) else {
            return;
        };
        if self.library.articles[index].published != date {
            self.library.articles[index].set_published(date);
            self.request_extraction(index);
        }
    }

    /// Installs the article font from the state: the chosen system family if
    /// it is installed, else the bundled Naskh.
    fn install_fonts(&self) {
        let system = self
            .state
            .article_font
            .as_deref()
            .and_then(|f| self.system_fonts.font_data(f));
        fonts::install(&self.ctx, system);
    }
}

impl eframe::App for JawlaApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        JawlaApp::ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.save_to(storage);
        self.save_workspace_now();
    }
}
