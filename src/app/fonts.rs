//! Font set-up: the bundled Noto Naskh Arabic for article text, egui's
//! default fonts for Latin UI text, and optional system fonts (via fontdb)
//! that the analyst can pick for articles in the Font menu.
//!
//! System fonts are scanned once, on a background thread ([`SystemFonts::scan`]);
//! only faces whose character map covers the basic Arabic letters are offered.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};

use eframe::egui::{self, FontData, FontDefinitions, FontFamily};
use skrifa::MetadataProvider;

pub use crate::ui::menu::BUNDLED_NAME;
use crate::ui::viewer::{ARTICLE_BOLD_FAMILY, ARTICLE_FAMILY};

/// Noto Naskh Arabic Regular (SIL OFL 1.1, see `fonts/OFL.txt`).
pub const NASKH_REGULAR: &[u8] = include_bytes!("../../fonts/NotoNaskhArabic-Regular.ttf");
/// Noto Naskh Arabic Bold (SIL OFL 1.1, see `fonts/OFL.txt`).
pub const NASKH_BOLD: &[u8] = include_bytes!("../../fonts/NotoNaskhArabic-Bold.ttf");

/// Font definitions with the article families bound to the bundled Naskh
/// (falling back to egui's defaults for Latin, digits and symbols), and Naskh
/// appended as a fallback to the UI families so Arabic file titles render.
/// `system` optionally puts a system font the analyst chose in front of the
/// article families.
pub fn definitions(system: Option<FontData>) -> FontDefinitions {
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
    if let Some(data) = system {
        defs.font_data
            .insert("article-system".into(), Arc::new(data));
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
pub fn install(ctx: &egui::Context, system: Option<FontData>) {
    ctx.set_fonts(definitions(system));
}

/// True when the font face in `data` (at `index` in a collection) maps every
/// basic Arabic letter (U+0621..U+063A, U+0641..U+064A) to a glyph.
pub fn covers_arabic(data: &[u8], index: u32) -> bool {
    let Ok(font) = skrifa::FontRef::from_index(data, index) else {
        return false;
    };
    let charmap = font.charmap();
    ('\u{0621}'..='\u{063A}')
        .chain('\u{0641}'..='\u{064A}')
        .all(|c| charmap.map(c).is_some())
}

/// An installed font family that covers Arabic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SystemFont {
    /// Family name, as persisted and shown in the menu.
    pub family: String,
    id: fontdb::ID,
}

/// The installed fonts that cover Arabic, scanned in the background.
#[derive(Debug)]
pub struct SystemFonts {
    db: Option<fontdb::Database>,
    fonts: Vec<SystemFont>,
    pending: Option<Receiver<(fontdb::Database, Vec<SystemFont>)>>,
}

impl SystemFonts {
    /// Starts scanning the system's fonts on a background thread; `ctx` is
    /// asked to repaint when the list is ready.
    pub fn scan(ctx: &egui::Context) -> Self {
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("jawla-fonts".into())
            .spawn(move || {
                let mut db = fontdb::Database::new();
                db.load_system_fonts();
                let fonts = arabic_families(&db);
                if tx.send((db, fonts)).is_ok() {
                    ctx.request_repaint();
                }
            });
        Self {
            db: None,
            fonts: Vec::new(),
            pending: spawned.is_ok().then_some(rx),
        }
    }

    /// Takes the scan result if it has arrived; true when it just did.
    pub fn poll(&mut self) -> bool {
        let Some(rx) = &self.pending else {
            return false;
        };
        match rx.try_recv() {
            Ok((db, fonts)) => {
                self.db = Some(db);
                self.fonts = fonts;
                self.pending = None;
                true
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => false,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.pending = None;
                false
            }
        }
    }

    /// True while the scan runs.
    pub fn scanning(&self) -> bool {
        self.pending.is_some()
    }

    /// The Arabic-capable families found, sorted by name.
    pub fn fonts(&self) -> &[SystemFont] {
        &self.fonts
    }

    /// The font data of `family`, ready for egui, if it is installed.
    pub fn font_data(&self, family: &str) -> Option<FontData> {
        let db = self.db.as_ref()?;
        let font = self.fonts.iter().find(|f| f.family == family)?;
        db.with_face_data(font.id, |data, index| {
            let mut font = FontData::from_owned(data.to_vec());
            font.index = index;
            font
        })
    }
}

/// One face per family (the regular upright one when there is a choice) of
/// every family in `db` that covers Arabic, sorted by family name.
fn arabic_families(db: &fontdb::Database) -> Vec<SystemFont> {
    let mut best: std::collections::BTreeMap<String, (u16, fontdb::ID)> = Default::default();
    for face in db.faces() {
        let Some((family, _)) = face.families.first() else {
            continue;
        };
        // Distance from a regular, upright face: lower is better.
        let score = face.weight.0.abs_diff(400)
            + if face.style == fontdb::Style::Normal {
                0
            } else {
                1000
            };
        if best.get(family).is_some_and(|(s, _)| *s <= score) {
            continue;
        }
        if db.with_face_data(face.id, covers_arabic).unwrap_or(false) {
            best.insert(family.clone(), (score, face.id));
        }
    }
    best.into_iter()
        .map(|(family, (_, id))| SystemFont { family, id })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_naskh_covers_arabic_and_latin_default_does_not() {
        assert!(covers_arabic(NASKH_REGULAR, 0));
        assert!(covers_arabic(NASKH_BOLD, 0));
        let defaults = FontDefinitions::default();
        let ubuntu = defaults
            .font_data
            .get("Ubuntu-Light")
            .expect("egui ships Ubuntu-Light");
        assert!(!covers_arabic((*ubuntu.font).as_ref(), 0));
        assert!(!covers_arabic(b"not a font", 0));
    }

    #[test]
    fn article_family_starts_with_the_chosen_font_then_naskh() {
        let defs = definitions(Some(FontData::from_static(NASKH_BOLD)));
        let family = &defs.families[&FontFamily::Name(ARTICLE_FAMILY.into())];
        assert_eq!(
            &family[..2],
            ["article-system".to_owned(), "naskh".to_owned()]
        );
        let plain = definitions(None);
        assert_eq!(
            plain.families[&FontFamily::Name(ARTICLE_FAMILY.into())][0],
            "naskh"
        );
        assert_eq!(
            plain.families[&FontFamily::Proportional]
                .last()
                .map(String::as_str),
            Some("naskh")
        );
    }
}
