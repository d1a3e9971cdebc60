//! The timeline over articles: the visits of every article merged into one
//! ordered list, the same leg reported by several articles joined into one
//! entry listing every source, and the legs of one visitor grouped into
//! trips. Used by `jawla extract` and by the app's merge worker.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{Engine, absorb, resources, tokens};
use crate::model::{ArticleVisits, Person, Status, Trip, Visit};

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

pub(super) fn same_person(a: &Person, b: &Person) -> bool {
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
/// Legs of one visitor within a few days form a trip (`trip.id`, `trip.leg`)
/// when their dates say so; an undated leg stays with its own article's trip.
pub fn merge(articles: &[ArticleVisits]) -> Vec<Visit> {
    let legs = place_legs(articles);
    let mut merged = join_legs(legs);
    merged.sort_by(|(a, _), (b, _)| {
        a.eff
            .partial_cmp(&b.eff)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.article.cmp(&b.article))
            .then(a.order.cmp(&b.order))
    });
    assign_trips(merged)
}

/// Every visit of every article with its place in time: its day, or for an
/// undated leg the day of the nearest dated leg of the same visitor in its
/// article by stated order (a tenth of a day per leg), else its article's
/// publication date.
fn place_legs(articles: &[ArticleVisits]) -> Vec<Leg> {
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
    legs
}

/// The day a leg is compared by: its date, else its article's publication.
fn approx(x: &Leg) -> Option<f64> {
    x.visit.date.map(day).or(x.published.map(day))
}

/// Whether leg `l` is the same leg as the merged entry `m` (from articles
/// `arts`, sorted): another article, a compatible city, the same day when
/// both are dated, a few days apart otherwise, the same person.
fn joins(m: &Leg, arts: &[usize], l: &Leg) -> bool {
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
    let day_ok = match (approx(m), approx(l)) {
        (Some(a), Some(b)) => (a - b).abs() <= tol,
        (None, None) => true,
        _ => false,
    };
    city_ok && day_ok && same_person(&m.visit.visitor, &l.visit.visitor)
}

/// Joins the same leg across articles. Candidates are looked up by country
/// and day (a leg can only join one at most three days away), and the cheap
/// tests come before the name comparison, so that ten thousand articles
/// merge in well under a second.
fn join_legs(legs: Vec<Leg>) -> Vec<(Leg, Vec<usize>)> {
    let mut merged: Vec<(Leg, Vec<usize>)> = Vec::new();
    let mut index = DayIndex::default();
    for l in legs {
        let found = index.first(&l.visit.place.country, approx(&l), |k| {
            let (m, arts) = &merged[k];
            joins(m, arts, &l)
        });
        match found {
            Some(k) => {
                let before = approx(&merged[k].0);
                let (m, arts) = &mut merged[k];
                arts.push(l.article);
                fold_into(m, l);
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
    merged
}

/// What another article's report `l` of the same leg adds to `m`: a city,
/// the (earliest) day, the latest report's status, the fuller name, its
/// sources and counterparts; another source raises the confidence.
fn fold_into(m: &mut Leg, l: Leg) {
    let v = &mut m.visit;
    if v.place.city.is_none() && l.visit.place.city.is_some() {
        v.place = l.visit.place.clone();
    }
    let earlier = match (v.date, l.visit.date) {
        (None, Some(_)) => true,
        (Some(a), Some(b)) => b < a,
        _ => false,
    };
    if earlier {
        v.date = l.visit.date;
        v.date_text = l.visit.date_text.clone();
        v.date_edtf = l.visit.date_edtf.clone();
        v.date_hijri = l.visit.date_hijri.clone();
        m.eff = l.eff;
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
    // The measured confidence of the best-read report (several reports are
    // not measured apart).
    absorb(v, l.visit);
    if let (Some(t), Some(o)) = (v.trip.as_mut(), ordinal)
        && t.ordinal.is_none()
    {
        t.ordinal = Some(o);
    }
}

/// Most days between two legs of one trip.
const TRIP_GAP_DAYS: f64 = 4.0;

/// Union-find over leg indices: the trips.
struct Groups(Vec<usize>);

impl Groups {
    fn root(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }

    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        // The earlier leg's root stays the root: a trip is named by its first leg.
        let (keep, other) = if ra <= rb { (ra, rb) } else { (rb, ra) };
        self.0[other] = keep;
    }
}

/// What the legs so far of one visitor offer the next: the last dated leg,
/// and each article's last leg (index and day).
#[derive(Default)]
struct LastLegs {
    dated: Option<(usize, f64)>,
    by_article: HashMap<usize, (usize, f64)>,
}

/// Which legs (in timeline order, each with the articles that report it)
/// form one trip: a dated leg joins the visitor's previous dated leg at
/// most [`TRIP_GAP_DAYS`] before it, and any leg joins the previous leg of
/// the same visitor in its own article that close. A day an undated leg
/// only borrows (its article's publication, a dated neighbour in its
/// article) thus never joins another article's legs.
fn trip_groups(legs: &[(Leg, Vec<usize>)]) -> Groups {
    let mut groups = Groups((0..legs.len()).collect());
    let mut last: HashMap<String, LastLegs> = HashMap::new();
    for (i, (l, arts)) in legs.iter().enumerate() {
        let near = |day: f64| l.eff - day <= TRIP_GAP_DAYS;
        let mine = last.entry(person_key(&l.visit.visitor)).or_default();
        if l.visit.date.is_some() {
            if let Some((k, day)) = mine.dated
                && near(day)
            {
                groups.join(k, i);
            }
            mine.dated = Some((i, l.eff));
        }
        for &a in arts {
            if let Some(&(k, day)) = mine.by_article.get(&a)
                && near(day)
            {
                groups.join(k, i);
            }
            mine.by_article.insert(a, (i, l.eff));
        }
    }
    groups
}

/// Trips ([`trip_groups`]): each leg gets its trip's id and its position
/// in it. Trip ids are unique: a second trip of a visitor starting the same
/// day (or undated) gets `#2`, a third `#3`.
fn assign_trips(legs: Vec<(Leg, Vec<usize>)>) -> Vec<Visit> {
    let mut groups = trip_groups(&legs);
    let mut trips: HashMap<usize, (String, u32)> = HashMap::new();
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut out = Vec::with_capacity(legs.len());
    for (i, (l, _)) in legs.into_iter().enumerate() {
        let (id, n) = trips.entry(groups.root(i)).or_insert_with(|| {
            let base = trip_id(&l.visit, l.eff);
            let seen = ids.entry(base.clone()).or_insert(0);
            *seen += 1;
            let id = if *seen == 1 {
                base
            } else {
                format!("{base}#{seen}")
            };
            (id, 0)
        });
        *n += 1;
        let mut v = l.visit;
        let ordinal = v.trip.as_ref().and_then(|t| t.ordinal);
        v.trip = Some(Trip {
            id: Some(id.clone()),
            ordinal,
            leg: Some(*n),
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
