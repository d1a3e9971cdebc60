//! People and words: officials, titles, honorifics, name particles, given
//! names, common words, boilerplate markers, romanization, and the classes
//! of function words the rules test for.

use std::collections::HashMap;

use super::gazetteer::ORGS;
use super::{Fast, Resources, Tag, cols, flag, is_iso2, norm_word, phrase_tokens, rows, variants};

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
    /// Normalized words of `name_ar`.
    pub words: Vec<String>,
}

/// A title (role) such as وزير الخارجية.
#[derive(Clone, Debug)]
pub struct Title {
    pub office: String,
    pub role_en: String,
    pub country: Option<String>,
}

impl Title {
    /// A generic word (رئيس، مدير، الزعيم) that names no office by itself.
    pub fn generic(&self) -> bool {
        self.office == "other"
            && matches!(self.role_en.as_str(), "Official" | "Counterpart" | "Leader")
    }

    /// نظيره: the office of the person named before.
    pub fn counterpart(&self) -> bool {
        self.role_en == "Counterpart"
    }
}

/// Office keys of officials and titles.
pub const OFFICES: [&str; 29] = [
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
    "ambassador",
    "legislator",
    "governor",
    "adviser",
    "delegation-head",
    "other",
    // Not an office: a journalist, an artist, an activist (rule 1 of the
    // annotation guide: no diplomatic traveller).
    "private",
    "",
];

/// A class of `assets/lexicon/function_words.tsv`; the file's header says
/// what each class is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Article,
    ArticleAfterLam,
    ClauseBreak,
    RoleBoundaryPrep,
    PostingPrep,
    CapitalWord,
    CityWord,
    PronounSuffix,
    PluralEnding,
    RelativePronoun,
    PastParticle,
    MayParticle,
    OriginPrep,
    Quantifier,
    Conjunction,
    InPrep,
    DayWord,
    OfPrep,
    YearWord,
    SinceBeforeAfter,
    Complementizer,
    TitleQualifier,
    Preposition,
    FutureParticle,
    Kana,
    During,
    MinistersPlural,
    Delegation,
    Here,
    HisCountry,
    RegionWord,
    RangeFrom,
    /// «بين» before the parties of a meeting (محادثات بين واشنطن وموسكو).
    Between,
    /// A first word by which a paragraph goes on with the story before it
    /// (كما، ثم، بدوره، يذكر).
    GoesOn,
    RangeTo,
    Hijri,
    Gregorian,
    Equivalent,
    Event,
    TopicPrep,
    TopicNoun,
    Sport,
    AbdParticle,
    Then,
    Copula,
    PluralTitle,
    RoundOf,
    GenitiveHead,
    NamedAfter,
    Adverb,
    QuantityNoun,
    CourtesyHonorific,
    ObjectQuantifier,
    AddressNoun,
    TerritoryNoun,
    VenueNoun,
    ProxyHead,
    FrontedAdverbial,
    ToPrep,
    PeriodPart,
    ContinueVerb,
    DelegationMembers,
    FormerQualifier,
}

impl Class {
    /// Every class with its key in the data file, in declaration order.
    pub const ALL: [(Class, &'static str); 63] = [
        (Class::Article, "article"),
        (Class::ArticleAfterLam, "article-after-lam"),
        (Class::ClauseBreak, "clause-break"),
        (Class::RoleBoundaryPrep, "role-boundary-prep"),
        (Class::PostingPrep, "posting-prep"),
        (Class::CapitalWord, "capital-word"),
        (Class::CityWord, "city-word"),
        (Class::PronounSuffix, "pronoun-suffix"),
        (Class::PluralEnding, "plural-ending"),
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
        (Class::TitleQualifier, "title-qualifier"),
        (Class::Preposition, "preposition"),
        (Class::FutureParticle, "future-particle"),
        (Class::Kana, "kana"),
        (Class::During, "during"),
        (Class::MinistersPlural, "ministers-plural"),
        (Class::Delegation, "delegation"),
        (Class::Here, "here"),
        (Class::HisCountry, "his-country"),
        (Class::RegionWord, "region-word"),
        (Class::RangeFrom, "range-from"),
        (Class::Between, "between"),
        (Class::GoesOn, "goes-on"),
        (Class::RangeTo, "range-to"),
        (Class::Hijri, "hijri"),
        (Class::Gregorian, "gregorian"),
        (Class::Equivalent, "equivalent"),
        (Class::Event, "event"),
        (Class::TopicPrep, "topic-prep"),
        (Class::TopicNoun, "topic-noun"),
        (Class::Sport, "sport"),
        (Class::AbdParticle, "abd-particle"),
        (Class::Then, "then"),
        (Class::Copula, "copula"),
        (Class::PluralTitle, "plural-title"),
        (Class::RoundOf, "round-of"),
        (Class::GenitiveHead, "genitive-head"),
        (Class::NamedAfter, "named-after"),
        (Class::Adverb, "adverb"),
        (Class::QuantityNoun, "quantity-noun"),
        (Class::CourtesyHonorific, "courtesy-honorific"),
        (Class::ObjectQuantifier, "object-quantifier"),
        (Class::AddressNoun, "address-noun"),
        (Class::TerritoryNoun, "territory-noun"),
        (Class::VenueNoun, "venue-noun"),
        (Class::ProxyHead, "proxy-head"),
        (Class::FrontedAdverbial, "fronted-adverbial"),
        (Class::ToPrep, "to-prep"),
        (Class::PeriodPart, "period-part"),
        (Class::ContinueVerb, "continue-verb"),
        (Class::DelegationMembers, "delegation-members"),
        (Class::FormerQualifier, "former-qualifier"),
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
    /// Every form → the classes it is a form of, one bit per
    /// [`Class::index`] (what [`Self::is`] reads: one hash lookup, not a
    /// scan of the class's list).
    classes: HashMap<String, u128, Fast>,
    /// Per class, bit `n` set when one of its forms is `n` bytes long
    /// (longer forms share bit 63): most words are not a form of a given
    /// class by their length alone, which [`Self::is`] checks before
    /// hashing.
    lengths: Vec<u64>,
}

/// The bit of a form's byte length in [`FunctionWords::lengths`].
fn length_bit(form: &str) -> u64 {
    1 << form.len().min(63)
}

impl FunctionWords {
    /// `norm` (a normalized token) is one of the forms of class `c`.
    /// Inlined: called for most tokens by several stages, and most calls
    /// end at the length test.
    #[inline]
    pub fn is(&self, c: Class, norm: &str) -> bool {
        let length_fits = self
            .lengths
            .get(c.index())
            .is_some_and(|l| l & length_bit(norm) != 0);
        length_fits && self.hashed_is(c, norm)
    }

    /// [`Self::is`] by the hash table alone.
    fn hashed_is(&self, c: Class, norm: &str) -> bool {
        self.classes
            .get(norm)
            .is_some_and(|set| set & (1 << c.index()) != 0)
    }

    /// The normalized forms of class `c`.
    pub fn forms(&self, c: Class) -> &[String] {
        self.forms.get(c.index()).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The single form of a one-form class (`article`, `article-after-lam`).
    pub fn one(&self, c: Class) -> &str {
        self.forms(c).first().map(String::as_str).unwrap_or("")
    }

    pub(super) fn parse() -> Result<FunctionWords, String> {
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
            let words: Vec<String> = c[1].split_whitespace().map(norm_word).collect();
            if words.is_empty() {
                return Err(format!("assets/{n}:{line}: class `{}` has no forms", c[0]));
            }
            *slot = Some(words);
        }
        if Class::ALL.len() > u128::BITS as usize {
            return Err("more classes than bits in a class set".to_owned());
        }
        let mut out = Vec::with_capacity(forms.len());
        let mut classes: HashMap<String, u128, Fast> = HashMap::default();
        let mut lengths = Vec::with_capacity(forms.len());
        for ((class, key), f) in Class::ALL.iter().zip(forms) {
            let f = f.ok_or_else(|| format!("assets/{n}: class `{key}` is missing"))?;
            if matches!(class, Class::Article | Class::ArticleAfterLam) && f.len() != 1 {
                return Err(format!(
                    "assets/{n}: class `{key}` must have exactly one form"
                ));
            }
            for form in &f {
                *classes.entry(form.clone()).or_default() |= 1 << class.index();
            }
            lengths.push(f.iter().fold(0, |l, form| l | length_bit(form)));
            out.push(f);
        }
        Ok(FunctionWords {
            forms: out,
            classes,
            lengths,
        })
    }
}

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

pub(super) fn load(r: &mut Resources) -> Result<(), String> {
    load_officials(r)?;
    load_titles(r)?;
    for (_, l) in rows("lexicon/honorifics.txt")? {
        r.add(l.trim(), Tag::Honorific);
    }
    for (_, l) in rows("lexicon/name_particles.txt")? {
        r.add_flag_words(l, flag::PARTICLE);
    }
    for (_, l) in rows("lexicon/given_names.txt")? {
        r.add_flag_words(l, flag::GIVEN);
    }
    for (_, l) in rows("lexicon/stopwords.txt")? {
        r.add_flag_words(l, flag::STOP | flag::FUNCTION);
    }
    for (_, l) in rows("lexicon/common_words.txt")? {
        r.add_flag_words(l, flag::STOP);
    }
    for (_, l) in rows("lexicon/not_places.txt")? {
        r.add(l.trim(), Tag::NotPlace);
    }
    // The head nouns of places named after people (قاعة، مطار، جامعة) are
    // never a name themselves: «نظيره المغربي بنفس القاعة» names no one.
    let article = r.words.one(Class::Article).to_owned();
    let heads: Vec<String> = r
        .words
        .forms(Class::NamedAfter)
        .iter()
        .map(|w| format!("{article}{w}"))
        .collect();
    r.add_flag_words(&heads.join(" "), flag::STOP);
    let qualifiers = r.words.forms(Class::TitleQualifier).join(" ");
    r.add_flag_words(&qualifiers, flag::QUALIFIER);
    let n = "lexicon/boilerplate.tsv";
    for (line, l) in rows(n)? {
        let c = cols(n, 2, line, l)?;
        let rest = match c[0] {
            "rest" => true,
            "line" => false,
            "digest" => {
                r.digest.extend(variants(c[1]).map(phrase_tokens));
                continue;
            }
            k => {
                return Err(format!(
                    "assets/{n}:{line}: kind must be rest, line or digest, found `{k}`"
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
    Ok(())
}

fn load_officials(r: &mut Resources) -> Result<(), String> {
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
        let name_ar = variants(c[1]).next().unwrap_or("").to_owned();
        r.officials.push(Official {
            words: phrase_tokens(&name_ar),
            name_en: c[0].to_owned(),
            name_ar,
            country: c[2].to_owned(),
            office: c[3].to_owned(),
            from: year(n, line, c[4])?,
            to: year(n, line, c[5])?,
            role_en: Some(c[6].trim().to_owned()).filter(|s| !s.is_empty()),
        });
        for v in variants(c[1]) {
            r.add(v, Tag::Person(idx));
            // عبد الله / عبدالله: the press writes the particle joined or apart.
            for alt in abd_variants(v, &r.words) {
                r.add(&alt, Tag::Person(idx));
            }
        }
    }
    Ok(())
}

/// The other spelling of a name with the particle عبد: joined to the next
/// word (عبدالله) or apart from it (عبد الله).
fn abd_variants(name: &str, words: &FunctionWords) -> Vec<String> {
    let Some(abd) = words.forms(Class::AbdParticle).first() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let parts: Vec<&str> = name.split_whitespace().collect();
    // Apart → joined.
    let mut joined = Vec::new();
    let mut changed = false;
    let mut i = 0;
    while i < parts.len() {
        if super::norm_word(parts[i]) == *abd && i + 1 < parts.len() {
            joined.push(format!("{}{}", parts[i], parts[i + 1]));
            i += 2;
            changed = true;
        } else {
            joined.push(parts[i].to_owned());
            i += 1;
        }
    }
    if changed {
        out.push(joined.join(" "));
    }
    // Joined → apart (عبدالله → عبد الله), for words longer than the particle.
    let split: Vec<String> = parts
        .iter()
        .map(|p| {
            let n = super::norm_word(p);
            if n.starts_with(abd.as_str()) && n.chars().count() > abd.chars().count() + 2 {
                let k = abd.chars().count();
                let head: String = p.chars().take(k).collect();
                let tail: String = p.chars().skip(k).collect();
                format!("{head} {tail}")
            } else {
                (*p).to_owned()
            }
        })
        .collect();
    let split = split.join(" ");
    if split != name {
        out.push(split);
    }
    out
}

fn load_titles(r: &mut Resources) -> Result<(), String> {
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
    Ok(())
}
