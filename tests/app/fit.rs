//! A window that fits (issue 12, item 6): the real app at 600×400,
//! 1200×780 and 2560×1440, and the divider between reader and review area
//! remembered.

use eframe::egui;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jawla::app::{JawlaApp, PersistedState};

use crate::common::settle;

/// The app at `width` × `height` with `state` (the seeds open).
fn harness_at(width: f32, height: f32, state: PersistedState) -> Harness<'static, JawlaApp> {
    let mut harness = Harness::builder()
        .with_size([width, height])
        .with_theme(egui::Theme::Light)
        .with_render_cursor(false)
        .build_eframe(move |cc| JawlaApp::with_state(&cc.egui_ctx, state));
    settle(&mut harness);
    harness
}

/// Selects the first leg that has at least one counterpart.
fn select_a_leg_with_counterparts(harness: &mut Harness<'static, JawlaApp>) {
    let key = harness
        .state()
        .review()
        .legs()
        .iter()
        .find(|l| !l.visit.counterparts.is_empty())
        .map(|l| l.key.clone())
        .expect("a seed leg with counterparts");
    harness.state_mut().select_leg(&key);
    harness.run();
}

#[test]
fn at_1200x780_the_editor_shows_counterparts_and_remove_and_the_table_its_date() {
    let mut harness = harness_at(1200.0, 780.0, PersistedState::default());
    select_a_leg_with_counterparts(&mut harness);
    let removes = harness.query_all_by_label("Remove").collect::<Vec<_>>();
    assert!(!removes.is_empty(), "a Remove button per counterpart");
    for remove in &removes {
        let r = remove.rect();
        assert!(r.max.x <= 1200.0, "Remove cut at the right: {r:?}");
    }
    let apply = harness.get_by_label("Apply changes").rect();
    harness.get_by_label("Table").click();
    harness.run();
    let date = harness.get_by_role_and_label(Role::Button, "Date").rect();
    assert!(
        date.max.x <= apply.min.x,
        "the Date column ({date:?}) is left of the editor ({apply:?})"
    );
}

#[test]
fn at_600x400_the_reader_the_files_and_the_review_tabs_all_stay() {
    let mut harness = harness_at(600.0, 400.0, PersistedState::default());
    harness.run();
    let reader = harness.get_by_role(Role::Document).rect();
    assert!(reader.height() >= 80.0, "the reader is visible: {reader:?}");
    assert!(
        reader.max.x <= 600.0 && reader.width() >= 200.0,
        "{reader:?}"
    );
    let tab = harness.get_by_label("Timeline").rect();
    assert!(tab.max.y <= 400.0 && tab.min.y > reader.min.y, "{tab:?}");
    let export = harness.get_by_label("Export…").rect();
    assert!(export.max.x <= 600.0, "the review bar fits: {export:?}");
    // The status bar's last part, the article's file and size, is not cut.
    let file = harness.get_by_label_contains("characters").rect();
    assert!(file.max.x <= 600.0, "the status bar fits: {file:?}");
}

#[test]
fn at_2560x1440_the_reader_keeps_a_readable_measure_centred() {
    let harness = harness_at(2560.0, 1440.0, PersistedState::default());
    let reader = harness.get_by_role(Role::Document).rect();
    // 90 characters of about half an em at 20 points, plus padding.
    assert!(reader.width() <= 1000.0, "reader {reader:?}");
    let files = harness.get_by_label("Filter articles").rect();
    let left = reader.min.x - files.max.x.min(reader.min.x);
    assert!(left > 300.0, "centred, not at the left: {reader:?}");
}

#[test]
fn the_divider_between_reader_and_review_is_restored() {
    let state = PersistedState {
        review_height: Some(250.0),
        ..PersistedState::default()
    };
    let harness = harness_at(1200.0, 780.0, state);
    let tab = harness.get_by_label("Timeline").rect();
    // The review area's top is 250 points above the status bar.
    assert!(
        (780.0 - 250.0 - 40.0..780.0 - 250.0).contains(&tab.min.y),
        "review bar at {tab:?}"
    );
    assert_eq!(harness.state().persisted().review_height, Some(250.0));
    let json = harness.state().persisted().to_json();
    let back = PersistedState::from_json(&json).expect("reads back");
    assert_eq!(back.review_height, Some(250.0));
}
