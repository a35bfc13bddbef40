use leptos::prelude::*;

use super::field_issues::aria_invalid;
use super::FieldIssues;
use crate::i18n::*;
use std::collections::HashMap;

use crate::names::{both, code_names, NameKind};

/// A labelled drop-down of countries or languages, named in the UI language.
#[component]
pub fn CodeSelect(
    /// Unique element id.
    #[prop(into)]
    id: String,
    /// The visible label, already translated.
    label: Signal<&'static str>,
    /// Countries or languages.
    kind: NameKind,
    /// The chosen code.
    value: Signal<Option<String>>,
    /// Called with the new code.
    on_change: Callback<Option<String>>,
    /// Profile path for validation findings.
    #[prop(optional, into)]
    path: Option<String>,
    /// The label of the empty choice; "not said" by default.
    #[prop(optional)]
    empty_label: Option<Signal<&'static str>>,
    /// Go back to the empty choice after each change (for "add one more" drop-downs).
    #[prop(optional)]
    reset: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let issues_id = format!("{id}-issues");
    let invalid = aria_invalid(path.clone());
    let empty = move || match empty_label {
        Some(l) => l.get(),
        None => t_string!(i18n, common.not_said),
    };
    let options = move || {
        let names = code_names(i18n, kind);
        // Side by side: each name in the second language too.
        let second: HashMap<&str, String> = i18n
            .second()
            .map(|s| {
                code_names(s, kind)
                    .iter()
                    .map(|(c, n)| (*c, n.clone()))
                    .collect()
            })
            .unwrap_or_default();
        names
            .iter()
            .map(|(code, name)| {
                let code: &'static str = code;
                let shown = match second.get(code) {
                    Some(other) if other != name => both(name, other),
                    _ => name.clone(),
                };
                view! {
                    <option value=code prop:selected=move || value.with(|v| v.as_deref() == Some(code))>
                        {shown}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id.clone() aria-describedby=issues_id.clone() aria-invalid=invalid
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if reset {
                        event_target::<web_sys::HtmlSelectElement>(&ev).set_value("");
                    }
                    on_change.run((!v.is_empty()).then_some(v));
                }>
                <option value="" prop:selected=move || value.with(Option::is_none)>{empty}</option>
                {options}
            </select>
            <FieldIssues id=issues_id path=path.unwrap_or_default() />
        </div>
    }
}
