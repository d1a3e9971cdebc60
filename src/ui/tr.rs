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
/// column otherwise takes all the width the screen leaves it.
pub fn menu_column<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    if rtl(ui) {
        ui.set_max_width(MENU_WIDTH);
    }
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
/// in Arabic its arrow is on the left and points left, and it opens on the
/// left of its menu, or on the right when the window has no room on the left
/// (see [`left_submenu_anchor`]).
pub fn submenu<R>(
    ui: &mut egui::Ui,
    text: impl Into<egui::WidgetText>,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<Option<R>> {
    use egui::containers::menu::{MenuConfig, MenuState, SubMenu};
    if !rtl(ui) {
        return ui.menu_button(text.into(), add);
    }
    // As `SubMenuButton::ui` draws its button: in the open style while its
    // submenu is open.
    let popup = SubMenu::id_from_widget_id(ui.next_auto_id());
    let open = MenuState::from_ui(ui, |state, _| state.open_item == Some(popup));
    let inactive = ui.style().visuals.widgets.inactive;
    if open {
        ui.style_mut().visuals.widgets.inactive = ui.style().visuals.widgets.open;
    }
    let response = ui.add(egui::Button::new(text.into()).left_text(left_arrow()));
    ui.style_mut().visuals.widgets.inactive = inactive;
    // egui places a submenu on the right of the rect it is given (beside
    // the button's): the rect given is one whose right is the menu's left.
    let popup = SubMenu::id_from_widget_id(response.id);
    let size = egui::AreaState::load(ui.ctx(), popup).and_then(|s| s.size);
    let margin = egui::Frame::menu(ui.style()).total_margin();
    let gap = margin.sum().x * 0.5 + MenuConfig::find(ui).submenu_gap;
    // The menu's content, as `SubMenu::show` measures it: an Arabic menu's
    // items are right-aligned, not as wide as the menu.
    let root = egui::containers::menu::find_menu_root(ui).unique_id;
    let menu = ui.ctx().read_response(root).map(|r| r.rect - margin);
    let beside = menu.map_or(response.interact_rect, |m| {
        egui::Rect::from_x_y_ranges(m.x_range(), response.interact_rect.y_range())
    });
    let mut anchored = response.clone();
    // The row counts as the button (egui keeps a submenu open while its
    // button is hovered): the pointer crosses the menu from the button,
    // which an Arabic menu right-aligns, to the submenu on the left. (An
    // English menu's buttons are as wide as the menu.)
    anchored.rect = beside;
    if let Some(rect) = left_submenu_anchor(beside, size, gap, ui.ctx().content_rect()) {
        anchored.interact_rect = rect;
    }
    let inner = SubMenu::new().show(ui, &anchored, add);
    egui::InnerResponse::new(inner.map(|i| i.inner), response)
}

/// The rect to give egui's submenu so that it opens on the left of
/// `beside` (the rect of its menu's content at the height of its button), a
/// submenu of `size` (measured when last shown) `gap` from it, inside
/// `screen`; `None` (egui's right, and egui's other places when that has no
/// room either) when the size is not known yet or the left has no room.
/// egui has no setting for the side: `SubMenu::show` aligns its popup
/// `RectAlign::RIGHT_START` of the rect it is given, `gap` from it, and
/// tries other places only when that does not fit (egui 0.37,
/// `containers/menu.rs`, line 711).
pub fn left_submenu_anchor(
    beside: egui::Rect,
    size: Option<egui::Vec2>,
    gap: f32,
    screen: egui::Rect,
) -> Option<egui::Rect> {
    let size = size?;
    let left = beside.left() - gap - size.x;
    if left < screen.left() {
        return None;
    }
    // The submenu's left edge is the given rect's right edge plus `gap`.
    Some(beside.translate(egui::vec2(left - gap - beside.right(), 0.0)))
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

    /// Where egui, which puts a submenu `gap` right of the rect it is given
    /// (`RectAlign::RIGHT_START`), puts it for that rect.
    fn placed(given: Rect, size: egui::Vec2, gap: f32) -> Rect {
        egui::emath::RectAlign::RIGHT_START.align_rect(&given, size, gap)
    }

    /// A submenu opens `gap` left of its button, its top at the button's;
    /// on the right (the button's own rect) when the left has no room or its
    /// size is not known yet.
    #[test]
    fn a_submenu_is_anchored_to_open_on_the_left() {
        let screen = Rect::from_min_size(pos2(0.0, 0.0), vec2(1000.0, 700.0));
        let button = Rect::from_min_max(pos2(400.0, 100.0), pos2(600.0, 120.0));
        let size = vec2(150.0, 80.0);
        let given = left_submenu_anchor(button, Some(size), 8.0, screen).expect("room");
        assert_eq!(
            placed(given, size, 8.0),
            Rect::from_min_max(pos2(242.0, 100.0), pos2(392.0, 180.0))
        );
        // Room for exactly its width and the gap; then one point too little.
        let just = vec2(392.0, 80.0);
        let given = left_submenu_anchor(button, Some(just), 8.0, screen).expect("room");
        assert_eq!(
            placed(given, just, 8.0),
            Rect::from_min_max(pos2(0.0, 100.0), pos2(392.0, 180.0))
        );
        let wide = vec2(393.0, 80.0);
        assert_eq!(left_submenu_anchor(button, Some(wide), 8.0, screen), None);
        assert_eq!(left_submenu_anchor(button, None, 8.0, screen), None);
    }
}
