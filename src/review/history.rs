//! Undo/redo over the correction list.
//!
//! The correction list *is* the analyst's work (it is what the workspace
//! saves); [`History`] owns it and records each change as an invertible step.
//! Undo depth is bounded: past the limit the oldest steps can no longer be
//! undone, but their corrections stay in the list.

use std::collections::VecDeque;

use super::Correction;

/// How many steps [`History::default`] can undo.
pub const DEFAULT_UNDO_LIMIT: usize = 1000;

/// One invertible change of the correction list.
#[derive(Clone, Debug, PartialEq)]
enum Step {
    /// A correction appended at the end.
    Push(Correction),
    /// The correction that was at `index` removed (e.g. an orphan dismissed).
    Remove {
        index: usize,
        correction: Correction,
    },
}

/// The correction list with bounded undo/redo (Ctrl+Z / Ctrl+Shift+Z).
#[derive(Clone, Debug, PartialEq)]
pub struct History {
    corrections: Vec<Correction>,
    undo: VecDeque<Step>,
    redo: Vec<Step>,
    limit: usize,
    revision: u64,
}

impl Default for History {
    fn default() -> History {
        History::new(Vec::new(), DEFAULT_UNDO_LIMIT)
    }
}

impl History {
    /// A history starting from `corrections` (e.g. read from a workspace),
    /// with nothing to undo, keeping at most `limit` undo steps.
    pub fn new(corrections: Vec<Correction>, limit: usize) -> History {
        History {
            corrections,
            undo: VecDeque::new(),
            redo: Vec::new(),
            limit,
            revision: 0,
        }
    }

    /// The current corrections, oldest first: pass them to
    /// [`super::apply`] and save them in the workspace.
    pub fn corrections(&self) -> &[Correction] {
        &self.corrections
    }

    /// Counts changes (push, remove, undo, redo): compare it with the value at
    /// the last save to know whether the workspace needs saving.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Records a new correction. Clears what could be redone.
    pub fn push(&mut self, correction: Correction) {
        self.corrections.push(correction.clone());
        self.record(Step::Push(correction));
    }

    /// Removes the correction at `index` (e.g. an orphan the analyst
    /// dismisses), as an undoable step. `None` if there is no such index.
    pub fn remove(&mut self, index: usize) -> Option<Correction> {
        if index >= self.corrections.len() {
            return None;
        }
        let correction = self.corrections.remove(index);
        self.record(Step::Remove {
            index,
            correction: correction.clone(),
        });
        Some(correction)
    }

    /// Whether [`History::undo`] would do something.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether [`History::redo`] would do something.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Reverts the last step; `false` if there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        let Some(step) = self.undo.pop_back() else {
            return false;
        };
        match &step {
            Step::Push(_) => {
                self.corrections.pop();
            }
            Step::Remove { index, correction } => {
                let at = (*index).min(self.corrections.len());
                self.corrections.insert(at, correction.clone());
            }
        }
        self.redo.push(step);
        self.revision += 1;
        true
    }

    /// Does again the last undone step; `false` if there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        let Some(step) = self.redo.pop() else {
            return false;
        };
        match &step {
            Step::Push(c) => self.corrections.push(c.clone()),
            Step::Remove { index, .. } => {
                if *index < self.corrections.len() {
                    self.corrections.remove(*index);
                }
            }
        }
        self.undo.push_back(step);
        self.trim();
        self.revision += 1;
        true
    }

    fn record(&mut self, step: Step) {
        self.redo.clear();
        self.undo.push_back(step);
        self.trim();
        self.revision += 1;
    }

    fn trim(&mut self) {
        while self.undo.len() > self.limit {
            self.undo.pop_front();
        }
    }
}
