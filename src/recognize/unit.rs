//! Unit grammar: the scales (`万`, `亿`, `万亿`), the lexicon of unit words
//! and their base units (SPEC §2, "Units and base units"); the types they
//! build are in [`crate::model::unit`].

use crate::model::unit::{Family, Scale, Unit};
use nom::IResult;

/// One lexicon entry: the written forms, the canonical (simplified) word,
/// the base unit and the family.
struct Entry {
    forms: &'static [&'static str],
    word: &'static str,
    base: &'static str,
    family: Family,
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
static LEXICON: &[Entry] = &[
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
    for &(c, form, entry) in &index[from..] {
        if c != first {
            break;
        }
        if let Some(rest) = input.strip_prefix(form) {
            return Ok((
                rest,
                Unit::new(Scale::One, entry.word, entry.base, entry.family),
            ));
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

#[cfg(test)]
mod tests {
    use super::*;
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
