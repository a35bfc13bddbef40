use leptos::prelude::*;
use skillmap_profile::{CefrLevel, LanguageCode, LanguageSkillArea, LearningContext};

use super::{ItemHeader, PageHeading};
use crate::browser;
use crate::i18n::*;
use crate::labels::{self, Labelled};
use crate::names::code_name;
use crate::names::NameKind;
use crate::route::Page;
use crate::state::use_app_state;
use crate::widgets::{CodeList, CodeSelect, FieldIssues};

/// Mother tongues, and every other language with a CEFR level per skill.
#[component]
pub fn LanguagesPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let mother_tongues = Signal::derive(move || {
        state.profile.with(|p| {
            p.languages
                .mother_tongues
                .iter()
                .map(|c| c.to_string())
                .collect()
        })
    });
    let count = Memo::new(move |_| state.profile.with(|p| p.languages.other.len()));
    let add = move |_| {
        let i = state.profile.try_update(|p| p.add_language()).unwrap_or(0);
        // Let the new row render, then take the person to its first question.
        request_animation_frame(move || browser::focus(&format!("lang-{i}-language")));
    };
    view! {
        <PageHeading page=Page::Languages intro=tr!(i18n, languages.intro) />
        <section class="card">
            <CodeList id="mother-tongues" label=tr!(i18n, languages.mother_tongues)
                add_label=tr!(i18n, languages.add_mother_tongue) kind=NameKind::Language values=mother_tongues
                on_add=Callback::new(move |c: String| {
                    if let Ok(code) = LanguageCode::new(&c) {
                        state.profile.update(|p| p.add_mother_tongue(code));
                    }
                })
                on_remove=Callback::new(move |i: usize| state.profile.update(|p| {
                    if i < p.languages.mother_tongues.len() {
                        p.languages.mother_tongues.remove(i);
                    }
                })) />
        </section>
        <section aria-labelledby="other-languages-heading">
            <h2 id="other-languages-heading">{tr!(i18n, languages.other_heading)}</h2>
            <p class="help">{tr!(i18n, languages.levels_help)}</p>
            {move || (0..count.get()).map(|i| view! { <LanguageItem index=i /> }).collect_view()}
            <button type="button" class="add" on:click=add>{tr!(i18n, languages.add)}</button>
        </section>
    }
}

/// One language: which, its CEFR grid, and where it was learned.
#[component]
fn LanguageItem(index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let id = format!("lang-{index}");
    let (language, set_language) = state.lens(
        move |p| {
            p.languages
                .other
                .get(index)
                .and_then(|l| l.language.as_ref().map(|c| c.to_string()))
        },
        move |p, v: Option<String>| {
            if let Some(l) = p.languages.other.get_mut(index) {
                l.language = v.and_then(|c| LanguageCode::new(&c).ok());
            }
        },
    );
    let title = Signal::derive(move || {
        let n = index + 1;
        match language.get() {
            Some(code) => code_name(i18n, NameKind::Language, &code),
            None => t_string!(i18n, languages.item_title, n = n).to_string(),
        }
    });
    let grid_id = format!("{id}-levels");
    let rows = LanguageSkillArea::ALL
        .into_iter()
        .map(|area| view! { <CefrRow index=index area=area /> })
        .collect_view();
    let learned = LearningContext::ALL
        .into_iter()
        .map(|ctx| {
            let box_id = format!("{id}-learned-{ctx:?}");
            let checked = move || {
                state.profile.with(|p| p.languages.other.get(index).is_some_and(|l| l.learned.contains(&ctx)))
            };
            let toggle = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                state.profile.update(|p| {
                    if let Some(l) = p.languages.other.get_mut(index) {
                        l.learned.retain(|c| *c != ctx);
                        if on {
                            l.learned.push(ctx);
                        }
                    }
                });
            };
            view! {
                <div class="checkbox">
                    <input type="checkbox" id=box_id.clone() prop:checked=checked on:change=toggle />
                    <label for=box_id>{move || ctx.label(i18n)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <article class="card item" aria-label=move || title.get()>
            <ItemHeader title=title on_remove=Callback::new(move |()| state.profile.update(|p| p.remove_language(index))) />
            <CodeSelect id=format!("{id}-language") label=tr!(i18n, languages.which) kind=NameKind::Language
                value=language on_change=set_language path=format!("languages.other[{index}].language")
                empty_label=tr!(i18n, common.choose) />
            <table class="cefr-grid">
                <caption>{tr!(i18n, languages.grid_caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr!(i18n, languages.skill)}</th>
                        <th scope="col">{tr!(i18n, languages.level)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <FieldIssues id=grid_id path=format!("languages.other[{index}].levels") />
            <fieldset class="checkboxes">
                <legend>{tr!(i18n, languages.learned.legend)}</legend>
                {learned}
            </fieldset>
        </article>
    }
}

/// One row of the CEFR grid: a skill and its level.
#[component]
fn CefrRow(index: usize, area: LanguageSkillArea) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let select_id = format!("lang-{index}-{area:?}").to_lowercase();
    let level = Signal::derive(move || {
        state.profile.with(|p| {
            p.languages
                .other
                .get(index)
                .and_then(|l| l.levels.level(area))
        })
    });
    let can_id = format!("{select_id}-can");
    let can = move || level.get().map(|l| labels::cefr_can(i18n, area, l));
    let change = move |ev: leptos::ev::Event| {
        let chosen = CefrLevel::from_code(&event_target_value(&ev));
        state.profile.update(|p| {
            if let Some(l) = p.languages.other.get_mut(index) {
                l.levels.set_level(area, chosen);
            }
        });
    };
    view! {
        <tr>
            <th scope="row"><label for=select_id.clone()>{move || labels::skill_area(i18n, area)}</label></th>
            <td>
                <select id=select_id aria-describedby=can_id.clone() on:change=change>
                    <option value="" prop:selected=move || level.get().is_none()>
                        {tr!(i18n, common.not_said)}
                    </option>
                    {CefrLevel::ALL
                        .into_iter()
                        .map(|l| {
                            view! {
                                <option value=l.code() prop:selected=move || level.get() == Some(l)>
                                    {move || l.label(i18n)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                // What the chosen level means, in plain words ("I can …").
                <p class="can" id=can_id>{can}</p>
            </td>
        </tr>
    }
}
