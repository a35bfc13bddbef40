use leptos::prelude::*;
use skillmap_profile::LanguageCode;

use crate::i18n::*;
use crate::state::use_app_state;

/// Each UI language's name in itself, so a person finds theirs whatever is showing now.
/// (CLDR's names of each language in itself.)
pub fn endonym(locale: Locale) -> &'static str {
    match locale.as_str() {
        "ar" => "العربية",
        "bg" => "български",
        "ckb" => "کوردیی ناوەندی",
        "cs" => "čeština",
        "da" => "dansk",
        "de" => "Deutsch",
        "el" => "Ελληνικά",
        "es" => "español",
        "et" => "eesti",
        "fa" => "فارسی",
        "fi" => "suomi",
        "fr" => "français",
        "hr" => "hrvatski",
        "hu" => "magyar",
        "it" => "italiano",
        "kmr" => "Kurmancî",
        "lt" => "lietuvių",
        "lv" => "latviešu",
        "mt" => "Malti",
        "nl" => "Nederlands",
        "pl" => "polski",
        "prs" => "دری",
        "ps" => "پښتو",
        "pt" => "português",
        "ro" => "română",
        "ru" => "русский",
        "sk" => "slovenčina",
        "sl" => "slovenščina",
        "so" => "Soomaali",
        "sv" => "svenska",
        "ti" => "ትግርኛ",
        "tr" => "Türkçe",
        "uk" => "українська",
        _ => "English",
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
        if let Some(locale) = Locale::get_all().find(|l| l.as_str() == code) {
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
                    .map(|l| {
                        view! {
                            <option value=l.as_str() lang=l.as_str() dir=l.dir()
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
