//! A catalog: the occupations or the skills of one or more language packs, merged by
//! ESCO URI and searchable in all their languages at once.
//!
//! The app builds one for the person's language with English beside it, so "سائق" and
//! "driver" both find the same concept, and shows each concept's label in the first
//! language that has one.

use std::collections::HashMap;

use super::index::SearchIndex;
use super::pack::{Pack, PackKind};
use crate::EscoUri;

/// One concept of a catalog, with its labels in the catalog's languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concept {
    /// ESCO URI.
    pub uri: EscoUri,
    /// ISCO-08 unit group, for occupations.
    pub isco: Option<String>,
    /// Whether the profession is regulated, where any pack says.
    pub regulated: Option<bool>,
    /// Preferred label per catalog language (same order as [`Catalog::languages`]).
    preferred: Vec<Option<String>>,
}

impl Concept {
    /// The label to show: in the first of the catalog's languages that has one.
    pub fn label(&self) -> &str {
        self.preferred.iter().flatten().next().map_or("", |s| s)
    }

    /// The preferred label in the catalog's `i`-th language, if that pack has the concept.
    pub fn label_in(&self, i: usize) -> Option<&str> {
        self.preferred.get(i).and_then(|l| l.as_deref())
    }
}

/// A search result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found<'a> {
    /// The concept.
    pub concept: &'a Concept,
    /// The label that matched the query, when it is not the label shown (a synonym, or
    /// the label in another language), so the person sees why it was proposed.
    pub matched: Option<&'a str>,
}

/// Concepts of several packs of one kind, merged, with one search index over all labels.
pub struct Catalog {
    kind: PackKind,
    languages: Vec<String>,
    concepts: Vec<Concept>,
    by_uri: HashMap<EscoUri, u32>,
    /// Every indexed label, in the order given to the index (its `Hit::label`).
    labels: Vec<String>,
    index: SearchIndex,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("kind", &self.kind)
            .field("languages", &self.languages)
            .field("concepts", &self.concepts.len())
            .field("labels", &self.labels.len())
            .finish()
    }
}

impl Catalog {
    /// Merges `packs` (the person's language first, then the fallbacks). Packs of another
    /// kind than the first are ignored; a pack of a language already seen is ignored.
    pub fn build(kind: PackKind, packs: &[Pack]) -> Self {
        let packs: Vec<&Pack> = {
            let mut seen: Vec<&str> = Vec::new();
            packs
                .iter()
                .filter(|p| p.kind == kind)
                .filter(|p| {
                    let new = !seen.contains(&p.language.as_str());
                    seen.push(&p.language);
                    new
                })
                .collect()
        };
        let languages: Vec<String> = packs.iter().map(|p| p.language.clone()).collect();
        let mut concepts: Vec<Concept> = Vec::new();
        let mut by_uri: HashMap<EscoUri, u32> = HashMap::new();
        let mut labels: Vec<String> = Vec::new();
        let mut triples: Vec<(u32, usize, bool)> = Vec::new();
        for (lang, pack) in packs.iter().enumerate() {
            for c in &pack.concepts {
                let id = *by_uri.entry(c.uri.clone()).or_insert_with(|| {
                    concepts.push(Concept {
                        uri: c.uri.clone(),
                        isco: None,
                        regulated: None,
                        preferred: vec![None; languages.len()],
                    });
                    (concepts.len() - 1) as u32
                });
                let concept = &mut concepts[id as usize];
                if concept.isco.is_none() {
                    concept.isco.clone_from(&c.isco);
                }
                if concept.regulated.is_none() {
                    concept.regulated = c.regulated;
                }
                if concept.preferred[lang].is_none() {
                    concept.preferred[lang] = Some(c.preferred.clone());
                }
                for (text, preferred) in std::iter::once((&c.preferred, true))
                    .chain(c.synonyms.iter().map(|s| (s, false)))
                {
                    triples.push((id, labels.len(), preferred));
                    labels.push(text.clone());
                }
            }
        }
        let index = SearchIndex::build(
            triples
                .iter()
                .map(|&(id, label, preferred)| (id, labels[label].as_str(), preferred)),
        );
        Catalog {
            kind,
            languages,
            concepts,
            by_uri,
            labels,
            index,
        }
    }

    /// Occupations or skills.
    pub fn kind(&self) -> PackKind {
        self.kind
    }

    /// The languages merged, in order of preference.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// How many concepts.
    pub fn len(&self) -> usize {
        self.concepts.len()
    }

    /// True when the catalog has no concepts.
    pub fn is_empty(&self) -> bool {
        self.concepts.is_empty()
    }

    /// Every concept, in the order first seen.
    pub fn concepts(&self) -> &[Concept] {
        &self.concepts
    }

    /// The concept with this URI, if the catalog has it.
    pub fn get(&self, uri: &EscoUri) -> Option<&Concept> {
        self.by_uri
            .get(uri)
            .and_then(|&i| self.concepts.get(i as usize))
    }

    /// The best `limit` concepts for what the person typed, best first.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Found<'_>> {
        self.index
            .search(query, limit)
            .into_iter()
            .filter_map(|hit| {
                let concept = self.concepts.get(hit.concept as usize)?;
                let label = self.labels.get(hit.label as usize)?.as_str();
                let matched = (label != concept.label()).then_some(label);
                Some(Found { concept, matched })
            })
            .collect()
    }
}

/// Which skills typically go with which occupation: a plain-text file
///
/// ```text
/// # skillmap-links 1 occupation-skills
/// <occupation id>\t<skill id> <skill id> …
/// ```
///
/// with ids as in packs (the last part of the ESCO URI).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SkillLinks {
    links: HashMap<EscoUri, Vec<EscoUri>>,
}

impl SkillLinks {
    /// The header line of the file.
    pub const HEADER: &'static str = "# skillmap-links 1 occupation-skills";

    /// Reads the file; lines that cannot be used are left out. `None` when the header is
    /// not there (not a links file).
    pub fn parse(text: &str) -> Option<Self> {
        let mut lines = text.lines();
        if lines.next()?.trim_end() != Self::HEADER {
            return None;
        }
        let occupation = format!("{}occupation/", EscoUri::PREFIX);
        let skill = format!("{}skill/", EscoUri::PREFIX);
        let mut links = HashMap::new();
        for line in lines {
            if line.starts_with('#') {
                continue;
            }
            let Some((id, skills)) = line.split_once('\t') else {
                continue;
            };
            let Ok(uri) = EscoUri::new(&format!("{occupation}{id}")) else {
                continue;
            };
            let skills: Vec<EscoUri> = skills
                .split_whitespace()
                .filter_map(|s| EscoUri::new(&format!("{skill}{s}")).ok())
                .collect();
            links.insert(uri, skills);
        }
        Some(SkillLinks { links })
    }

    /// Writes the file, occupations sorted by URI.
    pub fn to_text(&self) -> String {
        let mut rows: Vec<(&EscoUri, &Vec<EscoUri>)> = self.links.iter().collect();
        rows.sort();
        let mut out = format!("{}\n", Self::HEADER);
        for (occupation, skills) in rows {
            let ids: Vec<&str> = skills.iter().map(last_part).collect();
            out.push_str(last_part(occupation));
            out.push('\t');
            out.push_str(&ids.join(" "));
            out.push('\n');
        }
        out
    }

    /// Sets the skills of an occupation.
    pub fn insert(&mut self, occupation: EscoUri, skills: Vec<EscoUri>) {
        self.links.insert(occupation, skills);
    }

    /// The skills that go with an occupation, in the order given (most typical first).
    pub fn skills_of(&self, occupation: &EscoUri) -> &[EscoUri] {
        self.links.get(occupation).map_or(&[], Vec::as_slice)
    }

    /// Every occupation and its skills, in no order.
    pub fn iter(&self) -> impl Iterator<Item = (&EscoUri, &[EscoUri])> {
        self.links.iter().map(|(o, s)| (o, s.as_slice()))
    }

    /// How many occupations have skills.
    pub fn len(&self) -> usize {
        self.links.len()
    }

    /// True when there are no links.
    pub fn is_empty(&self) -> bool {
        self.links.is_empty()
    }
}

fn last_part(uri: &EscoUri) -> &str {
    uri.as_str().rsplit('/').next().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pack(lang: &str, rows: &str) -> Pack {
        let text = format!("# skillmap-pack 1 occupations {lang}\n{rows}");
        Pack::parse(&text).expect("pack").0
    }

    fn catalog() -> Catalog {
        let ar = pack(
            "ar",
            "e1\t7411\t1\tكهربائي\tفني كهرباء|كهربجي\n\
             c1\t5120\t0\tطباخ\tشيف|طاهٍ\n",
        );
        let en = pack(
            "en",
            "e1\t7411\t1\telectrician\tbuilding electrician|domestic electrician\n\
             c1\t5120\t0\tcook\tchef\n\
             d1\t8322\t0\tcar driver\tdriver|chauffeur\n",
        );
        Catalog::build(PackKind::Occupations, &[ar, en])
    }

    fn uri(id: &str) -> EscoUri {
        EscoUri::new(&format!("http://data.europa.eu/esco/occupation/{id}")).expect("uri")
    }

    #[test]
    fn merges_packs_by_uri_and_shows_the_first_language_that_has_a_label() {
        let c = catalog();
        assert_eq!(c.len(), 3);
        assert_eq!(c.languages(), ["ar", "en"]);
        let electrician = c.get(&uri("e1")).expect("e1");
        assert_eq!(electrician.label(), "كهربائي");
        assert_eq!(electrician.label_in(1), Some("electrician"));
        assert_eq!(electrician.regulated, Some(true));
        assert_eq!(electrician.isco.as_deref(), Some("7411"));
        // Only in the English pack: shown in English.
        assert_eq!(c.get(&uri("d1")).expect("d1").label(), "car driver");
        assert!(c.get(&uri("zz")).is_none());
    }

    #[test]
    fn finds_in_either_language_and_says_which_label_matched() {
        let c = catalog();
        let hits = c.search("electr", 5);
        assert_eq!(hits[0].concept.uri, uri("e1"));
        assert_eq!(hits[0].matched, Some("electrician"));
        let hits = c.search("كهربائ", 5);
        assert_eq!(hits[0].concept.uri, uri("e1"));
        assert_eq!(hits[0].matched, None, "the shown label matched");
        let hits = c.search("شيف", 5);
        assert_eq!(hits[0].concept.uri, uri("c1"));
        assert_eq!(hits[0].matched, Some("شيف"));
        // A typo, in English, with the Arabic catalog.
        let hits = c.search("electrican", 5);
        assert_eq!(hits[0].concept.uri, uri("e1"));
    }

    #[test]
    fn a_pack_of_another_kind_or_a_repeated_language_is_ignored() {
        let skills = Pack::parse("# skillmap-pack 1 skills en\ns1\t\t\tcook fish\t\n")
            .expect("pack")
            .0;
        let again = pack("ar", "x1\t\t\tشيء\t\n");
        let c = Catalog::build(
            PackKind::Occupations,
            &[pack("ar", "e1\t\t\tكهربائي\t\n"), skills, again],
        );
        assert_eq!(c.len(), 1);
        assert_eq!(c.languages(), ["ar"]);
    }

    #[test]
    fn skill_links_round_trip_and_skip_bad_lines() {
        let text = "# skillmap-links 1 occupation-skills\n\
                    e1\ts1 s2\n\
                    bad line without tab\n\
                    c1\ts3 not/valid s4\n";
        let links = SkillLinks::parse(text).expect("links");
        assert_eq!(links.len(), 2);
        let skill = |id: &str| EscoUri::new(&format!("http://data.europa.eu/esco/skill/{id}"));
        assert_eq!(
            links.skills_of(&uri("e1")),
            [skill("s1").expect("s1"), skill("s2").expect("s2")]
        );
        assert_eq!(links.skills_of(&uri("c1")).len(), 2);
        assert!(links.skills_of(&uri("zz")).is_empty());
        let again = SkillLinks::parse(&links.to_text()).expect("again");
        assert_eq!(again, links);
        assert!(SkillLinks::parse("e1\ts1\n").is_none());
        assert!(SkillLinks::parse("").is_none());
    }
}
