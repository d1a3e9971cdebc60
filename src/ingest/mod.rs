//! Bytes → readable text: encoding detection (UTF-8, UTF-16 BOM,
//! Windows-1256 and other legacy encodings) and HTML reduction. Takes bytes,
//! never touches the disk, never panics.
//!
//! The one entry point is [`decode`]: `bytes + file name → Result<Decoded, IngestError>`.
//! The app (and the CLI) read files at the edge and hand the bytes here.
//!
//! Decoding order:
//! 1. empty input and known binary formats (PDF, images, archives, executables)
//!    are refused;
//! 2. a byte-order mark decides UTF-8 / UTF-16LE / UTF-16BE;
//! 3. valid UTF-8 is UTF-8; UTF-8 with a few broken bytes is decoded with
//!    replacement characters and a warning counting them;
//! 4. otherwise an HTML `<meta charset>` is honoured, else `chardetng` guesses
//!    (Windows-1256 for Arabic) and `encoding_rs` decodes.
//!
//! Then line endings become `\n`, NUL characters are removed (with a warning),
//! and HTML (by extension, or sniffed from the content) is reduced to its
//! readable text (and its declared publication date) by [`html::reduce`].

use std::fmt;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

pub mod html;

/// How many leading bytes are inspected to recognize binary data.
const SNIFF_LEN: usize = 64 * 1024;

/// A file decoded to text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The readable text, `\n` line endings, one paragraph per line for HTML.
    pub text: String,
    /// The encoding the bytes were decoded from (WHATWG name, e.g. `UTF-8`,
    /// `windows-1256`, `UTF-16LE`).
    pub encoding: &'static str,
    /// True when the input was HTML and was reduced to its readable text.
    pub html: bool,
    /// Problems that did not stop decoding (replaced bytes, removed NULs), as
    /// sentences for the analyst.
    pub warnings: Vec<String>,
    /// Publication date declared by an HTML page's metadata, if any.
    pub published: Option<chrono::NaiveDate>,
}

/// Why a file could not be turned into text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IngestErrorKind {
    /// The file has no bytes.
    Empty,
    /// A known binary format (the name, e.g. "PDF document") or binary-looking data.
    Binary(String),
    /// The bytes do not decode to text in any supported encoding.
    BadEncoding(String),
}

/// A file that could not be turned into text; its `Display` names the file
/// and the reason, ready to show to the analyst.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IngestError {
    /// The file name as given to [`decode`].
    pub file: String,
    pub kind: IngestErrorKind,
}

impl fmt::Display for IngestErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IngestErrorKind::Empty => write!(f, "the file is empty"),
            IngestErrorKind::Binary(what) => {
                write!(f, "this is not a text file ({what})")
            }
            IngestErrorKind::BadEncoding(why) => {
                write!(f, "the text encoding is not readable ({why})")
            }
        }
    }
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.kind)
    }
}

impl std::error::Error for IngestError {}

/// Decodes the bytes of the file `file_name` (a path or a bare name; only its
/// extension is used, to recognize HTML) into readable text.
pub fn decode(bytes: &[u8], file_name: &str) -> Result<Decoded, IngestError> {
    let error = |kind| IngestError {
        file: file_name.to_owned(),
        kind,
    };
    if bytes.is_empty() {
        return Err(error(IngestErrorKind::Empty));
    }
    let mut warnings = Vec::new();
    let (raw, encoding) = decode_bytes(bytes, &mut warnings).map_err(error)?;
    finish(raw, encoding, warnings, file_name)
}

/// [`decode`] taking the bytes by value: a file that is already valid
/// UTF-8 (the common case, and the one that matters for a 200 MB file)
/// becomes the text without a copy; anything else goes through [`decode`].
/// The result is the same as `decode(&bytes, file_name)`.
pub fn decode_owned(mut bytes: Vec<u8>, file_name: &str) -> Result<Decoded, IngestError> {
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    let plain = !bytes.is_empty()
        && (bom || Encoding::for_bom(&bytes).is_none())
        && binary_format(&bytes).is_none()
        && utf16_without_bom(&bytes).is_none()
        && {
            let sample = &bytes[..bytes.len().min(SNIFF_LEN)];
            sample.iter().filter(|&&b| is_binary_control(b)).count() * 20 <= sample.len()
        };
    if !plain {
        return decode(&bytes, file_name);
    }
    if bom {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => finish(text, UTF_8, Vec::new(), file_name),
        Err(e) => {
            let mut bytes = e.into_bytes();
            if bom {
                bytes.splice(0..0, *b"\xEF\xBB\xBF");
            }
            decode(&bytes, file_name)
        }
    }
}

/// Decoded text → [`Decoded`]: newlines, NULs, the replacement-character
/// check, HTML reduction.
fn finish(
    raw: String,
    encoding: &'static Encoding,
    mut warnings: Vec<String>,
    file_name: &str,
) -> Result<Decoded, IngestError> {
    let error = |kind| IngestError {
        file: file_name.to_owned(),
        kind,
    };
    let mut text = normalize_newlines(raw);
    let nuls = text.matches('\0').count();
    if nuls > 0 {
        text.retain(|c| c != '\0');
        warnings.push(format!("removed {nuls} NUL character{}", plural(nuls)));
    }
    let replaced = text.matches('\u{FFFD}').count();
    let chars = text.chars().count();
    if replaced > 0 && replaced * 10 > chars {
        return Err(error(IngestErrorKind::BadEncoding(format!(
            "{replaced} of {chars} characters are not valid {}",
            encoding.name()
        ))));
    }
    let html = is_html_name(file_name) || looks_like_html(&text);
    let mut published = None;
    if html {
        let reduced = html::reduce(&text);
        text = reduced.text;
        published = reduced.published;
        let dropped = reduced.dropped_tags;
        if dropped > 0 {
            warnings.push(format!(
                "{dropped} HTML tag{} nested deeper than {} levels ignored",
                plural(dropped),
                html::MAX_DEPTH
            ));
        }
    }
    Ok(Decoded {
        text,
        encoding: encoding.name(),
        html,
        warnings,
        published,
    })
}

/// Bytes → text without newline/HTML handling; binary data is refused.
fn decode_bytes(
    bytes: &[u8],
    warnings: &mut Vec<String>,
) -> Result<(String, &'static Encoding), IngestErrorKind> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if encoding != UTF_8 && body.len() % 2 == 1 {
            warnings.push(format!(
                "the {} text ends with half a character",
                encoding.name()
            ));
        }
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        if had_errors {
            let n = text.matches('\u{FFFD}').count();
            warnings.push(format!(
                "{n} invalid {} sequence{} replaced by �",
                encoding.name(),
                plural(n)
            ));
        }
        return Ok((text.into_owned(), encoding));
    }
    if let Some(encoding) = binary_or_utf16(bytes)? {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        warnings.push(format!("no byte-order mark; read as {}", encoding.name()));
        return Ok((text.into_owned(), encoding));
    }
    let quality = utf8_quality(bytes);
    if !matches!(quality, Utf8::Valid)
        && let Some(mixed) = decode_mixed(bytes)
    {
        warnings.push(mixed.warning);
        return Ok((mixed.text, mixed.encoding));
    }
    match quality {
        Utf8::Valid => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            return Ok((text, UTF_8));
        }
        Utf8::MostlyValid { invalid_bytes } => {
            warnings.push(format!(
                "{invalid_bytes} invalid UTF-8 byte{} replaced by �",
                plural(invalid_bytes)
            ));
            return Ok((String::from_utf8_lossy(bytes).into_owned(), UTF_8));
        }
        Utf8::Invalid => {}
    }
    let encoding = meta_charset(bytes).unwrap_or_else(|| {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        detector.guess(None, chardetng::Utf8Detection::Allow)
    });
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors {
        let n = text.matches('\u{FFFD}').count();
        warnings.push(format!(
            "{n} byte sequence{} not valid in {} replaced by �",
            plural(n),
            encoding.name()
        ));
    }
    Ok((text.into_owned(), encoding))
}

/// Checks the start of a file before the rest is read: `head` is its first
/// [`SNIFF_LEN`] bytes (or all of a shorter file). Refuses what
/// [`decode`] would refuse as binary from the same bytes, so a huge binary
/// file is turned away without being read whole.
pub fn sniff(head: &[u8]) -> Result<(), IngestErrorKind> {
    if Encoding::for_bom(head).is_some() {
        return Ok(());
    }
    binary_or_utf16(head).map(|_| ())
}

/// Without a byte-order mark: a binary format or binary-looking data is
/// refused; UTF-16 text without a BOM gives its encoding.
fn binary_or_utf16(bytes: &[u8]) -> Result<Option<&'static Encoding>, IngestErrorKind> {
    if let Some(what) = binary_format(bytes) {
        return Err(IngestErrorKind::Binary(what.to_owned()));
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return Ok(Some(encoding));
    }
    let sample = &bytes[..bytes.len().min(SNIFF_LEN)];
    let controls = sample.iter().filter(|&&b| is_binary_control(b)).count();
    if controls * 20 > sample.len() {
        return Err(IngestErrorKind::Binary(format!(
            "{controls} control bytes in the first {} bytes",
            sample.len()
        )));
    }
    Ok(None)
}

/// A valid UTF-8 run with at least this many non-ASCII characters is
/// UTF-8 in a file of mixed encodings; shorter ones can be legacy bytes that
/// happen to form UTF-8 (Windows-1256 «ع،» is U+06A1).
const MIXED_UTF8_RUN: usize = 3;

/// At least this many non-ASCII bytes outside the UTF-8 runs make a legacy
/// part; fewer are a few broken bytes in UTF-8 (replaced by �).
const MIXED_LEGACY_BYTES: usize = 8;

/// A file decoded in parts.
struct Mixed {
    text: String,
    /// The encoding of most of its bytes.
    encoding: &'static Encoding,
    warning: String,
}

/// A file of two encodings (half UTF-8, half Windows-1256; a legacy file
/// with one UTF-8 sentence), decoded by segment: the runs of valid UTF-8
/// with real non-ASCII text stay UTF-8, the rest is detected and decoded as
/// one legacy encoding. `None` when the file is not such a mix.
fn decode_mixed(bytes: &[u8]) -> Option<Mixed> {
    let segments = utf8_segments(bytes);
    let (mut utf8_bytes, mut legacy) = (0usize, Vec::new());
    for &(ref range, utf8) in &segments {
        if utf8 {
            utf8_bytes += range.len();
        } else {
            legacy.extend_from_slice(&bytes[range.clone()]);
        }
    }
    let legacy_high = legacy.iter().filter(|b| !b.is_ascii()).count();
    if utf8_bytes == 0 || legacy_high < MIXED_LEGACY_BYTES {
        return None;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(&legacy, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    let mut text = String::with_capacity(bytes.len() * 2);
    for (range, utf8) in segments {
        let part = &bytes[range];
        if utf8 {
            text.push_str(&String::from_utf8_lossy(part));
        } else {
            let (decoded, had_errors) = encoding.decode_without_bom_handling(part);
            if had_errors {
                return None;
            }
            text.push_str(&decoded);
        }
    }
    let legacy_bytes = bytes.len() - utf8_bytes;
    Some(Mixed {
        text,
        encoding: if utf8_bytes >= legacy_bytes {
            UTF_8
        } else {
            encoding
        },
        warning: format!(
            "mixed encodings: {utf8_bytes} bytes read as UTF-8 and {legacy_bytes} as {}",
            encoding.name()
        ),
    })
}

/// `bytes` cut into maximal parts that are UTF-8 text (`true`: valid runs
/// with at least [`MIXED_UTF8_RUN`] non-ASCII characters) or not.
fn utf8_segments(bytes: &[u8]) -> Vec<(std::ops::Range<usize>, bool)> {
    let mut segments: Vec<(std::ops::Range<usize>, bool)> = Vec::new();
    let mut push = |range: std::ops::Range<usize>, utf8: bool| {
        if range.is_empty() {
            return;
        }
        match segments.last_mut() {
            Some((last, kind)) if *kind == utf8 => last.end = range.end,
            _ => segments.push((range, utf8)),
        }
    };
    let mut pos = 0;
    while pos < bytes.len() {
        let (valid, bad) = match std::str::from_utf8(&bytes[pos..]) {
            Ok(s) => (s.len(), 0),
            Err(e) => (
                e.valid_up_to(),
                e.error_len().unwrap_or(bytes.len() - pos - e.valid_up_to()),
            ),
        };
        let run = &bytes[pos..pos + valid];
        let non_ascii = run.iter().filter(|&&b| b >= 0xC0).count();
        push(pos..pos + valid, non_ascii >= MIXED_UTF8_RUN);
        push(pos + valid..pos + valid + bad, false);
        pos += valid + bad;
    }
    segments
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// How well `bytes` fit UTF-8.
enum Utf8 {
    Valid,
    /// Mostly UTF-8 with a few broken bytes (at most 1 in 20 non-ASCII
    /// sequences): worth decoding as UTF-8 with replacements.
    MostlyValid {
        invalid_bytes: usize,
    },
    Invalid,
}

fn utf8_quality(bytes: &[u8]) -> Utf8 {
    let mut rest = bytes;
    let mut invalid = 0usize;
    let mut multibyte = 0usize;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                multibyte += s.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                let (good, after) = rest.split_at(e.valid_up_to());
                multibyte += std::str::from_utf8(good)
                    .map(|s| s.chars().filter(|c| !c.is_ascii()).count())
                    .unwrap_or(0);
                let bad = e.error_len().unwrap_or(after.len());
                invalid += bad;
                rest = &after[bad.min(after.len())..];
            }
        }
    }
    if invalid == 0 {
        Utf8::Valid
    } else if multibyte > 0 && invalid * 20 <= multibyte {
        Utf8::MostlyValid {
            invalid_bytes: invalid,
        }
    } else {
        Utf8::Invalid
    }
}

/// Control bytes that do not occur in text (tab, LF, FF, CR and ESC do).
fn is_binary_control(b: u8) -> bool {
    matches!(b, 0x00..=0x08 | 0x0B | 0x0E..=0x1A | 0x1C..=0x1F)
}

/// The name of a well-known binary format whose signature starts `bytes`.
fn binary_format(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"%PDF-", "PDF document"),
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF87a", "GIF image"),
        (b"GIF89a", "GIF image"),
        (b"BM", "BMP image"),
        (b"II*\0", "TIFF image"),
        (b"MM\0*", "TIFF image"),
        (b"PK\x03\x04", "ZIP archive or Office document"),
        (b"PK\x05\x06", "ZIP archive"),
        (b"\x1F\x8B", "gzip archive"),
        (b"BZh", "bzip2 archive"),
        (b"\xFD7zXZ\0", "xz archive"),
        (b"7z\xBC\xAF\x27\x1C", "7-Zip archive"),
        (b"Rar!\x1A\x07", "RAR archive"),
        (b"\x28\xB5\x2F\xFD", "zstd archive"),
        (
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            "old Microsoft Office document",
        ),
        (b"\x7FELF", "ELF executable"),
        (b"MZ", "Windows executable"),
        (b"\xCA\xFE\xBA\xBE", "Java class or Mach-O binary"),
        (b"\xCF\xFA\xED\xFE", "Mach-O binary"),
        (b"\0asm", "WebAssembly module"),
        (b"SQLite format 3\0", "SQLite database"),
        (b"OggS", "Ogg media"),
        (b"ID3", "MP3 audio"),
        (b"fLaC", "FLAC audio"),
        (b"\x1A\x45\xDF\xA3", "Matroska/WebM video"),
        (b"wOFF", "WOFF font"),
        (b"wOF2", "WOFF2 font"),
        (b"\0\x01\0\0", "TrueType font"),
        (b"OTTO", "OpenType font"),
    ];
    // A signature counts only when the rest agrees: «OTTO Group: …» or
    // «OggS …» followed by text is an article. "BM" and "MZ" are two
    // letters many texts start with: they also need a control byte.
    let weak = |what: &str| matches!(what, "BMP image" | "Windows executable" | "MP3 audio");
    let head = &bytes[..bytes.len().min(1024)];
    let text = reads_as_text(head);
    for (magic, what) in SIGNATURES {
        if bytes.starts_with(magic) {
            let controls = head[..head.len().min(512)]
                .iter()
                .any(|&b| is_binary_control(b));
            if text || (weak(what) && !controls) {
                continue;
            }
            return Some(what);
        }
    }
    if text {
        return None;
    }
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" {
        return Some(match &bytes[8..12] {
            b"WEBP" => "WebP image",
            b"WAVE" => "WAV audio",
            b"AVI " => "AVI video",
            _ => "RIFF media file",
        });
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Some("MP4/QuickTime media or HEIF image");
    }
    None
}

/// True when `head` (the start of a file) is UTF-8 text: no control byte
/// that text never has, and valid UTF-8 up to its end (where a character
/// may be cut).
fn reads_as_text(head: &[u8]) -> bool {
    !head.iter().any(|&b| is_binary_control(b))
        && match std::str::from_utf8(head) {
            Ok(_) => true,
            Err(e) => e.error_len().is_none(),
        }
}

/// UTF-16 text without a byte-order mark: recognized when, in the sample,
/// one byte of nearly every pair is zero (Latin) or in 0x06 (Arabic block),
/// consistently on the same side.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(SNIFF_LEN) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let high_like = |b: u8| b == 0x00 || b == 0x06;
    let le = sample
        .chunks_exact(2)
        .filter(|p| high_like(p[1]) && !high_like(p[0]))
        .count();
    let be = sample
        .chunks_exact(2)
        .filter(|p| high_like(p[0]) && !high_like(p[1]))
        .count();
    // Without any zero byte this is not UTF-16 text of our scripts.
    if !sample.contains(&0) {
        return None;
    }
    let encoding = if le * 10 >= pairs * 9 {
        UTF_16LE
    } else if be * 10 >= pairs * 9 {
        UTF_16BE
    } else {
        return None;
    };
    let (_, had_errors) = encoding.decode_without_bom_handling(sample);
    (!had_errors).then_some(encoding)
}

/// The encoding named by `<meta charset=...>` (or `content="...; charset=..."`)
/// in the first kilobyte, if any and known.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let rest = &head[at..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|&b| {
            matches!(
                b,
                b'"' | b'\'' | b';' | b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r'
            )
        })
        .unwrap_or(rest.len());
    let encoding = Encoding::for_label(&rest[..end])?;
    // A page that claims UTF-16 in ASCII bytes is not UTF-16 (WHATWG rule).
    if encoding == UTF_16LE || encoding == UTF_16BE {
        return Some(UTF_8);
    }
    Some(encoding)
}

/// `\r\n` and lone `\r` become `\n`.
fn normalize_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// True for names ending in `.html`, `.htm` or `.xhtml` (any case).
pub fn is_html_name(file_name: &str) -> bool {
    let lower = file_name.to_ascii_lowercase();
    [".html", ".htm", ".xhtml"]
        .iter()
        .any(|ext| lower.ends_with(ext))
}

/// True when the text starts (after whitespace) with markup that only HTML
/// documents start with: a doctype, `<html`, `<head` or `<body`, or a `<`
/// followed by one of those within the first kilobyte.
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start_matches(['\u{FEFF}', ' ', '\t', '\n', '\r']);
    if !start.starts_with('<') {
        return false;
    }
    let head: String = start
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta ",
        "<title",
    ]
    .iter()
    .any(|tag| head.contains(tag))
}
