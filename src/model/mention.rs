//! The [`Mention`] type: one numeric expression found in the text.

use crate::model::quantity::{Base, Quantity};
use crate::model::unit::Family;
use rust_decimal::Decimal;
use std::borrow::Cow;
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

/// One numeric expression: a number with its unit and modifiers (its
/// [`Quantity`]), and the bytes of the input that printed it.
///
/// # Example
///
/// ```
/// use tongji::{Bound, Family, Mention};
///
/// let m: Mention = "约 62.7 亿元".parse()?;
/// assert_eq!(m.quantity.value.to_string(), "62.7");
/// assert_eq!(m.quantity.unit.to_string(), "亿元");
/// assert_eq!(m.family(), Family::Money);
/// assert_eq!(m.quantity.bound, Some(Bound::Approx));
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
    /// The value (signed by `负`, `-`, `后移`), the upper end of a range,
    /// the unit as written and the bound.
    pub quantity: Quantity,
}

impl Mention<'_> {
    /// The value in the base unit: `224.83 亿元` → 22483000000 `元`
    /// ([`Quantity::base`]).
    pub fn base(&self) -> Base {
        self.quantity.base()
    }

    /// The upper end of a range in the base unit ([`Quantity::base_high`]).
    pub fn base_high(&self) -> Option<Decimal> {
        self.quantity.base_high()
    }

    /// The family of the unit (money, percent, count, rank …;
    /// [`Quantity::family`]).
    pub fn family(&self) -> Family {
        self.quantity.family()
    }

    /// Detaches the mention from the input it borrows.
    pub fn into_owned(self) -> Mention<'static> {
        Mention {
            text: Cow::Owned(self.text.into_owned()),
            ..self
        }
    }
}

#[cfg(feature = "serde")]
mod serde_impl {
    use super::*;
    use serde::ser::{Serialize, SerializeStruct, Serializer};

    impl Serialize for Span {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            [self.start, self.end].serialize(s)
        }
    }

    /// The SPEC's mention shape:
    /// `{"span":[s,e],"text":…,"value":"224.83","high":null,"unit":"亿元",
    /// "base":{"value":"22483000000","unit":"元"},"bound":null}`.
    impl Serialize for Mention<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut st = s.serialize_struct("Mention", 2 + Quantity::FIELDS)?;
            st.serialize_field("span", &self.span)?;
            st.serialize_field("text", &self.text)?;
            self.quantity.serialize_fields(&mut st)?;
            st.end()
        }
    }
}
