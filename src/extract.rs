//! Record assembly: every mention of a block, placed in its context
//! (SPEC §3). See [`Extractor`].

use crate::clause::{self, Clause};
use crate::document::{Block, BlockKind, Document};
use crate::lead::{self, Lead};
use crate::lexicon::{
    Word, ABSTRACT_AFTER_COUNT, ACHIEVED, AFTER_COUNT_STOPS, AGENCY_ENDINGS, ATTRIBUTES,
    CLAUSE_PLANS, PERIOD_BEFORE_YEARS, SENTENCE_PLANS,
};
use crate::mention::{Mention, Span, Value};
use crate::period::{self, PeriodExpr};
use crate::record::{BaseValue, Kind, Period, Record};
use crate::scan::Mentions;
use crate::unit::Family;
use std::borrow::Cow;
use std::ops::Range;

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
            buf: Vec::new(),
            next_out: 0,
        }
    }
}

/// Every record of `text`, with no reference year: the common case of
/// [`Extractor::records`].
///
/// ```
/// let records = tongji::extract("2021 年，南阳市外贸进出口值 165.6 亿元人民币，比上年同期增长 28.6%。");
/// assert_eq!(records.len(), 2);
/// assert_eq!(records[0].base.value.to_string(), "16560000000");
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
    buf: Vec<Record>,
    next_out: usize,
}

impl<'t> Records<'t> {
    /// The document model the records are read from.
    pub fn document(&self) -> &Document<'t> {
        &self.doc
    }
}

impl Iterator for Records<'_> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        while self.next_out >= self.buf.len() {
            let block = self.doc.blocks().get(self.next_block)?.clone();
            self.next_block += 1;
            self.buf.clear();
            self.next_out = 0;
            read_block(&self.extractor, &self.doc, &block, &mut self.buf);
        }
        let r = std::mem::replace(&mut self.buf[self.next_out], placeholder());
        self.next_out += 1;
        Some(r)
    }
}

impl std::iter::FusedIterator for Records<'_> {}

fn placeholder() -> Record {
    Record {
        subject: None,
        scope: None,
        kind: Kind::Quantity,
        value: Value::Number(Default::default()),
        high: None,
        unit: String::new(),
        base: BaseValue {
            value: Value::Number(Default::default()),
            unit: String::new(),
        },
        bound: None,
        planned: false,
        compared_to: None,
        period: None,
        source: None,
        headline: None,
        span: Span { start: 0, end: 0 },
        text: String::new(),
    }
}

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

/// One part of a block (its headline or its body) after normalisation.
struct Part<'a> {
    norm: &'a str,
    normalized: &'a crate::Normalized<'a>,
    mentions: Vec<(Mention<'a>, Range<usize>)>,
}

impl Part<'_> {
    /// `words` (a slice of the normalised text) as printed in the input,
    /// white space tidied (`2021 年`, `到 2025 年`, `12 月份`).
    fn as_written(&self, words: &str) -> String {
        let base = self.norm.as_ptr() as usize;
        let at = (words.as_ptr() as usize).wrapping_sub(base);
        if at > self.norm.len() || at + words.len() > self.norm.len() {
            return words.to_string();
        }
        let span = self.normalized.to_original(at..at + words.len());
        clause::tidy(&self.normalized.original()[span])
    }
}

fn read_part<'a>(text: &'a str, holder: &'a mut Option<Mentions<'a>>) -> Part<'a> {
    let mut it = Mentions::new(text);
    let mut mentions = Vec::new();
    while let Some(m) = it.next_located() {
        mentions.push(m);
    }
    let it = holder.insert(it);
    let norm = it.normalized().as_str();
    mentions.retain(|(m, r)| is_figure(norm, m, r));
    Part {
        norm,
        normalized: it.normalized(),
        mentions,
    }
}

/// What a brief says as a whole.
#[derive(Default)]
struct BriefFacts {
    is_brief: bool,
    source: Option<String>,
    headline: Option<String>,
    /// The first period and scope stated in topic position.
    lead_period: Option<(String, PeriodExpr)>,
    lead_scope: Option<String>,
    /// The first dated period anywhere (`2021年度`).
    first_dated: Option<(String, PeriodExpr)>,
    reference_year: Option<u16>,
}

fn read_block(ex: &Extractor, doc: &Document<'_>, block: &Block, out: &mut Vec<Record>) {
    let input = doc.text();
    let body = Pieces::new(input, &block.body);
    let mut body_holder = None;
    let body_part = read_part(&body.text, &mut body_holder);
    let headline_text = block.headline.clone().map(|r| &input[r]);
    let mut head_holder = None;
    let head_part = headline_text.map(|h| read_part(h, &mut head_holder));

    let mut facts = BriefFacts {
        is_brief: block.kind == BlockKind::Brief,
        source: doc.source_text(block).map(str::to_string),
        headline: doc.headline_text(block),
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
        for c in clause::clauses(part.norm) {
            let t = clause::topic(&part.norm[c.range]);
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

    if let (Some(part), Some(range)) = (&head_part, &block.headline) {
        let start = range.start;
        let mut state = State::new(&facts, true);
        state.read(part, &facts, |at| start + at, input, out);
    }
    let mut state = State::new(&facts, false);
    // A body that never states its scope is about the one its headline
    // or opening names (`我市四水同治工作成效显著`).
    state.scope = facts.lead_scope.clone();
    state.read(&body_part, &facts, |at| body.to_input(at), input, out);
}

/// What carries from clause to clause.
struct State {
    is_headline: bool,
    subject: Option<String>,
    scope: Option<String>,
    /// A period stated at the start of a sentence: holds for the sentences
    /// after it, in a brief.
    topic_period: Option<(String, PeriodExpr)>,
    /// The most recent year stated.
    year: Option<u16>,
    /// `比上年同期增长（下同）`: the basis of every later change.
    sticky_basis: Option<String>,
}

/// What holds for one sentence.
#[derive(Default)]
struct Sentence {
    period: Option<(String, PeriodExpr)>,
    plan: bool,
    this_event: bool,
    source: Option<String>,
    /// The group of the last rank (`全省`), for a later rank without one.
    rank_group: Option<String>,
    /// The year of the last rank (`2020 年度第十名`), likewise.
    rank_period: Option<(String, PeriodExpr)>,
}

impl State {
    fn new(facts: &BriefFacts, is_headline: bool) -> State {
        let _ = facts;
        State {
            is_headline,
            subject: None,
            scope: None,
            topic_period: None,
            year: None,
            sticky_basis: None,
        }
    }

    fn read(
        &mut self,
        part: &Part<'_>,
        facts: &BriefFacts,
        to_input: impl Fn(usize) -> usize,
        input: &str,
        out: &mut Vec<Record>,
    ) {
        let norm = part.norm;
        let clauses = if facts.is_brief {
            clause::clauses(norm)
        } else {
            clauses_around_figures(part)
        };
        let mut next_mention = 0;
        let mut sentence = Sentence::default();
        let mut sentence_index = usize::MAX;
        let mut skipping = false;
        for (ci, clause) in clauses.iter().enumerate() {
            if clause.sentence != sentence_index {
                let first = sentence_index == usize::MAX;
                sentence_index = clause.sentence;
                sentence = Sentence::default();
                if !facts.is_brief {
                    if !first {
                        self.subject = None;
                        self.scope = None;
                        self.topic_period = None;
                    }
                    // Outside briefs nothing carries past a sentence: one
                    // without figures need not be read at all.
                    let end = clauses[ci..]
                        .iter()
                        .take_while(|c| c.sentence == sentence_index)
                        .last()
                        .map_or(clause.range.end, |c| c.range.end);
                    skipping = part
                        .mentions
                        .get(next_mention)
                        .is_none_or(|(_, r)| r.start >= end);
                }
                if !skipping {
                    sentence.source = inline_source(norm, &clauses[ci..]);
                }
            }
            if skipping {
                continue;
            }
            let first_in_sentence = ci == 0 || clauses[ci - 1].sentence != clause.sentence;
            let text = &norm[clause.range.clone()];
            let topic = clause::topic(text);
            if topic.this_event {
                sentence.this_event = true;
            }
            if let Some((s, p)) = topic.period {
                if p.year.is_some() {
                    self.year = p.year;
                }
                if p.target {
                    sentence.plan = true;
                }
                sentence.period = Some((part.as_written(s), p));
                if first_in_sentence {
                    self.topic_period = Some((part.as_written(s), p));
                }
            }
            if let Some(s) = topic.scope {
                self.scope = Some(s.to_string());
            }
            if SENTENCE_PLANS.iter().any(|w| text.contains(w)) {
                sentence.plan = true;
            }
            // The mentions of this clause.
            let from = next_mention;
            while part
                .mentions
                .get(next_mention)
                .is_some_and(|(_, r)| r.start < clause.range.end)
            {
                next_mention += 1;
            }
            let in_clause: Vec<usize> = (from..next_mention)
                .filter(|&i| part.mentions[i].1.start >= clause.range.start)
                .collect();
            self.read_clause(
                part,
                clause,
                &in_clause,
                &mut sentence,
                facts,
                &to_input,
                input,
                out,
            );
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn read_clause(
        &mut self,
        part: &Part<'_>,
        clause: &Clause,
        mentions: &[usize],
        sentence: &mut Sentence,
        facts: &BriefFacts,
        to_input: &impl Fn(usize) -> usize,
        input: &str,
        out: &mut Vec<Record>,
    ) {
        let norm = part.norm;
        let cstart = clause.range.start;
        let mut k = 0;
        let mut prev_end = cstart;
        while k < mentions.len() {
            let (_, head) = &part.mentions[mentions[k]];
            // A run: the head and the list items joined to it by `、`.
            let mut run = vec![mentions[k]];
            let mut end = head.end;
            while let Some(&next) = mentions.get(k + run.len()) {
                let r = &part.mentions[next].1;
                if lead::is_joiner_only(&norm[end..r.start]) && !in_brackets(&norm[cstart..r.start])
                {
                    run.push(next);
                    end = r.end;
                } else {
                    break;
                }
            }
            let raw = &norm[prev_end.min(head.start)..head.start];
            let bracketed = in_brackets(&norm[cstart..head.start]);
            let lead_text = if bracketed {
                // The figure inside `（6.3%）`: the lead is what precedes the bracket.
                let open = norm[..head.start]
                    .rfind(['（', '('])
                    .unwrap_or(head.start)
                    .max(prev_end.min(head.start));
                lead::without_brackets(&norm[prev_end.min(open)..open])
            } else {
                lead::without_brackets(raw)
            };
            let lead = lead::read(&lead_text);
            let before = &norm[cstart..head.start];
            let plan_here = CLAUSE_PLANS.iter().any(|w| before.contains(w));
            let achieved = ACHIEVED.iter().any(|w| before.contains(w));
            let planned = plan_here || (sentence.plan && !achieved);
            // `至少引进 … 1 个`: a bound word before the verb.
            let at_least = ["至少", "不少于", "不低于"]
                .iter()
                .any(|w| lead_text.contains(w));

            // Scope.
            if !bracketed {
                if let Some(s) = &lead.scope {
                    self.scope = Some(s.clone());
                }
            }
            // Subjects, one per run item.
            let n = run.len();
            let subjects = if bracketed {
                let s = lead
                    .basis
                    .clone()
                    .unwrap_or_else(|| lead.last_segment.clone());
                vec![s; n]
            } else {
                let family = part.mentions[mentions[k]].0.family();
                self.subjects(&lead, part, end, mentions.get(k + n).copied(), n, family)
            };
            let bases: Vec<Option<String>> = match &lead.basis {
                Some(b) if lead.respectively && n > 1 => {
                    let items = lead::split_list(b);
                    if items.len() == n {
                        items.into_iter().map(|s| Some(s.to_string())).collect()
                    } else {
                        vec![Some(b.clone()); n]
                    }
                }
                b => vec![b.clone(); n],
            };
            if !bracketed {
                if let Some(b) = &lead.basis {
                    if raw.contains("（下同）") || raw.contains("(下同)") {
                        self.sticky_basis = Some(b.clone());
                    }
                }
            }
            for (j, &mi) in run.iter().enumerate() {
                let (m, r) = &part.mentions[mi];
                let subject = subjects[j].clone();
                let kind = kind_of(m, &lead, bracketed, &subject);
                let negate = kind.is_signed_by_verb()
                    && matches!(lead.governing, Some(Word::Down | Word::Below))
                    && m.value.as_decimal().is_some_and(|d| d.is_sign_positive());
                let compared_to = match kind {
                    _ if bracketed => None,
                    Kind::Rank => {
                        let group = group_in(&norm[r.clone()])
                            .or_else(|| last_group(&lead_text))
                            .or_else(|| {
                                // `跃升至 2020 年度第十名`: a period, not a group.
                                lead.group.clone().filter(|g| period::period(g).is_err())
                            })
                            .or_else(|| sentence.rank_group.clone())
                            .or_else(|| bases[j].clone());
                        sentence.rank_group.clone_from(&group);
                        group
                    }
                    Kind::Growth | Kind::Change | Kind::Multiple => {
                        bases[j].clone().or_else(|| self.sticky_basis.clone())
                    }
                    Kind::Points | Kind::RankChange => bases[j].clone(),
                    _ => None,
                };
                let share_scope = lead.share.as_deref().and_then(clause::scope);
                let scope = if bracketed {
                    clause::scope(&subject).map(str::to_string)
                } else if let Some(s) = share_scope {
                    // `占南阳市进出口总值的 89%`: the whole names whose share it is.
                    Some(s.to_string())
                } else if self.is_headline {
                    lead.scope.clone().or_else(|| facts.lead_scope.clone())
                } else if sentence.this_event {
                    facts.lead_scope.clone().or_else(|| self.scope.clone())
                } else {
                    self.scope.clone()
                };
                // A rank's own year: `由 2019 年度全省第 18 名`.
                let own = if kind == Kind::Rank {
                    let own = period::first_dated(&lead_text)
                        .map(|(text, p)| match before.find(text) {
                            Some(at) => (part.as_written(&before[at..at + text.len()]), p),
                            None => (text.to_string(), p),
                        })
                        .or_else(|| sentence.rank_period.clone());
                    sentence.rank_period.clone_from(&own);
                    own
                } else {
                    None
                };
                let period = own.or_else(|| self.period(sentence, facts));
                let planned = planned || period.as_ref().is_some_and(|p| p.1.target);
                let period = period.map(|(text, p)| {
                    let year = self
                        .year
                        .or(facts.first_dated.as_ref().and_then(|d| d.1.year))
                        .or(facts.reference_year);
                    let (from, to) = p.resolve(year);
                    Period { text, from, to }
                });
                let orig = to_input(m.span.start)..to_input(m.span.end - 1) + 1;
                let value = if negate { m.value.negated() } else { m.value };
                let base = m.base();
                let base_value = if negate {
                    base.value.negated()
                } else {
                    base.value
                };
                let high = m.high.map(|h| if negate { -h } else { h });
                out.push(Record {
                    subject: (!subject.is_empty()).then_some(subject),
                    scope,
                    kind,
                    value,
                    high,
                    unit: m.unit.to_string(),
                    base: BaseValue {
                        value: base_value,
                        unit: base.unit.to_string(),
                    },
                    bound: m.bound.or(at_least.then_some(crate::Bound::AtLeast)),
                    planned,
                    compared_to,
                    period,
                    source: facts.source.clone().or_else(|| sentence.source.clone()),
                    headline: facts.headline.clone(),
                    span: Span {
                        start: orig.start,
                        end: orig.end,
                    },
                    text: input.get(orig.clone()).unwrap_or_default().to_string(),
                });
            }
            if !bracketed {
                prev_end = end;
            }
            k += n;
        }
    }

    /// The subject of each item of a run, updating the carried subject.
    fn subjects(
        &mut self,
        lead: &Lead,
        part: &Part<'_>,
        run_end: usize,
        next_mention: Option<usize>,
        n: usize,
        family: Family,
    ) -> Vec<String> {
        let carried = self.subject.clone().unwrap_or_default();
        let mut subject = lead.subject.clone();
        // A count followed by its noun names it: `两所高校`,
        // `等 7 大类 140 个项目`, `建成 19 个美好移民村示范村`; so does the
        // noun after a share and `的` (`50% 的乡镇卫生院`).
        let counted = matches!(
            family,
            Family::Count
                | Family::Area
                | Family::Length
                | Family::Weight
                | Family::Volume
                | Family::Power
                | Family::Energy
        );
        let share_of = matches!(family, Family::Percent | Family::PerMille)
            && part.norm[run_end..].starts_with('的');
        if counted || share_of || subject.is_empty() || lead.ends_open {
            let at = if share_of {
                run_end + '的'.len_utf8()
            } else {
                run_end
            };
            if let Some(noun) = noun_after(part, at, next_mention) {
                return vec![noun; n];
            }
        }
        if let Some(share) = &lead.share {
            let share = share.trim_end_matches('的');
            let is_phrase = ["比重", "比例", "份额", "占比"]
                .iter()
                .any(|w| share.ends_with(w));
            let owner = if subject.is_empty() {
                carried.clone()
            } else {
                subject.clone()
            };
            if is_phrase && !owner.is_empty() {
                let whole = format!("{owner}占{share}");
                self.subject = Some(whole.clone());
                return vec![whole; n];
            }
            if !subject.is_empty() {
                self.subject = Some(subject.clone());
            }
            return vec![owner; n];
        }
        if ATTRIBUTES.contains(&subject.as_str()) && !carried.is_empty() {
            let owned = if ["比重", "占比", "比例"]
                .iter()
                .any(|w| carried.ends_with(w))
                && matches!(subject.as_str(), "占比" | "比重")
            {
                carried
            } else {
                format!("{carried}{subject}")
            };
            return vec![owned; n];
        }
        if subject.is_empty() {
            subject = carried;
        } else {
            self.subject = Some(subject.clone());
        }
        if lead.respectively && n > 1 {
            let items = lead::split_list(&subject);
            if items.len() == n {
                return items.into_iter().map(str::to_string).collect();
            }
        }
        vec![subject; n]
    }

    fn period(&self, sentence: &Sentence, facts: &BriefFacts) -> Option<(String, PeriodExpr)> {
        if let Some(p) = &sentence.period {
            return Some(p.clone());
        }
        if sentence.this_event {
            if let Some(p) = &facts.lead_period {
                return Some(p.clone());
            }
        }
        if let Some(p) = &self.topic_period {
            return Some(p.clone());
        }
        if self.is_headline {
            return facts.first_dated.clone();
        }
        None
    }
}

/// Whether a mention is a figure worth a record. Two kinds are not
/// (decided where the SPEC is silent):
///
/// * a span of years or months that names a period or qualifies a noun
///   (`三年内至少引进`, `过去一百年`, `40 多年的发展`, `三年毛入园率`,
///   `五年行动`): only one that ends its clause is a figure (`工期 3 年。`);
/// * a small count in Chinese numerals that lists aspects of a policy
///   (`三个方面`, `四个关键环节`, `四个“持续用力”`).
fn is_figure(norm: &str, m: &Mention<'_>, r: &Range<usize>) -> bool {
    let after = &norm[r.end..];
    let before = &norm[..r.start];
    let next = after.chars().next();
    match m.family() {
        Family::Time if matches!(m.unit.base(), "年" | "月") => {
            crate::context::ends_clause(next)
                && !PERIOD_BEFORE_YEARS.iter().any(|w| before.ends_with(w))
        }
        Family::Count => {
            let hanzi = !norm[r.clone()].bytes().any(|b| b.is_ascii_digit());
            !(hanzi && ABSTRACT_AFTER_COUNT.iter().any(|w| after.starts_with(w)))
        }
        _ => true,
    }
}

/// The clauses of the sentences that hold a figure, outside briefs where
/// nothing carries from one sentence to the next: text without figures is
/// never split. A sentence runs from the `。！？` before a figure to the one
/// after it.
fn clauses_around_figures(part: &Part<'_>) -> Vec<Clause> {
    const ENDS: [&str; 3] = ["。", "！", "？"];
    let norm = part.norm;
    let mut out: Vec<Clause> = Vec::new();
    let mut covered = 0;
    let mut sentence = 0;
    for (_, r) in &part.mentions {
        if r.start < covered {
            continue;
        }
        // `。` first, then the rarer marks only up to it: linear overall.
        let before = &norm[covered..r.start];
        let mut start = before.rfind(ENDS[0]).map_or(covered, |i| covered + i + 3);
        for e in &ENDS[1..] {
            if let Some(i) = norm[start..r.start].rfind(e) {
                start += i + e.len();
            }
        }
        let after = &norm[r.end..];
        let mut end = after.find(ENDS[0]).map_or(norm.len(), |i| r.end + i + 3);
        for e in &ENDS[1..] {
            if let Some(i) = norm[r.end..end].find(e) {
                end = r.end + i + e.len();
            }
        }
        for c in clause::clauses(&norm[start..end]) {
            out.push(Clause {
                range: start + c.range.start..start + c.range.end,
                sentence: sentence + c.sentence,
            });
        }
        sentence = out.last().map_or(sentence, |c| c.sentence + 1);
        covered = end;
    }
    out
}

/// Whether `text` (a clause up to a figure) leaves a bracket open.
fn in_brackets(text: &str) -> bool {
    let mut depth = 0i32;
    for c in text.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = (depth - 1).max(0),
            _ => {}
        }
    }
    depth > 0
}

/// The ranking group printed inside a rank mention (`全省第5`).
fn group_in(mention: &str) -> Option<String> {
    crate::rank::RANK_GROUPS
        .iter()
        .find(|g| mention.starts_with(**g))
        .map(|g| g.to_string())
}

/// The last ranking group (`全省`, `全国` …) named in `lead`.
fn last_group(lead: &str) -> Option<String> {
    crate::rank::RANK_GROUPS
        .iter()
        .filter_map(|g| lead.rfind(g).map(|at| (at, *g)))
        .max()
        .map(|(_, g)| g.to_string())
}

/// The noun right after a count (`两所高校获批` → `高校`), skipping an
/// adjacent count (`7大类140个项目` → `项目`).
fn noun_after(part: &Part<'_>, mut at: usize, next_mention: Option<usize>) -> Option<String> {
    if let Some(next) = next_mention {
        let r = &part.mentions[next].1;
        if r.start == at && part.mentions[next].0.family() == Family::Count {
            at = r.end;
        }
    }
    let rest = &part.norm[at..];
    let mut end = 0;
    let mut i = 0;
    while let Some(c) = rest[i..].chars().next() {
        if !crate::context::is_cjk(c) && !c.is_ascii_alphanumeric() && c != '“' && c != '”' {
            break;
        }
        if AFTER_COUNT_STOPS.iter().any(|w| rest[i..].starts_with(w)) {
            break;
        }
        match crate::lexicon::keyword(&rest[i..]) {
            Ok((_, (word, Word::Noun | Word::Plan))) => i += word.len(),
            Ok(_) => break,
            Err(_) => i += c.len_utf8(),
        }
        end = i;
        if rest[..end].chars().count() >= 12 {
            break;
        }
    }
    let noun = rest[..end].trim_end_matches('“');
    (!noun.is_empty()).then(|| noun.to_string())
}

/// The kind of a figure (SPEC §3, `kind`).
fn kind_of(m: &Mention<'_>, lead: &Lead, bracketed: bool, subject: &str) -> Kind {
    let changes = matches!(lead.governing, Some(Word::Up | Word::Down));
    match m.family() {
        Family::Money => {
            if changes {
                Kind::Change
            } else {
                Kind::Amount
            }
        }
        Family::Percent | Family::PerMille => {
            if bracketed {
                if ["增速", "增幅", "增长"]
                    .iter()
                    .any(|w| lead.subject.contains(w) || subject.contains(w))
                    || lead.last_segment.contains("水平")
                {
                    Kind::Growth
                } else {
                    Kind::Ratio
                }
            } else if changes {
                Kind::Growth
            } else if lead.share.is_some() {
                Kind::Ratio
            } else if ["增速", "增幅"].iter().any(|w| subject.ends_with(w)) {
                Kind::Growth
            } else {
                Kind::Ratio
            }
        }
        Family::Points => Kind::Points,
        Family::Rank => Kind::Rank,
        Family::RankChange => Kind::RankChange,
        Family::Multiple => Kind::Multiple,
        Family::Structure => Kind::Structure,
        _ => {
            if changes {
                Kind::Change
            } else {
                Kind::Quantity
            }
        }
    }
}

/// An inline credit in the sentence that starts with `clauses[0]`:
/// `据市统计局…`.
fn inline_source(norm: &str, clauses: &[Clause]) -> Option<String> {
    let first = clauses.first()?;
    let last = clauses
        .iter()
        .take_while(|c| c.sentence == first.sentence)
        .last()?;
    let text = &norm[first.range.start..last.range.end];
    let at = text.find('据')? + '据'.len_utf8();
    let rest = &text[at..];
    let window: String = rest.chars().take(12).collect();
    AGENCY_ENDINGS
        .iter()
        .filter_map(|e| window.find(e).map(|i| i + e.len()))
        .min()
        .filter(|&e| e >= 6)
        .map(|e| window[..e].to_string())
}
