use leptos::prelude::*;
use skillmap_pdf::{Block, Section, Text};
use skillmap_profile::Severity;

use super::{page_title, PageHeading};
use crate::i18n::*;
use crate::labels;
use crate::reading::{block_is_empty, Part, Reader, Reading};
use crate::route::Page;
use crate::state::use_app_state;
use crate::taxonomy::use_taxonomy;
use crate::widgets::PdfDownload;

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
        {move || state.profile.with(|p| {
            let first = Reader { i18n: i18n.monolingual(), lang: None };
            match i18n.second() {
                None => column(&Reading::new(&[first], taxonomy, p).sections(&Part::ALL, false), 0, "").into_any(),
                // Side by side: the person's language and a counsellor's, coded answers in
                // each, free text as written.
                Some(second) => {
                    let (one, other) = (i18n.get_locale(), second.get_locale());
                    let readers = [first, Reader { i18n: second, lang: Some(other.as_str()) }];
                    let sections = Reading::new(&readers, taxonomy, p).sections(&Part::ALL, false);
                    view! {
                        <div class="side-by-side">
                            <div class="column" lang=one.as_str() dir=one.dir()>{column(&sections, 0, "")}</div>
                            <div class="column" lang=other.as_str() dir=other.dir()>{column(&sections, 1, "-2")}</div>
                        </div>
                    }
                    .into_any()
                }
            }
        })}
        <PdfDownload />
    }
}

/// Words in column `i`: the app's in that column's language, the person's as written.
fn shown(text: &Text, i: usize) -> AnyView {
    match text {
        Text::Each(_) => view! { <span dir="auto">{text.get(i).0.to_owned()}</span> }.into_any(),
        Text::Written { text, lang } => {
            view! { <span class="free" dir="auto" lang=lang.clone()>{text.clone()}</span> }
                .into_any()
        }
    }
}

/// The sections, read in column `i`'s language; `suffix` keeps element ids unique when two
/// columns stand side by side.
fn column(sections: &[Section], i: usize, suffix: &'static str) -> impl IntoView {
    sections
        .iter()
        .enumerate()
        .map(|(n, section)| {
            let id = format!("review-{n}{suffix}");
            let labelled_by = id.clone();
            let blocks = section
                .blocks
                .iter()
                .filter(|b| !block_is_empty(b) || matches!(b, Block::Subheading(_)))
                .map(|b| block(b, i))
                .collect_view();
            view! {
                <section class="card" aria-labelledby=labelled_by>
                    <h2 id=id>{section.heading.get(i).0.to_owned()}</h2>
                    {blocks}
                </section>
            }
        })
        .collect_view()
}

fn block(block: &Block, i: usize) -> AnyView {
    match block {
        Block::Fields(fields) => {
            let rows = fields
                .iter()
                .filter(|f| !f.value.is_empty())
                .map(|f| view! { <dt>{f.label.get(i).0.to_owned()}</dt><dd>{shown(&f.value, i)}</dd> })
                .collect_view();
            view! { <dl>{rows}</dl> }.into_any()
        }
        Block::Entry { title, lines } => {
            let lines = lines
                .iter()
                .filter(|l| !l.is_empty())
                .map(|l| view! { <p>{shown(l, i)}</p> })
                .collect_view();
            view! {
                <div class="entry">
                    <h3>{shown(title, i)}</h3>
                    {lines}
                </div>
            }
            .into_any()
        }
        Block::Table {
            caption,
            columns,
            rows,
        } => {
            let head = columns
                .iter()
                .map(|c| view! { <th scope="col">{c.get(i).0.to_owned()}</th> })
                .collect_view();
            let body = rows
                .iter()
                .map(|r| {
                    let cells = r
                        .iter()
                        .enumerate()
                        .map(|(k, c)| match k {
                            0 => view! { <th scope="row">{c.get(i).0.to_owned()}</th> }.into_any(),
                            _ => view! { <td>{c.get(i).0.to_owned()}</td> }.into_any(),
                        })
                        .collect_view();
                    view! { <tr>{cells}</tr> }
                })
                .collect_view();
            view! {
                <h3>{shown(caption, i)}</h3>
                <table class="cefr-grid">
                    <thead><tr>{head}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            }
            .into_any()
        }
        Block::Subheading(text) => view! { <h3>{shown(text, i)}</h3> }.into_any(),
    }
}
