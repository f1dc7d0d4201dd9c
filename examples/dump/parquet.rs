//! `--parquet FILE`: records as one Parquet file, through the `arrow` and
//! `parquet` crates.
//!
//! Every column of [`tongji::Row`] becomes a typed column: strings as
//! UTF-8, `planned` as a boolean, spans as unsigned 64-bit integers, and
//! the exact numbers `value`, `high` and `base_value` as
//! `Decimal128(38, 8)` ([`PRECISION`], [`SCALE`]): every `Decimal` with at
//! most eight fractional digits fits exactly (its 96-bit mantissa has at
//! most 29 digits). A number that does not fit (more fractional digits, or
//! a structure ratio `5.1:39.3:55.6`, which is no single number) is null
//! there and written as text in the column of the same name with `_text`
//! appended; a decimal that does not fit also draws a warning. Nothing is
//! rounded.

use arrow_array::builder::{BooleanBuilder, Decimal128Builder, StringBuilder, UInt64Builder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use std::fs::File;
use std::io;
use std::path::Path;
use std::sync::Arc;
use tongji::{Decimal, Record, Row, Value};

/// The decimal columns' precision: the most `Decimal128` holds.
pub const PRECISION: u8 = 38;
/// The decimal columns' scale: fractional digits kept exactly.
pub const SCALE: i8 = 8;

/// How a column of [`Row::COLUMNS`] is typed.
enum Column {
    /// UTF-8; `required` when every row has it.
    Text { required: bool },
    /// An exact number: `Decimal128`, with a `_text` column beside it.
    Number,
    /// `planned`.
    Flag,
    /// A byte offset.
    Offset,
}

fn column(name: &str) -> Column {
    match name {
        "value" | "high" | "base_value" => Column::Number,
        "planned" => Column::Flag,
        "span_start" | "span_end" | "sentence_start" | "sentence_end" => Column::Offset,
        "file" | "kind" | "unit" | "base_unit" | "text" => Column::Text { required: true },
        _ => Column::Text { required: false },
    }
}

/// The column set, documented above: [`Row::COLUMNS`] in order, typed.
pub fn schema() -> SchemaRef {
    let mut fields = Vec::new();
    for name in Row::COLUMNS {
        match column(name) {
            Column::Text { required } => fields.push(Field::new(name, DataType::Utf8, !required)),
            Column::Number => {
                let exact = DataType::Decimal128(PRECISION, SCALE);
                fields.push(Field::new(name, exact, true));
                fields.push(Field::new(format!("{name}_text"), DataType::Utf8, true));
            }
            Column::Flag => fields.push(Field::new(name, DataType::Boolean, false)),
            Column::Offset => fields.push(Field::new(name, DataType::UInt64, false)),
        }
    }
    Arc::new(Schema::new(fields))
}

/// A Parquet file being written, one row group per batch of sources.
pub struct Sink {
    writer: ArrowWriter<File>,
    schema: SchemaRef,
}

impl Sink {
    /// Creates (or truncates) `path`.
    pub fn create(path: &Path) -> io::Result<Sink> {
        let file = File::create(path)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        let schema = schema();
        let writer = ArrowWriter::try_new(file, schema.clone(), None).map_err(io::Error::other)?;
        Ok(Sink { writer, schema })
    }

    /// Writes the records of one source, named `file`; the warnings are
    /// for numbers written as text because they do not fit.
    pub fn write(&mut self, file: &str, records: &[Record]) -> io::Result<Vec<String>> {
        if records.is_empty() {
            return Ok(Vec::new());
        }
        let rows: Vec<Row<'_>> = records.iter().map(|r| Row::new(r).file(file)).collect();
        let mut warnings = Vec::new();
        let mut columns: Vec<ArrayRef> = Vec::new();
        for name in Row::COLUMNS {
            match column(name) {
                Column::Text { .. } => {
                    let mut b = StringBuilder::new();
                    for row in &rows {
                        b.append_option(text_cell(row, name));
                    }
                    columns.push(Arc::new(b.finish()));
                }
                Column::Number => {
                    let (mut exact, mut text) = (decimal_builder()?, StringBuilder::new());
                    for r in records {
                        let cell = number_cell(r, name);
                        if let NumberCell::Text(t, true) = &cell {
                            warnings.push(format!(
                                "warning: {file}: bytes {}..{}: {name} {t} has more than \
                                 {SCALE} fractional digits: written as text in {name}_text",
                                r.span.start, r.span.end
                            ));
                        }
                        let (fits, as_text) = match cell {
                            NumberCell::Exact(units) => (Some(units), None),
                            NumberCell::Text(t, _) => (None, Some(t)),
                            NumberCell::Empty => (None, None),
                        };
                        exact.append_option(fits);
                        text.append_option(as_text);
                    }
                    columns.push(Arc::new(exact.finish()));
                    columns.push(Arc::new(text.finish()));
                }
                Column::Flag => {
                    let mut b = BooleanBuilder::new();
                    for row in &rows {
                        b.append_value(row.planned);
                    }
                    columns.push(Arc::new(b.finish()));
                }
                Column::Offset => {
                    let mut b = UInt64Builder::new();
                    for row in &rows {
                        b.append_value(offset_cell(row, name) as u64);
                    }
                    columns.push(Arc::new(b.finish()));
                }
            }
        }
        let batch = RecordBatch::try_new(self.schema.clone(), columns).map_err(io::Error::other)?;
        self.writer.write(&batch).map_err(io::Error::other)?;
        Ok(warnings)
    }

    /// Writes the footer.
    pub fn finish(self) -> io::Result<()> {
        self.writer.close().map(|_| ()).map_err(io::Error::other)
    }
}

fn decimal_builder() -> io::Result<Decimal128Builder> {
    Decimal128Builder::new()
        .with_precision_and_scale(PRECISION, SCALE)
        .map_err(io::Error::other)
}

fn text_cell<'a>(row: &'a Row<'_>, name: &str) -> Option<&'a str> {
    match name {
        "file" => row.file,
        "subject" => row.subject,
        "scope" => row.scope,
        "kind" => Some(row.kind),
        "unit" => Some(row.unit.as_str()),
        "base_unit" => Some(row.base_unit),
        "bound" => row.bound,
        "compared_to" => row.compared_to,
        "period_text" => row.period_text,
        "period_from" => row.period_from.as_deref(),
        "period_to" => row.period_to.as_deref(),
        "source" => row.source,
        "headline" => row.headline,
        _ => Some(row.text),
    }
}

fn offset_cell(row: &Row<'_>, name: &str) -> usize {
    match name {
        "span_start" => row.span_start,
        "span_end" => row.span_end,
        "sentence_start" => row.sentence_start,
        _ => row.sentence_end,
    }
}

/// What a number column holds for one record.
enum NumberCell {
    /// The exact value, in units of 10^-[`SCALE`].
    Exact(i128),
    /// The value as text: a decimal that does not fit (`true`, warned
    /// about) or a structure ratio (`false`: no single number).
    Text(String, bool),
    /// No value (a record without `high`).
    Empty,
}

fn number_cell(record: &Record, name: &str) -> NumberCell {
    let value = match name {
        "value" => Some(record.quantity.value),
        "high" => record.quantity.high.map(Value::Number),
        _ => Some(record.base().value),
    };
    match value {
        None => NumberCell::Empty,
        Some(Value::Number(d)) => match at_scale(d) {
            Some(units) => NumberCell::Exact(units),
            None => NumberCell::Text(d.to_string(), true),
        },
        Some(structure) => NumberCell::Text(structure.to_string(), false),
    }
}

/// `d` as an integer count of 10^-[`SCALE`], when that is exact.
fn at_scale(d: Decimal) -> Option<i128> {
    let d = d.normalize();
    let shift = u32::try_from(i64::from(SCALE) - i64::from(d.scale())).ok()?;
    d.mantissa().checked_mul(10i128.checked_pow(shift)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_at_scale() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(at_scale(d("224.83")), Some(22_483_000_000));
        assert_eq!(at_scale(d("-0.5")), Some(-50_000_000));
        assert_eq!(at_scale(d("1.000000000")), Some(100_000_000));
        assert_eq!(at_scale(d("0.123456789")), None);
        let max = Decimal::MAX;
        assert_eq!(at_scale(max), Some(max.mantissa() * 100_000_000));
    }
}
