//! The people slots of a frame: the traveller (the subject after or before
//! the verb, the possessor of a noun, a delegation's members) and the other
//! side (the person received or met).

use super::agree::{Agreement, agrees_at};
use super::clause::{
    in_adverbial, in_relative_after, left_subject, relative_of_role, relative_of_thing,
    relative_on_trip, written_right_before,
};
use super::{EventFrame, Input};
use crate::engine::person::MentionKind;
use crate::engine::resources::{
    Class, CueKind, Form, Frame as FrameRule, FrameTraveller, Tag, TriggerKind,
};
use crate::engine::tokens::{TokKind, Token};

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

/// «محادثات مرتقبة في جنيف بين الولايات المتحدة وروسيا»، «لقاء بين ترامب
/// وكيم في سنغافورة»: a meeting noun whose own phrase (a few words with no
/// comma, person or other trigger) goes on with «بين» is a meeting of the
/// parties after «بين», and no one of the sentence or the context is its
/// traveller. The persons among the parties travel when the clause names
/// where (each one away from home there); a meeting between parties with no
/// place in the clause gives no leg. Returns the end of the parties.
fn between_parties(inp: &Input<'_>, f: &mut EventFrame, sd: &Side) -> Option<usize> {
    /// How far after the meeting noun «بين» may stand (لقاء مرتقب في جنيف
    /// غدا السبت بين).
    const BETWEEN_REACH: usize = 7;
    let t = f.trigger;
    if f.kind != Some(TriggerKind::Meet) || f.pronoun {
        return None;
    }
    let end = sd.clause_end.min(t + 1 + BETWEEN_REACH);
    let b = (t + 1..end)
        .take_while(|&k| {
            inp.people.mention_at(k).is_none()
                && inp.trigger_at(k).is_none()
                && inp.toks.get(k).is_some_and(|x| !x.is_comma())
        })
        .find(|&k| inp.res.is(Class::Between, inp.norm(k)))?;
    let parties: Vec<(usize, usize)> = inp
        .persons_in(b + 1, sd.clause_end)
        .iter()
        .map(|(st, p, _)| (*st, *p))
        .take(2)
        .collect();
    let placed = inp.places.iter().any(|p| {
        p.start > t
            && p.start < sd.clause_end
            && p.prep.as_deref().is_some_and(|w| inp.locative_prep(w))
    });
    if placed {
        for &(_, p) in &parties {
            if !f.travellers.contains(&p) {
                f.travellers.push(p);
            }
        }
    }
    f.needs_traveller = false;
    f.rules.push("FRM-MEET-BETWEEN");
    Some(
        parties
            .last()
            .map_or(b + 1, |&(st, _)| mention_end(inp, st)),
    )
}

/// A trip noun: the traveller is the person right after it (زيارة الرئيس
/// الإيراني; the one received after استقبال), or an attached pronoun's or
/// the context's; the people after a meeting noun were met.
fn noun_people(
    inp: &Input<'_>,
    fr: &FrameRule,
    f: &mut EventFrame,
    right: &Right,
    ungoverned: &[(usize, usize)],
    met: &[usize],
) -> usize {
    let t = f.trigger;
    let mut after = t + 1;
    let mut rest = ungoverned;
    let guest_after = ungoverned.first().filter(|(st, _)| *st <= t + 2).copied();
    if f.pronoun && fr.traveller == FrameTraveller::Object && guest_after.is_some() {
        // «لدى استقباله وزير الخارجية العماني»: the pronoun hosts, the
        // person right after is the guest who travelled.
        if let Some((st, p)) = guest_after {
            f.travellers.push(p);
            f.rules.push("FRM-NOUN-POSSESSOR");
            after = mention_end(inp, st);
            rest = &ungoverned[1..];
        }
    } else if f.pronoun {
        f.needs_traveller = true;
        f.rules.push("FRM-POSSESSIVE-PRONOUN");
    } else if f.definite {
        // No genitive after the article: the possessor comes with ل (الزيارة
        // الأولى لوزير الخارجية)، else from a verb or the context; the
        // people after it belong to the clause's verb (ويرافقه في هذه
        // الزيارة نائبه).
        rest = &[];
        let lam = right
            .iter()
            .find(|(st, _, g)| *st <= t + 3 && g.as_deref() == Some("\u{0644}"));
        if let Some(&(st, p, _)) = lam {
            push_role(inp, fr, f, p, true);
            f.rules.push("FRM-NOUN-POSSESSOR");
            after = mention_end(inp, st);
        } else {
            f.needs_traveller = true;
        }
    } else if let Some(&(st, p)) = ungoverned.first().filter(|(st, _)| *st <= t + 2) {
        if fr.traveller == FrameTraveller::Object {
            f.travellers.push(p);
        } else {
            push_role(inp, fr, f, p, true);
        }
        f.rules.push("FRM-NOUN-POSSESSOR");
        after = mention_end(inp, st);
        rest = &ungoverned[1..];
    } else if let Some(&(st, p, _)) = right.iter().find(|(st, _, g)| {
        matches!(f.kind, Some(TriggerKind::Visit | TriggerKind::Tour))
            && *st <= t + 2
            && g.as_deref() == Some("\u{0644}")
            && destination_after(inp, mention_end(inp, *st))
    }) {
        // «آخر زيارة للرئيس الإريتري إلى إثيوبيا»: the person after ل is
        // the traveller when the destination follows (else «زيارة للرئيس
        // الأسد» is a visit to him).
        push_role(inp, fr, f, p, true);
        f.rules.push("FRM-NOUN-POSSESSOR");
        after = mention_end(inp, st);
        rest = &[];
    } else if inp.res.is(Class::QuantityNoun, inp.norm(t + 1)) {
        // «وصول عدد من المقاتلين»: a number of people, no one traveller.
    } else if let Some(p) = relative_on_trip(inp, t) {
        push_role(inp, fr, f, p, true);
        f.rules.push("FRM-RELATIVE-ON-TRIP");
    } else {
        f.needs_traveller = true;
    }
    for (_, p) in rest {
        if !f.others.contains(p) && !f.travellers.contains(p) {
            f.others.push(*p);
        }
    }
    f.others
        .extend(met.iter().filter(|p| !f.travellers.contains(p)));
    after
}

/// The trigger word of `f` (without «و/ف») is a form its rule marks as a
/// verb only with a written subject (`!` in triggers.tsv).
fn needs_written_subject(inp: &Input<'_>, f: &EventFrame) -> bool {
    let Some(rule) = inp.res.rules.get(f.rule as usize) else {
        return false;
    };
    let norm = inp.norm(f.trigger);
    let bare = norm
        .strip_prefix(['\u{0648}', '\u{0641}'])
        .filter(|b| b.chars().count() >= 2);
    rule.needs_written_subject
        .iter()
        .any(|w| w == norm || bare.is_some_and(|b| b == w))
}

/// A verb: the subject written before it (a headline, «أن X سيزور», «X،
/// الذي وصل») or right after it (verb-subject order, with a coordinated
/// list), else in the verb itself (the context's); the rest are objects.
fn verb_people(
    inp: &Input<'_>,
    s: &std::ops::Range<usize>,
    fr: &FrameRule,
    f: &mut EventFrame,
    sd: &Side,
    ungoverned: &[(usize, usize)],
) -> usize {
    let t = f.trigger;
    let mut after = t + 1;
    // In verb-subject order the subject comes right after the verb: when the
    // first person after it is governed (التقى بالرئيس), the subject is in
    // the verb (implicit) and every person after it is an object. Unnamed
    // plural roles before a list (سبعة من الرؤساء والقادة العرب، بينهم …)
    // are no subject: the list after them is.
    let named = |p: usize| inp.people.persons.get(p).is_some_and(|x| x.named());
    let unnamed_first = sd.right.first().is_some_and(|(_, p, _)| !named(*p));
    let wide;
    let pool: &[(usize, usize, Option<String>)] = if unnamed_first {
        wide = inp.persons_in(t + 1, sd.clause_end);
        &wide
    } else {
        &sd.right
    };
    // «سيلتقي كلا من X و Y»: objects, the subject is in the verb.
    let objects_after = inp.res.is(Class::ObjectQuantifier, inp.norm(t + 1));
    // «يتوجه إلى ألمانيا للقاء المستشارة X»: a person right after a trip
    // or meeting noun without the article is that noun's genitive object,
    // not the verb's subject («يشارك في الاجتماع رئيس الكونغو» is).
    let after_noun_trigger = |st: usize| {
        st > t + 1
            && inp
                .trigger_at(st - 1)
                .is_some_and(|(_, form, _, _)| form == Form::Noun)
            && !inp.article_after_clitics(st - 1)
    };
    // «الزعيمين اللذين وصلا إلى المطار الرئيس …»: a verb inflected for two
    // or more has its subject in it (a subject after the verb leaves it
    // singular: وصل الملك والرئيس); a person after it is no subject.
    let plural_verb =
        f.agreement == Agreement::Plural && matches!(f.form, Some(Form::Perfect | Form::Imperfect));
    let first_free = match pool.iter().find(|(_, p, _)| named(*p)) {
        Some((st, p, None))
            if !plural_verb
                && !objects_after
                && !after_noun_trigger(*st)
                && !in_adverbial(inp, t, *st)
                && !in_relative_after(inp, t, *st) =>
        {
            Some((*st, *p))
        }
        _ => None,
    };
    // «ووصل وزير الخارجية، صباح الأحد، إلى قطر»: an unnamed office holder
    // right after the verb, governed by nothing, is its subject; the
    // traveller of the sentences before is not (a plural role before a
    // list, «سبعة من الرؤساء», does not stand right after the verb). A
    // name close after the title is its own (المبعوث الخاص للسودان السيد
    // فلان).
    let name_close = |st: usize| {
        let end = inp.people.mention_at(st).map_or(st + 1, |m| m.end);
        pool.iter()
            .any(|(b, q, _)| named(*q) && *b > st && *b <= end + 3)
    };
    let first_free = match sd.right.first() {
        Some((st, p, None))
            if unnamed_first && *st == t + 1 && !objects_after && !name_close(*st) =>
        {
            Some((*st, *p))
        }
        _ => first_free,
    };
    // A definite noun right after the verb is its subject (وصلت المساعدات،
    // وحل الأزمات): no person travels, whoever stands before.
    let noun_after = first_free.is_none_or(|(st, _)| st > t + 1) && definite_noun(inp, t + 1);
    // A subject written before its verb agrees with it in gender
    // («سائحة زارت»).
    let gendered = matches!(f.agreement, Agreement::Masculine | Agreement::Feminine);
    // «… إلى عمان، واستقبله العاهل الأردني»: a verb with «و» opens a clause
    // of its own, and the person right after it is its subject.
    let conj_verb = inp.lex.at(t).is_some_and(|m| m.clitics.conj)
        && f.form != Some(Form::Noun)
        && first_free.is_some_and(|(st, _)| st == t + 1);
    let left = if noun_after || conj_verb {
        None
    } else {
        left_subject(inp, s, t).filter(|&p| !gendered || agrees_at(f.agreement, inp.people, p))
    };
    // «حل» is a verb only with its subject right after it (`!` in
    // triggers.tsv); else it is the noun «حل» (solution): no traveller.
    // Right before it, or through «الذي/قد/كان» and a comma («أردوغان الذي
    // حلّ بالدوحة»).
    let left_adjacent = left.is_some_and(|p| written_right_before(inp, s, t, p));
    if !left_adjacent
        && needs_written_subject(inp, f)
        && first_free.is_none_or(|(st, _)| st > t + 2)
    {
        f.rules.push("FRM-NOUN-HOMOGRAPH");
        return after;
    }
    match (left, first_free) {
        (Some(p), _) => {
            push_role(inp, fr, f, p, true);
            f.rules.push("FRM-SUBJECT-BEFORE");
            for (_, q) in ungoverned {
                push_role(inp, fr, f, *q, false);
            }
        }
        (None, Some((st, p))) => {
            push_role(inp, fr, f, p, true);
            f.rules.push("FRM-SUBJECT-AFTER");
            after = coordinated(inp, fr, f, st, sd.clause_end);
        }
        (None, None) => {
            if fr.traveller != FrameTraveller::None
                && !noun_subject(inp, s, t, fr.kind)
                && (f.pronoun || !relative_of_thing(inp, s, t))
                && !relative_of_role(inp, s, t)
            {
                f.needs_traveller = true;
                f.rules.push("FRM-IMPLICIT-SUBJECT");
            }
            for (_, q) in ungoverned {
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
    f.others.extend(sd.met.iter().copied());
    after
}

/// The subject at `st` and the items coordinated with it (وصل الملك عبدالله
/// والرئيس بشار الأسد; a list may run past the reach: رؤساء: جيبوتي فلان،
/// وزامبيا فلان …); the other persons of the clause are objects. Returns the
/// end of the subject list.
fn coordinated(
    inp: &Input<'_>,
    fr: &FrameRule,
    f: &mut EventFrame,
    st: usize,
    clause_end: usize,
) -> usize {
    let t = f.trigger;
    let mut prev_end = mention_end(inp, st);
    let mut after = prev_end;
    let listed: Vec<(usize, usize)> = inp
        .persons_in(t + 1, clause_end)
        .into_iter()
        .filter(|(_, _, g)| g.is_none())
        .map(|(st, p, _)| (st, p))
        .collect();
    for (st2, q) in listed.iter().filter(|(st2, _)| *st2 > st) {
        // The next item of the list: after a comma or و, with no verb
        // between (X ممثلا عن الرئيس، وأسعد بن طارق …).
        let next = inp.people.mention_at(*st2).is_some_and(|m| {
            ((m.conj
                && (m.start <= prev_end + 1
                    || inp.toks.get(m.start - 1).is_some_and(|p| p.is_comma())))
                || country_item(inp, prev_end, m.start))
                && !(prev_end..m.start).any(|x| inp.is_verb_trigger(x))
        });
        if next && fr.traveller == FrameTraveller::Subject {
            push_role(inp, fr, f, *q, true);
            prev_end = mention_end(inp, *st2);
            after = prev_end;
        } else {
            push_role(inp, fr, f, *q, false);
        }
    }
    after
}

/// «الأردن: الملك عبدالله الثاني، مصر: الرئيس السيسي»: between the end of
/// one item and the next there are only a comma, a place and a colon: a
/// list of delegations by country.
/// An item's own role or the rest of its name may stand between them
/// («السودان: السفير X، المبعوث الخاص لرئيس مجلس السيادة، جزر القمر: Y»).
fn country_item(inp: &Input<'_>, prev_end: usize, start: usize) -> bool {
    let comma = |x: usize| inp.toks.get(x).is_some_and(Token::is_comma);
    let Some(colon) = start
        .checked_sub(1)
        .filter(|&c| c >= prev_end && inp.toks.get(c).is_some_and(|t| t.is_punct(':')))
    else {
        return false;
    };
    // The country before the colon, and the comma before it.
    let mut c = colon;
    while c > prev_end && inp.in_place(c - 1) {
        c -= 1;
    }
    c < colon
        && c > prev_end
        && comma(c - 1)
        && c - prev_end <= 16
        && !(prev_end..c).any(|x| inp.is_verb_trigger(x) || inp.clause_break(x))
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

/// Token `i` is a definite noun that is no person, place, time or phrase
/// of the resources (المساعدات، الأزمات).
pub(super) fn definite_noun(inp: &Input<'_>, i: usize) -> bool {
    let Some(tok) = inp.toks.get(i) else {
        return false;
    };
    tok.kind == TokKind::Word
        && inp.people.mention_at(i).is_none()
        && inp.lex.covering(i).is_none()
        && !inp.in_place(i)
        && tok.norm.starts_with(inp.res.words.one(Class::Article))
        && tok.norm.chars().count() >= 4
        && !inp.res.is(Class::Preposition, &tok.norm)
        && !inp.res.is(Class::ClauseBreak, &tok.norm)
}

/// The verb at `t` has a subject that is no person: a definite noun or a
/// place right after it (وصلت المساعدات، تستضيف القاهرة) or right before it
/// (أن الجيش سيصل). A delegation (الوفد) is such a subject too: its members
/// are named by the delegation cues.
pub(super) fn noun_subject(
    inp: &Input<'_>,
    s: &std::ops::Range<usize>,
    t: usize,
    kind: TriggerKind,
) -> bool {
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
        // «وصل 500 شخص»: a number of people.
        if tok.kind == TokKind::Num {
            return true;
        }
        if tok.kind != TokKind::Word || inp.people.mention_at(i).is_some() {
            return false;
        }
        if inp.places.iter().any(|p| p.start == i && p.prep.is_none()) {
            return place_subject;
        }
        // A team, a mission or a group of officials (يشارك المنتخب، وصلت
        // بعثة، يجتمع وزراء الخارجية).
        if inp.res.is(Class::Sport, &tok.norm)
            || inp.res.is(Class::Delegation, &tok.norm)
            || inp.res.is(Class::PluralTitle, &tok.norm)
            || inp.res.is(Class::QuantityNoun, &tok.norm)
        {
            return true;
        }
        if inp.lex.at(i).is_some() || inp.lex.covering(i).is_some() {
            return false;
        }
        // «إلى» is written like a word with the article (الي).
        let function =
            inp.res.is(Class::Preposition, &tok.norm) || inp.res.is(Class::ClauseBreak, &tok.norm);
        !function && tok.norm.starts_with(article) && tok.norm.chars().count() >= 4
            || inp.res.is(Class::Delegation, &tok.norm)
    };
    let after_that =
        t >= s.start + 2 && inp.res.is(Class::Complementizer, inp.norm(t - 2)) || t == s.start + 1;
    // The subject may follow a time (وتعقد اليوم الخميس مصر وقطر …).
    let mut r = t + 1;
    while r < s.end
        && (inp.res.is(Class::Adverb, inp.norm(r))
            || inp.lex.covering(r).is_some_and(|m| {
                m.tags
                    .iter()
                    .all(|x| matches!(x, Tag::Relative(_) | Tag::Weekday(_) | Tag::Time(_)))
            }))
    {
        r += 1;
    }
    // «وفد من صندوق النقد الدولي يؤدي»، «ممثل كرة القدم التونسية يتحول»: a
    // delegation, a team or a number of people a few words before the
    // verb, with no person or clause break between.
    let group_before = (t.saturating_sub(6).max(s.start)..t)
        .rev()
        .take_while(|&k| {
            inp.people.mention_at(k).is_none()
                && inp.toks.get(k).is_some_and(|x| x.kind == TokKind::Word)
                && !inp.clause_break(k)
        })
        .any(|k| {
            let n = inp.norm(k);
            inp.res.is(Class::Delegation, n)
                || inp.res.is(Class::Sport, n)
                || inp.res.is(Class::QuantityNoun, n)
                || inp.res.is(Class::PluralTitle, n)
        });
    // «سائحة بريطانية زارت»: an unlisted noun and its nationality right
    // before the verb.
    let noun_demonym = t >= s.start + 2
        && inp
            .lex
            .tag_at(t - 1, |x| matches!(x, Tag::Demonym(_)))
            .is_some()
        && inp.toks.get(t - 2).is_some_and(|x| {
            x.kind == TokKind::Word
                && inp.lex.covering(t - 2).is_none()
                && inp.people.mention_at(t - 2).is_none()
                && !x.norm.starts_with(article)
        });
    (r < s.end && nominal(r))
        || (t > s.start && after_that && nominal(t - 1))
        || noun_demonym
        || group_before
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

/// A place with a preposition of destination (إلى، ل: those of the `go`
/// frame) starts at token `e` or the one after it.
fn destination_after(inp: &Input<'_>, e: usize) -> bool {
    let Some(go) = inp.res.frame(TriggerKind::Go) else {
        return false;
    };
    inp.places.iter().any(|pl| {
        (pl.start == e || pl.start == e + 1) && pl.prep.as_deref().is_some_and(|p| go.is_prep(p))
    })
}

pub(super) fn mention_end(inp: &Input<'_>, start: usize) -> usize {
    inp.people.mention_at(start).map_or(start + 1, |m| m.end)
}
