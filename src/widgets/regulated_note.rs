use leptos::prelude::*;
use skillmap_profile::EscoUri;

use crate::i18n::*;
use crate::taxonomy::use_taxonomy;

/// When the chosen occupation is a regulated profession (ESCO's `regulatedProfessionNote`),
/// says that working in it needs the qualification recognised.
#[component]
pub fn RegulatedNote(
    /// The chosen occupation.
    occupation: Signal<Option<EscoUri>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let taxonomy = use_taxonomy();
    let regulated = Memo::new(move |_| {
        let uri = occupation.get()?;
        taxonomy.with(|t| {
            let c = t?.occupations.get(&uri)?;
            (c.regulated == Some(true)).then(|| c.label().to_owned())
        })
    });
    move || {
        regulated.get().map(|name| {
            view! {
                <div class="note regulated" role="note">
                    <p><strong>{move || t_string!(i18n, regulated.title, name = name.clone()).to_string()}</strong></p>
                    <p>{tr!(i18n, regulated.body)}</p>
                </div>
            }
        })
    }
}
