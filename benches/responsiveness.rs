//! Responsiveness under load: the real app, driven frame by frame
//! on a headless egui context, while it
//!
//! - `10k`: opens a folder of 10,000 generated articles (in 100
//!   sub-folders), reads them and extracts their visits;
//! - `200mb`: opens one generated 200 MB article (with a 1 MB paragraph
//!   without line breaks near the start), shows it, scrolls through the
//!   long paragraph, and extracts its visits.
//!
//! Each frame is the CPU work of a frame (the app's `ui` and tessellation,
//! with the workspace autosave writing as it does in the window; painting
//! is the GPU's). Between frames the bench sleeps 16 ms, as a
//! window waiting for the next vsync does, so the workers get the CPU they
//! would get. It prints the frame count, the median, 99th percentile and
//! worst frame, the time to finish, and the peak resident memory of the
//! process (VmHWM). Figures are in BENCHMARKS.md ("Responsiveness").
//!
//! `cargo bench --bench responsiveness -- 10k` (or `-- 200mb`, one per
//! process so that the peak memory is the scenario's own). The data is
//! generated under `target/bench-data/` on first use.
//! Without the `gui` feature (headless builds) the bench is empty.

// Its output is the report.
#![allow(clippy::print_stdout)]

#[cfg(feature = "gui")]
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut ran = false;
    if args.iter().any(|a| a == "10k") {
        gui::ten_thousand_files();
        ran = true;
    }
    if args.iter().any(|a| a == "200mb") {
        gui::two_hundred_megabytes();
        ran = true;
    }
    if !ran {
        eprintln!(
            "responsiveness: pass `10k` or `200mb` (cargo bench --bench responsiveness -- 10k)"
        );
    }
}

#[cfg(not(feature = "gui"))]
fn main() {}

#[cfg(feature = "gui")]
mod gui {
    use std::path::{Path, PathBuf};
    use std::time::{Duration, Instant};

    use eframe::egui::{self, Event, Modifiers, Pos2, RawInput, Rect, Vec2};
    use jawla::app::{Command, JawlaApp, PersistedState, Visits};

    const WINDOW: Vec2 = Vec2::new(1200.0, 780.0);

    fn data_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("target")
            .join("bench-data")
    }

    fn seeds() -> Vec<String> {
        jawla::seeds::documents()
            .into_iter()
            .map(|d| d.text)
            .collect()
    }

    /// 10,000 articles (the seeds, each with a numbered first line) in 100
    /// sub-folders of 100.
    fn folder_10k() -> PathBuf {
        let dir = data_dir().join("folder-10k");
        let done = dir.join(".complete");
        if done.exists() {
            return dir;
        }
        let seeds = seeds();
        for i in 0..10_000 {
            let sub = dir.join(format!("batch-{:03}", i / 100));
            std::fs::create_dir_all(&sub).expect("create bench folder");
            let text = format!("{i} {}", seeds[i % seeds.len()]);
            std::fs::write(sub.join(format!("article-{i:05}.txt")), text).expect("write");
        }
        std::fs::write(&done, b"").expect("write marker");
        dir
    }

    /// A 200 MB article: the seeds repeated, with one 1 MB paragraph without
    /// line breaks after the first 500 KB.
    fn file_200mb() -> PathBuf {
        let path = data_dir().join("huge-200mb.txt");
        if std::fs::metadata(&path).is_ok_and(|m| m.len() >= 200_000_000) {
            return path;
        }
        std::fs::create_dir_all(data_dir()).expect("create bench folder");
        let seeds = seeds();
        let mut text = String::with_capacity(201_000_000);
        let mut long_done = false;
        while text.len() < 200_000_000 {
            for seed in &seeds {
                text.push_str(seed);
                text.push('\n');
            }
            if !long_done && text.len() > 500_000 {
                let mut long = String::new();
                while long.len() < 1_000_000 {
                    for seed in &seeds {
                        long.push_str(&seed.replace('\n', " "));
                        long.push(' ');
                    }
                }
                text.push_str(&long);
                text.push('\n');
                long_done = true;
            }
        }
        std::fs::write(&path, text).expect("write");
        path
    }

    fn input(events: Vec<Event>) -> RawInput {
        RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, WINDOW)),
            events,
            ..Default::default()
        }
    }

    /// Peak resident memory of this process so far, in MB (VmHWM).
    fn peak_rss_mb() -> f64 {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    }

    /// Frame timings of one run.
    struct Frames {
        times: Vec<Duration>,
        worst_at: String,
    }

    impl Frames {
        fn report(&mut self, name: &str, total: Duration) {
            let mut sorted = self.times.clone();
            sorted.sort();
            let pick = |q: f64| {
                let i = ((sorted.len() as f64 - 1.0) * q).round() as usize;
                sorted.get(i).copied().unwrap_or_default()
            };
            println!(
                "{name}: {} frames in {:.1} s; median {:.2} ms, p99 {:.2} ms, worst {:.2} ms ({}); peak RSS {:.0} MB",
                sorted.len(),
                total.as_secs_f64(),
                pick(0.5).as_secs_f64() * 1e3,
                pick(0.99).as_secs_f64() * 1e3,
                pick(1.0).as_secs_f64() * 1e3,
                self.worst_at,
                peak_rss_mb()
            );
        }
    }

    /// Runs frames of `app` until `done` says so (or ten minutes pass),
    /// with `events` for each frame number.
    fn run(
        ctx: &egui::Context,
        app: &mut JawlaApp,
        mut events: impl FnMut(usize, &JawlaApp) -> Vec<Event>,
        mut done: impl FnMut(&JawlaApp) -> bool,
    ) -> (Frames, Duration) {
        let start = Instant::now();
        let mut frames = Frames {
            times: Vec::new(),
            worst_at: String::new(),
        };
        let mut worst = Duration::ZERO;
        let mut calm = 0;
        while start.elapsed() < Duration::from_secs(600) {
            let n = frames.times.len();
            let raw = input(events(n, app));
            let t = Instant::now();
            let mut out = ctx.run_ui(raw, |ui| app.ui(ui));
            let prims = ctx.tessellate(std::mem::take(&mut out.shapes), out.pixels_per_point);
            std::hint::black_box(prims);
            out.textures_delta.clear();
            let dt = t.elapsed();
            if dt > worst {
                worst = dt;
                frames.worst_at = format!(
                    "frame {n}: {} of {} files, {} of {} extracted",
                    app.load_progress().done,
                    app.load_progress().total,
                    app.extract_progress().done,
                    app.extract_progress().total
                );
            }
            frames.times.push(dt);
            calm = if done(app) { calm + 1 } else { 0 };
            if calm > 3 {
                break;
            }
            std::thread::sleep(Duration::from_millis(16));
        }
        (frames, start.elapsed())
    }

    /// The app as at start (the seeds open and shown), settled: the frames
    /// measured are those of the work that follows, not of the first
    /// frames' font loading.
    /// The workspace is autosaved as in the real app (to a fresh file under
    /// `target/bench-data/`), so its writes are in the frames measured.
    fn new_app(ctx: &egui::Context) -> JawlaApp {
        let workspace = data_dir().join("workspace.json");
        let _ = std::fs::remove_file(&workspace);
        std::fs::create_dir_all(data_dir()).expect("create bench folder");
        let mut app = JawlaApp::with_workspace(ctx, PersistedState::default(), Some(workspace));
        let _ = run(ctx, &mut app, |_, _| Vec::new(), |app| !app.is_busy());
        app
    }

    pub fn ten_thousand_files() {
        let dir = folder_10k();
        let ctx = egui::Context::default();
        let mut app = new_app(&ctx);
        app.apply(Command::OpenPaths(vec![dir]));
        let (mut frames, total) = run(&ctx, &mut app, |_, _| Vec::new(), |app| !app.is_busy());
        assert_eq!(app.articles().len(), 5 + 10_000, "every file opened");
        assert!(app.errors().is_empty(), "{:?}", app.errors().first());
        frames.report("open a folder of 10,000 articles", total);
    }

    pub fn two_hundred_megabytes() {
        let path = file_200mb();
        let ctx = egui::Context::default();
        let mut app = new_app(&ctx);
        let base = peak_rss_mb();
        app.apply(Command::OpenPaths(vec![path]));
        let mut scrolled = 0;
        let (mut frames, total) = run(
            &ctx,
            &mut app,
            |_, app| {
                // Once the article is shown, scroll down through the long
                // paragraph: five pages a frame for 60 frames.
                if app.articles().len() < 6 || scrolled >= 60 {
                    return Vec::new();
                }
                scrolled += 1;
                vec![
                    Event::PointerMoved(Pos2::new(700.0, 250.0)),
                    Event::MouseWheel {
                        unit: egui::MouseWheelUnit::Page,
                        delta: Vec2::new(0.0, -5.0),
                        phase: egui::TouchPhase::Move,
                        source: egui::MouseWheelSource::Unknown,
                        modifiers: Modifiers::NONE,
                    },
                ]
            },
            |app| {
                !app.is_busy()
                    && app
                        .articles()
                        .get(5)
                        .is_some_and(|a| matches!(a.visits, Visits::Done(_)))
            },
        );
        let article = &app.articles()[5];
        let visits = match &article.visits {
            Visits::Done(v) => v.len(),
            _ => 0,
        };
        println!(
            "200 MB article: {} bytes, {} visits, {} names; baseline RSS {base:.0} MB; scrolled {scrolled} frames",
            article.text.len(),
            visits,
            article.entities.len()
        );
        frames.report("open a 200 MB article", total);
    }
}
