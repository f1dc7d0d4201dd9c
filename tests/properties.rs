//! Property tests: generated numerals and arbitrary strings.
//!
//! The table tests in `src/` check the forms someone thought of; these check
//! the forms nobody listed. A test-only renderer writes any integer below
//! 10^16 as a Chinese numeral (standard 零 gaps, 两/二, 万/亿 grouping,
//! leading 十 or 一十, financial numerals) and `parse_number` must give it
//! back exactly. Decimal mantissas with scales must give exact products.
//! Arbitrary and numeral-heavy strings must never make the scanner panic,
//! and every span it reports must slice the input to the mention's text.
//! PDF damage (spaces, blank lines, full-width digits and signs) must not
//! change what is found.

use proptest::prelude::*;
use proptest::test_runner::{Config as ProptestConfig, FileFailurePersistence};
use tongji::{Decimal, ErrorKind, Mention};

/// Moderate case counts: the whole file runs in a few seconds in debug.
/// Failing cases are saved to `tests/properties.proptest-regressions` and
/// replayed first on the next run. `PROPTEST_CASES=100000 cargo test
/// --release --test properties` searches deeper.
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------
// A test-only renderer of Chinese numerals.
// ---------------------------------------------------------------------------

/// How to write a numeral.
#[derive(Debug, Clone, Copy)]
struct Style {
    /// 壹贰叁…拾佰仟 instead of 一二三…十百千.
    financial: bool,
    /// A leading 1 in the tens place is dropped (`十五`, `十万`), not
    /// written (`一十五`, `一十万`). Never used with `financial`.
    bare_shi: bool,
    /// Random bits choosing `两` over `二` where both are correct.
    liang_bits: u64,
    /// Write `零` for gaps. Without it the renderer refuses (returns `None`)
    /// a number that has a gap, since no reading without `零` is correct.
    zero: bool,
}

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const FIN_DIGITS: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const SMALL: [&str; 4] = ["", "十", "百", "千"];
const FIN_SMALL: [&str; 4] = ["", "拾", "佰", "仟"];

/// Writes `n < 10^16` as a Chinese numeral in `style`.
///
/// Digits are read from 10^15 down. A zero digit after a non-zero one marks
/// a pending gap; the next non-zero digit writes one `零` first. The zeros
/// at the end of a group whose `万`/`亿` is written are no gap
/// (`一千万一千`), but a whole zero group is (`一亿零五千`).
/// `10^12..` is written `…万亿` by rendering the part above 10^8 with its own
/// `万` (`一万二千三百四十五亿`).
fn render(n: u64, style: Style) -> Option<String> {
    assert!(n < 10u64.pow(16));
    if n == 0 {
        return Some("零".to_string());
    }
    let (digits, small) = if style.financial {
        (FIN_DIGITS, FIN_SMALL)
    } else {
        (DIGITS, SMALL)
    };
    let mut out = String::new();
    let mut started = false;
    let mut gap = false;
    let mut bit = 0;
    for p in (0..16u32).rev() {
        let d = (n / 10u64.pow(p) % 10) as usize;
        let place = (p % 4) as usize;
        let group = n / 10u64.pow(p - p % 4) % 10_000;
        if d == 0 {
            gap |= started;
        } else {
            if gap {
                if !style.zero {
                    return None;
                }
                out.push('零');
                gap = false;
            }
            let mut liang = || {
                bit += 1;
                !style.financial && style.liang_bits >> (bit % 64) & 1 == 1
            };
            // 两 is correct before 百 and 千, and for a lone leading 2 before
            // 万/亿 (两万, 两亿, 两万亿); 二 always before 十 and in the ones.
            let two_ok = place >= 2 || (place == 0 && p >= 4 && group == 2 && !started);
            if place == 1 && d == 1 && !started && style.bare_shi && !style.financial {
                // 十五, 十万: the leading 一 is dropped.
            } else if d == 2 && two_ok && liang() {
                out.push('两');
            } else {
                out.push(digits[d]);
            }
            out.push_str(small[place]);
            started = true;
        }
        if p == 12 && group != 0 {
            out.push('万');
            gap = false;
        } else if p == 8 && n / 100_000_000 != 0 {
            out.push('亿');
            gap = false;
        } else if p == 4 && group != 0 {
            out.push('万');
            gap = false;
        }
    }
    Some(out)
}

/// A style for plain numerals (not financial).
fn plain_style() -> impl Strategy<Value = Style> {
    (any::<bool>(), any::<u64>()).prop_map(|(bare_shi, liang_bits)| Style {
        financial: false,
        bare_shi,
        liang_bits,
        zero: true,
    })
}

/// Integers below 10^16 with every number of digits equally likely, and
/// with many zero digits (the hard cases for gaps).
fn integer() -> impl Strategy<Value = u64> {
    prop_oneof![
        4 => (1u32..=16, any::<u64>()).prop_map(|(len, x)| x % 10u64.pow(len)),
        // Mostly zeros: a few non-zero digits at random places.
        4 => prop::collection::vec((0u32..16, 1u64..10), 1..5).prop_map(|ds| {
            ds.into_iter().fold(0u64, |n, (p, d)| {
                let unit = 10u64.pow(p);
                n - n / unit % 10 * unit + d * unit
            })
        }),
        1 => Just(0u64),
    ]
}

/// Integers whose standard reading has no `零`: each 4-digit group is a run
/// of non-zero digits from its top, then zeros; once a group is all zero,
/// every lower group is too. `一千万一千`, `十二万三千四百`, `一万二千亿`.
fn gap_free() -> impl Strategy<Value = u64> {
    (1u32..=4, prop::collection::vec((0u32..=4, 1u64..10_000), 4)).prop_map(|(groups, parts)| {
        let mut n = 0u64;
        let mut ended = false;
        for (i, &(len, digits)) in parts.iter().enumerate().take(groups as usize) {
            // The top group may be shorter than four digits (十二万).
            let group = if ended || len == 0 && i > 0 {
                ended = true;
                0
            } else {
                let len = len.max(1);
                let mut run = 0u64;
                let mut x = digits;
                for _ in 0..len {
                    run = run * 10 + (x % 9 + 1);
                    x /= 9;
                }
                if i == 0 {
                    run * 10u64.pow(x as u32 % (5 - len))
                } else {
                    run * 10u64.pow(4 - len)
                }
            };
            n = n * 10_000 + group;
        }
        n
    })
}

/// `value` as exact `Decimal`.
fn dec(n: u64) -> Decimal {
    Decimal::from(n)
}

#[test]
fn renderer_examples() {
    let std = |n| {
        render(
            n,
            Style {
                financial: false,
                bare_shi: true,
                liang_bits: 0,
                zero: true,
            },
        )
        .unwrap()
    };
    let fin = |n| {
        render(
            n,
            Style {
                financial: true,
                bare_shi: false,
                liang_bits: 0,
                zero: true,
            },
        )
        .unwrap()
    };
    assert_eq!(std(0), "零");
    assert_eq!(std(15), "十五");
    assert_eq!(std(105), "一百零五");
    assert_eq!(std(1050), "一千零五十");
    assert_eq!(std(1015), "一千零一十五");
    assert_eq!(std(10005), "一万零五");
    assert_eq!(std(100000), "十万");
    assert_eq!(std(10001000), "一千万一千");
    assert_eq!(std(100005000), "一亿零五千");
    assert_eq!(std(105000000), "一亿零五百万");
    assert_eq!(std(1_0000_0000_0000), "一万亿");
    assert_eq!(std(1_0005_0000_0000), "一万零五亿");
    assert_eq!(std(1_0000_1000_0000), "一万亿一千万");
    assert_eq!(
        std(1_2345_6789_0123),
        "一万二千三百四十五亿六千七百八十九万零一百二十三"
    );
    assert_eq!(fin(12000), "壹万贰仟");
    assert_eq!(fin(1050), "壹仟零伍拾");
    assert_eq!(fin(15), "壹拾伍");
    let all_liang = Style {
        financial: false,
        bare_shi: false,
        liang_bits: u64::MAX,
        zero: true,
    };
    assert_eq!(render(2222, all_liang).unwrap(), "两千两百二十二");
    assert_eq!(render(2_0000, all_liang).unwrap(), "两万");
    assert_eq!(render(2_0000_0000, all_liang).unwrap(), "两亿");
    assert_eq!(render(12_0000, all_liang).unwrap(), "一十二万");
    let no_zero = Style {
        zero: false,
        ..all_liang
    };
    assert_eq!(render(105, no_zero), None);
    assert_eq!(render(10001000, no_zero).unwrap(), "一千万一千");
}

/// `十点五` is 10.5 like `十五点五` is 15.5, but a leading `十` with no digit
/// before it does not take a decimal point: `parse_number("十点五")` fails
/// with `TrailingNumber` at `点`, and in running text the scanner reports the
/// wrong value `五亿元` (5 亿元) for `十点五亿元` and `百分之十` (10 %) for
/// `百分之十点五`.
#[test]
fn bare_shi_before_point() {
    let d = |s: &str| s.parse::<Decimal>().unwrap();
    assert_eq!(tongji::parse_number("十点五"), Ok(d("10.5")));
    assert_eq!(tongji::parse_number("十点五亿"), Ok(d("1050000000")));
    let found: Vec<_> = tongji::mentions("全年增长十点五亿元。")
        .map(|m| (m.base().value.as_decimal(), m.text.into_owned()))
        .collect();
    assert_eq!(found, [(Some(d("1050000000")), "十点五亿元".to_string())]);
    let found: Vec<_> = tongji::mentions("同比增长百分之十点五。")
        .map(|m| (m.base().value.as_decimal(), m.text.into_owned()))
        .collect();
    assert_eq!(found, [(Some(d("10.5")), "百分之十点五".to_string())]);
}

/// `一十五` (the written form of 15 after another digit, and a form some
/// gazettes use on its own) is accepted like `十五`.
#[test]
fn leading_yi_shi_is_accepted() {
    for (s, n) in [
        ("一十五", 15),
        ("十五", 15),
        ("一十", 10),
        ("一十万", 100_000),
    ] {
        assert_eq!(tongji::parse_number(s), Ok(dec(n)), "{s}");
    }
}

proptest! {
    #![proptest_config(config(512))]

    /// Standard numerals with 零 for every gap, 两 or 二, 十 or 一十.
    #[test]
    fn chinese_numerals_parse_exactly(n in integer(), style in plain_style()) {
        let s = render(n, style).unwrap();
        prop_assert_eq!(tongji::parse_number(&s), Ok(dec(n)), "{}", s);
    }

    /// Numbers without gaps, written without 零, and the zero-writing
    /// renderer agrees that there is nothing to fill.
    #[test]
    fn gap_free_numerals_parse_without_zero(n in gap_free(), style in plain_style()) {
        let s = render(n, Style { zero: false, ..style }).unwrap();
        prop_assert!(!s.contains('零'), "{}", s);
        prop_assert_eq!(&s, &render(n, style).unwrap());
        prop_assert_eq!(tongji::parse_number(&s), Ok(dec(n)), "{}", s);
    }

    /// A Chinese numeral with a unit is one mention with the exact base
    /// value: `三千二百万元` = 3200 万元 = 32000000 元.
    #[test]
    fn chinese_numerals_with_units(n in integer(), style in plain_style(), unit in 0usize..3) {
        let (word, base) = [("元", "元"), ("亩", "亩"), ("吨", "吨")][unit];
        let s = format!("{}{word}", render(n, style).unwrap());
        let m: Mention = s.parse().map_err(|e| TestCaseError::fail(format!("{s}: {e}")))?;
        prop_assert_eq!(m.base().value.as_decimal(), Some(dec(n)), "{}", s);
        prop_assert_eq!(m.base().unit, base, "{}", s);
    }

    /// `百分之四十五` is 45 %, `千分之五` is 5 ‰, in running text too.
    #[test]
    fn percent_words(n in 1u64..10_000, style in plain_style(), per_mille in any::<bool>()) {
        let (word, unit) = if per_mille { ("千分之", "‰") } else { ("百分之", "%") };
        let figure = format!("{word}{}", render(n, style).unwrap());
        let text = format!("同比增长{figure}。");
        let found: Vec<_> = tongji::mentions(&text)
            .map(|m| (m.text.to_string(), m.base().value.as_decimal(), m.base().unit))
            .collect();
        prop_assert_eq!(found, vec![(figure, Some(dec(n)), unit)], "{}", text);
    }

    /// Financial numerals (壹贰叁…拾佰仟) below 10^12.
    #[test]
    fn financial_numerals_parse_exactly(n in 0u64..1_000_000_000_000) {
        let style = Style { financial: true, bare_shi: false, liang_bits: 0, zero: true };
        let s = render(n, style).unwrap();
        prop_assert_eq!(tongji::parse_number(&s), Ok(dec(n)), "{}", s);
    }

    /// Chinese decimals: `三点五`, `二十三点零五亿`, `零点三八万`.
    #[test]
    fn chinese_decimals_parse_exactly(
        int in prop_oneof![0u64..100, 0u64..10_000],
        frac in prop::collection::vec(0usize..10, 1..5),
        scale in 0usize..4,
        style in plain_style(),
    ) {
        let (suffix, factor) = SCALES[scale];
        let mut s = render(int, style).unwrap();
        s.push('点');
        s.extend(frac.iter().map(|&d| DIGITS[d]));
        s.push_str(suffix);
        let mantissa = frac.iter().fold(int, |m, &d| m * 10 + d as u64);
        let want = Decimal::new(mantissa as i64, frac.len() as u32) * Decimal::from(factor);
        prop_assert_eq!(tongji::parse_number(&s), Ok(want), "{}", s);
    }
}

// ---------------------------------------------------------------------------
// Arabic decimals with scales.
// ---------------------------------------------------------------------------

const SCALES: [(&str, u64); 4] = [
    ("", 1),
    ("万", 10_000),
    ("亿", 100_000_000),
    ("万亿", 1_000_000_000_000),
];

/// `x` as printed: `224.83`, `0.38`, optionally with thousands separators
/// (`1,299.5`) or full-width digits (`２２４.８３`).
fn print_decimal(x: Decimal, commas: bool, full_width: bool) -> String {
    let plain = x.to_string();
    let (int, frac) = plain
        .split_once('.')
        .map_or((&plain[..], None), |(i, f)| (i, Some(f)));
    let mut s = String::new();
    for (i, c) in int.chars().enumerate() {
        if commas && i > 0 && (int.len() - i) % 3 == 0 {
            s.push(',');
        }
        s.push(c);
    }
    if let Some(f) = frac {
        s.push('.');
        s.push_str(f);
    }
    if full_width {
        s = s
            .chars()
            .map(|c| match c {
                '0'..='9' => char::from_u32(c as u32 + 0xFEE0).unwrap(),
                c => c,
            })
            .collect();
    }
    s
}

fn decimal() -> impl Strategy<Value = Decimal> {
    (0u64..10_000_000_000, 0u32..=6).prop_map(|(m, s)| Decimal::new(m as i64, s))
}

proptest! {
    #![proptest_config(config(512))]

    /// `224.83亿` = 224.83 × 10^8, exactly, whatever the mantissa and scale.
    #[test]
    fn arabic_scaled_numbers_are_exact(
        x in decimal(),
        scale in 0usize..4,
        commas in any::<bool>(),
        full_width in any::<bool>(),
    ) {
        let (suffix, factor) = SCALES[scale];
        let s = format!("{}{suffix}", print_decimal(x, commas, full_width));
        let want = x.checked_mul(Decimal::from(factor)).unwrap();
        prop_assert_eq!(tongji::parse_number(&s), Ok(want), "{}", s);
    }

    /// `224.83亿元` is one money mention with base value × 10^8 in 元.
    #[test]
    fn yi_yuan_mentions_have_exact_base(x in decimal(), spaced in any::<bool>()) {
        let s = if spaced { format!("{x} 亿元") } else { format!("{x}亿元") };
        let m: Mention = s.parse().map_err(|e| TestCaseError::fail(format!("{s}: {e}")))?;
        let want = x * Decimal::from(100_000_000u64);
        prop_assert_eq!(m.quantity.value.as_decimal(), Some(x), "{}", s);
        prop_assert_eq!(m.quantity.unit.to_string(), "亿元");
        prop_assert_eq!(m.base().value.as_decimal(), Some(want), "{}", s);
        prop_assert_eq!(m.base().unit, "元");
        prop_assert_eq!(m.span.range(), 0..s.len());
    }

    /// `1.2万亿元`, `0.38万元`: the same for the other scales.
    #[test]
    fn scaled_yuan_mentions_have_exact_base(x in decimal(), scale in 0usize..4) {
        let (suffix, factor) = SCALES[scale];
        let s = format!("{x}{suffix}元");
        let m: Mention = s.parse().map_err(|e| TestCaseError::fail(format!("{s}: {e}")))?;
        let want = x * Decimal::from(factor);
        prop_assert_eq!(m.base().value.as_decimal(), Some(want), "{}", s);
        prop_assert_eq!(m.base().unit, "元");
    }
}

/// A written Arabic number at the edge of `Decimal`: integer digits, fraction
/// digits, and a scale exponent.
#[derive(Debug, Clone)]
struct Edge {
    int: String,
    frac: String,
    exp: u32,
}

impl Edge {
    fn written(&self) -> String {
        let suffix = SCALES
            .iter()
            .find(|s| s.1 == 10u64.pow(self.exp))
            .unwrap()
            .0;
        match self.frac.as_str() {
            "" => format!("{}{suffix}", self.int),
            f => format!("{}.{f}{suffix}", self.int),
        }
    }

    /// The exact value × 10^exp as a normalised decimal string, and whether
    /// it must parse: the written digits fit a `Decimal` (mantissa < 2^96,
    /// at most 28 fraction digits) and so does the scaled value.
    fn exact(&self) -> (String, bool) {
        let fits = |digits: &str, frac_len: usize| {
            let d = digits.trim_start_matches('0');
            frac_len <= 28 && d.len() <= 38 && d.parse::<u128>().unwrap_or(0) < 1u128 << 96
        };
        let digits = format!("{}{}", self.int, self.frac);
        let written_fits = fits(&digits, self.frac.len());
        let point = self.int.len() + self.exp as usize;
        let (int, frac) = if point >= digits.len() {
            (format!("{digits:0<point$}"), String::new())
        } else {
            (digits[..point].to_string(), digits[point..].to_string())
        };
        let frac = frac.trim_end_matches('0');
        let int = match int.trim_start_matches('0') {
            "" => "0",
            i => i,
        };
        let scaled_fits = fits(&format!("{int}{frac}"), frac.len());
        let text = if frac.is_empty() {
            int.to_string()
        } else {
            format!("{int}.{frac}")
        };
        (text, written_fits && scaled_fits)
    }
}

fn edge() -> impl Strategy<Value = Edge> {
    let int = prop_oneof![
        Just("0".to_string()),
        "[1-9][0-9]{0,31}",
        "7922816251426433759354395[0-9]{0,4}",
    ];
    (
        int,
        "[0-9]{0,12}",
        prop::sample::select(vec![0u32, 4, 8, 12]),
    )
        .prop_map(|(int, frac, exp)| Edge { int, frac, exp })
}

proptest! {
    #![proptest_config(config(512))]

    /// Near the limits of `Decimal` a number is either exact or an
    /// `Overflow` error, never rounded.
    #[test]
    fn large_numbers_are_exact_or_overflow(e in edge()) {
        let s = e.written();
        let (want, fits) = e.exact();
        match tongji::parse_number(&s) {
            Ok(v) => {
                prop_assert!(fits, "{} parsed as {} but does not fit", s, v);
                prop_assert_eq!(v.normalize().to_string(), want, "{}", s);
            }
            Err(err) => {
                prop_assert!(!fits, "{} failed: {}", s, err);
                prop_assert_eq!(err.kind(), ErrorKind::Overflow, "{}", s);
            }
        }
    }

    /// Signs: `-224.83亿`, `负三千二百万`.
    #[test]
    fn signs_negate(x in decimal(), n in integer(), style in plain_style()) {
        prop_assert_eq!(tongji::parse_number(&format!("-{x}亿")), Ok(-x * Decimal::from(100_000_000u64)));
        let s = format!("负{}", render(n, style).unwrap());
        prop_assert_eq!(tongji::parse_number(&s), Ok(-dec(n)), "{}", s);
    }
}

// ---------------------------------------------------------------------------
// Never panics; spans always slice the input.
// ---------------------------------------------------------------------------

/// Characters and words that steer the scanner into its rarer paths.
const TOKENS: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    ".",
    ",",
    "%",
    "‰",
    "-",
    "－",
    "＋",
    "：",
    ":",
    "０",
    "１",
    "２",
    "３",
    "４",
    "５",
    "６",
    "７",
    "８",
    "９",
    "〇",
    "零",
    "一",
    "二",
    "两",
    "三",
    "四",
    "五",
    "六",
    "七",
    "八",
    "九",
    "十",
    "百",
    "千",
    "万",
    "亿",
    "壹",
    "贰",
    "叁",
    "拾",
    "佰",
    "仟",
    "第",
    "前移",
    "约",
    "余",
    "多",
    "以上",
    "以下",
    "左右",
    "个",
    "元",
    "亿元",
    "百分之",
    "个百分点",
    "位次",
    "位",
    "“",
    "”",
    "《",
    "》",
    "，",
    "。",
    "、",
    " ",
    "\n",
    "点",
    "年",
    "名",
    "全省",
    "增加",
    "同比增长",
    "G",
    "PM",
    "．",
    "％",
    "　",
    "\u{a0}",
    "～",
    "／",
    "99999999999999999999999999999",
    "九千九百亿亿",
    "万亿",
    "首位",
    "负",
    "后移",
    "分点",
    "（市统计局）",
    "  ",
    "\n\n ",
    "动   态   短   讯",
    "同比增长",
    "高于全省",
    "分别",
    "占",
    "的比重为",
    "（",
    "）",
    "本次",
    "到2025年",
    "全年",
    "1-11月",
    "全市",
    "南阳市",
    "。",
];

fn numeral_heavy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..48).prop_map(|t| t.concat())
}

/// Runs every public entry point on `s` and checks the span invariants.
fn check_invariants(s: &str) -> Result<(), TestCaseError> {
    let _ = tongji::parse_number(s);
    let _ = s.parse::<Mention>();
    let norm = tongji::Normalized::new(s);
    prop_assert!(norm.as_str().len() <= s.len());
    let mut it = tongji::mentions(s);
    let mut previous_end = 0;
    for m in it.by_ref() {
        let (start, end) = (m.span.start, m.span.end);
        prop_assert!(
            start < end && end <= s.len(),
            "span {:?} in {:?}",
            m.span,
            s
        );
        prop_assert!(s.is_char_boundary(start) && s.is_char_boundary(end));
        prop_assert_eq!(&s[m.span.range()], &*m.text);
        prop_assert!(
            start >= previous_end,
            "{:?} overlaps the previous mention in {:?}",
            m.span,
            s
        );
        previous_end = end;
        // The base value of a mention never overflows silently.
        let _ = m.base();
        let _ = m.base_high();
    }
    for span in it.overflows() {
        prop_assert!(span.start <= span.end && span.end <= s.len());
        prop_assert!(s.is_char_boundary(span.start) && s.is_char_boundary(span.end));
    }
    // Records: every one traced to its bytes, never more than the mentions.
    let records = tongji::Extractor::new().reference_year(2021).records(s);
    let mut n = 0;
    for r in records {
        n += 1;
        let (start, end) = (r.span.start, r.span.end);
        prop_assert!(
            start < end && end <= s.len(),
            "record span {:?} in {:?}",
            r.span,
            s
        );
        prop_assert!(s.is_char_boundary(start) && s.is_char_boundary(end));
        prop_assert_eq!(&s[start..end], &*r.text);
        if let Some(p) = &r.period {
            if let (Some(from), Some(to)) = (p.from, p.to) {
                prop_assert!(from <= to, "period {:?} in {:?}", p, s);
            }
        }
    }
    prop_assert!(
        n <= tongji::mentions(s).count() * 2 + 1,
        "{} records in {:?}",
        n,
        s
    );
    Ok(())
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn arbitrary_strings_never_panic(s in any::<String>()) {
        check_invariants(&s)?;
    }

    #[test]
    fn numeral_heavy_strings_never_panic(s in numeral_heavy()) {
        check_invariants(&s)?;
    }
}

// ---------------------------------------------------------------------------
// PDF damage does not change what is found.
// ---------------------------------------------------------------------------

const SENTENCES: &[&str] = &[
    "全市一般公共预算收入完成224.83亿元，同比增长13.4%，高于全省9.1个百分点。",
    "总量稳居全省第3位，较上年前移5个位次；约62.7亿元，自然增长率-1.16‰。",
    "三次产业结构为5.1:39.3:55.6，规模以上工业企业1,299个，同比增加351，新建1－2所。",
    "粮食播种面积1000万亩，投资3200万元，增长百分之四十五，总量2.5万亿元左右，13.6、14.2、11.0个百分点。",
    "其中，税收收入完成155.73亿元，增长11.2%，超过4000亿元，新增一家，排名全省第二。",
];

/// What a mention says, without where it was printed.
fn meaning(m: &Mention) -> (String, String, String, &'static str, String, String) {
    (
        m.quantity.value.to_string(),
        m.quantity.unit.to_string(),
        m.base().value.to_string(),
        m.base().unit,
        format!("{:?}", m.quantity.bound),
        format!("{:?}", m.quantity.high),
    )
}

fn full_width(c: char) -> Option<char> {
    match c {
        '0'..='9' | '%' | '.' | '-' | ':' => char::from_u32(c as u32 + 0xFEE0),
        _ => None,
    }
}

/// Inserts white space between characters and folds ASCII digits and signs
/// to full width, as chosen by `noise`. White space is never put between two
/// ASCII letters or digits: there it separates two tokens (`1 2`), by design.
fn damage(s: &str, noise: &[u8]) -> String {
    const GAPS: [&str; 4] = [" ", "\n\n", "\u{3000}", " \n "];
    let mut noise = noise.iter().cycle();
    let mut out = String::new();
    let mut prev: Option<char> = None;
    for c in s.chars() {
        let n = *noise.next().unwrap();
        let glued = prev.is_some_and(|p| p.is_ascii_alphanumeric()) && c.is_ascii_alphanumeric();
        if n.is_multiple_of(4) && !glued {
            out.push_str(GAPS[usize::from(n / 4) % GAPS.len()]);
        }
        match full_width(c) {
            Some(w) if n.is_multiple_of(3) => out.push(w),
            _ => out.push(c),
        }
        prev = Some(c);
    }
    out
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn pdf_damage_keeps_mentions(
        which in 0..SENTENCES.len(),
        noise in prop::collection::vec(any::<u8>(), 1..300),
    ) {
        let clean = SENTENCES[which];
        let damaged = damage(clean, &noise);
        let want: Vec<_> = tongji::mentions(clean).map(|m| meaning(&m)).collect();
        prop_assert!(!want.is_empty());
        let found: Vec<_> = tongji::mentions(&damaged).collect();
        let got: Vec<_> = found.iter().map(meaning).collect();
        prop_assert_eq!(&got, &want, "damaged: {:?}", damaged);
        // Each span is the damaged print of the clean mention's text, with
        // no white space around it.
        for (d, c) in found.iter().zip(tongji::mentions(clean)) {
            prop_assert_eq!(d.text.trim(), &*d.text);
            let d_norm = tongji::Normalized::new(&d.text);
            let c_norm = tongji::Normalized::new(&c.text);
            prop_assert_eq!(d_norm.as_str(), c_norm.as_str());
        }
    }
}
