//! Browser component tests: the app and its browser boundary in real headless Chromium.
//! Run with `cargo test -p skillmap --target wasm32-unknown-unknown` (scripts/test.sh does).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use skillmap::browser;
use skillmap::i18n::Locale;
use skillmap::names::{names_in, NameKind};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

async fn tick() {
    gloo_timers_sleep(Duration::from_millis(50)).await;
}

/// Waits on the browser's own timer (no extra crate).
async fn gloo_timers_sleep(d: Duration) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, d.as_millis() as i32);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
fn storage_round_trips_and_removes() {
    browser::storage_set("skillmap.test", "أمل").expect("storage works in Chromium");
    assert_eq!(
        browser::storage_get("skillmap.test"),
        Ok(Some("أمل".to_owned()))
    );
    browser::storage_remove("skillmap.test");
    assert_eq!(browser::storage_get("skillmap.test"), Ok(None));
}

/// The names files of the UI languages, as the app fetches them.
fn names_files() -> Vec<(Locale, &'static str)> {
    let ar = Locale::from_code("ar").expect("Arabic is a UI language");
    vec![
        (Locale::EN, include_str!("../src/names/en.tsv")),
        (ar, include_str!("../src/names/ar.tsv")),
    ]
}

fn name(locale: Locale, file: &str, kind: NameKind, code: &str) -> String {
    names_in(locale, file, kind)
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, n)| n.clone())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
fn every_country_and_language_has_a_cldr_name() {
    for (locale, file) in names_files() {
        for kind in [NameKind::Region, NameKind::Language] {
            let names = names_in(locale, file, kind);
            for (code, name) in names.iter() {
                assert!(
                    !name.is_empty() && name != code,
                    "{locale:?} {kind:?} {code}: {name:?}"
                );
            }
        }
    }
    let [(en, en_file), (ar, ar_file)] = names_files().try_into().expect("two");
    assert_eq!(name(en, en_file, NameKind::Region, "SY"), "Syria");
    assert_eq!(name(ar, ar_file, NameKind::Region, "SY"), "سوريا");
    assert_eq!(name(en, en_file, NameKind::Language, "prs"), "Dari");
    assert_eq!(name(en, en_file, NameKind::Language, "ti"), "Tigrinya");
}

#[wasm_bindgen_test]
fn names_are_sorted_as_people_of_that_language_expect() {
    let [(en, en_file), (ar, ar_file)] = names_files().try_into().expect("two");
    let en = names_in(en, en_file, NameKind::Region);
    let pos = |code: &str| en.iter().position(|(c, _)| *c == code).expect("listed");
    // "Åland Islands" sorts with A, not after Z.
    assert!(pos("AX") < pos("BE"));
    let ar = names_in(ar, ar_file, NameKind::Language);
    assert_eq!(
        ar.first().map(|(_, n)| n.chars().next()),
        Some(Some('ا')),
        "{:?}",
        ar.first()
    );
}

#[wasm_bindgen_test]
fn today_is_a_plausible_date() {
    let today = browser::today();
    assert!(today.year_part() >= 2025);
    assert!(today.month_part().is_some());
}

#[wasm_bindgen_test]
async fn typing_a_name_autosaves_a_valid_skillmap_file() {
    browser::storage_remove("skillmap.profile");
    let host = document().create_element("div").expect("div");
    document()
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    let host: web_sys::HtmlElement = host.unchecked_into();
    let handle = leptos::mount::mount_to(host.clone(), skillmap::App);
    tick().await;

    let title = document()
        .get_element_by_id("page-title")
        .expect("a page heading");
    assert_eq!(title.text_content().as_deref(), Some("About you"));

    let input: web_sys::HtmlInputElement = document()
        .get_element_by_id("given-names")
        .expect("name field")
        .unchecked_into();
    input.set_value("Hagos");
    input
        .dispatch_event(&web_sys::Event::new("input").expect("event"))
        .expect("dispatch");
    tick().await;

    let saved = browser::storage_get("skillmap.profile")
        .expect("storage")
        .expect("saved");
    let profile = skillmap_profile::decode(saved.as_bytes()).expect("autosave writes a valid file");
    assert_eq!(profile.personal.given_names, "Hagos");

    drop(handle);
    host.remove();
    browser::storage_remove("skillmap.profile");
}

#[wasm_bindgen_test]
fn placeholders_are_filled_and_unknown_ones_kept() {
    use skillmap::i18n::fill;
    let v = [("n", "3".to_owned()), ("name", "Amal".to_owned())];
    assert_eq!(fill("Job {{ n }}", &v), "Job 3");
    assert_eq!(fill("{{name}}: {{ n }} / {{ x }}", &v), "Amal: 3 / {{ x }}");
    assert_eq!(fill("no end {{ n", &v), "no end {{ n");
    assert_eq!(fill("", &v), "");
}

#[wasm_bindgen_test]
fn regional_codes_find_their_ui_language() {
    assert_eq!(Locale::from_code("en-GB"), Some(Locale::EN));
    assert_eq!(Locale::from_code("EN"), Some(Locale::EN));
    assert_eq!(Locale::from_code("xx"), None);
    let ar = Locale::from_code("ar-SY").expect("Arabic");
    assert_eq!((ar.as_str(), ar.dir()), ("ar", "rtl"));
    assert_eq!(Locale::EN.dir(), "ltr");
}

#[wasm_bindgen_test]
fn plural_forms_follow_each_languages_cldr_rules() {
    use skillmap::browser::plural_category;
    assert_eq!(plural_category("en", 1), "one");
    assert_eq!(plural_category("en", 8), "other");
    assert_eq!(plural_category("ar", 0), "zero");
    assert_eq!(plural_category("ar", 2), "two");
    assert_eq!(plural_category("ar", 8), "few");
    assert_eq!(plural_category("ar", 11), "many");
    assert_eq!(plural_category("uk", 3), "few");
    assert_eq!(plural_category("uk", 5), "many");
    // Pashto, Somali and Tigrinya: one and other, as CLDR says.
    for l in ["ps", "so", "ti"] {
        assert_eq!(plural_category(l, 1), "one", "{l}");
        assert_eq!(plural_category(l, 7), "other", "{l}");
    }
}

#[wasm_bindgen_test]
fn numbers_and_dates_follow_each_languages_cldr_rules() {
    use skillmap::browser::{format_number, format_partial_date};
    assert_eq!(format_number("en", 4.0), "4");
    assert_eq!(format_number("fa", 4.0), "۴");
    // CLDR writes Arabic with Latin digits by default now (arab digits are a choice).
    assert_eq!(format_number("ar", 12.0), "12");
    assert_eq!(format_number("de", 1234.0), "1.234");
    assert_eq!(format_partial_date("en", 2016, Some(3)), "March 2016");
    assert_eq!(format_partial_date("de", 2016, Some(3)), "März 2016");
    assert_eq!(format_partial_date("uk", 2016, Some(3)), "березень 2016 р.");
    // Pashto, Somali and Tigrinya: their own month names where the browser has them, the
    // numeric form where it does not (Chromium has no Pashto dates), never English.
    for l in ["ps", "so", "ti", "prs", "ckb", "kmr"] {
        let d = format_partial_date(l, 2016, Some(3));
        assert!(!d.contains("March"), "{l}: {d}");
        // Nor a month numbered as a placeholder ("2016 M03", Chromium's Tigrinya).
        assert!(!d.contains("M0"), "{l}: {d}");
    }
}
