//! iCalendar (RFC 5545): one all-day VEVENT per leg dated to the day (over
//! its days for a range); legs the text dates by a month or a year only are
//! left out.

use super::Meta;
use super::fields::{clean_line, place_ar, place_en, unique_leg_ids, visitor_en};
use super::narrative::{person_ar, person_en};
use crate::model::{Status, Visit};

/// Escapes a TEXT value (RFC 5545 §3.3.11): `\` `;` `,` and line breaks;
/// bidi controls and other hidden characters are shown as tokens
/// (`⟦U+202E RLO⟧`, [`crate::hidden::escape_visible`]), other control
/// characters are dropped (only HTAB is allowed and it becomes a space).
pub(crate) fn ics_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let normalized = crate::hidden::escape_visible(s)
        .replace("\r\n", "\n")
        .replace('\r', "\n");
    for c in normalized.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line to at most 75 octets per physical line (RFC 5545
/// §3.1), never splitting a UTF-8 sequence nor a backslash escape, and ends
/// it with CRLF.
pub(crate) fn fold(line: &str) -> String {
    // Units that must stay whole: one char, or a backslash escape.
    let mut units: Vec<String> = Vec::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        let mut unit = String::from(c);
        if c == '\\'
            && let Some(next) = chars.next()
        {
            unit.push(next);
        }
        units.push(unit);
    }
    let mut lines: Vec<Vec<String>> = vec![Vec::new()];
    for unit in units {
        let current = lines.len();
        let last = lines
            .last_mut()
            .expect("lines starts non-empty and only grows");
        let used: usize = last.iter().map(String::len).sum::<usize>() + usize::from(current > 1);
        if used + unit.len() > 75 {
            // Never fold next to a space of the text: lax parsers (e.g. the
            // `ical` crate) trim white space at both ends of folded lines.
            let mut carry = vec![unit];
            while last.len() > 1
                && (carry[0].starts_with(' ') || last.last().is_some_and(|u| u.ends_with(' ')))
            {
                if let Some(prev) = last.pop() {
                    carry.insert(0, prev);
                }
            }
            lines.push(carry);
        } else {
            last.push(unit);
        }
    }
    let mut out = lines
        .iter()
        .map(|l| l.concat())
        .collect::<Vec<_>>()
        .join("\r\n ");
    out.push_str("\r\n");
    out
}

/// The calendar. DTSTAMP is [`Meta::generated`]; UIDs are the legs' stable
/// ids; DTEND is the next day (exclusive). Legs without a date are left out
/// (a calendar event needs a day).
pub fn to_ics(visits: &[Visit], meta: &Meta) -> String {
    let stamp = meta.generated.format("%Y%m%dT%H%M%SZ").to_string();
    let ids = unique_leg_ids(visits);
    let mut s = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//jawla//Visits timeline//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Visits timeline",
    ] {
        s.push_str(&fold(line));
    }
    for (v, id) in visits.iter().zip(&ids) {
        let Some(date) = v.date else { continue };
        // A range of days (`date_edtf` 2024-01-07/2024-01-11) is one event
        // over them; DTEND is the day after, as for one day.
        let last = v
            .date_edtf
            .as_deref()
            .filter(|e| e.contains('/'))
            .and_then(crate::calendar::edtf_days)
            .filter(|(first, _)| *first == date)
            .map_or(date, |(_, last)| last);
        let end = last.succ_opt().unwrap_or(last);
        let mut desc = vec![format!(
            "{} ({}) – {}",
            visitor_en(v),
            clean_line(&v.visitor.name_ar),
            v.status.as_str()
        )];
        if let Some(t) = &v.date_text {
            desc.push(format!("Date as written: {}", clean_line(t)));
        }
        if !v.counterparts.is_empty() {
            let met: Vec<String> = v
                .counterparts
                .iter()
                .map(|p| format!("{} ({})", person_en(p), person_ar(p)))
                .collect();
            desc.push(format!("Met: {}", met.join("; ")));
        }
        for e in &v.evidence {
            desc.push(format!(
                "“{}” — {}, chars {}–{}",
                clean_line(&e.text),
                clean_line(&e.path),
                e.start,
                e.end
            ));
        }
        let status = match v.status {
            Status::Occurred => "CONFIRMED",
            Status::Planned => "TENTATIVE",
            Status::Cancelled => "CANCELLED",
        };
        let mut lines = vec![
            "BEGIN:VEVENT".to_string(),
            format!("UID:{id}@jawla"),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", date.format("%Y%m%d")),
            format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")),
            format!(
                "SUMMARY:{}",
                ics_text(&format!(
                    "{} in {} ({})",
                    visitor_en(v),
                    place_en(v),
                    clean_line(&v.place.country)
                ))
            ),
            format!(
                "LOCATION:{}",
                ics_text(&format!("{} / {}", place_en(v), place_ar(v)))
            ),
        ];
        if let (Some(lat), Some(lon)) = (v.place.lat, v.place.lon)
            && lat.is_finite()
            && lon.is_finite()
        {
            lines.push(format!("GEO:{lat};{lon}"));
        }
        lines.push(format!("DESCRIPTION:{}", ics_text(&desc.join("\n"))));
        lines.push(format!("STATUS:{status}"));
        lines.push(format!("CATEGORIES:{}", v.status.as_str()));
        lines.push("TRANSP:TRANSPARENT".to_string());
        lines.push("END:VEVENT".to_string());
        for l in lines {
            s.push_str(&fold(&l));
        }
    }
    s.push_str(&fold("END:VCALENDAR"));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escaping() {
        assert_eq!(
            ics_text("a,b;c\\d\r\ne\u{202E}f"),
            "a\\,b\\;c\\\\d\\ne⟦U+202E RLO⟧f"
        );
    }

    #[test]
    fn folding_keeps_lines_within_75_octets_and_chars_whole() {
        let line = format!("DESCRIPTION:{}", "بلينكن ".repeat(20));
        let folded = fold(&line);
        assert!(folded.ends_with("\r\n"));
        let physical: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(physical.len() > 1);
        assert!(physical.iter().all(|l| l.len() <= 75));
        assert!(physical[1..].iter().all(|l| l.starts_with(' ')));
        let unfolded: String = physical
            .iter()
            .enumerate()
            .map(|(i, l)| if i == 0 { *l } else { &l[1..] })
            .collect();
        assert_eq!(unfolded, line);
        assert_eq!(fold("SHORT"), "SHORT\r\n");
    }
}
