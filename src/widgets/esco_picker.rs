use leptos::prelude::*;
use skillmap_profile::search::{fold, PackKind};
use skillmap_profile::EscoUri;

use super::field_issues::aria_invalid;
use super::FieldIssues;
use crate::i18n::*;
use crate::taxonomy::{use_taxonomy, TaxonomyStatus};

/// How many suggestions show at once.
const SUGGESTIONS: usize = 8;

/// One suggestion: the concept, its label in the UI language, and the label that matched
/// when that is another one (a synonym, or English).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Suggestion {
    uri: EscoUri,
    label: String,
    matched: Option<String>,
}

/// A text box that proposes ESCO occupations or skills as the person types (in the UI
/// language or English, with typos), following the ARIA combobox pattern: arrow keys move
/// through the list, Enter chooses, Escape closes, and a live region says how many
/// suggestions there are. Choosing stores the ESCO URI (so does typing a concept's exact
/// name and leaving the box); typing anything else keeps the person's own words, without
/// a code.
#[component]
pub fn EscoPicker(
    /// Unique element id.
    #[prop(into)]
    id: String,
    /// The visible label, already translated.
    #[prop(into)]
    label: Signal<String>,
    /// Occupations or skills.
    kind: PackKind,
    /// The chosen concept, if any.
    esco: Signal<Option<EscoUri>>,
    /// The words shown (the concept's label when chosen, else what was typed).
    text: Signal<String>,
    /// Called with the new answer: a concept and its label, or free text and no concept.
    on_change: Callback<(Option<EscoUri>, String)>,
    /// Profile path for validation findings.
    #[prop(optional, into)]
    path: Option<String>,
    /// Extra help under the label, already translated.
    #[prop(optional)]
    help: Option<Signal<&'static str>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let taxonomy = use_taxonomy();
    // A picker on screen: the lists are needed now.
    taxonomy.request();
    let listbox_id = format!("{id}-list");
    let status_id = format!("{id}-status");
    let help_id = format!("{id}-help");
    let issues_id = format!("{id}-issues");
    let coded_id = format!("{id}-coded");
    let described_by = [
        help.map(|_| help_id.clone()),
        Some(coded_id.clone()),
        Some(issues_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let invalid = aria_invalid(path.clone());

    // What is being typed; `None` when not editing (the box shows the stored answer).
    let query = RwSignal::new(None::<String>);
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let suggestions = Memo::new(move |_| {
        let Some(q) = query.get() else {
            return Vec::new();
        };
        taxonomy.with(|t| {
            let Some(t) = t else { return Vec::new() };
            t.catalog(kind)
                .search(&q, SUGGESTIONS)
                .into_iter()
                .map(|f| Suggestion {
                    uri: f.concept.uri.clone(),
                    label: f.concept.label().to_owned(),
                    matched: f.matched.map(str::to_owned),
                })
                .collect::<Vec<_>>()
        })
    });
    let expanded = move || open.get() && !suggestions.with(Vec::is_empty);
    // The stored answer as shown: the concept's label in today's UI language.
    let shown = move || match query.get() {
        Some(q) => q,
        None => taxonomy.label(esco.get().as_ref(), &text.get()),
    };
    let choose = move |s: Suggestion| {
        on_change.run((Some(s.uri), s.label));
        query.set(None);
        open.set(false);
        active.set(None);
    };
    let option_id = {
        let id = id.clone();
        move |i: usize| format!("{id}-option-{i}")
    };
    let active_descendant = {
        let option_id = option_id.clone();
        move || expanded().then(|| active.get().map(&option_id)).flatten()
    };
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        on_change.run((None, value.clone()));
        query.set(Some(value));
        open.set(true);
        active.set(None);
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let count = suggestions.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" if count > 0 => {
                ev.prevent_default();
                if query.get_untracked().is_none() {
                    query.set(Some(text.get_untracked()));
                }
                open.set(true);
                let down = ev.key() == "ArrowDown";
                active.update(|a| {
                    *a = Some(match (*a, down) {
                        (None, true) => 0,
                        (None, false) => count - 1,
                        (Some(i), true) => (i + 1) % count,
                        (Some(i), false) => (i + count - 1) % count,
                    });
                });
            }
            "Enter" if expanded() => {
                if let Some(s) = active
                    .get_untracked()
                    .and_then(|i| suggestions.with_untracked(|all| all.get(i).cloned()))
                {
                    ev.prevent_default();
                    choose(s);
                }
            }
            "Escape" if expanded() => {
                ev.prevent_default();
                open.set(false);
                active.set(None);
            }
            _ => {}
        }
    };
    let announcement = move || {
        if !open.get() || query.with(|q| q.as_deref().is_none_or(|q| q.trim().is_empty())) {
            return String::new();
        }
        match (taxonomy.status.get(), suggestions.with(Vec::len)) {
            (TaxonomyStatus::Ready, 0) => t_string!(i18n, picker.no_match).to_string(),
            (TaxonomyStatus::Ready, n) => {
                t_string!(i18n, picker.suggestions, count = n as u32).to_string()
            }
            _ => String::new(),
        }
    };
    let coded_note = move || {
        let has_text = !text.with(|t| t.trim().is_empty());
        match (esco.with(Option::is_some), taxonomy.status.get()) {
            (true, _) => Some(("coded", t_string!(i18n, picker.coded))),
            (false, TaxonomyStatus::Ready) if has_text => {
                Some(("free", t_string!(i18n, picker.free_text)))
            }
            (false, TaxonomyStatus::Unavailable) => {
                Some(("free", t_string!(i18n, picker.unavailable)))
            }
            _ => None,
        }
    };
    let options = {
        let option_id = option_id.clone();
        move || {
            suggestions
                .get()
                .into_iter()
                .enumerate()
                .map(|(i, s)| {
                    let selected = move || active.get() == Some(i);
                    let matched = s.matched.clone();
                    let pick = s.clone();
                    view! {
                        <li role="option" id=option_id(i) class="option"
                            class:active=selected aria-selected=move || selected().to_string()
                            on:mousedown=move |ev| ev.prevent_default()
                            on:click=move |_| choose(pick.clone())>
                            <bdi>{s.label.clone()}</bdi>
                            {matched.map(|m| view! {
                                <span class="matched">" · "<bdi>{m}</bdi></span>
                            })}
                        </li>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <div class="field picker">
            <label for=id.clone()>{label}</label>
            {help.map(|h| view! { <p class="help" id=help_id.clone()>{move || h.get()}</p> })}
            <div class="combobox">
                <input id=id.clone() type="text" dir="auto" autocomplete="off" spellcheck="false"
                    role="combobox" aria-autocomplete="list" aria-controls=listbox_id.clone()
                    aria-expanded=move || expanded().to_string()
                    aria-activedescendant=active_descendant
                    aria-describedby=described_by aria-invalid=invalid
                    prop:value=shown
                    on:input=on_input
                    on:keydown=on_keydown
                    on:blur=move |_| {
                        // Typed a concept's exact name and moved on: that is choosing it.
                        let typed = query.get_untracked().map(|q| fold(&q));
                        let exact = suggestions.with_untracked(|all| {
                            all.first()
                                .filter(|s| s.matched.is_none() && typed.as_deref() == Some(&fold(&s.label)))
                                .cloned()
                        });
                        match exact {
                            Some(s) => choose(s),
                            None => {
                                open.set(false);
                                query.set(None);
                                active.set(None);
                            }
                        }
                    } />
                <ul id=listbox_id role="listbox" class="listbox" aria-label=move || label.get()
                    hidden=move || !expanded()>
                    {options}
                </ul>
            </div>
            <p id=coded_id class="coded-note" class:coded=move || coded_note().is_some_and(|(k, _)| k == "coded")>
                {move || coded_note().map(|(_, t)| t)}
                // Side by side: the chosen concept in the second language too.
                {move || {
                    let second = i18n.second()?.get_locale();
                    let uri = esco.get()?;
                    let label = taxonomy.label_in(Some(second.as_str()), Some(&uri), "");
                    Some(view! { " · " <bdi lang=second.as_str() dir=second.dir()>{label}</bdi> })
                }}
            </p>
            <div id=status_id role="status" class="visually-hidden">{announcement}</div>
            <FieldIssues id=issues_id.clone() path=path.unwrap_or_default() />
        </div>
    }
}
