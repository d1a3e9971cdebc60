//! Corrections replayed over the engine's timeline: edit, delete, merge,
//! split, add, orphans, stable keys, undo/redo. Visits are built by hand so
//! these tests do not depend on what the engine currently finds.

use chrono::NaiveDate;
use jawla::model::{Evidence, Person, Place, Status, Visit};
use jawla::review::{
    self, Correction, Field, FieldEdit, History, LegKey, NewLeg, Problem, diff,
    evidence_from_selection,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn person(name_ar: &str, name_en: &str) -> Person {
    Person {
        name_ar: name_ar.into(),
        name_en: Some(name_en.into()),
        role: None,
        country: None,
    }
}

fn ev(path: &str, start: usize, end: usize, text: &str) -> Evidence {
    Evidence {
        path: path.into(),
        start,
        end,
        text: text.into(),
    }
}

/// A leg as the engine would report it.
fn visit(
    visitor: &str,
    country: &str,
    city: Option<&str>,
    day: Option<NaiveDate>,
    evidence: Vec<Evidence>,
) -> Visit {
    Visit {
        visitor: Person {
            name_ar: visitor.into(),
            name_en: None,
            role: Some("US Secretary of State".into()),
            country: Some("US".into()),
        },
        place: Place {
            country: country.into(),
            city: city.map(Into::into),
            name_ar: "القاهرة".into(),
            lat: None,
            lon: None,
            precision: None,
        },
        date: day,
        date_text: Some("يوم الاثنين".into()),
        date_edtf: None,
        date_hijri: None,
        status: Status::Occurred,
        counterparts: vec![person("عبد الفتاح السيسي", "Abdel Fattah al-Sisi")],
        trip: None,
        evidence,
        confidence: 0.9,
        rules: vec!["visit.met-in".into()],
    }
}

const A1: &str = "seeds/001_ed1f9f8fd6235f00.txt";
const A2: &str = "/news/2024-06-11.txt";

/// Three legs: Blinken in Cairo (two articles), Blinken in Doha, Shoukry in Riyadh.
fn timeline(published_shift_days: i64) -> Vec<Visit> {
    let d = |y, m, dd| Some(date(y, m, dd) + chrono::Duration::days(published_shift_days));
    vec![
        visit(
            "أنتوني بلينكن",
            "EG",
            Some("Cairo"),
            d(2024, 6, 10),
            vec![
                ev(A1, 0, 97, "التقى وزير الخارجية الأمريكي أنتوني بلينكن"),
                ev(A2, 40, 90, "بلينكن في القاهرة"),
            ],
        ),
        visit(
            "بلينكن",
            "QA",
            Some("Doha"),
            d(2024, 6, 11),
            vec![ev(A1, 200, 260, "ثم توجه إلى الدوحة")],
        ),
        visit(
            "سامح شكري",
            "SA",
            Some("Riyadh"),
            None,
            vec![ev(A2, 300, 350, "وصل شكري إلى الرياض")],
        ),
    ]
}

#[test]
fn keys_are_pinned_because_saved_workspaces_refer_to_them() {
    let keys = review::keys(&timeline(0));
    let keys: Vec<&str> = keys.iter().map(LegKey::as_str).collect();
    // Checked independently: FNV-1a 64 over "jawla-leg-v1", "بلينكن", "EG",
    // "cairo", "/news/2024-06-11.txt", "40", each followed by 0x1f (the
    // Cairo leg is anchored at its first source in (path, start) order).
    assert_eq!(
        keys,
        ["df49a552f1eca834", "5ae0ba2cb5406c41", "aa82072d0a576d98"]
    );
}

#[test]
fn keys_do_not_depend_on_resolved_dates() {
    let before = review::keys(&timeline(0));
    let mut later = timeline(7);
    later[2].date = Some(date(2030, 1, 1));
    assert_eq!(review::keys(&later), before);
    // Nor on the spelling variant of the visitor's name or other fields the
    // engine may resolve differently.
    later[0].visitor.name_ar = "انتونى بلينكن".into();
    later[0].status = Status::Planned;
    later[0].place.lat = Some(30.04);
    assert_eq!(review::keys(&later), before);
}

#[test]
fn legs_sharing_visitor_place_and_sentence_get_suffixes_in_a_date_independent_order() {
    let s = vec![ev(A1, 10, 80, "يزور بلينكن القاهرة الاثنين والخميس")];
    let mut monday = visit(
        "بلينكن",
        "EG",
        Some("Cairo"),
        Some(date(2024, 6, 10)),
        s.clone(),
    );
    monday.date_text = Some("الاثنين".into());
    let mut thursday = visit("بلينكن", "EG", Some("Cairo"), Some(date(2024, 6, 13)), s);
    thursday.date_text = Some("الخميس".into());
    let forward = review::keys(&[monday.clone(), thursday.clone()]);
    let backward = review::keys(&[thursday, monday]);
    assert_eq!(forward[0].as_str().len(), 16);
    assert_eq!(forward[1].as_str(), format!("{}~2", forward[0]).as_str());
    // Swapping the timeline order (as a date change may) keeps each leg's key.
    assert_eq!(backward, vec![forward[1].clone(), forward[0].clone()]);
}

#[test]
fn no_corrections_give_the_engine_legs_unflagged() {
    let engine = timeline(0);
    let r = review::apply(&engine, &[]);
    assert_eq!(r.legs.len(), 3);
    assert!(r.unapplied.is_empty());
    for (leg, v) in r.legs.iter().zip(&engine) {
        assert_eq!(&leg.visit, v);
        assert!(!leg.edited && !leg.added && !leg.merged && !leg.split);
        assert!(leg.edited_fields.is_empty() && leg.parts.is_empty());
    }
}

#[test]
fn edit_changes_exactly_the_given_fields_and_keeps_the_sources() {
    let engine = timeline(0);
    let k = review::keys(&engine)[1].clone();
    let edit = Correction::Edit {
        target: k.clone(),
        changes: vec![
            FieldEdit::Date(Some(date(2024, 6, 12))),
            FieldEdit::Status(Status::Planned),
            FieldEdit::PlaceCountry("ae".into()),
            FieldEdit::PlaceCity(Some("Abu Dhabi".into())),
            FieldEdit::PlaceNameAr("أبوظبي".into()),
            FieldEdit::PlaceLat(Some(24.45)),
            FieldEdit::PlaceLon(Some(54.38)),
            FieldEdit::VisitorNameEn(Some("Antony Blinken".into())),
            FieldEdit::Counterparts(vec![person("محمد بن زايد", "Mohamed bin Zayed")]),
        ],
    };
    let r = review::apply(&engine, &[edit]);
    assert!(r.unapplied.is_empty());
    let leg = &r.legs[1];
    let mut expected = engine[1].clone();
    expected.date = Some(date(2024, 6, 12));
    // The date's EDTF and Hijri forms follow the edit.
    expected.date_edtf = Some("2024-06-12".into());
    expected.date_hijri = Some("1445-12-06".into());
    expected.status = Status::Planned;
    expected.place = Place {
        country: "AE".into(),
        city: Some("Abu Dhabi".into()),
        name_ar: "أبوظبي".into(),
        lat: Some(24.45),
        lon: Some(54.38),
        precision: None,
    };
    expected.visitor.name_en = Some("Antony Blinken".into());
    expected.counterparts = vec![person("محمد بن زايد", "Mohamed bin Zayed")];
    assert_eq!(leg.visit, expected);
    assert_eq!(leg.key, k, "an edit never changes the key");
    assert!(leg.edited && !leg.added && !leg.merged);
    assert_eq!(
        leg.edited_fields,
        [
            Field::Date,
            Field::Status,
            Field::PlaceCountry,
            Field::PlaceCity,
            Field::PlaceNameAr,
            Field::PlaceLat,
            Field::PlaceLon,
            Field::VisitorNameEn,
            Field::Counterparts
        ]
    );
    // The other legs are untouched.
    assert_eq!(r.legs[0].visit, engine[0]);
    assert_eq!(r.legs[2].visit, engine[2]);
}

#[test]
fn an_edit_with_one_invalid_value_is_refused_whole() {
    let engine = timeline(0);
    let k = review::keys(&engine)[0].clone();
    let bad = Correction::Edit {
        target: k,
        changes: vec![
            FieldEdit::Date(Some(date(2024, 1, 1))),
            FieldEdit::PlaceLat(Some(300.0)),
        ],
    };
    let r = review::apply(&engine, std::slice::from_ref(&bad));
    assert_eq!(r.legs[0].visit, engine[0]);
    assert_eq!(r.unapplied.len(), 1);
    assert_eq!(r.unapplied[0].index, 0);
    assert_eq!(r.unapplied[0].correction, bad);
    assert_eq!(
        r.unapplied[0].problem,
        Problem::Invalid("latitude 300 is outside -90 ..= 90".into())
    );
    for (edit, message) in [
        (
            FieldEdit::PlaceCountry("Egypt".into()),
            "\"Egypt\" is not a two-letter ISO 3166-1 country code",
        ),
        (
            FieldEdit::VisitorNameAr("  ".into()),
            "the visitor's name is empty",
        ),
        (
            FieldEdit::PlaceLon(Some(f64::NAN)),
            "longitude NaN is outside -180 ..= 180",
        ),
    ] {
        assert_eq!(
            edit.check().map_err(|e| e.to_string()),
            Err(message.to_owned())
        );
    }
}

#[test]
fn corrections_survive_reextraction_after_a_publication_date_change() {
    let first = timeline(0);
    let keys = review::keys(&first);
    let corrections = vec![
        Correction::Edit {
            target: keys[0].clone(),
            changes: vec![FieldEdit::Status(Status::Planned)],
        },
        Correction::Delete {
            target: keys[2].clone(),
        },
    ];
    // The analyst moves the publication date a week on: every resolved date
    // moves and the engine's timeline order may change.
    let mut second = timeline(7);
    second.reverse();
    let r = review::apply(&second, &corrections);
    assert!(r.unapplied.is_empty(), "{:?}", r.unapplied);
    assert_eq!(r.legs.len(), 2);
    assert_eq!(r.legs[0].key, keys[1]);
    assert_eq!(r.legs[0].visit, second[1]);
    assert_eq!(r.legs[1].key, keys[0]);
    assert_eq!(r.legs[1].visit.status, Status::Planned);
    assert_eq!(r.legs[1].visit.date, Some(date(2024, 6, 17)));
    assert_eq!(r.legs[1].edited_fields, [Field::Status]);
}

#[test]
fn a_correction_whose_leg_is_gone_is_reported_not_dropped() {
    let engine = timeline(0);
    let keys = review::keys(&engine);
    let corrections = vec![
        Correction::Delete {
            target: keys[1].clone(),
        },
        Correction::Edit {
            target: keys[1].clone(),
            changes: vec![FieldEdit::Status(Status::Cancelled)],
        },
        Correction::Split {
            target: LegKey::new("0000000000000000"),
        },
    ];
    let r = review::apply(&engine, &corrections);
    let kept: Vec<&LegKey> = r.legs.iter().map(|l| &l.key).collect();
    assert_eq!(kept, [&keys[0], &keys[2]]);
    let problems: Vec<(usize, Problem)> = r
        .unapplied
        .iter()
        .map(|u| (u.index, u.problem.clone()))
        .collect();
    assert_eq!(
        problems,
        [
            (1, Problem::NotFound(keys[1].clone())),
            (2, Problem::NotFound(LegKey::new("0000000000000000"))),
        ]
    );
    // The same corrections against an extraction that no longer finds the
    // Doha leg at all: the delete is reported as orphaned too.
    let r = review::apply(&[engine[0].clone(), engine[2].clone()], &corrections);
    assert_eq!(r.unapplied.len(), 3);
    assert_eq!(r.unapplied[0].index, 0);
}

#[test]
fn merge_unions_evidence_counterparts_and_rules_and_split_restores_both() {
    let engine = timeline(0);
    let keys = review::keys(&engine);
    let mut doha = engine[1].clone();
    doha.counterparts = vec![
        person("السيسي", "Sisi"),
        person("تميم بن حمد", "Tamim bin Hamad"),
    ];
    doha.rules = vec!["visit.went-to".into()];
    doha.confidence = 0.95;
    let engine = vec![engine[0].clone(), doha.clone(), engine[2].clone()];
    let merge = Correction::Merge {
        into: keys[0].clone(),
        from: keys[1].clone(),
    };
    let r = review::apply(&engine, std::slice::from_ref(&merge));
    assert!(r.unapplied.is_empty());
    assert_eq!(r.legs.len(), 2);
    let m = &r.legs[0];
    assert_eq!(m.key, keys[0]);
    assert!(m.merged && !m.edited && !m.split);
    let mut expected = engine[0].clone();
    expected
        .evidence
        .push(ev(A1, 200, 260, "ثم توجه إلى الدوحة"));
    expected.counterparts = vec![
        person("عبد الفتاح السيسي", "Abdel Fattah al-Sisi"),
        person("تميم بن حمد", "Tamim bin Hamad"),
    ];
    expected.rules = vec!["visit.met-in".into(), "visit.went-to".into()];
    expected.confidence = 0.95;
    assert_eq!(m.visit, expected);
    assert_eq!(m.parts.len(), 2);
    assert_eq!(r.legs[1].key, keys[2]);

    // The merged-away key still reaches the merged leg.
    let edit_via_old_key = Correction::Edit {
        target: keys[1].clone(),
        changes: vec![FieldEdit::DateText(Some("أمس".into()))],
    };
    let r = review::apply(&engine, &[merge.clone(), edit_via_old_key]);
    assert!(r.unapplied.is_empty());
    assert_eq!(r.legs[0].visit.date_text.as_deref(), Some("أمس"));

    // Split gives back the two legs exactly as they were before the merge.
    let split = Correction::Split {
        target: keys[0].clone(),
    };
    let r = review::apply(&engine, &[merge, split]);
    assert!(r.unapplied.is_empty());
    let back: Vec<(&LegKey, &Visit)> = r.legs.iter().map(|l| (&l.key, &l.visit)).collect();
    assert_eq!(
        back,
        [
            (&keys[0], &engine[0]),
            (&keys[1], &doha),
            (&keys[2], &engine[2])
        ]
    );
    assert!(r.legs.iter().all(|l| !l.merged && !l.split && !l.edited));
}

#[test]
fn merging_a_leg_with_itself_is_refused() {
    let engine = timeline(0);
    let keys = review::keys(&engine);
    // An alias of leg 0 (the anchor of its other source) is the same leg.
    let plain = review::apply(&engine, &[]);
    let alias = plain.legs[0]
        .aliases
        .iter()
        .find(|a| **a != keys[0])
        .cloned()
        .expect("the Cairo leg has two sources, so two anchors");
    assert_eq!(plain.find(&alias).map(|l| &l.key), Some(&keys[0]));
    let r = review::apply(
        &engine,
        &[Correction::Merge {
            into: keys[0].clone(),
            from: alias,
        }],
    );
    assert_eq!(r.unapplied[0].problem, Problem::SameLeg(keys[0].clone()));
    assert_eq!(r.legs.len(), 3);
}

#[test]
fn splitting_an_engine_merged_leg_gives_one_leg_per_article() {
    let engine = timeline(0);
    let keys = review::keys(&engine);
    let r = review::apply(
        &engine,
        &[Correction::Split {
            target: keys[0].clone(),
        }],
    );
    assert!(r.unapplied.is_empty());
    assert_eq!(r.legs.len(), 4);
    let (a, b) = (&r.legs[0], &r.legs[1]);
    assert_eq!(a.visit.evidence, [engine[0].evidence[0].clone()]);
    assert_eq!(b.visit.evidence, [engine[0].evidence[1].clone()]);
    assert!(a.split && b.split && !a.merged);
    // The part holding the source the key was anchored at (A2 sorts before
    // A1) keeps the key; the other gets its own, a target for later corrections.
    assert_eq!(b.key, keys[0]);
    assert_eq!(a.key.as_str().len(), 16);
    assert_ne!(a.key, keys[0]);
    let delete_part = Correction::Delete {
        target: a.key.clone(),
    };
    let r = review::apply(
        &engine,
        &[
            Correction::Split {
                target: keys[0].clone(),
            },
            delete_part,
        ],
    );
    assert!(r.unapplied.is_empty());
    assert_eq!(r.legs.len(), 3);
    assert_eq!(r.legs[0].key, keys[0]);
    assert_eq!(r.legs[0].visit.evidence, [engine[0].evidence[1].clone()]);

    // A single-source leg that was never merged has nothing to split.
    let r = review::apply(
        &engine,
        &[Correction::Split {
            target: keys[1].clone(),
        }],
    );
    assert_eq!(
        r.unapplied[0].problem,
        Problem::NothingToSplit(keys[1].clone())
    );
    assert_eq!(r.legs.len(), 3);
}

#[test]
fn add_from_a_selection_makes_a_flagged_leg_that_later_corrections_reach() {
    let text = "وصل وزير الخارجية المصري سامح شكري إلى عمّان أمس.";
    let evidence = evidence_from_selection(A2, text, 0, 44).expect("range inside the text");
    assert_eq!(evidence.text, "وصل وزير الخارجية المصري سامح شكري إلى عمّان");
    assert_eq!((evidence.start, evidence.end), (0, 44));
    assert_eq!(evidence_from_selection(A2, text, 10, 10), None);
    assert_eq!(evidence_from_selection(A2, text, 40, 500), None);

    let leg = NewLeg {
        evidence: evidence.clone(),
        visitor: person("سامح شكري", "Sameh Shoukry"),
        place: Place {
            country: "jo".into(),
            city: Some("Amman".into()),
            name_ar: "عمّان".into(),
            lat: None,
            lon: None,
            precision: None,
        },
        date: Some(date(2024, 6, 10)),
        date_text: Some("أمس".into()),
        status: Status::Occurred,
        counterparts: Vec::new(),
    };
    let add = Correction::Add {
        leg: Box::new(leg.clone()),
    };
    let engine = timeline(0);
    let r = review::apply(&engine, std::slice::from_ref(&add));
    assert!(r.unapplied.is_empty());
    assert_eq!(r.legs.len(), 4);
    let added = &r.legs[3];
    assert!(added.added && !added.edited);
    assert!(added.key.as_str().starts_with("add-"));
    assert_eq!(
        added.visit,
        Visit {
            visitor: leg.visitor.clone(),
            place: Place {
                country: "JO".into(),
                ..leg.place.clone()
            },
            date: Some(date(2024, 6, 10)),
            date_text: Some("أمس".into()),
            date_edtf: Some("2024-06-10".into()),
            date_hijri: Some("1445-12-04".into()),
            status: Status::Occurred,
            counterparts: Vec::new(),
            trip: None,
            evidence: vec![evidence],
            confidence: 1.0,
            rules: Vec::new(),
        }
    );
    // The added leg's key does not depend on the engine's output.
    let alone = review::apply(&[], std::slice::from_ref(&add));
    assert_eq!(alone.legs[0].key, added.key);

    // Adding the same selection twice gives two distinct keys; an edit reaches the second.
    let second_key = LegKey::new(format!("{}~2", added.key));
    let edit = Correction::Edit {
        target: second_key.clone(),
        changes: vec![FieldEdit::Status(Status::Planned)],
    };
    let r = review::apply(&engine, &[add.clone(), add, edit]);
    assert!(r.unapplied.is_empty());
    assert_eq!(r.legs[4].key, second_key);
    assert_eq!(r.legs[4].visit.status, Status::Planned);
    assert_eq!(r.legs[3].visit.status, Status::Occurred);

    // An empty selection is refused with a reason.
    let mut empty = leg;
    empty.evidence.end = empty.evidence.start;
    let r = review::apply(
        &engine,
        &[Correction::Add {
            leg: Box::new(empty),
        }],
    );
    assert_eq!(
        r.unapplied[0].problem,
        Problem::Invalid(format!("the selection 0..0 in {A2:?} is empty"))
    );
}

#[test]
fn corrections_serialize_to_the_documented_json() {
    let edit = Correction::Edit {
        target: LegKey::new("b1a0d2c46c9a4d5e"),
        changes: vec![
            FieldEdit::Date(Some(date(2024, 6, 11))),
            FieldEdit::PlaceCity(None),
            FieldEdit::Status(Status::Cancelled),
        ],
    };
    let json = serde_json::to_string(&edit).expect("serializes");
    assert_eq!(
        json,
        r#"{"op":"edit","target":"b1a0d2c46c9a4d5e","changes":[{"field":"date","value":"2024-06-11"},{"field":"place_city","value":null},{"field":"status","value":"cancelled"}]}"#
    );
    let back: Correction = serde_json::from_str(&json).expect("parses");
    assert_eq!(back, edit);
    let merge = Correction::Merge {
        into: LegKey::new("a"),
        from: LegKey::new("b"),
    };
    assert_eq!(
        serde_json::to_string(&merge).expect("serializes"),
        r#"{"op":"merge","into":"a","from":"b"}"#
    );
}

fn delete(k: &str) -> Correction {
    Correction::Delete {
        target: LegKey::new(k),
    }
}

#[test]
fn history_undoes_and_redoes_and_a_new_edit_clears_redo() {
    let mut h = History::default();
    assert!(!h.can_undo() && !h.undo() && !h.redo());
    h.push(delete("a"));
    h.push(delete("b"));
    assert_eq!(h.corrections(), [delete("a"), delete("b")]);
    assert!(h.undo());
    assert_eq!(h.corrections(), [delete("a")]);
    assert!(h.can_redo());
    assert!(h.redo());
    assert_eq!(h.corrections(), [delete("a"), delete("b")]);
    assert!(h.undo() && h.undo());
    assert!(h.corrections().is_empty());
    assert!(!h.undo());
    assert!(h.redo());
    h.push(delete("c"));
    assert!(!h.can_redo(), "a new edit clears redo");
    assert_eq!(h.corrections(), [delete("a"), delete("c")]);
    assert_eq!(h.revision(), 8);
}

#[test]
fn history_removal_is_undoable_in_place() {
    let mut h = History::new(vec![delete("a"), delete("b"), delete("c")], 10);
    assert!(!h.can_undo(), "loaded corrections are not undo steps");
    assert_eq!(h.remove(1), Some(delete("b")));
    assert_eq!(h.remove(5), None);
    assert_eq!(h.corrections(), [delete("a"), delete("c")]);
    assert!(h.undo());
    assert_eq!(h.corrections(), [delete("a"), delete("b"), delete("c")]);
    assert!(h.redo());
    assert_eq!(h.corrections(), [delete("a"), delete("c")]);
}

#[test]
fn history_is_bounded_but_keeps_every_correction() {
    let mut h = History::new(Vec::new(), 2);
    for k in ["a", "b", "c", "d"] {
        h.push(delete(k));
    }
    assert!(h.undo() && h.undo());
    assert!(!h.undo(), "only the last two steps can be undone");
    assert_eq!(h.corrections(), [delete("a"), delete("b")]);
    assert!(h.redo() && h.redo() && !h.redo());
    assert_eq!(
        h.corrections(),
        [delete("a"), delete("b"), delete("c"), delete("d")]
    );
}

#[test]
fn undo_of_an_edit_restores_the_leg() {
    let engine = timeline(0);
    let k = review::keys(&engine)[0].clone();
    let mut h = History::default();
    h.push(Correction::Edit {
        target: k.clone(),
        changes: vec![FieldEdit::Date(Some(date(2024, 7, 1)))],
    });
    let edited = review::apply(&engine, h.corrections());
    assert_eq!(edited.legs[0].visit.date, Some(date(2024, 7, 1)));
    assert!(h.undo());
    let undone = review::apply(&engine, h.corrections());
    assert_eq!(undone.legs[0].visit, engine[0]);
    assert!(!undone.legs[0].edited);
    assert_eq!(undone.find(&k).map(|l| &l.visit), Some(&engine[0]));
}

#[test]
fn diff_lists_exactly_the_changed_fields() {
    let before = timeline(0)[0].clone();
    assert!(diff(&before, &before).is_empty());
    let mut after = before.clone();
    after.status = Status::Cancelled;
    after.place.lat = Some(30.04);
    after.visitor.role = None;
    after.confidence = 0.1; // not an analyst field
    let changes = diff(&before, &after);
    assert_eq!(
        changes,
        [
            FieldEdit::Status(Status::Cancelled),
            FieldEdit::PlaceLat(Some(30.04)),
            FieldEdit::VisitorRole(None),
        ]
    );
    // Applying the diff reproduces the edited fields.
    let k = review::keys(std::slice::from_ref(&before))[0].clone();
    let r = review::apply(
        std::slice::from_ref(&before),
        &[Correction::Edit { target: k, changes }],
    );
    let mut expected = after;
    expected.confidence = before.confidence;
    assert_eq!(r.legs[0].visit, expected);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn added_leg() -> NewLeg {
        NewLeg {
            evidence: ev(A2, 5, 30, "زار شكري عمّان"),
            visitor: person("سامح شكري", "Sameh Shoukry"),
            place: Place {
                country: "JO".into(),
                city: Some("Amman".into()),
                name_ar: "عمّان".into(),
                lat: None,
                lon: None,
                precision: None,
            },
            date: None,
            date_text: None,
            status: Status::Occurred,
            counterparts: Vec::new(),
        }
    }

    /// Keys a correction may aim at: the engine's, an alias, keys of split
    /// parts and added legs, and one that never exists.
    fn key_pool() -> Vec<LegKey> {
        let engine = timeline(0);
        let mut pool = review::keys(&engine);
        let plain = review::apply(&engine, &[]);
        pool.extend(plain.legs[0].aliases.iter().cloned());
        let add = Correction::Add {
            leg: Box::new(added_leg()),
        };
        let added = review::apply(&[], std::slice::from_ref(&add));
        pool.push(added.legs[0].key.clone());
        pool.push(LegKey::new(format!("{}~2", added.legs[0].key)));
        pool.push(LegKey::new(format!("{}~2", pool[0])));
        pool.push(LegKey::new("ffffffffffffffff"));
        pool
    }

    fn correction() -> impl Strategy<Value = Correction> {
        let n = key_pool().len();
        let key = move || (0..n).prop_map(|i| key_pool()[i].clone());
        prop_oneof![
            (key(), -400.0f64..400.0, 0u32..40).prop_map(|(target, lat, day)| Correction::Edit {
                target,
                changes: vec![
                    FieldEdit::PlaceLat(Some(lat)),
                    FieldEdit::Date(NaiveDate::from_ymd_opt(2024, 6, 1 + day % 30)),
                ],
            }),
            key().prop_map(|target| Correction::Delete { target }),
            (key(), key()).prop_map(|(into, from)| Correction::Merge { into, from }),
            key().prop_map(|target| Correction::Split { target }),
            Just(Correction::Add {
                leg: Box::new(added_leg())
            }),
        ]
    }

    proptest! {
        /// Any sequence of corrections: no panic, every key unique, every
        /// correction either applied or reported, and undoing everything
        /// gives back the engine's legs while redoing gives the same review.
        #[test]
        fn any_corrections_apply_and_undo_cleanly(corrections in prop::collection::vec(correction(), 0..25)) {
            let engine = timeline(0);
            let r = review::apply(&engine, &corrections);
            let mut keys: Vec<&LegKey> = r.legs.iter().map(|l| &l.key).collect();
            keys.sort();
            keys.dedup();
            prop_assert_eq!(keys.len(), r.legs.len());
            let mut indices: Vec<usize> = r.unapplied.iter().map(|u| u.index).collect();
            indices.dedup();
            prop_assert_eq!(indices.len(), r.unapplied.len());
            prop_assert!(indices.iter().all(|&i| i < corrections.len()));

            let mut h = History::new(Vec::new(), 100);
            for c in &corrections {
                h.push(c.clone());
            }
            while h.undo() {}
            prop_assert_eq!(review::apply(&engine, h.corrections()), review::apply(&engine, &[]));
            while h.redo() {}
            prop_assert_eq!(review::apply(&engine, h.corrections()), r);
        }
    }
}

/// A new city typed in the leg editor is looked up in the gazetteer by its
/// English or Arabic name (issue 12, item 8).
#[test]
fn a_new_city_is_located_by_the_gazetteer_or_left_without_coordinates() {
    use jawla::engine::gazetteer_city;
    use jawla::review::fields::locate_city;
    let amman = gazetteer_city("عمان").expect("Amman by its Arabic name");
    assert_eq!(
        (
            amman.name_en.as_str(),
            amman.country.as_str(),
            amman.lat,
            amman.lon
        ),
        ("Amman", "JO", 31.9454, 35.9284)
    );
    assert_eq!(gazetteer_city("AMMAN"), Some(amman));
    assert_eq!(gazetteer_city("Atlantis"), None);
    assert_eq!(gazetteer_city(""), None);

    let before = Visit {
        visitor: Person::default(),
        place: Place {
            country: "EG".into(),
            city: Some("Cairo".into()),
            name_ar: "القاهرة".into(),
            lat: Some(30.0444),
            lon: Some(31.2357),
            precision: None,
        },
        date: None,
        date_text: None,
        date_edtf: None,
        date_hijri: None,
        status: Status::Occurred,
        counterparts: Vec::new(),
        trip: None,
        evidence: vec![Evidence {
            path: "a.txt".into(),
            start: 0,
            end: 1,
            text: "x".into(),
        }],
        confidence: 1.0,
        rules: Vec::new(),
    };
    let mut typed = before.clone();
    typed.place.city = Some("عمّان".into());
    assert_eq!(locate_city(&before, &mut typed), None);
    assert_eq!(
        (
            typed.place.city.as_deref(),
            typed.place.country.as_str(),
            typed.place.name_ar.as_str(),
            typed.place.lat,
            typed.place.lon
        ),
        (Some("Amman"), "JO", "عمّان", Some(31.9454), Some(35.9284))
    );
    // Coordinates typed by the analyst are kept.
    let mut by_hand = before.clone();
    by_hand.place.city = Some("Amman".into());
    by_hand.place.lat = Some(1.0);
    assert_eq!(locate_city(&before, &mut by_hand), None);
    assert_eq!(
        (by_hand.place.lat, by_hand.place.country.as_str()),
        (Some(1.0), "EG")
    );
    // An unknown city: no coordinates, and a note.
    let mut unknown = before.clone();
    unknown.place.city = Some("Atlantis".into());
    assert_eq!(
        locate_city(&before, &mut unknown)
            .map(|m| m.to_string())
            .as_deref(),
        Some(
            "Atlantis is not in the gazetteer: the leg has no coordinates (type its latitude and longitude)"
        )
    );
    assert_eq!((unknown.place.lat, unknown.place.lon), (None, None));
}

/// A field's error and the editor's gazetteer note are built without a
/// language and shown in the interface's: Arabic words, the field by its
/// Arabic label, the values typed kept as they are (isolated).
#[test]
fn field_errors_read_arabic_in_the_arabic_interface() {
    use jawla::i18n::Lang;
    let plain = |m: jawla::i18n::Message| m.text(Lang::Ar).replace(['\u{2068}', '\u{2069}'], "");
    let range = FieldEdit::PlaceLat(Some(300.0))
        .check()
        .expect_err("out of range");
    assert_eq!(plain(range), "خط العرض 300 خارج المدى من -90 إلى 90");
    let country = FieldEdit::PlaceCountry("Egypt".into())
        .check()
        .expect_err("no code");
    assert_eq!(
        plain(country),
        "\"Egypt\" ليس رمز بلد من حرفين وفق ISO 3166-1"
    );
    let date = jawla::review::Field::Date.from_text("10/06/2024");
    let date = date.expect("typed").expect_err("not a date");
    assert_eq!(
        plain(date),
        "التاريخ: \"10/06/2024\" ليس تاريخًا بالصيغة YYYY-MM-DD"
    );
    let mut before = visit("أنتوني بلينكن", "EG", Some("Cairo"), None, Vec::new());
    before.place.lat = Some(30.0444);
    before.place.lon = Some(31.2357);
    let mut unknown = before.clone();
    unknown.place.city = Some("Atlantis".into());
    let note = jawla::review::fields::locate_city(&before, &mut unknown).expect("a note");
    assert_eq!(
        plain(note),
        "Atlantis غير موجودة في المعجم الجغرافي: لا إحداثيات للمحطة (اكتب خط العرض وخط الطول)"
    );
}

/// Why a correction no longer applies is shown in the interface language;
/// its Display stays the English it was.
#[test]
fn problems_read_arabic_in_the_arabic_interface() {
    use jawla::i18n::Lang;
    use jawla::review::{LegKey, Problem};
    let key: LegKey = serde_json::from_str("\"blinken-2024-06-cairo\"").expect("a key");
    let problem = Problem::NothingToSplit(key);
    let plain = |lang| {
        problem
            .message()
            .text(lang)
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    assert_eq!(
        plain(Lang::Ar),
        "المحطة blinken-2024-06-cairo غير مدمجة: لا شيء لفصله"
    );
    assert_eq!(plain(Lang::En), problem.to_string());
}
