//! How `chainkg build` shows its progress: a bar per phase on a terminal,
//! a plain line every few seconds anywhere else.
//!
//! A build runs through phases (checking the inputs, reading the names of
//! a bulk build, loading, committing, compacting, resolving). On a terminal
//! each phase gets a fresh bar: a phase that counts bytes advances its bar,
//! one that cannot count (committing, compacting, resolving) spins with its
//! elapsed time, so the screen never sits still while work goes on. Off a
//! terminal (a CI log, `nohup`, a pipe) nobody sees a bar: a line on stderr
//! every few seconds says the phase, bytes, articles and rate, so a long
//! build in a log shows it is alive and how far it is.

use chainkg::Progress;
use indicatif::{ProgressBar, ProgressStyle};
use std::cell::RefCell;
use std::time::{Duration, Instant};

/// Seconds between two progress lines off a terminal, by default.
pub const DEFAULT_EVERY: f64 = 5.0;

/// Where a build stands, as the lines and bars show it.
#[derive(Clone, Debug, Default, PartialEq)]
struct State {
    phase: &'static str,
    /// Bytes (or articles, for `loading` by articles) done and in all; 0 in
    /// all when unknown.
    done: u64,
    total: u64,
    articles: usize,
}

/// Shows a build's progress; hand [`Reporter::update`] to the library.
pub struct Reporter {
    inner: RefCell<Inner>,
}

struct Inner {
    bar: Option<ProgressBar>,
    /// Off a terminal: the interval between lines, and when the last was
    /// printed.
    every: Duration,
    last_line: Instant,
    /// When the current phase started (rates are per phase).
    phase_start: Instant,
    state: State,
}

/// A progress-bar style; a bad template falls back to the default bar.
fn style(template: &str) -> ProgressStyle {
    ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar())
}

const BYTES_BAR: &str =
    "{msg:>10} [{bar:30}] {bytes}/{total_bytes} {binary_bytes_per_sec} eta {eta}";
const COUNT_BAR: &str = "{msg:>10} [{bar:30}] {pos}/{len} articles eta {eta}";
const SPINNER: &str = "{spinner} {msg} {elapsed}";

impl Reporter {
    /// A reporter drawing bars (`terminal`) or printing a line every
    /// `every` seconds (0: at every update).
    pub fn new(terminal: bool, every: f64) -> Reporter {
        let now = Instant::now();
        Reporter {
            inner: RefCell::new(Inner {
                bar: terminal.then(|| ProgressBar::new(0)),
                every: Duration::try_from_secs_f64(every).unwrap_or(Duration::ZERO),
                last_line: now,
                phase_start: now,
                state: State::default(),
            }),
        }
    }

    /// Takes one progress event of the build.
    pub fn update(&self, p: Progress) {
        let mut inner = self.inner.borrow_mut();
        let mut next = inner.state.clone();
        match p {
            Progress::Read(done, total) => {
                (next.phase, next.done, next.total) = ("checking", done, total)
            }
            Progress::Naming(done, total) => {
                (next.phase, next.done, next.total) = ("names", done, total)
            }
            Progress::Ingested {
                bytes,
                total,
                articles,
                ..
            } => {
                (next.phase, next.done, next.total) = ("loading", bytes, total);
                next.articles = articles;
            }
            Progress::Loaded(done, total) => {
                (next.phase, next.done, next.total) = ("loading", done as u64, total as u64);
                next.articles = done;
            }
            Progress::Committing => (next.phase, next.done, next.total) = ("committing", 0, 0),
            Progress::Compacting => (next.phase, next.done, next.total) = ("compacting", 0, 0),
            Progress::Resolving => (next.phase, next.done, next.total) = ("resolving", 0, 0),
            // Events added later: keep showing what was shown.
            _ => return,
        }
        let by_articles = matches!(p, Progress::Loaded(..));
        inner.show(next, by_articles);
    }

    /// Clears the bar before the summary line.
    pub fn finish(&self) {
        if let Some(b) = &self.inner.borrow().bar {
            b.finish_and_clear();
        }
    }
}

impl Inner {
    fn show(&mut self, next: State, by_articles: bool) {
        let new_phase = next.phase != self.state.phase;
        if new_phase {
            self.phase_start = Instant::now();
        }
        self.state = next;
        if self.bar.is_none() {
            if self.last_line.elapsed() >= self.every {
                eprintln!("chainkg: {}", self.line());
                self.last_line = Instant::now();
            }
            return;
        }
        if new_phase {
            // A fresh bar per phase, built whole before it is drawn: its
            // rate and eta count from here, and no frame mixes two phases.
            if let Some(old) = self.bar.take() {
                old.finish_and_clear();
            }
            self.bar = Some(self.phase_bar(by_articles));
        }
        if let Some(bar) = &self.bar {
            bar.set_message(self.message(by_articles));
            bar.set_length(self.state.total);
            bar.set_position(self.state.done);
            // Draw now: a phase that sends nothing more (committing) must
            // not sit showing the last one until the next tick.
            bar.tick();
        }
    }

    /// The bar of the phase now shown: bytes, articles, or a spinner with
    /// the time for a phase that cannot count.
    fn phase_bar(&self, by_articles: bool) -> ProgressBar {
        let s = &self.state;
        let template = match (s.total, by_articles) {
            (0, _) if s.done == 0 => SPINNER,
            // Standard input: bytes without a known end.
            (0, _) => "{spinner} {msg:>10} {bytes} {binary_bytes_per_sec}",
            (_, true) => COUNT_BAR,
            (_, false) => BYTES_BAR,
        };
        let bar = ProgressBar::new(s.total)
            .with_style(style(template))
            .with_message(self.message(by_articles));
        if template == SPINNER {
            // Nothing to count: the spinner and the clock show it works.
            bar.enable_steady_tick(Duration::from_millis(120));
        }
        bar
    }

    /// What the bar says: the phase, or the articles and their rate.
    fn message(&self, by_articles: bool) -> String {
        let s = &self.state;
        match s.phase {
            "loading" if s.articles > 0 && !by_articles => {
                let secs = self.phase_start.elapsed().as_secs_f64().max(1e-3);
                format!("{} articles, {:.0}/s", s.articles, s.articles as f64 / secs)
            }
            "committing" => "committing the loaded batches".to_string(),
            "compacting" => "compacting the store".to_string(),
            "resolving" => "resolving names across articles".to_string(),
            phase => phase.to_string(),
        }
    }

    /// `build: loading 12.3 of 20.0 MB (62 %), 4,120 articles, 2.10 MB/s, 6 s`
    fn line(&self) -> String {
        let s = &self.state;
        let secs = self.phase_start.elapsed().as_secs_f64();
        let mut parts = vec![format!("build: {}", s.phase)];
        let mb = |b: u64| b as f64 / 1e6;
        match (s.phase, s.total) {
            ("committing" | "compacting" | "resolving", _) => {}
            ("loading", t) if t > 0 && s.articles as u64 == s.done => {
                parts.push(format!("{} of {} articles", s.done, t));
            }
            (_, 0) => parts.push(format!("{:.1} MB", mb(s.done))),
            (_, t) => parts.push(format!(
                "{:.1} of {:.1} MB ({:.0} %)",
                mb(s.done),
                mb(t),
                100.0 * s.done as f64 / t as f64
            )),
        }
        if s.articles > 0 {
            parts.push(format!("{} articles", s.articles));
        }
        // A rate over less than a second says nothing.
        if s.done > 0 && secs >= 1.0 && s.articles as u64 != s.done {
            parts.push(format!("{:.2} MB/s", mb(s.done) / secs));
        }
        parts.push(format!("{secs:.0} s in this phase"));
        parts.join(", ")
    }
}
