//! Stage 4b of the cascade: coreference of person mentions. Mentions of one
//! person are joined: the same official of the lexicon, or the same family
//! name with compatible given names. Then a family name alone («عراقجي»,
//! «لبزشكيان») is a mention of the person named with it, and a title without
//! a name («الرئيس التركي») is the person of that office and country named in
//! the article, else the office holder of the lexicon in the year of the
//! article, else an unnamed person (never a traveller).

use chrono::{Datelike, NaiveDate};

use super::person::{Chunker, Info, Mention, MentionKind};
use super::resources::{Resources, flag};
use super::tokens::TokKind;

mod family;
mod roles;

use family::family_mentions;
use roles::{attach_titles, resolve_roles};

/// A person of the article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Person {
    /// Fullest Arabic name as written; empty for an unnamed person.
    pub name_ar: String,
    /// Normalized name words.
    pub words: Vec<String>,
    pub official: Option<u16>,
    /// Titles seen with the person.
    pub titles: Vec<u16>,
    /// Country (ISO code) or organization key.
    pub country: Option<String>,
    /// An ambassador's posting.
    pub station: Option<String>,
    /// Introduced with an honorific.
    pub honorific: bool,
    /// First named with a title and no nationality (الرئيس عبدالمجيد تبون):
    /// how a paper names its own country's officials.
    pub bare_title: Option<bool>,
    /// Holds an office of sport (rule 1: not a diplomatic traveller).
    pub sport: bool,
    /// Named only through the lexicon's office holder: the text never names
    /// the person, so the person met counts but no trip of theirs does.
    pub unnamed_in_text: bool,
    /// Index of the first mention.
    pub first: usize,
    /// Named with a feminine title or honorific (الوزيرة، المستشارة،
    /// السيدة): a feminine pronoun or verb may point to her, a masculine one
    /// may not.
    pub female: bool,
}

impl Person {
    /// Has a name (not a title alone).
    pub fn named(&self) -> bool {
        !self.words.is_empty()
    }

    fn last(&self) -> Option<&str> {
        self.words.last().map(String::as_str)
    }
}

/// The persons of an article and their mentions (text order).
#[derive(Clone, Debug, Default)]
pub struct People {
    pub persons: Vec<Person>,
    pub mentions: Vec<Mention>,
}

impl People {
    /// The mention covering token `i`.
    pub fn mention_at(&self, i: usize) -> Option<&Mention> {
        let k = self.mentions.partition_point(|m| m.end <= i);
        self.mentions.get(k).filter(|m| m.start <= i)
    }
}

/// Strips a leading article from a normalized word (for family names).
fn bare<'a>(w: &'a str, article: &str) -> &'a str {
    match w.strip_prefix(article) {
        Some(r) if r.chars().count() >= 3 => r,
        _ => w,
    }
}

fn same_name(a: &[String], b: &[String], article: &str) -> bool {
    let (Some(la), Some(lb)) = (a.last(), b.last()) else {
        return false;
    };
    if la.chars().count() < 3 || bare(la, article) != bare(lb, article) {
        return false;
    }
    a.len() == 1 || b.len() == 1 || a.first() == b.first()
}

/// «بن زايد» after «محمد بن زايد آل نهيان»: a name that starts with a
/// particle (بن، آل، ولد) and runs inside the full name of exactly one
/// person named before is that person.
fn particle_part_of(res: &Resources, persons: &[Person], words: &[String]) -> Option<usize> {
    let starts_with_particle = words
        .first()
        .is_some_and(|w| res.flags(w) & flag::PARTICLE != 0);
    if words.len() < 2 || !starts_with_particle {
        return None;
    }
    let mut hits = persons.iter().enumerate().filter(|(_, p)| {
        p.words.len() > words.len() && p.words.windows(words.len()).any(|w| w == words)
    });
    let (i, _) = hits.next()?;
    hits.next().is_none().then_some(i)
}

/// «نائب وزير الدفاع الروسي يونس بك يفكيروف» read as «يونس» once and
/// «يونس يفكيروف» elsewhere: one name is the first word of the other, and
/// both come with the same title of the same country.
fn same_titled_given_name(p: &Person, info: &Info) -> bool {
    let (short, long) = if p.words.len() < info.words.len() {
        (&p.words, &info.words)
    } else {
        (&info.words, &p.words)
    };
    short.len() == 1
        && long.len() > 1
        && short.first() == long.first()
        && p.country.is_some()
        && p.country == info.country
        && info.titles.iter().any(|t| p.titles.contains(t))
}

fn merge_info(p: &mut Person, info: &Info, res: &Resources) {
    if p.bare_title.is_none() && !info.titles.is_empty() {
        p.bare_title = Some(info.country.is_none());
    }
    if info.words.len() > p.words.len() {
        p.words.clone_from(&info.words);
        p.name_ar.clone_from(&info.name_ar);
    }
    for t in &info.titles {
        if !p.titles.contains(t) {
            p.titles.push(*t);
        }
    }
    if p.official.is_none() {
        p.official = info.official;
    }
    if p.country.is_none() {
        p.country.clone_from(&info.country);
    }
    if p.country.is_none()
        && let Some(o) = p.official.and_then(|o| res.officials.get(o as usize))
    {
        p.country = Some(o.country.clone());
    }
    if p.station.is_none() {
        p.station.clone_from(&info.station);
    }
    p.honorific |= info.honorific;
    p.sport |= info.sport;
}

/// Joins the mentions of one person and resolves family-name and role-only
/// mentions. `mentions` are in text order.
pub fn resolve(
    c: &Chunker<'_>,
    mut mentions: Vec<Mention>,
    published: Option<NaiveDate>,
) -> People {
    let res = c.res;
    let article = res.words.one(super::resources::Class::Article);
    mentions.retain(|m| !named_after(c, m) && !short_form_of_another(c, m));
    let mut persons: Vec<Person> = Vec::new();
    let year = published.map(|d| d.year());
    for (k, m) in mentions.iter_mut().enumerate() {
        if m.kind != MentionKind::Named {
            continue;
        }
        m.info.official = m.info.official.map(|o| res.tenure(o, year));
        let found = persons
            .iter()
            .position(|p| {
                (p.official.is_some() && p.official == m.info.official)
                    || same_name(&p.words, &m.info.words, article)
                    || same_titled_given_name(p, &m.info)
            })
            .or_else(|| particle_part_of(res, &persons, &m.info.words));
        let idx = match found {
            Some(i) => i,
            None => {
                persons.push(Person {
                    first: k,
                    ..Person::default()
                });
                persons.len() - 1
            }
        };
        if let Some(p) = persons.get_mut(idx) {
            merge_info(p, &m.info, res);
        }
        m.person = idx;
    }
    let family = family_mentions(c, &mentions, &persons, article);
    mentions.extend(family);
    mentions.sort_by_key(|m| m.start);
    resolve_roles(c, &mut persons, &mut mentions, published);
    attach_titles(c, &mut persons, &mentions);
    mark_female(c, &mut persons, &mentions);
    People { persons, mentions }
}

/// «مطار الملك عبدالعزيز»، «معتمدية نصرالله»: a name after a word for a
/// place or an institution named after a person is no person of the story.
/// Nor is a «name» that starts with such a word («نائب رئيس جامعة ربدان»).
fn named_after(c: &Chunker<'_>, m: &Mention) -> bool {
    let institution = |k: usize| institution_word(c, k);
    m.start.checked_sub(1).is_some_and(institution)
        || (m.name.0 < m.name.1 && institution(m.name.0))
}

/// Token `k` is a word for a place or an institution named after a person
/// (مطار، جامعة، شارع: class `named-after`).
fn institution_word(c: &Chunker<'_>, k: usize) -> bool {
    c.toks.get(k).is_some_and(|t| {
        t.kind == TokKind::Word
            && c.res
                .is_read_as(super::resources::Class::NamedAfter, &t.norm)
    })
}

/// «الشهيد شكري بلعيد»: one word of the lexicon (a family name it lists for
/// someone), with no title before it, followed by another unlisted word
/// that is no imperfect verb, is someone else.
fn short_form_of_another(c: &Chunker<'_>, m: &Mention) -> bool {
    let unlisted_name_word = |i: usize| {
        super::lookup::name_word(c.lex, c.toks, i)
            && c.lex.flags.get(i).is_some_and(|f| f & flag::STOP == 0)
            && !c.lex.known(i)
    };
    // «أليكسيس سانشيز»: another given name before the listed family name
    // (not a spelling of the listed one's: «إيمانوال ماكرون»).
    let first_of_listed: String = m
        .info
        .official
        .and_then(|o| c.res.officials.get(o as usize))
        .and_then(|o| o.words.first())
        .map(|w| w.chars().take(3).collect())
        .unwrap_or_default();
    let named_before = m.start.checked_sub(1).is_some_and(|b| {
        c.toks.get(b).is_some_and(|t| {
            t.kind == TokKind::Word
                && !first_of_listed.is_empty()
                && !t.norm.starts_with(first_of_listed.as_str())
        }) && unlisted_name_word(b)
    });
    m.kind == MentionKind::Named
        && m.info.official.is_some()
        && m.start == m.name.0
        && m.name.1 == m.name.0 + 1
        && m.end == m.name.1
        && (named_before
            || (c.toks.get(m.end).is_some_and(|t| {
                t.kind == TokKind::Word && !t.norm.starts_with(['\u{064A}', '\u{062A}'])
            }) && unlisted_name_word(m.end)))
}

/// A person whose title or honorific is feminine: its head word ends in
/// ta marbuta (ة, normalized ه), the script's feminine ending.
fn mark_female(c: &Chunker<'_>, persons: &mut [Person], mentions: &[Mention]) {
    for m in mentions {
        let titled = m.kind == MentionKind::Role || m.start < m.name.0;
        let head = c.toks.get(m.start).map_or("", |t| t.norm.as_str());
        if titled
            && head.chars().count() >= 4
            && head.ends_with('\u{0647}')
            && let Some(p) = persons.get_mut(m.person)
        {
            p.female = true;
        }
    }
}
