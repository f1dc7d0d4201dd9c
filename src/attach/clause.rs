//! Sentences and clauses of normalised text, and the words that open a
//! clause (topic: connectives, periods, scopes).
//!
//! | text | sentences | clauses |
//! |---|---|---|
//! | `出口137亿元，增长34.5%；进口28.6亿元。` | 1 | 3 (`，` `；`) |
//! | `出口农产品（包括食用菌类、罐头等）55.9亿元，同比增长14.4%` | 1 | 2 (nothing splits inside `（）`) |
//! | `结构为5.1:39.3:55.6` | 1 | 1 (`:` between digits is a ratio) |
//! | `狭义货币增长3.7%【资料图】12月末,余额…` | 3 | 4 (`【】` stand between sentences) |

use crate::attach::lexicon::{
    CONNECTIVE_INDEX, NOT_A_PLACE_BEFORE_SUFFIX, SCOPE_INDEX, THIS_EVENT,
};
use crate::recognize::period::{self, PeriodExpr};
use std::ops::Range;

/// A clause: its range and the index of its sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Clause {
    pub range: Range<usize>,
    pub sentence: usize,
    /// The clause ends with `；`: what carries to the end of a sentence
    /// (a plan) stops here.
    pub semicolon: bool,
}

/// Splits `text` into clauses: `，；：` (and ASCII `,;:` not between
/// digits) end a clause, `。！？` end a sentence; nothing splits inside
/// brackets, quotes or titles.
pub(crate) fn clauses(text: &str) -> Vec<Clause> {
    let bytes = text.as_bytes();
    let mut split = Splitter::default();
    let mut i = 0;
    // Character stepping without decoding: every mark is ASCII or a
    // three-byte form led by E2, E3 or EF, so a CJK ideograph (led by E4
    // to E9, most of the text) is passed by its lead byte alone.
    while let Some(&b) = bytes.get(i) {
        let len = match b {
            0xE4..=0xE9 => 3,
            _ if MAY_MARK[usize::from(b)] => {
                let (mark, len) = mark_at(bytes, i);
                if let Some(mark) = mark {
                    split.mark(mark, bytes, i, len);
                }
                len
            }
            _ => 1,
        };
        i += len;
    }
    split.finish(text.len())
}

/// The bytes a mark can start with: the ASCII marks of [`mark_at`] and
/// the lead bytes of its three-byte ones.
static MAY_MARK: [bool; 256] = {
    let mut table = [false; 256];
    let leads = *b"()[]!?;,:\xE2\xE3\xEF";
    let mut k = 0;
    while k < leads.len() {
        table[leads[k] as usize] = true;
        k += 1;
    }
    table
};

/// What a punctuation mark does.
#[derive(Clone, Copy)]
enum Mark {
    Open,
    Close,
    Clause,
    Semicolon,
    Sentence,
    /// `,` `;` `:`: a clause end unless between digits.
    AsciiClause,
    /// `【` `】`: a label (`【资料图】`, `【经济运行】`) stands between
    /// sentences.
    Label,
}

/// The mark at byte `i` of `bytes`, if any, and the length of its character
/// (1 for any other byte, 3 for any other character led by E2, E3 or EF).
fn mark_at(bytes: &[u8], i: usize) -> (Option<Mark>, usize) {
    let b = bytes[i];
    match b {
        b'(' | b'[' => (Some(Mark::Open), 1),
        b')' | b']' => (Some(Mark::Close), 1),
        b'!' | b'?' => (Some(Mark::Sentence), 1),
        b';' => (Some(Mark::Semicolon), 1),
        b',' | b':' => (Some(Mark::AsciiClause), 1),
        0xE2 | 0xE3 | 0xEF if i + 2 < bytes.len() || i + 2 == bytes.len() - 1 => {
            (wide_mark(b, bytes.get(i + 1), bytes.get(i + 2)), 3)
        }
        _ => (None, 1),
    }
}

/// The full-width mark whose three UTF-8 bytes are `b`, `b1`, `b2`.
fn wide_mark(b: u8, b1: Option<&u8>, b2: Option<&u8>) -> Option<Mark> {
    match (b, b1, b2) {
        (0xE2, Some(0x80), Some(0x9C)) => Some(Mark::Open), // “
        (0xE2, Some(0x80), Some(0x9D)) => Some(Mark::Close), // ”
        (0xE3, Some(0x80), Some(0x82)) => Some(Mark::Sentence), // 。
        (0xE3, Some(0x80), Some(0x8A)) => Some(Mark::Open), // 《
        (0xE3, Some(0x80), Some(0x8B)) => Some(Mark::Close), // 》
        (0xE3, Some(0x80), Some(0x90 | 0x91)) => Some(Mark::Label), // 【 】
        (0xEF, Some(0xBC), Some(0x88)) => Some(Mark::Open), // （
        (0xEF, Some(0xBC), Some(0x89)) => Some(Mark::Close), // ）
        (0xEF, Some(0xBC), Some(0x8C | 0x9A)) => Some(Mark::Clause), // ，：
        (0xEF, Some(0xBC), Some(0x9B)) => Some(Mark::Semicolon), // ；
        (0xEF, Some(0xBC), Some(0x81 | 0x9F)) => Some(Mark::Sentence), // ！？
        _ => None,
    }
}

/// The clauses found so far, and where the current one starts.
#[derive(Default)]
struct Splitter {
    /// The clauses ended so far.
    out: Vec<Clause>,
    /// How many brackets, quotes or titles are open.
    depth: i32,
    /// Where the current clause starts.
    start: usize,
    /// The index of the current sentence.
    sentence: usize,
}

impl Splitter {
    /// Takes the `mark` of `len` bytes at byte `i` of `bytes`: ends the
    /// current clause (and sentence) when the mark does.
    fn mark(&mut self, mark: Mark, bytes: &[u8], i: usize, len: usize) {
        let Some(ends_sentence) = self.ends(mark, bytes, i) else {
            return;
        };
        if i > self.start {
            self.out.push(Clause {
                range: self.start..i,
                sentence: self.sentence,
                semicolon: matches!(mark, Mark::Semicolon),
            });
        }
        self.start = i + len;
        if ends_sentence {
            self.sentence += 1;
        }
    }

    /// Whether `mark` at byte `i` ends a clause (`Some`), and a sentence
    /// (`Some(true)`); brackets open and close here.
    fn ends(&mut self, mark: Mark, bytes: &[u8], i: usize) -> Option<bool> {
        match mark {
            Mark::Open => {
                self.depth += 1;
                None
            }
            Mark::Close => {
                self.depth = (self.depth - 1).max(0);
                None
            }
            _ if self.depth > 0 => None,
            Mark::Sentence | Mark::Label => Some(true),
            Mark::Clause | Mark::Semicolon => Some(false),
            Mark::AsciiClause => {
                let between_digits = i > 0
                    && bytes[i - 1].is_ascii_digit()
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
                (!between_digits).then_some(false)
            }
        }
    }

    /// The clauses, the last one running to the end `len` of the text.
    fn finish(mut self, len: usize) -> Vec<Clause> {
        if self.start < len {
            self.out.push(Clause {
                range: self.start..len,
                sentence: self.sentence,
                semicolon: false,
            });
        }
        self.out
    }
}

/// What the opening words of a clause say.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Topic<'a> {
    /// The last period named, with its text.
    pub period: Option<(&'a str, PeriodExpr)>,
    /// The scope named.
    pub scope: Option<&'a str>,
    /// `本次`, `此次`: the clause is about the brief's opening event.
    pub this_event: bool,
    /// Bytes consumed.
    pub len: usize,
}

/// Characters that never stand in a place name before its `市`/`县`/`区`/`省`.
const NOT_IN_PLACE_NAME: &[char] = &[
    '入', '于', '照', '按', '在', '对', '向', '的', '和', '与', '及', '全', '为', '是', '居', '占',
    '超', '比', '较', '达', '到', '至', '省', '市', '县', '区', '级', '各', '本', '该', '我', '坚',
    '持', '强', '加', '有', '个', '引', '进', '户', '棚', '出', '国',
];

/// Characters after `市`/`县`/`区` that make a word of it: `市场`, `市民`,
/// `县域`, `区域` (`注销市场主体` names no 注销市).
const NOT_A_PLACE_AFTER_SUFFIX: &[char] = &['场', '民', '域', '政', '容', '貌', '级', '属', '直'];

/// A scope at the start of `text`: a fixed word (`全市`, `该县`) or a place
/// name of two or three characters ending in `市`, `县`, `区` or `省`
/// (`南阳市`, `宛城区`), followed by more text.
pub(crate) fn scope(text: &str) -> Option<&str> {
    if let Some(w) = SCOPE_INDEX.prefix(text) {
        return Some(&text[..w.len()]);
    }
    let mut chars = text.char_indices();
    for n in 0..4 {
        let (i, c) = chars.next()?;
        if n >= 2 && matches!(c, '市' | '县' | '区' | '省') {
            let before = text[..i].chars().next_back()?;
            let end = i + c.len_utf8();
            let next = text[end..].chars().next();
            if NOT_A_PLACE_BEFORE_SUFFIX.contains(&before)
                || (before == '城' && c == '市')
                || next.is_some_and(|n| NOT_A_PLACE_AFTER_SUFFIX.contains(&n))
            {
                return None;
            }
            return Some(&text[..end]);
        }
        if !crate::text::chars::is_cjk(c) || NOT_IN_PLACE_NAME.contains(&c) {
            return None;
        }
        if n < 2 && crate::attach::lexicon::keyword(&text[i..]).is_ok() {
            return None;
        }
    }
    None
}

/// Reads the opening words of a clause: connectives, periods and a scope,
/// in any order (`其中12月份`, `2021年，`, `内乡县2022年第一季度`).
pub(crate) fn topic(text: &str) -> Topic<'_> {
    let mut t = Topic::default();
    let mut rest = text;
    loop {
        // `截至10月10日`: read whole before `截至` is taken for a connective.
        if let Ok((after, p)) = period::as_of(rest) {
            t.period = Some((&rest[..rest.len() - after.len()], p));
            rest = after;
            continue;
        }
        if let Some(w) = CONNECTIVE_INDEX.prefix(rest) {
            if THIS_EVENT.contains(&w) {
                t.this_event = true;
            }
            if (w == "全年" || w == "全年度") && t.period.is_none() {
                if let Ok((after, p)) = period::period(rest) {
                    t.period = Some((&rest[..rest.len() - after.len()], p));
                }
            }
            rest = &rest[w.len()..];
            continue;
        }
        // `对全市已整治的…`: a scope word after 对.
        if t.scope.is_none() {
            if let Some(after) = rest.strip_prefix("对") {
                if let Some(w) = SCOPE_INDEX.prefix(after) {
                    t.scope = Some(&after[..w.len()]);
                    rest = &after[w.len()..];
                    continue;
                }
            }
        }
        // `计划到 2025 年`: a plan verb before its target period.
        if let Some(after) = rest.strip_prefix("计划") {
            if period::period(after).is_ok() {
                rest = after;
                continue;
            }
        }
        if rest.chars().next().is_some_and(period::can_start) {
            if let Ok((after, p)) = period::period(rest) {
                // `2021年8月18日`: a date is no period of figures.
                if let Some(day) = day_after(after) {
                    rest = day;
                    continue;
                }
                // `2021年以来`: a window since then dates nothing.
                if let Some(w) = ["以来", "来"].iter().find(|w| after.starts_with(**w)) {
                    rest = &after[w.len()..];
                    continue;
                }
                t.period = Some((&rest[..rest.len() - after.len()], p));
                rest = after;
                continue;
            }
        }
        if t.scope.is_none() {
            if let Some(s) = scope(rest) {
                t.scope = Some(s);
                rest = &rest[s.len()..];
                continue;
            }
        }
        break;
    }
    t.len = text.len() - rest.len();
    t
}

/// The text after the day of a date (`18日，…` after `2021年8月`).
fn day_after(text: &str) -> Option<&str> {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &text[digits..];
    let rest = rest
        .strip_prefix('日')
        .or_else(|| rest.strip_prefix('号'))?;
    (digits > 0).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<(&str, usize)> {
        clauses(text)
            .into_iter()
            .map(|c| (&text[c.range], c.sentence))
            .collect()
    }

    #[test]
    fn clause_examples() {
        assert_eq!(
            texts("出口137亿元，增长34.5%；进口28.6亿元。其中，税收"),
            [
                ("出口137亿元", 0),
                ("增长34.5%", 0),
                ("进口28.6亿元", 0),
                ("其中", 1),
                ("税收", 1)
            ]
        );
        assert_eq!(
            texts("出口农产品（包括食用菌类、罐头等）55.9亿元，同比增长14.4%"),
            [
                ("出口农产品（包括食用菌类、罐头等）55.9亿元", 0),
                ("同比增长14.4%", 0)
            ]
        );
        assert_eq!(
            texts("结构为5.1:39.3:55.6，共1,299个"),
            [("结构为5.1:39.3:55.6", 0), ("共1,299个", 0)]
        );
        assert_eq!(
            texts("狭义货币增长3.7%【资料图】12月末,余额67.17万亿元"),
            [
                ("狭义货币增长3.7%", 0),
                ("资料图", 1),
                ("12月末", 2),
                ("余额67.17万亿元", 2)
            ]
        );
        assert_eq!(texts(""), []);
        assert_eq!(texts("）。，"), [("）", 0)]);
        assert_eq!(texts("。。"), []);
    }

    #[test]
    fn topic_examples() {
        let t = topic("其中12月份单月出口农产品");
        assert_eq!(t.period.map(|p| p.0), Some("12月份"));
        assert_eq!(&"其中12月份单月出口农产品"[t.len..], "单月出口农产品");

        let t = topic("内乡县2022年第一季度重大项目");
        assert_eq!(
            (t.scope, t.period.map(|p| p.0)),
            (Some("内乡县"), Some("2022年第一季度"))
        );

        let t = topic("全年全市一般公共预算收入");
        assert_eq!(
            (t.scope, t.period.map(|p| p.0)),
            (Some("全市"), Some("全年"))
        );

        let t = topic("本次集中开工的");
        assert!(t.this_event);

        assert_eq!(topic("城市更新").scope, None);
        assert_eq!(topic("税收收入").len, 0);
        assert_eq!(topic("对全市已整治的").scope, Some("全市"));
        assert_eq!(topic("在建项目").len, 0);
        assert_eq!(topic("在编制县、乡级规划时").scope, None);
    }

    #[test]
    fn scope_examples() {
        assert_eq!(scope("南阳市外贸"), Some("南阳市"));
        assert_eq!(scope("宛城区举行"), Some("宛城区"));
        assert_eq!(scope("我市河南省"), Some("我市"));
        assert_eq!(scope("超市"), None);
        assert_eq!(scope("城市更新"), None);
        assert_eq!(scope("工业投资"), None);
        assert_eq!(scope("镇平县"), Some("镇平县"));
        assert_eq!(scope("高于全省"), None);
        assert_eq!(scope("是按照省委"), None);
        assert_eq!(scope("纳入省级"), None);
        assert_eq!(scope("占南阳市"), None);
        assert_eq!(scope("加强县"), None);
        assert_eq!(scope("注销市场主体"), None);
        assert_eq!(scope("新建城市书房"), None);
        assert_eq!(scope("坚持县域"), None);
    }
}
