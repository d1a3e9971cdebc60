//! The viewer's line layout on real sentences from the seeds: visual order
//! of pieces in mixed lines, line breaks at a width, mirrored brackets.
//! Widths come from a deterministic fake measurer (one unit per char).

use jawla::bidi_layout::{BaseDirection, LineLayout, PieceKind, layout_paragraph};

const AUTO: BaseDirection = BaseDirection::Auto { fallback_rtl: true };

/// One unit per char: the layout logic, free of any font.
fn per_char(s: &str) -> f32 {
    s.chars().count() as f32
}

/// Texts of the pieces, left to right on screen.
fn shown(line: &LineLayout) -> Vec<&str> {
    line.pieces.iter().map(|p| p.text.as_str()).collect()
}

/// The sentence of seed 001 with the treaty year.
const SEED_001: &str = "ومصر، أول دولة عربية تعترف بإسرائيل وتوقع معاهدة سلام معها في عام 1979، شاركت مع الولايات المتحدة وقطر في جهود الوساطة بين حماس وإسرائيل التي تعثرت مرارا وتكرارا";

#[test]
fn year_stays_1979_in_its_place_in_an_arabic_line() {
    let text = "معاهدة سلام معها في عام 1979، شاركت مع الولايات المتحدة";
    let l = layout_paragraph(text, AUTO, 1000.0, &mut per_char);
    assert!(l.rtl);
    assert_eq!(l.lines.len(), 1);
    let line = &l.lines[0];
    assert_eq!(
        shown(line),
        vec![
            "شاركت مع الولايات المتحدة",
            " ",
            "،",
            "1979",
            " ",
            "معاهدة سلام معها في عام"
        ]
    );
    let rtl: Vec<bool> = line.pieces.iter().map(|p| p.rtl).collect();
    assert_eq!(rtl, vec![true, true, true, false, true, true]);
    let xs: Vec<f32> = line.pieces.iter().map(|p| p.x).collect();
    assert_eq!(xs, vec![0.0, 25.0, 26.0, 27.0, 31.0, 32.0]);
    assert_eq!(line.width, 55.0);
    // Each Arabic chunk is one piece (one galley): words are never split.
    assert_eq!(line.pieces[0].kind, PieceKind::Text);
    assert_eq!(line.pieces[1].kind, PieceKind::Space);
}

#[test]
fn seed_001_sentence_breaks_at_spaces_to_the_width() {
    let l = layout_paragraph(SEED_001, AUTO, 40.0, &mut per_char);
    let lines: Vec<&str> = l
        .lines
        .iter()
        .map(|line| &SEED_001[line.range.clone()])
        .collect();
    assert_eq!(
        lines,
        vec![
            "ومصر، أول دولة عربية تعترف بإسرائيل ",
            "وتوقع معاهدة سلام معها في عام 1979، ",
            "شاركت مع الولايات المتحدة وقطر في جهود ",
            "الوساطة بين حماس وإسرائيل التي تعثرت ",
            "مرارا وتكرارا",
        ]
    );
    for line in &l.lines {
        assert!(line.width <= 40.0, "{} wider than 40", line.width);
        // Trailing spaces hang: they are not pieces.
        assert_ne!(line.pieces.first().map(|p| p.kind), Some(PieceKind::Space));
    }
    // Second line, visual left to right: the comma after the year, the year, the words.
    assert_eq!(
        shown(&l.lines[1]),
        vec!["،", "1979", " ", "وتوقع معاهدة سلام معها في عام"]
    );
}

#[test]
fn brackets_are_mirrored_in_rtl_runs() {
    // Seed 000: "... بدءًا من يوم غد (الخميس) بالقاهرة".
    let text = "بدءًا من يوم غد (الخميس) بالقاهرة";
    let l = layout_paragraph(text, AUTO, 1000.0, &mut per_char);
    let line = &l.lines[0];
    // Logical "(" is on the right of the word and shows as ")"; logical ")" on its left shows as "(".
    assert_eq!(
        shown(line),
        vec!["بالقاهرة", " ", "(", "الخميس", ")", " ", "بدءًا من يوم غد"]
    );
    assert_eq!(&text[line.pieces[2].range.clone()], ")");
    assert_eq!(&text[line.pieces[4].range.clone()], "(");
}

#[test]
fn quotation_marks_keep_their_glyphs_and_enclose_the_quote() {
    // Seed 001: ناقش السيسي وبلينكن “الجهود المشتركة ...”.
    let text = "ناقش السيسي وبلينكن “الجهود المشتركة”";
    let l = layout_paragraph(text, AUTO, 1000.0, &mut per_char);
    // U+201C/U+201D are not Bidi_Mirrored: the opening “ sits at the right end of the quote.
    assert_eq!(
        shown(&l.lines[0]),
        vec!["”", "الجهود المشتركة", "“", " ", "ناقش السيسي وبلينكن"]
    );
}

#[test]
fn latin_word_inside_arabic_reads_left_to_right_in_place() {
    let text = "قالت وكالة Reuters للأنباء إن الوزير وصل";
    let l = layout_paragraph(text, AUTO, 1000.0, &mut per_char);
    assert_eq!(
        shown(&l.lines[0]),
        vec!["للأنباء إن الوزير وصل", " ", "Reuters", " ", "قالت وكالة"]
    );
    // Brackets around a Latin word in Arabic: the brackets are in the RTL run.
    let text = "حركة (Hamas) الفلسطينية";
    let l = layout_paragraph(text, AUTO, 1000.0, &mut per_char);
    assert_eq!(
        shown(&l.lines[0]),
        vec!["الفلسطينية", " ", "(", "Hamas", ")", " ", "حركة"]
    );
}

#[test]
fn english_paragraph_is_left_to_right_with_arabic_inside() {
    let text = "The talks (in Cairo) named مصر first.";
    let l = layout_paragraph(text, AUTO, 1000.0, &mut per_char);
    assert!(!l.rtl);
    assert_eq!(
        shown(&l.lines[0]),
        vec!["The talks (in Cairo) named ", "مصر", " first."]
    );
}

#[test]
fn bidi_controls_are_honoured_and_kept_as_control_pieces() {
    // RLE ... PDF makes the Latin phrase's neutral "!" part of an RTL embedding.
    let text = "abc \u{202B}def!\u{202C} ghi";
    let l = layout_paragraph(text, BaseDirection::Ltr, 1000.0, &mut per_char);
    let line = &l.lines[0];
    // The embedding reverses "def!" to "!def" (the "!" takes the embedding's RTL level).
    let text_pieces: Vec<&str> = line
        .pieces
        .iter()
        .filter(|p| p.kind != PieceKind::Control)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(text_pieces, vec!["abc ", "!", "def", " ghi"]);
    // The controls are zero-width-able pieces of their own, for visible marks.
    let controls: Vec<&str> = line
        .pieces
        .iter()
        .filter(|p| p.kind == PieceKind::Control)
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(controls, vec!["\u{202B}", "\u{202C}"]);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Characters that stress the layout: Arabic letters and marks, Latin,
    /// European and Arabic-Indic digits, brackets, quotes, spaces, bidi
    /// controls, joiners and paragraph-separator-like characters.
    const ALPHABET: &[char] = &[
        'م', 'ص', 'ر', 'ا', 'ل', 'ة', 'ى', 'ء', '\u{064E}', '\u{0651}', 'ـ', 'a', 'B', 'z', '1',
        '9', '٣', '٧', '(', ')', '[', '«', '»', '“', '”', ' ', ' ', ' ', '.', '،', ':', '-', '%',
        '\u{200E}', '\u{200F}', '\u{202B}', '\u{202C}', '\u{2067}', '\u{2069}', '\u{200D}',
        '\u{200C}', '\t', '\u{2029}', '\r', 'א',
    ];

    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(ALPHABET), 0..80)
            .prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #[test]
        fn pieces_cover_each_line_once_left_to_right(s in text(), width in 1.0f32..40.0) {
            let l = layout_paragraph(&s, AUTO, width, &mut per_char);
            // Lines tile the text in order.
            let mut next = 0;
            for line in &l.lines {
                prop_assert_eq!(line.range.start, next);
                next = line.range.end;
                // Pieces cover the line without its trailing whitespace, each byte once.
                let visible_end = line.range.start + s[line.range.clone()].trim_end().len();
                let mut covered: Vec<std::ops::Range<usize>> =
                    line.pieces.iter().map(|p| p.range.clone()).collect();
                covered.sort_by_key(|r| r.start);
                let mut at = line.range.start;
                for r in &covered {
                    prop_assert_eq!(r.start, at);
                    at = r.end;
                }
                prop_assert_eq!(at, visible_end.max(line.range.start));
                // Placed left to right without gaps.
                let mut x = 0.0;
                for p in &line.pieces {
                    prop_assert_eq!(p.x, x);
                    x += p.width;
                }
            }
            prop_assert_eq!(next, s.len());
        }
    }
}

/// Issue 13: a name with a zero-width space or a bidi override inside is
/// still found by the find bar and the file filter; the match covers the
/// hidden character, in chars of the text as it is.
#[test]
fn names_are_found_with_invisible_characters_ignored() {
    use jawla::bidi_layout::fold::{find_all, fold};
    assert_eq!(
        find_all("قال أنتوني بلين\u{200B}كن", "بلينكن"),
        vec![11..18]
    );
    assert_eq!(
        find_all("قال أنتوني بلين\u{202E}كن", "أنتوني بلينكن"),
        vec![4..18]
    );
    assert_eq!(fold("بلي\u{2066}نك\u{FEFF}ن"), fold("بلينكن"));
}

/// "Reveal hidden characters" also stops them acting: a date under a
/// right-to-left override reads 2024-03-15 (its controls laid out as marks of
/// their own, in logical order), not 51-30-4202 as the override makes it.
#[test]
fn inert_controls_reorder_nothing() {
    use jawla::bidi_layout::{Controls, layout_paragraph_with};
    let text = "Date: \u{202E}2024-03-15\u{202C} end";
    let visible = |controls| {
        let l = layout_paragraph_with(text, AUTO, 1000.0, &mut per_char, controls);
        l.lines[0]
            .pieces
            .iter()
            .filter(|p| p.kind != PieceKind::Control)
            .map(|p| p.text.as_str())
            .collect::<String>()
    };
    assert_eq!(visible(Controls::Act), "Date: 51-30-4202 end");
    assert_eq!(visible(Controls::Inert), "Date: 2024-03-15 end");
    // The marks stay where the controls are, in logical order.
    let l = layout_paragraph_with(text, AUTO, 1000.0, &mut per_char, Controls::Inert);
    let all: Vec<&str> = shown(&l.lines[0]);
    assert_eq!(
        all,
        ["Date: ", "\u{202E}", "2024-03-15", "\u{202C}", " end"]
    );
}
