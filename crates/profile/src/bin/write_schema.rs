//! Prints the JSON Schema of the skillmap file. `scripts/write-schema.sh` keeps
//! `schema/skillmap-profile.schema.json` up to date; a test fails when it is stale.

fn main() {
    print!("{}", skillmap_profile::file::schema_json());
}
