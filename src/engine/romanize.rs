//! Readable romanization of Arabic names that no lexicon knows, driven by the
//! letter table `assets/lexicon/romanization.tsv`.

use std::collections::HashMap;

/// Romanizes `name_ar` word by word: the `article` (ال, from
/// `lexicon/function_words.tsv`) → "al-", long vowels ا و ي where they
/// follow a consonant, consonants otherwise; each word capitalized.
pub fn romanize(table: &HashMap<char, (String, String)>, article: &str, name_ar: &str) -> String {
    let article: Vec<char> = article.chars().collect();
    let mut words = Vec::new();
    for w in name_ar.split_whitespace() {
        let chars: Vec<char> = w.chars().filter(|c| table.contains_key(c)).collect();
        if chars.is_empty() {
            continue;
        }
        let (prefix, body) = if !article.is_empty()
            && chars.len() > article.len() + 1
            && chars.starts_with(&article)
        {
            ("al-", &chars[article.len()..])
        } else {
            ("", &chars[..])
        };
        let mut out = String::new();
        // Whether each letter is read as a vowel.
        let vowel_at = |i: usize| -> bool {
            let Some(c) = body.get(i) else { return false };
            let Some((cons, vowel)) = table.get(c) else {
                return false;
            };
            if cons.is_empty() || matches!(c, 'أ' | 'إ' | 'آ' | 'ى' | 'ة') {
                return true;
            }
            !vowel.is_empty() && i > 0 && !matches!(body[i - 1], 'ا' | 'آ')
        };
        let mut inserted = false;
        for (i, c) in body.iter().enumerate() {
            let Some((cons, vowel)) = table.get(c) else {
                continue;
            };
            let is_vowel = vowel_at(i);
            out.push_str(if is_vowel && !vowel.is_empty() {
                vowel
            } else {
                cons
            });
            // Short vowels are not written: a between two consonants, every other time.
            if !is_vowel
                && i + 1 < body.len()
                && !vowel_at(i + 1)
                && !inserted
                && i + 2 < body.len() + 1
            {
                out.push('a');
                inserted = true;
            } else {
                inserted = false;
            }
        }
        let out = out
            .replace("aa", "a")
            .replace("ii", "i")
            .replace("uu", "u")
            .replace("ai", "i");
        let mut cap = String::new();
        let mut first = true;
        for ch in out.chars() {
            if first && ch.is_alphabetic() {
                cap.extend(ch.to_uppercase());
                first = false;
            } else {
                cap.push(ch);
            }
        }
        words.push(format!("{prefix}{cap}"));
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::resources::{Class, Resources};

    #[test]
    fn unknown_names_romanize_readably() {
        let r = Resources::load().expect("resources parse");
        assert_eq!(
            romanize(&r.roman, r.words.one(Class::Article), "إيهاب ناصر"),
            "Ihab Nasar"
        );
        assert_eq!(
            romanize(&r.roman, r.words.one(Class::Article), "محمد الحلبوسي"),
            "Mahmad al-Halbusi"
        );
    }
}
