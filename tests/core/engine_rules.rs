//! Every rule of `assets/rules/` (triggers, cues and the stage rules the
//! code implements) fires on its example and not on its counterexample,
//! and does what its kind says; every rule ID the code can emit is declared
//! in a rules file.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use jawla::engine::Engine;
use jawla::engine::resources::{RuleExample, rule_examples};
use jawla::model::{Document, Status, Visit};

fn doc(text: &str) -> Document {
    Document {
        path: "example".into(),
        text: text.into(),
        published: NaiveDate::from_ymd_opt(2024, 6, 10),
    }
}

fn extract(text: &str) -> Vec<Visit> {
    Engine::embedded().extract(&doc(text))
}

fn fired(text: &str) -> BTreeSet<String> {
    Engine::embedded().fired_rules(&doc(text))
}

/// What the kind of a rule promises of its example's visits.
fn kind_holds(ex: &RuleExample, visits: &[Visit]) -> bool {
    match ex.kind.as_str() {
        // Blocking cues: the sentence reports no visit.
        "denied" | "negated" | "hypothetical" | "remote" | "invitation" => visits.is_empty(),
        "cancelled" => visits.iter().any(|v| v.status == Status::Cancelled),
        "planned" => visits.iter().any(|v| v.status == Status::Planned),
        "counterpart" | "reception" => visits.iter().any(|v| !v.counterparts.is_empty()),
        "companion" => visits.len() >= 2,
        _ => true,
    }
}

/// A trigger fires when a visit of the text lists it; a cue or stage rule
/// when the cascade applied it anywhere (blocked frames too).
fn fires(ex: &RuleExample, text: &str) -> bool {
    if ex.kind == "trigger" {
        extract(text).iter().any(|v| v.rules.contains(&ex.id))
    } else {
        fired(text).contains(&ex.id)
    }
}

fn describe(text: &str) -> String {
    let visits: Vec<_> = extract(text)
        .into_iter()
        .map(|v| format!("{} {:?} {:?}", v.place.country, v.status, v.rules))
        .collect();
    format!("fired {:?}; visits {visits:?}", fired(text))
}

#[test]
fn every_rule_example_fires_its_rule() {
    let examples = rule_examples();
    assert!(
        examples.len() >= 60,
        "triggers, cues and stage rules are loaded"
    );
    let mut failures = Vec::new();
    for ex in &examples {
        let ok = fires(ex, &ex.example) && kind_holds(ex, &extract(&ex.example));
        if !ok {
            failures.push(format!(
                "{} ({}): {}\n    {}",
                ex.id,
                ex.kind,
                ex.example,
                describe(&ex.example)
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
fn no_rule_fires_on_its_counterexample() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for ex in rule_examples()
        .iter()
        .filter(|e| !e.counterexample.is_empty())
    {
        checked += 1;
        if fires(ex, &ex.counterexample) {
            failures.push(format!(
                "{} ({}): {}\n    {}",
                ex.id,
                ex.kind,
                ex.counterexample,
                describe(&ex.counterexample)
            ));
        }
    }
    assert!(checked >= 60, "counterexamples are loaded");
    assert!(
        failures.is_empty(),
        "rules that fire on their counterexample:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_rule_has_a_counterexample_and_a_unique_id() {
    let examples = rule_examples();
    let missing: Vec<&str> = examples
        .iter()
        .filter(|e| e.counterexample.is_empty())
        .map(|e| e.id.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "rules without a counterexample: {missing:?}"
    );
    let mut seen = BTreeSet::new();
    let dup: Vec<&str> = examples
        .iter()
        .filter(|e| !seen.insert(e.id.as_str()))
        .map(|e| e.id.as_str())
        .collect();
    assert!(dup.is_empty(), "rule IDs used twice: {dup:?}");
}

/// The rule IDs written as string literals in the engine's code
/// (`"FRM-SUBJECT-AFTER"`).
fn ids_in_code() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut dirs = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src/engine") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("source");
            for lit in text.split('"').skip(1).step_by(2) {
                let parts: Vec<&str> = lit.split('-').collect();
                let id_like = parts.len() >= 2
                    && ["PER", "PLC", "FRM", "DSC", "LEG"].contains(&parts[0])
                    && parts.iter().all(|p| {
                        !p.is_empty()
                            && p.chars()
                                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    });
                if id_like {
                    out.insert(lit.to_owned());
                }
            }
        }
    }
    out
}

#[test]
fn every_rule_id_in_the_code_is_declared() {
    let declared: BTreeSet<String> = rule_examples().into_iter().map(|e| e.id).collect();
    let code = ids_in_code();
    assert!(code.len() >= 30, "rule IDs found in the code: {code:?}");
    let undeclared: Vec<&String> = code.difference(&declared).collect();
    assert!(
        undeclared.is_empty(),
        "rule IDs missing from assets/rules/stages.tsv: {undeclared:?}"
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
    assert_eq!(v[0].date_edtf.as_deref(), Some("2024-06-10"));
    assert_eq!(v[0].date_hijri.as_deref(), Some("1445-12-04"));
    assert_eq!(v[0].status, Status::Occurred);
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
