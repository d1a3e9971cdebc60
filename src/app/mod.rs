//! The desktop application: state, commands, persistence. Imports egui.

use std::process::ExitCode;

pub mod fonts;

/// Opens the main window and runs until it is closed.
pub fn run() -> ExitCode {
    let options = eframe::NativeOptions::default();
    match eframe::run_native(
        "jawla",
        options,
        Box::new(|cc| {
            fonts::install(&cc.egui_ctx, None);
            Ok(Box::new(Shell))
        }),
    ) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("jawla: cannot open the window: {e}");
            ExitCode::FAILURE
        }
    }
}

struct Shell;

impl eframe::App for Shell {
    fn ui(&mut self, ui: &mut eframe::egui::Ui, _frame: &mut eframe::Frame) {
        ui.label("jawla");
    }
}
