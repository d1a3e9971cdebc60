//! The HTML report: one self-contained file (bundled Arabic font embedded,
//! the timeline image inline), per trip a narrative in English and Arabic and
//! each leg with its quoted evidence and source; a print stylesheet makes the
//! browser's "Print to PDF" a clean report. All text is escaped.

use super::markdown::counts;
use super::narrative::{LegMarkup, ar, met_and_sources_html, narrate};
use super::svg::to_svg;
// Every text of the report goes through `html_marked`: escaped, with hidden-character
// tokens isolated and styled.
use super::fields::{
    HIDDEN_NOTE, date_en, hidden_warning, hijri_note, html_marked as html, place_ar, place_en,
};
use crate::model::ExtractOutput;

/// The bundled Arabic font, embedded as a base64 `@font-face`.
const NASKH: &[u8] = include_bytes!("../../fonts/NotoNaskhArabic-Regular.ttf");

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 (RFC 4648, with padding).
pub(crate) fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * k)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; color: #1b1f24;
  max-width: 62rem; margin: 2rem auto; padding: 0 1.25rem; line-height: 1.5; }
[lang="ar"] { font-family: "Noto Naskh Arabic", serif; font-size: 1.12em; line-height: 1.9; }
h1 { margin-bottom: 0.2rem; }
h2 { margin: 2rem 0 0.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2rem; }
.title-ar { margin: 0 0 0.6rem; font-weight: bold; }
.counts { color: #57606a; }
.figure svg { max-width: 100%; height: auto; border: 1px solid #d0d7de; border-radius: 6px; }
.narrative { margin: 0.5rem 0; }
ol.legs { padding-inline-start: 1.6rem; }
.hidden-char { background: #ffebe9; color: #82071e; border-radius: 3px; padding: 0 0.15em;
  font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.8em; }
li.leg { margin: 0.9rem 0; }
.status { font-size: 0.85em; padding: 0 0.4em; border-radius: 0.6em; border: 1px solid #57606a; }
.status-occurred .status { background: #1f6feb; border-color: #1f6feb; color: #fff; }
.status-planned .status { border-style: dashed; }
.status-cancelled .status { text-decoration: line-through; }
.detail { color: #424a53; font-size: 0.95em; }
blockquote { margin: 0.4rem 0; padding: 0.2rem 0.8rem; border-inline-start: 4px solid #d0d7de;
  background: #f6f8fa; }
.source { color: #57606a; font-size: 0.85em; margin: 0; }
@media print {
  @page { size: A4; margin: 16mm 14mm; }
  body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  li.leg, blockquote, .figure { break-inside: avoid; }
  .status-occurred .status { background: none; color: #000; border-color: #000; }
  blockquote { background: none; }
}
"#;

/// Counterparts and sources: blocks on their own lines, names isolated.
const MARKUP: LegMarkup = LegMarkup {
    met: ("<div class=\"detail\">", "</div>"),
    names: (
        ("<bdi>", "</bdi>"),
        ("<bdi dir=\"rtl\" lang=\"ar\">", "</bdi>"),
    ),
    source: ("<p class=\"source\">", ("<bdi>", "</bdi>")),
    newline: "\n",
};

/// The HTML report as one string.
pub fn to_html(output: &ExtractOutput, hijri: bool) -> String {
    let visits = &output.timeline;
    let narratives = narrate(visits);
    let mut s = String::new();
    s.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    s.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    s.push_str("<title>Visits timeline</title>\n<style>\n");
    s.push_str("@font-face { font-family: \"Noto Naskh Arabic\"; font-weight: 400; font-style: normal;\n  src: url(data:font/ttf;base64,");
    s.push_str(&base64(NASKH));
    s.push_str(") format(\"truetype\"); }");
    s.push_str(STYLE);
    s.push_str("</style>\n</head>\n<body>\n<header>\n<h1>Visits timeline</h1>\n");
    s.push_str(&format!(
        "<p class=\"title-ar\" dir=\"rtl\" lang=\"ar\">{}</p>\n<p class=\"counts\">{}</p>\n</header>\n",
        html(ar("title")),
        html(&counts(visits, narratives.len()))
    ));
    if let Some(warning) = hidden_warning(visits) {
        s.push_str(&format!(
            "<p class=\"hidden-note\" role=\"note\" style=\"border-left: 4px solid #cf222e; padding: 0.3rem 0.8rem; background: #fff5f5;\"><strong>Hidden characters in the sources.</strong> {} {}</p>\n",
            html(&warning),
            html(HIDDEN_NOTE)
        ));
    }
    let svg = to_svg(visits);
    let svg = svg
        .split_once("?>\n")
        .map_or(svg.as_str(), |(_, body)| body);
    s.push_str("<div class=\"figure\">\n");
    s.push_str(svg);
    s.push_str("</div>\n");
    for n in &narratives {
        s.push_str("<section class=\"trip\">\n");
        s.push_str(&format!("<h2>{}</h2>\n", html(&n.title_en)));
        s.push_str(&format!(
            "<p class=\"title-ar\" dir=\"rtl\" lang=\"ar\">{}</p>\n",
            html(&n.title_ar)
        ));
        s.push_str(&format!("<p class=\"narrative\">{}</p>\n", html(&n.en)));
        s.push_str(&format!(
            "<p class=\"narrative\" dir=\"rtl\" lang=\"ar\">{}</p>\n",
            html(&n.ar)
        ));
        s.push_str("<ol class=\"legs\">\n");
        for &i in &n.legs {
            let v = &visits[i];
            let status = v.status.as_str();
            s.push_str(&format!("<li class=\"leg status-{status}\">\n<div>"));
            s.push_str(&format!(
                "<strong>{} ({})</strong> · <span dir=\"rtl\" lang=\"ar\">{}</span> · ",
                html(&place_en(v)),
                html(&v.place.country),
                html(&place_ar(v))
            ));
            match v.date {
                Some(d) => s.push_str(&format!(
                    "<time datetime=\"{d}\">{}</time>{}",
                    date_en(d),
                    hijri_note(v, hijri).map_or_else(String::new, |h| format!(" {}", html(&h)))
                )),
                None => s.push_str("date not reported"),
            }
            s.push_str(&format!(
                " · <span class=\"status\">{status}</span> <span class=\"status-ar\" dir=\"rtl\" lang=\"ar\">{}</span></div>\n",
                html(ar(&format!("status.{status}")))
            ));
            if let Some(t) = &v.date_text {
                s.push_str(&format!(
                    "<div class=\"detail\">Date as written: <span dir=\"rtl\" lang=\"ar\">{}</span></div>\n",
                    html(t)
                ));
            }
            s.push_str(&met_and_sources_html(v, &MARKUP));
            s.push_str("</li>\n");
        }
        s.push_str("</ol>\n</section>\n");
    }
    s.push_str("</body>\n</html>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc4648_vectors() {
        for (plain, enc) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), enc);
        }
    }
}
