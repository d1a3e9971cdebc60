//! Hidden characters: characters that can make the text a reader *sees*
//! differ from the text a program *reads* (the "Trojan Source" class,
//! CVE-2021-42574), found so the app can warn and the exports can show them.
//!
//! No I/O, never panics, linear in the text. Offsets are in chars (Unicode
//! scalar values), like every offset in jawla.
//!
//! # Policy
//!
//! Every character below is reported by [`scan`] with a [`Severity`]:
//!
//! - [`Severity::Suspicious`]: can *reorder* or *reshape* the visible
//!   characters around it, or smuggle content nobody sees. Bidi embeddings
//!   and overrides (U+202A LRE, U+202B RLE, U+202D LRO, U+202E RLO), isolates
//!   (U+2066 LRI, U+2067 RLI, U+2068 FSI) and their pops (U+202C PDF,
//!   U+2069 PDI); the deprecated format controls U+206A–U+206F (they switch
//!   digit shapes and mirroring); interlinear annotation U+FFF9–U+FFFB (the
//!   annotation text is hidden by most renderers); tag characters
//!   U+E0000–U+E007F (invisible ASCII) except a well-formed emoji flag tag
//!   sequence (U+1F3F4 tags… U+E007F); and runs of two or more variation
//!   selectors (a known way to hide bytes after a visible character).
//!   Legitimate Arabic news text does not need any of them: typesetters use
//!   the marks below. A finding whose control is not closed within its
//!   paragraph, or a pop with nothing to close, is also flagged
//!   [`Finding::unbalanced`]: an unclosed override reorders everything up to
//!   the end of the paragraph.
//! - [`Severity::Hidden`]: invisible and reorders nothing, but has no use in
//!   news prose and can make a word look the same as a different one (it
//!   defeats search and de-duplication): U+200B ZWSP, U+2060 WJ, U+FEFF
//!   anywhere but offset 0, the invisible math operators U+2061–U+2064,
//!   U+034F CGJ, U+180E MVS, the Hangul fillers U+115F, U+1160, U+3164,
//!   U+FFA0, and a single variation selector that does not follow an emoji
//!   or symbol.
//! - [`Severity::Benign`]: invisible with a legitimate typographic role in
//!   Arabic and Persian text: the marks U+200E LRM, U+200F RLM, U+061C ALM
//!   (Arabic typesetters place them around numbers and Latin names), U+200C
//!   ZWNJ (Persian/Urdu word forms), U+200D ZWJ (shaping, emoji), U+00AD SHY
//!   (hyphenation hint), U+FEFF at offset 0 (byte order mark), U+FE0E/U+FE0F
//!   after an emoji or symbol, and emoji flag tag sequences. Reported so a
//!   reveal mode can show them, never warned about, never escaped by
//!   [`escape_visible`].
//!
//! # Escape tokens
//!
//! [`escape_visible`] replaces each `Hidden` or `Suspicious` character by
//! `⟦U+XXXX NAME⟧` (U+27E6, "U+", at least four upper-case hex digits, a
//! space, the short name from [`name`], U+27E7), e.g. `⟦U+202E RLO⟧`,
//! `⟦U+200B ZWSP⟧`, `⟦U+E0041 TAG A⟧`. The tokens are stable: exports and
//! goldens rely on them. Escaping is one-way (a literal `⟦` in the text is
//! kept as is).

use std::fmt;

/// What a hidden character is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// U+202A LRE, U+202B RLE.
    BidiEmbedding,
    /// U+202D LRO, U+202E RLO.
    BidiOverride,
    /// U+2066 LRI, U+2067 RLI, U+2068 FSI.
    BidiIsolate,
    /// U+202C PDF, U+2069 PDI: end an embedding/override or an isolate.
    BidiPop,
    /// U+200E LRM, U+200F RLM, U+061C ALM.
    BidiMark,
    /// U+200B ZWSP, U+200C ZWNJ, U+200D ZWJ, U+2060 WJ, U+FEFF after offset 0.
    ZeroWidth,
    /// U+FEFF at offset 0.
    ByteOrderMark,
    /// U+2061–U+2064 (function application, invisible times/separator/plus).
    InvisibleOperator,
    /// U+00AD.
    SoftHyphen,
    /// U+034F CGJ, U+180E MVS, Hangul fillers (U+115F, U+1160, U+3164, U+FFA0).
    Filler,
    /// U+206A–U+206F: symmetric swapping, Arabic form shaping, digit shapes.
    DeprecatedFormat,
    /// U+FFF9–U+FFFB interlinear annotation anchor/separator/terminator.
    Annotation,
    /// U+E0000–U+E007F.
    Tag,
    /// U+FE00–U+FE0F, U+E0100–U+E01EF.
    VariationSelector,
}

impl Kind {
    /// Lower-case English noun for messages ("bidi override").
    pub fn describe(self) -> &'static str {
        match self {
            Kind::BidiEmbedding => "bidi embedding",
            Kind::BidiOverride => "bidi override",
            Kind::BidiIsolate => "bidi isolate",
            Kind::BidiPop => "bidi pop",
            Kind::BidiMark => "bidi mark",
            Kind::ZeroWidth => "zero-width character",
            Kind::ByteOrderMark => "byte order mark",
            Kind::InvisibleOperator => "invisible operator",
            Kind::SoftHyphen => "soft hyphen",
            Kind::Filler => "invisible filler",
            Kind::DeprecatedFormat => "deprecated format control",
            Kind::Annotation => "interlinear annotation control",
            Kind::Tag => "tag character",
            Kind::VariationSelector => "variation selector",
        }
    }

    /// Whether the kind is one of the explicit bidi formatting controls
    /// (embeddings, overrides, isolates and their pops).
    pub fn is_bidi_control(self) -> bool {
        matches!(
            self,
            Kind::BidiEmbedding | Kind::BidiOverride | Kind::BidiIsolate | Kind::BidiPop
        )
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

/// How much a hidden character matters; ordered `Benign < Hidden < Suspicious`.
/// See the module documentation for the policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Invisible with a legitimate typographic role; shown only on request.
    Benign,
    /// Invisible, reorders nothing, but can disguise a word.
    Hidden,
    /// Can reorder or reshape what is displayed, or smuggle hidden content.
    Suspicious,
}

/// One hidden character found by [`scan`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Offset in chars into the scanned text.
    pub offset: usize,
    /// The character.
    pub ch: char,
    pub kind: Kind,
    pub severity: Severity,
    /// A bidi control that is not closed within its paragraph, or a pop
    /// (PDF, PDI) with nothing to close. Always `false` for other kinds.
    pub unbalanced: bool,
}

/// Counts over the findings of a [`Report`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub suspicious: usize,
    pub hidden: usize,
    pub benign: usize,
    /// Findings with [`Finding::unbalanced`] set.
    pub unbalanced: usize,
}

/// Everything [`scan`] found in a text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// In text order.
    pub findings: Vec<Finding>,
    pub summary: Summary,
}

impl Report {
    /// Whether nothing worth a warning was found (benign marks may remain).
    pub fn is_clean(&self) -> bool {
        self.summary.suspicious == 0 && self.summary.hidden == 0
    }
}

/// The kind and short name of `c` if it is a hidden character, without
/// regard to context (position, neighbours).
fn classify(c: char) -> Option<Kind> {
    Some(match c {
        '\u{202A}' | '\u{202B}' => Kind::BidiEmbedding,
        '\u{202D}' | '\u{202E}' => Kind::BidiOverride,
        '\u{2066}'..='\u{2068}' => Kind::BidiIsolate,
        '\u{202C}' | '\u{2069}' => Kind::BidiPop,
        '\u{200E}' | '\u{200F}' | '\u{061C}' => Kind::BidiMark,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => Kind::ZeroWidth,
        '\u{2061}'..='\u{2064}' => Kind::InvisibleOperator,
        '\u{00AD}' => Kind::SoftHyphen,
        '\u{034F}' | '\u{180E}' | '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' => Kind::Filler,
        '\u{206A}'..='\u{206F}' => Kind::DeprecatedFormat,
        '\u{FFF9}'..='\u{FFFB}' => Kind::Annotation,
        '\u{E0000}'..='\u{E007F}' => Kind::Tag,
        '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' => Kind::VariationSelector,
        _ => return None,
    })
}

/// Whether `c` is one of the characters this module reports (any
/// severity), without regard to context; allocation-free, for hot loops such
/// as [`crate::bidi_layout::fold`].
pub fn is_hidden(c: char) -> bool {
    classify(c).is_some()
}

/// The short name used in escape tokens ("RLO", "ZWSP", "VS16", "TAG A"),
/// or `None` if `c` is not a character this module reports.
pub fn name(c: char) -> Option<String> {
    let fixed = match c {
        '\u{202A}' => "LRE",
        '\u{202B}' => "RLE",
        '\u{202C}' => "PDF",
        '\u{202D}' => "LRO",
        '\u{202E}' => "RLO",
        '\u{2066}' => "LRI",
        '\u{2067}' => "RLI",
        '\u{2068}' => "FSI",
        '\u{2069}' => "PDI",
        '\u{200E}' => "LRM",
        '\u{200F}' => "RLM",
        '\u{061C}' => "ALM",
        '\u{200B}' => "ZWSP",
        '\u{200C}' => "ZWNJ",
        '\u{200D}' => "ZWJ",
        '\u{2060}' => "WJ",
        '\u{2061}' => "FA",
        '\u{2062}' => "IT",
        '\u{2063}' => "IS",
        '\u{2064}' => "IP",
        '\u{FEFF}' => "BOM",
        '\u{00AD}' => "SHY",
        '\u{034F}' => "CGJ",
        '\u{180E}' => "MVS",
        '\u{115F}' => "HCF",
        '\u{1160}' => "HJF",
        '\u{3164}' => "HF",
        '\u{FFA0}' => "HWHF",
        '\u{206A}' => "ISS",
        '\u{206B}' => "ASS",
        '\u{206C}' => "IAFS",
        '\u{206D}' => "AAFS",
        '\u{206E}' => "NADS",
        '\u{206F}' => "NODS",
        '\u{FFF9}' => "IAA",
        '\u{FFFA}' => "IAS",
        '\u{FFFB}' => "IAT",
        '\u{E0001}' => "TAG LANG",
        '\u{E0020}' => "TAG SP",
        '\u{E007F}' => "TAG END",
        _ => "",
    };
    if !fixed.is_empty() {
        return Some(fixed.to_string());
    }
    let n = u32::from(c);
    match c {
        '\u{FE00}'..='\u{FE0F}' => Some(format!("VS{}", n - 0xFE00 + 1)),
        '\u{E0100}'..='\u{E01EF}' => Some(format!("VS{}", n - 0xE0100 + 17)),
        '\u{E0021}'..='\u{E007E}' => char::from_u32(n - 0xE0000).map(|a| format!("TAG {a}")),
        '\u{E0000}'..='\u{E007F}' => Some("TAG".to_string()),
        _ => None,
    }
}

/// The visible token for `c` (`⟦U+202E RLO⟧`), or `None` if `c` is not a
/// character this module reports.
pub fn token(c: char) -> Option<String> {
    name(c).map(|n| format!("\u{27E6}U+{:04X} {n}\u{27E7}", u32::from(c)))
}

/// Whether a variation selector after `base` is an ordinary emoji or symbol
/// presentation choice: `base` is an emoji, a pictographic symbol, or a
/// keycap base (digit, `#`, `*`).
fn is_emoji_base(base: char) -> bool {
    matches!(base,
        '0'..='9' | '#' | '*' | '\u{00A9}' | '\u{00AE}'
        | '\u{203C}'..='\u{3299}'
        | '\u{1F000}'..='\u{1FAFF}')
}

/// A bidi paragraph separator (UAX #9 class B): ends every open embedding,
/// override and isolate.
fn is_paragraph_end(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{1C}'..='\u{1E}' | '\u{85}' | '\u{2029}')
}

/// Finds every hidden character in `text` (see the module policy).
pub fn scan(text: &str) -> Report {
    let mut findings: Vec<Finding> = Vec::new();
    // Open embeddings/overrides/isolates of the current paragraph, as
    // indices into `findings`.
    let mut open: Vec<usize> = Vec::new();
    // The character just before each finding (for emoji flag tag runs).
    let mut before: Vec<Option<char>> = Vec::new();
    let mut last: Option<char> = None;
    let mut prev: Option<char> = None;
    for (offset, ch) in text.chars().enumerate() {
        let just_before = last.replace(ch);
        if is_paragraph_end(ch) {
            for i in open.drain(..) {
                findings[i].unbalanced = true;
            }
        }
        let Some(mut kind) = classify(ch) else {
            prev = Some(ch);
            continue;
        };
        let severity = match kind {
            Kind::BidiEmbedding
            | Kind::BidiOverride
            | Kind::BidiIsolate
            | Kind::BidiPop
            | Kind::DeprecatedFormat
            | Kind::Annotation
            | Kind::Tag => Severity::Suspicious,
            Kind::BidiMark | Kind::SoftHyphen => Severity::Benign,
            Kind::ZeroWidth if ch == '\u{FEFF}' && offset == 0 => {
                kind = Kind::ByteOrderMark;
                Severity::Benign
            }
            Kind::ZeroWidth if matches!(ch, '\u{200C}' | '\u{200D}') => Severity::Benign,
            Kind::VariationSelector
                if matches!(ch, '\u{FE0E}' | '\u{FE0F}') && prev.is_some_and(is_emoji_base) =>
            {
                Severity::Benign
            }
            Kind::ZeroWidth
            | Kind::ByteOrderMark
            | Kind::InvisibleOperator
            | Kind::Filler
            | Kind::VariationSelector => Severity::Hidden,
        };
        let mut unbalanced = false;
        match ch {
            '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' | '\u{2066}'..='\u{2068}' => {
                open.push(findings.len());
            }
            // PDF closes the innermost embedding/override, never across an isolate.
            '\u{202C}' => match open.last() {
                Some(&i) if findings[i].kind != Kind::BidiIsolate => {
                    open.pop();
                }
                _ => unbalanced = true,
            },
            // PDI closes the innermost isolate and any embedding opened inside
            // it (those are left unclosed, so unbalanced).
            '\u{2069}' => match open
                .iter()
                .rposition(|&i| findings[i].kind == Kind::BidiIsolate)
            {
                Some(at) => {
                    for i in open.drain(at..).skip(1) {
                        findings[i].unbalanced = true;
                    }
                }
                None => unbalanced = true,
            },
            _ => {}
        }
        findings.push(Finding {
            offset,
            ch,
            kind,
            severity,
            unbalanced,
        });
        before.push(just_before);
        // Tags and variation selectors are judged as runs, below; keep the
        // base character of the run as `prev`.
        if !matches!(kind, Kind::Tag | Kind::VariationSelector) {
            prev = Some(ch);
        }
    }
    for i in open {
        findings[i].unbalanced = true;
    }
    judge_runs(&mut findings, &before);
    let mut summary = Summary::default();
    for f in &findings {
        match f.severity {
            Severity::Suspicious => summary.suspicious += 1,
            Severity::Hidden => summary.hidden += 1,
            Severity::Benign => summary.benign += 1,
        }
        summary.unbalanced += usize::from(f.unbalanced);
    }
    Report { findings, summary }
}

/// Second pass over runs of adjacent findings of one kind: an emoji flag
/// tag sequence (U+1F3F4, tags, U+E007F) is benign; two or more variation
/// selectors in a row are suspicious (hidden payload).
fn judge_runs(findings: &mut [Finding], before: &[Option<char>]) {
    let mut start = 0;
    while start < findings.len() {
        let kind = findings[start].kind;
        let mut end = start + 1;
        while end < findings.len()
            && findings[end].kind == kind
            && findings[end].offset == findings[end - 1].offset + 1
        {
            end += 1;
        }
        let base = before.get(start).copied().flatten();
        let run = &mut findings[start..end];
        match kind {
            Kind::VariationSelector if run.len() >= 2 => {
                for f in run.iter_mut() {
                    f.severity = Severity::Suspicious;
                }
            }
            Kind::Tag => {
                let flag = base == Some('\u{1F3F4}')
                    && run.len() >= 2
                    && run.last().is_some_and(|f| f.ch == '\u{E007F}')
                    && run[..run.len() - 1]
                        .iter()
                        .all(|f| ('\u{E0020}'..='\u{E007E}').contains(&f.ch));
                if flag {
                    for f in run.iter_mut() {
                        f.severity = Severity::Benign;
                    }
                }
            }
            _ => {}
        }
        start = end;
    }
}

/// `text` with every character of at least `min` severity replaced by its
/// [`token`]; everything else is kept byte for byte.
pub fn escape(text: &str, min: Severity) -> String {
    let report = scan(text);
    let mut marked = report
        .findings
        .iter()
        .filter(|f| f.severity >= min)
        .peekable();
    if marked.peek().is_none() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (offset, ch) in text.chars().enumerate() {
        match marked.peek() {
            Some(f) if f.offset == offset => {
                out.push_str(&token(ch).unwrap_or_else(|| ch.to_string()));
                marked.next();
            }
            _ => out.push(ch),
        }
    }
    out
}

/// `text` with each `Hidden` and `Suspicious` character shown as its token
/// (`⟦U+202E RLO⟧`); benign marks (RLM, ZWNJ, …) are kept. This is what the
/// human-facing exports (HTML, CSV, Markdown, …) show instead of letting a
/// control reorder the text.
pub fn escape_visible(text: &str) -> String {
    escape(text, Severity::Hidden)
}

/// `text` with every reported character, benign ones included, shown as its
/// token: for a "reveal hidden characters" view.
pub fn escape_all(text: &str) -> String {
    escape(text, Severity::Benign)
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// What [`warning`] says about a report, counted: enough to write the
/// warning in any language without the text (the app counts on the loading
/// thread and words the warning in the interface language of the moment).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WarningCounts {
    /// Suspicious characters that can reorder or reshape what is displayed
    /// (bidi controls, deprecated format controls).
    pub reorder: usize,
    /// The kind of every such control when they are all of one kind.
    pub reorder_kind: Option<Kind>,
    /// [`Summary::unbalanced`]: controls left unclosed (said only with
    /// `reorder`).
    pub unclosed: usize,
    /// Suspicious invisible characters that can carry hidden content (tags,
    /// annotations, runs of variation selectors).
    pub smuggle: usize,
    /// [`Summary::hidden`]: invisible characters that can disguise a word.
    pub invisible: usize,
}

impl WarningCounts {
    /// The counts of `report`.
    pub fn of(report: &Report) -> Self {
        let count =
            |pred: &dyn Fn(&Finding) -> bool| report.findings.iter().filter(|f| pred(f)).count();
        let reorder = count(&|f| {
            f.severity == Severity::Suspicious
                && (f.kind.is_bidi_control() || f.kind == Kind::DeprecatedFormat)
        });
        let smuggle = count(&|f| {
            f.severity == Severity::Suspicious
                && matches!(
                    f.kind,
                    Kind::Tag | Kind::VariationSelector | Kind::Annotation
                )
        });
        let mut kinds = report
            .findings
            .iter()
            .filter(|f| f.kind.is_bidi_control() || f.kind == Kind::DeprecatedFormat)
            .map(|f| f.kind);
        let reorder_kind = kinds
            .next()
            .filter(|first| kinds.all(|k| k == *first))
            .filter(|_| reorder > 0);
        WarningCounts {
            reorder,
            reorder_kind,
            unclosed: report.summary.unbalanced,
            smuggle,
            invisible: report.summary.hidden,
        }
    }

    /// Whether there is nothing to warn about.
    pub fn is_empty(&self) -> bool {
        self.reorder == 0 && self.smuggle == 0 && self.invisible == 0
    }

    /// The warning in words of the interface (`assets/i18n/*.ftl`), to be
    /// worded in the language of the moment; its English ([`Warning`]'s
    /// `Display`) is [`warning`]'s text. `None` when [`Self::is_empty`].
    pub fn worded(&self) -> Option<Warning> {
        use crate::i18n::Message;
        let counted = |key: &'static str, n: usize| {
            Message::new(key).with("n", n).with("count", n.to_string())
        };
        let mut parts: Vec<Message> = Vec::new();
        if self.reorder > 0 {
            let kind = match self.reorder_kind {
                Some(Kind::BidiEmbedding) => Message::new("hidden-kind-bidi-embedding"),
                Some(Kind::BidiOverride) => Message::new("hidden-kind-bidi-override"),
                Some(Kind::BidiIsolate) => Message::new("hidden-kind-bidi-isolate"),
                Some(Kind::BidiPop) => Message::new("hidden-kind-bidi-pop"),
                Some(Kind::DeprecatedFormat) => Message::new("hidden-kind-deprecated-format"),
                _ => Message::new("hidden-kind-bidi-control"),
            };
            let reorder = counted("hidden-reorder", self.reorder).with("kind", kind);
            parts.push(if self.unclosed > 0 {
                // Arabic words outside the nested part: the part's isolate
                // does not decide the sentence's direction.
                Message::new("hidden-unclosed")
                    .with("what", reorder)
                    .with("count", self.unclosed.to_string())
            } else {
                reorder
            });
        }
        if self.smuggle > 0 {
            parts.push(counted("hidden-smuggle", self.smuggle));
        }
        if self.invisible > 0 {
            parts.push(counted("hidden-invisible", self.invisible));
        }
        (!parts.is_empty()).then_some(Warning {
            parts,
            file_name: None,
        })
    }

    /// The English warning ([`warning`]).
    fn english(&self) -> Option<String> {
        let mut parts: Vec<String> = Vec::new();
        if self.reorder > 0 {
            // Name the kind when all are of one kind ("bidi override"), else
            // speak of bidi controls.
            let noun = self.reorder_kind.map_or("bidi control", Kind::describe);
            let mut s = format!(
                "{} can make names and numbers display differently from the text",
                plural(
                    self.reorder,
                    &format!("{noun} character"),
                    &format!("{noun} characters")
                )
            );
            if self.unclosed > 0 {
                s.push_str(&format!(" ({} left unclosed)", self.unclosed));
            }
            parts.push(s);
        }
        if self.smuggle > 0 {
            parts.push(format!(
                "{} can carry text nobody sees",
                plural(
                    self.smuggle,
                    "invisible tag, annotation or variation-selector character",
                    "invisible tag, annotation or variation-selector characters"
                )
            ));
        }
        if self.invisible > 0 {
            parts.push(format!(
                "{} can make a word look the same as a different one",
                plural(
                    self.invisible,
                    "invisible character",
                    "invisible characters"
                )
            ));
        }
        if parts.is_empty() {
            return None;
        }
        Some(format!("{}.", parts.join("; ")))
    }
}

/// A hidden-character warning in words of the interface, worded when shown
/// ([`Warning::text`]) in the language of the moment.
///
/// Its parts are joined flat, not nested in one another's messages: Fluent
/// isolates every argument (FSI … PDI), and an isolate that begins with
/// another isolate takes its direction from what follows it, so nested
/// Arabic parts would be laid out left to right.
#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    /// The text's parts (reorder controls, smuggling and invisible
    /// characters), one sentence; empty when only the file name has some.
    parts: Vec<crate::i18n::Message>,
    /// What the file name holds, said after the text's sentence.
    file_name: Option<crate::i18n::Message>,
}

impl Warning {
    /// The warning that the file name (`tokens`, its hidden characters
    /// written as visible tokens) contains hidden or reordering characters.
    pub fn about_file_name(tokens: String) -> Self {
        Warning {
            parts: Vec::new(),
            file_name: None,
        }
        .with_file_name(tokens)
    }

    /// The warning, followed by [`Self::about_file_name`]'s.
    #[must_use]
    pub fn with_file_name(mut self, tokens: String) -> Self {
        self.file_name = Some(crate::i18n::Message::new("hidden-file-name").with("name", tokens));
        self
    }

    /// The warning in `lang`.
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::tr_text;
        let words: Vec<String> = self.parts.iter().map(|m| m.text(lang)).collect();
        let mut out = words.join(&tr_text(lang, "hidden-separator", &[]));
        if let Some(name) = &self.file_name {
            if !out.is_empty() {
                out.push_str(&tr_text(lang, "hidden-end-before-file-name", &[]));
            }
            out.push_str(&name.text(lang));
        } else if !out.is_empty() {
            out.push_str(&tr_text(lang, "hidden-end", &[]));
        }
        out
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(crate::i18n::Lang::En))
    }
}

/// One sentence for the command line and the exports when `report` has
/// anything worth a warning, e.g. "3 bidi override characters can make names
/// and numbers display differently from the text." `None` when only benign
/// marks were found. The interface words it with [`WarningCounts::worded`].
pub fn warning(report: &Report) -> Option<String> {
    WarningCounts::of(report).english()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_classified_char_has_a_name() {
        for c in ['\u{0}', 'a', 'ب', ' ', '\u{2028}'] {
            assert_eq!(classify(c), None);
            assert_eq!(name(c), None);
        }
        let ranges = [
            (0x00AD, 0x00AD),
            (0x034F, 0x034F),
            (0x061C, 0x061C),
            (0x115F, 0x1160),
            (0x180E, 0x180E),
            (0x200B, 0x200F),
            (0x202A, 0x202E),
            (0x2060, 0x2064),
            (0x2066, 0x206F),
            (0x3164, 0x3164),
            (0xFE00, 0xFE0F),
            (0xFEFF, 0xFEFF),
            (0xFFA0, 0xFFA0),
            (0xFFF9, 0xFFFB),
            (0xE0000, 0xE007F),
            (0xE0100, 0xE01EF),
        ];
        for (lo, hi) in ranges {
            for n in lo..=hi {
                let c = char::from_u32(n).unwrap_or_default();
                assert!(classify(c).is_some(), "U+{n:04X} classified");
                assert!(name(c).is_some(), "U+{n:04X} named");
            }
        }
    }

    /// The interface's English warning is the command line's, word for word.
    #[test]
    fn the_english_message_is_the_warning() {
        let texts = [
            "وصل \u{202E}123\u{202C} اليوم",
            "a\u{202E}b",
            "a\u{202E}b\u{202E}c",
            "\u{202A}x\u{202C} \u{2066}y\u{2069}",
            "\u{206A}x",
            "a\u{E0041}\u{E0042}",
            "a\u{200B}b",
            "a\u{200B}b\u{2060}c",
            "x\u{FFF9}y\u{FFFB}",
            "a\u{FE00}\u{FE01}",
            "\u{202E}a \u{E0041} b\u{200B}c",
            "plain text",
            "\u{200F}1\u{200F}",
        ];
        for text in texts {
            let report = scan(text);
            assert_eq!(
                WarningCounts::of(&report).worded().map(|m| m.to_string()),
                warning(&report),
                "{text:?}"
            );
        }
        assert!(warning(&scan("a\u{202E}b")).is_some());
    }

    /// In Arabic the warning reads Arabic, counts and all (isolates left out).
    #[test]
    fn the_arabic_message_reads_arabic() {
        let arabic = |text: &str| {
            WarningCounts::of(&scan(text))
                .worded()
                .map(|m| m.text(crate::i18n::Lang::Ar))
                .map(|s| s.replace(['\u{2068}', '\u{2069}'], ""))
        };
        assert_eq!(
            arabic("وصل الوزير \u{202E}123\u{202C} إلى القاهرة.").as_deref(),
            Some(
                "محرفان من محارف التحكم في الاتجاه قد يُظهران الأسماء والأرقام على غير ما هي عليه في النص."
            )
        );
        assert_eq!(
            arabic("أ\u{202E}ب \u{200B}ج\u{200B}د\u{200B}").as_deref(),
            Some(
                "محرف واحد من محارف فرض الاتجاه قد يُظهر الأسماء والأرقام على غير ما هي عليه في النص (لم يُغلق منها 1)؛ \
                 3 محارف غير مرئية قد تجعل كلمةً تبدو مثل كلمة أخرى."
            )
        );
        assert_eq!(arabic("نص عادي"), None);
    }

    /// The first letter outside Fluent's isolates, which decides the
    /// direction of an isolate (FSI) the sentence is put in.
    fn first_letter_outside_isolates(s: &str) -> Option<char> {
        let mut depth = 0usize;
        for c in s.chars() {
            match c {
                '\u{2068}' => depth += 1,
                '\u{2069}' => depth = depth.saturating_sub(1),
                c if depth == 0 && c.is_alphabetic() => return Some(c),
                _ => {}
            }
        }
        None
    }

    /// The Arabic warning starts with Arabic words outside any isolate, so
    /// «تحذير: …» lays it out right to left (a sentence made of nested parts
    /// read left to right, its final stop next to «تحذير:»).
    #[test]
    fn the_arabic_message_is_right_to_left_outside_its_isolates() {
        for text in [
            "\u{202E}123\u{202C}",
            "أ\u{202E}ب \u{200B}ج\u{200B}د\u{200B}",
            "a\u{E0041}\u{E0042}\u{E0043}",
        ] {
            let warning = WarningCounts::of(&scan(text)).worded().expect("a warning");
            let first = first_letter_outside_isolates(&warning.text(crate::i18n::Lang::Ar));
            assert!(
                first.is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
                "{text:?}: {first:?}"
            );
        }
    }
}
