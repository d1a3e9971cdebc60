//! Background loading: one worker thread walks the folders and reads and
//! decodes the files the analyst opens ([`crate::app::article::load`]), so
//! that ten thousand files or one of 200 MB never freeze the window. Jobs
//! are served first in, first out, so articles appear in the order they
//! were asked for.
//!
//! Every request belongs to a batch (one Open, one drop). Cancelling marks
//! every batch queued so far: the worker skips their remaining files, also
//! in the middle of a folder.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Instant;

use chrono::NaiveDate;
use eframe::egui;

use super::article::{self, Article};
use crate::i18n::Message;

/// Extensions (lower case) of the files a folder is searched for: the
/// formats the Open… dialog offers.
pub const ARTICLE_EXTENSIONS: [&str; 6] = ["txt", "text", "md", "html", "htm", "xhtml"];

/// True when `path` has one of the [`ARTICLE_EXTENSIONS`] (any case).
pub fn is_article_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Deepest folder nesting followed below an opened folder.
const MAX_DEPTH: usize = 64;

/// A request to the worker.
#[derive(Debug)]
enum Job {
    /// Read one file.
    File {
        path: String,
        published: Option<NaiveDate>,
        batch: u64,
    },
    /// Find the article files under a folder, report them, then read them.
    Folder { path: String, batch: u64 },
}

/// What the worker reports, in the order it happened.
#[derive(Debug)]
pub enum Event {
    /// The article files found under `folder` (sorted, recursive), which are
    /// read next; `skipped` counts other files left aside.
    Found {
        folder: String,
        files: Vec<String>,
        skipped: usize,
        /// The batch that asked (see [`Loader::is_live`]).
        batch: u64,
    },
    /// The folder could not be read at all (the message names it).
    FolderFailed {
        folder: String,
        message: Message,
        batch: u64,
    },
    /// One file read (or its error); boxed, an article is large.
    Loaded(Box<Loaded>),
}

/// The result of reading one file.
#[derive(Debug)]
pub struct Loaded {
    /// The path as queued.
    pub path: String,
    /// The article, or why it could not be read (the app names the file).
    pub result: Result<Article, Message>,
}

/// Handle to the loading worker.
#[derive(Debug)]
pub struct Loader {
    jobs: Option<Sender<Job>>,
    events: Receiver<Event>,
    /// Batches below this number are cancelled.
    cancelled_below: Arc<AtomicU64>,
    next_batch: u64,
    /// Events received but not yet handed out (see [`Loader::poll`]).
    backlog: std::collections::VecDeque<Event>,
}

impl Loader {
    /// Starts the worker thread; it asks `ctx` for a repaint after each event.
    pub fn start(ctx: &egui::Context) -> Self {
        let (job_tx, job_rx) = channel::<Job>();
        let (event_tx, events) = channel::<Event>();
        let cancelled_below = Arc::new(AtomicU64::new(0));
        let cancelled = Arc::clone(&cancelled_below);
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("jawla-load".into())
            .spawn(move || {
                let live = |batch: u64| batch >= cancelled.load(Ordering::Relaxed);
                let send = |event: Event| {
                    let sent = event_tx.send(event).is_ok();
                    ctx.request_repaint();
                    sent
                };
                for job in job_rx {
                    match job {
                        Job::File {
                            path,
                            published,
                            batch,
                        } => {
                            if live(batch)
                                && !send(Event::Loaded(Box::new(load_one(path, published))))
                            {
                                return;
                            }
                        }
                        Job::Folder { path, batch } => {
                            if !live(batch) {
                                continue;
                            }
                            let found = match find_articles(Path::new(&path)) {
                                Ok(found) => found,
                                Err(message) => {
                                    let failed = Event::FolderFailed {
                                        folder: path,
                                        message,
                                        batch,
                                    };
                                    if !send(failed) {
                                        return;
                                    }
                                    continue;
                                }
                            };
                            let files: Vec<String> = found
                                .files
                                .iter()
                                .map(|p| p.to_string_lossy().into_owned())
                                .collect();
                            let event = Event::Found {
                                folder: path,
                                files: files.clone(),
                                skipped: found.skipped,
                                batch,
                            };
                            if !send(event) {
                                return;
                            }
                            for file in files {
                                if !live(batch) {
                                    break;
                                }
                                if !send(Event::Loaded(Box::new(load_one(file, None)))) {
                                    return;
                                }
                            }
                        }
                    }
                }
            });
        Self {
            jobs: spawned.is_ok().then_some(job_tx),
            events,
            cancelled_below,
            next_batch: 0,
            backlog: std::collections::VecDeque::new(),
        }
    }

    /// Lets the worker go, as if its thread had died: it ends once it has
    /// done what it was asked, and requests are no longer sent to it.
    pub fn stop(&mut self) {
        self.jobs = None;
    }

    /// Starts a new batch (one Open or drop); requests carry its number.
    pub fn new_batch(&mut self) -> u64 {
        self.next_batch += 1;
        self.next_batch
    }

    /// Queues the file `path`. If the worker is gone, loads it on the
    /// calling thread so the file is never lost; the result is then
    /// returned directly.
    pub fn request(
        &self,
        path: String,
        published: Option<NaiveDate>,
        batch: u64,
    ) -> Option<Loaded> {
        let Some(jobs) = &self.jobs else {
            return Some(load_one(path, published));
        };
        let job = Job::File {
            path,
            published,
            batch,
        };
        match jobs.send(job) {
            Ok(()) => None,
            Err(std::sync::mpsc::SendError(job)) => match job {
                Job::File {
                    path, published, ..
                } => Some(load_one(path, published)),
                Job::Folder { .. } => None,
            },
        }
    }

    /// Queues the folder `path` (searched recursively). Returns false if
    /// the worker is gone.
    pub fn request_folder(&self, path: String, batch: u64) -> bool {
        self.jobs
            .as_ref()
            .is_some_and(|jobs| jobs.send(Job::Folder { path, batch }).is_ok())
    }

    /// Cancels every batch started so far: the worker skips what it has not
    /// read yet. Events already sent still arrive (the app ignores them).
    pub fn cancel_all(&mut self) {
        self.cancelled_below
            .store(self.next_batch + 1, Ordering::Relaxed);
        self.backlog.clear();
    }

    /// False once `batch` is cancelled: a folder search of that batch that
    /// finished just before the cancel still sends its event, which the app
    /// must then ignore (its files will not be read).
    pub fn is_live(&self, batch: u64) -> bool {
        batch >= self.cancelled_below.load(Ordering::Relaxed)
    }

    /// Events since the last call, in order, stopping once `deadline` has
    /// passed (the rest wait for the next frame) so that a flood of small
    /// files never makes one frame long. At least one event is returned when
    /// there is one.
    pub fn poll(&mut self, deadline: Instant) -> Vec<Event> {
        self.backlog.extend(self.events.try_iter());
        let mut out = Vec::new();
        while let Some(event) = self.backlog.pop_front() {
            out.push(event);
            if Instant::now() >= deadline {
                break;
            }
        }
        out
    }

    /// True when events are waiting for the next [`Loader::poll`].
    pub fn has_backlog(&self) -> bool {
        !self.backlog.is_empty()
    }
}

/// Reads one file; a panic while decoding becomes a message for the file.
fn load_one(path: String, published: Option<NaiveDate>) -> Loaded {
    // Decoding never panics by contract; if it ever does, the file gets a
    // message instead of loading forever.
    let run = std::panic::AssertUnwindSafe(|| article::load(&path, published));
    let result =
        std::panic::catch_unwind(run).unwrap_or_else(|_| Err(Message::new("file-read-failed")));
    Loaded { path, result }
}

/// The article files under a folder.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct FoundFiles {
    /// Files with an article extension, sorted by path (folders included
    /// in place), hidden files and folders (`.name`) left out.
    pub files: Vec<PathBuf>,
    /// Other files (not articles by their extension).
    pub skipped: usize,
}

/// Finds the article files under `folder`, recursively, in sorted order.
/// Symbolic links to folders are not followed (no cycles); sub-folders that
/// cannot be read are skipped. The error names the folder when the folder
/// itself cannot be read.
pub fn find_articles(folder: &Path) -> Result<FoundFiles, Message> {
    let mut found = FoundFiles::default();
    let top = std::fs::read_dir(folder).map_err(|e| {
        Message::new("folder-unreadable")
            .with("folder", crate::files::shown(folder))
            .with("reason", e.to_string())
    })?;
    walk(top, 0, &mut found);
    Ok(found)
}

fn walk(entries: std::fs::ReadDir, depth: usize, found: &mut FoundFiles) {
    let mut entries: Vec<std::fs::DirEntry> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(std::fs::DirEntry::file_name);
    for entry in entries {
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_dir() {
            if depth < MAX_DEPTH
                && let Ok(sub) = std::fs::read_dir(&path)
            {
                walk(sub, depth + 1, found);
            }
        } else if is_article_file(&path) {
            found.files.push(path);
        } else {
            found.skipped += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_searched_recursively_in_order_for_article_files() {
        let dir = std::env::temp_dir().join(format!("jawla-find-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for sub in ["b", "a/deep", ".hidden"] {
            std::fs::create_dir_all(dir.join(sub)).expect("mkdir");
        }
        for file in [
            "z.txt",
            "b/2.HTML",
            "b/1.md",
            "a/deep/x.htm",
            "a/notes.pdf",
            ".hidden/secret.txt",
            ".dot.txt",
        ] {
            std::fs::write(dir.join(file), "نص").expect("write");
        }
        let found = find_articles(&dir).expect("readable");
        let names: Vec<String> = found
            .files
            .iter()
            .map(|p| {
                p.strip_prefix(&dir)
                    .map(|r| r.to_string_lossy().into_owned())
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(names, ["a/deep/x.htm", "b/1.md", "b/2.HTML", "z.txt"]);
        assert_eq!(found.skipped, 1);
        let missing = find_articles(&dir.join("nope"))
            .expect_err("missing")
            .to_string();
        assert!(
            missing.contains("nope: cannot read the folder"),
            "{missing}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
