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
//!    line) is `。`, `！`, `？`, `；` or `”`. The block's
//!    [`source`](Block::source) is X as printed; [`Document::source_text`]
//!    gives it with the line breaks removed.
//! 2. **Brief start and headline.** Markers form a *run* when each is at
//!    most 20 000 bytes and 300 lines holding text (blank lines are not
//!    counted) after the end of the previous one. Inside a run a brief starts right after the
//!    previous marker. Its headline is the text from the brief start to
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
//!    `。！？；`, or is a *block start*. A block start is a line whose text
//!    is preceded by a line break directly followed by a blank (a PDF block
//!    start such as ` 前移 5 个位次。`; the blank may stand alone on its
//!    line when damage broke the line after it), or that begins with a
//!    blank right at the scan limit; its first character is not a digit
//!    (damage puts a blank before numbers) and does not continue a
//!    letter-spaced run (a single CJK character between blanks on both
//!    sides of the line break, as in `进 出 口\n\n 双 增 长`). When no
//!    such line is found the brief starts at the start of the paragraph
//!    holding the last sentence before the marker: lines are walked back
//!    from the line of that sentence's final punctuation and the paragraph
//!    starts at the first block start, or the first line whose previous
//!    non-empty line ends with `。！？；`, or at the scan limit. The headline
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
//!
//! All pieces are trimmed of whitespace at their edges; empty pieces are
//! dropped. Blocks are sorted by their first byte. Parsing is linear in the
//! input, needs no regex, and never panics.

use crate::clause::tidy;
use std::ops::Range;

/// Markers at most this many bytes after the previous marker continue its run.
const MAX_RUN_BYTES: usize = 20_000;
/// Markers at most this many lines after the previous marker continue its run.
const MAX_RUN_LINES: usize = 300;
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
        let markers = find_markers(text);
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
                _ => first_of_run_start(text, prev_end.unwrap_or(0), m.open),
            };
            push_passage(text, covered..start, &mut blocks);
            build_brief(text, start, m, &mut blocks);
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

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
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

/// Every source marker (rule 1), in order.
fn find_markers(text: &str) -> Vec<Marker> {
    let mut out = Vec::new();
    for (open, _) in text.match_indices(OPEN) {
        if let Some(m) = marker_at(text, open) {
            out.push(m);
        }
    }
    out
}

fn marker_at(text: &str, open: usize) -> Option<Marker> {
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
    // A finished sentence before it.
    let before = text[..open].trim_end().chars().next_back()?;
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
    let mut count = 0;
    let mut cjk = 0;
    let mut last = start; // end of the last non-whitespace char
    let mut prev_digit = false;
    // The first weak gap: (end of the headline, end of the gap), and what
    // follows it.
    let mut weak: Option<(usize, usize, AfterWeak)> = None;
    let mut iter = text[start..to].char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let at = start + i;
        if c.is_whitespace() {
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
            if blanks < 2 {
                continue;
            }
            if run_end >= to {
                // Nothing after the gap but the marker.
                break;
            }
            if !prev_digit || blanks >= 3 {
                return Some(Headline {
                    range: start..last,
                    after_gap: run_end,
                });
            }
            if weak.is_none() && cjk >= MIN_WEAK_HEADLINE_CJK {
                let digit_next = text[run_end..].chars().next().is_some_and(is_digit);
                let after = if digit_next {
                    AfterWeak::Fits
                } else {
                    AfterWeak::Counting(0)
                };
                weak = Some((last, run_end, after));
            }
            continue;
        }
        if let Some((_, _, after)) = &mut weak {
            if let AfterWeak::Counting(n) = *after {
                *after = if CLAUSE_STOPS.contains(&c) {
                    AfterWeak::Fails
                } else if n + 1 >= MIN_AFTER_WEAK_GAP {
                    AfterWeak::Fits
                } else {
                    AfterWeak::Counting(n + 1)
                };
            }
        }
        if HEADLINE_STOPS.contains(&c) {
            break;
        }
        count += 1;
        if count > MAX_HEADLINE_CHARS {
            break;
        }
        cjk += usize::from(is_cjk(c));
        prev_digit = is_digit(c);
        last = at + c.len_utf8();
    }
    match weak {
        Some((end, after_gap, AfterWeak::Fits)) => Some(Headline {
            range: start..end,
            after_gap,
        }),
        _ => None,
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

/// Whether the line break before `b` (the first non-whitespace character
/// after it) sits inside a letter-spaced run: a single CJK character between
/// blanks on each side (`进 出 口\n\n 双 增 长`).
fn inside_letter_spacing(text: &str, floor: usize, b: usize) -> bool {
    let mut after = text[b..].chars();
    let spaced_after = after.next().is_some_and(is_cjk) && after.next().is_some_and(is_blank);
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
fn is_paragraph_start(text: &str, floor: usize, ls: usize, limit: usize) -> bool {
    let before = text[floor..ls].trim_end();
    before.is_empty() || before.ends_with(PARAGRAPH_FINAL) || is_block_start(text, floor, ls, limit)
}

/// Rule 2 for the first marker of a run: where its brief starts.
fn first_of_run_start(text: &str, prev_end: usize, open: usize) -> usize {
    let floor = prev_end.max(ceil_boundary(text, open.saturating_sub(MAX_RUN_BYTES)));
    // The nearest paragraph start a headline is found from.
    let mut le = open;
    let mut ls = line_start(text, floor, le);
    let mut lines = 0;
    loop {
        if !text[ls..le].trim().is_empty() {
            if is_paragraph_start(text, floor, ls, open) && find_headline(text, ls, open).is_some()
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
        if prev_text.ends_with(PARAGRAPH_FINAL) {
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

/// Rules 2 and 3: the brief from `start` to marker `m`, plus any cut-out
/// column as a passage.
fn build_brief(text: &str, start: usize, m: &Marker, blocks: &mut Vec<Block>) {
    let (headline, body_start) = match find_headline(text, start, m.open) {
        Some(h) => (Some(h.range), h.after_gap),
        None => (None, start),
    };
    let body_end = m.open.max(body_start);
    let (finished, any) = resumptions(text, body_start, body_end);
    let (mut next_finished, mut next_any) = (0, 0);
    let mut body = Vec::new();
    let mut piece = body_start;
    let mut cur = body_start; // a line start, or the body start
    while cur < body_end {
        let le = line_end(text, cur, body_end);
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
