//! Sentences and clauses of normalised text, and the words that open a
//! clause (topic: connectives, periods, scopes).
//!
//! | text | sentences | clauses |
//! |---|---|---|
//! | `出口137亿元，增长34.5%；进口28.6亿元。` | 1 | 3 (`，` `；`) |
//! | `出口农产品（包括食用菌类、罐头等）55.9亿元，同比增长14.4%` | 1 | 2 (nothing splits inside `（）`) |
//! | `结构为5.1:39.3:55.6` | 1 | 1 (`:` between digits is a ratio) |

use crate::lexicon::{CONNECTIVES, NOT_A_PLACE_BEFORE_SUFFIX, SCOPES, THIS_EVENT};
use crate::period::{self, PeriodExpr};
use std::ops::Range;

/// A clause: its range and the index of its sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Clause {
    pub range: Range<usize>,
    pub sentence: usize,
}

/// Splits `text` into clauses: `，；：` (and ASCII `,;:` not between
/// digits) end a clause, `。！？` end a sentence; nothing splits inside
/// brackets, quotes or titles.
pub(crate) fn clauses(text: &str) -> Vec<Clause> {
    let mut out = Vec::new();
    let mut depth: i32 = 0;
    let mut start = 0;
    let mut sentence = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        match c {
            '（' | '(' | '“' | '《' | '【' | '[' => depth += 1,
            '）' | ')' | '”' | '》' | '】' | ']' => depth = (depth - 1).max(0),
            _ => {}
        }
        if depth > 0 {
            continue;
        }
        let between_digits = || {
            i > 0
                && bytes[i - 1].is_ascii_digit()
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
        };
        let (ends_clause, ends_sentence) = match c {
            '。' | '！' | '？' | '!' | '?' => (true, true),
            '，' | '；' | '：' => (true, false),
            ',' | ';' | ':' => (!between_digits(), false),
            _ => (false, false),
        };
        if ends_clause {
            if i > start {
                out.push(Clause {
                    range: start..i,
                    sentence,
                });
            }
            start = i + c.len_utf8();
            if ends_sentence {
                sentence += 1;
            }
        }
    }
    if start < text.len() {
        out.push(Clause {
            range: start..text.len(),
            sentence,
        });
    }
    out
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
    '持', '强', '加', '有', '个',
];

/// A scope at the start of `text`: a fixed word (`全市`, `该县`) or a place
/// name of two or three characters ending in `市`, `县`, `区` or `省`
/// (`南阳市`, `宛城区`), followed by more text.
pub(crate) fn scope(text: &str) -> Option<&str> {
    if let Some(w) = SCOPES.iter().find(|w| text.starts_with(**w)) {
        return Some(&text[..w.len()]);
    }
    let mut chars = text.char_indices();
    for n in 0..4 {
        let (i, c) = chars.next()?;
        if n >= 2 && matches!(c, '市' | '县' | '区' | '省') {
            let before = text[..i].chars().next_back()?;
            let end = i + c.len_utf8();
            if NOT_A_PLACE_BEFORE_SUFFIX.contains(&before) {
                return None;
            }
            return Some(&text[..end]);
        }
        if !crate::context::is_cjk(c) || NOT_IN_PLACE_NAME.contains(&c) {
            return None;
        }
        if n < 2 && crate::lexicon::keyword(&text[i..]).is_ok() {
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
        if let Some(w) = CONNECTIVES.iter().find(|w| rest.starts_with(**w)) {
            if THIS_EVENT.contains(w) {
                t.this_event = true;
            }
            if (*w == "全年" || *w == "全年度") && t.period.is_none() {
                if let Ok((after, p)) = period::period(rest) {
                    t.period = Some((&rest[..rest.len() - after.len()], p));
                }
            }
            rest = &rest[w.len()..];
            continue;
        }
        if rest.chars().next().is_some_and(period::can_start) {
            if let Ok((after, p)) = period::period(rest) {
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

/// Tidies white space as printed: removed between two non-ASCII
/// characters (PDF line breaks, spaced-out titles), one space elsewhere
/// (`2021  年` → `2021 年`).
pub(crate) fn tidy(s: &str) -> String {
    let s = s.trim();
    let mut out = String::with_capacity(s.len());
    let mut pending = false;
    for c in s.chars() {
        if c.is_whitespace() {
            pending = true;
            continue;
        }
        if pending {
            let prev_ascii = out.chars().next_back().is_some_and(|p| p.is_ascii());
            if prev_ascii || c.is_ascii() {
                out.push(' ');
            }
            pending = false;
        }
        out.push(c);
    }
    out
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
    }

    #[test]
    fn tidy_examples() {
        assert_eq!(tidy("2021  年"), "2021 年");
        assert_eq!(tidy("12 月\n\n份"), "12 月份");
        assert_eq!(tidy(" 到 2025\n\n年 "), "到 2025 年");
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
        assert_eq!(scope("坚持县域"), None);
    }
}
