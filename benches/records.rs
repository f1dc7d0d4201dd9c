//! Throughput of the records layer end to end (document model → normalise
//! → mentions → records), measured with criterion.
//!
//! The corpus is the shipped gazette tiled at bench time to at least 50 MB,
//! as in `benches/mentions.rs`. Two benchmarks, reporting bytes of input per
//! second:
//!
//! * `records/single_gazette`: one gazette (98 KB);
//! * `records/tiled_gazette_50MB`: `Extractor::records` over the big corpus.
//!
//! Run with `cargo bench --bench records`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use std::time::Duration;

mod common;
use common::{copies, tiled_corpus, CORPUS_BYTES, GAZETTE};

fn bench_records(c: &mut Criterion) {
    let corpus = tiled_corpus();
    assert!(corpus.len() >= CORPUS_BYTES);
    let extractor = tongji::Extractor::new().reference_year(2021);
    // Real work on every copy: as many records per copy as in the gazette.
    let per_copy = extractor.records(GAZETTE).count();
    let copies = copies(&corpus);
    assert!(per_copy > 0);
    assert_eq!(extractor.records(&corpus).count(), per_copy * copies);

    let mut group = c.benchmark_group("records");
    group.throughput(Throughput::Bytes(GAZETTE.len() as u64));
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("single_gazette", |b| {
        b.iter(|| extractor.records(black_box(GAZETTE)).count())
    });

    group.sampling_mode(SamplingMode::Flat);
    group.throughput(Throughput::Bytes(corpus.len() as u64));
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("tiled_gazette_50MB", |b| {
        b.iter(|| extractor.records(black_box(&corpus)).count())
    });
    group.finish();
}

criterion_group!(benches, bench_records);
criterion_main!(benches);
