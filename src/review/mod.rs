//! The analyst's corrections to the engine's timeline, as data.
//!
//! The engine's output is never edited in place. Instead the analyst's work is
//! a list of [`Correction`]s (edit a field, delete, merge, split, add), saved in
//! the workspace file, and [`apply`] replays them over whatever the engine
//! produces now. Legs are found by their [`LegKey`], which depends only on the
//! text (see [`key`]), so corrections survive re-extraction, e.g. after a
//! publication date changed. A correction whose leg no longer exists is
//! reported in [`Review::unapplied`], never silently dropped.
//!
//! [`History`] adds bounded undo/redo over the correction list.
//!
//! No I/O, no egui; never panics.

pub mod fields;
pub mod filter;
pub mod history;
pub mod key;

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::{Evidence, Person, Place, Status, Visit};

pub use fields::{Field, FieldEdit, diff};
use fields::{check_country, check_person};
pub use history::History;
pub use key::LegKey;
use key::{Identity, first_evidence};

/// One thing the analyst did to the timeline.
///
/// Serialized with an `"op"` tag, e.g.
/// `{"op":"delete","target":"3f9a0c21d4e8b765"}` (see `docs/workspace.md`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Correction {
    /// Change fields of a leg. All changes apply together or not at all.
    Edit {
        target: LegKey,
        changes: Vec<FieldEdit>,
    },
    /// Remove a leg (e.g. not a visit).
    Delete { target: LegKey },
    /// Make one entry of two legs: `into` keeps its fields (empty ones are
    /// filled from `from`), evidence, counterparts and rules are unioned.
    /// The result keeps `into`'s key.
    Merge { into: LegKey, from: LegKey },
    /// Undo a merge: a leg made by [`Correction::Merge`] goes back to the two
    /// legs it was made of (as they were just before the merge); a leg the
    /// engine merged from several articles becomes one leg per article.
    Split { target: LegKey },
    /// A leg the engine missed, from a text selection.
    Add { leg: Box<NewLeg> },
}

impl Correction {
    /// The key this correction is aimed at (`None` for [`Correction::Add`]).
    pub fn target(&self) -> Option<&LegKey> {
        match self {
            Correction::Edit { target, .. }
            | Correction::Delete { target }
            | Correction::Split { target } => Some(target),
            Correction::Merge { into, .. } => Some(into),
            Correction::Add { .. } => None,
        }
    }
}

/// A leg the analyst adds from a text selection ("Add visit from selection").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewLeg {
    /// The selected span (see [`evidence_from_selection`]).
    pub evidence: Evidence,
    pub visitor: Person,
    pub place: Place,
    #[serde(default)]
    pub date: Option<NaiveDate>,
    #[serde(default)]
    pub date_text: Option<String>,
    pub status: Status,
    #[serde(default)]
    pub counterparts: Vec<Person>,
}

impl NewLeg {
    /// Why this leg cannot be added, if it cannot.
    pub fn check(&self) -> Result<(), crate::i18n::Message> {
        let e = &self.evidence;
        if e.path.is_empty() || e.start >= e.end {
            return Err(crate::i18n::Message::new("field-error-selection-empty")
                .with("range", format!("{}..{}", e.start, e.end))
                .with("path", format!("{:?}", e.path)));
        }
        check_person(&self.visitor)?;
        check_country(&self.place.country)?;
        self.counterparts.iter().try_for_each(check_person)?;
        FieldEdit::PlaceLat(self.place.lat).check()?;
        FieldEdit::PlaceLon(self.place.lon).check()
    }

    fn to_visit(&self) -> Visit {
        let mut place = self.place.clone();
        place.country = place.country.trim().to_ascii_uppercase();
        Visit {
            visitor: self.visitor.clone(),
            place,
            date: self.date,
            date_text: self.date_text.clone(),
            date_edtf: self.date.map(|d| d.to_string()),
            date_hijri: self.date.and_then(crate::calendar::hijri_iso),
            status: self.status,
            counterparts: self.counterparts.clone(),
            trip: None,
            evidence: vec![self.evidence.clone()],
            // The analyst's own reading.
            confidence: 1.0,
            rules: Vec::new(),
        }
    }
}

/// The [`Evidence`] for chars `start..end` of an article's `text` (offsets in
/// chars, as everywhere). `None` when the range is empty or out of bounds.
pub fn evidence_from_selection(
    path: &str,
    text: &str,
    start: usize,
    end: usize,
) -> Option<Evidence> {
    if start >= end {
        return None;
    }
    let selected: String = text.chars().skip(start).take(end - start).collect();
    (selected.chars().count() == end - start).then(|| Evidence {
        path: path.to_owned(),
        start,
        end,
        text: selected,
    })
}

/// A leg after the analyst's corrections: what the timeline and table show.
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewedLeg {
    /// Stable identity; the target of future corrections.
    pub key: LegKey,
    pub visit: Visit,
    /// Some field was changed by the analyst (see `edited_fields`).
    pub edited: bool,
    /// The analyst added this leg.
    pub added: bool,
    /// Made by a [`Correction::Merge`] (see `parts`).
    pub merged: bool,
    /// One part of a [`Correction::Split`] of a leg the engine had merged.
    pub split: bool,
    /// The fields the analyst changed, in [`Field`] order, without repeats.
    pub edited_fields: Vec<Field>,
    /// For a merged leg: the legs it was made of, as a split restores them.
    pub parts: Vec<ReviewedLeg>,
    /// Every key this leg answers to besides `key` (the anchors of all its
    /// evidence, and the keys of legs merged into it).
    pub aliases: Vec<LegKey>,
    identity: Identity,
}

impl ReviewedLeg {
    fn engine(visit: &Visit, key: LegKey) -> ReviewedLeg {
        let identity = Identity::of(&visit.visitor, &visit.place, "");
        ReviewedLeg {
            aliases: visit
                .evidence
                .iter()
                .map(|e| identity.anchor(Some(e)))
                .collect(),
            key,
            visit: visit.clone(),
            edited: false,
            added: false,
            merged: false,
            split: false,
            edited_fields: Vec::new(),
            parts: Vec::new(),
            identity,
        }
    }

    fn answers_to(&self, key: &LegKey) -> bool {
        self.key == *key || self.aliases.contains(key)
    }
}

/// Why a correction could not be applied. The UI lists these as orphaned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// No leg has this key (any more): re-extraction no longer finds it, or it
    /// was deleted or merged away by an earlier correction.
    NotFound(LegKey),
    /// A merge of a leg with itself.
    SameLeg(LegKey),
    /// A split of a leg that has only one source and was not merged.
    NothingToSplit(LegKey),
    /// The correction carries a value that cannot be stored (e.g. country
    /// `"Egypt"`, latitude 300); the message says which.
    Invalid(String),
}

impl Problem {
    /// Why the correction could not be applied, for the interface (its
    /// language chosen when shown). The value an `Invalid` correction
    /// carries is named as it was stored, in English.
    pub fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            Problem::NotFound(k) => Message::new("problem-not-found").with("key", k.to_string()),
            Problem::SameLeg(k) => Message::new("problem-same-leg").with("key", k.to_string()),
            Problem::NothingToSplit(k) => {
                Message::new("problem-nothing-to-split").with("key", k.to_string())
            }
            Problem::Invalid(m) => Message::new("problem-invalid").with("what", m.as_str()),
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::NotFound(k) => write!(
                f,
                "no leg with key {k} (no longer extracted, or deleted or merged)"
            ),
            Problem::SameLeg(k) => write!(f, "cannot merge leg {k} with itself"),
            Problem::NothingToSplit(k) => write!(f, "leg {k} is not merged: nothing to split"),
            Problem::Invalid(m) => f.write_str(m),
        }
    }
}

/// A correction [`apply`] could not apply.
#[derive(Clone, Debug, PartialEq)]
pub struct Unapplied {
    /// Position in the correction list.
    pub index: usize,
    pub correction: Correction,
    pub problem: Problem,
}

/// The result of [`apply`]: the reviewed legs and the corrections that no
/// longer apply.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Review {
    /// Engine order; split parts take the place of what they split; added
    /// legs come last, in the order they were added.
    pub legs: Vec<ReviewedLeg>,
    pub unapplied: Vec<Unapplied>,
}

impl Review {
    /// The leg with this key (or alias), if any.
    pub fn find(&self, key: &LegKey) -> Option<&ReviewedLeg> {
        find(&self.legs, key).and_then(|i| self.legs.get(i))
    }
}

/// (base key, date as written, evidence spans, timeline position).
type TieBreak<'a> = (
    &'a LegKey,
    Option<&'a str>,
    Vec<(&'a str, usize, usize)>,
    usize,
);

/// The keys of an engine timeline, in its order: what [`apply`] gives each
/// uncorrected leg.
///
/// Two legs with the same base key (same visitor, place and first evidence,
/// e.g. two days named in one sentence) are told apart by a `~n` suffix,
/// numbered in an order that does not depend on resolved dates.
pub fn keys(engine_timeline: &[Visit]) -> Vec<LegKey> {
    let base: Vec<LegKey> = engine_timeline
        .iter()
        .map(|v| Identity::of(&v.visitor, &v.place, "").anchor(first_evidence(&v.evidence)))
        .collect();
    // Date-independent tie-break among equal base keys: the date as written,
    // then all evidence spans, then timeline position.
    let mut order: Vec<TieBreak> = engine_timeline
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let spans = v
                .evidence
                .iter()
                .map(|e| (e.path.as_str(), e.start, e.end))
                .collect();
            (&base[i], v.date_text.as_deref(), spans, i)
        })
        .collect();
    order.sort_unstable();
    let order: Vec<usize> = order.into_iter().map(|t| t.3).collect();
    let mut out = base.clone();
    let mut run = 0;
    for (n, &i) in order.iter().enumerate() {
        let same_as_previous = n > 0 && order.get(n - 1).is_some_and(|&p| base[p] == base[i]);
        run = if same_as_previous { run + 1 } else { 1 };
        out[i] = base[i].with_suffix(run);
    }
    out
}

/// Replays `corrections`, in order, over the engine's timeline.
///
/// Runs in O((legs + corrections) · log legs): keys are looked up in hash
/// maps, so the UI can re-apply on every edit even with tens of thousands of
/// legs.
pub fn apply(engine_timeline: &[Visit], corrections: &[Correction]) -> Review {
    let mut work = Work::new(
        engine_timeline
            .iter()
            .zip(keys(engine_timeline))
            .map(|(v, k)| ReviewedLeg::engine(v, k)),
    );
    let mut unapplied = Vec::new();
    for (index, correction) in corrections.iter().enumerate() {
        if let Err(problem) = work.apply(correction) {
            unapplied.push(Unapplied {
                index,
                correction: correction.clone(),
                problem,
            });
        }
    }
    Review {
        legs: work.into_legs(),
        unapplied,
    }
}

fn find(legs: &[ReviewedLeg], key: &LegKey) -> Option<usize> {
    legs.iter()
        .position(|l| l.key == *key)
        .or_else(|| legs.iter().position(|l| l.answers_to(key)))
}

/// Where a leg goes in the output: engine legs `[i]`, added legs after them,
/// parts of a split `[..parent, n]`, compared lexicographically.
type Position = Vec<usize>;

/// The legs while corrections are replayed. Slots never move, so keys can be
/// indexed; a structural change empties slots and fills new ones.
struct Work {
    slots: Vec<Option<(Position, ReviewedLeg)>>,
    /// The key of every live leg (keys are unique among live legs).
    by_key: HashMap<LegKey, usize>,
    /// Slots that had this alias when inserted (stale entries are skipped).
    by_alias: HashMap<LegKey, Vec<usize>>,
    /// Position of the next added leg.
    next_added: usize,
}

impl Work {
    fn new(legs: impl ExactSizeIterator<Item = ReviewedLeg>) -> Work {
        let mut work = Work {
            slots: Vec::with_capacity(legs.len()),
            by_key: HashMap::with_capacity(legs.len()),
            by_alias: HashMap::with_capacity(legs.len()),
            next_added: legs.len(),
        };
        for (i, leg) in legs.enumerate() {
            work.insert(vec![i], leg);
        }
        work
    }

    fn insert(&mut self, position: Position, leg: ReviewedLeg) {
        let slot = self.slots.len();
        self.by_key.insert(leg.key.clone(), slot);
        for alias in &leg.aliases {
            self.by_alias.entry(alias.clone()).or_default().push(slot);
        }
        self.slots.push(Some((position, leg)));
    }

    fn take(&mut self, slot: usize) -> Option<(Position, ReviewedLeg)> {
        let taken = self.slots.get_mut(slot)?.take()?;
        if self.by_key.get(&taken.1.key) == Some(&slot) {
            self.by_key.remove(&taken.1.key);
        }
        Some(taken)
    }

    fn live(&self, slot: usize) -> Option<&(Position, ReviewedLeg)> {
        self.slots.get(slot)?.as_ref()
    }

    /// The leg with this key, else the first (in output order) with this alias.
    fn find(&self, key: &LegKey) -> Result<usize, Problem> {
        if let Some(&slot) = self.by_key.get(key) {
            return Ok(slot);
        }
        self.by_alias
            .get(key)
            .into_iter()
            .flatten()
            .filter_map(|&s| {
                self.live(s)
                    .filter(|(_, l)| l.answers_to(key))
                    .map(|(p, _)| (p, s))
            })
            .min()
            .map(|(_, s)| s)
            .ok_or_else(|| Problem::NotFound(key.clone()))
    }

    /// `key`, or the first `key~n` no live leg uses.
    fn unique_key(&self, key: LegKey) -> LegKey {
        let mut n = 1;
        loop {
            let candidate = key.with_suffix(n);
            if !self.by_key.contains_key(&candidate) {
                return candidate;
            }
            n += 1;
        }
    }

    fn apply(&mut self, correction: &Correction) -> Result<(), Problem> {
        match correction {
            Correction::Edit { target, changes } => {
                changes
                    .iter()
                    .try_for_each(FieldEdit::check)
                    .map_err(|m| Problem::Invalid(m.to_string()))?;
                let slot = self.find(target)?;
                if let Some(Some((_, leg))) = self.slots.get_mut(slot) {
                    for change in changes {
                        change.apply_to(&mut leg.visit);
                        leg.edited_fields.push(change.field());
                    }
                    leg.edited_fields.sort();
                    leg.edited_fields.dedup();
                    leg.edited |= !changes.is_empty();
                }
            }
            Correction::Delete { target } => {
                let slot = self.find(target)?;
                self.take(slot);
            }
            Correction::Merge { into, from } => {
                let i = self.find(into)?;
                let j = self.find(from)?;
                if i == j {
                    return Err(Problem::SameLeg(into.clone()));
                }
                if let (Some((_, absorbed)), Some((position, kept))) = (self.take(j), self.take(i))
                {
                    self.insert(position, merge(kept, absorbed));
                }
            }
            Correction::Split { target } => {
                let slot = self.find(target)?;
                let parts = self
                    .live(slot)
                    .and_then(|(_, leg)| split(leg))
                    .ok_or_else(|| Problem::NothingToSplit(target.clone()))?;
                if let Some((position, _)) = self.take(slot) {
                    for (n, mut part) in parts.into_iter().enumerate() {
                        part.key = self.unique_key(part.key);
                        let mut at = position.clone();
                        at.push(n);
                        self.insert(at, part);
                    }
                }
            }
            Correction::Add { leg } => {
                leg.check().map_err(|m| Problem::Invalid(m.to_string()))?;
                let identity = Identity::of(&leg.visitor, &leg.place, "add-");
                let key = self.unique_key(identity.anchor(Some(&leg.evidence)));
                let position = vec![self.next_added];
                self.next_added += 1;
                self.insert(
                    position,
                    ReviewedLeg {
                        key,
                        visit: leg.to_visit(),
                        edited: false,
                        added: true,
                        merged: false,
                        split: false,
                        edited_fields: Vec::new(),
                        parts: Vec::new(),
                        aliases: Vec::new(),
                        identity,
                    },
                );
            }
        }
        Ok(())
    }

    fn into_legs(self) -> Vec<ReviewedLeg> {
        let mut live: Vec<(Position, ReviewedLeg)> = self.slots.into_iter().flatten().collect();
        live.sort_by(|a, b| a.0.cmp(&b.0));
        live.into_iter().map(|(_, leg)| leg).collect()
    }
}

/// One leg of `a` and `b`: `a`'s fields, its empty ones filled from `b`;
/// evidence, counterparts and rules unioned; `a`'s key.
fn merge(a: ReviewedLeg, b: ReviewedLeg) -> ReviewedLeg {
    let mut m = a.clone();
    let (v, w) = (&mut m.visit, &b.visit);
    for field in Field::ALL {
        if field.of(v).is_unknown() {
            field.of(w).apply_to(v);
        }
    }
    fill(&mut v.trip, &w.trip);
    if key::normalize(&w.visitor.name_ar).len() > key::normalize(&v.visitor.name_ar).len()
        && key::family_name(&w.visitor.name_ar) == key::family_name(&v.visitor.name_ar)
    {
        // The fuller form of the same name ("بلينكن" → "أنتوني بلينكن").
        v.visitor.name_ar = w.visitor.name_ar.clone();
    }
    for e in &w.evidence {
        if !v.evidence.contains(e) {
            v.evidence.push(e.clone());
        }
    }
    for p in &w.counterparts {
        union_person(&mut v.counterparts, p);
    }
    for r in &w.rules {
        if !v.rules.contains(r) {
            v.rules.push(r.clone());
        }
    }
    v.confidence = v.confidence.max(w.confidence);
    m.merged = true;
    m.edited |= b.edited;
    m.added |= b.added;
    m.edited_fields.extend(b.edited_fields.iter().copied());
    m.edited_fields.sort();
    m.edited_fields.dedup();
    for k in std::iter::once(&b.key).chain(&b.aliases) {
        if *k != m.key && !m.aliases.contains(k) {
            m.aliases.push(k.clone());
        }
    }
    m.parts = vec![a, b];
    m
}

fn fill<T: Clone>(slot: &mut Option<T>, other: &Option<T>) {
    if slot.is_none() {
        slot.clone_from(other);
    }
}

/// Adds `p` to `people` unless the same person is there; the same person is
/// the same normalized name, or a shorter form of it with the same family
/// name ("بلينكن" and "أنتوني بلينكن"), in which case the fuller form stays.
fn union_person(people: &mut Vec<Person>, p: &Person) {
    let n = key::normalize(&p.name_ar);
    let same = |q: &Person| {
        let m = key::normalize(&q.name_ar);
        m == n || m.ends_with(&format!(" {n}")) || n.ends_with(&format!(" {m}"))
    };
    match people.iter_mut().find(|q| same(q)) {
        Some(q) => {
            if n.len() > key::normalize(&q.name_ar).len() {
                q.name_ar = p.name_ar.clone();
            }
            fill(&mut q.name_en, &p.name_en);
            fill(&mut q.role, &p.role);
            fill(&mut q.country, &p.country);
        }
        None => people.push(p.clone()),
    }
}

/// The parts of `leg`: those of a merge, else one leg per article for a leg
/// the engine merged from several articles, else `None`.
fn split(leg: &ReviewedLeg) -> Option<Vec<ReviewedLeg>> {
    if !leg.parts.is_empty() {
        return Some(leg.parts.clone());
    }
    let mut paths: Vec<&str> = Vec::new();
    for e in &leg.visit.evidence {
        if !paths.contains(&e.path.as_str()) {
            paths.push(&e.path);
        }
    }
    if paths.len() < 2 {
        return None;
    }
    let parts = paths
        .iter()
        .map(|path| {
            let mut part = leg.clone();
            part.visit.evidence.retain(|e| e.path == *path);
            part.key = leg.identity.anchor(first_evidence(&part.visit.evidence));
            part.aliases = part
                .visit
                .evidence
                .iter()
                .map(|e| leg.identity.anchor(Some(e)))
                .collect();
            part.split = true;
            part
        })
        .collect();
    Some(parts)
}
