//! Units: scales (`万`, `亿`, `万亿`), unit words and their base units
//! (SPEC §2, "Units and base units").
//!
//! A written unit is a [`Scale`] followed by a unit word: `亿元` is
//! [`Scale::Yi`] + `元`, `万亩` is [`Scale::Wan`] + `亩`, `%` is
//! [`Scale::One`] + `%`. The scale is a factor, never part of the base unit:
//! `1000 万亩` has base value 10000000 and base unit `亩`.
//!
//! Traditional forms (`億`, `萬`, `畝`, `噸`, `個`, `項` …) are read like the
//! simplified ones; [`Unit`] always reports simplified characters.

use rust_decimal::Decimal;
use std::fmt;

/// A power-of-ten factor written inside a unit or after a number.
///
/// # Example
///
/// ```
/// use tongji::Scale;
/// assert_eq!(Scale::Yi.factor(), rust_decimal::Decimal::from(100_000_000));
/// assert_eq!(Scale::WanYi.as_str(), "万亿");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Scale {
    /// No scale.
    #[default]
    One,
    /// `千`, 10^3, only between a number and a unit that does not start
    /// with `千` in its own right (`135.7千公顷`, `2.3千户`; but `千瓦`,
    /// `千瓦时`, `千克`, `千米` are units).
    Qian,
    /// `万`, 10^4.
    Wan,
    /// `亿`, 10^8.
    Yi,
    /// `万亿`, 10^12.
    WanYi,
}

impl Scale {
    /// The power of ten this scale stands for.
    pub fn exponent(self) -> u32 {
        match self {
            Scale::One => 0,
            Scale::Qian => 3,
            Scale::Wan => 4,
            Scale::Yi => 8,
            Scale::WanYi => 12,
        }
    }

    /// The factor this scale stands for.
    pub fn factor(self) -> Decimal {
        Decimal::from(10u64.pow(self.exponent()))
    }

    /// The scale as written (simplified): `""`, `千`, `万`, `亿`, `万亿`.
    pub fn as_str(self) -> &'static str {
        match self {
            Scale::One => "",
            Scale::Qian => "千",
            Scale::Wan => "万",
            Scale::Yi => "亿",
            Scale::WanYi => "万亿",
        }
    }
}

/// What a unit measures; decides the base unit and, in records, the kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Family {
    /// A bare number, or a number with a scale only (`0.38万`).
    Number,
    /// Money: `元`, `亿元人民币`, `美元`.
    Money,
    /// Percent: `%`, `百分之…`.
    Percent,
    /// Per mille: `‰`, `千分之…`.
    PerMille,
    /// Percentage points: `个百分点`, `百分点`; per-mille points: `个千分点`.
    Points,
    /// A share in tenths, kept as written: `两成`, `超过五成` (1 成 is 10 %).
    Share,
    /// Area: `亩`, `平方米`, `公顷`, `平方公里`.
    Area,
    /// Length: `公里`, `千米`, `米`.
    Length,
    /// Weight: `吨`, `斤`, `公斤`.
    Weight,
    /// Power: `千瓦`.
    Power,
    /// Energy: `千瓦时`.
    Energy,
    /// Volume: `立方米`.
    Volume,
    /// A quantity per unit: `微克/立方米`, `元/平方米`, `公斤/亩`.
    Rate,
    /// A count with its classifier: `个`, `家`, `人次`, `大类`.
    Count,
    /// A duration: `天`, `小时`, `年`, `个月`.
    Time,
    /// A rank: `第 3 位`, `全省第二`.
    Rank,
    /// A move in a ranking: `前移 5 个位次`.
    RankChange,
    /// A multiple: `倍`.
    Multiple,
    /// A structure ratio `a:b:c`.
    Structure,
}

/// A unit as written (normalised) with its scale and family.
///
/// # Example
///
/// ```
/// use tongji::{Family, Scale};
///
/// let m: tongji::Mention = "1000 万亩".parse().unwrap();
/// assert_eq!(m.unit.scale, Scale::Wan);
/// assert_eq!(m.unit.word(), "亩");
/// assert_eq!(m.unit.family(), Family::Area);
/// assert_eq!(m.unit.to_string(), "万亩");
/// assert_eq!(m.unit.base(), "亩");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Unit {
    /// The scale written before the unit word (`亿` in `亿元`).
    pub scale: Scale,
    word: &'static str,
    base: &'static str,
    family: Family,
}

impl Unit {
    pub(crate) const fn new(
        scale: Scale,
        word: &'static str,
        base: &'static str,
        family: Family,
    ) -> Unit {
        Unit {
            scale,
            word,
            base,
            family,
        }
    }

    /// A bare number with an optional scale.
    pub(crate) const fn bare(scale: Scale) -> Unit {
        Unit::new(scale, "", "", Family::Number)
    }

    /// The unit word without its scale, simplified (`元` for `亿元`).
    pub fn word(&self) -> &'static str {
        self.word
    }

    /// The base unit (SPEC §2): `元`, `美元`, `%`, `‰`, `百分点`, `亩`, `个`,
    /// `位`, `倍`, or `""` for a bare number.
    pub fn base(&self) -> &'static str {
        self.base
    }

    /// What the unit measures.
    pub fn family(&self) -> Family {
        self.family
    }

    /// Whether a unit word was written (not just a scale or nothing).
    pub fn has_word(&self) -> bool {
        !self.word.is_empty()
    }

    /// The unit as written, like its `Display` form, without the
    /// formatting machinery (a record's unit is built once per figure).
    pub(crate) fn written(self) -> String {
        let scale = self.scale.as_str();
        let mut out = String::with_capacity(scale.len() + self.word.len());
        out.push_str(scale);
        out.push_str(self.word);
        out
    }

    pub(crate) fn with_scale(self, scale: Scale) -> Unit {
        Unit { scale, ..self }
    }

    pub(crate) fn with_family(self, family: Family) -> Unit {
        Unit { family, ..self }
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.scale.as_str())?;
        f.write_str(self.word)
    }
}
