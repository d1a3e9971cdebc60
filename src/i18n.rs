//! The interface's words, in English and Arabic: Fluent messages read from
//! `assets/i18n/en.ftl` and `assets/i18n/ar.ftl` (embedded), looked up by key.
//!
//! No egui, no I/O, never fails: a key Arabic lacks falls back to English, a
//! key neither has gives the key itself (tests check that both files have the
//! same keys and that every key the code uses exists).
//!
//! Placeables (`{ $name }`) are wrapped in Unicode isolates (FSI … PDI),
//! Fluent's default, kept on purpose: a Latin file name or a number inside an
//! Arabic sentence (or an Arabic title inside an English one) then keeps its
//! own direction and does not pull the words around it. The UI lays every
//! string out with its bidi code (`ui::bidi_line`), which honours the isolates
//! and paints nothing for them.

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

use crate::model::{Person, Place, Status};
use crate::review::Field;

/// The English messages (the reference: every key is here).
pub const EN_FTL: &str = include_str!("../assets/i18n/en.ftl");
/// The Arabic messages.
pub const AR_FTL: &str = include_str!("../assets/i18n/ar.ftl");

/// The interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Ar,
}

impl Lang {
    /// Every interface language, in the order the View menu lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ar];

    /// Whether the interface reads right to left (panels mirrored).
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The language's own name, as the menu offers it ("English", and
    /// Arabic in Arabic, whatever the current language).
    pub fn endonym(self) -> String {
        tr(self, "language-name")
    }
}

/// An argument of a message: text or a number (numbers choose the plural
/// form, Arabic has six).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    Str(&'a str),
    /// Text made for the message (a count with thousands separators).
    Owned(String),
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        // Counts of articles and legs are far below 2^52: exact.
        #[allow(clippy::cast_precision_loss, reason = "counts are far below 2^52")]
        Arg::Num(n as f64)
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Owned(s)
    }
}

impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Arg::Num(n)
    }
}

impl From<f32> for Arg<'_> {
    fn from(n: f32) -> Self {
        Arg::Num(f64::from(n))
    }
}

/// A bundle of one language's messages. A syntax error in a file (which the
/// tests refuse) loses only the entries it touches.
fn bundle(lang: &str, source: &str) -> FluentBundle<FluentResource> {
    let id = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(true);
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
    bundle.add_resource_overriding(resource);
    bundle
}

static EN: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| bundle("en", EN_FTL));
static AR: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| bundle("ar", AR_FTL));

fn format(
    bundle: &FluentBundle<FluentResource>,
    key: &str,
    args: &[(&str, Arg)],
) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        let v = match value {
            Arg::Str(s) => FluentValue::from(*s),
            Arg::Owned(s) => FluentValue::from(s.as_str()),
            Arg::Num(n) => FluentValue::from(*n),
        };
        fargs.set(*name, v);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
    Some(text.into_owned())
}

/// The message `key` in `lang`, with `args` filled in; English when `lang`
/// lacks it, the key itself when English does too.
pub fn tr_args(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let own = match lang {
        Lang::En => None,
        Lang::Ar => format(&AR, key, args),
    };
    own.or_else(|| format(&EN, key, args))
        .unwrap_or_else(|| key.to_owned())
}

/// [`tr_args`] for text kept as data (the status bar's last message, which
/// logs and tests read): without isolates in English, where the words around
/// a placeable are left to right anyway; with them in Arabic.
pub fn tr_text(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let text = tr_args(lang, key, args);
    match lang {
        Lang::En => text.replace(['\u{2068}', '\u{2069}'], ""),
        Lang::Ar => text,
    }
}

/// The message `key` in `lang` (see [`tr_args`]).
pub fn tr(lang: Lang, key: &str) -> String {
    tr_args(lang, key, &[])
}

/// A message built by code that does not know the interface language (a
/// file's error on the loading thread, a field's error in `review`): its key
/// and arguments, shown later with [`Message::text`] in the language of the
/// moment. `Display` gives the English (the command line, logs).
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    key: &'static str,
    args: Vec<(&'static str, Part)>,
}

/// An argument of a [`Message`].
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    /// Text shown as it is (a file name, a value the analyst typed).
    Text(String),
    /// A number (it chooses the plural form).
    Num(f64),
    /// A message of its own, in the same language.
    Message(Box<Message>),
    /// A leg field, by its label in the leg editor ("City", «المدينة»).
    Field(Field),
    /// A leg field in a sentence ("date text"; its label in Arabic).
    FieldName(Field),
    /// Parts in a row, separated as the language separates a list ("a, b",
    /// «أ، ب»).
    List(Vec<Part>),
    /// An export format, by its name in the menu ([`format_label`]).
    Format(crate::export::Format),
}

impl From<String> for Part {
    fn from(s: String) -> Self {
        Part::Text(s)
    }
}

impl From<&str> for Part {
    fn from(s: &str) -> Self {
        Part::Text(s.to_owned())
    }
}

impl From<Message> for Part {
    fn from(m: Message) -> Self {
        Part::Message(Box::new(m))
    }
}

impl From<usize> for Part {
    fn from(n: usize) -> Self {
        #[allow(clippy::cast_precision_loss, reason = "counts are far below 2^52")]
        Part::Num(n as f64)
    }
}

impl Message {
    /// The message `key` (of `assets/i18n/*.ftl`) with no arguments yet.
    pub fn new(key: &'static str) -> Self {
        Message {
            key,
            args: Vec::new(),
        }
    }

    /// The message with the argument `name` set to `part`.
    #[must_use]
    pub fn with(mut self, name: &'static str, part: impl Into<Part>) -> Self {
        self.args.push((name, part.into()));
        self
    }

    /// The message's key.
    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The argument `name`, if set.
    pub fn arg(&self, name: &str) -> Option<&Part> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, p)| p)
    }

    /// The message in `lang`, as [`tr_text`] gives it.
    pub fn text(&self, lang: Lang) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(name, part)| {
                let arg = match part {
                    Part::Text(s) => Arg::Str(s),
                    Part::Num(n) => Arg::Num(*n),
                    other => Arg::Owned(other.text(lang)),
                };
                (*name, arg)
            })
            .collect();
        tr_text(lang, self.key, &args)
    }
}

impl Part {
    /// The part as text in `lang` (a number as Rust writes it).
    fn text(&self, lang: Lang) -> String {
        match self {
            Part::Text(s) => s.clone(),
            Part::Num(n) => n.to_string(),
            Part::Message(m) => m.text(lang),
            Part::Field(f) => field_label(lang, *f),
            Part::FieldName(f) => field_name(lang, *f),
            Part::Format(f) => format_label(lang, *f),
            Part::List(parts) => {
                let texts: Vec<String> = parts.iter().map(|p| p.text(lang)).collect();
                texts.join(&tr(lang, "list-separator"))
            }
        }
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

// Names people read: countries, places and people in the interface language,
// from the gazetteer and the people lexicon (`assets/`), never mixed.

/// The interface's short names of the countries whose gazetteer name is an
/// official or long form (`assets/i18n/countries.tsv`: `iso2` TAB `name_en`
/// TAB `name_ar`, an empty cell keeping the gazetteer's), embedded.
const COUNTRIES_TSV: &str = include_str!("../assets/i18n/countries.tsv");

/// [`COUNTRIES_TSV`] by ISO code: (English, Arabic), either possibly empty.
static SHORT_COUNTRIES: LazyLock<
    std::collections::HashMap<&'static str, (&'static str, &'static str)>,
> = LazyLock::new(|| {
    COUNTRIES_TSV
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut cells = l.split('\t').map(str::trim);
            Some((cells.next()?, (cells.next()?, cells.next()?)))
        })
        .collect()
});

/// The name of the country with ISO code `iso` in `lang` as the interface
/// shows it ("Egypt", «مصر»; «السعودية», not the gazetteer's official
/// «المملكة العربية السعودية», see [`COUNTRIES_TSV`]); the code itself when
/// the gazetteer does not know it. The exports keep the gazetteer's names.
pub fn country_name(lang: Lang, iso: &str) -> String {
    let code = iso.trim().to_ascii_uppercase();
    let short = SHORT_COUNTRIES
        .get(code.as_str())
        .map(|&(en, ar)| match lang {
            Lang::En => en,
            Lang::Ar => ar,
        });
    if let Some(name) = short.filter(|n| !n.is_empty()) {
        return name.to_owned();
    }
    let name = match lang {
        Lang::En => crate::engine::country_name_en(&code),
        Lang::Ar => crate::engine::country_name_ar(&code),
    };
    name.map_or(code, str::to_owned)
}

/// Where a leg took place, in one language: the city (or, with none, the
/// country) and, after a city, its country. English: the city's English name
/// and the gazetteer's country name; Arabic: the gazetteer's Arabic names, else
/// the Arabic name as the article wrote it. Only when a language has no name
/// at all does the other one stand in.
pub fn place_parts(lang: Lang, place: &Place) -> (String, Option<String>) {
    let city = place
        .city
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    let country_known = match lang {
        Lang::En => crate::engine::country_name_en(&place.country),
        Lang::Ar => crate::engine::country_name_ar(&place.country),
    };
    let country = || country_name(lang, &place.country);
    let written = place.name_ar.trim();
    match (lang, city) {
        (Lang::En, Some(city)) => (city.to_owned(), Some(country())),
        (Lang::Ar, Some(city)) => {
            let name = crate::engine::city_name_ar(city, &place.country)
                .map(str::to_owned)
                .or_else(|| (!written.is_empty()).then(|| written.to_owned()))
                .unwrap_or_else(|| city.to_owned());
            (name, Some(country()))
        }
        // In Arabic a country as the article wrote it (usually its short
        // name, «السعودية» where the gazetteer's first is the official
        // «المملكة العربية السعودية»).
        (Lang::Ar, None) if !written.is_empty() => (written.to_owned(), None),
        (_, None) => match country_known {
            Some(_) => (country(), None),
            None if !written.is_empty() => (written.to_owned(), None),
            None => (country(), None),
        },
    }
}

/// [`place_parts`] as one label: "Cairo, Egypt", «القاهرة، مصر», "Saudi Arabia".
pub fn place_label(lang: Lang, place: &Place) -> String {
    match place_parts(lang, place) {
        (city, Some(country)) if country != city => {
            format!("{city}{}{country}", tr(lang, "list-separator"))
        }
        (name, _) => name,
    }
}

/// A person's name in `lang`: in English the English spelling (else the
/// Arabic); in Arabic the people lexicon's Arabic form of a known person, else
/// the name as the article wrote it.
pub fn person_name(lang: Lang, person: &Person) -> String {
    let en = person
        .name_en
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    match (lang, en) {
        (Lang::En, Some(en)) => en.to_owned(),
        (Lang::Ar, Some(en)) => crate::engine::official_name_ar(en)
            .map_or_else(|| fallback_ar(person, en), str::to_owned),
        (_, None) => person.name_ar.trim().to_owned(),
    }
}

fn fallback_ar(person: &Person, en: &str) -> String {
    let ar = person.name_ar.trim();
    if ar.is_empty() {
        en.to_owned()
    } else {
        ar.to_owned()
    }
}

/// The Arabic of the roles of the people lexicon
/// (`assets/people/roles_ar.tsv`: `role_en` TAB `role_ar`), embedded.
const ROLES_AR: &str = include_str!("../assets/people/roles_ar.tsv");

static ROLES: LazyLock<std::collections::HashMap<&'static str, &'static str>> =
    LazyLock::new(|| {
        ROLES_AR
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .map(|(en, ar)| (en.trim(), ar.trim()))
            .filter(|(en, ar)| !en.is_empty() && !ar.is_empty())
            .collect()
    });

/// A person's role in `lang`: in Arabic the role as Arabic news writes it
/// («وزير الخارجية الأمريكي» for "US Secretary of State") when the people
/// lexicon has it, else the role as it is (an analyst's own, a composed one).
pub fn role_name(lang: Lang, role: &str) -> String {
    let role = role.trim();
    match lang {
        Lang::Ar => ROLES
            .get(role)
            .map(|r| (*r).to_owned())
            .or_else(|| composed_role_ar(role))
            .unwrap_or_else(|| role.to_owned()),
        Lang::En => role.to_owned(),
    }
}

/// A role the engine composed from a title and a country ("Foreign Minister
/// of Egypt") in Arabic: the title's Arabic, then the country's demonym
/// («وزير الخارجية المصري»), as Arabic news writes it.
fn composed_role_ar(role: &str) -> Option<String> {
    let (title, country) = role.rsplit_once(" of ")?;
    let title_ar = ROLES.get(title.trim())?;
    let demonym = crate::engine::demonym_ar_of(country)?;
    Some(format!("{title_ar} {demonym}"))
}

/// An export format as the menus and dialogs name it in `lang` ("CSV
/// (Excel, LibreOffice)"; the English is [`Format::label`]'s).
///
/// [`Format::label`]: crate::export::Format::label
pub fn format_label(lang: Lang, format: crate::export::Format) -> String {
    tr(lang, &format!("format-{}", format.name()))
}

/// A leg's status in `lang` ("occurred", «جرت»).
pub fn status_name(lang: Lang, status: Status) -> String {
    match status {
        Status::Occurred => tr(lang, "leg-status-occurred"),
        Status::Planned => tr(lang, "leg-status-planned"),
        Status::Cancelled => tr(lang, "leg-status-cancelled"),
    }
}

/// A leg's correctable field as the leg editor labels it ("City", «المدينة»).
pub fn field_label(lang: Lang, field: Field) -> String {
    match field {
        Field::Date => tr(lang, "field-date"),
        Field::DateText => tr(lang, "field-date-text"),
        Field::Status => tr(lang, "field-status"),
        Field::PlaceCountry => tr(lang, "field-country"),
        Field::PlaceCity => tr(lang, "field-city"),
        Field::PlaceNameAr => tr(lang, "field-place-ar"),
        Field::PlaceLat => tr(lang, "field-latitude"),
        Field::PlaceLon => tr(lang, "field-longitude"),
        Field::VisitorNameAr => tr(lang, "field-visitor-ar"),
        Field::VisitorNameEn => tr(lang, "field-visitor-en"),
        Field::VisitorRole => tr(lang, "field-role"),
        Field::VisitorCountry => tr(lang, "field-visitor-country"),
        Field::Counterparts => tr(lang, "field-counterparts"),
    }
}

/// A field in a sentence ("edited: date text"): the field's own name in
/// English, its label in Arabic.
pub fn field_name(lang: Lang, field: Field) -> String {
    match lang {
        Lang::En => field.name().to_owned(),
        Lang::Ar => field_label(lang, field),
    }
}

/// A visitor's names for a list or a filter, from the key the legs are
/// grouped by (the English name when known, else the Arabic): both names,
/// the interface language's first, when the people lexicon knows both
/// ("Antony Blinken · أنتوني بلينكن"); else the key.
pub fn visitor_names(lang: Lang, key: &str) -> String {
    match crate::engine::official_name_ar(key) {
        Some(ar) if lang == Lang::Ar => format!("{ar} · {}", key.trim()),
        Some(ar) => format!("{} · {ar}", key.trim()),
        None => key.trim().to_owned(),
    }
}

/// The message keys of a Fluent file, in file order (for the tests and the
/// lexicon check).
pub fn keys(source: &str) -> Vec<String> {
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn roles_read_arabic_from_the_people_lexicon() {
        assert_eq!(
            role_name(Lang::Ar, "US Secretary of State"),
            "وزير الخارجية الأمريكي"
        );
        assert_eq!(role_name(Lang::Ar, " Emir of Qatar "), "أمير قطر");
        assert_eq!(role_name(Lang::En, "Emir of Qatar"), "Emir of Qatar");
        // A role the lexicon does not have (typed by the analyst) stays.
        assert_eq!(role_name(Lang::Ar, "Chief negotiator"), "Chief negotiator");
    }

    #[test]
    fn a_role_composed_from_a_title_and_a_country_reads_arabic() {
        // The engine writes "TITLE of COUNTRY" for a person the lexicon does
        // not know; Arabic news writes the title and the demonym.
        assert_eq!(
            role_name(Lang::Ar, "Defence Minister of Chad"),
            "وزير الدفاع التشادي"
        );
        assert_eq!(
            role_name(Lang::Ar, "Prime Minister of South Korea"),
            "رئيس الوزراء الكوري الجنوبي"
        );
        assert_eq!(role_name(Lang::Ar, "Envoy"), "المبعوث");
        // An organization or an unknown country: the English stays.
        assert_eq!(
            role_name(Lang::Ar, "Envoy of the United Nations"),
            "Envoy of the United Nations"
        );
    }

    #[test]
    fn both_files_parse_and_have_the_same_keys() {
        for (name, src) in [("en.ftl", EN_FTL), ("ar.ftl", AR_FTL)] {
            if let Err((_, errors)) = FluentResource::try_new(src.to_owned()) {
                panic!("{name}: {errors:?}");
            }
        }
        let en: BTreeSet<String> = keys(EN_FTL).into_iter().collect();
        let ar: BTreeSet<String> = keys(AR_FTL).into_iter().collect();
        let only_en: Vec<_> = en.difference(&ar).collect();
        let only_ar: Vec<_> = ar.difference(&en).collect();
        assert!(
            only_en.is_empty() && only_ar.is_empty(),
            "only in en.ftl: {only_en:?}\nonly in ar.ftl: {only_ar:?}"
        );
        assert_eq!(keys(EN_FTL).len(), en.len(), "a key twice in en.ftl");
        assert_eq!(keys(AR_FTL).len(), ar.len(), "a key twice in ar.ftl");
    }

    #[test]
    fn every_message_formats_without_errors_in_both_languages() {
        for (lang, src, b) in [(Lang::En, EN_FTL, &*EN), (Lang::Ar, AR_FTL, &*AR)] {
            for key in keys(src) {
                let Some(pattern) = b.get_message(&key).and_then(|m| m.value()) else {
                    panic!("{lang:?} {key}: no value");
                };
                let mut fargs = FluentArgs::new();
                for name in [
                    "n", "name", "count", "total", "shown", "done", "size", "what", "path", "from",
                    "to", "file", "reason", "kind", "limit", "env", "flag", "why", "folder",
                    "parts", "names", "field", "value", "form", "min", "range", "city", "title",
                    "day", "month", "year", "key",
                ]
                .into_iter()
                .chain([
                    "current",
                    "line",
                    "column",
                    "found",
                    "supported",
                    "format",
                    "problem",
                ]) {
                    fargs.set(name, FluentValue::from(3));
                }
                let mut errors = Vec::new();
                let text = b.format_pattern(pattern, Some(&fargs), &mut errors);
                assert!(errors.is_empty(), "{lang:?} {key}: {errors:?}");
                assert!(!text.trim().is_empty(), "{lang:?} {key} is empty");
            }
        }
    }

    #[test]
    fn a_missing_key_falls_back_to_english_then_to_the_key() {
        assert_eq!(tr(Lang::En, "menu-file"), "File");
        assert_eq!(tr(Lang::Ar, "menu-file"), "ملف");
        assert_eq!(tr(Lang::Ar, "no-such-key"), "no-such-key");
        assert_eq!(Lang::Ar.endonym(), "العربية");
        assert_eq!(Lang::En.endonym(), "English");
    }

    /// Arabic plurals: one, two, few (3-10), many (11-99).
    #[test]
    fn counts_take_the_arabic_plural_forms() {
        let n = |n: usize| tr_args(Lang::Ar, "status-articles", &[("n", n.into())]);
        let forms: BTreeSet<String> = [1, 2, 3, 11, 100].into_iter().map(n).collect();
        assert!(forms.len() >= 4, "{forms:?}");
        let en = tr_args(Lang::En, "status-articles", &[("n", 1.into())]);
        assert!(en.contains("1 article") && !en.contains("articles"), "{en}");
    }

    fn place(country: &str, city: Option<&str>, written: &str) -> Place {
        Place {
            country: country.into(),
            city: city.map(Into::into),
            name_ar: written.into(),
            ..Place::default()
        }
    }

    /// A leg's place in one language: the gazetteer's names, the name the
    /// article wrote when the gazetteer has none in Arabic.
    #[test]
    fn a_place_is_named_in_one_language() {
        let cairo = place("EG", Some("Cairo"), "القاهرة");
        assert_eq!(place_label(Lang::En, &cairo), "Cairo, Egypt");
        assert_eq!(place_label(Lang::Ar, &cairo), "القاهرة، مصر");
        let saudi = place("SA", None, "السعودية");
        assert_eq!(place_label(Lang::En, &saudi), "Saudi Arabia");
        assert_eq!(place_label(Lang::Ar, &saudi), "السعودية");
        let unwritten = place("SA", None, "");
        assert_eq!(place_label(Lang::Ar, &unwritten), "السعودية");
        // A city the gazetteer lacks: the Arabic written, the English given.
        let town = place("EG", Some("Kafr Nowhere"), "كفر اللامكان");
        assert_eq!(place_label(Lang::Ar, &town), "كفر اللامكان، مصر");
        assert_eq!(place_label(Lang::En, &town), "Kafr Nowhere, Egypt");
        assert_eq!(country_name(Lang::En, "zz"), "ZZ");
    }

    /// Countries are shown by their short names (`assets/i18n/countries.tsv`),
    /// not the gazetteer's official forms, which a label cut («الممل…»); the
    /// others by the gazetteer's.
    #[test]
    fn countries_are_shown_by_their_short_names() {
        assert_eq!(country_name(Lang::Ar, "SA"), "السعودية");
        assert_eq!(country_name(Lang::Ar, " sa "), "السعودية");
        assert_eq!(country_name(Lang::En, "SA"), "Saudi Arabia");
        assert_eq!(country_name(Lang::Ar, "GB"), "بريطانيا");
        assert_eq!(country_name(Lang::Ar, "CD"), "الكونغو الديمقراطية");
        assert_eq!(country_name(Lang::En, "CD"), "DR Congo");
        assert_eq!(country_name(Lang::En, "AE"), "UAE");
        assert_eq!(country_name(Lang::Ar, "AE"), "الإمارات");
        assert_eq!(country_name(Lang::Ar, "EG"), "مصر");
        let jeddah = place("SA", Some("Jeddah"), "جدة");
        assert_eq!(place_label(Lang::Ar, &jeddah), "جدة، السعودية");
        // Every row names a country the gazetteer knows.
        assert!(!SHORT_COUNTRIES.is_empty());
        for iso in SHORT_COUNTRIES.keys() {
            assert!(crate::engine::country_name_en(iso).is_some(), "{iso}");
        }
    }

    /// Every export format has its name in both languages: the English
    /// as `Format::label` gives it, the Arabic in Arabic.
    #[test]
    fn export_formats_are_named_in_both_languages() {
        use crate::export::Format;
        for format in Format::ALL {
            assert_eq!(format_label(Lang::En, format), format.label());
            let ar = format_label(Lang::Ar, format);
            assert!(!ar.starts_with("format-"), "{format:?}: {ar}");
        }
        assert_eq!(format_label(Lang::Ar, Format::Svg), "صورة SVG للخط الزمني");
    }

    #[test]
    fn people_are_named_in_the_interface_language() {
        let blinken = Person {
            name_ar: "بلينكن".into(),
            name_en: Some("Antony Blinken".into()),
            ..Person::default()
        };
        assert_eq!(person_name(Lang::En, &blinken), "Antony Blinken");
        assert_eq!(person_name(Lang::Ar, &blinken), "أنتوني بلينكن");
        let unknown = Person {
            name_ar: "فلان الفلاني".into(),
            name_en: Some("Fulan al-Fulani".into()),
            ..Person::default()
        };
        assert_eq!(person_name(Lang::Ar, &unknown), "فلان الفلاني");
        assert_eq!(
            visitor_names(Lang::En, "Fulan al-Fulani"),
            "Fulan al-Fulani"
        );
    }

    /// Every key the code asks for (`tr(…, "key")`, `tr_args(…, "key", …)`)
    /// is in en.ftl.
    #[test]
    fn every_key_used_in_the_code_exists() {
        fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    rust_files(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(path);
                }
            }
        }
        let known: BTreeSet<String> = keys(EN_FTL).into_iter().collect();
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        let mut used = 0;
        let mut missing = Vec::new();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            for key in used_keys(code) {
                used += 1;
                if !known.contains(&key) {
                    missing.push(format!("{}: {key}", file.display()));
                }
            }
        }
        assert!(used > 50, "found only {used} uses");
        assert!(
            missing.is_empty(),
            "keys not in en.ftl:\n{}",
            missing.join("\n")
        );
    }

    /// The literal keys of the calls `tr(`, `tr_args(`, `tr_plain(`, `tr_plain_args(` in `src`:
    /// the first string literal inside the call's parentheses.
    fn used_keys(src: &str) -> Vec<String> {
        let mut out = Vec::new();
        for call in [
            "tr(",
            "tr_args(",
            "tr_text(",
            "tr_plain(",
            "tr_plain_args(",
            "Message::new(",
        ] {
            let mut rest = src;
            while let Some(at) = rest.find(call) {
                let before = rest[..at].chars().next_back();
                rest = &rest[at + call.len()..];
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let Some(quote) = rest.find('"') else { break };
                if rest[..quote].contains(')') || rest[..quote].contains('(') {
                    continue;
                }
                let after = &rest[quote + 1..];
                let Some(end) = after.find('"') else { break };
                out.push(after[..end].to_owned());
            }
        }
        out
    }

    #[test]
    fn the_key_scanner_finds_literal_keys() {
        let src = r#"let a = tr(ui, "menu-file"); x.tr_args(lang, "status-articles", &[("n", 1.into())]); str(x, "no")"#;
        assert_eq!(used_keys(src), ["menu-file", "status-articles"]);
    }
}
