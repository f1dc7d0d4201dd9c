//! Traditional script: a copy of the text in simplified characters, for
//! the stages that match words (SPEC §3: traditional script `億`, `萬`,
//! `預計`, `增長` is read like simplified).
//!
//! Every pair in [`PAIRS`] maps one BMP ideograph to one BMP ideograph, so
//! both are three bytes in UTF-8 and the copy has the same byte offsets as
//! its source: spans found in it need no map. Only the characters that the
//! word tables of the attach stage and the statistics vocabulary use are
//! listed; the rest is copied unchanged.
//!
//! | text | simplified |
//! |---|---|
//! | `預計全年生產總值增長百分之十` | `预计全年生产总值增长百分之十` |
//! | `與上半年相比,分別提高` | `与上半年相比,分别提高` |
//! | `全年全市生产总值` | unchanged (borrowed) |

use crate::text::chars::three_byte_char;
use std::borrow::Cow;

/// Traditional characters and their simplified forms, position by position.
const PAIRS: (&str, &str) = (
    "預計劃標規劃實現達將為與較並從於對後當經濟農貿營稅財資銀價準構結數據報導國門書記說們來時間點長種糧穩壓減隨際歲務優勢億萬歷網環節應專層級類項運輸電氣車場鐵橋廠線適開總體況帶動稱擴產業區縣廳辦員會進兩幾這統發佈顯獲關額個質費現佔連續創積極邊發齡戶籍遊藝術畝噸處臺輛塊條隻頭裡裏濟築屬權證險團貸納稅幣餘錢貨庫設鄉鎮級參標準顯著強勢擴張龍黃雲漢滬蘇閩贛魯豫鄂湘粵瓊渝黔陝隴寧遼吉黑蒙臺灣門澳倉儲務費貢獻率別約過僅機遠傳視聽覺內",
    "预计划标规划实现达将为与较并从于对后当经济农贸营税财资银价准构结数据报导国门书记说们来时间点长种粮稳压减随际岁务优势亿万历网环节应专层级类项运输电气车场铁桥厂线适开总体况带动称扩产业区县厅办员会进两几这统发布显获关额个质费现占连续创积极边发龄户籍游艺术亩吨处台辆块条只头里里济筑属权证险团贷纳税币余钱货库设乡镇级参标准显著强势扩张龙黄云汉沪苏闽赣鲁豫鄂湘粤琼渝黔陕陇宁辽吉黑蒙台湾门澳仓储务费贡献率别约过仅机远传视听觉内",
);

/// [`PAIRS`] as `(traditional, simplified)`, sorted for binary search.
static TABLE: std::sync::LazyLock<Vec<(char, char)>> = std::sync::LazyLock::new(|| {
    let (trad, simp) = PAIRS;
    let mut table: Vec<(char, char)> = trad
        .chars()
        .zip(simp.chars())
        .filter(|(t, s)| t != s)
        .collect();
    table.sort_unstable();
    table.dedup_by_key(|p| p.0);
    table
});

/// Which BMP characters are in [`TABLE`], one bit each: the check for most
/// characters of simplified text.
static BITS: std::sync::LazyLock<Box<[u64; 1024]>> = std::sync::LazyLock::new(|| {
    let mut bits = Box::new([0u64; 1024]);
    for &(t, _) in TABLE.iter() {
        let code = t as usize;
        bits[code / 64] |= 1 << (code % 64);
    }
    bits
});

/// The simplified form of a traditional character, if it has one here.
fn simplify(c: char) -> Option<char> {
    let code = c as usize;
    if code >= 0x10000 || BITS[code / 64] & (1 << (code % 64)) == 0 {
        return None;
    }
    let table = &*TABLE;
    table
        .binary_search_by_key(&c, |p| p.0)
        .ok()
        .map(|i| table[i].1)
}

/// `text` with every traditional character of [`PAIRS`] replaced by its
/// simplified form, at the same byte offsets; borrowed when nothing changes.
/// (The records stage calls [`simplified_from`]: the prefilter's pass
/// finds the first traditional character.)
#[cfg(test)]
pub(crate) fn simplified(text: &str) -> Cow<'_, str> {
    simplified_from(text, first_traditional(text))
}

/// [`simplified`], told where the first traditional character of `text`
/// is (`None`: there is none), as a scan that already read every
/// character finds it ([`is_traditional`]).
pub(crate) fn simplified_from(text: &str, first: Option<usize>) -> Cow<'_, str> {
    let Some(first) = first else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    for c in text[first..].chars() {
        out.push(if is_candidate(c) {
            simplify(c).unwrap_or(c)
        } else {
            c
        });
    }
    debug_assert_eq!(out.len(), text.len());
    Cow::Owned(out)
}

/// Whether the character with code point `code` is in [`TABLE`].
pub(crate) fn is_traditional(code: u32) -> bool {
    let code = code as usize;
    code < 0x10000 && BITS[code / 64] >> (code % 64) & 1 != 0
}

/// The byte offset of the first character of `text` in [`TABLE`]: one
/// pass over the bytes, decoding only three-byte sequences (every
/// character of the table is one).
pub(crate) fn first_traditional(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i + 2 < bytes.len() {
        let lead = bytes[i];
        if lead & 0xF0 != 0xE0 {
            // ASCII, a two- or four-byte lead, or a continuation byte:
            // none starts a character of the table.
            i += 1;
            continue;
        }
        if is_traditional(three_byte_char(bytes, i)) {
            return Some(i);
        }
        i += 3;
    }
    None
}

/// `text` without the pinyin glosses some reposts insert after characters
/// (`預(yù)計` → `預計`, `發(fā)展` → `發展`): a bracket of lowercase Latin
/// letters, tone marks included. Borrowed when there is none.
pub(crate) fn without_glosses(text: &str) -> Cow<'_, str> {
    if !text.contains('(') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let inner = &rest[open + 1..];
        let close = inner.find(')');
        let gloss = close.filter(|&c| {
            c > 0
                && inner[..c]
                    .chars()
                    .all(|ch| ch.is_lowercase() && !is_candidate(ch))
        });
        out.push_str(&rest[..open]);
        match gloss {
            Some(c) => rest = &inner[c + 1..],
            None => {
                out.push('(');
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// A cheap pre-check: only BMP ideographs are in the table.
fn is_candidate(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_line_up_and_keep_byte_lengths() {
        let (trad, simp) = PAIRS;
        assert_eq!(trad.chars().count(), simp.chars().count());
        for (t, s) in trad.chars().zip(simp.chars()) {
            assert_eq!(t.len_utf8(), s.len_utf8(), "{t}{s}");
        }
    }

    #[test]
    fn examples() {
        for (text, want) in [
            (
                "預計全年生產總值增長百分之十",
                "预计全年生产总值增长百分之十",
            ),
            ("與上半年相比,分別提高", "与上半年相比,分别提高"),
            ("全年全市生产总值", "全年全市生产总值"),
        ] {
            assert_eq!(simplified(text), want);
        }
        assert!(matches!(simplified("全年全市生产总值"), Cow::Borrowed(_)));
        assert_eq!(first_traditional("a1,全年億"), Some(9));
        assert_eq!(first_traditional("增长5.6%𠀀é"), None);
        assert_eq!(without_glosses("預(yù)計全年發(fā)展"), "預計全年發展");
        assert_eq!(
            without_glosses("地区生产总值(GDP)增长(见表一)"),
            "地区生产总值(GDP)增长(见表一)"
        );
    }
}
