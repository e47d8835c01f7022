//! The stages of `chainkg build`: read the inputs ([`input`]), segment
//! and extract them in parallel ([`read_documents`]), load them
//! ([`ingest`] for a build, [`load`] for N-Quads files, [`add_articles`]
//! for articles read elsewhere, e.g. the server's ingest).

pub mod ingest;
pub mod input;
pub mod load;

use crate::error::Result;
use crate::extract::Extractor;
use crate::model::{self, ArticleQuads, Extraction, Sentence};
use crate::resolve::{self, articles};
use crate::store::{self, Store};
use crate::text::segment::{segment_part, ArticleText};
use input::Document;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// One article read and extracted, ready to load.
pub struct ReadArticle {
    pub source: String,
    pub article: ArticleText,
    pub extraction: Extraction,
}

/// Locates a headline in the original text: char span from its first to its
/// last part (headlines may span lines), looked for in the article's own
/// lines (`region`, chars of the document; `raw` starts `offset` chars
/// into it): the first occurrence of the first part there, and of the last
/// part from there. A part not found gives the region's start.
fn title_sentence(raw: &Chars<'_>, region: (u32, u32), title: &str) -> Sentence {
    let (from, to) = (raw.byte(region.0), raw.byte(region.1));
    let text = &raw.text[from..to];
    let parts: Vec<&str> = title.split(' ').filter(|p| !p.is_empty()).collect();
    let b = parts.first().and_then(|p| text.find(p)).unwrap_or(0);
    let start = text[..b].chars().count();
    let end = parts
        .last()
        .and_then(|p| {
            text[b..]
                .find(p)
                .map(|e| start + text[b..b + e].chars().count() + p.chars().count())
        })
        .unwrap_or(start);
    Sentence {
        start: 0,
        end: 0,
        origin: (region.0 + start as u32, region.0 + end as u32),
        text: title_text(&parts),
    }
}

/// A headline's text for extraction. A space or two between Han chars set
/// its parts apart (推进武鄂产业协同 葛店国家经开区签约…) and stay, so no
/// name runs across them; more are spaces sprinkled between chars, dropped
/// like all others.
fn title_text(parts: &[&str]) -> String {
    let han_gap = |a: &str, b: &str| {
        a.chars().last().is_some_and(crate::text::is_han)
            && b.chars().next().is_some_and(crate::text::is_han)
    };
    let gaps = parts.windows(2).filter(|w| han_gap(w[0], w[1])).count();
    let mut text = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 && gaps <= 2 && han_gap(parts[i - 1], part) {
            text.push(' ');
        }
        text.extend(part.chars().filter(|c| !c.is_whitespace()));
    }
    text
}

/// A document text with a cursor from chars (of its document) to bytes:
/// the articles of a document come in order, so finding all their regions
/// walks the text once.
struct Chars<'a> {
    text: &'a str,
    /// Chars of the document before `text`.
    offset: u32,
    /// The last position found: (char of the document, byte of `text`).
    at: std::cell::Cell<(u32, usize)>,
}

impl<'a> Chars<'a> {
    fn new(text: &'a str, offset: u32) -> Self {
        Chars {
            text,
            offset,
            at: std::cell::Cell::new((offset, 0)),
        }
    }

    /// The byte of `text` where char `c` of the document starts (clamped
    /// to the text).
    fn byte(&self, c: u32) -> usize {
        let c = c.max(self.offset);
        let (mut ch, mut b) = self.at.get();
        if c < ch {
            (ch, b) = (self.offset, 0);
        }
        let mut it = self.text[b..].char_indices();
        while ch < c {
            match it.next() {
                Some(_) => ch += 1,
                None => break,
            }
        }
        let b = match it.next() {
            Some((i, _)) => b + i,
            None => self.text.len(),
        };
        self.at.set((ch, b));
        b
    }
}

/// Segments documents and extracts their articles, in parallel; the output
/// order is the input order whatever the thread count.
pub fn read_documents(extractor: &Extractor, docs: &[Document]) -> Vec<ReadArticle> {
    let articles: Vec<(usize, ArticleText, Option<Sentence>)> = docs
        .par_iter()
        .enumerate()
        .map(|(i, d)| {
            let raw = Chars::new(&d.text, d.offset);
            segment_part(&d.text, &d.hints, d.layout, d.offset)
                .into_iter()
                .map(|a| {
                    let title = a
                        .meta
                        .title
                        .as_deref()
                        .map(|t| title_sentence(&raw, a.region, t));
                    (i, a, title)
                })
                .collect::<Vec<_>>()
        })
        .collect::<Vec<_>>()
        .into_iter()
        .flatten()
        .collect();
    articles
        .into_par_iter()
        .map(|(i, article, title)| {
            let extraction = extractor.extract(&article, title);
            ReadArticle {
                source: docs[i].source.clone(),
                article,
                extraction,
            }
        })
        .collect()
}

impl ReadArticle {
    /// The article's IRI (stable for the same article text).
    pub fn iri(&self) -> oxigraph::model::NamedNode {
        model::iri::article_iri(&self.article.body.text)
    }

    fn graph(&self) -> model::ArticleGraph<'_> {
        model::ArticleGraph {
            iri: self.iri(),
            meta: &self.article.meta,
            source: &self.source,
            extraction: &self.extraction,
        }
    }

    /// The article's quads as extracted ([`graph`]).
    pub fn quads(&self) -> ArticleQuads {
        self.graph().quads()
    }

    /// The names of the article's entities, as resolution reads them.
    pub fn names(&self) -> Vec<model::EntityNames> {
        self.graph().names()
    }

    /// What [`ReadArticle::quads`] needs of the article, without its text
    /// or the sentences that support no fact: a build keeps these between
    /// its names pass and its loading pass.
    pub fn into_kept(self) -> KeptArticle {
        let iri = self.iri();
        let mut extraction = self.extraction;
        let mut used = vec![false; extraction.sentences.len()];
        for f in &extraction.facts {
            if let Some(u) = used.get_mut(f.sentence) {
                *u = true;
            }
        }
        for (s, used) in extraction.sentences.iter_mut().zip(used) {
            if !used {
                s.text = String::new();
            }
        }
        KeptArticle {
            iri,
            meta: self.article.meta,
            source: self.source,
            extraction,
        }
    }
}

/// An article extracted once, kept to give its quads later (see
/// [`ReadArticle::into_kept`]).
pub struct KeptArticle {
    iri: oxigraph::model::NamedNode,
    meta: model::Meta,
    source: String,
    pub extraction: Extraction,
}

impl KeptArticle {
    /// The article's IRI.
    pub fn iri(&self) -> &oxigraph::model::NamedNode {
        &self.iri
    }

    /// The article's quads and names, as [`ReadArticle::quads`] and
    /// [`ReadArticle::names`] give them.
    pub fn graph(&self) -> model::ArticleGraph<'_> {
        model::ArticleGraph {
            iri: self.iri.clone(),
            meta: &self.meta,
            source: &self.source,
            extraction: &self.extraction,
        }
    }

    /// Heap bytes held, roughly (strings and the items' own size).
    pub fn approx_bytes(&self) -> usize {
        use std::mem::size_of;
        let x = &self.extraction;
        let strings = x.sentences.iter().map(|s| s.text.len()).sum::<usize>()
            + x.entities
                .iter()
                .map(|e| {
                    e.key.len()
                        + e.label.len()
                        + e.alt_labels.iter().map(|a| a.len() + 48).sum::<usize>()
                })
                .sum::<usize>()
            + x.facts
                .iter()
                .map(|f| f.evidence.as_ref().map_or(0, String::len) + 32)
                .sum::<usize>();
        strings
            + x.sentences.len() * size_of::<model::Sentence>()
            + x.entities.len() * size_of::<model::Entity>()
            + x.facts.len() * size_of::<model::Fact>()
            + self.iri.as_str().len()
            + self.source.len()
            + 256
    }
}

/// What `build` should do.
#[derive(Clone, Debug, Default)]
pub struct BuildOptions {
    pub inputs: Vec<PathBuf>,
    pub store: PathBuf,
    /// Folder of lexicon files overriding the built-in ones.
    pub lexicon: Option<PathBuf>,
    /// How input bytes are decoded (`--encoding`, `--lossy`).
    pub read: input::ReadOptions,
    /// Leave bad inputs (and bad JSONL records) out and report them in
    /// [`BuildReport::rejected`] instead of failing before loading anything.
    pub keep_going: bool,
    /// Extraction threads (`None`: one per core). The graph is the same
    /// whatever the number.
    pub threads: Option<usize>,
    /// How to write the store.
    pub load: LoadMode,
    /// Read and extract only: the store is not opened (benchmarks, checks).
    pub dry_run: bool,
    /// Text per streamed batch (`None`: [`ingest::BATCH_BYTES`]). Memory
    /// grows with it; the graph does not depend on it.
    pub batch_bytes: Option<usize>,
    /// Extracted articles a bulk build keeps from its names pass, at most
    /// (`None`: [`ingest::KEEP_BYTES`]). Memory grows with it, the time
    /// of a large build shrinks; the graph does not depend on it.
    pub keep_bytes: Option<usize>,
}

/// How `build` writes the store (see [`ingest`] for what each guarantees).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LoadMode {
    /// Bulk into a new or empty store, transactions otherwise.
    #[default]
    Auto,
    /// Transactions of 256 articles, committed as the build goes.
    Transactions,
    /// Oxigraph's bulk loader, committed at the end in one step.
    Bulk,
}

/// What `build` did.
#[derive(Clone, Debug, Default)]
pub struct BuildReport {
    pub files: usize,
    /// Repairs made while reading (lossy decoding), for the user to see.
    pub warnings: Vec<input::Notice>,
    /// Inputs and JSONL records left out under keep-going, and why: the
    /// store holds every other article of the build.
    pub rejected: Vec<input::Notice>,
    /// Articles loaded (or, for a dry run, read).
    pub articles: usize,
    pub facts: usize,
    pub quads: usize,
    /// Files in folders skipped for their unknown type.
    pub skipped: Vec<PathBuf>,
    /// Input bytes (file sizes; text bytes for standard input).
    pub bytes: u64,
    /// Articles seen again in the same build (same text), loaded once.
    pub duplicates: usize,
    /// True when the bulk loader wrote the new articles.
    pub bulk: bool,
    /// Seconds the loader spent writing the store (not waiting for
    /// extraction); 0 for a dry run.
    pub store_seconds: f64,
    /// Seconds spent compacting the store after a bulk load (0 otherwise).
    pub compact_seconds: f64,
    /// Articles removed because a file built again no longer holds them.
    pub removed: usize,
    /// What alias resolution over the store changed (none for a dry run).
    pub resolved: Option<resolve::ResolveReport>,
}

/// Progress of a build, for a progress bar.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub enum Progress {
    /// Inputs read and checked: (bytes read, total bytes).
    Read(u64, u64),
    /// A build into an empty store reading the entities' names before it
    /// loads anything: (bytes done, total bytes).
    Naming(u64, u64),
    /// Articles loaded: (done, total).
    Loaded(usize, usize),
    /// Inputs extracted and handed to the store, so far.
    Ingested {
        bytes: u64,
        /// Total input bytes (0 when unknown).
        total: u64,
        articles: usize,
        facts: usize,
    },
    /// Bulk load: every batch is written, the store is committing them.
    Committing,
    /// Bulk load committed: the store is merging the files it ingested.
    Compacting,
    /// Resolving entities across articles in the store.
    Resolving,
}

/// The lexicon folder: the one given, else `./data/lexicon` when present.
pub fn lexicon_dir(given: Option<&Path>) -> Option<PathBuf> {
    given
        .map(Path::to_path_buf)
        .or_else(|| Some(PathBuf::from("data/lexicon")).filter(|p| p.is_dir()))
}

/// Reads, extracts and loads the inputs, streaming them in bounded batches
/// on every core (see [`ingest`]). Every input is read and checked before
/// the store is touched, so bad input leaves the store as it was.
pub fn build(opts: &BuildOptions, progress: &dyn Fn(Progress)) -> Result<BuildReport> {
    ingest::build(opts, progress)
}

/// What [`add_articles`] put into the store.
#[derive(Clone, Debug, Default)]
pub struct AddReport {
    pub articles: usize,
    pub facts: usize,
    /// Quads as extracted (without the default graph's copies).
    pub quads: usize,
}

/// Loads read articles into an open store, replacing any article already
/// there and resolving names across the store ([`articles::change`]):
/// batches of [`store::ARTICLES_PER_TRANSACTION`] articles, one
/// transaction each. Used by the server's
/// ingest.
pub fn add_articles(
    store: &Store,
    read: &[ReadArticle],
    progress: &dyn Fn(Progress),
) -> Result<AddReport> {
    let n = read.len();
    let mut report = AddReport::default();
    for chunk in read.chunks(store::ARTICLES_PER_TRANSACTION) {
        let batch: Vec<articles::NewArticle> = chunk
            .iter()
            .map(|r| articles::NewArticle {
                quads: r.quads(),
                names: r.names(),
            })
            .collect();
        articles::change(store, &batch, &[])?;
        report.articles += batch.len();
        report.quads += batch.iter().map(|b| b.quads.quads.len()).sum::<usize>();
        progress(Progress::Loaded(report.articles, n));
    }
    report.facts = read.iter().map(|r| r.extraction.facts.len()).sum();
    Ok(report)
}

/// What [`remove`] took out.
#[derive(Clone, Debug, Default)]
pub struct RemoveReport {
    pub articles: usize,
    /// Articles of the store rewritten because names they shared with the
    /// removed ones no longer merge their entities.
    pub rewritten: usize,
}

/// Removes articles from the store in one transaction, given by IRI or by
/// source file ([`articles::find_articles`]): the store then equals a build
/// of the remaining inputs. An unknown article or source is a usage error
/// and removes nothing.
pub fn remove(store: &Store, targets: &[String]) -> Result<RemoveReport> {
    let mut gone = Vec::new();
    for t in targets {
        for a in articles::find_articles(store, t)? {
            if !gone.contains(&a) {
                gone.push(a);
            }
        }
    }
    let r = articles::change(store, &[], &gone)?;
    Ok(RemoveReport {
        articles: r.removed,
        rewritten: r.rewritten,
    })
}

#[cfg(test)]
mod tests {
    use super::title_text;

    /// A headline's parts stay apart; spaces sprinkled between every char
    /// and spaces beside ASCII go.
    #[test]
    fn a_headline_s_parts_stay_apart() {
        let parts = |t: &'static str| t.split(' ').filter(|p| !p.is_empty()).collect::<Vec<_>>();
        assert_eq!(
            title_text(&parts("推进两地协同 青川经开区签约项目 20 亿元")),
            "推进两地协同 青川经开区签约项目20亿元"
        );
        assert_eq!(title_text(&parts("科 学 导 报")), "科学导报");
    }
}
