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
//! [`Engine::publication`] (an article's date: given, HTML or its text),
//! [`normalize_for_matching`] (names and search text, used by `review`) and
//! [`country_name_en`] (gazetteer names, used by `export`) and
//! [`gazetteer_city`] (a city by its English or Arabic name, used by the leg editor).

use std::collections::HashMap;
use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::model::{ArticleVisits, Document, Entity, ExtractOutput, PublishedFrom, Visit};

mod analyze;
mod boilerplate;
mod confidence;
pub mod dates;
mod discourse;
mod frames;
mod legs;
mod lookup;
mod merge;
mod modality;
pub mod morph;
mod order;
mod people;
mod person;
mod place;
mod published;
pub mod resources;
mod romanize;
pub mod tokens;
mod trace;

pub use merge::merge;
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

    /// The IDs of every rule that fired while reading `doc`, at any stage
    /// and in blocked frames too (what the rule tests check examples with).
    pub fn fired_rules(&self, doc: &Document) -> std::collections::BTreeSet<String> {
        analyze::Analysis::run(&self.res, doc).fired_rules()
    }

    /// The publication date `text` states near its top: a «تاريخ النشر»
    /// line, a dateline, a date under the title (`published.rs`); `None`
    /// when it states none (a date inside the story is not one).
    pub fn published_in(&self, text: &str) -> Option<NaiveDate> {
        published::find(&self.res, text)
    }

    /// An article's publication date and where it came from: `given` (an
    /// argument, a file beside the article, the analyst) wins, then `html`
    /// (what the page's metadata declares), then [`Self::published_in`].
    pub fn publication(
        &self,
        given: Option<NaiveDate>,
        html: Option<NaiveDate>,
        text: &str,
    ) -> Option<(NaiveDate, PublishedFrom)> {
        published::publication(&self.res, given, html, text)
    }

    /// Per-article visits and the merged timeline over all `docs` (a date
    /// of a document counts as given with it: `published_from` is
    /// `argument`; callers that know better set it).
    pub fn extract_all(&self, docs: &[Document]) -> ExtractOutput {
        let articles: Vec<ArticleVisits> = docs
            .iter()
            .map(|d| ArticleVisits {
                path: d.path.clone(),
                published: d.published,
                published_from: d.published.map(|_| PublishedFrom::Argument),
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
        if !v.counterparts.iter().any(|x| merge::same_person(x, &c)) {
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

/// The usual Arabic name of the country with ISO code `iso2` (any case), the
/// first of its Arabic names in `assets/gazetteer/countries.tsv`: `"eg"` →
/// «مصر». `None` for a code the gazetteer does not know.
pub fn country_name_ar(iso2: &str) -> Option<&'static str> {
    let iso = iso2.trim().to_ascii_uppercase();
    Engine::embedded()
        .res
        .country(&iso)
        .map(|c| c.name_ar.as_str())
        .filter(|n| !n.is_empty())
}

/// The Arabic demonym of the gazetteer country named `name_en` in English
/// (any case), as a title takes it: `"Egypt"` → «المصري». `None` for a name
/// the gazetteer does not know.
pub fn demonym_ar_of(name_en: &str) -> Option<&'static str> {
    let name = name_en.trim();
    Engine::embedded()
        .res
        .countries
        .iter()
        .find(|c| c.name_en.eq_ignore_ascii_case(name))
        .map(|c| c.demonym_ar.as_str())
        .filter(|d| !d.is_empty())
}

/// The usual Arabic name of the gazetteer city `name_en` (any case) in the
/// country `iso2` (any country when `iso2` is empty): `("Cairo", "EG")` →
/// «القاهرة». `None` for a city the gazetteer does not know.
pub fn city_name_ar(name_en: &str, iso2: &str) -> Option<&'static str> {
    let (name, iso) = (name_en.trim(), iso2.trim());
    Engine::embedded()
        .res
        .cities
        .iter()
        .find(|c| {
            c.name_en.eq_ignore_ascii_case(name)
                && (iso.is_empty() || c.iso.eq_ignore_ascii_case(iso))
        })
        .map(|c| c.name_ar.as_str())
        .filter(|n| !n.is_empty())
}

/// The fullest Arabic form of the person the people lexicon
/// (`assets/people/officials.tsv`) spells `name_en` in English (any case):
/// `"Antony Blinken"` → «أنتوني بلينكن». `None` for a name it does not know
/// (a name romanized by rule).
pub fn official_name_ar(name_en: &str) -> Option<&'static str> {
    let name = name_en.trim();
    Engine::embedded()
        .res
        .officials
        .iter()
        .find(|o| o.name_en.eq_ignore_ascii_case(name))
        .map(|o| o.name_ar.as_str())
        .filter(|n| !n.is_empty())
}

/// A city of the gazetteer (`assets/gazetteer/cities.tsv`): its English
/// name, country and coordinates.
#[derive(Clone, Debug, PartialEq)]
pub struct GazetteerCity {
    pub name_en: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub lat: f64,
    pub lon: f64,
}

/// The gazetteer city named `name`: its English name (any case) or one of
/// its Arabic names as the engine reads them (hamza forms, diacritics and
/// the article as in the text: «القاهرة», «عمّان»). `None` for a name the
/// gazetteer does not know.
pub fn gazetteer_city(name: &str) -> Option<GazetteerCity> {
    let res = &Engine::embedded().res;
    let name = name.trim();
    let by_en = res
        .cities
        .iter()
        .find(|c| !name.is_empty() && c.name_en.eq_ignore_ascii_case(name));
    let city = by_en.or_else(|| {
        let toks = resources::phrase_tokens(name);
        let (first, rest) = toks.split_first()?;
        res.dict
            .get(first)?
            .entries
            .iter()
            .filter(|e| e.rest == rest)
            .flat_map(|e| e.tags.iter())
            .find_map(|t| match t {
                resources::Tag::City(i) => res.cities.get(usize::from(*i)),
                _ => None,
            })
    })?;
    Some(GazetteerCity {
        name_en: city.name_en.clone(),
        country: city.iso.clone(),
        lat: city.lat,
        lon: city.lon,
    })
}
