//! The records API: [`Extractor`], [`extract`] and the [`Records`]
//! iterator, which reads a text block by block (see [`crate::layout::document`])
//! and hands each headline and body to [`crate::attach::assemble`].

use crate::attach::assemble::is_figure;
use crate::attach::clause;
use crate::attach::part::{BriefFacts, Part};
use crate::attach::passage::PassageContext;
use crate::layout::document::{Block, BlockKind, Document};
use crate::model::mention::Span;
use crate::model::record::Record;
use crate::recognize::period;
use crate::recognize::scan::Mentions;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::Arc;

/// Reads indicator records from text; built with [`Extractor::new`] and
/// configured builder-style.
///
/// ```
/// let text = "全年财政收入增速居全省第 5  全年全市一般公共预算收入完成 224.83 亿元，\
///             同比增长 13.4%，高于全省 9.1 个百分点。                （市统计局）";
/// let extractor = tongji::Extractor::new().reference_year(2021);
/// let records: Vec<tongji::Record> = extractor.records(text).collect();
/// let growth = &records[2];
/// assert_eq!(growth.kind, tongji::Kind::Growth);
/// assert_eq!(growth.subject.as_deref(), Some("一般公共预算收入"));
/// assert_eq!(growth.compared_to.as_deref(), Some("同比"));
/// assert_eq!(growth.source.as_deref(), Some("市统计局"));
/// let period = growth.period.as_ref().unwrap();
/// assert_eq!((period.text.as_str(), period.from.unwrap().to_string()), ("全年", "2021-01".to_string()));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Extractor {
    reference_year: Option<u16>,
}

impl Extractor {
    /// An extractor with no reference year.
    pub fn new() -> Extractor {
        Extractor::default()
    }

    /// The year a period without one (`全年`, `12月份`) falls in when the
    /// text states none nearby (SPEC §3, `period`).
    pub fn reference_year(mut self, year: u16) -> Extractor {
        self.reference_year = Some(year);
        self
    }

    /// The records of `text`, in document order (block by block).
    pub fn records<'t>(&self, text: &'t str) -> Records<'t> {
        Records {
            extractor: *self,
            doc: Document::parse(text),
            next_block: 0,
            buf: Vec::new().into_iter(),
            overflows: Vec::new(),
        }
    }
}

/// Every record of `text`, with no reference year: the common case of
/// [`Extractor::records`].
///
/// ```
/// let records = tongji::extract("2021 年，南阳市外贸进出口值 165.6 亿元人民币，比上年同期增长 28.6%。");
/// assert_eq!(records.len(), 2);
/// assert_eq!(records[0].base().value.to_string(), "16560000000");
/// assert_eq!(records[1].compared_to.as_deref(), Some("上年同期"));
/// assert_eq!(records[1].period.as_ref().unwrap().to.unwrap().to_string(), "2021-12");
/// ```
pub fn extract(text: &str) -> Vec<Record> {
    Extractor::new().records(text).collect()
}

/// An iterator over the records of a text; see [`Extractor::records`].
#[derive(Debug)]
pub struct Records<'t> {
    extractor: Extractor,
    doc: Document<'t>,
    next_block: usize,
    /// The records of the current block, not yet returned.
    buf: std::vec::IntoIter<Record>,
    /// Numbers skipped as too large, in the blocks read so far.
    overflows: Vec<Span>,
}

impl<'t> Records<'t> {
    /// The document model the records are read from.
    pub fn document(&self) -> &Document<'t> {
        &self.doc
    }

    /// Spans (in the input) of numbers skipped so far because their value
    /// does not fit in a `Decimal` (SPEC §4): no record is made of them,
    /// and none is reported with a wrong value. Complete once the iterator
    /// is exhausted; block by block, in document order.
    ///
    /// ```
    /// let text = "收入79228162514264337593543950335亿元，增长5%。";
    /// let mut records = tongji::Extractor::new().records(text);
    /// let kept: Vec<_> = records.by_ref().collect();
    /// assert_eq!(kept.len(), 1);
    /// let skipped = records.overflows();
    /// assert_eq!(skipped.len(), 1);
    /// assert!(text[skipped[0].range()].starts_with("79228162514264337593543950335"));
    /// ```
    pub fn overflows(&self) -> &[Span] {
        &self.overflows
    }
}

impl Iterator for Records<'_> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        loop {
            if let Some(r) = self.buf.next() {
                return Some(r);
            }
            let block = self.doc.blocks().get(self.next_block)?.clone();
            self.next_block += 1;
            let mut records = Vec::new();
            read_block(
                &self.extractor,
                &self.doc,
                &block,
                &mut records,
                &mut self.overflows,
            );
            self.buf = records.into_iter();
        }
    }
}

impl std::iter::FusedIterator for Records<'_> {}

/// A text assembled from pieces of the input, with the way back.
struct Pieces<'t> {
    text: Cow<'t, str>,
    /// `(offset in text, offset in input)` of each piece, in order.
    starts: Vec<(usize, usize)>,
}

impl<'t> Pieces<'t> {
    fn new(input: &'t str, ranges: &[Range<usize>]) -> Pieces<'t> {
        match ranges {
            [one] => Pieces {
                text: Cow::Borrowed(&input[one.clone()]),
                starts: vec![(0, one.start)],
            },
            _ => {
                let mut text = String::new();
                let mut starts = Vec::with_capacity(ranges.len());
                for r in ranges {
                    if !text.is_empty() {
                        text.push('\n');
                    }
                    starts.push((text.len(), r.start));
                    text.push_str(&input[r.clone()]);
                }
                Pieces {
                    text: Cow::Owned(text),
                    starts,
                }
            }
        }
    }

    fn to_input(&self, at: usize) -> usize {
        let k = self.starts.partition_point(|&(t, _)| t <= at);
        match k.checked_sub(1) {
            Some(i) => self.starts[i].1 + (at - self.starts[i].0),
            None => at,
        }
    }
}

/// Where a part's texts live while its records are read: the mention
/// scanner (which owns the normalised text) and, for traditional script,
/// the simplified copy the word tables read.
#[derive(Default)]
struct PartHolder<'a> {
    mentions: Option<Mentions<'a>>,
    simplified: Option<String>,
}

/// The part of `text`, and the spans (in `text`) of numbers too large to
/// represent exactly, which it skipped (SPEC §4).
fn read_part<'a>(text: &'a str, holder: &'a mut PartHolder<'a>) -> (Part<'a>, Vec<Span>) {
    let mut it = Mentions::new(text);
    let mut mentions = Vec::new();
    while let Some(m) = it.next_located() {
        mentions.push(m);
    }
    let overflows = it.overflows().to_vec();
    let it = holder.mentions.insert(it);
    let normalized = it.normalized();
    // Same byte offsets as the normalised text (see `text::script`).
    let first_traditional = it.first_traditional();
    let norm = match crate::text::script::simplified_from(normalized.as_str(), first_traditional) {
        Cow::Borrowed(norm) => norm,
        Cow::Owned(copy) => holder.simplified.insert(copy).as_str(),
    };
    mentions.retain(|(m, r)| is_figure(norm, m, r));
    let part = Part {
        norm,
        normalized,
        mentions,
        clauses: clause::clauses(norm),
    };
    (part, overflows)
}

/// The agency credited by the first sentence of a passage, before its
/// first figure.
fn opening_attribution(part: &Part<'_>) -> Option<Arc<str>> {
    // The first sentence ends at its first `。！？` (not read past: a
    // passage may be a whole gazette section).
    let end = part
        .norm
        .find(['。', '！', '？', '!', '?'])
        .unwrap_or(part.norm.len());
    let end = part.mentions.first().map_or(end, |(_, r)| r.start.min(end));
    crate::attach::source::attribution(&part.norm[..end]).map(|s| Arc::from(part.as_written(s)))
}

/// Reads the records of `block` into `out`, and the input spans of the
/// numbers it skipped as too large into `overflows`.
fn read_block(
    ex: &Extractor,
    doc: &Document<'_>,
    block: &Block,
    out: &mut Vec<Record>,
    overflows: &mut Vec<Span>,
) {
    let input = doc.text();
    let body = Pieces::new(input, &block.body);
    let mut body_holder = PartHolder::default();
    let (body_part, body_skipped) = read_part(&body.text, &mut body_holder);
    let headline_text = block.headline.clone().map(|r| &input[r]);
    let head_start = block.headline.as_ref().map_or(0, |r| r.start);
    let in_head = |at: usize| head_start + at;
    let mut head_holder = PartHolder::default();
    let (head_part, head_skipped) = headline_text
        .map(|h| read_part(h, &mut head_holder))
        .unzip();
    // Offsets of the headline, then of the body, in the input.
    let in_input =
        |s: &Span, map: &dyn Fn(usize) -> usize| Span::from(map(s.start)..map(s.end - 1) + 1);
    overflows.extend(head_skipped.iter().flatten().map(|s| in_input(s, &in_head)));
    overflows.extend(
        body_skipped
            .iter()
            .map(|s| in_input(s, &|at| body.to_input(at))),
    );
    // About one record per figure: reserved at once, so a block of many
    // figures (a PDF table) never copies its records as they grow.
    let figures = body_part.mentions.len() + head_part.as_ref().map_or(0, |p| p.mentions.len());
    out.reserve(figures);

    let is_brief = block.kind == BlockKind::Brief;
    // A passage may end in a half-width marker `(县统计局)` (SPEC,
    // "Punctuation") and open with an attribution (`据海关统计,…`).
    let trailing = (!is_brief)
        .then(|| crate::attach::source::trailing_marker(body_part.norm))
        .flatten();
    let mut facts = BriefFacts {
        is_brief,
        source: doc.source_text(block).map(Arc::from),
        // In a passage the trailing marker and the opening attribution
        // credit what no sentence credits itself.
        passage_source: trailing.map(Arc::from).or_else(|| {
            (!is_brief)
                .then(|| opening_attribution(&body_part))
                .flatten()
        }),
        headline: doc.headline_text(block).map(Arc::from),
        reference_year: ex.reference_year,
        ..BriefFacts::default()
    };
    let parts = if facts.is_brief {
        head_part
            .iter()
            .chain(std::iter::once(&body_part))
            .collect()
    } else {
        Vec::new()
    };
    for part in parts {
        for c in &part.clauses {
            if facts.lead_period.is_some() && facts.lead_scope.is_some() {
                break;
            }
            let t = clause::topic(&part.norm[c.range.clone()]);
            if facts.lead_period.is_none() {
                facts.lead_period = t.period.map(|(s, p)| (part.as_written(s), p));
            }
            if facts.lead_scope.is_none() {
                facts.lead_scope = t.scope.map(str::to_string);
            }
        }
        if facts.first_dated.is_none() {
            facts.first_dated =
                period::first_dated(part.norm).map(|(s, p)| (part.as_written(s), p));
        }
    }

    if let Some(part) = &head_part {
        let mut context = PassageContext::new(true, None);
        context.read(part, &facts, in_head, input, out);
    }
    // A body that never states its scope is about the one its headline
    // or opening names (`我市四水同治工作成效显著`).
    let mut context = PassageContext::new(false, facts.lead_scope.clone());
    context.read(&body_part, &facts, |at| body.to_input(at), input, out);
}
