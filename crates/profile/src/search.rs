//! Search over occupations and skills in the person's own words (groundwork: text folding).

pub mod fold;

pub use fold::{fold, tokens};
