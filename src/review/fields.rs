//! The fields of a leg the analyst can correct: one table (`leg_fields!`
//! below) that defines the [`FieldEdit`] a correction carries, the [`Field`]
//! it names, how it reads and writes a [`Visit`], its label and input in the
//! leg editor and its name in messages. [`diff`], [`FieldEdit::apply_to`],
//! the leg editor's form and the merge of two legs all go through it, so a
//! new field is one row.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::i18n::{Message, Part};
use crate::model::{Person, Status, Visit};

/// How the leg editor asks for a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// A line of Latin text (codes, English names).
    Text,
    /// A line of Arabic text (the article's font).
    Arabic,
    /// `YYYY-MM-DD`, or empty for no date.
    Date,
    /// A decimal number of degrees, or empty.
    Degrees,
    /// One of [`Status::ALL`].
    Status,
    /// A list of people (add and remove).
    People,
}

/// Defines [`FieldEdit`], [`Field`] and their tables from one row per field:
///
/// ```text
/// /// doc of the FieldEdit variant
/// Variant: value type = path.in.visit, "Form label", "name in messages", Input[, normalize];
/// ```
///
/// `normalize` is applied to the value when an edit is applied.
macro_rules! leg_fields {
    ($(
        $(#[$doc:meta])*
        $variant:ident: $ty:ty = $($path:ident).+, $label:literal, $name:literal, $input:ident
            $(, $normalize:path)?;
    )+) => {
        /// A new value for one field of a leg.
        ///
        /// Serialized as `{"field":"date","value":"2024-06-11"}`.
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[serde(tag = "field", content = "value", rename_all = "snake_case")]
        pub enum FieldEdit {
            $($(#[$doc])* $variant($ty),)+
        }

        /// Which field of a leg a [`FieldEdit`] changes (for "edited" marks in the UI).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum Field {
            $($variant,)+
        }

        impl Field {
            /// Every field, in the leg editor's (and [`diff`]'s) order.
            pub const ALL: &[Field] = &[$(Field::$variant,)+];

            /// The field's label in the leg editor ("Date as written").
            pub fn label(self) -> &'static str {
                match self {
                    $(Field::$variant => $label,)+
                }
            }

            /// The field in a sentence ("date text"): "edited: …" notes and
            /// error messages.
            pub fn name(self) -> &'static str {
                match self {
                    $(Field::$variant => $name,)+
                }
            }

            /// How the leg editor asks for the field.
            pub fn input(self) -> Input {
                match self {
                    $(Field::$variant => Input::$input,)+
                }
            }

            /// The edit that gives a leg `visit`'s value of this field.
            pub fn of(self, visit: &Visit) -> FieldEdit {
                match self {
                    $(Field::$variant => FieldEdit::$variant(Clone::clone(&visit.$($path).+)),)+
                }
            }

            /// The edit for what the analyst typed in this field's text box
            /// (see [`Value::from_text`]); an error names the field by its
            /// label. `None` for the fields that are not typed.
            pub fn from_text(self, text: &str) -> Option<Result<FieldEdit, Message>> {
                match self {
                    $(Field::$variant => <$ty as Value>::from_text(text).map(|parsed| {
                        parsed
                            .map(FieldEdit::$variant)
                            .map_err(|e| field_error(Part::Field(self), e))
                    }),)+
                }
            }
        }

        impl FieldEdit {
            /// The field this edit changes.
            pub fn field(&self) -> Field {
                match self {
                    $(FieldEdit::$variant(_) => Field::$variant,)+
                }
            }

            /// The value as the leg editor shows it in a text box (see
            /// [`Value::to_text`]); `None` for the fields that are not typed.
            pub fn to_text(&self) -> Option<String> {
                match self {
                    $(FieldEdit::$variant(value) => value.to_text(),)+
                }
            }

            /// The value is "not known" (`None`): a merge fills such a
            /// field from the other leg.
            pub fn is_unknown(&self) -> bool {
                match self {
                    $(FieldEdit::$variant(value) => value.is_unknown(),)+
                }
            }

            /// Sets the field of `visit` to this value (country codes in
            /// upper case).
            pub fn apply_to(&self, visit: &mut Visit) {
                let before = (visit.date, visit.place.city.is_some());
                match self.clone() {
                    $(FieldEdit::$variant(value) => {
                        visit.$($path).+ = leg_fields!(@normalize value $(, $normalize)?);
                    })+
                }
                derive_fields(before, visit);
            }
        }
    };
    (@normalize $value:ident) => { $value };
    (@normalize $value:ident, $normalize:path) => { $normalize($value) };
}

leg_fields! {
    Date: Option<NaiveDate> = date, "Date", "date", Date;
    DateText: Option<String> = date_text, "Date as written", "date text", Arabic;
    Status: Status = status, "Status", "status", Status;
    /// ISO 3166-1 alpha-2; lowercase is accepted and stored uppercase.
    PlaceCountry: String = place.country, "Country", "country", Text, country_code;
    PlaceCity: Option<String> = place.city, "City", "city", Text;
    PlaceNameAr: String = place.name_ar, "Place (Arabic)", "Arabic place name", Arabic;
    /// Degrees, -90 ..= 90.
    PlaceLat: Option<f64> = place.lat, "Latitude", "latitude", Degrees;
    /// Degrees, -180 ..= 180.
    PlaceLon: Option<f64> = place.lon, "Longitude", "longitude", Degrees;
    /// Must not be empty.
    VisitorNameAr: String = visitor.name_ar, "Visitor (Arabic)", "visitor (Arabic)", Arabic;
    VisitorNameEn: Option<String> = visitor.name_en, "Visitor (English)", "visitor (English)", Text;
    VisitorRole: Option<String> = visitor.role, "Role", "role", Text;
    /// ISO 3166-1 alpha-2, or `None`.
    VisitorCountry: Option<String> = visitor.country, "Visitor's country", "visitor's country", Text,
        optional_country_code;
    /// Replaces the whole list.
    Counterparts: Vec<Person> = counterparts, "Counterparts", "counterparts", People;
}

fn country_code(code: String) -> String {
    code.trim().to_ascii_uppercase()
}

fn optional_country_code(code: Option<String>) -> Option<String> {
    code.map(country_code)
}

impl FieldEdit {
    /// Why this value cannot be stored, if it cannot.
    pub fn check(&self) -> Result<(), Message> {
        match self {
            FieldEdit::PlaceCountry(c) => check_country(c),
            FieldEdit::VisitorCountry(Some(c)) => check_country(c),
            FieldEdit::PlaceLat(Some(v)) => check_range(Field::PlaceLat, *v, 90.0),
            FieldEdit::PlaceLon(Some(v)) => check_range(Field::PlaceLon, *v, 180.0),
            FieldEdit::VisitorNameAr(n) if n.trim().is_empty() => {
                Err(Message::new("field-error-visitor-empty"))
            }
            FieldEdit::Counterparts(people) => people.iter().try_for_each(check_person),
            _ => Ok(()),
        }
    }
}

/// A type of value a leg field holds: how the leg editor shows and reads it
/// in a text box, and whether it is unknown.
pub trait Value: Sized {
    /// The text box's content for this value (`""` for no value); `None`
    /// when the value is not typed (a list, a choice).
    fn to_text(&self) -> Option<String>;
    /// The value for what was typed: trimmed, `""` → no value; `None` when
    /// the value is not typed.
    fn from_text(text: &str) -> Option<Result<Self, Message>>;
    /// No value (`None`).
    fn is_unknown(&self) -> bool {
        false
    }
}

impl Value for String {
    fn to_text(&self) -> Option<String> {
        Some(self.clone())
    }
    fn from_text(text: &str) -> Option<Result<Self, Message>> {
        Some(Ok(text.trim().to_owned()))
    }
}

impl Value for Option<String> {
    fn to_text(&self) -> Option<String> {
        Some(self.clone().unwrap_or_default())
    }
    fn from_text(text: &str) -> Option<Result<Self, Message>> {
        let t = text.trim();
        Some(Ok((!t.is_empty()).then(|| t.to_owned())))
    }
    fn is_unknown(&self) -> bool {
        self.is_none()
    }
}

impl Value for Option<NaiveDate> {
    fn to_text(&self) -> Option<String> {
        Some(self.map(|d| d.to_string()).unwrap_or_default())
    }
    fn from_text(text: &str) -> Option<Result<Self, Message>> {
        Some(parse_date(text))
    }
    fn is_unknown(&self) -> bool {
        self.is_none()
    }
}

/// Degrees.
impl Value for Option<f64> {
    fn to_text(&self) -> Option<String> {
        Some(self.map(|x| x.to_string()).unwrap_or_default())
    }
    fn from_text(text: &str) -> Option<Result<Self, Message>> {
        let t = text.trim();
        if t.is_empty() {
            return Some(Ok(None));
        }
        Some(
            t.parse::<f64>()
                .map(Some)
                .map_err(|_| Message::new("field-error-degrees").with("value", format!("{t:?}"))),
        )
    }
    fn is_unknown(&self) -> bool {
        self.is_none()
    }
}

/// Chosen from a list.
impl Value for Status {
    fn to_text(&self) -> Option<String> {
        None
    }
    fn from_text(_: &str) -> Option<Result<Self, Message>> {
        None
    }
}

/// Edited person by person.
impl Value for Vec<Person> {
    fn to_text(&self) -> Option<String> {
        None
    }
    fn from_text(_: &str) -> Option<Result<Self, Message>> {
        None
    }
}

/// `""` (after trimming) → `None`; `YYYY-MM-DD` → that date.
pub fn parse_date(text: &str) -> Result<Option<NaiveDate>, Message> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| {
            Message::new("field-error-date")
                .with("value", format!("{t:?}"))
                .with("form", "YYYY-MM-DD")
        })
}

/// The edits that turn `before` into `after`, in [`Field`] order: what an
/// edit form produces when the analyst presses OK on a copy of a leg they
/// changed. Fields outside [`FieldEdit`] (trip, evidence, confidence, rules)
/// are not compared.
pub fn diff(before: &Visit, after: &Visit) -> Vec<FieldEdit> {
    Field::ALL
        .iter()
        .filter_map(|f| {
            let edit = f.of(after);
            (edit != f.of(before)).then_some(edit)
        })
        .collect()
}

pub(crate) fn check_country(code: &str) -> Result<(), Message> {
    let code = code.trim();
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic()) {
        Ok(())
    } else {
        Err(Message::new("field-error-country").with("value", format!("{code:?}")))
    }
}

fn check_range(field: Field, value: f64, limit: f64) -> Result<(), Message> {
    if value.is_finite() && (-limit..=limit).contains(&value) {
        Ok(())
    } else {
        Err(Message::new("field-error-range")
            .with("what", Part::FieldName(field))
            .with("value", value.to_string())
            .with("min", format!("-{limit}"))
            .with("limit", limit.to_string()))
    }
}

/// "FIELD: REASON": `field` by its label ([`Part::Field`]) or its name in a
/// sentence ([`Part::FieldName`]).
pub fn field_error(field: Part, reason: Message) -> Message {
    Message::new("field-error")
        .with("field", field)
        .with("reason", reason)
}

pub(crate) fn check_person(p: &Person) -> Result<(), Message> {
    if p.name_ar.trim().is_empty() {
        return Err(Message::new("field-error-person-empty"));
    }
    p.country.as_deref().map_or(Ok(()), check_country)
}

/// Keeps the fields derived from an edited one true: the EDTF and Hijri
/// forms of a changed date, and what the coordinates locate once a city is
/// added or removed. `before`: the date and whether a city was named.
fn derive_fields(before: (Option<NaiveDate>, bool), visit: &mut Visit) {
    if visit.date != before.0 {
        visit.date_hijri = visit.date.and_then(crate::calendar::hijri_iso);
        visit.date_edtf = match visit.date {
            Some(d) => Some(d.to_string()),
            // A cleared day keeps a coarser date the text gave ("2020-02").
            None => visit.date_edtf.take().filter(|e| e.len() < 10),
        };
    }
    let has_city = visit.place.city.is_some();
    if has_city != before.1 {
        visit.place.precision = Some(if has_city {
            crate::model::Precision::City
        } else {
            crate::model::Precision::Country
        });
    }
}

/// Moves `after` (the leg `before` as the analyst edited it) to the city
/// typed in it, when the city changed and the coordinates were left as
/// they were: a city the gazetteer knows by its English or Arabic name
/// ([`crate::engine::gazetteer_city`]) gives the leg its English name,
/// country and coordinates (and, typed in Arabic, its Arabic place name);
/// an unknown city leaves the leg without coordinates, and the note says so.
pub fn locate_city(before: &Visit, after: &mut Visit) -> Option<Message> {
    let typed = after.place.city.clone()?;
    let moved_by_hand = after.place.lat != before.place.lat || after.place.lon != before.place.lon;
    if Some(&typed) == before.place.city.as_ref() || moved_by_hand {
        return None;
    }
    match crate::engine::gazetteer_city(&typed) {
        Some(city) => {
            if !city.name_en.eq_ignore_ascii_case(typed.trim()) {
                after.place.name_ar = typed.trim().to_owned();
            }
            after.place.city = Some(city.name_en);
            after.place.country = city.country;
            after.place.lat = Some(city.lat);
            after.place.lon = Some(city.lon);
            None
        }
        None => {
            after.place.lat = None;
            after.place.lon = None;
            Some(Message::new("field-note-not-in-gazetteer").with("city", typed.trim()))
        }
    }
}
