use leptos::prelude::*;

use super::endonym;
use crate::i18n::*;

/// Chooses a second language to show beside the first: a counsellor reads the profile in
/// theirs while the person reads it in their own. Kept only while the page is open.
#[component]
pub fn SecondLanguage() -> impl IntoView {
    let i18n = use_i18n();
    let change = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        i18n.set_second(Locale::get_all().find(|l| l.as_str() == code));
    };
    view! {
        <div class="second-language">
            <label for="second-language">{tr!(i18n, review.second_language)}</label>
            <select id="second-language" on:change=change>
                <option value="" prop:selected=move || i18n.second_choice().is_none()>
                    {tr!(i18n, review.second_none)}
                </option>
                {Locale::get_all()
                    .map(|l| view! {
                        <option value=l.as_str() lang=l.as_str() dir=l.dir()
                            prop:selected=move || i18n.second_choice() == Some(l)>
                            {endonym(l)}
                        </option>
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
