//! Stage 4a of the cascade: person chunks. A person mention is a title
//! group (title, nationality, organization, complements: «وزير الخارجية
//! الإيراني»، «أمير منطقة الرياض»), honorifics (الشيخ، السيد), then a name
//! («عباس عراقجي»، «فيصل بن بندر بن عبدالعزيز»), or a name followed by its
//! title in apposition («تميم بن حمد آل ثاني أمير قطر»). A name is read
//! from words nobody listed: it ends at the first common word, known phrase,
//! verb-like word or clitic-and-article word, so offices and verbs are never
//! glued to it. Coreference (family names, role-only mentions) is the next
//! stage ([`super::people`]).

use super::lookup::{Lexed, name_word};
use super::morph::strip_to_article;
use super::resources::{Class, Resources, Tag, flag};
use super::tokens::{TokKind, Token};

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

/// Prefixes of an imperfect verb (ي ت) or a first person (ن أ).
const IMPERFECT: [char; 2] = ['\u{064A}', '\u{062A}'];

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

struct TitleGroup {
    end: usize,
    titles: Vec<u16>,
    country: Option<String>,
    station: Option<String>,
    counterpart: bool,
    /// Completed by a word of sport (رئيس الاتحاد الإفريقي لكرة القدم).
    sport: bool,
}

impl Chunker<'_> {
    fn norm(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.norm.as_str())
    }

    fn tag(&self, i: usize, f: impl Fn(&Tag) -> bool) -> Option<(usize, Tag)> {
        self.lex.tag_at(i, f)
    }

    fn clitic_prep(&self, i: usize) -> Option<char> {
        self.lex.at(i).and_then(|m| m.clitics.prep)
    }

    fn has_conj(&self, i: usize) -> bool {
        self.lex.at(i).is_some_and(|m| m.clitics.conj)
    }

    /// Text of tokens `a..b` of the original, with the clitics of the first
    /// token left out (`skip` chars).
    pub fn text(&self, a: usize, b: usize, skip: usize) -> String {
        let (Some(s), Some(e)) = (self.toks.get(a), b.checked_sub(1).and_then(|x| self.toks.get(x)))
        else {
            return String::new();
        };
        let s = (s.start + skip).min(e.end);
        self.chars
            .get(s..e.end)
            .map(|c| c.iter().collect())
            .unwrap_or_default()
    }

    /// Clitic letters written before the stem of token `i`: those the
    /// lookup read, or a و/ف before a known word (وأسعد).
    fn clitic_letters(&self, i: usize) -> usize {
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
        for (k, c) in self.chars.get(t.start..t.end).unwrap_or(&[]).iter().enumerate() {
            if super::tokens::normalize_char(*c).is_some() {
                if letters == n {
                    return k;
                }
                letters += 1;
            }
        }
        0
    }

    /// Token `k` (or its stem after clitics) is a word of sport.
    fn sport_word(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        let mut rd = Vec::new();
        super::morph::readings(&t.norm, self.res.words.one(Class::Article), &mut rd);
        rd.iter().any(|r| self.res.is(Class::Sport, &r.key))
    }

    /// A name clearly starts at token `k`: a given name or a name of the
    /// lexicon, or two unlisted words without the article.
    fn name_starts(&self, k: usize, limit: usize) -> bool {
        if k >= limit {
            return false;
        }
        let article = self.res.words.one(Class::Article);
        let flags = self.lex.flags.get(k).copied().unwrap_or(0);
        if self.tag(k, |t| matches!(t, Tag::Person(_))).is_some() || flags & flag::GIVEN != 0 {
            return true;
        }
        let bare = |i: usize| {
            self.toks.get(i).is_some_and(|t| {
                t.kind == TokKind::Word && !t.norm.starts_with(article) && i < limit
            }) && name_word(self.lex, self.toks, i)
                && !self.clitic_common(i)
        };
        bare(k) && bare(k + 1)
    }

    /// Token `k` is a common word with a clitic written on it (لدول، وعدد،
    /// بشأن): never a name part.
    fn clitic_common(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        let mut rest = t.norm.as_str();
        for set in [&['\u{0648}', '\u{0641}'][..], &['\u{0628}', '\u{0644}', '\u{0643}'][..]] {
            if let Some(r) = rest.strip_prefix(set)
                && r.chars().count() >= 2
            {
                rest = r;
                if self.res.flags(rest) & flag::STOP != 0 {
                    return true;
                }
            }
        }
        false
    }

    /// A title group starting at `i`.
    fn title_group(&self, i: usize, limit: usize) -> Option<TitleGroup> {
        let mut j = i;
        let mut g = TitleGroup {
            end: i,
            titles: Vec::new(),
            country: None,
            station: None,
            counterpart: false,
            sport: false,
        };
        let mut skip_honorific = true;
        while j < limit {
            // Honorifics before a (further) title: سمو ولي العهد، معالي وزير.
            if skip_honorific
                && let Some((e, _)) = self.tag(j, |t| *t == Tag::Honorific)
                && self.tag(e, |t| matches!(t, Tag::Title(_))).is_some()
            {
                j = e;
                continue;
            }
            let Some((e, Tag::Title(t))) = self.tag(j, |t| matches!(t, Tag::Title(_))) else {
                break;
            };
            // Only the first title may carry و or a preposition.
            if !g.titles.is_empty()
                && self
                    .lex
                    .at(j)
                    .is_some_and(|m| m.clitics.conj || m.clitics.prep.is_some())
            {
                break;
            }
            let title = self.res.titles.get(t as usize)?;
            g.counterpart |= title.counterpart();
            if g.country.is_none() {
                g.country.clone_from(&title.country);
            }
            g.titles.push(t);
            j = self.complements(e, limit, title.office.as_str(), false, &mut g);
            g.end = j;
            skip_honorific = false;
        }
        (!g.titles.is_empty()).then_some(g)
    }

    /// The words after a title that complete it: nationality, a country or
    /// organization in the genitive, qualifiers, an ambassador's posting, the
    /// portfolio of a minister or the body a head leads.
    fn complements(
        &self,
        mut j: usize,
        limit: usize,
        office: &str,
        portfolio: bool,
        g: &mut TitleGroup,
    ) -> usize {
        let mut extra = 0;
        while j < limit && extra < 6 {
            let t = &self.toks[j];
            if t.kind != TokKind::Word {
                break;
            }
            if self.sport_word(j) {
                g.sport = true;
            }
            let prep = self.clitic_prep(j);
            if let Some((e, tag)) = self.tag(j, |t| {
                matches!(
                    t,
                    Tag::Demonym(_) | Tag::Country(_) | Tag::Org(_) | Tag::City(_)
                )
            }) {
                if self.has_conj(j) && !matches!(tag, Tag::Demonym(_)) && !portfolio {
                    break;
                }
                // «للعراق» after a title is where the sentence goes, not the
                // office (but «الأمين العام للأمم المتحدة» is).
                if prep.is_some() && matches!(tag, Tag::Country(_) | Tag::City(_)) {
                    break;
                }
                let iso = match tag {
                    Tag::Demonym(c) | Tag::Country(c) => {
                        self.res.countries.get(c as usize).map(|c| c.iso.clone())
                    }
                    Tag::Org(o) => self.res.orgs.get(o as usize).map(|o| o.key.clone()),
                    Tag::City(c) => self.res.cities.get(c as usize).map(|c| c.iso.clone()),
                    _ => None,
                };
                // A city after a title is a local office (محافظ البصرة، أمير
                // منطقة الرياض) or the place the sentence goes on to (الرئيس
                // التركي القاهرة): only a bare city after a title of no
                // nationality yet counts.
                if matches!(tag, Tag::City(_)) && (prep.is_some() || g.country.is_some()) {
                    break;
                }
                if g.country.is_none() {
                    g.country = iso;
                }
                j = e;
                extra += 1;
                continue;
            }
            // Posting or mission: لدى لبنان، في تركيا، إلى سوريا.
            if (office == "ambassador" || office == "envoy" || office == "other")
                && self.res.is(Class::PostingPrep, &t.norm)
                    | (office == "envoy" && self.res.is(Class::RoleBoundaryPrep, &t.norm))
                && let Some((e, tag)) =
                    self.tag(j + 1, |t| matches!(t, Tag::Country(_) | Tag::City(_)))
            {
                let iso = match tag {
                    Tag::Country(c) => self.res.countries.get(c as usize).map(|c| c.iso.clone()),
                    Tag::City(c) => self.res.cities.get(c as usize).map(|c| c.iso.clone()),
                    _ => None,
                };
                if office == "envoy" {
                    // المبعوث إلى سوريا: the mission, not the home.
                } else if g.station.is_none() {
                    g.station = iso;
                }
                j = e;
                // "إلى لبنان وسوريا": a second place of the mission.
                while self.has_conj(j)
                    && let Some((e2, _)) =
                        self.tag(j, |t| matches!(t, Tag::Country(_) | Tag::City(_)))
                {
                    j = e2;
                }
                extra += 1;
                continue;
            }
            if self.lex.known(j) {
                // Another title or a name of the lexicon starts: stop.
                break;
            }
            let flags = self.lex.flags.get(j).copied().unwrap_or(0);
            if flags & flag::QUALIFIER != 0 {
                j += 1;
                extra += 1;
                continue;
            }
            if flags & flag::GIVEN != 0 || flags & flag::PARTICLE != 0 {
                break;
            }
            // A common word (or the article on one) completes the office:
            // وزير الاقتصاد والتجارة، رئيس مجلس السيادة، رئيس جهاز الاستثمار.
            let stem = strip_to_article(&t.norm, self.res.words.one(Class::Article));
            // A word with و is the next item (وربما، وعدد), unless it is one
            // more portfolio with the article (والتجارة).
            let conj_item = t.norm.starts_with(['\u{0648}', '\u{0641}']) && stem.is_none();
            let common = !conj_item
                && (flags & flag::STOP != 0
                    || stem.is_some_and(|s| self.res.flags(s) & flag::STOP != 0));
            let function = self.res.is(Class::Preposition, &t.norm)
                || self.res.is(Class::ClauseBreak, &t.norm)
                || self.res.is(Class::Conjunction, &t.norm)
                || self.res.is(Class::During, &t.norm)
                || self.res.is(Class::Complementizer, &t.norm)
                || self.res.is(Class::InPrep, &t.norm);
            // In a list of ministers by portfolio, any noun with the article
            // names the portfolio (والخزانة والمالية).
            let portfolio_word = portfolio
                && (stem.is_some() || t.norm.starts_with(self.res.words.one(Class::Article)));
            if (common || portfolio_word) && !function && t.norm.chars().count() > 2 {
                j += 1;
                extra += 1;
                continue;
            }
            break;
        }
        j
    }

    /// Reads a name starting at `j`; returns its end. `titled`: a title or
    /// honorific stands before it, so unknown words are read as a name.
    fn read_name(&self, j: usize, limit: usize, titled: bool) -> Option<usize> {
        let mut k = j;
        let mut units = 0;
        let article = self.res.words.one(Class::Article);
        while k < limit && units < 4 {
            let Some(t) = self.toks.get(k) else { break };
            if t.kind != TokKind::Word {
                break;
            }
            let flags = self.lex.flags.get(k).copied().unwrap_or(0);
            if flags & flag::PARTICLE != 0 && !self.lex.known(k) {
                // بن سلمان، آل ثاني، عبد الفتاح، بن عبد العزيز.
                let mut p = k + 1;
                while self
                    .lex
                    .flags
                    .get(p)
                    .is_some_and(|f| f & flag::PARTICLE != 0)
                {
                    p += 1;
                }
                if p < limit && name_word(self.lex, self.toks, p) {
                    k = p + 1;
                    units += 1;
                    continue;
                }
                break;
            }
            let first = units == 0;
            // A given name with و on it starts the next item of a list (وأسعد).
            let given = flags & flag::GIVEN != 0
                || (first && self.lex.conj_flags.get(k).is_some_and(|f| f & flag::GIVEN != 0));
            // The first word of a name may be a given name that is also a
            // common word (علي / على).
            let stop = flags & flag::STOP != 0;
            let ok = name_word(self.lex, self.toks, k)
                || (first && given && !self.lex.known(k) && (titled || !stop))
                || self
                    .tag(k, |t| matches!(t, Tag::Demonym(_)))
                    .is_some_and(|_| units > 0 && t.norm.starts_with(article))
                || (units > 0
                    && self
                        .tag(k, |t| matches!(t, Tag::Ordinal(_)))
                        .is_some_and(|(e, _)| e == k + 1));
            if !ok {
                break;
            }
            if units > 0 || (first && t.norm.starts_with('\u{0648}') && !given) {
                if first {
                    break;
                }
                // و + word: the next item of a list, not the same name.
                if self.has_conj(k) || t.norm.starts_with('\u{0648}') && !given {
                    break;
                }
                // An ordinal ends a regnal name: عبدالله الثاني.
                if self.tag(k, |t| matches!(t, Tag::Ordinal(_))).is_some() {
                    k += 1;
                    break;
                }
            }
            // A preposition and the article glued on (بالرئيس، للشؤون), or a
            // clitic on a common word (لدول، وعدد).
            if strip_to_article(&t.norm, article).is_some() || (self.clitic_common(k) && !given) {
                break;
            }
            // An imperfect verb (يؤدي، يقوم): not a name, unless a given name.
            if !given && t.norm.starts_with(IMPERFECT) && t.norm.chars().count() >= 4 && !first {
                break;
            }
            if !given && first && !titled {
                return None;
            }
            if first && !given && !titled && t.norm.starts_with(IMPERFECT) && t.norm.chars().count() >= 4 {
                return None;
            }
            units += 1;
            k += 1;
        }
        (units > 0).then_some(k)
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
        while let Some((e, _)) = self.tag(j, |t| *t == Tag::Honorific) {
            honorific = true;
            j = e;
        }
        if group.is_none() && !honorific && j == i {
            // No title: a name of the lexicon, or a given name and more.
            if let Some((e, Tag::Person(o))) = self.tag(i, |t| matches!(t, Tag::Person(_))) {
                let e = self.extend_name(e, limit);
                return Some(self.named(i, i, e, None, Some(o), gov, conj, false, "PER-LEXICON"));
            }
            // «عبدالرحمن دعاله بيله وزير الخارجية»: unlisted words with a
            // specific title right after them are a name.
            let e = match self.read_name(i, limit, false) {
                Some(e) => e,
                None => {
                    let e = self.read_name(i, limit, true)?;
                    let after_title = self.apposition(e, limit).is_some_and(|g| {
                        g.titles.iter().any(|t| {
                            self.res.titles.get(*t as usize).is_some_and(|t| !t.generic() && !t.counterpart())
                        })
                    });
                    let listed = i == 0
                        || self.toks.get(i - 1).is_some_and(|p| {
                            p.is_punct('\u{060C}') || p.is_punct(',') || p.is_punct(':')
                                || self.res.is(Class::Conjunction, &p.norm)
                        });
                    if !(after_title && listed && e - i >= 2 && self.toks.get(e).is_some_and(|t| t.kind == TokKind::Word)) {
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
            return Some(self.named(i, i, e, appo, None, gov, conj, false, "PER-GIVEN-NAME")).map(
                |mut m| {
                    m.end = end;
                    m
                },
            );
        }
        // «وزير الخارجية التركي، هاكان فيدان،»: a comma between title and name.
        if group.is_some()
            && !honorific
            && self
                .toks
                .get(j)
                .is_some_and(|t| t.is_punct('\u{060C}') || t.is_punct(','))
            && (self.tag(j + 1, |t| matches!(t, Tag::Person(_))).is_some()
                || self
                    .lex
                    .flags
                    .get(j + 1)
                    .is_some_and(|f| f & flag::GIVEN != 0 && f & flag::STOP == 0))
        {
            j += 1;
        }
        let quoted = self.toks.get(j).is_some_and(is_quote);
        let mut ns = j;
        while self.toks.get(ns).is_some_and(is_quote) && ns < j + 2 {
            ns += 1;
        }
        let (ne, official) =
            if let Some((e, Tag::Person(o))) = self.tag(ns, |t| matches!(t, Tag::Person(_))) {
                (Some(self.extend_name(e, limit)), Some(o))
            } else {
                (self.read_name(ns, limit, true), None)
            };
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
                let mut m = self.named(i, ns, ne, g, official, gov, conj, honorific, rule);
                m.end = end;
                Some(m)
            }
            None => {
                let g = group?;
                let end = g.end;
                let counterpart = g.counterpart;
                Some(Mention {
                    start: i,
                    end,
                    name: (end, end),
                    kind: MentionKind::Role,
                    person: usize::MAX,
                    gov,
                    conj,
                    rule: if counterpart { "PER-COUNTERPART" } else { "PER-ROLE" },
                    info: Info {
                        titles: g.titles,
                        country: g.country,
                        station: g.station,
                        counterpart,
                        honorific,
                        sport: g.sport,
                        ..Info::default()
                    },
                })
            }
        }
    }

    /// A lexicon name may go on (محمد بن سلمان بن عبدالعزيز آل سعود).
    fn extend_name(&self, mut e: usize, limit: usize) -> usize {
        while e + 1 < limit
            && self
                .lex
                .flags
                .get(e)
                .is_some_and(|f| f & flag::PARTICLE != 0)
            && name_word(self.lex, self.toks, e + 1)
        {
            e += 2;
        }
        e
    }

    /// A title group after a name, separated by nothing or a comma.
    fn apposition(&self, e: usize, limit: usize) -> Option<TitleGroup> {
        let start = if self
            .toks
            .get(e)
            .is_some_and(|t| t.is_punct('\u{060C}') || t.is_punct(','))
        {
            e + 1
        } else {
            e
        };
        if self.lex.at(start).is_some_and(|m| m.clitics.prep.is_some()) {
            return None;
        }
        let g = self.title_group(start, limit)?;
        // A generic word alone (رئيس، مدير) after a name is a new clause.
        let generic = g.titles.iter().all(|t| {
            self.res
                .titles
                .get(*t as usize)
                .is_none_or(|t| t.generic() || t.counterpart())
        });
        (!generic || g.country.is_some()).then_some(g)
    }

    /// The preposition governing the mention at `i`: an attached ب/ل/ك or
    /// a preposition word right before.
    fn governing(&self, i: usize) -> Option<String> {
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
        self.res
            .is(Class::Preposition, prev)
            .then(|| prev.to_owned())
    }

    #[allow(clippy::too_many_arguments)]
    fn named(
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

/// Person mentions of tokens `range` (a sentence), in text order.
pub fn chunk(c: &Chunker<'_>, range: std::ops::Range<usize>, out: &mut Vec<Mention>) {
    let mut i = range.start;
    while i < range.end {
        match c.mention_at(i, range.end) {
            Some(m) => {
                i = m.end.max(i + 1);
                out.push(m);
            }
            None => i += 1,
        }
    }
}

/// A list of ministers by portfolio after «وزراء»: «وزراء الخارجية فلان،
/// والدفاع فلان»: each item a mention with the minister title.
pub fn ministers_list(
    c: &Chunker<'_>,
    i: usize,
    after: usize,
    limit: usize,
    minister: Option<u16>,
    out: &mut Vec<Mention>,
) -> usize {
    let mut j = after;
    if c.toks.get(j).is_some_and(|t| t.kind == TokKind::Punct) {
        j += 1;
    }
    let mut found = 0;
    while j < limit {
        // The portfolio: words completing the office.
        let mut g = TitleGroup {
            end: j,
            titles: minister.into_iter().collect(),
            country: None,
            station: None,
            counterpart: false,
            sport: false,
        };
        let e = c.complements(j, limit, "minister", true, &mut g);
        if e == j {
            break;
        }
        let Some(ne) = c.read_name(e, limit, true) else {
            break;
        };
        let mut m = c.named(j, e, ne, Some(g), None, None, true, false, "PER-MINISTERS-LIST");
        m.end = ne;
        out.push(m);
        found += 1;
        j = ne;
        if c.toks
            .get(j)
            .is_some_and(|t| t.is_punct('\u{060C}') || t.is_punct(','))
        {
            j += 1;
        }
    }
    if found == 0 { i + 1 } else { j }
}
