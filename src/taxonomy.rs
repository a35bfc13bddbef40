//! The occupations and skills the person can choose from: the data packs of the UI
//! language and English, fetched from the app's own folder (`packs/`) the first time a
//! page needs them (a picker, or coded answers to show), and again when the UI language
//! changes. The first screen never waits for them, and never downloads them.
//!
//! Until they are there (or if they never come: a partial deploy), every picker still
//! takes free text; nothing waits on them.

use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use skillmap_profile::search::{Catalog, Concept, Pack, PackKind, SkillLinks};
use skillmap_profile::EscoUri;

use crate::browser;

/// The loaded packs of one UI language.
pub struct Taxonomy {
    /// The UI language they were loaded for, and the second language shown beside it.
    pub language: (String, Option<String>),
    /// Occupations, in the UI language and English.
    pub occupations: Catalog,
    /// Skills, in the UI language and English.
    pub skills: Catalog,
    /// Skills that go with each occupation.
    pub links: SkillLinks,
}

impl Taxonomy {
    /// The catalog of a kind.
    pub fn catalog(&self, kind: PackKind) -> &Catalog {
        match kind {
            PackKind::Occupations => &self.occupations,
            PackKind::Skills => &self.skills,
        }
    }

    /// An occupation or skill by URI, in whichever catalog has it.
    pub fn concept(&self, uri: &EscoUri) -> Option<&Concept> {
        self.occupations.get(uri).or_else(|| self.skills.get(uri))
    }
}

/// Where loading stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaxonomyStatus {
    /// Fetching or building.
    Loading,
    /// Ready to search.
    Ready,
    /// Could not be loaded: pickers take free text only.
    Unavailable,
}

/// The taxonomy, provided once by the app. Cheap to copy.
#[derive(Clone, Copy)]
pub struct TaxonomyState {
    data: RwSignal<Option<Rc<Taxonomy>>, LocalStorage>,
    /// Set once something on screen needs the packs.
    wanted: RwSignal<bool>,
    /// Where loading stands.
    pub status: RwSignal<TaxonomyStatus>,
}

impl TaxonomyState {
    /// Asks for the packs to be loaded (once; later calls do nothing).
    pub fn request(&self) {
        if !self.wanted.get_untracked() {
            self.wanted.set(true);
        }
    }

    /// Reads the taxonomy (reactively), if loaded.
    pub fn with<R>(&self, f: impl FnOnce(Option<&Taxonomy>) -> R) -> R {
        self.data.with(|d| f(d.as_deref()))
    }

    /// The label to show for a coded answer: the concept's label in the UI language (or
    /// English), else the words the person wrote.
    pub fn label(&self, uri: Option<&EscoUri>, text: &str) -> String {
        self.label_in(None, uri, text)
    }

    /// The same in a given language (the second one, side by side), falling back to the
    /// UI language's label, then English, then the person's words.
    pub fn label_in(&self, language: Option<&str>, uri: Option<&EscoUri>, text: &str) -> String {
        if uri.is_some() {
            self.request();
        }
        self.with(|t| {
            let t = t?;
            let c = t.concept(uri?)?;
            let catalog = t.catalog(if t.occupations.get(&c.uri).is_some() {
                PackKind::Occupations
            } else {
                PackKind::Skills
            });
            let wanted = language
                .and_then(|l| catalog.languages().iter().position(|x| x == l))
                .and_then(|i| c.label_in(i));
            Some(wanted.unwrap_or(c.label()).to_owned())
        })
        .unwrap_or_else(|| text.to_owned())
    }
}

/// Provides the state to every component below; loads for the UI language once asked
/// ([`TaxonomyState::request`]), and again whenever the language changes.
pub fn provide_taxonomy(language: Signal<String>, second: Signal<Option<String>>) -> TaxonomyState {
    let state = TaxonomyState {
        data: RwSignal::new_local(None),
        wanted: RwSignal::new(false),
        status: RwSignal::new(TaxonomyStatus::Loading),
    };
    provide_context(state);
    Effect::new(move |_| {
        if !state.wanted.get() {
            return;
        }
        let lang = (language.get(), second.get());
        if state
            .data
            .with_untracked(|d| d.as_ref().is_some_and(|t| t.language == lang))
        {
            return;
        }
        state.status.set(TaxonomyStatus::Loading);
        spawn_local(async move {
            let loaded = load(&lang.0, lang.1.as_deref()).await;
            // The language may have changed again while this one was on its way.
            if (language.get_untracked(), second.get_untracked()) != lang {
                return;
            }
            match loaded {
                Some(t) => {
                    state.data.set(Some(Rc::new(t)));
                    state.status.set(TaxonomyStatus::Ready);
                }
                None => state.status.set(TaxonomyStatus::Unavailable),
            }
        });
    });
    state
}

/// The taxonomy state provided by the app.
pub fn use_taxonomy() -> TaxonomyState {
    expect_context::<TaxonomyState>()
}

async fn pack(kind: &str, lang: &str) -> Option<Pack> {
    let text = browser::fetch_text(&format!("packs/{kind}-{lang}.tsv"))
        .await
        .ok()?;
    Pack::parse(&text).ok().map(|(pack, _)| pack)
}

async fn load(lang: &str, second: Option<&str>) -> Option<Taxonomy> {
    // The UI language's packs, the second language's, and English, each once.
    let mut occupations = Vec::new();
    let mut skills = Vec::new();
    let mut languages: Vec<&str> = Vec::new();
    for l in [Some(lang), second, Some("en")].into_iter().flatten() {
        if !languages.contains(&l) {
            languages.push(l);
        }
    }
    for l in languages {
        if let Some(p) = pack("occupations", l).await {
            occupations.push(p);
        }
        if let Some(p) = pack("skills", l).await {
            skills.push(p);
        }
    }
    if occupations.is_empty() && skills.is_empty() {
        return None;
    }
    let links = match browser::fetch_text("packs/occupation-skills.tsv").await {
        Ok(text) => SkillLinks::parse(&text).unwrap_or_default(),
        Err(_) => SkillLinks::default(),
    };
    Some(Taxonomy {
        language: (lang.to_owned(), second.map(str::to_owned)),
        occupations: Catalog::build(PackKind::Occupations, &occupations),
        skills: Catalog::build(PackKind::Skills, &skills),
        links,
    })
}
