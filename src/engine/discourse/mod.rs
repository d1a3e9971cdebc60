//! Stage 6 of the cascade: discourse. The trip of an article runs across
//! its sentences: a pronoun (زيارته، وصوله) and a verb with no subject in
//! its clause (وتوجه بعد ذلك إلى) point to the traveller in focus; a tour
//! list (جولة تشمل … ، وستتبعه قطر) gives the legs of the frame before it;
//! companions (رافقه، برفقة، ويرافق X في زيارته), the people received or met
//! (في استقباله، التقى خلالها) and the place a later meeting is held in all
//! belong to the leg in focus; «قادما من X» adds the leg before.

use super::frames::agree::agrees_at;
use super::frames::{EventFrame, Input};
use super::modality::Modality;
use super::person::MentionKind;
use super::resources::{Class, CueKind, Form, Tag, TriggerKind};
use super::tokens::TokKind;

mod cues;
mod fronted;
mod lists;

use cues::people_cues;
use lists::{attach_lists, delegation_members, event_places, origin_cue, stations, trip_places};

/// Fills the frames' empty slots from the context; `frames` are in text
/// order, `sentences` the article's token ranges.
pub fn resolve(
    inp: &Input<'_>,
    sentences: &[std::ops::Range<usize>],
    frames: &mut Vec<EventFrame>,
) {
    let mut topic: Option<usize> = first_topic(inp);
    // The traveller of the last trip frame (not a guess from the first name).
    let mut trip_topic: Option<usize> = None;
    for k in 0..frames.len() {
        let Some(s) = sentences.get(frames[k].sentence).cloned() else {
            continue;
        };
        again_trip(inp, &s, frames, k);
        definite_trip(frames, k);
        if let Some(p) = fronted::fronted_subject(inp, &s, frames, k) {
            frames[k].travellers = vec![p];
            frames[k].needs_traveller = false;
            frames[k].rules.push("DSC-FRONTED-SUBJECT");
        }
        bare_trip_noun(inp, &s, frames, k);
        later_governor(inp, &s, frames, k, topic);
        from_context(inp, &s, frames, k, topic);
        frames[k].topic = trip_topic;
        met_at_home(inp, frames, k, trip_topic);
        if let Some(p) = carries_topic(inp, &frames[k]) {
            topic = Some(p);
            trip_topic = Some(p);
        }
    }
    attach_lists(frames);
    trip_places(inp, frames);
    event_places(inp, sentences, frames);
    delegation_members(inp, sentences, frames);
    for (si, s) in sentences.iter().enumerate() {
        people_cues(inp, si, s, frames);
        origin_cue(inp, si, s, frames);
    }
    stations(inp, frames);
    announced_sentence(frames);
    later_in_background(frames);
}

/// DSC-LATER-IN-PAST: «وكان X قد زار إثيوبيا قبل وصوله إلى مصر»: a leg told
/// as later («قبل وصوله، قبل أن يتوجه») than a trip of the same traveller
/// in the pluperfect of the background (كان … قد) happened too, before
/// the report: it is no announcement.
fn later_in_background(frames: &mut [EventFrame]) {
    for k in 0..frames.len() {
        let f = &frames[k];
        if !f.modality.later || f.modality.earlier || f.future || f.time.is_some() {
            continue;
        }
        let Some(&who) = f.travellers.first() else {
            continue;
        };
        let past = told_before(frames, k, who, |g| {
            g.modality.earlier && g.form == Some(Form::Perfect)
        });
        if past {
            frames[k].modality.later = false;
            frames[k].modality.earlier = true;
            frames[k].rules.push("DSC-LATER-IN-PAST");
        }
    }
}

/// A frame before frame `k`, in its sentence, whose traveller is `who` and
/// for which `pred` holds.
fn told_before(
    frames: &[EventFrame],
    k: usize,
    who: usize,
    pred: impl Fn(&EventFrame) -> bool,
) -> bool {
    let si = frames[k].sentence;
    frames[..k]
        .iter()
        .any(|g| g.sentence == si && g.travellers.first() == Some(&who) && pred(g))
}

/// «سيستهل جولته بزيارة المجر … ليختتم رحلته بزيارة إيطاليا»: a trip noun
/// with no verb over it, no time and no cue of its own, after a trip of the
/// same traveller announced in its sentence, is announced too
/// (DSC-ANNOUNCED-SENTENCE).
fn announced_sentence(frames: &mut [EventFrame]) {
    for k in 0..frames.len() {
        let f = &frames[k];
        // No verb over it: no governor, or a noun (رحلته بزيارة إيطاليا).
        let verb_over = f
            .governor
            .and_then(|g| frames.get(g))
            .is_some_and(|g| g.form != Some(Form::Noun));
        let bare = f.form == Some(Form::Noun)
            && !verb_over
            && f.time.is_none()
            && !f.future
            && f.modality.cues.is_empty()
            && !f.places.is_empty();
        let Some(&who) = f.travellers.first().filter(|_| bare) else {
            continue;
        };
        let announced = told_before(frames, k, who, |g| g.future && g.form != Some(Form::Noun));
        if announced {
            frames[k].future = true;
            frames[k].rules.push("DSC-ANNOUNCED-SENTENCE");
        }
    }
}

/// A trip noun that needs a traveller, with no pronoun and no verb
/// governing it.
fn bare_noun(f: &EventFrame) -> bool {
    f.needs_traveller && f.form == Some(Form::Noun) && !f.pronoun && !f.governed
}

/// «وتلتها زيارة أخرى في مارس»: another trip of the traveller and to the
/// place of the trip before.
fn again_trip(inp: &Input<'_>, s: &std::ops::Range<usize>, frames: &mut [EventFrame], k: usize) {
    if !bare_noun(&frames[k]) || !again(inp, s, &frames[..k], frames[k].trigger) {
        return;
    }
    let Some(j) = (0..k).rev().find(|&j| {
        !frames[j].travellers.is_empty()
            && !frames[j].places.is_empty()
            && frames[j].modality.blocked.is_none()
    }) else {
        return;
    };
    frames[k].travellers = frames[j].travellers.clone();
    if frames[k].places.is_empty() {
        frames[k].places = frames[j].places.clone();
    }
    frames[k].modality.earlier |= frames[j].modality.earlier;
    frames[k].needs_traveller = false;
    frames[k].rules.push("DSC-AGAIN");
    let id = inp.res.cue_id(CueKind::Again).to_owned();
    if !frames[k].modality.cues.contains(&id) {
        frames[k].modality.cues.push(id);
    }
}

/// A trip noun with no possessor, no pronoun and no verb governing it names
/// no new trip (وتعد هذه الزيارة الأولى), unless its clause has a subject and
/// the noun has places (يعتزم X القيام بجولة تشمل …).
fn bare_trip_noun(
    inp: &Input<'_>,
    s: &std::ops::Range<usize>,
    frames: &mut [EventFrame],
    k: usize,
) {
    if !bare_noun(&frames[k]) {
        return;
    }
    let has_places = !frames[k].places.is_empty() || frames[k].kind == Some(TriggerKind::Tour);
    if has_places && let Some(p) = clause_subject(inp, s, frames[k].trigger) {
        frames[k].travellers = vec![p];
        frames[k].rules.push("DSC-CLAUSE-SUBJECT");
    }
    frames[k].needs_traveller = false;
}

/// «لكن الزيارة أُلغيت»، «وتستمر الزيارة يومين»: a definite trip noun with
/// no traveller of its own is the trip in focus (its traveller and places).
fn definite_trip(frames: &mut [EventFrame], k: usize) {
    let f = &frames[k];
    if !f.definite
        || !f.needs_traveller
        || f.governed
        || !matches!(f.kind, Some(TriggerKind::Visit | TriggerKind::Tour))
    {
        return;
    }
    let Some(j) = focus(frames, f.sentence, f.trigger).filter(|&j| j != k) else {
        return;
    };
    frames[k].travellers = frames[j].travellers.clone();
    if frames[k].places.is_empty() {
        frames[k].places = frames[j].places.clone();
    }
    frames[k].needs_traveller = false;
    // Its time is the trip's when the trip has one: a time in the clause of
    // the anaphor is more often its report's («وتندرج هذه الزيارة، وفق بلاغ
    // اليوم الخميس، …» of a trip dated Saturday).
    if frames[j].time.is_some() {
        frames[k].time = frames[j].time;
    }
    // Its tense and status are the trip's (الزيارة ستركز على), unless a cue
    // of its own changes them (لكن الزيارة أُلغيت).
    frames[k].tense = frames[j].tense;
    frames[k].future = frames[j].future;
    let own = frames[k].modality.clone();
    frames[k].modality = Modality {
        cancelled: own.cancelled || frames[j].modality.cancelled,
        planned: own.planned || frames[j].modality.planned,
        earlier: frames[j].modality.earlier,
        cues: own.cues,
        ..own
    };
    frames[k].rules.push("DSC-TRIP-ANAPHOR");
}

/// A noun governed by a verb after it (محادثات أجراها): the verb's
/// traveller.
fn later_governor(
    inp: &Input<'_>,
    s: &std::ops::Range<usize>,
    frames: &mut [EventFrame],
    k: usize,
    topic: Option<usize>,
) {
    if !frames[k].needs_traveller {
        return;
    }
    let Some(g) = frames[k].governor.filter(|&g| g > k) else {
        return;
    };
    if !frames[g].pronoun && crate::engine::frames::relative_of_thing(inp, s, frames[g].trigger) {
        return;
    }
    let agreement = frames[g].agreement;
    let ok = |p: &usize| agrees_at(agreement, inp.people, *p);
    // The verb's own subject; else, for its pronoun (أجراها، يقوم بها), the
    // subject before it, else the topic. With no pronoun and no subject the
    // verb is impersonal: «اللقاء سيعقد في القدس» is the meeting in focus,
    // «اجتماع عُقد في طهران» a new one of nobody named.
    let ba_pronoun = fronted::prep_pronoun(inp, frames[g].trigger + 1, '\u{0628}').is_some();
    let who = if frames[g].travellers.is_empty() {
        if frames[g].pronoun || ba_pronoun || frames[k].definite {
            subject_before(inp, s, frames[g].trigger, frames, k)
                .or(topic)
                .filter(ok)
        } else {
            None
        }
    } else {
        frames[g].travellers.first().copied()
    };
    frames[k].needs_traveller = false;
    if let Some(p) = who {
        frames[k].travellers = vec![p];
        frames[k].rules.push("DSC-CLAUSE-SUBJECT");
    }
}

/// A pronoun or an implicit subject: the subject of the clause, else the
/// traveller in focus.
fn from_context(
    inp: &Input<'_>,
    s: &std::ops::Range<usize>,
    frames: &mut [EventFrame],
    k: usize,
    topic: Option<usize>,
) {
    if !frames[k].needs_traveller {
        return;
    }
    // Only a person the pronoun or verb agrees with (زيارتها: a woman); a
    // bare noun agrees as its governing verb with an object pronoun does
    // («بدأتها … بزيارة»: she; but «جولة تبدأ بزيارة»: the tour begins).
    let agreement = match (frames[k].agreement, frames[k].governor) {
        (crate::engine::frames::agree::Agreement::Unknown, Some(g))
            if frames.get(g).is_some_and(|gf| gf.pronoun) =>
        {
            frames.get(g).map_or(frames[k].agreement, |gf| gf.agreement)
        }
        (a, _) => a,
    };
    let ok = |p: &usize| agrees_at(agreement, inp.people, *p);
    let local = subject_before(inp, s, frames[k].trigger, frames, k).filter(ok);
    // «رافقت الزعيم الكوري الشمالي خلال زيارته»: an attached pronoun after
    // a title in its own sentence stands for that office holder, named or
    // not; it is not the traveller in focus of the sentences before.
    // Only a title of another country than the topic's tells (a title alone
    // may be the topic's own: «رئيس الحكومة فور وصوله»).
    let topic_country = topic
        .and_then(|p| inp.people.persons.get(p))
        .and_then(|p| p.country.as_deref());
    let title_before = frames[k].pronoun
        && (s.start..frames[k].trigger).any(|i| {
            // A title («الزعيم» too, read as a word) with a nationality after it.
            inp.lex.at(i).is_some_and(|m| {
                m.start == i
                    && m.tags.iter().any(|t| {
                        matches!(t, Tag::Demonym(c) if inp.res.countries.get(*c as usize)
                            .is_some_and(|c| Some(c.iso.as_str()) != topic_country))
                    })
            }) && i
                .checked_sub(1)
                .and_then(|b| inp.toks.get(b))
                .is_some_and(|b| {
                    inp.lex
                        .covering(i - 1)
                        .is_some_and(|m| m.tags.iter().any(|t| matches!(t, Tag::Title(_))))
                        || {
                            let article = inp.res.words.one(Class::Article);
                            let bare = b.norm.strip_prefix(article).unwrap_or(&b.norm);
                            inp.res.word_has(bare, |t| matches!(t, Tag::Title(_)))
                        }
                })
        });
    let topic = if title_before { None } else { topic };
    let Some(p) = local.or(topic.filter(ok)) else {
        return;
    };
    if frames[k].kind == Some(TriggerKind::Host) && !frames[k].pronoun {
        // A host verb with no subject: the topic hosts.
        frames[k].others.push(p);
        return;
    }
    frames[k].travellers = vec![p];
    frames[k].needs_traveller = false;
    frames[k].rules.push(if local.is_some() {
        "DSC-CLAUSE-SUBJECT"
    } else {
        "DSC-TOPIC"
    });
}

/// «حيث التقى ولي العهد السعودي»: in verb-subject order the person after
/// «التقى» may be the one met; when the traveller in focus is abroad and
/// that person is at home there, the traveller met them.
fn met_at_home(inp: &Input<'_>, frames: &mut [EventFrame], k: usize, trip_topic: Option<usize>) {
    if frames[k].kind != Some(TriggerKind::Meet) {
        return;
    }
    let (Some(&subj), Some(t)) = (frames[k].travellers.first(), trip_topic) else {
        return;
    };
    let Some(f) = focus(frames, frames[k].sentence, frames[k].trigger).filter(|_| subj != t) else {
        return;
    };
    // «التقى بولتن نظيره الكوري الجنوبي في واشنطن»: the clause names the
    // one met, an office holder like the subject; he, not the traveller in
    // focus, came. (A title of another office, «أجرى محادثات مع رئيس
    // جيبوتي», may be the traveller in focus himself.)
    let counterpart_met = frames[k].others.iter().any(|&o| {
        o != t
            && o != subj
            && inp.people.persons.get(o).is_some_and(|p| {
                p.titles.iter().any(|&x| {
                    inp.res
                        .titles
                        .get(usize::from(x))
                        .is_some_and(|x| x.counterpart())
                })
            })
    });
    if counterpart_met {
        return;
    }
    let iso_of = |p: usize| inp.places.get(p).map(|p| p.iso.as_str());
    let here: Vec<&str> = frames[f].places.iter().filter_map(|&p| iso_of(p)).collect();
    let home_of = |p: usize| inp.people.persons.get(p).and_then(|x| x.country.as_deref());
    let subj_home = home_of(subj).is_some_and(|c| here.contains(&c));
    let topic_away = home_of(t).is_none_or(|c| !here.contains(&c));
    let places_here = frames[k]
        .places
        .iter()
        .filter_map(|&p| iso_of(p))
        .all(|c| here.contains(&c));
    if subj_home && topic_away && places_here {
        frames[k].travellers = vec![t];
        if !frames[k].others.contains(&subj) {
            frames[k].others.push(subj);
        }
        frames[k].rules.push("DSC-MET-AT-HOME");
    }
}

/// The traveller of a trip in focus, who carries over to the next
/// sentences: a named traveller of a travel frame (or one with a place) that
/// is not blocked, earlier or later.
fn carries_topic(inp: &Input<'_>, f: &EventFrame) -> Option<usize> {
    let travel = matches!(
        f.kind,
        Some(
            TriggerKind::Arrive
                | TriggerKind::Visit
                | TriggerKind::Go
                | TriggerKind::Leave
                | TriggerKind::Tour
        )
    ) || !f.places.is_empty();
    let &p = f.travellers.first()?;
    (travel
        && f.modality.blocked.is_none()
        && !f.modality.earlier
        && !f.modality.later
        && inp.people.persons.get(p).is_some_and(|x| x.named()))
    .then_some(p)
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
        .filter(|m| !super::frames::genitive(inp, m.start))
        .find(|m| inp.people.persons.get(m.person).is_some_and(|p| p.named()))
        .map(|m| m.person)
}

/// An ungoverned named person before token `t` in its clause (no clause
/// break between), at most 10 tokens back; anywhere in the clause for a
/// trip noun after «خلال/أثناء», which closes the main clause it belongs to
/// («وبحث X الآلية الجديدة مع Y خلال زيارة إلى هولندا»).
fn clause_subject(inp: &Input<'_>, s: &std::ops::Range<usize>, t: usize) -> Option<usize> {
    let during = inp.word_before_is(s, t, Class::During);
    let reach = if during { MAX_CLAUSE } else { 10 };
    let lo = s.start.max(t.saturating_sub(reach));
    let m = inp
        .people
        .mentions
        .iter()
        .rev()
        // Measured from the mention's end: a long title before the name
        // («وكيل الأمين العام لإدارة عمليات حفظ السلام X») is no distance.
        .filter(|m| m.start >= s.start && m.end > lo && m.end <= t && m.gov.is_none())
        // Far back, a coordinated person (… وX، ورئيس Y) is no subject.
        .filter(|m| !(during && inp.lex.at(m.start).is_some_and(|x| x.clitics.conj)))
        .filter(|m| !super::frames::genitive(inp, m.start))
        .find(|m| inp.people.persons.get(m.person).is_some_and(|p| p.named()))?;
    let broken = (m.end..t).any(|k| {
        inp.toks.get(k).is_some_and(|x| {
            x.kind == TokKind::Punct
                && x.norm
                    .starts_with(['.', '\u{061B}', ';', '?', '\u{061F}', '!'])
        }) || inp.res.is(Class::ClauseBreak, &inp.toks[k].norm)
    });
    (!broken).then_some(m.person)
}

/// The longest clause a subject is looked for in, in tokens.
const MAX_CLAUSE: usize = 30;

/// A trip noun at `t` repeats the trip before: «أخرى» after it, or a
/// «follow» verb (تلتها) right before it.
fn again(inp: &Input<'_>, s: &std::ops::Range<usize>, before: &[EventFrame], t: usize) -> bool {
    let cue = (t + 1..(t + 4).min(s.end)).any(|i| {
        inp.lex.at(i).is_some_and(|m| {
            m.tags.iter().any(|x| match x {
                Tag::Cue(c) => inp
                    .res
                    .cues
                    .get(*c as usize)
                    .is_some_and(|c| c.kind == CueKind::Again),
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

/// A delegation word (وفد، الوفد، بعثة) stands in tokens `r`.
pub(super) fn delegation_in(inp: &Input<'_>, r: std::ops::Range<usize>) -> bool {
    inp.toks
        .get(r)
        .is_some_and(|ts| ts.iter().any(|t| inp.res.is(Class::Delegation, &t.norm)))
}

/// The frame in focus at token `t` of sentence `si`: a frame of the same
/// sentence with a traveller and a place, else the last frame of the trip
/// reported (not an earlier or later one) before it.
pub(super) fn focus(frames: &[EventFrame], si: usize, t: usize) -> Option<usize> {
    let same = frames
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, f)| f.sentence == si && f.trigger <= t)
        .find(|(_, f)| {
            !f.travellers.is_empty() && !f.places.is_empty() && f.modality.blocked.is_none()
        })
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
