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

use std::collections::{HashMap, HashSet, VecDeque};
use std::ops::Range;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use eframe::egui;

use crate::export::Format;
use crate::review::LegKey;
use crate::ui;
use crate::ui::PanelAction;
use crate::ui::map::MapAction;
use crate::ui::viewer::{DocView, Highlights, Viewer};

pub mod article;
pub mod extractor;
pub mod fonts;
pub mod load;
pub mod merger;
pub mod review_state;
pub mod session;
pub mod state;

pub use article::{Article, Visits};
pub use review_state::{ReviewAction, ReviewState, ReviewTab};
pub use session::{ExportScope, default_workspace_path};
pub use state::{OpenFile, PersistedState, ThemeChoice};

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
    /// Open the "Add visit" form for the text selected in the viewer.
    AddVisitFromSelection,
    /// Show (or hide) bidi controls and other hidden characters as marks.
    SetShowControls(bool),
    /// Tint names in the viewer (visitor, place, counterpart, date).
    SetTint(bool),
    /// Show this panel in the review area.
    SetReviewTab(ReviewTab),
    /// What the exports contain.
    SetExportScope(ExportScope),
    /// Pick a file with the save dialog and export to it.
    ShowExportDialog(Format),
    /// Pick a file and save the workspace there.
    ShowSaveWorkspaceDialog,
    /// Pick a workspace file and open it (replacing the session).
    ShowOpenWorkspaceDialog,
}

/// A file being loaded in the background.
#[derive(Clone, Debug, PartialEq)]
struct PendingLoad {
    file: OpenFile,
    /// Opened by the analyst now, not restored from the last session.
    user_opened: bool,
    /// Found in a folder the analyst opened (the folder, not each of its
    /// files, goes to the recent files).
    from_folder: bool,
}

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

/// Figures over all open articles for the status bar and
/// [`JawlaApp::is_busy`], updated as articles come, go and get their results.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct ArticleCounts {
    /// Articles whose extraction is queued or running.
    running: usize,
    /// Visits found in the articles whose extraction is done.
    visits: usize,
}

impl ArticleCounts {
    fn add(&mut self, visits: &Visits) {
        match visits {
            Visits::Running => self.running += 1,
            Visits::Done(v) => self.visits += v.len(),
            Visits::Cancelled | Visits::Failed(_) => {}
        }
    }

    fn remove(&mut self, visits: &Visits) {
        match visits {
            Visits::Running => self.running = self.running.saturating_sub(1),
            Visits::Done(v) => self.visits = self.visits.saturating_sub(v.len()),
            Visits::Cancelled | Visits::Failed(_) => {}
        }
    }
}

/// What the viewer's highlights were computed from (they are recomputed
/// only when this changes).
#[derive(Clone, Debug, PartialEq)]
struct HighlightKey {
    path: String,
    generation: u64,
    done: bool,
    review: u64,
    tint: bool,
}

/// The viewer's highlights are computed for the chars around what is on
/// screen, in steps of this many chars (an article shorter than four steps
/// is done whole, once).
const HIGHLIGHT_STEP: usize = 1 << 16;

/// The chars to compute highlights for, to cover `visible` of a text of
/// `len` chars.
fn window_around(visible: Range<usize>, len: usize) -> Range<usize> {
    if len <= 4 * HIGHLIGHT_STEP {
        return 0..len;
    }
    let start = (visible.start.min(len) / HIGHLIGHT_STEP).saturating_sub(1) * HIGHLIGHT_STEP;
    let end = ((visible.end.min(len) / HIGHLIGHT_STEP + 2) * HIGHLIGHT_STEP).min(len);
    start..end
}

/// Time a frame may spend taking in loaded files; the rest waits for the
/// next frame so the window keeps drawing while thousands of files arrive.
const LOAD_BUDGET: Duration = Duration::from_millis(8);

/// While extraction runs over many articles, the timeline is rebuilt at most
/// this often (once more when it finishes).
const REBUILD_INTERVAL: Duration = Duration::from_millis(750);

/// Below this many articles the timeline is rebuilt at once, on the UI
/// thread; from this many on, by the [`merger::Merger`].
const REBUILD_ALWAYS_BELOW: usize = 200;

/// Smallest and largest article font size offered by the View menu.
pub const FONT_SIZE_RANGE: (f32, f32) = (10.0, 48.0);

/// The jawla application.
#[derive(Debug)]
pub struct JawlaApp {
    /// Remembered between runs (its `open` list is rebuilt from `articles`
    /// when saving).
    state: PersistedState,
    /// Open articles, in panel order.
    articles: Vec<Article>,
    /// Position of each article in `articles`, by path.
    positions: HashMap<String, usize>,
    /// Bumped whenever an article is added or removed (the file panel
    /// filters the list again only then).
    articles_revision: u64,
    /// Figures over all articles, kept current as their extraction
    /// results change, so that no frame walks the list to count.
    counts: ArticleCounts,
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
    /// Messages for files that could not be opened, newest last.
    errors: Vec<String>,
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
    highlight_key: Option<HighlightKey>,
    highlight_window: Range<usize>,
    /// When the engine timeline was last rebuilt.
    rebuilt_at: Option<Instant>,
    /// A short message about the last file operation ("Exported … to …").
    notice: Option<String>,
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
            messages.extend(opened.message());
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
            articles: Vec::new(),
            positions: HashMap::new(),
            articles_revision: 0,
            counts: ArticleCounts::default(),
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
        };
        let batch = app.loader.new_batch();
        for file in app.state.open.clone() {
            app.queue_load(file, false, batch);
        }
        app
    }

    /// The open articles, in panel order.
    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// Error messages currently shown (each names its file).
    pub fn errors(&self) -> &[String] {
        &self.errors
    }

    /// The state that [`JawlaApp::save_to`] would store now (files still
    /// loading included, so saving mid-load loses nothing).
    pub fn persisted(&self) -> PersistedState {
        let mut state = self.state.clone();
        let loaded = self.articles.iter().map(|a| OpenFile {
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
        self.counts.running > 0
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

    /// The message about the last file operation, if any.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// Where the workspace is autosaved (`None`: not autosaved).
    pub fn workspace_path(&self) -> Option<&std::path::Path> {
        self.autosave.path.as_deref()
    }

    /// What the exports contain.
    pub fn export_scope(&self) -> ExportScope {
        self.export_scope
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
                    self.errors
                        .push(format!("{key}: the loading worker is not running"));
                }
                continue;
            }
            if !self.positions.contains_key(&key) && !self.pending_set.contains(&key) {
                let file = OpenFile {
                    path: key,
                    published: None,
                };
                self.queue_load(file, true, batch);
            }
        }
        match first {
            Some(path) if self.positions.contains_key(&path) => {
                self.state.selected = Some(path);
                self.select_on_load = None;
            }
            // A folder: replaced by its first file when it is searched.
            Some(path) => self.select_on_load = Some(path),
            None => {}
        }
    }

    /// Sends `file` to the loading worker.
    fn queue_load(&mut self, file: OpenFile, user_opened: bool, batch: u64) {
        self.enqueue(file, user_opened, false);
        let Some(last) = self.pending.back() else {
            return;
        };
        let (path, published) = (last.file.path.clone(), last.file.published);
        if let Some(loaded) = self.loader.request(path, published, batch) {
            self.finish_load(loaded);
        }
    }

    /// Records `file` as loading (the worker has it or will find it).
    fn enqueue(&mut self, file: OpenFile, user_opened: bool, from_folder: bool) {
        self.session_epoch += 1;
        self.load_progress.total += 1;
        self.pending_set.insert(file.path.clone());
        self.pending.push_back(PendingLoad {
            file,
            user_opened,
            from_folder,
        });
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
        self.notice = Some(match left {
            0 => "Opening cancelled.".to_owned(),
            1 => "Opening cancelled: 1 file was not opened.".to_owned(),
            n => format!("Opening cancelled: {n} files were not opened."),
        });
    }

    /// Stops the extraction: the article being read and the queued ones are
    /// marked cancelled (each can be extracted again from the file panel).
    pub fn cancel_extraction(&mut self) {
        self.extractor.cancel_all();
    }

    /// Applies one event of the loading worker.
    fn take_load_event(&mut self, event: load::Event) {
        match event {
            load::Event::Found { batch, .. } | load::Event::FolderFailed { batch, .. }
                if !self.loader.is_live(batch) =>
            {
                // Searched before Cancel, arrived after: its files are not read.
            }
            load::Event::Found {
                folder,
                files,
                skipped,
                batch: _,
            } => {
                self.load_progress.searching = self.load_progress.searching.saturating_sub(1);
                if files.is_empty() {
                    self.errors.push(format!(
                        "{folder}: no article files (.txt, .md, .html) in this folder"
                    ));
                }
                if self.select_on_load.as_deref() == Some(folder.as_str()) {
                    self.select_on_load = files.first().cloned();
                }
                for path in files {
                    if !self.positions.contains_key(&path) && !self.pending_set.contains(&path) {
                        let file = OpenFile {
                            path,
                            published: None,
                        };
                        self.enqueue(file, true, true);
                    }
                }
                // The folder's first file may be open already.
                if let Some(first) = self.select_on_load.clone()
                    && self.positions.contains_key(&first)
                {
                    self.state.selected = Some(first);
                    self.select_on_load = None;
                }
                if skipped > 0 {
                    self.notice = Some(format!(
                        "{folder}: {skipped} file{} that {} not .txt, .md or .html left aside",
                        if skipped == 1 { "" } else { "s" },
                        if skipped == 1 { "is" } else { "are" },
                    ));
                }
            }
            load::Event::FolderFailed {
                folder, message, ..
            } => {
                self.load_progress.searching = self.load_progress.searching.saturating_sub(1);
                if self.select_on_load.as_deref() == Some(folder.as_str()) {
                    self.select_on_load = None;
                }
                self.errors.push(message);
            }
            load::Event::Loaded(loaded) => self.finish_load(*loaded),
        }
    }

    /// Takes a loaded file (or its error) out of `pending`.
    fn finish_load(&mut self, loaded: load::Loaded) {
        // Not pending: cancelled, closed, or already opened by another request.
        if !self.pending_set.remove(&loaded.path) {
            return;
        }
        self.session_epoch += 1;
        // Files arrive in the order they were queued: the first is the one.
        let index = self.pending.iter().position(|p| p.file.path == loaded.path);
        let Some(pending) = index.and_then(|i| self.pending.remove(i)) else {
            return;
        };
        self.load_progress.done += 1;
        self.load_progress.current = Some(article::file_name_of(&loaded.path));
        match loaded.result {
            Ok(mut article) => {
                // A date set by the analyst (now, or saved with the state)
                // wins; a file opened just now keeps the date its page
                // declares until the analyst sets one.
                let keep_declared = pending.user_opened && pending.file.published.is_none();
                if !keep_declared {
                    article.set_published(pending.file.published);
                }
                if pending.user_opened && !pending.from_folder {
                    self.state.remember_recent(&article.path);
                }
                self.add_article(article);
            }
            Err(message) => {
                self.errors.push(message);
                if self.select_on_load.as_deref() == Some(loaded.path.as_str()) {
                    // From a folder, show its next file instead.
                    self.select_on_load = match self.pending.front() {
                        Some(next) if pending.from_folder && next.from_folder => {
                            Some(next.file.path.clone())
                        }
                        _ => None,
                    };
                }
            }
        }
        if self
            .select_on_load
            .as_deref()
            .is_some_and(|p| self.positions.contains_key(p))
        {
            self.state.selected = self.select_on_load.take();
        }
        let selected_is_open = self
            .state
            .selected
            .as_deref()
            .is_some_and(|p| self.positions.contains_key(p));
        let selected_is_pending = self
            .state
            .selected
            .as_deref()
            .is_some_and(|p| self.pending_set.contains(p));
        if !selected_is_open && !selected_is_pending {
            self.state.selected = self.articles.first().map(|a| a.path.clone());
        }
    }

    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::OpenPaths(paths) => self.open_paths(paths),
            Command::ShowOpenFolderDialog => {
                if let Some(folder) = rfd::FileDialog::new()
                    .set_title("Open a folder of articles")
                    .pick_folder()
                {
                    self.open_paths(vec![folder]);
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
                let picked = rfd::FileDialog::new()
                    .set_title("Open articles")
                    .add_filter(
                        "Articles (.txt .md .html .htm)",
                        &["txt", "md", "html", "htm"],
                    )
                    .add_filter("All files", &["*"])
                    .pick_files();
                if let Some(paths) = picked {
                    self.open_paths(paths);
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
            Command::SetShowControls(on) => self.state.viewer.show_controls = on,
            Command::SetTint(on) => self.review.tint = on,
            Command::SetReviewTab(tab) => self.review.tab = tab,
            Command::SetExportScope(scope) => self.export_scope = scope,
            Command::ShowExportDialog(_)
            | Command::ShowSaveWorkspaceDialog
            | Command::ShowOpenWorkspaceDialog => self.apply_file_dialog(command),
        }
    }

    /// Applies what a review panel asked for.
    pub fn apply_review(&mut self, action: ReviewAction) {
        match action {
            ReviewAction::Panel(PanelAction::Select(key))
            | ReviewAction::Map(MapAction::Select(key)) => self.select_leg(&key),
            ReviewAction::Panel(PanelAction::Deselect) => self.review.select(None),
            ReviewAction::Panel(PanelAction::Correct(c)) => self.review.push(c),
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
            self.notice = Some("Select the sentence of the visit in the article first.".into());
            return;
        };
        let Some(index) = self.selected_index() else {
            return;
        };
        let article = &self.articles[index];
        if !self.review.open_add_form(article, range) {
            self.notice = Some("The selection is empty.".into());
        }
    }

    /// Sets the viewer's selection (chars of the article in the viewer), as
    /// selecting with the mouse does.
    pub fn set_viewer_selection(&mut self, range: Option<Range<usize>>) {
        self.viewer_selection = range;
    }

    /// Draws one frame into `ui` (the whole window) and applies what the
    /// analyst asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        self.poll_workers();
        let mut commands = Vec::new();

        let dropped: Vec<PathBuf> = ui.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if !dropped.is_empty() {
            commands.push(Command::OpenPaths(dropped));
        }
        if ui.input_mut(|i| i.consume_shortcut(&ui::menu::OPEN_SHORTCUT)) {
            commands.push(Command::ShowOpenDialog);
        }
        if ui.input_mut(|i| i.consume_shortcut(&ui::menu::QUIT_SHORTCUT)) {
            commands.push(Command::Quit);
        }
        if ui.input_mut(|i| i.consume_shortcut(&ui::menu::CLOSE_SHORTCUT))
            && let Some(path) = &self.state.selected
        {
            commands.push(Command::Close(path.clone()));
        }
        // A focused text field keeps Ctrl+Z for its own text.
        if !ui.ctx().text_edit_focused() {
            // Redo first: Ctrl+Shift+Z also matches Ctrl+Z's logical test.
            if ui.input_mut(|i| i.consume_shortcut(&ui::menu::REDO_SHORTCUT)) {
                commands.push(Command::Redo);
            }
            if ui.input_mut(|i| i.consume_shortcut(&ui::menu::UNDO_SHORTCUT)) {
                commands.push(Command::Undo);
            }
        }

        let menu = ui::menu::MenuView {
            state: &self.state,
            system_fonts: self.system_fonts.fonts(),
            fonts_scanning: self.system_fonts.scanning(),
            selected: self.state.selected.as_deref(),
            can_undo: self.review.history().can_undo(),
            can_redo: self.review.history().can_redo(),
            has_text_selection: self.viewer_selection.is_some(),
            export_scope: self.export_scope,
            tint: self.review.tint,
        };
        egui::Panel::top("jawla-menu").show(ui, |ui| ui::menu::show(ui, &menu, &mut commands));
        egui::Panel::bottom("jawla-status").show(ui, |ui| {
            let status = ui::status::StatusView {
                articles: self.articles.len(),
                visits: self.counts.visits,
                loading: &self.load_progress,
                pending: self.pending.len(),
                extracting: &self.extract_progress,
                selected: self.selected_article(),
            };
            ui::status::show(ui, &status, &mut commands);
        });
        egui::Panel::left("jawla-files")
            .resizable(true)
            .default_size(300.0)
            .min_size(200.0)
            .show(ui, |ui| {
                let selected = self.state.selected.as_deref();
                self.files_panel.show(
                    ui,
                    &self.articles,
                    self.articles_revision,
                    self.pending.len(),
                    selected,
                    &mut commands,
                )
            });
        let mut review_actions = Vec::new();
        egui::Panel::bottom("jawla-review")
            .resizable(true)
            .default_size(330.0)
            .min_size(160.0)
            .show(ui, |ui| {
                egui::Panel::top("jawla-review-bar").show(ui, |ui| {
                    self.review_bar(ui, &mut commands);
                });
                review_actions = self.review.show(ui);
            });
        egui::CentralPanel::default().show(ui, |ui| {
            ui::errors::show(ui, &self.errors, &mut commands);
            self.show_viewer(ui, &mut commands, &mut review_actions);
        });
        let added = self.review.show_add_form(ui.ctx());
        review_actions.extend(added.into_iter().map(ReviewAction::Panel));

        drop_overlay(ui);

        for action in review_actions {
            self.apply_review(action);
        }
        for command in commands {
            self.apply(command);
        }
        self.rebuild_review();
        self.autosave_tick();
        self.update_window_title();
    }

    /// The bar over the review panels: tabs, undo/redo, export, the last
    /// file message.
    fn review_bar(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        ui.horizontal(|ui| {
            for tab in ReviewTab::ALL {
                if ui
                    .selectable_label(self.review.tab == tab, tab.label())
                    .clicked()
                {
                    commands.push(Command::SetReviewTab(tab));
                }
            }
            ui.separator();
            let history = self.review.history();
            if ui
                .add_enabled(history.can_undo(), egui::Button::new("Undo"))
                .on_hover_text("Undo the last correction (Ctrl+Z)")
                .clicked()
            {
                commands.push(Command::Undo);
            }
            if ui
                .add_enabled(history.can_redo(), egui::Button::new("Redo"))
                .on_hover_text("Redo (Ctrl+Shift+Z)")
                .clicked()
            {
                commands.push(Command::Redo);
            }
            ui.separator();
            ui.menu_button("Export…", |ui| {
                ui::menu::export_items(ui, self.export_scope, commands);
            });
            let legs = self.review.legs().len();
            let shown = self.review.filtered_legs().len();
            if shown != legs {
                ui.weak(format!("Filter: {shown} of {legs} legs"));
            }
            if let Some(notice) = &self.notice {
                ui.separator();
                ui.label(egui::RichText::new(notice).small());
            }
        });
    }

    /// Rebuilds the engine timeline if articles or extraction results
    /// changed. With few articles at once; with many, the merge runs on the
    /// [`merger::Merger`] (one at a time, and while extraction streams
    /// results at most every [`REBUILD_INTERVAL`], once more at the end).
    fn rebuild_review(&mut self) {
        if !self.review_dirty {
            return;
        }
        if self.articles.len() < REBUILD_ALWAYS_BELOW {
            self.review.set_articles(&self.articles);
            self.review_dirty = false;
            return;
        }
        if self.merger.busy() {
            return;
        }
        let streaming = self.extract_progress.done < self.extract_progress.total;
        if streaming
            && let Some(at) = self.rebuilt_at
            && at.elapsed() < REBUILD_INTERVAL
        {
            self.ctx.request_repaint_after(REBUILD_INTERVAL);
            return;
        }
        self.review_dirty = false;
        self.rebuilt_at = Some(Instant::now());
        if let Some(engine) = self.merger.request(review_state::snapshot(&self.articles)) {
            self.review.set_engine(engine);
        }
    }

    /// True while anything runs in the background: files opening,
    /// extraction, or the timeline being rebuilt.
    pub fn is_busy(&self) -> bool {
        self.is_loading() || self.extraction_running() || self.review_dirty || self.merger.busy()
    }

    /// "TITLE — jawla" for the article in the viewer; sent only on change.
    fn update_window_title(&mut self) {
        let title = match self.selected_article() {
            Some(article) => format!("{} — jawla", article.title),
            None => "jawla".to_owned(),
        };
        if self.window_title != title {
            self.ctx
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// The article in the viewer, if any.
    fn selected_article(&self) -> Option<&Article> {
        self.articles.get(self.selected_index()?)
    }

    /// Position of the article in the viewer in `articles`, if it is open.
    fn selected_index(&self) -> Option<usize> {
        self.index_of(self.state.selected.as_deref()?)
    }

    /// The article header (hidden-character warning, tint legend, "Add
    /// visit from selection") and the viewer with the evidence highlights.
    /// A click inside an evidence sentence selects its leg.
    fn show_viewer(
        &mut self,
        ui: &mut egui::Ui,
        commands: &mut Vec<Command>,
        actions: &mut Vec<ReviewAction>,
    ) {
        let Some(index) = self.selected_index() else {
            self.highlights = Highlights::default();
            self.highlight_key = None;
            self.viewer_selection = None;
            ui::files::empty_hint(ui, self.pending.len());
            return;
        };
        let article = &self.articles[index];
        let header = ui::viewer_header::HeaderView {
            hidden_warning: article.hidden_warning.as_deref(),
            show_controls: self.state.viewer.show_controls,
            tint: self.review.tint,
            has_selection: self.viewer_selection.is_some(),
        };
        ui::viewer_header::show(ui, &header, commands);
        let key = HighlightKey {
            path: article.path.clone(),
            generation: article.generation,
            done: matches!(article.visits, Visits::Done(_)),
            review: self.review.revision(),
            tint: self.review.tint,
        };
        let visible = self.viewer.visible_chars();
        let covered = self.highlight_window.start <= visible.start.min(article.char_count)
            && visible.end.min(article.char_count) <= self.highlight_window.end;
        if self.highlight_key.as_ref() != Some(&key) || !covered {
            let window = window_around(visible, article.char_count);
            let from =
                crate::bidi_layout::byte_of_char(&article.text, &article.paragraphs, window.start);
            let to =
                crate::bidi_layout::byte_of_char(&article.text, &article.paragraphs, window.end);
            self.highlights = Highlights::new(self.review.highlights(
                &article.path,
                window.clone(),
                article.text.get(from..to).unwrap_or_default(),
                &article.entities,
            ));
            self.highlight_key = Some(key);
            self.highlight_window = window;
        }
        let doc = DocView {
            id: article.id,
            text: &article.text,
            highlights: &self.highlights,
            paragraphs: Some(&article.paragraphs),
        };
        let path = article.path.clone();
        let settings = &mut self.state.viewer;
        let out = self.viewer.show(ui, doc, settings);
        self.viewer_selection = out.selection.filter(|r| r.start < r.end);
        if let Some(at) = out.clicked
            && let Some(leg) = self.review.leg_at(&path, at)
        {
            actions.push(ReviewAction::Panel(PanelAction::Select(leg.key.clone())));
        }
    }

    fn index_of(&self, path: &str) -> Option<usize> {
        self.positions.get(path).copied()
    }

    /// Rebuilds `positions` after articles were removed.
    fn reindex(&mut self) {
        self.positions = self
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.path.clone(), i))
            .collect();
    }

    /// Adds a loaded article and queues its extraction.
    fn add_article(&mut self, article: Article) {
        self.positions
            .insert(article.path.clone(), self.articles.len());
        self.counts.add(&article.visits);
        self.articles.push(article);
        self.articles_revision += 1;
        if let Some(last) = self.articles.len().checked_sub(1) {
            self.request_extraction(last);
        }
    }

    fn request_extraction(&mut self, index: usize) {
        let Some(article) = self.articles.get_mut(index) else {
            return;
        };
        article.generation += 1;
        let queued = self.extractor.request(
            article.path.clone(),
            article.text.clone(),
            article.published,
            article.generation,
        );
        if queued {
            self.extract_progress.total += 1;
            self.set_visits(index, Visits::Running);
        } else {
            let why = "the extraction worker is not running".to_owned();
            self.set_visits(index, Visits::Failed(why));
        }
    }

    /// Sets the extraction result of the article at `index`, keeping the
    /// counts current.
    fn set_visits(&mut self, index: usize, visits: Visits) {
        if let Some(article) = self.articles.get_mut(index) {
            self.counts.remove(&article.visits);
            self.counts.add(&visits);
            article.visits = visits;
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
        let closed = self.articles.remove(index);
        self.counts.remove(&closed.visits);
        self.articles_revision += 1;
        self.reindex();
        self.review_dirty = true;
        if self.state.selected.as_deref() == Some(path) {
            // Its layouts and highlights go with it.
            self.viewer.forget();
            self.highlights = Highlights::default();
            self.highlight_key = None;
        }
        if self.state.selected.as_deref() == Some(path) {
            let neighbour = self.articles.get(index).or_else(|| self.articles.last());
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
        if self.articles[index].published != date {
            self.articles[index].set_published(date);
            self.request_extraction(index);
        }
    }

    /// Applies finished background work: loaded files, extraction results,
    /// the font scan. Called at the start of every frame; tests that drive
    /// the app without a window call it themselves.
    pub fn poll_workers(&mut self) {
        let deadline = Instant::now() + LOAD_BUDGET;
        for event in self.loader.poll(deadline) {
            self.take_load_event(event);
        }
        if self.loader.has_backlog() {
            self.ctx.request_repaint();
        }
        if self.pending.is_empty() && self.load_progress.searching == 0 {
            self.load_progress = LoadProgress::default();
        }
        for outcome in self.extractor.poll() {
            let Some(&index) = self.positions.get(&outcome.path) else {
                continue;
            };
            let Some(article) = self.articles.get_mut(index) else {
                continue;
            };
            if article.generation != outcome.generation {
                continue;
            }
            let (visits, entities) = match outcome.result {
                extractor::Extracted::Done(visits, entities) => {
                    (Visits::Done(visits.into()), entities)
                }
                extractor::Extracted::Failed(why) => (Visits::Failed(why), Vec::new()),
                extractor::Extracted::Cancelled => (Visits::Cancelled, Vec::new()),
            };
            article.entities = entities;
            self.set_visits(index, visits);
            self.review_dirty = true;
        }
        self.extract_progress.current = self
            .extractor
            .current()
            .map(|c| (article::file_name_of(&c.path), c.fraction));
        let running = self.counts.running;
        if running == 0 {
            self.extract_progress = ExtractProgress::default();
        } else {
            self.extract_progress.total = self.extract_progress.total.max(running);
            self.extract_progress.done = self.extract_progress.total - running;
        }
        if let Some(engine) = self.merger.poll() {
            self.review.set_engine(engine);
        }
        self.rebuild_review();
        if self.system_fonts.poll() && self.state.article_font.is_some() {
            self.install_fonts();
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

/// While files are dragged over the window, dims it and says what dropping does.
fn drop_overlay(ui: &egui::Ui) {
    let count = ui.input(|i| i.raw.hovered_files.len());
    if count == 0 {
        return;
    }
    let painter = ui.ctx().layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("jawla-drop-overlay"),
    ));
    let rect = ui.ctx().content_rect();
    painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
    let text = match count {
        1 => "Drop to open this file or folder".to_owned(),
        n => format!("Drop to open these {n} files or folders"),
    };
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        text,
        egui::FontId::proportional(28.0),
        egui::Color32::WHITE,
    );
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
