use leptos::prelude::*;
use skillmap_profile::{CefrGrid, LanguageSkillArea, PartialDate, Profile, Severity};

use super::{page_title, PageHeading};
use crate::browser::NameKind;
use crate::i18n::*;
use crate::labels::{self, I18n, Labelled};
use crate::route::Page;
use crate::state::use_app_state;
use crate::widgets::code_names;

/// The step a finding's field belongs to.
fn page_of(path: &str) -> Page {
    let head = path.split(['.', '[']).next().unwrap_or_default();
    match head {
        "languages" => Page::Languages,
        "education" => Page::Education,
        "work" => Page::Work,
        "skills" | "certificates" | "driving_licences" | "interests" => Page::Skills,
        "goals" => Page::Goals,
        _ => Page::Personal,
    }
}

fn name_of(i18n: I18n, kind: NameKind, code: &str) -> String {
    code_names(i18n.get_locale(), kind)
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, n)| n.clone())
        .unwrap_or_else(|| code.to_owned())
}

fn period(start: Option<PartialDate>, end: Option<PartialDate>) -> String {
    match (start, end) {
        (Some(s), Some(e)) => format!("{s} – {e}"),
        (Some(s), None) => format!("{s} –"),
        (None, Some(e)) => format!("– {e}"),
        (None, None) => String::new(),
    }
}

/// The whole profile on one page, and what is left to look at.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let findings = move || {
        let issues = state.issues.get();
        if issues.is_empty() {
            return view! { <p class="ok">{move || t_string!(i18n, review.no_findings)}</p> }
                .into_any();
        }
        let items = issues
            .into_iter()
            .map(|issue| {
                let page = page_of(issue.field.as_str());
                let class = match issue.kind.severity() {
                    Severity::Error => "issue-error",
                    Severity::Hint => "issue-hint",
                };
                view! {
                    <li class=class>
                        <a href=page.href()>{move || page_title(i18n, page)}</a>
                        ": "
                        {move || labels::issue(i18n, issue.kind)}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="findings">{items}</ul> }.into_any()
    };
    view! {
        <PageHeading page=Page::Review intro=tr!(i18n, review.intro) />
        <section class="card" aria-labelledby="findings-heading">
            <h2 id="findings-heading">{move || t_string!(i18n, review.findings)}</h2>
            {findings}
        </section>
        {move || state.profile.with(|p| summary(i18n, p))}
    }
}

fn summary(i18n: I18n, p: &Profile) -> impl IntoView {
    let personal = &p.personal;
    let own_name = format!("{} {}", personal.given_names, personal.family_name)
        .trim()
        .to_owned();
    let latin_name = format!(
        "{} {}",
        personal.given_names_latin, personal.family_name_latin
    )
    .trim()
    .to_owned();
    let origin = personal
        .country_of_origin
        .as_ref()
        .map(|c| name_of(i18n, NameKind::Region, c.as_str()));
    let nationalities = personal
        .nationalities
        .iter()
        .map(|c| name_of(i18n, NameKind::Region, c.as_str()))
        .collect::<Vec<_>>()
        .join(", ");
    let mother = p
        .languages
        .mother_tongues
        .iter()
        .map(|c| name_of(i18n, NameKind::Language, c.as_str()))
        .collect::<Vec<_>>()
        .join(", ");
    let row = |label: &'static str, value: String| {
        (!value.is_empty()).then(|| view! { <dt>{label}</dt><dd dir="auto">{value}</dd> })
    };
    let languages = p
        .languages
        .other
        .iter()
        .map(|l| {
            let name = l
                .language
                .as_ref()
                .map(|c| name_of(i18n, NameKind::Language, c.as_str()))
                .unwrap_or_default();
            view! {
                <h3>{name}</h3>
                {grid(i18n, &l.levels)}
            }
        })
        .collect_view();
    let education = p
        .education
        .iter()
        .map(|e| {
            let level = e.level.map(|l| l.label(i18n)).unwrap_or_default();
            let country = e
                .country
                .as_ref()
                .map(|c| name_of(i18n, NameKind::Region, c.as_str()))
                .unwrap_or_default();
            view! {
                <li>
                    <strong dir="auto">{e.title.clone()}</strong>
                    " " <span>{level}</span>
                    <br />
                    <span dir="auto">{e.institution.clone()}</span> " " <span>{country}</span>
                    " " <bdi>{period(e.start, e.end)}</bdi>
                </li>
            }
        })
        .collect_view();
    let work = p
        .work
        .iter()
        .map(|w| {
            let country = w
                .country
                .as_ref()
                .map(|c| name_of(i18n, NameKind::Region, c.as_str()))
                .unwrap_or_default();
            view! {
                <li>
                    <strong dir="auto">{w.occupation.text.clone()}</strong>
                    <br />
                    <span dir="auto">{w.employer.clone()}</span> " " <span>{country}</span>
                    " " <bdi>{period(w.start, w.end)}</bdi>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="review-personal">
            <h2 id="review-personal">{t_string!(i18n, nav.personal)}</h2>
            <dl>
                {row(t_string!(i18n, review.name), own_name)}
                {row(t_string!(i18n, review.latin_name), latin_name)}
                {row(t_string!(i18n, personal.birth_year), personal.birth_year.map(|y| y.to_string()).unwrap_or_default())}
                {row(t_string!(i18n, personal.country_of_origin), origin.unwrap_or_default())}
                {row(t_string!(i18n, personal.nationalities), nationalities)}
                {row(t_string!(i18n, personal.arrival), personal.arrival.map(|d| d.to_string()).unwrap_or_default())}
            </dl>
        </section>
        <section class="card" aria-labelledby="review-languages">
            <h2 id="review-languages">{t_string!(i18n, nav.languages)}</h2>
            <dl>{row(t_string!(i18n, languages.mother_tongues), mother)}</dl>
            {languages}
        </section>
        <section class="card" aria-labelledby="review-education">
            <h2 id="review-education">{t_string!(i18n, nav.education)}</h2>
            <ul class="plain">{education}</ul>
        </section>
        <section class="card" aria-labelledby="review-work">
            <h2 id="review-work">{t_string!(i18n, nav.work)}</h2>
            <ul class="plain">{work}</ul>
        </section>
    }
}

fn grid(i18n: I18n, levels: &CefrGrid) -> impl IntoView {
    let rows = LanguageSkillArea::ALL
        .into_iter()
        .map(|a| {
            let level = levels.level(a).map(|l| l.label(i18n)).unwrap_or("–");
            view! { <tr><th scope="row">{labels::skill_area(i18n, a)}</th><td>{level}</td></tr> }
        })
        .collect_view();
    view! {
        <table class="cefr-grid">
            <thead>
                <tr>
                    <th scope="col">{t_string!(i18n, languages.skill)}</th>
                    <th scope="col">{t_string!(i18n, languages.level)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
