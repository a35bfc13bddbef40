//! A type-ahead index over labels (occupations, skills): every word of every label, folded.
//!
//! A query matches a label when each of its words matches a word of the label:
//! exactly, as the start of the word (the person is still typing), or — when those give
//! too few results — with one typo (two for long words). Labels are ranked by how well
//! their words match, preferred labels before synonyms, shorter labels first; each
//! concept appears once, with its best label.
//!
//! Built once per language pack; searching allocates only the result list.

use std::cell::RefCell;

use super::fold::tokens;

/// How well a query word matched a label word: the whole word; the word without a plural
/// ending; the start of a word (a little more the more of it is typed); a typo.
const EXACT: u16 = 30;
const PLURAL: u16 = 26;
const PREFIX: u16 = 16;
const TYPO: u16 = 10;
/// Bonus for a concept's preferred label over its synonyms.
const PREFERRED: u32 = 40;
/// How many hits are kept for each one-letter query.
const FIRST_LETTER_HITS: usize = 20;
/// Labels per concept counted for the tie-breaking bonus.
const MAX_SYNONYMS: u8 = 12;
/// Bonus for a label that is all the query says, no more ("truck driver" as a synonym of
/// "cargo vehicle driver" beats the preferred "moving truck driver").
const WHOLE_LABEL: u32 = 45;

/// One match: which concept, through which label, and how well.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// The concept's number, as given to [`SearchIndex::build`].
    pub concept: u32,
    /// The label's number, in the order labels were given.
    pub label: u32,
    /// Higher is better; only meaningful within one search.
    pub score: u32,
}

struct Label {
    concept: u32,
    preferred: bool,
    words: u16,
    /// Where this label's term ids start in `SearchIndex::label_terms`.
    terms_start: u32,
}

/// What one query word matches: a contiguous range of terms (exact and prefix), terms it
/// equals without a plural ending, and terms it matches with a typo.
struct WordMatch {
    lo: usize,
    hi: usize,
    len: usize,
    stems: Vec<usize>,
    typos: Vec<usize>,
    /// How many postings these terms have: the work of visiting them.
    cost: usize,
}

#[derive(Default)]
struct Scratch {
    /// Per label: how many query words have matched so far.
    matched: Vec<u8>,
    /// Per label: the sum of the match qualities.
    score: Vec<u16>,
    /// Per label: the quality credited for the current query word, to upgrade it.
    last: Vec<u16>,
    /// Labels that have matched every query word so far.
    live: Vec<u32>,
    /// Per concept: best score and label, for labels that matched every word.
    best: Vec<(u32, u32)>,
}

/// The index. Build it once with [`SearchIndex::build`]; query it with
/// [`SearchIndex::search`] on every keystroke. It keeps scratch space inside, so it is for
/// one thread (the browser's, or a worker's).
pub struct SearchIndex {
    labels: Vec<Label>,
    /// Every distinct folded word, sorted.
    terms: Vec<String>,
    /// For each term, the labels containing it, ascending.
    postings: Vec<Vec<u32>>,
    /// `offsets[t]` = postings of all terms before `t`, to cost a range in O(1).
    offsets: Vec<usize>,
    /// Each label's term ids, one run per label (see `Label::terms_start`).
    label_terms: Vec<u32>,
    /// Number of concepts (one more than the highest concept number).
    concepts: usize,
    /// Per concept: how many labels it has, capped. Concepts people name in many ways are
    /// the ones people look for more often, so this breaks ties between equal matches.
    synonyms: Vec<u8>,
    /// The best hits for each one-letter query, by letter (sorted).
    first_letter: Vec<(char, Vec<Hit>)>,
    scratch: RefCell<Scratch>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("labels", &self.labels.len())
            .field("terms", &self.terms.len())
            .field("concepts", &self.concepts)
            .finish()
    }
}

impl SearchIndex {
    /// Indexes `(concept, label, is_preferred)` triples. Concepts are numbered by the caller.
    pub fn build<'a>(labels: impl IntoIterator<Item = (u32, &'a str, bool)>) -> Self {
        let mut words_of: Vec<(String, u32)> = Vec::new();
        let mut out = Vec::new();
        let mut concepts = 0usize;
        for (concept, text, preferred) in labels {
            let id = out.len() as u32;
            let words = tokens(text);
            let count = words.len().min(u16::MAX as usize) as u16;
            out.push(Label {
                concept,
                preferred,
                words: count,
                terms_start: 0,
            });
            concepts = concepts.max(concept as usize + 1);
            for w in words {
                words_of.push((w, id));
            }
        }
        words_of.sort();
        words_of.dedup();
        let mut terms: Vec<String> = Vec::new();
        let mut postings: Vec<Vec<u32>> = Vec::new();
        let mut per_label: Vec<Vec<u32>> = vec![Vec::new(); out.len()];
        for (word, label) in words_of {
            if terms.last() != Some(&word) {
                terms.push(word);
                postings.push(Vec::new());
            }
            let term = (terms.len() - 1) as u32;
            if let Some(p) = postings.last_mut() {
                p.push(label);
            }
            per_label[label as usize].push(term);
        }
        let mut label_terms = Vec::new();
        for (label, ts) in out.iter_mut().zip(per_label) {
            label.terms_start = label_terms.len() as u32;
            label_terms.extend(ts);
        }
        let mut synonyms = vec![0u8; concepts];
        for label in &out {
            let n = &mut synonyms[label.concept as usize];
            *n = n.saturating_add(1).min(MAX_SYNONYMS);
        }
        let mut offsets = Vec::with_capacity(postings.len() + 1);
        let mut total = 0;
        for p in &postings {
            offsets.push(total);
            total += p.len();
        }
        offsets.push(total);
        let scratch = Scratch {
            matched: vec![0; out.len()],
            score: vec![0; out.len()],
            last: vec![0; out.len()],
            live: Vec::new(),
            best: vec![(0, u32::MAX); concepts],
        };
        let mut index = Self {
            labels: out,
            terms,
            postings,
            offsets,
            label_terms,
            concepts,
            synonyms,
            first_letter: Vec::new(),
            scratch: RefCell::new(scratch),
        };
        let mut letters: Vec<char> = index
            .terms
            .iter()
            .filter_map(|t| t.chars().next())
            .collect();
        letters.dedup(); // terms are sorted, so equal first letters are adjacent
        index.first_letter = letters
            .into_iter()
            .map(|c| (c, index.search_words(&[c.to_string()], FIRST_LETTER_HITS)))
            .collect();
        index
    }

    /// Number of labels indexed.
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// The bytes the index holds on the heap (by capacity, not counting the allocator's
    /// own overhead), for the benchmark's memory figure.
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        let strings: usize = self.terms.iter().map(String::capacity).sum();
        let postings: usize = self
            .postings
            .iter()
            .map(|p| p.capacity() * size_of::<u32>())
            .sum();
        let first_letter: usize = self
            .first_letter
            .iter()
            .map(|(_, hits)| hits.capacity() * size_of::<Hit>())
            .sum();
        let scratch = self.scratch.borrow();
        let scratch = scratch.matched.capacity()
            + (scratch.score.capacity() + scratch.last.capacity()) * size_of::<u16>()
            + scratch.live.capacity() * size_of::<u32>()
            + scratch.best.capacity() * size_of::<(u32, u32)>();
        scratch
            + self.labels.capacity() * size_of::<Label>()
            + self.terms.capacity() * size_of::<String>()
            + strings
            + self.postings.capacity() * size_of::<Vec<u32>>()
            + postings
            + self.offsets.capacity() * size_of::<usize>()
            + self.label_terms.capacity() * size_of::<u32>()
            + self.synonyms.capacity()
            + self.first_letter.capacity() * size_of::<(char, Vec<Hit>)>()
            + first_letter
    }

    /// True when nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// The best `limit` concepts for `query`, best first.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let words = tokens(query);
        if words.is_empty() || limit == 0 || words.len() > u8::MAX as usize {
            return Vec::new();
        }
        // One letter typed: the answer was worked out when the index was built.
        if let [word] = words.as_slice() {
            let mut chars = word.chars();
            if let (Some(c), None) = (chars.next(), chars.next()) {
                if limit <= FIRST_LETTER_HITS {
                    let cached = self.first_letter.binary_search_by_key(&c, |(k, _)| *k);
                    return cached
                        .map(|i| self.first_letter[i].1.iter().take(limit).copied().collect())
                        .unwrap_or_default();
                }
            }
        }
        self.search_words(&words, limit)
    }

    fn search_words(&self, words: &[String], limit: usize) -> Vec<Hit> {
        let hits = self.run(words, limit, false);
        let may_be_typos = words.iter().any(|w| w.chars().count() >= 4);
        if hits.len() >= limit || !may_be_typos {
            return hits;
        }
        // Too few without typos: search again allowing them, keeping the exact hits first.
        let mut all = hits;
        for h in self.run(words, limit, true) {
            if all.len() >= limit {
                break;
            }
            if !all.iter().any(|a| a.concept == h.concept) {
                all.push(h);
            }
        }
        all
    }

    /// The terms one query word matches.
    fn matches(&self, word: &str, typos: bool) -> WordMatch {
        let lo = self.terms.partition_point(|t| t.as_str() < word);
        let hi = lo + self.terms[lo..].partition_point(|t| t.starts_with(word));
        // "electricians" finds "electrician": plural endings, as a near-exact match.
        let stems: Vec<usize> = [word.strip_suffix("es"), word.strip_suffix('s')]
            .into_iter()
            .flatten()
            .filter(|stem| stem.chars().count() >= 3)
            .filter_map(|stem| self.terms.binary_search_by(|t| t.as_str().cmp(stem)).ok())
            .collect();
        let mut typo_terms = Vec::new();
        let chars = word.chars().count();
        // Typos only for a word that matches nothing as typed: a word that does is not a typo.
        if typos && chars >= 4 && lo == hi && stems.is_empty() {
            let max = if chars >= 8 { 2 } else { 1 };
            let first = word.chars().next().unwrap_or_default();
            let mut key = [0u8; 4];
            let first_str: &str = first.encode_utf8(&mut key);
            let from = self.terms.partition_point(|t| t.as_str() < first_str);
            let mut distance = PrefixDistance::new(word, max);
            for (i, term) in self.terms[from..].iter().enumerate() {
                if !term.starts_with(first) {
                    break;
                }
                if distance.matches(term) {
                    typo_terms.push(from + i);
                }
            }
        }
        let cost = self.offsets[hi] - self.offsets[lo]
            + stems
                .iter()
                .chain(&typo_terms)
                .map(|&t| self.postings[t].len())
                .sum::<usize>();
        WordMatch {
            lo,
            hi,
            len: word.len(),
            stems,
            typos: typo_terms,
            cost,
        }
    }

    /// How well term `t` matches the word of `m` (0: not at all).
    fn quality(&self, m: &WordMatch, t: usize) -> u16 {
        if (m.lo..m.hi).contains(&t) {
            let term_len = self.terms[t].len();
            if term_len == m.len {
                EXACT
            } else {
                // "w" is a better start of "worker" than of "warehouse".
                PREFIX + (4 * m.len / term_len) as u16
            }
        } else if m.stems.contains(&t) {
            PLURAL
        } else if m.typos.binary_search(&t).is_ok() {
            TYPO
        } else {
            0
        }
    }

    fn run(&self, words: &[String], limit: usize, typos: bool) -> Vec<Hit> {
        let mut guard = self.scratch.borrow_mut();
        let s = &mut *guard;
        // The most selective word first: later words only check the labels still in play.
        let mut matches: Vec<WordMatch> = words.iter().map(|w| self.matches(w, typos)).collect();
        matches.sort_by_key(|m| m.cost);
        for (i, m) in matches.iter().enumerate() {
            let round = i as u8;
            let terms = (m.lo..m.hi)
                .chain(m.stems.iter().copied())
                .chain(m.typos.iter().copied());
            if round > 0 && s.live.len() * 4 < m.cost {
                // Few labels left: look at their own words.
                for &label in &s.live {
                    let l = label as usize;
                    let start = self.labels[l].terms_start as usize;
                    let end = self
                        .labels
                        .get(l + 1)
                        .map_or(self.label_terms.len(), |n| n.terms_start as usize);
                    let best = self.label_terms[start..end]
                        .iter()
                        .map(|&t| self.quality(m, t as usize))
                        .max()
                        .unwrap_or(0);
                    if best > 0 {
                        s.matched[l] = round + 1;
                        s.score[l] += best;
                    }
                }
            } else {
                for t in terms {
                    let q = self.quality(m, t);
                    for &label in &self.postings[t] {
                        let l = label as usize;
                        if s.matched[l] == round {
                            if round == 0 {
                                s.live.push(label);
                            }
                            s.matched[l] = round + 1;
                            s.last[l] = q;
                            s.score[l] += q;
                        } else if s.matched[l] == round + 1 && q > s.last[l] {
                            // Another word of the label matches this query word better.
                            s.score[l] += q - s.last[l];
                            s.last[l] = q;
                        }
                    }
                }
            }
            // Keep only the labels that matched this word; reset the others.
            let next = round + 1;
            let (matched, score) = (&mut s.matched, &mut s.score);
            s.live.retain(|&label| {
                let l = label as usize;
                let keep = matched[l] == next;
                if !keep {
                    matched[l] = 0;
                    score[l] = 0;
                }
                keep
            });
        }
        let want = words.len() as u8;
        let mut winners: Vec<u32> = Vec::new();
        for &label in &s.live {
            let l = label as usize;
            let info = &self.labels[l];
            let extra = u32::from(info.words.saturating_sub(u16::from(want)));
            let mut score = u32::from(s.score[l]) * 10;
            if info.preferred {
                score += PREFERRED;
            }
            if extra == 0 {
                score += WHOLE_LABEL;
            }
            let c = info.concept as usize;
            let score = (score + u32::from(self.synonyms[c]) * 2).saturating_sub(extra * 3);
            if s.best[c].1 == u32::MAX {
                winners.push(info.concept);
                s.best[c] = (score, label);
            } else if score > s.best[c].0 {
                s.best[c] = (score, label);
            }
            s.matched[l] = 0;
            s.score[l] = 0;
        }
        s.live.clear();
        let mut hits: Vec<Hit> = winners
            .iter()
            .map(|&c| {
                let (score, label) = s.best[c as usize];
                s.best[c as usize] = (0, u32::MAX);
                Hit {
                    concept: c,
                    label,
                    score,
                }
            })
            .collect();
        let by_rank = |a: &Hit, b: &Hit| b.score.cmp(&a.score).then(a.label.cmp(&b.label));
        if hits.len() > limit {
            hits.select_nth_unstable_by(limit - 1, by_rank);
            hits.truncate(limit);
        }
        hits.sort_unstable_by(by_rank);
        hits
    }
}

/// Edit distance (with transpositions) between a word and the best-matching start of a
/// term, giving up early once it exceeds `max`: "electrcian" is 1 from "electrician…".
/// Keeps its buffers between terms, so scanning thousands of terms allocates nothing.
struct PrefixDistance {
    word: Vec<char>,
    term: Vec<char>,
    rows: [Vec<usize>; 3],
    max: usize,
}

impl PrefixDistance {
    fn new(word: &str, max: usize) -> Self {
        let word: Vec<char> = word.chars().collect();
        let w = word.len() + max + 1;
        Self {
            word,
            term: Vec::with_capacity(w),
            rows: [vec![0; w], vec![0; w], vec![0; w]],
            max,
        }
    }

    /// True when `term` starts, within `max` edits, with the word.
    fn matches(&mut self, term: &str) -> bool {
        let (a, max) = (&self.word, self.max);
        self.term.clear();
        self.term.extend(term.chars().take(a.len() + max));
        let b = &self.term;
        if b.len() + max < a.len() {
            return false;
        }
        // With one edit allowed, the second or third letters must line up somehow.
        if max == 1 && a.len() > 2 && b.len() > 2 {
            let aligned = b[1] == a[1] || b[2] == a[2] || b[1] == a[2] || b[2] == a[1];
            if !aligned {
                return false;
            }
        }
        // Each edit removes at most one of the word's letters from the term's start, so at
        // least `letters - max` of them (after the first, which is equal) appear there.
        // Cheaper than the table below, and it rules out most terms.
        let letters = a.len().min(7);
        if letters > max + 2 {
            let window = &b[1..b.len().min(letters + max)];
            let present = a[1..letters].iter().filter(|c| window.contains(c)).count();
            if present + max < letters - 1 {
                return false;
            }
        }
        self.table()
    }

    /// The edit-distance table itself, for the term in `self.term`, without shortcuts.
    fn table(&mut self) -> bool {
        let (a, b, max) = (&self.word, &self.term, self.max);
        let w = b.len() + 1;
        let [prev2, prev, cur] = &mut self.rows;
        for (j, cell) in prev.iter_mut().enumerate().take(w) {
            *cell = j;
        }
        for i in 1..=a.len() {
            cur[0] = i;
            let mut row_min = cur[0];
            for j in 1..w {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(prev2[j - 2] + 1);
                }
                cur[j] = v;
                row_min = row_min.min(v);
            }
            if row_min > max {
                return false;
            }
            std::mem::swap(prev2, prev);
            std::mem::swap(prev, cur);
        }
        let lo = a.len().saturating_sub(max).min(w - 1);
        prev[lo..w].iter().any(|&d| d <= max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> SearchIndex {
        let labels: &[(u32, &str, bool)] = &[
            (0, "electrician", true),
            (0, "sparky", false),
            (1, "domestic electrician", true),
            (2, "cook", true),
            (2, "chef de partie", false),
            (3, "forklift truck operator", true),
            (3, "forklift driver", false),
            (4, "cleaner", true),
            (4, "office cleaner", false),
            (5, "care worker", true),
            (5, "carer", false),
            (6, "كهربائي", true),
            (7, "ممرضة", true),
        ];
        SearchIndex::build(labels.iter().copied())
    }

    /// Searches `query` and compares the concepts found, best first, with `expected`.
    fn check(query: &str, expected: &[u32]) {
        let got: Vec<u32> = index()
            .search(query, 10)
            .into_iter()
            .map(|h| h.concept)
            .collect();
        assert_eq!(got, expected, "query {query:?}");
    }

    #[test]
    fn finds_as_people_type() {
        check("electrician", &[0, 1]);
        check("elec", &[0, 1]);
        check("Electrician ", &[0, 1]);
        check("sparky", &[0]);
        check("domestic elec", &[1]);
        check("driver forklift", &[3]);
        check("fork", &[3]);
        check("cleaners", &[4]);
        check("electrcian", &[0, 1]);
        check("forkilft", &[3]);
        check("كهرباىي", &[6]);
        check("مُمَرِّضة", &[7]);
        check("care", &[5]);
        check("zzzz", &[]);
        check("", &[]);
        check("   ", &[]);
    }

    #[test]
    fn preferred_labels_rank_above_synonyms() {
        // "cleaner" is concept 4's preferred label and part of a synonym: once, preferred.
        let hits = index().search("cleaner", 10);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].label, 7);
    }

    #[test]
    fn distance_allows_one_typo_against_the_start_of_a_word() {
        for (w, t, ok) in [
            ("electrcian", "electrician", true),
            ("elcetrician", "electrician", true),
            ("electrician", "electrician", true),
            ("fork", "forklift", true),
            ("frok", "forklift", true),
            ("fxrk", "forklift", true),
            ("frk", "forklift", true),
            ("xyz", "forklift", false),
            ("fzzzk", "forklift", false),
            ("plumer", "plumber", true),
        ] {
            assert_eq!(PrefixDistance::new(w, 1).matches(t), ok, "{w} / {t}");
        }
        assert!(PrefixDistance::new("tranlsatr", 2).matches("translator"));
        assert!(!PrefixDistance::new("tranlsatr", 1).matches("translator"));
    }

    proptest::proptest! {
        /// The shortcuts before the table never turn away a term the table accepts.
        #[test]
        fn shortcuts_agree_with_the_full_table(
            word in "a[abcde]{2,9}",
            term in "a[abcde]{0,11}",
            max in 1usize..=2,
        ) {
            let mut d = PrefixDistance::new(&word, max);
            let quick = d.matches(&term);
            d.term.clear();
            d.term.extend(term.chars().take(word.chars().count() + max));
            let full = d.term.len() + max >= d.word.len() && d.table();
            proptest::prop_assert_eq!(quick, full, "{} / {} / {}", word, term, max);
        }
    }
}
