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
use super::place::PlaceRef;
use super::resources::{Class, CueKind, Form, PlaceRole, Resources, Tag, TriggerKind};
use super::tokens::Token;

pub mod agree;
mod clause;
mod governor;
mod input;
mod onward;
mod slots;
mod subject;

pub use clause::relative_of_thing;
use governor::link_governors;
use onward::{coordinated_subject, leave_for};
use slots::{fill_places, time_of};
use subject::fill_people;
pub use subject::genitive;

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
    /// Who the pronoun or the implicit subject can be (a man, a woman,
    /// several people).
    pub agreement: agree::Agreement,
    /// A trip noun with the article (الزيارة): it takes no possessor, its
    /// traveller comes from a verb or the context.
    pub definite: bool,
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
    /// verb, or the main verb of «وصل … في زيارة»): an index into the
    /// sentence's frames as [`frames_of`] returns them, into the article's
    /// once the analysis has gathered them.
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
    /// The leg's position in its trip when the text states it (المحطة
    /// الثانية، استهل جولته بزيارة).
    pub station: Option<u8>,
    /// Stage rule IDs that filled the frame.
    pub rules: Vec<&'static str>,
    /// Trigger rules (indices into `Resources::rules`) of the frames that
    /// lent this one a traveller, tense or places: a support verb (أجرى
    /// زيارة), a tour list (تشمل، تتبعه).
    pub lent_by: Vec<u16>,
    /// Its places after the first come from a tour list in the present
    /// (جولة تشمل A وB وC): when the tour is under way, they lie ahead.
    pub list_ahead: bool,
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

/// The frames of every sentence of the article, in text order, each
/// governor an index into this list (not into its sentence's frames, as
/// [`frames_of`] gives it).
pub fn article_frames(inp: &Input<'_>, sentences: &[std::ops::Range<usize>]) -> Vec<EventFrame> {
    let mut frames: Vec<EventFrame> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let base = frames.len();
        frames.extend(frames_of(inp, si, s.clone()).into_iter().map(|mut f| {
            f.governor = f.governor.map(|g| g + base);
            f
        }));
    }
    frames
}

/// The frames of sentence `s` (token range), `si` its index.
fn frames_of(inp: &Input<'_>, si: usize, s: std::ops::Range<usize>) -> Vec<EventFrame> {
    let mut out: Vec<EventFrame> = Vec::new();
    for t in s.clone() {
        let Some((rule, form, pronoun, kind)) = inp.trigger_at(t) else {
            continue;
        };
        // «جائزة الملك فيصل»: a given name whose first letter reads as a
        // clitic (ف + يصل) is the name.
        if inp.lex.flag(t, crate::engine::resources::flag::GIVEN)
            && inp.lex.at(t).is_some_and(|m| m.clitics.conj)
        {
            continue;
        }
        let Some(fr) = inp.res.frame(kind) else {
            continue;
        };
        // «توجه الرئيس بالشكر إلى»: addressed thanks, no one went anywhere.
        if kind == TriggerKind::Go && form != Form::Noun && inp.addressed(t, &s) {
            continue;
        }
        // «عدداً يصل إلى 60 إماماً»، «وصل عددهم إلى نحو ألف»: reaching
        // a number, no one arrived.
        if kind == TriggerKind::Arrive && form != Form::Noun && inp.reaches_a_number(t, &s) {
            continue;
        }
        // «وصولا إلى»: the verbal noun of arriving in the indefinite
        // accusative is an adverb (up to, as far as), not a trip.
        if kind == TriggerKind::Arrive
            && form == Form::Noun
            && !pronoun
            && inp
                .toks
                .get(t)
                .is_some_and(|x| x.norm.ends_with('\u{0627}'))
        {
            continue;
        }
        let future = inp.lex.at(t).is_some_and(|m| m.clitics.future)
            || t.checked_sub(1)
                .is_some_and(|p| inp.res.is(Class::FutureParticle, inp.norm(p)))
            // «ستنطلق زيارة»: a trip noun right after a future verb.
            || (form == Form::Noun
                && t.checked_sub(1)
                    .is_some_and(|p| p >= s.start && crate::engine::morph::future_verb(inp.norm(p))));
        let mut f = EventFrame {
            sentence: si,
            trigger: t,
            rule,
            kind: Some(kind),
            form: Some(form),
            pronoun,
            future,
            agreement: agree::of_trigger(inp, t, form, pronoun),
            definite: form == Form::Noun && inp.definite_at(t),
            place_role: Some(fr.place),
            tense: Some(form),
            ..EventFrame::default()
        };
        let after = fill_people(inp, &s, fr, &mut f);
        fill_places(inp, &s, fr, after, &mut f);
        f.time = time_of(inp, si, &s, t);
        // At an event: one named before the trigger (على هامش القمة، التقى)
        // or within the frame's reach after it, not a conference planned at
        // the end of a long sentence.
        f.at_event = s
            .clone()
            .any(|k| (k < t || k <= t + fr.reach) && inp.res.is_read_as(Class::Event, inp.norm(k)));
        f.modality = modality::of(inp, &s, &f);
        // «يواصل … جولته»، «يختتم اليوم زيارته»: a trip already under way.
        if form == Form::Imperfect && inp.res.is(Class::ContinueVerb, inp.norm(t)) {
            f.modality.ongoing = true;
        }
        coordinated_subject(inp, &out, &mut f);
        let onward = leave_for(inp, &f, s.end);
        out.push(f);
        out.extend(onward);
    }
    link_governors(inp, &mut out);
    out
}

/// Token `i` is (part of) a cue of `kind`.
pub(super) fn is_cue(inp: &Input<'_>, i: usize, kind: CueKind) -> bool {
    inp.lex.covering(i).is_some_and(|m| {
        m.tags.iter().any(|t| match t {
            Tag::Cue(c) => inp
                .res
                .cues
                .get(*c as usize)
                .is_some_and(|c| c.kind == kind),
            _ => false,
        })
    })
}

/// Whether the cue of `kind` lies in tokens `a..b`.
pub fn cue_in(inp: &Input<'_>, a: usize, b: usize, kind: CueKind) -> Option<usize> {
    // «في وقت سابق اليوم»: a background cue read as part of a time
    // expression is the time of day, not an earlier trip.
    let in_time = |i: usize| kind == CueKind::Background && inp.in_time(i);
    (a..b).filter(|&i| !in_time(i)).find(|&i| {
        inp.lex.at(i).is_some_and(|m| {
            m.tags.iter().any(|t| match t {
                Tag::Cue(c) => inp
                    .res
                    .cues
                    .get(*c as usize)
                    .is_some_and(|c| c.kind == kind),
                _ => false,
            })
        })
    })
}
