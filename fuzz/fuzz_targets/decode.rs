//! Fuzz target: file bytes + file name → `jawla::ingest::decode`.
//!
//! The first byte of the input picks the file name (and so whether the HTML
//! reader is forced by extension); the rest is the file. Decoding must never
//! panic; on success the text has no NUL and no `\r` (line endings are `\n`),
//! and every warning is a one-line, non-empty sentence. `decode_owned` (the
//! copy-free path the app and CLI use) gives exactly what `decode` gives.
//! `ingest::sniff` of the first `files::SNIFF_BYTES` (what `files::read_bounded`
//! checks before reading the rest of a file) refuses exactly what `decode`
//! refuses as binary, with the same reason. Bytes that are not valid UTF-8 go
//! through the mixed UTF-8/Windows-1256 path (`decode_mixed`) inside `decode`.
//!
//! Build and run: see fuzz/README.md.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Names covering every extension rule of `ingest::is_html_name`.
const NAMES: [&str; 8] = [
    "article.txt",
    "page.html",
    "page.HTM",
    "doc.xhtml",
    "no-extension",
    "",
    "dir/نص.md",
    "trap.html.txt",
];

fuzz_target!(|data: &[u8]| {
    let (name, bytes) = match data.split_first() {
        Some((&pick, rest)) => (NAMES[usize::from(pick) % NAMES.len()], rest),
        None => (NAMES[0], data),
    };
    let decoded = jawla::ingest::decode(bytes, name);
    assert_eq!(jawla::ingest::decode_owned(bytes.to_vec(), name), decoded);
    let head = &bytes[..bytes.len().min(jawla::files::SNIFF_BYTES)];
    let binary = match &decoded {
        Err(e) => match &e.kind {
            jawla::ingest::IngestErrorKind::Binary(_) => Some(e.kind.clone()),
            _ => None,
        },
        Ok(_) => None,
    };
    assert_eq!(
        jawla::ingest::sniff(head).err(),
        binary,
        "sniff and decode disagree"
    );
    match decoded {
        Ok(decoded) => {
            assert!(!decoded.text.contains('\0'), "NUL in decoded text");
            assert!(!decoded.text.contains('\r'), "CR in decoded text");
            for w in &decoded.warnings {
                assert!(!w.is_empty(), "empty warning");
                assert_eq!(w.trim(), w, "warning with surrounding blanks: {w:?}");
                assert!(
                    !w.chars().any(char::is_control),
                    "control char in warning: {w:?}"
                );
            }
        }
        Err(e) => {
            assert_eq!(e.file, name);
            let message = e.to_string();
            assert!(
                message.starts_with(name),
                "error does not name the file: {message}"
            );
        }
    }
});
