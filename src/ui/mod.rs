//! Panels of the desktop application, one file per panel. Imports egui.
//!
//! Panels draw from read-only data and push [`crate::app::Command`]s (the
//! review panels: [`PanelAction`]s); the app applies them after the frame.
//! Each panel owns only its widget state.

pub mod bidi_line;
pub mod errors;
pub mod files;
pub mod leg_editor;
pub mod map;
pub mod menu;
pub mod status;
pub mod table;
pub mod timeline;
pub mod viewer;
pub mod viewer_header;

pub use timeline::PanelAction;
