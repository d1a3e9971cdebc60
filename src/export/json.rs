//! The JSON export: the `jawla extract` contract (`docs/extract-output.md`)
//! wrapped with a `format_version` and the analyst's `corrections`.

use super::{ExportError, Format, Meta};
use crate::model::ExtractOutput;
use serde::Serialize;

/// Version of the JSON export's wrapper. Bump when a field changes meaning.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    format_version: u32,
    #[serde(flatten)]
    output: &'a ExtractOutput,
    corrections: &'a serde_json::Value,
}

/// `{"format_version": 1, "articles": [...], "timeline": [...], "corrections": [...]}`,
/// pretty-printed (2 spaces) with a final newline. Data is written verbatim
/// (this is the lossless format).
pub fn to_json(output: &ExtractOutput, meta: &Meta) -> Result<Vec<u8>, ExportError> {
    let empty = serde_json::Value::Array(Vec::new());
    let corrections = if meta.corrections.is_null() {
        &empty
    } else {
        &meta.corrections
    };
    let doc = Document {
        format_version: FORMAT_VERSION,
        output,
        corrections,
    };
    let mut bytes = serde_json::to_vec_pretty(&doc).map_err(|e| ExportError::Serialize {
        format: Format::Json,
        reason: e.to_string(),
    })?;
    bytes.push(b'\n');
    Ok(bytes)
}
