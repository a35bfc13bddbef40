use leptos::prelude::*;
use skillmap_pdf::{Arrangement, Attachment, Document, Language, Paper, Text};
use skillmap_profile::{encode, file::CURRENT_VERSION, Profile};

use crate::browser::{self, PdfFailure};
use crate::i18n::*;
use crate::reading::{has_codes, Part, Reader, Reading};
use crate::state::{use_app_state, Notice};
use crate::taxonomy::{use_taxonomy, TaxonomyState, TaxonomyStatus};
use crate::widgets::endonym;

/// How the PDF's languages are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Languages {
    /// The UI language only.
    One,
    /// With the second language, in two columns.
    SideBySide,
    /// With the second language, after the first.
    OneAfterAnother,
}

/// What the person chose for the PDF.
#[derive(Debug, Clone)]
struct Options {
    parts: Vec<Part>,
    languages: Languages,
    paper: Paper,
}

/// The PDF's document: the reading of `profile` in each language, its words, and the
/// profile file it carries (without the parts left out).
fn document(
    i18n: I18n,
    second: Option<I18n>,
    taxonomy: TaxonomyState,
    profile: &Profile,
    options: &Options,
) -> Document {
    let first = i18n.monolingual();
    let second = second.filter(|_| options.languages != Languages::One);
    let mut readers = vec![Reader {
        i18n: first,
        lang: None,
    }];
    if let Some(s) = second {
        readers.push(Reader {
            i18n: s,
            lang: Some(s.get_locale_untracked().as_str()),
        });
    }
    let mut shown = profile.clone();
    for part in Part::ALL.iter().filter(|p| !options.parts.contains(p)) {
        part.remove(&mut shown);
    }
    let sections = Reading::new(&readers, taxonomy, &shown).sections(&options.parts, true);
    let each = |f: &dyn Fn(I18n) -> String| Text::Each(readers.iter().map(|r| f(r.i18n)).collect());
    let name = if options.parts.contains(&Part::Personal) {
        let p = &shown.personal;
        format!("{} {}", p.given_names.trim(), p.family_name.trim())
            .trim()
            .to_owned()
    } else {
        String::new()
    };
    Document {
        languages: readers
            .iter()
            .map(|r| {
                let l = r.i18n.get_locale_untracked();
                Language {
                    code: l.as_str().to_owned(),
                    rtl: l.is_rtl(),
                }
            })
            .collect(),
        arrangement: match options.languages {
            Languages::OneAfterAnother => Arrangement::OneAfterAnother,
            _ => Arrangement::SideBySide,
        },
        paper: options.paper,
        title: each(&|i| t_string!(i, pdf.title).to_owned()),
        name,
        made: each(&|i| {
            let date = browser::format_today(i.get_locale_untracked().as_str());
            t_string!(
                i,
                pdf.made_line,
                date = date,
                version = CURRENT_VERSION as u32
            )
            .to_string()
        }),
        page_of: each(&|i| t_string!(i, pdf.page_of).to_owned()),
        sections,
        attachment: Some(Attachment {
            name: "skillmap-profile.json".to_owned(),
            description: t_string!(first, pdf.attachment).to_owned(),
            json: encode(&shown),
        }),
    }
}

/// Letter where the browser's region uses it (US, Canada…), A4 elsewhere.
fn default_paper() -> Paper {
    let letter = ["US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR"];
    let region = browser::preferred_languages()
        .first()
        .and_then(|l| l.rsplit('-').next().map(str::to_ascii_uppercase))
        .unwrap_or_default();
    if letter.contains(&region.as_str()) {
        Paper::Letter
    } else {
        Paper::A4
    }
}

/// Options and the button that make a PDF of the profile, on the device.
#[component]
pub fn PdfDownload() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let taxonomy = use_taxonomy();
    let parts = RwSignal::new(Part::ALL.to_vec());
    let languages = RwSignal::new(Languages::SideBySide);
    let paper = RwSignal::new(default_paper());
    let busy = RwSignal::new(false);
    // With no second language chosen, the PDF is in one language whatever was chosen before.
    let effective = move || {
        if i18n.second_choice().is_some_and(|s| s != i18n.get_locale()) {
            languages.get()
        } else {
            Languages::One
        }
    };
    // Coded answers need the taxonomy's labels in each language before they are printed.
    let has_codes = move || state.profile.with(has_codes);
    let waiting = move || has_codes() && taxonomy.status.get() == TaxonomyStatus::Loading;
    Effect::new(move |_| {
        if has_codes() {
            taxonomy.request();
        }
    });
    // Each language by its own name, which reads the same in both languages of the page.
    let language_name = |l: Locale| endonym(l).to_owned();
    let make = move |_| {
        if busy.get_untracked() || untrack(waiting) {
            return;
        }
        let options = Options {
            parts: parts.get_untracked(),
            languages: untrack(effective),
            paper: paper.get_untracked(),
        };
        let doc = untrack(|| {
            state
                .profile
                .with(|p| document(i18n, i18n.second(), taxonomy, p, &options))
        });
        let Ok(bytes) = doc.to_bytes() else {
            state
                .notice
                .set(Some(Notice::PdfFailed(PdfFailure::Failed)));
            return;
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            let notice = match browser::make_pdf(bytes).await {
                Ok(bytes) => {
                    let name = format!("skillmap-profile-{}.pdf", browser::today_iso());
                    match browser::download_bytes(&name, "application/pdf", &bytes) {
                        Ok(()) => Notice::PdfMade,
                        Err(_) => Notice::PdfFailed(PdfFailure::Failed),
                    }
                }
                Err(f) => Notice::PdfFailed(f),
            };
            busy.set(false);
            state.notice.set(Some(notice));
        });
    };
    let part_boxes = Part::ALL
        .into_iter()
        .map(|part| {
            let id = format!("pdf-part-{part:?}").to_lowercase();
            let target = id.clone();
            view! {
                <div class="checkbox">
                    <input type="checkbox" id=id
                        prop:checked=move || parts.with(|p| p.contains(&part))
                        on:change=move |e| {
                            let on = event_target_checked(&e);
                            parts.update(|p| {
                                p.retain(|x| *x != part);
                                if on {
                                    p.push(part);
                                    p.sort_by_key(|x| Part::ALL.iter().position(|y| y == x));
                                }
                            });
                        } />
                    <label for=target>{move || part.name(i18n, true)}</label>
                </div>
            }
        })
        .collect_view();
    let radio = move |name: &'static str, value: Languages, label: Signal<String>| {
        let id = format!("pdf-{name}-{value:?}").to_lowercase();
        let target = id.clone();
        view! {
            <div class="radio">
                <input type="radio" name=name id=id
                    prop:checked=move || effective() == value
                    on:change=move |_| languages.set(value) />
                <label for=target>{label}</label>
            </div>
        }
    };
    let language_choices = move || {
        let first = i18n.get_locale();
        let only = Signal::derive(move || {
            t_string!(i18n, pdf.only, language = language_name(first)).to_string()
        });
        match i18n.second_choice().filter(|s| *s != first) {
            None => view! {
                {radio("pdf-languages", Languages::One, only)}
                <p class="help">{tr!(i18n, pdf.second_hint)}</p>
            }
            .into_any(),
            Some(second) => {
                let pair = move |key: fn(I18n, String, String) -> String| {
                    Signal::derive(move || key(i18n, language_name(first), language_name(second)))
                };
                view! {
                    {radio("pdf-languages", Languages::SideBySide, pair(|i, a, b| t_string!(i, pdf.side_by_side, first = a, second = b).to_string()))}
                    {radio("pdf-languages", Languages::OneAfterAnother, pair(|i, a, b| t_string!(i, pdf.one_after, first = a, second = b).to_string()))}
                    {radio("pdf-languages", Languages::One, only)}
                }
                .into_any()
            }
        }
    };
    let paper_radio = move |value: Paper, label: fn(I18n) -> &'static str| {
        let id = format!("pdf-paper-{value:?}").to_lowercase();
        let target = id.clone();
        view! {
            <div class="radio">
                <input type="radio" name="pdf-paper" id=id
                    prop:checked=move || paper.get() == value
                    on:change=move |_| paper.set(value) />
                <label for=target>{move || label(i18n)}</label>
            </div>
        }
    };
    view! {
        <section class="card" aria-labelledby="pdf-heading">
            <h2 id="pdf-heading">{tr!(i18n, pdf.heading)}</h2>
            <p>{tr!(i18n, pdf.intro)}</p>
            <fieldset class="checkboxes" aria-describedby="pdf-left-out">
                <legend>{tr!(i18n, pdf.sections)}</legend>
                {part_boxes}
            </fieldset>
            <p class="help" id="pdf-left-out">{tr!(i18n, pdf.left_out)}</p>
            <fieldset>
                <legend>{tr!(i18n, pdf.languages)}</legend>
                {language_choices}
            </fieldset>
            <fieldset>
                <legend>{tr!(i18n, pdf.paper)}</legend>
                {paper_radio(Paper::A4, |i| t_string!(i, pdf.a4))}
                {paper_radio(Paper::Letter, |i| t_string!(i, pdf.letter))}
            </fieldset>
            <button type="button" id="pdf-download" on:click=make
                aria-disabled=move || (busy.get() || waiting()).to_string()
                // Not `disabled` while busy: the button keeps keyboard focus.
                disabled=waiting>
                {tr!(i18n, pdf.download)}
            </button>
            <p class="pdf-status" role="status">
                {move || busy.get().then(|| t_string!(i18n, pdf.making))}
            </p>
        </section>
    }
}
