//! The load stage: N-Quads files (from `chainkg extract`, `chainkg resolve`
//! or a distributed job) into the store.
//!
//! Every file is parsed once before the store is touched, so a bad file is
//! refused with its line and the store stays as it was. Then the named
//! graphs the files hold are removed from the store (re-loading an article
//! replaces it), the quads go in through Oxigraph's bulk loader (committed
//! in one step at the end: all or nothing), the store is compacted, and
//! entities are resolved. Into an empty store the names are resolved from
//! the parse pass and the quads loaded resolved, with the entity cards
//! ([`crate::union`]), as a build does; otherwise entities are resolved
//! across the whole store ([`crate::resolve`]), which changes nothing when
//! the quads were resolved already. A store failure during the load itself
//! (disk full, kill) can leave the replaced graphs removed and the new ones
//! not yet in: loading the same files again completes it.

use crate::error::{Error, Result};
use crate::ingest::Fail;
use crate::resolve::{resolve_store, NameTable, Resolution, ResolveReport};
use crate::store::Store;
use oxigraph::io::{RdfFormat, RdfParseError, RdfParser};
use oxigraph::model::{GraphName, NamedNode, Quad};
use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// What [`load_nquads`] did.
#[derive(Clone, Debug, Default)]
pub struct LoadReport {
    pub files: usize,
    /// Named graphs (articles) loaded.
    pub graphs: usize,
    /// Of these, graphs that replaced one already in the store.
    pub replaced: usize,
    /// Quads read (the store drops duplicates).
    pub quads: usize,
    pub resolved: Option<ResolveReport>,
}

/// Options of [`load_nquads`].
#[derive(Clone, Debug, Default)]
pub struct LoadOptions {
    /// N-Quads files; `-` reads standard input (kept in memory).
    pub files: Vec<PathBuf>,
    pub store: PathBuf,
    /// Skip alias resolution over the store after loading.
    pub no_resolve: bool,
    /// Threads of the bulk loader (`None`: one per core).
    pub threads: Option<usize>,
}

/// An N-Quads input: a file, or standard input read once.
pub(crate) enum Source {
    File(PathBuf),
    Stdin(Vec<u8>),
}

impl Source {
    /// Opens `-` (reading all of standard input) or a file path.
    pub(crate) fn new(f: &Path) -> Result<Source> {
        Ok(if f.as_os_str() == "-" {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| Error::io("-", e))?;
            Source::Stdin(buf)
        } else {
            Source::File(f.to_path_buf())
        })
    }

    fn path(&self) -> &Path {
        match self {
            Source::File(p) => p,
            Source::Stdin(_) => Path::new("-"),
        }
    }

    fn reader(&self) -> Result<Box<dyn Read + '_>> {
        Ok(match self {
            Source::File(p) => Box::new(std::io::BufReader::new(
                std::fs::File::open(p).map_err(|e| Error::io(p, e))?,
            )),
            Source::Stdin(b) => Box::new(b.as_slice()),
        })
    }

    /// The quads of the input, each error naming the file and line.
    pub(crate) fn quads(&self) -> Result<impl Iterator<Item = Result<Quad>> + '_> {
        let path = self.path();
        Ok(RdfParser::from_format(RdfFormat::NQuads)
            .for_reader(self.reader()?)
            .map(move |q| q.map_err(|e| parse_error(path, e))))
    }
}

fn parse_error(path: &Path, e: RdfParseError) -> Error {
    match e {
        RdfParseError::Syntax(s) => {
            let line = s.location().map(|r| r.start.line as usize + 1);
            Error::bad_input(path, line, s.to_string())
        }
        RdfParseError::Io(e) => Error::io(path, e),
    }
}

/// Loads N-Quads files into the store (see the module docs).
pub fn load_nquads(opts: &LoadOptions) -> Result<LoadReport> {
    let sources: Vec<Source> = opts
        .files
        .iter()
        .map(|f| Source::new(f))
        .collect::<Result<_>>()?;
    // First pass: everything parses, and which graphs it holds.
    let mut report = LoadReport {
        files: sources.len(),
        ..LoadReport::default()
    };
    let mut graphs: BTreeSet<NamedNode> = BTreeSet::new();
    // The names, in case the store turns out empty (see below).
    let mut names = NameTable::default();
    for s in &sources {
        let mut last: Option<NamedNode> = None;
        for q in s.quads()? {
            let q = q?;
            report.quads += 1;
            if !opts.no_resolve {
                names.add(q.as_ref());
            }
            if let GraphName::NamedNode(g) = q.graph_name {
                if last.as_ref() != Some(&g) {
                    graphs.insert(g.clone());
                    last = Some(g);
                }
            }
        }
    }
    report.graphs = graphs.len();
    let store = Store::open(&opts.store)?;
    let err = |e: &dyn std::fmt::Display| store.error(e);
    let ox = store.oxigraph();
    // Into an empty store these files are all there is: resolve their names
    // now and load resolved quads with the entity cards, as a build does,
    // instead of rewriting the store afterwards.
    let resolution = match !opts.no_resolve && ox.is_empty().map_err(|e| err(&e))? {
        true => {
            let (resolution, resolved) = names.resolve_reported();
            report.resolved = Some(resolved);
            Some(resolution)
        }
        false => {
            drop(names);
            None
        }
    };
    let there: Vec<&NamedNode> = graphs
        .iter()
        .map(|g| ox.contains_named_graph(g).map(|t| t.then_some(g)))
        .filter_map(|r| r.transpose())
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| err(&e))?;
    report.replaced = there.len();
    for chunk in there.chunks(256) {
        let mut tx = ox.start_transaction().map_err(|e| err(&e))?;
        for g in chunk {
            tx.remove_named_graph(*g).map_err(|e| err(&e))?;
        }
        tx.commit().map_err(|e| err(&e))?;
    }
    let threads = opts
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mut loader = ox
        .bulk_loader()
        .with_num_threads(threads.max(1))
        .with_max_memory_size_in_megabytes(256);
    let fail = |e: Fail| match e {
        Fail::Lib(e) => e,
        Fail::Store(e) => err(&e),
    };
    let mut rewritten = 0;
    for s in &sources {
        match &resolution {
            None => loader.load_ok_quads::<Error, Fail>(s.quads()?),
            Some(r) => loader.load_ok_quads::<Error, Fail>(
                s.quads()?.flat_map(|q| resolved(q, r, &mut rewritten)),
            ),
        }
        .map_err(fail)?;
    }
    if resolution.is_some() {
        loader
            .load_ok_quads::<Error, Fail>([Ok(crate::union::marker())])
            .map_err(fail)?;
    }
    loader.commit().map_err(|e| err(&e))?;
    // As after a bulk build: merged now, the files just ingested neither
    // slow every read nor make the name pass's writes wait.
    ox.optimize().map_err(|e| err(&e))?;
    match (&mut report.resolved, opts.no_resolve) {
        (Some(r), _) => r.quads = rewritten,
        (None, false) => report.resolved = Some(resolve_store(&store)?),
        (None, true) => {}
    }
    Ok(report)
}

/// A parsed quad once resolved, followed by the card copies of those about
/// an entity.
fn resolved(q: Result<Quad>, r: &Resolution, rewritten: &mut usize) -> Vec<Result<Quad>> {
    let q = match q {
        Ok(q) => q,
        Err(e) => return vec![Err(e)],
    };
    let (mut out, mut cards) = (Vec::with_capacity(2), Vec::new());
    *rewritten += usize::from(r.apply_with_cards(q, &mut out, &mut cards));
    out.into_iter().chain(cards).map(Ok).collect()
}
