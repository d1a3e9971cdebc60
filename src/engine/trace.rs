//! The trace of one article through the cascade, stage by stage: the
//! sentences, the persons and their mentions (with the rule that made each),
//! the places, the time expressions, every frame with its slots and cues
//! (blocked ones too, with the cue that blocked them), and the visits with
//! the rules of every stage that made them. `jawla extract --trace FILE`
//! prints it.

use std::fmt::Write;

use chrono::NaiveDate;

use super::dates::When;
use super::frames::EventFrame;
use super::people::People;
use super::place::PlaceRef;
use super::resources::Resources;
use super::tokens::Token;
use crate::model::Visit;

/// What the trace shows.
pub struct View<'a> {
    pub res: &'a Resources,
    pub toks: &'a [Token],
    pub chars: &'a [char],
    pub sentences: &'a [std::ops::Range<usize>],
    pub people: &'a People,
    pub places: &'a [PlaceRef],
    pub times: &'a [(usize, usize, usize, When, String)],
    pub frames: &'a [EventFrame],
    pub home: Option<&'a str>,
    pub published: Option<NaiveDate>,
    pub visits: &'a [Visit],
    /// Legs a leg rule dropped (LEG-ANCHOR, LEG-UNPLACED-MEETING): the rule,
    /// traveller, place and rules.
    pub unanchored: &'a [String],
    /// The evidence points of each visit (`confidence.rs`).
    pub points: &'a [u8],
}

fn text(v: &View<'_>, a: usize, b: usize) -> String {
    let (Some(s), Some(e)) = (v.toks.get(a), b.checked_sub(1).and_then(|x| v.toks.get(x))) else {
        return String::new();
    };
    v.chars
        .get(s.start..e.end)
        .map(|c| c.iter().collect())
        .unwrap_or_default()
}

fn person(v: &View<'_>, p: usize) -> String {
    match v.people.persons.get(p) {
        Some(x) if x.named() => format!("#{p} {}", x.name_ar),
        Some(x) => format!(
            "#{p} (unnamed {})",
            x.titles
                .first()
                .and_then(|t| v.res.titles.get(*t as usize))
                .map_or("", |t| t.role_en.as_str())
        ),
        None => format!("#{p}?"),
    }
}

/// Renders the trace.
pub fn render(v: &View<'_>) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "published: {}   home of the article (guess): {}",
        v.published.map_or("unknown".to_owned(), |d| d.to_string()),
        v.home.unwrap_or("none")
    );
    persons(v, &mut o);
    for (si, s) in v.sentences.iter().enumerate() {
        let frames: Vec<&EventFrame> = v.frames.iter().filter(|f| f.sentence == si).collect();
        if frames.is_empty() {
            continue;
        }
        let _ = writeln!(o, "\n== sentence {si}: {}", text(v, s.start, s.end));
        names(v, si, s, &mut o);
        for f in frames {
            frame(v, f, &mut o);
        }
    }
    visits(v, &mut o);
    if !v.unanchored.is_empty() {
        let _ = writeln!(o, "\n== dropped by a leg rule");
        for l in v.unanchored {
            let _ = writeln!(o, "{l}");
        }
    }
    o
}

/// Every person of the article, with titles, country and lexicon entry.
fn persons(v: &View<'_>, o: &mut String) {
    let _ = writeln!(o, "\n== persons");
    for (i, p) in v.people.persons.iter().enumerate() {
        let titles: Vec<&str> = p
            .titles
            .iter()
            .filter_map(|t| v.res.titles.get(*t as usize))
            .map(|t| t.role_en.as_str())
            .collect();
        let _ = writeln!(
            o,
            "#{i} {:?} titles={titles:?} country={} station={} lexicon={}",
            p.name_ar,
            p.country.as_deref().unwrap_or("-"),
            p.station.as_deref().unwrap_or("-"),
            p.official
                .and_then(|x| v.res.officials.get(x as usize))
                .map_or("-", |x| x.name_en.as_str()),
        );
    }
}

/// The person mentions, places and time expressions of sentence `si`.
fn names(v: &View<'_>, si: usize, s: &std::ops::Range<usize>, o: &mut String) {
    for m in v
        .people
        .mentions
        .iter()
        .filter(|m| m.start >= s.start && m.end <= s.end)
    {
        let _ = writeln!(
            o,
            "  person  {:<22} {} -> {}{}",
            m.rule,
            text(v, m.start, m.end),
            person(v, m.person),
            m.gov
                .as_deref()
                .map(|g| format!(" (after {g})"))
                .unwrap_or_default()
        );
    }
    for p in v
        .places
        .iter()
        .filter(|p| p.start >= s.start && p.end <= s.end)
    {
        let _ = writeln!(
            o,
            "  place   {:<22} {} -> {}{} list {}{}",
            p.rule,
            p.name_ar,
            p.iso,
            p.city
                .and_then(|c| v.res.cities.get(c as usize))
                .map(|c| format!("/{}", c.name_en))
                .unwrap_or_default(),
            p.list,
            p.prep
                .as_deref()
                .map(|g| format!(" (after {g})"))
                .unwrap_or_default()
        );
    }
    for t in v.times.iter().filter(|t| t.0 == si) {
        let _ = writeln!(o, "  time    {:<22} {} = {:?}", "", t.4, t.3);
    }
}

/// A frame: its trigger, slots, stage rules and cues.
fn frame(v: &View<'_>, f: &EventFrame, o: &mut String) {
    let rule = v
        .res
        .rules
        .get(f.rule as usize)
        .map_or("?", |r| r.id.as_str());
    let names = |xs: &[usize]| {
        xs.iter()
            .map(|&p| person(v, p))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(
        o,
        "  frame   {rule:<22} «{}» {:?}{} traveller [{}] others [{}] places [{}] time {} companions [{}] counterparts [{}]",
        text(v, f.trigger, f.trigger + 1),
        f.tense.or(f.form),
        if f.future { " future" } else { "" },
        names(&f.travellers),
        names(&f.others),
        f.places
            .iter()
            .filter_map(|&k| v.places.get(k))
            .map(|p| p.iso.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        f.time
            .and_then(|k| v.times.get(k))
            .map_or("-".to_owned(), |t| t.4.clone()),
        names(&f.companions),
        names(&f.counterparts),
    );
    let m = &f.modality;
    let _ = writeln!(
        o,
        "          stages {:?} cues {:?}{}{}{}{}{}",
        f.rules,
        m.cues,
        if m.round_of_talks {
            " BLOCKED: a round of talks".to_owned()
        } else {
            m.blocked
                .map(|b| format!(" BLOCKED by {}", b.key()))
                .unwrap_or_default()
        },
        if m.planned { " planned" } else { "" },
        if m.cancelled { " cancelled" } else { "" },
        if m.earlier { " earlier" } else { "" },
        if m.later { " later" } else { "" },
    );
}

/// The visits, with the rules of every stage that made them.
fn visits(v: &View<'_>, o: &mut String) {
    let _ = writeln!(o, "\n== visits");
    for (k, x) in v.visits.iter().enumerate() {
        let _ = writeln!(
            o,
            "{} -> {}{} {} {:?} counterparts [{}]\n   rules {}\n   points {} confidence {:.2}",
            x.visitor.name_ar,
            x.place.country,
            x.place
                .city
                .as_deref()
                .map(|c| format!("/{c}"))
                .unwrap_or_default(),
            x.date.map_or("-".to_owned(), |d| d.to_string()),
            x.status,
            x.counterparts
                .iter()
                .map(|c| c.name_ar.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            x.rules.join(" "),
            v.points.get(k).copied().unwrap_or_default(),
            x.confidence,
        );
    }
}
