//! Stage 5b of the cascade: the modality of a frame, from the cues of
//! `assets/rules/cues.tsv` and their scope: a trip denied, negated,
//! hypothetical, by phone or video, or only an invitation is no visit; a
//! trip called off or postponed is cancelled; a trip announced is planned;
//! «وكان … قد زار»، «سبق أن»، «بعد زيارته» report an earlier trip, «قبيل
//! توجهه إلى» a later one.

use super::frames::{EventFrame, Input, cue_in, is_cue};
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
    /// Where the leg stands in its trip next to the one it is told with:
    /// -1 before it (بعد زيارته للقاهرة، قادما من), +1 after it (قبيل توجهه).
    pub shift: i8,
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

/// A cue of `kind` starts at token `i`.
fn starts_cue(inp: &Input<'_>, i: usize, kind: CueKind) -> bool {
    inp.lex.at(i).is_some_and(|m| {
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
        // «أن» opens the clause a cue before it governs (من المقرر أن يزور).
        let complement = inp.res.is(Class::Complementizer, &tok.norm);
        if hard || inp.res.is(Class::ClauseBreak, &tok.norm) && !complement {
            break;
        }
        k = p;
    }
    k
}

/// The modality of frame `f` in sentence `s`.
pub fn of(inp: &Input<'_>, s: &std::ops::Range<usize>, f: &EventFrame) -> Modality {
    // The cues the slots already read (a delegation) stay noted.
    let mut m = Modality {
        cues: f.modality.cues.clone(),
        ..Modality::default()
    };
    if let Some(kind) = blocking(inp, s, f) {
        m.blocked = Some(kind);
        m.note(inp, kind);
    }
    time_and_status(inp, s, f, &mut m);
    let t = f.trigger;
    let noun = f.form == Some(Form::Noun);
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
    let prev = t.checked_sub(1);
    if f.form == Some(Form::Imperfect)
        && !f.future
        && prev.is_some_and(|p| inp.res.is(Class::RelativePronoun, &inp.toks[p].norm))
    {
        m.ongoing = true;
    }
    m
}

impl Modality {
    /// Records that a cue of `kind` applied (its rule ID, once).
    fn note(&mut self, inp: &Input<'_>, kind: CueKind) {
        let id = inp.res.cue_id(kind).to_owned();
        if !self.cues.contains(&id) {
            self.cues.push(id);
        }
    }
}

/// How many words after a future trip a condition («إذا، في حال») may
/// stand and still be its own.
const CONDITION_REACH: usize = 16;

/// The cue that makes frame `f` no visit: negation right before the
/// trigger, a denial in the sentence, a hypothesis, a call or video
/// meeting, an invitation not (yet) taken up.
fn blocking(inp: &Input<'_>, s: &std::ops::Range<usize>, f: &EventFrame) -> Option<CueKind> {
    let t = f.trigger;
    let noun = f.form == Some(Form::Noun);
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
        return Some(CueKind::Negated);
    }
    // A denial before the trigger in its sentence (نفى أن يكون قد زار، لا
    // صحة للأنباء التي تقول إنه زار), not one the visit came before (زار …
    // بعد أن نفى).
    if cue_in(inp, s.start, t, CueKind::Denied).is_some() {
        return Some(CueKind::Denied);
    }
    // «زيارات محتملة»: a possible trip, the cue right after the noun;
    // «سيتوجه لروسيا لحضور النهائيات إذا ما بلغ منتخب بلاده …»: a trip to
    // come on a condition told after it.
    if cue_in(inp, cs, t, CueKind::Hypothetical).is_some()
        || (noun && cue_in(inp, t + 1, (t + 3).min(s.end), CueKind::Hypothetical).is_some())
        || (f.future
            && cue_in(
                inp,
                t + 1,
                (t + CONDITION_REACH).min(s.end),
                CueKind::Hypothetical,
            )
            .is_some())
    {
        return Some(CueKind::Hypothetical);
    }
    // Calls and video meetings: a meeting in a sentence about one, or a
    // cue right after the trigger.
    let meeting = matches!(
        f.kind,
        Some(TriggerKind::Meet | TriggerKind::Host | TriggerKind::Attend)
    );
    // A call told as what came before or after (التقى … بعد اتصال هاتفي)
    // is another event.
    let call_at = |c: usize| {
        starts_cue(inp, c, CueKind::Remote)
            && !c
                .checked_sub(1)
                .is_some_and(|p| is_cue(inp, p, CueKind::After) || is_cue(inp, p, CueKind::Before))
    };
    let remote = if meeting {
        (s.start..s.end).any(call_at)
    } else {
        (t + 1..(t + 6).min(s.end)).any(call_at)
    };
    if remote {
        return Some(CueKind::Remote);
    }
    // An invitation to visit: دعوة لزيارة، وجه الدعوة لـ X لزيارة، دعا
    // الرئيس X الرئيسَ Y لزيارة (the clause's inviting verb, however long the
    // names between).
    // The long reach only for «لزيارة» (to visit: an invitation's purpose),
    // not «خلال زيارة» after a «رحب» (a welcome said during a real trip).
    let to_visit = inp
        .lex
        .at(t)
        .is_some_and(|m| m.clitics.prep == Some('\u{0644}'))
        || inp.word_before_is(s, t, Class::ToPrep);
    // The names and titles between do not count («دعا الرئيس X الرئيسَ Y
    // لزيارة»).
    let reach = if to_visit {
        let mut k = t;
        let mut words = 0;
        while k > s.start && words < INVITATION_REACH {
            k -= 1;
            if inp.people.mention_at(k).is_none() {
                words += 1;
            }
        }
        t - k
    } else {
        6
    };
    // «ودعا X، أثناء زيارته إلى Y، Z إلى زيارة W»: a trip noun after
    // «أثناء/خلال» is the inviter's trip under way, not the one invited to.
    let during = inp.word_before_is(s, t, Class::During);
    let invited = cue_in(
        inp,
        clause_start(inp, s, t, reach).max(t.saturating_sub(reach)),
        t,
        CueKind::Invitation,
    )
    .is_some();
    if noun && invited && !during && cue_in(inp, s.start, t, CueKind::Honoured).is_none() {
        return Some(CueKind::Invitation);
    }
    None
}

/// How far back an inviting word reaches a trip noun that is an
/// invitation's purpose («لزيارة»، «إلى زيارة»), in words that are no
/// person's name or title.
const INVITATION_REACH: usize = 12;

/// The cues that change a visit's status or place it in time: cancelled,
/// planned, an earlier trip (كان … قد، سبق أن), a later or earlier leg
/// (قبيل توجهه، بعد زيارته).
fn time_and_status(inp: &Input<'_>, s: &std::ops::Range<usize>, f: &EventFrame, m: &mut Modality) {
    let t = f.trigger;
    let noun = f.form == Some(Form::Noun);
    let cs = clause_start(inp, s, t, 12);
    let after_noun =
        |n: usize, kind: CueKind| noun && cue_in(inp, t + 1, (t + n).min(s.end), kind).is_some();
    if cue_in(inp, cs, t, CueKind::Cancelled).is_some() || after_noun(4, CueKind::Cancelled) {
        m.cancelled = true;
        m.note(inp, CueKind::Cancelled);
    }
    if cue_in(inp, cs, t, CueKind::Planned).is_some() || after_noun(4, CueKind::Planned) {
        m.planned = true;
        m.note(inp, CueKind::Planned);
    }
    // An earlier trip: كان before a perfect verb, سبق أن, زيارته السابقة.
    let kana = (cs..t).any(|k| inp.res.is(Class::Kana, &inp.toks[k].norm)) && t - cs <= 8;
    if (kana && f.form == Some(Form::Perfect))
        || cue_in(inp, cs, t, CueKind::Background).is_some()
        || after_noun(3, CueKind::Background)
    {
        m.earlier = true;
        m.note(inp, CueKind::Background);
    }
    // An invitation taken up (تلبية لدعوة، بدعوة من): the visit is real.
    if cue_in(inp, s.start, s.end, CueKind::Honoured).is_some() {
        m.note(inp, CueKind::Honoured);
    }
    // ثم توجه، وبعد ذلك زار: the next leg of the trip.
    if cue_in(inp, t.saturating_sub(3).max(cs), t, CueKind::Sequence).is_some() {
        m.note(inp, CueKind::Sequence);
    }
    // قبيل توجهه / بعد زيارته: a later or earlier leg.
    let prev = t.checked_sub(1);
    let prev2 = t.checked_sub(2);
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
        m.shift = 1;
        m.note(inp, CueKind::Before);
    }
    if before_noun(CueKind::After) {
        m.earlier = true;
        m.shift = -1;
        m.note(inp, CueKind::After);
    }
}
