//! The words around a number that change what it is: read by looking back
//! from the number and a little ahead of it (SPEC §2).
//!
//! Each lexicon line carries an example. Every rule here is a general one
//! about how Chinese statistical prose is written, never a fix for one
//! sentence.

use crate::model::quantity::Bound;
use crate::text::chars::is_cjk;

/// Sign words directly before a number.
///
/// `负百分之四十` → −40 %, `自然增长率-1.16‰` → −1.16 ‰.
pub(crate) const SIGNS: &[(&str, i8)] = &[("负", -1), ("負", -1), ("-", -1), ("+", 1)];

/// Bound words directly before a number, longest first.
///
/// `约 62.7 亿元`, `突破 4000 亿元`, `不少于 5 场`, `不足 10 人`.
pub(crate) const BOUND_PREFIXES: &[(&str, Bound)] = &[
    ("不少于", Bound::AtLeast), // 不少于 5 场
    ("不低于", Bound::AtLeast), // 不低于 90%
    ("不超过", Bound::AtMost),  // 不超过 3 天
    ("不高于", Bound::AtMost),  // 不高于 5%
    ("大约", Bound::Approx),    // 大约 3 万人
    ("将近", Bound::Approx),    // 将近 100 人
    ("接近", Bound::Approx),    // 接近 50%
    ("超过", Bound::MoreThan),  // 超过 10 万人
    ("突破", Bound::MoreThan),  // 突破 4000 亿元
    ("至少", Bound::AtLeast),   // 至少 3 个
    ("最少", Bound::AtLeast),   // 最少 2 次
    ("至多", Bound::AtMost),    // 至多 5 天
    ("最多", Bound::AtMost),    // 最多 5 天
    ("不足", Bound::LessThan),  // 不足 10 人
    ("不到", Bound::LessThan),  // 不到 1%
    ("少于", Bound::LessThan),  // 少于 3 家
    ("多于", Bound::MoreThan),  // 多于 3 家
    ("低于", Bound::LessThan),  // (空气质量优良天数比例)低于 80% — not for points
    ("约合", Bound::Approx),    // 约合 20533 美元
    ("约为", Bound::Approx),    // 约为 3 万人
    ("约", Bound::Approx),      // 约 62.7 亿元
    ("近", Bound::Approx),      // 近 100 人
    ("逾", Bound::MoreThan),    // 逾 2000 家
    ("超", Bound::MoreThan),    // 超 10 万人 — not for points (超全省 5.7 个百分点)
];

/// First characters of verbs ending in `约` (`签约`, `节约`, `预约`):
/// before a number their `约` is not "about".
pub(crate) const VERBS_ENDING_IN_YUE: &[char] = &[
    '签', '节', '预', '契', '条', '公', '制', '邀', '违', '合', '履', '誓', '相', '特', '集', '婉',
];

/// Prefix bounds that are comparison verbs before percentage points.
pub(crate) fn is_comparison_word(word: &str) -> bool {
    matches!(word, "超" | "低于")
}

/// Words after which a number without a unit is still a figure
/// (`同比增加 351，`). The number must then end its clause.
pub(crate) const BARE_TRIGGERS: &[&str] = &[
    "增加", "减少", "新增", "净增", "增长", "下降", "提高", "降低", "达到", "达", "为", "完成",
    "实现", "共计", "合计", "总计", "累计", "共", "计", "高于", "低于", "快于", "慢于",
];

/// Change verbs whose bare number takes the unit of the level it changes
/// (SPEC §2: `1299 个，同比增加 351` → `351 个`).
pub(crate) const ABSOLUTE_CHANGE_VERBS: &[&str] = &["增加", "减少", "新增", "净增"];

/// Verbs after which `一` + classifier is a count, not an indefinite article
/// (`新增一家`, `共一项`); elsewhere `一个`, `一批`, `一项` are not figures.
pub(crate) const COUNTING_VERBS: &[&str] = &[
    "共", "共计", "合计", "新增", "增加", "减少", "仅", "只有", "达到", "达", "计", "净增",
];

/// What may follow a figure that carries `以上`/`以下` (punctuation, a
/// conjunction, or the verb of the next clause part: `增长`, `同比`, `较`);
/// anything else
/// (`的`, a noun) makes the figure a threshold inside a subject
/// (`500 万元以上的重点项目`, `10 亿元以上项目`), which SPEC §3 keeps in the
/// subject and does not report.
pub(crate) fn ends_figure(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(c) => {
            !is_cjk(c)
                || matches!(
                    c,
                    '，' | '。'
                        | '；'
                        | '、'
                        | '：'
                        | '）'
                        | '”'
                        | '！'
                        | '？'
                        | '和'
                        | '及'
                        | '与'
                        | '或'
                        | '并'
                        | '且'
                        | '（'
                        | '增'
                        | '同'
                        | '比'
                        | '较'
                )
        }
    }
}

/// Punctuation that ends the clause of a bare number.
pub(crate) fn ends_clause(next: Option<char>) -> bool {
    match next {
        None => true,
        Some(c) => matches!(
            c,
            '，' | '。' | '；' | '、' | '：' | '）' | ')' | '”' | '！' | '？' | ',' | ';' | '.'
        ),
    }
}

/// Words before a numeral that make it indefinite: `数十万个` (some hundreds
/// of thousands), `几十个`, `若干`.
pub(crate) const INDEFINITE_BEFORE: &[&str] = &["数", "几", "若干", "好几"];

/// Level verbs before a figure with `以上`/`以下`: after them the figure is
/// a result or a target (`覆盖率达到 90% 以上的…`), not a threshold.
pub(crate) const LEVEL_VERBS: &[&str] = &[
    "达到",
    "达",
    "为",
    "实现",
    "保持",
    "稳定在",
    "提高到",
    "提升到",
    "控制在",
];

/// Verbs of building or forming before a count with `以上`: the count is
/// a target or a result (`培育形成10个以上千亿级…产业`), not a threshold
/// inside a subject.
pub(crate) const FORMING_VERBS: &[&str] = &[
    "形成", "培育", "打造", "建成", "建设", "新建", "创建", "引进", "新增", "认定",
];

/// Words of a money indicator. A number with a scale and no unit word in a
/// clause that names one is money (`生产总值56.7亿` → 亿, base 元;
/// `地区生产总值突破千亿大关`); simplified and traditional forms.
pub(crate) const MONEY_WORDS: &[&str] = &[
    "生产总值",
    "生產總值",
    "GDP",
    "收入",
    "投资",
    "投資",
    "产值",
    "產值",
    "增加值",
    "总额",
    "總額",
    "零售额",
    "零售額",
    "营业额",
    "營業額",
    "销售额",
    "銷售額",
    "利润",
    "利潤",
    "税收",
    "稅收",
    "存款",
    "贷款",
    "貸款",
    "余额",
    "餘額",
    "进出口",
    "進出口",
    "出口额",
    "进口额",
    "资金",
    "資金",
    "预算",
    "預算",
    "支出",
    "产业规模",
];

/// Whether the clause that ends at `at` (back to the last clause
/// punctuation) names a money indicator ([`MONEY_WORDS`]).
pub(crate) fn clause_is_about_money(text: &str, at: usize) -> bool {
    // At most 240 bytes back (80 CJK characters), so that text without
    // clause punctuation (a PDF table) is not rescanned per figure.
    let mut start = at.saturating_sub(240);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let before = &text[start..at];
    let from = before
        .rfind(['，', '。', '；', '：', ',', ';', ':', '！', '？'])
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let clause = &before[from..];
    MONEY_WORDS.iter().any(|w| clause.contains(w))
}

/// A duration after `近` is a time window (`近12个季度最高增速`: the best
/// in the last twelve quarters), not an approximate figure; these are the
/// units of such windows.
pub(crate) const WINDOW_UNITS: &[&str] = &["个季度", "年", "个月"];

/// A duration followed by one of these words is a time window
/// (`34个季度首次超过全国`: for the first time in 34 quarters).
pub(crate) const WINDOW_AFTER: &[&str] = &["首次", "以来", "来首次", "最高", "最低"];

/// A count followed by one of these words is an ordinal or a name, not a
/// count: `六次会议` (the sixth session), `三次产业` (the three sectors).
pub(crate) const NOT_A_COUNT_AFTER: &[(&str, &str)] = &[
    ("次", "会议"),
    ("次", "全会"),
    ("次", "全体会议"),
    ("次", "党代会"),
    ("次", "产业"),
    ("次", "產業"), // 三次產業比例 (traditional script)
    ("位", "数"),   // 实现两位数增长: a number of digits
    ("位", "數"),
];

/// Words after a count that make it an anaphoric total of listed items
/// (`两项合计占税收收入的 48.5%`), not a figure of its own.
pub(crate) const ANAPHORIC_AFTER: &[&str] = &["合计", "之和", "相加"];

/// After `N 年`: the number is a year or a period, not a duration
/// (`15年以来`, `3 年来`, `2021 年度`).
pub(crate) const YEAR_AFTER: &[&str] = &[
    "平均", // 两年平均增长 6.1%: the period of an average, not a figure
    "以来",
    "来",
    "初",
    "底",
    "末",
    "度",
    "中",
    "前",
    "后",
    "上半年",
    "下半年",
    "第",
    "至",
    "到",
];

/// The last of `words` that `before` ends with (longest first as listed).
pub(crate) fn ends_with_any<'w, T: Copy>(
    before: &str,
    words: &'w [(&'w str, T)],
) -> Option<(&'w str, T)> {
    let last = *before.as_bytes().last()?;
    words
        .iter()
        .copied()
        .find(|&(w, _)| w.as_bytes().last() == Some(&last) && before.ends_with(w))
}

/// The first of `words` that `before` ends with.
pub(crate) fn ends_with_word<'w>(before: &str, words: &'w [&'w str]) -> Option<&'w str> {
    let last = *before.as_bytes().last()?;
    words
        .iter()
        .copied()
        .find(|w| w.as_bytes().last() == Some(&last) && before.ends_with(w))
}

/// Whether the span `start..end` of `text` sits inside a short quotation
/// (`“十四五”`, `“三个一批”`, `“门前五包”`): a slogan or a name.
pub(crate) fn in_short_quote(text: &str, start: usize, end: usize) -> bool {
    // About ten characters either side.
    const REACH: usize = 30;
    let before = window_before(text, start, REACH);
    if !before.contains(['“', '「']) {
        return false;
    }
    let opened = last_of(window_before(text, start, REACH), '“', '”')
        || last_of(window_before(text, start, REACH), '「', '」');
    let closed = first_of(window_after(text, end, REACH), '”', '“')
        || first_of(window_after(text, end, REACH), '」', '「');
    opened && closed
}

/// Whether the span sits inside a title in `《…》`, which names a document
/// (`《三年行动计划》`) rather than reporting a figure.
pub(crate) fn in_title(text: &str, start: usize, end: usize) -> bool {
    // About forty characters either side.
    const REACH: usize = 120;
    let before = window_before(text, start, REACH);
    // Most text has no title nearby: one byte search settles it.
    if !before.contains('《') {
        return false;
    }
    last_of(before, '《', '》') && first_of(window_after(text, end, REACH), '》', '《')
}

/// Up to `reach` bytes before `at`, cut on a character boundary.
fn window_before(text: &str, at: usize, reach: usize) -> &str {
    let mut from = at.saturating_sub(reach);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..at]
}

/// Up to `reach` bytes after `at`, cut on a character boundary.
fn window_after(text: &str, at: usize, reach: usize) -> &str {
    let mut to = (at + reach).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    &text[at..to]
}

/// Whether `open` occurs in `s` after the last `close`.
fn last_of(s: &str, open: char, close: char) -> bool {
    match (s.rfind(open), s.rfind(close)) {
        (Some(o), Some(c)) => o > c,
        (Some(_), None) => true,
        _ => false,
    }
}

/// Whether `close` occurs in `s` before the first `open`.
fn first_of(s: &str, close: char, open: char) -> bool {
    match (s.find(close), s.find(open)) {
        (Some(c), Some(o)) => c < o,
        (Some(_), None) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_titles() {
        let t = "实现“十四五”良好开局";
        let s = t.find("十四五").unwrap();
        assert!(in_short_quote(t, s, s + "十四五".len()));
        let t = "增长“13.4%”";
        let s = t.find("13").unwrap();
        assert!(in_short_quote(t, s, s + 5));
        let t = "“三个一批”重点";
        let s = t.find("三个").unwrap();
        assert!(in_short_quote(t, s, s + "三个".len()));
        let t = "“全市”增长 13.4%，“好”";
        let s = t.find("13").unwrap();
        assert!(!in_short_quote(t, s, s + 5));
        let t = "印发《三年行动计划》的通知";
        let s = t.find("三年").unwrap();
        assert!(in_title(t, s, s + "三年".len()));
    }

    #[test]
    fn lookbacks() {
        assert_eq!(
            ends_with_any("总量稳居全省第", &[("第", ())]),
            Some(("第", ()))
        );
        assert_eq!(
            ends_with_any("首次突破", BOUND_PREFIXES),
            Some(("突破", Bound::MoreThan))
        );
        assert_eq!(ends_with_word("同比增加", BARE_TRIGGERS), Some("增加"));
    }

    /// (text, at = end of text, is about money)
    #[test]
    fn money_clauses() {
        for (text, want) in [
            ("全县完成生产总值", true),
            ("全年地区生产总值(GDP)突破", true),
            ("，地方公共财政预算收入", true),
            ("收入增长，常住人口", false),
            ("全省常住人口", false),
        ] {
            assert_eq!(clause_is_about_money(text, text.len()), want, "{text:?}");
        }
    }

    #[test]
    fn figure_ends() {
        assert!(ends_figure(Some('，')));
        assert!(ends_figure(None));
        assert!(!ends_figure(Some('的')));
        assert!(!ends_figure(Some('项')));
        assert!(ends_clause(Some('。')));
        assert!(!ends_clause(Some('月')));
    }
}
