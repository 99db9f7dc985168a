//! A small, fast, non-cryptographic hasher for the engine's internal tables (word → patterns,
//! stop words, statement buckets). The keys are the page's own words, so hash flooding is not a
//! concern worth SipHash's cost: the worst case is a slower lookup, never a wrong answer.

use std::hash::{BuildHasherDefault, Hasher};

/// The multiply-rotate hash used by rustc (`FxHasher`), processing 8 bytes at a time.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The last 1–7 bytes zero-padded, little-endian, as `u64::from_le_bytes` of a padded
            // buffer reads them; assembled in a register, as a variable-length copy into a
            // buffer costs a `memcpy` call per word hashed.
            let mut word = 0u64;
            for (k, &b) in rest.iter().enumerate() {
                word |= u64::from(b) << (8 * k);
            }
            self.add(word);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` with [`FxHasher`].
pub type FxHashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` with [`FxHasher`].
pub type FxHashSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_behave_like_maps() {
        let mut m: FxHashMap<String, usize> = FxHashMap::default();
        for (i, w) in ["a", "ab", "abcdefgh", "abcdefghi", ""].iter().enumerate() {
            m.insert((*w).to_string(), i);
        }
        assert_eq!(m.get("abcdefghi"), Some(&3));
        assert_eq!(m.get("abcdefgh"), Some(&2));
        assert_eq!(m.get(""), Some(&4));
        assert_eq!(m.get("abcdefghij"), None);
    }

    #[test]
    fn tail_bytes_hash_as_a_zero_padded_word() {
        for s in ["", "a", "abc", "abcdefg", "abcdefgh", "abcdefghij", "\u{e9}t\u{e9}"] {
            let mut h = FxHasher::default();
            h.write(s.as_bytes());
            let mut padded = s.as_bytes().to_vec();
            let whole = padded.len() / 8 * 8;
            let mut r = FxHasher::default();
            if padded.len() > whole {
                padded.resize(whole + 8, 0);
            }
            for c in padded.chunks(8) {
                r.add(u64::from_le_bytes(c.try_into().unwrap()));
            }
            assert_eq!(h.finish(), r.finish(), "{s:?}");
        }
    }
}
