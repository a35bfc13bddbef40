//! Search benchmark on the real English ESCO sample (`../shared/esco-en/`), natively.
//! The same measurement runs in headless Chromium: `scripts/bench-search.sh`.
//!
//! `cargo run --profile bench-native -p skillmap-esco --bin search-bench [ESCO_DIR]`
//! Prints numbers; never fails on them.

use std::fs::File;
use std::path::PathBuf;
use std::time::Instant;

use skillmap_esco::{bench, read_concepts};

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/esco-en")
        });
    let mut concepts = Vec::new();
    for file in bench::FILES {
        let path = dir.join(file);
        let read = File::open(&path)
            .map_err(|e| e.to_string())
            .and_then(|f| read_concepts(f).map_err(|e| e.to_string()));
        match read {
            Ok((c, _)) => concepts.extend(c),
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                std::process::exit(2);
            }
        }
    }
    let start = Instant::now();
    let now = || start.elapsed().as_secs_f64() * 1000.0;
    println!(
        "search benchmark (native, opt-level 3) on {}",
        dir.display()
    );
    print!("{}", bench::run(concepts, &now, 20));
    let packs = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/packs");
    let read = |name: &str| std::fs::read_to_string(packs.join(name)).unwrap_or_default();
    let texts = [
        read("occupations-ar.tsv"),
        read("occupations-en.tsv"),
        read("skills-ar.tsv"),
        read("skills-en.tsv"),
    ];
    println!();
    print!(
        "{}",
        bench::starter([&texts[0], &texts[1], &texts[2], &texts[3]], &now)
    );
}
