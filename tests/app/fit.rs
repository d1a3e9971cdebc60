//! A window that fits (issue 12, item 6): the real app at 600×400,
//! 1200×780 and 2560×1440, and the divider between reader and review area
//! remembered.

use eframe::egui;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
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

/// The review area's height: from the top of its tab bar's panel (the
/// divider) to the status bar, measured at the divider's handle.
fn divider_y(harness: &Harness<'static, JawlaApp>) -> f32 {
    harness
        .query_all_by_role(Role::Splitter)
        .map(|s| s.rect())
        .find(|r| r.width() > r.height())
        .map(|r| r.center().y)
        .expect("the divider between reader and review area")
}

/// The file list's right edge (its filter field's).
fn files_right(harness: &Harness<'static, JawlaApp>) -> f32 {
    harness.get_by_label("Filter articles").rect().max.x
}

/// The status bar's height, about: under the review area.
const STATUS: f32 = 25.0;

/// Drags the divider by `dy` points (negative: up, a higher review area).
fn drag_divider(harness: &mut Harness<'static, JawlaApp>, dy: f32) {
    let from = egui::pos2(700.0, divider_y(harness));
    let to = egui::pos2(700.0, from.y + dy);
    let press = |pos, pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    harness.hover_at(from);
    harness.run();
    harness.event(press(from, true));
    harness.run();
    harness.hover_at(egui::pos2(to.x, (from.y + to.y) / 2.0));
    harness.run();
    harness.hover_at(to);
    harness.run();
    harness.event(press(to, false));
    harness.run();
    harness.hover_at(egui::pos2(5.0, 5.0));
    harness.run();
}

/// Issue 12, item 6: a 1440-high window gives the review area a share of
/// its height, not the 330 points of a 780-high one.
#[test]
fn at_2560x1440_the_review_area_takes_its_share_of_the_height() {
    let harness = harness_at(2560.0, 1440.0, PersistedState::default());
    let review = 1440.0 - STATUS - divider_y(&harness);
    assert!(review > 550.0, "review area {review} high");
    let reader = harness.get_by_role(Role::Document).rect();
    assert!(reader.height() > 550.0, "reader {reader:?}");
}

/// Shrinking the window then growing it back gives back the panels' sizes
/// (they were kept at the small window's).
#[test]
fn shrinking_then_growing_the_window_restores_the_panels() {
    let mut harness = harness_at(1200.0, 780.0, PersistedState::default());
    let (files, divider) = (files_right(&harness), divider_y(&harness));
    harness.set_size(egui::vec2(600.0, 400.0));
    harness.run();
    assert!(files_right(&harness) < files, "the file list narrows");
    harness.set_size(egui::vec2(1200.0, 780.0));
    harness.run();
    harness.run();
    assert!(
        (files_right(&harness) - files).abs() < 2.0,
        "file list back to {files}: {}",
        files_right(&harness)
    );
    assert!(
        (divider_y(&harness) - divider).abs() < 2.0,
        "divider back at {divider}: {}",
        divider_y(&harness)
    );
}

/// The divider the analyst drags is kept as a share of the window: a
/// higher window keeps the reader and the review area in proportion.
#[test]
fn the_dragged_divider_keeps_its_share_when_the_window_grows() {
    let mut harness = harness_at(1200.0, 780.0, PersistedState::default());
    drag_divider(&mut harness, -100.0);
    let review = 780.0 - STATUS - divider_y(&harness);
    assert!((review - 430.0).abs() < 20.0, "dragged to {review}");
    harness.set_size(egui::vec2(1200.0, 1440.0));
    harness.run();
    harness.run();
    let grown = 1440.0 - STATUS - divider_y(&harness);
    let expected = review / (780.0 - 56.0) * (1440.0 - 56.0);
    assert!(
        (grown - expected).abs() < 40.0,
        "review area {grown} high, about {expected} expected"
    );
    // Remembered across runs.
    let json = harness.state().persisted().to_json();
    let back = PersistedState::from_json(&json).expect("reads back");
    let again = harness_at(1200.0, 1440.0, back);
    assert!((1440.0 - STATUS - divider_y(&again) - grown).abs() < 4.0);
}

/// Issue 12, item 6: in a wide window the reader is a centred column; the
/// mouse wheel over the margins beside it scrolls it, as over the text.
#[test]
fn the_wheel_over_the_readers_side_margins_scrolls_the_reader() {
    let dir = crate::common::temp_dir("wheel-margins");
    let path = dir.join("long.txt");
    let paragraph =
        "وصل وزير الخارجية إلى القاهرة يوم الاثنين في زيارة رسمية يلتقي خلالها نظيره.\n\n";
    std::fs::write(&path, paragraph.repeat(80)).expect("write");
    let path = path.display().to_string();
    let state = PersistedState {
        open: vec![jawla::app::OpenFile {
            path: path.clone(),
            published: None,
        }],
        selected: Some(path),
        ..PersistedState::default()
    };
    let mut harness = harness_at(2560.0, 1440.0, state);
    let reader = harness.get_by_role(Role::Document).rect();
    assert_eq!(harness.state().viewer_visible_chars().start, 0);
    let files = files_right(&harness);
    assert!(reader.min.x - files > 200.0, "a margin: {reader:?}");
    // Left margin, then right margin.
    for x in [
        reader.center().x,
        reader.min.x - 100.0,
        reader.max.x + 100.0,
    ] {
        harness.hover_at(egui::pos2(x, reader.center().y));
        harness.run();
        let start = harness.state().viewer_visible_chars().start;
        for _ in 0..3 {
            harness.event(crate::common::wheel(-300.0));
            harness.run();
        }
        let after = harness.state().viewer_visible_chars().start;
        assert!(
            after > start,
            "scrolled from char {start}: {after} at x = {x}"
        );
    }
}

/// The left and right edges of the painted texts that contain `needle`
/// (each painted as one galley).
fn text_edges(harness: &Harness<'static, JawlaApp>, needle: &str) -> Vec<(f32, f32)> {
    fn walk(shape: &egui::Shape, needle: &str, out: &mut Vec<(f32, f32)>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, needle, out)),
            egui::Shape::Text(t) if t.galley.text().contains(needle) => {
                out.push((t.pos.x + t.galley.rect.min.x, t.pos.x + t.galley.rect.max.x));
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        walk(&clipped.shape, needle, &mut out);
    }
    out
}

/// Issue 12, item 6: with View ▸ Hijri dates on, the table's Date column
/// makes room for the Hijri date beside the Gregorian one, at 1200×780
/// beside the leg editor.
#[test]
fn the_date_column_makes_room_for_the_hijri_date() {
    let state = PersistedState {
        hijri: true,
        ..PersistedState::default()
    };
    let mut harness = harness_at(1200.0, 780.0, state);
    select_a_leg_with_counterparts(&mut harness);
    harness.get_by_label("Table").click();
    harness.run();
    let apply = harness.get_by_label("Apply changes").rect();
    let date = harness.get_by_role_and_label(Role::Button, "Date").rect();
    assert!(
        date.max.x <= apply.min.x,
        "the Date column ({date:?}) is left of the editor ({apply:?})"
    );
    // The table's Hijri dates (the editor shows one too, on its side).
    let edges: Vec<(f32, f32)> = text_edges(&harness, " AH")
        .into_iter()
        .filter(|&(left, _)| left < date.max.x)
        .collect();
    assert!(!edges.is_empty(), "Hijri dates shown");
    for (_, right) in &edges {
        assert!(
            *right <= date.max.x - 2.0,
            "a Hijri date ends at x = {right}, past the Date column ({date:?})"
        );
    }
}

/// With Hijri dates on and room enough, the Date column still shows the
/// date as written beside the two dates (its natural width grows).
#[test]
fn with_hijri_dates_a_wide_table_still_shows_the_date_as_written() {
    let state = PersistedState {
        hijri: true,
        ..PersistedState::default()
    };
    let mut harness = harness_at(2560.0, 1440.0, state);
    harness.get_by_label("Table").click();
    harness.run();
    let date = harness.get_by_role_and_label(Role::Button, "Date").rect();
    // Cairo, 2024-06-10, written «يوم الاثنين».
    let written: Vec<(f32, f32)> = text_edges(&harness, "الاثنين")
        .into_iter()
        .filter(|&(left, right)| left >= date.min.x && right <= date.max.x)
        .collect();
    assert!(
        !written.is_empty(),
        "the date as written in the Date column ({date:?})"
    );
}

/// Issue 12, item 6: at 1200×780 no "Trip N" label of the timeline is cut
/// by the edge of the view (the last trip's label ran under the editor).
#[test]
fn at_1200x780_the_trip_labels_are_not_clipped() {
    let harness = harness_at(1200.0, 780.0, PersistedState::default());
    let mut labels = 0;
    for clipped in &harness.output().shapes {
        let egui::Shape::Text(t) = &clipped.shape else {
            continue;
        };
        if !t.galley.text().starts_with("Trip") {
            continue;
        }
        let rect = t.galley.rect.translate(t.pos.to_vec2());
        let clip = clipped.clip_rect;
        if !rect.intersects(clip) {
            continue; // scrolled out of view
        }
        labels += 1;
        assert!(
            clip.min.x <= rect.min.x + 0.5 && rect.max.x <= clip.max.x + 0.5,
            "{:?} at {rect:?} cut by {clip:?}",
            t.galley.text()
        );
    }
    assert!(labels >= 3, "the seeds' trips are labelled ({labels})");
}

/// The app at 1200×780 with one article open in a fresh folder named
/// `dir`: the Iranian foreign minister's arrival in Beirut (a leg whose
/// role and country cells are long enough to be cut in the table).
fn beirut_at_1200x780(dir: &str) -> Harness<'static, JawlaApp> {
    let dir = crate::common::temp_dir(dir);
    let path = dir.join("beirut.txt");
    std::fs::write(
        &path,
        "وصل وزير الخارجية الإيراني إلى بيروت\n\nوصل وزير الخارجية الإيراني حسين أمير عبد اللهيان إلى بيروت يوم الاثنين في زيارة رسمية إلى لبنان.\n",
    )
    .expect("write");
    let mut state = PersistedState::default();
    state.open.push(jawla::app::OpenFile {
        path: path.display().to_string(),
        published: chrono::NaiveDate::from_ymd_opt(2024, 2, 5),
    });
    harness_at(1200.0, 780.0, state)
}

/// Issue 12, item 6: at 1200×780 the table's narrow columns cut no text at
/// their edge (a country name, «Lebanon», read "Lebano"): what does not fit
/// ends with "…".
#[test]
fn at_1200x780_the_table_cuts_no_text_at_a_column_edge() {
    let mut harness = beirut_at_1200x780("table-cells");
    harness.get_by_label("Table").click();
    harness.run();
    let header = harness
        .get_by_role_and_label(Role::Button, "Visitor")
        .rect();
    let in_table = |clip: egui::Rect| {
        clip.min.x >= header.min.x - 1.0 && clip.min.y > header.max.y && clip.height() < 40.0
    };
    // The column under the table's right edge is cut by scrolling, not by its width.
    let edge = (harness.output().shapes.iter())
        .map(|c| c.clip_rect)
        .filter(|&c| in_table(c))
        .map(|c| c.max.x)
        .fold(f32::MIN, f32::max);
    let mut cells = 0;
    for clipped in &harness.output().shapes {
        let clip = clipped.clip_rect;
        let in_table = in_table(clip) && clip.max.x < edge - 0.5;
        let egui::Shape::Text(t) = &clipped.shape else {
            continue;
        };
        if !in_table || t.galley.text().trim().is_empty() {
            continue;
        }
        let rect = t.galley.rect.translate(t.pos.to_vec2());
        if !rect.intersects(clip) {
            continue;
        }
        cells += 1;
        assert!(
            rect.max.x <= clip.max.x + 0.5 && rect.min.x >= clip.min.x - 0.5,
            "{:?} at {rect:?} cut by its cell {clip:?}",
            t.galley.text()
        );
    }
    assert!(cells > 20, "table cells checked: {cells}");
}

/// Issue 12, item 6: at 600×400 the leg editor folds away while no leg is
/// selected, so the timeline's toolbar is whole (its + was under the
/// editor's placeholder); selecting a leg brings the editor back.
#[test]
fn at_600x400_the_editor_folds_until_a_leg_is_selected() {
    let mut harness = harness_at(600.0, 400.0, PersistedState::default());
    let plus = harness.get_by_role_and_label(Role::Button, "+").rect();
    assert!(plus.max.x <= 600.0, "the toolbar's + in view: {plus:?}");
    assert!(
        harness
            .query_by_label_contains("Select a leg on the timeline")
            .is_none(),
        "no editor placeholder"
    );
    select_a_leg_with_counterparts(&mut harness);
    harness.run();
    let apply = harness.get_by_label("Apply changes").rect();
    assert!(apply.max.x <= 600.0, "the editor is back: {apply:?}");
}

/// At 600×400 the timeline's toolbar wraps instead of running under the
/// window's edge (its legend was cut after "occurred").
#[test]
fn at_600x400_the_timeline_toolbar_wraps() {
    let harness = harness_at(600.0, 400.0, PersistedState::default());
    let note = harness.get_by_label("no date: placed by trip order").rect();
    assert!(
        note.max.x <= 600.0,
        "the legend's last note in view: {note:?}"
    );
}

/// A table cell cut with "…" shows its whole text when the pointer is over
/// it: the hovered row's tooltip (its accessible description; this harness
/// shows no tooltips themselves) is the cut text's beginning and more.
#[test]
fn a_cut_table_cell_shows_its_whole_text_on_hover() {
    let mut harness = beirut_at_1200x780("table-cell-hover");
    // Through the command, not a click: egui shows no tooltip just after a
    // click.
    harness.state_mut().apply(jawla::app::Command::SetReviewTab(
        jawla::ui::command::ReviewTab::Table,
    ));
    harness.run();
    let header = harness
        .get_by_role_and_label(Role::Button, "Visitor")
        .rect();
    let (cut, shown) = (harness.output().shapes.iter())
        .find_map(|c| {
            match &c.shape {
                egui::Shape::Text(t) if t.galley.text().ends_with('…') => Some((
                    t.galley.rect.translate(t.pos.to_vec2()),
                    t.galley.text().to_owned(),
                )),
                _ => None,
            }
            .filter(|(r, _)| r.min.y > header.max.y && r.min.x >= header.min.x - 1.0)
        })
        .expect("a cut cell at 1200×780");
    let prefix = shown.trim_end_matches('…').trim_end().to_owned();
    let descriptions = |harness: &Harness<'static, JawlaApp>| -> Vec<String> {
        (harness.query_all_by_role(Role::Row))
            .filter_map(|n| n.accesskit_node().description().map(|d| d.to_string()))
            .collect()
    };
    assert!(descriptions(&harness).is_empty());
    harness.hover_at(cut.center());
    harness.run();
    let shown_whole = descriptions(&harness);
    assert!(
        shown_whole.len() == 1
            && shown_whole[0].starts_with(&prefix)
            && shown_whole[0].len() > prefix.len()
            && !shown_whole[0].contains('…'),
        "hovering {shown:?} shows the whole text: {shown_whole:?}"
    );
}

/// A click elsewhere (here a tab) leaves the panels' sizes as they were:
/// only dragging a divider changes them. (While the pointer was down the
/// leg editor reported the width of what it held, its one-line hint, about
/// 330 points of 460, and that width was remembered as the analyst's.)
#[test]
fn a_click_leaves_the_panels_sizes_as_they_were() {
    for lang in [jawla::i18n::Lang::En, jawla::i18n::Lang::Ar] {
        let state = PersistedState {
            language: lang,
            ..PersistedState::default()
        };
        // No leg selected: the editor holds its one-line hint.
        let mut harness = harness_at(1600.0, 1000.0, state);
        let shares = |h: &Harness<'static, JawlaApp>| {
            let s = h.state().persisted();
            (s.files_share, s.review_share, s.editor_share)
        };
        let before = shares(&harness);
        let tab = jawla::i18n::tr(lang, "tab-table");
        let at = harness.get_by_label(&tab).rect().center();
        // Pressed and released in frames of their own, as a hand does.
        for pressed in [true, false] {
            harness.event(egui::Event::PointerMoved(at));
            harness.event(egui::Event::PointerButton {
                pos: at,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::NONE,
            });
            harness.step();
        }
        harness.run();
        let after = shares(&harness);
        assert_eq!(before, after, "{lang:?}: the panels' shares after a click");
    }
}

/// The app at 600×400 in the Arabic interface, settled.
fn arabic_at_600x400() -> Harness<'static, JawlaApp> {
    let state = PersistedState {
        language: jawla::i18n::Lang::Ar,
        ..PersistedState::default()
    };
    let mut harness = harness_at(600.0, 400.0, state);
    harness.run();
    harness
}

/// At 600×400 in Arabic, whose rows wrap onto more lines, the review tabs
/// stay below the reader. (The review area's content was taller than its
/// panel; egui moved the panel's edge for it and the reader ran under the
/// tabs.)
#[test]
fn at_600x400_in_arabic_the_reader_stays_above_the_review_tabs() {
    let harness = arabic_at_600x400();
    let tab = jawla::i18n::tr(jawla::i18n::Lang::Ar, "tab-timeline");
    let tab = harness.get_by_label(&tab).rect();
    let reader = harness.get_by_role(Role::Document).rect();
    assert!(reader.height() >= 60.0, "the reader is visible: {reader:?}");
    assert!(
        tab.min.y >= reader.max.y,
        "the tab {tab:?} below the reader {reader:?}"
    );
    assert!(tab.max.y <= 400.0, "{tab:?}");
}

/// At 600×400 in Arabic the file panel's header (heading, Open…, Open
/// folder…) wraps inside the panel instead of running under the reader.
#[test]
fn at_600x400_in_arabic_the_file_panels_buttons_stay_in_the_panel() {
    let harness = arabic_at_600x400();
    let reader = harness.get_by_role(Role::Document).rect();
    for key in ["files-open", "files-open-folder"] {
        let label = jawla::i18n::tr(jawla::i18n::Lang::Ar, key);
        let button = harness
            .get_by(|n| {
                // The accessible label puts the ellipsis of «فتح…» first.
                n.role() == Role::Button
                    && n.label()
                        .is_some_and(|l| l.trim_matches('…') == label.trim_matches('…'))
            })
            .rect();
        assert!(
            button.min.x >= reader.max.x,
            "{key} ({button:?}) runs under the reader ({reader:?})"
        );
    }
}

/// The rows of the painted text that contains `needle`, top to bottom, each
/// as the characters of its glyphs.
fn painted_rows(harness: &Harness<'static, JawlaApp>, needle: &str) -> Vec<String> {
    let shapes = &harness.output().shapes;
    let galley = shapes
        .iter()
        .find_map(|c| match &c.shape {
            egui::Shape::Text(t) if t.galley.text().contains(needle) => Some(t.galley.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("a painted text with {needle}"));
    let mut rows: Vec<(f32, String)> = galley
        .rows
        .iter()
        .map(|r| (r.pos.y, r.glyphs.iter().map(|g| g.chr).collect()))
        .filter(|(_, s): &(f32, String)| !s.trim().is_empty())
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows.into_iter().map(|(_, s)| s).collect()
}

/// At 600×400 in Arabic the file panel's count line and its "Close samples"
/// button wrap, and their first words are on the top row, their last on
/// the bottom one. (egui wrapped the whole line already put in visual order,
/// so the top row held the last words: «…المجلدات هنا» above «المفتوحة».)
#[test]
fn at_600x400_in_arabic_wrapped_labels_begin_on_the_top_row() {
    let harness = arabic_at_600x400();
    // (needle, a letter only its first word has, one only its last word has)
    let cases = [
        ("المفتوحة", 'ح', 'ه'),     // المفتوحة: 5 · أفلِت الملفات أو المجلدات هنا
        ("إغلاق المقالات", 'غ', 'ذ'), // إغلاق المقالات النموذجية
    ];
    for (needle, first, last) in cases {
        let rows = painted_rows(&harness, needle);
        assert!(rows.len() >= 2, "{needle} wraps at 600×400: {rows:?}");
        let (top, bottom) = (&rows[0], &rows[rows.len() - 1]);
        assert!(
            top.contains(first) && !top.contains(last),
            "{needle}: the first word on the top row: {rows:?}"
        );
        assert!(
            bottom.contains(last) && !bottom.contains(first),
            "{needle}: the last word on the bottom row: {rows:?}"
        );
    }
}

/// At 600×400 the status bar keeps one line in either language: the
/// articles, the visits found and the article in the reader side by side,
/// inside the window (the last cut with "…" to the room left). (It wrapped:
/// the article's file and size went onto a second line.)
#[test]
fn at_600x400_the_status_bar_keeps_one_line() {
    use jawla::i18n::{self, Lang};
    use jawla::ui::status::{count, visits_text};
    // Accessible names are shown text: no bidi isolates or marks.
    let plain = |s: String| -> String {
        s.chars()
            .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'))
            .collect()
    };
    for lang in [Lang::En, Lang::Ar] {
        let state = PersistedState {
            language: lang,
            ..PersistedState::default()
        };
        let mut harness = harness_at(600.0, 400.0, state);
        harness.run();
        let articles = plain(i18n::tr_args(lang, "status-articles", &count(5)));
        let visits = plain(visits_text(lang, 11, 10));
        let parts = [
            harness.get_by_label(&articles).rect(),
            harness.get_by_label(&visits).rect(),
            harness.get_by_label_contains("UTF-8").rect(),
        ];
        for part in parts {
            assert!(
                (part.center().y - parts[0].center().y).abs() <= 1.0,
                "{lang:?}: one line: {parts:?}"
            );
            assert!(
                part.min.x >= 0.0 && part.max.x <= 600.0 && part.max.y <= 400.0,
                "{lang:?}: in the window: {parts:?}"
            );
        }
    }
}

/// At 600×400 in Arabic the file filter's hint, too long for its field, is
/// cut at its logical end: its first word «التصفية» whole, inside the field.
/// (egui cut it at its right end, where an Arabic hint begins: «…تصفية حسب
/// العنوان».)
#[test]
fn at_600x400_in_arabic_a_hint_too_long_keeps_its_first_word() {
    let harness = arabic_at_600x400();
    let label = jawla::i18n::tr(jawla::i18n::Lang::Ar, "files-filter-label");
    let field = harness.get_by_label(&label).rect();
    let shapes = &harness.output().shapes;
    let hint = shapes
        .iter()
        .find_map(|c| match &c.shape {
            egui::Shape::Text(t) if t.galley.text().contains("التصفية") => Some(t),
            _ => None,
        })
        .expect("the filter's hint is painted");
    assert!(
        !hint.galley.elided,
        "egui cut the hint: {:?}",
        hint.galley.text()
    );
    let painted = hint.visual_bounding_rect();
    assert!(
        painted.min.x >= field.min.x && painted.max.x <= field.max.x,
        "the hint {painted:?} in its field {field:?}"
    );
}

/// At 600×400 in Arabic the hover text of a button in the narrow file panel
/// («إغلاق المقالات النموذجية المرفقة ببرنامج جولة») is one line, as wide
/// as it needs: hover texts are broken for a tooltip's width, not for the
/// panel's. (Broken at the panel's width, it was a narrow column of lines.)
#[test]
fn at_600x400_in_arabic_a_hover_text_is_as_wide_as_a_tooltip() {
    let mut harness = arabic_at_600x400();
    let button = harness
        .get_by(|n| {
            n.role() == Role::Button && n.label().is_some_and(|l| l.contains("إغلاق المقالات"))
        })
        .rect();
    harness.hover_at(button.center());
    harness.run();
    let rows = painted_rows(&harness, "المرفقة");
    assert_eq!(rows.len(), 1, "{rows:?}");
}

/// The characters of the texts painted inside `area`, left to right on
/// screen (spaces left out), and whether egui cut any of them itself.
fn painted_in(harness: &Harness<'static, JawlaApp>, area: egui::Rect) -> (String, bool) {
    let mut glyphs: Vec<(f32, char)> = Vec::new();
    let mut elided = false;
    for c in &harness.output().shapes {
        let egui::Shape::Text(t) = &c.shape else {
            continue;
        };
        let rect = t.galley.rect.translate(t.pos.to_vec2());
        if !area.expand(1.0).contains_rect(rect) {
            continue;
        }
        elided |= t.galley.elided;
        for row in &t.galley.rows {
            for g in &row.glyphs {
                if !g.chr.is_whitespace() {
                    glyphs.push((t.pos.x + row.pos.x + g.pos.x, g.chr));
                }
            }
        }
    }
    glyphs.sort_by(|a, b| a.0.total_cmp(&b.0));
    (glyphs.into_iter().map(|(_, c)| c).collect(), elided)
}

/// At 600×400 in Arabic a file entry's line «name · visits», too long for
/// the narrow file panel, is cut at its logical end: its "…" at its left
/// end, where an Arabic line ends, and the file name's beginning kept.
/// (egui cut the line at its right end: «زيارتان · 000_b042023ce1a6…», the
/// ellipsis on the right, where the line begins.)
#[test]
fn at_600x400_in_arabic_a_cut_file_line_ends_at_its_left() {
    let harness = arabic_at_600x400();
    let reader = harness.get_by_role(Role::Document).rect();
    let line = (harness.output().shapes.iter())
        .find_map(|c| match &c.shape {
            egui::Shape::Text(t)
                if t.galley.text().contains("000_b04") && t.pos.x >= reader.max.x =>
            {
                Some(t.galley.rect.translate(t.pos.to_vec2()))
            }
            _ => None,
        })
        .expect("the first file's line in the file panel");
    let (shown, elided) = painted_in(&harness, line);
    assert!(
        shown.starts_with('…') && shown.matches('…').count() == 1,
        "the ellipsis at the left end: «{shown}»"
    );
    assert!(shown.contains("000_b04"), "the name's beginning: «{shown}»");
    assert!(!elided, "egui cut it again: «{shown}»");
    assert!(line.max.x <= 600.0, "{line:?} in the window");
}

/// At 600×400 in Arabic the status bar's last part, the article's file,
/// encoding and size, is cut with its "…" at its left end, where an Arabic
/// line ends. (Cut inside the isolate of the character count, it read
/// «3,17… · UTF-8 · 000_b04….txt», the ellipsis beside «UTF-8».)
#[test]
fn at_600x400_in_arabic_the_status_bars_cut_part_ends_at_its_left() {
    let harness = arabic_at_600x400();
    let part = harness.get_by_label_contains("UTF-8").rect();
    let (shown, _) = painted_in(&harness, part);
    assert!(shown.contains('…'), "cut at 600×400: «{shown}»");
    assert!(
        shown.starts_with('…') && shown.contains("000_b04"),
        "the ellipsis at the left end: «{shown}»"
    );
}

/// At 600×400, in both languages, every date field of the file panel and
/// its date lie inside the panel (the filter box spans its width), and so
/// does its "Published" label. (The field was narrower than its date, which
/// was cut: "2024-02-0".)
#[test]
fn at_600x400_the_file_panels_date_fields_fit_in_the_panel() {
    use jawla::i18n::{Lang, tr};
    for lang in Lang::ALL {
        let state = PersistedState {
            language: lang,
            ..PersistedState::default()
        };
        let mut harness = harness_at(600.0, 400.0, state);
        let panel = harness.get_by_label(&tr(lang, "files-filter-label")).rect();
        // The list scrolled a little: in Arabic the panel's header is taller
        // and the first entry's field under the window's edge.
        harness.hover_at(egui::pos2(panel.center().x, 350.0));
        harness.event(crate::common::wheel(-50.0));
        // (The wheel's scroll runs a few frames.)
        harness.run_steps(10);
        let inside = |r: egui::Rect, of: egui::Rect| {
            r.left() >= of.left() - 0.5 && r.right() <= of.right() + 0.5
        };
        let of = jawla::i18n::tr_args(lang, "files-date-of", &[("name", "".into())]);
        let of = of.replace(['\u{2068}', '\u{2069}'], "").trim().to_owned();
        let fields: Vec<(egui::Rect, String)> = harness
            .query_all_by(|n| {
                n.role() == Role::TextInput && n.label().is_some_and(|l| l.starts_with(&of))
            })
            .map(|n| (n.rect(), n.value().unwrap_or_default()))
            .collect();
        let mut painted = 0;
        for (field, date) in fields {
            assert!(
                inside(field, panel),
                "{lang:?}: the date field {field:?} in {panel:?}"
            );
            // (A field scrolled out of sight paints nothing.)
            let texts = text_rects(&harness, &date);
            let Some(text) = texts
                .iter()
                .find(|r| field.y_range().contains(r.center().y))
            else {
                continue;
            };
            painted += 1;
            assert!(
                inside(*text, field),
                "{lang:?}: {date} ({text:?}) inside its field {field:?}"
            );
        }
        assert!(painted > 0, "{lang:?}: a date field in sight");
        for label in harness.query_all_by_label(&tr(lang, "files-published")) {
            let label = label.rect();
            assert!(
                inside(label, panel),
                "{lang:?}: Published {label:?} in {panel:?}"
            );
        }
    }
}

/// The rects of the painted texts that are `text`.
fn text_rects(harness: &Harness<'static, JawlaApp>, text: &str) -> Vec<egui::Rect> {
    fn walk(shape: &egui::Shape, text: &str, out: &mut Vec<egui::Rect>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, text, out)),
            egui::Shape::Text(t) if t.galley.text() == text => {
                out.push(t.galley.rect.translate(t.pos.to_vec2()));
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        walk(&clipped.shape, text, &mut out);
    }
    out
}
