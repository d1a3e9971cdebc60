//! The status of a leg (occurred, planned, cancelled) from its frame's cues,
//! tense and time, and whether that status is only a guess that another
//! frame of the same stay overrides.

use chrono::{Datelike, NaiveDate};

use super::Input;
use crate::engine::dates::{self, When};
use crate::engine::frames::EventFrame;
use crate::engine::resources::{Form, TriggerKind};
use crate::model::Status;

/// The status of a frame from its cues and tense.
/// `implied`: the place is the host's country (a meeting with no place),
/// so «قبل/بعد لقائه» only order it within the same stay.
pub(super) fn status_of(inp: &Input<'_>, f: &EventFrame, implied: bool) -> Status {
    let m = &f.modality;
    if m.cancelled {
        return Status::Cancelled;
    }
    if m.earlier && !implied {
        return Status::Occurred;
    }
    if (m.later && !implied) || m.planned || f.future {
        return Status::Planned;
    }
    let when = f.time.and_then(|k| inp.times.get(k)).map(|t| t.3);
    let time_dir = when.map(|w| direction(w, inp.published));
    match f.tense.or(f.form) {
        Some(Form::Perfect) => Status::Occurred,
        Some(Form::Imperfect) => {
            // Under way (الذي يزور), in the past by its time, a support
            // verb (يقوم بزيارة), a headline's present, a progressive
            // (يواصل جولته): occurred; else announced.
            // «يبدأ اليوم جولة»، «يؤدي اليوم زيارة»: a trip starting today,
            // told in the present, is announced (guide rule 4); one going
            // on (يواصل، يختتم، حاليا) is under way.
            let today =
                time_dir == Some(0) && matches!(when, Some(When::Relative(0) | When::Weekday(..)));
            let under_way = m.ongoing
                || time_dir == Some(-1)
                || (f.kind == Some(TriggerKind::Support) && !today)
                || (inp.headline && f.sentence == 0 && time_dir.is_none())
                || (time_dir.is_none() && progressive(f));
            // A time ahead (يبدأ غدا زيارة) makes it announced, whatever else.
            if under_way && time_dir != Some(1) {
                Status::Occurred
            } else {
                Status::Planned
            }
        }
        _ => {
            if time_dir == Some(1) {
                Status::Planned
            } else {
                Status::Occurred
            }
        }
    }
}

/// The frame is a headline's present tense with no time (the status is a
/// guess).
pub(super) fn headline_present(inp: &Input<'_>, f: &EventFrame) -> bool {
    inp.headline
        && f.sentence == 0
        && f.time.is_none()
        && f.tense.or(f.form) == Some(Form::Imperfect)
        && !f.future
        && !f.modality.planned
        && !f.modality.cancelled
}

/// The frame is a trip noun with no tense, time or cue (زيارته للخرطوم):
/// its status, occurred, is only the default, and yields to a frame of the
/// same stay that has a tense, a time or a cue (يبدأ غدا زيارة).
pub(super) fn default_status_noun(f: &EventFrame) -> bool {
    let m = &f.modality;
    f.tense.or(f.form) == Some(Form::Noun)
        && f.time.is_none()
        && !f.future
        && !(m.planned || m.cancelled || m.earlier || m.later || m.ongoing)
}

/// A present verb of being under way (يقوم بجولة، يواصل زيارته).
fn progressive(f: &EventFrame) -> bool {
    f.kind == Some(TriggerKind::Support) || f.rules.contains(&"FRM-SUPPORT-VERB")
}

/// -1 for a time before publication, 0 for the day itself (today), 1 after,
/// judged by the time expression alone.
fn direction(w: When, published: Option<NaiveDate>) -> i8 {
    match w {
        When::Relative(d) => d.signum() as i8,
        When::Weekday(_, dir) => dir.max(0),
        When::Year(y) => match published {
            Some(p) => (i64::from(y) - i64::from(p.year())).signum() as i8,
            None => 0,
        },
        When::Explicit { .. } | When::Month { .. } | When::Range { .. } | When::Hijri { .. } => {
            let Some(p) = published else { return 0 };
            match dates::resolve(w, Some(p), false) {
                Some(d) if d > p => 1,
                Some(d) if d < p => -1,
                _ => 0,
            }
        }
        When::Unresolved(d) => d,
    }
}
