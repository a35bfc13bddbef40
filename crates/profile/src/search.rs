//! Search over occupations and skills in the person's own words: text folding for every
//! script, and a type-ahead index tolerant of prefixes and typos.

pub mod catalog;
pub mod fold;
pub mod index;
pub mod pack;

pub use catalog::{Catalog, Concept, Found, SkillLinks};
pub use fold::{fold, tokens};
pub use index::{Hit, SearchIndex};
pub use pack::{Pack, PackConcept, PackError, PackIssue, PackKind};
