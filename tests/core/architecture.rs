//! Invariants of ARCHITECTURE.md that the compiler alone does not check.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable source dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Only `app` and `ui` may import egui or eframe: the core stays GUI-free.
#[test]
fn only_app_and_ui_import_egui() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 20, "found only {} source files", files.len());
    let mut offenders = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).expect("under src");
        let top = rel
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy().into_owned());
        if matches!(top.as_deref(), Some("app" | "ui")) {
            continue;
        }
        let text = std::fs::read_to_string(file).expect("utf-8 source");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if code.contains("egui::") || code.contains("eframe::") || code.contains("use egui") {
                offenders.push(format!("{}:{}: {}", rel.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "egui outside app/ui:\n{}",
        offenders.join("\n")
    );
}

/// A string or char literal of Rust source, with its 1-based line.
struct Literal {
    line: usize,
    text: String,
}

/// The string and char literals of `src` outside comments and outside
/// `#[cfg(test)]` items (a test module's whole body is skipped).
#[allow(
    clippy::too_many_lines,
    reason = "one hand-written scanner: every kind of token advances the same position, line and depth"
)]
fn literals_outside_tests(src: &str) -> Vec<Literal> {
    let c: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let mut depth = 0usize;
    // `#[cfg(test)]` seen, its item not yet opened.
    let mut pending_test = false;
    // Depth at which the current `#[cfg(test)]` item was opened.
    let mut test_depth: Option<usize> = None;
    let at = |i: usize, s: &str| s.chars().enumerate().all(|(k, x)| c.get(i + k) == Some(&x));
    let ident = |x: Option<&char>| x.is_some_and(|x| x.is_alphanumeric() || *x == '_');
    while i < c.len() {
        let ch = c[i];
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if at(i, "//") {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if at(i, "/*") {
            let mut nest = 0;
            while i < c.len() {
                if at(i, "/*") {
                    nest += 1;
                    i += 2;
                } else if at(i, "*/") {
                    nest -= 1;
                    i += 2;
                    if nest == 0 {
                        break;
                    }
                } else {
                    if c[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if at(i, "#[cfg(test)]") {
            pending_test = true;
            i += "#[cfg(test)]".len();
        } else if (ch == 'r' || at(i, "br")) && !ident(i.checked_sub(1).and_then(|p| c.get(p))) && {
            let mut k = i + if ch == 'b' { 2 } else { 1 };
            while c.get(k) == Some(&'#') {
                k += 1;
            }
            c.get(k) == Some(&'"')
        } {
            // Raw string r#"..."#.
            let mut k = i + if ch == 'b' { 2 } else { 1 };
            let mut hashes = 0;
            while c.get(k) == Some(&'#') {
                hashes += 1;
                k += 1;
            }
            k += 1;
            let start_line = line;
            let mut text = String::new();
            while k < c.len() {
                if c[k] == '"' && (1..=hashes).all(|h| c.get(k + h) == Some(&'#')) {
                    k += 1 + hashes;
                    break;
                }
                if c[k] == '\n' {
                    line += 1;
                }
                text.push(c[k]);
                k += 1;
            }
            if test_depth.is_none() {
                out.push(Literal {
                    line: start_line,
                    text,
                });
            }
            i = k;
        } else if ch == '"' {
            let start_line = line;
            let mut text = String::new();
            let mut k = i + 1;
            while k < c.len() && c[k] != '"' {
                if c[k] == '\\' {
                    text.push(c[k]);
                    k += 1;
                }
                if let Some(&x) = c.get(k) {
                    if x == '\n' {
                        line += 1;
                    }
                    text.push(x);
                }
                k += 1;
            }
            if test_depth.is_none() {
                out.push(Literal {
                    line: start_line,
                    text,
                });
            }
            i = k + 1;
        } else if ch == '\'' {
            // A char literal ('x', '\n', '\u{..}') or a lifetime ('a).
            if c.get(i + 1) == Some(&'\\') {
                let mut k = i + 2;
                while k < c.len() && c[k] != '\'' {
                    k += 1;
                }
                i = k + 1;
            } else if c.get(i + 2) == Some(&'\'') {
                if test_depth.is_none() {
                    out.push(Literal {
                        line,
                        text: c[i + 1].to_string(),
                    });
                }
                i += 3;
            } else {
                i += 1;
            }
        } else {
            match ch {
                '{' => {
                    if pending_test && test_depth.is_none() {
                        test_depth = Some(depth);
                    }
                    pending_test = false;
                    depth += 1;
                }
                '}' => {
                    depth = depth.saturating_sub(1);
                    if test_depth == Some(depth) {
                        test_depth = None;
                    }
                }
                ';' if test_depth.is_none() => pending_test = false,
                _ => {}
            }
            i += 1;
            continue;
        }
    }
    out
}

/// An Arabic letter: a letter (`char::is_alphabetic`) of the Arabic blocks.
/// Digits and punctuation of those blocks (٣ ، ؟) are not letters.
fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}')
        && c.is_alphabetic()
}

/// The literal holds two or more consecutive Arabic letters: a word or affix.
fn has_arabic_word(s: &str) -> bool {
    let c: Vec<char> = s.chars().collect();
    c.windows(2)
        .any(|w| is_arabic_letter(w[0]) && is_arabic_letter(w[1]))
}

/// Offending literals of one source text, as `LINE: "literal"`.
fn arabic_word_literals(src: &str) -> Vec<String> {
    literals_outside_tests(src)
        .into_iter()
        .filter(|l| has_arabic_word(&l.text))
        .map(|l| format!("{}: {:?}", l.line, l.text))
        .collect()
}

/// The scanner itself: it finds an Arabic word in a string or char position,
/// and skips comments and `#[cfg(test)]` modules.
#[test]
fn arabic_literal_scanner_finds_words_and_skips_tests_and_comments() {
    let src = r##"
//! Doc: "زيارة" in a comment is fine.
/// "وزير"
fn f(w: &str) -> bool {
    /* "قال" */
    let _c = 'و'; // one letter: script mechanics
    let _p = "،"; // punctuation
    let _r = r#"ذلك"#;
    w == "قد" || w.ends_with("x")
}
#[cfg(test)]
mod tests {
    fn g() { let _ = "الذي"; let _ = '\''; }
}
fn h() -> &'static str { "مدينة" }
"##;
    assert_eq!(
        arabic_word_literals(src),
        vec![
            "8: \"ذلك\"".to_owned(),
            "9: \"قد\"".to_owned(),
            "15: \"مدينة\"".to_owned()
        ]
    );
}

/// The Rust code holds no Arabic word lists: every Arabic word, affix or
/// phrase is a language resource under `assets/` (embedded with
/// `include_str!`). Single Arabic characters (normalization of letter forms,
/// the one-letter clitics و ف ب ل ك, punctuation) are script mechanics and may
/// stay in code; test modules may hold Arabic sample text. There is no
/// exception for user-interface or export wording either: Arabic phrases shown
/// to the analyst are data too (e.g. `assets/export/narrative_ar.txt`), so they
/// can be reviewed and corrected by an Arabic reader without touching code.
#[test]
fn no_arabic_words_in_rust_code() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut offenders = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).expect("under src");
        let text = std::fs::read_to_string(file).expect("utf-8 source");
        for o in arabic_word_literals(&text) {
            offenders.push(format!("src/{}:{o}", rel.display()));
        }
    }
    assert!(
        offenders.is_empty(),
        "Arabic words in Rust literals (move them to assets/):\n{}",
        offenders.join("\n")
    );
}

/// `src` code outside `#[cfg(test)]` modules and comments, line by line
/// (1-based): the code before a file's first `#[cfg(test)]` (test modules
/// come last in every file; the test below checks that nothing else does).
fn code_outside_tests(src: &str) -> Vec<(usize, &str)> {
    src.lines()
        .enumerate()
        .take_while(|(_, l)| l.trim() != "#[cfg(test)]")
        .map(|(n, l)| (n + 1, l.split("//").next().unwrap_or("")))
        .collect()
}

/// Files are read and written only at the edges: `cli`, `app`, `files`
/// (article files) and `workspace::store`. The core (engine, ingest, export, review, ...) takes
/// and returns values.
#[test]
fn files_are_read_and_written_only_at_the_edges() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut offenders = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).expect("under src");
        let rel = rel.to_string_lossy().replace('\\', "/");
        if rel.starts_with("cli/")
            || rel.starts_with("app/")
            || rel == "workspace/store.rs"
            || rel == "files.rs"
        {
            continue;
        }
        let text = std::fs::read_to_string(file).expect("utf-8 source");
        let tests_at = text.lines().position(|l| l.trim() == "#[cfg(test)]");
        if let Some(at) = tests_at {
            let after = text.lines().skip(at + 1).collect::<Vec<_>>().join("\n");
            assert!(
                after.trim_start().starts_with("mod tests"),
                "src/{rel}:{}: a #[cfg(test)] item other than the last `mod tests`",
                at + 1
            );
        }
        for (n, code) in code_outside_tests(&text) {
            if ["std::fs", "fs::", "File::", "OpenOptions"]
                .iter()
                .any(|io| code.contains(io))
            {
                offenders.push(format!("src/{rel}:{n}: {}", code.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "file I/O outside cli, app, files and workspace::store:\n{}",
        offenders.join("\n")
    );
}

/// The lints ARCHITECTURE.md says enforce "no unsafe, no unwrap outside
/// tests" are on.
#[test]
fn unsafe_and_unwrap_are_refused_by_the_lints() {
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"))
            .expect("Cargo.toml");
    let lines: Vec<&str> = manifest.lines().map(str::trim).collect();
    assert!(lines.contains(&"unsafe_code = \"forbid\""));
    assert!(lines.contains(&"unwrap_used = \"deny\""));
}

/// The app depends on the panels, never the other way round: nothing under
/// `src/ui` (outside its tests) names `crate::app`. Panels push
/// `ui::Command`s (the one action channel, a leaf module) and read plain
/// data (`crate::article`, the review legs).
#[test]
fn panels_never_import_the_app() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut files = Vec::new();
    rust_files(&ui, &mut files);
    assert!(files.len() > 10, "found only {} panel files", files.len());
    let mut offenders = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("utf-8 source");
        for (n, code) in code_outside_tests(&text) {
            if code.contains("crate::app") || code.contains("super::app") {
                offenders.push(format!("{}:{n}: {}", file.display(), code.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "panels importing the app:\n{}",
        offenders.join("\n")
    );
}

/// The command module is a leaf: it imports no panel and nothing of the app.
#[test]
fn the_command_module_is_a_leaf() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui/command.rs");
    let text = std::fs::read_to_string(path).expect("utf-8 source");
    let uses: Vec<&str> = code_outside_tests(&text)
        .into_iter()
        .map(|(_, code)| code.trim())
        .filter(|code| code.starts_with("use crate::"))
        .filter(|code| code.contains("crate::ui") || code.contains("crate::app"))
        .collect();
    assert_eq!(uses, Vec::<&str>::new());
}
