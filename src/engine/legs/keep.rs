//! Which merged legs stand: a traveller only inferred needs a stated leg
//! close by (LEG-ANCHOR), a meeting with no place implies none
//! (LEG-UNPLACED-MEETING), a leg another contradicts goes, and an official
//! of unknown country needs a movement told.

use super::Leg;
use crate::engine::people::People;
use crate::engine::resources::{Resources, TriggerKind};

/// The rules that find a traveller by inference alone: a verb with no
/// subject (FRM-IMPLICIT-SUBJECT) resolved to the person in focus of the
/// sentences before (DSC-TOPIC).
const INFERRED_TRAVELLER: [&str; 2] = ["FRM-IMPLICIT-SUBJECT", "DSC-TOPIC"];

/// The rules that read a traveller from the words of the clause.
const STATED_TRAVELLER: [&str; 8] = [
    "FRM-SUBJECT-AFTER",
    "DSC-FRONTED-SUBJECT",
    "FRM-SUBJECT-BEFORE",
    "FRM-NOUN-POSSESSOR",
    "DSC-CLAUSE-SUBJECT",
    "LEG-COMPANION",
    "FRM-DELEGATION",
    "DSC-MET-AT-HOME",
];

/// How far (in sentences) the stated leg that anchors an inferred one may
/// be.
const ANCHOR_SENTENCES: usize = 2;

/// LEG-ANCHOR: a leg whose traveller was only inferred (no subject in its
/// clause, the person in focus taken instead) stands when the article tells
/// a trip of that traveller in so many words close by: another leg of
/// theirs whose traveller is stated, at most two sentences away («وصل X
/// إلى دمشق. ثم توجه إلى عمان»). Alone, such a leg is most often someone
/// else's trip or a statement about one (measured in the wild audit: 1
/// right of 15); anchored only farther away, none right of 8 judged rows.
/// Returns the legs kept and the dropped ones.
pub fn anchored(legs: Vec<Leg>) -> (Vec<Leg>, Vec<Leg>) {
    let has = |l: &Leg, set: &[&str]| l.rules.iter().any(|r| set.contains(&r.as_str()));
    // A trip noun with a pronoun (زيارتها إلى القاهرة) states a trip; only
    // whose it is was inferred.
    let inferred_only = |l: &Leg| {
        has(l, &INFERRED_TRAVELLER)
            && !has(l, &STATED_TRAVELLER)
            && !has(l, &["FRM-POSSESSIVE-PRONOUN"])
    };
    let first = |l: &Leg| l.sentences.iter().min().copied().unwrap_or(0);
    let stated: Vec<(usize, usize)> = legs
        .iter()
        .filter(|l| !inferred_only(l))
        .map(|l| (l.traveller, first(l)))
        .collect();
    legs.into_iter().partition(|l| {
        !inferred_only(l)
            || stated
                .iter()
                .any(|&(t, s)| t == l.traveller && s.abs_diff(first(l)) <= ANCHOR_SENTENCES)
    })
}

/// LEG-UNPLACED-MEETING: a leg made only of meetings with no place and no
/// day (لقاءاته مع ماكرون، التقى ظريف غوتيريش), put in the host's country,
/// implies no place (guide rule 8). A reception (استقبل السيسي نظيره)
/// still does, and so does a meeting told with a day or beside a stated
/// stay in that country. Measured in the wild audit: most such legs were
/// held elsewhere.
pub fn unplaced_meeting(l: &Leg) -> bool {
    // A day known only from a weekday or «أمس/اليوم» and the publication date
    // is no more a stated meeting than no day at all (a page that carries
    // its date resolves every «الأربعاء»); the story's lead date is.
    let weak_day = matches!(
        l.when,
        Some(super::dates::When::Weekday(..) | super::dates::When::Relative(_))
    ) && !l.rules.iter().any(|r| r == "DSC-LEAD-DATE");
    l.implied
        && (l.date.is_none() || weak_day)
        && l.rules.iter().any(|r| r == "MEET")
        && !l.rules.iter().any(|r| r == "HOST")
}

/// Drops a leg implied by a meeting with no place (A met B: A in B's
/// country) that another leg contradicts: B is reported in A's country
/// with A as counterpart.
pub fn drop_contradicted(legs: Vec<Leg>, home_of: impl Fn(usize) -> Option<String>) -> Vec<Leg> {
    let contradicted: Vec<bool> = legs
        .iter()
        .map(|l| {
            l.implied
                && legs.iter().any(|m| {
                    !m.implied
                        && m.traveller != l.traveller
                        && m.counterparts.contains(&l.traveller)
                        && home_of(l.traveller).as_deref() == Some(m.iso.as_str())
                })
        })
        .collect();
    legs.into_iter()
        .zip(contradicted)
        .filter(|(_, c)| !c)
        .map(|(l, _)| l)
        .collect()
}

/// A leg of an official of unknown country (a bare «رئيس الحكومة», how a
/// paper names its own) stands only when the article tells a movement
/// (a visit, an arrival, a departure, a tour): a meeting or an event alone
/// is most often that official at home.
pub fn moved_or_known(res: &Resources, people: &People, l: &Leg) -> bool {
    let known = people
        .persons
        .get(l.traveller)
        .is_none_or(|p| p.country.is_some() || p.official.is_some());
    // Companions and members of a delegation travel with someone.
    let with_someone = l
        .rules
        .iter()
        .any(|id| id == "LEG-COMPANION" || id == "FRM-DELEGATION");
    known
        || with_someone
        || l.rules.iter().any(|id| {
            res.rules.iter().any(|r| {
                &r.id == id
                    && matches!(
                        r.kind,
                        TriggerKind::Visit
                            | TriggerKind::Arrive
                            | TriggerKind::Go
                            | TriggerKind::Tour
                            | TriggerKind::Leave
                            | TriggerKind::Stop
                    )
            })
        })
}
