//! A text longer than `PART_BYTES` (an archive export) is analysed in
//! parts: offsets still index the whole text, progress is reported after
//! each part, the analysis stops when asked, and a short text is one part
//! with the same result as `Engine::analyze`.

use chrono::NaiveDate;
use jawla::engine::{Engine, PART_BYTES, PartProgress};
use jawla::model::Document;

fn seed_001() -> Document {
    jawla::seeds::documents()
        .into_iter()
        .find(|d| d.path.ends_with("001_ed1f9f8fd6235f00.txt"))
        .expect("seed 001")
}

/// About 1.3 parts of text without any visit, then seed 001.
fn archive() -> (String, usize) {
    let filler = "وتناول التقرير قضايا الاقتصاد والتعليم في العام الماضي.\n";
    let mut text = filler.repeat(PART_BYTES * 13 / 10 / filler.len());
    let before = text.chars().count();
    text.push_str(&seed_001().text);
    (text, before)
}

#[test]
fn offsets_index_the_whole_text_and_progress_is_reported_per_part() {
    let (text, before) = archive();
    let published = NaiveDate::from_ymd_opt(2024, 6, 10);
    let mut reports = Vec::new();
    let (visits, entities) = Engine::embedded()
        .analyze_parts("archive.txt", &text, published, &mut |p| {
            reports.push(p);
            true
        })
        .expect("not cancelled");
    let total = text.len();
    assert_eq!(reports.len(), 2);
    assert!(reports[0].done_bytes > PART_BYTES / 2 && reports[0].done_bytes <= PART_BYTES);
    assert_eq!(
        reports[1],
        PartProgress {
            done_bytes: total,
            total_bytes: total
        }
    );
    // The part ends after a line break.
    assert_eq!(text.as_bytes()[reports[0].done_bytes - 1], b'\n');

    // Seed 001's visits, found in the second part, at their place in the whole text.
    let alone = Engine::embedded().analyze(&Document {
        path: "archive.txt".into(),
        text: seed_001().text,
        published,
    });
    assert_eq!(visits.len(), alone.0.len());
    let chars: Vec<char> = text.chars().collect();
    for (v, a) in visits.iter().zip(&alone.0) {
        assert_eq!(v.place, a.place);
        assert_eq!(v.date, a.date);
        for (e, ea) in v.evidence.iter().zip(&a.evidence) {
            assert_eq!((e.start, e.end), (ea.start + before, ea.end + before));
            let quoted: String = chars[e.start..e.end].iter().collect();
            assert_eq!(quoted, e.text);
        }
    }
    // The seed's names too (the filler has dates of its own before it).
    let seed_names: Vec<(usize, usize)> = entities
        .iter()
        .filter(|e| e.start >= before)
        .map(|e| (e.start - before, e.end - before))
        .collect();
    let alone_names: Vec<(usize, usize)> = alone.1.iter().map(|e| (e.start, e.end)).collect();
    assert_eq!(seed_names, alone_names);
}

#[test]
fn the_analysis_stops_when_progress_says_so() {
    let (text, _) = archive();
    let mut calls = 0;
    let result = Engine::embedded().analyze_parts("archive.txt", &text, None, &mut |_| {
        calls += 1;
        false
    });
    assert!(result.is_none());
    assert_eq!(calls, 1);
}

#[test]
fn a_short_text_is_one_part_with_the_result_of_analyze() {
    let doc = seed_001();
    let mut calls = 0;
    let parts = Engine::embedded()
        .analyze_parts(&doc.path, &doc.text, doc.published, &mut |p| {
            calls += 1;
            assert_eq!(p.done_bytes, p.total_bytes);
            true
        })
        .expect("not cancelled");
    assert_eq!(calls, 1);
    assert_eq!(parts, Engine::embedded().analyze(&doc));
}
