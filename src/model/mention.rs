//! The [`Mention`] type: one numeric expression found in the text.

use crate::model::unit::{Family, Unit};
use rust_decimal::Decimal;
use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

/// A half-open byte span `[start, end)` of the **original** input.
///
/// `&input[span.range()]` is the expression as it was printed, PDF damage
/// (spaces, line breaks, full-width digits) included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The span as a `Range`, for slicing.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span {
            start: r.start,
            end: r.end,
        }
    }
}

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
}

impl Value {
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

/// One numeric expression: a number with its unit and modifiers, and the
/// bytes of the input that printed it.
///
/// # Example
///
/// ```
/// use tongji::{Bound, Family, Mention};
///
/// let m: Mention = "约 62.7 亿元".parse()?;
/// assert_eq!(m.value.to_string(), "62.7");
/// assert_eq!(m.unit.to_string(), "亿元");
/// assert_eq!(m.unit.family(), Family::Money);
/// assert_eq!(m.bound, Some(Bound::Approx));
/// assert_eq!(m.base().value.to_string(), "6270000000");
/// assert_eq!(m.base().unit, "元");
/// # Ok::<(), tongji::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Mention<'t> {
    /// Where the expression was printed, in bytes of the original input.
    pub span: Span,
    /// `&input[span]`: the expression as printed.
    pub text: Cow<'t, str>,
    /// The value in the unit as written, signed (`负`, `-`, `后移`).
    pub value: Value,
    /// The upper end of a range (`1－2 所`, `10%-20%`), else `None`.
    pub high: Option<Decimal>,
    /// The unit as written, normalised.
    pub unit: Unit,
    /// A bound or approximation word, else `None`.
    pub bound: Option<Bound>,
}

impl Mention<'_> {
    /// The value in the base unit: `224.83 亿元` → 22483000000 `元`.
    pub fn base(&self) -> Base {
        Base {
            value: scale_value(self.value, self.unit),
            unit: self.unit.base(),
        }
    }

    /// The upper end of a range in the base unit.
    pub fn base_high(&self) -> Option<Decimal> {
        self.high
            .and_then(|h| scale_value(Value::Number(h), self.unit).as_decimal())
    }

    /// The family of the unit (money, percent, count, rank …).
    pub fn family(&self) -> Family {
        self.unit.family()
    }

    /// Detaches the mention from the input it borrows.
    pub fn into_owned(self) -> Mention<'static> {
        Mention {
            text: Cow::Owned(self.text.into_owned()),
            ..self
        }
    }
}

/// `value` × the unit's scale, normalised. Every way a mention gets its
/// value and unit checks first that this product fits (the scanner's
/// overflow test, `Candidate::take_unit`), so the fallback below is never
/// taken; it exists only so that this accessor cannot panic.
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
mod serde_impl {
    use super::*;
    use serde::ser::{Serialize, SerializeStruct, Serializer};

    struct AsString<T>(T);

    impl<T: fmt::Display> Serialize for AsString<T> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(&self.0)
        }
    }

    impl Serialize for Value {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(self)
        }
    }

    impl Serialize for Span {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            [self.start, self.end].serialize(s)
        }
    }

    impl Serialize for Unit {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            s.collect_str(self)
        }
    }

    impl Serialize for Base {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut st = s.serialize_struct("Base", 2)?;
            st.serialize_field("value", &self.value)?;
            st.serialize_field("unit", self.unit)?;
            st.end()
        }
    }

    /// The SPEC's mention shape:
    /// `{"span":[s,e],"text":…,"value":"224.83","high":null,"unit":"亿元",
    /// "base":{"value":"22483000000","unit":"元"},"bound":null}`.
    impl Serialize for Mention<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut st = s.serialize_struct("Mention", 7)?;
            st.serialize_field("span", &self.span)?;
            st.serialize_field("text", &self.text)?;
            st.serialize_field("value", &self.value)?;
            st.serialize_field("high", &self.high.map(AsString))?;
            st.serialize_field("unit", &self.unit)?;
            st.serialize_field("base", &self.base())?;
            st.serialize_field("bound", &self.bound)?;
            st.end()
        }
    }
}
