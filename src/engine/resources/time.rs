//! Time words: weekdays, months, relative days, modifiers, ordinals, and the
//! words that introduce a publication date.

use super::{Resources, Tag, TimeMod, cols, phrase_tokens, rows, variants};

fn numbered(
    r: &mut Resources,
    n: &str,
    range: std::ops::RangeInclusive<i32>,
    tag: impl Fn(i32) -> Tag,
) -> Result<(), String> {
    for (line, l) in rows(n)? {
        let c = cols(n, 2, line, l)?;
        let v: i32 = c[0]
            .parse()
            .ok()
            .filter(|v| range.contains(v))
            .ok_or(format!(
                "assets/{n}:{line}: the first column must be in {}..={}",
                range.start(),
                range.end()
            ))?;
        for w in variants(c[1]) {
            r.add(w, tag(v));
        }
    }
    Ok(())
}

pub(super) fn load(r: &mut Resources) -> Result<(), String> {
    numbered(r, "time/weekdays.tsv", 1..=7, |d| {
        Tag::Weekday(u8::try_from(d).unwrap_or(1))
    })?;
    numbered(r, "time/months.tsv", 1..=12, |m| {
        Tag::Month(u8::try_from(m).unwrap_or(1))
    })?;
    numbered(r, "time/hijri_months.tsv", 1..=12, |m| {
        Tag::HijriMonth(u8::try_from(m).unwrap_or(1))
    })?;
    numbered(r, "time/relative.tsv", -7..=7, |d| {
        Tag::Relative(i8::try_from(d).unwrap_or(0))
    })?;
    numbered(r, "time/ordinals.tsv", 1..=31, |d| {
        Tag::Ordinal(u8::try_from(d).unwrap_or(1))
    })?;
    let n = "time/modifiers.tsv";
    for (line, l) in rows(n)? {
        let c = cols(n, 2, line, l)?;
        let k = match c[0] {
            "past" => TimeMod::Past,
            "future" => TimeMod::Future,
            "daypart" => TimeMod::DayPart,
            "unresolved" => TimeMod::Unresolved(0),
            "unresolved-past" => TimeMod::Unresolved(-1),
            "unresolved-future" => TimeMod::Unresolved(1),
            k => return Err(format!("assets/{n}:{line}: unknown kind `{k}`")),
        };
        for v in variants(c[1]) {
            r.add(v, Tag::Time(k));
        }
    }
    for (_, l) in rows("time/published.txt")? {
        r.published_markers
            .extend(variants(l).map(phrase_tokens).filter(|t| !t.is_empty()));
    }
    Ok(())
}
