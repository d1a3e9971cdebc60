//! `jawla extract --jsonl`: corpus-scale extraction as a stream filter.
//!
//! Reads stdin line by line. Each line is either a file path or a JSON object
//! `{"path": ..., "text": ..., "published": "YYYY-MM-DD"}` (`text` optional:
//! the file at `path` is read when absent; `published` optional: the
//! `--published` default applies; `path` optional when `text` is given, then
//! it is `stdin:LINE`). A line is JSON when its first non-blank byte is
//! `{`; any other line is a path, taken byte for byte. Blank lines are
//! skipped. For every other line it
//! writes exactly one JSON line on stdout, either
//! `{"path", "published", "published_from", "visits": [...]}` (an [`ArticleVisits`], the shape
//! of `docs/extract-output.md`) or `{"path", "line", "error"}`; errors are also
//! reported on stderr, and so are hidden-character warnings
//! ([`crate::hidden`]). Exit code 0, or 1 if any line failed, 2 on a usage
//! error.
//!
//! # Threads and order
//!
//! One reader thread splits stdin into lines, `--jobs N` worker threads
//! (default: [`std::thread::available_parallelism`]) parse them, read the
//! files and extract, and the calling thread writes. Output keeps **input order**: a reorder buffer holds
//! results that finished early. Memory stays bounded: at most
//! [`window`]`(jobs)` lines are in flight (queued, being extracted or waiting
//! in the reorder buffer); the reader takes the next line only when the
//! writer has written one, so a slow article delays the others by at most
//! that window. Each line is flushed as soon as it can be written in order
//! and nothing else is ready.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::{self, BufRead, Write};
use std::num::NonZeroUsize;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, SyncSender, TryRecvError, sync_channel};
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::engine::Engine;
use crate::files::{self, Limits, escape_name};
use crate::hidden;
use crate::model::{ArticleVisits, Document};

const USAGE: &str = "\
usage: jawla extract --jsonl [--published YYYY-MM-DD] [--jobs N] [--max-size MB] < LINES
  each stdin line: a file path, or {\"path\": ..., \"text\": ..., \"published\": ...}
  each stdout line: {\"path\", \"published\", \"published_from\", \"visits\"} or {\"path\", \"line\", \"error\"}
  --jobs N: 1 to 256 worker threads (default: the cores)
  --max-size MB: largest article, and largest stdin line (default 256, or JAWLA_MAX_ARTICLE_MB)
";

/// The most worker threads `--jobs` accepts (each holds up to four lines).
pub const MAX_JOBS: usize = 256;

/// Command-line options of the `--jsonl` mode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Publication date for lines that do not give one.
    pub published: Option<NaiveDate>,
    /// Worker threads, at most [`MAX_JOBS`].
    pub jobs: NonZeroUsize,
    /// Largest article read, and largest stdin line.
    pub limits: Limits,
}

/// How many lines may be in flight at once with `jobs` workers: enough to
/// keep every worker busy while one slow article holds the head of the line.
pub fn window(jobs: NonZeroUsize) -> usize {
    jobs.get().saturating_mul(4).max(8)
}

/// Parses the arguments after `extract` (which include `--jsonl`).
pub fn parse_args(args: &[OsString]) -> Result<Options, String> {
    let mut published = None;
    let mut jobs = std::thread::available_parallelism()
        .unwrap_or(NonZeroUsize::MIN)
        .min(NonZeroUsize::new(MAX_JOBS).unwrap_or(NonZeroUsize::MIN));
    let mut limits = Limits::from_env();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let arg = arg
            .to_str()
            .ok_or_else(|| format!("argument {arg:?} is not UTF-8"))?;
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg, None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            match &inline {
                Some(v) => Ok(v.clone()),
                None => it
                    .next()
                    .and_then(|v| v.to_str())
                    .map(str::to_string)
                    .ok_or_else(|| format!("{name} needs a value")),
            }
        };
        match flag {
            "--jsonl" => {}
            "--published" => {
                let v = value("--published")?;
                published = Some(parse_date(&v).map_err(|e| format!("--published: {e}"))?);
            }
            "--jobs" | "-j" => {
                let v = value("--jobs")?;
                jobs = v
                    .parse::<NonZeroUsize>()
                    .map_err(|_| format!("--jobs: `{v}` is not a positive number"))?;
                if jobs.get() > MAX_JOBS {
                    return Err(format!("--jobs: {v} is over the limit of {MAX_JOBS}"));
                }
            }
            "--max-size" => {
                let v = value("--max-size")?;
                limits.max_bytes = files::parse_mb(&v).map_err(|e| format!("--max-size: {e}"))?;
            }
            other => return Err(format!("unknown argument `{other}` in --jsonl mode")),
        }
    }
    Ok(Options {
        published,
        jobs,
        limits,
    })
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date in the form YYYY-MM-DD"))
}

/// Reads the file at `path` as article text, with the same reading and
/// decoding as the app and `jawla extract` (see [`crate::files`]); decoding
/// warnings are dropped.
pub fn read_text(path: &Path) -> Result<String, String> {
    files::read_article(path, Limits::from_env())
        .map(|a| a.text)
        .map_err(|e| e.to_string())
}

/// One stdin line as a JSON object.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LineObject {
    path: Option<String>,
    text: Option<String>,
    published: Option<String>,
}

/// What a worker has to do for one line.
#[derive(Debug)]
enum Task {
    /// Read the file, then extract.
    File {
        path: PathBuf,
        published: Option<NaiveDate>,
    },
    /// Extract from text given inline.
    Text(Document),
    /// The line itself was bad; only report it.
    Bad(String),
}

/// A non-blank stdin line as read: its position in the output (`seq`), its
/// line number (from 1) and its bytes without the line ending. Parsing
/// happens in the workers so that one reader thread never limits throughput.
#[derive(Debug)]
struct Raw {
    seq: usize,
    line: usize,
    bytes: Vec<u8>,
    /// Why the line could not be read whole (too long), if so.
    error: Option<String>,
}

/// A parsed stdin line with its task.
#[derive(Debug)]
struct Job {
    seq: usize,
    line: usize,
    /// The path as shown in the output.
    path: String,
    task: Task,
}

/// Turns one non-blank stdin line into its job.
fn parse_line(seq: usize, line: usize, raw: &[u8], default: Option<NaiveDate>) -> Job {
    let fallback = format!("stdin:{line}");
    if raw.trim_ascii_start().first() != Some(&b'{') {
        let path = bytes_to_path(raw);
        return Job {
            seq,
            line,
            path: path.to_string_lossy().into_owned(),
            task: Task::File {
                path,
                published: default,
            },
        };
    }
    let bad = |path: String, reason: String| Job {
        seq,
        line,
        path,
        task: Task::Bad(reason),
    };
    let obj: LineObject = match serde_json::from_slice(raw) {
        Ok(o) => o,
        Err(e) => return bad(fallback, format!("invalid JSON line: {e}")),
    };
    let path = obj.path.clone().unwrap_or(fallback);
    let published = match obj.published.as_deref() {
        None => default,
        Some(s) => match parse_date(s) {
            Ok(d) => Some(d),
            Err(e) => return bad(path, format!("published: {e}")),
        },
    };
    match (obj.text, obj.path) {
        // One rule with files: an empty article is an error.
        (Some(text), _) if text.is_empty() => bad(path, "the text is empty".to_string()),
        (Some(text), _) => Job {
            seq,
            line,
            path: path.clone(),
            task: Task::Text(Document {
                path,
                text,
                published,
            }),
        },
        (None, Some(p)) => Job {
            seq,
            line,
            path,
            task: Task::File {
                path: PathBuf::from(p),
                published,
            },
        },
        (None, None) => bad(path, "the line needs \"path\" or \"text\"".to_string()),
    }
}

#[cfg(unix)]
fn bytes_to_path(raw: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(raw))
}

#[cfg(not(unix))]
fn bytes_to_path(raw: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(raw).into_owned())
}

/// An error line on stdout.
#[derive(Serialize)]
struct ErrorLine<'a> {
    path: &'a str,
    line: usize,
    error: &'a str,
}

/// A finished line, ready to be written in order.
#[derive(Debug)]
struct Done {
    seq: usize,
    /// The JSON line, without the newline.
    json: String,
    /// Messages for stderr.
    notes: Vec<String>,
    failed: bool,
}

/// Runs one job: read if needed, extract, serialize. Never panics; a panic
/// in the engine becomes an error line.
fn work(engine: &Engine, job: Job, limits: Limits) -> Done {
    let Job {
        seq,
        line,
        path,
        task,
    } = job;
    let doc = match task {
        Task::Bad(reason) => Err(reason),
        Task::Text(doc) => Ok((doc, None, Vec::new())),
        Task::File {
            path: file,
            published,
        } => files::read_article(&file, limits)
            .map(|a| {
                let doc = Document {
                    path: path.clone(),
                    text: a.text,
                    published,
                };
                (doc, a.published, a.warnings)
            })
            .map_err(|e| e.to_string()),
    };
    // The date given with the line wins, then the page's metadata, then the text.
    let doc = doc.map(|(mut doc, html, warnings)| {
        let found = engine.publication(doc.published, html, &doc.text);
        doc.published = found.map(|(d, _)| d);
        (doc, found.map(|(_, from)| from), warnings)
    });
    let shown = escape_name(&path);
    let result = doc.and_then(|(doc, published_from, warnings)| {
        let mut notes: Vec<String> = warnings
            .iter()
            .map(|w| format!("jawla extract: {shown}: warning: {w}"))
            .collect();
        if let Some(w) = hidden::warning(&hidden::scan(&doc.text)) {
            notes.push(format!("jawla extract: {shown}: warning: {w}"));
        }
        let visits = catch_unwind(AssertUnwindSafe(|| engine.extract(&doc)))
            .map_err(|_| "internal error: the engine failed on this text".to_string())?;
        let article = ArticleVisits {
            path: doc.path,
            published: doc.published,
            published_from,
            visits,
        };
        serde_json::to_string(&article)
            .map(|json| (json, notes))
            .map_err(|e| format!("cannot serialize the result: {e}"))
    });
    match result {
        Ok((json, notes)) => Done {
            seq,
            json,
            notes,
            failed: false,
        },
        Err(reason) => {
            let json = serde_json::to_string(&ErrorLine {
                path: &path,
                line,
                error: &reason,
            })
            .unwrap_or_else(|_| "{\"error\":\"unserializable error\"}".to_string());
            Done {
                seq,
                json,
                notes: vec![format!("jawla extract: {shown}: {reason}")],
                failed: true,
            }
        }
    }
}

/// One stdin line as [`read_line_bounded`] read it.
#[derive(Debug, PartialEq, Eq)]
enum Line {
    /// End of input.
    End,
    /// A whole line, in the buffer.
    Whole,
    /// A line over the limit, skipped up to its end.
    TooLong,
    /// A NUL byte: stdin is not lines of text (`< /dev/zero`, `find
    /// -print0`); reading stops there.
    Binary,
}

/// Reads one line into `buf` (with its `\n`), keeping at most `max` bytes
/// of it: a longer line is skipped, without holding it in memory, and
/// reported. A NUL byte stops at once.
fn read_line_bounded(input: &mut impl BufRead, buf: &mut Vec<u8>, max: usize) -> io::Result<Line> {
    buf.clear();
    let (mut any, mut over) = (false, false);
    loop {
        let chunk = match input.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(match (any, over) {
                (false, _) => Line::End,
                (true, false) => Line::Whole,
                (true, true) => Line::TooLong,
            });
        }
        any = true;
        let newline = chunk.iter().position(|&b| b == b'\n');
        let take = newline.map_or(chunk.len(), |i| i + 1);
        let part = &chunk[..take];
        if part.contains(&0) {
            buf.clear();
            return Ok(Line::Binary);
        }
        if !over && buf.len() + part.len() > max {
            over = true;
            buf.clear();
        }
        if !over {
            buf.extend_from_slice(part);
        }
        input.consume(take);
        if newline.is_some() {
            return Ok(if over { Line::TooLong } else { Line::Whole });
        }
    }
}

/// Reads stdin, sending each non-blank line to the workers; waits for a
/// free slot before each. Returns the number of lines sent, or the read error.
fn read_jobs(
    input: impl BufRead,
    jobs: SyncSender<Raw>,
    slots: Receiver<()>,
    max_line: usize,
) -> io::Result<usize> {
    let mut input = input;
    let mut buf = Vec::new();
    let mut line = 0;
    let mut seq = 0;
    loop {
        let read = read_line_bounded(&mut input, &mut buf, max_line)?;
        let (error, stop) = match read {
            Line::End => return Ok(seq),
            Line::Whole => (None, false),
            Line::TooLong => (
                Some(format!("the line is longer than {max_line} bytes; skipped")),
                false,
            ),
            Line::Binary => (
                Some(
                    "NUL bytes: stdin is not lines of paths or JSON (one per line, not \
                     find -print0); reading stopped"
                        .to_string(),
                ),
                true,
            ),
        };
        line += 1;
        let raw = trim_ascii_end_of_line(&buf);
        if error.is_none() && raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        // A free slot, or the writer has stopped (then stop too).
        if slots.recv().is_err() {
            return Ok(seq);
        }
        let raw = Raw {
            seq,
            line,
            bytes: raw.to_vec(),
            error,
        };
        if jobs.send(raw).is_err() {
            return Ok(seq);
        }
        seq += 1;
        if stop {
            return Ok(seq);
        }
    }
}

/// `raw` without its line ending (`\n` or `\r\n`).
fn trim_ascii_end_of_line(raw: &[u8]) -> &[u8] {
    let raw = raw.strip_suffix(b"\n").unwrap_or(raw);
    raw.strip_suffix(b"\r").unwrap_or(raw)
}

/// Runs the batch over `input`, writing JSON lines to `output` and messages
/// to `errors`. Returns whether every line succeeded.
pub fn process(
    input: impl BufRead + Send,
    output: &mut dyn Write,
    errors: &mut dyn Write,
    options: &Options,
) -> io::Result<bool> {
    let engine = Engine::embedded();
    let window = window(options.jobs);
    let (job_tx, job_rx) = sync_channel::<Raw>(window);
    let (done_tx, done_rx) = sync_channel::<Done>(window);
    let (slot_tx, slot_rx) = sync_channel::<()>(window);
    for _ in 0..window {
        // Cannot fail: the channel has room for `window` slots and its
        // receiver is alive.
        let _ = slot_tx.send(());
    }
    let job_rx = Arc::new(Mutex::new(job_rx));
    let default = options.published;
    std::thread::scope(|scope| {
        let max_line = usize::try_from(options.limits.max_bytes).unwrap_or(usize::MAX);
        let reader = scope.spawn(move || read_jobs(input, job_tx, slot_rx, max_line));
        let limits = options.limits;
        for _ in 0..options.jobs.get() {
            let job_rx = Arc::clone(&job_rx);
            let done_tx = done_tx.clone();
            scope.spawn(move || {
                loop {
                    let job = match job_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => break,
                    };
                    let Ok(raw) = job else { break };
                    let job = match raw.error {
                        Some(reason) => Job {
                            seq: raw.seq,
                            line: raw.line,
                            path: format!("stdin:{}", raw.line),
                            task: Task::Bad(reason),
                        },
                        None => parse_line(raw.seq, raw.line, &raw.bytes, default),
                    };
                    if done_tx.send(work(engine, job, limits)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done_tx);
        let written = write_in_order(&done_rx, &slot_tx, output, errors);
        // Stop the reader and workers if writing failed.
        drop(slot_tx);
        drop(done_rx);
        let read = reader
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the stdin reader failed")));
        let all_ok = written?;
        read?;
        Ok(all_ok)
    })
}

/// The writer: takes finished lines, writes them in input order, frees one
/// slot per line written, flushes when nothing else is ready.
fn write_in_order(
    done: &Receiver<Done>,
    slots: &SyncSender<()>,
    output: &mut dyn Write,
    errors: &mut dyn Write,
) -> io::Result<bool> {
    let mut pending: BTreeMap<usize, Done> = BTreeMap::new();
    let mut next = 0;
    let mut all_ok = true;
    let mut emit = |d: Done, output: &mut dyn Write| -> io::Result<()> {
        for note in &d.notes {
            // Messages are best effort: a closed stderr must not stop the batch.
            let _ = writeln!(errors, "{note}");
        }
        all_ok &= !d.failed;
        output.write_all(d.json.as_bytes())?;
        output.write_all(b"\n")
    };
    loop {
        let d = match done.try_recv() {
            Ok(d) => d,
            Err(TryRecvError::Empty) => {
                output.flush()?;
                match done.recv() {
                    Ok(d) => d,
                    Err(_) => break,
                }
            }
            Err(TryRecvError::Disconnected) => break,
        };
        pending.insert(d.seq, d);
        while let Some(d) = pending.remove(&next) {
            emit(d, output)?;
            next += 1;
            let _ = slots.send(());
        }
    }
    // Only reachable with gaps if a worker died; write what is left, in order.
    for (_, d) in std::mem::take(&mut pending) {
        emit(d, output)?;
    }
    output.flush()?;
    Ok(all_ok)
}

/// Runs `jawla extract --jsonl ...`; `args` are the arguments after `extract`.
pub fn run(args: &[OsString]) -> ExitCode {
    let options = match parse_args(args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("jawla extract: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    // The reader thread needs a `Send` input, so not a `StdinLock`.
    let input = io::BufReader::new(io::stdin());
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut err = io::stderr();
    match process(input, &mut out, &mut err, &options) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        // The reader of our output went away (`| head`): nothing to report.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("jawla extract: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(jobs: usize) -> Options {
        Options {
            published: NaiveDate::from_ymd_opt(2024, 6, 10),
            jobs: NonZeroUsize::new(jobs).unwrap_or(NonZeroUsize::MIN),
            limits: Limits::from_env(),
        }
    }

    #[test]
    fn args_parse_with_and_without_equals() {
        let args: Vec<OsString> = ["--jsonl", "--published=2024-06-10", "-j", "3"]
            .iter()
            .map(OsString::from)
            .collect();
        assert_eq!(parse_args(&args), Ok(opts(3)));
        let bad: Vec<OsString> = ["--jsonl", "--published", "10/06/2024"]
            .iter()
            .map(OsString::from)
            .collect();
        assert_eq!(
            parse_args(&bad),
            Err("--published: `10/06/2024` is not a date in the form YYYY-MM-DD".to_string())
        );
        let zero: Vec<OsString> = ["--jsonl", "--jobs", "0"]
            .iter()
            .map(OsString::from)
            .collect();
        assert_eq!(
            parse_args(&zero),
            Err("--jobs: `0` is not a positive number".to_string())
        );
    }

    #[test]
    fn window_bounds_lines_in_flight() {
        assert_eq!(window(NonZeroUsize::MIN), 8);
        assert_eq!(
            window(NonZeroUsize::new(16).unwrap_or(NonZeroUsize::MIN)),
            64
        );
    }

    #[test]
    fn writer_reorders_results_and_frees_one_slot_per_line() {
        let (done_tx, done_rx) = sync_channel::<Done>(8);
        let (slot_tx, slot_rx) = sync_channel::<()>(8);
        for (seq, failed) in [(2, false), (0, false), (3, true), (1, false)] {
            let sent = done_tx.send(Done {
                seq,
                json: format!("{{\"n\":{seq}}}"),
                notes: vec![format!("note {seq}")],
                failed,
            });
            assert!(sent.is_ok());
        }
        drop(done_tx);
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let ok = write_in_order(&done_rx, &slot_tx, &mut out, &mut err).expect("writes");
        assert!(!ok);
        assert_eq!(out, b"{\"n\":0}\n{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n");
        assert_eq!(err, b"note 0\nnote 1\nnote 2\nnote 3\n");
        assert_eq!(slot_rx.try_iter().count(), 4);
    }

    #[test]
    fn in_memory_batch_keeps_order_with_one_and_many_workers() {
        let mut input = String::new();
        for i in 0..100 {
            input.push_str(&format!("{{\"path\":\"n{i}\",\"text\":\"نص {i}\"}}\n"));
            if i % 10 == 0 {
                input.push_str("\n  {\"published\":\"x\",\"text\":\"t\"}\r\n");
            }
        }
        for jobs in [1, 4] {
            let (mut out, mut err) = (Vec::new(), Vec::new());
            let ok = process(input.as_bytes(), &mut out, &mut err, &opts(jobs))
                .expect("in-memory I/O does not fail");
            assert!(!ok);
            let text = String::from_utf8(out).expect("UTF-8 output");
            let lines: Vec<&str> = text.lines().collect();
            assert_eq!(lines.len(), 110);
            assert_eq!(
                lines[0],
                "{\"path\":\"n0\",\"published\":\"2024-06-10\",\"published_from\":\"argument\",\"visits\":[]}"
            );
            assert_eq!(
                lines[1],
                "{\"path\":\"stdin:3\",\"line\":3,\"error\":\"published: `x` is not a date in the form YYYY-MM-DD\"}"
            );
            assert_eq!(
                lines[109],
                "{\"path\":\"n99\",\"published\":\"2024-06-10\",\"published_from\":\"argument\",\"visits\":[]}"
            );
        }
    }
}
