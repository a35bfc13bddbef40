//! The PDF reader worker: the profile a PDF carries, for the app's one decode path.
//!
//! In `{ kind: "read", bytes: Uint8Array }`; out `{ ok: true, json: Uint8Array }` or
//! `{ ok: false, error }` (see the crate's docs). A worker of its own, so that opening a
//! PDF fetches neither the engine nor its fonts.

use js_sys::Object;
use skillmap_pdf::read::{attached_profile, ReadError};
use skillmap_pdf_worker::{bytes_of, failure, serve, success};
use wasm_bindgen::prelude::*;

/// What the PDF carries and the app looks for in an attached file.
const PROFILE_MARKER: &str = "skillmap-profile";

async fn read_pdf(message: JsValue) -> Object {
    match attached_profile(&bytes_of(&message, "bytes"), PROFILE_MARKER) {
        Ok(json) => success("json", &json),
        Err(ReadError::NotPdf) => failure("not_pdf"),
        Err(ReadError::NoProfile) => failure("no_profile"),
    }
}

fn main() {
    serve(read_pdf);
}
