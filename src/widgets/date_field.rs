use leptos::prelude::*;
use skillmap_profile::PartialDate;

use super::field_issues::aria_invalid;
use super::FieldIssues;
use crate::i18n::*;

/// A date people may remember only in part: a year, and a month if they know it.
#[component]
pub fn DateField(
    /// Unique id prefix.
    #[prop(into)]
    id: String,
    /// The group's label, already translated.
    label: Signal<&'static str>,
    /// The date so far.
    value: Signal<Option<PartialDate>>,
    /// Called with the new date (`None` when the year is cleared or not yet valid).
    on_change: Callback<Option<PartialDate>>,
    /// Profile path for validation findings.
    #[prop(optional, into)]
    path: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let year_id = format!("{id}-year");
    let month_id = format!("{id}-month");
    let issues_id = format!("{id}-issues");
    // What is typed may be half a year ("20"); keep it here until it is a valid year.
    let typed = RwSignal::new(
        value
            .get_untracked()
            .map(|d| d.year_part().to_string())
            .unwrap_or_default(),
    );
    Effect::new(move |_| {
        // Follow outside changes (an import, a cleared profile) without fighting typing.
        let outside = value
            .get()
            .map(|d| d.year_part().to_string())
            .unwrap_or_default();
        let now = typed.get_untracked();
        if outside != now && (value.get_untracked().is_some() || now.len() >= 4 || now.is_empty()) {
            typed.set(outside);
        }
    });
    let month = move || value.get().and_then(PartialDate::month_part);
    let set_year = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        typed.set(text.clone());
        let date = text
            .trim()
            .parse::<u16>()
            .ok()
            .and_then(|y| PartialDate::new(y, month()).ok());
        on_change.run(date);
    };
    let set_month = move |ev: leptos::ev::Event| {
        let m = event_target_value(&ev).parse::<u8>().ok();
        if let Some(d) = value.get_untracked() {
            on_change.run(PartialDate::new(d.year_part(), m).ok());
        }
    };
    let invalid = aria_invalid(path.clone());
    let months = (1u8..=12)
        .map(|m| {
            view! {
                <option value=m.to_string() prop:selected=move || month() == Some(m)>
                    {m.to_string()}
                </option>
            }
        })
        .collect_view();
    view! {
        <fieldset class="date-field" aria-describedby=issues_id.clone()>
            <legend>{label}</legend>
            <div class="date-parts">
                <div class="field">
                    <label for=year_id.clone()>{tr!(i18n, common.year)}</label>
                    <input id=year_id type="text" inputmode="numeric" maxlength="4" size="5"
                        autocomplete="off" aria-invalid=invalid
                        prop:value=move || typed.get() on:input=set_year />
                </div>
                <div class="field">
                    <label for=month_id.clone()>{tr!(i18n, common.month_optional)}</label>
                    <select id=month_id on:change=set_month prop:disabled=move || value.get().is_none()>
                        <option value="" prop:selected=move || month().is_none()>
                            {tr!(i18n, common.not_said)}
                        </option>
                        {months}
                    </select>
                </div>
            </div>
            <FieldIssues id=issues_id.clone() path=path.unwrap_or_default() />
        </fieldset>
    }
}
