//! Fuzz target: arbitrary bytes → `jawla::workspace::Workspace::from_json`.
//!
//! Loading must never panic; a workspace that loads must serialize, and
//! loading that serialization gives back an equal workspace (nothing the
//! analyst saved is lost or altered by a save/load cycle).
//!
//! Build and run: see fuzz/README.md.
#![no_main]

use jawla::workspace::Workspace;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(workspace) = Workspace::from_json(data) {
        let bytes = workspace.to_json().expect("a loaded workspace serializes");
        let again = Workspace::from_json(&bytes).expect("a saved workspace loads");
        assert_eq!(again, workspace);
    }
});
