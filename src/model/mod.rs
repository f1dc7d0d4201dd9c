//! The model: the types every stage shares and the public API returns
//! (`Mention`, `Record`, `Quantity`, `Unit`, `Error` …), with no knowledge
//! of how text is read.
//!
//! The foundation of the pipeline: may import nothing else of the crate.

pub(crate) mod error;
pub(crate) mod mention;
pub(crate) mod quantity;
pub(crate) mod record;
pub(crate) mod row;
pub(crate) mod unit;
