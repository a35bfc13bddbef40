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
    save_blob(file_name, &blob)
}

/// Offers bytes to the person as a file download (a PDF); nothing is sent anywhere.
///
/// # Errors
/// The browser's exception, when it refuses to make the file.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> Result<(), JsValue> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    save_blob(file_name, &blob)
}

fn save_blob(file_name: &str, blob: &web_sys::Blob) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(blob)?;
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

/// Why the PDF worker could not do what was asked. The words for people live in the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfFailure {
    /// The worker could not be started (its files could not be loaded).
    Unavailable,
    /// The fonts could not be fetched.
    Fonts,
    /// The PDF could not be made.
    Failed,
    /// Not a PDF, or one too damaged or locked to read.
    NotPdf,
    /// A PDF that carries no skillmap profile.
    NoProfile,
}

/// The two PDF workers (crates/pdf-worker): one makes PDFs, one reads the profile out of
/// them, so opening a PDF fetches neither the engine nor its fonts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PdfWorker {
    Make,
    Read,
}

impl PdfWorker {
    fn script(self) -> &'static str {
        match self {
            PdfWorker::Make => "pdf-worker_loader.js",
            PdfWorker::Read => "pdf-reader_loader.js",
        }
    }
}

/// A started worker, and whether it has said it is ready (a promise).
type Started = (web_sys::Worker, js_sys::Promise);

thread_local! {
    /// The PDF workers, each started on first use and kept for the page's life.
    static PDF_WORKERS: std::cell::RefCell<[Option<Started>; 2]> = const { std::cell::RefCell::new([None, None]) };
    /// For each, what settles when the latest question to it has its answer.
    static PDF_QUEUES: std::cell::RefCell<[Option<js_sys::Promise>; 2]> = const { std::cell::RefCell::new([None, None]) };
}

/// A PDF worker, started on first use. Its script is loaded only now: the app's first
/// load carries neither the PDF engine, its fonts nor the reader.
fn pdf_worker(which: PdfWorker) -> Result<Started, JsValue> {
    let slot = which as usize;
    if let Some(w) = PDF_WORKERS.with(|w| w.borrow()[slot].clone()) {
        return Ok(w);
    }
    let worker = web_sys::Worker::new(which.script())?;
    let ready = {
        let worker = worker.clone();
        js_sys::Promise::new(&mut move |resolve, reject| {
            // The first message is "ready"; a failure to load is an error event.
            let on_ready = Closure::once_into_js(move |_: web_sys::MessageEvent| {
                let _ = resolve.call0(&JsValue::NULL);
            });
            let on_error = Closure::once_into_js(move |e: JsValue| {
                let _ = reject.call1(&JsValue::NULL, &e);
            });
            worker.set_onmessage(Some(on_ready.unchecked_ref()));
            worker.set_onerror(Some(on_error.unchecked_ref()));
        })
    };
    PDF_WORKERS.with(|w| w.borrow_mut()[slot] = Some((worker.clone(), ready.clone())));
    Ok((worker, ready))
}

/// Sends a worker one message and waits for its answer.
async fn ask_pdf_worker(
    which: PdfWorker,
    message: &Object,
    transfer: &Array,
) -> Result<JsValue, PdfFailure> {
    // One question at a time (the worker answers in turn; a PDF opened while another is
    // being made waits for it): wait for the one before, whatever its answer.
    let (before, done) = {
        let mut settle: Option<js_sys::Function> = None;
        let mine = js_sys::Promise::new(&mut |resolve, _| settle = Some(resolve));
        let before = PDF_QUEUES.with(|q| q.borrow_mut()[which as usize].replace(mine));
        (before, settle)
    };
    if let Some(before) = before {
        let _ = JsFuture::from(before).await;
    }
    let answer = ask_pdf_worker_now(which, message, transfer).await;
    if let Some(done) = done {
        let _ = done.call0(&JsValue::NULL);
    }
    answer
}

async fn ask_pdf_worker_now(
    which: PdfWorker,
    message: &Object,
    transfer: &Array,
) -> Result<JsValue, PdfFailure> {
    let forget = || PDF_WORKERS.with(|w| w.borrow_mut()[which as usize].take());
    let (worker, ready) = pdf_worker(which).map_err(|_| PdfFailure::Unavailable)?;
    if JsFuture::from(ready).await.is_err() {
        // Let a later try start afresh (the connection may be back).
        forget();
        return Err(PdfFailure::Unavailable);
    }
    let answer = js_sys::Promise::new(&mut |resolve, reject| {
        let on_message = Closure::once_into_js(move |e: web_sys::MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &e.data());
        });
        let refuse = reject.clone();
        let on_error = Closure::once_into_js(move |e: JsValue| {
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        worker.set_onerror(Some(on_error.unchecked_ref()));
        if let Err(e) = worker.post_message_with_transfer(message, transfer) {
            let _ = refuse.call1(&JsValue::NULL, &e);
        }
    });
    let reply = JsFuture::from(answer).await.map_err(|_| {
        forget();
        PdfFailure::Failed
    })?;
    let field = |k: &str| js_sys::Reflect::get(&reply, &k.into()).ok();
    if field("ok").and_then(|v| v.as_bool()) == Some(true) {
        return Ok(reply);
    }
    Err(
        match field("error").and_then(|v| v.as_string()).as_deref() {
            Some("fonts") => PdfFailure::Fonts,
            Some("not_pdf") => PdfFailure::NotPdf,
            Some("no_profile") => PdfFailure::NoProfile,
            _ => PdfFailure::Failed,
        },
    )
}

/// Makes a PDF of `document` (`skillmap_pdf::Document::to_bytes`) in the worker.
///
/// # Errors
/// See [`PdfFailure`].
pub async fn make_pdf(document: Vec<u8>) -> Result<Vec<u8>, PdfFailure> {
    let message = Object::new();
    let _ = js_sys::Reflect::set(&message, &"kind".into(), &"make".into());
    let _ = js_sys::Reflect::set(
        &message,
        &"document".into(),
        &Uint8Array::from(document.as_slice()),
    );
    let reply = ask_pdf_worker(PdfWorker::Make, &message, &Array::new()).await?;
    js_sys::Reflect::get(&reply, &"bytes".into())
        .ok()
        .and_then(|b| b.dyn_into::<Uint8Array>().ok())
        .map(|b| b.to_vec())
        .ok_or(PdfFailure::Failed)
}

/// The skillmap file a PDF carries, read in the reader worker.
///
/// # Errors
/// See [`PdfFailure`].
pub async fn read_pdf(bytes: &[u8]) -> Result<Vec<u8>, PdfFailure> {
    let message = Object::new();
    let array = Uint8Array::from(bytes);
    let _ = js_sys::Reflect::set(&message, &"kind".into(), &"read".into());
    let _ = js_sys::Reflect::set(&message, &"bytes".into(), &array);
    let reply = ask_pdf_worker(PdfWorker::Read, &message, &Array::of1(&array.buffer())).await?;
    js_sys::Reflect::get(&reply, &"json".into())
        .ok()
        .and_then(|b| b.dyn_into::<Uint8Array>().ok())
        .map(|b| b.to_vec())
        .ok_or(PdfFailure::Failed)
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
    format_date(locale, year, month, None)
}

/// Today, as `locale` writes a full date ("22. November 2026").
pub fn format_today(locale: &str) -> String {
    let now = js_sys::Date::new_0();
    // Date parts of a real clock fit these types.
    format_date(
        locale,
        now.get_full_year() as u16,
        Some(now.get_month() as u8 + 1),
        Some(now.get_date() as u8),
    )
}

/// A date with as many parts as known, as `locale` writes it; ISO if the browser cannot.
fn format_date(locale: &str, year: u16, month: Option<u8>, day: Option<u8>) -> String {
    let options = Object::new();
    let set = |k: &str, v: &str| {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    };
    set("year", "numeric");
    if month.is_some() {
        set("month", "long");
    }
    if day.is_some() {
        set("day", "numeric");
    }
    // Noon UTC on the 1st, shown in UTC: no time zone moves it to another month.
    set("timeZone", "UTC");
    let date = js_sys::Date::new(&JsValue::from_f64(
        js_sys::Date::utc(
            f64::from(year),
            f64::from(month.unwrap_or(1).saturating_sub(1)),
        ) + (f64::from(day.unwrap_or(1)) - 1.0 + 0.5) * 24.0 * 3600.0 * 1000.0,
    ));
    let iso = || match (month, day) {
        (Some(m), Some(d)) => format!("{year}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{year}-{m:02}"),
        _ => year.to_string(),
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
    // A language with no month names in the browser's data gets "M03" (Chromium, for
    // Tigrinya): the numeric form reads better.
    let no_month_names = |s: &str| {
        s.as_bytes()
            .windows(2)
            .any(|w| w[0] == b'M' && w[1].is_ascii_digit())
    };
    format
        .format()
        .call1(&format, &date)
        .ok()
        .and_then(|v| v.as_string())
        .filter(|s| month.is_none() || !no_month_names(s))
        .unwrap_or_else(iso)
}
