//! Background merge: with hundreds of articles open, merging their visits
//! into one timeline ([`crate::engine::merge`]) takes longer than a frame
//! (about 70 ms for 10,000 articles), so it runs on a worker thread. The
//! app sends a [`Snapshot`] (cheap: the visits are shared) and takes the
//! newest result at the start of a frame; older snapshots still queued are
//! skipped.

use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

use eframe::egui;

use super::review_state::{Snapshot, merge_snapshot};
use crate::model::Visit;

/// Handle to the merge worker.
#[derive(Debug)]
pub struct Merger {
    jobs: Option<Sender<(u64, Snapshot)>>,
    results: Receiver<(u64, Vec<Visit>)>,
    /// Number of the last snapshot sent.
    sent: u64,
    /// Number of the last result taken.
    taken: u64,
}

impl Merger {
    /// Starts the worker thread; it asks `ctx` for a repaint after each result.
    pub fn start(ctx: &egui::Context) -> Self {
        let (job_tx, job_rx) = channel::<(u64, Snapshot)>();
        let (result_tx, results) = channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("jawla-merge".into())
            .spawn(move || {
                while let Ok(mut job) = job_rx.recv() {
                    // Only the newest snapshot matters.
                    loop {
                        match job_rx.try_recv() {
                            Ok(newer) => job = newer,
                            Err(TryRecvError::Empty) => break,
                            Err(TryRecvError::Disconnected) => return,
                        }
                    }
                    let (seq, snapshot) = job;
                    // The engine never panics by contract; if merging ever
                    // did, the timeline keeps its last state.
                    let run = std::panic::AssertUnwindSafe(|| merge_snapshot(&snapshot));
                    let Ok(merged) = std::panic::catch_unwind(run) else {
                        continue;
                    };
                    if result_tx.send((seq, merged)).is_err() {
                        return;
                    }
                    ctx.request_repaint();
                }
            });
        Self {
            jobs: spawned.is_ok().then_some(job_tx),
            results,
            sent: 0,
            taken: 0,
        }
    }

    /// Sends `snapshot` to be merged. If the worker is gone, merges it here
    /// and returns the timeline.
    pub fn request(&mut self, snapshot: Snapshot) -> Option<Vec<Visit>> {
        self.sent += 1;
        let Some(jobs) = &self.jobs else {
            self.taken = self.sent;
            return Some(merge_snapshot(&snapshot));
        };
        match jobs.send((self.sent, snapshot)) {
            Ok(()) => None,
            Err(std::sync::mpsc::SendError((_, snapshot))) => {
                self.taken = self.sent;
                Some(merge_snapshot(&snapshot))
            }
        }
    }

    /// True while a snapshot sent has not come back merged.
    pub fn busy(&self) -> bool {
        self.taken < self.sent
    }

    /// The newest timeline merged since the last call, if any.
    pub fn poll(&mut self) -> Option<Vec<Visit>> {
        let newest = self.results.try_iter().last()?;
        self.taken = newest.0;
        Some(newest.1)
    }
}
