//! The skillmap file: one envelope for export, import and autosave.
//!
//! ```json
//! { "format": "skillmap-profile", "version": 1, "created_with": "skillmap 0.1.0", "profile": { … } }
//! ```
//!
//! [`decode`] is the only way in. It accepts every version ever shipped, upgrading older
//! ones step by step ([`MIGRATIONS`]), and refuses anything else with an [`ImportError`].
//! It never panics, whatever the bytes.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::Profile;

/// The `format` field of every skillmap file.
pub const FORMAT: &str = "skillmap-profile";

/// Files larger than this are refused before parsing (a full profile is a few tens of KB).
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

/// A migration upgrades the `profile` value of a file in place by one version.
pub type Migration = fn(&mut Value);

/// `MIGRATIONS[i]` upgrades a version `i + 1` profile to version `i + 2`. Append only: a
/// shipped version's step never changes, and each has a fixture in `tests/fixtures/`.
pub const MIGRATIONS: &[Migration] = &[];

/// The version this build writes: one more than the number of migrations.
pub const CURRENT_VERSION: u64 = 1 + MIGRATIONS.len() as u64;

/// Why a file could not be opened. The words for people live in the UI, one message per
/// variant.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Larger than [`MAX_FILE_BYTES`].
    #[error("file is {bytes} bytes; the limit is {max}")]
    TooLarge {
        /// The file's size.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// Not JSON at all (a photo, a PDF without a profile, a damaged file).
    #[error("not JSON")]
    NotJson,
    /// JSON, but not a skillmap profile.
    #[error("not a skillmap profile")]
    NotAProfile,
    /// Written by a newer skillmap than this one.
    #[error("file version {found} is newer than this app's {supported}")]
    TooNew {
        /// The file's version.
        found: u64,
        /// The newest version this build reads.
        supported: u64,
    },
    /// A skillmap file with a value this app cannot accept.
    #[error("invalid value at line {line}, column {column}: {detail}")]
    Invalid {
        /// Line of the file (from 1) where the bad value is; 0 when not in the file's text
        /// (the envelope itself, or a value written by a migration).
        line: usize,
        /// Column (from 1) on that line.
        column: usize,
        /// What was wrong, for developers and logs.
        detail: String,
    },
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    version: u64,
    created_with: &'a str,
    profile: &'a Profile,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    format: Value,
    version: Value,
    profile: Option<Value>,
}

/// The typed read. Deserialised straight from the file's bytes (not from a `Value`), so a
/// bad value is reported with its line and column, and the app carries one instantiation
/// of the model's deserialisers.
#[derive(Deserialize)]
struct TypedEnvelope {
    profile: Profile,
}

/// The name and version of the program that writes the file.
pub const CREATED_WITH: &str = concat!("skillmap ", env!("CARGO_PKG_VERSION"));

/// Writes `profile` as a current-version skillmap file (pretty-printed JSON, UTF-8).
pub fn encode(profile: &Profile) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT,
        version: CURRENT_VERSION,
        created_with: CREATED_WITH,
        profile,
    };
    // Invariant: every map key in the model is a string and no value can fail to serialise.
    serde_json::to_string_pretty(&envelope).expect("a Profile always serialises")
}

/// Reads a skillmap file of any version ever shipped.
///
/// # Errors
/// See [`ImportError`]: too large, not JSON, not a profile, too new, or an invalid value.
pub fn decode(bytes: &[u8]) -> Result<Profile, ImportError> {
    decode_with(bytes, MIGRATIONS)
}

/// [`decode`] with a given chain of migrations (tests use a chain of their own).
fn decode_with(bytes: &[u8], migrations: &[Migration]) -> Result<Profile, ImportError> {
    let current = 1 + migrations.len() as u64;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            bytes: bytes.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let value: Value = serde_json::from_slice(bytes).map_err(|_| ImportError::NotJson)?;
    let envelope: EnvelopeIn =
        serde_json::from_value(value).map_err(|_| ImportError::NotAProfile)?;
    if envelope.format != FORMAT {
        return Err(ImportError::NotAProfile);
    }
    let envelope_error = |detail: &str| ImportError::Invalid {
        line: 0,
        column: 0,
        detail: detail.into(),
    };
    let version = match envelope.version.as_u64() {
        Some(v) if v >= 1 => v,
        _ => return Err(envelope_error("version: expected a whole number from 1")),
    };
    if version > current {
        return Err(ImportError::TooNew {
            found: version,
            supported: current,
        });
    }
    let mut profile = envelope
        .profile
        .ok_or_else(|| envelope_error("profile: missing"))?;
    if !profile.is_object() {
        return Err(envelope_error("profile: not an object"));
    }
    let typed = if version == current {
        serde_json::from_slice::<TypedEnvelope>(bytes)
    } else {
        // `version` is in 1..CURRENT_VERSION, so the slice is in bounds.
        for step in &migrations[(version - 1) as usize..] {
            step(&mut profile);
        }
        let upgraded = serde_json::json!({ "profile": profile }).to_string();
        serde_json::from_str::<TypedEnvelope>(&upgraded).map_err(|e| {
            // Positions in the upgraded text mean nothing to the person: drop them.
            serde_json::Error::io(std::io::Error::other(e.to_string()))
        })
    };
    typed.map(|t| t.profile).map_err(|e| ImportError::Invalid {
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    })
}

/// The JSON Schema (draft 2020-12) of the current file version, generated from the types.
#[cfg(feature = "schema")]
pub fn schema_json() -> String {
    let mut profile =
        serde_json::to_value(schemars::schema_for!(Profile)).expect("a schema is plain JSON");
    let mut defs = profile
        .as_object_mut()
        .and_then(|o| o.remove("$defs"))
        .unwrap_or_else(|| Value::Object(Default::default()));
    if let Some(o) = profile.as_object_mut() {
        o.remove("$schema");
    }
    if let Some(d) = defs.as_object_mut() {
        d.insert("Profile".into(), profile);
    }
    let root = serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "skillmap profile file",
        "description": "A skills profile exported by skillmap. Older versions are upgraded on import.",
        "type": "object",
        "required": ["format", "version", "profile"],
        "properties": {
            "format": { "const": FORMAT },
            "version": { "const": CURRENT_VERSION },
            "created_with": { "type": "string" },
            "profile": { "$ref": "#/$defs/Profile" }
        },
        "$defs": defs,
    });
    let mut text = serde_json::to_string_pretty(&root).expect("a schema is plain JSON");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn current_version_matches_migrations() {
        assert_eq!(CURRENT_VERSION, MIGRATIONS.len() as u64 + 1);
    }

    /// A pretend v1 → v2 step: v1 kept one `name`, v2 splits it.
    fn split_name(profile: &mut Value) {
        if let Some(name) = profile.as_object_mut().and_then(|o| o.remove("name")) {
            profile["personal"] = serde_json::json!({ "given_names": name });
        }
    }

    #[test]
    fn older_versions_are_upgraded_step_by_step() {
        let chain: &[Migration] = &[split_name];
        let v1 = br#"{"format":"skillmap-profile","version":1,"profile":{"name":"Hagos"}}"#;
        let p = decode_with(v1, chain).expect("v1 upgrades");
        assert_eq!(p.personal.given_names, "Hagos");
        let v2 = br#"{"format":"skillmap-profile","version":2,"profile":{"personal":{"given_names":"Hagos"}}}"#;
        assert_eq!(decode_with(v2, chain), Ok(p));
        let v3 = br#"{"format":"skillmap-profile","version":3,"profile":{}}"#;
        assert_eq!(
            decode_with(v3, chain),
            Err(ImportError::TooNew {
                found: 3,
                supported: 2
            })
        );
        // A bad value after an upgrade is still refused, without a misleading position.
        let bad = br#"{"format":"skillmap-profile","version":1,"profile":{"name":7}}"#;
        assert!(matches!(
            decode_with(bad, chain),
            Err(ImportError::Invalid { line: 0, .. })
        ));
    }
}
