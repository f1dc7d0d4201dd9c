//! Dumps what tongji finds, one JSON object per line.
//!
//! ```text
//! cargo run --release --example dump -- --mentions [FILE…]
//! ```
//!
//! With no FILE it runs on the gazette shipped in `tests/data/`. A file that
//! is not UTF-8 is reported with its name and the byte offset of the first
//! bad byte, and the exit status is non-zero. Numbers too large to represent
//! exactly are skipped with a warning on standard error (SPEC §4).

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The gazette shipped with the crate, embedded so the example runs anywhere.
const DEFAULT_CORPUS: &str = include_str!("../tests/data/nanyang-gazette-2022-01.txt");
const DEFAULT_NAME: &str = "tests/data/nanyang-gazette-2022-01.txt";

const USAGE: &str = "usage: dump [--mentions] [FILE…]\n\n\
    Prints one JSON object per mention per line (SPEC §2 shape).\n\
    With no FILE, reads the gazette shipped in tests/data/.";

fn main() -> ExitCode {
    let mut files: Vec<PathBuf> = Vec::new();
    for arg in std::env::args_os().skip(1) {
        match arg.to_str() {
            Some("--mentions") => {}
            Some("-h" | "--help") => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            Some(flag) if flag.starts_with("--") => {
                eprintln!("dump: unknown option {flag}\n\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => files.push(PathBuf::from(arg)),
        }
    }
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut status = ExitCode::SUCCESS;
    if files.is_empty() {
        if let Err(e) = dump(DEFAULT_NAME, DEFAULT_CORPUS, &mut out) {
            return broken_pipe_or_fail(e);
        }
    }
    for path in &files {
        match read_utf8(path) {
            Ok(text) => {
                if let Err(e) = dump(&path.display().to_string(), &text, &mut out) {
                    return broken_pipe_or_fail(e);
                }
            }
            Err(msg) => {
                eprintln!("dump: {msg}");
                status = ExitCode::FAILURE;
            }
        }
    }
    if let Err(e) = out.flush() {
        return broken_pipe_or_fail(e);
    }
    status
}

fn broken_pipe_or_fail(e: io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        ExitCode::SUCCESS
    } else {
        eprintln!("dump: cannot write output: {e}");
        ExitCode::FAILURE
    }
}

/// Reads a file that must be UTF-8; the error names the file and, for bad
/// bytes, the offset of the first one.
fn read_utf8(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{}: not UTF-8: invalid byte at offset {}",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

fn dump(name: &str, text: &str, out: &mut impl Write) -> io::Result<()> {
    let mut found = tongji::mentions(text);
    for m in found.by_ref() {
        serde_json::to_writer(&mut *out, &m)?;
        out.write_all(b"\n")?;
    }
    for span in found.overflows() {
        eprintln!(
            "dump: warning: {name}: bytes {}..{}: number too large to represent exactly, skipped: {:?}",
            span.start,
            span.end,
            &text[span.range()]
        );
    }
    Ok(())
}
