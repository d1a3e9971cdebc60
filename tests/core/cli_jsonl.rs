//! `jawla extract --jsonl` end to end: the built binary, fed stdin of mixed
//! path and JSON lines, checked line by line (count, input order, error
//! lines, stderr, exit code), plus streaming before end of input.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use jawla::model::ArticleVisits;

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jawla-cli-jsonl-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Runs `jawla ARGS` with `stdin`; returns (exit code, stdout, stderr).
fn jawla(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jawla"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run jawla");
    let mut input = child.stdin.take().expect("stdin piped");
    let data = stdin.to_string();
    // Write from another thread so a full stdout pipe cannot deadlock us.
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(data.as_bytes());
    });
    let out = child.wait_with_output().expect("jawla finishes");
    writer.join().expect("stdin writer");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    )
}

fn seed(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(name)
}

fn s(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one run of the binary on a mixed input, its output checked line by line"
)]
fn mixed_lines_give_one_output_line_each_in_input_order() {
    let dir = scratch("mixed");
    let good = dir.join("good.txt");
    std::fs::write(&good, "\u{FEFF}نص بلا زيارات").expect("write good.txt");
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj").expect("write bad.txt");
    let missing = dir.join("missing.txt");
    let seed1 = seed("001_ed1f9f8fd6235f00.txt");
    let input = [
        s(&seed1),
        String::new(),
        "{\"path\":\"inline-1\",\"text\":\"قال \u{202E}نيكنيلب\",\"published\":\"2024-02-07\"}"
            .to_string(),
        s(&missing),
        s(&bad),
        "{\"text\":\"x\"}".to_string(),
        "{not json".to_string(),
        s(&good),
        format!("{{\"path\":{:?}}}", s(&good)),
        "{\"path\":\"p\",\"text\":\"t\",\"published\":\"2024-13-01\"}".to_string(),
        "{\"text\":\"t\",\"extra\":1}".to_string(),
    ]
    .join("\n");
    let (code, stdout, stderr) =
        jawla(&["extract", "--jsonl", "--published", "2024-06-10"], &input);
    assert_eq!(code, 1, "an input failed: exit 1\n{stderr}");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each stdout line is JSON"))
        .collect();
    // 11 stdin lines, one blank: 10 output lines, in input order.
    assert_eq!(lines.len(), 10, "{stdout}");
    let paths: Vec<&str> = lines
        .iter()
        .map(|l| l["path"].as_str().unwrap_or("?"))
        .collect();
    let (good_s, missing_s, bad_s, seed_s) = (s(&good), s(&missing), s(&bad), s(&seed1));
    assert_eq!(
        paths,
        [
            seed_s.as_str(),
            "inline-1",
            missing_s.as_str(),
            bad_s.as_str(),
            "stdin:6",
            "stdin:7",
            good_s.as_str(),
            good_s.as_str(),
            "p",
            "stdin:11",
        ]
    );
    // Successes have the ArticleVisits shape; published from the line or the default.
    let ok: Vec<ArticleVisits> = [0, 1, 4, 6, 7]
        .iter()
        .map(|&i| serde_json::from_value(lines[i].clone()).expect("ArticleVisits line"))
        .collect();
    let published: Vec<String> = ok
        .iter()
        .map(|a| a.published.map(|d| d.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(
        published,
        [
            "2024-06-10",
            "2024-02-07",
            "2024-06-10",
            "2024-06-10",
            "2024-06-10"
        ]
    );
    for i in [0, 1, 4, 6, 7] {
        assert!(lines[i].get("error").is_none(), "line {i}: {}", lines[i]);
    }
    // Error lines, exactly.
    assert_eq!(
        lines[2],
        serde_json::json!({"path": missing_s, "line": 4,
            "error": "cannot read the file (no such file)"})
    );
    assert_eq!(
        lines[3],
        serde_json::json!({"path": bad_s, "line": 5,
            "error": "this is not a text file (PDF document)"})
    );
    assert_eq!(lines[5]["line"], 7);
    assert!(
        lines[5]["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("invalid JSON line: ")),
        "{}",
        lines[5]
    );
    assert_eq!(
        lines[8],
        serde_json::json!({"path": "p", "line": 10,
            "error": "published: `2024-13-01` is not a date in the form YYYY-MM-DD"})
    );
    assert_eq!(lines[9]["line"], 11);
    assert!(
        lines[9]["error"]
            .as_str()
            .is_some_and(|e| e.contains("unknown field `extra`")),
        "{}",
        lines[9]
    );
    // stderr names each failed input and the hidden-character warning.
    let err_lines: Vec<&str> = stderr.lines().collect();
    assert!(err_lines.contains(
        &format!("jawla extract: {missing_s}: cannot read the file (no such file)").as_str()
    ));
    assert!(err_lines.contains(
        &"jawla extract: inline-1: warning: 1 bidi override character can make names and \
          numbers display differently from the text (1 left unclosed)."
    ));
    assert_eq!(
        err_lines
            .iter()
            .filter(|l| !l.contains(": warning: "))
            .count(),
        5,
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn all_good_input_exits_zero_and_keeps_order_across_workers() {
    // 300 articles of very different lengths, so workers finish out of order.
    let mut input = String::new();
    for i in 0..300 {
        let text = "كلمة ".repeat(if i % 7 == 0 { 4000 } else { 3 });
        input.push_str(&format!("{{\"path\":\"a{i}\",\"text\":\"{text}\"}}\n"));
    }
    let (code, stdout, stderr) = jawla(&["extract", "--jsonl", "--jobs", "4"], &input);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stderr, "");
    let paths: Vec<String> = stdout
        .lines()
        .map(|l| {
            let a: ArticleVisits = serde_json::from_str(l).expect("ArticleVisits line");
            assert_eq!(a.published, None);
            a.path
        })
        .collect();
    let expected: Vec<String> = (0..300).map(|i| format!("a{i}")).collect();
    assert_eq!(paths, expected);
}

#[test]
fn empty_input_and_usage_errors() {
    assert_eq!(
        jawla(&["extract", "--jsonl"], ""),
        (0, String::new(), String::new())
    );
    let (code, stdout, stderr) = jawla(&["extract", "--jsonl", "--published", "nope"], "x\n");
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(
        stderr.starts_with(
            "jawla extract: --published: `nope` is not a date in the form YYYY-MM-DD\n"
        ),
        "{stderr}"
    );
    let (code, _, stderr) = jawla(&["extract", "--jsonl", "--format", "csv"], "");
    assert_eq!(code, 2);
    assert!(stderr.starts_with("jawla extract: unknown argument `--format` in --jsonl mode\n"));
}

#[test]
fn each_line_is_written_before_the_input_ends() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jawla"))
        .args(["extract", "--jsonl", "--published=2024-02-08"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("run jawla");
    let mut input = child.stdin.take().expect("stdin piped");
    let mut output = BufReader::new(child.stdout.take().expect("stdout piped"));
    for i in 0..3 {
        writeln!(input, "{{\"path\":\"s{i}\",\"text\":\"نص\"}}").expect("write a line");
        input.flush().expect("flush stdin");
        // stdin is still open: the answer must come anyway.
        let mut line = String::new();
        output.read_line(&mut line).expect("read a line");
        assert_eq!(
            line,
            format!(
                "{{\"path\":\"s{i}\",\"published\":\"2024-02-08\",\"published_from\":\"argument\",\"visits\":[]}}\n"
            )
        );
    }
    drop(input);
    let mut rest = String::new();
    output.read_line(&mut rest).expect("read to the end");
    assert_eq!(rest, "");
    assert!(child.wait().expect("jawla exits").success());
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_text() {
    let dir = scratch("bom");
    let path = dir.join("bom.txt");
    std::fs::write(&path, "\u{FEFF}قال").expect("write");
    assert_eq!(jawla::cli::jsonl::read_text(&path).as_deref(), Ok("قال"));
    std::fs::write(&path, "قال").expect("write");
    assert_eq!(jawla::cli::jsonl::read_text(&path).as_deref(), Ok("قال"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Seed 001 reports Blinken meeting al-Sisi in Cairo on Monday 10 June 2024.
#[test]
fn seed_article_gives_real_visits() {
    let path = s(&seed("001_ed1f9f8fd6235f00.txt"));
    let (code, stdout, stderr) = jawla(
        &["extract", "--jsonl", "--published", "2024-06-10"],
        &format!("{path}\n"),
    );
    assert_eq!(code, 0, "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1);
    let article: ArticleVisits = serde_json::from_str(lines[0]).expect("ArticleVisits line");
    assert_eq!(article.path, path);
    let cairo = article
        .visits
        .iter()
        .find(|v| v.place.country == "EG")
        .expect("a visit to Egypt");
    assert!(
        cairo.visitor.name_ar.contains("بلينكن"),
        "{:?}",
        cairo.visitor
    );
    assert_eq!(
        cairo.date.map(|d| d.to_string()).as_deref(),
        Some("2024-06-10")
    );
    assert!(cairo.evidence.iter().all(|e| e.path == path));
    assert!(
        article.visits.iter().any(|v| v.place.country == "IL"),
        "the Jerusalem leg"
    );
}
