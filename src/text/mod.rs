//! Text: characters and their forms, before any layout or grammar: the CJK
//! test, the full-width fold, tidying for display, normalisation with its
//! exact byte map back to the input, word sets searched in one pass, and
//! word-at-a-time byte search.
//!
//! May import only [`crate::model`].

pub(crate) mod chars;
pub(crate) mod normalize;
pub(crate) mod script;
pub(crate) mod swar;
pub(crate) mod words;
