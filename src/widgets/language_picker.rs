use leptos::prelude::*;
use leptos_i18n::Locale as _;
use skillmap_profile::LanguageCode;

use crate::i18n::*;
use crate::state::use_app_state;

/// Each UI language's name in itself, so a person finds theirs whatever is showing now.
pub fn endonym(locale: Locale) -> &'static str {
    match locale {
        Locale::en => "English",
        Locale::ar => "العربية",
    }
}

/// Chooses the language of the app. The choice is kept in the profile (so it travels with
/// an export) and nowhere else: no cookie.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let change = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        if let Some(locale) = Locale::get_all()
            .iter()
            .copied()
            .find(|l| l.as_str() == code)
        {
            i18n.set_locale(locale);
            state
                .profile
                .update(|p| p.personal.ui_language = LanguageCode::new(&code).ok());
        }
    };
    view! {
        <div class="language-picker">
            <label for="ui-language">{tr!(i18n, app.language_picker)}</label>
            <select id="ui-language" on:change=change>
                {Locale::get_all()
                    .iter()
                    .copied()
                    .map(|l| {
                        view! {
                            <option value=l.as_str() lang=l.as_str() dir=l.direction().as_str()
                                prop:selected=move || i18n.get_locale() == l>
                                {endonym(l)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
