//! Stage 4c of the cascade: place chunks. Countries, cities and venues of
//! the gazetteer, «العاصمة العراقية بغداد» and «العاصمة السورية» (the
//! capital), «مدينة أور», with the preposition that governs each (إلى، في،
//! ب، ل, من) and coordinated lists («الكويت وقطر وسلطنة عمان») grouped, so a
//! frame can take a whole list as its destinations. A name shared by a city
//! and a country (عمان: Amman or Oman) is decided by what else the article
//! names.

use super::lookup::Lexed;
use super::morph::{any_reading, find_reading};
use super::resources::{Class, Resources, Tag, flag};
use super::tokens::{TokKind, Token};

/// A place mentioned in the text: tokens `start..end`.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceRef {
    pub start: usize,
    pub end: usize,
    /// ISO 3166-1 alpha-2 of the country.
    pub iso: String,
    /// The city (index into `Resources::cities`), if one is named.
    pub city: Option<u16>,
    /// The place as written, without clitics.
    pub name_ar: String,
    /// The governing preposition: an attached ب/ل or the word before.
    pub prep: Option<String>,
    /// Starts with و (a coordinated item).
    pub conj: bool,
    /// Places of one coordinated list share an id.
    pub list: usize,
    pub rule: &'static str,
}

/// Places of the whole article, in text order.
pub fn chunk(
    res: &Resources,
    toks: &[Token],
    lex: &Lexed,
    chars: &[char],
    sentences: &[std::ops::Range<usize>],
) -> Vec<PlaceRef> {
    let prefer_amman = amman_context(res, lex);
    let mut out: Vec<PlaceRef> = Vec::new();
    let mut list = 0;
    for s in sentences {
        let mut i = s.start;
        let mut last_end: Option<usize> = None;
        while i < s.end {
            let Some(p) = place_at(res, toks, lex, chars, i, prefer_amman) else {
                i += 1;
                continue;
            };
            // Same list when only و، «،» or ثم lie between the two places,
            // or a word of a country's land or state (وجمهورية فرنسا).
            let joined = last_end.is_some_and(|e| {
                (e..p.start).all(|k| {
                    toks.get(k).is_some_and(|t| {
                        t.is_comma()
                            || res.is(Class::Conjunction, &t.norm)
                            || res.is(Class::Then, &t.norm)
                            || (k + 1 == p.start && res.is_read_as(Class::TerritoryNoun, &t.norm))
                    })
                }) && (p.conj || p.start > e)
            });
            if !joined {
                list += 1;
            }
            let next = p.end.max(i + 1);
            last_end = Some(p.end);
            out.push(PlaceRef { list, ..p });
            i = next;
        }
    }
    out
}

/// Whether عمان alone is Amman (the article speaks of Jordan more than of
/// Oman).
fn amman_context(res: &Resources, lex: &Lexed) -> bool {
    let (mut jo, mut om) = (0, 0);
    for m in &lex.matches {
        for t in &m.tags {
            // A country or nationality named alone, a seat of power (قصر
            // الحسينية) or an official of the lexicon (الملك عبد الله الثاني)
            // says which of the two the article is about.
            let iso = match t {
                Tag::Country(c) | Tag::Demonym(c) if m.tags.len() == 1 => {
                    res.countries.get(*c as usize).map(|c| c.iso.as_str())
                }
                Tag::Venue(v) => res.venues.get(*v as usize).map(|v| v.iso.as_str()),
                Tag::Person(o) => res.officials.get(*o as usize).map(|o| o.country.as_str()),
                _ => None,
            };
            match iso {
                Some("JO") => jo += 1,
                Some("OM") => om += 1,
                _ => {}
            }
        }
    }
    jo > om
}

fn text(toks: &[Token], chars: &[char], a: usize, b: usize, skip: usize) -> String {
    let (Some(s), Some(e)) = (toks.get(a), b.checked_sub(1).and_then(|x| toks.get(x))) else {
        return String::new();
    };
    let s = (s.start + skip).min(e.end);
    chars
        .get(s..e.end)
        .map(|c| c.iter().collect())
        .unwrap_or_default()
}

/// Chars before the stem of token `i` for `n` stripped clitic letters.
fn skip_chars(toks: &[Token], chars: &[char], i: usize, n: usize) -> usize {
    if n == 0 {
        return 0;
    }
    let Some(t) = toks.get(i) else { return 0 };
    let mut letters = 0;
    for (k, c) in chars.get(t.start..t.end).unwrap_or(&[]).iter().enumerate() {
        if super::tokens::normalize_char(*c).is_some() {
            if letters == n {
                return k;
            }
            letters += 1;
        }
    }
    0
}

/// The preposition word right before token `i` (إلى، في، من، نحو …).
/// «كلا من / كل من» before a list is transparent: «تشمل كلا من السعودية
/// والعراق» lists places, «من» is no origin there.
fn prep_before(res: &Resources, toks: &[Token], i: usize) -> Option<String> {
    let p = toks.get(i.checked_sub(1)?)?;
    // «إلى الأراضي السعودية»: the land of a country is transparent, and so
    // is a building named after its town («بقصر قرطاج»).
    let transparent = find_reading(&p.norm, res.words.one(Class::Article), |r| {
        res.is(Class::TerritoryNoun, &r.key) || res.is(Class::VenueNoun, &r.key)
    });
    if let Some(r) = transparent {
        return r
            .clitics
            .prep
            .map(|c| c.to_string())
            .or_else(|| prep_before(res, toks, i - 1));
    }
    if p.kind != TokKind::Word
        || !(res.is(Class::Preposition, &p.norm)
            || res.is(Class::InPrep, &p.norm)
            || res.is(Class::Copula, &p.norm))
    {
        return None;
    }
    if res.is(Class::OriginPrep, &p.norm) && i >= 2 {
        // «كل من»، «بكل من»: the preposition is the one on the quantifier,
        // or the one before it («إلى كل من إسبانيا وفرنسا»).
        let q = toks.get(i - 2)?;
        let quantifier = find_reading(&q.norm, res.words.one(Class::Article), |r| {
            res.is(Class::Quantifier, &r.key)
        });
        if let Some(r) = quantifier {
            return r
                .clitics
                .prep
                .map(|c| c.to_string())
                .or_else(|| prep_before(res, toks, i - 2));
        }
    }
    Some(p.norm.clone())
}

fn place_at(
    res: &Resources,
    toks: &[Token],
    lex: &Lexed,
    chars: &[char],
    i: usize,
    prefer_amman: bool,
) -> Option<PlaceRef> {
    let t = toks.get(i)?;
    if t.kind != TokKind::Word {
        return None;
    }
    // العاصمة [demonym] [city] / مدينة CITY / محافظة CITY, with clitics
    // read by the morphology (للعاصمة، بمدينة، وفي محافظة).
    let word = find_reading(&t.norm, res.words.one(Class::Article), |r| {
        res.is(Class::CapitalWord, &r.key)
            || res.is(Class::CityWord, &r.key)
            || res.is(Class::RegionWord, &r.key)
    });
    if let Some(w) = &word {
        let cx = Cx {
            res,
            toks,
            lex,
            chars,
        };
        return after_place_word(&cx, i, w);
    }
    let m = lex.at(i)?;
    if m.tags.contains(&Tag::NotPlace) || adjective_of_noun(res, toks, lex, i) {
        return None;
    }
    let clitics = m.clitics;
    let n_cl = usize::from(clitics.conj) + usize::from(clitics.prep.is_some());
    let base = PlaceRef {
        start: i,
        end: m.end,
        iso: String::new(),
        city: None,
        name_ar: text(toks, chars, i, m.end, skip_chars(toks, chars, i, n_cl)),
        prep: clitics
            .prep
            .map(|c| c.to_string())
            .or_else(|| prep_before(res, toks, i)),
        conj: clitics.conj,
        list: 0,
        rule: "PLC-GAZETTEER",
    };
    gazetteer_place(res, &m.tags, base, prefer_amman)
}

/// A country name that is also its feminine adjective (السعودية), right
/// after a definite noun with no preposition between: the adjective of that
/// noun (القنصلية السعودية، الخارجية السعودية), not the country; after a
/// word for a country's land (الأراضي السعودية) it stays the country.
fn adjective_of_noun(res: &Resources, toks: &[Token], lex: &Lexed, i: usize) -> bool {
    let Some(m) = lex.at(i) else { return false };
    let country = m.tags.iter().find_map(|t| match t {
        Tag::Country(c) => Some(*c),
        _ => None,
    });
    let is_own_adjective = country.is_some_and(|c| m.tags.contains(&Tag::Demonym(c)));
    if !is_own_adjective || m.clitics.conj || m.clitics.prep.is_some() || i == 0 {
        return false;
    }
    let Some(prev) = toks.get(i - 1).filter(|t| t.kind == TokKind::Word) else {
        return false;
    };
    let article = res.words.one(Class::Article);
    // A definite noun, not a function word that merely starts like the
    // article (الى، الذي، التي).
    let function_word = res.is(Class::Preposition, &prev.norm)
        || res.is(Class::InPrep, &prev.norm)
        || res.is(Class::RelativePronoun, &prev.norm);
    let definite = !function_word
        && any_reading(&prev.norm, article, |r| {
            !article.is_empty() && r.key.starts_with(article) && r.key.chars().count() >= 5
        });
    let territory = any_reading(&prev.norm, article, |r| {
        res.is(Class::TerritoryNoun, &r.key)
    });
    definite && !territory && lex.covering(i - 1).is_none_or(|p| p.end <= i)
}

/// What [`after_place_word`] reads.
struct Cx<'a> {
    res: &'a Resources,
    toks: &'a [Token],
    lex: &'a Lexed,
    chars: &'a [char],
}

/// «العاصمة [demonym] [city]», «مدينة CITY»: the city named after the word,
/// or the capital of the nationality after «العاصمة».
fn after_place_word(cx: &Cx<'_>, i: usize, w: &super::morph::Reading<'_>) -> Option<PlaceRef> {
    let Cx {
        res,
        toks,
        lex,
        chars,
    } = *cx;
    let capital_word = res.is(Class::CapitalWord, &w.key);
    let prep = w
        .clitics
        .prep
        .map(|c| c.to_string())
        .or_else(|| prep_before(res, toks, i));
    let conj = w.clitics.conj;
    let mut j = i + 1;
    // العاصمة المؤقتة عدن، العاصمة الإدارية الجديدة: adjectives between.
    while lex.flags.get(j).is_some_and(|f| f & flag::QUALIFIER != 0)
        || toks.get(j).is_some_and(|t| {
            t.kind == TokKind::Word
                && lex.at(j).is_none()
                && t.norm.starts_with(res.words.one(Class::Article))
                && j < i + 3
                && lex
                    .tag_at(j + 1, |t| matches!(t, Tag::City(_) | Tag::Demonym(_)))
                    .is_some()
        })
    {
        j += 1;
    }
    let mut demonym: Option<u16> = None;
    if let Some((e, Tag::Demonym(c))) = lex.tag_at(j, |t| matches!(t, Tag::Demonym(_))) {
        demonym = Some(c);
        j = e;
    } else if capital_word
        && lex
            .tag_at(j, |t| matches!(t, Tag::City(_)))
            .is_some_and(|(_, t)| matches!(t, Tag::City(c) if res.cities.get(c as usize).is_some_and(|x| x.capital)))
    {
        // «العاصمة عمان»: a capital city after «العاصمة» is that city (Amman,
        // not the country Oman); read below.
    } else if capital_word
        && let Some((e, Tag::Country(c))) = lex.tag_at(j, |t| matches!(t, Tag::Country(_)))
    {
        // «عاصمة النيجر»: the capital of the country after it.
        demonym = Some(c);
        j = e;
    }
    if let Some((e, Tag::City(c))) = lex.tag_at(j, |t| matches!(t, Tag::City(_))) {
        let city = res.cities.get(c as usize)?;
        return Some(PlaceRef {
            start: i,
            end: e,
            iso: city.iso.clone(),
            city: Some(c),
            name_ar: text(toks, chars, j, e, 0),
            prep,
            conj,
            list: 0,
            rule: "PLC-CITY-WORD",
        });
    }
    let c = demonym.filter(|_| capital_word)?;
    let country = res.countries.get(c as usize)?;
    let city = res
        .cities
        .iter()
        .position(|x| x.iso == country.iso && x.name_en == country.capital_en)
        .and_then(|x| u16::try_from(x).ok());
    Some(PlaceRef {
        start: i,
        end: j,
        iso: country.iso.clone(),
        city,
        name_ar: text(toks, chars, i, j, 0),
        prep,
        conj,
        list: 0,
        rule: "PLC-CAPITAL",
    })
}

/// A name of the gazetteer (its tags at the token): a country, a city, a
/// venue standing for its city, or a region.
fn gazetteer_place(
    res: &Resources,
    tags: &[Tag],
    base: PlaceRef,
    prefer_amman: bool,
) -> Option<PlaceRef> {
    let city = tags.iter().find_map(|t| match t {
        Tag::City(c) => Some(*c),
        _ => None,
    });
    let country = tags.iter().find_map(|t| match t {
        Tag::Country(c) => Some(*c),
        _ => None,
    });
    let venue = tags.iter().find_map(|t| match t {
        Tag::Venue(v) => Some(*v),
        _ => None,
    });
    let region = tags.iter().any(|t| matches!(t, Tag::Region(_)));
    match (country, city, venue) {
        (Some(c), Some(ci), _) => {
            // A name of a city and a country: Amman/Oman by context; a city
            // that is its country's capital under the country's own name
            // (الكويت، تونس، الجزائر) is the country.
            let country = res.countries.get(c as usize)?;
            let cityr = res.cities.get(ci as usize)?;
            if cityr.iso != country.iso {
                let jo = cityr.iso == "JO";
                let (iso, city) = if jo == prefer_amman {
                    (cityr.iso.clone(), Some(ci))
                } else {
                    (country.iso.clone(), None)
                };
                return Some(PlaceRef {
                    iso,
                    city,
                    rule: "PLC-AMBIGUOUS",
                    ..base
                });
            }
            Some(PlaceRef {
                iso: country.iso.clone(),
                ..base
            })
        }
        (Some(c), None, _) => Some(PlaceRef {
            iso: res.countries.get(c as usize)?.iso.clone(),
            ..base
        }),
        (None, Some(ci), _) => Some(PlaceRef {
            iso: res.cities.get(ci as usize)?.iso.clone(),
            city: Some(ci),
            ..base
        }),
        (None, None, None) if region => Some(PlaceRef {
            rule: "PLC-REGION",
            ..base
        }),
        (None, None, Some(v)) => {
            let venue = res.venues.get(v as usize)?;
            let city = venue.city.as_ref().and_then(|name| {
                res.cities
                    .iter()
                    .position(|c| c.name_en == *name && c.iso == venue.iso)
                    .and_then(|x| u16::try_from(x).ok())
            });
            Some(PlaceRef {
                iso: venue.iso.clone(),
                city,
                rule: "PLC-VENUE",
                ..base
            })
        }
        _ => None,
    }
}
