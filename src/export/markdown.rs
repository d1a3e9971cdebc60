//! The Markdown summary: per trip a narrative in English and Arabic, then
//! each leg with its quoted evidence and source file.

use super::fields::{
    HIDDEN_NOTE, clean_line, date_en, hidden_warning, hijri_note, html, place_ar, place_en,
};
use super::narrative::{ar, narrate, person_ar, person_en};
use crate::model::{ExtractOutput, Visit};

/// Escapes Markdown inline syntax (and HTML) so names and quotes render as
/// written: a backslash before each ASCII punctuation that could start
/// markup. Also flattens the text to one line with hidden controls shown as
/// tokens ([`super::fields::clean_line`]).
pub(crate) fn md(s: &str) -> String {
    let mut out = String::new();
    for c in clean_line(s).chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '['
                | ']'
                | '<'
                | '>'
                | '|'
                | '~'
                | '&'
                | '#'
                | '!'
                | '{'
                | '}'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// [`md`] for text that starts a line: also escapes a leading `-`, `+`, `=`
/// or `1.` so the paragraph does not turn into a list or heading.
pub(crate) fn md_paragraph(s: &str) -> String {
    let escaped = md(s);
    let digits = escaped.chars().take_while(char::is_ascii_digit).count();
    let after_digits = escaped[digits..].chars().next();
    if escaped.starts_with(['-', '+', '='])
        || (digits > 0 && matches!(after_digits, Some('.' | ')')))
    {
        format!("\\{escaped}")
    } else {
        escaped
    }
}

/// The summary's counts line: "10 legs in 3 trips from 5 sources."
pub(crate) fn counts(visits: &[Visit], trips: usize) -> String {
    let mut sources: Vec<&str> = visits
        .iter()
        .flat_map(|v| v.evidence.iter().map(|e| e.path.as_str()))
        .collect();
    sources.sort_unstable();
    sources.dedup();
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{} in {} from {}.",
        plural(visits.len(), "leg", "legs"),
        plural(trips, "trip", "trips"),
        plural(sources.len(), "source", "sources")
    )
}

/// The Markdown text (CommonMark; Arabic paragraphs as `<p dir="rtl" lang="ar">`
/// HTML blocks with escaped text).
pub fn to_markdown(output: &ExtractOutput, hijri: bool) -> String {
    let visits = &output.timeline;
    let narratives = narrate(visits);
    let mut s = String::new();
    s.push_str("# Visits timeline\n\n");
    s.push_str(&format!(
        "<p dir=\"rtl\" lang=\"ar\">{}</p>\n\n",
        html(ar("title"))
    ));
    s.push_str(&counts(visits, narratives.len()));
    s.push_str("\n\n");
    if let Some(warning) = hidden_warning(visits) {
        s.push_str(&format!(
            "> **Hidden characters in the sources.** {} {}\n\n",
            md(&warning),
            md(HIDDEN_NOTE)
        ));
    }
    for n in &narratives {
        s.push_str(&format!("## {}\n\n", md(&n.title_en)));
        s.push_str(&format!(
            "<p dir=\"rtl\" lang=\"ar\"><strong>{}</strong></p>\n\n",
            html(&n.title_ar)
        ));
        s.push_str(&md_paragraph(&n.en));
        s.push_str("\n\n");
        s.push_str(&format!(
            "<p dir=\"rtl\" lang=\"ar\">{}</p>\n\n",
            html(&n.ar)
        ));
        for (k, &i) in n.legs.iter().enumerate() {
            let v = &visits[i];
            let date = v.date.map_or_else(
                || "date not reported".to_string(),
                |d| match hijri_note(v, hijri) {
                    Some(h) => format!("{} {}", date_en(d), md(&h)),
                    None => date_en(d),
                },
            );
            s.push_str(&format!(
                "{}. **{} ({})** · {} · {} · {}\n",
                k + 1,
                md(&place_en(v)),
                md(&v.place.country),
                md(&place_ar(v)),
                date,
                v.status.as_str()
            ));
            if let Some(t) = &v.date_text {
                s.push_str(&format!("   - Date as written: {}\n", md(t)));
            }
            if !v.counterparts.is_empty() {
                let met: Vec<String> = v
                    .counterparts
                    .iter()
                    .map(|p| {
                        let (en, a) = (person_en(p), person_ar(p));
                        if en == a {
                            md(&en)
                        } else {
                            format!("{} ({})", md(&en), md(&a))
                        }
                    })
                    .collect();
                s.push_str(&format!("   - Met: {}\n", met.join(", ")));
            }
            for e in &v.evidence {
                s.push_str(&format!(
                    "   - Source: {}, chars {}–{}\n\n     > {}\n\n",
                    md(&e.path),
                    e.start,
                    e.end,
                    md(&e.text)
                ));
            }
            if v.evidence.is_empty() {
                s.push_str("   - Source: none recorded\n\n");
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_start_cannot_become_a_list_or_heading() {
        assert_eq!(md_paragraph("- x"), "\\- x");
        assert_eq!(md_paragraph("=SUM"), "\\=SUM");
        assert_eq!(md_paragraph("12. x"), "\\12. x");
        assert_eq!(md_paragraph("12 x"), "12 x");
        assert_eq!(md_paragraph("# x"), "\\# x");
    }
}
