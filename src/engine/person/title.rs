//! Title groups: a title and what completes it (nationality, a country or
//! organization in the genitive, qualifiers, an ambassador's posting, the
//! portfolio of a minister or the body a head leads), and titles in
//! apposition after a name.

use super::{Chunker, TitleGroup};
use crate::engine::morph::strip_to_article;
use crate::engine::resources::{Class, Tag, flag};
use crate::engine::tokens::TokKind;

impl Chunker<'_> {
    /// Token `k` (or its stem after clitics) is a word of sport.
    pub(super) fn sport_word(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        self.res.is_read_as(Class::Sport, &t.norm)
    }

    /// A title group starting at `i`.
    pub(super) fn title_group(&self, i: usize, limit: usize) -> Option<TitleGroup> {
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
            // «سلطان بن محمد»: a title word with no article before a name
            // particle is a given name.
            let article = self.res.words.one(Class::Article);
            if e == j + 1
                && self.lex.flag(e, flag::PARTICLE)
                && !self.toks[j].norm.starts_with(article)
            {
                break;
            }
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
            // «وزير الخارجية الفلسطيني نظيره البريطاني X»: «نظيره» after a
            // title group starts the next person (the one met), not a
            // further title of the same one.
            if !g.titles.is_empty() && title.counterpart() {
                break;
            }
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
    pub(super) fn complements(
        &self,
        mut j: usize,
        limit: usize,
        office: &str,
        portfolio: bool,
        g: &mut TitleGroup,
    ) -> usize {
        let mut extra = 0;
        while j < limit && extra < 6 {
            if self.toks[j].kind != TokKind::Word {
                break;
            }
            if self.sport_word(j) {
                g.sport = true;
            }
            let step = match self.place_complement(j, portfolio, office, g) {
                Step::NotHere => match self.posting(j, office, g) {
                    Some(e) => Step::Next(e),
                    None => self.word_complement(j, limit, portfolio),
                },
                step => step,
            };
            match step {
                Step::Next(e) => {
                    j = e;
                    extra += 1;
                }
                Step::Stop | Step::NotHere => break,
            }
        }
        j
    }

    /// A nationality, country, organization or city completing the title at
    /// `j` (وزير الخارجية التركي، الأمين العام للأمم المتحدة).
    fn place_complement(
        &self,
        j: usize,
        portfolio: bool,
        office: &str,
        g: &mut TitleGroup,
    ) -> Step {
        let Some((e, tag)) = self.tag(j, |t| {
            matches!(
                t,
                Tag::Demonym(_) | Tag::Country(_) | Tag::Org(_) | Tag::City(_)
            )
        }) else {
            return Step::NotHere;
        };
        let prep = self.clitic_prep(j);
        if self.has_conj(j) && !matches!(tag, Tag::Demonym(_)) && !portfolio {
            return Step::Stop;
        }
        // «للعراق» after a title is where the sentence goes, not the
        // office (but «الأمين العام للأمم المتحدة» is).
        if prep.is_some() && matches!(tag, Tag::Country(_) | Tag::City(_)) {
            // «مبعوث الولايات المتحدة الخاص بسوريا»: after a qualifier
            // (الخاص) an envoy's country with ب is his mission, part of the
            // title. With ل (الخاص للسودان … يزور البلاد) it may be where
            // he goes, and stays a place of the sentence.
            let qualified = prep == Some('\u{0628}')
                && j > 0
                && self
                    .lex
                    .flags
                    .get(j - 1)
                    .is_some_and(|f| f & flag::QUALIFIER != 0);
            if office == "envoy" && qualified {
                return Step::Next(e);
            }
            return Step::Stop;
        }
        // A city after a title is a local office (محافظ البصرة، أمير منطقة
        // الرياض) or the place the sentence goes on to (الرئيس التركي
        // القاهرة): only a bare city after a title of no nationality yet
        // counts.
        if matches!(tag, Tag::City(_)) && (prep.is_some() || g.country.is_some()) {
            return Step::Stop;
        }
        if g.country.is_none() {
            g.country = match tag {
                Tag::Demonym(c) | Tag::Country(c) => {
                    self.res.countries.get(c as usize).map(|c| c.iso.clone())
                }
                Tag::Org(o) => self.res.orgs.get(o as usize).map(|o| o.key.clone()),
                Tag::City(c) => self.res.cities.get(c as usize).map(|c| c.iso.clone()),
                _ => None,
            };
        }
        Step::Next(e)
    }

    /// An ambassador's posting or an envoy's mission (لدى لبنان، في تركيا،
    /// إلى سوريا): the token after it.
    fn posting(&self, j: usize, office: &str, g: &mut TitleGroup) -> Option<usize> {
        let norm = &self.toks[j].norm;
        // «مبعوث الأمين العام للأمم المتحدة إلى اليمن»: the envoy's mission
        // after the complement naming whose envoy he is.
        let envoy = office == "envoy"
            || g.titles.iter().any(|t| {
                self.res
                    .titles
                    .get(usize::from(*t))
                    .is_some_and(|t| t.office == "envoy")
            });
        let office = if envoy { "envoy" } else { office };
        let posted = matches!(office, "ambassador" | "envoy" | "other")
            && self.res.is(Class::PostingPrep, norm)
            || envoy && self.res.is(Class::RoleBoundaryPrep, norm);
        if !posted {
            return None;
        }
        let (mut j, tag) = self.tag(j + 1, |t| matches!(t, Tag::Country(_) | Tag::City(_)))?;
        let iso = match tag {
            Tag::Country(c) => self.res.countries.get(c as usize).map(|c| c.iso.as_str()),
            Tag::City(c) => self.res.cities.get(c as usize).map(|c| c.iso.as_str()),
            _ => None,
        };
        // «زعيم كوريا الشمالية في بيونغ يانغ»: a place in the office's own
        // country is where he is, not a posting abroad.
        if iso.is_some() && iso == g.country.as_deref() {
            return None;
        }
        // المبعوث إلى سوريا: the mission, not the home.
        if office != "envoy" && g.station.is_none() {
            g.station = match tag {
                Tag::Country(c) => self.res.countries.get(c as usize).map(|c| c.iso.clone()),
                Tag::City(c) => self.res.cities.get(c as usize).map(|c| c.iso.clone()),
                _ => None,
            };
        }
        // "إلى لبنان وسوريا": a second place of the mission.
        while self.has_conj(j)
            && let Some((e2, _)) = self.tag(j, |t| matches!(t, Tag::Country(_) | Tag::City(_)))
        {
            j = e2;
        }
        Some(j)
    }

    /// A common word completing the office at `j` (وزير الاقتصاد والتجارة،
    /// رئيس مجلس السيادة), or where the title ends.
    fn word_complement(&self, j: usize, limit: usize, portfolio: bool) -> Step {
        let t = &self.toks[j];
        let flags = self.lex.flags.get(j).copied().unwrap_or(0);
        // «الرئيس النيجيري السابق»: a qualifier goes on even when a cue
        // (السابق of an earlier visit) covers it.
        if flags & flag::QUALIFIER != 0 && !self.has_conj(j) {
            return Step::Next(j + 1);
        }
        if self.lex.known(j) {
            // Another title or a name of the lexicon starts: stop.
            return Step::Stop;
        }
        if flags & flag::GIVEN != 0 || flags & flag::PARTICLE != 0 {
            return Step::Stop;
        }
        let article = self.res.words.one(Class::Article);
        let stem = strip_to_article(&t.norm, article);
        // A word with و is the next item (وربما، وعدد), unless it is one
        // more portfolio with the article (والتجارة).
        let conj_item = t.norm.starts_with(['\u{0648}', '\u{0641}']) && stem.is_none();
        let common = !conj_item
            && (flags & flag::STOP != 0
                || stem.is_some_and(|s| self.res.flags(s) & flag::STOP != 0));
        let function = [
            Class::DayWord,
            Class::Preposition,
            Class::ClauseBreak,
            Class::Conjunction,
            Class::During,
            Class::Complementizer,
            Class::InPrep,
        ]
        .into_iter()
        .any(|c| self.res.is(c, &t.norm));
        // In a list of ministers by portfolio, any noun with the article
        // names the portfolio (والخزانة والمالية).
        let portfolio_word = portfolio && (stem.is_some() || t.norm.starts_with(article));
        if (common || portfolio_word) && !function && t.norm.chars().count() > 2 {
            return Step::Next(j + 1);
        }
        // An unlisted word with the article is the office's complement when
        // a name starts after it (وزير التربية ناجي جلول), else the family
        // name itself (الرئيس السيسي).
        // Likewise before a nationality (وزير الري المصري).
        let demonym_after = self.tag(j + 1, |t| matches!(t, Tag::Demonym(_))).is_some();
        if !function
            && t.norm.starts_with(article)
            && (demonym_after || self.name_starts(j + 1, limit))
        {
            return Step::Next(j + 1);
        }
        Step::Stop
    }

    /// A title group after a name, separated by nothing or a comma.
    pub(super) fn apposition(&self, e: usize, limit: usize) -> Option<TitleGroup> {
        let start = if self.toks.get(e).is_some_and(|t| t.is_comma()) {
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
}

/// What one step of [`Chunker::complements`] found.
enum Step {
    /// The title goes on to this token.
    Next(usize),
    /// The title ends here.
    Stop,
    /// This kind of complement is not here (try the next).
    NotHere,
}
