//! Recognition: the prefilter, the grammars (numbers, units, expressions,
//! periods, ranks), the not-a-figure filters of the surrounding words, and
//! the scan that turns text into mentions.
//!
//! May import [`crate::model`], [`crate::text`] and [`crate::layout`].

pub(crate) mod candidate;
pub(crate) mod context;
pub(crate) mod expression;
pub(crate) mod number;
pub(crate) mod parse;
pub(crate) mod period;
pub(crate) mod rank;
pub(crate) mod scan;
pub(crate) mod unit;
