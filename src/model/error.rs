//! The one error type of the crate's whole-string parsers.

/// Why a whole-string parse ([`parse_number`](crate::parse_number),
/// `str::parse::<Mention>()`) failed, and at which byte of the input.
///
/// Scanning text with [`mentions`](crate::mentions) never fails: a candidate
/// that does not parse is simply not a mention.
///
/// # Example
///
/// ```
/// let err = tongji::parse_number("两千亿元").unwrap_err();
/// assert_eq!(err.offset(), 9);
/// assert_eq!(err.to_string(), "expected the end of the number at byte 9, found '元'");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind} at byte {offset}{}", found_suffix(*.found))]
pub struct Error {
    kind: ErrorKind,
    offset: usize,
    found: Option<char>,
}

fn found_suffix(found: Option<char>) -> String {
    match found {
        Some(c) => format!(", found {c:?}"),
        None => ", found the end of the input".to_string(),
    }
}

/// What kind of failure an [`Error`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// No number starts where one was expected.
    #[error("expected a number")]
    ExpectedNumber,
    /// A numeric expression was expected (a number with its unit and
    /// modifiers) but none was recognised.
    #[error("expected a numeric expression")]
    ExpectedExpression,
    /// The number parsed but something follows it.
    #[error("expected the end of the number")]
    TrailingNumber,
    /// The expression parsed but something follows it.
    #[error("expected the end of the expression")]
    TrailingExpression,
    /// The value does not fit in a `rust_decimal::Decimal` (about 7.9 × 10^28,
    /// 28 significant digits).
    #[error("number too large to represent exactly")]
    Overflow,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, input: &str, offset: usize) -> Error {
        let found = input.get(offset..).and_then(|rest| rest.chars().next());
        Error {
            kind,
            offset,
            found,
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The byte offset in the parsed string where the failure was detected.
    pub fn offset(&self) -> usize {
        self.offset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_is_send_sync_static() {
        fn assert_bounds<T: Send + Sync + 'static + std::error::Error>() {}
        assert_bounds::<Error>();
    }

    #[test]
    fn messages() {
        let e = Error::new(ErrorKind::ExpectedNumber, "狗", 0);
        assert_eq!(e.to_string(), "expected a number at byte 0, found '狗'");
        let e = Error::new(ErrorKind::ExpectedNumber, "", 0);
        assert_eq!(
            e.to_string(),
            "expected a number at byte 0, found the end of the input"
        );
    }
}
