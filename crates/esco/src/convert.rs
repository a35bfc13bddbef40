//! Turns an ESCO CSV download (one language) into skillmap's data packs.

use std::fs::File;
use std::path::Path;

use skillmap_profile::search::{Pack, PackConcept, PackKind};

use crate::{read_concepts, Concept, EscoError, Regulation, RowIssue};

/// The credit ESCO's licence asks for; every pack carries it.
pub const CREDIT: &str = "This service uses the ESCO classification of the European Commission.";

/// Skill files merged into the skills pack, in order; the first that exists of the first
/// pair is the main file (the official download has `skills_<lang>.csv`).
const SKILL_FILES: &[&str] = &[
    "skills_{lang}.csv",
    "skills_subset_{lang}.csv",
    "transversalSkillsCollection_{lang}.csv",
    "languageSkillsCollection_{lang}.csv",
    "ictSkillsCollection_{lang}.csv",
];

/// What a conversion made, and what it left out.
#[derive(Debug)]
pub struct Converted {
    /// The occupations pack.
    pub occupations: Pack,
    /// The skills pack.
    pub skills: Pack,
    /// Rows left out, by file.
    pub issues: Vec<(String, RowIssue)>,
}

/// Why a conversion could not run.
#[derive(Debug, thiserror::Error)]
pub enum ConvertError {
    /// A file that must be there is not.
    #[error("{0} is missing")]
    Missing(String),
    /// A file could not be opened.
    #[error("{file}: {error}")]
    Open {
        /// Which file.
        file: String,
        /// The system's words.
        error: std::io::Error,
    },
    /// A file is not an ESCO CSV file.
    #[error("{file}: {error}")]
    Esco {
        /// Which file.
        file: String,
        /// Why.
        error: EscoError,
    },
}

fn read(
    dir: &Path,
    name: &str,
    issues: &mut Vec<(String, RowIssue)>,
) -> Result<Option<Vec<Concept>>, ConvertError> {
    let path = dir.join(name);
    if !path.exists() {
        return Ok(None);
    }
    let file = File::open(&path).map_err(|error| ConvertError::Open {
        file: name.into(),
        error,
    })?;
    let (concepts, bad) = read_concepts(file).map_err(|error| ConvertError::Esco {
        file: name.into(),
        error,
    })?;
    issues.extend(bad.into_iter().map(|i| (name.to_owned(), i)));
    Ok(Some(concepts))
}

/// A pack of `concepts` (each once, by URI), with the credit and where they came from.
pub fn to_pack(kind: PackKind, lang: &str, sources: &[String], mut concepts: Vec<Concept>) -> Pack {
    concepts.sort_by(|a, b| a.uri.cmp(&b.uri));
    concepts.dedup_by(|a, b| a.uri == b.uri);
    Pack {
        kind,
        language: lang.to_owned(),
        notes: vec![
            CREDIT.to_owned(),
            format!("Converted from ESCO CSV: {}", sources.join(", ")),
        ],
        concepts: concepts
            .into_iter()
            .map(|c| PackConcept {
                uri: c.uri,
                isco: c.isco,
                regulated: match c.regulation {
                    Regulation::Unknown => None,
                    Regulation::Unregulated => Some(false),
                    Regulation::Regulated { .. } => Some(true),
                },
                preferred: c.preferred,
                synonyms: c.alternatives,
            })
            .collect(),
    }
}

/// Converts the ESCO files for `lang` in `dir` (`occupations_<lang>.csv`, the skills file
/// and the skill collections that are there) into two packs.
///
/// # Errors
/// [`ConvertError`] when the occupations or main skills file is missing or unreadable.
pub fn convert(dir: &Path, lang: &str) -> Result<Converted, ConvertError> {
    let mut issues = Vec::new();
    let occupations_file = format!("occupations_{lang}.csv");
    let occupations = read(dir, &occupations_file, &mut issues)?
        .ok_or_else(|| ConvertError::Missing(occupations_file.clone()))?;
    let mut skills = Vec::new();
    let mut sources = Vec::new();
    for pattern in SKILL_FILES {
        let name = pattern.replace("{lang}", lang);
        // The subset stands in for the full skills file only when that is absent.
        if name.starts_with("skills_subset_") && !sources.is_empty() {
            continue;
        }
        if let Some(c) = read(dir, &name, &mut issues)? {
            skills.extend(c);
            sources.push(name);
        }
    }
    if sources.is_empty() {
        return Err(ConvertError::Missing(format!("skills_{lang}.csv")));
    }
    Ok(Converted {
        occupations: to_pack(
            PackKind::Occupations,
            lang,
            &[occupations_file],
            occupations,
        ),
        skills: to_pack(PackKind::Skills, lang, &sources, skills),
        issues,
    })
}
