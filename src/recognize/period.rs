//! Periods: when a figure was measured (SPEC §3, `period`).
//!
//! The recogniser is a nom parser over normalised text (no white space,
//! ASCII digits). It reads what was printed; [`PeriodExpr::resolve`] turns it
//! into months once a year is known.
//!
//! | printed | from | to |
//! |---|---|---|
//! | `2021年`, `2021年度` | 2021-01 | 2021-12 |
//! | `全年` (year from context) | Y-01 | Y-12 |
//! | `一季度`, `第一季度`, `1季度` | Y-01 | Y-03 |
//! | `前三季度` | Y-01 | Y-09 |
//! | `上半年` / `下半年` | Y-01 / Y-07 | Y-06 / Y-12 |
//! | `1-11月`, `1至11月`, `1-11月份` | Y-01 | Y-11 |
//! | `前7个月` | Y-01 | Y-07 |
//! | `12月份`, `12月` | Y-12 | Y-12 |
//! | `2022年第一季度` | 2022-01 | 2022-03 |
//! | `到2025年`, `到2025年底`, `至2025年末` | null | 2025-12 |
//! | `“十四五”末`, `十四五期末` | null | 2025-12 |
//! | `“十四五”期间`, `“十四五”时期` | 2021-01 | 2025-12 |
//! | `目前`, `截至目前`, `截止目前` | null | null |
//! | `截至10月10日`, `截至2022年6月15日` | null | Y-10, 2022-06 |

use crate::model::record::YearMonth;
use crate::text::words::WordSet;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{digit1, one_of};
use nom::combinator::{opt, recognize, value};
use nom::sequence::preceded;
use nom::{IResult, Parser};

/// A period as printed, before its year is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PeriodExpr {
    /// The year printed with it, if any.
    pub year: Option<u16>,
    /// First and last month; `None` for a point in time (`目前`).
    pub months: Option<(u8, u8)>,
    /// `到 2025 年`: only the end is known.
    pub open_start: bool,
    /// A target period (`到 2025 年`, `“十四五”末`): the figure is planned.
    pub target: bool,
    /// The first year of a span of years (`“十四五”期间` starts in 2021).
    pub start_year: Option<u16>,
}

impl PeriodExpr {
    /// A period that is neither a target nor a span of years.
    fn plain(year: Option<u16>, months: Option<(u8, u8)>) -> PeriodExpr {
        PeriodExpr {
            year,
            months,
            open_start: false,
            target: false,
            start_year: None,
        }
    }

    /// `from` and `to`, taking `year` when none was printed.
    pub fn resolve(&self, fallback_year: Option<u16>) -> (Option<YearMonth>, Option<YearMonth>) {
        let Some((first, last)) = self.months else {
            return (None, None);
        };
        let Some(year) = self.year.or(fallback_year) else {
            return (None, None);
        };
        let from = YearMonth {
            year: self.start_year.unwrap_or(year),
            month: first,
        };
        let to = YearMonth { year, month: last };
        if self.open_start {
            (None, Some(to))
        } else {
            (Some(from), Some(to))
        }
    }
}

/// Four digits, Arabic or Chinese, mixed as printed (`2021`, `二〇二一`,
/// `二00四`), 1900 to 2199.
fn year(input: &str) -> IResult<&str, u16> {
    let mut value = 0u16;
    let mut end = 0;
    for (n, c) in input.chars().take(4).enumerate() {
        let d = match c {
            '0'..='9' => c as u16 - '0' as u16,
            _ => match "〇一二三四五六七八九".chars().position(|h| h == c) {
                Some(d) => d as u16,
                None if c == '零' => 0,
                None => break,
            },
        };
        value = value * 10 + d;
        end += c.len_utf8();
        if n == 3 {
            let next_digit = input[end..].starts_with(|c: char| c.is_ascii_digit());
            if (1900..=2199).contains(&value) && !next_digit {
                return Ok((&input[end..], value));
            }
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        input,
        nom::error::ErrorKind::Verify,
    )))
}

fn month_number(input: &str) -> IResult<&str, u8> {
    let (rest, digits) = digit1(input)?;
    match digits.parse::<u8>() {
        Ok(m) if (1..=12).contains(&m) => Ok((rest, m)),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// `一` … `四` or `1` … `4`.
fn quarter_digit(input: &str) -> IResult<&str, u8> {
    alt((
        value(1, alt((tag("一"), tag("1")))),
        value(2, alt((tag("二"), tag("2")))),
        value(3, alt((tag("三"), tag("3")))),
        value(4, alt((tag("四"), tag("4")))),
    ))
    .parse(input)
}

/// `一季度`, `第一季度`, `前三季度`, `三季度末`.
fn quarter(input: &str) -> IResult<&str, (u8, u8)> {
    alt((
        preceded(tag("前"), quarter_digit)
            .map(|q| (1, q * 3))
            .and(tag("季度"))
            .map(|(m, _)| m),
        preceded(opt(tag("第")), quarter_digit)
            .and(tag("季度"))
            .map(|(q, _)| (q * 3 - 2, q * 3)),
    ))
    .parse(input)
}

fn half(input: &str) -> IResult<&str, (u8, u8)> {
    alt((value((1, 6), tag("上半年")), value((7, 12), tag("下半年")))).parse(input)
}

/// `1-11月`, `1至11月份`, `12月份`, `前7个月`.
fn months(input: &str) -> IResult<&str, (u8, u8)> {
    let dash = alt((
        recognize(one_of("-~—–")),
        tag("至"),
        tag("到"),
        tag("－"),
        tag("～"),
    ));
    alt((
        (month_number, dash, month_number, tag("月"), opt(tag("份")))
            .map(|(a, _, b, _, _)| (a, b.max(a))),
        preceded(tag("前"), (month_number, tag("个月"))).map(|(n, _)| (1, n)),
        (month_number, tag("月"), opt(tag("份"))).map(|(m, _, _)| (m, m)),
    ))
    .parse(input)
}

/// The part of a year a period names, after its year if printed.
fn part_of_year(input: &str) -> IResult<&str, (u8, u8)> {
    alt((quarter, half, months, holiday)).parse(input)
}

/// Holidays on fixed dates: `国庆假期` (October), `五一假期` (May), `元旦`
/// (January). Lunar holidays (春节, 端午, 中秋) move between months and are
/// not read.
fn holiday(input: &str) -> IResult<&str, (u8, u8)> {
    let (rest, months) = alt((
        value((10, 10), alt((tag("国庆"), tag("十一")))),
        value((5, 5), alt((tag("五一"), tag("劳动节")))),
        value((1, 1), tag("元旦")),
    ))
    .parse(input)?;
    let (rest, _) = alt((tag("假期"), tag("黄金周"), tag("长假"), tag("期间"))).parse(rest)?;
    Ok((rest, months))
}

/// `2021年`, `2021年度`, `2021年1-11月`, `2022年第一季度`, `2025年底`.
fn dated(input: &str) -> IResult<&str, PeriodExpr> {
    let (rest, (y, _, _)) = (year, tag("年"), opt(tag("度"))).parse(input)?;
    // `2017 年至 2021 年`: a span of years.
    let span_end = (
        alt((
            tag("至"),
            tag("到"),
            tag("-"),
            tag("—"),
            tag("～"),
            tag("~"),
        )),
        year,
        tag("年"),
    )
        .parse(rest);
    if let Ok((rest, (_, last, _))) = span_end {
        if last > y {
            return Ok((
                rest,
                PeriodExpr {
                    start_year: Some(y),
                    ..PeriodExpr::plain(Some(last), Some((1, 12)))
                },
            ));
        }
    }
    let (rest, part) = opt(part_of_year).parse(rest)?;
    // `2021 年底`: the year's last month (a stock at the year's end).
    let (rest, end) = opt(alt((tag("底"), tag("末")))).parse(rest)?;
    let (rest, _) = opt(tag("全年")).parse(rest)?;
    let months = match (part, end) {
        (Some(part), _) => part,
        (None, Some(_)) => (12, 12),
        (None, None) => (1, 12),
    };
    Ok((rest, PeriodExpr::plain(Some(y), Some(months))))
}

/// `今年`, `当年`, `本年`: the year of the context; `年底`, `年末`: its
/// last month.
fn this_year(input: &str) -> IResult<&str, PeriodExpr> {
    let (rest, months) = alt((
        value((1, 12), alt((tag("今年"), tag("当年"), tag("本年")))),
        value((12, 12), alt((tag("年底"), tag("年末")))),
    ))
    .parse(input)?;
    Ok((rest, PeriodExpr::plain(None, Some(months))))
}

/// `“十四五”末`, `十四五期末`, `“十四五”期间`.
fn five_year_plan(input: &str) -> IResult<&str, PeriodExpr> {
    let (rest, _) = (
        opt(one_of("“\"")),
        tag("十四五"),
        opt(one_of("”\"")),
        opt(tag("规划")),
    )
        .parse(input)?;
    let end = YearMonth {
        year: 2025,
        month: 12,
    };
    alt((
        value(
            PeriodExpr {
                year: Some(end.year),
                months: Some((12, 12)),
                open_start: true,
                target: true,
                start_year: None,
            },
            alt((tag("期末"), tag("末"))),
        ),
        value(
            PeriodExpr {
                start_year: Some(2021),
                ..PeriodExpr::plain(Some(end.year), Some((1, 12)))
            },
            alt((tag("期间"), tag("时期"))),
        ),
    ))
    .parse(rest)
}

/// `到2025年`, `至2025年底`, `到“十四五”末`.
fn target(input: &str) -> IResult<&str, PeriodExpr> {
    let (rest, _) = alt((tag("到"), tag("至"), tag("截至"), tag("截止"))).parse(input)?;
    // Only the end is known, and it is a target.
    let by = |p: PeriodExpr| PeriodExpr {
        open_start: true,
        target: true,
        months: p.months.map(|(_, last)| (last, last)),
        ..p
    };
    // `到年底`: the end of the context's year.
    alt((dated.map(by), five_year_plan, this_year.map(by))).parse(rest)
}

/// `截至10月10日`, `截止到2022年6月15日`: a total up to a day; only the end
/// month is known, and it is no target (what was reached). `截至9月底` is
/// the stock of that month (read by [`undated`] after the connective).
pub(crate) fn as_of(input: &str) -> IResult<&str, PeriodExpr> {
    let (rest, _) = (alt((tag("截至"), tag("截止"))), opt(tag("到"))).parse(input)?;
    let (rest, p) = alt((dated, undated)).parse(rest)?;
    let (rest, _) = (digit1, tag("日")).parse(rest)?;
    Ok((
        rest,
        PeriodExpr {
            open_start: true,
            months: p.months.map(|(_, last)| (last, last)),
            ..p
        },
    ))
}

/// `目前`, `截至目前`, `当前`.
fn now(input: &str) -> IResult<&str, PeriodExpr> {
    let (rest, _) = preceded(
        opt(alt((tag("截至"), tag("截止"), tag("到")))),
        alt((tag("目前"), tag("当前"))),
    )
    .parse(input)?;
    Ok((rest, PeriodExpr::plain(None, None)))
}

/// A period without a year: `全年`, `一季度`, `上半年`, `1-11月`, `12月份`.
fn undated(input: &str) -> IResult<&str, PeriodExpr> {
    let (rest, months) = alt((
        value((1, 12), alt((tag("全年度"), tag("全年")))),
        part_of_year,
    ))
    .parse(input)?;
    // `12 月末`, `三季度末`: the end of the part is still that part.
    let (rest, _) = opt(alt((tag("末"), tag("底")))).parse(rest)?;
    Ok((rest, PeriodExpr::plain(None, Some(months))))
}

/// Recognises one period at the start of `input`; returns the rest.
///
/// The grammar is `as_of | target | now | five_year_plan | dated |
/// this_year | undated`, tried in that order; only the alternatives that
/// can start with the input's first character are tried (each
/// alternative's first characters are beside it below), so most starts
/// cost one `match`.
pub(crate) fn period(input: &str) -> IResult<&str, PeriodExpr> {
    let Some(first) = input.chars().next() else {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Alt,
        )));
    };
    match first {
        // as_of: 截至, 截止; target: 到, 至, 截至, 截止; now: (截至, 截止, 到) 目前, 当前
        '截' => alt((as_of, target, now)).parse(input),
        '到' | '至' => alt((target, now)).parse(input),
        '目' => now(input),
        // this_year: 今年, 当年, 本年, 年底, 年末
        '当' => alt((now, this_year)).parse(input),
        '今' | '本' | '年' => this_year(input),
        // five_year_plan: (“ or ") 十四五; undated: the holiday 十一
        '“' | '"' => five_year_plan(input),
        '十' => alt((five_year_plan, undated)).parse(input),
        // dated: a year in digits or Chinese numerals; undated: 一季度,
        // 1-11月, 五一
        '0'..='9' | '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' => {
            alt((dated, undated)).parse(input)
        }
        // undated: 全年, 前三季度, 第一季度, 上半年, 下半年, 国庆, 劳动节, 元旦
        '全' | '前' | '第' | '上' | '下' | '国' | '劳' | '元' => undated(input),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Alt,
        ))),
    }
}

/// The first dated period (`2021年`, `2021年度`, `2022年第一季度`) anywhere
/// in `text`, with the text it was printed as.
pub(crate) fn first_dated(text: &str) -> Option<(&str, PeriodExpr)> {
    let bytes = text.as_bytes();
    for i in 0..bytes.len() {
        // A year after `较`/`比` is a basis (`较 2018 年增长`), not a period.
        let starts_number = bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit());
        if starts_number && !text[..i].ends_with(['较', '比']) {
            if let Ok((rest, p)) = dated(&text[i..]) {
                return Some((&text[i..text.len() - rest.len()], p));
            }
        }
    }
    None
}

/// How a period printed in running text is used, read from the words
/// around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Use {
    /// It dates what follows (`2023年,…`, `发布2022年金融统计数据`).
    Dates,
    /// A date (`10月22日`), a time window (`2022年以来`, `十年来`) or a basis
    /// (`较2018年`, `比上年`): it dates nothing.
    Other,
    /// The own period of the figure right after it (`由2013年的753.3亿元`).
    OwnOf,
}

/// Every period stated in `text` (normalised), left to right, with its range
/// and use. Linear: one parse attempt per character that can start one.
pub(crate) fn stated(
    text: &str,
) -> impl Iterator<Item = (std::ops::Range<usize>, PeriodExpr, Use)> + '_ {
    let mut at = 0;
    // Where the next character of `WINDOW_MARKS` is, at or after `at`.
    let mut mark: Option<usize> = None;
    std::iter::from_fn(move || {
        while at < text.len() {
            let i = at;
            let c = text[i..].chars().next()?;
            at += c.len_utf8();
            if !can_start(c)
                || (c.is_ascii_digit() && text[..i].ends_with(|d: char| d.is_ascii_digit()))
            {
                continue;
            }
            // A run of digits starts a period only before 年, 月, 季 or a
            // dash of a month range: most numbers are skipped whole here.
            // Every period prints one of `WINDOW_MARKS` within its first
            // ten characters (`一季度`, `上半年`, `前三季度`, `目前`,
            // `“十四五”末`): a start without one is passed without a parse.
            if !c.is_ascii_digit() {
                if mark.is_none_or(|m| m < i) {
                    mark = text[i..]
                        .find(WINDOW_MARKS)
                        .map_or(Some(text.len()), |m| Some(i + m));
                }
                let m = mark.unwrap_or(text.len());
                if m == text.len() || text[i..m].chars().nth(9).is_some() {
                    continue;
                }
            }
            if c.is_ascii_digit() {
                let run = text[i..].bytes().take_while(u8::is_ascii_digit).count();
                let next = text[i + run..].chars().next();
                if !next.is_some_and(|n| "年月季-~—–至到－～个".contains(n)) {
                    at = i + run;
                    continue;
                }
            }
            let Ok((rest, p)) = period(&text[i..]) else {
                continue;
            };
            let end = text.len() - rest.len();
            at = end;
            return Some((i..end, p, use_of(&text[..i], rest)));
        }
        None
    })
}

/// Whether `text` may print a period at all: every period prints 年, 月,
/// 季, 目前, 当前, 截 or the plan's name (`十四五`, with its 五), so text
/// without one of these characters is passed in one SIMD pass.
pub(crate) fn may_print_one(text: &str) -> bool {
    static MARKS: std::sync::LazyLock<WordSet> =
        std::sync::LazyLock::new(|| WordSet::new(&["年", "月", "季", "五", "目", "当", "截"]));
    MARKS.is_match(text)
}

/// The characters one of which every period prints within its first ten
/// (see [`stated`]).
const WINDOW_MARKS: [char; 7] = ['年', '月', '季', '期', '前', '末', '五'];

fn use_of(before: &str, after: &str) -> Use {
    const WINDOWS: [&str; 5] = ["以来", "来", "至今", "以后", "之后"];
    const BASES: [char; 4] = ['较', '比', '与', '同'];
    let date = after
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .starts_with(['日', '号']);
    if date || WINDOWS.iter().any(|w| after.starts_with(w)) || before.ends_with(BASES) {
        return Use::Other;
    }
    let own = after
        .strip_prefix('的')
        .unwrap_or(if before.ends_with('由') { after } else { "" });
    if own.starts_with(|c: char| c.is_ascii_digit()) {
        Use::OwnOf
    } else {
        Use::Dates
    }
}

/// Whether `c` can start a period (a cheap pre-check before [`period`]).
pub(crate) fn can_start(c: char) -> bool {
    matches!(
        c,
        '0'..='9'
            | '全'
            | '一'
            | '二'
            | '三'
            | '四'
            | '第'
            | '前'
            | '上'
            | '下'
            | '到'
            | '至'
            | '截'
            | '目'
            | '当'
            | '“'
            | '"'
            | '十'
            | '今'
            | '本'
            | '年'
            | '国'
            | '五'
            | '劳'
            | '元'
    )
}

#[cfg(test)]
mod tests {
    /// The grammar in full, every alternative tried: [`period`]'s dispatch
    /// on the first character must agree with it everywhere.
    fn every_alternative(input: &str) -> IResult<&str, PeriodExpr> {
        alt((
            as_of,
            target,
            now,
            five_year_plan,
            dated,
            this_year,
            undated,
        ))
        .parse(input)
    }

    #[test]
    fn dispatch_agrees_with_the_full_grammar() {
        let gazette = include_str!("../../tests/data/nanyang-gazette-2022-01.txt");
        let real = include_str!("../../tests/data/real-dev/passages.jsonl");
        let grow = include_str!("../../tests/data/real-grow/passages.jsonl");
        let forms = "截至目前到2025年底至“十四五”末当年今年本年年末十一假期五一假期〇二一年全年度前三季度第一季度上半年下半年国庆期间劳动节假期元旦期间1-11月12月份前7个月\"十四五\"期间";
        let mut tried = 0;
        for text in [gazette, real, grow, forms] {
            for (i, _) in text.char_indices() {
                let input = &text[i..];
                let want = every_alternative(input).ok();
                assert_eq!(
                    period(input).ok(),
                    want,
                    "at {:?}",
                    &input[..input.len().min(30)]
                );
                tried += usize::from(want.is_some());
            }
        }
        assert!(tried > 400, "only {tried} periods found");
    }

    use super::*;

    /// printed, rest, (from, to) with the fallback year 2021.
    const EXAMPLES: &[(&str, &str, Option<&str>, Option<&str>)] = &[
        ("2021年，全市", "，全市", Some("2021-01"), Some("2021-12")),
        ("2021年度河南省", "河南省", Some("2021-01"), Some("2021-12")),
        ("全年全市", "全市", Some("2021-01"), Some("2021-12")),
        ("一季度", "", Some("2021-01"), Some("2021-03")),
        ("第三季度", "", Some("2021-07"), Some("2021-09")),
        ("前三季度", "", Some("2021-01"), Some("2021-09")),
        ("上半年", "", Some("2021-01"), Some("2021-06")),
        ("下半年", "", Some("2021-07"), Some("2021-12")),
        ("1-11月", "", Some("2021-01"), Some("2021-11")),
        ("1至11月份", "", Some("2021-01"), Some("2021-11")),
        ("12月份单月", "单月", Some("2021-12"), Some("2021-12")),
        ("12月末全市", "全市", Some("2021-12"), Some("2021-12")),
        ("前7个月", "", Some("2021-01"), Some("2021-07")),
        (
            "2022年第一季度重大",
            "重大",
            Some("2022-01"),
            Some("2022-03"),
        ),
        ("2021年1-11月", "", Some("2021-01"), Some("2021-11")),
        ("到2025年，", "，", None, Some("2025-12")),
        ("到2025年底", "", None, Some("2025-12")),
        ("截至2021年底", "", None, Some("2021-12")),
        ("2021年末全市", "全市", Some("2021-12"), Some("2021-12")),
        ("2017年至2021年，", "，", Some("2017-01"), Some("2021-12")),
        ("到年底，", "，", None, Some("2021-12")),
        ("今年棚户区", "棚户区", Some("2021-01"), Some("2021-12")),
        ("2021年国庆假期，", "，", Some("2021-10"), Some("2021-10")),
        ("五一假期期间", "期间", Some("2021-05"), Some("2021-05")),
        ("“十四五”末", "", None, Some("2025-12")),
        ("十四五期末", "", None, Some("2025-12")),
        ("目前，", "，", None, None),
        ("“十四五”期间", "", Some("2021-01"), Some("2025-12")),
        ("截至目前", "", None, None),
        ("截至10月10日，", "，", None, Some("2021-10")),
        ("二00四年", "", Some("2004-01"), Some("2004-12")),
        ("二〇〇七年末", "", Some("2007-12"), Some("2007-12")),
        ("截止到2022年6月15日", "", None, Some("2022-06")),
    ];

    #[test]
    fn examples() {
        for &(printed, rest, from, to) in EXAMPLES {
            let (r, p) = period(printed).unwrap_or_else(|e| panic!("{printed}: {e:?}"));
            assert_eq!(r, rest, "{printed}");
            let (f, t) = p.resolve(Some(2021));
            assert_eq!(f.map(|m| m.to_string()).as_deref(), from, "{printed}");
            assert_eq!(t.map(|m| m.to_string()).as_deref(), to, "{printed}");
        }
    }

    #[test]
    fn uses_in_running_text() {
        let uses = |text: &str| -> Vec<(String, Use)> {
            stated(text)
                .map(|(r, _, u)| (text[r].to_string(), u))
                .collect()
        };
        assert_eq!(
            uses("人民银行10日发布2022年金融统计数据报告"),
            [("2022年".to_string(), Use::Dates)]
        );
        assert_eq!(
            uses("10月22日,北京市统计局发布前三季度数据")[0].1,
            Use::Other
        );
        assert_eq!(uses("创下2022年以来的新高")[0].1, Use::Other);
        assert_eq!(uses("由2013年的753.3亿元,增长到")[0].1, Use::OwnOf);
        assert_eq!(uses("由2018年65.9:33.0:1.1调整到")[0].1, Use::OwnOf);
        assert_eq!(uses("较2018年增长")[0].1, Use::Other);
        assert_eq!(uses("2023年,全市")[0].1, Use::Dates);
    }

    #[test]
    fn not_periods() {
        for text in [
            "年度计划",
            "2021",
            "13个月",
            "第一",
            "一是",
            "15年",
            "20家",
            "上年同期",
        ] {
            assert!(period(text).is_err(), "{text}");
        }
    }

    #[test]
    fn without_a_year_nothing_resolves() {
        let (_, p) = period("全年").unwrap();
        assert_eq!(p.resolve(None), (None, None));
    }

    #[test]
    fn targets_are_marked() {
        assert!(period("到2025年").unwrap().1.target);
        assert!(!period("2025年").unwrap().1.target);
    }

    #[test]
    fn first_dated_finds_dated_years_only() {
        let (text, p) = first_dated("关于同意建设2021年度河南省").unwrap();
        assert_eq!((text, p.year), ("2021年度", Some(2021)));
        assert!(first_dated("投资500万元").is_none());
        assert!(first_dated("12345年").is_none());
        assert!(first_dated("较2018年增长").is_none());
    }
}
