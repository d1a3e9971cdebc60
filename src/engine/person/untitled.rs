//! A mention with no title before it: a name of the lexicon (with a
//! title in apposition after إن/أن), or unlisted words read as a name
//! when a specific title follows them.

use super::{Chunker, Mention};
use crate::engine::resources::{Class, Form, Tag, flag};
use crate::engine::tokens::TokKind;

impl Chunker<'_> {
    /// A mention with no title before it: a name of the lexicon, or a given
    /// name and more.
    pub(super) fn untitled(
        &self,
        i: usize,
        limit: usize,
        gov: Option<String>,
        conj: bool,
    ) -> Option<Mention> {
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
}
