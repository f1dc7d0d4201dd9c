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
//! # Rules
//!
//! Terms: a *blank* is an ASCII space, a tab, U+3000 or U+00A0; *whitespace*
//! is anything [`char::is_whitespace`] accepts (line breaks included). A
//! *gap* is a run of two or more blanks that is followed, on the same line,
//! by a non-blank character, or that ends the line. Single blanks (`我 市 经
//! 济`, `10.4 个`) are never gaps.
//!
//! 1. **Source marker.** `（X）` in full-width parentheses ends a brief when
//!    X (blanks at its edges ignored) has 2–16 characters, no blank inside,
//!    no digit ([`char::is_numeric`]), no punctuation, and ends with one of
//!    `局 办 关 部 委 厅 院 会 室 处 站 所 中心 社 报 台 司 队 组 办公室 署`;
//!    when only blanks follow `）` on its line; and when the nearest
//!    non-whitespace character before `（` (possibly on an earlier line) is
//!    `。`, `！`, `？`, `；` or `”`. The block's [`source`](Block::source) is X.
//! 2. **Brief start and headline.** Markers form a *run* when each is at
//!    most 20 000 bytes and 300 lines (blank lines included) after the end
//!    of the previous one. Inside a run a brief starts right after the
//!    previous marker. Its headline is the text from the brief start to the
//!    first gap, when that text has none of `，。；！？：`, has at most 60
//!    non-whitespace characters, and its first line is not a spaced-out
//!    heading (rule 3); the headline may span line breaks. Without such a
//!    gap the brief has no headline and its body starts at the brief start.
//!
//!    For the first marker of a run, the brief start is found by scanning
//!    lines backwards from the marker (not past the previous marker, 300
//!    lines or 20 000 bytes) for the nearest *headline line*: a line whose
//!    text up to its first gap would be a headline, that has non-blank text
//!    after that gap, and that is not a spaced-out heading. The brief starts
//!    at the start of that line, so such a headline is a single line. When
//!    no headline line is found the brief starts at the start of the
//!    paragraph holding the last sentence before the marker: lines are
//!    walked back from the line of that sentence's final punctuation and the
//!    paragraph starts at the first line that begins with a blank, or whose
//!    previous non-empty line ends with `。！？；`, or at the scan limit. The
//!    headline rule above is then applied from that start.
//! 3. **Interleaved column.** A *spaced-out heading* is a line made of two
//!    or more tokens, each a single CJK character, separated by runs of two
//!    or more blanks (`动   态   短   讯`). When one lies in a brief's body,
//!    the text from the start of its line up to the next line that begins
//!    with a blank (a PDF block start such as ` 前移 5 个位次。`) is another
//!    article's column: it is cut out of the body and becomes its own
//!    [`BlockKind::Passage`] block. When no blank-led line follows before
//!    the marker only the heading line is cut. A brief's body therefore has
//!    one piece per uncut stretch.
//! 4. **Passages.** Every maximal stretch outside briefs that holds
//!    non-whitespace text becomes one [`BlockKind::Passage`] block whose
//!    single body piece is that stretch.
//!
//! All pieces are trimmed of whitespace at their edges; empty pieces are
//! dropped. Blocks are sorted by their first byte. Parsing is linear in the
//! input, needs no regex, and never panics.

use std::ops::Range;

/// Markers at most this many bytes after the previous marker continue its run.
const MAX_RUN_BYTES: usize = 20_000;
/// Markers at most this many lines after the previous marker continue its run.
const MAX_RUN_LINES: usize = 300;
/// The longest headline, in non-whitespace characters.
const MAX_HEADLINE_CHARS: usize = 60;
/// Characters a headline never contains.
const HEADLINE_STOPS: [char; 6] = ['，', '。', '；', '！', '？', '：'];
/// What must precede a source marker.
const SENTENCE_FINAL: [char; 5] = ['。', '！', '？', '；', '”'];
/// What ends a paragraph when it ends a line.
const PARAGRAPH_FINAL: [char; 4] = ['。', '！', '？', '；'];
/// Endings of an agency name in a source marker.
const AGENCY_SUFFIXES: [&str; 21] = [
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
];
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
    /// `（市统计局）`. Only briefs have one.
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
}

impl<'t> Document<'t> {
    /// Splits `text` into briefs and passages. Linear in the input; never
    /// panics.
    pub fn parse(text: &'t str) -> Document<'t> {
        let markers = find_markers(text);
        let mut blocks = Vec::with_capacity(2 * markers.len() + 1);
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
            covered = m.end;
            prev_end = Some(m.end);
        }
        push_passage(text, covered..text.len(), &mut blocks);
        blocks.sort_by_key(Block::first_byte);
        Document { text, blocks }
    }

    /// The input text all ranges point into.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The blocks, in document order (sorted by first byte).
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The headline with whitespace tidied: whitespace between two non-ASCII
    /// characters is removed, any other whitespace run inside becomes one
    /// space. `"我 市 经 济 总 量 首 次 突 破 4000 亿 元"` →
    /// `"我市经济总量首次突破 4000 亿元"`; `"全年工业投资增速高于全省 10.4 个百\n\n分点"`
    /// → `"全年工业投资增速高于全省 10.4 个百分点"`.
    pub fn headline_text(&self, block: &Block) -> Option<String> {
        let range = block.headline.clone()?;
        Some(tidy(self.text.get(range)?))
    }

    /// The credited agency, e.g. `市统计局`.
    pub fn source_text(&self, block: &Block) -> Option<&'t str> {
        self.text.get(block.source.clone()?)
    }
}

/// A source marker `（X）` found in the text.
#[derive(Debug)]
struct Marker {
    /// Byte offset of `（`.
    open: usize,
    /// Byte offset just after `）`.
    end: usize,
    /// X, trimmed of blanks.
    source: Range<usize>,
}

fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}')
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

/// Counts line breaks.
fn count_lines(s: &str) -> usize {
    s.bytes().filter(|&b| b == b'\n').count()
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
        if c == OPEN || c == '\n' || n > 24 {
            return None;
        }
    }
    let close = close?;
    let raw = &text[inner_start..close];
    let name = raw.trim_matches(is_blank);
    let lead = raw.len() - raw.trim_start_matches(is_blank).len();
    let source = inner_start + lead..inner_start + lead + name.len();
    let chars = name.chars().count();
    if !(2..=16).contains(&chars)
        || name
            .chars()
            .any(|c| c.is_whitespace() || c.is_numeric() || is_punct(c))
        || !AGENCY_SUFFIXES.iter().any(|s| name.ends_with(s))
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
    /// The gap ends its line (no text after it on that line).
    at_eol: bool,
}

/// Rule 2: the text from `from` (leading whitespace skipped) to the first
/// gap before `to`, if it qualifies as a headline.
fn find_headline(text: &str, from: usize, to: usize) -> Option<Headline> {
    let region = &text[from..to];
    let lead = region.len() - region.trim_start().len();
    let start = from + lead;
    if start >= to {
        return None;
    }
    // The first line of a headline is never a spaced-out heading.
    let first_line_end = line_end(text, start, text.len());
    if is_spaced_heading(&text[start..first_line_end]) {
        return None;
    }
    let mut count = 0;
    let mut last = start; // end of the last non-whitespace char
    let mut iter = text[start..to].char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let at = start + i;
        if is_blank(c) {
            let mut run_end = at + c.len_utf8();
            let mut run = 1;
            while let Some(&(j, d)) = iter.peek() {
                if !is_blank(d) {
                    break;
                }
                run += 1;
                run_end = start + j + d.len_utf8();
                iter.next();
            }
            if run < 2 {
                continue;
            }
            let next = text[run_end..].chars().next();
            let at_eol = matches!(next, None | Some('\n' | '\r'));
            if run_end >= to && !at_eol {
                return None;
            }
            if count == 0 {
                return None;
            }
            return Some(Headline {
                range: start..last,
                after_gap: run_end,
                at_eol,
            });
        }
        if c.is_whitespace() {
            continue;
        }
        if HEADLINE_STOPS.contains(&c) {
            return None;
        }
        count += 1;
        if count > MAX_HEADLINE_CHARS {
            return None;
        }
        last = at + c.len_utf8();
    }
    None
}

/// Rule 3: `动   态   短   讯`.
fn is_spaced_heading(line: &str) -> bool {
    let line = line.trim_matches(|c| is_blank(c) || c == '\r');
    let mut tokens = 0;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if !is_cjk(c) {
            return false;
        }
        tokens += 1;
        let mut blanks = 0;
        while chars.peek().is_some_and(|&d| is_blank(d)) {
            blanks += 1;
            chars.next();
        }
        match chars.peek() {
            None => break,
            Some(_) if blanks < 2 => return false,
            Some(_) => {}
        }
    }
    tokens >= 2
}

/// Whether a line begins with a blank and holds text (a PDF block start).
fn is_block_start(line: &str) -> bool {
    line.starts_with(is_blank) && !line.trim().is_empty()
}

/// Rule 2 for the first marker of a run: where its brief starts.
fn first_of_run_start(text: &str, prev_end: usize, open: usize) -> usize {
    let floor = prev_end.max(ceil_boundary(text, open.saturating_sub(MAX_RUN_BYTES)));
    // The nearest headline line.
    let mut le = open;
    let mut ls = line_start(text, floor, le);
    let mut lines = 0;
    loop {
        let line = &text[ls..le];
        if !line.trim().is_empty() && !is_spaced_heading(line) {
            if let Some(h) = find_headline(text, ls, le) {
                if !h.at_eol && h.after_gap < le {
                    return ls;
                }
            }
        }
        lines += 1;
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
        let le = line_end(text, ls, open);
        if ls <= floor || is_block_start(&text[ls..le]) || lines > MAX_RUN_LINES {
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
        let prev_end = floor + prev_text.len();
        lines += count_lines(&text[prev_end..ls]);
        ls = line_start(text, floor, prev_end);
    }
}

/// Rules 2 and 3: the brief from `start` to marker `m`, plus any cut-out
/// column as a passage.
fn build_brief(text: &str, start: usize, m: &Marker, blocks: &mut Vec<Block>) {
    let (headline, body_start) = match find_headline(text, start, m.open) {
        Some(h) => (Some(h.range), h.after_gap),
        None => (None, start),
    };
    let body_end = m.open.max(body_start);
    let mut body = Vec::new();
    let mut piece = body_start;
    let mut cur = body_start;
    // No blank-led line starts at or after this offset (keeps scans linear).
    let mut no_block_start_after = body_end;
    while cur < body_end {
        let le = line_end(text, cur, body_end);
        if is_spaced_heading(&text[cur..le]) {
            // Cut up to the next blank-led line, else the heading line only.
            let mut cut_end = le;
            let mut n = le + 1;
            while n < no_block_start_after.min(body_end) {
                let ne = line_end(text, n, body_end);
                if is_block_start(&text[n..ne]) {
                    cut_end = n;
                    break;
                }
                n = ne + 1;
            }
            if cut_end == le {
                no_block_start_after = no_block_start_after.min(le + 1);
            }
            push_piece(text, piece..cur, &mut body);
            push_passage(text, cur..cut_end, blocks);
            piece = cut_end;
            cur = if cut_end == le { le + 1 } else { cut_end };
            continue;
        }
        cur = le + 1;
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

/// Removes whitespace between two non-ASCII chars, collapses other inner
/// whitespace runs to one space, trims the ends.
fn tidy(s: &str) -> String {
    let s = s.trim();
    let mut out = String::with_capacity(s.len());
    let mut pending_ws = false;
    for c in s.chars() {
        if c.is_whitespace() {
            pending_ws = true;
            continue;
        }
        if pending_ws {
            let prev_ascii = out.chars().next_back().is_some_and(|p| p.is_ascii());
            if prev_ascii || c.is_ascii() {
                out.push(' ');
            }
            pending_ws = false;
        }
        out.push(c);
    }
    out
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
