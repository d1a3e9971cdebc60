//! Agreement of a trigger with the person it needs: an attached pronoun
//! (زيارته، زيارتها، زيارتهم) or a verb with no written subject (زار، زارت،
//! زاروا، تزور، يزورون) says whether that person is a man, a woman or
//! several people. A pronoun or an implicit subject is resolved only to a
//! person who agrees: «سائحة زارت تونس» is no trip of the minister in focus.
//!
//! The endings are the script's inflection (like the clitics of
//! [`crate::engine::morph`]), not vocabulary.

use super::Input;
use crate::engine::people::{People, Person};
use crate::engine::resources::Form;

/// What a trigger says about the person who fills its traveller slot.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Agreement {
    /// Nothing (a bare noun, a verb with an object pronoun).
    #[default]
    Unknown,
    Masculine,
    Feminine,
    /// Two or more people (زيارتهم، زاروا، يزورون).
    Plural,
}

const HA: char = '\u{0647}';
const ALEF: char = '\u{0627}';
const TA: char = '\u{062A}';
const WAW: char = '\u{0648}';
const NUN: char = '\u{0646}';
const MIM: char = '\u{0645}';
const YA: char = '\u{064A}';

/// The agreement of the trigger at token `t` of form `form`.
pub fn of_trigger(inp: &Input<'_>, t: usize, form: Form, pronoun: bool) -> Agreement {
    let Some(tok) = inp.toks.get(t) else {
        return Agreement::Unknown;
    };
    let skip = inp.lex.at(t).map_or(0, |m| {
        usize::from(m.clitics.conj)
            + usize::from(m.clitics.prep.is_some())
            + usize::from(m.clitics.future)
    });
    let w: Vec<char> = tok.norm.chars().skip(skip).collect();
    let ends = |s: &[char]| w.ends_with(s);
    // «يحاولون مغادرة»: a verbal noun after a plural verb is theirs.
    if matches!(form, Form::Noun | Form::Participle) && !pronoun && plural_verb_before(inp, t) {
        return Agreement::Plural;
    }
    match (form, pronoun) {
        (Form::Noun, true) => {
            if ends(&[HA, ALEF]) {
                Agreement::Feminine
            } else if ends(&[HA, MIM]) || ends(&[HA, MIM, ALEF]) {
                Agreement::Plural
            } else {
                Agreement::Masculine
            }
        }
        (Form::Perfect, false) => {
            if ends(&[WAW, ALEF]) || ends(&[ALEF]) {
                Agreement::Plural
            } else if ends(&[TA]) {
                Agreement::Feminine
            } else {
                Agreement::Masculine
            }
        }
        (Form::Perfect, true) => {
            // «بدأتها» (she began it), «أجروها»: the subject's ending before
            // the object pronoun; «أجراها» says nothing sure.
            let stem = [
                &[HA, MIM, ALEF][..],
                &[HA, MIM][..],
                &[HA, ALEF][..],
                &[HA][..],
            ]
            .into_iter()
            .find(|p| ends(p))
            .map_or(&w[..], |p| &w[..w.len() - p.len()]);
            if stem.len() >= 3 && stem.ends_with(&[TA]) {
                Agreement::Feminine
            } else if stem.len() >= 3 && stem.ends_with(&[WAW]) {
                Agreement::Plural
            } else {
                Agreement::Unknown
            }
        }
        (Form::Imperfect, _) => {
            let plural_ending = ends(&[WAW, NUN]) || ends(&[ALEF, NUN]) || ends(&[WAW, ALEF]);
            if (!pronoun && plural_ending) || w.first() == Some(&NUN) {
                Agreement::Plural
            } else if w.first() == Some(&TA) {
                Agreement::Feminine
            } else {
                Agreement::Masculine
            }
        }
        (Form::Participle, _) => {
            if ends(&[HA]) {
                Agreement::Feminine
            } else if ends(&[YA, NUN]) || ends(&[WAW, NUN]) || ends(&[ALEF, NUN]) {
                Agreement::Plural
            } else {
                Agreement::Masculine
            }
        }
        _ => Agreement::Unknown,
    }
}

/// The word before `t` is a plural verb: imperfect ي/ت…ون، perfect …وا.
fn plural_verb_before(inp: &Input<'_>, t: usize) -> bool {
    let Some(prev) = t.checked_sub(1).and_then(|p| inp.toks.get(p)) else {
        return false;
    };
    let w: Vec<char> = prev.norm.chars().collect();
    let n = w.len();
    n >= 5
        && ((matches!(w.first(), Some(&'\u{064A}' | &TA)) && w.ends_with(&[WAW, NUN]))
            || w.ends_with(&[WAW, ALEF]))
}

/// Person number `p` of the article (an index into `people.persons`) can be
/// the one a trigger of agreement `a` points to.
pub fn agrees_at(a: Agreement, people: &People, p: usize) -> bool {
    people.persons.get(p).is_some_and(|x| agrees(a, x))
}

/// Person `p` can be the one the trigger points to.
pub fn agrees(a: Agreement, p: &Person) -> bool {
    match a {
        Agreement::Unknown => true,
        Agreement::Masculine => !p.female,
        Agreement::Feminine => p.female,
        Agreement::Plural => false,
    }
}
