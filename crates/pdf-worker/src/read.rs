//! The PDF reader worker: the profile a PDF carries, for the app's one decode path.
//!
//! In `{ kind: "read", bytes: Uint8Array }`; out `{ ok: true, json: Uint8Array }` or
//! `{ ok: false, error }` (see the crate's docs). A worker of its own, so that opening a
//! PDF fetches neither the engine nor its fonts.

use js_sys::{Object, Reflect, Uint8Array};
use skillmap_pdf::read::{attached_profile, ReadError};
use skillmap_pdf_worker::{failure, serve, success};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What the PDF carries and the app looks for in an attached file.
const PROFILE_MARKER: &str = "skillmap-profile";

async fn read_pdf(message: JsValue) -> Object {
    let bytes = Reflect::get(&message, &JsValue::from_str("bytes"))
        .ok()
        .and_then(|b| b.dyn_into::<Uint8Array>().ok())
        .map(|b| b.to_vec())
        .unwrap_or_default();
    match attached_profile(&bytes, PROFILE_MARKER) {
        Ok(json) => success("json", &json),
        Err(ReadError::NotPdf) => failure("not_pdf"),
        Err(ReadError::NoProfile) => failure("no_profile"),
    }
}

fn main() {
    serve(read_pdf);
}
