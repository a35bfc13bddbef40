//! The PDF worker: makes a PDF from a document, and reads a profile back out of a PDF.
//! It is loaded only when the person first asks for either, so the app's first load
//! carries neither the engine nor its fonts; rendering here keeps the page responsive.
//!
//! Messages (plain JS objects):
//! - in `{ kind: "make", document: <JSON of skillmap_pdf::Document> }`
//!   out `{ ok: true, bytes: Uint8Array, ms, ua }` or `{ ok: false, error }`
//! - in `{ kind: "read", bytes: Uint8Array }`
//!   out `{ ok: true, json: Uint8Array }` or `{ ok: false, error }`
//!
//! `error` is one of "fonts", "document", "write", "not_pdf", "no_profile": the app says
//! each in the person's language. On start the worker posts "ready".

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use js_sys::{Object, Reflect, Uint8Array};
use skillmap_pdf::read::{attached_profile, ReadError};
use skillmap_pdf::text::{Family, FontFile};
use skillmap_pdf::{make, texts, Document, PdfError};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Response};

/// What the PDF carries and the app looks for in an attached file.
const PROFILE_MARKER: &str = "skillmap-profile";

thread_local! {
    /// Fonts fetched so far, by file name: each is fetched once per worker.
    static FONTS: RefCell<HashMap<&'static str, Arc<Vec<u8>>>> = RefCell::new(HashMap::new());
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn now() -> f64 {
    scope().performance().map_or(0.0, |p| p.now())
}

fn set(object: &Object, key: &str, value: &JsValue) {
    // Setting a property on a plain new object cannot fail.
    let _ = Reflect::set(object, &JsValue::from_str(key), value);
}

fn failure(error: &str) -> Object {
    let out = Object::new();
    set(&out, "ok", &JsValue::FALSE);
    set(&out, "error", &JsValue::from_str(error));
    out
}

async fn fetch_font(file: &'static str) -> Result<Arc<Vec<u8>>, JsValue> {
    if let Some(data) = FONTS.with(|f| f.borrow().get(file).cloned()) {
        return Ok(data);
    }
    let response: Response = JsFuture::from(scope().fetch_with_str(&format!("pdf-fonts/{file}")))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from_str(file));
    }
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    let data = Arc::new(Uint8Array::new(&buffer).to_vec());
    FONTS.with(|f| f.borrow_mut().insert(file, data.clone()));
    Ok(data)
}

/// The fonts a document needs, regular and bold.
async fn fonts_for(document: &Document) -> Result<Vec<FontFile>, JsValue> {
    let mut fonts = Vec::new();
    for family in Family::needed(texts(document)) {
        for bold in [false, true] {
            let data = fetch_font(family.file(bold)).await?;
            fonts.push(FontFile { family, bold, data });
        }
    }
    Ok(fonts)
}

async fn make_pdf(message: &JsValue) -> Object {
    let json = Reflect::get(message, &JsValue::from_str("document"))
        .ok()
        .and_then(|d| d.as_string())
        .unwrap_or_default();
    let Ok(document) = serde_json::from_str::<Document>(&json) else {
        return failure("document");
    };
    let Ok(fonts) = fonts_for(&document).await else {
        return failure("fonts");
    };
    let start = now();
    match make(&document, &fonts) {
        Ok(pdf) => {
            let ms = now() - start;
            let out = Object::new();
            set(&out, "ok", &JsValue::TRUE);
            set(
                &out,
                "bytes",
                &Uint8Array::from(pdf.bytes.as_slice()).into(),
            );
            set(&out, "ms", &JsValue::from_f64(ms));
            set(&out, "ua", &JsValue::from_bool(pdf.ua));
            out
        }
        Err(PdfError::Font(_)) => failure("fonts"),
        Err(PdfError::Write(_)) => failure("write"),
    }
}

fn read_pdf(message: &JsValue) -> Object {
    let bytes = Reflect::get(message, &JsValue::from_str("bytes"))
        .ok()
        .and_then(|b| b.dyn_into::<Uint8Array>().ok())
        .map(|b| b.to_vec())
        .unwrap_or_default();
    match attached_profile(&bytes, PROFILE_MARKER) {
        Ok(json) => {
            let out = Object::new();
            set(&out, "ok", &JsValue::TRUE);
            set(&out, "json", &Uint8Array::from(json.as_slice()).into());
            out
        }
        Err(ReadError::NotPdf) => failure("not_pdf"),
        Err(ReadError::NoProfile) => failure("no_profile"),
    }
}

fn main() {
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let message = event.data();
        wasm_bindgen_futures::spawn_local(async move {
            let kind = Reflect::get(&message, &JsValue::from_str("kind"))
                .ok()
                .and_then(|k| k.as_string())
                .unwrap_or_default();
            let reply = match kind.as_str() {
                "make" => make_pdf(&message).await,
                "read" => read_pdf(&message),
                _ => failure("document"),
            };
            // The bytes move to the page rather than being copied.
            let transfer = js_sys::Array::new();
            for key in ["bytes", "json"] {
                if let Ok(array) = Reflect::get(&reply, &JsValue::from_str(key))
                    .and_then(|v| v.dyn_into::<Uint8Array>())
                {
                    transfer.push(&array.buffer());
                }
            }
            // Posting to the page cannot fail for these plain values.
            let _ = scope().post_message_with_transfer(&reply, &transfer);
        });
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page; so does its handler.
    on_message.forget();
    let _ = scope().post_message(&JsValue::from_str("ready"));
}
