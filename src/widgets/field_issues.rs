use leptos::prelude::*;
use skillmap_profile::Severity;

use crate::i18n::*;
use crate::labels;
use crate::state::use_app_state;

/// The errors for one field, shown beside it. Hints (something missing) wait for the review
/// page, so a first visit is not a wall of warnings. Always rendered (empty when there are
/// none) so the field's `aria-describedby` always points at an element.
#[component]
pub fn FieldIssues(
    /// The element id; fields refer to it with `aria-describedby`.
    id: String,
    /// The profile path the findings belong to (`personal.birth_year`).
    path: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let found = Memo::new(move |_| {
        state.issues.with(|all| {
            all.iter()
                .filter(|i| i.field.as_str() == path && i.kind.severity() == Severity::Error)
                .map(|i| i.kind)
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div id=id class="field-issues">
            {move || {
                found
                    .get()
                    .into_iter()
                    .map(|kind| view! { <p class="issue issue-error">{move || labels::issue(i18n, kind)}</p> })
                    .collect_view()
            }}
        </div>
    }
}

/// The `aria-invalid` value for the field at `path`: `"true"` while it has an error.
pub fn aria_invalid(
    path: Option<String>,
) -> impl Fn() -> Option<&'static str> + Send + Sync + 'static {
    move || path.as_deref().is_some_and(has_error).then_some("true")
}

/// True when the field at `path` has an error (not a hint).
fn has_error(path: &str) -> bool {
    use_app_state().issues.with(|all| {
        all.iter()
            .any(|i| i.field.as_str() == path && i.kind.severity() == Severity::Error)
    })
}
