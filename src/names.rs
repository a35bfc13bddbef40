//! Names of countries and languages in each UI language, from CLDR (Unicode licence).
//! `scripts/gen-names.mjs` writes `src/names/<locale>.json`; a test checks they are current.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use skillmap_profile::codes::{COUNTRY_CODES, LANGUAGE_CODES};

use crate::browser;
use crate::i18n::{I18n, Locale};

/// What a code names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameKind {
    /// Countries and regions (ISO 3166).
    Region,
    /// Languages (ISO 639).
    Language,
}

type Names = Arc<Vec<(&'static str, String)>>;

thread_local! {
    static CACHE: RefCell<HashMap<(Locale, NameKind), Names>> = RefCell::new(HashMap::new());
}

/// Every country or language code with its name in the UI language (CLDR, from
/// `names/<code>.tsv`, written by `scripts/gen-names.mjs`), sorted by name as people of that
/// language expect. Computed once per language and kind.
pub fn code_names(i18n: I18n, kind: NameKind) -> Names {
    let locale = i18n.get_locale();
    let file = i18n.bundle().names();
    names_in(locale, file, kind)
}

/// The names of `kind` in a names file of `locale`.
pub fn names_in(locale: Locale, file: &str, kind: NameKind) -> Names {
    CACHE.with(|cache| {
        cache
            .borrow_mut()
            .entry((locale, kind))
            .or_insert_with(|| {
                let (tag, codes) = match kind {
                    NameKind::Region => ("c", COUNTRY_CODES),
                    NameKind::Language => ("l", LANGUAGE_CODES),
                };
                let named: HashMap<&str, &str> = file
                    .lines()
                    .filter_map(|line| {
                        let mut parts = line.splitn(3, '\t');
                        (parts.next() == Some(tag)).then(|| Some((parts.next()?, parts.next()?)))?
                    })
                    .collect();
                // The files are generated and checked by a test; a missing name shows the code.
                let mut items: Vec<_> = codes
                    .iter()
                    .map(|c| (*c, named.get(c).copied().unwrap_or(c).to_owned()))
                    .collect();
                browser::sort_by_name(locale.as_str(), &mut items);
                Arc::new(items)
            })
            .clone()
    })
}

/// The name of one country or language code in `locale`; the code itself if unknown.
/// With a second language chosen, both names: "Syria · \u{2068}Siria\u{2069}".
pub fn code_name(i18n: I18n, kind: NameKind, code: &str) -> String {
    let one = |i: I18n| {
        code_names(i, kind)
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, n)| n.clone())
    };
    let first = one(i18n).unwrap_or_else(|| code.to_owned());
    match i18n.second().and_then(one) {
        Some(second) if second != first => both(&first, &second),
        _ => first,
    }
}

/// Two names of one thing, the second isolated so its direction never reorders the first.
pub fn both(first: &str, second: &str) -> String {
    format!("{first} · \u{2068}{second}\u{2069}")
}
