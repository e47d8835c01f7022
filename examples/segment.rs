//! The floor of any jieba-based pipeline: jieba-rs over the same documents
//! `chainkg build` reads, and nothing else (no normalization, no rules, no
//! store). `bench/compare.sh` divides chainkg's speed by this one.
//!
//! ```text
//! cargo run --release --example segment -- [--tag] [--no-hmm] PATH...
//! ```
//!
//! Uses chainkg's segmenter (jieba's dictionary plus the lexicons), one
//! thread; `--tag` adds POS tags as extraction does. Prints one line:
//! `files=… bytes=… docs=… tokens=… load_s=… seg_s=… mb_per_s=…`, where
//! bytes are input file sizes (as chainkg counts them) and `mb_per_s` is
//! bytes over the time spent in jieba only.

use chainkg::pipeline::input;
use std::path::PathBuf;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut tag = false;
    let mut hmm = true;
    let mut paths = Vec::new();
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--tag" => tag = true,
            "--no-hmm" => hmm = false,
            _ => paths.push(PathBuf::from(a)),
        }
    }
    if paths.is_empty() {
        return Err("usage: segment [--tag] [--no-hmm] PATH...".into());
    }
    let start = Instant::now();
    let jieba = chainkg::lexicon::Lexicon::builtin()?.segmenter()?;
    let load_s = start.elapsed().as_secs_f64();
    let mut skipped = Vec::new();
    let inputs = input::expand(&paths, &mut skipped)?;
    let (mut bytes, mut docs, mut tokens, mut seg_s) = (0u64, 0usize, 0usize, 0f64);
    // One file at a time, so memory stays flat on any corpus.
    for i in &inputs {
        if let input::Input::File(p, _) = i {
            bytes += std::fs::metadata(p)?.len();
        }
        let read = input::read(i)?;
        let t = Instant::now();
        for d in &read {
            tokens += if tag {
                jieba.tag(&d.text, hmm).len()
            } else {
                jieba.cut(&d.text, hmm).len()
            };
        }
        seg_s += t.elapsed().as_secs_f64();
        docs += read.len();
    }
    println!(
        "files={} bytes={bytes} docs={docs} tokens={tokens} load_s={load_s:.3} seg_s={seg_s:.3} mb_per_s={:.3}",
        inputs.len(),
        bytes as f64 / 1e6 / seg_s.max(1e-9)
    );
    Ok(())
}
