//! The status bar (bottom): how many articles are open, whether extraction
//! is running, and the encoding and size of the article in the viewer.

use eframe::egui;

use crate::app::{Article, Visits};

/// Draws the status bar.
/// `loading` is the number of files still being read.
pub fn show(ui: &mut egui::Ui, articles: &[Article], loading: usize, selected: Option<&Article>) {
    ui.horizontal(|ui| {
        let running = articles
            .iter()
            .filter(|a| a.visits == Visits::Running)
            .count();
        let visits: usize = articles
            .iter()
            .map(|a| match &a.visits {
                Visits::Done(v) => v.len(),
                _ => 0,
            })
            .sum();
        let articles_text = match articles.len() {
            1 => "1 article".to_owned(),
            n => format!("{n} articles"),
        };
        ui.label(articles_text);
        ui.separator();
        if loading > 0 {
            ui.add(egui::Spinner::new());
            ui.label(format!(
                "opening {loading} file{}…",
                if loading == 1 { "" } else { "s" }
            ));
        } else if running > 0 {
            ui.add(egui::Spinner::new());
            ui.label(format!("extracting visits from {running}…"));
        } else {
            ui.label(format!("{visits} visits found"));
        }
        if let Some(article) = selected {
            ui.separator();
            let chars = article.text.chars().count();
            ui.weak(format!(
                "{} · {} · {chars} characters",
                article.file_name, article.encoding
            ));
        }
    });
}
