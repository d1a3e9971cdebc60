//! The review screen of the real application, driven through egui_kittest:
//! the seeds' three trips of 2024 on the timeline, a click on a leg opening
//! its article with the evidence highlighted, corrections with undo/redo,
//! "Add visit from selection", the workspace (autosave file, restart,
//! "Save workspace as…"/"Open workspace…", a corrupt file kept aside), the
//! exports through `export_to`, the hidden-character warning, and an image
//! snapshot of the whole window.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use eframe::egui::{self, Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jawla::app::review_state::{
    COUNTERPART_COLOR, DATE_COLOR, EVIDENCE_COLOR, PERSON_COLOR, PLACE_COLOR,
    SELECTED_EVIDENCE_COLOR, VISITOR_COLOR,
};
use jawla::app::{Command, ExportScope, JawlaApp, PersistedState};
use jawla::export::Format;
use jawla::review::filter::LegFilter;
use jawla::review::{Correction, FieldEdit, LegKey};
use jawla::ui::viewer::Highlight;

use crate::common;
use crate::common::settle;

const SEED_000: &str = "seeds/000_b042023ce1a6754a.txt";
const SEED_001: &str = "seeds/001_ed1f9f8fd6235f00.txt";
const SEED_004: &str = "seeds/004_3f1d5f2e66b3e922.txt";
const CAIRO: &str = "Cairo 2024-06-10 Antony Blinken";

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

/// The app at 1280×800, light, first-run state (the five seeds), with the
/// workspace autosaved at `workspace` if given.
fn harness(workspace: Option<PathBuf>) -> Harness<'static, JawlaApp> {
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_theme(egui::Theme::Light)
        .with_render_cursor(false)
        .build_eframe(move |cc| {
            JawlaApp::with_workspace(&cc.egui_ctx, PersistedState::default(), workspace)
        });
    settle(&mut harness);
    harness
}

fn temp_dir(test: &str) -> PathBuf {
    common::temp_dir_under("app-review-tests", test)
}

fn key_of(app: &JawlaApp, label: &str) -> LegKey {
    app.review()
        .legs()
        .iter()
        .find(|l| jawla::ui::legs::leg_label(&l.visit) == label)
        .map(|l| l.key.clone())
        .unwrap_or_else(|| panic!("a leg labelled {label}"))
}

fn chars(text: &str, range: std::ops::Range<usize>) -> String {
    text.chars()
        .skip(range.start)
        .take(range.end - range.start)
        .collect()
}

#[test]
fn the_seeds_show_the_three_trips_of_2024_on_one_timeline() {
    let harness = harness(None);
    let legs = harness.state().review().legs();
    let trips: BTreeSet<String> = legs
        .iter()
        .filter_map(|l| l.visit.trip.as_ref()?.id.clone())
        .collect();
    assert_eq!(trips.len(), 3, "three trips: {trips:?}");
    let first_days: BTreeSet<(i32, u32)> = trips
        .iter()
        .filter_map(|id| {
            legs.iter()
                .filter(|l| l.visit.trip.as_ref().and_then(|t| t.id.as_ref()) == Some(id))
                .filter_map(|l| l.visit.date)
                .min()
                .map(|d| (chrono::Datelike::year(&d), chrono::Datelike::month(&d)))
        })
        .collect();
    assert_eq!(
        first_days,
        BTreeSet::from([(2024, 2), (2024, 6), (2024, 8)])
    );
    // Drawn on the timeline, with their accessible labels.
    for label in [CAIRO, "Tel Aviv 2024-02-08 Antony Blinken"] {
        harness.get_by_role_and_label(Role::Button, label);
    }
    assert_eq!(harness.state().review().legs().len(), legs.len());
}

#[test]
fn clicking_the_cairo_leg_opens_seed_001_and_highlights_its_sentences() {
    let mut harness = harness(None);
    assert_eq!(harness.state().selected(), Some(SEED_000));
    harness.get_by_role_and_label(Role::Button, CAIRO).click();
    harness.run();

    let app = harness.state();
    assert_eq!(app.selected(), Some(SEED_001));
    assert_eq!(app.review().selected(), Some(&key_of(app, CAIRO)));
    let selected: Vec<&Highlight> = app
        .highlights()
        .iter()
        .filter(|h| h.color == SELECTED_EVIDENCE_COLOR)
        .collect();
    // The whole first sentence of the article, which reads "التقى وزير
    // الخارجية الأمريكي أنتوني بلينكن بالرئيس المصري ... في القاهرة يوم
    // الاثنين في إطار ..." and ends at its full stop; and the one that tells
    // him leaving Cairo («قبل مغادرته القاهرة»), the same stay.
    assert_eq!(
        selected,
        [
            &Highlight {
                range: 0..192,
                color: SELECTED_EVIDENCE_COLOR
            },
            &Highlight {
                range: 534..738,
                color: SELECTED_EVIDENCE_COLOR
            }
        ]
    );
    let text = &app.articles()[1].text;
    let sentence = chars(text, 0..192);
    assert!(
        sentence.starts_with("التقى وزير الخارجية الأمريكي أنتوني بلينكن بالرئيس المصري"),
        "{sentence}"
    );
    assert!(
        chars(text, 0..98).ends_with("في القاهرة يوم الاثنين"),
        "{sentence}"
    );
    assert!(sentence.ends_with("بين إسرائيل وحماس."), "{sentence}");
    assert_eq!(
        text.chars().nth(192),
        Some('\n'),
        "the sentence ends the paragraph"
    );

    // A click inside another evidence sentence of the article selects its
    // leg (what the viewer's `clicked` output leads to).
    let jerusalem = app
        .review()
        .leg_at(SEED_001, 2050)
        .expect("the Jerusalem sentence is evidence")
        .key
        .clone();
    assert_eq!(
        jerusalem,
        key_of(app, "Jerusalem 2024-06-10 Antony Blinken")
    );
}

#[test]
fn selecting_a_leg_scrolls_the_viewer_to_its_evidence() {
    let mut harness = harness(None);
    let jerusalem = "Jerusalem 2024-06-10 Antony Blinken";
    harness
        .get_by_role_and_label(Role::Button, jerusalem)
        .click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.selected(), Some(SEED_001));
    let evidence = app
        .review()
        .selected_leg()
        .map(|l| l.visit.evidence[0].start..l.visit.evidence[0].end)
        .expect("selected");
    // «قبل مغادرته القاهرة متوجها إلى محطته التالية في القدس»
    assert_eq!(evidence, 534..738);
    let visible = app.viewer_visible_chars();
    assert!(
        visible.start <= evidence.start && evidence.end <= visible.end,
        "{evidence:?} shown in {visible:?}"
    );
    assert!(visible.start > 0, "scrolled down from the top: {visible:?}");
}

#[test]
fn editing_the_date_moves_the_leg_and_undo_and_redo_work() {
    let mut harness = harness(None);
    harness.get_by_role_and_label(Role::Button, CAIRO).click();
    harness.run();
    let cairo = key_of(harness.state(), CAIRO);

    harness
        .get_by_role_and_label(Role::TextInput, "Date")
        .focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Date")
        .type_text("2024-06-12");
    harness.run();
    harness.get_by_label("Apply changes").scroll_to_me();
    harness.run();
    harness.get_by_label("Apply changes").click();
    harness.run();

    let moved = "Cairo 2024-06-12 Antony Blinken";
    assert_eq!(
        harness.state().review().corrections(),
        [Correction::Edit {
            target: cairo.clone(),
            changes: vec![FieldEdit::Date(Some(date(2024, 6, 12)))],
        }]
    );
    let leg_date = |h: &Harness<'static, JawlaApp>| {
        h.state()
            .review()
            .find(&cairo)
            .expect("the leg keeps its key")
            .visit
            .date
    };
    assert_eq!(leg_date(&harness), Some(date(2024, 6, 12)));
    harness.get_by_role_and_label(Role::Button, moved);
    assert!(
        harness
            .query_by_role_and_label(Role::Button, CAIRO)
            .is_none()
    );

    // Undo (toolbar button) restores the engine's date.
    harness.get_by_role_and_label(Role::Button, "Undo").click();
    harness.run();
    assert_eq!(leg_date(&harness), Some(date(2024, 6, 10)));
    assert!(harness.state().review().corrections().is_empty());
    harness.get_by_role_and_label(Role::Button, CAIRO);

    // Ctrl+Shift+Z redoes, Ctrl+Z undoes again.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(leg_date(&harness), Some(date(2024, 6, 12)));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(leg_date(&harness), Some(date(2024, 6, 10)));
}

#[test]
fn add_visit_from_selection_adds_a_leg_with_that_evidence() {
    let mut harness = harness(None);
    harness.get_by_role_and_label(Role::Button, CAIRO).click();
    harness.run();
    let before = harness.state().review().legs().len();
    // "وسيتوجه بلينكن بعد ذلك إلى الأردن وقطر لإجراء مزيد من المحادثات"
    // What the viewer reports when the analyst drags over the sentence, then
    // what the "Add visit from selection" button sends.
    harness.state_mut().set_viewer_selection(Some(2222..2285));
    harness.state_mut().apply(Command::AddVisitFromSelection);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Add visit")
        .click();
    harness.run();

    let legs = harness.state().review().legs();
    assert_eq!(legs.len(), before + 1);
    let added = legs.last().expect("the added leg comes last");
    assert!(added.added);
    assert_eq!(added.visit.evidence.len(), 1);
    let e = &added.visit.evidence[0];
    assert_eq!((e.path.as_str(), e.start, e.end), (SEED_001, 2222, 2285));
    assert!(e.text.starts_with("وسيتوجه بلينكن"), "{}", e.text);
    // Prefilled from the selected leg's visitor.
    assert_eq!(
        added.visit.visitor.name_en.as_deref(),
        Some("Antony Blinken")
    );
}

/// An edit of the Cairo leg's date, as the leg editor emits it.
fn edit_cairo(harness: &mut Harness<'static, JawlaApp>) -> Correction {
    let cairo = key_of(harness.state(), CAIRO);
    let edit = Correction::Edit {
        target: cairo,
        changes: vec![FieldEdit::Date(Some(date(2024, 6, 12)))],
    };
    harness
        .state_mut()
        .apply(jawla::ui::Command::Correct(edit.clone()));
    harness.run();
    edit
}

#[test]
fn a_correction_survives_quitting_and_restarting() {
    let dir = temp_dir("restart");
    let path = dir.join("jawla").join("workspace.json");
    let mut first = harness(Some(path.clone()));
    // Close one article and set a date: both are part of the workspace.
    first
        .state_mut()
        .apply(Command::Close("seeds/004_3f1d5f2e66b3e922.txt".into()));
    first.state_mut().apply(Command::SetPublished(
        SEED_000.into(),
        Some(date(2024, 2, 9)),
    ));
    settle(&mut first);
    let edit = edit_cairo(&mut first);
    // What eframe calls on the way out.
    first.state_mut().save_workspace_now();
    let saved = first.state().workspace();
    drop(first);
    assert!(path.exists(), "the workspace file was written");

    let second = harness(Some(path.clone()));
    let app = second.state();
    assert_eq!(app.workspace(), saved);
    assert_eq!(app.review().corrections(), [edit]);
    assert_eq!(app.articles().len(), 4);
    assert_eq!(app.articles()[0].published, Some(date(2024, 2, 9)));
    second.get_by_role_and_label(Role::Button, "Cairo 2024-06-12 Antony Blinken");
    assert!(app.errors().is_empty(), "{:?}", app.errors());
}

#[test]
fn save_workspace_as_then_open_workspace_round_trips() {
    let dir = temp_dir("save-as");
    let file = dir.join("mine.json");
    let mut first = harness(None);
    let edit = edit_cairo(&mut first);
    first.state_mut().save_workspace_as(&file).expect("saved");
    let saved = first.state().workspace();

    let mut second = harness(None);
    second.state_mut().apply(Command::Close(SEED_000.into()));
    settle(&mut second);
    second.state_mut().open_workspace(&file).expect("opened");
    settle(&mut second);
    assert_eq!(second.state().workspace(), saved);
    assert_eq!(second.state().review().corrections(), [edit]);
    second.get_by_role_and_label(Role::Button, "Cairo 2024-06-12 Antony Blinken");

    // Not a workspace: nothing changes, the message names the file.
    let bad = dir.join("bad.json");
    std::fs::write(&bad, b"{\"format\": \"something else\"").expect("write");
    let err = second
        .state_mut()
        .open_workspace(&bad)
        .expect_err("refused")
        .to_string();
    assert!(err.contains("bad.json"), "{err}");
    assert_eq!(second.state().workspace(), saved);
}

#[test]
fn a_corrupt_workspace_is_kept_aside_and_the_app_starts_with_the_seeds() {
    let dir = temp_dir("corrupt");
    let path = dir.join("workspace.json");
    std::fs::write(
        &path,
        b"{\"format\":\"jawla-workspace\",\"version\":1,\"arti",
    )
    .expect("write");
    let harness = harness(Some(path.clone()));
    let app = harness.state();
    assert_eq!(app.articles().len(), 5);
    assert_eq!(app.errors().len(), 1, "{:?}", app.errors());
    assert!(app.errors()[0].contains("kept as"), "{}", app.errors()[0]);
    let kept: Vec<String> = std::fs::read_dir(&dir)
        .expect("read dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != "workspace.json")
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(kept[0].contains("corrupt"), "{kept:?}");
}

#[test]
fn export_json_and_csv_through_export_to() {
    let dir = temp_dir("export");
    let mut harness = harness(None);
    let edit = edit_cairo(&mut harness);
    let app = harness.state_mut();

    let json_path = dir.join(Format::Json.default_file_name());
    app.export_to(Format::Json, ExportScope::Whole, &json_path)
        .expect("JSON export");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&json_path).expect("read")).expect("JSON parses");
    let timeline = json["timeline"].as_array().expect("a timeline array");
    assert_eq!(timeline.len(), app.review().legs().len());
    let cairo = timeline
        .iter()
        .find(|v| v["place"]["city"] == "Cairo" && v["evidence"][0]["start"] == 0)
        .expect("the Cairo leg");
    assert_eq!(
        cairo["date"], "2024-06-12",
        "the corrected date is exported"
    );
    assert_eq!(
        json["corrections"],
        serde_json::to_value([&edit]).expect("serializes")
    );

    let csv_path = dir.join(Format::Csv.default_file_name());
    app.export_to(Format::Csv, ExportScope::Whole, &csv_path)
        .expect("CSV export");
    let bytes = std::fs::read(&csv_path).expect("read");
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "UTF-8 BOM");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .collect::<Result<_, _>>()
        .expect("CSV parses");
    assert_eq!(rows.len(), app.review().legs().len());
    assert!(
        rows.iter()
            .any(|r| r.iter().any(|c| c == "Cairo") && r.iter().any(|c| c == "2024-06-12")),
        "a Cairo row dated 2024-06-12"
    );

    // The current filter: only the legs in Egypt.
    app.set_filter(LegFilter {
        country: Some("EG".into()),
        ..LegFilter::default()
    });
    app.export_to(Format::Csv, ExportScope::Filtered, &csv_path)
        .expect("filtered CSV export");
    let bytes = std::fs::read(&csv_path).expect("read");
    let rows = csv::Reader::from_reader(&bytes[3..]).records().count();
    let egypt = app
        .review()
        .legs()
        .iter()
        .filter(|l| l.visit.place.country == "EG")
        .count();
    assert_eq!(rows, egypt);
    assert!(egypt >= 1 && egypt < app.review().legs().len());

    // The selected leg's trip: the June trip of the Cairo leg.
    let cairo = key_of(app, "Cairo 2024-06-12 Antony Blinken");
    app.select_leg(&cairo);
    let trip_path = dir.join("trip.json");
    app.export_to(Format::Json, ExportScope::SelectedTrip, &trip_path)
        .expect("trip JSON export");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&trip_path).expect("read")).expect("parses");
    let places: Vec<&str> = json["timeline"]
        .as_array()
        .expect("a timeline array")
        .iter()
        .map(|v| v["place"]["name_ar"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        places.len(),
        4,
        "Cairo, Jerusalem, Jordan, Qatar: {places:?}"
    );
    let trips: BTreeSet<&str> = json["timeline"]
        .as_array()
        .expect("a timeline array")
        .iter()
        .filter_map(|v| v["trip"]["id"].as_str())
        .collect();
    assert_eq!(trips, BTreeSet::from(["antony-blinken@2024-06-10"]));

    // A path that cannot be written: a message naming it.
    let bad = dir.join("missing-folder").join("x.json");
    let err = app
        .export_to(Format::Json, ExportScope::Whole, &bad)
        .expect_err("no such folder")
        .to_string();
    assert!(err.contains("missing-folder"), "{err}");
}

#[test]
fn hidden_characters_are_warned_about_and_revealed_from_the_warning() {
    let dir = temp_dir("hidden");
    let path = dir.join("rlo.txt");
    std::fs::write(
        &path,
        "وصل الوزير إلى \u{202E}عمّان\u{202C} اليوم.\n".as_bytes(),
    )
    .expect("write");
    let mut harness = harness(None);
    harness.state_mut().apply(Command::OpenPaths(vec![path]));
    settle(&mut harness);
    let article = harness.state().articles().last().expect("opened").clone();
    let warning = article
        .hidden_warning
        .as_ref()
        .expect("a warning")
        .to_string();
    assert!(warning.contains("bidi"), "{warning}");
    assert!(harness.query_all_by_label_contains(&warning).count() >= 1);
    assert!(!harness.state().persisted().viewer.show_controls);
    harness
        .get_all_by_label("Reveal hidden characters")
        .next()
        .expect("a reveal button")
        .click();
    harness.run();
    assert!(harness.state().persisted().viewer.show_controls);
    // The seeds have no such characters.
    assert!(
        harness.state().articles()[..5]
            .iter()
            .all(|a| a.hidden_warning.is_none())
    );
}

#[test]
fn the_table_and_map_tabs_show_the_same_legs_and_select_them() {
    let mut harness = harness(None);
    harness.state_mut().apply(Command::Select(SEED_001.into()));
    harness.get_by_label("Table").click();
    harness.run();
    let row = "Tel Aviv 2024-02-08 Antony Blinken";
    harness.get_by_role_and_label(Role::Row, row).scroll_to_me();
    harness.run();
    // The row is wider than the area (more columns scroll into view), so
    // click its visible start, not its centre.
    let y = harness
        .get_by_role_and_label(Role::Row, row)
        .rect()
        .center()
        .y;
    click_at(&mut harness, egui::pos2(400.0, y));
    harness.run();
    let app = harness.state();
    assert_eq!(
        app.review().selected(),
        Some(&key_of(app, "Tel Aviv 2024-02-08 Antony Blinken"))
    );
    // Its evidence is in seed 004 (Thursday 8 February, Tel Aviv).
    assert_eq!(app.selected(), Some(SEED_004));
    harness.get_by_label("Map").click();
    harness.run();
    harness.get_by_label("Fit route");
}

#[test]
fn snapshot_of_the_reader_and_the_timeline() {
    let mut harness = harness(None);
    harness.get_by_role_and_label(Role::Button, CAIRO).click();
    harness.run();
    harness.snapshot("app_review_cairo_light");
}

/// Clicks (press and release, no drag) at `pos`.
fn click_at(harness: &mut Harness<'static, JawlaApp>, pos: egui::Pos2) {
    harness.hover_at(pos);
    harness.run();
    harness.drag_at(pos);
    harness.run();
    harness.drop_at(pos);
    harness.run();
}

#[test]
fn clicking_a_highlighted_sentence_in_the_viewer_selects_its_leg() {
    let mut harness = harness(None);
    harness.state_mut().apply(Command::Select(SEED_001.into()));
    harness.run();
    assert_eq!(harness.state().review().selected(), None);
    // The first line of seed 001 (right-aligned) is the Cairo sentence.
    let text = harness.get_by_label(jawla::ui::viewer::ACCESS_LABEL).rect();
    click_at(
        &mut harness,
        egui::pos2(text.right() - 60.0, text.top() + 24.0),
    );
    let app = harness.state();
    assert_eq!(app.review().selected(), Some(&key_of(app, CAIRO)));
    assert_eq!(app.selected(), Some(SEED_001), "the article stays");
    assert!(app.highlights().contains(&Highlight {
        range: 0..192,
        color: SELECTED_EVIDENCE_COLOR
    }));
}

/// By default the reader shows the selected leg's evidence and the names in
/// it, nothing else: no olive background on every other sentence, no tint on
/// every recognized name (nearly every sentence had one). "All evidence"
/// brings the rest back.
#[test]
fn by_default_the_reader_shows_only_the_selected_legs_evidence_and_names() {
    let mut harness = harness(None);
    harness.state_mut().apply(Command::Select(SEED_001.into()));
    harness.run();
    assert_eq!(harness.state().highlights(), &[] as &[Highlight]);
    let cairo = key_of(harness.state(), CAIRO);
    harness.state_mut().select_leg(&cairo);
    harness.run();
    let shown: Vec<(std::ops::Range<usize>, &str)> = harness
        .state()
        .highlights()
        .iter()
        .map(|h| {
            let kind = match h.color {
                c if c == SELECTED_EVIDENCE_COLOR => "selected",
                c if c == VISITOR_COLOR => "visitor",
                c if c == COUNTERPART_COLOR => "counterpart",
                c if c == PLACE_COLOR => "place",
                c if c == DATE_COLOR => "date",
                _ => "other",
            };
            (h.range.clone(), kind)
        })
        .collect();
    // The Cairo leg's two sentences, then the names the visit used in them.
    let selected: Vec<_> = shown.iter().filter(|(_, k)| *k == "selected").collect();
    assert_eq!(selected, [&(0..192, "selected"), &(534..738, "selected")]);
    assert!(shown.contains(&(29..42, "visitor")), "{shown:?}");
    assert!(shown.contains(&(58..75, "counterpart")), "{shown:?}");
    assert!(shown.contains(&(79..86, "place")), "{shown:?}");
    for (range, kind) in &shown {
        let inside = range.end <= 192 || (534 <= range.start && range.end <= 738);
        assert!(
            inside && *kind != "other",
            "{range:?} {kind} outside the selected leg"
        );
    }
    harness.state_mut().apply(Command::SetAllEvidence(true));
    harness.run();
    let app = harness.state();
    assert!(app.highlights().contains(&Highlight {
        range: 2028..2221,
        color: EVIDENCE_COLOR
    }));
    assert!(app.highlights().iter().any(|h| h.color == PERSON_COLOR));
}

#[test]
fn every_recognized_name_is_tinted_by_kind_behind_the_toggle() {
    let mut harness = harness(None);
    harness.state_mut().apply(Command::SetAllEvidence(true));
    harness.state_mut().apply(Command::Select(SEED_001.into()));
    harness.run();
    let app = harness.state();
    let text = app.articles()[1].text.clone();
    let has = |range: std::ops::Range<usize>, color| {
        harness
            .state()
            .highlights()
            .contains(&Highlight { range, color })
    };
    // Outside every evidence sentence (those are 0..192, 2028..2221 and
    // 2222..2286): the engine's recognized names, tinted by kind.
    for (range, color, name) in [
        (245..254, PERSON_COLOR, "عباس كامل"),
        (565..572, PLACE_COLOR, "القاهرة"),
        (1238..1246, PERSON_COLOR, "جو بايدن"),
        (1250..1257, DATE_COLOR, "31 مايو"),
    ] {
        assert_eq!(chars(&text, range.clone()), name);
        assert!(has(range.clone(), color), "{name} at {range:?}");
    }
    // In the Cairo sentence the visit's roles keep their own tints, and no
    // plain person tint is laid over them.
    assert!(has(29..42, VISITOR_COLOR), "أنتوني بلينكن");
    assert!(has(58..75, COUNTERPART_COLOR), "عبد الفتاح السيسي");
    assert!(has(79..86, PLACE_COLOR), "القاهرة");
    assert!(has(87..98, DATE_COLOR), "يوم الاثنين");
    assert!(
        !app.highlights()
            .iter()
            .any(|h| h.color == PERSON_COLOR && h.range.start < 192),
        "{:?}",
        app.highlights()
    );
    let place_tints_in_cairo_sentence = app
        .highlights()
        .iter()
        .filter(|h| h.color == PLACE_COLOR && h.range.end <= 192)
        .count();
    // القاهرة once (its role tint), غزة and إسرائيل from the engine.
    assert_eq!(place_tints_in_cairo_sentence, 3);

    // The toggle turns every name tint off; the evidence stays.
    harness.state_mut().apply(Command::SetTint(false));
    harness.run();
    let app = harness.state();
    assert!(app.highlights().contains(&Highlight {
        range: 0..192,
        color: EVIDENCE_COLOR
    }));
    assert!(
        app.highlights().iter().all(|h| ![
            PERSON_COLOR,
            VISITOR_COLOR,
            COUNTERPART_COLOR,
            PLACE_COLOR,
            DATE_COLOR
        ]
        .contains(&h.color)),
        "{:?}",
        app.highlights()
    );
}

#[test]
fn dragging_over_text_enables_add_visit_from_selection() {
    let mut harness = harness(None);
    harness.state_mut().apply(Command::Select(SEED_001.into()));
    harness.run();
    let text = harness.get_by_label(jawla::ui::viewer::ACCESS_LABEL).rect();
    let from = egui::pos2(text.right() - 30.0, text.top() + 24.0);
    let to = egui::pos2(text.right() - 300.0, text.top() + 24.0);
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    harness.hover_at(to);
    harness.run();
    harness.drop_at(to);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Add visit from selection")
        .click();
    harness.run();
    assert!(harness.state().review().add_form_open());
    harness.get_by_role_and_label(Role::Button, "Add visit");
}

#[test]
fn re_extraction_after_a_date_change_keeps_the_corrections() {
    let mut harness = harness(None);
    let edit = edit_cairo(&mut harness);
    let cairo = key_of(harness.state(), "Cairo 2024-06-12 Antony Blinken");
    harness.state_mut().apply(Command::SetPublished(
        SEED_001.into(),
        Some(date(2024, 6, 3)),
    ));
    settle(&mut harness);
    let app = harness.state();
    assert_eq!(app.articles()[1].published, Some(date(2024, 6, 3)));
    assert_eq!(app.review().corrections(), [edit]);
    assert!(app.review().unapplied().is_empty());
    // The engine read "يوم الاثنين" against the new date...
    let engine_cairo = app
        .review()
        .engine_timeline()
        .iter()
        .find(|v| {
            v.evidence
                .iter()
                .any(|e| e.path == SEED_001 && e.start == 0)
        })
        .expect("the engine still finds the Cairo leg");
    assert_eq!(engine_cairo.date, Some(date(2024, 6, 3)));
    // ...and the analyst's date still wins.
    let leg = app.review().find(&cairo).expect("the corrected leg");
    assert_eq!(leg.visit.date, Some(date(2024, 6, 12)));
    assert!(leg.edited);
}

#[test]
fn a_change_is_autosaved_once_the_workspace_is_quiet() {
    let dir = temp_dir("autosave");
    let path = dir.join("workspace.json");
    let mut harness = harness(Some(path.clone()));
    let on_disk = |path: &Path| {
        jawla::workspace::store::load(path)
            .expect("the autosaved file loads")
            .corrections
    };
    // The first run's workspace (the seeds) was written once quiet.
    std::thread::sleep(jawla::app::session::AUTOSAVE_DELAY);
    harness.step();
    assert_eq!(harness.state().workspace_path(), Some(path.as_path()));
    assert!(on_disk(&path).is_empty());
    let edit = edit_cairo(&mut harness);
    std::thread::sleep(jawla::app::session::AUTOSAVE_DELAY);
    // Frames keep coming (the app asked for a repaint after the delay).
    harness.step();
    harness.step();
    assert_eq!(on_disk(&path), [edit]);
}

/// When no file dialog gives a path (none could appear: no portal, headless),
/// the window says so and offers a path field; the export goes there and the
/// status bar says where.
#[test]
fn without_a_file_dialog_a_path_field_exports_and_the_status_bar_says_where() {
    use egui::{Key, Modifiers};
    let dir = temp_dir("no-dialog");
    let path = dir.join("timeline.json");
    let mut harness = harness(None);
    common::settle(&mut harness);
    harness
        .state_mut()
        .prompt_path(jawla::app::PathAction::Export(Format::Json));
    harness.run();
    harness.get_by_label_contains("No file was chosen. If no file dialog appeared");
    harness.get_by_label("Path").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Path")
        .type_text(&path.to_string_lossy());
    harness.run();
    harness.get_by_label("Export to this path").click();
    harness.run();
    harness.run();
    let written = std::fs::read_to_string(&path).expect("exported");
    assert!(written.contains("\"timeline\""), "{written}");
    let legs = harness.state().review().legs().len();
    harness.get_by_label(&format!(
        "Exported {legs} legs as JSON (jawla) to {}",
        path.display()
    ));
    assert!(
        harness
            .query_by_label_contains("No file was chosen")
            .is_none()
    );
}
