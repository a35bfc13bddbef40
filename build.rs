//! Generates the typed translation keys (`i18n` module) from `locales/*.json`, and fails
//! the build when any language lacks a key that English has, or has one English lacks.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};

const DEFAULT_LOCALE: &str = "en";

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");
    let locales = locale_names(Path::new("locales"));
    check_keys(&locales);

    let mut cfg = Config::new(DEFAULT_LOCALE).expect("default locale");
    for l in locales.iter().filter(|l| *l != DEFAULT_LOCALE) {
        cfg = cfg.add_locale(l).expect("locale name");
    }
    // interpolate_display lets t_string! fill in {{ values }} for attributes like aria-label.
    let cfg = cfg.parse_options(ParseOptions::new().interpolate_display(true));
    let infos = TranslationsInfos::parse(cfg).expect("translations parse");
    infos.rerun_if_locales_changed();
    infos.emit_diagnostics();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    infos
        .generate_i18n_module(out.join("i18n"))
        .expect("i18n module written");
}

/// Every `locales/<name>.json`, English first.
fn locale_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("locales/ exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let p = e.path();
            (p.extension()? == "json").then(|| p.file_stem()?.to_str().map(str::to_owned))?
        })
        .collect();
    names.sort_by_key(|n| (n != DEFAULT_LOCALE, n.clone()));
    names
}

fn keys_of(value: &serde_json::Value, prefix: &str, out: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                keys_of(v, &key, out);
            }
        }
        _ => {
            out.insert(prefix.to_owned());
        }
    }
}

fn load_keys(locale: &str) -> BTreeSet<String> {
    let path = format!("locales/{locale}.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let value: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path} is not valid JSON: {e}"));
    let mut keys = BTreeSet::new();
    keys_of(&value, "", &mut keys);
    keys
}

fn check_keys(locales: &[String]) {
    let reference = load_keys(DEFAULT_LOCALE);
    let mut problems = Vec::new();
    for l in locales.iter().filter(|l| *l != DEFAULT_LOCALE) {
        let keys = load_keys(l);
        for missing in reference.difference(&keys) {
            problems.push(format!("locales/{l}.json is missing `{missing}`"));
        }
        for extra in keys.difference(&reference) {
            problems.push(format!(
                "locales/{l}.json has `{extra}`, which en.json does not"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "translation keys differ:\n{}",
        problems.join("\n")
    );
}
