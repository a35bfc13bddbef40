//! Validation as data: a list of findings, each tied to a field. The UI shows each one
//! beside its field and in a summary, in the person's language.

use std::fmt;

use crate::{PartialDate, Profile};

/// Where a finding belongs: a dotted path matching the file's JSON (`languages.other[1].language`).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldPath(String);

impl FieldPath {
    /// A path from its text.
    pub fn new(path: impl Into<String>) -> Self {
        Self(path.into())
    }

    /// The path as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.0)
    }
}

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Something is missing that a counsellor or employer will want.
    Hint,
    /// Something is wrong as entered.
    Error,
}

/// What is wrong. The words live in the UI's translations, one per variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueKind {
    /// No name in any script.
    NameMissing,
    /// Birth year before 1900 or in the future.
    BirthYearOutOfRange,
    /// A date after today.
    DateInFuture,
    /// Arrival before birth.
    ArrivalBeforeBirth,
    /// An end date before its start date.
    EndBeforeStart,
    /// Not an e-mail address.
    EmailInvalid,
    /// A phone number with characters that are not digits, spaces, `+ - ( ) .` or `/`.
    PhoneInvalid,
    /// The same language twice.
    LanguageDuplicate,
    /// A language row with no language chosen.
    LanguageMissing,
    /// A language that is also listed as a mother tongue.
    LanguageAlsoMotherTongue,
    /// A language with no level in any skill.
    LanguageLevelsMissing,
    /// The same nationality twice.
    NationalityDuplicate,
    /// A job with no occupation, neither coded nor in words.
    OccupationMissing,
}

impl IssueKind {
    /// How much this kind of finding matters.
    pub fn severity(self) -> Severity {
        match self {
            Self::NameMissing | Self::LanguageLevelsMissing | Self::OccupationMissing => {
                Severity::Hint
            }
            _ => Severity::Error,
        }
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// The field it belongs beside.
    pub field: FieldPath,
    /// What is wrong.
    pub kind: IssueKind,
}

impl Issue {
    fn new(field: impl Into<String>, kind: IssueKind) -> Self {
        Self {
            field: FieldPath::new(field),
            kind,
        }
    }
}

/// Every finding for `profile`, given today's date (so the core needs no clock).
/// An empty list means nothing to fix.
pub fn validate(profile: &Profile, today: PartialDate) -> Vec<Issue> {
    let mut out = Vec::new();
    let p = &profile.personal;
    let has_name = [
        &p.given_names,
        &p.family_name,
        &p.given_names_latin,
        &p.family_name_latin,
        &p.preferred_name,
    ]
    .iter()
    .any(|s| !s.trim().is_empty());
    if !has_name {
        out.push(Issue::new("personal.given_names", IssueKind::NameMissing));
    }
    let birth_year = match p.birth_year {
        Some(y) if y < PartialDate::MIN_YEAR || y > today.year_part() => {
            out.push(Issue::new(
                "personal.birth_year",
                IssueKind::BirthYearOutOfRange,
            ));
            None // a wrong year says nothing about the arrival date
        }
        other => other,
    };
    if let Some(arrival) = p.arrival {
        if arrival.is_after(today) {
            out.push(Issue::new("personal.arrival", IssueKind::DateInFuture));
        } else if birth_year.is_some_and(|y| arrival.year_part() < y) {
            out.push(Issue::new(
                "personal.arrival",
                IssueKind::ArrivalBeforeBirth,
            ));
        }
    }
    let email = p.contact.email.trim();
    if !email.is_empty() && !looks_like_email(email) {
        out.push(Issue::new(
            "personal.contact.email",
            IssueKind::EmailInvalid,
        ));
    }
    let phone = p.contact.phone.trim();
    if !phone.is_empty() && !looks_like_phone(phone) {
        out.push(Issue::new(
            "personal.contact.phone",
            IssueKind::PhoneInvalid,
        ));
    }
    for (i, n) in p.nationalities.iter().enumerate() {
        if p.nationalities[..i].contains(n) {
            out.push(Issue::new(
                format!("personal.nationalities[{i}]"),
                IssueKind::NationalityDuplicate,
            ));
        }
    }

    let langs = &profile.languages;
    for (i, l) in langs.other.iter().enumerate() {
        let at = |f: &str| format!("languages.other[{i}].{f}");
        match &l.language {
            None => out.push(Issue::new(at("language"), IssueKind::LanguageMissing)),
            Some(code) if langs.mother_tongues.contains(code) => {
                out.push(Issue::new(
                    at("language"),
                    IssueKind::LanguageAlsoMotherTongue,
                ));
            }
            Some(code)
                if langs.other[..i]
                    .iter()
                    .any(|o| o.language.as_ref() == Some(code)) =>
            {
                out.push(Issue::new(at("language"), IssueKind::LanguageDuplicate));
            }
            Some(_) => {}
        }
        if l.language.is_some() && l.levels.is_empty() {
            out.push(Issue::new(at("levels"), IssueKind::LanguageLevelsMissing));
        }
    }

    for (i, e) in profile.education.iter().enumerate() {
        check_period(&mut out, &format!("education[{i}]"), e.start, e.end, today);
    }
    for (i, w) in profile.work.iter().enumerate() {
        check_period(&mut out, &format!("work[{i}]"), w.start, w.end, today);
        if w.occupation.esco.is_none() && w.occupation.text.trim().is_empty() {
            out.push(Issue::new(
                format!("work[{i}].occupation"),
                IssueKind::OccupationMissing,
            ));
        }
    }
    for (i, v) in profile.volunteering.iter().enumerate() {
        check_period(
            &mut out,
            &format!("volunteering[{i}]"),
            v.start,
            v.end,
            today,
        );
    }
    for (i, c) in profile.certificates.iter().enumerate() {
        if c.date.is_some_and(|d| d.is_after(today)) {
            out.push(Issue::new(
                format!("certificates[{i}].date"),
                IssueKind::DateInFuture,
            ));
        }
    }
    out
}

fn check_period(
    out: &mut Vec<Issue>,
    at: &str,
    start: Option<PartialDate>,
    end: Option<PartialDate>,
    today: PartialDate,
) {
    if start.is_some_and(|s| s.is_after(today)) {
        out.push(Issue::new(format!("{at}.start"), IssueKind::DateInFuture));
    }
    if let (Some(s), Some(e)) = (start, end) {
        if s.is_after(e) {
            out.push(Issue::new(format!("{at}.end"), IssueKind::EndBeforeStart));
        }
    }
}

fn looks_like_email(s: &str) -> bool {
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && !s.chars().any(char::is_whitespace)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
}

fn looks_like_phone(s: &str) -> bool {
    let digits = s.chars().filter(char::is_ascii_digit).count();
    (5..=20).contains(&digits)
        && s.chars()
            .all(|c| c.is_ascii_digit() || " +-().\u{a0}/".contains(c))
}
