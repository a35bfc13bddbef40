//! The app's frame: providers, header, steps, the current page, and the file actions.

use leptos::prelude::*;
use skillmap_profile::LanguageCode;

use crate::browser;
use crate::i18n::*;
use crate::pages::{page_view, Pager};
use crate::route::provide_current_page;
use crate::state::AppState;
use crate::widgets::{
    open_dropped_file, FileActions, LanguagePicker, Notices, ProgressNav, SecondLanguage,
};

/// The whole app. Mount it once.
#[component]
pub fn App() -> impl IntoView {
    view! { <Shell /> }
}

#[component]
fn Shell() -> impl IntoView {
    let state = AppState::start();
    provide_context(state);
    // The language saved with the profile wins over the browser's; chosen once, so only
    // that language's words are fetched.
    let saved_locale = state.profile.with_untracked(|p| {
        let code = p.personal.ui_language.as_ref()?;
        Locale::from_code(code.as_str())
    });
    let i18n = crate::i18n::provide_i18n(saved_locale);
    Effect::new(move |_| {
        let code = LanguageCode::new(i18n.get_locale().as_str()).ok();
        state.ui_language.set(code);
    });
    let ui_locale = Signal::derive(move || i18n.get_locale().as_str().to_owned());
    let second = Signal::derive(move || i18n.second_choice().map(|l| l.as_str().to_owned()));
    crate::taxonomy::provide_taxonomy(ui_locale, second);
    let page = provide_current_page();
    // After moving to another step, put keyboard and screen-reader focus on its heading.
    Effect::new(move |previous: Option<crate::Page>| {
        let now = page.get();
        if previous.is_some_and(|p| p != now) {
            browser::focus("page-title");
        }
        now
    });
    Effect::new(move |_| {
        let title = t_string!(i18n, app.title);
        let step = crate::pages::page_title(i18n, page.get());
        document().set_title(&format!("{step} · {title}"));
    });

    let dragging = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            open_dropped_file(state, file);
        }
    };
    view! {
        <div class="app" class:dragging=move || dragging.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop>
            <button type="button" class="skip-link" on:click=move |_| browser::focus("page-title")>
                {tr!(i18n, app.skip_to_content)}
            </button>
            <header class="masthead">
                <div class="brand">
                    <p class="name">{tr!(i18n, app.title)}</p>
                    <p class="tagline">{tr!(i18n, app.tagline)}</p>
                </div>
                <div class="languages">
                    <LanguagePicker />
                    <SecondLanguage />
                </div>
            </header>
            <Notices />
            <div class="layout">
                <ProgressNav />
                <main id="main">
                    {move || page_view(page.get())}
                    <Pager />
                </main>
            </div>
            <footer class="footer">
                <FileActions />
                <p class="privacy">{tr!(i18n, app.privacy)}</p>
                <p class="about-link"><a href=crate::Page::About.href()>{tr!(i18n, nav.about)}</a></p>
            </footer>
            <div class="drop-overlay" aria-hidden="true">
                <p>{tr!(i18n, file.drop_here)}</p>
            </div>
        </div>
    }
}
