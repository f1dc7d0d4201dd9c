//! What the gold tests share: the shipped gazette, the briefs gold, and
//! finding a gold record's text in its passage.

use serde_json::Value as Json;

/// The shipped gazette.
pub const GAZETTE: &str = include_str!("../data/nanyang-gazette-2022-01.txt");

/// The hand-written gold records of its news briefs.
pub const GOLD: &str = include_str!("../data/nanyang-gazette-2022-01.briefs.gold.jsonl");

/// Byte offset of the `n`th occurrence of `needle` (counted as
/// `shared/eval/score.py` counts: overlapping, one character apart).
pub fn nth(haystack: &str, needle: &str, n: usize) -> Option<usize> {
    let mut from = 0;
    let mut found = None;
    for _ in 0..=n {
        let at = from + haystack[from..].find(needle)?;
        found = Some(at);
        from = at + needle.chars().next().map_or(1, char::len_utf8);
    }
    found
}

/// The briefs gold, one JSON record per line.
pub fn gold_records() -> Vec<Json> {
    GOLD.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("gold line is JSON"))
        .collect()
}
