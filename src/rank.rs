//! Ranks and rank moves (SPEC §2, §3 "Ranks"): `第 3 位`, `第三位`,
//! `第十名`, `全省第二`, `前三位`, `居全省首位`, `前移 5 个位次`.
//!
//! The number of a rank is parsed forward like any other
//! ([`crate::expression`]); this module reads the words before it: the
//! ordinal `第`, the top-N `前`, a verb of move, and the ranking group.
//!
//! ```text
//! rank        = group? "第" integer rank_unit? ;   (a bare ordinal needs a group or a verb of rank)
//! top         = "前" integer rank_unit ;
//! rank_move   = move_verb integer move_unit ;
//! rank_unit   = "位" | "名" | "位次" ;
//! move_unit   = "个位次" | "位次" | "位" | "名" ;
//! ```
//!
//! | text | value | unit | base | bound | span |
//! |---|---|---|---|---|---|
//! | `稳居全省第 3 位` | 3 | 位 | 位 | | `第 3 位` |
//! | `居全省第 5` | 5 | | 位 | | `全省第 5` |
//! | `跃居全省第二位` | 2 | 位 | 位 | | `第二位` |
//! | `位居全省前三位` | 3 | 位 | 位 | at_most | `前三位` |
//! | `较上年前移 5 个位次` | 5 | 个位次 | 位 | | `前移 5 个位次` |
//! | `后退 2 位` | −2 | 位 | 位 | | `后退 2 位` |
//! | `第三期`, `第一`, `第二个百年` | — | | | | not mentions |

use crate::context;
use crate::expression::Expression;
use crate::mention::Bound;
use crate::scan::Candidate;
use crate::unit::{self, Family, Scale};

/// Verbs of a move in a ranking, with the sign they give.
///
/// `前移 5 个位次` +5, `后退 2 位` −2.
pub(crate) const RANK_MOVES: &[(&str, i8)] = &[
    ("前移", 1),  // 较上年前移 5 个位次
    ("前进", 1),  // 前进 3 位
    ("上升", 1),  // 上升 2 个位次
    ("提升", 1),  // 提升 4 个位次
    ("上移", 1),  // 上移 1 位
    ("后移", -1), // 后移 1 个位次
    ("后退", -1), // 后退 2 位
    ("下降", -1), // 下降 3 个位次
    ("下滑", -1), // 下滑 1 位
    ("下移", -1), // 下移 1 位
];

/// Ranking groups before a bare ordinal, kept in the span
/// (`全省第 5`, SPEC §3 "Ranks").
pub(crate) const RANK_GROUPS: &[&str] = &[
    "全国",
    "全省",
    "全市",
    "全区",
    "全县",
    "全州",
    "全镇",
    "全乡",
    "全行业",
    "同类城市",
];

/// Verbs of rank that make a bare ordinal a rank without a group
/// (`居第 2`, `排名第一`); not kept in the span.
pub(crate) const RANK_VERBS: &[&str] = &["位居", "位列", "排名", "排在", "排第", "居", "列", "排"];

/// What the words before a number say about ranks.
pub(crate) enum Reading {
    /// A rank or a rank move; the candidate was updated.
    Rank,
    /// An ordinal that is no rank (a list marker, a batch): no mention.
    NotARank,
    /// No rank word: read the number as any other.
    NoRankWord,
}

/// Reads `第`, `前` and verbs of move before the candidate's number.
pub(crate) fn look_back(text: &str, c: &mut Candidate, expr: &Expression) -> Reading {
    let before = &text[..c.start];
    let integral = expr.number.value.fract().is_zero() && !expr.percent_words;
    if before.ends_with('第') && !expr.percent_words {
        return ordinal(text, c, expr, integral);
    }
    if let Some(reading) = rank_move(before, c, expr) {
        return reading;
    }
    if before.ends_with('前') && !before.ends_with("之前") && integral {
        if let Some(reading) = top(text, c, expr) {
            return reading;
        }
    }
    if matches!(expr.unit.word(), "位次" | "个位次") {
        // 位次 without a verb: still a move, unsigned.
        return Reading::Rank;
    }
    Reading::NoRankWord
}

/// An ordinal `第 N`: a rank with 位/名/位次, or a bare rank after a group
/// or a verb of rank; any other ordinal is a list marker or a batch.
fn ordinal(text: &str, c: &mut Candidate, expr: &Expression, integral: bool) -> Reading {
    if !integral || c.high.is_some() {
        return Reading::NotARank;
    }
    let ordinal_start = c.start - '第'.len_utf8();
    let before_ordinal = &text[..ordinal_start];
    c.unit = match expr.unit.word() {
        "位" if expr.unit.scale == Scale::One => unit::RANK_WEI,
        "名" if expr.unit.scale == Scale::One => unit::RANK_MING,
        "位次" | "个位次" => unit::RANK_WEICI,
        "" if expr.unit.scale == Scale::One && c.bound.is_none() => {
            if let Some(group) = context::ends_with_word(before_ordinal, RANK_GROUPS) {
                // 全省第 5: the group stays in the span (SPEC §3).
                c.unit = unit::BARE_RANK;
                c.start = ordinal_start - group.len();
                return Reading::Rank;
            }
            if context::ends_with_word(before_ordinal, RANK_VERBS).is_none() {
                return Reading::NotARank;
            }
            unit::BARE_RANK
        }
        _ => return Reading::NotARank,
    };
    c.start = ordinal_start;
    Reading::Rank
}

/// A move in a ranking after a verb of move: `前移 5 个位次`, `后退 2 位`.
fn rank_move(before: &str, c: &mut Candidate, expr: &Expression) -> Option<Reading> {
    let (verb, sign) = context::ends_with_any(before, RANK_MOVES)?;
    let moves = match expr.unit.word() {
        "位次" | "个位次" => expr.unit,
        "位" if expr.unit.scale == Scale::One => unit::MOVE_WEI,
        "名" if expr.unit.scale == Scale::One => unit::MOVE_MING,
        _ => return None,
    };
    c.unit = moves.with_family(Family::RankChange);
    c.start -= verb.len();
    if sign < 0 {
        c.value = c.value.negated();
    }
    Some(Reading::Rank)
}

/// Top N after `前`: `前三位`, `全省前三`, `排名前三的品牌`. But `前七个月`,
/// `前 3 年` name a period.
fn top(text: &str, c: &mut Candidate, expr: &Expression) -> Option<Reading> {
    let top_start = c.start - '前'.len_utf8();
    let before_top = &text[..top_start];
    let word = expr.unit.word();
    if expr.unit.family() == Family::Time {
        return Some(Reading::NotARank);
    }
    if expr.unit.scale != Scale::One {
        return None;
    }
    match word {
        "位" | "名" => {
            c.unit = if word == "位" {
                unit::RANK_WEI
            } else {
                unit::RANK_MING
            };
            c.start = top_start;
        }
        "" => {
            if let Some(group) = context::ends_with_word(before_top, RANK_GROUPS) {
                c.start = top_start - group.len();
            } else if context::ends_with_word(before_top, RANK_VERBS).is_some() {
                c.start = top_start;
            } else {
                return None;
            }
            c.unit = unit::BARE_RANK;
        }
        _ => return None,
    }
    c.bound = Some(Bound::AtMost);
    Some(Reading::Rank)
}

/// Whether a rank group or verb comes right before `at` (for `首位`).
pub(crate) fn has_group_or_verb(before: &str) -> bool {
    context::ends_with_word(before, RANK_GROUPS).is_some()
        || context::ends_with_word(before, RANK_VERBS).is_some()
}

#[cfg(test)]
mod tests {
    /// (sentence, span text, value, unit, base unit, bound); `None` for no mention.
    type Example = (
        &'static str,
        Option<(
            &'static str,
            &'static str,
            &'static str,
            Option<&'static str>,
        )>,
    );

    const EXAMPLES: &[Example] = &[
        ("稳居全省第 3 位；", Some(("第 3 位", "3", "位", None))),
        ("增速居全省第 5，", Some(("全省第 5", "5", "", None))),
        ("跃居全省第二位", Some(("第二位", "2", "位", None))),
        ("排名全国第四，", Some(("全国第四", "4", "", None))),
        ("居第 2，", Some(("第 2", "2", "", None))),
        ("获得第十名", Some(("第十名", "10", "名", None))),
        (
            "位居全省前三位",
            Some(("前三位", "3", "位", Some("at_most"))),
        ),
        (
            "排名前 30 名，",
            Some(("前 30 名", "30", "名", Some("at_most"))),
        ),
        ("全省前三，", Some(("全省前三", "3", "", Some("at_most")))),
        (
            "销量排名前三的品牌",
            Some(("前三", "3", "", Some("at_most"))),
        ),
        ("居全省首位", Some(("首位", "1", "位", None))),
        (
            "较上年前移 5 个位次。",
            Some(("前移 5 个位次", "5", "个位次", None)),
        ),
        ("后退 2 位", Some(("后退 2 位", "-2", "位", None))),
        ("上升 3 名", Some(("上升 3 名", "3", "名", None))),
        ("第三期", None),
        ("今年前七个月，", None),
        ("第一，坚持", None),
        ("第二个百年", None),
        ("摆在首位", None),
        ("2022 年第一季度", None),
    ];

    #[test]
    fn examples() {
        for &(sentence, want) in EXAMPLES {
            let got = crate::mentions(sentence).next().map(|m| {
                (
                    m.text.to_string(),
                    m.value.to_string(),
                    m.unit.to_string(),
                    m.base().unit,
                    m.bound.map(|b| b.as_str()),
                )
            });
            let want =
                want.map(|(t, v, u, b)| (t.to_string(), v.to_string(), u.to_string(), "位", b));
            assert_eq!(got, want, "sentence {sentence:?}");
        }
    }
}
