//! Boilerplate that is not the article: "read also" and related-story
//! lists (everything after a marker alone on its line is cut; a marker with
//! its headline on the same line is one inline link, and only that line
//! goes), source and share lines, a trailing list of other stories'
//! headlines with no marker, a trailing run of other stories' first
//! paragraphs (teasers) (rule 8 of the annotation guide: those are not
//! visits), and a page that is a headline digest as a whole (أبرز أخبار
//! اليوم: nothing of it is read). Markers are data
//! (`assets/lexicon/boilerplate.tsv`).

use super::resources::{Class, Resources, Tag};
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
            let mut j = i + 1;
            while j < toks.len() && !toks[j].line_start {
                j += 1;
            }
            // «إقرأ أيضا: HEADLINE» with the headline on the marker's own
            // line is one inline link in the body: only that line goes. A
            // marker alone on its line heads the list that ends the page.
            let inline_link = toks[i..j]
                .iter()
                .filter(|t| t.kind != TokKind::Punct)
                .count()
                > n + 2;
            if *rest && !inline_link {
                return (i, skipped);
            }
            if *rest {
                for s in skipped.iter_mut().take(j).skip(i) {
                    *s = true;
                }
                continue;
            }
            // A source/share line: only a short line is cut (not «شارك
            // الرئيس في القمة العربية في جدة»).
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
    (
        trailing_headlines(toks).min(trailing_ledes(res, toks)),
        skipped,
    )
}

/// The lines of the page, as token ranges.
fn lines(toks: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut lines = Vec::new();
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
    lines
}

/// Where a trailing run of other stories' first paragraphs starts (a news
/// site's teasers appended with no marker): a run to the end of the page
/// that starts with a dated lede and holds at least two, most of its lines
/// dated ledes, after a body of at least three lines. A dated lede opens
/// without «و» and names the day between commas in its first words, as a
/// story's first sentence does («أعلنت مصر، الخميس، …»); the paragraphs of
/// one story go on with «و». `toks.len()` if none.
fn trailing_ledes(res: &Resources, toks: &[Token]) -> usize {
    let lines = lines(toks);
    let weekday = |t: &Token| res.word_has(&t.norm, |g| matches!(g, Tag::Weekday(_)));
    let lede = |r: &std::ops::Range<usize>| {
        let line = &toks[r.clone()];
        let opens_with_and = opens_with_and(res, line) != Some(false);
        // «، الخميس،», «، مساء الأربعاء،»
        let dated = (1..line.len().min(16)).any(|j| {
            weekday(&line[j])
                && line.get(j + 1).is_some_and(Token::is_comma)
                && (line[j - 1].is_comma() || (j >= 2 && line[j - 2].is_comma()))
        });
        !opens_with_and && dated
    };
    // Lines with no Arabic word (markup, a byline in Latin letters) are
    // neither ledes nor body.
    let arabic = |r: &std::ops::Range<usize>| {
        toks[r.clone()].iter().any(|t| {
            t.kind == TokKind::Word
                && t.norm
                    .chars()
                    .any(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        })
    };
    let lines: Vec<&std::ops::Range<usize>> = lines.iter().filter(|r| arabic(r)).collect();
    let flags: Vec<bool> = lines.iter().map(|r| lede(r)).collect();
    // The story before the run went on in paragraphs opening with «و/ف».
    let goes_on =
        |r: &&&std::ops::Range<usize>| opens_with_and(res, &toks[(**r).clone()]) == Some(true);
    let mut best = toks.len();
    for k in (3..lines.len()).rev() {
        if !flags[k] || lines[..k].iter().filter(goes_on).count() < 2 {
            continue;
        }
        let run = &flags[k..];
        let n = run.iter().filter(|&&f| f).count();
        if n >= 2 && n * 3 >= run.len() * 2 {
            best = lines[k].start;
        }
    }
    // Teasers fewer of which are dated: the lines after the story's last
    // paragraph that goes on (opening with «و/ف», a quote or a word such as
    // «كما، بدوره، يذكر»), three or more with a dated lede among them.
    let continues = |r: &std::ops::Range<usize>| {
        let line = &toks[r.clone()];
        opens_with_and(res, line) == Some(true)
            || line.first().is_some_and(|t| t.kind == TokKind::Punct)
            || line
                .iter()
                .find(|t| t.kind == TokKind::Word)
                .is_some_and(|t| res.is(Class::GoesOn, &t.norm))
    };
    if let Some(last) = lines.iter().rposition(|r| continues(r))
        && last >= 2
        && lines.len() - (last + 1) >= MIN_UNDATED_RUN
        && flags[last + 1..].iter().any(|&f| f)
        && let Some(r) = lines.get(last + 1)
    {
        best = best.min(r.start);
    }
    best
}

/// How many lines a trailing run of teasers holds at least when few of
/// them are dated ledes.
const MIN_UNDATED_RUN: usize = 3;

/// Whether the first word of `line` opens with the conjunction «و/ف» (a
/// story's paragraph going on); `None` for a line with no word. A word the
/// resources know as written whose rest after و/ف they do not know (وصلت،
/// وصف، وزير) starts with the letter, not the conjunction.
fn opens_with_and(res: &Resources, line: &[Token]) -> Option<bool> {
    line.iter().find(|t| t.kind == TokKind::Word).map(|t| {
        let Some(rest) = t.norm.strip_prefix(['\u{0648}', '\u{0641}']) else {
            return false;
        };
        let known = |w: &str| res.flags(w) != 0 || res.word_has(w, |_| true);
        !known(&t.norm) || known(rest)
    })
}

/// Where a trailing list of headlines starts (other stories at the end of a
/// page with no "related" marker): two or more short lines without a final
/// full stop after a body of at least three lines. `toks.len()` if none.
fn trailing_headlines(toks: &[Token]) -> usize {
    let lines = lines(toks);
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
