//! Characters: the one test for a CJK ideograph, the one full-width fold,
//! and tidying printed text for display. Every stage that asks "is this
//! Chinese?" or "what is this full-width form in ASCII?" asks here.

/// A CJK ideograph: the unified block, extension A, the compatibility
/// block, and extensions B to G (rare characters of place and person names).
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// The code point of the three-byte UTF-8 character at `i` of `bytes`
/// (which starts with a lead byte `E0..=EF` of valid UTF-8), decoded from
/// its bytes alone: the scans that test every CJK character use it.
#[inline]
pub(crate) fn three_byte_char(bytes: &[u8], i: usize) -> u32 {
    (u32::from(bytes[i] & 0x0F) << 12)
        | (u32::from(bytes[i + 1] & 0x3F) << 6)
        | u32::from(bytes[i + 2] & 0x3F)
}

/// The ASCII form of a full-width character that the recognisers care about.
///
/// Only digits, Latin letters and the signs that can be part of a number are
/// folded. Chinese punctuation (`，` `；` `（` `）` …) carries meaning for
/// clause and brief detection and is kept.
pub(crate) fn fold_full_width(c: char) -> Option<u8> {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => Some((c as u32 - 0xFEE0) as u8),
        '％' | '．' | '－' | '＋' | '：' | '／' | '～' => Some((c as u32 - 0xFEE0) as u8),
        _ => None,
    }
}

/// Whether `word` occurs in `text`. The word tables ask this of short
/// texts many times per figure (most leads are under 64 bytes): there a
/// scan for the word's first byte with one slice comparison per hit costs
/// less than any searcher's setup; longer text goes to `memchr`'s SIMD
/// search. (Examples: the `word_search_examples` test below.)
pub(crate) fn has(text: &str, word: &str) -> bool {
    find(text, word).is_some()
}

/// Text shorter than this is searched by [`short_find`].
const SHORT: usize = 64;

/// Text shorter than this (and at least [`SHORT`]) is searched by
/// [`last_byte_find`]; longer text by `memchr::memmem`, whose searcher
/// setup then pays for itself.
const LONG: usize = 1024;

/// The byte offset of the first `word` in `text` (see [`has`]).
pub(crate) fn find(text: &str, word: &str) -> Option<usize> {
    let (text, word) = (text.as_bytes(), word.as_bytes());
    if text.len() >= LONG {
        return memchr::memmem::find(text, word);
    }
    if text.len() >= SHORT {
        return last_byte_find(text, word, false);
    }
    short_find(text, word, 0..text.len().checked_sub(word.len())? + 1)
}

/// The byte offset of the last `word` in `text` (see [`has`]).
pub(crate) fn rfind(text: &str, word: &str) -> Option<usize> {
    let (text, word) = (text.as_bytes(), word.as_bytes());
    if text.len() >= LONG {
        return memchr::memmem::rfind(text, word);
    }
    if text.len() >= SHORT {
        return last_byte_find(text, word, true);
    }
    short_find(
        text,
        word,
        (0..text.len().checked_sub(word.len())? + 1).rev(),
    )
}

/// The first (or with `last`, the last) `word` in `text`, found by a SIMD
/// scan for the word's last byte, each hit checked in place. The last
/// byte of a Chinese word is a continuation byte, one of 64, so hits are
/// few; no searcher is built.
fn last_byte_find(text: &[u8], word: &[u8], last: bool) -> Option<usize> {
    let Some((&tail, head)) = word.split_last() else {
        return Some(if last { text.len() } else { 0 });
    };
    let at = |i: usize| {
        let start = (i + 1).checked_sub(word.len())?;
        (text[start..i] == *head).then_some(start)
    };
    if last {
        memchr::memrchr_iter(tail, text).find_map(at)
    } else {
        memchr::memchr_iter(tail, text).find_map(at)
    }
}

/// The first start in `starts` at which `text` holds `word`.
fn short_find(text: &[u8], word: &[u8], mut starts: impl Iterator<Item = usize>) -> Option<usize> {
    let Some((&first, rest)) = word.split_first() else {
        return starts.next();
    };
    starts.find(|&i| text[i] == first && text[i + 1..i + word.len()] == *rest)
}

/// Tidies text as printed for display: full-width digits and `％` folded,
/// white space removed between two non-ASCII characters (PDF line breaks,
/// spaced-out titles), one space elsewhere (`２０２１  年` → `2021 年`).
pub(crate) fn tidy(s: &str) -> String {
    let s = s.trim();
    let mut out = String::with_capacity(s.len());
    let mut pending = false;
    for c in s.chars() {
        if c.is_whitespace() {
            pending = true;
            continue;
        }
        let c = match c {
            '０'..='９' | '％' => fold_full_width(c).map(char::from).unwrap_or(c),
            c => c,
        };
        if pending {
            let prev_ascii = out.chars().next_back().is_some_and(|p| p.is_ascii());
            if prev_ascii || c.is_ascii() {
                out.push(' ');
            }
            pending = false;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_examples() {
        assert_eq!(tidy("2021  年"), "2021 年");
        assert_eq!(tidy("12 月\n\n份"), "12 月份");
        assert_eq!(tidy(" 到 2025\n\n年 "), "到 2025 年");
        assert_eq!(tidy("２０２１  年"), "2021 年");
    }

    #[test]
    fn cjk_and_fold_examples() {
        assert!(is_cjk('统') && is_cjk('𠙶') && !is_cjk('，') && !is_cjk('a'));
        assert_eq!(fold_full_width('９'), Some(b'9'));
        assert_eq!(fold_full_width('％'), Some(b'%'));
        assert_eq!(fold_full_width('，'), None);
    }

    #[test]
    fn word_search_examples() {
        assert!(has("比上年增长", "上年") && !has("增长", "上年"));
        assert_eq!(find("计划生育计划", "计划"), Some(0));
        assert_eq!(rfind("计划生育计划", "计划"), Some(12));
        assert_eq!(find("", "计划"), None);
        assert_eq!((find("计划", ""), rfind("计划", "")), (Some(0), Some(6)));
        let long = "计划".repeat(40);
        assert_eq!(
            (find(&long, "计划"), rfind(&long, "计划")),
            (Some(0), Some(234))
        );
        assert_eq!(find(&format!("{long}生育"), "生育"), Some(240));
    }

    /// Every length class (short, last-byte scan, `memmem`) agrees with
    /// `str::find` and `str::rfind`, words at the edges included.
    #[test]
    fn word_search_agrees_with_std() {
        let words = ["（", "计划", "划生", "育", "a", "", "生育计划（"];
        for n in [0, 5, 21, 22, 40, 400] {
            let text = format!("（{}a生育计划（", "计划生育".repeat(n));
            for w in words {
                assert_eq!(find(&text, w), text.find(w), "find {w:?} in {n}");
                assert_eq!(rfind(&text, w), text.rfind(w), "rfind {w:?} in {n}");
            }
        }
    }
}
