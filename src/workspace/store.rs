//! The workspace's I/O edge: atomic save, safe load, keeping bad files aside.
//!
//! - [`save_atomic`]: write a temp file in the same directory, fsync it,
//!   rename it over the target, fsync the directory. A crash or `SIGKILL` at
//!   any moment leaves either the old file or the new one, never a mix.
//! - [`load`]: read at most [`MAX_BYTES`](super::MAX_BYTES) and parse with
//!   [`Workspace::from_json`]; every failure names the file and the problem.
//! - [`quarantine`]: rename a bad file aside (`NAME.corrupt-YYYYMMDD-HHMMSS`),
//!   never overwriting anything, so the app can start empty and lose nothing.
//! - [`open_or_empty`]: the start-up policy combining the three.

use std::ffi::OsString;
use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::{FormatError, MAX_BYTES, Workspace};
use crate::i18n::{Message, Part};

/// Why a workspace file could not be loaded. Displays as
/// `cannot open workspace PATH: PROBLEM`.
#[derive(Debug)]
pub struct LoadError {
    /// The file.
    pub path: PathBuf,
    pub kind: LoadErrorKind,
}

/// What went wrong in [`load`].
#[derive(Debug)]
pub enum LoadErrorKind {
    /// There is no such file (a first start: nothing to report).
    NotFound,
    /// The file exists but could not be read (permissions, a directory, ...).
    Io(io::Error),
    /// The bytes are not a workspace this build can use.
    Format(FormatError),
}

impl LoadError {
    /// `true` when the file simply does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self.kind, LoadErrorKind::NotFound)
    }

    /// `true` when the file's content is the problem (corrupt, truncated,
    /// hostile, newer version), so it should be kept aside with [`quarantine`]
    /// before an empty workspace is saved in its place.
    pub fn is_bad_content(&self) -> bool {
        matches!(self.kind, LoadErrorKind::Format(_))
    }

    /// The format problem, if that is what went wrong.
    pub fn format_error(&self) -> Option<&FormatError> {
        match &self.kind {
            LoadErrorKind::Format(e) => Some(e),
            _ => None,
        }
    }
}

impl LoadError {
    /// "cannot open workspace PATH: PROBLEM" in the interface's language
    /// (`Display` gives its English). An I/O problem is the system's text.
    pub fn message(&self) -> Message {
        let reason = match &self.kind {
            LoadErrorKind::NotFound => Part::from(Message::new("workspace-no-such-file")),
            LoadErrorKind::Io(e) => Part::Text(e.to_string()),
            LoadErrorKind::Format(e) => Part::from(e.message()),
        };
        Message::new("workspace-cannot-open")
            .with("path", self.path.display().to_string())
            .with("reason", reason)
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for LoadError {}

/// Why a workspace could not be saved. The previous file, if any, is intact.
#[derive(Debug)]
pub struct SaveError {
    pub path: PathBuf,
    pub source: io::Error,
}

impl SaveError {
    /// "cannot save workspace PATH: PROBLEM (the previous file is
    /// unchanged)" in the interface's language (`Display` gives its English).
    pub fn message(&self) -> Message {
        Message::new("workspace-cannot-save")
            .with("path", self.path.display().to_string())
            .with("reason", self.source.to_string())
    }
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for SaveError {}

/// Saves `workspace` to `path` atomically (see [`write_atomic`]).
pub fn save_atomic(path: &Path, workspace: &Workspace) -> Result<(), SaveError> {
    let bytes = workspace.to_json().map_err(|e| SaveError {
        path: path.to_owned(),
        source: e.into(),
    })?;
    write_atomic(path, &bytes).map_err(|source| SaveError {
        path: path.to_owned(),
        source,
    })
}

/// Replaces the contents of `path` with `bytes` so that, whenever the process
/// dies, `path` holds either its old contents or `bytes`: write a temp file
/// in the same directory (same file system, so the rename is atomic), fsync
/// it, rename it over `path`, fsync the directory so the rename is durable.
/// On error the temp file is removed and `path` is untouched.
///
/// Also the edge for other files that must never be half-written (e.g.
/// exports); it knows nothing about workspaces.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = parent_dir(path);
    let (tmp, mut file) = create_temp(path)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    drop(file);
    if let Err(e) = written.and_then(|()| fs::rename(&tmp, path)) {
        // Best effort: the temp file is ours and useless now.
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    // The new content is in place. Making the rename itself durable is best
    // effort: some file systems (network shares) refuse to fsync a directory,
    // and reporting "not saved" then would be false.
    let _ = sync_dir(dir);
    Ok(())
}

/// The directory holding `path` (`.` for a bare file name).
fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// The prefix of every temp file [`write_atomic`] makes for `path`:
/// `.NAME.tmp-`.
fn temp_prefix(path: &Path) -> OsString {
    let mut prefix = OsString::from(".");
    prefix.push(path.file_name().unwrap_or_else(|| "workspace".as_ref()));
    prefix.push(".tmp-");
    prefix
}

/// A new, exclusively created temp file next to `path`.
fn create_temp(path: &Path) -> io::Result<(PathBuf, File)> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = parent_dir(path);
    loop {
        let mut name = temp_prefix(path);
        name.push(format!(
            "{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let tmp = dir.join(name);
        match OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(file) => return Ok((tmp, file)),
            // Left over by a killed process with the same pid: try the next name.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    // Windows cannot open a directory as a file; its rename is durable once
    // the file was flushed.
    Ok(())
}

/// Deletes the temp files that interrupted saves to `path` left behind
/// (`.NAME.tmp-*`); returns how many. Call at start-up, when no other save
/// to `path` is running. Never touches `path` itself.
pub fn remove_stale_temps(path: &Path) -> io::Result<usize> {
    let prefix = temp_prefix(path);
    let prefix = prefix.to_string_lossy();
    let mut removed = 0;
    for entry in fs::read_dir(parent_dir(path))? {
        let entry = entry?;
        if entry
            .file_name()
            .to_string_lossy()
            .starts_with(prefix.as_ref())
            && entry.file_type()?.is_file()
        {
            fs::remove_file(entry.path())?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// Reads and checks the workspace at `path`.
pub fn load(path: &Path) -> Result<Workspace, LoadError> {
    let err = |kind| LoadError {
        path: path.to_owned(),
        kind,
    };
    let bytes = read_bounded(path).map_err(|e| match e {
        Bounded::Io(e) if e.kind() == io::ErrorKind::NotFound => err(LoadErrorKind::NotFound),
        Bounded::Io(e) => err(LoadErrorKind::Io(e)),
        Bounded::TooLarge(size) => err(LoadErrorKind::Format(FormatError::TooLarge {
            size,
            limit: MAX_BYTES,
        })),
    })?;
    Workspace::from_json(&bytes).map_err(|e| err(LoadErrorKind::Format(e)))
}

enum Bounded {
    Io(io::Error),
    /// At least this many bytes.
    TooLarge(u64),
}

/// The file's bytes, refusing (without reading them) files over the limit.
/// The limit is also enforced while reading, for files that grow or lie
/// about their size (pipes, `/proc`, `/dev/zero`).
fn read_bounded(path: &Path) -> Result<Vec<u8>, Bounded> {
    let file = File::open(path).map_err(Bounded::Io)?;
    let meta = file.metadata().map_err(Bounded::Io)?;
    if meta.is_dir() {
        return Err(Bounded::Io(io::Error::other("it is a directory")));
    }
    if meta.len() > MAX_BYTES {
        return Err(Bounded::TooLarge(meta.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(Bounded::Io)?;
    let read = bytes.len() as u64;
    if read > MAX_BYTES {
        return Err(Bounded::TooLarge(read));
    }
    Ok(bytes)
}

/// The backup of the workspace at `path`: `NAME.bak` beside it.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(OsString::from).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Copies the workspace file at `path`, as it is, to [`backup_path`]
/// (atomically), and returns where; `None` when there is no file at `path`.
/// The app does it before its first save of a session, so what the last
/// session left can always be brought back.
pub fn backup(path: &Path) -> io::Result<Option<PathBuf>> {
    let bytes = match read_bounded(path) {
        Ok(bytes) => bytes,
        Err(Bounded::Io(e)) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(Bounded::Io(e)) => return Err(e),
        Err(Bounded::TooLarge(size)) => {
            return Err(io::Error::other(format!(
                "{size} bytes, over the workspace limit"
            )));
        }
    };
    let to = backup_path(path);
    write_atomic(&to, &bytes)?;
    Ok(Some(to))
}

/// Renames a bad workspace file aside as `NAME.corrupt-YYYYMMDD-HHMMSS`
/// (UTC; `-2`, `-3`, ... appended if that exists) and returns the new path.
/// Never overwrites an existing file.
pub fn quarantine(path: &Path) -> io::Result<PathBuf> {
    quarantine_as(path, "corrupt")
}

/// Like [`quarantine`] with another label, e.g. `"newer"` for a file written
/// by a newer jawla: `NAME.newer-YYYYMMDD-HHMMSS`.
pub fn quarantine_as(path: &Path, label: &str) -> io::Result<PathBuf> {
    let stamp = chrono::Utc::now().format("%Y%m%d-%H%M%S");
    let mut base = path.as_os_str().to_owned();
    base.push(format!(".{label}-{stamp}"));
    for n in 1..=1000 {
        let mut candidate = base.clone();
        if n > 1 {
            candidate.push(format!("-{n}"));
        }
        let candidate = PathBuf::from(candidate);
        if rename_no_clobber(path, &candidate)? {
            return Ok(candidate);
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "1000 quarantined copies already exist",
    ))
}

/// Renames `from` to `to` unless `to` exists; `Ok(false)` if it does.
/// A hard link fails atomically when `to` exists, so nothing is overwritten
/// even by a race; where links are not supported, check then rename.
fn rename_no_clobber(from: &Path, to: &Path) -> io::Result<bool> {
    match fs::hard_link(from, to) {
        Ok(()) => fs::remove_file(from).map(|()| true),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Err(e),
        Err(_) => {
            if to.symlink_metadata().is_ok() {
                return Ok(false);
            }
            fs::rename(from, to).map(|()| true)
        }
    }
}

/// What [`open_or_empty`] found.
#[derive(Debug)]
pub struct Opened {
    /// The saved workspace, or an empty one.
    pub workspace: Workspace,
    /// Why the saved one was not used (absent for a first start).
    pub problem: Option<LoadError>,
    /// Where a bad file was moved to.
    pub kept_aside: Option<PathBuf>,
    /// Whether autosaving to the path would lose nothing. `false` when a file
    /// is still there that could not be read or kept aside: the app must not
    /// save over it (offer "Save workspace as…" instead).
    pub may_save: bool,
}

impl Opened {
    /// A message for the analyst, or `None` if all went well (in English;
    /// [`Opened::notice`] for the interface's language).
    pub fn message(&self) -> Option<String> {
        self.notice().map(|m| m.to_string())
    }

    /// What went wrong and what was done about it, or `None` if all went well.
    pub fn notice(&self) -> Option<Message> {
        let problem = self.problem.as_ref()?;
        Some(match &self.kept_aside {
            Some(aside) => Message::new("workspace-kept-aside")
                .with("problem", problem.message())
                .with("path", aside.display().to_string()),
            None => Message::new("workspace-not-saved-over").with("problem", problem.message()),
        })
    }
}

/// The start-up policy: load the workspace at `path`; if it is missing, start
/// empty; if its content is bad (corrupt, truncated, hostile, newer version),
/// rename it aside with [`quarantine_as`] and start empty, so that the next
/// autosave cannot overwrite it. A file that cannot be read at all (e.g.
/// permissions) is left where it is and [`Opened::may_save`] is `false`.
/// Also removes stale temp files.
pub fn open_or_empty(path: &Path) -> Opened {
    // Leftovers of a killed save; failing to remove them costs nothing.
    let _ = remove_stale_temps(path);
    match load(path) {
        Ok(workspace) => Opened {
            workspace,
            problem: None,
            kept_aside: None,
            may_save: true,
        },
        Err(e) if e.is_not_found() => Opened {
            workspace: Workspace::new(),
            problem: None,
            kept_aside: None,
            may_save: true,
        },
        Err(e) => {
            let kept_aside = if e.is_bad_content() {
                let label = if matches!(e.format_error(), Some(FormatError::NewerVersion { .. })) {
                    "newer"
                } else {
                    "corrupt"
                };
                quarantine_as(path, label).ok()
            } else {
                None
            };
            let may_save = kept_aside.is_some();
            Opened {
                workspace: Workspace::new(),
                problem: Some(e),
                kept_aside,
                may_save,
            }
        }
    }
}
