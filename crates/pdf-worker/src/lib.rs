//! What skillmap's two PDF workers share: answering the page's messages one by one, and
//! the shape of their replies. Each worker is loaded only when the person first asks for
//! it, so the app's first load carries neither the PDF engine, its fonts nor the reader.
//!
//! - `pdf-worker` (src/make.rs) makes a PDF from a document.
//! - `pdf-reader` (src/read.rs) reads a profile back out of a PDF.
//!
//! Replies are plain JS objects: `{ ok: true, … }` or `{ ok: false, error }`, where
//! `error` is one of "fonts", "document", "write", "not_pdf", "no_profile": the app says
//! each in the person's language. On start a worker posts "ready".

use std::future::Future;

use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// The worker's global scope.
pub fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Sets `key` on a reply.
pub fn set(object: &Object, key: &str, value: &JsValue) {
    // Setting a property on a plain new object cannot fail.
    let _ = Reflect::set(object, &JsValue::from_str(key), value);
}

/// The bytes a message carries under `key` (a `Uint8Array`); empty when it carries none,
/// which the caller refuses like any other bytes it cannot read.
pub fn bytes_of(message: &JsValue, key: &str) -> Vec<u8> {
    Reflect::get(message, &JsValue::from_str(key))
        .ok()
        .and_then(|b| b.dyn_into::<Uint8Array>().ok())
        .map(|b| b.to_vec())
        .unwrap_or_default()
}

/// A reply saying it worked, with `key` holding `bytes`.
pub fn success(key: &str, bytes: &[u8]) -> Object {
    let out = Object::new();
    set(&out, "ok", &JsValue::TRUE);
    set(&out, key, &Uint8Array::from(bytes).into());
    out
}

/// A reply saying why it did not.
pub fn failure(error: &str) -> Object {
    let out = Object::new();
    set(&out, "ok", &JsValue::FALSE);
    set(&out, "error", &JsValue::from_str(error));
    out
}

/// Answers every message with `answer`, then says "ready".
pub fn serve<F, A>(answer: F)
where
    F: Fn(JsValue) -> A + 'static,
    A: Future<Output = Object> + 'static,
{
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let reply = answer(event.data());
        wasm_bindgen_futures::spawn_local(async move {
            let reply = reply.await;
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
