//! Black-box tests of the `dump` example: the JSON shape of a mention
//! (SPEC §2) and the error for a file that is not UTF-8 (SPEC §4).
//!
//! `cargo test` builds the examples next to the test binaries; the test finds
//! `target/<profile>/examples/dump` from its own path.

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
    let out = Command::new(dump_binary())
        .arg("--mentions")
        .arg(&path)
        .output()
        .expect("run dump");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
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
    let out = Command::new(dump_binary()).output().expect("run dump");
    assert!(out.status.success());
    let count = String::from_utf8_lossy(&out.stdout).lines().count();
    assert!(count > 200, "only {count} mentions in the shipped gazette");
}
