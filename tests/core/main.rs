//! The tests of jawla's core, without the GUI: engine, exports, ingest,
//! review, workspace, geo, bidi layout, hidden characters, the command line
//! and the architecture and documentation checks. One crate, so the library
//! and its dependencies are linked once for all of them (each module was a
//! test binary of its own, each linking egui and wgpu).
//!
//! Run one module with `cargo test --test core export::` (a filter on the
//! test path), one test with its full name.

mod architecture;
mod bidi_layout;
mod cli_formats;
mod cli_hostile;
mod cli_jsonl;
mod docs;
mod engine_cli;
mod engine_entities;
mod engine_general;
mod engine_parts;
mod engine_precision;
mod engine_props;
mod engine_resources;
mod engine_rules;
mod engine_seeds;
mod export;
mod export_chromium;
mod export_dates;
mod export_network;
mod geo;
mod hidden;
mod ingest;
mod published;
mod review;
mod spark;
mod trips;
mod workspace;
