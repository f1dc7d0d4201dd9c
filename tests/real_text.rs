//! Records on real text from many publishers (SPEC §3, "Reading real text
//! beyond gazette briefs"), scored as `shared/eval/score.py` scores them:
//!
//! * `tests/data/real-dev/`: a copy of `shared/eval/real-dev` (40 passages,
//!   40 sites, 456 gold records);
//! * `tests/data/real-grow/`: 32 more passages from 32 other sites, gold
//!   written from the text before the extractor was run on them.
//!
//! Each gold figure is matched to a record whose span overlaps it and whose
//! signed base value and base unit are equal; a matched record is right when
//! value, kind, subject (lenient: one name contains the other), bound,
//! planned, compared_to, period (from and to) and source all agree. Record
//! F1 counts right records against all records printed and all (non-
//! optional) gold records. Each set is scored clean and after PDF-like
//! damage in the style of `score.py --noisy` (blanks around numbers, whole
//! numbers in full-width digits, hard line breaks with a blank line; a
//! fixed-seed generator of our own, so the damage differs from the
//! scorer's draw). Floors are what the extractor reaches; they are only
//! ever raised.
//!
//! `cargo test --test real_text -- --nocapture` prints the per-field table
//! and the misses.

use serde_json::Value as Json;
use std::str::FromStr;
use tongji::{Decimal, Record};

#[allow(dead_code)] // the shared gold helpers; this file needs only `nth`
mod common;
use common::nth;

/// The fields that must all agree for a record to count (score.py STRICT).
const STRICT: [&str; 8] = [
    "value",
    "kind",
    "subject",
    "bound",
    "planned",
    "compared_to",
    "period",
    "source",
];

/// One set's floors, in thousandths.
struct Floors {
    record_f1: u32,
    record_f1_noisy: u32,
    mention_f1: u32,
}

#[test]
fn real_dev() {
    check(
        "real-dev",
        include_str!("data/real-dev/passages.jsonl"),
        include_str!("data/real-dev/gold.jsonl"),
        Floors {
            record_f1: 917,
            record_f1_noisy: 917,
            mention_f1: 997,
        },
    );
}

#[test]
fn real_grow() {
    check(
        "real-grow",
        include_str!("data/real-grow/passages.jsonl"),
        include_str!("data/real-grow/gold.jsonl"),
        Floors {
            record_f1: 918,
            record_f1_noisy: 916,
            mention_f1: 994,
        },
    );
}

fn check(name: &str, passages: &str, gold: &str, floors: Floors) {
    let gold: Vec<(String, Vec<Json>)> = gold
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let j: Json = serde_json::from_str(l).expect("gold JSON");
            let id = j["id"].as_str().expect("id").to_string();
            (id, j["records"].as_array().expect("records").clone())
        })
        .collect();
    for noisy in [false, true] {
        let mut total = Tally::default();
        for line in passages.lines().filter(|l| !l.trim().is_empty()) {
            let p: Json = serde_json::from_str(line).expect("passage JSON");
            let id = p["id"].as_str().expect("id");
            let text = p["text"].as_str().expect("text");
            let records = &gold.iter().find(|(g, _)| g == id).expect("gold").1;
            total.add(score_passage(id, text, records, noisy));
        }
        let label = if noisy { "damaged" } else { "clean" };
        total.print(&format!("{name} ({label})"));
        let f1 = (total.record_f1() * 1000.0).round() as u32;
        let floor = if noisy {
            floors.record_f1_noisy
        } else {
            floors.record_f1
        };
        assert!(
            f1 >= floor,
            "{name} {label}: record F1 {f1}‰ < floor {floor}‰"
        );
        if !noisy {
            let m = (total.mention_f1() * 1000.0).round() as u32;
            assert!(
                m >= floors.mention_f1,
                "{name}: mention F1 {m}‰ < floor {}‰",
                floors.mention_f1
            );
        }
    }
}

#[derive(Default)]
struct Tally {
    gold: usize,
    predicted: usize,
    matched: usize,
    right: usize,
    agree: [usize; STRICT.len()],
    misses: Vec<String>,
}

impl Tally {
    fn add(&mut self, o: Tally) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.matched += o.matched;
        self.right += o.right;
        for (a, b) in self.agree.iter_mut().zip(o.agree) {
            *a += b;
        }
        self.misses.extend(o.misses);
    }

    fn f1(&self, tp: usize) -> f64 {
        let p = tp as f64 / self.predicted.max(1) as f64;
        let r = tp as f64 / self.gold.max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn record_f1(&self) -> f64 {
        self.f1(self.right)
    }

    fn mention_f1(&self) -> f64 {
        self.f1(self.matched)
    }

    fn print(&self, label: &str) {
        println!(
            "{label}: gold {} predicted {} matched {}  mention F1 {:.3}  record F1 {:.3}",
            self.gold,
            self.predicted,
            self.matched,
            self.mention_f1(),
            self.record_f1()
        );
        for (k, f) in STRICT.iter().enumerate() {
            println!("  {f:12} {:3}/{}", self.agree[k], self.matched);
        }
        for m in &self.misses {
            println!("  miss {m}");
        }
    }
}

fn score_passage(id: &str, text: &str, gold: &[Json], noisy: bool) -> Tally {
    let (fed, map) = if noisy {
        damage(text, id)
    } else {
        (text.to_string(), (0..=text.len()).collect())
    };
    let records: Vec<Record> = tongji::extract(&fed);
    let mut t = Tally {
        predicted: records.len(),
        ..Tally::default()
    };
    let mut used = vec![false; records.len()];
    for g in gold {
        let needle = g["text"].as_str().expect("gold text");
        let occ = g["occurrence"].as_u64().unwrap_or(0) as usize;
        let at = nth(text, needle, occ).unwrap_or_else(|| panic!("{id}: {needle} not found"));
        let span = map[at]..map[at + needle.len() - 1] + 1;
        let found = records.iter().enumerate().position(|(i, r)| {
            !used[i] && r.span.start < span.end && span.start < r.span.end && same_base(g, r)
        });
        let Some(i) = found else {
            if !g["optional"].as_bool().unwrap_or(false) {
                t.gold += 1;
                t.misses.push(format!("{id} {needle}: no matching mention"));
            }
            continue;
        };
        t.gold += 1;
        used[i] = true;
        t.matched += 1;
        let bad: Vec<&str> = STRICT
            .iter()
            .enumerate()
            .filter(|&(k, f)| {
                let ok = agrees(f, g, &records[i]);
                t.agree[k] += usize::from(ok);
                !ok
            })
            .map(|(_, f)| *f)
            .collect();
        if bad.is_empty() {
            t.right += 1;
        } else {
            t.misses.push(format!("{id} {needle}: {}", bad.join(", ")));
        }
    }
    t
}

fn dec(s: &str) -> Option<Decimal> {
    Decimal::from_str(&s.replace(',', ""))
        .ok()
        .map(|d| d.normalize())
}

/// Base units as the scorer compares them (aliases, traditional script).
fn unit_key(u: &str) -> String {
    let u: String = u
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| {
            let trad = "畝噸萬億個項戶處臺輛場塊條隻頭裏裡";
            let simp = "亩吨万亿个项户处台辆场块条只头里里";
            trad.chars()
                .position(|t| t == c)
                .and_then(|i| simp.chars().nth(i))
                .unwrap_or(c)
        })
        .collect();
    match u.as_str() {
        "％" => "%".into(),
        "个百分点" => "百分点".into(),
        "名" | "位次" => "位".into(),
        _ => u,
    }
}

fn same_base(g: &Json, r: &Record) -> bool {
    let gold = g["base_value"].as_str().unwrap_or("");
    let got = r.base().value.to_string();
    // A structure `9.5:41.5:49.0` is no decimal: compared as written.
    let same = match (dec(gold), dec(&got)) {
        (Some(a), Some(b)) => a == b,
        (None, None) => squash(gold) == squash(&got),
        _ => false,
    };
    same && unit_key(g["base_unit"].as_str().unwrap_or("")) == unit_key(r.base().unit)
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn text_field(g: &Json, got: Option<&str>) -> bool {
    g.as_str().map(squash).unwrap_or_default() == got.map(squash).unwrap_or_default()
}

fn agrees(field: &str, g: &Json, r: &Record) -> bool {
    match field {
        "value" => g["value"].as_str().and_then(dec) == dec(&r.quantity.value.to_string()),
        "kind" => g["kind"].as_str() == Some(r.kind.as_str()),
        "subject" => {
            let got = r.subject.as_deref().map(squash).unwrap_or_default();
            let mut names = vec![g["subject"].clone()];
            names.extend(g["subject_alt"].as_array().cloned().unwrap_or_default());
            !got.is_empty()
                && names
                    .iter()
                    .filter_map(|n| n.as_str().map(squash))
                    .filter(|n| !n.is_empty())
                    .any(|n| n.contains(&got) || got.contains(&n))
        }
        "bound" => g["bound"].as_str() == r.quantity.bound.map(|b| b.as_str()),
        "planned" => g["planned"].as_bool().unwrap_or(false) == r.planned,
        "compared_to" => text_field(&g["compared_to"], r.compared_to.as_deref()),
        "period" => {
            let month = |m: Option<tongji::YearMonth>| m.map(|m| m.to_string());
            let p = r.period.as_ref();
            g["period_from"].as_str().map(str::to_string) == month(p.and_then(|p| p.from))
                && g["period_to"].as_str().map(str::to_string) == month(p.and_then(|p| p.to))
        }
        "source" => text_field(&g["source"], r.source.as_deref()),
        _ => unreachable!("unknown field {field}"),
    }
}

/// PDF-like damage in the style of `score.py --noisy`: a blank between a
/// number and the words around it (70 %), a whole number in full-width
/// digits (20 %), a hard line break with a blank line after 18 or more
/// characters (15 %), never inside a number. Returns the damaged text and
/// the byte map from the original (one entry per byte, plus the end).
fn damage(text: &str, seed: &str) -> (String, Vec<usize>) {
    let mut state = seed.bytes().fold(0x9E37_79B9_7F4A_7C15_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01B3)
    });
    let mut roll = move |percent: u64| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state % 100 < percent
    };
    let mut out = String::with_capacity(text.len() * 2);
    let mut map = Vec::with_capacity(text.len() + 1);
    let (mut prev, mut col, mut wide) = (None::<char>, 0, false);
    for c in text.chars() {
        let digit = c.is_ascii_digit();
        let prev_digit = prev.is_some_and(|p| p.is_ascii_digit());
        let starts_number = digit && !(prev_digit || prev == Some('.'));
        let after_number = prev_digit && !digit && c != '.' && c != '%';
        let before_number = starts_number && prev.is_some_and(|p| !" -－+＋".contains(p));
        if (after_number || before_number) && roll(70) {
            out.push(' ');
        }
        if starts_number {
            wide = roll(20);
        }
        map.extend(std::iter::repeat_n(out.len(), c.len_utf8()));
        match c {
            '0'..='9' | '%' if wide => out.push(char::from_u32(c as u32 + 0xFEE0).unwrap_or(c)),
            _ => out.push(c),
        }
        col += 1;
        if col >= 18 && !digit && !".-－".contains(c) && roll(15) {
            out.push_str("\n\n");
            col = 0;
        }
        prev = Some(c);
    }
    map.push(out.len());
    (out, map)
}
