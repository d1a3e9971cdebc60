//! Names read from words nobody listed: where a name starts and where it
//! ends (a common word, a known phrase, a verb-like word, a clitic on a
//! common word), particles (بن، آل، عبد), and lists of ministers by
//! portfolio.

use super::{Chunker, Mention, TitleGroup};
use crate::engine::lookup::name_word;
use crate::engine::morph::{future_verb_not_first_person, prep_and_article, strip_to_article};
use crate::engine::resources::{Class, Tag, flag};
use crate::engine::tokens::TokKind;

/// Prefixes of an imperfect verb (ي ت).
const IMPERFECT: [char; 2] = ['\u{064A}', '\u{062A}'];
/// Long vowels (ا و ي).
const LONG_VOWELS: [char; 3] = ['\u{0627}', '\u{0648}', '\u{064A}'];
/// The longest imperfect verb not among the common words, in letters
/// (يستعرض، تستضيف).
const MAX_IMPERFECT: usize = 6;

/// A word shaped like an imperfect verb (يحذر، تستضيف): ي/ت, then a
/// consonant, at most six letters. A foreign family name may start with
/// the same letters (تيلرسون، تاجاني، يونكر، تيمرمانس), but its second
/// letter is a long vowel or it is longer; everyday verbs of either shape
/// are common words, which end a name anyway.
/// `second` is the word's second letter as written: a hamza on waw or ya
/// (يؤيدون، يئن) is a consonant, though normalization writes it و/ي.
fn imperfect_shape(norm: &str, second: Option<char>) -> bool {
    let n = norm.chars().count();
    norm.starts_with(IMPERFECT)
        && second.is_some_and(|s| !LONG_VOWELS.contains(&s))
        && (4..=MAX_IMPERFECT).contains(&n)
}

impl Chunker<'_> {
    /// The second letter of token `k` as written in the text.
    fn second_char(&self, k: usize) -> Option<char> {
        let t = self.toks.get(k)?;
        self.chars
            .get(t.start..t.end)?
            .iter()
            // Letters only: not the harakat or the tatweel.
            .filter(|c| {
                c.is_alphabetic() && !matches!(c, '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}')
            })
            .nth(1)
            .copied()
    }

    /// The last letter of token `k` as written (not a haraka or tatweel).
    fn last_letter(&self, k: usize) -> Option<char> {
        let t = self.toks.get(k)?;
        self.chars.get(t.start..t.end).and_then(|cs| {
            cs.iter()
                .rev()
                .find(|c| c.is_alphabetic() && !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}'))
                .copied()
        })
    }

    /// A word that starts no name however it stands: a plural adjective
    /// with the article (كبار المسؤولين الماليين) or a noun written with ة
    /// (نظيره الإيطالي سهرة الغد); given names (فاطمة) are not asked.
    fn common_shape(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        let article = self.res.words.one(Class::Article);
        let nisba_plural = t.norm.starts_with(article)
            && (t.norm.ends_with("\u{064A}\u{064A}\u{0646}")
                || t.norm.ends_with("\u{064A}\u{0648}\u{0646}"));
        nisba_plural || self.last_letter(k) == Some('\u{0629}')
    }

    /// Token `k` ends with a pronoun suffix (اعتزامه، عزمهم، داخليتها): five
    /// letters at least, and a single «ه» written as such, not «ة», and not
    /// after «ي» (خوسيه، أندريه are names).
    fn pronoun_on(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        if t.norm.chars().count() < 5 {
            return false;
        }
        let last = self.last_letter(k);
        self.res.words.forms(Class::PronounSuffix).iter().any(|p| {
            t.norm.ends_with(p.as_str())
                && (p.chars().count() > 1
                    || (last == Some('\u{0647}') && !t.norm.ends_with("\u{064A}\u{0647}")))
        })
    }

    /// A name clearly starts at token `k`: a given name or a name of the
    /// lexicon, or two unlisted words without the article.
    pub(super) fn name_starts(&self, k: usize, limit: usize) -> bool {
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
    pub(super) fn clitic_common(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        let mut rest = t.norm.as_str();
        for set in [
            &['\u{0648}', '\u{0641}'][..],
            &['\u{0628}', '\u{0644}', '\u{0643}'][..],
        ] {
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

    /// «جو ويلسون»: token `k`, after a given name, is an unlisted word
    /// written with و (no و clitic the lexicon knows, no given name after
    /// it) that ends the name.
    fn family_name_with_waw(&self, k: usize) -> bool {
        !self.has_conj(k)
            && self.lex.flag(k.wrapping_sub(1), flag::GIVEN)
            && !self.lex.known(k)
            && self.lex.conj_flags.get(k).is_some_and(|f| *f == 0)
            && self
                .toks
                .get(k)
                .is_some_and(|t| t.norm.chars().count() >= 5)
            && !name_word(self.lex, self.toks, k + 1)
    }

    /// A hyphen at `k` with no space around it joins the parts of one
    /// foreign name (مون جاي-إن).
    fn hyphen_joins(&self, k: usize, limit: usize) -> bool {
        self.toks
            .get(k)
            .is_some_and(|t| t.is_punct('-') && !t.space_before)
            && k + 1 < limit
            && self
                .toks
                .get(k + 1)
                .is_some_and(|n| n.kind == TokKind::Word && !n.space_before)
    }

    /// After «بن»/«آل» comes a name even when the word at `p` is also a
    /// common word of news prose (بن دغر) or a given name that is also a
    /// title (زايد بن سلطان).
    fn after_particle(&self, p: usize) -> bool {
        self.toks.get(p).is_some_and(|t| {
            t.kind == TokKind::Word
                && t.norm.chars().count() >= 3
                && (!self.lex.known(p) || self.lex.flag(p, flag::GIVEN))
                && !self.res.is(Class::Preposition, &t.norm)
        })
    }

    /// Reads a name starting at `j`; returns its end. `titled`: a title or
    /// honorific stands before it, so unknown words are read as a name.
    pub(super) fn read_name(&self, j: usize, limit: usize, titled: bool) -> Option<usize> {
        self.read_name_opts(j, limit, titled, false)
    }

    /// [`Self::read_name`]; `conj_first`: the first word carries the و of
    /// a list item (وحمود), which does not end the name there.
    pub(super) fn read_name_opts(
        &self,
        j: usize,
        limit: usize,
        titled: bool,
        conj_first: bool,
    ) -> Option<usize> {
        let quoted = j > 0 && self.toks.get(j - 1).is_some_and(super::is_quote);
        let e = self.read_words(j, limit, titled, conj_first)?;
        (e != j + 1 || quoted || !self.lone_word_no_name(j)).then_some(e)
    }

    /// The words of a name from `j` ([`Self::read_name_opts`]), which may
    /// go on a word before `j` read by the caller.
    fn read_words(&self, j: usize, limit: usize, titled: bool, conj_first: bool) -> Option<usize> {
        let mut k = j;
        let mut units = 0;
        let article = self.res.words.one(Class::Article);
        // A name in quotes («"طنر يلديز"») is read to the quote: a foreign
        // name may look like a verb there.
        let quoted = j > 0 && self.toks.get(j - 1).is_some_and(super::is_quote);
        while k < limit && units < 4 {
            let Some(t) = self.toks.get(k) else { break };
            if units > 0 && self.hyphen_joins(k, limit) {
                k += 2;
                continue;
            }
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
                if p < limit && (name_word(self.lex, self.toks, p) || self.after_particle(p)) {
                    k = p + 1;
                    units += 1;
                    continue;
                }
                break;
            }
            let first = units == 0;
            // A given name with و on it starts the next item of a list (وأسعد).
            let given = flags & flag::GIVEN != 0
                || (first
                    && self
                        .lex
                        .conj_flags
                        .get(k)
                        .is_some_and(|f| f & flag::GIVEN != 0));
            // The first word of a name may be a given name that is also a
            // common word (علي / على).
            let stop = flags & flag::STOP != 0;
            // «سلطان بن محمد»: a given name that is also a title, before a
            // name particle.
            let title_given = first
                && given
                && self.lex.flag(k + 1, flag::PARTICLE)
                && self
                    .tag(k, |t| matches!(t, Tag::Title(_)))
                    .is_some_and(|(e, _)| e == k + 1);
            let ok = name_word(self.lex, self.toks, k)
                || title_given
                || (first && given && !self.lex.known(k) && (titled || !stop))
                || self
                    .tag(k, |t| matches!(t, Tag::Demonym(_)))
                    .is_some_and(|_| units > 0 && t.norm.starts_with(article))
                || (units > 0
                    && t.norm.starts_with(article)
                    && self
                        .tag(k, |t| matches!(t, Tag::Ordinal(_)))
                        .is_some_and(|(e, _)| e == k + 1));
            if !ok {
                break;
            }
            if units > 0 || (first && !conj_first && t.norm.starts_with('\u{0648}') && !given) {
                if first {
                    break;
                }
                // و + word: the next item of a list, not the same name;
                // but after a given name, an unlisted family name written
                // with و (جو ويلسون) that ends the name is its last word.
                let family_w = units == 1 && self.family_name_with_waw(k);
                if !family_w && (self.has_conj(k) || t.norm.starts_with('\u{0648}') && !given) {
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
            if prep_and_article(&t.norm, article) || (self.clitic_common(k) && !given) {
                break;
            }
            // An imperfect verb (يؤدي، يقوم): not a name, unless a given name.
            let verb_like = !given && !quoted && imperfect_shape(&t.norm, self.second_char(k));
            // «مون جاي-إن سيوجه»: a future verb ends the name too.
            let future = !given && !quoted && future_verb_not_first_person(&t.norm);
            if (verb_like || future) && !first {
                break;
            }
            if first && self.first_word_no_name(k, titled, verb_like, given, stop, quoted) {
                return None;
            }
            if !given && first && !titled {
                return None;
            }
            if first
                && !given
                && !titled
                && t.norm.starts_with(IMPERFECT)
                && t.norm.chars().count() >= 4
            {
                return None;
            }
            units += 1;
            k += 1;
        }
        (units > 0).then_some(k)
    }

    /// A name of one word nobody listed, standing alone, is none when it
    /// has the shape of an everyday word: the article on a word not shaped
    /// as a family name (…ي: العبادي), which makes it an adjective or a
    /// participle («الوزير الأميركي للصحفيين المرافقين»، البالغ، المعروف);
    /// or the ending «ا» of an indefinite object («الرئيس انتقادا»، غضبا),
    /// not after «ي» (باتريشيا) nor before a plain word.
    fn lone_word_no_name(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k) else {
            return false;
        };
        if self.lex.flag(k, flag::GIVEN) || self.lex.known(k) {
            return false;
        }
        let article = self.res.words.one(Class::Article);
        let mut letters = t.norm.chars().rev();
        let last = letters.next();
        let before_last = letters.next();
        if t.norm.starts_with(article) {
            return last != Some('\u{064A}');
        }
        // A foreign name cut short (برنابا سيبوسيو) goes on with a plain
        // word; the object is followed by a particle, a clitic or the
        // article (غضبا وسخرية، انتقادا قبل، مخاطبا المسؤولين).
        let plain_next = self.toks.get(k + 1).is_some_and(|n| {
            n.kind == TokKind::Word
                && !n.norm.starts_with(article)
                && !n.norm.starts_with('\u{0648}')
                && self.clitic_prep(k + 1).is_none()
                && !self.lex.flag(k + 1, flag::STOP | flag::FUNCTION)
        });
        last == Some('\u{0627}')
            && before_last != Some('\u{064A}')
            && t.norm.chars().count() >= 4
            && !plain_next
    }

    /// The first word of a name read at `k` is none: after a title, a
    /// verb-like word ([`Self::no_name_after_title`]); «أعلن الرئيس الأمريكي
    /// اعتزامه منع»: a noun with a pronoun on it, before no name word (a
    /// foreign given name may end the same way: «فوبكه هوكسترا»); a word of
    /// a common shape ([`Self::common_shape`]).
    fn first_word_no_name(
        &self,
        k: usize,
        titled: bool,
        verb_like: bool,
        given: bool,
        stop: bool,
        quoted: bool,
    ) -> bool {
        (titled && self.no_name_after_title(k, verb_like, given, stop, quoted))
            || (!given
                && !quoted
                && !self.lex.known(k)
                && ((self.pronoun_on(k) && !name_word(self.lex, self.toks, k + 1))
                    || self.common_shape(k)))
    }

    /// After a title, the word at `k` starts no name: a verb-like word
    /// (يحذر، ستحمل) or a given name that is also an everyday word (على)
    /// with no name word after it («وزير الدفاع الفرنسي يحذر من …»), or a
    /// noun with a pronoun on it («على التزامهما»).
    fn no_name_after_title(
        &self,
        k: usize,
        verb_like: bool,
        given: bool,
        stop: bool,
        quoted: bool,
    ) -> bool {
        let norm = self.toks.get(k).map_or("", |t| t.norm.as_str());
        // «ستحمل»: the future prefix before an imperfect verb.
        let future_verb = !given
            && !quoted
            && norm.starts_with('\u{0633}')
            && norm.chars().nth(1).is_some_and(|c| IMPERFECT.contains(&c))
            && norm.chars().count() >= 5;
        // «على سياساته»: a plural noun with a pronoun on it (…اته، …اتها)
        // is no name word.
        let plural_with_pronoun = self.toks.get(k + 1).is_some_and(|t| {
            self.res.words.forms(Class::PluralEnding).iter().any(|pl| {
                self.res
                    .words
                    .forms(Class::PronounSuffix)
                    .iter()
                    .any(|pr| t.norm.ends_with(&format!("{pl}{pr}")))
            })
        });
        // «يستعين بـ"وساطة"»: a lone letter (a clitic cut off by a quote)
        // is no name word either.
        let lone_letter = self
            .toks
            .get(k + 1)
            .is_some_and(|t| t.norm.chars().count() < 2);
        // «يتعهّد بالمحافظة»: a preposition and the article glued on the
        // next word: it is the verb's complement, not a family name.
        let article = self.res.words.one(Class::Article);
        let prep_article = self.toks.get(k + 1).is_some_and(|t| {
            t.norm.starts_with(['\u{0628}', '\u{0644}', '\u{0643}'])
                && strip_to_article(&t.norm, article).is_some()
        });
        (verb_like || future_verb || (given && stop))
            && !self.lex.known(k)
            && (!name_word(self.lex, self.toks, k + 1)
                || self.pronoun_on(k + 1)
                || plural_with_pronoun
                || lone_letter
                || prep_article)
    }

    /// After a title with a nationality, a foreign name whose first word is
    /// also a common word of news prose (الرئيس التوغولي فوري غناسينغبي): the
    /// common word and unlisted words after it, when the word after the
    /// common one is a plain name word (no article, not verb-like). Function
    /// words (عبر، خلال) and words with a clitic never start it.
    pub(super) fn name_after_common_word(
        &self,
        k: usize,
        limit: usize,
        group: Option<&TitleGroup>,
    ) -> Option<usize> {
        group.filter(|g| g.country.is_some())?;
        let article = self.res.words.one(Class::Article);
        let flags = self.lex.flags.get(k).copied().unwrap_or(0);
        let plain = |i: usize| {
            self.toks.get(i).is_some_and(|t| {
                t.kind == TokKind::Word
                    && !t.norm.starts_with(article)
                    && !t.norm.starts_with(IMPERFECT)
                    && t.norm.chars().count() >= 3
            })
        };
        let common_only = flags & flag::STOP != 0
            && flags & (flag::FUNCTION | flag::QUALIFIER) == 0
            && !self.lex.known(k)
            && !self.clitic_common(k)
            && self.lex.conj_flags.get(k).is_none_or(|f| *f == 0);
        if !(common_only && plain(k) && k + 1 < limit && plain(k + 1)) {
            return None;
        }
        if !name_word(self.lex, self.toks, k + 1) || self.clitic_common(k + 1) {
            return None;
        }
        // Not in quotes (a quoted statement: «"سمع روايات"»), and closed by
        // a comma, a full stop or the end of the sentence.
        if k > 0 && self.toks.get(k - 1).is_some_and(super::is_quote) {
            return None;
        }
        let e = self.read_words(k + 1, limit, true, false)?;
        let closed = e >= limit
            || self
                .toks
                .get(e)
                .is_some_and(|t| t.is_comma() || t.is_punct('.'));
        closed.then_some(e)
    }

    /// A lexicon name may go on (محمد بن سلمان بن عبدالعزيز آل سعود).
    pub(super) fn extend_name(&self, mut e: usize, limit: usize) -> usize {
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
        // «زعماء روسيا وإيران الداعمتين للأسد»: a word with a preposition
        // glued on (ل، ب) is no item's name.
        if c.clitic_prep(e).is_some() {
            break;
        }
        let Some(ne) = c.read_name(e, limit, true) else {
            break;
        };
        let mut m = c.named(
            j,
            e,
            ne,
            Some(g),
            None,
            None,
            true,
            false,
            "PER-MINISTERS-LIST",
        );
        m.end = ne;
        out.push(m);
        found += 1;
        j = ne;
        if c.toks.get(j).is_some_and(|t| t.is_comma()) {
            j += 1;
        }
    }
    if found == 0 { i + 1 } else { j }
}
