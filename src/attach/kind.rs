//! Kind and sign: what a figure measures (SPEC §3, `kind`) and whether a
//! verb of decrease makes it negative (`下降 3.2%`).

use crate::attach::lead::Lead;
use crate::attach::lexicon::Word;
use crate::model::mention::Mention;
use crate::model::record::Kind;
use crate::model::unit::Family;

/// What the words around a figure say about its kind.
pub(super) struct Cues<'c> {
    pub(super) lead: &'c Lead,
    /// The words before the figure, brackets removed.
    pub(super) lead_text: &'c str,
    pub(super) subject: &'c str,
    /// The text after the figure.
    pub(super) after: &'c str,
    pub(super) bracketed: bool,
    /// The last percentage of the sentence outside brackets was a growth:
    /// a bracketed one after it is one too (`较一季度(-10.8%)`).
    pub(super) growth_before: bool,
}

/// The kind of a figure (SPEC §3, `kind`).
pub(super) fn kind_of(m: &Mention<'_>, cues: &Cues<'_>) -> Kind {
    let Cues {
        lead,
        lead_text,
        subject,
        ..
    } = *cues;
    // `全年新增人民币各项存款…亿元`: an increase of a balance.
    let balance_grows = crate::text::chars::has(lead_text, "新增")
        && ["存款", "贷款"]
            .iter()
            .any(|w| crate::text::chars::has(subject, w));
    let changes = matches!(lead.governing, Some(Word::Up | Word::Down));
    match m.family() {
        Family::Money => {
            if changes || balance_grows {
                Kind::Change
            } else {
                Kind::Amount
            }
        }
        Family::Percent | Family::PerMille => percent_kind(cues, changes),
        // `1.6 万元/亩`: a price is money.
        Family::Rate if m.quantity.unit.base().starts_with('元') => {
            if changes {
                Kind::Change
            } else {
                Kind::Amount
            }
        }
        Family::Points => Kind::Points,
        // `超过五成`: a share (SPEC, "More forms").
        // `同比增长近一成五`: a change of a share is a growth.
        // (`增长贡献率超过五成`: a rate's share is a ratio.)
        Family::Share if changes && !subject.ends_with('率') && !lead_text.contains('率') => {
            Kind::Growth
        }
        Family::Share => Kind::Ratio,
        Family::Rank => Kind::Rank,
        Family::RankChange => Kind::RankChange,
        Family::Multiple => Kind::Multiple,
        Family::Structure => Kind::Structure,
        // `性别比…为106.9`: a bare number naming a ratio.
        _ if m.quantity.unit.base().is_empty()
            && RATIO_NAMES.iter().any(|w| subject.ends_with(w)) =>
        {
            Kind::Ratio
        }
        _ => {
            if changes {
                Kind::Change
            } else {
                Kind::Quantity
            }
        }
    }
}

/// The kind of a percentage: a growth or a ratio.
fn percent_kind(cues: &Cues<'_>, changes: bool) -> Kind {
    let Cues {
        lead,
        lead_text,
        subject,
        after,
        bracketed,
        growth_before,
    } = *cues;
    let plain_bracket = bracketed && !growth_before;
    // `增长速度维持在7%左右`, `增长目标为7.5%以上`: a growth named before its verb.
    let names_growth = GROWTH_NAMES
        .iter()
        .any(|w| crate::text::chars::has(lead_text, w));
    if bracketed && !plain_bracket {
        Kind::Growth
    } else if bracketed {
        let growth_word = ["增速", "增幅", "增长"].iter().any(|w| {
            crate::text::chars::has(&lead.subject, w) || crate::text::chars::has(subject, w)
        });
        if growth_word || crate::text::chars::has(&lead.last_segment, "水平") {
            Kind::Growth
        } else {
            Kind::Ratio
        }
    } else if changes {
        Kind::Growth
    } else if lead.share.is_some() {
        Kind::Ratio
    } else if GROWTH_NAMES
        .iter()
        .any(|w| subject.ends_with(w) || lead.subject.ends_with(w))
        || GROWTH_AFTER.iter().any(|w| after.starts_with(w))
        || names_growth
    {
        Kind::Growth
    } else {
        Kind::Ratio
    }
}

/// Subjects that name a growth rate: a percentage of theirs is a growth
/// (`居民消费价格涨幅控制在3%左右`, `增长速度维持在7%左右`).
const GROWTH_NAMES: &[&str] = &["增速", "增幅", "涨幅", "降幅", "增长速度", "增长目标"];

/// Words after a percentage that make it a growth (`保持30%以上的增长`).
const GROWTH_AFTER: &[&str] = &["的增长", "的增速", "的增幅", "以上的增长", "左右的增长"];

/// Subjects that name a ratio: a bare number of theirs is one (`性别比`).
const RATIO_NAMES: &[&str] = &["比", "比率", "比例", "指数"];

/// Whether a verb of decrease or a `低于` governing a figure signs it:
/// `下降 3.2%` is −3.2% (for the kinds a verb signs, and a figure printed
/// positive).
pub(super) fn negates(m: &Mention<'_>, kind: Kind, lead: &Lead) -> bool {
    kind.is_signed_by_verb()
        && matches!(lead.governing, Some(Word::Down | Word::Below))
        && m.quantity
            .value
            .as_decimal()
            .is_some_and(|d| d.is_sign_positive())
}
