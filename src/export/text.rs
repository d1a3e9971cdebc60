//! Text helpers shared by the exports: cleaning, escaping, names, dates, ids.

use crate::model::Visit;
use chrono::{Datelike, NaiveDate};
use std::collections::HashSet;

/// Whether `c` is an explicit bidi embedding, override or isolate control
/// (U+202A..U+202E, U+2066..U+2069). In a name they can reorder the text
/// around it ("Trojan Source" spoofing), so the human-facing exports drop
/// them; the JSON and GeoJSON exports keep the data verbatim.
pub(crate) fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `s` without bidi controls and other control characters; line breaks,
/// tabs and runs of white space become one space, so a value stays on one
/// line of its cell, row or paragraph.
pub(crate) fn clean_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if is_bidi_control(c) {
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}

/// Escapes text for HTML (content and quoted attribute values).
pub(crate) fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// [`clean_line`] then [`html_escape`].
pub(crate) fn html(s: &str) -> String {
    html_escape(&clean_line(s))
}

/// 64-bit FNV-1a: a tiny, stable hash for ids (not for security).
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// A stable id of a leg ("leg-" + 16 hex digits) from what identifies it:
/// visitor, place, date, trip and first source span. The same leg gets the
/// same id in every export and every run (TimelineJS `unique_id`, iCalendar
/// `UID`, GeoJSON `id`).
pub fn leg_id(visit: &Visit) -> String {
    let ev = visit.evidence.first();
    let key = format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
        visit.visitor.name_ar,
        visit.place.country,
        visit.place.city.as_deref().unwrap_or(""),
        visit.place.name_ar,
        visit.date.map(|d| d.to_string()).unwrap_or_default(),
        visit
            .trip
            .as_ref()
            .and_then(|t| t.id.as_deref())
            .unwrap_or(""),
        ev.map_or("", |e| e.path.as_str()),
        ev.map_or(0, |e| e.start),
        ev.map_or(0, |e| e.end),
    );
    format!("leg-{:016x}", fnv1a(key.as_bytes()))
}

/// [`leg_id`] of each visit, made unique within the list by a `-2`, `-3`...
/// suffix when two legs are identical.
pub(crate) fn unique_leg_ids(visits: &[Visit]) -> Vec<String> {
    let mut seen: HashSet<String> = HashSet::with_capacity(visits.len());
    let mut out: Vec<String> = Vec::with_capacity(visits.len());
    for v in visits {
        let base = leg_id(v);
        let mut id = base.clone();
        let mut n = 1;
        while seen.contains(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        seen.insert(id.clone());
        out.push(id);
    }
    out
}

/// The visitor's English name, else the Arabic one.
pub(crate) fn visitor_en(v: &Visit) -> String {
    match &v.visitor.name_en {
        Some(n) if !n.trim().is_empty() => clean_line(n),
        _ => clean_line(&v.visitor.name_ar),
    }
}

/// Short form of an English name for later mentions: the last word
/// ("Blinken"); particles like "al-" stay attached.
pub(crate) fn short_name(full: &str) -> String {
    full.split_whitespace().last().unwrap_or(full).to_string()
}

/// English name of a place: the city, else the country's English name, else
/// its code.
pub fn place_en(v: &Visit) -> String {
    match &v.place.city {
        Some(c) if !c.trim().is_empty() => clean_line(c),
        _ => country_name_en(&v.place.country)
            .map(str::to_string)
            .unwrap_or_else(|| clean_line(&v.place.country)),
    }
}

/// Arabic name of a place as written in the text.
pub(crate) fn place_ar(v: &Visit) -> String {
    let ar = clean_line(&v.place.name_ar);
    if ar.is_empty() { place_en(v) } else { ar }
}

/// English short names of countries, by ISO 3166-1 alpha-2 code.
const COUNTRIES: &[(&str, &str)] = &[
    ("AE", "the United Arab Emirates"),
    ("AF", "Afghanistan"),
    ("AM", "Armenia"),
    ("AZ", "Azerbaijan"),
    ("BE", "Belgium"),
    ("BH", "Bahrain"),
    ("BR", "Brazil"),
    ("CA", "Canada"),
    ("CH", "Switzerland"),
    ("CN", "China"),
    ("CY", "Cyprus"),
    ("DE", "Germany"),
    ("DJ", "Djibouti"),
    ("DZ", "Algeria"),
    ("EG", "Egypt"),
    ("ER", "Eritrea"),
    ("ES", "Spain"),
    ("ET", "Ethiopia"),
    ("FR", "France"),
    ("GB", "the United Kingdom"),
    ("GR", "Greece"),
    ("IN", "India"),
    ("IL", "Israel"),
    ("IQ", "Iraq"),
    ("IR", "Iran"),
    ("IT", "Italy"),
    ("JO", "Jordan"),
    ("JP", "Japan"),
    ("KR", "South Korea"),
    ("KW", "Kuwait"),
    ("LB", "Lebanon"),
    ("LY", "Libya"),
    ("MA", "Morocco"),
    ("MR", "Mauritania"),
    ("NL", "the Netherlands"),
    ("OM", "Oman"),
    ("PK", "Pakistan"),
    ("PS", "Palestine"),
    ("QA", "Qatar"),
    ("RU", "Russia"),
    ("SA", "Saudi Arabia"),
    ("SD", "Sudan"),
    ("SO", "Somalia"),
    ("SS", "South Sudan"),
    ("SY", "Syria"),
    ("TN", "Tunisia"),
    ("TR", "Türkiye"),
    ("UA", "Ukraine"),
    ("US", "the United States"),
    ("VA", "the Vatican"),
    ("YE", "Yemen"),
];

/// English name of a country code, if known.
pub(crate) fn country_name_en(code: &str) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code.trim()))
        .map(|(_, n)| *n)
}

const WEEKDAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "Monday 10 June 2024".
pub(crate) fn long_date_en(d: NaiveDate) -> String {
    format!(
        "{} {} {} {}",
        WEEKDAYS_EN[d.weekday().num_days_from_monday() as usize % 7],
        d.day(),
        MONTHS_EN[d.month0() as usize % 12],
        d.year()
    )
}

/// "10 June 2024".
pub(crate) fn date_en(d: NaiveDate) -> String {
    format!(
        "{} {} {}",
        d.day(),
        MONTHS_EN[d.month0() as usize % 12],
        d.year()
    )
}

/// "Antony Blinken", "Antony Blinken and Abbas Kamel", "A, B and C".
pub(crate) fn join_en(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_line_drops_bidi_controls_and_line_breaks() {
        assert_eq!(clean_line("a\u{202E}b\r\n\tc  d\u{2066}"), "ab c d");
        assert_eq!(clean_line("\n x \u{0}"), "x");
    }

    #[test]
    fn html_escape_escapes_markup_and_quotes() {
        assert_eq!(
            html_escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }

    #[test]
    fn dates_and_lists_in_english() {
        let d = NaiveDate::from_ymd_opt(2024, 6, 10).expect("valid date");
        assert_eq!(long_date_en(d), "Monday 10 June 2024");
        assert_eq!(date_en(d), "10 June 2024");
        let names = ["A".to_string(), "B".to_string(), "C".to_string()];
        assert_eq!(join_en(&names), "A, B and C");
        assert_eq!(join_en(&names[..2]), "A and B");
        assert_eq!(short_name("Abdel Fattah al-Sisi"), "al-Sisi");
    }

    #[test]
    fn fnv1a_matches_reference_vectors() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
