//! The people slots of a frame: the traveller (the subject after or before
//! the verb, the possessor of a noun, a delegation's members) and the other
//! side (the person received or met).

mod noun;
mod verb;

use super::{EventFrame, Input};
use crate::engine::person::MentionKind;
use crate::engine::resources::{
    Class, CueKind, Form, Frame as FrameRule, FrameTraveller, Tag, TriggerKind,
};
use crate::engine::tokens::TokKind;

use noun::{between_parties, noun_people};
use verb::verb_people;

/// Person mentions to the right of a trigger: (start, person, governing
/// preposition).
type Right = Vec<(usize, usize, Option<String>)>;

/// What lies right of a trigger: the mentions within its reach, where the
/// reach and the clause end, and the people met in the clause.
struct Side {
    right: Right,
    right_end: usize,
    clause_end: usize,
    /// ب/مع-governed persons (التقى بالرئيس، اجتمع مع).
    met: Vec<usize>,
    /// For a meeting: every person of the clause that is no genitive.
    met_all: Vec<usize>,
}

fn side(inp: &Input<'_>, s: &std::ops::Range<usize>, fr: &FrameRule, t: usize) -> Side {
    // Up to the reach, not across a clause break or another verb.
    let stop = |i: usize| inp.clause_break(i) || inp.is_verb_trigger(i);
    let mut right_end = t + 1;
    while right_end < s.end && right_end < t + 1 + fr.reach.max(8) && !stop(right_end) {
        right_end += 1;
    }
    // A meeting lists the people met up to the end of its clause (التقى X،
    // بالإضافة إلى Y، ومدير Z).
    let mut clause_end = right_end;
    while clause_end < s.end && !stop(clause_end) {
        clause_end += 1;
    }
    let right = inp.persons_in(t + 1, right_end);
    let met_all = if matches!(fr.kind, TriggerKind::Meet | TriggerKind::Host) {
        inp.persons_in(t + 1, clause_end)
            .iter()
            .filter(|(st, _, _)| !genitive(inp, *st))
            .map(|x| x.1)
            .collect()
    } else {
        Vec::new()
    };
    let met = right
        .iter()
        .filter(|(_, _, g)| {
            // «التقى بـ X، مع X»; not «رسالة من X» (a sender is not met).
            g.as_deref().is_some_and(|g| {
                g == "\u{0628}"
                    || inp.res.is(Class::Preposition, g)
                        && g.chars().count() == 2
                        && !inp.res.is(Class::OriginPrep, g)
            })
        })
        .map(|(_, p, _)| *p)
        .collect();
    Side {
        right,
        right_end,
        clause_end,
        met,
        met_all,
    }
}

/// Fills the traveller and other-side slots; returns the token after which
/// the place slot is looked for (after the subject in verb-subject order).
pub(super) fn fill_people(
    inp: &Input<'_>,
    s: &std::ops::Range<usize>,
    fr: &FrameRule,
    f: &mut EventFrame,
) -> usize {
    let t = f.trigger;
    let sd = side(inp, s, fr, t);
    let ungoverned: Vec<(usize, usize)> = sd
        .right
        .iter()
        .filter(|(_, _, g)| g.is_none())
        .map(|(st, p, _)| (*st, *p))
        .collect();
    if matches!(f.form, Some(Form::Noun)) {
        if let Some(end) = between_parties(inp, f, &sd) {
            return end;
        }
        return noun_people(inp, fr, f, &sd.right, &ungoverned, &sd.met);
    }
    if let Some(d) = delegation(inp, s, fr, f, &sd) {
        return d;
    }
    if let Some(e) = participants(inp, f, &sd) {
        return e;
    }
    let after = verb_people(inp, s, fr, f, &sd, &ungoverned);
    for &p in &sd.met_all {
        if !f.others.contains(&p) && !f.travellers.contains(&p) {
            f.others.push(p);
        }
    }
    after
}

/// FRM-PARTICIPANTS: «ومن بين القادة المشاركين، بالإضافة للبشير، رئيس
/// تشاد X، والرئيس التوغولي Y»: a plural participle with the article (the
/// participants) names its travellers in the list after it, every named
/// person of the clause that no preposition governs.
fn participants(inp: &Input<'_>, f: &mut EventFrame, sd: &Side) -> Option<usize> {
    let t = f.trigger;
    let article = inp.res.words.one(Class::Article);
    let skip = inp.lex.at(t).map_or(0, |m| usize::from(m.clitics.conj));
    let bare: String = inp.norm(t).chars().skip(skip).collect();
    if f.form != Some(Form::Participle) || !bare.starts_with(article) {
        return None;
    }
    let members: Vec<(usize, usize)> = inp
        .persons_in(t + 1, sd.clause_end)
        .into_iter()
        .filter(|(_, p, g)| g.is_none() && inp.people.persons.get(*p).is_some_and(|x| x.named()))
        .map(|(st, p, _)| (st, p))
        .collect();
    let &(last, _) = members.last()?;
    f.travellers = members.iter().map(|x| x.1).collect();
    f.rules.push("FRM-PARTICIPANTS");
    Some(mention_end(inp, last))
}

/// A delegation travels (وصل وفد أمريكي برئاسة X، استقبل الوفد الأميركي
/// الذي ضم X و Y): its named members and head are the travellers.
fn delegation(
    inp: &Input<'_>,
    s: &std::ops::Range<usize>,
    fr: &FrameRule,
    f: &mut EventFrame,
    sd: &Side,
) -> Option<usize> {
    if fr.traveller == FrameTraveller::None {
        return None;
    }
    let (d, country) = delegation_after(inp, f.trigger, sd.right_end, &sd.right)?;
    // «وصل السلطان … ويرافقه وفد يضم X»: after a traveller's verb, a
    // delegation told after its named subject goes with the subject; only a
    // host (استقبل X الوفد) has a person before the delegation that is not
    // its traveller.
    let travels = !matches!(f.kind, Some(TriggerKind::Host | TriggerKind::Meet));
    if travels && sd.right.iter().any(|(st, _, g)| *st < d && g.is_none()) {
        return None;
    }
    let members: Vec<usize> = inp
        .persons_in(d, clause_end_of(inp, s, d))
        .into_iter()
        .filter(|(_, _, g)| {
            g.as_deref()
                .is_none_or(|g| !inp.res.is(Class::Preposition, g))
        })
        .map(|(_, p, _)| p)
        .collect();
    if members.is_empty() {
        return None;
    }
    let host = sd
        .right
        .iter()
        .find(|(st, _, g)| *st < d && g.is_none())
        .map(|x| x.1);
    f.others.extend(host);
    f.travellers = members;
    f.delegation_country = country;
    f.rules.push("FRM-DELEGATION");
    f.modality
        .cues
        .push(inp.res.cue_id(CueKind::Delegation).to_owned());
    Some(d)
}

/// The person mention at `st` is the genitive of a noun before it that
/// names a government, rule or end (حكومة نتنياهو، نظام الأسد، إدارة ترامب،
/// اغتيال رفيق الحريري): named, not met, not travelling.
pub fn genitive(inp: &Input<'_>, st: usize) -> bool {
    let Some(m) = inp.people.mention_at(st) else {
        return false;
    };
    if m.gov
        .as_deref()
        .is_some_and(|g| inp.res.is_read_as(Class::ProxyHead, g))
    {
        return m.start == st;
    }
    if m.start != st || m.gov.is_some() || m.conj || m.kind == MentionKind::Role {
        return false;
    }
    let Some(p) = st.checked_sub(1).and_then(|p| inp.toks.get(p)) else {
        return false;
    };
    p.kind == TokKind::Word
        && inp.res.is_read_as(Class::GenitiveHead, &p.norm)
        && inp.people.mention_at(st - 1).is_none()
}

/// The end of the clause holding `i` (a clause break or the sentence end).
pub(super) fn clause_end_of(inp: &Input<'_>, s: &std::ops::Range<usize>, i: usize) -> usize {
    let mut e = i;
    while e < s.end && !inp.clause_break(e) {
        e += 1;
    }
    e
}

/// A delegation word after the trigger at `t` in the slot of the traveller
/// (before `end`, and before or in place of a person in that slot): its
/// token and the nationality after it (الوفد الأميركي).
pub(super) fn delegation_after(
    inp: &Input<'_>,
    t: usize,
    end: usize,
    right: &[(usize, usize, Option<String>)],
) -> Option<(usize, Option<String>)> {
    for k in t + 1..end.min(t + 14) {
        let w = inp.norm(k);
        if inp.res.is(Class::Delegation, w) {
            // A person right before it in the slot is the host (استقبل X
            // الوفد) or its head already named: only an ungoverned person
            // after the host counts as the delegation's member list.
            let country = inp
                .lex
                .tag_at(k + 1, |t| matches!(t, Tag::Demonym(_)))
                .and_then(|(_, tag)| match tag {
                    Tag::Demonym(c) => inp.res.countries.get(c as usize).map(|c| c.iso.clone()),
                    _ => None,
                });
            let persons_before = right
                .iter()
                .filter(|(st, _, g)| *st < k && g.is_none())
                .count();
            if persons_before <= 1 {
                return Some((k, country));
            }
            return None;
        }
        if inp.is_verb_trigger(k) {
            return None;
        }
    }
    None
}

/// Puts person `p` in the slot its role in the clause gives: `subject` is
/// the doer of the verb.
pub(super) fn push_role(
    inp: &Input<'_>,
    fr: &FrameRule,
    f: &mut EventFrame,
    p: usize,
    subject: bool,
) {
    let _ = inp;
    let traveller = match fr.traveller {
        FrameTraveller::Subject => subject,
        FrameTraveller::Object => !subject,
        FrameTraveller::None => false,
    };
    let slot = if traveller {
        &mut f.travellers
    } else {
        &mut f.others
    };
    if !slot.contains(&p) {
        slot.push(p);
    }
}

pub(super) fn mention_end(inp: &Input<'_>, start: usize) -> usize {
    inp.people.mention_at(start).map_or(start + 1, |m| m.end)
}
