//! Time limits for running queries.
//!
//! Oxigraph stops an evaluation when its cancellation token is cancelled, but
//! something has to cancel it when time is up. One watchdog thread holds the
//! deadlines of all running operations, sleeps until the nearest one and
//! cancels what is overdue; a thread per query (or a polling loop) would cost
//! more for the same thing.

use oxigraph::sparql::CancellationToken;
use std::collections::BTreeMap;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

#[derive(Default)]
struct Deadlines {
    /// (deadline, id) → token; ordered so the first entry is the next due.
    due: BTreeMap<(Instant, u64), CancellationToken>,
    next_id: u64,
    stop: bool,
}

struct Shared {
    deadlines: Mutex<Deadlines>,
    wake: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Deadlines> {
        // A panic elsewhere must not take the time limits down with it.
        self.deadlines
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

/// Cancels operations that run past their deadline.
pub(super) struct Watchdog {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

/// A running operation's time limit; dropping it (when the operation ends)
/// removes the deadline. It may move to the thread that evaluates.
pub(super) struct Deadline {
    shared: Arc<Shared>,
    key: (Instant, u64),
    token: CancellationToken,
}

impl Watchdog {
    pub(super) fn start() -> std::io::Result<Self> {
        let shared = Arc::new(Shared {
            deadlines: Mutex::new(Deadlines::default()),
            wake: Condvar::new(),
        });
        let inner = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("chainkg-watchdog".into())
            .spawn(move || watch(&inner))?;
        Ok(Watchdog {
            shared,
            thread: Some(thread),
        })
    }

    /// Registers an operation that must end within `limit`.
    pub(super) fn deadline(&self, limit: Duration) -> Deadline {
        let token = CancellationToken::new();
        let mut d = self.shared.lock();
        let key = (Instant::now() + limit, d.next_id);
        d.next_id += 1;
        d.due.insert(key, token.clone());
        drop(d);
        self.shared.wake.notify_one();
        Deadline {
            shared: Arc::clone(&self.shared),
            key,
            token,
        }
    }
}

impl Watchdog {
    /// Cancels every running operation (at shutdown).
    pub(super) fn cancel_all(&self) {
        let mut d = self.shared.lock();
        for token in std::mem::take(&mut d.due).into_values() {
            token.cancel();
        }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        self.shared.lock().stop = true;
        self.shared.wake.notify_one();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl Deadline {
    /// The token to hand to the evaluator.
    pub(super) fn token(&self) -> CancellationToken {
        self.token.clone()
    }

    /// True when the watchdog has cancelled the operation.
    pub(super) fn expired(&self) -> bool {
        self.token.is_cancelled()
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        self.shared.lock().due.remove(&self.key);
    }
}

fn watch(shared: &Shared) {
    let mut d = shared.lock();
    loop {
        if d.stop {
            return;
        }
        let now = Instant::now();
        while let Some(entry) = d.due.first_entry() {
            if entry.key().0 > now {
                break;
            }
            entry.remove().cancel();
        }
        d = match d.due.keys().next().map(|k| k.0) {
            Some(next) => {
                shared
                    .wake
                    .wait_timeout(d, next.saturating_duration_since(now))
                    .unwrap_or_else(PoisonError::into_inner)
                    .0
            }
            None => shared.wake.wait(d).unwrap_or_else(PoisonError::into_inner),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cancels_only_what_is_overdue() {
        let w = Watchdog::start().unwrap();
        let short = w.deadline(Duration::from_millis(30));
        let long = w.deadline(Duration::from_secs(60));
        std::thread::sleep(Duration::from_millis(200));
        assert!(short.expired());
        assert!(!long.expired());
        drop(long);
        assert!(w.shared.lock().due.is_empty());
    }
}
