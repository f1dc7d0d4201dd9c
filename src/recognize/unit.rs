//! Unit grammar: the scales (`万`, `亿`, `万亿`), the lexicon of unit words
//! and their base units (SPEC §2, "Units and base units"); the types they
//! build are in [`crate::model::unit`].

use crate::model::unit::{Entry, Scale, Unit, LEXICON};
use nom::IResult;

/// Scales after a number or before a unit word:
///
/// ```text
/// scale = "万亿" | "萬億" | "亿" | "億" | "万" | "萬"
/// ```
pub(crate) fn scale(input: &str) -> IResult<&str, Scale> {
    for (form, scale) in [
        ("万亿", Scale::WanYi),
        ("萬億", Scale::WanYi),
        ("亿", Scale::Yi),
        ("億", Scale::Yi),
        ("万", Scale::Wan),
        ("萬", Scale::Wan),
    ] {
        if let Some(rest) = input.strip_prefix(form) {
            return Ok((rest, scale));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        input,
        nom::error::ErrorKind::Tag,
    )))
}

/// A unit word from the lexicon, without scale, longest form first:
///
/// ```text
/// unit_word = "元人民币" | "元" | "个百分点" | "百分点" | "个位次" | "亩" | "个" | …
/// ```
pub(crate) fn unit_word(input: &str) -> IResult<&str, Unit> {
    let no_match = || {
        Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        )))
    };
    let Some(first) = input.chars().next() else {
        return no_match();
    };
    // The forms that start with this character, longest first.
    let index = &*FORMS_BY_FIRST_CHAR;
    let from = index.partition_point(|&(c, _, _)| c < first);
    // Every form here shares the first character: one byte after it
    // rules most of them out before a whole comparison.
    let (bytes, k) = (input.as_bytes(), first.len_utf8());
    for &(c, form, entry) in &index[from..] {
        if c != first {
            break;
        }
        let form_bytes = form.as_bytes();
        if form_bytes.len() > k && bytes.get(k) != Some(&form_bytes[k]) {
            continue;
        }
        if bytes.starts_with(form_bytes) {
            return Ok((&input[form.len()..], entry.unit()));
        }
    }
    no_match()
}

/// `千` as a scale ×1000 before a unit word (`135.7千公顷` → `公顷`,
/// `2.3千户` → `户`), when `千` does not start a unit of its own (`千瓦`,
/// `千瓦时`, `千克`, `千米`, `千分点`). Returns the input after `千`.
///
/// ```text
/// thousand = ("千" | "仟") &unit_word ;   (not when "千" starts a unit word)
/// ```
pub(crate) fn thousand(input: &str) -> Option<&str> {
    let rest = input.strip_prefix(['千', '仟'])?;
    (unit_word(input).is_err() && unit_word(rest).is_ok()).then_some(rest)
}

/// `成`, a share in tenths, after a number up to ten (`两成`, `超过五成`,
/// `三成以上`), when it ends the word: `五成为` (five became) or `成本` is
/// no share.
///
/// ```text
/// share = "成" !cjk | "成" ("以" | "左" | "上" | "多" | "的") ;
/// ```
pub(crate) fn share(input: &str, value: rust_decimal::Decimal) -> Option<(&str, Unit)> {
    let rest = input.strip_prefix('成')?;
    if value <= rust_decimal::Decimal::ZERO || value > rust_decimal::Decimal::TEN {
        return None;
    }
    let ends_word = match rest.chars().next() {
        None => true,
        Some(c) => !crate::text::chars::is_cjk(c) || matches!(c, '以' | '左' | '上' | '多' | '的'),
    };
    ends_word.then_some((rest, SHARE_CHENG))
}

/// `成` followed by one Chinese digit of tenths, ending the word
/// (`一成五` is 1.5 成, `近一成七;`): the rest and the tenths.
///
/// ```text
/// share_tenths = "成" ("一" … "九") !cjk ;
/// ```
pub(crate) fn share_tenths(input: &str) -> Option<(&str, rust_decimal::Decimal)> {
    let rest = input.strip_prefix('成')?;
    let digit = rest.chars().next()?;
    let tenths = "一二三四五六七八九".chars().position(|d| d == digit)? + 1;
    let after = &rest[digit.len_utf8()..];
    let ends_word = after
        .chars()
        .next()
        .is_none_or(|c| !crate::text::chars::is_cjk(c));
    ends_word.then(|| (after, rust_decimal::Decimal::new(tenths as i64, 1)))
}

/// Whether some unit word starts with `c` (`元`, `个`, `亩` …).
pub(crate) fn can_start_unit(c: char) -> bool {
    let index = &*FORMS_BY_FIRST_CHAR;
    let at = index.partition_point(|&(first, _, _)| first < c);
    index.get(at).is_some_and(|&(first, _, _)| first == c)
}

/// Every written form of the lexicon keyed by its first character, sorted
/// by that character and then by length (longest first), so that a lookup
/// compares only the handful of forms that can match.
static FORMS_BY_FIRST_CHAR: std::sync::LazyLock<Vec<(char, &'static str, &'static Entry)>> =
    std::sync::LazyLock::new(|| {
        let mut index: Vec<(char, &'static str, &'static Entry)> = LEXICON
            .iter()
            .flat_map(|entry| {
                entry
                    .forms
                    .iter()
                    .filter_map(move |&form| Some((form.chars().next()?, form, entry)))
            })
            .collect();
        index.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.len().cmp(&a.1.len())));
        index
    });

/// The percent and per-mille signs: `%`, `‰` (full-width `％` is folded by
/// normalisation).
pub(crate) fn percent_sign(input: &str) -> IResult<&str, Unit> {
    if let Some(rest) = input.strip_prefix('%') {
        Ok((rest, PERCENT))
    } else if let Some(rest) = input.strip_prefix('‰') {
        Ok((rest, PER_MILLE))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        )))
    }
}

pub(crate) use crate::model::unit::{
    bare_money, BARE_RANK, MOVE_MING, MOVE_WEI, PERCENT, PER_MILLE, RANK_MING, RANK_WEI,
    RANK_WEICI, SHARE_CHENG, STRUCTURE,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::unit::Family;
    use rust_decimal::Decimal;

    /// (input, word, base, family, rest)
    const WORDS: &[(&str, &str, &str, Family, &str)] = &[
        ("元，", "元", "元", Family::Money, "，"),
        ("元人民币", "元人民币", "元", Family::Money, ""),
        ("美元", "美元", "美元", Family::Money, ""),
        ("个百分点", "个百分点", "百分点", Family::Points, ""),
        ("百分点", "百分点", "百分点", Family::Points, ""),
        ("个位次。", "个位次", "位", Family::RankChange, "。"),
        ("个项目", "个", "个", Family::Count, "项目"),
        ("个月", "个月", "个月", Family::Time, ""),
        ("人次", "人次", "人次", Family::Count, ""),
        ("人", "人", "人", Family::Count, ""),
        ("畝", "亩", "亩", Family::Area, ""),
        ("噸", "吨", "吨", Family::Weight, ""),
        ("千瓦时", "千瓦时", "千瓦时", Family::Energy, ""),
        ("千瓦", "千瓦", "千瓦", Family::Power, ""),
        ("平方公里", "平方公里", "平方公里", Family::Area, ""),
        ("大类", "大类", "大类", Family::Count, ""),
        ("倍", "倍", "倍", Family::Multiple, ""),
        ("㎡", "平方米", "平方米", Family::Area, ""),
        ("度，", "度", "度", Family::Energy, "，"),
        ("个季度", "个季度", "个季度", Family::Time, ""),
        ("個季度", "个季度", "个季度", Family::Time, ""),
    ];

    #[test]
    fn unit_words() {
        for &(input, word, base, family, rest) in WORDS {
            let (r, unit) = unit_word(input).unwrap_or_else(|e| panic!("{input}: {e:?}"));
            assert_eq!(
                (unit.word(), unit.base(), unit.family(), r),
                (word, base, family, rest),
                "input {input:?}"
            );
        }
        assert!(unit_word("季度").is_err());
        assert!(unit_word("月").is_err());
    }

    /// (input, rest after 千) for `千` as a scale; `None` where 千 starts a unit.
    #[test]
    fn thousand_scale() {
        for (input, want) in [
            ("千公顷", Some("公顷")),
            ("千户", Some("户")),
            ("千元", Some("元")),
            ("千瓦", None),
            ("千瓦时", None),
            ("千克", None),
            ("千米", None),
            ("千分点", None),
            ("千万", None),
            ("千亿级", None),
            ("千", None),
        ] {
            assert_eq!(thousand(input), want, "input {input:?}");
        }
        assert_eq!(Scale::Qian.factor(), Decimal::from(1000));
    }

    /// (input, value, is a share)
    #[test]
    fn shares() {
        for (input, value, want) in [
            ("成。", 5, true),
            ("成", 2, true),
            ("成以上", 3, true),
            ("成左右", 3, true),
            ("成的企业", 3, true),
            ("成为", 5, false),
            ("成本", 2, false),
            ("成", 12, false),
            ("成", 0, false),
        ] {
            let got = share(input, Decimal::from(value)).map(|(_, u)| (u.to_string(), u.base()));
            let expected = want.then(|| ("成".to_string(), "成"));
            assert_eq!(got, expected, "input {input:?} after {value}");
        }
        assert_eq!(share_tenths("成五;"), Some((";", Decimal::new(5, 1))));
        assert_eq!(share_tenths("成七"), Some(("", Decimal::new(7, 1))));
        assert_eq!(share_tenths("成五年"), None);
        assert_eq!(share_tenths("成为"), None);
        assert_eq!(SHARE_CHENG.family(), Family::Share);
    }

    #[test]
    fn scales() {
        assert_eq!(scale("万亿元").unwrap(), ("元", Scale::WanYi));
        assert_eq!(scale("億").unwrap(), ("", Scale::Yi));
        assert_eq!(scale("萬人").unwrap(), ("人", Scale::Wan));
        assert!(scale("元").is_err());
        assert_eq!(Scale::WanYi.factor(), Decimal::from(1_000_000_000_000u64));
    }

    #[test]
    fn display() {
        let (_, u) = unit_word("元").unwrap();
        assert_eq!(u.with_scale(Scale::Yi).to_string(), "亿元");
        assert_eq!(Unit::bare(Scale::Wan).to_string(), "万");
    }
}
