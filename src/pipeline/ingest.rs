//! Streaming ingest: `chainkg build` over corpora of any size in bounded
//! memory, on every core.
//!
//! A build runs in two passes. The first reads and checks every input
//! (decoding, JSONL records, empty files) and keeps nothing but its size, so
//! bad input is refused before the store is opened, as the contract asks.
//! The second streams: it reads inputs until a batch holds [`BATCH_BYTES`]
//! of text (or [`BuildOptions::batch_bytes`]), extracts the batch's articles
//! in parallel, turns them into quads, and hands the batch to the loader
//! while the next one is extracted.
//! At most three batches are alive at once (one extracted, one waiting, one
//! loading), so memory depends on the batch size, not on the corpus. The
//! price is reading the inputs twice (a small build, and standard input,
//! are read once and kept) and that an input changed between the passes is
//! only noticed in the second.
//!
//! Entities are resolved across articles ([`resolve`]) as part of loading
//! ([`crate::resolve::articles`]), so the store always equals a fresh build of the
//! articles it holds. Into an empty store the corpus is all there is: a
//! names pass extracts every batch once more keeping the entities' names
//! (extraction costs less than rewriting the store), the names are
//! resolved in memory, and the loading pass writes resolved quads in one
//! bulk load. The names pass also keeps the extracted articles of its
//! first batches, up to [`KEEP_BYTES`]: the loading pass takes those
//! instead of extracting them again (a 20 MB corpus is extracted once).
//!
//! Batch boundaries depend on the input only, and batches are loaded in
//! input order, so the graph is the same whatever the thread count. Within
//! one build an article (same text, same IRI) is loaded once: the first
//! copy wins and later ones are counted as duplicates. A file built again
//! replaces its articles: those it no longer holds (same `dcterms:source`,
//! not read this time) are removed.
//!
//! Two ways to load, with different guarantees:
//!
//! - **Transactions** (a store that already holds data): every 256 articles
//!   go in with one transaction, which also removes the articles they
//!   replace and rewrites the articles of the store whose names they
//!   change. Each transaction is all or nothing and leaves the store equal
//!   to a build of what it holds; a build that fails half-way (disk full,
//!   kill) keeps the batches committed before, and re-running it completes
//!   it.
//! - **Bulk** (a new or empty store, or `--bulk`): Oxigraph's bulk loader
//!   writes sorted SST files beside the store and ingests them all at the
//!   end in one atomic step, so into an empty store the build's articles
//!   appear together or not at all: a failed or killed build leaves the
//!   store as it was (the SST files a killed build leaves behind are never
//!   read, and the next build deletes them). The build then compacts the
//!   store, so that it ends ready to query. It is faster than transactions
//!   (measured in `docs/throughput.md`). With `--bulk` on a store that
//!   holds data, the articles the build replaces are removed first and the
//!   articles of the store its names change are rewritten after the bulk
//!   load (transactions of 256 articles): a build killed between these
//!   steps is completed by running it again.

use crate::error::{Error, Result};
use crate::extract::Extractor;
use crate::model::quads::EntityNames;
use crate::model::ArticleQuads;
use crate::pipeline::input::large::Scanned;
use crate::pipeline::input::{self, Document, Input};
use crate::pipeline::{read_documents, BuildOptions, BuildReport, KeptArticle, LoadMode, Progress};
use crate::resolve;
use crate::resolve::articles::{self, NewArticle};
use crate::store::ARTICLES_PER_TRANSACTION;
use crate::store::{copy_of, store_error, Store};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{NamedNode, Quad};
use oxigraph::store::StorageError;
use rayon::prelude::*;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Text per batch. Big enough to keep every core busy between two
/// batches, small enough that three batches of quads stay well under
/// 100 MB (a MB of news text gives about 160,000 quads).
pub const BATCH_BYTES: usize = 512 * 1024;

/// Text per part of a long newspaper page ([`Document::into_parts`]), at
/// most: a batch holds eight or more, segmented in parallel.
const PART_BYTES: usize = 64 * 1024;

/// Memory target handed to Oxigraph's bulk loader (it turns it into the
/// number of quads it sorts per SST batch).
const BULK_MEMORY_MB: usize = 256;

/// Extracted articles a bulk build keeps from its names pass for its
/// loading pass, at most (their [`KeptArticle::approx_bytes`]): the
/// batches within it are not extracted twice. A 20 MB corpus fits; a
/// larger one extracts the rest again, so memory stays bounded.
pub const KEEP_BYTES: usize = 192 << 20;

/// Per input: what the first pass kept of it, and its size for progress.
type Pending = Vec<(Input, Kept, u64)>;

/// What the first pass kept of an input for the next passes.
#[derive(Clone)]
enum Kept {
    /// Nothing: the input is read again.
    Nothing,
    /// Its documents (standard input, small builds).
    Documents(Vec<Document>),
    /// A text file too large to hold, read again part by part.
    Scanned(Arc<Scanned>),
}

/// Text of a document part: at most [`PART_BYTES`], and eight parts or more
/// per batch.
fn part_bytes(batch_bytes: usize) -> usize {
    PART_BYTES.min(batch_bytes / 8).max(1)
}

/// Inputs checked by the first pass.
struct Checked {
    /// Per input: its documents when kept, and its size for progress.
    pending: Pending,
    total: u64,
}

/// One batch of extracted articles, ready to load.
struct Batch {
    articles: Vec<Extracted>,
    /// Input bytes covered by this batch (for progress).
    bytes: u64,
    /// The sources (`dcterms:source`) of the files read for this batch,
    /// whose articles the batch replaces.
    sources: Vec<String>,
    /// Whether the documents of a source go on in the next batch: its
    /// articles here are not to be removed as stale there.
    continues: bool,
}

/// One article's quads (as extracted, or resolved for a bulk load), its
/// entities' names (none for a bulk load's loading pass), and its counts.
struct Extracted {
    quads: ArticleQuads,
    names: Vec<EntityNames>,
    facts: usize,
    /// Quads as extracted (reports count these, as a dry run does).
    extracted: usize,
    /// The names pass's extraction, to keep for the loading pass.
    kept: Option<KeptArticle>,
}

/// What an extraction pass reads with and runs on.
#[derive(Clone, Copy)]
struct Pass<'a> {
    batch_bytes: usize,
    reader: &'a input::Reader,
    extractor: &'a Extractor,
    pool: &'a rayon::ThreadPool,
}

/// What the second pass's workers do with an article.
#[derive(Clone, Copy)]
enum Shape<'r> {
    /// Quads as extracted, and names.
    AsExtracted,
    /// Only the entity names (the first pass of a bulk build).
    NamesOnly,
    /// Quads resolved by this map (a bulk build's loading pass).
    Resolved(&'r resolve::Resolution),
}

enum Msg {
    Batch(Batch),
    Failed(Error),
    Done,
}

/// The `build` of the crate root: see the module documentation. After
/// loading, entities are resolved across the whole store ([`resolve`]).
pub fn build(opts: &BuildOptions, progress: &dyn Fn(Progress)) -> Result<BuildReport> {
    run(opts, None, progress)
}

/// The map step of a build, without a store: every new article's quads as
/// N-Quads on `out`, in input order, unresolved (entity IRIs as extracted).
/// A build of the same inputs loads exactly these quads, then resolves them.
pub fn extract(
    opts: &BuildOptions,
    out: &mut dyn Write,
    progress: &dyn Fn(Progress),
) -> Result<BuildReport> {
    let opts = BuildOptions {
        dry_run: true,
        ..opts.clone()
    };
    run(&opts, Some(out), progress)
}

/// Opens the store of a build (none for a dry run), clearing what a killed
/// bulk load left, and decides whether this build loads in bulk: by
/// default when the store is empty.
fn open_store(opts: &BuildOptions, report: &mut BuildReport) -> Result<Option<Store>> {
    let store = match opts.dry_run {
        true => None,
        false => Some(Store::open(&opts.store)?),
    };
    if store.is_some() {
        remove_orphan_bulk_files(&opts.store);
    }
    let was_empty = match &store {
        Some(s) => s
            .oxigraph()
            .is_empty()
            .map_err(|e| store_error(&opts.store, e))?,
        None => true,
    };
    report.bulk = store.is_some()
        && match opts.load {
            LoadMode::Auto => was_empty,
            LoadMode::Bulk => true,
            LoadMode::Transactions => false,
        };
    Ok(store)
}

/// A build or `extract`: checks every input, then streams batches of
/// extracted articles to the store (or to the N-Quads writer).
fn run(
    opts: &BuildOptions,
    emit: Option<&mut dyn Write>,
    progress: &dyn Fn(Progress),
) -> Result<BuildReport> {
    let mut report = BuildReport::default();
    // Decoding choices and keep-going live in the reader (see `input`).
    let reader = input::Reader::new(opts.read, opts.keep_going);
    let inputs = reader.expand(&opts.inputs, &mut report.skipped)?;
    if inputs.is_empty() && !opts.keep_going {
        // Said before any store is created: an empty build is a mistake
        // (a wrong folder), not a success with nothing in it.
        return Err(input::nothing_to_read(&opts.inputs, report.skipped.len()));
    }
    report.files = inputs.len();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads.unwrap_or(0))
        .build()
        .map_err(|e| Error::Usage(format!("cannot start worker threads: {e}")))?;
    let batch_bytes = opts.batch_bytes.unwrap_or(BATCH_BYTES).max(1);
    let checked = check(&inputs, &reader, &pool, batch_bytes, progress)?;
    report.bytes = checked.total;
    let lex = crate::lexicon::Lexicon::load(
        crate::pipeline::lexicon_dir(opts.lexicon.as_deref()).as_deref(),
    )?;
    let extractor = Extractor::new(lex)?;
    let pass = Pass {
        batch_bytes,
        reader: &reader,
        extractor: &extractor,
        pool: &pool,
    };
    let store = open_store(opts, &mut report)?;
    let total = checked.total;
    let threads = pool.current_num_threads();
    // A bulk load knows the whole corpus before anything is written: read
    // its names first, resolve them with the store's, then load resolved
    // quads in one bulk load.
    let mut kept = Vec::new();
    let mut plan = match (&store, report.bulk) {
        (Some(store), true) => {
            let pending = checked.pending.clone();
            let (table, iris, sources, k) = gather_names(
                pending,
                pass,
                opts.keep_bytes.unwrap_or(KEEP_BYTES),
                progress,
            )?;
            kept = k;
            progress(Progress::Resolving);
            Some(articles::before_bulk(store, table, &iris, &sources, true)?)
        }
        _ => None,
    };
    let shape = match &plan {
        Some(p) => Shape::Resolved(&p.map),
        None => Shape::AsExtracted,
    };
    let mut serializer = emit.map(|w| RdfSerializer::from_format(RdfFormat::NQuads).for_writer(w));
    let mut changes = articles::ChangeReport::default();
    std::thread::scope(|scope| {
        let (tx, rx) = sync_channel(1);
        let pending = checked.pending;
        let producer = scope.spawn(move || produce(pending, pass, shape, kept, tx));
        let mut sink = Sink {
            report: &mut report,
            progress,
            total,
            processed: 0,
            waited: Duration::ZERO,
            seen: HashSet::new(),
            store: store.as_ref(),
            changes: &mut changes,
            emit: serializer.as_mut().map(|w| {
                Box::new(move |articles: &[ArticleQuads]| -> Result<()> {
                    for q in articles.iter().flat_map(|a| &a.quads) {
                        w.serialize_quad(q)?;
                    }
                    Ok(())
                }) as Emit<'_>
            }),
        };
        let started = Instant::now();
        // The loading phase starts now, not when its first batch is in.
        progress(Progress::Ingested {
            bytes: 0,
            total,
            articles: 0,
            facts: 0,
        });
        let result = match (&store, sink.report.bulk) {
            (Some(s), true) => sink.bulk(rx, s, threads),
            _ => sink.transactions(rx),
        };
        // What the loader did not spend waiting for extraction.
        let busy = started.elapsed().saturating_sub(sink.waited);
        sink.report.store_seconds = if sink.store.is_some() {
            busy.as_secs_f64()
        } else {
            0.0
        };
        if let Err(panic) = producer.join() {
            std::panic::resume_unwind(panic);
        }
        result
    })?;
    if let Some(w) = serializer {
        w.finish()?.flush()?;
    }
    if let (Some(store), Some(plan)) = (&store, &mut plan) {
        // The bulk loader's files all span the whole key range, and RocksDB
        // would merge them in the background: until then every read looks
        // into each (analyst queries 7–13× slower on 20 MB), and a write
        // waits. Merged now, the build ends with a store ready to query.
        progress(Progress::Compacting);
        let started = Instant::now();
        store
            .oxigraph()
            .optimize()
            .map_err(|e| store_error(&opts.store, e))?;
        report.compact_seconds = started.elapsed().as_secs_f64();
        progress(Progress::Resolving);
        articles::after_bulk(store, plan)?;
        changes = std::mem::take(&mut plan.report);
    }
    if store.is_some() {
        report.removed = changes.removed;
        report.resolved = Some(changes.resolved);
    }
    (report.warnings, report.rejected) = reader.finish();
    Ok(report)
}

/// What the names pass found: every name, the article IRIs, the sources
/// of the files read, and the extracted articles of its first batches.
type Gathered = (
    resolve::NameTable,
    HashSet<String>,
    Vec<String>,
    Vec<Vec<KeptArticle>>,
);

/// The first pass of a bulk build: every entity name of the inputs
/// (articles repeated in the inputs give the same names again), the
/// article IRIs and the sources of the files read; and the extracted
/// articles of as many first batches as [`KEEP_BYTES`] holds, which the
/// loading pass then need not extract again.
fn gather_names(
    pending: Pending,
    pass: Pass<'_>,
    keep_bytes: usize,
    progress: &dyn Fn(Progress),
) -> Result<Gathered> {
    let total = pending.iter().map(|p| p.2).sum();
    let mut names = resolve::NameTable::default();
    let mut iris = HashSet::new();
    let mut sources = Vec::new();
    let mut kept: Vec<Vec<KeptArticle>> = Vec::new();
    // Kept batches are the first ones, without a gap.
    let mut room = Some(keep_bytes);
    let mut done = 0;
    // The phase starts now, not when its first batch is done.
    progress(Progress::Naming(0, total));
    std::thread::scope(|scope| {
        let (tx, rx) = sync_channel(1);
        let producer =
            scope.spawn(move || produce(pending, pass, Shape::NamesOnly, Vec::new(), tx));
        let result = loop {
            match rx.recv() {
                Ok(Msg::Batch(b)) => {
                    let mut batch = Vec::new();
                    for a in b.articles {
                        for n in &a.names {
                            names.add_names(n);
                        }
                        iris.insert(a.quads.graph.as_str().to_string());
                        batch.extend(a.kept);
                    }
                    let size: usize = batch.iter().map(KeptArticle::approx_bytes).sum();
                    room = room.and_then(|r| r.checked_sub(size));
                    if room.is_some() {
                        kept.push(batch);
                    }
                    sources.extend(b.sources);
                    done += b.bytes;
                    progress(Progress::Naming(done, total));
                }
                Ok(Msg::Failed(e)) => break Err(e),
                Ok(Msg::Done) => break Ok(()),
                Err(_) => break Err(Error::Usage("extraction stopped unexpectedly".into())),
            }
        };
        // Unblocks a producer still sending after a failure.
        drop(rx);
        if let Err(panic) = producer.join() {
            std::panic::resume_unwind(panic);
        }
        result
    })?;
    Ok((names, iris, sources, kept))
}

/// First pass: reads every input once and checks it, in parallel, failing
/// on the first bad input in input order. Documents are kept only for
/// standard input (it cannot be read twice) and for small builds (that
/// then read every file once).
fn check(
    inputs: &[Input],
    reader: &input::Reader,
    pool: &rayon::ThreadPool,
    batch_bytes: usize,
    progress: &dyn Fn(Progress),
) -> Result<Checked> {
    let size = |i: &Input| match i {
        Input::File(p, _) => std::fs::metadata(p).map_or(0, |m| m.len()),
        Input::Stdin => 0,
    };
    let on_disk: u64 = inputs.iter().map(size).sum();
    let keep_all = on_disk <= 2 * batch_bytes as u64;
    let mut pending = Vec::with_capacity(inputs.len());
    let mut done = 0;
    // Chunks of inputs in parallel; progress between chunks (the callback
    // belongs to this thread).
    for chunk in inputs.chunks(64) {
        let read: Vec<Result<(Kept, u64)>> = pool.install(|| {
            chunk
                .par_iter()
                .map(|i| {
                    let file_bytes = size(i);
                    // A file larger than a batch is not held, even to check it.
                    if !keep_all && file_bytes > batch_bytes as u64 {
                        if let Some(s) = reader.scan(i, part_bytes(batch_bytes))? {
                            return Ok((Kept::Scanned(Arc::new(s)), file_bytes));
                        }
                    }
                    let docs = reader.read(i)?;
                    let bytes = match i {
                        Input::Stdin => docs.iter().map(|d| d.text.len() as u64).sum(),
                        Input::File(..) => file_bytes,
                    };
                    // Nothing to read again for an input that gave no
                    // document (left out under keep-going).
                    let keep = keep_all || *i == Input::Stdin || docs.is_empty();
                    let kept = match keep {
                        true => Kept::Documents(docs),
                        false => Kept::Nothing,
                    };
                    Ok((kept, bytes))
                })
                .collect()
        });
        for (i, r) in chunk.iter().zip(read) {
            let (kept, bytes) = r?;
            done += bytes;
            pending.push((i.clone(), kept, bytes));
        }
        progress(Progress::Read(done, on_disk));
    }
    Ok(Checked {
        pending,
        total: done,
    })
}

/// Second pass, producer side: reads batches, extracts them in parallel
/// (or takes the articles `kept` of them, batch by batch from the first)
/// and sends them in input order.
fn produce(
    pending: Pending,
    pass: Pass<'_>,
    shape: Shape<'_>,
    kept: Vec<Vec<KeptArticle>>,
    tx: SyncSender<Msg>,
) {
    let Pass {
        batch_bytes,
        reader,
        extractor,
        pool,
    } = pass;
    let mut docs: Vec<Document> = Vec::new();
    let mut sources: Vec<String> = Vec::new();
    let mut text = 0;
    let mut bytes = 0;
    let n = pending.len();
    let mut kept = kept.into_iter();
    // Sends the batch of `docs`; `open` is a source whose documents go on
    // in the next batch (it is sent with the batch where they end).
    let mut send = |docs: &mut Vec<Document>,
                    sources: &mut Vec<String>,
                    bytes: &mut u64,
                    open: Option<&str>|
     -> bool {
        let mut batch = match kept.next() {
            Some(articles) => prepare_kept(pool, articles, *bytes, shape),
            None => prepare(extractor, pool, docs, *bytes, shape),
        };
        let held = open.and_then(|o| sources.iter().position(|s| s == o));
        let kept = held.map(|i| sources.remove(i));
        batch.sources = std::mem::take(sources);
        batch.continues = kept.is_some();
        sources.extend(kept);
        docs.clear();
        *bytes = 0;
        // A closed channel means the loader failed; it reports why.
        tx.send(Msg::Batch(batch)).is_ok()
    };
    for (k, (input, kept, size)) in pending.into_iter().enumerate() {
        // A long page goes in parts, and a batch may end inside an input
        // (a large file, JSONL records): memory stays bounded by the batch.
        let parts = |docs: Vec<Document>| {
            docs.into_iter()
                .flat_map(|d| d.into_parts(part_bytes(batch_bytes)))
                .map(Ok)
        };
        let read: Box<dyn Iterator<Item = Result<Document>>> = match kept {
            Kept::Documents(d) => Box::new(parts(d)),
            Kept::Scanned(s) => Box::new(s.parts()),
            Kept::Nothing => match reader.read(&input) {
                Ok(d) => Box::new(parts(d)),
                Err(e) => {
                    let _ = tx.send(Msg::Failed(e));
                    return;
                }
            },
        };
        let mut read = read.peekable();
        bytes += size;
        while let Some(d) = read.next() {
            let d = match d {
                Ok(d) => d,
                Err(e) => {
                    let _ = tx.send(Msg::Failed(e));
                    return;
                }
            };
            text += d.text.len();
            // A file read again replaces its articles; standard input does
            // not say which earlier articles it replaces.
            if let Input::File(..) = input {
                if !sources.contains(&d.source) {
                    sources.push(d.source.clone());
                }
            }
            let source = d.source.clone();
            docs.push(d);
            let Some(next) = read.peek() else { break };
            if text >= batch_bytes {
                // An error to come ends the input, whatever its source.
                let same = next.as_ref().map_or(true, |n| n.source == source);
                let open = same.then_some(source.as_str());
                text = 0;
                if !send(&mut docs, &mut sources, &mut bytes, open) {
                    return;
                }
            }
        }
        if text >= batch_bytes || k + 1 == n {
            text = 0;
            if !send(&mut docs, &mut sources, &mut bytes, None) {
                return;
            }
        }
    }
    let _ = tx.send(Msg::Done);
}

/// Extracts a batch's articles and builds their quads, in parallel, in
/// input order, shaped as the pass needs them.
fn prepare(
    extractor: &Extractor,
    pool: &rayon::ThreadPool,
    docs: &[Document],
    bytes: u64,
    shape: Shape<'_>,
) -> Batch {
    let articles = pool.install(|| {
        read_documents(extractor, docs)
            .into_par_iter()
            .map(|r| shaped(r.into_kept(), shape))
            .collect()
    });
    Batch {
        articles,
        bytes,
        sources: Vec::new(),
        continues: false,
    }
}

/// A batch of articles the names pass extracted, as [`prepare`] gives it.
fn prepare_kept(
    pool: &rayon::ThreadPool,
    articles: Vec<KeptArticle>,
    bytes: u64,
    shape: Shape<'_>,
) -> Batch {
    let articles = pool.install(|| articles.into_par_iter().map(|k| shaped(k, shape)).collect());
    Batch {
        articles,
        bytes,
        sources: Vec::new(),
        continues: false,
    }
}

/// One extracted article as the pass needs it.
fn shaped(k: KeptArticle, shape: Shape<'_>) -> Extracted {
    let facts = k.extraction.facts.len();
    match shape {
        Shape::NamesOnly => Extracted {
            quads: ArticleQuads {
                graph: k.iri().clone(),
                quads: Vec::new(),
            },
            names: k.graph().names(),
            facts,
            extracted: 0,
            kept: Some(k),
        },
        Shape::AsExtracted => {
            let quads = k.graph().quads();
            Extracted {
                extracted: quads.quads.len(),
                quads,
                names: k.graph().names(),
                facts,
                kept: None,
            }
        }
        // A bulk load's quads come resolved: it needs no names.
        Shape::Resolved(resolution) => {
            let q = k.graph().quads();
            Extracted {
                extracted: q.quads.len(),
                quads: ArticleQuads {
                    quads: articles::resolved_quads(resolution, q.quads),
                    graph: q.graph,
                },
                names: Vec::new(),
                facts,
                kept: None,
            }
        }
    }
}

/// Writes extracted articles somewhere (`extract`'s N-Quads output).
type Emit<'a> = Box<dyn FnMut(&[ArticleQuads]) -> Result<()> + 'a>;

/// Second pass, loader side (the calling thread, which owns `progress`).
struct Sink<'a> {
    report: &'a mut BuildReport,
    progress: &'a dyn Fn(Progress),
    total: u64,
    /// Input bytes extracted so far.
    processed: u64,
    /// Time spent waiting for extracted batches.
    waited: Duration,
    /// Hashes of the article IRIs loaded by this build (8 bytes each).
    seen: HashSet<u64>,
    store: Option<&'a Store>,
    /// What the transactions did to the store (resolution, removals).
    changes: &'a mut articles::ChangeReport,
    /// Where `extract` writes the quads (no store then).
    emit: Option<Emit<'a>>,
}

impl Sink<'_> {
    /// Next batch; `None` at the end. A producer that vanished without
    /// saying it was done (a panic) is an error, never a complete build.
    fn next(&mut self, rx: &Receiver<Msg>) -> Result<Option<Batch>> {
        let t = Instant::now();
        let msg = rx.recv();
        self.waited += t.elapsed();
        match msg {
            Ok(Msg::Batch(b)) => Ok(Some(b)),
            Ok(Msg::Failed(e)) => Err(e),
            Ok(Msg::Done) => Ok(None),
            Err(_) => Err(Error::Usage("extraction stopped unexpectedly".into())),
        }
    }

    /// Drops articles already loaded by this build and counts the rest.
    fn fresh(&mut self, articles: Vec<Extracted>) -> Vec<NewArticle> {
        let mut out = Vec::with_capacity(articles.len());
        for a in articles {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            a.quads.graph.as_str().hash(&mut h);
            if !self.seen.insert(h.finish()) {
                self.report.duplicates += 1;
                continue;
            }
            self.report.articles += 1;
            self.report.facts += a.facts;
            self.report.quads += a.extracted;
            out.push(NewArticle {
                quads: a.quads,
                names: a.names,
            });
        }
        out
    }

    fn advance(&mut self, bytes: u64) {
        self.processed += bytes;
        (self.progress)(Progress::Ingested {
            bytes: self.processed,
            total: self.total,
            articles: self.report.articles,
            facts: self.report.facts,
        });
    }

    /// Loads with one transaction per [`ARTICLES_PER_TRANSACTION`] articles (or only
    /// counts, for a dry run). The first transaction of a batch also
    /// removes the articles its files no longer hold.
    fn transactions(&mut self, rx: Receiver<Msg>) -> Result<()> {
        // Articles of a source whose documents go on in the next batch.
        let mut carried: HashSet<String> = HashSet::new();
        while let Some(batch) = self.next(&rx)? {
            let bytes = batch.bytes;
            let mut read = std::mem::take(&mut carried);
            read.extend(
                batch
                    .articles
                    .iter()
                    .map(|a| a.quads.graph.as_str().to_string()),
            );
            let sources = batch.sources;
            let continues = batch.continues;
            let articles = self.fresh(batch.articles);
            if let Some(store) = self.store {
                let mut stale: Vec<NamedNode> =
                    articles::stale_articles(store.oxigraph(), &sources, &read)
                        .map_err(|e| store.error(e))?;
                let mut chunks = articles.chunks(ARTICLES_PER_TRANSACTION).peekable();
                if chunks.peek().is_none() && !stale.is_empty() {
                    let r = articles::change(store, &[], &stale)?;
                    merge(self.changes, r);
                }
                for chunk in chunks {
                    let r = articles::change(store, chunk, &std::mem::take(&mut stale))?;
                    merge(self.changes, r);
                }
            }
            if let Some(emit) = &mut self.emit {
                let quads: Vec<ArticleQuads> = articles.into_iter().map(|a| a.quads).collect();
                emit(&quads)?;
            }
            if continues {
                carried = read;
            }
            self.advance(bytes);
        }
        Ok(())
    }

    /// Loads the articles (resolved, see [`articles::before_bulk`]) with
    /// Oxigraph's bulk loader, committed at the end in one step.
    fn bulk(&mut self, rx: Receiver<Msg>, store: &Store, threads: usize) -> Result<()> {
        let mut loader = store
            .oxigraph()
            .bulk_loader()
            .with_num_threads(threads.max(1))
            .with_max_memory_size_in_megabytes(BULK_MEMORY_MB);
        let mut feed = Feed {
            sink: self,
            rx,
            current: Vec::new().into_iter(),
            finished: false,
            copied: HashSet::new(),
        };
        let path = store.path();
        loader
            .load_ok_quads::<Error, Fail>(&mut feed)
            .map_err(|e| e.into_error(path))?;
        (self.progress)(Progress::Committing);
        loader.commit().map_err(|e| store_error(path, e))
    }
}

/// Adds what one transaction did to what the build did.
fn merge(total: &mut articles::ChangeReport, r: articles::ChangeReport) {
    total.added += r.added;
    total.replaced += r.replaced;
    total.removed += r.removed;
    total.rewritten += r.rewritten;
    total.resolved.entities += r.resolved.entities;
    total.resolved.changed += r.resolved.changed;
    total.resolved.merged += r.resolved.merged;
    total.resolved.quads += r.resolved.quads;
}

/// The quads of the new articles and their default-graph copies, batch
/// after batch, as one stream for the bulk loader (which sorts and writes
/// them in its own batches, and merges repeated quads).
struct Feed<'s, 'a> {
    sink: &'s mut Sink<'a>,
    rx: Receiver<Msg>,
    current: std::vec::IntoIter<Quad>,
    finished: bool,
    /// Hashes of the default-graph copies of article-graph triples sent so
    /// far: an entity's type and names come in every article that names it
    /// (a zone in thousands), and the loader sorts every copy it is sent
    /// before it merges them. 16 bytes per distinct triple, 128-bit so
    /// that two triples never share one.
    copied: HashSet<u128>,
}

/// A 128-bit hash of a quad's triple (two SipHash runs, salted apart).
fn triple_key(q: &Quad) -> u128 {
    let half = |salt: u8| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        salt.hash(&mut h);
        q.subject.hash(&mut h);
        q.predicate.hash(&mut h);
        q.object.hash(&mut h);
        h.finish()
    };
    (u128::from(half(0)) << 64) | u128::from(half(1))
}

impl Iterator for Feed<'_, '_> {
    type Item = Result<Quad>;

    fn next(&mut self) -> Option<Result<Quad>> {
        loop {
            if let Some(q) = self.current.next() {
                return Some(Ok(q));
            }
            if self.finished {
                return None;
            }
            let batch = match self.sink.next(&self.rx) {
                Ok(Some(b)) => b,
                Ok(None) => {
                    self.finished = true;
                    return None;
                }
                Err(e) => {
                    self.finished = true;
                    return Some(Err(e));
                }
            };
            let bytes = batch.bytes;
            let articles = self.sink.fresh(batch.articles);
            let mut quads = Vec::new();
            for a in articles {
                let graph = oxigraph::model::GraphName::NamedNode(a.quads.graph);
                for q in a.quads.quads {
                    let copy = match copy_of(q.as_ref()) {
                        Some(c) if q.graph_name == graph => {
                            self.copied.insert(triple_key(&c)).then_some(c)
                        }
                        c => c,
                    };
                    quads.push(q);
                    quads.extend(copy);
                }
            }
            self.sink.advance(bytes);
            self.current = quads.into_iter();
        }
    }
}

/// An error of the bulk loader: ours (from the stream) or the store's
/// (also used by [`crate::load`]).
pub(crate) enum Fail {
    Lib(Error),
    Store(StorageError),
}

impl From<Error> for Fail {
    fn from(e: Error) -> Self {
        Fail::Lib(e)
    }
}

impl From<StorageError> for Fail {
    fn from(e: StorageError) -> Self {
        Fail::Store(e)
    }
}

impl Fail {
    pub(crate) fn into_error(self, store: &std::path::Path) -> Error {
        match self {
            Fail::Lib(e) => e,
            Fail::Store(e) => store_error(store, e),
        }
    }
}

/// Deletes the SST files a killed bulk build left beside the store (Oxigraph
/// names them `bulk-*.sst`; RocksDB never reads them). Safe once the store
/// is open: its lock keeps any other writer, and so any live bulk load, out.
/// Best effort: a file that cannot be removed only wastes space.
fn remove_orphan_bulk_files(store: &std::path::Path) {
    let Ok(entries) = std::fs::read_dir(store) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("bulk-") && name.ends_with(".sst") {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::tools::corpus::{generate, GenOptions};
    use oxigraph::io::RdfFormat;
    use std::path::{Path, PathBuf};

    /// A small generated corpus: 6 units, 42 articles, ~90 KB.
    fn corpus(dir: &Path) -> PathBuf {
        let out = dir.join("corpus");
        let lex = Lexicon::builtin().unwrap();
        let opts = GenOptions {
            out: out.clone(),
            bytes: 80_000,
            seed: 5,
        };
        generate(&opts, &lex).unwrap();
        out
    }

    fn opts(inputs: Vec<PathBuf>, store: PathBuf) -> BuildOptions {
        BuildOptions {
            inputs,
            store,
            // Many batches, so batching is part of what is compared.
            batch_bytes: Some(16 * 1024),
            ..BuildOptions::default()
        }
    }

    fn dump(store: &Path) -> Vec<u8> {
        let mut out = Vec::new();
        Store::open(store)
            .unwrap()
            .dump(RdfFormat::NQuads, &mut out)
            .unwrap();
        out
    }

    #[test]
    fn same_graph_whatever_threads_batches_and_load_mode() {
        let dir = tempfile::tempdir().unwrap();
        let input = corpus(dir.path());
        let mut one = opts(vec![input.clone()], dir.path().join("one"));
        one.threads = Some(1);
        one.load = LoadMode::Transactions;
        let a = build(&one, &|_| {}).unwrap();
        assert!(!a.bulk);
        let mut two = opts(vec![input.clone()], dir.path().join("two"));
        two.threads = Some(2);
        two.batch_bytes = None;
        let b = build(&two, &|_| {}).unwrap();
        assert!(b.bulk, "a new store is bulk loaded");
        assert_eq!(
            (a.articles, a.facts, a.quads),
            (b.articles, b.facts, b.quads)
        );
        assert!(a.articles >= 40, "{} articles", a.articles);
        assert_eq!(dump(&one.store), dump(&two.store));
        // The loading pass takes none, some or all of its articles from
        // the names pass.
        for keep in [0, 300 * 1024] {
            let mut kept = opts(vec![input.clone()], dir.path().join(format!("keep{keep}")));
            kept.keep_bytes = Some(keep);
            let k = build(&kept, &|_| {}).unwrap();
            assert!(k.bulk);
            assert_eq!(
                (k.articles, k.facts, k.quads),
                (a.articles, a.facts, a.quads)
            );
            assert_eq!(dump(&one.store), dump(&kept.store), "keep {keep}");
        }
        // A dry run reads the same and touches no store.
        let mut dry = opts(vec![input], dir.path().join("dry"));
        dry.dry_run = true;
        let c = build(&dry, &|_| {}).unwrap();
        assert_eq!(
            (c.articles, c.facts, c.quads),
            (a.articles, a.facts, a.quads)
        );
        assert!(!dry.store.exists());
    }

    #[test]
    fn bulk_into_a_store_with_data_replaces_articles_already_there() {
        let dir = tempfile::tempdir().unwrap();
        let input = corpus(dir.path());
        let store = dir.path().join("store");
        build(&opts(vec![input.clone()], store.clone()), &|_| {}).unwrap();
        let before = dump(&store);
        let mut again = opts(vec![input], store.clone());
        again.load = LoadMode::Bulk;
        let r = build(&again, &|_| {}).unwrap();
        assert!(r.bulk);
        assert_eq!(before, dump(&store), "a re-build must not change the store");
    }

    /// The generated pages as one file (a newspaper's year in one text).
    fn one_file(dir: &Path) -> PathBuf {
        let mut pages: Vec<PathBuf> = walk(&corpus(dir));
        pages.retain(|p| p.to_string_lossy().ends_with("-page.txt"));
        pages.sort();
        let text: Vec<String> = pages
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect();
        let file = dir.join("year.txt");
        std::fs::write(&file, text.join("\n")).unwrap();
        file
    }

    fn walk(dir: &Path) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            match p.is_dir() {
                true => out.extend(walk(&p)),
                false => out.push(p),
            }
        }
        out
    }

    #[test]
    fn one_large_file_in_parts_and_batches_gives_the_graph_of_the_whole() {
        let dir = tempfile::tempdir().unwrap();
        let file = one_file(dir.path());
        let len = std::fs::metadata(&file).unwrap().len();
        assert!(len > 3 * 8 * 1024, "{len} bytes");
        // Whole: one part, one batch (bulk).
        let mut whole = opts(vec![file.clone()], dir.path().join("whole"));
        whole.batch_bytes = Some(1 << 30);
        let a = build(&whole, &|_| {}).unwrap();
        // Parts of 1 KB in batches of 8 KB, with transactions: a source
        // spans batches.
        let mut parts = opts(vec![file.clone()], dir.path().join("parts"));
        parts.batch_bytes = Some(8 * 1024);
        parts.load = LoadMode::Transactions;
        let b = build(&parts, &|_| {}).unwrap();
        assert_eq!((a.articles, a.quads), (b.articles, b.quads));
        assert!(a.articles >= 12, "{} articles", a.articles);
        assert_eq!(dump(&whole.store), dump(&parts.store));
        // Built again with transactions, the file replaces its own articles
        // and keeps all of them (none of its parts is stale).
        let c = build(&parts, &|_| {}).unwrap();
        assert_eq!(c.removed, 0);
        assert_eq!(dump(&whole.store), dump(&parts.store));
    }

    #[test]
    fn one_large_jsonl_file_read_a_record_at_a_time_gives_the_graph_of_the_whole() {
        let dir = tempfile::tempdir().unwrap();
        let text = std::fs::read_to_string(one_file(dir.path())).unwrap();
        // A record per page, a blank line and CRLF endings among them.
        let records: Vec<String> = text
            .split("\n\n")
            .filter(|t| !t.trim().is_empty())
            .map(|t| serde_json::json!({ "text": t, "title": "页" }).to_string())
            .collect();
        let file = dir.path().join("year.jsonl");
        std::fs::write(&file, records.join("\r\n\n") + "\n").unwrap();
        let mut whole = opts(vec![file.clone()], dir.path().join("whole"));
        whole.batch_bytes = Some(1 << 30);
        let a = build(&whole, &|_| {}).unwrap();
        let mut streamed = opts(vec![file.clone()], dir.path().join("streamed"));
        streamed.batch_bytes = Some(8 * 1024);
        let b = build(&streamed, &|_| {}).unwrap();
        assert!(a.articles >= 12, "{} articles", a.articles);
        assert_eq!((a.articles, a.quads), (b.articles, b.quads));
        assert_eq!(dump(&whole.store), dump(&streamed.store));
    }

    #[test]
    fn an_article_repeated_in_one_build_is_loaded_once() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.txt");
        let b = dir.path().join("b.txt");
        let text = include_str!("../../data/demo/web_article.txt");
        std::fs::write(&a, text).unwrap();
        std::fs::write(&b, text).unwrap();
        let r = build(&opts(vec![a, b], dir.path().join("s")), &|_| {}).unwrap();
        assert_eq!((r.articles, r.duplicates), (1, 1));
        let nq = String::from_utf8(dump(&dir.path().join("s"))).unwrap();
        assert!(
            nq.contains("a.txt") && !nq.contains("b.txt"),
            "the first copy wins"
        );
    }
}
