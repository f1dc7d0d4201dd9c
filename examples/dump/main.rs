//! Dumps what tongji finds: indicator records (SPEC §3) as JSON Lines by
//! default, as CSV with `--csv`, or mentions (SPEC §2) with `--mentions`.
//!
//! ```text
//! cargo run --release --example dump -- [--year 2021] [--csv | --mentions] [--] [FILE…]
//! ```
//!
//! `--year` is the reference year for periods printed without one (`全年`).
//! With no FILE it runs on the gazette shipped in `tests/data/`. A file that
//! is not UTF-8 is reported with its name and the byte offset of the first
//! bad byte, and the exit status is non-zero. Numbers too large to represent
//! exactly are skipped with a warning on standard error (SPEC §4).

use std::io::{self, BufWriter, Write};
use std::path::Path;

mod cli;
use std::process::ExitCode;

/// The gazette shipped with the crate, embedded so the example runs anywhere.
const DEFAULT_CORPUS: &str = include_str!("../../tests/data/nanyang-gazette-2022-01.txt");
const DEFAULT_NAME: &str = "tests/data/nanyang-gazette-2022-01.txt";

/// What to print.
#[derive(Clone, Copy)]
struct Mode {
    mentions: bool,
    csv: bool,
    extractor: tongji::Extractor,
}

fn main() -> ExitCode {
    let options = match cli::parse(std::env::args_os().skip(1)) {
        Ok(cli::Command::Run(options)) => options,
        Ok(cli::Command::Help) => {
            println!("{}", cli::USAGE);
            return ExitCode::SUCCESS;
        }
        Ok(cli::Command::Version) => {
            println!("dump (tongji {})", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("dump: {msg}\n\n{}", cli::USAGE);
            return ExitCode::from(2);
        }
    };
    let mut extractor = tongji::Extractor::new();
    if let Some(year) = options.year {
        extractor = extractor.reference_year(year);
    }
    let mode = Mode {
        mentions: options.mentions,
        csv: options.csv,
        extractor,
    };
    let files = options.files;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut status = ExitCode::SUCCESS;
    if mode.csv && !mode.mentions {
        if let Err(e) = writeln!(out, "{}", CSV_HEADER.join(",")) {
            return broken_pipe_or_fail(e);
        }
    }
    if files.is_empty() {
        if let Err(e) = dump(mode, DEFAULT_NAME, DEFAULT_CORPUS, &mut out) {
            return broken_pipe_or_fail(e);
        }
    }
    for path in &files {
        match read_utf8(path) {
            Ok(text) => {
                if let Err(e) = dump(mode, &path.display().to_string(), &text, &mut out) {
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

fn dump(mode: Mode, name: &str, text: &str, out: &mut impl Write) -> io::Result<()> {
    if !mode.mentions {
        for r in mode.extractor.records(text) {
            if mode.csv {
                write_csv_row(&r, out)?;
            } else {
                serde_json::to_writer(&mut *out, &r)?;
                out.write_all(b"\n")?;
            }
        }
        return Ok(());
    }
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

const CSV_HEADER: &[&str] = &[
    "subject",
    "scope",
    "kind",
    "value",
    "high",
    "unit",
    "base_value",
    "base_unit",
    "bound",
    "planned",
    "compared_to",
    "period_text",
    "period_from",
    "period_to",
    "source",
    "headline",
    "span_start",
    "span_end",
    "text",
];

/// One record as a CSV row (RFC 4180 quoting; empty cells for nulls).
fn write_csv_row(r: &tongji::Record, out: &mut impl Write) -> io::Result<()> {
    let opt = |s: Option<&str>| s.unwrap_or_default().to_string();
    let period = r.period.as_ref();
    let month = |m: Option<tongji::YearMonth>| m.map(|m| m.to_string()).unwrap_or_default();
    let (q, base) = (&r.quantity, r.base());
    let cells = [
        opt(r.subject.as_deref()),
        opt(r.scope.as_deref()),
        r.kind.to_string(),
        q.value.to_string(),
        q.high.map(|h| h.to_string()).unwrap_or_default(),
        q.unit.to_string(),
        base.value.to_string(),
        base.unit.to_string(),
        q.bound.map(|b| b.as_str().to_string()).unwrap_or_default(),
        r.planned.to_string(),
        opt(r.compared_to.as_deref()),
        period.map(|p| p.text.clone()).unwrap_or_default(),
        month(period.and_then(|p| p.from)),
        month(period.and_then(|p| p.to)),
        opt(r.source.as_deref()),
        opt(r.headline.as_deref()),
        r.span.start.to_string(),
        r.span.end.to_string(),
        r.text.clone(),
    ];
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        if cell.contains([',', '"', '\n', '\r']) {
            write!(out, "\"{}\"", cell.replace('"', "\"\""))?;
        } else {
            out.write_all(cell.as_bytes())?;
        }
    }
    out.write_all(b"\n")
}
