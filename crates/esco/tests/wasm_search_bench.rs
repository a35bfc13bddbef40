//! The search benchmark in headless Chromium, as the app will run it: release wasm,
//! the browser's clock. A benchmark, not a test: `scripts/bench-search.sh` runs it and
//! prints its numbers; the test suite does not.
#![cfg(target_arch = "wasm32")]

use skillmap_esco::{bench, read_concepts};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The ESCO sample beside the project (`../shared/esco-en/`), compiled in.
const FILES: &[&str] = &[
    include_str!("../../../../shared/esco-en/occupations_en.csv"),
    include_str!("../../../../shared/esco-en/skills_subset_en.csv"),
    include_str!("../../../../shared/esco-en/transversalSkillsCollection_en.csv"),
    include_str!("../../../../shared/esco-en/languageSkillsCollection_en.csv"),
    include_str!("../../../../shared/esco-en/ictSkillsCollection_en.csv"),
];

#[wasm_bindgen_test]
fn bench_search_in_chromium() {
    let Some(perf) = web_sys::window().and_then(|w| w.performance()) else {
        panic!("no performance clock in this browser");
    };
    let mut concepts = Vec::new();
    for text in FILES {
        let (c, issues) = read_concepts(text.as_bytes()).expect("the ESCO sample reads");
        assert!(issues.is_empty(), "{issues:?}");
        concepts.extend(c);
    }
    let report = bench::run(concepts, &|| perf.now(), 50);
    console_log!("search benchmark (wasm, release, headless Chromium)\n{report}");
}

#[wasm_bindgen_test]
fn bench_starter_packs_in_chromium() {
    let Some(perf) = web_sys::window().and_then(|w| w.performance()) else {
        panic!("no performance clock in this browser");
    };
    let report = bench::starter(
        [
            include_str!("../../../public/packs/occupations-ar.tsv"),
            include_str!("../../../public/packs/occupations-en.tsv"),
            include_str!("../../../public/packs/skills-ar.tsv"),
            include_str!("../../../public/packs/skills-en.tsv"),
        ],
        &|| perf.now(),
    );
    console_log!("search benchmark (wasm, release, headless Chromium)\n{report}");
}
