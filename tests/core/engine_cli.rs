//! `jawla extract` end to end: the contract JSON, sidecar publication dates,
//! and a bad file reported without losing the others.

use std::process::Command;

fn jawla() -> Command {
    Command::new(env!("CARGO_BIN_EXE_jawla"))
}

fn seed(name: &str) -> String {
    format!("{}/seeds/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn prints_the_contract_json_with_dates_from_the_seed_index() {
    let out = jawla()
        .args(["extract", &seed("001_ed1f9f8fd6235f00.txt")])
        .output()
        .expect("run jawla");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(v["articles"][0]["published"], "2024-06-10");
    let first = &v["articles"][0]["visits"][0];
    assert_eq!(first["visitor"]["name_ar"], "أنتوني بلينكن");
    assert_eq!(first["place"]["country"], "EG");
    assert_eq!(first["place"]["city"], "Cairo");
    assert_eq!(first["date"], "2024-06-10");
    assert_eq!(first["status"], "occurred");
    assert_eq!(first["evidence"][0]["start"], 0);
    assert_eq!(v["timeline"].as_array().map(Vec::len), Some(4));
    // Field order of the contract (pretty, stable).
    let text = String::from_utf8_lossy(&out.stdout);
    let (a, b, c) = (
        text.find("\"visitor\""),
        text.find("\"place\""),
        text.find("\"date\""),
    );
    assert!(a < b && b < c);
}

#[test]
fn published_flag_overrides_and_bad_files_are_reported() {
    let missing = format!("{}/no/such/file.txt", env!("CARGO_MANIFEST_DIR"));
    let out = jawla()
        .args([
            "extract",
            "--published",
            "2024-02-08",
            &missing,
            &seed("004_3f1d5f2e66b3e922.txt"),
        ])
        .output()
        .expect("run jawla");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&missing), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(v["articles"].as_array().map(Vec::len), Some(1));
    assert_eq!(v["articles"][0]["visits"][0]["date"], "2024-02-08");
}

#[test]
fn unknown_formats_are_rejected_clearly() {
    let out = jawla()
        .args([
            "extract",
            "--format",
            "xml",
            &seed("000_b042023ce1a6754a.txt"),
        ])
        .output()
        .expect("run jawla");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown format `xml`"));
    assert!(out.stdout.is_empty());
}

/// `jawla extract --trace FILE` shows every stage and the rules behind
/// each visit, for an analyst asking why a visit was found or missed.
#[test]
fn trace_shows_the_stages_and_the_rules_of_each_visit() {
    let out = jawla()
        .args(["extract", "--trace", &seed("001_ed1f9f8fd6235f00.txt")])
        .output()
        .expect("run jawla");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    for part in [
        "published: 2024-06-10",
        "== persons",
        "== sentence 0:",
        "== visits",
    ] {
        assert!(text.contains(part), "no {part:?} in\n{text}");
    }
    // The Cairo meeting: its frame, and the visit with its rules and points.
    assert!(text.contains("  frame   MEET"), "{text}");
    assert!(
        text.contains("أنتوني بلينكن -> EG/Cairo 2024-06-10 Occurred"),
        "{text}"
    );
    assert!(text.contains("   rules MEET FRM-SUBJECT-AFTER"), "{text}");
    assert!(text.contains("   points "), "{text}");
}
