//! Bidirectional text (UAX #9) and line breaking (UAX #14) for the viewer.
//! Knows nothing of egui: widths come from a measuring callback ([`Measure`]).
//!
//! - [`bidi`]: levels of a paragraph and the visual runs of one line (the
//!   function the conformance test checks against `BidiCharacterTest.txt`).
//! - [`layout`]: a paragraph broken into lines of positioned, shapeable pieces.
//! - [`mirror`]: glyph mirroring of brackets and quotes in right-to-left runs.
//! - [`fold`]: loose matching of Arabic for the find bar.
//! - [`words`]: word boundaries for whole-word selection.
//! - [`paragraphs`]: a document split into the paragraphs the viewer lays out.

pub mod bidi;
pub mod fold;
pub mod layout;
pub mod mirror;
pub mod paragraphs;
pub mod words;

pub use bidi::{BaseDirection, BidiParagraph, VisualRun, document_is_rtl, is_bidi_control};
pub use layout::{
    Controls, LineLayout, Measure, ParagraphLayout, Piece, PieceKind, layout_paragraph,
    layout_paragraph_with,
};
pub use paragraphs::{MAX_PARAGRAPH_BYTES, Paragraph, byte_of_char, paragraphs};
