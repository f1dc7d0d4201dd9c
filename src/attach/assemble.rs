//! Record assembly: the mentions of one part of a block (a headline or a
//! body), placed in their context clause by clause (SPEC §3).
//!
//! This is the driver: it walks a part's clauses, keeps the
//! [`PassageContext`] up to date (what carries where is written beside its
//! fields, in [`crate::attach::passage`]), splits each clause's figures
//! into runs, and asks the field modules for each record's subject, kind
//! and sign, basis, period, plan, scope and source. The words themselves
//! are read by [`crate::attach::lead`] and [`crate::attach::clause`].

use crate::attach::basis::{bases, basis_clause};
use crate::attach::clause::{self, Clause};
use crate::attach::kind::{kind_of, negates, Cues};
use crate::attach::lead;
use crate::attach::lexicon::{ABSTRACT_AFTER_COUNT, PERIOD_BEFORE_YEARS};
use crate::attach::part::{BriefFacts, Part};
use crate::attach::passage::{PassageContext, Sentence};
use crate::attach::planned::{achieved, plan_here};
use crate::attach::run::{in_brackets, look_back, runs, Run, RunContext};
use crate::attach::source::inline_source;
use crate::attach::when::{own_period, target_inside};
use crate::model::mention::{Mention, Span};
use crate::model::quantity::{Bound, Quantity};
use crate::model::record::{Kind, Record};
use crate::model::unit::{Family, PERCENT};
use crate::recognize::expression::suffix_bound;
use crate::recognize::period;
use std::borrow::Cow;
use std::ops::Range;

/// What a part is read against, and how its offsets map to the input.
struct Reading<'r, 'a> {
    part: &'r Part<'a>,
    facts: &'r BriefFacts,
    /// A normalised offset of the part to one in `input`.
    to_input: &'r dyn Fn(usize) -> usize,
    input: &'r str,
}

/// The words before a run, as its clause prints them.
struct LeadWords<'p> {
    /// From the end of the run before (or the clause start) to the run.
    raw: &'p str,
    /// The clause up to the run.
    before: &'p str,
    /// The lead without brackets.
    lead_text: Cow<'p, str>,
    /// The run is inside brackets (`（6.3%）`) as an aside of its own.
    bracketed: bool,
}

impl PassageContext {
    /// Reads the records of `part`, clause by clause, into `out`.
    pub(crate) fn read(
        &mut self,
        part: &Part<'_>,
        facts: &BriefFacts,
        to_input: impl Fn(usize) -> usize,
        input: &str,
        out: &mut Vec<Record>,
    ) {
        let reading = Reading {
            part,
            facts,
            to_input: &to_input,
            input,
        };
        let norm = part.norm;
        let clauses = &part.clauses;
        let mut next_mention = 0;
        self.sentence = Sentence::default();
        for (ci, clause) in clauses.iter().enumerate() {
            let first_in_sentence = ci == 0 || clauses[ci - 1].sentence != clause.sentence;
            if first_in_sentence {
                self.begin_sentence(&reading, clauses, ci, next_mention);
            }
            let text = &norm[clause.range.clone()];
            self.note_years(text);
            let after_semicolon = ci > 0 && clauses[ci - 1].semicolon;
            // In a sentence without figures only a period matters (it may
            // carry or end one).
            let may_date = self.sentence.holds_figures || period::may_print_one(text);
            let topic_len = if may_date {
                self.read_topic(part, clause, first_in_sentence || after_semicolon)
            } else {
                0
            };
            self.read_plans(norm, clause, topic_len, after_semicolon, facts);
            // What follows is about the sentence's own figures.
            if !self.sentence.holds_figures {
                continue;
            }
            // `与上半年相比,分别提高…`: a basis for the rest of the sentence.
            if let Some(basis) = basis_clause(text) {
                self.sentence.basis_clause = Some(basis.to_string());
            }
            let in_clause = clause_mentions(part, clause, &mut next_mention);
            if in_clause.is_empty() {
                let next = clauses.get(ci + 1).map_or("", |c| &norm[c.range.clone()]);
                self.read_frame(text, next);
            }
            self.read_clause(&reading, clause, in_clause, out);
        }
    }

    /// A sentence starts at `clauses[ci]`.
    /// `next_mention` is the index of the first mention not read yet.
    fn begin_sentence(
        &mut self,
        reading: &Reading<'_, '_>,
        clauses: &[Clause],
        ci: usize,
        next_mention: usize,
    ) {
        let (part, clause) = (reading.part, &clauses[ci]);
        // Only a passage's opening sentence is its lead.
        if clause.sentence == 1 && !self.sentence.has_figures {
            self.date_by_lead(part.norm, &clauses[..ci]);
        }
        // Most sentences of running text hold no figure: what only their
        // figures would use (a credit, a plan word) is not read for them.
        let end = clauses[ci..]
            .iter()
            .take_while(|c| c.sentence == clause.sentence)
            .last()
            .map_or(clause.range.end, |c| c.range.end);
        let holds_figures = part
            .mentions
            .get(next_mention)
            .is_some_and(|(_, r)| r.start < end);
        // A brief's marker outranks any inline credit (see `source`).
        let source = (holds_figures && reading.facts.source.is_none())
            .then(|| inline_source(part, &clauses[ci..]))
            .flatten();
        self.start_sentence(part, clause, reading.facts, source);
        self.sentence.holds_figures = holds_figures;
        if holds_figures {
            self.sentence.range = in_input(reading, clause.range.start..end);
        }
    }

    /// Reads the topic of a clause (its opening period and scope, SPEC
    /// §3): `opens` when the clause opens its sentence or follows a `；`.
    /// Returns the topic's length.
    fn read_topic(&mut self, part: &Part<'_>, clause: &Clause, opens: bool) -> usize {
        let text = &part.norm[clause.range.clone()];
        let mut topic = clause::topic(text);
        if topic.period.is_none() {
            topic.period = target_inside(text, clause, part);
        }
        if topic.this_event {
            self.sentence.this_event = true;
        }
        if let Some((s, mut p)) = topic.period {
            // `至2007年末` in a text about 2007 is a stock at that date, not a
            // target: a 至 target no later than the year stated before it.
            let reached = self.year.is_some_and(|y| p.year.is_some_and(|t| t <= y));
            if p.target && s.starts_with('至') && reached {
                p.target = false;
                p.open_start = false;
            }
            if p.target {
                self.sentence.plan = true;
            }
            let written = (part.as_written(s), p);
            // Before the sentence's first figure (`据…数据，2021 年 10 月份，…`)
            // or after a `；` (`；全年新增 118 家`) a period is the topic of
            // what follows.
            let is_topic = opens || !self.sentence.has_figures;
            self.note_topic_period(&written, is_topic);
            self.sentence.period = Some(written);
        }
        if let Some(s) = topic.scope {
            self.note_scope(s.to_string());
        }
        topic.len
    }

    /// Reads the figures of one clause, run by run.
    fn read_clause(
        &mut self,
        reading: &Reading<'_, '_>,
        clause: &Clause,
        mentions: Range<usize>,
        out: &mut Vec<Record>,
    ) {
        let mut prev_end = clause.range.start;
        self.sentence.clause_basis = None;
        for run in runs(reading.part, clause, mentions) {
            let mut ctx = self.context(reading.part, clause, &run, prev_end);
            for (j, item) in ctx.items.clone().enumerate() {
                let record = self.record(reading, item, j, &ctx);
                if record.compared_to.is_some() && record.kind != Kind::Rank {
                    self.sentence.last_basis.clone_from(&record.compared_to);
                    if record.kind == Kind::Change {
                        self.sentence.clause_basis.clone_from(&record.compared_to);
                    }
                }
                if !ctx.bracketed {
                    // Item `j`'s subject is not read again for this run.
                    let subject = std::mem::take(&mut ctx.subjects[j]);
                    self.sentence.subjects.push(subject);
                    if record.quantity.unit == PERCENT {
                        self.sentence.growth_before = record.kind == Kind::Growth;
                    }
                }
                out.push(record);
            }
            self.sentence.has_figures = true;
            if !ctx.bracketed {
                prev_end = run.end;
            }
        }
    }

    /// What the words before a run say, read once for all its items.
    fn context<'p>(
        &mut self,
        part: &'p Part<'_>,
        clause: &Clause,
        run: &Run,
        prev_end: usize,
    ) -> RunContext<'p> {
        let LeadWords {
            raw,
            before,
            lead_text,
            bracketed,
        } = lead_words(part, clause, run, prev_end);
        let lead = lead::read(&lead_text);
        let planned =
            plan_here(before, &part.norm[run.end..]) || (self.sentence.plan && !achieved(before));
        // `至少引进 … 1 个`: a bound word before the verb.
        let at_least = ["至少", "不少于", "不低于"]
            .iter()
            .any(|w| crate::text::chars::has(&lead_text, w));
        // `约占全国…的 30%`: about.
        let approx = lead_text.starts_with("约占") || crate::text::chars::has(&lead_text, "约占");
        if !bracketed {
            if let Some(s) = &lead.scope {
                self.note_scope(s.clone());
            }
        }
        let subjects = self.run_subjects(&lead, part, run, bracketed);
        let bases = bases(&lead, run.items.len());
        if !bracketed
            && (crate::text::chars::has(raw, "（下同）") || crate::text::chars::has(raw, "(下同)"))
        {
            if let Some(b) = &lead.basis {
                self.carry_basis(b.clone());
            }
        }
        RunContext {
            planned,
            at_least,
            approx,
            bracketed,
            subjects: subjects.subjects,
            item_scopes: subjects.item_scopes,
            items: run.items.clone(),
            bases,
            before,
            lead,
            lead_text,
        }
    }

    /// The record of item `j` of a run.
    fn record(
        &mut self,
        reading: &Reading<'_, '_>,
        item: usize,
        j: usize,
        ctx: &RunContext<'_>,
    ) -> Record {
        let Reading { part, facts, .. } = *reading;
        let (m, r) = &part.mentions[item];
        let subject = ctx.subjects[j].clone();
        let kind = kind_of(
            m,
            &Cues {
                lead: &ctx.lead,
                lead_text: &ctx.lead_text,
                subject: &subject,
                after: &part.norm[r.end..],
                bracketed: ctx.bracketed,
                growth_before: self.sentence.growth_before,
            },
        );
        let negate = negates(m, kind, &ctx.lead);
        let compared_to = self.compared_to(part, r, kind, j, ctx);
        let subject = part.as_printed(subject, r.start);
        let compared_to = compared_to.map(|c| part.as_printed(c, r.start));
        let scope = match ctx.item_scopes.get(j) {
            Some(place) => Some(place.clone()),
            None => self.scope_of(&subject, ctx, facts),
        }
        .map(|s| part.as_printed(s, r.start));
        // `由2018年65.9:33.0:1.1调整到…`: a figure's own past period makes
        // it a baseline, not a target.
        let own = own_period(part, ctx.before).filter(|_| j == 0);
        let baseline = own.as_ref().is_some_and(|p| !p.1.target);
        let period = own.or_else(|| self.period_of(part, kind, ctx, facts));
        let planned = !baseline && (ctx.planned || period.as_ref().is_some_and(|p| p.1.target));
        let period = period.map(|p| self.resolve(p, facts));
        let span = (reading.to_input)(m.span.start)..(reading.to_input)(m.span.end - 1) + 1;
        let sentence = self.sentence_span(&span);
        let signed = if negate {
            m.quantity.negated()
        } else {
            m.quantity
        };
        Record {
            subject: (!subject.is_empty()).then_some(subject),
            scope,
            kind,
            quantity: Quantity {
                bound: m
                    .quantity
                    .bound
                    .or(ctx.at_least.then_some(Bound::AtLeast))
                    .or(ctx.approx.then_some(Bound::Approx))
                    .or_else(|| self.run_bound(part, ctx, item)),
                ..signed
            },
            planned,
            compared_to,
            period,
            source: self.source(facts),
            headline: facts.headline.clone(),
            text: reading
                .input
                .get(span.clone())
                .unwrap_or_default()
                .to_string(),
            span: Span {
                start: span.start,
                end: span.end,
            },
            sentence,
        }
    }

    /// The current sentence's span in the input (the figure's own `span`
    /// where the sentence could not be mapped).
    fn sentence_span(&self, span: &Range<usize>) -> Span {
        let range = &self.sentence.range;
        let range = if range.is_empty() { span } else { range };
        Span {
            start: range.start,
            end: range.end,
        }
    }

    /// A bound printed once after a run (`分别增长7.5%和8%左右`) holds for
    /// every item; one after a structure (`3.8:1左右`) for it.
    fn run_bound(&self, part: &Part<'_>, ctx: &RunContext<'_>, item: usize) -> Option<Bound> {
        let last = ctx.items.end.checked_sub(1)?;
        let (m, r) = &part.mentions[last];
        let own = m.family() == Family::Structure && last == item;
        let shared = ctx.items.len() > 1 && last != item;
        if !(own || shared) {
            return None;
        }
        m.quantity
            .bound
            .or_else(|| suffix_bound(&part.norm[r.end..]).1)
    }
}

/// The mentions of `clause` (indices into the part's), moving `next` past
/// them. The mentions are in text order, so a clause's are consecutive.
fn clause_mentions(part: &Part<'_>, clause: &Clause, next: &mut usize) -> Range<usize> {
    let from = *next;
    while part
        .mentions
        .get(*next)
        .is_some_and(|(_, r)| r.start < clause.range.end)
    {
        *next += 1;
    }
    let starts_in = |i: &usize| part.mentions[*i].1.start >= clause.range.start;
    let first = (from..*next).find(starts_in).unwrap_or(*next);
    debug_assert!((first..*next).all(|i| starts_in(&i)));
    first..*next
}

/// The words before a run: where they start, whether the run is
/// bracketed, and the lead read from them.
fn lead_words<'p>(
    part: &'p Part<'_>,
    clause: &Clause,
    run: &Run,
    prev_end: usize,
) -> LeadWords<'p> {
    let norm = part.norm;
    let cstart = look_back(norm, clause, part.mentions[run.items.start].1.start);
    let head = &part.mentions[run.items.start].1;
    let from = prev_end.min(head.start);
    let raw = &norm[from..head.start];
    // `（折合 119.6 亿斤）`: the same figure in other units, not a basis.
    let inside = last_open_bracket(&norm[cstart..head.start])
        .map(|open| norm[cstart + open..head.start].trim_start_matches(['（', '(']));
    let conversion = inside.is_some_and(|inside| {
        ["折合", "约合", "合", "即", "相当于"]
            .iter()
            .any(|w| inside.starts_with(w))
    });
    // `98.6 亿元（同比增长 5.6%）`: a change of the figure before it.
    let aside = inside.filter(|inside| {
        ["同比", "环比", "增长", "下降", "比", "较"]
            .iter()
            .any(|w| inside.starts_with(w))
    });
    let open = in_brackets(&norm[cstart..head.start]);
    let bracketed = open && !conversion && aside.is_none();
    let lead_text = if let Some(aside) = aside.filter(|_| open) {
        Cow::Borrowed(aside)
    } else if bracketed {
        // The figure inside `（6.3%）`: the lead is what precedes the bracket.
        let open = last_open_bracket(&norm[..head.start])
            .unwrap_or(head.start)
            .max(from);
        lead::without_brackets(&norm[from..open])
    } else {
        lead::without_brackets(raw)
    };
    LeadWords {
        raw,
        before: &norm[cstart..head.start],
        lead_text,
        bracketed,
    }
}

/// A range of a part's normalised text as a range of the input.
fn in_input(reading: &Reading<'_, '_>, range: Range<usize>) -> Range<usize> {
    let printed = reading.part.normalized.to_original(range);
    if printed.is_empty() {
        return 0..0;
    }
    (reading.to_input)(printed.start)..(reading.to_input)(printed.end - 1) + 1
}

/// Where the last `（` or `(` in `text` is (two byte searches, no
/// character decoded).
fn last_open_bracket(text: &str) -> Option<usize> {
    let wide = crate::text::chars::rfind(text, "（");
    let ascii = memchr::memrchr(b'(', text.as_bytes());
    wide.max(ascii)
}

/// Whether a mention is a figure worth a record. Two kinds are not
/// (decided where the SPEC is silent):
///
/// * a span of years or months that names a period or qualifies a noun
///   (`三年内至少引进`, `过去一百年`, `40 多年的发展`, `三年毛入园率`,
///   `五年行动`): only one that ends its clause is a figure (`工期 3 年。`);
/// * a small count in Chinese numerals that lists aspects of a policy
///   (`三个方面`, `四个关键环节`, `四个“持续用力”`).
pub(crate) fn is_figure(norm: &str, m: &Mention<'_>, r: &Range<usize>) -> bool {
    let after = &norm[r.end..];
    let before = &norm[..r.start];
    let next = after.chars().next();
    match m.family() {
        // `前5个月`: a period, not a duration.
        Family::Time if m.quantity.unit.base() == "个月" && before.ends_with('前') => false,
        Family::Time if matches!(m.quantity.unit.base(), "年" | "月") => {
            crate::recognize::context::ends_clause(next)
                && !PERIOD_BEFORE_YEARS.iter().any(|w| before.ends_with(w))
        }
        Family::Count => {
            let hanzi = !norm[r.clone()].bytes().any(|b| b.is_ascii_digit());
            // `居 18 个省辖市第 3 位`: the size of a ranking group.
            let group_size = after
                .char_indices()
                .take(7)
                .find(|&(_, c)| c == '第')
                .is_some_and(|(i, _)| i > 0 && after[..i].chars().all(crate::text::chars::is_cjk));
            let aspects = hanzi && ABSTRACT_AFTER_COUNT.iter().any(|w| after.starts_with(w));
            !(aspects || group_size)
        }
        _ => true,
    }
}
