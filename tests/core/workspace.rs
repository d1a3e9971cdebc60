//! The workspace file: round trip, refusal of bad files with clear messages,
//! quarantine, and the kill test (a save must survive the process being
//! killed at any moment): a writer process saving in a
//! loop is killed with SIGKILL at random moments; every time, the file on
//! disk loads and holds one complete version.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use chrono::NaiveDate;
use jawla::model::{Evidence, Person, Place, Status};
use jawla::review::{Correction, FieldEdit, LegKey, NewLeg};
use jawla::workspace::store::{self, LoadErrorKind};
use jawla::workspace::{FORMAT, FormatError, MAX_BYTES, OpenArticle, VERSION, Workspace};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/workspace");

/// A fresh, empty directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("workspace-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Copies a fixture into `dir` as `workspace.json` (so tests may move it).
fn fixture_in(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join("workspace.json");
    fs::copy(Path::new(FIXTURES).join(name), &path).expect("copy fixture");
    path
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

/// What `tests/fixtures/workspace/v1.json` holds.
fn v1() -> Workspace {
    let shoukry = |role: Option<&str>| Person {
        name_ar: "سامح شكري".into(),
        name_en: Some("Sameh Shoukry".into()),
        role: role.map(Into::into),
        country: Some("EG".into()),
    };
    Workspace {
        format: FORMAT.into(),
        version: 1,
        articles: vec![
            OpenArticle {
                path: "seeds/001_ed1f9f8fd6235f00.txt".into(),
                published: Some(date(2024, 6, 10)),
                seed: true,
            },
            OpenArticle {
                path: "/home/analyst/news/2024-06-11.txt".into(),
                published: None,
                seed: false,
            },
        ],
        corrections: vec![
            Correction::Edit {
                target: LegKey::new("df49a552f1eca834"),
                changes: vec![
                    FieldEdit::Date(Some(date(2024, 6, 11))),
                    FieldEdit::Status(Status::Planned),
                    FieldEdit::PlaceCity(None),
                    FieldEdit::Counterparts(vec![shoukry(None)]),
                ],
            },
            Correction::Delete {
                target: LegKey::new("aa82072d0a576d98"),
            },
            Correction::Merge {
                into: LegKey::new("df49a552f1eca834"),
                from: LegKey::new("5ae0ba2cb5406c41"),
            },
            Correction::Split {
                target: LegKey::new("df49a552f1eca834"),
            },
            Correction::Add {
                leg: Box::new(NewLeg {
                    evidence: Evidence {
                        path: "/home/analyst/news/2024-06-11.txt".into(),
                        start: 0,
                        end: 44,
                        text: "وصل وزير الخارجية المصري سامح شكري إلى عمّان".into(),
                    },
                    visitor: shoukry(Some("Foreign Minister of Egypt")),
                    place: Place {
                        country: "JO".into(),
                        city: Some("Amman".into()),
                        name_ar: "عمّان".into(),
                        lat: Some(31.95),
                        lon: Some(35.93),
                        precision: None,
                    },
                    date: Some(date(2024, 6, 10)),
                    date_text: Some("أمس".into()),
                    status: Status::Occurred,
                    counterparts: Vec::new(),
                }),
            },
        ],
    }
}

fn format_error(path: &Path) -> FormatError {
    match store::load(path) {
        Err(e) => match e.kind {
            LoadErrorKind::Format(f) => f,
            other => panic!(
                "expected a format error for {}, got {other:?}",
                path.display()
            ),
        },
        Ok(w) => panic!("expected {} to be refused, loaded {w:?}", path.display()),
    }
}

#[test]
fn the_documented_v1_fixture_loads_exactly() {
    let loaded = store::load(&Path::new(FIXTURES).join("v1.json")).expect("v1 fixture loads");
    assert_eq!(loaded, v1());
    assert_eq!(VERSION, 1);
}

#[test]
fn save_then_load_gives_the_same_workspace() {
    let dir = scratch("roundtrip");
    let path = dir.join("work.jawla.json");
    store::save_atomic(&path, &v1()).expect("save");
    assert_eq!(store::load(&path).expect("load"), v1());
    // Saving again replaces the file and leaves no temp file behind.
    let empty = Workspace::new();
    store::save_atomic(&path, &empty).expect("save again");
    assert_eq!(store::load(&path).expect("load again"), empty);
    let names: Vec<String> = fs::read_dir(&dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["work.jawla.json"]);
    let text = fs::read_to_string(&path).expect("read");
    assert_eq!(
        text,
        "{\n  \"format\": \"jawla-workspace\",\n  \"version\": 1,\n  \"articles\": [],\n  \"corrections\": []\n}\n"
    );
}

#[test]
fn a_minimal_file_gets_defaults_for_missing_lists() {
    let ws = Workspace::from_json(
        br#"{"format":"jawla-workspace","version":1,"future_hint":{"x":[1]}}"#,
    );
    assert_eq!(ws, Ok(Workspace::new()));
}

#[test]
fn bad_files_are_refused_with_the_file_and_the_problem_named() {
    let dir = scratch("refused");
    let cases: [(&str, FormatError); 5] = [
        (
            "newer-version.json",
            FormatError::NewerVersion {
                found: 2,
                supported: 1,
            },
        ),
        ("truncated.json", FormatError::Truncated),
        (
            "wrong-types.json",
            FormatError::Invalid {
                line: 4,
                column: 84,
                message: "input contains invalid characters at line 4 column 84".into(),
            },
        ),
        ("not-a-workspace.json", FormatError::NotAWorkspace),
        (
            "syntax-error.json",
            FormatError::Syntax {
                line: 4,
                column: 17,
                message: "expected value at line 4 column 17".into(),
            },
        ),
    ];
    for (name, expected) in cases {
        let path = fixture_in(&dir, name);
        assert_eq!(format_error(&path), expected, "{name}");
    }
    let path = fixture_in(&dir, "newer-version.json");
    let message = store::load(&path).expect_err("refused").to_string();
    assert_eq!(
        message,
        format!(
            "cannot open workspace {}: the file was written by a newer jawla (workspace version 2; this version \
             reads up to 1); it was left unchanged",
            path.display()
        )
    );
    let path = fixture_in(&dir, "truncated.json");
    assert_eq!(
        store::load(&path).expect_err("refused").to_string(),
        format!(
            "cannot open workspace {}: the file is truncated (it ends in the middle of the data)",
            path.display()
        )
    );
}

#[test]
fn every_truncation_of_a_saved_workspace_is_refused_cleanly() {
    let bytes = v1().to_json().expect("serializes");
    let mut refused = 0;
    for cut in 0..bytes.len() {
        // Only the last prefix, which lacks just the final newline, is complete.
        let complete = cut == bytes.len() - 1;
        match Workspace::from_json(&bytes[..cut]) {
            Ok(ws) => {
                assert!(complete, "prefix of {cut} bytes loaded");
                assert_eq!(ws, v1());
            }
            Err(_) => refused += 1,
        }
    }
    assert_eq!(
        refused,
        bytes.len() - 1,
        "only the prefix missing just the final newline loads"
    );
}

#[test]
fn hostile_files_are_refused_without_reading_them_whole() {
    let dir = scratch("hostile");
    let path = dir.join("workspace.json");

    // Deeply nested.
    let deep = format!(
        r#"{{"format":"jawla-workspace","version":1,"x":{}{}}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    fs::write(&path, deep).expect("write");
    assert_eq!(format_error(&path), FormatError::TooDeep { limit: 32 });

    // Huge: a sparse file one byte over the limit is refused by its size.
    let file = fs::File::create(&path).expect("create");
    file.set_len(MAX_BYTES + 1).expect("sparse file");
    drop(file);
    assert_eq!(
        format_error(&path),
        FormatError::TooLarge {
            size: MAX_BYTES + 1,
            limit: MAX_BYTES
        }
    );

    // Binary (a PDF opened by mistake), empty, NUL bytes.
    fs::write(&path, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n").expect("write");
    assert!(matches!(
        format_error(&path),
        FormatError::Syntax {
            line: 1,
            column: 1,
            ..
        }
    ));
    fs::write(&path, b"").expect("write");
    assert_eq!(format_error(&path), FormatError::Truncated);
    fs::write(&path, b"\0\0\0\0").expect("write");
    assert!(matches!(format_error(&path), FormatError::Syntax { .. }));

    // Right format, wrong types and values.
    for (json, expected) in [
        (r#"{"format":"jawla-workspace","version":"1"}"#, FormatError::BadVersion),
        (r#"{"format":"jawla-workspace","version":-3}"#, FormatError::BadVersion),
        (r#"{"format":"jawla-workspace","version":1e400}"#, FormatError::Syntax {
            line: 1,
            column: 43,
            message: "number out of range at line 1 column 43".into(),
        }),
        (r#"{"format":"jawla-workspace","version":18446744073709551615}"#, FormatError::NewerVersion {
            found: u64::MAX,
            supported: 1,
        }),
        (r#"{"format":"jawla-workspace"}"#, FormatError::BadVersion),
        (r#"{"format":7,"version":1}"#, FormatError::NotAWorkspace),
        (r#"[1,2,3]"#, FormatError::NotAWorkspace),
        (r#"["jawla-workspace", 1]"#, FormatError::NotAWorkspace),
        ("\u{feff}{\"format\":\"jawla-workspace\",\"version\":2}", FormatError::NewerVersion { found: 2, supported: 1 }),
        (r#""jawla-workspace""#, FormatError::NotAWorkspace),
        (
            r#"{"format":"jawla-workspace","version":1,"corrections":[{"op":"teleport"}]}"#,
            FormatError::Invalid {
                line: 1,
                column: 71,
                message: "unknown variant `teleport`, expected one of `edit`, `delete`, `merge`, `split`, `add` at line 1 column 71".into(),
            },
        ),
    ] {
        fs::write(&path, json).expect("write");
        assert_eq!(format_error(&path), expected, "{json}");
    }
}

#[test]
fn a_missing_file_is_a_first_start_and_a_directory_is_an_io_error() {
    let dir = scratch("missing");
    let e = store::load(&dir.join("nope.json")).expect_err("missing");
    assert!(e.is_not_found() && !e.is_bad_content());
    let opened = store::open_or_empty(&dir.join("nope.json"));
    assert_eq!(opened.workspace, Workspace::new());
    assert!(opened.problem.is_none() && opened.kept_aside.is_none() && opened.may_save);
    assert_eq!(opened.message(), None);

    // Something that cannot be read is left in place and must not be saved over.
    let sub = dir.join("folder.json");
    fs::create_dir(&sub).expect("mkdir");
    let opened = store::open_or_empty(&sub);
    assert!(matches!(
        opened.problem.as_ref().map(|p| &p.kind),
        Some(LoadErrorKind::Io(_))
    ));
    assert!(opened.kept_aside.is_none() && !opened.may_save);
    assert!(sub.is_dir());
}

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// `NAME.LABEL-YYYYMMDD-HHMMSS` (optionally `-n`) for `NAME` = workspace.json.
fn is_kept_aside_name(name: &str, label: &str) -> bool {
    let Some(rest) = name.strip_prefix(&format!("workspace.json.{label}-")) else {
        return false;
    };
    let stamp = rest.get(..15).unwrap_or("");
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    stamp.len() == 15
        && digits(&stamp[..8])
        && &stamp[8..9] == "-"
        && digits(&stamp[9..])
        && (rest.len() == 15 || rest[15..].strip_prefix('-').is_some_and(digits))
}

#[test]
fn a_corrupt_file_is_kept_aside_byte_for_byte_and_never_overwrites() {
    let dir = scratch("quarantine");
    let path = fixture_in(&dir, "truncated.json");
    let original = fs::read(&path).expect("read");

    let opened = store::open_or_empty(&path);
    assert_eq!(opened.workspace, Workspace::new());
    assert!(opened.may_save);
    let aside = opened.kept_aside.clone().expect("kept aside");
    assert!(
        !path.exists(),
        "the bad file is no longer where autosave writes"
    );
    assert_eq!(fs::read(&aside).expect("read aside"), original);
    let aside_name = aside
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    assert!(is_kept_aside_name(&aside_name, "corrupt"), "{aside_name}");
    assert_eq!(
        opened.message().expect("a message"),
        format!(
            "cannot open workspace {}: the file is truncated (it ends in the middle of the data). It was kept as {} \
             and jawla started with an empty workspace.",
            path.display(),
            aside.display()
        )
    );

    // The same file kept aside twice in one second: the first copy survives.
    fs::write(&path, b"second bad file").expect("write");
    let second = store::quarantine(&path).expect("quarantine");
    fs::write(&path, b"third bad file").expect("write");
    let third = store::quarantine(&path).expect("quarantine");
    assert_eq!(fs::read(&aside).expect("read"), original);
    assert_eq!(fs::read(&second).expect("read"), b"second bad file");
    assert_eq!(fs::read(&third).expect("read"), b"third bad file");
    assert_eq!(names(&dir).len(), 3);
    for n in names(&dir) {
        assert!(is_kept_aside_name(&n, "corrupt"), "{n}");
    }
    // The app now autosaves at the original path without touching them.
    store::save_atomic(&path, &v1()).expect("save");
    assert_eq!(fs::read(&aside).expect("read"), original);
}

#[test]
fn a_newer_version_file_is_kept_aside_unchanged_as_newer() {
    let dir = scratch("newer");
    let path = fixture_in(&dir, "newer-version.json");
    let original = fs::read(&path).expect("read");
    let opened = store::open_or_empty(&path);
    let aside = opened.kept_aside.expect("kept aside");
    assert!(is_kept_aside_name(
        &aside.file_name().expect("name").to_string_lossy(),
        "newer"
    ));
    assert_eq!(fs::read(&aside).expect("read"), original);
    assert!(matches!(
        opened.problem.as_ref().and_then(|p| p.format_error()),
        Some(FormatError::NewerVersion {
            found: 2,
            supported: 1
        })
    ));
}

#[test]
fn stale_temp_files_of_killed_saves_are_removed_and_nothing_else() {
    let dir = scratch("stale");
    let path = dir.join("workspace.json");
    store::save_atomic(&path, &v1()).expect("save");
    fs::write(dir.join(".workspace.json.tmp-123-0"), b"{\"format\":").expect("write");
    fs::write(dir.join(".workspace.json.tmp-123-1"), b"").expect("write");
    fs::write(dir.join(".other.json.tmp-1-0"), b"").expect("write");
    fs::write(dir.join("notes.txt"), b"keep").expect("write");
    assert_eq!(store::remove_stale_temps(&path).expect("clean"), 2);
    assert_eq!(
        names(&dir),
        [".other.json.tmp-1-0", "notes.txt", "workspace.json"]
    );
    assert_eq!(store::load(&path).expect("load"), v1());
}

// ---------------------------------------------------------------------------
// The kill test.

/// Set in the child: the path the writer saves to.
const WRITER_ENV: &str = "JAWLA_KILL_TEST_WORKSPACE";
/// Written by the child on stderr once it starts its save loop.
const READY: &str = "kill-test-writer-ready";
const KILLS: usize = 200;

/// Workspace `n` of the two the writer alternates between: about 90 kB, so
/// that each save takes long enough to be killed in the middle.
fn big(n: u32) -> Workspace {
    let mut ws = Workspace::new();
    ws.articles.push(OpenArticle {
        path: format!("generation-{n}.txt"),
        published: None,
        seed: false,
    });
    for i in 0..400u32 {
        ws.corrections.push(Correction::Edit {
            target: LegKey::new(format!("{n:08x}{i:08x}")),
            changes: vec![FieldEdit::DateText(Some(format!(
                "الجولة رقم {i} من النسخة {n}"
            )))],
        });
    }
    ws
}

/// Not a test: the writer process of the kill test, started by it (with
/// `--ignored`) and killed by it. Does nothing when run by hand.
#[test]
#[ignore = "child process of save_survives_sigkill_at_random_moments"]
fn kill_test_writer() {
    let Some(path) = std::env::var_os(WRITER_ENV) else {
        return;
    };
    let path = PathBuf::from(path);
    // Serialized once, so that the loop spends its time in the part that
    // must be crash-safe: temp file, write, fsync, rename, fsync.
    let versions = [
        big(1).to_json().expect("serializes"),
        big(2).to_json().expect("serializes"),
    ];
    eprintln!("{READY}");
    for n in 0usize.. {
        store::write_atomic(&path, &versions[n % 2]).expect("save in the writer");
    }
}

/// xorshift64*: reproducible kill moments without a dependency.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
    }
}

#[cfg(unix)]
#[test]
fn save_survives_sigkill_at_random_moments() {
    let dir = scratch("kill");
    let path = dir.join("workspace.json");
    let (one, two) = (big(1), big(2));
    store::save_atomic(&path, &two).expect("initial save");
    let exe = std::env::current_exe().expect("test binary path");
    // The writer's name as the harness knows it: its module path without the crate's.
    let writer = match module_path!().split_once("::") {
        Some((_, module)) => format!("{module}::kill_test_writer"),
        None => "kill_test_writer".to_owned(),
    };
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut saw_one, mut saw_two, mut mid_write) = (0, 0, 0);
    for round in 0..KILLS {
        let mut child = Command::new(&exe)
            .args([
                writer.as_str(),
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(WRITER_ENV, &path)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn the writer");
        let stderr = child.stderr.take().expect("piped stderr");
        let mut lines = BufReader::new(stderr).lines();
        assert!(
            lines.any(|l| l.is_ok_and(|l| l.trim() == READY)),
            "round {round}: the writer did not start"
        );
        // Somewhere within the first few saves.
        std::thread::sleep(std::time::Duration::from_micros(rng.below(8_000)));
        child.kill().expect("SIGKILL the writer");
        let status = child.wait().expect("reap the writer");
        assert!(
            !status.success(),
            "round {round}: the writer was not killed"
        );

        let temps = store::remove_stale_temps(&path).expect("clean temps");
        mid_write += usize::from(temps > 0);
        let loaded = store::load(&path).unwrap_or_else(|e| panic!("round {round}: {e}"));
        if loaded == one {
            saw_one += 1;
        } else if loaded == two {
            saw_two += 1;
        } else {
            panic!("round {round}: the file holds neither version");
        }
    }
    eprintln!(
        "kill test: {KILLS} kills, {mid_write} while a save was in flight; the file held version 1 {saw_one} times, \
         version 2 {saw_two} times, never anything else"
    );
    assert_eq!(saw_one + saw_two, KILLS);
    assert!(
        mid_write > 0,
        "no kill landed during a save: the test did not test anything"
    );
    let _ = fs::remove_dir_all(&dir);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn article() -> impl Strategy<Value = OpenArticle> {
        (
            any::<String>(),
            prop::option::of(0i64..40_000),
            any::<bool>(),
        )
            .prop_map(|(path, days, seed)| OpenArticle {
                path,
                published: days.map(|d| date(1990, 1, 1) + chrono::Duration::days(d)),
                seed,
            })
    }

    fn correction() -> impl Strategy<Value = Correction> {
        prop_oneof![
            (any::<String>(), any::<String>(), -90.0f64..90.0).prop_map(|(k, text, lat)| {
                Correction::Edit {
                    target: LegKey::new(k),
                    changes: vec![
                        FieldEdit::DateText(Some(text)),
                        FieldEdit::PlaceLat(Some(lat)),
                    ],
                }
            }),
            any::<String>().prop_map(|k| Correction::Delete {
                target: LegKey::new(k)
            }),
            (any::<String>(), any::<String>()).prop_map(|(a, b)| Correction::Merge {
                into: LegKey::new(a),
                from: LegKey::new(b)
            }),
        ]
    }

    proptest! {
        /// Whatever the analyst typed (any Unicode, controls included), a
        /// saved workspace reads back equal.
        #[test]
        fn any_workspace_round_trips(
            articles in prop::collection::vec(article(), 0..5),
            corrections in prop::collection::vec(correction(), 0..5),
        ) {
            let ws = Workspace { articles, corrections, ..Workspace::new() };
            let bytes = ws.to_json().expect("serializes");
            prop_assert_eq!(Workspace::from_json(&bytes), Ok(ws));
        }

        /// Damaged files never panic the loader: flipped, cut or inserted bytes
        /// give either a workspace or an error.
        #[test]
        fn damaged_files_never_panic(edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..8)) {
            let mut bytes = v1().to_json().expect("serializes");
            for (at, byte, kind) in edits {
                let i = at.index(bytes.len().max(1));
                match kind {
                    0 if i < bytes.len() => bytes[i] = byte,
                    1 => bytes.truncate(i),
                    _ => bytes.insert(i.min(bytes.len()), byte),
                }
            }
            let _ = Workspace::from_json(&bytes);
        }

        #[test]
        fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
            let _ = Workspace::from_json(&bytes);
        }
    }
}

#[test]
fn saving_always_writes_the_current_format_and_version() {
    let odd = Workspace {
        format: "something else".into(),
        version: 0,
        ..v1()
    };
    let back = Workspace::from_json(&odd.to_json().expect("serializes"));
    assert_eq!(back, Ok(v1()));
}

/// The point of keeping corrections as data: a correction survives quitting and restarting, also
/// when the restart re-extracts with another publication date.
#[test]
fn corrections_survive_save_restart_and_reextraction() {
    use jawla::model::Visit;
    use jawla::review::{self, History};

    let leg = |day: u32, city: &str, start: usize| Visit {
        visitor: Person {
            name_ar: "أنتوني بلينكن".into(),
            ..Person::default()
        },
        place: Place {
            country: "EG".into(),
            city: Some(city.into()),
            name_ar: "القاهرة".into(),
            lat: None,
            lon: None,
            precision: None,
        },
        date: Some(date(2024, 6, day)),
        date_text: Some("يوم الاثنين".into()),
        date_edtf: None,
        date_hijri: None,
        status: Status::Occurred,
        counterparts: Vec::new(),
        trip: None,
        evidence: vec![Evidence {
            path: "seeds/001_ed1f9f8fd6235f00.txt".into(),
            start,
            end: start + 20,
            text: "التقى بلينكن".into(),
        }],
        confidence: 0.8,
        rules: Vec::new(),
    };
    let before = vec![leg(10, "Cairo", 0), leg(11, "Alexandria", 300)];
    let keys = review::keys(&before);
    let mut history = History::default();
    history.push(Correction::Edit {
        target: keys[0].clone(),
        changes: vec![FieldEdit::Status(Status::Planned)],
    });
    history.push(Correction::Delete {
        target: keys[1].clone(),
    });
    let dir = scratch("restart");
    let path = dir.join("workspace.json");
    let ws = Workspace {
        articles: vec![OpenArticle {
            path: "seeds/001_ed1f9f8fd6235f00.txt".into(),
            published: Some(date(2024, 6, 17)),
            seed: true,
        }],
        corrections: history.corrections().to_vec(),
        ..Workspace::new()
    };
    store::save_atomic(&path, &ws).expect("save");

    // "Restart": load, rebuild the history, re-extract a week later.
    let opened = store::open_or_empty(&path);
    assert!(opened.problem.is_none());
    let history = History::new(opened.workspace.corrections, 100);
    let after = vec![leg(17, "Cairo", 0), leg(18, "Alexandria", 300)];
    let r = review::apply(&after, history.corrections());
    assert!(r.unapplied.is_empty());
    assert_eq!(r.legs.len(), 1);
    assert_eq!(r.legs[0].key, keys[0]);
    let mut expected = after[0].clone();
    expected.status = Status::Planned;
    assert_eq!(r.legs[0].visit, expected);
    assert!(r.legs[0].edited);
}
