//! `jawla extract`: the command-line face of the engine.
//! The JSON printed is the contract of `../shared/docs/extract-output.md`.

use std::ffi::OsString;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;

use crate::engine::Engine;
use crate::model::Document;

const USAGE: &str = "usage: jawla extract [--published YYYY-MM-DD] [--format json] FILE...
  Without --published, a file's date is read from NAME.json (`published`) or
  from a seeds.json index next to it, when present.";

/// Parsed command line of `jawla extract`.
#[derive(Debug, PartialEq, Eq)]
struct Args {
    published: Option<NaiveDate>,
    files: Vec<OsString>,
}

fn parse(args: &[OsString]) -> Result<Args, String> {
    let mut published = None;
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
                if v != "json" {
                    return Err(format!("--format: unknown format `{v}` (supported: json)"));
                }
            }
            "-h" | "--help" => return Err(String::new()),
            f if f.starts_with("--") => return Err(format!("unknown option `{f}`")),
            _ => files.push(a.clone()),
        }
    }
    if files.is_empty() {
        return Err("no FILE given".to_owned());
    }
    Ok(Args { published, files })
}

/// Decodes the bytes of an article file: UTF-8, with or without a BOM.
/// (The ingest module will take over other encodings.)
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8(bytes.to_vec())
        .map_err(|e| format!("not valid UTF-8 (byte {})", e.utf8_error().valid_up_to()))
}

/// The publication date recorded next to an article, when `--published` is
/// not given: `NAME.json` with a `published` field (the corpus format), or a
/// `seeds.json` index in the same folder (`[{"file": ..., "published": ...}]`).
fn sidecar_published(path: &Path) -> Option<NaiveDate> {
    #[derive(serde::Deserialize)]
    struct Meta {
        #[serde(default)]
        file: Option<String>,
        #[serde(default)]
        published: Option<NaiveDate>,
    }
    let own = path.with_extension("json");
    if let Ok(bytes) = std::fs::read(&own)
        && let Ok(m) = serde_json::from_slice::<Meta>(&bytes)
    {
        return m.published;
    }
    let name = path.file_name()?.to_str()?;
    let index = path.parent()?.join("seeds.json");
    let metas: Vec<Meta> = serde_json::from_slice(&std::fs::read(index).ok()?).ok()?;
    metas
        .into_iter()
        .find(|m| m.file.as_deref() == Some(name))
        .and_then(|m| m.published)
}

fn read(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    decode(&bytes)
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
    let mut failed = false;
    let mut docs = Vec::new();
    for f in &args.files {
        let path = Path::new(f);
        match read(path) {
            Ok(text) => docs.push(Document {
                path: path.display().to_string(),
                text,
                published: args.published.or_else(|| sidecar_published(path)),
            }),
            Err(e) => {
                eprintln!("jawla extract: {}: {e}", path.display());
                failed = true;
            }
        }
    }
    let out = Engine::embedded().extract_all(&docs);
    let json = match serde_json::to_string_pretty(&out) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("jawla extract: cannot serialize the result: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut stdout = std::io::stdout().lock();
    if writeln!(stdout, "{json}").is_err() {
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
        assert_eq!(
            parse(&["--format".into(), "xml".into(), "a.txt".into()]).unwrap_err(),
            "--format: unknown format `xml` (supported: json)"
        );
        assert_eq!(
            parse(&["--published=2024-13-01".into(), "a".into()]).unwrap_err(),
            "--published: `2024-13-01` is not a date YYYY-MM-DD"
        );
    }

    #[test]
    fn decodes_utf8_with_and_without_bom() {
        assert_eq!(decode("\u{feff}مصر".as_bytes()).unwrap(), "مصر");
        assert_eq!(decode("مصر".as_bytes()).unwrap(), "مصر");
        assert_eq!(decode(b"\xff\xfe").unwrap_err(), "not valid UTF-8 (byte 0)");
    }
}
