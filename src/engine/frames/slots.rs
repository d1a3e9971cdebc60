//! The place and time slots of a frame: the place introduced by one of the
//! frame's prepositions (or right after the verb) with the rest of its
//! list, and the nearest time expression of the clause.

use super::{EventFrame, Input, is_cue};
use crate::engine::resources::{Class, CueKind, Form, Frame as FrameRule, Tag, TriggerKind};
use crate::engine::tokens::{TokKind, Token};

/// Fills the place slot: a place introduced by one of the frame's
/// prepositions (or right after the verb when `direct`), with the rest of
/// its coordinated list.
pub(super) fn fill_places(
    inp: &Input<'_>,
    s: &std::ops::Range<usize>,
    fr: &FrameRule,
    after: usize,
    f: &mut EventFrame,
) {
    let t = f.trigger;
    let end = s.end.min(after.max(t + 1) + fr.reach);
    let first = inp.places.partition_point(|p| p.start <= t);
    let mut chosen: Option<usize> = None;
    for (k, p) in inp.places.iter().enumerate().skip(first) {
        if p.start >= end {
            break;
        }
        // A stop at another verb trigger or a clause break before the place;
        // for a trip noun, at another trip told with «بعد/قبل» (الزيارة
        // الثانية للرئيس بعد زيارته لجيبوتي).
        let noun = f.form == Some(Form::Noun);
        let held = |x: usize| held_at(inp, f, x);
        if (t + 1..p.start).any(|x| {
            inp.clause_break(x)
                || (inp.is_verb_trigger(x)
                    && !held(x)
                    && !(noun
                        && inp.trigger_at(x).is_some_and(|(_, _, pron, k)| {
                            // «زيارة قام بها العاهل المغربي إلى الصين»: the
                            // support verb of the noun itself, with its
                            // pronoun glued or as «بها» after it.
                            k == TriggerKind::Support
                                && (pron || (x <= t + 4 && inp.norm(x + 1).chars().count() <= 3))
                        })))
                || (noun && (is_cue(inp, x, CueKind::After) || is_cue(inp, x, CueKind::Before)))
        }) {
            break;
        }
        // A place after «حول، بشأن» is a topic, not where the frame is.
        if (t + 1..p.start).any(|x| {
            inp.res.is(Class::TopicPrep, inp.norm(x)) || inp.res.is(Class::TopicNoun, inp.norm(x))
        }) {
            break;
        }
        // Places inside a person mention belong to a title (أمير قطر).
        if inp.people.mention_at(p.start).is_some() {
            continue;
        }
        // Taking part in an event «الذي يعقد في ريو»: a relative clause of
        // the event (no person before the pronoun) with its support verb
        // says where it is held.
        let of_event = |x: usize| {
            held(x + 1)
                && (t + 1..x)
                    .rev()
                    .find(|&y| inp.toks.get(y).is_some_and(|q| q.kind != TokKind::Punct))
                    .is_some_and(|y| inp.people.mention_at(y).is_none())
        };
        // «هادي، الذي يعيش في السعودية، إلى عدن»: a locative inside a
        // relative clause still open is where the person lives, not where
        // the frame is.
        let in_relative = (t + 1..p.start).any(|x| {
            inp.res.is(Class::RelativePronoun, inp.norm(x))
                && !of_event(x)
                && !(x + 1..p.start)
                    .any(|y| inp.toks.get(y).is_some_and(|q| q.kind == TokKind::Punct))
        });
        if in_relative
            && p.prep
                .as_deref()
                .is_some_and(|w| inp.res.is(Class::InPrep, w))
        {
            continue;
        }
        let by_prep = p.prep.as_deref().is_some_and(|w| {
            fr.is_prep(w)
                || (w.chars().count() == 1
                    && w.chars().next().is_some_and(|c| fr.is_clitic_prep(c)))
                // «توجه إلى قمة مجموعة السبع في هيروشيما».
                || (f.kind == Some(TriggerKind::Go)
                    && inp.locative_prep(w)
                    && inp.to_event_between(t + 1, p.start))
        });
        let direct = fr.direct
            && p.prep.is_none()
            && (p.start == after
                || p.start == t + 1
                || only_soft_between(inp, after.max(t + 1), p.start));
        if by_prep || direct {
            chosen = Some(k);
            f.rules.push(if by_prep {
                "FRM-PLACE-PREP"
            } else {
                "FRM-PLACE-DIRECT"
            });
            break;
        }
    }
    if chosen.is_none()
        && matches!(
            f.kind,
            Some(TriggerKind::Meet | TriggerKind::Host | TriggerKind::Attend)
        )
        && f.form != Some(Form::Noun)
        && let Some(k) = fronted_place(inp, s, t)
    {
        chosen = Some(k);
        f.rules.push("FRM-PLACE-FRONTED");
    }
    if let Some(k) = chosen {
        let list = inp.places.get(k).map_or(0, |p| p.list);
        for (j, p) in inp.places.iter().enumerate().skip(k) {
            if p.list != list {
                break;
            }
            f.places.push(j);
        }
        if f.places.len() > 1 {
            f.rules.push("FRM-PLACE-LIST");
        }
    }
}

/// «وفي باماكو، يلتقي الشاهد نظيره»: a place after «في» opening sentence
/// `s`, closed by a comma right before the verb at `t`, is where the
/// meeting is held.
fn fronted_place(inp: &Input<'_>, s: &std::ops::Range<usize>, t: usize) -> Option<usize> {
    let k = inp.places.partition_point(|p| p.start < s.start);
    let p = inp.places.get(k)?;
    let opening = usize::from(inp.res.is(Class::Conjunction, inp.norm(s.start)));
    if p.start != s.start + opening + 1
        || p.start >= t
        || !p
            .prep
            .as_deref()
            .is_some_and(|w| inp.res.is(Class::InPrep, w))
    {
        return None;
    }
    let end = inp
        .places
        .iter()
        .skip(k)
        .take_while(|q| q.list == p.list)
        .map(|q| q.end)
        .last()?;
    let comma = inp.toks.get(end).is_some_and(Token::is_comma);
    (comma && t == end + 1).then_some(k)
}

/// «يشارك في اجتماع …، الذي يعقد في»: taking part in an event, and at `x`
/// the support verb of a relative clause (the event's own).
fn held_at(inp: &Input<'_>, f: &EventFrame, x: usize) -> bool {
    f.kind == Some(TriggerKind::Attend)
        && x.checked_sub(1)
            .is_some_and(|r| inp.res.is(Class::RelativePronoun, inp.norm(r)))
        && inp
            .trigger_at(x)
            .is_some_and(|(_, _, _, k)| k == TriggerKind::Support)
}

/// Only time words, commas and adverbs between `a` and `b`.
fn only_soft_between(inp: &Input<'_>, a: usize, b: usize) -> bool {
    // A time expression between them (يومي 17 و18 فبراير) counts as one word.
    let in_time = |k: usize| inp.in_time(k);
    let words = (a..b).filter(|&k| !in_time(k)).count() + usize::from((a..b).any(in_time));
    words <= 4
        && (a..b).all(|k| {
            in_time(k)
                || inp.res.is(Class::DayWord, inp.norm(k))
                || inp.toks.get(k).is_some_and(|t| t.kind == TokKind::Punct)
                || inp.res.is(Class::Quantifier, inp.norm(k))
                || inp
                    .trigger_at(k)
                    .is_some_and(|(_, f, _, kind)| f == Form::Noun && kind == TriggerKind::Visit)
                || (inp.res.is(Class::OriginPrep, inp.norm(k))
                    && k > 0
                    && inp.res.is(Class::Quantifier, inp.norm(k - 1)))
                || (inp.lex.flag(k, crate::engine::resources::flag::STOP)
                    && !inp.lex.known(k)
                    && !inp.res.is(Class::Preposition, inp.norm(k))
                    && !inp.res.is(Class::InPrep, inp.norm(k)))
                || inp.lex.covering(k).is_some_and(|m| {
                    m.tags.iter().all(|t| {
                        matches!(
                            t,
                            Tag::Relative(_) | Tag::Weekday(_) | Tag::Time(_) | Tag::Month(_)
                        )
                    })
                })
                || inp.toks.get(k).is_some_and(|t| t.kind == TokKind::Num)
                // «التي زار في مستهلها كوبا»: a resumptive pronoun's phrase.
                || (inp.resumptive(k) && !inp.in_place(k))
                || (inp.res.is(Class::InPrep, inp.norm(k)) && inp.resumptive(k + 1))
        })
}

/// The time expression of the frame: the nearest one after the trigger in
/// its clause, else the nearest before it.
pub(super) fn time_of(
    inp: &Input<'_>,
    si: usize,
    s: &std::ops::Range<usize>,
    t: usize,
) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None; // (distance, index)
    for (k, &(ts, a, b)) in inp.times.iter().enumerate() {
        if ts != si {
            continue;
        }
        let (lo, hi, dist) = if a > t {
            (t + 1, a, a - t)
        } else if b <= t {
            (b, t, (t - b + 1) * 2)
        } else {
            continue;
        };
        // Not across a clause break, another verb trigger, or «بعد/قبل» (the
        // time of the trip before or after: بعد حلوله أمس بجدة).
        if (lo..hi).any(|x| {
            inp.clause_break(x)
                || (x != t && inp.is_verb_trigger(x))
                || (a > t
                    && x > t
                    && (is_cue(inp, x, CueKind::After) || is_cue(inp, x, CueKind::Before)))
        }) {
            continue;
        }
        // «منذ»، «قبل»، «بعد» before the time: not the time of this event.
        if a > s.start
            && inp
                .res
                .is(Class::SinceBeforeAfter, inp.norm(a.saturating_sub(1)))
        {
            continue;
        }
        if dist <= 24 && best.is_none_or(|(d, _)| dist < d) {
            best = Some((dist, k));
        }
    }
    best.map(|(_, k)| k)
}
