//! TimelineJS3 JSON (Knight Lab): `events` with `start_date` {year, month
//! (1-based), day} (only {year, month} or {year} for a leg the text dates by
//! a month or a year, and an `end_date` for a range of days), `text`
//! {headline, text} as HTML (escaped here), `group` and a stable
//! `unique_id`. Loadable by TimelineJS as is.

use super::markdown::counts;
use super::narrative::{LegMarkup, met_and_sources_html, narrate};
// Headline and text are HTML: escaped, hidden-character tokens isolated.
use super::fields::{
    clean_line, date_en, html_marked as html, place_ar, place_en, unique_leg_ids, visitor_en,
};
use super::{ExportError, Format};
use crate::model::Visit;
use crate::timeline::{LegTime, date_of_day, place_legs};
use chrono::{Datelike, NaiveDate};
use serde_json::{Value, json};

fn date_obj(d: NaiveDate) -> Value {
    json!({ "year": d.year(), "month": d.month(), "day": d.day() })
}

/// The start and end dates of a leg the text dates by a month, a year or a
/// range of days (`date_edtf`): TimelineJS takes `{year}` and `{year, month}`
/// as dates of that precision, a range as its first and last day.
fn span_dates(v: &Visit, start: NaiveDate, end: NaiveDate) -> (Value, Option<Value>) {
    let edtf = v.date_edtf.as_deref().unwrap_or_default().trim();
    let bare = edtf.trim_end_matches(['?', '~', '%']);
    if edtf.contains('/') {
        (date_obj(start), Some(date_obj(end)))
    } else if bare.len() == 4 {
        (json!({ "year": start.year() }), None)
    } else if bare.len() == 7 {
        (
            json!({ "year": start.year(), "month": start.month() }),
            None,
        )
    } else {
        (date_obj(start), (end > start).then(|| date_obj(end)))
    }
}

/// The TimelineJS3 document, pretty-printed. Legs without a date are placed
/// by their order in the trip (start and end of the range they lie in,
/// `display_date` saying the date was not reported); legs with no date in
/// their whole trip cannot be put on a TimelineJS axis and are counted in
/// the title slide instead.
pub fn to_timelinejs(visits: &[Visit]) -> Result<Vec<u8>, ExportError> {
    let placed = place_legs(visits);
    let ids = unique_leg_ids(visits);
    let narratives = narrate(visits);
    let mut events = Vec::new();
    let mut off_axis = 0;
    for n in &narratives {
        let group = clean_line(&n.title_en);
        for &i in &n.legs {
            let v = &visits[i];
            let mut event = json!({
                "unique_id": ids[i],
                "group": group,
                "text": { "headline": headline(v), "text": body(v) },
            });
            match placed[i].time {
                LegTime::Date(d) => event["start_date"] = date_obj(d),
                LegTime::Span { start, end } => {
                    let (a, b) = span_dates(v, start, end);
                    event["start_date"] = a;
                    if let Some(b) = b {
                        event["end_date"] = b;
                    }
                }
                LegTime::Between { start, end, .. } => {
                    let (a, b) = (date_of_day(start), date_of_day(end));
                    event["start_date"] = date_obj(a);
                    if b > a {
                        event["end_date"] = date_obj(b);
                    }
                    event["display_date"] = Value::String(format!(
                        "Date not reported (between {} and {}, by trip order)",
                        date_en(a),
                        date_en(b)
                    ));
                }
                LegTime::Unknown => {
                    off_axis += 1;
                    continue;
                }
            }
            events.push(event);
        }
    }
    let mut intro = format!("<p>{}</p>", html(&counts(visits, narratives.len())));
    if off_axis > 0 {
        intro.push_str(&format!(
            "<p>{off_axis} leg(s) with no date anywhere in their trip are not shown.</p>"
        ));
    }
    let doc = json!({
        "title": { "text": { "headline": "Visits timeline", "text": intro } },
        "events": events,
    });
    let mut bytes = serde_json::to_vec_pretty(&doc).map_err(|e| ExportError::Serialize {
        format: Format::TimelineJs,
        reason: e.to_string(),
    })?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Counterparts and sources in an event's text: one line, Arabic names marked.
const MARKUP: LegMarkup = LegMarkup {
    met: ("<p>", "</p>"),
    names: (("", ""), ("<span dir=\"rtl\" lang=\"ar\">", "</span>")),
    source: ("<p>", ("", "")),
    newline: "",
};

/// "Cairo (EG) · Antony Blinken" (escaped HTML).
fn headline(v: &Visit) -> String {
    html(&format!(
        "{} ({}) · {}",
        place_en(v),
        v.place.country,
        visitor_en(v)
    ))
}

/// The leg as escaped HTML: status, Arabic place, counterparts, evidence, sources.
fn body(v: &Visit) -> String {
    let mut s = format!(
        "<p>{} · <span dir=\"rtl\" lang=\"ar\">{}</span></p>",
        v.status.as_str(),
        html(&place_ar(v))
    );
    s.push_str(&met_and_sources_html(v, &MARKUP));
    s
}
