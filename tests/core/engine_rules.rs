//! Every trigger and cue rule in `assets/rules/` does what its example says.

use chrono::NaiveDate;
use jawla::engine::Engine;
use jawla::engine::resources::rule_examples;
use jawla::model::{Document, Status};

fn extract(text: &str) -> Vec<jawla::model::Visit> {
    let doc = Document {
        path: "example".into(),
        text: text.into(),
        published: NaiveDate::from_ymd_opt(2024, 6, 10),
    };
    Engine::embedded().extract(&doc)
}

#[test]
fn every_rule_example_fires_its_rule() {
    let examples = rule_examples();
    assert!(examples.len() >= 30, "rules and cues are loaded");
    let mut failures = Vec::new();
    for ex in &examples {
        let visits = extract(&ex.example);
        let has_rule = visits.iter().any(|v| v.rules.contains(&ex.id));
        let ok = match ex.kind.as_str() {
            // Blocking cues: the sentence reports no visit.
            "denied" | "negated" | "hypothetical" | "phone" => visits.is_empty(),
            "cancelled" => visits
                .iter()
                .any(|v| v.status == Status::Cancelled && has_rule),
            "planned" => visits
                .iter()
                .any(|v| v.status == Status::Planned && has_rule),
            "counterpart" => visits.iter().any(|v| !v.counterparts.is_empty()),
            "companion" => visits.len() >= 2 && has_rule,
            _ => has_rule,
        };
        if !ok {
            failures.push(format!(
                "{} ({}): {} -> {:?}",
                ex.id,
                ex.kind,
                ex.example,
                visits
                    .iter()
                    .map(|v| (&v.place.country, v.status, &v.rules))
                    .collect::<Vec<_>>()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "rules whose example fails:\n{}",
        failures.join("\n")
    );
}

#[test]
fn arrival_example_gives_exact_fields() {
    let v = extract("وصل وزير الخارجية المصري سامح شكري إلى دمشق يوم الاثنين.");
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].visitor.name_ar, "سامح شكري");
    assert_eq!(v[0].visitor.country.as_deref(), Some("EG"));
    assert_eq!(v[0].place.country, "SY");
    assert_eq!(v[0].place.city.as_deref(), Some("Damascus"));
    assert_eq!(v[0].date, NaiveDate::from_ymd_opt(2024, 6, 10));
    assert_eq!(v[0].date_text.as_deref(), Some("يوم الاثنين"));
    assert_eq!(v[0].status, Status::Occurred);
    assert_eq!(v[0].rules, vec!["ARRIVE-PAST".to_owned()]);
    let e = &v[0].evidence[0];
    assert_eq!((e.start, e.end), (0, 56));
    assert_eq!(
        e.text,
        "وصل وزير الخارجية المصري سامح شكري إلى دمشق يوم الاثنين."
    );
}

#[test]
fn unknown_people_after_a_role_are_named_and_romanized() {
    let v = extract("وصل وزير الخارجية الموريتاني سيدي ولد سالم إلى الرباط يوم الأحد.");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].visitor.name_ar, "سيدي ولد سالم");
    assert_eq!(v[0].visitor.country.as_deref(), Some("MR"));
    assert_eq!(
        v[0].visitor.role.as_deref(),
        Some("Foreign Minister of Mauritania")
    );
    assert_eq!(v[0].place.country, "MA");
    assert_eq!(v[0].date, NaiveDate::from_ymd_opt(2024, 6, 9));
}
