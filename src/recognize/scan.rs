//! Scanning text for mentions: prefilter → recognise → resolve per sentence.
//!
//! 1. **Prefilter.** One forward byte pass finds where a number may
//!    start: an Arabic digit, a Chinese numeral character (scales
//!    included: `突破萬億元`, one bit each in a table derived from the
//!    numeral grammar), or `首位`; and where a sentence ends.
//! 2. **Recognise.** At each candidate the nom recogniser
//!    ([`crate::recognize::expression`]) reads forward; the words before it (sign,
//!    bound, `第`, `前移`, ranking group) are read by looking back
//!    ([`crate::recognize::context`]). Dates, document numbers, list markers, slogans
//!    and thresholds inside subjects are dropped here.
//! 3. **Resolve per sentence.** A unit written once at the end of a list
//!    applies to every item (`13.6、14.2、11.0 个百分点`); a bare number after
//!    `增加`/`减少` takes the unit of the level it changes (`1299 个，同比增加
//!    351`); other numbers without a unit are kept only after a verb that
//!    makes them a figure and at the end of their clause.
//!
//! Work per call: one normalised copy of the input and two small buffers
//! reused across sentences; no allocation per mention.

use crate::model::mention::{Mention, Span};
use crate::model::quantity::{Bound, Value};
use crate::model::unit::{Family, Scale, Unit};
use crate::recognize::candidate::Candidate;
use crate::recognize::context;
use crate::recognize::expression::{expression, suffix_bound, Expression};
use crate::recognize::number::{is_hanzi_numeral, Script, OVERFLOW};
use crate::recognize::rank;
use crate::recognize::unit;
use crate::text::chars::{is_cjk, three_byte_char};
use crate::text::normalize::Normalized;
use crate::text::script;
use rust_decimal::Decimal;
use std::borrow::Cow;
use std::sync::LazyLock;

/// The three-byte characters (U+0800..U+FFFF) the prefilter stops at,
/// one bit each: every Chinese numeral character (scales included:
/// `突破萬億元`), derived from [`is_hanzi_numeral`]; the sentence ends
/// `。；！？`; `首` (of `首位`); and every traditional character of
/// [`crate::text::script`], so that the same pass tells where the first
/// one is.
static HIT_BITS: LazyLock<Box<[u64]>> = LazyLock::new(|| {
    let mut bits = vec![0u64; 0x10000 / 64].into_boxed_slice();
    let mut set = |c: char| bits[c as usize / 64] |= 1 << (c as u32 % 64);
    // Every numeral and traditional character is a unified ideograph
    // but `〇`: only that block is tested (built once, on first use).
    for c in ['〇', '。', '；', '！', '？', '首'] {
        set(c);
    }
    for c in '\u{4E00}'..='\u{9FFF}' {
        if is_hanzi_numeral(c) || script::is_traditional(c as u32) {
            set(c);
        }
    }
    bits
});

impl Candidate {
    /// Gives the candidate a unit found elsewhere in its sentence, unless its
    /// value (or upper end) would overflow under that unit's scale: a figure
    /// is never reported with a wrong base value (SPEC §4).
    fn take_unit(&mut self, unit: Unit) {
        let factor = unit.scale.factor();
        let fits = |d: Decimal| d.checked_mul(factor).is_some();
        let value_fits = self.value.as_decimal().is_none_or(fits);
        if value_fits && self.high.is_none_or(fits) {
            self.unit = unit;
            self.bare = false;
        }
    }
}

/// What recognising at one candidate gave.
pub(crate) enum Outcome {
    /// A mention (maybe provisional, if bare).
    Found(Candidate),
    /// Not a mention; scanning resumes at the offset.
    Skip(usize),
    /// A number too large to represent exactly, with its normalised span.
    Overflow(usize, usize),
}

/// The end of the run of numeral characters starting at `at`.
fn run_end(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    let len = match rest.as_bytes().first() {
        Some(b) if b.is_ascii_digit() => rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(rest.len()),
        _ => rest
            .find(|c: char| !is_hanzi_numeral(c))
            .unwrap_or(rest.len()),
    };
    at + len.max(rest.chars().next().map_or(1, char::len_utf8))
}

fn next_char(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

fn prev_char(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

/// Recognises the expression whose number starts at `at` (normalised).
///
/// With `in_context` false (a single expression parsed on its own) the
/// context rules that drop slogans, thresholds and indefinite `一个` are
/// not applied.
pub(crate) fn recognise_at(text: &str, at: usize, in_context: bool) -> Outcome {
    let rest = &text[at..];
    if rest.starts_with("首位") {
        return first_place(text, at);
    }
    if let Some(outcome) = scale_word_alone(text, at) {
        return outcome;
    }
    if lone_numeral_in_a_word(text, at) {
        return Outcome::Skip(run_end(text, at));
    }
    let (after, expr) = match expression(rest) {
        Ok(ok) => ok,
        Err(nom::Err::Failure(e)) if e.code == OVERFLOW => {
            return Outcome::Overflow(at, run_end(text, at));
        }
        Err(_) => return Outcome::Skip(run_end(text, at)),
    };
    let end = text.len() - after.len();
    // Fast path: a bare Chinese numeral followed by more text is a word
    // (一般, 四水同治, 一是), unless it is an ordinal or a top-N (全省第二的).
    if expr.number.script == Script::Hanzi
        && !expr.percent_words
        && expr.unit == Unit::bare(Scale::One)
        && next_char(text, end).is_some_and(is_cjk)
        && !text[..at].ends_with(['第', '前'])
    {
        return Outcome::Skip(end);
    }
    if expr.number.scaled().is_none()
        || expr
            .high
            .is_some_and(|h| h.checked_mul(expr.unit.scale.factor()).is_none())
    {
        return Outcome::Overflow(at, end);
    }
    // Part of a Latin token: 5G, PM2.5, G20, COVID-19.
    if prev_char(text, at).is_some_and(|c| c.is_ascii_alphabetic())
        || next_char(text, end).is_some_and(|c| c.is_ascii_alphabetic())
    {
        return Outcome::Skip(end);
    }
    let mut c = Candidate {
        start: at,
        end,
        value: expr.value,
        high: expr.high,
        unit: expr.unit,
        bound: expr.bound,
        bare: false,
        triggered: false,
        inherits: false,
    };
    match look_back(text, &mut c, &expr) {
        Some(()) => {}
        None => return Outcome::Skip(end),
    }
    if in_context && dropped_by_context(text, &c, &expr) {
        return Outcome::Skip(end);
    }
    Outcome::Found(c)
}

/// Cheap test before any parsing: one Chinese numeral character followed by
/// a character that can continue no expression (`一般`, `一是`, `四水同治`,
/// `三大特征`) is part of a word. Ordinals and top-N (`第一`, `前三`) are left
/// to the full reading.
fn lone_numeral_in_a_word(text: &str, at: usize) -> bool {
    let mut chars = text[at..].chars();
    let (Some(numeral), Some(next)) = (chars.next(), chars.next()) else {
        return false;
    };
    !numeral.is_ascii_digit()
        && is_cjk(next)
        && !is_hanzi_numeral(next)
        && !unit::can_start_unit(next)
        && !matches!(
            next,
            '余' | '多'
                | '几'
                | '幾'
                | '半'
                | '以'
                | '左'
                | '上'
                | '之'
                | '内'
                | '至'
                | '到'
                | '点'
                | '點'
                | '分'
                | '成'
        )
        && !text[..at].ends_with(['第', '前', '负', '負'])
}

/// `首位` is rank 1 after a group or a verb of rank (`居全省首位`); elsewhere
/// (`摆在首位`) it is no figure.
fn first_place(text: &str, at: usize) -> Outcome {
    let before = &text[..at];
    let end = at + "首位".len();
    if !rank::has_group_or_verb(before) {
        return Outcome::Skip(end);
    }
    Outcome::Found(Candidate {
        start: at,
        end,
        value: Value::Number(Decimal::ONE),
        high: None,
        unit: unit::RANK_WEI,
        bound: None,
        bare: false,
        triggered: false,
        inherits: false,
    })
}

/// A scale word standing for its number (SPEC §2, "More forms"):
/// `突破千亿大关` is 1000 亿, `首次突破萬億元` 1 万亿元, `超万亿` 1 万亿.
///
/// ```text
/// scale_alone = ("百" | "千")? scale unit_word? ;   (after a bound word or a verb of level)
/// ```
///
/// It is a figure after a bound word (`突破`, `超`, `近`) or a verb of level
/// (`达到`); it is no figure where it qualifies a noun (`千亿级`, `突破千亿的县`,
/// `规模超百亿元的领航企业`) or stands alone (`千万`, `万众`). `百亿元` and
/// `千万元` without a bound word are read by [`expression`] as before.
/// Returns `None` when `at` starts no scale word.
fn scale_word_alone(text: &str, at: usize) -> Option<Outcome> {
    let rest = &text[at..];
    let (after_multiplier, multiplier) = match rest.chars().next()? {
        c @ ('百' | '佰') => (&rest[c.len_utf8()..], 100),
        c @ ('千' | '仟') => (&rest[c.len_utf8()..], 1000),
        _ => (rest, 1),
    };
    let (after_scale, scale) = unit::scale(after_multiplier).ok()?;
    let follows_numeral =
        prev_char(text, at).is_some_and(|p| p.is_ascii_digit() || is_hanzi_numeral(p));
    let more_numerals =
        next_char(after_scale, 0).is_some_and(|c| c.is_ascii_digit() || is_hanzi_numeral(c));
    if follows_numeral || more_numerals {
        return None;
    }
    let (after_unit, unit) = match unit::unit_word(after_scale) {
        Ok((r, u)) => (r, u.with_scale(scale)),
        Err(_) => (after_scale, Unit::bare(scale)),
    };
    let end = text.len() - after_unit.len();
    // 千亿级, 突破千亿的县, 亿元以上项目: a qualifier or a threshold.
    let threshold = suffix_bound(after_unit).1.is_some();
    if threshold || after_unit.starts_with(['级', '級', '的']) {
        return Some(Outcome::Skip(end));
    }
    let before = &text[..at];
    let bound = bound_before(before);
    if bound.is_none() && context::ends_with_word(before, context::LEVEL_VERBS).is_none() {
        return if multiplier > 1 && unit.has_word() {
            None
        } else {
            Some(Outcome::Skip(end))
        };
    }
    Some(Outcome::Found(Candidate {
        start: at - bound.map_or(0, |(w, _)| w.len()),
        end,
        value: Value::Number(Decimal::from(multiplier)),
        high: None,
        unit,
        bound: bound.map(|(_, b)| b),
        bare: false,
        triggered: false,
        inherits: false,
    }))
}

/// The bound word that `before` ends with, if any; the `约` of a verb
/// (`签约 3-5 个`, `节约 20%`, `新签约亿元以上项目`) is no approximation.
fn bound_before(before: &str) -> Option<(&'static str, Bound)> {
    let (w, bound) = context::ends_with_any(before, context::BOUND_PREFIXES)?;
    let verb_yue = w == "约"
        && before[..before.len() - w.len()]
            .chars()
            .next_back()
            .is_some_and(|p| context::VERBS_ENDING_IN_YUE.contains(&p));
    (!verb_yue).then_some((w, bound))
}

/// Reads the words before the number: sign, ordinal `第`, top-N `前`, rank
/// moves, bound words, ranking groups. Returns `None` when they make the
/// number no mention (a list marker `第一`, a batch `第三期`).
fn look_back(text: &str, c: &mut Candidate, expr: &Expression) -> Option<()> {
    // Sign: 负, -, +. A '-' right after a digit or '%' is a range or a
    // date separator, not a sign.
    if let Some((w, sign)) = context::ends_with_any(&text[..c.start], context::SIGNS) {
        let before_sign = prev_char(text, c.start - w.len());
        let is_separator = w.len() == 1
            && before_sign.is_some_and(|p| p.is_ascii_alphanumeric() || p == '%' || p == '.');
        if !is_separator {
            c.start -= w.len();
            if sign < 0 {
                c.value = c.value.negated();
            }
        }
    }
    match rank::look_back(text, c, expr) {
        rank::Reading::Rank => return Some(()),
        rank::Reading::NotARank => return None,
        rank::Reading::NoRankWord => {}
    }
    let before = &text[..c.start];
    if let Some((w, bound)) = bound_before(before) {
        let comparison = context::is_comparison_word(w) && c.unit.family() == Family::Points;
        if !comparison {
            c.start -= w.len();
            c.bound = Some(bound);
        }
    }
    let bare = c.unit == Unit::bare(Scale::One);
    if bare {
        c.bare = true;
        let before = &text[..c.start];
        let verb = context::ends_with_word(before, context::BARE_TRIGGERS);
        let ends = context::ends_clause(next_char(text, c.end));
        c.triggered = ends && (verb.is_some() || c.bound.is_some());
        c.inherits =
            ends && context::ends_with_word(before, context::ABSOLUTE_CHANGE_VERBS).is_some();
    }
    Some(())
}

/// Context rules that make a recognised expression no figure.
fn dropped_by_context(text: &str, c: &Candidate, expr: &Expression) -> bool {
    let next = next_char(text, c.end);
    let after = &text[c.end..];
    let hanzi = expr.number.script == Script::Hanzi && !expr.percent_words;
    let no_arabic_digit = expr.number.script == Script::Hanzi;
    // 数十万个, 几十个: indefinite (预算数109466万元 is not).
    if no_arabic_digit
        && context::ends_with_word(&text[..c.start], context::INDEFINITE_BEFORE).is_some()
    {
        return true;
    }
    // Years and periods: 2021 年, 二〇二一年, 15年以来, 3 年来.
    if c.unit.word() == "年" && c.unit.scale == Scale::One {
        let year_like =
            expr.number.integer_digits >= 3 || (hanzi && expr.number.value >= Decimal::from(1000));
        let ends_in_year = text[..c.end].ends_with('年');
        if year_like || ends_in_year && context::YEAR_AFTER.iter().any(|w| after.starts_with(w)) {
            return true;
        }
    }
    // Slogans and names in short quotations, document titles.
    if no_arabic_digit && context::in_short_quote(text, c.start, c.end) {
        return true;
    }
    if context::in_title(text, c.start, c.end) {
        return true;
    }
    if is_threshold_in_subject(text, c) {
        return true;
    }
    if c.unit.family() == Family::Count {
        // 两项合计: an anaphoric total, not a figure.
        if context::ANAPHORIC_AFTER
            .iter()
            .any(|w| after.starts_with(w))
        {
            return true;
        }
    }
    // A lone 零 is part of a word (零部件, 零售, 零容忍): statistics print 0.
    if hanzi && expr.number.value.is_zero() {
        return true;
    }
    // 一度 (once), 三度: 度 is energy only after digits or a scale (3.2 亿度).
    if hanzi && c.unit.word() == "度" && c.unit.scale == Scale::One {
        return true;
    }
    if c.unit.family() == Family::Time && is_time_window(text, c) {
        return true;
    }
    // 六次会议, 三次产业: an ordinal or a name, not a count.
    if context::NOT_A_COUNT_AFTER
        .iter()
        .any(|&(word, next_word)| c.unit.word() == word && after.starts_with(next_word))
    {
        return true;
    }
    // 一个, 一批, 一项, 一年: indefinite, unless counted (新增一家).
    if hanzi
        && expr.number.value == Decimal::ONE
        && c.high.is_none()
        && c.bound.is_none()
        && matches!(c.unit.family(), Family::Count | Family::Time)
        && context::ends_with_word(&text[..c.start], context::COUNTING_VERBS).is_none()
    {
        return true;
    }
    // A bare Chinese digit followed by more CJK text is a word (四水同治,
    // 一般, 五特), whatever precedes it.
    if c.bare && hanzi && next.is_some_and(is_cjk) {
        return true;
    }
    false
}

/// A threshold inside a subject: `500 万元以上的重点项目`, `10 亿元以上项目`.
/// A share is a figure (`30% 以上的行政村`: at least 30 % of the villages),
/// and so is anything after a level verb (`覆盖率达到 90% 以上的…`), and a
/// count that opens its clause (`，50 种以上常见病实现基层首诊`) or follows a
/// verb of forming (`培育形成10个以上千亿级产业`).
fn is_threshold_in_subject(text: &str, c: &Candidate) -> bool {
    let before = &text[..c.start];
    let opens_clause = before
        .chars()
        .next_back()
        .is_none_or(|p| matches!(p, '，' | '。' | '；' | ':' | '、' | '！' | '？'));
    let count = c.unit.family() == Family::Count;
    matches!(c.bound, Some(Bound::AtLeast | Bound::AtMost))
        && (text[..c.end].ends_with("以上") || text[..c.end].ends_with("以下"))
        && !context::ends_figure(next_char(text, c.end))
        && c.unit.family() != Family::Percent
        && !(count && opens_clause)
        && context::ends_with_word(before, context::LEVEL_VERBS).is_none()
        && !(count && context::ends_with_word(before, context::FORMING_VERBS).is_some())
}

/// A duration that names a time window, not a figure: `近12个季度最高增速`
/// (after `近`), `34个季度首次超过全国` (before `首次`).
fn is_time_window(text: &str, c: &Candidate) -> bool {
    let after_near = text[c.start..].starts_with('近') && c.bound == Some(Bound::Approx);
    (after_near && context::WINDOW_UNITS.contains(&c.unit.word()))
        || context::WINDOW_AFTER
            .iter()
            .any(|w| text[c.end..].starts_with(w))
}

/// Resolves one sentence's candidates in place, then drops bare numbers
/// that stayed without a unit and without a verb that makes them figures.
fn resolve_sentence(text: &str, buf: &mut Vec<Candidate>) {
    // A unit written once at the end of a list applies to every item.
    for i in (0..buf.len().saturating_sub(1)).rev() {
        let (left, right) = (buf[i], buf[i + 1]);
        let joined = matches!(
            &text[left.end..right.start],
            "、" | "和" | "及" | "与" | "或" | ","
        );
        if !joined || !right.unit.has_word() {
            continue;
        }
        let unit = if left.bare
            && !matches!(
                right.unit.family(),
                Family::Rank | Family::RankChange | Family::Structure
            ) {
            right.unit
        } else if left.unit.family() == Family::Number
            && left.unit.scale != Scale::One
            && right.unit.family() == Family::Money
        {
            // 29.8 亿、16.2 亿、12.9 亿元: the scale stays the item's own.
            right.unit.with_scale(left.unit.scale)
        } else if is_cut_classifier(left.unit, right.unit) {
            // 0.5个、0.2个百分点: the 个 is cut from the list's unit.
            right.unit
        } else {
            continue;
        };
        buf[i].take_unit(unit);
    }
    // A bare change takes the unit of the level it changes: the nearest
    // earlier level in the sentence (one forward pass).
    let mut level: Option<Unit> = None;
    for c in buf.iter_mut() {
        if c.bare && c.inherits {
            if let Some(unit) = level {
                c.take_unit(unit);
            }
        } else if c.unit.has_word()
            && matches!(
                c.unit.family(),
                Family::Money
                    | Family::Count
                    | Family::Area
                    | Family::Length
                    | Family::Weight
                    | Family::Power
                    | Family::Energy
                    | Family::Volume
            )
        {
            level = Some(c.unit);
        }
    }
    buf.retain(|c| !c.bare || c.triggered);
    // 生产总值56.7亿, 突破千亿大关: a scale without a unit word in a clause
    // about money is money (unit 亿, base 元).
    for c in buf.iter_mut() {
        if c.unit.family() == Family::Number
            && c.unit.scale != Scale::One
            && context::clause_is_about_money(text, c.start)
        {
            c.unit = unit::bare_money(c.unit.scale);
        }
    }
}

/// Whether `left` is the classifier `个` printed alone for the list's unit
/// `个百分点`/`个千分点`/`个位次` (`分别提高0.1个、0.6个和0.3个百分点`).
fn is_cut_classifier(left: Unit, right: Unit) -> bool {
    left.word() == "个"
        && left.scale == Scale::One
        && right.scale == Scale::One
        && right.word().len() > "个".len()
        && right.word().starts_with('个')
        && matches!(right.family(), Family::Points | Family::RankChange)
}

/// Finds every numeric expression in `text`, in order.
///
/// Never fails and never panics: a candidate that does not parse is simply
/// not a mention, and a number too large for a [`Decimal`] is skipped
/// (see [`Mentions::overflows`]).
///
/// # Example
///
/// ```
/// let text = "其中，税收收入完成 155.73\n\n亿元，增长 11.2%。";
/// let found: Vec<_> = tongji::mentions(text)
///     .map(|m| (m.base().value.to_string(), m.text.into_owned()))
///     .collect();
/// assert_eq!(found, [
///     ("15573000000".to_string(), "155.73\n\n亿元".to_string()),
///     ("11.2".to_string(), "11.2%".to_string()),
/// ]);
/// ```
pub fn mentions(text: &str) -> Mentions<'_> {
    Mentions::new(text)
}

/// An iterator over the mentions of a text, in order; see
/// [`mentions`].
#[derive(Debug)]
pub struct Mentions<'t> {
    norm: Normalized<'t>,
    /// Where the next candidate search starts (normalised).
    pos: usize,
    /// The current sentence's mentions, resolved.
    buf: Vec<Candidate>,
    next_out: usize,
    overflows: Vec<Span>,
    /// Position hint for mapping spans back in increasing order.
    map_hint: usize,
    /// The first traditional character of the normalised text read so
    /// far (see [`Mentions::first_traditional`]).
    first_traditional: Option<usize>,
}

impl<'t> Mentions<'t> {
    pub(crate) fn new(input: &'t str) -> Mentions<'t> {
        Mentions {
            norm: Normalized::new(input),
            pos: 0,
            buf: Vec::new(),
            next_out: 0,
            overflows: Vec::new(),
            map_hint: 0,
            first_traditional: None,
        }
    }

    /// Once every mention has been read: the normalised offset of the
    /// first traditional character of [`crate::text::script`], found by
    /// the prefilter's own pass (the text between hits) and by a look at
    /// what each hit consumed, so the text is not read again for it.
    pub(crate) fn first_traditional(&self) -> Option<usize> {
        debug_assert_eq!(self.pos, self.norm.as_str().len(), "read to the end first");
        self.first_traditional
    }

    /// Spans (in the original input) of numbers skipped so far because their
    /// value does not fit in a `Decimal` (SPEC §4). Such a number is never
    /// reported with a wrong value.
    pub fn overflows(&self) -> &[Span] {
        &self.overflows
    }

    /// The normalised view the mentions were found in.
    pub fn normalized(&self) -> &Normalized<'t> {
        &self.norm
    }

    /// Fills `buf` with the next sentence that has mentions.
    fn fill(&mut self) -> bool {
        self.buf.clear();
        self.next_out = 0;
        let text = self.norm.as_str();
        loop {
            match next_hit(text, self.pos) {
                None => {
                    self.pos = text.len();
                    resolve_sentence(text, &mut self.buf);
                    return !self.buf.is_empty();
                }
                Some(Hit::SentenceEnd(after)) => {
                    self.pos = after;
                    resolve_sentence(text, &mut self.buf);
                    if !self.buf.is_empty() {
                        return true;
                    }
                }
                Some(Hit::Traditional(at)) => {
                    self.first_traditional.get_or_insert(at);
                    self.pos = at + 3;
                }
                Some(Hit::Number(at)) => {
                    match recognise_at(text, at, true) {
                        Outcome::Found(c) => {
                            self.pos = c.end.max(at + 1);
                            self.buf.push(c);
                        }
                        Outcome::Skip(to) => self.pos = to.max(at + 1),
                        Outcome::Overflow(s, e) => {
                            let span = self.norm.to_original(s..e);
                            self.overflows.push(span.into());
                            self.pos = e.max(at + 1);
                        }
                    }
                    while !text.is_char_boundary(self.pos) {
                        self.pos += 1;
                    }
                    // The prefilter did not read what the hit consumed.
                    if self.first_traditional.is_none() {
                        let read = script::first_traditional(&text[at..self.pos]);
                        self.first_traditional = read.map(|i| at + i);
                    }
                }
            }
        }
    }
}

impl<'t> Iterator for Mentions<'t> {
    type Item = Mention<'t>;

    fn next(&mut self) -> Option<Mention<'t>> {
        self.next_located().map(|(m, _)| m)
    }
}

impl<'t> Mentions<'t> {
    /// The next mention and its span in the normalised text.
    pub(crate) fn next_located(&mut self) -> Option<(Mention<'t>, std::ops::Range<usize>)> {
        if self.next_out >= self.buf.len() && !self.fill() {
            return None;
        }
        let c = self.buf[self.next_out];
        self.next_out += 1;
        let span = self
            .norm
            .to_original_hinted(c.start..c.end, &mut self.map_hint);
        let input = self.norm.original();
        let mention = Mention {
            span: span.clone().into(),
            text: Cow::Borrowed(&input[span]),
            quantity: c.quantity(),
        };
        Some((mention, c.start..c.end))
    }
}

impl std::iter::FusedIterator for Mentions<'_> {}

/// The first place a number may start in `text`.
pub(crate) fn first_candidate(text: &str) -> Option<usize> {
    let mut from = 0;
    loop {
        match next_hit(text, from)? {
            Hit::Number(at) => return Some(at),
            Hit::SentenceEnd(after) => from = after,
            Hit::Traditional(at) => from = at + 3,
        }
    }
}

/// What the prefilter found.
enum Hit {
    /// A number may start here.
    Number(usize),
    /// A sentence ends just before this offset: a unit never reaches across
    /// it (`。`, `；`, `！`, `？`, `;`).
    SentenceEnd(usize),
    /// A traditional character that is neither (three bytes).
    Traditional(usize),
}

/// The next candidate or sentence end at or after `from` (a character
/// boundary): an Arabic digit, a Chinese numeral character, `首位`, or one
/// of `。；！？;`.
///
/// One forward pass over the bytes: ASCII is tested by value; a
/// three-byte character (every CJK one) is decoded from its bytes and
/// looked up in [`HIT_BITS`]. No searcher is set up per call, which
/// matters because hits are only a few characters apart in Chinese text.
fn next_hit(text: &str, from: usize) -> Option<Hit> {
    let bytes = text.as_bytes();
    let stops = &*HIT_BITS;
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' => return Some(Hit::Number(i)),
            b';' => return Some(Hit::SentenceEnd(i + 1)),
            0xE0..=0xEF => {
                let code = three_byte_char(bytes, i);
                if stops[code as usize / 64] >> (code % 64) & 1 == 1 {
                    match char::from_u32(code) {
                        Some('。' | '；' | '！' | '？') => {
                            return Some(Hit::SentenceEnd(i + 3))
                        }
                        Some('首') => {
                            if bytes[i + 3..].starts_with("位".as_bytes()) {
                                return Some(Hit::Number(i));
                            }
                        }
                        Some(c) if is_hanzi_numeral(c) => return Some(Hit::Number(i)),
                        _ => return Some(Hit::Traditional(i)),
                    }
                }
                i += 3;
            }
            0xC0..=0xDF => i += 2,
            0xF0.. => i += 4,
            _ => i += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    /// (sentence, every mention found: text, value, unit, base value, base unit, bound)
    type Example = (
        &'static str,
        &'static [(
            &'static str,
            &'static str,
            &'static str,
            &'static str,
            &'static str,
            Option<&'static str>,
        )],
    );

    const EXAMPLES: &[Example] = &[
        // A scale word alone (`scale_word_alone`), money by its clause.
        (
            "全年地区生产总值(GDP)突破千亿大关，",
            &[(
                "突破千亿",
                "1000",
                "亿",
                "100000000000",
                "元",
                Some("more_than"),
            )],
        ),
        ("是全省首个突破千亿的县，", &[]),
        ("培育形成千亿级产业，", &[]),
        ("若干万亿级的新兴产业。", &[]),
        (
            "规模工业增加值首次突破萬億元；",
            &[(
                "突破萬億元",
                "1",
                "万亿元",
                "1000000000000",
                "元",
                Some("more_than"),
            )],
        ),
        (
            "社会消费品零售总额超万亿。",
            &[(
                "超万亿",
                "1",
                "万亿",
                "1000000000000",
                "元",
                Some("more_than"),
            )],
        ),
        (
            "新签约亿元以上项目 23 个。",
            &[("23 个", "23", "个", "23", "个", None)],
        ),
        ("规模超百亿元的领航企业", &[]),
        ("千万不要", &[]),
        ("每万人拥有", &[]),
        // Money without 元 in a clause about money; elsewhere a bare scale.
        (
            "全县完成生产总值56.7亿，",
            &[("56.7亿", "56.7", "亿", "5670000000", "元", None)],
        ),
        (
            "常住人口1.5万，",
            &[("1.5万", "1.5", "万", "15000", "", None)],
        ),
        // `个` cut from the list's `个百分点`.
        (
            "分别高于上年全年和上年同期0.5个、0.2个百分点，",
            &[
                ("0.5个", "0.5", "个百分点", "0.5", "百分点", None),
                ("0.2个百分点", "0.2", "个百分点", "0.2", "百分点", None),
            ],
        ),
        (
            "分別提高0.1個、0.6個和0.3個百分點。",
            &[
                ("0.1個", "0.1", "个百分点", "0.1", "百分点", None),
                ("0.6個", "0.6", "个百分点", "0.6", "百分点", None),
                ("0.3個百分點", "0.3", "个百分点", "0.3", "百分点", None),
            ],
        ),
        (
            "新建3个、5个项目。",
            &[
                ("3个", "3", "个", "3", "个", None),
                ("5个", "5", "个", "5", "个", None),
            ],
        ),
        // Percentages printed with no separator (signs come from verbs in records).
        (
            "分别下降9.6%9.7%17.7%，",
            &[
                ("9.6%", "9.6", "%", "9.6", "%", None),
                ("9.7%", "9.7", "%", "9.7", "%", None),
                ("17.7%", "17.7", "%", "17.7", "%", None),
            ],
        ),
        // Shares in tenths.
        (
            "合计增长贡献率超过五成。",
            &[("超过五成", "5", "成", "5", "成", Some("more_than"))],
        ),
        (
            "占全省贸易额超两成。",
            &[("超两成", "2", "成", "2", "成", Some("more_than"))],
        ),
        ("其中5成为龙头企业", &[]),
        ("一成不变", &[]),
        // 千 as a scale, 度, ㎡.
        (
            "播种面积135.7千公顷，",
            &[("135.7千公顷", "135.7", "千公顷", "135700", "公顷", None)],
        ),
        (
            "新增2.3千户。",
            &[("2.3千户", "2.3", "千户", "2300", "户", None)],
        ),
        (
            "装机 6 千瓦，",
            &[("6 千瓦", "6", "千瓦", "6", "千瓦", None)],
        ),
        (
            "售电量 3.2 亿度，",
            &[("3.2 亿度", "3.2", "亿度", "320000000", "度", None)],
        ),
        ("一度下降", &[]),
        (
            "面积8.6万㎡。",
            &[("8.6万㎡", "8.6", "万平方米", "86000", "平方米", None)],
        ),
        // Chinese-numeral decimals.
        (
            "增长二十七点三%",
            &[("二十七点三%", "27.3", "%", "27.3", "%", None)],
        ),
        (
            "占四十一．六％",
            &[("四十一．六％", "41.6", "%", "41.6", "%", None)],
        ),
        (
            "进出口五八三．七億美元",
            &[(
                "五八三．七億美元",
                "583.7",
                "亿美元",
                "58370000000",
                "美元",
                None,
            )],
        ),
        // Counts with 以上 after a verb of forming; thresholds stay out.
        (
            "培育形成10个以上千亿级产业",
            &[("10个以上", "10", "个", "10", "个", Some("at_least"))],
        ),
        ("10 亿元以上项目", &[]),
        // Time windows and words that are no counts.
        ("实现近12个季度最高增速", &[]),
        (
            "连续两个季度保持",
            &[("两个季度", "2", "个季度", "2", "个季度", None)],
        ),
        ("共34个季度首次超过全国", &[]),
        ("实现两位数增长", &[]),
        (
            "三次產業比例為6.0︰64.3︰29.7。",
            &[(
                "6.0︰64.3︰29.7",
                "6.0:64.3:29.7",
                "",
                "6.0:64.3:29.7",
                "",
                None,
            )],
        ),
        ("全国30个省份", &[("30个", "30", "个", "30", "个", None)]),
        ("全省十大产业", &[]),
        ("一是加快发展", &[]),
    ];

    #[test]
    fn examples() {
        let mut failures = Vec::new();
        for &(sentence, want) in EXAMPLES {
            let got: Vec<_> = crate::recognize::scan::mentions(sentence)
                .map(|m| {
                    let base = m.base();
                    (
                        m.text.to_string(),
                        m.quantity.value.to_string(),
                        m.quantity.unit.to_string(),
                        base.value.to_string(),
                        base.unit.to_string(),
                        m.quantity.bound.map(|b| b.as_str()),
                    )
                })
                .collect();
            let want: Vec<_> = want
                .iter()
                .map(|&(t, v, u, bv, bu, b)| {
                    (
                        t.to_string(),
                        v.to_string(),
                        u.to_string(),
                        bv.to_string(),
                        bu.to_string(),
                        b,
                    )
                })
                .collect();
            if got != want {
                failures.push(format!("{sentence:?}\n   got {got:?}\n  want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// The prefilter's language, as the regex it replaced states it: every
    /// Arabic digit, every numeral character of the grammar, `首位`, and
    /// the sentence ends (the regex is a dev-dependency only; the byte pass
    /// measured faster, since hits are a few characters apart).
    const REFERENCE: &str = "[0-9]|[〇零一二两兩俩倆三仨四五六七八九十百千壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬亿億]|首位|[。；！？;]";

    /// Every hit of [`super::next_hit`] from every character boundary of
    /// `text`, as `(number start or sentence end, is a sentence end)`.
    fn hits_by_scan(text: &str) -> Vec<(usize, bool)> {
        (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .filter_map(|i| {
                let mut from = i;
                loop {
                    return match super::next_hit(text, from)? {
                        super::Hit::Number(at) => Some((at, false)),
                        super::Hit::SentenceEnd(end) => Some((end, true)),
                        super::Hit::Traditional(at) => {
                            from = at + 3;
                            continue;
                        }
                    };
                }
            })
            .collect()
    }

    /// The same, by the reference regex (its shortest match from `i`).
    fn hits_by_regex(re: &regex::Regex, text: &str) -> Vec<(usize, bool)> {
        (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .filter_map(|i| {
                let m = re.find_at(text, i)?;
                let ends = matches!(m.as_str(), "。" | "；" | "！" | "？" | ";");
                Some(if ends {
                    (m.end(), true)
                } else {
                    (m.start(), false)
                })
            })
            .collect()
    }

    #[test]
    fn prefilter_matches_its_reference_regex() {
        let re = regex::Regex::new(REFERENCE).unwrap();
        let texts = [
            "全年全市一般公共预算收入完成224.83亿元，同比增长13.4%；居全省首位。",
            "首首位首，位首",
            "〇一二三四五六七八九十百千万亿兩億萬点點.；!?！？;",
            "é€𠀀a1首",
            "",
        ];
        for text in texts {
            assert_eq!(hits_by_scan(text), hits_by_regex(&re, text), "{text:?}");
        }
        let gazette = include_str!("../../tests/data/nanyang-gazette-2022-01.txt");
        let cut = (0..=20_000)
            .rev()
            .find(|&i| gazette.is_char_boundary(i))
            .unwrap_or(0);
        let sample = &gazette[..cut];
        assert_eq!(hits_by_scan(sample), hits_by_regex(&re, sample));
    }

    /// [`super::HIT_BITS`] reads only the unified block for numerals and
    /// traditional characters: none lies outside it but `〇`.
    #[test]
    fn hit_characters_lie_in_the_block_read() {
        let outside = (0..=0x10FFFFu32)
            .filter(|c| !(0x4E00..=0x9FFF).contains(c))
            .filter_map(char::from_u32)
            .filter(|&c| c != '〇')
            .find(|&c| {
                crate::recognize::number::is_hanzi_numeral(c)
                    || crate::text::script::is_traditional(c as u32)
            });
        assert_eq!(outside, None);
    }

    /// The first traditional character as the scan notes it, and as a
    /// pass of its own finds it.
    fn traditional_both_ways(text: &str) -> (Option<usize>, Option<usize>) {
        let mut it = super::Mentions::new(text);
        while it.next_located().is_some() {}
        let own_pass = crate::text::script::first_traditional(it.normalized().as_str());
        (it.first_traditional(), own_pass)
    }

    #[test]
    fn scan_finds_the_first_traditional_character() {
        for text in [
            "全年生產總值增長3.5%。",
            "全年生产总值3.5億元,增長",
            "兩億元",
            "增长 3.5% ，預計",
            "全年全市生产总值增长5%。",
            "",
        ] {
            let (scan, own) = traditional_both_ways(text);
            assert_eq!(scan, own, "{text:?}");
        }
        assert!(traditional_both_ways("兩億元").0.is_some());
        let passages = include_str!("../../tests/data/real-dev/passages.jsonl");
        for line in passages.lines() {
            let (scan, own) = traditional_both_ways(line);
            assert_eq!(scan, own, "{line}");
        }
    }

    proptest::proptest! {
        #[test]
        fn prefilter_agrees_with_reference_regex(
            text in "[0-9a;。；！？首位一二十万亿億點点零〇é€𠀀，、的年增长]{0,24}"
        ) {
            let re = regex::Regex::new(REFERENCE).unwrap();
            proptest::prop_assert_eq!(hits_by_scan(&text), hits_by_regex(&re, &text));
        }

        #[test]
        fn scan_notes_the_first_traditional_character(
            text in "[0-9 .%;。，億萬兩點預計與增長元亿万个百分点年首位一二十]{0,24}"
        ) {
            let (scan, own) = traditional_both_ways(&text);
            proptest::prop_assert_eq!(scan, own);
        }
    }
}
