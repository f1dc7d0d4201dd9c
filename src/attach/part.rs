//! The text a record is read from: one part of a block (a headline or a
//! body) with its mentions, and what a brief says as a whole.

use crate::model::mention::Mention;
use crate::recognize::period::PeriodExpr;
use std::ops::Range;
use std::sync::Arc;

/// One part of a block (its headline or its body) after normalisation.
pub(crate) struct Part<'a> {
    pub(crate) norm: &'a str,
    pub(crate) normalized: &'a crate::text::normalize::Normalized<'a>,
    pub(crate) mentions: Vec<(Mention<'a>, Range<usize>)>,
    /// The clauses of `norm` ([`crate::attach::clause::clauses`]), split once.
    pub(crate) clauses: Vec<crate::attach::clause::Clause>,
}

impl Part<'_> {
    /// `words` (a slice of the normalised text) as printed in the input,
    /// white space tidied (`2021 年`, `到 2025 年`, `12 月份`).
    pub(crate) fn as_written(&self, words: &str) -> String {
        let base = self.norm.as_ptr() as usize;
        let at = (words.as_ptr() as usize).wrapping_sub(base);
        if at > self.norm.len() || at + words.len() > self.norm.len() {
            return words.to_string();
        }
        let span = self.normalized.to_original(at..at + words.len());
        crate::text::chars::tidy(&self.normalized.original()[span])
    }

    /// `name` (read from the simplified copy of traditional text, see
    /// [`crate::text::script`]) as printed: the same bytes of the
    /// normalised text at its last occurrence before `before`. Names built
    /// from several places (`X占Y`) stay as they are.
    pub(crate) fn as_printed(&self, name: String, before: usize) -> String {
        let printed = self.normalized.as_str();
        if std::ptr::eq(printed, self.norm) || name.is_empty() {
            return name;
        }
        match self.norm[..before.min(self.norm.len())].rfind(name.as_str()) {
            Some(at) => printed[at..at + name.len()].to_string(),
            None => name,
        }
    }
}

/// What a brief says as a whole.
#[derive(Default)]
pub(crate) struct BriefFacts {
    pub(crate) is_brief: bool,
    pub(crate) source: Option<Arc<str>>,
    pub(crate) headline: Option<Arc<str>>,
    /// The first period and scope stated in topic position.
    pub(crate) lead_period: Option<(String, PeriodExpr)>,
    pub(crate) lead_scope: Option<String>,
    /// The first dated period anywhere (`2021年度`).
    pub(crate) first_dated: Option<(String, PeriodExpr)>,
    pub(crate) reference_year: Option<u16>,
    /// The agency a passage's opening sentence credits (`据海关统计,…`):
    /// it governs the whole passage (SPEC, "Sources").
    pub(crate) passage_source: Option<Arc<str>>,
}
