use leptos::prelude::*;
use skillmap_profile::CountryCode;

use super::PageHeading;
use crate::i18n::*;
use crate::names::NameKind;
use crate::route::Page;
use crate::state::use_app_state;
use crate::widgets::{CodeList, CodeSelect, DateField, TextField};

/// Who the person is: names in their own script and in Latin letters, origin, arrival,
/// contact.
#[component]
pub fn PersonalPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let (given, set_given) = lens!(state, personal.given_names);
    let (family, set_family) = lens!(state, personal.family_name);
    let (given_latin, set_given_latin) = lens!(state, personal.given_names_latin);
    let (family_latin, set_family_latin) = lens!(state, personal.family_name_latin);
    let (preferred, set_preferred) = lens!(state, personal.preferred_name);
    let (email, set_email) = lens!(state, personal.contact.email);
    let (phone, set_phone) = lens!(state, personal.contact.phone);
    let (arrival, set_arrival) = lens!(state, personal.arrival);
    let (birth_year, set_birth_year) = state.lens(
        |p| {
            p.personal
                .birth_year
                .map(|y| y.to_string())
                .unwrap_or_default()
        },
        |p, v: String| {
            let digits: String = v.chars().filter(char::is_ascii_digit).take(4).collect();
            p.personal.birth_year = digits.parse().ok();
        },
    );
    let (origin, set_origin) = state.lens(
        |p| p.personal.country_of_origin.as_ref().map(|c| c.to_string()),
        |p, v: Option<String>| {
            p.personal.country_of_origin = v.and_then(|c| CountryCode::new(&c).ok())
        },
    );
    let nationalities = Signal::derive(move || {
        state.profile.with(|p| {
            p.personal
                .nationalities
                .iter()
                .map(|c| c.to_string())
                .collect()
        })
    });
    view! {
        <PageHeading page=Page::Personal intro=tr!(i18n, personal.intro) />
        <section class="card" aria-labelledby="name-heading">
            <h2 id="name-heading">{tr!(i18n, personal.name_heading)}</h2>
            <p class="help">{tr!(i18n, personal.name_help)}</p>
            <div class="grid-2">
                <TextField id="given-names" label=tr!(i18n, personal.given_names) value=given on_input=set_given path="personal.given_names" />
                <TextField id="family-name" label=tr!(i18n, personal.family_name) value=family on_input=set_family />
                <TextField id="given-names-latin" label=tr!(i18n, personal.given_names_latin) value=given_latin on_input=set_given_latin />
                <TextField id="family-name-latin" label=tr!(i18n, personal.family_name_latin) value=family_latin on_input=set_family_latin />
            </div>
            <TextField id="preferred-name" label=tr!(i18n, personal.preferred_name) value=preferred on_input=set_preferred />
        </section>
        <section class="card" aria-labelledby="origin-heading">
            <h2 id="origin-heading">{tr!(i18n, personal.origin_heading)}</h2>
            <TextField id="birth-year" label=tr!(i18n, personal.birth_year) help=tr!(i18n, personal.birth_year_help)
                value=birth_year on_input=set_birth_year path="personal.birth_year" kind="text" />
            <CodeSelect id="country-of-origin" label=tr!(i18n, personal.country_of_origin) kind=NameKind::Region
                value=origin on_change=set_origin path="personal.country_of_origin" />
            <CodeList id="nationalities" label=tr!(i18n, personal.nationalities) add_label=tr!(i18n, personal.add_nationality)
                kind=NameKind::Region values=nationalities
                on_add=Callback::new(move |c: String| {
                    if let Ok(code) = CountryCode::new(&c) {
                        state.profile.update(|p| p.add_nationality(code));
                    }
                })
                on_remove=Callback::new(move |i: usize| state.profile.update(|p| {
                    if i < p.personal.nationalities.len() {
                        p.personal.nationalities.remove(i);
                    }
                })) />
            <DateField id="arrival" label=tr!(i18n, personal.arrival) value=arrival on_change=set_arrival path="personal.arrival" />
        </section>
        <section class="card" aria-labelledby="contact-heading">
            <h2 id="contact-heading">{tr!(i18n, personal.contact_heading)}</h2>
            <p class="help">{tr!(i18n, personal.contact_help)}</p>
            <TextField id="email" kind="email" label=tr!(i18n, personal.email) value=email on_input=set_email path="personal.contact.email" />
            <TextField id="phone" kind="tel" label=tr!(i18n, personal.phone) value=phone on_input=set_phone path="personal.contact.phone" />
        </section>
    }
}
