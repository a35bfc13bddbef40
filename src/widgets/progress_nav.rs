use leptos::prelude::*;

use crate::i18n::*;
use crate::pages::page_title;
use crate::route::{use_current_page, Page};

/// The steps of the profile as links, the current one marked, and "step 2 of 7".
#[component]
pub fn ProgressNav() -> impl IntoView {
    let i18n = use_i18n();
    let page = use_current_page();
    let total = Page::ALL.len();
    view! {
        <nav class="progress" aria-label=move || t_string!(i18n, nav.steps)>
            <p class="step-count">
                {move || page.get().is_step().then(|| {
                    t_string!(i18n, nav.step_of, current = page.get().index() + 1, total = total).to_string()
                })}
            </p>
            <ol>
                {Page::ALL
                    .into_iter()
                    .map(|p| {
                        let current = move || (page.get() == p).then_some("step");
                        let done = move || page.get().is_step() && p.index() < page.get().index();
                        view! {
                            <li class:done=done class:current=move || page.get() == p>
                                <a href=p.href() aria-current=current>
                                    <span class="step-number" aria-hidden="true">{p.index() + 1}</span>
                                    <span class="step-name">{move || page_title(i18n, p)}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
