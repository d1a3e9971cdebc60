//! Files of the session that cannot be opened now (an unmounted disk, a
//! network share that is down, a file moved or made unreadable): they stay in
//! the file list and in the workspace, greyed with the reason, their date and
//! the corrections kept, so a save never drops them. They open again at the
//! next start when the file is back, on Retry, or where the analyst locates
//! them.

use std::path::PathBuf;

use crate::app::{JawlaApp, OpenFile};
use crate::article::Article;
use crate::i18n::Message;

impl JawlaApp {
    /// Keeps `file`, which could not be opened (`reason` says why, worded
    /// when shown; the row names the file), as a missing entry: in place if
    /// it is listed (a retry or a located file that failed), else at the end.
    pub(super) fn keep_missing(&mut self, file: OpenFile, reason: Message) {
        let entry = Article::missing(file.path, file.published, reason);
        match self.index_of(&entry.path) {
            Some(index) => self.library.replace(index, entry),
            None => {
                self.library.push(entry);
            }
        }
        self.review_dirty = true;
        self.notice = Some(Message::new("notice-session-missing"));
    }

    /// Adds a loaded article, or puts it in place of its missing entry (a
    /// retry, a located file), then queues its extraction.
    pub(super) fn add_or_reopen(&mut self, article: Article) {
        let index = match self.index_of(&article.path) {
            Some(index) => {
                self.library.replace(index, article);
                self.review_dirty = true;
                index
            }
            None => self.library.push(article),
        };
        self.request_extraction(index);
    }

    /// Tries again to open the missing entry `path` (in its place).
    pub fn retry_missing(&mut self, path: &str) {
        let Some(index) = self.index_of(path) else {
            return;
        };
        let article = &self.library.articles[index];
        if article.missing.is_none() || self.pending_set.contains(path) {
            return;
        }
        let file = OpenFile {
            path: path.to_owned(),
            published: article.published,
        };
        let batch = self.loader.new_batch();
        self.queue_load(file, false, batch);
    }

    /// The missing entry `path` is at `new`: the entry takes that path (its
    /// place and date kept) and the file is opened there. If `new` is open
    /// already, the missing entry is closed.
    pub fn relocate(&mut self, path: &str, new: PathBuf) {
        let Some(index) = self.index_of(path) else {
            return;
        };
        let key = std::fs::canonicalize(&new)
            .unwrap_or(new)
            .to_string_lossy()
            .into_owned();
        if key != path && (self.index_of(&key).is_some() || self.pending_set.contains(&key)) {
            self.close(path);
            return;
        }
        let published = self.library.articles[index].published;
        // Not opened until it is: "looking for the file again…" meanwhile.
        let waiting = Article::missing(key.clone(), published, Message::new("files-relocating"));
        self.library.replace(index, waiting);
        self.session_epoch += 1;
        if self.state.selected.as_deref() == Some(path) {
            self.state.selected = Some(key.clone());
        }
        let batch = self.loader.new_batch();
        self.queue_load(
            OpenFile {
                path: key,
                published,
            },
            false,
            batch,
        );
    }
}
