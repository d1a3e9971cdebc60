//! Panels of the desktop application, one file per panel. Imports egui.
//!
//! Panels draw from read-only data and push [`crate::app::Command`]s; the app
//! applies them after the frame. Each panel owns only its widget state.

pub mod errors;
pub mod files;
pub mod map;
pub mod menu;
pub mod status;
pub mod viewer;
