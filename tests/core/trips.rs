//! Trips over articles (issue 12, item 3): legs of different articles join
//! a trip only when their dates say so; an undated leg stays with its own
//! article's trip. (Made-up legs.)

use chrono::NaiveDate;
use jawla::engine::merge;
use jawla::model::{ArticleVisits, Evidence, Person, Place, Status, Trip, Visit};

fn leg(path: &str, country: &str, date: Option<NaiveDate>, order: u32) -> Visit {
    Visit {
        visitor: Person {
            name_ar: "فلان الفلاني".into(),
            name_en: Some("Fulan al-Fulani".into()),
            role: None,
            country: Some("TR".into()),
        },
        place: Place {
            country: country.into(),
            city: None,
            name_ar: country.into(),
            lat: None,
            lon: None,
            precision: None,
        },
        date,
        date_text: None,
        date_edtf: None,
        date_hijri: None,
        status: Status::Occurred,
        counterparts: Vec::new(),
        trip: Some(Trip {
            id: None,
            ordinal: None,
            leg: Some(order),
        }),
        evidence: vec![Evidence {
            path: path.into(),
            start: 0,
            end: 1,
            text: "x".into(),
        }],
        confidence: 0.5,
        rules: Vec::new(),
    }
}

fn article(path: &str, published: Option<NaiveDate>, visits: Vec<Visit>) -> ArticleVisits {
    ArticleVisits {
        path: path.into(),
        published,
        published_from: None,
        visits,
    }
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// (first source, country, trip id, leg in trip) of each timeline entry.
fn trips(articles: &[ArticleVisits]) -> Vec<(String, String, String, u32)> {
    merge(articles)
        .into_iter()
        .map(|v| {
            let t = v.trip.unwrap_or_default();
            (
                v.evidence[0].path.clone(),
                v.place.country,
                t.id.unwrap_or_default(),
                t.leg.unwrap_or(0),
            )
        })
        .collect()
}

fn row(path: &str, country: &str, id: &str, n: u32) -> (String, String, String, u32) {
    (path.into(), country.into(), id.into(), n)
}

#[test]
fn undated_legs_of_undated_articles_stay_in_their_own_trips() {
    // Three articles without a publication date: a Turkey visit, a Damascus
    // visit, a two-country tour. Nothing dates them: three trips.
    let articles = vec![
        article("a.txt", None, vec![leg("a.txt", "TR", None, 1)]),
        article("b.txt", None, vec![leg("b.txt", "SY", None, 1)]),
        article(
            "c.txt",
            None,
            vec![leg("c.txt", "JO", None, 1), leg("c.txt", "QA", None, 2)],
        ),
    ];
    assert_eq!(
        trips(&articles),
        vec![
            row("a.txt", "TR", "fulan-al-fulani@undated", 1),
            row("b.txt", "SY", "fulan-al-fulani@undated#2", 1),
            row("c.txt", "JO", "fulan-al-fulani@undated#3", 1),
            row("c.txt", "QA", "fulan-al-fulani@undated#3", 2),
        ]
    );
}

#[test]
fn undated_legs_of_articles_published_days_apart_are_not_one_trip() {
    // Published two days apart, nothing dated in either: the publication
    // dates are not the legs' dates.
    let articles = vec![
        article("a.txt", day(2021, 3, 6), vec![leg("a.txt", "IQ", None, 1)]),
        article("b.txt", day(2021, 3, 8), vec![leg("b.txt", "LB", None, 1)]),
    ];
    assert_eq!(
        trips(&articles),
        vec![
            row("a.txt", "IQ", "fulan-al-fulani@2021-03-06", 1),
            row("b.txt", "LB", "fulan-al-fulani@2021-03-08", 1),
        ]
    );
}

#[test]
fn dated_legs_of_different_articles_join_and_undated_legs_follow_their_article() {
    // a: Saudi Arabia on the 5th, then Egypt (undated); b: Israel on the 7th
    // with an undated Jordan stop after it. The dates of the 5th and the 7th
    // join the two articles' legs into one trip, each undated leg with its
    // article's dated neighbour.
    let articles = vec![
        article(
            "a.txt",
            day(2024, 2, 5),
            vec![
                leg("a.txt", "SA", day(2024, 2, 5), 1),
                leg("a.txt", "EG", None, 2),
            ],
        ),
        article(
            "b.txt",
            day(2024, 2, 7),
            vec![
                leg("b.txt", "IL", day(2024, 2, 7), 1),
                leg("b.txt", "JO", None, 2),
            ],
        ),
        // c: undated, published the same week: its own trip.
        article("c.txt", day(2024, 2, 6), vec![leg("c.txt", "QA", None, 1)]),
    ];
    assert_eq!(
        trips(&articles),
        vec![
            row("a.txt", "SA", "fulan-al-fulani@2024-02-05", 1),
            row("a.txt", "EG", "fulan-al-fulani@2024-02-05", 2),
            row("c.txt", "QA", "fulan-al-fulani@2024-02-06", 1),
            row("b.txt", "IL", "fulan-al-fulani@2024-02-05", 3),
            row("b.txt", "JO", "fulan-al-fulani@2024-02-05", 4),
        ]
    );
}
