//! A data pack: the occupations or skills of one language, as the app loads them.
//!
//! Plain UTF-8 text, one concept a line, so it compresses well, diffs well and is read
//! without a JSON decoder in the download:
//!
//! ```text
//! # skillmap-pack 1 <kind> <language>
//! # any further comment lines: source, licence, credit
//! <id>\t<isco>\t<regulated>\t<preferred label>\t<synonym>|<synonym>|…
//! ```
//!
//! `id` is the last part of the ESCO URI (`occupation/<id>` or `skill/<id>` by the pack's
//! kind); `isco` is a four-digit ISCO-08 unit group or empty; `regulated` is `1`, `0` or
//! empty (not said). Labels never contain tabs, new lines or `|` (the writer drops them).

use std::fmt::Write as _;

use crate::EscoUri;

/// What a pack holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackKind {
    /// ESCO occupations.
    Occupations,
    /// ESCO skills (and knowledge, and transversal skills).
    Skills,
}

impl PackKind {
    fn as_str(self) -> &'static str {
        match self {
            PackKind::Occupations => "occupations",
            PackKind::Skills => "skills",
        }
    }

    fn uri_kind(self) -> &'static str {
        match self {
            PackKind::Occupations => "occupation",
            PackKind::Skills => "skill",
        }
    }
}

/// One concept of a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackConcept {
    /// ESCO URI.
    pub uri: EscoUri,
    /// ISCO-08 unit group, for occupations.
    pub isco: Option<String>,
    /// Whether the profession is regulated, where ESCO says.
    pub regulated: Option<bool>,
    /// Preferred label in the pack's language.
    pub preferred: String,
    /// Synonyms in the pack's language.
    pub synonyms: Vec<String>,
}

/// A pack read into memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pack {
    /// Occupations or skills.
    pub kind: PackKind,
    /// The labels' language (ESCO's code, e.g. `en`, `ar`).
    pub language: String,
    /// Comment lines after the header (source, licence, credit), without `# `.
    pub notes: Vec<String>,
    /// The concepts.
    pub concepts: Vec<PackConcept>,
}

/// Why a pack could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    /// The first line is not a skillmap pack header of a version this app reads.
    #[error("not a skillmap pack header: {0:?}")]
    NotAPack(String),
}

/// A line of a pack that was left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackIssue {
    /// Line number, from 1.
    pub line: usize,
    /// What was wrong, for developers.
    pub detail: String,
}

fn clean(label: &str) -> String {
    label
        .replace(['\t', '\n', '\r', '|'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl Pack {
    /// Writes the pack as text.
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "# skillmap-pack 1 {} {}\n",
            self.kind.as_str(),
            clean(&self.language)
        );
        for note in &self.notes {
            let _ = writeln!(out, "# {}", clean(note));
        }
        for c in &self.concepts {
            let id = c.uri.as_str().rsplit('/').next().unwrap_or_default();
            let regulated = match c.regulated {
                Some(true) => "1",
                Some(false) => "0",
                None => "",
            };
            let synonyms: Vec<String> = c
                .synonyms
                .iter()
                .map(|s| clean(s))
                .filter(|s| !s.is_empty())
                .collect();
            let _ = writeln!(
                out,
                "{id}\t{}\t{regulated}\t{}\t{}",
                c.isco.as_deref().unwrap_or(""),
                clean(&c.preferred),
                synonyms.join("|")
            );
        }
        out
    }

    /// Reads a pack. Lines that cannot be used are left out and reported.
    ///
    /// # Errors
    /// [`PackError::NotAPack`] when the header is missing or of another version.
    pub fn parse(text: &str) -> Result<(Pack, Vec<PackIssue>), PackError> {
        let mut lines = text.lines().enumerate();
        let header = lines.next().map(|(_, l)| l).unwrap_or_default();
        let parts: Vec<&str> = header.split(' ').collect();
        let kind = match parts.as_slice() {
            ["#", "skillmap-pack", "1", "occupations", _] => PackKind::Occupations,
            ["#", "skillmap-pack", "1", "skills", _] => PackKind::Skills,
            _ => return Err(PackError::NotAPack(header.chars().take(80).collect())),
        };
        let language = parts[4].to_owned();
        let prefix = format!("{}{}/", EscoUri::PREFIX, kind.uri_kind());
        let mut pack = Pack {
            kind,
            language,
            notes: Vec::new(),
            concepts: Vec::new(),
        };
        let mut issues = Vec::new();
        for (i, line) in lines {
            let number = i + 1;
            if let Some(note) = line.strip_prefix("# ") {
                pack.notes.push(note.to_owned());
                continue;
            }
            if line.trim().is_empty() {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            let [id, isco, regulated, preferred, synonyms] = fields.as_slice() else {
                issues.push(PackIssue {
                    line: number,
                    detail: format!("{} fields, not 5", fields.len()),
                });
                continue;
            };
            let Ok(uri) = EscoUri::new(&format!("{prefix}{id}")) else {
                issues.push(PackIssue {
                    line: number,
                    detail: format!("bad id {id:?}"),
                });
                continue;
            };
            if preferred.trim().is_empty() {
                issues.push(PackIssue {
                    line: number,
                    detail: "no label".into(),
                });
                continue;
            }
            let regulated = match *regulated {
                "1" => Some(true),
                "0" => Some(false),
                _ => None,
            };
            pack.concepts.push(PackConcept {
                uri,
                isco: (isco.len() == 4 && isco.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| isco.to_string()),
                regulated,
                preferred: preferred.to_string(),
                synonyms: synonyms
                    .split('|')
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect(),
            });
        }
        Ok((pack, issues))
    }

    /// The labels of every concept, numbered by concept, for [`super::SearchIndex::build`].
    pub fn labels(&self) -> impl Iterator<Item = (u32, &str, bool)> + '_ {
        self.concepts.iter().enumerate().flat_map(|(i, c)| {
            std::iter::once((i as u32, c.preferred.as_str(), true)).chain(
                c.synonyms
                    .iter()
                    .map(move |s| (i as u32, s.as_str(), false)),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Pack {
        Pack {
            kind: PackKind::Occupations,
            language: "ar".into(),
            notes: vec![
                "This service uses the ESCO classification of the European Commission.".into(),
            ],
            concepts: vec![
                PackConcept {
                    uri: EscoUri::new("http://data.europa.eu/esco/occupation/b8b3a9a5-5b4f")
                        .expect("uri"),
                    isco: Some("7411".into()),
                    regulated: Some(true),
                    preferred: "كهربائي".into(),
                    synonyms: vec!["فني كهرباء".into(), "كهربجي".into()],
                },
                PackConcept {
                    uri: EscoUri::new("http://data.europa.eu/esco/occupation/c1").expect("uri"),
                    isco: None,
                    regulated: None,
                    preferred: "طباخ".into(),
                    synonyms: vec![],
                },
            ],
        }
    }

    #[test]
    fn writes_and_reads_back_the_same_pack() {
        let pack = sample();
        let text = pack.to_text();
        assert!(text.starts_with("# skillmap-pack 1 occupations ar\n# This service uses the ESCO"));
        assert_eq!(Pack::parse(&text), Ok((pack, vec![])));
    }

    #[test]
    fn labels_lose_characters_that_would_break_the_format() {
        let mut pack = sample();
        pack.concepts[1].preferred = "cook\tchef|x\nline".into();
        pack.concepts[1].synonyms = vec!["a|b".into(), " ".into()];
        let (back, issues) = Pack::parse(&pack.to_text()).expect("a pack");
        assert!(issues.is_empty());
        assert_eq!(back.concepts[1].preferred, "cook chef x line");
        assert_eq!(back.concepts[1].synonyms, ["a b"]);
    }

    #[test]
    fn bad_lines_are_reported_and_skipped() {
        let text = "# skillmap-pack 1 skills en\nabc\t\t\tcooking\t\nbad line\n<x>\t\t\tlabel\t\n\t\t\t\t\nd1\t\t\t\tsyn\n";
        let (pack, issues) = Pack::parse(text).expect("a pack");
        assert_eq!(pack.concepts.len(), 1);
        assert_eq!(
            pack.concepts[0].uri.as_str(),
            "http://data.europa.eu/esco/skill/abc"
        );
        // Line 5 holds only tabs: blank, so skipped silently.
        assert_eq!(issues.iter().map(|i| i.line).collect::<Vec<_>>(), [3, 4, 6]);
    }

    #[test]
    fn refuses_what_is_not_a_pack() {
        for text in [
            "",
            "hello",
            "# skillmap-pack 2 skills en",
            "# skillmap-pack 1 widgets en",
        ] {
            assert!(Pack::parse(text).is_err(), "{text:?}");
        }
    }
}
