use leptos::prelude::*;
use skillmap_profile::WorkExperience;

use super::{ItemHeader, PageHeading};
use crate::browser;
use crate::i18n::*;
use crate::names::NameKind;
use crate::route::Page;
use crate::state::use_app_state;
use crate::taxonomy::use_taxonomy;
use crate::widgets::{
    ChoiceField, CodeSelect, CodedList, CodedListAt, DateField, EscoPicker, ProposedSkills,
    RegulatedNote, TextField,
};
use skillmap_profile::search::PackKind;

/// Jobs, paid or not: what, where, when, and the tasks.
#[component]
pub fn WorkPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let count = Memo::new(move |_| state.profile.with(|p| p.work.len()));
    let add = move |_| {
        let i = state
            .profile
            .try_update(|p| {
                p.work.push(WorkExperience::default());
                p.work.len() - 1
            })
            .unwrap_or(0);
        request_animation_frame(move || browser::focus(&format!("work-{i}-occupation")));
    };
    view! {
        <PageHeading page=Page::Work intro=tr!(i18n, work.intro) />
        {move || (0..count.get()).map(|i| view! { <WorkItem index=i /> }).collect_view()}
        <button type="button" class="add" on:click=add>{tr!(i18n, work.add)}</button>
    }
}

#[component]
fn WorkItem(index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let id = format!("work-{index}");
    let taxonomy = use_taxonomy();
    let (occupation_code, occupation_text, set_occupation) =
        coded_lens!(state, work[index], occupation);
    let (employer, set_employer) = item_lens!(state, work[index], employer);
    let (start, set_start) = item_lens!(state, work[index], start);
    let (end, set_end) = item_lens!(state, work[index], end);
    let (ongoing, set_ongoing) = item_lens!(state, work[index], ongoing);
    let (tasks, set_tasks) = item_lens!(state, work[index], tasks);
    let (kind, set_kind) = item_lens!(state, work[index], kind);
    let (country, set_country) = country_lens!(state, work[index]);
    let heading = Signal::derive(move || {
        let t = taxonomy.label(occupation_code.get().as_ref(), &occupation_text.get());
        if t.trim().is_empty() {
            t_string!(i18n, work.item_title, n = index + 1).to_string()
        } else {
            t
        }
    });
    let ongoing_id = format!("{id}-ongoing");
    let end_id = format!("{id}-end");
    view! {
        <article class="card item" aria-label=move || heading.get()>
            <ItemHeader title=heading on_remove=remove_item!(state, work[index]) />
            <EscoPicker id=format!("{id}-occupation") label=Signal::derive(move || t_string!(i18n, work.occupation).to_string())
                help=tr!(i18n, work.occupation_help) kind=PackKind::Occupations
                esco=occupation_code text=occupation_text on_change=set_occupation
                path=format!("work[{index}].occupation") />
            <RegulatedNote occupation=occupation_code />
            <div class="grid-2">
                <TextField id=format!("{id}-employer") label=tr!(i18n, work.employer) value=employer on_input=set_employer />
                <CodeSelect id=format!("{id}-country") label=tr!(i18n, common.country) kind=NameKind::Region value=country on_change=set_country />
            </div>
            <div class="grid-2">
                <DateField id=format!("{id}-start") label=tr!(i18n, common.start) value=start on_change=set_start path=format!("work[{index}].start") />
                <Show when=move || !ongoing.get()>
                    <DateField id=end_id.clone() label=tr!(i18n, common.end) value=end on_change=set_end path=format!("work[{index}].end") />
                </Show>
            </div>
            <div class="checkbox">
                <input type="checkbox" id=ongoing_id.clone() prop:checked=move || ongoing.get()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        set_ongoing.run(on);
                        if on {
                            set_end.run(None);
                        }
                    } />
                <label for=ongoing_id>{tr!(i18n, work.ongoing)}</label>
            </div>
            <ChoiceField id=format!("{id}-kind") label=tr!(i18n, work.kind.label) value=kind on_change=set_kind />
            <TextField id=format!("{id}-tasks") label=tr!(i18n, work.tasks) value=tasks on_input=set_tasks multiline=true />
            <ProposedSkills id=format!("{id}-proposed") occupation=occupation_code at=CodedListAt::Work(index) />
            <section class="subsection" aria-labelledby=format!("{id}-skills-heading")>
                <h3 id=format!("{id}-skills-heading")>{tr!(i18n, work.skills_used)}</h3>
                <CodedList at=CodedListAt::Work(index) />
            </section>
        </article>
    }
}
