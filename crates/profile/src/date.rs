//! Dates people remember only in part: a year, or a year and a month.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Why a string is not a partial date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a date of the form YYYY or YYYY-MM: {0:?}")]
pub struct DateError(pub String);

/// A year (`2019`) or a year and month (`2019-05`), written in ISO 8601's reduced
/// precision form. Orders by year, then month, a missing month first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PartialDate {
    year: u16,
    month: Option<u8>,
}

impl PartialDate {
    /// Earliest year accepted.
    pub const MIN_YEAR: u16 = 1900;
    /// Latest year accepted; whether a date is in the future is a validation finding.
    pub const MAX_YEAR: u16 = 2200;

    /// A year only.
    ///
    /// # Errors
    /// When the year is outside [`Self::MIN_YEAR`]..=[`Self::MAX_YEAR`].
    pub fn year(year: u16) -> Result<Self, DateError> {
        Self::new(year, None)
    }

    /// A year and an optional month (1–12).
    ///
    /// # Errors
    /// When the year or month is out of range.
    pub fn new(year: u16, month: Option<u8>) -> Result<Self, DateError> {
        let year_ok = (Self::MIN_YEAR..=Self::MAX_YEAR).contains(&year);
        let month_ok = month.is_none_or(|m| (1..=12).contains(&m));
        if year_ok && month_ok {
            Ok(Self { year, month })
        } else {
            Err(DateError(match month {
                Some(m) => format!("{year:04}-{m:02}"),
                None => format!("{year:04}"),
            }))
        }
    }

    /// Parses `YYYY` or `YYYY-MM`.
    ///
    /// # Errors
    /// [`DateError`] for any other shape or an out-of-range value.
    pub fn parse(s: &str) -> Result<Self, DateError> {
        let err = || DateError(s.to_owned());
        let (y, m) = match s.split_once('-') {
            Some((y, m)) => (y, Some(m)),
            None => (s, None),
        };
        let digits = |t: &str, n: usize| t.len() == n && t.bytes().all(|b| b.is_ascii_digit());
        if !digits(y, 4) || m.is_some_and(|m| !digits(m, 2)) {
            return Err(err());
        }
        let year = y.parse().map_err(|_| err())?;
        let month = m.map(|m| m.parse()).transpose().map_err(|_| err())?;
        Self::new(year, month).map_err(|_| err())
    }

    /// The year.
    pub fn year_part(self) -> u16 {
        self.year
    }

    /// The month, 1–12, when known.
    pub fn month_part(self) -> Option<u8> {
        self.month
    }

    /// True when `self` is certainly after `other`: comparing at the coarser precision,
    /// so `2020` is not after `2020-06`.
    pub fn is_after(self, other: PartialDate) -> bool {
        match (self.month, other.month) {
            (Some(a), Some(b)) => (self.year, a) > (other.year, b),
            _ => self.year > other.year,
        }
    }
}

impl TryFrom<String> for PartialDate {
    type Error = DateError;
    fn try_from(s: String) -> Result<Self, DateError> {
        Self::parse(&s)
    }
}

impl From<PartialDate> for String {
    fn from(d: PartialDate) -> String {
        d.to_string()
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.month {
            Some(m) => write!(f, "{:04}-{m:02}", self.year),
            None => write!(f, "{:04}", self.year),
        }
    }
}

impl fmt::Debug for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PartialDate({self})")
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A year (YYYY) or a year and month (YYYY-MM)",
            "type": "string",
            "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2]))?$",
        })
    }
}

#[cfg(feature = "arbitrary")]
impl proptest::arbitrary::Arbitrary for PartialDate {
    type Parameters = ();
    type Strategy = proptest::strategy::BoxedStrategy<Self>;
    fn arbitrary_with((): ()) -> Self::Strategy {
        use proptest::prelude::*;
        (
            PartialDate::MIN_YEAR..=PartialDate::MAX_YEAR,
            proptest::option::of(1u8..=12),
        )
            .prop_map(|(year, month)| PartialDate { year, month })
            .boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_both_precisions() {
        for (input, expected) in [
            ("2019", Some("2019")),
            ("2019-05", Some("2019-05")),
            ("2019-13", None),
            ("2019-00", None),
            ("1899", None),
            ("19", None),
            ("2019-5", None),
            ("２０１９", None),
            ("", None),
            ("2019-05-01", None),
        ] {
            let got = PartialDate::parse(input).ok().map(|d| d.to_string());
            assert_eq!(got.as_deref(), expected, "input {input:?}");
        }
    }

    #[test]
    fn after_compares_at_the_coarser_precision() {
        let d = |s| PartialDate::parse(s).unwrap();
        assert!(d("2021").is_after(d("2020-12")));
        assert!(!d("2020").is_after(d("2020-06")));
        assert!(!d("2020-06").is_after(d("2020")));
        assert!(d("2020-07").is_after(d("2020-06")));
    }
}
