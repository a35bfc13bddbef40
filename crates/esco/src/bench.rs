//! The search benchmark, shared by the native command (`search-bench`) and the same
//! measurement in headless Chromium (`tests/wasm_search_bench.rs`): index build time,
//! per-keystroke latency over every prefix of every query as a person types, and
//! recall@1 / recall@10 on queries people type. Prints numbers; judges nothing.

use std::hint::black_box;

use skillmap_profile::search::SearchIndex;

use skillmap_profile::search::PackKind;

use crate::convert::to_pack;
use crate::Concept;

/// (what a person types, the preferred labels that count as the right answer, kind)
pub const QUERIES: &[(&str, &[&str], &str)] = &[
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

/// The files of the ESCO download the benchmark indexes.
pub const FILES: &[&str] = &[
    "occupations_en.csv",
    "skills_subset_en.csv",
    "transversalSkillsCollection_en.csv",
    "languageSkillsCollection_en.csv",
    "ictSkillsCollection_en.csv",
];

/// Runs the benchmark over `concepts` with a clock in milliseconds. They are indexed as
/// the app will index them: made into a pack (each concept once), labels from the pack.
/// Occupations and skills go into one index, as the benchmark's target is stated for both.
/// Each keystroke's search runs `repeat` times and is timed as a whole (browsers coarsen
/// their clock), so a keystroke's time is the mean of its runs.
pub fn run(concepts: Vec<Concept>, now: &dyn Fn() -> f64, repeat: usize) -> String {
    let pack = to_pack(PackKind::Skills, "en", &[], concepts);
    let concepts = &pack.concepts;
    let labels: Vec<(u32, &str, bool)> = pack.labels().collect();
    let label_bytes: usize = labels.iter().map(|l| l.1.len()).sum();

    let mut builds = Vec::new();
    let mut index = None;
    for _ in 0..5 {
        let t = now();
        let built = SearchIndex::build(labels.iter().copied());
        builds.push(now() - t);
        index = Some(built);
    }
    let Some(index) = index else {
        return String::new();
    };
    builds.sort_by(f64::total_cmp);

    let repeat = repeat.max(1);
    let mut per_keystroke: Vec<(f64, &str)> = Vec::new();
    for (query, _, _) in QUERIES {
        for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
            let prefix = &query[..end];
            let t = now();
            for _ in 0..repeat {
                black_box(index.search(black_box(prefix), 10));
            }
            per_keystroke.push(((now() - t) / repeat as f64, prefix));
        }
    }
    let mut times: Vec<f64> = per_keystroke.iter().map(|p| p.0).collect();
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    per_keystroke.sort_by(|a, b| b.0.total_cmp(&a.0));

    let (mut at1, mut at10) = (0, 0);
    let mut misses = Vec::new();
    for (query, answers, kind) in QUERIES {
        let hits = index.search(query, 10);
        let names: Vec<&str> = hits
            .iter()
            .map(|h| concepts[h.concept as usize].preferred.as_str())
            .collect();
        let rank = names.iter().position(|n| answers.contains(n));
        at1 += usize::from(rank == Some(0));
        at10 += usize::from(rank.is_some());
        if rank != Some(0) {
            misses.push(format!(
                "  {kind:10} {query:20} rank {rank:?}; first: {:?}",
                names.first()
            ));
        }
    }
    let n = QUERIES.len() as f64;
    let mut out = String::new();
    out += &format!(
        "concepts {}  labels {}  label text {:.1} KiB\n",
        concepts.len(),
        labels.len(),
        label_bytes as f64 / 1024.0
    );
    out += &format!(
        "index build: median {:.1} ms (5 runs); index memory {:.2} MiB (heap, by capacity)\n",
        builds[2],
        index.heap_bytes() as f64 / (1024.0 * 1024.0)
    );
    out += &format!(
        "per keystroke ({} keystrokes, mean of {repeat} runs each): median {:.4} ms  p95 {:.4} ms  max {:.4} ms\n",
        times.len(),
        pct(0.5),
        pct(0.95),
        times.last().copied().unwrap_or_default()
    );
    out += &format!(
        "recall@1 {:.1}%  recall@10 {:.1}%  ({} queries)\n",
        100.0 * at1 as f64 / n,
        100.0 * at10 as f64 / n,
        QUERIES.len()
    );
    let slowest: Vec<String> = per_keystroke
        .iter()
        .take(6)
        .map(|(ms, q)| format!("{q:?} {ms:.3}"))
        .collect();
    out += &format!("slowest keystrokes (ms): {}\n", slowest.join(", "));
    if !misses.is_empty() {
        out += "not first:\n";
        out += &misses.join("\n");
        out += "\n";
    }
    out
}

/// What people type in the app's Arabic interface: Arabic (with spelling variants) and
/// English (with typos), every prefix timed as a keystroke.
pub const STARTER_QUERIES: &[&str] = &[
    "كهرباىي",
    "طباخ",
    "سواق تاكسي",
    "ممرضه",
    "عامل مستودع",
    "رافعة شوكية",
    "العمل ضمن فريق",
    "electrican",
    "forklift",
    "care worker",
];

/// The app's own case: the starter packs (`public/packs/`) of the Arabic interface, Arabic
/// and English merged into two catalogs as `src/taxonomy.rs` builds them. `packs` are the
/// texts of `occupations-ar`, `occupations-en`, `skills-ar`, `skills-en`, in that order.
pub fn starter(packs: [&str; 4], now: &dyn Fn() -> f64) -> String {
    use skillmap_profile::search::{Catalog, Pack};
    let parse = |t: &str| Pack::parse(t).map(|(p, _)| p).ok();
    let mut builds = Vec::new();
    let mut built = None;
    for _ in 0..5 {
        let t = now();
        let [oa, oe, sa, se] = packs.map(parse);
        let (Some(oa), Some(oe), Some(sa), Some(se)) = (oa, oe, sa, se) else {
            return "starter packs: not readable\n".into();
        };
        let occupations = Catalog::build(PackKind::Occupations, &[oa, oe]);
        let skills = Catalog::build(PackKind::Skills, &[sa, se]);
        builds.push(now() - t);
        built = Some((occupations, skills));
    }
    let Some((occupations, skills)) = built else {
        return String::new();
    };
    builds.sort_by(f64::total_cmp);
    let mut times = Vec::new();
    for query in STARTER_QUERIES {
        for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
            let prefix = &query[..end];
            let t = now();
            for _ in 0..20 {
                black_box(occupations.search(black_box(prefix), 8));
                black_box(skills.search(black_box(prefix), 8));
            }
            times.push((now() - t) / 20.0);
        }
    }
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    format!(
        "starter packs, Arabic interface: {} occupations, {} skills (ar+en)\n\
         parse + build both catalogs: median {:.1} ms (5 runs)\n\
         per keystroke, both catalogs ({} keystrokes): median {:.4} ms  p95 {:.4} ms\n",
        occupations.len(),
        skills.len(),
        builds[2],
        times.len(),
        pct(0.5),
        pct(0.95),
    )
}
