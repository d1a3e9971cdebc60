//! Font set-up: the bundled Noto Naskh Arabic for article text, egui's
//! default fonts for Latin UI text, and optional system fonts (via fontdb).

use std::sync::Arc;

use eframe::egui::{self, FontData, FontDefinitions, FontFamily};

use crate::ui::viewer::{ARTICLE_BOLD_FAMILY, ARTICLE_FAMILY};

/// Noto Naskh Arabic Regular (SIL OFL 1.1, see `fonts/OFL.txt`).
pub const NASKH_REGULAR: &[u8] = include_bytes!("../../fonts/NotoNaskhArabic-Regular.ttf");
/// Noto Naskh Arabic Bold (SIL OFL 1.1, see `fonts/OFL.txt`).
pub const NASKH_BOLD: &[u8] = include_bytes!("../../fonts/NotoNaskhArabic-Bold.ttf");

/// Font definitions with the article families bound to the bundled Naskh
/// (falling back to egui's defaults for Latin, digits and symbols), and Naskh
/// appended as a fallback to the UI families so Arabic file titles render.
/// `system` optionally replaces the article's primary font with bytes of a
/// system font the analyst chose.
pub fn definitions(system: Option<Vec<u8>>) -> FontDefinitions {
    let mut defs = FontDefinitions::default();
    defs.font_data.insert(
        "naskh".into(),
        Arc::new(FontData::from_static(NASKH_REGULAR)),
    );
    defs.font_data.insert(
        "naskh-bold".into(),
        Arc::new(FontData::from_static(NASKH_BOLD)),
    );
    let fallbacks = defs
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();

    let mut regular = vec!["naskh".to_owned()];
    let mut bold = vec!["naskh-bold".to_owned()];
    if let Some(bytes) = system {
        defs.font_data.insert(
            "article-system".into(),
            Arc::new(FontData::from_owned(bytes)),
        );
        regular.insert(0, "article-system".into());
        bold.insert(0, "article-system".into());
    }
    regular.extend(fallbacks.iter().cloned());
    bold.extend(fallbacks.iter().cloned());
    defs.families
        .insert(FontFamily::Name(ARTICLE_FAMILY.into()), regular);
    defs.families
        .insert(FontFamily::Name(ARTICLE_BOLD_FAMILY.into()), bold);
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        defs.families
            .entry(family)
            .or_default()
            .push("naskh".into());
    }
    defs
}

/// Installs [`definitions`] into `ctx`.
pub fn install(ctx: &egui::Context, system: Option<Vec<u8>>) {
    ctx.set_fonts(definitions(system));
}
