//! The corpus both benches read: the shipped gazette tiled at bench time to
//! at least 50 MB, so that no large file is committed.

/// The shipped gazette, read when the bench is built.
pub const GAZETTE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/nanyang-gazette-2022-01.txt"
));

/// At least this many bytes in the tiled corpus.
pub const CORPUS_BYTES: usize = 50_000_000;

/// The gazette repeated until the corpus has at least [`CORPUS_BYTES`],
/// copies separated by a blank line (a new paragraph, as between issues).
pub fn tiled_corpus() -> String {
    let piece = format!("{}\n\n", GAZETTE.trim_end());
    piece.repeat(CORPUS_BYTES.div_ceil(piece.len()))
}

/// How many copies of the gazette the tiled corpus holds.
pub fn copies(corpus: &str) -> usize {
    corpus.len() / (GAZETTE.trim_end().len() + 2)
}
