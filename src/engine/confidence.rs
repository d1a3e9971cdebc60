//! Stage 9 of the cascade: what a leg's confidence means. A leg scores
//! evidence points from how it was read (its traveller named in the clause
//! or taken from the context, a city, a day, several sentences, a place
//! only implied); its confidence is the share of legs with those points
//! that were right on the annotated corpora (`assets/rules/confidence.tsv`,
//! measured by `tools/calibrate.py`).

use super::legs::Leg;
use super::resources::Resources;

/// The stage rules that name the traveller in the frame's own clause.
const IN_CLAUSE: [&str; 4] = [
    "FRM-SUBJECT-AFTER",
    "FRM-SUBJECT-BEFORE",
    "FRM-NOUN-POSSESSOR",
    "FRM-DELEGATION",
];

/// The evidence points of leg `l`, 0 ..= 5.
pub fn points(l: &Leg) -> u8 {
    let has = |id: &str| l.rules.iter().any(|r| r == id);
    let mut p: i8 = if has("LEG-COMPANION") {
        0
    } else if IN_CLAUSE.iter().any(|id| has(id)) {
        2
    } else {
        1
    };
    p += i8::from(l.city.is_some());
    p += i8::from(l.date.is_some());
    p += i8::from(l.sentences.len() > 1);
    p -= i8::from(l.implied);
    u8::try_from(p.clamp(0, 5)).unwrap_or(0)
}

/// The confidence of a leg with `points`: the measured share of legs with
/// those points that were right, two decimals.
pub fn of_points(res: &Resources, points: u8) -> f32 {
    let c = res
        .confidence
        .iter()
        .find(|(p, _)| *p == points)
        .map_or(0.5, |(_, c)| *c);
    (c * 100.0).round() / 100.0
}
