//! Stage 7 of the cascade: legs. Each filled frame gives one leg per
//! traveller and place (its companions each get their own, rule 7 of the
//! annotation guide), with the status its tense and cues give, the day its
//! time expression pins, and the counterparts met. A leg is kept only when
//! the traveller is a named person in scope (a title, an office of the
//! lexicon, an honorific) and away from home: a leg in the traveller's own
//! country, or an ambassador's posting, is no visit. The legs of one visit
//! found by several frames are then merged.

use chrono::NaiveDate;

use super::dates::{self, When};
use super::frames::EventFrame;
use super::people::People;
use super::place::PlaceRef;
use super::resources::{Form, NoPlace, Resources, TriggerKind};
use crate::model::Status;

mod home;
mod host;
mod keep;
mod leg_status;
mod stays;

use home::away_from_home;
pub use home::{home_guess, weak_home};
use host::host_country;
pub use keep::{anchored, drop_contradicted, moved_or_known, unplaced_meeting};
use leg_status::{default_status_noun, headline_present, status_of};
pub use stays::merge;

/// A leg before it becomes a [`crate::model::Visit`].
#[derive(Clone, Debug, PartialEq)]
pub struct Leg {
    pub traveller: usize,
    pub iso: String,
    pub city: Option<u16>,
    pub place_ar: String,
    pub date: Option<NaiveDate>,
    pub date_text: Option<String>,
    pub when: Option<When>,
    /// The date as precise as the text: a day, a month, a year, a range.
    pub edtf: Option<String>,
    pub status: Status,
    pub counterparts: Vec<usize>,
    /// Sentences (token ranges) that report it.
    pub sentences: Vec<usize>,
    pub rules: Vec<String>,
    /// An earlier trip (background), kept apart from the trip reported;
    /// `None` for a place left (the same stay as either).
    pub earlier: Option<bool>,
    /// First token of the trigger, for ordering.
    pub at: usize,
    /// Made from the place of another person's home (a meeting without a
    /// named place).
    pub implied: bool,
    /// The status comes from a headline's present tense alone: any status
    /// of the body wins over it.
    pub weak_status: bool,
    /// The leg's position in its trip, when the text states it.
    pub station: Option<u8>,
    /// Before (-1) or after (+1) the leg it is told with.
    pub shift: i8,
}

/// A place of a frame: (country, city, Arabic name, implied by a host's
/// home, named with a province word).
type Slot = (String, Option<u16>, String, bool, bool);

/// What the leg stage reads.
pub struct Input<'a> {
    pub res: &'a Resources,
    pub people: &'a People,
    pub places: &'a [PlaceRef],
    /// (sentence, token start, token end, when, text) of each time expression.
    pub times: &'a [(usize, usize, usize, When, String)],
    pub published: Option<NaiveDate>,
    /// The country most places of the article are in (see [`home_guess`]).
    pub home: Option<String>,
    /// The country named most often, by any margin (see [`weak_home`]):
    /// the likely home of an official named with a bare title.
    pub weak_home: Option<String>,
    /// Sentence 0 is a headline (short, no full stop).
    pub headline: bool,
}

impl Input<'_> {
    fn country_of(&self, p: usize) -> Option<&str> {
        self.people
            .persons
            .get(p)
            .and_then(|x| x.country.as_deref())
    }

    fn in_scope(&self, p: usize) -> bool {
        let private = |t: &u16| {
            self.res
                .titles
                .get(usize::from(*t))
                .is_some_and(|t| t.office == "private")
        };
        self.people.persons.get(p).is_some_and(|x| {
            x.named()
                // A journalist or an artist is no diplomatic traveller.
                && !(x.official.is_none() && !x.titles.is_empty() && x.titles.iter().all(private))
                && (!x.titles.is_empty() || x.official.is_some() || x.honorific)
                // One unlisted word is a name only with a nationality
                // («وزير الطاقة التركي يلدز»): alone after a bare title it is
                // most often a word of an office or an institution.
                && (x.official.is_some() || x.words.len() >= 2 || x.country.is_some())
        })
    }
}

/// The legs of frame `f`.
pub fn of_frame(inp: &Input<'_>, f: &EventFrame, out: &mut Vec<Leg>) {
    if f.modality.blocked.is_some() {
        return;
    }
    let kind = f.kind.unwrap_or(TriggerKind::Visit);
    if matches!(
        kind,
        TriggerKind::Support | TriggerKind::Include | TriggerKind::Follow
    ) {
        return;
    }
    let Some(rule) = inp.res.frame(kind) else {
        return;
    };
    // The place a traveller leaves (غادر القاهرة، قبل مغادرته القاهرة) is
    // where the traveller was: occurred, the same stay.
    let origin = f.place_role == Some(super::resources::PlaceRole::Origin);
    let status = if origin && !f.modality.cancelled {
        Status::Occurred
    } else {
        status_of(inp, f, f.places.is_empty())
    };
    // An earlier or later trip takes only a time written after its trigger
    // (بعد زيارته للقاهرة في 5 مايو), not the main clause's.
    let time = f
        .time
        .and_then(|k| inp.times.get(k))
        .filter(|t| !(f.modality.earlier || f.modality.later) || t.1 > f.trigger)
        .filter(|_| !origin);
    let future = status == Status::Planned || f.tense == Some(Form::Imperfect);
    let mut date = time.and_then(|t| dates::resolve(t.3, inp.published, future));
    let edtf = time.and_then(|t| dates::edtf(t.3, inp.published, future));
    // A span of days over a tour of several places dates no one leg.
    if f.places.len() > 1 && time.is_some_and(|t| matches!(t.3, When::Range { .. })) {
        date = None;
    }
    // Places: the slot, else what the kind says a frame without one means.
    let mut places = slot_places(inp, f);
    let mut travellers: Vec<usize> = f.travellers.clone();
    // At a summit or conference (على هامش القمة) the meeting is where the
    // event is, not at a host's home.
    if places.is_empty()
        && rule.no_place == NoPlace::Host
        && !(kind == TriggerKind::Meet && f.at_event)
        && let Some((place, who)) = host_country(inp, f, kind)
    {
        places.push(place);
        travellers = who;
    }
    if places.is_empty() {
        return;
    }
    // Who travels: the traveller slot; in a meeting, whoever is away from
    // home at the place; a host at home receiving a compatriot is no visit.
    let meeting = matches!(kind, TriggerKind::Meet | TriggerKind::Host);
    for (n, (iso, _, _, implied, _)) in places.iter().enumerate() {
        // A tour under way that «تشمل» its stops: the stops after the
        // first lie ahead (rule 4: planned), undated.
        // A tour announced to start on a day (يبدأ اليوم جولة تشمل …) is on
        // that day at its first stop only.
        let ahead = f.list_ahead && n > 0 && matches!(status, Status::Occurred | Status::Planned);
        let (status, date, edtf) = if ahead {
            (Status::Planned, None, None)
        } else {
            (status, date, edtf.clone())
        };
        let mut who = travellers.clone();
        if meeting && !implied {
            // At a named place, the people met who are away from home
            // travelled too (a meeting in a third country); a host at home
            // receiving a guest abroad is the other way round (استقبل الملك
            // المغربي العاهل السعودي في الرباط). Every person of a list
            // of counterparts counts (مع كل من رئيس … ورئيس … ورئيس …).
            for &o in f.others.iter().chain(&f.counterparts) {
                let away = inp.country_of(o).is_some_and(|c| c != iso);
                if away && !who.contains(&o) {
                    who.push(o);
                }
            }
        }
        let mut with_companions = who.clone();
        for &c in &f.companions {
            if !with_companions.contains(&c) {
                with_companions.push(c);
            }
        }
        // Each city named is a leg of its own (guide rule 3: النجف وكربلاء
        // وأربيل); a country named beside a city of its own (العاصمة
        // العراقية بغداد، العراق) takes the first city named.
        let Some(slot) = places.get(n).filter(|x| x.1.is_some()).or_else(|| {
            places
                .iter()
                .find(|x| x.0 == *iso && x.1.is_some())
                .or_else(|| places.iter().find(|x| x.0 == *iso))
        }) else {
            continue;
        };
        let timing = Timing {
            status,
            date,
            edtf,
            time,
        };
        for &p in &with_companions {
            let leg = leg_for(inp, f, p, slot, &timing, who.contains(&p));
            // A stated position (المحطة الأولى) is the first stop's; the
            // stops after it in the list come after it.
            out.extend(leg.map(|mut l| {
                l.station = l
                    .station
                    .map(|s| s.saturating_add(u8::try_from(n).unwrap_or(u8::MAX)));
                l
            }));
        }
    }
}

/// The places of the frame's place slot, with a country.
fn slot_places(inp: &Input<'_>, f: &EventFrame) -> Vec<Slot> {
    f.places
        .iter()
        .filter_map(|&k| inp.places.get(k))
        .filter(|p| !p.iso.is_empty())
        .map(|p| {
            (
                p.iso.clone(),
                p.city,
                p.name_ar.clone(),
                false,
                p.rule == "PLC-CITY-WORD",
            )
        })
        .collect()
}

/// When a frame's legs were, and their status.
struct Timing<'a> {
    status: Status,
    date: Option<NaiveDate>,
    edtf: Option<String>,
    time: Option<&'a (usize, usize, usize, When, String)>,
}

/// The leg of person `p` to the place of `slot`, unless it is no trip for
/// them (at home, at their own posting, an unnamed or out-of-scope person).
fn leg_for(
    inp: &Input<'_>,
    f: &EventFrame,
    p: usize,
    slot: &Slot,
    timing: &Timing<'_>,
    principal: bool,
) -> Option<Leg> {
    let person = inp.people.persons.get(p)?;
    if !person.named() || person.unnamed_in_text || person.sport || !inp.in_scope(p) {
        return None;
    }
    let (iso, city, place_ar, implied, _) = slot;
    let home = away_from_home(inp, f, p, principal, slot)?;
    let mut rules: Vec<String> = Vec::new();
    rules.extend(inp.res.rules.get(f.rule as usize).map(|r| r.id.clone()));
    rules.extend(f.rules.iter().map(|s| (*s).to_owned()));
    rules.extend(
        f.lent_by
            .iter()
            .filter_map(|&r| inp.res.rules.get(r as usize))
            .map(|r| r.id.clone()),
    );
    rules.extend(f.modality.cues.iter().cloned());
    if !principal {
        rules.push("LEG-COMPANION".to_owned());
    }
    if *implied {
        rules.push("LEG-HOST-COUNTRY".to_owned());
    }
    let time = timing.time;
    Some(Leg {
        traveller: p,
        iso: iso.clone(),
        city: *city,
        place_ar: place_ar.clone(),
        date: timing.date,
        date_text: time.map(|t| t.4.clone()),
        when: time.map(|t| t.3),
        edtf: timing.edtf.clone(),
        status: timing.status,
        counterparts: leg_counterparts(inp, f, p, principal, home.as_deref()),
        sentences: vec![f.sentence],
        rules,
        // A place left and a place implied by a meeting are the same stay as
        // whichever leg of that country they meet.
        earlier: if f.place_role == Some(super::resources::PlaceRole::Origin) || *implied {
            None
        } else {
            Some(f.modality.earlier || f.modality.later)
        },
        at: f.trigger,
        implied: *implied,
        weak_status: headline_present(inp, f) || default_status_noun(f),
        station: f.station,
        shift: if f.place_role == Some(super::resources::PlaceRole::Origin) {
            -1
        } else {
            f.modality.shift
        },
    })
}

/// The people person `p` met on the frame's leg: the other side of the
/// frame and its counterparts, not those of `p`'s side (companions,
/// compatriots); those attending with the traveller were not met.
fn leg_counterparts(
    inp: &Input<'_>,
    f: &EventFrame,
    p: usize,
    principal: bool,
    home: Option<&str>,
) -> Vec<usize> {
    if !principal {
        return Vec::new();
    }
    let others = if f.kind == Some(TriggerKind::Attend) {
        &[][..]
    } else {
        f.others.as_slice()
    };
    let mut counterparts: Vec<usize> = Vec::new();
    for &c in others.iter().chain(&f.counterparts) {
        let same_side =
            c == p || f.companions.contains(&c) || home.is_some() && inp.country_of(c) == home;
        if !same_side
            && inp.people.persons.get(c).is_some_and(|x| x.named())
            && !counterparts.contains(&c)
        {
            counterparts.push(c);
        }
    }
    counterparts
}
