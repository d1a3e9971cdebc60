//! The people slots of a verb: its subject after or before it, the
//! items coordinated with it, or a subject that is no person (وصلت
//! المساعدات).

use super::super::agree::{Agreement, agrees_at};
use super::super::clause::{
    in_adverbial, in_relative_after, left_subject, relative_of_role, relative_of_thing,
    written_right_before,
};
use super::super::{EventFrame, Input};
use super::{Side, mention_end, push_role};
use crate::engine::resources::{Class, Form, Frame as FrameRule, FrameTraveller, Tag, TriggerKind};
use crate::engine::tokens::{TokKind, Token};

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
pub(super) fn verb_people(
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

/// Token `i` is a definite noun that is no person, place, time or phrase
/// of the resources (المساعدات، الأزمات).
fn definite_noun(inp: &Input<'_>, i: usize) -> bool {
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
