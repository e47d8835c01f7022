//! Answers of recent queries, kept until the store changes.
//!
//! A dashboard or the query page sends the same few aggregates again and
//! again (counts by type, the chain leaders, the project table); on a large
//! store each costs tens of milliseconds and, under load, a query slot. The
//! store changes only through this server's writes (it holds the store's
//! lock), so an answer stays right until the next update or ingest: every
//! write clears the cache before and after it runs, and an evaluation that
//! started before a write never stores its answer (generations).

use super::Reply;
use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, PoisonError};

/// At most this many answers…
const MAX_ENTRIES: usize = 512;
/// …of at most this many bytes in all…
const MAX_BYTES: usize = 64 << 20;
/// …each at most this large (a big answer costs its transfer anyway).
const MAX_ENTRY_BYTES: usize = 256 << 10;

/// What makes two requests the same: the query, its dataset and the
/// format asked for.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub(crate) struct Key {
    pub text: String,
    pub default_graphs: Option<Vec<String>>,
    pub named_graphs: Option<Vec<String>>,
    pub accept: Option<String>,
    pub asked: Vec<String>,
}

#[derive(Default)]
struct Inner {
    /// Bumped by every write.
    generation: u64,
    answers: HashMap<Key, Reply>,
    /// Oldest first, for eviction.
    order: VecDeque<Key>,
    bytes: usize,
}

/// The answers, shared by the worker threads.
#[derive(Default)]
pub(crate) struct ResultCache {
    inner: Mutex<Inner>,
}

impl ResultCache {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The stored answer to `key`, and the generation to store a new one
    /// under when there is none.
    pub fn get(&self, key: &Key) -> Result<Reply, u64> {
        let inner = self.lock();
        inner.answers.get(key).cloned().ok_or(inner.generation)
    }

    /// Keeps a successful answer computed at `generation`, unless the
    /// store has changed since or the answer is too large.
    pub fn put(&self, key: Key, reply: &Reply, generation: u64) {
        let size = reply.body.len() + key.text.len();
        if reply.status != 200 || size > MAX_ENTRY_BYTES {
            return;
        }
        let mut inner = self.lock();
        if inner.generation != generation || inner.answers.contains_key(&key) {
            return;
        }
        while inner.answers.len() >= MAX_ENTRIES || inner.bytes + size > MAX_BYTES {
            let Some(old) = inner.order.pop_front() else {
                break;
            };
            if let Some(r) = inner.answers.remove(&old) {
                inner.bytes -= r.body.len() + old.text.len();
            }
        }
        inner.bytes += size;
        inner.order.push_back(key.clone());
        inner.answers.insert(key, reply.clone());
    }

    /// Forgets every answer: the store is about to change, or has.
    pub fn invalidate(&self) {
        let mut inner = self.lock();
        inner.generation += 1;
        inner.answers.clear();
        inner.order.clear();
        inner.bytes = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(q: &str) -> Key {
        Key {
            text: q.to_string(),
            default_graphs: None,
            named_graphs: None,
            accept: None,
            asked: Vec::new(),
        }
    }

    /// An answer is kept for its exact request until a write; one computed
    /// before a write is never kept; failures are not kept.
    #[test]
    fn answers_live_until_the_next_write() {
        let cache = ResultCache::default();
        let generation = cache.get(&key("q1")).unwrap_err();
        let ok = Reply::new(200, "text/plain", b"1".to_vec());
        cache.put(key("q1"), &ok, generation);
        assert_eq!(cache.get(&key("q1")).map(|r| r.body), Ok(b"1".to_vec()));
        assert!(cache.get(&key("q2")).is_err());
        let mut other = key("q1");
        other.accept = Some("text/csv".into());
        assert!(cache.get(&other).is_err());
        // Computed before a write: not kept.
        let before = cache.get(&key("q3")).unwrap_err();
        cache.invalidate();
        cache.put(key("q3"), &ok, before);
        assert!(cache.get(&key("q3")).is_err());
        assert!(cache.get(&key("q1")).is_err());
        let now = cache.get(&key("q4")).unwrap_err();
        cache.put(key("q4"), &Reply::error(500, "x"), now);
        assert!(cache.get(&key("q4")).is_err());
    }

    /// The oldest answers go first when the cache is full.
    #[test]
    fn the_oldest_answers_go_first() {
        let cache = ResultCache::default();
        let ok = Reply::new(200, "text/plain", b"x".to_vec());
        for i in 0..=MAX_ENTRIES {
            let g = cache.get(&key(&i.to_string())).unwrap_err();
            cache.put(key(&i.to_string()), &ok, g);
        }
        assert!(cache.get(&key("0")).is_err());
        assert!(cache.get(&key(&MAX_ENTRIES.to_string())).is_ok());
    }
}
