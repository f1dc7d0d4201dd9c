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
#[allow(dead_code)]
#[path = "../examples/dump/input.rs"]
mod input;

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
        "\"file\"",
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
    assert_eq!(first.as_object().map(|o| o.len()), Some(8));
    assert_eq!(first["file"], path.display().to_string());
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

fn run_with_stdin(args: &[&str], stdin: &[u8]) -> std::process::Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(dump_binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run dump");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().expect("dump output")
}

const BRIEF: &str = "出口 137 亿元，增长 34.5%。";

#[test]
fn reads_stdin_with_dash_and_when_piped() {
    let piped = run_with_stdin(&["--mentions"], BRIEF.as_bytes());
    assert!(piped.status.success());
    let dash = run_with_stdin(&["--mentions", "-"], BRIEF.as_bytes());
    assert_eq!(piped.stdout, dash.stdout);
    assert_eq!(String::from_utf8_lossy(&piped.stdout).lines().count(), 2);
}

#[test]
fn directories_are_read_recursively_in_sorted_order() {
    let dir = std::env::temp_dir().join(format!("tongji-dump-dir-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("b/inner")).unwrap();
    std::fs::write(dir.join("b/inner/z.txt"), "进口 28.6 亿元。").unwrap();
    std::fs::write(dir.join("a.txt"), "出口 137 亿元。").unwrap();
    std::fs::write(dir.join("skip.md"), "出口 999 亿元。").unwrap();
    let out = run(&["--mentions".as_ref(), dir.as_os_str()]);
    let values: Vec<String> = out
        .lines()
        .map(|l| serde_json::from_str::<Json>(l).unwrap()["value"].to_string())
        .collect();
    assert_eq!(values, ["\"137\"", "\"28.6\""], "{out}");
}

#[test]
fn a_bom_is_skipped_and_spans_index_the_file() {
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend_from_slice("全市出口 137 亿元。".as_bytes());
    let path = temp_file("bom.txt", &bytes);
    let out = run(&[path.as_os_str()]);
    let first: Json = serde_json::from_str(out.lines().next().expect("a record")).unwrap();
    assert_eq!(first["subject"], "出口", "{out}");
    let (s, e) = (
        first["span"][0].as_u64().unwrap() as usize,
        first["span"][1].as_u64().unwrap() as usize,
    );
    assert_eq!(&bytes[s..e], "137 亿元".as_bytes());
    // The sentence's span moves past the BOM too.
    assert_eq!(first["sentence"][0], 3, "{out}");
}

#[test]
fn numbers_too_large_are_warned_about_in_every_mode() {
    let text = "收入79228162514264337593543950335亿元，增长5%。";
    let at = text.find('7').unwrap();
    for args in [&["-"][..], &["--csv", "-"], &["--mentions", "-"]] {
        let out = run_with_stdin(args, text.as_bytes());
        assert!(out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("number too large"), "{args:?}: {err}");
        assert!(err.contains(&format!("bytes {at}..")), "{args:?}: {err}");
        let printed = String::from_utf8_lossy(&out.stdout);
        assert!(
            !printed.contains("79228162514264337593543950335"),
            "{printed}"
        );
    }
}

#[test]
fn bad_gb18030_is_reported_with_its_offset() {
    let (good, _, _) = encoding_rs::GB18030.encode("出口");
    let mut bytes = good.into_owned();
    let at = bytes.len();
    bytes.extend_from_slice(b"\xff 137 \xc8\xda");
    let path = temp_file("bad-gb.txt", &bytes);
    let out = Command::new(dump_binary())
        .args(["--encoding", "gb18030"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad-gb.txt"), "{err}");
    assert!(err.contains(&format!("offset {at}")), "{err}");
}

#[test]
fn gb18030_is_decoded_on_request() {
    let (bytes, _, _) = encoding_rs::GB18030.encode(BRIEF);
    let path = temp_file("gbk.txt", &bytes);
    let refused = Command::new(dump_binary()).arg(&path).output().unwrap();
    assert_eq!(refused.status.code(), Some(1));
    let out = run(&[
        "--mentions".as_ref(),
        "--encoding".as_ref(),
        "gb18030".as_ref(),
        path.as_os_str(),
    ]);
    assert!(out.contains("\"text\":\"137 亿元\""), "{out}");
}

#[test]
fn a_bad_file_among_good_ones_is_reported_and_the_run_goes_on() {
    let good = temp_file("good.txt", BRIEF.as_bytes());
    let bad = temp_file("bad-among.txt", b"ok \xff");
    let missing = std::env::temp_dir().join("tongji-no-such-file.txt");
    let out = Command::new(dump_binary())
        .arg("--mentions")
        .args([&bad, &missing, &good])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad-among.txt: not UTF-8: invalid byte at offset 3"),
        "{err}"
    );
    assert!(err.contains("tongji-no-such-file.txt"), "{err}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
}

#[test]
fn in_process_decoding() {
    let t = input::decode("x", b"\xef\xbb\xbfab".to_vec(), input::Encoding::Utf8).unwrap();
    assert_eq!((t.text.as_str(), t.bom_len), ("ab", 3));
    let err = input::decode("x", b"\xef\xbb\xbfa\xff".to_vec(), input::Encoding::Utf8);
    assert_eq!(err.err().unwrap(), "x: not UTF-8: invalid byte at offset 4");
}

#[test]
fn every_line_names_its_file() {
    let a = temp_file("prov-a.txt", BRIEF.as_bytes());
    let b = temp_file("prov-b.txt", "进口 28.6 亿元。".as_bytes());
    let out = run(&[a.as_os_str(), b.as_os_str()]);
    let files: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<Json>(l).unwrap()["file"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let (a, b) = (a.display().to_string(), b.display().to_string());
    assert_eq!(files, [a.clone(), a, b], "{out}");
    assert!(out.starts_with("{\"file\":"), "{out}");
    let piped = run_with_stdin(&[], BRIEF.as_bytes());
    assert!(String::from_utf8_lossy(&piped.stdout).starts_with("{\"file\":\"-\","));
    let shipped = run(&[]);
    assert!(shipped.starts_with("{\"file\":\"tests/data/nanyang-gazette-2022-01.txt\","));
    let csv = run(&["--csv".as_ref(), "--".as_ref(), "-".as_ref()]);
    assert!(csv.lines().next().unwrap().ends_with(",text,file"), "{csv}");
}

#[test]
fn jobs_2_prints_byte_for_byte_what_jobs_1_prints_and_no_bar_in_a_pipe() {
    let dir = std::env::temp_dir().join(format!("tongji-dump-jobs-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    for i in 0..13 {
        let text = format!("全市出口 {i}37 亿元，增长 {i}.5%。进口 28.{i} 亿元。");
        let at = if i % 3 == 0 {
            dir.join("sub")
        } else {
            dir.clone()
        };
        std::fs::write(at.join(format!("f{i:02}.txt")), text).unwrap();
    }
    std::fs::write(dir.join("f99.txt"), b"bad \xff").unwrap();
    let go = |jobs: &str| {
        Command::new(dump_binary())
            .args(["--jobs", jobs])
            .arg(&dir)
            .output()
            .unwrap()
    };
    let (one, two) = (go("1"), go("2"));
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(one.stderr, two.stderr);
    assert_eq!(one.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&one.stdout).lines().count() > 13 * 2);
    // Standard error is a pipe here: only the bad file's message, no bar.
    let err = String::from_utf8_lossy(&two.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("f99.txt: not UTF-8"), "{err}");
}

/// The rows of a Parquet file written by `dump --parquet`, read back with
/// the `parquet` crate, as JSON objects keyed like `dump`'s JSON Lines.
fn parquet_rows(path: &std::path::Path) -> Vec<serde_json::Map<String, Json>> {
    use arrow_array::{Array, BooleanArray, Decimal128Array, StringArray, UInt64Array};
    let file = std::fs::File::open(path).expect("the Parquet file");
    let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file)
        .unwrap()
        .build()
        .unwrap();
    let mut rows = Vec::new();
    for batch in reader {
        let batch = batch.unwrap();
        let schema = batch.schema();
        for i in 0..batch.num_rows() {
            let mut row = serde_json::Map::new();
            for (field, column) in schema.fields().iter().zip(batch.columns()) {
                let any = column.as_any();
                let cell = if column.is_null(i) {
                    Json::Null
                } else if let Some(a) = any.downcast_ref::<StringArray>() {
                    Json::from(a.value(i))
                } else if let Some(a) = any.downcast_ref::<Decimal128Array>() {
                    let exact = tongji::Decimal::from_i128_with_scale(a.value(i), 8);
                    Json::from(exact.normalize().to_string())
                } else if let Some(a) = any.downcast_ref::<UInt64Array>() {
                    Json::from(a.value(i))
                } else if let Some(a) = any.downcast_ref::<BooleanArray>() {
                    Json::from(a.value(i))
                } else {
                    panic!("unexpected column type {:?}", field.data_type());
                };
                row.insert(field.name().clone(), cell);
            }
            rows.push(row);
        }
    }
    rows
}

/// A JSON number text as an exact decimal, normalised (`224.830` → `224.83`).
fn exact(v: &Json) -> Json {
    match v.as_str() {
        Some(s) => match s.parse::<tongji::Decimal>() {
            Ok(d) => Json::from(d.normalize().to_string()),
            Err(_) => v.clone(),
        },
        None => v.clone(),
    }
}

#[test]
fn parquet_holds_every_record_of_the_json_lines_output() {
    let extra = temp_file(
        "parquet-extra.txt",
        "三次产业结构为5.1:39.3:55.6，人均收入0.123456789万元，增长3%。".as_bytes(),
    );
    let out = std::env::temp_dir().join(format!("tongji-dump-{}.parquet", std::process::id()));
    let gazette = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/nanyang-gazette-2022-01.txt");
    let args = [gazette.as_os_str(), extra.as_os_str()];
    let json = run(&[&["--year".as_ref(), "2021".as_ref()][..], &args].concat());
    let written = Command::new(dump_binary())
        .args(["--year", "2021", "--parquet"])
        .arg(&out)
        .args(args)
        .output()
        .unwrap();
    assert!(written.status.success());
    assert!(written.stdout.is_empty(), "--parquet prints nothing");
    let err = String::from_utf8_lossy(&written.stderr);
    assert!(err.contains("more than 8 fractional digits"), "{err}");
    let rows = parquet_rows(&out);
    let lines: Vec<Json> = json
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), lines.len());
    assert!(rows.len() > 200);
    for (row, line) in rows.iter().zip(&lines) {
        for key in [
            "file",
            "subject",
            "scope",
            "kind",
            "unit",
            "bound",
            "compared_to",
        ] {
            assert_eq!(row[key], line[key], "{key}: {line}");
        }
        for key in ["source", "headline", "text", "planned"] {
            assert_eq!(row[key], line[key], "{key}: {line}");
        }
        // Exact numbers: in the decimal column, or as text beside it.
        for (key, json) in [
            ("value", &line["value"]),
            ("high", &line["high"]),
            ("base_value", &line["base"]["value"]),
        ] {
            let text_key = format!("{key}_text");
            let got = if row[key].is_null() {
                &row[&text_key]
            } else {
                &row[key]
            };
            assert_eq!(exact(got), exact(json), "{key}: {line}");
        }
        assert_eq!(row["base_unit"], line["base"]["unit"]);
        assert_eq!(row["span_start"], line["span"][0]);
        assert_eq!(row["span_end"], line["span"][1]);
        assert_eq!(row["sentence_start"], line["sentence"][0]);
        assert_eq!(row["sentence_end"], line["sentence"][1]);
        let period = &line["period"];
        assert_eq!(
            row["period_text"],
            period.get("text").cloned().unwrap_or(Json::Null)
        );
        assert_eq!(
            row["period_from"],
            period.get("from").cloned().unwrap_or(Json::Null)
        );
    }
    let structure = rows.iter().find(|r| r["value_text"] == "5.1:39.3:55.6");
    assert!(
        structure.is_some_and(|r| r["value"].is_null()),
        "a structure is text"
    );
    std::fs::remove_file(&out).ok();
}

#[test]
fn parquet_is_refused_with_csv_or_mentions() {
    assert!(refused(&["--parquet", "x.parquet", "--csv"]).contains("not with --csv"));
    assert!(
        refused(&["--mentions", "--parquet", "x.parquet"]).contains("not with --csv or --mentions")
    );
}
