//! The people cues of a sentence: companions (رافقه، برفقة، ويرافق X في
//! زيارته), delegations, and the people received or met (في استقباله، بحضور،
//! مع), attached to the leg in focus (or to the leg in their own country).

use super::{delegation_in, focus};
use crate::engine::frames::{EventFrame, Input, cue_in};
use crate::engine::resources::{Class, CueKind, Form, Tag, TriggerKind};
use crate::engine::tokens::TokKind;

/// Companion, reception and counterpart cues of sentence `si`.
pub(super) fn people_cues(
    inp: &Input<'_>,
    si: usize,
    s: &std::ops::Range<usize>,
    frames: &mut [EventFrame],
) {
    let mut i = s.start;
    while i < s.end {
        let Some(m) = inp.lex.at(i) else {
            i += 1;
            continue;
        };
        let end = m.end;
        let cue = m.tags.iter().find_map(|t| match t {
            Tag::Cue(c) => inp.res.cues.get(*c as usize),
            _ => None,
        });
        let Some(cue) = cue.filter(|c| {
            matches!(
                c.kind,
                CueKind::Companion
                    | CueKind::Reception
                    | CueKind::Counterpart
                    | CueKind::Delegation
            )
        }) else {
            i = end;
            continue;
        };
        let (people, j) = listed_after(inp, s, end, cue.kind);
        // «مع» in a sentence that tells no trip, meeting or event of its
        // own («ويتماشى القرار مع إعلان ترامب») meets no one on the trip
        // of a sentence before: such sentences are mostly about someone
        // else. A purpose clause cut off by a stray full stop goes on with
        // the sentence before («ووصل إلى إسرائيل. ليناقش مع نتانياهو»).
        let told_here = frames
            .iter()
            .any(|f| f.sentence == si || (f.sentence + 1 == si && purpose_opens(inp, s.start)));
        let target = focus(frames, si, i).filter(|_| cue.kind != CueKind::Counterpart || told_here);
        if let Some(target) = target {
            let cx = CueAt { si, at: i, end };
            let applied = match cue.kind {
                CueKind::Companion => companions(inp, &cx, &people, &mut frames[target]),
                // «برئاسة» names a delegation's head only where a delegation
                // is told (وفد … برئاسة X), not «الولايات المتحدة برئاسة X».
                CueKind::Delegation if !delegation_in(inp, s.start..end) => false,
                CueKind::Delegation => {
                    let f = &mut frames[target];
                    let before = f.companions.len();
                    for (p, _) in &people {
                        if named(inp, *p)
                            && !f.travellers.contains(p)
                            && !f.counterparts.contains(p)
                        {
                            f.companions.push(*p);
                        }
                    }
                    f.companions.len() > before
                }
                _ => counterparts(inp, &cx, &people, frames, target),
            };
            if applied && !frames[target].modality.cues.contains(&cue.id) {
                frames[target].modality.cues.push(cue.id.clone());
            }
        }
        i = j.max(end);
    }
}

/// Token `k` is an imperfect verb with the «ل» of purpose (ليناقش،
/// لتوقيع is no verb): ل, then ي or ت, four letters at least.
fn purpose_opens(inp: &Input<'_>, k: usize) -> bool {
    inp.toks.get(k).is_some_and(|t| {
        let mut cs = t.norm.chars();
        cs.next() == Some('\u{0644}')
            && cs
                .next()
                .is_some_and(|c| matches!(c, '\u{064A}' | '\u{062A}'))
            && t.norm.chars().count() >= 4
    })
}

/// Where a people cue is: its sentence and tokens.
struct CueAt {
    si: usize,
    at: usize,
    end: usize,
}

fn named(inp: &Input<'_>, p: usize) -> bool {
    inp.people.persons.get(p).is_some_and(|x| x.named())
}

/// The most words a counterpart cue's list lets between the cue and its
/// first person («مع كل من الرئيس …») or between two of its persons («،
/// و»). «مع» governs the noun right after it: in «مع اقتراب موعد 12 مايو
/// الذي حدده الرئيس الأميركي» nobody is met.
const COUNTERPART_GAP: usize = 2;

/// The persons after a cue ending at `from`, up to a clause break, a travel
/// or meeting verb, or another people cue (for a counterpart cue, up to a
/// word that is not part of its list): (person, ungoverned) each, and where
/// the list ends.
fn listed_after(
    inp: &Input<'_>,
    s: &std::ops::Range<usize>,
    from: usize,
    kind: CueKind,
) -> (Vec<(usize, bool)>, usize) {
    let mut people = Vec::new();
    let mut j = from;
    let mut last = from;
    // «مع وفد أميركي رفيع المستوى برئاسة X»: a delegation met, whose head
    // is named after its description.
    let mut met_delegation = kind == CueKind::Counterpart
        && inp
            .toks
            .get(from)
            .is_some_and(|t| inp.res.is(Class::Delegation, &t.norm));
    while j < s.end {
        let tok = &inp.toks[j];
        if tok.kind == TokKind::Punct && tok.norm.starts_with(['.', '?', '\u{061F}', '!']) {
            break;
        }
        if kind == CueKind::Counterpart && !met_delegation && j - last > COUNTERPART_GAP {
            break;
        }
        if let Some(mm) = inp.people.mention_at(j) {
            last = mm.end.max(j + 1);
            if mm.person < inp.people.persons.len()
                && !crate::engine::frames::genitive(inp, mm.start)
            {
                people.push((mm.person, mm.gov.is_none()));
            }
            j = mm.end.max(j + 1);
            continue;
        }
        if met_delegation && cue_in(inp, j, j + 1, CueKind::Delegation).is_some() {
            last = inp.lex.at(j).map_or(j + 1, |x| x.end);
            j = last;
            met_delegation = false;
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
                Tag::Cue(c) => inp.res.cues.get(*c as usize).is_some_and(|c| {
                    c.kind != kind
                        && matches!(
                            c.kind,
                            CueKind::Companion | CueKind::Reception | CueKind::Counterpart
                        )
                }),
                _ => false,
            })
        }) {
            break;
        }
        j += 1;
    }
    (people, j)
}

/// رافقه، برفقة: the people listed travel with the traveller of `f`.
/// «ويرافق X في زيارته Y و Z»: without a pronoun, the first person is the
/// one accompanied.
fn companions(inp: &Input<'_>, cx: &CueAt, people: &[(usize, bool)], f: &mut EventFrame) -> bool {
    let traveller = f.travellers.first().copied();
    let skip_first = !cue_has_pronoun(inp, cx.at, cx.end)
        && people.first().is_some_and(|(p, _)| Some(*p) == traveller);
    for (p, _) in people.iter().skip(usize::from(skip_first)) {
        if Some(*p) != traveller && named(inp, *p) && !f.companions.contains(p) {
            f.companions.push(*p);
        }
    }
    if f.companions.is_empty() {
        return false;
    }
    f.rules.push("DSC-COMPANIONS");
    true
}

/// في استقباله، بحضور، مع: the people listed were met, on the leg in their
/// own country when the trip has one (مع السيسي: the Cairo leg), else on
/// the leg in focus.
fn counterparts(
    inp: &Input<'_>,
    cx: &CueAt,
    people: &[(usize, bool)],
    frames: &mut [EventFrame],
    target: usize,
) -> bool {
    let traveller = frames[target].travellers.first().copied();
    let mut applied = false;
    for (p, _) in people {
        if Some(*p) == traveller {
            continue;
        }
        let home = inp
            .people
            .persons
            .get(*p)
            .and_then(|x| x.country.as_deref());
        let t = home
            .and_then(|h| leg_in(inp, frames, cx.si, cx.at, h))
            .unwrap_or(target);
        if !frames[t].counterparts.contains(p) {
            frames[t].counterparts.push(*p);
            frames[t].rules.push("DSC-COUNTERPARTS");
            applied = true;
        }
    }
    applied
}

/// The last frame in focus at token `t` of sentence `si` whose place is in
/// country `iso`.
pub(super) fn leg_in(
    inp: &Input<'_>,
    frames: &[EventFrame],
    si: usize,
    t: usize,
    iso: &str,
) -> Option<usize> {
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
pub(super) fn cue_has_pronoun(inp: &Input<'_>, a: usize, b: usize) -> bool {
    let suffixes = inp
        .res
        .words
        .forms(crate::engine::resources::Class::PronounSuffix);
    (a..b).any(|k| {
        let w = &inp.toks[k].norm;
        suffixes
            .iter()
            .any(|s| w.ends_with(s.as_str()) && w.chars().count() > 4)
    })
}
