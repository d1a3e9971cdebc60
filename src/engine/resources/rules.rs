//! Rules: visit triggers by lemma (inflected here), context cues, the frame
//! of each trigger kind, and the IDs of the rules stages implement in code.
//!
//! Inflection is the light morphology of the cascade's first stage seen
//! from the dictionary side: a lemma row lists the third person masculine
//! singular forms and the loader adds the inflected and suffixed forms, so
//! the rule files list lemmas, not every form. The affixes are single
//! letters of the script (ت ا و ن ي ه), which is script mechanics, not
//! vocabulary; the attached pronouns come from the `pronoun-suffix` class.

use super::{Class, Form, Resources, StageRule, Tag, cols, norm_word, rows, variants};

/// What a trigger rule reports (`kind` of `rules/triggers.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TriggerKind {
    Arrive,
    Visit,
    Tour,
    Go,
    Leave,
    Meet,
    Host,
    Attend,
    Stop,
    Follow,
    Include,
    Support,
}

impl TriggerKind {
    const ALL: [(TriggerKind, &'static str); 12] = [
        (TriggerKind::Arrive, "arrive"),
        (TriggerKind::Visit, "visit"),
        (TriggerKind::Tour, "tour"),
        (TriggerKind::Go, "go"),
        (TriggerKind::Leave, "leave"),
        (TriggerKind::Meet, "meet"),
        (TriggerKind::Host, "host"),
        (TriggerKind::Attend, "attend"),
        (TriggerKind::Stop, "stop"),
        (TriggerKind::Follow, "follow"),
        (TriggerKind::Include, "include"),
        (TriggerKind::Support, "support"),
    ];

    fn parse(s: &str) -> Option<TriggerKind> {
        Self::ALL.iter().find(|(_, k)| *k == s).map(|(t, _)| *t)
    }

    /// The kind's key in the rule files.
    pub fn key(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(t, _)| *t == self)
            .map_or("", |(_, k)| k)
    }
}

/// A trigger rule of `rules/triggers.tsv`.
#[derive(Clone, Debug)]
pub struct Rule {
    pub id: String,
    pub kind: TriggerKind,
    pub example: String,
    pub counterexample: String,
    /// Normalized perfect forms that are a verb only with their subject
    /// written right after them (`!` in the file: «حل» is also the noun
    /// "solution": «حل سياسي في سوريا»).
    pub needs_written_subject: Vec<String>,
}

/// Kinds of context cues (`rules/cues.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CueKind {
    Planned,
    Cancelled,
    Denied,
    Negated,
    Hypothetical,
    Remote,
    Invitation,
    Honoured,
    Origin,
    Sequence,
    FirstLeg,
    Companion,
    Reception,
    Counterpart,
    Background,
    Before,
    After,
    Delegation,
    Again,
}

impl CueKind {
    const ALL: [(CueKind, &'static str); 19] = [
        (CueKind::Planned, "planned"),
        (CueKind::Cancelled, "cancelled"),
        (CueKind::Denied, "denied"),
        (CueKind::Negated, "negated"),
        (CueKind::Hypothetical, "hypothetical"),
        (CueKind::Remote, "remote"),
        (CueKind::Invitation, "invitation"),
        (CueKind::Honoured, "honoured"),
        (CueKind::Origin, "origin"),
        (CueKind::Sequence, "sequence"),
        (CueKind::FirstLeg, "first-leg"),
        (CueKind::Companion, "companion"),
        (CueKind::Reception, "reception"),
        (CueKind::Counterpart, "counterpart"),
        (CueKind::Background, "background"),
        (CueKind::Before, "before"),
        (CueKind::After, "after"),
        (CueKind::Delegation, "delegation"),
        (CueKind::Again, "again"),
    ];

    fn parse(s: &str) -> Option<CueKind> {
        Self::ALL.iter().find(|(_, k)| *k == s).map(|(c, _)| *c)
    }

    /// The kind's key in the rule file.
    pub fn key(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(c, _)| *c == self)
            .map_or("", |(_, k)| k)
    }
}

/// A context cue of `rules/cues.tsv`.
#[derive(Clone, Debug)]
pub struct Cue {
    pub id: String,
    pub kind: CueKind,
    pub example: String,
    pub counterexample: String,
}

/// Who travels in a frame (`traveller` of `rules/frames.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameTraveller {
    Subject,
    Object,
    None,
}

/// What the place slot of a frame is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceRole {
    Destination,
    Location,
    Origin,
}

/// What a frame without a place means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoPlace {
    Drop,
    Host,
    Trip,
}

/// How the frame of one trigger kind is filled (`rules/frames.tsv`).
#[derive(Clone, Debug)]
pub struct Frame {
    pub kind: TriggerKind,
    pub traveller: FrameTraveller,
    pub place: PlaceRole,
    /// Normalized words that introduce the place; `ب`/`ل` as clitics.
    pub preps: Vec<String>,
    pub direct: bool,
    pub reach: usize,
    pub no_place: NoPlace,
}

impl Frame {
    /// `norm` (a whole token) introduces the place of this frame.
    pub fn is_prep(&self, norm: &str) -> bool {
        self.preps.iter().any(|p| p == norm)
    }

    /// The clitic preposition `c` (ب ل) introduces the place.
    pub fn is_clitic_prep(&self, c: char) -> bool {
        self.preps
            .iter()
            .any(|p| p.chars().count() == 1 && p.starts_with(c))
    }
}

pub(super) fn load(r: &mut Resources) -> Result<(), String> {
    let mut ids = std::collections::HashSet::new();
    load_triggers(r, &mut ids)?;
    load_cues(r, &mut ids)?;
    load_frames(r)?;
    let n = "rules/confidence.tsv";
    for (line, l) in rows(n)? {
        let c = cols(n, 3, line, l)?;
        let bad =
            || format!("assets/{n}:{line}: expected points 0..5, a confidence 0..1 and a count");
        let points: u8 = c[0].parse().map_err(|_| bad())?;
        let conf: f32 = c[1].parse().map_err(|_| bad())?;
        let _legs: u32 = c[2].parse().map_err(|_| bad())?;
        if points > 5 || !(0.0..=1.0).contains(&conf) {
            return Err(bad());
        }
        r.confidence.push((points, conf));
    }
    let n = "rules/stages.tsv";
    for (line, l) in rows(n)? {
        let c = cols(n, 5, line, l)?;
        if !ids.insert(c[0].to_owned()) || c[3].trim().is_empty() || c[4].trim().is_empty() {
            return Err(format!(
                "assets/{n}:{line}: duplicate rule ID or missing example"
            ));
        }
        r.stages.push(StageRule {
            id: c[0].to_owned(),
            stage: c[1].to_owned(),
            example: c[3].to_owned(),
            counterexample: c[4].to_owned(),
        });
    }
    Ok(())
}

fn load_triggers(
    r: &mut Resources,
    ids: &mut std::collections::HashSet<String>,
) -> Result<(), String> {
    let n = "rules/triggers.tsv";
    let pronouns: Vec<String> = r.words.forms(Class::PronounSuffix).to_vec();
    for (line, l) in rows(n)? {
        let c = cols(n, 8, line, l)?;
        let kind = TriggerKind::parse(c[1])
            .ok_or_else(|| format!("assets/{n}:{line}: unknown kind `{}`", c[1]))?;
        if !ids.insert(c[0].to_owned()) || c[6].trim().is_empty() || c[7].trim().is_empty() {
            return Err(format!(
                "assets/{n}:{line}: duplicate rule ID or missing example"
            ));
        }
        let idx = r.rules.len() as u16;
        let mut needs_written_subject = Vec::new();
        let mut forms: Vec<(String, Form, bool)> = Vec::new();
        for p in variants(c[2]) {
            let p = match p.strip_suffix('!') {
                Some(bare) => {
                    needs_written_subject.push(norm_word(bare));
                    bare
                }
                None => p,
            };
            perfect_forms(p, &pronouns, &mut forms);
        }
        r.rules.push(Rule {
            id: c[0].to_owned(),
            kind,
            example: c[6].to_owned(),
            counterexample: c[7].to_owned(),
            needs_written_subject,
        });
        for i in variants(c[3]) {
            let stem = i
                .strip_prefix('\u{064A}')
                .ok_or_else(|| format!("assets/{n}:{line}: imperfect `{i}` must start with ي"))?;
            imperfect_forms(stem, &pronouns, &mut forms);
            // A jussive that is also an everyday word (يعد "is considered")
            // is left out.
            for j in jussive_forms(stem) {
                if r.flags(&norm_word(&j)) & super::flag::STOP == 0 {
                    forms.push((j, Form::Imperfect, false));
                }
            }
        }
        for v in variants(c[4]) {
            noun_forms(v, &pronouns, &mut forms);
        }
        for v in variants(c[5]) {
            participle_forms(v, r.words.one(super::Class::Article), &mut forms);
        }
        for (f, form, pron) in forms {
            r.add_tokens(&[norm_word(&f)], Tag::Trigger(idx, form, pron));
        }
    }
    Ok(())
}

/// Third person perfect forms: وصل وصلت وصلا وصلتا وصلوا; the defective
/// التقى التقت التقيا التقوا; each also with an object pronoun.
fn perfect_forms(p: &str, pronouns: &[String], out: &mut Vec<(String, Form, bool)>) {
    let defective = p.ends_with(['\u{0649}', '\u{0627}']);
    let base: String = if defective {
        p.chars()
            .take(p.chars().count().saturating_sub(1))
            .collect()
    } else {
        p.to_owned()
    };
    let plain: Vec<String> = if defective {
        vec![
            p.to_owned(),
            format!("{base}\u{062A}"),
            format!("{base}\u{064A}\u{0627}"),
            format!("{base}\u{0648}\u{0627}"),
            format!("{base}\u{062A}\u{0627}"),
        ]
    } else {
        vec![
            p.to_owned(),
            format!("{base}\u{062A}"),
            format!("{base}\u{0627}"),
            format!("{base}\u{062A}\u{0627}"),
            format!("{base}\u{0648}\u{0627}"),
        ]
    };
    for f in &plain {
        out.push((f.clone(), Form::Perfect, false));
        // Before a pronoun: ى → ا (التقاه), وا → و (زاروه).
        let stem = if f.ends_with('\u{0649}') {
            format!("{}\u{0627}", &f[..f.len() - '\u{0649}'.len_utf8()])
        } else if let Some(s) = f.strip_suffix("\u{0648}\u{0627}") {
            format!("{s}\u{0648}")
        } else {
            f.clone()
        };
        for pr in pronouns {
            out.push((format!("{stem}{pr}"), Form::Perfect, true));
        }
    }
}

/// Imperfect forms from the stem after ي: يصل تصل نصل يصلان يصلون
/// يصلوا; the defective يلتقي يلتقيان يلتقون; each also with an object
/// pronoun.
fn imperfect_forms(stem: &str, pronouns: &[String], out: &mut Vec<(String, Form, bool)>) {
    let defective = stem.ends_with('\u{064A}');
    let short: String = if defective {
        stem.chars()
            .take(stem.chars().count().saturating_sub(1))
            .collect()
    } else {
        stem.to_owned()
    };
    // Third person (ي ت) and first plural (ن); the first singular (أ) is
    // left out: its forms are everyday words (أصل "origin", إلى).
    for pre in ['\u{064A}', '\u{062A}', '\u{0646}'] {
        let mut plain = vec![
            format!("{pre}{stem}"),
            format!("{pre}{stem}\u{0627}\u{0646}"),
            format!("{pre}{short}\u{0648}\u{0646}"),
            format!("{pre}{short}\u{0648}\u{0627}"),
        ];
        if !defective {
            plain.push(format!("{pre}{stem}\u{0627}"));
        }
        for f in &plain {
            out.push((f.clone(), Form::Imperfect, false));
        }
        for pr in pronouns {
            out.push((format!("{pre}{stem}{pr}"), Form::Imperfect, true));
        }
    }
}

/// The jussive after لم/لا (لم يزر، لم يقم، لم يلتق): a hollow verb drops
/// its middle long vowel, a defective one its last letter. Third persons
/// only: the first person plural «نجل» is the everyday «نجل» (son).
fn jussive_forms(stem: &str) -> Vec<String> {
    let cs: Vec<char> = stem.chars().collect();
    let short: String = match cs[..] {
        [a, '\u{0648}' | '\u{064A}', b] => [a, b].iter().collect(),
        [.., '\u{064A}'] => cs[..cs.len() - 1].iter().collect(),
        _ => return Vec::new(),
    };
    ['\u{064A}', '\u{062A}']
        .iter()
        .map(|pre| format!("{pre}{short}"))
        .collect()
}

/// A verbal noun and its forms with attached pronouns (ة → ت before them;
/// a final hamza also written on ya: لقاءه، لقائه).
fn noun_forms(v: &str, pronouns: &[String], out: &mut Vec<(String, Form, bool)>) {
    let (noun, only_suffixed) = match v.strip_suffix('+') {
        Some(n) => (n, true),
        None => (v, false),
    };
    if !only_suffixed {
        out.push((noun.to_owned(), Form::Noun, false));
        // The definite noun (الزيارة، الجولة، المحطة).
        out.push((format!("\u{0627}\u{0644}{noun}"), Form::Noun, false));
        // The accusative with tanween written as alef (اجتماعًا → اجتماعا).
        if !noun.ends_with(['\u{0629}', '\u{0621}', '\u{0627}'])
            && !noun.ends_with("\u{0627}\u{062A}")
        {
            out.push((format!("{noun}\u{0627}"), Form::Noun, false));
        }
    }
    let mut stems = Vec::new();
    if let Some(s) = noun.strip_suffix('\u{0629}') {
        stems.push(format!("{s}\u{062A}"));
    } else if let Some(s) = noun.strip_suffix('\u{0621}') {
        stems.push(noun.to_owned());
        stems.push(format!("{s}\u{0626}"));
    } else {
        stems.push(noun.to_owned());
    }
    for s in stems {
        for pr in pronouns {
            out.push((format!("{s}{pr}"), Form::Noun, true));
        }
    }
}

/// An active participle: متوجه متوجها متوجهة متوجهين متوجهون. Written with
/// the article, only its plurals (المشاركين، المشاركون: the participants;
/// «المشاركة» is the noun «participation»).
fn participle_forms(v: &str, article: &str, out: &mut Vec<(String, Form, bool)>) {
    let plural = ["\u{064A}\u{0646}", "\u{0648}\u{0646}"];
    let all = [
        "",
        "\u{0627}",
        "\u{0629}",
        plural[0],
        plural[1],
        "\u{0627}\u{0646}",
    ];
    let suffixes: &[&str] = if v.starts_with(article) {
        &plural
    } else {
        &all
    };
    for suffix in suffixes {
        out.push((format!("{v}{suffix}"), Form::Participle, false));
    }
}

fn load_cues(r: &mut Resources, ids: &mut std::collections::HashSet<String>) -> Result<(), String> {
    let n = "rules/cues.tsv";
    for (line, l) in rows(n)? {
        let c = cols(n, 5, line, l)?;
        let kind = CueKind::parse(c[1])
            .ok_or_else(|| format!("assets/{n}:{line}: unknown kind `{}`", c[1]))?;
        if !ids.insert(c[0].to_owned()) || c[3].trim().is_empty() || c[4].trim().is_empty() {
            return Err(format!(
                "assets/{n}:{line}: duplicate rule ID or missing example"
            ));
        }
        let idx = r.cues.len() as u16;
        r.cues.push(Cue {
            id: c[0].to_owned(),
            kind,
            example: c[3].to_owned(),
            counterexample: c[4].to_owned(),
        });
        for v in variants(c[2]) {
            r.add(v, Tag::Cue(idx));
        }
    }
    Ok(())
}

fn load_frames(r: &mut Resources) -> Result<(), String> {
    let n = "rules/frames.tsv";
    for (line, l) in rows(n)? {
        let c = cols(n, 7, line, l)?;
        let kind = TriggerKind::parse(c[0])
            .ok_or_else(|| format!("assets/{n}:{line}: unknown kind `{}`", c[0]))?;
        let traveller = match c[1] {
            "subject" => FrameTraveller::Subject,
            "object" => FrameTraveller::Object,
            "none" => FrameTraveller::None,
            k => return Err(format!("assets/{n}:{line}: unknown traveller `{k}`")),
        };
        let place = match c[2] {
            "destination" => PlaceRole::Destination,
            "location" => PlaceRole::Location,
            "origin" => PlaceRole::Origin,
            k => return Err(format!("assets/{n}:{line}: unknown place `{k}`")),
        };
        let direct = match c[4] {
            "yes" => true,
            "no" => false,
            k => {
                return Err(format!(
                    "assets/{n}:{line}: direct must be yes or no, not `{k}`"
                ));
            }
        };
        let reach: usize = c[5]
            .parse()
            .ok()
            .filter(|n| *n <= 40)
            .ok_or_else(|| format!("assets/{n}:{line}: reach must be 0..=40"))?;
        let no_place = match c[6] {
            "drop" => NoPlace::Drop,
            "host" => NoPlace::Host,
            "trip" => NoPlace::Trip,
            k => return Err(format!("assets/{n}:{line}: unknown no_place `{k}`")),
        };
        if r.frames.iter().any(|f| f.kind == kind) {
            return Err(format!("assets/{n}:{line}: kind `{}` listed twice", c[0]));
        }
        r.frames.push(Frame {
            kind,
            traveller,
            place,
            preps: variants(c[3]).map(norm_word).collect(),
            direct,
            reach,
            no_place,
        });
    }
    for (k, key) in TriggerKind::ALL {
        if !r.frames.iter().any(|f| f.kind == k) {
            return Err(format!("assets/{n}: kind `{key}` has no frame"));
        }
    }
    Ok(())
}
