use leptos::html::Dialog;
use leptos::prelude::*;

/// A modal question with two answers, on the browser's own `<dialog>` (focus is trapped
/// and Escape cancels, as screen-reader users expect).
#[component]
pub fn ConfirmDialog(
    /// Unique id.
    #[prop(into)]
    id: String,
    /// Whether it is showing.
    open: Signal<bool>,
    /// The question, already translated.
    title: Signal<String>,
    /// What will happen, already translated.
    body: Signal<String>,
    /// The confirming button's words (says what it does: "Replace", "Delete").
    confirm_label: Signal<&'static str>,
    /// The cancelling button's words.
    cancel_label: Signal<&'static str>,
    /// Called on confirm.
    on_confirm: Callback<()>,
    /// Called on cancel, Escape included.
    on_cancel: Callback<()>,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    Effect::new(move |_| {
        let Some(d) = dialog.get() else { return };
        if open.get() {
            if !d.open() {
                let _ = d.show_modal();
            }
        } else if d.open() {
            d.close();
        }
    });
    let title_id = format!("{id}-title");
    let body_id = format!("{id}-body");
    let (labelled_by, described_by) = (title_id.clone(), body_id.clone());
    view! {
        <dialog id=id node_ref=dialog aria-labelledby=labelled_by aria-describedby=described_by
            on:cancel=move |ev: leptos::ev::Event| {
                ev.prevent_default();
                on_cancel.run(());
            }>
            <h2 id=title_id>{move || title.get()}</h2>
            <p id=body_id>{move || body.get()}</p>
            <div class="actions">
                <button type="button" class="secondary" autofocus on:click=move |_| on_cancel.run(())>
                    {move || cancel_label.get()}
                </button>
                <button type="button" class="danger" on:click=move |_| on_confirm.run(())>
                    {move || confirm_label.get()}
                </button>
            </div>
        </dialog>
    }
}
