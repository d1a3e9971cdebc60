//! The place of a meeting with no named place: the host's country (who
//! hosts, by nationality, the article's country, the traveller in focus or
//! rank of office), and who travelled there.

use super::{Input, Slot};
use crate::engine::frames::EventFrame;
use crate::engine::resources::{Form, TriggerKind};

/// A meeting with no named place was at home for its host: the host's
/// country, and who travelled there. The host is the other side of the
/// meeting; when the traveller in focus is among the people met (عقد ولي
/// العهد اجتماعا مع بلينكن), the one who received him hosts.
pub(super) fn host_country(
    inp: &Input<'_>,
    f: &EventFrame,
    kind: TriggerKind,
) -> Option<(Slot, Vec<usize>)> {
    let participants: Vec<usize> = f
        .travellers
        .iter()
        .chain(f.others.iter())
        .copied()
        .collect();
    let visiting = f.topic.filter(|t| participants.contains(t));
    // A participant of the country the article is about hosts.
    let local = participants
        .iter()
        .copied()
        .find(|&p| inp.home.is_some() && inp.country_of(p) == inp.home.as_deref());
    // «وسيزور الرئيس المكسيكي ترامب»: the person visited hosts, and the
    // subject, not the traveller in focus, travels.
    // Only a person named as the verb's object: the one other person,
    // named close after the verb (not companions: «زار …، يرافقه الرئيس
    // الصربي ورئيس الوزراء الإسرائيلي»).
    let object = match f.others.as_slice() {
        [o] => inp
            .people
            .mentions
            .iter()
            .any(|m| m.person == *o && m.start > f.trigger && m.start <= f.trigger + 8),
        _ => false,
    };
    let visited = kind == TriggerKind::Visit
        && f.form != Some(Form::Noun)
        && !f.travellers.is_empty()
        && object;
    let visiting = if visited { None } else { visiting };
    let host = match (local, visiting) {
        // استقبل: the subject hosts.
        _ if kind == TriggerKind::Host || visited => f
            .others
            .iter()
            .copied()
            .find(|&p| iso_country(inp.country_of(p))),
        (Some(h), _) => Some(h),
        (None, Some(v)) => participants
            .iter()
            .copied()
            .find(|&p| p != v && iso_country(inp.country_of(p))),
        (None, None) => likely_host(inp, &participants),
    }?;
    let c = inp.country_of(host)?;
    let travellers = if visited {
        f.travellers
            .iter()
            .copied()
            .filter(|&p| p != host)
            .collect()
    } else if let Some(v) = visiting.filter(|&v| v != host) {
        vec![v]
    } else {
        participants
            .iter()
            .copied()
            .filter(|&p| p != host)
            .collect()
    };
    let name = inp
        .res
        .country(c)
        .map(|x| x.name_ar.clone())
        .unwrap_or_default();
    Some(((c.to_owned(), None, name, true, false), travellers))
}

/// With no participant of the article's country and no traveller in
/// focus: an official named without nationality (the paper's own), else
/// the highest office (a minister visits a president).
fn likely_host(inp: &Input<'_>, participants: &[usize]) -> Option<usize> {
    let known: Vec<usize> = participants
        .iter()
        .copied()
        .filter(|&p| iso_country(inp.country_of(p)))
        .collect();
    let bare_title = |p: usize| inp.people.persons.get(p).and_then(|x| x.bare_title);
    let bare = known.iter().copied().find(|&p| {
        bare_title(p) == Some(true)
            && known
                .iter()
                .any(|&q| q != p && bare_title(q) == Some(false))
    });
    bare.or_else(|| {
        known.iter().copied().max_by_key(|&p| {
            (
                rank(inp, p),
                std::cmp::Reverse(participants.iter().position(|&x| x == p)),
            )
        })
    })
}

/// How high the office of person `p` is: heads of state 4, heads of
/// government and crown princes 3, ministers, speakers and heads of
/// organizations 2, other offices 1.
fn rank(inp: &Input<'_>, p: usize) -> u8 {
    let Some(per) = inp.people.persons.get(p) else {
        return 0;
    };
    let offices = per
        .titles
        .iter()
        .filter_map(|t| inp.res.titles.get(*t as usize))
        .map(|t| t.office.as_str())
        .chain(
            per.official
                .and_then(|o| inp.res.officials.get(o as usize))
                .map(|o| o.office.as_str()),
        );
    offices
        .map(|o| match o {
            "president" | "king" | "emir" | "sultan" | "pope" => 4,
            "prime-minister" | "crown-prince" | "vice-president" => 3,
            "other" | "adviser" | "legislator" | "governor" | "ambassador" | "envoy" | "" => 1,
            _ => 2,
        })
        .max()
        .unwrap_or(0)
}

fn iso_country(c: Option<&str>) -> bool {
    c.is_some_and(|c| c.len() == 2 && c.chars().all(|c| c.is_ascii_uppercase()))
}
