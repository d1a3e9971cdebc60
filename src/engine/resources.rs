//! Language resources: the data files under `assets/`, embedded and parsed.
//!
//! Every file starts with `#` comment lines stating its format. Parsing is
//! strict (column counts, ISO codes, coordinates, known keys) and reports the
//! file and line of any problem; [`validate_embedded`] runs it for tests.

use std::collections::{HashMap, HashSet};

use super::text::{TokKind, tokenize};

/// The embedded resource files, as (path under `assets/`, content).
pub const FILES: [(&str, &str); 19] = [
    (
        "gazetteer/countries.tsv",
        include_str!("../../assets/gazetteer/countries.tsv"),
    ),
    (
        "gazetteer/cities.tsv",
        include_str!("../../assets/gazetteer/cities.tsv"),
    ),
    (
        "people/officials.tsv",
        include_str!("../../assets/people/officials.tsv"),
    ),
    (
        "lexicon/titles.tsv",
        include_str!("../../assets/lexicon/titles.tsv"),
    ),
    (
        "lexicon/honorifics.txt",
        include_str!("../../assets/lexicon/honorifics.txt"),
    ),
    (
        "lexicon/name_particles.txt",
        include_str!("../../assets/lexicon/name_particles.txt"),
    ),
    (
        "lexicon/given_names.txt",
        include_str!("../../assets/lexicon/given_names.txt"),
    ),
    (
        "lexicon/stopwords.txt",
        include_str!("../../assets/lexicon/stopwords.txt"),
    ),
    (
        "lexicon/institutions.tsv",
        include_str!("../../assets/lexicon/institutions.tsv"),
    ),
    (
        "lexicon/boilerplate.tsv",
        include_str!("../../assets/lexicon/boilerplate.tsv"),
    ),
    (
        "lexicon/function_words.tsv",
        include_str!("../../assets/lexicon/function_words.tsv"),
    ),
    (
        "lexicon/romanization.tsv",
        include_str!("../../assets/lexicon/romanization.tsv"),
    ),
    (
        "time/weekdays.tsv",
        include_str!("../../assets/time/weekdays.tsv"),
    ),
    (
        "time/months.tsv",
        include_str!("../../assets/time/months.tsv"),
    ),
    (
        "time/relative.tsv",
        include_str!("../../assets/time/relative.tsv"),
    ),
    (
        "time/modifiers.tsv",
        include_str!("../../assets/time/modifiers.tsv"),
    ),
    (
        "time/ordinals.tsv",
        include_str!("../../assets/time/ordinals.tsv"),
    ),
    (
        "rules/triggers.tsv",
        include_str!("../../assets/rules/triggers.tsv"),
    ),
    (
        "rules/cues.tsv",
        include_str!("../../assets/rules/cues.tsv"),
    ),
];

fn file(name: &str) -> &'static str {
    FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, c)| *c)
        .unwrap_or("")
}

/// A country of the gazetteer.
#[derive(Clone, Debug)]
pub struct Country {
    pub iso: String,
    pub name_en: String,
    pub name_ar: String,
    pub capital_en: String,
}

/// A city of the gazetteer.
#[derive(Clone, Debug)]
pub struct City {
    pub name_en: String,
    pub iso: String,
    pub lat: f64,
    pub lon: f64,
    pub capital: bool,
}

/// One tenure of a well-known official.
#[derive(Clone, Debug)]
pub struct Official {
    pub name_en: String,
    /// Fullest Arabic form (first variant).
    pub name_ar: String,
    pub country: String,
    pub office: String,
    pub from: Option<i32>,
    pub to: Option<i32>,
    pub role_en: Option<String>,
    /// First and last normalized word of `name_ar`.
    pub first: String,
    pub last: String,
}

/// A title (role) such as وزير الخارجية.
#[derive(Clone, Debug)]
pub struct Title {
    pub office: String,
    pub role_en: String,
    pub country: Option<String>,
}

/// A seat of power or venue standing for a place.
#[derive(Clone, Debug)]
pub struct Venue {
    pub iso: String,
    pub city: Option<String>,
}

/// What a trigger rule finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TriggerKind {
    Arrive,
    Visit,
    Go,
    Meet,
    Host,
    Stop,
    Tour,
}

/// Grammatical time of a trigger form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
    Noun,
}

/// A trigger rule of `rules/triggers.tsv`.
#[derive(Clone, Debug)]
pub struct Rule {
    pub id: String,
    pub kind: TriggerKind,
    pub tense: Tense,
    pub example: String,
}

/// Kinds of context cues (`rules/cues.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    Planned,
    Cancelled,
    Denied,
    Negated,
    Hypothetical,
    Phone,
    Origin,
    Before,
    Sequence,
    FirstLeg,
    Companion,
    Again,
    Counterpart,
}

/// A context cue of `rules/cues.tsv`.
#[derive(Clone, Debug)]
pub struct Cue {
    pub id: String,
    pub kind: CueKind,
    pub example: String,
}

/// Time-expression word classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeMod {
    Past,
    Future,
    DayPart,
    Unresolved,
}

/// What a dictionary phrase means. One phrase may carry several tags
/// (عمان: the city Amman and a name of Oman).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    Country(u16),
    Demonym(u16),
    City(u16),
    Venue(u16),
    Title(u16),
    Person(u16),
    Trigger(u16),
    Cue(u16),
    Weekday(u8),
    Month(u8),
    Relative(i8),
    Time(TimeMod),
    Ordinal(u8),
    Honorific,
}

/// A dictionary entry: the tokens after the first one, and the tags.
#[derive(Clone, Debug)]
pub struct Entry {
    pub rest: Vec<String>,
    pub tags: Vec<Tag>,
}

/// All resources, parsed.
#[derive(Debug, Default)]
pub struct Resources {
    pub countries: Vec<Country>,
    pub cities: Vec<City>,
    pub officials: Vec<Official>,
    pub titles: Vec<Title>,
    pub venues: Vec<Venue>,
    pub rules: Vec<Rule>,
    pub cues: Vec<Cue>,
    /// First normalized token → entries starting with it.
    pub dict: HashMap<String, Vec<Entry>, Fnv>,
    pub given: HashSet<String, Fnv>,
    pub stop: HashSet<String, Fnv>,
    pub particles: HashSet<String, Fnv>,
    /// (cut the rest?, normalized marker tokens).
    pub boilerplate: Vec<(bool, Vec<String>)>,
    /// letter → (consonant, vowel).
    pub roman: HashMap<char, (String, String)>,
    /// Function words and affixes by class (`lexicon/function_words.tsv`).
    pub words: FunctionWords,
}

/// A class of `assets/lexicon/function_words.tsv`; the file's header says
/// what each class is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// The definite article (one form).
    Article,
    /// The article contracted after the preposition ل (one form).
    ArticleAfterLam,
    /// Words ending the clause in which a meeting cue gathers counterparts.
    ClauseBreak,
    /// Prepositions a role's nationality is not looked for across.
    RoleBoundaryPrep,
    /// Prepositions of an ambassador's posting.
    PostingPrep,
    /// "The capital" before a demonym or city.
    CapitalWord,
    /// "City" before a city name.
    CityWord,
    /// Attached pronouns ending a noun (compared with the unnormalized word).
    PronounSuffix,
    /// Relative pronouns allowed between a person and their trigger.
    RelativePronoun,
    /// Particles allowed between a person and their trigger.
    PastParticle,
    /// The particle that makes a present-tense trigger a guess ("may").
    MayParticle,
    /// "From" before an origin place.
    OriginPrep,
    /// "Each/both" before من, which then is not an origin.
    Quantifier,
    /// "And" as a token of its own.
    Conjunction,
    /// "In/inside" before a place a meeting-only trigger needs.
    InPrep,
    /// "Day" before a weekday or date.
    DayWord,
    /// "Of" between an ordinal day and its month.
    OfPrep,
    /// Words before a bare year.
    YearWord,
    /// Words making the following date not the date of the visit.
    SinceBeforeAfter,
    /// "That" introducing reported speech.
    Complementizer,
    /// The noun "visit", also found inside longer tokens.
    VisitNoun,
}

impl Class {
    /// Every class with its key in the data file, in declaration order.
    pub const ALL: [(Class, &'static str); 21] = [
        (Class::Article, "article"),
        (Class::ArticleAfterLam, "article-after-lam"),
        (Class::ClauseBreak, "clause-break"),
        (Class::RoleBoundaryPrep, "role-boundary-prep"),
        (Class::PostingPrep, "posting-prep"),
        (Class::CapitalWord, "capital-word"),
        (Class::CityWord, "city-word"),
        (Class::PronounSuffix, "pronoun-suffix"),
        (Class::RelativePronoun, "relative-pronoun"),
        (Class::PastParticle, "past-particle"),
        (Class::MayParticle, "may-particle"),
        (Class::OriginPrep, "origin-prep"),
        (Class::Quantifier, "quantifier"),
        (Class::Conjunction, "conjunction"),
        (Class::InPrep, "in-prep"),
        (Class::DayWord, "day-word"),
        (Class::OfPrep, "of-prep"),
        (Class::YearWord, "year-word"),
        (Class::SinceBeforeAfter, "since-before-after"),
        (Class::Complementizer, "complementizer"),
        (Class::VisitNoun, "visit-noun"),
    ];

    fn index(self) -> usize {
        self as usize
    }
}

/// The normalized forms of every [`Class`], parsed from
/// `assets/lexicon/function_words.tsv`.
#[derive(Clone, Debug, Default)]
pub struct FunctionWords {
    /// Indexed by [`Class::index`].
    forms: Vec<Vec<String>>,
}

impl FunctionWords {
    /// `norm` (a normalized token) is one of the forms of class `c`.
    pub fn is(&self, c: Class, norm: &str) -> bool {
        self.forms(c).iter().any(|f| f == norm)
    }

    /// The normalized forms of class `c`.
    pub fn forms(&self, c: Class) -> &[String] {
        self.forms.get(c.index()).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The single form of a one-form class (`article`, `article-after-lam`).
    pub fn one(&self, c: Class) -> &str {
        self.forms(c).first().map(String::as_str).unwrap_or("")
    }

    fn parse() -> Result<FunctionWords, String> {
        let n = "lexicon/function_words.tsv";
        if Class::ALL
            .iter()
            .enumerate()
            .any(|(i, (c, _))| c.index() != i)
        {
            return Err("Class::ALL is not in declaration order".to_owned());
        }
        let mut forms: Vec<Option<Vec<String>>> = vec![None; Class::ALL.len()];
        for (line, l) in rows(n)? {
            let c = cols(n, 2, line, l)?;
            let Some((class, _)) = Class::ALL.iter().find(|(_, k)| *k == c[0]) else {
                return Err(format!("assets/{n}:{line}: unknown class `{}`", c[0]));
            };
            let slot = forms
                .get_mut(class.index())
                .ok_or_else(|| format!("assets/{n}:{line}: class table out of order"))?;
            if slot.is_some() {
                return Err(format!("assets/{n}:{line}: class `{}` listed twice", c[0]));
            }
            let words: Vec<String> = c[1]
                .split_whitespace()
                .map(super::text::normalize)
                .collect();
            if words.is_empty() {
                return Err(format!("assets/{n}:{line}: class `{}` has no forms", c[0]));
            }
            *slot = Some(words);
        }
        let mut out = Vec::with_capacity(forms.len());
        for ((class, key), f) in Class::ALL.iter().zip(forms) {
            let f = f.ok_or_else(|| format!("assets/{n}: class `{key}` is missing"))?;
            if matches!(class, Class::Article | Class::ArticleAfterLam) && f.len() != 1 {
                return Err(format!(
                    "assets/{n}: class `{key}` must have exactly one form"
                ));
            }
            out.push(f);
        }
        Ok(FunctionWords { forms: out })
    }
}

/// FNV-1a: a fast hasher for the short keys of the dictionary (no DoS concern:
/// the keys are our own resources).
#[derive(Clone, Copy, Debug, Default)]
pub struct FnvHasher(u64);

impl std::hash::Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// Builds [`FnvHasher`]s.
pub type Fnv = std::hash::BuildHasherDefault<FnvHasher>;

/// Normalized word tokens of a phrase.
pub fn phrase_tokens(s: &str) -> Vec<String> {
    tokenize(s)
        .into_iter()
        .filter(|t| t.kind != TokKind::Punct)
        .map(|t| t.norm)
        .collect()
}

/// Data rows of a TSV/list file: (1-based line number, line), skipping the
/// `#` header/comments and blank lines. Errors if the file has no header.
fn rows(name: &str) -> Result<Vec<(usize, &'static str)>, String> {
    let text = file(name);
    if !text.trim_start_matches('\u{feff}').starts_with('#') {
        return Err(format!(
            "assets/{name}: missing the `#` header that states the format"
        ));
    }
    Ok(text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l))
        .collect())
}

fn cols<'a>(name: &str, n: usize, line: usize, l: &'a str) -> Result<Vec<&'a str>, String> {
    let c: Vec<&str> = l.split('\t').collect();
    if c.len() != n {
        return Err(format!(
            "assets/{name}:{line}: expected {n} tab-separated columns, found {}",
            c.len()
        ));
    }
    Ok(c)
}

fn variants(cell: &str) -> impl Iterator<Item = &str> {
    cell.split('|').map(str::trim).filter(|s| !s.is_empty())
}

fn is_iso2(s: &str) -> bool {
    s.len() == 2 && s.chars().all(|c| c.is_ascii_uppercase())
}

/// Organization keys allowed where a country code is expected.
const ORGS: [&str; 7] = ["un", "eu", "nato", "arab-league", "gcc", "au", "oic"];

const OFFICES: [&str; 23] = [
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
    "envoy",
    "pope",
    "opposition-leader",
    "minister",
    "other",
    "",
];

fn year(name: &str, line: usize, s: &str) -> Result<Option<i32>, String> {
    if s.is_empty() {
        return Ok(None);
    }
    s.parse::<i32>()
        .ok()
        .filter(|y| (1900..=2100).contains(y))
        .map(Some)
        .ok_or_else(|| format!("assets/{name}:{line}: `{s}` is not a year YYYY"))
}

impl Resources {
    fn add(&mut self, phrase: &str, tag: Tag) {
        let toks = phrase_tokens(phrase);
        let Some((first, rest)) = toks.split_first() else {
            return;
        };
        let entries = self.dict.entry(first.clone()).or_default();
        if let Some(e) = entries.iter_mut().find(|e| e.rest == rest) {
            if !e.tags.contains(&tag) {
                e.tags.push(tag);
            }
        } else {
            entries.push(Entry {
                rest: rest.to_vec(),
                tags: vec![tag],
            });
        }
    }

    /// Parses every embedded resource file.
    #[allow(
        clippy::too_many_lines,
        reason = "replaced by the engine cascade rewrite (engine issue)"
    )]
    pub fn load() -> Result<Resources, String> {
        let mut r = Resources {
            words: FunctionWords::parse()?,
            ..Resources::default()
        };
        let n = "gazetteer/countries.tsv";
        for (line, l) in rows(n)? {
            let c = cols(n, 5, line, l)?;
            if !is_iso2(c[0]) {
                return Err(format!(
                    "assets/{n}:{line}: `{}` is not an ISO 3166-1 alpha-2 code",
                    c[0]
                ));
            }
            let idx = r.countries.len() as u16;
            let name_ar = variants(c[2]).next().unwrap_or("").to_owned();
            r.countries.push(Country {
                iso: c[0].to_owned(),
                name_en: c[1].to_owned(),
                name_ar,
                capital_en: c[4].to_owned(),
            });
            for v in variants(c[2]) {
                r.add(v, Tag::Country(idx));
            }
            for v in variants(c[3]) {
                r.add(v, Tag::Demonym(idx));
                // In text demonyms carry ال on each word: الأمريكي، الكوري الجنوبي.
                let al = r.words.one(Class::Article).to_owned();
                let with_al: Vec<String> =
                    v.split_whitespace().map(|w| format!("{al}{w}")).collect();
                r.add(&with_al.join(" "), Tag::Demonym(idx));
            }
        }
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
                iso: c[1].to_owned(),
                lat,
                lon,
                capital: c[4] == "capital",
            });
            for v in variants(c[5]) {
                r.add(v, Tag::City(idx));
            }
        }
        let n = "people/officials.tsv";
        for (line, l) in rows(n)? {
            let c = cols(n, 7, line, l)?;
            if !is_iso2(c[2]) && !ORGS.contains(&c[2]) {
                return Err(format!(
                    "assets/{n}:{line}: `{}` is neither an ISO code nor an organization key",
                    c[2]
                ));
            }
            if !OFFICES.contains(&c[3]) {
                return Err(format!("assets/{n}:{line}: unknown office `{}`", c[3]));
            }
            let idx = r.officials.len() as u16;
            let full = phrase_tokens(variants(c[1]).next().unwrap_or(""));
            r.officials.push(Official {
                first: full.first().cloned().unwrap_or_default(),
                last: full.last().cloned().unwrap_or_default(),
                name_en: c[0].to_owned(),
                name_ar: variants(c[1]).next().unwrap_or("").to_owned(),
                country: c[2].to_owned(),
                office: c[3].to_owned(),
                from: year(n, line, c[4])?,
                to: year(n, line, c[5])?,
                role_en: Some(c[6].trim().to_owned()).filter(|s| !s.is_empty()),
            });
            for v in variants(c[1]) {
                r.add(v, Tag::Person(idx));
            }
        }
        let n = "lexicon/titles.tsv";
        for (line, l) in rows(n)? {
            let c = cols(n, 4, line, l)?;
            if !OFFICES.contains(&c[1]) || c[1].is_empty() {
                return Err(format!("assets/{n}:{line}: unknown office `{}`", c[1]));
            }
            if !c[3].is_empty() && !is_iso2(c[3]) && !ORGS.contains(&c[3]) {
                return Err(format!(
                    "assets/{n}:{line}: `{}` is neither an ISO code nor an organization key",
                    c[3]
                ));
            }
            let idx = r.titles.len() as u16;
            r.titles.push(Title {
                office: c[1].to_owned(),
                role_en: c[2].to_owned(),
                country: Some(c[3].to_owned()).filter(|s| !s.is_empty()),
            });
            for v in variants(c[0]) {
                r.add(v, Tag::Title(idx));
            }
        }
        for (_, l) in rows("lexicon/honorifics.txt")? {
            r.add(l.trim(), Tag::Honorific);
        }
        for (_, l) in rows("lexicon/name_particles.txt")? {
            r.particles.extend(phrase_tokens(l));
        }
        for (_, l) in rows("lexicon/given_names.txt")? {
            r.given.extend(phrase_tokens(l));
        }
        for (_, l) in rows("lexicon/stopwords.txt")? {
            r.stop.extend(phrase_tokens(l));
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
        let n = "lexicon/boilerplate.tsv";
        for (line, l) in rows(n)? {
            let c = cols(n, 2, line, l)?;
            let rest = match c[0] {
                "rest" => true,
                "line" => false,
                k => {
                    return Err(format!(
                        "assets/{n}:{line}: kind must be rest or line, found `{k}`"
                    ));
                }
            };
            for v in variants(c[1]) {
                r.boilerplate.push((rest, phrase_tokens(v)));
            }
        }
        let n = "lexicon/romanization.tsv";
        for (line, l) in rows(n)? {
            let c = cols(n, 3, line, l)?;
            let mut chars = c[0].chars();
            let (Some(ch), None) = (chars.next(), chars.next()) else {
                return Err(format!(
                    "assets/{n}:{line}: the first column must be one letter"
                ));
            };
            r.roman.insert(ch, (c[1].to_owned(), c[2].to_owned()));
        }
        let n = "time/weekdays.tsv";
        for (line, l) in rows(n)? {
            let c = cols(n, 2, line, l)?;
            let d: u8 = c[0]
                .parse()
                .ok()
                .filter(|d| (1..=7).contains(d))
                .ok_or(format!("assets/{n}:{line}: weekday must be 1..7"))?;
            for v in variants(c[1]) {
                r.add(v, Tag::Weekday(d));
            }
        }
        let n = "time/months.tsv";
        for (line, l) in rows(n)? {
            let c = cols(n, 2, line, l)?;
            let m: u8 = c[0]
                .parse()
                .ok()
                .filter(|m| (1..=12).contains(m))
                .ok_or(format!("assets/{n}:{line}: month must be 1..12"))?;
            for v in variants(c[1]) {
                r.add(v, Tag::Month(m));
            }
        }
        let n = "time/relative.tsv";
        for (line, l) in rows(n)? {
            let c = cols(n, 2, line, l)?;
            let d: i8 = c[0]
                .parse()
                .map_err(|_| format!("assets/{n}:{line}: offset must be an integer"))?;
            for v in variants(c[1]) {
                r.add(v, Tag::Relative(d));
            }
        }
        let n = "time/modifiers.tsv";
        for (line, l) in rows(n)? {
            let c = cols(n, 2, line, l)?;
            let k = match c[0] {
                "past" => TimeMod::Past,
                "future" => TimeMod::Future,
                "daypart" => TimeMod::DayPart,
                "unresolved" => TimeMod::Unresolved,
                k => return Err(format!("assets/{n}:{line}: unknown kind `{k}`")),
            };
            for v in variants(c[1]) {
                r.add(v, Tag::Time(k));
            }
        }
        let n = "time/ordinals.tsv";
        for (line, l) in rows(n)? {
            let c = cols(n, 2, line, l)?;
            let d: u8 = c[0]
                .parse()
                .ok()
                .filter(|d| (1..=31).contains(d))
                .ok_or(format!("assets/{n}:{line}: ordinal must be 1..31"))?;
            for v in variants(c[1]) {
                r.add(v, Tag::Ordinal(d));
            }
        }
        let n = "rules/triggers.tsv";
        let mut ids = HashSet::new();
        for (line, l) in rows(n)? {
            let c = cols(n, 5, line, l)?;
            let kind = match c[1] {
                "arrive" => TriggerKind::Arrive,
                "visit" => TriggerKind::Visit,
                "go" => TriggerKind::Go,
                "meet" => TriggerKind::Meet,
                "host" => TriggerKind::Host,
                "stop" => TriggerKind::Stop,
                "tour" => TriggerKind::Tour,
                k => return Err(format!("assets/{n}:{line}: unknown kind `{k}`")),
            };
            let tense = match c[2] {
                "past" => Tense::Past,
                "present" => Tense::Present,
                "future" => Tense::Future,
                "noun" => Tense::Noun,
                k => return Err(format!("assets/{n}:{line}: unknown tense `{k}`")),
            };
            if !ids.insert(c[0].to_owned()) || c[4].trim().is_empty() {
                return Err(format!(
                    "assets/{n}:{line}: duplicate rule ID or missing example"
                ));
            }
            let idx = r.rules.len() as u16;
            r.rules.push(Rule {
                id: c[0].to_owned(),
                kind,
                tense,
                example: c[4].to_owned(),
            });
            for v in variants(c[3]) {
                r.add(v, Tag::Trigger(idx));
            }
        }
        let n = "rules/cues.tsv";
        for (line, l) in rows(n)? {
            let c = cols(n, 4, line, l)?;
            let kind = match c[1] {
                "planned" => CueKind::Planned,
                "cancelled" => CueKind::Cancelled,
                "denied" => CueKind::Denied,
                "negated" => CueKind::Negated,
                "hypothetical" => CueKind::Hypothetical,
                "phone" => CueKind::Phone,
                "origin" => CueKind::Origin,
                "before" => CueKind::Before,
                "sequence" => CueKind::Sequence,
                "first-leg" => CueKind::FirstLeg,
                "companion" => CueKind::Companion,
                "again" => CueKind::Again,
                "counterpart" => CueKind::Counterpart,
                k => return Err(format!("assets/{n}:{line}: unknown kind `{k}`")),
            };
            if !ids.insert(c[0].to_owned()) || c[3].trim().is_empty() {
                return Err(format!(
                    "assets/{n}:{line}: duplicate rule ID or missing example"
                ));
            }
            let idx = r.cues.len() as u16;
            r.cues.push(Cue {
                id: c[0].to_owned(),
                kind,
                example: c[3].to_owned(),
            });
            for v in variants(c[2]) {
                r.add(v, Tag::Cue(idx));
            }
        }
        // Capitals named in countries.tsv must exist in cities.tsv.
        for c in &r.countries {
            if !c.capital_en.is_empty()
                && !r
                    .cities
                    .iter()
                    .any(|x| x.name_en == c.capital_en && x.iso == c.iso)
            {
                return Err(format!(
                    "assets/gazetteer/countries.tsv: capital `{}` of {} is not a city of cities.tsv",
                    c.capital_en, c.iso
                ));
            }
        }
        Ok(r)
    }

    /// `norm` (a normalized token) is a form of function-word class `c`.
    pub fn is(&self, c: Class, norm: &str) -> bool {
        self.words.is(c, norm)
    }

    /// Index of the country with ISO code `iso`.
    pub fn country(&self, iso: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.iso == iso)
    }

    /// The city named `name_en` in country `iso`.
    pub fn city_named(&self, name_en: &str, iso: &str) -> Option<&City> {
        self.cities
            .iter()
            .find(|c| c.name_en == name_en && c.iso == iso)
    }
}

/// Summary of the embedded resources, for tests and diagnostics.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub countries: usize,
    pub cities: usize,
    pub officials: usize,
    pub titles: usize,
    pub rules: usize,
    pub cues: usize,
}

/// Parses every embedded resource file; the error names the file, line and problem.
pub fn validate_embedded() -> Result<Summary, String> {
    let r = Resources::load()?;
    Ok(Summary {
        countries: r.countries.len(),
        cities: r.cities.len(),
        officials: r.officials.len(),
        titles: r.titles.len(),
        rules: r.rules.len(),
        cues: r.cues.len(),
    })
}

/// A rule's example sentence, for the rule-example test.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleExample {
    /// Stable rule ID (`ARRIVE-PAST`, `CUE-PLANNED`, ...).
    pub id: String,
    /// `trigger`, or the cue kind (`planned`, `cancelled`, `denied`, ...).
    pub kind: String,
    pub example: String,
}

/// The example of every trigger and cue rule.
pub fn rule_examples() -> Vec<RuleExample> {
    let Ok(r) = Resources::load() else {
        return Vec::new();
    };
    let cue_kind = |k: CueKind| format!("{k:?}").to_lowercase();
    r.rules
        .iter()
        .map(|x| RuleExample {
            id: x.id.clone(),
            kind: "trigger".to_owned(),
            example: x.example.clone(),
        })
        .chain(r.cues.iter().map(|x| RuleExample {
            id: x.id.clone(),
            kind: cue_kind(x.kind),
            example: x.example.clone(),
        }))
        .collect()
}
