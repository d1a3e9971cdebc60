//! Places: countries, cities, organizations and venues.

use super::{Class, Resources, Tag, cols, is_iso2, rows, variants};

/// A country of the gazetteer.
#[derive(Clone, Debug)]
pub struct Country {
    pub iso: String,
    pub name_en: String,
    pub name_ar: String,
    pub capital_en: String,
    /// The first demonym, masculine, with the article on each word as a
    /// title takes it («المصري», «الكوري الجنوبي»).
    pub demonym_ar: String,
}

/// A city of the gazetteer.
#[derive(Clone, Debug)]
pub struct City {
    pub name_en: String,
    /// The usual press spelling (the first Arabic name of the row).
    pub name_ar: String,
    pub iso: String,
    pub lat: f64,
    pub lon: f64,
    pub capital: bool,
}

/// An international organization (`gazetteer/organizations.tsv`).
#[derive(Clone, Debug)]
pub struct Org {
    pub key: String,
    pub name_en: String,
    /// The country of its headquarters: its officials are at home there.
    pub seat: String,
}

/// A seat of power or venue standing for a place.
#[derive(Clone, Debug)]
pub struct Venue {
    pub iso: String,
    pub city: Option<String>,
}

/// Organization keys allowed where a country code is expected.
pub const ORGS: [&str; 7] = ["un", "eu", "nato", "arab-league", "gcc", "au", "oic"];

pub(super) fn load(r: &mut Resources) -> Result<(), String> {
    load_countries(r)?;
    load_cities(r)?;
    let n = "gazetteer/organizations.tsv";
    for (line, l) in rows(n)? {
        let c = cols(n, 4, line, l)?;
        if !ORGS.contains(&c[0]) {
            return Err(format!(
                "assets/{n}:{line}: unknown organization key `{}`",
                c[0]
            ));
        }
        if !is_iso2(c[3]) {
            return Err(format!(
                "assets/{n}:{line}: the seat `{}` is no ISO alpha-2 code",
                c[3]
            ));
        }
        let idx = r.orgs.len() as u16;
        r.orgs.push(Org {
            key: c[0].to_owned(),
            name_en: c[1].to_owned(),
            seat: c[3].to_owned(),
        });
        for v in variants(c[2]) {
            r.add(v, Tag::Org(idx));
        }
    }
    let n = "gazetteer/regions.tsv";
    for (line, l) in rows(n)? {
        let c = cols(n, 2, line, l)?;
        let idx = r.regions.len() as u16;
        r.regions.push(c[0].to_owned());
        for v in variants(c[1]) {
            r.add(v, Tag::Region(idx));
        }
    }
    let n = "lexicon/institutions.tsv";
    for (line, l) in rows(n)? {
        let c = cols(n, 3, line, l)?;
        if !is_iso2(c[1]) {
            return Err(format!(
                "assets/{n}:{line}: `{}` is not an ISO 3166-1 alpha-2 code",
                c[1]
            ));
        }
        let idx = r.venues.len() as u16;
        r.venues.push(Venue {
            iso: c[1].to_owned(),
            city: Some(c[2].to_owned()).filter(|s| !s.is_empty()),
        });
        for v in variants(c[0]) {
            r.add(v, Tag::Venue(idx));
        }
    }
    // Capitals named in countries.tsv must exist in cities.tsv.
    for c in &r.countries {
        if !c.capital_en.is_empty() && r.city_named(&c.capital_en, &c.iso).is_none() {
            return Err(format!(
                "assets/gazetteer/countries.tsv: capital `{}` of {} is not a city of cities.tsv",
                c.capital_en, c.iso
            ));
        }
    }
    Ok(())
}

fn load_countries(r: &mut Resources) -> Result<(), String> {
    let n = "gazetteer/countries.tsv";
    let al = r.words.one(Class::Article).to_owned();
    for (line, l) in rows(n)? {
        let c = cols(n, 5, line, l)?;
        if !is_iso2(c[0]) {
            return Err(format!(
                "assets/{n}:{line}: `{}` is not an ISO 3166-1 alpha-2 code",
                c[0]
            ));
        }
        let idx = r.countries.len() as u16;
        let demonym_ar = variants(c[3]).next().map_or_else(String::new, |d| {
            d.split_whitespace()
                .map(|w| format!("{al}{w}"))
                .collect::<Vec<_>>()
                .join(" ")
        });
        r.countries.push(Country {
            iso: c[0].to_owned(),
            name_en: c[1].to_owned(),
            name_ar: variants(c[2]).next().unwrap_or("").to_owned(),
            capital_en: c[4].to_owned(),
            demonym_ar,
        });
        for v in variants(c[2]) {
            r.add(v, Tag::Country(idx));
            for alt in g_variants(v) {
                r.add(&alt, Tag::Country(idx));
            }
        }
        for v in variants(c[3]) {
            r.add(v, Tag::Demonym(idx));
            // In text demonyms carry ال on each word: الأمريكي، الكوري الجنوبي.
            let with_al: Vec<String> = v.split_whitespace().map(|w| format!("{al}{w}")).collect();
            r.add(&with_al.join(" "), Tag::Demonym(idx));
        }
    }
    Ok(())
}

fn load_cities(r: &mut Resources) -> Result<(), String> {
    let n = "gazetteer/cities.tsv";
    for (line, l) in rows(n)? {
        let c = cols(n, 6, line, l)?;
        if !is_iso2(c[1]) {
            return Err(format!(
                "assets/{n}:{line}: `{}` is not an ISO 3166-1 alpha-2 code",
                c[1]
            ));
        }
        let lat: f64 = c[2]
            .parse()
            .map_err(|_| format!("assets/{n}:{line}: bad latitude `{}`", c[2]))?;
        let lon: f64 = c[3]
            .parse()
            .map_err(|_| format!("assets/{n}:{line}: bad longitude `{}`", c[3]))?;
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            return Err(format!("assets/{n}:{line}: coordinates out of range"));
        }
        if c[4] != "capital" && c[4] != "city" {
            return Err(format!(
                "assets/{n}:{line}: kind must be capital or city, found `{}`",
                c[4]
            ));
        }
        let idx = r.cities.len() as u16;
        r.cities.push(City {
            name_en: c[0].to_owned(),
            name_ar: variants(c[5]).next().unwrap_or("").to_owned(),
            iso: c[1].to_owned(),
            lat,
            lon,
            capital: c[4] == "capital",
        });
        for v in variants(c[5]) {
            r.add(v, Tag::City(idx));
            for alt in g_variants(v) {
                r.add(&alt, Tag::City(idx));
            }
        }
    }
    Ok(())
}

/// The hard g of foreign names is written غ in most of the press and ج in
/// Egypt (أنغولا / أنجولا، الكونغو / الكونجو، الغابون / الجابون): each
/// spelling of a name of five letters or more is also read in the other.
fn g_variants(name: &str) -> Vec<String> {
    const GHAIN: char = '\u{063A}';
    const JEEM: char = '\u{062C}';
    if name.chars().filter(|c| c.is_alphabetic()).count() < 5 {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (from, to) in [(GHAIN, JEEM), (JEEM, GHAIN)] {
        if name.contains(from) {
            out.push(name.replace(from, &to.to_string()));
        }
    }
    out
}
