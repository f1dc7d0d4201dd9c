//! The pipeline's shape, checked: every file under `src/` belongs to a
//! stage by its folder, and
//!
//! (a) no file imports a later stage (nor the crate root, which only
//!     re-exports), unit tests included;
//! (b) no files import each other in a circle (unit tests excluded: a
//!     test may drive its module through the whole stage).
//!
//! A reference is any `crate::…` path in code (comments and string
//! literals are ignored), `use crate::a::{b, c::D}` groups included. Code
//! outside `#[cfg(test)]` modules must use `crate::` paths, not `super::`
//! (`use super::*` in an inline module aside).
//!
//! `cargo test --test architecture -- --nocapture` prints the module graph.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The stages in the order data flows; a file may import its own stage and
/// earlier ones. `model` is the foundation, `api` is the top-level files
/// beside `lib.rs`.
const STAGES: &[&str] = &["model", "text", "layout", "recognize", "attach", "api"];

/// The crate root: docs, `mod` and `pub use` only; nothing may import it.
const ROOT: &str = "lib.rs";

/// Files (relative to `src/`, with `/`) and the files each one imports:
/// `(in code, in unit tests)`.
type Graph = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

#[test]
fn stages_flow_one_way_without_cycles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = match read_graph(&src) {
        Ok(graph) => graph,
        Err(problems) => panic!("unreadable module structure:\n{}", problems.join("\n")),
    };
    println!("{}", render(&graph));
    let problems = check(&graph);
    assert!(
        problems.is_empty(),
        "architecture violations:\n  {}",
        problems.join("\n  ")
    );
}

/// The checker itself can fail: a later-stage import, an import of the
/// root and a cycle are each reported.
#[test]
fn violations_are_reported() {
    let mut graph = Graph::new();
    let mut add = |from: &str, code: &[&str], tests: &[&str]| {
        graph.insert(
            from.to_string(),
            (
                code.iter().map(|s| s.to_string()).collect(),
                tests.iter().map(|s| s.to_string()).collect(),
            ),
        );
    };
    add("model/mention.rs", &["recognize/unit.rs"], &[]);
    add("recognize/unit.rs", &[], &["attach/clause.rs"]);
    add("recognize/rank.rs", &["recognize/scan.rs"], &[]);
    add("recognize/scan.rs", &["recognize/rank.rs", "lib.rs"], &[]);
    add("attach/clause.rs", &[], &[]);
    let problems = check(&graph);
    let has = |needle: &str| problems.iter().any(|p| p.contains(needle));
    assert!(
        has("model/mention.rs (model) imports recognize/unit.rs (recognize)"),
        "{problems:?}"
    );
    assert!(
        has("recognize/unit.rs (recognize) imports attach/clause.rs (attach) in its tests"),
        "{problems:?}"
    );
    assert!(
        has("recognize/scan.rs imports the crate root"),
        "{problems:?}"
    );
    assert!(
        has("cycle: recognize/rank.rs → recognize/scan.rs → recognize/rank.rs"),
        "{problems:?}"
    );
    assert_eq!(problems.len(), 4, "{problems:?}");
}

/// The stage of a file, by its folder; `None` for the root.
fn stage_of(file: &str) -> Result<Option<usize>, String> {
    if file == ROOT {
        return Ok(None);
    }
    let name = match file.split_once('/') {
        Some((folder, _)) => folder,
        None => "api",
    };
    match STAGES.iter().position(|&s| s == name) {
        Some(i) if name != "api" || !file.contains('/') => Ok(Some(i)),
        _ => Err(format!(
            "{file}: folder `{name}` is no stage; add it to STAGES in tests/architecture.rs"
        )),
    }
}

fn check(graph: &Graph) -> Vec<String> {
    let mut problems = Vec::new();
    for (from, (code, tests)) in graph {
        let Ok(Some(from_stage)) = stage_of(from) else {
            continue;
        };
        for (imports, where_) in [(code, ""), (tests, " in its tests")] {
            for to in imports {
                match stage_of(to) {
                    Ok(None) => problems.push(format!(
                        "{from} imports the crate root{where_}: name the module that owns the item"
                    )),
                    Ok(Some(to_stage)) if to_stage > from_stage => problems.push(format!(
                        "{from} ({}) imports {to} ({}){where_}: a later stage",
                        STAGES[from_stage], STAGES[to_stage]
                    )),
                    Ok(Some(_)) => {}
                    Err(e) => problems.push(e),
                }
            }
        }
    }
    problems.extend(
        cycles(graph)
            .into_iter()
            .map(|c| format!("cycle: {}", c.join(" → "))),
    );
    problems
}

/// One cycle per back edge of a depth-first search over the code imports.
fn cycles(graph: &Graph) -> Vec<Vec<String>> {
    fn visit<'g>(
        node: &'g str,
        graph: &'g Graph,
        done: &mut BTreeSet<&'g str>,
        path: &mut Vec<&'g str>,
        found: &mut Vec<Vec<String>>,
    ) {
        if let Some(at) = path.iter().position(|&n| n == node) {
            let mut cycle: Vec<String> = path[at..].iter().map(|s| s.to_string()).collect();
            cycle.push(node.to_string());
            found.push(cycle);
            return;
        }
        if !done.insert(node) {
            return;
        }
        path.push(node);
        if let Some((code, _)) = graph.get(node) {
            for next in code {
                visit(next, graph, done, path, found);
            }
        }
        path.pop();
    }
    let mut done = BTreeSet::new();
    let mut found = Vec::new();
    for node in graph.keys() {
        visit(node, graph, &mut done, &mut Vec::new(), &mut found);
    }
    found
}

fn render(graph: &Graph) -> String {
    let mut files: Vec<&String> = graph.keys().collect();
    files.sort_by_key(|f| {
        (
            stage_of(f).ok().flatten().map_or(usize::MAX, |s| s),
            f.as_str(),
        )
    });
    let mut out =
        String::from("module graph (file [stage] → files it imports; (t) = in unit tests only):\n");
    for file in files {
        let (code, tests) = &graph[file];
        let stage = match stage_of(file) {
            Ok(Some(s)) => STAGES[s],
            Ok(None) => "root",
            Err(_) => "?",
        };
        let mut targets: Vec<String> = code.iter().cloned().collect();
        targets.extend(tests.difference(code).map(|t| format!("{t} (t)")));
        let targets = if targets.is_empty() {
            "—".to_string()
        } else {
            targets.join(", ")
        };
        out.push_str(&format!("  {file} [{stage}] → {targets}\n"));
    }
    out
}

fn read_graph(src: &Path) -> Result<Graph, Vec<String>> {
    let mut files = Vec::new();
    collect_rs(src, &mut files);
    let mut graph = Graph::new();
    let mut problems = Vec::new();
    for path in files {
        let file = relative(src, &path);
        if let Err(e) = stage_of(&file) {
            problems.push(e);
        }
        if file == ROOT {
            graph.insert(file, Default::default());
            continue;
        }
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
        let (code, tests) = split_tests(&strip(&text));
        // `use super::*` is how an inline module (`serde_impl`) sees its
        // file; any other `super::` path could name a parent module.
        if code.replace("super::*", "").contains("super::") {
            problems.push(format!(
                "{file}: a `super::` path outside unit tests; use a `crate::` path"
            ));
        }
        let resolve = |refs: Vec<Vec<String>>| -> BTreeSet<String> {
            refs.iter()
                .map(|segments| resolve(src, segments))
                .filter(|to| *to != file)
                .collect()
        };
        let code_refs = resolve(references(&code));
        let test_refs = resolve(references(&tests));
        graph.insert(file, (code_refs, test_refs));
    }
    if problems.is_empty() {
        Ok(graph)
    } else {
        Err(problems)
    }
}

fn collect_rs(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect_rs(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn relative(src: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(src).expect("a file under src");
    let parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

/// The file a `crate::` path names: the deepest module file on its path
/// (`crate::recognize::scan::Candidate` → `recognize/scan.rs`), a folder's
/// `mod.rs` for an item of the folder, `lib.rs` for an item of the root.
fn resolve(src: &Path, segments: &[String]) -> String {
    let mut dir = src.to_path_buf();
    let mut rel: Vec<&str> = Vec::new();
    for seg in segments {
        if dir.join(seg).is_dir() {
            dir.push(seg);
            rel.push(seg);
        } else if dir.join(format!("{seg}.rs")).is_file() {
            rel.push(seg);
            return format!("{}.rs", rel.join("/"));
        } else {
            break;
        }
    }
    if rel.is_empty() {
        ROOT.to_string()
    } else {
        format!("{}/mod.rs", rel.join("/"))
    }
}

/// Every `crate::` path in `code`, as segments; a `{…}` group gives one
/// path per item (its first segment appended).
fn references(code: &str) -> Vec<Vec<String>> {
    let chars: Vec<char> = code.chars().collect();
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut found = Vec::new();
    let mut i = 0;
    while i + 7 <= chars.len() {
        let starts = chars[i..i + 7].iter().collect::<String>() == "crate::"
            && (i == 0 || !(is_ident(chars[i - 1]) || chars[i - 1] == '$'));
        if !starts {
            i += 1;
            continue;
        }
        i += 7;
        let mut prefix = Vec::new();
        loop {
            let start = i;
            while i < chars.len() && is_ident(chars[i]) {
                i += 1;
            }
            if i > start {
                prefix.push(chars[start..i].iter().collect::<String>());
            }
            let rest: String = chars[i..(i + 3).min(chars.len())].iter().collect();
            if rest.starts_with("::{") {
                i += 3;
                for item in group_items(&chars, &mut i) {
                    let mut path = prefix.clone();
                    if item != "self" {
                        path.push(item);
                    }
                    found.push(path);
                }
                break;
            } else if rest.starts_with("::") && i > start {
                i += 2;
            } else {
                found.push(prefix);
                break;
            }
        }
    }
    found
}

/// The first identifier of each item of a `{…}` group; `i` is just inside
/// the brace and ends just after the closing one.
fn group_items(chars: &[char], i: &mut usize) -> Vec<String> {
    let mut items = Vec::new();
    let mut depth = 0;
    let mut expect_item = true;
    while *i < chars.len() {
        let c = chars[*i];
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                *i += 1;
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => expect_item = true,
            c if expect_item && depth == 0 && (c.is_alphanumeric() || c == '_') => {
                let start = *i;
                while *i < chars.len() && (chars[*i].is_alphanumeric() || chars[*i] == '_') {
                    *i += 1;
                }
                items.push(chars[start..*i].iter().collect());
                expect_item = false;
                continue;
            }
            _ => {}
        }
        *i += 1;
    }
    items
}

/// `text` with comments removed and the contents of string and character
/// literals blanked (line breaks kept), so that only code is searched.
fn strip(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let blank = |out: &mut String, ch: char| out.push(if ch == '\n' { '\n' } else { ' ' });
    let mut i = 0;
    while i < c.len() {
        let next = c.get(i + 1).copied();
        let ident_at = |k: usize| c[k].is_alphanumeric() || c[k] == '_';
        // `r` starts a raw string after a non-identifier, or as `br`.
        let prev_ident =
            i > 0 && ident_at(i - 1) && !(c[i - 1] == 'b' && (i == 1 || !ident_at(i - 2)));
        if c[i] == '/' && next == Some('/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if c[i] == '/' && next == Some('*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
        } else if c[i] == 'r' && !prev_ident && matches!(next, Some('"' | '#')) {
            // A raw string r"…" or r#"…"#.
            let mut j = i + 1;
            while c.get(j) == Some(&'#') {
                j += 1;
            }
            if c.get(j) != Some(&'"') {
                out.push(c[i]);
                i += 1;
                continue;
            }
            let hashes = j - i - 1;
            i = j + 1;
            out.push_str("\"\"");
            while i < c.len() {
                if c[i] == '"' && (0..hashes).all(|k| c.get(i + 1 + k) == Some(&'#')) {
                    i += 1 + hashes;
                    break;
                }
                blank(&mut out, c[i]);
                i += 1;
            }
        } else if c[i] == '"' {
            i += 1;
            out.push_str("\"\"");
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    blank(&mut out, c[i]);
                    i += 1;
                }
                if i < c.len() {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
            i += 1;
        } else if c[i] == '\'' && (next == Some('\\') || c.get(i + 2) == Some(&'\'')) {
            // A character literal (a lifetime has no closing quote).
            i += 1;
            while i < c.len() && c[i] != '\'' {
                if c[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

/// Stripped code split into what is outside and inside `#[cfg(test)] mod …
/// { … }` blocks.
fn split_tests(code: &str) -> (String, String) {
    let mut outside = String::new();
    let mut inside = String::new();
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        let after = &rest[at + "#[cfg(test)]".len()..];
        let trimmed = after.trim_start();
        let is_mod = trimmed.starts_with("mod ") || trimmed.starts_with("pub mod ");
        let open = trimmed.find(['{', ';']);
        match (is_mod, open) {
            (true, Some(o)) if trimmed.as_bytes()[o] == b'{' => {
                let body_start = rest.len() - trimmed.len() + o;
                let mut depth = 0usize;
                let mut end = rest.len();
                for (k, ch) in rest[body_start..].char_indices() {
                    match ch {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = body_start + k + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                outside.push_str(&rest[..at]);
                inside.push_str(&rest[at..end]);
                rest = &rest[end..];
            }
            _ => {
                let cut = at + "#[cfg(test)]".len();
                outside.push_str(&rest[..cut]);
                rest = &rest[cut..];
            }
        }
    }
    outside.push_str(rest);
    (outside, inside)
}
