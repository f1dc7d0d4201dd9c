//! The command line of `dump`, parsed with `lexopt`.

use std::ffi::OsString;
use std::path::PathBuf;

pub const USAGE: &str = "usage: dump [--year YYYY] [--csv | --mentions] [--] [FILE…]\n\n\
    Prints one indicator record per line (SPEC §3 JSON shape), or with --csv\n\
    a CSV table with a header row; --mentions prints mentions (SPEC §2)\n\
    instead (JSON Lines only: --csv and --mentions do not go together).\n\n\
    options:\n\
    \x20 --year YYYY   reference year (1900-2100) for periods printed without one\n\
    \x20 --csv         records as CSV with a header row\n\
    \x20 --mentions    mentions instead of records\n\
    \x20 -h, --help    this text\n\
    \x20 -V, --version the version\n\
    \x20 --            every later argument is a FILE\n\n\
    With no FILE, reads the gazette shipped in tests/data/.";

/// What the command line asks for.
#[derive(Debug, Default, PartialEq)]
pub struct Options {
    pub year: Option<u16>,
    pub csv: bool,
    pub mentions: bool,
    pub files: Vec<PathBuf>,
}

/// What to do: run, or print help or the version and stop.
#[derive(Debug, PartialEq)]
pub enum Command {
    Run(Options),
    Help,
    Version,
}

/// Parses the arguments after the program name; the error is a message
/// for standard error (the caller adds the usage and exits with 2).
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    use lexopt::prelude::*;
    let mut options = Options::default();
    let mut parser = lexopt::Parser::from_args(args);
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("year") => {
                let value = parser.value().map_err(|_| year_error("nothing"))?;
                options.year = Some(parse_year(&value)?);
            }
            Long("csv") => options.csv = true,
            Long("mentions") => options.mentions = true,
            Short('h') | Long("help") => return Ok(Command::Help),
            Short('V') | Long("version") => return Ok(Command::Version),
            Value(file) => options.files.push(file.into()),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    if options.csv && options.mentions {
        return Err("--csv and --mentions do not go together: CSV is for records only".into());
    }
    Ok(Command::Run(options))
}

/// A four-digit year from 1900 to 2100.
fn parse_year(value: &std::ffi::OsStr) -> Result<u16, String> {
    let text = value.to_string_lossy();
    match text.parse::<u16>() {
        Ok(year) if text.len() == 4 && (1900..=2100).contains(&year) => Ok(year),
        _ => Err(year_error(&format!("'{text}'"))),
    }
}

fn year_error(found: &str) -> String {
    format!("--year needs a year such as 2021 (four digits, 1900-2100), found {found}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Result<Command, String> {
        parse(args.iter().map(OsString::from))
    }

    fn year_of(args: &[&str]) -> Option<u16> {
        match run(args) {
            Ok(Command::Run(o)) => o.year,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn year_both_spellings() {
        assert_eq!(year_of(&["--year", "2021"]), Some(2021));
        assert_eq!(year_of(&["--year=2021"]), Some(2021));
        assert_eq!(year_of(&[]), None);
    }

    #[test]
    fn bad_years_are_refused() {
        for bad in [
            "21",
            "0021",
            "65535",
            "1899",
            "2101",
            "soon",
            "+2021",
            "２０２１",
        ] {
            let err = run(&["--year", bad]).unwrap_err();
            assert!(err.contains("--year needs a year"), "{bad}: {err}");
        }
        assert!(run(&["--year"]).unwrap_err().contains("found nothing"));
    }

    #[test]
    fn help_version_and_double_dash() {
        assert_eq!(run(&["--help"]), Ok(Command::Help));
        assert_eq!(run(&["-h"]), Ok(Command::Help));
        assert_eq!(run(&["--version"]), Ok(Command::Version));
        let Ok(Command::Run(o)) = run(&["--csv", "--", "-x", "--mentions"]) else {
            panic!()
        };
        assert!(o.csv && !o.mentions);
        assert_eq!(o.files, [PathBuf::from("-x"), PathBuf::from("--mentions")]);
    }

    #[test]
    fn unknown_and_contradictory_flags_are_refused() {
        assert!(run(&["-x"]).unwrap_err().contains("-x"));
        assert!(run(&["--jobs"]).unwrap_err().contains("--jobs"));
        assert!(run(&["--csv=yes"]).is_err());
        let err = run(&["--csv", "--mentions"]).unwrap_err();
        assert!(err.contains("do not go together"), "{err}");
    }
}
