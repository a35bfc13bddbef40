//! The JSON Schema kept in the repo is the one the types generate.

#[test]
fn schema_in_repo_is_up_to_date() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../schema/skillmap-profile.schema.json"
    );
    let kept = std::fs::read_to_string(path).unwrap_or_default();
    let generated = skillmap_profile::file::schema_json();
    assert!(
        kept == generated,
        "schema/skillmap-profile.schema.json is stale: run scripts/write-schema.sh and commit it"
    );
}

#[test]
fn schema_describes_the_envelope_and_codes() {
    let v: serde_json::Value =
        serde_json::from_str(&skillmap_profile::file::schema_json()).expect("schema is JSON");
    assert_eq!(v["properties"]["format"]["const"], "skillmap-profile");
    let defs = &v["$defs"];
    assert!(defs["CefrLevel"].to_string().contains("C2"));
    assert!(defs["CountryCode"]["enum"]
        .as_array()
        .is_some_and(|a| a.len() == 250));
    assert!(defs["Profile"]["properties"]["counsellor"].is_object());
}
