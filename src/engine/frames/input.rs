//! What the frame rules ask of their input, token by token: the trigger at
//! a word, its clitics and article, whether a word is in a time or a place
//! expression, a clause break, a resumptive pronoun, the people in a span.

use super::Input;
use crate::engine::resources::{Class, Form, Tag, TriggerKind};
use crate::engine::tokens::TokKind;

impl Input<'_> {
    pub(crate) fn trigger_at(&self, i: usize) -> Option<(u16, Form, bool, TriggerKind)> {
        let m = self.lex.at(i)?;
        m.tags.iter().find_map(|t| match t {
            Tag::Trigger(r, f, p) => {
                let kind = self.res.rules.get(*r as usize)?.kind;
                Some((*r, *f, *p, kind))
            }
            _ => None,
        })
    }

    /// A thing one addresses (الشكر، نداء) within a few words after the
    /// verb at `t`, before any place: «توجه بالشكر إلى روسيا».
    pub(super) fn addressed(&self, t: usize, s: &std::ops::Range<usize>) -> bool {
        (t + 1..(t + 9).min(s.end))
            .take_while(|&k| !self.places.iter().any(|p| p.start == k))
            .any(|k| self.res.is_read_as(Class::AddressNoun, self.norm(k)))
    }

    /// «إلى» and a number (a figure or a quantity word) within two words
    /// after the verb at `t`, before any place.
    pub(super) fn reaches_a_number(&self, t: usize, s: &std::ops::Range<usize>) -> bool {
        (t + 1..(t + 3).min(s.end))
            .take_while(|&k| !self.places.iter().any(|p| p.start == k))
            .any(|k| {
                self.res.is(Class::ToPrep, self.norm(k))
                    && self.toks.get(k + 1).is_some_and(|n| {
                        n.kind == TokKind::Num || self.res.is(Class::QuantityNoun, &n.norm)
                    })
            })
    }

    pub(super) fn is_verb_trigger(&self, i: usize) -> bool {
        self.trigger_at(i)
            .is_some_and(|(_, f, _, _)| matches!(f, Form::Perfect | Form::Imperfect))
    }

    pub(crate) fn norm(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.norm.as_str())
    }

    /// The word at `i` without the conjunction and preposition the lookup
    /// read on it (بالزيارة → الزيارة، للقاء → لقاء), with the preposition.
    fn without_clitics(&self, i: usize) -> Option<(String, Option<char>)> {
        let (t, m) = (self.toks.get(i)?, self.lex.at(i)?);
        let skip = usize::from(m.clitics.conj) + usize::from(m.clitics.prep.is_some());
        Some((t.norm.chars().skip(skip).collect(), m.clitics.prep))
    }

    /// The word at `i` has the article right after its clitics (الاجتماع،
    /// بالزيارة), unlike «للقاء» (ل + لقاء).
    pub(crate) fn article_after_clitics(&self, i: usize) -> bool {
        self.without_clitics(i)
            .is_some_and(|(rest, _)| rest.starts_with(self.res.words.one(Class::Article)))
    }

    /// The word at `i` carries the article after its clitics (الزيارة،
    /// بالزيارة، للزيارة، وبالجولة).
    pub(super) fn definite_at(&self, i: usize) -> bool {
        let Some((rest, prep)) = self.without_clitics(i) else {
            return false;
        };
        // لل + noun is ل + ال + noun.
        let lam = self
            .res
            .words
            .one(Class::Article)
            .chars()
            .nth(1)
            .is_some_and(|l| rest.starts_with(l));
        self.article_after_clitics(i) || prep == Some('\u{0644}') && lam
    }

    /// The word right before `t`, in sentence `s`, is one of class `c`
    /// («خلال» before «زيارة»).
    pub(crate) fn word_before_is(&self, s: &std::ops::Range<usize>, t: usize, c: Class) -> bool {
        t.checked_sub(1)
            .is_some_and(|p| p >= s.start && self.res.is(c, self.norm(p)))
    }

    /// Token `i` is part of a time expression.
    pub fn in_time(&self, i: usize) -> bool {
        self.times.iter().any(|&(_, a, b)| a <= i && i < b)
    }

    /// Token `i` is a preposition with an attached pronoun of two letters
    /// or more (فيها، خلالها، بهم), or a noun with one after a preposition
    /// (في مستهلها): in a relative clause, it points back to the clause's
    /// noun. («ه» alone ends too many names; «عناصرها» is a subject.)
    pub fn resumptive(&self, i: usize) -> bool {
        let w = self.norm(i);
        let after_prep = i.checked_sub(1).is_some_and(|p| {
            self.res.is(Class::InPrep, self.norm(p))
                || self.res.is(Class::Preposition, self.norm(p))
        });
        self.people.mention_at(i).is_none()
            && self.res.words.forms(Class::PronounSuffix).iter().any(|x| {
                let Some(stem) = w
                    .strip_suffix(x.as_str())
                    .filter(|_| x.chars().count() >= 2)
                else {
                    return false;
                };
                stem.chars().count() == 1
                    || self.res.is(Class::InPrep, stem)
                    || self.res.is(Class::Preposition, stem)
                    || self.res.is(Class::During, w)
                    || (after_prep && stem.chars().count() >= 2)
            })
    }

    /// «إلى قمة مجموعة السبع في هيروشيما»: between `a` and `b` a word of
    /// an event right after «إلى», so a place after it with «في» or «ب»
    /// is where one goes.
    pub fn to_event_between(&self, a: usize, b: usize) -> bool {
        (a.max(1)..b).any(|x| {
            self.res.is_read_as(Class::Event, self.norm(x))
                && self.res.is(Class::ToPrep, self.norm(x - 1))
        })
    }

    /// Token `i` is part of a place name.
    pub fn in_place(&self, i: usize) -> bool {
        self.places.iter().any(|p| p.start <= i && i < p.end)
    }

    /// A preposition word or clitic of where something is (في، داخل، ب):
    /// «انطلقت بنواكشوط القمة»، «قمة … في هيروشيما».
    pub fn locative_prep(&self, w: &str) -> bool {
        w == "\u{0628}" || self.res.is(Class::InPrep, w)
    }

    /// A token that ends a clause for slot search: sentence punctuation,
    /// a clause-break word (قال، حيث، بينما …).
    pub fn clause_break(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return true;
        };
        if t.kind == TokKind::Punct {
            // A colon introduces a list or a quote inside the clause.
            return t
                .norm
                .starts_with(['.', '\u{061B}', ';', '?', '\u{061F}', '!']);
        }
        self.res.is(Class::ClauseBreak, &t.norm)
            && !self.res.is(Class::RelativePronoun, &t.norm)
            // A word of a person's name (مون جاي-إن) breaks nothing.
            && self.people.mention_at(i).is_none()
    }

    /// Ungoverned person mentions that start in `a..b`, with their start.
    pub(super) fn persons_in(&self, a: usize, b: usize) -> Vec<(usize, usize, Option<String>)> {
        let k = self.people.mentions.partition_point(|m| m.start < a);
        self.people.mentions[k..]
            .iter()
            .take_while(|m| m.start < b)
            .filter(|m| m.person < self.people.persons.len())
            .map(|m| (m.start, m.person, m.gov.clone()))
            .collect()
    }
}
