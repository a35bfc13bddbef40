//! The one place that talks to the browser: storage, files, downloads, the clock, collation.
//! Every function reports failure as a value; none panics on what the browser does.

use js_sys::{Array, Object, Uint8Array};
use skillmap_profile::PartialDate;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why browser storage could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageError {
    /// Blocked by settings or policy, or absent.
    Unavailable,
    /// Full, or writing was refused.
    WriteFailed,
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

/// Reads a value from local storage.
///
/// # Errors
/// [`StorageError::Unavailable`] when storage is blocked or absent.
pub fn storage_get(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?
        .get_item(key)
        .map_err(|_| StorageError::Unavailable)
}

/// Writes a value to local storage.
///
/// # Errors
/// [`StorageError`] when storage is blocked or full.
pub fn storage_set(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?
        .set_item(key, value)
        .map_err(|_| StorageError::WriteFailed)
}

/// Removes a value from local storage; nothing happens when storage is unavailable.
pub fn storage_remove(key: &str) {
    if let Ok(s) = local_storage() {
        let _ = s.remove_item(key);
    }
}

/// Today's year and month on this device's clock.
pub fn today() -> PartialDate {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).unwrap_or(PartialDate::MIN_YEAR);
    let month = u8::try_from(now.get_month() + 1).ok();
    PartialDate::new(year, month).unwrap_or_else(|_| {
        PartialDate::year(PartialDate::MIN_YEAR).expect("the minimum year is valid")
    })
}

/// Today as `YYYY-MM-DD`, for file names.
pub fn today_iso() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// The URL fragment, with its `#`.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Offers `text` to the person as a file download; nothing is sent anywhere.
///
/// # Errors
/// The browser's exception, when it refuses to make the file.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    // The click has started the download; the URL is no longer needed after it.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// Why a chosen file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileReadError;

/// Reads a file the person chose, whole.
///
/// # Errors
/// [`FileReadError`] when the browser cannot read it (moved, permissions).
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, FileReadError> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| FileReadError)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Why a file of the app itself (a data pack) could not be fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchError {
    /// No network and no cached copy, or the browser refused.
    Network,
    /// The server answered, but not with the file (404 on a partial deploy).
    Status(u16),
}

/// Fetches a text file that ships with the app, by a URL relative to the page (always
/// the same origin: the CSP's `connect-src 'self'` allows nothing else).
///
/// # Errors
/// [`FetchError`] when it cannot be fetched or the answer is not 200 OK.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| FetchError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| FetchError::Network)?)
        .await
        .map_err(|_| FetchError::Network)?;
    text.as_string().ok_or(FetchError::Network)
}

/// Sorts `(code, name)` pairs by name, as people of `locale` expect.
pub fn sort_by_name(locale: &str, items: &mut [(&'static str, String)]) {
    let locales = Array::of1(&locale.into());
    items.sort_by(|a, b| {
        js_sys::JsString::from(a.1.as_str())
            .locale_compare(&b.1, &locales, &Object::new())
            .cmp(&0)
    });
}

/// Moves keyboard focus to the element with `id`, if it exists.
pub fn focus(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The CLDR plural category (`zero`, `one`, `two`, `few`, `many`, `other`) of `count` in
/// `locale`, by the browser's `Intl.PluralRules`; `other` if the browser cannot say.
pub fn plural_category(locale: &str, count: u32) -> String {
    let locales = Array::of1(&locale.into());
    let rules = js_sys::Intl::PluralRules::new(&locales, &Object::new());
    rules
        .select(f64::from(count))
        .as_string()
        .unwrap_or_else(|| "other".to_owned())
}

/// The languages the browser says the person prefers, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// Sets `<html lang dir>`, so screen readers, fonts and layout follow the UI language.
pub fn set_document_language(lang: &str, dir: &str) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", lang);
        let _ = html.set_attribute("dir", dir);
    }
}

/// A number as `locale` writes it (CLDR digits and grouping), by `Intl.NumberFormat`.
pub fn format_number(locale: &str, n: f64) -> String {
    let locales = Array::of1(&locale.into());
    let format = js_sys::Intl::NumberFormat::new(&locales, &Object::new());
    format
        .format()
        .call1(&format, &n.into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| n.to_string())
}

/// A year, or a month and year, as `locale` writes it ("März 2016", "آذار ٢٠١٦"), by
/// `Intl.DateTimeFormat`; the ISO form if the browser cannot.
pub fn format_partial_date(locale: &str, year: u16, month: Option<u8>) -> String {
    let options = Object::new();
    let set = |k: &str, v: &str| {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    };
    set("year", "numeric");
    if month.is_some() {
        set("month", "long");
    }
    // Noon UTC on the 1st, shown in UTC: no time zone moves it to another month.
    set("timeZone", "UTC");
    let date = js_sys::Date::new(&JsValue::from_f64(
        js_sys::Date::utc(
            f64::from(year),
            f64::from(month.unwrap_or(1).saturating_sub(1)),
        ) + 12.0 * 3600.0 * 1000.0,
    ));
    let iso = || match month {
        Some(m) => format!("{year}-{m:02}"),
        None => year.to_string(),
    };
    let locales = Array::of1(&locale.into());
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options);
    // A browser without this language's date data falls back to its own (English month
    // names for Pashto in Chromium): the numeric form is better than another language.
    let resolved = js_sys::Reflect::get(&format.resolved_options(), &"locale".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default();
    let primary = |tag: &str| tag.split('-').next().unwrap_or_default().to_owned();
    if primary(&resolved) != primary(locale) {
        return iso();
    }
    format
        .format()
        .call1(&format, &date)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(iso)
}
