//! The chunker's helpers over tokens (a token's normalized form, tag and
//! clitics, the preposition governing a mention, the original text of a
//! span), and the two mention builders: a name with its title group
//! (`named`) and a title without a name (`role_mention`).

use super::{Chunker, Info, Mention, MentionKind, TitleGroup};
use crate::engine::resources::{Class, Tag};
use crate::engine::tokens::{TokKind, normalize_char};

impl Chunker<'_> {
    /// Token `i` is an honorific of courtesy (السيد، والدكتور).
    pub(super) fn courtesy(&self, i: usize) -> bool {
        self.res.is_read_as(Class::CourtesyHonorific, self.norm(i))
    }

    pub(super) fn norm(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.norm.as_str())
    }

    pub(super) fn tag(&self, i: usize, f: impl Fn(&Tag) -> bool) -> Option<(usize, Tag)> {
        self.lex.tag_at(i, f)
    }

    pub(super) fn clitic_prep(&self, i: usize) -> Option<char> {
        self.lex.at(i).and_then(|m| m.clitics.prep)
    }

    pub(super) fn has_conj(&self, i: usize) -> bool {
        self.lex.at(i).is_some_and(|m| m.clitics.conj)
    }

    /// Text of tokens `a..b` of the original, with the clitics of the first
    /// token left out (`skip` chars).
    pub fn text(&self, a: usize, b: usize, skip: usize) -> String {
        let (Some(s), Some(e)) = (
            self.toks.get(a),
            b.checked_sub(1).and_then(|x| self.toks.get(x)),
        ) else {
            return String::new();
        };
        let s = (s.start + skip).min(e.end);
        // A hashtag name (#ريكس_تيلرسون) reads as the name: no mark, spaces
        // for underscores.
        let raw: String = self
            .chars
            .get(s..e.end)
            .map(|c| c.iter().collect())
            .unwrap_or_default();
        raw.replace('#', "")
            .replace('_', " ")
            .split(' ')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Clitic letters written before the stem of token `i`: those the
    /// lookup read, or a و/ف before a known word (وأسعد).
    pub(super) fn clitic_letters(&self, i: usize) -> usize {
        match self.lex.at(i) {
            Some(m) => usize::from(m.clitics.conj) + usize::from(m.clitics.prep.is_some()),
            None => usize::from(
                self.toks
                    .get(i)
                    .is_some_and(|t| t.norm.starts_with(['\u{0648}', '\u{0641}']))
                    && self.lex.conj_flags.get(i).is_some_and(|f| *f != 0),
            ),
        }
    }

    /// Chars of the clitics written before the stem of token `i`.
    pub fn clitic_chars(&self, i: usize) -> usize {
        let n = self.clitic_letters(i);
        if n == 0 {
            return 0;
        }
        // Count written letters (diacritics may follow each clitic).
        let Some(t) = self.toks.get(i) else { return 0 };
        let mut letters = 0;
        for (k, c) in self
            .chars
            .get(t.start..t.end)
            .unwrap_or(&[])
            .iter()
            .enumerate()
        {
            if normalize_char(*c).is_some() {
                if letters == n {
                    return k;
                }
                letters += 1;
            }
        }
        0
    }

    /// A title with no name after it (وزير الخارجية التركي، نظيره).
    pub(super) fn role_mention(
        i: usize,
        g: TitleGroup,
        gov: Option<String>,
        conj: bool,
        honorific: bool,
    ) -> Mention {
        let end = g.end;
        let counterpart = g.counterpart;
        Mention {
            start: i,
            end,
            name: (end, end),
            kind: MentionKind::Role,
            person: usize::MAX,
            gov,
            conj,
            rule: if counterpart {
                "PER-COUNTERPART"
            } else {
                "PER-ROLE"
            },
            info: Info {
                titles: g.titles,
                country: g.country,
                station: g.station,
                counterpart,
                honorific,
                sport: g.sport,
                ..Info::default()
            },
        }
    }

    /// The preposition governing the mention at `i`: an attached ب/ل/ك or
    /// a preposition word right before.
    pub(super) fn governing(&self, i: usize) -> Option<String> {
        if let Some(c) = self.clitic_prep(i) {
            return Some(c.to_string());
        }
        let t = self.toks.get(i)?;
        if t.kind == TokKind::Word
            && self.lex.at(i).is_none()
            && let Some(rest) = t.norm.strip_prefix(['\u{0628}', '\u{0644}'])
            && rest.starts_with(self.res.words.one(Class::Article))
        {
            return t.norm.chars().next().map(|c| c.to_string());
        }
        let p = i.checked_sub(1)?;
        let prev = self.norm(p);
        // «كل من A و B»: a list of subjects, «من» is no preposition there.
        if self.res.is(Class::OriginPrep, prev)
            && p > 0
            && self.res.is(Class::Quantifier, self.norm(p - 1))
        {
            return None;
        }
        // «حرم الرئيس»، «تحيات الشيخ صباح»، «باسم الرئيس»: a noun whose
        // genitive is the person governs it; the person is no subject.
        let genitive = self.toks.get(p).is_some_and(|t| t.kind == TokKind::Word)
            && self.lex.at(p).is_none()
            && self.res.is_read_as(Class::ProxyHead, prev);
        (self.res.is(Class::Preposition, prev) || genitive).then(|| prev.to_owned())
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn named(
        &self,
        start: usize,
        ns: usize,
        ne: usize,
        g: Option<TitleGroup>,
        official: Option<u16>,
        gov: Option<String>,
        conj: bool,
        honorific: bool,
        rule: &'static str,
    ) -> Mention {
        let skip = if ns == start {
            self.clitic_chars(ns)
        } else {
            0
        };
        let name_ar = self.text(ns, ne, skip);
        let words: Vec<String> = (ns..ne)
            .filter_map(|k| self.toks.get(k))
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| t.norm.clone())
            .collect();
        let mut words = words;
        if skip > 0
            && let Some(first) = words.first_mut()
        {
            let n = self.clitic_letters(ns);
            *first = first.chars().skip(n).collect();
        }
        let (titles, country, station, counterpart, sport) = match g {
            Some(g) => (g.titles, g.country, g.station, g.counterpart, g.sport),
            None => (Vec::new(), None, None, false, false),
        };
        Mention {
            start,
            end: ne,
            name: (ns, ne),
            kind: MentionKind::Named,
            person: usize::MAX,
            gov,
            conj,
            rule,
            info: Info {
                name_ar,
                words,
                titles,
                official,
                country,
                station,
                counterpart,
                honorific,
                sport,
            },
        }
    }
}
