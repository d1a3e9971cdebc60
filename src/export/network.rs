//! Who met whom: the people of a timeline as a directed graph, written as
//! GEXF (`gexf.rs`, Gephi) and GraphML (`graphml.rs`, Gephi, yEd, networkx,
//! Maltego).
//!
//! A node per person (visitors and counterparts, one per name: the English
//! name when known, else the Arabic), an edge per pair that met (visitor →
//! counterpart, `met`) and per traveller and companion on one leg
//! (traveller → companion, `companion`), with the number of legs, the first
//! and last date, the places and the leg ids.

use super::fields::{clean_line, fnv1a, place_en, unique_leg_ids};
use crate::calendar::edtf_days;
use crate::model::{Person, Visit};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// The rule a companion's leg carries (`assets/rules/stages.tsv`).
const COMPANION_RULE: &str = "LEG-COMPANION";

/// A person of the network, its text one-line clean (see [`clean_line`]).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Node {
    /// `p-` + 16 hex digits of the person's key: stable across exports.
    pub id: String,
    /// The English name, else the Arabic one.
    pub label: String,
    pub name_ar: String,
    pub name_en: Option<String>,
    pub role: Option<String>,
    pub country: Option<String>,
}

/// What an edge stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum EdgeKind {
    /// The visitor (source) met the counterpart (target).
    Met,
    /// The companion (target) travelled with the traveller (source).
    Companion,
}

impl EdgeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Met => "met",
            EdgeKind::Companion => "companion",
        }
    }
}

/// The legs one pair shares, of one kind.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Edge {
    /// Indices into [`Network::nodes`].
    pub source: usize,
    pub target: usize,
    pub kind: EdgeKind,
    /// How many legs: meetings for `met`.
    pub legs: Vec<String>,
    /// The earliest and latest date of those legs, as precise as the text
    /// (EDTF: `2024-02-07`, `2020-02`, `2008`); `None` when no leg is dated.
    pub first: Option<String>,
    pub last: Option<String>,
    /// English place names, each once, in timeline order.
    pub places: Vec<String>,
    /// The days `first` and `last` stand for (first day of `first`, last of
    /// `last`), to compare the next leg with.
    span: Option<(NaiveDate, NaiveDate)>,
}

/// The graph of a timeline.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Network {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

/// The key a person is one node by: English name if known, else Arabic.
fn person_key(p: &Person) -> String {
    match &p.name_en {
        Some(n) if !n.trim().is_empty() => clean_line(n),
        _ => clean_line(&p.name_ar),
    }
}

fn clean_opt(s: &Option<String>) -> Option<String> {
    s.as_deref().map(clean_line).filter(|s| !s.is_empty())
}

/// A leg's date as EDTF with the days it covers: its day, else its
/// `date_edtf` (the bounds of a span written separately).
fn leg_time(v: &Visit) -> Option<(String, String, NaiveDate, NaiveDate)> {
    if let Some(d) = v.date
        && v.date_edtf.as_deref().is_none_or(|e| !e.contains('/'))
    {
        return Some((d.to_string(), d.to_string(), d, d));
    }
    let edtf = clean_line(v.date_edtf.as_deref()?);
    let (a, b) = edtf_days(&edtf)?;
    let (lo, hi) = edtf
        .split_once('/')
        .map_or((edtf.clone(), edtf.clone()), |(x, y)| {
            (x.to_owned(), y.to_owned())
        });
    Some((lo, hi, a, b))
}

impl Network {
    /// The network of `visits` (a timeline, in its order).
    pub fn of(visits: &[Visit]) -> Network {
        let ids = unique_leg_ids(visits);
        let mut net = Network::default();
        let mut nodes: HashMap<String, usize> = HashMap::new();
        let mut edges: HashMap<(usize, usize, EdgeKind), usize> = HashMap::new();
        for (i, v) in visits.iter().enumerate() {
            let from = net.node(&mut nodes, &v.visitor);
            for c in &v.counterparts {
                let to = net.node(&mut nodes, c);
                if to != from {
                    net.add(&mut edges, (from, to, EdgeKind::Met), v, &ids[i]);
                }
            }
            if v.rules.iter().any(|r| r == COMPANION_RULE)
                && let Some(lead) = traveller_of(visits, i)
            {
                let lead = net.node(&mut nodes, &visits[lead].visitor);
                if lead != from {
                    net.add(&mut edges, (lead, from, EdgeKind::Companion), v, &ids[i]);
                }
            }
        }
        net
    }

    /// The node of `p`, added the first time; a later mention fills in
    /// what the first one lacked (English name, role, country).
    fn node(&mut self, index: &mut HashMap<String, usize>, p: &Person) -> usize {
        let key = person_key(p);
        match index.entry(key) {
            Entry::Occupied(e) => {
                let n = &mut self.nodes[*e.get()];
                n.name_en = n.name_en.take().or_else(|| clean_opt(&p.name_en));
                n.role = n.role.take().or_else(|| clean_opt(&p.role));
                n.country = n.country.take().or_else(|| clean_opt(&p.country));
                *e.get()
            }
            Entry::Vacant(e) => {
                let id = format!("p-{:016x}", fnv1a(e.key().as_bytes()));
                self.nodes.push(Node {
                    id,
                    label: e.key().clone(),
                    name_ar: clean_line(&p.name_ar),
                    name_en: clean_opt(&p.name_en),
                    role: clean_opt(&p.role),
                    country: clean_opt(&p.country),
                });
                *e.insert(self.nodes.len() - 1)
            }
        }
    }

    /// Counts leg `v` (id `leg`) on the edge `key`, made the first time.
    fn add(
        &mut self,
        index: &mut HashMap<(usize, usize, EdgeKind), usize>,
        key: (usize, usize, EdgeKind),
        v: &Visit,
        leg: &str,
    ) {
        let k = *index.entry(key).or_insert_with(|| {
            self.edges.push(Edge {
                source: key.0,
                target: key.1,
                kind: key.2,
                legs: Vec::new(),
                first: None,
                last: None,
                places: Vec::new(),
                span: None,
            });
            self.edges.len() - 1
        });
        let e = &mut self.edges[k];
        if e.legs.iter().any(|l| l == leg) {
            return;
        }
        e.legs.push(leg.to_owned());
        let place = place_en(v);
        if !e.places.contains(&place) {
            e.places.push(place);
        }
        if let Some((lo, hi, a, b)) = leg_time(v) {
            let (first, last) = e.span.unwrap_or((a, b));
            if e.span.is_none() || a < first {
                e.first = Some(lo);
            }
            if e.span.is_none() || b > last {
                e.last = Some(hi);
            }
            e.span = Some((first.min(a), last.max(b)));
        }
    }
}

/// The leg of the traveller a companion's leg `i` goes with: another leg
/// that is not a companion's, in the same country, from the same sentence.
fn traveller_of(visits: &[Visit], i: usize) -> Option<usize> {
    let c = &visits[i];
    visits.iter().enumerate().find_map(|(j, v)| {
        let same = j != i
            && !v.rules.iter().any(|r| r == COMPANION_RULE)
            && v.place.country == c.place.country
            && v.evidence.iter().any(|e| {
                c.evidence
                    .iter()
                    .any(|f| f.path == e.path && f.start == e.start)
            });
        same.then_some(j)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, Place, Status};

    fn person(en: &str, country: &str) -> Person {
        Person {
            name_ar: format!("ar {en}"),
            name_en: Some(en.to_owned()),
            role: None,
            country: Some(country.to_owned()),
        }
    }

    fn leg(who: &str, met: &[&str], date: Option<&str>, edtf: Option<&str>) -> Visit {
        Visit {
            visitor: person(who, "US"),
            place: Place {
                country: "EG".into(),
                city: Some("Cairo".into()),
                name_ar: "القاهرة".into(),
                ..Place::default()
            },
            date: date.and_then(|d| d.parse().ok()),
            date_text: None,
            date_edtf: edtf.map(str::to_owned),
            date_hijri: None,
            status: Status::Occurred,
            counterparts: met.iter().map(|m| person(m, "EG")).collect(),
            trip: None,
            evidence: vec![Evidence {
                path: "a.txt".into(),
                start: 0,
                end: 9,
                text: format!("{who} {date:?} {edtf:?}"),
            }],
            confidence: 0.9,
            rules: vec![],
        }
    }

    #[test]
    fn meetings_count_per_pair_with_first_and_last_date() {
        let mut visits = vec![
            leg("Blinken", &["Sisi"], Some("2024-06-10"), None),
            leg("Blinken", &["Sisi", "Kamel"], None, Some("2020-02")),
            leg(
                "Blinken",
                &["Sisi", "Blinken"],
                Some("2024-01-07"),
                Some("2024-01-07/2024-01-11"),
            ),
        ];
        visits[2].evidence[0].start = 50;
        let net = Network::of(&visits);
        let labels: Vec<&str> = net.nodes.iter().map(|n| n.label.as_str()).collect();
        assert_eq!(labels, ["Blinken", "Sisi", "Kamel"]);
        assert_eq!(net.edges.len(), 2, "no self-loop");
        let sisi = &net.edges[0];
        assert_eq!((sisi.source, sisi.target, sisi.kind), (0, 1, EdgeKind::Met));
        assert_eq!(sisi.legs.len(), 3);
        assert_eq!(sisi.first.as_deref(), Some("2020-02"));
        assert_eq!(sisi.last.as_deref(), Some("2024-06-10"));
        assert_eq!(sisi.places, ["Cairo"]);
        assert_eq!(net.edges[1].first.as_deref(), Some("2020-02"));
    }

    #[test]
    fn a_companion_is_an_edge_from_the_traveller() {
        let lead = leg("Blinken", &["Sisi"], Some("2024-06-10"), None);
        let mut with = leg("Sullivan", &["Sisi"], Some("2024-06-10"), None);
        with.evidence = lead.evidence.clone();
        with.rules.push(COMPANION_RULE.into());
        let net = Network::of(&[lead, with]);
        let kinds: Vec<(usize, usize, &str)> = net
            .edges
            .iter()
            .map(|e| (e.source, e.target, e.kind.as_str()))
            .collect();
        assert_eq!(kinds, [(0, 1, "met"), (2, 1, "met"), (0, 2, "companion")]);
    }
}
