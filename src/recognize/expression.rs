//! The expression recogniser: a number with its scale, unit, range and
//! bound words, parsed forward from a candidate start (SPEC §2).
//!
//! Words that stand *before* a number (`约`, `突破`, `第`, `前移`, `负`) are
//! read by looking back from the candidate in [`crate::recognize::context`]; this module
//! reads what follows.
//!
//! ```text
//! expression   = percent_words | structure | quantity ;
//! percent_words= ("百分之" | "千分之") number ;
//! structure    = decimal ((":" | "∶" | "︰") decimal){2,} ;
//! quantity     = amount (range_sep amount)? suffix_bound? ;
//! amount       = number approx_mid? scale? approx_mid? unit? ;
//! unit         = "%" | "‰" | unit_word | share ;   (share: 两成, 五成)
//! approx_mid   = "余" | "多" ;               (only before a scale or unit)
//! range_sep    = "-" | "~" | "至" | "到" | "—" | "–" ;
//! suffix_bound = "以上" | "以下" | "以内" | "之内" | "左右" | "上下" ;
//! ```
//!
//! | input | value | high | unit | bound |
//! |---|---|---|---|---|
//! | `224.83亿元` | 224.83 | | 亿元 | |
//! | `13.4%` | 13.4 | | % | |
//! | `百分之四十五` | 45 | | % | |
//! | `千分之五` | 5 | | ‰ | |
//! | `9.1个百分点` | 9.1 | | 个百分点 | |
//! | `300余起` | 300 | | 起 | approx |
//! | `10多万人` | 10 | | 万人 | more_than |
//! | `52%左右` | 52 | | % | approx |
//! | `10亿元以上` | 10 | | 亿元 | at_least |
//! | `12小时以内` | 12 | | 小时 | at_most |
//! | `1-2所` | 1 | 2 | 所 | |
//! | `10%-20%` | 10 | 20 | % | |
//! | `5.1:39.3:55.6` | 5.1:39.3:55.6 | | | |

use crate::model::quantity::{Bound, Structure, Value};
use crate::model::unit::{Family, Scale, Unit};
use crate::recognize::number::{number, Number};
use crate::recognize::unit::{
    percent_sign, scale, share, share_tenths, unit_word, PERCENT, PER_MILLE, SHARE_CHENG,
};
use nom::error::{Error as NomError, ErrorKind as NomKind};
use nom::IResult;
use rust_decimal::Decimal;

/// What the forward parse read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Expression {
    pub value: Value,
    pub high: Option<Decimal>,
    pub unit: Unit,
    /// A bound read after the number (`余`, `以上`, `左右` …).
    pub bound: Option<Bound>,
    /// The first number as parsed (script, digits), for context rules.
    pub number: Number,
    /// Whether the expression began with `百分之`/`千分之`.
    pub percent_words: bool,
}

fn fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(NomError::new(input, NomKind::Alt)))
}

/// Strips the first of `words` that `input` starts with.
pub(crate) fn strip_any<'a, T: Copy>(input: &'a str, words: &[(&str, T)]) -> Option<(&'a str, T)> {
    words
        .iter()
        .find_map(|&(w, t)| input.strip_prefix(w).map(|rest| (rest, t)))
}

/// ```text
/// expression = percent_words | structure | quantity
/// ```
pub(crate) fn expression(input: &str) -> IResult<&str, Expression> {
    if let Some(r) = percent_words(input) {
        return r;
    }
    let (rest, first) = number(input)?;
    if rest.starts_with(RATIO_COLONS) && first.scale == Scale::One {
        return structure(input);
    }
    quantity(rest, first)
}

/// ```text
/// percent_words = ("百分之" | "千分之") number
/// ```
///
/// Returns `None` when the input does not start with the prefix; after the
/// prefix a number is required (the parse is committed, as with `cut`).
fn percent_words(input: &str) -> Option<IResult<&str, Expression>> {
    let (after, unit) = strip_any(
        input,
        &[
            ("百分之", PERCENT),
            ("千分之", PER_MILLE),
            ("仟分之", PER_MILLE),
        ],
    )?;
    // 百分之百: a hundred percent.
    if let Some(rest) = after.strip_prefix('百') {
        if !rest.starts_with(crate::recognize::number::is_hanzi_numeral) {
            let n = Number {
                value: Decimal::ONE_HUNDRED,
                high: None,
                scale: Scale::One,
                script: crate::recognize::number::Script::Hanzi,
                integer_digits: 0,
                fractional: false,
            };
            let (rest, bound) = suffix_bound(rest);
            return Some(Ok((
                rest,
                Expression {
                    value: Value::Number(n.value),
                    high: None,
                    unit,
                    bound,
                    number: n,
                    percent_words: true,
                },
            )));
        }
    }
    Some(match number(after) {
        Ok((rest, n)) if n.scale == Scale::One => {
            let (rest, bound) = suffix_bound(rest);
            Ok((
                rest,
                Expression {
                    value: Value::Number(n.value),
                    high: n.high,
                    unit,
                    bound,
                    number: n,
                    percent_words: true,
                },
            ))
        }
        Ok(_) => Err(nom::Err::Failure(NomError::new(after, NomKind::Verify))),
        Err(nom::Err::Error(e)) => Err(nom::Err::Failure(e)),
        Err(e) => Err(e),
    })
}

/// The colons of a structure: `:` (full-width `：` is folded to it), the
/// ratio sign `∶` (U+2236) and the presentation form `︰` (U+FE30):
/// `6.0︰64.3︰29.7`.
const RATIO_COLONS: [char; 3] = [':', '∶', '︰'];

/// ```text
/// structure = decimal (":" decimal){2,}
/// ```
///
/// Two parts are a clock time or a score (`10:30`), not a structure,
/// unless the second is 1: `2.05:1` is a ratio.
fn structure(input: &str) -> IResult<&str, Expression> {
    let mut parts = Structure::new();
    let (mut rest, first) = number(input)?;
    parts.push(first.value);
    while let Some(after) = rest.strip_prefix(RATIO_COLONS) {
        match number(after) {
            Ok((r, n)) if n.scale == Scale::One && n.high.is_none() => {
                if !parts.push(n.value) {
                    return fail(input);
                }
                rest = r;
            }
            Err(nom::Err::Failure(e)) => return Err(nom::Err::Failure(e)),
            _ => break,
        }
    }
    let ratio_to_one = matches!(parts.parts(), [_, one] if *one == Decimal::ONE);
    if parts.parts().len() < 3 && !ratio_to_one {
        return fail(input);
    }
    Ok((
        rest,
        Expression {
            value: Value::Structure(parts),
            high: None,
            unit: crate::recognize::unit::STRUCTURE,
            bound: None,
            number: first,
            percent_words: false,
        },
    ))
}

/// A number with what follows it up to the unit:
///
/// ```text
/// amount = number approx_mid? scale? approx_mid? unit?
/// ```
fn amount(after_number: &str, mut n: Number) -> (&str, Number, Unit, Option<Bound>) {
    let mut rest = after_number;
    let mut bound = None;
    if let Some((r, b)) = approx_mid(rest) {
        rest = r;
        bound = Some(b);
    }
    if n.scale == Scale::One {
        if let Ok((r, s)) = scale(rest) {
            rest = r;
            n.scale = s;
            if bound.is_none() {
                if let Some((r, b)) = approx_mid(rest) {
                    rest = r;
                    bound = Some(b);
                }
            }
        }
    }
    let unit = match percent_sign(rest).or_else(|_| unit_word(rest)) {
        Ok((r, u)) => {
            rest = r;
            u.with_scale(n.scale)
        }
        Err(_) => match share(rest, n.value).filter(|_| n.scale == Scale::One) {
            // 两成, 超过五成: a share in tenths.
            Some((r, u)) => {
                rest = r;
                u
            }
            None => match share_tenths(rest).filter(|_| n.scale == Scale::One) {
                // 一成五: one and a half tenths.
                Some((r, tenths)) => match n.value.checked_add(tenths) {
                    Some(v) => {
                        n.value = v;
                        rest = r;
                        SHARE_CHENG
                    }
                    None => Unit::bare(n.scale),
                },
                None => Unit::bare(n.scale),
            },
        },
    };
    // 一吨半, 十五斤半, 一年半: and a half. Not after 个 (两个半小时 is
    // 2.5 小时, read elsewhere) nor before another unit.
    if unit.has_word() && unit.word() != "个" && n.scale == Scale::One && n.value.fract().is_zero()
    {
        if let Some(r) = rest.strip_prefix('半') {
            if unit_word(r).is_err() && percent_sign(r).is_err() {
                if let Some(v) = n.value.checked_add(Decimal::new(5, 1)) {
                    n.value = v;
                    rest = r;
                }
            }
        }
    }
    (rest, n, unit, bound)
}

/// ```text
/// approx_mid = "余" | "多" | "几"      (before a scale, a unit or the end of a clause)
/// ```
fn approx_mid(input: &str) -> Option<(&str, Bound)> {
    let (rest, b) = strip_any(
        input,
        &[
            ("余", Bound::Approx),
            ("多", Bound::MoreThan),
            ("几", Bound::Approx),
            ("幾", Bound::Approx),
        ],
    )?;
    // Or at the end of a clause: 四百多，
    let before_unit = scale(rest).is_ok()
        || unit_word(rest).is_ok()
        || percent_sign(rest).is_ok()
        || rest.is_empty()
        || rest.starts_with(['，', '。', '；', '、', ',', '）']);
    before_unit.then_some((rest, b))
}

/// ```text
/// suffix_bound = "以上" | "以下" | "以内" | "之内" | "左右" | "上下"
/// ```
pub(crate) fn suffix_bound(input: &str) -> (&str, Option<Bound>) {
    match strip_any(
        input,
        &[
            ("以上", Bound::AtLeast),
            ("以下", Bound::AtMost),
            ("以内", Bound::AtMost),
            ("之内", Bound::AtMost),
            ("左右", Bound::Approx),
            ("上下", Bound::Approx),
        ],
    ) {
        Some((rest, b)) => (rest, Some(b)),
        None => (input, None),
    }
}

const RANGE_SEPARATORS: &[(&str, ())] = &[
    ("-", ()),
    ("~", ()),
    ("至", ()),
    ("到", ()),
    ("—", ()),
    ("–", ()),
];

/// ```text
/// quantity = amount (range_sep amount)? suffix_bound?
/// ```
///
/// A range needs the low end below the high end, and both ends in the same
/// unit (or the low end bare: `10-20 亿元`, `1－2 所`).
fn quantity(after_number: &str, first: Number) -> IResult<&str, Expression> {
    let (mut rest, low, mut unit, mut bound) = amount(after_number, first);
    let mut high = first.high;
    if let Some((after_sep, ())) = strip_any(rest, RANGE_SEPARATORS) {
        if let Ok((r2, second)) = number(after_sep) {
            let (r2, second, unit2, bound2) = amount(r2, second);
            let same_unit = unit == unit2
                || unit == Unit::bare(Scale::One)
                || (unit.family() == Family::Number && unit.scale == unit2.scale);
            // A bare low end takes the high end's scale: 10-20 亿元.
            let low_scale = if unit == Unit::bare(Scale::One) {
                unit2.scale
            } else {
                unit.scale
            };
            let ordered = match (low.value.checked_mul(low_scale.factor()), second.scaled()) {
                (Some(a), Some(b)) => a < b,
                _ => false,
            };
            if same_unit && ordered && second.high.is_none() && first.high.is_none() {
                high = Some(second.value);
                unit = unit2;
                bound = bound.or(bound2);
                rest = r2;
            }
        }
    }
    let (rest, mut suffix) = suffix_bound(rest);
    // 三年内, 4 小时内: within a duration.
    let rest = match rest.strip_prefix('内') {
        Some(r) if suffix.is_none() && unit.family() == Family::Time => {
            suffix = Some(Bound::AtMost);
            r
        }
        _ => rest,
    };
    Ok((
        rest,
        Expression {
            value: Value::Number(low.value),
            high,
            unit,
            bound: bound.or(suffix),
            number: low,
            percent_words: false,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (input, value, high, unit, bound, rest)
    type Example = (
        &'static str,
        &'static str,
        Option<&'static str>,
        &'static str,
        Option<Bound>,
        &'static str,
    );
    const EXAMPLES: &[Example] = &[
        ("224.83亿元，", "224.83", None, "亿元", None, "，"),
        ("13.4%，", "13.4", None, "%", None, "，"),
        ("百分之四十五", "45", None, "%", None, ""),
        ("百分之百", "100", None, "%", None, ""),
        ("仟分之贰", "2", None, "‰", None, ""),
        ("41微克/立方米", "41", None, "微克/立方米", None, ""),
        ("1.2万元/亩", "1.2", None, "万元/亩", None, ""),
        ("千分之五", "5", None, "‰", None, ""),
        ("6.11‰", "6.11", None, "‰", None, ""),
        ("9.1个百分点", "9.1", None, "个百分点", None, ""),
        ("300余起", "300", None, "起", Some(Bound::Approx), ""),
        ("10多万人", "10", None, "万人", Some(Bound::MoreThan), ""),
        ("十余万", "10", None, "万", Some(Bound::Approx), ""),
        ("十几个", "10", None, "个", Some(Bound::Approx), ""),
        ("二十多万人", "20", None, "万人", Some(Bound::MoreThan), ""),
        ("52%左右", "52", None, "%", Some(Bound::Approx), ""),
        ("10亿元以上", "10", None, "亿元", Some(Bound::AtLeast), ""),
        ("12小时以内", "12", None, "小时", Some(Bound::AtMost), ""),
        ("1-2所", "1", Some("2"), "所", None, ""),
        ("3-4个。", "3", Some("4"), "个", None, "。"),
        ("10%-20%", "10", Some("20"), "%", None, ""),
        ("10-20亿元", "10", Some("20"), "亿元", None, ""),
        ("5.1:39.3:55.6", "5.1:39.3:55.6", None, "", None, ""),
        ("21.5∶36.1∶42.4。", "21.5:36.1:42.4", None, "", None, "。"),
        ("1000万亩", "1000", None, "万亩", None, ""),
        ("64.4万家", "64.4", None, "万家", None, ""),
        ("6万千瓦", "6", None, "万千瓦", None, ""),
        ("165.6亿元人民币，", "165.6", None, "亿元人民币", None, "，"),
        ("2倍", "2", None, "倍", None, ""),
        ("两所高校", "2", None, "所", None, "高校"),
        ("7大类", "7", None, "大类", None, ""),
        ("0.38万", "0.38", None, "万", None, ""),
        ("2021-12", "2021", None, "", None, "-12"),
        ("10多，", "10", None, "", Some(Bound::MoreThan), "，"),
        ("10多元", "10", None, "元", Some(Bound::MoreThan), ""),
        ("10多样", "10", None, "", None, "多样"),
        ("三四个", "3", Some("4"), "个", None, ""),
        ("一吨半", "1.5", None, "吨", None, ""),
        ("十五斤半", "15.5", None, "斤", None, ""),
        ("6.0︰64.3︰29.7。", "6.0:64.3:29.7", None, "", None, "。"),
        ("12.1∶35.4∶52.5", "12.1:35.4:52.5", None, "", None, ""),
        ("五成。", "5", None, "成", None, "。"),
        ("两成", "2", None, "成", None, ""),
        ("三成以上", "3", None, "成", Some(Bound::AtLeast), ""),
        ("5成为", "5", None, "", None, "成为"),
        ("135.7千公顷", "135.7", None, "千公顷", None, ""),
        ("2.3千户", "2.3", None, "千户", None, ""),
        ("8.6万㎡", "8.6", None, "万平方米", None, ""),
        ("3.2亿度", "3.2", None, "亿度", None, ""),
        ("二十七点三%", "27.3", None, "%", None, ""),
        ("四十一.六%", "41.6", None, "%", None, ""),
        ("五八三.七亿美元", "583.7", None, "亿美元", None, ""),
        ("9.6%9.7%", "9.6", None, "%", None, "9.7%"),
        ("两个季度", "2", None, "个季度", None, ""),
    ];

    #[test]
    fn examples() {
        for &(input, value, high, unit, bound, rest) in EXAMPLES {
            let (r, e) = expression(input).unwrap_or_else(|err| panic!("{input}: {err:?}"));
            assert_eq!(
                (
                    e.value.to_string(),
                    e.high.map(|h| h.to_string()),
                    e.unit.to_string(),
                    e.bound,
                    r
                ),
                (
                    value.to_string(),
                    high.map(str::to_string),
                    unit.to_string(),
                    bound,
                    rest
                ),
                "input {input:?}"
            );
        }
    }

    #[test]
    fn committed_prefix_needs_a_number() {
        assert!(matches!(expression("百分之"), Err(nom::Err::Failure(_))));
        assert!(expression("10:30").is_err());
    }
}
