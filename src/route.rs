//! The current page lives in the URL's fragment (`#/languages`), so back, reload and deep
//! links work on any static host, with no server rewrite rules.

use leptos::prelude::*;

/// One step of the profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    /// Who they are.
    Personal,
    /// Languages and the CEFR grid.
    Languages,
    /// Education and training.
    Education,
    /// Work experience.
    Work,
    /// Skills, digital skills and driving licences.
    Skills,
    /// Driving licences, certificates, volunteering, interests.
    More,
    /// Goals and availability.
    Goals,
    /// The whole profile, and what is left to fix.
    Review,
    /// What skillmap is, the privacy promise, and the credits. Not a step.
    About,
}

impl Page {
    /// All steps, in order.
    pub const ALL: [Page; 8] = [
        Page::Personal,
        Page::Languages,
        Page::Education,
        Page::Work,
        Page::Skills,
        Page::More,
        Page::Goals,
        Page::Review,
    ];

    /// The URL fragment's path for this page.
    pub fn slug(self) -> &'static str {
        match self {
            Page::Personal => "personal",
            Page::Languages => "languages",
            Page::Education => "education",
            Page::Work => "work",
            Page::Skills => "skills",
            Page::More => "more",
            Page::Goals => "goals",
            Page::Review => "review",
            Page::About => "about",
        }
    }

    /// `#/slug`, for links.
    pub fn href(self) -> String {
        format!("#/{}", self.slug())
    }

    /// The page a fragment names; anything unknown is the first page.
    pub fn from_hash(hash: &str) -> Page {
        let slug = hash.trim_start_matches('#').trim_start_matches('/');
        Page::ALL
            .into_iter()
            .chain([Page::About])
            .find(|p| p.slug() == slug)
            .unwrap_or(Page::Personal)
    }

    /// Position, from 0.
    pub fn index(self) -> usize {
        Page::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }

    /// True for the steps of the profile (not the About page).
    pub fn is_step(self) -> bool {
        Page::ALL.contains(&self)
    }

    /// The step before, if any.
    pub fn previous(self) -> Option<Page> {
        if !self.is_step() {
            return None;
        }
        self.index().checked_sub(1).map(|i| Page::ALL[i])
    }

    /// The step after, if any.
    pub fn next(self) -> Option<Page> {
        if !self.is_step() {
            return None;
        }
        Page::ALL.get(self.index() + 1).copied()
    }
}

/// The current page, provided once by `<App/>`.
#[derive(Clone, Copy)]
pub struct CurrentPage(pub ReadSignal<Page>);

/// Creates the page signal from the URL and keeps it in step with `hashchange`.
pub fn provide_current_page() -> ReadSignal<Page> {
    let (page, set_page) = signal(Page::from_hash(&crate::browser::location_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_page.set(Page::from_hash(&crate::browser::location_hash()));
    });
    on_cleanup(move || handle.remove());
    provide_context(CurrentPage(page));
    page
}

/// The current page.
pub fn use_current_page() -> ReadSignal<Page> {
    expect_context::<CurrentPage>().0
}
