//! Bidi mirroring (UAX #9 rule L4): in a right-to-left run, a character such
//! as `(` is displayed with the glyph of its mirror `)`.
//!
//! The pairs come from Unicode's `BidiMirroring.txt`, kept as data in
//! `assets/text/bidi_mirroring.txt`.

use std::sync::OnceLock;

const PAIRS: &str = include_str!("../../assets/text/bidi_mirroring.txt");

/// Parses the mirroring data file into `(char, mirror)` pairs sorted by char.
/// Malformed lines are reported as `Err(line)`.
pub fn parse(data: &str) -> Result<Vec<(char, char)>, String> {
    let mut pairs = Vec::new();
    for line in data.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split_whitespace();
        let parsed = (|| {
            let a = char::from_u32(u32::from_str_radix(cols.next()?, 16).ok()?)?;
            let b = char::from_u32(u32::from_str_radix(cols.next()?, 16).ok()?)?;
            cols.next().is_none().then_some((a, b))
        })();
        pairs.push(parsed.ok_or_else(|| line.to_owned())?);
    }
    pairs.sort_unstable();
    Ok(pairs)
}

fn table() -> &'static [(char, char)] {
    static TABLE: OnceLock<Vec<(char, char)>> = OnceLock::new();
    // The file is embedded and validated by a test; a broken file would only
    // cost mirroring, never the text.
    TABLE.get_or_init(|| parse(PAIRS).unwrap_or_default())
}

/// The mirrored glyph of `c` (rule L4), if `c` is Bidi_Mirrored with a pair.
pub fn mirror(c: char) -> Option<char> {
    let t = table();
    t.binary_search_by_key(&c, |&(a, _)| a).ok().map(|i| t[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_file_parses_and_is_symmetric_for_brackets() {
        let pairs = parse(PAIRS).expect("bidi_mirroring.txt parses");
        assert!(pairs.len() > 400, "{} pairs", pairs.len());
        assert_eq!(mirror('('), Some(')'));
        assert_eq!(mirror(')'), Some('('));
        assert_eq!(mirror('«'), Some('»'));
        assert_eq!(mirror('['), Some(']'));
        assert_eq!(mirror('a'), None);
        assert_eq!(mirror('“'), None, "quotation marks are not Bidi_Mirrored");
    }

    #[test]
    fn malformed_line_is_reported() {
        assert_eq!(parse("0028 zz\n"), Err("0028 zz".to_owned()));
    }
}
