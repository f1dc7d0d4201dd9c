//! Gold coverage of the mention layer on the real gazette (issue: "every
//! figure found, exact, traced to its bytes").
//!
//! For every hand-written gold record of the news briefs
//! (`tests/data/nanyang-gazette-2022-01.briefs.gold.jsonl`, SPEC §3), the
//! mention printed at the record's `text`/`occurrence` must be found with
//! exactly that span and the gold `value`, `high`, `unit`, `base_value`,
//! `base_unit` and `bound`. Values are compared up to sign: a sign that comes
//! from a verb (增长/下降/低于) is set by the records layer, not here.
//!
//! The same file also counts false positives: mentions in the briefs section
//! (from the first brief to the last `（政报编辑部）`) that are no gold
//! figure. The interleaved article of another column (镇平县城市管理局…)
//! is not covered by the gold set and is left out of the count, as the
//! scorer in `shared/eval` does.

use serde_json::Value as Json;
use std::str::FromStr;
use tongji::{Decimal, Mention};

mod common;
use common::{gold_records, nth, GAZETTE};

fn gold_span(r: &Json) -> (usize, usize) {
    let text = r["text"].as_str().expect("gold text");
    let occ = r["occurrence"].as_u64().unwrap_or(0) as usize;
    let start = nth(GAZETTE, text, occ).expect("gold text occurs in the gazette");
    (start, start + text.len())
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_else(|e| panic!("gold decimal {s:?}: {e}"))
}

fn opt_str(j: &Json) -> Option<&str> {
    j.as_str()
}

/// Byte offset where line `n` (1-based) of the gazette starts.
fn line_start(n: usize) -> usize {
    GAZETTE
        .split_inclusive('\n')
        .take(n - 1)
        .map(str::len)
        .sum()
}

/// The fields of mention `m` that disagree with gold record `r`, values
/// compared up to sign.
fn wrong_fields(m: &Mention, r: &Json) -> Vec<String> {
    let base = m.base();
    let want_value = dec(r["value"].as_str().unwrap());
    let got_value = m.quantity.value.as_decimal().unwrap_or_default();
    let want_high = opt_str(&r["high"]).map(dec);
    let checks = [
        (
            "value",
            got_value.abs() == want_value.abs(),
            got_value.to_string(),
            want_value.to_string(),
        ),
        (
            "high",
            m.quantity.high == want_high,
            format!("{:?}", m.quantity.high),
            format!("{want_high:?}"),
        ),
        (
            "unit",
            m.quantity.unit.to_string() == r["unit"].as_str().unwrap(),
            m.quantity.unit.to_string(),
            r["unit"].to_string(),
        ),
        (
            "base_value",
            base.value.as_decimal().map(|d| d.abs())
                == Some(dec(r["base_value"].as_str().unwrap()).abs()),
            base.value.to_string(),
            r["base_value"].to_string(),
        ),
        (
            "base_unit",
            base.unit == r["base_unit"].as_str().unwrap(),
            base.unit.to_string(),
            r["base_unit"].to_string(),
        ),
        (
            "bound",
            m.quantity.bound.map(|b| b.as_str()) == opt_str(&r["bound"]),
            format!("{:?}", m.quantity.bound.map(|b| b.as_str())),
            r["bound"].to_string(),
        ),
    ];
    checks
        .into_iter()
        .filter(|(_, ok, _, _)| !ok)
        .map(|(field, _, got, want)| format!("{:?}: {field} got {got} want {want}", r["text"]))
        .collect()
}

#[test]
fn every_gold_figure_is_found_exactly() {
    let found: Vec<Mention> = tongji::mentions(GAZETTE).collect();
    let gold = gold_records();
    assert_eq!(gold.len(), 108, "the gold file has 108 records");
    let mut failures = Vec::new();
    for r in &gold {
        let (start, end) = gold_span(r);
        let Some(m) = found
            .iter()
            .find(|m| m.span.start == start && m.span.end == end)
        else {
            let near: Vec<_> = found
                .iter()
                .filter(|m| m.span.start < end && start < m.span.end)
                .map(|m| format!("{:?}", m.text))
                .collect();
            failures.push(format!(
                "{:?} at {start}..{end}: no mention with this span (overlapping: {near:?})",
                r["text"]
            ));
            continue;
        };
        failures.extend(wrong_fields(m, r));
    }
    let matched = gold.len() - failures.iter().filter(|f| f.contains("no mention")).count();
    println!(
        "gold coverage: {matched}/{} records found at their exact span",
        gold.len()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn no_false_positives_in_the_briefs() {
    // Briefs: line 3134 to the end of line 3462 (see shared/corpus/README.md);
    // the interleaved article is lines 3144–3220.
    let (briefs_start, briefs_end) = (line_start(3134), line_start(3463));
    let (other_start, other_end) = (line_start(3144), line_start(3221));
    let gold: Vec<(usize, usize)> = gold_records().iter().map(gold_span).collect();
    let mut false_positives = Vec::new();
    let mut interleaved = 0;
    for m in tongji::mentions(GAZETTE) {
        let (s, e) = (m.span.start, m.span.end);
        if s < briefs_start || s >= briefs_end {
            continue;
        }
        if (other_start..other_end).contains(&s) {
            interleaved += 1;
            continue;
        }
        if !gold.iter().any(|&(gs, ge)| s < ge && gs < e) {
            false_positives.push(format!(
                "{:?} ({} {})",
                m.text, m.quantity.value, m.quantity.unit
            ));
        }
    }
    println!(
        "briefs: {} false positives; {interleaved} mentions in the interleaved article (not covered by gold)",
        false_positives.len()
    );
    assert!(
        false_positives.is_empty(),
        "mentions that are no gold figure:\n{}",
        false_positives.join("\n")
    );
}
