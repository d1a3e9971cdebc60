//! Background loading: one worker thread reads and decodes the files the
//! analyst opens ([`crate::app::article::load`]) so that a huge or hostile
//! file never freezes the window. Jobs are served first in, first out, so
//! articles appear in the order they were asked for.

use std::sync::mpsc::{Receiver, Sender, channel};

use chrono::NaiveDate;
use eframe::egui;

use super::article::{self, Article};

/// A file to load.
#[derive(Debug)]
struct Job {
    path: String,
    published: Option<NaiveDate>,
}

/// The result of one job.
#[derive(Debug)]
pub struct Loaded {
    /// The path as queued.
    pub path: String,
    /// The article, or the message naming the file and the reason.
    pub result: Result<Article, String>,
}

/// Handle to the loading worker.
#[derive(Debug)]
pub struct Loader {
    jobs: Option<Sender<Job>>,
    results: Receiver<Loaded>,
}

impl Loader {
    /// Starts the worker thread; it asks `ctx` for a repaint after each file.
    pub fn start(ctx: &egui::Context) -> Self {
        let (job_tx, job_rx) = channel::<Job>();
        let (result_tx, results) = channel::<Loaded>();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("jawla-load".into())
            .spawn(move || {
                for job in job_rx {
                    // Decoding never panics by contract; if it ever does, the
                    // file gets a message instead of loading forever.
                    let run =
                        std::panic::AssertUnwindSafe(|| article::load(&job.path, job.published));
                    let result = std::panic::catch_unwind(run).unwrap_or_else(|_| {
                        Err(format!(
                            "{}: jawla failed while reading this file",
                            job.path
                        ))
                    });
                    if result_tx
                        .send(Loaded {
                            path: job.path,
                            result,
                        })
                        .is_err()
                    {
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

    /// Queues `path`. If the worker is gone, loads it on the calling thread
    /// so the file is never lost; the result is then returned directly.
    pub fn request(&self, path: String, published: Option<NaiveDate>) -> Option<Loaded> {
        let Some(jobs) = &self.jobs else {
            let result = article::load(&path, published);
            return Some(Loaded { path, result });
        };
        match jobs.send(Job { path, published }) {
            Ok(()) => None,
            Err(std::sync::mpsc::SendError(job)) => {
                let result = article::load(&job.path, job.published);
                Some(Loaded {
                    path: job.path,
                    result,
                })
            }
        }
    }

    /// Files finished since the last call, in the order they were queued.
    pub fn poll(&self) -> Vec<Loaded> {
        self.results.try_iter().collect()
    }
}
