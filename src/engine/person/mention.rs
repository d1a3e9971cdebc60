//! The person mention starting at a token (`mention_at`): a title group,
//! honorifics, then a name, in quotes or after a comma, or a name followed
//! by its title in apposition; a title whose name is someone else's.

use super::{Chunker, Mention, TitleGroup, is_quote};
use crate::engine::morph::without_conj;
use crate::engine::resources::{Class, Tag, flag};
use crate::engine::tokens::TokKind;

impl Chunker<'_> {
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
}
