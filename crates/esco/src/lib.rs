//! Reads the official ESCO CSV download: `occupations_<lang>.csv`, `skills_<lang>.csv` and
//! the skill collections, in any of ESCO's languages (the columns are the same; the labels
//! are in that language). A native tool's library: it never runs in the browser.
//!
//! Columns are found by their header name, in any order; columns it does not use are
//! ignored. A row that cannot be used (no URI, a URI that is not ESCO's, no label) is left
//! out and reported as a [`RowIssue`], never a panic.
//!
//! Credit for any use of the data: "This service uses the ESCO classification of the
//! European Commission."

use std::io::Read;

pub mod bench;
pub mod convert;
pub mod starter;

use skillmap_profile::EscoUri;

/// Whether ESCO marks an occupation as a regulated profession.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Regulation {
    /// Not said.
    Unknown,
    /// `…/regulated-professions/unregulated`.
    Unregulated,
    /// `…/regulated-professions/regulated`, or a note saying how it is regulated.
    Regulated {
        /// ESCO's note, where it gives one in words.
        note: Option<String>,
    },
}

/// One occupation or skill as ESCO lists it, in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concept {
    /// ESCO URI.
    pub uri: EscoUri,
    /// Preferred label.
    pub preferred: String,
    /// Alternative labels, in ESCO's order, without blanks or repeats of the preferred one.
    pub alternatives: Vec<String>,
    /// ISCO-08 unit group (four digits) for occupations; `None` for skills.
    pub isco: Option<String>,
    /// Regulated profession or not (occupations only).
    pub regulation: Regulation,
}

/// A row left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowIssue {
    /// 1-based record number in the file, header excluded.
    pub row: usize,
    /// Why.
    pub kind: RowIssueKind,
}

/// Why a row was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowIssueKind {
    /// The URI is missing or not an ESCO occupation or skill URI.
    BadUri(String),
    /// No preferred label.
    NoLabel,
    /// The CSV record itself is broken (quotes, field count).
    Malformed(String),
}

/// Why a file could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum EscoError {
    /// The header lacks a column every ESCO file has.
    #[error("the file has no {0:?} column; is it an ESCO CSV file?")]
    MissingColumn(&'static str),
    /// Reading failed (I/O, not UTF-8).
    #[error("could not read the CSV: {0}")]
    Csv(#[from] csv::Error),
}

/// Reads an ESCO occupations or skills CSV file.
///
/// # Errors
/// [`EscoError`] when the file cannot be read or is not an ESCO CSV file; bad rows are
/// returned as issues instead.
pub fn read_concepts(input: impl Read) -> Result<(Vec<Concept>, Vec<RowIssue>), EscoError> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let headers = reader.headers()?.clone();
    let column = |name: &'static str| headers.iter().position(|h| h.trim() == name);
    let uri_col = column("conceptUri").ok_or(EscoError::MissingColumn("conceptUri"))?;
    let label_col = column("preferredLabel").ok_or(EscoError::MissingColumn("preferredLabel"))?;
    let alt_col = column("altLabels");
    let isco_col = column("iscoGroup");
    let regulated_col = column("regulatedProfessionNote");

    let mut concepts = Vec::new();
    let mut issues = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let row = i + 1;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                issues.push(RowIssue {
                    row,
                    kind: RowIssueKind::Malformed(e.to_string()),
                });
                continue;
            }
        };
        let field = |col: Option<usize>| col.and_then(|c| record.get(c)).unwrap_or("").trim();
        let raw_uri = field(Some(uri_col));
        let Ok(uri) = EscoUri::new(raw_uri) else {
            issues.push(RowIssue {
                row,
                kind: RowIssueKind::BadUri(raw_uri.to_owned()),
            });
            continue;
        };
        let preferred = field(Some(label_col))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if preferred.is_empty() {
            issues.push(RowIssue {
                row,
                kind: RowIssueKind::NoLabel,
            });
            continue;
        }
        let alternatives = split_labels(field(alt_col), &preferred);
        let isco = Some(field(isco_col))
            .filter(|c| c.len() == 4 && c.bytes().all(|b| b.is_ascii_digit()))
            .map(str::to_owned);
        let regulation = regulation(field(regulated_col));
        concepts.push(Concept {
            uri,
            preferred,
            alternatives,
            isco,
            regulation,
        });
    }
    Ok((concepts, issues))
}

/// ESCO separates alternative labels with new lines (the main files) or ` | ` (the
/// collections).
fn split_labels(text: &str, preferred: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for label in text.split(['\n', '|']) {
        let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
        if !label.is_empty() && label != preferred && !out.contains(&label) {
            out.push(label);
        }
    }
    out
}

fn regulation(note: &str) -> Regulation {
    const BASE: &str = "http://data.europa.eu/esco/regulated-professions/";
    match note.strip_prefix(BASE) {
        _ if note.is_empty() => Regulation::Unknown,
        Some("unregulated") => Regulation::Unregulated,
        Some(_) => Regulation::Regulated { note: None },
        None => Regulation::Regulated {
            note: Some(note.to_owned()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `csv` and compares (concepts' URIs and labels, issue rows) with the expectation.
    fn check(name: &str, csv: &str, concepts: &[(&str, &[&str])], issue_rows: &[usize]) {
        let (got, issues) = read_concepts(csv.as_bytes()).expect(name);
        let got: Vec<(String, Vec<String>)> = got
            .into_iter()
            .map(|c| (c.preferred, c.alternatives))
            .collect();
        let want: Vec<(String, Vec<String>)> = concepts
            .iter()
            .map(|(p, a)| (p.to_string(), a.iter().map(|s| s.to_string()).collect()))
            .collect();
        assert_eq!(got, want, "case {name}");
        assert_eq!(
            issues.iter().map(|i| i.row).collect::<Vec<_>>(),
            issue_rows,
            "case {name}: {issues:?}"
        );
    }

    const OCC: &str = "http://data.europa.eu/esco/occupation/";

    #[test]
    fn reads_rows_and_reports_the_ones_it_leaves_out() {
        check(
            "columns in any order, both label separators, blanks and repeats dropped",
            &format!("altLabels,preferredLabel,conceptUri\n\"cook\n  chef de partie \n\ncook | kitchen chef\",chef,{OCC}1\n"),
            &[("chef", &["cook", "chef de partie", "kitchen chef"])],
            &[],
        );
        check(
            "bad rows",
            &format!("conceptUri,preferredLabel\n,nurse\nhttp://example.org/x,nurse\n{OCC}2,\n{OCC}3,nurse\n"),
            &[("nurse", &[])],
            &[1, 2, 3],
        );
    }

    #[test]
    fn refuses_files_that_are_not_esco() {
        assert!(matches!(
            read_concepts("name,age\nA,3\n".as_bytes()),
            Err(EscoError::MissingColumn("conceptUri"))
        ));
        assert!(
            matches!(read_concepts(&b"conceptUri,preferredLabel\n\xff\xfe,x\n"[..]), Ok((_, ref i)) if i.len() == 1)
        );
    }

    #[test]
    fn reads_isco_codes_and_regulation() {
        let csv = format!(
            "conceptUri,preferredLabel,iscoGroup,regulatedProfessionNote\n\
             {OCC}1,nurse,2221,http://data.europa.eu/esco/regulated-professions/regulated\n\
             {OCC}2,cook,5120,http://data.europa.eu/esco/regulated-professions/unregulated\n\
             {OCC}3,electrician,74,Regulated in several Member States\n\
             {OCC}4,helper,,\n"
        );
        let (c, _) = read_concepts(csv.as_bytes()).expect("reads");
        assert_eq!(c[0].isco.as_deref(), Some("2221"));
        assert_eq!(c[0].regulation, Regulation::Regulated { note: None });
        assert_eq!(c[1].regulation, Regulation::Unregulated);
        assert_eq!(c[2].isco, None, "not a four-digit unit group");
        assert_eq!(
            c[2].regulation,
            Regulation::Regulated {
                note: Some("Regulated in several Member States".into())
            }
        );
        assert_eq!(c[3].regulation, Regulation::Unknown);
    }
}
