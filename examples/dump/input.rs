//! Where `dump` reads from: files, directories (every `*.txt` below them,
//! sorted), `-` for standard input, piped standard input when no FILE is
//! given, and the shipped gazette when there is neither.
//!
//! A UTF-8 byte-order mark is skipped and reported as `bom_len`, so spans
//! can be moved to index the file's bytes. With `--encoding gb18030` the
//! bytes are decoded to UTF-8 first and spans index the decoded text.

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

/// The gazette shipped with the crate, embedded so the example runs anywhere.
pub const SHIPPED: &str = include_str!("../../tests/data/nanyang-gazette-2022-01.txt");
pub const SHIPPED_NAME: &str = "tests/data/nanyang-gazette-2022-01.txt";

/// One input to read.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    Path(PathBuf),
    Stdin,
    Shipped,
}

impl Source {
    /// The name printed in `"file"` and in messages: the path as given, or `-`.
    pub fn name(&self) -> String {
        match self {
            Source::Path(p) => p.display().to_string(),
            Source::Stdin => "-".to_string(),
            Source::Shipped => SHIPPED_NAME.to_string(),
        }
    }
}

/// How the bytes of a file are turned into text.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub enum Encoding {
    #[default]
    Utf8,
    Gb18030,
}

/// A text ready for tongji, and how many bytes of BOM were skipped.
pub struct Text {
    pub text: String,
    pub bom_len: usize,
}

/// The sources the arguments name, in order; directories are expanded to
/// their `*.txt` files, recursively and sorted. Errors (an unreadable
/// directory) are returned beside the sources so the run goes on.
pub fn sources(files: &[PathBuf]) -> (Vec<Source>, Vec<String>) {
    let (mut out, mut errors) = (Vec::new(), Vec::new());
    if files.is_empty() {
        out.push(if stdin_is_piped() {
            Source::Stdin
        } else {
            Source::Shipped
        });
    }
    for path in files {
        if path.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if path.is_dir() {
            walk(path, &mut out, &mut errors);
        } else {
            out.push(Source::Path(path.clone()));
        }
    }
    (out, errors)
}

/// Standard input is read when it is a pipe or a file, not a terminal and
/// not a character device such as `/dev/null` (so `dump` with no FILE run
/// from a script or a test harness still prints the shipped gazette).
fn stdin_is_piped() -> bool {
    if std::io::stdin().is_terminal() {
        return false;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        match std::fs::metadata("/dev/stdin") {
            Ok(m) => m.file_type().is_fifo() || m.is_file() || m.file_type().is_socket(),
            Err(_) => false,
        }
    }
    #[cfg(not(unix))]
    true
}

fn walk(dir: &Path, out: &mut Vec<Source>, errors: &mut Vec<String>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return errors.push(format!("{}: {e}", dir.display())),
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, out, errors);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(Source::Path(path));
        }
    }
}

/// Reads and decodes one source; the error names it (and, for bad UTF-8,
/// the byte offset of the first bad byte in the file).
pub fn read(source: &Source, encoding: Encoding) -> Result<Text, String> {
    let name = source.name();
    let bytes = match source {
        Source::Shipped => SHIPPED.as_bytes().to_vec(),
        Source::Path(p) => std::fs::read(p).map_err(|e| format!("{name}: {e}"))?,
        Source::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("{name}: {e}"))?;
            bytes
        }
    };
    decode(&name, bytes, encoding)
}

/// Turns bytes into text: UTF-8 (a leading BOM skipped) or GB18030.
pub fn decode(name: &str, mut bytes: Vec<u8>, encoding: Encoding) -> Result<Text, String> {
    match encoding {
        Encoding::Utf8 => {
            let bom_len = if bytes.starts_with(b"\xef\xbb\xbf") {
                3
            } else {
                0
            };
            bytes.drain(..bom_len);
            String::from_utf8(bytes)
                .map(|text| Text { text, bom_len })
                .map_err(|e| {
                    let at = e.utf8_error().valid_up_to() + bom_len;
                    format!("{name}: not UTF-8: invalid byte at offset {at}")
                })
        }
        Encoding::Gb18030 => {
            let text = gb18030(&bytes)
                .map_err(|at| format!("{name}: not GB18030: undecodable bytes at offset {at}"))?;
            Ok(Text { text, bom_len: 0 })
        }
    }
}

/// `bytes` decoded from GB18030 (and so GBK), or the offset of the first
/// byte that is not part of a valid sequence.
fn gb18030(bytes: &[u8]) -> Result<String, usize> {
    use encoding_rs::DecoderResult;
    let mut decoder = encoding_rs::GB18030.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len() * 3 + 16);
    let mut text = String::with_capacity(capacity);
    let mut at = 0;
    loop {
        let (result, read) =
            decoder.decode_to_string_without_replacement(&bytes[at..], &mut text, true);
        at += read;
        match result {
            DecoderResult::InputEmpty => return Ok(text),
            // The bad sequence ends `after` bytes before what was read.
            DecoderResult::Malformed(bad, after) => {
                return Err(at - usize::from(after) - usize::from(bad))
            }
            DecoderResult::OutputFull => text.reserve(bytes.len() - at + 16),
        }
    }
}
