//! The HTML report opened in headless Chromium: a screenshot and a PDF
//! ("Print to PDF" through the print stylesheet) are produced. Needs the
//! Debian `chromium` package (`apt-get install -y chromium`); fails saying
//! so when it is missing. Set `JAWLA_EXPORT_ARTIFACTS=DIR` to keep the
//! screenshot and PDF for a human to look at.

use jawla::export::{Format, Meta, render};
use jawla::model::ExtractOutput;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const WINDOW: (u32, u32) = (1280, 2000);

fn chromium() -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return candidate;
            }
        }
    }
    panic!(
        "chromium not found on PATH: the HTML export test needs it; install it with `apt-get install -y chromium`"
    );
}

/// Runs headless Chromium on `html` with `action` (e.g. `--screenshot=...`);
/// kills it if it hangs (a safety net, not a speed check).
fn run_chromium(html: &Path, profile: &Path, action: &str, fontconfig: Option<&Path>) {
    let mut command = Command::new(chromium());
    if let Some(conf) = fontconfig {
        command.env("FONTCONFIG_FILE", conf);
    }
    let mut child = command
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--window-size={},{}", WINDOW.0, WINDOW.1))
        .arg(action)
        .arg(format!("file://{}", html.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let start = Instant::now();
    loop {
        match child.try_wait().expect("wait for chromium") {
            Some(status) => {
                assert!(status.success(), "chromium {action} failed: {status}");
                return;
            }
            None if start.elapsed() > Duration::from_secs(300) => {
                let _ = child.kill();
                panic!("chromium {action} did not finish");
            }
            None => std::thread::sleep(Duration::from_millis(200)),
        }
    }
}

#[test]
fn html_report_renders_in_headless_chromium_to_screenshot_and_pdf() {
    let seeds: ExtractOutput = serde_json::from_str(include_str!("../fixtures/seed_timeline.json"))
        .expect("fixture is an ExtractOutput");
    let html = render(Format::Html, &seeds, &Meta::default()).expect("HTML export");
    let dir = std::env::temp_dir().join(format!("jawla-export-chromium-{}", std::process::id()));
    let profile = dir.join("profile");
    std::fs::create_dir_all(&profile).expect("temp dir");
    let page = dir.join("seeds.html");
    std::fs::write(&page, &html).expect("write HTML");

    let shot = dir.join("seeds.png");
    run_chromium(
        &page,
        &profile,
        &format!("--screenshot={}", shot.display()),
        None,
    );
    let png = std::fs::read(&shot).expect("chromium wrote the screenshot");
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).expect("screenshot is a PNG");
    assert_eq!((pixmap.width(), pixmap.height()), WINDOW);
    let dark = pixmap
        .pixels()
        .iter()
        .filter(|p| p.red() < 80 && p.green() < 80)
        .count();
    assert!(dark > 5000, "screenshot looks blank ({dark} dark pixels)");

    let pdf_path = dir.join("seeds.pdf");
    run_chromium(
        &page,
        &profile,
        &format!("--print-to-pdf={}", pdf_path.display()),
        None,
    );
    let pdf = std::fs::read(&pdf_path).expect("chromium wrote the PDF");
    assert!(pdf.starts_with(b"%PDF-"), "not a PDF");

    // With every system font hidden (an empty fontconfig), the Arabic text
    // can only come from the font embedded in the HTML: the PDF must use it.
    let conf = dir.join("fonts.conf");
    std::fs::write(
        &conf,
        format!(
            "<?xml version=\"1.0\"?>\n<fontconfig><cachedir>{}</cachedir></fontconfig>\n",
            dir.join("fc-cache").display()
        ),
    )
    .expect("write fonts.conf");
    let isolated = dir.join("isolated.pdf");
    run_chromium(
        &page,
        &profile,
        &format!("--print-to-pdf={}", isolated.display()),
        Some(&conf),
    );
    let isolated = std::fs::read(&isolated).expect("chromium wrote the isolated PDF");
    let uses_naskh = isolated.windows(16).any(|w| w == b"NotoNaskhArabic-");
    assert!(
        uses_naskh,
        "without system fonts the PDF does not use the embedded Noto Naskh Arabic"
    );

    if let Some(out) = std::env::var_os("JAWLA_EXPORT_ARTIFACTS") {
        let out = PathBuf::from(out);
        std::fs::copy(&shot, out.join("chromium-seeds.png")).expect("copy screenshot");
        std::fs::copy(&pdf_path, out.join("chromium-seeds.pdf")).expect("copy PDF");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
