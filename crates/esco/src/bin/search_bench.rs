//! Search benchmark on the real English ESCO sample (`../shared/esco-en/`): index build
//! time and size, per-keystroke latency (median, p95, max over every prefix of every query,
//! as a person types), and recall@1 / recall@10 on queries people type.
//!
//! `cargo run --profile bench-native -p skillmap-esco --bin search-bench [ESCO_DIR]`
//! Prints numbers; never fails on them.

use std::fs::File;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

use skillmap_esco::read_concepts;
use skillmap_profile::search::SearchIndex;

/// (what a person types, the preferred labels that count as the right answer, kind)
const QUERIES: &[(&str, &[&str], &str)] = &[
    ("electrician", &["electrician"], "exact"),
    ("cook", &["cook"], "exact"),
    ("barista", &["barista"], "exact"),
    ("plumber", &["plumber"], "exact"),
    ("welder", &["welder"], "exact"),
    ("bus driver", &["bus driver"], "exact"),
    ("taxi driver", &["taxi driver"], "exact"),
    ("cashier", &["cashier"], "exact"),
    ("hairdresser", &["hairdresser"], "exact"),
    ("bricklayer", &["bricklayer"], "exact"),
    ("elect", &["electrician"], "prefix"),
    ("hairdr", &["hairdresser"], "prefix"),
    ("forklift", &["forklift operator"], "prefix"),
    ("warehouse w", &["warehouse worker"], "prefix"),
    ("kitchen port", &["kitchen porter"], "prefix"),
    ("truck driver", &["cargo vehicle driver"], "synonym"),
    ("lorry driver", &["cargo vehicle driver"], "synonym"),
    ("dentist", &["dental practitioner"], "synonym"),
    ("tiler", &["tile fitter"], "synonym"),
    ("nursing assistant", &["nurse assistant"], "synonym"),
    (
        "hotel receptionist",
        &["hospitality establishment receptionist"],
        "synonym",
    ),
    ("electrcian", &["electrician"], "one typo"),
    ("plumer", &["plumber"], "one typo"),
    ("carpanter", &["carpenter"], "one typo"),
    ("hairdreser", &["hairdresser"], "one typo"),
    ("cashiere", &["cashier"], "one typo"),
    ("wedler", &["welder"], "one typo"),
    ("accountnat", &["accountant"], "two typos"),
    ("tranlsatr", &["translator"], "two typos"),
    ("pharmasist", &["pharmacist"], "two typos"),
    ("driver bus", &["bus driver"], "word order"),
    ("developer software", &["software developer"], "word order"),
    ("electricians", &["electrician"], "plural"),
    ("bakers", &["baker"], "plural"),
    ("butchers", &["butcher"], "plural"),
    ("ELECTRICIAN", &["electrician"], "case"),
    ("Shop Assistant", &["shop assistant"], "case"),
    (
        "cleaner",
        &[
            "domestic cleaner",
            "industrial cleaner",
            "commercial cleaner",
            "cleaner",
            "office cleaner",
        ],
        "everyday",
    ),
    (
        "driver",
        &[
            "delivery driver",
            "taxi driver",
            "bus driver",
            "cargo vehicle driver",
            "car and van delivery driver",
            "chauffeur",
        ],
        "everyday",
    ),
    ("waiter", &["waiter/waitress"], "everyday"),
    ("security", &["security guard"], "everyday"),
    ("translator", &["translator"], "exact"),
];

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/esco-en")
        });
    let mut concepts = Vec::new();
    for file in [
        "occupations_en.csv",
        "skills_subset_en.csv",
        "transversalSkillsCollection_en.csv",
        "languageSkillsCollection_en.csv",
        "ictSkillsCollection_en.csv",
    ] {
        let path = dir.join(file);
        let Ok(f) = File::open(&path) else {
            eprintln!("cannot open {}", path.display());
            std::process::exit(2);
        };
        match read_concepts(f) {
            Ok((c, _)) => concepts.extend(c),
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                std::process::exit(2);
            }
        }
    }
    concepts.sort_by(|a, b| a.uri.cmp(&b.uri));
    concepts.dedup_by(|a, b| a.uri == b.uri);
    let labels: Vec<(u32, &str, bool)> = concepts
        .iter()
        .enumerate()
        .flat_map(|(i, c)| {
            std::iter::once((i as u32, c.preferred.as_str(), true)).chain(
                c.alternatives
                    .iter()
                    .map(move |a| (i as u32, a.as_str(), false)),
            )
        })
        .collect();
    let label_bytes: usize = labels.iter().map(|l| l.1.len()).sum();

    let mut builds = Vec::new();
    let mut index = None;
    for _ in 0..5 {
        let t = Instant::now();
        let built = SearchIndex::build(labels.iter().copied());
        builds.push(t.elapsed().as_secs_f64() * 1000.0);
        index = Some(built);
    }
    let Some(index) = index else { return };
    builds.sort_by(f64::total_cmp);

    let mut latencies = Vec::new();
    let mut per_prefix: Vec<(f64, &str)> = Vec::new();
    for round in 0..20 {
        for (query, _, _) in QUERIES {
            for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
                let t = Instant::now();
                black_box(index.search(black_box(&query[..end]), 10));
                let ms = t.elapsed().as_secs_f64() * 1000.0;
                latencies.push(ms);
                if round == 0 {
                    per_prefix.push((ms, &query[..end]));
                } else if let Some(p) = per_prefix.iter_mut().find(|p| p.1 == &query[..end]) {
                    p.0 = p.0.max(ms);
                }
            }
        }
    }
    per_prefix.sort_by(|a, b| b.0.total_cmp(&a.0));
    latencies.sort_by(f64::total_cmp);
    let pct = |p: f64| latencies[((latencies.len() - 1) as f64 * p).round() as usize];

    let (mut at1, mut at10) = (0, 0);
    let mut misses = Vec::new();
    for (query, answers, kind) in QUERIES {
        let hits = index.search(query, 10);
        let names: Vec<&str> = hits
            .iter()
            .map(|h| concepts[h.concept as usize].preferred.as_str())
            .collect();
        let rank = names.iter().position(|n| answers.contains(n));
        if rank == Some(0) {
            at1 += 1;
        }
        if rank.is_some() {
            at10 += 1;
        }
        if rank != Some(0) {
            misses.push(format!(
                "  {kind:10} {query:20} rank {rank:?}; first: {:?}",
                names.first()
            ));
        }
    }
    let n = QUERIES.len() as f64;
    println!(
        "search benchmark (native, opt-level 3) on {}",
        dir.display()
    );
    println!(
        "concepts {}  labels {}  label text {:.1} KiB",
        concepts.len(),
        labels.len(),
        label_bytes as f64 / 1024.0
    );
    println!("index build: median {:.1} ms (5 runs)", builds[2]);
    println!(
        "per keystroke ({} searches): median {:.4} ms  p95 {:.4} ms  max {:.4} ms",
        latencies.len(),
        pct(0.5),
        pct(0.95),
        latencies.last().copied().unwrap_or_default()
    );
    println!(
        "recall@1 {:.1}%  recall@10 {:.1}%  ({} queries)",
        100.0 * at1 as f64 / n,
        100.0 * at10 as f64 / n,
        QUERIES.len()
    );
    let slowest: Vec<String> = per_prefix
        .iter()
        .take(8)
        .map(|(ms, q)| format!("{q:?} {ms:.3}"))
        .collect();
    println!(
        "slowest keystrokes (ms, worst of 20): {}",
        slowest.join(", ")
    );
    if !misses.is_empty() {
        println!("not first:");
        for m in misses {
            println!("{m}");
        }
    }
}
