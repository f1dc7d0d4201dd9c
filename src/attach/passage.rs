//! The passage context: what carries from clause to clause and from
//! sentence to sentence while a part is read (SPEC §3, "A passage").
//!
//! It is one value, [`PassageContext`], with the sentence's own context
//! ([`Sentence`]) inside it. Each field says beside it what sets it, how
//! far it carries and what resets it. The passage-level fields are written
//! only by the methods in this file; the field modules
//! ([`crate::attach::subject`], [`crate::attach::scope`],
//! [`crate::attach::when`], [`crate::attach::basis`],
//! [`crate::attach::planned`], [`crate::attach::source`]) read them.
//!
//! In short: in a brief everything carries to the end of the part; in a
//! passage the subject and the scope are stated per sentence, the topic
//! period and the year carry on, and a target frame (`到2025年`,
//! `主要预期目标:`) ends with its paragraph.

use crate::attach::clause::Clause;
use crate::attach::lead;
use crate::attach::part::{BriefFacts, Part};
use crate::recognize::period::{self, PeriodExpr};
use std::sync::Arc;

/// What carries from clause to clause and sentence to sentence in one
/// part (a headline or a body). A part is read with a context of its own.
pub(crate) struct PassageContext {
    /// The part is a headline. Fixed for the part: a headline's scope is
    /// its lead's or the brief's, and without a period of its own it takes
    /// the brief's first dated one.
    pub(super) is_headline: bool,
    /// The subject named last: by a lead before a figure
    /// ([`PassageContext::subjects`]) or by a clause without figures
    /// ([`PassageContext::read_frame`]). A lead that names none takes it.
    /// Carries from clause to clause in a sentence; in a brief also to
    /// later sentences; reset at a passage's sentence start.
    pub(super) subject: Option<String>,
    /// Whose figures they are (`全市`, `南阳市`): set by a clause's topic
    /// and by a lead outside brackets; a brief's body starts with the
    /// scope its headline or opening names. Carries like the subject:
    /// clause to clause, in a brief to later sentences; reset at a
    /// passage's sentence start.
    pub(super) scope: Option<String>,
    /// A period in topic position: one opening a sentence, before its
    /// first figure or after a `；` (`据…数据，2021 年 10 月份，…`); or the
    /// last period of an opening sentence without figures
    /// ([`PassageContext::date_by_lead`]). Holds for the sentences after
    /// it until another replaces it, in a brief and in a passage; in a
    /// passage a target period (`到2025年`) ends with its paragraph unless
    /// the next paragraph goes on with the list it framed.
    pub(super) topic_period: Option<(String, PeriodExpr)>,
    /// The most recent year stated (a dated period, or a topic period with
    /// a year): resolves the year-less periods after it. Never reset.
    pub(super) year: Option<u16>,
    /// `比上年同期增长（下同）`: the basis of every later change that names
    /// none. Set outside brackets; never reset.
    pub(super) sticky_basis: Option<String>,
    /// A target frame ending in a colon (`主要预期目标:`) opened a list
    /// (passages only; a brief never sets it): every sentence after it
    /// starts planned. Ends with its paragraph (a line break after a
    /// sentence's end), unless the next paragraph starts with a list marker
    /// (`——`, `一是`, `(一)`, `1.`).
    pub(super) list_plan: bool,
    /// What holds for the current sentence: replaced at every sentence
    /// start ([`PassageContext::start_sentence`]).
    pub(super) sentence: Sentence,
}

/// What holds for one sentence: all of it is replaced when the next
/// sentence starts. Unless a field says otherwise it carries from clause
/// to clause to the sentence's end.
#[derive(Default)]
pub(crate) struct Sentence {
    /// Where a sentence holding figures is in the input: its first
    /// clause's start to its last clause's end (empty for other sentences).
    pub(super) range: std::ops::Range<usize>,
    /// A mention starts in the sentence (set when it begins).
    pub(super) holds_figures: bool,
    /// The period of the sentence's latest clause with one in topic
    /// position.
    pub(super) period: Option<(String, PeriodExpr)>,
    /// A plan word or a target period was read: the sentence's figures are
    /// planned. Starts as the passage's list plan; a `；` ends it unless a
    /// colon list is open ([`Sentence::plans_list`]).
    pub(super) plan: bool,
    /// A clause spoke of this event (`本次`, `此次`): the brief's lead
    /// period and scope hold.
    pub(super) this_event: bool,
    /// An inline credit in the sentence (`据市统计局…`): set at its start.
    pub(super) source: Option<Arc<str>>,
    /// The group of the last rank (`全省`), for a later rank without one.
    pub(super) rank_group: Option<String>,
    /// The year of the last rank (`2020 年度第十名`), likewise.
    pub(super) rank_period: Option<(String, PeriodExpr)>,
    /// A target frame ending in a colon opened a list: the plan holds
    /// across `；` to the sentence's end.
    pub(super) plans_list: bool,
    /// The last percentage read outside brackets was a growth: a
    /// bracketed one after a basis (`较一季度(-10.8%)`, `高出全国(5.9%)`)
    /// is the basis's growth.
    pub(super) growth_before: bool,
    /// A figure has been read in this sentence.
    pub(super) has_figures: bool,
    /// The names of a clause without figures before a `分别` clause
    /// (`医药制造业、…居后三位,分别下降…`).
    pub(super) list_names: Option<String>,
    /// A basis stated in a clause of its own (`与上半年相比,`).
    pub(super) basis_clause: Option<String>,
    /// The basis of a change read in the current clause: reset at every
    /// clause.
    pub(super) clause_basis: Option<String>,
    /// The basis of the sentence's last comparison.
    pub(super) last_basis: Option<String>,
    /// The subjects of the sentence's figures so far, for a later `分别`
    /// that names none (`接待游客…，实现旅游收入…，分别增长 18.3% 和 21.6%`).
    pub(super) subjects: Vec<String>,
}

impl PassageContext {
    /// The context at the start of a part: `scope` is the one a body that
    /// never states its own is about.
    pub(crate) fn new(is_headline: bool, scope: Option<String>) -> PassageContext {
        PassageContext {
            is_headline,
            subject: None,
            scope,
            topic_period: None,
            year: None,
            sticky_basis: None,
            list_plan: false,
            sentence: Sentence::default(),
        }
    }

    /// What carries into a new sentence. In a brief: everything. In a
    /// passage (SPEC, "A passage"): the topic period and the year, but not
    /// the subject or the scope (stated per sentence); a target frame's
    /// period (`到2025年`) and a colon list (`主要预期目标:`) end with their
    /// paragraph (a line break after a sentence's end). The sentence's own
    /// context starts anew, with its inline credit `source`.
    pub(super) fn start_sentence(
        &mut self,
        part: &Part<'_>,
        clause: &Clause,
        facts: &BriefFacts,
        source: Option<Arc<str>>,
    ) {
        if !facts.is_brief {
            self.subject = None;
            self.scope = None;
            // `。` followed by a line break: a paragraph of web text (or a
            // line of PDF text) starts.
            let new_paragraph = part.normalized.line_break_before(clause.range.start);
            // A paragraph that starts with a list marker (`——`) continues the
            // list a colon opened, with its frame's period.
            let list_goes_on = self.list_plan && starts_list_item(part.norm, clause);
            if new_paragraph && !list_goes_on {
                self.list_plan = false;
                if self.topic_period.as_ref().is_some_and(|p| p.1.target) {
                    self.topic_period = None;
                }
            }
        }
        self.sentence = Sentence {
            source,
            plan: self.list_plan,
            plans_list: self.list_plan,
            ..Sentence::default()
        };
    }

    /// A sentence without figures that dates what follows
    /// (`人民银行10日发布2022年金融统计数据报告。`): its last period is the topic.
    pub(super) fn date_by_lead(&mut self, norm: &str, clauses: &[Clause]) {
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
    pub(super) fn note_years(&mut self, text: &str) {
        // (A year is printed with 年: most clauses are passed at once.)
        if !text.contains('年') {
            return;
        }
        if let Some(y) = period::stated(text)
            .filter(|(_, p, u)| *u == period::Use::Dates && !p.target)
            .filter_map(|(_, p, _)| p.year)
            .last()
        {
            self.year = Some(y);
        }
    }

    /// A period in topic position, `written` as printed: its year is the
    /// latest; it is the topic of what follows when `is_topic` (it opens
    /// its sentence or follows a `；`, or no figure came before it).
    pub(super) fn note_topic_period(&mut self, written: &(String, PeriodExpr), is_topic: bool) {
        // A target's year (`到2025年`) is no year of what is reported.
        if written.1.year.is_some() && !written.1.target {
            self.year = written.1.year;
        }
        if is_topic {
            self.topic_period = Some(written.clone());
        }
    }

    /// A scope stated in topic position or in a lead.
    pub(super) fn note_scope(&mut self, scope: String) {
        self.scope = Some(scope);
    }

    /// A subject named by a lead, carried to the figures after it.
    pub(super) fn carry_subject(&mut self, subject: String) {
        self.subject = Some(subject);
    }

    /// A basis marked `（下同）`, carried to the end of the part.
    pub(super) fn carry_basis(&mut self, basis: String) {
        self.sticky_basis = Some(basis);
    }

    /// A target frame ending in a colon opened a list: in a passage it
    /// runs to its paragraph's end.
    pub(super) fn open_list(&mut self, facts: &BriefFacts) {
        self.list_plan = !facts.is_brief;
    }

    /// A clause without figures that names what the figures after it
    /// measure:
    ///
    /// | clause | then |
    /// |---|---|
    /// | `在全省营商环境评价中，` | subject 营商环境评价, rank group 全省 |
    /// | `全省GDP按不变价格计算,` | subject GDP (a method phrase ends it) |
    /// | `医药制造业、非金属矿物制品业居后三位,` + `分别…` | the names of the `分别` list |
    pub(super) fn read_frame(&mut self, text: &str, next: &str) {
        if let Some(inner) = text.strip_prefix('在').and_then(|t| t.strip_suffix('中')) {
            let (subject, scope) = lead::clean(inner);
            if !subject.is_empty() {
                self.subject = Some(subject);
            }
            if let Some(group) =
                scope.filter(|g| crate::recognize::rank::RANK_GROUPS.contains(&g.as_str()))
            {
                self.sentence.rank_group = Some(group);
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
            self.sentence.list_names = Some(subject);
        }
    }

    /// The period that holds for a figure without one of its own: the
    /// sentence's, this event's, the topic's, or (in a headline) the
    /// brief's first dated one.
    pub(super) fn period(&self, facts: &BriefFacts) -> Option<(String, PeriodExpr)> {
        if let Some(p) = &self.sentence.period {
            return Some(p.clone());
        }
        if self.sentence.this_event {
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

/// Whether `at` in `text` is inside a title `《…》`.
fn in_title(text: &str, at: usize) -> bool {
    text[..at].rfind('《') > text[..at].rfind('》')
}
