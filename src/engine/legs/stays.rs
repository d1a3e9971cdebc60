//! The legs of one stay found by several frames merged into one (same
//! traveller and country, compatible city and day).

use super::Leg;
use crate::engine::dates::When;
use crate::model::Status;

/// Merges legs of one visit: same traveller and country, compatible city
/// and day, both earlier or both not (unless the same day is pinned).
pub fn merge(legs: Vec<Leg>) -> Vec<Leg> {
    let mut out: Vec<Leg> = Vec::new();
    for l in legs {
        let found = out.iter().position(|o| {
            o.traveller == l.traveller
                && o.iso == l.iso
                && (o.city.is_none() || l.city.is_none() || o.city == l.city)
                && (o.date.is_none() || l.date.is_none() || one_stay(o, &l))
                && (o.earlier == l.earlier
                    || o.earlier.is_none()
                    || l.earlier.is_none()
                    || (o.date.is_some() && o.date == l.date)
                    || same_day(o.when, l.when))
                && !(o.implied != l.implied
                    && o.date.is_some()
                    && l.date.is_some()
                    && o.date != l.date)
        });
        match found {
            Some(k) => absorb(&mut out[k], l),
            None => out.push(l),
        }
    }
    out.sort_by_key(|l| l.at);
    out
}

/// Two dated legs of one place are one stay (one record, dated by its
/// first day) when their days are at most two apart and their status is
/// the same: arrived on Sunday, received on Monday.
fn one_stay(o: &Leg, l: &Leg) -> bool {
    match (o.date, l.date) {
        (Some(a), Some(b)) => a == b || (o.status == l.status && (a - b).num_days().abs() <= 2),
        _ => true,
    }
}

/// Two time expressions of the same day relative to publication (اليوم …
/// في وقت سابق اليوم), even when the publication date is unknown.
fn same_day(a: Option<When>, b: Option<When>) -> bool {
    matches!((a, b), (Some(When::Relative(x)), Some(When::Relative(y))) if x == y)
}

fn absorb(o: &mut Leg, l: Leg) {
    o.station = o.station.or(l.station);
    // A leg also told on its own is no longer only "the one before".
    if o.shift != l.shift {
        o.shift = 0;
    }
    if o.city.is_none() && l.city.is_some() {
        o.city = l.city;
        o.place_ar = l.place_ar;
    }
    // A stay is dated by its first day.
    if l.date.is_some() && (o.date.is_none() || l.date < o.date) {
        o.date = l.date;
        o.date_text = l.date_text;
        o.when = l.when;
        o.edtf = l.edtf;
    } else if o.date_text.is_none() {
        o.date_text = l.date_text;
        o.when = o.when.or(l.when);
        o.edtf = o.edtf.take().or(l.edtf);
    }
    // A headline's present tense yields to the body; then cancelled wins, and
    // a report of the visit done wins over its announcement.
    o.status = if o.weak_status && !l.weak_status {
        l.status
    } else if l.weak_status && !o.weak_status {
        o.status
    } else {
        match (o.status, l.status) {
            (Status::Cancelled, _) | (_, Status::Cancelled) => Status::Cancelled,
            (Status::Occurred, _) | (_, Status::Occurred) => Status::Occurred,
            _ => Status::Planned,
        }
    };
    o.weak_status &= l.weak_status;
    for c in l.counterparts {
        if !o.counterparts.contains(&c) {
            o.counterparts.push(c);
        }
    }
    for s in l.sentences {
        if !o.sentences.contains(&s) {
            o.sentences.push(s);
        }
    }
    for r in l.rules {
        if !o.rules.contains(&r) {
            o.rules.push(r);
        }
    }
    o.implied &= l.implied;
    if o.earlier.is_none() {
        o.earlier = l.earlier;
    }
    o.at = o.at.min(l.at);
}
