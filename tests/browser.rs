//! Browser component tests: the app and its browser boundary in real headless Chromium.
//! Run with `cargo test -p skillmap --target wasm32-unknown-unknown` (scripts/test.sh does).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use leptos_i18n::Locale as _;
use skillmap::browser;
use skillmap::i18n::Locale;
use skillmap::names::{code_name, code_names, NameKind};
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

#[wasm_bindgen_test]
fn every_country_and_language_has_a_cldr_name_in_every_ui_language() {
    for &locale in Locale::get_all() {
        for kind in [NameKind::Region, NameKind::Language] {
            let names = code_names(locale, kind);
            for (code, name) in names.iter() {
                assert!(
                    !name.is_empty() && name != code,
                    "{locale:?} {kind:?} {code}: {name:?}"
                );
            }
        }
    }
    assert_eq!(code_name(Locale::en, NameKind::Region, "SY"), "Syria");
    assert_eq!(code_name(Locale::ar, NameKind::Region, "SY"), "سوريا");
    assert_eq!(code_name(Locale::en, NameKind::Language, "prs"), "Dari");
    assert_eq!(code_name(Locale::en, NameKind::Language, "ti"), "Tigrinya");
}

#[wasm_bindgen_test]
fn names_are_sorted_as_people_of_that_language_expect() {
    let en = code_names(Locale::en, NameKind::Region);
    let pos = |code: &str| en.iter().position(|(c, _)| *c == code).expect("listed");
    // "Åland Islands" sorts with A, not after Z.
    assert!(pos("AX") < pos("BE"));
    let ar = code_names(Locale::ar, NameKind::Language);
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
