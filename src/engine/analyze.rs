//! One article through the pipeline: tokens → tags → people, places, times →
//! visit events → in-article de-duplication.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::NaiveDate;

use super::dates::{self, TimeExpr, When};
use super::resources::{Class, CueKind, FunctionWords, Resources, Tag, Tense, TriggerKind};
use super::romanize::romanize;
use super::text::{self, TokKind, Token};
use crate::model::{
    Document, Entity, EntityKind, Evidence, Person as MPerson, Place as MPlace, Status, Trip, Visit,
};

/// A dictionary match over tokens `start..end`.
#[derive(Clone, Debug)]
struct Match {
    start: usize,
    end: usize,
    tags: Vec<Tag>,
    /// The first token carried the conjunction و/ف.
    conj: bool,
    /// The first token carried the preposition ب/ل/ك.
    prep: Option<char>,
}

/// A person of the article.
#[derive(Clone, Debug, Default)]
struct Person {
    name_ar: String,
    ntoks: Vec<String>,
    /// Normalized keys a later mention may use (family name, glued forms).
    keys: Vec<String>,
    official: Option<u16>,
    office: Option<String>,
    country: Option<String>,
    role_en: Option<String>,
    /// Known only by role, resolved from the lexicon (not named in the text).
    unnamed: bool,
}

/// A mention of a person: tokens `start..end` (title included).
#[derive(Clone, Copy, Debug)]
struct Mention {
    person: usize,
    start: usize,
    end: usize,
    /// The token where the name itself starts (`end` for a role without a name).
    name: usize,
    /// Clitic letters (و، ب …) before the name in token `name`.
    skip: usize,
}

/// A role mention without a name ("الرئيس التركي"), resolved in a second pass.
#[derive(Clone, Debug)]
struct RoleOnly {
    sent: usize,
    start: usize,
    end: usize,
    office: String,
    country: Option<String>,
    counterpart_of_prev: bool,
}

/// A place mention.
#[derive(Clone, Debug)]
struct PlaceM {
    start: usize,
    end: usize,
    iso: String,
    city: Option<String>,
    name_ar: String,
    conj: bool,
    prep: Option<char>,
}

/// A visit event before de-duplication.
#[derive(Clone, Debug)]
struct Ev {
    sent: usize,
    /// Token position of the place (or trigger) for distances.
    pos: usize,
    trig: usize,
    visitor: usize,
    iso: String,
    city: Option<String>,
    place_ar: String,
    status: Status,
    /// The status comes from the grammar or a cue, not the default of a noun.
    status_explicit: bool,
    /// A month (year, month) the text gives without a day ("في ديسمبر 2023").
    month: Option<(i32, u32)>,
    tense_future: bool,
    date: Option<NaiveDate>,
    date_text: Option<String>,
    has_date_expr: bool,
    counterparts: Vec<usize>,
    rules: Vec<String>,
    leg: Option<u32>,
    /// Reported as the leg before the sentence's main event (بعد …، قادما من …).
    before: bool,
    /// Linked by ثم to the previous event of the sentence.
    sequence: bool,
    implied: bool,
}

impl Ev {
    /// An event of sentence `sent`, found by trigger `trig`, of `visitor` at
    /// place `d`: occurred, undated, with nothing else known yet (callers
    /// set the rest with struct update syntax).
    fn at(sent: usize, trig: usize, visitor: usize, d: &PlaceM) -> Ev {
        Ev {
            sent,
            pos: d.start,
            trig,
            visitor,
            iso: d.iso.clone(),
            city: d.city.clone(),
            place_ar: d.name_ar.clone(),
            status: Status::Occurred,
            status_explicit: false,
            month: None,
            tense_future: false,
            date: None,
            date_text: None,
            has_date_expr: false,
            counterparts: Vec::new(),
            rules: Vec::new(),
            leg: None,
            before: false,
            sequence: false,
            implied: false,
        }
    }
}

/// A de-duplicated event: the event, its sentence spans (tokens), its counterparts.
type Merged = (Ev, Vec<(usize, usize)>, Vec<usize>);

/// Offices whose holder, met without a named place, implies the meeting took
/// place in their country.
const HOST_OFFICES: [&str; 6] = [
    "president",
    "prime-minister",
    "king",
    "emir",
    "sultan",
    "crown-prince",
];

/// Clitic-stripped variants of a normalized token: (form, conj stripped, prep stripped).
/// Forms borrow from `w` except the rewrite of the article contracted after ل
/// (`article-after-lam` → `article`, from `words`).
fn variants<'w>(words: &FunctionWords, w: &'w str) -> Vec<(Cow<'w, str>, bool, Option<char>)> {
    let mut v: Vec<(Cow<'_, str>, bool, Option<char>)> = Vec::with_capacity(4);
    v.push((Cow::Borrowed(w), false, None));
    let mut bases: [Option<(&str, bool)>; 2] = [Some((w, false)), None];
    if w.chars().nth(2).is_some()
        && let Some(rest) = w.strip_prefix('و').or_else(|| w.strip_prefix('ف'))
    {
        v.push((Cow::Borrowed(rest), true, None));
        bases[1] = Some((rest, true));
    }
    for (b, conj) in bases.into_iter().flatten() {
        let long = b.chars().nth(3).is_some();
        let lam_al = words.one(Class::ArticleAfterLam);
        if long
            && !lam_al.is_empty()
            && let Some(rest) = b.strip_prefix(lam_al)
        {
            let al = words.one(Class::Article);
            v.push((Cow::Owned(format!("{al}{rest}")), conj, Some('ل')));
        }
        if long && let Some(c) = b.chars().next().filter(|c| matches!(c, 'ب' | 'ل' | 'ك')) {
            v.push((Cow::Borrowed(&b[c.len_utf8()..]), conj, Some(c)));
        }
    }
    v
}

/// Entities in text order without overlaps: of two overlapping ones the one
/// starting first (the longer on a tie) is kept.
fn entities_of(mut found: Vec<Entity>) -> Vec<Entity> {
    found.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end)));
    let mut out: Vec<Entity> = Vec::with_capacity(found.len());
    for e in found {
        if out.last().is_none_or(|l| l.end <= e.start) {
            out.push(e);
        }
    }
    out
}

/// The analysis of one document.
pub struct Analysis<'r> {
    res: &'r Resources,
    chars: Vec<char>,
    toks: Vec<Token>,
    sents: Vec<std::ops::Range<usize>>,
    matches: Vec<Match>,
    /// Token → index of the match starting there.
    starts: Vec<Option<u32>>,
    /// Token → index of the match covering it.
    covers: Vec<Option<u32>>,
    /// Token → person mention covering it.
    pmention: Vec<Option<u32>>,
    /// Token → inside a role mention without a name.
    role_tok: Vec<bool>,
    /// Country → how often the article points to it (settles عمان).
    context: HashMap<String, usize>,
    persons: Vec<Person>,
    mentions: Vec<Mention>,
    roles: Vec<RoleOnly>,
    published: Option<NaiveDate>,
    path: String,
}

impl std::fmt::Debug for Analysis<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analysis")
            .field("tokens", &self.toks.len())
            .field("persons", &self.persons.len())
            .finish()
    }
}

impl<'r> Analysis<'r> {
    /// Tokenizes, cuts boilerplate, splits sentences and tags `doc`.
    pub fn new(res: &'r Resources, doc: &Document) -> Analysis<'r> {
        let chars: Vec<char> = doc.text.chars().collect();
        let toks = text::tokenize(&doc.text);
        let (cut, skipped) = boilerplate(res, &toks);
        let sents: Vec<_> = text::sentences(&toks)
            .into_iter()
            .filter_map(|r| {
                let r = r.start..r.end.min(cut);
                (r.start < r.end && !skipped.get(r.start).copied().unwrap_or(false)).then_some(r)
            })
            .collect();
        let n = toks.len();
        let mut a = Analysis {
            res,
            chars,
            toks,
            sents,
            matches: Vec::new(),
            starts: vec![None; n],
            covers: vec![None; n],
            pmention: vec![None; n],
            role_tok: vec![false; n],
            context: HashMap::new(),
            persons: Vec::new(),
            mentions: Vec::new(),
            roles: Vec::new(),
            published: doc.published,
            path: doc.path.clone(),
        };
        a.tag();
        a.context = a.amman_or_oman();
        a
    }

    /// A visit-noun trigger (زيارة، جولة) lies in the six tokens before `t`.
    fn trip_noun_before(&self, t: usize) -> bool {
        (t.saturating_sub(6)..t).any(|k| {
            self.tag_at(k, |x| matches!(x, Tag::Trigger(_)))
                .is_some_and(|(_, x)| match x {
                    Tag::Trigger(q) => self
                        .res
                        .rules
                        .get(q as usize)
                        .is_some_and(|q| q.kind == TriggerKind::Visit),
                    _ => false,
                })
        })
    }

    /// Like [`Self::span_text`] but without the first `skip` letters (a clitic
    /// such as و in "وغادي آيزنكوت") and the marks that follow them.
    fn span_text_skip(&self, start: usize, end: usize, skip: usize) -> String {
        match self.char_range_skip(start, end, skip) {
            Some(r) => self.chars[r].iter().collect(),
            None => String::new(),
        }
    }

    /// The chars of tokens `start..end` without the first `skip` letters (and
    /// the marks after them); `None` when nothing is left.
    fn char_range_skip(
        &self,
        start: usize,
        end: usize,
        skip: usize,
    ) -> Option<std::ops::Range<usize>> {
        let a = self.toks.get(start)?;
        let mut s = a.start;
        let mut left = skip;
        while left > 0 && s < self.chars.len() {
            s += 1;
            left -= 1;
            while s < self.chars.len() && text::normalize_char(self.chars[s]).is_none() {
                s += 1;
            }
        }
        let e = end
            .checked_sub(1)
            .and_then(|e| self.toks.get(e))
            .map(|t| t.end)
            .unwrap_or(s)
            .min(self.chars.len());
        (s < e).then_some(s..e)
    }

    /// A place's Arabic name as written, without the clitics the match
    /// stripped ("وقطر" → "قطر", "بالدوحة" → "الدوحة"). The article
    /// contracted after ل (للعاصمة) keeps its ل, as the text has no other
    /// spelling of it.
    fn place_text(&self, start: usize, end: usize, conj: bool, prep: Option<char>) -> String {
        self.span_text_skip(start, end, self.place_skip(start, conj, prep))
    }

    /// Clitic letters before a place name in token `start` (see [`Self::place_text`]).
    fn place_skip(&self, start: usize, conj: bool, prep: Option<char>) -> usize {
        let conj_len = usize::from(conj);
        let prep_len = match prep {
            None => 0,
            Some(c) => {
                // ل + ال is written لل: strip ل only if what remains is itself a dictionary word.
                let rest: String = self.norm(start).chars().skip(conj_len + 1).collect();
                usize::from(c != 'ل' || self.res.dict.contains_key(&rest))
            }
        };
        conj_len + prep_len
    }

    /// Number of clitic letters before the name in token `i` (و، ب، ل …).
    fn clitic_len(&self, i: usize) -> usize {
        let w = self.norm(i);
        if let Some(m) = self
            .m_at(i)
            .filter(|m| m.tags.iter().any(|t| matches!(t, Tag::Person(_))))
        {
            return usize::from(m.conj) + usize::from(m.prep.is_some());
        }
        if self.res.given.contains(w) || self.res.particles.contains(w) {
            return 0;
        }
        variants(&self.res.words, w)
            .into_iter()
            .find(|(v, _, _)| {
                self.res.given.contains(v.as_ref()) || self.res.particles.contains(v.as_ref())
            })
            .map(|(_, c, p)| usize::from(c) + usize::from(p.is_some()))
            .unwrap_or(0)
    }

    fn span_text(&self, start: usize, end: usize) -> String {
        let (Some(a), Some(b)) = (
            self.toks.get(start),
            end.checked_sub(1).and_then(|e| self.toks.get(e)),
        ) else {
            return String::new();
        };
        let (s, e) = (a.start.min(self.chars.len()), b.end.min(self.chars.len()));
        if s >= e {
            return String::new();
        }
        self.chars[s..e].iter().collect()
    }

    fn norm(&self, i: usize) -> &str {
        self.toks.get(i).map(|t| t.norm.as_str()).unwrap_or("")
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Word)
    }

    fn is_comma(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.is_punct(',') || t.is_punct('،'))
    }

    /// Longest dictionary matches, left to right, inside each sentence.
    fn tag(&mut self) {
        for s in self.sents.clone() {
            let mut i = s.start;
            while i < s.end {
                let Some(t) = self.toks.get(i) else { break };
                if t.kind == TokKind::Punct {
                    i += 1;
                    continue;
                }
                let mut best: Option<Match> = None;
                for (form, conj, prep) in variants(&self.res.words, &t.norm) {
                    let Some(entries) = self.res.dict.get(form.as_ref()) else {
                        continue;
                    };
                    for e in entries {
                        let len = 1 + e.rest.len();
                        if i + len >= s.end && s.end == self.toks.len() && e.rest.len() >= 2 {
                            // A text cut off in the middle of a place name ("بزيارة المملكة
                            // العربية ا"): the words left match the name's beginning.
                            let at_end = s.end == self.toks.len() && i + 2 < s.end;
                            let place = e
                                .tags
                                .iter()
                                .any(|t| matches!(t, Tag::Country(_) | Tag::City(_)));
                            let n = s.end.saturating_sub(i + 1);
                            let cut = at_end
                                && place
                                && n >= 2
                                && n <= e.rest.len()
                                && e.rest.iter().take(n).enumerate().all(|(k, w)| {
                                    self.toks.get(i + 1 + k).is_some_and(|t| {
                                        if k + 1 == n {
                                            w.starts_with(t.norm.as_str())
                                        } else {
                                            &t.norm == w
                                        }
                                    })
                                });
                            if cut && best.as_ref().is_none_or(|b| b.end - b.start < n + 1) {
                                best = Some(Match {
                                    start: i,
                                    end: s.end,
                                    tags: e.tags.clone(),
                                    conj,
                                    prep,
                                });
                                continue;
                            }
                        }
                        if i + len > s.end {
                            continue;
                        }
                        let ok =
                            e.rest.iter().enumerate().all(|(k, w)| {
                                self.toks.get(i + 1 + k).is_some_and(|t| &t.norm == w)
                            });
                        if !ok {
                            continue;
                        }
                        let better = match &best {
                            None => true,
                            Some(b) => len > b.end - b.start,
                        };
                        if better {
                            best = Some(Match {
                                start: i,
                                end: i + len,
                                tags: e.tags.clone(),
                                conj,
                                prep,
                            });
                        }
                    }
                }
                if let Some(m) = best {
                    let idx = self.matches.len() as u32;
                    self.starts[i] = Some(idx);
                    for k in m.start..m.end {
                        self.covers[k] = Some(idx);
                    }
                    i = m.end;
                    self.matches.push(m);
                } else {
                    i += 1;
                }
            }
        }
    }

    fn m_at(&self, i: usize) -> Option<&Match> {
        self.starts
            .get(i)
            .copied()
            .flatten()
            .and_then(|x| self.matches.get(x as usize))
    }

    fn tag_at(&self, i: usize, f: impl Fn(&Tag) -> bool) -> Option<(&Match, Tag)> {
        let m = self.m_at(i)?;
        m.tags.iter().find(|t| f(t)).map(|t| (m, *t))
    }

    fn untagged(&self, i: usize) -> bool {
        self.covers.get(i).copied().flatten().is_none()
    }

    fn is_stop(&self, i: usize) -> bool {
        let w = self.norm(i);
        if self.res.stop.contains(w) {
            return true;
        }
        if !w.starts_with(['و', 'ف', 'ب', 'ل', 'ك']) {
            return false;
        }
        variants(&self.res.words, w)
            .iter()
            .skip(1)
            .any(|(v, _, _)| self.res.stop.contains(v.as_ref()) && v.chars().nth(2).is_some())
    }

    // ----- people -----------------------------------------------------------

    /// Among a match's lexicon people (several tenures, or namesakes), the one in
    /// office at the publication date, else the most recent.
    fn best_official(&self, m: &Match) -> Option<u16> {
        let year = self.published.map(|d| chrono::Datelike::year(&d));
        let cands: Vec<u16> = m
            .tags
            .iter()
            .filter_map(|t| {
                if let Tag::Person(p) = t {
                    Some(*p)
                } else {
                    None
                }
            })
            .collect();
        let get = |p: &u16| self.res.officials.get(*p as usize);
        if let Some(y) = year
            && let Some(p) = cands.iter().find(|p| {
                get(p).is_some_and(|o| o.from.is_none_or(|f| f <= y) && o.to.is_none_or(|t| t >= y))
            })
        {
            return Some(*p);
        }
        cands
            .iter()
            .max_by_key(|p| get(p).map(|o| o.to.unwrap_or(9999)).unwrap_or(0))
            .copied()
    }

    /// Reads a person name starting at `j` (before `e`): returns (end, official).
    /// `after_title`: one unit is enough; otherwise two are needed.
    fn read_name(&self, j: usize, e: usize, after_title: bool) -> Option<(usize, Option<u16>)> {
        let mut k = j;
        let mut units = 0;
        let mut official = None;
        while k < e && units < 3 {
            if !self.is_word(k) || self.is_stop(k) {
                break;
            }
            let particle = self.res.particles.contains(self.norm(k));
            if k > j
                && !particle
                && self
                    .toks
                    .get(k)
                    .is_some_and(|t| t.line_start || t.norm.starts_with('و'))
            {
                // "بيني غانتس وغادي آيزنكوت": و starts the next name.
                break;
            }
            if let Some((m, Tag::Person(_))) = self.tag_at(k, |t| matches!(t, Tag::Person(_))) {
                let p = self.best_official(m).unwrap_or(0);
                // A lexicon name ends the name (family names come last).
                official = Some(p);
                k = m.end;
                units += 1;
                break;
            }
            if self.res.particles.contains(self.norm(k)) && k + 1 < e && self.is_word(k + 1) {
                k += 2;
                units += 1;
                continue;
            }
            if !self.untagged(k) {
                // A one-word title inside a name (حسين أمير عبد اللهيان).
                let single_title = units > 0
                    && self
                        .tag_at(k, |t| matches!(t, Tag::Title(_)))
                        .is_some_and(|(m, _)| m.end == k + 1)
                    && !self.norm(k).starts_with(self.res.words.one(Class::Article))
                    && k + 1 < e
                    && self.is_word(k + 1)
                    && (self.untagged(k + 1) || self.res.particles.contains(self.norm(k + 1)));
                if !single_title {
                    break;
                }
            }
            k += 1;
            units += 1;
        }
        let need = if after_title || official.is_some() {
            1
        } else {
            2
        };
        (units >= need && k > j).then_some((k, official))
    }

    /// Registers (or finds) the person named by tokens `start..end`.
    fn register(
        &mut self,
        start: usize,
        end: usize,
        official: Option<u16>,
        office: Option<String>,
        country: Option<String>,
        role_en: Option<String>,
    ) -> usize {
        let ntoks: Vec<String> = (start..end)
            .filter(|&i| self.is_word(i))
            .map(|i| self.norm(i).to_owned())
            .collect();
        let name_ar = self.span_text_skip(start, end, self.clitic_len(start));
        // An unknown name may still be a lexicon person under a fuller or shorter form.
        let official = official.or_else(|| {
            {
                let first = ntoks.first()?;
                let last = ntoks.last()?;
                if ntoks.len() < 2 {
                    return None;
                }
                self.res
                    .officials
                    .iter()
                    .position(|o| o.first == *first && o.last == *last)
            }
            .map(|p| p as u16)
        });
        let mut keys = Vec::new();
        if let Some(last) = ntoks.last() {
            keys.push(last.clone());
            if ntoks.len() >= 2 {
                let prev = &ntoks[ntoks.len() - 2];
                if self.res.particles.contains(prev) {
                    keys.push(format!("{prev}{last}"));
                }
            }
        }
        if let Some(o) = official.and_then(|o| self.res.officials.get(o as usize)) {
            keys.push(o.last.clone());
        }
        keys.retain(|k| k.chars().count() >= 3);
        // Spelling variants of one name ("عبد اللطيف رشيد" / "عبد اللطيف راشد"):
        // same first word, same family name once long vowels are dropped.
        let skeleton = |w: &str| -> String {
            w.chars()
                .filter(|c| !matches!(c, 'ا' | 'و' | 'ي'))
                .collect()
        };
        let variant_of = |p: &Person| {
            ntoks.len() >= 2
                && p.ntoks.len() >= 2
                && p.ntoks.first() == ntoks.first()
                && p.ntoks.last().zip(ntoks.last()).is_some_and(|(a, b)| {
                    skeleton(a).chars().count() >= 3 && skeleton(a) == skeleton(b)
                })
        };
        let found = self.persons.iter().position(|p| {
            (official.is_some() && p.official == official)
                || (!keys.is_empty() && p.keys.iter().any(|k| keys.first() == Some(k)))
                || variant_of(p)
        });
        let idx = match found {
            Some(i) => i,
            None => {
                self.persons.push(Person::default());
                self.persons.len() - 1
            }
        };
        let off = official
            .and_then(|o| self.res.officials.get(o as usize))
            .cloned();
        let p = &mut self.persons[idx];
        if ntoks.len() > p.ntoks.len() {
            p.ntoks = ntoks;
            p.name_ar = name_ar;
        }
        for k in keys {
            if !p.keys.contains(&k) {
                p.keys.push(k);
            }
        }
        if p.official.is_none() {
            p.official = official;
        }
        if (p.office.is_none() || p.office.as_deref() == Some("other"))
            && let Some(o) = office.filter(|o| o != "other" || p.office.is_none())
        {
            p.office = Some(o);
            if role_en.is_some() {
                p.role_en = role_en;
            }
        }
        if p.country.is_none() {
            p.country = country;
        }
        if let Some(o) = off {
            if p.country.is_none()
                && o.country.len() == 2
                && o.country.chars().all(|c| c.is_ascii_uppercase())
            {
                p.country = Some(o.country.clone());
            }
            if p.office.is_none() || p.office.as_deref() == Some("other") {
                p.office = Some(o.office.clone());
            }
        }
        idx
    }

    fn add_mention(&mut self, person: usize, start: usize, end: usize, name: usize, skip: usize) {
        let idx = self.mentions.len() as u32;
        self.mentions.push(Mention {
            person,
            start,
            end,
            name,
            skip,
        });
        for k in start..end {
            if let Some(slot) = self.pmention.get_mut(k) {
                *slot = Some(idx);
            }
        }
    }

    /// Pass 1: titles + names, lexicon names, given-name-led names.
    #[allow(
        clippy::too_many_lines,
        reason = "replaced by the engine cascade rewrite (engine issue)"
    )]
    fn find_people(&mut self) {
        for (si, s) in self.sents.clone().into_iter().enumerate() {
            let mut i = s.start;
            while i < s.end {
                if let Some((m, Tag::Title(t))) = self.tag_at(i, |t| matches!(t, Tag::Title(_))) {
                    let person_here = self.tag_at(i, |t| matches!(t, Tag::Person(_))).is_some();
                    if !person_here {
                        let title = self.res.titles.get(t as usize).cloned();
                        let mut j = m.end;
                        let mut country = title.as_ref().and_then(|t| t.country.clone());
                        let mut demonym_seen = false;
                        let mut steps = 0;
                        while j < s.end && steps < 8 {
                            steps += 1;
                            if let Some((m2, tag)) = self.tag_at(j, |t| {
                                matches!(t, Tag::Demonym(_) | Tag::Country(_) | Tag::Title(_))
                            }) {
                                match tag {
                                    Tag::Demonym(c) | Tag::Country(c) => {
                                        if demonym_seen {
                                            break;
                                        }
                                        demonym_seen = true;
                                        country = self
                                            .res
                                            .countries
                                            .get(c as usize)
                                            .map(|c| c.iso.clone());
                                        j = m2.end;
                                    }
                                    _ => j = m2.end,
                                }
                                continue;
                            }
                            // "وزير السياحة اللبناني", "رئيس أركان جيش الاحتلال الإسرائيلي": words
                            // of the role before a demonym or country.
                            if !demonym_seen && self.untagged(j) && self.is_word(j) {
                                let mut k = j;
                                let mut ok = None;
                                // Not across a preposition: "المبعوث الأممي إلى سوريا" is not Syrian.
                                while k < s.end
                                    && k < j + 3
                                    && self.untagged(k)
                                    && self.is_word(k)
                                    && !self.res.is(Class::RoleBoundaryPrep, self.norm(k))
                                {
                                    k += 1;
                                    if self
                                        .tag_at(k, |t| {
                                            matches!(
                                                t,
                                                Tag::Demonym(_) | Tag::Country(_) | Tag::Title(_)
                                            )
                                        })
                                        .is_some()
                                    {
                                        ok = Some(k);
                                        break;
                                    }
                                }
                                if let Some(k) = ok {
                                    j = k;
                                    continue;
                                }
                            }
                            break;
                        }
                        // "السفير التركي لدى القاهرة فلان": the post belongs to the role.
                        if self.res.is(Class::PostingPrep, self.norm(j))
                            && let Some((m3, _)) =
                                self.tag_at(j + 1, |t| matches!(t, Tag::Country(_) | Tag::City(_)))
                            && demonym_seen
                        {
                            j = m3.end;
                        }
                        let title_end = j;
                        if self.is_comma(j) {
                            j += 1;
                        }
                        while self.tag_at(j, |t| matches!(t, Tag::Honorific)).is_some() {
                            j = self.m_at(j).map(|m| m.end).unwrap_or(j + 1);
                        }
                        if self.is_comma(j) {
                            j += 1;
                        }
                        let name_like = |k: usize| {
                            self.res.given.contains(self.norm(k))
                                || self.res.particles.contains(self.norm(k))
                                || self.tag_at(k, |t| matches!(t, Tag::Person(_))).is_some()
                        };
                        let mut name = self.read_name(j, s.end, true);
                        // "رئيس إقليم كردستان نيجيرفان بارزاني": when the words right after the
                        // title are not a name but a known name follows, the name starts there.
                        if !demonym_seen && !name_like(j) {
                            for k in j + 1..(j + 4).min(s.end) {
                                if !self.is_word(k) || self.is_stop(k) {
                                    break;
                                }
                                if name_like(k) {
                                    if let Some(n) = self.read_name(k, s.end, true) {
                                        name = Some(n);
                                        j = k;
                                    }
                                    break;
                                }
                            }
                        }
                        if name.is_none() && !demonym_seen {
                            // "رئيس ائتلاف دولة القانون نوري المالكي": a given name a few words on.
                            for k in j + 1..(j + 4).min(s.end) {
                                if !self.is_word(k) {
                                    break;
                                }
                                if self.res.given.contains(self.norm(k))
                                    || self.tag_at(k, |t| matches!(t, Tag::Person(_))).is_some()
                                {
                                    name = self.read_name(k, s.end, true);
                                    if name.is_some() {
                                        j = k;
                                    }
                                    break;
                                }
                            }
                        }
                        let office = title.as_ref().map(|t| t.office.clone());
                        let role = title.as_ref().map(|t| t.role_en.clone());
                        let counterpart_title =
                            title.as_ref().is_some_and(|t| t.role_en == "Counterpart");
                        match name {
                            Some((end, official)) => {
                                let (office, role) = if counterpart_title {
                                    (None, None)
                                } else {
                                    (office, role)
                                };
                                let p = self.register(j, end, official, office, country, role);
                                let skip = self.clitic_len(j);
                                self.add_mention(p, i, end, j, skip);
                                i = end;
                            }
                            None => {
                                if let Some(office) = office {
                                    self.roles.push(RoleOnly {
                                        sent: si,
                                        start: i,
                                        end: title_end,
                                        office,
                                        country,
                                        counterpart_of_prev: counterpart_title,
                                    });
                                }
                                i = title_end.max(i + 1);
                            }
                        }
                        continue;
                    }
                }
                if let Some((m, Tag::Person(_))) = self.tag_at(i, |t| matches!(t, Tag::Person(_))) {
                    let end0 = m.end;
                    let (end, official) = self.read_name(i, s.end, true).unwrap_or((end0, None));
                    let official = official.or_else(|| self.best_official(m));
                    let p = self.register(i, end.max(end0), official, None, None, None);
                    let skip = self.clitic_len(i);
                    self.add_mention(p, i, end.max(end0), i, skip);
                    i = end.max(end0);
                    continue;
                }
                if self.untagged(i) && self.is_word(i) && !self.is_stop(i) {
                    let given = variants(&self.res.words, self.norm(i))
                        .iter()
                        .any(|(v, _, p)| {
                            p.is_none()
                                && (self.res.given.contains(v.as_ref())
                                    || self.res.particles.contains(v.as_ref()))
                        });
                    if given && let Some((end, official)) = self.read_name(i, s.end, false) {
                        let p = self.register(i, end, official, None, None, None);
                        let skip = self.clitic_len(i);
                        self.add_mention(p, i, end, i, skip);
                        i = end;
                        continue;
                    }
                }
                i += 1;
            }
        }
    }

    /// Pass 2: family-name mentions and role-only mentions.
    #[allow(
        clippy::too_many_lines,
        reason = "replaced by the engine cascade rewrite (engine issue)"
    )]
    fn resolve_people(&mut self) {
        for s in self.sents.clone() {
            for i in s.clone() {
                if self.pmention[i].is_some() || !self.is_word(i) {
                    continue;
                }
                if !self.untagged(i) && self.tag_at(i, |t| matches!(t, Tag::Person(_))).is_none() {
                    continue;
                }
                let w = self.norm(i).to_owned();
                let found = variants(&self.res.words, &w)
                    .into_iter()
                    .find_map(|(v, _, _)| {
                        let skip = w.chars().count().saturating_sub(v.chars().count());
                        self.persons
                            .iter()
                            .position(|p| p.keys.iter().any(|k| k == v.as_ref()))
                            .map(|p| (p, skip))
                    });
                if let Some((p, skip)) = found {
                    self.add_mention(p, i, i + 1, i, skip);
                }
            }
        }
        let year = self.published.map(|d| chrono::Datelike::year(&d));
        for r in self.roles.clone() {
            if r.office == "other" && !r.counterpart_of_prev || r.office == "minister" {
                continue;
            }
            if self.pmention.get(r.start).copied().flatten().is_some() {
                continue;
            }
            let office = if r.counterpart_of_prev {
                // نظيره: the office of the person named before it in the sentence.
                let s = self.sents.get(r.sent).cloned().unwrap_or(0..0);
                let prev = self
                    .mentions
                    .iter()
                    .filter(|m| m.start >= s.start && m.end <= r.start)
                    .max_by_key(|m| m.start);
                match prev
                    .and_then(|m| self.persons.get(m.person))
                    .and_then(|p| p.office.clone())
                {
                    Some(o) => o,
                    None => continue,
                }
            } else {
                r.office.clone()
            };
            let same = |p: &Person| p.office.as_deref() == Some(office.as_str());
            let cands: Vec<usize> = (0..self.persons.len())
                .filter(|&k| {
                    let p = &self.persons[k];
                    same(p)
                        && (r.country.is_none()
                            || p.country == r.country
                            || (p.country.is_none() && self.official_country(p) == r.country))
                })
                .collect();
            let chosen = if cands.len() == 1 || (r.country.is_some() && !cands.is_empty()) {
                cands.first().copied()
            } else if r.country.is_some() {
                // The lexicon's holder of that office at the publication date.
                let holder = self.res.officials.iter().position(|o| {
                    o.office == office
                        && Some(&o.country) == r.country.as_ref()
                        && match year {
                            Some(y) => o.from.is_none_or(|f| f <= y) && o.to.is_none_or(|t| t >= y),
                            None => o.to.is_none(),
                        }
                });
                holder.map(|h| {
                    let name = self.res.officials[h].name_ar.clone();
                    let keys: Vec<String> = super::resources::phrase_tokens(&name)
                        .last()
                        .cloned()
                        .into_iter()
                        .collect();
                    self.persons.push(Person {
                        name_ar: name.clone(),
                        ntoks: super::resources::phrase_tokens(&name),
                        keys,
                        official: Some(h as u16),
                        office: Some(office.clone()),
                        country: r.country.clone(),
                        role_en: None,
                        unnamed: true,
                    });
                    self.persons.len() - 1
                })
            } else {
                None
            };
            if let Some(p) = chosen {
                if r.counterpart_of_prev && self.persons[p].country.is_none() {
                    self.persons[p].country = r.country.clone();
                }
                self.add_mention(p, r.start, r.end, r.end, 0);
            }
        }
        for r in &self.roles {
            for k in r.start..r.end {
                if let Some(x) = self.role_tok.get_mut(k) {
                    *x = true;
                }
            }
        }
        self.mentions.sort_by_key(|m| m.start);
        self.pmention = vec![None; self.toks.len()];
        for (idx, m) in self.mentions.iter().enumerate() {
            for k in m.start..m.end {
                if let Some(slot) = self.pmention.get_mut(k) {
                    *slot = Some(idx as u32);
                }
            }
        }
    }

    fn official_country(&self, p: &Person) -> Option<String> {
        p.official
            .and_then(|o| self.res.officials.get(o as usize))
            .map(|o| o.country.clone())
    }

    // ----- places -----------------------------------------------------------

    #[allow(
        clippy::too_many_lines,
        reason = "replaced by the engine cascade rewrite (engine issue)"
    )]
    fn places_in(&self, s: &std::ops::Range<usize>) -> Vec<PlaceM> {
        let mut out: Vec<PlaceM> = Vec::new();
        let jo_om = &self.context;
        let mut i = s.start;
        while i < s.end {
            if self.pmention[i].is_some() {
                i += 1;
                continue;
            }
            // "العاصمة العراقية بغداد" / "للعاصمة العراقية": the capital of a demonym's country.
            let capital_word = self
                .res
                .words
                .forms(Class::CapitalWord)
                .iter()
                .any(|f| self.norm(i).ends_with(f.as_str()))
                && variants(&self.res.words, self.norm(i))
                    .iter()
                    .any(|(v, _, _)| self.res.is(Class::CapitalWord, v));
            if capital_word
                && let Some((m, Tag::Demonym(c))) =
                    self.tag_at(i + 1, |t| matches!(t, Tag::Demonym(_)))
            {
                let iso = self
                    .res
                    .countries
                    .get(c as usize)
                    .map(|c| c.iso.clone())
                    .unwrap_or_default();
                let end = m.end;
                let first = self.m_at(i);
                let prep = variants(&self.res.words, self.norm(i))
                    .into_iter()
                    .find(|(v, _, _)| self.res.is(Class::CapitalWord, v))
                    .and_then(|(_, _, p)| p);
                let conj = variants(&self.res.words, self.norm(i))
                    .into_iter()
                    .find(|(v, _, _)| self.res.is(Class::CapitalWord, v))
                    .is_some_and(|(_, c, _)| c);
                let _ = first;
                // A city of that country named right after.
                if let Some((m2, Tag::City(ci))) = self.tag_at(end, |t| matches!(t, Tag::City(_))) {
                    let alt = self.tag_at(end, |t| matches!(t, Tag::City(x) if self.res.cities.get(*x as usize).is_some_and(|c| c.iso == iso)));
                    let ci = match alt {
                        Some((_, Tag::City(x))) => x,
                        _ => ci,
                    };
                    if let Some(city) = self.res.cities.get(ci as usize) {
                        out.push(PlaceM {
                            start: i,
                            end: m2.end,
                            iso: city.iso.clone(),
                            city: Some(city.name_en.clone()),
                            name_ar: self.span_text(end, m2.end),
                            conj,
                            prep,
                        });
                        i = m2.end;
                        continue;
                    }
                }
                let cap = self
                    .res
                    .country(&iso)
                    .map(|c| c.capital_en.clone())
                    .filter(|c| !c.is_empty());
                out.push(PlaceM {
                    start: i,
                    end,
                    iso,
                    city: cap,
                    name_ar: self.place_text(i, end, conj, prep),
                    conj,
                    prep,
                });
                i = end;
                continue;
            }
            let Some(m) = self.m_at(i) else {
                i += 1;
                continue;
            };
            let city = m
                .tags
                .iter()
                .find_map(|t| if let Tag::City(c) = t { Some(*c) } else { None });
            let country = m.tags.iter().find_map(|t| {
                if let Tag::Country(c) = t {
                    Some(*c)
                } else {
                    None
                }
            });
            let venue = m.tags.iter().find_map(|t| {
                if let Tag::Venue(c) = t {
                    Some(*c)
                } else {
                    None
                }
            });
            let demonym_only = country.is_none() && city.is_none() && venue.is_none();
            if demonym_only || self.in_role(i) {
                i = m.end;
                continue;
            }
            let (end, conj, prep) = (m.end, m.conj, m.prep);
            let name_ar = self.place_text(i, end, conj, prep);
            let p = if let Some(v) = venue.and_then(|v| self.res.venues.get(v as usize)) {
                PlaceM {
                    start: i,
                    end,
                    iso: v.iso.clone(),
                    city: v.city.clone(),
                    name_ar,
                    conj,
                    prep,
                }
            } else if let (Some(ci), Some(co)) = (city, country) {
                // Ambiguous (عمان): decide by the article's context.
                let c = self.res.cities.get(ci as usize);
                let k = self.res.countries.get(co as usize);
                // A city named like its own country (الكويت، جيبوتي) is the country
                // unless the text says "مدينة" or "العاصمة" before it.
                let city_word = i.checked_sub(1).is_some_and(|x| {
                    variants(&self.res.words, self.norm(x))
                        .iter()
                        .any(|(v, _, _)| {
                            self.res.is(Class::CityWord, v) || self.res.is(Class::CapitalWord, v)
                        })
                });
                let prefer_city = c.is_some_and(|c| {
                    if k.is_some_and(|k| k.iso == c.iso) {
                        return city_word;
                    }
                    jo_om.get(&c.iso).copied().unwrap_or(0)
                        >= k.and_then(|k| jo_om.get(&k.iso)).copied().unwrap_or(0)
                });
                match (prefer_city, c, k) {
                    (true, Some(c), _) => PlaceM {
                        start: i,
                        end,
                        iso: c.iso.clone(),
                        city: Some(c.name_en.clone()),
                        name_ar,
                        conj,
                        prep,
                    },
                    (_, _, Some(k)) => PlaceM {
                        start: i,
                        end,
                        iso: k.iso.clone(),
                        city: None,
                        name_ar,
                        conj,
                        prep,
                    },
                    _ => {
                        i = end;
                        continue;
                    }
                }
            } else if let Some(c) = city.and_then(|c| self.res.cities.get(c as usize)) {
                PlaceM {
                    start: i,
                    end,
                    iso: c.iso.clone(),
                    city: Some(c.name_en.clone()),
                    name_ar,
                    conj,
                    prep,
                }
            } else if let Some(k) = country.and_then(|c| self.res.countries.get(c as usize)) {
                PlaceM {
                    start: i,
                    end,
                    iso: k.iso.clone(),
                    city: None,
                    name_ar,
                    conj,
                    prep,
                }
            } else {
                i = end;
                continue;
            };
            // "جدة السعودية": a city followed by its own country is one place.
            if let Some(prev) = out.last_mut()
                && prev.end == p.start
                && prev.iso == p.iso
                && p.city.is_none()
            {
                prev.end = p.end;
                i = end;
                continue;
            }
            out.push(p);
            i = end;
        }
        out
    }

    /// Per country, how often the article points to it (names, demonyms, cities):
    /// settles عمان between Amman (JO) and Oman (OM).
    fn amman_or_oman(&self) -> HashMap<String, usize> {
        let mut h = HashMap::new();
        for m in &self.matches {
            let ambiguous = m.tags.iter().any(|t| matches!(t, Tag::City(_)))
                && m.tags.iter().any(|t| matches!(t, Tag::Country(_)));
            if ambiguous {
                continue;
            }
            for t in &m.tags {
                let iso = match t {
                    Tag::Country(c) | Tag::Demonym(c) => {
                        self.res.countries.get(*c as usize).map(|c| c.iso.clone())
                    }
                    Tag::City(c) => self.res.cities.get(*c as usize).map(|c| c.iso.clone()),
                    _ => None,
                };
                if let Some(iso) = iso {
                    *h.entry(iso).or_insert(0) += 1;
                }
            }
        }
        h
    }

    /// Token `i` is inside a person mention's role ("رئيس وزراء إسرائيل").
    fn in_role(&self, i: usize) -> bool {
        self.pmention.get(i).copied().flatten().is_some()
            || self.role_tok.get(i).copied().unwrap_or(false)
    }

    // ----- events -----------------------------------------------------------

    fn cue_at(&self, i: usize) -> Option<(CueKind, usize, &'r str)> {
        let m = self.m_at(i)?;
        m.tags.iter().find_map(|t| {
            if let Tag::Cue(c) = t {
                self.res
                    .cues
                    .get(*c as usize)
                    .map(|c| (c.kind, m.end, c.id.as_str()))
            } else {
                None
            }
        })
    }

    /// Cue kinds found in tokens `a..b`, with their token positions.
    fn cues_in(&self, a: usize, b: usize) -> Vec<(CueKind, usize, &'r str)> {
        let mut out = Vec::new();
        let mut i = a;
        while i < b {
            if let Some((k, end, id)) = self.cue_at(i) {
                out.push((k, i, id));
                i = end.max(i + 1);
            } else {
                i = self.m_at(i).map(|m| m.end).unwrap_or(i + 1).max(i + 1);
            }
        }
        out
    }

    /// Token `i` ends in an attached pronoun (لقائه، زيارتها): its possessor is
    /// someone already named, not the next noun.
    fn pronoun_suffix(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        let word: String = self.chars[t.start.min(self.chars.len())..t.end.min(self.chars.len())]
            .iter()
            .filter(|c| text::normalize_char(**c).is_some())
            .collect();
        self.res
            .words
            .forms(Class::PronounSuffix)
            .iter()
            .any(|s| word.ends_with(s.as_str()))
    }

    /// The ID of the first cue rule of `kind`.
    fn cue_id(&self, kind: CueKind) -> String {
        self.res
            .cues
            .iter()
            .find(|c| c.kind == kind)
            .map(|c| c.id.clone())
            .unwrap_or_default()
    }

    /// A cue of `kind` ends right before token `at` ("قادما من | السعودية").
    fn cue_ends_at(&self, at: usize, kind: CueKind) -> bool {
        (at.saturating_sub(4)..at).any(|k| self.cue_at(k).is_some_and(|c| c.0 == kind && c.1 == at))
    }

    fn mention_ending_near(&self, t: usize, s: &std::ops::Range<usize>) -> Option<Mention> {
        // A subject right before the trigger ("بلينكن التقى", "لافروف قد وصل", "أردوغان الذي حل").
        let from = self
            .mentions
            .partition_point(|m| m.start < s.start.max(t.saturating_sub(40)));
        self.mentions[from..]
            .iter()
            .take_while(|m| m.start < t)
            .filter(|m| m.start >= s.start && m.end <= t && t - m.end <= 2)
            .filter(|m| {
                (m.end..t).all(|k| {
                    !self.is_word(k)
                        || self.res.is(Class::PastParticle, self.norm(k))
                        || self.res.is(Class::RelativePronoun, self.norm(k))
                })
            })
            .max_by_key(|m| m.end)
            .copied()
    }

    fn mentions_after(&self, t: usize, e: usize) -> Vec<Mention> {
        // Mentions are sorted by start.
        let from = self.mentions.partition_point(|m| m.start < t);
        self.mentions[from..]
            .iter()
            .take_while(|m| m.start < e)
            .copied()
            .collect()
    }

    fn mentions_before(&self, s: usize, t: usize) -> Vec<Mention> {
        // At most 60 tokens back: a subject further away is not this trigger's.
        let s = s.max(t.saturating_sub(60));
        let from = self.mentions.partition_point(|m| m.start < s);
        let mut v: Vec<Mention> = self.mentions[from..]
            .iter()
            .take_while(|m| m.start < t)
            .filter(|m| m.end <= t)
            .copied()
            .collect();
        v.reverse();
        v
    }

    fn person_country(&self, p: usize) -> Option<String> {
        self.persons.get(p).and_then(|p| p.country.clone())
    }

    /// Destination places after a trigger: the first place (not an origin "من X")
    /// and the places coordinated with it.
    fn destinations(
        &self,
        places: &[PlaceM],
        from: usize,
        limit: usize,
        need_prep: bool,
    ) -> Vec<PlaceM> {
        let mut out: Vec<PlaceM> = Vec::new();
        for p in places.iter().filter(|p| p.start >= from && p.start < limit) {
            let prevw = p.start.checked_sub(1).map(|k| self.norm(k)).unwrap_or("");
            // "من بغداد إلى النجف" is an origin; "كلا من السعودية" is not.
            let prev2 = p.start.checked_sub(2).map(|k| self.norm(k)).unwrap_or("");
            let origin = (self.res.is(Class::OriginPrep, prevw)
                && !self.res.is(Class::Quantifier, prev2))
                || self.cue_ends_at(p.start, CueKind::Origin);
            let before = p
                .start
                .checked_sub(1)
                .is_some_and(|k| self.cue_at(k).is_some_and(|c| c.0 == CueKind::Before));
            if let Some(last) = out.last() {
                let gap: Vec<usize> = (last.end..p.start).collect();
                let coordinated = (p.conj && gap.iter().all(|&k| self.is_comma(k)))
                    || (gap.len() <= 2
                        && gap.iter().all(|&k| {
                            self.is_comma(k) || self.res.is(Class::Conjunction, self.norm(k))
                        }));
                if coordinated && !origin {
                    out.push(p.clone());
                    continue;
                }
                break;
            }
            if origin || before {
                continue;
            }
            // The place follows the trigger closely: at most four words between them,
            // not counting people and time words ("وصل وزير الخارجية … القاهرة").
            let between = (from..p.start)
                .filter(|&k| {
                    self.is_word(k)
                        && self.pmention.get(k).copied().flatten().is_none()
                        && !self.timeword(k)
                })
                .count();
            if between > 6 {
                break;
            }
            if need_prep {
                let prev_in = (p.start.saturating_sub(3)..p.start)
                    .any(|k| self.res.is(Class::InPrep, self.norm(k)));
                if !(prev_in || p.prep == Some('ب')) {
                    continue;
                }
            }
            out.push(p.clone());
        }
        out
    }

    /// Token `i` is a time word (weekday, month, relative day, number).
    fn timeword(&self, i: usize) -> bool {
        if self.toks.get(i).is_some_and(|t| t.kind == TokKind::Num)
            || self.res.is(Class::DayWord, self.norm(i))
        {
            return true;
        }
        let Some(m) = self
            .covers
            .get(i)
            .copied()
            .flatten()
            .and_then(|x| self.matches.get(x as usize))
        else {
            return false;
        };
        m.tags.iter().any(|t| {
            matches!(
                t,
                Tag::Weekday(_) | Tag::Month(_) | Tag::Relative(_) | Tag::Time(_)
            )
        })
    }

    /// Places reported as the leg before: "بعد لبنان", "قادما من السعودية", "بعد زيارته للعراق".
    fn earlier_legs(&self, places: &[PlaceM], from: usize, limit: usize) -> Vec<PlaceM> {
        places
            .iter()
            .filter(|p| p.start >= from && p.start < limit)
            .filter(|p| {
                let k1 = p.start.checked_sub(1);
                let origin = self.cue_ends_at(p.start, CueKind::Origin);
                let before =
                    k1.is_some_and(|k| self.cue_at(k).is_some_and(|c| c.0 == CueKind::Before));
                origin || before
            })
            .cloned()
            .collect()
    }

    /// A human-readable trace of sentences, tags and people (for debugging rules).
    pub fn trace(mut self) -> String {
        self.find_people();
        self.resolve_people();
        let mut out = String::new();
        for (si, s) in self.sents.clone().into_iter().enumerate() {
            out.push_str(&format!("[{si}] {}\n", self.span_text(s.start, s.end)));
            for i in s.clone() {
                if let Some(m) = self.m_at(i) {
                    out.push_str(&format!(
                        "    tag {} {:?}\n",
                        self.span_text(m.start, m.end),
                        m.tags
                    ));
                }
            }
            for m in self
                .mentions
                .iter()
                .filter(|m| m.start >= s.start && m.end <= s.end)
            {
                let p = &self.persons[m.person];
                out.push_str(&format!(
                    "    person#{} `{}` -> {} {:?} {:?}\n",
                    m.person,
                    self.span_text(m.start, m.end),
                    p.name_ar,
                    p.office,
                    p.country
                ));
            }
        }
        out
    }

    /// Runs the whole pipeline and returns the article's visits.
    pub fn visits(self) -> Vec<Visit> {
        self.analyze().0
    }

    /// Runs the whole pipeline once and returns the article's visits and the
    /// names it recognized on the way, in text order without overlaps.
    #[allow(
        clippy::too_many_lines,
        reason = "replaced by the engine cascade rewrite (engine issue)"
    )]
    pub fn analyze(mut self) -> (Vec<Visit>, Vec<Entity>) {
        self.find_people();
        self.resolve_people();
        let mut found: Vec<Entity> = self
            .mentions
            .iter()
            .filter(|m| m.name < m.end)
            .filter_map(|m| self.entity(m.name, m.end, m.skip, EntityKind::Person))
            .collect();
        let mut evs: Vec<Ev> = Vec::new();
        let mut times: Vec<(usize, TimeExpr)> = Vec::new();
        let mut ordinals: Vec<(usize, u32)> = Vec::new();
        for (si, s) in self.sents.clone().into_iter().enumerate() {
            let places = self.places_in(&s);
            let mut texprs = {
                let tag_at = |i: usize| self.m_at(i).map(|m| (m.end, m.tags.as_slice()));
                dates::find(&self.toks, s.clone(), &tag_at, &self.res.words)
            };
            found.extend(places.iter().filter_map(|p| {
                let skip = self.place_skip(p.start, p.conj, p.prep);
                self.entity(p.start, p.end, skip, EntityKind::Place)
            }));
            found.extend(
                texprs
                    .iter()
                    .filter_map(|t| self.entity(t.start, t.end, 0, EntityKind::Date)),
            );
            // A dateline ("أديس أبابا، 04/22/ 2024 (…) ـ"): a date near the start of a line that opens with a place.
            let opens_with_place = places.first().is_some_and(|p| p.start == s.start);
            for t in &mut texprs {
                if opens_with_place
                    && t.start < s.start + 6
                    && matches!(t.when, When::Explicit { .. })
                {
                    t.dateline = true;
                }
            }
            let first_ev = evs.len();
            let cues = self.cues_in(s.start, s.end);
            let denied = |t: usize| cues.iter().any(|c| c.0 == CueKind::Denied && c.1 < t);
            let phone = cues.iter().any(|c| c.0 == CueKind::Phone);
            let mut i = s.start;
            while i < s.end {
                let Some((m, Tag::Trigger(r))) = self.tag_at(i, |t| matches!(t, Tag::Trigger(_)))
                else {
                    i = self.m_at(i).map(|m| m.end).unwrap_or(i + 1).max(i + 1);
                    continue;
                };
                let (t, te) = (i, m.end);
                i = te;
                let Some(rule) = self.res.rules.get(r as usize).cloned() else {
                    continue;
                };
                // "جولة تشمل …": a list of legs only right after a trip noun.
                if rule.kind == TriggerKind::Tour && !self.trip_noun_before(t) {
                    continue;
                }
                // Ordinal trip numbers: "زيارته الخامسة", "هي الخامسة".
                if matches!(rule.kind, TriggerKind::Visit) {
                    for k in te..(te + 4).min(s.end) {
                        if let Some((_, Tag::Ordinal(o))) =
                            self.tag_at(k, |t| matches!(t, Tag::Ordinal(_)))
                        {
                            if let Some(mm) = self
                                .mention_ending_near(t, &s)
                                .or_else(|| {
                                    self.mentions_after(te, (te + 3).min(s.end))
                                        .first()
                                        .copied()
                                })
                                .or_else(|| self.mentions_before(s.start, t).first().copied())
                            {
                                ordinals.push((mm.person, u32::from(o)));
                            }
                            break;
                        }
                    }
                }
                if denied(t) || (phone && rule.kind == TriggerKind::Meet) {
                    continue;
                }
                let negated = (t.saturating_sub(2)..t).any(|k| {
                    self.cue_at(k)
                        .is_some_and(|c| matches!(c.0, CueKind::Negated))
                        && self.is_word(k)
                });
                // "قد يزور" (may visit) is a guess; "كان قد وصل" is not.
                let may = rule.tense == Tense::Present
                    && t > 0
                    && self.res.is(Class::MayParticle, self.norm(t - 1));
                let hypothetical = may
                    || (t.saturating_sub(4)..t)
                        .any(|k| self.cue_at(k).is_some_and(|c| c.0 == CueKind::Hypothetical));
                if negated || hypothetical {
                    continue;
                }
                // The next trigger bounds this one's places.
                let mut next_trig = s.end;
                let mut k = te;
                while k < s.end {
                    if self.tag_at(k, |t| matches!(t, Tag::Trigger(_))).is_some() {
                        next_trig = k;
                        break;
                    }
                    k += 1;
                }
                // Wide enough for a titled name, commas and a date; `destinations` bounds the words between.
                let window_end = next_trig.min(te + 40);
                // Status.
                let mut status = match rule.tense {
                    Tense::Past | Tense::Noun => Status::Occurred,
                    Tense::Present | Tense::Future => Status::Planned,
                };
                let mut rules = vec![rule.id.clone()];
                let mut status_explicit = rule.tense != Tense::Noun;
                let planned_cue = cues.iter().find(|c| {
                    c.0 == CueKind::Planned
                        && ((c.1 < t && (rule.tense == Tense::Noun || t - c.1 <= 6))
                            || (c.1 >= te && c.1 < te + 4))
                });
                if let Some(c) = planned_cue
                    && rule.tense != Tense::Past
                {
                    status = Status::Planned;
                    status_explicit = true;
                    rules.push(c.2.to_owned());
                }
                if let Some(c) = cues
                    .iter()
                    .find(|c| c.0 == CueKind::Cancelled && c.1 + 9 >= t && c.1 <= te + 9)
                {
                    status = Status::Cancelled;
                    status_explicit = true;
                    rules.push(c.2.to_owned());
                    // "لكن الزيارة أُلغيت": a trip noun with no place of its own calls
                    // off the visit just reported.
                    let own_place = places.iter().any(|p| p.start >= te && p.start < te + 6);
                    if rule.kind == TriggerKind::Visit && !own_place {
                        if let Some(prev) = evs.last_mut().filter(|p| p.sent + 1 >= si) {
                            prev.status = Status::Cancelled;
                            prev.status_explicit = true;
                            if !prev.rules.iter().any(|r| r == c.2) {
                                prev.rules.push(c.2.to_owned());
                            }
                        }
                        continue;
                    }
                }
                let sequence = (t.saturating_sub(3)..t)
                    .any(|k| self.cue_at(k).is_some_and(|c| c.0 == CueKind::Sequence))
                    || (te..(te + 4).min(s.end))
                        .any(|k| self.cue_at(k).is_some_and(|c| c.0 == CueKind::Sequence));
                let before_cue = (t.saturating_sub(2)..t)
                    .any(|k| self.cue_at(k).is_some_and(|c| c.0 == CueKind::Before));
                let first_leg = (t.saturating_sub(6)..t)
                    .any(|k| self.cue_at(k).is_some_and(|c| c.0 == CueKind::FirstLeg));
                let again = (te..(te + 3).min(s.end))
                    .any(|k| self.cue_at(k).is_some_and(|c| c.0 == CueKind::Again));
                for (flag, kind) in [
                    (sequence, CueKind::Sequence),
                    (before_cue, CueKind::Before),
                    (first_leg, CueKind::FirstLeg),
                ] {
                    if flag {
                        rules.push(self.cue_id(kind));
                    }
                }

                // Places and visitor.
                let mut dests: Vec<PlaceM>;
                let mut visitor: Option<usize> = None;
                let mut host: Option<usize> = None;
                let mut implied = false;
                let mut co_visitors: Vec<usize> = Vec::new();
                match rule.kind {
                    TriggerKind::Host => {
                        let before = self.mention_ending_near(t, &s);
                        let after = self.mentions_after(te, s.end);
                        let (h, g) = match before {
                            Some(b) => (Some(b), after.first().copied()),
                            None => (after.first().copied(), after.get(1).copied()),
                        };
                        host = h.map(|m| m.person);
                        visitor = g.map(|m| m.person);
                        dests = self.destinations(&places, te, s.end.min(te + 30), true);
                        dests.truncate(1);
                        if dests.is_empty()
                            && let Some(iso) = host.and_then(|h| self.person_country(h))
                            && self.res.country(&iso).is_some()
                        {
                            dests.push(PlaceM {
                                start: te,
                                end: te,
                                iso: iso.clone(),
                                city: None,
                                name_ar: self
                                    .res
                                    .country(&iso)
                                    .map(|c| c.name_ar.clone())
                                    .unwrap_or_default(),
                                conj: false,
                                prep: None,
                            });
                        }
                    }
                    TriggerKind::Stop => {
                        // "محطته التالية هي القدس": planned unless stated otherwise; an
                        // ordinal ("المحطة الثانية") numbers the previous leg instead.
                        if let Some((_, Tag::Ordinal(o))) = (te..(te + 3).min(s.end))
                            .find_map(|k| self.tag_at(k, |t| matches!(t, Tag::Ordinal(_))))
                        {
                            if let Some(prev) = evs[first_ev..].last_mut() {
                                prev.leg = Some(u32::from(o));
                            }
                            continue;
                        }
                        dests = self.destinations(
                            &places,
                            te,
                            window_end.max(te + 8).min(s.end),
                            false,
                        );
                        dests.truncate(1);
                    }
                    TriggerKind::Meet => {
                        dests = self.destinations(&places, te, window_end, true);
                        dests.truncate(1);
                    }
                    _ => {
                        dests = self.destinations(&places, te, window_end, false);
                        if rule.kind != TriggerKind::Tour
                            && rule.kind != TriggerKind::Visit
                            && rule.kind != TriggerKind::Go
                        {
                            dests.truncate(1);
                        }
                    }
                }
                if rule.kind != TriggerKind::Host {
                    let place_iso = dests.first().map(|d| d.iso.clone());
                    let ok = |p: usize| match (&place_iso, self.person_country(p)) {
                        (Some(a), Some(b)) => *a != b,
                        _ => true,
                    };
                    let after = self.mentions_after(te, (te + 4).min(s.end));
                    let near_before = self.mention_ending_near(t, &s);
                    let mut cands: Vec<Mention> = Vec::new();
                    if rule.tense == Tense::Noun {
                        // "زيارة أردوغان لقطر": the possessor follows; else the subject before.
                        let possessor = self.mentions_after(te, (te + 1).min(s.end));
                        // "زيارة الرئيس إلى …" with a role nobody could name: the traveller is
                        // unknown, not whoever was named earlier in the sentence.
                        let unknown_possessor = possessor.is_empty()
                            && !self.pronoun_suffix(t)
                            && (self.role_tok.get(te).copied().unwrap_or(false)
                                || self
                                    .tag_at(te, |x| matches!(x, Tag::Title(_) | Tag::Honorific))
                                    .is_some());
                        if !self.pronoun_suffix(t) {
                            cands.extend(possessor);
                        }
                        if !unknown_possessor {
                            cands.extend(self.mentions_before(s.start, t));
                        }
                        // "الزيارة التي يجريها الرئيس التركي إلى العراق": the visitor
                        // named between the noun and the place.
                        let first_place = dests.first().map(|d| d.start).unwrap_or(te);
                        cands.extend(self.mentions_after(te + 1, first_place));
                    } else {
                        // A verb's subject is right before it or right after it.
                        cands.extend(near_before);
                        cands.extend(after.iter().copied());
                    }
                    let chosen = cands.iter().find(|m| ok(m.person)).copied();
                    visitor = chosen.map(|m| m.person);
                    // "وصل الرئيس الفلسطيني محمود عباس والرئيس التونسي قيس سعيد": coordinated
                    // subjects travel too.
                    if let Some(mut cur) = chosen.filter(|_| rule.tense != Tense::Noun) {
                        while let Some(next) = self
                            .mentions_after(cur.end, cur.end + 1)
                            .into_iter()
                            .find(|m| {
                                m.start == cur.end
                                    && self.norm(m.start).starts_with('و')
                                    && ok(m.person)
                            })
                        {
                            co_visitors.push(next.person);
                            cur = next;
                        }
                    }
                    if rule.kind == TriggerKind::Meet && dests.is_empty() {
                        // A foreign leader met with no place named: the meeting was in their country.
                        let met = self.mentions_after(te, window_end.max(te + 6).min(s.end));
                        let v = visitor;
                        if let Some(c) = met.iter().filter(|m| Some(m.person) != v).find(|m| {
                            self.persons.get(m.person).is_some_and(|p| {
                                p.office
                                    .as_deref()
                                    .is_some_and(|o| HOST_OFFICES.contains(&o))
                                    && p.country.is_some()
                                    && p.country != v.and_then(|v| self.person_country(v))
                            })
                        }) && let Some(iso) = self.person_country(c.person)
                            && let Some(k) = self.res.country(&iso)
                        {
                            dests.push(PlaceM {
                                start: c.start,
                                end: c.start,
                                iso: iso.clone(),
                                city: None,
                                name_ar: k.name_ar.clone(),
                                conj: false,
                                prep: None,
                            });
                            implied = true;
                            host = Some(c.person);
                        }
                    }
                }
                // "زيارة عمل أخرى": another visit by the previous visitor to the previous place.
                if dests.is_empty()
                    && again
                    && rule.kind == TriggerKind::Visit
                    && self
                        .res
                        .words
                        .forms(Class::VisitNoun)
                        .iter()
                        .any(|f| self.norm(t).contains(f.as_str()))
                    && let Some(prev) = evs.last().filter(|p| p.sent + 2 >= si)
                {
                    if visitor.is_none() {
                        visitor = Some(prev.visitor);
                    }
                    rules.push(self.cue_id(CueKind::Again));
                    dests.push(PlaceM {
                        start: te,
                        end: te,
                        iso: prev.iso.clone(),
                        city: None,
                        name_ar: prev.place_ar.clone(),
                        conj: false,
                        prep: None,
                    });
                    implied = true;
                }
                // Tour lists inherit the sentence's status ("يتوجه غدا … في مستهل جولة تشمل …").
                if rule.kind == TriggerKind::Tour
                    && planned_cue.is_none()
                    && status == Status::Occurred
                    && let Some(prev) = evs[first_ev..].last()
                {
                    status = prev.status;
                }
                let earlier = self.earlier_legs(&places, te, window_end.max(te + 8).min(s.end));
                // "ومن المنتظر أن يصل ولي العهد صباح غد": an arrival with no place named
                // is one more arrival at the place just reported.
                if dests.is_empty()
                    && rule.kind == TriggerKind::Arrive
                    && let Some(prev) = evs.iter().rev().find(|p| {
                        p.sent + 2 >= si && p.rules.iter().any(|r| r.starts_with("ARRIVE-"))
                    })
                {
                    dests.push(PlaceM {
                        start: te,
                        end: te,
                        iso: prev.iso.clone(),
                        city: prev.city.clone(),
                        name_ar: prev.place_ar.clone(),
                        conj: false,
                        prep: None,
                    });
                    implied = true;
                }
                let Some(v0) = visitor else { continue };
                for v in std::iter::once(v0).chain(co_visitors.iter().copied()) {
                    let vc = self.person_country(v);
                    for (n, d) in dests.iter().enumerate() {
                        if vc.as_deref() == Some(d.iso.as_str()) {
                            continue;
                        }
                        let mut cps = Vec::new();
                        if let Some(h) = host
                            && h != v
                        {
                            cps.push(h);
                        }
                        evs.push(Ev {
                            status,
                            status_explicit,
                            tense_future: status == Status::Planned,
                            counterparts: cps,
                            rules: rules.clone(),
                            leg: if first_leg && n == 0 { Some(1) } else { None },
                            before: before_cue,
                            sequence: sequence && n == 0,
                            implied,
                            ..Ev::at(si, t, v, d)
                        });
                    }
                }
                let v = v0;
                let vc = self.person_country(v);
                for d in earlier {
                    if vc.as_deref() == Some(d.iso.as_str())
                        || dests.iter().any(|x| x.start == d.start)
                    {
                        continue;
                    }
                    let mut rr = vec![rule.id.clone()];
                    rr.push(
                        self.cue_at(d.start.saturating_sub(1))
                            .map(|c| c.2.to_owned())
                            .unwrap_or_else(|| "CUE-ORIGIN".to_owned()),
                    );
                    evs.push(Ev {
                        rules: rr,
                        before: true,
                        ..Ev::at(si, t, v, &d)
                    });
                }
            }
            // Dates: each expression goes to the nearest event of the sentence.
            let sent_evs: Vec<usize> = (first_ev..evs.len()).collect();
            for te in &texprs {
                if sent_evs.is_empty() {
                    break;
                }
                let dist = |e: &Ev| {
                    let p = e.pos;
                    if p >= te.end {
                        p - te.end
                    } else {
                        te.start.saturating_sub(p + 1)
                    }
                };
                let mut order = sent_evs.clone();
                order.sort_by_key(|&k| dist(&evs[k]));
                let since = te
                    .start
                    .checked_sub(1)
                    .is_some_and(|x| self.res.is(Class::SinceBeforeAfter, self.norm(x)));
                if !since && !te.dateline {
                    for &k in &order {
                        evs[k].has_date_expr = true;
                    }
                }
                for &k in order.iter().take(1) {
                    // "منذ 7 أكتوبر": a starting point, not the day of the visit.
                    // A day found earlier wins; a mere year or month does not block a day.
                    let taken = evs[k].date.is_some()
                        || (evs[k].date_text.is_some()
                            && !matches!(
                                te.when,
                                When::Relative(_) | When::Weekday(..) | When::Explicit { .. }
                            ));
                    if te.dateline || since || dist(&evs[k]) > 20 || taken {
                        continue;
                    }
                    // A date of the matrix clause ("أعلنت أمس أن شكري سيزور") is not the trip's.
                    let (a, b) = if te.end <= evs[k].trig {
                        (te.end, evs[k].trig)
                    } else {
                        (evs[k].trig, te.start)
                    };
                    let complementizer =
                        (a..b).any(|x| self.res.is(Class::Complementizer, self.norm(x)));
                    if complementizer {
                        continue;
                    }
                    let future = evs[k].tense_future;
                    let d = dates::resolve(te.when, self.published, future);
                    // Tense must agree: a past day is not the day of a planned trip.
                    let clash = match (
                        d,
                        self.published,
                        matches!(te.when, When::Relative(_) | When::Weekday(..)),
                    ) {
                        (Some(d), Some(p), true) => {
                            (future && d < p) || (evs[k].status == Status::Occurred && d > p)
                        }
                        _ => false,
                    };
                    if clash {
                        continue;
                    }
                    evs[k].date = d;
                    evs[k].month = dates::month_of(te.when, self.published);
                    evs[k].date_text = Some(self.span_text(te.start, te.end));
                    if evs[k].status == Status::Occurred
                        && let (Some(d), Some(p)) = (d, self.published)
                        && d > p
                        && evs[k]
                            .rules
                            .iter()
                            .any(|r| r.starts_with("VISIT-NOUN") || r.starts_with("MEET-NOUN"))
                    {
                        evs[k].status = Status::Planned;
                    }
                }
            }
            // "ثم توجه …": the next leg of the same day.
            for k in sent_evs.iter().copied() {
                if evs[k].sequence && evs[k].date_text.is_none() && k > first_ev {
                    let prev = evs[k - 1].clone();
                    evs[k].date = prev.date;
                    evs[k].date_text = prev.date_text;
                }
            }
            // "سيزور كوريا الشمالية وفيتنام الأسبوع المقبل": the legs listed by one
            // trigger share the day written after the list.
            for k in sent_evs.iter().copied() {
                if evs[k].date_text.is_some() || evs[k].before {
                    continue;
                }
                let sib = sent_evs.iter().copied().find(|&o| {
                    o != k
                        && evs[o].trig == evs[k].trig
                        && !evs[o].before
                        && evs[o].date_text.is_some()
                        && evs[o].pos > evs[k].pos
                });
                if let Some(o) = sib {
                    let (d, dt, m) = (evs[o].date, evs[o].date_text.clone(), evs[o].month);
                    evs[k].date = d;
                    evs[k].date_text = dt;
                    evs[k].month = m;
                }
            }
            // Companions ("رافقه فيها كل من …") travel with the sentence's visit.
            if let Some(c) = cues.iter().find(|c| c.0 == CueKind::Companion)
                && let Some(base) = evs[first_ev..].first().cloned()
            {
                for m in self.mentions_after(c.1, s.end) {
                    if m.person == base.visitor
                        || evs[first_ev..].iter().any(|e| e.visitor == m.person)
                    {
                        continue;
                    }
                    let mut e = base.clone();
                    e.visitor = m.person;
                    e.rules.push(c.2.to_owned());
                    e.counterparts.clear();
                    evs.push(e);
                }
            }
            times.extend(texprs.into_iter().map(|t| (si, t)));
        }
        // The lead's day for occurred visits whose sentence gives no day (news of the day),
        // only near the lead: background facts come later in a news story.
        let lead: Option<(usize, TimeExpr)> = times
            .iter()
            .filter(|(si, t)| {
                *si < 3 && !t.dateline && matches!(t.when, When::Relative(_) | When::Weekday(..))
            })
            .min_by_key(|(si, _)| *si)
            .cloned();
        for e in &mut evs {
            if e.status != Status::Occurred || e.has_date_expr || e.date_text.is_some() || e.before
            {
                continue;
            }
            if let Some((si, t)) = &lead {
                let s = self.sents.get(*si).cloned().unwrap_or(0..0);
                let mentions_visitor = self
                    .mentions
                    .iter()
                    .any(|m| m.person == e.visitor && m.start >= s.start && m.end <= s.end);
                if mentions_visitor && *si <= e.sent && e.sent <= *si + 3 {
                    e.date = dates::resolve(t.when, self.published, false);
                    e.date_text = Some(self.span_text(t.start, t.end));
                }
            }
        }
        self.counterparts(&mut evs);
        let ordinal_of = |p: usize| ordinals.iter().find(|(q, _)| *q == p).map(|(_, o)| *o);
        let merged = self.dedup(evs);
        let visits = merged
            .into_iter()
            .map(|(e, spans, cps)| {
                let ord = ordinal_of(e.visitor);
                self.to_visit(&e, &spans, &cps, ord)
            })
            .collect();
        (visits, entities_of(found))
    }

    /// The entity of kind `kind` over tokens `start..end` without `skip` clitic letters.
    fn entity(&self, start: usize, end: usize, skip: usize, kind: EntityKind) -> Option<Entity> {
        self.char_range_skip(start, end, skip).map(|r| Entity {
            start: r.start,
            end: r.end,
            kind,
        })
    }

    /// Counterparts: people in a meeting clause, given to the nearest visit in their country.
    #[allow(
        clippy::too_many_lines,
        reason = "replaced by the engine cascade rewrite (engine issue)"
    )]
    fn counterparts(&self, evs: &mut [Ev]) {
        use std::collections::HashSet;
        let travellers: HashSet<usize> = evs.iter().map(|e| e.visitor).collect();
        let visit_sents: HashSet<usize> = evs.iter().map(|e| e.sent).collect();
        let visitor_in: HashSet<(usize, usize)> = evs.iter().map(|e| (e.sent, e.visitor)).collect();
        let visitor_country: Vec<Option<String>> =
            evs.iter().map(|e| self.person_country(e.visitor)).collect();
        let mut by_sent: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut by_iso: HashMap<String, Vec<usize>> = HashMap::new();
        for (k, e) in evs.iter().enumerate() {
            by_sent.entry(e.sent).or_default().push(k);
            by_iso.entry(e.iso.clone()).or_default().push(k);
        }
        for (si, s) in self.sents.iter().enumerate() {
            let cues = self.cues_in(s.start, s.end);
            // Phone calls are not meetings.
            if cues.iter().any(|c| c.0 == CueKind::Phone) {
                continue;
            }
            let mut seen: HashSet<usize> = HashSet::new();
            // Meeting and hosting triggers ("تلتقي", "استقبلت") mark counterparts too.
            let mut positions: Vec<usize> = cues
                .iter()
                .filter(|c| c.0 == CueKind::Counterpart)
                .map(|c| c.1)
                .collect();
            positions.extend((s.start..s.end).filter(|&k| {
                self.tag_at(k, |t| matches!(t, Tag::Trigger(_)))
                    .is_some_and(|(_, t)| match t {
                        Tag::Trigger(r) => self.res.rules.get(r as usize).is_some_and(|r| {
                            matches!(r.kind, TriggerKind::Meet | TriggerKind::Host)
                        }),
                        _ => false,
                    })
            }));
            positions.sort_unstable();
            positions.dedup();
            for pos in &positions {
                // The clause around the cue (bounded, for very long sentences).
                let mut a = *pos;
                while a > s.start
                    && a + 40 > *pos
                    && !self.res.is(Class::ClauseBreak, self.norm(a - 1))
                {
                    a -= 1;
                }
                let mut b = *pos + 1;
                while b < s.end && b < *pos + 40 && !self.res.is(Class::ClauseBreak, self.norm(b)) {
                    b += 1;
                }
                let from = self.mentions.partition_point(|m| m.start < a);
                for (mi, m) in self
                    .mentions
                    .iter()
                    .enumerate()
                    .skip(from)
                    .take_while(|(_, m)| m.start < b)
                {
                    if m.end > b || !seen.insert(mi) {
                        continue;
                    }
                    if self.persons.get(m.person).is_some_and(|p| p.unnamed) {
                        continue;
                    }
                    // A traveller of the article is a counterpart only in the very
                    // sentence that reports the meeting.
                    let traveller = travellers.contains(&m.person);
                    let sentence_has_visit = visit_sents.contains(&si);
                    let pc = self.person_country(m.person);
                    // Candidate visits: this sentence's, and those in the person's country.
                    let mut cand: Vec<usize> = by_sent.get(&si).cloned().unwrap_or_default();
                    if !(traveller || sentence_has_visit)
                        && let Some(c) = &pc
                    {
                        cand.extend(by_iso.get(c.as_str()).into_iter().flatten().copied());
                    }
                    let best = cand
                        .into_iter()
                        .map(|k| (k, &evs[k]))
                        .filter(|(k, e)| {
                            e.visitor != m.person
                                && visitor_country[*k]
                                    .as_ref()
                                    .is_none_or(|c| Some(c) != pc.as_ref())
                        })
                        // A sentence that reports visits gives its people to those visits.
                        .filter(|(_, e)| !(traveller || sentence_has_visit) || e.sent == si)
                        .filter(|(_, e)| !(e.sent == si && visitor_in.contains(&(si, m.person))))
                        .filter(|(_, e)| match &pc {
                            // Met abroad in a third country ("التقى … في نيويورك نظيره التركي").
                            Some(c) => {
                                &e.iso == c
                                    || (e.sent == si
                                        && e.trig < m.start
                                        && e.rules.iter().any(|r| r.starts_with("MEET-")))
                            }
                            None => e.sent == si,
                        })
                        .min_by_key(|(_, e)| {
                            let sd = if e.sent <= si {
                                (si - e.sent) * 2
                            } else {
                                (e.sent - si) * 2 + 1
                            };
                            // Within the sentence, the visit named before the person first.
                            (sd, usize::from(e.pos > m.start), e.pos.abs_diff(m.start))
                        })
                        .map(|(k, _)| k);
                    if let Some(k) = best
                        && !evs[k].counterparts.contains(&m.person)
                    {
                        evs[k].counterparts.push(m.person);
                    }
                }
            }
        }
    }

    /// Same visitor, same country, compatible place and day → one visit.
    #[allow(
        clippy::too_many_lines,
        reason = "replaced by the engine cascade rewrite (engine issue)"
    )]
    fn dedup(&self, evs: Vec<Ev>) -> Vec<Merged> {
        let mut out: Vec<Merged> = Vec::new();
        // (visitor, country) → records, so that long texts stay linear.
        let mut by_key: HashMap<(usize, String), Vec<usize>> = HashMap::new();
        for e in evs {
            // Evidence is the sentence; in a very long one (no punctuation), a window
            // of 30 tokens around the trigger and the place.
            let span = self
                .sents
                .get(e.sent)
                .map(|s| {
                    if s.end - s.start <= 80 {
                        (s.start, s.end)
                    } else {
                        let lo = e.trig.min(e.pos).saturating_sub(30).max(s.start);
                        let hi = (e.trig.max(e.pos) + 30).min(s.end);
                        (lo, hi)
                    }
                })
                .unwrap_or((0, 0));
            let compatible = |r: &Ev| {
                if r.visitor != e.visitor || r.iso != e.iso {
                    return false;
                }
                let days = match (r.date, e.date) {
                    (Some(a), Some(b)) => Some((a - b).num_days().abs()),
                    _ => None,
                };
                // A visit of another month ("زار الرياض في ديسمبر 2023") is another trip.
                let month_of = |x: &Ev| {
                    x.month.or(x
                        .date
                        .map(|d| (chrono::Datelike::year(&d), chrono::Datelike::month(&d))))
                };
                let pub_month = self
                    .published
                    .map(|d| (chrono::Datelike::year(&d), chrono::Datelike::month(&d)));
                let ma = month_of(r).or(if r.date_text.is_none() {
                    pub_month
                } else {
                    None
                });
                let mb = month_of(&e).or(if e.date_text.is_none() {
                    pub_month
                } else {
                    None
                });
                if (r.month.is_some() || e.month.is_some())
                    && r.status_explicit
                    && e.status_explicit
                    && let (Some(a), Some(b)) = (ma, mb)
                {
                    // A month guessed from publication is only a rough bound.
                    let gap = (a.0 * 12 + a.1 as i32 - b.0 * 12 - b.1 as i32).abs();
                    let both_stated = month_of(r).is_some() && month_of(&e).is_some();
                    if gap > if both_stated { 0 } else { 2 } {
                        return false;
                    }
                }
                match (&r.city, &e.city) {
                    (Some(a), Some(b)) if a == b => days.is_none_or(|d| d <= 1),
                    (Some(_), Some(_)) => false,
                    _ => days.is_none_or(|d| d == 0),
                }
            };
            let same: &[usize] = by_key
                .get(&(e.visitor, e.iso.clone()))
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            let found = same
                .iter()
                .copied()
                .find(|&k| compatible(&out[k].0) && out[k].0.city == e.city)
                .or_else(|| same.iter().copied().find(|&k| compatible(&out[k].0)));
            match found {
                Some(k) => {
                    let (r, spans, cps) = &mut out[k];
                    if r.city.is_none() && e.city.is_some() {
                        r.city = e.city.clone();
                        r.place_ar = e.place_ar.clone();
                        r.pos = e.pos;
                    }
                    let rank = |s: Status| match s {
                        Status::Cancelled => 3,
                        Status::Occurred => 2,
                        Status::Planned => 1,
                    };
                    // Grammar and cues beat the default status of a bare noun.
                    if (e.status_explicit && !r.status_explicit)
                        || (e.status_explicit == r.status_explicit
                            && rank(e.status) > rank(r.status))
                    {
                        r.status = e.status;
                        r.status_explicit = e.status_explicit;
                    }
                    if r.month.is_none() {
                        r.month = e.month;
                    }
                    match (r.date, e.date) {
                        (None, Some(_)) => {
                            r.date = e.date;
                            r.date_text = e.date_text.clone();
                        }
                        (Some(a), Some(b)) if b < a => {
                            r.date = e.date;
                            r.date_text = e.date_text.clone();
                        }
                        (None, None) if r.date_text.is_none() => r.date_text = e.date_text.clone(),
                        _ => {}
                    }
                    if r.leg.is_none() {
                        r.leg = e.leg;
                    }
                    r.before = r.before && e.before;
                    r.implied = r.implied && e.implied;
                    for x in e.rules {
                        if !r.rules.contains(&x) {
                            r.rules.push(x);
                        }
                    }
                    if !spans.contains(&span) {
                        spans.push(span);
                    }
                    for c in e.counterparts {
                        if !cps.contains(&c) {
                            cps.push(c);
                        }
                    }
                }
                None => {
                    by_key
                        .entry((e.visitor, e.iso.clone()))
                        .or_default()
                        .push(out.len());
                    let cps = e.counterparts.clone();
                    out.push((e, vec![span], cps));
                }
            }
        }
        // Leg order within the article: dated legs by day; "بعد X" legs before the
        // sentence's main leg; numbered legs by number; others in stated order.
        let mut keyed: Vec<(f64, usize)> = Vec::new();
        let mut last = self.published.map(|p| day_num(p) as f64).unwrap_or(0.0);
        for (k, (e, spans, _)) in out.iter().enumerate() {
            let key = match e.date {
                Some(d) => day_num(d) as f64,
                None => {
                    let same_sent = out
                        .iter()
                        .filter(|(o, ospans, _)| {
                            ospans.iter().any(|sp| spans.contains(sp))
                                && o.date.is_some()
                                && o.visitor == e.visitor
                        })
                        .map(|(o, _, _)| o.date.map(day_num).unwrap_or(0) as f64)
                        .next();
                    let leg1 = out
                        .iter()
                        .find(|(o, _, _)| o.leg == Some(1) && o.visitor == e.visitor)
                        .and_then(|(o, _, _)| o.date)
                        .map(|d| day_num(d) as f64);
                    match (e.before, same_sent, e.leg, leg1) {
                        (true, Some(x), _, _) => x - 0.5,
                        (_, _, Some(n), Some(x)) if n > 1 => x + 0.1 * f64::from(n),
                        _ => last + 0.01,
                    }
                }
            };
            last = key;
            keyed.push((key, k));
        }
        keyed.sort_by(|a, b| {
            a.0.partial_cmp(&b.0)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.1.cmp(&b.1))
        });
        let mut legs: HashMap<usize, u32> = HashMap::new();
        let mut ordered = Vec::new();
        let mut slots: Vec<Option<Merged>> = out.into_iter().map(Some).collect();
        for (_, k) in keyed {
            if let Some(mut x) = slots.get_mut(k).and_then(Option::take) {
                let n = legs.entry(x.0.visitor).or_insert(0);
                *n += 1;
                x.0.leg = Some(*n);
                ordered.push(x);
            }
        }
        ordered
    }

    fn model_person(&self, p: usize) -> MPerson {
        let Some(per) = self.persons.get(p) else {
            return MPerson::default();
        };
        let off = per
            .official
            .and_then(|o| self.res.officials.get(o as usize));
        let name_en = off.map(|o| o.name_en.clone()).or_else(|| {
            Some(romanize(
                &self.res.roman,
                self.res.words.one(Class::Article),
                &per.name_ar,
            ))
            .filter(|s| !s.is_empty())
        });
        let country = per
            .country
            .clone()
            .or_else(|| off.map(|o| o.country.clone()))
            .filter(|c| c.len() == 2 && c.chars().all(|c| c.is_ascii_uppercase()));
        let role = off.and_then(|o| o.role_en.clone()).or_else(|| {
            let office = per.office.as_deref().or(off.map(|o| o.office.as_str()))?;
            let base = per
                .role_en
                .clone()
                .filter(|r| r != "Official" && r != "Counterpart")
                .or_else(|| {
                    self.res
                        .titles
                        .iter()
                        .find(|t| t.office == office && t.role_en != "Official")
                        .map(|t| t.role_en.clone())
                })?;
            Some(match country.as_deref().and_then(|c| self.res.country(c)) {
                Some(c) => format!("{base} of {}", c.name_en),
                None => base,
            })
        });
        MPerson {
            name_ar: per.name_ar.clone(),
            name_en,
            role,
            country,
        }
    }

    fn to_visit(
        &self,
        e: &Ev,
        spans: &[(usize, usize)],
        cps: &[usize],
        ordinal: Option<u32>,
    ) -> Visit {
        let city = e.city.as_ref().and_then(|c| self.res.city_named(c, &e.iso));
        let evidence: Vec<Evidence> = spans
            .iter()
            .filter_map(|&(a, b)| {
                let s = self.toks.get(a)?.start;
                let en = self.toks.get(b.checked_sub(1)?)?.end;
                Some(Evidence {
                    path: self.path.clone(),
                    start: s,
                    end: en,
                    text: self.span_text(a, b),
                })
            })
            .collect();
        let mut confidence: f32 = 0.55;
        if e.city.is_some() {
            confidence += 0.1;
        }
        if e.date.is_some() {
            confidence += 0.1;
        }
        if e.implied {
            confidence -= 0.15;
        }
        confidence += 0.05 * (evidence.len().saturating_sub(1).min(4)) as f32;
        Visit {
            visitor: self.model_person(e.visitor),
            place: MPlace {
                country: e.iso.clone(),
                city: e.city.clone(),
                name_ar: e.place_ar.clone(),
                lat: city.map(|c| c.lat),
                lon: city.map(|c| c.lon),
            },
            date: e.date,
            date_text: e.date_text.clone(),
            status: e.status,
            counterparts: cps
                .iter()
                .filter(|&&c| c != e.visitor)
                .map(|&c| self.model_person(c))
                .collect(),
            trip: Some(Trip {
                id: None,
                ordinal,
                leg: e.leg,
            }),
            evidence,
            confidence: confidence.clamp(0.05, 0.97),
            rules: e.rules.clone(),
        }
    }
}

/// Days since the Common Era for ordering.
fn day_num(d: NaiveDate) -> i64 {
    i64::from(chrono::Datelike::num_days_from_ce(&d))
}

/// Where the article ends (first "related"/"read also" marker) and which
/// tokens lie on cut lines (source/share lines).
fn boilerplate(res: &Resources, toks: &[Token]) -> (usize, Vec<bool>) {
    let mut skipped = vec![false; toks.len()];
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].line_start && i != 0 {
            i += 1;
            continue;
        }
        let words: Vec<(usize, &Token)> = toks[i..]
            .iter()
            .enumerate()
            .take(8)
            .filter(|(_, t)| t.kind != TokKind::Punct)
            .map(|(k, t)| (i + k, t))
            .collect();
        for (rest, marker) in &res.boilerplate {
            let n = marker.len();
            if n == 0 || words.len() < n {
                continue;
            }
            let ok = marker.iter().enumerate().all(|(k, w)| {
                let t = &words[k].1.norm;
                if k + 1 == n {
                    t == w || t.starts_with(w.as_str())
                } else {
                    t == w
                }
            }) && words
                .iter()
                .take(n)
                .all(|(k, _)| *k == i || !toks[*k].line_start);
            if !ok {
                continue;
            }
            if *rest {
                return (i, skipped);
            }
            // A source/share line: only a short line is cut.
            let mut j = i + 1;
            while j < toks.len() && !toks[j].line_start {
                j += 1;
            }
            if j - i <= 14 {
                for s in skipped.iter_mut().take(j).skip(i) {
                    *s = true;
                }
            }
        }
        i += 1;
    }
    (trailing_headlines(toks), skipped)
}

/// Where a trailing list of headlines starts (other stories at the end of a
/// page with no "related" marker): two or more short lines without a final
/// full stop after a body of at least three lines. `toks.len()` if none.
fn trailing_headlines(toks: &[Token]) -> usize {
    let mut lines: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    for (i, t) in toks.iter().enumerate() {
        if t.line_start && i > start {
            lines.push(start..i);
            start = i;
        }
    }
    if start < toks.len() {
        lines.push(start..toks.len());
    }
    let short = |r: &std::ops::Range<usize>| {
        let words = toks[r.clone()]
            .iter()
            .filter(|t| t.kind != TokKind::Punct)
            .count();
        let ends_full = toks.get(r.end.saturating_sub(1)).is_some_and(|t| {
            t.is_punct('.') || t.is_punct('"') || t.is_punct('»') || t.is_punct('”')
        });
        words <= 16 && !ends_full
    };
    let trailing = lines.iter().rev().take_while(|r| short(r)).count();
    if trailing >= 2 && lines.len() >= trailing + 3 {
        lines
            .get(lines.len() - trailing)
            .map(|r| r.start)
            .unwrap_or(toks.len())
    } else {
        toks.len()
    }
}
