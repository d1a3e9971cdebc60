//! Background extraction: one worker thread runs the engine over the articles
//! queued to it and sends the visits and recognized names back (one
//! analysis per article, [`Engine::analyze_parts`]); the app applies results at
//! the start of a frame ([`Extractor::poll`]). The UI thread never waits on it.
//!
//! Each job carries the article's generation; a result whose generation is
//! no longer current (the date changed, the article was closed and reopened)
//! is dropped by the app. The worker publishes which article it is reading
//! and how far ([`Extractor::progress`]); cancelling stops the article being
//! read (between two parts of a huge one) and every queued one.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, PoisonError};

use chrono::NaiveDate;
use eframe::egui;

use crate::engine::Engine;
use crate::model::{Entity, Visit};

/// A request to extract one article.
#[derive(Debug)]
struct Job {
    path: String,
    /// Shared with the article: a 200 MB text is not copied.
    text: Arc<String>,
    published: Option<NaiveDate>,
    generation: u64,
    /// Order of the request; jobs below the cancel mark are skipped.
    seq: u64,
}

/// What the engine made of one [`Job`].
#[derive(Debug)]
pub enum Extracted {
    /// The visits and the recognized names.
    Done(Vec<Visit>, Vec<Entity>),
    /// The engine failed (the message says why).
    Failed(String),
    /// Cancelled before the end.
    Cancelled,
}

/// The engine's answer for one [`Job`].
#[derive(Debug)]
pub struct Outcome {
    /// The article's path (its identity in the app).
    pub path: String,
    pub generation: u64,
    pub result: Extracted,
}

/// What the worker is doing now.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Current {
    /// Path of the article being read.
    pub path: String,
    /// Fraction of its text read so far (0.0 to 1.0).
    pub fraction: f32,
}

/// Handle to the extraction worker.
#[derive(Debug)]
pub struct Extractor {
    jobs: Option<Sender<Job>>,
    results: Receiver<Outcome>,
    current: Arc<Mutex<Option<Current>>>,
    cancelled_below: Arc<AtomicU64>,
    next_seq: u64,
}

impl Extractor {
    /// Starts the worker thread; it asks `ctx` for a repaint after each
    /// result and each part of a long article.
    pub fn start(ctx: &egui::Context) -> Self {
        let (job_tx, job_rx) = channel::<Job>();
        let (result_tx, results) = channel::<Outcome>();
        let current = Arc::new(Mutex::new(None));
        let cancelled_below = Arc::new(AtomicU64::new(0));
        let (now, cancelled) = (Arc::clone(&current), Arc::clone(&cancelled_below));
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("jawla-extract".into())
            .spawn(move || {
                let set = |c: Option<Current>| {
                    *now.lock().unwrap_or_else(PoisonError::into_inner) = c;
                };
                for job in job_rx {
                    let live = || job.seq >= cancelled.load(Ordering::Relaxed);
                    let result = if live() {
                        set(Some(Current {
                            path: job.path.clone(),
                            fraction: 0.0,
                        }));
                        run(&job, &mut |fraction| {
                            set(Some(Current {
                                path: job.path.clone(),
                                fraction,
                            }));
                            ctx.request_repaint();
                            live()
                        })
                    } else {
                        Extracted::Cancelled
                    };
                    set(None);
                    let outcome = Outcome {
                        path: job.path,
                        generation: job.generation,
                        result,
                    };
                    if result_tx.send(outcome).is_err() {
                        break;
                    }
                    ctx.request_repaint();
                }
            });
        Self {
            jobs: spawned.is_ok().then_some(job_tx),
            results,
            current,
            cancelled_below,
            next_seq: 0,
        }
    }

    /// Queues the article `path` for extraction. Returns false if the
    /// worker is gone (the caller marks the article failed).
    pub fn request(
        &mut self,
        path: String,
        text: Arc<String>,
        published: Option<NaiveDate>,
        generation: u64,
    ) -> bool {
        self.next_seq += 1;
        let job = Job {
            path,
            text,
            published,
            generation,
            seq: self.next_seq,
        };
        self.jobs
            .as_ref()
            .is_some_and(|jobs| jobs.send(job).is_ok())
    }

    /// Cancels the article being read and every queued one; each comes back
    /// as [`Extracted::Cancelled`].
    pub fn cancel_all(&self) {
        self.cancelled_below
            .store(self.next_seq + 1, Ordering::Relaxed);
    }

    /// The article being read now, if any.
    pub fn current(&self) -> Option<Current> {
        self.current
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Results that arrived since the last call.
    pub fn poll(&self) -> Vec<Outcome> {
        self.results.try_iter().collect()
    }
}

/// Runs the engine over `job`; `progress` gets the fraction read after each
/// part and says whether to go on. The engine promises never to panic; if
/// it ever does, the article says so instead of waiting forever.
fn run(job: &Job, progress: &mut dyn FnMut(f32) -> bool) -> Extracted {
    let analyse = std::panic::AssertUnwindSafe(|| {
        Engine::embedded().analyze_parts(&job.path, &job.text, job.published, &mut |p| {
            progress(p.done_bytes as f32 / p.total_bytes.max(1) as f32)
        })
    });
    match std::panic::catch_unwind(analyse) {
        Ok(Some((visits, entities))) => Extracted::Done(visits, entities),
        Ok(None) => Extracted::Cancelled,
        Err(_) => Extracted::Failed("the engine failed on this article".to_owned()),
    }
}
