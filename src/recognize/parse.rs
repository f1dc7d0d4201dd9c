//! Whole-string parses: one number ([`parse_number`]) or one expression
//! (`Mention`'s `FromStr`), the only places that return errors (SPEC §4).

use crate::model::error::{Error, ErrorKind};
use crate::model::mention::Mention;
use crate::recognize::{number, scan};
use crate::text::normalize::Normalized;
use rust_decimal::Decimal;
use std::borrow::Cow;
use std::str::FromStr;

/// Parses a whole string as one number: Arabic, Chinese or financial
/// numerals, with an optional sign (`负`, `-`) and scale (`万`, `亿`,
/// `万亿`); the scale is applied.
///
/// White space and full-width digits are accepted as in gazette text.
///
/// # Example
///
/// ```
/// use tongji::parse_number;
///
/// assert_eq!(parse_number("两千亿")?.to_string(), "200000000000");
/// assert_eq!(parse_number("4342.22 亿")?.to_string(), "434222000000");
/// assert_eq!(parse_number("壹万贰仟")?.to_string(), "12000");
/// assert_eq!(parse_number("负0.5")?.to_string(), "-0.5");
/// # Ok::<(), tongji::Error>(())
/// ```
///
/// # Errors
///
/// [`ErrorKind::ExpectedNumber`] when no number starts the string,
/// [`ErrorKind::TrailingNumber`] when something follows it,
/// [`ErrorKind::Overflow`] when it does not fit in a [`Decimal`]. The offset
/// is a byte offset of `s`.
pub fn parse_number(s: &str) -> Result<Decimal, Error> {
    let norm = Normalized::new(s);
    let text = norm.as_str();
    let at_original = |n: usize| norm.to_original(n..n).start;
    let (negative, body) = match text
        .strip_prefix('负')
        .or_else(|| text.strip_prefix('負'))
        .or_else(|| text.strip_prefix('-'))
    {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let offset = text.len() - body.len();
    let (rest, n) = match number::number(body) {
        Ok(ok) => ok,
        Err(nom::Err::Failure(e)) if e.code == number::OVERFLOW => {
            return Err(Error::new(ErrorKind::Overflow, s, at_original(offset)));
        }
        Err(_) => {
            return Err(Error::new(
                ErrorKind::ExpectedNumber,
                s,
                at_original(offset),
            ))
        }
    };
    if !rest.is_empty() {
        let at = at_original(text.len() - rest.len());
        return Err(Error::new(ErrorKind::TrailingNumber, s, at));
    }
    let value = n
        .scaled()
        .ok_or_else(|| Error::new(ErrorKind::Overflow, s, at_original(offset)))?;
    Ok(if negative { -value } else { value }.normalize())
}

/// Parses one numeric expression (a number with its unit and modifiers)
/// that must fill the whole string, white space aside.
///
/// The span and text of the result refer to `s`. Context rules that only
/// make sense in running text (slogans, thresholds, an indefinite `一个`)
/// are not applied; a number without a unit is accepted.
///
/// # Example
///
/// ```
/// use tongji::{Bound, Mention};
///
/// let m: Mention = "前移 5 个位次".parse()?;
/// assert_eq!((m.quantity.value.to_string(), m.quantity.unit.to_string(), m.base().unit), ("5".into(), "个位次".into(), "位"));
/// let m: Mention = "52%左右".parse()?;
/// assert_eq!(m.quantity.bound, Some(Bound::Approx));
/// let m: Mention = "1－2 所".parse()?;
/// assert_eq!((m.quantity.value.to_string(), m.quantity.high.map(|h| h.to_string())), ("1".into(), Some("2".into())));
/// # Ok::<(), tongji::Error>(())
/// ```
///
/// # Errors
///
/// [`ErrorKind::ExpectedExpression`] when no expression starts the string,
/// [`ErrorKind::TrailingExpression`] when something follows it,
/// [`ErrorKind::Overflow`] when a value does not fit in a [`Decimal`].
impl FromStr for Mention<'static> {
    type Err = Error;

    fn from_str(s: &str) -> Result<Mention<'static>, Error> {
        let norm = Normalized::new(s);
        let text = norm.as_str();
        let at_original = |n: usize| norm.to_original(n..n).start;
        let expected = |n: usize| Error::new(ErrorKind::ExpectedExpression, s, at_original(n));
        let Some(first) = scan::first_candidate(text) else {
            return Err(expected(0));
        };
        let c = match scan::recognise_at(text, first, false) {
            scan::Outcome::Found(c) => c,
            scan::Outcome::Skip(_) => return Err(expected(first)),
            scan::Outcome::Overflow(start, _) => {
                return Err(Error::new(ErrorKind::Overflow, s, at_original(start)))
            }
        };
        if c.start != 0 {
            return Err(expected(0));
        }
        if c.end != text.len() {
            let at = at_original(c.end);
            return Err(Error::new(ErrorKind::TrailingExpression, s, at));
        }
        let span = norm.to_original(c.start..c.end);
        Ok(Mention {
            span: span.clone().into(),
            text: Cow::Owned(s[span].to_string()),
            quantity: c.quantity(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::unit::Unit;
    use crate::recognize::scan::Mentions;

    #[test]
    fn public_types_are_send_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Mention<'static>>();
        assert_send_sync::<Mentions<'static>>();
        assert_send_sync::<Error>();
        assert_send_sync::<Unit>();
    }
}
