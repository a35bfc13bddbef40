use leptos::prelude::*;

use crate::i18n::*;
use crate::labels;
use crate::state::{use_app_state, Notice, StorageStatus};

/// The storage banner (while autosave cannot work) and a polite live region that
/// announces what just happened: opened, exported, cleared, or why a file failed.
#[component]
pub fn Notices() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let banner = move || match state.storage.get() {
        StorageStatus::Saving => None,
        StorageStatus::Unavailable => Some(t_string!(i18n, storage.unavailable)),
        StorageStatus::KeptAside(_) => Some(t_string!(i18n, storage.kept_aside)),
    };
    let notice = move || {
        state.notice.get().map(|n| {
            let (class, text) = match n {
                Notice::Imported(name) => (
                    "notice ok",
                    t_string!(i18n, file.imported, name = name).to_string(),
                ),
                Notice::ImportFailed(e) => ("notice error", labels::import_error(i18n, &e)),
                Notice::FileUnreadable => (
                    "notice error",
                    t_string!(i18n, file.error.unreadable).to_owned(),
                ),
                Notice::Exported => ("notice ok", t_string!(i18n, file.exported).to_owned()),
                Notice::ExportFailed => (
                    "notice error",
                    t_string!(i18n, file.error.export_failed).to_owned(),
                ),
                Notice::Cleared => ("notice ok", t_string!(i18n, file.cleared).to_owned()),
                Notice::PdfMade => ("notice ok", t_string!(i18n, pdf.made).to_owned()),
                Notice::PdfFailed(f) => ("notice error", labels::pdf_failure(i18n, f).to_owned()),
            };
            view! {
                <div class=class>
                    <p>{text}</p>
                    <button type="button" class="link" on:click=move |_| state.notice.set(None)>
                        {tr!(i18n, common.dismiss)}
                    </button>
                </div>
            }
        })
    };
    view! {
        {move || banner().map(|text| view! { <div class="banner" role="alert">{text}</div> })}
        <div class="notices" role="status" aria-live="polite">{notice}</div>
    }
}
