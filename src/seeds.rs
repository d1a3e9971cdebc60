//! The sample articles, embedded in the binary so that jawla opens with
//! something to read from any directory, with no set-up.
//!
//! Texts live in `seeds/*.txt`; their publication dates in `seeds/seeds.json`.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::model::Document;

/// (file name, text) of every seed, in display order.
const TEXTS: [(&str, &str); 5] = [
    (
        "000_b042023ce1a6754a.txt",
        include_str!("../seeds/000_b042023ce1a6754a.txt"),
    ),
    (
        "001_ed1f9f8fd6235f00.txt",
        include_str!("../seeds/001_ed1f9f8fd6235f00.txt"),
    ),
    (
        "002_d67c2a2b9a1f2641.txt",
        include_str!("../seeds/002_d67c2a2b9a1f2641.txt"),
    ),
    (
        "003_7b070c9f9999fb9f.txt",
        include_str!("../seeds/003_7b070c9f9999fb9f.txt"),
    ),
    (
        "004_3f1d5f2e66b3e922.txt",
        include_str!("../seeds/004_3f1d5f2e66b3e922.txt"),
    ),
];

const METADATA: &str = include_str!("../seeds/seeds.json");

/// Prefix of the `path` of embedded seeds, as it appears in evidence.
pub const PATH_PREFIX: &str = "seeds/";

#[derive(Deserialize)]
struct Meta {
    file: String,
    published: Option<NaiveDate>,
}

/// The publication date recorded for a seed file name, if any.
fn published(file: &str) -> Option<NaiveDate> {
    // The metadata is embedded and checked by a test; a malformed file would
    // only cost the dates, never the texts.
    let metas: Vec<Meta> = serde_json::from_str(METADATA).unwrap_or_default();
    metas
        .into_iter()
        .find(|m| m.file == file)
        .and_then(|m| m.published)
}

/// The embedded seed articles, with their publication dates.
pub fn documents() -> Vec<Document> {
    TEXTS
        .iter()
        .map(|(file, text)| Document {
            path: format!("{PATH_PREFIX}{file}"),
            text: (*text).to_owned(),
            published: published(file),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_seed_file_is_embedded_with_its_date() {
        let metas: Vec<Meta> = serde_json::from_str(METADATA).expect("seeds.json parses");
        let mut on_disk: Vec<String> =
            std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
                .expect("seeds dir")
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| n.ends_with(".txt"))
                .collect();
        on_disk.sort();
        let embedded: Vec<String> = TEXTS.iter().map(|(f, _)| (*f).to_owned()).collect();
        assert_eq!(on_disk, embedded);
        let listed: Vec<String> = metas.iter().map(|m| m.file.clone()).collect();
        assert_eq!(listed, embedded);
        let docs = documents();
        assert_eq!(docs[1].path, "seeds/001_ed1f9f8fd6235f00.txt");
        assert_eq!(docs[1].published, NaiveDate::from_ymd_opt(2024, 6, 10));
        assert!(docs[1].text.starts_with("التقى وزير الخارجية الأمريكي"));
        assert!(docs.iter().all(|d| d.published.is_some()));
    }
}
