//! Per-document layout cache of the viewer: paragraphs, their layouts at
//! the current width and font size (only those that have been on screen),
//! estimated heights for the rest.

use std::ops::Range;

use eframe::egui::epaint::FontsView;
use eframe::egui::{Color32, FontId};

use std::collections::HashMap;
use std::sync::Arc;

use crate::bidi_layout::{
    BaseDirection, Controls, Measure, Paragraph, ParagraphLayout, PieceKind, document_is_rtl,
    is_bidi_control, layout_paragraph_with, paragraphs,
};

/// Most paragraph layouts kept; beyond it, those far from the view are
/// dropped (their exact heights are kept), so scrolling through a 200 MB
/// article does not keep every line it passed.
pub(super) const MAX_LAYOUTS: usize = 2048;

/// One paragraph of the document ([`crate::bidi_layout::paragraphs`]).
pub(super) type Para = Paragraph;

/// What a layout depends on besides the text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct LayoutKey {
    pub width: f32,
    pub font_size: f32,
    pub pixels_per_point: f32,
    pub show_controls: bool,
}

/// Layout state of the document on screen.
#[derive(Debug)]
pub(super) struct DocCache {
    pub id: u64,
    pub text_len: usize,
    pub paras: Arc<[Para]>,
    pub fallback_rtl: bool,
    pub key: Option<LayoutKey>,
    /// Layouts of the paragraphs that have been on screen, by index (at most
    /// about [`MAX_LAYOUTS`], see [`DocCache::trim_layouts`]).
    pub layouts: HashMap<usize, ParagraphLayout>,
    /// Height of each paragraph (exact once laid out, estimated before).
    pub heights: Vec<f32>,
    /// Top of each paragraph, plus the total height at the end.
    pub tops: Vec<f32>,
    pub tops_dirty: bool,
    pub line_height: f32,
    pub para_gap: f32,
    /// Average advance per char, for height estimates.
    pub char_width: f32,
}

/// Measures with the fonts egui paints with (egui caches the galleys, so the
/// painter reuses them); bidi controls measure as visible markers or nothing.
pub(super) struct EguiMeasure<'a, 'f> {
    pub fonts: &'a mut FontsView<'f>,
    pub font_id: FontId,
    pub show_controls: bool,
}

impl Measure for EguiMeasure<'_, '_> {
    fn width(&mut self, text: &str) -> f32 {
        let mut chars = text.chars();
        if let (Some(c), None) = (chars.next(), chars.next())
            && is_bidi_control(c)
        {
            return if self.show_controls {
                marker_width(self.font_id.size)
            } else {
                0.0
            };
        }
        // Controls inside a longer text measure as their markers too, so a
        // revealed line never runs past its margin.
        let controls = text.chars().filter(|&c| is_bidi_control(c)).count();
        if controls > 0 && self.show_controls {
            let rest: String = text.chars().filter(|&c| !is_bidi_control(c)).collect();
            let width = self
                .fonts
                .layout_no_wrap(rest, self.font_id.clone(), Color32::PLACEHOLDER)
                .size()
                .x;
            return width + controls as f32 * marker_width(self.font_id.size);
        }
        self.fonts
            .layout_no_wrap(text.to_owned(), self.font_id.clone(), Color32::PLACEHOLDER)
            .size()
            .x
    }
}

/// Width of the visible mark of a bidi control.
pub(super) fn marker_width(font_size: f32) -> f32 {
    (font_size * 1.1).round()
}

impl DocCache {
    /// The cache of `text`, split into `paras` (computed here when `None`;
    /// the app passes the split it made while loading).
    pub fn new(id: u64, text: &str, paras: Option<Arc<[Para]>>) -> Self {
        let paras = paras.unwrap_or_else(|| paragraphs(text).into());
        let n = paras.len();
        Self {
            id,
            text_len: text.len(),
            paras,
            fallback_rtl: document_is_rtl(text),
            key: None,
            layouts: HashMap::new(),
            heights: vec![0.0; n],
            tops: vec![0.0; n + 1],
            tops_dirty: true,
            line_height: 1.0,
            para_gap: 0.0,
            char_width: 1.0,
        }
    }

    /// Drops the layouts when `key` differs from the one they were made for,
    /// and re-estimates every height.
    pub fn set_key(
        &mut self,
        key: LayoutKey,
        text: &str,
        fonts: &mut FontsView<'_>,
        font_id: &FontId,
    ) {
        if self.key == Some(key) {
            return;
        }
        self.key = Some(key);
        self.line_height = fonts.row_height(font_id).round();
        self.para_gap = (self.line_height * 0.4).round();
        // Average advance from a sample of the text itself (deterministic).
        let sample: String = text.chars().filter(|c| *c != '\n').take(400).collect();
        let n = sample.chars().count().max(1);
        let w = fonts
            .layout_no_wrap(sample, font_id.clone(), Color32::PLACEHOLDER)
            .size()
            .x;
        self.char_width = (w / n as f32).max(1.0);
        self.layouts.clear();
        for i in 0..self.paras.len() {
            self.heights[i] = self.estimate(i);
        }
        self.tops_dirty = true;
    }

    fn estimate(&self, i: usize) -> f32 {
        let Some(p) = self.paras.get(i) else {
            return 0.0;
        };
        let width = self.key.map_or(1.0, |k| k.width.max(1.0));
        if p.blank {
            return self.blank_height();
        }
        let chars = p.chars.max(1) as f32;
        let lines = (chars * self.char_width / width).ceil().max(1.0);
        lines * self.line_height + self.para_gap
    }

    /// Height of a blank paragraph (a blank line between paragraphs adds half
    /// a line to the paragraph gap, not a whole line).
    fn blank_height(&self) -> f32 {
        (self.line_height * 0.5).round()
    }

    /// Lays out paragraph `i` if needed; returns whether its height changed.
    pub fn ensure(
        &mut self,
        i: usize,
        text: &str,
        fonts: &mut FontsView<'_>,
        font_id: &FontId,
    ) -> bool {
        let (Some(key), Some(para)) = (self.key, self.paras.get(i)) else {
            return false;
        };
        if self.layouts.contains_key(&i) {
            return false;
        }
        let ptext = &text[para.bytes.clone()];
        let mut measure = EguiMeasure {
            fonts,
            font_id: font_id.clone(),
            show_controls: key.show_controls,
        };
        // Revealed, the controls are marks that reorder nothing.
        let controls = if key.show_controls {
            Controls::Inert
        } else {
            Controls::Act
        };
        let layout = layout_paragraph_with(
            ptext,
            BaseDirection::Auto {
                fallback_rtl: self.fallback_rtl,
            },
            key.width,
            &mut measure,
            controls,
        );
        let height = if para.blank {
            self.blank_height()
        } else {
            layout.lines.len() as f32 * self.line_height + self.para_gap
        };
        self.layouts.insert(i, layout);
        let changed = self.heights[i] != height;
        if changed {
            self.heights[i] = height;
            self.tops_dirty = true;
        }
        changed
    }

    /// Keeps the layout cache bounded: past [`MAX_LAYOUTS`] entries, drops
    /// the layouts of paragraphs outside `keep` (the ones on and near the
    /// screen). Heights stay exact.
    pub fn trim_layouts(&mut self, keep: Range<usize>) {
        if self.layouts.len() > MAX_LAYOUTS {
            self.layouts.retain(|i, _| keep.contains(i));
        }
    }

    /// Recomputes the paragraph tops if heights changed.
    pub fn update_tops(&mut self) {
        if !self.tops_dirty {
            return;
        }
        let mut y = 0.0;
        for (i, h) in self.heights.iter().enumerate() {
            self.tops[i] = y;
            y += h;
        }
        if let Some(last) = self.tops.last_mut() {
            *last = y;
        }
        self.tops_dirty = false;
    }

    /// Total height of the document.
    pub fn total_height(&self) -> f32 {
        self.tops.last().copied().unwrap_or(0.0)
    }

    /// The paragraph at content height `y`.
    pub fn para_at_y(&self, y: f32) -> usize {
        let n = self.paras.len();
        self.tops[..n]
            .partition_point(|&t| t <= y)
            .saturating_sub(1)
    }

    /// The paragraph containing document char `c`.
    pub fn para_of_char(&self, c: usize) -> usize {
        self.paras
            .partition_point(|p| p.char_start <= c)
            .saturating_sub(1)
    }
}

/// Byte offset in `s` of char index `c` (the end for an index past it).
pub(super) fn byte_of_char(s: &str, c: usize) -> usize {
    s.char_indices().nth(c).map_or(s.len(), |(b, _)| b)
}

/// Whether a piece draws anything.
pub(super) fn is_painted(kind: PieceKind, show_controls: bool) -> bool {
    match kind {
        PieceKind::Text => true,
        PieceKind::Space => false,
        PieceKind::Control => show_controls,
    }
}
