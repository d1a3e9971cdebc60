//! An open article: its decoded text, identity, display names and the state
//! of its extraction. Plain data, no I/O: the app reads the file
//! (`app::article::load`) and the panels show it.

use std::path::Path;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::bidi_layout::Paragraph;
use crate::model::{Entity, PublishedFrom, Visit};

/// The engine's result for one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Visits {
    /// Extraction is queued or running.
    #[default]
    Running,
    /// The analyst cancelled the extraction (it can be asked for again).
    Cancelled,
    /// The visits found (shared with the timeline worker, not copied).
    Done(Arc<[Visit]>),
    /// The extraction failed (the message says why).
    Failed(String),
}

/// An open article.
#[derive(Clone, Debug)]
pub struct Article {
    /// Identity: a file path, or `seeds/NAME.txt` for an embedded seed.
    pub path: String,
    /// Stable hash of `path`, the viewer's key for its caches.
    pub id: u64,
    /// First non-empty line of the text, trimmed.
    pub title: String,
    /// Last component of `path`.
    pub file_name: String,
    /// The decoded text (shared with the extraction worker, not copied).
    pub text: Arc<String>,
    /// The text split into the viewer's paragraphs, computed while loading
    /// so that showing a huge article costs the window nothing.
    pub paragraphs: Arc<[Paragraph]>,
    /// Number of chars in `text`.
    pub char_count: usize,
    /// Whether the text is Arabic text ([`has_arabic_letters`], computed
    /// while loading): a file that is not (a README, an index) is no article
    /// to read.
    pub has_arabic: bool,
    /// Title and file name folded for the file panel's filter
    /// ([`crate::bidi_layout::fold::fold`]).
    pub search_key: String,
    pub published: Option<NaiveDate>,
    /// Where `published` came from (the file panel says it); `None` when it is.
    pub published_from: Option<PublishedFrom>,
    /// The date the document itself declares (its HTML metadata, else its
    /// text), found while loading: a date set to it counts as found there.
    pub declared: Option<(NaiveDate, PublishedFrom)>,
    /// Encoding the file was decoded from (`UTF-8`, `windows-1256`, ...).
    pub encoding: &'static str,
    /// Decoding warnings (replaced bytes, removed NULs), shown in the panel.
    pub warnings: Vec<String>,
    /// Warning about bidi controls and other hidden characters that can make
    /// the text display differently from what it says ([`crate::hidden`]),
    /// worded when shown, in the interface language of the moment; its
    /// `Display` is the English.
    pub hidden_warning: Option<crate::hidden::Warning>,
    pub visits: Visits,
    /// The names the engine recognized (people, places, dates), in text
    /// order; empty until extraction is done. The viewer tints them.
    pub entities: Vec<Entity>,
    /// Bumped whenever extraction is re-requested, so stale results are dropped.
    pub generation: u64,
    /// Why a file of the restored session cannot be opened now (moved, on an
    /// unmounted disk, unreadable): the entry stays in the list and in the
    /// workspace, with its date, greyed, until the file is back or located.
    /// Worded in the interface language when shown.
    pub missing: Option<crate::i18n::Message>,
}

impl Article {
    /// An article from already decoded text. Reads the whole text a few
    /// times (paragraphs, hidden characters): done on the loading thread.
    pub fn new(path: String, text: String, published: Option<NaiveDate>) -> Self {
        let paragraphs: Arc<[Paragraph]> = crate::bidi_layout::paragraphs(&text).into();
        let char_count = text.chars().count();
        let title = title_of(&text);
        let file_name = file_name_of(&path);
        let search_key = crate::bidi_layout::fold::fold(&format!("{title}\n{file_name}"));
        Self {
            id: stable_id(&path),
            hidden_warning: hidden_warning(&text, &file_name),
            has_arabic: has_arabic_letters(&text),
            title,
            file_name,
            search_key,
            paragraphs,
            char_count,
            path,
            // Shared as it is: `Arc<str>` would copy a 200 MB text once more.
            text: Arc::new(text),
            published,
            published_from: published.map(|_| PublishedFrom::Argument),
            declared: None,
            encoding: "UTF-8",
            warnings: Vec::new(),
            visits: Visits::Running,
            entities: Vec::new(),
            generation: 0,
            missing: None,
        }
    }

    /// The entry of a file that cannot be opened now, for `reason`: no text,
    /// its file name as title, its date kept, no extraction.
    pub fn missing(
        path: String,
        published: Option<NaiveDate>,
        reason: crate::i18n::Message,
    ) -> Self {
        let mut article = Self::new(path, String::new(), published);
        article.title.clone_from(&article.file_name);
        article.search_key = crate::bidi_layout::fold::fold(&article.file_name);
        article.visits = Visits::Failed(reason.to_string());
        article.missing = Some(reason);
        article
    }

    /// Sets the publication date (the analyst's, or the one saved with the
    /// session): found in the document when it is the date the document
    /// declares, else given.
    pub fn set_published(&mut self, date: Option<NaiveDate>) {
        self.published = date;
        self.published_from = date.map(|d| match self.declared {
            Some((declared, from)) if declared == d => from,
            _ => PublishedFrom::Argument,
        });
    }

    /// "3 visits", "1 visit", "…" while running, "extraction failed".
    pub fn visits_label(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{tr, tr_args};
        if self.missing.is_some() {
            return tr(lang, "article-not-opened");
        }
        match &self.visits {
            Visits::Running => tr(lang, "article-extracting"),
            Visits::Cancelled => tr(lang, "article-cancelled"),
            Visits::Done(v) => tr_args(
                lang,
                "article-visits",
                &[("n", v.len().into()), ("count", v.len().to_string().into())],
            ),
            Visits::Failed(_) => tr(lang, "article-failed"),
        }
    }
}

/// The hidden-character warning of an article: its text's, and its file
/// name's (shown with the characters as visible tokens, as the file list shows
/// the name). Reads the text once: done on the loading thread.
pub fn hidden_warning(text: &str, file_name: &str) -> Option<crate::hidden::Warning> {
    use crate::hidden::{Warning, WarningCounts, scan};
    let in_text = WarningCounts::of(&scan(text)).worded();
    if WarningCounts::of(&scan(file_name)).is_empty() {
        return in_text;
    }
    // The tokens with brackets every UI font has.
    let tokens = crate::hidden::escape_visible(file_name)
        .replace('\u{27E6}', "[")
        .replace('\u{27E7}', "]");
    Some(match in_text {
        Some(warning) => warning.with_file_name(tokens),
        None => Warning::about_file_name(tokens),
    })
}

/// Whether `text` is Arabic text: letters of the Arabic script (its letters, the supplements
/// and the presentation forms) make at least [`ARABIC_SHARE`] of its letters, links (words
/// with `://` or starting `www.`) left out. An English index whose links hold Arabic words
/// is not; an Arabic article quoting English names is.
pub fn has_arabic_letters(text: &str) -> bool {
    let (mut arabic, mut letters) = (0usize, 0usize);
    for word in text.split_whitespace() {
        if word.contains("://") || word.starts_with("www.") {
            continue;
        }
        for c in word.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            if is_arabic_letter(c) {
                arabic += 1;
            }
        }
    }
    arabic > 0 && arabic as f64 >= ARABIC_SHARE * letters as f64
}

/// The least share of Arabic letters among a text's letters for it to be Arabic text.
pub const ARABIC_SHARE: f64 = 0.2;

/// A letter of the Arabic script.
fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{0870}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
    ) && c.is_alphabetic()
}

/// Longest title shown, in chars; longer first lines are cut with "…".
const MAX_TITLE_CHARS: usize = 120;

/// The first non-empty line, trimmed and cut to [`MAX_TITLE_CHARS`] (or "(empty)").
pub fn title_of(text: &str) -> String {
    let Some(line) = text.lines().map(str::trim).find(|l| !l.is_empty()) else {
        return "(empty)".to_owned();
    };
    match line.char_indices().nth(MAX_TITLE_CHARS) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line.to_owned(),
    }
}

/// The last path component.
pub fn file_name_of(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_owned())
}

/// FNV-1a 64 of `path`: identical across runs and builds, unlike std's hasher.
pub fn stable_id(path: &str) -> u64 {
    path.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::has_arabic_letters;

    /// Arabic letters count, in any form; Arabic-Indic digits, punctuation
    /// and Latin text do not.
    #[test]
    fn arabic_letters_are_told_from_digits_and_latin() {
        assert!(has_arabic_letters("# Notes\nقال الوزير"));
        assert!(has_arabic_letters("\u{FEDF}\u{FEE0}"));
        assert!(!has_arabic_letters("# README\nArticles collected in June."));
        assert!(!has_arabic_letters(
            "\u{0661}\u{0662}\u{0663} \u{060C} \u{061F}"
        ));
        assert!(!has_arabic_letters(""));
        // An index of links whose addresses hold Arabic words (the dev corpus's INDEX.md).
        let index = "| d006 | https://m2.youm7.com/story/2023/2/7/روسيا-تثمن-موقف-العراق/6074822 \
                     | 2023-02-07 | 1 | Lavrov in Baghdad, received by Iraqi president |";
        assert!(!has_arabic_letters(index));
        // An English page with one Arabic word; an Arabic article with English names.
        assert!(!has_arabic_letters(
            "jawla reads Arabic news: a verb such as زار marks a visit in most articles."
        ));
        assert!(has_arabic_letters(
            "التقى وزير الخارجية Antony Blinken بالرئيس Abdel Fattah el-Sisi في القاهرة"
        ));
    }

    /// The article's warning: its text's and its file name's, in English as
    /// before (the same words as the command line), in Arabic in Arabic.
    #[test]
    fn the_hidden_warning_names_text_and_file_name_in_either_language() {
        let warning = super::hidden_warning("أ\u{202E}ب", "news\u{202E}txt.md").expect("a warning");
        assert_eq!(
            warning.to_string(),
            "1 bidi override character can make names and numbers display differently from the \
             text (1 left unclosed).; the file name contains hidden or reordering characters: \
             news[U+202E RLO]txt.md"
        );
        assert_eq!(
            warning
                .text(crate::i18n::Lang::Ar)
                .replace(['\u{2068}', '\u{2069}'], ""),
            "محرف واحد من محارف فرض الاتجاه قد يُظهر الأسماء والأرقام على غير ما هي عليه في النص \
             (لم يُغلق منها 1). في اسم الملف محارف مخفية أو تغيّر الترتيب: news[U+202E RLO]txt.md"
        );
        assert_eq!(super::hidden_warning("نص", "news.md"), None);
    }
}
