//! `jawla extract --format F [--output PATH]` end to end on the seeds:
//! every export format reachable from the command line.

use std::path::PathBuf;
use std::process::Command;

fn seeds() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("seeds dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    files
}

fn jawla(args: &[&str]) -> (i32, Vec<u8>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_jawla"))
        .args(args)
        .output()
        .expect("run jawla");
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn extract(format: &str) -> Vec<u8> {
    let files = seeds();
    let mut args = vec!["extract", "--format", format];
    args.extend(files.iter().map(String::as_str));
    let (code, stdout, stderr) = jawla(&args);
    assert_eq!(code, 0, "{format}: {stderr}");
    stdout
}

#[test]
fn csv_to_stdout_has_a_bom_and_the_cairo_leg() {
    let csv = extract("csv");
    assert!(
        csv.starts_with(b"\xEF\xBB\xBF"),
        "CSV starts with a UTF-8 BOM"
    );
    let mut reader = csv::Reader::from_reader(&csv[3..]);
    let headers = reader.headers().expect("headers").clone();
    let date = headers
        .iter()
        .position(|h| h == "date")
        .expect("date column");
    let city = headers
        .iter()
        .position(|h| h == "city")
        .expect("city column");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert!(
        rows.iter()
            .any(|r| &r[date] == "2024-06-10" && &r[city] == "Cairo"),
        "a row for Cairo on 2024-06-10"
    );
}

#[test]
fn json_is_the_extract_contract() {
    let json: serde_json::Value = serde_json::from_slice(&extract("json")).expect("JSON");
    assert_eq!(json["articles"].as_array().map(Vec::len), Some(5));
    assert!(json["timeline"].as_array().is_some_and(|t| !t.is_empty()));
    // The default format is the same document.
    let files = seeds();
    let mut args = vec!["extract"];
    args.extend(files.iter().map(String::as_str));
    let (code, stdout, _) = jawla(&args);
    assert_eq!(code, 0);
    assert_eq!(stdout, extract("json"));
}

#[test]
fn every_format_renders_and_output_writes_a_file() {
    let dir = std::env::temp_dir().join(format!("jawla-cli-formats-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let files = seeds();
    for (format, magic) in [
        ("md", &b"# Visits timeline\n"[..]),
        ("html", b"<!DOCTYPE html>"),
        ("timelinejs", b"{"),
        ("geojson", b"{"),
        ("ics", b"BEGIN:VCALENDAR\r\n"),
        ("svg", b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"),
        ("png", b"\x89PNG\r\n\x1a\n"),
        (
            "gexf",
            b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=",
        ),
        (
            "graphml",
            b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=",
        ),
    ] {
        let path = dir.join(format!("out.{format}"));
        let path_s = path.display().to_string();
        let mut args = vec!["extract", "--format", format, "--output", &path_s];
        args.extend(files.iter().map(String::as_str));
        let (code, stdout, stderr) = jawla(&args);
        assert_eq!(code, 0, "{format}: {stderr}");
        assert!(
            stdout.is_empty(),
            "{format}: nothing on stdout with --output"
        );
        let bytes = std::fs::read(&path).expect("output written");
        assert!(
            bytes.starts_with(magic),
            "{format} starts with {:?}",
            String::from_utf8_lossy(magic)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn unknown_format_is_refused_with_the_list() {
    let (code, stdout, stderr) = jawla(&["extract", "--format", "xml", "x.txt"]);
    assert_eq!(code, 2);
    assert!(stdout.is_empty());
    assert!(
        stderr.contains(
            "--format: unknown format `xml` (supported: json, csv, md, html, timelinejs, geojson, ics, svg, png, gexf, graphml)"
        ),
        "{stderr}"
    );
}
