use leptos::prelude::*;

use super::field_issues::aria_invalid;
use super::FieldIssues;
use crate::i18n::*;
use crate::labels::Labelled;

/// A labelled drop-down over a closed list of codes, with "not said" as the first choice.
#[component]
pub fn ChoiceField<T: Labelled>(
    /// Unique element id.
    #[prop(into)]
    id: String,
    /// The visible label, already translated.
    label: Signal<&'static str>,
    /// The current choice.
    value: Signal<Option<T>>,
    /// Called with the new choice.
    on_change: Callback<Option<T>>,
    /// Profile path for validation findings.
    #[prop(optional, into)]
    path: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let issues_id = format!("{id}-issues");
    let options = T::all();
    let change = {
        let options = options.clone();
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            on_change.run(
                v.parse::<usize>()
                    .ok()
                    .and_then(|i| options.get(i).copied()),
            );
        }
    };
    let invalid = aria_invalid(path.clone());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id.clone() aria-describedby=issues_id.clone() aria-invalid=invalid
                on:change=change>
                <option value="" prop:selected=move || value.get().is_none()>
                    {tr!(i18n, common.not_said)}
                </option>
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(i, o)| {
                        view! {
                            <option value=i.to_string() prop:selected=move || value.get() == Some(o)>
                                {move || o.label(i18n)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <FieldIssues id=issues_id path=path.unwrap_or_default() />
        </div>
    }
}
