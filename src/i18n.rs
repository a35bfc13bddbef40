//! The interface's words in the person's language.
//!
//! Keys are checked when the app compiles: `build.rs` turns `locales/en.json` into the
//! constants of [`keys`], and `t_string!(i18n, skills.digital.heading)` names one of them
//! (a mistyped key does not compile; a language missing a key fails the build). The words
//! themselves are data: English is compiled in (the fallback, and the first screen); every
//! other language is fetched from the app's own folder (`locales/<code>.json`, with its
//! country and language names, `names/<code>.tsv`) when the person chooses it, so a new
//! language adds nothing to the first load.
//!
//! Plural forms follow CLDR's rules for each language, through the browser's
//! `Intl.PluralRules` (`picker.suggestions_one`, `_few`, `_many`, `_other`, …).

use std::collections::HashMap;
use std::sync::OnceLock;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;

include!(concat!(env!("OUT_DIR"), "/i18n_gen.rs"));

#[path = "locale_file.rs"]
mod locale_file;

thread_local! {
    /// Words in two languages, made once per key and pair of languages.
    static BOTH: std::cell::RefCell<HashMap<(&'static str, u8, u8), &'static str>> =
        std::cell::RefCell::new(HashMap::new());
}

/// A UI language: one of [`LOCALES`], the files in `locales/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Locale(u8);

/// Languages written right to left.
const RTL: &[&str] = &["ar", "fa", "prs", "ps", "ckb"];

impl Locale {
    /// English: the source language, compiled in.
    pub const EN: Locale = Locale(0);

    /// Every UI language, English first.
    pub fn get_all() -> impl Iterator<Item = Locale> {
        (0..LOCALES.len()).map(|i| Locale(i as u8))
    }

    /// The BCP 47 code (`en`, `ar`, `prs`).
    pub fn as_str(self) -> &'static str {
        LOCALES.get(usize::from(self.0)).copied().unwrap_or("en")
    }

    /// The UI language for a code, also a regional one (`ar-SY` is `ar`).
    pub fn from_code(code: &str) -> Option<Locale> {
        let code = code.trim().to_ascii_lowercase();
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        let find = |c: &str| LOCALES.iter().position(|l| *l == c);
        // Dari is Persian as written in Afghanistan.
        let dari = (code == "fa-af").then(|| find("prs")).flatten();
        dari.or_else(|| find(&code))
            .or_else(|| find(primary))
            .map(|i| Locale(i as u8))
    }

    /// True for languages written right to left.
    pub fn is_rtl(self) -> bool {
        RTL.contains(&self.as_str())
    }

    /// `rtl` or `ltr`, for the `dir` attribute.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }
}

/// One language's words and CLDR names, parsed once and kept for the page's life.
#[derive(Debug)]
pub struct Bundle {
    strings: HashMap<String, String>,
    names: String,
}

impl Bundle {
    fn parse(json: &str, names: String) -> Option<Bundle> {
        let value: serde_json::Value = serde_json::from_str(json).ok()?;
        let mut strings = HashMap::new();
        locale_file::each_string(&value, "", &mut |key, text| {
            strings.insert(key, text.to_owned());
        });
        Some(Bundle { strings, names })
    }

    /// CLDR's names of countries and languages in this language (`names/<code>.tsv`).
    pub fn names(&self) -> &str {
        &self.names
    }
}

/// English, compiled in.
fn english() -> &'static Bundle {
    static EN: OnceLock<Bundle> = OnceLock::new();
    EN.get_or_init(|| {
        Bundle::parse(EN_JSON, EN_NAMES.to_owned()).unwrap_or(Bundle {
            strings: HashMap::new(),
            names: String::new(),
        })
    })
}

/// The i18n context: which language shows, and the words of those loaded. Cheap to copy.
#[derive(Clone, Copy)]
pub struct I18n {
    locale: RwSignal<Locale>,
    /// Loaded bundles by locale index; English is always there.
    bundles: RwSignal<Vec<Option<&'static Bundle>>>,
    /// The language being fetched, if any.
    loading: RwSignal<Option<Locale>>,
    /// The second language shown beside the first, if chosen (side by side).
    second: RwSignal<Option<Locale>>,
    /// The locale of the view [`I18n::second`] gives.
    second_locale: RwSignal<Locale>,
    /// Always `None`: the second view's own second language.
    no_second: RwSignal<Option<Locale>>,
}

impl I18n {
    /// The language showing now (reactive).
    pub fn get_locale(self) -> Locale {
        self.locale.get()
    }

    /// The language showing now, without subscribing.
    pub fn get_locale_untracked(self) -> Locale {
        self.locale.get_untracked()
    }

    /// The language being fetched, if any (reactive).
    pub fn loading(self) -> Option<Locale> {
        self.loading.get()
    }

    fn has(self, locale: Locale) -> bool {
        self.bundles
            .with_untracked(|b| b.get(usize::from(locale.0)).copied().flatten().is_some())
    }

    /// Fetches a language's words and names unless they are here, then calls `done` with
    /// whether they are.
    fn ensure(self, locale: Locale, done: impl FnOnce(bool) + 'static) {
        if self.has(locale) {
            done(true);
            return;
        }
        spawn_local(async move {
            let code = locale.as_str();
            let json = browser::fetch_text(&format!("locales/{code}.json")).await;
            let names = browser::fetch_text(&format!("names/{code}.tsv")).await;
            let bundle = match (json, names) {
                (Ok(json), Ok(names)) => Bundle::parse(&json, names),
                _ => None,
            };
            let Some(bundle) = bundle else {
                done(false);
                return;
            };
            if !self.has(locale) {
                let bundle: &'static Bundle = Box::leak(Box::new(bundle));
                self.bundles.update(|b| {
                    if let Some(slot) = b.get_mut(usize::from(locale.0)) {
                        *slot = Some(bundle);
                    }
                });
            }
            done(true);
        });
    }

    /// Shows `locale`: at once if its words are here, else once they are fetched. If they
    /// cannot be fetched the language stays as it was.
    pub fn set_locale(self, locale: Locale) {
        self.loading.set(Some(locale));
        self.ensure(locale, move |ok| {
            // Another language may have been chosen meanwhile.
            if self.loading.get_untracked() != Some(locale) {
                return;
            }
            self.loading.set(None);
            if ok {
                self.locale.set(locale);
            }
        });
    }

    /// Chooses a second language to show beside the first (a counsellor's), or none.
    pub fn set_second(self, locale: Option<Locale>) {
        self.second.set(locale);
        if let Some(l) = locale {
            self.second_locale.set(l);
            self.ensure(l, |_| {});
        }
    }

    /// The second language chosen, loaded or not (reactive).
    pub fn second_choice(self) -> Option<Locale> {
        self.second.get()
    }

    /// The second language's view, once its words are here (reactive): the same lookups,
    /// in that language. `None` when no second language is shown.
    pub fn second(self) -> Option<I18n> {
        let locale = self.second.get()?;
        let loaded = self
            .bundles
            .with(|b| b.get(usize::from(locale.0)).copied().flatten().is_some());
        (loaded && locale != self.locale.get()).then_some(I18n {
            locale: self.second_locale,
            second: self.no_second,
            ..self
        })
    }

    /// The bundle of the language showing (English until another has loaded).
    pub fn bundle(self) -> &'static Bundle {
        let locale = self.locale.get();
        self.bundles
            .with(|b| b.get(usize::from(locale.0)).copied().flatten())
            .unwrap_or_else(english)
    }

    /// The words for `key` in the language showing; English where a language lacks them.
    /// With a second language chosen, both: "Family name · \u{2068}Apellido\u{2069}", the
    /// second isolated so its direction never reorders the first.
    pub fn text(self, key: &'static str) -> &'static str {
        let first = self.text_only(key);
        let Some(second) = self.second() else {
            return first;
        };
        let other = second.text_only(key);
        if other == first {
            return first;
        }
        let pair = (key, self.locale.get().0, second.locale.get().0);
        BOTH.with(|both| {
            *both.borrow_mut().entry(pair).or_insert_with(|| {
                Box::leak(format!("{first} · \u{2068}{other}\u{2069}").into_boxed_str())
            })
        })
    }

    /// The words for `key` in the language showing only.
    fn text_only(self, key: &'static str) -> &'static str {
        let bundle = self.bundle();
        bundle
            .strings
            .get(key)
            .or_else(|| english().strings.get(key))
            .map_or(key, String::as_str)
    }

    /// This context without the second language: for a column already in one language.
    pub fn monolingual(self) -> I18n {
        I18n {
            second: self.no_second,
            ..self
        }
    }

    /// The plural form of `key` for `count`, by the language's CLDR rules, with
    /// `{{ count }}` filled in (in both languages when a second is chosen).
    pub fn plural(self, key: &'static str, count: u32) -> String {
        let first = self.plural_only(key, count);
        match self.second() {
            Some(second) => format!(
                "{first} · \u{2068}{}\u{2069}",
                second.plural_only(key, count)
            ),
            None => first,
        }
    }

    fn plural_only(self, key: &'static str, count: u32) -> String {
        let locale = self.locale.get();
        let category = browser::plural_category(locale.as_str(), count);
        let bundle = self.bundle();
        let find = |b: &'static Bundle, c: &str| b.strings.get(&format!("{key}_{c}"));
        let template = find(bundle, &category)
            .or_else(|| find(bundle, "other"))
            .or_else(|| find(english(), &category))
            .or_else(|| find(english(), "other"))
            .map_or(key, String::as_str);
        fill(template, &[("count", count.shown(locale))])
    }

    /// The words for `key` with its `{{ placeholders }}` filled in.
    pub fn format(self, key: &'static str, values: &[(&str, String)]) -> String {
        fill(self.text(key), values)
    }
}

/// A value put into a `{{ placeholder }}`: numbers are written as the language writes them
/// (CLDR, through the browser's `Intl.NumberFormat`: ۴ in Persian, ٤ in Arabic), text as is.
pub trait Shown {
    /// The value as shown in `locale`.
    fn shown(&self, locale: Locale) -> String;
}

macro_rules! shown_number {
    ($($t:ty),*) => {$(
        impl Shown for $t {
            fn shown(&self, locale: Locale) -> String {
                browser::format_number(locale.as_str(), *self as f64)
            }
        }
    )*};
}
shown_number!(u16, u32, usize, i32);

impl Shown for String {
    fn shown(&self, _: Locale) -> String {
        self.clone()
    }
}

impl Shown for str {
    fn shown(&self, _: Locale) -> String {
        self.to_owned()
    }
}

impl<T: Shown + ?Sized> Shown for &T {
    fn shown(&self, locale: Locale) -> String {
        (**self).shown(locale)
    }
}

/// Replaces each `{{ name }}` in `template` by its value; unknown names stay as written.
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after.find("}}") {
            Some(end) => {
                let name = after[..end].trim();
                match values.iter().find(|(n, _)| *n == name) {
                    Some((_, v)) => out.push_str(v),
                    None => out.push_str(&rest[start..start + 2 + end + 2]),
                }
                rest = &after[end + 2..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Creates the context, starting in `saved` (the profile's language) or else the browser's
/// language when the app has it, and keeps `<html lang dir>` in step.
pub fn provide_i18n(saved: Option<Locale>) -> I18n {
    let i18n = I18n {
        locale: RwSignal::new(Locale::EN),
        bundles: RwSignal::new((0..LOCALES.len()).map(|i| (i == 0).then(english)).collect()),
        loading: RwSignal::new(None),
        second: RwSignal::new(None),
        second_locale: RwSignal::new(Locale::EN),
        no_second: RwSignal::new(None),
    };
    provide_context(i18n);
    let start = saved.or_else(|| {
        browser::preferred_languages()
            .iter()
            .find_map(|code| Locale::from_code(code))
    });
    if let Some(l) = start.filter(|l| *l != Locale::EN) {
        i18n.set_locale(l);
    }
    Effect::new(move |_| {
        let l = i18n.get_locale();
        browser::set_document_language(l.as_str(), l.dir());
    });
    i18n
}

/// The i18n context provided by the app.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
