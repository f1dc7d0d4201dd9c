//! A normalised view of PDF-extracted text, with an exact map back to the
//! input: see [`Normalized`].

use crate::text::chars::fold_full_width;
use crate::text::swar;
use std::ops::Range;

/// Text with PDF damage removed, plus an exact map back to the original bytes.
///
/// Gazette text extracted from PDF is damaged (SPEC §1): hard line breaks and
/// blank lines inside sentences and numbers, spaces between a number and its
/// unit and inside units (`50 万 元`, `10.4 个 百 分 点`), full-width digits
/// and signs (`９３.１％`, `－`, `．`). The recognisers work on a normalised
/// copy in which
///
/// * every run of white space (ASCII white space, U+3000, U+00A0) is removed,
///   except that one ASCII space is kept where the run separates two ASCII
///   letters or digits (so that `1 2` never becomes `12`);
/// * full-width digits, Latin letters and the signs `％ ． － ＋ ： ／ ～` become
///   their ASCII forms.
///
/// Every other character is copied unchanged. The copy keeps a sparse map of
/// breakpoints, so any span of the normalised text can be turned back into a
/// span of the original input ([`Normalized::to_original`]) in `O(log n)`,
/// and `&input[span]` is then the expression exactly as it was printed.
///
/// ```
/// use tongji::Normalized;
///
/// let input = "完成 224.83\n\n亿元，增长１３.４％";
/// let norm = Normalized::new(input);
/// assert_eq!(norm.as_str(), "完成224.83亿元，增长13.4%");
/// let at = norm.as_str().find("13.4%").unwrap();
/// let span = norm.to_original(at..at + "13.4%".len());
/// assert_eq!(&input[span], "１３.４％");
/// ```
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
    /// The normalised offsets right after removed white space that held a
    /// line break (see [`Normalized::line_break_before`]); sorted.
    line_breaks: Vec<usize>,
}

/// What the bytes at some offset are, for the normalising pass.
enum Special {
    /// Copied as is.
    Plain,
    /// White space of this many bytes.
    Space(usize),
    /// A full-width form of this many bytes, folded to this ASCII byte.
    Fold(u8, usize),
}

/// Classifies the character starting at `i` (whose first byte is `b`)
/// from its bytes alone: ASCII white space, U+00A0 (`C2 A0`), U+3000
/// (`E3 80 80`), or a full-width form U+FF01..U+FF5E (`EF BC 81`..`EF BD 9E`).
#[inline]
fn special_at(bytes: &[u8], i: usize, b: u8) -> Special {
    match b {
        b' ' | b'\n' | b'\r' | b'\t' | 0x0B | 0x0C => Special::Space(1),
        0xC2 if bytes.get(i + 1) == Some(&0xA0) => Special::Space(2),
        0xE3 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0x80]) => Special::Space(3),
        0xEF => match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(&b1 @ (0xBC | 0xBD)), Some(&b2)) => {
                let code = 0xF000 | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
                match char::from_u32(code).and_then(fold_full_width) {
                    Some(ascii) => Special::Fold(ascii, 3),
                    None => Special::Plain,
                }
            }
            _ => Special::Plain,
        },
        _ => Special::Plain,
    }
}

/// The bytes that can start a special character, eight at a time (see
/// [`crate::text::swar`]): below `0x21` (ASCII white space), or `C2`,
/// `E3`, `EF` (U+00A0, U+3000, the full-width forms).
fn may_be_special(v: u64) -> u64 {
    swar::below(v, 0x21) | swar::equal(v, 0xC2) | swar::equal(v, 0xE3) | swar::equal(v, 0xEF)
}

impl<'t> Normalized<'t> {
    /// Normalises `input` (the rules are above, on [`Normalized`]).
    pub fn new(input: &'t str) -> Normalized<'t> {
        let bytes = input.as_bytes();
        let mut text = String::with_capacity(input.len());
        let mut breaks = Vec::new();
        let mut line_breaks = Vec::new();
        // Start of the pending run of plain bytes, copied in one go.
        let mut run_start = 0;
        let mut i = 0;
        while i < bytes.len() {
            i = swar::first_flagged(bytes, i, may_be_special);
            let Some(&b) = bytes.get(i) else { break };
            let (is_space, folded, len) = match special_at(bytes, i, b) {
                Special::Plain => {
                    // Skip the whole character (or a stray continuation byte
                    // where the word skip stopped inside a character).
                    i += match b {
                        0xE0..=0xEF => 3,
                        0xF0.. => 4,
                        0xC0..=0xDF => 2,
                        _ => 1,
                    };
                    continue;
                }
                Special::Space(len) => (true, 0, len),
                Special::Fold(ascii, len) => (false, ascii, len),
            };
            text.push_str(&input[run_start..i]);
            if is_space {
                // Swallow the whole run of white space.
                let mut j = i + len;
                // A line break after the run's first character.
                let mut later_break = false;
                while let Some(&b) = bytes.get(j) {
                    match special_at(bytes, j, b) {
                        Special::Space(len) => {
                            later_break |= b == b'\n';
                            j += len;
                        }
                        _ => break,
                    }
                }
                let before = text.as_bytes().last().copied();
                let after = next_ascii(input, j);
                let kept = before.is_some_and(|b| b.is_ascii_alphanumeric())
                    && after.is_some_and(|b| b.is_ascii_alphanumeric());
                if kept {
                    text.push(' ');
                }
                breaks.push((text.len(), j));
                // The kept space stands for the run's first character.
                if later_break || (!kept && b == b'\n') {
                    line_breaks.push(text.len());
                }
                i = j;
            } else {
                breaks.push((text.len(), i));
                text.push(char::from(folded));
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
            line_breaks,
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
    ///
    /// `hint` is the number of breakpoints at or before the previous query;
    /// queries in increasing order (as a scan makes them) then cost O(1)
    /// amortised, and any other order falls back to a binary search.
    fn start_to_original(&self, at: usize, hint: &mut usize) -> usize {
        let breaks = &self.breaks;
        let mut k = (*hint).min(breaks.len());
        if k > 0 && breaks[k - 1].0 > at {
            k = breaks.partition_point(|&(norm, _)| norm <= at);
        } else if breaks.get(k + 8).is_some_and(|&(norm, _)| norm <= at) {
            k += breaks[k..].partition_point(|&(norm, _)| norm <= at);
        } else {
            while breaks.get(k).is_some_and(|&(norm, _)| norm <= at) {
                k += 1;
            }
        }
        *hint = k;
        match k.checked_sub(1) {
            Some(last) => {
                let (norm, orig) = breaks[last];
                orig + (at - norm)
            }
            None => at,
        }
    }

    /// Whether the white space removed right before normalised offset `at`
    /// held a line break (`。\n\n下一段` → true at `下`): where a
    /// paragraph of web text may start.
    pub(crate) fn line_break_before(&self, at: usize) -> bool {
        if at == 0 || at >= self.text.len() || !self.text.is_char_boundary(at) {
            return false;
        }
        self.line_breaks.binary_search(&at).is_ok()
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
        self.to_original_hinted(span, &mut 0)
    }

    /// [`Normalized::to_original`] for spans queried in increasing order.
    pub(crate) fn to_original_hinted(&self, span: Range<usize>, hint: &mut usize) -> Range<usize> {
        let end = span.end.min(self.text.len());
        let start = span.start.min(end);
        let orig_start = self.start_to_original(start, hint);
        if end == start {
            return orig_start..orig_start;
        }
        // The last normalised byte of the span, and where it came from.
        let last = self.start_to_original(end - 1, hint);
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
    let bytes = input.as_bytes();
    match *bytes.get(at)? {
        b if b.is_ascii() => Some(b),
        b => match special_at(bytes, at, b) {
            Special::Fold(ascii, _) => Some(ascii),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The gap in the original between the character before `at` and the
    /// one at `at` holds a line break: what `line_break_before` records.
    fn gap_holds_line_break(norm: &Normalized<'_>, at: usize) -> bool {
        let text = norm.as_str();
        if at == 0 || at >= text.len() || !text.is_char_boundary(at) {
            return false;
        }
        let prev = text[..at].chars().next_back().map_or(1, char::len_utf8);
        let gap = norm.to_original(at - prev..at).end..norm.to_original(at..at + 1).start;
        norm.original().get(gap).is_some_and(|g| g.contains('\n'))
    }

    #[test]
    fn line_breaks_are_the_gaps_that_hold_one() {
        let gazette = include_str!("../../tests/data/nanyang-gazette-2022-01.txt");
        let samples = [
            "增长 5%。\n\n下一段",
            "第 1\n 2 名",
            "5\u{3000}\n6",
            "完成 224.83\n\n亿元，增长１３.４％\n",
            "\n\n开头",
            gazette,
        ];
        let mut breaks = 0;
        for input in samples {
            let norm = Normalized::new(input);
            for at in 0..=norm.as_str().len() {
                let want = gap_holds_line_break(&norm, at);
                assert_eq!(norm.line_break_before(at), want, "{input:.20} at {at}");
                breaks += usize::from(want);
            }
        }
        assert!(breaks > 100, "only {breaks} line breaks");
    }

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
