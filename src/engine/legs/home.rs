//! Home: the country an article is about (`home_guess`, `weak_home`), and
//! whether a traveller's place is away from their own (`away_from_home`).

use super::{Input, Slot};
use crate::engine::frames::EventFrame;
use crate::engine::place::PlaceRef;
use crate::engine::resources::{Resources, TriggerKind};

/// The home of person `p` (their country, the delegation's, for a
/// companion the traveller's), when the place of `slot` is away from it;
/// `None` when it is no trip (at home, at their own posting).
#[expect(
    clippy::option_option,
    reason = "no trip, or a trip by a person of unknown home"
)]
pub(super) fn away_from_home(
    inp: &Input<'_>,
    f: &EventFrame,
    p: usize,
    principal: bool,
    slot: &Slot,
) -> Option<Option<String>> {
    let person = inp.people.persons.get(p)?;
    let (iso, city, _, implied, region) = slot;
    let home = person
        .country
        .clone()
        .or_else(|| {
            (!principal)
                .then(|| {
                    f.travellers
                        .first()
                        .and_then(|&t| inp.country_of(t))
                        .map(str::to_owned)
                })
                .flatten()
        })
        .or_else(|| f.delegation_country.clone());
    // An official of an organization works in the country of its seat.
    let seat = home
        .as_deref()
        .and_then(|h| inp.res.orgs.iter().find(|o| o.key == h))
        .map(|o| o.seat.as_str());
    match &home {
        Some(h) if h == iso || seat == Some(iso.as_str()) => return None,
        None if inp.home.as_deref() == Some(iso.as_str()) => return None,
        // A meeting or an event in the country the article names most,
        // with no movement told: an official of unknown country at home.
        None if inp.weak_home.as_deref() == Some(iso.as_str())
            && matches!(
                f.kind,
                Some(TriggerKind::Meet | TriggerKind::Attend | TriggerKind::Host)
            ) =>
        {
            return None;
        }
        None => {
            // A person of no known country is most often an official of the
            // paper's own country (a bare «وزير الداخلية»): a leg is kept
            // only for a trip to a country or its capital named as such, not
            // to a province or town, nor a reception at home.
            let local = city
                .and_then(|c| inp.res.cities.get(c as usize))
                .is_some_and(|c| !c.capital);
            if local || *region || *implied || f.kind == Some(TriggerKind::Host) {
                return None;
            }
        }
        _ => {}
    }
    if person.station.as_deref() == Some(iso.as_str()) {
        return None;
    }
    Some(home)
}

/// The country most of the article's places are in: cities and provinces
/// weigh more than country names (a story set at home names its towns).
/// `None` unless it clearly leads.
pub fn home_guess(places: &[PlaceRef], res: &Resources) -> Option<String> {
    let mut w: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    for p in places.iter().filter(|p| !p.iso.is_empty()) {
        let capital = p
            .city
            .and_then(|c| res.cities.get(c as usize))
            .is_some_and(|c| c.capital);
        // Provinces and towns are what a story at home names; capitals and
        // country names are as common in foreign news.
        let weight = match (p.city, p.rule) {
            (_, "PLC-CITY-WORD") => 6,
            (Some(_), _) if !capital => 4,
            _ => 1,
        };
        *w.entry(p.iso.as_str()).or_default() += weight;
    }
    let mut v: Vec<(&str, u32)> = w.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    match v.as_slice() {
        [(iso, a), (_, b), ..] if *a >= 8 && *a >= *b * 2 => Some((*iso).to_owned()),
        [(iso, a)] if *a >= 8 => Some((*iso).to_owned()),
        _ => None,
    }
}

/// The country the article names most often (two mentions at least, more
/// than any other): a paper names its own officials with a bare title
/// («وزير المالية») and its own country most, so an official of unknown
/// country is taken to be at home there.
pub fn weak_home(places: &[PlaceRef]) -> Option<String> {
    let mut w: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    for p in places.iter().filter(|p| !p.iso.is_empty()) {
        *w.entry(p.iso.as_str()).or_default() += 1;
    }
    let mut v: Vec<(&str, u32)> = w.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    match v.as_slice() {
        [(iso, a), (_, b), ..] if *a >= 2 && a > b => Some((*iso).to_owned()),
        [(iso, a)] if *a >= 2 => Some((*iso).to_owned()),
        _ => None,
    }
}
