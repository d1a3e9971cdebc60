//! Bidirectional text (UAX #9) and line breaking (UAX #14) for the viewer.
//! Knows nothing of egui: widths come from a measuring callback.
