//! The tests of the desktop application (feature `gui`), driven through
//! egui_kittest: the real app, its panels one by one, the viewer, the route
//! map, many and huge inputs. Image snapshots live in `tests/snapshots/`
//! (regenerate with `UPDATE_SNAPSHOTS=1 cargo test --test app` and look at
//! them).

mod common;
mod fit;
mod i18n;
mod leg_city;
mod leg_fields;
mod map;
mod menus;
mod missing;
mod panels;
mod published;
mod review;
mod scale;
mod viewer;
mod window;
