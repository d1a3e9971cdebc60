//! The command line: the I/O edge of jawla for batch use.
//!
//! `jawla` alone opens the desktop window (feature `gui`);
//! `jawla extract ...` runs the engine over files (see [`extract`]);
//! `jawla extract --jsonl` streams a corpus through it (see [`jsonl`]).

use std::ffi::OsString;
use std::process::ExitCode;

pub mod extract;
pub mod jsonl;

const USAGE: &str = "\
usage:
  jawla [FILE|FOLDER...]         open the desktop application (and these articles)
  jawla extract [--published YYYY-MM-DD] [--format FORMAT] [--output PATH] [--trace]
                [--max-size MB] FILE...
                                 print the visits found in FILEs (see docs/extract-output.md);
                                 FORMAT: one of FORMATS below
  jawla extract --jsonl [--published YYYY-MM-DD] [--jobs N] [--max-size MB] < LINES
                                 one JSON line per stdin line (a path or a JSON object);
                                 streaming, all cores, input order (see docs/batch.md)
  jawla --help | --version
";

/// The usage text with every export format named (from [`crate::export::Format::ALL`]).
fn usage() -> String {
    let formats = crate::export::Format::ALL.map(|f| f.name()).join(" ");
    format!("{USAGE}FORMATS: {formats}\n")
}

/// Entry point of the binary; `args` excludes the program name.
pub fn main(args: Vec<OsString>) -> ExitCode {
    let first = args.first().and_then(|a| a.to_str());
    match first {
        Some("extract") if args.iter().any(|a| a == "--jsonl") => jsonl::run(&args[1..]),
        Some("extract") => extract::run(&args[1..]),
        Some("-h" | "--help" | "help") => {
            eprint!("{}", usage());
            ExitCode::SUCCESS
        }
        Some("-V" | "--version") => {
            eprintln!("jawla {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        None => run_gui(Vec::new()),
        // Paths: open them in the window (files, or folders searched for articles).
        Some(other) if !other.starts_with('-') && std::path::Path::new(other).exists() => {
            run_gui(args.iter().map(std::path::PathBuf::from).collect())
        }
        Some(other) => {
            eprintln!(
                "jawla: unknown command `{other}` (nor a file or folder)\n\n{}",
                usage()
            );
            ExitCode::from(2)
        }
    }
}

#[cfg(feature = "gui")]
fn run_gui(open: Vec<std::path::PathBuf>) -> ExitCode {
    crate::app::run(open)
}

#[cfg(not(feature = "gui"))]
fn run_gui(_open: Vec<std::path::PathBuf>) -> ExitCode {
    eprintln!(
        "jawla was built without the `gui` feature; only `jawla extract` is available.\n\n{}",
        usage()
    );
    ExitCode::from(2)
}
