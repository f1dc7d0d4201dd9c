//! The [`Quantity`] type: a value with its range end, unit and bound, the
//! part of a figure that [`Mention`](crate::Mention) and
//! [`Record`](crate::Record) share, and the value types it is made of
//! ([`Value`], [`Structure`], [`Bound`], [`Base`]).

use crate::model::error::{Error, ErrorKind};
use crate::model::unit::{Family, Unit};
use rust_decimal::Decimal;
use std::fmt;
use std::str::FromStr;

/// The most parts a structure ratio (`5.1:39.3:55.6`) may have.
pub const MAX_STRUCTURE_PARTS: usize = 8;

/// The parts of a structure ratio such as `5.1:39.3:55.6`, stored inline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Structure {
    parts: [Decimal; MAX_STRUCTURE_PARTS],
    len: u8,
}

impl Structure {
    pub(crate) fn new() -> Structure {
        Structure {
            parts: [Decimal::ZERO; MAX_STRUCTURE_PARTS],
            len: 0,
        }
    }

    /// Appends a part; `false` when full.
    pub(crate) fn push(&mut self, part: Decimal) -> bool {
        match self.parts.get_mut(usize::from(self.len)) {
            Some(slot) => {
                *slot = part;
                self.len += 1;
                true
            }
            None => false,
        }
    }

    /// The parts in order, as written (`9.0` keeps its scale).
    pub fn parts(&self) -> &[Decimal] {
        &self.parts[..usize::from(self.len)]
    }
}

impl fmt::Display for Structure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.parts().iter().enumerate() {
            if i > 0 {
                f.write_str(":")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

/// The value of a mention: one exact number, or the parts of a structure.
///
/// Displays as the SPEC's decimal string: the number as written (`9.0`
/// stays `9.0`), or the parts joined by `:`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Value {
    /// An exact decimal.
    Number(Decimal),
    /// A structure ratio `a:b:c`.
    Structure(Structure),
}

impl Value {
    /// The number, or `None` for a structure.
    pub fn as_decimal(&self) -> Option<Decimal> {
        match self {
            Value::Number(d) => Some(*d),
            Value::Structure(_) => None,
        }
    }

    /// The value with its sign flipped (a structure has no sign).
    pub(crate) fn negated(self) -> Value {
        match self {
            Value::Number(d) => Value::Number(-d),
            other => other,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(d) => write!(f, "{d}"),
            Value::Structure(s) => write!(f, "{s}"),
        }
    }
}

impl FromStr for Value {
    type Err = Error;

    /// Parses a SPEC value string: a decimal (`-0.3`) or a structure
    /// (`5.1:39.3:55.6`).
    fn from_str(s: &str) -> Result<Value, Error> {
        if s.contains(':') {
            let mut structure = Structure::new();
            for part in s.split(':') {
                let d = decimal(part)?;
                if !structure.push(d) {
                    return Err(Error::new(ErrorKind::ExpectedNumber, s, 0));
                }
            }
            Ok(Value::Structure(structure))
        } else {
            Ok(Value::Number(decimal(s)?))
        }
    }
}

fn decimal(s: &str) -> Result<Decimal, Error> {
    Decimal::from_str_exact(s.trim()).map_err(|_| Error::new(ErrorKind::ExpectedNumber, s, 0))
}

/// How a figure is bounded or approximated (SPEC §3, `bound`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Bound {
    /// `约`, `近`, `左右`, `上下`, `余` (`300 余起`).
    Approx,
    /// `超过`, `突破`, `逾`, `多`.
    MoreThan,
    /// `以上`, `不少于`, `不低于`, `至少`.
    AtLeast,
    /// `不足`, `不到`, `低于` (as a bound).
    LessThan,
    /// `以内`, `以下`, `不超过`.
    AtMost,
}

impl Bound {
    /// The SPEC's name: `approx`, `more_than`, `at_least`, `less_than`,
    /// `at_most`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Bound::Approx => "approx",
            Bound::MoreThan => "more_than",
            Bound::AtLeast => "at_least",
            Bound::LessThan => "less_than",
            Bound::AtMost => "at_most",
        }
    }
}

/// A value in its base unit (SPEC §2): scale removed, exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Base {
    /// The value × the unit's scale, with trailing fractional zeros removed.
    pub value: Value,
    /// The base unit: `元`, `%`, `亩`, `个`, `位`, or `""`.
    pub unit: &'static str,
}

/// A value with the upper end of its range, its unit and its bound: what a
/// figure says, apart from where it was printed and what it measures.
///
/// [`Mention`](crate::Mention) and [`Record`](crate::Record) both hold one,
/// and both compute their base value from it, so the base cannot disagree
/// with the value and unit. The fields are those of `../shared/SPEC.md`
/// §3 (`value`, `high`, `unit`, `bound`), read per §2.
///
/// # Example
///
/// ```
/// use tongji::{Bound, Family, Mention};
///
/// let m: Mention = "约 62.7 亿元".parse()?;
/// let q = m.quantity;
/// assert_eq!(q.value.to_string(), "62.7");
/// assert_eq!(q.high, None);
/// assert_eq!(q.unit.to_string(), "亿元");
/// assert_eq!(q.bound, Some(Bound::Approx));
/// assert_eq!(q.family(), Family::Money);
/// assert_eq!((q.base().value.to_string(), q.base().unit), ("6270000000".into(), "元"));
/// # Ok::<(), tongji::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Quantity {
    /// The value in the unit as written, signed (`负`, `-`, `后移`; in a
    /// record also by its verb: `下降`). SPEC §3 `value`.
    pub value: Value,
    /// The upper end of a range (`1－2 所`, `10%-20%`), else `None`; signed
    /// like `value`. SPEC §3 `high`.
    pub high: Option<Decimal>,
    /// The unit as written, normalised. SPEC §3 `unit`.
    pub unit: Unit,
    /// A bound or approximation word, else `None`. SPEC §3 `bound`.
    pub bound: Option<Bound>,
}

impl Quantity {
    /// The value in the base unit: the value × the unit's scale, exact,
    /// with trailing fractional zeros removed, and the base unit
    /// (`../shared/SPEC.md` §2, "Units and base units"). A structure keeps
    /// its parts, base unit `""` (§3, "More rules"). A zero is never
    /// negative: `下降 0%` has base `0`.
    ///
    /// # Example
    ///
    /// ```
    /// let q = "224.83 亿元".parse::<tongji::Mention>()?.quantity;
    /// assert_eq!(q.base().value.to_string(), "22483000000");
    /// assert_eq!(q.base().unit, "元");
    ///
    /// let q = "1000 万亩".parse::<tongji::Mention>()?.quantity;
    /// assert_eq!((q.base().value.to_string(), q.base().unit), ("10000000".into(), "亩"));
    /// # Ok::<(), tongji::Error>(())
    /// ```
    pub fn base(&self) -> Base {
        Base {
            value: scale_value(self.value, self.unit),
            unit: self.unit.base(),
        }
    }

    /// The upper end of a range in the base unit, like [`base`](Self::base)
    /// (`../shared/SPEC.md` §2: ranges, `value` = low, `high` = high).
    ///
    /// # Example
    ///
    /// ```
    /// use tongji::Decimal;
    ///
    /// let q = "10-20 亿元".parse::<tongji::Mention>()?.quantity;
    /// assert_eq!(q.high, Some(Decimal::from(20)));
    /// assert_eq!(q.base_high(), Some(Decimal::from(2_000_000_000)));
    /// # Ok::<(), tongji::Error>(())
    /// ```
    pub fn base_high(&self) -> Option<Decimal> {
        self.high
            .and_then(|h| scale_value(Value::Number(h), self.unit).as_decimal())
    }

    /// The family of the unit: money, percent, count, rank …
    /// (`../shared/SPEC.md` §2, "Units and base units", first column).
    ///
    /// # Example
    ///
    /// ```
    /// use tongji::Family;
    ///
    /// let q = "第 3 位".parse::<tongji::Mention>()?.quantity;
    /// assert_eq!(q.family(), Family::Rank);
    /// # Ok::<(), tongji::Error>(())
    /// ```
    pub fn family(&self) -> Family {
        self.unit.family()
    }

    /// The quantity with the sign of its value and range end flipped: a
    /// record whose verb makes its figure negative (`../shared/SPEC.md` §3,
    /// `value`: `下降`/`减少` −, `低于` −, `后移` −). A structure has no sign.
    ///
    /// # Example
    ///
    /// Through the public API, where a record's verb negates its mention:
    ///
    /// ```
    /// let r = &tongji::extract("工业用电量同比下降 2.5%。")[0];
    /// assert_eq!(r.quantity.value.to_string(), "-2.5");
    /// assert_eq!(r.base().value.to_string(), "-2.5");
    /// ```
    pub(crate) fn negated(self) -> Quantity {
        Quantity {
            value: self.value.negated(),
            high: self.high.map(|h| -h),
            ..self
        }
    }
}

/// `value` × the unit's scale, normalised (which also turns `-0` into
/// `0`). Every way a mention gets its value and unit checks first that
/// this product fits (the scanner's overflow test, `Candidate::take_unit`),
/// so the fallback below is never taken; it exists only so that this
/// accessor cannot panic.
fn scale_value(value: Value, unit: Unit) -> Value {
    match value {
        Value::Number(d) => {
            let scaled = d.checked_mul(unit.scale.factor());
            debug_assert!(scaled.is_some(), "{d} × {:?} overflows", unit.scale);
            Value::Number(scaled.unwrap_or(d).normalize())
        }
        Value::Structure(s) => Value::Structure(s),
    }
}

#[cfg(feature = "serde")]
pub(crate) mod serde_impl {
    use super::*;
    use serde::de::{Deserialize, Deserializer, Error as _};
    use serde::ser::{Serialize, SerializeStruct, Serializer};

    impl Serialize for Value {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(self)
        }
    }

    impl<'de> Deserialize<'de> for Value {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
            let s = String::deserialize(d)?;
            s.parse().map_err(D::Error::custom)
        }
    }

    /// An exact decimal written as its text (`"1.50"`, every printed
    /// digit kept), field by field: tongji does not rely on (or turn on)
    /// any of `rust_decimal`'s serde features, so a user's own `Decimal`
    /// fields keep the behaviour they chose.
    pub(crate) struct DecimalText<'a>(pub(crate) &'a Decimal);

    impl Serialize for DecimalText<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(self.0)
        }
    }

    /// Reads an optional exact decimal from its text (`"1.50"` or
    /// `null`), refusing text that does not fit a `Decimal` exactly.
    pub(crate) fn option_decimal_text<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Decimal>, D::Error> {
        Option::<String>::deserialize(d)?
            .map(|s| Decimal::from_str_exact(s.trim()).map_err(D::Error::custom))
            .transpose()
    }

    impl Serialize for Base {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut st = s.serialize_struct("Base", 2)?;
            st.serialize_field("value", &self.value)?;
            st.serialize_field("unit", self.unit)?;
            st.end()
        }
    }

    impl Quantity {
        /// The number of fields [`serialize_fields`](Self::serialize_fields)
        /// writes.
        pub(crate) const FIELDS: usize = 5;

        /// Writes the SPEC's flat fields into the struct `st` of a mention
        /// or record, in the SPEC's order: `"value":"224.83","high":null,
        /// "unit":"亿元","base":{"value":"22483000000","unit":"元"},
        /// "bound":null`.
        pub(crate) fn serialize_fields<S: SerializeStruct>(
            &self,
            st: &mut S,
        ) -> Result<(), S::Error> {
            st.serialize_field("value", &self.value)?;
            st.serialize_field("high", &self.high.as_ref().map(DecimalText))?;
            st.serialize_field("unit", &self.unit)?;
            st.serialize_field("base", &self.base())?;
            st.serialize_field("bound", &self.bound)
        }
    }

    /// The flat fields as read back: the unit and the base unit as text.
    pub(crate) struct QuantityRepr {
        pub(crate) value: Value,
        pub(crate) high: Option<Decimal>,
        pub(crate) unit: String,
        pub(crate) base_value: Value,
        pub(crate) base_unit: String,
        pub(crate) bound: Option<Bound>,
    }

    impl QuantityRepr {
        /// The quantity, its unit read by [`Unit::from_written`] (`family`
        /// decides where the written unit and its base leave it open, `位`);
        /// an error when the unit is unknown or the base printed disagrees
        /// with the one the value and unit give.
        pub(crate) fn into_quantity(self, family: Option<Family>) -> Result<Quantity, String> {
            let unit =
                Unit::from_written(&self.unit, &self.base_unit, family).ok_or_else(|| {
                    format!(
                        "unknown unit {:?} with base {:?}",
                        self.unit, self.base_unit
                    )
                })?;
            let quantity = Quantity {
                value: self.value,
                high: self.high,
                unit,
                bound: self.bound,
            };
            let base = quantity.base();
            if base.value != self.base_value {
                return Err(format!(
                    "base value {} disagrees with value {} {}: expected {}",
                    self.base_value, self.value, self.unit, base.value
                ));
            }
            Ok(quantity)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::unit::Scale;

    fn number(s: &str) -> Value {
        s.parse().unwrap()
    }

    #[test]
    fn negated_flips_value_and_high_and_keeps_a_structure() {
        let range = Quantity {
            value: number("10"),
            high: Some(Decimal::from(20)),
            unit: Unit::bare(Scale::Yi),
            bound: Some(Bound::Approx),
        };
        let neg = range.negated();
        assert_eq!(neg.value, number("-10"));
        assert_eq!(neg.high, Some(Decimal::from(-20)));
        assert_eq!((neg.unit, neg.bound), (range.unit, range.bound));
        assert_eq!(neg.base_high(), Some(Decimal::from(-2_000_000_000)));
        let structure = Quantity {
            value: number("5.1:39.3:55.6"),
            ..range
        };
        assert_eq!(structure.negated().value, structure.value);
    }

    #[test]
    fn a_negated_zero_has_base_zero() {
        let q = Quantity {
            value: number("0.0"),
            high: None,
            unit: Unit::bare(Scale::One),
            bound: None,
        }
        .negated();
        assert_eq!(q.value.to_string(), "-0.0");
        assert_eq!(q.base().value.to_string(), "0");
    }
}
