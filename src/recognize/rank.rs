//! Ranks and rank moves (SPEC §2, §3 "Ranks"): `第 3 位`, `第三位`,
//! `第十名`, `全省第二`, `前三位`, `居全省首位`, `前移 5 个位次`.
//!
//! The number of a rank is parsed forward like any other
//! ([`crate::recognize::expression`]); this module reads the words before it: the
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

use crate::model::quantity::Bound;
use crate::model::unit::{Family, Scale};
use crate::recognize::candidate::Candidate;
use crate::recognize::context;
use crate::recognize::expression::Expression;
use crate::recognize::number::Script;
use crate::recognize::unit;

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
    "中部六省", // 居中部六省第二
    "中部",     // 保持中部第一, 居中部首位
    "东部",
    "西部",
    "东北",
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
    // A whole number: no fraction digits printed, or only zeros.
    let value = expr.number.value;
    let integral = || !expr.percent_words && (value.scale() == 0 || value.fract().is_zero());
    if before.ends_with('第') && !expr.percent_words {
        return ordinal(text, c, expr, integral());
    }
    if bottom(before, expr) {
        return Reading::NotARank;
    }
    if let Some(reading) = group_rank(text, c, expr) {
        return reading;
    }
    if let Some(reading) = rank_move(before, c, expr) {
        return reading;
    }
    if before.ends_with('前') && !before.ends_with("之前") && integral() {
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
            let after = &text[c.end..];
            if ORDINAL_NAMES.iter().any(|w| after.starts_with(w)) {
                return Reading::NotARank;
            }
            if let Some(group) = context::ends_with_word(before_ordinal, RANK_GROUPS) {
                // 全省第 5: the group stays in the span (SPEC §3).
                c.unit = unit::BARE_RANK;
                c.start = ordinal_start - group.len();
                return Reading::Rank;
            }
            if context::ends_with_word(before_ordinal, RANK_VERBS).is_none()
                && !verb_of_rank_nearby(before_ordinal)
                && !nth_largest(after)
            {
                return Reading::NotARank;
            }
            unit::BARE_RANK
        }
        _ => return Reading::NotARank,
    };
    c.start = ordinal_start;
    Reading::Rank
}

/// Words after a bare ordinal that make it part of a name or a period:
/// `第一产业`, `第三季度`, `第二批`, `第一方阵` (an echelon, not a rank).
const ORDINAL_NAMES: &[&str] = &[
    "产业", "產業", "季度", "批", "期", "届", "轮", "步", "阶段", "方阵", "梯队",
];

/// Verbs of rank found a few characters before an ordinal, with the place
/// of the ranking between them: `分别居吉林省第三`, `连续2个月保持中部第一`.
const NEARBY_RANK_VERBS: &[&str] = &["位居", "位列", "排名", "排在", "保持", "居"];

/// Whether a verb of rank stands among the last few CJK characters of
/// `before` (at most six, with no punctuation or digit between): `居吉林省`.
/// `居民` is no verb.
fn verb_of_rank_nearby(before: &str) -> bool {
    let window_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| crate::text::chars::is_cjk(c))
        .take(6)
        .last()
        .map_or(before.len(), |(i, _)| i);
    let window = &before[window_start..];
    NEARBY_RANK_VERBS.iter().any(|verb| {
        window.match_indices(verb).any(|(i, _)| {
            !(*verb == "居" && window[i + verb.len()..].starts_with(['民', '住', '家', '委']))
        })
    })
}

/// `第一大贸易伙伴`, `第二大经济体`: the N-th largest, a rank.
fn nth_largest(after: &str) -> bool {
    after
        .strip_prefix('大')
        .and_then(|r| r.chars().next())
        .is_some_and(crate::text::chars::is_cjk)
}

/// `居后三位`, `排名后 3 位`: the bottom N, which the SPEC has no form
/// for; not a mention.
fn bottom(before: &str, expr: &Expression) -> bool {
    matches!(expr.unit.word(), "位" | "名")
        && before
            .strip_suffix('后')
            .is_some_and(|b| context::ends_with_word(b, RANK_VERBS).is_some())
}

/// A rank printed without `第` right after a ranking group, ending its
/// clause: `第二产业增速全国13；` is rank 13 (unit "", base 位). Not after a
/// comparison (`高于全国 0.5，`) and never with a unit (`全国30个省份`).
fn group_rank(text: &str, c: &mut Candidate, expr: &Expression) -> Option<Reading> {
    if expr.unit != crate::model::unit::Unit::bare(Scale::One)
        || expr.number.script != Script::Arabic
        || expr.number.fractional
        || c.bound.is_some()
        || c.high.is_some()
        || !context::ends_clause(text[c.end..].chars().next())
    {
        return None;
    }
    let before = &text[..c.start];
    let group = context::ends_with_word(before, RANK_GROUPS)?;
    let before_group = &before[..before.len() - group.len()];
    let compared = before_group.ends_with([
        '于', '比', '较', '超', '占', '出', '为', '达', '和', '与', '及',
    ]);
    if compared {
        return None;
    }
    c.unit = unit::BARE_RANK;
    c.start -= group.len();
    Some(Reading::Rank)
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
        || verb_of_rank_nearby(before)
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
        (
            "东盟依然是我省第一大贸易伙伴，",
            Some(("第一", "1", "", None)),
        ),
        (
            "进出口规模保持中部第一，",
            Some(("中部第一", "1", "", None)),
        ),
        ("分别居吉林省第三和第一位", Some(("第三", "3", "", None))),
        ("第二产业增速全国13；", Some(("全国13", "13", "", None))),
        ("居中部首位；", Some(("首位", "1", "位", None))),
        ("其中：第一产业增加值", None),
        ("全省第一产业增加值", None),
        ("全省十大产业", None),
        ("一是加快发展", None),
        ("居全国第一方阵", None),
        ("居民消费第一", None),
        ("居后三位，", None),
        ("高于全国 0.5，", None),
    ];

    #[test]
    fn examples() {
        for &(sentence, want) in EXAMPLES {
            let got = crate::recognize::scan::mentions(sentence).next().map(|m| {
                (
                    m.text.to_string(),
                    m.quantity.value.to_string(),
                    m.quantity.unit.to_string(),
                    m.base().unit,
                    m.quantity.bound.map(|b| b.as_str()),
                )
            });
            let want =
                want.map(|(t, v, u, b)| (t.to_string(), v.to_string(), u.to_string(), "位", b));
            assert_eq!(got, want, "sentence {sentence:?}");
        }
    }
}
