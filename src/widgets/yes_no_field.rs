use leptos::prelude::*;

use crate::i18n::*;

/// A yes / no / not said question as a group of radio buttons.
#[component]
pub fn YesNoField(
    /// Unique id prefix (also the radio group's name).
    #[prop(into)]
    id: String,
    /// The question, already translated.
    label: Signal<&'static str>,
    /// The answer so far.
    value: Signal<Option<bool>>,
    /// Called with the new answer.
    on_change: Callback<Option<bool>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let choice = move |answer: Option<bool>, text: Signal<&'static str>| {
        let input_id = format!(
            "{id}-{}",
            match answer {
                Some(true) => "yes",
                Some(false) => "no",
                None => "unsaid",
            }
        );
        view! {
            <div class="radio">
                <input type="radio" id=input_id.clone() name=id.clone()
                    prop:checked=move || value.get() == answer
                    on:change=move |_| on_change.run(answer) />
                <label for=input_id>{move || text.get()}</label>
            </div>
        }
    };
    view! {
        <fieldset class="yes-no">
            <legend>{label}</legend>
            {choice(Some(true), Signal::derive(move || t_string!(i18n, common.yes)))}
            {choice(Some(false), Signal::derive(move || t_string!(i18n, common.no)))}
            {choice(None, Signal::derive(move || t_string!(i18n, common.not_said)))}
        </fieldset>
    }
}
