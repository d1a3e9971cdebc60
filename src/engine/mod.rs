//! The extraction engine: Arabic article text → diplomatic visits.
//!
//! Pipeline: normalize → tokenize → recognize → extract → resolve dates → merge.
//! Invariants: no I/O, no egui, never panics; every offset is kept in chars
//! into the original text.
//!
//! Public surface (used by the CLI and the app):
//! [`Engine::embedded`], [`Engine::extract`], [`Engine::extract_all`], [`merge`].

use std::sync::OnceLock;

use crate::model::{ArticleVisits, Document, ExtractOutput, Visit};

/// The engine with its language resources loaded. Cheap to share (`&'static`).
#[derive(Debug)]
pub struct Engine {}

impl Engine {
    /// The engine built from the resources embedded in the binary.
    pub fn embedded() -> &'static Engine {
        static ENGINE: OnceLock<Engine> = OnceLock::new();
        ENGINE.get_or_init(|| Engine {})
    }

    /// The visits reported by one article.
    pub fn extract(&self, _doc: &Document) -> Vec<Visit> {
        Vec::new()
    }

    /// Per-article visits and the merged timeline over all `docs`.
    pub fn extract_all(&self, docs: &[Document]) -> ExtractOutput {
        let articles: Vec<ArticleVisits> = docs
            .iter()
            .map(|d| ArticleVisits {
                path: d.path.clone(),
                published: d.published,
                visits: self.extract(d),
            })
            .collect();
        let timeline = merge(&articles);
        ExtractOutput { articles, timeline }
    }
}

/// Merges the visits of several articles into one ordered timeline.
pub fn merge(articles: &[ArticleVisits]) -> Vec<Visit> {
    articles
        .iter()
        .flat_map(|a| a.visits.iter().cloned())
        .collect()
}
