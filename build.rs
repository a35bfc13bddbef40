//! Generates the typed translation keys (`keys` in `src/i18n.rs`) from `locales/en.json`,
//! and fails the build when any language lacks a key that English has, or has one English
//! lacks (plural forms count as their base key: each language has its own).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const DEFAULT_LOCALE: &str = "en";

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=src/names");
    let locales = locale_names(Path::new("locales"));
    check_keys(&locales);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("i18n_gen.rs"), generate(&locales)).expect("i18n_gen.rs written");
}

/// A tree of keys: leaves are full dotted keys, branches are modules.
#[derive(Default)]
struct Tree {
    leaves: BTreeSet<String>,
    branches: BTreeMap<String, Tree>,
}

fn generate(locales: &[String]) -> String {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let mut problems = Vec::new();
    let keys = shared_keys(DEFAULT_LOCALE, &load_keys(DEFAULT_LOCALE), &mut problems);
    let mut tree = Tree::default();
    for key in &keys {
        let parts: Vec<&str> = key.split('.').collect();
        let mut node = &mut tree;
        for part in &parts[..parts.len() - 1] {
            node = node.branches.entry((*part).to_owned()).or_default();
        }
        node.leaves.insert(key.clone());
    }
    let mut out = String::new();
    let list: Vec<String> = locales.iter().map(|l| format!("{l:?}")).collect();
    let _ = writeln!(
        out,
        "/// Every UI language (a `locales/<code>.json` each), English first."
    );
    let _ = writeln!(out, "pub const LOCALES: &[&str] = &[{}];", list.join(", "));
    let _ = writeln!(
        out,
        "const EN_JSON: &str = include_str!({:?});",
        format!("{root}/locales/en.json")
    );
    let _ = writeln!(
        out,
        "const EN_NAMES: &str = include_str!({:?});",
        format!("{root}/src/names/en.tsv")
    );
    let _ = writeln!(
        out,
        "/// Every key of `locales/en.json`: `keys::skills::digital::heading`."
    );
    let _ = writeln!(out, "#[allow(non_upper_case_globals, dead_code)]");
    write_tree(&mut out, "keys", &tree);
    out
}

fn write_tree(out: &mut String, name: &str, tree: &Tree) {
    let _ = writeln!(out, "pub mod {name} {{");
    for key in &tree.leaves {
        let leaf = key.rsplit('.').next().unwrap_or(key);
        let _ = writeln!(out, "pub const {leaf}: &str = {key:?};");
    }
    for (branch, sub) in &tree.branches {
        write_tree(out, branch, sub);
    }
    let _ = writeln!(out, "}}");
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

include!("src/locale_file.rs");

/// CLDR plural categories, as plural keys end (`suggestions_one`, `suggestions_other`, …).
const PLURAL_SUFFIXES: &[&str] = &["_zero", "_one", "_two", "_few", "_many", "_other"];

/// A key as languages share it: plural forms count as their base key, because each
/// language has its own plural categories (English one/other, Arabic six). Every plural
/// key must have its `_other` form.
fn shared_keys(
    locale: &str,
    keys: &BTreeSet<String>,
    problems: &mut Vec<String>,
) -> BTreeSet<String> {
    let mut shared = BTreeSet::new();
    for key in keys {
        match PLURAL_SUFFIXES.iter().find_map(|s| key.strip_suffix(s)) {
            Some(base) => {
                if !keys.contains(&format!("{base}_other")) {
                    problems.push(format!(
                        "locales/{locale}.json: `{key}` has no `{base}_other`"
                    ));
                }
                shared.insert(base.to_owned());
            }
            None => {
                shared.insert(key.clone());
            }
        }
    }
    shared
}

fn load_keys(locale: &str) -> BTreeSet<String> {
    let path = format!("locales/{locale}.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let value: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path} is not valid JSON: {e}"));
    let mut keys = BTreeSet::new();
    each_string(&value, "", &mut |key, _| {
        keys.insert(key);
    });
    keys
}

fn check_keys(locales: &[String]) {
    let mut problems = Vec::new();
    let reference = shared_keys(DEFAULT_LOCALE, &load_keys(DEFAULT_LOCALE), &mut problems);
    for l in locales.iter().filter(|l| *l != DEFAULT_LOCALE) {
        let keys = shared_keys(l, &load_keys(l), &mut problems);
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
