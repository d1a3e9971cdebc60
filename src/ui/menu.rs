//! The top menu bar: File (Open…, Recent files, Close), View (zoom, article
//! font, theme). Emits [`Command`]s; owns no state.

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};

use crate::app::fonts::{BUNDLED_NAME, SystemFont};
use crate::app::{Command, FONT_SIZE_RANGE, PersistedState, ThemeChoice};
use crate::ui::viewer::ViewerSettings;

/// Ctrl+O (⌘O on macOS): Open….
pub const OPEN_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
/// Ctrl+Q (⌘Q on macOS): quit (the state is saved on the way out).
pub const QUIT_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);
/// Ctrl+W (⌘W on macOS): close the article in the viewer.
pub const CLOSE_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::W);

/// What the menu shows this frame.
#[derive(Debug)]
pub struct MenuView<'a> {
    pub state: &'a PersistedState,
    /// Installed fonts that cover Arabic.
    pub system_fonts: &'a [SystemFont],
    /// True while the system font scan runs.
    pub fonts_scanning: bool,
    /// Path of the article in the viewer.
    pub selected: Option<&'a str>,
}

/// Draws the menu bar.
pub fn show(ui: &mut egui::Ui, view: &MenuView<'_>, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu(ui, view, commands));
        ui.menu_button("View", |ui| view_menu(ui, view, commands));
    });
}

fn file_menu(ui: &mut egui::Ui, view: &MenuView<'_>, commands: &mut Vec<Command>) {
    let open = egui::Button::new("Open…").shortcut_text(ui.ctx().format_shortcut(&OPEN_SHORTCUT));
    if ui.add(open).clicked() {
        commands.push(Command::ShowOpenDialog);
    }
    ui.menu_button("Recent files", |ui| {
        if view.state.recent.is_empty() {
            ui.weak("No recent files");
        }
        for path in &view.state.recent {
            if ui.button(path.as_str()).clicked() {
                commands.push(Command::OpenPaths(vec![path.into()]));
            }
        }
        ui.separator();
        if ui
            .add_enabled(
                !view.state.recent.is_empty(),
                egui::Button::new("Clear recent files"),
            )
            .clicked()
        {
            commands.push(Command::ClearRecent);
        }
    });
    ui.separator();
    if ui
        .add_enabled(
            view.selected.is_some(),
            egui::Button::new("Close article")
                .shortcut_text(ui.ctx().format_shortcut(&CLOSE_SHORTCUT)),
        )
        .clicked()
        && let Some(path) = view.selected
    {
        commands.push(Command::Close(path.to_owned()));
    }
    ui.separator();
    let quit = egui::Button::new("Quit").shortcut_text(ui.ctx().format_shortcut(&QUIT_SHORTCUT));
    if ui.add(quit).clicked() {
        commands.push(Command::Quit);
    }
}

fn view_menu(ui: &mut egui::Ui, view: &MenuView<'_>, commands: &mut Vec<Command>) {
    let size = view.state.viewer.font_size;
    let (min, max) = FONT_SIZE_RANGE;
    ui.label(format!("Article text: {size:.0} pt"));
    if ui
        .add_enabled(
            size < max,
            egui::Button::new("Zoom in").shortcut_text("Ctrl +"),
        )
        .clicked()
    {
        commands.push(Command::SetFontSize(size + 2.0));
    }
    if ui
        .add_enabled(
            size > min,
            egui::Button::new("Zoom out").shortcut_text("Ctrl −"),
        )
        .clicked()
    {
        commands.push(Command::SetFontSize(size - 2.0));
    }
    if ui
        .add(egui::Button::new("Reset zoom").shortcut_text("Ctrl 0"))
        .clicked()
    {
        commands.push(Command::SetFontSize(ViewerSettings::default().font_size));
    }
    ui.separator();
    ui.menu_button("Article font", |ui| {
        let current = view.state.article_font.as_deref();
        if ui.radio(current.is_none(), BUNDLED_NAME).clicked() {
            commands.push(Command::SetArticleFont(None));
        }
        if view.fonts_scanning {
            ui.weak("Looking for installed Arabic fonts…");
        } else if view.system_fonts.is_empty() {
            ui.weak("No installed font covers Arabic");
        }
        for font in view.system_fonts {
            if ui
                .radio(current == Some(font.family.as_str()), font.family.as_str())
                .clicked()
            {
                commands.push(Command::SetArticleFont(Some(font.family.clone())));
            }
        }
        if let Some(missing) = current
            .filter(|f| !view.fonts_scanning && !view.system_fonts.iter().any(|s| s.family == *f))
        {
            ui.weak(format!(
                "{missing} is not installed; using the bundled font"
            ));
        }
    });
    ui.menu_button("Theme", |ui| {
        for theme in ThemeChoice::ALL {
            if ui.radio(view.state.theme == theme, theme.label()).clicked() {
                commands.push(Command::SetTheme(theme));
            }
        }
    });
}
