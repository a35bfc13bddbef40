//! Small macros that keep the pages readable.

/// The words for a key of `locales/en.json` in the language showing:
/// `t_string!(i18n, skills.digital.heading)` gives a `&'static str`;
/// `t_string!(i18n, work.item_title, n = 3)` fills in `{{ n }}` and gives a `String`;
/// `t_string!(i18n, picker.suggestions, count = 5)` picks the CLDR plural form.
/// A key that does not exist does not compile.
macro_rules! t_string {
    ($i18n:expr, $($key:ident).+, count = $count:expr) => {
        $i18n.plural($crate::i18n::keys::$($key)::+, $count)
    };
    ($i18n:expr, $($key:ident).+, $($var:ident = $value:expr),+ $(,)?) => {
        $i18n.format(
            $crate::i18n::keys::$($key)::+,
            &[$((
                stringify!($var),
                $crate::i18n::Shown::shown(&($value), $i18n.get_locale()),
            )),+],
        )
    };
    ($i18n:expr, $($key:ident).+) => {
        $i18n.text($crate::i18n::keys::$($key)::+)
    };
}

/// A translated text as a `Signal<&'static str>` that follows the UI language.
///
/// The key is looked up in a non-capturing closure, which becomes a plain `fn` pointer, so
/// every use shares one signal type and one rendering path (a closure per call site would
/// each be compiled into its own copy of the view code).
macro_rules! tr {
    ($i18n:ident, $($key:tt)+) => {
        $crate::labels::text($i18n, |i18n| t_string!(i18n, $($key)+))
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

/// For an [`EscoPicker`](crate::widgets::EscoPicker) on a coded answer of the `$i`th item of
/// a list: `coded_lens!(state, work[i], occupation)` gives the chosen concept, the words
/// shown, and a setter for both.
macro_rules! coded_lens {
    ($state:expr, $($list:ident).+ [$i:expr], $field:ident) => {{
        let i = $i;
        let (value, set) = $state.lens(
            move |p| {
                p.$($list).+
                    .get(i)
                    .map(|x| (x.$field.esco.clone(), x.$field.text.clone()))
                    .unwrap_or_default()
            },
            move |p, (esco, text)| {
                if let Some(x) = p.$($list).+.get_mut(i) {
                    x.$field.esco = esco;
                    x.$field.text = text;
                }
            },
        );
        (
            Signal::derive(move || value.with(|v| v.0.clone())),
            Signal::derive(move || value.with(|v| v.1.clone())),
            set,
        )
    }};
}

/// The country of the `$i`th item of a list, as the code a [`CodeSelect`] shows:
/// `country_lens!(state, work[i])`.
///
/// [`CodeSelect`]: crate::widgets::CodeSelect
macro_rules! country_lens {
    ($state:expr, $($list:ident).+ [$i:expr]) => {{
        let i = $i;
        $state.lens(
            move |p| {
                p.$($list).+
                    .get(i)
                    .and_then(|x| x.country.as_ref().map(|c| c.to_string()))
            },
            move |p, v: Option<String>| {
                if let Some(x) = p.$($list).+.get_mut(i) {
                    x.country = v.and_then(|c| skillmap_profile::CountryCode::new(&c).ok());
                }
            },
        )
    }};
}

/// A callback removing the `$i`th item of a list, if it is still there:
/// `remove_item!(state, work[i])`.
macro_rules! remove_item {
    ($state:expr, $($list:ident).+ [$i:expr]) => {{
        let i = $i;
        Callback::new(move |()| {
            $state.profile.update(|p| {
                if i < p.$($list).+.len() {
                    p.$($list).+.remove(i);
                }
            })
        })
    }};
}
