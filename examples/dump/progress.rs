//! A progress bar on standard error (bytes, MB/s, ETA) with `indicatif`,
//! shown only when standard error is a terminal.

use std::io::IsTerminal;

use crate::input::Source;

pub struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    /// A bar over the sources' total size, or nothing when standard error
    /// is not a terminal (a pipe, a file, a test harness).
    pub fn new(sources: &[Source]) -> Progress {
        if !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let total: u64 = sources
            .iter()
            .map(|s| match s {
                Source::Path(p) => std::fs::metadata(p).map(|m| m.len()).unwrap_or(0),
                Source::Stdin => 0,
                Source::Shipped => crate::input::SHIPPED.len() as u64,
            })
            .sum();
        let bar = indicatif::ProgressBar::new(total);
        let style = indicatif::ProgressStyle::with_template(
            "{bar:40} {bytes}/{total_bytes} {binary_bytes_per_sec} eta {eta}",
        )
        .expect("a valid template");
        bar.set_style(style);
        Progress(Some(bar))
    }

    pub fn advance(&self, bytes: u64) {
        if let Some(bar) = &self.0 {
            bar.inc(bytes);
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}
