//! Throughput of the scanner, measured with criterion (never with timed
//! tests).
//!
//! The corpus is the shipped gazette (`tests/data/nanyang-gazette-2022-01.txt`,
//! about 98 KB) tiled at bench time to at least 50 MB, so that no large file
//! is committed. Three benchmarks, all reporting bytes of input per second:
//!
//! * `mentions/single_gazette`: one gazette, for quick runs;
//! * `mentions/tiled_gazette_50MB`: the whole pipeline on the big corpus;
//! * `mentions/normalize_50MB`: `Normalized::new` alone on the big corpus,
//!   to see the share of normalisation in the pipeline.
//!
//! Run with `cargo bench --bench mentions`; a filter such as
//! `cargo bench --bench mentions -- single` runs one benchmark. The whole run
//! takes under a minute on a 2-core machine.

use criterion::{black_box, criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use std::time::Duration;

mod common;
use common::{copies, tiled_corpus, CORPUS_BYTES, GAZETTE};

fn bench_mentions(c: &mut Criterion) {
    let corpus = tiled_corpus();
    assert!(corpus.len() >= CORPUS_BYTES);
    // The tiled corpus has as many mentions per copy as the gazette: the
    // benchmark measures real work, not an early exit.
    let per_copy = tongji::mentions(GAZETTE).count();
    let copies = copies(&corpus);
    assert!(per_copy > 0);
    assert_eq!(tongji::mentions(&corpus).count(), per_copy * copies);

    let mut group = c.benchmark_group("mentions");

    group.throughput(Throughput::Bytes(GAZETTE.len() as u64));
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("single_gazette", |b| {
        b.iter(|| tongji::mentions(black_box(GAZETTE)).count())
    });

    // Each iteration on the big corpus takes a second or so: flat sampling
    // runs the same small number of iterations per sample instead of
    // criterion's linear ramp (1, 2, …, 10 iterations), which would take
    // minutes for ten samples.
    group.sampling_mode(SamplingMode::Flat);
    group.throughput(Throughput::Bytes(corpus.len() as u64));
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("tiled_gazette_50MB", |b| {
        b.iter(|| tongji::mentions(black_box(&corpus)).count())
    });
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("normalize_50MB", |b| {
        b.iter(|| tongji::Normalized::new(black_box(&corpus)).as_str().len())
    });
    group.finish();
}

criterion_group!(benches, bench_mentions);
criterion_main!(benches);
