//! Text helpers shared by the exports: cleaning, escaping, names, dates, ids.

use crate::model::Visit;
use chrono::{Datelike, NaiveDate};
use std::collections::HashSet;

/// `s` made safe to show on one line: bidi controls and other hidden
/// characters become visible tokens (`⟦U+202E RLO⟧`, see
/// [`crate::hidden::escape_visible`]) instead of silently reordering or
/// disguising the text, benign marks (RLM, ZWNJ…) are kept, other control
/// characters are dropped, and line breaks, tabs and runs of white space
/// become one space, so a value stays on one line of its cell, row or
/// paragraph.
pub(crate) fn clean_line(s: &str) -> String {
    let escaped = crate::hidden::escape_visible(s);
    let mut out = String::with_capacity(escaped.len());
    let mut space = false;
    for c in escaped.chars() {
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

/// The [`crate::hidden::warning`] over every text field of `visits` (names,
/// roles, places, dates as written, evidence, sources, rules), or `None`
/// when they hold no suspicious or hidden character. The reports print it
/// so the reader knows what the `⟦U+…⟧` tokens in them mean.
pub(crate) fn hidden_warning(visits: &[Visit]) -> Option<String> {
    let mut fields: Vec<&str> = Vec::new();
    for v in visits {
        for p in std::iter::once(&v.visitor).chain(&v.counterparts) {
            fields.push(&p.name_ar);
            fields.extend(p.name_en.as_deref());
            fields.extend(p.role.as_deref());
        }
        fields.push(&v.place.name_ar);
        fields.push(&v.place.country);
        fields.extend(v.place.city.as_deref());
        fields.extend(v.date_text.as_deref());
        fields.extend(v.trip.as_ref().and_then(|t| t.id.as_deref()));
        for e in &v.evidence {
            fields.push(&e.text);
            fields.push(&e.path);
        }
        fields.extend(v.rules.iter().map(String::as_str));
    }
    // One field per paragraph: an unclosed control ends with its field.
    crate::hidden::warning(&crate::hidden::scan(&fields.join("\n")))
}

/// The sentence the reports add after [`hidden_warning`]'s.
pub(crate) const HIDDEN_NOTE: &str = "They are shown as ⟦U+…⟧ tokens (for example ⟦U+202E RLO⟧, a right-to-left override) instead of being applied.";

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

/// Text for XML content and quoted attribute values (GEXF, GraphML):
/// [`clean_line`] (one line, hidden characters shown as tokens, controls
/// dropped), the characters XML 1.0 forbids (U+FFFE, U+FFFF) dropped, and
/// `& < > " '` escaped, so a value can never close an element or attribute.
pub(crate) fn xml(s: &str) -> String {
    let line: String = clean_line(s)
        .chars()
        .filter(|c| !matches!(c, '\u{FFFE}' | '\u{FFFF}'))
        .collect();
    html_escape(&line)
}

/// [`clean_line`] then [`html_escape`].
pub(crate) fn html(s: &str) -> String {
    html_escape(&clean_line(s))
}

/// [`html`], with each hidden-character token (`⟦U+202E RLO⟧`) wrapped in
/// `<bdi class="hidden-char">…</bdi>`: an isolate made of markup, not of
/// control characters, so right-to-left text around a token keeps it whole
/// and in its logical place, and a class the report styles. For element
/// content only, never attribute values.
pub(crate) fn html_marked(s: &str) -> String {
    const OPEN: &str = "\u{27E6}U+";
    const CLOSE: char = '\u{27E7}';
    /// Longer than any token, even a tag character's escaped ASCII.
    const MAX_TOKEN: usize = 48;
    let escaped = html(s);
    let mut out = String::with_capacity(escaped.len());
    let mut rest = escaped.as_str();
    while let Some(start) = rest.find(OPEN) {
        let token = &rest[start..];
        match token.find(CLOSE) {
            Some(end) if end <= MAX_TOKEN && !token[OPEN.len()..end].contains('\u{27E6}') => {
                let end = end + CLOSE.len_utf8();
                out.push_str(&rest[..start]);
                out.push_str("<bdi class=\"hidden-char\">");
                out.push_str(&token[..end]);
                out.push_str("</bdi>");
                rest = &token[end..];
            }
            _ => {
                let skip = start + OPEN.len();
                out.push_str(&rest[..skip]);
                rest = &rest[skip..];
            }
        }
    }
    out.push_str(rest);
    out
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

/// `"city"` or `"country"`: what a place's coordinates locate.
pub(crate) fn precision_name(p: crate::model::Precision) -> &'static str {
    match p {
        crate::model::Precision::City => "city",
        crate::model::Precision::Country => "country",
    }
}

/// A confidence as the contract writes it: two decimals (`0.85`, not
/// `0.8500000238418579`).
pub(crate) fn confidence(c: f32) -> f64 {
    (f64::from(c) * 100.0).round() / 100.0
}

/// The visitor's English name, else the Arabic one.
pub(crate) fn visitor_en(v: &Visit) -> String {
    match &v.visitor.name_en {
        Some(n) if !n.trim().is_empty() => clean_line(n),
        _ => clean_line(&v.visitor.name_ar),
    }
}

/// Short form of a name for later mentions: the last word ("Blinken",
/// "بلينكن"); particles like "al-" stay attached. A hidden-character token
/// (`⟦U+202E RLO⟧`, see [`clean_line`]) counts as part of its word, so it is
/// never cut in half.
pub(crate) fn short_name(full: &str) -> String {
    let full = full.trim();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in full.char_indices() {
        match c {
            '\u{27E6}' => depth += 1,
            '\u{27E7}' => depth = depth.saturating_sub(1),
            c if c.is_whitespace() && depth == 0 => start = i + c.len_utf8(),
            _ => {}
        }
    }
    full[start..].to_string()
}

/// English name of a place: the city, else the country's English name, else
/// its code.
pub fn place_en(v: &Visit) -> String {
    match &v.place.city {
        Some(c) if !c.trim().is_empty() => clean_line(c),
        _ => country_name_en(&v.place.country).unwrap_or_else(|| clean_line(&v.place.country)),
    }
}

/// Arabic name of a place as written in the text.
pub(crate) fn place_ar(v: &Visit) -> String {
    let ar = clean_line(&v.place.name_ar);
    if ar.is_empty() { place_en(v) } else { ar }
}

/// English name of a country code as it reads in a sentence: the engine's
/// gazetteer name ([`crate::engine::country_name_en`]), with "the" where
/// English grammar wants it ("the United States", "the Netherlands").
pub(crate) fn country_name_en(code: &str) -> Option<String> {
    crate::engine::country_name_en(code).map(|n| {
        if takes_the(n) {
            format!("the {n}")
        } else {
            n.to_owned()
        }
    })
}

/// English puts "the" before country names that are plural or a descriptive
/// title (a union, republic or group of islands), not before plain names.
fn takes_the(name: &str) -> bool {
    const PLURAL: [&str; 7] = [
        "Netherlands",
        "Philippines",
        "Bahamas",
        "Maldives",
        "Comoros",
        "Seychelles",
        "Gambia",
    ];
    name.starts_with("United ")
        || name.starts_with("Republic ")
        || name.starts_with("Democratic ")
        || name.starts_with("Central ")
        || name.ends_with(" Republic")
        || name.ends_with(" Islands")
        || PLURAL.contains(&name)
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

/// `"(1445-12-04 AH)"`: a leg's Umm al-Qura date to write after its
/// Gregorian one when the analyst shows Hijri dates ([`super::Meta::hijri`]);
/// `None` otherwise or when the leg has none. Not escaped.
pub(crate) fn hijri_note(v: &Visit, hijri: bool) -> Option<String> {
    let h = v.date_hijri.as_deref().filter(|_| hijri)?;
    Some(format!("({h} AH)"))
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
    fn clean_line_shows_hidden_controls_and_flattens_line_breaks() {
        assert_eq!(
            clean_line("a\u{202E}b\r\n\tc  d\u{2066}"),
            "a⟦U+202E RLO⟧b c d⟦U+2066 LRI⟧"
        );
        assert_eq!(clean_line("بلين\u{200B}كن"), "بلين⟦U+200B ZWSP⟧كن");
        // Benign typesetting marks stay: they do not mislead.
        assert_eq!(
            clean_line("12\u{200F} می\u{200C}خواهم"),
            "12\u{200F} می\u{200C}خواهم"
        );
        assert_eq!(clean_line("\n x \u{0}"), "x");
    }

    #[test]
    fn country_names_come_from_the_gazetteer_with_english_articles() {
        assert_eq!(country_name_en("US").as_deref(), Some("the United States"));
        assert_eq!(country_name_en(" nl ").as_deref(), Some("the Netherlands"));
        assert_eq!(
            country_name_en("CF").as_deref(),
            Some("the Central African Republic")
        );
        assert_eq!(country_name_en("EG").as_deref(), Some("Egypt"));
        assert_eq!(country_name_en("TR").as_deref(), Some("Turkey"));
        assert_eq!(country_name_en("ZZ"), None);
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
        assert_eq!(short_name(" أنتوني  بلينكن "), "بلينكن");
        assert_eq!(short_name(""), "");
        assert_eq!(
            short_name("وزير ⟦U+202E RLO⟧نيكنيلب"),
            "⟦U+202E RLO⟧نيكنيلب"
        );
    }

    #[test]
    fn html_marked_isolates_each_token() {
        assert_eq!(
            html_marked("<b>\u{202E}x\u{2067}"),
            "&lt;b&gt;<bdi class=\"hidden-char\">⟦U+202E RLO⟧</bdi>x\
             <bdi class=\"hidden-char\">⟦U+2067 RLI⟧</bdi>"
        );
        // A tag character's ASCII is escaped inside its token.
        assert_eq!(
            html_marked("a\u{E003C}"),
            "a<bdi class=\"hidden-char\">⟦U+E003C TAG &lt;⟧</bdi>"
        );
        // Text that only looks like the start of a token stays text.
        assert_eq!(
            html_marked("⟦U+ ⟦U+1 X⟧"),
            "⟦U+ <bdi class=\"hidden-char\">⟦U+1 X⟧</bdi>"
        );
        assert_eq!(html_marked("plain"), "plain");
    }

    #[test]
    fn xml_escapes_markup_and_drops_what_xml_forbids() {
        assert_eq!(
            xml("<a b=\"c\">&'\u{FFFF}\u{1}\u{202E}x\n"),
            "&lt;a b=&quot;c&quot;&gt;&amp;&#39; ⟦U+202E RLO⟧x"
        );
    }

    #[test]
    fn fnv1a_matches_reference_vectors() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
