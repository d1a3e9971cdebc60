//! DSC-FRONTED-SUBJECT: «خلال زيارته إلى الدوحة، قال وزير الخارجية الفرنسي
//! …»، «وفي زيارة له إلى الصين، أجرى الرئيس …». A sentence that opens with
//! a time adverbial around a trip noun (خلال، في، فور، عقب …) and a
//! possessor pronoun (زيارته، زيارة له), or an indefinite one with its place
//! (في زيارة لفنزويلا), names its traveller after the
//! comma, as the subject of the main clause's verb: the pronoun points
//! forward, to a person not yet named, and not to the person in focus.

use crate::engine::frames::agree::{Agreement, agrees_at};
use crate::engine::frames::{EventFrame, Input, genitive};
use crate::engine::resources::{Class, Form, TriggerKind};
use crate::engine::tokens::{TokKind, Token};

/// Words allowed between the adverbial and the trip noun (أول، ثاني أيام).
const MAX_OPENING: usize = 4;
/// How far the comma closing the adverbial may be from the trip noun.
const MAX_ADVERBIAL: usize = 16;

/// The subject after the fronted adverbial of frame `k`, if the frame is a
/// trip noun with a possessor pronoun opening sentence `s`.
pub(super) fn fronted_subject(
    inp: &Input<'_>,
    s: &std::ops::Range<usize>,
    frames: &[EventFrame],
    k: usize,
) -> Option<usize> {
    let f = &frames[k];
    if !f.needs_traveller
        || f.governed
        || f.form != Some(Form::Noun)
        || !matches!(
            f.kind,
            Some(TriggerKind::Visit | TriggerKind::Tour | TriggerKind::Arrive)
        )
    {
        return None;
    }
    let t = f.trigger;
    // «وفي زيارة لفنزويلا …، قال الرئيس الفلسطيني …»: an indefinite trip
    // noun with its place right after it (no possessor, no genitive: «زيارة
    // وفد برلماني إلى سوريا» is the delegation's) also waits for its
    // traveller.
    let agreement = if f.pronoun {
        f.agreement
    } else if let Some(a) = prep_pronoun(inp, t + 1, '\u{0644}') {
        a
    } else if !f.definite
        && f.places
            .first()
            .and_then(|&p| inp.places.get(p))
            .is_some_and(|p| p.start == t + 1)
    {
        Agreement::Unknown
    } else {
        return None;
    };
    if !opens_sentence(inp, s, t) {
        return None;
    }
    let comma = (t + 1..s.end.min(t + 1 + MAX_ADVERBIAL))
        .find(|&i| inp.toks.get(i).is_some_and(Token::is_comma))?;
    if (t + 1..comma)
        .any(|i| inp.clause_break(i) || inp.res.is(Class::RelativePronoun, inp.norm(i)))
    {
        return None;
    }
    // The main clause: its verb right after the comma, its subject after
    // the verb (one adverb or time word may stand between).
    let verb = comma + 1;
    if verb >= s.end
        || inp.toks.get(verb).is_none_or(|x| x.kind != TokKind::Word)
        || inp.res.is(Class::Preposition, inp.norm(verb))
        || inp.people.mention_at(verb).is_some()
    {
        return None;
    }
    let m = inp
        .people
        .mentions
        .iter()
        .find(|m| m.start > verb && m.start <= verb + 2 && m.start < s.end)?;
    let between_ok = (verb + 1..m.start).all(|i| {
        inp.toks.get(i).is_some_and(|x| x.kind == TokKind::Word)
            && (inp.res.is(Class::Adverb, inp.norm(i)) || inp.lex.covering(i).is_some())
    });
    let p = m.person;
    (between_ok
        && m.gov.is_none()
        && !genitive(inp, m.start)
        && inp.people.persons.get(p).is_some_and(|x| x.named())
        && agrees_at(agreement, inp.people, p))
    .then_some(p)
}

/// A preposition `prep` with a pronoun on it at token `i` («له/لها/لهم»
/// right after a trip noun: the possessor; «بها» after a support verb: the
/// trip), with what the pronoun agrees with.
pub(super) fn prep_pronoun(inp: &Input<'_>, i: usize, prep: char) -> Option<Agreement> {
    let rest = inp.norm(i).strip_prefix(prep)?;
    if !inp.res.is(Class::PronounSuffix, rest) {
        return None;
    }
    // The endings are the script's inflection: ه a man, ها a woman, هما/هم
    // several people.
    let c: Vec<char> = rest.chars().collect();
    Some(match c.as_slice() {
        [_] => Agreement::Masculine,
        [_, '\u{0627}'] => Agreement::Feminine,
        _ => Agreement::Plural,
    })
}

/// Only the adverbial's words stand before the trip noun at `t`: a word of
/// the fronted-adverbial class first (after a lone «و»), then at most a few
/// words that are no person and no punctuation.
fn opens_sentence(inp: &Input<'_>, s: &std::ops::Range<usize>, t: usize) -> bool {
    let mut first = s.start;
    if inp.res.is(Class::Conjunction, inp.norm(first)) {
        first += 1;
    }
    first < t
        && t - first <= MAX_OPENING
        && inp.res.is(Class::FrontedAdverbial, inp.norm(first))
        && (first..t).all(|i| {
            inp.toks.get(i).is_some_and(|x| x.kind == TokKind::Word)
                && inp.people.mention_at(i).is_none()
        })
}
