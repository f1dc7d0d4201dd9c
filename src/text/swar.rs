//! Word-at-a-time byte search: a scan that passes most bytes unread
//! (normalisation) tests eight bytes at once for the few that matter, with plain integer arithmetic (no `unsafe`, no
//! target features).
//!
//! A scan describes the bytes it stops at as a [`Flags`] function: given
//! eight bytes as a little-endian `u64`, it returns a word with the high
//! bit of each byte set where that byte may matter. Built from
//! [`zero_bytes`] and [`below`], the lowest flag is exact (borrows only
//! ever flag bytes above a true one), so [`first_flagged`] lands on the
//! first byte that may matter.
//!
//! | flags | bytes | first flagged |
//! |---|---|---|
//! | `equal(v, 0xEF)` | `"增长5%，"` | 8 (the `，`, led by `EF`) |
//! | `below(v, 0x21)` | `"全市 GDP"` | 6 (the space) |

/// Eight bytes in, the high bit of each byte that may matter out.
pub(crate) type Flags = fn(u64) -> u64;

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of every zero byte of `v` (exact for the lowest one).
#[inline]
pub(crate) fn zero_bytes(v: u64) -> u64 {
    v.wrapping_sub(ONES) & !v & HIGHS
}

/// The high bit of every byte of `v` equal to `b` (exact for the lowest).
#[inline]
pub(crate) fn equal(v: u64, b: u8) -> u64 {
    zero_bytes(v ^ (ONES * u64::from(b)))
}

/// The high bit of every byte of `v` below `n` (`n` at most 0x80; exact
/// for the lowest).
#[inline]
pub(crate) fn below(v: u64, n: u8) -> u64 {
    v.wrapping_sub(ONES * u64::from(n)) & !v & HIGHS
}

/// The first byte at or after `i` that `flags` flags, testing eight
/// bytes at a time; where fewer than eight bytes are left, their start
/// (the caller reads the tail byte by byte).
#[inline]
pub(crate) fn first_flagged(bytes: &[u8], mut i: usize, flags: Flags) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let flagged = flags(u64::from_le_bytes(word));
        if flagged != 0 {
            return i + (flagged.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples() {
        let comma: Flags = |v| equal(v, "，".as_bytes()[0]);
        assert_eq!(first_flagged("增长5%，".as_bytes(), 0, comma), 8);
        let space: Flags = |v| below(v, 0x21);
        assert_eq!(first_flagged("全市 GDP".as_bytes(), 0, space), 6);
        // Fewer than eight bytes left: their start.
        assert_eq!(first_flagged(b"abc", 0, space), 0);
        assert_eq!(first_flagged(b"abcdefghij", 0, space), 8);
    }

    proptest::proptest! {
        /// The lowest flag is exact: the first flagged byte is the first
        /// byte that matches, wherever it falls in its word.
        #[test]
        fn lands_on_the_first_match(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..40)) {
            let flags: Flags = |v| below(v, 0x21) | equal(v, 0xE3) | equal(v, 0xEF);
            let matches = |b: u8| b < 0x21 || b == 0xE3 || b == 0xEF;
            let got = first_flagged(&bytes, 0, flags);
            let tail = bytes.len().saturating_sub(bytes.len() % 8);
            let want = bytes.iter().position(|&b| matches(b)).filter(|&p| p < tail).unwrap_or(tail);
            proptest::prop_assert_eq!(got, want);
        }
    }
}
