//! `Quantity`: the value, range end, unit and bound that a mention and its
//! record share, and the base value both compute from it (SPEC §2, §3).

use serde_json::Value as Json;
use tongji::{Bound, Mention, Quantity, Record};

const BRIEF: &str = "全年全市一般公共预算收入完成 224.83 亿元，同比增长 13.4%。";

#[test]
fn a_record_holds_its_mentions_quantity() {
    let mentions: Vec<Mention> = tongji::mentions(BRIEF).collect();
    let records = tongji::extract(BRIEF);
    assert_eq!(records.len(), mentions.len());
    for (r, m) in records.iter().zip(&mentions) {
        assert_eq!(r.quantity, m.quantity, "{}", m.text);
        assert_eq!(r.base(), m.base());
        assert_eq!(r.base(), r.quantity.base());
    }
}

#[test]
fn a_verb_negates_value_and_range_end_and_base() {
    let r = &tongji::extract("出口同比下降 10-20%。")[0];
    assert_eq!(r.quantity.value.to_string(), "-10");
    assert_eq!(r.quantity.high.map(|h| h.to_string()), Some("-20".into()));
    assert_eq!(r.base().value.to_string(), "-10");
    assert_eq!(
        r.quantity.base_high().map(|h| h.to_string()),
        Some("-20".into())
    );
}

/// `下降 0%`: the value keeps the verb's sign as written (`-0`), the base
/// value is a number and has none (`0`, not `-0`).
#[test]
fn a_verb_signed_zero_has_base_zero() {
    for (text, value) in [
        ("用电量同比下降 0%。", "-0"),
        ("出口比上年低 0.0 个百分点。", "-0.0"),
    ] {
        let r = &tongji::extract(text)[0];
        assert_eq!(r.quantity.value.to_string(), value, "{text}");
        assert_eq!(r.base().value.to_string(), "0", "{text}");
        let json = serde_json::to_string(r).unwrap();
        assert!(json.contains(r#""base":{"value":"0","#), "{json}");
    }
}

#[test]
fn serialises_flat_in_the_spec_order() {
    let r = &tongji::extract(BRIEF)[0];
    let json = serde_json::to_string(r).unwrap();
    assert!(
        json.contains(
            r#""kind":"amount","value":"224.83","high":null,"unit":"亿元","base":{"value":"22483000000","unit":"元"},"bound":null,"planned":false,"#
        ),
        "{json}"
    );
    let m = tongji::mentions(BRIEF).next().unwrap();
    let json = serde_json::to_string(&m).unwrap();
    assert!(
        json.ends_with(
            r#""text":"224.83 亿元","value":"224.83","high":null,"unit":"亿元","base":{"value":"22483000000","unit":"元"},"bound":null}"#
        ),
        "{json}"
    );
}

fn with_base(r: &Record, value: &str) -> Json {
    let mut json = serde_json::to_value(r).unwrap();
    json["base"]["value"] = Json::from(value);
    json
}

#[test]
fn a_base_that_disagrees_with_value_and_unit_is_refused() {
    let r = &tongji::extract(BRIEF)[0];
    let err = serde_json::from_value::<Record>(with_base(r, "224.83")).unwrap_err();
    assert!(
        err.to_string().contains("base value 224.83 disagrees"),
        "{err}"
    );
    // The same number written otherwise is no disagreement.
    let back: Record = serde_json::from_value(with_base(r, "22483000000.00")).unwrap();
    assert_eq!(&back, r);
}

/// Output of versions that printed a verb-signed zero's base as `-0`
/// still reads back (−0 = 0), and prints `0` now.
#[test]
fn an_old_negative_zero_base_reads_back() {
    let r = &tongji::extract("用电量同比下降 0%。")[0];
    let back: Record = serde_json::from_value(with_base(r, "-0")).unwrap();
    assert_eq!(&back, r);
    assert_eq!(back.base().value.to_string(), "0");
}

#[test]
fn mention_shorthands_delegate_to_the_quantity() {
    let m: Mention = "约 1－2 亿元".parse().unwrap();
    let q: Quantity = m.quantity;
    assert_eq!(q.bound, Some(Bound::Approx));
    assert_eq!(m.base(), q.base());
    assert_eq!(m.base_high(), q.base_high());
    assert_eq!(m.family(), q.family());
    assert_eq!(
        q.base_high().map(|h| h.to_string()),
        Some("200000000".into())
    );
}

#[test]
fn quantity_is_copy_send_sync() {
    fn assert_bounds<T: Copy + Send + Sync + 'static>() {}
    assert_bounds::<Quantity>();
}

/// tongji writes and reads its decimals as text field by field, so a user's
/// own `Decimal` (with `rust_decimal`'s plain `serde` feature, as in this
/// crate's dev-dependencies) still reads the JSON number `1.5`; with the
/// global `serde-str` feature tongji once enabled, it did not.
#[test]
fn users_decimals_keep_their_serde() {
    let d: rust_decimal::Decimal = serde_json::from_str("1.5").expect("a JSON number");
    assert_eq!(d.to_string(), "1.5");
    let r = tongji::extract("增长 1-2.50 个百分点。")
        .into_iter()
        .next()
        .expect("a record");
    let json = serde_json::to_string(&r).unwrap();
    assert!(json.contains(r#""high":"2.50""#), "{json}");
    let back: tongji::Record = serde_json::from_str(&json).unwrap();
    assert_eq!(back, r);
}
