//! skillmap's pure core: the profile a person builds, its file format and validation.
//!
//! Nothing here touches the web: no leptos, no web-sys. Everything is plain data with
//! behaviour as methods, tested natively with `cargo test -p skillmap-profile`.
//!
//! - [`Profile`] and its sections hold every answer; coded answers are enums and newtypes.
//! - [`file`] writes and reads the versioned envelope used for export, import and autosave.
//! - [`validate`] lists findings per field; it never writes user-facing words.

pub mod cefr;
pub mod codes;
pub mod date;
pub mod file;
pub mod model;
pub mod search;
pub mod validate;

pub use cefr::{CefrGrid, CefrLevel, LanguageSkillArea};
pub use codes::{CodeError, CountryCode, EscoUri, LanguageCode};
pub use date::PartialDate;
pub use file::{decode, encode, ImportError};
pub use model::*;
pub use validate::{validate, FieldPath, Issue, IssueKind, Severity};
