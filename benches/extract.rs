//! Extraction throughput over a corpus of at least 10 MB (the embedded seed
//! articles repeated). Run: `cargo bench --bench extract`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use jawla::engine::Engine;
use jawla::model::Document;

fn corpus() -> Vec<Document> {
    let seeds = jawla::seeds::documents();
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < 10 * 1024 * 1024 {
        for d in &seeds {
            bytes += d.text.len();
            docs.push(d.clone());
        }
    }
    docs
}

fn bench_extract(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let engine = Engine::embedded();
    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("seeds_repeated_10MB", |b| {
        b.iter(|| {
            let n: usize = docs
                .iter()
                .map(|d| engine.extract(black_box(d)).len())
                .sum();
            black_box(n)
        })
    });
    g.finish();
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);
