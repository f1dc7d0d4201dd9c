//! Dumps what tongji finds: indicator records (SPEC §3) as JSON Lines by
//! default, as CSV with `--csv`, or mentions (SPEC §2) with `--mentions`.
//!
//! ```text
//! cargo run --release --example dump -- [--year 2021] [--csv | --mentions] [--encoding E] [--] [FILE…]
//! ```
//!
//! `--year` is the reference year for periods printed without one (`全年`).
//! FILE is a file, a directory (its `*.txt` files, recursively, sorted) or
//! `-` for standard input; with no FILE, piped standard input is read, else
//! the gazette shipped in `tests/data/`. A UTF-8 BOM is skipped and spans
//! still index the file's bytes; with `--encoding gb18030` spans index the
//! decoded UTF-8 text. A file that cannot be read or decoded is reported
//! with its name (and the byte offset of the first bad byte for bad UTF-8),
//! the run goes on, and the exit status is 1. Numbers too large to represent
//! exactly are skipped with a warning on standard error (SPEC §4).
//!
//! Every line carries the input it came from: `"file"` first in each JSON
//! object (the path as given, `-` for standard input, the shipped gazette's
//! path), a last `file` column in CSV.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

mod cli;
mod input;
mod parquet;
mod progress;

/// What to print.
#[derive(Clone, Copy)]
struct Mode {
    mentions: bool,
    csv: bool,
    /// Records are kept for the Parquet file, not printed.
    parquet: bool,
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
    match run(&options) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => broken_pipe_or_fail(e),
    }
}

/// Dumps every source; `Ok(false)` when some could not be read.
fn run(options: &cli::Options) -> io::Result<bool> {
    let mut extractor = tongji::Extractor::new();
    if let Some(year) = options.year {
        extractor = extractor.reference_year(year);
    }
    let mode = Mode {
        mentions: options.mentions,
        csv: options.csv,
        parquet: options.parquet.is_some(),
        extractor,
    };
    let mut sink = match &options.parquet {
        Some(path) => Some(parquet::Sink::create(path)?),
        None => None,
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if mode.csv {
        let mut header = csv_writer(&mut out);
        header.write_record(tongji::Row::COLUMNS)?;
        header.flush()?;
    }
    let (sources, errors) = input::sources(&options.files);
    let mut ok = errors.is_empty();
    for msg in errors {
        eprintln!("dump: {msg}");
    }
    let progress = progress::Progress::new(&sources);
    let jobs = options.jobs.max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(io::Error::other)?;
    // Batches keep memory bounded; within one, files run in parallel and
    // their output is written in input order, so any --jobs prints the same.
    for batch in sources.chunks(jobs * 4) {
        let done: Vec<Done> = if jobs == 1 {
            batch
                .iter()
                .map(|s| render(mode, s, options.encoding))
                .collect()
        } else {
            use rayon::prelude::*;
            pool.install(|| {
                batch
                    .par_iter()
                    .map(|s| render(mode, s, options.encoding))
                    .collect()
            })
        };
        for d in done {
            progress.advance(d.input_len);
            out.write_all(&d.out)?;
            for msg in &d.messages {
                eprintln!("dump: {msg}");
            }
            if let Some(sink) = &mut sink {
                for msg in sink.write(&d.name, &d.records)? {
                    eprintln!("dump: {msg}");
                }
            }
            ok &= d.ok;
        }
    }
    progress.finish();
    if let Some(sink) = sink {
        sink.finish()?;
    }
    out.flush()?;
    Ok(ok)
}

/// What one source gave: its output, its messages for standard error,
/// whether it could be read, and how many bytes it had.
struct Done {
    out: Vec<u8>,
    /// With `--parquet`: the records, for the file, and the source's name.
    records: Vec<tongji::Record>,
    name: String,
    messages: Vec<String>,
    ok: bool,
    input_len: u64,
}

fn render(mode: Mode, source: &input::Source, encoding: input::Encoding) -> Done {
    let mut done = Done {
        out: Vec::new(),
        records: Vec::new(),
        name: String::new(),
        messages: Vec::new(),
        ok: true,
        input_len: 0,
    };
    match input::read(source, encoding) {
        Ok(text) => {
            done.input_len = (text.text.len() + text.bom_len) as u64;
            let name = source.name();
            dump(mode, &name, &text, &mut done).expect("writing to memory does not fail");
            done.name = name;
        }
        Err(msg) => {
            done.messages.push(msg);
            done.ok = false;
        }
    }
    done
}

fn broken_pipe_or_fail(e: io::Error) -> ExitCode {
    if e.kind() == io::ErrorKind::BrokenPipe {
        ExitCode::SUCCESS
    } else {
        eprintln!("dump: cannot write output: {e}");
        ExitCode::FAILURE
    }
}

/// Prints what one text holds; spans move by the skipped BOM so they index
/// the file's bytes.
fn dump(mode: Mode, name: &str, input: &input::Text, done: &mut Done) -> io::Result<()> {
    let (text, shift) = (input.text.as_str(), input.bom_len);
    let (out, warnings) = (&mut done.out, &mut done.messages);
    if !mode.mentions {
        let mut read = mode.extractor.records(text);
        let records = read.by_ref().map(|mut r| {
            for span in [&mut r.span, &mut r.sentence] {
                span.start += shift;
                span.end += shift;
            }
            r
        });
        if mode.parquet {
            done.records.extend(records);
        } else if mode.csv {
            let mut table = csv_writer(&mut *out);
            for r in records {
                table.serialize(tongji::Row::new(&r).file(name))?;
            }
            table.flush()?;
        } else {
            for r in records {
                write_json_line(name, &r, out)?;
            }
        }
        warn_overflows(name, text, shift, read.overflows(), warnings);
        return Ok(());
    }
    let mut found = tongji::mentions(text);
    for mut m in found.by_ref() {
        m.span.start += shift;
        m.span.end += shift;
        write_json_line(name, &m, out)?;
    }
    warn_overflows(name, text, shift, found.overflows(), warnings);
    Ok(())
}

/// A warning for each number skipped as too large (SPEC §4), with its
/// bytes in the file.
fn warn_overflows(
    name: &str,
    text: &str,
    shift: usize,
    spans: &[tongji::Span],
    warnings: &mut Vec<String>,
) {
    for span in spans {
        warnings.push(format!(
            "warning: {name}: bytes {}..{}: number too large to represent exactly, skipped: {:?}",
            span.start + shift,
            span.end + shift,
            &text[span.range()]
        ));
    }
}

/// One JSON object per line with `"file"` first, then the SPEC fields.
fn write_json_line(
    name: &str,
    item: &impl serde::Serialize,
    out: &mut impl Write,
) -> io::Result<()> {
    let body = serde_json::to_vec(item)?;
    out.write_all(b"{\"file\":")?;
    serde_json::to_writer(&mut *out, name)?;
    match body.strip_prefix(b"{") {
        Some(rest) if rest != b"}" => {
            out.write_all(b",")?;
            out.write_all(rest)?;
        }
        _ => out.write_all(b"}")?,
    }
    out.write_all(b"\n")
}

/// A CSV writer over `out` (the header is written once, by [`run`]).
fn csv_writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(out)
}
