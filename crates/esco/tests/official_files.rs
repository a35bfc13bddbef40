//! The reader on real ESCO files in the official layout (../shared/esco-en/, beside the
//! project's root; CI has it there too).

use std::fs::File;
use std::path::PathBuf;

use skillmap_esco::{read_concepts, Regulation};

fn shared(file: &str) -> File {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/esco-en")
        .join(file);
    File::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn reads_every_occupation_of_the_english_download() {
    let (occupations, issues) = read_concepts(shared("occupations_en.csv")).expect("readable");
    assert_eq!(occupations.len(), 2942);
    assert!(issues.is_empty(), "{issues:?}");
    let labels: usize = occupations.iter().map(|o| 1 + o.alternatives.len()).sum();
    assert!(labels > 30_000, "{labels} labels");
    assert!(
        occupations.iter().all(|o| o.isco.is_some()),
        "every occupation has an ISCO group"
    );
    let regulated = occupations
        .iter()
        .filter(|o| matches!(o.regulation, Regulation::Regulated { .. }))
        .count();
    assert_eq!(regulated, 15);
    let director = occupations
        .iter()
        .find(|o| {
            o.uri.as_str()
                == "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34"
        })
        .expect("technical director");
    assert_eq!(director.preferred, "technical director");
    assert_eq!(director.isco.as_deref(), Some("2166"));
    assert!(director
        .alternatives
        .iter()
        .any(|a| a == "head of technical"));
}

#[test]
fn reads_skills_and_collections() {
    let (skills, issues) = read_concepts(shared("skills_subset_en.csv")).expect("readable");
    // The sample's README says 4,200 rows; the file holds 4,199 records (checked with
    // Python's csv module too).
    assert_eq!(skills.len() + issues.len(), 4199);
    assert!(issues.is_empty(), "{issues:?}");
    assert!(skills.iter().all(|s| s.isco.is_none()));
    let (transversal, issues) =
        read_concepts(shared("transversalSkillsCollection_en.csv")).expect("readable");
    assert!(issues.is_empty(), "{issues:?}");
    let advice = transversal
        .iter()
        .find(|s| s.preferred == "give advice to others")
        .expect("listed");
    assert!(
        advice.alternatives.iter().any(|a| a == "counsel others"),
        "{:?}",
        advice.alternatives
    );
}

#[test]
fn converts_the_english_download_into_packs_that_read_back_and_search() {
    use skillmap_esco::convert::{convert, CREDIT};
    use skillmap_profile::search::{Pack, SearchIndex};

    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/esco-en");
    let converted = convert(&dir, "en").expect("converts");
    assert!(converted.issues.is_empty(), "{:?}", converted.issues);
    assert_eq!(converted.occupations.concepts.len(), 2942);
    // The subset, the transversal, language and ICT collections, without repeats.
    assert!(
        converted.skills.concepts.len() > 4199,
        "{}",
        converted.skills.concepts.len()
    );
    for pack in [&converted.occupations, &converted.skills] {
        let text = pack.to_text();
        assert!(text.contains(CREDIT));
        let (back, issues) = Pack::parse(&text).expect("a pack");
        assert!(issues.is_empty(), "{issues:?}");
        assert_eq!(back.concepts.len(), pack.concepts.len());
        for (a, b) in back.concepts.iter().zip(&pack.concepts) {
            assert_eq!(a, b);
        }
        assert_eq!(
            (&back.kind, &back.language, &back.notes),
            (&pack.kind, &pack.language, &pack.notes)
        );
    }
    let pack = &converted.occupations;
    let index = SearchIndex::build(pack.labels());
    let first = index.search("electrcian", 1);
    assert_eq!(
        pack.concepts[first[0].concept as usize].preferred,
        "electrician"
    );
    let regulated = pack
        .concepts
        .iter()
        .filter(|c| c.regulated == Some(true))
        .count();
    assert_eq!(regulated, 15);

    assert!(convert(&dir, "xx").is_err(), "no files for that language");
}
