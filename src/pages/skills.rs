use leptos::prelude::*;
use skillmap_profile::{Certificate, DrivingCategory, DrivingLicence, Profile, SkillRef};

use super::{ItemHeader, PageHeading};
use crate::i18n::*;
use crate::labels;
use crate::route::Page;
use crate::state::use_app_state;
use crate::widgets::{ChoiceField, DateField, TextField};

/// Skills in the person's words, a DigComp self-rating, driving licences, certificates
/// and interests.
#[component]
pub fn SkillsPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let (information, set_information) = lens!(state, skills.digital.information);
    let (communication, set_communication) = lens!(state, skills.digital.communication);
    let (content, set_content) = lens!(state, skills.digital.content_creation);
    let (safety, set_safety) = lens!(state, skills.digital.safety);
    let (problems, set_problems) = lens!(state, skills.digital.problem_solving);
    let (interests, set_interests) = lens!(state, interests);
    let certificates = Memo::new(move |_| state.profile.with(|p| p.certificates.len()));
    let licences = DrivingCategory::ALL
        .into_iter()
        .map(|c| {
            let box_id = format!("licence-{}", c.code());
            let held = move || {
                state
                    .profile
                    .with(|p| p.driving_licences.iter().any(|l| l.category == c))
            };
            let toggle = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                state.profile.update(|p| {
                    p.driving_licences.retain(|l| l.category != c);
                    if on {
                        p.driving_licences.push(DrivingLicence {
                            category: c,
                            issued_in: None,
                        });
                    }
                });
            };
            view! {
                <div class="checkbox">
                    <input type="checkbox" id=box_id.clone() prop:checked=held on:change=toggle />
                    <label for=box_id>
                        <bdi class="code">{c.code()}</bdi>
                        " "
                        <span class="muted">{move || labels::driving_category(i18n, c)}</span>
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <PageHeading page=Page::Skills intro=tr!(i18n, skills.intro) />
        <section class="card" aria-labelledby="occupational-heading">
            <h2 id="occupational-heading">{tr!(i18n, skills.occupational)}</h2>
            <SkillTextList id="occupational" list=|p| &p.skills.occupational list_mut=|p| &mut p.skills.occupational />
        </section>
        <section class="card" aria-labelledby="soft-heading">
            <h2 id="soft-heading">{tr!(i18n, skills.soft)}</h2>
            <SkillTextList id="soft" list=|p| &p.skills.soft list_mut=|p| &mut p.skills.soft />
        </section>
        <section class="card" aria-labelledby="digital-heading">
            <h2 id="digital-heading">{tr!(i18n, skills.digital.heading)}</h2>
            <p class="help">{tr!(i18n, skills.digital.help)}</p>
            <ChoiceField id="digital-information" label=tr!(i18n, skills.digital.information) value=information on_change=set_information />
            <ChoiceField id="digital-communication" label=tr!(i18n, skills.digital.communication) value=communication on_change=set_communication />
            <ChoiceField id="digital-content" label=tr!(i18n, skills.digital.content_creation) value=content on_change=set_content />
            <ChoiceField id="digital-safety" label=tr!(i18n, skills.digital.safety) value=safety on_change=set_safety />
            <ChoiceField id="digital-problems" label=tr!(i18n, skills.digital.problem_solving) value=problems on_change=set_problems />
        </section>
        <section class="card" aria-labelledby="driving-heading">
            <fieldset class="checkboxes">
                <legend id="driving-heading">{tr!(i18n, skills.driving.heading)}</legend>
                {licences}
            </fieldset>
        </section>
        <section aria-labelledby="certificates-heading">
            <h2 id="certificates-heading">{tr!(i18n, skills.certificates.heading)}</h2>
            {move || (0..certificates.get()).map(|i| view! { <CertificateItem index=i /> }).collect_view()}
            <button type="button" class="add"
                on:click=move |_| state.profile.update(|p| p.certificates.push(Certificate::default()))>
                {tr!(i18n, skills.certificates.add)}
            </button>
        </section>
        <section class="card">
            <TextField id="interests" label=tr!(i18n, skills.interests) value=interests on_input=set_interests multiline=true />
        </section>
    }
}

/// A list of skills in the person's own words, one text box each.
#[component]
fn SkillTextList(
    /// Unique id prefix.
    id: &'static str,
    /// Reads the list from the profile.
    list: fn(&Profile) -> &Vec<SkillRef>,
    /// Writes the list in the profile.
    list_mut: fn(&mut Profile) -> &mut Vec<SkillRef>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let count = Memo::new(move |_| state.profile.with(|p| list(p).len()));
    let rows = move || {
        (0..count.get())
            .map(|i| {
                let input_id = format!("{id}-{i}");
                let (text, set_text) = state.lens(
                    move |p| list(p).get(i).map(|s| s.text.clone()).unwrap_or_default(),
                    move |p, v| {
                        if let Some(s) = list_mut(p).get_mut(i) {
                            s.text = v;
                        }
                    },
                );
                view! {
                    <li class="text-row">
                        <label class="visually-hidden" for=input_id.clone()>
                            {move || t_string!(i18n, skills.skill_n, n = (i + 1).to_string()).to_string()}
                        </label>
                        <input id=input_id type="text" dir="auto" autocomplete="off"
                            prop:value=move || text.get()
                            on:input=move |ev| set_text.run(event_target_value(&ev)) />
                        <button type="button" class="secondary small"
                            aria-label=move || t_string!(i18n, common.remove_named, name = text.get()).to_string()
                            on:click=move |_| state.profile.update(|p| {
                                let l = list_mut(p);
                                if i < l.len() {
                                    l.remove(i);
                                }
                            })>
                            {tr!(i18n, common.remove)}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <ul class="text-list">{rows}</ul>
        <button type="button" class="add secondary"
            on:click=move |_| {
                let i = state.profile.try_update(|p| {
                    list_mut(p).push(SkillRef::default());
                    list(p).len() - 1
                }).unwrap_or(0);
                request_animation_frame(move || crate::browser::focus(&format!("{id}-{i}")));
            }>
            {tr!(i18n, skills.add_skill)}
        </button>
    }
}

#[component]
fn CertificateItem(index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let id = format!("cert-{index}");
    let (title, set_title) = item_lens!(state, certificates[index], title);
    let (issuer, set_issuer) = item_lens!(state, certificates[index], issuer);
    let (date, set_date) = item_lens!(state, certificates[index], date);
    let heading = Signal::derive(move || {
        let t = title.get();
        if t.trim().is_empty() {
            t_string!(
                i18n,
                skills.certificates.item_title,
                n = (index + 1).to_string()
            )
            .to_string()
        } else {
            t
        }
    });
    view! {
        <article class="card item" aria-label=move || heading.get()>
            <ItemHeader title=heading on_remove=Callback::new(move |()| state.profile.update(|p| {
                if index < p.certificates.len() {
                    p.certificates.remove(index);
                }
            })) />
            <div class="grid-2">
                <TextField id=format!("{id}-title") label=tr!(i18n, skills.certificates.title) value=title on_input=set_title />
                <TextField id=format!("{id}-issuer") label=tr!(i18n, skills.certificates.issuer) value=issuer on_input=set_issuer />
            </div>
            <DateField id=format!("{id}-date") label=tr!(i18n, skills.certificates.date) value=date on_change=set_date path=format!("certificates[{index}].date") />
        </article>
    }
}
