//! `jawla extract` against hostile or unlucky input (issue 13): named pipes
//! and devices, files over the size limit, endless stdin, file names that
//! would forge a line, hidden characters. Each run has a deadline only as a
//! guard against a hang; the tests assert the output, not the time.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A guard, not a measure: a run that takes this long has hung.
const DEADLINE: Duration = Duration::from_secs(120);

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jawla-hostile-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn seed(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(name)
}

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo {}", path.display());
}

/// What a run printed.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs `jawla ARGS` with `stdin` (bytes, or a file such as /dev/zero),
/// killing it if it outlives [`DEADLINE`] (then the test fails).
fn jawla(args: &[&str], stdin: Stdin, env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_jawla"));
    cmd.args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env_remove("JAWLA_MAX_ARTICLE_MB");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let bytes = match stdin {
        Stdin::Bytes(b) => {
            cmd.stdin(Stdio::piped());
            Some(b)
        }
        Stdin::File(path) => {
            cmd.stdin(Stdio::from(
                std::fs::File::open(path).expect("open stdin file"),
            ));
            None
        }
    };
    let mut child = cmd.spawn().expect("run jawla");
    if let (Some(bytes), Some(mut input)) = (bytes, child.stdin.take()) {
        std::thread::spawn(move || {
            let _ = input.write_all(&bytes);
        });
    }
    let mut out = child.stdout.take().expect("stdout piped");
    let mut err = child.stderr.take().expect("stderr piped");
    let out = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for jawla") {
            break status;
        }
        if start.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("jawla {args:?} hung (killed after {DEADLINE:?})");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.join().expect("stdout reader")).into_owned(),
        stderr: String::from_utf8_lossy(&err.join().expect("stderr reader")).into_owned(),
    }
}

enum Stdin {
    Bytes(Vec<u8>),
    File(PathBuf),
}

fn none() -> Stdin {
    Stdin::Bytes(Vec::new())
}

fn s(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

#[test]
fn a_fifo_and_a_device_are_refused_by_name_and_the_good_file_still_prints() {
    let dir = scratch("fifo");
    let fifo = dir.join("pipe.txt");
    mkfifo(&fifo);
    let good = seed("001_ed1f9f8fd6235f00.txt");
    let run = jawla(&["extract", &s(&good), &s(&fifo), "/dev/zero"], none(), &[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!(
            "jawla extract: {}: not a regular file (a named pipe); not read",
            s(&fifo)
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "jawla extract: /dev/zero: not a regular file (a character device); not read"
        ),
        "{}",
        run.stderr
    );
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON on stdout");
    assert_eq!(v["articles"].as_array().map(Vec::len), Some(1));
    assert!(!v["timeline"].as_array().is_none_or(Vec::is_empty));
}

#[test]
fn in_jsonl_a_fifo_is_an_error_line_and_later_lines_still_come() {
    let dir = scratch("fifo-jsonl");
    let fifo = dir.join("pipe.txt");
    mkfifo(&fifo);
    let good = seed("001_ed1f9f8fd6235f00.txt");
    let input = format!("{}\n{}\n", s(&fifo), s(&good));
    let run = jawla(
        &["extract", "--jsonl", "--jobs", "1"],
        Stdin::Bytes(input.into_bytes()),
        &[],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let lines: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    assert_eq!(
        lines[0]["error"],
        "not a regular file (a named pipe); not read"
    );
    assert!(lines[1]["visits"].as_array().is_some_and(|v| !v.is_empty()));
}

#[test]
fn jsonl_from_dev_zero_stops_with_an_error_line() {
    let run = jawla(
        &["extract", "--jsonl"],
        Stdin::File(PathBuf::from("/dev/zero")),
        &[],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{}", run.stdout);
    let v: serde_json::Value = serde_json::from_str(lines[0]).expect("JSON line");
    assert_eq!(
        v["error"],
        "NUL bytes: stdin is not lines of paths or JSON (one per line, not find -print0); \
         reading stopped"
    );
}

#[test]
fn an_overlong_stdin_line_is_skipped_and_the_next_one_read() {
    let good = seed("001_ed1f9f8fd6235f00.txt");
    let mut input = vec![b'a'; 3 * 1024 * 1024];
    input.push(b'\n');
    input.extend_from_slice(s(&good).as_bytes());
    input.push(b'\n');
    let run = jawla(
        &["extract", "--jsonl", "--max-size", "1"],
        Stdin::Bytes(input),
        &[],
    );
    let lines: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    assert_eq!(
        lines[0],
        serde_json::json!({"path": "stdin:1", "line": 1,
            "error": "the line is longer than 1048576 bytes; skipped"})
    );
    assert!(lines[1]["visits"].as_array().is_some_and(|v| !v.is_empty()));
    assert_eq!(run.code, 1);
}

#[test]
fn an_article_over_the_limit_is_refused_naming_the_file_and_the_limit() {
    let dir = scratch("limit");
    let big = dir.join("big.txt");
    std::fs::write(&big, "نص ".repeat(600_000)).expect("write big.txt");
    let expected = format!(
        "jawla extract: {}: the file is 3 MB, over the limit of 1 MB for an article \
         (set JAWLA_MAX_ARTICLE_MB or --max-size to change it)\n",
        s(&big)
    );
    let run = jawla(&["extract", "--max-size", "1", &s(&big)], none(), &[]);
    assert_eq!((run.code, run.stderr.as_str()), (1, expected.as_str()));
    let run = jawla(
        &["extract", &s(&big)],
        none(),
        &[("JAWLA_MAX_ARTICLE_MB", "1")],
    );
    assert_eq!((run.code, run.stderr.as_str()), (1, expected.as_str()));
    // Under the default limit it reads.
    let run = jawla(&["extract", &s(&big)], none(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn a_large_sparse_file_is_refused_from_its_start() {
    let dir = scratch("sparse");
    let sparse = dir.join("sparse.txt");
    let file = std::fs::File::create(&sparse).expect("create");
    file.set_len(200 * 1024 * 1024).expect("sparse length");
    let run = jawla(&["extract", &s(&sparse)], none(), &[]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr,
        format!(
            "jawla extract: {}: this is not a text file (65536 control bytes in the first 65536 bytes)\n",
            s(&sparse)
        )
    );
}

#[test]
fn jobs_are_bounded() {
    let run = jawla(&["extract", "--jsonl", "--jobs", "100000"], none(), &[]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("jawla extract: --jobs: 100000 is over the limit of 256"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_file_name_with_a_newline_cannot_forge_a_line() {
    let dir = scratch("forged");
    let forged =
        dir.join("a.txt\njawla extract: other.txt: this is not a text file (PDF document)");
    std::fs::write(&forged, b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n").expect("write");
    let run = jawla(&["extract", &s(&forged)], none(), &[]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("a.txt\\njawla extract: other.txt"),
        "{}",
        run.stderr
    );
    // --jsonl: the stderr note is escaped too (the JSON line escapes itself).
    let input = format!("{{\"path\":{}}}\n", serde_json::json!(s(&forged)));
    let run = jawla(
        &["extract", "--jsonl"],
        Stdin::Bytes(input.into_bytes()),
        &[],
    );
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
}

#[test]
fn plain_extract_warns_about_hidden_characters_like_jsonl() {
    let dir = scratch("hidden");
    let file = dir.join("rlo.txt");
    std::fs::write(&file, "قال \u{202E}نيكنيلب اليوم").expect("write");
    let run = jawla(&["extract", &s(&file)], none(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.starts_with(&format!(
            "jawla extract: {}: warning: 1 bidi override character",
            s(&file)
        )),
        "{}",
        run.stderr
    );
}

#[test]
fn help_lists_every_format_and_empty_inline_text_is_an_error_like_an_empty_file() {
    let run = jawla(&["--help"], none(), &[]);
    for format in jawla::export::Format::ALL {
        assert!(run.stderr.contains(format.name()), "{}", run.stderr);
    }
    let run = jawla(
        &["extract", "--jsonl"],
        Stdin::Bytes(b"{\"path\":\"e\",\"text\":\"\"}\n".to_vec()),
        &[],
    );
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "{\"path\":\"e\",\"line\":1,\"error\":\"the text is empty\"}\n"
    );
}

/// Issue 13: a zero-width space or an override inside «أنتوني بلينكن»
/// invents no visitor: the legs are those of the clean text, and the file
/// gets a warning.
#[test]
fn hidden_characters_inside_a_name_invent_no_visitor() {
    let dir = scratch("names");
    let clean = std::fs::read_to_string(seed("001_ed1f9f8fd6235f00.txt")).expect("seed");
    let legs = |path: &Path| -> (Vec<(String, String)>, String) {
        let run = jawla(
            &["extract", "--published", "2024-06-10", &s(path)],
            none(),
            &[],
        );
        assert_eq!(run.code, 0, "{}", run.stderr);
        let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
        let legs = v["timeline"]
            .as_array()
            .expect("timeline")
            .iter()
            .map(|l| {
                let name = l["visitor"]["name_en"].as_str().unwrap_or("?").to_owned();
                let place = l["place"]["country"].as_str().unwrap_or("?").to_owned();
                (name, place)
            })
            .collect();
        (legs, run.stderr)
    };
    let base = dir.join("clean.txt");
    std::fs::write(&base, &clean).expect("write");
    let (expected, _) = legs(&base);
    assert!(!expected.is_empty());
    for (name, hidden) in [
        ("zwsp", "\u{200B}"),
        ("rlo", "\u{202E}"),
        ("wj", "\u{2060}"),
    ] {
        let file = dir.join(format!("{name}.txt"));
        std::fs::write(&file, clean.replace("بلينكن", &format!("بلين{hidden}كن"))).expect("write");
        let (got, stderr) = legs(&file);
        assert_eq!(got, expected, "{name}");
        assert!(stderr.contains(": warning: "), "{name}: {stderr}");
    }
}

/// Issue 13: a malformed sidecar date is warned about, not ignored in
/// silence; the article is still extracted.
#[test]
fn a_malformed_sidecar_date_is_warned_about() {
    let dir = scratch("sidecar");
    let article = dir.join("a.txt");
    std::fs::copy(seed("001_ed1f9f8fd6235f00.txt"), &article).expect("copy");
    let sidecar = dir.join("a.json");
    std::fs::write(&sidecar, r#"{"published": "2024-13-45"}"#).expect("write");
    let run = jawla(&["extract", &s(&article)], none(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr,
        format!(
            "jawla extract: {}: warning: publication date file {}: \"published\": \"2024-13-45\" \
             is not a date YYYY-MM-DD; ignored\n",
            s(&article),
            s(&sidecar)
        )
    );
    std::fs::write(&sidecar, "{not json").expect("write");
    let run = jawla(&["extract", &s(&article)], none(), &[]);
    assert!(
        run.stderr.contains("warning: publication date file")
            && run.stderr.contains("not valid JSON"),
        "{}",
        run.stderr
    );
    // A named pipe in its place is not waited on.
    std::fs::remove_file(&sidecar).expect("remove");
    mkfifo(&sidecar);
    let run = jawla(&["extract", &s(&article)], none(), &[]);
    assert!(
        run.stderr.contains("not a regular file (a named pipe)"),
        "{}",
        run.stderr
    );
}
