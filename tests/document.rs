//! Layout model: briefs, headlines, bodies, sources and cut-out columns
//! (`tongji::document`).

use std::ops::Range;

use proptest::prelude::*;
use tongji::document::{Block, BlockKind, Document};

const GAZETTE: &str = include_str!("data/nanyang-gazette-2022-01.txt");
const SEED: &str = "/work/shared/eval/seed_briefs.passages.jsonl";
/// The seed passage after `damage(text, "seed-briefs")` of the evaluation
/// scorer (`score.py --noisy`, seed = the passage id): blanks around
/// numbers, full-width digits, hard line breaks.
const NOISY_SEED: &str = include_str!("data/seed-briefs.noisy.txt");

/// The nine sources of the gazette's (and the seed passage's) briefs.
const SOURCES: [&str; 9] = [
    "市统计局",
    "市统计局",
    "市统计局",
    "南阳海关",
    "市水利局",
    "市科技局",
    "镇平县政府办",
    "政报编辑部",
    "政报编辑部",
];

/// Their tidied headlines.
const HEADLINES: [&str; 9] = [
    "全年财政收入增速居全省第 5",
    "全年工业投资增速高于全省 10.4 个百分点",
    "我市经济总量首次突破 4000 亿元",
    "2021 年我市进出口双增长彰显外贸韧性十足",
    "我市四水同治工作成效显著",
    "我市两所高校获批建设省国际联合实验室",
    "镇平县 15 个重点项目集中开工",
    "内乡县 2022 年第一季度重大项目集中开工仪式举行",
    "宛城区 20 个重点项目集中开工",
];

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
    assert_eq!(sources, SOURCES);
}

#[test]
fn gazette_headlines() {
    let (doc, briefs) = gazette_briefs();
    let headlines: Vec<_> = briefs
        .iter()
        .map(|b| doc.headline_text(b).unwrap())
        .collect();
    assert_eq!(headlines, HEADLINES);
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

// ---------------------------------------------------------------- layout set

const LAYOUT: &str = include_str!("data/layout-briefs.passages.jsonl");

/// The headlines of the layout set's twelve briefs (`-` for none).
const LAYOUT_HEADLINES: [&str; 12] = [
    "前三季度全市新建商品房销售面积同比增长 12.6%",
    "我市居民人均消费支出增长 9.3%",
    "全市快递业务量突破 2 亿件",
    "全市食品抽检合格率达 98.6%",
    "-",
    "全市规模以上服务业营业收入增速居全省前三位",
    "全市文化产业发展势头良好",
    "唐河县生猪出栏量稳步回升",
    "宛城区农村人居环境整治成效明显",
    "全市空气质量优良天数同比增加 21 天",
    "全年新增减税降费 21.6 亿元",
    "全市交通运输主要指标保持增长",
];

fn layout_text() -> String {
    let value: serde_json::Value = serde_json::from_str(LAYOUT.lines().next().unwrap()).unwrap();
    value["text"].as_str().unwrap().to_string()
}

/// Page furniture and headings never reach a brief.
fn assert_no_furniture_in_briefs(doc: &Document) {
    let text = doc.text();
    for b in briefs(doc) {
        let mut parts: Vec<String> = b.body.iter().map(|r| squash(&text[r.clone()])).collect();
        parts.extend(doc.headline_text(b).map(|h| squash(&h)));
        for part in parts {
            for furniture in ["公报", "—44—", "—46—", "—47—", "●", "动态短讯", "工作动态"]
            {
                assert!(!part.contains(furniture), "{furniture} in {part}");
            }
        }
    }
}

#[test]
fn layout_set_briefs_skip_page_furniture() {
    let text = layout_text();
    assert_covers(&text);
    let doc = Document::parse(&text);
    let briefs = briefs(&doc);
    let headlines: Vec<String> = briefs
        .iter()
        .map(|b| doc.headline_text(b).unwrap_or_else(|| "-".into()))
        .collect();
    assert_eq!(headlines, LAYOUT_HEADLINES);
    assert_no_furniture_in_briefs(&doc);
    // Brief 7 is cut around the column, brief 9 around a page break.
    assert_eq!(briefs[6].body.len(), 2);
    assert!(text[briefs[6].body[1].clone()].starts_with("水平 3.2 个百分点。"));
    assert_eq!(briefs[8].body.len(), 2);
    assert!(text[briefs[8].body[0].clone()].ends_with("85.6%。"));
    assert!(text[briefs[8].body[1].clone()].starts_with("全区 206 个"));
    // The furniture between briefs 5 and 6 is one passage.
    let passages: Vec<&str> = doc
        .blocks()
        .iter()
        .filter(|b| b.kind == BlockKind::Passage)
        .map(|b| &text[b.body[0].clone()])
        .collect();
    assert!(passages.contains(&"●动态短讯 南阳市人民政府公报 2022.02\n\n45\n\n工   作   动   态"));
    assert!(passages.contains(&"南阳市人民政府公报\n\n动   态   短   讯"));
}

#[test]
fn damaged_layout_set_reads_like_the_clean_one() {
    let clean_text = layout_text();
    let clean = signature(&Document::parse(&clean_text));
    for seed in 0..SEEDS {
        let text = damage(&clean_text, seed);
        let doc = Document::parse(&text);
        let headlines: Vec<String> = briefs(&doc)
            .iter()
            .map(|b| doc.headline_text(b).unwrap_or_else(|| "-".into()))
            .collect();
        assert_eq!(headlines, LAYOUT_HEADLINES, "seed {seed}");
        assert_no_furniture_in_briefs(&doc);
        let squashed_briefs = |sig: &[String]| -> Vec<String> {
            sig.iter()
                .filter(|s| s.starts_with("Brief"))
                .cloned()
                .collect()
        };
        assert_same_blocks(
            &squashed_briefs(&signature(&doc)),
            &squashed_briefs(&clean),
            seed,
        );
        if seed < 3 {
            assert_covers(&text);
        }
    }
}

// ---------------------------------------------------------------- PDF damage

/// The briefs of a document.
fn briefs<'d>(doc: &'d Document) -> Vec<&'d Block> {
    doc.blocks()
        .iter()
        .filter(|b| b.kind == BlockKind::Brief)
        .collect()
}

/// Text with whitespace removed and full-width digits and `％` folded: what
/// PDF damage does not change.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' | '％' => char::from_u32(c as u32 - 0xFEE0).unwrap(),
            _ => c,
        })
        .collect()
}

/// Every block squashed: `kind | headline | body pieces | source`.
fn signature(doc: &Document) -> Vec<String> {
    let text = doc.text();
    doc.blocks()
        .iter()
        .map(|b| {
            let body: Vec<String> = b.body.iter().map(|r| squash(&text[r.clone()])).collect();
            format!(
                "{:?} | {} | {} | {}",
                b.kind,
                doc.headline_text(b).unwrap_or_default(),
                body.join(" ¦ "),
                doc.source_text(b).unwrap_or("-"),
            )
        })
        .collect()
}

/// The first brief is cut around the column and the column is one passage.
fn assert_column_cut(doc: &Document) {
    let text = doc.text();
    let first = briefs(doc)[0];
    assert_eq!(first.body.len(), 2);
    assert!(squash(&text[first.body[0].clone()]).ends_with("较上年"));
    assert!(squash(&text[first.body[1].clone()]).starts_with("前移5个位次"));
    let column = doc
        .blocks()
        .iter()
        .find(|b| b.kind == BlockKind::Passage && b.body[0].start > first.body[0].end)
        .unwrap();
    let column = squash(&text[column.body[0].clone()]);
    assert!(column.starts_with("动态短讯开展马路市场"), "{column}");
    assert!(column.ends_with("障了市民群众出行通畅安全。"), "{column}");
}

#[test]
fn noisy_seed_passage_keeps_its_nine_briefs() {
    let text = NOISY_SEED;
    // The damage this copy shows.
    assert!(text.contains("（政报编\n\n辑部）"));
    assert!(text.contains("（市水利局\n\n）"));
    assert!(text.contains("动 \n\n  态   短   讯"));
    assert!(text.contains("２２４.８３  \n\n亿元"));
    assert!(text.contains("居全省第 8  位。"));
    assert_covers(text);
    let doc = Document::parse(text);
    let briefs = briefs(&doc);
    let sources: Vec<_> = briefs.iter().map(|b| doc.source_text(b).unwrap()).collect();
    assert_eq!(sources, SOURCES);
    let headlines: Vec<_> = briefs
        .iter()
        .map(|b| doc.headline_text(b).unwrap())
        .collect();
    assert_eq!(headlines, HEADLINES);
    for b in &briefs[1..] {
        assert_eq!(b.body.len(), 1);
    }
    assert_column_cut(&doc);
    // The printed source keeps the line break; source_text joins it.
    assert_eq!(&text[briefs[4].source.clone().unwrap()], "市水利局");
    assert_eq!(&text[briefs[7].source.clone().unwrap()], "政报编辑\n\n部");
    assert_eq!(&text[briefs[8].source.clone().unwrap()], "政报编\n\n辑部");
}

#[test]
fn noisy_seed_passage_reads_like_the_clean_one() {
    let Ok(jsonl) = std::fs::read_to_string(SEED) else {
        println!("skipped: {SEED} not found");
        return;
    };
    let line = jsonl.lines().find(|l| !l.trim().is_empty()).unwrap();
    let value: serde_json::Value = serde_json::from_str(line).unwrap();
    let clean = value["text"].as_str().unwrap();
    let expected = signature(&Document::parse(clean));
    assert_same_blocks(
        &signature(&Document::parse(NOISY_SEED)),
        &expected,
        u64::MAX,
    );
    for seed in 0..SEEDS {
        let text = damage(clean, seed);
        assert_same_blocks(&signature(&Document::parse(&text)), &expected, seed);
    }
}

/// How many damaged copies of a text are tried.
const SEEDS: u64 = 40;

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn unit(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// The rules of `damage()` in the evaluation scorer, with another random
/// source: a blank between a number and a neighbouring character (0.7),
/// a number in full-width digits (0.2), and once 18 characters have passed
/// since the last break, a hard line break after a non-digit (0.15).
fn damage(text: &str, seed: u64) -> String {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut out = String::with_capacity(text.len() * 5 / 4);
    let (mut col, mut fw) = (0, false);
    let mut prev: Option<char> = None;
    for ch in text.chars() {
        let starts_number =
            ch.is_ascii_digit() && !prev.is_some_and(|p| p.is_ascii_digit() || p == '.');
        if let Some(p) = prev {
            let after_number = p.is_ascii_digit() && !ch.is_ascii_digit() && !".%".contains(ch);
            let before_number = starts_number && !" -－+＋".contains(p);
            if (after_number || before_number) && rng.unit() < 0.7 {
                out.push(' ');
            }
        }
        if starts_number {
            fw = rng.unit() < 0.2;
        }
        let printed = match ch {
            '0'..='9' | '%' if fw => char::from_u32(ch as u32 + 0xFEE0).unwrap(),
            _ => ch,
        };
        out.push(printed);
        col += 1;
        if col >= 18 && !is_digit(printed) && !".-－".contains(printed) && rng.unit() < 0.15 {
            out.push_str("\n\n");
            col = 0;
        }
        prev = Some(ch);
    }
    out
}

#[test]
fn damaged_gazette_reads_like_the_clean_one() {
    let clean = signature(&Document::parse(GAZETTE));
    for seed in 0..SEEDS {
        let text = damage(GAZETTE, seed);
        let doc = Document::parse(&text);
        assert_same_blocks(&signature(&doc), &clean, seed);
        assert_column_cut(&doc);
        if seed < 3 {
            assert_covers(&text);
        }
    }
}

/// Panics with the first differing block (abridged) unless equal.
fn assert_same_blocks(got: &[String], expected: &[String], seed: u64) {
    if got == expected {
        return;
    }
    let abridged = |s: &String| -> String {
        let n = s.chars().count();
        if n <= 120 {
            return s.clone();
        }
        let head: String = s.chars().take(60).collect();
        let tail: String = s.chars().skip(n - 60).collect();
        format!("{head}…{tail}")
    };
    let (i, (g, e)) = got
        .iter()
        .zip(expected)
        .enumerate()
        .find(|(_, (g, e))| g != e)
        .map_or(
            (got.len().min(expected.len()), (None, None)),
            |(i, (g, e))| (i, (Some(g), Some(e))),
        );
    panic!(
        "seed {seed}: {} blocks, expected {}; block {i} is\n  {:?}\nexpected\n  {:?}",
        got.len(),
        expected.len(),
        g.map(abridged),
        e.map(abridged),
    );
}

#[test]
fn damage_examples() {
    check_table(&[
        // A marker broken over lines, at its edge or inside.
        (
            "标题  正文。\n\n（市水利局\n\n）\n（不是局）",
            &["brief | 标题 | 正文。 | 市水利局", "passage | （不是局）"],
        ),
        (
            "标题  正文。（政报编\n\n辑部）",
            &["brief | 标题 | 正文。 | 政报编辑部"],
        ),
        // A break never excuses a blank inside the name.
        (
            "全年增长。（市 统计\n\n局）",
            &["passage | 全年增长。（市 统计\n\n局）"],
        ),
        // `8  位` is a damaged `8 位`: not a headline gap.
        (
            "标题  正文。（市统计局）\n全省第 ８  位。（市统计局）",
            &[
                "brief | 标题 | 正文。 | 市统计局",
                "brief | - | 全省第 ８  位。 | 市统计局",
            ],
        ),
        // A weak gap is passed over for a later strong one...
        (
            "标题  正文。（市统计局）\n我市总量突破 ４０００  亿 元  \n\n 2021 年生产总值 4342.22  亿元。（市统计局）",
            &[
                "brief | 标题 | 正文。 | 市统计局",
                "brief | 我市总量突破 4000 亿元 | 2021 年生产总值 4342.22  亿元。 | 市统计局",
            ],
        ),
        // ...but ends the headline when a long clause follows it.
        (
            "标题  正文。（市统计局）\n全年财政收入增速居全省第 5  全年全市收入完成 224.83  亿元。（市统计局）",
            &[
                "brief | 标题 | 正文。 | 市统计局",
                "brief | 全年财政收入增速居全省第 5 | 全年全市收入完成 224.83  亿元。 | 市统计局",
            ],
        ),
        // A gap broken by a line break.
        (
            "标题  正文。（市统计局）\n全年工业投资增速高于\n\n全省 １０.４  个百\n\n分点 \n\n 2021 年，增长。（市统计局）",
            &[
                "brief | 标题 | 正文。 | 市统计局",
                "brief | 全年工业投资增速高于全省 10.4 个百分点 | 2021 年，增长。 | 市统计局",
            ],
        ),
        // A heading broken over lines, a block start whose blank was
        // broken off, and a blank-led number that is no block start.
        (
            "标题  较上年\n\n动 \n\n  态   短   讯\n\n菜市场\n\n 30 余处。\n \n\n前移 5 个位次。（市统计局）",
            &[
                "brief | 标题 | 较上年 ¦ 前移 5 个位次。 | 市统计局",
                "passage | 动 \n\n  态   短   讯\n\n菜市场\n\n 30 余处。",
            ],
        ),
        // A lone character on the line before a heading is not part of it.
        (
            "标题  较上\n\n年\n\n动   态   短   讯\n\n菜市场。\n 前移。（市统计局）",
            &[
                "brief | 标题 | 较上\n\n年 ¦ 前移。 | 市统计局",
                "passage | 动   态   短   讯\n\n菜市场。",
            ],
        ),
    ]);
}

#[test]
fn damage_first_brief_of_a_run() {
    check_table(&[
        // The block start's blank was broken off its text; the title lines
        // above are not part of the headline.
        (
            "试点改造。\n\n镇平县城市管理局多措并举\n\n开展节前行动\n \n\n全年财政收入增速居全省第 5  全年全市收入完成 224.83 亿元。（市统计局）",
            &[
                "passage | 试点改造。\n\n镇平县城市管理局多措并举\n\n开展节前行动",
                "brief | 全年财政收入增速居全省第 5 | 全年全市收入完成 224.83 亿元。 | 市统计局",
            ],
        ),
        // A letter-spaced headline broken before a blank is one headline.
        (
            "上期的结尾。\n\n2021 年 我 市 进 出 口\n\n 双 增 长  2021 年，增长。（南阳海关）",
            &[
                "passage | 上期的结尾。",
                "brief | 2021 年我市进出口双增长 | 2021 年，增长。 | 南阳海关",
            ],
        ),
        // A damaged `第 8 位` near the marker is no headline line.
        (
            "上期的结尾。\n\n 全年财政收入增速居全省第 5   全年全市收入，增速\n\n居全省第 8  位。（市统计局）",
            &[
                "passage | 上期的结尾。",
                "brief | 全年财政收入增速居全省第 5 | 全年全市收入，增速\n\n居全省第 8  位。 | 市统计局",
            ],
        ),
    ]);
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
fn rule5_furniture_between_briefs() {
    check_table(&[
        // A page number with dashes, then a running header printed three
        // times: neither is glued into the next headline.
        (
            "南阳市人民政府公报\n\n标题一  正文一。（市统计局）\n\n— 44 —\n\n南阳市人民政府公报\n\n全市快递业务量突破 2 亿件  2021 年，增长。（市邮政管理局）\n\n南阳市人民政府公报",
            &[
                "passage | 南阳市人民政府公报",
                "brief | 标题一 | 正文一。 | 市统计局",
                "passage | — 44 —\n\n南阳市人民政府公报",
                "brief | 全市快递业务量突破 2 亿件 | 2021 年，增长。 | 市邮政管理局",
                "passage | 南阳市人民政府公报",
            ],
        ),
        // A bullet title with a dated header, a bare page number next to
        // it and a spaced-out section heading: the headline after them is
        // found (its gaps are not taken for the heading's).
        (
            "标题一  正文一。（市统计局）\n\n●动态短讯 南阳市人民政府公报 2022.02\n\n45\n\n工   作   动   态\n\n全市服务业营业收入增速居全\n\n省前三位  2021 年 1-11 月，增长。\n\n（市发展改革委）",
            &[
                "brief | 标题一 | 正文一。 | 市统计局",
                "passage | ●动态短讯 南阳市人民政府公报 2022.02\n\n45\n\n工   作   动   态",
                "brief | 全市服务业营业收入增速居全省前三位 | 2021 年 1-11 月，增长。 | 市发展改革委",
            ],
        ),
        // A header printed twice, next to a page number; an issue number;
        // a page number with ASCII dashes.
        (
            "标题一  正文一。（市统计局）\n\n- 46 -\n\n河南省人民政府公报\n\n标题二  正文二。（市统计局）\n\n河南省人民政府公报 2022 年第 1 期\n\n标题三  正文三。（市统计局）\n\n47\n\n河南省人民政府公报\n\n标题四  正文四。（市统计局）",
            &[
                "brief | 标题一 | 正文一。 | 市统计局",
                "passage | - 46 -\n\n河南省人民政府公报",
                "brief | 标题二 | 正文二。 | 市统计局",
                "passage | 河南省人民政府公报 2022 年第 1 期",
                "brief | 标题三 | 正文三。 | 市统计局",
                "passage | 47\n\n河南省人民政府公报",
                "brief | 标题四 | 正文四。 | 市统计局",
            ],
        ),
        // A brief without a headline after furniture.
        (
            "标题一  正文一。（市统计局）\n\n— 45 —\n\n截至 2021 年 12 月底，增长 18.7%。\n\n（市场监管局）",
            &[
                "brief | 标题一 | 正文一。 | 市统计局",
                "passage | — 45 —",
                "brief | - | 截至 2021 年 12 月底，增长 18.7%。 | 市场监管局",
            ],
        ),
        // The first brief of a run: furniture after the passage before it
        // ends a paragraph, and a heading broken by damage (`短  \n\n 讯`)
        // is no block start.
        (
            "上期的结尾。\n\n— 1 —\n\n动   态   短  \n\n 讯\n\n前三季度全市销售面积同比增\n\n长 12.6%  2021 年，增长。（市统计局）",
            &[
                "passage | 上期的结尾。\n\n— 1 —\n\n动   态   短  \n\n 讯",
                "brief | 前三季度全市销售面积同比增长 12.6% | 2021 年，增长。 | 市统计局",
            ],
        ),
    ]);
}

#[test]
fn rule5_furniture_inside_a_body() {
    check_table(&[
        // A page break between two sentences: cut out like a column.
        (
            "标题  普及率达到 85.6%。\n\n— 47 —\n\n南阳市人民政府公报\n\n全区 206 个行政村实现全覆盖。  （宛城区政府办）\n\n南阳市人民政府公报\n\n南阳市人民政府公报",
            &[
                "brief | 标题 | 普及率达到 85.6%。 ¦ 全区 206 个行政村实现全覆盖。 | 宛城区政府办",
                "passage | — 47 —\n\n南阳市人民政府公报",
                "passage | 南阳市人民政府公报\n\n南阳市人民政府公报",
            ],
        ),
        // Mid-sentence, and between the last sentence and its marker.
        (
            "标题  全市增速高于全省平均\n\n- 8 -\n\n水平 3.2 个百分点。\n\n— 9 —\n\n（市委宣传部）",
            &[
                "brief | 标题 | 全市增速高于全省平均 ¦ 水平 3.2 个百分点。 | 市委宣传部",
                "passage | - 8 -",
                "passage | — 9 —",
            ],
        ),
    ]);
}

#[test]
fn rule5_what_is_not_furniture() {
    check_table(&[
        // A short line printed once is no header; a bare number away from
        // furniture is no page number.
        (
            "标题一  正文一。（市统计局）\n\n我市简讯专栏\n\n全市增长 5%  正文，共\n\n45\n\n个。（市统计局）",
            &[
                "brief | 标题一 | 正文一。 | 市统计局",
                "brief | 我市简讯专栏全市增长 5% | 正文，共\n\n45\n\n个。 | 市统计局",
            ],
        ),
        // A repeated line followed by a gap is a headline, not a header;
        // lines with punctuation or short ones never repeat as headers.
        (
            "全市经济运行平稳\n\n全市经济运行平稳\n\n标题  正文。（市统计局）\n\n全市经济运行平稳  \n\n2021 年，增长。（市统计局）\n\n全市\n\n全市\n\n全市\n\n增长 5%。（市统计局）",
            &[
                "passage | 全市经济运行平稳\n\n全市经济运行平稳",
                "brief | 标题 | 正文。 | 市统计局",
                "brief | 全市经济运行平稳 | 2021 年，增长。 | 市统计局",
                "brief | - | 全市\n\n全市\n\n全市\n\n增长 5%。 | 市统计局",
            ],
        ),
        // Text repeated whole (a brief printed three times) makes no header.
        (
            &"标题  全年全市规模以上工业\n\n增加值同比增长\n\n5%，居全省第 3 位。（市统计局）\n\n".repeat(3),
            &[
                "brief | 标题 | 全年全市规模以上工业\n\n增加值同比增长\n\n5%，居全省第 3 位。 | 市统计局",
                "brief | 标题 | 全年全市规模以上工业\n\n增加值同比增长\n\n5%，居全省第 3 位。 | 市统计局",
                "brief | 标题 | 全年全市规模以上工业\n\n增加值同比增长\n\n5%，居全省第 3 位。 | 市统计局",
            ],
        ),
        // A number with a unit, a date inside a sentence.
        (
            "标题  全年完成\n\n2021.5\n\n亿元。（市统计局）",
            &["brief | 标题 | 全年完成\n\n2021.5\n\n亿元。 | 市统计局"],
        ),
    ]);
}

#[test]
fn rule5_damaged_furniture() {
    check_table(&[
        // A header broken over lines where it is printed whole elsewhere;
        // a dated header broken before its date; a page number broken
        // before its last dash.
        (
            "南阳市人民政府公报\n\n标题一  正文一。（市统计局）\n\n— ４４  \n\n—\n\n南阳市人民政\n\n府公报\n\n标题二  正文二。（市统计局）\n\n南阳市人民\n\n政府公报 ２０２２.０２ \n\n 45 \n\n标题三  正文三。（市统计局）\n\n南阳市人民政府公报",
            &[
                "passage | 南阳市人民政府公报",
                "brief | 标题一 | 正文一。 | 市统计局",
                "passage | — ４４  \n\n—\n\n南阳市人民政\n\n府公报",
                "brief | 标题二 | 正文二。 | 市统计局",
                "passage | 南阳市人民\n\n政府公报 ２０２２.０２ \n\n 45",
                "brief | 标题三 | 正文三。 | 市统计局",
                "passage | 南阳市人民政府公报",
            ],
        ),
        // A date broken off its header.
        (
            "标题一  正文一。（市统计局）\n\n●动态短讯 南阳市人民政府公报 \n\n2022.02\n\n45\n\n标题二  正文二。（市统计局）",
            &[
                "brief | 标题一 | 正文一。 | 市统计局",
                "passage | ●动态短讯 南阳市人民政府公报 \n\n2022.02\n\n45",
                "brief | 标题二 | 正文二。 | 市统计局",
            ],
        ),
        // A bullet broken off its title (but not joined to a headline).
        (
            "标题一  正文一。（市统计局）\n\n●\n\n动态短讯\n\n全市文化产业发展势头良好  正文二。（市统计局）",
            &[
                "brief | 标题一 | 正文一。 | 市统计局",
                "passage | ●\n\n动态短讯",
                "brief | 全市文化产业发展势头良好 | 正文二。 | 市统计局",
            ],
        ),
        // Both.
        (
            "标题一  正文一。（市统计局）\n\n●\n\n动态短讯 南阳市人民政府公报\n\n ２０２２.０２ \n\n 45 \n\n标题二  正文二。（市统计局）",
            &[
                "brief | 标题一 | 正文一。 | 市统计局",
                "passage | ●\n\n动态短讯 南阳市人民政府公报\n\n ２０２２.０２ \n\n 45",
                "brief | 标题二 | 正文二。 | 市统计局",
            ],
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
            "　", "5", "a", "\r\n", "标题", "５", "位", "   ",
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
