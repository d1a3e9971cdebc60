//! Stage 7 of the cascade: legs. Each filled frame gives one leg per
//! traveller and place (its companions each get their own, rule 7 of the
//! annotation guide), with the status its tense and cues give, the day its
//! time expression pins, and the counterparts met. A leg is kept only when
//! the traveller is a named person in scope (a title, an office of the
//! lexicon, an honorific) and away from home: a leg in the traveller's own
//! country, or an ambassador's posting, is no visit. The legs of one visit
//! found by several frames are then merged.

use chrono::{Datelike, NaiveDate};

use super::dates::{self, When};
use super::frames::EventFrame;
use super::people::People;
use super::place::PlaceRef;
use super::resources::{Form, NoPlace, Resources, TriggerKind};
use crate::model::Status;

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

/// The status of a frame from its cues and tense.
/// `implied`: the place is the host's country (a meeting with no place),
/// so «قبل/بعد لقائه» only order it within the same stay.
pub fn status_of(inp: &Input<'_>, f: &EventFrame, implied: bool) -> Status {
    let m = &f.modality;
    if m.cancelled {
        return Status::Cancelled;
    }
    if m.earlier && !implied {
        return Status::Occurred;
    }
    if (m.later && !implied) || m.planned || f.future {
        return Status::Planned;
    }
    let when = f.time.and_then(|k| inp.times.get(k)).map(|t| t.3);
    let time_dir = when.map(|w| direction(w, inp.published));
    match f.tense.or(f.form) {
        Some(Form::Perfect) => Status::Occurred,
        Some(Form::Imperfect) => {
            // Under way (الذي يزور), in the past by its time, a support
            // verb (يقوم بزيارة), a headline's present, a progressive
            // (يواصل جولته): occurred; else announced.
            // «يبدأ اليوم جولة»، «يؤدي اليوم زيارة»: a trip starting today,
            // told in the present, is announced (guide rule 4); one going
            // on (يواصل، يختتم، حاليا) is under way.
            let today =
                time_dir == Some(0) && matches!(when, Some(When::Relative(0) | When::Weekday(..)));
            let under_way = m.ongoing
                || time_dir == Some(-1)
                || (f.kind == Some(TriggerKind::Support) && !today)
                || (inp.headline && f.sentence == 0 && time_dir.is_none())
                || (time_dir.is_none() && progressive(f));
            // A time ahead (يبدأ غدا زيارة) makes it announced, whatever else.
            if under_way && time_dir != Some(1) {
                Status::Occurred
            } else {
                Status::Planned
            }
        }
        _ => {
            if time_dir == Some(1) {
                Status::Planned
            } else {
                Status::Occurred
            }
        }
    }
}

/// The frame is a headline's present tense with no time (the status is a
/// guess).
fn headline_present(inp: &Input<'_>, f: &EventFrame) -> bool {
    inp.headline
        && f.sentence == 0
        && f.time.is_none()
        && f.tense.or(f.form) == Some(Form::Imperfect)
        && !f.future
        && !f.modality.planned
        && !f.modality.cancelled
}

/// The frame is a trip noun with no tense, time or cue (زيارته للخرطوم):
/// its status, occurred, is only the default, and yields to a frame of the
/// same stay that has a tense, a time or a cue (يبدأ غدا زيارة).
fn default_status_noun(f: &EventFrame) -> bool {
    let m = &f.modality;
    f.tense.or(f.form) == Some(Form::Noun)
        && f.time.is_none()
        && !f.future
        && !(m.planned || m.cancelled || m.earlier || m.later || m.ongoing)
}

/// A present verb of being under way (يقوم بجولة، يواصل زيارته).
fn progressive(f: &EventFrame) -> bool {
    f.kind == Some(TriggerKind::Support) || f.rules.contains(&"FRM-SUPPORT-VERB")
}

/// -1 for a time before publication, 0 for the day itself (today), 1 after,
/// judged by the time expression alone.
fn direction(w: When, published: Option<NaiveDate>) -> i8 {
    match w {
        When::Relative(d) => d.signum() as i8,
        When::Weekday(_, dir) => dir.max(0),
        When::Year(y) => match published {
            Some(p) => (i64::from(y) - i64::from(p.year())).signum() as i8,
            None => 0,
        },
        When::Explicit { .. } | When::Month { .. } | When::Range { .. } | When::Hijri { .. } => {
            let Some(p) = published else { return 0 };
            match dates::resolve(w, Some(p), false) {
                Some(d) if d > p => 1,
                Some(d) if d < p => -1,
                _ => 0,
            }
        }
        When::Unresolved(d) => d,
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

/// A meeting with no named place was at home for its host: the host's
/// country, and who travelled there. The host is the other side of the
/// meeting; when the traveller in focus is among the people met (عقد ولي
/// العهد اجتماعا مع بلينكن), the one who received him hosts.
fn host_country(inp: &Input<'_>, f: &EventFrame, kind: TriggerKind) -> Option<(Slot, Vec<usize>)> {
    let participants: Vec<usize> = f
        .travellers
        .iter()
        .chain(f.others.iter())
        .copied()
        .collect();
    let visiting = f.topic.filter(|t| participants.contains(t));
    // A participant of the country the article is about hosts.
    let local = participants
        .iter()
        .copied()
        .find(|&p| inp.home.is_some() && inp.country_of(p) == inp.home.as_deref());
    // «وسيزور الرئيس المكسيكي ترامب»: the person visited hosts, and the
    // subject, not the traveller in focus, travels.
    // Only a person named as the verb's object: the one other person,
    // named close after the verb (not companions: «زار …، يرافقه الرئيس
    // الصربي ورئيس الوزراء الإسرائيلي»).
    let object = match f.others.as_slice() {
        [o] => inp
            .people
            .mentions
            .iter()
            .any(|m| m.person == *o && m.start > f.trigger && m.start <= f.trigger + 8),
        _ => false,
    };
    let visited = kind == TriggerKind::Visit
        && f.form != Some(Form::Noun)
        && !f.travellers.is_empty()
        && object;
    let visiting = if visited { None } else { visiting };
    let host = match (local, visiting) {
        // استقبل: the subject hosts.
        _ if kind == TriggerKind::Host || visited => f
            .others
            .iter()
            .copied()
            .find(|&p| iso_country(inp.country_of(p))),
        (Some(h), _) => Some(h),
        (None, Some(v)) => participants
            .iter()
            .copied()
            .find(|&p| p != v && iso_country(inp.country_of(p))),
        (None, None) => likely_host(inp, &participants),
    }?;
    let c = inp.country_of(host)?;
    let travellers = if visited {
        f.travellers
            .iter()
            .copied()
            .filter(|&p| p != host)
            .collect()
    } else if let Some(v) = visiting.filter(|&v| v != host) {
        vec![v]
    } else {
        participants
            .iter()
            .copied()
            .filter(|&p| p != host)
            .collect()
    };
    let name = inp
        .res
        .country(c)
        .map(|x| x.name_ar.clone())
        .unwrap_or_default();
    Some(((c.to_owned(), None, name, true, false), travellers))
}

/// With no participant of the article's country and no traveller in
/// focus: an official named without nationality (the paper's own), else
/// the highest office (a minister visits a president).
fn likely_host(inp: &Input<'_>, participants: &[usize]) -> Option<usize> {
    let known: Vec<usize> = participants
        .iter()
        .copied()
        .filter(|&p| iso_country(inp.country_of(p)))
        .collect();
    let bare_title = |p: usize| inp.people.persons.get(p).and_then(|x| x.bare_title);
    let bare = known.iter().copied().find(|&p| {
        bare_title(p) == Some(true)
            && known
                .iter()
                .any(|&q| q != p && bare_title(q) == Some(false))
    });
    bare.or_else(|| {
        known.iter().copied().max_by_key(|&p| {
            (
                rank(inp, p),
                std::cmp::Reverse(participants.iter().position(|&x| x == p)),
            )
        })
    })
}

/// How high the office of person `p` is: heads of state 4, heads of
/// government and crown princes 3, ministers, speakers and heads of
/// organizations 2, other offices 1.
fn rank(inp: &Input<'_>, p: usize) -> u8 {
    let Some(per) = inp.people.persons.get(p) else {
        return 0;
    };
    let offices = per
        .titles
        .iter()
        .filter_map(|t| inp.res.titles.get(*t as usize))
        .map(|t| t.office.as_str())
        .chain(
            per.official
                .and_then(|o| inp.res.officials.get(o as usize))
                .map(|o| o.office.as_str()),
        );
    offices
        .map(|o| match o {
            "president" | "king" | "emir" | "sultan" | "pope" => 4,
            "prime-minister" | "crown-prince" | "vice-president" => 3,
            "other" | "adviser" | "legislator" | "governor" | "ambassador" | "envoy" | "" => 1,
            _ => 2,
        })
        .max()
        .unwrap_or(0)
}

fn iso_country(c: Option<&str>) -> bool {
    c.is_some_and(|c| c.len() == 2 && c.chars().all(|c| c.is_ascii_uppercase()))
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

/// The home of person `p` (their country, the delegation's, for a
/// companion the traveller's), when the place of `slot` is away from it;
/// `None` when it is no trip (at home, at their own posting).
#[expect(
    clippy::option_option,
    reason = "no trip, or a trip by a person of unknown home"
)]
fn away_from_home(
    inp: &Input<'_>,
    f: &EventFrame,
    p: usize,
    principal: bool,
    slot: &Slot,
) -> Option<Option<String>> {
    let person = inp.people.persons.get(p)?;
    let (iso, city, _, implied, region) = slot;
    let home = person
        .country
        .clone()
        .or_else(|| {
            (!principal)
                .then(|| {
                    f.travellers
                        .first()
                        .and_then(|&t| inp.country_of(t))
                        .map(str::to_owned)
                })
                .flatten()
        })
        .or_else(|| f.delegation_country.clone());
    // An official of an organization works in the country of its seat.
    let seat = home
        .as_deref()
        .and_then(|h| inp.res.orgs.iter().find(|o| o.key == h))
        .map(|o| o.seat.as_str());
    match &home {
        Some(h) if h == iso || seat == Some(iso.as_str()) => return None,
        None if inp.home.as_deref() == Some(iso.as_str()) => return None,
        // A meeting or an event in the country the article names most,
        // with no movement told: an official of unknown country at home.
        None if inp.weak_home.as_deref() == Some(iso.as_str())
            && matches!(
                f.kind,
                Some(TriggerKind::Meet | TriggerKind::Attend | TriggerKind::Host)
            ) =>
        {
            return None;
        }
        None => {
            // A person of no known country is most often an official of the
            // paper's own country (a bare «وزير الداخلية»): a leg is kept
            // only for a trip to a country or its capital named as such, not
            // to a province or town, nor a reception at home.
            let local = city
                .and_then(|c| inp.res.cities.get(c as usize))
                .is_some_and(|c| !c.capital);
            if local || *region || *implied || f.kind == Some(TriggerKind::Host) {
                return None;
            }
        }
        _ => {}
    }
    if person.station.as_deref() == Some(iso.as_str()) {
        return None;
    }
    Some(home)
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

/// Merges legs of one visit: same traveller and country, compatible city
/// and day, both earlier or both not (unless the same day is pinned).
pub fn merge(legs: Vec<Leg>) -> Vec<Leg> {
    let mut out: Vec<Leg> = Vec::new();
    for l in legs {
        let found = out.iter().position(|o| {
            o.traveller == l.traveller
                && o.iso == l.iso
                && (o.city.is_none() || l.city.is_none() || o.city == l.city)
                && (o.date.is_none() || l.date.is_none() || one_stay(o, &l))
                && (o.earlier == l.earlier
                    || o.earlier.is_none()
                    || l.earlier.is_none()
                    || (o.date.is_some() && o.date == l.date)
                    || same_day(o.when, l.when))
                && !(o.implied != l.implied
                    && o.date.is_some()
                    && l.date.is_some()
                    && o.date != l.date)
        });
        match found {
            Some(k) => absorb(&mut out[k], l),
            None => out.push(l),
        }
    }
    out.sort_by_key(|l| l.at);
    out
}

/// Two dated legs of one place are one stay (one record, dated by its
/// first day) when their days are at most two apart and their status is
/// the same: arrived on Sunday, received on Monday.
fn one_stay(o: &Leg, l: &Leg) -> bool {
    match (o.date, l.date) {
        (Some(a), Some(b)) => a == b || (o.status == l.status && (a - b).num_days().abs() <= 2),
        _ => true,
    }
}

/// Two time expressions of the same day relative to publication (اليوم …
/// في وقت سابق اليوم), even when the publication date is unknown.
fn same_day(a: Option<When>, b: Option<When>) -> bool {
    matches!((a, b), (Some(When::Relative(x)), Some(When::Relative(y))) if x == y)
}

/// The rules that find a traveller by inference alone: a verb with no
/// subject (FRM-IMPLICIT-SUBJECT) resolved to the person in focus of the
/// sentences before (DSC-TOPIC).
const INFERRED_TRAVELLER: [&str; 2] = ["FRM-IMPLICIT-SUBJECT", "DSC-TOPIC"];

/// The rules that read a traveller from the words of the clause.
const STATED_TRAVELLER: [&str; 8] = [
    "FRM-SUBJECT-AFTER",
    "DSC-FRONTED-SUBJECT",
    "FRM-SUBJECT-BEFORE",
    "FRM-NOUN-POSSESSOR",
    "DSC-CLAUSE-SUBJECT",
    "LEG-COMPANION",
    "FRM-DELEGATION",
    "DSC-MET-AT-HOME",
];

/// How far (in sentences) the stated leg that anchors an inferred one may
/// be.
const ANCHOR_SENTENCES: usize = 2;

/// LEG-ANCHOR: a leg whose traveller was only inferred (no subject in its
/// clause, the person in focus taken instead) stands when the article tells
/// a trip of that traveller in so many words close by: another leg of
/// theirs whose traveller is stated, at most two sentences away («وصل X
/// إلى دمشق. ثم توجه إلى عمان»). Alone, such a leg is most often someone
/// else's trip or a statement about one (measured in the wild audit: 1
/// right of 15); anchored only farther away, none right of 8 judged rows.
/// Returns the legs kept and the dropped ones.
pub fn anchored(legs: Vec<Leg>) -> (Vec<Leg>, Vec<Leg>) {
    let has = |l: &Leg, set: &[&str]| l.rules.iter().any(|r| set.contains(&r.as_str()));
    // A trip noun with a pronoun (زيارتها إلى القاهرة) states a trip; only
    // whose it is was inferred.
    let inferred_only = |l: &Leg| {
        has(l, &INFERRED_TRAVELLER)
            && !has(l, &STATED_TRAVELLER)
            && !has(l, &["FRM-POSSESSIVE-PRONOUN"])
    };
    let first = |l: &Leg| l.sentences.iter().min().copied().unwrap_or(0);
    let stated: Vec<(usize, usize)> = legs
        .iter()
        .filter(|l| !inferred_only(l))
        .map(|l| (l.traveller, first(l)))
        .collect();
    legs.into_iter().partition(|l| {
        !inferred_only(l)
            || stated
                .iter()
                .any(|&(t, s)| t == l.traveller && s.abs_diff(first(l)) <= ANCHOR_SENTENCES)
    })
}

/// LEG-UNPLACED-MEETING: a leg made only of meetings with no place and no
/// day (لقاءاته مع ماكرون، التقى ظريف غوتيريش), put in the host's country,
/// implies no place (guide rule 8). A reception (استقبل السيسي نظيره)
/// still does, and so does a meeting told with a day or beside a stated
/// stay in that country. Measured in the wild audit: most such legs were
/// held elsewhere.
pub fn unplaced_meeting(l: &Leg) -> bool {
    // A day known only from a weekday or «أمس/اليوم» and the publication date
    // is no more a stated meeting than no day at all (a page that carries
    // its date resolves every «الأربعاء»); the story's lead date is.
    let weak_day = matches!(
        l.when,
        Some(super::dates::When::Weekday(..) | super::dates::When::Relative(_))
    ) && !l.rules.iter().any(|r| r == "DSC-LEAD-DATE");
    l.implied
        && (l.date.is_none() || weak_day)
        && l.rules.iter().any(|r| r == "MEET")
        && !l.rules.iter().any(|r| r == "HOST")
}

/// Drops a leg implied by a meeting with no place (A met B: A in B's
/// country) that another leg contradicts: B is reported in A's country
/// with A as counterpart.
pub fn drop_contradicted(legs: Vec<Leg>, home_of: impl Fn(usize) -> Option<String>) -> Vec<Leg> {
    let contradicted: Vec<bool> = legs
        .iter()
        .map(|l| {
            l.implied
                && legs.iter().any(|m| {
                    !m.implied
                        && m.traveller != l.traveller
                        && m.counterparts.contains(&l.traveller)
                        && home_of(l.traveller).as_deref() == Some(m.iso.as_str())
                })
        })
        .collect();
    legs.into_iter()
        .zip(contradicted)
        .filter(|(_, c)| !c)
        .map(|(l, _)| l)
        .collect()
}

fn absorb(o: &mut Leg, l: Leg) {
    o.station = o.station.or(l.station);
    // A leg also told on its own is no longer only "the one before".
    if o.shift != l.shift {
        o.shift = 0;
    }
    if o.city.is_none() && l.city.is_some() {
        o.city = l.city;
        o.place_ar = l.place_ar;
    }
    // A stay is dated by its first day.
    if l.date.is_some() && (o.date.is_none() || l.date < o.date) {
        o.date = l.date;
        o.date_text = l.date_text;
        o.when = l.when;
        o.edtf = l.edtf;
    } else if o.date_text.is_none() {
        o.date_text = l.date_text;
        o.when = o.when.or(l.when);
        o.edtf = o.edtf.take().or(l.edtf);
    }
    // A headline's present tense yields to the body; then cancelled wins, and
    // a report of the visit done wins over its announcement.
    o.status = if o.weak_status && !l.weak_status {
        l.status
    } else if l.weak_status && !o.weak_status {
        o.status
    } else {
        match (o.status, l.status) {
            (Status::Cancelled, _) | (_, Status::Cancelled) => Status::Cancelled,
            (Status::Occurred, _) | (_, Status::Occurred) => Status::Occurred,
            _ => Status::Planned,
        }
    };
    o.weak_status &= l.weak_status;
    for c in l.counterparts {
        if !o.counterparts.contains(&c) {
            o.counterparts.push(c);
        }
    }
    for s in l.sentences {
        if !o.sentences.contains(&s) {
            o.sentences.push(s);
        }
    }
    for r in l.rules {
        if !o.rules.contains(&r) {
            o.rules.push(r);
        }
    }
    o.implied &= l.implied;
    if o.earlier.is_none() {
        o.earlier = l.earlier;
    }
    o.at = o.at.min(l.at);
}

/// The country most of the article's places are in: cities and provinces
/// weigh more than country names (a story set at home names its towns).
/// `None` unless it clearly leads.
pub fn home_guess(places: &[PlaceRef], res: &Resources) -> Option<String> {
    let mut w: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    for p in places.iter().filter(|p| !p.iso.is_empty()) {
        let capital = p
            .city
            .and_then(|c| res.cities.get(c as usize))
            .is_some_and(|c| c.capital);
        // Provinces and towns are what a story at home names; capitals and
        // country names are as common in foreign news.
        let weight = match (p.city, p.rule) {
            (_, "PLC-CITY-WORD") => 6,
            (Some(_), _) if !capital => 4,
            _ => 1,
        };
        *w.entry(p.iso.as_str()).or_default() += weight;
    }
    let mut v: Vec<(&str, u32)> = w.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    match v.as_slice() {
        [(iso, a), (_, b), ..] if *a >= 8 && *a >= *b * 2 => Some((*iso).to_owned()),
        [(iso, a)] if *a >= 8 => Some((*iso).to_owned()),
        _ => None,
    }
}

/// The country the article names most often (two mentions at least, more
/// than any other): a paper names its own officials with a bare title
/// («وزير المالية») and its own country most, so an official of unknown
/// country is taken to be at home there.
pub fn weak_home(places: &[PlaceRef]) -> Option<String> {
    let mut w: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    for p in places.iter().filter(|p| !p.iso.is_empty()) {
        *w.entry(p.iso.as_str()).or_default() += 1;
    }
    let mut v: Vec<(&str, u32)> = w.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    match v.as_slice() {
        [(iso, a), (_, b), ..] if *a >= 2 && a > b => Some((*iso).to_owned()),
        [(iso, a)] if *a >= 2 => Some((*iso).to_owned()),
        _ => None,
    }
}

/// A leg of an official of unknown country (a bare «رئيس الحكومة», how a
/// paper names its own) stands only when the article tells a movement
/// (a visit, an arrival, a departure, a tour): a meeting or an event alone
/// is most often that official at home.
pub fn moved_or_known(res: &Resources, people: &People, l: &Leg) -> bool {
    let known = people
        .persons
        .get(l.traveller)
        .is_none_or(|p| p.country.is_some() || p.official.is_some());
    // Companions and members of a delegation travel with someone.
    let with_someone = l
        .rules
        .iter()
        .any(|id| id == "LEG-COMPANION" || id == "FRM-DELEGATION");
    known
        || with_someone
        || l.rules.iter().any(|id| {
            res.rules.iter().any(|r| {
                &r.id == id
                    && matches!(
                        r.kind,
                        TriggerKind::Visit
                            | TriggerKind::Arrive
                            | TriggerKind::Go
                            | TriggerKind::Tour
                            | TriggerKind::Leave
                            | TriggerKind::Stop
                    )
            })
        })
}
