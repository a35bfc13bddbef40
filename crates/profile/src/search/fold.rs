//! Folding text so that what a person types matches what the data says, whatever the
//! script: case, accents and diacritics, and each script's own spelling variants.
//!
//! - Latin, Greek, Cyrillic: compatibility decomposition, combining marks dropped, lower
//!   case (`Électricien` → `electricien`, `ё` → `е`, `ά` → `α`).
//! - Arabic script (ar, fa, prs, ps, ckb): short vowels and other marks (tashkeel) and the
//!   tatweel dropped; alef forms (أ إ آ ٱ) → ا; ى → ي; ة → ه; ؤ → و; ئ → ي; the Persian
//!   letters ی and ک → ي and ك, so Dari and Arabic spellings meet; Arabic-Indic and Persian
//!   digits → 0–9.
//! - Ethiopic (ti, am): the word space ፡ is a space; letters that sound alike in both
//!   Tigrinya and Amharic and are swapped in spelling (ሠ → ሰ, ፀ → ጸ, the rare ኀ → ሐ) fold
//!   to one, keeping the vowel. ሀ/ሐ and አ/ዐ stay apart: Tigrinya tells them apart.
//!
//! Folding never panics and keeps every letter it does not know.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Folds `text` for matching: the rules above, and every run of spaces and punctuation
/// becomes one space, trimmed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfkd().flat_map(char::to_lowercase) {
        if is_combining_mark(c) || is_arabic_mark(c) || c == '\u{0640}' {
            continue; // accents, tashkeel, tatweel
        }
        // Lower case may yield a letter that decomposes again (İ → i̇); fold that too.
        for c in std::iter::once(c).nfkd().filter(|c| !is_combining_mark(*c)) {
            let c = fold_char(c);
            if c.is_alphanumeric() {
                if pending_space && !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
                out.push(c);
            } else {
                pending_space = true;
            }
        }
    }
    out
}

/// The folded words of `text`.
pub fn tokens(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Arabic marks that Unicode does not class as combining for decomposition purposes
/// but that never change which word it is (Quranic annotation signs, small high letters).
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

fn fold_char(c: char) -> char {
    match c {
        // Arabic script
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ى' | 'ی' | 'ې' | 'ئ' => 'ي',
        'ة' => 'ه',
        'ۀ' | 'ە' => 'ه',
        'ؤ' => 'و',
        'ک' => 'ك',
        '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
        // Ethiopic
        '\u{1361}' => ' ',
        '\u{1280}'..='\u{1287}' => shift(c, 0x1280, 0x1210), // ኀ row → ሐ row
        '\u{1220}'..='\u{1227}' => shift(c, 0x1220, 0x1230), // ሠ row → ሰ row
        '\u{1340}'..='\u{1347}' => shift(c, 0x1340, 0x1338), // ፀ row → ጸ row
        _ => c,
    }
}

/// Moves `c` from the syllable row starting at `from` to the same vowel in the row at `to`.
fn shift(c: char, from: u32, to: u32) -> char {
    char::from_u32(c as u32 - from + to).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each pair folds to the same text; the second is the expected folding.
    #[test]
    fn folds_each_script_as_people_type_it() {
        let cases = [
            ("Électricien", "electricien"),
            ("  Care-worker / helper ", "care worker helper"),
            ("FORKLIFT   operation", "forklift operation"),
            ("Straßenbahnfahrer", "straßenbahnfahrer"),
            ("ﬁtter", "fitter"),
            ("ёлка", "елка"),
            ("Ελληνικά", "ελληνικα"),
            ("İstanbul", "istanbul"),
            ("Водій", "водіи"),
            ("كَهْرَبائِيّ", "كهربايي"),
            ("كهربائي", "كهربايي"),
            ("مُمَرِّضَة", "ممرضه"),
            ("إدارة", "اداره"),
            ("آلة", "اله"),
            ("طـــبـــاخ", "طباخ"),
            ("مستشفى", "مستشفي"),
            ("پزشک", "پزشك"),
            ("یک", "يك"),
            ("١٢٣ ۴۵۶", "123 456"),
            ("ሐኪም", "ሐኪም"),
            ("ኀይሊ", "ሐይሊ"),
            ("ዓቢ፡ሰብ", "ዓቢ ሰብ"),
            ("ፀሓይ", "ጸሓይ"),
            ("ሠራተኛ", "ሰራተኛ"),
            ("", ""),
            ("—", ""),
        ];
        for (input, expected) in cases {
            assert_eq!(fold(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn spellings_that_differ_only_in_variants_meet() {
        for (a, b) in [
            ("أمل", "امل"),
            ("ሠራተኛ", "ሰራተኛ"),
            ("Åland", "aland"),
            ("naïve", "NAIVE"),
        ] {
            assert_eq!(fold(a), fold(b), "{a} / {b}");
        }
    }

    proptest::proptest! {
        #[test]
        fn folding_is_idempotent_and_never_panics(text in "\\PC{0,40}") {
            let once = fold(&text);
            proptest::prop_assert_eq!(fold(&once), once);
        }
    }

    #[test]
    fn tokens_are_folded_words() {
        assert_eq!(
            tokens("Heavy-goods vehicle DRIVER"),
            ["heavy", "goods", "vehicle", "driver"]
        );
        assert!(tokens(" \t ").is_empty());
    }
}
