//! Stage 4a of the cascade: person chunks. A person mention is a title
//! group (title, nationality, organization, complements: «وزير الخارجية
//! الإيراني»، «أمير منطقة الرياض»), honorifics (الشيخ، السيد), then a name
//! («عباس عراقجي»، «فيصل بن بندر بن عبدالعزيز»), or a name followed by its
//! title in apposition («تميم بن حمد آل ثاني أمير قطر»). A name is read
//! from words nobody listed: it ends at the first common word, known phrase,
//! verb-like word or clitic-and-article word, so offices and verbs are never
//! glued to it. Coreference (family names, role-only mentions) is the next
//! stage ([`super::people`]).

use super::lookup::Lexed;
use super::morph::without_conj;
use super::resources::{Class, Form, Resources, Tag, flag};
use super::tokens::{TokKind, Token};

mod name;
mod title;

pub use name::ministers_list;

/// What a mention names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// A name, with or without its title.
    Named,
    /// A family name (or the given name after an honorific) of a person
    /// named elsewhere in the article.
    Family,
    /// A title without a name («الرئيس التركي»).
    Role,
}

/// A person mention: tokens `start..end`, the name `name.0..name.1`
/// (empty for a role-only mention).
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub name: (usize, usize),
    pub kind: MentionKind,
    /// Index into [`super::people::People::persons`], set by coreference.
    pub person: usize,
    /// The normalized preposition governing the mention (مع، إلى، or an
    /// attached ب/ل), if any: such a mention is not a verb's subject.
    pub gov: Option<String>,
    /// Starts with the conjunction و/ف (a coordinated item).
    pub conj: bool,
    /// The stage rule that made the mention.
    pub rule: &'static str,
    /// What the title group says (for role-only mentions and new persons).
    pub info: Info,
}

/// What a mention says about the person.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Info {
    /// The name as written (chars of the original), without clitics.
    pub name_ar: String,
    /// Normalized name words.
    pub words: Vec<String>,
    /// Titles of the title group (indices into `Resources::titles`).
    pub titles: Vec<u16>,
    /// Lexicon official named.
    pub official: Option<u16>,
    /// Country (or organization key) from the title group.
    pub country: Option<String>,
    /// An ambassador's posting (السفير التركي لدى القاهرة).
    pub station: Option<String>,
    /// نظيره: takes the office of the person named before.
    pub counterpart: bool,
    /// Introduced with an honorific (الشيخ، الأمير، السيد).
    pub honorific: bool,
    /// The office is one of sport (not a diplomatic traveller).
    pub sport: bool,
}

fn is_quote(t: &Token) -> bool {
    t.kind == TokKind::Punct
        && t.norm
            .starts_with(['"', '\u{00AB}', '\u{00BB}', '\u{201C}', '\u{201D}', '\''])
}

/// Context of the chunker: resources, tokens, lookup.
pub struct Chunker<'a> {
    pub res: &'a Resources,
    pub toks: &'a [Token],
    pub lex: &'a Lexed,
    pub chars: &'a [char],
}

pub(super) struct TitleGroup {
    pub(super) end: usize,
    pub(super) titles: Vec<u16>,
    pub(super) country: Option<String>,
    pub(super) station: Option<String>,
    pub(super) counterpart: bool,
    /// Completed by a word of sport (رئيس الاتحاد الإفريقي لكرة القدم).
    pub(super) sport: bool,
}

impl Chunker<'_> {
    /// Token `i` is an honorific of courtesy (السيد، والدكتور).
    fn courtesy(&self, i: usize) -> bool {
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
            if super::tokens::normalize_char(*c).is_some() {
                if letters == n {
                    return k;
                }
                letters += 1;
            }
        }
        0
    }

    /// The person mention starting at token `i`, if any, ending by `limit`.
    pub fn mention_at(&self, i: usize, limit: usize) -> Option<Mention> {
        let first = self.toks.get(i)?;
        if first.kind != TokKind::Word {
            return None;
        }
        let gov = self.governing(i);
        let conj = self.has_conj(i) || first.norm.starts_with('\u{0648}') && self.lex.known(i);
        let group = self.title_group(i, limit);
        let mut j = group.as_ref().map_or(i, |g| g.end);
        let mut honorific = false;
        // «وزير خارجيته ريكس تيلرسون»، «وزير خارجيتها»: a complement with a
        // pronoun on it (ته، تها: its ministry) still belongs to the title.
        if group.is_some()
            && !self.lex.known(j)
            && self.toks.get(j).is_some_and(|t| {
                t.kind == TokKind::Word
                    && t.norm.chars().count() >= 5
                    && self
                        .res
                        .words
                        .forms(Class::PronounSuffix)
                        .iter()
                        .any(|p| t.norm.ends_with(&format!("\u{062A}{p}")))
            })
        {
            j += 1;
        }
        // An honorific of rank or state (الشيخ، اللواء، فخامة), not of
        // courtesy alone (السيد، الدكتور): it puts the person in scope.
        let mut of_office = false;
        // «مساعد وزير الدفاع السعودي، الفريق طيار محمد العايش»: a comma,
        // then an honorific of rank and the name.
        if group.is_some()
            && self.toks.get(j).is_some_and(|t| t.is_comma())
            && self.tag(j + 1, |t| *t == Tag::Honorific).is_some()
            && !self.courtesy(j + 1)
            && !self.has_conj(j + 1)
        {
            j += 1;
        }
        while let Some((e, _)) = self.tag(j, |t| *t == Tag::Honorific) {
            honorific = true;
            of_office |= !(j..e).all(|k| self.courtesy(k));
            j = e;
        }
        if group.is_none() && !honorific && j == i {
            return self.untitled(i, limit, gov, conj);
        }
        if group.is_some() && !honorific && self.name_after_comma(j, limit) {
            j += 1;
        }
        let quoted = self.toks.get(j).is_some_and(is_quote);
        let mut ns = j;
        while self.toks.get(ns).is_some_and(is_quote) && ns < j + 2 {
            ns += 1;
        }
        // «الرئيس الأمريكي يهاجم أردوغان»: one word nobody listed (a verb,
        // «على») before a person of the lexicon of another country is not
        // that person's first name.
        let listed_at = if self.lex.known(ns) { ns } else { ns + 1 };
        if let Some((_, Tag::Person(o))) = self.tag(listed_at, |t| matches!(t, Tag::Person(_)))
            && self.listed_elsewhere(group.as_ref(), o)
            && !honorific
        {
            return Some(Self::role_mention(i, group?, gov, conj, of_office));
        }
        let (ne, official) =
            if let Some((e, Tag::Person(o))) = self.tag(ns, |t| matches!(t, Tag::Person(_))) {
                (Some(self.extend_name(e, limit)), Some(o))
            } else {
                let ne = self
                    .read_name(ns, limit, true)
                    .or_else(|| self.name_after_common_word(ns, limit, group.as_ref()));
                (ne, None)
            };
        // A name in quotes is closed by a quote right after it; «زعماء
        // الاتحاد الأوروبي "قررنا أيضا …» opens a quoted statement.
        let ne = ne.filter(|&ne| !quoted || self.toks.get(ne).is_some_and(is_quote));
        match ne {
            Some(ne) => {
                let mut end = ne;
                if quoted && self.toks.get(ne).is_some_and(is_quote) {
                    end = ne + 1;
                }
                let mut g = group;
                let mut rule = if g.is_some() {
                    "PER-TITLE-NAME"
                } else {
                    "PER-HONORIFIC-NAME"
                };
                if g.is_none()
                    && let Some(a) = self.apposition(end, limit)
                {
                    end = a.end;
                    g = Some(a);
                    rule = "PER-NAME-TITLE";
                }
                // One title word without the article right before the name:
                // a construct, «مستشار ترامب».
                let construct = ns == i + 1
                    && self.toks.get(i).is_some_and(|t| {
                        !without_conj(&t.norm).starts_with(self.res.words.one(Class::Article))
                    });
                let proxy = self.named_for_another(g.as_ref(), official, construct);
                let mut m = self.named(i, ns, ne, g, official, gov, conj, of_office, rule);
                m.end = end;
                if let Some(head) = proxy {
                    // «موفد العاهل السعودي الملك سلمان»: the name is the
                    // king's, governed by the envoy's title; the envoy is
                    // unnamed.
                    m.gov = Some(head);
                }
                Some(m)
            }
            None => Some(Self::role_mention(i, group?, gov, conj, of_office)),
        }
    }

    /// «وسيزور الرئيس المكسيكي ترامب»: official `o` of the lexicon is of
    /// another country than the title's nationality, so he is not that
    /// title's holder but the next person (here the one visited).
    fn listed_elsewhere(&self, group: Option<&TitleGroup>, o: u16) -> bool {
        let iso = |c: &str| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase());
        let title_country = group.and_then(|g| g.country.as_deref());
        let listed = self
            .res
            .officials
            .get(usize::from(o))
            .map(|x| x.country.as_str());
        matches!((title_country, listed), (Some(a), Some(b)) if iso(a) && iso(b) && a != b)
    }

    /// «وزير الخارجية التركي، هاكان فيدان،»: a comma at `j`, between a
    /// title and its name.
    fn name_after_comma(&self, j: usize, limit: usize) -> bool {
        self.toks.get(j).is_some_and(|t| t.is_comma())
            // «وزير الداخلية، وبدر بن حمد»: a name with و is the next item.
            && !self.has_conj(j + 1)
            && (self.tag(j + 1, |t| matches!(t, Tag::Person(_))).is_some()
                || self
                    .lex
                    .flags
                    .get(j + 1)
                    .is_some_and(|f| f & flag::GIVEN != 0 && f & flag::STOP == 0)
                // «عبد الرحمن»: the particle written apart from its name.
                || self
                    .toks
                    .get(j + 1)
                    .is_some_and(|t| self.res.is(Class::AbdParticle, &t.norm))
                || self.name_between_commas(j + 1, limit))
    }

    /// «وزير العمل، سيلفستر بيلو، سيزور»: after a title and a comma, two
    /// or more unlisted words without the article, closed by a comma, are
    /// the title's name in apposition, though none of them is a known
    /// given name.
    fn name_between_commas(&self, k: usize, limit: usize) -> bool {
        self.name_starts(k, limit)
            && self
                .read_name(k, limit, true)
                .is_some_and(|e| e >= k + 2 && self.toks.get(e).is_some_and(|t| t.is_comma()))
    }

    /// «موفد العاهل السعودي الملك سلمان»، «مستشار الرئيس …»: a title of
    /// someone acting for another (envoy, adviser, assistant) before a
    /// second title that the named official of the lexicon holds. Returns
    /// the first title's office, which then governs the name.
    fn named_for_another(
        &self,
        g: Option<&TitleGroup>,
        official: Option<u16>,
        construct: bool,
    ) -> Option<String> {
        let g = g?;
        let o = self.res.officials.get(usize::from(official?))?;
        let first = self.res.titles.get(usize::from(*g.titles.first()?))?;
        // An envoy, an adviser or an assistant (not a deputy: «نائب رئيس
        // الدولة رئيس مجلس الوزراء» is one person's offices).
        let acts_for =
            matches!(first.office.as_str(), "envoy" | "adviser") || first.role_en == "Assistant";
        if !acts_for {
            return None;
        }
        // «موفد العاهل السعودي الملك سلمان»: a later title is the named
        // one's office; «مستشار ترامب»: one title word without the article
        // right before a name whose office is another (the adviser's
        // president; «المستشارة ميركل» is the chancellor herself).
        let alone = construct && g.titles.len() == 1 && o.office != first.office;
        (alone
            || g.titles
                .iter()
                .skip(1)
                .filter_map(|t| self.res.titles.get(usize::from(*t)))
                .any(|t| t.office == o.office))
        .then(|| first.office.clone())
    }

    /// A mention with no title before it: a name of the lexicon, or a given
    /// name and more.
    fn untitled(&self, i: usize, limit: usize, gov: Option<String>, conj: bool) -> Option<Mention> {
        // «وترأس», «ترأس الجانب»: a one-word lexicon name that is also a
        // travel verb, with no title or given name before it, is the verb
        // (ترأس "presided", not the family name تراس).
        let verb_with_and = self.lex.at(i).is_some_and(|m| {
            m.end == i + 1
                && m.tags
                    .iter()
                    .any(|t| matches!(t, Tag::Trigger(_, Form::Perfect | Form::Imperfect, _)))
        });
        if verb_with_and {
            return None;
        }
        if let Some((e, Tag::Person(o))) = self.tag(i, |t| matches!(t, Tag::Person(_))) {
            let e = self.extend_name(e, limit);
            // «إن دومينيك راب وزير شؤون الانسحاب سيتوجه»: after إن/أن the
            // name opens the clause, so a title right after it is its
            // apposition, not the object of a verb (استقبل السيسي وزير
            // الخارجية) nor the title of the next name.
            let appo = self
                .toks
                .get(i.wrapping_sub(1))
                .filter(|p| i > 0 && self.res.is(Class::Complementizer, &p.norm))
                .and_then(|_| self.apposition(e, limit))
                .filter(|g| {
                    !self.name_starts(g.end, limit)
                        && self.tag(g.end, |t| matches!(t, Tag::Person(_))).is_none()
                });
            let end = appo.as_ref().map_or(e, |g| g.end);
            let mut m = self.named(i, i, e, appo, Some(o), gov, conj, false, "PER-LEXICON");
            m.end = end;
            return Some(m);
        }
        // «عبدالرحمن دعاله بيله وزير الخارجية»: unlisted words with a
        // specific title right after them are a name.
        let e = match self.read_name(i, limit, false) {
            Some(e) => e,
            None => {
                let listed = i == 0
                    || self.toks.get(i - 1).is_some_and(|p| {
                        p.is_comma() || p.is_punct(':') || self.res.is(Class::Conjunction, &p.norm)
                    });
                // «، وحمود بن فيصل البوسعيدي وزير الداخلية»: the next item
                // of a list, و glued to an unlisted first name.
                let conj_item = listed
                    && !self.lex.known(i)
                    && self.toks.get(i).is_some_and(|t| {
                        t.norm.starts_with('\u{0648}') && t.norm.chars().count() >= 4
                    });
                let e = self.read_name_opts(i, limit, true, conj_item)?;
                let appo = self.apposition(e, limit);
                let after_title = appo.as_ref().is_some_and(|g| {
                    g.titles.iter().any(|t| {
                        self.res
                            .titles
                            .get(*t as usize)
                            .is_some_and(|t| !t.generic() && !t.counterpart())
                    })
                });
                // «اتهم إياد علاوي نائب الرئيس العراقي»: mid-clause, two
                // bare unlisted words right before a specific title with a
                // nationality are a name too.
                let national = appo.as_ref().is_some_and(|g| g.country.is_some())
                    && !self.toks.get(e).is_some_and(|t| t.is_comma())
                    && e - i == 2
                    && self.name_starts(i, limit)
                    // Neither word listed at all: not a given name either
                    // (على، the preposition, is written like علي).
                    && (i..e).all(|k| {
                        !self.lex.known(k)
                            && self.lex.flags.get(k).is_some_and(|f| f & flag::GIVEN == 0)
                    });
                if !(after_title
                    && (listed || national)
                    && e - i >= 2
                    && self.toks.get(e).is_some_and(|t| t.kind == TokKind::Word))
                {
                    return None;
                }
                e
            }
        };
        if e - i < 2 {
            return None;
        }
        let appo = self.apposition(e, limit);
        let end = appo.as_ref().map_or(e, |g| g.end);
        let mut m = self.named(i, i, e, appo, None, gov, conj, false, "PER-GIVEN-NAME");
        m.end = end;
        // The و of a list item glued to an unlisted name is no part of it.
        if self.clitic_letters(i) == 0
            && !self.lex.flag(i, flag::GIVEN)
            && self
                .toks
                .get(i)
                .is_some_and(|t| t.norm.starts_with('\u{0648}'))
            && let Some(first) = m.info.words.first_mut()
        {
            first.remove(0);
            let mut chars = m.info.name_ar.chars();
            chars.next();
            m.info.name_ar = chars.as_str().to_owned();
            m.conj = true;
        }
        Some(m)
    }

    /// A title with no name after it (وزير الخارجية التركي، نظيره).
    fn role_mention(
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

/// The person mentions of an article, sentence by sentence in text order:
/// a title and name, a name and title, a name of the lexicon, and lists of
/// ministers by portfolio or of presidents by country (وزراء الخارجية فلان،
/// والدفاع فلان؛ رؤساء: جيبوتي فلان، وزامبيا فلان).
pub fn chunk(c: &Chunker<'_>, sentences: &[std::ops::Range<usize>]) -> Vec<Mention> {
    let res = c.res;
    let minister = res
        .titles
        .iter()
        .position(|t| t.office == "minister")
        .and_then(|x| u16::try_from(x).ok());
    // A plural office before a list: its title, for every item.
    let plural = |i: usize| -> Option<(u16, usize)> {
        let m = c.lex.at(i)?;
        // The plural leads the office (وزراء الخارجية), not its complement
        // (رئيس الوزراء: one person).
        let plural_word = res.is(Class::PluralTitle, c.norm(m.start));
        let t = m.tags.iter().find_map(|t| match t {
            Tag::Title(t) => Some(*t),
            _ => None,
        })?;
        plural_word.then_some((t, m.end))
    };
    let mut out = Vec::new();
    for s in sentences {
        let mut i = s.start;
        while i < s.end {
            // «الوزراء» inside a known office («رئيس الوزراء») heads no list.
            let inside_phrase = c.lex.covering(i).is_some_and(|m| m.start < i);
            if res.is(Class::MinistersPlural, c.norm(i)) && !inside_phrase {
                let next = ministers_list(c, i, i + 1, s.end, minister, &mut out);
                i = next.max(i + 1);
                continue;
            }
            if let Some((title, end)) = plural(i) {
                let next = ministers_list(c, i, end, s.end, Some(title), &mut out);
                if next > end {
                    i = next;
                    continue;
                }
            }
            match c.mention_at(i, s.end) {
                Some(m) => {
                    i = m.end.max(i + 1);
                    out.push(m);
                }
                None => i += 1,
            }
        }
    }
    out
}
