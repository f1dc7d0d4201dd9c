//! The mention being assembled by the scan and read by the rank rules: one
//! place both can import, so that neither imports the other for it.

use crate::model::quantity::{Bound, Quantity, Value};
use crate::model::unit::Unit;
use rust_decimal::Decimal;

/// A mention being assembled, in normalised offsets.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    pub start: usize,
    pub end: usize,
    pub value: Value,
    pub high: Option<Decimal>,
    pub unit: Unit,
    pub bound: Option<Bound>,
    /// No unit at all: kept only if `triggered` or given a unit later.
    pub bare: bool,
    /// A verb before a bare number makes it a figure.
    pub triggered: bool,
    /// A bare number after `增加`/`减少`: inherits the unit it changes.
    pub inherits: bool,
}

impl Candidate {
    /// What the finished mention holds: value, range end, unit and bound.
    pub(crate) fn quantity(&self) -> Quantity {
        Quantity {
            value: self.value,
            high: self.high,
            unit: self.unit,
            bound: self.bound,
        }
    }
}
