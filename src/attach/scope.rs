//! The scope of a figure (SPEC §3, `scope`): whose figure it is (`全国`,
//! `南阳市`).

use crate::attach::clause;
use crate::attach::part::BriefFacts;
use crate::attach::passage::PassageContext;
use crate::attach::run::RunContext;

impl PassageContext {
    /// Whose figure it is.
    pub(super) fn scope_of(
        &self,
        subject: &str,
        ctx: &RunContext<'_>,
        facts: &BriefFacts,
    ) -> Option<String> {
        // (`占全国…的 30%` is a share of a larger whole, not of 全国's.)
        let share_scope = ctx
            .lead
            .share
            .as_deref()
            .and_then(clause::scope)
            .filter(|s| !matches!(*s, "全国" | "全省"));
        if ctx.bracketed {
            clause::scope(subject).map(str::to_string)
        } else if let Some(s) = share_scope {
            // `占南阳市进出口总值的 89%`: the whole names whose share it is.
            Some(s.to_string())
        } else if self.is_headline {
            ctx.lead.scope.clone().or_else(|| facts.lead_scope.clone())
        } else if self.sentence.this_event {
            facts.lead_scope.clone().or_else(|| self.scope.clone())
        } else {
            self.scope.clone()
        }
    }
}
