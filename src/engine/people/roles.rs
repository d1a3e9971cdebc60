//! Role-only mentions: a long title right before the name it belongs to,
//! and a title without a name («الرئيس التركي», نظيره) linked to the person
//! of that office and country, in the article or in the lexicon.

use chrono::{Datelike, NaiveDate};

use super::{Person, same_name};
use crate::engine::person::{Chunker, Info, Mention, MentionKind};
use crate::engine::resources::{Class, Resources, Tag, flag};
use crate::engine::tokens::TokKind;

/// A title whose complement runs long (الممثل الأعلى للسياسة الخارجية في
/// الاتحاد الأوروبي) ends as a role mention right before the name it
/// belongs to: the name, if it has no title of its own, takes it.
pub(super) fn attach_titles(c: &Chunker<'_>, persons: &mut [Person], mentions: &[Mention]) {
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
                        m.tags
                            .iter()
                            .all(|x| matches!(x, Tag::Org(_) | Tag::Country(_) | Tag::Demonym(_)))
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
pub(super) fn resolve_roles(
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
            .is_some_and(|t| res.is_read_as(Class::PluralTitle, &t.norm));
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
