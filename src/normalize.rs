//! A normalised view of PDF-extracted text, with an exact map back to the input.
//!
//! Gazette text extracted from PDF is damaged (SPEC §1): hard line breaks and
//! blank lines inside sentences and numbers, spaces between a number and its
//! unit and inside units (`50 万 元`, `10.4 个 百 分 点`), full-width digits
//! and signs (`９３.１％`, `－`, `．`). The recognisers work on a normalised
//! copy in which
//!
//! * every run of white space (ASCII white space, U+3000, U+00A0) is removed,
//!   except that one ASCII space is kept where the run separates two ASCII
//!   letters or digits (so that `1 2` never becomes `12`);
//! * full-width digits, Latin letters and the signs `％ ． － ＋ ： ／ ～` become
//!   their ASCII forms.
//!
//! Every other character is copied unchanged. The copy keeps a sparse map of
//! breakpoints, so any span of the normalised text can be turned back into a
//! span of the original input ([`Normalized::to_original`]) in `O(log n)`,
//! and `&input[span]` is then the expression exactly as it was printed.
//!
//! ```
//! use tongji::Normalized;
//!
//! let input = "完成 224.83\n\n亿元，增长１３.４％";
//! let norm = Normalized::new(input);
//! assert_eq!(norm.as_str(), "完成224.83亿元，增长13.4%");
//! let at = norm.as_str().find("13.4%").unwrap();
//! let span = norm.to_original(at..at + "13.4%".len());
//! assert_eq!(&input[span], "１３.４％");
//! ```

use std::ops::Range;

/// Text with PDF damage removed, plus a map back to the original bytes.
///
/// Built once per input by [`Normalized::new`]; the cost is one pass over the
/// input and one allocation for the text and one for the breakpoints.
#[derive(Debug, Clone)]
pub struct Normalized<'t> {
    original: &'t str,
    text: String,
    /// `(normalised offset, original offset)` at every point where the two
    /// stop advancing together; sorted by both fields.
    breaks: Vec<(usize, usize)>,
}

/// What a byte of the input starts, for the normalising pass.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    /// Copied as is (the overwhelming majority: CJK, ASCII, punctuation).
    Plain,
    /// ASCII white space.
    Space,
    /// Lead byte `0xEF`: maybe a full-width form (U+FF01..U+FF5E).
    FullWidthLead,
    /// Lead byte `0xE3`: maybe U+3000 ideographic space.
    IdeographicLead,
    /// Lead byte `0xC2`: maybe U+00A0 no-break space.
    NoBreakLead,
}

const fn classify_bytes() -> [ByteClass; 256] {
    let mut table = [ByteClass::Plain; 256];
    table[b' ' as usize] = ByteClass::Space;
    table[b'\n' as usize] = ByteClass::Space;
    table[b'\r' as usize] = ByteClass::Space;
    table[b'\t' as usize] = ByteClass::Space;
    table[0x0B] = ByteClass::Space;
    table[0x0C] = ByteClass::Space;
    table[0xEF] = ByteClass::FullWidthLead;
    table[0xE3] = ByteClass::IdeographicLead;
    table[0xC2] = ByteClass::NoBreakLead;
    table
}

static BYTE_CLASS: [ByteClass; 256] = classify_bytes();

/// The ASCII form of a full-width character that the recognisers care about.
///
/// Only digits, Latin letters and the signs that can be part of a number are
/// folded. Chinese punctuation (`，` `；` `（` `）` …) carries meaning for
/// clause and brief detection and is kept.
fn fold_full_width(c: char) -> Option<u8> {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => Some((c as u32 - 0xFEE0) as u8),
        '％' | '．' | '－' | '＋' | '：' | '／' | '～' => Some((c as u32 - 0xFEE0) as u8),
        _ => None,
    }
}

impl<'t> Normalized<'t> {
    /// Normalises `input` (see the [module documentation](self)).
    pub fn new(input: &'t str) -> Normalized<'t> {
        let bytes = input.as_bytes();
        let mut text = String::with_capacity(input.len());
        let mut breaks = Vec::new();
        // Start of the pending run of plain bytes, copied in one go.
        let mut run_start = 0;
        let mut i = 0;
        while i < bytes.len() {
            let class = BYTE_CLASS[bytes[i] as usize];
            if class == ByteClass::Plain {
                i += 1;
                continue;
            }
            // A special byte: work out what it is and how long it is.
            let (is_space, folded, len) = match class {
                ByteClass::Space => (true, None, 1),
                _ => {
                    let c = input[i..].chars().next().unwrap_or('\u{FFFD}');
                    let len = c.len_utf8();
                    match c {
                        '\u{3000}' | '\u{00A0}' => (true, None, len),
                        _ => (false, fold_full_width(c), len),
                    }
                }
            };
            if !is_space && folded.is_none() {
                i += len;
                continue;
            }
            text.push_str(&input[run_start..i]);
            if is_space {
                // Swallow the whole run of white space.
                let mut j = i + len;
                while j < bytes.len() {
                    match BYTE_CLASS[bytes[j] as usize] {
                        ByteClass::Space => j += 1,
                        ByteClass::IdeographicLead | ByteClass::NoBreakLead
                            if input[j..].starts_with(['\u{3000}', '\u{00A0}']) =>
                        {
                            j += input[j..].chars().next().map_or(1, char::len_utf8);
                        }
                        _ => break,
                    }
                }
                let before = text.as_bytes().last().copied();
                let after = next_ascii(input, j);
                if before.is_some_and(|b| b.is_ascii_alphanumeric())
                    && after.is_some_and(|b| b.is_ascii_alphanumeric())
                {
                    text.push(' ');
                    breaks.push((text.len(), j));
                } else {
                    breaks.push((text.len(), j));
                }
                i = j;
            } else if let Some(ascii) = folded {
                breaks.push((text.len(), i));
                text.push(ascii as char);
                breaks.push((text.len(), i + len));
                i += len;
            }
            run_start = i;
        }
        text.push_str(&input[run_start..]);
        Normalized {
            original: input,
            text,
            breaks,
        }
    }

    /// The normalised text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The input this view was built from.
    pub fn original(&self) -> &'t str {
        self.original
    }

    /// The original byte offset of normalised byte offset `at`, for the
    /// start of a span.
    fn start_to_original(&self, at: usize) -> usize {
        let i = self.breaks.partition_point(|&(norm, _)| norm <= at);
        match i.checked_sub(1) {
            Some(k) => {
                let (norm, orig) = self.breaks[k];
                orig + (at - norm)
            }
            None => at,
        }
    }

    /// Maps a half-open span of the normalised text to the half-open span of
    /// the original input that printed it.
    ///
    /// The start maps to the first original byte of the first character, the
    /// end to just after the last original byte of the last character, so
    /// white space removed around the span is never included, while white
    /// space removed inside it is.
    ///
    /// `span` must lie on character boundaries of [`Normalized::as_str`];
    /// offsets past the end are clamped.
    pub fn to_original(&self, span: Range<usize>) -> Range<usize> {
        let end = span.end.min(self.text.len());
        let start = span.start.min(end);
        let orig_start = self.start_to_original(start);
        if end == start {
            return orig_start..orig_start;
        }
        // The last normalised byte of the span, and where it came from.
        let last = self.start_to_original(end - 1);
        let orig_end = if self.original.is_char_boundary(last) {
            // A folded full-width character or a plain ASCII byte: take the
            // whole original character.
            last + self.original[last..]
                .chars()
                .next()
                .map_or(1, char::len_utf8)
        } else {
            // A continuation byte copied as is.
            last + 1
        };
        orig_start..orig_end.min(self.original.len())
    }
}

/// The first byte at `at` if it is ASCII (after folding a full-width form).
fn next_ascii(input: &str, at: usize) -> Option<u8> {
    let c = input.get(at..)?.chars().next()?;
    if c.is_ascii() {
        Some(c as u8)
    } else {
        fold_full_width(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (input, normalised text)
    const EXAMPLES: &[(&str, &str)] = &[
        ("224.83 亿元", "224.83亿元"),
        ("50 万 元", "50万元"),
        ("10.4 个 百 分 点", "10.4个百分点"),
        ("155.73\n\n亿元", "155.73亿元"),
        ("９３.１％", "93.1%"),
        ("1－2 所", "1-2所"),
        ("5.1：39.3：55.6", "5.1:39.3:55.6"),
        ("动   态   短   讯", "动态短讯"),
        ("1 2", "1 2"),
        ("5G 基站", "5G基站"),
        ("（市统计局）", "（市统计局）"),
        ("　全年\u{a0}收入", "全年收入"),
        ("", ""),
    ];

    #[test]
    fn examples() {
        for &(input, want) in EXAMPLES {
            assert_eq!(Normalized::new(input).as_str(), want, "input {input:?}");
        }
    }

    /// Every normalised substring that is a whole token maps back to the
    /// original bytes that printed it.
    #[test]
    fn spans_map_back() {
        let input = "增长 １３.４ ％，高于全省 9.1\n\n个百分点。";
        let norm = Normalized::new(input);
        let n = norm.as_str();
        for (needle, printed) in [
            ("13.4%", "１３.４ ％"),
            ("9.1个百分点", "9.1\n\n个百分点"),
            ("增长", "增长"),
            ("。", "。"),
        ] {
            let at = n.find(needle).unwrap();
            let span = norm.to_original(at..at + needle.len());
            assert_eq!(&input[span], printed);
        }
    }

    #[test]
    fn empty_span_and_clamping() {
        let norm = Normalized::new("a  b");
        assert_eq!(norm.as_str(), "a b");
        assert_eq!(norm.to_original(1..1), 1..1);
        assert_eq!(norm.to_original(0..99), 0..4);
    }
}
