//! The panels' side of the interface language: the language is kept in the
//! egui context (the app sets it each frame from its persisted setting), and
//! the messages of [`crate::i18n`] come out as widget text laid out by the
//! bidi code ([`bidi_line::widget_text`]), so an Arabic label reads right to
//! left in any egui widget.

use eframe::egui;

use crate::i18n::{self, Arg, Lang};
use crate::ui::bidi_line;

fn lang_id() -> egui::Id {
    egui::Id::unique("jawla-interface-language")
}

/// Sets the interface language the panels read.
pub fn set_lang(ctx: &egui::Context, lang: Lang) {
    ctx.data_mut(|d| d.insert_temp(lang_id(), lang));
}

/// The interface language (English until the app sets one).
pub fn lang(ctx: &egui::Context) -> Lang {
    ctx.data(|d| d.get_temp(lang_id())).unwrap_or_default()
}

/// Whether the interface reads right to left (panels mirrored).
pub fn rtl(ui: &egui::Ui) -> bool {
    lang(ui.ctx()).is_rtl()
}

/// The message `key` as a plain string (accessible names, text composed
/// further).
pub fn tr_plain(ui: &egui::Ui, key: &str) -> String {
    i18n::tr(lang(ui.ctx()), key)
}

/// The message `key` with `args`, as a plain string.
pub fn tr_plain_args(ui: &egui::Ui, key: &str, args: &[(&str, Arg)]) -> String {
    i18n::tr_args(lang(ui.ctx()), key, args)
}

/// The message `key` as widget text in the body font.
pub fn tr(ui: &egui::Ui, key: &str) -> egui::WidgetText {
    text(ui, &tr_plain(ui, key))
}

/// The message `key` with `args`, as widget text in the body font.
pub fn tr_args(ui: &egui::Ui, key: &str, args: &[(&str, Arg)]) -> egui::WidgetText {
    text(ui, &tr_plain_args(ui, key, args))
}

/// Any text (a message already composed, a name) as widget text in the body
/// font, right to left where it is Arabic.
pub fn text(ui: &egui::Ui, s: &str) -> egui::WidgetText {
    styled(ui, s, &egui::TextStyle::Body, None)
}

/// Any text in the body style and the strong text colour (a panel's title),
/// right to left where it is Arabic.
pub fn strong(ui: &egui::Ui, s: &str) -> egui::WidgetText {
    styled(
        ui,
        s,
        &egui::TextStyle::Body,
        Some(ui.visuals().strong_text_color()),
    )
}

/// Any text as widget text in the text style `style` and `color` (`None`:
/// the widget's), right to left where it is Arabic.
pub fn styled(
    ui: &egui::Ui,
    s: &str,
    style: &egui::TextStyle,
    color: Option<egui::Color32>,
) -> egui::WidgetText {
    let font = style.resolve(ui.style());
    let s = marked(ui, s);
    match wrap_width(ui) {
        Some(width) => bidi_line::wrapped_widget_text(ui.painter(), &s, &font, color, width),
        None => bidi_line::widget_text(&s, &font, color),
    }
}

/// `s` as a label of the interface language: in Arabic every label reads
/// right to left, one that begins with a file name too (a right-to-left mark
/// sets the paragraph direction; it is not drawn).
fn marked<'a>(ui: &egui::Ui, s: &'a str) -> std::borrow::Cow<'a, str> {
    if rtl(ui) {
        std::borrow::Cow::Owned(format!("\u{200F}{s}"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// The hint of a one-line text field `width` wide (its desired width;
/// infinite: the room of `ui`): the message `key` in the weak colour, on one
/// line, cut with "…" at its logical end to fit inside the field's margins
/// ([`bidi_line::elided_widget_text`]: egui would cut an Arabic hint at its
/// beginning).
pub fn hint(ui: &egui::Ui, key: &str, width: f32) -> egui::WidgetText {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = Some(ui.visuals().weak_text_color());
    let width = if width.is_finite() {
        width
    } else {
        ui.available_width()
    };
    let inner = width - 2.0 * TEXT_EDIT_MARGIN - WRAP_PLAY;
    let s = tr_plain(ui, key);
    bidi_line::elided_widget_text(ui.painter(), &marked(ui, &s), &font, color, inner)
}

/// `s` for a label cut to one line (`egui::Label::truncate`), in `style` and
/// `color` (`None`: the widget's), and whether it was cut. A text with a
/// right-to-left letter is cut here, at its logical end, to the room of
/// `ui`, its "…" where it ends on screen (egui would cut the visual right
/// end, where an Arabic line begins); then egui has nothing left to cut,
/// and shows no hover text of its own. Other text is left to egui.
pub fn cut(
    ui: &egui::Ui,
    s: &str,
    style: &egui::TextStyle,
    color: Option<egui::Color32>,
) -> (egui::WidgetText, bool) {
    let font = style.resolve(ui.style());
    let room = ui.available_width() - WRAP_PLAY;
    bidi_line::cut_widget_text(ui.painter(), &marked(ui, s), &font, color, room)
}

/// The side margin of an egui text field (`TextEdit`'s default).
const TEXT_EDIT_MARGIN: f32 = 4.0;

/// The width at which a text made for `ui` is broken into lines, or `None`
/// where egui would not wrap it (a row that does not wrap): the room of `ui`
/// less a button's padding (the text may be a button's) and a little play
/// (egui must find each line fits, or it wraps it again in visual order).
/// A hover text is made by [`hover`] and its kin instead: egui wraps it at a
/// tooltip's width, wherever its widget is.
fn wrap_width(ui: &egui::Ui) -> Option<f32> {
    let available = ui.available_width();
    if ui.wrap_mode() != egui::TextWrapMode::Wrap || !available.is_finite() {
        return None;
    }
    Some(fit(ui, available))
}

/// `room` less a button's padding and [`WRAP_PLAY`], at least a widget's
/// width.
fn fit(ui: &egui::Ui, room: f32) -> f32 {
    let padding = 2.0 * ui.spacing().button_padding.x + WRAP_PLAY;
    (room - padding).max(ui.spacing().interact_size.x)
}

/// The message `key` as a widget's hover text (its tooltip), in the body
/// font: broken into lines for a tooltip's width, wherever the widget is (a
/// long Arabic hover text of a widget in a row that does not wrap read its
/// last line first; one of a widget in a narrow panel was as narrow).
pub fn hover(ui: &egui::Ui, key: &str) -> egui::WidgetText {
    hover_styled(ui, &tr_plain(ui, key), None)
}

/// The message `key` with `args` as a widget's hover text (see [`hover`]).
pub fn hover_args(ui: &egui::Ui, key: &str, args: &[(&str, Arg)]) -> egui::WidgetText {
    hover_styled(ui, &tr_plain_args(ui, key, args), None)
}

/// Any text as a widget's hover text (see [`hover`]).
pub fn hover_text(ui: &egui::Ui, s: &str) -> egui::WidgetText {
    hover_styled(ui, s, None)
}

/// Any text as a widget's hover text in `color` (`None`: the tooltip's).
pub fn hover_styled(ui: &egui::Ui, s: &str, color: Option<egui::Color32>) -> egui::WidgetText {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let marked;
    let s = if rtl(ui) {
        marked = format!("\u{200F}{s}");
        marked.as_str()
    } else {
        s
    };
    let width = fit(ui, ui.spacing().tooltip_width);
    bidi_line::wrapped_widget_text(ui.painter(), s, &font, color, width)
}

/// Points a line broken by [`wrap_width`] keeps free, so that egui's own
/// measure of it (shaped as whole runs, not word by word) still fits.
const WRAP_PLAY: f32 = 4.0;

/// A message built by the core ([`crate::i18n::Message`]) in the interface
/// language, as a plain string.
pub fn message_plain(ui: &egui::Ui, message: &crate::i18n::Message) -> String {
    message.text(lang(ui.ctx()))
}

/// A message built by the core in the interface language, in the body style
/// and `color` (an error, a warning), right to left where it is Arabic.
pub fn message(
    ui: &egui::Ui,
    message: &crate::i18n::Message,
    color: egui::Color32,
) -> egui::WidgetText {
    styled(
        ui,
        &message_plain(ui, message),
        &egui::TextStyle::Body,
        Some(color),
    )
}

/// The translation of `key` in the heading style, right to left where it is
/// Arabic (a panel's or form's heading).
pub fn heading(ui: &egui::Ui, key: &str) -> egui::WidgetText {
    styled(ui, &tr_plain(ui, key), &egui::TextStyle::Heading, None)
}

/// [`styled`] in the small style and the weak colour (counts, notes).
pub fn weak_small(ui: &egui::Ui, s: &str) -> egui::WidgetText {
    styled(
        ui,
        s,
        &egui::TextStyle::Small,
        Some(ui.visuals().weak_text_color()),
    )
}

/// [`styled`] in the body style and the weak colour.
pub fn weak(ui: &egui::Ui, s: &str) -> egui::WidgetText {
    styled(
        ui,
        s,
        &egui::TextStyle::Body,
        Some(ui.visuals().weak_text_color()),
    )
}

/// `s` (a file name, a path) as a bidi isolate of its own direction, for
/// composing into a message: in an Arabic line "000_b04.txt" stays
/// "000_b04.txt" rather than "b04.txt_000".
pub fn isolate(s: &str) -> String {
    format!("\u{2068}{s}\u{2069}")
}

/// A row of widgets in the interface's direction: `ui.horizontal` in
/// English, the same row right to left (mirrored) in Arabic.
pub fn row<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    row_with(ui, false, add)
}

/// [`row`] wrapped onto more lines when it does not fit
/// (`ui.horizontal_wrapped` in English).
pub fn row_wrapped<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    row_with(ui, true, add)
}

fn row_with<R>(ui: &mut egui::Ui, wrap: bool, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    if !rtl(ui) {
        return if wrap {
            ui.horizontal_wrapped(add).inner
        } else {
            ui.horizontal(add).inner
        };
    }
    // As `horizontal` does: one row's height to begin with, grown to fit.
    // Always wrapped: a right-to-left row that overflows grows to the left,
    // under the panel beside it, and drags what follows with it.
    let size = egui::vec2(
        ui.available_size_before_wrap().x,
        ui.spacing().interact_size.y,
    );
    let layout = egui::Layout::right_to_left(egui::Align::Center).with_main_wrap(true);
    ui.allocate_ui_with_layout(size, layout, add).inner
}

/// A menu's items ([`column`]), no wider than a menu needs: a right-aligned
/// column takes all the width it is given, so the menu's first pass, which
/// measures it (egui's sizing pass), lays its items out from the left, at
/// their own widths, at most [`MENU_WIDTH`]; the passes after it right-align
/// them in the width it measured. (An Arabic menu [`MENU_WIDTH`] wide
/// covered what lay beside it and left no room beside it for its submenus.)
pub fn menu_column<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    if !rtl(ui) {
        return add(ui);
    }
    let id = ui.scope_id().with("jawla-menu-width");
    if ui.is_sizing_pass() {
        ui.set_max_width(MENU_WIDTH);
        let inner = add(ui);
        let measured = ui.min_rect().width();
        ui.ctx().data_mut(|d| d.insert_temp(id, measured));
        return inner;
    }
    let measured: Option<f32> = ui.ctx().data(|d| d.get_temp(id));
    // The measured width and the play a text broken into lines keeps
    // ([`wrap_width`]): each item's text breaks as it did when measured.
    let play = 2.0 * ui.spacing().button_padding.x + WRAP_PLAY;
    ui.set_max_width(measured.map_or(MENU_WIDTH, |w| (w + play).min(MENU_WIDTH)));
    column(ui, add)
}

/// The width of an Arabic menu.
const MENU_WIDTH: f32 = 300.0;

/// A column of widgets (a panel's content): as it is in English,
/// right-aligned in Arabic.
pub fn column<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    if rtl(ui) {
        ui.with_layout(egui::Layout::top_down(egui::Align::Max), add)
            .inner
    } else {
        add(ui)
    }
}

/// `ui.checkbox` in the interface's direction: in Arabic the box is on the
/// right of its label (egui always draws it on the left).
pub fn checkbox(
    ui: &mut egui::Ui,
    checked: &mut bool,
    text: impl Into<egui::WidgetText>,
) -> egui::Response {
    if !rtl(ui) {
        return ui.checkbox(checked, text.into());
    }
    let mut response = mirrored_toggle(ui, egui::accesskit::Role::CheckBox, *checked, text.into());
    if response.clicked() {
        *checked = !*checked;
        response.mark_changed();
    }
    response
}

/// `ui.radio` in the interface's direction: in Arabic the circle is on the
/// right of its label.
pub fn radio(
    ui: &mut egui::Ui,
    selected: bool,
    text: impl Into<egui::WidgetText>,
) -> egui::Response {
    if !rtl(ui) {
        return ui.radio(selected, text.into());
    }
    mirrored_toggle(
        ui,
        egui::accesskit::Role::RadioButton,
        selected,
        text.into(),
    )
}

/// A checkbox or radio button with its icon on the right of its label,
/// painted as egui paints them.
fn mirrored_toggle(
    ui: &mut egui::Ui,
    role: egui::accesskit::Role,
    selected: bool,
    text: egui::WidgetText,
) -> egui::Response {
    let spacing = ui.spacing();
    let (icon_width, icon_spacing) = (spacing.icon_width, spacing.icon_spacing);
    let min_height = spacing.interact_size.y;
    let label = text.text().trim_start_matches('\u{200F}').to_owned();
    let wrap_width = ui.available_width() - icon_width - icon_spacing;
    let galley = text.into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        wrap_width,
        egui::TextStyle::Button,
    );
    let size = egui::vec2(
        galley.size().x + icon_spacing + icon_width,
        galley.size().y.max(min_height).max(icon_width),
    );
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::click());
    response.widget_info(|| egui::WidgetInfo::selected(role, ui.is_enabled(), selected, &label));
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let visuals = *ui.style().interact(&response);
    let icon = egui::Rect::from_min_size(
        egui::pos2(rect.right() - icon_width, rect.top()),
        egui::vec2(icon_width, rect.height()),
    );
    let (small, big) = ui.spacing().icon_rectangles(icon);
    let painter = ui.painter();
    if role == egui::accesskit::Role::RadioButton {
        painter.add(egui::epaint::CircleShape {
            center: big.center(),
            radius: big.width() * 0.5 + visuals.expansion,
            fill: visuals.bg_fill,
            stroke: visuals.bg_stroke,
        });
        if selected {
            painter.circle_filled(small.center(), small.width() / 3.0, visuals.fg_stroke.color);
        }
    } else {
        painter.rect(
            big.expand(visuals.expansion),
            visuals.corner_radius,
            visuals.bg_fill,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        );
        if selected {
            let points = vec![
                egui::pos2(small.left(), small.center().y),
                egui::pos2(small.center().x, small.bottom()),
                egui::pos2(small.right(), small.top()),
            ];
            painter.add(egui::Shape::line(points, visuals.fg_stroke));
        }
    }
    let text_pos = egui::pos2(
        big.left() - icon_spacing - galley.size().x,
        rect.center().y - galley.size().y / 2.0,
    );
    painter.galley(text_pos, galley, visuals.text_color());
    response
}

/// A submenu (`ui.menu_button` inside a menu) in the interface's direction:
/// in Arabic its arrow is on the left and points left. It opens beside its
/// menu, on the right in English and on the left in Arabic, on the other
/// side when the window has no room, and where it covers the least of its
/// menu, never its own button, when neither side has room
/// ([`submenu_rect`]).
pub fn submenu<R>(
    ui: &mut egui::Ui,
    text: impl Into<egui::WidgetText>,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<Option<R>> {
    use egui::containers::menu::{MenuConfig, MenuState, SubMenu, SubMenuButton};
    let rtl = rtl(ui);
    // As `SubMenuButton::ui` draws its button: in the open style while its
    // submenu is open.
    let popup = SubMenu::id_from_widget_id(ui.next_auto_id());
    let open = MenuState::from_ui(ui, |state, _| state.open_item == Some(popup));
    let inactive = ui.style().visuals.widgets.inactive;
    if open {
        ui.style_mut().visuals.widgets.inactive = ui.style().visuals.widgets.open;
    }
    let button = if rtl {
        egui::Button::new(text.into()).left_text(left_arrow())
    } else {
        egui::Button::new(text.into()).right_text(SubMenuButton::arrow_atom(None))
    };
    let response = ui.add(button);
    ui.style_mut().visuals.widgets.inactive = inactive;
    let popup = SubMenu::id_from_widget_id(response.id);
    let size = egui::AreaState::load(ui.ctx(), popup).and_then(|s| s.size);
    let frame = egui::Frame::menu(ui.style()).total_margin();
    let submenu_gap = MenuConfig::find(ui).submenu_gap;
    // The menu's frame (the response of the menu's root ui).
    let root = egui::containers::menu::find_menu_root(ui).unique_id;
    let menu = ui.ctx().read_response(root).map(|r| r.rect);
    let mut anchored = response.clone();
    if let Some(menu) = menu {
        // The row counts as the button (egui keeps a submenu open while its
        // button is hovered): the pointer crosses the menu from the button,
        // which an Arabic menu right-aligns, to the submenu on the left. (An
        // English menu's buttons are as wide as the menu.)
        let content = menu - frame;
        anchored.rect =
            egui::Rect::from_x_y_ranges(content.x_range(), response.interact_rect.y_range());
    }
    if let (Some(menu), Some(size)) = (menu, size) {
        // egui puts a submenu `RectAlign::RIGHT_START` of the rect it is
        // given, grown by half the frame's margin above and below (its first
        // item level with the button), half the frames' margins and the gap
        // to its right (egui 0.37, `containers/menu.rs`, `SubMenu::show`),
        // and tries other places only when that is not inside the window:
        // the rect given is the one that puts it where `submenu_rect` says.
        let lift = frame.sum().y * 0.5;
        let egui_gap = frame.sum().x * 0.5 + submenu_gap;
        let place = SubmenuPlace {
            menu,
            button: response.interact_rect.y_range(),
            lift,
            gap: submenu_gap,
            screen: ui.ctx().content_rect(),
            left_first: rtl,
        };
        let target = submenu_rect(&place, size);
        let height = response.interact_rect.height();
        anchored.interact_rect = egui::Rect::from_min_max(
            egui::pos2(target.left() - egui_gap - 1.0, target.top() + lift),
            egui::pos2(target.left() - egui_gap, target.top() + lift + height),
        );
    }
    let inner = SubMenu::new().show(ui, &anchored, add);
    egui::InnerResponse::new(inner.map(|i| i.inner), response)
}

/// In Arabic, where submenus open on the left, the arrow keys that enter
/// and leave a submenu are mirrored: Left enters one, Right goes back.
/// egui reads them as the frame's focus direction, that of the last arrow
/// (or Tab, or Escape) key pressed (`Focus::begin_pass`): Right enters the
/// submenu of the focused button (`SubMenu::show`), Left in a submenu moves
/// the focus back to its button (`MenuState::handle_keyboard`; egui 0.37,
/// `containers/menu.rs`). Called before the menus are drawn, when the focus
/// is in a popup (a menu); it turns that direction around.
pub fn mirror_menu_arrows(ctx: &egui::Context) {
    use egui::{FocusDirection, Key};
    if !lang(ctx).is_rtl() {
        return;
    }
    let in_popup = ctx
        .memory(|m| m.focused())
        .and_then(|id| ctx.read_response(id))
        .is_some_and(|r| r.layer_id.order == egui::Order::Foreground);
    if !in_popup {
        return;
    }
    let last = ctx.input(|i| i.events.iter().rev().find_map(focus_key));
    let mirrored = match last {
        Some(Key::ArrowLeft) => FocusDirection::Right,
        Some(Key::ArrowRight) => FocusDirection::Left,
        _ => return,
    };
    ctx.memory_mut(|m| m.move_focus(mirrored));
}

/// The key of `event` if egui moves the focus for it (`Focus::begin_pass`:
/// an arrow or Escape without modifiers, Tab or Shift+Tab).
fn focus_key(event: &egui::Event) -> Option<egui::Key> {
    use egui::Key;
    let egui::Event::Key {
        key,
        pressed: true,
        modifiers,
        ..
    } = event
    else {
        return None;
    };
    match key {
        Key::ArrowUp | Key::ArrowDown | Key::ArrowLeft | Key::ArrowRight | Key::Escape
            if !modifiers.any() =>
        {
            Some(*key)
        }
        Key::Tab if !modifiers.any() || modifiers.shift_only() => Some(*key),
        _ => None,
    }
}

/// Where a submenu may open: beside its menu, level with its button.
#[derive(Clone, Copy, Debug)]
pub struct SubmenuPlace {
    /// The menu's frame.
    pub menu: egui::Rect,
    /// The submenu's button, top to bottom (its row runs across the menu).
    pub button: egui::Rangef,
    /// How far above its button the submenu's frame begins (its first item
    /// then level with the button).
    pub lift: f32,
    /// The gap between the menu's frame and the submenu's.
    pub gap: f32,
    /// The window.
    pub screen: egui::Rect,
    /// The submenu opens on the left by preference (Arabic).
    pub left_first: bool,
}

/// The rect of a submenu of `size` (its frame, measured when last shown)
/// opened from `place`: beside the menu on the side it prefers, level with
/// its button (moved up as far as the window's bottom asks); else beside
/// it on the other side; else, when neither side has room, against the
/// window's edge and the row of its button, above or below that row, where
/// it covers the least of the menu (never the button's row when it can
/// help it); else (a submenu larger than the window) the window's top
/// corner on its side.
pub fn submenu_rect(place: &SubmenuPlace, size: egui::Vec2) -> egui::Rect {
    let SubmenuPlace {
        menu,
        button,
        lift,
        gap,
        screen,
        left_first,
    } = *place;
    let at = |x: f32, y: f32| egui::Rect::from_min_size(egui::pos2(x, y), size);
    let level = (button.min - lift)
        .min(screen.bottom() - size.y)
        .max(screen.top());
    let (right, left) = (menu.right() + gap, menu.left() - gap - size.x);
    let (right_edge, left_edge) = (screen.right() - size.x, screen.left());
    let (beside, edges) = if left_first {
        ([left, right], [left_edge, right_edge])
    } else {
        ([right, left], [right_edge, left_edge])
    };
    let (below, above) = (button.max + gap, button.min - gap - size.y);
    let row = egui::Rect::from_x_y_ranges(menu.x_range(), button);
    let candidates = (beside.iter().map(|&x| at(x, level))).chain(
        edges
            .iter()
            .flat_map(|&x| [level, below, above].map(|y| at(x, y))),
    );
    // Half a point of play: the sizes are fractions of points.
    let inside = screen.expand(0.5);
    let cost = |r: &egui::Rect| (overlap(*r, row) > 0.0, overlap(*r, menu));
    candidates
        .filter(|r| inside.contains_rect(*r))
        .min_by(|a, b| {
            let (a, b) = (cost(a), cost(b));
            a.0.cmp(&b.0).then(a.1.total_cmp(&b.1))
        })
        .unwrap_or_else(|| {
            let x = beside[0].min(right_edge).max(screen.left());
            at(x, screen.top())
        })
}

/// The area `a` and `b` share (0 when they do not meet).
fn overlap(a: egui::Rect, b: egui::Rect) -> f32 {
    let shared = a.intersect(b);
    shared.width().max(0.0) * shared.height().max(0.0)
}

/// egui's submenu arrow ([`egui::containers::menu::SubMenuButton::arrow_shape`])
/// turned to point left.
fn left_arrow() -> egui::Atom<'static> {
    egui::AtomKind::closure(|ui, _args| {
        let size = egui::Vec2::splat(ui.spacing().icon_width);
        egui::IntoSizedResult {
            intrinsic_size: size,
            sized: egui::SizedAtomKind::Paint {
                paint: std::sync::Arc::new(|ui: &egui::Ui, args: egui::AtomPaintArgs| {
                    let rect = egui::Rect::from_center_size(
                        args.rect.center(),
                        egui::vec2(args.rect.width() * 0.55, args.rect.height() * 0.35),
                    );
                    let quarter = std::f32::consts::TAU / 4.0;
                    let arrow =
                        egui::Shape::rotated_triangle(rect, quarter, args.fallback_text_color);
                    ui.painter().add(arrow);
                }),
                size,
            },
        }
    })
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Rect, pos2, vec2};

    /// A menu 200 wide from `left`, 300 tall, its submenu's button at
    /// 100–120, in a window 1000 × 700 (600 × 400 when `small`).
    fn place(left: f32, small: bool, left_first: bool) -> SubmenuPlace {
        let screen = if small {
            vec2(600.0, 400.0)
        } else {
            vec2(1000.0, 700.0)
        };
        SubmenuPlace {
            menu: Rect::from_min_size(pos2(left, 20.0), vec2(200.0, 300.0)),
            button: egui::Rangef::new(100.0, 120.0),
            lift: 6.0,
            gap: 2.0,
            screen: Rect::from_min_size(pos2(0.0, 0.0), screen),
            left_first,
        }
    }

    /// A submenu opens beside its menu, level with its button, on the side
    /// its language prefers when there is room, else on the other.
    #[test]
    fn a_submenu_opens_beside_its_menu_on_its_side_first() {
        let size = vec2(150.0, 80.0);
        let at = |x: f32| Rect::from_min_size(pos2(x, 94.0), size);
        // English: on the right; Arabic: on the left.
        assert_eq!(submenu_rect(&place(400.0, false, false), size), at(602.0));
        assert_eq!(submenu_rect(&place(400.0, false, true), size), at(248.0));
        // No room on the preferred side: the other.
        assert_eq!(submenu_rect(&place(700.0, false, false), size), at(548.0));
        assert_eq!(submenu_rect(&place(100.0, false, true), size), at(302.0));
        // Exactly room for it and the gap on the left.
        assert_eq!(submenu_rect(&place(152.0, false, true), size), at(0.0));
        // Near the window's bottom: moved up, still beside.
        let mut low = place(400.0, false, false);
        low.button = egui::Rangef::new(660.0, 680.0);
        let r = submenu_rect(&low, size);
        assert_eq!(r, Rect::from_min_size(pos2(602.0, 620.0), size));
    }

    /// With no room on either side, a submenu goes against the window's edge
    /// that leaves the less of the menu covered, below (or above) its
    /// button's row, which it never covers when it can help it.
    #[test]
    fn with_no_room_beside_it_a_submenu_covers_the_least_of_its_menu() {
        // A menu at 100–300 in a window 600 wide: 98 free on the left, 298
        // on the right; a submenu 350 wide covers 52 of it at the right
        // edge, 250 at the left.
        // Its button high in the menu, no room above the row: below it.
        let wide = vec2(350.0, 80.0);
        for left_first in [false, true] {
            let mut high = place(100.0, true, left_first);
            high.button = egui::Rangef::new(60.0, 80.0);
            let r = submenu_rect(&high, wide);
            assert_eq!(r, Rect::from_min_size(pos2(250.0, 82.0), wide));
        }
        // Its button low in the menu, no room below the row: above it.
        let mut low = place(100.0, true, false);
        low.button = egui::Rangef::new(300.0, 320.0);
        let size = vec2(350.0, 200.0);
        let r = submenu_rect(&low, size);
        assert_eq!(r, Rect::from_min_size(pos2(250.0, 98.0), size));
        // Room neither above nor below: level with its button, as little of
        // the menu covered as can be.
        let tall = vec2(350.0, 300.0);
        let r = submenu_rect(&place(100.0, true, true), tall);
        assert_eq!(r, Rect::from_min_size(pos2(250.0, 94.0), tall));
        // Larger than the window: its top corner.
        let huge = vec2(700.0, 500.0);
        let r = submenu_rect(&place(100.0, true, false), huge);
        assert_eq!(r.min, pos2(0.0, 0.0));
    }
}
