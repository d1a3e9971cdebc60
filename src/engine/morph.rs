//! Stage 2 of the cascade: light morphology. A written Arabic word carries
//! clitics around its stem: the conjunctions و/ف, the prepositions ب/ل/ك,
//! the article ال (contracted to لل after ل), the future prefix س before an
//! imperfect verb. [`readings`] lists the ways to strip them, most literal
//! first; the lookup stage keeps the reading that matches the dictionary.
//! Attached pronouns (زيارته، استقبله) are read on the dictionary side: the
//! trigger loader adds the suffixed forms of every lemma.
//!
//! The clitics are single letters of the script, which is script mechanics,
//! not vocabulary (the article's form comes from `function_words.tsv`).

use std::borrow::Cow;

/// The clitics stripped off a word by one reading.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Clitics {
    /// و or ف before the word.
    pub conj: bool,
    /// The attached preposition ب, ل or ك.
    pub prep: Option<char>,
    /// The future prefix س before an imperfect verb.
    pub future: bool,
}

impl Clitics {
    /// Nothing stripped.
    pub fn none(self) -> bool {
        !self.conj && self.prep.is_none() && !self.future
    }
}

/// One reading of a word: what is left after stripping `clitics`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading<'a> {
    pub key: Cow<'a, str>,
    pub clitics: Clitics,
}

const WAW: char = '\u{0648}';
const FA: char = '\u{0641}';
const BA: char = '\u{0628}';
const LAM: char = '\u{0644}';
const KAF: char = '\u{0643}';
const SIN: char = '\u{0633}';
const IMPERFECT_PREFIXES: [char; 4] = ['\u{064A}', '\u{062A}', '\u{0646}', '\u{0627}'];

/// `s` has at least `n` chars (without counting them all).
fn has_chars(s: &str, n: usize) -> bool {
    n == 0 || s.chars().nth(n - 1).is_some()
}

/// The first char of `s` and the rest, when the rest keeps `min` chars.
fn split_first(s: &str, min: usize) -> Option<(char, &str)> {
    let mut it = s.chars();
    let c = it.next()?;
    let rest = it.as_str();
    has_chars(rest, min).then_some((c, rest))
}

/// The normalized word is an imperfect verb with the future prefix
/// (ستنطلق، وسيبدأ): س, a person prefix, and at least three more letters.
pub fn future_verb(norm: &str) -> bool {
    any_reading(norm, "", |r| r.clitics.future && has_chars(&r.key, 4))
}

/// [`future_verb`], but not of the first person singular (سأ…, normalized
/// سا…): after a name, news prose has no «I will», and سالفيني، ساركوزي are
/// the rest of a foreign name.
pub fn future_verb_not_first_person(norm: &str) -> bool {
    any_reading(norm, "", |r| {
        r.clitics.future && has_chars(&r.key, 4) && !r.key.starts_with('\u{0627}')
    })
}

/// The readings of the normalized word `norm`, the literal one first.
/// `article` is the definite article (ال), used to undo the لل contraction
/// (للعاصمة = ل + العاصمة).
pub fn readings<'a>(norm: &'a str, article: &str, out: &mut Vec<Reading<'a>>) {
    out.clear();
    any_reading(norm, article, |r| {
        out.push(r);
        false
    });
}

/// The first of the [`readings`] of `norm` for which `f` holds; no list is
/// built.
pub fn find_reading<'a>(
    norm: &'a str,
    article: &str,
    mut f: impl FnMut(&Reading<'a>) -> bool,
) -> Option<Reading<'a>> {
    let mut found = None;
    any_reading(norm, article, |r| {
        let hit = f(&r);
        if hit {
            found = Some(r);
        }
        hit
    });
    found
}

/// Whether `f` holds for one of the [`readings`] of `norm`, tried in their
/// order, stopping at the first that does; no list is built.
pub fn any_reading<'a>(
    norm: &'a str,
    article: &str,
    mut f: impl FnMut(Reading<'a>) -> bool,
) -> bool {
    let literal = Reading {
        key: Cow::Borrowed(norm),
        clitics: Clitics::default(),
    };
    if f(literal) {
        return true;
    }
    // Conjunction, then a preposition or the future prefix.
    let after_conj = split_first(norm, 2)
        .filter(|(c, _)| *c == WAW || *c == FA)
        .map(|(_, rest)| rest);
    if let Some(rest) = after_conj {
        let conj = Reading {
            key: Cow::Borrowed(rest),
            clitics: Clitics {
                conj: true,
                ..Clitics::default()
            },
        };
        if f(conj) {
            return true;
        }
    }
    let bases = std::iter::once((norm, false)).chain(after_conj.map(|rest| (rest, true)));
    for (base, conj) in bases {
        let Some((c, rest)) = split_first(base, 2) else {
            continue;
        };
        if c == BA || c == LAM || c == KAF {
            // لل + noun = ل + ال + noun.
            if c == LAM
                && let Some((LAM, noun)) = split_first(rest, 2)
                && !article.is_empty()
            {
                let contracted = Reading {
                    key: Cow::Owned(format!("{article}{noun}")),
                    clitics: Clitics {
                        conj,
                        prep: Some(LAM),
                        future: false,
                    },
                };
                if f(contracted) {
                    return true;
                }
            }
            let prep = Reading {
                key: Cow::Borrowed(rest),
                clitics: Clitics {
                    conj,
                    prep: Some(c),
                    future: false,
                },
            };
            if f(prep) {
                return true;
            }
        }
        if c == SIN && has_chars(rest, 3) && rest.starts_with(IMPERFECT_PREFIXES) {
            let future = Reading {
                key: Cow::Borrowed(rest),
                clitics: Clitics {
                    conj,
                    prep: None,
                    future: true,
                },
            };
            if f(future) {
                return true;
            }
        }
    }
    false
}

/// The word `norm` without a leading «و/ف» (on three letters or more).
pub fn without_conj(norm: &str) -> &str {
    match split_first(norm, 3) {
        Some((c, rest)) if c == WAW || c == FA => rest,
        _ => norm,
    }
}

/// The word `norm` without a leading conjunction and preposition, when it
/// has the article after them (وبالرئيس → الرئيس): a noun phrase, never a
/// name part glued to the one before.
pub fn strip_to_article<'a>(norm: &'a str, article: &str) -> Option<&'a str> {
    if article.is_empty() {
        return None;
    }
    let mut s = without_conj(norm);
    if let Some((c, rest)) = split_first(s, 3)
        && (c == BA || c == LAM || c == KAF)
        && rest.starts_with(article)
    {
        s = rest;
    }
    (s != norm && s.starts_with(article)).then_some(s)
}

/// The word `norm` carries a preposition and the article (وبالرئيس،
/// للاستقالة): [`strip_to_article`], or «لل» (ل + ال with its alef
/// dropped) before at least two letters.
pub fn prep_and_article(norm: &str, article: &str) -> bool {
    if strip_to_article(norm, article).is_some() {
        return true;
    }
    let s = without_conj(norm);
    let lam_article = article.chars().nth(1) == Some(LAM);
    lam_article && s.starts_with([LAM]) && s.chars().nth(1) == Some(LAM) && s.chars().count() >= 4
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(w: &str) -> Vec<(String, Clitics)> {
        let mut out = Vec::new();
        readings(w, "\u{0627}\u{0644}", &mut out);
        out.into_iter()
            .map(|r| (r.key.into_owned(), r.clitics))
            .collect()
    }

    #[test]
    fn a_future_verb_is_sin_and_an_imperfect() {
        assert!(super::future_verb("ستنطلق"));
        assert!(super::future_verb("وسيبدا"));
        assert!(!super::future_verb("سفير"));
        assert!(!super::future_verb("ستة"));
        assert!(super::future_verb_not_first_person("ستنطلق"));
        assert!(!super::future_verb_not_first_person("سالفيني"));
    }

    #[test]
    fn strips_conjunction_preposition_and_future() {
        let k = keys("وسيزور");
        assert!(k.iter().any(|(w, c)| w == "يزور" && c.conj && c.future));
        let k = keys("للعراق");
        assert!(k.iter().any(|(w, c)| w == "العراق" && c.prep == Some('ل')));
        let k = keys("بالقاهره");
        assert!(k.iter().any(|(w, c)| w == "القاهره" && c.prep == Some('ب')));
        assert_eq!(keys("بلينكن")[0].0, "بلينكن");
    }

    #[test]
    fn article_after_clitics() {
        assert_eq!(strip_to_article("وبالرييس", "ال"), Some("الرييس"));
        assert_eq!(strip_to_article("بلينكن", "ال"), None);
        assert_eq!(strip_to_article("السيسي", "ال"), None);
        assert!(prep_and_article("للاستقالة", "ال"));
        assert!(prep_and_article("وبالرييس", "ال"));
        assert!(!prep_and_article("لافروف", "ال"));
        assert!(!prep_and_article("السيسي", "ال"));
    }
}
