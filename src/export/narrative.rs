//! Per-trip narratives in English and Arabic for the Markdown and HTML
//! summaries: "On Monday 10 June 2024 Antony Blinken met Abdel Fattah
//! al-Sisi and Abbas Kamel in Cairo; Blinken was next due in Jerusalem…".
//!
//! The Arabic phrases come from `assets/export/narrative_ar.txt`.

use super::fields::{
    clean_line, date_en, html_marked, join_en, long_date_en, place_ar, place_en, short_name,
    visitor_en,
};
use crate::model::{Person, Status, Visit};
use crate::timeline::{place_legs, trip_groups};
use chrono::{Datelike, NaiveDate};

const PHRASES_AR: &str = include_str!("../../assets/export/narrative_ar.txt");

/// The Arabic phrase `key` from the asset file ("" if missing; a unit test
/// checks every key used here exists).
pub(crate) fn ar(key: &str) -> &'static str {
    PHRASES_AR
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == key)
        .map_or("", |(_, v)| v.trim())
}

/// Fills `{name}` placeholders of `template`.
fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in vars {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// "يوم الاثنين 10 يونيو 2024".
pub(crate) fn date_ar(d: NaiveDate) -> String {
    let weekday = ar(&format!("weekday.{}", d.weekday().number_from_monday()));
    let month = ar(&format!("month.{}", d.month()));
    fill(
        ar("date"),
        &[
            ("weekday", weekday),
            ("day", &d.day().to_string()),
            ("month", month),
            ("year", &d.year().to_string()),
        ],
    )
}

/// Names joined the Arabic way: "أ، ب وج".
fn join_ar(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!(
            "{} {}{last}",
            rest.join(&format!("{} ", ar("list_sep"))),
            ar("and")
        ),
    }
}

/// A person's English name, else the Arabic one.
pub(crate) fn person_en(p: &Person) -> String {
    match &p.name_en {
        Some(n) if !n.trim().is_empty() => clean_line(n),
        _ => clean_line(&p.name_ar),
    }
}

/// A person's Arabic name, else the English one.
pub(crate) fn person_ar(p: &Person) -> String {
    let n = clean_line(&p.name_ar);
    if n.is_empty() {
        p.name_en.as_deref().map(clean_line).unwrap_or_default()
    } else {
        n
    }
}

/// "English (Arabic), …" for `people`, HTML-escaped, each English name
/// between the two parts of `en` and each Arabic name between those of `ar`
/// (the HTML report isolates both with `<bdi>`, TimelineJS marks the Arabic).
fn people_html(people: &[Person], en: (&str, &str), ar: (&str, &str)) -> String {
    people
        .iter()
        .map(|p| {
            format!(
                "{}{}{} ({}{}{})",
                en.0,
                super::fields::html(&person_en(p)),
                en.1,
                ar.0,
                super::fields::html(&person_ar(p)),
                ar.1
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// What goes before and after a piece of text.
type Wrap = (&'static str, &'static str);

/// How an HTML format marks up a leg's counterparts and sources (see
/// [`met_and_sources_html`]): the report as blocks on their own lines, names
/// isolated with `<bdi>`; TimelineJS as one line, Arabic names marked.
pub(crate) struct LegMarkup {
    /// Around the "Met: …" line.
    pub met: Wrap,
    /// Around each English name, and around each Arabic name.
    pub names: (Wrap, Wrap),
    /// The opening tag of the source line under each quote, and what goes
    /// around the source's path.
    pub source: (&'static str, Wrap),
    /// After each block: a line break, or nothing.
    pub newline: &'static str,
}

/// A leg's counterparts ("Met: …", when it has any), then each evidence
/// sentence quoted with its source and char range, as escaped HTML.
pub(crate) fn met_and_sources_html(v: &Visit, markup: &LegMarkup) -> String {
    let LegMarkup {
        met,
        names: (name_en, name_ar),
        source: (source, path),
        newline,
    } = markup;
    let mut s = String::new();
    if !v.counterparts.is_empty() {
        let people = people_html(&v.counterparts, *name_en, *name_ar);
        s.push_str(&format!("{}Met: {people}{}{newline}", met.0, met.1));
    }
    for e in &v.evidence {
        s.push_str(&format!(
            "<blockquote dir=\"rtl\" lang=\"ar\">{}</blockquote>{newline}{source}Source: {}{}{}, chars {}–{}</p>{newline}",
            html_marked(&e.text),
            path.0,
            html_marked(&e.path),
            path.1,
            e.start,
            e.end
        ));
    }
    s
}

/// The narrative of one trip (or of one leg outside any trip).
#[derive(Clone, Debug, PartialEq)]
pub struct Narrative {
    /// Heading in English: "Antony Blinken · Trip 5 · 5–8 February 2024".
    pub title_en: String,
    /// Heading in Arabic: "أنتوني بلينكن · الجولة 5".
    pub title_ar: String,
    /// The legs told as one paragraph, in English.
    pub en: String,
    /// The same in Arabic.
    pub ar: String,
    /// Indices of the legs (into the visits), in trip order.
    pub legs: Vec<usize>,
}

/// Narratives of every trip in `visits`, in time order; every leg is in
/// exactly one narrative.
pub fn narrate(visits: &[Visit]) -> Vec<Narrative> {
    let placed = place_legs(visits);
    let mut groups = trip_groups(visits, 0..visits.len());
    let first_day = |legs: &[usize]| {
        legs.iter()
            .filter_map(|&i| placed.get(i).and_then(|p| p.time.sort_day()))
            .fold(f64::INFINITY, f64::min)
    };
    groups.sort_by(|a, b| {
        first_day(&a.legs)
            .total_cmp(&first_day(&b.legs))
            .then(a.legs.first().cmp(&b.legs.first()))
    });
    groups
        .into_iter()
        .filter(|g| !g.legs.is_empty())
        .map(|g| {
            let legs: Vec<&Visit> = g.legs.iter().map(|&i| &visits[i]).collect();
            let first = legs[0];
            let dates: Vec<NaiveDate> = legs.iter().filter_map(|v| v.date).collect();
            let span = match (dates.iter().min(), dates.iter().max()) {
                (Some(a), Some(b)) if a == b => date_en(*a),
                (Some(a), Some(b)) if a.year() == b.year() && a.month() == b.month() => {
                    format!("{}–{}", a.day(), date_en(*b))
                }
                (Some(a), Some(b)) => format!("{} – {}", date_en(*a), date_en(*b)),
                _ => "date not reported".to_string(),
            };
            let mut title_en = vec![visitor_en(first)];
            let mut title_ar = vec![person_ar(&first.visitor)];
            if let Some(n) = g.ordinal {
                title_en.push(format!("Trip {n}"));
                title_ar.push(fill(ar("trip_ordinal"), &[("n", &n.to_string())]));
            } else if g.id.is_some() {
                title_en.push("Trip".to_string());
                title_ar.push(ar("trip").to_string());
            }
            title_en.push(span);
            Narrative {
                title_en: title_en.join(" · "),
                title_ar: title_ar.join(" · "),
                en: narrate_en(&legs),
                ar: narrate_ar(&legs),
                legs: g.legs,
            }
        })
        .collect()
}

fn narrate_en(legs: &[&Visit]) -> String {
    let full = legs.first().map(|v| visitor_en(v)).unwrap_or_default();
    let short = short_name(&full);
    let mut clauses = Vec::new();
    let mut planned_before = false;
    for (i, v) in legs.iter().enumerate() {
        let who = if i == 0 { full.clone() } else { short.clone() };
        let place = place_en(v);
        let names: Vec<String> = v.counterparts.iter().map(person_en).collect();
        let met = join_en(&names);
        let on = v.date.map(|d| format!("on {}", long_date_en(d)));
        let clause = match v.status {
            Status::Occurred => {
                let head = match (&on, i) {
                    (Some(on), _) => format!("{on} {who}"),
                    (None, 0) => who,
                    (None, _) => format!("{who} then"),
                };
                let mut c = if met.is_empty() {
                    format!("{head} visited {place}")
                } else {
                    format!("{head} met {met} in {place}")
                };
                if on.is_none() {
                    c.push_str(" (date not reported)");
                }
                c
            }
            Status::Planned => {
                let next = if i == 0 {
                    "was due in"
                } else if planned_before {
                    "was then due in"
                } else {
                    "was next due in"
                };
                planned_before = true;
                let mut c = format!("{who} {next} {place}");
                if let Some(on) = &on {
                    c.push_str(&format!(" {on}"));
                }
                if !met.is_empty() {
                    c.push_str(&format!(", to meet {met}"));
                }
                c
            }
            Status::Cancelled => {
                let mut c = format!("{who}'s visit to {place}");
                if let Some(on) = &on {
                    c.push_str(&format!(" {on}"));
                }
                c.push_str(" was cancelled");
                c
            }
        };
        clauses.push(clause);
    }
    let mut text = clauses.join("; ");
    if let Some(first) = text.chars().next() {
        let upper: String = first.to_uppercase().collect();
        text.replace_range(..first.len_utf8(), &upper);
    }
    if !text.is_empty() {
        text.push('.');
    }
    text
}

fn narrate_ar(legs: &[&Visit]) -> String {
    let full = legs
        .first()
        .map(|v| person_ar(&v.visitor))
        .unwrap_or_default();
    let short = short_name(&full);
    let clauses: Vec<String> = legs
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let who = if i == 0 { &full } else { &short };
            let date = v
                .date
                .map(date_ar)
                .unwrap_or_else(|| ar("no_date").to_string());
            let key = v.status.as_str();
            let mut c = fill(
                ar(key),
                &[("visitor", who), ("place", &place_ar(v)), ("date", &date)],
            );
            let names: Vec<String> = v.counterparts.iter().map(person_ar).collect();
            if !names.is_empty() && v.status != Status::Cancelled {
                c.push_str(&fill(ar("meeting"), &[("names", &join_ar(&names))]));
            }
            if i > 0 {
                c = format!("{} {c}", ar("then"));
            }
            c
        })
        .collect();
    let mut text = clauses.join(&format!("{} ", ar("clause_sep")));
    if !text.is_empty() {
        text.push_str(ar("end"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phrase_used_exists() {
        let mut keys: Vec<String> = (1..=7).map(|i| format!("weekday.{i}")).collect();
        keys.extend((1..=12).map(|i| format!("month.{i}")));
        for k in [
            "date",
            "no_date",
            "and",
            "list_sep",
            "clause_sep",
            "end",
            "then",
            "meeting",
            "occurred",
            "planned",
            "cancelled",
            "title",
            "trip",
            "trip_ordinal",
            "status.occurred",
            "status.planned",
            "status.cancelled",
            "met",
            "source",
        ] {
            keys.push(k.to_string());
        }
        for k in keys {
            assert!(!ar(&k).is_empty(), "missing Arabic phrase {k}");
        }
    }

    #[test]
    fn arabic_date_and_list() {
        let d = NaiveDate::from_ymd_opt(2024, 6, 10).expect("valid date");
        assert_eq!(date_ar(d), "يوم الاثنين 10 يونيو 2024");
        let names = ["أ".to_string(), "ب".to_string(), "ج".to_string()];
        assert_eq!(join_ar(&names), "أ، ب وج");
    }
}
