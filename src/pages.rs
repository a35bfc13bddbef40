//! One component per step of the profile, and the links between steps.

mod about;
mod education;
mod goals;
mod languages;
mod more;
mod personal;
mod review;
mod skills;
mod work;

use leptos::prelude::*;

use crate::i18n::*;
use crate::labels::I18n;
use crate::route::{use_current_page, Page};

/// A step's title in the UI language.
pub fn page_title(i18n: I18n, page: Page) -> &'static str {
    match page {
        Page::Personal => t_string!(i18n, nav.personal),
        Page::Languages => t_string!(i18n, nav.languages),
        Page::Education => t_string!(i18n, nav.education),
        Page::Work => t_string!(i18n, nav.work),
        Page::Skills => t_string!(i18n, nav.skills),
        Page::More => t_string!(i18n, nav.more),
        Page::Goals => t_string!(i18n, nav.goals),
        Page::Review => t_string!(i18n, nav.review),
        Page::About => t_string!(i18n, nav.about),
    }
}

/// The component for a step.
pub fn page_view(page: Page) -> AnyView {
    match page {
        Page::Personal => view! { <personal::PersonalPage /> }.into_any(),
        Page::Languages => view! { <languages::LanguagesPage /> }.into_any(),
        Page::Education => view! { <education::EducationPage /> }.into_any(),
        Page::Work => view! { <work::WorkPage /> }.into_any(),
        Page::Skills => view! { <skills::SkillsPage /> }.into_any(),
        Page::More => view! { <more::MorePage /> }.into_any(),
        Page::Goals => view! { <goals::GoalsPage /> }.into_any(),
        Page::Review => view! { <review::ReviewPage /> }.into_any(),
        Page::About => view! { <about::AboutPage /> }.into_any(),
    }
}

/// A step's heading; focus moves here when the step changes.
#[component]
pub fn PageHeading(
    /// The step.
    page: Page,
    /// One line under the title saying what the step is for, already translated.
    intro: Signal<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1 id="page-title" tabindex="-1">{move || page_title(i18n, page)}</h1>
        <p class="intro">{move || intro.get()}</p>
    }
}

/// Links to the step before and after.
#[component]
pub fn Pager() -> impl IntoView {
    let i18n = use_i18n();
    let page = use_current_page();
    view! {
        <nav class="pager" aria-label=move || t_string!(i18n, nav.pager)>
            {move || {
                page.get()
                    .previous()
                    .map(|p| {
                        view! {
                            <a class="button secondary back" href=p.href()>
                                <span class="arrow" aria-hidden="true">"←"</span>
                                {tr!(i18n, nav.back)}
                            </a>
                        }
                    })
            }}
            {move || {
                page.get()
                    .next()
                    .map(|p| {
                        view! {
                            <a class="button next" href=p.href()>
                                {tr!(i18n, nav.next)}
                                " "
                                <span class="visually-hidden">{move || page_title(i18n, p)}</span>
                                <span class="arrow" aria-hidden="true">"→"</span>
                            </a>
                        }
                    })
            }}
        </nav>
    }
}

/// An item's heading: what the person wrote as its name, or "Certificate 2" until then.
pub fn item_heading(
    name: Signal<String>,
    fallback: impl Fn() -> String + Send + Sync + 'static,
) -> Signal<String> {
    Signal::derive(move || {
        let t = name.get();
        if t.trim().is_empty() {
            fallback()
        } else {
            t
        }
    })
}

/// Heading and remove button of one item in a list (a language, a job, a course).
#[component]
pub fn ItemHeader(
    /// The item's heading, already translated.
    title: Signal<String>,
    /// Removes the item.
    on_remove: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let title_for_label = title;
    view! {
        <div class="item-header">
            <h2>{move || title.get()}</h2>
            <button type="button" class="secondary small"
                aria-label=move || format!("{} – {}", t_string!(i18n, common.remove), title_for_label.get())
                on:click=move |_| on_remove.run(())>
                {tr!(i18n, common.remove)}
            </button>
        </div>
    }
}
