//! The words before a figure in its clause (its *lead*), read as subject,
//! verb, basis, rank group and share.
//!
//! | lead | subject | verb | basis / group / share |
//! |---|---|---|---|
//! | `全市一般公共预算收入完成` | `一般公共预算收入` (scope `全市`) | level | |
//! | `同比增长` | (inherited) | up | basis `同比` |
//! | `高于全省` | (inherited) | above | basis `全省` |
//! | `比上年同期增长` | (inherited) | up | basis `上年同期` |
//! | `总量稳居全省` | `总量` (an attribute) | | group `全省` |
//! | `完成投资` | `投资` | level | |
//! | `税收收入中占比较大的国内增值税、契税分别增长` | `国内增值税、契税` | up, respectively | |
//! | `占全部投资的比重为` | (inherited) | level | share `全部投资的比重` |

use crate::attach::clause;
use crate::attach::lexicon::{keyword, Word, ACTION_VERB_INDEX, OPENER_INDEX};
use std::borrow::Cow;

/// What a lead says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Lead {
    /// The subject named before the verb, cleaned; empty when none.
    pub subject: String,
    /// A scope named at the start of the subject.
    pub scope: Option<String>,
    /// The last verb of change or comparison.
    pub governing: Option<Word>,
    /// The basis of a comparison (`全省`, `上年同期`, `同比`).
    pub basis: Option<String>,
    /// The group after a rank verb (`全省`).
    pub group: Option<String>,
    /// The whole after `占` (`全部投资的比重`); `Some("")` for a bare `占`.
    pub share: Option<String>,
    /// `分别` was read.
    pub respectively: bool,
    /// The lead ends with `等` or `的`: the noun after the figure names it.
    pub ends_open: bool,
    /// The last non-empty segment (for a figure in parentheses).
    pub last_segment: String,
}

/// What the current segment of a lead is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    Subject,
    Object,
    Basis,
    Group,
    Share,
    Ignore,
}

/// `text` without anything inside brackets (`（下同）`, `(含邓州)`),
/// borrowed when it holds no bracket.
pub(crate) fn without_brackets(text: &str) -> Cow<'_, str> {
    if !text.contains(['（', '(']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut depth = 0u32;
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            // `企（事）业单位`: one character in brackets is part of a name.
            '（' | '(' if depth == 0 && is_bracketed_char(&text[i..]) => {
                let (_, inner) = chars.next().unwrap_or((i, c));
                let (_, close) = chars.next().unwrap_or((i, c));
                out.extend([c, inner, close]);
            }
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    Cow::Owned(out)
}

/// `text` opens a bracket around exactly one character: `（事）`.
fn is_bracketed_char(text: &str) -> bool {
    let mut it = text.chars().skip(1);
    matches!((it.next(), it.next()), (Some(c), Some('）' | ')')) if crate::text::chars::is_cjk(c))
}

/// List joiners between items: `、`, `和`, `及`, `与`, `以及`.
pub(crate) fn is_joiner_only(text: &str) -> bool {
    !text.is_empty()
        && text
            .trim_start_matches("以及")
            .chars()
            .all(|c| matches!(c, '、' | '和' | '及' | '与' | ',' | '，'))
}

/// Splits a list of names on `、`, `和`, `及`, `与`.
pub(crate) fn split_list(text: &str) -> Vec<&str> {
    text.split(['、', '和', '及', '与'])
        .filter(|s| !s.is_empty())
        .collect()
}

/// The subjects of a `分别` list, each item completed with the head noun
/// the last item shares: `城镇、农村居民人均可支配收入` → `城镇居民人均可支配收入`,
/// `农村居民人均可支配收入`.
pub(crate) fn split_subjects(text: &str) -> Vec<String> {
    let items = split_list(text);
    let (Some(last), Some(before_last)) = (items.last(), items.len().checked_sub(2)) else {
        return items.iter().map(|s| s.to_string()).collect();
    };
    // The last item is a head like the item before it, then the shared
    // tail: `城镇、农村居民…` → head `农村`; `第一、二、三产业增加值` → head `三`.
    let head = items[before_last].chars().count();
    let last_chars: Vec<char> = last.chars().collect();
    let tail: String = last_chars
        .get(head..)
        .map(|t| t.iter().collect())
        .unwrap_or_default();
    let ordinal = items[0].starts_with('第');
    items
        .iter()
        .map(|item| {
            let n = item.chars().count();
            let mut s = String::new();
            if ordinal && !item.starts_with('第') {
                s.push('第');
            }
            s.push_str(item);
            if n <= 3 && last_chars.len() > n + 2 && !std::ptr::eq(*item, *last) {
                s.push_str(&tail);
            }
            s
        })
        .collect()
}

/// Cleans a noun phrase: drops opening connectives, periods and a scope
/// (returned), then qualifiers up to the last `的` (`占比较大的国内增值税` →
/// `国内增值税`), unless the phrase is a share (`…占…的比重`).
pub(crate) fn clean(text: &str) -> (String, Option<String>) {
    if text.is_empty() {
        return (String::new(), None);
    }
    let text = text
        .trim_start_matches(['、', '和', '及', '与', '”'])
        .trim_end_matches(['、', '和', '及', '与', '“']);
    let mut rest = text;
    let mut scope = None;
    loop {
        let topic = clause::topic(rest);
        if scope.is_some() && topic.scope.is_some() {
            // One scope only: `我市河南省国际联合实验室`.
            break;
        }
        scope = scope.or(topic.scope);
        let stripped = strip_openers(&rest[topic.len..]);
        if stripped.len() == rest.len() {
            break;
        }
        rest = stripped;
    }
    {
        if let Some(i) = rest.rfind('的') {
            let after = &rest[i + '的'.len_utf8()..];
            if !after.is_empty() {
                rest = after;
            }
        }
    }
    let rest = rest
        .trim_start_matches(['、', '和', '及', '与', '的', '”'])
        .trim_end_matches(['、', '和', '及', '与', '的', '“']);
    // Modal and manner words left before the verb: `网络零售额可`,
    // `居民消费价格平均`.
    let rest = if rest.ends_with(&MODAL_ENDS[..]) {
        MODALS
            .iter()
            .find_map(|w| rest.strip_suffix(w).filter(|r| !r.is_empty()))
            .unwrap_or(rest)
    } else {
        rest
    };
    // `两年平均增长`: an average over a period names no subject; neither
    // does a verb alone (`累计建成 780 万亩`).
    let names_nothing = MODAL_ONLY.contains(&rest) || ACTION_VERB_INDEX.contains(rest);
    let rest = if names_nothing { "" } else { rest };
    // `三大产业增加值合计`: a total of what it names.
    let rest = ["合计", "共计", "总计"]
        .iter()
        .find_map(|w| rest.strip_suffix(w).filter(|r| r.chars().count() >= 3))
        .unwrap_or(rest);
    (rest.to_string(), scope.map(str::to_string))
}

/// Modal and manner words cut from the end of a subject, in the order
/// tried.
const MODALS: &[&str] = &[
    "可", "将", "能", "仍", "也", "都", "平均", "实际", "名义", "年均", "约", "预计", "要", "力争",
];

/// The last characters of [`MODALS`]: a subject ending in none of them
/// keeps its end.
static MODAL_ENDS: std::sync::LazyLock<Vec<char>> = std::sync::LazyLock::new(|| {
    MODALS
        .iter()
        .filter_map(|w| w.chars().next_back())
        .collect()
});

/// Words that, left alone before the verb, name no subject.
const MODAL_ONLY: &[&str] = &[
    "平均",
    "约",
    "实际",
    "名义",
    "可",
    "将",
    "保持",
    "以",
    "年均",
    "持续",
    "也",
    "调整到",
    "调整为",
];

/// `text` without a list marker at its start: `——`, `1.`, `2、`, `(一)`,
/// `（二）`, `一是`.
fn strip_list_marker(text: &str) -> &str {
    let text = text.trim_start_matches(['—', '-']);
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && digits <= 2 {
        if let Some(rest) = text[digits..].strip_prefix(['.', '、']) {
            return rest;
        }
    }
    for (open, close) in [('(', ')'), ('（', '）')] {
        if let Some(inner) = text.strip_prefix(open) {
            if let Some(end) = inner.find(close) {
                if inner[..end]
                    .chars()
                    .all(crate::recognize::number::is_hanzi_numeral)
                    && end > 0
                {
                    return &inner[end + close.len_utf8()..];
                }
            }
        }
    }
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(n), Some('是')) if crate::recognize::number::is_hanzi_numeral(n) => chars.as_str(),
        _ => text,
    }
}

/// Modifiers of a verb: the object follows them (`结对县每年帮扶打造…`).
const VERB_MODIFIERS: [&str; 4] = ["每年", "至少", "力争", "确保"];

/// [`VERB_MODIFIERS`] in one pass: most segments hold none.
static VERB_MODIFIER_SET: std::sync::LazyLock<crate::text::words::WordSet> =
    std::sync::LazyLock::new(|| crate::text::words::WordSet::new(&VERB_MODIFIERS));

/// Drops what opens a subject without naming it: a time limit
/// (`三年内`), modifiers (`至少`, `每年`) and action verbs up to the last
/// one (`建成高标准农田` → `高标准农田`), unless nothing would be left.
fn strip_openers(mut text: &str) -> &str {
    // A list marker (`——`, `1.`, `(一)`, `一是`) opens an item, not a name.
    text = strip_list_marker(text);
    // `结对县每年帮扶打造…`: what follows a modifier of the verb is the object.
    if VERB_MODIFIER_SET.is_match(text) {
        for w in VERB_MODIFIERS {
            if let Some(i) = crate::text::chars::rfind(text, w) {
                if i > 0 && i + w.len() < text.len() {
                    text = &text[i..];
                }
            }
        }
    }
    loop {
        let before = text;
        if let Some(i) = crate::text::chars::find(text, "年内") {
            if text[..i].chars().count() <= 2 {
                text = &text[i + "年内".len()..];
            }
        }
        // A span of time that qualifies what follows: `连续 5 年`, `三年来`.
        let digits = text
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_digit() || crate::recognize::number::is_hanzi_numeral(c)))
            .map_or(text.len(), |(i, _)| i);
        if digits > 0 {
            for unit in ["年来", "年", "个月", "天"] {
                if let Some(rest) = text[digits..].strip_prefix(unit) {
                    text = rest;
                    break;
                }
            }
        }
        while let Some(w) = OPENER_INDEX.prefix(text).filter(|w| w.len() < text.len()) {
            text = &text[w.len()..];
        }
        if text.len() == before.len() {
            return text;
        }
    }
}

/// Reads a lead (brackets already removed).
pub(crate) fn read(lead: &str) -> Lead {
    if lead.is_empty() {
        return Lead::default();
    }
    let comparative = comparative(lead);
    let lead = match comparative {
        Some(_) => &lead[..lead.len() - '高'.len_utf8()],
        None => lead,
    };
    let mut reader = Reader::new(lead);
    reader.read_words();
    let mut out = reader.finish();
    if let Some(c) = comparative {
        out.governing = Some(c);
    }
    out.ends_open = lead.ends_with('等') || lead.ends_with('的');
    out
}

/// The comparison named by an adjective that ends `lead` after a basis.
fn comparative(lead: &str) -> Option<Word> {
    // `比全省低 0.2 个百分点`, `比上年同期多 11 个`: an adjective after a
    // basis is the comparison.
    lead.chars()
        .next_back()
        .and_then(|c| match c {
            '高' | '快' => Some(Word::Above),
            '低' | '慢' => Some(Word::Below),
            // `多 11 个` is a difference of a level: a change.
            '多' => Some(Word::Up),
            '少' => Some(Word::Down),
            _ => None,
        })
        .filter(|_| lead.contains('比') || lead.contains('较'))
        // `提高`, `降低`, `增多`: the adjective ends a verb of the lexicon.
        .filter(|_| !ends_with_verb(lead))
}

/// The last two characters of `lead` are a word of the lexicon.
fn ends_with_verb(lead: &str) -> bool {
    let mut two = lead
        .char_indices()
        .rev()
        .nth(1)
        .map_or(lead, |(i, _)| &lead[i..]);
    if two.chars().count() < 2 {
        two = "";
    }
    matches!(keyword(two), Ok(("", _)))
}

/// A lead being read word by word, each segment between verbs filling
/// the slot the verb before it opened.
struct Reader<'a> {
    /// The lead, without a final comparative adjective.
    lead: &'a str,
    /// What has been read so far.
    out: Lead,
    /// What the current segment is.
    slot: Slot,
    /// Where the current segment starts.
    seg_start: usize,
    /// Where the next word is looked for.
    pos: usize,
    /// The noun after a level verb.
    object: String,
    /// The last level verb.
    level_word: &'a str,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `lead`, in the subject.
    fn new(lead: &'a str) -> Reader<'a> {
        Reader {
            lead,
            out: Lead::default(),
            slot: Slot::Subject,
            seg_start: 0,
            pos: 0,
            object: String::new(),
            level_word: "",
        }
    }

    /// Reads every word of the lead, filling a slot at each verb.
    fn read_words(&mut self) {
        let lead = self.lead;
        while self.pos < lead.len() {
            match keyword(&lead[self.pos..]) {
                Ok((after, (word, class)))
                    if class != Word::Noun && class != Word::Plan && !after.starts_with('的') =>
                {
                    self.verb(after, word, class);
                }
                Ok((_, (word, _))) => self.pos += word.len(),
                Err(_) => self.pos += lead[self.pos..].chars().next().map_or(1, char::len_utf8),
            }
        }
        self.fill(&lead[self.seg_start..]);
    }

    /// A verb `word` of `class` at the current position, `after` it the
    /// rest of the lead: ends the segment before it and opens the next.
    fn verb(&mut self, after: &str, word: &'a str, class: Word) {
        let seg_before = &self.lead[self.seg_start..self.pos];
        self.fill(seg_before);
        self.pos += word.len();
        // `压减至 12 小时以内`, `提高到 93%`: the level reached, not a change.
        let class = if matches!(class, Word::Up | Word::Down)
            && (after.starts_with('至') || after.starts_with('到'))
        {
            self.pos += '至'.len_utf8();
            Word::Level
        } else {
            class
        };
        self.seg_start = self.pos;
        self.slot = self.next_slot(word, class, seg_before);
    }

    /// The slot opened by a verb `word` of `class`, after the segment
    /// `seg_before`; records what the verb itself says.
    fn next_slot(&mut self, word: &'a str, class: Word, seg_before: &str) -> Slot {
        match class {
            Word::Level => self.level(word),
            Word::Up | Word::Down | Word::Above | Word::Below => self.change(word, class),
            Word::Than => Slot::Basis,
            Word::SamePeriod => self.same_period(word, seg_before),
            Word::Rank => Slot::Group,
            Word::Share => {
                self.out.share = Some(String::new());
                Slot::Share
            }
            Word::Respectively => {
                self.out.respectively = true;
                Slot::Ignore
            }
            Word::SentencePlan => Slot::Subject,
            // `已开工项目`: an adverb before the subject.
            Word::Adverb if self.out.subject.is_empty() && self.slot == Slot::Subject => {
                Slot::Subject
            }
            _ => Slot::Ignore,
        }
    }

    /// A level verb: what follows names the level (or is ignored in a share).
    fn level(&mut self, word: &'a str) -> Slot {
        // A level verb after a change names the level:
        // `对全部投资增长的贡献率达`.
        self.out.governing = None;
        self.level_word = word;
        if self.slot == Slot::Share {
            Slot::Ignore
        } else {
            Slot::Object
        }
    }

    /// A verb of change or comparison: it governs; a comparison's basis follows.
    fn change(&mut self, word: &str, class: Word) -> Slot {
        // `降幅…收窄` is a rise, `降幅…扩大` a fall: the
        // change of a decline has the opposite sign.
        let of_decline = matches!(word, "收窄" | "缩小" | "扩大")
            && crate::text::chars::has(&self.lead[..self.pos], "降幅");
        self.out.governing = Some(match class {
            Word::Up if of_decline => Word::Down,
            Word::Down if of_decline => Word::Up,
            c => c,
        });
        if matches!(class, Word::Above | Word::Below) {
            Slot::Basis
        } else {
            Slot::Ignore
        }
    }

    /// `同比`, `环比`: the basis, or one more of a list of bases.
    fn same_period(&mut self, word: &str, seg_before: &str) -> Slot {
        // `环比、同比分别增长`: a list of bases.
        let listed = is_joiner_only(seg_before);
        match &mut self.out.basis {
            Some(b) if listed && matches!(b.as_str(), "同比" | "环比") => {
                b.push('、');
                b.push_str(word);
            }
            b => *b = Some(word.to_string()),
        }
        Slot::Ignore
    }

    /// Fills the current slot with the segment `seg`.
    fn fill(&mut self, seg: &str) {
        let out = &mut self.out;
        if !seg.is_empty() {
            out.last_segment = seg.to_string();
        }
        match self.slot {
            Slot::Subject if out.subject.is_empty() => {
                let (s, scope) = clean(seg);
                if scope.is_some() && out.scope.is_none() {
                    out.scope = scope;
                }
                out.subject = s;
            }
            // `为年度预算的 102.3%`: the whole of a share, not a subject.
            Slot::Object if seg.ends_with('的') => out.share = Some(seg.to_string()),
            Slot::Object if !seg.is_empty() => self.object = seg.to_string(),
            Slot::Basis if !seg.trim_end_matches('的').is_empty() => {
                out.basis = Some(seg.trim_end_matches('的').to_string())
            }
            Slot::Group if !seg.is_empty() => out.group = Some(seg.to_string()),
            Slot::Share => {
                let share = out.share.get_or_insert_with(String::new);
                share.push_str(seg);
            }
            _ => {}
        }
    }

    /// What was read, the object after a level verb merged into the subject.
    fn finish(mut self) -> Lead {
        if !self.object.is_empty() {
            let (object, scope) = clean(&self.object);
            self.merge_object(object, scope);
        }
        self.out
    }

    /// Merges the cleaned object (and its scope) after the level verb into
    /// the subject.
    fn merge_object(&mut self, object: String, scope: Option<String>) {
        let out = &mut self.out;
        let level_word = self.level_word;
        if out.subject.is_empty() {
            out.subject = object;
            if out.scope.is_none() {
                out.scope = scope;
            }
        } else if out.subject.ends_with("计划") && !object.is_empty() {
            // 年度计划完成投资: the plan names what is measured.
            out.subject = format!("{}{level_word}{object}", out.subject);
        } else if matches!(level_word, "实现" | "完成") && !object.is_empty() {
            // 规模以上工业企业实现利润: the profit of those enterprises.
            out.subject.push_str(&object);
        } else if matches!(level_word, "累计" | "共" | "共计" | "总计" | "有") && !object.is_empty()
        {
            // 税务部门累计新增减税降费: the agent counts, the object is counted.
            out.subject = object;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_examples() {
        let l = read("全市一般公共预算收入完成");
        assert_eq!(
            (l.subject.as_str(), l.scope.as_deref()),
            ("一般公共预算收入", Some("全市"))
        );

        let l = read("同比增长");
        assert_eq!(
            (l.subject.as_str(), l.basis.as_deref(), l.governing),
            ("", Some("同比"), Some(Word::Up))
        );

        let l = read("高于全省");
        assert_eq!(
            (l.basis.as_deref(), l.governing),
            (Some("全省"), Some(Word::Above))
        );

        let l = read("比上年同期增长");
        assert_eq!(l.basis.as_deref(), Some("上年同期"));

        let l = read("总量稳居全省");
        assert_eq!(
            (l.subject.as_str(), l.group.as_deref()),
            ("总量", Some("全省"))
        );

        let l = read("完成投资");
        assert_eq!(l.subject, "投资");

        let l = read("年度计划完成投资");
        assert_eq!(l.subject, "年度计划完成投资");

        let l = read("税收收入中占比较大的国内增值税、契税分别增长");
        assert_eq!(l.subject, "国内增值税、契税");
        assert!(l.respectively);

        let l = read("占全部投资的比重为");
        assert_eq!(
            (l.subject.as_str(), l.share.as_deref()),
            ("", Some("全部投资的比重"))
        );

        let l = read("经济总量首次");
        assert_eq!(l.subject, "经济总量");

        let l = read("分别高于一季度、二季度和三季度");
        assert_eq!(l.basis.as_deref(), Some("一季度、二季度和三季度"));

        let l = read("降幅收窄");
        assert_eq!(l.governing, Some(Word::Up));

        let l = read("降幅较1-10月收窄");
        assert_eq!(
            (l.governing, l.basis.as_deref()),
            (Some(Word::Up), Some("1-10月"))
        );

        let l = read("增幅较上月收窄");
        assert_eq!(l.governing, Some(Word::Down));

        let l = read("降幅扩大");
        assert_eq!(l.governing, Some(Word::Down));

        let l = read("预计全年地区生产总值增长");
        assert_eq!(l.subject, "地区生产总值");

        let l = read("全市规模以上工业企业实现利润");
        assert_eq!(l.subject, "规模以上工业企业利润");

        let l = read("连续5年稳定在");
        assert_eq!(l.subject, "");

        let l = read("规模以上工业增加值同比增长");
        assert_eq!(l.subject, "规模以上工业增加值");

        let l = read("本次集中开工的");
        assert!(l.ends_open);

        let l = read("全市农村地区用户年均停电时间压减至");
        assert_eq!(
            (l.subject.as_str(), l.governing),
            ("农村地区用户年均停电时间", None)
        );

        let l = read("三年内至少引进10亿元以上项目");
        assert_eq!(l.subject, "10亿元以上项目");

        let l = read("结对县每年帮扶打造乡村振兴示范村");
        assert_eq!(l.subject, "乡村振兴示范村");

        let l = read("比全省低");
        assert_eq!(
            (l.governing, l.basis.as_deref()),
            (Some(Word::Below), Some("全省"))
        );

        let l = read("环比、同比分别增长");
        assert_eq!(l.basis.as_deref(), Some("环比、同比"));

        let l = read("已开工项目");
        assert_eq!(l.subject, "开工项目");

        let l = read("比上半年提高");
        assert_eq!(
            (l.governing, l.basis.as_deref()),
            (Some(Word::Up), Some("上半年"))
        );

        let l = read("比上年同期多");
        assert_eq!(
            (l.governing, l.basis.as_deref()),
            (Some(Word::Up), Some("上年同期"))
        );

        let l = read("为年度预算的");
        assert_eq!(
            (l.subject.as_str(), l.share.as_deref()),
            ("", Some("年度预算的"))
        );

        assert_eq!(
            split_subjects("城镇、农村居民人均可支配收入"),
            ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
        );
        assert_eq!(split_subjects("国内增值税、契税"), ["国内增值税", "契税"]);
        assert_eq!(
            split_subjects("第一、二、三产业增加值"),
            ["第一产业增加值", "第二产业增加值", "第三产业增加值"]
        );

        let l = read("全市税务部门累计新增减税降费");
        assert_eq!(l.subject, "减税降费");

        let l = read("累计建成");
        assert_eq!(l.subject, "");

        let l = read("装备制造、食品加工、纺织服装三大产业增加值合计");
        assert_eq!(l.subject, "装备制造、食品加工、纺织服装三大产业增加值");

        let l = read("建成高标准农田");
        assert_eq!(l.subject, "高标准农田");

        let l = read("新开工工业项目");
        assert_eq!(l.subject, "新开工工业项目");

        let l = read("普惠性幼儿园覆盖率稳定在");
        assert_eq!(l.subject, "普惠性幼儿园覆盖率");

        let l = read("行政村快递物流服务通达率");
        assert_eq!(l.subject, "行政村快递物流服务通达率");
    }

    #[test]
    fn brackets_and_lists() {
        assert_eq!(
            without_brackets("出口农产品（包括食用菌类、罐头等）"),
            "出口农产品"
        );
        assert_eq!(without_brackets("项目66个(含邓州)"), "项目66个");
        assert_eq!(
            without_brackets("企（事）业单位贷款余额"),
            "企（事）业单位贷款余额"
        );
        assert!(is_joiner_only("、"));
        assert!(is_joiner_only("和"));
        assert!(!is_joiner_only("、快于全省"));
        assert!(!is_joiner_only(""));
        assert_eq!(
            split_list("一季度、二季度和三季度"),
            ["一季度", "二季度", "三季度"]
        );
    }
}
