//! Word sets: whether any of a few short words occurs, in one pass.
//!
//! The rules ask "does this clause hold any of these words?" tens of
//! thousands of times per megabyte. [`WordSet`] answers with
//! `aho-corasick`'s packed searcher (Teddy: SIMD over the words' first
//! bytes) where the CPU has one, and with its automaton elsewhere; a CJK
//! word's first byte is common in Chinese text, which makes the
//! automaton's own prefilter give up, so the packed searcher is asked for
//! directly.
//!
//! | words | text | holds one |
//! |---|---|---|
//! | `年` `月` `季` | `全市生产总值` | no |
//! | `年` `月` `季` | `一季度,全市` | yes |

use aho_corasick::{packed, AhoCorasick, MatchKind};

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
        match self {
            WordSet::Packed(s) => s.find(text).is_some(),
            WordSet::Automaton(a) => a.is_match(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_set_examples() {
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .build(["年", "月", "季"])
            .unwrap();
        // The packed searcher where the CPU has one, and the fallback.
        for set in [
            WordSet::new(&["年", "月", "季"]),
            WordSet::Automaton(automaton),
        ] {
            assert!(!set.is_match("全市生产总值"));
            assert!(set.is_match("一季度,全市"));
            assert!(set.is_match("增长5%。全年"));
            assert!(!set.is_match(""));
        }
    }
}
