//! Places the trip gets from around a frame: tour lists (تشمل، تتبعه), the
//! place of the trip for a frame with none, the place of a summit, and the
//! place left before (قادما من، بعد X).

use super::{delegation_in, focus};
use crate::engine::frames::{EventFrame, Input, cue_in};
use crate::engine::resources::{Class, CueKind, Form, Tag, TriggerKind};

/// Tour lists: the places of an «include»/«follow» frame (تشمل، تتبعه) and
/// of a «stop» frame become places of the nearest frame before them with a
/// traveller.
pub(super) fn attach_lists(frames: &mut [EventFrame]) {
    for k in 0..frames.len() {
        let kind = frames[k].kind;
        if !matches!(kind, Some(TriggerKind::Include | TriggerKind::Follow))
            || frames[k].places.is_empty()
        {
            continue;
        }
        let si = frames[k].sentence;
        let target = (0..k).rev().find(|&j| {
            let f = &frames[j];
            (f.sentence == si || f.sentence + 2 >= si)
                && !f.travellers.is_empty()
                && matches!(
                    f.kind,
                    Some(
                        TriggerKind::Tour
                            | TriggerKind::Visit
                            | TriggerKind::Go
                            | TriggerKind::Arrive
                    )
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
        // «تشمل» (not «شملت»): the list is the tour's plan.
        if kind == Some(TriggerKind::Include) && frames[k].form == Some(Form::Imperfect) {
            frames[j].list_ahead = true;
        }
        frames[j].rules.push(if kind == Some(TriggerKind::Include) {
            "DSC-TOUR-INCLUDES"
        } else {
            "DSC-TOUR-FOLLOWS"
        });
        let r = frames[k].rule;
        frames[j].lent_by.push(r);
        frames[k].places.clear();
    }
}

/// A traveller's frame with no place whose kind says «the place of the
/// trip» (وصل … ، إن من وصل هم رؤساء …): the place of the frame of the same
/// report just before (same or previous sentence).
pub(super) fn trip_places(inp: &Input<'_>, frames: &mut [EventFrame]) {
    for k in 0..frames.len() {
        let Some(kind) = frames[k].kind else { continue };
        let trip = inp
            .res
            .frame(kind)
            .is_some_and(|r| r.no_place == crate::engine::resources::NoPlace::Trip);
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
pub(super) fn event_places(
    inp: &Input<'_>,
    sentences: &[std::ops::Range<usize>],
    frames: &mut [EventFrame],
) {
    let event_in = |k: usize| -> bool {
        let w = inp.toks.get(k).map_or("", |t| t.norm.as_str());
        inp.res.is_read_as(Class::Event, w)
    };
    // «توجه إلى موسكو للتحضير للقمة، والتقى لافروف»: a meeting after its
    // traveller's trip with a place in the same sentence is on that trip.
    let trips: Vec<(usize, usize, usize)> = frames
        .iter()
        .filter(|f| !f.places.is_empty() && f.modality.blocked.is_none())
        .filter_map(|f| Some((f.sentence, f.trigger, *f.travellers.first()?)))
        .collect();
    for f in frames.iter_mut() {
        let attend = f.kind == Some(TriggerKind::Attend);
        let meet = f.kind == Some(TriggerKind::Meet) && f.at_event;
        if !(attend || meet) || !f.places.is_empty() || f.modality.blocked.is_some() {
            continue;
        }
        let on_trip = f.travellers.first().is_some_and(|&p| {
            trips
                .iter()
                .any(|&(si, t, q)| si == f.sentence && t < f.trigger && q == p)
        });
        if meet && on_trip {
            continue;
        }
        if f.travellers.is_empty() && f.others.is_empty() {
            continue;
        }
        let si = f.sentence;
        // «سيحضر هذه القمة …، ثم سيغادر إلى قمة … في هيروشيما»: not past a
        // «ثم» after the trigger (in its own sentence) or after the first
        // event word (in one before): that is the next step.
        let then_after = |a: usize, b: usize| {
            (a..b).find(|&x| {
                inp.toks
                    .get(x)
                    .is_some_and(|t| inp.res.is_read_as(Class::Then, &t.norm))
            })
        };
        // The place named with the event's sentence in a locative (في، ب:
        // «انطلقت بنواكشوط القمة») or as the event's genitive (قمة
        // الرياض); not «بين تونس وبريطانيا».
        let found = (0..=si).rev().find_map(|sj| {
            let s = sentences.get(sj)?;
            let events: Vec<usize> = (s.start..s.end).filter(|&k| event_in(k)).collect();
            let first_event = *events.first()?;
            let first = if sj == si { f.trigger } else { first_event };
            let then = then_after(first + 1, s.end);
            let k = inp
                .places
                .iter()
                .enumerate()
                .filter(|(_, p)| p.start >= s.start && p.end <= s.end && !p.iso.is_empty())
                .filter(|(_, p)| then.is_none_or(|x| p.start < x))
                .filter(|(_, p)| inp.people.mention_at(p.start).is_none())
                // «الحرب في سوريا»، «بشأن لبنان»: what is discussed, not
                // where the event is.
                .filter(|(_, p)| {
                    !(p.start.saturating_sub(3).max(s.start)..p.start).any(|x| {
                        let w = inp.toks.get(x).map_or("", |t| t.norm.as_str());
                        inp.res.is(Class::TopicNoun, w) || inp.res.is(Class::TopicPrep, w)
                    })
                })
                .find(|(_, p)| {
                    let locative = p.prep.as_deref().is_some_and(|x| inp.locative_prep(x));
                    locative
                        || events
                            .iter()
                            .any(|&e| p.start > e && p.start <= e + 2 && p.prep.is_none())
                })
                .map(|(k, _)| k)?;
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

/// «قادما من X» and «بعد X» (a place right after «بعد»): the traveller in
/// focus was in X before (an earlier leg). The cue describes a trip of its
/// own sentence: the traveller's trip, or a trip noun of no one named yet
/// («رابع زيارة خارجية له … بعد فرنسا»), must be told there («وسيصل
/// الرئيس آتيا من السعودية»); in a sentence without it, the way is someone
/// else's («طائرة … قادمة من سوريا», a subheading «منبج بعد عفرين؟»).
pub(super) fn origin_cue(
    inp: &Input<'_>,
    si: usize,
    s: &std::ops::Range<usize>,
    frames: &mut Vec<EventFrame>,
) {
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
        let traveller = frames[target].travellers.first();
        if !frames.iter().any(|f| {
            f.sentence == si
                && (f.travellers.first() == traveller
                    || (f.travellers.is_empty() && f.form == Some(Form::Noun)))
        }) {
            continue;
        }
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
        f.modality.shift = -1;
        f.modality
            .cues
            .push(inp.res.cue_id(kind.unwrap_or(CueKind::Origin)).to_owned());
        f.rules.push("DSC-ORIGIN");
        frames.push(f);
    }
}

/// The position the text gives a leg in its trip: a stop noun with an
/// ordinal (وهي المحطة الثانية في جولته، محطته الثالثة القاهرة) numbers its
/// own place or the place of the frame before it in the sentence; a
/// first-leg cue (استهل جولته بزيارة السعودية) makes the next frame with a
/// place the first.
pub(super) fn stations(inp: &Input<'_>, frames: &mut [EventFrame]) {
    for k in 0..frames.len() {
        let f = &frames[k];
        if f.kind != Some(TriggerKind::Stop) || f.form != Some(Form::Noun) {
            continue;
        }
        let Some((_, Tag::Ordinal(n))) = inp
            .lex
            .tag_at(f.trigger + 1, |t| matches!(t, Tag::Ordinal(_)))
        else {
            continue;
        };
        let si = f.sentence;
        let target = if f.places.is_empty() {
            (0..k)
                .rev()
                .take_while(|&j| frames[j].sentence == si)
                .find(|&j| {
                    !frames[j].places.is_empty() && frames[j].kind != Some(TriggerKind::Stop)
                })
        } else {
            Some(k)
        };
        if let Some(j) = target {
            frames[j].station.get_or_insert(n);
        }
    }
    for f in frames.iter_mut().filter(|f| !f.places.is_empty()) {
        let from = f.trigger.saturating_sub(6);
        let Some(c) = cue_in(inp, from, f.trigger, CueKind::FirstLeg) else {
            continue;
        };
        if (c..f.trigger).any(|x| inp.clause_break(x)) {
            continue;
        }
        f.station.get_or_insert(1);
        // «في مستهل زيارات يقوم بها إلى كل من إسبانيا وفرنسا وبولندا»: at
        // the start of a tour, the stops after the first lie ahead.
        if f.places.len() >= 2 {
            f.list_ahead = true;
        }
        let id = inp.res.cue_id(CueKind::FirstLeg).to_owned();
        if !f.modality.cues.contains(&id) {
            f.modality.cues.push(id);
        }
    }
}

/// DSC-DELEGATION-MEMBERS: «بدأ وفد سعودي … زيارة إلى العراق. … الوفد الذي
/// يترأسه الوزير X يضم الوزير Y والوزير Z»: a definite delegation word
/// with a word naming its head or members, after a trip of a delegation
/// that has no named traveller (in its sentence or the two before): the
/// named people listed after it (no preposition before them, up to a word
/// of travel or meeting) travel on that trip, the first as its traveller.
pub(super) fn delegation_members(
    inp: &Input<'_>,
    sentences: &[std::ops::Range<usize>],
    frames: &mut [EventFrame],
) {
    let is = |c: Class, i: usize| inp.toks.get(i).is_some_and(|t| inp.res.is(c, &t.norm));
    for (si, s) in sentences.iter().enumerate() {
        let found = s.clone().find_map(|d| {
            // «الوفد، والوفد»: the delegation told before.
            let w = inp.norm(d);
            let art = inp.res.words.one(Class::Article);
            let bare = w
                .strip_prefix('\u{0648}')
                .filter(|r| r.starts_with(art))
                .unwrap_or(w);
            if !is(Class::Delegation, d) || art.is_empty() || !bare.starts_with(art) {
                return None;
            }
            let lo = d.saturating_sub(3).max(s.start);
            let hi = (d + 4).min(s.end);
            (lo..hi)
                .find(|&m| is(Class::DelegationMembers, m))
                .map(|m| (d, m))
        });
        let Some((d, m)) = found else {
            continue;
        };
        let mut people: Vec<usize> = Vec::new();
        let mut j = d.max(m) + 1;
        while j < s.end {
            let stop = inp.trigger_at(j).is_some_and(|(_, _, _, k)| {
                !matches!(
                    k,
                    TriggerKind::Include | TriggerKind::Support | TriggerKind::Attend
                )
            });
            if stop || inp.clause_break(j) && !inp.res.is(Class::RelativePronoun, inp.norm(j)) {
                break;
            }
            if let Some(mm) = inp.people.mention_at(j) {
                let named = inp.people.persons.get(mm.person).is_some_and(|x| x.named());
                if named && mm.gov.is_none() && !people.contains(&mm.person) {
                    people.push(mm.person);
                }
                j = mm.end.max(j + 1);
                continue;
            }
            j += 1;
        }
        let Some((&head, rest)) = people.split_first() else {
            continue;
        };
        let target = frames.iter().rposition(|f| {
            f.sentence <= si
                && f.sentence + 2 >= si
                && (f.sentence < si || f.trigger < d)
                && f.travellers.is_empty()
                && !f.places.is_empty()
                && f.modality.blocked.is_none()
                && matches!(
                    f.kind,
                    Some(
                        TriggerKind::Visit
                            | TriggerKind::Arrive
                            | TriggerKind::Tour
                            | TriggerKind::Go
                    )
                )
                && sentences
                    .get(f.sentence)
                    .is_some_and(|s| delegation_in(inp, s.clone()))
        });
        let Some(k) = target else {
            continue;
        };
        let f = &mut frames[k];
        f.travellers = vec![head];
        for &p in rest {
            if !f.companions.contains(&p) {
                f.companions.push(p);
            }
        }
        f.needs_traveller = false;
        f.rules.push("DSC-DELEGATION-MEMBERS");
    }
}
