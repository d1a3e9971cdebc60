//! The viewer in an egui_kittest harness: seed 001 rendered (snapshots in
//! light and dark theme), find, zoom, selection and copy, scroll_to; and the
//! facts about egui's shaper that the piece split relies on.

use eframe::egui::{self, Color32, Event, Key, Modifiers, Pos2, Theme, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use jawla::ui::viewer::{
    ACCESS_LABEL, ARTICLE_FAMILY, DocView, FIND_LABEL, Highlight, Highlights, Viewer, ViewerOutput,
    ViewerSettings,
};

struct State {
    viewer: Viewer,
    settings: ViewerSettings,
    text: String,
    highlights: Vec<Highlight>,
    out: ViewerOutput,
}

fn seed_001() -> String {
    jawla::seeds::documents()
        .into_iter()
        .find(|d| d.path.ends_with("001_ed1f9f8fd6235f00.txt"))
        .expect("seed 001 is embedded")
        .text
}

fn harness(text: String, theme: Theme) -> Harness<'static, State> {
    let state = State {
        viewer: Viewer::default(),
        settings: ViewerSettings::default(),
        text,
        highlights: Vec::new(),
        out: ViewerOutput::default(),
    };
    let mut h = Harness::builder()
        .with_size(Vec2::new(800.0, 600.0))
        .with_theme(theme)
        .with_context_setup(|ctx| jawla::app::fonts::install(ctx, None))
        .with_max_steps(64)
        .wgpu()
        .build_ui_state(
            |ui, s: &mut State| {
                let doc = DocView {
                    id: 1,
                    text: &s.text,
                    highlights: &Highlights::new(s.highlights.clone()),
                    paragraphs: None,
                };
                s.out = s.viewer.show(ui, doc, &mut s.settings);
            },
            state,
        );
    h.run();
    h
}

/// Char range of the `nth` occurrence of `needle` in `text`.
fn chars_of(text: &str, needle: &str, nth: usize) -> std::ops::Range<usize> {
    let (b, _) = text.match_indices(needle).nth(nth).expect("needle in text");
    let start = text[..b].chars().count();
    start..start + needle.chars().count()
}

fn centre() -> Pos2 {
    Pos2::new(400.0, 300.0)
}

#[test]
fn snapshot_of_seed_001_light() {
    let mut h = harness(seed_001(), Theme::Light);
    h.get_by_label(ACCESS_LABEL);
    h.snapshot("viewer_seed001_light");
}

#[test]
fn snapshot_of_seed_001_dark() {
    let mut h = harness(seed_001(), Theme::Dark);
    h.snapshot("viewer_seed001_dark");
}

#[test]
fn snapshot_of_brackets_latin_highlight_and_controls() {
    let text = "بدءًا من يوم غد (الخميس) بالقاهرة، قالت وكالة Reuters إن حركة (Hamas) وافقت.\n\
                The talks (in Cairo) named مصر first, on 7 May 2024.\n\
                في عام ١٩٧٩ وقّعت مصر معاهدة السلام: \u{202B}RLE text\u{202C} و\u{200F}علامة RLM.";
    let mut h = harness(text.to_owned(), Theme::Light);
    h.state_mut().settings.show_controls = true;
    // Highlight "(الخميس)" and "Reuters" as the timeline would.
    h.state_mut().highlights = vec![
        Highlight {
            range: chars_of(text, "(الخميس)", 0),
            color: Color32::from_rgb(0xb8, 0xe0, 0xff),
        },
        Highlight {
            range: chars_of(text, "Reuters", 0),
            color: Color32::from_rgb(0xc8, 0xf0, 0xc0),
        },
    ];
    h.state_mut().viewer.set_find_query("مصر");
    h.run();
    assert_eq!(
        h.state().viewer.find_matches(),
        &[chars_of(text, "مصر", 0), chars_of(text, "مصر", 1)]
    );
    h.snapshot("viewer_marks_light");
}

#[test]
fn find_matches_hamza_forms_and_jumps_with_enter() {
    let mut h = harness(seed_001(), Theme::Light);
    h.hover_at(centre());
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.get_by_label(FIND_LABEL).type_text("اسرائيل");
    h.run();
    let matches = h.state().viewer.find_matches().to_vec();
    // إسرائيل (with hamza) appears 11 times in seed 001; the bare-alef query finds them all.
    assert_eq!(matches.len(), 11);
    assert_eq!(matches[0], 178..185);
    assert_eq!(matches[10], 2498..2505);
    assert_eq!(h.state().viewer.current_match(), Some(0));
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(h.state().viewer.current_match(), Some(1));
    h.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
    h.run();
    h.key_press_modifiers(Modifiers::SHIFT, Key::Enter);
    h.run();
    assert_eq!(
        h.state().viewer.current_match(),
        Some(10),
        "Shift+Enter wraps to the last match"
    );
    let visible = h.state().viewer.visible_chars();
    assert!(
        visible.start <= 2498 && 2505 <= visible.end,
        "last match scrolled into view: {visible:?}"
    );
}

#[test]
fn find_in_a_long_document_runs_over_frames_and_finds_what_a_whole_search_finds() {
    // 10,000 short paragraphs and a 40 KB line (cut into paragraphs for
    // layout at spaces): the search goes on a few milliseconds per frame,
    // and matches across a cut are found as in one piece.
    let mut text = "زار وزير الخارجية القاهرة.\n".repeat(10_000);
    text.push_str(&"وزير الخارجية ".repeat(3_000));
    let expected = jawla::bidi_layout::fold::find_all(&text, "وزير الخارجيه");
    assert_eq!(expected.len(), 13_000);
    let mut h = harness(text, Theme::Light);
    h.hover_at(centre());
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.get_by_label(FIND_LABEL).type_text("وزير الخارجيه");
    h.run();
    assert_eq!(h.state().viewer.find_matches(), expected.as_slice());
    assert_eq!(h.state().viewer.current_match(), Some(0));
    h.get_by_label("1 / 13000");
}

#[test]
fn zoom_keys_change_the_font_size() {
    let mut h = harness(seed_001(), Theme::Light);
    h.hover_at(centre());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    assert_eq!(h.state().settings.font_size, 22.0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    h.run();
    assert_eq!(h.state().settings.font_size, 18.0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run();
    assert_eq!(h.state().settings.font_size, 20.0);
    // The viewer consumed the keys: egui's own GUI zoom did not change.
    assert_eq!(h.ctx.zoom_factor(), 1.0);
}

/// Presses at `from`, drags to `to`, releases.
fn drag(h: &mut Harness<'static, State>, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.run();
    h.event(Event::PointerButton {
        pos: from,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.run();
    h.hover_at(Pos2::new((from.x + to.x) / 2.0, from.y));
    h.run();
    h.hover_at(to);
    h.run();
    h.event(Event::PointerButton {
        pos: to,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run();
}

#[test]
fn drag_selects_whole_words_and_copy_gives_logical_text() {
    let text = seed_001();
    let mut h = harness(text.clone(), Theme::Light);
    // First line, right-aligned: the article starts at the right edge.
    // Drag from inside the first word leftwards into the third word.
    drag(&mut h, Pos2::new(770.0, 20.0), Pos2::new(640.0, 20.0));
    let sel = h.state().out.selection.clone().expect("a selection");
    let chars: Vec<char> = text.chars().collect();
    let selected: String = chars[sel.clone()].iter().collect();
    assert_eq!(sel.start, 0, "starts at the first word: {selected:?}");
    assert!(selected.starts_with("التقى وزير"), "{selected:?}");
    assert!(
        !chars[sel.end - 1].is_whitespace() && chars[sel.end].is_whitespace(),
        "ends on a whole word: {selected:?}"
    );
    h.event(Event::Copy);
    h.step();
    let copied: Vec<String> = h
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(copied, vec![selected]);
}

#[test]
fn click_without_drag_reports_the_char() {
    let mut h = harness(seed_001(), Theme::Light);
    h.hover_at(Pos2::new(775.0, 20.0));
    h.run();
    h.event(Event::PointerButton {
        pos: Pos2::new(775.0, 20.0),
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.event(Event::PointerButton {
        pos: Pos2::new(775.0, 20.0),
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.step();
    let clicked = h.state().out.clicked;
    assert!(
        matches!(clicked, Some(0..=1)),
        "the first letters of the first word: {clicked:?}"
    );
    assert_eq!(h.state().out.selection, None);
}

#[test]
fn scroll_to_brings_a_far_range_into_view() {
    let para = "فقرة تجريبية عن زيارة وزير الخارجية إلى القاهرة ولقائه بالرئيس.\n";
    let text = para.repeat(400) + "الفقرة الأخيرة هنا.";
    let target_start = text.chars().count() - 19;
    let mut h = harness(text, Theme::Light);
    assert_eq!(h.state().viewer.visible_chars().start, 0);
    h.state_mut()
        .viewer
        .scroll_to(target_start..target_start + 6);
    h.run();
    let visible = h.state().viewer.visible_chars();
    assert!(
        visible.start <= target_start && target_start + 6 <= visible.end,
        "{visible:?}"
    );
}

#[test]
fn a_huge_paragraph_without_line_breaks_is_laid_out_a_part_at_a_time() {
    // 300 KB in one paragraph: only the part on screen is laid out.
    let text = "كلمة عربية طويلة بلا فواصل أسطر ".repeat(5_000);
    let mut h = harness(text, Theme::Light);
    let visible = h.state().viewer.visible_chars();
    assert_eq!(visible.start, 0);
    assert!(0 < visible.end && visible.end <= 16 * 1024, "{visible:?}");
    h.get_by_label(ACCESS_LABEL);
    h.step();
}

#[test]
fn jumping_through_a_long_article_keeps_the_layout_cache_bounded() {
    // 6,000 paragraphs; a jump lays out a few screens around its target.
    let para = "فقرة رقم عن زيارة وزير الخارجية إلى القاهرة.\n";
    let text = para.repeat(6_000);
    let per_para = para.chars().count();
    let mut h = harness(text, Theme::Light);
    let mut most = 0;
    for jump in 0..60 {
        let at = (jump * 97 % 6_000) * per_para;
        h.state_mut().viewer.scroll_to(at..at + 4);
        h.run();
        let visible = h.state().viewer.visible_chars();
        assert!(
            visible.start <= at && at < visible.end,
            "{jump}: {visible:?}"
        );
        most = most.max(h.state().viewer.cached_layouts());
    }
    // 60 jumps × about 80 paragraphs each were laid out; at most the
    // cache's 2,048 plus the screens around the view are kept.
    assert!(most > 1_000, "the jumps laid out {most}");
    assert!(most <= 2_048 + 200, "{most} layouts kept");
}

/// What egui 0.37 (harfrust) does with a run handed over in logical order:
/// an Arabic run is shaped right-to-left and comes back in visual order
/// (so the viewer must not reverse it), but a galley mixing fonts is laid out
/// sub-run by sub-run from left to right and a lone bracket is not mirrored,
/// so the viewer gives brackets their own pieces and mirrors them itself.
#[test]
fn egui_shapes_arabic_runs_rtl_and_mirrors_only_inside_them() {
    let ctx = egui::Context::default();
    jawla::app::fonts::install(&ctx, None);
    let mut out = ctx.run_ui(egui::RawInput::default(), |_| {});
    out.textures_delta.clear();
    let font = egui::FontId::new(20.0, egui::FontFamily::Name(ARTICLE_FAMILY.into()));
    ctx.fonts_mut(|f| {
        let mut glyphs = |s: &str| {
            let g = f.layout_no_wrap(s.to_owned(), font.clone(), Color32::WHITE);
            g.rows[0]
                .row
                .glyphs
                .iter()
                .filter(|g| g.advance_width > 0.0)
                .map(|g| (g.chr, g.pos.x, g.uv_rect))
                .collect::<Vec<_>>()
        };
        // "مصر": the first glyph on the left is the last letter (ر), the first letter (م) is rightmost.
        let word = glyphs("مصر");
        assert_eq!(word.iter().map(|g| g.0).collect::<String>(), "رصم");
        assert!(word[0].1 < word[2].1);
        // A lone "(" keeps its glyph; ")" has another one.
        let open = glyphs("(")[0].2;
        let close = glyphs(")")[0].2;
        assert_ne!(open, close);
        // "(مصر)" in one galley: egui splits it where the font changes (the brackets
        // come from a fallback font) and lays the sub-runs out left to right, so the
        // brackets stay at the logical ends, unmirrored: read right to left it shows
        // ")مصر(". Hence the viewer's pieces: brackets in RTL runs are their own
        // pieces, mirrored by the viewer and placed right to left.
        let run = glyphs("(مصر)");
        assert_eq!(run.iter().map(|g| g.0).collect::<String>(), "(رصم)");
        assert_eq!(run.first().map(|g| g.2), Some(open));
        assert_eq!(run.last().map(|g| g.2), Some(close));
    });
}
