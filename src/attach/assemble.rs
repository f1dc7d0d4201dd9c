//! Record assembly: the mentions of one part of a block (a headline or a
//! body), placed in their context clause by clause (SPEC §3).
//!
//! What carries where is decided here: the subject from clause to clause,
//! the scope and the opening period from sentence to sentence inside a
//! brief, a plan to the end of its sentence. The words themselves are read
//! by [`crate::attach::lead`] and [`crate::attach::clause`].

use crate::attach::clause::{self, Clause};
use crate::attach::lead::{self, Lead};
use crate::attach::lexicon::{
    Word, ABSTRACT_AFTER_COUNT, ACHIEVED, AFTER_COUNT_STOPS, ATTRIBUTES, CLAUSE_PLANS, LIST_PLANS,
    NOT_PLANS, PERIOD_BEFORE_YEARS, SENTENCE_PLANS,
};
use crate::model::mention::{Bound, Mention, Span};
use crate::model::record::{BaseValue, Kind, Period, Record};
use crate::model::unit::Family;
use crate::recognize::expression::suffix_bound;
use crate::recognize::period::{self, PeriodExpr};
use std::ops::Range;

/// One part of a block (its headline or its body) after normalisation.
pub(crate) struct Part<'a> {
    pub(crate) norm: &'a str,
    pub(crate) normalized: &'a crate::text::normalize::Normalized<'a>,
    pub(crate) mentions: Vec<(Mention<'a>, Range<usize>)>,
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
    pub(crate) source: Option<String>,
    pub(crate) headline: Option<String>,
    /// The first period and scope stated in topic position.
    pub(crate) lead_period: Option<(String, PeriodExpr)>,
    pub(crate) lead_scope: Option<String>,
    /// The first dated period anywhere (`2021年度`).
    pub(crate) first_dated: Option<(String, PeriodExpr)>,
    pub(crate) reference_year: Option<u16>,
    /// The agency a passage's opening sentence credits (`据海关统计,…`):
    /// it governs the whole passage (SPEC, "Sources").
    pub(crate) passage_source: Option<String>,
}

/// What carries from clause to clause.
pub(crate) struct State {
    is_headline: bool,
    subject: Option<String>,
    pub(crate) scope: Option<String>,
    /// A period stated at the start of a sentence: holds for the sentences
    /// after it, in a brief.
    topic_period: Option<(String, PeriodExpr)>,
    /// The most recent year stated.
    year: Option<u16>,
    /// `比上年同期增长（下同）`: the basis of every later change.
    sticky_basis: Option<String>,
    /// A target frame ending in a colon (`主要预期目标:`) opened a list that
    /// runs to the end of its paragraph (passages only).
    list_plan: bool,
}

/// A figure and the list items joined to it by `、`
/// (`13.6、14.2、11.0 个百分点`).
struct Run {
    /// Indices into the part's mentions.
    items: Vec<usize>,
    /// End of the last item (normalised).
    end: usize,
    /// The mention after the run in the same clause, if any.
    next: Option<usize>,
}

/// Splits the mentions of a clause into runs.
fn runs(part: &Part<'_>, clause: &Clause, mentions: &[usize]) -> Vec<Run> {
    let norm = part.norm;
    let mut out = Vec::new();
    let mut k = 0;
    while k < mentions.len() {
        let mut run = Run {
            items: vec![mentions[k]],
            end: part.mentions[mentions[k]].1.end,
            next: None,
        };
        while let Some(&next) = mentions.get(k + run.items.len()) {
            let r = &part.mentions[next].1;
            // `分别增长15.4%10.1%6.5%`: a list whose `、` were lost.
            let lost_joiner = r.start == run.end && norm[..run.end].ends_with('%');
            if (lost_joiner || lead::is_joiner_only(&norm[run.end..r.start]))
                && !in_brackets(&norm[look_back(norm, clause, r.start)..r.start])
            {
                run.items.push(next);
                run.end = r.end;
            } else {
                break;
            }
        }
        k += run.items.len();
        run.next = mentions.get(k).copied();
        out.push(run);
    }
    out
}

/// What the words before a run say.
struct RunContext<'p> {
    lead: Lead,
    /// The lead without brackets.
    lead_text: String,
    /// The clause up to the run.
    before: &'p str,
    /// The run is inside brackets (`（6.3%）`).
    bracketed: bool,
    planned: bool,
    /// `至少` before the verb.
    at_least: bool,
    /// `约占` before the figure.
    approx: bool,
    /// One subject and one basis per item.
    subjects: Vec<String>,
    /// One scope per item, when the `分别` list names places.
    item_scopes: Vec<String>,
    /// The run's items (indices into the part's mentions).
    items: Vec<usize>,
    bases: Vec<Option<String>>,
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
    /// A target frame ending in a colon opened a list: the plan holds
    /// across `；` to the sentence's end.
    plans_list: bool,
    /// The last percentage read outside brackets was a growth: a
    /// bracketed one after a basis (`较一季度(-10.8%)`, `高出全国(5.9%)`)
    /// is the basis's growth.
    growth_before: bool,
    /// A figure has been read in this sentence.
    has_figures: bool,
    /// The names of a clause without figures before a `分别` clause
    /// (`医药制造业、…居后三位,分别下降…`).
    list_names: Option<String>,
    /// A basis stated in a clause of its own (`与上半年相比,`).
    basis_clause: Option<String>,
    /// The basis of a change read in the current clause.
    clause_basis: Option<String>,
    /// The basis of the sentence's last comparison.
    last_basis: Option<String>,
    /// The subjects of the sentence's figures so far, for a later `分别`
    /// that names none (`接待游客…，实现旅游收入…，分别增长 18.3% 和 21.6%`).
    subjects: Vec<String>,
}

impl State {
    pub(crate) fn new(is_headline: bool) -> State {
        State {
            is_headline,
            subject: None,
            scope: None,
            topic_period: None,
            year: None,
            sticky_basis: None,
            list_plan: false,
        }
    }

    pub(crate) fn read(
        &mut self,
        part: &Part<'_>,
        facts: &BriefFacts,
        to_input: impl Fn(usize) -> usize,
        input: &str,
        out: &mut Vec<Record>,
    ) {
        let norm = part.norm;
        let clauses = clause::clauses(norm);
        let mut next_mention = 0;
        let mut sentence = Sentence::default();
        for (ci, clause) in clauses.iter().enumerate() {
            let first_in_sentence = ci == 0 || clauses[ci - 1].sentence != clause.sentence;
            if first_in_sentence {
                // Only a passage's opening sentence is its lead.
                if clause.sentence == 1 && !sentence.has_figures {
                    self.date_by_lead(norm, &clauses[..ci]);
                }
                // `。` followed by a line break: a paragraph of web text
                // (or a line of PDF text) starts.
                let new_paragraph = part.normalized.line_break_before(clause.range.start);
                self.start_sentence(norm, clause, new_paragraph, facts);
                sentence = Sentence {
                    source: inline_source(part, &clauses[ci..]),
                    plan: self.list_plan,
                    plans_list: self.list_plan,
                    ..Sentence::default()
                };
            }
            let text = &norm[clause.range.clone()];
            self.note_years(text);
            let mut topic = clause::topic(text);
            if topic.period.is_none() {
                topic.period = target_inside(text, clause, part);
            }
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
                let written = (part.as_written(s), p);
                // Before the sentence's first figure (`据…数据，2021 年 10 月份，…`)
                // or after a `；` (`；全年新增 118 家`) a period is the topic of
                // what follows.
                let after_semicolon = ci > 0 && clauses[ci - 1].semicolon;
                if first_in_sentence || !sentence.has_figures || after_semicolon {
                    self.topic_period = Some(written.clone());
                }
                sentence.period = Some(written);
            }
            if let Some(s) = topic.scope {
                self.scope = Some(s.to_string());
            }
            if ci > 0 && clauses[ci - 1].semicolon && !sentence.plans_list {
                // `；` ends what a plan word said about its sentence.
                sentence.plan = false;
            }
            // `主要预期目标是:…；…。`: a target frame ending in a colon plans
            // its whole list, across `；` (SPEC, "Targets and forecasts").
            if opens_list(norm, clause) && LIST_PLANS.iter().any(|w| text.contains(w)) {
                sentence.plan = true;
                sentence.plans_list = true;
                // In a passage the list runs to its paragraph's end.
                self.list_plan = !facts.is_brief;
            }
            // `该县计划城镇新增就业 7000 人以上，开展…`: a plan verb opening the
            // clause holds to the end of the sentence, like `力争`.
            // (`預(yù)計`: a repost's pinyin glosses are read through.)
            let plain = crate::text::script::without_glosses(text);
            if SENTENCE_PLANS.iter().any(|w| plain.contains(w))
                || text[topic.len..].starts_with("计划")
                || text.starts_with("计划")
            {
                sentence.plan = true;
            }
            // `与上半年相比,分别提高…`: a basis for the rest of the sentence.
            if let Some(basis) = basis_clause(text) {
                sentence.basis_clause = Some(basis.to_string());
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
            if in_clause.is_empty() {
                let next = clauses.get(ci + 1).map_or("", |c| &norm[c.range.clone()]);
                self.read_frame(text, next, &mut sentence);
            }
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

    /// A clause without figures that names what the figures after it
    /// measure:
    ///
    /// | clause | then |
    /// |---|---|
    /// | `在全省营商环境评价中，` | subject 营商环境评价, rank group 全省 |
    /// | `全省GDP按不变价格计算,` | subject GDP (a method phrase ends it) |
    /// | `医药制造业、非金属矿物制品业居后三位,` + `分别…` | the names of the `分别` list |
    fn read_frame(&mut self, text: &str, next: &str, sentence: &mut Sentence) {
        if let Some(inner) = text.strip_prefix('在').and_then(|t| t.strip_suffix('中')) {
            let (subject, scope) = lead::clean(inner);
            if !subject.is_empty() {
                self.subject = Some(subject);
            }
            if let Some(group) =
                scope.filter(|g| crate::recognize::rank::RANK_GROUPS.contains(&g.as_str()))
            {
                sentence.rank_group = Some(group);
            }
            return;
        }
        let named = match text.rfind('按') {
            Some(at) if text.ends_with("计算") && at > 0 => &text[..at],
            _ if next.starts_with("分别") && text.contains('、') => {
                let verb = ["居", "位居", "位列", "排"]
                    .iter()
                    .filter_map(|v| text.find(v))
                    .min();
                &text[..verb.unwrap_or(text.len())]
            }
            _ => return,
        };
        let (subject, _) = lead::clean(named);
        if !subject.is_empty() {
            self.subject = Some(subject.clone());
            sentence.list_names = Some(subject);
        }
    }

    /// What carries into a new sentence. In a brief: everything. In a
    /// passage (SPEC, "A passage"): the topic period and the year, but not
    /// the subject or the scope (stated per sentence); a target frame's
    /// period (`到2025年`) and a colon list (`主要预期目标:`) end with their
    /// paragraph (a line break after a sentence's end).
    fn start_sentence(
        &mut self,
        norm: &str,
        clause: &Clause,
        new_paragraph: bool,
        facts: &BriefFacts,
    ) {
        if facts.is_brief {
            return;
        }
        self.subject = None;
        self.scope = None;
        // A paragraph that starts with a list marker (`——`) continues the
        // list a colon opened, with its frame's period.
        let list_goes_on = self.list_plan && starts_list_item(norm, clause);
        if new_paragraph && !list_goes_on {
            self.list_plan = false;
            if self.topic_period.as_ref().is_some_and(|p| p.1.target) {
                self.topic_period = None;
            }
        }
    }

    /// A sentence without figures that dates what follows
    /// (`人民银行10日发布2022年金融统计数据报告。`): its last period is the topic.
    fn date_by_lead(&mut self, norm: &str, clauses: &[Clause]) {
        let Some(last) = clauses.last() else { return };
        let first = clauses
            .iter()
            .rposition(|c| c.sentence != last.sentence)
            .map_or(0, |i| i + 1);
        let text = &norm[clauses[first].range.start..last.range.end];
        if let Some((r, p, _)) = period::stated(text)
            .filter(|(r, _, u)| *u == period::Use::Dates && !in_title(text, r.start))
            .last()
        {
            self.topic_period = Some((crate::text::chars::tidy(&text[r]), p));
        }
    }

    /// The years a clause states, for the year-less periods after it
    /// (SPEC, "Years": the nearest year stated earlier in the passage). A
    /// date, a window (`2022年以来`), a basis or a figure's own period
    /// (`由2013年的…`) is no such year.
    fn note_years(&mut self, text: &str) {
        if let Some(y) = period::stated(text)
            .filter(|(_, p, u)| *u == period::Use::Dates && !p.target)
            .filter_map(|(_, p, _)| p.year)
            .last()
        {
            self.year = Some(y);
        }
    }

    /// Reads the figures of one clause, run by run.
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
        let mut prev_end = clause.range.start;
        sentence.clause_basis = None;
        for run in runs(part, clause, mentions) {
            let ctx = self.context(part, clause, &run, prev_end, sentence);
            for (j, &item) in run.items.iter().enumerate() {
                let record = self.record(part, item, j, &ctx, sentence, facts, to_input, input);
                if record.compared_to.is_some() && record.kind != Kind::Rank {
                    sentence.last_basis.clone_from(&record.compared_to);
                    if record.kind == Kind::Change {
                        sentence.clause_basis.clone_from(&record.compared_to);
                    }
                }
                if !ctx.bracketed {
                    sentence.subjects.push(ctx.subjects[j].clone());
                    if record.unit == "%" {
                        sentence.growth_before = record.kind == Kind::Growth;
                    }
                }
                out.push(record);
            }
            sentence.has_figures = true;
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
        sentence: &Sentence,
    ) -> RunContext<'p> {
        let norm = part.norm;
        let cstart = look_back(norm, clause, part.mentions[run.items[0]].1.start);
        let head = &part.mentions[run.items[0]].1;
        let from = prev_end.min(head.start);
        let raw = &norm[from..head.start];
        // `（折合 119.6 亿斤）`: the same figure in other units, not a basis.
        let inside = norm[cstart..head.start]
            .rfind(['（', '('])
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
        let bracketed = in_brackets(&norm[cstart..head.start]) && !conversion && aside.is_none();
        let lead_text =
            if let Some(aside) = aside.filter(|_| in_brackets(&norm[cstart..head.start])) {
                aside.to_string()
            } else if bracketed {
                // The figure inside `（6.3%）`: the lead is what precedes the bracket.
                let open = norm[..head.start]
                    .rfind(['（', '('])
                    .unwrap_or(head.start)
                    .max(from);
                lead::without_brackets(&norm[from..open])
            } else {
                lead::without_brackets(raw)
            };
        let lead = lead::read(&lead_text);
        let before = &norm[cstart..head.start];
        // `完成年度目标的 118.8%`: a target reached is a result.
        // `纳入年度计划的…项目`: a plan that qualifies a noun plans nothing.
        // `占年度计划投资的 38.3%`: nor does one inside a share's whole.
        // `高于年度预期目标2.1个百分点`: a target compared with is a basis.
        // `计划生育支出`: a noun, not a plan.
        let plan_here = CLAUSE_PLANS.iter().any(|w| {
            before.find(w).is_some_and(|at| {
                !before[..at].contains("完成")
                    && !before[..at].contains("实现")
                    && !before[..at].contains('占')
                    && !before[at + w.len()..].starts_with('的')
                    && !compared_with(&before[..at])
                    && !NOT_PLANS.iter().any(|n| before[at..].starts_with(n))
            })
        });
        // `增长百分之九以上目标`: the figure is the target's value.
        let after = &norm[run.end..];
        let target_after = ["目标", "的目标", "的预期目标"]
            .iter()
            .any(|w| after.starts_with(w));
        let plan_here = plan_here || target_after;
        let achieved = ACHIEVED.iter().any(|w| before.contains(w));
        // `至少引进 … 1 个`: a bound word before the verb.
        let at_least = ["至少", "不少于", "不低于"]
            .iter()
            .any(|w| lead_text.contains(w));
        // `约占全国…的 30%`: about.
        let approx = lead_text.starts_with("约占") || lead_text.contains("约占");
        let n = run.items.len();
        if !bracketed {
            if let Some(s) = &lead.scope {
                self.scope = Some(s.clone());
            }
        }
        let earlier = sentence
            .subjects
            .len()
            .checked_sub(n)
            .map(|k| &sentence.subjects[k..]);
        let carried = self.subject.clone().unwrap_or_default();
        let subjects = if bracketed {
            // `较一季度(-10.8%)`: the same indicator in the basis period;
            // `高于全国水平(5.2%)`: the basis itself.
            let s = match &lead.basis {
                Some(b) if is_period_basis(b) && !carried.is_empty() => carried.clone(),
                Some(b) => b.clone(),
                None => lead.last_segment.clone(),
            };
            vec![s; n]
        } else if let Some(names) = sentence
            .list_names
            .as_deref()
            .map(lead::split_subjects)
            .filter(|names| lead.respectively && lead.subject.is_empty() && names.len() == n)
        {
            names
        } else if let Some(earlier) =
            earlier.filter(|_| lead.respectively && n > 1 && lead.subject.is_empty())
        {
            // `分别` over the figures before it in the sentence.
            earlier.to_vec()
        } else {
            let family = part.mentions[run.items[0]].0.family();
            self.subjects(&lead, part, run.end, run.next, n, family)
        };
        // `北京、天津和河北分别为…`: a list of places is a list of scopes;
        // the subject is the one carried.
        let places = lead.respectively && n > 1 && subjects.iter().all(|s| is_place(s));
        let (subjects, item_scopes) = if places {
            (vec![carried; n], subjects)
        } else {
            (subjects, Vec::new())
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
        if !bracketed && (raw.contains("（下同）") || raw.contains("(下同)")) {
            if let Some(b) = &lead.basis {
                self.sticky_basis = Some(b.clone());
            }
        }
        RunContext {
            planned: plan_here || (sentence.plan && !achieved),
            at_least,
            approx,
            bracketed,
            subjects,
            item_scopes,
            items: run.items.clone(),
            bases,
            before,
            lead,
            lead_text,
        }
    }

    /// The record of item `j` of a run.
    #[allow(clippy::too_many_arguments)]
    fn record(
        &self,
        part: &Part<'_>,
        item: usize,
        j: usize,
        ctx: &RunContext<'_>,
        sentence: &mut Sentence,
        facts: &BriefFacts,
        to_input: &impl Fn(usize) -> usize,
        input: &str,
    ) -> Record {
        let (m, r) = &part.mentions[item];
        let lead = &ctx.lead;
        let subject = ctx.subjects[j].clone();
        let after = &part.norm[r.end..];
        let kind = kind_of(
            m,
            &Cues {
                lead,
                lead_text: &ctx.lead_text,
                subject: &subject,
                after,
                bracketed: ctx.bracketed,
                growth_before: sentence.growth_before,
            },
        );
        let negate = kind.is_signed_by_verb()
            && matches!(lead.governing, Some(Word::Down | Word::Below))
            && m.value.as_decimal().is_some_and(|d| d.is_sign_positive());
        let compared_to = self.compared_to(part, r, kind, j, ctx, sentence);
        let subject = part.as_printed(subject, r.start);
        let compared_to = compared_to.map(|c| part.as_printed(c, r.start));
        let scope = match ctx.item_scopes.get(j) {
            Some(place) => Some(place.clone()),
            None => self.scope_of(&subject, ctx, sentence, facts),
        }
        .map(|s| part.as_printed(s, r.start));
        // `由2018年65.9:33.0:1.1调整到…`: a figure's own past period makes
        // it a baseline, not a target.
        let own = own_period(part, ctx.before).filter(|_| j == 0);
        let baseline = own.as_ref().is_some_and(|p| !p.1.target);
        let period = own.or_else(|| self.period_of(part, kind, ctx, sentence, facts));
        let planned = !baseline && (ctx.planned || period.as_ref().is_some_and(|p| p.1.target));
        let period = period.map(|(text, p)| {
            let first_dated = facts.first_dated.as_ref().filter(|_| facts.is_brief);
            let year = self
                .year
                .or(first_dated.and_then(|d| d.1.year))
                .or(facts.reference_year);
            let (from, to) = p.resolve(year);
            Period { text, from, to }
        });
        let span = to_input(m.span.start)..to_input(m.span.end - 1) + 1;
        let sign = |v: crate::model::mention::Value| if negate { v.negated() } else { v };
        let base = m.base();
        Record {
            subject: (!subject.is_empty()).then_some(subject),
            scope,
            kind,
            value: sign(m.value),
            high: m.high.map(|h| if negate { -h } else { h }),
            unit: m.unit.to_string(),
            base: BaseValue {
                value: sign(base.value),
                unit: base.unit.to_string(),
            },
            bound: m
                .bound
                .or(ctx
                    .at_least
                    .then_some(crate::model::mention::Bound::AtLeast))
                .or(ctx.approx.then_some(crate::model::mention::Bound::Approx))
                .or_else(|| self.run_bound(part, ctx, item)),
            planned,
            compared_to,
            period,
            source: facts
                .source
                .clone()
                .or_else(|| sentence.source.clone())
                .or_else(|| facts.passage_source.clone()),
            headline: facts.headline.clone(),
            text: input.get(span.clone()).unwrap_or_default().to_string(),
            span: Span {
                start: span.start,
                end: span.end,
            },
        }
    }

    /// A bound printed once after a run (`分别增长7.5%和8%左右`) holds for
    /// every item; one after a structure (`3.8:1左右`) for it.
    fn run_bound(&self, part: &Part<'_>, ctx: &RunContext<'_>, item: usize) -> Option<Bound> {
        let last = *ctx.items.last()?;
        let (m, r) = &part.mentions[last];
        let own = m.family() == Family::Structure && last == item;
        let shared = ctx.items.len() > 1 && last != item;
        if !(own || shared) {
            return None;
        }
        m.bound.or_else(|| suffix_bound(&part.norm[r.end..]).1)
    }

    /// The basis of a comparison, or the group of a rank.
    fn compared_to(
        &self,
        part: &Part<'_>,
        r: &Range<usize>,
        kind: Kind,
        j: usize,
        ctx: &RunContext<'_>,
        sentence: &mut Sentence,
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
                    .or_else(|| sentence.rank_group.clone())
                    .or_else(|| ctx.bases[j].clone());
                sentence.rank_group.clone_from(&group);
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
                        .then(|| sentence.last_basis.clone())
                        .flatten()
                })
                .or_else(|| {
                    let own = ctx.lead.subject.is_empty();
                    own.then(|| sentence.clause_basis.clone()).flatten()
                })
                .or_else(|| sentence.basis_clause.clone())
                .or_else(|| self.sticky_basis.clone()),
            Kind::Points | Kind::RankChange => ctx.bases[j]
                .clone()
                .or_else(|| sentence.basis_clause.clone()),
            _ => None,
        }
    }

    /// Whose figure it is.
    fn scope_of(
        &self,
        subject: &str,
        ctx: &RunContext<'_>,
        sentence: &Sentence,
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
        } else if sentence.this_event {
            facts.lead_scope.clone().or_else(|| self.scope.clone())
        } else {
            self.scope.clone()
        }
    }

    /// The period as printed, before its year is resolved.
    fn period_of(
        &self,
        part: &Part<'_>,
        kind: Kind,
        ctx: &RunContext<'_>,
        sentence: &mut Sentence,
        facts: &BriefFacts,
    ) -> Option<(String, PeriodExpr)> {
        // A rank's own year: `由 2019 年度全省第 18 名`.
        let own = if kind == Kind::Rank {
            let own = period::first_dated(&ctx.lead_text)
                .map(|(text, p)| match ctx.before.find(text) {
                    Some(at) => (part.as_written(&ctx.before[at..at + text.len()]), p),
                    None => (text.to_string(), p),
                })
                .or_else(|| sentence.rank_period.clone());
            sentence.rank_period.clone_from(&own);
            own
        } else {
            None
        };
        own.or_else(|| self.period(sentence, facts))
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
        // …unless a rate is named before it: `覆盖率达到 90% 以上的四级应急
        // 广播体系` is the 覆盖率 of that system.
        let names_rate = ["率", "比重", "比例", "占比"]
            .iter()
            .any(|w| subject.ends_with(w));
        let share_of = matches!(family, Family::Percent | Family::PerMille)
            && part.norm[run_end..].starts_with('的')
            && !names_rate;
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
            let items = lead::split_subjects(&subject);
            if items.len() == n {
                return items;
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
pub(crate) fn is_figure(norm: &str, m: &Mention<'_>, r: &Range<usize>) -> bool {
    let after = &norm[r.end..];
    let before = &norm[..r.start];
    let next = after.chars().next();
    match m.family() {
        // `前5个月`: a period, not a duration.
        Family::Time if m.unit.base() == "个月" && before.ends_with('前') => false,
        Family::Time if matches!(m.unit.base(), "年" | "月") => {
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

/// Whether a paragraph starts with a list marker (`——`, `一是`, `(一)`,
/// `1.`): it continues the list a colon opened.
fn starts_list_item(norm: &str, clause: &Clause) -> bool {
    let text = &norm[clause.range.start..];
    let marker = [
        "——", "—", "一是", "二是", "三是", "四是", "五是", "(", "（", "•", "●",
    ];
    marker.iter().any(|m| text.starts_with(m))
        || text.starts_with(|c: char| c.is_ascii_digit()) && text[1..].starts_with(['.', '、'])
}

/// The basis of a clause `与X相比` / `同X相比` / `和X相比` / `较X相比`.
fn basis_clause(text: &str) -> Option<&str> {
    let inner = text
        .strip_suffix("相比")
        .or_else(|| text.strip_suffix('比'))?;
    let basis = ["与", "同", "和", "较", "跟"]
        .iter()
        .find_map(|w| inner.strip_prefix(w))?;
    (!basis.is_empty() && basis.chars().count() <= 12).then_some(basis)
}

/// Whether a basis is a period (`一季度`, `去年同期`, `上年`), not a place.
fn is_period_basis(basis: &str) -> bool {
    period::period(basis).is_ok()
        || ["同期", "上年", "去年", "上月", "年初"]
            .iter()
            .any(|w| basis.contains(w))
}

/// Whether `name` is a place: a province-level name (`北京`, `河北省`) or a
/// place name ending in 省/市/县/区 (`南阳市`), whole.
fn is_place(name: &str) -> bool {
    let bare = ["省", "市", "自治区"]
        .iter()
        .find_map(|s| name.strip_suffix(s))
        .unwrap_or(name);
    crate::attach::lexicon::PROVINCES.contains(&bare) || clause::scope(name) == Some(name)
}

/// Whether a comparison word stands at most four characters before the end
/// of `text` (`高于年度预期`, `超过`): what follows is the basis.
fn compared_with(text: &str) -> bool {
    let start = text.char_indices().rev().nth(5).map_or(0, |(i, _)| i);
    ["高于", "低于", "快于", "慢于", "高出", "超过", "超出"]
        .iter()
        .any(|w| text[start..].contains(w))
}

/// A period inside a clause, before its first figure: a dated one, or a
/// target after a plan word (`安徽力争到2025年,`, `规划到2025年产业规模要…`): it
/// frames the clause like one in topic position.
fn target_inside<'n>(
    text: &'n str,
    clause: &Clause,
    part: &Part<'_>,
) -> Option<(&'n str, PeriodExpr)> {
    let first_figure = part
        .mentions
        .iter()
        .map(|(_, r)| r.start)
        .find(|&at| at >= clause.range.start)
        .map_or(text.len(), |at| {
            at.saturating_sub(clause.range.start).min(text.len())
        });
    // Only after a plan word: `恢复到2019年同期的` is no target.
    let after_plan = |at: usize| {
        let before = &text[..at];
        SENTENCE_PLANS
            .iter()
            .chain(CLAUSE_PLANS)
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
fn own_period(part: &Part<'_>, before: &str) -> Option<(String, PeriodExpr)> {
    let tail = before.len().saturating_sub(24);
    let tail = (tail..before.len()).find(|&i| before.is_char_boundary(i))?;
    let text = &before[tail..];
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

/// How far back from a figure its clause is read (bytes): a clause of
/// running text is shorter, and text without `，；。` (a PDF table) is not
/// rescanned from its start for every figure, so reading stays linear.
const MAX_LOOK_BACK: usize = 150;

/// Where the words read before a figure at `at` start: the clause start,
/// or [`MAX_LOOK_BACK`] bytes before `at` (on a character boundary).
fn look_back(norm: &str, clause: &Clause, at: usize) -> usize {
    let mut from = at.saturating_sub(MAX_LOOK_BACK).max(clause.range.start);
    while !norm.is_char_boundary(from) {
        from += 1;
    }
    from
}

/// Whether `clause` ends with a colon (`目标是:`), opening a list.
fn opens_list(norm: &str, clause: &Clause) -> bool {
    let text = &norm[clause.range.clone()];
    text.ends_with([':', '：']) || norm[clause.range.end..].starts_with([':', '：'])
}

/// Whether `at` in `text` is inside a title `《…》`.
fn in_title(text: &str, at: usize) -> bool {
    text[..at].rfind('《') > text[..at].rfind('》')
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
        if !crate::text::chars::is_cjk(c) && !c.is_ascii_alphanumeric() && c != '“' && c != '”'
        {
            break;
        }
        if AFTER_COUNT_STOPS.iter().any(|w| rest[i..].starts_with(w)) {
            break;
        }
        match crate::attach::lexicon::keyword(&rest[i..]) {
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

/// What the words around a figure say about its kind.
struct Cues<'c> {
    lead: &'c Lead,
    /// The words before the figure, brackets removed.
    lead_text: &'c str,
    subject: &'c str,
    /// The text after the figure.
    after: &'c str,
    bracketed: bool,
    /// The last percentage of the sentence outside brackets was a growth:
    /// a bracketed one after it is one too (`较一季度(-10.8%)`).
    growth_before: bool,
}

/// The kind of a figure (SPEC §3, `kind`).
fn kind_of(m: &Mention<'_>, cues: &Cues<'_>) -> Kind {
    let Cues {
        lead,
        lead_text,
        subject,
        after,
        bracketed,
        growth_before,
    } = *cues;
    let plain_bracket = bracketed && !growth_before;
    // `全年新增人民币各项存款…亿元`: an increase of a balance.
    let balance_grows =
        lead_text.contains("新增") && ["存款", "贷款"].iter().any(|w| subject.contains(w));
    // `增长速度维持在7%左右`, `增长目标为7.5%以上`: a growth named before its verb.
    let names_growth = GROWTH_NAMES.iter().any(|w| lead_text.contains(w));
    let changes = matches!(lead.governing, Some(Word::Up | Word::Down));
    match m.family() {
        Family::Money => {
            if changes || balance_grows {
                Kind::Change
            } else {
                Kind::Amount
            }
        }
        Family::Percent | Family::PerMille => {
            if bracketed && !plain_bracket {
                Kind::Growth
            } else if bracketed {
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
        // `1.6 万元/亩`: a price is money.
        Family::Rate if m.unit.base().starts_with('元') => {
            if changes {
                Kind::Change
            } else {
                Kind::Amount
            }
        }
        Family::Points => Kind::Points,
        // `超过五成`: a share (SPEC, "More forms").
        Family::Share => Kind::Ratio,
        Family::Rank => Kind::Rank,
        Family::RankChange => Kind::RankChange,
        Family::Multiple => Kind::Multiple,
        Family::Structure => Kind::Structure,
        // `性别比…为106.9`: a bare number naming a ratio.
        _ if m.unit.base().is_empty() && RATIO_NAMES.iter().any(|w| subject.ends_with(w)) => {
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

/// Subjects that name a growth rate: a percentage of theirs is a growth
/// (`居民消费价格涨幅控制在3%左右`, `增长速度维持在7%左右`).
const GROWTH_NAMES: &[&str] = &["增速", "增幅", "涨幅", "降幅", "增长速度", "增长目标"];

/// Words after a percentage that make it a growth (`保持30%以上的增长`).
const GROWTH_AFTER: &[&str] = &["的增长", "的增速", "的增幅", "以上的增长", "左右的增长"];

/// Subjects that name a ratio: a bare number of theirs is one (`性别比`).
const RATIO_NAMES: &[&str] = &["比", "比率", "比例", "指数"];

/// An inline credit in the sentence that starts with `clauses[0]`
/// (`据市统计局…`, `记者从…了解到`; see [`crate::source`]).
fn inline_source(part: &Part<'_>, clauses: &[Clause]) -> Option<String> {
    let first = clauses.first()?;
    let last = clauses
        .iter()
        .take_while(|c| c.sentence == first.sentence)
        .last()?;
    let sentence = &part.norm[first.range.start..last.range.end];
    crate::attach::source::attribution(sentence).map(|s| part.as_written(s))
}
