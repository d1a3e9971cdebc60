//! The background work as the app sees it: files queued for the loading worker and taken in
//! within a time budget, extraction requested and its results taken, the timeline rebuilt
//! (on the merge worker for many articles). Called at the start of every frame.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::app::{ExtractProgress, JawlaApp, LoadProgress, OpenFile, PendingLoad, Visits};
use crate::app::{article, extractor, load, review_state};
use crate::i18n::{Message, Part};

/// Time a frame may spend taking in loaded files; the rest waits for the
/// next frame so the window keeps drawing while thousands of files arrive.
const LOAD_BUDGET: Duration = Duration::from_millis(8);

/// While extraction runs over many articles, the timeline is rebuilt at most
/// this often (once more when it finishes).
const REBUILD_INTERVAL: Duration = Duration::from_millis(750);

/// Below this many articles the timeline is rebuilt at once, on the UI
/// thread; from this many on, by the [`merger::Merger`].
const REBUILD_ALWAYS_BELOW: usize = 200;

/// The files of an opened folder left aside: of other types (not .txt,
/// .md or .html), or with no Arabic text (their names).
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Aside {
    pub folder: String,
    pub other_types: usize,
    pub no_arabic: Vec<String>,
}

/// At most this many names of files with no Arabic text in the note.
const ASIDE_NAMES: usize = 3;

impl Aside {
    /// "FOLDER: 2 files left aside: 1 not .txt, .md or .html, 1 with no
    /// Arabic text (README.md)", worded in the language it is shown in;
    /// `None` when nothing was left aside.
    pub fn note(&self) -> Option<Message> {
        let (other, none) = (self.other_types, self.no_arabic.len());
        let folder = self.folder.as_str();
        let counted = |key, n: usize| Message::new(key).with("n", n).with("count", n.to_string());
        if none == 0 {
            return (other > 0).then(|| counted("aside-other-types", other).with("folder", folder));
        }
        let mut names: Vec<Part> = (self.no_arabic.iter().take(ASIDE_NAMES))
            .map(|n| Part::from(n.as_str()))
            .collect();
        if none > ASIDE_NAMES {
            names.push("…".into());
        }
        let mut parts = Vec::new();
        if other > 0 {
            parts.push(counted("aside-part-other-types", other).into());
        }
        parts.push(
            counted("aside-part-no-arabic", none)
                .with("names", Part::List(names))
                .into(),
        );
        Some(
            counted("aside-files", other + none)
                .with("folder", folder)
                .with("parts", Part::List(parts)),
        )
    }
}

impl JawlaApp {
    /// Sends `file` to the loading worker.
    pub(super) fn queue_load(&mut self, file: OpenFile, user_opened: bool, batch: u64) {
        self.enqueue(file, user_opened, None);
        let Some(last) = self.pending.back() else {
            return;
        };
        let (path, published) = (last.file.path.clone(), last.file.published);
        if let Some(loaded) = self.loader.request(path, published, batch) {
            self.finish_load(loaded);
        }
    }

    /// Records `file` as loading (the worker has it or will find it).
    pub(super) fn enqueue(
        &mut self,
        file: OpenFile,
        user_opened: bool,
        from_folder: Option<Arc<str>>,
    ) {
        self.session_epoch += 1;
        self.load_progress.total += 1;
        self.pending_set.insert(file.path.clone());
        self.pending.push_back(PendingLoad {
            file,
            user_opened,
            from_folder,
        });
    }

    /// Applies one event of the loading worker.
    pub(super) fn take_load_event(&mut self, event: load::Event) {
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
                    let message =
                        Message::new("folder-no-articles").with("folder", folder.as_str());
                    self.errors.push(message);
                }
                if self.select_on_load.as_deref() == Some(folder.as_str()) {
                    self.select_on_load = files.first().cloned();
                }
                let shared: Arc<str> = folder.as_str().into();
                for path in files {
                    if !self.library.positions.contains_key(&path)
                        && !self.pending_set.contains(&path)
                    {
                        let file = OpenFile {
                            path,
                            published: None,
                        };
                        self.enqueue(file, true, Some(shared.clone()));
                    }
                }
                // The folder's first file may be open already.
                if let Some(first) = self.select_on_load.clone()
                    && self.library.positions.contains_key(&first)
                {
                    self.state.selected = Some(first);
                    self.select_on_load = None;
                }
                let aside = Aside {
                    folder,
                    other_types: skipped,
                    no_arabic: Vec::new(),
                };
                if let Some(note) = aside.note() {
                    self.notice = Some(note);
                }
                self.aside = Some(aside);
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
    pub(super) fn finish_load(&mut self, loaded: load::Loaded) {
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
            // A file of a folder with no Arabic letter (a README, an index)
            // is no article: left aside, and the folder's note says so.
            Ok(article) if !article.has_arabic && pending.from_folder.is_some() => {
                let folder = pending.from_folder.as_deref().unwrap_or_default();
                let mut aside = match self.aside.take() {
                    Some(a) if a.folder == folder => a,
                    _ => Aside {
                        folder: folder.to_owned(),
                        other_types: 0,
                        no_arabic: Vec::new(),
                    },
                };
                aside
                    .no_arabic
                    .push(crate::files::escape_name(&article.file_name));
                self.notice = aside.note();
                self.aside = Some(aside);
                self.select_next_of(&pending, &loaded.path);
            }
            Ok(mut article) => {
                if !article.has_arabic {
                    let notice =
                        Message::new("notice-no-arabic").with("file", article.file_name.as_str());
                    self.notice = Some(notice);
                }
                // A date set by the analyst (now, or saved with the state)
                // wins; a file opened just now keeps the date its page
                // declares until the analyst sets one.
                let keep_declared = pending.user_opened && pending.file.published.is_none();
                if !keep_declared {
                    article.set_published(pending.file.published);
                }
                if pending.user_opened && pending.from_folder.is_none() {
                    self.state.remember_recent(&article.path);
                }
                self.add_or_reopen(article);
            }
            // A file of the restored session (or one being located) stays,
            // shown as not opened, with its date: the workspace keeps it.
            Err(reason) if !pending.user_opened => self.keep_missing(pending.file, reason),
            Err(reason) => {
                let message = crate::i18n::Message::new("file-error")
                    .with("file", crate::files::escape_name(&loaded.path))
                    .with("reason", reason);
                self.errors.push(message);
                self.select_next_of(&pending, &loaded.path);
            }
        }
        if self
            .select_on_load
            .as_deref()
            .is_some_and(|p| self.library.positions.contains_key(p))
        {
            self.state.selected = self.select_on_load.take();
        }
        let selected_is_open = self
            .state
            .selected
            .as_deref()
            .is_some_and(|p| self.library.positions.contains_key(p));
        let selected_is_pending = self
            .state
            .selected
            .as_deref()
            .is_some_and(|p| self.pending_set.contains(p));
        if !selected_is_open && !selected_is_pending {
            self.state.selected = self.library.articles.first().map(|a| a.path.clone());
        }
    }

    /// `path` (of `pending`) will not open: when it was to be shown, a file
    /// of a folder gives way to the folder's next file.
    fn select_next_of(&mut self, pending: &PendingLoad, path: &str) {
        if self.select_on_load.as_deref() == Some(path) {
            self.select_on_load = match self.pending.front() {
                Some(next) if pending.from_folder.is_some() && next.from_folder.is_some() => {
                    Some(next.file.path.clone())
                }
                _ => None,
            };
        }
    }

    /// Rebuilds the engine timeline if articles or extraction results
    /// changed. With few articles at once; with many, the merge runs on the
    /// [`merger::Merger`] (one at a time, and while extraction streams
    /// results at most every [`REBUILD_INTERVAL`], once more at the end).
    pub(super) fn rebuild_review(&mut self) {
        if !self.review_dirty {
            return;
        }
        if self.library.articles.len() < REBUILD_ALWAYS_BELOW {
            self.review.set_articles(&self.library.articles);
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
        if let Some(engine) = self
            .merger
            .request(review_state::snapshot(&self.library.articles))
        {
            self.review.set_engine(engine);
        }
    }

    pub(super) fn request_extraction(&mut self, index: usize) {
        let Some(article) = self.library.articles.get_mut(index) else {
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
            self.library.set_visits(index, Visits::Running);
        } else {
            let why = "the extraction worker is not running".to_owned();
            self.library.set_visits(index, Visits::Failed(why));
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
            let Some(&index) = self.library.positions.get(&outcome.path) else {
                continue;
            };
            let Some(article) = self.library.articles.get_mut(index) else {
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
            self.library.set_visits(index, visits);
            self.review_dirty = true;
        }
        self.extract_progress.current = self
            .extractor
            .current()
            .map(|c| (article::file_name_of(&c.path), c.fraction));
        let running = self.library.counts.running;
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
}

#[cfg(test)]
mod tests {
    use super::Aside;
    use crate::i18n::Lang;

    #[test]
    fn the_note_counts_the_files_left_aside_and_names_those_with_no_arabic() {
        let mut aside = Aside {
            folder: "/a".to_owned(),
            other_types: 0,
            no_arabic: Vec::new(),
        };
        assert_eq!(aside.note(), None);
        aside.other_types = 2;
        assert_eq!(
            aside.note().map(|m| m.text(Lang::En)).as_deref(),
            Some("/a: 2 files that are not .txt, .md or .html left aside")
        );
        aside.no_arabic = vec!["README.md".to_owned()];
        assert_eq!(
            aside.note().map(|m| m.text(Lang::En)).as_deref(),
            Some(
                "/a: 3 files left aside: 2 not .txt, .md or .html, 1 with no Arabic text (README.md)"
            )
        );
        aside.other_types = 0;
        aside.no_arabic = ["a.md", "b.md", "c.md", "d.md"].map(str::to_owned).to_vec();
        assert_eq!(
            aside.note().map(|m| m.text(Lang::En)).as_deref(),
            Some("/a: 4 files left aside: 4 with no Arabic text (a.md, b.md, c.md, …)")
        );
    }

    /// The same note in the Arabic interface: Arabic words and plural, the
    /// folder and the names isolated.
    #[test]
    fn the_note_is_arabic_in_the_arabic_interface() {
        let aside = Aside {
            folder: "/a".to_owned(),
            other_types: 18,
            no_arabic: vec!["INDEX.md".to_owned()],
        };
        let note = aside.note().map(|m| m.text(Lang::Ar)).unwrap_or_default();
        assert_eq!(
            note.replace(['\u{2068}', '\u{2069}'], ""),
            "/a: استُبعد 19 ملفًا: 18 ليست من نوع txt أو md أو html، 1 بلا نص عربي (INDEX.md)"
        );
        assert!(note.starts_with("\u{2068}/a\u{2069}"), "{note:?}");
    }
}
