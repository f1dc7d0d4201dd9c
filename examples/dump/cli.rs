//! The command line of `dump`, parsed with `lexopt`.

use std::ffi::OsString;
use std::path::PathBuf;

use crate::input::Encoding;

pub const USAGE: &str =
    "usage: dump [--year YYYY] [--csv | --mentions | --parquet OUT] [--encoding E] [--] [FILE…]\n\n\
    Prints one indicator record per line (SPEC §3 JSON shape), or with --csv\n\
    a CSV table with a header row; --mentions prints mentions (SPEC §2)\n\
    instead (JSON Lines only: --csv and --mentions do not go together).\n\n\
    options:\n\
    \x20 --year YYYY   reference year (1900-2100) for periods printed without one\n\
    \x20 --csv         records as CSV with a header row\n\
    \x20 --parquet OUT records as a Parquet file OUT (typed columns, exact\n\
    \x20               Decimal128(38, 8) values); nothing on standard output\n\
    \x20 --mentions    mentions instead of records\n\
    \x20 -j, --jobs N  read N files in parallel (output is the same as -j 1);\n\
    \x20               a progress bar is drawn when standard error is a terminal\n\
    \x20 --encoding E  utf-8 (default; a leading BOM is skipped, spans index the\n\
    \x20               file's bytes) or gb18030 (also GBK; spans index the decoded\n\
    \x20               UTF-8 text)\n\
    \x20 -h, --help    this text\n\
    \x20 -V, --version the version\n\
    \x20 --            every later argument is a FILE\n\n\
    FILE is a file, a directory (every *.txt below it, sorted) or - for\n\
    standard input. With no FILE, reads standard input when it is piped, else\n\
    the gazette shipped in tests/data/. A file that cannot be read is reported\n\
    and skipped; the exit status is then 1.";

/// What the command line asks for.
#[derive(Debug, PartialEq)]
pub struct Options {
    pub year: Option<u16>,
    pub csv: bool,
    pub mentions: bool,
    /// Records go to this Parquet file instead of standard output.
    pub parquet: Option<PathBuf>,
    pub encoding: Encoding,
    /// Files read in parallel (1: one after another); output is the same.
    pub jobs: usize,
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
    let mut options = Options {
        year: None,
        csv: false,
        mentions: false,
        parquet: None,
        encoding: Encoding::Utf8,
        jobs: 1,
        files: Vec::new(),
    };
    let mut parser = lexopt::Parser::from_args(args);
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("year") => {
                let value = parser.value().map_err(|_| year_error("nothing"))?;
                options.year = Some(parse_year(&value)?);
            }
            Long("csv") => options.csv = true,
            Long("parquet") => {
                options.parquet = Some(parser.value().map_err(|e| e.to_string())?.into())
            }
            Short('j') | Long("jobs") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                options.jobs = match value.to_string_lossy().parse::<usize>() {
                    Ok(n) if (1..=256).contains(&n) => n,
                    _ => {
                        return Err(format!(
                            "--jobs needs a number from 1 to 256, found {value:?}"
                        ))
                    }
                };
            }
            Long("encoding") => {
                options.encoding = parse_encoding(&parser.value().map_err(|e| e.to_string())?)?
            }
            Long("mentions") => options.mentions = true,
            Short('h') | Long("help") => return Ok(Command::Help),
            Short('V') | Long("version") => return Ok(Command::Version),
            Value(file) => options.files.push(file.into()),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    if options.parquet.is_some() && (options.csv || options.mentions) {
        return Err("--parquet writes records to a file: not with --csv or --mentions".into());
    }
    if options.csv && options.mentions {
        return Err("--csv and --mentions do not go together: CSV is for records only".into());
    }
    Ok(Command::Run(options))
}

/// `utf-8` (the default) or `gb18030` (which reads GBK too).
fn parse_encoding(value: &std::ffi::OsStr) -> Result<Encoding, String> {
    match value.to_string_lossy().to_ascii_lowercase().as_str() {
        "utf-8" | "utf8" => Ok(Encoding::Utf8),
        "gb18030" | "gbk" | "gb2312" => Ok(Encoding::Gb18030),
        other => Err(format!("--encoding is utf-8 or gb18030, found '{other}'")),
    }
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
        let Ok(Command::Run(o)) = run(&["--encoding=GB18030", "-"]) else {
            panic!()
        };
        assert_eq!(o.encoding, Encoding::Gb18030);
        assert_eq!(o.files, [PathBuf::from("-")]);
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
        assert!(run(&["--jobs", "0"]).unwrap_err().contains("--jobs needs"));
        assert!(run(&["-j", "many"]).unwrap_err().contains("--jobs needs"));
        assert!(run(&["--csv=yes"]).is_err());
        assert!(run(&["--encoding", "latin1"])
            .unwrap_err()
            .contains("--encoding"));
        let err = run(&["--csv", "--mentions"]).unwrap_err();
        assert!(err.contains("do not go together"), "{err}");
    }
}
