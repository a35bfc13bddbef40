use leptos::prelude::*;
use skillmap_profile::{Education, IscedLevel};

use super::{ItemHeader, PageHeading};
use crate::browser;
use crate::i18n::*;
use crate::labels::Labelled;
use crate::names::NameKind;
use crate::route::Page;
use crate::state::use_app_state;
use crate::widgets::{ChoiceField, CodeSelect, DateField, EscoPicker, RegulatedNote, TextField};
use skillmap_profile::search::PackKind;

/// Schools, universities and training: level, field, where, when, and whether the
/// diploma is at hand and recognised.
#[component]
pub fn EducationPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let count = Memo::new(move |_| state.profile.with(|p| p.education.len()));
    let add = move |_| {
        let i = state
            .profile
            .try_update(|p| {
                p.education.push(Education::default());
                p.education.len() - 1
            })
            .unwrap_or(0);
        request_animation_frame(move || browser::focus(&format!("edu-{i}-level")));
    };
    view! {
        <PageHeading page=Page::Education intro=tr!(i18n, education.intro) />
        {move || (0..count.get()).map(|i| view! { <EducationItem index=i /> }).collect_view()}
        <button type="button" class="add" on:click=add>{tr!(i18n, education.add)}</button>
    }
}

#[component]
fn EducationItem(index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let id = format!("edu-{index}");
    let (level, set_level) = item_lens!(state, education[index], level);
    let (field, set_field) = item_lens!(state, education[index], field);
    let (eqf, set_eqf) = item_lens!(state, education[index], eqf);
    let (title, set_title) = item_lens!(state, education[index], title);
    let (institution, set_institution) = item_lens!(state, education[index], institution);
    let (start, set_start) = item_lens!(state, education[index], start);
    let (end, set_end) = item_lens!(state, education[index], end);
    let (completion, set_completion) = item_lens!(state, education[index], completion);
    let (diploma, set_diploma) = item_lens!(state, education[index], diploma);
    let (recognition, set_recognition) = item_lens!(state, education[index], recognition);
    let (occupation, occupation_text, set_occupation) =
        coded_lens!(state, education[index], occupation);
    let (country, set_country) = country_lens!(state, education[index]);
    let heading = Signal::derive(move || {
        let t = title.get();
        if !t.trim().is_empty() {
            t
        } else if let Some(l) = level.get() {
            IscedLevel::label(l, i18n).to_owned()
        } else {
            t_string!(i18n, education.item_title, n = index + 1).to_string()
        }
    });
    view! {
        <article class="card item" aria-label=move || heading.get()>
            <ItemHeader title=heading on_remove=remove_item!(state, education[index]) />
            <div class="grid-2">
                <ChoiceField id=format!("{id}-level") label=tr!(i18n, education.level) value=level on_change=set_level />
                <ChoiceField id=format!("{id}-field") label=tr!(i18n, education.field) value=field on_change=set_field />
            </div>
            <ChoiceField id=format!("{id}-eqf") label=tr!(i18n, education.eqf) value=eqf on_change=set_eqf />
            <TextField id=format!("{id}-title") label=tr!(i18n, education.title) value=title on_input=set_title />
            <div class="grid-2">
                <TextField id=format!("{id}-institution") label=tr!(i18n, education.institution) value=institution on_input=set_institution />
                <CodeSelect id=format!("{id}-country") label=tr!(i18n, common.country) kind=NameKind::Region value=country on_change=set_country />
            </div>
            <div class="grid-2">
                <DateField id=format!("{id}-start") label=tr!(i18n, common.start) value=start on_change=set_start path=format!("education[{index}].start") />
                <DateField id=format!("{id}-end") label=tr!(i18n, common.end) value=end on_change=set_end path=format!("education[{index}].end") />
            </div>
            <ChoiceField id=format!("{id}-completion") label=tr!(i18n, education.completion.label) value=completion on_change=set_completion />
            <div class="grid-2">
                <ChoiceField id=format!("{id}-diploma") label=tr!(i18n, education.diploma.label) value=diploma on_change=set_diploma />
                <ChoiceField id=format!("{id}-recognition") label=tr!(i18n, education.recognition.label) value=recognition on_change=set_recognition />
            </div>
            <EscoPicker id=format!("{id}-occupation") label=Signal::derive(move || t_string!(i18n, education.occupation).to_string())
                help=tr!(i18n, education.occupation_help) kind=PackKind::Occupations
                esco=occupation text=occupation_text on_change=set_occupation />
            <RegulatedNote occupation=occupation />
        </article>
    }
}
