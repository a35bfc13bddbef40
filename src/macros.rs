//! Small macros that keep the pages readable.

/// A translated text as a `Signal<&'static str>` that follows the UI language.
///
/// The key is looked up in a non-capturing closure, which becomes a plain `fn` pointer, so
/// every use shares one signal type and one rendering path (a closure per call site would
/// each be compiled into its own copy of the view code).
macro_rules! tr {
    ($i18n:ident, $($key:tt)+) => {
        $crate::labels::text($i18n, |i18n| ::leptos_i18n::t_string!(i18n, $($key)+))
    };
}

/// A view of one field of the profile, and a setter: `lens!(state, personal.given_names)`.
macro_rules! lens {
    ($state:expr, $($field:ident).+) => {
        $state.lens(
            move |p| p.$($field).+.clone(),
            move |p, v| p.$($field).+ = v,
        )
    };
}

/// The same for a field of the `$i`th item of a list: `item_lens!(state, education, i, title)`.
/// Reads give the default and writes do nothing once the item is gone.
macro_rules! item_lens {
    ($state:expr, $($list:ident).+ [$i:expr], $($field:ident).+) => {{
        let i = $i;
        $state.lens(
            move |p| p.$($list).+.get(i).map(|x| x.$($field).+.clone()).unwrap_or_default(),
            move |p, v| {
                if let Some(x) = p.$($list).+.get_mut(i) {
                    x.$($field).+ = v;
                }
            },
        )
    }};
}
