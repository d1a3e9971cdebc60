//! How the frame's panels share the window: pure arithmetic on sizes in
//! points (no egui), so that small and large windows can be pinned by tests.
//!
//! - The file list takes a quarter of the width, between [`FILES_MIN`] and
//!   [`FILES_MAX`]: at 600 wide it stays, narrow, beside the reader.
//! - The review area (timeline, table, map) takes its share of the height
//!   ([`REVIEW_SHARE`], or the share the analyst gave it, remembered
//!   between runs), but never so much that the reader falls under
//!   [`READER_MIN`], nor less than [`REVIEW_MIN`]; when the window is too
//!   short for both, they share it.
//! - Sizes the analyst drags are kept as shares of the window ([`Shares`]),
//!   so that they follow it when it shrinks or grows.
//! - The reader's lines are at most [`MEASURE_CHARS`] characters long,
//!   centred in a wide window.

/// The file list's narrowest and widest default width.
pub const FILES_MIN: f32 = 140.0;
pub const FILES_MAX: f32 = 300.0;
/// The review area's height on a first run in a 780-high window.
pub const REVIEW_DEFAULT: f32 = 330.0;
/// The review area's share of the body (the window less its bars) on a
/// first run: [`REVIEW_DEFAULT`] at 780 high.
pub const REVIEW_SHARE: f32 = REVIEW_DEFAULT / (780.0 - BARS);
/// The file list's share of the width on a first run.
pub const FILES_SHARE: f32 = 0.25;
/// The leg editor's share of the review area's width on a first run.
pub const EDITOR_SHARE: f32 = 0.4;
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
/// Below this width of the review area, the leg editor folds away while no
/// leg is selected.
pub const EDITOR_FOLDS_BELOW: f32 = 700.0;
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
    /// The review area is too narrow for the editor's placeholder: it folds
    /// away while no leg is selected.
    pub editor_folds: bool,
}

/// The sizes the analyst gave the panels by dragging their edges, as
/// shares of what holds them (`None`: the default), so that they follow
/// the window.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Shares {
    /// The file list's width, a share of the window's width.
    pub files: Option<f32>,
    /// The review area's height, a share of the body (window less bars).
    pub review: Option<f32>,
    /// The leg editor's width, a share of the review area's width.
    pub editor: Option<f32>,
}

/// `size` as a share of `whole` (`None` for an empty whole).
pub fn share(size: f32, whole: f32) -> Option<f32> {
    (whole > 1.0 && size.is_finite()).then(|| (size / whole).clamp(0.0, 1.0))
}

/// The body of a window `height` high: what the menu and status bars leave.
pub fn body(height: f32) -> f32 {
    (height - BARS).max(0.0)
}

/// A share given by the analyst, if it is one.
fn given(share: Option<f32>) -> Option<f32> {
    share.filter(|s| s.is_finite() && *s > 0.0 && *s < 1.0)
}

/// The panels' sizes for a window of `width` × `height`, the panels
/// given the `shares` the analyst dragged them to.
pub fn fit(width: f32, height: f32, shares: &Shares) -> Fit {
    let files_max = (width * 0.4).clamp(FILES_MIN, FILES_MAX * 1.5);
    let files = match given(shares.files) {
        Some(s) => (width * s).clamp(FILES_MIN.min(files_max), files_max),
        None => (width * FILES_SHARE)
            .clamp(FILES_MIN, FILES_MAX)
            .min(files_max),
    };
    let body = body(height);
    let review_max = if body >= REVIEW_MIN + READER_MIN {
        body - READER_MIN
    } else {
        (body / 2.0).max(0.0)
    };
    let review_min = REVIEW_MIN.min(review_max);
    let review = (body * given(shares.review).unwrap_or(REVIEW_SHARE))
        .round()
        .clamp(review_min, review_max);
    let area = (width - files).max(0.0);
    let editor_max = (area * 0.5).clamp(EDITOR_MIN.min(area), EDITOR_MAX);
    let editor = (area * given(shares.editor).unwrap_or(EDITOR_SHARE))
        .clamp(EDITOR_MIN.min(editor_max), editor_max);
    Fit {
        files,
        files_max,
        review,
        review_max,
        editor,
        editor_max,
        editor_folds: area < EDITOR_FOLDS_BELOW,
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
        let f = fit(600.0, 400.0, &Shares::default());
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
        let f = fit(480.0, 200.0, &review(0.9));
        assert!((f.review - (200.0 - BARS) / 2.0).abs() < 0.01);
    }

    #[test]
    fn the_divider_is_kept_within_the_window_and_otherwise_as_set() {
        let body = 780.0 - BARS;
        assert_eq!(fit(1200.0, 780.0, &review(250.0 / body)).review, 250.0);
        assert_eq!(
            fit(1200.0, 780.0, &Shares::default()).review,
            REVIEW_DEFAULT
        );
        let small = fit(1200.0, 400.0, &review(0.9));
        assert_eq!(small.review, 400.0 - BARS - READER_MIN);
        assert!(!remembers(small.review, &small));
        assert!(remembers(250.0, &fit(1200.0, 780.0, &review(250.0 / body))));
    }

    fn review(share: f32) -> Shares {
        Shares {
            review: Some(share),
            ..Shares::default()
        }
    }

    /// Issue 12, item 6: the panels follow the window. A 1440-high window
    /// does not keep the 330 points of a 780-high one; shrinking then
    /// growing gives the sizes back (they are shares, not sizes).
    #[test]
    fn the_panels_follow_the_window() {
        let first = fit(2560.0, 1440.0, &Shares::default());
        assert!(first.review > 600.0, "{first:?}");
        let dragged = Shares {
            files: share(280.0, 1200.0),
            review: share(430.0, body(780.0)),
            editor: share(400.0, 1200.0 - 280.0),
        };
        let at = fit(1200.0, 780.0, &dragged);
        assert_eq!((at.files, at.review, at.editor), (280.0, 430.0, 400.0));
        let small = fit(600.0, 400.0, &dragged);
        assert!(small.files < 280.0 && small.review < 430.0, "{small:?}");
        assert_eq!(fit(1200.0, 780.0, &dragged), at);
        let tall = fit(1200.0, 1440.0, &dragged);
        assert!((tall.review / body(1440.0) - 430.0 / body(780.0)).abs() < 0.01);
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
        let f = fit(1200.0, 780.0, &Shares::default());
        assert!(!f.editor_folds && fit(600.0, 400.0, &Shares::default()).editor_folds);
        let area = 1200.0 - f.files;
        assert!(f.editor >= 300.0 && area - f.editor >= 500.0, "{f:?}");
    }
}
