//! The basis of a comparison (SPEC §3, `compared_to`): what a change,
//! growth, multiple or points figure is measured against, or the group a
//! rank is counted in.

use crate::attach::lead::{self, Lead};
use crate::attach::part::Part;
use crate::attach::passage::PassageContext;
use crate::attach::run::RunContext;
use crate::model::record::Kind;
use crate::recognize::period;
use std::ops::Range;

impl PassageContext {
    /// The basis of a comparison, or the group of a rank.
    pub(super) fn compared_to(
        &mut self,
        part: &Part<'_>,
        r: &Range<usize>,
        kind: Kind,
        j: usize,
        ctx: &RunContext<'_>,
    ) -> Option<String> {
        match kind {
            _ if ctx.bracketed => None,
            Kind::Rank => {
                let group = group_in(&part.norm[r.clone()])
                    .or_else(|| {
                        // `跃升至 2020 年度第十名`: a period, not a group.
                        ctx.lead
                            .group
                            .clone()
                            .filter(|g| period::period(g).is_err())
                    })
                    .or_else(|| last_group(&ctx.lead_text))
                    .or_else(|| self.sentence.rank_group.clone())
                    .or_else(|| ctx.bases[j].clone());
                self.sentence.rank_group.clone_from(&group);
                group
            }
            // `为上年同期的 1.8 倍`: a multiple of the whole it names.
            Kind::Multiple => ctx.bases[j]
                .clone()
                .or_else(|| {
                    ctx.lead
                        .share
                        .as_ref()
                        .map(|s| s.trim_end_matches('的').to_string())
                })
                .filter(|s| !s.is_empty())
                .or_else(|| self.sticky_basis.clone()),
            // `较上年末增加 1.98 万辆，增幅达 105.3%`: the rate of the change
            // before it, against the same basis.
            // `比上年末增加14.29万人、增长4.6%`: a rate right after a change
            // in its clause shares the change's basis.
            Kind::Growth | Kind::Change => ctx.bases[j]
                .clone()
                .or_else(|| {
                    ["增幅", "增速", "涨幅", "降幅"]
                        .contains(&ctx.lead.subject.as_str())
                        .then(|| self.sentence.last_basis.clone())
                        .flatten()
                })
                .or_else(|| {
                    let own = ctx.lead.subject.is_empty();
                    own.then(|| self.sentence.clause_basis.clone()).flatten()
                })
                .or_else(|| self.sentence.basis_clause.clone())
                .or_else(|| self.sticky_basis.clone()),
            Kind::Points | Kind::RankChange => ctx.bases[j]
                .clone()
                .or_else(|| self.sentence.basis_clause.clone()),
            _ => None,
        }
    }
}

/// One basis per item of a run of `n`: after `分别`, a basis that lists
/// as many names as the run has items gives each item its own.
pub(super) fn bases(lead: &Lead, n: usize) -> Vec<Option<String>> {
    match &lead.basis {
        Some(b) if lead.respectively && n > 1 => {
            let items = lead::split_list(b);
            if items.len() == n {
                items.into_iter().map(|s| Some(s.to_string())).collect()
            } else {
                vec![Some(b.clone()); n]
            }
        }
        b => vec![b.clone(); n],
    }
}

/// The basis of a clause `与X相比` / `同X相比` / `和X相比` / `较X相比`.
pub(super) fn basis_clause(text: &str) -> Option<&str> {
    let inner = text
        .strip_suffix("相比")
        .or_else(|| text.strip_suffix('比'))?;
    let basis = ["与", "同", "和", "较", "跟"]
        .iter()
        .find_map(|w| inner.strip_prefix(w))?;
    (!basis.is_empty() && basis.chars().count() <= 12).then_some(basis)
}

/// Whether a basis is a period (`一季度`, `去年同期`, `上年`), not a place.
pub(super) fn is_period_basis(basis: &str) -> bool {
    period::period(basis).is_ok()
        || ["同期", "上年", "去年", "上月", "年初"]
            .iter()
            .any(|w| crate::text::chars::has(basis, w))
}

/// Whether a comparison word stands at most four characters before the end
/// of `text` (`高于年度预期`, `超过`): what follows is the basis.
pub(super) fn compared_with(text: &str) -> bool {
    let start = text.char_indices().rev().nth(5).map_or(0, |(i, _)| i);
    ["高于", "低于", "快于", "慢于", "高出", "超过", "超出"]
        .iter()
        .any(|w| crate::text::chars::has(&text[start..], w))
}

/// The ranking group printed inside a rank mention (`全省第5`).
fn group_in(mention: &str) -> Option<String> {
    crate::recognize::rank::RANK_GROUPS
        .iter()
        .find(|g| mention.starts_with(**g))
        .map(|g| g.to_string())
}

/// The last ranking group (`全省`, `全国` …) named in `lead`.
fn last_group(lead: &str) -> Option<String> {
    crate::recognize::rank::RANK_GROUPS
        .iter()
        .filter_map(|g| lead.rfind(g).map(|at| (at, *g)))
        .max()
        .map(|(_, g)| g.to_string())
}
