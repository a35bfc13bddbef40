use leptos::html::Input;
use leptos::prelude::*;
use skillmap_profile::file::MAX_FILE_BYTES;
use skillmap_profile::ImportError;

use super::ConfirmDialog;
use crate::browser;
use crate::i18n::*;
use crate::state::{use_app_state, AppState, Notice};

/// Reads a file the person chose or dropped and opens it as a profile. Files over the size
/// limit are refused before they are read. Whatever happens, a failure leaves the profile
/// exactly as it was and says why.
pub fn open_dropped_file(state: AppState, file: web_sys::File) {
    let name = file.name();
    // f64 → usize: a size past usize::MAX saturates, which is still "too large".
    let size = file.size() as usize;
    if size > MAX_FILE_BYTES {
        state
            .notice
            .set(Some(Notice::ImportFailed(ImportError::TooLarge {
                bytes: size,
                max: MAX_FILE_BYTES,
            })));
        return;
    }
    leptos::task::spawn_local(async move {
        match browser::read_file(&file).await {
            Ok(bytes) => state.open_file(&bytes, name),
            Err(_) => state.notice.set(Some(Notice::FileUnreadable)),
        }
    });
}

/// Export, open and start-over buttons, and the questions they ask first.
#[component]
pub fn FileActions() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let picker = NodeRef::<Input>::new();
    let confirm_clear = RwSignal::new(false);
    let on_pick = move |_| {
        let Some(input) = picker.get() else { return };
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            open_dropped_file(state, file);
        }
        // Let the same file be chosen again after a failure.
        input.set_value("");
    };
    view! {
        <div class="file-actions" role="group" aria-label=move || t_string!(i18n, file.group)>
            <button type="button" on:click=move |_| state.export()>
                {tr!(i18n, file.export)}
            </button>
            <button type="button" on:click=move |_| {
                if let Some(input) = picker.get() {
                    input.click();
                }
            }>{tr!(i18n, file.import)}</button>
            <input type="file" class="visually-hidden" tabindex="-1" aria-hidden="true"
                id="import-file" accept=".json,.pdf,application/json,application/pdf" node_ref=picker on:change=on_pick />
            <button type="button" class="secondary" on:click=move |_| confirm_clear.set(true)>
                {tr!(i18n, file.clear)}
            </button>
        </div>
        <ConfirmDialog
            id="confirm-clear"
            open=confirm_clear.into()
            title=Signal::derive(move || t_string!(i18n, file.confirm_clear.title).to_owned())
            body=Signal::derive(move || t_string!(i18n, file.confirm_clear.body).to_owned())
            confirm_label=Signal::derive(move || t_string!(i18n, file.confirm_clear.confirm))
            cancel_label=Signal::derive(move || t_string!(i18n, common.cancel))
            on_confirm=Callback::new(move |()| {
                confirm_clear.set(false);
                state.clear();
            })
            on_cancel=Callback::new(move |()| confirm_clear.set(false)) />
        <ConfirmDialog
            id="confirm-replace"
            open=Signal::derive(move || state.pending_import.with(Option::is_some))
            title=Signal::derive(move || t_string!(i18n, file.confirm_replace.title).to_owned())
            body=Signal::derive(move || {
                let name = state.pending_import.with(|p| p.as_ref().map(|(_, n)| n.clone()).unwrap_or_default());
                t_string!(i18n, file.confirm_replace.body, name = name).to_string()
            })
            confirm_label=Signal::derive(move || t_string!(i18n, file.confirm_replace.confirm))
            cancel_label=Signal::derive(move || t_string!(i18n, common.cancel))
            on_confirm=Callback::new(move |()| {
                if let Some((profile, name)) = state.pending_import.get_untracked() {
                    state.replace(profile, name);
                }
            })
            on_cancel=Callback::new(move |()| state.pending_import.set(None)) />
    }
}
