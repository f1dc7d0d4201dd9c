//! Attachment: places each mention in its statistical context — clauses
//! and topics, the lead before a figure, the lexicon of context words, and
//! the assembly of records from a passage.
//!
//! May import [`crate::model`], [`crate::text`], [`crate::layout`] and
//! [`crate::recognize`].

pub(crate) mod assemble;
pub(crate) mod clause;
pub(crate) mod lead;
pub(crate) mod lexicon;
pub(crate) mod source;
