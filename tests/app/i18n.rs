//! The interface language (issue 12, item 9): View ▸ Interface language
//! turns every menu Arabic, mirrors the panels and is remembered. (The
//! one-language place names are unit tests of `i18n` and `timeline`.)

use eframe::egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use jawla::app::Command;
use jawla::i18n::Lang;

use crate::common::{harness, settle, temp_dir};

/// `s` without Fluent's bidi isolates (FSI, PDI), which the Arabic messages
/// keep around their placeables.
fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

/// The app in the Arabic interface, the seeds open.
fn arabic() -> egui_kittest::Harness<'static, jawla::app::JawlaApp> {
    let mut harness = harness(None);
    harness.state_mut().apply(Command::SetLanguage(Lang::Ar));
    settle(&mut harness);
    harness
}

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

/// Messages built on the loading thread (issue 12, what remained of item 9):
/// in Arabic, a folder's "left aside" note, a file that cannot be opened and
/// a file with no Arabic text read Arabic, the paths kept as they are.
#[test]
fn in_arabic_the_load_messages_and_errors_read_arabic() {
    let dir = temp_dir("i18n-load-messages");
    let folder = dir.join("folder");
    std::fs::create_dir_all(&folder).expect("folder");
    std::fs::write(folder.join("README.md"), "# Notes\n\nArticles of June.\n").expect("write");
    std::fs::write(folder.join("scan.pdf"), b"%PDF-1.7").expect("write");
    std::fs::write(
        folder.join("visit.txt"),
        "وصل وزير الخارجية إلى القاهرة\n\nوصل وزير الخارجية إلى القاهرة يوم الاثنين.\n",
    )
    .expect("write");
    let empty = dir.join("empty.md");
    std::fs::write(&empty, b"").expect("write");
    let english = dir.join("notes.md");
    std::fs::write(&english, "# Notes\n\nNothing in Arabic.\n").expect("write");

    let mut harness = arabic();
    harness
        .state_mut()
        .apply(Command::OpenPaths(vec![folder.clone()]));
    settle(&mut harness);
    let canonical = std::fs::canonicalize(&folder).expect("exists");
    assert_eq!(
        plain(&harness.state().notice().unwrap_or_default()),
        format!(
            "{}: استُبعد ملفان: 1 ليست من نوع txt أو md أو html، 1 بلا نص عربي (README.md)",
            canonical.display()
        )
    );

    harness
        .state_mut()
        .apply(Command::OpenPaths(vec![empty.clone()]));
    settle(&mut harness);
    let errors: Vec<String> = harness.state().errors().iter().map(|e| plain(e)).collect();
    assert_eq!(errors, [format!("{}: الملف فارغ", empty.display())]);
    assert!(harness.query_all_by_label_contains("الملف فارغ").count() >= 1);

    harness.state_mut().apply(Command::OpenPaths(vec![english]));
    settle(&mut harness);
    assert_eq!(
        plain(&harness.state().notice().unwrap_or_default()),
        "لا نص عربيًا في notes.md: لا يمكن العثور فيه على زيارات"
    );
}

/// The window title follows the interface language: "TITLE — jawla" in
/// English, «TITLE — جولة» in Arabic, «جولة» alone with no article.
#[test]
fn the_window_title_is_in_the_interface_language() {
    let mut harness = harness(None);
    let selected = harness.state().persisted().selected;
    let title = harness
        .state()
        .articles()
        .iter()
        .find(|a| Some(&a.path) == selected.as_ref())
        .map(|a| a.title.clone())
        .expect("a seed is selected");
    assert_eq!(harness.state().window_title(), format!("{title} — jawla"));
    harness.state_mut().apply(Command::SetLanguage(Lang::Ar));
    settle(&mut harness);
    assert_eq!(
        harness.state().window_title(),
        format!("\u{2068}{title}\u{2069} — جولة")
    );
}

/// Every text the last frame painted (galleys' text, in logical order).
fn painted(harness: &egui_kittest::Harness<'static, jawla::app::JawlaApp>) -> Vec<String> {
    (harness.output().shapes.iter())
        .filter_map(|c| match &c.shape {
            eframe::egui::Shape::Text(t) => Some(t.galley.text().to_owned()),
            _ => None,
        })
        .collect()
}

/// Roles (English in the people lexicon) read Arabic in the Arabic
/// interface, from `assets/people/roles_ar.tsv`: Blinken's role in the
/// timeline's names column and in the table's Role column.
#[test]
fn in_arabic_roles_read_as_arabic_news_writes_them() {
    let mut harness = harness(None);
    let role = "US Secretary of State";
    assert!(
        painted(&harness).iter().any(|t| t == role),
        "English lane role"
    );
    harness.state_mut().apply(Command::SetLanguage(Lang::Ar));
    settle(&mut harness);
    let arabic = "وزير الخارجية الأمريكي";
    let texts = painted(&harness);
    assert!(texts.iter().any(|t| t == arabic), "timeline: {texts:?}");
    assert!(!texts.iter().any(|t| t == role), "timeline: {texts:?}");
    harness.get_by_label("الجدول").click();
    harness.run();
    // The Role column is narrow at 1100 wide: the Arabic role is cut with
    // "…" (painted apart), its beginning shown.
    let texts = painted(&harness);
    let begins = |t: &String| t.chars().count() >= 6 && arabic.starts_with(t.as_str());
    assert!(texts.iter().any(begins), "table: {texts:?}");
    assert!(
        !texts.iter().any(|t| t.starts_with("US Secr")),
        "table: {texts:?}"
    );
}

/// The rect of the painted text that reads `label` (the galley's text, its
/// right-to-left mark aside).
fn painted_rect(
    harness: &egui_kittest::Harness<'static, jawla::app::JawlaApp>,
    label: &str,
) -> eframe::egui::Rect {
    (harness.output().shapes.iter())
        .find_map(|c| match &c.shape {
            eframe::egui::Shape::Text(t)
                if t.galley.text().trim_start_matches('\u{200F}') == label =>
            {
                Some(t.galley.rect.translate(t.pos.to_vec2()))
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("{label} painted"))
}

/// In Arabic a checkbox's box and a radio button's circle are on the right
/// of their label (egui puts them on the left): the label ends at least an
/// icon's width before the widget's right edge, and starts at its left.
#[test]
fn in_arabic_checkboxes_and_radios_have_their_box_on_the_right() {
    use egui_kittest::kittest::NodeT;
    let mut harness = arabic();
    let icon = (harness.ctx.style_of(eframe::egui::Theme::Light))
        .spacing
        .icon_width;
    for (menu, role, label) in [
        (
            "عرض",
            Role::CheckBox,
            jawla::i18n::tr(Lang::Ar, "view-tint"),
        ),
        (
            "تصدير",
            Role::RadioButton,
            jawla::i18n::tr(Lang::Ar, "scope-whole"),
        ),
    ] {
        harness.get_by_label(menu).click();
        harness.run();
        let widget = harness
            .query_all_by_role(role)
            .find(|n| {
                n.accesskit_node()
                    .label()
                    .is_some_and(|l| l.contains(&label))
            })
            .unwrap_or_else(|| panic!("{label}"))
            .rect();
        let text = painted_rect(&harness, &label);
        assert!(
            text.right() <= widget.right() - icon && (text.left() - widget.left()).abs() < 1.0,
            "{label}: text {text:?} in widget {widget:?}"
        );
        harness.key_press(eframe::egui::Key::Escape);
        harness.run();
    }
}

/// In Arabic a submenu's arrow is on the left of its label and points left.
#[test]
fn in_arabic_submenu_arrows_are_on_the_left() {
    let mut harness = arabic();
    harness.get_by_label("عرض").click();
    harness.run();
    let label = jawla::i18n::tr(Lang::Ar, "view-language");
    let button = harness.get_by_label_contains(&label).rect();
    let text = painted_rect(&harness, &label);
    let arrows: Vec<eframe::egui::Pos2> = (harness.output().shapes.iter())
        .filter_map(|c| match &c.shape {
            eframe::egui::Shape::Path(p) if p.points.len() == 3 && button.contains(p.points[0]) => {
                Some(
                    p.points
                        .iter()
                        .fold(eframe::egui::Pos2::ZERO, |a, q| a + q.to_vec2() / 3.0),
                )
            }
            _ => None,
        })
        .collect();
    assert_eq!(arrows.len(), 1, "{arrows:?}");
    let arrow = arrows[0];
    assert!(arrow.x < text.left(), "arrow {arrow:?} left of {text:?}");
}

/// In Arabic the table runs right to left: the Visitor column on the right,
/// Confidence on the left, and a cell's text ends at its column's right edge
/// (less the 4 pt margin), as the column titles do.
#[test]
fn in_arabic_the_table_runs_right_to_left_with_right_aligned_cells() {
    use jawla::ui::table::Column;
    let mut harness = arabic();
    harness.get_by_label("الجدول").click();
    harness.run();
    let titles: Vec<eframe::egui::Rect> = Column::ALL
        .iter()
        .map(|c| {
            let title = c.title(Lang::Ar);
            harness.get_by_role_and_label(Role::Button, &title).rect()
        })
        .collect();
    for (c, pair) in Column::ALL.iter().zip(titles.windows(2)) {
        assert!(
            pair[0].left() > pair[1].left(),
            "{c:?} right of the next: {pair:?}"
        );
    }
    // The table is wider than the review area at 1100 wide: it starts
    // scrolled to its right end, so that the first column (Visitor) shows.
    let window = harness.ctx.content_rect();
    assert!(
        titles[0].right() <= window.right() && titles[0].left() >= window.left(),
        "the Visitor column {:?} shows in {window:?}",
        titles[0]
    );
    let country = titles[Column::ALL
        .iter()
        .position(|&c| c == Column::Country)
        .unwrap_or(0)];
    let egypt = (harness.output().shapes.iter())
        .filter_map(|c| match &c.shape {
            eframe::egui::Shape::Text(t) if t.galley.text() == "مصر" => {
                Some(t.galley.rect.translate(t.pos.to_vec2()))
            }
            _ => None,
        })
        .find(|r| r.center().x > country.left() && r.center().x < country.right())
        .expect("Egypt in the Country column");
    assert!(
        (egypt.right() - (country.right() - 4.0)).abs() < 1.0,
        "{egypt:?} ends at the right of {country:?}"
    );
}

/// In Arabic the leg editor's form is mirrored: each field's label is on
/// the right of its input, and the labels are right-aligned in one column.
#[test]
fn in_arabic_the_leg_editor_has_its_labels_on_the_right() {
    let mut harness = arabic();
    let cairo = (harness.state().review().legs().iter())
        .find(|l| l.visit.place.city.as_deref() == Some("Cairo"))
        .map(|l| l.key.clone())
        .expect("the Cairo leg");
    harness.state_mut().apply(Command::SelectLeg(cairo));
    settle(&mut harness);
    let mut rights = Vec::new();
    for field in ["field-city", "field-country", "field-role"] {
        let name = jawla::i18n::tr(Lang::Ar, field);
        let input = harness.get_by_role_and_label(Role::TextInput, &name).rect();
        let label = harness.get_by_role_and_label(Role::Label, &name).rect();
        assert!(
            label.left() > input.right(),
            "{name}: label {label:?} right of its input {input:?}"
        );
        rights.push(label.right());
        // Painted whole: the inputs leave the labels room in the editor.
        let shown = (harness.output().shapes.iter()).any(|c| match &c.shape {
            eframe::egui::Shape::Text(t)
                if t.galley.text().trim_start_matches('\u{200F}') == name =>
            {
                let rect = t.galley.rect.translate(t.pos.to_vec2());
                c.clip_rect.expand(0.5).contains_rect(rect)
            }
            _ => false,
        });
        let on_screen = label.bottom() <= harness.ctx.content_rect().bottom();
        assert!(shown || !on_screen, "{name} is painted inside its clip");
    }
    assert!(
        rights.iter().all(|r| (r - rights[0]).abs() < 1.0),
        "labels right-aligned: {rights:?}"
    );
}

/// In Arabic the timeline's axis names the months as the news does
/// («يونيو 2024»), painted as words: no bidi isolate shown as a token.
#[test]
fn in_arabic_the_axis_names_months_in_arabic() {
    let harness = arabic();
    let texts = painted(&harness);
    let months: Vec<String> = (1..=12)
        .map(|m| jawla::i18n::tr(Lang::Ar, &format!("month-{m}")))
        .collect();
    assert!(
        texts.iter().any(|t| months.contains(t)),
        "a month in Arabic among {texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t.contains("FSI") || t.contains("PDI")),
        "{texts:?}"
    );
}

/// At 1200×780 in Arabic the status bar's items are painted whole: none
/// runs past the window's right edge or out of its clip (issue 12 saw the
/// rightmost item, «23 مقالًا», cut by a glyph).
#[test]
fn in_arabic_at_1200x780_the_status_bar_is_not_clipped() {
    let state = jawla::app::PersistedState {
        language: Lang::Ar,
        ..jawla::app::PersistedState::default()
    };
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1200.0, 780.0])
        .with_theme(eframe::egui::Theme::Light)
        .with_render_cursor(false)
        .build_eframe(move |cc| jawla::app::JawlaApp::with_state(&cc.egui_ctx, state));
    settle(&mut harness);
    harness.state_mut().apply(Command::SetLanguage(Lang::Ar));
    settle(&mut harness);
    let window = harness.ctx.content_rect();
    let mut seen = 0;
    for c in &harness.output().shapes {
        let eframe::egui::Shape::Text(t) = &c.shape else {
            continue;
        };
        let rect = t.galley.rect.translate(t.pos.to_vec2());
        // The status bar's own texts: clipped by the bottom panel.
        let in_bar = c.clip_rect.top() >= window.bottom() - 60.0;
        if !in_bar || t.galley.text().trim().is_empty() {
            continue;
        }
        seen += 1;
        assert!(
            rect.right() <= window.right() && c.clip_rect.expand(0.5).contains_rect(rect),
            "{:?} at {rect:?}, clip {:?}",
            t.galley.text(),
            c.clip_rect
        );
    }
    assert!(seen >= 2, "status bar texts: {seen}");
}

/// In Arabic the leg editor's title reads right to left with its date in
/// order: painted left to right, the visitor, then the ISO date as written
/// («2024-06-10», not «10-06-2024»), then the place at the right.
#[test]
fn in_arabic_the_leg_editors_title_keeps_its_date_in_order() {
    let mut harness = arabic();
    let cairo = (harness.state().review().legs().iter())
        .find(|l| l.visit.place.city.as_deref() == Some("Cairo") && l.visit.date.is_some())
        .map(|l| (l.key.clone(), l.visit.date.map(|d| d.to_string())))
        .expect("a dated Cairo leg");
    let date = cairo.1.clone().expect("dated");
    harness.state_mut().apply(Command::SelectLeg(cairo.0));
    settle(&mut harness);
    let title = painted(&harness)
        .into_iter()
        .find(|t| t.contains("القاهرة") && t.contains(&date))
        .unwrap_or_else(|| panic!("a title with {date}: {:?}", painted(&harness)));
    let at = |s: &str| title.find(s).unwrap_or_else(|| panic!("{s} in {title:?}"));
    // The galley holds the line in visual order, left to right.
    assert!(
        at(&date) < at("القاهرة"),
        "place right of the date: {title:?}"
    );
    let visitor_word = title
        .split_whitespace()
        .next()
        .expect("a first word")
        .trim_start_matches('\u{200F}')
        .to_owned();
    assert!(
        !visitor_word.contains("القاهرة") && at(&visitor_word) < at(&date),
        "visitor left of the date: {title:?}"
    );
}

/// An article whose date is written «04/22/ 2024» (as in a real one, Walta's
/// of 22 April 2024).
const ADDIS: &str = "أردوغان يلتقي رشيد في بغداد\n\nأديس أبابا، 04/22/ 2024 (أديس والتا) ـ التقى \
                     الرئيس التركي رجب طيب أردوغان الرئيس العراقي عبد اللطيف رشيد في العاصمة \
                     العراقية بغداد.\n";

/// The Arabic table's Date column shows a date as the article writes it the
/// way the article shows it: typed «04/22/ 2024» in an Arabic line, it reads
/// «2024 /04/22», painted left to right as "2024", "/", "04/22" on one row.
/// (It was painted as one left-to-right line, «04/22/ 2024».)
#[test]
fn in_arabic_the_table_shows_a_written_date_as_the_article_does() {
    use jawla::ui::table::Column;
    let dir = temp_dir("i18n-written-date");
    let path = dir.join("addis.txt");
    std::fs::write(&path, ADDIS).expect("write");
    let mut harness = arabic();
    harness.state_mut().apply(Command::OpenPaths(vec![path]));
    settle(&mut harness);
    let leg = (harness.state().review().legs().iter())
        .find(|l| l.visit.date_text.as_deref() == Some("04/22/ 2024"))
        .map(|l| l.key.clone())
        .expect("a leg with the date as written");
    harness.get_by_label("الجدول").click();
    harness.run();
    harness.state_mut().apply(Command::SelectLeg(leg));
    settle(&mut harness);
    let texts: Vec<(String, eframe::egui::Rect)> = (harness.output().shapes.iter())
        .filter_map(|c| match &c.shape {
            eframe::egui::Shape::Text(t) => Some((
                t.galley.text().to_owned(),
                t.galley.rect.translate(t.pos.to_vec2()),
            )),
            _ => None,
        })
        .collect();
    let title = Column::Date.title(Lang::Ar);
    let column = harness.get_by_role_and_label(Role::Button, &title).rect();
    let in_column = |r: &eframe::egui::Rect| {
        r.center().y > column.bottom() && column.x_range().contains(r.center().x)
    };
    assert!(
        !(texts.iter()).any(|(t, r)| t == "04/22/ 2024" && in_column(r)),
        "painted as written, left to right: {texts:?}"
    );
    let month_day = (texts.iter())
        .find(|(t, r)| t == "04/22" && in_column(r))
        .map(|(_, r)| *r)
        .unwrap_or_else(|| panic!("04/22 painted in {column:?}: {texts:?}"));
    let on_row = |s: &str| {
        (texts.iter())
            .filter(|(t, r)| t == s && (r.center().y - month_day.center().y).abs() < 2.0)
            .map(|(_, r)| *r)
            .filter(|r| r.right() <= month_day.left() + 0.5)
            .max_by(|a, b| a.left().total_cmp(&b.left()))
            .unwrap_or_else(|| panic!("{s} left of 04/22 on its row: {texts:?}"))
    };
    let (slash, year) = (on_row("/"), on_row("2024"));
    assert!(
        year.right() <= slash.left() + 0.5,
        "2024 {year:?} left of / {slash:?}"
    );
}

/// In the Arabic table Saudi Arabia is «السعودية», whole: the short name of
/// `assets/i18n/countries.tsv`, not the gazetteer's official «المملكة
/// العربية السعودية», which the Country column cut to «الممل…».
#[test]
fn in_arabic_the_table_names_countries_by_their_short_names() {
    use jawla::ui::table::Column;
    let mut harness = arabic();
    harness.get_by_label("الجدول").click();
    harness.run();
    let title = Column::Country.title(Lang::Ar);
    let column = harness.get_by_role_and_label(Role::Button, &title).rect();
    let cells: Vec<String> = (harness.output().shapes.iter())
        .filter_map(|c| match &c.shape {
            eframe::egui::Shape::Text(t) => {
                let r = t.galley.rect.translate(t.pos.to_vec2());
                (r.center().y > column.bottom() && column.x_range().contains(r.center().x))
                    .then(|| t.galley.text().to_owned())
            }
            _ => None,
        })
        .collect();
    assert!(
        cells.iter().any(|t| t == "السعودية"),
        "Saudi Arabia in the Country column: {cells:?}"
    );
    assert!(
        !cells.iter().any(|t| t.contains('…')),
        "a country cut: {cells:?}"
    );
}

/// Workspace, autosave and export errors (issue 12, what remained of item
/// 9) read Arabic in the Arabic interface, the paths and the system's own
/// reason kept as they are: a workspace kept aside at start, one that cannot
/// be opened or saved, an autosave that cannot create its folder, and an
/// export that cannot be written.
#[test]
fn in_arabic_workspace_autosave_and_export_errors_read_arabic() {
    use jawla::app::{ExportScope, JawlaApp, PersistedState};
    use jawla::export::Format;
    let dir = temp_dir("i18n-workspace-errors");
    // At start: a truncated workspace is kept aside.
    let corrupt = dir.join("workspace.json");
    std::fs::write(
        &corrupt,
        b"{\"format\":\"jawla-workspace\",\"version\":1,\"arti",
    )
    .expect("write");
    let state = PersistedState {
        language: Lang::Ar,
        ..PersistedState::default()
    };
    let start = corrupt.clone();
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1100.0, 700.0])
        .build_eframe(move |cc| JawlaApp::with_workspace(&cc.egui_ctx, state, Some(start)));
    settle(&mut harness);
    let errors: Vec<String> = harness.state().errors().iter().map(|e| plain(e)).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let prefix = format!(
        "تعذّر فتح مساحة العمل {}: الملف مبتور (ينتهي في وسط البيانات). حُفظ الملف جانبًا باسم ",
        corrupt.display()
    );
    assert!(
        errors[0].starts_with(&prefix) && errors[0].ends_with(" وبدأت جولة بمساحة عمل فارغة."),
        "{errors:?}"
    );
    harness.state_mut().apply(Command::DismissAllErrors);

    // Open: not a workspace.
    let other = dir.join("other.json");
    std::fs::write(&other, b"{\"hello\": 1}").expect("write");
    let app = harness.state_mut();
    let open = app.open_workspace(&other).expect_err("not a workspace");
    assert_eq!(
        plain(&open.text(Lang::Ar)),
        format!(
            "تعذّر فتح مساحة العمل {}: الملف ليس مساحة عمل لجولة (ليس فيه \"format\": \"jawla-workspace\")",
            other.display()
        )
    );
    // Save as, and export, into a folder that does not exist.
    let nowhere = dir.join("no-such-folder");
    let save = app
        .save_workspace_as(&nowhere.join("w.json"))
        .expect_err("no folder");
    let save = plain(&save.text(Lang::Ar));
    assert!(
        save.starts_with(&format!(
            "تعذّر حفظ مساحة العمل {}: ",
            nowhere.join("w.json").display()
        )) && save.ends_with(" (الملف السابق لم يتغير)"),
        "{save}"
    );
    let csv = nowhere.join("legs.csv");
    let export = app
        .export_to(Format::Csv, ExportScope::Whole, &csv)
        .expect_err("no folder")
        .text(Lang::Ar);
    assert!(
        plain(&export).starts_with(&format!("تعذّرت الكتابة في {}: ", csv.display())),
        "{export}"
    );
}

/// An autosave whose folder cannot be made says so in Arabic, once.
#[test]
fn in_arabic_an_autosave_that_cannot_make_its_folder_says_so_in_arabic() {
    use jawla::app::{JawlaApp, PersistedState};
    let dir = temp_dir("i18n-autosave-folder");
    let folder = dir.join("jawla");
    let path = folder.join("workspace.json");
    let state = PersistedState {
        language: Lang::Ar,
        ..PersistedState::default()
    };
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1100.0, 700.0])
        .build_eframe(move |cc| JawlaApp::with_workspace(&cc.egui_ctx, state, Some(path)));
    settle(&mut harness);
    // A file takes the place of the autosave's folder after the start (and
    // its first save), then the session changes.
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::write(&folder, b"not a folder").expect("write");
    harness.state_mut().apply(Command::CancelLoading);
    harness.state_mut().save_workspace_now();
    let errors: Vec<String> = harness.state().errors().iter().map(|e| plain(e)).collect();
    let want = format!(
        "تعذّر حفظ مساحة العمل {}: تعذّر إنشاء مجلدها (",
        folder.join("workspace.json").display()
    );
    assert!(
        errors.len() == 1 && errors[0].starts_with(&want),
        "{errors:?}"
    );
}

/// A long Arabic error in the banner keeps its beginning: cut with "…" at
/// its logical end, on the left. (egui's truncation cut the visual right
/// end, where an Arabic message begins: «تعذّر فتح مساحة العمل …» was lost.)
#[test]
fn in_arabic_a_long_error_keeps_its_beginning() {
    use jawla::app::{JawlaApp, PersistedState};
    let dir = temp_dir("i18n-long-error");
    let corrupt = dir.join("a-workspace-with-a-rather-long-name-to-make-the-message-long.json");
    std::fs::write(
        &corrupt,
        b"{\"format\":\"jawla-workspace\",\"version\":1,\"arti",
    )
    .expect("write");
    let state = PersistedState {
        language: Lang::Ar,
        ..PersistedState::default()
    };
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1100.0, 700.0])
        .build_eframe(move |cc| JawlaApp::with_workspace(&cc.egui_ctx, state, Some(corrupt)));
    settle(&mut harness);
    assert_eq!(harness.state().errors().len(), 1);
    // The glyphs painted in the banner's rows (clipped as its × button is),
    // left to right.
    let shapes = &harness.output().shapes;
    // (The file list, on the right, has × buttons of its own.)
    let banner = (shapes.iter())
        .filter(|c| matches!(&c.shape, eframe::egui::Shape::Text(t) if t.galley.text() == "×"))
        .map(|c| c.clip_rect)
        .min_by(|a, b| a.left().total_cmp(&b.left()))
        .expect("the banner's × button");
    let mut glyphs: Vec<(f32, char)> = Vec::new();
    for c in shapes.iter().filter(|c| c.clip_rect == banner) {
        let eframe::egui::Shape::Text(t) = &c.shape else {
            continue;
        };
        for row in &t.galley.rows {
            for g in &row.glyphs {
                if g.chr != '×' && !g.chr.is_whitespace() {
                    glyphs.push((t.pos.x + row.pos.x + g.pos.x, g.chr));
                }
            }
        }
    }
    glyphs.sort_by(|a, b| a.0.total_cmp(&b.0));
    let shown: String = glyphs.iter().map(|&(_, c)| c).collect();
    // Right to left: the cut ("…") is at the message's logical end, in the
    // path; right of it its first words, «تعذّر فتح مساحة العمل».
    let (beginning, _) = shown
        .rsplit_once('…')
        .map(|(before, after)| (after, before))
        .unwrap_or_else(|| panic!("the message is cut: {shown}"));
    for c in ['ت', 'ع', 'ذ', 'ر', 'ف', 'ح', 'م', 'س'] {
        assert!(beginning.contains(c), "{c} right of the cut: {shown}");
    }
}

/// In Arabic the leg editor's form keeps to the editor's right edge when the
/// editor is wider than the form (1600 wide: the editor is 460 points): the
/// labels end at the panel's right, and so do the title and the Apply row.
/// (The form started at the panel's left, its labels in the middle.)
#[test]
fn in_arabic_a_wide_leg_editor_keeps_its_form_on_the_right() {
    use jawla::app::{JawlaApp, PersistedState};
    let state = PersistedState {
        language: Lang::Ar,
        ..PersistedState::default()
    };
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_eframe(move |cc| JawlaApp::with_state(&cc.egui_ctx, state));
    settle(&mut harness);
    let cairo = (harness.state().review().legs().iter())
        .find(|l| l.visit.place.city.as_deref() == Some("Cairo"))
        .map(|l| l.key.clone())
        .expect("the Cairo leg");
    harness.state_mut().apply(Command::SelectLeg(cairo));
    settle(&mut harness);
    let name = jawla::i18n::tr(Lang::Ar, "field-city");
    let (label, panel) = (harness.output().shapes.iter())
        .find_map(|c| match &c.shape {
            eframe::egui::Shape::Text(t)
                if t.galley.text().trim_start_matches('\u{200F}') == name =>
            {
                Some((t.galley.rect.translate(t.pos.to_vec2()), c.clip_rect))
            }
            _ => None,
        })
        .expect("the City label");
    assert!(panel.width() > 400.0, "a wide editor: {panel:?}");
    assert!(
        label.right() > panel.right() - 30.0,
        "the label {label:?} at the right of the editor {panel:?}"
    );
    // Clear of the scroll bar, which egui floats over the content's right.
    let bar = harness.ctx.global_style().spacing.scroll.bar_width;
    assert!(
        label.right() <= panel.right() - bar,
        "the label {label:?} clear of the scroll bar ({bar} wide) of {panel:?}"
    );
    let apply = jawla::i18n::tr(Lang::Ar, "editor-apply");
    let apply = harness.get_by_role_and_label(Role::Button, &apply).rect();
    assert!(
        apply.right() > panel.right() - 30.0,
        "Apply {apply:?} at the right of the editor {panel:?}"
    );
}

/// The leg editor's "date as written" field, when not being edited, shows
/// the date as the article does: «2024 /04/22», painted "2024", "/", "04/22"
/// left to right inside the field. (Egui showed the characters as typed,
/// «04/22/ 2024».)
#[test]
fn in_arabic_the_editor_shows_a_written_date_as_the_article_does() {
    let dir = temp_dir("i18n-written-date-editor");
    let path = dir.join("addis.txt");
    std::fs::write(&path, ADDIS).expect("write");
    let mut harness = arabic();
    harness.state_mut().apply(Command::OpenPaths(vec![path]));
    settle(&mut harness);
    let leg = (harness.state().review().legs().iter())
        .find(|l| l.visit.date_text.as_deref() == Some("04/22/ 2024"))
        .map(|l| l.key.clone())
        .expect("a leg with the date as written");
    harness.state_mut().apply(Command::SelectLeg(leg));
    settle(&mut harness);
    let name = jawla::i18n::tr(Lang::Ar, "field-date-text");
    let field = harness.get_by_role_and_label(Role::TextInput, &name).rect();
    // What shows: the texts painted inside the field after the last fill
    // that covers them (egui's own text of the field is painted over).
    let mut inside: Vec<(String, eframe::egui::Rect)> = Vec::new();
    for c in &harness.output().shapes {
        match &c.shape {
            eframe::egui::Shape::Rect(r) if r.rect.contains(field.center()) => inside.clear(),
            eframe::egui::Shape::Text(t) => {
                let r = t.galley.rect.translate(t.pos.to_vec2());
                if field.contains(r.center()) && !t.galley.text().trim().is_empty() {
                    inside.push((t.galley.text().to_owned(), r));
                }
            }
            _ => {}
        }
    }
    let mut shown = inside.clone();
    shown.sort_by(|a, b| a.1.left().total_cmp(&b.1.left()));
    let texts: Vec<&str> = shown.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["2024", "/", "04/22"], "{inside:?}");
}

/// The Export menu names the formats in Arabic in the Arabic interface
/// («ملخص Markdown», «صورة SVG للخط الزمني»); they were English ("Markdown
/// summary", "SVG image of the timeline").
#[test]
fn in_arabic_the_export_menu_names_the_formats_in_arabic() {
    let mut harness = arabic();
    harness.get_by_label("تصدير").click();
    harness.run();
    harness.get_by_label_contains("ملخص");
    assert_eq!(harness.query_all_by_label_contains("بمن").count(), 2);
    for english in ["Markdown summary", "image of the timeline", "who met whom"] {
        assert!(
            harness.query_by_label_contains(english).is_none(),
            "{english} in the Arabic Export menu"
        );
    }
}

/// The "Add visit" window reads Arabic in the Arabic interface: its title
/// and the span of the selection («… (المحارف 2222–2285)») were English
/// ("Add visit", "chars").
#[test]
fn in_arabic_the_add_visit_window_reads_arabic() {
    let mut harness = arabic();
    harness.state_mut().set_viewer_selection(Some(2222..2285));
    harness.state_mut().apply(Command::AddVisitFromSelection);
    harness.run();
    harness.run();
    let texts = painted(&harness);
    assert!(
        texts
            .iter()
            .any(|t| t.contains("المحارف") && t.contains("2285")),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| plain(t) == "إضافة زيارة"), "{texts:?}");
    for english in ["Add visit", "chars"] {
        assert!(
            !texts.iter().any(|t| t.contains(english)),
            "{english}: {texts:?}"
        );
    }
}

/// The reader's find bar reads Arabic in the Arabic interface: its buttons
/// and its count («لا نتائج») were English ("Previous", "Next", "Close",
/// "no match").
#[test]
fn in_arabic_the_find_bar_reads_arabic() {
    use egui_kittest::kittest::Queryable;
    let mut harness = arabic();
    harness.get_by_label("تحرير").click();
    harness.run();
    harness.get_by_label_contains("البحث في المقال").click();
    harness.run();
    harness.run();
    harness
        .get_by_label(jawla::ui::viewer::FIND_LABEL)
        .type_text("لامكانيوجد");
    harness.run();
    harness.run();
    for name in ["find-previous", "find-next", "find-close"] {
        let name = jawla::i18n::tr(Lang::Ar, name);
        harness.get_by_role_and_label(Role::Button, &name);
    }
    let texts = painted(&harness);
    assert!(texts.iter().any(|t| t.contains("لا نتائج")), "{texts:?}");
    for english in ["Previous", "Next", "Close", "no match"] {
        assert!(
            !texts.iter().any(|t| t.contains(english)),
            "{english}: {texts:?}"
        );
    }
}

/// In Arabic a correction that carries a value that cannot be stored (a
/// country "Egypt") says why in Arabic in the list of corrections that do
/// not apply. (It said "Egypt is not a two-letter ISO 3166-1 country code",
/// the English the correction's problem stores.)
#[test]
fn in_arabic_an_invalid_correction_says_why_in_arabic() {
    use jawla::review::{Correction, FieldEdit};
    let mut harness = arabic();
    let target = harness.state().review().legs()[0].key.clone();
    let changes = vec![FieldEdit::PlaceCountry("Egypt".to_owned())];
    (harness.state_mut()).apply(Command::Correct(Correction::Edit { target, changes }));
    harness.run();
    assert_eq!(harness.state().review().unapplied().len(), 1);
    assert!(
        harness.query_by_label_contains("country code").is_none(),
        "no English reason"
    );
    // «Egypt ليس رمز بلد من حرفين وفق ISO 3166-1»
    harness.get_by_label_contains("ليس رمز بلد");
}

/// In Arabic, a folder opened while the loading worker is not running says
/// so in Arabic. (It said "PATH: the loading worker is not running".)
#[test]
fn in_arabic_a_stopped_loading_worker_is_reported_in_arabic() {
    let mut harness = arabic();
    let dir = temp_dir("i18n-loader-stopped");
    harness.state_mut().stop_loading_worker();
    harness.state_mut().open_paths(vec![dir.clone()]);
    harness.run();
    let errors = harness.state().errors();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("عامل فتح الملفات") && !errors[0].contains("worker"),
        "{errors:?}"
    );
    assert!(errors[0].contains(&*dir.to_string_lossy()), "{errors:?}");
}

/// In Arabic a long hover text (the status bar's note on visits and legs,
/// shown over a row that does not wrap) reads from its top line: its first
/// words «التقارير عن الزيارة…» on the top row, its last «…أو تحذفها» on the
/// bottom one. (egui wrapped the line already in visual order: the top row
/// held the end.)
#[test]
fn in_arabic_a_long_hover_text_begins_on_its_top_row() {
    let mut harness = arabic();
    let visits = jawla::ui::status::visits_text(Lang::Ar, 11, 10);
    let visits: String = visits
        .chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect();
    let at = harness.get_by_label(&visits).rect().center();
    harness.hover_at(at);
    harness.run();
    let shapes = &harness.output().shapes;
    let galley = shapes
        .iter()
        .find_map(|c| match &c.shape {
            eframe::egui::Shape::Text(t) if t.galley.text().contains("التقارير") => {
                Some(t.galley.clone())
            }
            _ => None,
        })
        .expect("the hover text is shown");
    let rows: Vec<String> = (galley.rows.iter())
        .map(|r| r.glyphs.iter().map(|g| g.chr).collect::<String>())
        .filter(|r| !r.trim().is_empty())
        .collect();
    assert!(rows.len() >= 2, "{rows:?}");
    // «ئ» is only in the first line's «الزائر», «ذ» only in the last word.
    let (top, bottom) = (&rows[0], &rows[rows.len() - 1]);
    assert!(top.contains('ئ') && !top.contains('ذ'), "{rows:?}");
    assert!(bottom.contains('ذ') && !bottom.contains('ئ'), "{rows:?}");
}

/// In Arabic the leg editor's hint and its list of corrections that no
/// longer apply end at the editor's right edge, as its form does. (They were
/// at its left edge.)
#[test]
fn in_arabic_the_editors_hint_and_unapplied_list_are_right_aligned() {
    use jawla::review::{Correction, FieldEdit};
    let mut harness = arabic();
    let target = harness.state().review().legs()[0].key.clone();
    let changes = vec![FieldEdit::PlaceCountry("Egypt".to_owned())];
    (harness.state_mut()).apply(Command::Correct(Correction::Edit { target, changes }));
    harness.run();
    // «حدِّد محطة على الخط الزمني أو في الجدول لمراجعتها.»
    let hint = harness.get_by_label_contains("محطة على الخط الزمني").rect();
    let problem = harness.get_by_label_contains("ليس رمز بلد").rect();
    assert!(
        (hint.max.x - problem.max.x).abs() <= 1.0 && (hint.min.x - problem.min.x).abs() > 1.0,
        "both end at the right edge: hint {hint:?}, problem {problem:?}"
    );
}

/// The hidden-character warning above the reader reads Arabic in Arabic
/// (issue 12: it was the command line's English inside «تحذير: …»), worded
/// from the counts the loading thread kept.
#[test]
fn in_arabic_the_hidden_character_warning_reads_arabic() {
    let dir = temp_dir("i18n-hidden-warning");
    let path = dir.join("rlo.txt");
    std::fs::write(
        &path,
        "وصل الوزير \u{202E}123\u{202C} إلى القاهرة.\n".as_bytes(),
    )
    .expect("write");
    let mut harness = arabic();
    harness.state_mut().apply(Command::OpenPaths(vec![path]));
    settle(&mut harness);
    use egui_kittest::kittest::NodeT;
    let labels: Vec<String> = harness
        .query_all_by_role(Role::Label)
        .filter_map(|n| n.accesskit_node().label().map(|l| plain(&l)))
        .filter(|l| l.starts_with("تحذير: "))
        .collect();
    assert_eq!(
        labels,
        [
            "تحذير: محرفان من محارف التحكم في الاتجاه قد يُظهران الأسماء والأرقام على غير ما هي \
             عليه في النص."
        ]
    );
    assert!(harness.get_by_label("إظهار المحارف المخفية").rect().width() > 0.0);
}

/// A menu button `left` points from the window's left edge whose menu (a
/// [`jawla::ui::tr::menu_column`], as the app's) holds a long item and a
/// submenu made by `jawla::ui::tr::submenu`, in `lang`: the rects of the
/// long item, of the submenu's button and of the submenu's one item, once
/// it is open.
fn open_submenu(lang: Lang, left: f32) -> [eframe::egui::Rect; 3] {
    let mut harness = egui_kittest::Harness::builder()
        .with_size([900.0, 400.0])
        .build_ui(move |ui| {
            jawla::ui::tr::set_lang(ui.ctx(), lang);
            ui.horizontal(|ui| {
                ui.add_space(left);
                ui.menu_button("Menu", |ui| {
                    jawla::ui::tr::menu_column(ui, |ui| {
                        let _ = ui.button("A long item of the menu");
                        jawla::ui::tr::submenu(ui, "Submenu", |ui| {
                            let _ = ui.button("Item");
                        });
                    });
                });
            });
        });
    harness.get_by_label("Menu").click();
    harness.run();
    let long = harness.get_by_label("A long item of the menu").rect();
    let button = harness.get_by_label("Submenu").rect();
    harness.hover_at(button.center());
    harness.run();
    let item = harness.get_by_label("Item").rect();
    [long, button, item]
}

/// In Arabic a submenu opens on the left of its menu, where the mirrored
/// menus lead, and on the right only when the window has no room on the
/// left; in English on the right. (egui opens every submenu on the right
/// when there is room: `SubMenu::show` aligns its popup `RIGHT_START`.)
#[test]
fn in_arabic_a_submenu_opens_on_the_left() {
    let [long, button, item] = open_submenu(Lang::Ar, 400.0);
    assert!(
        item.right() <= long.left(),
        "Arabic: the item {item:?} left of the menu {long:?}"
    );
    let [long, button_, item_] = open_submenu(Lang::Ar, 0.0);
    assert!(
        item_.left() >= button_.right() && item_.left() >= long.right(),
        "Arabic, no room on the left: the item {item_:?} on the right of {button_:?}"
    );
    assert!(
        (item.top() - button.top()).abs() <= 1.0,
        "level with its button: {item:?}, {button:?}"
    );
    let [long, button, item] = open_submenu(Lang::En, 400.0);
    assert!(
        item.left() >= button.right() && item.left() >= long.right(),
        "English: the item {item:?} on the right of {button:?}"
    );
}

/// In the Arabic app, View ▸ Interface language opens beside the View menu,
/// on its left, not over it. (egui placed it on the left of the submenu's
/// own button, which an Arabic menu right-aligns: it covered the menu's
/// longer items.)
#[test]
fn in_arabic_the_language_submenu_does_not_cover_the_view_menu() {
    let mut harness = arabic();
    harness.get_by_label("عرض").click();
    harness.run();
    let items: Vec<eframe::egui::Rect> = ["view-tint", "view-reveal", "view-zoom-reset"]
        .iter()
        .map(|key| {
            let label = jawla::i18n::tr(Lang::Ar, key);
            harness.get_by_label_contains(&label).rect()
        })
        .collect();
    let label = jawla::i18n::tr(Lang::Ar, "view-language");
    let button = harness.get_by_label_contains(&label).rect();
    harness.hover_at(button.center());
    harness.run();
    let english = harness.get_by_label("English").rect();
    for item in items {
        assert!(
            english.right() <= item.left(),
            "the submenu's item {english:?} left of the menu's {item:?}"
        );
    }
}

/// Whether a widget's accessible name (or a label's text) holds `text`.
fn says(harness: &egui_kittest::Harness<'static, jawla::app::JawlaApp>, text: &str) -> bool {
    let holds = |s: Option<String>| s.is_some_and(|s| plain(&s).contains(text));
    (harness.query_all_by(|n| holds(n.label()) || holds(n.value())))
        .next()
        .is_some()
}

/// The error banner is worded again when the interface language changes,
/// both ways: a file's error and a workspace's keep their file names, only
/// the app's words change. (They were worded once, when the error came, and
/// stayed English in Arabic.)
#[test]
fn the_error_banner_follows_the_interface_language() {
    use jawla::app::PathAction;
    let dir = temp_dir("i18n-errors-follow");
    let empty = dir.join("empty.md");
    std::fs::write(&empty, b"").expect("write");
    let other = dir.join("other.json");
    std::fs::write(&other, b"{\"hello\": 1}").expect("write");
    let mut harness = harness(None);
    harness
        .state_mut()
        .apply(Command::OpenPaths(vec![empty.clone()]));
    settle(&mut harness);
    harness.state_mut().apply(Command::SubmitPath(
        PathAction::OpenWorkspace,
        other.clone(),
    ));
    settle(&mut harness);
    let empty = std::fs::canonicalize(&empty).expect("exists");
    let english = [
        format!("{}: the file is empty", empty.display()),
        format!(
            "cannot open workspace {}: the file is not a jawla workspace (no \"format\": \"jawla-workspace\")",
            other.display()
        ),
    ];
    let arabic = [
        format!("{}: الملف فارغ", empty.display()),
        format!(
            "تعذّر فتح مساحة العمل {}: الملف ليس مساحة عمل لجولة (ليس فيه \"format\": \"jawla-workspace\")",
            other.display()
        ),
    ];
    for lang in [Lang::En, Lang::Ar, Lang::En, Lang::Ar] {
        harness.state_mut().apply(Command::SetLanguage(lang));
        harness.run();
        let (want, not) = match lang {
            Lang::Ar => (&arabic, &english),
            Lang::En => (&english, &arabic),
        };
        let errors: Vec<String> = harness.state().errors().iter().map(|e| plain(e)).collect();
        assert_eq!(&errors, want, "{lang:?}");
        for (want, not) in want.iter().zip(not) {
            assert!(says(&harness, want), "{lang:?}: the banner says {want:?}");
            assert!(
                !says(&harness, not),
                "{lang:?}: the banner still says {not:?}"
            );
        }
        let heading = match lang {
            Lang::Ar => "تعذّر فتح ملفين",
            Lang::En => "2 files could not be opened",
        };
        assert!(says(&harness, heading), "{lang:?}: {heading:?}");
    }
}
