//! The people slots of a trip or meeting noun: its possessor (زيارة
//! الرئيس، الزيارة الأولى لوزير الخارجية), the parties of «بين», the
//! people met after it.

use super::super::clause::relative_on_trip;
use super::super::{EventFrame, Input};
use super::{Right, Side, mention_end, push_role};
use crate::engine::resources::{Class, Frame as FrameRule, FrameTraveller, TriggerKind};

/// «محادثات مرتقبة في جنيف بين الولايات المتحدة وروسيا»، «لقاء بين ترامب
/// وكيم في سنغافورة»: a meeting noun whose own phrase (a few words with no
/// comma, person or other trigger) goes on with «بين» is a meeting of the
/// parties after «بين», and no one of the sentence or the context is its
/// traveller. The persons among the parties travel when the clause names
/// where (each one away from home there); a meeting between parties with no
/// place in the clause gives no leg. Returns the end of the parties.
pub(super) fn between_parties(inp: &Input<'_>, f: &mut EventFrame, sd: &Side) -> Option<usize> {
    /// How far after the meeting noun «بين» may stand (لقاء مرتقب في جنيف
    /// غدا السبت بين).
    const BETWEEN_REACH: usize = 7;
    let t = f.trigger;
    if f.kind != Some(TriggerKind::Meet) || f.pronoun {
        return None;
    }
    let end = sd.clause_end.min(t + 1 + BETWEEN_REACH);
    let b = (t + 1..end)
        .take_while(|&k| {
            inp.people.mention_at(k).is_none()
                && inp.trigger_at(k).is_none()
                && inp.toks.get(k).is_some_and(|x| !x.is_comma())
        })
        .find(|&k| inp.res.is(Class::Between, inp.norm(k)))?;
    let parties: Vec<(usize, usize)> = inp
        .persons_in(b + 1, sd.clause_end)
        .iter()
        .map(|(st, p, _)| (*st, *p))
        .take(2)
        .collect();
    let placed = inp.places.iter().any(|p| {
        p.start > t
            && p.start < sd.clause_end
            && p.prep.as_deref().is_some_and(|w| inp.locative_prep(w))
    });
    if placed {
        for &(_, p) in &parties {
            if !f.travellers.contains(&p) {
                f.travellers.push(p);
            }
        }
    }
    f.needs_traveller = false;
    f.rules.push("FRM-MEET-BETWEEN");
    Some(
        parties
            .last()
            .map_or(b + 1, |&(st, _)| mention_end(inp, st)),
    )
}

/// A trip noun: the traveller is the person right after it (زيارة الرئيس
/// الإيراني; the one received after استقبال), or an attached pronoun's or
/// the context's; the people after a meeting noun were met.
pub(super) fn noun_people(
    inp: &Input<'_>,
    fr: &FrameRule,
    f: &mut EventFrame,
    right: &Right,
    ungoverned: &[(usize, usize)],
    met: &[usize],
) -> usize {
    let t = f.trigger;
    let mut after = t + 1;
    let mut rest = ungoverned;
    let guest_after = ungoverned.first().filter(|(st, _)| *st <= t + 2).copied();
    if f.pronoun && fr.traveller == FrameTraveller::Object && guest_after.is_some() {
        // «لدى استقباله وزير الخارجية العماني»: the pronoun hosts, the
        // person right after is the guest who travelled.
        if let Some((st, p)) = guest_after {
            f.travellers.push(p);
            f.rules.push("FRM-NOUN-POSSESSOR");
            after = mention_end(inp, st);
            rest = &ungoverned[1..];
        }
    } else if f.pronoun {
        f.needs_traveller = true;
        f.rules.push("FRM-POSSESSIVE-PRONOUN");
    } else if f.definite {
        // No genitive after the article: the possessor comes with ل (الزيارة
        // الأولى لوزير الخارجية)، else from a verb or the context; the
        // people after it belong to the clause's verb (ويرافقه في هذه
        // الزيارة نائبه).
        rest = &[];
        let lam = right
            .iter()
            .find(|(st, _, g)| *st <= t + 3 && g.as_deref() == Some("\u{0644}"));
        if let Some(&(st, p, _)) = lam {
            push_role(inp, fr, f, p, true);
            f.rules.push("FRM-NOUN-POSSESSOR");
            after = mention_end(inp, st);
        } else {
            f.needs_traveller = true;
        }
    } else if let Some(&(st, p)) = ungoverned.first().filter(|(st, _)| *st <= t + 2) {
        if fr.traveller == FrameTraveller::Object {
            f.travellers.push(p);
        } else {
            push_role(inp, fr, f, p, true);
        }
        f.rules.push("FRM-NOUN-POSSESSOR");
        after = mention_end(inp, st);
        rest = &ungoverned[1..];
    } else if let Some(&(st, p, _)) = right.iter().find(|(st, _, g)| {
        matches!(f.kind, Some(TriggerKind::Visit | TriggerKind::Tour))
            && *st <= t + 2
            && g.as_deref() == Some("\u{0644}")
            && destination_after(inp, mention_end(inp, *st))
    }) {
        // «آخر زيارة للرئيس الإريتري إلى إثيوبيا»: the person after ل is
        // the traveller when the destination follows (else «زيارة للرئيس
        // الأسد» is a visit to him).
        push_role(inp, fr, f, p, true);
        f.rules.push("FRM-NOUN-POSSESSOR");
        after = mention_end(inp, st);
        rest = &[];
    } else if inp.res.is(Class::QuantityNoun, inp.norm(t + 1)) {
        // «وصول عدد من المقاتلين»: a number of people, no one traveller.
    } else if let Some(p) = relative_on_trip(inp, t) {
        push_role(inp, fr, f, p, true);
        f.rules.push("FRM-RELATIVE-ON-TRIP");
    } else {
        f.needs_traveller = true;
    }
    for (_, p) in rest {
        if !f.others.contains(p) && !f.travellers.contains(p) {
            f.others.push(*p);
        }
    }
    f.others
        .extend(met.iter().filter(|p| !f.travellers.contains(p)));
    after
}

/// A place with a preposition of destination (إلى، ل: those of the `go`
/// frame) starts at token `e` or the one after it.
fn destination_after(inp: &Input<'_>, e: usize) -> bool {
    let Some(go) = inp.res.frame(TriggerKind::Go) else {
        return false;
    };
    inp.places.iter().any(|pl| {
        (pl.start == e || pl.start == e + 1) && pl.prep.as_deref().is_some_and(|p| go.is_prep(p))
    })
}
