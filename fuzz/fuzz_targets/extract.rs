//! Fuzz target: bytes → decoded text → extraction. Extraction must never
//! panic, and every evidence span must index the decoded text in chars.
//!
//! Run: `cd fuzz && cargo fuzz run extract` (or see fuzz/README.md for a
//! build without cargo-fuzz).
#![no_main]

use jawla::engine::Engine;
use jawla::model::Document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first two bytes pick a publication date (or none), the rest is the article.
    let (head, body) = data.split_at(data.len().min(2));
    let published = match head {
        [a, b] if *a != 0 => chrono::NaiveDate::from_num_days_from_ce_opt(
            730_000 + i32::from(*a) * 64 + i32::from(*b),
        ),
        _ => None,
    };
    let text = jawla::ingest::decode(body, "fuzz.txt")
        .map(|d| d.text)
        .unwrap_or_else(|_| String::from_utf8_lossy(body).into_owned());
    let doc = Document {
        path: "fuzz".into(),
        text,
        published,
    };
    let chars: Vec<char> = doc.text.chars().collect();
    for v in Engine::embedded().extract(&doc) {
        assert!((0.0..=1.0).contains(&v.confidence));
        for e in &v.evidence {
            assert!(e.start <= e.end && e.end <= chars.len());
            assert_eq!(chars[e.start..e.end].iter().collect::<String>(), e.text);
        }
    }
    let _ = jawla::engine::merge(&[jawla::model::ArticleVisits {
        path: "fuzz".into(),
        published,
        published_from: None,
        visits: Engine::embedded().extract(&doc),
    }]);
});
