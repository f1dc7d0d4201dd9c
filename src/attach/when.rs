//! The period of a figure (SPEC §3, `period`): its own (`由2013年的`), a
//! rank's year, or the one its clause, sentence or passage states; and
//! the periods inside a clause that frame it.

use crate::attach::clause::Clause;
use crate::attach::lexicon::{CLAUSE_PLANS, SENTENCE_PLANS};
use crate::attach::part::{BriefFacts, Part};
use crate::attach::passage::PassageContext;
use crate::attach::run::RunContext;
use crate::model::record::{Kind, Period};
use crate::recognize::period::{self, PeriodExpr};

impl PassageContext {
    /// The period as printed, before its year is resolved.
    pub(super) fn period_of(
        &mut self,
        part: &Part<'_>,
        kind: Kind,
        ctx: &RunContext<'_>,
        facts: &BriefFacts,
    ) -> Option<(String, PeriodExpr)> {
        // A rank's own year: `由 2019 年度全省第 18 名`.
        let own = if kind == Kind::Rank {
            let own = period::first_dated(&ctx.lead_text)
                .map(|(text, p)| match ctx.before.find(text) {
                    Some(at) => (part.as_written(&ctx.before[at..at + text.len()]), p),
                    None => (text.to_string(), p),
                })
                .or_else(|| self.sentence.rank_period.clone());
            self.sentence.rank_period.clone_from(&own);
            own
        } else {
            None
        };
        own.or_else(|| self.period(facts))
    }

    /// A period as printed, its year resolved: the most recent year
    /// stated, else (in a brief) the year of its first dated period, else
    /// the reference year.
    pub(super) fn resolve(&self, (text, p): (String, PeriodExpr), facts: &BriefFacts) -> Period {
        let first_dated = facts.first_dated.as_ref().filter(|_| facts.is_brief);
        let year = self
            .year
            .or(first_dated.and_then(|d| d.1.year))
            .or(facts.reference_year);
        let (from, to) = p.resolve(year);
        Period { text, from, to }
    }
}

/// A period inside a clause, before its first figure: a dated one, or a
/// target after a plan word (`安徽力争到2025年,`, `规划到2025年产业规模要…`): it
/// frames the clause like one in topic position.
pub(super) fn target_inside<'n>(
    text: &'n str,
    clause: &Clause,
    part: &Part<'_>,
) -> Option<(&'n str, PeriodExpr)> {
    // Every target or dated period prints 年 (`到2025年`, `到年底`) or the
    // plan's name (`到“十四五”末`): most clauses are passed at once.
    if !text.contains('年') && !crate::text::chars::has(text, "十四五") {
        return None;
    }
    let next = part
        .mentions
        .partition_point(|(_, r)| r.start < clause.range.start);
    let first_figure = part.mentions.get(next).map_or(text.len(), |(_, r)| {
        r.start.saturating_sub(clause.range.start).min(text.len())
    });
    // Only after a plan word: `恢复到2019年同期的` is no target.
    let after_plan = |at: usize| {
        let before = &text[..at];
        SENTENCE_PLANS
            .iter()
            .chain(CLAUSE_PLANS.iter())
            .any(|w| before.ends_with(w))
    };
    // … or ending the clause: `《行动计划》提出到2025年,`. A dated period
    // after a verb of publishing dates the clause too
    // (`…19日公布2015年前三季度当地GDP为…`).
    let ends_clause = |end: usize| end == first_figure;
    let published = |at: usize| {
        ["公布", "发布", "显示", "通报"]
            .iter()
            .any(|w| text[..at].ends_with(w))
    };
    period::stated(text)
        .take_while(|(r, _, _)| r.end <= first_figure)
        .filter(|(r, p, u)| {
            let frames = if p.target {
                after_plan(r.start) || ends_clause(r.end)
            } else {
                p.year.is_some() && published(r.start)
            };
            *u == period::Use::Dates && frames
        })
        .map(|(r, p, _)| (&text[r], p))
        .last()
}

/// The period printed right before a figure as its own (`由2013年的`,
/// `增长到2022年的`, `由2018年`; see [`period::Use::OwnOf`]).
pub(super) fn own_period(part: &Part<'_>, before: &str) -> Option<(String, PeriodExpr)> {
    let tail = before.len().saturating_sub(24);
    let tail = (tail..before.len()).find(|&i| before.is_char_boundary(i))?;
    let text = &before[tail..];
    // The period ends right before `的` or the figure, after `由`.
    if !text.ends_with('的') && !text.contains('由') {
        return None;
    }
    // `stated` sees no figure after the cut, so its use is read here.
    let (r, p, _) = period::stated(text)
        .filter(|(r, _, u)| {
            let rest = &text[r.end..];
            *u != period::Use::Other
                && (rest == "的" || rest.is_empty() && text[..r.start].ends_with('由'))
        })
        .last()?;
    // `增长到2022年的…`: the `到` belongs to the verb; the year is the figure's.
    let verb_to = ["到", "至"]
        .iter()
        .find(|w| text[r.clone()].starts_with(**w));
    if let Some(w) = verb_to.filter(|_| p.target) {
        let year = &text[r.start + w.len()..r.end];
        let (_, plain) = period::period(year).ok()?;
        return Some((part.as_written(year), plain));
    }
    Some((part.as_written(&text[r]), p))
}
