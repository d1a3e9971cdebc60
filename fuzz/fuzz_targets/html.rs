//! Fuzz target: arbitrary UTF-8 → `jawla::ingest::html::reduce` and `to_text`.
//!
//! The HTML reader must never panic (deep nesting, broken comments, raw-text
//! elements, odd metadata), and `to_text` is exactly `reduce(..).text`.
//!
//! Build and run: see fuzz/README.md.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|source: &str| {
    let reduced = jawla::ingest::html::reduce(source);
    assert!(!reduced.text.contains('\0'), "NUL in reduced text");
    assert_eq!(jawla::ingest::html::to_text(source), reduced.text);
    let _ = jawla::ingest::html::flatten_deep_nesting(source);
});
