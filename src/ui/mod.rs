//! Panels of the desktop application, one file per panel. Imports egui.

pub mod map;
pub mod viewer;
