//! Throughput of each stage of the pipeline, in bytes of input text per
//! second: normalize, segment-articles, tokenize, extract (one thread and
//! all threads) and load (transactions and bulk).
//!
//! The input is a generated corpus (`chainkg::tools::corpus`, seed 1) of about
//! 256 KB, built in memory, so the numbers compare across machines and
//! commits. Every group runs 10 samples of at most a few seconds:
//! `cargo bench --bench throughput` finishes in a few minutes.

use chainkg::extract::Extractor;
use chainkg::lexicon::Lexicon;
use chainkg::pipeline::input::{documents_of, Document, FileKind};
use chainkg::store::Store;
use chainkg::tools::corpus::Generator;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use std::path::Path;
use std::time::Duration;

/// Documents of a generated corpus of at least `bytes` bytes.
fn corpus(lex: &Lexicon, bytes: u64) -> Vec<Document> {
    let mut g = Generator::new(1, lex);
    let mut docs = Vec::new();
    let mut total = 0;
    while total < bytes {
        let u = g.unit(lex);
        total += u.bytes();
        let p = Path::new("gen");
        for (kind, text) in [
            (FileKind::Text, u.page),
            (FileKind::Text, u.web),
            (FileKind::Html, u.html),
            (FileKind::Jsonl, u.jsonl.join("\n")),
        ] {
            docs.extend(documents_of(p, "gen", kind, text).expect("generated input reads"));
        }
    }
    docs
}

fn text_bytes(docs: &[Document]) -> u64 {
    docs.iter().map(|d| d.text.len() as u64).sum()
}

fn pool(threads: usize) -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool")
}

fn stages(c: &mut Criterion) {
    let lex = Lexicon::builtin().expect("lexicon");
    let docs = corpus(&lex, 256 * 1024);
    let bytes = text_bytes(&docs);
    let jieba = lex.segmenter().expect("segmenter");
    let extractor = Extractor::new(lex.clone()).expect("extractor");
    let articles: Vec<_> = docs
        .iter()
        .flat_map(|d| chainkg::text::segment::segment(&d.text, &d.hints))
        .collect();
    let body_bytes: u64 = articles.iter().map(|a| a.body.text.len() as u64).sum();

    let mut g = c.benchmark_group("stages");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("normalize", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| chainkg::text::normalize::normalize(&d.text).char_len())
                .sum::<usize>()
        })
    });
    g.bench_function("segment-articles", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| chainkg::text::segment::segment(&d.text, &d.hints).len())
                .sum::<usize>()
        })
    });
    g.throughput(Throughput::Bytes(body_bytes));
    g.bench_function("tokenize", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| jieba.tag(&a.body.text, true).len())
                .sum::<usize>()
        })
    });
    g.throughput(Throughput::Bytes(bytes));
    for threads in [1, rayon::current_num_threads()] {
        let p = pool(threads);
        g.bench_function(format!("extract/{threads}-threads"), |b| {
            b.iter(|| p.install(|| chainkg::read_documents(&extractor, &docs).len()))
        });
    }
    g.finish();

    // Load: quads of the same corpus into a fresh store per iteration.
    let read = chainkg::read_documents(&extractor, &docs);
    let articles: Vec<_> = read
        .iter()
        .map(|r| chainkg::resolve::articles::NewArticle {
            quads: r.quads(),
            names: r.names(),
        })
        .collect();
    let mut g = c.benchmark_group("load");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    g.throughput(Throughput::Bytes(bytes));
    let fresh = || {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(&dir.path().join("store")).expect("store");
        (dir, store)
    };
    g.bench_function("transactions", |b| {
        b.iter_batched(
            fresh,
            |(dir, store)| {
                for chunk in articles.chunks(256) {
                    chainkg::resolve::articles::change(&store, chunk, &[]).expect("load");
                }
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
    g.bench_function("bulk", |b| {
        b.iter_batched(
            fresh,
            |(dir, store)| {
                let mut loader = store.oxigraph().bulk_loader();
                loader
                    .load_quads(
                        articles
                            .iter()
                            .flat_map(|a| chainkg::store::with_copies(a.quads.quads.clone())),
                    )
                    .expect("load");
                loader.commit().expect("commit");
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
