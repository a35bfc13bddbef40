//! Names of countries and languages in each UI language, from CLDR (Unicode licence).
//! `scripts/gen-names.mjs` writes `src/names/<locale>.json`; a test checks they are current.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use leptos_i18n::Locale as _;
use skillmap_profile::codes::{COUNTRY_CODES, LANGUAGE_CODES};

use crate::browser;
use crate::i18n::Locale;

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

/// CLDR's names of countries and languages in one UI language, written by
/// `scripts/gen-names.mjs` (a new UI language fails to compile here until it has its file).
fn names_json(locale: Locale) -> &'static str {
    match locale {
        Locale::en => include_str!("names/en.json"),
        Locale::ar => include_str!("names/ar.json"),
    }
}

#[derive(serde::Deserialize)]
struct NamesFile {
    countries: HashMap<String, String>,
    languages: HashMap<String, String>,
}

/// Every country or language code with its name in `locale` (CLDR), sorted by name as
/// people of that language expect. Computed once per locale and kind.
pub fn code_names(locale: Locale, kind: NameKind) -> Names {
    CACHE.with(|cache| {
        cache
            .borrow_mut()
            .entry((locale, kind))
            .or_insert_with(|| {
                // The files are generated and checked by a test; a broken one shows codes.
                let file: Option<NamesFile> = serde_json::from_str(names_json(locale)).ok();
                let (codes, names) = match kind {
                    NameKind::Region => (COUNTRY_CODES, file.map(|f| f.countries)),
                    NameKind::Language => (LANGUAGE_CODES, file.map(|f| f.languages)),
                };
                let name = |c: &str| {
                    names
                        .as_ref()
                        .and_then(|n| n.get(c).cloned())
                        .unwrap_or_else(|| c.to_owned())
                };
                let mut items: Vec<_> = codes.iter().map(|c| (*c, name(c))).collect();
                browser::sort_by_name(locale.as_str(), &mut items);
                Arc::new(items)
            })
            .clone()
    })
}

/// The name of one country or language code in `locale`; the code itself if unknown.
pub fn code_name(locale: Locale, kind: NameKind, code: &str) -> String {
    code_names(locale, kind)
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, n)| n.clone())
        .unwrap_or_else(|| code.to_owned())
}
