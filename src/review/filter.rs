//! Which reviewed legs the table and the timeline show: one [`LegFilter`]
//! shared by both panels (the app owns it, the table's filter bar edits it).
//!
//! No I/O, no egui; never panics.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ReviewedLeg;
use super::key::normalize;
use crate::i18n::{Lang, country_name, visitor_names};
use crate::model::Status;
use crate::timeline::visitor_key;

/// Conditions a leg must meet to be shown. Every condition left empty
/// (`None`, empty text) lets every leg through; the default filter shows all.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LegFilter {
    /// Only this visitor: the lane key of [`visitor_key`] (English name if
    /// known, else Arabic), compared exactly.
    pub visitor: Option<String>,
    /// Only legs in this country (ISO 3166-1 alpha-2, any case).
    pub country: Option<String>,
    /// The statuses shown. All three by default.
    pub statuses: BTreeSet<Status>,
    /// Only legs on or after this date.
    pub from: Option<NaiveDate>,
    /// Only legs on or before this date.
    pub to: Option<NaiveDate>,
    /// Whether legs without a date pass a date range (`from`/`to`). They are
    /// kept by default: an undated leg may lie in the range and hiding it
    /// would hide exactly the legs that need review.
    pub keep_undated: bool,
    /// Only legs whose confidence is at least this (the calibrated share of
    /// right legs, `docs/extract-output.md`); 0 shows every leg.
    pub min_confidence: f32,
    /// Free text: every word must occur (case-, hamza- and
    /// diacritic-insensitive, see [`normalize`]) in one of the leg's names,
    /// roles, places, country code, date, date text, counterparts, evidence
    /// texts or source file names.
    pub text: String,
}

impl Default for LegFilter {
    fn default() -> Self {
        LegFilter {
            visitor: None,
            country: None,
            statuses: Status::ALL.into_iter().collect(),
            from: None,
            to: None,
            keep_undated: true,
            min_confidence: 0.0,
            text: String::new(),
        }
    }
}

impl LegFilter {
    /// Whether the filter lets every leg through.
    pub fn is_empty(&self) -> bool {
        self.visitor.is_none()
            && self.country.is_none()
            && self.statuses.len() == Status::ALL.len()
            && self.from.is_none()
            && self.to.is_none()
            && self.min_confidence <= 0.0
            && normalize(&self.text).is_empty()
    }

    /// Whether `leg` is shown.
    pub fn matches(&self, leg: &ReviewedLeg) -> bool {
        let v = &leg.visit;
        if !self.statuses.contains(&v.status) || self.below_threshold(v.confidence) {
            return false;
        }
        if let Some(who) = &self.visitor
            && visitor_key(v) != *who
        {
            return false;
        }
        if let Some(country) = &self.country
            && !v.place.country.trim().eq_ignore_ascii_case(country.trim())
        {
            return false;
        }
        let out_of_range = match v.date {
            None => !self.keep_undated && (self.from.is_some() || self.to.is_some()),
            Some(d) => self.from.is_some_and(|f| d < f) || self.to.is_some_and(|t| d > t),
        };
        if out_of_range {
            return false;
        }
        let words: Vec<String> = normalize(&self.text)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect();
        if words.is_empty() {
            return true;
        }
        let haystack = normalize(&searchable_text(leg));
        words.iter().all(|w| haystack.contains(w.as_str()))
    }

    /// Whether a leg of `confidence` is hidden by [`LegFilter::min_confidence`].
    /// Confidences are two decimals, compared as such (0.85 ≥ 0.85).
    pub fn below_threshold(&self, confidence: f32) -> bool {
        let hundredths = |c: f32| (f64::from(c) * 100.0).round();
        self.min_confidence > 0.0 && hundredths(confidence) < hundredths(self.min_confidence)
    }

    /// The legs of `legs` that pass, as indices (for panels that need to
    /// keep the position in the full list).
    pub fn indices(&self, legs: &[ReviewedLeg]) -> Vec<usize> {
        legs.iter()
            .enumerate()
            .filter(|(_, l)| self.matches(l))
            .map(|(i, _)| i)
            .collect()
    }
}

/// Everything the free-text search looks at, joined by newlines.
fn searchable_text(leg: &ReviewedLeg) -> String {
    let v = &leg.visit;
    let mut parts: Vec<&str> = vec![
        &v.visitor.name_ar,
        &v.place.country,
        &v.place.name_ar,
        v.status.as_str(),
    ];
    let opt = [
        &v.visitor.name_en,
        &v.visitor.role,
        &v.visitor.country,
        &v.place.city,
        &v.date_text,
    ];
    parts.extend(opt.iter().filter_map(|o| o.as_deref()));
    for p in &v.counterparts {
        parts.push(&p.name_ar);
        parts.extend(
            [&p.name_en, &p.role, &p.country]
                .iter()
                .filter_map(|o| o.as_deref()),
        );
    }
    for e in &v.evidence {
        parts.push(&e.text);
        parts.push(file_name(&e.path));
    }
    let date = v.date.map(|d| d.to_string()).unwrap_or_default();
    let mut out = parts.join("\n");
    out.push('\n');
    out.push_str(&date);
    out
}

/// The countries of `legs` for the country filter: (ISO code the filter
/// keeps, the country's name in `lang` that the analyst reads), in the order
/// of the names. A code the gazetteer does not know is its own name.
pub fn country_choices(legs: &[ReviewedLeg], lang: Lang) -> Vec<(String, String)> {
    let codes: BTreeSet<String> = legs
        .iter()
        .map(|l| l.visit.place.country.trim().to_ascii_uppercase())
        .filter(|c| !c.is_empty())
        .collect();
    let mut out: Vec<(String, String)> = codes
        .into_iter()
        .map(|c| {
            let name = country_name(lang, &c);
            (c, name)
        })
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    out
}

/// The visitors of `legs` for the visitor filter: (the lane key the filter
/// keeps, the names shown: English and Arabic where the people lexicon knows
/// both, the interface language's first), in the order of the names.
pub fn visitor_choices(legs: &[ReviewedLeg], lang: Lang) -> Vec<(String, String)> {
    let keys: BTreeSet<String> = legs.iter().map(|l| visitor_key(&l.visit)).collect();
    let mut out: Vec<(String, String)> = keys
        .into_iter()
        .map(|k| {
            let names = visitor_names(lang, &k);
            (k, names)
        })
        .collect();
    out.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    out
}

/// The last component of a path (`seeds/001.txt` → `001.txt`), for showing
/// and searching sources.
pub fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, ExtractOutput, Person, Visit};
    use crate::review::apply;

    fn seeds() -> Vec<ReviewedLeg> {
        let out: ExtractOutput =
            serde_json::from_str(include_str!("../../tests/fixtures/seed_timeline.json"))
                .expect("fixture is an ExtractOutput");
        apply(&out.timeline, &[]).legs
    }

    fn shown(f: &LegFilter, legs: &[ReviewedLeg]) -> Vec<usize> {
        f.indices(legs)
    }

    fn date(s: &str) -> NaiveDate {
        s.parse().expect("valid test date")
    }

    #[test]
    fn default_filter_shows_every_leg() {
        let legs = seeds();
        let f = LegFilter::default();
        assert!(f.is_empty());
        assert_eq!(shown(&f, &legs), (0..10).collect::<Vec<_>>());
    }

    #[test]
    fn status_set_hides_the_planned_legs() {
        let legs = seeds();
        let mut f = LegFilter::default();
        f.statuses.remove(&Status::Planned);
        assert!(!f.is_empty());
        assert_eq!(shown(&f, &legs), [0, 1, 2, 3, 4, 5, 9]);
        f.statuses.clear();
        assert_eq!(shown(&f, &legs), Vec::<usize>::new());
    }

    #[test]
    fn country_is_case_insensitive_and_visitor_exact() {
        let legs = seeds();
        let f = LegFilter {
            country: Some("il".into()),
            ..LegFilter::default()
        };
        assert_eq!(shown(&f, &legs), [3, 4, 6, 9]);
        let f = LegFilter {
            visitor: Some("Antony Blinken".into()),
            ..LegFilter::default()
        };
        assert_eq!(shown(&f, &legs).len(), 10);
        let f = LegFilter {
            visitor: Some("Antony".into()),
            ..LegFilter::default()
        };
        assert_eq!(shown(&f, &legs), Vec::<usize>::new());
    }

    /// The country filter offers names, not ISO codes, in the interface
    /// language; the filter still keeps the code.
    #[test]
    fn the_country_filter_offers_country_names_in_the_interface_language() {
        let legs = seeds();
        let en = country_choices(&legs, Lang::En);
        let names: Vec<&str> = en.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(
            names,
            ["Egypt", "Israel", "Jordan", "Qatar", "Saudi Arabia"],
            "{en:?}"
        );
        assert!(en.iter().any(|(c, n)| c == "EG" && n == "Egypt"));
        let ar = country_choices(&legs, Lang::Ar);
        assert!(ar.iter().any(|(c, n)| c == "EG" && n == "مصر"), "{ar:?}");
        assert!(ar.iter().any(|(c, n)| c == "JO" && n == "الأردن"), "{ar:?}");
        assert!(
            ar.iter().all(|(c, n)| c != n),
            "a code shown as a name: {ar:?}"
        );
    }

    /// The visitor filter shows a known official in both scripts.
    #[test]
    fn the_visitor_filter_shows_english_and_arabic_names() {
        let legs = seeds();
        let en = visitor_choices(&legs, Lang::En);
        assert_eq!(en.len(), 1, "{en:?}");
        assert_eq!(en[0].0, "Antony Blinken");
        assert_eq!(en[0].1, "Antony Blinken · أنتوني بلينكن");
        let ar = visitor_choices(&legs, Lang::Ar);
        assert_eq!(ar[0].1, "أنتوني بلينكن · Antony Blinken");
    }

    #[test]
    fn date_range_is_inclusive_and_undated_legs_are_kept_unless_asked() {
        let legs = seeds();
        let mut f = LegFilter {
            from: Some(date("2024-02-07")),
            to: Some(date("2024-06-10")),
            ..LegFilter::default()
        };
        // Dated in range: IL 7 Feb, Tel Aviv 8 Feb, Cairo and Jerusalem 10 Jun;
        // undated: Cairo, QA (Feb), JO, QA (Jun).
        assert_eq!(shown(&f, &legs), [1, 2, 3, 4, 5, 6, 7, 8]);
        f.keep_undated = false;
        assert_eq!(shown(&f, &legs), [3, 4, 5, 6]);
        f.from = None;
        assert_eq!(shown(&f, &legs), [0, 3, 4, 5, 6]);
    }

    #[test]
    fn text_search_ignores_case_hamza_and_looks_at_sources() {
        let legs = seeds();
        let search = |t: &str| {
            shown(
                &LegFilter {
                    text: t.into(),
                    ..LegFilter::default()
                },
                &legs,
            )
        };
        assert_eq!(search("cairo"), [1, 5]);
        assert_eq!(search("  TEL   aviv "), [4]);
        // A source file name.
        assert_eq!(search("002_d67c"), [9]);
        // Every word must match somewhere.
        assert_eq!(search("cairo planned"), Vec::<usize>::new());
        assert_eq!(search("jerusalem planned"), [6]);
        assert_eq!(search("2024-08-19"), [9]);
    }

    #[test]
    fn arabic_search_matches_across_hamza_forms_and_counterparts() {
        let mut leg = seeds().remove(0);
        leg.visit = Visit {
            counterparts: vec![Person {
                name_ar: "أيمن الصفدي".into(),
                ..Person::default()
            }],
            evidence: vec![Evidence {
                path: "/news/x.txt".into(),
                start: 0,
                end: 4,
                text: "وصل الوزير".into(),
            }],
            ..leg.visit
        };
        let f = |t: &str| {
            LegFilter {
                text: t.into(),
                ..LegFilter::default()
            }
            .matches(&leg)
        };
        assert!(f("ايمن"));
        assert!(f("الصفدى"));
        assert!(f("الصفدي"));
        assert!(f("الوزير"));
        assert!(f("x.txt"));
        assert!(!f("عمان"));
    }

    #[test]
    fn a_confidence_threshold_hides_the_legs_under_it() {
        let mut legs = seeds();
        let scores = [0.8, 0.85, 0.9, 0.97, 0.83];
        for (l, c) in legs.iter_mut().zip(scores.iter().cycle()) {
            l.visit.confidence = *c;
        }
        let confidences: Vec<f32> = legs.iter().map(|l| l.visit.confidence).collect();
        let mut f = LegFilter {
            min_confidence: 0.85,
            ..LegFilter::default()
        };
        assert!(!f.is_empty());
        let shown = shown(&f, &legs);
        assert!(!shown.is_empty() && shown.len() < legs.len());
        for (i, c) in confidences.iter().enumerate() {
            assert_eq!(shown.contains(&i), *c >= 0.845, "leg {i} at {c}");
        }
        assert!(!f.below_threshold(0.85));
        assert!(f.below_threshold(0.84));
        f.min_confidence = 0.0;
        assert!(f.is_empty());
        assert!(!f.below_threshold(0.0));
    }

    #[test]
    fn file_name_takes_the_last_component() {
        assert_eq!(file_name("seeds/001.txt"), "001.txt");
        assert_eq!(file_name("C:\\news\\a.txt"), "a.txt");
        assert_eq!(file_name("plain"), "plain");
    }
}
