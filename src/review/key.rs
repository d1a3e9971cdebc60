//! Stable identity of a leg: [`LegKey`].
//!
//! A key is derived from what the *text* says, never from what was resolved
//! against the publication date: the visitor's normalized Arabic family name,
//! the place (country, city) and the position of the evidence (article path
//! and start offset). Re-running the engine on the same text therefore gives
//! the same keys, also after the analyst changes a publication date, and the
//! analyst's corrections keep finding their legs.
//!
//! The hash is FNV-1a 64, written out here so that keys stay identical across
//! Rust versions and platforms (std's `DefaultHasher` promises neither).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::{Evidence, Person, Place};

/// Opaque, stable identifier of a leg, e.g. `"3f9a0c21d4e8b765"`.
///
/// Engine legs get 16 hex digits; legs the analyst added start with `add-`;
/// when two legs would share a key, the later ones get `~2`, `~3`, ...
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LegKey(String);

impl LegKey {
    /// Wraps an existing key (e.g. one read back from a workspace file).
    pub fn new(key: impl Into<String>) -> LegKey {
        LegKey(key.into())
    }

    /// The key as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// This key with a collision suffix (`n` ≥ 2 gives `KEY~n`).
    pub(crate) fn with_suffix(&self, n: usize) -> LegKey {
        if n < 2 {
            self.clone()
        } else {
            LegKey(format!("{}~{n}", self.0))
        }
    }
}

impl fmt::Display for LegKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a key is computed from: the leg's identity as the engine (or the
/// analyst, for added legs) first reported it. Kept unchanged through edits
/// so that edits never change which key a leg answers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Identity {
    family: String,
    country: String,
    city: String,
    /// `""` for engine legs, `"add-"` for legs the analyst added.
    prefix: &'static str,
}

impl Identity {
    pub(crate) fn of(visitor: &Person, place: &Place, prefix: &'static str) -> Identity {
        Identity {
            family: family_name(&visitor.name_ar),
            country: place.country.trim().to_ascii_uppercase(),
            city: place.city.as_deref().unwrap_or("").trim().to_lowercase(),
            prefix,
        }
    }

    /// The key of a leg with this identity anchored at `evidence`.
    pub(crate) fn anchor(&self, evidence: Option<&Evidence>) -> LegKey {
        let mut h = Fnv::new();
        h.field(b"jawla-leg-v1");
        h.field(self.family.as_bytes());
        h.field(self.country.as_bytes());
        h.field(self.city.as_bytes());
        match evidence {
            Some(e) => {
                h.field(e.path.as_bytes());
                h.field(e.start.to_string().as_bytes());
            }
            None => h.field(b"-"),
        }
        LegKey(format!("{}{:016x}", self.prefix, h.0))
    }
}

/// The evidence a leg's key is anchored at: the first in (path, start) order,
/// so that the order in which a merge listed its sources does not matter.
pub(crate) fn first_evidence(evidence: &[Evidence]) -> Option<&Evidence> {
    evidence
        .iter()
        .min_by(|a, b| (&a.path, a.start).cmp(&(&b.path, b.start)))
}

/// The last word of an Arabic name, normalized for comparison:
/// `"أنتوني بلينكن"` → `"بلينكن"`.
pub fn family_name(name_ar: &str) -> String {
    normalize(name_ar)
        .split(' ')
        .next_back()
        .unwrap_or("")
        .to_owned()
}

/// Normalizes Arabic (or Latin) text for comparing names: the engine's
/// normalization, so that review and extraction agree on what is one name.
pub use crate::engine::normalize_for_matching as normalize;

/// FNV-1a 64 with a separator byte after every field, so that ("ab", "c")
/// and ("a", "bc") hash differently.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn byte(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
    }

    fn field(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.byte(b);
        }
        self.byte(0x1f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn family_name_ignores_hamza_diacritics_and_tatweel() {
        assert_eq!(family_name("أنتوني بلينكن"), "بلينكن");
        assert_eq!(family_name("عبد الفتاح السيسي"), "السيسي");
        assert_eq!(family_name("فيصل  المقـداد،"), "المقداد");
        assert_eq!(family_name("إبراهيم"), "ابراهيم");
        assert_eq!(family_name("أسامة"), "اسامه");
        assert_eq!(family_name("مُصْطَفَى"), "مصطفي");
        assert_eq!(family_name(""), "");
        assert_eq!(family_name("Wang Yi"), "yi");
    }

    #[test]
    fn fnv_matches_the_reference_values() {
        // Reference FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c; ours adds a 0x1f separator.
        let mut h = Fnv::new();
        h.byte(b'a');
        assert_eq!(h.0, 0xaf63_dc4c_8601_ec8c);
    }
}
