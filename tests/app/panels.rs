//! The review panels (timeline, table, leg editor) driven through
//! egui_kittest, hosted the way the app hosts them: the panels return
//! actions, the host applies them after drawing (corrections are replayed
//! with `review::apply`).
//!
//! Snapshots (`tests/snapshots/*.png`): regenerate with
//! `UPDATE_SNAPSHOTS=1 cargo test --test app panels::` and look at them.

use chrono::NaiveDate;
use eframe::egui::{self, Key, Modifiers, Role, accesskit::Toggled};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jawla::model::{ExtractOutput, Status, Visit};
use jawla::review::filter::LegFilter;
use jawla::review::{self, Correction, FieldEdit, LegKey, ReviewedLeg};
use jawla::ui::Command;
use jawla::ui::leg_editor::LegEditor;
use jawla::ui::table::TablePanel;
use jawla::ui::timeline::TimelinePanel;

fn engine() -> Vec<Visit> {
    let out: ExtractOutput = serde_json::from_str(include_str!("../fixtures/seed_timeline.json"))
        .expect("tests/fixtures/seed_timeline.json is an ExtractOutput");
    out.timeline
}

fn date(s: &str) -> NaiveDate {
    s.parse().expect("valid test date")
}

/// What the app keeps: the engine's legs, the corrections, the reviewed
/// legs, the shared filter and selection, the panels, and every action seen.
struct Host {
    engine: Vec<Visit>,
    corrections: Vec<Correction>,
    legs: Vec<ReviewedLeg>,
    filter: LegFilter,
    selected: Option<LegKey>,
    timeline: TimelinePanel,
    table: TablePanel,
    editor: LegEditor,
    actions: Vec<Command>,
}

impl Host {
    fn new() -> Host {
        let engine = engine();
        let legs = review::apply(&engine, &[]).legs;
        Host {
            engine,
            corrections: Vec::new(),
            legs,
            filter: LegFilter::default(),
            selected: None,
            timeline: TimelinePanel::new(),
            table: TablePanel::new(),
            editor: LegEditor::new(),
            actions: Vec::new(),
        }
    }

    /// Applies actions after drawing, as the app does.
    fn apply(&mut self, actions: Vec<Command>) {
        for a in &actions {
            match a {
                Command::SelectLeg(k) => self.selected = Some(k.clone()),
                Command::Deselect => self.selected = None,
                Command::Correct(c) => {
                    self.corrections.push(c.clone());
                    self.legs = review::apply(&self.engine, &self.corrections).legs;
                }
                other => panic!("a review panel emitted {other:?}"),
            }
        }
        self.actions.extend(actions);
    }

    /// The key of the leg in `city`/`country` on `day`.
    fn key(&self, place: &str, day: Option<&str>) -> LegKey {
        self.legs
            .iter()
            .find(|l| {
                crate_place(&l.visit) == place
                    && l.visit.date.map(|d| d.to_string()).as_deref() == day
            })
            .map(|l| l.key.clone())
            .expect("the seed fixture has this leg")
    }
}

fn crate_place(v: &Visit) -> String {
    jawla::timeline::place_label(v)
}

/// Draws `add` on the app's panel background, as a host panel does.
fn framed<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let everything = ui.ctx().content_rect();
    ui.painter()
        .with_clip_rect(everything)
        .rect_filled(everything, 0.0, ui.visuals().panel_fill);
    egui::Frame::central_panel(ui.style()).show(ui, add).inner
}

fn setup(ctx: &egui::Context) {
    jawla::app::fonts::install(ctx, None);
}

fn timeline_harness(host: Host, size: (f32, f32)) -> Harness<'static, Host> {
    Harness::builder()
        .with_size(size)
        .with_theme(egui::Theme::Light)
        .with_context_setup(setup)
        .build_ui_state(
            |ui, h: &mut Host| {
                let a = framed(ui, |ui| {
                    h.timeline.show(ui, &h.legs, &h.filter, h.selected.as_ref())
                });
                h.apply(a);
            },
            host,
        )
}

/// Editor on top, timeline below: the review screen without the viewer.
fn review_harness(host: Host) -> Harness<'static, Host> {
    Harness::builder()
        .with_size((1200.0, 900.0))
        .with_theme(egui::Theme::Light)
        .with_context_setup(setup)
        .build_ui_state(
            |ui, h: &mut Host| {
                let a = h.editor.show(ui, &h.legs, h.selected.as_ref());
                ui.separator();
                let b = h.timeline.show(ui, &h.legs, &h.filter, h.selected.as_ref());
                h.apply(a);
                h.apply(b);
            },
            host,
        )
}

/// Table (with its filter bar) on top, timeline below, sharing one filter.
fn table_harness(host: Host) -> Harness<'static, Host> {
    Harness::builder()
        .with_size((1300.0, 800.0))
        .with_theme(egui::Theme::Light)
        .with_context_setup(setup)
        .build_ui_state(
            |ui, h: &mut Host| {
                let a = ui
                    .allocate_ui(egui::vec2(ui.available_width(), 360.0), |ui| {
                        h.table
                            .show(ui, &h.legs, &mut h.filter, h.selected.as_ref())
                    })
                    .inner;
                ui.separator();
                let b = h.timeline.show(ui, &h.legs, &h.filter, h.selected.as_ref());
                h.apply(a);
                h.apply(b);
            },
            host,
        )
}

#[test]
fn clicking_a_mark_selects_its_leg() {
    let host = Host::new();
    let cairo = host.key("Cairo", Some("2024-06-10"));
    let mut harness = timeline_harness(host, (1200.0, 420.0));
    harness.run();
    harness
        .get_by_label("Cairo 2024-06-10 Antony Blinken")
        .click();
    harness.run();
    assert_eq!(harness.state().actions, [Command::SelectLeg(cairo.clone())]);
    assert_eq!(harness.state().selected, Some(cairo));
    // The selected mark says so to screen readers.
    assert_eq!(
        harness
            .get_by_label("Cairo 2024-06-10 Antony Blinken")
            .accesskit_node()
            .toggled(),
        Some(Toggled::True)
    );
}

#[test]
fn editing_the_date_emits_an_edit_and_moves_the_mark() {
    let mut host = Host::new();
    let cairo = host.key("Cairo", Some("2024-06-10"));
    host.selected = Some(cairo.clone());
    let mut harness = review_harness(host);
    harness.run();
    let before = harness
        .state()
        .timeline
        .mark_pos(&cairo)
        .expect("the Cairo leg is drawn");
    let axis = harness.state().timeline.axis().expect("axis after a frame");
    let jerusalem = harness.state().key("Jerusalem", Some("2024-06-10"));
    let tel_aviv = harness.state().key("Tel Aviv", Some("2024-02-08"));
    let tel_aviv_before = harness
        .state()
        .timeline
        .mark_pos(&tel_aviv)
        .expect("the Tel Aviv leg is drawn");
    let jerusalem_before = harness
        .state()
        .timeline
        .mark_pos(&jerusalem)
        .expect("the Jerusalem leg is drawn");

    let field = harness.get_by_role_and_label(Role::TextInput, "Date");
    field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Date")
        .type_text("2024-06-12");
    harness.run();
    harness.get_by_label("Apply changes").click();
    harness.run();

    assert_eq!(
        harness.state().actions,
        [Command::Correct(Correction::Edit {
            target: cairo.clone(),
            changes: vec![FieldEdit::Date(Some(date("2024-06-12")))],
        })]
    );
    let leg = harness
        .state()
        .legs
        .iter()
        .find(|l| l.key == cairo)
        .expect("an edit keeps the leg's key");
    assert_eq!(leg.visit.date, Some(date("2024-06-12")));
    assert_eq!(leg.edited_fields, [review::Field::Date]);

    // Same zoom and pan: the mark moves right by exactly two days.
    assert_eq!(harness.state().timeline.axis(), Some(axis));
    let after = harness
        .state()
        .timeline
        .mark_pos(&cairo)
        .expect("the Cairo leg is still drawn");
    let two_days = (2.0 * axis.px_per_day) as f32;
    assert!(
        (after.x - before.x - two_days).abs() < 0.01,
        "moved {} px, expected {two_days}",
        after.x - before.x
    );
    // Vertically: the whole panel moved down under the editor's new
    // "edited" note by `shift` (the untouched Tel Aviv leg shows by how
    // much). Jerusalem (10 June) now comes first in time, so it takes the top
    // label row; Cairo (12 June) goes below the June trip's undated range
    // (row 2).
    let pos = |k: &LegKey| {
        harness
            .state()
            .timeline
            .mark_pos(k)
            .expect("every leg is still drawn")
    };
    let shift = pos(&tel_aviv).y - tel_aviv_before.y;
    let row = jawla::timeline::Style::default().row_height;
    assert_eq!(pos(&tel_aviv).x, tel_aviv_before.x);
    assert_eq!(pos(&jerusalem).x, jerusalem_before.x);
    assert_eq!(pos(&jerusalem).y - jerusalem_before.y, shift - row);
    assert_eq!(after.y - before.y, shift + 2.0 * row);
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Cairo 2024-06-12 Antony Blinken")
            .is_some()
    );
    // The editor shows which field was edited.
    assert!(harness.query_by_label("edited: date").is_some());
}

#[test]
fn unchecking_planned_hides_planned_legs_in_table_and_timeline() {
    let mut harness = table_harness(Host::new());
    harness.run();
    assert_eq!(harness.state().table.rows().len(), 10);
    assert_eq!(harness.state().timeline.drawn_marks().len(), 10);
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Jerusalem 2024-06-10 Antony Blinken")
            .is_some()
    );

    harness
        .get_by_role_and_label(Role::CheckBox, "planned")
        .click();
    harness.run();

    let h = harness.state();
    assert!(!h.filter.statuses.contains(&Status::Planned));
    let planned: Vec<&LegKey> = h
        .legs
        .iter()
        .filter(|l| l.visit.status == Status::Planned)
        .map(|l| &l.key)
        .collect();
    assert_eq!(planned.len(), 3);
    assert_eq!(h.table.rows().len(), 7);
    assert_eq!(h.timeline.drawn_marks().len(), 7);
    for k in planned {
        assert!(!h.table.rows().contains(k));
        assert!(h.timeline.drawn_marks().iter().all(|m| m.key != *k));
    }
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Jerusalem 2024-06-10 Antony Blinken")
            .is_none()
    );
}

#[test]
fn a_confidence_threshold_hides_the_legs_under_it_in_table_and_timeline() {
    let mut host = Host::new();
    // The fixture's legs are all 1.0: give them the engine's scores.
    for (l, c) in host
        .legs
        .iter_mut()
        .zip([0.8, 0.85, 0.9, 0.97, 0.83].iter().cycle())
    {
        l.visit.confidence = *c;
    }
    let mut harness = table_harness(host);
    harness.run();
    // The filter bar's "confidence ≥" field sets this.
    harness.state_mut().filter.min_confidence = 0.9;
    harness.run();
    let h = harness.state();
    let kept: Vec<&LegKey> = h
        .legs
        .iter()
        .filter(|l| l.visit.confidence >= 0.895)
        .map(|l| &l.key)
        .collect();
    assert!(!kept.is_empty() && kept.len() < h.legs.len());
    assert_eq!(h.table.rows().len(), kept.len());
    assert_eq!(h.timeline.drawn_marks().len(), kept.len());
    for k in kept {
        assert!(h.table.rows().contains(k));
    }
}

#[test]
fn header_clicks_sort_rows_by_date_both_ways() {
    let mut harness = table_harness(Host::new());
    harness.run();
    let dates = |h: &Harness<'_, Host>| -> Vec<String> {
        let s = h.state();
        s.table
            .rows()
            .iter()
            .map(|k| {
                let l = s.legs.iter().find(|l| l.key == *k).expect("row is a leg");
                format!(
                    "{} {}",
                    l.visit.date.map_or("-".to_owned(), |d| d.to_string()),
                    jawla::timeline::place_label(&l.visit)
                )
            })
            .collect()
    };
    // Sort by country first, then by date.
    harness
        .get_by_role_and_label(Role::Button, "Country")
        .click();
    harness.run();
    assert_eq!(
        dates(&harness),
        [
            "- Cairo",
            "2024-06-10 Cairo",
            "2024-02-07 إسرائيل",
            "2024-02-08 Tel Aviv",
            "2024-06-10 Jerusalem",
            "2024-08-19 إسرائيل",
            "- الأردن",
            "- قطر",
            "- قطر",
            "2024-02-05 السعودية",
        ]
        .map(String::from)
    );
    harness.get_by_role_and_label(Role::Button, "Date").click();
    harness.run();
    let ascending = [
        "2024-02-05 السعودية",
        "2024-02-07 إسرائيل",
        "2024-02-08 Tel Aviv",
        "2024-06-10 Cairo",
        "2024-06-10 Jerusalem",
        "2024-08-19 إسرائيل",
        "- Cairo",
        "- قطر",
        "- الأردن",
        "- قطر",
    ]
    .map(String::from);
    assert_eq!(dates(&harness), ascending);
    // Again: descending (undated first, ties still in engine order).
    harness.get_by_role_and_label(Role::Button, "Date").click();
    harness.run();
    assert_eq!(
        dates(&harness),
        [
            "- Cairo",
            "- قطر",
            "- الأردن",
            "- قطر",
            "2024-08-19 إسرائيل",
            "2024-06-10 Cairo",
            "2024-06-10 Jerusalem",
            "2024-02-08 Tel Aviv",
            "2024-02-07 إسرائيل",
            "2024-02-05 السعودية",
        ]
        .map(String::from)
    );
}

/// In the Arabic table the Country column sorts by the country's Arabic
/// name, as shown and without its article (as UN Arabic lists sort):
/// «الأردن، إسرائيل، السعودية، قطر، مصر», not by ISO code (EG, IL, JO, QA,
/// SA: Egypt first, Saudi Arabia last), nor with the article («الأردن» after
/// «إسرائيل», among the alef-lams).
#[test]
fn in_arabic_the_country_column_sorts_by_the_arabic_name() {
    let mut harness = table_harness(Host::new());
    jawla::ui::tr::set_lang(&harness.ctx, jawla::i18n::Lang::Ar);
    harness.run();
    let title = jawla::ui::table::Column::Country.title(jawla::i18n::Lang::Ar);
    harness.get_by_role_and_label(Role::Button, &title).click();
    harness.run();
    let s = harness.state();
    let mut countries: Vec<String> = (s.table.rows().iter())
        .map(|k| {
            let l = s.legs.iter().find(|l| l.key == *k).expect("row is a leg");
            jawla::i18n::country_name(jawla::i18n::Lang::Ar, &l.visit.place.country)
        })
        .collect();
    countries.dedup();
    assert_eq!(countries, ["الأردن", "إسرائيل", "السعودية", "قطر", "مصر"]);
}

#[test]
fn clicking_a_row_selects_the_leg_and_highlights_the_row() {
    let host = Host::new();
    let tel_aviv = host.key("Tel Aviv", Some("2024-02-08"));
    let mut harness = table_harness(host);
    harness.run();
    harness
        .get_by_role_and_label(Role::Row, "Tel Aviv 2024-02-08 Antony Blinken")
        .click();
    harness.run();
    assert_eq!(
        harness.state().actions,
        [Command::SelectLeg(tel_aviv.clone())]
    );
    assert_eq!(
        harness
            .get_by_role_and_label(Role::Row, "Tel Aviv 2024-02-08 Antony Blinken")
            .accesskit_node()
            .toggled(),
        Some(Toggled::True)
    );
}

#[test]
fn snapshot_timeline_of_the_five_seeds() {
    let mut harness = timeline_harness(Host::new(), (1200.0, 330.0));
    harness.run();
    harness.snapshot("timeline_seeds");
}

#[test]
fn snapshot_timeline_with_a_selected_edited_leg() {
    let mut host = Host::new();
    let cairo = host.key("Cairo", Some("2024-06-10"));
    host.apply(vec![
        Command::SelectLeg(cairo.clone()),
        Command::Correct(Correction::Edit {
            target: cairo,
            changes: vec![FieldEdit::Status(Status::Cancelled)],
        }),
    ]);
    let mut harness = timeline_harness(host, (1200.0, 330.0));
    harness.run();
    harness.snapshot("timeline_selected_edited");
}

#[test]
fn snapshot_table_of_the_five_seeds() {
    let mut host = Host::new();
    let cairo = host.key("Cairo", Some("2024-06-10"));
    host.selected = Some(cairo);
    let mut harness = Harness::builder()
        .with_size((1300.0, 360.0))
        .with_theme(egui::Theme::Light)
        .with_context_setup(setup)
        .build_ui_state(
            |ui, h: &mut Host| {
                let a = framed(ui, |ui| {
                    h.table
                        .show(ui, &h.legs, &mut h.filter, h.selected.as_ref())
                });
                h.apply(a);
            },
            host,
        );
    harness.run();
    harness.snapshot("table_seeds");
}

fn editor_harness(host: Host) -> Harness<'static, Host> {
    Harness::builder()
        .with_size((900.0, 700.0))
        .with_theme(egui::Theme::Light)
        .with_context_setup(setup)
        .build_ui_state(
            |ui, h: &mut Host| {
                let a = framed(ui, |ui| h.editor.show(ui, &h.legs, h.selected.as_ref()));
                h.apply(a);
            },
            host,
        )
}

#[test]
fn ctrl_wheel_zooms_around_the_pointer() {
    let host = Host::new();
    let cairo = host.key("Cairo", Some("2024-06-10"));
    let mut harness = timeline_harness(host, (1200.0, 420.0));
    harness.run();
    let axis = harness.state().timeline.axis().expect("axis after a frame");
    let before = harness.state().timeline.mark_pos(&cairo).expect("drawn");
    let pointer = egui::pos2(600.0, 200.0);
    harness.hover_at(pointer);
    harness.event(egui::Event::Zoom(2.0));
    harness.run();
    let zoomed = harness.state().timeline.axis().expect("axis");
    assert!((zoomed.px_per_day - 2.0 * axis.px_per_day).abs() < 1e-9);
    // The day under the pointer stays put: every x doubles its distance to it.
    let after = harness.state().timeline.mark_pos(&cairo).expect("drawn");
    let expected = pointer.x + 2.0 * (before.x - pointer.x);
    assert!(
        (after.x - expected).abs() < 0.01,
        "Cairo at {} after zoom, expected {expected}",
        after.x
    );
    // "Fit all" goes back to the first view.
    harness.get_by_label("Fit all").click();
    harness.run();
    assert_eq!(harness.state().timeline.axis(), Some(axis));
}

#[test]
fn dragging_pans_the_axis_with_the_pointer() {
    let host = Host::new();
    let cairo = host.key("Cairo", Some("2024-06-10"));
    let mut harness = timeline_harness(host, (1200.0, 420.0));
    harness.run();
    let axis = harness.state().timeline.axis().expect("axis after a frame");
    let before = harness.state().timeline.mark_pos(&cairo).expect("drawn");
    // Press on empty timeline space, move 40 px then 120 px more, release.
    let start = egui::pos2(500.0, 300.0);
    harness.drag_at(start);
    harness.run();
    for x in [540.0, 660.0] {
        harness.hover_at(egui::pos2(x, 300.0));
        harness.run();
    }
    harness.drop_at(egui::pos2(660.0, 300.0));
    harness.run();
    let panned = harness.state().timeline.axis().expect("axis");
    assert_eq!(panned.px_per_day, axis.px_per_day);
    let after = harness.state().timeline.mark_pos(&cairo).expect("drawn");
    // Content follows the pointer: the whole 160 px drag moves every mark.
    assert!(
        (after.x - before.x - 160.0).abs() < 0.01,
        "moved {}",
        after.x - before.x
    );
    // Nothing was selected by the drag.
    assert!(harness.state().actions.is_empty());
}

#[test]
fn hovering_a_mark_shows_sources_rules_and_counterparts() {
    let mut harness = timeline_harness(Host::new(), (1200.0, 420.0));
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Tel Aviv 2024-02-08 Antony Blinken")
        .hover();
    harness.run();
    for text in [
        "US Secretary of State",
        "2024-02-08",
        "Yair Lapid",
        "004_3f1d5f2e66b3e922.txt",
        "fixture",
        "100%",
    ] {
        assert!(
            harness.query_by_label(text).is_some(),
            "the hover card shows {text:?}"
        );
    }
    // The status, next to the legend's "occurred".
    assert_eq!(harness.query_all_by_label("occurred").count(), 2);
}

#[test]
fn delete_merge_and_split_emit_their_corrections() {
    let mut host = Host::new();
    let cairo = host.key("Cairo", Some("2024-06-10"));
    let tel_aviv = host.key("Tel Aviv", Some("2024-02-08"));
    host.selected = Some(cairo.clone());
    let mut harness = editor_harness(host);
    harness.run();
    // A leg from one article was never merged: nothing to split.
    assert!(
        harness
            .get_by_role_and_label(Role::Button, "Split")
            .accesskit_node()
            .is_disabled()
    );

    harness
        .get_by_role_and_label(Role::ComboBox, "Merge with…")
        .click();
    harness.run();
    harness
        .get_by_label("Tel Aviv 2024-02-08 Antony Blinken")
        .click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Merge").click();
    harness.run();
    assert_eq!(
        harness.state().actions,
        [Command::Correct(Correction::Merge {
            into: cairo.clone(),
            from: tel_aviv.clone(),
        })]
    );
    let merged = harness
        .state()
        .legs
        .iter()
        .find(|l| l.key == cairo)
        .expect("the merge keeps the target's key");
    assert!(merged.merged);
    assert!(harness.query_by_label("merged from 2 legs").is_some());

    harness.get_by_role_and_label(Role::Button, "Split").click();
    harness.run();
    assert_eq!(
        harness.state().actions[1],
        Command::Correct(Correction::Split {
            target: cairo.clone()
        })
    );
    assert!(harness.state().legs.iter().any(|l| l.key == tel_aviv));

    harness.get_by_label("Delete leg").click();
    harness.run();
    assert_eq!(
        harness.state().actions[2..],
        [
            Command::Correct(Correction::Delete {
                target: cairo.clone()
            }),
            Command::Deselect,
        ]
    );
    assert!(harness.state().legs.iter().all(|l| l.key != cairo));
    assert!(harness.query_by_label("Apply changes").is_none());
}

#[test]
fn invalid_date_in_the_editor_is_refused_with_a_message() {
    let mut host = Host::new();
    let cairo = host.key("Cairo", Some("2024-06-10"));
    host.selected = Some(cairo);
    let mut harness = editor_harness(host);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Date")
        .focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Date")
        .type_text("2024-02-30");
    harness.run();
    assert!(
        harness
            .get_by_role_and_label(Role::Button, "Apply changes")
            .accesskit_node()
            .is_disabled()
    );
    assert!(
        harness
            .query_by_label("Date: \"2024-02-30\" is not a date in the form YYYY-MM-DD")
            .is_some()
    );
    harness.get_by_label("Apply changes").click();
    harness.run();
    assert!(harness.state().actions.is_empty());
}

#[test]
fn table_date_range_filters_both_panels_and_ignores_a_half_typed_date() {
    let mut harness = table_harness(Host::new());
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "From")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "From")
        .type_text("2024-06");
    harness.run();
    // Not a date yet: the filter is unchanged.
    assert_eq!(harness.state().filter.from, None);
    assert_eq!(harness.state().table.rows().len(), 10);
    harness
        .get_by_role_and_label(Role::TextInput, "From")
        .type_text("-01");
    harness.run();
    assert_eq!(harness.state().filter.from, Some(date("2024-06-01")));
    // Dated from June on: Cairo, Jerusalem, 19 Aug; the four undated legs stay.
    assert_eq!(harness.state().table.rows().len(), 7);
    assert_eq!(harness.state().timeline.drawn_marks().len(), 7);
    harness.get_by_label("keep undated").click();
    harness.run();
    assert_eq!(harness.state().table.rows().len(), 3);
    assert_eq!(harness.state().timeline.drawn_marks().len(), 3);
}

/// `n` legs of one visitor, one a day from 1 January 2024 in Doha.
fn many_legs(n: usize) -> Host {
    let template = engine().remove(0);
    let start = date("2024-01-01");
    let engine: Vec<Visit> = (0..n)
        .map(|i| {
            let mut v = template.clone();
            v.date = Some(start + chrono::Duration::days(i as i64));
            v.place.country = "QA".into();
            v.place.city = Some(format!("Doha {i}"));
            v.trip = None;
            for e in &mut v.evidence {
                e.start = i * 100;
                e.end = i * 100 + 50;
            }
            v
        })
        .collect();
    let legs = review::apply(&engine, &[]).legs;
    Host {
        engine,
        legs,
        ..Host::new()
    }
}

#[test]
fn a_selection_made_elsewhere_scrolls_into_view_in_table_and_timeline() {
    let host = many_legs(400);
    let last = host.legs[399].key.clone();
    let label = leg_name(&host.legs[399].visit);
    let mut harness = table_harness(host);
    harness.run();
    for _ in 0..6 {
        harness.get_by_label("+").click();
        harness.run();
    }
    let plot_x = |h: &Harness<'_, Host>| {
        let t = &h.state().timeline;
        let axis = t.axis().expect("axis");
        let first = t.drawn_marks()[0].pos.x - axis.x_of_date(date("2024-01-01"));
        let x = t.mark_pos(&last).expect("drawn").x - first;
        (x, axis.x0..=axis.x0 + axis.width)
    };
    // Far below the table's visible rows and, zoomed in, right of the
    // timeline's plotting area: neither shows it.
    assert!(harness.query_by_role_and_label(Role::Row, &label).is_none());
    let (x, plot) = plot_x(&harness);
    assert!(!plot.contains(&x), "x = {x}");
    assert!(
        harness
            .query_by_role_and_label(Role::Button, &label)
            .is_none()
    );

    harness.state_mut().selected = Some(last.clone());
    harness.run_steps(12);
    let row = harness.get_by_role_and_label(Role::Row, &label);
    assert_eq!(row.accesskit_node().toggled(), Some(Toggled::True));
    let (x, plot) = plot_x(&harness);
    assert!(plot.contains(&x), "x = {x}");
    assert!(
        harness
            .query_by_role_and_label(Role::Button, &label)
            .is_some()
    );
}

fn leg_name(v: &Visit) -> String {
    jawla::ui::legs::leg_label(v)
}

#[test]
fn snapshot_timeline_zoomed_to_days_on_the_february_trip() {
    let mut host = Host::new();
    host.selected = Some(host.key("إسرائيل", Some("2024-02-07")));
    let mut harness = timeline_harness(host, (1200.0, 330.0));
    harness.run();
    for _ in 0..7 {
        harness.get_by_label("+").click();
        harness.run();
    }
    harness.get_by_label("Selection").click();
    harness.run();
    let axis = harness.state().timeline.axis().expect("axis");
    assert_eq!(
        axis.tick_unit(jawla::timeline::Style::default().min_tick_spacing),
        jawla::timeline::TickUnit::Day
    );
    harness.remove_cursor();
    harness.run();
    harness.snapshot("timeline_seeds_days");
}

#[test]
fn add_visit_from_selection_emits_an_add_correction() {
    use jawla::ui::leg_editor::AddLegForm;
    let text = "وصل وزير الخارجية المصري سامح شكري إلى عمّان أمس";
    let evidence = review::evidence_from_selection("news/a.txt", text, 0, 44)
        .expect("the selection is inside the text");
    let mut form = AddLegForm::new();
    form.open(evidence.clone(), None);
    let mut harness = Harness::builder()
        .with_size((900.0, 700.0))
        .with_theme(egui::Theme::Light)
        .with_context_setup(setup)
        .build_ui_state(
            |ui, (form, actions): &mut (AddLegForm, Vec<Command>)| {
                let a = framed(ui, |ui| form.show(ui));
                actions.extend(a);
            },
            (form, Vec::new()),
        );
    harness.run();
    // Nothing typed yet: the visitor's name and the country are missing.
    assert!(
        harness
            .get_by_role_and_label(Role::Button, "Add visit")
            .accesskit_node()
            .is_disabled()
    );
    for (field, value) in [
        ("Visitor (Arabic)", "سامح شكري"),
        ("Visitor (English)", "Sameh Shoukry"),
        ("Country", "jo"),
        ("City", "Amman"),
        ("Date", "2024-06-10"),
    ] {
        harness
            .get_by_role_and_label(Role::TextInput, field)
            .focus();
        harness.run();
        harness
            .get_by_role_and_label(Role::TextInput, field)
            .type_text(value);
        harness.run();
    }
    harness
        .get_by_role_and_label(Role::Button, "Add visit")
        .click();
    harness.run();
    let (form, actions) = harness.state();
    assert!(!form.is_open());
    let [Command::Correct(Correction::Add { leg })] = actions.as_slice() else {
        panic!("expected one Add correction, got {actions:?}");
    };
    assert_eq!(leg.evidence, evidence);
    assert_eq!(leg.visitor.name_ar, "سامح شكري");
    assert_eq!(leg.visitor.name_en.as_deref(), Some("Sameh Shoukry"));
    assert_eq!(leg.place.country, "JO");
    assert_eq!(leg.place.city.as_deref(), Some("Amman"));
    assert_eq!(leg.date, Some(date("2024-06-10")));
    assert_eq!(leg.status, Status::Occurred);
}

#[test]
fn hostile_names_render_without_reordering_or_missing_glyphs() {
    let mut engine = engine();
    let v = &mut engine[0];
    v.visitor.name_ar = "أنتوني\u{202E} بلينكن\u{200F}\u{200C}\n\t".into();
    v.visitor.name_en = Some("Antony\u{202E}Blinken\u{200B}".into());
    v.visitor.role = Some("x".repeat(500));
    v.place.city = Some(format!("{}\u{2067}", "Riyadh ".repeat(40)));
    v.place.name_ar = "\u{202B}الرياض\u{202C}".into();
    v.date_text = Some("\u{FEFF}أمس\u{E0041}".into());
    let legs = review::apply(&engine, &[]).legs;
    let host = Host {
        engine,
        legs,
        ..Host::new()
    };
    let key = host.legs[0].key.clone();
    let mut harness = table_harness(host);
    harness.state_mut().selected = Some(key);
    harness.run();
    let label = harness.state().legs[0].visit.clone();
    let name = leg_name(&label);
    assert!(!name.contains('\u{202E}') && !name.contains('\u{2067}'));
    assert!(name.contains("[U+2067 RLI]"), "{name}");
    harness.get_by_role_and_label(Role::Button, &name).hover();
    harness.run();
    // The hover card names the hidden characters instead of hiding them.
    assert!(
        harness
            .query_by_label("Antony[U+202E RLO]Blinken[U+200B ZWSP]")
            .is_some()
    );
}

#[test]
fn clean_names_hidden_characters_and_flattens_lines() {
    use jawla::ui::bidi_line::clean;
    assert_eq!(clean("Cairo"), "Cairo");
    assert_eq!(clean("a\u{202E}b\nc\td"), "a[U+202E RLO]b c d");
    assert_eq!(clean("\u{200B}x"), "[U+200B ZWSP]x");
}

#[test]
fn snapshot_timeline_dark_with_filter_and_selection() {
    let mut host = Host::new();
    host.selected = Some(host.key("Jerusalem", Some("2024-06-10")));
    host.filter.statuses.remove(&Status::Occurred);
    let mut harness = Harness::builder()
        .with_size((1200.0, 330.0))
        .with_theme(egui::Theme::Dark)
        .with_context_setup(setup)
        .build_ui_state(
            |ui, h: &mut Host| {
                let a = framed(ui, |ui| {
                    h.timeline.show(ui, &h.legs, &h.filter, h.selected.as_ref())
                });
                h.apply(a);
            },
            host,
        );
    harness.run();
    assert_eq!(harness.state().timeline.drawn_marks().len(), 3);
    harness.snapshot("timeline_planned_dark");
}

#[test]
fn right_click_menu_corrects_status_and_deletes() {
    let host = Host::new();
    let jerusalem = host.key("Jerusalem", Some("2024-06-10"));
    let label = "Jerusalem 2024-06-10 Antony Blinken";
    let mut harness = table_harness(host);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, label)
        .click_secondary();
    harness.run();
    // Planned already: the menu offers the two other statuses.
    assert!(harness.query_by_label("Mark as planned").is_none());
    harness.get_by_label("Mark as occurred").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Row, label)
        .click_secondary();
    harness.run();
    harness.get_by_label("Delete leg").click();
    harness.run();
    assert_eq!(
        harness.state().actions,
        [
            Command::Correct(Correction::Edit {
                target: jerusalem.clone(),
                changes: vec![FieldEdit::Status(Status::Occurred)],
            }),
            Command::Correct(Correction::Delete {
                target: jerusalem.clone()
            }),
        ]
    );
    assert_eq!(harness.state().table.rows().len(), 9);
    assert!(harness.query_by_role_and_label(Role::Row, label).is_none());
}

#[test]
fn arrow_keys_over_the_table_walk_the_rows_in_display_order() {
    let mut harness = table_harness(Host::new());
    harness.run();
    let rows = harness.state().table.rows().to_vec();
    let first_row = harness
        .get_by_role_and_label(Role::Row, "السعودية 2024-02-05 Antony Blinken")
        .rect();
    harness.hover_at(first_row.center());
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().selected.as_ref(), Some(&rows[0]));
    harness.key_press(Key::ArrowDown);
    harness.run();
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().selected.as_ref(), Some(&rows[2]));
    harness.key_press(Key::ArrowUp);
    harness.run();
    assert_eq!(harness.state().selected.as_ref(), Some(&rows[1]));
    // Not while typing in the search field.
    harness
        .get_by_role_and_label(Role::TextInput, "Search")
        .focus();
    harness.run();
    harness.hover_at(first_row.center());
    harness.key_press(Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().selected.as_ref(), Some(&rows[1]));
}

#[test]
fn snapshot_timeline_two_visitors_in_two_lanes() {
    let mut engine = engine();
    for v in engine.iter_mut().filter(|v| v.place.country == "IL") {
        v.visitor = jawla::model::Person {
            name_ar: "سامح شكري".into(),
            name_en: Some("Sameh Shoukry".into()),
            role: Some("Foreign Minister of Egypt".into()),
            country: Some("EG".into()),
        };
    }
    let legs = review::apply(&engine, &[]).legs;
    let host = Host {
        engine,
        legs,
        ..Host::new()
    };
    let mut harness = timeline_harness(host, (1200.0, 420.0));
    harness.run();
    // Lanes in order of each visitor's first leg: Blinken (5 Feb), Shoukry (7 Feb).
    let lanes: Vec<f32> = [
        "السعودية 2024-02-05 Antony Blinken",
        "إسرائيل 2024-02-07 Sameh Shoukry",
    ]
    .iter()
    .map(|l| {
        harness
            .get_by_role_and_label(Role::Button, l)
            .rect()
            .center()
            .y
    })
    .collect();
    assert!(lanes[0] < lanes[1]);
    harness.snapshot("timeline_two_visitors");
}

#[test]
fn coordinates_are_checked_before_an_edit_is_emitted() {
    let mut host = Host::new();
    let cairo = host.key("Cairo", Some("2024-06-10"));
    host.selected = Some(cairo.clone());
    let mut harness = editor_harness(host);
    harness.run();
    let set = |harness: &mut Harness<'_, Host>, field: &str, value: &str| {
        harness
            .get_by_role_and_label(Role::TextInput, field)
            .focus();
        harness.run();
        harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
        harness
            .get_by_role_and_label(Role::TextInput, field)
            .type_text(value);
        harness.run();
    };
    set(&mut harness, "Latitude", "300");
    assert!(
        harness
            .query_by_label("latitude: latitude 300 is outside -90 ..= 90")
            .is_some()
    );
    set(&mut harness, "Latitude", "30.05");
    set(&mut harness, "Longitude", "31.25");
    harness.get_by_label("Apply changes").click();
    harness.run();
    assert_eq!(
        harness.state().actions,
        [Command::Correct(Correction::Edit {
            target: cairo,
            changes: vec![
                FieldEdit::PlaceLat(Some(30.05)),
                FieldEdit::PlaceLon(Some(31.25))
            ],
        })]
    );
}

/// The "Trip N" labels painted: (text, rect, clip).
fn trip_labels(harness: &Harness<'static, Host>) -> Vec<(String, egui::Rect, egui::Rect)> {
    harness
        .output()
        .shapes
        .iter()
        .filter_map(|c| match &c.shape {
            egui::Shape::Text(t) if t.galley.text().starts_with("Trip") => Some((
                t.galley.text().to_owned(),
                t.galley.rect.translate(t.pos.to_vec2()),
                c.clip_rect,
            )),
            _ => None,
        })
        .collect()
}

/// Issue 12, item 6: a trip whose bracket starts near the view's right
/// edge keeps its whole "Trip N" label in view (it was cut by the edge).
#[test]
fn a_trip_label_at_the_right_edge_is_not_cut() {
    let mut host = Host::new();
    for v in &mut host.engine {
        if let Some(t) = v.trip.as_mut().filter(|t| t.ordinal.is_none()) {
            t.ordinal = Some(12);
        }
    }
    host.legs = review::apply(&host.engine, &[]).legs;
    let keys: Vec<LegKey> = host.legs.iter().map(|l| l.key.clone()).collect();
    let mut harness = timeline_harness(host, (1200.0, 420.0));
    harness.run();
    let clip = trip_labels(&harness)
        .first()
        .map(|l| l.2)
        .expect("trip labels");
    let last = keys
        .iter()
        .filter_map(|k| harness.state().timeline.mark_pos(k))
        .map(|p| p.x)
        .fold(f32::MIN, f32::max);
    // Pan so that the last mark sits 12 points from the view's right edge.
    let shift = clip.max.x - 12.0 - last;
    let start = egui::pos2(500.0, 300.0);
    harness.drag_at(start);
    harness.run();
    harness.hover_at(start + egui::vec2(shift / 2.0, 0.0));
    harness.run();
    harness.hover_at(start + egui::vec2(shift, 0.0));
    harness.run();
    harness.drop_at(start + egui::vec2(shift, 0.0));
    harness.run();
    let labels = trip_labels(&harness);
    assert!(labels.iter().any(|l| l.0 == "Trip 12"), "{labels:?}");
    for (text, rect, clip) in labels.iter().filter(|l| l.1.intersects(l.2)) {
        assert!(
            clip.min.x <= rect.min.x + 0.5 && rect.max.x <= clip.max.x + 0.5,
            "{text} at {rect:?} cut by {clip:?}"
        );
    }
}
