use leptos::prelude::*;
use skillmap_profile::GoalKind;

use super::PageHeading;
use crate::i18n::*;
use crate::labels::Labelled;
use crate::route::Page;
use crate::state::use_app_state;
use crate::widgets::{ChoiceField, CodedList, CodedListAt, TextField, YesNoField};

/// What the person wants next, and what their time and place allow.
#[component]
pub fn GoalsPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let (hours, set_hours) = lens!(state, goals.hours);
    let (care, set_care) = lens!(state, goals.care_duties);
    let (travel, set_travel) = lens!(state, goals.can_travel);
    let (relocate, set_relocate) = lens!(state, goals.can_relocate);
    let (notes, set_notes) = lens!(state, goals.notes);
    let wants = GoalKind::ALL
        .into_iter()
        .map(|g| {
            let box_id = format!("want-{g:?}").to_lowercase();
            let checked = move || state.profile.with(|p| p.goals.wants.contains(&g));
            let toggle = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                state.profile.update(|p| {
                    p.goals.wants.retain(|w| *w != g);
                    if on {
                        p.goals.wants.push(g);
                    }
                });
            };
            view! {
                <div class="checkbox">
                    <input type="checkbox" id=box_id.clone() prop:checked=checked on:change=toggle />
                    <label for=box_id>{move || g.label(i18n)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <PageHeading page=Page::Goals intro=tr!(i18n, goals.intro) />
        <section class="card">
            <fieldset class="checkboxes">
                <legend>{tr!(i18n, goals.wants)}</legend>
                {wants}
            </fieldset>
        </section>
        <section class="card" aria-labelledby="targets-heading">
            <h2 id="targets-heading">{tr!(i18n, goals.targets.heading)}</h2>
            <p class="help">{tr!(i18n, goals.targets.help)}</p>
            <CodedList at=CodedListAt::Targets />
        </section>
        <section class="card" aria-labelledby="availability-heading">
            <h2 id="availability-heading">{tr!(i18n, goals.availability)}</h2>
            <ChoiceField id="hours" label=tr!(i18n, goals.hours.label) value=hours on_change=set_hours />
            <YesNoField id="care-duties" label=tr!(i18n, goals.care_duties) value=care on_change=set_care />
            <YesNoField id="can-travel" label=tr!(i18n, goals.can_travel) value=travel on_change=set_travel />
            <YesNoField id="can-relocate" label=tr!(i18n, goals.can_relocate) value=relocate on_change=set_relocate />
            <TextField id="goal-notes" label=tr!(i18n, goals.notes) value=notes on_input=set_notes multiline=true />
        </section>
    }
}
