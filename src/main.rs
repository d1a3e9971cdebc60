//! The `jawla` binary: a thin shell over the library (see `jawla::cli`).

fn main() -> std::process::ExitCode {
    jawla::cli::main(std::env::args_os().skip(1).collect())
}
