//! Coded values that are strings on the wire but checked on the way in:
//! ISO 3166-1 country codes, ISO 639 language codes and ESCO concept URIs.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Why a string is not a valid code. Shown to people through the import error's field path.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    /// Not an ISO 3166-1 alpha-2 country code that is assigned.
    #[error("not an ISO 3166-1 alpha-2 country code: {0:?}")]
    Country(String),
    /// Not an ISO 639 language code the app knows.
    #[error("not an ISO 639 language code: {0:?}")]
    Language(String),
    /// Not an ESCO occupation or skill URI.
    #[error("not an ESCO concept URI: {0:?}")]
    Esco(String),
}

/// Every assigned ISO 3166-1 alpha-2 code (249), plus `XK` (Kosovo, user-assigned but used
/// by the European Commission). Sorted, so lookups are a binary search.
pub const COUNTRY_CODES: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "XK", "YE", "YT", "ZA", "ZM", "ZW",
];

/// Append only, like every list of codes here: a saved file holding a removed code would no
/// longer open. Every code needs a CLDR name in every UI language (`scripts/gen-names.mjs`).
///
/// ISO 639-1 codes, plus the ISO 639-3 codes for languages our users speak that have no
/// two-letter code (Dari `prs`, Sorani `ckb`, Kurmanji `kmr`, and others). Sorted.
pub const LANGUAGE_CODES: &[&str] = &[
    "aa", "ab", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "bal", "be", "bg",
    "bm", "bn", "bo", "br", "bs", "ca", "ce", "ckb", "co", "cs", "cv", "cy", "da", "de", "din",
    "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fil", "fj", "fo",
    "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "hr", "ht", "hu", "hy", "id",
    "ig", "is", "it", "ja", "jv", "ka", "kab", "kg", "ki", "kk", "kl", "km", "kmr", "kn", "ko",
    "kr", "ks", "kv", "kw", "ky", "la", "lb", "lg", "ln", "lo", "lt", "lu", "lv", "mg", "mi", "mk",
    "ml", "mn", "mr", "ms", "mt", "my", "nb", "nd", "ne", "nl", "nn", "no", "nr", "nus", "ny",
    "oc", "om", "or", "os", "pa", "pl", "prs", "ps", "pt", "qu", "rm", "rn", "ro", "rom", "ru",
    "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st",
    "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tig", "tk", "tl", "tn", "to", "tr", "ts",
    "tt", "tw", "ug", "uk", "ur", "uz", "ve", "vi", "wo", "xh", "yi", "yo", "za", "zh", "zu",
];

/// An ISO 3166-1 alpha-2 country code, upper case (`SY`, `UA`, `ER`).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CountryCode(String);

impl CountryCode {
    /// Checks `code` against the list of assigned codes. Lower case is accepted.
    ///
    /// # Errors
    /// [`CodeError::Country`] when it is not an assigned code.
    pub fn new(code: &str) -> Result<Self, CodeError> {
        let upper = code.trim().to_ascii_uppercase();
        if COUNTRY_CODES.binary_search(&upper.as_str()).is_ok() {
            Ok(Self(upper))
        } else {
            Err(CodeError::Country(code.to_owned()))
        }
    }

    /// The code as written on the wire.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An ISO 639 language code, lower case (`ar`, `uk`, `prs`).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LanguageCode(String);

impl LanguageCode {
    /// Checks `code` against the languages the app knows. Upper case is accepted.
    ///
    /// # Errors
    /// [`CodeError::Language`] when the app does not know it.
    pub fn new(code: &str) -> Result<Self, CodeError> {
        let lower = code.trim().to_ascii_lowercase();
        if LANGUAGE_CODES.binary_search(&lower.as_str()).is_ok() {
            Ok(Self(lower))
        } else {
            Err(CodeError::Language(code.to_owned()))
        }
    }

    /// The code as written on the wire.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The URI of an ESCO concept: an occupation or a skill.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EscoUri(String);

impl EscoUri {
    /// Where every ESCO concept URI starts.
    pub const PREFIX: &'static str = "http://data.europa.eu/esco/";

    /// Accepts `http://data.europa.eu/esco/occupation/<id>`, `.../skill/<id>` and
    /// `.../isco/<code>` forms. Whether the concept exists is checked against the data packs.
    ///
    /// # Errors
    /// [`CodeError::Esco`] when the shape is wrong.
    pub fn new(uri: &str) -> Result<Self, CodeError> {
        let rest = uri
            .strip_prefix(Self::PREFIX)
            .ok_or_else(|| CodeError::Esco(uri.to_owned()))?;
        let (kind, id) = rest
            .split_once('/')
            .ok_or_else(|| CodeError::Esco(uri.to_owned()))?;
        let kind_ok = matches!(kind, "occupation" | "skill" | "isco");
        let id_ok = !id.is_empty()
            && id.len() <= 64
            && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if kind_ok && id_ok {
            Ok(Self(uri.to_owned()))
        } else {
            Err(CodeError::Esco(uri.to_owned()))
        }
    }

    /// The URI as written on the wire.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

macro_rules! string_code_impls {
    ($($t:ident),*) => {$(
        impl TryFrom<String> for $t {
            type Error = CodeError;
            fn try_from(s: String) -> Result<Self, CodeError> {
                Self::new(&s)
            }
        }
        impl From<$t> for String {
            fn from(c: $t) -> String {
                c.0
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl fmt::Debug for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({:?})", stringify!($t), self.0)
            }
        }
    )*};
}
string_code_impls!(CountryCode, LanguageCode, EscoUri);

#[cfg(feature = "schema")]
mod schema {
    use std::borrow::Cow;

    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

    impl JsonSchema for super::CountryCode {
        fn schema_name() -> Cow<'static, str> {
            "CountryCode".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "ISO 3166-1 alpha-2 country code",
                "type": "string",
                "enum": super::COUNTRY_CODES,
            })
        }
    }

    impl JsonSchema for super::LanguageCode {
        fn schema_name() -> Cow<'static, str> {
            "LanguageCode".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "ISO 639-1 (or 639-3 where there is no two-letter) language code",
                "type": "string",
                "enum": super::LANGUAGE_CODES,
            })
        }
    }

    impl JsonSchema for super::EscoUri {
        fn schema_name() -> Cow<'static, str> {
            "EscoUri".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "URI of an ESCO occupation or skill",
                "type": "string",
                "pattern": "^http://data\\.europa\\.eu/esco/(occupation|skill|isco)/[A-Za-z0-9-]{1,64}$",
            })
        }
    }
}

#[cfg(feature = "arbitrary")]
mod arbitrary {
    use proptest::prelude::*;

    use super::*;

    impl Arbitrary for CountryCode {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;
        fn arbitrary_with((): ()) -> Self::Strategy {
            proptest::sample::select(COUNTRY_CODES)
                .prop_map(|c| Self(c.to_owned()))
                .boxed()
        }
    }

    impl Arbitrary for LanguageCode {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;
        fn arbitrary_with((): ()) -> Self::Strategy {
            proptest::sample::select(LANGUAGE_CODES)
                .prop_map(|c| Self(c.to_owned()))
                .boxed()
        }
    }

    impl Arbitrary for EscoUri {
        type Parameters = ();
        type Strategy = BoxedStrategy<Self>;
        fn arbitrary_with((): ()) -> Self::Strategy {
            ("(occupation|skill)", "[0-9a-f-]{1,40}")
                .prop_map(|(kind, id)| Self(format!("{}{kind}/{id}", EscoUri::PREFIX)))
                .boxed()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_lists_are_sorted_and_unique() {
        for list in [COUNTRY_CODES, LANGUAGE_CODES] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "{:?}",
                list.windows(2).find(|w| w[0] >= w[1])
            );
        }
        assert_eq!(COUNTRY_CODES.len(), 250);
    }

    #[test]
    fn codes_are_normalised_and_checked() {
        assert_eq!(
            CountryCode::new("sy").map(|c| c.to_string()),
            Ok("SY".into())
        );
        assert!(CountryCode::new("XX").is_err());
        assert!(CountryCode::new("").is_err());
        assert_eq!(
            LanguageCode::new("PRS").map(|c| c.to_string()),
            Ok("prs".into())
        );
        assert!(LanguageCode::new("english").is_err());
        assert!(EscoUri::new(
            "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1"
        )
        .is_ok());
        assert!(EscoUri::new("http://data.europa.eu/esco/widget/1").is_err());
        assert!(EscoUri::new("https://evil.example/esco/occupation/1").is_err());
        assert!(EscoUri::new("http://data.europa.eu/esco/skill/<script>").is_err());
    }
}
