//! UAX #9 conformance of the viewer's line reordering: every line of
//! Unicode's `BidiCharacterTest.txt` (Unicode 15.0.0, kept beside this file
//! with its licence, see `README.md` here) goes through
//! `BidiParagraph::visual_order` (levels → visual runs of one line → char
//! indices left to right), the same code the viewer lays out with.

use jawla::bidi_layout::{BaseDirection, BidiParagraph};

const PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/conformance/BidiCharacterTest.txt"
);

// No line is excluded: every line passes with unicode-bidi 0.3.18 (the
// failures once tracked upstream in servo/unicode-bidi#90 are fixed). A future exclusion must
// name its class and the upstream issue here and in the printed report.

struct Case {
    line_no: usize,
    text: String,
    direction: BaseDirection,
    para_level: u8,
    order: Vec<usize>,
}

fn parse(line_no: usize, line: &str) -> Option<Case> {
    let mut f = line.split(';');
    let text: String = f
        .next()?
        .split_whitespace()
        .map(|h| u32::from_str_radix(h, 16).ok().and_then(char::from_u32))
        .collect::<Option<_>>()?;
    let direction = match f.next()?.trim() {
        "0" => BaseDirection::Ltr,
        "1" => BaseDirection::Rtl,
        "2" => BaseDirection::Auto {
            fallback_rtl: false,
        },
        _ => return None,
    };
    let para_level = f.next()?.trim().parse().ok()?;
    let _levels = f.next()?;
    let order = f
        .next()?
        .split_whitespace()
        .map(|n| n.parse().ok())
        .collect::<Option<_>>()?;
    Some(Case {
        line_no,
        text,
        direction,
        para_level,
        order,
    })
}

#[test]
fn bidi_character_test_visual_order() {
    let data = std::fs::read_to_string(PATH).unwrap_or_else(|e| panic!("cannot read {PATH}: {e}"));
    let mut total = 0;
    let mut pass = 0;
    let mut failures = Vec::new();
    for (i, line) in data.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let case =
            parse(i + 1, line).unwrap_or_else(|| panic!("{PATH}:{}: malformed test line", i + 1));
        total += 1;
        let p = BidiParagraph::new(&case.text, case.direction);
        let got = p.visual_order(0..case.text.len());
        if got == case.order && p.paragraph_level() == case.para_level {
            pass += 1;
        } else {
            failures.push(format!(
                "line {}: {line}\n    got order {got:?}, level {}",
                case.line_no,
                p.paragraph_level()
            ));
        }
    }
    println!("BidiCharacterTest: {pass}/{total} lines pass, 0 excluded");
    assert!(total > 90_000, "only {total} test lines in {PATH}");
    assert!(
        failures.is_empty(),
        "{} lines fail:\n{}",
        failures.len(),
        failures
            .iter()
            .take(30)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
