//! `Record::sentence`: the byte span of the sentence a figure was read in
//! (issue 8, provenance), checked on examples and on every record of the
//! shipped gazette and the real sets.

use tongji::Extractor;

fn sentence_of<'a>(input: &'a str, r: &tongji::Record) -> &'a str {
    input
        .get(r.sentence.start..r.sentence.end)
        .unwrap_or_else(|| panic!("sentence {:?} is not a span of the input", r.sentence))
}

/// (input, the sentence of each record, in order)
#[test]
fn sentence_examples() {
    for (input, want) in [
        (
            "全市生产总值增长5%。全年粮食产量达到100万吨，增长2%。",
            &[
                "全市生产总值增长5%",
                "全年粮食产量达到100万吨，增长2%",
                "全年粮食产量达到100万吨，增长2%",
            ][..],
        ),
        ("收入 3 亿元", &["收入 3 亿元"][..]),
        (
            "出口增长 5%！进口下降 2%？",
            &["出口增长 5%", "进口下降 2%"][..],
        ),
    ] {
        let records = tongji::extract(input);
        let got: Vec<&str> = records.iter().map(|r| sentence_of(input, r)).collect();
        assert_eq!(got, want, "input {input:?}");
    }
}

/// Every record's sentence holds its figure and is a span of the input
/// (character boundaries included), on real layouts.
#[test]
fn every_sentence_holds_its_figure() {
    let gazette = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/nanyang-gazette-2022-01.txt"
    ))
    .unwrap();
    let mut texts = vec![gazette];
    for set in ["real-dev", "real-grow"] {
        let path = format!(
            "{}/tests/data/{set}/passages.jsonl",
            env!("CARGO_MANIFEST_DIR")
        );
        for line in std::fs::read_to_string(path).unwrap().lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            texts.push(v["text"].as_str().unwrap().to_string());
        }
    }
    let ex = Extractor::new().reference_year(2021);
    let mut n = 0;
    for text in &texts {
        for r in ex.records(text) {
            let sentence = sentence_of(text, &r);
            assert!(
                r.sentence.start <= r.span.start && r.span.end <= r.sentence.end,
                "{:?} outside {sentence:?}",
                r.text
            );
            n += 1;
        }
    }
    assert!(n > 1000, "only {n} records read");
}
