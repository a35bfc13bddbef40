use leptos::prelude::*;
use skillmap_profile::{CefrGrid, LanguageSkillArea, PartialDate, Profile, Severity};

use super::{page_title, PageHeading};
use crate::browser;
use crate::i18n::*;
use crate::labels::{self, I18n, Labelled};
use crate::names::code_name;
use crate::names::NameKind;
use crate::route::Page;
use crate::state::use_app_state;
use crate::taxonomy::{use_taxonomy, TaxonomyState};

/// The step a finding's field belongs to.
fn page_of(path: &str) -> Page {
    let head = path.split(['.', '[']).next().unwrap_or_default();
    match head {
        "languages" => Page::Languages,
        "education" => Page::Education,
        "work" => Page::Work,
        "skills" => Page::Skills,
        "certificates" | "driving_licences" | "interests" | "volunteering" => Page::More,
        "goals" => Page::Goals,
        _ => Page::Personal,
    }
}

fn name_of(i18n: I18n, kind: NameKind, code: &str) -> String {
    code_name(i18n, kind, code)
}

/// A country's name, or nothing when not said.
fn country(i18n: I18n, code: Option<&skillmap_profile::CountryCode>) -> String {
    code.map(|c| name_of(i18n, NameKind::Region, c.as_str()))
        .unwrap_or_default()
}

/// Names of several codes, as a list in one line.
fn names_of<'a>(i18n: I18n, kind: NameKind, codes: impl Iterator<Item = &'a str>) -> String {
    codes
        .map(|c| name_of(i18n, kind, c))
        .collect::<Vec<_>>()
        .join(t_string!(i18n, common.list_separator))
}

/// One line of a summary; nothing when there is no answer.
/// The language free text was written in, for its `lang` (side by side, it is marked).
fn written(p: &Profile) -> Option<String> {
    p.written_in.as_ref().map(|c| c.as_str().to_owned())
}

fn row(label: &'static str, value: String) -> Option<impl IntoView> {
    (!value.is_empty()).then(|| view! { <dt>{label}</dt><dd dir="auto">{value}</dd> })
}

/// A year, or month and year, as the language writes dates (CLDR, by the browser).
fn date(i18n: I18n, d: PartialDate) -> String {
    browser::format_partial_date(i18n.get_locale().as_str(), d.year_part(), d.month_part())
}

fn period(i18n: I18n, start: Option<PartialDate>, end: Option<PartialDate>) -> String {
    match (start.map(|d| date(i18n, d)), end.map(|d| date(i18n, d))) {
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
    let taxonomy = use_taxonomy();
    let findings = move || {
        let issues = state.issues.get();
        if issues.is_empty() {
            return view! { <p class="ok">{tr!(i18n, review.no_findings)}</p> }.into_any();
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
            <h2 id="findings-heading">{tr!(i18n, review.findings)}</h2>
            {findings}
        </section>
        {move || state.profile.with(|p| match i18n.second() {
            None => summary(Reader { i18n, taxonomy, lang: None, suffix: "" }, p).into_any(),
            // Side by side: the person's language and a counsellor's, coded answers in each,
            // free text as written.
            Some(second) => {
                let (first, other) = (i18n.get_locale(), second.get_locale());
                view! {
                    <div class="side-by-side">
                        <div class="column" lang=first.as_str() dir=first.dir()>
                            {summary(Reader { i18n: i18n.monolingual(), taxonomy, lang: None, suffix: "" }, p)}
                        </div>
                        <div class="column" lang=other.as_str() dir=other.dir()>
                            {summary(Reader { i18n: second, taxonomy, lang: Some(other.as_str()), suffix: "-2" }, p)}
                        </div>
                    </div>
                }
                .into_any()
            }
        })}
    }
}

/// Coded answers (occupations, skills) in the UI language, free text as written.
fn coded_list<'a>(
    i18n: I18n,
    taxonomy: TaxonomyState,
    lang: Option<&str>,
    items: impl Iterator<Item = (Option<&'a skillmap_profile::EscoUri>, &'a str)>,
) -> String {
    items
        .map(|(esco, text)| taxonomy.label_in(lang, esco, text.trim()))
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(t_string!(i18n, common.list_separator))
}

/// Who reads a summary: the words' language, the taxonomy, the language of coded answers
/// (`None`: the UI language), and a suffix keeping element ids unique when two summaries
/// stand side by side.
#[derive(Clone, Copy)]
struct Reader {
    i18n: I18n,
    taxonomy: TaxonomyState,
    lang: Option<&'static str>,
    suffix: &'static str,
}

impl Reader {
    fn parts(self) -> (I18n, TaxonomyState, Option<&'static str>, &'static str) {
        (self.i18n, self.taxonomy, self.lang, self.suffix)
    }
}

/// The profile in one language.
fn summary(r: Reader, p: &Profile) -> impl IntoView {
    let (i18n, taxonomy, lang, suffix) = r.parts();
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
    let origin = country(i18n, personal.country_of_origin.as_ref());
    let nationalities = names_of(
        i18n,
        NameKind::Region,
        personal.nationalities.iter().map(|c| c.as_str()),
    );
    let mother = names_of(
        i18n,
        NameKind::Language,
        p.languages.mother_tongues.iter().map(|c| c.as_str()),
    );
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
            let level = [e.level.map(|l| l.label(i18n)), e.eqf.map(|l| l.label(i18n))]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(t_string!(i18n, common.list_separator));
            let country = country(i18n, e.country.as_ref());
            let prepares_for =
                taxonomy.label_in(lang, e.occupation.esco.as_ref(), &e.occupation.text);
            view! {
                <li>
                    <strong class="free" dir="auto" lang=written(p)>{e.title.clone()}</strong>
                    " " <span>{level}</span>
                    <br />
                    <span class="free" dir="auto" lang=written(p)>{e.institution.clone()}</span> " " <span>{country}</span>
                    " " <bdi>{period(i18n, e.start, e.end)}</bdi>
                    {(!prepares_for.is_empty()).then(|| view! {
                        <br />
                        <span>{t_string!(i18n, education.occupation)}</span> " "
                        <bdi>{prepares_for}</bdi>
                    })}
                </li>
            }
        })
        .collect_view();
    let work = p
        .work
        .iter()
        .map(|w| {
            let country = country(i18n, w.country.as_ref());
            let used = coded_list(i18n, taxonomy, lang,
                w.skills_used.iter().map(|s| (s.esco.as_ref(), s.text.as_str())),
            );
            view! {
                <li>
                    <strong dir="auto">{taxonomy.label_in(lang, w.occupation.esco.as_ref(), &w.occupation.text)}</strong>
                    <br />
                    <span class="free" dir="auto" lang=written(p)>{w.employer.clone()}</span> " " <span>{country}</span>
                    " " <bdi>{period(i18n, w.start, w.end)}</bdi>
                    {(!used.is_empty()).then(|| view! {
                        <br />
                        <span>{t_string!(i18n, work.skills_used)}</span> ": "
                        <span dir="auto">{used}</span>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby=format!("review-personal{suffix}")>
            <h2 id=format!("review-personal{suffix}")>{t_string!(i18n, nav.personal)}</h2>
            <dl>
                {row(t_string!(i18n, review.name), own_name)}
                {row(t_string!(i18n, review.latin_name), latin_name)}
                {row(t_string!(i18n, personal.birth_year), personal.birth_year.map(|y| y.to_string()).unwrap_or_default())}
                {row(t_string!(i18n, personal.country_of_origin), origin)}
                {row(t_string!(i18n, personal.nationalities), nationalities)}
                {row(t_string!(i18n, personal.arrival), personal.arrival.map(|d| date(i18n, d)).unwrap_or_default())}
            </dl>
        </section>
        <section class="card" aria-labelledby=format!("review-languages{suffix}")>
            <h2 id=format!("review-languages{suffix}")>{t_string!(i18n, nav.languages)}</h2>
            <dl>{row(t_string!(i18n, languages.mother_tongues), mother)}</dl>
            {languages}
        </section>
        <section class="card" aria-labelledby=format!("review-education{suffix}")>
            <h2 id=format!("review-education{suffix}")>{t_string!(i18n, nav.education)}</h2>
            <ul class="plain">{education}</ul>
        </section>
        <section class="card" aria-labelledby=format!("review-work{suffix}")>
            <h2 id=format!("review-work{suffix}")>{t_string!(i18n, nav.work)}</h2>
            <ul class="plain">{work}</ul>
        </section>
        {skills(r, p)}
        {more(i18n, suffix, p)}
        {goals(r, p)}
    }
}

fn join_labels<T: Labelled>(i18n: I18n, items: &[T]) -> String {
    items
        .iter()
        .map(|i| i.label(i18n))
        .collect::<Vec<_>>()
        .join(t_string!(i18n, common.list_separator))
}

fn yes_no(i18n: I18n, answer: Option<bool>) -> String {
    match answer {
        Some(true) => t_string!(i18n, common.yes).to_owned(),
        Some(false) => t_string!(i18n, common.no).to_owned(),
        None => String::new(),
    }
}

fn skills(r: Reader, p: &Profile) -> impl IntoView {
    let (i18n, taxonomy, lang, suffix) = r.parts();
    let texts = |list: &[skillmap_profile::SkillRef]| {
        coded_list(
            i18n,
            taxonomy,
            lang,
            list.iter().map(|s| (s.esco.as_ref(), s.text.as_str())),
        )
    };
    let d = &p.skills.digital;
    let level = |l: Option<skillmap_profile::DigCompLevel>| {
        l.map(|l| l.label(i18n).to_owned()).unwrap_or_default()
    };
    let competences = d
        .competences
        .iter()
        .map(|r| {
            view! {
                <dt>{labels::digcomp_name(i18n, r.competence)}</dt>
                <dd>{r.level.label(i18n)}</dd>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby=format!("review-skills{suffix}")>
            <h2 id=format!("review-skills{suffix}")>{t_string!(i18n, nav.skills)}</h2>
            <dl>
                {row(t_string!(i18n, skills.occupational), texts(&p.skills.occupational))}
                {row(t_string!(i18n, skills.soft), texts(&p.skills.soft))}
                {row(t_string!(i18n, skills.digital.information), level(d.information))}
                {row(t_string!(i18n, skills.digital.communication), level(d.communication))}
                {row(t_string!(i18n, skills.digital.content_creation), level(d.content_creation))}
                {row(t_string!(i18n, skills.digital.safety), level(d.safety))}
                {row(t_string!(i18n, skills.digital.problem_solving), level(d.problem_solving))}
                {competences}
            </dl>
        </section>
    }
}

fn more(i18n: I18n, suffix: &'static str, p: &Profile) -> impl IntoView {
    let licences = p
        .driving_licences
        .iter()
        .map(|l| l.category.code())
        .collect::<Vec<_>>()
        .join(t_string!(i18n, common.list_separator));
    let certificates = p
        .certificates
        .iter()
        .map(|c| {
            view! {
                <li>
                    <strong class="free" dir="auto" lang=written(p)>{c.title.clone()}</strong> " "
                    <span class="free" dir="auto" lang=written(p)>{c.issuer.clone()}</span> " "
                    <bdi>{c.date.map(|d| date(i18n, d)).unwrap_or_default()}</bdi>
                </li>
            }
        })
        .collect_view();
    let volunteering = p
        .volunteering
        .iter()
        .map(|v| {
            view! {
                <li>
                    <strong class="free" dir="auto" lang=written(p)>{v.role.clone()}</strong> " "
                    <span class="free" dir="auto" lang=written(p)>{v.organisation.clone()}</span> " "
                    <bdi>{period(i18n, v.start, v.end)}</bdi>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby=format!("review-more{suffix}")>
            <h2 id=format!("review-more{suffix}")>{t_string!(i18n, nav.more)}</h2>
            <dl>
                {row(t_string!(i18n, skills.driving.heading), licences)}
                {row(t_string!(i18n, skills.interests), p.interests.clone())}
            </dl>
            <h3>{t_string!(i18n, skills.certificates.heading)}</h3>
            <ul class="plain">{certificates}</ul>
            <h3>{t_string!(i18n, more.volunteering.heading)}</h3>
            <ul class="plain">{volunteering}</ul>
        </section>
    }
}

fn goals(r: Reader, p: &Profile) -> impl IntoView {
    let (i18n, taxonomy, lang, suffix) = r.parts();
    let g = &p.goals;
    let targets = coded_list(
        i18n,
        taxonomy,
        lang,
        g.target_occupations
            .iter()
            .map(|o| (o.esco.as_ref(), o.text.as_str())),
    );
    view! {
        <section class="card" aria-labelledby=format!("review-goals{suffix}")>
            <h2 id=format!("review-goals{suffix}")>{t_string!(i18n, nav.goals)}</h2>
            <dl>
                {row(t_string!(i18n, goals.wants), join_labels(i18n, &g.wants))}
                {row(t_string!(i18n, goals.targets.heading), targets)}
                {row(t_string!(i18n, goals.hours.label), g.hours.map(|h| h.label(i18n).to_owned()).unwrap_or_default())}
                {row(t_string!(i18n, goals.care_duties), yes_no(i18n, g.care_duties))}
                {row(t_string!(i18n, goals.can_travel), yes_no(i18n, g.can_travel))}
                {row(t_string!(i18n, goals.can_relocate), yes_no(i18n, g.can_relocate))}
                {row(t_string!(i18n, goals.notes), g.notes.clone())}
            </dl>
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
