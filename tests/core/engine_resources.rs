//! Every language resource under `assets/` parses: header present, column
//! counts, ISO codes, coordinates in range, known office keys, rule IDs unique.

use jawla::engine::resources::{FILES, validate_embedded};

#[test]
fn every_resource_file_parses() {
    let s = validate_embedded().unwrap_or_else(|e| panic!("{e}"));
    assert!(s.countries >= 20, "{s:?}");
    assert!(s.cities >= 25, "{s:?}");
    assert!(s.officials >= 20, "{s:?}");
    assert!(s.titles >= 20, "{s:?}");
    assert_eq!(s.rules, 12);
    assert_eq!(s.cues, 19);
}

#[test]
fn every_resource_file_states_its_format() {
    for (name, text) in FILES {
        assert!(text.starts_with("# "), "assets/{name} lacks its `#` header");
        assert!(
            text.lines()
                .take_while(|l| l.starts_with('#'))
                .any(|l| l.contains("Format") || l.contains("format")),
            "assets/{name}: the header does not state the format"
        );
        for (i, l) in text.lines().enumerate() {
            assert!(
                !l.ends_with(' ') || l.starts_with('#'),
                "assets/{name}:{}: trailing space",
                i + 1
            );
        }
    }
}

/// The function-word classes load normalized, each from its own line.
#[test]
fn function_words_load_by_class() {
    use jawla::engine::resources::{Class, Resources};
    let r = Resources::load().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.words.one(Class::Article), "ال");
    assert_eq!(r.words.one(Class::ArticleAfterLam), "لل");
    // Written إلى / على / غداة / سنة in the file, matched in normalized form.
    assert!(r.is(Class::RoleBoundaryPrep, "الي"));
    assert!(r.is(Class::RoleBoundaryPrep, "علي"));
    assert!(r.is(Class::ClauseBreak, "غداه"));
    assert!(r.is(Class::YearWord, "سنه"));
    assert!(!r.is(Class::ClauseBreak, "زار"));
    assert_eq!(
        r.words.forms(Class::PronounSuffix),
        ["ه", "ها", "هما", "هم"]
    );
    assert_eq!(
        r.words.forms(Class::SinceBeforeAfter),
        ["منذ", "حتي", "قبل", "بعد"]
    );
}
