//! Stage 5b of the cascade: the modality of a frame, from the cues of
//! `assets/rules/cues.tsv` and their scope: a trip denied, negated,
//! hypothetical, by phone or video, or only an invitation is no visit; a
//! trip called off or postponed is cancelled; a trip announced is planned;
//! «وكان … قد زار»، «سبق أن»، «بعد زيارته» report an earlier trip, «قبيل
//! توجهه إلى» a later one.

use super::frames::{EventFrame, Input, cue_in};
use super::resources::{Class, CueKind, Form, Tag, TriggerKind};
use super::tokens::TokKind;

/// What the cues say of a frame.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Modality {
    /// Not a visit: the cue kind that blocks it.
    pub blocked: Option<CueKind>,
    pub planned: bool,
    pub cancelled: bool,
    /// An earlier trip (وكان … زار، سبق أن، بعد زيارته).
    pub earlier: bool,
    /// A later trip (قبيل توجهه إلى).
    pub later: bool,
    /// Reported in a relative clause in the present (الذي يزور): under way.
    pub ongoing: bool,
    /// «جولة من المحادثات»: a round of talks, no trip (blocks the frame).
    pub round_of_talks: bool,
    /// Cue rule IDs that applied.
    pub cues: Vec<String>,
}

impl Modality {
    /// Takes the cues of the frame that governs this one.
    pub fn inherit(&mut self, g: &Modality) {
        self.blocked = self.blocked.or(g.blocked);
        self.planned |= g.planned;
        self.cancelled |= g.cancelled;
        self.earlier |= g.earlier;
        for c in &g.cues {
            if !self.cues.contains(c) {
                self.cues.push(c.clone());
            }
        }
    }
}

fn is_cue(inp: &Input<'_>, i: usize, kind: CueKind) -> bool {
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

/// The start of the clause holding token `t`: after the last clause break
/// or sentence start, at most `max` tokens back.
fn clause_start(inp: &Input<'_>, s: &std::ops::Range<usize>, t: usize, max: usize) -> usize {
    let lo = s.start.max(t.saturating_sub(max));
    let mut k = t;
    while k > lo {
        let p = k - 1;
        let tok = &inp.toks[p];
        let hard = tok.kind == TokKind::Punct
            && tok
                .norm
                .starts_with(['.', '\u{061B}', ';', ':', '?', '\u{061F}', '!']);
        if hard || inp.res.is(Class::ClauseBreak, &tok.norm) {
            break;
        }
        k = p;
    }
    k
}

/// The modality of frame `f` in sentence `s`.
pub fn of(inp: &Input<'_>, s: &std::ops::Range<usize>, f: &EventFrame) -> Modality {
    let mut m = Modality::default();
    let t = f.trigger;
    let noun = f.form == Some(Form::Noun);
    let res = inp.res;
    let note = |m: &mut Modality, kind: CueKind| {
        let id = res.cue_id(kind).to_owned();
        if !m.cues.contains(&id) {
            m.cues.push(id);
        }
    };
    let cs = clause_start(inp, s, t, 12);
    // Negation right before the trigger (لم يزر، لن يزور، لا زيارة).
    let prev = t.checked_sub(1);
    let prev2 = t.checked_sub(2);
    if prev.is_some_and(|p| p >= s.start && is_cue(inp, p, CueKind::Negated))
        || prev2.is_some_and(|p| {
            p >= s.start
                && is_cue(inp, p, CueKind::Negated)
                && prev.is_some_and(|q| inp.res.is(Class::PastParticle, &inp.toks[q].norm))
        })
    {
        m.blocked = Some(CueKind::Negated);
        note(&mut m, CueKind::Negated);
    }
    // Denial anywhere in the sentence.
    if m.blocked.is_none() && cue_in(inp, s.start, s.end, CueKind::Denied).is_some() {
        m.blocked = Some(CueKind::Denied);
        note(&mut m, CueKind::Denied);
    }
    if m.blocked.is_none() && cue_in(inp, cs, t, CueKind::Hypothetical).is_some() {
        m.blocked = Some(CueKind::Hypothetical);
        note(&mut m, CueKind::Hypothetical);
    }
    // Calls and video meetings: a meeting in a sentence about one, or a
    // cue right after the trigger.
    let meeting = matches!(
        f.kind,
        Some(TriggerKind::Meet | TriggerKind::Host | TriggerKind::Attend)
    );
    let remote = if meeting {
        cue_in(inp, s.start, s.end, CueKind::Remote).is_some()
    } else {
        cue_in(inp, t + 1, (t + 6).min(s.end), CueKind::Remote).is_some()
    };
    if m.blocked.is_none() && remote {
        m.blocked = Some(CueKind::Remote);
        note(&mut m, CueKind::Remote);
    }
    // An invitation to visit: دعوة لزيارة، وجه الدعوة لـ X لزيارة.
    if m.blocked.is_none()
        && noun
        && cue_in(
            inp,
            t.saturating_sub(6).max(s.start),
            t,
            CueKind::Invitation,
        )
        .is_some()
        && cue_in(inp, s.start, t, CueKind::Honoured).is_none()
    {
        m.blocked = Some(CueKind::Invitation);
        note(&mut m, CueKind::Invitation);
    }
    if cue_in(inp, cs, t, CueKind::Cancelled).is_some()
        || (noun && cue_in(inp, t + 1, (t + 4).min(s.end), CueKind::Cancelled).is_some())
    {
        m.cancelled = true;
        note(&mut m, CueKind::Cancelled);
    }
    if cue_in(inp, cs, t, CueKind::Planned).is_some()
        || (noun && cue_in(inp, t + 1, (t + 4).min(s.end), CueKind::Planned).is_some())
    {
        m.planned = true;
        note(&mut m, CueKind::Planned);
    }
    // An earlier trip: كان before a perfect verb, سبق أن, زيارته السابقة.
    let kana = (cs..t).any(|k| inp.res.is(Class::Kana, &inp.toks[k].norm)) && t - cs <= 8;
    if (kana && f.form == Some(Form::Perfect))
        || cue_in(inp, cs, t, CueKind::Background).is_some()
        || (noun && cue_in(inp, t + 1, (t + 3).min(s.end), CueKind::Background).is_some())
    {
        m.earlier = true;
        note(&mut m, CueKind::Background);
    }
    // قبيل توجهه / بعد زيارته: a later or earlier leg.
    let before_noun = |kind: CueKind| -> bool {
        prev.is_some_and(|p| p >= s.start && is_cue(inp, p, kind))
            || prev2.is_some_and(|p| {
                p >= s.start
                    && is_cue(inp, p, kind)
                    && prev.is_some_and(|q| inp.res.is(Class::Complementizer, &inp.toks[q].norm))
            })
    };
    if before_noun(CueKind::Before) {
        m.later = true;
        note(&mut m, CueKind::Before);
    }
    if before_noun(CueKind::After) {
        m.earlier = true;
        note(&mut m, CueKind::After);
    }
    // «جولة جديدة من المحادثات»: a round of talks, not a trip.
    if noun
        && f.kind == Some(TriggerKind::Tour)
        && (t + 1..(t + 4).min(s.end)).any(|k| {
            inp.res.is(Class::OriginPrep, &inp.toks[k].norm)
                && inp
                    .toks
                    .get(k + 1)
                    .is_some_and(|n| inp.res.is(Class::RoundOf, &n.norm))
        })
    {
        m.blocked = Some(CueKind::Negated);
        m.round_of_talks = true;
    }
    // الذي يزور: a present relative clause tells a visit under way.
    if f.form == Some(Form::Imperfect)
        && !f.future
        && prev.is_some_and(|p| inp.res.is(Class::RelativePronoun, &inp.toks[p].norm))
    {
        m.ongoing = true;
    }
    m
}
