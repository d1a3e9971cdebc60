//! Language resources: the data files under `assets/`, embedded and parsed
//! into one dictionary the lookup stage reads.
//!
//! Every file starts with `#` comment lines stating its format. Parsing is
//! strict (column counts, ISO codes, coordinates, known keys, unique rule
//! IDs) and reports the file and line of any problem; [`validate_embedded`]
//! runs it for tests. The loader is split by concern: [`gazetteer`] (places),
//! [`lexicon`] (people, titles, word classes), [`rules`] (triggers, cues,
//! frames; trigger lemmas are inflected here) and [`time`].

use std::collections::HashMap;

use super::tokens::{TokKind, normalize, tokenize};

mod gazetteer;
mod lexicon;
mod rules;
mod time;

pub use gazetteer::{City, Country, Org, Venue};
pub use lexicon::{Class, FunctionWords, Official, Title};
pub use rules::{Cue, CueKind, Frame, FrameTraveller, NoPlace, PlaceRole, Rule, TriggerKind};

/// The embedded resource files, as (path under `assets/`, content).
pub const FILES: [(&str, &str); 28] = [
    (
        "rules/confidence.tsv",
        include_str!("../../../assets/rules/confidence.tsv"),
    ),
    (
        "gazetteer/countries.tsv",
        include_str!("../../../assets/gazetteer/countries.tsv"),
    ),
    (
        "gazetteer/cities.tsv",
        include_str!("../../../assets/gazetteer/cities.tsv"),
    ),
    (
        "gazetteer/organizations.tsv",
        include_str!("../../../assets/gazetteer/organizations.tsv"),
    ),
    (
        "gazetteer/regions.tsv",
        include_str!("../../../assets/gazetteer/regions.tsv"),
    ),
    (
        "people/officials.tsv",
        include_str!("../../../assets/people/officials.tsv"),
    ),
    (
        "lexicon/titles.tsv",
        include_str!("../../../assets/lexicon/titles.tsv"),
    ),
    (
        "lexicon/honorifics.txt",
        include_str!("../../../assets/lexicon/honorifics.txt"),
    ),
    (
        "lexicon/name_particles.txt",
        include_str!("../../../assets/lexicon/name_particles.txt"),
    ),
    (
        "lexicon/given_names.txt",
        include_str!("../../../assets/lexicon/given_names.txt"),
    ),
    (
        "lexicon/stopwords.txt",
        include_str!("../../../assets/lexicon/stopwords.txt"),
    ),
    (
        "lexicon/common_words.txt",
        include_str!("../../../assets/lexicon/common_words.txt"),
    ),
    (
        "lexicon/not_places.txt",
        include_str!("../../../assets/lexicon/not_places.txt"),
    ),
    (
        "lexicon/institutions.tsv",
        include_str!("../../../assets/lexicon/institutions.tsv"),
    ),
    (
        "lexicon/boilerplate.tsv",
        include_str!("../../../assets/lexicon/boilerplate.tsv"),
    ),
    (
        "lexicon/function_words.tsv",
        include_str!("../../../assets/lexicon/function_words.tsv"),
    ),
    (
        "lexicon/romanization.tsv",
        include_str!("../../../assets/lexicon/romanization.tsv"),
    ),
    (
        "time/weekdays.tsv",
        include_str!("../../../assets/time/weekdays.tsv"),
    ),
    (
        "time/months.tsv",
        include_str!("../../../assets/time/months.tsv"),
    ),
    (
        "time/hijri_months.tsv",
        include_str!("../../../assets/time/hijri_months.tsv"),
    ),
    (
        "time/published.txt",
        include_str!("../../../assets/time/published.txt"),
    ),
    (
        "time/relative.tsv",
        include_str!("../../../assets/time/relative.tsv"),
    ),
    (
        "time/modifiers.tsv",
        include_str!("../../../assets/time/modifiers.tsv"),
    ),
    (
        "time/ordinals.tsv",
        include_str!("../../../assets/time/ordinals.tsv"),
    ),
    (
        "rules/triggers.tsv",
        include_str!("../../../assets/rules/triggers.tsv"),
    ),
    (
        "rules/cues.tsv",
        include_str!("../../../assets/rules/cues.tsv"),
    ),
    (
        "rules/frames.tsv",
        include_str!("../../../assets/rules/frames.tsv"),
    ),
    (
        "rules/stages.tsv",
        include_str!("../../../assets/rules/stages.tsv"),
    ),
];

fn file(name: &str) -> &'static str {
    FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, c)| *c)
        .unwrap_or("")
}

/// Grammatical form of a trigger word, read by the morphology.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Form {
    /// Perfect verb (وصل): done.
    Perfect,
    /// Imperfect verb (يصل): under way, or planned by its time or a cue.
    Imperfect,
    /// Verbal noun (زيارة): status from what governs it.
    Noun,
    /// Active participle (متوجها): the time of its clause.
    Participle,
}

/// Time-expression word classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimeMod {
    Past,
    Future,
    DayPart,
    /// A period that pins no day, with its direction when it has one
    /// (-1 الأسبوع الماضي, 1 الأسبوع المقبل, 0 هذا الأسبوع).
    Unresolved(i8),
}

/// What a dictionary phrase means. One phrase may carry several tags
/// (عمان: the city Amman and a name of Oman).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tag {
    Country(u16),
    Demonym(u16),
    City(u16),
    Venue(u16),
    Org(u16),
    /// A region that is no country (الشرق الأوسط): heads a list, makes no leg.
    Region(u16),
    Title(u16),
    Person(u16),
    /// A trigger rule, the form of the word, and whether a pronoun is
    /// attached (زيارته: the possessor is named before).
    Trigger(u16, Form, bool),
    Cue(u16),
    Weekday(u8),
    Month(u8),
    HijriMonth(u8),
    Relative(i8),
    Time(TimeMod),
    Ordinal(u8),
    Honorific,
    /// A phrase that holds a place name without naming a place (مسقط رأسه).
    NotPlace,
}

/// A dictionary entry: the tokens after the first one, and the tags.
#[derive(Clone, Debug)]
pub struct Entry {
    pub rest: Vec<String>,
    pub tags: Vec<Tag>,
}

/// Word-class flags of a single normalized token ([`Resources::flags`]).
pub mod flag {
    /// A common word of news prose: never part of a name.
    pub const STOP: u16 = 1;
    /// A known given name: starts a name even without a title.
    pub const GIVEN: u16 = 1 << 1;
    /// A name particle (بن، آل، عبد): binds the next word into the name.
    pub const PARTICLE: u16 = 1 << 2;
    /// A word that may follow a title before the name (السابق، المؤقت).
    pub const QUALIFIER: u16 = 1 << 3;
    /// A word of `stopwords.txt` (function words, reporting verbs): never
    /// a name part, even after a title.
    pub const FUNCTION: u16 = 1 << 4;
}

/// What one normalized key maps to: the phrases starting with it and the
/// word classes of the key as a whole word.
#[derive(Clone, Debug, Default)]
pub struct Slot {
    pub entries: Vec<Entry>,
    pub flags: u16,
}

/// A rule of a stage implemented in code (`rules/stages.tsv`): its ID and
/// the examples that must and must not fire it.
#[derive(Clone, Debug)]
pub struct StageRule {
    pub id: String,
    pub stage: String,
    pub example: String,
    pub counterexample: String,
}

/// All resources, parsed.
#[derive(Debug, Default)]
pub struct Resources {
    pub countries: Vec<Country>,
    pub cities: Vec<City>,
    pub orgs: Vec<Org>,
    /// Region keys (`gazetteer/regions.tsv`).
    pub regions: Vec<String>,
    pub officials: Vec<Official>,
    pub titles: Vec<Title>,
    pub venues: Vec<Venue>,
    pub rules: Vec<Rule>,
    pub cues: Vec<Cue>,
    pub frames: Vec<Frame>,
    pub stages: Vec<StageRule>,
    /// The confidence of a leg by its evidence points (`rules/confidence.tsv`).
    pub confidence: Vec<(u8, f32)>,
    /// First normalized token → entries starting with it, and its flags.
    pub dict: HashMap<String, Slot, Fast>,
    /// (cut the rest?, normalized marker tokens).
    pub boilerplate: Vec<(bool, Vec<String>)>,
    /// Titles of a headline digest (أبرز أخبار اليوم): the whole page is a
    /// list of other stories' headlines.
    pub digest: Vec<Vec<String>>,
    /// Words that introduce a publication date (`time/published.txt`), as
    /// normalized tokens.
    pub published_markers: Vec<Vec<String>>,
    /// letter → (consonant, vowel).
    pub roman: HashMap<char, (String, String)>,
    /// Function words and affixes by class (`lexicon/function_words.tsv`).
    pub words: FunctionWords,
}

/// A fast hasher for the short keys of the dictionary: eight bytes at a
/// time, each folded in with the rotate-xor-multiply step of rustc's
/// FxHash (no DoS concern: the keys are our own resources).
#[derive(Clone, Copy, Debug, Default)]
pub struct WordHasher(u64);

impl WordHasher {
    /// Folds eight bytes into the hash.
    fn add(&mut self, word: u64) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // The multiply mixes upwards; the hash table indexes with the low
        // bits, so the well-mixed high bits are rotated down.
        self.0.rotate_left(26)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }
}

/// Builds [`WordHasher`]s.
pub type Fast = std::hash::BuildHasherDefault<WordHasher>;

/// Normalized word tokens of a phrase.
pub fn phrase_tokens(s: &str) -> Vec<String> {
    tokenize(s)
        .into_iter()
        .filter(|t| t.kind != TokKind::Punct)
        .map(|t| t.norm)
        .collect()
}

/// Data rows of a TSV/list file: (1-based line number, line), skipping the
/// `#` header/comments and blank lines. Errors if the file has no header.
fn rows(name: &str) -> Result<Vec<(usize, &'static str)>, String> {
    let text = file(name);
    if !text.trim_start_matches('\u{feff}').starts_with('#') {
        return Err(format!(
            "assets/{name}: missing the `#` header that states the format"
        ));
    }
    Ok(text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l))
        .collect())
}

fn cols<'a>(name: &str, n: usize, line: usize, l: &'a str) -> Result<Vec<&'a str>, String> {
    let c: Vec<&str> = l.split('\t').collect();
    if c.len() != n {
        return Err(format!(
            "assets/{name}:{line}: expected {n} tab-separated columns, found {}",
            c.len()
        ));
    }
    Ok(c)
}

fn variants(cell: &str) -> impl Iterator<Item = &str> {
    cell.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "-")
}

fn is_iso2(s: &str) -> bool {
    s.len() == 2 && s.chars().all(|c| c.is_ascii_uppercase())
}

impl Resources {
    /// Adds `phrase` (normalized into tokens) with `tag` to the dictionary.
    fn add(&mut self, phrase: &str, tag: Tag) {
        let toks = phrase_tokens(phrase);
        self.add_tokens(&toks, tag);
    }

    fn add_tokens(&mut self, toks: &[String], tag: Tag) {
        let Some((first, rest)) = toks.split_first() else {
            return;
        };
        let entries = &mut self.dict.entry(first.clone()).or_default().entries;
        if let Some(e) = entries.iter_mut().find(|e| e.rest == rest) {
            if !e.tags.contains(&tag) {
                e.tags.push(tag);
            }
        } else {
            entries.push(Entry {
                rest: rest.to_vec(),
                tags: vec![tag],
            });
        }
    }

    /// Marks every word of `line` with `f`.
    fn add_flag_words(&mut self, line: &str, f: u16) {
        for w in phrase_tokens(line) {
            self.dict.entry(w).or_default().flags |= f;
        }
    }

    /// Parses every embedded resource file.
    pub fn load() -> Result<Resources, String> {
        let mut r = Resources {
            words: FunctionWords::parse()?,
            ..Resources::default()
        };
        gazetteer::load(&mut r)?;
        lexicon::load(&mut r)?;
        time::load(&mut r)?;
        rules::load(&mut r)?;
        Ok(r)
    }

    /// `norm` (a normalized token) is a form of function-word class `c`.
    pub fn is(&self, c: Class, norm: &str) -> bool {
        self.words.is(c, norm)
    }

    /// `norm`, or what is left of it once its clitics are stripped (والسيد،
    /// بالشكر، للهجرة), is a form of function-word class `c`.
    pub fn is_read_as(&self, c: Class, norm: &str) -> bool {
        super::morph::any_reading(norm, self.words.one(Class::Article), |r| self.is(c, &r.key))
    }

    /// Whether the normalized word `norm`, as a whole one-word entry of the
    /// dictionary, has a tag for which `f` holds (a weekday, a title, a
    /// trigger).
    pub fn word_has(&self, norm: &str, f: impl Fn(&Tag) -> bool) -> bool {
        self.dict.get(norm).is_some_and(|slot| {
            slot.entries
                .iter()
                .any(|e| e.rest.is_empty() && e.tags.iter().any(&f))
        })
    }

    /// Word-class flags of a normalized token ([`flag`]).
    pub fn flags(&self, norm: &str) -> u16 {
        self.dict.get(norm).map_or(0, |s| s.flags)
    }

    /// The country with ISO code `iso`.
    pub fn country(&self, iso: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.iso == iso)
    }

    /// The city named `name_en` in country `iso`.
    pub fn city_named(&self, name_en: &str, iso: &str) -> Option<&City> {
        self.cities
            .iter()
            .find(|c| c.name_en == name_en && c.iso == iso)
    }

    /// The row of official `o` for the tenure in office in `year` (a person
    /// has one row per office held): the row covering the year, else the
    /// last one begun by then, else `o`.
    pub fn tenure(&self, o: u16, year: Option<i32>) -> u16 {
        let Some(first) = self.officials.get(o as usize) else {
            return o;
        };
        let Some(y) = year else { return o };
        let rows = self
            .officials
            .iter()
            .enumerate()
            .filter(|(_, x)| x.name_en == first.name_en);
        let mut best: Option<(usize, i32)> = None;
        for (i, x) in rows {
            let from = x.from.unwrap_or(i32::MIN);
            if from > y {
                continue;
            }
            if x.to.is_none_or(|t| t >= y) {
                return u16::try_from(i).unwrap_or(o);
            }
            if best.is_none_or(|(_, f)| from > f) {
                best = Some((i, from));
            }
        }
        best.and_then(|(i, _)| u16::try_from(i).ok()).unwrap_or(o)
    }

    /// How the frame of a trigger kind is filled.
    pub fn frame(&self, kind: TriggerKind) -> Option<&Frame> {
        self.frames.iter().find(|f| f.kind == kind)
    }

    /// The ID of the first cue of `kind`.
    pub fn cue_id(&self, kind: CueKind) -> &str {
        self.cues
            .iter()
            .find(|c| c.kind == kind)
            .map_or("", |c| c.id.as_str())
    }
}

/// Normalizes one word for the dictionary (no tokenizing).
fn norm_word(w: &str) -> String {
    normalize(w.trim())
}

/// Summary of the embedded resources, for tests and diagnostics.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub countries: usize,
    pub cities: usize,
    pub officials: usize,
    pub titles: usize,
    pub rules: usize,
    pub cues: usize,
    pub stages: usize,
}

/// Parses every embedded resource file; the error names the file, line and problem.
pub fn validate_embedded() -> Result<Summary, String> {
    let r = Resources::load()?;
    Ok(Summary {
        countries: r.countries.len(),
        cities: r.cities.len(),
        officials: r.officials.len(),
        titles: r.titles.len(),
        rules: r.rules.len(),
        cues: r.cues.len(),
        stages: r.stages.len(),
    })
}

/// A rule's examples, for the rule-example test.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleExample {
    /// Stable rule ID (`ARRIVE`, `CUE-PLANNED`, `PER-TITLE-NAME`, ...).
    pub id: String,
    /// `trigger`, the cue kind (`planned`, `cancelled`, `denied`, ...), or
    /// the stage of a rule in code (`person`, `frame`, ...).
    pub kind: String,
    /// A sentence in which the rule must fire.
    pub example: String,
    /// A sentence with the same words in which it must not.
    pub counterexample: String,
}

/// The examples of every trigger, cue and stage rule.
pub fn rule_examples() -> Vec<RuleExample> {
    let Ok(r) = Resources::load() else {
        return Vec::new();
    };
    let triggers = r.rules.iter().map(|x| RuleExample {
        id: x.id.clone(),
        kind: "trigger".to_owned(),
        example: x.example.clone(),
        counterexample: x.counterexample.clone(),
    });
    let cues = r.cues.iter().map(|x| RuleExample {
        id: x.id.clone(),
        kind: x.kind.key().to_owned(),
        example: x.example.clone(),
        counterexample: x.counterexample.clone(),
    });
    let stages = r.stages.iter().map(|x| RuleExample {
        id: x.id.clone(),
        kind: x.stage.clone(),
        example: x.example.clone(),
        counterexample: x.counterexample.clone(),
    });
    triggers.chain(cues).chain(stages).collect()
}
