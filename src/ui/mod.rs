//! Panels of the desktop application, one file per panel. Imports egui.

pub mod leg_editor;
pub mod map;
pub mod table;
pub mod timeline;
pub mod viewer;

pub use timeline::PanelAction;
