//! Many and huge inputs in the real application, driven through
//! egui_kittest: a generated folder of 1,500 articles shows the progress bar
//! and the app keeps answering while it loads; cancelling stops the rest;
//! a dropped folder opens; a 2.6 MB article is extracted in parts with
//! progress, cancelled and extracted again; and a soak test opens and
//! closes 1,000 articles with the caches staying bounded.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::common::{Dropped, harness, seed_text, settle, settle_within, step_until, temp_dir};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use jawla::app::{Command, JawlaApp, ReviewTab, Visits};

const SEED_000: &str = "000_b042023ce1a6754a.txt";

/// `count` short articles (numbered first line, then the first paragraph
/// of seed 000) in sub-folders of 100, plus a PDF named .txt, an empty .md
/// and a .pdf; returns the folder.
fn article_folder(test: &str, count: usize) -> PathBuf {
    let dir = temp_dir(test);
    let seed = seed_text(SEED_000);
    let paragraph = seed.lines().nth(1).unwrap_or(&seed).to_owned();
    for i in 0..count {
        let sub = dir.join(format!("part-{:02}", i / 100));
        std::fs::create_dir_all(&sub).expect("mkdir");
        let text = format!("Report {i}\n{paragraph}\n");
        std::fs::write(sub.join(format!("report-{i:04}.txt")), text).expect("write");
    }
    std::fs::write(dir.join("broken.txt"), b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n").expect("write");
    std::fs::write(dir.join("empty.md"), b"").expect("write");
    std::fs::write(dir.join("scan.pdf"), b"%PDF-1.4").expect("write");
    dir
}

/// The text of the widget whose label contains `part`.
fn label_containing(harness: &Harness<'static, JawlaApp>, part: &str) -> String {
    let node = harness
        .query_by_label_contains(part)
        .unwrap_or_else(|| panic!("a label containing {part:?}"));
    let node = node.accesskit_node();
    node.label().or(node.value()).unwrap_or_default()
}

fn canonical(path: &Path) -> String {
    std::fs::canonicalize(path)
        .expect("exists")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn a_large_folder_shows_progress_and_the_app_keeps_answering() {
    let dir = article_folder("folder-1500", 1_500);
    let mut harness = harness(None);
    harness
        .state_mut()
        .apply(Command::OpenPaths(vec![dir.clone()]));
    harness.step();

    // The progress bar and its Cancel button are there at once.
    let progress = label_containing(&harness, "Opening files:");
    assert!(progress.contains(" of "), "{progress}");
    harness.get_by_label("Cancel opening");
    assert!(harness.state().is_loading());

    // The app answers while loading: a tab switch and the file filter.
    harness.get_by_label("Map").click();
    harness.step();
    assert_eq!(harness.state().review().tab, ReviewTab::Map);
    harness.get_by_label("Filter articles").click();
    harness.step();
    harness
        .get_by_label("Filter articles")
        .type_text("000_b042");
    harness.step();
    harness.step();
    assert!(
        harness
            .query_by_label("Close 000_b042023ce1a6754a.txt")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Close 001_ed1f9f8fd6235f00.txt")
            .is_none()
    );
    assert!(
        harness.state().is_loading() || harness.state().extraction_running(),
        "still working in the background while answering"
    );

    settle_within(&mut harness, Duration::from_secs(180));
    let app = harness.state();
    assert_eq!(app.articles().len(), 5 + 1_500);
    let folder = canonical(&dir);
    assert_eq!(
        app.errors(),
        [
            format!("{folder}/broken.txt: this is not a text file (PDF document)"),
            format!("{folder}/empty.md: the file is empty"),
        ]
    );
    assert_eq!(
        app.notice().as_deref(),
        Some(format!("{folder}: 1 file that is not .txt, .md or .html left aside").as_str())
    );
    // In folder order: part-00/report-0000.txt first.
    assert_eq!(app.articles()[5].file_name, "report-0000.txt");
    assert_eq!(app.articles()[5].title, "Report 0");
    assert_eq!(app.articles()[5 + 1_499].file_name, "report-1499.txt");
    // The folder, not each file, is a recent entry; the progress is gone.
    assert_eq!(app.persisted().recent, [folder]);
    assert_eq!(app.load_progress().total, 0);
    assert!(harness.query_by_label_contains("Opening files:").is_none());
    assert!(harness.query_by_label_contains("1 shown").is_some());
}

#[test]
fn cancelling_stops_opening_the_rest_of_a_folder() {
    let dir = article_folder("folder-cancel", 3_000);
    let mut harness = harness(None);
    harness.state_mut().apply(Command::OpenPaths(vec![dir]));
    harness.step();
    // Cancel once the folder has been searched, so that its unread files are
    // counted in the notice. One frame is not always enough: on a loaded
    // machine the search of 3,000 files outlasted it and the notice said
    // "Opening cancelled." with no count (cancelling during the search is
    // the next test).
    let start = std::time::Instant::now();
    while harness.state().load_progress().searching > 0 && start.elapsed() < Duration::from_secs(60)
    {
        std::thread::sleep(Duration::from_millis(2));
        harness.step();
    }
    assert_eq!(harness.state().load_progress().searching, 0);
    // By its widget, not by where it was: the status bar's counts grow from
    // one frame to the next and can move the button (a pointer click at its
    // old place missed under load).
    harness.get_by_label("Cancel opening").click_accesskit();
    harness.step();
    let opened = harness.state().articles().len();
    assert!(!harness.state().is_loading());
    assert!(opened < 5 + 3_000, "{opened}");
    let notice = harness.state().notice().unwrap_or_default();
    assert!(notice.starts_with("Opening cancelled: "), "{notice}");
    // Nothing more arrives later.
    for _ in 0..20 {
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    assert_eq!(harness.state().articles().len(), opened);
    settle_within(&mut harness, Duration::from_secs(120));
    assert_eq!(harness.state().articles().len(), opened);
    assert!(harness.query_by_label("Cancel opening").is_none());
}

/// Cancel while the folder is still being searched: what the search finds
/// afterwards is not queued (its files would never be read, and the app
/// would say "Opening files" for ever).
#[test]
fn cancelling_while_a_folder_is_searched_leaves_nothing_opening() {
    let dir = article_folder("folder-cancel-search", 3_000);
    let mut harness = harness(None);
    harness.state_mut().apply(Command::OpenPaths(vec![dir]));
    // The worker has started searching, and not finished.
    std::thread::sleep(Duration::from_millis(2));
    harness.state_mut().cancel_loading();
    for _ in 0..20 {
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    assert!(!harness.state().is_loading());
    settle_within(&mut harness, Duration::from_secs(120));
    assert_eq!(harness.state().articles().len(), 5);
    assert!(harness.query_by_label("Cancel opening").is_none());
}

#[test]
fn a_dropped_folder_opens_its_articles() {
    let dir = article_folder("folder-drop", 3);
    let mut harness = harness(None);
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(dir.clone())));
    harness.step();
    settle(&mut harness);
    let app = harness.state();
    let names: Vec<&str> = app.articles()[5..]
        .iter()
        .map(|a| a.file_name.as_str())
        .collect();
    assert_eq!(
        names,
        ["report-0000.txt", "report-0001.txt", "report-0002.txt"]
    );
    // The first article of the folder is shown.
    assert_eq!(
        app.selected(),
        Some(format!("{}/part-00/report-0000.txt", canonical(&dir)).as_str())
    );
}

/// Seed 001, then lines without any visit up to `bytes`, then seed 001
/// again (so its visits are found in the first part and in the last).
fn archive(bytes: usize) -> String {
    let seed = seed_text("001_ed1f9f8fd6235f00.txt");
    let filler = "وتناول التقرير قضايا الاقتصاد والتعليم في العام الماضي.\n";
    let mut text = format!("{seed}\n");
    while text.len() < bytes - seed.len() {
        text.push_str(filler);
    }
    text.push_str(&seed);
    text
}

#[test]
fn a_huge_article_is_extracted_in_parts_with_progress_and_can_be_cancelled() {
    let dir = temp_dir("huge");
    let path = dir.join("archive.txt");
    let text = archive(2_600_000);
    std::fs::write(&path, &text).expect("write");
    let mut harness = harness(None);
    harness.state_mut().apply(Command::OpenPaths(vec![path]));
    step_until(&mut harness, Duration::from_secs(60), "loaded", |app| {
        !app.is_loading()
    });
    assert_eq!(harness.state().articles().len(), 6);
    assert_eq!(&*harness.state().articles()[5].text, text.as_str());

    // After the first of three parts the bar names the article and says how far.
    step_until(
        &mut harness,
        Duration::from_secs(120),
        "a part done",
        |app| {
            app.extract_progress()
                .current
                .as_ref()
                .is_some_and(|(_, f)| *f > 0.0)
        },
    );
    let label = label_containing(&harness, "Extracting visits:");
    assert!(label.contains("archive.txt"), "{label}");
    assert!(label.ends_with('%'), "{label}");
    harness.get_by_label("Cancel extraction").click_accesskit();
    step_until(&mut harness, Duration::from_secs(120), "cancelled", |app| {
        app.articles()[5].visits == Visits::Cancelled
    });
    harness.step();
    harness.get_by_label("archive.txt · extraction cancelled");

    // Extract again, to the end this time.
    harness.get_by_label("Extract again").click();
    harness.step();
    assert!(harness.state().extraction_running());
    settle_within(&mut harness, Duration::from_secs(300));
    let article = &harness.state().articles()[5];
    let Visits::Done(visits) = &article.visits else {
        panic!("extracted: {:?}", article.visits);
    };
    assert!(!visits.is_empty());
    // Every evidence offset points at its sentence in the whole text, also
    // in the last part; the same visit found in every part is one visit.
    let chars: Vec<char> = text.chars().collect();
    let mut last = 0;
    for visit in visits.iter() {
        for e in &visit.evidence {
            let quoted: String = chars[e.start..e.end].iter().collect();
            assert_eq!(quoted, e.text);
            last = last.max(e.start);
        }
    }
    assert!(last > chars.len() * 9 / 10, "evidence in the last part");
    let keys: std::collections::HashSet<String> = visits
        .iter()
        .map(|v| {
            format!(
                "{:?}{}{:?}{:?}{:?}",
                v.visitor.name_en, v.place.country, v.place.city, v.date, v.status
            )
        })
        .collect();
    assert_eq!(keys.len(), visits.len(), "no visit repeated across parts");
    let alone = jawla::engine::Engine::embedded().extract(&jawla::model::Document {
        path: article.path.clone(),
        text: seed_text("001_ed1f9f8fd6235f00.txt"),
        published: article.published,
    });
    assert_eq!(visits.len(), alone.len());
}

#[test]
fn opening_and_closing_a_thousand_articles_keeps_caches_bounded() {
    let dir = temp_dir("soak");
    let seed = seed_text(SEED_000);
    let mut harness = harness(None);
    let legs_at_start = harness.state().review().legs().len();
    let mut most = (0, 0, 0);
    for round in 0..20 {
        let mut paths = Vec::new();
        for i in 0..50 {
            let n = round * 50 + i;
            let path = dir.join(format!("soak-{n:04}.txt"));
            // Each article different (numbered), so nothing is shared.
            std::fs::write(&path, format!("Soak {n}\n{seed}")).expect("write");
            paths.push(path);
        }
        harness.state_mut().apply(Command::OpenPaths(paths));
        settle_within(&mut harness, Duration::from_secs(120));
        assert_eq!(harness.state().articles().len(), 55);
        let opened: Vec<String> = harness.state().articles()[5..]
            .iter()
            .map(|a| a.path.clone())
            .collect();
        for path in &opened {
            // Shown in the viewer (laid out, highlighted), then closed.
            harness.state_mut().apply(Command::Select(path.clone()));
            harness.step();
            let sizes = harness.state().cache_sizes();
            most = (
                most.0.max(sizes.0),
                most.1.max(sizes.1),
                most.2.max(sizes.2),
            );
        }
        for path in opened {
            harness.state_mut().apply(Command::Close(path));
        }
        harness.step();
        assert_eq!(harness.state().articles().len(), 5);
    }
    settle(&mut harness);
    let app = harness.state();
    // One article's layouts (at most the paragraphs of the longest seed or
    // soak article), the date fields of the entries on screen, one
    // article's highlights.
    let paragraphs = jawla::seeds::documents()
        .iter()
        .map(|d| d.text.split('\n').count() + 1)
        .max()
        .unwrap_or(0);
    assert!(most.0 <= paragraphs, "layouts {} > {paragraphs}", most.0);
    assert!(most.1 <= 60, "date fields {}", most.1);
    assert!(most.2 <= 200, "highlights {}", most.2);
    let (layouts, dates, highlights) = app.cache_sizes();
    assert!(
        layouts <= paragraphs && dates <= 5 && highlights <= 200,
        "{layouts} layouts, {dates} date fields, {highlights} highlights"
    );
    // The timeline is back to the seeds' own legs.
    assert_eq!(app.review().legs().len(), legs_at_start);
    assert!(!app.extraction_running());
    assert_eq!(app.extract_progress().total, 0);
}
