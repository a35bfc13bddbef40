use leptos::prelude::*;

use crate::i18n::*;
use crate::widgets::endonym;

/// UI languages whose words a native speaker has reviewed (see locales/README.md).
const REVIEWED: &[&str] = &[];
use crate::pages::page_title;
use crate::route::Page;
use crate::taxonomy::{use_taxonomy, TaxonomyStatus};

/// What skillmap is, the privacy promise, where its reference data comes from (with the
/// credits their licences ask for), and which translations still need a native speaker.
#[component]
pub fn AboutPage() -> impl IntoView {
    let i18n = use_i18n();
    let taxonomy = use_taxonomy();
    // The counts below come from the packs.
    taxonomy.request();
    let counts = move || {
        taxonomy.with(|t| {
            t.map(|t| {
                t_string!(
                    i18n,
                    about.counts,
                    occupations = t.occupations.len().to_string(),
                    skills = t.skills.len().to_string()
                )
                .to_string()
            })
        })
    };
    view! {
        <h1 id="page-title" tabindex="-1">{move || page_title(i18n, Page::About)}</h1>
        <p class="intro">{tr!(i18n, about.intro)}</p>
        <section class="card" aria-labelledby="about-privacy">
            <h2 id="about-privacy">{tr!(i18n, about.privacy_heading)}</h2>
            <p>{tr!(i18n, app.privacy)}</p>
            <p>{tr!(i18n, about.privacy_detail)}</p>
        </section>
        <section class="card" aria-labelledby="about-data">
            <h2 id="about-data">{tr!(i18n, about.data_heading)}</h2>
            <p class="credit" lang="en" dir="ltr">"This service uses the ESCO classification of the European Commission."</p>
            <p>{tr!(i18n, about.esco)}</p>
            <p>
                {counts}
                <Show when=move || taxonomy.status.get() == TaxonomyStatus::Unavailable>
                    {tr!(i18n, picker.unavailable)}
                </Show>
            </p>
            <ul>
                <li>{tr!(i18n, about.cldr)}</li>
                <li>{tr!(i18n, about.cefr)}</li>
                <li>{tr!(i18n, about.digcomp)}</li>
                <li>{tr!(i18n, about.isced)}</li>
            </ul>
        </section>
        <section class="card" aria-labelledby="about-translations">
            <h2 id="about-translations">{tr!(i18n, about.translations_heading)}</h2>
            <p>{tr!(i18n, about.translations)}</p>
            <ul class="languages-to-review">
                {Locale::get_all()
                    .filter(|l| *l != Locale::EN && !REVIEWED.contains(&l.as_str()))
                    .map(|l| view! { <li lang=l.as_str() dir=l.dir()>{endonym(l)}</li> })
                    .collect_view()}
            </ul>
        </section>
        <p><a class="button secondary" href=Page::Personal.href()>{tr!(i18n, about.back)}</a></p>
    }
}
