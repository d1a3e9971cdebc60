//! The CSV export for Excel and LibreOffice: UTF-8 with a BOM, one row per
//! leg, Arabic and English names, ISO dates (with the date as precise as the
//! text, EDTF, and the Hijri date), guarded against formula injection.

use super::fields::{clean_line, place_en, precision_name, unique_leg_ids, visitor_en};
use super::narrative::{person_ar, person_en};
use super::{ExportError, Format};
use crate::model::Visit;

/// The UTF-8 byte order mark Excel needs to read the file as UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Column names, in order.
pub const HEADER: [&str; 26] = [
    "leg_id",
    "visitor_en",
    "visitor_ar",
    "visitor_role",
    "visitor_country",
    "place_en",
    "place_ar",
    "city",
    "country",
    "lat",
    "lon",
    "precision",
    "date",
    "date_edtf",
    "date_hijri",
    "date_text",
    "status",
    "counterparts_en",
    "counterparts_ar",
    "trip_id",
    "trip_ordinal",
    "trip_leg",
    "confidence",
    "rules",
    "sources",
    "evidence",
];

/// A text cell made safe for spreadsheets: one line, hidden controls shown
/// as `⟦U+202E RLO⟧` tokens (see [`super::fields::clean_line`]), and
/// a leading `'` when it begins with `=`, `+`, `-`, `@`, tab, carriage return
/// or NUL, so it is never taken as a formula (OWASP ASVS 1.2.10, CWE-1236).
pub(crate) fn cell(s: &str) -> String {
    let guard = matches!(
        s.chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\0')
    );
    let line = clean_line(s);
    let guard = guard || matches!(line.chars().next(), Some('=' | '+' | '-' | '@'));
    if guard { format!("'{line}") } else { line }
}

fn opt(s: &Option<String>) -> String {
    s.as_deref().map(cell).unwrap_or_default()
}

fn num<T: ToString>(n: Option<T>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// The CSV bytes: BOM, header row, one row per leg in timeline order, CRLF
/// line ends (as Excel writes them). Lists inside a cell are joined with "; ".
pub fn to_csv(visits: &[Visit]) -> Result<Vec<u8>, ExportError> {
    let err = |e: &dyn std::fmt::Display| ExportError::Serialize {
        format: Format::Csv,
        reason: e.to_string(),
    };
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(BOM.to_vec());
    w.write_record(HEADER).map_err(|e| err(&e))?;
    let ids = unique_leg_ids(visits);
    for (v, id) in visits.iter().zip(ids) {
        let trip = v.trip.as_ref();
        let record: [String; 26] = [
            id,
            cell(&visitor_en(v)),
            cell(&v.visitor.name_ar),
            opt(&v.visitor.role),
            opt(&v.visitor.country),
            cell(&place_en(v)),
            cell(&v.place.name_ar),
            opt(&v.place.city),
            cell(&v.place.country),
            num(v.place.lat),
            num(v.place.lon),
            v.place
                .precision
                .map(precision_name)
                .unwrap_or_default()
                .to_owned(),
            num(v.date),
            opt(&v.date_edtf),
            opt(&v.date_hijri),
            opt(&v.date_text),
            v.status.as_str().to_string(),
            cell(
                &v.counterparts
                    .iter()
                    .map(person_en)
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            cell(
                &v.counterparts
                    .iter()
                    .map(person_ar)
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            opt(&trip.and_then(|t| t.id.clone())),
            num(trip.and_then(|t| t.ordinal)),
            num(trip.and_then(|t| t.leg)),
            format!("{:.2}", v.confidence),
            cell(&v.rules.join("; ")),
            cell(
                &v.evidence
                    .iter()
                    .map(|e| format!("{}:{}-{}", e.path, e.start, e.end))
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            cell(
                &v.evidence
                    .iter()
                    .map(|e| e.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" | "),
            ),
        ];
        w.write_record(&record).map_err(|e| err(&e))?;
    }
    w.into_inner().map_err(|e| err(&e.error()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_guard() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\t=1"), "'=1");
        assert_eq!(cell("\r\n=1"), "'=1");
        assert_eq!(cell("\0x"), "'x");
        assert_eq!(cell("a=b"), "a=b");
        assert_eq!(cell("بلينكن"), "بلينكن");
    }
}
