//! What the tests of the real application share: a harness on the app,
//! waiting for the background workers, scratch folders
//! (`use crate::common::…` in the modules that use them).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use eframe::egui;
use egui_kittest::Harness;
use jawla::app::{JawlaApp, PersistedState, ThemeChoice};

/// The app on a fresh context in the light theme (dark when `state` asks),
/// as on a first run (the seeds open) unless `state` is given, once its
/// background work is done.
pub fn harness(state: Option<PersistedState>) -> Harness<'static, JawlaApp> {
    // The harness imposes its theme on the context after the app is built.
    let theme = match state.as_ref().map(|s| s.theme) {
        Some(ThemeChoice::Dark) => egui::Theme::Dark,
        _ => egui::Theme::Light,
    };
    let builder = Harness::builder()
        .with_size([1100.0, 700.0])
        .with_theme(theme)
        .with_render_cursor(false);
    let mut harness = builder.build_eframe(move |cc| match state {
        Some(state) => JawlaApp::with_state(&cc.egui_ctx, state),
        None => JawlaApp::new(&cc.egui_ctx, None),
    });
    settle(&mut harness);
    harness
}

/// True while files load or extraction runs in the background.
pub fn busy(app: &JawlaApp) -> bool {
    app.is_busy()
}

/// Runs frames (at least one, so that pending input such as dropped files
/// is taken) until the background loading and extraction are done (at most
/// `limit`), then until the UI is still.
pub fn settle_within(harness: &mut Harness<'static, JawlaApp>, limit: Duration) {
    let start = Instant::now();
    loop {
        harness.step();
        if !busy(harness.state()) || start.elapsed() >= limit {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(
        !busy(harness.state()),
        "background work finished in {limit:?}"
    );
    harness.run();
}

/// [`settle_within`] five seconds.
pub fn settle(harness: &mut Harness<'static, JawlaApp>) {
    settle_within(harness, Duration::from_secs(5));
}

/// Runs frames until `done` holds (at most `limit`).
pub fn step_until(
    harness: &mut Harness<'static, JawlaApp>,
    limit: Duration,
    what: &str,
    done: impl Fn(&JawlaApp) -> bool,
) {
    let start = Instant::now();
    while !done(harness.state()) {
        assert!(start.elapsed() < limit, "{what} within {limit:?}");
        harness.step();
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// A fresh, empty directory under the target dir for this test's files.
pub fn temp_dir(test: &str) -> PathBuf {
    temp_dir_under("app-tests", test)
}

/// A fresh, empty directory `root/test` under the target dir (a `root` per
/// test module or group of modules, test names distinct within it, so that
/// tests running at once never share a folder).
pub fn temp_dir_under(root: &str, test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(root).join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// The text of the embedded seed whose path ends with `name`.
pub fn seed_text(name: &str) -> String {
    jawla::seeds::documents()
        .into_iter()
        .find(|d| d.path.ends_with(name))
        .map(|d| d.text)
        .expect("an embedded seed")
}

/// A file or folder dropped on the window (what the windowing layer gives egui).
#[derive(Debug)]
pub struct Dropped(pub PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// A mouse-wheel turn of `dy` points (negative scrolls the content up,
/// positive zooms a map in), as a plain wheel with no modifier gives it.
pub fn wheel(dy: f32) -> egui::Event {
    egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, dy),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: egui::Modifiers::NONE,
    }
}
