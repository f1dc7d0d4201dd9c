//! [`Row`]: a [`Record`] as one flat row of a table, for CSV writers and
//! data frames (every field a string, a number, a bool or empty).
//!
//! A [`Record`] nests its quantity and period, which a CSV header cannot
//! name; a `Row` borrows the record's text and spells every nested field
//! as a column of its own, exact values as their decimal text (never a
//! float). With the `serde` feature, `csv::Writer::serialize(Row::new(&r))`
//! writes it (the columns are [`Row::COLUMNS`], in order).
//!
//! | record field | columns |
//! |---|---|
//! | `quantity` | `value`, `high`, `unit`, `base_value`, `base_unit`, `bound` |
//! | `period` | `period_text`, `period_from`, `period_to` (`YYYY-MM`) |
//! | `span`, `sentence` | `span_start`, `span_end`, `sentence_start`, `sentence_end` |
//! | (none: the caller's) | `file`, last, empty unless [`Row::file`] sets it |
//!
//! ```
//! let record = &tongji::extract("全市生产总值 224.83 亿元，同比增长 13.4%。")[0];
//! let row = tongji::Row::new(record);
//! assert_eq!((row.subject, row.scope), (Some("生产总值"), Some("全市")));
//! assert_eq!((row.value.as_str(), row.unit.as_str()), ("224.83", "亿元"));
//! assert_eq!((row.base_value.as_str(), row.base_unit), ("22483000000", "元"));
//! assert_eq!(row.file, None);
//! ```

use crate::model::record::Record;

/// One record as a flat row (see the module docs for the columns).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Row<'r> {
    /// [`Record::subject`].
    pub subject: Option<&'r str>,
    /// [`Record::scope`].
    pub scope: Option<&'r str>,
    /// [`Record::kind`], as the SPEC names it (`growth`).
    pub kind: &'static str,
    /// The exact value as printed in decimal (`224.83`, `5.1:39.3:55.6`).
    pub value: String,
    /// The upper end of a range, exact.
    pub high: Option<String>,
    /// The unit as printed, simplified (`亿元`, `%`).
    pub unit: String,
    /// The value in the base unit, exact (`22483000000`).
    pub base_value: String,
    /// The base unit (`元`).
    pub base_unit: &'static str,
    /// The bound, as the SPEC names it.
    pub bound: Option<&'static str>,
    /// [`Record::planned`].
    pub planned: bool,
    /// [`Record::compared_to`].
    pub compared_to: Option<&'r str>,
    /// The period as printed.
    pub period_text: Option<&'r str>,
    /// The period's first month, `YYYY-MM`.
    pub period_from: Option<String>,
    /// The period's last month, `YYYY-MM`.
    pub period_to: Option<String>,
    /// [`Record::source`].
    pub source: Option<&'r str>,
    /// [`Record::headline`].
    pub headline: Option<&'r str>,
    /// [`Record::span`]'s start (bytes of the input).
    pub span_start: usize,
    /// [`Record::span`]'s end.
    pub span_end: usize,
    /// [`Record::sentence`]'s start.
    pub sentence_start: usize,
    /// [`Record::sentence`]'s end.
    pub sentence_end: usize,
    /// [`Record::text`], the figure as printed.
    pub text: &'r str,
    /// The document the record was read from, when the caller names it.
    pub file: Option<&'r str>,
}

impl<'r> Row<'r> {
    /// The column names, in the order the fields serialise.
    pub const COLUMNS: [&'static str; 22] = [
        "subject",
        "scope",
        "kind",
        "value",
        "high",
        "unit",
        "base_value",
        "base_unit",
        "bound",
        "planned",
        "compared_to",
        "period_text",
        "period_from",
        "period_to",
        "source",
        "headline",
        "span_start",
        "span_end",
        "sentence_start",
        "sentence_end",
        "text",
        "file",
    ];

    /// The row of `record` (its `file` empty).
    pub fn new(record: &'r Record) -> Row<'r> {
        let (q, base) = (&record.quantity, record.base());
        let period = record.period.as_ref();
        Row {
            subject: record.subject.as_deref(),
            scope: record.scope.as_deref(),
            kind: record.kind.as_str(),
            value: q.value.to_string(),
            high: q.high.map(|h| h.to_string()),
            unit: q.unit.to_string(),
            base_value: base.value.to_string(),
            base_unit: base.unit,
            bound: q.bound.map(|b| b.as_str()),
            planned: record.planned,
            compared_to: record.compared_to.as_deref(),
            period_text: period.map(|p| p.text.as_str()),
            period_from: period.and_then(|p| p.from).map(|m| m.to_string()),
            period_to: period.and_then(|p| p.to).map(|m| m.to_string()),
            source: record.source.as_deref(),
            headline: record.headline.as_deref(),
            span_start: record.span.start,
            span_end: record.span.end,
            sentence_start: record.sentence.start,
            sentence_end: record.sentence.end,
            text: &record.text,
            file: None,
        }
    }

    /// The row with its `file` column set to `name`.
    pub fn file(mut self, name: &'r str) -> Row<'r> {
        self.file = Some(name);
        self
    }
}
