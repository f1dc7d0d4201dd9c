//! `tongji::Row`, the flat row of a record: `csv::Writer::serialize` writes
//! it with the header `Row::COLUMNS`, and every cell reads back as the
//! record says (exact decimals as text, empty cells for what is absent).

#![cfg(feature = "serde")]

const GAZETTE: &str = include_str!("data/nanyang-gazette-2022-01.txt");

fn gazette_records() -> Vec<tongji::Record> {
    tongji::Extractor::new()
        .reference_year(2021)
        .records(GAZETTE)
        .collect()
}

#[test]
fn csv_serializes_rows_with_the_documented_header() {
    let records = gazette_records();
    assert!(records.len() > 100);
    let mut writer = csv::Writer::from_writer(Vec::new());
    for r in &records {
        writer
            .serialize(tongji::Row::new(r).file("gazette.txt"))
            .unwrap();
    }
    let bytes = writer.into_inner().unwrap();
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header, tongji::Row::COLUMNS);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), records.len());
    let col = |name: &str| {
        tongji::Row::COLUMNS
            .iter()
            .position(|c| *c == name)
            .unwrap()
    };
    for (row, r) in rows.iter().zip(&records) {
        assert_eq!(&row[col("subject")], r.subject.as_deref().unwrap_or(""));
        assert_eq!(&row[col("kind")], r.kind.as_str());
        assert_eq!(&row[col("value")], r.quantity.value.to_string());
        assert_eq!(&row[col("base_value")], r.base().value.to_string());
        assert_eq!(&row[col("unit")], r.quantity.unit.to_string());
        assert_eq!(&row[col("span_start")], r.span.start.to_string());
        assert_eq!(&row[col("sentence_end")], r.sentence.end.to_string());
        assert_eq!(&row[col("text")], r.text);
        assert_eq!(&row[col("file")], "gazette.txt");
        let period = r.period.as_ref();
        assert_eq!(
            &row[col("period_text")],
            period.map_or("", |p| p.text.as_str())
        );
        let from = period.and_then(|p| p.from).map(|m| m.to_string());
        assert_eq!(&row[col("period_from")], from.as_deref().unwrap_or(""));
    }
}

#[test]
fn a_row_without_a_file_leaves_the_cell_empty() {
    let records = tongji::extract("全市生产总值 224.83 亿元，同比增长 13.4%。");
    let row = tongji::Row::new(&records[1]);
    assert_eq!(row.file, None);
    assert_eq!(
        (row.kind, row.value.as_str(), row.unit.as_str()),
        ("growth", "13.4", "%")
    );
    assert_eq!(row.compared_to, Some("同比"));
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    writer.serialize(row).unwrap();
    let line = String::from_utf8(writer.into_inner().unwrap()).unwrap();
    assert!(line.ends_with(",13.4%,\n"), "{line}");
}
