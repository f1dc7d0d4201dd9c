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
//!
//! Every unit there is comes from this module: the lexicon of unit words
//! ([`LEXICON`], whose written forms the recogniser reads) and the units
//! written without a lexicon word (`%`, ranks, bare money, structures).
//! A unit printed back (`亿元`) with its base unit is read again by
//! [`Unit::from_written`], so records deserialise to the same units.

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
/// assert_eq!(m.quantity.unit.scale, Scale::Wan);
/// assert_eq!(m.quantity.unit.word(), "亩");
/// assert_eq!(m.quantity.unit.family(), Family::Area);
/// assert_eq!(m.quantity.unit.to_string(), "万亩");
/// assert_eq!(m.quantity.unit.base(), "亩");
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

/// A unit serialises as written (`"亿元"`).
#[cfg(feature = "serde")]
impl serde::Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// One lexicon entry: the written forms, the canonical (simplified) word,
/// the base unit and the family.
pub(crate) struct Entry {
    pub(crate) forms: &'static [&'static str],
    pub(crate) word: &'static str,
    pub(crate) base: &'static str,
    pub(crate) family: Family,
}

impl Entry {
    /// The unit of this entry, without scale.
    pub(crate) const fn unit(&self) -> Unit {
        Unit::new(Scale::One, self.word, self.base, self.family)
    }
}

macro_rules! entry {
    ([$($form:literal),+], $word:literal, $base:literal, $family:ident) => {
        Entry { forms: &[$($form),+], word: $word, base: $base, family: Family::$family }
    };
    ([$($form:literal),+], $family:ident) => {
        Entry { forms: &[$($form),+], word: first!($($form),+), base: first!($($form),+), family: Family::$family }
    };
}

macro_rules! first {
    ($first:literal $(, $rest:literal)*) => {
        $first
    };
}

/// The unit words, longest forms first within each first character so that
/// `人次` wins over `人` and `个百分点` over `个`. Each line: example.
pub(crate) static LEXICON: &[Entry] = &[
    // rates, before their numerators — 41 微克/立方米, 5800 元/平方米, 600 公斤/亩
    entry!(
        ["微克/立方米", "微克每立方米"],
        "微克/立方米",
        "微克/立方米",
        Rate
    ),
    entry!(
        ["毫克/立方米", "毫克每立方米"],
        "毫克/立方米",
        "毫克/立方米",
        Rate
    ),
    entry!(["元/平方米", "元每平方米"], "元/平方米", "元/平方米", Rate),
    entry!(["元/吨", "元每吨"], "元/吨", "元/吨", Rate),
    entry!(["元/公斤", "元每公斤"], "元/公斤", "元/公斤", Rate),
    entry!(["元/斤", "元每斤"], "元/斤", "元/斤", Rate),
    entry!(["元/亩", "元每亩"], "元/亩", "元/亩", Rate),
    entry!(["元/人", "元每人"], "元/人", "元/人", Rate),
    entry!(["元/千瓦时", "元每千瓦时"], "元/千瓦时", "元/千瓦时", Rate),
    entry!(["公斤/亩", "公斤每亩"], "公斤/亩", "公斤/亩", Rate),
    entry!(["千克/亩", "千克每亩"], "千克/亩", "千克/亩", Rate),
    entry!(["吨/公顷", "吨每公顷"], "吨/公顷", "吨/公顷", Rate),
    entry!(
        ["人/平方公里", "人每平方公里"],
        "人/平方公里",
        "人/平方公里",
        Rate
    ),
    entry!(["公里/小时", "公里每小时"], "公里/小时", "公里/小时", Rate),
    entry!(["立方米/秒", "立方米每秒"], "立方米/秒", "立方米/秒", Rate),
    // money — 224.83 亿元, 165.6 亿元人民币, 3 亿美元
    entry!(["元人民币"], "元人民币", "元", Money),
    entry!(["人民币元"], "人民币元", "元", Money),
    entry!(["人民币"], "人民币", "元", Money),
    entry!(["元", "圆"], "元", "元", Money),
    entry!(["美元", "美金", "美圆"], "美元", "美元", Money),
    entry!(
        ["新台币", "新台幣", "台币", "台幣"],
        "新台币",
        "新台币",
        Money
    ),
    entry!(["欧元", "歐元"], "欧元", "欧元", Money),
    entry!(["港元", "港币", "港幣"], "港元", "港元", Money),
    entry!(["日元"], "日元", "日元", Money),
    entry!(["英镑", "英鎊"], "英镑", "英镑", Money),
    // percentage points — 9.1 个百分点, 2.7个百分点, 3 百分点
    entry!(
        ["个百分点", "個百分點", "个百分點", "個百分点"],
        "个百分点",
        "百分点",
        Points
    ),
    entry!(["百分点", "百分點"], "百分点", "百分点", Points),
    // per-mille points — 出生率比上年下降 0.75 个千分点
    entry!(["个千分点", "個千分點"], "个千分点", "千分点", Points),
    entry!(["千分点", "千分點"], "千分点", "千分点", Points),
    // rank moves — 前移 5 个位次
    entry!(["个位次", "個位次"], "个位次", "位", RankChange),
    entry!(["位次"], "位次", "位", RankChange),
    // time — 3 个月, 12 小时以内, 31 天 (not 周: 100 周年 is an anniversary)
    entry!(["个月", "個月"], "个月", "个月", Time),
    entry!(["个季度", "個季度"], "个季度", "个季度", Time), // 连续两个季度
    entry!(["小时", "小時"], "小时", "小时", Time),
    entry!(["分钟", "分鐘"], "分钟", "分钟", Time),
    entry!(["天"], Time),
    entry!(["年"], Time),
    // area — 1000 万亩, 500 平方米, 3 公顷, 2.5 平方公里
    entry!(["平方公里"], Area),
    entry!(["平方千米"], Area),
    entry!(["平方米", "㎡"], "平方米", "平方米", Area), // 8.6万㎡
    entry!(["公顷", "公頃"], "公顷", "公顷", Area),
    entry!(["亩", "畝"], "亩", "亩", Area),
    // volume — 1.2 亿立方米
    entry!(["立方米"], Volume),
    // energy before power — 3 亿千瓦时
    entry!(["千瓦时", "千瓦時"], "千瓦时", "千瓦时", Energy),
    entry!(["千瓦"], Power),
    entry!(["度"], Energy), // 售电量 3.2 亿度 (a 度 is a 千瓦时)
    entry!(["兆瓦"], Power),
    // length — 50 公里, 3 千米, 200 米
    entry!(["公里", "公裏", "公裡"], "公里", "公里", Length),
    entry!(["千米"], Length),
    entry!(["厘米", "公分"], "厘米", "厘米", Length),
    entry!(["毫米"], Length),
    entry!(["米"], Length),
    // weight — 3 万吨, 5 亿斤, 20 公斤
    entry!(["吨", "噸"], "吨", "吨", Weight),
    entry!(["公斤"], Weight),
    entry!(["千克"], Weight),
    entry!(["斤"], Weight),
    entry!(["毫克"], Weight),
    entry!(["微克"], Weight),
    entry!(["克"], Weight),
    // multiples — 增长 2 倍
    entry!(["倍"], Multiple),
    // counts — 1299 个, 64.4万家, 300 余起, 7 大类, 2.3 万人次
    entry!(["人次"], Count),
    entry!(["大类", "大類"], "大类", "大类", Count),
    entry!(["个", "個"], "个", "个", Count),
    entry!(["家"], Count),
    entry!(["项", "項"], "项", "项", Count),
    entry!(["人"], Count),
    entry!(["户", "戶"], "户", "户", Count),
    entry!(["件"], Count),
    entry!(["处", "處"], "处", "处", Count),
    entry!(["所"], Count),
    entry!(["座"], Count),
    entry!(["种", "種"], "种", "种", Count),
    entry!(["笔", "筆"], "笔", "笔", Count),
    entry!(["辆", "輛"], "辆", "辆", Count),
    entry!(["起"], Count),
    entry!(["场", "場"], "场", "场", Count),
    entry!(["名"], Count),
    entry!(["位"], Count),
    entry!(["台", "臺"], "台", "台", Count),
    entry!(["套"], Count),
    entry!(["批"], Count),
    entry!(["次"], Count),
    entry!(["块", "塊"], "块", "块", Count),
    entry!(["条", "條"], "条", "条", Count),
    entry!(["只", "隻"], "只", "只", Count),
    entry!(["头", "頭"], "头", "头", Count),
    entry!(["类", "類"], "类", "类", Count),
    entry!(["栋", "棟"], "栋", "栋", Count),
    entry!(["间", "間"], "间", "间", Count),
    entry!(["张", "張"], "张", "张", Count),
    entry!(["株"], Count),
    entry!(["对", "對"], "对", "对", Count),
    entry!(["双", "雙"], "双", "双", Count),
    entry!(["棵"], Count),
    entry!(["篇"], Count),
    entry!(["支"], Count),
    entry!(["种", "種"], "种", "种", Count),
    entry!(["笔", "筆"], "笔", "笔", Count),
    entry!(["村"], Count),
];

/// `%`.
pub(crate) const PERCENT: Unit = Unit::new(Scale::One, "%", "%", Family::Percent);
/// `‰`.
pub(crate) const PER_MILLE: Unit = Unit::new(Scale::One, "‰", "‰", Family::PerMille);
/// A rank written without `位` (`全省第二`): unit `""`, base `位`.
pub(crate) const BARE_RANK: Unit = Unit::new(Scale::One, "", "位", Family::Rank);
/// `位` of a rank (`第 3 位`, `首位`, `前三位`).
pub(crate) const RANK_WEI: Unit = Unit::new(Scale::One, "位", "位", Family::Rank);
/// `名` of a rank (`第十名`).
pub(crate) const RANK_MING: Unit = Unit::new(Scale::One, "名", "位", Family::Rank);
/// `位次` of a rank (`第 5 位次`).
pub(crate) const RANK_WEICI: Unit = Unit::new(Scale::One, "位次", "位", Family::Rank);
/// `位` of a rank move (`前移 2 位`).
pub(crate) const MOVE_WEI: Unit = Unit::new(Scale::One, "位", "位", Family::RankChange);
/// `名` of a rank move (`上升 2 名`).
pub(crate) const MOVE_MING: Unit = Unit::new(Scale::One, "名", "位", Family::RankChange);
/// A number with a scale and no unit word that is money (`生产总值56.7亿`,
/// `突破千亿大关`): written `亿`, base `元`.
pub(crate) const fn bare_money(scale: Scale) -> Unit {
    Unit::new(scale, "", "元", Family::Money)
}

/// `成` of a share (`两成`).
pub(crate) const SHARE_CHENG: Unit = Unit::new(Scale::One, "成", "成", Family::Share);
/// A structure `a:b:c`.
pub(crate) const STRUCTURE: Unit = Unit::new(Scale::One, "", "", Family::Structure);

/// The units written without a lexicon word, for [`Unit::from_written`].
/// (A bare number first: a `""` unit of base `""` is one unless its
/// record is a structure.)
#[cfg_attr(not(feature = "serde"), allow(dead_code))] // read only when deserialising
const OTHER_UNITS: [Unit; 12] = [
    Unit::bare(Scale::One),
    PERCENT,
    PER_MILLE,
    BARE_RANK,
    RANK_WEI,
    RANK_MING,
    RANK_WEICI,
    MOVE_WEI,
    MOVE_MING,
    bare_money(Scale::One),
    SHARE_CHENG,
    STRUCTURE,
];

impl Unit {
    /// The unit printed `written` (as [`Unit`]'s `Display` prints it) with
    /// base unit `base`; `family` decides where the two leave it open (`位`
    /// of a count, of a rank or of a move). `None` for a unit tongji never
    /// writes.
    ///
    /// | written | base | family | unit |
    /// |---|---|---|---|
    /// | `亿元` | `元` | any | 亿 + 元, money |
    /// | `亿` | `元` | any | bare money (`突破千亿`) |
    /// | `万` | `` | any | a bare number ×10⁴ |
    /// | `位` | `位` | `Rank` | the rank's `位` |
    /// | `千克` | `千克` | any | 千克, not 千 + 克 |
    #[cfg_attr(not(feature = "serde"), allow(dead_code))] // read only when deserialising
    pub(crate) fn from_written(written: &str, base: &str, family: Option<Family>) -> Option<Unit> {
        // The whole word first: `千克` is a unit of its own.
        let scales = [
            ("", Scale::One),
            ("万亿", Scale::WanYi),
            ("亿", Scale::Yi),
            ("万", Scale::Wan),
            ("千", Scale::Qian),
        ];
        scales.iter().find_map(|&(prefix, scale)| {
            let word = written.strip_prefix(prefix)?;
            let unit = known_unit(word, base, family)?;
            Some(unit.with_scale(scale))
        })
    }
}

/// The unit without scale whose word is `word` and base `base`, of
/// `family` if several are (a lexicon word given a rank family keeps its
/// base: `前移 2 位`).
#[cfg_attr(not(feature = "serde"), allow(dead_code))] // read only when deserialising
fn known_unit(word: &str, base: &str, family: Option<Family>) -> Option<Unit> {
    let mut found = LEXICON
        .iter()
        .map(Entry::unit)
        .chain(OTHER_UNITS)
        .filter(|u| u.word == word && u.base == base);
    let first = found.next()?;
    let Some(family) = family else {
        return Some(first);
    };
    let same = std::iter::once(first)
        .chain(found)
        .find(|u| u.family == family);
    Some(same.unwrap_or(first.with_family(family)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_read_back_from_their_written_form() {
        let money = Unit::new(Scale::Yi, "元", "元", Family::Money);
        let cases = [
            ("亿元", "元", None, Some(money)),
            ("亿", "元", None, Some(bare_money(Scale::Yi))),
            ("万", "", None, Some(Unit::bare(Scale::Wan))),
            ("", "", None, Some(Unit::bare(Scale::One))),
            ("", "", Some(Family::Structure), Some(STRUCTURE)),
            ("位", "位", Some(Family::Rank), Some(RANK_WEI)),
            ("位", "位", Some(Family::RankChange), Some(MOVE_WEI)),
            ("名", "位", Some(Family::Rank), Some(RANK_MING)),
            ("%", "%", None, Some(PERCENT)),
            (
                "千克",
                "千克",
                None,
                Some(Unit::new(Scale::One, "千克", "千克", Family::Weight)),
            ),
            (
                "千公顷",
                "公顷",
                None,
                Some(Unit::new(Scale::Qian, "公顷", "公顷", Family::Area)),
            ),
            ("亿元", "美元", None, None),
            ("斤两", "斤两", None, None),
        ];
        for (written, base, family, want) in cases {
            assert_eq!(
                Unit::from_written(written, base, family),
                want,
                "{written} {base}"
            );
            if let Some(unit) = want {
                assert_eq!(unit.to_string(), written);
            }
        }
    }
}
