//! A table of sentences and the records they must give (SPEC §3), in the
//! way Duckling keeps a corpus beside its rules: one row per rule, readable
//! at a glance. Reference year 2021.

use tongji::{Extractor, Record};

/// `(subject, kind, value, compared_to, planned, period from, period to)`.
type Row = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    bool,
    Option<&'static str>,
    Option<&'static str>,
);

const N: Option<&str> = None;

const TABLE: &[(&str, &[Row])] = &[
    // Level and growth; 全年 takes the reference year.
    (
        "全年全市一般公共预算收入完成 224.83 亿元，同比增长 13.4%。",
        &[
            (
                "一般公共预算收入",
                "amount",
                "224.83",
                N,
                false,
                Some("2021-01"),
                Some("2021-12"),
            ),
            (
                "一般公共预算收入",
                "growth",
                "13.4",
                Some("同比"),
                false,
                Some("2021-01"),
                Some("2021-12"),
            ),
        ],
    ),
    // 下降 signs a growth negative.
    (
        "工业用电量同比下降 2.5%。",
        &[("工业用电量", "growth", "-2.5", Some("同比"), false, N, N)],
    ),
    // 分别: subjects × values.
    (
        "国内增值税、契税分别增长 13.8%、21.3%。",
        &[
            ("国内增值税", "growth", "13.8", N, false, N, N),
            ("契税", "growth", "21.3", N, false, N, N),
        ],
    ),
    // 分别: comparison bases × values, the unit written once.
    (
        "制造业投资分别高于一季度、二季度和三季度 13.6、14.2、11.0 个百分点。",
        &[
            ("制造业投资", "points", "13.6", Some("一季度"), false, N, N),
            ("制造业投资", "points", "14.2", Some("二季度"), false, N, N),
            ("制造业投资", "points", "11.0", Some("三季度"), false, N, N),
        ],
    ),
    // A qualifier stays in the subject; 增加 is an absolute change.
    (
        "其中亿元以上工业项目 623 个，同比增加 208 个。",
        &[
            ("亿元以上工业项目", "quantity", "623", N, false, N, N),
            (
                "亿元以上工业项目",
                "change",
                "208",
                Some("同比"),
                false,
                N,
                N,
            ),
        ],
    ),
    // The parenthesised figure is the basis's own, never the points' value.
    (
        "经济增速高于全省平均水平（6.3%）2.7 个百分点。",
        &[
            ("全省平均水平", "growth", "6.3", N, false, N, N),
            (
                "经济增速",
                "points",
                "2.7",
                Some("全省平均水平"),
                false,
                N,
                N,
            ),
        ],
    ),
    // A narrower decline is a rise of points.
    (
        "利润同比下降 5.6%，降幅比上年同期收窄 2.3 个百分点。",
        &[
            ("利润", "growth", "-5.6", Some("同比"), false, N, N),
            ("利润降幅", "points", "2.3", Some("上年同期"), false, N, N),
        ],
    ),
    (
        "全市进出口总额增长 2.1 倍。",
        &[("进出口总额", "multiple", "2.1", N, false, N, N)],
    ),
    // A printed minus is kept; a rate is a ratio.
    (
        "人口自然增长率为-1.16‰。",
        &[("人口自然增长率", "ratio", "-1.16", N, false, N, N)],
    ),
    (
        "三次产业结构为 13.5:38.2:48.3。",
        &[(
            "三次产业结构",
            "structure",
            "13.5:38.2:48.3",
            N,
            false,
            N,
            N,
        )],
    ),
    // A target: planned, only the end of the period known.
    (
        "到 2025 年，建成高标准农田 1000 万亩。",
        &[(
            "高标准农田",
            "quantity",
            "1000",
            N,
            true,
            N,
            Some("2025-12"),
        )],
    ),
    // 控制在…以内 in a report is achieved.
    (
        "城镇登记失业率控制在 4% 以内。",
        &[("城镇登记失业率", "ratio", "4", N, false, N, N)],
    ),
    // 压减至 reaches a level; it is not a change.
    (
        "全市农村地区用户年均停电时间压减至 12 小时以内。",
        &[("农村地区用户年均停电时间", "quantity", "12", N, false, N, N)],
    ),
    // A period at the start of a sentence holds for all of it.
    (
        "一季度，全市固定资产投资同比增长 15.2%，其中，工业投资增长 20.1%。",
        &[
            (
                "固定资产投资",
                "growth",
                "15.2",
                Some("同比"),
                false,
                Some("2021-01"),
                Some("2021-03"),
            ),
            (
                "工业投资",
                "growth",
                "20.1",
                N,
                false,
                Some("2021-01"),
                Some("2021-03"),
            ),
        ],
    ),
    // Ranks and rank moves.
    (
        "南阳市人均 GDP 为 5.4 万元，居全省第 9 位，较上年后移 1 位。",
        &[
            ("人均GDP", "amount", "5.4", N, false, N, N),
            ("人均GDP", "rank", "9", Some("全省"), false, N, N),
            ("人均GDP", "rank_change", "-1", Some("上年"), false, N, N),
        ],
    ),
    // The noun after a count names it.
    (
        "本次集中开工的 22 个项目，总投资 69 亿元。",
        &[
            ("项目", "quantity", "22", N, false, N, N),
            ("总投资", "amount", "69", N, false, N, N),
        ],
    ),
    (
        "全市建成 19 个美好移民村示范村。",
        &[("美好移民村示范村", "quantity", "19", N, false, N, N)],
    ),
    // 至少 before the verb; a time limit makes it a target.
    (
        "三年内至少引进 10 亿元以上项目 1 个。",
        &[("10亿元以上项目", "quantity", "1", N, true, N, N)],
    ),
    // A share without 比重 keeps the subject of its clause.
    (
        "税收收入完成 155.73 亿元，占一般公共预算收入的 69.3%。",
        &[
            ("税收收入", "amount", "155.73", N, false, N, N),
            ("税收收入", "ratio", "69.3", N, false, N, N),
        ],
    ),
    // An attribute of the carried subject.
    (
        "规模以上工业增加值增长 6.5%，增速高于全省 0.3 个百分点。",
        &[
            ("规模以上工业增加值", "growth", "6.5", N, false, N, N),
            (
                "规模以上工业增加值增速",
                "points",
                "0.3",
                Some("全省"),
                false,
                N,
                N,
            ),
        ],
    ),
    // A frame without figures names what the figures after it measure.
    (
        "在全省营商环境评价中，我市位居第 5 位。",
        &[("营商环境评价", "rank", "5", Some("全省"), false, N, N)],
    ),
    // Not figures: lists of aspects, spans of years that name a period.
    ("数字经济对制造业的改变主要有三个方面。", &[]),
    ("经过 40 多年的发展，体系相对完善。", &[]),
];

fn row(r: &Record) -> Row {
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let month = |m: Option<tongji::YearMonth>| m.map(|m| leak(m.to_string()));
    (
        leak(r.subject.clone().unwrap_or_default()),
        r.kind.as_str(),
        leak(r.quantity.value.to_string()),
        r.compared_to.clone().map(leak),
        r.planned,
        month(r.period.as_ref().and_then(|p| p.from)),
        month(r.period.as_ref().and_then(|p| p.to)),
    )
}

#[test]
fn every_row_of_the_table() {
    let extractor = Extractor::new().reference_year(2021);
    let mut failures = Vec::new();
    for (text, expected) in TABLE {
        let got: Vec<Row> = extractor.records(text).map(|r| row(&r)).collect();
        if got != *expected {
            failures.push(format!(
                "{text}\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn bounds_from_words_around_the_verb() {
    let r = &tongji::extract("三年内至少引进 10 亿元以上项目 1 个。")[0];
    assert_eq!(r.quantity.bound, Some(tongji::Bound::AtLeast));
    let r = &tongji::extract("全市农村地区用户年均停电时间压减至 12 小时以内。")[0];
    assert_eq!(r.quantity.bound, Some(tongji::Bound::AtMost));
}

/// Rows of a table without punctuation are joined by normalisation
/// (`…5.6亿元工业1.2万元…`): the noun read after a figure stops at the next
/// figure, so no subject ends with a digit cut from the next row's number.
#[test]
fn table_rows_keep_their_subjects() {
    let text = "工业 1.2万元 3.4% 5.6亿元\n".repeat(3);
    let records = tongji::extract(&text);
    assert_eq!(records.len(), 9);
    for r in &records {
        assert_eq!(r.subject.as_deref(), Some("工业"), "{}", r.text);
    }
}
