//! Fuzz target: bytes → decoded text → publication date → analysis (visits
//! and entities) → merge, the path of `jawla extract` and of the app.
//! Nothing may panic; every evidence span and every entity indexes the
//! decoded text in chars; entities are in text order and do not overlap; a
//! given date wins over the one the document states.
//!
//! Run: `cd fuzz && cargo fuzz run extract` (or see fuzz/README.md for a
//! build without cargo-fuzz).
#![no_main]

use jawla::engine::Engine;
use jawla::model::{Document, PublishedFrom};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first two bytes pick a publication date given with the file (or
    // none: then the one the page or the text states), the rest is the article.
    let (head, body) = data.split_at(data.len().min(2));
    let given = match head {
        [a, b] if *a != 0 => chrono::NaiveDate::from_num_days_from_ce_opt(
            730_000 + i32::from(*a) * 64 + i32::from(*b),
        ),
        _ => None,
    };
    let (text, html_date) = match jawla::ingest::decode(body, "fuzz.txt") {
        Ok(d) => (d.text, d.published),
        Err(_) => (String::from_utf8_lossy(body).into_owned(), None),
    };
    let engine = Engine::embedded();
    let stated = engine.published_in(&text);
    let found = engine.publication(given, html_date, &text);
    match (given, html_date) {
        (Some(d), _) => assert_eq!(found, Some((d, PublishedFrom::Argument))),
        (None, Some(d)) => assert_eq!(found, Some((d, PublishedFrom::Html))),
        (None, None) => assert_eq!(found, stated.map(|d| (d, PublishedFrom::Text))),
    }
    let published = found.map(|(d, _)| d);
    let doc = Document {
        path: "fuzz".into(),
        text,
        published,
    };
    let chars: Vec<char> = doc.text.chars().collect();
    let (visits, entities) = engine.analyze(&doc);
    for v in &visits {
        assert!((0.0..=1.0).contains(&v.confidence));
        for e in &v.evidence {
            assert!(e.start <= e.end && e.end <= chars.len());
            assert_eq!(chars[e.start..e.end].iter().collect::<String>(), e.text);
        }
    }
    let mut end = 0;
    for e in &entities {
        assert!(
            end <= e.start && e.start < e.end && e.end <= chars.len(),
            "entity {e:?}"
        );
        end = e.end;
    }
    let _ = jawla::engine::merge(&[jawla::model::ArticleVisits {
        path: "fuzz".into(),
        published,
        published_from: found.map(|(_, from)| from),
        visits,
    }]);
});
