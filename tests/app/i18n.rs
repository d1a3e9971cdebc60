//! The interface language (issue 12, item 9): View ▸ Interface language
//! turns every menu Arabic, mirrors the panels and is remembered. (The
//! one-language place names are unit tests of `i18n` and `timeline`.)

use egui_kittest::kittest::Queryable;
use jawla::app::Command;
use jawla::i18n::Lang;

use crate::common::{harness, settle};

/// Through the View menu: the menus read Arabic, the file list moves to the
/// right of the window, and the choice is in the persisted state.
#[test]
fn arabic_from_the_view_menu_turns_the_menus_arabic_and_mirrors_the_panels() {
    let mut harness = harness(None);
    let width = harness.ctx.content_rect().width();
    let files = harness.get_by_label("Filter articles").rect();
    assert!(
        files.center().x < width / 2.0,
        "English: the file list is on the left"
    );

    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Interface language").click();
    harness.run();
    harness.get_by_label("العربية").click();
    harness.run();
    settle(&mut harness);

    assert_eq!(harness.state().persisted().language, Lang::Ar);
    for menu in ["ملف", "تحرير", "عرض", "تصدير"] {
        harness.get_by_label(menu);
    }
    assert!(harness.query_by_label("File").is_none());
    assert!(harness.query_by_label("Export").is_none());
    // Menus run right to left: File (ملف) is the rightmost.
    let file = harness.get_by_label("ملف").rect();
    let export = harness.get_by_label("تصدير").rect();
    assert!(file.left() > export.left(), "{file:?} right of {export:?}");
    // The file list is on the right, with Arabic labels.
    let files = harness.get_by_label("تصفية المقالات").rect();
    assert!(
        files.center().x > width / 2.0,
        "Arabic: the file list is on the right"
    );
    harness.get_by_label("المقالات");
    // Review bar and status bar.
    harness.get_by_label("الخط الزمني");
    harness.get_by_label("الجدول");
    harness.get_by_label_contains("عُثر على");
}

/// An Arabic menu item opens its menu and its items are Arabic too; English
/// comes back the same way.
#[test]
fn the_arabic_menus_hold_arabic_items_and_english_comes_back() {
    let mut harness = harness(None);
    harness.state_mut().apply(Command::SetLanguage(Lang::Ar));
    settle(&mut harness);
    harness.get_by_label("ملف").click();
    harness.run();
    harness.get_by_label_contains("حفظ مساحة العمل باسم");
    harness.get_by_label_contains("خروج");
    harness.state_mut().apply(Command::SetLanguage(Lang::En));
    settle(&mut harness);
    harness.get_by_label("File");
    assert!(harness.query_by_label("ملف").is_none());
}
