//! HTML → readable article text, with `scraper` (html5ever).
//!
//! Output: the `<title>` as the first line, then one line per block of text
//! (paragraph, heading, list item, table cell, `<br>`-separated line...), with
//! whitespace collapsed inside each line. Elements that are not the article
//! are dropped whole: scripts, styles, navigation, page header and footer,
//! asides, forms, `<noscript>`, templates, embedded SVG/MathML, iframes.
//! The tree is walked iteratively, so deeply nested hostile markup cannot
//! overflow the stack; and since html5ever's tree builder is quadratic in the
//! nesting depth, tags nested deeper than [`MAX_DEPTH`] are removed before
//! parsing (as browsers cap DOM depth), so such a file cannot stall loading.

use chrono::NaiveDate;
use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// Elements whose whole subtree is not article text.
const DROPPED: &[&str] = &[
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg",
    "math", "iframe", "object", "embed", "canvas", "button", "select", "textarea", "dialog",
    "menu", "head",
];

/// Elements that start and end a line of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "section",
    "article",
    "main",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "address",
    "details",
    "summary",
    "hr",
    "body",
    "html",
    "center",
    "fieldset",
    "legend",
];

/// Deepest element nesting kept; deeper start and end tags are dropped
/// (Blink caps its parser's DOM depth at 512 too).
pub const MAX_DEPTH: usize = 512;

/// Elements that never have content or whose end tag is optional: they do
/// not count towards the nesting depth measured by [`flatten_deep_nesting`].
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead",
    "tbody", "tfoot", "colgroup", "rt", "rp", "caption", "html", "head", "body",
];

/// Metadata names (of `<meta property|name|itemprop>`, any case) whose
/// content is the publication date of a news page.
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "parsely-pub-date",
    "sailthru.date",
];

/// An HTML document reduced for reading.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reduced {
    /// The readable text (see the module documentation).
    pub text: String,
    /// The publication date the page declares: its metadata
    /// (`article:published_time`, `itemprop="datePublished"`, ...), else
    /// a JSON-LD `datePublished`, else its first `<time datetime>`; if any.
    pub published: Option<NaiveDate>,
    /// How many over-deep tags were dropped before parsing.
    pub dropped_tags: usize,
}

/// Reduces an HTML document, guarding against deep nesting.
pub fn reduce(source: &str) -> Reduced {
    let (mut reduced, dropped_tags) = match flatten_deep_nesting(source) {
        Some((flat, dropped)) => (walk(&flat), dropped),
        None => (walk(source), 0),
    };
    reduced.dropped_tags = dropped_tags;
    reduced
}

/// The publication date declared by `el`, if it is a date metadata element.
fn declared_date(el: &scraper::node::Element) -> Option<NaiveDate> {
    let is_date = ["property", "name", "itemprop"]
        .iter()
        .filter_map(|a| el.attr(a))
        .any(|v| PUBLISHED_KEYS.contains(&v.trim().to_ascii_lowercase().as_str()));
    if !is_date {
        return None;
    }
    iso_day(el.attr("content").or_else(|| el.attr("datetime"))?)
}

/// The day of an ISO 8601 date or date-time: its first ten characters
/// ("2024-06-10T08:00+03:00").
fn iso_day(value: &str) -> Option<NaiveDate> {
    let day = value.trim().get(..10)?;
    NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()
}

/// The `datePublished` of a JSON-LD block (schema.org `NewsArticle`), at any
/// depth (`@graph` lists, arrays of objects); `None` for invalid JSON.
fn json_ld_date(source: &str) -> Option<NaiveDate> {
    fn search(v: &serde_json::Value) -> Option<NaiveDate> {
        match v {
            serde_json::Value::Object(map) => map
                .get("datePublished")
                .and_then(serde_json::Value::as_str)
                .and_then(iso_day)
                .or_else(|| map.values().find_map(search)),
            serde_json::Value::Array(items) => items.iter().find_map(search),
            _ => None,
        }
    }
    search(&serde_json::from_str(source.trim()).ok()?)
}

/// The dates a page declares, by how sure they are: metadata elements, then
/// JSON-LD `datePublished`, then the first `<time datetime>`.
#[derive(Debug, Default)]
struct Declared {
    meta: Option<NaiveDate>,
    json_ld: Option<NaiveDate>,
    time: Option<NaiveDate>,
    /// Inside a `<script type="application/ld+json">`: its text so far.
    ld_text: Option<String>,
    /// Inside a `<time>` with no `datetime` or a feed's `<pubDate>`: its text
    /// so far (an RFC 2822 or ISO 8601 date: an SGML archive's `<TIME>Thu, 16
    /// Aug 2018 16:58:25 +0000</TIME>`).
    time_text: Option<String>,
}

impl Declared {
    fn open(&mut self, el: &scraper::node::Element) {
        if self.meta.is_none() {
            self.meta = declared_date(el);
        }
        match el.name() {
            "time" | "pubdate" if self.time.is_none() => {
                self.time = el.attr("datetime").and_then(iso_day);
                if self.time.is_none() {
                    self.time_text = Some(String::new());
                }
            }
            "script"
                if el
                    .attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                self.ld_text = Some(String::new());
            }
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(buf) = self.ld_text.as_mut() {
            buf.push_str(text);
        }
        if let Some(buf) = self.time_text.as_mut() {
            buf.push_str(text);
        }
    }

    fn close(&mut self, name: &str) {
        if (name == "time" || name == "pubdate")
            && let Some(buf) = self.time_text.take()
            && self.time.is_none()
        {
            let t = buf.trim();
            self.time = chrono::DateTime::parse_from_rfc2822(t)
                .ok()
                .map(|d| d.date_naive())
                .or_else(|| iso_day(t));
        }
        if name == "script"
            && let Some(buf) = self.ld_text.take()
            && self.json_ld.is_none()
        {
            self.json_ld = json_ld_date(&buf);
        }
    }

    fn date(&self) -> Option<NaiveDate> {
        self.meta.or(self.json_ld).or(self.time)
    }
}

/// Removes the start tags (and as many matching end tags) nested deeper than
/// [`MAX_DEPTH`], by a linear scan that knows comments, raw-text elements
/// and quoted attributes. `None` when nothing is that deep (the usual case).
pub fn flatten_deep_nesting(source: &str) -> Option<(String, usize)> {
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut dropped_open = 0usize;
    let mut dropped = 0usize;
    // Byte ranges of dropped tags, in order.
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(offset) = bytes[i..].iter().position(|&b| b == b'<') {
        let start = i + offset;
        let rest = &bytes[start..];
        if rest.starts_with(b"<!--") {
            i = find(bytes, start + 4, b"-->").map_or(bytes.len(), |e| e + 3);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_at = start + if closing { 2 } else { 1 };
        if !bytes.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
            i = start + 1;
            continue;
        }
        let name_end = bytes[name_at..]
            .iter()
            .position(|b| b.is_ascii_whitespace() || *b == b'/' || *b == b'>')
            .map_or(bytes.len(), |n| name_at + n);
        let name = source[name_at..name_end].to_ascii_lowercase();
        let end = tag_end(bytes, name_end);
        let self_closing = end >= 2 && bytes[end - 2] == b'/';
        i = end;
        if !closing && matches!(name.as_str(), "script" | "style" | "textarea" | "title") {
            // Raw text: skip to its end tag.
            let close = format!("</{name}");
            i = find_ascii_ci(bytes, end, close.as_bytes()).unwrap_or(bytes.len());
            continue;
        }
        if NOT_NESTING.contains(&name.as_str()) || (self_closing && !closing) {
            continue;
        }
        if closing {
            if dropped_open > 0 {
                dropped_open -= 1;
                cuts.push((start, end));
            } else {
                depth = depth.saturating_sub(1);
            }
        } else if depth >= MAX_DEPTH {
            dropped_open += 1;
            dropped += 1;
            cuts.push((start, end));
        } else {
            depth += 1;
        }
    }
    if cuts.is_empty() {
        return None;
    }
    let mut flat = String::with_capacity(source.len());
    let mut from = 0;
    for (start, end) in cuts {
        flat.push_str(&source[from..start]);
        from = end;
    }
    flat.push_str(&source[from..]);
    Some((flat, dropped))
}

/// Index just past the `>` that ends the tag whose attributes start at
/// `from` (quoted values may contain `>`); the input's end if unclosed.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote: Option<u8> = None;
    for (k, &b) in bytes[from..].iter().enumerate() {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return from + k + 1,
            None => {}
        }
    }
    bytes.len()
}

/// First index of `needle` in `bytes` at or after `from`.
fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// First index of `needle` (ASCII, any case) in `bytes` at or after `from`.
fn find_ascii_ci(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| from + p)
}

/// The readable text of an HTML document (see the module documentation).
pub fn to_text(source: &str) -> String {
    reduce(source).text
}

/// Parses and walks the document (no depth guard: see [`reduce`]).
fn walk(source: &str) -> Reduced {
    let document = Html::parse_document(source);
    let mut declared = Declared::default();
    let mut title = String::new();
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // Depth inside dropped elements (0 = keep text), and inside <title>.
    let mut dropped = 0usize;
    let mut in_title = 0usize;
    // Markup with no block elements at all (an SGML news archive's
    // <DOC><TEXT> records): its line breaks are the only paragraphs.
    let lines_are_paragraphs = !document.tree.root().descendants().any(|n| {
        n.value().as_element().is_some_and(|el| {
            let name = el.name();
            name == "br" || (BLOCKS.contains(&name) && name != "body" && name != "html")
        })
    });
    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    declared.open(el);
                    let name = el.name();
                    if name == "title" {
                        in_title += 1;
                    } else if DROPPED.contains(&name) {
                        dropped += 1;
                    } else if dropped == 0 && (name == "br" || BLOCKS.contains(&name)) {
                        flush(&mut line, &mut lines);
                    }
                }
                Node::Text(text) => {
                    declared.text(text);
                    if in_title > 0 {
                        push_collapsed(&mut title, text);
                    } else if dropped == 0 && lines_are_paragraphs {
                        for (k, part) in text.split('\n').enumerate() {
                            if k > 0 {
                                flush(&mut line, &mut lines);
                            }
                            push_collapsed(&mut line, part);
                        }
                    } else if dropped == 0 {
                        push_collapsed(&mut line, text);
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    let name = el.name();
                    declared.close(name);
                    if name == "title" {
                        in_title = in_title.saturating_sub(1);
                    } else if DROPPED.contains(&name) {
                        dropped = dropped.saturating_sub(1);
                    } else if dropped == 0 && BLOCKS.contains(&name) {
                        flush(&mut line, &mut lines);
                    }
                }
            }
        }
    }
    flush(&mut line, &mut lines);
    let title = title.trim();
    if !title.is_empty() && lines.first().map(String::as_str) != Some(title) {
        lines.insert(0, title.to_owned());
    }
    Reduced {
        text: lines.join("\n"),
        published: declared.date(),
        dropped_tags: 0,
    }
}

/// Appends `text` to `line`, collapsing runs of whitespace to one space.
fn push_collapsed(line: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() && c != '\u{A0}' {
            if !line.is_empty() && !line.ends_with(' ') {
                line.push(' ');
            }
        } else {
            line.push(c);
        }
    }
}

/// Ends the current line: keeps it if it has text other than one address
/// (an archive record's <URL> line is no text of the article).
fn flush(line: &mut String, lines: &mut Vec<String>) {
    let trimmed = line.trim();
    let address = !trimmed.contains(' ')
        && ["http://", "https://", "www."]
            .iter()
            .any(|p| trimmed.to_ascii_lowercase().starts_with(p));
    if !trimmed.is_empty() && !address {
        lines.push(trimmed.to_owned());
    }
    line.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_markup_stays_on_its_line() {
        let text = to_text("<p>زار <b>بلينكن</b>\n   القاهرة</p><p>ثم <a href=x>القدس</a></p>");
        assert_eq!(text, "زار بلينكن القاهرة\nثم القدس");
    }

    #[test]
    fn a_time_element_s_text_dates_the_page() {
        // An SGML archive record or a feed item: the date is the element's
        // text, RFC 2822 or ISO 8601.
        let r =
            reduce("<DOC><TIME>Thu, 16 Aug 2018 16:58:25 +0000</TIME><TEXT>\nنص\n</TEXT></DOC>");
        assert_eq!(r.published, NaiveDate::from_ymd_opt(2018, 8, 16));
        let r = reduce("<p><time>2024-06-10T08:00+03:00</time> نص</p>");
        assert_eq!(r.published, NaiveDate::from_ymd_opt(2024, 6, 10));
    }

    #[test]
    fn line_breaks_are_paragraphs_in_markup_with_no_blocks() {
        // An SGML archive record: no <p> or <br>, one paragraph per line.
        let text = to_text("<DOC><TITLE>عنوان</TITLE><TEXT>\nفقرة أولى\nفقرة ثانية\n</TEXT></DOC>");
        assert_eq!(text, "عنوان\nفقرة أولى\nفقرة ثانية");
    }

    #[test]
    fn br_breaks_lines_and_entities_decode() {
        assert_eq!(
            to_text("<div>a &amp; b<br>c&nbsp;d</div>"),
            "a & b\nc\u{A0}d"
        );
    }

    #[test]
    fn deep_nesting_is_flattened_before_parsing() {
        // 200,000 levels: html5ever alone would need minutes (quadratic).
        let n = 200_000;
        let source = "<div>".repeat(n) + "نص" + &"</div>".repeat(n);
        let reduced = reduce(&source);
        assert_eq!(
            (reduced.text.as_str(), reduced.dropped_tags),
            ("نص", n - MAX_DEPTH)
        );
        let (flat, _) = flatten_deep_nesting(&source).expect("too deep");
        assert_eq!(
            flat,
            "<div>".repeat(MAX_DEPTH) + "نص" + &"</div>".repeat(MAX_DEPTH)
        );
    }

    #[test]
    fn ordinary_pages_are_not_touched_by_the_depth_guard() {
        // Many unclosed paragraphs and list items, void elements, comments,
        // scripts with "<div" inside, quoted ">" in attributes.
        let page = "<html><body>".to_owned()
            + &"<p>فقرة<br><img src=x>".repeat(2_000)
            + &"<ul><li>بند".repeat(3)
            + "<!-- <div><div> --><script>var s = '<div>';</script>"
            + "<div title=\"a > b\"><span>نص</span></div></body></html>";
        assert_eq!(flatten_deep_nesting(&page), None);
    }

    #[test]
    fn the_declared_publication_date_is_read_from_metadata() {
        let og = r#"<head><meta property="article:published_time" content="2024-06-10T08:15:00+03:00"></head><p>x</p>"#;
        assert_eq!(reduce(og).published, NaiveDate::from_ymd_opt(2024, 6, 10));
        let itemprop =
            r#"<body><time itemprop="datePublished" datetime="2024-02-07">7 فبراير</time></body>"#;
        assert_eq!(
            reduce(itemprop).published,
            NaiveDate::from_ymd_opt(2024, 2, 7)
        );
        let name = r#"<meta name="PubDate" content=" 2023-12-31 ">"#;
        assert_eq!(
            reduce(name).published,
            NaiveDate::from_ymd_opt(2023, 12, 31)
        );
        // Not a date key, or not an ISO date: nothing.
        assert_eq!(
            reduce(r#"<meta name="modified" content="2024-06-11">"#).published,
            None
        );
        assert_eq!(
            reduce(r#"<meta name="pubdate" content="10/06/2024">"#).published,
            None
        );
        assert_eq!(
            reduce(r#"<meta name="pubdate" content="٢٠٢٤">"#).published,
            None
        );
    }

    #[test]
    fn json_ld_and_time_elements_declare_the_date_below_metadata() {
        let ld = r#"<head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-05-04T10:00:00+03:00"}]}</script></head><p>نص</p>"#;
        let reduced = reduce(ld);
        assert_eq!(reduced.published, NaiveDate::from_ymd_opt(2023, 5, 4));
        assert_eq!(reduced.text, "نص");
        let time = r#"<body><p>نُشر <time datetime="2022-11-30T09:00">30 نوفمبر</time></p><p><time datetime="2020-01-01">قديم</time></p></body>"#;
        assert_eq!(
            reduce(time).published,
            NaiveDate::from_ymd_opt(2022, 11, 30)
        );
        // Metadata wins over JSON-LD, JSON-LD over <time>.
        let all = r#"<head><meta property="article:published_time" content="2024-06-10"><script type="application/ld+json">{"datePublished":"2023-05-04"}</script></head><body><time datetime="2022-11-30">x</time></body>"#;
        assert_eq!(reduce(all).published, NaiveDate::from_ymd_opt(2024, 6, 10));
        let two = r#"<script type="application/ld+json">[{"datePublished":"2023-05-04"}]</script><time datetime="2022-11-30">x</time>"#;
        assert_eq!(reduce(two).published, NaiveDate::from_ymd_opt(2023, 5, 4));
        // Broken JSON-LD or a datetime that is no date: nothing from them.
        let broken = r#"<script type="application/ld+json">{"datePublished":</script><time datetime="soon">x</time>"#;
        assert_eq!(reduce(broken).published, None);
    }
}
