//! The extraction engine: Arabic article text → diplomatic visits.
//!
//! Pipeline (one article, [`analyze`]): tokenize with char offsets and
//! normalize for matching ([`text`]) → cut boilerplate and split sentences →
//! tag phrases from the resource dictionary (countries, cities, titles,
//! officials, triggers, cues, time words; [`resources`]) → people (titles +
//! names, lexicon names, family-name and role-only mentions) → places →
//! visit events from trigger rules with status cues → dates ([`dates`]) →
//! counterparts → in-article de-duplication. Then [`merge`] builds the
//! timeline over articles.
//!
//! Invariants: no I/O, no egui, never panics; every offset is kept in chars
//! into the original text. All language knowledge lives in `assets/`.
//!
//! Public surface (used by the CLI and the app):
//! [`Engine::embedded`], [`Engine::extract`], [`Engine::entities`] /
//! [`Engine::analyze`] (visits + recognized names in one pass),
//! [`Engine::extract_all`], [`merge`],
//! [`normalize_for_matching`] (names and search text, used by `review`) and
//! [`country_name_en`] (gazetteer names, used by `export`).

use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::model::{ArticleVisits, Document, Entity, ExtractOutput, Person, Status, Trip, Visit};

mod analyze;
pub mod dates;
pub mod resources;
mod romanize;
pub mod text;

use resources::Resources;
pub use text::normalize_for_matching;

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
            // resource test (tests/engine_resources.rs), so this cannot fail
            // in a tested build.
            res: Resources::load()
                .expect("embedded resources parse (checked by tests/engine_resources.rs)"),
        })
    }

    /// The visits reported by one article.
    pub fn extract(&self, doc: &Document) -> Vec<Visit> {
        analyze::Analysis::new(&self.res, doc).visits()
    }

    /// The names the analysis recognized in `doc`: every person mention (full
    /// names and later family-name mentions), place (country, city, venue)
    /// and time expression, in text order and non-overlapping, as char
    /// offsets into `doc.text`.
    pub fn entities(&self, doc: &Document) -> Vec<Entity> {
        self.analyze(doc).1
    }

    /// [`Self::extract`] and [`Self::entities`] from one analysis of `doc`.
    pub fn analyze(&self, doc: &Document) -> (Vec<Visit>, Vec<Entity>) {
        analyze::Analysis::new(&self.res, doc).analyze()
    }

    /// A human-readable trace of how `doc` was read (sentences, tags, people),
    /// for developing rules.
    #[doc(hidden)]
    pub fn trace(&self, doc: &Document) -> String {
        analyze::Analysis::new(&self.res, doc).trace()
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
            let fam = text::normalize(p.name_ar.split_whitespace().last().unwrap_or(""));
            format!("{}|{}", n.to_lowercase(), fam.trim_start_matches(article()))
        }
        _ => text::normalize(p.name_ar.split_whitespace().last().unwrap_or("")),
    }
}

fn same_person(a: &Person, b: &Person) -> bool {
    let fam = |p: &Person| {
        text::normalize(p.name_ar.split_whitespace().last().unwrap_or(""))
            .trim_start_matches(article())
            .to_owned()
    };
    let en = |p: &Person| p.name_en.clone().unwrap_or_default().to_lowercase();
    (!en(a).is_empty() && en(a) == en(b)) || (!fam(a).is_empty() && fam(a) == fam(b))
}

fn day(d: NaiveDate) -> f64 {
    f64::from(chrono::Datelike::num_days_from_ce(&d))
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
    // Same leg across articles.
    let mut merged: Vec<(Leg, Vec<usize>)> = Vec::new();
    for l in legs {
        let approx = |x: &Leg| x.visit.date.map(day).or(x.published.map(day));
        let found = merged.iter().position(|(m, arts)| {
            if arts.contains(&l.article)
                || m.visit.place.country != l.visit.place.country
                || !same_person(&m.visit.visitor, &l.visit.visitor)
            {
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
            city_ok && day_ok
        });
        match found {
            Some(k) => {
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
                for c in &l.visit.counterparts {
                    if !v.counterparts.iter().any(|x| same_person(x, c)) {
                        v.counterparts.push(c.clone());
                    }
                }
                v.evidence.extend(l.visit.evidence.iter().cloned());
                for r in &l.visit.rules {
                    if !v.rules.contains(r) {
                        v.rules.push(r.clone());
                    }
                }
                v.confidence = (v.confidence.max(l.visit.confidence) + 0.05).min(0.99);
                if let (Some(t), Some(o)) = (
                    v.trip.as_mut(),
                    l.visit.trip.as_ref().and_then(|t| t.ordinal),
                ) && t.ordinal.is_none()
                {
                    t.ordinal = Some(o);
                }
            }
            None => {
                let a = l.article;
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
    let mut last_of: Vec<(String, f64, String, u32)> = Vec::new();
    let mut out = Vec::new();
    for (l, _) in merged {
        let mut v = l.visit;
        let key = person_key(&v.visitor);
        let slot = last_of.iter_mut().find(|(k, _, _, _)| *k == key);
        let (id, leg) = match slot {
            Some((_, last, id, n)) if l.eff - *last <= 4.0 => {
                *last = l.eff;
                *n += 1;
                (id.clone(), *n)
            }
            Some(s) => {
                let id = trip_id(&v, l.eff);
                *s = (key, l.eff, id.clone(), 1);
                (id, 1)
            }
            None => {
                let id = trip_id(&v, l.eff);
                last_of.push((key, l.eff, id.clone(), 1));
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
