//! Reading article files for the command line: the one place where a path
//! becomes article text, shared by `jawla extract` and its `--jsonl` mode.
//! Decoding (encodings, HTML, binary refusal) is [`crate::ingest::decode`],
//! the same code the app uses.

use std::path::Path;

use chrono::NaiveDate;

use crate::ingest;

/// A file read and decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// The decoded text; evidence offsets index it in chars.
    pub text: String,
    /// Problems that did not stop decoding (replaced bytes, removed NULs).
    pub warnings: Vec<String>,
    /// The publication date an HTML page declares, if any.
    pub published: Option<NaiveDate>,
}

/// Reads and decodes the file at `path`; the error is a reason for the
/// analyst (the caller names the file).
pub fn read_article(path: &Path) -> Result<Article, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    let name = path.to_string_lossy();
    match ingest::decode_owned(bytes, &name) {
        Ok(d) => Ok(Article {
            text: d.text,
            warnings: d.warnings,
            published: d.published,
        }),
        Err(e) => Err(e.kind.to_string()),
    }
}
