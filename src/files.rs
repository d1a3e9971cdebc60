//! The one edge that reads article files, for the command line and the app
//! alike: a path becomes bytes here, bounded, and [`crate::ingest`] turns
//! them into text.
//!
//! What is not a regular file (a FIFO, a device such as `/dev/zero`, a
//! socket, a folder) is refused by its kind, before it is opened, so nothing
//! waits on a pipe with no writer or reads an endless device. The first
//! [`SNIFF_BYTES`] are read and checked ([`crate::ingest::sniff`]) before the
//! rest, so a 2 GB image is refused after 64 KiB. No article is read past
//! [`Limits::max_bytes`]: a larger file is refused with a message naming
//! the limit and how to change it (`JAWLA_MAX_ARTICLE_MB`, or `--max-size`
//! on the command line).

use std::io::Read;
use std::path::Path;

use chrono::NaiveDate;

use crate::i18n::Message;
use crate::ingest;

/// How many bytes are read and checked before the rest of a file.
pub const SNIFF_BYTES: usize = 64 * 1024;

/// Largest article read by default, in MiB (a 200 MB article opens).
pub const DEFAULT_MAX_MB: u64 = 256;

/// The environment variable that sets the article size limit, in MiB.
pub const MAX_MB_ENV: &str = "JAWLA_MAX_ARTICLE_MB";

/// How much of a file may be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest article, in bytes.
    pub max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_bytes: DEFAULT_MAX_MB * MIB,
        }
    }
}

const MIB: u64 = 1024 * 1024;

impl Limits {
    /// The default, or `JAWLA_MAX_ARTICLE_MB` when it is set to a positive
    /// number (a bad value is ignored).
    pub fn from_env() -> Self {
        std::env::var(MAX_MB_ENV)
            .ok()
            .and_then(|v| parse_mb(&v).ok())
            .map_or_else(Self::default, |max_bytes| Self { max_bytes })
    }
}

/// A size in MiB (`"300"`, `"300M"`, `"2G"`) → bytes; the error says why.
pub fn parse_mb(value: &str) -> Result<u64, String> {
    let v = value.trim();
    let (digits, unit) = match v.strip_suffix(['G', 'g']) {
        Some(d) => (d, 1024 * MIB),
        None => (v.strip_suffix(['M', 'm']).unwrap_or(v), MIB),
    };
    digits
        .parse::<u64>()
        .ok()
        .filter(|&n| n > 0)
        .and_then(|n| n.checked_mul(unit))
        .ok_or_else(|| format!("`{value}` is not a size in MB (e.g. 300 or 2G)"))
}

/// A file read and decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// The decoded text; evidence offsets index it in chars.
    pub text: String,
    /// WHATWG name of the encoding it was decoded from.
    pub encoding: &'static str,
    /// Problems that did not stop decoding (replaced bytes, removed NULs).
    pub warnings: Vec<String>,
    /// The publication date an HTML page declares, if any.
    pub published: Option<NaiveDate>,
}

/// Reads and decodes the article at `path` within `limits`. The error is a
/// reason for the analyst, without the file name (the caller names the file
/// with [`shown`]), in the interface language the caller shows it in (its
/// `Display` is the English of the command line).
pub fn read_article(path: &Path, limits: Limits) -> Result<Article, Message> {
    let bytes = read_bounded(path, limits)?;
    let name = path.to_string_lossy();
    let decoded = ingest::decode_owned(bytes, &name).map_err(|e| ingest_reason(&e.kind))?;
    Ok(Article {
        text: decoded.text,
        encoding: decoded.encoding,
        warnings: decoded.warnings,
        published: decoded.published,
    })
}

/// The bytes of the regular file at `path`: refused unopened when it is
/// something else, refused after [`SNIFF_BYTES`] when they are binary,
/// refused when larger than the limit.
pub fn read_bounded(path: &Path, limits: Limits) -> Result<Vec<u8>, Message> {
    let meta = std::fs::metadata(path).map_err(|e| io_reason(&e))?;
    if !meta.is_file() {
        return Err(not_regular(&meta));
    }
    let too_large = |size: u64| {
        Message::new("file-too-large")
            .with("size", size.div_ceil(MIB).to_string())
            .with("limit", (limits.max_bytes / MIB).to_string())
            .with("env", MAX_MB_ENV)
            .with("flag", "--max-size")
    };
    if meta.len() > limits.max_bytes {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| io_reason(&e))?;
    // The path may have been replaced between the two looks: check what
    // was opened.
    let opened = file.metadata().map_err(|e| io_reason(&e))?;
    if !opened.is_file() {
        return Err(not_regular(&opened));
    }
    let expected = usize::try_from(opened.len().min(limits.max_bytes)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(expected.min(SNIFF_BYTES));
    let mut reader = file.take(limits.max_bytes.saturating_add(1));
    (&mut reader)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if let Err(kind) = ingest::sniff(&bytes) {
        return Err(ingest_reason(&kind));
    }
    bytes.reserve(expected.saturating_sub(bytes.len()));
    reader.read_to_end(&mut bytes).map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > limits.max_bytes {
        // A file that grew while read, or one that reports no size
        // (/proc): the limit holds all the same.
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// "not a regular file (a named pipe); not read".
fn not_regular(meta: &std::fs::Metadata) -> Message {
    Message::new("file-not-regular").with("kind", Message::new(kind_of(meta)))
}

/// What kind of file `meta` describes: the key of its name in messages.
fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    let kind = meta.file_type();
    if kind.is_dir() {
        return "file-kind-folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "file-kind-fifo";
        }
        if kind.is_char_device() {
            return "file-kind-char-device";
        }
        if kind.is_block_device() {
            return "file-kind-block-device";
        }
        if kind.is_socket() {
            return "file-kind-socket";
        }
    }
    "file-kind-special"
}

/// Why decoding refused the bytes ("this is not a text file (PDF document)").
pub fn ingest_reason(kind: &ingest::IngestErrorKind) -> Message {
    match kind {
        ingest::IngestErrorKind::Empty => Message::new("file-empty"),
        ingest::IngestErrorKind::Binary(what) => {
            Message::new("file-not-text").with("what", what.as_str())
        }
        ingest::IngestErrorKind::BadEncoding(why) => {
            Message::new("file-bad-encoding").with("why", why.as_str())
        }
    }
}

/// A short, plain reason for an I/O error.
pub fn io_reason(e: &std::io::Error) -> Message {
    match e.kind() {
        std::io::ErrorKind::NotFound => Message::new("file-not-found"),
        std::io::ErrorKind::PermissionDenied => Message::new("file-permission-denied"),
        std::io::ErrorKind::IsADirectory => {
            Message::new("file-not-regular").with("kind", Message::new("file-kind-folder"))
        }
        _ => Message::new("file-io-error").with("reason", e.to_string()),
    }
}

/// `path` as printed in a message: control characters (a newline that
/// would start a forged line), bidi controls and other hidden characters
/// are written as escapes (`\n`, `\u{202e}`), so one message stays one line
/// that names the file it is about.
pub fn shown(path: &Path) -> String {
    escape_name(&path.to_string_lossy())
}

/// [`shown`] for a path already in a string.
pub fn escape_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control()
                || crate::hidden::name(c).is_some()
                || matches!(c, '\u{2028}' | '\u{2029}') =>
            {
                out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_in_megabytes() {
        assert_eq!(parse_mb("300"), Ok(300 * MIB));
        assert_eq!(parse_mb("2G"), Ok(2048 * MIB));
        assert_eq!(parse_mb("1m"), Ok(MIB));
        assert!(parse_mb("0").is_err());
        assert!(parse_mb("lots").is_err());
    }

    #[test]
    fn names_with_controls_are_escaped() {
        assert_eq!(
            escape_name("a\nb.txt: forged"),
            "a\\nb.txt: forged".to_owned()
        );
        assert_eq!(escape_name("x\u{202E}y\u{1b}"), "x\\u{202e}y\\u{1b}");
        assert_eq!(escape_name("مقال.txt"), "مقال.txt");
    }
}
