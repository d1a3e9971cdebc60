//! The right-to-left article viewer.
//!
//! Lays out each paragraph with [`crate::bidi_layout`] (bidi levels, UAX #14 line
//! breaks, per-line visual runs split into shapeable pieces) and hands egui
//! one piece at a time (one galley each, right-aligned lines for RTL
//! paragraphs). Only paragraphs on screen are laid out; the others have
//! estimated heights ([`cache`]). Highlights, find matches and the selection
//! are background rectangles under whole pieces or word spans, so letters
//! keep joining.
//!
//! Keys (when the pointer is over the viewer or it has focus): Ctrl +/−/0
//! zoom, Ctrl+F find (Enter / Shift+Enter next / previous, Escape closes),
//! Ctrl+C copies the selection in logical order.

mod cache;

use std::ops::Range;
use std::sync::Arc;

use eframe::egui::{
    self, Color32, CornerRadius, Event, FontId, Key, KeyboardShortcut, Modifiers, Pos2, Rect,
    Sense, Stroke, Vec2,
};
use serde::{Deserialize, Serialize};

use self::cache::{DocCache, LayoutKey, byte_of_char, is_painted, marker_width};
use crate::bidi_layout::words::word_at;
use crate::bidi_layout::{LineLayout, Paragraph, Piece, PieceKind};

/// Name of the egui font family used for article text (registered by the app:
/// the bundled Noto Naskh Arabic, or the system font the analyst picked).
pub const ARTICLE_FAMILY: &str = "article";
/// Bold variant of [`ARTICLE_FAMILY`].
pub const ARTICLE_BOLD_FAMILY: &str = "article-bold";

/// AccessKit label of the text area (tests find the viewer by it).
pub const ACCESS_LABEL: &str = "Article text";
/// AccessKit label of the find bar's text field.
pub const FIND_LABEL: &str = "Find in article";

/// Smallest and largest article font size reachable by zooming.
pub const FONT_SIZE_RANGE: (f32, f32) = (10.0, 48.0);
/// Font size restored by Ctrl+0.
pub const DEFAULT_FONT_SIZE: f32 = 20.0;

/// Horizontal padding between the text and the panel edges.
const PADDING: f32 = 16.0;

/// A background highlight over a range of the text, in chars.
#[derive(Clone, Debug, PartialEq)]
pub struct Highlight {
    pub range: Range<usize>,
    pub color: egui::Color32,
}

/// The highlights of a document, indexed so that the viewer finds those of
/// one paragraph without looking at all of them (an article of 200 MB has
/// millions of tinted names). Built once by the app when they change.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Highlights {
    /// In paint order (later ones are painted over earlier ones).
    items: Vec<Highlight>,
    /// Indices into `items`, sorted by range start.
    by_start: Vec<usize>,
    /// `max_end[k]`: the largest range end among `by_start[..=k]`.
    max_end: Vec<usize>,
}

impl Highlights {
    /// Indexes `items` (kept in their paint order).
    pub fn new(items: Vec<Highlight>) -> Self {
        let mut by_start: Vec<usize> = (0..items.len()).collect();
        by_start.sort_by_key(|&i| items[i].range.start);
        let mut end = 0;
        let max_end = by_start
            .iter()
            .map(|&i| {
                end = end.max(items[i].range.end);
                end
            })
            .collect();
        Self {
            items,
            by_start,
            max_end,
        }
    }

    /// Every highlight, in paint order.
    pub fn as_slice(&self) -> &[Highlight] {
        &self.items
    }

    /// The highlights that overlap `range` (chars), in paint order.
    pub fn overlapping(&self, range: Range<usize>) -> Vec<&Highlight> {
        // Candidates start before the range ends; of those, the ones before
        // the first whose running maximum end passes the range start
        // cannot reach it.
        let upto = self
            .by_start
            .partition_point(|&i| self.items[i].range.start < range.end);
        let from = self.max_end[..upto].partition_point(|&e| e <= range.start);
        let mut found: Vec<usize> = self.by_start[from..upto]
            .iter()
            .copied()
            .filter(|&i| self.items[i].range.end > range.start)
            .collect();
        found.sort_unstable();
        found.into_iter().map(|i| &self.items[i]).collect()
    }
}

/// Persisted viewer preferences.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewerSettings {
    /// Article font size in points (zoom changes it).
    pub font_size: f32,
    /// Show bidi control characters as visible marks.
    pub show_controls: bool,
}

impl Default for ViewerSettings {
    fn default() -> Self {
        Self {
            font_size: DEFAULT_FONT_SIZE,
            show_controls: false,
        }
    }
}

/// What the viewer is asked to show this frame.
#[derive(Clone, Copy, Debug)]
pub struct DocView<'a> {
    /// Stable identity of the document (layout caches are keyed by it).
    pub id: u64,
    pub text: &'a str,
    pub highlights: &'a Highlights,
    /// The text split into paragraphs ([`crate::bidi_layout::paragraphs`]), when
    /// the caller has it already (the app computes it while loading); the
    /// viewer splits the text itself otherwise.
    pub paragraphs: Option<&'a Arc<[Paragraph]>>,
}

/// What happened in the viewer this frame, for the app to act on.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewerOutput {
    /// Char offset the user clicked (no drag), if any.
    pub clicked: Option<usize>,
    /// Current selection, in chars, logical order.
    pub selection: Option<Range<usize>>,
}

/// State of the find bar.
#[derive(Debug, Default)]
struct Find {
    open: bool,
    focus: bool,
    query: String,
    /// (doc id, query) the matches are (being) computed for.
    searched: Option<(u64, String)>,
    matches: Vec<Range<usize>>,
    current: usize,
    /// The next paragraph to search; `None` once the whole document has
    /// been searched. A long document is searched a few milliseconds per
    /// frame, so the window never waits on it.
    next_para: Option<usize>,
}

/// Time a frame may spend searching for the find bar.
const FIND_BUDGET: std::time::Duration = std::time::Duration::from_millis(6);

/// The viewer's own widget state (scroll target, caches, find bar).
#[derive(Debug, Default)]
pub struct Viewer {
    scroll_target: Option<Range<usize>>,
    cache: Option<DocCache>,
    find: Find,
    selection: Option<Range<usize>>,
    /// Word under the pointer where the current drag started.
    anchor: Option<Range<usize>>,
    /// Chars of the paragraphs painted in the last frame.
    visible: Range<usize>,
    /// Id of the scroll area (its state holds the scroll offset).
    scroll_id: Option<egui::Id>,
    /// Largest scroll offset after the last frame (content height − view height).
    max_offset: f32,
    /// Frames spent reaching a scroll target beyond `max_offset`.
    scroll_retries: u8,
    /// Scrolling asked for from outside the viewer this frame (the mouse
    /// wheel over the reader's side margins), in points as egui's scroll
    /// delta (positive: towards the top).
    wheel: f32,
}

/// Colors of the background marks.
struct Palette {
    text: Color32,
    selection: Color32,
    find: Color32,
    marker: Color32,
    dark: bool,
}

/// How a background mark is painted: filled, or outlined with a stroke this
/// wide (a find match).
type MarkStyle = Option<f32>;

/// Width of a find match's outline, and of the current match's.
const FIND_STROKE: (f32, f32) = (1.5, 3.0);

impl Palette {
    fn of(v: &egui::Visuals) -> Palette {
        Palette {
            text: crate::ui::palette::reader_text(v.dark_mode),
            selection: v.selection.bg_fill.gamma_multiply(0.6),
            find: crate::ui::palette::find_outline(v.dark_mode),
            marker: v.weak_text_color(),
            dark: v.dark_mode,
        }
    }
}

/// What one frame paints a paragraph with.
struct Paint<'a> {
    painter: &'a egui::Painter,
    font_id: &'a FontId,
    palette: &'a Palette,
    /// The text column's width.
    width: f32,
    line_height: f32,
    show_controls: bool,
    /// The paragraph is right-to-left (its lines are right-aligned).
    rtl: bool,
}

impl Viewer {
    /// Draws `doc` filling the available space, handling its keys (zoom
    /// changes `settings.font_size`).
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        doc: DocView<'_>,
        settings: &mut ViewerSettings,
    ) -> ViewerOutput {
        let id = egui::Id::unique("jawla-viewer");
        let mut out = ViewerOutput::default();
        self.begin_frame(ui, id, doc, settings);

        let palette = Palette::of(ui.visuals());
        let font_id = FontId::new(
            settings.font_size,
            egui::FontFamily::Name(ARTICLE_FAMILY.into()),
        );
        let scrollbar = ui.spacing().scroll.allocated_width();
        let width = (ui.available_width() - scrollbar - 2.0 * PADDING)
            .max(40.0)
            .round();
        let key = LayoutKey {
            width,
            font_size: settings.font_size,
            pixels_per_point: ui.ctx().pixels_per_point(),
            show_controls: settings.show_controls,
        };
        // Taken out for the frame (the helpers below borrow the viewer), put back at the end.
        let Some(mut cache) = self.cache.take() else {
            return out;
        };
        ui.ctx()
            .fonts_mut(|f| cache.set_key(key, doc.text, f, &font_id));
        cache.update_tops();

        let area = egui::ScrollArea::vertical()
            .id_salt(id.with("scroll"))
            .auto_shrink(false)
            .content_margin(0.0);
        let view_h = ui.available_height();
        let area = self.scroll_offset(ui, area, &mut cache, doc, &font_id, view_h);
        let selection = self.selection.clone();
        let find_current = self.find.matches.get(self.find.current).cloned();
        let frame = Frame {
            text: doc.text,
            highlights: doc.highlights,
            matches: &self.find.matches,
            find_current: find_current.as_ref(),
            selection: selection.as_ref(),
            palette: &palette,
            font_id: &font_id,
            width,
            show_controls: settings.show_controls,
        };
        let mut hit_request: Option<(Pos2, bool, bool)> = None;
        let mut visible = 0..0;
        let scroll = area.show_viewport(ui, |ui, viewport| {
            let origin = ui.max_rect().min;
            let screen_view = viewport.translate(origin.to_vec2());
            let response = ui.interact(screen_view, id, Sense::click_and_drag());
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::accesskit::Role::Document, true, ACCESS_LABEL)
            });
            if response.clicked() || response.drag_started() {
                response.request_focus();
            }
            hit_request = pointer_request(ui, &response, origin);
            if response.hovered() {
                ui.ctx().set_cursor_icon(egui::CursorIcon::Text);
            }

            let painter = ui.painter_at(screen_view);
            visible = paint_paragraphs(ui, &painter, &mut cache, &frame, viewport, origin);
            cache.update_tops();
            // Keep the layouts of a few screens around the view.
            let first = cache.para_at_y((viewport.min.y - 2.0 * view_h).max(0.0));
            let last = cache.para_at_y(viewport.max.y + 2.0 * view_h);
            cache.trim_layouts(first..last + 1);
            ui.set_min_height(cache.total_height());
            ui.set_min_width(width + 2.0 * PADDING);
        });
        self.scroll_id = Some(scroll.id);
        self.max_offset = (scroll.content_size.y - scroll.inner_rect.height()).max(0.0);

        if let Some((pos, click, start)) = hit_request {
            let hit = ui
                .ctx()
                .fonts_mut(|f| hit_test(&cache, doc.text, pos, width, f, &font_id));
            if let Some((c, word)) = hit {
                self.pointer_at(c, word, click, start, &mut out);
            }
        }
        self.visible = visible;
        self.cache = Some(cache);
        out.selection = self.selection.clone();
        out
    }

    /// Before drawing: a new document gets a new cache; keys (when the viewer
    /// or its find bar has the focus or the pointer); the find bar and its
    /// matches.
    fn begin_frame(
        &mut self,
        ui: &mut egui::Ui,
        id: egui::Id,
        doc: DocView<'_>,
        settings: &mut ViewerSettings,
    ) {
        if self
            .cache
            .as_ref()
            .is_none_or(|c| c.id != doc.id || c.text_len != doc.text.len())
        {
            self.cache = Some(DocCache::new(doc.id, doc.text, doc.paragraphs.cloned()));
            self.selection = None;
            self.anchor = None;
            self.find.searched = None;
        }
        let viewer_rect = ui.available_rect_before_wrap();
        let active = ui.rect_contains_pointer(viewer_rect)
            || ui.memory(|m| m.focused().is_some_and(|f| f == id || f == id.with("find")));
        if active {
            self.handle_keys(ui, id, doc, settings);
        }
        settings.font_size = settings
            .font_size
            .clamp(FONT_SIZE_RANGE.0, FONT_SIZE_RANGE.1);
        if self.find.open {
            self.find_bar(ui, doc, id);
        }
        self.update_matches(ui.ctx(), doc);
    }

    /// The scroll area's offset for this frame: towards `scroll_target` (a
    /// screen around it laid out first, so that its position is exact), or
    /// where it is, kept still when paragraphs above the view get their exact
    /// height.
    fn scroll_offset(
        &mut self,
        ui: &egui::Ui,
        mut area: egui::ScrollArea,
        cache: &mut DocCache,
        doc: DocView<'_>,
        font_id: &FontId,
        view_h: f32,
    ) -> egui::ScrollArea {
        let wheel = std::mem::take(&mut self.wheel);
        if let Some(target) = self.scroll_target.take() {
            // Lay out a screen around the target first, so that its position is exact.
            let p = cache.para_of_char(target.start);
            let from = cache.para_at_y((cache.tops[p] - view_h).max(0.0));
            let to = cache.para_at_y(cache.tops[p] + view_h);
            ui.ctx().fonts_mut(|f| {
                for i in from..=to {
                    cache.ensure(i, doc.text, f, font_id);
                }
            });
            cache.update_tops();
            let mut y = cache.tops[p];
            if let (Some(layout), Some(para)) = (cache.layouts.get(&p), cache.paras.get(p)) {
                let ptext = &doc.text[para.bytes.clone()];
                let b = byte_of_char(ptext, target.start.saturating_sub(para.char_start));
                y += layout.line_of(b) as f32 * cache.line_height;
            }
            let wanted = (y - view_h / 3.0).max(0.0);
            // The scroll area clamps to last frame's content height (springing back
            // from beyond it): go as far as allowed and finish on the next frame.
            if wanted > self.max_offset + 0.5 && self.scroll_retries < 3 {
                self.scroll_retries += 1;
                self.scroll_target = Some(target);
                area = area.vertical_scroll_offset(self.max_offset);
            } else {
                self.scroll_retries = 0;
                area = area.vertical_scroll_offset(wanted.min(self.max_offset));
            }
        } else if let Some(off) = self
            .scroll_id
            .and_then(|sid| egui::scroll_area::State::load(ui.ctx(), sid))
            .map(|s| s.clamped_offset().y)
        {
            // Lay out a screen of paragraphs above the view before they scroll in, and
            // keep the text on screen still when their exact height replaces the estimate.
            let first = cache.para_at_y((off - view_h).max(0.0));
            let top = cache.para_at_y(off);
            let mut delta = 0.0;
            ui.ctx().fonts_mut(|f| {
                for i in first..top {
                    let old = cache.heights[i];
                    cache.ensure(i, doc.text, f, font_id);
                    delta += cache.heights[i] - old;
                }
            });
            cache.update_tops();
            if delta != 0.0 || wheel != 0.0 {
                let offset = off + delta - wheel;
                area = area.vertical_scroll_offset(offset.clamp(0.0, self.max_offset));
            }
        }
        area
    }

    /// The pointer pressed (`start`), dragged to or clicked (`click`) char
    /// `c` in `word`: a click reports `c` and clears the selection; a drag
    /// selects whole words from where it started.
    fn pointer_at(
        &mut self,
        c: usize,
        word: Range<usize>,
        click: bool,
        start: bool,
        out: &mut ViewerOutput,
    ) {
        if click {
            out.clicked = Some(c);
            self.selection = None;
            self.anchor = None;
        } else {
            if start || self.anchor.is_none() {
                self.anchor = Some(word.clone());
            }
            if let Some(a) = &self.anchor {
                let sel = a.start.min(word.start)..a.end.max(word.end);
                self.selection = (sel.start < sel.end).then_some(sel);
            }
        }
    }

    /// Chars of the paragraphs painted in the last frame (what is on screen).
    pub fn visible_chars(&self) -> Range<usize> {
        self.visible.clone()
    }

    /// Scrolls by `dy` points (egui's scroll delta: positive towards the
    /// top) in the next [`Viewer::show`]: the mouse wheel over the reader's
    /// side margins, outside the viewer's own area.
    pub fn scroll_by(&mut self, dy: f32) {
        self.wheel += dy;
    }

    /// Scrolls so that `range` (chars) is visible on the next frame.
    pub fn scroll_to(&mut self, range: Range<usize>) {
        self.scroll_target = Some(range);
    }

    /// How many paragraph layouts the viewer holds now (one document's, and
    /// at most about 2,048 of them plus a few screens).
    pub fn cached_layouts(&self) -> usize {
        self.cache.as_ref().map_or(0, |c| c.layouts.len())
    }

    /// Forgets the document and its layouts (the app calls this when the
    /// article in the viewer is closed, so a closed 200 MB article's layout
    /// does not stay in memory).
    pub fn forget(&mut self) {
        self.cache = None;
        self.selection = None;
        self.anchor = None;
        self.find.searched = None;
        self.find.matches.clear();
    }

    /// Forgets all layouts (call after changing the article fonts).
    pub fn invalidate_layout(&mut self) {
        if let Some(c) = &mut self.cache {
            c.key = None;
        }
    }

    /// The find matches of the current query, in chars (for tests and the app).
    pub fn find_matches(&self) -> &[Range<usize>] {
        &self.find.matches
    }

    /// Index of the current find match in [`Self::find_matches`].
    pub fn current_match(&self) -> Option<usize> {
        (!self.find.matches.is_empty()).then_some(self.find.current)
    }

    /// Opens the find bar with the cursor in it (Ctrl+F, Edit ▸ Find).
    pub fn open_find(&mut self) {
        self.find.open = true;
        self.find.focus = true;
    }

    /// Opens the find bar with `query` (as typing it would).
    pub fn set_find_query(&mut self, query: &str) {
        self.find.open = true;
        self.find.query = query.to_owned();
    }

    fn handle_keys(
        &mut self,
        ui: &mut egui::Ui,
        id: egui::Id,
        doc: DocView<'_>,
        settings: &mut ViewerSettings,
    ) {
        let zoom_in = [
            KeyboardShortcut::new(Modifiers::COMMAND, Key::Plus),
            KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals),
        ];
        ui.input_mut(|i| {
            if zoom_in.iter().any(|s| i.consume_shortcut(s)) {
                settings.font_size = (settings.font_size + 2.0).min(FONT_SIZE_RANGE.1);
            }
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Minus)) {
                settings.font_size = (settings.font_size - 2.0).max(FONT_SIZE_RANGE.0);
            }
            if i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Num0)) {
                settings.font_size = DEFAULT_FONT_SIZE;
            }
            if i.consume_shortcut(&crate::ui::menu::FIND_SHORTCUT) {
                self.find.open = true;
                self.find.focus = true;
            }
        });
        let copy = ui.input(|i| {
            i.events.iter().any(|e| {
                matches!(e, Event::Copy)
                    || matches!(e, Event::Key { key: Key::C, pressed: true, modifiers, .. } if modifiers.command)
            })
        });
        // Copy the article selection when the viewer has the focus, or when no other
        // widget has it (a text field keeps its own Ctrl+C, the find field included).
        let ours = ui.memory(|m| m.focused().is_none_or(|f| f == id));
        if copy
            && ours
            && let Some(sel) = &self.selection
        {
            let start = byte_of_char(doc.text, sel.start);
            let end = start + byte_of_char(&doc.text[start..], sel.end - sel.start);
            ui.ctx().copy_text(doc.text[start..end].to_owned());
        }
    }

    fn find_bar(&mut self, ui: &mut egui::Ui, doc: DocView<'_>, id: egui::Id) {
        const FIND_WIDTH: f32 = 240.0;
        let mut step: i32 = 0;
        // In the interface's direction: from the right in Arabic.
        crate::ui::tr::row(ui, |ui| {
            let query = self.find.query.clone();
            let edit = egui::TextEdit::singleline(&mut self.find.query)
                .id(id.with("find"))
                .hint_text(crate::ui::tr::hint(ui, "find-hint", FIND_WIDTH))
                .desired_width(FIND_WIDTH);
            let r = crate::ui::bidi_line::text_field(ui, &query, edit);
            r.widget_info(|| {
                egui::WidgetInfo::labeled(egui::accesskit::Role::SearchInput, true, FIND_LABEL)
            });
            if self.find.focus {
                r.request_focus();
                self.find.focus = false;
            }
            if r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                step = if ui.input(|i| i.modifiers.shift) {
                    -1
                } else {
                    1
                };
                r.request_focus();
            }
            if r.has_focus() && ui.input(|i| i.key_pressed(Key::Escape)) {
                self.find.open = false;
            }
            self.update_matches(ui.ctx(), doc);
            let n = self.find.matches.len();
            let count = [("count", n.to_string().into())];
            let label = if self.find.query.is_empty() {
                String::new()
            } else if self.find.next_para.is_some() {
                crate::ui::tr::tr_plain_args(ui, "find-searching", &count)
            } else if n == 0 {
                crate::ui::tr::tr_plain(ui, "find-none")
            } else {
                let current = (self.find.current + 1).to_string();
                let args = [("current", current.into()), count[0].clone()];
                crate::ui::tr::tr_plain_args(ui, "find-position", &args)
            };
            ui.label(crate::ui::tr::text(ui, &label));
            if ui.button(crate::ui::tr::tr(ui, "find-previous")).clicked() {
                step = -1;
            }
            if ui.button(crate::ui::tr::tr(ui, "find-next")).clicked() {
                step = 1;
            }
            if ui.button(crate::ui::tr::tr(ui, "find-close")).clicked() {
                self.find.open = false;
            }
        });
        let n = self.find.matches.len();
        if step != 0 && n > 0 {
            self.find.current = if step > 0 {
                (self.find.current + 1) % n
            } else {
                (self.find.current + n - 1) % n
            };
            self.scroll_target = self.find.matches.get(self.find.current).cloned();
        }
    }

    /// Starts the search over when the query or the document changed, and
    /// goes on with it for at most [`FIND_BUDGET`] (asking for another frame
    /// while some is left). The first match found is scrolled to.
    fn update_matches(&mut self, ctx: &egui::Context, doc: DocView<'_>) {
        let query = if self.find.open {
            self.find.query.clone()
        } else {
            String::new()
        };
        let same = self
            .find
            .searched
            .as_ref()
            .is_some_and(|(d, q)| *d == doc.id && *q == query);
        if !same {
            self.find.searched = Some((doc.id, query.clone()));
            self.find.matches.clear();
            self.find.current = 0;
            self.find.next_para = (!query.is_empty()).then_some(0);
        }
        let (Some(mut i), Some(cache)) = (self.find.next_para, self.cache.as_ref()) else {
            return;
        };
        let had_match = !self.find.matches.is_empty();
        let deadline = std::time::Instant::now() + FIND_BUDGET;
        let paras = &cache.paras;
        while i < paras.len() {
            // One line of the text: the paragraphs it was cut into follow
            // each other without a line break between them.
            let mut j = i + 1;
            while j < paras.len() && paras[j].bytes.start == paras[j - 1].bytes.end {
                j += 1;
            }
            let line = doc
                .text
                .get(paras[i].bytes.start..paras[j - 1].bytes.end)
                .unwrap_or_default();
            let base = paras[i].char_start;
            self.find.matches.extend(
                crate::bidi_layout::fold::find_all(line, &query)
                    .into_iter()
                    .map(|m| m.start + base..m.end + base),
            );
            i = j;
            if std::time::Instant::now() >= deadline {
                break;
            }
        }
        self.find.next_para = (i < paras.len()).then_some(i);
        if self.find.next_para.is_some() {
            ctx.request_repaint();
        }
        if !had_match && let Some(first) = self.find.matches.first() {
            self.scroll_target = Some(first.clone());
        }
    }
}

/// What the paragraphs on screen are painted with this frame.
struct Frame<'a> {
    text: &'a str,
    highlights: &'a Highlights,
    matches: &'a [Range<usize>],
    find_current: Option<&'a Range<usize>>,
    selection: Option<&'a Range<usize>>,
    palette: &'a Palette,
    font_id: &'a FontId,
    /// The text column's width.
    width: f32,
    show_controls: bool,
}

/// Lays out (when needed) and paints the paragraphs in `viewport` (content
/// coordinates; `origin` is the content's top left on screen); returns the
/// chars of those painted.
fn paint_paragraphs(
    ui: &egui::Ui,
    painter: &egui::Painter,
    cache: &mut DocCache,
    frame: &Frame<'_>,
    viewport: Rect,
    origin: Pos2,
) -> Range<usize> {
    let mut i = cache.para_at_y(viewport.min.y);
    let mut y = cache.tops.get(i).copied().unwrap_or(0.0);
    let mut visible = cache.paras.get(i).map_or(0, |p| p.char_start)..0;
    while i < cache.paras.len() && y < viewport.max.y {
        ui.ctx()
            .fonts_mut(|f| cache.ensure(i, frame.text, f, frame.font_id));
        let (Some(layout), Some(para)) = (cache.layouts.get(&i), cache.paras.get(i)) else {
            break;
        };
        let ptext = &frame.text[para.bytes.clone()];
        let pchars = para.char_start..para.char_start + ptext.chars().count();
        let marks = background_marks(
            ptext,
            &pchars,
            frame.highlights,
            frame.matches,
            frame.find_current,
            frame.selection,
            frame.palette,
        );
        let paint = Paint {
            painter,
            font_id: frame.font_id,
            palette: frame.palette,
            width: frame.width,
            line_height: cache.line_height,
            show_controls: frame.show_controls,
            rtl: layout.rtl,
        };
        for (li, line) in layout.lines.iter().enumerate() {
            let top = y + li as f32 * cache.line_height;
            if top > viewport.max.y {
                break;
            }
            if top + cache.line_height < viewport.min.y {
                continue;
            }
            paint_line(
                ui,
                &paint,
                line,
                ptext,
                &marks,
                origin + Vec2::new(0.0, top),
            );
        }
        visible.end = pchars.end;
        y += cache.heights[i];
        i += 1;
    }
    visible
}

/// Where the pointer asks for a hit test this frame (content coordinates):
/// (position, a click, the start of a drag).
fn pointer_request(
    ui: &egui::Ui,
    response: &egui::Response,
    origin: Pos2,
) -> Option<(Pos2, bool, bool)> {
    let pos = response.interact_pointer_pos()?;
    if response.clicked() {
        Some((pos - origin.to_vec2(), true, false))
    } else if response.drag_started() {
        // The drag is recognised once the pointer has moved: anchor at the press.
        let press = ui.input(|i| i.pointer.press_origin()).unwrap_or(pos);
        Some((press - origin.to_vec2(), false, true))
    } else if response.dragged() {
        Some((pos - origin.to_vec2(), false, false))
    } else {
        None
    }
}

/// The background marks of a paragraph (`ptext`, chars `pchars` of the
/// document) as paragraph byte ranges: highlights, find matches (the
/// current one in its own colour), the selection.
fn background_marks(
    ptext: &str,
    pchars: &Range<usize>,
    highlights: &Highlights,
    matches: &[Range<usize>],
    find_current: Option<&Range<usize>>,
    selection: Option<&Range<usize>>,
    palette: &Palette,
) -> Vec<(Range<usize>, Color32, MarkStyle)> {
    let mut marks: Vec<(Range<usize>, Color32, MarkStyle)> = Vec::new();
    let mut add = |r: &Range<usize>, color: Color32, style: MarkStyle| {
        let (s, e) = (r.start.max(pchars.start), r.end.min(pchars.end));
        if s < e {
            marks.push((
                byte_of_char(ptext, s - pchars.start)..byte_of_char(ptext, e - pchars.start),
                color,
                style,
            ));
        }
    };
    for h in highlights.overlapping(pchars.clone()) {
        add(
            &h.range,
            crate::ui::palette::themed(h.color, palette.dark),
            None,
        );
    }
    let first = matches.partition_point(|m| m.end <= pchars.start);
    for m in matches[first..].iter().take_while(|m| m.start < pchars.end) {
        let width = if Some(m) == find_current {
            FIND_STROKE.1
        } else {
            FIND_STROKE.0
        };
        add(m, palette.find, Some(width));
    }
    if let Some(sel) = selection {
        add(sel, palette.selection, None);
    }
    marks
}

/// Paints one line of a paragraph whose top left is `top_left` (the text
/// column's origin at the line's top): background marks, then the pieces,
/// bidi controls as markers when shown.
fn paint_line(
    ui: &egui::Ui,
    paint: &Paint<'_>,
    line: &LineLayout,
    ptext: &str,
    marks: &[(Range<usize>, Color32, MarkStyle)],
    top_left: Pos2,
) {
    let Paint {
        painter,
        font_id,
        palette,
        width,
        line_height,
        show_controls,
        rtl,
    } = *paint;
    let left = line_left(rtl, line, width);
    let line_origin = top_left + Vec2::new(left, 0.0);
    // Lay out under the fonts lock, paint after it (the painter locks the context).
    let mut rects: Vec<(Rect, Color32, MarkStyle)> = Vec::new();
    let mut galleys = Vec::new();
    let mut markers = Vec::new();
    ui.ctx().fonts_mut(|f| {
        for (range, color, style) in marks {
            for (x0, x1) in span_rects(line, ptext, range, f, font_id) {
                let rect = Rect::from_min_max(
                    line_origin + Vec2::new(x0, 0.0),
                    line_origin + Vec2::new(x1, line_height),
                );
                rects.push((rect, *color, *style));
            }
        }
        for piece in &line.pieces {
            if !is_painted(piece.kind, show_controls) {
                continue;
            }
            let pos = line_origin + Vec2::new(piece.x, 0.0);
            if piece.kind == PieceKind::Control {
                markers.push(marker(f, piece, pos, line_height, font_id, palette.marker));
                continue;
            }
            let galley =
                f.layout_no_wrap(piece.text.clone(), font_id.clone(), Color32::PLACEHOLDER);
            galleys.push((pos, galley));
        }
    });
    for (rect, color, style) in rects {
        match style {
            None => {
                painter.rect_filled(rect, CornerRadius::same(2), color);
            }
            Some(width) => {
                painter.rect_stroke(
                    rect,
                    CornerRadius::same(2),
                    Stroke::new(width, color),
                    egui::StrokeKind::Inside,
                );
            }
        }
    }
    for (rect, label) in markers {
        painter.rect_stroke(
            rect,
            CornerRadius::same(2),
            Stroke::new(1.0, palette.marker),
            egui::StrokeKind::Inside,
        );
        painter.galley(rect.center() - label.size() / 2.0, label, palette.marker);
    }
    for (pos, galley) in galleys {
        painter.galley(pos, galley, palette.text);
    }
}

/// Left edge of a line in the text column (RTL lines are right-aligned).
fn line_left(rtl: bool, line: &LineLayout, width: f32) -> f32 {
    if rtl {
        PADDING + (width - line.width).max(0.0)
    } else {
        PADDING
    }
}

/// Horizontal extents (from the line's left edge) covered by the paragraph
/// byte range `range` on `line`: whole pieces, or the span of the covered
/// part of a piece measured by its logical prefix (whole words keep joining).
fn span_rects(
    line: &LineLayout,
    ptext: &str,
    range: &Range<usize>,
    fonts: &mut egui::epaint::FontsView<'_>,
    font_id: &FontId,
) -> Vec<(f32, f32)> {
    let mut out: Vec<(f32, f32)> = Vec::new();
    for piece in &line.pieces {
        let (s, e) = (
            range.start.max(piece.range.start),
            range.end.min(piece.range.end),
        );
        if s >= e {
            continue;
        }
        let (x0, x1) = if s == piece.range.start && e == piece.range.end {
            (piece.x, piece.x + piece.width)
        } else {
            let mut w = |b: usize| {
                let t = &ptext[piece.range.start..b];
                if t.is_empty() {
                    0.0
                } else {
                    fonts
                        .layout_no_wrap(t.to_owned(), font_id.clone(), Color32::PLACEHOLDER)
                        .size()
                        .x
                        .min(piece.width)
                }
            };
            let (a, b) = (w(s), w(e));
            if piece.rtl {
                (piece.x + piece.width - b, piece.x + piece.width - a)
            } else {
                (piece.x + a, piece.x + b)
            }
        };
        // Merge with the previous span when adjacent, to avoid seams.
        match out.last_mut() {
            Some(last) if (last.1 - x0).abs() < 0.5 => last.1 = x1,
            Some(last) if (x1 - last.0).abs() < 0.5 => last.0 = x0,
            _ => out.push((x0, x1)),
        }
    }
    out
}

/// Document char under content position `pos`, and the word around it.
fn hit_test(
    cache: &DocCache,
    text: &str,
    pos: Pos2,
    width: f32,
    fonts: &mut egui::epaint::FontsView<'_>,
    font_id: &FontId,
) -> Option<(usize, Range<usize>)> {
    let i = cache.para_at_y(pos.y);
    let layout = cache.layouts.get(&i)?;
    let para = cache.paras.get(i)?;
    let ptext = &text[para.bytes.clone()];
    let li = (((pos.y - cache.tops[i]) / cache.line_height)
        .floor()
        .max(0.0) as usize)
        .min(layout.lines.len() - 1);
    let line = layout.lines.get(li)?;
    let x = pos.x - line_left(layout.rtl, line, width);
    let piece: &Piece = line
        .pieces
        .iter()
        .filter(|p| p.kind != PieceKind::Control)
        .min_by(|a, b| dist(a, x).total_cmp(&dist(b, x)))?;
    // Char inside the piece: the logical prefix whose width passes x.
    let inside = if piece.rtl {
        piece.x + piece.width - x
    } else {
        x - piece.x
    };
    let mut byte = piece.range.start;
    for (b, c) in ptext[piece.range.clone()].char_indices() {
        let end = piece.range.start + b + c.len_utf8();
        let w = fonts
            .layout_no_wrap(
                ptext[piece.range.start..end].to_owned(),
                font_id.clone(),
                Color32::PLACEHOLDER,
            )
            .size()
            .x;
        byte = piece.range.start + b;
        if w >= inside {
            break;
        }
    }
    let c_in_para = ptext[..byte].chars().count();
    let chars: Vec<char> = ptext.chars().collect();
    let word = word_at(&chars, c_in_para);
    Some((
        para.char_start + c_in_para,
        para.char_start + word.start..para.char_start + word.end,
    ))
}

/// Distance from `x` to a piece (0 inside it).
fn dist(p: &Piece, x: f32) -> f32 {
    if x < p.x {
        p.x - x
    } else if x > p.x + p.width {
        x - p.x - p.width
    } else {
        0.0
    }
}

/// The visible mark of a bidi control: a small box and its short name.
fn marker(
    fonts: &mut egui::epaint::FontsView<'_>,
    piece: &Piece,
    pos: Pos2,
    line_height: f32,
    font_id: &FontId,
    color: Color32,
) -> (Rect, std::sync::Arc<egui::Galley>) {
    let name = match piece.text.chars().next() {
        Some('\u{200E}') => "LRM",
        Some('\u{200F}') => "RLM",
        Some('\u{061C}') => "ALM",
        Some('\u{202A}') => "LRE",
        Some('\u{202B}') => "RLE",
        Some('\u{202C}') => "PDF",
        Some('\u{202D}') => "LRO",
        Some('\u{202E}') => "RLO",
        Some('\u{2066}') => "LRI",
        Some('\u{2067}') => "RLI",
        Some('\u{2068}') => "FSI",
        Some('\u{2069}') => "PDI",
        _ => "?",
    };
    let w = marker_width(font_id.size);
    let rect = Rect::from_min_size(
        pos + Vec2::new(1.0, line_height * 0.3),
        Vec2::new(w - 2.0, line_height * 0.4),
    );
    let galley = fonts.layout_no_wrap(
        name.to_owned(),
        FontId::proportional((font_id.size * 0.3).max(6.0)),
        color,
    );
    (rect, galley)
}
