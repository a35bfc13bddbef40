use leptos::prelude::*;
use skillmap_profile::{Certificate, DrivingCategory, DrivingLicence, Volunteering};

use super::{item_heading, ItemHeader, PageHeading};
use crate::i18n::*;
use crate::labels;
use crate::names::NameKind;
use crate::route::Page;
use crate::state::use_app_state;
use crate::widgets::{CodeSelect, DateField, TextField};

/// Driving licences, certificates and courses, volunteering, interests.
#[component]
pub fn MorePage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let (interests, set_interests) = lens!(state, interests);
    let certificates = Memo::new(move |_| state.profile.with(|p| p.certificates.len()));
    let volunteering = Memo::new(move |_| state.profile.with(|p| p.volunteering.len()));
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
    let add = |focus: &'static str, push: fn(&mut skillmap_profile::Profile) -> usize| {
        move |_| {
            if let Some(i) = state.profile.try_update(push) {
                request_animation_frame(move || {
                    crate::browser::focus(&format!("{focus}-{i}-title"))
                });
            }
        }
    };
    view! {
        <PageHeading page=Page::More intro=tr!(i18n, more.intro) />
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
                on:click=add("cert", |p| { p.certificates.push(Certificate::default()); p.certificates.len() - 1 })>
                {tr!(i18n, skills.certificates.add)}
            </button>
        </section>
        <section aria-labelledby="volunteering-heading">
            <h2 id="volunteering-heading">{tr!(i18n, more.volunteering.heading)}</h2>
            <p class="help">{tr!(i18n, more.volunteering.help)}</p>
            {move || (0..volunteering.get()).map(|i| view! { <VolunteeringItem index=i /> }).collect_view()}
            <button type="button" class="add"
                on:click=add("volunteer", |p| { p.volunteering.push(Volunteering::default()); p.volunteering.len() - 1 })>
                {tr!(i18n, more.volunteering.add)}
            </button>
        </section>
        <section class="card">
            <TextField id="interests" label=tr!(i18n, skills.interests) value=interests on_input=set_interests multiline=true />
        </section>
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
    let (country, set_country) = country_lens!(state, certificates[index]);
    let heading = item_heading(title, move || {
        t_string!(i18n, skills.certificates.item_title, n = index + 1).to_string()
    });
    view! {
        <article class="card item" aria-label=move || heading.get()>
            <ItemHeader title=heading on_remove=remove_item!(state, certificates[index]) />
            <div class="grid-2">
                <TextField id=format!("{id}-title") label=tr!(i18n, skills.certificates.title) value=title on_input=set_title />
                <TextField id=format!("{id}-issuer") label=tr!(i18n, skills.certificates.issuer) value=issuer on_input=set_issuer />
            </div>
            <div class="grid-2">
                <CodeSelect id=format!("{id}-country") label=tr!(i18n, common.country) kind=NameKind::Region value=country on_change=set_country />
                <DateField id=format!("{id}-date") label=tr!(i18n, skills.certificates.date) value=date on_change=set_date path=format!("certificates[{index}].date") />
            </div>
        </article>
    }
}

#[component]
fn VolunteeringItem(index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let id = format!("volunteer-{index}");
    let (role, set_role) = item_lens!(state, volunteering[index], role);
    let (organisation, set_organisation) = item_lens!(state, volunteering[index], organisation);
    let (start, set_start) = item_lens!(state, volunteering[index], start);
    let (end, set_end) = item_lens!(state, volunteering[index], end);
    let (description, set_description) = item_lens!(state, volunteering[index], description);
    let (country, set_country) = country_lens!(state, volunteering[index]);
    let heading = item_heading(role, move || {
        t_string!(i18n, more.volunteering.item_title, n = index + 1).to_string()
    });
    view! {
        <article class="card item" aria-label=move || heading.get()>
            <ItemHeader title=heading on_remove=remove_item!(state, volunteering[index]) />
            <div class="grid-2">
                <TextField id=format!("{id}-title") label=tr!(i18n, more.volunteering.role) value=role on_input=set_role />
                <TextField id=format!("{id}-organisation") label=tr!(i18n, more.volunteering.organisation) value=organisation on_input=set_organisation />
            </div>
            <CodeSelect id=format!("{id}-country") label=tr!(i18n, common.country) kind=NameKind::Region value=country on_change=set_country />
            <div class="grid-2">
                <DateField id=format!("{id}-start") label=tr!(i18n, common.start) value=start on_change=set_start path=format!("volunteering[{index}].start") />
                <DateField id=format!("{id}-end") label=tr!(i18n, common.end) value=end on_change=set_end path=format!("volunteering[{index}].end") />
            </div>
            <TextField id=format!("{id}-description") label=tr!(i18n, more.volunteering.description) value=description on_input=set_description multiline=true />
        </article>
    }
}
