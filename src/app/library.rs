//! The library of open articles: the articles in panel order, their positions by path, and
//! the figures over them the status bar shows, kept current as articles come, go and get their
//! results (so that no frame walks the list).

use std::collections::HashMap;

use crate::article::{Article, Visits};

/// The open articles and what is kept about them.
#[derive(Debug, Default)]
pub(crate) struct Library {
    /// Open articles, in panel order.
    pub(crate) articles: Vec<Article>,
    /// Position of each article in `articles`, by path.
    pub(crate) positions: HashMap<String, usize>,
    /// Bumped whenever an article is added or removed (the file panel
    /// filters the list again only then).
    pub(crate) revision: u64,
    /// Figures over all articles, kept current as their extraction
    /// results change, so that no frame walks the list to count.
    pub(crate) counts: ArticleCounts,
}

impl Library {
    /// Position of the article `path` in `articles`, if it is open.
    pub(crate) fn index_of(&self, path: &str) -> Option<usize> {
        self.positions.get(path).copied()
    }

    /// Adds `article` at the end; returns its position.
    pub(crate) fn push(&mut self, article: Article) -> usize {
        let index = self.articles.len();
        self.positions.insert(article.path.clone(), index);
        self.counts.add(&article.visits);
        self.articles.push(article);
        self.revision += 1;
        index
    }

    /// Puts `article` at `index` in place of the one there (a missing file
    /// opened again, or located elsewhere).
    pub(crate) fn replace(&mut self, index: usize, article: Article) {
        let Some(slot) = self.articles.get_mut(index) else {
            return;
        };
        self.counts.remove(&slot.visits);
        self.counts.add(&article.visits);
        self.positions.remove(&slot.path);
        self.positions.insert(article.path.clone(), index);
        *slot = article;
        self.revision += 1;
    }

    /// Removes the article at `index` (positions rebuilt).
    pub(crate) fn remove(&mut self, index: usize) -> Article {
        let closed = self.articles.remove(index);
        self.counts.remove(&closed.visits);
        self.revision += 1;
        self.positions = (self.articles.iter().enumerate())
            .map(|(i, a)| (a.path.clone(), i))
            .collect();
        closed
    }

    /// Sets the extraction result of the article at `index`, keeping the
    /// counts current.
    pub(crate) fn set_visits(&mut self, index: usize, visits: Visits) {
        if let Some(article) = self.articles.get_mut(index) {
            self.counts.remove(&article.visits);
            self.counts.add(&visits);
            article.visits = visits;
        }
    }
}

/// Figures over all open articles for the status bar and
/// [`JawlaApp::is_busy`], updated as articles come, go and get their results.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ArticleCounts {
    /// Articles whose extraction is queued or running.
    pub(crate) running: usize,
    /// Visits found in the articles whose extraction is done.
    pub(crate) visits: usize,
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
