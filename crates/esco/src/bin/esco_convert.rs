//! Converts the official ESCO CSV download (any of its languages) into skillmap's data
//! packs, so a deployer can ship the full classification.
//!
//! `cargo run --release -p skillmap-esco --bin esco-convert -- <ESCO_CSV_DIR> <LANG> <OUT_DIR>`
//! writes `<OUT_DIR>/occupations-<LANG>.tsv` and `<OUT_DIR>/skills-<LANG>.tsv`.
//!
//! `esco-convert starter <ESCO_EN_CSV_DIR> <STARTER_DIR> <OUT_DIR>` makes the app's starter
//! packs from `data/starter/` (see `skillmap_esco::starter`); `scripts/make-starter.sh`
//! runs it with the repository's paths.

use std::path::PathBuf;
use std::process::ExitCode;

use skillmap_esco::convert::convert;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let ["starter", esco, starter, out] = args.iter().map(String::as_str).collect::<Vec<_>>()[..]
    {
        return starter_packs(esco, starter, out);
    }
    let [dir, lang, out] = args.as_slice() else {
        eprintln!("usage: esco-convert <ESCO_CSV_DIR> <LANG> <OUT_DIR>");
        eprintln!("       esco-convert starter <ESCO_EN_CSV_DIR> <STARTER_DIR> <OUT_DIR>");
        return ExitCode::from(2);
    };
    let converted = match convert(&PathBuf::from(dir), lang) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("esco-convert: {e}");
            return ExitCode::FAILURE;
        }
    };
    let out = PathBuf::from(out);
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("esco-convert: {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    for (name, pack) in [
        ("occupations", &converted.occupations),
        ("skills", &converted.skills),
    ] {
        let path = out.join(format!("{name}-{lang}.tsv"));
        if let Err(e) = std::fs::write(&path, pack.to_text()) {
            eprintln!("esco-convert: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        let labels: usize = pack.concepts.iter().map(|c| 1 + c.synonyms.len()).sum();
        println!(
            "{}: {} concepts, {labels} labels",
            path.display(),
            pack.concepts.len()
        );
    }
    for (file, issue) in &converted.issues {
        println!("left out: {file} row {}: {:?}", issue.row, issue.kind);
    }
    ExitCode::SUCCESS
}

fn starter_packs(esco: &str, starter: &str, out: &str) -> ExitCode {
    let made = match skillmap_esco::starter::build(&PathBuf::from(esco), &PathBuf::from(starter)) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("esco-convert starter: {e}");
            return ExitCode::FAILURE;
        }
    };
    let out = PathBuf::from(out);
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("esco-convert: {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    for (name, text) in &made.files {
        let path = out.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("esco-convert: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    println!(
        "{}: {} occupations, {} skills, languages {}",
        out.display(),
        made.occupations.concepts.len(),
        made.skills.concepts.len(),
        made.translations
            .iter()
            .map(|(l, _, _)| l.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    ExitCode::SUCCESS
}
