//! Validation findings through `validate`, one table.

mod common;

use common::*;
use skillmap_profile::*;

/// Applies `edit` to the sample profile and compares the findings with `expected`.
fn check(name: &str, edit: impl FnOnce(&mut Profile), expected: &[(&str, IssueKind)]) {
    let mut p = sample_profile();
    edit(&mut p);
    let got: Vec<(String, IssueKind)> = validate(&p, date("2026-11"))
        .into_iter()
        .map(|i| (i.field.to_string(), i.kind))
        .collect();
    let want: Vec<(String, IssueKind)> =
        expected.iter().map(|(f, k)| (f.to_string(), *k)).collect();
    assert_eq!(got, want, "case {name}");
}

#[test]
fn sample_profile_has_no_findings() {
    check("sample", |_| {}, &[]);
}

#[test]
fn findings_name_their_field() {
    use IssueKind::*;
    check(
        "no name",
        |p| {
            p.personal = Personal {
                birth_year: Some(1990),
                ..Default::default()
            }
        },
        &[("personal.given_names", NameMissing)],
    );
    check(
        "born in future",
        |p| p.personal.birth_year = Some(2030),
        &[("personal.birth_year", BirthYearOutOfRange)],
    );
    check(
        "born too early",
        |p| p.personal.birth_year = Some(1800),
        &[("personal.birth_year", BirthYearOutOfRange)],
    );
    check(
        "arrives in future",
        |p| p.personal.arrival = Some(date("2027")),
        &[("personal.arrival", DateInFuture)],
    );
    check(
        "arrives this month",
        |p| p.personal.arrival = Some(date("2026-11")),
        &[],
    );
    check(
        "arrives before birth",
        |p| p.personal.arrival = Some(date("1985")),
        &[("personal.arrival", ArrivalBeforeBirth)],
    );
    check(
        "bad email",
        |p| p.personal.contact.email = "amal at home".into(),
        &[("personal.contact.email", EmailInvalid)],
    );
    check(
        "email no dot",
        |p| p.personal.contact.email = "amal@home".into(),
        &[("personal.contact.email", EmailInvalid)],
    );
    check(
        "bad phone",
        |p| p.personal.contact.phone = "call me".into(),
        &[("personal.contact.phone", PhoneInvalid)],
    );
    check(
        "arabic-indic digits are not accepted yet",
        |p| p.personal.contact.phone = "٠١٢٣٤٥٦".into(),
        &[("personal.contact.phone", PhoneInvalid)],
    );
    check(
        "nationality twice",
        |p| p.personal.nationalities.push(country("SY")),
        &[("personal.nationalities[1]", NationalityDuplicate)],
    );
    check(
        "language twice",
        |p| {
            let l = p.languages.other[0].clone();
            p.languages.other.push(l);
        },
        &[("languages.other[2].language", LanguageDuplicate)],
    );
    check(
        "language unchosen",
        |p| p.languages.other[1].language = None,
        &[("languages.other[1].language", LanguageMissing)],
    );
    check(
        "mother tongue again",
        |p| p.languages.other[1].language = Some(lang("ar")),
        &[("languages.other[1].language", LanguageAlsoMotherTongue)],
    );
    check(
        "no levels",
        |p| p.languages.other[1].levels = CefrGrid::default(),
        &[("languages.other[1].levels", LanguageLevelsMissing)],
    );
    check(
        "study ends before start",
        |p| p.education[0].end = Some(date("2007")),
        &[("education[0].end", EndBeforeStart)],
    );
    check(
        "job starts in future",
        |p| p.work[0].start = Some(date("2027-01")),
        &[
            ("work[0].start", DateInFuture),
            ("work[0].end", EndBeforeStart),
        ],
    );
    check(
        "job uncoded and unnamed",
        |p| p.work[0].occupation = Occupation::default(),
        &[("work[0].occupation", OccupationMissing)],
    );
    check(
        "certificate from the future",
        |p| {
            p.certificates.push(Certificate {
                date: Some(date("2030")),
                ..Default::default()
            })
        },
        &[("certificates[0].date", DateInFuture)],
    );
}

#[test]
fn an_empty_profile_only_misses_a_name() {
    let got = validate(&Profile::default(), date("2026"));
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].kind, IssueKind::NameMissing);
    assert_eq!(got[0].kind.severity(), Severity::Hint);
}
