//! Times SPARQL queries on a store: each query runs `--runs` times (after
//! one warm-up run) and the median, fastest and slowest wall times are
//! printed with the number of results. Every result is read, as a client
//! would. Used by `bench/compare.sh` for the analyst queries.
//!
//! ```text
//! cargo run --release --example query_time -- --store DIR [--runs 10]
//!     [--set NAME=VALUE]... Q.rq...
//! ```
//!
//! `--set ZONE=…` replaces `{{ZONE}}` in the query texts (the generated
//! corpus has its own names). A run longer than `--timeout` seconds
//! (default 10) is cancelled and the query reported as `timeout`. Output:
//! one line per query, `name p50_ms=… min_ms=… max_ms=… results=…`.

use chainkg::store::{QueryOptions, Store};
use oxigraph::sparql::{CancellationToken, QueryResults};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Runs a query to its last result, cancelled after `limit`.
fn run(store: &Store, q: &str, limit: Duration) -> Result<usize, Box<dyn std::error::Error>> {
    let token = CancellationToken::new();
    let (done, wait) = mpsc::channel::<()>();
    let timer = {
        let token = token.clone();
        std::thread::spawn(move || {
            if wait.recv_timeout(limit).is_err() {
                token.cancel();
            }
        })
    };
    let opts = QueryOptions {
        cancel: Some(token),
        ..QueryOptions::default()
    };
    let result = count(store.query_with(q, &opts)?);
    let _ = done.send(());
    let _ = timer.join();
    result
}

fn count(results: QueryResults<'static>) -> Result<usize, Box<dyn std::error::Error>> {
    Ok(match results {
        QueryResults::Solutions(s) => {
            let mut n = 0;
            for row in s {
                row?;
                n += 1;
            }
            n
        }
        QueryResults::Boolean(_) => 1,
        QueryResults::Graph(g) => {
            let mut n = 0;
            for t in g {
                t?;
                n += 1;
            }
            n
        }
    })
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut store = None;
    let mut runs = 10usize;
    let mut limit = Duration::from_secs(10);
    let mut sets: Vec<(String, String)> = Vec::new();
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--store" => store = args.next().map(PathBuf::from),
            "--runs" => runs = args.next().ok_or("--runs N")?.parse()?,
            "--timeout" => {
                limit = Duration::from_secs_f64(args.next().ok_or("--timeout S")?.parse()?)
            }
            "--set" => {
                let kv = args.next().ok_or("--set NAME=VALUE")?;
                let (k, v) = kv.split_once('=').ok_or("--set NAME=VALUE")?;
                sets.push((format!("{{{{{k}}}}}"), v.to_string()));
            }
            _ => files.push(PathBuf::from(a)),
        }
    }
    let explain = std::env::var_os("QUERY_TIME_EXPLAIN").is_some();
    let store = Store::open_read_only(&store.ok_or("--store DIR is required")?)?;
    for f in &files {
        let mut q = std::fs::read_to_string(f)?;
        for (k, v) in &sets {
            q = q.replace(k, v);
        }
        if explain {
            println!("{}", store.explain(&q, &Default::default())?);
            continue;
        }
        let name = f.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
        let t = Instant::now();
        let results = match run(&store, &q, limit) {
            Ok(n) => n,
            Err(e) => {
                // Cancelled (or failed): no timing to repeat.
                println!(
                    "{name} p50_ms=timeout min_ms={:.0} max_ms=timeout results=? error={}",
                    t.elapsed().as_secs_f64() * 1e3,
                    e.to_string().replace(' ', "_")
                );
                continue;
            }
        };
        let mut times: Vec<f64> = (0..runs.max(1))
            .map(|_| {
                let t = Instant::now();
                run(&store, &q, limit).map(|_| t.elapsed().as_secs_f64() * 1e3)
            })
            .collect::<Result<_, _>>()?;
        times.sort_by(f64::total_cmp);
        println!(
            "{name} p50_ms={:.1} min_ms={:.1} max_ms={:.1} results={results}",
            times[times.len() / 2],
            times[0],
            times[times.len() - 1]
        );
    }
    Ok(())
}
