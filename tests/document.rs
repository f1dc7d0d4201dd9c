//! Layout model: briefs, headlines, bodies, sources and cut-out columns
//! (`tongji::document`).

use std::ops::Range;

use proptest::prelude::*;
use tongji::document::{Block, BlockKind, Document};

const GAZETTE: &str = include_str!("data/nanyang-gazette-2022-01.txt");
const SEED: &str = "/work/shared/eval/seed_briefs.passages.jsonl";

/// One block as a line of text:
/// `brief | tidied headline or - | body pieces joined by " ¦ " | source`
/// or `passage | text`.
fn render(doc: &Document, block: &Block) -> String {
    let text = doc.text();
    let body: Vec<&str> = block.body.iter().map(|r| &text[r.clone()]).collect();
    match block.kind {
        BlockKind::Passage => format!("passage | {}", body.join(" ¦ ")),
        BlockKind::Brief => format!(
            "brief | {} | {} | {}",
            doc.headline_text(block).unwrap_or_else(|| "-".into()),
            body.join(" ¦ "),
            doc.source_text(block).unwrap_or("-"),
        ),
    }
}

fn rendered(text: &str) -> Vec<String> {
    let doc = Document::parse(text);
    doc.blocks().iter().map(|b| render(&doc, b)).collect()
}

fn check_table(table: &[(&str, &[&str])]) {
    for (input, expected) in table {
        assert_eq!(&rendered(input), expected, "input: {input:?}");
        assert_covers(input);
    }
}

/// The `（…）` marker around a brief's source.
fn marker(text: &str, block: &Block) -> Option<Range<usize>> {
    let source = block.source.clone()?;
    let open = text[..source.start].rfind('（')?;
    let close = source.end + text[source.end..].find('）')? + '）'.len_utf8();
    Some(open..close)
}

/// Every non-whitespace byte is covered exactly once by a headline, a body
/// piece or a source marker; no byte is covered twice; ranges are on char
/// boundaries and trimmed; blocks are in document order.
fn assert_covers(text: &str) {
    let doc = Document::parse(text);
    let mut hits = vec![0u8; text.len()];
    let mut firsts = Vec::new();
    for block in doc.blocks() {
        let mut ranges: Vec<Range<usize>> = block.body.clone();
        ranges.extend(block.headline.clone());
        if block.kind == BlockKind::Brief {
            ranges.push(marker(text, block).expect("a brief has a marker"));
        } else {
            assert!(block.headline.is_none() && block.source.is_none());
            assert_eq!(block.body.len(), 1, "a passage is one piece");
        }
        firsts.push(
            ranges
                .iter()
                .map(|r| r.start)
                .min()
                .expect("a block holds text"),
        );
        for r in &ranges {
            let piece = text.get(r.clone()).expect("ranges on char boundaries");
            assert!(
                !piece.is_empty() && piece.trim() == piece,
                "untrimmed {piece:?}"
            );
            for h in &mut hits[r.clone()] {
                *h += 1;
            }
        }
    }
    assert!(
        firsts.windows(2).all(|w| w[0] < w[1]),
        "blocks out of order in {text:?}"
    );
    for (i, c) in text.char_indices() {
        let h = hits[i];
        assert!(h <= 1, "byte {i} ({c:?}) covered {h} times in {text:?}");
        assert!(
            c.is_whitespace() || h == 1,
            "byte {i} ({c:?}) lost in {text:?}"
        );
    }
}

// ---------------------------------------------------------------- gazette

fn gazette_briefs() -> (Document<'static>, Vec<Block>) {
    let doc = Document::parse(GAZETTE);
    let briefs = doc
        .blocks()
        .iter()
        .filter(|b| b.kind == BlockKind::Brief)
        .cloned()
        .collect();
    (doc, briefs)
}

#[test]
fn gazette_has_nine_briefs_with_their_sources() {
    let (doc, briefs) = gazette_briefs();
    let sources: Vec<_> = briefs.iter().map(|b| doc.source_text(b).unwrap()).collect();
    assert_eq!(
        sources,
        [
            "市统计局",
            "市统计局",
            "市统计局",
            "南阳海关",
            "市水利局",
            "市科技局",
            "镇平县政府办",
            "政报编辑部",
            "政报编辑部",
        ]
    );
}

#[test]
fn gazette_headlines() {
    let (doc, briefs) = gazette_briefs();
    let headlines: Vec<_> = briefs
        .iter()
        .map(|b| doc.headline_text(b).unwrap())
        .collect();
    assert_eq!(
        headlines,
        [
            "全年财政收入增速居全省第 5",
            "全年工业投资增速高于全省 10.4 个百分点",
            "我市经济总量首次突破 4000 亿元",
            "2021 年我市进出口双增长彰显外贸韧性十足",
            "我市四水同治工作成效显著",
            "我市两所高校获批建设省国际联合实验室",
            "镇平县 15 个重点项目集中开工",
            "内乡县 2022 年第一季度重大项目集中开工仪式举行",
            "宛城区 20 个重点项目集中开工",
        ]
    );
    // Raw headline ranges keep the original bytes.
    assert_eq!(
        &GAZETTE[briefs[1].headline.clone().unwrap()],
        "全年工业投资增速高于全省 10.4 个百\n\n分点"
    );
}

#[test]
fn gazette_first_brief_has_the_column_cut_out() {
    let (doc, briefs) = gazette_briefs();
    let first = &briefs[0];
    assert_eq!(first.body.len(), 2);
    assert!(GAZETTE[first.body[0].clone()].starts_with("全年全"));
    assert!(GAZETTE[first.body[0].clone()].ends_with("较上年"));
    assert!(GAZETTE[first.body[1].clone()].starts_with("前移 5 个位次"));
    assert!(GAZETTE[first.body[1].clone()].ends_with("居全省第 8 位。"));
    for b in &briefs {
        for piece in &b.body {
            let piece = &GAZETTE[piece.clone()];
            assert!(
                !piece.contains("动   态") && !piece.contains("菜市场"),
                "{piece}"
            );
        }
        assert_eq!(b.body.len(), if std::ptr::eq(b, first) { 2 } else { 1 });
    }
    // The cut-out column is its own passage, right after brief 1's first piece.
    let column = doc
        .blocks()
        .iter()
        .find(|b| b.kind == BlockKind::Passage && b.body[0].start > first.body[0].end)
        .unwrap();
    assert_eq!(column.body, [column.body[0].clone()]);
    let column = &GAZETTE[column.body[0].clone()];
    assert!(column.starts_with("动   态   短   讯"));
    assert!(column.ends_with("障了市民群众出行通畅安全。"));
}

#[test]
fn gazette_blocks_cover_the_input() {
    assert_covers(GAZETTE);
    let doc = Document::parse(GAZETTE);
    // Passage, brief 1, the column, briefs 2–9.
    assert_eq!(doc.blocks().len(), 11);
    assert_eq!(doc.blocks()[0].kind, BlockKind::Passage);
    assert_eq!(doc.blocks()[2].kind, BlockKind::Passage);
}

// ---------------------------------------------------------------- seed passage

#[test]
fn seed_passage_cut_matches_ignore_range() {
    let Ok(jsonl) = std::fs::read_to_string(SEED) else {
        println!("skipped: {SEED} not found");
        return;
    };
    let line = jsonl.lines().find(|l| !l.trim().is_empty()).unwrap();
    let value: serde_json::Value = serde_json::from_str(line).unwrap();
    let text = value["text"].as_str().unwrap();
    let ignore = &value["ignore"][0];
    let (from, to) = (
        ignore[0].as_u64().unwrap() as usize,
        ignore[1].as_u64().unwrap() as usize,
    );
    // Characters to bytes.
    let byte = |ch: usize| text.char_indices().nth(ch).map_or(text.len(), |(i, _)| i);
    let (from, to) = (byte(from), byte(to));
    let ignored = text[from..to].trim();
    let ignored_start = from + text[from..to].find(ignored).unwrap();

    assert_covers(text);
    let doc = Document::parse(text);
    let briefs: Vec<&Block> = doc
        .blocks()
        .iter()
        .filter(|b| b.kind == BlockKind::Brief)
        .collect();
    assert_eq!(briefs.len(), 9);
    let first = briefs[0];
    assert_eq!(first.body.len(), 2);
    // The cut is the column's spaced-out heading (rule 3 cuts from the
    // heading line) followed by exactly the ignored range.
    let cut = text[first.body[0].end..first.body[1].start].trim();
    let heading = cut
        .strip_suffix(ignored)
        .expect("cut ends with the ignored text");
    assert_eq!(heading.trim(), "动   态   短   讯");
    let column = doc
        .blocks()
        .iter()
        .find(|b| b.kind == BlockKind::Passage)
        .unwrap();
    assert_eq!(column.body[0].end, ignored_start + ignored.len());
    assert_eq!(text[column.body[0].clone()].trim(), cut);
}

// ---------------------------------------------------------------- rules, by example

#[test]
fn rule1_source_markers() {
    check_table(&[
        // Marker after a full stop, spaced out to the right margin.
        (
            "我市新闻  全市增长 5%。   （市统计局）",
            &["brief | 我市新闻 | 全市增长 5%。 | 市统计局"],
        ),
        // After a closing quote; suffix 中心.
        (
            "标题  他说“好”（市大数据中心）",
            &["brief | 标题 | 他说“好” | 市大数据中心"],
        ),
        // On its own line, with a trailing space.
        (
            "镇平县 15 个项目开工   近日，开工 15 个。\n\n（镇平县政府办） \n",
            &["brief | 镇平县 15 个项目开工 | 近日，开工 15 个。 | 镇平县政府办"],
        ),
        // Not markers.
        (
            "全市增长 5%（市统计局）",
            &["passage | 全市增长 5%（市统计局）"],
        ),
        (
            "全年增长。（2022 年 1 月）",
            &["passage | 全年增长。（2022 年 1 月）"],
        ),
        ("全年增长。（市、区）", &["passage | 全年增长。（市、区）"]),
        ("全年增长。（下同）", &["passage | 全年增长。（下同）"]),
        ("全年增长。（局）", &["passage | 全年增长。（局）"]),
        (
            "全年增长。（市 统计局）",
            &["passage | 全年增长。（市 统计局）"],
        ),
        (
            "全年增长。（市统计局）还有下文",
            &["passage | 全年增长。（市统计局）还有下文"],
        ),
        (
            "全年增长。（一二三四五六七八九十一二三四五六七局）",
            &["passage | 全年增长。（一二三四五六七八九十一二三四五六七局）"],
        ),
    ]);
}

#[test]
fn rule2_headlines_within_a_run() {
    check_table(&[
        // A brief starts right after the previous marker; its headline may
        // wrap and keeps single spaces around numbers.
        (
            "标题一  正文一。（市统计局）\n\n全年工业投资增速高于全省 10.4 个百\n\n分点  2021 年，增长 22.1%。  （市统计局）",
            &[
                "brief | 标题一 | 正文一。 | 市统计局",
                "brief | 全年工业投资增速高于全省 10.4 个百分点 | 2021 年，增长 22.1%。 | 市统计局",
            ],
        ),
        // A gap at the end of the line; single spaces are not gaps.
        (
            "标题一  正文一。（市统计局）\n\n我 市 经 济 总 量 突 破 4000 亿 元  \n\n2021 年生产总值 4342.22 亿元。（市统计局）",
            &[
                "brief | 标题一 | 正文一。 | 市统计局",
                "brief | 我市经济总量突破 4000 亿元 | 2021 年生产总值 4342.22 亿元。 | 市统计局",
            ],
        ),
        // Text before the first gap has a comma: no headline.
        (
            "标题一  正文一。（市统计局）\n2021 年，全市增长  5%。（南阳海关）",
            &[
                "brief | 标题一 | 正文一。 | 市统计局",
                "brief | - | 2021 年，全市增长  5%。 | 南阳海关",
            ],
        ),
        // More than 60 characters before the first gap: no headline.
        (
            "标题一  正文一。（市统计局）\n一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一  正文二。（市统计局）",
            &[
                "brief | 标题一 | 正文一。 | 市统计局",
                "brief | - | 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一  正文二。 | 市统计局",
            ],
        ),
    ]);
}

#[test]
fn rule2_first_brief_of_a_run() {
    check_table(&[
        // The nearest headline line above the marker starts the brief.
        (
            "镇平县城市管理局多措并举\n\n 全年财政收入增速居全省第 5  全年全\n\n市收入完成 224.83 亿元。  （市统计局）",
            &[
                "passage | 镇平县城市管理局多措并举",
                "brief | 全年财政收入增速居全省第 5 | 全年全\n\n市收入完成 224.83 亿元。 | 市统计局",
            ],
        ),
        // No headline line: the paragraph of the last sentence, which here
        // still yields a headline ending in a gap at the end of its line.
        (
            "上期的结尾。\n\n我 市 经 济 总 量 突 破 4000 亿 元  \n\n2021 年生产总值 4342.22 亿元。（市统计局）",
            &[
                "passage | 上期的结尾。",
                "brief | 我市经济总量突破 4000 亿元 | 2021 年生产总值 4342.22 亿元。 | 市统计局",
            ],
        ),
        // Paragraph after a line ending in a full stop; no headline.
        (
            "上一篇的结尾。\n\n全市增长 5%，\n\n居全省第 3 位。（市统计局）",
            &[
                "passage | 上一篇的结尾。",
                "brief | - | 全市增长 5%，\n\n居全省第 3 位。 | 市统计局",
            ],
        ),
        // Paragraph starting at a blank-led line.
        (
            "前文没有句号\n\n 全市增长 5%，\n\n居全省第 3 位。（市统计局）",
            &[
                "passage | 前文没有句号",
                "brief | - | 全市增长 5%，\n\n居全省第 3 位。 | 市统计局",
            ],
        ),
    ]);
}

#[test]
fn rule3_interleaved_column() {
    check_table(&[
        // Cut from the heading to the next blank-led line.
        (
            "标题  较上年\n\n动   态   短   讯\n\n菜市场整治。\n 前移 5 个位次。（市统计局）",
            &[
                "brief | 标题 | 较上年 ¦ 前移 5 个位次。 | 市统计局",
                "passage | 动   态   短   讯\n\n菜市场整治。",
            ],
        ),
        // No blank-led line follows: only the heading line is cut. A spaced
        // heading is never a headline.
        (
            "动   态   短   讯\n\n正文。（市统计局）",
            &[
                "passage | 动   态   短   讯",
                "brief | - | 正文。 | 市统计局",
            ],
        ),
        // Single-spaced characters are not a heading.
        (
            "标题  较上年\n\n动 态 短 讯\n\n前移 5 个位次。（市统计局）",
            &["brief | 标题 | 较上年\n\n动 态 短 讯\n\n前移 5 个位次。 | 市统计局"],
        ),
    ]);
}

#[test]
fn odd_inputs_never_panic_and_lose_nothing() {
    check_table(&[
        ("", &[]),
        ("  \n\n　", &[]),
        ("没有简讯的文字。", &["passage | 没有简讯的文字。"]),
        (
            "标题  正文。（市统计局",
            &["passage | 标题  正文。（市统计局"],
        ),
        (
            "标题  正文。（（市统计局）",
            &["passage | 标题  正文。（（市统计局）"],
        ),
        ("正文。（市统计局））", &["passage | 正文。（市统计局））"]),
        ("（市统计局）", &["passage | （市统计局）"]),
        ("。（市统计局）", &["brief | - | 。 | 市统计局"]),
        (
            "全年增长。（市统计局）\n全年增长。（市统计局）",
            &[
                "brief | - | 全年增长。 | 市统计局",
                "brief | - | 全年增长。 | 市统计局",
            ],
        ),
    ]);
}

#[test]
fn headline_text_tidies_whitespace() {
    let text = "我 市 经 济 总 量 首 次 突 破 4000 亿 元  \n\n正文。（市统计局）";
    let doc = Document::parse(text);
    let brief = &doc.blocks()[0];
    assert_eq!(
        &text[brief.headline.clone().unwrap()],
        "我 市 经 济 总 量 首 次 突 破 4000 亿 元"
    );
    assert_eq!(
        doc.headline_text(brief).unwrap(),
        "我市经济总量首次突破 4000 亿元"
    );
}

proptest! {
    #[test]
    fn any_text_is_covered(text in proptest::collection::vec(
        proptest::sample::select(vec![
            "（", "）", "。", "，", "”", "市", "统计局", "动", "态", " ", "  ", "\n", "\n\n",
            "　", "5", "a", "\r\n", "标题",
        ]),
        0..60,
    )) {
        assert_covers(&text.concat());
    }
}

/// `cargo test --release --test document -- --ignored --nocapture`
#[test]
#[ignore]
fn throughput() {
    let big = GAZETTE.repeat(100);
    let t = std::time::Instant::now();
    let n = Document::parse(&big).blocks().len();
    let secs = t.elapsed().as_secs_f64();
    println!("{n} blocks, {:.0} MB/s", big.len() as f64 / secs / 1e6);
}
