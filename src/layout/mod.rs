//! Layout: the document as printed — briefs, headlines, source markers,
//! columns of other articles cut out, page furniture — as byte ranges of
//! the original input.
//!
//! May import [`crate::model`] and [`crate::text`].

pub mod document;
