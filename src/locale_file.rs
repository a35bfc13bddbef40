// Shared by `build.rs` (which `include!`s it) and `src/i18n.rs`: how a `locales/*.json`
// file's nested objects become dotted keys, so the keys the build checks are the keys the
// app looks up.

/// Calls `f(key, value)` for every string of a locale file, keys dotted (`skills.digital.heading`).
pub fn each_string(value: &serde_json::Value, prefix: &str, f: &mut dyn FnMut(String, &str)) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                each_string(v, &key, f);
            }
        }
        serde_json::Value::String(s) => f(prefix.to_owned(), s),
        _ => {}
    }
}
