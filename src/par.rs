//! Two-way fork–join for large pages in the native build.
//!
//! A long policy page splits its per-sentence work (cue and entity matching, the statement pass)
//! into two halves that run on two threads where the machine has two cores. Each half computes
//! exactly what the sequential code computes for it, and the halves are joined in order, so the
//! result is the same byte for byte (`tests/regressions.rs` checks this on a generated page).
//! Small inputs (OPP-115 segments, `batch` lines, update e-mails) stay on one thread: a thread
//! costs tens of microseconds to start. wasm32 (the extension) has no threads: there both halves
//! run one after the other.

/// Sentences below which a page is analysed on one thread.
pub(crate) const MIN_SENTENCES: usize = 300;

/// Whether a second thread is worth starting for `n` sentences.
pub(crate) fn worth_it(n: usize) -> bool {
    n >= MIN_SENTENCES && threads() > 1
}

#[cfg(not(target_arch = "wasm32"))]
fn threads() -> usize {
    static THREADS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *THREADS.get_or_init(|| {
        // `SHAREWATCH_THREADS=1` keeps everything on one thread (benchmarks compare both).
        let cap = std::env::var("SHAREWATCH_THREADS").ok().and_then(|v| v.parse::<usize>().ok());
        let have = std::thread::available_parallelism().map_or(1, |n| n.get());
        cap.map_or(have, |c| c.clamp(1, have.max(1)))
    })
}

#[cfg(target_arch = "wasm32")]
fn threads() -> usize {
    1
}

/// Runs `a` and `b`, on two threads when `parallel` holds (and the platform has threads), and
/// returns both results. A thread that cannot be started leaves `b` to run on this one; a panic
/// in either is passed on as it would be sequentially.
pub(crate) fn join<A: Send, B: Send>(
    parallel: bool,
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    #[cfg(not(target_arch = "wasm32"))]
    if parallel {
        let slot = std::sync::Mutex::new(Some(b));
        return std::thread::scope(|scope| {
            let spawned = std::thread::Builder::new().spawn_scoped(scope, || {
                let b = slot.lock().ok().and_then(|mut g| g.take());
                b.map(|b| b())
            });
            let ra = a();
            let rb = match spawned.map(|h| h.join()) {
                Ok(Ok(Some(rb))) => rb,
                Ok(Err(panic)) => std::panic::resume_unwind(panic),
                // Not started (or started without its work): run it here.
                Ok(Ok(None)) | Err(_) => {
                    let b = slot.lock().unwrap_or_else(|p| p.into_inner()).take();
                    b.expect("the second half runs exactly once")()
                }
            };
            (ra, rb)
        });
    }
    let _ = parallel;
    (a(), b())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_returns_both_results_in_order() {
        for parallel in [false, true] {
            let (a, b) = join(parallel, || (0..1000u64).sum::<u64>(), || "right".to_string());
            assert_eq!((a, b.as_str()), (499_500, "right"));
        }
    }

    #[test]
    fn join_passes_on_a_panic() {
        let r = std::panic::catch_unwind(|| join(true, || 1, || -> i32 { panic!("second half") }));
        assert!(r.is_err());
    }
}
