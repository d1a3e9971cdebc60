//! Background extraction: one worker thread runs the engine over the articles
//! queued to it and sends the visits and recognized names back (one
//! analysis per article, [`Engine::analyze`]); the app applies results at the
//! start of a frame ([`Extractor::poll`]). The UI thread never waits on it.
//!
//! Each job carries the article's generation; a result whose generation is
//! no longer current (the date changed, the article was closed and reopened)
//! is dropped by the app.

use std::sync::mpsc::{Receiver, Sender, channel};

use eframe::egui;

use crate::engine::Engine;
use crate::model::{Document, Entity, Visit};

/// A request to extract one article.
#[derive(Debug)]
struct Job {
    doc: Document,
    generation: u64,
}

/// The engine's answer for one [`Job`].
#[derive(Debug)]
pub struct Outcome {
    /// The article's path (its identity in the app).
    pub path: String,
    pub generation: u64,
    /// The visits, or why extraction failed.
    pub visits: Result<Vec<Visit>, String>,
    /// The names the engine recognized (empty if extraction failed).
    pub entities: Vec<Entity>,
}

/// Handle to the extraction worker.
#[derive(Debug)]
pub struct Extractor {
    jobs: Option<Sender<Job>>,
    results: Receiver<Outcome>,
}

impl Extractor {
    /// Starts the worker thread; it asks `ctx` for a repaint after each result.
    pub fn start(ctx: &egui::Context) -> Self {
        let (job_tx, job_rx) = channel::<Job>();
        let (result_tx, results) = channel::<Outcome>();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("jawla-extract".into())
            .spawn(move || {
                for job in job_rx {
                    let doc = job.doc;
                    // The engine promises never to panic; if it ever does, the
                    // article says so instead of waiting forever.
                    let run = std::panic::AssertUnwindSafe(|| Engine::embedded().analyze(&doc));
                    let (visits, entities) = match std::panic::catch_unwind(run) {
                        Ok((visits, entities)) => (Ok(visits), entities),
                        Err(_) => (
                            Err("the engine failed on this article".to_owned()),
                            Vec::new(),
                        ),
                    };
                    let outcome = Outcome {
                        path: doc.path,
                        generation: job.generation,
                        visits,
                        entities,
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
        }
    }

    /// Queues `doc` for extraction. Returns false if the worker is gone (the
    /// caller marks the article failed).
    pub fn request(&self, doc: Document, generation: u64) -> bool {
        self.jobs
            .as_ref()
            .is_some_and(|jobs| jobs.send(Job { doc, generation }).is_ok())
    }

    /// Results that arrived since the last call.
    pub fn poll(&self) -> Vec<Outcome> {
        self.results.try_iter().collect()
    }
}
