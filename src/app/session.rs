//! The application's files: the workspace (open articles, their dates and
//! the corrections; autosaved, atomically, debounced) and the exports.
//!
//! The functions here are what the menus' dialogs call once a path is
//! picked, and what tests call directly: [`JawlaApp::export_to`],
//! [`JawlaApp::save_workspace_as`], [`JawlaApp::open_workspace`]. The rfd
//! dialogs themselves are in [`JawlaApp::apply`] and only pick paths.
//!
//! The session is always autosaved to one file in the app's data directory
//! ([`default_workspace_path`]), restored at start. "Save workspace as…"
//! writes a copy elsewhere (to archive or share); "Open workspace…" replaces
//! the session's articles and corrections with the file's.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::app::{Command, JawlaApp, OpenFile};
use crate::export::{Format, Meta};
use crate::i18n::{Lang, Message};
use crate::model::{ArticleVisits, ExtractOutput};
use crate::ui::command::{ExportScope, PathAction};
use crate::workspace::{OpenArticle, Workspace, store};

/// How long the workspace must stay unchanged before it is autosaved.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(800);

/// Where the session's workspace is autosaved: `workspace.json` in eframe's
/// data directory for jawla (`$XDG_DATA_HOME/jawla` on Linux).
pub fn default_workspace_path() -> Option<PathBuf> {
    eframe::storage_dir("jawla").map(|dir| dir.join("workspace.json"))
}

/// Autosave bookkeeping.
#[derive(Debug, Default)]
pub(crate) struct Autosave {
    /// The autosave file; `None` disables autosaving (tests without a path).
    pub path: Option<PathBuf>,
    /// False when a file is at `path` that could not be read or kept aside:
    /// it must not be overwritten.
    pub allowed: bool,
    /// What was last saved (or loaded): articles and corrections epoch.
    pub saved: Option<Signature>,
    /// When the unsaved change was first seen.
    pub dirty_since: Option<Instant>,
    /// The file as the last session left it has been copied to
    /// [`store::backup_path`] (once per session, before the first save).
    pub backed_up: bool,
}

/// Cheap summary of the workspace content, to see whether it changed: the
/// app's session epoch and the undo history's revision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Signature {
    session: u64,
    corrections: u64,
}

impl JawlaApp {
    /// The workspace of the session now: open articles (files still loading
    /// included) with their dates, and every correction.
    pub fn workspace(&self) -> Workspace {
        Workspace {
            articles: self.workspace_articles(),
            corrections: self.review.corrections().to_vec(),
            ..Workspace::new()
        }
    }

    fn workspace_articles(&self) -> Vec<OpenArticle> {
        self.persisted()
            .open
            .into_iter()
            .map(|f| OpenArticle {
                seed: f.path.starts_with(crate::seeds::PATH_PREFIX),
                path: f.path,
                published: f.published,
            })
            .collect()
    }

    pub(crate) fn signature(&self) -> Signature {
        Signature {
            session: self.session_epoch,
            corrections: self.review.history().revision(),
        }
    }

    /// Writes the session's workspace to `path` (atomically). The autosave
    /// file stays where it is.
    pub fn save_workspace_as(&mut self, path: &Path) -> Result<(), Message> {
        store::save_atomic(path, &self.workspace()).map_err(|e| e.message())?;
        let path = path.display().to_string();
        self.notice = Some(Message::new("notice-workspace-saved").with("path", path));
        Ok(())
    }

    /// Replaces the session with the workspace at `path`: its articles are
    /// opened (in its order, with its dates) and its corrections replace the
    /// current ones (undo starts afresh). A file that cannot be read or is
    /// not a workspace changes nothing; the message says why.
    pub fn open_workspace(&mut self, path: &Path) -> Result<(), Message> {
        let workspace = store::load(path).map_err(|e| e.message())?;
        self.replace_session(workspace);
        let path = path.display().to_string();
        self.notice = Some(Message::new("notice-workspace-opened").with("path", path));
        Ok(())
    }

    /// Closes every article and opens the workspace's.
    pub(crate) fn replace_session(&mut self, workspace: Workspace) {
        self.library.articles.clear();
        self.library.positions.clear();
        self.library.revision += 1;
        self.library.counts = Default::default();
        self.loader.cancel_all();
        self.pending.clear();
        self.pending_set.clear();
        self.load_progress = Default::default();
        self.viewer.forget();
        self.select_on_load = None;
        self.state.selected = None;
        self.review.select(None);
        self.review.set_corrections(workspace.corrections);
        self.session_epoch += 1;
        self.review_dirty = true;
        let batch = self.loader.new_batch();
        for a in workspace.articles {
            self.queue_load(
                OpenFile {
                    path: a.path,
                    published: a.published,
                },
                false,
                batch,
            );
        }
    }

    /// Saves the workspace to the autosave file now if it changed since the
    /// last save. Errors become messages; the previous file stays intact.
    pub fn save_workspace_now(&mut self) {
        let Some(path) = self.autosave.path.clone() else {
            return;
        };
        if !self.autosave.allowed {
            return;
        }
        let signature = self.signature();
        if self.autosave.saved.as_ref() == Some(&signature) {
            self.autosave.dirty_since = None;
            return;
        }
        if let Some(dir) = path.parent()
            && let Err(e) = std::fs::create_dir_all(dir)
        {
            let message = Message::new("autosave-no-folder")
                .with("path", path.display().to_string())
                .with("reason", e.to_string());
            self.errors.push(message);
            self.autosave.allowed = false;
            return;
        }
        if !self.autosave.backed_up {
            // What the last session left, kept once before it is replaced.
            if let Err(e) = store::backup(&path) {
                let message = Message::new("autosave-no-backup")
                    .with("path", path.display().to_string())
                    .with("reason", e.to_string());
                self.errors.push(message);
                self.autosave.allowed = false;
                return;
            }
            self.autosave.backed_up = true;
        }
        match store::save_atomic(&path, &self.workspace()) {
            Ok(()) => self.autosave.saved = Some(signature),
            Err(e) => {
                // One message, not one per frame: stop autosaving until the
                // analyst saves elsewhere.
                let message = Message::new("autosave-paused").with("problem", e.message());
                self.errors.push(message);
                self.autosave.allowed = false;
            }
        }
        self.autosave.dirty_since = None;
    }

    /// Called every frame: saves once the workspace has been unchanged
    /// for [`AUTOSAVE_DELAY`] after a change.
    pub(crate) fn autosave_tick(&mut self) {
        if self.autosave.path.is_none() || !self.autosave.allowed {
            return;
        }
        if self.autosave.saved.as_ref() == Some(&self.signature()) {
            self.autosave.dirty_since = None;
            return;
        }
        let since = *self.autosave.dirty_since.get_or_insert_with(Instant::now);
        if since.elapsed() >= AUTOSAVE_DELAY {
            self.save_workspace_now();
        } else {
            self.ctx.request_repaint_after(AUTOSAVE_DELAY);
        }
    }

    /// The extraction output an export writes: every article's own visits,
    /// and as the timeline the reviewed legs (all, or those passing the
    /// filter).
    pub fn export_output(&self, scope: ExportScope) -> ExtractOutput {
        let articles = (self.library.articles.iter())
            .filter_map(|a| match &a.visits {
                crate::app::Visits::Done(v) => Some(ArticleVisits {
                    path: a.path.clone(),
                    published: a.published,
                    published_from: a.published_from,
                    visits: v.to_vec(),
                }),
                _ => None,
            })
            .collect();
        let timeline = match scope {
            ExportScope::Whole => self.review.legs().iter().map(|l| l.visit.clone()).collect(),
            ExportScope::Filtered => self
                .review
                .filtered_legs()
                .into_iter()
                .map(|l| l.visit.clone())
                .collect(),
            ExportScope::SelectedTrip => {
                let selected = self.review.selected_leg();
                let trip = selected.and_then(|l| l.visit.trip.as_ref()?.id.clone());
                self.review
                    .legs()
                    .iter()
                    .filter(|l| match (&trip, selected) {
                        (Some(id), _) => {
                            l.visit.trip.as_ref().and_then(|t| t.id.as_ref()) == Some(id)
                        }
                        (None, Some(s)) => l.key == s.key,
                        (None, None) => false,
                    })
                    .map(|l| l.visit.clone())
                    .collect()
            }
        };
        ExtractOutput { articles, timeline }
    }

    /// Exports the reviewed timeline (`scope`) as `format` to `path`,
    /// written atomically. The message names the file and the problem.
    pub fn export_to(
        &mut self,
        format: Format,
        scope: ExportScope,
        path: &Path,
    ) -> Result<(), Message> {
        let output = self.export_output(scope);
        let mut meta = Meta::at(chrono::Utc::now().naive_utc());
        meta.hijri = self.state.hijri;
        meta.corrections =
            serde_json::to_value(self.review.corrections()).unwrap_or(serde_json::Value::Null);
        let failed = |key: &'static str, reason: String| {
            Message::new(key)
                .with("path", path.display().to_string())
                .with("reason", reason)
        };
        let bytes = crate::export::render(format, &output, &meta)
            .map_err(|e| failed("export-failed", e.to_string()))?;
        store::write_atomic(path, &bytes)
            .map_err(|e| failed("export-cannot-write", e.to_string()))?;
        let legs = output.timeline.len();
        let path = path.display().to_string();
        let notice = Message::new("notice-exported")
            .with("n", legs)
            .with("count", legs.to_string())
            .with("what", crate::i18n::Part::Format(format))
            .with("path", path);
        self.notice = Some(notice);
        Ok(())
    }

    /// Applies the file commands that need a dialog: the dialog picks the
    /// path, the functions above do the work.
    pub(crate) fn apply_file_dialog(&mut self, command: Command) {
        let lang = self.state.language;
        let title = |key: &'static str| dialog_text(Message::new(key), lang);
        match command {
            Command::ShowExportDialog(format) => {
                let picked = rfd::FileDialog::new()
                    .set_title(dialog_text(
                        Message::new("dialog-export")
                            .with("what", crate::i18n::format_label(lang, format)),
                        lang,
                    ))
                    .set_file_name(format.default_file_name())
                    .add_filter(
                        crate::i18n::format_label(lang, format),
                        &[format.extension()],
                    )
                    .save_file();
                match picked {
                    Some(path) => self.submit_path(PathAction::Export(format), path),
                    None => self.prompt_path(PathAction::Export(format)),
                }
            }
            Command::ShowSaveWorkspaceDialog => {
                let picked = rfd::FileDialog::new()
                    .set_title(title("dialog-save-workspace"))
                    .set_file_name("jawla-workspace.json")
                    .add_filter(title("dialog-workspace-filter"), &["json"])
                    .save_file();
                match picked {
                    Some(path) => self.submit_path(PathAction::SaveWorkspace, path),
                    None => self.prompt_path(PathAction::SaveWorkspace),
                }
            }
            Command::ShowOpenWorkspaceDialog => {
                let picked = rfd::FileDialog::new()
                    .set_title(title("dialog-open-workspace"))
                    .add_filter(title("dialog-workspace-filter"), &["json"])
                    .add_filter(title("dialog-all-files"), &["*"])
                    .pick_file();
                match picked {
                    Some(path) => self.submit_path(PathAction::OpenWorkspace, path),
                    None => self.prompt_path(PathAction::OpenWorkspace),
                }
            }
            other => self.apply(other),
        }
    }

    /// A dialog gave no path: the analyst cancelled it, or none could appear
    /// (no portal, headless, a minimal desktop; the dialog cannot tell which).
    /// Shows a path field in its place.
    pub fn prompt_path(&mut self, action: PathAction) {
        let start = match action {
            PathAction::Export(format) => format.default_file_name().to_owned(),
            PathAction::SaveWorkspace => "jawla-workspace.json".to_owned(),
            _ => String::new(),
        };
        self.path_prompt = Some((action, start));
    }

    /// Does what a dialog was for with `path` (picked or typed).
    pub fn submit_path(&mut self, action: PathAction, path: PathBuf) {
        self.path_prompt = None;
        let done = match action {
            PathAction::OpenFiles | PathAction::OpenFolder => {
                self.open_paths(vec![path]);
                Ok(())
            }
            PathAction::Export(format) => self.export_to(format, self.export_scope, &path),
            PathAction::SaveWorkspace => self.save_workspace_as(&path),
            PathAction::OpenWorkspace => self.open_workspace(&path),
        };
        if let Err(e) = done {
            self.errors.push(e);
        }
    }

    /// The path field, while a dialog gave no path.
    pub(crate) fn show_path_prompt(
        &mut self,
        ctx: &eframe::egui::Context,
        commands: &mut Vec<Command>,
    ) {
        use eframe::egui;
        let Some((action, text)) = self.path_prompt.as_mut() else {
            return;
        };
        let action = *action;
        let lang = self.state.language;
        let title = crate::i18n::tr(lang, "path-title");
        egui::Window::new(crate::ui::bidi_line::widget_text(
            &title,
            &egui::TextStyle::Heading.resolve(&ctx.global_style()),
            None,
        ))
        .id(egui::Id::unique("jawla-path-prompt"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
        .show(ctx, |ui| {
            use crate::ui::tr::{text as shown, tr, tr_plain};
            // Two lines: a right-to-left label is not wrapped.
            ui.label(shown(ui, &tr_plain(ui, "path-none-chosen")));
            ui.label(shown(ui, &tr_plain(ui, "path-type-here")));
            let field = ui.add(
                egui::TextEdit::singleline(text)
                    .desired_width(420.0)
                    .hint_text("/path/to/file"),
            );
            field.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, "Path"));
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                let verb = shown(ui, &action.verb(lang));
                let go = ui.add_enabled(!text.trim().is_empty(), egui::Button::new(verb));
                if go.clicked() || (enter && !text.trim().is_empty()) {
                    commands.push(Command::SubmitPath(action, PathBuf::from(text.trim())));
                }
                if ui.button(tr(ui, "path-cancel")).clicked() {
                    commands.push(Command::DismissPathPrompt);
                }
            });
        });
    }
}

/// A file dialog's title or filter name, `message` in `lang`: plain text (the
/// system's dialog lays it out itself), without Fluent's bidi isolates.
pub fn dialog_text(message: Message, lang: Lang) -> String {
    message
        .text(lang)
        .chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The file dialogs' titles and filters are in the interface language,
    /// without bidi isolates (the system's dialog shows them as they are).
    #[test]
    fn dialog_titles_are_in_the_interface_language() {
        let export = |lang| {
            Message::new("dialog-export").with("what", crate::i18n::format_label(lang, Format::Csv))
        };
        assert_eq!(
            dialog_text(export(Lang::En), Lang::En),
            "Export CSV (Excel, LibreOffice)"
        );
        assert_eq!(
            dialog_text(export(Lang::Ar), Lang::Ar),
            "تصدير CSV (Excel، LibreOffice)"
        );
        let open = || Message::new("dialog-open-folder");
        assert_eq!(dialog_text(open(), Lang::En), "Open a folder of articles");
        assert_eq!(dialog_text(open(), Lang::Ar), "فتح مجلد مقالات");
        let locate = Message::new("dialog-locate").with("file", "a.txt");
        assert_eq!(dialog_text(locate, Lang::Ar), "تحديد مكان a.txt");
    }
}
