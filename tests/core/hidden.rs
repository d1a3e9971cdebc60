//! Hidden characters (`jawla::hidden`): exact findings, exact escape bytes,
//! exact warning sentences for crafted "Trojan Source" style strings.

use jawla::hidden::{
    Finding, Kind, Severity, Summary, escape_all, escape_visible, scan, token, warning,
};

fn f(offset: usize, ch: char, kind: Kind, severity: Severity, unbalanced: bool) -> Finding {
    Finding {
        offset,
        ch,
        kind,
        severity,
        unbalanced,
    }
}

/// The classic CVE-2021-42574 comment
/// `/* RLO } LRI if (isAdmin) PDI LRI begin admins only */` retold as an
/// Arabic name: an RLO that is never closed, an isolate that is, and one
/// that is not.
const TROJAN: &str = "وزير \u{202E} }بلينكن{ \u{2066}إذا (مدير)\u{2069} \u{2066} للمديرين فقط */";

#[test]
fn trojan_source_pattern_is_found_exactly() {
    let report = scan(TROJAN);
    assert_eq!(
        report.findings,
        [
            f(
                5,
                '\u{202E}',
                Kind::BidiOverride,
                Severity::Suspicious,
                true
            ),
            f(
                16,
                '\u{2066}',
                Kind::BidiIsolate,
                Severity::Suspicious,
                false
            ),
            f(27, '\u{2069}', Kind::BidiPop, Severity::Suspicious, false),
            f(
                29,
                '\u{2066}',
                Kind::BidiIsolate,
                Severity::Suspicious,
                true
            ),
        ]
    );
    assert_eq!(
        report.summary,
        Summary {
            suspicious: 4,
            hidden: 0,
            benign: 0,
            unbalanced: 2
        }
    );
    assert!(!report.is_clean());
    assert_eq!(
        escape_visible(TROJAN),
        "وزير ⟦U+202E RLO⟧ }بلينكن{ ⟦U+2066 LRI⟧إذا (مدير)⟦U+2069 PDI⟧ ⟦U+2066 LRI⟧ للمديرين فقط */"
    );
    assert_eq!(
        warning(&report).as_deref(),
        Some(
            "4 bidi control characters can make names and numbers display differently from \
             the text (2 left unclosed)."
        )
    );
}

#[test]
fn escape_tokens_are_exact_bytes() {
    assert_eq!(
        escape_visible("a\u{202E}b").as_bytes(),
        b"a\xE2\x9F\xA6U+202E RLO\xE2\x9F\xA7b"
    );
    assert_eq!(token('\u{200B}').as_deref(), Some("⟦U+200B ZWSP⟧"));
    assert_eq!(token('\u{E0041}').as_deref(), Some("⟦U+E0041 TAG A⟧"));
    assert_eq!(token('\u{E0020}').as_deref(), Some("⟦U+E0020 TAG SP⟧"));
    assert_eq!(token('\u{E007F}').as_deref(), Some("⟦U+E007F TAG END⟧"));
    assert_eq!(token('\u{FE0F}').as_deref(), Some("⟦U+FE0F VS16⟧"));
    assert_eq!(token('\u{E0100}').as_deref(), Some("⟦U+E0100 VS17⟧"));
    assert_eq!(token('\u{E01EF}').as_deref(), Some("⟦U+E01EF VS256⟧"));
    assert_eq!(token('\u{061C}').as_deref(), Some("⟦U+061C ALM⟧"));
    assert_eq!(token('\u{206E}').as_deref(), Some("⟦U+206E NADS⟧"));
    assert_eq!(token('ب'), None);
    // Text without hidden characters comes back unchanged.
    assert_eq!(escape_visible("أنتوني بلينكن"), "أنتوني بلينكن");
    assert_eq!(escape_visible(""), "");
}

#[test]
fn three_overrides_are_named_as_overrides() {
    let report = scan("a\u{202E}b\u{202D}c\u{202E}");
    assert_eq!(report.summary.suspicious, 3);
    assert_eq!(report.summary.unbalanced, 3);
    assert_eq!(
        warning(&report).as_deref(),
        Some(
            "3 bidi override characters can make names and numbers display differently from \
             the text (3 left unclosed)."
        )
    );
}

#[test]
fn arabic_typesetting_marks_are_benign_and_kept() {
    // BOM at offset 0, RLM around a number, ZWNJ in a Persian word, SHY, ALM.
    let text = "\u{FEFF}قال\u{200F} 12\u{200F} می\u{200C}خواهم نت\u{00AD}نياهو \u{061C}-5";
    let report = scan(text);
    assert_eq!(
        report.findings,
        [
            f(0, '\u{FEFF}', Kind::ByteOrderMark, Severity::Benign, false),
            f(4, '\u{200F}', Kind::BidiMark, Severity::Benign, false),
            f(8, '\u{200F}', Kind::BidiMark, Severity::Benign, false),
            f(12, '\u{200C}', Kind::ZeroWidth, Severity::Benign, false),
            f(21, '\u{00AD}', Kind::SoftHyphen, Severity::Benign, false),
            f(28, '\u{061C}', Kind::BidiMark, Severity::Benign, false),
        ]
    );
    assert!(report.is_clean());
    assert_eq!(warning(&report), None);
    assert_eq!(escape_visible(text), text);
    assert_eq!(
        escape_all("\u{FEFF}قال\u{200F}"),
        "⟦U+FEFF BOM⟧قال⟦U+200F RLM⟧"
    );
}

#[test]
fn zero_width_space_in_a_name_is_hidden() {
    let text = "بلين\u{200B}كن\u{FEFF}";
    let report = scan(text);
    assert_eq!(
        report.findings,
        [
            f(4, '\u{200B}', Kind::ZeroWidth, Severity::Hidden, false),
            f(7, '\u{FEFF}', Kind::ZeroWidth, Severity::Hidden, false),
        ]
    );
    assert_eq!(
        warning(&report).as_deref(),
        Some("2 invisible characters can make a word look the same as a different one.")
    );
    assert_eq!(escape_visible(text), "بلين⟦U+200B ZWSP⟧كن⟦U+FEFF BOM⟧");
}

#[test]
fn tag_characters_smuggle_unless_they_form_a_flag() {
    let smuggled = "بلينكن\u{E0041}\u{E0042}";
    let report = scan(smuggled);
    assert_eq!(
        report.findings,
        [
            f(6, '\u{E0041}', Kind::Tag, Severity::Suspicious, false),
            f(7, '\u{E0042}', Kind::Tag, Severity::Suspicious, false),
        ]
    );
    assert_eq!(
        escape_visible(smuggled),
        "بلينكن⟦U+E0041 TAG A⟧⟦U+E0042 TAG B⟧"
    );
    assert_eq!(
        warning(&report).as_deref(),
        Some(
            "2 invisible tag, annotation or variation-selector characters can carry text nobody sees."
        )
    );
    // 🏴 + "gbeng" + CANCEL TAG: the flag of England.
    let england = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}";
    let report = scan(england);
    assert_eq!(report.summary.benign, 6);
    assert_eq!(report.summary.suspicious, 0);
    assert_eq!(escape_visible(england), england);
    // The same tags without the black flag base are suspicious.
    assert_eq!(scan(&england[4..]).summary.suspicious, 6);
}

#[test]
fn variation_selectors_by_context() {
    // After an emoji: presentation choice.
    assert_eq!(scan("\u{2764}\u{FE0F}").summary.benign, 1);
    // After an Arabic letter: hidden.
    assert_eq!(
        scan("ب\u{FE0F}").findings,
        [f(
            1,
            '\u{FE0F}',
            Kind::VariationSelector,
            Severity::Hidden,
            false
        )]
    );
    // A run of selectors (a hidden payload), even after an emoji.
    let run = scan("\u{2764}\u{FE0F}\u{FE00}\u{E0100}");
    assert_eq!(run.summary.suspicious, 3);
    assert_eq!(
        run.findings.iter().map(|f| f.offset).collect::<Vec<_>>(),
        [1, 2, 3]
    );
}

#[test]
fn balanced_pairs_and_their_limits() {
    // Balanced isolate and embedding.
    let ok = scan("\u{2067}نص\u{2069} \u{202B}x\u{202C}");
    assert_eq!(ok.summary.suspicious, 4);
    assert_eq!(ok.summary.unbalanced, 0);
    // PDF cannot close an embedding across an isolate.
    let across = scan("\u{202B}\u{2066}x\u{202C}\u{2069}\u{202C}");
    assert_eq!(
        across
            .findings
            .iter()
            .filter(|f| f.unbalanced)
            .map(|f| f.offset)
            .collect::<Vec<_>>(),
        [3]
    );
    // A paragraph break ends the override; the later PDF closes nothing.
    let para = scan("\u{202E}a\nb\u{202C}");
    assert_eq!(
        para.findings
            .iter()
            .map(|f| (f.offset, f.unbalanced))
            .collect::<Vec<_>>(),
        [(0, true), (4, true)]
    );
    // PDI closes its isolate and leaves an override opened inside it unclosed.
    let inside = scan("\u{2066}\u{202E}x\u{2069}");
    assert_eq!(
        inside
            .findings
            .iter()
            .map(|f| (f.offset, f.unbalanced))
            .collect::<Vec<_>>(),
        [(0, false), (1, true), (3, false)]
    );
}

#[test]
fn other_invisible_classes() {
    let text = "a\u{2062}b\u{3164}c\u{206E}1\u{FFF9}x\u{FFFA}y\u{FFFB}";
    let report = scan(text);
    assert_eq!(
        report
            .findings
            .iter()
            .map(|f| (f.offset, f.kind, f.severity))
            .collect::<Vec<_>>(),
        [
            (1, Kind::InvisibleOperator, Severity::Hidden),
            (3, Kind::Filler, Severity::Hidden),
            (5, Kind::DeprecatedFormat, Severity::Suspicious),
            (7, Kind::Annotation, Severity::Suspicious),
            (9, Kind::Annotation, Severity::Suspicious),
            (11, Kind::Annotation, Severity::Suspicious),
        ]
    );
    assert_eq!(
        warning(&report).as_deref(),
        Some(
            "1 deprecated format control character can make names and numbers display \
             differently from the text; 3 invisible tag, annotation or variation-selector \
             characters can carry text nobody sees; 2 invisible characters can make a word \
             look the same as a different one."
        )
    );
}

#[test]
fn clean_text_has_no_findings() {
    let report = scan("قال الرئيس: 12 - 5 = 7\r\n");
    assert_eq!(report.findings, []);
    assert_eq!(report.summary, Summary::default());
    assert_eq!(warning(&report), None);
}
