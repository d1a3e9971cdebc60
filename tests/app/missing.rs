//! Files of the session that are missing at start (issue 13): an unmounted
//! disk, a share that is down. They stay in the workspace and in the file
//! list, greyed with the reason, "Locate…" and "Retry", their date and the
//! corrections kept; they open again when the file is back; a save never
//! drops them; the last session's file is kept as `workspace.json.bak`.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jawla::app::{Command, JawlaApp, PersistedState};
use jawla::review::{Correction, FieldEdit};
use jawla::workspace::{OpenArticle, Workspace, store};

use crate::common::{self, settle};

const SEED_001: &str = "seeds/001_ed1f9f8fd6235f00.txt";
const ARTICLE: &str = "وصل وزير الخارجية الأمريكي إلى عمّان اليوم.\nوالتقى الملك عبد الله الثاني.";

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn harness(workspace: &Path) -> Harness<'static, JawlaApp> {
    let workspace = Some(workspace.to_path_buf());
    let mut harness = Harness::builder()
        .with_size([1100.0, 700.0])
        .with_theme(egui::Theme::Light)
        .with_render_cursor(false)
        .build_eframe(move |cc| {
            JawlaApp::with_workspace(&cc.egui_ctx, PersistedState::default(), workspace)
        });
    settle(&mut harness);
    harness
}

/// A workspace with seed 001, the file `gone` (dated 2024-03-01) and a
/// correction of the Cairo leg, written at `dir/workspace.json`.
fn workspace_with(dir: &Path, gone: &Path) -> (PathBuf, Workspace) {
    let first = harness(&dir.join("scratch.json"));
    let cairo = first
        .state()
        .review()
        .legs()
        .iter()
        .find(|l| jawla::ui::legs::leg_label(&l.visit) == "Cairo 2024-06-10 Antony Blinken")
        .map(|l| l.key.clone())
        .expect("the Cairo leg");
    drop(first);
    let workspace = Workspace {
        articles: vec![
            OpenArticle {
                path: SEED_001.into(),
                published: date(2024, 2, 7),
                seed: true,
            },
            OpenArticle {
                path: gone.to_string_lossy().into_owned(),
                published: date(2024, 3, 1),
                seed: false,
            },
        ],
        corrections: vec![Correction::Edit {
            target: cairo,
            changes: vec![FieldEdit::Date(date(2024, 6, 12))],
        }],
        ..Workspace::new()
    };
    let path = dir.join("workspace.json");
    store::save_atomic(&path, &workspace).expect("write workspace");
    (path, workspace)
}

#[test]
fn a_missing_file_stays_greyed_with_locate_and_opens_again_when_back() {
    let dir = common::temp_dir_under("app-missing-tests", "back");
    let gone = dir.join("gone.txt");
    let (path, written) = workspace_with(&dir, &gone);

    let mut first = harness(&path);
    let app = first.state();
    assert_eq!(app.articles().len(), 2);
    let entry = &app.articles()[1];
    assert_eq!(
        entry.missing.as_ref().map(ToString::to_string).as_deref(),
        Some("cannot read the file (no such file)")
    );
    assert_eq!(entry.published, date(2024, 3, 1));
    assert!(app.errors().is_empty(), "{:?}", app.errors());
    first.get_by_label("Locate gone.txt");
    first.get_by_label("Retry gone.txt");
    assert!(
        first
            .query_by_label_contains("Not opened: cannot read the file (no such file)")
            .is_some()
    );
    // Quitting saves: the missing file, its date and the correction stay.
    first.state_mut().save_workspace_now();
    assert_eq!(store::load(&path).expect("saved"), written);
    // The file as the last session left it is kept beside it.
    assert_eq!(
        store::load(&store::backup_path(&path)).expect("backup"),
        written
    );

    // The file is back: Retry opens it in its place, with its date.
    std::fs::write(&gone, ARTICLE).expect("write gone.txt");
    first
        .state_mut()
        .apply(Command::Retry(gone.to_string_lossy().into_owned()));
    settle(&mut first);
    let entry = &first.state().articles()[1];
    assert_eq!(
        (
            entry.missing.as_ref().map(ToString::to_string).as_deref(),
            &**entry.text
        ),
        (None, ARTICLE)
    );
    assert_eq!(entry.published, date(2024, 3, 1));
    drop(first);

    // And at the next start it simply opens.
    let second = harness(&path);
    let entry = &second.state().articles()[1];
    assert_eq!(
        (
            entry.missing.as_ref().map(ToString::to_string).as_deref(),
            &**entry.text
        ),
        (None, ARTICLE)
    );
    assert_eq!(second.state().review().corrections(), written.corrections);
}

#[test]
fn a_located_file_takes_the_place_and_date_of_the_missing_one() {
    let dir = common::temp_dir_under("app-missing-tests", "locate");
    let gone = dir.join("gone.txt");
    let (path, _) = workspace_with(&dir, &gone);
    let moved = dir.join("moved.txt");
    std::fs::write(&moved, ARTICLE).expect("write moved.txt");
    let mut harness = harness(&path);
    harness
        .state_mut()
        .relocate(&gone.to_string_lossy(), moved.clone());
    // Until it is read there, the entry says it is being looked for (it
    // said "Opening 1 file…").
    let waiting = harness.state().articles()[1].missing.as_ref();
    assert_eq!(
        waiting.map(ToString::to_string).as_deref(),
        Some("looking for the file again…")
    );
    settle(&mut harness);
    let app = harness.state();
    assert_eq!(app.articles().len(), 2);
    let entry = &app.articles()[1];
    let moved = std::fs::canonicalize(&moved).expect("exists");
    assert_eq!(entry.path, moved.to_string_lossy());
    assert_eq!(
        (
            entry.missing.as_ref().map(ToString::to_string).as_deref(),
            &**entry.text
        ),
        (None, ARTICLE)
    );
    assert_eq!(entry.published, date(2024, 3, 1));
}

/// The 460,000-missing-files workspace of the issue, smaller: a save after
/// a start with every file missing keeps every one of them.
#[test]
fn a_workspace_of_many_missing_files_is_not_emptied_by_a_save() {
    let dir = common::temp_dir_under("app-missing-tests", "many");
    let articles: Vec<OpenArticle> = (0..3000)
        .map(|i| OpenArticle {
            path: format!("/nonexistent-jawla-share/article-{i:05}.txt"),
            published: date(2024, 1, 1 + i % 28),
            seed: false,
        })
        .collect();
    let written = Workspace {
        articles,
        ..Workspace::new()
    };
    let path = dir.join("workspace.json");
    store::save_atomic(&path, &written).expect("write workspace");
    let mut harness = harness(&path);
    assert_eq!(harness.state().articles().len(), 3000);
    assert!(harness.state().errors().is_empty());
    harness.state_mut().save_workspace_now();
    assert_eq!(store::load(&path).expect("saved"), written);
}

/// In Arabic a missing file's note «لم يُفتح: …», too long for the file
/// panel, is cut at its logical end: «لم يُفتح» kept on the right, the
/// reason cut, the "…" at the left end. (egui cut the note's right end,
/// where the Arabic begins.)
#[test]
fn in_arabic_a_cut_missing_note_keeps_its_first_words() {
    let dir = common::temp_dir_under("app-missing-tests", "arabic-note");
    let gone = dir.join("gone.txt");
    let (path, _) = workspace_with(&dir, &gone);
    let state = PersistedState {
        language: jawla::i18n::Lang::Ar,
        ..PersistedState::default()
    };
    let mut harness = Harness::builder()
        .with_size([1100.0, 700.0])
        .with_theme(egui::Theme::Light)
        .with_render_cursor(false)
        .build_eframe(move |cc| JawlaApp::with_workspace(&cc.egui_ctx, state, Some(path)));
    settle(&mut harness);
    let note = (harness.output().shapes.iter())
        .find_map(|c| match &c.shape {
            egui::Shape::Text(t) if t.galley.text().contains("يُفتح") => Some(t.clone()),
            _ => None,
        })
        .expect("the missing file's note is painted");
    let mut glyphs: Vec<(f32, char)> = (note.galley.rows.iter())
        .flat_map(|r| r.glyphs.iter().map(move |g| (r.pos.x + g.pos.x, g.chr)))
        .filter(|(_, c)| !c.is_whitespace())
        .collect();
    glyphs.sort_by(|a, b| a.0.total_cmp(&b.0));
    let shown: String = glyphs.into_iter().map(|(_, c)| c).collect();
    assert!(
        shown.starts_with('…') && shown.contains('ف'),
        "«لم يُفتح» kept, the reason cut at its end: «{shown}»"
    );
    assert!(!note.galley.elided, "egui cut it again: «{shown}»");
}

/// `s` without Fluent's bidi isolates (which accessible names leave out).
fn plain(s: &str) -> String {
    s.replace(['\u{2068}', '\u{2069}'], "")
}

/// Whether a widget's accessible name (or a label's text) holds `text`.
fn says(harness: &Harness<'static, JawlaApp>, text: &str) -> bool {
    let holds = |s: Option<String>| s.is_some_and(|s| s.contains(text));
    (harness.query_all_by(|n| holds(n.label()) || holds(n.value())))
        .next()
        .is_some()
}

/// A missing file's reason and the status bar's notice are worded again
/// when the interface language changes, both ways. (They were worded once,
/// in the language of the moment, and stayed English in Arabic.)
#[test]
fn a_missing_files_reason_and_the_notice_follow_the_interface_language() {
    use jawla::i18n::{Lang, tr, tr_args};
    let dir = common::temp_dir_under("app-missing-tests", "language");
    let gone = dir.join("gone.txt");
    let (path, _) = workspace_with(&dir, &gone);
    let mut harness = harness(&path);
    for lang in [Lang::Ar, Lang::En, Lang::Ar] {
        harness.state_mut().apply(Command::SetLanguage(lang));
        harness.run();
        let what = tr(lang, "file-not-found");
        let reason = plain(&tr_args(lang, "files-not-opened", &[("what", what.into())]));
        assert!(
            says(&harness, &reason),
            "{lang:?}: the missing file's line says {reason:?}"
        );
        let notice = plain(&tr(lang, "notice-session-missing"));
        assert!(
            says(&harness, &notice),
            "{lang:?}: the status bar says {notice:?}"
        );
    }
    assert!(
        !says(&harness, "cannot read the file"),
        "no English reason left in Arabic"
    );
}
