//! Stage 5 of the cascade: event frames. Every trigger word opens a frame
//! whose slots are filled from the chunks of its sentence, as
//! `assets/rules/frames.tsv` says for its kind: the traveller (the subject
//! of the verb: after it in verb-subject order, before it in a headline or
//! after «أن»/«الذي»; the possessor of a noun: the person after it, or the
//! one an attached pronoun points to), the other side (the person received
//! or met), the places (a whole coordinated list), the time, and the
//! modality the cues give ([`super::modality`]). Slots left empty here are
//! filled by the discourse stage (a pronoun, an implicit subject).

use super::lookup::Lexed;
use super::modality::{self, Modality};
use super::people::People;
use super::person::MentionKind;
use super::place::PlaceRef;
use super::resources::{
    Class, CueKind, Form, Frame as FrameRule, FrameTraveller, PlaceRole, Resources, Tag,
    TriggerKind,
};
use super::tokens::{TokKind, Token};

/// An event frame (one trigger and its slots).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventFrame {
    pub sentence: usize,
    /// Token of the trigger word.
    pub trigger: usize,
    /// Trigger rule (index into `Resources::rules`).
    pub rule: u16,
    pub kind: Option<TriggerKind>,
    pub form: Option<Form>,
    /// An attached pronoun (زيارته، استقبله): the person it points to fills
    /// the traveller (nouns, and verbs whose object travels) slot.
    pub pronoun: bool,
    /// The future prefix س or سوف.
    pub future: bool,
    /// Persons (indices into `People::persons`) who travel.
    pub travellers: Vec<usize>,
    /// The persons on the other side (host, people met).
    pub others: Vec<usize>,
    /// Places (indices into the article's places) of the place slot.
    pub places: Vec<usize>,
    /// The slot the places fill.
    pub place_role: Option<PlaceRole>,
    /// Time expression (index into the article's times).
    pub time: Option<usize>,
    pub modality: Modality,
    /// People who travel with the traveller (their own legs).
    pub companions: Vec<usize>,
    /// People met (counterparts).
    pub counterparts: Vec<usize>,
    /// The frame whose traveller and tense a noun frame takes (a support
    /// verb, or the main verb of «وصل … في زيارة»).
    pub governor: Option<usize>,
    /// The traveller must come from the discourse (a pronoun, or a verb
    /// with no subject in its clause).
    pub needs_traveller: bool,
    /// The delegation's nationality when the traveller slot is «الوفد
    /// الأمريكي» and its members are named.
    pub delegation_country: Option<String>,
    /// Governed by a verb (its traveller and tense come from it).
    pub governed: bool,
    /// The traveller in focus when the frame was read (discourse).
    pub topic: Option<usize>,
    /// Its sentence names a summit, conference or assembly.
    pub at_event: bool,
    /// The form that gives the frame's tense: the trigger's own, or that of
    /// the verb governing a noun.
    pub tense: Option<Form>,
    /// Stage rule IDs that filled the frame.
    pub rules: Vec<&'static str>,
}

/// What the frame stage reads.
pub struct Input<'a> {
    pub res: &'a Resources,
    pub toks: &'a [Token],
    pub lex: &'a Lexed,
    pub people: &'a People,
    pub places: &'a [PlaceRef],
    /// Time expressions: (sentence, start, end) for each.
    pub times: &'a [(usize, usize, usize)],
}

impl Input<'_> {
    fn trigger_at(&self, i: usize) -> Option<(u16, Form, bool, TriggerKind)> {
        let m = self.lex.at(i)?;
        m.tags.iter().find_map(|t| match t {
            Tag::Trigger(r, f, p) => {
                let kind = self.res.rules.get(*r as usize)?.kind;
                Some((*r, *f, *p, kind))
            }
            _ => None,
        })
    }

    fn is_verb_trigger(&self, i: usize) -> bool {
        self.trigger_at(i)
            .is_some_and(|(_, f, _, _)| matches!(f, Form::Perfect | Form::Imperfect))
    }

    fn norm(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.norm.as_str())
    }

    /// A token that ends a clause for slot search: sentence punctuation,
    /// a clause-break word (قال، حيث، بينما …).
    fn clause_break(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return true;
        };
        if t.kind == TokKind::Punct {
            // A colon introduces a list or a quote inside the clause.
            return t.norm.starts_with(['.', '\u{061B}', ';', '?', '\u{061F}', '!']);
        }
        self.res.is(Class::ClauseBreak, &t.norm) && !self.res.is(Class::RelativePronoun, &t.norm)
    }

    /// Ungoverned person mentions that start in `a..b`, with their start.
    fn persons_in(&self, a: usize, b: usize) -> Vec<(usize, usize, Option<String>)> {
        let k = self.people.mentions.partition_point(|m| m.start < a);
        self.people.mentions[k..]
            .iter()
            .take_while(|m| m.start < b)
            .filter(|m| m.person < self.people.persons.len())
            .map(|m| (m.start, m.person, m.gov.clone()))
            .collect()
    }
}

/// The frames of sentence `s` (token range), `si` its index.
pub fn frames_of(inp: &Input<'_>, si: usize, s: std::ops::Range<usize>) -> Vec<EventFrame> {
    let mut out: Vec<EventFrame> = Vec::new();
    for t in s.clone() {
        let Some((rule, form, pronoun, kind)) = inp.trigger_at(t) else {
            continue;
        };
        let Some(fr) = inp.res.frame(kind) else {
            continue;
        };
        let future = inp.lex.at(t).is_some_and(|m| m.clitics.future)
            || t.checked_sub(1)
                .is_some_and(|p| inp.res.is(Class::FutureParticle, inp.norm(p)));
        let mut f = EventFrame {
            sentence: si,
            trigger: t,
            rule,
            kind: Some(kind),
            form: Some(form),
            pronoun,
            future,
            place_role: Some(fr.place),
            tense: Some(form),
            ..EventFrame::default()
        };
        let after = fill_people(inp, &s, fr, &mut f);
        fill_places(inp, &s, fr, after, &mut f);
        f.time = time_of(inp, si, &s, t);
        f.at_event = s.clone().any(|k| inp.res.is(Class::Event, inp.norm(k)) || {
            let mut rd = Vec::new();
            super::morph::readings(inp.norm(k), inp.res.words.one(Class::Article), &mut rd);
            rd.iter().skip(1).any(|r| inp.res.is(Class::Event, &r.key))
        });
        f.modality = modality::of(inp, &s, &f);
        out.push(f);
    }
    link_governors(inp, &mut out);
    out
}

/// Fills the traveller and other-side slots; returns the token after which
/// the place slot is looked for (after the subject in verb-subject order).
fn fill_people(
    inp: &Input<'_>,
    s: &std::ops::Range<usize>,
    fr: &FrameRule,
    f: &mut EventFrame,
) -> usize {
    let t = f.trigger;
    let is_noun = matches!(f.form, Some(Form::Noun));
    // Right side: up to the reach, not across a clause break or another verb.
    let mut right_end = t + 1;
    while right_end < s.end
        && right_end < t + 1 + fr.reach.max(8)
        && !inp.clause_break(right_end)
        && !inp.is_verb_trigger(right_end)
    {
        right_end += 1;
    }
    let right = inp.persons_in(t + 1, right_end);
    // A meeting lists the people met up to the end of its clause (التقى X
    // ، بالإضافة إلى Y، ومدير Z).
    let mut clause_end = right_end;
    while clause_end < s.end && !inp.clause_break(clause_end) && !inp.is_verb_trigger(clause_end) {
        clause_end += 1;
    }
    let met_all: Vec<usize> = if matches!(fr.kind, TriggerKind::Meet | TriggerKind::Host) {
        inp.persons_in(t + 1, clause_end)
            .iter()
            .filter(|(st, _, _)| !genitive(inp, *st))
            .map(|x| x.1)
            .collect()
    } else {
        Vec::new()
    };
    let ungoverned: Vec<(usize, usize)> = right
        .iter()
        .filter(|(_, _, g)| g.is_none())
        .map(|(st, p, _)| (*st, *p))
        .collect();
    // Others met: ب/مع-governed persons (التقى بالرئيس، اجتمع مع).
    let met: Vec<usize> = right
        .iter()
        .filter(|(_, _, g)| {
            g.as_deref()
                .is_some_and(|g| g == "\u{0628}" || inp.res.is(Class::Preposition, g) && g.chars().count() == 2)
        })
        .map(|(_, p, _)| *p)
        .collect();
    let left = left_subject(inp, s, t);
    let mut after = t + 1;
    // A delegation travels (وصل وفد أمريكي برئاسة X، استقبل الوفد الأميركي
    // الذي ضم X و Y): its named members and head are the travellers.
    if !is_noun
        && fr.traveller != FrameTraveller::None
        && let Some((d, country)) = delegation_after(inp, t, right_end, &right)
    {
        let members: Vec<usize> = inp
            .persons_in(d, clause_end_of(inp, s, d))
            .into_iter()
            .filter(|(_, _, g)| g.as_deref().is_none_or(|g| !inp.res.is(Class::Preposition, g)))
            .map(|(_, p, _)| p)
            .collect();
        if !members.is_empty() {
            let host = right.iter().find(|(st, _, g)| *st < d && g.is_none()).map(|x| x.1);
            f.others.extend(host);
            f.travellers = members;
            f.delegation_country = country;
            f.rules.push("FRM-DELEGATION");
            return d;
        }
    }
    if is_noun {
        let mut rest: &[(usize, usize)] = &ungoverned;
        if f.pronoun {
            f.needs_traveller = true;
            f.rules.push("FRM-POSSESSIVE-PRONOUN");
        } else if let Some(&(st, p)) = ungoverned.first().filter(|(st, _)| *st <= t + 2) {
            // زيارة الرئيس الإيراني: the possessor right after the noun.
            if fr.traveller == FrameTraveller::Object {
                // استقبال الرئيس X: X is received.
                f.travellers.push(p);
            } else {
                push_role(inp, fr, f, p, true);
            }
            f.rules.push("FRM-NOUN-POSSESSOR");
            after = mention_end(inp, st);
            rest = &ungoverned[1..];
        } else {
            f.needs_traveller = true;
        }
        // The people after a meeting noun were met (لقائه الرئيس X).
        for (_, p) in rest {
            if !f.others.contains(p) && !f.travellers.contains(p) {
                f.others.push(*p);
            }
        }
        f.others.extend(met.iter().filter(|p| !f.travellers.contains(p)));
        return after;
    }
    // In verb-subject order the subject comes right after the verb: when the
    // first person after it is governed (التقى بالرئيس), the subject is in
    // the verb (implicit) and every person after it is an object.
    // Unnamed plural roles before a list (سبعة من الرؤساء والقادة العرب،
    // بينهم …) are no subject: the list after them is.
    let named = |p: usize| inp.people.persons.get(p).is_some_and(|x| x.named());
    let unnamed_first = right.first().is_some_and(|(_, p, _)| !named(*p));
    let wide;
    let subject_pool: &[(usize, usize, Option<String>)] = if unnamed_first {
        wide = inp.persons_in(t + 1, clause_end);
        &wide
    } else {
        &right
    };
    let first_free = match subject_pool.iter().find(|(_, p, _)| named(*p)) {
        Some((st, p, None)) => Some((*st, *p)),
        _ => None,
    };
    // A definite noun right after the verb is its subject (وصلت المساعدات،
    // وحل الأزمات): no person travels, whoever stands before.
    let noun_after = first_free.is_none_or(|(st, _)| st > t + 1) && definite_noun(inp, t + 1);
    let left = if noun_after { None } else { left };
    match (left, first_free) {
        (Some(p), _) => {
            push_role(inp, fr, f, p, true);
            f.rules.push("FRM-SUBJECT-BEFORE");
            for (_, q) in &ungoverned {
                push_role(inp, fr, f, *q, false);
            }
        }
        (None, Some((st, p))) => {
            push_role(inp, fr, f, p, true);
            f.rules.push("FRM-SUBJECT-AFTER");
            after = mention_end(inp, st);
            // A coordinated subject: وصل الملك عبدالله والرئيس بشار الأسد; a
            // list may run past the reach (رؤساء: جيبوتي فلان، وزامبيا فلان …).
            let mut prev_end = after;
            let listed: Vec<(usize, usize)> = inp
                .persons_in(t + 1, clause_end)
                .into_iter()
                .filter(|(_, _, g)| g.is_none())
                .map(|(st, p, _)| (st, p))
                .collect();
            for (st2, q) in listed.iter().filter(|(st2, _)| *st2 > st) {
                // The next item of the list: after a comma or و, with no verb
                // between (X ممثلا عن الرئيس، وأسعد بن طارق …).
                let coordinated = inp.people.mention_at(*st2).is_some_and(|m| {
                    m.conj
                        && (m.start <= prev_end + 1
                            || inp.toks.get(m.start - 1).is_some_and(|p| p.is_punct('\u{060C}') || p.is_punct(',')))
                        && !(prev_end..m.start).any(|x| inp.is_verb_trigger(x))
                });
                if coordinated && fr.traveller == FrameTraveller::Subject {
                    push_role(inp, fr, f, *q, true);
                    prev_end = mention_end(inp, *st2);
                    after = prev_end;
                } else {
                    push_role(inp, fr, f, *q, false);
                }
            }
        }
        (None, None) => {
            if fr.traveller != FrameTraveller::None && !noun_subject(inp, s, t, fr.kind) {
                f.needs_traveller = true;
                f.rules.push("FRM-IMPLICIT-SUBJECT");
            }
            for (_, q) in &ungoverned {
                push_role(inp, fr, f, *q, false);
            }
        }
    }
    // استقبله الرئيس: the object pronoun is the guest.
    if f.pronoun && fr.traveller == FrameTraveller::Object {
        let subj: Vec<usize> = f.travellers.drain(..).collect();
        f.others.extend(subj);
        f.needs_traveller = true;
    }
    f.others.extend(met);
    for p in met_all {
        if !f.others.contains(&p) && !f.travellers.contains(&p) {
            f.others.push(p);
        }
    }
    after
}

/// The person mention at `st` is the genitive of a noun before it that
/// names a government, rule or end (حكومة نتنياهو، نظام الأسد، إدارة ترامب،
/// اغتيال رفيق الحريري): named, not met, not travelling.
pub fn genitive(inp: &Input<'_>, st: usize) -> bool {
    let Some(m) = inp.people.mention_at(st) else {
        return false;
    };
    if m.start != st || m.gov.is_some() || m.conj || m.kind == MentionKind::Role {
        return false;
    }
    let Some(p) = st.checked_sub(1).and_then(|p| inp.toks.get(p)) else {
        return false;
    };
    let mut rd = Vec::new();
    super::morph::readings(&p.norm, inp.res.words.one(Class::Article), &mut rd);
    p.kind == TokKind::Word
        && rd.iter().any(|r| inp.res.is(Class::GenitiveHead, &r.key))
        && inp.people.mention_at(st - 1).is_none()
        && m.info.titles.is_empty()
}

/// The end of the clause holding `i` (a clause break or the sentence end).
fn clause_end_of(inp: &Input<'_>, s: &std::ops::Range<usize>, i: usize) -> usize {
    let mut e = i;
    while e < s.end && !inp.clause_break(e) {
        e += 1;
    }
    e
}

/// A delegation word after the trigger at `t` in the slot of the traveller
/// (before `end`, and before or in place of a person in that slot): its
/// token and the nationality after it (الوفد الأميركي).
fn delegation_after(
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
            let persons_before = right.iter().filter(|(st, _, g)| *st < k && g.is_none()).count();
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

/// Token `i` is a definite noun that is no person, place, time or phrase
/// of the resources (المساعدات، الأزمات).
fn definite_noun(inp: &Input<'_>, i: usize) -> bool {
    let Some(tok) = inp.toks.get(i) else {
        return false;
    };
    tok.kind == TokKind::Word
        && inp.people.mention_at(i).is_none()
        && inp.lex.covering(i).is_none()
        && !inp.places.iter().any(|p| p.start <= i && i < p.end)
        && tok.norm.starts_with(inp.res.words.one(Class::Article))
        && tok.norm.chars().count() >= 4
        && !inp.res.is(Class::Preposition, &tok.norm)
        && !inp.res.is(Class::ClauseBreak, &tok.norm)
}

/// The verb at `t` has a subject that is no person: a definite noun or a
/// place right after it (وصلت المساعدات، تستضيف القاهرة) or right before it
/// (أن الجيش سيصل). A delegation (الوفد) is such a subject too: its members
/// are named by the delegation cues.
fn noun_subject(inp: &Input<'_>, s: &std::ops::Range<usize>, t: usize, kind: TriggerKind) -> bool {
    // A place after a travel verb is where it goes (يزور جنوب أفريقيا); only
    // a host or a meeting can have a city for subject (تستضيف القاهرة).
    let place_subject = matches!(
        kind,
        TriggerKind::Host | TriggerKind::Meet | TriggerKind::Attend | TriggerKind::Support
    );
    let article = inp.res.words.one(Class::Article);
    let nominal = |i: usize| -> bool {
        let Some(tok) = inp.toks.get(i) else {
            return false;
        };
        if tok.kind != TokKind::Word || inp.people.mention_at(i).is_some() {
            return false;
        }
        if inp.places.iter().any(|p| p.start == i && p.prep.is_none()) {
            return place_subject;
        }
        if inp.lex.at(i).is_some() || inp.lex.covering(i).is_some() {
            return false;
        }
        tok.norm.starts_with(article) || inp.res.is(Class::Delegation, &tok.norm)
    };
    let after_that = t >= s.start + 2 && inp.res.is(Class::Complementizer, inp.norm(t - 2))
        || t == s.start + 1;
    // The subject may follow a time (وتعقد اليوم الخميس مصر وقطر …).
    let mut r = t + 1;
    while r < s.end
        && inp.lex.covering(r).is_some_and(|m| {
            m.tags
                .iter()
                .all(|x| matches!(x, Tag::Relative(_) | Tag::Weekday(_) | Tag::Time(_)))
        })
    {
        r += 1;
    }
    (r < s.end && nominal(r)) || (t > s.start && after_that && nominal(t - 1))
}

/// Puts person `p` in the slot its role in the clause gives: `subject` is
/// the doer of the verb.
fn push_role(inp: &Input<'_>, fr: &FrameRule, f: &mut EventFrame, p: usize, subject: bool) {
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

fn mention_end(inp: &Input<'_>, start: usize) -> usize {
    inp.people
        .mention_at(start)
        .map_or(start + 1, |m| m.end)
}

/// The subject written before a verb: a headline or topic («الرئيس X
/// يصل»), after «أن» («أن X سيزور»), or the antecedent of «الذي/التي».
fn left_subject(inp: &Input<'_>, s: &std::ops::Range<usize>, t: usize) -> Option<usize> {
    let lo = s.start.max(t.saturating_sub(10));
    let mut k = t;
    while k > lo {
        k -= 1;
        let tok = &inp.toks[k];
        if tok.kind == TokKind::Punct {
            if tok.norm.starts_with(['.', '\u{061B}', ';', ':', '?', '\u{061F}', '!']) {
                return None;
            }
            continue;
        }
        if let Some(m) = inp.people.mention_at(k) {
            if m.gov.is_some() || m.person >= inp.people.persons.len() {
                return None;
            }
            return Some(m.person);
        }
        if inp.res.is(Class::RelativePronoun, &tok.norm) {
            // X، الذي وصل: the nearest person before.
            let mut j = k;
            while j > s.start.max(k.saturating_sub(4)) {
                j -= 1;
                if let Some(m) = inp.people.mention_at(j) {
                    return (m.gov.is_none() || m.kind != MentionKind::Role)
                        .then_some(m.person)
                        .filter(|p| *p < inp.people.persons.len());
                }
            }
            return None;
        }
        if inp.is_verb_trigger(k) || inp.clause_break(k) {
            return None;
        }
        if inp.res.is(Class::Complementizer, &tok.norm) {
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

/// Fills the place slot: a place introduced by one of the frame's
/// prepositions (or right after the verb when `direct`), with the rest of
/// its coordinated list.
fn fill_places(
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
        // A stop at another verb trigger or a clause break before the place.
        let noun = f.form == Some(Form::Noun);
        if (t + 1..p.start).any(|x| {
            inp.clause_break(x)
                || (inp.is_verb_trigger(x)
                    && !(noun
                        && inp
                            .trigger_at(x)
                            .is_some_and(|(_, _, pron, k)| pron && k == TriggerKind::Support)))
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
        let by_prep = p.prep.as_deref().is_some_and(|w| {
            fr.is_prep(w) || (w.chars().count() == 1 && w.chars().next().is_some_and(|c| fr.is_clitic_prep(c)))
        });
        let direct = fr.direct
            && p.prep.is_none()
            && (p.start == after || p.start == t + 1 || only_soft_between(inp, after.max(t + 1), p.start));
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

/// Only time words, commas and adverbs between `a` and `b`.
fn only_soft_between(inp: &Input<'_>, a: usize, b: usize) -> bool {
    b.saturating_sub(a) <= 4
        && (a..b).all(|k| {
            inp.toks.get(k).is_some_and(|t| t.kind == TokKind::Punct)
                || inp.res.is(Class::Quantifier, inp.norm(k))
                || inp
                    .trigger_at(k)
                    .is_some_and(|(_, f, _, kind)| f == Form::Noun && kind == TriggerKind::Visit)
                || (inp.res.is(Class::OriginPrep, inp.norm(k))
                    && k > 0
                    && inp.res.is(Class::Quantifier, inp.norm(k - 1)))
                || (inp.lex.flag(k, super::resources::flag::STOP)
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
        })
}

/// The time expression of the frame: the nearest one after the trigger in
/// its clause, else the nearest before it.
fn time_of(inp: &Input<'_>, si: usize, s: &std::ops::Range<usize>, t: usize) -> Option<usize> {
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
                || (a > t && x > t && (is_cue(inp, x, CueKind::After) || is_cue(inp, x, CueKind::Before)))
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

/// Noun frames governed by a support verb (أجرى زيارة، يقوم بجولة) or
/// following a main verb (وصل … في زيارة) take its traveller and tense.
fn link_governors(inp: &Input<'_>, frames: &mut [EventFrame]) {
    for k in 0..frames.len() {
        if frames[k].form != Some(Form::Noun) {
            continue;
        }
        let t = frames[k].trigger;
        // A support verb with the noun as its object (أجرى X زيارة، يقوم
        // بجولة), or a travel verb with «في/خلال/ضمن زيارة» after it.
        // «في زيارة»، «خلال جولته»، «في إطار جولته»، «في مستهل جولة».
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
        let gov = (0..k).rev().find(|&g| {
            let gf = &frames[g];
            let support = gf.kind == Some(TriggerKind::Support);
            (matches!(gf.form, Some(Form::Perfect | Form::Imperfect | Form::Participle))
                || (support && gf.form == Some(Form::Noun)))
                && gf.trigger < t
                && !(gf.trigger + 1..t).any(|x| inp.clause_break(x))
                && if support {
                    object && !adverbial && t - gf.trigger <= 8
                } else {
                    adverbial && t - gf.trigger <= 14
                }
        });
        // A support verb right after the noun with a pronoun for it
        // (محادثات أجراها، زيارة يقوم بها، زيارة أداها).
        let post = || {
            (k + 1..frames.len()).find(|&g| {
                let gf = &frames[g];
                gf.kind == Some(TriggerKind::Support)
                    && gf.trigger > t
                    && gf.trigger <= t + 4
                    && (gf.pronoun || inp.norm(gf.trigger + 1).chars().count() <= 3)
            })
        };
        // «جولته بزيارة السودان»: a trip noun with ب right after another one
        // is a leg of it.
        let chained = || {
            let clitic_b = inp.lex.at(t).is_some_and(|m| m.clitics.prep == Some('\u{0628}'));
            (0..k).rev().find(|&g| {
                clitic_b
                    && frames[g].form == Some(Form::Noun)
                    && matches!(frames[g].kind, Some(TriggerKind::Tour | TriggerKind::Visit))
                    && frames[g].trigger + 3 >= t
            })
        };
        let chain = gov.is_none() && post().is_none() && chained().is_some();
        let Some(g) = gov.or_else(post).or_else(chained) else { continue };
        if chain {
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
            continue;
        }
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
        if frames[k].needs_traveller && !frames[g].travellers.is_empty() {
            frames[k].travellers = frames[g].travellers.clone();
            frames[k].needs_traveller = frames[g].needs_traveller;
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
    }
}

/// Token `i` is (part of) a cue of `kind`.
fn is_cue(inp: &Input<'_>, i: usize, kind: CueKind) -> bool {
    inp.lex.covering(i).is_some_and(|m| {
        m.tags.iter().any(|t| match t {
            Tag::Cue(c) => inp.res.cues.get(*c as usize).is_some_and(|c| c.kind == kind),
            _ => false,
        })
    })
}

/// Whether the cue of `kind` lies in tokens `a..b`.
pub fn cue_in(inp: &Input<'_>, a: usize, b: usize, kind: CueKind) -> Option<usize> {
    (a..b).find(|&i| {
        inp.lex.at(i).is_some_and(|m| {
            m.tags.iter().any(|t| match t {
                Tag::Cue(c) => inp.res.cues.get(*c as usize).is_some_and(|c| c.kind == kind),
                _ => false,
            })
        })
    })
}
