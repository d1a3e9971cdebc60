//! Panels of the desktop application, one file per panel. Imports egui.
//!
//! Panels draw from read-only data and push [`Command`]s (one action channel,
//! [`command`]); the app applies them after the frame. Each panel owns only
//! its widget state. Nothing here imports `crate::app`: the app depends on the
//! panels, never the other way round.

pub mod bidi_line;
pub mod command;
pub mod errors;
pub mod files;
pub mod leg_editor;
pub mod legs;
pub mod map;
pub mod menu;
pub mod palette;
pub mod status;
pub mod table;
pub mod timeline;
pub mod tr;
pub mod viewer;
pub mod viewer_header;

pub use command::Command;
