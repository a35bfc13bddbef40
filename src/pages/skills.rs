use leptos::prelude::*;
use skillmap_profile::{DigCompArea, DigCompCompetence, DigCompLevel, Profile};

use super::PageHeading;
use crate::i18n::*;
use crate::labels;
use crate::route::Page;
use crate::state::use_app_state;
use crate::widgets::{ChoiceField, CodedList, CodedListAt};

/// Skills for work and personal skills (found in ESCO as the person types, or in their own
/// words), and a DigComp 2.2 self-rating: one level per area, and per competence for
/// those who want to say more.
#[component]
pub fn SkillsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading page=Page::Skills intro=tr!(i18n, skills.intro) />
        <section class="card" aria-labelledby="occupational-heading">
            <h2 id="occupational-heading">{tr!(i18n, skills.occupational)}</h2>
            <p class="help">{tr!(i18n, skills.occupational_help)}</p>
            <CodedList at=CodedListAt::Occupational />
        </section>
        <section class="card" aria-labelledby="soft-heading">
            <h2 id="soft-heading">{tr!(i18n, skills.soft)}</h2>
            <p class="help">{tr!(i18n, skills.soft_help)}</p>
            <CodedList at=CodedListAt::Soft />
        </section>
        <section class="card" aria-labelledby="digital-heading">
            <h2 id="digital-heading">{tr!(i18n, skills.digital.heading)}</h2>
            <p class="help">{tr!(i18n, skills.digital.help)}</p>
            <details class="levels-help">
                <summary>{tr!(i18n, skills.digital.levels_summary)}</summary>
                <dl>
                    {DigCompLevel::ALL.into_iter().map(|l| view! {
                        <dt>{move || labels::Labelled::label(l, i18n)}</dt>
                        <dd>{move || labels::digcomp_level_help(i18n, l)}</dd>
                    }).collect_view()}
                </dl>
            </details>
            {DigCompArea::ALL.into_iter().map(|area| view! { <DigCompAreaRating area=area /> }).collect_view()}
        </section>
    }
}

fn area_level(p: &Profile, area: DigCompArea) -> Option<DigCompLevel> {
    let d = &p.skills.digital;
    match area {
        DigCompArea::Information => d.information,
        DigCompArea::Communication => d.communication,
        DigCompArea::ContentCreation => d.content_creation,
        DigCompArea::Safety => d.safety,
        DigCompArea::ProblemSolving => d.problem_solving,
    }
}

fn set_area_level(p: &mut Profile, area: DigCompArea, level: Option<DigCompLevel>) {
    let d = &mut p.skills.digital;
    match area {
        DigCompArea::Information => d.information = level,
        DigCompArea::Communication => d.communication = level,
        DigCompArea::ContentCreation => d.content_creation = level,
        DigCompArea::Safety => d.safety = level,
        DigCompArea::ProblemSolving => d.problem_solving = level,
    }
}

/// One DigComp area: a level for the whole area, and its competences behind a disclosure.
#[component]
fn DigCompAreaRating(area: DigCompArea) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let slug = format!("{area:?}").to_lowercase();
    let (level, set_level) = state.lens(
        move |p| area_level(p, area),
        move |p, v| set_area_level(p, area, v),
    );
    let rated = Memo::new(move |_| {
        state.profile.with(|p| {
            area.competences()
                .filter(|c| p.skills.digital.competence(*c).is_some())
                .count()
        })
    });
    let competences = area
        .competences()
        .map(|c| view! { <CompetenceRating competence=c /> })
        .collect_view();
    view! {
        <div class="digcomp-area">
            <ChoiceField id=format!("digital-{slug}") label=Signal::derive(move || labels::digcomp_area(i18n, area))
                value=level on_change=set_level />
            // Open when some competence is rated, so a returning person sees their answers.
            <details class="competences" prop:open=move || rated.get() > 0>
                <summary>{tr!(i18n, skills.digital.more_detail)}</summary>
                {competences}
            </details>
        </div>
    }
}

#[component]
fn CompetenceRating(competence: DigCompCompetence) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let (level, set_level) = state.lens(
        move |p| p.skills.digital.competence(competence),
        move |p, v| p.skills.digital.set_competence(competence, v),
    );
    let id = format!("digcomp-{}", competence.number().replace('.', "-"));
    let example_id = format!("{id}-example");
    view! {
        <div class="competence">
            <ChoiceField id=id label=Signal::derive(move || labels::digcomp_name(i18n, competence))
                value=level on_change=set_level />
            <p class="help" id=example_id>{move || labels::digcomp_example(i18n, competence)}</p>
        </div>
    }
}
