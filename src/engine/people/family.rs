//! Family names used alone (عراقجي after «عباس عراقجي»), and given names
//! after an honorific: a mention of the person named with them.

use super::{Person, bare};
use crate::engine::person::{Chunker, Info, Mention, MentionKind};
use crate::engine::resources::{Class, Tag, flag};
use crate::engine::tokens::TokKind;

/// Family names (and given names after an honorific) used alone.
pub(super) fn family_mentions(
    c: &Chunker<'_>,
    mentions: &[Mention],
    persons: &[Person],
    article: &str,
) -> Vec<Mention> {
    let mut covered = vec![false; c.toks.len()];
    for m in mentions {
        for x in covered.iter_mut().take(m.end).skip(m.start) {
            *x = true;
        }
    }
    let mut out = Vec::new();
    for (i, t) in c.toks.iter().enumerate() {
        if covered[i] || t.kind != TokKind::Word || c.lex.flag(i, flag::STOP) {
            continue;
        }
        // «مطار رفيق الحريري»: the family name of a place named after a
        // person (the word before, or a given name between).
        let institution = |k: Option<usize>| k.is_some_and(|k| super::institution_word(c, k));
        if institution(i.checked_sub(1))
            || (institution(i.checked_sub(2)) && c.lex.flag(i - 1, flag::GIVEN))
        {
            continue;
        }
        if c.lex
            .covering(i)
            .is_some_and(|m| !m.tags.iter().all(|t| matches!(t, Tag::Demonym(_))))
        {
            continue;
        }
        // The word itself, or without و/ف and ب/ل/ك.
        let mut forms: Vec<(&str, usize, bool)> = vec![(t.norm.as_str(), 0, false)];
        let mut rest = t.norm.as_str();
        let mut n = 0;
        let mut conj = false;
        if let Some(r) = rest.strip_prefix(['\u{0648}', '\u{0641}']) {
            rest = r;
            n += 1;
            conj = true;
            forms.push((rest, n, conj));
        }
        if let Some(r) = rest.strip_prefix(['\u{0628}', '\u{0644}', '\u{0643}']) {
            forms.push((r, n + 1, conj));
        }
        let after_honorific = i > 0
            && c.lex
                .at(i - 1)
                .is_some_and(|m| m.tags.contains(&Tag::Honorific));
        for (w, skip, conj) in forms {
            if w.chars().count() < 3 {
                continue;
            }
            // A family name, a given name after an honorific, or the first
            // word of a two-word name that is no given name (تشين جانج: the
            // family name comes first in Chinese names) when no one else has it.
            let first_word = |p: &Person| {
                p.words.len() == 2
                    && p.words.first().is_some_and(|f| f == w)
                    && c.lex.flags.get(i).is_some_and(|f| f & flag::GIVEN == 0)
                    && persons
                        .iter()
                        .filter(|q| q.words.iter().any(|x| x == w))
                        .count()
                        == 1
            };
            let hit = persons.iter().position(|p| {
                p.words.len() >= 2
                    && (p
                        .last()
                        .is_some_and(|l| bare(l, article) == bare(w, article))
                        || (after_honorific && p.words.first().is_some_and(|f| f == w))
                        || first_word(p))
            });
            if let Some(p) = hit {
                let gov = (skip > usize::from(conj)).then(|| {
                    t.norm
                        .chars()
                        .nth(usize::from(conj))
                        .map(|c| c.to_string())
                        .unwrap_or_default()
                });
                out.push(Mention {
                    start: i,
                    end: i + 1,
                    name: (i, i + 1),
                    kind: MentionKind::Family,
                    person: p,
                    gov: gov.or_else(|| {
                        let prev = c.toks.get(i.checked_sub(1)?)?;
                        c.res
                            .is(Class::Preposition, &prev.norm)
                            .then(|| prev.norm.clone())
                    }),
                    conj,
                    rule: "PER-FAMILY-NAME",
                    info: Info::default(),
                });
                break;
            }
        }
    }
    out
}
