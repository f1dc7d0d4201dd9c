//! Black-box tests of the `dump` example: records by default (SPEC §3),
//! `--year`, `--csv`, the JSON shape of a mention with `--mentions`
//! (SPEC §2), and the error for a file that is not UTF-8 (SPEC §4).
//!
//! `cargo test` builds the examples next to the test binaries; the test finds
//! `target/<profile>/examples/dump` from its own path.

// The command-line parser's own unit tests run here too (an example's
// `#[test]`s are not run by `cargo test`).
#[allow(dead_code)]
#[path = "../examples/dump/cli.rs"]
mod cli;

use serde_json::Value as Json;
use std::path::PathBuf;
use std::process::Command;

fn dump_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    // target/<profile>/deps/dump_cli-… → target/<profile>/examples/dump
    let profile_dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target/<profile>");
    profile_dir
        .join("examples")
        .join(format!("dump{}", std::env::consts::EXE_SUFFIX))
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tongji-dump-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path
}

#[test]
fn prints_the_spec_json_shape() {
    let input = "全年全市一般公共预算收入完成 224.83 亿元，同比增长 13.4%。";
    let path = temp_file("brief.txt", input.as_bytes());
    let stdout = run(&["--mentions".as_ref(), path.as_os_str()]);
    // The fields come in the SPEC's order.
    let first_line = stdout.lines().next().expect("a line");
    let order: Vec<usize> = [
        "\"span\"",
        "\"text\"",
        "\"value\"",
        "\"high\"",
        "\"unit\"",
        "\"base\"",
        "\"bound\"",
    ]
    .iter()
    .map(|k| first_line.find(k).expect("every field"))
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{first_line}");
    let lines: Vec<Json> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 2);
    let first = &lines[0];
    assert_eq!(first.as_object().map(|o| o.len()), Some(7));
    let (s, e) = (
        first["span"][0].as_u64().unwrap() as usize,
        first["span"][1].as_u64().unwrap() as usize,
    );
    assert_eq!(&input[s..e], "224.83 亿元");
    assert_eq!(first["text"], "224.83 亿元");
    assert_eq!(first["value"], "224.83");
    assert_eq!(first["high"], Json::Null);
    assert_eq!(first["unit"], "亿元");
    assert_eq!(first["base"]["value"], "22483000000");
    assert_eq!(first["base"]["unit"], "元");
    assert_eq!(first["bound"], Json::Null);
    assert_eq!(lines[1]["unit"], "%");
}

#[test]
fn names_the_file_and_offset_of_bad_utf8() {
    let path = temp_file("bad.txt", b"\xe5\xa2\x9e 13.4%\xff tail");
    let out = Command::new(dump_binary())
        .arg("--mentions")
        .arg(&path)
        .output()
        .expect("run dump");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.txt"), "{err}");
    assert!(err.contains("offset 9"), "{err}");
}

#[test]
fn runs_on_the_shipped_gazette_without_arguments() {
    let count = run(&[]).lines().count();
    assert!(count > 200, "only {count} records from the shipped gazette");
}

fn run(args: &[&std::ffi::OsStr]) -> String {
    let out = Command::new(dump_binary())
        .args(args)
        .output()
        .expect("run dump");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn prints_records_by_default_with_the_reference_year() {
    let input = "全年全市一般公共预算收入完成 224.83 亿元，同比增长 13.4%。（市统计局）";
    let path = temp_file("records.txt", input.as_bytes());
    let plain = run(&[path.as_os_str()]);
    let first: Json = serde_json::from_str(plain.lines().next().expect("a record")).unwrap();
    assert_eq!(first["subject"], "一般公共预算收入");
    assert_eq!(first["kind"], "amount");
    assert_eq!(first["base"]["value"], "22483000000");
    assert_eq!(first["period"]["from"], Json::Null, "全年 with no year");

    let dated = run(&["--year".as_ref(), "2021".as_ref(), path.as_os_str()]);
    let first: Json = serde_json::from_str(dated.lines().next().expect("a record")).unwrap();
    assert_eq!(first["period"]["from"], "2021-01");
    assert_eq!(first["period"]["to"], "2021-12");
}

#[test]
fn csv_has_a_header_and_one_quoted_row_per_record() {
    let input = "出口 137 亿元，增长 34.5%；进口 28.6 亿元，增长 6.3%。";
    let path = temp_file("records.csv.txt", input.as_bytes());
    let csv = run(&["--csv".as_ref(), path.as_os_str()]);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].starts_with("subject,scope,kind,value,high,unit,base_value,base_unit,"));
    assert_eq!(lines.len(), 1 + 4, "{csv}");
    assert!(
        lines[1].starts_with("出口,,amount,137,,亿元,13700000000,元,"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with("出口,,growth,34.5,,%,34.5,%,"),
        "{}",
        lines[2]
    );
}

#[test]
fn rejects_a_bad_year() {
    let out = Command::new(dump_binary())
        .args(["--year", "soon"])
        .output()
        .expect("run dump");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--year needs a year"));
}

fn refused(args: &[&str]) -> String {
    let out = Command::new(dump_binary())
        .args(args)
        .output()
        .expect("run dump");
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    assert!(out.stdout.is_empty(), "{args:?}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn flag_errors_exit_with_2_and_say_why() {
    for year in ["21", "65535", "1899", "2101"] {
        assert!(refused(&["--year", year]).contains("--year needs a year"));
        assert!(refused(&[&format!("--year={year}")]).contains("--year needs a year"));
    }
    assert!(refused(&["-x"]).contains("-x"));
    assert!(refused(&["--frobnicate"]).contains("--frobnicate"));
    assert!(refused(&["--csv", "--mentions"]).contains("do not go together"));
}

#[test]
fn version_help_equals_year_and_double_dash() {
    let version = run(&["--version".as_ref()]);
    assert!(version.starts_with("dump (tongji "), "{version}");
    assert!(run(&["--help".as_ref()]).starts_with("usage: dump"));
    let input = "全年全市一般公共预算收入完成 224.83 亿元。";
    let path = temp_file("equals.txt", input.as_bytes());
    let spaced = run(&["--year".as_ref(), "2021".as_ref(), path.as_os_str()]);
    let equals = run(&["--year=2021".as_ref(), "--".as_ref(), path.as_os_str()]);
    assert_eq!(spaced, equals);
    assert!(spaced.contains("\"from\":\"2021-01\""), "{spaced}");
}
