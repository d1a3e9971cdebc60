//! Stage 1 of the cascade: normalization for matching, tokens with char
//! offsets, and sentences.
//!
//! Every [`Token`] keeps `start..end` in chars of the *original* text, so the
//! normalized form (`norm`) is only ever used for matching.

/// Normalizes one char for matching; `None` drops it (diacritics, tatweel).
///
/// Hamza forms of alef → ا, ta marbuta → ه, alef maqsura → ي, hamza on waw/yeh →
/// و/ي, Persian yeh/kaf → Arabic, Arabic-Indic and Persian digits → ASCII,
/// Latin lowercased.
pub fn normalize_char(c: char) -> Option<char> {
    let out = match c {
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}' => return None,
        // Tatweel, and the invisible format characters (zero-width space and
        // joiners, bidi marks, embeddings, overrides and isolates, the soft
        // hyphen): a name with one inside is still the name.
        '\u{0640}'
        | '\u{00AD}'
        | '\u{061C}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => return None,
        // Hashtag names (#محمد_بن_سلمان): the mark is dropped and the
        // underscore separates words.
        '#' => return None,
        '_' => ' ',
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ة' => 'ه',
        'ى' | 'ئ' | 'ی' => 'ي',
        'ؤ' => 'و',
        'ک' => 'ك',
        '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + u32::from(b'0')).unwrap_or(c),
        '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + u32::from(b'0')).unwrap_or(c),
        c if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
        c => c,
    };
    Some(out)
}

/// Normalizes a whole string for matching (see [`normalize_char`]).
pub fn normalize(s: &str) -> String {
    s.chars().filter_map(normalize_char).collect()
}

/// Normalizes a name or search text for comparing: [`normalize_char`] on
/// every char (hamza forms, ta marbuta, alef maqsura, diacritics, tatweel,
/// Persian letters, Eastern digits, invisible format characters), then every
/// letter or digit kept and lowercased, whitespace and `-` collapsed to one
/// space, all other characters (punctuation, symbols) dropped; no leading or
/// trailing space. `"فيصل  المقـداد،"` → `"فيصل المقداد"`.
pub fn normalize_for_matching(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars().filter_map(normalize_char) {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(c.to_lowercase());
        } else if c.is_whitespace() || c == '-' {
            pending_space = true;
        }
    }
    out
}

/// Letters and digits, with a fast path for the Arabic block (the general
/// Unicode lookup is the hot spot of tokenizing Arabic text).
fn is_letter(c: char) -> bool {
    match c {
        '\u{0621}'..='\u{064A}' | '\u{0671}'..='\u{06D3}' | 'a'..='z' | 'A'..='Z' => true,
        '\u{0600}'..='\u{0620}' | '\u{064B}'..='\u{0670}' | ' ' | '\n' | '.' | ',' => false,
        c => c.is_alphanumeric(),
    }
}

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// Letters.
    Word,
    /// Digits (ASCII after normalization).
    Num,
    /// One punctuation or symbol char.
    Punct,
}

/// A token of the original text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Start offset in chars into the original text.
    pub start: usize,
    /// Exclusive end offset in chars.
    pub end: usize,
    /// Normalized form used for matching.
    pub norm: String,
    pub kind: TokKind,
    /// A line break lies between the previous token and this one.
    pub line_start: bool,
    /// Whitespace (or nothing dropped) lies between the previous token and this one.
    pub space_before: bool,
}

impl Token {
    /// True for a punctuation token equal to `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct && self.norm.starts_with(c)
    }

    /// True for a comma, Arabic «،» or Latin ",".
    pub fn is_comma(&self) -> bool {
        self.is_punct('\u{060C}') || self.is_punct(',')
    }
}

/// Splits `text` into word, number and punctuation tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 8);
    // The current token, its `norm` still empty: its normalized chars
    // gather in `norm`, copied out once the token ends (one allocation of
    // the right size per token, not one per growth).
    let mut cur: Option<Token> = None;
    let mut norm = String::new();
    let mut finish = |cur: &mut Option<Token>, norm: &mut String| {
        if let Some(mut t) = cur.take() {
            t.norm = norm.as_str().to_owned();
            out.push(t);
        }
        norm.clear();
    };
    let mut line_start = true;
    let mut space_before = false;
    for (i, c) in text.chars().enumerate() {
        let Some(n) = normalize_char(c) else {
            // Dropped chars (diacritics, tatweel) stay inside the current token.
            if let Some(t) = cur.as_mut() {
                t.end = i + 1;
            }
            continue;
        };
        let kind = if n.is_ascii_digit() {
            TokKind::Num
        } else if is_letter(n) {
            TokKind::Word
        } else {
            TokKind::Punct
        };
        if n.is_whitespace() {
            finish(&mut cur, &mut norm);
            if n == '\n' || n == '\r' || n == '\u{2028}' || n == '\u{2029}' {
                line_start = true;
            }
            space_before = true;
            continue;
        }
        if let Some(t) = cur.as_mut()
            && t.kind == kind
            && kind != TokKind::Punct
        {
            t.end = i + 1;
            norm.push(n);
            continue;
        }
        finish(&mut cur, &mut norm);
        norm.push(n);
        cur = Some(Token {
            start: i,
            end: i + 1,
            norm: String::new(),
            kind,
            line_start,
            space_before,
        });
        line_start = false;
        space_before = false;
    }
    finish(&mut cur, &mut norm);
    out
}

/// True when a sentence ends after token `i`.
fn ends_sentence(toks: &[Token], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return true };
    if t.kind != TokKind::Punct {
        return toks.get(i + 1).is_some_and(|n| n.line_start);
    }
    let c = t.norm.chars().next().unwrap_or(' ');
    let next = toks.get(i + 1);
    if next.is_some_and(|n| n.line_start) {
        return true;
    }
    match c {
        '.' => {
            // "2.4 مليون": a point between digits with no space is a decimal point.
            let prev_num = i > 0 && toks.get(i - 1).is_some_and(|p| p.kind == TokKind::Num);
            let next_num = next.is_some_and(|n| n.kind == TokKind::Num && !n.space_before);
            !(prev_num && next_num)
        }
        // A semicolon joins clauses of one sentence (ويرافقه وزراء؛ الخارجية
        // فلان، والدفاع فلان).
        '!' | '?' | '؟' | '…' => true,
        _ => false,
    }
}

/// Sentences as token index ranges. Line breaks, `. ! ? ؟ …` end a sentence
/// (not a decimal point, and not a point glued inside quotes: `توقف".إلى`
/// still ends one).
pub fn sentences(toks: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..toks.len() {
        if ends_sentence(toks, i) {
            if i + 1 > start {
                out.push(start..i + 1);
            }
            start = i + 1;
        }
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence_texts(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let toks = tokenize(text);
        sentences(&toks)
            .into_iter()
            .map(|r| {
                chars[toks[r.start].start..toks[r.end - 1].end]
                    .iter()
                    .collect()
            })
            .collect()
    }

    #[test]
    fn normalizes_hamza_ta_marbuta_maqsura_marks_tatweel_and_digits() {
        assert_eq!(normalize("أإآٱ"), "اااا");
        assert_eq!(normalize("زيارةٌ إلى"), "زياره الي");
        assert_eq!(normalize("مـــصر"), "مصر");
        assert_eq!(normalize("مؤتمر رئيس"), "موتمر رييس");
        assert_eq!(normalize("٢٠٢٤ ۱۳"), "2024 13");
        assert_eq!(normalize_for_matching(" فيصل  المقـداد، "), "فيصل المقداد");
        assert_eq!(normalize_for_matching("فؤاد-حسين"), "فواد حسين");
        assert_eq!(normalize_for_matching("Wang YI ٢٠"), "wang yi 20");
        assert_eq!(normalize("Blinken"), "blinken");
    }

    #[test]
    fn tokens_keep_char_offsets_into_the_original() {
        let text = "وَصَلَ بلينكن، الـ34";
        let toks = tokenize(text);
        let got: Vec<(usize, usize, &str)> = toks
            .iter()
            .map(|t| (t.start, t.end, t.norm.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (0, 6, "وصل"),
                (7, 13, "بلينكن"),
                (13, 14, "،"),
                (15, 18, "ال"),
                (18, 20, "34")
            ]
        );
    }

    #[test]
    fn sentences_split_on_stops_not_on_decimals() {
        assert_eq!(
            sentence_texts(
                "نزح أكثر من مليون من أصل 2.4 مليون. الذي توقف\".إلى ذلك، وجه بلينكن نداء\nسطر جديد"
            ),
            vec![
                "نزح أكثر من مليون من أصل 2.4 مليون.",
                "الذي توقف\".",
                "إلى ذلك، وجه بلينكن نداء",
                "سطر جديد"
            ]
        );
    }
}
