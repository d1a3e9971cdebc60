//! Plain data shared by every part of jawla: articles, visits, the timeline.
//!
//! These types *are* the JSON contract of `jawla extract`
//! (`docs/extract-output.md`): field names and shapes must not
//! change without updating that document. Fields may be added.
//!
//! Nothing here does I/O or knows about the GUI.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// An article as the engine sees it: decoded text plus metadata.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Where the text came from (a path, or `seeds/NAME.txt` for the embedded
    /// samples). Copied into every [`Evidence`] the engine produces.
    pub path: String,
    /// The decoded text. Every offset in the engine's output indexes this
    /// string in chars (Unicode scalar values).
    pub text: String,
    /// Publication date: the anchor for relative dates ("أمس", "يوم الأربعاء").
    pub published: Option<NaiveDate>,
}

/// Whether a visit happened, is announced, or was called off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Occurred,
    Planned,
    Cancelled,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Occurred, Status::Planned, Status::Cancelled];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Occurred => "occurred",
            Status::Planned => "planned",
            Status::Cancelled => "cancelled",
        }
    }
}

/// A person: the visitor or someone they met.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// Fullest Arabic form found in the text ("أنتوني بلينكن").
    pub name_ar: String,
    /// Usual English press spelling, from the lexicon or romanized by rule.
    pub name_en: Option<String>,
    /// Role in English ("US Secretary of State").
    pub role: Option<String>,
    /// ISO 3166-1 alpha-2 of the country the person represents.
    pub country: Option<String>,
}

/// Where a leg took place.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// ISO 3166-1 alpha-2 of the country visited.
    pub country: String,
    /// English exonym of the city ("Cairo"), if a city is named.
    pub city: Option<String>,
    /// The Arabic name as written in the text (city if named, else country).
    pub name_ar: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// What `lat`/`lon` locate: the city named, or the country (at its
    /// capital, as datelines do) when no city is.
    #[serde(default)]
    pub precision: Option<Precision>,
}

/// What a place's coordinates locate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    City,
    Country,
}

/// A span of an article that supports a finding.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Evidence {
    pub path: String,
    /// Offset in chars (Unicode scalar values) into the decoded text.
    pub start: usize,
    /// Exclusive end, in chars.
    pub end: usize,
    pub text: String,
}

/// Membership of a leg in a trip (a tour of several places).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trip {
    /// Stable key grouping the legs of one trip within a timeline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// "زيارته الخامسة" → 5: the traveller's n-th trip to the region.
    pub ordinal: Option<u32>,
    /// Position of this leg within the trip (1-based) when the text states or
    /// implies it ("المحطة الثانية", "ثم", "بعد ذلك").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leg: Option<u32>,
}

/// One leg of a diplomatic visit: one visitor, one place, one day or stay.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Visit {
    pub visitor: Person,
    pub place: Place,
    /// ISO date of the leg, `null` when the text does not pin the day.
    pub date: Option<NaiveDate>,
    /// The Arabic text that gave the date (kept even when unresolved).
    pub date_text: Option<String>,
    /// The date as precise as the text, in EDTF (Library of Congress Extended
    /// Date/Time Format, level 0/1): `2024-06-10`, `2020-02`, `2008`,
    /// `2024-01-07/2024-01-11`; `null` when the text gives no time.
    #[serde(default)]
    pub date_edtf: Option<String>,
    /// `date` in the Umm al-Qura Hijri calendar, `YYYY-MM-DD`; `null` when
    /// `date` is.
    #[serde(default)]
    pub date_hijri: Option<String>,
    pub status: Status,
    pub counterparts: Vec<Person>,
    pub trip: Option<Trip>,
    pub evidence: Vec<Evidence>,
    /// 0.0 ..= 1.0
    pub confidence: f32,
    /// Stable IDs of the rules that produced this visit (see `assets/rules/`).
    #[serde(default)]
    pub rules: Vec<String>,
}

/// What kind of name an [`Entity`] is (the viewer tints each kind its own colour).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A named person (full name or a later family-name mention).
    Person,
    /// A country, city or institution (venue).
    Place,
    /// A time expression ("يوم الاثنين", "12 مارس 2024", "أمس").
    Date,
}

/// A name the engine recognized in an article: chars `start..end` of
/// [`Document::text`] (clitics such as و/ب before a name are left out).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Entity {
    /// Offset in chars (Unicode scalar values) into the decoded text.
    pub start: usize,
    /// Exclusive end, in chars.
    pub end: usize,
    pub kind: EntityKind,
}

/// Where an article's publication date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PublishedFrom {
    /// Given with the file: `--published`, a JSON line's `published`, a
    /// `NAME.json` or `seeds.json` beside it, or the analyst in the window.
    Argument,
    /// Declared by the HTML page (`article:published_time`, JSON-LD
    /// `datePublished`, `<time datetime>`).
    Html,
    /// Stated by the text near its top (a «تاريخ النشر» line, a dateline, a
    /// date under the title).
    Text,
}

impl PublishedFrom {
    /// The name written in the JSON (`"argument"`, `"html"`, `"text"`).
    pub fn as_str(self) -> &'static str {
        match self {
            PublishedFrom::Argument => "argument",
            PublishedFrom::Html => "html",
            PublishedFrom::Text => "text",
        }
    }
}

/// The visits found in one article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArticleVisits {
    pub path: String,
    pub published: Option<NaiveDate>,
    /// Where `published` came from; `None` when it is.
    #[serde(default)]
    pub published_from: Option<PublishedFrom>,
    pub visits: Vec<Visit>,
}

/// The document `jawla extract --format json` prints.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ExtractOutput {
    pub articles: Vec<ArticleVisits>,
    /// Merged and ordered over all articles; each entry lists every source.
    pub timeline: Vec<Visit>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_serializes_lowercase() {
        let json = serde_json::to_string(&Status::Cancelled).unwrap_or_default();
        assert_eq!(json, "\"cancelled\"");
        for s in Status::ALL {
            assert_eq!(
                serde_json::to_string(&s).unwrap_or_default(),
                format!("\"{}\"", s.as_str())
            );
        }
    }

    #[test]
    fn date_serializes_as_iso_or_null() {
        let d = NaiveDate::from_ymd_opt(2024, 6, 10);
        assert_eq!(
            serde_json::to_string(&d).unwrap_or_default(),
            "\"2024-06-10\""
        );
        let none: Option<NaiveDate> = None;
        assert_eq!(serde_json::to_string(&none).unwrap_or_default(), "null");
    }
}
