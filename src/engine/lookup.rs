//! Stage 3 of the cascade: dictionary lookup. Every token is read with the
//! morphology's readings; the longest phrase of the resources that starts
//! there wins (places, titles, officials, triggers, cues, time words). The
//! result also keeps, per token, the word-class flags (common word, given
//! name, name particle) the person chunker needs for words nobody listed.

use super::morph::{Clitics, Reading, readings};
use super::resources::{Class, CueKind, Form, Resources, Tag, flag};
use super::tokens::{TokKind, Token};

/// A dictionary phrase found in the text: tokens `start..end`.
#[derive(Clone, Debug, PartialEq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub tags: Vec<Tag>,
    /// Clitics stripped off the first token.
    pub clitics: Clitics,
}

/// No match covers the token.
const NONE: u32 = u32::MAX;

/// The lookup of one article.
#[derive(Clone, Debug, Default)]
pub struct Lexed {
    pub matches: Vec<Match>,
    /// For each token, the index of the match covering it, or [`NONE`].
    cover: Vec<u32>,
    /// Word-class flags of each token as written.
    pub flags: Vec<u16>,
    /// Word-class flags of each token after a leading و/ف.
    pub conj_flags: Vec<u16>,
}

impl Lexed {
    /// The match covering token `i`.
    pub fn covering(&self, i: usize) -> Option<&Match> {
        let k = *self.cover.get(i)?;
        (k != NONE).then(|| self.matches.get(k as usize)).flatten()
    }

    /// The match starting at token `i`.
    pub fn at(&self, i: usize) -> Option<&Match> {
        self.covering(i).filter(|m| m.start == i)
    }

    /// The first tag of the match starting at `i` that `f` selects, with the
    /// match's end.
    pub fn tag_at(&self, i: usize, f: impl Fn(&Tag) -> bool) -> Option<(usize, Tag)> {
        let m = self.at(i)?;
        m.tags.iter().find(|t| f(t)).map(|t| (m.end, *t))
    }

    /// Token `i` is covered by some dictionary phrase.
    pub fn known(&self, i: usize) -> bool {
        self.covering(i).is_some()
    }

    /// The flags of token `i`.
    pub fn flag(&self, i: usize, f: u16) -> bool {
        self.flags.get(i).is_some_and(|x| x & f != 0)
    }
}

/// Tags of `tags` that a word with `clitics` may carry: the future prefix
/// only on imperfect verbs, prepositions never on verbs.
fn compatible(tag: &Tag, clitics: Clitics) -> bool {
    match tag {
        Tag::Trigger(_, form, _) => {
            if clitics.future {
                *form == Form::Imperfect
            } else if clitics.prep.is_some() {
                matches!(form, Form::Noun)
            } else {
                true
            }
        }
        Tag::Person(_) | Tag::Title(_) | Tag::Honorific => !clitics.future,
        _ => !clitics.future,
    }
}

/// Looks up every token of `toks`.
pub fn lookup(res: &Resources, toks: &[Token]) -> Lexed {
    let article = res.words.one(Class::Article);
    let mut out = Lexed {
        matches: Vec::new(),
        cover: vec![NONE; toks.len()],
        flags: vec![0; toks.len()],
        conj_flags: vec![0; toks.len()],
    };
    let mut buf: Vec<Reading<'_>> = Vec::with_capacity(6);
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if t.kind == TokKind::Punct {
            i += 1;
            continue;
        }
        readings(&t.norm, article, &mut buf);
        let mut best: Option<(usize, usize, Vec<Tag>)> = None; // (len, reading, tags)
        // A common word as written (وزارة "ministry") is not read as clitics
        // and a trigger with a pronoun (و + زاره "and visited him"); a plain
        // verb after و stays a verb (ووصل).
        let common = res.flags(&t.norm) & flag::STOP != 0;
        for (ri, r) in buf.iter().enumerate() {
            let Some(slot) = res.dict.get(r.key.as_ref()) else {
                continue;
            };
            if ri == 0 {
                out.flags[i] = slot.flags;
            } else if r.clitics.conj && r.clitics.prep.is_none() && !r.clitics.future {
                out.conj_flags[i] = slot.flags;
            }
            for e in &slot.entries {
                let n = 1 + e.rest.len();
                if best.as_ref().is_some_and(|(len, _, _)| *len >= n) {
                    continue;
                }
                let fits = e.rest.iter().enumerate().all(|(k, w)| {
                    toks.get(i + 1 + k)
                        .is_some_and(|x| x.kind != TokKind::Punct && x.norm == *w)
                });
                if !fits {
                    continue;
                }
                let tags: Vec<Tag> = e
                    .tags
                    .iter()
                    .copied()
                    .filter(|t| compatible(t, r.clitics))
                    // A phrase (ومن المتوقع) is read through the clitic even
                    // when the first word as written is common (ومن).
                    .filter(|t| {
                        ri == 0
                            || !common
                            || !e.rest.is_empty()
                            || matches!(t, Tag::Trigger(_, _, false))
                            // «ونفت», «ودعا», «وألغى»: a denial, an
                            // invitation or a cancellation with و is still
                            // one (those verbs with و are common words).
                            || matches!(t, Tag::Cue(c) if res.cues.get(*c as usize)
                                .is_some_and(|c| matches!(c.kind,
                                    CueKind::Denied | CueKind::Invitation | CueKind::Cancelled)))
                    })
                    .collect();
                if !tags.is_empty() {
                    best = Some((n, ri, tags));
                }
            }
        }
        abd_given_name(res, article, t, i, &mut out);
        let best =
            best.map(|(n, ri, tags)| (trim_cue_before_trigger(res, toks, i, n, &tags), ri, tags));
        match best {
            Some((n, ri, tags)) => {
                let k = out.matches.len() as u32;
                out.matches.push(Match {
                    start: i,
                    end: i + n,
                    tags,
                    clitics: buf.get(ri).map(|r| r.clitics).unwrap_or_default(),
                });
                for c in out.cover.iter_mut().skip(i).take(n) {
                    *c = k;
                }
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

/// «عبدالسلام»، «وعبدالرحمن»: the particle عبد joined to a name with the
/// article is a given name, listed or not.
fn abd_given_name(res: &Resources, article: &str, t: &Token, i: usize, out: &mut Lexed) {
    let abd = res.words.one(Class::AbdParticle);
    let abd_name = |w: &str| {
        !abd.is_empty()
            && w.strip_prefix(abd)
                .and_then(|r| r.strip_prefix(article))
                .is_some_and(|r| r.chars().count() >= 2)
    };
    if abd_name(&t.norm) {
        out.flags[i] |= flag::GIVEN;
    } else if t.norm.starts_with('\u{0648}') && abd_name(&t.norm['\u{0648}'.len_utf8()..]) {
        out.conj_flags[i] |= flag::GIVEN;
    }
}

/// «آخر زيارة»: a cue phrase of `n` tokens at `i` ending in a trip word
/// covers only the words before it; the trip word stays a trigger.
fn trim_cue_before_trigger(
    res: &Resources,
    toks: &[Token],
    i: usize,
    n: usize,
    tags: &[Tag],
) -> usize {
    let all_cues = tags.iter().all(|t| matches!(t, Tag::Cue(_)));
    let last_is_trigger = n > 1
        && toks
            .get(i + n - 1)
            .is_some_and(|last| res.word_has(&last.norm, |t| matches!(t, Tag::Trigger(..))));
    if all_cues && last_is_trigger {
        n - 1
    } else {
        n
    }
}

/// Whether a token is a plain word that may be part of a name: a word, not
/// a common word, not covered by a dictionary phrase other than a person.
pub fn name_word(lex: &Lexed, toks: &[Token], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    if t.kind != TokKind::Word {
        return false;
    }
    if lex.flag(i, flag::STOP) {
        return false;
    }
    match lex.covering(i) {
        None => true,
        Some(m) => m.tags.iter().all(|t| matches!(t, Tag::Person(_))),
    }
}
