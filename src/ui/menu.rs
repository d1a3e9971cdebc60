//! The top menu bar: File (Open…, Open folder…, Recent files, workspace, Close), Edit
//! (undo, redo, add visit), View (zoom, article font, theme, tints), Export
//! (one item per format, scope). Emits [`Command`]s; owns no state.

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};

use crate::export::Format;
use crate::i18n::Lang;
use crate::ui::command::{Command, ExportScope, ThemeChoice};
use crate::ui::tr::{menu_column, row, text, tr, tr_args, tr_plain, tr_plain_args, weak};
use crate::ui::viewer::ViewerSettings;

/// Smallest and largest article font size offered by the View menu.
pub const FONT_SIZE_RANGE: (f32, f32) = (10.0, 48.0);

/// The bundled article font, as the Article font menu names it.
pub const BUNDLED_NAME: &str = "Noto Naskh Arabic (bundled)";

/// Ctrl+O (⌘O on macOS): Open….
pub const OPEN_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::O);
/// Ctrl+Q (⌘Q on macOS): quit (the state is saved on the way out).
pub const QUIT_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Q);
/// Ctrl+W (⌘W on macOS): close the article in the viewer.
pub const CLOSE_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::W);

/// Ctrl+F (⌘F on macOS): find in the article.
pub const FIND_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::F);

/// Ctrl+Z (⌘Z on macOS): undo the last correction.
pub const UNDO_SHORTCUT: KeyboardShortcut = KeyboardShortcut::new(Modifiers::COMMAND, Key::Z);
/// Ctrl+Shift+Z (⇧⌘Z on macOS): redo.
pub const REDO_SHORTCUT: KeyboardShortcut =
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z);

/// What the menu shows this frame.
#[derive(Debug)]
pub struct MenuView<'a> {
    /// The recent files, newest first.
    pub recent: &'a [String],
    /// The reader's settings (font size, hidden characters).
    pub viewer: &'a ViewerSettings,
    /// The article font chosen (`None`: the bundled one).
    pub article_font: Option<&'a str>,
    pub theme: ThemeChoice,
    /// Family names of the installed fonts that cover Arabic.
    pub system_fonts: &'a [&'a str],
    /// True while the system font scan runs.
    pub fonts_scanning: bool,
    /// Path of the article in the viewer.
    pub selected: Option<&'a str>,
    pub can_undo: bool,
    pub can_redo: bool,
    /// Some text is selected in the viewer.
    pub has_text_selection: bool,
    pub export_scope: ExportScope,
    /// Names are tinted in the viewer.
    pub tint: bool,
    /// Hijri dates are shown beside the Gregorian ones.
    pub hijri: bool,
    /// The interface language.
    pub language: Lang,
}

/// Draws the menu bar.
pub fn show(ui: &mut egui::Ui, view: &MenuView<'_>, commands: &mut Vec<Command>) {
    // Before the menus read them: in Arabic, Left enters a submenu.
    crate::ui::tr::mirror_menu_arrows(ui.ctx());
    egui::MenuBar::new().ui(ui, |ui| {
        // Right to left in Arabic: File is the rightmost menu.
        row(ui, |ui| {
            ui.menu_button(tr(ui, "menu-file"), |ui| {
                menu_column(ui, |ui| file_menu(ui, view, commands));
            });
            ui.menu_button(tr(ui, "menu-edit"), |ui| {
                menu_column(ui, |ui| edit_menu(ui, view, commands));
            });
            ui.menu_button(tr(ui, "menu-view"), |ui| {
                menu_column(ui, |ui| view_menu(ui, view, commands));
            });
            ui.menu_button(tr(ui, "menu-export"), |ui| {
                menu_column(ui, |ui| {
                    export_items(ui, view.export_scope, commands);
                });
            });
        });
    });
}

fn file_menu(ui: &mut egui::Ui, view: &MenuView<'_>, commands: &mut Vec<Command>) {
    let open = egui::Button::new(tr(ui, "menu-open"))
        .shortcut_text(ui.ctx().format_shortcut(&OPEN_SHORTCUT));
    if ui.add(open).clicked() {
        commands.push(Command::ShowOpenDialog);
    }
    if ui
        .button(tr(ui, "menu-open-folder"))
        .on_hover_text(crate::ui::tr::hover(ui, "menu-open-folder-hover"))
        .clicked()
    {
        commands.push(Command::ShowOpenFolderDialog);
    }
    crate::ui::tr::submenu(ui, tr(ui, "menu-recent"), |ui| {
        menu_column(ui, |ui| {
            if view.recent.is_empty() {
                ui.label(weak(ui, &tr_plain(ui, "menu-no-recent")));
            }
            for path in view.recent {
                if ui.button(text(ui, path)).clicked() {
                    commands.push(Command::OpenPaths(vec![path.into()]));
                }
            }
            ui.separator();
            if ui
                .add_enabled(
                    !view.recent.is_empty(),
                    egui::Button::new(tr(ui, "menu-clear-recent")),
                )
                .clicked()
            {
                commands.push(Command::ClearRecent);
            }
        });
    });
    ui.separator();
    if ui.button(tr(ui, "menu-open-workspace")).clicked() {
        commands.push(Command::ShowOpenWorkspaceDialog);
    }
    if ui.button(tr(ui, "menu-save-workspace")).clicked() {
        commands.push(Command::ShowSaveWorkspaceDialog);
    }
    ui.separator();
    if ui
        .add_enabled(
            view.selected.is_some(),
            egui::Button::new(tr(ui, "menu-close-article"))
                .shortcut_text(ui.ctx().format_shortcut(&CLOSE_SHORTCUT)),
        )
        .clicked()
        && let Some(path) = view.selected
    {
        commands.push(Command::Close(path.to_owned()));
    }
    ui.separator();
    let quit = egui::Button::new(tr(ui, "menu-quit"))
        .shortcut_text(ui.ctx().format_shortcut(&QUIT_SHORTCUT));
    if ui.add(quit).clicked() {
        commands.push(Command::Quit);
    }
}

fn edit_menu(ui: &mut egui::Ui, view: &MenuView<'_>, commands: &mut Vec<Command>) {
    let undo = egui::Button::new(tr(ui, "menu-undo"))
        .shortcut_text(ui.ctx().format_shortcut(&UNDO_SHORTCUT));
    if ui.add_enabled(view.can_undo, undo).clicked() {
        commands.push(Command::Undo);
    }
    let redo = egui::Button::new(tr(ui, "menu-redo"))
        .shortcut_text(ui.ctx().format_shortcut(&REDO_SHORTCUT));
    if ui.add_enabled(view.can_redo, redo).clicked() {
        commands.push(Command::Redo);
    }
    ui.separator();
    let find = egui::Button::new(tr(ui, "menu-find"))
        .shortcut_text(ui.ctx().format_shortcut(&FIND_SHORTCUT));
    if ui.add_enabled(view.selected.is_some(), find).clicked() {
        commands.push(Command::ShowFind);
    }
    ui.separator();
    if ui
        .add_enabled(
            view.has_text_selection,
            egui::Button::new(tr(ui, "menu-add-visit")),
        )
        .on_disabled_hover_text(crate::ui::tr::hover(ui, "menu-select-text-first"))
        .clicked()
    {
        commands.push(Command::AddVisitFromSelection);
    }
}

/// The export items (menu bar and the review toolbar): the scope, then one
/// item per [`Format::ALL`], each opening the save dialog.
pub fn export_items(ui: &mut egui::Ui, scope: ExportScope, commands: &mut Vec<Command>) {
    let lang = crate::ui::tr::lang(ui.ctx());
    for s in ExportScope::ALL {
        if crate::ui::tr::radio(ui, scope == s, text(ui, &s.label(lang))).clicked() {
            commands.push(Command::SetExportScope(s));
        }
    }
    ui.separator();
    for format in Format::ALL {
        if ui
            .button(tr_args(
                ui,
                "menu-export-item",
                &[("what", crate::i18n::format_label(lang, format).into())],
            ))
            .on_hover_text(crate::ui::tr::hover_args(
                ui,
                "menu-export-hover",
                &[("name", format.default_file_name().into())],
            ))
            .clicked()
        {
            commands.push(Command::ShowExportDialog(format));
        }
    }
}

fn view_menu(ui: &mut egui::Ui, view: &MenuView<'_>, commands: &mut Vec<Command>) {
    let size = view.viewer.font_size;
    let (min, max) = FONT_SIZE_RANGE;
    let size_text = format!("{size:.0}");
    ui.label(tr_args(
        ui,
        "view-article-size",
        &[("size", size_text.as_str().into())],
    ));
    if ui
        .add_enabled(
            size < max,
            egui::Button::new(tr(ui, "view-zoom-in")).shortcut_text("Ctrl +"),
        )
        .clicked()
    {
        commands.push(Command::SetFontSize(size + 2.0));
    }
    if ui
        .add_enabled(
            size > min,
            egui::Button::new(tr(ui, "view-zoom-out")).shortcut_text("Ctrl −"),
        )
        .clicked()
    {
        commands.push(Command::SetFontSize(size - 2.0));
    }
    if ui
        .add(egui::Button::new(tr(ui, "view-zoom-reset")).shortcut_text("Ctrl 0"))
        .clicked()
    {
        commands.push(Command::SetFontSize(ViewerSettings::default().font_size));
    }
    ui.separator();
    crate::ui::tr::submenu(ui, tr(ui, "view-article-font"), |ui| {
        menu_column(ui, |ui| {
            let current = view.article_font;
            if crate::ui::tr::radio(ui, current.is_none(), BUNDLED_NAME).clicked() {
                commands.push(Command::SetArticleFont(None));
            }
            if view.fonts_scanning {
                ui.label(weak(ui, &tr_plain(ui, "view-fonts-scanning")));
            } else if view.system_fonts.is_empty() {
                ui.label(weak(ui, &tr_plain(ui, "view-no-arabic-font")));
            }
            for &family in view.system_fonts {
                if crate::ui::tr::radio(ui, current == Some(family), family).clicked() {
                    commands.push(Command::SetArticleFont(Some(family.to_owned())));
                }
            }
            if let Some(missing) =
                current.filter(|f| !view.fonts_scanning && !view.system_fonts.contains(f))
            {
                let note = tr_plain_args(ui, "view-font-missing", &[("name", missing.into())]);
                ui.label(weak(ui, &note));
            }
        });
    });
    let mut tint = view.tint;
    if crate::ui::tr::checkbox(ui, &mut tint, tr(ui, "view-tint")).changed() {
        commands.push(Command::SetTint(tint));
    }
    let mut reveal = view.viewer.show_controls;
    if crate::ui::tr::checkbox(ui, &mut reveal, tr(ui, "view-reveal")).changed() {
        commands.push(Command::SetShowControls(reveal));
    }
    let mut hijri = view.hijri;
    if crate::ui::tr::checkbox(ui, &mut hijri, tr(ui, "view-hijri"))
        .on_hover_text(crate::ui::tr::hover(ui, "view-hijri-hover"))
        .changed()
    {
        commands.push(Command::SetHijri(hijri));
    }
    ui.separator();
    let lang = view.language;
    crate::ui::tr::submenu(ui, tr(ui, "view-theme"), |ui| {
        menu_column(ui, |ui| {
            for theme in ThemeChoice::ALL {
                if crate::ui::tr::radio(ui, view.theme == theme, text(ui, &theme.label(lang)))
                    .clicked()
                {
                    commands.push(Command::SetTheme(theme));
                }
            }
        });
    });
    // Each language offered in its own name.
    crate::ui::tr::submenu(ui, tr(ui, "view-language"), |ui| {
        menu_column(ui, |ui| {
            for language in Lang::ALL {
                if crate::ui::tr::radio(
                    ui,
                    view.language == language,
                    text(ui, &language.endonym()),
                )
                .clicked()
                {
                    commands.push(Command::SetLanguage(language));
                }
            }
        });
    });
}
