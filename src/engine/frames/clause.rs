//! Where a clause's subject is written around a verb: before it (a
//! headline, «X، الذي وصل»), and what a relative clause or an adverbial
//! between the verb and a person does to it («القمة التي شارك فيها»، «منذ
//! توليه»، «التي ستجمع بين كيم وترامب»).

use super::Input;
use crate::engine::person::MentionKind;
use crate::engine::resources::{Class, CueKind, Tag};
use crate::engine::tokens::{TokKind, Token};

/// «أردوغان، الذي كان في زيارة للندن»: a trip noun after «الذي/التي كان
/// في» belongs to the person the relative pronoun stands for.
pub(super) fn relative_on_trip(inp: &Input<'_>, t: usize) -> Option<usize> {
    let in_prep = t.checked_sub(1)?;
    let kana = in_prep.checked_sub(1)?;
    let rel = kana.checked_sub(1)?;
    if !inp.res.is(Class::InPrep, inp.norm(in_prep))
        || !inp.res.is(Class::Kana, inp.norm(kana))
        || !inp.res.is(Class::RelativePronoun, inp.norm(rel))
    {
        return None;
    }
    let j = before_punct(inp, &(0..inp.toks.len()), rel);
    let m = inp.people.mention_at(j.checked_sub(1)?)?;
    (m.person < inp.people.persons.len() && inp.people.persons[m.person].named())
        .then_some(m.person)
}

/// Person `p` is written right before the verb at `t`, or through
/// «الذي/قد/كان» and a comma («أردوغان الذي حلّ بالدوحة»).
pub(super) fn written_right_before(
    inp: &Input<'_>,
    s: &std::ops::Range<usize>,
    t: usize,
    p: usize,
) -> bool {
    let mut b = t;
    while b > s.start
        && (inp.res.is(Class::RelativePronoun, inp.norm(b - 1))
            || inp.res.is(Class::PastParticle, inp.norm(b - 1))
            || inp.res.is(Class::Kana, inp.norm(b - 1))
            || inp.toks.get(b - 1).is_some_and(Token::is_comma))
    {
        b -= 1;
    }
    b.checked_sub(1)
        .and_then(|b| inp.people.mention_at(b))
        .is_some_and(|m| m.person == p)
}

/// «يؤديها لبلد إفريقي منذ توليه الرئاسة خلفا لأخيه الشيخ خليفة»: a person
/// starting at `st` after «منذ، قبل، بعد» (not of a time: بعد ظهر اليوم)
/// following the verb at `t` is in that phrase, not the verb's subject.
pub(super) fn in_adverbial(inp: &Input<'_>, t: usize, st: usize) -> bool {
    (t + 1..st).any(|x| inp.res.is(Class::SinceBeforeAfter, inp.norm(x)) && !inp.in_time(x))
}

/// «والتقى بومبيو كيم في بيونغيانغ، ما ساعد …، التي ستجمع بين كيم
/// والرئيس ترامب»: a person starting at `st` inside a relative clause after
/// the verb at `t` is not its subject; a relative clause set off by dashes
/// or brackets («ويشارك في القمة -التي أطلق عليها …- سبعة من الرؤساء») is
/// closed before it.
pub(super) fn in_relative_after(inp: &Input<'_>, t: usize, st: usize) -> bool {
    let closed = |a: usize| {
        (a..st).any(|y| {
            inp.toks
                .get(y)
                .is_some_and(|q| q.is_punct('-') || q.is_punct(')') || q.is_punct('\u{2013}'))
        })
    };
    (t + 1..st).any(|x| inp.res.is(Class::RelativePronoun, inp.norm(x)) && !closed(x + 1))
}

/// Token `j` moved back over the punctuation right before it (a comma
/// between a person and «الذي»), not past the sentence start.
pub(super) fn before_punct(inp: &Input<'_>, s: &std::ops::Range<usize>, mut j: usize) -> usize {
    while j > s.start
        && inp
            .toks
            .get(j - 1)
            .is_some_and(|x| x.kind == TokKind::Punct)
    {
        j -= 1;
    }
    j
}

/// The subject written before a verb: a headline or topic («الرئيس X
/// يصل»), after «أن» («أن X سيزور»), or the antecedent of «الذي/التي».
pub(super) fn left_subject(inp: &Input<'_>, s: &std::ops::Range<usize>, t: usize) -> Option<usize> {
    let lo = s.start.max(t.saturating_sub(10));
    let mut k = t;
    while k > lo {
        k -= 1;
        let tok = &inp.toks[k];
        if tok.kind == TokKind::Punct {
            if tok
                .norm
                .starts_with(['.', '\u{061B}', ';', ':', '?', '\u{061F}', '!'])
            {
                return None;
            }
            continue;
        }
        if let Some(m) = inp.people.mention_at(k) {
            // «في زمن الزعيم الليبي الراحل معمر القذافي، … زيارة قام بها»:
            // a person in the genitive of a noun of rule or time is named,
            // not the subject.
            if m.gov.is_some()
                || m.person >= inp.people.persons.len()
                || super::subject::genitive(inp, m.start)
            {
                return None;
            }
            return Some(m.person);
        }
        if inp.res.is(Class::RelativePronoun, &tok.norm) {
            // X، الذي وصل: the person right before (a comma may stand
            // between); «القيادات التي ستغادر» is about the word before.
            let j = before_punct(inp, s, k);
            return j
                .checked_sub(1)
                .and_then(|j| inp.people.mention_at(j))
                .filter(|m| m.gov.is_none() || m.kind != MentionKind::Role)
                .map(|m| m.person)
                .filter(|p| *p < inp.people.persons.len());
        }
        if inp.is_verb_trigger(k) || inp.clause_break(k) {
            return None;
        }
        if inp.res.is(Class::Complementizer, &tok.norm) {
            return None;
        }
        // «… للقاء نتانياهو، ثم يتوجه إلى الأردن»: after «ثم» the verb goes
        // on with the subject of the clause before, not the person just
        // named (the one met).
        let sequence = inp.lex.at(k).is_some_and(|m| {
            m.tags.iter().any(|t| {
                matches!(t, Tag::Cue(c) if inp.res.cues.get(*c as usize)
                    .is_some_and(|c| c.kind == CueKind::Sequence))
            })
        });
        if sequence {
            return None;
        }
        // Particles, كان/قد, time words and adverbs may stand between.
        let known_ok = inp.res.is(Class::Kana, &tok.norm)
            || inp.res.is(Class::PastParticle, &tok.norm)
            || inp.lex.at(k).is_some_and(|m| {
                m.tags.iter().any(|t| {
                    matches!(
                        t,
                        Tag::Relative(_) | Tag::Weekday(_) | Tag::Time(_) | Tag::Cue(_)
                    )
                })
            })
            || inp.lex.covering(k).is_some_and(|m| {
                m.tags
                    .iter()
                    .any(|t| matches!(t, Tag::Relative(_) | Tag::Weekday(_) | Tag::Time(_)))
            });
        if !known_ok && k + 3 < t {
            return None;
        }
    }
    None
}

/// The word before the verb at `t` and its particles («قد، لقد، سوف»):
/// where a relative pronoun opening the verb's clause would stand.
fn before_particles(inp: &Input<'_>, s: &std::ops::Range<usize>, t: usize) -> Option<usize> {
    let mut k = t;
    while k > s.start
        && (inp.res.is(Class::PastParticle, inp.norm(k - 1))
            || inp.res.is(Class::FutureParticle, inp.norm(k - 1)))
    {
        k -= 1;
    }
    k.checked_sub(1).filter(|&r| r >= s.start)
}

/// «قمة مع الزعيم الكوري الشمالي الذي قام بزيارة إلى بكين»: the verb at `t`
/// opens a relative clause on an office holder the sentence names by his
/// title alone (governed, so [`left_subject`] does not take him): he is its
/// subject, not the traveller in focus.
pub(super) fn relative_of_role(inp: &Input<'_>, s: &std::ops::Range<usize>, t: usize) -> bool {
    let Some(rel) = before_particles(inp, s, t) else {
        return false;
    };
    if !inp.res.is(Class::RelativePronoun, inp.norm(rel)) {
        return false;
    }
    before_punct(inp, s, rel)
        .checked_sub(1)
        .and_then(|j| inp.people.mention_at(j))
        .is_some_and(|m| m.gov.is_some() && m.kind == MentionKind::Role)
}

/// «الوفد الذي أدى زيارة»، «القيادات التي ستغادر»: the verb at `t` opens a
/// relative clause whose antecedent is no person: with no object pronoun
/// pointing back to it («الجولة التي استهلها»), its subject is that noun.
pub fn relative_of_thing(inp: &Input<'_>, s: &std::ops::Range<usize>, t: usize) -> bool {
    let Some(rel) = before_particles(inp, s, t) else {
        return false;
    };
    if !inp.res.is_read_as(Class::RelativePronoun, inp.norm(rel)) {
        return false;
    }
    let j = before_punct(inp, s, rel);
    // «الزيارة الثامنة التي يقوم بها»: a trip noun's own support verb.
    let trip_noun = (j.saturating_sub(3).max(s.start)..j).any(|a| inp.trigger_at(a).is_some());
    // «جولته التي زار في مستهلها كوبا»، «القمة التي شارك فيها»: a pronoun
    // after the verb points back to the noun, so someone else is the
    // subject (a suffix of two letters or more: «ه» ends too many names).
    // Not when a subject follows the pronoun's phrase («القمة التي شارك
    // فيها معظم الدول»): only a place, a preposition, an adverb, a time or
    // the clause's end.
    let open_after = |a: usize| {
        let mut b = a + 1;
        while b < s.end && (inp.in_time(b) || inp.res.is(Class::Adverb, inp.norm(b))) {
            b += 1;
        }
        b >= s.end
            || inp.in_place(b)
            || inp.toks.get(b).is_some_and(|q| q.kind == TokKind::Punct)
            || inp.res.is(Class::Preposition, inp.norm(b))
            || inp.res.is(Class::InPrep, inp.norm(b))
    };
    let resumptive = (t + 1..(t + 4).min(s.end)).any(|a| inp.resumptive(a) && open_after(a));
    !trip_noun
        && !resumptive
        && j.checked_sub(1)
            .is_some_and(|a| a >= s.start && inp.people.mention_at(a).is_none())
}
