//! Word sets: where the first of a few short words occurs, in one pass.
//!
//! The rules ask "does this clause hold any of these words?" tens of
//! thousands of times per megabyte. [`WordSet`] answers with
//! `aho-corasick`'s packed searcher (Teddy: SIMD over the words' first
//! bytes) where the CPU has one, and with its automaton elsewhere; a CJK
//! word's first byte is common in Chinese text, which makes the
//! automaton's own prefilter give up, so the packed searcher is asked for
//! directly.
//!
//! | words | text | first at |
//! |---|---|---|
//! | `年` `月` `季` | `全市生产总值` | none |
//! | `年` `月` `季` | `一季度,全市` | 3 |
//! | `,` `\xE3` | `增长5%,高于` | 4 |

use aho_corasick::{packed, AhoCorasick, Input, MatchKind};

/// A few short words, searched for together.
pub(crate) enum WordSet {
    /// SIMD search, where the CPU has it.
    Packed(packed::Searcher),
    /// The automaton, everywhere else.
    Automaton(AhoCorasick),
}

impl WordSet {
    /// The set of `words` (at most 64, none empty: the packed searcher's
    /// limits; beyond them the automaton serves).
    pub(crate) fn new<W: AsRef<[u8]>>(words: &[W]) -> WordSet {
        match packed::Searcher::new(words.iter()) {
            Some(searcher) => WordSet::Packed(searcher),
            None => WordSet::Automaton(
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostFirst)
                    .build(words)
                    .expect("a word list builds an automaton"),
            ),
        }
    }

    /// Whether any word occurs in `text`.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.find_from(text.as_bytes(), 0).is_some()
    }

    /// Where the leftmost word at or after byte `from` of `text` starts.
    pub(crate) fn find_from(&self, text: &[u8], from: usize) -> Option<usize> {
        let from = from.min(text.len());
        match self {
            WordSet::Packed(s) => s.find_in(text, aho_corasick::Span::from(from..text.len())),
            WordSet::Automaton(a) => a.find(Input::new(text).range(from..)),
        }
        .map(|m| m.start())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_set_examples() {
        let periods = WordSet::new(&["年", "月", "季"]);
        assert!(!periods.is_match("全市生产总值"));
        assert_eq!(periods.find_from("一季度,全市".as_bytes(), 0), Some(3));
        assert_eq!(periods.find_from("一季度,全年".as_bytes(), 4), Some(13));
        assert_eq!(periods.find_from("一季度".as_bytes(), 99), None);
        let marks = WordSet::new(&[&b","[..], &b"\xE3"[..]]);
        assert_eq!(marks.find_from("增长5%,高于".as_bytes(), 0), Some(8));
        // The fallback answers alike.
        let automaton = WordSet::Automaton(
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostFirst)
                .build(["年", "月", "季"])
                .unwrap(),
        );
        assert_eq!(automaton.find_from("一季度,全年".as_bytes(), 4), Some(13));
    }
}
