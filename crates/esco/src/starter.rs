//! The starter taxonomy the app ships: a chosen set of ESCO occupations and skills, with
//! labels in every UI language and the skills that go with each occupation.
//!
//! What we author lives in `data/starter/`:
//! - `occupations.tsv`: `<occupation URI>\t<sector>\t<skill URI> <skill URI> …\t<English>`
//!   — the occupations chosen, and their typical skills, most typical first;
//! - `skills.tsv`: `<skill URI>\t<group>\t<English>` — skills offered beyond those linked
//!   to an occupation (the soft and digital skills);
//! - `labels-<lang>.tsv`: `<URI>\t<preferred>\t<synonym>|<synonym>…\t<English>` — our own
//!   labels for every chosen concept in each UI language other than English.
//!
//! The last column, ESCO's English label, is there for people reading and reviewing the
//! files; it must match ESCO's, so a URI typed wrong is caught.
//!
//! - `synonyms-en.tsv`: `<URI>\t<synonym>|<synonym>…\t<English>` — everyday English words
//!   ESCO's own labels lack ("teamwork"), added to ESCO's.
//!
//! English labels, ISCO codes and the regulated-profession flag come from ESCO itself (the
//! official CSV files), so [`build`] reads those too. The output is the packs the app
//! loads: `occupations-<lang>.tsv`, `skills-<lang>.tsv` and `occupation-skills.tsv`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use skillmap_profile::search::{Pack, PackConcept, PackKind, SkillLinks};
use skillmap_profile::EscoUri;

use crate::convert::{convert, ConvertError, CREDIT};

/// The app's packs, by file name.
#[derive(Debug)]
pub struct Starter {
    /// `(file name, contents)`, sorted by name.
    pub files: Vec<(String, String)>,
    /// The English occupations pack.
    pub occupations: Pack,
    /// The English skills pack.
    pub skills: Pack,
    /// Every label language's packs, English included: `(language, occupations, skills)`.
    pub translations: Vec<(String, Pack, Pack)>,
    /// Which skills go with which occupation.
    pub links: SkillLinks,
}

/// Why the starter packs could not be made; every problem found, not just the first.
#[derive(Debug, thiserror::Error)]
pub enum StarterError {
    /// The ESCO files could not be read.
    #[error(transparent)]
    Esco(#[from] ConvertError),
    /// A starter file could not be read.
    #[error("{file}: {error}")]
    Read {
        /// Which file.
        file: String,
        /// The system's words.
        error: std::io::Error,
    },
    /// The authored data is wrong; one line per problem.
    #[error("the starter data has {} problem(s):\n{}", .0.len(), .0.join("\n"))]
    Invalid(Vec<String>),
}

fn read(dir: &Path, name: &str) -> Result<String, StarterError> {
    std::fs::read_to_string(dir.join(name)).map_err(|error| StarterError::Read {
        file: name.to_owned(),
        error,
    })
}

/// Data lines of a TSV file: `(line number, fields)`, skipping blanks and `#` comments.
fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
}

/// Reads `data/starter/` and the ESCO CSV files in `esco_dir` (English) and makes the packs.
///
/// # Errors
/// [`StarterError`] when a file is missing, or when any chosen URI is not in ESCO, any
/// concept lacks a label in a language, or a line is malformed.
pub fn build(esco_dir: &Path, starter_dir: &Path) -> Result<Starter, StarterError> {
    let esco = convert(esco_dir, "en")?;
    let esco_occupations: HashMap<&EscoUri, &PackConcept> = esco
        .occupations
        .concepts
        .iter()
        .map(|c| (&c.uri, c))
        .collect();
    let esco_skills: HashMap<&EscoUri, &PackConcept> =
        esco.skills.concepts.iter().map(|c| (&c.uri, c)).collect();
    let mut problems = Vec::new();

    // The occupations chosen, and their skills.
    let mut occupations: BTreeSet<EscoUri> = BTreeSet::new();
    let mut skills: BTreeSet<EscoUri> = BTreeSet::new();
    let mut links = SkillLinks::default();
    for (line, fields) in rows(&read(starter_dir, "occupations.tsv")?) {
        let [uri, _sector, linked, english] = fields.as_slice() else {
            problems.push(format!("occupations.tsv:{line}: want 4 fields"));
            continue;
        };
        let Some(uri) = EscoUri::new(uri)
            .ok()
            .filter(|u| esco_occupations.contains_key(u))
        else {
            problems.push(format!(
                "occupations.tsv:{line}: {uri} is not an ESCO occupation"
            ));
            continue;
        };
        check_english(
            &mut problems,
            "occupations.tsv",
            line,
            english,
            esco_occupations.get(&uri),
        );
        if !occupations.insert(uri.clone()) {
            problems.push(format!("occupations.tsv:{line}: {uri} twice"));
        }
        let mut list = Vec::new();
        for s in linked.split_whitespace() {
            match EscoUri::new(s).ok().filter(|u| esco_skills.contains_key(u)) {
                Some(s) if !list.contains(&s) => list.push(s),
                Some(_) => {}
                None => problems.push(format!("occupations.tsv:{line}: {s} is not an ESCO skill")),
            }
        }
        skills.extend(list.iter().cloned());
        links.insert(uri, list);
    }
    for (line, fields) in rows(&read(starter_dir, "skills.tsv")?) {
        let [uri, _group, english] = fields.as_slice() else {
            problems.push(format!("skills.tsv:{line}: want 3 fields"));
            continue;
        };
        match EscoUri::new(uri)
            .ok()
            .filter(|u| esco_skills.contains_key(u))
        {
            Some(u) => {
                check_english(
                    &mut problems,
                    "skills.tsv",
                    line,
                    english,
                    esco_skills.get(&u),
                );
                skills.insert(u);
            }
            None => problems.push(format!("skills.tsv:{line}: {uri} is not an ESCO skill")),
        }
    }

    // Everyday English words ESCO lacks.
    let mut extra: HashMap<EscoUri, Vec<String>> = HashMap::new();
    if starter_dir.join("synonyms-en.tsv").exists() {
        for (line, fields) in rows(&read(starter_dir, "synonyms-en.tsv")?) {
            let [uri, synonyms, english] = fields.as_slice() else {
                problems.push(format!("synonyms-en.tsv:{line}: want 3 fields"));
                continue;
            };
            let Some(uri) = EscoUri::new(uri)
                .ok()
                .filter(|u| occupations.contains(u) || skills.contains(u))
            else {
                problems.push(format!("synonyms-en.tsv:{line}: {uri} is not chosen"));
                continue;
            };
            let esco = esco_occupations.get(&uri).or_else(|| esco_skills.get(&uri));
            check_english(&mut problems, "synonyms-en.tsv", line, english, esco);
            extra.entry(uri).or_default().extend(
                synonyms
                    .split('|')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
            );
        }
    }

    // English, from ESCO, with those words.
    let pick = |chosen: &BTreeSet<EscoUri>, from: &HashMap<&EscoUri, &PackConcept>| {
        chosen
            .iter()
            .filter_map(|u| {
                let mut c = (*from.get(u)?).clone();
                for s in extra.get(u).into_iter().flatten() {
                    if !c.synonyms.contains(s) {
                        c.synonyms.push(s.clone());
                    }
                }
                Some(c)
            })
            .collect::<Vec<_>>()
    };
    let notes = |source: &str| {
        vec![
            CREDIT.to_owned(),
            format!("skillmap starter taxonomy; {source}"),
        ]
    };
    let en_occupations = Pack {
        kind: PackKind::Occupations,
        language: "en".into(),
        notes: notes("labels from ESCO's English CSV files"),
        concepts: pick(&occupations, &esco_occupations),
    };
    let en_skills = Pack {
        kind: PackKind::Skills,
        language: "en".into(),
        notes: notes("labels from ESCO's English CSV files"),
        concepts: pick(&skills, &esco_skills),
    };

    // Every other language, from our own labels.
    let mut translations = vec![("en".to_owned(), en_occupations.clone(), en_skills.clone())];
    let mut label_files: Vec<String> = std::fs::read_dir(starter_dir)
        .map_err(|error| StarterError::Read {
            file: starter_dir.display().to_string(),
            error,
        })?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("labels-") && n.ends_with(".tsv"))
        .collect();
    label_files.sort();
    for file in label_files {
        let lang = file["labels-".len()..file.len() - ".tsv".len()].to_owned();
        let mut labels: BTreeMap<EscoUri, (String, Vec<String>)> = BTreeMap::new();
        for (line, fields) in rows(&read(starter_dir, &file)?) {
            let [uri, preferred, synonyms, _english] = fields.as_slice() else {
                problems.push(format!("{file}:{line}: want 4 fields"));
                continue;
            };
            let Ok(uri) = EscoUri::new(uri) else {
                problems.push(format!("{file}:{line}: {uri} is not an ESCO URI"));
                continue;
            };
            if preferred.trim().is_empty() {
                problems.push(format!("{file}:{line}: no label"));
                continue;
            }
            let synonyms = synonyms
                .split('|')
                .map(str::trim)
                .filter(|s| !s.is_empty() && *s != preferred.trim())
                .map(str::to_owned)
                .collect();
            labels.insert(uri, (preferred.trim().to_owned(), synonyms));
        }
        let mut translate = |english: &Pack| Pack {
            kind: english.kind,
            language: lang.clone(),
            notes: notes(
                "labels written by the skillmap developers, to be reviewed by a native speaker",
            ),
            concepts: english
                .concepts
                .iter()
                .filter_map(|c| match labels.get(&c.uri) {
                    Some((preferred, synonyms)) => Some(PackConcept {
                        preferred: preferred.clone(),
                        synonyms: synonyms.clone(),
                        ..c.clone()
                    }),
                    None => {
                        problems.push(format!("{file}: no label for {} ({})", c.uri, c.preferred));
                        None
                    }
                })
                .collect(),
        };
        let o = translate(&en_occupations);
        let s = translate(&en_skills);
        let known: BTreeSet<&EscoUri> = occupations.iter().chain(&skills).collect();
        for uri in labels.keys().filter(|u| !known.contains(u)) {
            problems.push(format!("{file}: {uri} is labelled but not chosen"));
        }
        translations.push((lang, o, s));
    }
    if !problems.is_empty() {
        return Err(StarterError::Invalid(problems));
    }

    let mut files = vec![("occupation-skills.tsv".to_owned(), links.to_text())];
    for (lang, o, s) in &translations {
        files.push((format!("occupations-{lang}.tsv"), o.to_text()));
        files.push((format!("skills-{lang}.tsv"), s.to_text()));
    }
    files.sort();
    Ok(Starter {
        files,
        occupations: en_occupations,
        skills: en_skills,
        translations,
        links,
    })
}

fn check_english(
    problems: &mut Vec<String>,
    file: &str,
    line: usize,
    english: &str,
    esco: Option<&&PackConcept>,
) {
    if let Some(c) = esco {
        if c.preferred != english.trim() {
            problems.push(format!(
                "{file}:{line}: the English column says {english:?}, ESCO says {:?}",
                c.preferred
            ));
        }
    }
}
