//! decode(encode(p)) == p for every profile, and decode never panics on any bytes.

use proptest::prelude::*;
use skillmap_profile::{decode, encode, Profile};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn every_profile_round_trips(profile in any::<Profile>()) {
        let text = encode(&profile);
        prop_assert_eq!(decode(text.as_bytes()), Ok(profile));
    }

    #[test]
    fn decode_never_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = decode(&bytes);
    }

    #[test]
    fn decode_never_panics_on_mangled_files(profile in any::<Profile>(), cut in 0usize..4096, byte in any::<u8>()) {
        let mut bytes = encode(&profile).into_bytes();
        let at = cut % bytes.len();
        bytes[at] = byte;
        let _ = decode(&bytes);
        bytes.truncate(at);
        let _ = decode(&bytes);
    }
}
