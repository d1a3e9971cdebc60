//! The real application driven through egui_kittest: the seeds at start-up,
//! opening files through the same path as the Open… dialog and
//! drag-and-drop, error messages for bad files, closing, editing a
//! publication date, persistence, and an image snapshot of the window.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use eframe::egui;
use egui_kittest::kittest::Queryable;
use jawla::app::{Command, JawlaApp, PersistedState, ThemeChoice, Visits};
use jawla::engine::Engine;

use crate::common::{Dropped, busy, harness, seed_text, settle, temp_dir};

const SEEDS: [&str; 5] = [
    "000_b042023ce1a6754a.txt",
    "001_ed1f9f8fd6235f00.txt",
    "002_d67c2a2b9a1f2641.txt",
    "003_7b070c9f9999fb9f.txt",
    "004_3f1d5f2e66b3e922.txt",
];

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The same without a window: applies background results until done.
fn finish(app: &mut JawlaApp) {
    for _ in 0..500 {
        app.poll_workers();
        if !busy(app) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("background work did not finish");
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path
}

const ARTICLE: &str = "وصل وزير الخارجية الأمريكي إلى عمّان اليوم.\nوالتقى الملك عبد الله الثاني.";

#[test]
fn starts_with_the_five_seeds_listed() {
    let harness = harness(None);
    for seed in SEEDS {
        harness.get_by_label(&format!("Close {seed}"));
        harness.get_by_label(&format!("Publication date of {seed}"));
    }
    // Titles are the first lines of the articles.
    harness.get_by_label_contains("التقى وزير الخارجية الأمريكي أنتوني بلينكن");
    let app = harness.state();
    let paths: Vec<&str> = app.articles().iter().map(|a| a.path.as_str()).collect();
    let expected: Vec<String> = SEEDS.iter().map(|s| format!("seeds/{s}")).collect();
    assert_eq!(paths, expected);
    let dates: Vec<_> = app.articles().iter().map(|a| a.published).collect();
    assert_eq!(
        dates,
        vec![
            date(2024, 2, 7),
            date(2024, 6, 10),
            date(2024, 8, 19),
            date(2024, 2, 7),
            date(2024, 2, 8)
        ]
    );
    assert_eq!(app.selected(), Some("seeds/000_b042023ce1a6754a.txt"));
    assert!(app.errors().is_empty());
}

#[test]
fn each_seed_shows_the_number_of_visits_the_engine_found() {
    let harness = harness(None);
    for article in harness.state().articles() {
        let doc = jawla::model::Document {
            path: article.path.clone(),
            text: article.text.to_string(),
            published: article.published,
        };
        let found = Engine::embedded().extract(&doc).len();
        assert_eq!(
            article.visits,
            Visits::Done(Engine::embedded().extract(&doc).into())
        );
        let count = if found == 1 {
            "1 visit".to_owned()
        } else {
            format!("{found} visits")
        };
        harness.get_by_label(&format!("{} · {count}", article.file_name));
    }
}

#[test]
fn opening_a_file_through_the_dialog_path_adds_and_selects_it() {
    let dir = temp_dir("open");
    let path = write(&dir, "zyara.txt", ARTICLE.as_bytes());
    let mut harness = harness(None);
    harness
        .state_mut()
        .apply(Command::OpenPaths(vec![path.clone()]));
    settle(&mut harness);
    harness.get_by_label("Close zyara.txt");
    harness.get_by_label("وصل وزير الخارجية الأمريكي إلى عمّان اليوم.");
    let app = harness.state();
    assert_eq!(app.articles().len(), 6);
    let added = &app.articles()[5];
    let canonical = std::fs::canonicalize(&path)
        .expect("exists")
        .to_string_lossy()
        .into_owned();
    assert_eq!(added.path, canonical);
    assert_eq!(&*added.text, ARTICLE);
    assert_eq!(added.published, None);
    assert_eq!(app.selected(), Some(canonical.as_str()));
    // An unknown date is shown as such.
    harness.get_by_label("unknown date");
    // Opening it again does not duplicate it.
    harness.state_mut().apply(Command::OpenPaths(vec![path]));
    assert!(harness.state().loading().is_empty());
    assert_eq!(harness.state().articles().len(), 6);
}

#[test]
fn dropping_files_on_the_window_opens_them() {
    let dir = temp_dir("drop");
    let txt = write(&dir, "dropped.txt", ARTICLE.as_bytes());
    let (legacy, _, _) = encoding_rs::WINDOWS_1256.encode(ARTICLE);
    let cp1256 = write(&dir, "legacy.txt", &legacy);
    let mut harness = harness(None);
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(txt)));
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(cp1256)));
    settle(&mut harness);
    harness.get_by_label("Close dropped.txt");
    harness.get_by_label("Close legacy.txt");
    let app = harness.state();
    assert_eq!(app.articles().len(), 7);
    assert_eq!(&*app.articles()[6].text, ARTICLE);
    assert_eq!(app.articles()[6].encoding, "windows-1256");
}

/// Issue 13: a named pipe or a device dropped on the window is refused by
/// its kind, unopened (reading it would wait forever, or never end), and the
/// good file dropped with it opens.
#[test]
fn a_dropped_fifo_or_device_is_refused_and_the_good_file_opens() {
    let dir = temp_dir("fifo");
    let fifo = dir.join("pipe.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let good = write(&dir, "good.txt", ARTICLE.as_bytes());
    let mut harness = harness(None);
    for path in [fifo.clone(), PathBuf::from("/dev/zero"), good] {
        harness
            .input_mut()
            .dropped_files
            .push(Arc::new(Dropped(path)));
    }
    settle(&mut harness);
    let fifo = std::fs::canonicalize(&fifo).expect("fifo exists");
    let pipe_message = format!(
        "{}: not a regular file (a named pipe); not read",
        fifo.display()
    );
    let zero_message = "/dev/zero: not a regular file (a character device); not read";
    harness.get_by_label(&pipe_message);
    assert_eq!(
        harness.state().errors(),
        [pipe_message.as_str(), zero_message]
    );
    harness.get_by_label("Close good.txt");
}

#[test]
fn bad_files_show_a_message_naming_them_and_the_others_stay_open() {
    let dir = temp_dir("bad");
    let pdf = write(
        &dir,
        "report.txt",
        b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj << >> endobj",
    );
    let empty = write(&dir, "empty.md", b"");
    let good = write(&dir, "good.txt", ARTICLE.as_bytes());
    let missing = dir.join("missing.html");
    let mut harness = harness(None);
    harness.state_mut().apply(Command::OpenPaths(vec![
        pdf.clone(),
        missing.clone(),
        empty.clone(),
        good,
    ]));
    settle(&mut harness);

    let pdf_message = format!("{}: this is not a text file (PDF document)", pdf.display());
    let missing_message = format!("{}: cannot read the file (no such file)", missing.display());
    let empty_message = format!("{}: the file is empty", empty.display());
    harness.get_by_label(&pdf_message);
    harness.get_by_label(&missing_message);
    harness.get_by_label(&empty_message);
    harness.get_by_label("3 files could not be opened");
    assert_eq!(
        harness.state().errors(),
        [
            pdf_message.clone(),
            missing_message.clone(),
            empty_message.clone()
        ]
    );
    // The seeds and the good file are all open.
    for seed in SEEDS {
        harness.get_by_label(&format!("Close {seed}"));
    }
    harness.get_by_label("Close good.txt");
    assert_eq!(harness.state().articles().len(), 6);

    // Dismissing one message keeps the others.
    harness
        .get_by_label(&format!("Dismiss: {missing_message}"))
        .click();
    harness.run();
    assert!(harness.query_by_label(&missing_message).is_none());
    assert_eq!(harness.state().errors(), [pdf_message, empty_message]);
    harness.get_by_label("Dismiss all").click();
    harness.run();
    assert!(harness.state().errors().is_empty());
    assert!(
        harness
            .query_by_label_contains("could not be opened")
            .is_none()
    );
}

#[test]
fn the_close_button_closes_that_article_only() {
    let mut harness = harness(None);
    harness
        .get_by_label("Close 000_b042023ce1a6754a.txt")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label("Close 000_b042023ce1a6754a.txt")
            .is_none()
    );
    let app = harness.state();
    let paths: Vec<&str> = app.articles().iter().map(|a| a.path.as_str()).collect();
    assert_eq!(
        paths,
        SEEDS[1..]
            .iter()
            .map(|s| format!("seeds/{s}"))
            .collect::<Vec<_>>()
    );
    // The closed article was shown; its neighbour takes its place.
    assert_eq!(app.selected(), Some("seeds/001_ed1f9f8fd6235f00.txt"));
    // Ctrl+W closes the article in the viewer.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::W);
    harness.run();
    assert!(
        harness
            .query_by_label("Close 001_ed1f9f8fd6235f00.txt")
            .is_none()
    );
    assert_eq!(harness.state().articles().len(), 3);
    assert_eq!(
        harness.state().selected(),
        Some("seeds/002_d67c2a2b9a1f2641.txt")
    );
}

#[test]
fn editing_the_publication_date_in_the_panel_updates_the_article() {
    let dir = temp_dir("date");
    let path = write(&dir, "undated.txt", ARTICLE.as_bytes());
    let mut harness = harness(None);
    harness.state_mut().apply(Command::OpenPaths(vec![path]));
    settle(&mut harness);

    let field = harness.get_by_label("Publication date of undated.txt");
    field.focus();
    field.type_text("2024-13-01");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.get_by_label("use YYYY-MM-DD");
    assert_eq!(harness.state().articles()[5].published, None);

    let field = harness.get_by_label("Publication date of undated.txt");
    field.focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    field.type_text("2024-03-05");
    harness.run();
    harness.key_press(egui::Key::Enter);
    settle(&mut harness);
    assert!(harness.query_by_label("use YYYY-MM-DD").is_none());
    let article = &harness.state().articles()[5];
    assert_eq!(article.published, date(2024, 3, 5));
    // The new date was sent to the engine (a new extraction generation).
    assert_eq!(article.generation, 2);
    assert!(matches!(article.visits, Visits::Done(_)));
}

/// eframe storage kept in memory.
#[derive(Default)]
struct MemoryStorage(HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn state_saved_then_restored_keeps_files_dates_font_size_and_theme() {
    let dir = temp_dir("persist");
    let path = write(&dir, "kept.txt", ARTICLE.as_bytes());
    let ctx = egui::Context::default();
    let mut app = JawlaApp::new(&ctx, None);
    finish(&mut app);
    app.apply(Command::Close("seeds/002_d67c2a2b9a1f2641.txt".into()));
    app.apply(Command::OpenPaths(vec![path.clone()]));
    // The date is set while the file may still be loading: it must stick.
    let kept = std::fs::canonicalize(&path)
        .expect("exists")
        .to_string_lossy()
        .into_owned();
    app.apply(Command::SetPublished(kept.clone(), date(2024, 5, 1)));
    app.apply(Command::SetPublished(
        "seeds/004_3f1d5f2e66b3e922.txt".into(),
        None,
    ));
    app.apply(Command::Select("seeds/003_7b070c9f9999fb9f.txt".into()));
    app.apply(Command::SetFontSize(26.0));
    app.apply(Command::SetTheme(ThemeChoice::Dark));
    // Saved before the file finished loading, then after: the same state.
    let mut early = MemoryStorage::default();
    app.save_to(&mut early);
    finish(&mut app);
    let mut storage = MemoryStorage::default();
    app.save_to(&mut storage);
    let open_in =
        |s: &MemoryStorage| PersistedState::from_json(&s.0["jawla.state"]).map(|p| p.open);
    assert_eq!(open_in(&early), open_in(&storage));

    let mut restored = JawlaApp::new(&egui::Context::default(), Some(&storage));
    finish(&mut restored);
    let open: Vec<(String, Option<NaiveDate>)> = restored
        .articles()
        .iter()
        .map(|a| (a.path.clone(), a.published))
        .collect();
    assert_eq!(
        open,
        vec![
            (
                "seeds/000_b042023ce1a6754a.txt".to_owned(),
                date(2024, 2, 7)
            ),
            (
                "seeds/001_ed1f9f8fd6235f00.txt".to_owned(),
                date(2024, 6, 10)
            ),
            (
                "seeds/003_7b070c9f9999fb9f.txt".to_owned(),
                date(2024, 2, 7)
            ),
            ("seeds/004_3f1d5f2e66b3e922.txt".to_owned(), None),
            (kept.clone(), date(2024, 5, 1)),
        ]
    );
    let state = restored.persisted();
    assert_eq!(state.viewer.font_size, 26.0);
    assert_eq!(state.theme, ThemeChoice::Dark);
    assert_eq!(
        state.selected.as_deref(),
        Some("seeds/003_7b070c9f9999fb9f.txt")
    );
    assert_eq!(state.recent, vec![kept]);
    assert_eq!(state, app.persisted());
    assert_eq!(&*restored.articles()[4].text, ARTICLE);
}

/// Issue 13: the vanished file stays in the session, shown as not opened
/// (it used to be reported and dropped from the session for good).
#[test]
fn a_restored_file_that_vanished_stays_listed_as_not_opened_and_the_rest_restored() {
    let dir = temp_dir("vanished");
    let path = write(&dir, "gone.txt", ARTICLE.as_bytes());
    let mut app = JawlaApp::new(&egui::Context::default(), None);
    app.apply(Command::OpenPaths(vec![path.clone()]));
    finish(&mut app);
    let mut storage = MemoryStorage::default();
    app.save_to(&mut storage);
    let gone = std::fs::canonicalize(&path)
        .expect("exists")
        .to_string_lossy()
        .into_owned();
    std::fs::remove_file(&path).expect("remove");

    let mut restored = JawlaApp::new(&egui::Context::default(), Some(&storage));
    finish(&mut restored);
    assert_eq!(restored.articles().len(), 6);
    assert!(restored.errors().is_empty(), "{:?}", restored.errors());
    let entry = &restored.articles()[5];
    assert_eq!(entry.path, gone);
    assert_eq!(
        entry.missing.as_ref().map(ToString::to_string).as_deref(),
        Some("cannot read the file (no such file)")
    );
    assert_eq!(restored.persisted().open.len(), 6);
}

#[test]
fn unreadable_saved_state_starts_like_a_first_run() {
    let mut storage = MemoryStorage::default();
    eframe::Storage::set_string(&mut storage, "jawla.state", "{not json".to_owned());
    let mut app = JawlaApp::new(&egui::Context::default(), Some(&storage));
    finish(&mut app);
    assert_eq!(app.articles().len(), 5);
    // A saved empty workspace stays empty (closing every seed is respected).
    eframe::Storage::set_string(
        &mut storage,
        "jawla.state",
        r#"{"open":[],"theme":"light"}"#.to_owned(),
    );
    let mut app = JawlaApp::new(&egui::Context::default(), Some(&storage));
    finish(&mut app);
    assert!(app.articles().is_empty());
    assert_eq!(app.persisted().theme, ThemeChoice::Light);
}

#[test]
fn snapshot_of_the_window_with_the_seeds_in_light_theme() {
    let state = PersistedState {
        theme: ThemeChoice::Light,
        ..PersistedState::default()
    };
    let mut harness = harness(Some(state));
    harness
        .get_by_label_contains("التقى وزير الخارجية الأمريكي أنتوني بلينكن")
        .click();
    harness.run();
    harness.snapshot("app_seeds_light");
}

#[test]
fn the_font_menu_offers_installed_arabic_fonts_and_persists_the_choice() {
    let mut harness = harness(Some(PersistedState {
        theme: ThemeChoice::Light,
        ..PersistedState::default()
    }));
    for _ in 0..1000 {
        harness.step();
        if !harness.state().system_fonts().scanning() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let families: Vec<&str> = harness
        .state()
        .system_fonts()
        .fonts()
        .iter()
        .map(|f| f.family.as_str())
        .collect();
    // `.ci/run` installs fonts-noto-core, which has Noto Sans Arabic.
    assert!(families.contains(&"Noto Sans Arabic"), "found {families:?}");
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Article font").click();
    harness.run();
    harness.get_by_label("Noto Sans Arabic").click();
    harness.run();
    assert_eq!(
        harness.state().persisted().article_font.as_deref(),
        Some("Noto Sans Arabic")
    );
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Article font").click();
    harness.run();
    harness.get_by_label("Noto Naskh Arabic (bundled)").click();
    harness.run();
    assert_eq!(harness.state().persisted().article_font, None);
}

#[test]
fn recent_files_reopen_a_closed_article_and_the_theme_menu_switches_theme() {
    let dir = temp_dir("recent");
    let path = write(&dir, "again.txt", ARTICLE.as_bytes());
    let mut harness = harness(None);
    harness
        .state_mut()
        .apply(Command::OpenPaths(vec![path.clone()]));
    settle(&mut harness);
    harness.get_by_label("Close again.txt").click();
    harness.run();
    assert!(harness.query_by_label("Close again.txt").is_none());

    let canonical = std::fs::canonicalize(&path)
        .expect("exists")
        .to_string_lossy()
        .into_owned();
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Recent files").click();
    harness.run();
    harness.get_by_label(&canonical).click();
    settle(&mut harness);
    harness.get_by_label("Close again.txt");
    assert_eq!(harness.state().selected(), Some(canonical.as_str()));
    assert_eq!(harness.state().persisted().recent, vec![canonical]);

    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Theme").click();
    harness.run();
    harness.get_by_label("Dark").click();
    harness.run();
    assert_eq!(harness.state().persisted().theme, ThemeChoice::Dark);
    assert_eq!(
        harness.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::Dark
    );
}

#[test]
fn snapshot_of_the_error_banner() {
    let state = PersistedState {
        theme: ThemeChoice::Light,
        ..PersistedState::default()
    };
    let mut harness = harness(Some(state));
    // Relative names that do not exist: the messages do not depend on the machine.
    let missing = ["no-such-article.txt", "also-missing.html"].map(PathBuf::from);
    harness
        .state_mut()
        .apply(Command::OpenPaths(missing.to_vec()));
    settle(&mut harness);
    harness.get_by_label("no-such-article.txt: cannot read the file (no such file)");
    harness.snapshot("app_error_banner_light");
}

#[test]
fn an_html_page_opens_as_text_with_the_date_it_declares() {
    let dir = temp_dir("html");
    let page = r#"<!DOCTYPE html><html><head><title>بلينكن في عمّان</title>
<meta property="article:published_time" content="2024-01-07T10:00:00+02:00">
<script>var ad = 1;</script></head>
<body><nav>الرئيسية</nav><p>وصل وزير الخارجية الأمريكي إلى عمّان.</p><footer>حقوق</footer></body></html>"#;
    let path = write(&dir, "page.html", page.as_bytes());
    let mut harness = harness(None);
    harness.state_mut().apply(Command::OpenPaths(vec![path]));
    settle(&mut harness);
    harness.get_by_label("Close page.html");
    let article = &harness.state().articles()[5];
    assert_eq!(
        &*article.text,
        "بلينكن في عمّان\nوصل وزير الخارجية الأمريكي إلى عمّان."
    );
    assert_eq!(article.title, "بلينكن في عمّان");
    assert_eq!(article.published, date(2024, 1, 7));
    // Clearing the date is the analyst's choice and sticks.
    let path = article.path.clone();
    harness.state_mut().apply(Command::SetPublished(path, None));
    settle(&mut harness);
    assert_eq!(harness.state().articles()[5].published, None);
    assert_eq!(harness.state().persisted().open[5].published, None);
}

#[test]
fn a_folder_without_articles_is_reported_as_such() {
    let dir = temp_dir("folder");
    std::fs::write(dir.join("scan.pdf"), b"%PDF-1.7").expect("write");
    let mut app = JawlaApp::new(&egui::Context::default(), None);
    app.apply(Command::OpenPaths(vec![dir.clone()]));
    finish(&mut app);
    let canonical = std::fs::canonicalize(&dir).expect("exists");
    assert_eq!(
        app.errors(),
        [format!(
            "{}: no article files (.txt, .md, .html) in this folder",
            canonical.display()
        )]
    );
    assert_eq!(
        app.notice().as_deref(),
        Some(
            format!(
                "{}: 1 file that is not .txt, .md or .html left aside",
                canonical.display()
            )
            .as_str()
        )
    );
    assert_eq!(app.articles().len(), 5);
}

/// Issue 12, item 11: a file with no Arabic text (an English README) in an
/// opened folder is no article: it is left aside with the files of other
/// types, and the note names it. (It opened, as an article of no visits.)
#[test]
fn a_folder_s_readme_with_no_arabic_text_is_left_aside_with_a_note() {
    let dir = temp_dir("readme");
    std::fs::write(
        dir.join("README.md"),
        "# Notes\n\nArticles collected in June.\n",
    )
    .expect("write");
    // An index whose links hold Arabic words is no Arabic text either.
    std::fs::write(
        dir.join("INDEX.md"),
        "| d006 | https://m2.youm7.com/story/2023/2/7/روسيا-تثمن-موقف-العراق/6074822 | Lavrov in Baghdad |\n",
    )
    .expect("write");
    std::fs::write(dir.join("scan.pdf"), b"%PDF-1.7").expect("write");
    std::fs::write(
        dir.join("visit.txt"),
        "وصل وزير الخارجية إلى القاهرة\n\nوصل وزير الخارجية إلى القاهرة يوم الاثنين.\n",
    )
    .expect("write");
    let mut harness = harness(None);
    harness
        .state_mut()
        .apply(Command::OpenPaths(vec![dir.clone()]));
    settle(&mut harness);
    let canonical = std::fs::canonicalize(&dir).expect("exists");
    let names: Vec<String> = harness
        .state()
        .articles()
        .iter()
        .map(|a| a.file_name.clone())
        .collect();
    assert!(names.contains(&"visit.txt".to_owned()), "{names:?}");
    assert!(!names.contains(&"README.md".to_owned()), "{names:?}");
    assert!(!names.contains(&"INDEX.md".to_owned()), "{names:?}");
    let note = format!(
        "{}: 3 files left aside: 1 not .txt, .md or .html, 2 with no Arabic text (INDEX.md, README.md)",
        canonical.display()
    );
    assert_eq!(harness.state().notice().as_deref(), Some(note.as_str()));
    assert!(
        harness.query_by_label_contains(&note).is_some(),
        "the note shows"
    );
}

/// A file with no Arabic text opened by itself still opens, and the window
/// says it has none.
#[test]
fn a_file_with_no_arabic_text_opened_by_itself_opens_and_says_so() {
    let dir = temp_dir("readme-alone");
    let readme = dir.join("README.md");
    std::fs::write(&readme, "# Notes\n\nArticles collected in June.\n").expect("write");
    let mut harness = harness(None);
    harness.state_mut().apply(Command::OpenPaths(vec![readme]));
    settle(&mut harness);
    assert!(
        harness
            .state()
            .articles()
            .iter()
            .any(|a| a.file_name == "README.md")
    );
    assert_eq!(
        harness.state().notice().as_deref(),
        Some("README.md has no Arabic text: no visits can be found in it")
    );
}

#[test]
fn the_view_menu_turns_hijri_dates_on_and_they_are_remembered() {
    let mut harness = harness(None);
    assert!(!harness.state().persisted().hijri);
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Hijri dates (Umm al-Qura)").click();
    harness.run();
    assert!(harness.state().persisted().hijri);
    let saved = harness.state().persisted().to_json();
    let back = jawla::app::state::PersistedState::from_json(&saved).expect("parses");
    assert!(back.hijri);
}

/// The status bar's visit count and the timeline's leg count agree, or the
/// status bar says why not: the seeds report 11 visits, two of which are the
/// same visit, so the timeline has 10 legs.
#[test]
fn the_status_bar_says_how_many_legs_the_visits_made() {
    let mut harness = harness(None);
    settle(&mut harness);
    assert_eq!(harness.state().review().legs().len(), 10);
    harness.get_by_label("11 visits found, 10 legs on the timeline");
    assert!(harness.query_by_label("11 visits found").is_none());
}

/// Find is in the Edit menu (with its shortcut): it opens the reader's find
/// bar.
#[test]
fn edit_find_opens_the_find_bar() {
    let mut harness = harness(None);
    settle(&mut harness);
    assert!(
        harness
            .query_by_label(jawla::ui::viewer::FIND_LABEL)
            .is_none()
    );
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Find in article…").click();
    harness.run();
    harness.run();
    harness.get_by_label(jawla::ui::viewer::FIND_LABEL);
}

/// A file name with a right-to-left override shows the override as a visible
/// token, with the hidden-character warning (a name "invoice" RLO "txt.exe" would
/// otherwise read «invoiceexe.txt»).
#[test]
fn a_file_name_with_an_override_shows_it_as_a_token_with_the_warning() {
    let dir = temp_dir("override-name");
    let path = write(&dir, "news\u{202E}txt.md.txt", ARTICLE.as_bytes());
    let mut harness = harness(None);
    harness.state_mut().apply(Command::OpenPaths(vec![path]));
    settle(&mut harness);
    // The file list's entry, and the status bar (the article is selected).
    assert!(
        harness
            .query_all_by_label_contains("news[U+202E RLO]txt.md.txt · ")
            .next()
            .is_some()
    );
    let article = (harness.state().articles().iter())
        .find(|a| a.file_name.starts_with("news"))
        .expect("opened");
    assert_eq!(
        article
            .hidden_warning
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("the file name contains hidden or reordering characters: news[U+202E RLO]txt.md.txt")
    );
}

#[test]
fn the_sample_articles_are_a_group_of_their_own_that_closes_at_once() {
    let dir = temp_dir("samples-group");
    let folder = dir.join("folder");
    std::fs::create_dir_all(&folder).expect("folder");
    write(
        &folder,
        "mine.txt",
        seed_text("002_d67c2a2b9a1f2641.txt").as_bytes(),
    );
    let mut harness = harness(None);
    harness.state_mut().open_paths(vec![folder.clone()]);
    settle(&mut harness);
    // The opened folder's article comes first, the samples after it.
    let mine = harness.get_by_label("Close mine.txt").rect().min.y;
    let sample = harness.get_by_label_contains("Close 000_").rect().min.y;
    assert!(mine < sample, "own article at {mine}, samples at {sample}");
    harness.get_by_label("Close samples").click();
    harness.run();
    let open: Vec<&str> = (harness.state().articles().iter())
        .map(|a| a.path.as_str())
        .collect();
    assert_eq!(open.len(), 1, "{open:?}");
    assert!(open[0].ends_with("mine.txt"), "{open:?}");
    assert!(harness.query_by_label("Close samples").is_none());
}
