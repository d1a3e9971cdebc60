//! The extraction engine: Arabic article text → diplomatic visits, as a
//! cascade of small stages (the shape of FASTUS and GATE's ANNIE), each a
//! pure function from one representation to the next, each in its own file:
//!
//! 1. [`tokens`]: tokens with char offsets, normalized for matching;
//!    sentences; [`boilerplate`] cuts what is not the article.
//! 2. [`morph`]: clitics (و ف ب ل ك ال), the future prefix س; attached
//!    pronouns are read on the dictionary side.
//! 3. [`lookup`]: the longest phrase of the resources at each token
//!    (places, titles, officials, trigger lemmas in every inflection, cues,
//!    time words) and word classes (common words, given names, particles).
//! 4. chunks: [`person`] (title + nationality + name, name + title),
//!    [`people`] (coreference: family names, role-only mentions), [`place`]
//!    (places and coordinated lists), [`dates`] (time expressions).
//! 5. [`frames`]: each trigger's frame (traveller, other side, places,
//!    time), as `assets/rules/frames.tsv` says for its kind, with the
//!    [`modality`] its cues give.
//! 6. [`discourse`]: the traveller carried across sentences, tour lists,
//!    companions, counterparts, origins.
//! 7. [`legs`]: one leg per traveller and place, status and date, in scope
//!    and away from home; legs of one visit merged. [`analyze`] wires the
//!    stages; [`trace`] prints them; [`merge`] builds the timeline over
//!    articles.
//!
//! Every leg lists the rule of every stage that made it (`Visit::rules`):
//! trigger and cue IDs from `assets/rules/`, stage rule IDs from
//! `assets/rules/stages.tsv` (each with an example that must fire and one
//! that must not, checked by a test).
//!
//! Invariants: no I/O, no egui, never panics; every offset is kept in chars
//! into the original text. All language knowledge lives in `assets/`.
//!
//! Public surface (used by the CLI and the app):
//! [`Engine::embedded`], [`Engine::extract`], [`Engine::entities`] /
//! [`Engine::analyze`] (visits + recognized names in one pass),
//! [`Engine::trace`], [`Engine::extract_all`], [`merge`],
//! [`normalize_for_matching`] (names and search text, used by `review`) and
//! [`country_name_en`] (gazetteer names, used by `export`).

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::model::{ArticleVisits, Document, Entity, ExtractOutput, Person, Status, Trip, Visit};

mod analyze;
mod boilerplate;
pub mod dates;
mod discourse;
mod frames;
mod legs;
mod lookup;
mod modality;
pub mod morph;
mod people;
mod person;
mod place;
pub mod resources;
mod romanize;
pub mod tokens;
mod trace;

use resources::Resources;
pub use tokens::normalize_for_matching;

/// The engine with its language resources loaded. Cheap to share (`&'static`).
#[derive(Debug)]
pub struct Engine {
    res: Resources,
}

impl Engine {
    /// The engine built from the resources embedded in the binary.
    pub fn embedded() -> &'static Engine {
        static ENGINE: OnceLock<Engine> = OnceLock::new();
        ENGINE.get_or_init(|| Engine {
            // The embedded files are fixed at build time and parsed by the
            // resource test (tests/core/engine_resources.rs), so this cannot fail
            // in a tested build.
            res: Resources::load()
                .expect("embedded resources parse (checked by tests/core/engine_resources.rs)"),
        })
    }

    /// The visits reported by one article (a text longer than
    /// [`PART_BYTES`] is read in parts, see [`Self::analyze_parts`]).
    pub fn extract(&self, doc: &Document) -> Vec<Visit> {
        if doc.text.len() <= PART_BYTES {
            return analyze::Analysis::run(&self.res, doc).visits();
        }
        self.analyze(doc).0
    }

    /// The names the analysis recognized in `doc`: every person mention (full
    /// names and later family-name mentions), place (country, city, venue)
    /// and time expression, in text order and non-overlapping, as char
    /// offsets into `doc.text`.
    pub fn entities(&self, doc: &Document) -> Vec<Entity> {
        self.analyze(doc).1
    }

    /// [`Self::extract`] and [`Self::entities`] from one analysis of `doc`.
    /// A text longer than [`PART_BYTES`] is analysed in parts
    /// ([`Self::analyze_parts`]).
    pub fn analyze(&self, doc: &Document) -> (Vec<Visit>, Vec<Entity>) {
        if doc.text.len() <= PART_BYTES {
            let a = analyze::Analysis::run(&self.res, doc);
            return (a.visits(), a.entities());
        }
        let all = self.analyze_parts(&doc.path, &doc.text, doc.published, &mut |_| true);
        all.unwrap_or_default()
    }

    /// [`Self::analyze`] of the article `path` with text `text`, in parts of
    /// at most [`PART_BYTES`] cut at paragraph ends (else at a space): an
    /// archive export of 200 MB is read a megabyte at a time, in bounded
    /// memory. After each part `progress` is told how far the analysis is;
    /// when it returns `false` the analysis stops and the result is `None`
    /// (cancelled). Offsets in the result index the whole `text`.
    ///
    /// A visit is found within one part: the sentences of a visit report
    /// are never cut (parts end at paragraph ends), but a name introduced
    /// in one part is not known by its family name alone in the next.
    pub fn analyze_parts(
        &self,
        path: &str,
        text: &str,
        published: Option<NaiveDate>,
        progress: &mut dyn FnMut(PartProgress) -> bool,
    ) -> Option<(Vec<Visit>, Vec<Entity>)> {
        let mut visits: Vec<Visit> = Vec::new();
        let mut entities = Vec::new();
        // The same visit reported again in a later part (an archive that
        // repeats a story) is one visit with more evidence, as within a part.
        // (Within a part the analysis has merged what it should.)
        let mut seen: HashMap<String, (usize, usize)> = HashMap::new();
        let mut chars_before = 0;
        for (part_no, part) in parts(text).into_iter().enumerate() {
            let piece = &text[part.clone()];
            let doc = Document {
                path: path.to_owned(),
                text: piece.to_owned(),
                published,
            };
            let a = analyze::Analysis::run(&self.res, &doc);
            let (mut v, mut e) = (a.visits(), a.entities());
            if chars_before > 0 {
                for visit in &mut v {
                    for ev in &mut visit.evidence {
                        ev.start += chars_before;
                        ev.end += chars_before;
                    }
                }
                for entity in &mut e {
                    entity.start += chars_before;
                    entity.end += chars_before;
                }
            }
            for visit in v {
                let key = part_key(&visit);
                match seen.get(&key) {
                    Some(&(k, earlier)) if earlier < part_no => absorb(&mut visits[k], visit),
                    Some(_) => visits.push(visit),
                    None => {
                        seen.insert(key, (visits.len(), part_no));
                        visits.push(visit);
                    }
                }
            }
            entities.append(&mut e);
            chars_before += piece.chars().count();
            let report = PartProgress {
                done_bytes: part.end,
                total_bytes: text.len(),
            };
            if !progress(report) {
                return None;
            }
        }
        Some((visits, entities))
    }

    /// A human-readable trace of how `doc` was read, stage by stage
    /// (persons, places, times, frames with their cues, visits with their
    /// rules): why a visit was found or missed. `jawla extract --trace`.
    pub fn trace(&self, doc: &Document) -> String {
        analyze::Analysis::run(&self.res, doc).trace()
    }

    /// Per-article visits and the merged timeline over all `docs`.
    pub fn extract_all(&self, docs: &[Document]) -> ExtractOutput {
        let articles: Vec<ArticleVisits> = docs
            .iter()
            .map(|d| ArticleVisits {
                path: d.path.clone(),
                published: d.published,
                visits: self.extract(d),
            })
            .collect();
        let timeline = merge(&articles);
        ExtractOutput { articles, timeline }
    }
}

/// Longest text the engine analyses in one piece (1 MiB): news articles
/// are far shorter; longer texts are analysed in parts
/// ([`Engine::analyze_parts`]).
pub const PART_BYTES: usize = 1 << 20;

/// How far [`Engine::analyze_parts`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartProgress {
    /// Bytes of the text analysed so far.
    pub done_bytes: usize,
    pub total_bytes: usize,
}

/// What makes two visits of one article the same visit across parts: the
/// visitor, the place, the day and the status.
fn part_key(v: &Visit) -> String {
    let who = v.visitor.name_en.as_deref().unwrap_or(&v.visitor.name_ar);
    format!(
        "{who}\u{1f}{}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}",
        v.place.country, v.place.city, v.date, v.status
    )
}

/// Adds what `other` (the same visit, found again) says to `v`: its
/// evidence, rules and counterparts, and the higher confidence. Used for a
/// visit found again in a later part of one text and, by [`merge`], for
/// the same leg reported by another article.
fn absorb(v: &mut Visit, other: Visit) {
    v.evidence.extend(other.evidence);
    for r in other.rules {
        if !v.rules.contains(&r) {
            v.rules.push(r);
        }
    }
    for c in other.counterparts {
        if !v.counterparts.iter().any(|x| same_person(x, &c)) {
            v.counterparts.push(c);
        }
    }
    v.confidence = v.confidence.max(other.confidence);
}

/// `text` cut into byte ranges of at most [`PART_BYTES`], each ending after
/// a line break when there is one in its second half, else after a space,
/// else at a char boundary. Together they cover `text` in order.
fn parts(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while text.len() - start > PART_BYTES {
        let mut end = start + PART_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let window = &text.as_bytes()[start + PART_BYTES / 2..end];
        let cut = window
            .iter()
            .rposition(|&b| b == b'\n')
            .or_else(|| window.iter().rposition(|&b| b == b' '))
            .map(|i| start + PART_BYTES / 2 + i + 1);
        if let Some(cut) = cut {
            end = cut;
        }
        out.push(start..end);
        start = end;
    }
    out.push(start..text.len());
    out
}

/// The English short name of the country with ISO 3166-1 alpha-2 code `iso2`
/// (any case, surrounding spaces ignored), from `assets/gazetteer/countries.tsv`:
/// `"us"` → `"United States"`. `None` for a code the gazetteer does not know.
pub fn country_name_en(iso2: &str) -> Option<&'static str> {
    let iso = iso2.trim().to_ascii_uppercase();
    Engine::embedded()
        .res
        .country(&iso)
        .map(|c| c.name_en.as_str())
}

/// The definite article (`lexicon/function_words.tsv`), stripped from family
/// names when comparing people across articles.
fn article() -> &'static str {
    Engine::embedded().res.words.one(resources::Class::Article)
}

/// A key identifying a person across articles: the English name when known,
/// else the normalized Arabic family name.
fn person_key(p: &Person) -> String {
    match &p.name_en {
        Some(n) if !n.is_empty() && !p.name_ar.is_empty() => {
            let fam = tokens::normalize(p.name_ar.split_whitespace().last().unwrap_or(""));
            format!("{}|{}", n.to_lowercase(), fam.trim_start_matches(article()))
        }
        _ => tokens::normalize(p.name_ar.split_whitespace().last().unwrap_or("")),
    }
}

fn same_person(a: &Person, b: &Person) -> bool {
    let fam = |p: &Person| {
        tokens::normalize(p.name_ar.split_whitespace().last().unwrap_or(""))
            .trim_start_matches(article())
            .to_owned()
    };
    let en = |p: &Person| p.name_en.clone().unwrap_or_default().to_lowercase();
    (!en(a).is_empty() && en(a) == en(b)) || (!fam(a).is_empty() && fam(a) == fam(b))
}

fn day(d: NaiveDate) -> f64 {
    f64::from(chrono::Datelike::num_days_from_ce(&d))
}

/// The merged legs of [`merge`] by country and day (their date, else their
/// article's publication date), each list in merge order.
#[derive(Default)]
struct DayIndex {
    legs: HashMap<(String, Option<i64>), Vec<usize>>,
}

impl DayIndex {
    fn key(country: &str, day: Option<f64>) -> (String, Option<i64>) {
        // Days are whole numbers (`day` of a date).
        (country.to_owned(), day.map(|d| d as i64))
    }

    fn insert(&mut self, country: String, day: Option<f64>, k: usize) {
        let list = self.legs.entry(Self::key(&country, day)).or_default();
        let at = list.partition_point(|&i| i < k);
        list.insert(at, k);
    }

    fn remove(&mut self, country: &str, day: Option<f64>, k: usize) {
        if let Some(list) = self.legs.get_mut(&Self::key(country, day)) {
            list.retain(|&i| i != k);
        }
    }

    /// The first leg (in merge order) of `country` within three days of
    /// `day` (or also undated, when `day` is `None`) that `joins` accepts.
    fn first(
        &self,
        country: &str,
        day: Option<f64>,
        mut joins: impl FnMut(usize) -> bool,
    ) -> Option<usize> {
        let days: Vec<Option<i64>> = match day {
            None => vec![None],
            Some(d) => (-3..=3).map(|o| Some(d as i64 + o)).collect(),
        };
        let mut best: Option<usize> = None;
        for d in days {
            let Some(list) = self.legs.get(&(country.to_owned(), d)) else {
                continue;
            };
            let limit = best.unwrap_or(usize::MAX);
            if let Some(&k) = list.iter().take_while(|&&k| k < limit).find(|&&k| joins(k)) {
                best = Some(k);
            }
        }
        best
    }
}

/// A leg with its position estimate for ordering.
struct Leg {
    visit: Visit,
    article: usize,
    published: Option<NaiveDate>,
    /// The day (fractional for undated legs placed between dated ones).
    eff: f64,
    order: u32,
}

/// Merges the visits of several articles into one ordered timeline.
///
/// The same leg reported by several articles (same visitor, same country,
/// compatible city, the same day — or no day and a publication date a few
/// days away) becomes one entry listing every source. Undated
/// legs are placed by their article's stated order next to its dated legs.
/// Legs of one visitor within a few days form a trip (`trip.id`, `trip.leg`).
#[allow(
    clippy::too_many_lines,
    reason = "replaced by the engine cascade rewrite (engine issue)"
)]
pub fn merge(articles: &[ArticleVisits]) -> Vec<Visit> {
    let mut legs: Vec<Leg> = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        let base = a.published.map(day).unwrap_or(f64::MAX / 4.0);
        let vs = &a.visits;
        for (k, v) in vs.iter().enumerate() {
            let leg_of = |v: &Visit| v.trip.as_ref().and_then(|t| t.leg).unwrap_or(0);
            let mine = leg_of(v);
            let eff = match v.date {
                Some(d) => day(d),
                None => {
                    // Nearest dated leg of the same visitor in this article, by stated order.
                    let same: Vec<&Visit> = vs
                        .iter()
                        .filter(|o| same_person(&o.visitor, &v.visitor))
                        .collect();
                    let prev = same
                        .iter()
                        .filter(|o| leg_of(o) < mine && o.date.is_some())
                        .max_by_key(|o| leg_of(o));
                    let next = same
                        .iter()
                        .filter(|o| leg_of(o) > mine && o.date.is_some())
                        .min_by_key(|o| leg_of(o));
                    match (prev, next) {
                        (Some(p), _) => {
                            p.date.map(day).unwrap_or(base) + 0.1 * f64::from(mine - leg_of(p))
                        }
                        (None, Some(n)) => {
                            n.date.map(day).unwrap_or(base) - 0.1 * f64::from(leg_of(n) - mine)
                        }
                        _ => {
                            base + if v.status == Status::Planned {
                                0.5
                            } else {
                                0.0
                            }
                        }
                    }
                }
            };
            legs.push(Leg {
                visit: v.clone(),
                article: ai,
                published: a.published,
                eff,
                order: k as u32,
            });
        }
    }
    // Same leg across articles. Candidates are looked up by country and
    // day (a leg can only join one at most three days away), and the cheap
    // tests come before the name comparison, so that ten thousand articles
    // merge in well under a second.
    let mut merged: Vec<(Leg, Vec<usize>)> = Vec::new();
    let mut index = DayIndex::default();
    for l in legs {
        let approx = |x: &Leg| x.visit.date.map(day).or(x.published.map(day));
        let joins = |k: usize| {
            let (m, arts) = &merged[k];
            // Legs arrive article by article, so `arts` is sorted.
            if arts.last() == Some(&l.article) {
                return false;
            }
            let city_ok = match (&m.visit.place.city, &l.visit.place.city) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            // Two reported days must be the same day: a stay over several days is
            // several legs (Israel on the 7th, Tel Aviv on the 8th), or the later
            // day would be lost. An undated report joins a leg a few days away.
            let tol = if m.visit.date.is_some() && l.visit.date.is_some() {
                0.0
            } else {
                3.0
            };
            let day_ok = match (approx(m), approx(&l)) {
                (Some(a), Some(b)) => (a - b).abs() <= tol,
                (None, None) => true,
                _ => false,
            };
            city_ok && day_ok && same_person(&m.visit.visitor, &l.visit.visitor)
        };
        let found = index.first(&l.visit.place.country, approx(&l), joins);
        match found {
            Some(k) => {
                let before = approx(&merged[k].0);
                let (m, arts) = &mut merged[k];
                arts.push(l.article);
                let v = &mut m.visit;
                if v.place.city.is_none() && l.visit.place.city.is_some() {
                    v.place = l.visit.place.clone();
                }
                match (v.date, l.visit.date) {
                    (None, Some(_)) => {
                        v.date = l.visit.date;
                        v.date_text = l.visit.date_text.clone();
                        m.eff = l.eff;
                    }
                    (Some(a), Some(b)) if b < a => {
                        v.date = l.visit.date;
                        v.date_text = l.visit.date_text.clone();
                        m.eff = l.eff;
                    }
                    _ => {}
                }
                // The latest report decides the status (a plan later carried out or called off).
                if l.published > m.published
                    || (l.published == m.published && l.visit.status == Status::Occurred)
                {
                    v.status = l.visit.status;
                    m.published = l.published;
                }
                if v.visitor.name_ar.split_whitespace().count()
                    < l.visit.visitor.name_ar.split_whitespace().count()
                {
                    v.visitor.name_ar = l.visit.visitor.name_ar.clone();
                }
                let ordinal = l.visit.trip.as_ref().and_then(|t| t.ordinal);
                absorb(v, l.visit);
                // Another source confirms the leg.
                v.confidence = (v.confidence + 0.05).min(0.99);
                if let (Some(t), Some(o)) = (v.trip.as_mut(), ordinal)
                    && t.ordinal.is_none()
                {
                    t.ordinal = Some(o);
                }
                let after = approx(&merged[k].0);
                if after != before {
                    let country = merged[k].0.visit.place.country.clone();
                    index.remove(&country, before, k);
                    index.insert(country, after, k);
                }
            }
            None => {
                let a = l.article;
                index.insert(l.visit.place.country.clone(), approx(&l), merged.len());
                merged.push((l, vec![a]));
            }
        }
    }
    merged.sort_by(|(a, _), (b, _)| {
        a.eff
            .partial_cmp(&b.eff)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.article.cmp(&b.article))
            .then(a.order.cmp(&b.order))
    });
    // Trips: legs of one visitor with no more than four days between them.
    // Per visitor: the last leg's day, the trip id and the legs so far.
    let mut last_of: HashMap<String, (f64, String, u32)> = HashMap::new();
    let mut out = Vec::new();
    for (l, _) in merged {
        let mut v = l.visit;
        let key = person_key(&v.visitor);
        let (id, leg) = match last_of.get_mut(&key) {
            Some((last, id, n)) if l.eff - *last <= 4.0 => {
                *last = l.eff;
                *n += 1;
                (id.clone(), *n)
            }
            Some(slot) => {
                let id = trip_id(&v, l.eff);
                *slot = (l.eff, id.clone(), 1);
                (id, 1)
            }
            None => {
                let id = trip_id(&v, l.eff);
                last_of.insert(key, (l.eff, id.clone(), 1));
                (id, 1)
            }
        };
        let ordinal = v.trip.as_ref().and_then(|t| t.ordinal);
        v.trip = Some(Trip {
            id: Some(id),
            ordinal,
            leg: Some(leg),
        });
        out.push(v);
    }
    out
}

fn trip_id(v: &Visit, eff: f64) -> String {
    let who: String = v
        .visitor
        .name_en
        .clone()
        .unwrap_or_else(|| v.visitor.name_ar.clone())
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let when = if eff < 1.0e9 {
        NaiveDate::from_num_days_from_ce_opt(eff.floor() as i32)
            .map(|d| d.to_string())
            .unwrap_or_default()
    } else {
        "undated".to_owned()
    };
    format!("{who}@{when}")
}
