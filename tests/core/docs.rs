//! The claims of README.md, ARCHITECTURE.md and `docs/` that a test can
//! check: the code map names what exists and all of it, the README's test
//! command is what CI runs, the JSON contract documents every field the
//! command writes.

use std::collections::BTreeSet;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text of the section of `markdown` under the heading `heading` (up
/// to the next heading of the same level).
fn section<'a>(markdown: &'a str, heading: &str) -> &'a str {
    let level = heading.split(' ').next().unwrap_or_default();
    let start = markdown
        .find(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("no section {heading:?}"));
    let body = &markdown[start + heading.len() + 2..];
    let end = body.find(&format!("\n{level} ")).unwrap_or(body.len());
    &body[..end]
}

/// Every `code span` of `text`.
fn code_spans(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

/// The top-level folders of the repository: those git tracks files in, or
/// (outside a git checkout) those on disk but hidden ones and `target`.
fn top_level_folders() -> BTreeSet<String> {
    let tracked = std::process::Command::new("git")
        .args(["ls-files", "-z"])
        .current_dir(root())
        .output()
        .ok()
        .filter(|o| o.status.success() && !o.stdout.is_empty());
    match tracked {
        Some(out) => String::from_utf8_lossy(&out.stdout)
            .split('\0')
            .filter_map(|f| f.split_once('/').map(|(top, _)| top.to_owned()))
            .filter(|top| !top.starts_with('.'))
            .collect(),
        None => std::fs::read_dir(root())
            .expect("readable repository")
            .filter_map(|e| {
                let e = e.ok()?;
                let name = e.file_name().into_string().ok()?;
                (e.path().is_dir() && !name.starts_with('.') && name != "target").then_some(name)
            })
            .collect(),
    }
}

/// ARCHITECTURE.md's code map is the one map of the repository (the README
/// points to it): every path it names exists, every top-level folder
/// (`tools/`) and every module under `src/` is in it, a module that is one
/// file by its file name (`src/hidden.rs`), a folder by its folder name
/// (`src/ingest`).
#[test]
fn the_code_map_names_every_folder_and_module_and_only_what_exists() {
    let map = section(&read("ARCHITECTURE.md"), "## Code map").to_owned();
    let spans: BTreeSet<&str> = code_spans(&map).into_iter().collect();
    let folders = top_level_folders();
    let mut problems = Vec::new();
    // Paths from the top of the repository (`src/ui`, `tools/`, `.ci/run`);
    // paths within a module (`viewer/`) are not checked.
    let from_top = |span: &str| {
        let first = span.split('/').next().unwrap_or_default();
        span.contains('/') && (folders.contains(first) || first == ".ci")
    };
    for span in spans.iter().filter(|s| from_top(s)) {
        if !root().join(span.trim_end_matches('/')).exists() {
            problems.push(format!("the map names `{span}`, which does not exist"));
        }
    }
    for folder in &folders {
        if !spans.contains(format!("{folder}/").as_str()) && folder != "src" {
            problems.push(format!("the map does not name the folder `{folder}/`"));
        }
    }
    for entry in std::fs::read_dir(root().join("src")).expect("src") {
        let path = entry.expect("dir entry").path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name == "lib.rs" || name == "main.rs" {
            continue;
        }
        let named = format!("src/{name}");
        if !spans.contains(named.as_str()) {
            problems.push(format!("the map does not name `{named}`"));
        }
    }
    assert!(
        problems.is_empty(),
        "ARCHITECTURE.md's code map:\n{}",
        problems.join("\n")
    );
}

/// The README's test command (the second line of its first code block) is
/// the command `.ci/run` ends with, so CI proves what the README promises.
#[test]
fn ci_runs_the_readme_test_command() {
    let readme = read("README.md");
    let block = readme
        .split("```")
        .nth(1)
        .expect("a code block in the README");
    let command = block
        .lines()
        .filter(|l| !l.trim().is_empty())
        .nth(2)
        .and_then(|l| l.split('#').next())
        .map(str::trim)
        .expect("the README's second command");
    assert_eq!(command, "tools/test");
    let ci = read(".ci/run");
    let last = ci
        .lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty() && !l.starts_with('#'))
        .expect("a command in .ci/run");
    assert_eq!(last, command, ".ci/run ends with the README's test command");
    assert!(
        !ci.lines().any(|l| l.trim_start().starts_with("cargo test")),
        ".ci/run runs the tests only through the README's command"
    );
}

/// Every field name of an object in `value`, recursively.
fn field_names(value: &serde_json::Value, out: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                out.insert(k.clone());
                field_names(v, out);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| field_names(v, out)),
        _ => {}
    }
}

/// `docs/extract-output.md` documents, in one of its tables, every field
/// `jawla extract` writes for the sample articles (`tests/golden/seeds.json`
/// is that output, checked byte for byte by the export tests).
#[test]
fn the_extract_contract_documents_every_field_written() {
    let doc = read("docs/extract-output.md");
    let documented: BTreeSet<&str> = doc
        .lines()
        .filter(|l| l.starts_with("| `"))
        .filter_map(|l| code_spans(l).first().copied())
        .collect();
    let golden: serde_json::Value =
        serde_json::from_str(&read("tests/golden/seeds.json")).expect("golden JSON");
    let mut written = BTreeSet::new();
    field_names(&golden, &mut written);
    assert!(written.len() > 20, "only {} fields", written.len());
    let missing: Vec<&String> = written
        .iter()
        .filter(|f| !documented.contains(f.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "fields written but not in docs/extract-output.md: {missing:?}"
    );
}
