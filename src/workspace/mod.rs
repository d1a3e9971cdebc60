//! The workspace document: the open articles, their publication dates and
//! every correction, as a versioned JSON file (format in `docs/workspace.md`).
//!
//! This module only turns a [`Workspace`] into bytes and back, defensively:
//! [`Workspace::from_json`] bounds size and nesting depth and refuses files of
//! a newer format version with a clear [`FormatError`]. The file I/O (atomic
//! save, safe load, keeping bad files aside) is in [`store`].
//!
//! How the app uses it:
//!
//! ```no_run
//! use jawla::review::{self, History, history::DEFAULT_UNDO_LIMIT};
//! use jawla::workspace::{Workspace, store};
//! # let path = std::path::Path::new("workspace.json");
//! # let engine_timeline = Vec::new();
//! // At start: never fails; a bad file is renamed aside and reported.
//! let opened = store::open_or_empty(path);
//! if let Some(message) = opened.message() { /* show it */ }
//! let mut history = History::new(opened.workspace.corrections.clone(), DEFAULT_UNDO_LIMIT);
//! // After every extraction and every edit (push/undo/redo):
//! let review = review::apply(&engine_timeline, history.corrections());
//! // Autosave when `history.revision()` (or the article list) changed,
//! // and only if `opened.may_save`:
//! let ws = Workspace { articles: opened.workspace.articles.clone(),
//!                      corrections: history.corrections().to_vec(), ..Workspace::new() };
//! if let Err(e) = store::save_atomic(path, &ws) { /* show e: the old file is intact */ }
//! ```

pub mod store;

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::i18n::{Message, Part};
use crate::review::Correction;

/// Value of the `format` field: identifies a jawla workspace file.
pub const FORMAT: &str = "jawla-workspace";
/// The format version this build writes, and the newest it reads.
pub const VERSION: u32 = 1;
/// Largest workspace file read (64 MiB); larger files are refused unread.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;
/// Deepest nesting of JSON arrays/objects accepted (a real workspace uses 6).
pub const MAX_DEPTH: usize = 32;

/// Everything the analyst would lose by closing jawla.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`VERSION`] when written by this build.
    pub version: u32,
    /// The open articles, in the order of the file panel.
    #[serde(default)]
    pub articles: Vec<OpenArticle>,
    /// The analyst's corrections, oldest first (see [`crate::review`]).
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

impl Default for Workspace {
    fn default() -> Workspace {
        Workspace {
            format: FORMAT.to_owned(),
            version: VERSION,
            articles: Vec::new(),
            corrections: Vec::new(),
        }
    }
}

/// An article open in the workspace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenArticle {
    /// The file's path as opened, or `seeds/NAME.txt` for an embedded seed.
    pub path: String,
    /// The publication date as the analyst set it (`null`: unknown).
    #[serde(default)]
    pub published: Option<NaiveDate>,
    /// `true` when `path` names an article embedded in the binary
    /// ([`crate::seeds`]) rather than a file on disk.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub seed: bool,
}

/// Why bytes are not a workspace this build can use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// Larger than [`MAX_BYTES`].
    TooLarge { size: u64, limit: u64 },
    /// Arrays/objects nested deeper than [`MAX_DEPTH`].
    TooDeep { limit: usize },
    /// The file ends in the middle of the JSON (e.g. an interrupted copy).
    Truncated,
    /// Not valid JSON at this place (1-based line and column).
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// Valid JSON, but no `"format": "jawla-workspace"`.
    NotAWorkspace,
    /// Written by a newer jawla: refused, and must not be overwritten.
    NewerVersion { found: u64, supported: u32 },
    /// `version` missing, not a positive integer.
    BadVersion,
    /// A workspace with a field of the wrong type or shape.
    Invalid {
        line: usize,
        column: usize,
        message: String,
    },
}

impl FormatError {
    /// What is wrong, as a message in the interface's language (`Display`
    /// gives its English).
    pub fn message(&self) -> Message {
        match self {
            FormatError::TooLarge { size, limit } => Message::new("workspace-too-large")
                .with("size", big(*size))
                .with("limit", big(*limit)),
            FormatError::TooDeep { limit } => {
                Message::new("workspace-too-deep").with("limit", *limit)
            }
            FormatError::Truncated => Message::new("workspace-truncated"),
            FormatError::Syntax {
                line,
                column,
                message,
            } => Message::new("workspace-not-json")
                .with("line", *line)
                .with("column", *column)
                .with("why", message.as_str()),
            FormatError::NotAWorkspace => {
                Message::new("workspace-not-a-workspace").with("format", FORMAT)
            }
            FormatError::NewerVersion { found, supported } => Message::new("workspace-newer")
                .with("found", big(*found))
                .with("supported", Part::Num(f64::from(*supported))),
            FormatError::BadVersion => Message::new("workspace-bad-version"),
            FormatError::Invalid {
                line,
                column,
                message,
            } => Message::new("workspace-invalid")
                .with("line", *line)
                .with("column", *column)
                .with("why", message.as_str()),
        }
    }
}

/// A size or version number as a message argument.
#[allow(
    clippy::cast_precision_loss,
    reason = "shown, not computed with: a workspace is at most MAX_BYTES"
)]
fn big(n: u64) -> Part {
    Part::Num(n as f64)
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for FormatError {}

/// The fields read first, to refuse a foreign or newer file before parsing
/// the rest with this version's rules.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

impl Workspace {
    /// An empty workspace of the current version.
    pub fn new() -> Workspace {
        Workspace::default()
    }

    /// The file's bytes: pretty-printed JSON ending with a newline, always
    /// with this build's [`FORMAT`] and [`VERSION`] whatever `self` says.
    pub fn to_json(&self) -> Result<Vec<u8>, serde_json::Error> {
        let current = Workspace {
            format: FORMAT.to_owned(),
            version: VERSION,
            articles: self.articles.clone(),
            corrections: self.corrections.clone(),
        };
        let mut out = serde_json::to_vec_pretty(&current)?;
        out.push(b'\n');
        Ok(out)
    }

    /// Reads a workspace, refusing oversized, too deeply nested, foreign,
    /// newer-version or malformed input with a [`FormatError`].
    pub fn from_json(bytes: &[u8]) -> Result<Workspace, FormatError> {
        let size = bytes.len() as u64;
        if size > MAX_BYTES {
            return Err(FormatError::TooLarge {
                size,
                limit: MAX_BYTES,
            });
        }
        if nesting_depth(bytes) > MAX_DEPTH {
            return Err(FormatError::TooDeep { limit: MAX_DEPTH });
        }
        // A UTF-8 byte order mark, as some editors add, is not an error.
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
        if first.is_some_and(|&b| b != b'{') {
            // Valid JSON that is not an object is some other file; anything
            // else gets serde_json's exact complaint.
            return Err(
                match serde_json::from_slice::<serde::de::IgnoredAny>(bytes) {
                    Ok(_) => FormatError::NotAWorkspace,
                    Err(e) => classify(&e, false),
                },
            );
        }
        let header: Header = serde_json::from_slice(bytes).map_err(|e| classify(&e, true))?;
        if header.format.as_ref().and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(FormatError::NotAWorkspace);
        }
        let version = header
            .version
            .as_ref()
            .and_then(|v| v.as_u64())
            .filter(|&v| v > 0);
        match version {
            None => return Err(FormatError::BadVersion),
            Some(found) if found > u64::from(VERSION) => {
                return Err(FormatError::NewerVersion {
                    found,
                    supported: VERSION,
                });
            }
            Some(_) => {}
        }
        serde_json::from_slice(bytes).map_err(|e| classify(&e, false))
    }
}

/// Sorts a serde_json error into the [`FormatError`] the analyst should read.
fn classify(e: &serde_json::Error, header: bool) -> FormatError {
    use serde_json::error::Category;
    let (line, column, message) = (e.line(), e.column(), e.to_string());
    match e.classify() {
        Category::Eof => FormatError::Truncated,
        Category::Syntax | Category::Io => FormatError::Syntax {
            line,
            column,
            message,
        },
        // While reading the header, a type error means the top level is not an object.
        Category::Data if header => FormatError::NotAWorkspace,
        Category::Data => FormatError::Invalid {
            line,
            column,
            message,
        },
    }
}

/// The deepest nesting of `[`/`{` outside strings. Linear, no allocation.
fn nesting_depth(bytes: &[u8]) -> usize {
    let (mut depth, mut max, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for &b in bytes {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                max = max.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_depth_skips_brackets_in_strings() {
        assert_eq!(nesting_depth(br#"{"a":[1,{"b":"[[[{{"}]}"#), 3);
        assert_eq!(nesting_depth(br#"{"a":"\"[["}"#), 1);
        assert_eq!(nesting_depth(b""), 0);
    }

    /// The format errors read as before in English (the command line, the
    /// logs), and in Arabic in the Arabic interface.
    #[test]
    fn format_errors_read_in_both_languages() {
        use crate::i18n::Lang;
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        let cases = [
            (
                FormatError::TooLarge {
                    size: 70_000_000,
                    limit: 67_108_864,
                },
                "the file is too large for a workspace (70000000 bytes; the limit is 67108864)",
                "الملف أكبر من أن يكون مساحة عمل (70000000 بايت، والحد 67108864)",
            ),
            (
                FormatError::Truncated,
                "the file is truncated (it ends in the middle of the data)",
                "الملف مبتور (ينتهي في وسط البيانات)",
            ),
            (
                FormatError::NewerVersion {
                    found: 2,
                    supported: 1,
                },
                "the file was written by a newer jawla (workspace version 2; this version reads up to 1); \
                 it was left unchanged",
                "كتب الملفَ إصدارٌ أحدث من جولة (إصدار مساحة العمل 2، وهذا الإصدار يقرأ حتى 1)، وقد تُرك \
                 دون تغيير",
            ),
            (
                FormatError::Syntax {
                    line: 3,
                    column: 7,
                    message: "expected `:`".into(),
                },
                "the file is not valid JSON (line 3, column 7: expected `:`)",
                "الملف ليس JSON صالحًا (السطر 3، العمود 7: expected `:`)",
            ),
        ];
        for (error, en, ar) in cases {
            assert_eq!(error.to_string(), en);
            assert_eq!(plain(error.message().text(Lang::Ar)), ar);
        }
    }
}
