//! The five embedded seed articles: per-article visits and the merged
//! timeline, field by field (the trip of 5–8 February 2024: Saudi Arabia,
//! Egypt, Qatar, Israel on the 7th and Tel Aviv on the 8th; the 10 June 2024
//! tour; the 19 August 2024 visit).

use chrono::NaiveDate;
use jawla::engine::Engine;
use jawla::model::{ExtractOutput, Status, Visit};
use jawla::seeds;

fn out() -> ExtractOutput {
    Engine::embedded().extract_all(&seeds::documents())
}

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

/// (country, city, date, status) of a visit.
fn leg(v: &Visit) -> (&str, Option<&str>, Option<NaiveDate>, Status) {
    (
        v.place.country.as_str(),
        v.place.city.as_deref(),
        v.date,
        v.status,
    )
}

fn counterparts(v: &Visit) -> Vec<&str> {
    v.counterparts.iter().map(|c| c.name_ar.as_str()).collect()
}

#[test]
fn merged_timeline_is_the_three_trips_in_order() {
    let out = out();
    let t = &out.timeline;
    let legs: Vec<_> = t.iter().map(leg).collect();
    assert_eq!(
        legs,
        vec![
            ("SA", None, d(2024, 2, 5), Status::Occurred),
            ("EG", Some("Cairo"), None, Status::Occurred),
            ("QA", None, None, Status::Occurred),
            ("IL", None, d(2024, 2, 7), Status::Occurred),
            ("IL", Some("Tel Aviv"), d(2024, 2, 8), Status::Occurred),
            ("EG", Some("Cairo"), d(2024, 6, 10), Status::Occurred),
            ("IL", Some("Jerusalem"), d(2024, 6, 10), Status::Planned),
            ("JO", None, None, Status::Planned),
            ("QA", None, None, Status::Planned),
            ("IL", None, d(2024, 8, 19), Status::Occurred),
        ]
    );
    for v in t {
        assert_eq!(v.visitor.name_ar, "أنتوني بلينكن");
        assert_eq!(v.visitor.name_en.as_deref(), Some("Antony Blinken"));
        assert_eq!(v.visitor.country.as_deref(), Some("US"));
    }
    // Trips: legs grouped and numbered in order.
    let trips: Vec<(Option<&str>, Option<u32>)> = t
        .iter()
        .map(|v| {
            (
                v.trip.as_ref().and_then(|x| x.id.as_deref()),
                v.trip.as_ref().and_then(|x| x.leg),
            )
        })
        .collect();
    assert_eq!(
        trips,
        vec![
            (Some("antony-blinken@2024-02-05"), Some(1)),
            (Some("antony-blinken@2024-02-05"), Some(2)),
            (Some("antony-blinken@2024-02-05"), Some(3)),
            (Some("antony-blinken@2024-02-05"), Some(4)),
            (Some("antony-blinken@2024-02-05"), Some(5)),
            (Some("antony-blinken@2024-06-10"), Some(1)),
            (Some("antony-blinken@2024-06-10"), Some(2)),
            (Some("antony-blinken@2024-06-10"), Some(3)),
            (Some("antony-blinken@2024-06-10"), Some(4)),
            (Some("antony-blinken@2024-08-19"), Some(1)),
        ]
    );
    // Israel on Wednesday 7 February is reported by two articles: one entry with
    // both sources. Tel Aviv on Thursday 8 February (seed 004) is the next leg,
    // not merged into the 7th: a different reported day is a different leg.
    let il = &t[3];
    let mut paths: Vec<&str> = il.evidence.iter().map(|e| e.path.as_str()).collect();
    paths.dedup();
    assert_eq!(
        paths,
        vec![
            "seeds/000_b042023ce1a6754a.txt",
            "seeds/003_7b070c9f9999fb9f.txt"
        ]
    );
    assert_eq!(
        counterparts(il),
        vec![
            "إسحاق هرتسوغ",
            "نتانياهو",
            "يوآف جالانت",
            "هرتسي هاليفي",
            "رونين بار",
            "ديفيد بارنيا"
        ]
    );
    let tel_aviv = &t[4];
    assert_eq!(tel_aviv.date_text.as_deref(), Some("اليوم الخميس"));
    assert!(
        tel_aviv
            .evidence
            .iter()
            .all(|e| e.path == "seeds/004_3f1d5f2e66b3e922.txt")
    );
    assert_eq!(
        counterparts(tel_aviv),
        vec!["بيني غانتس", "غادي آيزنكوت", "يائير لبيد"]
    );
    assert_eq!(t[0].trip.as_ref().and_then(|x| x.ordinal), Some(5));
}

#[test]
fn each_seed_article_gives_its_visits() {
    let out = out();
    let per: Vec<Vec<_>> = out
        .articles
        .iter()
        .map(|a| a.visits.iter().map(leg).collect())
        .collect();
    assert_eq!(
        per,
        vec![
            vec![
                ("QA", None, None, Status::Occurred),
                ("IL", None, d(2024, 2, 7), Status::Occurred)
            ],
            vec![
                ("EG", Some("Cairo"), d(2024, 6, 10), Status::Occurred),
                ("IL", Some("Jerusalem"), d(2024, 6, 10), Status::Planned),
                ("JO", None, None, Status::Planned),
                ("QA", None, None, Status::Planned),
            ],
            vec![("IL", None, d(2024, 8, 19), Status::Occurred)],
            vec![
                ("SA", None, d(2024, 2, 5), Status::Occurred),
                ("EG", Some("Cairo"), None, Status::Occurred),
                ("IL", None, d(2024, 2, 7), Status::Occurred),
            ],
            vec![("IL", Some("Tel Aviv"), d(2024, 2, 8), Status::Occurred)],
        ]
    );
    let a1 = &out.articles[1].visits;
    assert_eq!(counterparts(&a1[0]), vec!["عبد الفتاح السيسي", "عباس كامل"]);
    assert_eq!(a1[0].date_text.as_deref(), Some("يوم الاثنين"));
    assert_eq!(a1[0].place.name_ar, "القاهرة");
    // "الأردن وقطر": the conjunction is not part of the name.
    assert_eq!(a1[3].place.name_ar, "قطر");
    assert_eq!(a1[0].place.lat.map(|x| (x * 10.0).round()), Some(300.0));
    assert_eq!(counterparts(&a1[1]), vec!["بنيامين نتنياهو", "بيني غانتس"]);
    assert_eq!(a1[1].date_text.as_deref(), Some("في وقت لاحق يوم الاثنين"));
    assert_eq!(a1[0].visitor.role.as_deref(), Some("US Secretary of State"));
    let a3 = &out.articles[3].visits;
    assert_eq!(a3[0].date_text.as_deref(), Some("أمس الأول الاثنين"));
    assert_eq!(counterparts(&a3[0]), vec!["محمد بن سلمان"]);
    let a4 = &out.articles[4].visits;
    assert_eq!(
        counterparts(&a4[0]),
        vec!["بيني غانتس", "غادي آيزنكوت", "يائير لبيد"]
    );
    assert_eq!(a4[0].date_text.as_deref(), Some("اليوم الخميس"));
}

#[test]
fn evidence_offsets_index_the_text_in_chars() {
    let docs = seeds::documents();
    let out = Engine::embedded().extract_all(&docs);
    for (doc, art) in docs.iter().zip(&out.articles) {
        let chars: Vec<char> = doc.text.chars().collect();
        for v in &art.visits {
            assert!(!v.rules.is_empty());
            assert!((0.0..=1.0).contains(&v.confidence));
            for e in &v.evidence {
                let s: String = chars[e.start..e.end].iter().collect();
                assert_eq!(s, e.text);
            }
        }
    }
    let first = &out.articles[1].visits[0].evidence[0];
    assert_eq!((first.start, first.end), (0, 192));
    assert!(
        first
            .text
            .starts_with("التقى وزير الخارجية الأمريكي أنتوني بلينكن بالرئيس المصري")
    );
}

#[test]
fn related_articles_and_read_also_lists_are_not_visits() {
    let out = out();
    // Seed 004 ends with "إقرأ أيضاً" and "مقالات مشابهة" lists about Netanyahu in New York.
    assert!(
        out.articles[4]
            .visits
            .iter()
            .all(|v| v.place.country != "US")
    );
}

/// A leg's confidence is the measured share of its evidence points
/// (`assets/rules/confidence.tsv`), two decimals, never 1.0 from the engine.
#[test]
fn confidences_are_the_calibrated_shares_with_two_decimals() {
    let table: Vec<f32> = include_str!("../../assets/rules/confidence.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').nth(1)?.parse().ok())
        .collect();
    assert_eq!(table.len(), 6, "one row per points value 0..5");
    assert!(
        table.windows(2).all(|w| w[0] <= w[1]),
        "more evidence, more often right: {table:?}"
    );
    let out = out();
    for v in out.articles.iter().flat_map(|a| &a.visits) {
        assert!(
            table.contains(&v.confidence),
            "{} not in {table:?}",
            v.confidence
        );
        assert!(v.confidence < 1.0);
        let json = serde_json::to_string(&v.confidence).expect("json");
        assert!(json.len() <= 4, "two decimals at most: {json}");
    }
}
