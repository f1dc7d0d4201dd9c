//! Runs Microsoft Recognizers-Text's Chinese test specs against tongji.
//!
//! ```text
//! cargo run --release --example conformance [-- --data DIR]
//! ```
//!
//! The data is the JSON Lines conversion described in its own `README.md`
//! (MIT; read, never committed here). `DIR` is taken from `--data`, else
//! `../shared/conformance/recognizers-text-zh` relative to the current
//! directory, else the same path relative to the crate root. When neither
//! default exists the run is skipped with a message and exit status 0; a
//! `--data DIR` that does not exist is an error.
//!
//! # Files
//!
//! Only the families the SPEC covers are run: `number.jsonl`,
//! `ordinal.jsonl`, `percent.jsonl`, `currency.jsonl`, `dimension.jsonl`.
//! Cases whose `not_supported` is set (a reference port fails them) are
//! skipped and counted as such; cases listed in
//! `tests/conformance-exclusions.tsv` (`file<TAB>line<TAB>reason`, where
//! the peer's expectation contradicts our SPEC) are skipped and counted as
//! "excluded".
//!
//! # Matching rule
//!
//! A case **passes** when every expected result is matched, each by a
//! different candidate of ours, where a candidate matches an expected result
//! when
//!
//! * its span, converted from bytes to characters, overlaps the expected
//!   inclusive character span `start..=end`;
//! * its family fits the file: number — any family; ordinal — a rank;
//!   percent — percent, per mille or percentage points; currency — money;
//!   dimension — area, length, weight, power, energy or volume;
//! * its value agrees numerically with the expected `value`, with a relative
//!   tolerance of 1e-12 (the peer prints a .NET `double`: at most 15
//!   significant digits, E-notation such as `5E-06`, `-1.2732E+15`). The
//!   value compared is our value in the base unit (value × scale,
//!   `m.base().value`): `三千二百万` = 3200 `万` counts as 32000000,
//!   `十斤` = 10 `斤` as 10 (the peer's number model reports the numeral of
//!   any quantity), `36.57亿元` as 3657000000, `387万亩` as 3870000. For
//!   percent the expected `%` is dropped and per mille is divided by 10
//!   (`千分之2.4` = 2.4 ‰ matches `0.24%`); percentage points compare as
//!   percent (`6个百分点` matches `6%`, as the peer resolves them). An
//!   expected `null` value (a bare unit word) or a case marked
//!   `ignore_resolution` checks the span and family only.
//!
//! A case expecting **no result** passes when `tongji::mentions` reports no
//! mention whose family fits the file (for number.jsonl: no mention at all).
//! Extra mentions of ours beside the expected ones never fail a case.
//!
//! # Candidates
//!
//! Candidates are the mentions of `tongji::mentions(input)`. tongji does not
//! report a bare number in running text unless something makes it a figure
//! (see "Rules chosen where the SPEC is silent" in the crate docs), while
//! many inputs here are a lone expression such as `一百五十二`. So when a case
//! has exactly one expected result and it covers the whole input (white
//! space trimmed), the input is also read as one expression on its own:
//! `input.trim().parse::<tongji::Mention>()` and, as a bare number,
//! `tongji::parse_number(input.trim())`; whichever succeeds is one more
//! candidate spanning the trimmed input.
//!
//! # Output
//!
//! One line per file, `number.jsonl: passed P/attempted A (skipped S
//! not_supported, E excluded)`, then `conformance: N of T attempted cases
//! agree with the peer, M differ`.
//! Every failure (input, expected, what tongji produced) is written to
//! `conformance-failures.txt` in the current directory. The exit status is
//! non-zero when a file passes fewer cases than its floor in [`FLOORS`].

use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::str::FromStr;

use serde_json::Value as Json;
use tongji::{Decimal, Family, Mention};

/// The default data directory, relative to the current directory or to the
/// crate root.
const DEFAULT_DATA: &str = "../shared/conformance/recognizers-text-zh";

/// Where failures are written, in the current directory.
const FAILURES_FILE: &str = "conformance-failures.txt";

/// Cases skipped because the peer's expectation contradicts our SPEC.
const EXCLUSIONS: &str = include_str!("../tests/conformance-exclusions.tsv");

/// Minimum number of passing cases per file. Floors are raised, never
/// lowered: a drop below a floor is a regression of the recogniser.
const FLOORS: &[(&str, usize)] = &[
    ("number.jsonl", 231),
    ("ordinal.jsonl", 1),
    ("percent.jsonl", 72),
    ("currency.jsonl", 18),
    ("dimension.jsonl", 17),
];

/// Relative tolerance when comparing values: the peer prints 15
/// significant digits.
const TOLERANCE: Decimal = Decimal::from_parts(1, 0, 0, false, 12);

const USAGE: &str = "usage: conformance [--data DIR]\n\n\
    Runs Recognizers-Text's Chinese specs (number, ordinal, percent,\n\
    currency, dimension) against tongji. DIR defaults to\n\
    ../shared/conformance/recognizers-text-zh (from the current directory,\n\
    then from the crate root).";

/// The spec files run, in order.
const KINDS: [Kind; 5] = [
    Kind::Number,
    Kind::Ordinal,
    Kind::Percent,
    Kind::Currency,
    Kind::Dimension,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Number,
    Ordinal,
    Percent,
    Currency,
    Dimension,
}

impl Kind {
    fn file(self) -> &'static str {
        match self {
            Kind::Number => "number.jsonl",
            Kind::Ordinal => "ordinal.jsonl",
            Kind::Percent => "percent.jsonl",
            Kind::Currency => "currency.jsonl",
            Kind::Dimension => "dimension.jsonl",
        }
    }

    /// Whether a mention of `family` can stand for a result of this file.
    fn accepts(self, family: Family) -> bool {
        match self {
            Kind::Number => true,
            Kind::Ordinal => family == Family::Rank,
            Kind::Percent => matches!(family, Family::Percent | Family::PerMille | Family::Points),
            Kind::Currency => family == Family::Money,
            Kind::Dimension => matches!(
                family,
                Family::Area
                    | Family::Length
                    | Family::Weight
                    | Family::Power
                    | Family::Energy
                    | Family::Volume
            ),
        }
    }
}

/// One expected result.
#[derive(Debug)]
struct Expected {
    text: String,
    /// First character, inclusive.
    start: usize,
    /// Last character, inclusive.
    end: usize,
    /// The value as the peer prints it, `None` for `null`.
    raw_value: Option<String>,
    /// The value parsed (percent sign dropped), `None` when `null` or not
    /// readable.
    value: Option<Decimal>,
}

/// One line of a spec file.
#[derive(Debug)]
struct Case {
    line: usize,
    input: String,
    expected: Vec<Expected>,
    not_supported: Option<String>,
    ignore_resolution: bool,
}

/// A mention of ours (or a whole-input reading) as the matcher sees it.
#[derive(Debug)]
struct Candidate {
    /// First character, inclusive.
    start: usize,
    /// One past the last character.
    end: usize,
    family: Family,
    /// The value to compare, already converted for the file.
    value: Option<Decimal>,
    /// How it was found and what it is, for the failures file.
    shown: String,
}

/// Counts for one file.
#[derive(Debug, Default)]
struct Tally {
    total: usize,
    passed: usize,
    failed: usize,
    not_supported: usize,
    excluded: usize,
}

fn main() -> ExitCode {
    let mut data: Option<PathBuf> = None;
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--data") => match args.next() {
                Some(dir) => data = Some(PathBuf::from(dir)),
                None => {
                    eprintln!("conformance: --data needs a directory\n\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            Some("-h" | "--help") => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => {
                eprintln!(
                    "conformance: unexpected argument {}\n\n{USAGE}",
                    arg.to_string_lossy()
                );
                return ExitCode::from(2);
            }
        }
    }

    let dir = match data {
        Some(dir) if dir.is_dir() => dir,
        Some(dir) => {
            eprintln!("conformance: {} not found", dir.display());
            return ExitCode::from(2);
        }
        None => {
            let here = PathBuf::from(DEFAULT_DATA);
            let from_crate = Path::new(env!("CARGO_MANIFEST_DIR")).join(DEFAULT_DATA);
            if here.is_dir() {
                here
            } else if from_crate.is_dir() {
                from_crate
            } else {
                println!("conformance: skipped: {DEFAULT_DATA} not found");
                return ExitCode::SUCCESS;
            }
        }
    };

    let exclusions = match parse_exclusions(EXCLUSIONS) {
        Ok(e) => e,
        Err(msg) => {
            eprintln!("conformance: tests/conformance-exclusions.tsv: {msg}");
            return ExitCode::FAILURE;
        }
    };
    let mut used_exclusions: HashSet<(String, usize)> = HashSet::new();

    let mut report = String::new();
    let _ = writeln!(
        report,
        "# tongji vs Recognizers-Text (Chinese) — failures\n# data: {}\n",
        dir.display()
    );
    let mut status = ExitCode::SUCCESS;
    let (mut passed, mut failed) = (0usize, 0usize);
    for kind in KINDS {
        let path = dir.join(kind.file());
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("conformance: {}: {e}", path.display());
                status = ExitCode::FAILURE;
                continue;
            }
        };
        let mut tally = Tally::default();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let case = match parse_case(n + 1, line) {
                Ok(c) => c,
                Err(msg) => {
                    eprintln!("conformance: {}:{}: {msg}", kind.file(), n + 1);
                    status = ExitCode::FAILURE;
                    continue;
                }
            };
            tally.total += 1;
            if case.not_supported.is_some() {
                tally.not_supported += 1;
                continue;
            }
            let key = (kind.file().to_string(), n + 1);
            if exclusions.contains(&key) {
                tally.excluded += 1;
                used_exclusions.insert(key);
                continue;
            }
            let candidates = candidates(kind, &case);
            if passes(kind, &case, &candidates) {
                tally.passed += 1;
            } else {
                tally.failed += 1;
                describe_failure(&mut report, kind, &case, &candidates);
            }
        }
        println!(
            "{}: passed {}/attempted {} (skipped {} not_supported, {} excluded)",
            kind.file(),
            tally.passed,
            tally.passed + tally.failed,
            tally.not_supported,
            tally.excluded
        );
        passed += tally.passed;
        failed += tally.failed;
        let floor = FLOORS
            .iter()
            .find(|(f, _)| *f == kind.file())
            .map_or(0, |&(_, n)| n);
        if tally.passed < floor {
            eprintln!(
                "conformance: {}: {} passed, below the floor of {floor}",
                kind.file(),
                tally.passed
            );
            status = ExitCode::FAILURE;
        }
    }

    let mut stale: Vec<_> = exclusions.difference(&used_exclusions).collect();
    stale.sort();
    for (file, line) in stale {
        eprintln!("conformance: warning: exclusion matches no case: {file}:{line}");
    }

    match fs::write(FAILURES_FILE, &report) {
        Ok(()) => {
            let shown = std::env::current_dir()
                .map(|d| d.join(FAILURES_FILE))
                .unwrap_or_else(|_| PathBuf::from(FAILURES_FILE));
            println!("failures written to {}", shown.display());
        }
        Err(e) => {
            eprintln!("conformance: cannot write {FAILURES_FILE}: {e}");
            status = ExitCode::FAILURE;
        }
    }
    println!(
        "conformance: {passed} of {} attempted cases agree with the peer, {failed} differ (see {FAILURES_FILE})",
        passed + failed
    );
    status
}

/// Reads the exclusions: `file<TAB>line<TAB>reason` per line (the line
/// number, 1-based, of the case in that file), `#` starts a comment line.
fn parse_exclusions(text: &str) -> Result<HashSet<(String, usize)>, String> {
    let mut set = HashSet::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields = line.split('\t');
        let (Some(file), Some(case_line), Some(reason)) =
            (fields.next(), fields.next(), fields.next())
        else {
            return Err(format!("line {}: expected file, line, reason", n + 1));
        };
        if fields.next().is_some() || reason.trim().is_empty() {
            return Err(format!(
                "line {}: expected exactly three fields, the last a reason",
                n + 1
            ));
        }
        if !KINDS.iter().any(|k| k.file() == file) {
            return Err(format!("line {}: unknown file {file:?}", n + 1));
        }
        let case_line: usize = case_line
            .parse()
            .map_err(|_| format!("line {}: {case_line:?} is no line number", n + 1))?;
        set.insert((file.to_string(), case_line));
    }
    Ok(set)
}

fn parse_case(line: usize, text: &str) -> Result<Case, String> {
    let json: Json = serde_json::from_str(text).map_err(|e| format!("bad JSON: {e}"))?;
    let input = json
        .get("input")
        .and_then(Json::as_str)
        .ok_or("no input string")?
        .to_string();
    let results = json
        .get("expected")
        .and_then(Json::as_array)
        .ok_or("no expected list")?;
    let mut expected = Vec::with_capacity(results.len());
    for r in results {
        let text = r
            .get("text")
            .and_then(Json::as_str)
            .unwrap_or("")
            .to_string();
        let start = r.get("start").and_then(Json::as_u64).ok_or("no start")?;
        let end = r.get("end").and_then(Json::as_u64).ok_or("no end")?;
        let start = usize::try_from(start).map_err(|_| "start too large")?;
        let end = usize::try_from(end).map_err(|_| "end too large")?;
        let raw_value = r.get("value").and_then(Json::as_str).map(str::to_string);
        let value = raw_value.as_deref().and_then(parse_peer_value);
        expected.push(Expected {
            text,
            start,
            end,
            raw_value,
            value,
        });
    }
    let not_supported = json
        .get("not_supported")
        .and_then(Json::as_str)
        .map(str::to_string);
    let ignore_resolution = json
        .get("ignore_resolution")
        .and_then(Json::as_bool)
        .unwrap_or(false);
    Ok(Case {
        line,
        input,
        expected,
        not_supported,
        ignore_resolution,
    })
}

/// Reads a value as .NET prints a `double`, with an optional trailing `%`:
/// `350.333333333333`, `5E-06`, `-1.2732E+15`, `6E-05%`.
fn parse_peer_value(s: &str) -> Option<Decimal> {
    let s = s.trim();
    let s = s.strip_suffix('%').unwrap_or(s);
    let (mantissa, exponent) = match s.find(['E', 'e']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().ok()?),
        None => (s, 0),
    };
    let mut value = Decimal::from_str(mantissa).ok()?;
    let ten = Decimal::TEN;
    for _ in 0..exponent.unsigned_abs() {
        value = if exponent > 0 {
            value.checked_mul(ten)?
        } else {
            value.checked_div(ten)?
        };
    }
    Some(value.normalize())
}

/// Byte offsets of every character of `s`, to map byte spans to characters.
fn char_starts(s: &str) -> Vec<usize> {
    s.char_indices().map(|(i, _)| i).collect()
}

/// The character index of byte offset `byte` (the number of characters that
/// start before it).
fn char_index(starts: &[usize], byte: usize) -> usize {
    starts.partition_point(|&s| s < byte)
}

/// Our value for the comparison in `kind`, or `None` when there is none.
fn compared_value(kind: Kind, m: &Mention<'_>) -> Option<Decimal> {
    let base = m.base().value.as_decimal()?;
    match (kind, m.family()) {
        (Kind::Percent, Family::PerMille) => base.checked_div(Decimal::TEN),
        _ => Some(base),
    }
}

fn describe(m: &Mention<'_>) -> String {
    let mut s = format!(
        "{:?} = {} {:?}",
        m.text,
        m.quantity.value,
        m.quantity.unit.to_string()
    );
    if let Some(h) = m.quantity.high {
        let _ = write!(s, " high {h}");
    }
    let _ = write!(s, " base {} {:?}", m.base().value, m.base().unit);
    if let Some(b) = m.quantity.bound {
        let _ = write!(s, " {}", b.as_str());
    }
    let _ = write!(s, " [{:?}]", m.family());
    s
}

/// Everything of ours that may match the case's expectations.
fn candidates(kind: Kind, case: &Case) -> Vec<Candidate> {
    let input = case.input.as_str();
    let starts = char_starts(input);
    let mut out: Vec<Candidate> = tongji::mentions(input)
        .map(|m| Candidate {
            start: char_index(&starts, m.span.start),
            end: char_index(&starts, m.span.end),
            family: m.family(),
            value: compared_value(kind, &m),
            shown: format!("mentions: {}", describe(&m)),
        })
        .collect();

    // The whole input as one expression, when that is what is expected.
    let trimmed = input.trim();
    let lead = input.len() - input.trim_start().len();
    let first = char_index(&starts, lead);
    let last = char_index(&starts, lead + trimmed.len());
    let whole = matches!(case.expected.as_slice(), [e] if e.start == first && e.end + 1 == last);
    if whole && !trimmed.is_empty() {
        match trimmed.parse::<Mention>() {
            Ok(m) => out.push(Candidate {
                start: first,
                end: last,
                family: m.family(),
                value: compared_value(kind, &m),
                shown: format!("parse::<Mention>: {}", describe(&m)),
            }),
            Err(e) => out.push(Candidate {
                start: first,
                end: first,
                family: Family::Number,
                value: None,
                shown: format!("parse::<Mention>: error: {e}"),
            }),
        }
        match tongji::parse_number(trimmed) {
            Ok(d) => out.push(Candidate {
                start: first,
                end: last,
                family: Family::Number,
                value: Some(d),
                shown: format!("parse_number: {d}"),
            }),
            Err(e) => out.push(Candidate {
                start: first,
                end: first,
                family: Family::Number,
                value: None,
                shown: format!("parse_number: error: {e}"),
            }),
        }
    }
    out
}

/// Whether two values agree within [`TOLERANCE`], relative to the larger.
fn agree(a: Decimal, b: Decimal) -> bool {
    if a == b {
        return true;
    }
    let Some(diff) = a.checked_sub(b) else {
        return false;
    };
    let scale = a.abs().max(b.abs());
    match scale.checked_mul(TOLERANCE) {
        Some(allowed) => diff.abs() <= allowed,
        None => false,
    }
}

fn matches(kind: Kind, case: &Case, e: &Expected, c: &Candidate) -> bool {
    if c.end <= e.start || c.start > e.end || !kind.accepts(c.family) {
        return false;
    }
    if case.ignore_resolution || e.raw_value.is_none() {
        return true;
    }
    match (e.value, c.value) {
        (Some(want), Some(got)) => agree(want, got),
        _ => false,
    }
}

fn passes(kind: Kind, case: &Case, candidates: &[Candidate]) -> bool {
    if case.expected.is_empty() {
        // Only real mentions count here: the whole-input readings are never
        // made for a case that expects nothing.
        return !candidates.iter().any(|c| kind.accepts(c.family));
    }
    let mut used = vec![false; candidates.len()];
    for e in &case.expected {
        let found = candidates
            .iter()
            .enumerate()
            .find(|(i, c)| !used[*i] && matches(kind, case, e, c));
        match found {
            Some((i, _)) => used[i] = true,
            None => return false,
        }
    }
    true
}

fn describe_failure(report: &mut String, kind: Kind, case: &Case, candidates: &[Candidate]) {
    let _ = writeln!(report, "{}:{}\t{:?}", kind.file(), case.line, case.input);
    if case.expected.is_empty() {
        let _ = writeln!(report, "  expected: nothing");
    }
    for e in &case.expected {
        let value = e.raw_value.as_deref().unwrap_or("null");
        let _ = writeln!(
            report,
            "  expected: {:?} chars {}..={} = {value}",
            e.text, e.start, e.end
        );
    }
    if candidates.is_empty() {
        let _ = writeln!(report, "  tongji:   nothing");
    }
    for c in candidates {
        let _ = writeln!(
            report,
            "  tongji:   chars {}..{} {}",
            c.start, c.end, c.shown
        );
    }
    let _ = writeln!(report);
}
