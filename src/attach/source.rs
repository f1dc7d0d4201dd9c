//! Sources: the agency a text credits (SPEC §3 `source`, and "Reading real
//! text beyond gazette briefs").
//!
//! A brief's trailing marker `（市统计局）` is found by the layout stage
//! ([`crate::document`]); this module reads the two other ways real text
//! credits an agency, on normalised text:
//!
//! * an **attribution** in a sentence: `据海关统计`, `记者从市统计局获悉`,
//!   `杭州海关发布消息称`, `北京市统计局发布…数据`, `市统计局数据显示`. One in a
//!   passage's first sentence governs the passage; one later governs its
//!   own sentence.
//! * a **trailing marker in half-width brackets** at the end of a passage,
//!   `(县统计局)`, read like `（县统计局）`.
//!
//! The source is the agency name alone, without 据/从/发布/称/显示/获悉. A
//! person, a newspaper or a meeting is no source: the name must end with an
//! agency word of [`AGENCY_WORDS`].
//!
//! | sentence | source |
//! |---|---|
//! | `据石家庄海关统计,1至7月,…` | `石家庄海关` |
//! | `记者昨日从长沙市统计局获悉,1-5月,…` | `长沙市统计局` |
//! | `长沙海关昨日发布统计数据显示:…` | `长沙海关` |
//! | `人民银行10日发布2022年金融统计数据报告。` | `人民银行` |
//! | `记者从4月24日下午黑龙江省人民政府新闻办公室召开的新闻发布会上了解到,…` | `黑龙江省人民政府新闻办公室` |
//! | `北京市統計局發佈數據顯示,…` | `北京市統計局` |
//! | `发布会上,记者了解到,…` | none (no agency) |
//! | `据介绍,…`, `政府工作报告指出,…` | none |
//!
//! A record's source is the brief's marker, else its sentence's inline
//! credit ([`inline_source`], read as the sentence starts), else the
//! passage's ([`PassageContext::source`]).

use crate::attach::clause::Clause;
use crate::attach::part::{BriefFacts, Part};
use crate::attach::passage::PassageContext;
use crate::text::chars::is_cjk;
use std::sync::Arc;

/// Words an agency's name ends with (traditional forms beside simplified).
pub(crate) const AGENCY_WORDS: &[&str] = &[
    "统计局",
    "統計局",
    "调查队",
    "調查隊",
    "海关",
    "海關",
    "银行",
    "銀行",
    "办公室",
    "辦公室",
    "委员会",
    "委員會",
    "中心",
    "政府",
    "调查总队",
    "調查總隊",
    "总队",
    "總隊",
    "分行",
    "支行",
    "局",
    "厅",
    "廳",
    "委",
    "署",
    "处",
    "處",
    "办",
    "辦",
];

/// [`AGENCY_WORDS`] as one automaton, derived once: where any of them
/// ends, in one pass.
static AGENCY_SET: std::sync::LazyLock<aho_corasick::AhoCorasick> =
    std::sync::LazyLock::new(|| {
        aho_corasick::AhoCorasick::new(AGENCY_WORDS).expect("agency words build an automaton")
    });

/// Words that credit the agency named right before them (after an optional
/// time word): `海关发布`, `市统计局数据显示`, `据海关统计`.
const AFTER_AGENCY: &[&str] = &[
    "发布", "發佈", "發布", "公布", "显示", "顯示", "称", "稱", "统计", "統計", "通报", "通報",
    "消息", "数据", "數據", "介绍", "介紹", "召开", "召開", "获悉", "獲悉", "了解", "瞭解", "得知",
    "获知", "審定", "审定", "核定",
];

/// Words that credit the agency named right after them: `据海关`, `从市统计局`.
const BEFORE_AGENCY: &[&str] = &["据", "據", "从", "從", "经", "經"];

/// Time words that may stand between an agency and its verb (`昨日发布`),
/// or between `从` and the agency (`从4月24日下午…`).
const TIME_WORDS: &[&str] = &[
    "今天", "今日", "昨日", "昨天", "日前", "近日", "上午", "下午", "月", "日", "号",
];

/// Characters that end an agency name on the left: the name is the run of
/// CJK characters after them.
const NAME_BREAKS: &[char] = &[
    '据', '據', '从', '從', '经', '經', '由', '的', '在', '于', '於', '午', '日', '者',
];

/// The agency credited by an attribution in `sentence` (normalised text),
/// if any: see the module docs.
pub(crate) fn attribution(sentence: &str) -> Option<&str> {
    // The longest name credited: among names that start at one place
    // (`黑龙江省人民政府` … `新闻办公室`), the one that ends last.
    let mut best: Option<(usize, usize)> = None;
    for (end, word) in agency_ends(sentence) {
        let start = name_start(sentence, end - word.len());
        if let Some((s, _)) = best {
            if s != start {
                break;
            }
        }
        let name = &sentence[start..end];
        let runs_on = sentence[end..]
            .chars()
            .next()
            .is_some_and(|n| is_cjk(n) && !starts_with_any(&sentence[end..], AFTER_AGENCY))
            && !starts_with_any(&sentence[end..], TIME_WORDS);
        let credited =
            credited_before(&sentence[..start]) || (!runs_on && credited_after(&sentence[end..]));
        if name.chars().count() >= 2 && credited {
            best = Some((joint_start(sentence, start), end));
        }
    }
    best.map(|(s, e)| &sentence[s..e])
}

/// Where each agency word ends in `text`, with the word, in text order.
fn agency_ends(text: &str) -> impl Iterator<Item = (usize, &'static str)> + '_ {
    let mut last_end = None;
    AGENCY_SET.find_overlapping_iter(text).filter_map(move |m| {
        // Each end once, with the first word of the table that ends there.
        let end = m.end();
        if last_end.replace(end) == Some(end) {
            return None;
        }
        let word = AGENCY_WORDS.iter().find(|w| text[..end].ends_with(**w))?;
        Some((end, *word))
    })
}

/// The start of the name that ends at `word_start` + its agency word:
/// back over CJK characters to a break.
fn name_start(text: &str, word_start: usize) -> usize {
    let mut start = word_start;
    for (i, c) in text[..word_start].char_indices().rev() {
        if !is_cjk(c) || NAME_BREAKS.contains(&c) {
            break;
        }
        // `…统计数据显示` before a name ends it; `国家统计局` is part of it.
        let head = &text[..i + c.len_utf8()];
        let ends_verb = ["记者", "記者", "统计", "統計", "發佈", "发布"]
            .iter()
            .any(|w| head.ends_with(w));
        if ends_verb && !text[i..].starts_with(['局', '計', '计']) {
            break;
        }
        start = i;
    }
    start
}

/// A joint credit `重庆市统计局、国家统计局重庆调查总队` starts at the first name.
fn joint_start(text: &str, start: usize) -> usize {
    let Some(before) = text[..start].strip_suffix('、') else {
        return start;
    };
    if !AGENCY_WORDS.iter().any(|w| before.ends_with(w)) {
        return start;
    }
    name_start(before, before.len())
}

/// `据`/`从` before the name, time words allowed between (`从4月24日下午`).
fn credited_before(before: &str) -> bool {
    let mut rest = before;
    loop {
        let trimmed = rest.trim_end_matches(|c: char| c.is_ascii_digit());
        if let Some(w) = TIME_WORDS.iter().find(|w| trimmed.ends_with(**w)) {
            rest = &trimmed[..trimmed.len() - w.len()];
            continue;
        }
        return BEFORE_AGENCY.iter().any(|w| trimmed.ends_with(w));
    }
}

/// A crediting verb after the name, time words allowed between (`昨日发布`).
fn credited_after(after: &str) -> bool {
    let mut rest = after;
    loop {
        let trimmed = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        if let Some(w) = TIME_WORDS.iter().find(|w| trimmed.starts_with(**w)) {
            rest = &trimmed[w.len()..];
            continue;
        }
        return starts_with_any(trimmed, AFTER_AGENCY);
    }
}

fn starts_with_any(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| text.starts_with(w))
}

/// A source marker in half-width brackets at the very end of a passage,
/// `…增长 5%。(县统计局)`: 2–16 characters, no digit, no blank, ending
/// with an agency word.
pub(crate) fn trailing_marker(text: &str) -> Option<&str> {
    let text = text.trim_end();
    let inner = text.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    // `(旺苍县统计局 彭军)`, `(统计局工业处:黄涛)`: the agency before a person.
    let name = inner[open + 1..]
        .split([' ', ':', '：', '\u{3000}'])
        .next()
        .unwrap_or_default();
    // Normalised text has lost the blank: `(旺苍县统计局彭军)`.
    let name = if ends_with_agency(name) {
        name
    } else {
        agency_before_person(name).unwrap_or(name)
    };
    let n = name.chars().count();
    let plain = name.chars().all(is_cjk);
    let before = inner[..open].trim_end().chars().next_back();
    let ends_sentence = before.is_none_or(|c| "。！？；!?;”".contains(c));
    (plain && (2..=16).contains(&n) && ends_sentence && ends_with_agency(name)).then_some(name)
}

/// The agency at the head of `text` when at most four characters (a
/// person's name) follow it: `旺苍县统计局彭军` → `旺苍县统计局`.
fn agency_before_person(text: &str) -> Option<&str> {
    agency_ends(text)
        .map(|(end, _)| end)
        .filter(|&end| (1..=4).contains(&text[end..].chars().count()))
        .last()
        .map(|end| &text[..end])
}

fn ends_with_agency(name: &str) -> bool {
    AGENCY_WORDS.iter().any(|w| name.ends_with(w))
}

impl PassageContext {
    /// The source of a figure: the brief's marker, else its sentence's
    /// inline credit, else the passage's (its opening attribution or its
    /// trailing marker).
    pub(super) fn source(&self, facts: &BriefFacts) -> Option<Arc<str>> {
        facts
            .source
            .clone()
            .or_else(|| self.sentence.source.clone())
            .or_else(|| facts.passage_source.clone())
    }
}

/// An inline credit in the sentence that starts with `clauses[0]`
/// (`据市统计局…`, `记者从…了解到`; see [`attribution`]).
pub(super) fn inline_source(part: &Part<'_>, clauses: &[Clause]) -> Option<Arc<str>> {
    let first = clauses.first()?;
    let last = clauses
        .iter()
        .take_while(|c| c.sentence == first.sentence)
        .last()?;
    let sentence = &part.norm[first.range.start..last.range.end];
    attribution(sentence).map(|s| Arc::from(part.as_written(s)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ATTRIBUTIONS: &[(&str, Option<&str>)] = &[
        ("据石家庄海关统计,1至7月,", Some("石家庄海关")),
        ("据海关统计,上半年,", Some("海关")),
        ("记者昨日从长沙市统计局获悉,1-5月,", Some("长沙市统计局")),
        ("长沙海关昨日发布统计数据显示:今年1至8月,", Some("长沙海关")),
        ("省统计局今天发布消息,1至8月,", Some("省统计局")),
        ("人民银行10日发布2022年金融统计数据报告。", Some("人民银行")),
        (
            "10月22日,北京市统计局发布前三季度北京经济运行数据。",
            Some("北京市统计局"),
        ),
        ("北京市統計局發佈數據顯示,前三季度,", Some("北京市統計局")),
        (
            "记者从4月24日下午黑龙江省人民政府新闻办公室召开的新闻发布会上了解到,",
            Some("黑龙江省人民政府新闻办公室"),
        ),
        ("杭州海关发布消息称,", Some("杭州海关")),
        ("市统计局数据显示,", Some("市统计局")),
        ("发布会上,记者了解到,十年来,", None),
        ("据介绍,安徽力争到2025年,", None),
        ("政府工作报告指出,2019年,", None),
        ("江西省十四届人大四次会议提出,", None),
        ("根据地区生产总值统一核算结果,", None),
        ("全市规上工业增加值增长5%", None),
        ("市统计局局长介绍", None),
        ("经国家统计局审定,1-7月我区", Some("国家统计局")),
        (
            "10月21日,上游新闻记者从重庆海关了解到,前三季度,",
            Some("重庆海关"),
        ),
        (
            "昨日,中国人民银行成都分行发布了2015年一季度",
            Some("中国人民银行成都分行"),
        ),
        ("从省发改委季度通气会上获悉,预计2021年", Some("省发改委")),
        ("据省统计局最新反馈数据显示,1-5月,", Some("省统计局")),
        (
            "重庆市统计局、国家统计局重庆调查总队19日公布2015年前三季度",
            Some("重庆市统计局、国家统计局重庆调查总队"),
        ),
        (
            "據中華人民共和國國家發展和改革委員會官網消息,",
            Some("中華人民共和國國家發展和改革委員會"),
        ),
    ];

    #[test]
    fn attributions() {
        for &(text, want) in ATTRIBUTIONS {
            assert_eq!(attribution(text), want, "{text}");
        }
    }

    #[test]
    fn trailing_markers() {
        for (text, want) in [
            ("同比增长5%。(县统计局)", Some("县统计局")),
            ("同比增长5%。(县统计局)\n", Some("县统计局")),
            ("同比增长7.5%。(记者 苑立立 通讯员 邓捷)", None),
            (
                "低于全县3.8个百分点。(旺苍县统计局 彭军)",
                Some("旺苍县统计局"),
            ),
            ("苏南第2位。\n(统计局工业处:黄涛)", Some("统计局工业处")),
            (
                "低于全县3.8个百分点。(旺苍县统计局彭军)",
                Some("旺苍县统计局"),
            ),
            ("增长5%(见表一)", None),
            ("规模以上工业(不含电力)", None),
        ] {
            assert_eq!(trailing_marker(text), want, "{text}");
        }
    }
}
