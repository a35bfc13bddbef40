//! The PDF worker: makes a PDF from a document.
//!
//! In `{ kind: "make", document: Uint8Array (skillmap_pdf::Document::to_bytes) }`; out
//! `{ ok: true, bytes: Uint8Array, ms, ua }` or `{ ok: false, error }` (see the crate's
//! docs). It fetches the fonts a document needs from `pdf-fonts/`, each once.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use js_sys::{Object, Uint8Array};
use skillmap_pdf::text::{Family, FontFile};
use skillmap_pdf::{make, texts, Document, PdfError};
use skillmap_pdf_worker::{bytes_of, failure, scope, serve, set, success};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

thread_local! {
    /// Fonts fetched so far, by file name: each is fetched once per worker.
    static FONTS: RefCell<HashMap<&'static str, Arc<Vec<u8>>>> = RefCell::new(HashMap::new());
}

fn now() -> f64 {
    scope().performance().map_or(0.0, |p| p.now())
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

async fn make_pdf(message: JsValue) -> Object {
    let Some(document) = Document::from_bytes(&bytes_of(&message, "document")) else {
        return failure("document");
    };
    let Ok(fonts) = fonts_for(&document).await else {
        return failure("fonts");
    };
    let start = now();
    match make(&document, &fonts) {
        Ok(pdf) => {
            let ms = now() - start;
            let out = success("bytes", &pdf.bytes);
            set(&out, "ms", &JsValue::from_f64(ms));
            set(&out, "ua", &JsValue::from_bool(pdf.ua));
            out
        }
        Err(PdfError::Font(_)) => failure("fonts"),
        Err(PdfError::Write(_)) => failure("write"),
    }
}

fn main() {
    serve(make_pdf);
}
