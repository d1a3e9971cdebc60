//! `jawla extract`: the command-line face of the engine.
//! The JSON printed is the contract of `docs/extract-output.md`;
//! the other formats are the exports of [`crate::export`].

use std::ffi::OsString;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;

use crate::engine::Engine;
use crate::export::{self, Format, Meta};
use crate::files::{self, Limits, read_article, shown};
use crate::model::{Document, PublishedFrom};

const USAGE: &str =
    "usage: jawla extract [--published YYYY-MM-DD] [--format FORMAT] [--output PATH] [--trace]
                     [--hijri] [--max-size MB] FILE...
  FORMAT: json (default) | csv | md | html | timelinejs | geojson | ics | svg | png
          | gexf | graphml (who met whom: docs/network.md)
  Without --output the result goes to stdout; with it, the file is written atomically.
  Without --published, a file's date is read from NAME.json (`published`), from a
  seeds.json index next to it, from an HTML page's own metadata, or from the text
  (a publication-date line, a dateline, a date under the title), in that order.
  --hijri writes each leg's Umm al-Qura Hijri date beside the Gregorian one in the
  reports (md, html); json, csv and geojson always carry it (date_hijri).
  --trace prints, instead, how each file was read, stage by stage (persons, places,
  times, each trigger's frame and cues, the visits with the rules that made them).
  --max-size MB refuses articles larger than MB (default 256, or JAWLA_MAX_ARTICLE_MB);
  what is not a regular file (a named pipe, a device) is refused unread.";

/// Parsed command line of `jawla extract`.
#[derive(Debug, PartialEq, Eq)]
struct Args {
    published: Option<NaiveDate>,
    format: Format,
    output: Option<OsString>,
    trace: bool,
    hijri: bool,
    limits: Limits,
    files: Vec<OsString>,
}

/// The names `--format` accepts, for messages.
fn format_names() -> String {
    Format::ALL.map(|f| f.name()).join(", ")
}

fn parse(args: &[OsString]) -> Result<Args, String> {
    let mut published = None;
    let mut format = Format::Json;
    let mut output = None;
    let mut trace = false;
    let mut hijri = false;
    let mut limits = Limits::from_env();
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let s = a.to_string_lossy();
        let (flag, inline) = match s.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(v.to_owned())),
            _ => (s.to_string(), None),
        };
        match flag.as_str() {
            "--published" => {
                let v = inline
                    .or_else(|| it.next().map(|v| v.to_string_lossy().into_owned()))
                    .ok_or("--published needs a date YYYY-MM-DD")?;
                published = Some(
                    NaiveDate::parse_from_str(&v, "%Y-%m-%d")
                        .map_err(|_| format!("--published: `{v}` is not a date YYYY-MM-DD"))?,
                );
            }
            "--format" => {
                let v = inline
                    .or_else(|| it.next().map(|v| v.to_string_lossy().into_owned()))
                    .ok_or("--format needs a value")?;
                format = Format::from_name(&v).ok_or_else(|| {
                    format!(
                        "--format: unknown format `{v}` (supported: {})",
                        format_names()
                    )
                })?;
            }
            "--output" | "-o" => {
                let v = match inline {
                    Some(v) => OsString::from(v),
                    None => it.next().cloned().ok_or("--output needs a path")?,
                };
                output = Some(v);
            }
            "--trace" => trace = true,
            "--hijri" => hijri = true,
            "--max-size" => {
                let v = inline
                    .or_else(|| it.next().map(|v| v.to_string_lossy().into_owned()))
                    .ok_or("--max-size needs a size in MB")?;
                limits.max_bytes = files::parse_mb(&v).map_err(|e| format!("--max-size: {e}"))?;
            }
            "-h" | "--help" => return Err(String::new()),
            f if f.starts_with("--") => return Err(format!("unknown option `{f}`")),
            _ => files.push(a.clone()),
        }
    }
    if files.is_empty() {
        return Err("no FILE given".to_owned());
    }
    Ok(Args {
        published,
        format,
        output,
        trace,
        hijri,
        limits,
        files,
    })
}

/// The publication date recorded next to an article, when `--published` is
/// not given: `NAME.json` with a `published` field (the corpus format), or a
/// `seeds.json` index in the same folder (`[{"file": ..., "published": ...}]`).
/// A sidecar that is there but cannot be used (not JSON, a `published` that
/// is not a date YYYY-MM-DD, not a regular file) gives a warning that names
/// it, instead of being ignored in silence.
fn sidecar_published(path: &Path) -> (Option<NaiveDate>, Option<String>) {
    let own = path.with_extension("json");
    if own != path && std::fs::symlink_metadata(&own).is_ok() {
        let entry = read_sidecar(&own).and_then(|v| published_of(&v, &own));
        return match entry {
            Ok(date) => (date, None),
            Err(w) => (None, Some(w)),
        };
    }
    let (Some(name), Some(parent)) = (path.file_name().and_then(|n| n.to_str()), path.parent())
    else {
        return (None, None);
    };
    let index = parent.join("seeds.json");
    if std::fs::symlink_metadata(&index).is_err() {
        return (None, None);
    }
    let entry = read_sidecar(&index).and_then(|v| {
        let list = v.as_array().map(Vec::as_slice).unwrap_or_default();
        let mine = list.iter().find(|m| m["file"].as_str() == Some(name));
        mine.map_or(Ok(None), |m| published_of(m, &index))
    });
    match entry {
        Ok(date) => (date, None),
        Err(w) => (None, Some(w)),
    }
}

/// A sidecar's JSON (a regular file of at most 1 MB), or a warning naming it.
fn read_sidecar(path: &Path) -> Result<serde_json::Value, String> {
    let limits = Limits {
        max_bytes: 1024 * 1024,
    };
    let bytes = files::read_bounded(path, limits)
        .map_err(|e| format!("publication date file {} ignored: {e}", shown(path)))?;
    serde_json::from_slice(&bytes).map_err(|e| {
        format!(
            "publication date file {} ignored: not valid JSON ({e})",
            shown(path)
        )
    })
}

/// The `published` field of a sidecar entry: absent or null is no date; a
/// string that is not a date YYYY-MM-DD is a warning naming the file.
fn published_of(entry: &serde_json::Value, file: &Path) -> Result<Option<NaiveDate>, String> {
    match &entry["published"] {
        serde_json::Value::Null => Ok(None),
        serde_json::Value::String(s) => NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| {
                format!(
                    "publication date file {}: \"published\": \"{}\" is not a date YYYY-MM-DD; ignored",
                    shown(file),
                    crate::files::escape_name(s)
                )
            }),
        other => Err(format!(
            "publication date file {}: \"published\": {other} is not a date YYYY-MM-DD; ignored",
            shown(file)
        )),
    }
}

/// Reads every file of `args`; a file that cannot be read is reported on
/// stderr, named (escaped: a name cannot forge a line), and the others are
/// still read. Returns the documents and whether any file failed.
fn read_all(args: &Args) -> (Vec<Document>, Vec<Option<PublishedFrom>>, bool) {
    let mut failed = false;
    let mut docs = Vec::new();
    let mut sources = Vec::new();
    for f in &args.files {
        let path = Path::new(f);
        let article = match read_article(path, args.limits) {
            Ok(article) => article,
            Err(e) => {
                eprintln!("jawla extract: {}: {e}", shown(path));
                failed = true;
                continue;
            }
        };
        let mut warnings = article.warnings;
        warnings.extend(crate::hidden::warning(&crate::hidden::scan(&article.text)));
        for w in &warnings {
            eprintln!("jawla extract: {}: warning: {w}", shown(path));
        }
        let given = match args.published {
            Some(d) => Some(d),
            None => {
                let (date, warning) = sidecar_published(path);
                if let Some(w) = warning {
                    eprintln!("jawla extract: {}: warning: {w}", shown(path));
                }
                date
            }
        };
        let found = Engine::embedded().publication(given, article.published, &article.text);
        sources.push(found.map(|(_, from)| from));
        docs.push(Document {
            path: path.display().to_string(),
            text: article.text,
            published: found.map(|(d, _)| d),
        });
    }
    (docs, sources, failed)
}

/// Runs `jawla extract ARGS...`.
pub fn run(args: &[OsString]) -> ExitCode {
    let args = match parse(args) {
        Ok(a) => a,
        Err(e) if e.is_empty() => {
            eprintln!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("jawla extract: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let (docs, sources, failed) = read_all(&args);
    if args.trace {
        let mut text = String::new();
        for d in &docs {
            text.push_str(&format!("#### {}\n", d.path));
            text.push_str(&Engine::embedded().trace(d));
            text.push('\n');
        }
        let mut stdout = std::io::stdout().lock();
        if let Err(e) = stdout
            .write_all(text.as_bytes())
            .and_then(|()| stdout.flush())
        {
            eprintln!("jawla extract: cannot write to stdout: {e}");
            return ExitCode::FAILURE;
        }
        return if failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        };
    }
    let mut out = Engine::embedded().extract_all(&docs);
    for (a, from) in out.articles.iter_mut().zip(sources) {
        a.published_from = from;
    }
    let mut meta = Meta::at(chrono::Utc::now().naive_utc());
    meta.hijri = args.hijri;
    let bytes = match export::render(args.format, &out, &meta) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("jawla extract: {e}");
            return ExitCode::FAILURE;
        }
    };
    let written = match &args.output {
        Some(path) => crate::workspace::store::write_atomic(Path::new(path), &bytes)
            .map_err(|e| format!("cannot write {}: {e}", shown(Path::new(path)))),
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(&bytes)
                .and_then(|()| stdout.flush())
                .map_err(|e| format!("cannot write to stdout: {e}"))
        }
    };
    if let Err(e) = written {
        eprintln!("jawla extract: {e}");
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_flags_and_rejects_unknown_formats() {
        let a = parse(&["--published".into(), "2024-06-10".into(), "a.txt".into()]).unwrap();
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2024, 6, 10));
        assert_eq!(a.files, vec![OsString::from("a.txt")]);
        assert_eq!(a.format, Format::Json);
        assert_eq!(
            parse(&["--format".into(), "xml".into(), "a.txt".into()]).unwrap_err(),
            "--format: unknown format `xml` (supported: json, csv, md, html, timelinejs, geojson, ics, svg, png, gexf, graphml)"
        );
        let b = parse(&[
            "--format=csv".into(),
            "-o".into(),
            "t.csv".into(),
            "a".into(),
        ])
        .unwrap();
        assert_eq!(
            (b.format, b.output),
            (Format::Csv, Some(OsString::from("t.csv")))
        );
        assert_eq!(
            parse(&["--published=2024-13-01".into(), "a".into()]).unwrap_err(),
            "--published: `2024-13-01` is not a date YYYY-MM-DD"
        );
    }
}
