//! Boilerplate that is not the article: "read also" and related-story
//! lists (everything after their marker is cut), source and share lines, and
//! a trailing list of other stories' headlines with no marker (rule 8 of the
//! annotation guide: those are not visits), and a page that is a headline
//! digest as a whole (أبرز أخبار اليوم: nothing of it is read). Markers are
//! data (`assets/lexicon/boilerplate.tsv`).

use super::resources::Resources;
use super::tokens::{TokKind, Token};

/// Where the article ends (first "related"/"read also" marker) and which
/// tokens lie on cut lines (source/share lines).
pub fn cut(res: &Resources, toks: &[Token]) -> (usize, Vec<bool>) {
    let mut skipped = vec![false; toks.len()];
    if is_digest(res, toks) {
        return (0, skipped);
    }
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].line_start && i != 0 {
            i += 1;
            continue;
        }
        let words: Vec<(usize, &Token)> = toks[i..]
            .iter()
            .enumerate()
            .take(8)
            .filter(|(_, t)| t.kind != TokKind::Punct)
            .map(|(k, t)| (i + k, t))
            .collect();
        for (rest, marker) in &res.boilerplate {
            let n = marker.len();
            if n == 0 || words.len() < n {
                continue;
            }
            let ok = marker.iter().enumerate().all(|(k, w)| {
                let t = &words[k].1.norm;
                if k + 1 == n {
                    t == w || t.starts_with(w.as_str())
                } else {
                    t == w
                }
            }) && words
                .iter()
                .take(n)
                .all(|(k, _)| *k == i || !toks[*k].line_start);
            if !ok {
                continue;
            }
            if *rest {
                return (i, skipped);
            }
            // A source/share line: only a short line is cut (not «شارك
            // الرئيس في القمة العربية في جدة»).
            let mut j = i + 1;
            while j < toks.len() && !toks[j].line_start {
                j += 1;
            }
            let line_words = toks[i..j]
                .iter()
                .filter(|t| t.kind != TokKind::Punct)
                .count();
            if line_words <= 6 {
                for s in skipped.iter_mut().take(j).skip(i) {
                    *s = true;
                }
            }
        }
        i += 1;
    }
    (trailing_headlines(toks), skipped)
}

/// Where a trailing list of headlines starts (other stories at the end of a
/// page with no "related" marker): two or more short lines without a final
/// full stop after a body of at least three lines. `toks.len()` if none.
fn trailing_headlines(toks: &[Token]) -> usize {
    let mut lines: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    for (i, t) in toks.iter().enumerate() {
        if t.line_start && i > start {
            lines.push(start..i);
            start = i;
        }
    }
    if start < toks.len() {
        lines.push(start..toks.len());
    }
    let short = |r: &std::ops::Range<usize>| {
        let words = toks[r.clone()]
            .iter()
            .filter(|t| t.kind != TokKind::Punct)
            .count();
        let ends_full = toks.get(r.end.saturating_sub(1)).is_some_and(|t| {
            t.is_punct('.') || t.is_punct('"') || t.is_punct('»') || t.is_punct('”')
        });
        words <= 16 && !ends_full
    };
    let trailing = lines.iter().rev().take_while(|r| short(r)).count();
    if trailing >= 2 && lines.len() >= trailing + 3 {
        lines
            .get(lines.len() - trailing)
            .map(|r| r.start)
            .unwrap_or(toks.len())
    } else {
        toks.len()
    }
}

/// The page is a digest of headlines: one of its first three lines starts
/// with a digest title (أبرز أخبار اليوم، أهم العناوين).
fn is_digest(res: &Resources, toks: &[Token]) -> bool {
    let mut line = 0;
    for (i, t) in toks.iter().enumerate() {
        if i > 0 && t.line_start {
            line += 1;
        }
        if line >= 3 {
            return false;
        }
        if i > 0 && !t.line_start {
            continue;
        }
        let starts = |m: &Vec<String>| {
            m.iter().enumerate().all(|(k, w)| {
                toks.get(i + k)
                    .is_some_and(|t| &t.norm == w && (k == 0 || !t.line_start))
            })
        };
        if res.digest.iter().any(|m| !m.is_empty() && starts(m)) {
            return true;
        }
    }
    false
}
