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
use super::resources::{Class, Resources, Tag};
use super::tokens::{TokKind, Token};

mod chunker;
mod mention;
mod name;
mod title;
mod untitled;

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
