//! How the frame's panels share the window: pure arithmetic on sizes in
//! points (no egui), so that small and large windows can be pinned by tests.
//!
//! - The file list takes a quarter of the width, between [`FILES_MIN`] and
//!   [`FILES_MAX`]: at 600 wide it stays, narrow, beside the reader.
//! - The review area (timeline, table, map) takes the height the analyst
//!   gave it (remembered between runs), but never so much that the reader
//!   falls under [`READER_MIN`], nor less than [`REVIEW_MIN`]; when the
//!   window is too short for both, they share it.
//! - The reader's lines are at most [`MEASURE_CHARS`] characters long,
//!   centred in a wide window.

/// The file list's narrowest and widest default width.
pub const FILES_MIN: f32 = 140.0;
pub const FILES_MAX: f32 = 300.0;
/// The review area's height on a first run.
pub const REVIEW_DEFAULT: f32 = 330.0;
/// The review area's least height (its tab bar and a few rows).
pub const REVIEW_MIN: f32 = 110.0;
/// The reader's least height.
pub const READER_MIN: f32 = 160.0;
/// The height of the menu and status bars together, about.
pub const BARS: f32 = 56.0;
/// The longest reader line, in characters.
pub const MEASURE_CHARS: f32 = 90.0;
/// The average advance of an article character, in ems (Noto Naskh Arabic
/// text with its spaces is about half an em a character).
pub const CHAR_EM: f32 = 0.5;
/// The leg editor's narrowest and widest width.
pub const EDITOR_MIN: f32 = 200.0;
pub const EDITOR_MAX: f32 = 460.0;

/// The panels' sizes for one window.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fit {
    /// The file list's width (default) and widest width.
    pub files: f32,
    pub files_max: f32,
    /// The review area's height and its highest height.
    pub review: f32,
    pub review_max: f32,
    /// The leg editor's width (default) and widest width, in the review area.
    pub editor: f32,
    pub editor_max: f32,
}

/// The panels' sizes for a window of `width` × `height`, the review area
/// `wanted` high (the analyst's divider; `None`: the default).
pub fn fit(width: f32, height: f32, wanted: Option<f32>) -> Fit {
    let files_max = (width * 0.4).clamp(FILES_MIN, FILES_MAX * 1.5);
    let files = (width * 0.25).clamp(FILES_MIN, FILES_MAX).min(files_max);
    let body = (height - BARS).max(0.0);
    let review_max = if body >= REVIEW_MIN + READER_MIN {
        body - READER_MIN
    } else {
        (body / 2.0).max(0.0)
    };
    let review_min = REVIEW_MIN.min(review_max);
    let review = wanted
        .filter(|h| h.is_finite())
        .unwrap_or(REVIEW_DEFAULT)
        .clamp(review_min, review_max);
    let area = (width - files).max(0.0);
    let editor_max = (area * 0.5).clamp(EDITOR_MIN.min(area), EDITOR_MAX);
    let editor = (area * 0.4).clamp(EDITOR_MIN.min(editor_max), editor_max);
    Fit {
        files,
        files_max,
        review,
        review_max,
        editor,
        editor_max,
    }
}

/// The reader's column in a panel `available` wide at `font_size`, `extra`
/// of it not text (padding, scroll bar): the inset from the panel's left
/// edge and the column's width (text at most [`MEASURE_CHARS`] characters,
/// centred).
pub fn reader_column(available: f32, font_size: f32, extra: f32) -> (f32, f32) {
    let measure = (MEASURE_CHARS * CHAR_EM * font_size + extra).round();
    let width = available.min(measure).max(0.0);
    (((available - width) / 2.0).floor(), width)
}

/// Whether a review divider height should be remembered as the analyst's:
/// not when the window pinned it at its highest (the wish stays as it was).
pub fn remembers(height: f32, fit: &Fit) -> bool {
    height < fit.review_max - 0.5
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_window_keeps_the_reader_the_files_and_the_review_area() {
        let f = fit(600.0, 400.0, None);
        assert!(f.files <= 150.0, "files {}", f.files);
        assert!(600.0 - f.files >= 400.0, "reader and review width");
        assert!(f.review >= REVIEW_MIN, "review {}", f.review);
        assert!(400.0 - BARS - f.review >= READER_MIN, "reader height");
        assert!(
            f.editor + 200.0 <= 600.0 - f.files,
            "timeline beside the editor"
        );
    }

    #[test]
    fn a_tiny_window_shares_its_height() {
        let f = fit(480.0, 200.0, Some(900.0));
        assert!((f.review - (200.0 - BARS) / 2.0).abs() < 0.01);
    }

    #[test]
    fn the_divider_is_kept_within_the_window_and_otherwise_as_set() {
        assert_eq!(fit(1200.0, 780.0, Some(250.0)).review, 250.0);
        assert_eq!(fit(1200.0, 780.0, None).review, REVIEW_DEFAULT);
        let small = fit(1200.0, 400.0, Some(500.0));
        assert_eq!(small.review, 400.0 - BARS - READER_MIN);
        assert!(!remembers(small.review, &small));
        assert!(remembers(250.0, &fit(1200.0, 780.0, Some(250.0))));
    }

    #[test]
    fn the_reader_keeps_about_ninety_characters_centred() {
        let (inset, width) = reader_column(2300.0, 20.0, 40.0);
        assert!(((width - 40.0) / (CHAR_EM * 20.0) - 90.0).abs() < 1.0);
        assert!((inset * 2.0 + width - 2300.0).abs() <= 1.0, "centred");
        assert_eq!(reader_column(600.0, 20.0, 40.0), (0.0, 600.0));
    }

    #[test]
    fn at_1200_the_editor_leaves_the_table_room() {
        let f = fit(1200.0, 780.0, None);
        let area = 1200.0 - f.files;
        assert!(f.editor >= 300.0 && area - f.editor >= 500.0, "{f:?}");
    }
}
