//! Stage 4b of the cascade: coreference of person mentions. Mentions of one
//! person are joined: the same official of the lexicon, or the same family
//! name with compatible given names. Then a family name alone («عراقجي»,
//! «لبزشكيان») is a mention of the person named with it, and a title without
//! a name («الرئيس التركي») is the person of that office and country named in
//! the article, else the office holder of the lexicon in the year of the
//! article, else an unnamed person (never a traveller).

use chrono::{Datelike, NaiveDate};

use super::person::{Chunker, Info, Mention, MentionKind};
use super::resources::{Class, Resources, Tag, flag};
use super::tokens::TokKind;

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
    let institution = |k: usize| {
        c.toks.get(k).is_some_and(|t| {
            t.kind == TokKind::Word
                && c.res
                    .is_read_as(super::resources::Class::NamedAfter, &t.norm)
        })
    };
    m.start.checked_sub(1).is_some_and(institution)
        || (m.name.0 < m.name.1 && institution(m.name.0))
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

/// Family names (and given names after an honorific) used alone.
fn family_mentions(
    c: &Chunker<'_>,
    mentions: &[Mention],
    persons: &[Person],
    article: &str,
) -> Vec<Mention> {
    let mut covered = vec![false; c.toks.len()];
    for m in mentions {
        for x in covered.iter_mut().take(m.end).skip(m.start) {
            *x = true;
        }
    }
    let mut out = Vec::new();
    for (i, t) in c.toks.iter().enumerate() {
        if covered[i] || t.kind != TokKind::Word || c.lex.flag(i, flag::STOP) {
            continue;
        }
        // «مطار رفيق الحريري»: the family name of a place named after a
        // person (the word before, or a given name between).
        let institution = |k: Option<usize>| {
            k.and_then(|k| c.toks.get(k)).is_some_and(|x| {
                c.res
                    .is_read_as(super::resources::Class::NamedAfter, &x.norm)
            })
        };
        if institution(i.checked_sub(1))
            || (institution(i.checked_sub(2)) && c.lex.flag(i - 1, flag::GIVEN))
        {
            continue;
        }
        if c.lex.covering(i).is_some_and(|m| {
            !m.tags
                .iter()
                .all(|t| matches!(t, super::resources::Tag::Demonym(_)))
        }) {
            continue;
        }
        // The word itself, or without و/ف and ب/ل/ك.
        let mut forms: Vec<(&str, usize, bool)> = vec![(t.norm.as_str(), 0, false)];
        let mut rest = t.norm.as_str();
        let mut n = 0;
        let mut conj = false;
        if let Some(r) = rest.strip_prefix(['\u{0648}', '\u{0641}']) {
            rest = r;
            n += 1;
            conj = true;
            forms.push((rest, n, conj));
        }
        if let Some(r) = rest.strip_prefix(['\u{0628}', '\u{0644}', '\u{0643}']) {
            forms.push((r, n + 1, conj));
        }
        let after_honorific = i > 0
            && c.lex
                .at(i - 1)
                .is_some_and(|m| m.tags.contains(&super::resources::Tag::Honorific));
        for (w, skip, conj) in forms {
            if w.chars().count() < 3 {
                continue;
            }
            // A family name, a given name after an honorific, or the first
            // word of a two-word name that is no given name (تشين جانج: the
            // family name comes first in Chinese names) when no one else has it.
            let first_word = |p: &Person| {
                p.words.len() == 2
                    && p.words.first().is_some_and(|f| f == w)
                    && c.lex.flags.get(i).is_some_and(|f| f & flag::GIVEN == 0)
                    && persons
                        .iter()
                        .filter(|q| q.words.iter().any(|x| x == w))
                        .count()
                        == 1
            };
            let hit = persons.iter().position(|p| {
                p.words.len() >= 2
                    && (p
                        .last()
                        .is_some_and(|l| bare(l, article) == bare(w, article))
                        || (after_honorific && p.words.first().is_some_and(|f| f == w))
                        || first_word(p))
            });
            if let Some(p) = hit {
                let gov = (skip > usize::from(conj)).then(|| {
                    t.norm
                        .chars()
                        .nth(usize::from(conj))
                        .map(|c| c.to_string())
                        .unwrap_or_default()
                });
                out.push(Mention {
                    start: i,
                    end: i + 1,
                    name: (i, i + 1),
                    kind: MentionKind::Family,
                    person: p,
                    gov: gov.or_else(|| {
                        let prev = c.toks.get(i.checked_sub(1)?)?;
                        c.res
                            .is(super::resources::Class::Preposition, &prev.norm)
                            .then(|| prev.norm.clone())
                    }),
                    conj,
                    rule: "PER-FAMILY-NAME",
                    info: Info::default(),
                });
                break;
            }
        }
    }
    out
}

/// A title whose complement runs long (الممثل الأعلى للسياسة الخارجية في
/// الاتحاد الأوروبي) ends as a role mention right before the name it
/// belongs to: the name, if it has no title of its own, takes it.
fn attach_titles(c: &Chunker<'_>, persons: &mut [Person], mentions: &[Mention]) {
    for w in mentions.windows(2) {
        let (r, n) = (&w[0], &w[1]);
        if r.kind != MentionKind::Role || n.kind != MentionKind::Named || n.start < r.end {
            continue;
        }
        if n.start - r.end > 6 || n.conj || n.gov.is_some() {
            continue;
        }
        let gap_ok = (r.end..n.start).all(|k| {
            c.toks.get(k).is_some_and(|t| {
                t.kind == TokKind::Word
                    && c.lex.covering(k).is_none_or(|m| {
                        m.tags.iter().all(|x| {
                            matches!(
                                x,
                                super::resources::Tag::Org(_)
                                    | super::resources::Tag::Country(_)
                                    | super::resources::Tag::Demonym(_)
                            )
                        })
                    })
            })
        });
        let Some(p) = persons.get_mut(n.person) else {
            continue;
        };
        if gap_ok && p.titles.is_empty() {
            p.titles.clone_from(&r.info.titles);
            if p.country.is_none() {
                p.country.clone_from(&r.info.country);
            }
        }
    }
}

/// Offices one person of a country holds at a time: a title alone names them.
const SINGLE_HOLDER: [&str; 19] = [
    "president",
    "vice-president",
    "king",
    "emir",
    "sultan",
    "crown-prince",
    "prime-minister",
    "deputy-prime-minister",
    "foreign-minister",
    "defence-minister",
    "interior-minister",
    "finance-minister",
    "intelligence-chief",
    "speaker",
    "secretary-general",
    "national-security-adviser",
    "army-chief",
    "pope",
    "opposition-leader",
];

/// Links role-only mentions to the person of that office and country.
fn resolve_roles(
    c: &Chunker<'_>,
    persons: &mut Vec<Person>,
    mentions: &mut [Mention],
    published: Option<NaiveDate>,
) {
    let res = c.res;
    let year = published.map(|d| d.year());
    for k in 0..mentions.len() {
        if mentions[k].kind != MentionKind::Role {
            continue;
        }
        let info = mentions[k].info.clone();
        // «الرؤساء الأمريكيين»: a plural title names no one person.
        // Only as the head: «رئيس الوزراء» is one person.
        let plural = c
            .toks
            .get(mentions[k].start)
            .is_some_and(|t| res.is_read_as(super::resources::Class::PluralTitle, &t.norm));
        if plural {
            mentions[k].person = new_unnamed(persons, &info, k);
            continue;
        }
        let office = role_office(res, persons, mentions, k);
        // Only an office one person holds names them (not «وزير» alone)...
        let Some(office) = office
            .clone()
            .filter(|o| SINGLE_HOLDER.contains(&o.as_str()))
        else {
            // ...unless the article has named one person of that kind of
            // office (and country) before: «الوزير الإيراني» after «وزير
            // الخارجية الإيراني محمد جواد ظريف».
            mentions[k].person = match office {
                Some(o) if !info.counterpart && bare_title(c, &mentions[k]) => {
                    the_one_named_before(c, persons, mentions, k, &o, info.country.as_ref())
                }
                _ => None,
            }
            .unwrap_or_else(|| new_unnamed(persons, &info, k));
            if mentions[k].person < persons.len() && persons[mentions[k].person].named() {
                mentions[k].rule = "PER-ROLE-ANAPHOR";
            }
            continue;
        };
        let Some(country) = info.country.clone() else {
            // No nationality: the one person of the article in that office.
            let holders: Vec<usize> = (0..persons.len())
                .filter(|&p| !info.counterpart && holds(res, &persons[p], &office, None))
                .collect();
            mentions[k].person = match holders[..] {
                [p] => p,
                _ => new_unnamed(persons, &info, k),
            };
            continue;
        };
        // A person of the article in that office and country.
        if let Some(p) =
            (0..persons.len()).find(|&p| holds(res, &persons[p], &office, Some(&country)))
        {
            mentions[k].person = p;
            continue;
        }
        // The office holder of the lexicon in the year of the article.
        let holder = res.officials.iter().enumerate().find(|(_, o)| {
            o.office == office
                && o.country == country
                && year
                    .is_some_and(|y| o.from.is_none_or(|f| f <= y) && o.to.is_none_or(|t| t >= y))
        });
        let Some((o, off)) = holder else {
            mentions[k].person = new_unnamed(persons, &info, k);
            continue;
        };
        let existing = persons
            .iter()
            .position(|p| p.official == Some(o as u16) || same_name(&p.words, &off.words, ""));
        mentions[k].person = existing.unwrap_or_else(|| {
            persons.push(Person {
                name_ar: off.name_ar.clone(),
                words: off.words.clone(),
                official: Some(o as u16),
                titles: info.titles.clone(),
                country: Some(country),
                station: None,
                honorific: false,
                unnamed_in_text: true,
                sport: false,
                bare_title: None,
                first: k,
                female: false,
            });
            persons.len() - 1
        });
        mentions[k].rule = "PER-ROLE-LEXICON";
    }
}

/// The office a role mention names: its specific title's, or for نظيره the
/// office of the last person named before it.
fn role_office(
    res: &Resources,
    persons: &[Person],
    mentions: &[Mention],
    k: usize,
) -> Option<String> {
    let specific = |titles: &[u16]| {
        titles
            .iter()
            .filter_map(|t| res.titles.get(*t as usize))
            .find(|t| !t.generic() && !t.counterpart())
            .map(|t| t.office.clone())
    };
    let info = &mentions[k].info;
    let own = specific(&info.titles);
    if !info.counterpart {
        return own;
    }
    let prev = mentions[..k]
        .iter()
        .rev()
        .find(|m| m.kind != MentionKind::Role && m.person < persons.len());
    match prev.and_then(|m| persons.get(m.person)) {
        Some(p) => specific(&p.titles).or_else(|| {
            p.official
                .and_then(|o| res.officials.get(o as usize))
                .map(|o| o.office.clone())
        }),
        None => own,
    }
}

/// Whether named person `p` holds `office` (by a title or the lexicon), of
/// `country` when one is given.
fn holds(res: &Resources, p: &Person, office: &str, country: Option<&String>) -> bool {
    let office_of = p
        .titles
        .iter()
        .filter_map(|t| res.titles.get(*t as usize))
        .any(|t| t.office == office)
        || p.official
            .and_then(|o| res.officials.get(o as usize))
            .is_some_and(|o| o.office == office);
    p.named() && office_of && country.is_none_or(|c| p.country.as_ref() == Some(c))
}

/// The one person named before mention `k` whose office is of the family of
/// `office` (any minister for «الوزير»), of `country` when one is given; none
/// when there are several or none.
fn the_one_named_before(
    c: &Chunker<'_>,
    persons: &[Person],
    mentions: &[Mention],
    k: usize,
    office: &str,
    country: Option<&String>,
) -> Option<usize> {
    if office == "other" || office == "private" || office.is_empty() {
        return None;
    }
    let res = c.res;
    // «خلفاً للمبعوث الأممي السابق، إسماعيل ولد الشيخ»: a former holder is
    // not the one «المبعوث الأممي» points to («الوزير السابق» may be).
    let former = |m: &Mention| {
        (m.start..m.end).any(|j| {
            c.toks
                .get(j)
                .is_some_and(|t| res.is_read_as(Class::FormerQualifier, &t.norm))
        })
    };
    let anaphor_former = mentions.get(k).is_some_and(former);
    let mut seen: Vec<usize> = mentions[..k]
        .iter()
        .filter(|m| m.kind != MentionKind::Role && (!former(m) || anaphor_former))
        .map(|m| m.person)
        .filter(|&p| {
            persons.get(p).is_some_and(|x| {
                x.named()
                    && country.is_none_or(|c| x.country.as_ref() == Some(c))
                    && offices_of(res, x).any(|o| same_family(o, office))
            })
        })
        .collect();
    seen.sort_unstable();
    seen.dedup();
    match seen[..] {
        [p] => Some(p),
        _ => None,
    }
}

/// Whether a role mention is its title alone, with at most a nationality or
/// a qualifier after it («الوزير الإيراني», «المبعوث الأممي»), not a title
/// with a portfolio the lexicon does not list («وزير التجارة»).
fn bare_title(c: &Chunker<'_>, m: &Mention) -> bool {
    let Some(end) = (m.start..m.end).find_map(|j| {
        c.lex
            .tag_at(j, |t| matches!(t, Tag::Title(_)))
            .map(|(e, _)| e)
    }) else {
        return false;
    };
    // Only the word right after the title tells: after a nationality the
    // mention may run on into the clause («الوزير الإيراني تأتي»).
    end >= m.end
        || c.toks.get(end).is_some_and(|t| t.kind != TokKind::Word)
        || c.lex
            .flags
            .get(end)
            .is_some_and(|f| f & flag::QUALIFIER != 0)
        || c.lex
            .tag_at(end, |t| {
                matches!(t, Tag::Demonym(_) | Tag::Country(_) | Tag::Org(_))
            })
            .is_some()
}

/// The offices a person holds, by their titles and the lexicon.
fn offices_of<'a>(res: &'a Resources, p: &'a Person) -> impl Iterator<Item = &'a str> + 'a {
    p.titles
        .iter()
        .filter_map(|t| res.titles.get(*t as usize))
        .map(|t| t.office.as_str())
        .chain(
            p.official
                .and_then(|o| res.officials.get(o as usize))
                .map(|o| o.office.as_str()),
        )
}

/// Whether `held` is of the family of the office `named` by a bare title:
/// the same office, or any minister's for the minister's title.
fn same_family(held: &str, named: &str) -> bool {
    held == named
        || (named == "minister" && held.ends_with("minister") && !held.ends_with("prime-minister"))
}

fn new_unnamed(persons: &mut Vec<Person>, info: &Info, k: usize) -> usize {
    persons.push(Person {
        titles: info.titles.clone(),
        country: info.country.clone(),
        station: info.station.clone(),
        first: k,
        ..Person::default()
    });
    persons.len() - 1
}
