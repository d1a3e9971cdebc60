//! `jawla extract`: the command-line face of the engine.
//! The JSON printed is the contract of `../shared/docs/extract-output.md`.

use std::ffi::OsString;
use std::process::ExitCode;

/// Runs `jawla extract ARGS...`.
pub fn run(_args: &[OsString]) -> ExitCode {
    eprintln!("jawla extract: the engine is not built yet (issue 3)");
    ExitCode::FAILURE
}
