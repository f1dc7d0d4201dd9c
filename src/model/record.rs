//! The [`Record`] type: one figure placed in its statistical context
//! (SPEC §3).

use crate::model::mention::Span;
use crate::model::quantity::{Base, Quantity};
use std::fmt;
use std::sync::Arc;

/// A month of a year, printed `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    /// The year, e.g. 2021.
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// What a figure measures (SPEC §3, `kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Kind {
    /// Money: `224.83 亿元`.
    Amount,
    /// Any other level: area, count, length, weight, power, duration.
    Quantity,
    /// A relative change in percent: `增长 13.4%`.
    Growth,
    /// A share, rate or proportion that is a level: `占…的 48.5%`.
    Ratio,
    /// A difference in percentage points: `高于全省 9.1 个百分点`.
    Points,
    /// An absolute change of a level: `同比增加 351 个`.
    Change,
    /// A rank: `居全省第 5 位`.
    Rank,
    /// A move in rank: `前移 5 个位次`.
    RankChange,
    /// A multiple: `增长 2.1 倍`.
    Multiple,
    /// A structure ratio `a:b:c`.
    Structure,
}

impl Kind {
    /// The SPEC's name (`amount`, `rank_change` …).
    pub fn as_str(&self) -> &'static str {
        match self {
            Kind::Amount => "amount",
            Kind::Quantity => "quantity",
            Kind::Growth => "growth",
            Kind::Ratio => "ratio",
            Kind::Points => "points",
            Kind::Change => "change",
            Kind::Rank => "rank",
            Kind::RankChange => "rank_change",
            Kind::Multiple => "multiple",
            Kind::Structure => "structure",
        }
    }

    /// Whether the value is a difference whose sign comes from its verb
    /// (`下降`, `低于` …): growth, points, change and multiple.
    pub fn is_signed_by_verb(&self) -> bool {
        matches!(
            self,
            Kind::Growth | Kind::Points | Kind::Change | Kind::Multiple
        )
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// When a figure was measured: the words as printed and the months they
/// cover (SPEC §3, `period`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Period {
    /// As printed, normalised (`2021年`, `全年`, `12月份`).
    pub text: String,
    /// First month covered, when known.
    pub from: Option<YearMonth>,
    /// Last month covered, when known.
    pub to: Option<YearMonth>,
}

/// One figure in its statistical context (SPEC §3).
///
/// Serialises (with the default `serde` feature) to exactly the SPEC's
/// JSON shape, the [`quantity`](Record::quantity)'s fields and the base
/// flat among the others, and deserialises from it; a `base` that
/// disagrees with `value` and `unit` is an error:
///
/// ```
/// # #[cfg(feature = "serde")] {
/// let text = "全年全市一般公共预算收入完成 224.83 亿元，同比增长 13.4%。（市统计局）";
/// let records = tongji::extract(text);
/// let json = serde_json::to_string(&records[0]).unwrap();
/// assert!(json.starts_with(r#"{"subject":"一般公共预算收入","scope":"全市","kind":"amount","value":"224.83""#));
/// let back: tongji::Record = serde_json::from_str(&json).unwrap();
/// assert_eq!(back, records[0]);
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "serde_impl::RecordRepr"))]
#[non_exhaustive]
pub struct Record {
    /// What is measured, without scope, period, verb or qualifier words.
    pub subject: Option<String>,
    /// Whose figure it is (`全市`, `南阳市`, `我市`), when stated.
    pub scope: Option<String>,
    /// What kind of figure it is.
    pub kind: Kind,
    /// The value in the unit as written, signed (also by its verb:
    /// `下降 2.5%` is −2.5), the upper end of a range, the unit as written
    /// (normalised: `亿元`, `%`, `个百分点`) and the bound. Its base value
    /// is [`Record::base`].
    pub quantity: Quantity,
    /// A target, plan or forecast rather than a result.
    pub planned: bool,
    /// The basis of a comparison or the group of a rank.
    pub compared_to: Option<String>,
    /// When the figure was measured.
    pub period: Option<Period>,
    /// The agency the brief credits (shared by the records of a brief or
    /// sentence: one allocation, not one per figure).
    pub source: Option<Arc<str>>,
    /// The title of the brief the figure stands in (shared likewise).
    pub headline: Option<Arc<str>>,
    /// Where the figure was printed, in bytes of the original input.
    pub span: Span,
    /// `&input[span]`.
    pub text: String,
    /// The sentence the figure was read in, in bytes of the original
    /// input: from its first clause to the end of its last, the closing
    /// `。` not included. A fact-checker prints `&input[sentence]`.
    pub sentence: Span,
}

impl Record {
    /// The exact value in the base unit, signed like the value
    /// (`22483000000` `元`; base unit `""` for a structure), computed from
    /// [`Record::quantity`] ([`Quantity::base`]; `../shared/SPEC.md` §3,
    /// `base`).
    ///
    /// # Example
    ///
    /// ```
    /// let r = &tongji::extract("进口同比减少 1.5 亿元。")[0];
    /// assert_eq!(r.quantity.value.to_string(), "-1.5");
    /// assert_eq!((r.base().value.to_string(), r.base().unit), ("-150000000".into(), "元"));
    /// ```
    pub fn base(&self) -> Base {
        self.quantity.base()
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::*;
    use crate::model::quantity::serde_impl::{option_decimal_text, QuantityRepr};
    use crate::model::quantity::{Bound, Value};
    use crate::model::unit::Family;
    use rust_decimal::Decimal;
    use serde::de::{Deserialize, Deserializer, Error as _};
    use serde::ser::{Serialize, SerializeStruct, Serializer};

    impl Serialize for YearMonth {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(self)
        }
    }

    impl<'de> Deserialize<'de> for YearMonth {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<YearMonth, D::Error> {
            let s = String::deserialize(d)?;
            let bad = || D::Error::custom(format!("expected YYYY-MM, found {s:?}"));
            let (y, m) = s.split_once('-').ok_or_else(bad)?;
            let year = y.parse().map_err(|_| bad())?;
            let month: u8 = m.parse().map_err(|_| bad())?;
            if y.len() != 4 || m.len() != 2 || !(1..=12).contains(&month) {
                return Err(bad());
            }
            Ok(YearMonth { year, month })
        }
    }

    /// The SPEC's record shape (§3), the quantity's fields flat between
    /// `kind` and `planned`: `{"subject":…,"scope":…,"kind":"amount",
    /// "value":"224.83","high":null,"unit":"亿元","base":{…},"bound":null,
    /// "planned":false,…,"span":[s,e],"text":…,"sentence":[s,e]}`.
    impl Serialize for Record {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut st = s.serialize_struct("Record", 11 + Quantity::FIELDS)?;
            st.serialize_field("subject", &self.subject)?;
            st.serialize_field("scope", &self.scope)?;
            st.serialize_field("kind", &self.kind)?;
            self.quantity.serialize_fields(&mut st)?;
            st.serialize_field("planned", &self.planned)?;
            st.serialize_field("compared_to", &self.compared_to)?;
            st.serialize_field("period", &self.period)?;
            st.serialize_field("source", &self.source)?;
            st.serialize_field("headline", &self.headline)?;
            st.serialize_field("span", &self.span)?;
            st.serialize_field("text", &self.text)?;
            st.serialize_field("sentence", &self.sentence)?;
            st.end()
        }
    }

    /// A record as serialised: the unit and the base unit as text, read
    /// back into a [`Unit`](crate::model::unit::Unit) by
    /// `Unit::from_written`, and the base value checked against the one
    /// the value and unit give.
    #[derive(serde::Deserialize)]
    pub(super) struct RecordRepr {
        subject: Option<String>,
        scope: Option<String>,
        kind: Kind,
        value: Value,
        #[serde(default, deserialize_with = "option_decimal_text")]
        high: Option<Decimal>,
        unit: String,
        base: BaseRepr,
        bound: Option<Bound>,
        planned: bool,
        compared_to: Option<String>,
        period: Option<Period>,
        source: Option<Arc<str>>,
        headline: Option<Arc<str>>,
        span: Span,
        text: String,
        /// Absent in records written before it existed: the figure's own span.
        #[serde(default)]
        sentence: Option<Span>,
    }

    #[derive(serde::Deserialize)]
    struct BaseRepr {
        value: Value,
        unit: String,
    }

    impl TryFrom<RecordRepr> for Record {
        type Error = String;

        fn try_from(r: RecordRepr) -> Result<Record, String> {
            // Where the written unit and its base leave the family open
            // (`位`), the kind decides it.
            let family = match r.kind {
                Kind::Rank => Some(Family::Rank),
                Kind::RankChange => Some(Family::RankChange),
                Kind::Structure => Some(Family::Structure),
                _ => None,
            };
            let quantity = QuantityRepr {
                value: r.value,
                high: r.high,
                unit: r.unit,
                base_value: r.base.value,
                base_unit: r.base.unit,
                bound: r.bound,
            }
            .into_quantity(family)?;
            Ok(Record {
                subject: r.subject,
                scope: r.scope,
                kind: r.kind,
                quantity,
                planned: r.planned,
                compared_to: r.compared_to,
                period: r.period,
                source: r.source,
                headline: r.headline,
                sentence: r.sentence.unwrap_or(r.span),
                span: r.span,
                text: r.text,
            })
        }
    }

    impl<'de> Deserialize<'de> for Span {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
            let [start, end] = <[usize; 2]>::deserialize(d)?;
            if start > end {
                return Err(D::Error::custom("span start after end"));
            }
            Ok(Span { start, end })
        }
    }
}
