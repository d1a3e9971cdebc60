//! What a verb frame makes of the one before it or of itself: a verb with
//! no subject after it shares the subject of the verb before
//! (FRM-COORDINATED-SUBJECT); leaving a place for another is going there
//! too (FRM-LEAVE-FOR).

use super::{EventFrame, Input};
use crate::engine::resources::{Class, Form, PlaceRole, TriggerKind};
use crate::engine::tokens::TokKind;

/// FRM-COORDINATED-SUBJECT: «التقى بوث نائب رئيس الوزراء، كما زار
/// إثيوبيا»: the person right before a verb with no subject after it is the
/// object of the verb before; the verb shares that verb's subject. Not
/// after a relative pronoun («استقبل X ضيفه Y الذي زار …»).
pub(super) fn coordinated_subject(inp: &Input<'_>, before: &[EventFrame], f: &mut EventFrame) {
    if !matches!(f.form, Some(Form::Perfect | Form::Imperfect))
        || !f.rules.contains(&"FRM-SUBJECT-BEFORE")
    {
        return;
    }
    let Some(&p) = f.travellers.first() else {
        return;
    };
    let Some(prev) = before
        .iter()
        .rev()
        .find(|g| matches!(g.form, Some(Form::Perfect | Form::Imperfect)) && g.others.contains(&p))
    else {
        return;
    };
    let Some(&subject) = prev.travellers.first().filter(|&&s| s != p) else {
        return;
    };
    let relative =
        (prev.trigger..f.trigger).any(|x| inp.res.is(Class::RelativePronoun, inp.norm(x)));
    if relative {
        return;
    }
    f.travellers[0] = subject;
    f.rules.push("FRM-COORDINATED-SUBJECT");
}

/// FRM-LEAVE-FOR: «غادر … مصر إلى المملكة المتحدة»: a verb of leaving with
/// the place left, then «إلى» and a place in its clause, goes there too: a
/// frame of going, with the leaving verb's traveller, time and tense.
/// `end`: the end of the frame's sentence.
pub(super) fn leave_for(inp: &Input<'_>, f: &EventFrame, end: usize) -> Option<EventFrame> {
    if f.kind != Some(TriggerKind::Leave) || f.form == Some(Form::Noun) || f.needs_traveller {
        return None;
    }
    // «إلى»، or any word that introduces the place of a frame of going
    // (نحو، صوب، باتجاه: rules/frames.tsv).
    let go = inp.res.frame(TriggerKind::Go);
    let towards = |w: &str| inp.res.is(Class::ToPrep, w) || go.is_some_and(|g| g.is_prep(w));
    let (next, from, after) = match f.places.last() {
        Some(&k) => {
            let last = inp.places.get(k)?;
            // The traveller written before the place left (غادر X مصر إلى،
            // X غادر مصر إلى), not one read after the destination.
            let written = f.travellers.first().is_some_and(|&p| {
                inp.people
                    .mentions
                    .iter()
                    .any(|m| m.person == p && m.end <= last.start)
            });
            if !written {
                return None;
            }
            let next = inp.places.iter().position(|p| p.start >= last.end)?;
            (next, Some(last), last.end)
        }
        // No place left (غادر الرئيس اليوم إلى الجزائر): the first place
        // after the verb and its subject, if «إلى» introduces it.
        None => {
            let traveller = *f.travellers.first()?;
            let anchor = inp
                .people
                .mentions
                .iter()
                // In its own sentence: a headline «X يغادر إلى سريلانكا» is
                // not anchored on the name of the lead under it.
                .filter(|m| m.person == traveller && m.start > f.trigger && m.end <= end)
                .map(|m| m.end)
                .filter(|&e| e <= f.trigger + 12)
                .min()
                .unwrap_or(f.trigger + 1);
            let reach = go.map_or(14, |g| g.reach);
            let next = inp.places.iter().position(|p| p.start >= anchor)?;
            let p = &inp.places[next];
            if p.start > anchor + reach
                || (anchor..p.start).any(|x| {
                    inp.clause_break(x)
                        || inp.people.mention_at(x).is_some()
                        || inp.toks[x].kind == TokKind::Punct
                })
            {
                return None;
            }
            (next, None, anchor)
        }
    };
    let p = &inp.places[next];
    let near = if from.is_some() { after + 2 } else { p.start };
    let to = p
        .start
        .checked_sub(1)
        .is_some_and(|b| b >= after && b <= near && towards(inp.norm(b)))
        || (from.is_none()
            && p.prep.as_deref().is_some_and(|w| inp.locative_prep(w))
            && inp.to_event_between(after, p.start))
        || (p.start <= after + 1 || from.is_none()) && p.prep.as_deref().is_some_and(towards);
    if !to || (after..p.start).any(|x| inp.clause_break(x)) || from.is_some_and(|l| p.iso == l.iso)
    {
        return None;
    }
    let mut g = f.clone();
    g.kind = Some(TriggerKind::Go);
    g.place_role = Some(PlaceRole::Destination);
    g.places = (next..inp.places.len())
        .take_while(|&j| inp.places[j].list == p.list)
        .collect();
    g.rules.push("FRM-LEAVE-FOR");
    Some(g)
}
