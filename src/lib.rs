//! jawla (جولة, "a tour"): read Arabic news right-to-left and review the
//! diplomatic visits they report.
//!
//! See `ARCHITECTURE.md` for the map. In short:
//!
//! - [`model`]: plain data (articles, visits, timeline) = the JSON contract.
//! - [`engine`]: text → visits (normalize → tokenize → recognize → extract →
//!   resolve dates → merge). No I/O, never panics.
//! - [`bidi_layout`]: bidi (UAX #9) and line breaking (UAX #14) for the viewer. No egui.
//! - [`ingest`]: bytes → text (encoding detection, HTML to text). No file I/O.
//! - [`files`]: the one edge that reads article files (regular files only,
//!   sniffed before read, size-capped), for the command line and the app.
//! - [`export`]: timeline → JSON, CSV, Markdown, ... No file I/O.
//! - [`timeline`]: geometry of the timeline (axis, lanes, marks). No egui.
//! - [`review`]: the analyst's corrections as data, replayed over the engine's
//!   timeline; undo/redo. No I/O.
//! - [`workspace`]: the workspace document (open articles + corrections), its
//!   versioned JSON, and `workspace::store`, the atomic save / safe load edge.
//! - [`geo`]: the bundled world outline and the route map's geometry (projection, fit,
//!   great circles). No egui, no I/O.
//! - [`hidden`]: hidden characters (bidi overrides, zero-width, tags) that can
//!   make displayed text differ from its logical text; scan, escape, warn.
//! - [`seeds`]: the sample articles embedded in the binary.
//! - [`cli`]: the command line (`jawla extract`); the I/O edge for batch use.
//! - `app`, `ui` (feature `gui`): the desktop application. Only these import egui.

pub mod article;
pub mod bidi_layout;
pub mod calendar;
pub mod cli;
pub mod engine;
pub mod export;
pub mod files;
pub mod geo;
pub mod hidden;
pub mod i18n;
pub mod ingest;
pub mod model;
pub mod review;
pub mod seeds;
pub mod timeline;
pub mod workspace;

#[cfg(feature = "gui")]
pub mod app;
#[cfg(feature = "gui")]
pub mod ui;
