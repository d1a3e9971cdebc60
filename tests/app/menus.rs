//! Submenus at 600×400 (issue 12, items 6 and 9): a submenu opens beside its
//! menu, on the right in English and on the left in Arabic, on the other
//! side when there is no room, and when neither side has room it covers as
//! little of its menu as it can and never its own button; the arrow keys
//! that open and close a submenu are mirrored in Arabic.

use eframe::egui::{self, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jawla::app::{JawlaApp, PersistedState};
use jawla::i18n::{Lang, tr};

use crate::common::settle;

/// A recent file whose path is longer than the window is wide.
const LONG_PATH: &str =
    "/home/analyst/articles/a-rather-long-folder-name/2024-06-12-blinken-amman-and-cairo.txt";

/// The app at 600×400 in `lang`, the seeds open and two recent files (one
/// with a long path).
fn small_app(lang: Lang) -> Harness<'static, JawlaApp> {
    let state = PersistedState {
        language: lang,
        recent: vec![LONG_PATH.to_owned(), "/tmp/b.txt".to_owned()],
        ..PersistedState::default()
    };
    let mut harness = Harness::builder()
        .with_size([600.0, 400.0])
        .with_theme(egui::Theme::Light)
        .with_render_cursor(false)
        .build_eframe(move |cc| JawlaApp::with_state(&cc.egui_ctx, state));
    settle(&mut harness);
    harness
}

/// The smallest rect around the widgets labelled `labels` (a menu's items;
/// an Arabic item's accessible label puts its ellipsis first).
fn around(harness: &Harness<'static, JawlaApp>, labels: &[String]) -> Rect {
    labels.iter().fold(Rect::NOTHING, |r, label| {
        let label = label.trim_matches('…');
        r.union(harness.get_by_label_contains(label).rect())
    })
}

/// Opens the menu `menu` of the bar, then its submenu `submenu` (keys of
/// `lang`) by hovering its button: the rects of the menu's items `items`,
/// of the submenu's button and of the submenu's items `inside`.
fn open(
    harness: &mut Harness<'static, JawlaApp>,
    lang: Lang,
    [menu, submenu]: [&str; 2],
    items: &[&str],
    inside: &[String],
) -> [Rect; 3] {
    harness.get_by_label(&tr(lang, menu)).click();
    harness.run();
    let items: Vec<String> = items.iter().map(|k| tr(lang, k)).collect();
    let menu = around(harness, &items);
    let button = harness.get_by_label_contains(&tr(lang, submenu)).rect();
    harness.hover_at(button.center());
    harness.run();
    let sub = around(harness, inside);
    [menu, button, sub]
}

/// How far a menu's frame reaches past its items, at most (margin and
/// stroke of a menu's frame, twice: the submenu's and the menu's; and the
/// gap between them).
const FRAME_SLACK: f32 = 40.0;

/// The submenu's items `sub` beside the menu's `menu` in a window `width`
/// wide: they cover none of the row of its `button`, and overlap the menu's
/// items no more than their widths force.
fn assert_beside(what: &str, menu: Rect, button: Rect, sub: Rect, width: f32) {
    let row = Rect::from_x_y_ranges(menu.x_range(), button.y_range());
    assert!(
        !sub.intersects(row),
        "{what}: the submenu {sub:?} covers its button's row {row:?}"
    );
    let overlap = (sub.right().min(menu.right()) - sub.left().max(menu.left())).max(0.0);
    let forced = (sub.width() + menu.width() + FRAME_SLACK - width).max(0.0);
    assert!(
        overlap <= forced,
        "{what}: the submenu {sub:?} covers {overlap} points of the menu {menu:?}, \
         {forced} forced"
    );
}

/// The File menu's items (those that the file panel does not name too).
const FILE_ITEMS: [&str; 4] = [
    "menu-recent",
    "menu-open-workspace",
    "menu-save-workspace",
    "menu-quit",
];

const VIEW_ITEMS: [&str; 6] = [
    "view-zoom-in",
    "view-zoom-out",
    "view-zoom-reset",
    "view-tint",
    "view-reveal",
    "view-language",
];

/// File ▸ Recent files, wider than the room on either side of the File menu:
/// it covers the menu only as much as its width forces, not its button.
#[test]
fn at_600x400_a_wide_submenu_covers_as_little_of_its_menu_as_it_can() {
    for lang in Lang::ALL {
        let mut harness = small_app(lang);
        // (An Arabic menu breaks the path into lines.)
        let inside = [
            "blinken-amman",
            "/tmp/b.txt",
            &tr(lang, "menu-clear-recent"),
        ]
        .map(str::to_owned);
        let [menu, button, sub] = open(
            &mut harness,
            lang,
            ["menu-file", "menu-recent"],
            &FILE_ITEMS,
            &inside,
        );
        assert!(sub.right() <= 600.5 && sub.left() >= -0.5, "{sub:?}");
        assert_beside(&format!("{lang:?} Recent"), menu, button, sub, 600.0);
    }
}

/// View ▸ Interface language opens beside the View menu, covering none of
/// it, in both languages.
#[test]
fn at_600x400_the_language_submenu_opens_beside_the_view_menu() {
    for lang in Lang::ALL {
        let mut harness = small_app(lang);
        let inside: Vec<String> = Lang::ALL.iter().map(|l| l.endonym()).collect();
        let [menu, button, sub] = open(
            &mut harness,
            lang,
            ["menu-view", "view-language"],
            &VIEW_ITEMS,
            &inside,
        );
        let what = format!("{lang:?} Interface language");
        assert_beside(&what, menu, button, sub, 600.0);
        let overlap = (sub.right().min(menu.right()) - sub.left().max(menu.left())).max(0.0);
        assert!(overlap == 0.0, "{what}: {sub:?} over {menu:?}");
        if lang.is_rtl() {
            assert!(sub.right() <= menu.left(), "{what}: on the left");
        } else {
            assert!(sub.left() >= menu.right(), "{what}: on the right");
        }
    }
}

/// Opens the View menu, puts the keyboard focus on its Interface language
/// button and presses `open` then `close`: whether the submenu was open
/// after each, and whether the button had the focus back at the end.
fn language_submenu_by_keys(lang: Lang, open: egui::Key, close: egui::Key) -> [bool; 3] {
    let mut harness = small_app(lang);
    harness.get_by_label(&tr(lang, "menu-view")).click();
    harness.run();
    let button = tr(lang, "view-language");
    harness.get_by_label_contains(&button).focus();
    harness.run();
    let shown = |harness: &Harness<'static, JawlaApp>| harness.query_by_label("English").is_some();
    harness.key_press(open);
    harness.run();
    let opened = shown(&harness);
    harness.key_press(close);
    harness.run();
    let still = shown(&harness);
    let back = harness.get_by_label_contains(&button).is_focused();
    [opened, still, back]
}

/// The arrow keys that enter and leave a submenu follow the side it opens
/// on: Right enters and Left leaves in English; Left enters and Right leaves
/// in Arabic. (egui's are English's in both.)
#[test]
fn in_arabic_left_arrow_enters_a_submenu_and_right_arrow_leaves_it() {
    use egui::Key::{ArrowLeft, ArrowRight};
    let [opened, still, back] = language_submenu_by_keys(Lang::En, ArrowRight, ArrowLeft);
    assert!(opened && !still && back, "English: {opened} {still} {back}");
    let [opened, still, back] = language_submenu_by_keys(Lang::Ar, ArrowLeft, ArrowRight);
    assert!(opened, "Arabic: Left opens the submenu");
    assert!(
        !still && back,
        "Arabic: Right closes it, its button focused"
    );
    // And Right does not open it in Arabic.
    let [opened, ..] = language_submenu_by_keys(Lang::Ar, ArrowRight, ArrowRight);
    assert!(!opened, "Arabic: Right does not open the submenu");
}
