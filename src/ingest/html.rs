//! HTML → readable article text, with `scraper` (html5ever).
//!
//! Output: the `<title>` as the first line, then one line per block of text
//! (paragraph, heading, list item, table cell, `<br>`-separated line...), with
//! whitespace collapsed inside each line. Elements that are not the article
//! are dropped whole: scripts, styles, navigation, page header and footer,
//! asides, forms, `<noscript>`, templates, embedded SVG/MathML, iframes.
//! The tree is walked iteratively, so deeply nested hostile markup cannot
//! overflow the stack.

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

/// The readable text of an HTML document (see the module documentation).
pub fn to_text(source: &str) -> String {
    let document = Html::parse_document(source);
    let mut title = String::new();
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // Depth inside dropped elements (0 = keep text), and inside <title>.
    let mut dropped = 0usize;
    let mut in_title = 0usize;
    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
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
                    if in_title > 0 {
                        push_collapsed(&mut title, text);
                    } else if dropped == 0 {
                        push_collapsed(&mut line, text);
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    let name = el.name();
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
    lines.join("\n")
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

/// Ends the current line: keeps it if it has text.
fn flush(line: &mut String, lines: &mut Vec<String>) {
    let trimmed = line.trim();
    if !trimmed.is_empty() {
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
    fn br_breaks_lines_and_entities_decode() {
        assert_eq!(
            to_text("<div>a &amp; b<br>c&nbsp;d</div>"),
            "a & b\nc\u{A0}d"
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let source = "<div>".repeat(3_000) + "نص" + &"</div>".repeat(3_000);
        assert_eq!(to_text(&source), "نص");
    }
}
