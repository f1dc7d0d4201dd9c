//! Whether a figure is planned (SPEC §3, `planned`; "Targets and
//! forecasts"): a plan word in its clause, a plan that holds for its
//! sentence, or a target frame's list.

use crate::attach::basis::compared_with;
use crate::attach::clause::Clause;
use crate::attach::lexicon::{
    ACHIEVED, CLAUSE_PLANS, CLAUSE_PLAN_SET, LIST_PLANS, NOT_PLANS, SENTENCE_PLAN_SET,
};
use crate::attach::part::BriefFacts;
use crate::attach::passage::PassageContext;

impl PassageContext {
    /// The plan words of a clause whose topic is `topic_len` bytes long,
    /// for the sentence's plan; `after_semicolon` when a `；` ends the
    /// clause before it.
    pub(super) fn read_plans(
        &mut self,
        norm: &str,
        clause: &Clause,
        topic_len: usize,
        after_semicolon: bool,
        facts: &BriefFacts,
    ) {
        let text = &norm[clause.range.clone()];
        if after_semicolon && !self.sentence.plans_list {
            // `；` ends what a plan word said about its sentence.
            self.sentence.plan = false;
        }
        // `主要预期目标是:…；…。`: a target frame ending in a colon plans
        // its whole list, across `；` (SPEC, "Targets and forecasts").
        if opens_list(norm, clause) && LIST_PLANS.iter().any(|w| crate::text::chars::has(text, w)) {
            self.sentence.plan = true;
            self.sentence.plans_list = true;
            // In a passage the list runs to its paragraph's end.
            self.open_list(facts);
        }
        // `该县计划城镇新增就业 7000 人以上，开展…`: a plan verb opening the
        // clause holds to the end of the sentence, like `力争`.
        // (`預(yù)計`: a repost's pinyin glosses are read through.)
        if !self.sentence.holds_figures {
            return;
        }
        let plain = crate::text::script::without_glosses(text);
        let opens_plan =
            |t: &str| t.starts_with("计划") && !NOT_PLANS.iter().any(|n| t.starts_with(n));
        if SENTENCE_PLAN_SET.is_match(plain.as_ref())
            || opens_plan(&text[topic_len..])
            || opens_plan(text)
        {
            self.sentence.plan = true;
        }
    }
}

/// Whether a plan word in `before` (the clause up to a run) or a target
/// right `after` it plans the run.
pub(super) fn plan_here(before: &str, after: &str) -> bool {
    // `完成年度目标的 118.8%`: a target reached is a result.
    // `纳入年度计划的…项目`: a plan that qualifies a noun plans nothing.
    // `占年度计划投资的 38.3%`: nor does one inside a share's whole.
    // `高于年度预期目标2.1个百分点`: a target compared with is a basis.
    // `计划生育支出`: a noun, not a plan.
    // (One pass finds whether any plan word is there at all.)
    let plan_here = CLAUSE_PLAN_SET.is_match(before)
        && CLAUSE_PLANS.iter().any(|w| {
            crate::text::chars::find(before, w).is_some_and(|at| {
                !crate::text::chars::has(&before[..at], "完成")
                    && !crate::text::chars::has(&before[..at], "实现")
                    && !before[..at].contains('占')
                    && !before[at + w.len()..].starts_with('的')
                    && !compared_with(&before[..at])
                    && !NOT_PLANS.iter().any(|n| before[at..].starts_with(n))
            })
        });
    // `增长百分之九以上目标`: the figure is the target's value.
    let target_after = ["目标", "的目标", "的预期目标"]
        .iter()
        .any(|w| after.starts_with(w));
    plan_here || target_after
}

/// Whether `before` says the figure is achieved (`已`, `累计`): the
/// sentence's plan does not hold for it.
pub(super) fn achieved(before: &str) -> bool {
    ACHIEVED.iter().any(|w| crate::text::chars::has(before, w))
}

/// Whether `clause` ends with a colon (`目标是:`), opening a list.
fn opens_list(norm: &str, clause: &Clause) -> bool {
    let text = &norm[clause.range.clone()];
    text.ends_with([':', '：']) || norm[clause.range.end..].starts_with([':', '：'])
}
