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
use super::tokens::{TokKind, Token};

pub mod agree;
mod clause;
mod slots;
mod subject;

pub use clause::relative_of_thing;
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
    fn addressed(&self, t: usize, s: &std::ops::Range<usize>) -> bool {
        (t + 1..(t + 9).min(s.end))
            .take_while(|&k| !self.places.iter().any(|p| p.start == k))
            .any(|k| self.res.is_read_as(Class::AddressNoun, self.norm(k)))
    }

    /// «إلى» and a number (a figure or a quantity word) within two words
    /// after the verb at `t`, before any place.
    fn reaches_a_number(&self, t: usize, s: &std::ops::Range<usize>) -> bool {
        (t + 1..(t + 3).min(s.end))
            .take_while(|&k| !self.places.iter().any(|p| p.start == k))
            .any(|k| {
                self.res.is(Class::ToPrep, self.norm(k))
                    && self.toks.get(k + 1).is_some_and(|n| {
                        n.kind == TokKind::Num || self.res.is(Class::QuantityNoun, &n.norm)
                    })
            })
    }

    fn is_verb_trigger(&self, i: usize) -> bool {
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
    fn definite_at(&self, i: usize) -> bool {
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
        let onward = leave_for(inp, &f);
        out.push(f);
        out.extend(onward);
    }
    link_governors(inp, &mut out);
    out
}

/// FRM-COORDINATED-SUBJECT: «التقى بوث نائب رئيس الوزراء، كما زار
/// إثيوبيا»: the person right before a verb with no subject after it is the
/// object of the verb before; the verb shares that verb's subject. Not
/// after a relative pronoun («استقبل X ضيفه Y الذي زار …»).
fn coordinated_subject(inp: &Input<'_>, before: &[EventFrame], f: &mut EventFrame) {
    if !matches!(f.form, Some(Form::Perfect | Form::Imperfect))
        || !f.rules.contains(&"FRM-SUBJECT-BEFORE")
    {
        return;
    }
    let Some(&p) = f.travellers.first() else {
        return;
    };
    let Some(prev) = before
        .iter()
        .rev()
        .find(|g| matches!(g.form, Some(Form::Perfect | Form::Imperfect)) && g.others.contains(&p))
    else {
        return;
    };
    let Some(&subject) = prev.travellers.first().filter(|&&s| s != p) else {
        return;
    };
    let relative =
        (prev.trigger..f.trigger).any(|x| inp.res.is(Class::RelativePronoun, inp.norm(x)));
    if relative {
        return;
    }
    f.travellers[0] = subject;
    f.rules.push("FRM-COORDINATED-SUBJECT");
}

/// FRM-LEAVE-FOR: «غادر … مصر إلى المملكة المتحدة»: a verb of leaving with
/// the place left, then «إلى» and a place in its clause, goes there too: a
/// frame of going, with the leaving verb's traveller, time and tense.
fn leave_for(inp: &Input<'_>, f: &EventFrame) -> Option<EventFrame> {
    if f.kind != Some(TriggerKind::Leave) || f.form == Some(Form::Noun) || f.needs_traveller {
        return None;
    }
    // «إلى»، or any word that introduces the place of a frame of going
    // (نحو، صوب، باتجاه: rules/frames.tsv).
    let go = inp.res.frame(TriggerKind::Go);
    let towards = |w: &str| inp.res.is(Class::ToPrep, w) || go.is_some_and(|g| g.is_prep(w));
    let (next, from, after) = match f.places.last() {
        Some(&k) => {
            let last = inp.places.get(k)?;
            // The traveller written before the place left (غادر X مصر إلى،
            // X غادر مصر إلى), not one read after the destination.
            let written = f.travellers.first().is_some_and(|&p| {
                inp.people
                    .mentions
                    .iter()
                    .any(|m| m.person == p && m.end <= last.start)
            });
            if !written {
                return None;
            }
            let next = inp.places.iter().position(|p| p.start >= last.end)?;
            (next, Some(last), last.end)
        }
        // No place left (غادر الرئيس اليوم إلى الجزائر): the first place
        // after the verb and its subject, if «إلى» introduces it.
        None => {
            let traveller = *f.travellers.first()?;
            let anchor = inp
                .people
                .mentions
                .iter()
                .filter(|m| m.person == traveller && m.start > f.trigger)
                .map(|m| m.end)
                .filter(|&e| e <= f.trigger + 12)
                .min()
                .unwrap_or(f.trigger + 1);
            let reach = go.map_or(14, |g| g.reach);
            let next = inp.places.iter().position(|p| p.start >= anchor)?;
            let p = &inp.places[next];
            if p.start > anchor + reach
                || (anchor..p.start).any(|x| {
                    inp.clause_break(x)
                        || inp.people.mention_at(x).is_some()
                        || inp.toks[x].kind == TokKind::Punct
                })
            {
                return None;
            }
            (next, None, anchor)
        }
    };
    let p = &inp.places[next];
    let near = if from.is_some() { after + 2 } else { p.start };
    let to = p
        .start
        .checked_sub(1)
        .is_some_and(|b| b >= after && b <= near && towards(inp.norm(b)))
        || (from.is_none()
            && p.prep.as_deref().is_some_and(|w| inp.locative_prep(w))
            && inp.to_event_between(after, p.start))
        || (p.start <= after + 1 || from.is_none()) && p.prep.as_deref().is_some_and(towards);
    if !to || (after..p.start).any(|x| inp.clause_break(x)) || from.is_some_and(|l| p.iso == l.iso)
    {
        return None;
    }
    let mut g = f.clone();
    g.kind = Some(TriggerKind::Go);
    g.place_role = Some(PlaceRole::Destination);
    g.places = (next..inp.places.len())
        .take_while(|&j| inp.places[j].list == p.list)
        .collect();
    g.rules.push("FRM-LEAVE-FOR");
    Some(g)
}

/// Noun frames governed by a support verb (أجرى زيارة، يقوم بجولة) or
/// following a main verb (وصل … في زيارة) take its traveller and tense.
fn link_governors(inp: &Input<'_>, frames: &mut [EventFrame]) {
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
