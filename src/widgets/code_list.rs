use leptos::prelude::*;

use super::CodeSelect;
use crate::i18n::*;
use crate::names::code_name;
use crate::names::NameKind;

/// A list of countries or languages (nationalities, mother tongues): each shown with a
/// remove button, and a drop-down to add one more.
#[component]
pub fn CodeList(
    /// Unique id prefix.
    #[prop(into)]
    id: String,
    /// The group's label, already translated.
    label: Signal<&'static str>,
    /// The label of the add drop-down.
    add_label: Signal<&'static str>,
    /// Countries or languages.
    kind: NameKind,
    /// The codes chosen so far.
    values: Signal<Vec<String>>,
    /// Adds a code.
    on_add: Callback<String>,
    /// Removes the code at an index.
    on_remove: Callback<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let name_of = move |code: &str| code_name(i18n, kind, code);
    let list_id = format!("{id}-list");
    view! {
        <fieldset class="code-list">
            <legend>{label}</legend>
            <ul id=list_id class="chips">
                {move || {
                    values
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, code)| {
                            let name = name_of(&code);
                            let name_for_label = name.clone();
                            view! {
                                <li class="chip">
                                    <span>{name}</span>
                                    <button type="button" class="chip-remove"
                                        aria-label=move || format!("{} – {}", t_string!(i18n, common.remove), name_for_label.clone())
                                        on:click=move |_| on_remove.run(i)>
                                        "×"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <CodeSelect id=format!("{id}-add") label=add_label kind=kind
                value=Signal::derive(|| None)
                on_change=Callback::new(move |v: Option<String>| if let Some(v) = v { on_add.run(v) })
                empty_label=Signal::derive(move || t_string!(i18n, common.choose)) reset=true />
        </fieldset>
    }
}
