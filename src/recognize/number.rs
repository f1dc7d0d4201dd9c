//! Numbers: Arabic, Chinese and financial numerals, with an optional
//! trailing scale (SPEC §2, first rows of the table).
//!
//! Every value is an exact [`Decimal`]; nothing goes through a float.
//!
//! | input | value | scale |
//! |---|---|---|
//! | `224.83` | 224.83 | |
//! | `1,299` | 1299 | |
//! | `4342.22亿` | 4342.22 | 亿 |
//! | `二十三` | 23 | |
//! | `一百零五` | 105 | |
//! | `三千二百万` | 3200 | 万 |
//! | `两千亿` | 2000 | 亿 |
//! | `壹万贰仟` | 12000 | |
//! | `十` / `十五` | 10 / 15 | |
//! | `〇` / `零` | 0 | |
//! | `三点五` | 3.5 | |
//! | `三四` | 3 (high 4) | |
//!
//! A trailing `万`/`亿`/`万亿` is kept apart as the [`Scale`] so that a
//! mention can report the unit as written (`4342.22 亿元` is 4342.22 in
//! `亿元`); [`Number::scaled`] gives the full value. In a Chinese numeral the
//! final `万`/`亿` is split off only when no larger or equal scale character
//! comes before it (`一亿二千万` stays 120000000 with no scale).

use crate::model::unit::Scale;
use crate::recognize::unit::scale;
use nom::error::{Error as NomError, ErrorKind as NomKind};
use nom::IResult;
use rust_decimal::Decimal;

/// Which script a number was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    /// `0-9` (after normalisation of full-width digits).
    Arabic,
    /// `一二三…十百千万亿`, financial `壹贰叁…拾佰仟`.
    Hanzi,
}

/// A parsed number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Number {
    /// The value before the trailing scale.
    pub value: Decimal,
    /// The upper end when the numeral itself is a range (`三四个`).
    pub high: Option<Decimal>,
    /// The trailing scale, if any.
    pub scale: Scale,
    pub script: Script,
    /// Number of integer digits written (Arabic only; 0 for Hanzi), used to
    /// tell a year (`2021 年`) from a duration (`3 年`).
    pub integer_digits: u8,
    /// Whether a fractional part was written.
    pub fractional: bool,
}

impl Number {
    /// The value with its scale applied, or `None` when that overflows.
    pub fn scaled(&self) -> Option<Decimal> {
        self.value.checked_mul(self.scale.factor())
    }
}

fn fail<T>(input: &str, kind: NomKind) -> IResult<&str, T> {
    Err(nom::Err::Error(NomError::new(input, kind)))
}

/// The nom error kind this module uses to report a value that does not fit in
/// a `Decimal` (as a `Failure`, so that no alternative is tried).
pub(crate) const OVERFLOW: NomKind = NomKind::TooLarge;

fn overflow<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Failure(NomError::new(input, OVERFLOW)))
}

/// An Arabic or Chinese number with its trailing scale:
///
/// ```text
/// number = (arabic | hanzi) ;
/// arabic = digits ("," digit{3})* ("." digits)? scale? ;
/// ```
pub(crate) fn number(input: &str) -> IResult<&str, Number> {
    match input.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => {
            let plain = arabic(input)?;
            let (rest, n) = &plain;
            // 5万4千6百, 1亿2000万, 3万4000: Arabic groups with Chinese units.
            let continues = !n.fractional
                && match rest.chars().next() {
                    Some(c) if n.scale != Scale::One => c.is_ascii_digit() || is_hanzi_numeral(c),
                    // but 1千克 is one kilogram.
                    Some(c) => {
                        matches!(token(c), Some(Token::Small(_)))
                            && crate::recognize::unit::unit_word(rest).is_err()
                    }
                    None => false,
                };
            if continues {
                if let Ok((mixed_rest, mut m)) = hanzi(input) {
                    if mixed_rest.len() < rest.len() {
                        m.script = Script::Arabic;
                        return Ok((mixed_rest, m));
                    }
                }
            }
            Ok(plain)
        }
        _ => hanzi(input),
    }
}

/// Accumulates decimal digits into a 96-bit mantissa.
struct Mantissa {
    value: u128,
    digits: u32,
    scale: u32,
}

impl Mantissa {
    fn new() -> Mantissa {
        Mantissa {
            value: 0,
            digits: 0,
            scale: 0,
        }
    }

    /// Pushes a digit; `false` on overflow.
    fn push(&mut self, d: u8) -> bool {
        if self.value == 0 && d == 0 && self.scale == 0 {
            // Leading zeros of the integer part add nothing.
            return true;
        }
        self.value = self.value * 10 + u128::from(d);
        self.digits += 1;
        self.value < (1u128 << 96) && self.scale <= 28
    }

    fn to_decimal(&self) -> Option<Decimal> {
        let v = i128::try_from(self.value).ok()?;
        Decimal::try_from_i128_with_scale(v, self.scale).ok()
    }
}

/// ```text
/// arabic = digits ("," digit{3})* ("." digits)? scale?
/// ```
///
/// A `,` is a thousands separator only when exactly three digits follow and
/// no fourth; a `.` is a decimal point only when a digit follows (`1.` is a
/// list marker). An integer part with a leading zero (`0377`) is not a number
/// (telephone area codes, codes).
fn arabic(input: &str) -> IResult<&str, Number> {
    let bytes = input.as_bytes();
    let mut m = Mantissa::new();
    let mut i = 0;
    let mut integer_digits = 0u32;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            if !m.push(b - b'0') {
                return overflow(input);
            }
            integer_digits += 1;
            i += 1;
        } else if b == b','
            && integer_digits > 0
            && bytes.len() >= i + 4
            && bytes[i + 1..i + 4].iter().all(u8::is_ascii_digit)
            && !bytes.get(i + 4).is_some_and(u8::is_ascii_digit)
        {
            i += 1;
        } else {
            break;
        }
    }
    if integer_digits == 0 {
        return fail(input, NomKind::Digit);
    }
    if integer_digits > 1 && bytes[0] == b'0' {
        return fail(input, NomKind::Digit);
    }
    let mut fractional = false;
    if bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
        i += 1;
        fractional = true;
        while let Some(&b) = bytes.get(i).filter(|b| b.is_ascii_digit()) {
            m.scale += 1;
            if !m.push(b - b'0') {
                return overflow(input);
            }
            i += 1;
        }
    }
    let Some(value) = m.to_decimal() else {
        return overflow(input);
    };
    let rest = &input[i..];
    let (rest, scale) = match scale(rest) {
        Ok((r, s)) => (r, s),
        // 135.7千公顷, 2.3千户: 千 before a unit is a scale.
        Err(_) => match crate::recognize::unit::thousand(rest) {
            Some(r) => (r, Scale::Qian),
            None => (rest, Scale::One),
        },
    };
    Ok((
        rest,
        Number {
            value,
            high: None,
            scale,
            script: Script::Arabic,
            integer_digits: integer_digits.min(255) as u8,
            fractional,
        },
    ))
}

/// One Chinese numeral character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    Digit(u8),
    /// 十 百 千 (and 拾 佰 仟).
    Small(u32),
    /// 万 (4) or 亿 (8).
    Big(u32),
    /// 点 (decimal point).
    Point,
}

fn token(c: char) -> Option<Token> {
    Some(match c {
        '零' | '〇' => Token::Digit(0),
        '一' | '壹' => Token::Digit(1),
        '二' | '两' | '兩' | '贰' | '貳' | '俩' | '倆' => Token::Digit(2),
        '三' | '叁' | '參' | '仨' => Token::Digit(3),
        '四' | '肆' => Token::Digit(4),
        '五' | '伍' => Token::Digit(5),
        '六' | '陆' | '陸' => Token::Digit(6),
        '七' | '柒' => Token::Digit(7),
        '八' | '捌' => Token::Digit(8),
        '九' | '玖' => Token::Digit(9),
        '十' | '拾' => Token::Small(10),
        '百' | '佰' => Token::Small(100),
        '千' | '仟' => Token::Small(1000),
        '万' | '萬' => Token::Big(4),
        '亿' | '億' => Token::Big(8),
        // 四十一．六 (the full-width point is folded to '.').
        '点' | '點' | '.' => Token::Point,
        _ => return None,
    })
}

/// Whether `c` can be part of a Chinese numeral (used by the scanner to skip
/// a whole run after a failed candidate).
pub(crate) fn is_hanzi_numeral(c: char) -> bool {
    token(c).is_some_and(|t| t != Token::Point)
}

/// Evaluation state of a Chinese numeral, read left to right.
#[derive(Default)]
struct Hanzi {
    /// Completed `亿` groups.
    yi: u128,
    /// The `万` group of the current `亿` group.
    wan: u128,
    /// Below `万`.
    section: u128,
    /// A digit waiting for its unit (an Arabic group such as the `2000` of
    /// `1亿2000万` counts as one digit).
    digit: Option<u32>,
    /// Whether `digit` was written in Arabic digits.
    digit_arabic: bool,
    /// The last small unit used in `section` (for the descending check).
    last_small: u32,
    /// The value of the last unit read (10, 100, 1000, 10^4, 10^8), for the
    /// colloquial `一万五` = 15000.
    last_unit: u128,
    zero_since_unit: bool,
    /// How many digits and units were read.
    digits: u32,
    units: u32,
    bigs: u32,
}

impl Hanzi {
    fn value(&self) -> Option<u128> {
        let tail = match self.digit {
            // 一万五 = 15000, 三千五 = 3500, 十五 = 15, 一百零五 = 105;
            // but 3万4000 = 34000.
            Some(d) if self.last_unit >= 10 && !self.zero_since_unit && !self.digit_arabic => {
                u128::from(d) * (self.last_unit / 10)
            }
            Some(d) => u128::from(d),
            None => 0,
        };
        self.yi
            .checked_add(self.wan.checked_mul(10_000)?)?
            .checked_add(self.section)?
            .checked_add(tail)
    }
}

/// ```text
/// hanzi   = integer ("点" digit+)? | digit digit+ ;
/// integer = ((digit? small)* digit? big)* (digit? small)* digit? ;
/// ```
///
/// Units must descend within a group (`三千二百`), `零` fills gaps
/// (`一百零五`), a leading `十` needs no digit (`十五`). A run of bare digits
/// is read digit by digit when it has three or more (`二〇二二`) and as a
/// range when it is two consecutive digits (`三四个` = 3 to 4). The numeral
/// must end where the run of numeral characters ends (`十四五` is no
/// number).
fn hanzi(input: &str) -> IResult<&str, Number> {
    let mut r = Reader::new(input);
    let mut at = 0;
    while let Some(c) = input[at..].chars().next() {
        match r.step(at, c)? {
            Step::Next(to) => at = to,
            Step::Stop => break,
        }
    }
    r.finish(at)
}

/// A failed parse of [`hanzi`].
type Failure<'a> = nom::Err<NomError<&'a str>>;

fn verify_error(input: &str) -> Failure<'_> {
    nom::Err::Error(NomError::new(input, NomKind::Verify))
}

fn overflow_error(input: &str) -> Failure<'_> {
    nom::Err::Failure(NomError::new(input, OVERFLOW))
}

/// What one character did to a Chinese numeral being read.
enum Step {
    /// Read; the numeral goes on at this offset.
    Next(usize),
    /// The numeral ends before this character.
    Stop,
}

/// The state of [`hanzi`] reading left to right: the evaluation state and
/// what the final checks need.
struct Reader<'a> {
    input: &'a str,
    h: Hanzi,
    /// No unit read yet: a run of bare digits (`二〇二二`).
    only_digits: bool,
    /// The run of bare digits as one number.
    digit_string: Mantissa,
    first_digit: Option<u8>,
    /// Offset and exponent of the last `万`/`亿`.
    last_big_at: Option<(usize, u32)>,
    /// The digits after `点`, once one was read.
    fraction: Option<Mantissa>,
}

impl<'a> Reader<'a> {
    fn new(input: &'a str) -> Reader<'a> {
        Reader {
            input,
            h: Hanzi::default(),
            only_digits: true,
            digit_string: Mantissa::new(),
            first_digit: None,
            last_big_at: None,
            fraction: None,
        }
    }

    /// Reads the character `c` at `at`.
    fn step(&mut self, at: usize, c: char) -> Result<Step, Failure<'a>> {
        if c.is_ascii_digit() && self.fraction.is_none() {
            return Ok(self.arabic_group(at));
        }
        let Some(t) = token(c) else {
            return Ok(Step::Stop);
        };
        // 一百千瓦, 六万千米: 千 starts the unit, not the numeral.
        if matches!(t, Token::Small(1000))
            && crate::recognize::unit::unit_word(&self.input[at..]).is_ok()
        {
            return Ok(Step::Stop);
        }
        let next = at + c.len_utf8();
        if let Some(frac) = self.fraction.as_mut() {
            let Token::Digit(d) = t else {
                return Ok(Step::Stop);
            };
            frac.scale += 1;
            if !frac.push(d) {
                return Err(overflow_error(self.input));
            }
            return Ok(Step::Next(next));
        }
        match t {
            Token::Digit(d) => self.digit(d)?,
            Token::Small(u) => self.small(at, u, next)?,
            Token::Big(e) => self.big(at, e)?,
            Token::Point => {
                if !self.point(next) {
                    return Ok(Step::Stop);
                }
            }
        }
        Ok(Step::Next(next))
    }

    /// An Arabic group inside a Chinese numeral: 5万4千6百, 1亿2000万,
    /// 3万4000. It stands for one digit before 十/百/千, for up to four
    /// before 万/亿, or ends the numeral after a 万/亿.
    fn arabic_group(&mut self, at: usize) -> Step {
        let input = self.input;
        let h = &mut self.h;
        let run = input[at..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(input.len() - at);
        let group = &input[at..at + run];
        let next = input[at + run..].chars().next().and_then(token);
        let value: u32 = match group.parse() {
            Ok(v) if run <= 4 && !(group.len() > 1 && group.starts_with('0')) => v,
            _ => return Step::Stop,
        };
        let fits = match next {
            Some(Token::Small(_)) => value <= 9,
            Some(Token::Big(_)) => true,
            // A last group after a scale or a 零: 3万4000, 1千零1.
            _ => (h.last_unit >= 10_000 || h.zero_since_unit) && u128::from(value) < h.last_unit,
        };
        if !fits || h.digit.is_some() || self.only_digits && h.digits > 0 {
            return Step::Stop;
        }
        self.only_digits = false;
        h.digit = Some(value);
        h.digit_arabic = true;
        h.digits += 1;
        Step::Next(at + run)
    }

    /// A digit `一`…`九`, `零`.
    fn digit(&mut self, d: u8) -> Result<(), Failure<'a>> {
        let h = &mut self.h;
        if self.only_digits {
            self.first_digit.get_or_insert(d);
            if !self.digit_string.push(d) {
                return Err(overflow_error(self.input));
            }
        } else if h.digit.is_some() {
            return Err(verify_error(self.input));
        }
        if d == 0 {
            // 零 fills a gap: 一百零五.
            h.zero_since_unit = true;
        } else if h.digit.is_none() {
            h.digit = Some(u32::from(d));
            h.digit_arabic = false;
        }
        // In a run of bare digits (二〇二二) `digit_string` holds the value;
        // `h.digit` keeps the first non-zero digit for a unit that may follow
        // a single digit.
        h.digits += 1;
        Ok(())
    }

    /// A small unit `十`/`百`/`千` at `at`; `next` is the offset after it.
    fn small(&mut self, at: usize, u: u32, next: usize) -> Result<(), Failure<'a>> {
        let h = &mut self.h;
        if self.only_digits && h.digits > 1 {
            return Err(verify_error(self.input));
        }
        self.only_digits = false;
        if h.last_small != 0 && u >= h.last_small {
            return Err(verify_error(self.input));
        }
        h.digit_arabic = false;
        // `百亿`, `千万`: a leading 百/千 before a scale counts one.
        let before_scale = at == 0
            && matches!(u, 100 | 1000)
            && self.input[next..].starts_with(['万', '亿', '萬', '億']);
        let n = match h.digit.take() {
            Some(d) => u128::from(d),
            None if u == 10 || before_scale => 1,
            None => return Err(verify_error(self.input)),
        };
        h.section += n * u128::from(u);
        h.last_small = u;
        h.last_unit = u128::from(u);
        h.zero_since_unit = false;
        h.units += 1;
        Ok(())
    }

    /// A big unit `万` (`e` = 4) or `亿` (8) at `at`.
    fn big(&mut self, at: usize, e: u32) -> Result<(), Failure<'a>> {
        let h = &mut self.h;
        if self.only_digits && h.digits > 1 {
            return Err(verify_error(self.input));
        }
        self.only_digits = false;
        let group = h.section + u128::from(h.digit.take().unwrap_or(0));
        h.digit_arabic = false;
        if e == 4 {
            if group == 0 || h.wan != 0 {
                return Err(verify_error(self.input));
            }
            h.wan = group;
            h.last_unit = 10_000;
        } else {
            let group = h.wan * 10_000 + group;
            if group == 0 || h.yi != 0 {
                return Err(verify_error(self.input));
            }
            h.yi = group
                .checked_mul(100_000_000)
                .ok_or_else(|| overflow_error(self.input))?;
            h.wan = 0;
            h.last_unit = 100_000_000;
        }
        h.section = 0;
        h.last_small = 0;
        h.zero_since_unit = false;
        h.units += 1;
        h.bigs += 1;
        self.last_big_at = Some((at, e));
        Ok(())
    }

    /// A decimal point; `false` when it is none (it must stand between
    /// digits: 三点五). `next` is the offset after it.
    fn point(&mut self, next: usize) -> bool {
        let next_is_digit = self.input[next..]
            .chars()
            .next()
            .and_then(token)
            .is_some_and(|t| matches!(t, Token::Digit(_)));
        if !next_is_digit || self.h.digits == 0 && self.h.units == 0 {
            return false;
        }
        self.fraction = Some(Mantissa::new());
        true
    }

    /// Checks where the numeral ended (`consumed`) and computes it.
    fn finish(self, consumed: usize) -> IResult<&'a str, Number> {
        let input = self.input;
        self.check_end(consumed)?;
        let rest = &input[consumed..];
        let (value, high, scale) = self.value_and_scale(consumed)?;
        let Ok(int) = i128::try_from(value) else {
            return overflow(input);
        };
        let Ok(mut value) = Decimal::try_from_i128_with_scale(int, 0) else {
            return overflow(input);
        };
        let mut fractional = false;
        if let Some(frac) = &self.fraction {
            let Some(f) = frac.to_decimal() else {
                return overflow(input);
            };
            value = match value.checked_add(f) {
                Some(v) => v,
                None => return overflow(input),
            };
            fractional = true;
        }
        // An explicit scale may follow a decimal numeral: 三点五万.
        let (rest, scale) = match (self.fraction.is_some(), scale) {
            (true, Scale::One) => match crate::recognize::unit::scale(rest) {
                Ok((r, s)) => (r, s),
                Err(_) => (rest, scale),
            },
            _ => (rest, scale),
        };
        Ok((
            rest,
            Number {
                value,
                high,
                scale,
                script: Script::Hanzi,
                integer_digits: 0,
                fractional,
            },
        ))
    }

    /// Nothing read, or units without a digit other than a leading 十, or a
    /// 百/千 right before a scale (`超百亿元`, `近百万人`): 万 alone is no
    /// number. A financial 拾 alone is a verb (拾起, 收拾), not ten. And the
    /// numeral must end where the numeral characters end.
    fn check_end(&self, consumed: usize) -> Result<(), Failure<'a>> {
        let input = self.input;
        let h = &self.h;
        let leading_scale = input.starts_with(['百', '千'])
            && h.bigs > 0
            && h.units == 2
            && crate::recognize::unit::unit_word(&input[consumed..]).is_ok();
        if consumed == 0 || h.digits == 0 && !input.starts_with('十') && !leading_scale {
            return Err(nom::Err::Error(NomError::new(input, NomKind::Digit)));
        }
        let rest = &input[consumed..];
        if rest
            .chars()
            .next()
            .is_some_and(|c| is_hanzi_numeral(c) || c.is_ascii_digit())
            && !(self.fraction.is_some() && crate::recognize::unit::scale(rest).is_ok())
            && crate::recognize::unit::unit_word(rest).is_err()
        {
            return Err(verify_error(input));
        }
        Ok(())
    }

    /// The integer value, the upper end of a digit range (`三四`) and the
    /// trailing scale split off (only when it is the only big unit).
    fn value_and_scale(
        &self,
        consumed: usize,
    ) -> Result<(u128, Option<Decimal>, Scale), Failure<'a>> {
        let input = self.input;
        let h = &self.h;
        if self.only_digits {
            return Ok(match h.digits {
                1 => (u128::from(self.first_digit.unwrap_or(0)), None, Scale::One),
                2 => {
                    // 三四个: consecutive digits are a range.
                    let low = self.first_digit.unwrap_or(0);
                    let hi = (self.digit_string.value % 10) as u8;
                    if low == 0 || hi != low + 1 {
                        return Err(verify_error(input));
                    }
                    (u128::from(low), Some(Decimal::from(hi)), Scale::One)
                }
                _ => (self.digit_string.value, None, Scale::One),
            });
        }
        let Some(total) = h.value() else {
            return Err(overflow_error(input));
        };
        Ok(match self.last_big_at {
            Some((at, e)) if at + '万'.len_utf8() == consumed && self.fraction.is_none() => {
                if h.bigs == 1 {
                    let s = if e == 4 { Scale::Wan } else { Scale::Yi };
                    (total / 10u128.pow(e), None, s)
                } else if e == 8 && input[..at].ends_with(['万', '萬']) && h.bigs == 2 {
                    (total / 10u128.pow(12), None, Scale::WanYi)
                } else if e == 8 {
                    // `一万两千三百亿`: a last 亿 multiplies all before it
                    // (万 is smaller), so the value is printed in 亿 (12300).
                    (total / 10u128.pow(e), None, Scale::Yi)
                } else {
                    // `一亿二千万`: a last 万 after a 亿 does not.
                    (total, None, Scale::One)
                }
            }
            _ => (total, None, Scale::One),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    /// (input, value, scale, rest)
    const EXAMPLES: &[(&str, &str, Scale, &str)] = &[
        ("224.83亿元", "224.83", Scale::Yi, "元"),
        ("1,299个", "1299", Scale::One, "个"),
        ("12345", "12345", Scale::One, ""),
        ("9.0%", "9.0", Scale::One, "%"),
        ("4342.22亿", "4342.22", Scale::Yi, ""),
        ("0.38万人", "0.38", Scale::Wan, "人"),
        ("1.5万", "1.5", Scale::Wan, ""),
        ("1.2万亿元", "1.2", Scale::WanYi, "元"),
        ("1.", "1", Scale::One, "."),
        ("3,45", "3", Scale::One, ",45"),
        ("三", "3", Scale::One, ""),
        ("十", "10", Scale::One, ""),
        ("十五", "15", Scale::One, ""),
        ("二十三", "23", Scale::One, ""),
        ("一百零五", "105", Scale::One, ""),
        ("三千二百万", "3200", Scale::Wan, ""),
        ("两千亿", "2000", Scale::Yi, ""),
        ("一万亿", "1", Scale::WanYi, ""),
        ("一亿二千万", "120000000", Scale::One, ""),
        ("一万两千三百亿", "12300", Scale::Yi, ""),
        ("三万零三百一十五亿", "30315", Scale::Yi, ""),
        ("五万三千", "53000", Scale::One, ""),
        ("一万五", "15000", Scale::One, ""),
        ("三千五", "3500", Scale::One, ""),
        ("壹万贰仟", "12000", Scale::One, ""),
        ("叁佰元", "300", Scale::One, "元"),
        ("肆佰陸拾", "460", Scale::One, ""),
        ("倆千两百贰拾二", "2222", Scale::One, ""),
        ("〇", "0", Scale::One, ""),
        ("零", "0", Scale::One, ""),
        ("二〇二二年", "2022", Scale::One, "年"),
        ("三点五", "3.5", Scale::One, ""),
        ("三点五万", "3.5", Scale::Wan, ""),
        ("十万", "10", Scale::Wan, ""),
        ("两所", "2", Scale::One, "所"),
        ("一千零五十", "1050", Scale::One, ""),
        ("十点五", "10.5", Scale::One, ""),
        ("5万4千6百", "54600", Scale::One, ""),
        ("1亿2000万元", "120000000", Scale::One, "元"),
        ("3万4000人", "34000", Scale::One, "人"),
        ("2千零30万", "2030", Scale::Wan, ""),
        ("1千零1", "1001", Scale::One, ""),
        ("1千克", "1", Scale::One, "千克"),
        ("一百千瓦", "100", Scale::One, "千瓦"),
        ("六万千瓦", "6", Scale::Wan, "千瓦"),
        ("十点二三三", "10.233", Scale::One, ""),
        ("十点五亿元", "10.5", Scale::Yi, "元"),
        ("135.7千公顷", "135.7", Scale::Qian, "公顷"),
        ("2.3千户", "2.3", Scale::Qian, "户"),
        ("12.0千公顷", "12.0", Scale::Qian, "公顷"),
        ("3千元", "3", Scale::Qian, "元"),
        ("5千万", "5000", Scale::Wan, ""),
        ("2.5千瓦", "2.5", Scale::One, "千瓦"),
        ("3.2千克", "3.2", Scale::One, "千克"),
        ("二十七点三%", "27.3", Scale::One, "%"),
        ("四十一.六%", "41.6", Scale::One, "%"),
        ("五八三.七亿美元", "583.7", Scale::Yi, "美元"),
    ];

    #[test]
    fn examples() {
        for &(input, value, scale, rest) in EXAMPLES {
            let (r, n) = number(input).unwrap_or_else(|e| panic!("{input}: {e:?}"));
            assert_eq!(
                (n.value, n.value.to_string(), n.scale, r),
                (d(value), value.to_string(), scale, rest),
                "input {input:?}"
            );
        }
    }

    /// Not numbers on their own.
    const REJECTED: &[&str] = &[
        "十四五",
        "千万",
        "百万",
        "万",
        "百",
        "千方百计",
        "亿元",
        "万一",
        "0377",
        "二八",
        "点",
        "千锤百炼",
    ];

    /// `超百亿元`, `近百万人`: 百/千 before a scale count one of it.
    #[test]
    fn leading_hundred_or_thousand_before_a_scale() {
        for (input, value, scale) in [
            ("百亿元", 100, Scale::Yi),
            ("千万元", 1000, Scale::Wan),
            ("百万人", 100, Scale::Wan),
        ] {
            let (rest, n) = number(input).unwrap();
            assert_eq!((n.value, n.scale), (Decimal::from(value), scale), "{input}");
            assert!(!rest.is_empty(), "{input}: the unit is left");
        }
    }

    #[test]
    fn rejected() {
        for input in REJECTED {
            assert!(
                number(input).is_err(),
                "{input:?} parsed as {:?}",
                number(input)
            );
        }
    }

    #[test]
    fn digit_range() {
        let (_, n) = number("三四个").unwrap();
        assert_eq!((n.value, n.high), (d("3"), Some(d("4"))));
    }

    #[test]
    fn overflow_is_failure() {
        let big = "9".repeat(40);
        assert!(matches!(number(&big), Err(nom::Err::Failure(_))));
    }
}
