//! The file format through its public boundary: `encode` and `decode`.

mod common;

use common::sample_profile;
use skillmap_profile::file::{CURRENT_VERSION, MAX_FILE_BYTES};
use skillmap_profile::{decode, encode, ImportError, Profile};

/// Decodes `input` and compares the outcome with `expected`, naming the case on failure.
fn check(name: &str, input: &[u8], expected: Result<&Profile, ImportError>) {
    let got = decode(input);
    assert_eq!(got.as_ref().map_err(Clone::clone), expected, "case {name}");
}

#[test]
fn refuses_what_is_not_a_profile() {
    let empty = Profile::default();
    let cases: &[(&str, &[u8], Result<&Profile, ImportError>)] = &[
        ("empty file", b"", Err(ImportError::NotJson)),
        ("a png", b"\x89PNG\r\n\x1a\n\0\0", Err(ImportError::NotJson)),
        (
            "truncated",
            br#"{"format":"skillmap-profile","#,
            Err(ImportError::NotJson),
        ),
        (
            "invalid utf-8",
            b"{\"a\":\"\xff\"}",
            Err(ImportError::NotJson),
        ),
        ("a number", b"42", Err(ImportError::NotAProfile)),
        ("an array", b"[]", Err(ImportError::NotAProfile)),
        (
            "other format",
            br#"{"format":"europass","version":1,"profile":{}}"#,
            Err(ImportError::NotAProfile),
        ),
        (
            "no format",
            br#"{"version":1,"profile":{}}"#,
            Err(ImportError::NotAProfile),
        ),
        (
            "too new",
            br#"{"format":"skillmap-profile","version":99,"profile":{}}"#,
            Err(ImportError::TooNew {
                found: 99,
                supported: CURRENT_VERSION,
            }),
        ),
        (
            "minimal",
            br#"{"format":"skillmap-profile","version":1,"profile":{}}"#,
            Ok(&empty),
        ),
        (
            "byte order mark",
            b"\xEF\xBB\xBF{\"format\":\"skillmap-profile\",\"version\":1,\"profile\":{}}",
            Ok(&empty),
        ),
        (
            "unknown fields are tolerated",
            br#"{"format":"skillmap-profile","version":1,"extra":1,"profile":{"later":true}}"#,
            Ok(&empty),
        ),
    ];
    for (name, input, expected) in cases {
        check(name, input, expected.clone());
    }
}

#[test]
fn says_where_a_bad_value_is() {
    // (case, input, expected line, a word the detail must contain); line 0 = the envelope.
    let cases: &[(&str, &str, usize, &str)] = &[
        ("version zero", r#"{"format":"skillmap-profile","version":0,"profile":{}}"#, 0, "version"),
        ("version text", r#"{"format":"skillmap-profile","version":"1","profile":{}}"#, 0, "version"),
        ("version negative", r#"{"format":"skillmap-profile","version":-1,"profile":{}}"#, 0, "version"),
        ("no profile", r#"{"format":"skillmap-profile","version":1}"#, 0, "profile"),
        ("profile not object", r#"{"format":"skillmap-profile","version":1,"profile":[]}"#, 0, "profile"),
        (
            "bad country",
            r#"{"format":"skillmap-profile","version":1,"profile":{"personal":{"country_of_origin":"XX"}}}"#,
            1,
            "country code",
        ),
        (
            "bad cefr level",
            "{\"format\":\"skillmap-profile\",\"version\":1,\n\"profile\":{\"languages\":{\"other\":[{\"levels\":{\"reading\":\"D1\"}}]}}}",
            2,
            "D1",
        ),
        (
            "bad date",
            r#"{"format":"skillmap-profile","version":1,"profile":{"personal":{"arrival":"March"}}}"#,
            1,
            "YYYY",
        ),
        (
            "not an ESCO uri",
            r#"{"format":"skillmap-profile","version":1,"profile":{"work":[{"occupation":{"esco":"http://x/y"}}]}}"#,
            1,
            "ESCO",
        ),
        (
            "wrong type",
            r#"{"format":"skillmap-profile","version":1,"profile":{"personal":{"birth_year":"1990"}}}"#,
            1,
            "u16",
        ),
    ];
    for (name, input, line, word) in cases {
        match decode(input.as_bytes()) {
            Err(ImportError::Invalid {
                line: l,
                column,
                detail,
            }) => {
                assert_eq!(l, *line, "case {name}: {detail}");
                assert_eq!(column > 0, *line > 0, "case {name}: column {column}");
                assert!(detail.contains(word), "case {name}: {detail}");
            }
            other => panic!("case {name}: {other:?}"),
        }
    }
}

#[test]
fn points_at_the_line_of_a_bad_value_in_a_real_file() {
    let text = include_str!("fixtures/v1-full.json").replace(
        r#""country_of_origin": "SY""#,
        r#""country_of_origin": "Syria""#,
    );
    let line = 1 + text
        .lines()
        .position(|l| l.contains("\"Syria\""))
        .expect("edited line");
    match decode(text.as_bytes()) {
        Err(ImportError::Invalid { line: l, .. }) => assert_eq!(l, line),
        other => panic!("{other:?}"),
    }
}

#[test]
fn refuses_files_over_the_limit_before_parsing() {
    let big = vec![b' '; MAX_FILE_BYTES + 1];
    check(
        "too large",
        &big,
        Err(ImportError::TooLarge {
            bytes: MAX_FILE_BYTES + 1,
            max: MAX_FILE_BYTES,
        }),
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    // Regression guard: a hostile file nested deeper than serde_json's recursion limit.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    check("deep", deep.as_bytes(), Err(ImportError::NotJson));
}

#[test]
fn every_version_ever_shipped_still_imports() {
    // One fixture per shipped version; each must decode to the same profile.
    let v1 = include_bytes!("fixtures/v1-full.json");
    check("v1 full", v1, Ok(&sample_profile()));
}

#[test]
fn encode_writes_the_envelope() {
    let text = encode(&sample_profile());
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(v["format"], "skillmap-profile");
    assert_eq!(v["version"], CURRENT_VERSION);
    assert!(v["created_with"]
        .as_str()
        .is_some_and(|s| s.starts_with("skillmap ")));
    assert_eq!(v["profile"]["personal"]["given_names"], "أمل");
    assert_eq!(decode(text.as_bytes()), Ok(sample_profile()));
}
