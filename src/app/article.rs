//! Loading an article: the I/O edge that reads the file and hands the bytes to
//! [`crate::ingest::decode_owned`]; the article itself is [`crate::article`].

use chrono::NaiveDate;

pub use crate::article::{Article, Visits, file_name_of, stable_id, title_of};

/// Loads the article at `path`: an embedded seed for `seeds/NAME.txt` paths,
/// else the file read from disk and decoded (with the date its HTML
/// metadata declares when `published` is `None`). The error message names the
/// file and the reason.
pub fn load(path: &str, published: Option<NaiveDate>) -> Result<Article, String> {
    if let Some(seed) = crate::seeds::documents()
        .into_iter()
        .find(|d| d.path == path)
    {
        return Ok(Article::new(seed.path, seed.text, published));
    }
    let bytes = std::fs::read(path)
        .map_err(|e| format!("{path}: cannot read the file ({})", io_reason(&e)))?;
    let decoded = crate::ingest::decode_owned(bytes, path).map_err(|e| e.to_string())?;
    // Without a known date, take the one an HTML page declares.
    let published = published.or(decoded.published);
    let mut article = Article::new(path.to_owned(), decoded.text, published);
    article.encoding = decoded.encoding;
    article.warnings = decoded.warnings;
    Ok(article)
}

/// A short, plain reason for an I/O error.
fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        std::io::ErrorKind::IsADirectory => "it is a folder".to_owned(),
        _ => e.to_string(),
    }
}
