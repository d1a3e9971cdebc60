//! Timeline → files analysts use elsewhere (JSON, CSV, Markdown, HTML,
//! TimelineJS, GeoJSON, iCalendar, SVG, PNG, and the network of who met whom
//! as GEXF and GraphML).
//!
//! Produces bytes; writing them to disk is the caller's job (CLI, app). Every
//! format is deterministic: the same [`ExtractOutput`] and [`Meta`] give the
//! same bytes (the only time stamp, iCalendar's DTSTAMP, comes from
//! [`Meta::generated`]).
//!
//! ```no_run
//! # use jawla::export::{Format, Meta, render};
//! # let output = jawla::model::ExtractOutput::default();
//! let format = Format::from_name("csv").expect("known format");
//! let bytes = render(format, &output, &Meta::default()).expect("export");
//! // write `bytes` to `format.default_file_name()` ...
//! ```
//!
//! Formats that list legs use `output.timeline` (pass a filtered
//! `ExtractOutput` to export a selection); JSON also keeps `articles`.

mod csv;
mod fields;
mod geojson;
mod gexf;
mod graphml;
mod html;
mod ics;
mod json;
mod markdown;
mod narrative;
mod network;
mod svg;
mod timelinejs;

pub use csv::to_csv;
pub use fields::{leg_id, place_en};
pub use geojson::to_geojson;
pub use gexf::to_gexf;
pub use graphml::to_graphml;
pub use html::to_html;
pub use ics::to_ics;
pub use json::{FORMAT_VERSION, to_json};
pub use markdown::to_markdown;
pub use narrative::{Narrative, narrate};
pub use svg::{to_png, to_svg};
pub use timelinejs::to_timelinejs;

use crate::model::ExtractOutput;
use chrono::NaiveDateTime;
use std::fmt;

/// What the caller adds to the timeline for an export.
#[derive(Clone, Debug, PartialEq)]
pub struct Meta {
    /// When the export is made (UTC). Used only for iCalendar's DTSTAMP, so
    /// tests pass a fixed time and get fixed bytes.
    pub generated: NaiveDateTime,
    /// The analyst's corrections (`review::Correction`s), stored verbatim in the JSON
    /// export's `"corrections"` slot. `Null` is written as `[]`.
    pub corrections: serde_json::Value,
    /// Write each leg's Hijri date (`date_hijri`) beside the Gregorian one
    /// in the reports (HTML, Markdown): the analyst's View ▸ Hijri dates,
    /// `jawla extract --hijri`. JSON, CSV and GeoJSON always carry it.
    pub hijri: bool,
}

impl Default for Meta {
    /// 1 January 2024 00:00 UTC and no corrections: a fixed, reproducible
    /// default. Real exports pass the current time with [`Meta::at`].
    fn default() -> Self {
        Meta::at(
            chrono::NaiveDate::from_ymd_opt(2024, 1, 1)
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .unwrap_or_default(),
        )
    }
}

impl Meta {
    /// An export made at `generated` (UTC), without corrections.
    pub fn at(generated: NaiveDateTime) -> Meta {
        Meta {
            generated,
            corrections: serde_json::Value::Array(Vec::new()),
            hijri: false,
        }
    }
}

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Json,
    Csv,
    Markdown,
    Html,
    TimelineJs,
    GeoJson,
    ICalendar,
    Svg,
    Png,
    Gexf,
    GraphMl,
}

impl Format {
    /// Every format, in menu order.
    pub const ALL: [Format; 11] = [
        Format::Json,
        Format::Csv,
        Format::Markdown,
        Format::Html,
        Format::TimelineJs,
        Format::GeoJson,
        Format::ICalendar,
        Format::Svg,
        Format::Png,
        Format::Gexf,
        Format::GraphMl,
    ];

    /// The name used by `jawla extract --format NAME`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::TimelineJs => "timelinejs",
            Format::GeoJson => "geojson",
            Format::ICalendar => "ics",
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Gexf => "gexf",
            Format::GraphMl => "graphml",
        }
    }

    /// A human label for menus ("CSV (Excel, LibreOffice)").
    pub fn label(self) -> &'static str {
        match self {
            Format::Json => "JSON (jawla)",
            Format::Csv => "CSV (Excel, LibreOffice)",
            Format::Markdown => "Markdown summary",
            Format::Html => "HTML report (print to PDF)",
            Format::TimelineJs => "TimelineJS3 JSON",
            Format::GeoJson => "GeoJSON (QGIS, kepler.gl)",
            Format::ICalendar => "iCalendar (.ics)",
            Format::Svg => "SVG image of the timeline",
            Format::Png => "PNG image of the timeline",
            Format::Gexf => "GEXF network of who met whom (Gephi)",
            Format::GraphMl => "GraphML network of who met whom (yEd, networkx)",
        }
    }

    /// The format called `name` (case-insensitive; also accepts the file
    /// extension and a few usual aliases: "markdown", "ical", "tl").
    pub fn from_name(name: &str) -> Option<Format> {
        let n = name.trim().trim_start_matches('.').to_ascii_lowercase();
        let alias = match n.as_str() {
            "markdown" => "md",
            "ical" | "icalendar" | "ical.ics" => "ics",
            "timeline" | "timelinejs3" | "timeline.json" | "tl" => "timelinejs",
            "htm" => "html",
            other => other,
        };
        Format::ALL.into_iter().find(|f| f.name() == alias)
    }

    /// File extension without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::TimelineJs => "timeline.json",
            Format::GeoJson => "geojson",
            Format::ICalendar => "ics",
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Gexf => "gexf",
            Format::GraphMl => "graphml",
        }
    }

    /// MIME type of the bytes.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Json | Format::TimelineJs => "application/json",
            Format::Csv => "text/csv; charset=utf-8",
            Format::Markdown => "text/markdown; charset=utf-8",
            Format::Html => "text/html; charset=utf-8",
            Format::GeoJson => "application/geo+json",
            Format::ICalendar => "text/calendar; charset=utf-8",
            Format::Svg => "image/svg+xml",
            Format::Png => "image/png",
            Format::Gexf => "application/gexf+xml",
            Format::GraphMl => "application/graphml+xml",
        }
    }

    /// A sensible default file name for the save dialog ("jawla-timeline.csv").
    pub fn default_file_name(self) -> String {
        format!("jawla-timeline.{}", self.extension())
    }

    /// Whether the bytes are text (UTF-8) rather than binary.
    pub fn is_text(self) -> bool {
        self != Format::Png
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why an export failed. Only the image formats and serializers can fail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// A serializer failed (should not happen for valid model data).
    Serialize { format: Format, reason: String },
    /// The SVG could not be parsed or rasterized.
    Image(String),
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::Serialize { format, reason } => {
                write!(f, "cannot write {format} export: {reason}")
            }
            ExportError::Image(reason) => write!(f, "cannot draw the timeline image: {reason}"),
        }
    }
}

impl std::error::Error for ExportError {}

/// Renders `output` in `format`. `output.timeline` is what gets exported:
/// pass the whole timeline or a filtered copy.
pub fn render(format: Format, output: &ExtractOutput, meta: &Meta) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Json => to_json(output, meta),
        Format::Csv => to_csv(&output.timeline),
        Format::Markdown => Ok(to_markdown(output, meta.hijri).into_bytes()),
        Format::Html => Ok(to_html(output, meta.hijri).into_bytes()),
        Format::TimelineJs => to_timelinejs(&output.timeline),
        Format::GeoJson => to_geojson(&output.timeline),
        Format::ICalendar => Ok(to_ics(&output.timeline, meta).into_bytes()),
        Format::Svg => Ok(to_svg(&output.timeline).into_bytes()),
        Format::Png => to_png(&output.timeline),
        Format::Gexf => Ok(to_gexf(&output.timeline, meta).into_bytes()),
        Format::GraphMl => Ok(to_graphml(&output.timeline).into_bytes()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip_and_are_unique() {
        for f in Format::ALL {
            assert_eq!(Format::from_name(f.name()), Some(f));
            assert_eq!(Format::from_name(&f.name().to_uppercase()), Some(f));
        }
        assert_eq!(Format::from_name("markdown"), Some(Format::Markdown));
        assert_eq!(Format::from_name(".ics"), Some(Format::ICalendar));
        assert_eq!(Format::from_name("xlsx"), None);
        assert_eq!(Format::Csv.default_file_name(), "jawla-timeline.csv");
        assert_eq!(
            Format::TimelineJs.default_file_name(),
            "jawla-timeline.timeline.json"
        );
        assert_eq!(Format::GeoJson.mime(), "application/geo+json");
    }
}
