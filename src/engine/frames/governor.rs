//! The verb that governs a noun frame and lends it its traveller, tense and
//! time: a support verb (أجرى زيارة، زيارة يقوم بها), a travel verb before
//! «في زيارة», or a trip noun it is a leg of (جولته بزيارة).

use super::{EventFrame, Input};
use crate::engine::resources::{Class, Form, TriggerKind};
use crate::engine::tokens::TokKind;

/// Noun frames governed by a support verb (أجرى زيارة، يقوم بجولة) or
/// following a main verb (وصل … في زيارة) take its traveller and tense.
pub(super) fn link_governors(inp: &Input<'_>, frames: &mut [EventFrame]) {
    for k in 0..frames.len() {
        if frames[k].form != Some(Form::Noun) {
            continue;
        }
        let gov = verb_governor(inp, frames, k);
        let post = || post_support(inp, frames, k);
        let chained = || chained_trip(inp, frames, k);
        if gov.is_none()
            && post().is_none()
            && let Some(g) = chained()
        {
            frames[k].governed = true;
            frames[k].governor = Some(g);
            frames[k].rules.push("FRM-TRIP-NOUN");
            if frames[k].needs_traveller && !frames[g].travellers.is_empty() {
                frames[k].travellers = frames[g].travellers.clone();
                frames[k].needs_traveller = false;
            }
            frames[k].tense = frames[g].tense;
            frames[k].future |= frames[g].future;
            let gm = frames[g].modality.clone();
            frames[k].modality.inherit(&gm);
            frames[k].modality.ongoing |= gm.ongoing;
            continue;
        }
        let Some(g) = gov.or_else(post) else {
            continue;
        };
        let support = frames[g].kind == Some(TriggerKind::Support);
        let travel_verb = matches!(
            frames[g].kind,
            Some(TriggerKind::Arrive | TriggerKind::Visit | TriggerKind::Go | TriggerKind::Leave)
        );
        let meet_noun = matches!(frames[k].kind, Some(TriggerKind::Meet));
        if !(support || (travel_verb && !meet_noun)) {
            continue;
        }
        frames[k].governed = true;
        frames[k].governor = Some(g);
        frames[k].rules.push(if support {
            "FRM-SUPPORT-VERB"
        } else {
            "FRM-MAIN-VERB"
        });
        if support {
            let r = frames[g].rule;
            frames[k].lent_by.push(r);
        }
        if frames[k].needs_traveller && !frames[g].travellers.is_empty() {
            frames[k].travellers = frames[g].travellers.clone();
            frames[k].needs_traveller = frames[g].needs_traveller;
            // The verb's subject, written in its clause, is the noun's
            // traveller as stated (LEG-ANCHOR keeps it when it merges with
            // an inferred leg of the same trip).
            if let Some(r) = frames[g]
                .rules
                .iter()
                .find(|r| matches!(**r, "FRM-SUBJECT-BEFORE" | "FRM-SUBJECT-AFTER"))
                .copied()
                && !frames[k].rules.contains(&r)
            {
                frames[k].rules.push(r);
            }
        } else if frames[k].needs_traveller && !frames[g].needs_traveller {
            // The verb's subject is no person (تعقد مصر وقطر جولة).
            frames[k].needs_traveller = false;
        }
        // The noun takes the verb's tense and time.
        frames[k].tense = frames[g].form;
        frames[k].future |= frames[g].future;
        if frames[k].time.is_none() {
            frames[k].time = frames[g].time;
        }
        let gm = frames[g].modality.clone();
        frames[k].modality.inherit(&gm);
        frames[k].modality.ongoing |= gm.ongoing;
        // «سيزور كولومبيا في جولته، والتي ألغيت»: the trip noun's own
        // cancellation is the cancellation of the verb's trip.
        if !support && frames[k].modality.cancelled && !gm.cancelled {
            frames[g].modality.cancelled = true;
            let cues = frames[k].modality.cues.clone();
            for c in cues {
                if !frames[g].modality.cues.contains(&c) {
                    frames[g].modality.cues.push(c);
                }
            }
        }
    }
}

/// The verb before noun frame `k` that governs it: a support verb with the
/// noun as its object (أجرى X زيارة، يقوم بجولة), or a travel verb with «في/
/// خلال/ضمن زيارة» after it («في زيارة»، «خلال جولته»، «في مستهل جولة»).
fn verb_governor(inp: &Input<'_>, frames: &[EventFrame], k: usize) -> Option<usize> {
    let t = frames[k].trigger;
    let adverb = |k: Option<usize>| {
        k.is_some_and(|k| {
            let w = inp.norm(k);
            inp.res.is(Class::InPrep, w) || inp.res.is(Class::During, w)
        })
    };
    let adverbial = adverb(t.checked_sub(1)) || adverb(t.checked_sub(2));
    let object = inp
        .lex
        .at(t)
        .is_none_or(|m| m.clitics.prep.is_none_or(|c| c == '\u{0628}'));
    (0..k).rev().find(|&g| {
        let gf = &frames[g];
        let support = gf.kind == Some(TriggerKind::Support);
        (matches!(
            gf.form,
            Some(Form::Perfect | Form::Imperfect | Form::Participle)
        ) || (support && gf.form == Some(Form::Noun)))
            && gf.trigger < t
            && !(gf.trigger + 1..t).any(|x| inp.clause_break(x))
            && if support {
                object && !adverbial && support_reaches(inp, gf.trigger, t)
            } else {
                adverbial && t - gf.trigger <= 14
            }
    })
}

/// A support verb at `v` reaches its object noun at `t`: within eight
/// tokens, or across its subject and a time when the noun follows one of
/// them («يبدأ وزير الخارجية الفرنسي جان إيف لودريان اليوم الخميس جولة»،
/// «يجري X بداية من الأحد زيارات»); never when a word right after a comma
/// and right before the noun heads a phrase of its own («أجرى X، بمناسبة
/// زيارة»).
fn support_reaches(inp: &Input<'_>, v: usize, t: usize) -> bool {
    let slot = |x: usize| inp.people.mention_at(x).is_some() || inp.in_time(x);
    let punct = |x: usize| inp.toks.get(x).is_some_and(|k| k.kind == TokKind::Punct);
    let gap_words = (v + 1..t)
        .filter(|&x| inp.toks.get(x).is_some() && !punct(x) && !slot(x))
        .count();
    let after_slot = (v + 1..t)
        .rev()
        .find(|&x| inp.toks.get(x).is_some() && !punct(x))
        .is_some_and(slot);
    let own_phrase = t >= v + 3
        && inp.toks.get(t - 1).is_some_and(|k| k.kind == TokKind::Word)
        && !slot(t - 1)
        && punct(t - 2);
    !own_phrase && (t - v <= 8 || (gap_words <= 2 && after_slot))
}

/// A support verb right after noun frame `k` with a pronoun for it
/// (محادثات أجراها، زيارة يقوم بها، زيارة أداها).
fn post_support(inp: &Input<'_>, frames: &[EventFrame], k: usize) -> Option<usize> {
    let t = frames[k].trigger;
    (k + 1..frames.len()).find(|&g| {
        let gf = &frames[g];
        gf.kind == Some(TriggerKind::Support)
            && gf.trigger > t
            && gf.trigger <= t + 4
            && (gf.pronoun || inp.norm(gf.trigger + 1).chars().count() <= 3)
    })
}

/// «جولته بزيارة السودان»: a trip noun with ب right after another one is a
/// leg of it.
fn chained_trip(inp: &Input<'_>, frames: &[EventFrame], k: usize) -> Option<usize> {
    let t = frames[k].trigger;
    let clitic_b = inp
        .lex
        .at(t)
        .is_some_and(|m| m.clitics.prep == Some('\u{0628}'));
    if !clitic_b {
        return None;
    }
    // «يبدأ جولته في المغرب العربي بزيارة الجزائر»: a few words (its
    // region) may stand between, not a clause break.
    (0..k).rev().find(|&g| {
        frames[g].form == Some(Form::Noun)
            && matches!(frames[g].kind, Some(TriggerKind::Tour | TriggerKind::Visit))
            && frames[g].trigger + 6 >= t
            && (frames[g].trigger + 1..t).all(|i| !inp.clause_break(i))
    })
}
