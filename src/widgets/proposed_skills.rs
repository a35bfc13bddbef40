use leptos::prelude::*;
use skillmap_profile::EscoUri;

use super::CodedListAt;
use crate::i18n::*;
use crate::state::use_app_state;
use crate::taxonomy::use_taxonomy;

/// The skills that usually go with a chosen occupation, as check boxes: ticking one adds
/// it (coded) to the list, unticking removes it. Nothing shows until an occupation from the
/// list is chosen.
#[component]
pub fn ProposedSkills(
    /// Unique id prefix.
    #[prop(into)]
    id: String,
    /// The chosen occupation.
    occupation: Signal<Option<EscoUri>>,
    /// Where ticked skills go.
    at: CodedListAt,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let taxonomy = use_taxonomy();
    let proposed = Memo::new(move |_| {
        let Some(occupation) = occupation.get() else {
            return Vec::new();
        };
        taxonomy.with(|t| {
            let Some(t) = t else { return Vec::new() };
            t.links
                .skills_of(&occupation)
                .iter()
                .filter_map(|s| t.skills.get(s))
                .map(|c| (c.uri.clone(), c.label().to_owned()))
                .collect::<Vec<_>>()
        })
    });
    // Side by side: each proposed skill in the second language too.
    let shown = move |uri: &EscoUri, label: &str| match i18n.second() {
        Some(second) => {
            let other = taxonomy.label_in(Some(second.get_locale().as_str()), Some(uri), label);
            if other == label {
                label.to_owned()
            } else {
                crate::names::both(label, &other)
            }
        }
        None => label.to_owned(),
    };
    let legend_id = format!("{id}-legend");
    view! {
        <Show when=move || !proposed.with(Vec::is_empty)>
            <fieldset class="checkboxes proposed" aria-labelledby=legend_id.clone()>
                <legend id=legend_id.clone()>{tr!(i18n, work.proposed.legend)}</legend>
                <p class="help">{tr!(i18n, work.proposed.help)}</p>
                {
                    let id = id.clone();
                    move || proposed.get().into_iter().enumerate().map(|(i, (uri, label))| {
                        let box_id = format!("{id}-{i}");
                        let has = {
                            let uri = uri.clone();
                            move || state.profile.with(|p| {
                                at.contains(p, &uri)
                            })
                        };
                        let text = label.clone();
                        let uri_shown = uri.clone();
                        view! {
                            <div class="checkbox">
                                <input type="checkbox" id=box_id.clone() prop:checked=has
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        state.profile.update(|p| at.toggle(p, &uri, &text, on));
                                    } />
                                <label for=box_id><bdi>{shown(&uri_shown, &label)}</bdi></label>
                            </div>
                        }
                    }).collect_view()
                }
            </fieldset>
        </Show>
    }
}
