//! Loading an article: the app's side of the one edge that reads article
//! files ([`crate::files`], shared with the command line); the article
//! itself is [`crate::article`].

use std::path::Path;

use chrono::NaiveDate;

pub use crate::article::{Article, Visits, file_name_of, stable_id, title_of};

/// Loads the article at `path`: an embedded seed for `seeds/NAME.txt` paths,
/// else the file read from disk and decoded (with the date its HTML
/// metadata declares, else the one its text states near the top, when
/// `published` is `None`). The error is the reason; the caller names the file.
pub fn load(path: &str, published: Option<NaiveDate>) -> Result<Article, crate::i18n::Message> {
    if let Some(seed) = crate::seeds::documents()
        .into_iter()
        .find(|d| d.path == path)
    {
        return Ok(Article::new(seed.path, seed.text, published));
    }
    // The same reading as the command line: regular files only, sniffed
    // before read, within the size limit.
    let read = crate::files::read_article(Path::new(path), crate::files::Limits::from_env())?;
    // Without a known date, take the one the document declares.
    let engine = crate::engine::Engine::embedded();
    let declared = engine.publication(None, read.published, &read.text);
    let mut article = Article::new(path.to_owned(), read.text, None);
    article.declared = declared;
    match published {
        Some(d) => article.set_published(Some(d)),
        None => {
            article.published = declared.map(|(d, _)| d);
            article.published_from = declared.map(|(_, from)| from);
        }
    }
    article.encoding = read.encoding;
    article.warnings = read.warnings;
    Ok(article)
}
