//! Field-level agreement of the records layer (SPEC §3) with 40 hand-checked
//! records from the POLICY documents of the gazette (plans with targets,
//! `到 2025 年`, `到“十四五”末`, bounds, ranges, ranks, and the achieved
//! results of the business-environment article). The news briefs at the end
//! of the gazette have their own gold file and are not covered here.
//!
//! `tests/data/policy-records.expected.jsonl` holds one expected record a
//! line: the mention's `text` with its byte `start`/`end` in the gazette, the
//! true `subject` (plus acceptable `subject_alt`), `scope`, `kind`, `value`,
//! `high`, `unit`, `base_value`/`base_unit`, `bound`, `planned`,
//! `compared_to`, `period_text`/`period_from`/`period_to`, `source`, and a
//! `rule` note saying which SPEC rule the record exercises. The expected
//! records were written from the text, not copied from the extractor.
//!
//! Matching: an expected record is matched to the extracted record whose span
//! overlaps its bytes and whose base unit is equal and base value is equal up
//! to sign (the sign is checked by the `value` field, so a record with a wrong
//! sign still gets its other fields compared). An exact span is preferred.
//!
//! Per field, a record agrees when:
//! - `value`, `high`: equal as decimals (sign included);
//! - `kind`, `bound`, `planned`, `compared_to`, `source`: equal;
//! - `subject`: equal to `subject` or one of `subject_alt`, whitespace ignored;
//! - `scope`: equal, whitespace ignored;
//! - `period`: `from` and `to` equal (`period_text` is informative only; an
//!   absent period counts as `from`/`to` null).
//!
//! Unmatched expected records count as disagreeing on every field.
//!
//! Run with `cargo test --test policy_records -- --nocapture` to see the
//! table and the list of disagreements.
#![cfg(feature = "serde")]

use serde_json::Value as Json;
use std::str::FromStr;
use tongji::Decimal;

const GAZETTE: &str = include_str!("data/nanyang-gazette-2022-01.txt");
const EXPECTED: &str = include_str!("data/policy-records.expected.jsonl");

/// Floors = what the extractor reached when this test was written (out of
/// 40). Floors are only ever RAISED (when the extractor improves), never
/// lowered.
const MATCHED_FLOOR: usize = 40;
const FLOORS: &[(&str, usize)] = &[
    ("value", 40),
    ("high", 40),
    ("kind", 40),
    ("subject", 34),
    ("scope", 25),
    ("bound", 40),
    ("planned", 39),
    ("compared_to", 40),
    ("period", 40),
    ("source", 40),
];

fn expected_records() -> Vec<Json> {
    EXPECTED
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("expected line is JSON"))
        .collect()
}

fn dec(j: &Json) -> Option<Decimal> {
    j.as_str()
        .map(|s| Decimal::from_str(s).unwrap_or_else(|e| panic!("decimal {s:?}: {e}")))
        .map(|d| d.normalize())
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn opt_squeezed(j: &Json) -> Option<String> {
    j.as_str().map(squeeze)
}

fn span(r: &Json) -> (usize, usize) {
    let s = &r["span"];
    (
        s[0].as_u64().expect("span start") as usize,
        s[1].as_u64().expect("span end") as usize,
    )
}

/// The extracted record an expected record is about, if any.
fn find_match<'a>(exp: &Json, got: &'a [Json]) -> Option<&'a Json> {
    let start = exp["start"].as_u64().unwrap() as usize;
    let end = exp["end"].as_u64().unwrap() as usize;
    let base = dec(&exp["base_value"]).expect("expected base_value").abs();
    let base_unit = exp["base_unit"].as_str().unwrap();
    let candidates: Vec<&Json> = got
        .iter()
        .filter(|g| {
            let (s, e) = span(g);
            s < end
                && start < e
                && g["base"]["unit"].as_str() == Some(base_unit)
                && dec(&g["base"]["value"]).map(|d| d.abs()) == Some(base)
        })
        .collect();
    candidates
        .iter()
        .find(|g| span(g) == (start, end))
        .or_else(|| candidates.first())
        .copied()
}

/// What the extracted record says for `field`, and whether it agrees.
fn compare(field: &str, exp: &Json, got: &Json) -> (String, String, bool) {
    let show = |j: &Json| j.to_string();
    match field {
        "value" | "high" => {
            let e = dec(&exp[field]);
            let g = dec(&got[field]);
            (show(&exp[field]), show(&got[field]), e == g)
        }
        "kind" | "bound" | "planned" | "compared_to" | "source" => {
            let g = got.get(field).cloned().unwrap_or(Json::Null);
            (show(&exp[field]), show(&g), exp[field] == g)
        }
        "subject" => {
            let g = opt_squeezed(&got["subject"]);
            let mut names = vec![exp["subject"].clone()];
            names.extend(exp["subject_alt"].as_array().cloned().unwrap_or_default());
            let ok = names.iter().any(|n| opt_squeezed(n) == g);
            (show(&exp["subject"]), show(&got["subject"]), ok)
        }
        "scope" => {
            let ok = opt_squeezed(&exp["scope"]) == opt_squeezed(&got["scope"]);
            (show(&exp["scope"]), show(&got["scope"]), ok)
        }
        "period" => {
            let p = &got["period"];
            let (gf, gt) = if p.is_null() {
                (Json::Null, Json::Null)
            } else {
                (p["from"].clone(), p["to"].clone())
            };
            let ok = exp["period_from"] == gf && exp["period_to"] == gt;
            let e = format!(
                "{} {}..{}",
                show(&exp["period_text"]),
                show(&exp["period_from"]),
                show(&exp["period_to"])
            );
            let g = if p.is_null() {
                "null".to_string()
            } else {
                format!("{} {}..{}", show(&p["text"]), show(&gf), show(&gt))
            };
            (e, g, ok)
        }
        other => panic!("unknown field {other}"),
    }
}

#[test]
fn expected_spans_are_the_printed_text() {
    let expected = expected_records();
    assert_eq!(expected.len(), 40, "the expected file has 40 records");
    for r in &expected {
        let start = r["start"].as_u64().unwrap() as usize;
        let end = r["end"].as_u64().unwrap() as usize;
        assert_eq!(
            GAZETTE.get(start..end),
            r["text"].as_str(),
            "expected record at {start}..{end}"
        );
    }
}

#[test]
fn policy_records_agree_with_hand_checked_records() {
    let got: Vec<Json> = tongji::extract(GAZETTE)
        .iter()
        .map(|r| serde_json::to_value(r).expect("record serialises"))
        .collect();
    let expected = expected_records();
    let total = expected.len();
    let fields: Vec<&str> = FLOORS.iter().map(|(f, _)| *f).collect();
    let mut agree = vec![0usize; fields.len()];
    let mut matched = 0;
    let mut unmatched = Vec::new();
    let mut disagreements = Vec::new();

    for exp in &expected {
        let text = exp["text"].as_str().unwrap().replace('\n', "⏎");
        let at = exp["start"].as_u64().unwrap();
        let Some(g) = find_match(exp, &got) else {
            let near: Vec<String> = got
                .iter()
                .filter(|g| {
                    let (s, e) = span(g);
                    s < exp["end"].as_u64().unwrap() as usize && at as usize <= e
                })
                .map(|g| format!("{} {}", g["text"], g["base"]))
                .collect();
            unmatched.push(format!(
                "  {at} {text:?} base {} {}: no record{}  [{}]",
                exp["base_value"],
                exp["base_unit"],
                if near.is_empty() {
                    String::new()
                } else {
                    format!(" (overlapping: {})", near.join(", "))
                },
                exp["rule"].as_str().unwrap_or("")
            ));
            continue;
        };
        matched += 1;
        for (i, field) in fields.iter().enumerate() {
            let (e, g, ok) = compare(field, exp, g);
            if ok {
                agree[i] += 1;
            } else {
                disagreements.push(format!(
                    "  {at} {text:?} {field}: expected {e}, got {g}  [{}]",
                    exp["rule"].as_str().unwrap_or("")
                ));
            }
        }
    }

    let pct = |n: usize| 100.0 * n as f64 / total as f64;
    println!("\npolicy records: {total} hand-checked records");
    println!("{:<12} {:>6} {:>7}", "field", "agree", "%");
    println!(
        "{:<12} {:>3}/{total} {:>6.1}",
        "matched",
        matched,
        pct(matched)
    );
    for (i, field) in fields.iter().enumerate() {
        println!(
            "{:<12} {:>3}/{total} {:>6.1}",
            field,
            agree[i],
            pct(agree[i])
        );
    }
    if !unmatched.is_empty() {
        println!("\nunmatched ({}):", unmatched.len());
        unmatched.iter().for_each(|l| println!("{l}"));
    }
    println!("\ndisagreements ({}):", disagreements.len());
    disagreements.iter().for_each(|l| println!("{l}"));

    assert!(
        matched >= MATCHED_FLOOR,
        "matched {matched} < floor {MATCHED_FLOOR}"
    );
    for (i, (field, floor)) in FLOORS.iter().enumerate() {
        assert!(
            agree[i] >= *floor,
            "{field}: {} agree < floor {floor}",
            agree[i]
        );
    }
}
