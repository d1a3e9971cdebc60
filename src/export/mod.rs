//! Timeline → files analysts use elsewhere (JSON, CSV, Markdown, HTML, ...).
//! Produces bytes; writing them to disk is the caller's job.
