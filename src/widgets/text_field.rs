use leptos::prelude::*;

use super::field_issues::aria_invalid;
use super::FieldIssues;

/// A labelled text input (or text area) bound to part of the profile. Text direction
/// follows what is typed (`dir="auto"`), so an Arabic name in an English page reads right.
#[component]
pub fn TextField(
    /// Unique element id.
    #[prop(into)]
    id: String,
    /// The visible label, already translated.
    label: Signal<&'static str>,
    /// The current text.
    value: Signal<String>,
    /// Called with the new text on every keystroke.
    on_input: Callback<String>,
    /// Profile path for validation findings; none when the field is never checked.
    #[prop(optional, into)]
    path: Option<String>,
    /// Input type: `text` (default), `email`, `tel`, `number`.
    #[prop(default = "text")]
    kind: &'static str,
    /// Autocomplete hint for the browser (`given-name`, `email`, ...); `off` by default,
    /// because a shared computer should not remember a person's answers.
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// A text area for longer answers.
    #[prop(optional)]
    multiline: bool,
    /// Extra help under the label, already translated.
    #[prop(optional)]
    help: Option<Signal<&'static str>>,
) -> impl IntoView {
    let issues_id = format!("{id}-issues");
    let help_id = format!("{id}-help");
    let described_by = match help {
        Some(_) => format!("{help_id} {issues_id}"),
        None => issues_id.clone(),
    };
    let invalid = aria_invalid(path.clone());
    let input = move |ev: leptos::ev::Event| on_input.run(event_target_value(&ev));
    let control = if multiline {
        view! {
            <textarea id=id.clone() dir="auto" rows="4" aria-describedby=described_by.clone()
                aria-invalid=invalid autocomplete=autocomplete
                prop:value=move || value.get() on:input=input></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type=kind dir="auto" aria-describedby=described_by.clone()
                aria-invalid=invalid autocomplete=autocomplete inputmode=(kind == "number").then_some("numeric")
                prop:value=move || value.get() on:input=input />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {help.map(|h| view! { <p class="help" id=help_id.clone()>{move || h.get()}</p> })}
            {control}
            <FieldIssues id=issues_id.clone() path=path.unwrap_or_default() />
        </div>
    }
}
