//! Runs: a figure and the list items joined to it, and what the words
//! before a run say ([`RunContext`], read once for all its items by
//! [`crate::attach::assemble`] and used by the field modules).

use crate::attach::clause::Clause;
use crate::attach::lead::{self, Lead};
use crate::attach::part::Part;
use std::ops::Range;

/// A figure and the list items joined to it by `、`
/// (`13.6、14.2、11.0 个百分点`).
pub(crate) struct Run {
    /// Indices into the part's mentions (the mentions of a clause are
    /// consecutive, and so are a run's).
    pub(super) items: Range<usize>,
    /// End of the last item (normalised).
    pub(super) end: usize,
    /// The mention after the run in the same clause, if any.
    pub(super) next: Option<usize>,
}

/// Splits the mentions of a clause into runs.
pub(super) fn runs(part: &Part<'_>, clause: &Clause, mentions: Range<usize>) -> Vec<Run> {
    let norm = part.norm;
    let mut out = Vec::new();
    let mut k = mentions.start;
    while k < mentions.end {
        let mut run = Run {
            items: k..k + 1,
            end: part.mentions[k].1.end,
            next: None,
        };
        while mentions.contains(&run.items.end) {
            let next = run.items.end;
            let r = &part.mentions[next].1;
            // `分别增长15.4%10.1%6.5%`: a list whose `、` were lost.
            let lost_joiner = r.start == run.end && norm[..run.end].ends_with('%');
            if (lost_joiner || lead::is_joiner_only(&norm[run.end..r.start]))
                && !in_brackets(&norm[look_back(norm, clause, r.start)..r.start])
            {
                run.items.end = next + 1;
                run.end = r.end;
            } else {
                break;
            }
        }
        k = run.items.end;
        run.next = Some(k).filter(|k| mentions.contains(k));
        out.push(run);
    }
    out
}

/// What the words before a run say.
pub(crate) struct RunContext<'p> {
    pub(super) lead: Lead,
    /// The lead without brackets.
    pub(super) lead_text: std::borrow::Cow<'p, str>,
    /// The clause up to the run.
    pub(super) before: &'p str,
    /// The run is inside brackets (`（6.3%）`).
    pub(super) bracketed: bool,
    /// A plan word before the run, or the sentence's plan.
    pub(super) planned: bool,
    /// `至少` before the verb.
    pub(super) at_least: bool,
    /// `约占` before the figure.
    pub(super) approx: bool,
    /// One subject per item.
    pub(super) subjects: Vec<String>,
    /// One scope per item, when the `分别` list names places.
    pub(super) item_scopes: Vec<String>,
    /// The run's items (indices into the part's mentions).
    pub(super) items: Range<usize>,
    /// One basis per item.
    pub(super) bases: Vec<Option<String>>,
}

/// How far back from a figure its clause is read (bytes): a clause of
/// running text is shorter, and text without `，；。` (a PDF table) is not
/// rescanned from its start for every figure, so reading stays linear.
const MAX_LOOK_BACK: usize = 150;

/// Where the words read before a figure at `at` start: the clause start,
/// or [`MAX_LOOK_BACK`] bytes before `at` (on a character boundary).
pub(super) fn look_back(norm: &str, clause: &Clause, at: usize) -> usize {
    let mut from = at.saturating_sub(MAX_LOOK_BACK).max(clause.range.start);
    while !norm.is_char_boundary(from) {
        from += 1;
    }
    from
}

/// Whether `text` (a clause up to a figure) leaves a bracket open.
pub(super) fn in_brackets(text: &str) -> bool {
    // Bytes, not characters: `（` is `EF BC 88`, `）` is `EF BC 89`, so
    // only `(`, `)` and `BC` need a look (one SIMD search finds them).
    let bytes = text.as_bytes();
    let mut depth = 0i32;
    for i in memchr::memchr3_iter(b'(', b')', 0xBC, bytes) {
        let step = match bytes[i] {
            b'(' => 1,
            b')' => -1,
            _ if i > 0 && bytes[i - 1] == 0xEF => match bytes.get(i + 1) {
                Some(0x88) => 1,
                Some(0x89) => -1,
                _ => 0,
            },
            _ => 0,
        };
        depth = (depth + step).max(0);
    }
    depth > 0
}

#[cfg(test)]
mod tests {
    use super::in_brackets;

    #[test]
    fn open_brackets() {
        for (text, open) in [
            ("增长（6.3", true),
            ("增长(6.3", true),
            ("增长（见表一）为", false),
            ("地区生产总值(GDP)增长", false),
            ("（（）", true),
            ("）（", true),
            ("）)", false),
            ("全市生产总值", false),
        ] {
            assert_eq!(in_brackets(text), open, "{text}");
        }
    }
}
