//! The frame layout: the menu bar, status bar, file list, review area and reader, drawn from
//! the app's state; the panels push [`Command`]s, applied once the frame is drawn.

use std::ops::Range;
use std::path::PathBuf;

use eframe::egui;

use crate::app::{Command, JawlaApp, ReviewTab, Visits};
use crate::ui;
use crate::ui::viewer::{DocView, Highlights};

/// What the viewer's highlights were computed from (they are recomputed
/// only when this changes).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct HighlightKey {
    path: String,
    generation: u64,
    done: bool,
    review: u64,
    tint: bool,
    all_evidence: bool,
}

/// The viewer's highlights are computed for the chars around what is on
/// screen, in steps of this many chars (an article shorter than four steps
/// is done whole, once).
const HIGHLIGHT_STEP: usize = 1 << 16;

/// The chars to compute highlights for, to cover `visible` of a text of
/// `len` chars.
fn window_around(visible: Range<usize>, len: usize) -> Range<usize> {
    if len <= 4 * HIGHLIGHT_STEP {
        return 0..len;
    }
    let start = (visible.start.min(len) / HIGHLIGHT_STEP).saturating_sub(1) * HIGHLIGHT_STEP;
    let end = ((visible.end.min(len) / HIGHLIGHT_STEP + 2) * HIGHLIGHT_STEP).min(len);
    start..end
}

/// `panel` at exactly `size`, or, while a pointer button is down (the
/// analyst may be dragging its edge), between `min` and `max` from the size
/// it had.
pub(super) fn sized(
    panel: egui::Panel,
    pressed: bool,
    size: f32,
    min: f32,
    max: f32,
) -> egui::Panel {
    if pressed {
        panel.default_size(size).min_size(min).max_size(max)
    } else {
        panel.exact_size(size)
    }
}

impl JawlaApp {
    /// The panels' shares as the analyst dragged them (a divider height
    /// remembered by an older jawla taken as a share of this window).
    fn shares(&self, window_height: f32) -> crate::app::fit::Shares {
        let body = crate::app::fit::body(window_height);
        crate::app::fit::Shares {
            files: self.state.files_share,
            review: self.state.review_share.or_else(|| {
                (self.state.review_height).and_then(|h| crate::app::fit::share(h, body))
            }),
            editor: self.state.editor_share,
        }
    }

    /// Remembers, as shares of the `window`, the panel sizes (file list
    /// width, review area height, leg editor width) the analyst dragged
    /// away from `fit`'s; not a divider the window pins at its highest.
    fn remember_shares(
        &mut self,
        window: egui::Vec2,
        fit: &crate::app::fit::Fit,
        (files, review, editor): (f32, f32, Option<f32>),
    ) {
        use crate::app::fit::{body, remembers, share};
        let width = files.round();
        if (width - fit.files).abs() > 0.5 {
            self.state.files_share = share(width, window.x);
        }
        let height = review.round();
        if (height - fit.review).abs() > 0.5 && remembers(height, fit) {
            self.state.review_share = share(height, body(window.y));
            self.state.review_height = Some(height);
        }
        if let Some(editor) = editor.map(f32::round)
            && (editor - fit.editor).abs() > 0.5
        {
            self.state.editor_share = share(editor, window.x - fit.files);
        }
    }

    /// Draws one frame into `ui` (the whole window) and applies what the
    /// analyst asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        self.poll_workers();
        ui::tr::set_lang(ui.ctx(), self.state.language);
        let mut commands = Vec::new();

        self.input_commands(ui, &mut commands);

        let families: Vec<&str> = (self.system_fonts.fonts().iter())
            .map(|f| f.family.as_str())
            .collect();
        let menu = ui::menu::MenuView {
            recent: &self.state.recent,
            viewer: &self.state.viewer,
            article_font: self.state.article_font.as_deref(),
            theme: self.state.theme,
            system_fonts: &families,
            fonts_scanning: self.system_fonts.scanning(),
            selected: self.state.selected.as_deref(),
            can_undo: self.review.history().can_undo(),
            can_redo: self.review.history().can_redo(),
            has_text_selection: self.viewer_selection.is_some(),
            export_scope: self.export_scope,
            tint: self.review.tint,
            hijri: self.state.hijri,
            language: self.state.language,
        };
        egui::Panel::top("jawla-menu").show(ui, |ui| ui::menu::show(ui, &menu, &mut commands));
        self.status_bar(ui, &mut commands);
        let window = ui.max_rect().size();
        let shares = self.shares(window.y);
        let fit = crate::app::fit::fit(window.x, window.y, &shares);
        // While a button is down the analyst may be dragging a panel's edge;
        // otherwise each panel has the size `fit` gives it (egui would keep
        // the size it had, however the window changed).
        let pressed = ui.input(|i| i.pointer.any_down() || i.pointer.any_released());
        // The file list is on the left, or on the right when the interface
        // reads right to left.
        let files_panel = if self.state.language.is_rtl() {
            egui::Panel::right("jawla-files")
        } else {
            egui::Panel::left("jawla-files")
        };
        let files = sized(
            files_panel.resizable(true),
            pressed,
            fit.files,
            crate::app::fit::FILES_MIN.min(fit.files_max),
            fit.files_max,
        )
        .show(ui, |ui| {
            let selected = self.state.selected.as_deref();
            // Right-aligned in Arabic: every row in it then runs right to left.
            ui::tr::column(ui, |ui| {
                self.files_panel.show(
                    ui,
                    &self.library.articles,
                    self.library.revision,
                    self.pending.len(),
                    selected,
                    &mut commands,
                );
            });
        });
        let (review_height, editor_width, mut review_actions) =
            self.review_area(ui, &fit, pressed, &mut commands);
        if pressed {
            let sizes = (files.response.rect.width(), review_height, editor_width);
            self.remember_shares(window, &fit, sizes);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui::errors::show(ui, &self.errors, &mut commands);
            self.show_viewer(ui, &mut commands, &mut review_actions);
        });
        let ctx = ui.ctx().clone();
        self.show_path_prompt(&ctx, &mut commands);
        let added = self.review.show_add_form(ui.ctx());
        review_actions.extend(added);

        drop_overlay(ui);

        // The review panels' commands first, as they were drawn first.
        for command in review_actions {
            self.apply(command);
        }
        for command in commands {
            self.apply(command);
        }
        self.rebuild_review();
        self.autosave_tick();
        self.update_window_title();
    }

    /// The review area (its tab bar, the leg editor and the timeline, table
    /// or map) in its panel at the bottom: the panel's height, the leg
    /// editor's width and the commands of the review panels.
    fn review_area(
        &mut self,
        ui: &mut egui::Ui,
        fit: &crate::app::fit::Fit,
        pressed: bool,
        commands: &mut Vec<Command>,
    ) -> (f32, Option<f32>, Vec<Command>) {
        let mut review_actions = Vec::new();
        let mut editor_width = None;
        let review = sized(
            egui::Panel::bottom("jawla-review").resizable(true),
            pressed,
            fit.review,
            crate::app::fit::REVIEW_MIN.min(fit.review_max),
            fit.review_max,
        )
        .show(ui, |ui| {
            // The review area keeps to its panel: what does not fit is cut,
            // not added to the panel's height. (egui then moved the panel's
            // edge, and the reader ran under the review tabs: at 600×400 in
            // Arabic, whose rows wrap onto more lines.)
            let rect = ui.available_rect_before_wrap();
            let mut inner = ui.new_child(egui::UiBuilder::new().max_rect(rect));
            inner.shrink_clip_rect(rect);
            egui::Panel::top("jawla-review-bar").show(&mut inner, |ui| {
                self.review_bar(ui, commands);
            });
            self.review.set_hijri(self.state.hijri);
            let (actions, editor) = self.review.show(&mut inner, fit, pressed);
            review_actions = actions;
            editor_width = editor;
            ui.advance_cursor_after_rect(rect);
        });
        (review.response.rect.height(), editor_width, review_actions)
    }

    /// The status bar at the bottom of the window.
    fn status_bar(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let notice = self.notice();
        egui::Panel::bottom("jawla-status").show(ui, |ui| {
            let status = ui::status::StatusView {
                articles: self.library.articles.len(),
                visits: self.library.counts.visits,
                legs: self.review.legs().len(),
                notice: notice.as_deref(),
                loading: &self.load_progress,
                pending: self.pending.len(),
                extracting: &self.extract_progress,
                selected: self.selected_article(),
            };
            ui::status::show(ui, &status, commands);
        });
    }

    /// What the keyboard and dropped files ask for this frame.
    fn input_commands(&self, ui: &egui::Ui, commands: &mut Vec<Command>) {
        let dropped: Vec<PathBuf> = ui.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if !dropped.is_empty() {
            commands.push(Command::OpenPaths(dropped));
        }
        if ui.input_mut(|i| i.consume_shortcut(&ui::menu::OPEN_SHORTCUT)) {
            commands.push(Command::ShowOpenDialog);
        }
        if ui.input_mut(|i| i.consume_shortcut(&ui::menu::QUIT_SHORTCUT)) {
            commands.push(Command::Quit);
        }
        if ui.input_mut(|i| i.consume_shortcut(&ui::menu::CLOSE_SHORTCUT))
            && let Some(path) = &self.state.selected
        {
            commands.push(Command::Close(path.clone()));
        }
        // A focused text field keeps Ctrl+Z for its own text.
        if !ui.ctx().text_edit_focused() {
            // Redo first: Ctrl+Shift+Z also matches Ctrl+Z's logical test.
            if ui.input_mut(|i| i.consume_shortcut(&ui::menu::REDO_SHORTCUT)) {
                commands.push(Command::Redo);
            }
            if ui.input_mut(|i| i.consume_shortcut(&ui::menu::UNDO_SHORTCUT)) {
                commands.push(Command::Undo);
            }
        }
    }

    /// The bar over the review panels: tabs, undo/redo, export, the last
    /// file message.
    pub(super) fn review_bar(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        use ui::tr::{text, tr};
        let lang = self.state.language;
        ui::tr::row_wrapped(ui, |ui| {
            for tab in ReviewTab::ALL {
                if ui
                    .selectable_label(self.review.tab == tab, text(ui, &tab.label(lang)))
                    .clicked()
                {
                    commands.push(Command::SetReviewTab(tab));
                }
            }
            ui.separator();
            let history = self.review.history();
            if ui
                .add_enabled(history.can_undo(), egui::Button::new(tr(ui, "review-undo")))
                .on_hover_text(crate::ui::tr::hover(ui, "review-undo-hover"))
                .clicked()
            {
                commands.push(Command::Undo);
            }
            if ui
                .add_enabled(history.can_redo(), egui::Button::new(tr(ui, "review-redo")))
                .on_hover_text(crate::ui::tr::hover(ui, "review-redo-hover"))
                .clicked()
            {
                commands.push(Command::Redo);
            }
            ui.separator();
            ui.menu_button(tr(ui, "review-export"), |ui| {
                ui::tr::menu_column(ui, |ui| {
                    ui::menu::export_items(ui, self.export_scope, commands);
                });
            });
            let legs = self.review.legs().len();
            let shown = self.review.filtered_legs().len();
            if shown != legs {
                let note = ui::tr::tr_plain_args(
                    ui,
                    "review-filter-count",
                    &[("shown", shown.into()), ("total", legs.into())],
                );
                ui.label(ui::tr::weak(ui, &note));
            }
        });
    }

    /// "TITLE — jawla" for the article in the viewer, in the interface
    /// language; sent only on change.
    pub(super) fn update_window_title(&mut self) {
        let lang = self.state.language;
        let title = match self.selected_article() {
            Some(article) => {
                let title = ("title", crate::i18n::Arg::from(&article.title));
                crate::i18n::tr_text(lang, "window-title", &[title])
            }
            None => crate::i18n::tr(lang, "window-title-empty"),
        };
        if self.window_title != title {
            self.ctx
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    /// The article header (hidden-character warning, tint legend, "Add
    /// visit from selection") and the viewer with the evidence highlights.
    /// A click inside an evidence sentence selects its leg.
    pub(super) fn show_viewer(
        &mut self,
        ui: &mut egui::Ui,
        commands: &mut Vec<Command>,
        actions: &mut Vec<Command>,
    ) {
        let Some(index) = self.selected_index() else {
            self.highlights = Highlights::default();
            self.highlight_key = None;
            self.viewer_selection = None;
            ui::files::empty_hint(ui, self.pending.len());
            return;
        };
        let article = &self.library.articles[index];
        let header = ui::viewer_header::HeaderView {
            hidden_warning: article.hidden_warning.as_ref(),
            show_controls: self.state.viewer.show_controls,
            tint: self.review.tint,
            all_evidence: self.review.all_evidence,
            has_selection: self.viewer_selection.is_some(),
        };
        ui::tr::column(ui, |ui| ui::viewer_header::show(ui, &header, commands));
        let key = HighlightKey {
            path: article.path.clone(),
            generation: article.generation,
            done: matches!(article.visits, Visits::Done(_)),
            review: self.review.revision(),
            tint: self.review.tint,
            all_evidence: self.review.all_evidence,
        };
        let visible = self.viewer.visible_chars();
        let covered = self.highlight_window.start <= visible.start.min(article.char_count)
            && visible.end.min(article.char_count) <= self.highlight_window.end;
        if self.highlight_key.as_ref() != Some(&key) || !covered {
            let window = window_around(visible, article.char_count);
            let from =
                crate::bidi_layout::byte_of_char(&article.text, &article.paragraphs, window.start);
            let to =
                crate::bidi_layout::byte_of_char(&article.text, &article.paragraphs, window.end);
            self.highlights = Highlights::new(self.review.highlights(
                &article.path,
                window.clone(),
                article.text.get(from..to).unwrap_or_default(),
                &article.entities,
            ));
            self.highlight_key = Some(key);
            self.highlight_window = window;
        }
        let doc = DocView {
            id: article.id,
            text: &article.text,
            highlights: &self.highlights,
            paragraphs: Some(&article.paragraphs),
        };
        let path = article.path.clone();
        let settings = &mut self.state.viewer;
        // The scroll bar and the viewer's padding on both sides.
        let extra = ui.spacing().scroll.allocated_width() + 32.0;
        let (inset, width) =
            crate::app::fit::reader_column(ui.available_width(), settings.font_size, extra);
        let column = egui::Rect::from_min_size(
            ui.cursor().min + egui::vec2(inset, 0.0),
            egui::vec2(width, ui.available_height()),
        );
        let viewer = &mut self.viewer;
        // The wheel over the margins beside the column scrolls the reader too.
        let lane = egui::Rect::from_min_size(
            ui.cursor().min,
            egui::vec2(ui.available_width(), ui.available_height()),
        );
        let beside = ui
            .ctx()
            .pointer_hover_pos()
            .is_some_and(|p| !column.contains(p));
        if beside && ui.rect_contains_pointer(lane) {
            let dy = ui.input(|i| i.smooth_scroll_delta.y);
            if dy != 0.0 {
                viewer.scroll_by(dy);
            }
        }
        let out = ui
            .scope_builder(egui::UiBuilder::new().max_rect(column), |ui| {
                viewer.show(ui, doc, settings)
            })
            .inner;
        self.viewer_selection = out.selection.filter(|r| r.start < r.end);
        if let Some(at) = out.clicked
            && let Some(leg) = self.review.leg_at(&path, at)
        {
            actions.push(Command::SelectLeg(leg.key.clone()));
        }
    }
}

/// While files are dragged over the window, dims it and says what dropping does.
fn drop_overlay(ui: &egui::Ui) {
    let count = ui.input(|i| i.raw.hovered_files.len());
    if count == 0 {
        return;
    }
    let painter = ui.ctx().layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("jawla-drop-overlay"),
    ));
    let rect = ui.ctx().content_rect();
    painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
    let args = [("n", count.into()), ("count", count.to_string().into())];
    let text = ui::tr::tr_plain_args(ui, "drop-overlay", &args);
    let font = egui::FontId::proportional(28.0);
    let job = ui::bidi_line::layout_job(&text, &font, Some(egui::Color32::WHITE));
    let galley = painter.layout_job(job);
    painter.galley(
        rect.center() - galley.size() / 2.0,
        galley,
        egui::Color32::WHITE,
    );
}
