//! A layout-level model of a gazette page: which runs of the **original**
//! input are news briefs (headline, body, credited source) and which are
//! other text.
//!
//! [`Document::parse`] never normalises the text: every [`Block`] holds byte
//! ranges into the input, so anything found inside a block can be traced
//! back to the bytes that were printed. Blocks cover the input in document
//! order and lose nothing: every non-whitespace byte belongs to exactly one
//! block's headline, one of its body pieces, or its source marker `（…）`.
//!
//! ```
//! use tongji::document::{BlockKind, Document};
//!
//! let text = "上期文章的结尾。\n\n\
//!             我 市 经 济 总 量 首 次 突 破 4000 亿 元  \n\n\
//!             2021 年全市生产总值 4342.22 亿元。        （市统计局）\n\n\
//!             全年工业投资增速高于全省 10.4 个百\n\n\
//!             分点  2021 年，全市工业投资增长 22.1%。   （市统计局）\n";
//! let doc = Document::parse(text);
//! let kinds: Vec<BlockKind> = doc.blocks().iter().map(|b| b.kind).collect();
//! assert_eq!(kinds, [BlockKind::Passage, BlockKind::Brief, BlockKind::Brief]);
//!
//! let brief = &doc.blocks()[2];
//! assert_eq!(doc.headline_text(brief).as_deref(), Some("全年工业投资增速高于全省 10.4 个百分点"));
//! assert_eq!(&text[brief.headline.clone().unwrap()], "全年工业投资增速高于全省 10.4 个百\n\n分点");
//! assert_eq!(&text[brief.body[0].clone()], "2021 年，全市工业投资增长 22.1%。");
//! assert_eq!(doc.source_text(brief), Some("市统计局"));
//!
//! let first = &doc.blocks()[1];
//! assert_eq!(doc.headline_text(first).as_deref(), Some("我市经济总量首次突破 4000 亿元"));
//! assert_eq!(&text[doc.blocks()[0].body[0].clone()], "上期文章的结尾。");
//! ```
//!
//! # PDF damage
//!
//! Text extracted from PDFs carries damage that only ever *inserts*: blanks
//! between a number and the words around it (`224.83  亿元`, one blank more
//! than printed), digits in full width (`２２４.８３`), and hard line breaks
//! anywhere a line happened to wrap, even inside a source marker
//! (`（政报编\n\n辑部）`) or a spaced-out heading (`动 \n\n  态   短   讯`).
//! The rules below are written so that such insertions do not change what
//! is found:
//!
//! ```
//! use tongji::document::{BlockKind, Document};
//!
//! let text = " 全年财政收入增速居全省第 5  全年全\n\n市收入完成 ２２４.８３  \n\n亿元，较上年\n\n\
//!             动 \n\n  态   短   讯\n\n菜市场整治。\n \n\n前移 5  个位次，居全省第 8  位。\n\n\
//!             （市统\n\n计局）\n";
//! let doc = Document::parse(text);
//! let brief = &doc.blocks()[0];
//! assert_eq!(doc.headline_text(brief).as_deref(), Some("全年财政收入增速居全省第 5"));
//! assert_eq!(doc.source_text(brief), Some("市统计局"));
//! assert_eq!(brief.body.len(), 2);
//! assert!(text[brief.body[1].clone()].starts_with("前移"));
//! let column = &doc.blocks()[1];
//! assert_eq!(column.kind, BlockKind::Passage);
//! assert!(text[column.body[0].clone()].ends_with("菜市场整治。"));
//! ```
//!
//! # Page furniture
//!
//! Running headers, page numbers and section titles printed between (or
//! inside) briefs are kept out of them:
//!
//! ```
//! use tongji::document::{BlockKind, Document};
//!
//! let text = "南阳市人民政府公报\n\n动   态   短   讯\n\n\
//!             全市快递业务量突破 2 亿件  2021 年，全市快递业务量 2.13 亿件，\n\n\
//!             — 44 —\n\n南阳市人民政府公报\n\n\
//!             同比增长 31.6%。（市邮政管理局）\n\n\
//!             ●动态短讯 南阳市人民政府公报 2022.02\n\n45\n\n\
//!             截至 12 月底，全市有效发明专利 2318 件。（市场监管局）\n";
//! let doc = Document::parse(text);
//! let kinds: Vec<BlockKind> = doc.blocks().iter().map(|b| b.kind).collect();
//! use BlockKind::{Brief, Passage};
//! assert_eq!(kinds, [Passage, Brief, Passage, Passage, Brief]);
//! let first = &doc.blocks()[1];
//! assert_eq!(doc.headline_text(first).as_deref(), Some("全市快递业务量突破 2 亿件"));
//! assert_eq!(first.body.len(), 2);
//! assert!(text[first.body[1].clone()].starts_with("同比增长"));
//! let second = &doc.blocks()[4];
//! assert_eq!(second.headline, None);
//! assert!(text[second.body[0].clone()].starts_with("截至 12 月底"));
//! ```
//!
//! # Rules
//!
//! Terms: a *blank* is an ASCII space, a tab, U+3000 or U+00A0; *whitespace*
//! is anything [`char::is_whitespace`] accepts (line breaks included); a
//! *digit* is an ASCII or a full-width digit. A *gap* is a maximal
//! whitespace run inside a line or across line breaks that holds two or
//! more blanks in all (`  `, `  \n\n`, ` \n\n `). PDF damage adds at most
//! one blank after a digit, so a gap is *strong* unless it follows a digit
//! and holds exactly two blanks; then it is *weak* (`第 8  位` is a damaged
//! `第 8 位`, `第 5  全年` may be a printed gap). Single blanks (`我 市 经
//! 济`, `10.4 个`) and bare line breaks are never gaps.
//!
//! 1. **Source marker.** `（X）` in full-width parentheses ends a brief when
//!    X, with whitespace at its edges ignored and line breaks inside it
//!    (with any blanks around them) removed, has 2–16 characters, no other
//!    whitespace, no digit ([`char::is_numeric`]), no punctuation, and ends
//!    with one of `局 办 关 部 委 厅 院 会 室 处 站 所 中心 社 报 台 司 队 组
//!    办公室 署 行 府 馆 团 校 协会 联` (`（人行南阳市中心支行）`); when only blanks follow `）` on its line; and when the
//!    nearest non-whitespace character before `（` (possibly on an earlier
//!    line, a furniture stretch of rule 5 passed over) is `。`, `！`, `？`,
//!    `；` or `”`. The block's
//!    [`source`](Block::source) is X as printed; [`Document::source_text`]
//!    gives it with the line breaks removed.
//! 2. **Brief start and headline.** Markers form a *run* when each is at
//!    most 20 000 bytes and 300 lines holding text (blank lines are not
//!    counted) after the end of the previous one. Inside a run a brief starts right after the
//!    previous marker. Furniture stretches and spaced-out headings at the
//!    brief start are passed over first (rule 5). Its headline is the text from the brief start to
//!    the first strong gap, when that text has none of `，。；！？：`, has at
//!    most 60 non-whitespace characters and does not start with a
//!    spaced-out heading (rule 3); it may span line breaks and weak gaps.
//!    When there is no such strong gap, the first weak gap ends the
//!    headline instead when the text before it (same limits) holds at least
//!    4 CJK characters and the text after it starts with a digit or holds
//!    at least 6 non-whitespace characters before the next `，。；！？：、（）`
//!    (a number's unit pushed off by damage is short and followed by clause
//!    punctuation: `居全省第 8  位。`). Without a headline the body starts
//!    at the brief start.
//!
//!    For the first marker of a run, the brief start is found by scanning
//!    lines backwards from the marker (not past the previous marker, 300
//!    lines holding text or 20 000 bytes) for the nearest *paragraph start* from which
//!    the headline rule finds a headline: a non-empty line that is the
//!    first after the scan limit, or follows a non-empty line ending in
//!    `。！？；` or a furniture stretch (rule 5), or is a *block start*. A block start is a line whose text
//!    is preceded by a line break directly followed by a blank (a PDF block
//!    start such as ` 前移 5 个位次。`; the blank may stand alone on its
//!    line when damage broke the line after it), or that begins with a
//!    blank right at the scan limit; its first character is not a digit
//!    (damage puts a blank before numbers) and does not continue a
//!    letter-spaced run (a single CJK character with a blank before the
//!    line break and a blank or its line's end after it, as in
//!    `进 出 口\n\n 双 增 长` or the broken heading `短   \n\n 讯`). When no
//!    such line is found the brief starts at the start of the paragraph
//!    holding the last sentence before the marker: lines are walked back
//!    from the line of that sentence's final punctuation and the paragraph
//!    starts at the first block start, or the first line whose previous
//!    non-empty line ends with `。！？；` or a furniture stretch, or at the
//!    scan limit. The headline
//!    rule is then applied from that start.
//! 3. **Interleaved column.** A *spaced-out heading* starts a line and is
//!    made of two or more tokens, each a single CJK character, separated by
//!    whitespace runs holding two or more blanks (line breaks may come in
//!    between), and ends its line (`动   态   短   讯`, or broken by damage
//!    `动 \n\n  态   短   讯`). When one lies in a brief's body, the text
//!    from its start up to the next
//!    *resumption* is another article's column: it is cut out of the body
//!    and becomes its own [`BlockKind::Passage`] block. A resumption is the
//!    text of a block start (rule 2): a whitespace run holding a line break
//!    directly followed by a blank, whose next character is neither a digit
//!    nor a letter-spaced continuation. The first resumption after the
//!    heading whose previous non-whitespace character is one of `。！？；”`
//!    (the column's last sentence is finished) is taken; when there is none,
//!    the first resumption of any kind; when there is none either, only the
//!    heading is cut. A brief's body therefore has one piece per uncut
//!    stretch.
//! 4. **Passages.** Every maximal stretch outside briefs that holds
//!    non-whitespace text becomes one [`BlockKind::Passage`] block whose
//!    single body piece is that stretch.
//! 5. **Page furniture.** A *furniture line* is a line whose trimmed text
//!    is
//!    - a page number printed with dashes: one run of at most four digits
//!      with only blanks and dashes `- － — – ― ─ ━` around (`— 44 —`,
//!      `- 44 -`);
//!    - a *bullet title*: it starts with `● ■ ◆ ▲`, has at most 30
//!      non-whitespace characters and none of `，。；！？：` (`●动态短讯`);
//!    - a *dated header*: the same limits, and it ends with an issue date
//!      after CJK text: `YYYY.MM` (year 19xx or 20xx, month 1–12) or
//!      `YYYY 年第 N 期` (`南阳市人民政府公报 2022.02`);
//!    - a *running header*: 5–30 non-whitespace characters, some CJK, no
//!      punctuation, not followed by a gap (a headline may stand alone on
//!      its line), whose text without whitespace is printed as a whole
//!      line at least three times in the input, or twice when the line
//!      holding text before or after it is a furniture line, a spaced-out
//!      heading, or one of the next kind; prints only count when the
//!      lines before them differ (text repeated whole, such as a brief
//!      printed twice, makes no header);
//!    - next to a furniture line or a spaced-out heading: a bare page
//!      number (`45`), a line of dashes alone, or a bare issue date
//!      (`2022.02`).
//!
//!    Two lines that damage broke out of one are read as one line (first
//!    a lone bullet mark and a bullet title after it; else two lines
//!    without punctuation whose join, whitespace removed, is printed
//!    elsewhere as a whole line, which counts as one more print; else a
//!    line without punctuation and a line ending with an issue date that
//!    join to a dated header): `●\n\n动态短讯`, `南阳市人民政府\n\n公报`,
//!    `南阳市人民政\n\n府公报 2022.02`. Furniture lines in a row (blank
//!    lines between them) form a *furniture stretch*. At a brief start
//!    (rule 2) furniture stretches and spaced-out headings are passed over
//!    before the headline is looked for, and join the passage before the
//!    brief; a spaced-out heading is passed over only when a headline
//!    follows it (otherwise rule 3 cuts it from the body). A furniture
//!    stretch that starts a line inside a brief's body (a page break) is
//!    cut out like a column and becomes its own [`BlockKind::Passage`]
//!    block. Passages are never split by furniture. Repeats are counted
//!    once for the whole input.
//!
//! All pieces are trimmed of whitespace at their edges; empty pieces are
//! dropped. Blocks are sorted by their first byte. Parsing is linear in the
//! input (up to a logarithmic factor for looking up furniture), needs no
//! regex, and never panics.

use crate::text::chars::{fold_full_width, is_cjk, tidy};
use std::collections::HashMap;
use std::ops::Range;

/// Markers at most this many bytes after the previous marker continue its run.
const MAX_RUN_BYTES: usize = 20_000;
/// Markers at most this many lines after the previous marker continue its run.
const MAX_RUN_LINES: usize = 300;
/// How far before a possible source marker page furniture is looked for:
/// a brief and the column cut into it fit in this; the markers of a run
/// of briefs chain their windows.
const FURNITURE_WINDOW_BEFORE: usize = 8_000;
/// How far after it (the next brief's head).
const FURNITURE_WINDOW_AFTER: usize = 4_000;
/// The longest headline, in non-whitespace characters.
const MAX_HEADLINE_CHARS: usize = 60;
/// A headline ended by a weak gap holds at least this many CJK characters.
const MIN_WEAK_HEADLINE_CJK: usize = 4;
/// After a weak gap that ends a headline, at least this many characters come
/// before the next clause punctuation (unless a digit comes first).
const MIN_AFTER_WEAK_GAP: usize = 6;
/// Characters a headline never contains.
const HEADLINE_STOPS: [char; 6] = ['，', '。', '；', '！', '？', '：'];
/// Punctuation that ends the text after a weak gap (a clause or a list item).
const CLAUSE_STOPS: [char; 11] = [
    '，', '。', '；', '！', '？', '：', '、', '（', '）', '(', ')',
];
/// What must precede a source marker.
const SENTENCE_FINAL: [char; 5] = ['。', '！', '？', '；', '”'];
/// What ends a paragraph when it ends a line.
const PARAGRAPH_FINAL: [char; 4] = ['。', '！', '？', '；'];
/// Endings of an agency name in a source marker.
const AGENCY_SUFFIXES: &[&str] = &[
    "局",
    "办",
    "关",
    "部",
    "委",
    "厅",
    "院",
    "会",
    "室",
    "处",
    "站",
    "所",
    "中心",
    "社",
    "报",
    "台",
    "司",
    "队",
    "组",
    "办公室",
    "署",
    "行",
    "府",
    "馆",
    "团",
    "校",
    "协会",
    "联",
];
/// The most characters read between `（` and `）` (line breaks included).
const MAX_MARKER_CHARS: usize = 64;
/// The most tokens in a spaced-out heading.
const MAX_HEADING_TOKENS: usize = 16;
/// The most characters in one separator of a spaced-out heading.
const MAX_HEADING_SEPARATOR: usize = 16;
/// The most non-whitespace characters in a bullet title or running header.
const MAX_FURNITURE_CHARS: usize = 30;
/// The fewest non-whitespace characters in a running header.
const MIN_HEADER_CHARS: usize = 5;
/// A running header printed this often is one wherever it stands.
const MIN_HEADER_REPEATS: usize = 3;
/// What a bullet section title starts with.
const BULLETS: [char; 4] = ['●', '■', '◆', '▲'];
/// Dashes printed around a page number.
const PAGE_DASHES: [char; 7] = ['-', '－', '—', '–', '―', '─', '━'];
/// Full-width parentheses, three bytes each in UTF-8.
const OPEN: char = '（';
const CLOSE: char = '）';

/// What a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A news brief closed by a source marker such as `（市统计局）`.
    Brief,
    /// Any other text: running articles, tables, an interleaved column.
    Passage,
}

/// A run of text that records are read from, with byte ranges into the
/// original input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Whether this is a brief or other text.
    pub kind: BlockKind,
    /// The brief's title (trimmed of surrounding whitespace), if any. Only
    /// briefs have one.
    pub headline: Option<Range<usize>>,
    /// The body text pieces in reading order (original byte ranges). Usually
    /// one piece; several when another article's column was cut out of the
    /// middle. Excludes the headline and the trailing source marker.
    pub body: Vec<Range<usize>>,
    /// The credited agency, without its parentheses: `市统计局` of
    /// `（市统计局）`, as printed (a line break inside stays). Only briefs
    /// have one.
    pub source: Option<Range<usize>>,
}

impl Block {
    /// The first byte of the block: where it sorts in the document.
    fn first_byte(&self) -> usize {
        self.headline
            .iter()
            .chain(self.body.iter())
            .chain(self.source.iter())
            .map(|r| r.start)
            .min()
            .unwrap_or(0)
    }
}

/// An input text split into [`Block`]s (see the [module docs](self) for the
/// rules).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document<'t> {
    text: &'t str,
    blocks: Vec<Block>,
    /// Sources printed with a line break inside: `(start of the source
    /// range, the name without whitespace)`, by start.
    joined_sources: Vec<(usize, String)>,
}

impl<'t> Document<'t> {
    /// Splits `text` into briefs and passages. Linear in the input; never
    /// panics.
    pub fn parse(text: &'t str) -> Document<'t> {
        let furniture = Furniture::find(text);
        let markers = find_markers(text, &furniture);
        let mut blocks = Vec::with_capacity(2 * markers.len() + 1);
        let mut joined_sources = Vec::new();
        let mut covered = 0; // end of the last brief (its marker)
        let mut prev_end: Option<usize> = None;
        for m in &markers {
            let in_run = prev_end.is_some_and(|e| {
                m.open.saturating_sub(e) <= MAX_RUN_BYTES
                    && text.get(e..m.open).map_or(0, count_lines) <= MAX_RUN_LINES
            });
            let start = match prev_end {
                Some(e) if in_run => e,
                _ => first_of_run_start(text, &furniture, prev_end.unwrap_or(0), m.open),
            };
            let (head, headline) = brief_head(text, &furniture, start, m.open);
            push_passage(text, covered..head, &mut blocks);
            build_brief(text, &furniture, head, headline, m, &mut blocks);
            let name = &text[m.source.clone()];
            if name.contains(char::is_whitespace) {
                let joined = name.chars().filter(|c| !c.is_whitespace()).collect();
                joined_sources.push((m.source.start, joined));
            }
            covered = m.end;
            prev_end = Some(m.end);
        }
        push_passage(text, covered..text.len(), &mut blocks);
        blocks.sort_by_key(Block::first_byte);
        Document {
            text,
            blocks,
            joined_sources,
        }
    }

    /// The input text all ranges point into.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The blocks, in document order (sorted by first byte).
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The headline with whitespace tidied: full-width digits and `％` become
    /// ASCII, whitespace between two non-ASCII characters is removed, any
    /// other whitespace run inside becomes one space.
    /// `"我 市 经 济 总 量 首 次 突 破 4000 亿 元"` → `"我市经济总量首次突破 4000 亿元"`;
    /// `"全年工业投资增速高于全省 １０.４  个百\n\n分点"` →
    /// `"全年工业投资增速高于全省 10.4 个百分点"`.
    pub fn headline_text(&self, block: &Block) -> Option<String> {
        let range = block.headline.clone()?;
        Some(tidy(self.text.get(range)?))
    }

    /// The credited agency, e.g. `市统计局`, with any line break printed
    /// inside it removed (`（政报编\n\n辑部）` → `政报编辑部`).
    pub fn source_text(&self, block: &Block) -> Option<&str> {
        let range = block.source.clone()?;
        let raw = self.text.get(range.clone())?;
        if !raw.contains(char::is_whitespace) {
            return Some(raw);
        }
        match self
            .joined_sources
            .binary_search_by_key(&range.start, |(start, _)| *start)
        {
            Ok(i) => Some(self.joined_sources[i].1.as_str()),
            Err(_) => Some(raw),
        }
    }
}

/// A source marker `（X）` found in the text.
#[derive(Debug)]
struct Marker {
    /// Byte offset of `（`.
    open: usize,
    /// Byte offset just after `）`.
    end: usize,
    /// X, trimmed of whitespace.
    source: Range<usize>,
}

fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}')
}

/// An ASCII or a full-width digit.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c as u32,
            0xA1..=0xBF | 0xD7 | 0xF7 | 0x2000..=0x206F | 0x2E00..=0x2E7F | 0x3001..=0x303F
            | 0x30FB | 0xFE10..=0xFE6F | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40
            | 0xFF5B..=0xFF65)
}

/// Counts lines holding text (damage adds line breaks, blank lines
/// above all).
fn count_lines(s: &str) -> usize {
    s.split('\n').filter(|l| !l.trim().is_empty()).count()
}

/// The smallest char boundary at or after `i`.
fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

/// Start of the line holding byte `pos`, not before `floor`.
fn line_start(text: &str, floor: usize, pos: usize) -> usize {
    text[floor..pos]
        .rfind('\n')
        .map_or(floor, |i| floor + i + 1)
}

/// End of the line holding byte `pos` (the `\n`, or `limit`).
fn line_end(text: &str, pos: usize, limit: usize) -> usize {
    text[pos..limit].find('\n').map_or(limit, |i| pos + i)
}

/// Where `word` stands in `text`, in order. (A SIMD substring search: a
/// full-width bracket's last byte is common in CJK text, so a search for
/// that byte alone stops at many characters.)
fn positions<'t>(text: &'t str, word: &'static str) -> impl Iterator<Item = usize> + 't {
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes())
}

/// Every source marker (rule 1), in order.
fn find_markers(text: &str, furniture: &Furniture) -> Vec<Marker> {
    let mut out = Vec::new();
    for open in positions(text, "（") {
        if let Some(m) = marker_at(text, furniture, open) {
            out.push(m);
        }
    }
    out
}

fn marker_at(text: &str, furniture: &Furniture, open: usize) -> Option<Marker> {
    // The agency name up to `）`.
    let inner_start = open + OPEN.len_utf8();
    let mut close = None;
    for (n, (i, c)) in text[inner_start..].char_indices().enumerate() {
        if c == CLOSE {
            close = Some(inner_start + i);
            break;
        }
        if c == OPEN || n > MAX_MARKER_CHARS {
            return None;
        }
    }
    let close = close?;
    let raw = &text[inner_start..close];
    let name = raw.trim();
    let lead = raw.len() - raw.trim_start().len();
    let source = inner_start + lead..inner_start + lead + name.len();
    // Whitespace inside only as part of a line break.
    let mut joined = String::with_capacity(name.len());
    let mut run_has_break: Option<bool> = None; // inside a whitespace run
    for c in name.chars() {
        if c.is_whitespace() {
            let brk = run_has_break.unwrap_or(false) || c == '\n';
            run_has_break = Some(brk);
            continue;
        }
        if run_has_break == Some(false) {
            return None;
        }
        run_has_break = None;
        joined.push(c);
    }
    let chars = joined.chars().count();
    if !(2..=16).contains(&chars)
        || joined.chars().any(|c| c.is_numeric() || is_punct(c))
        || !AGENCY_SUFFIXES.iter().any(|s| joined.ends_with(s))
    {
        return None;
    }
    // Nothing but blanks after it on its line.
    let end = close + CLOSE.len_utf8();
    if !text[end..]
        .chars()
        .take_while(|&c| c != '\n')
        .all(|c| is_blank(c) || c == '\r')
    {
        return None;
    }
    // A finished sentence before it, page furniture passed over.
    let mut before = text[..open].trim_end();
    if let Some(start) = furniture.ending_at(before.len()) {
        before = text[..start].trim_end();
    }
    let before = before.chars().next_back()?;
    if !SENTENCE_FINAL.contains(&before) {
        return None;
    }
    Some(Marker { open, end, source })
}

/// A headline found from some start.
struct Headline {
    range: Range<usize>,
    /// Where the text after the gap starts.
    after_gap: usize,
}

/// What is known of the text after the first weak gap (rule 2).
#[derive(Clone, Copy, PartialEq, Eq)]
enum AfterWeak {
    /// Still counting characters before clause punctuation.
    Counting(usize),
    /// The weak gap may end the headline.
    Fits,
    /// It may not.
    Fails,
}

/// Rule 2: the text from `from` (leading whitespace skipped) to the first
/// strong gap before `to`, or else to the first weak gap, if it qualifies
/// as a headline.
fn find_headline(text: &str, from: usize, to: usize) -> Option<Headline> {
    let start = headline_start(text, from, to)?;
    let mut scan = HeadlineScan::new(start);
    let mut iter = text[start..to].char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let at = start + i;
        if c.is_whitespace() {
            let (blanks, run_end) = whitespace_run(&mut iter, start, at, c);
            if blanks < 2 {
                continue;
            }
            if run_end >= to {
                // Nothing after the gap but the marker.
                break;
            }
            if let Some(strong) = scan.gap(text, blanks, run_end) {
                return Some(strong);
            }
            continue;
        }
        if !scan.headline_char(c, at) {
            break;
        }
    }
    scan.weak_headline()
}

/// Where a headline from `from` would start (leading whitespace skipped),
/// unless nothing is left before `to` or a spaced-out heading starts there.
fn headline_start(text: &str, from: usize, to: usize) -> Option<usize> {
    let region = &text[from..to];
    let lead = region.len() - region.trim_start().len();
    let start = from + lead;
    if start >= to {
        return None;
    }
    // A headline never starts with a spaced-out heading.
    if spaced_heading_end(text, start, to).is_some() {
        return None;
    }
    Some(start)
}

/// Reads the whitespace run that starts with `c` at byte `at` (the
/// characters of `iter` are offsets from `start`): the blanks it holds, and
/// the byte where it ends.
fn whitespace_run(
    iter: &mut std::iter::Peekable<std::str::CharIndices<'_>>,
    start: usize,
    at: usize,
    c: char,
) -> (usize, usize) {
    let mut blanks = usize::from(is_blank(c));
    let mut run_end = at + c.len_utf8();
    while let Some(&(j, d)) = iter.peek() {
        if !d.is_whitespace() {
            break;
        }
        blanks += usize::from(is_blank(d));
        run_end = start + j + d.len_utf8();
        iter.next();
    }
    (blanks, run_end)
}

/// The first weak gap of a headline scan (rule 2).
#[derive(Clone, Copy)]
struct WeakGap {
    /// The end of the headline it would end.
    end: usize,
    /// The end of the gap.
    after_gap: usize,
    /// What follows it.
    after: AfterWeak,
}

/// What a headline scan (rule 2) has read so far.
struct HeadlineScan {
    /// Where the headline starts.
    start: usize,
    /// Non-whitespace characters read.
    count: usize,
    /// CJK characters read.
    cjk: usize,
    /// End of the last non-whitespace char.
    last: usize,
    /// The last non-whitespace char is a digit.
    prev_digit: bool,
    /// The first weak gap, once one is read after enough CJK characters.
    weak: Option<WeakGap>,
}

impl HeadlineScan {
    /// A scan from `start`, nothing read.
    fn new(start: usize) -> HeadlineScan {
        HeadlineScan {
            start,
            count: 0,
            cjk: 0,
            last: start,
            prev_digit: false,
            weak: None,
        }
    }

    /// A gap holding `blanks` blanks ends at `run_end`: the headline when
    /// the gap is strong; a weak gap is noted when it is the first one after
    /// enough CJK characters.
    fn gap(&mut self, text: &str, blanks: usize, run_end: usize) -> Option<Headline> {
        if !self.prev_digit || blanks >= 3 {
            return Some(Headline {
                range: self.start..self.last,
                after_gap: run_end,
            });
        }
        if self.weak.is_none() && self.cjk >= MIN_WEAK_HEADLINE_CJK {
            let digit_next = text[run_end..].chars().next().is_some_and(is_digit);
            let after = if digit_next {
                AfterWeak::Fits
            } else {
                AfterWeak::Counting(0)
            };
            self.weak = Some(WeakGap {
                end: self.last,
                after_gap: run_end,
                after,
            });
        }
        None
    }

    /// Reads the non-whitespace character `c` at byte `at`; `false` when
    /// the headline cannot go on (a stop or too many characters).
    fn headline_char(&mut self, c: char, at: usize) -> bool {
        if let Some(weak) = &mut self.weak {
            weak.after = weak.after.then(c);
        }
        if HEADLINE_STOPS.contains(&c) {
            return false;
        }
        self.count += 1;
        if self.count > MAX_HEADLINE_CHARS {
            return false;
        }
        self.cjk += usize::from(is_cjk(c));
        self.prev_digit = is_digit(c);
        self.last = at + c.len_utf8();
        true
    }

    /// The headline ended by the first weak gap, when what follows fits.
    fn weak_headline(&self) -> Option<Headline> {
        match self.weak {
            Some(WeakGap {
                end,
                after_gap,
                after: AfterWeak::Fits,
            }) => Some(Headline {
                range: self.start..end,
                after_gap,
            }),
            _ => None,
        }
    }
}

impl AfterWeak {
    /// What is known once the character `c` after the weak gap is read.
    fn then(self, c: char) -> AfterWeak {
        match self {
            AfterWeak::Counting(n) => {
                if CLAUSE_STOPS.contains(&c) {
                    AfterWeak::Fails
                } else if n + 1 >= MIN_AFTER_WEAK_GAP {
                    AfterWeak::Fits
                } else {
                    AfterWeak::Counting(n + 1)
                }
            }
            known => known,
        }
    }
}

/// Rule 3: when a spaced-out heading starts on the line at `ls` (leading
/// blanks skipped) and ends before `limit`, the end of its last token.
/// Reads a bounded number of characters.
fn spaced_heading_end(text: &str, ls: usize, limit: usize) -> Option<usize> {
    let s = text.get(ls..limit)?;
    let mut chars = s.char_indices().peekable();
    while chars.peek().is_some_and(|&(_, c)| is_blank(c) || c == '\r') {
        chars.next();
    }
    let mut tokens = 0;
    loop {
        let (i, c) = chars.next()?;
        if !is_cjk(c) {
            return None;
        }
        tokens += 1;
        if tokens > MAX_HEADING_TOKENS {
            return None;
        }
        let end = (tokens >= 2).then_some(ls + i + c.len_utf8());
        // The separator after the token.
        let (mut blanks, mut breaks, mut n) = (0, 0, 0);
        while let Some(&(_, d)) = chars.peek() {
            if !d.is_whitespace() {
                break;
            }
            n += 1;
            if n > MAX_HEADING_SEPARATOR {
                return if breaks > 0 { end } else { None };
            }
            blanks += usize::from(is_blank(d));
            breaks += usize::from(d == '\n');
            chars.next();
        }
        let Some(&(j, d)) = chars.peek() else {
            return end;
        };
        let next_is_token = blanks >= 2
            && is_cjk(d)
            && s[j + d.len_utf8()..]
                .chars()
                .next()
                .is_none_or(char::is_whitespace);
        if !next_is_token {
            // The heading ends its line.
            return if breaks > 0 { end } else { None };
        }
    }
}

/// Whether `line` is a whole spaced-out heading.
#[cfg(test)]
fn is_spaced_heading(line: &str) -> bool {
    spaced_heading_end(line, 0, line.len()).is_some_and(|e| line[e..].trim().is_empty())
}

/// Rule 5: page furniture, found once for the whole input.
#[derive(Debug, Default)]
struct Furniture {
    /// Maximal runs of furniture lines (blank lines between them included),
    /// from the first non-whitespace byte of the first line to the end of
    /// the last line's text, in order and disjoint.
    stretches: Vec<Range<usize>>,
}

/// For each running header candidate (the hash of its text without
/// whitespace), the hashes of the distinct lines printed before it, up to
/// [`PRINTS_NEEDED`]: a line counts as printed again only after a different
/// line, so text that is repeated whole (a brief printed twice) does not
/// look like a header. Keys are 64-bit FNV-1a hashes: no allocation per
/// line, and a collision would need two different short lines to agree on
/// 64 bits.
type Prints = HashMap<u64, Vec<u64>>;

/// The most prints worth counting (a header needs three).
const PRINTS_NEEDED: usize = 3;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a over the non-whitespace characters of `s`, continuing from `h`
/// (so the hash of two joined lines continues the first line's).
fn squashed_hash(mut h: u64, s: &str) -> u64 {
    for c in s.chars().filter(|c| !c.is_whitespace()) {
        for b in (c as u32).to_le_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Records one print of `key` after the line `before`.
fn add_print(prints: &mut Prints, key: u64, before: &str) {
    let seen = prints.entry(key).or_default();
    let before = squashed_hash(FNV_OFFSET, before);
    if seen.len() < PRINTS_NEEDED && !seen.contains(&before) {
        seen.push(before);
    }
}

/// What a line is, for rule 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    /// A page number with dashes, a bullet title or a dated header.
    Furniture,
    /// A bare page number (`45`), a dash or a bare issue date (`2022.02`):
    /// furniture only next to other furniture.
    Weak,
    /// A short line that is a running header if it repeats.
    Candidate,
    /// Part of a spaced-out heading.
    Heading,
    Other,
}

/// One line holding text.
struct Line {
    /// Its text, trimmed of whitespace.
    range: Range<usize>,
    kind: LineKind,
    /// Whether it is short and free of punctuation.
    plain: bool,
    /// Its text without whitespace (candidates only).
    key: Option<u64>,
}

/// Windows of whole lines around every `）` that ends its line (a possible
/// source marker), merged where they overlap.
fn marker_windows(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for at in positions(text, "）") {
        let rest = &text[at + CLOSE.len_utf8()..];
        let line_rest = &rest[..rest.find('\n').unwrap_or(rest.len())];
        if !line_rest.trim().is_empty() {
            continue;
        }
        // An agency name before it (`…局）`), line breaks allowed.
        let name_end = text[..at].trim_end();
        if !AGENCY_SUFFIXES.iter().any(|sfx| name_end.ends_with(sfx)) {
            continue;
        }
        let mut start = at.saturating_sub(FURNITURE_WINDOW_BEFORE);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let mut end = (at + FURNITURE_WINDOW_AFTER).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        let end = text[end..].find('\n').map_or(text.len(), |i| end + i + 1);
        match out.last_mut() {
            Some(last) if start <= last.end => last.end = last.end.max(end),
            _ => out.push(start..end),
        }
    }
    out
}

impl Furniture {
    /// The furniture of `text`, looked for only near possible source
    /// markers: it matters only for finding briefs, and reading every line
    /// of a long document for it would cost more than the rest of the
    /// layout pass. A window runs from [`FURNITURE_WINDOW_BEFORE`] bytes
    /// before a line-final `）` to [`FURNITURE_WINDOW_AFTER`] after it, cut
    /// to whole lines; overlapping windows merge.
    fn find(text: &str) -> Furniture {
        let mut stretches = Vec::new();
        for w in marker_windows(text) {
            let found = Furniture::find_in(&text[w.clone()]);
            stretches.extend(
                found
                    .stretches
                    .into_iter()
                    .map(|r| r.start + w.start..r.end + w.start),
            );
        }
        Furniture { stretches }
    }

    /// The furniture of a whole slice, every line read.
    fn find_in(text: &str) -> Furniture {
        let (lines, mut prints) = read_lines(text);
        let mut lines = join_broken_headers(text, lines, &mut prints);
        mark_furniture(text, &mut lines, &prints);
        Furniture {
            stretches: furniture_stretches(&lines),
        }
    }

    /// The end of the stretch that starts at `at`, if one does.
    fn starting_at(&self, at: usize) -> Option<usize> {
        let i = self.stretches.partition_point(|r| r.start < at);
        self.stretches
            .get(i)
            .filter(|r| r.start == at)
            .map(|r| r.end)
    }

    /// The start of the stretch that ends at `at`, if one does.
    fn ending_at(&self, at: usize) -> Option<usize> {
        let i = self.stretches.partition_point(|r| r.end < at);
        self.stretches
            .get(i)
            .filter(|r| r.end == at)
            .map(|r| r.start)
    }
}

/// Every line of `text` holding text, with its kind (rule 5), and the
/// prints of every running header candidate.
fn read_lines(text: &str) -> (Vec<Line>, Prints) {
    let mut lines: Vec<Line> = Vec::with_capacity(text.len() / 24);
    let mut prints = Prints::new();
    let mut heading_end = 0; // end of the last spaced-out heading
    let mut ls = 0;
    while ls < text.len() {
        let le = line_end(text, ls, text.len());
        if let Some(range) = trimmed(text, ls..le) {
            let (kind, plain) = if range.start < heading_end {
                (LineKind::Heading, false)
            } else if let Some(end) = spaced_heading_end(text, ls, text.len()) {
                heading_end = end;
                (LineKind::Heading, false)
            } else {
                classify(&text[range.clone()])
            };
            let key = (kind == LineKind::Candidate)
                .then(|| squashed_hash(FNV_OFFSET, &text[range.clone()]));
            if let Some(key) = key {
                let before = lines.last().map_or("", |l: &Line| &text[l.range.clone()]);
                add_print(&mut prints, key, before);
            }
            lines.push(Line {
                range,
                kind,
                plain,
                key,
            });
        }
        ls = le + 1;
    }
    (lines, prints)
}

/// Rule 5: marks as furniture the running headers and the weak lines next
/// to furniture.
fn mark_furniture(text: &str, lines: &mut [Line], prints: &Prints) {
    // Headers printed three times or more; then bare page numbers and
    // the like next to furniture; then headers printed twice next to
    // furniture.
    for l in lines.iter_mut() {
        if l.kind == LineKind::Candidate
            && print_count(prints, l) >= MIN_HEADER_REPEATS
            && is_header_line(text, l)
        {
            l.kind = LineKind::Furniture;
        }
    }
    mark_weak_near_furniture(lines);
    let weak_or_strong = [LineKind::Furniture, LineKind::Heading, LineKind::Weak];
    for i in 0..lines.len() {
        if lines[i].kind == LineKind::Candidate
            && print_count(prints, &lines[i]) >= 2
            && is_header_line(text, &lines[i])
            && is_near(lines, i, &weak_or_strong)
        {
            lines[i].kind = LineKind::Furniture;
        }
    }
    mark_weak_near_furniture(lines);
}

/// Marks as furniture the weak lines next to furniture or a spaced-out
/// heading, forwards then backwards (so runs of them spread both ways).
fn mark_weak_near_furniture(lines: &mut [Line]) {
    let strong = [LineKind::Furniture, LineKind::Heading];
    for i in (0..lines.len()).chain((0..lines.len()).rev()) {
        if lines[i].kind == LineKind::Weak && is_near(lines, i, &strong) {
            lines[i].kind = LineKind::Furniture;
        }
    }
}

/// How often the text of `l` is printed (0 for a line that is no candidate).
fn print_count(prints: &Prints, l: &Line) -> usize {
    l.key.map_or(0, |k| prints[&k].len())
}

/// The line before or after line `i` is of one of `kinds`.
fn is_near(lines: &[Line], i: usize, kinds: &[LineKind]) -> bool {
    let prev = i.checked_sub(1).map(|j| lines[j].kind);
    let next = lines.get(i + 1).map(|l| l.kind);
    prev.is_some_and(|k| kinds.contains(&k)) || next.is_some_and(|k| kinds.contains(&k))
}

/// `l` is not followed by a gap, so it may be a header.
fn is_header_line(text: &str, l: &Line) -> bool {
    // A candidate followed by a gap may be a headline (`标题  正文`).
    let rest = &text[l.range.end..];
    let gap = &rest[..rest.len() - rest.trim_start().len()];
    gap.chars().filter(|&c| is_blank(c)).count() < 2
}

/// The maximal runs of furniture lines among `lines`.
fn furniture_stretches(lines: &[Line]) -> Vec<Range<usize>> {
    let mut stretches: Vec<Range<usize>> = Vec::new();
    let mut prev_furniture = false;
    for l in lines {
        let furniture = l.kind == LineKind::Furniture;
        if furniture {
            match stretches.last_mut() {
                Some(last) if prev_furniture => last.end = l.range.end,
                _ => stretches.push(l.range.clone()),
            }
        }
        prev_furniture = furniture;
    }
    stretches
}

/// `s` without whitespace.
fn squashed(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Rule 5: two lines that make one header when joined, as damage breaks
/// them (`南阳市人民政府\n\n公报`, `南阳市人民政\n\n府公报 2022.02`,
/// `●\n\n动态短讯`), become one line: a candidate when the join is printed
/// elsewhere as a whole line (and counts as one more print), furniture
/// when it is a dated header or a bullet title.
fn join_broken_headers(text: &str, lines: Vec<Line>, prints: &mut Prints) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut iter = lines.into_iter().peekable();
    while let Some(mut l) = iter.next() {
        let Some(m) = iter.peek() else {
            out.push(l);
            break;
        };
        let (l_text, m_text) = (&text[l.range.clone()], &text[m.range.clone()]);
        // A bullet alone on its line: its title follows.
        let lone_bullet = l_text.chars().count() == 1 && l_text.starts_with(BULLETS);
        if lone_bullet
            && line_kind(&squashed(&text[l.range.start..m.range.end])) == LineKind::Furniture
        {
            l.range.end = m.range.end;
            iter.next();
            out.push(l);
            continue;
        }
        let joinable = !matches!(l.kind, LineKind::Furniture | LineKind::Heading)
            && m.kind != LineKind::Heading
            && l.plain
            && (m.plain || m.kind == LineKind::Furniture);
        if joinable {
            let joined = squashed_hash(squashed_hash(FNV_OFFSET, l_text), m_text);
            let merged = if m.plain && prints.contains_key(&joined) {
                let before = out.last().map_or("", |p: &Line| &text[p.range.clone()]);
                add_print(prints, joined, before);
                l.kind = LineKind::Candidate;
                l.key = Some(joined);
                true
            } else if issue_prefix(m_text) == Some(true)
                && line_kind(&squashed(&text[l.range.start..m.range.end])) == LineKind::Furniture
            {
                l.kind = LineKind::Furniture;
                l.key = None;
                true
            } else {
                false
            };
            if merged {
                l.range.end = m.range.end;
                iter.next();
            }
        }
        out.push(l);
    }
    out
}

/// Rule 5 for one line's trimmed text.
fn line_kind(s: &str) -> LineKind {
    classify(s).0
}

/// Rule 5 for one line's trimmed text: its kind, and whether it is short
/// and free of punctuation (possibly a piece of a header broken over
/// lines). One pass over the line, stopped early on long lines.
fn classify(s: &str) -> (LineKind, bool) {
    let (mut chars, mut cjk, mut punct, mut digit) = (0, false, false, false);
    for c in s.chars() {
        // Most characters are ideographs: no blank, stop, mark or digit.
        if is_cjk(c) {
            chars += 1;
            if chars > MAX_FURNITURE_CHARS {
                return (LineKind::Other, false);
            }
            cjk = true;
            continue;
        }
        if c.is_whitespace() {
            continue;
        }
        chars += 1;
        if chars > MAX_FURNITURE_CHARS || HEADLINE_STOPS.contains(&c) {
            return (LineKind::Other, false);
        }
        punct |= is_punct(c);
        digit |= is_digit(c);
    }
    let plain = !punct;
    if !cjk {
        if let Some(dashed) = page_number(s) {
            let kind = if dashed {
                LineKind::Furniture
            } else {
                LineKind::Weak
            };
            return (kind, plain);
        }
    }
    if digit {
        match issue_prefix(s) {
            Some(true) => return (LineKind::Furniture, plain),
            Some(false) => return (LineKind::Weak, plain),
            None => {}
        }
    }
    if s.starts_with(BULLETS) {
        return (LineKind::Furniture, plain);
    }
    if chars >= MIN_HEADER_CHARS && cjk && plain {
        return (LineKind::Candidate, plain);
    }
    (LineKind::Other, plain)
}

/// Whether `s` is a page number (`— 44 —`, `- 44 -`, `44`): one run of at
/// most four digits with only blanks and dashes around; `Some(true)` when
/// a dash is printed. A line of dashes alone (a page number broken by
/// damage) is `Some(false)`.
fn page_number(s: &str) -> Option<bool> {
    let mut runs = 0;
    let mut digits = 0;
    let mut in_digits = false;
    let mut dashed = false;
    for c in s.chars() {
        if is_digit(c) {
            digits += 1;
            runs += usize::from(!in_digits);
            in_digits = true;
            continue;
        }
        in_digits = false;
        if PAGE_DASHES.contains(&c) {
            dashed = true;
        } else if !(is_blank(c) || c == '\r') {
            return None;
        }
    }
    match runs {
        0 => dashed.then_some(false),
        1 if digits <= 4 => Some(dashed),
        _ => None,
    }
}

/// Whether `s` ends with an issue date, `2022.02` (a year and a month) or
/// `2022 年第 1 期`: `Some(true)` when CJK text comes before it (a dated
/// header), `Some(false)` when nothing does.
fn issue_prefix(s: &str) -> Option<bool> {
    let squashed: Vec<char> = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '０'..='９' | '．' => fold_full_width(c).map(char::from).unwrap_or(c),
            c => c,
        })
        .collect();
    let digits_back = |end: usize| {
        squashed[..end]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut end = squashed.len();
    if squashed.last() == Some(&'期') {
        // `YYYY 年第 N 期`.
        let n = digits_back(end - 1);
        if !(1..=3).contains(&n) || end < n + 7 || squashed[end - 2 - n] != '第' {
            return None;
        }
        end -= n + 2;
        if squashed[end - 1] != '年' || digits_back(end - 1) != 4 {
            return None;
        }
        end -= 5;
    } else {
        // `YYYY.MM`.
        let month = digits_back(end);
        if !(1..=2).contains(&month) || end < month + 5 {
            return None;
        }
        let dot = end - month - 1;
        let year = digits_back(dot);
        if !matches!(squashed[dot], '.' | '/') || year != 4 {
            return None;
        }
        let m: u32 = squashed[dot + 1..end]
            .iter()
            .filter_map(|c| c.to_digit(10))
            .fold(0, |a, d| a * 10 + d);
        let y = &squashed[dot - 4..dot];
        if !(1..=12).contains(&m) || !matches!((y[0], y[1]), ('1', '9') | ('2', '0')) {
            return None;
        }
        end = dot - 4;
    }
    if end == 0 {
        Some(false)
    } else {
        squashed[..end].iter().any(|&c| is_cjk(c)).then_some(true)
    }
}

/// Whether the line break before `b` (the first non-whitespace character
/// after it) sits inside a letter-spaced run: a single CJK character between
/// blanks on each side (`进 出 口\n\n 双 增 长`).
fn inside_letter_spacing(text: &str, floor: usize, b: usize) -> bool {
    let mut after = text[b..].chars();
    let spaced_after =
        after.next().is_some_and(is_cjk) && after.next().is_none_or(char::is_whitespace);
    if !spaced_after {
        return false;
    }
    let before = text[floor..b].trim_end();
    let mut back = before.chars().rev();
    back.next().is_some_and(is_cjk) && back.next().is_some_and(is_blank)
}

/// Rule 2: whether the non-empty line at `ls` begins with a blank followed
/// by text that is not a digit and does not continue a letter-spaced run.
/// The blank may stand alone before a line break inserted after it.
fn is_block_start(text: &str, floor: usize, ls: usize, limit: usize) -> bool {
    let line = &text[ls..line_end(text, ls, limit)];
    let rest = line.trim_start();
    let b = ls + (line.len() - rest.len());
    if rest.is_empty() || rest.starts_with(is_digit) || inside_letter_spacing(text, floor, b) {
        return false;
    }
    // The whitespace before the text holds a line break and then a blank.
    let run_start = floor + text[floor..b].trim_end().len();
    let run = &text[run_start..b];
    (run_start == floor && run.starts_with(is_blank)) || break_then_blank(run)
}

/// Whether a line break in `s` is directly followed by a blank.
fn break_then_blank(s: &str) -> bool {
    let mut after_break = false;
    for c in s.chars() {
        if after_break && is_blank(c) {
            return true;
        }
        after_break = c == '\n';
    }
    false
}

/// Rule 2: whether the non-empty line at `ls` starts a paragraph.
fn is_paragraph_start(
    text: &str,
    furniture: &Furniture,
    floor: usize,
    ls: usize,
    limit: usize,
) -> bool {
    let before = text[floor..ls].trim_end();
    before.is_empty()
        || before.ends_with(PARAGRAPH_FINAL)
        || furniture.ending_at(floor + before.len()).is_some()
        || is_block_start(text, floor, ls, limit)
}

/// Rules 2 and 5: where the headline search of a brief starting at
/// `start` begins, past page furniture and section headings, and the
/// headline found there. A section heading is only passed over when a
/// headline follows; otherwise the search begins at the heading (which
/// rule 3 then cuts from the body).
fn brief_head(
    text: &str,
    furniture: &Furniture,
    start: usize,
    to: usize,
) -> (usize, Option<Headline>) {
    let mut head = start;
    let mut first_heading = None;
    loop {
        let rest = &text[head..to];
        let at = head + (rest.len() - rest.trim_start().len());
        if at >= to {
            break;
        }
        if let Some(end) = furniture.starting_at(at).filter(|&e| e <= to) {
            head = end;
        } else if let Some(end) = spaced_heading_end(text, at, to) {
            first_heading.get_or_insert(at);
            head = end;
        } else {
            break;
        }
    }
    match (find_headline(text, head, to), first_heading) {
        (Some(h), _) => (head, Some(h)),
        (None, Some(heading)) => (heading, None),
        (None, None) => (head, None),
    }
}

/// Rule 2 for the first marker of a run: where its brief starts.
fn first_of_run_start(text: &str, furniture: &Furniture, prev_end: usize, open: usize) -> usize {
    let floor = prev_end.max(ceil_boundary(text, open.saturating_sub(MAX_RUN_BYTES)));
    // The nearest paragraph start a headline is found from.
    let mut le = open;
    let mut ls = line_start(text, floor, le);
    let mut lines = 0;
    loop {
        if !text[ls..le].trim().is_empty() {
            if is_paragraph_start(text, furniture, floor, ls, open)
                && brief_head(text, furniture, ls, open).1.is_some()
            {
                return ls;
            }
            lines += 1;
        }
        if ls <= floor || lines > MAX_RUN_LINES {
            break;
        }
        le = ls - 1;
        ls = line_start(text, floor, le);
    }
    // The paragraph of the last sentence before the marker.
    let before = text[floor..open].trim_end();
    if before.is_empty() {
        return floor;
    }
    // Just after the final punctuation (never a line break).
    let mut ls = line_start(text, floor, floor + before.len());
    let mut lines = 0;
    loop {
        if ls <= floor || is_block_start(text, floor, ls, open) || lines > MAX_RUN_LINES {
            return ls;
        }
        // The previous non-empty line.
        let prev_text = text[floor..ls].trim_end();
        if prev_text.is_empty() {
            return ls;
        }
        if prev_text.ends_with(PARAGRAPH_FINAL)
            || furniture.ending_at(floor + prev_text.len()).is_some()
        {
            return ls;
        }
        lines += 1;
        ls = line_start(text, floor, floor + prev_text.len());
    }
}

/// Rule 3: every resumption in `from..to`, as the offset of the character
/// after it: `(after a finished sentence, any)`.
fn resumptions(text: &str, from: usize, to: usize) -> (Vec<usize>, Vec<usize>) {
    let (mut finished, mut any) = (Vec::new(), Vec::new());
    let mut prev: Option<char> = None; // the last non-whitespace char
    let mut in_run = false;
    let mut blank_led = false; // the run holds a line break then a blank
    let mut after_break = false;
    for (i, c) in text[from..to].char_indices() {
        if c.is_whitespace() {
            in_run = true;
            if after_break && is_blank(c) {
                blank_led = true;
            }
            after_break = c == '\n';
            continue;
        }
        let at = from + i;
        if in_run && blank_led && !is_digit(c) && !inside_letter_spacing(text, from, at) {
            if let Some(p) = prev {
                any.push(at);
                if SENTENCE_FINAL.contains(&p) {
                    finished.push(at);
                }
            }
        }
        in_run = false;
        blank_led = false;
        after_break = false;
        prev = Some(c);
    }
    (finished, any)
}

/// Rules 2, 3 and 5: the brief from `head` (with the headline found there)
/// to marker `m`, plus any cut-out column or page furniture as passages.
fn build_brief(
    text: &str,
    furniture: &Furniture,
    head: usize,
    headline: Option<Headline>,
    m: &Marker,
    blocks: &mut Vec<Block>,
) {
    let (headline, body_start) = match headline {
        Some(h) => (Some(h.range), h.after_gap),
        None => (None, head),
    };
    let stretches = &furniture.stretches;
    let mut next_stretch = stretches.partition_point(|r| r.start < body_start);
    let body_end = m.open.max(body_start);
    let (finished, any) = resumptions(text, body_start, body_end);
    let (mut next_finished, mut next_any) = (0, 0);
    let mut body = Vec::new();
    let mut piece = body_start;
    let mut cur = body_start; // a line start, or the body start
    while cur < body_end {
        let le = line_end(text, cur, body_end);
        // Page furniture on this line: cut it out (rule 5).
        let line = &text[cur..le];
        let at = cur + (line.len() - line.trim_start().len());
        while stretches.get(next_stretch).is_some_and(|r| r.start < at) {
            next_stretch += 1;
        }
        if let Some(r) = stretches
            .get(next_stretch)
            .filter(|r| r.start == at && r.end <= body_end)
        {
            push_piece(text, piece..cur, &mut body);
            push_passage(text, cur..r.end, blocks);
            piece = r.end;
            cur = line_end(text, r.end, body_end) + 1;
            continue;
        }
        let Some(heading_end) = spaced_heading_end(text, cur, body_end) else {
            cur = le + 1;
            continue;
        };
        while finished
            .get(next_finished)
            .is_some_and(|&r| r < heading_end)
        {
            next_finished += 1;
        }
        while any.get(next_any).is_some_and(|&r| r < heading_end) {
            next_any += 1;
        }
        let resumption = finished
            .get(next_finished)
            .or_else(|| any.get(next_any))
            .copied();
        // Cut up to the resumption, else the heading only.
        let cut_end = resumption.unwrap_or(heading_end);
        push_piece(text, piece..cur, &mut body);
        push_passage(text, cur..cut_end, blocks);
        piece = cut_end;
        cur = line_end(text, cut_end, body_end) + 1;
    }
    push_piece(text, piece..body_end, &mut body);
    blocks.push(Block {
        kind: BlockKind::Brief,
        headline,
        body,
        source: Some(m.source.clone()),
    });
}

/// Trims `range` of whitespace and pushes it unless empty.
fn push_piece(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    if let Some(r) = trimmed(text, range) {
        out.push(r);
    }
}

fn trimmed(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let s = text.get(range.clone())?;
    let t = s.trim_start();
    let start = range.start + (s.len() - t.len());
    let t = t.trim_end();
    (!t.is_empty()).then(|| start..start + t.len())
}

/// Pushes the stretch as a passage block if it holds any text.
fn push_passage(text: &str, range: Range<usize>, blocks: &mut Vec<Block>) {
    if let Some(r) = trimmed(text, range) {
        blocks.push(Block {
            kind: BlockKind::Passage,
            headline: None,
            body: vec![r],
            source: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaced_heading() {
        assert!(is_spaced_heading("动   态   短   讯"));
        assert!(is_spaced_heading("  动　　态  \r"));
        assert!(!is_spaced_heading("动 态 短 讯"));
        assert!(!is_spaced_heading("动态   短讯"));
        assert!(!is_spaced_heading("动"));
        assert!(!is_spaced_heading("5   6"));
    }

    #[test]
    fn furniture_lines() {
        assert_eq!(page_number("— 44 —"), Some(true));
        assert_eq!(page_number("- ４４ -"), Some(true));
        assert_eq!(page_number(" 45 "), Some(false));
        assert_eq!(page_number("—"), Some(false));
        assert_eq!(page_number("12345"), None);
        assert_eq!(page_number("4 5"), None);
        assert_eq!(page_number("45 个"), None);
        assert_eq!(issue_prefix("南阳市人民政府公报 2022.02"), Some(true));
        assert_eq!(
            issue_prefix("南阳市人民政府公报 2022 年第 1 期"),
            Some(true)
        );
        assert_eq!(issue_prefix("２０２２．０２"), Some(false));
        assert_eq!(issue_prefix("2022 年第 12 期"), Some(false));
        assert_eq!(issue_prefix("全年完成 2021.13"), None);
        assert_eq!(issue_prefix("第 1 期"), None);
        assert_eq!(issue_prefix("增长 12.6"), None);
        assert_eq!(line_kind("●动态短讯"), LineKind::Furniture);
        assert_eq!(line_kind("●全市增长 5%，居全省第 3 位。"), LineKind::Other);
        assert_eq!(line_kind("南阳市人民政府公报"), LineKind::Candidate);
        assert_eq!(line_kind("全市"), LineKind::Other);
        assert_eq!(line_kind("专精特新”企业和制造业单项"), LineKind::Other);
    }

    #[test]
    fn tidy_examples() {
        assert_eq!(
            tidy("我 市 经 济 总 量 首 次 突 破 4000 亿 元"),
            "我市经济总量首次突破 4000 亿元"
        );
        assert_eq!(
            tidy("全年工业投资增速高于全省 10.4 个百\n\n分点"),
            "全年工业投资增速高于全省 10.4 个百分点"
        );
        assert_eq!(tidy("GDP  growth"), "GDP growth");
    }
}
