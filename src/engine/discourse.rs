//! Stage 6 of the cascade: discourse. The trip of an article runs across
//! its sentences: a pronoun (زيارته، وصوله) and a verb with no subject in
//! its clause (وتوجه بعد ذلك إلى) point to the traveller in focus; a tour
//! list (جولة تشمل … ، وستتبعه قطر) gives the legs of the frame before it;
//! companions (رافقه، برفقة، ويرافق X في زيارته), the people received or met
//! (في استقباله، التقى خلالها) and the place a later meeting is held in all
//! belong to the leg in focus; «قادما من X» adds the leg before.

use super::frames::{EventFrame, Input};
use super::person::MentionKind;
use super::resources::{CueKind, Form, Tag, TriggerKind};
use super::tokens::TokKind;

/// Fills the frames' empty slots from the context; `frames` are in text
/// order, `sentences` the article's token ranges.
pub fn resolve(inp: &Input<'_>, sentences: &[std::ops::Range<usize>], frames: &mut Vec<EventFrame>) {
    let mut topic: Option<usize> = first_topic(inp);
    // The traveller of the last trip frame (not a guess from the first name).
    let mut trip_topic: Option<usize> = None;
    for k in 0..frames.len() {
        let si = frames[k].sentence;
        let Some(s) = sentences.get(si).cloned() else {
            continue;
        };
        // «وتلتها زيارة أخرى في مارس»: another trip of the traveller and to
        // the place of the trip before.
        if frames[k].needs_traveller
            && frames[k].form == Some(Form::Noun)
            && !frames[k].pronoun
            && !frames[k].governed
            && again(inp, &s, &frames[..k], frames[k].trigger)
            && let Some(j) = (0..k).rev().find(|&j| {
                !frames[j].travellers.is_empty()
                    && !frames[j].places.is_empty()
                    && frames[j].modality.blocked.is_none()
            })
        {
            frames[k].travellers = frames[j].travellers.clone();
            if frames[k].places.is_empty() {
                frames[k].places = frames[j].places.clone();
            }
            frames[k].modality.earlier |= frames[j].modality.earlier;
            frames[k].needs_traveller = false;
            frames[k].rules.push("DSC-AGAIN");
        }
        // A trip noun with no possessor, no pronoun and no verb governing it
        // names no new trip (وتعد هذه الزيارة الأولى), unless its clause has
        // a subject and the noun has places (يعتزم X القيام بجولة تشمل …).
        if frames[k].needs_traveller
            && frames[k].form == Some(Form::Noun)
            && !frames[k].pronoun
            && !frames[k].governed
        {
            let t = frames[k].trigger;
            let subject = clause_subject(inp, &s, t);
            let has_places = !frames[k].places.is_empty()
                || frames[k].kind == Some(TriggerKind::Tour);
            match subject.filter(|_| has_places) {
                Some(p) => {
                    frames[k].travellers = vec![p];
                    frames[k].rules.push("DSC-CLAUSE-SUBJECT");
                }
                None => {}
            }
            frames[k].needs_traveller = false;
        }
        // A noun governed by a verb after it (محادثات أجراها): the verb's
        // traveller.
        if frames[k].needs_traveller
            && let Some(g) = frames[k].governor.filter(|&g| g > k)
        {
            let t = frames[g].trigger;
            let who = if frames[g].travellers.is_empty() {
                subject_before(inp, &s, t, frames, k).or(topic)
            } else {
                frames[g].travellers.first().copied()
            };
            if let Some(p) = who {
                frames[k].travellers = vec![p];
                frames[k].needs_traveller = false;
                frames[k].rules.push("DSC-CLAUSE-SUBJECT");
            }
        }
        if frames[k].needs_traveller {
            let t = frames[k].trigger;
            let local = subject_before(inp, &s, t, frames, k);
            let who = local.or(topic);
            if let Some(p) = who {
                if frames[k].kind.is_some_and(|x| matches!(x, TriggerKind::Host)) && !frames[k].pronoun {
                    // A host verb with no subject: the topic hosts.
                    frames[k].others.push(p);
                } else {
                    frames[k].travellers = vec![p];
                    frames[k].needs_traveller = false;
                    frames[k].rules.push(if local.is_some() {
                        "DSC-CLAUSE-SUBJECT"
                    } else {
                        "DSC-TOPIC"
                    });
                }
            }
        }
        frames[k].topic = trip_topic;
        // «حيث التقى ولي العهد السعودي»: in verb-subject order the person
        // after «التقى» may be the one met; when the traveller in focus is
        // abroad and that person is at home there, the traveller met them.
        if frames[k].kind == Some(TriggerKind::Meet)
            && let (Some(&subj), Some(t)) = (frames[k].travellers.first(), trip_topic)
            && subj != t
            && let Some(f) = focus(frames, si, frames[k].trigger)
        {
            let here: Vec<&str> = frames[f]
                .places
                .iter()
                .filter_map(|&p| inp.places.get(p))
                .map(|p| p.iso.as_str())
                .collect();
            let home_of = |p: usize| inp.people.persons.get(p).and_then(|x| x.country.as_deref());
            let subj_home = home_of(subj).is_some_and(|c| here.contains(&c));
            let topic_away = home_of(t).is_none_or(|c| !here.contains(&c));
            let places_here = frames[k].places.is_empty()
                || frames[k]
                    .places
                    .iter()
                    .filter_map(|&p| inp.places.get(p))
                    .all(|p| here.contains(&p.iso.as_str()));
            if subj_home && topic_away && places_here {
                frames[k].travellers = vec![t];
                if !frames[k].others.contains(&subj) {
                    frames[k].others.push(subj);
                }
                frames[k].rules.push("DSC-MET-AT-HOME");
            }
        }
        // The traveller of a trip in focus carries over to the next sentences.
        let travel = matches!(
            frames[k].kind,
            Some(TriggerKind::Arrive | TriggerKind::Visit | TriggerKind::Go | TriggerKind::Leave | TriggerKind::Tour)
        ) || !frames[k].places.is_empty();
        if let Some(&p) = frames[k].travellers.first()
            && travel
            && frames[k].modality.blocked.is_none()
            && !frames[k].modality.earlier
            && !frames[k].modality.later
            && inp.people.persons.get(p).is_some_and(|x| x.named())
        {
            topic = Some(p);
            trip_topic = Some(p);
        }
    }
    attach_lists(frames);
    trip_places(inp, frames);
    event_places(inp, sentences, frames);
    for si in 0..sentences.len() {
        let s = sentences[si].clone();
        people_cues(inp, si, &s, frames);
        origin_cue(inp, si, &s, frames);
    }
}

/// The person the article is about when no traveller was named yet: the
/// first named person with a title.
fn first_topic(inp: &Input<'_>) -> Option<usize> {
    inp.people
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Named)
        .map(|m| m.person)
        .find(|&p| {
            inp.people
                .persons
                .get(p)
                .is_some_and(|x| x.named() && (!x.titles.is_empty() || x.official.is_some()))
        })
}

/// The subject of the clause before token `t`: a traveller of an earlier
/// frame of the sentence, else the nearest ungoverned named person.
fn subject_before(
    inp: &Input<'_>,
    s: &std::ops::Range<usize>,
    t: usize,
    frames: &[EventFrame],
    k: usize,
) -> Option<usize> {
    let si = frames[k].sentence;
    let from_frame = frames[..k]
        .iter()
        .rev()
        .take_while(|f| f.sentence == si)
        .find(|f| !f.travellers.is_empty() && f.kind != Some(TriggerKind::Host))
        .and_then(|f| f.travellers.first().copied());
    if from_frame.is_some() {
        return from_frame;
    }
    inp.people
        .mentions
        .iter()
        .rev()
        .filter(|m| m.start >= s.start && m.end <= t && m.gov.is_none())
        .find(|m| inp.people.persons.get(m.person).is_some_and(|p| p.named()))
        .map(|m| m.person)
}

/// An ungoverned named person before token `t` in its clause (no clause
/// break between), at most 10 tokens back.
fn clause_subject(inp: &Input<'_>, s: &std::ops::Range<usize>, t: usize) -> Option<usize> {
    let lo = s.start.max(t.saturating_sub(10));
    let m = inp
        .people
        .mentions
        .iter()
        .rev()
        .filter(|m| m.start >= lo && m.end <= t && m.gov.is_none())
        .find(|m| inp.people.persons.get(m.person).is_some_and(|p| p.named()))?;
    let broken = (m.end..t).any(|k| {
        inp.toks.get(k).is_some_and(|x| {
            x.kind == TokKind::Punct && x.norm.starts_with(['.', '\u{061B}', ';', '?', '\u{061F}', '!'])
        }) || inp.res.is(super::resources::Class::ClauseBreak, &inp.toks[k].norm)
    });
    (!broken).then_some(m.person)
}

/// Tour lists: the places of an «include»/«follow» frame (تشمل، تتبعه) and
/// of a «stop» frame become places of the nearest frame before them with a
/// traveller.
fn attach_lists(frames: &mut [EventFrame]) {
    for k in 0..frames.len() {
        let kind = frames[k].kind;
        if !matches!(kind, Some(TriggerKind::Include | TriggerKind::Follow)) || frames[k].places.is_empty() {
            continue;
        }
        let si = frames[k].sentence;
        let target = (0..k).rev().find(|&j| {
            let f = &frames[j];
            (f.sentence == si || f.sentence + 2 >= si)
                && !f.travellers.is_empty()
                && matches!(
                    f.kind,
                    Some(TriggerKind::Tour | TriggerKind::Visit | TriggerKind::Go | TriggerKind::Arrive)
                )
        });
        let Some(j) = target else { continue };
        // «include» belongs to a tour or visit noun of the same sentence only.
        if kind == Some(TriggerKind::Include) && frames[j].sentence != si {
            continue;
        }
        let places = frames[k].places.clone();
        for p in places {
            if !frames[j].places.contains(&p) {
                frames[j].places.push(p);
            }
        }
        let tense_from_list = frames[k].form != Some(Form::Noun);
        if tense_from_list && frames[k].future {
            frames[j].modality.planned = true;
        }
        frames[j].rules.push(if kind == Some(TriggerKind::Include) {
            "DSC-TOUR-INCLUDES"
        } else {
            "DSC-TOUR-FOLLOWS"
        });
        frames[k].places.clear();
    }
}

/// A trip noun at `t` repeats the trip before: «أخرى» after it, or a
/// «follow» verb (تلتها) right before it.
fn again(inp: &Input<'_>, s: &std::ops::Range<usize>, before: &[EventFrame], t: usize) -> bool {
    let cue = (t + 1..(t + 4).min(s.end)).any(|i| {
        inp.lex.at(i).is_some_and(|m| {
            m.tags.iter().any(|x| match x {
                Tag::Cue(c) => inp.res.cues.get(*c as usize).is_some_and(|c| c.kind == CueKind::Again),
                _ => false,
            })
        })
    });
    let follows = before
        .iter()
        .rev()
        .take_while(|f| f.trigger + 3 >= t)
        .any(|f| f.kind == Some(TriggerKind::Follow) && f.trigger < t);
    cue || follows
}

/// A traveller's frame with no place whose kind says «the place of the
/// trip» (وصل … ، إن من وصل هم رؤساء …): the place of the frame of the same
/// report just before (same or previous sentence).
fn trip_places(inp: &Input<'_>, frames: &mut [EventFrame]) {
    for k in 0..frames.len() {
        let Some(kind) = frames[k].kind else { continue };
        let trip = inp
            .res
            .frame(kind)
            .is_some_and(|r| r.no_place == super::resources::NoPlace::Trip);
        if !trip || frames[k].travellers.is_empty() || !frames[k].places.is_empty() {
            continue;
        }
        let si = frames[k].sentence;
        let from = (0..k).rev().find(|&j| {
            let f = &frames[j];
            f.sentence + 1 >= si
                && f.kind == Some(kind)
                && f.modality.blocked.is_none()
                && f.places
                    .iter()
                    .any(|&p| inp.places.get(p).is_some_and(|p| !p.iso.is_empty()))
        });
        if let Some(j) = from {
            frames[k].places = frames[j].places.clone();
            frames[k].rules.push("DSC-TRIP-PLACE");
        }
    }
}

/// Taking part in a summit or conference, or meeting on its sidelines, with
/// no place in the clause: the place named with the event in the same or
/// the three sentences before (انطلقت بالعاصمة الموريتانية نواكشوط القمة
/// العربية … ويشارك في القمة أمير قطر).
fn event_places(inp: &Input<'_>, sentences: &[std::ops::Range<usize>], frames: &mut [EventFrame]) {
    let event_in = |k: usize| -> bool {
        let w = inp.toks.get(k).map_or("", |t| t.norm.as_str());
        if inp.res.is(super::resources::Class::Event, w) {
            return true;
        }
        let mut rd = Vec::new();
        super::morph::readings(w, inp.res.words.one(super::resources::Class::Article), &mut rd);
        rd.iter().skip(1).any(|r| inp.res.is(super::resources::Class::Event, &r.key))
    };
    for f in frames.iter_mut() {
        let attend = f.kind == Some(TriggerKind::Attend);
        let meet = f.kind == Some(TriggerKind::Meet) && f.at_event;
        if !(attend || meet) || !f.places.is_empty() || f.modality.blocked.is_some() {
            continue;
        }
        if f.travellers.is_empty() && f.others.is_empty() {
            continue;
        }
        let si = f.sentence;
        let found = (0..=si).rev().find_map(|sj| {
            let s = sentences.get(sj)?;
            if !(s.start..s.end).any(event_in) {
                return None;
            }
            let k = inp
                .places
                .iter()
                .enumerate()
                .filter(|(_, p)| p.start >= s.start && p.end <= s.end && !p.iso.is_empty())
                .filter(|(_, p)| inp.people.mention_at(p.start).is_none())
                .map(|(k, _)| k)
                .next()?;
            Some(k)
        });
        if let Some(k) = found {
            let list = inp.places[k].list;
            f.places = (k..inp.places.len())
                .take_while(|&j| inp.places[j].list == list)
                .collect();
            f.rules.push("DSC-EVENT-PLACE");
            // Taking part in the present in an event under way.
            if f.time.is_none() && f.form == Some(Form::Imperfect) && !f.future {
                f.modality.ongoing = true;
            }
        }
    }
}

/// The frame in focus at token `t` of sentence `si`: a frame of the same
/// sentence with a traveller and a place, else the last frame of the trip
/// reported (not an earlier or later one) before it.
fn focus(frames: &[EventFrame], si: usize, t: usize) -> Option<usize> {
    let same = frames
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, f)| f.sentence == si && f.trigger <= t)
        .find(|(_, f)| !f.travellers.is_empty() && !f.places.is_empty() && f.modality.blocked.is_none())
        .map(|(j, _)| j);
    if same.is_some() {
        return same;
    }
    frames
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, f)| f.sentence < si || (f.sentence == si && f.trigger <= t))
        .find(|(_, f)| {
            !f.travellers.is_empty()
                && !f.places.is_empty()
                && f.modality.blocked.is_none()
                && !f.modality.earlier
                && !f.modality.later
        })
        .map(|(j, _)| j)
}

/// Companion, reception and counterpart cues of sentence `si`.
fn people_cues(inp: &Input<'_>, si: usize, s: &std::ops::Range<usize>, frames: &mut [EventFrame]) {
    let mut i = s.start;
    while i < s.end {
        let Some(m) = inp.lex.at(i) else {
            i += 1;
            continue;
        };
        let kind = m.tags.iter().find_map(|t| match t {
            Tag::Cue(c) => inp.res.cues.get(*c as usize).map(|c| c.kind),
            _ => None,
        });
        let end = m.end;
        let Some(kind) = kind else {
            i = end;
            continue;
        };
        if !matches!(
            kind,
            CueKind::Companion | CueKind::Reception | CueKind::Counterpart | CueKind::Delegation
        ) {
            i = end;
            continue;
        }
        // The persons after the cue, up to a clause break.
        let mut people = Vec::new();
        let mut j = end;
        while j < s.end {
            let tok = &inp.toks[j];
            if tok.kind == TokKind::Punct && tok.norm.starts_with(['.', '?', '\u{061F}', '!']) {
                break;
            }
            if let Some(mm) = inp.people.mention_at(j) {
                if mm.person < inp.people.persons.len() && !super::frames::genitive(inp, mm.start) {
                    people.push((mm.person, mm.gov.is_none()));
                }
                j = mm.end.max(j + 1);
                continue;
            }
            if inp.lex.at(j).is_some_and(|x| {
                x.tags.iter().any(|t| match t {
                    // A travel or meeting verb ends the list; «يضم» or a
                    // support verb goes on with it (وفد كبير يضم فلان).
                    Tag::Trigger(r, f, _) => {
                        matches!(f, Form::Perfect | Form::Imperfect)
                            && inp.res.rules.get(*r as usize).is_some_and(|r| {
                                !matches!(r.kind, TriggerKind::Include | TriggerKind::Support)
                            })
                    }
                    Tag::Cue(c) => inp
                        .res
                        .cues
                        .get(*c as usize)
                        .is_some_and(|c| c.kind != kind && matches!(c.kind, CueKind::Companion | CueKind::Reception | CueKind::Counterpart)),
                    _ => false,
                })
            }) {
                break;
            }
            j += 1;
        }
        let Some(target) = focus(frames, si, i) else {
            i = end;
            continue;
        };
        let traveller = frames[target].travellers.first().copied();
        let named = |p: usize| inp.people.persons.get(p).is_some_and(|x| x.named());
        match kind {
            CueKind::Companion => {
                // «ويرافق X في زيارته Y و Z»: without a pronoun, the first
                // person is the one accompanied.
                let skip_first = !cue_has_pronoun(inp, i, end)
                    && people.first().is_some_and(|(p, _)| Some(*p) == traveller);
                for (p, _) in people.iter().skip(usize::from(skip_first)) {
                    if Some(*p) != traveller && named(*p) && !frames[target].companions.contains(p) {
                        frames[target].companions.push(*p);
                    }
                }
                if !frames[target].companions.is_empty() {
                    frames[target].rules.push("DSC-COMPANIONS");
                }
            }
            CueKind::Delegation => {
                for (p, _) in &people {
                    if named(*p) && !frames[target].travellers.contains(p) {
                        frames[target].companions.push(*p);
                    }
                }
            }
            _ => {
                for (p, _) in &people {
                    if Some(*p) == traveller {
                        continue;
                    }
                    // A person met belongs to the leg in their own country
                    // when the trip has one (مع السيسي: the Cairo leg).
                    let home = inp.people.persons.get(*p).and_then(|x| x.country.as_deref());
                    let t = home
                        .and_then(|h| leg_in(inp, frames, si, i, h))
                        .unwrap_or(target);
                    if !frames[t].counterparts.contains(p) {
                        frames[t].counterparts.push(*p);
                        frames[t].rules.push("DSC-COUNTERPARTS");
                    }
                }
            }
        }
        i = j.max(end);
    }
}

/// The last frame in focus at token `t` of sentence `si` whose place is in
/// country `iso`.
fn leg_in(inp: &Input<'_>, frames: &[EventFrame], si: usize, t: usize, iso: &str) -> Option<usize> {
    frames
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, f)| f.sentence < si || (f.sentence == si && f.trigger <= t))
        .find(|(_, f)| {
            !f.travellers.is_empty()
                && f.modality.blocked.is_none()
                && f.places
                    .iter()
                    .filter_map(|&k| inp.places.get(k))
                    .any(|p| p.iso == iso)
        })
        .map(|(j, _)| j)
}

/// Whether the cue at `a..b` carries an attached pronoun (رافقه، يرافقه).
fn cue_has_pronoun(inp: &Input<'_>, a: usize, b: usize) -> bool {
    let suffixes = inp.res.words.forms(super::resources::Class::PronounSuffix);
    (a..b).any(|k| {
        let w = &inp.toks[k].norm;
        suffixes.iter().any(|s| w.ends_with(s.as_str()) && w.chars().count() > 4)
    })
}

/// «قادما من X» and «بعد X» (a place right after «بعد»): the traveller in
/// focus was in X before (an earlier leg).
fn origin_cue(inp: &Input<'_>, si: usize, s: &std::ops::Range<usize>, frames: &mut Vec<EventFrame>) {
    for i in s.clone() {
        let Some(m) = inp.lex.at(i) else { continue };
        let kind = m.tags.iter().find_map(|t| match t {
            Tag::Cue(c) => inp.res.cues.get(*c as usize).map(|c| c.kind),
            _ => None,
        });
        let origin = match kind {
            Some(CueKind::Origin) => true,
            Some(CueKind::After) => inp.places.iter().any(|p| p.start == m.end),
            _ => false,
        };
        if !origin {
            continue;
        }
        let Some(target) = focus(frames, si, i) else {
            continue;
        };
        let first = inp.places.partition_point(|p| p.start < m.end);
        let Some(p) = inp.places.get(first).filter(|p| p.start <= m.end + 1) else {
            continue;
        };
        let list = p.list;
        let places: Vec<usize> = (first..inp.places.len())
            .take_while(|&k| inp.places[k].list == list)
            .collect();
        let base = &frames[target];
        let mut f = EventFrame {
            sentence: si,
            trigger: i,
            rule: base.rule,
            kind: Some(TriggerKind::Arrive),
            form: Some(Form::Perfect),
            travellers: base.travellers.clone(),
            places,
            place_role: base.place_role,
            ..EventFrame::default()
        };
        f.modality.earlier = true;
        f.modality
            .cues
            .push(inp.res.cue_id(kind.unwrap_or(CueKind::Origin)).to_owned());
        f.rules.push("DSC-ORIGIN");
        frames.push(f);
    }
}
