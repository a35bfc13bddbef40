//! The profile read out in one or two languages: the sections the review page shows and
//! the PDF prints, from one reading, so the two never disagree.
//!
//! Every coded answer (a country, a level, an ESCO occupation) is named in each reader's
//! language; what the person wrote stays as written, marked with the language they wrote
//! it in.

use skillmap_pdf::{Block, Field, Section, Text};
use skillmap_profile::{
    CefrGrid, EscoUri, LanguageSkillArea, Occupation, PartialDate, Profile, SkillRef,
};

use crate::browser;
use crate::labels::{self, I18n, Labelled};
use crate::names::{code_name, NameKind};
use crate::taxonomy::TaxonomyState;

/// The parts of a profile, in order; each can be left out of a PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// Name, origin, arrival.
    Personal,
    /// Mother tongues and CEFR grids.
    Languages,
    /// Schools, diplomas, courses.
    Education,
    /// Jobs.
    Work,
    /// Occupational, soft and digital skills.
    Skills,
    /// Licences, certificates, volunteering, interests.
    More,
    /// What the person wants next.
    Goals,
}

impl Part {
    /// Every part, in the profile's order.
    pub const ALL: [Part; 7] = [
        Part::Personal,
        Part::Languages,
        Part::Education,
        Part::Work,
        Part::Skills,
        Part::More,
        Part::Goals,
    ];

    /// The part's name: the step's name in the app, or (`pdf`) the name a document for
    /// others to read gives it ("Personal details" rather than "About you").
    pub fn name(self, i18n: I18n, pdf: bool) -> &'static str {
        match self {
            Part::Personal if pdf => t_string!(i18n, pdf.personal),
            Part::Personal => t_string!(i18n, nav.personal),
            Part::Languages => t_string!(i18n, nav.languages),
            Part::Education => t_string!(i18n, nav.education),
            Part::Work if pdf => t_string!(i18n, pdf.work),
            Part::Work => t_string!(i18n, nav.work),
            Part::Skills => t_string!(i18n, nav.skills),
            Part::More => t_string!(i18n, nav.more),
            Part::Goals => t_string!(i18n, nav.goals),
        }
    }

    /// The profile without this part (what a PDF leaving it out carries).
    pub fn remove(self, p: &mut Profile) {
        match self {
            Part::Personal => {
                // The UI language is a setting, not a personal detail.
                let ui = p.personal.ui_language.take();
                p.personal = Default::default();
                p.personal.ui_language = ui;
            }
            Part::Languages => p.languages = Default::default(),
            Part::Education => p.education.clear(),
            Part::Work => p.work.clear(),
            Part::Skills => p.skills = Default::default(),
            Part::More => {
                p.driving_licences.clear();
                p.certificates.clear();
                p.volunteering.clear();
                p.interests.clear();
            }
            Part::Goals => p.goals = Default::default(),
        }
    }
}

/// One reader: the words' language, and the language of ESCO labels (`None`: the UI's).
#[derive(Clone, Copy)]
pub struct Reader {
    /// Words in one language (monolingual).
    pub i18n: I18n,
    /// ESCO labels' language.
    pub lang: Option<&'static str>,
}

/// Reads a profile for one or two readers.
pub struct Reading<'a> {
    readers: &'a [Reader],
    taxonomy: TaxonomyState,
    profile: &'a Profile,
}

impl<'a> Reading<'a> {
    /// A reading of `profile` for `readers` (one per column).
    pub fn new(readers: &'a [Reader], taxonomy: TaxonomyState, profile: &'a Profile) -> Self {
        Reading {
            readers,
            taxonomy,
            profile,
        }
    }

    /// The same words asked of each reader.
    fn each(&self, f: &dyn Fn(Reader) -> String) -> Text {
        Text::Each(self.readers.iter().map(|r| f(*r)).collect())
    }

    /// A label: the words of one key in each reader's language.
    fn key(&self, key: fn(I18n) -> &'static str) -> Text {
        self.each(&|r| key(r.i18n).to_owned())
    }

    /// What the person wrote, as written.
    fn written(&self, text: &str) -> Text {
        Text::Written {
            text: text.trim().to_owned(),
            lang: self
                .profile
                .written_in
                .as_ref()
                .map(|c| c.as_str().to_owned()),
        }
    }

    fn field(&self, label: fn(I18n) -> &'static str, value: Text) -> Field {
        Field {
            label: self.key(label),
            value,
        }
    }

    fn coded(&self, r: Reader, esco: Option<&EscoUri>, text: &str) -> String {
        self.taxonomy.label_in(r.lang, esco, text.trim())
    }

    fn occupation(&self, o: &Occupation) -> Text {
        if o.esco.is_some() {
            self.each(&|r| self.coded(r, o.esco.as_ref(), &o.text))
        } else {
            self.written(&o.text)
        }
    }

    /// A list of skills: coded ones named in each language, others as written.
    fn skills(&self, list: &[SkillRef]) -> Text {
        if list.iter().all(|s| s.esco.is_none()) {
            let sep = list.first().map_or(", ", |_| {
                t_string!(self.readers[0].i18n, common.list_separator)
            });
            return self.written(
                &list
                    .iter()
                    .map(|s| s.text.trim())
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join(sep),
            );
        }
        self.each(&|r| {
            list.iter()
                .map(|s| self.coded(r, s.esco.as_ref(), &s.text))
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join(t_string!(r.i18n, common.list_separator))
        })
    }

    fn names(&self, kind: NameKind, codes: &[&str]) -> Text {
        self.each(&|r| {
            codes
                .iter()
                .map(|c| code_name(r.i18n, kind, c))
                .collect::<Vec<_>>()
                .join(t_string!(r.i18n, common.list_separator))
        })
    }

    fn country(&self, code: Option<&skillmap_profile::CountryCode>) -> Text {
        self.names(
            NameKind::Region,
            &code.map(|c| c.as_str()).into_iter().collect::<Vec<_>>(),
        )
    }

    fn period(&self, start: Option<PartialDate>, end: Option<PartialDate>, ongoing: bool) -> Text {
        self.each(&|r| {
            let d = |d: PartialDate| date(r.i18n, d);
            match (start.map(d), end.map(d)) {
                (Some(s), Some(e)) => format!("{s} – {e}"),
                (Some(s), None) if ongoing => format!("{s} –"),
                (Some(s), None) => s,
                (None, Some(e)) => format!("– {e}"),
                (None, None) => String::new(),
            }
        })
    }

    /// One line of several answers, each in each language: "Syria · 2015 – 2019".
    fn line(&self, parts: Vec<Text>) -> Text {
        let parts: Vec<Text> = parts.into_iter().filter(|t| !t.is_empty()).collect();
        if let [one] = parts.as_slice() {
            return one.clone();
        }
        Text::Each(
            (0..self.readers.len())
                .map(|i| {
                    parts
                        .iter()
                        .map(|t| t.get(i).0.trim())
                        .filter(|t| !t.is_empty())
                        .collect::<Vec<_>>()
                        .join(" · ")
                })
                .collect(),
        )
    }

    fn yes_no(&self, answer: Option<bool>) -> Text {
        self.each(&|r| match answer {
            Some(true) => t_string!(r.i18n, common.yes).to_owned(),
            Some(false) => t_string!(r.i18n, common.no).to_owned(),
            None => String::new(),
        })
    }

    /// The parts asked for, each a section (empty parts left out); `pdf`: named for a
    /// document (see [`Part::name`]).
    pub fn sections(&self, parts: &[Part], pdf: bool) -> Vec<Section> {
        parts
            .iter()
            .map(|&part| Section {
                heading: self.each(&|r| part.name(r.i18n, pdf).to_owned()),
                blocks: match part {
                    Part::Personal => self.personal(),
                    Part::Languages => self.languages(),
                    Part::Education => self.education(),
                    Part::Work => self.work(),
                    Part::Skills => self.skill_blocks(),
                    Part::More => self.more(),
                    Part::Goals => self.goals(),
                },
            })
            .filter(|s| s.blocks.iter().any(|b| !block_is_empty(b)))
            .collect()
    }

    fn personal(&self) -> Vec<Block> {
        let p = &self.profile.personal;
        let join = |a: &str, b: &str| format!("{} {}", a.trim(), b.trim()).trim().to_owned();
        let nationalities: Vec<&str> = p.nationalities.iter().map(|c| c.as_str()).collect();
        vec![Block::Fields(vec![
            self.field(
                |i| t_string!(i, review.name),
                self.written(&join(&p.given_names, &p.family_name)),
            ),
            self.field(
                |i| t_string!(i, review.latin_name),
                Text::Written {
                    text: join(&p.given_names_latin, &p.family_name_latin),
                    lang: None,
                },
            ),
            self.field(
                |i| t_string!(i, personal.birth_year),
                Text::same(
                    p.birth_year.map(|y| y.to_string()).unwrap_or_default(),
                    self.readers.len(),
                ),
            ),
            self.field(
                |i| t_string!(i, personal.country_of_origin),
                self.country(p.country_of_origin.as_ref()),
            ),
            self.field(
                |i| t_string!(i, personal.nationalities),
                self.names(NameKind::Region, &nationalities),
            ),
            self.field(
                |i| t_string!(i, personal.arrival),
                self.each(&|r| p.arrival.map(|d| date(r.i18n, d)).unwrap_or_default()),
            ),
            self.field(
                |i| t_string!(i, personal.email),
                Text::Written {
                    text: p.contact.email.trim().to_owned(),
                    lang: None,
                },
            ),
            self.field(
                |i| t_string!(i, personal.phone),
                Text::Written {
                    text: p.contact.phone.trim().to_owned(),
                    lang: None,
                },
            ),
        ])]
    }

    fn languages(&self) -> Vec<Block> {
        let l = &self.profile.languages;
        let mother: Vec<&str> = l.mother_tongues.iter().map(|c| c.as_str()).collect();
        let mut blocks = vec![Block::Fields(vec![self.field(
            |i| t_string!(i, languages.mother_tongues),
            self.names(NameKind::Language, &mother),
        )])];
        for skill in &l.other {
            let name = skill
                .language
                .as_ref()
                .map(|c| c.as_str())
                .into_iter()
                .collect::<Vec<_>>();
            blocks.push(self.grid(self.names(NameKind::Language, &name), &skill.levels));
        }
        blocks
    }

    fn grid(&self, caption: Text, levels: &CefrGrid) -> Block {
        Block::Table {
            caption,
            columns: vec![
                self.key(|i| t_string!(i, languages.skill)),
                self.key(|i| t_string!(i, languages.level)),
            ],
            rows: LanguageSkillArea::ALL
                .into_iter()
                .map(|a| {
                    vec![
                        self.each(&|r| labels::skill_area(r.i18n, a).to_owned()),
                        self.each(&|r| levels.level(a).map_or("–", |l| l.label(r.i18n)).to_owned()),
                    ]
                })
                .collect(),
        }
    }

    fn education(&self) -> Vec<Block> {
        self.profile
            .education
            .iter()
            .map(|e| {
                let title = if e.title.trim().is_empty() {
                    self.each(&|r| {
                        e.level
                            .map(|l| l.label(r.i18n))
                            .unwrap_or_default()
                            .to_owned()
                    })
                } else {
                    self.written(&e.title)
                };
                let with_label =
                    |label: fn(I18n) -> &'static str,
                     value: &dyn Fn(I18n) -> Option<&'static str>| {
                        self.each(&|r| {
                            value(r.i18n)
                                .map(|v| labelled(label(r.i18n), v))
                                .unwrap_or_default()
                        })
                    };
                Block::Entry {
                    title,
                    lines: vec![
                        self.line(vec![
                            self.each(&|r| {
                                e.level
                                    .map(|l| l.label(r.i18n))
                                    .unwrap_or_default()
                                    .to_owned()
                            }),
                            self.each(&|r| {
                                e.eqf
                                    .map(|l| l.label(r.i18n))
                                    .unwrap_or_default()
                                    .to_owned()
                            }),
                            self.each(&|r| {
                                e.field
                                    .map(|l| l.label(r.i18n))
                                    .unwrap_or_default()
                                    .to_owned()
                            }),
                        ]),
                        self.written(&e.institution),
                        self.line(vec![
                            self.country(e.country.as_ref()),
                            self.period(e.start, e.end, false),
                        ]),
                        with_label(|i| t_string!(i, education.completion.label), &|i| {
                            e.completion.map(|c| c.label(i))
                        }),
                        with_label(|i| t_string!(i, education.diploma.label), &|i| {
                            e.diploma.map(|c| c.label(i))
                        }),
                        with_label(|i| t_string!(i, education.recognition.label), &|i| {
                            e.recognition.map(|c| c.label(i))
                        }),
                        if e.occupation.text.trim().is_empty() && e.occupation.esco.is_none() {
                            Text::Each(Vec::new())
                        } else {
                            let job = self.occupation(&e.occupation);
                            Text::Each(
                                (0..self.readers.len())
                                    .map(|i| {
                                        labelled(
                                            t_string!(self.readers[i].i18n, education.occupation),
                                            job.get(i).0,
                                        )
                                    })
                                    .collect(),
                            )
                        },
                    ],
                }
            })
            .collect()
    }

    fn work(&self) -> Vec<Block> {
        self.profile
            .work
            .iter()
            .map(|w| {
                let used = self.skills(&w.skills_used);
                Block::Entry {
                    title: self.occupation(&w.occupation),
                    lines: vec![
                        self.written(&w.employer),
                        self.line(vec![
                            self.country(w.country.as_ref()),
                            self.each(&|r| {
                                w.kind
                                    .map(|k| k.label(r.i18n))
                                    .unwrap_or_default()
                                    .to_owned()
                            }),
                        ]),
                        // On its own line: a job still held ends with an open dash.
                        self.period(w.start, w.end, w.ongoing),
                        self.written(&w.tasks),
                        if used.is_empty() {
                            used
                        } else {
                            let label =
                                |i: usize| t_string!(self.readers[i].i18n, work.skills_used);
                            match &used {
                                Text::Written { text, lang } => Text::Written {
                                    text: text.clone(),
                                    lang: lang.clone(),
                                },
                                Text::Each(each) => Text::Each(
                                    each.iter()
                                        .enumerate()
                                        .map(|(i, t)| labelled(label(i), t))
                                        .collect(),
                                ),
                            }
                        },
                    ],
                }
            })
            .collect()
    }

    fn skill_blocks(&self) -> Vec<Block> {
        let s = &self.profile.skills;
        let d = &s.digital;
        let level = |l: Option<skillmap_profile::DigCompLevel>| {
            self.each(&|r| l.map(|l| l.label(r.i18n).to_owned()).unwrap_or_default())
        };
        let mut fields = vec![
            self.field(
                |i| t_string!(i, skills.occupational),
                self.skills(&s.occupational),
            ),
            self.field(|i| t_string!(i, skills.soft), self.skills(&s.soft)),
            self.field(
                |i| t_string!(i, skills.digital.information),
                level(d.information),
            ),
            self.field(
                |i| t_string!(i, skills.digital.communication),
                level(d.communication),
            ),
            self.field(
                |i| t_string!(i, skills.digital.content_creation),
                level(d.content_creation),
            ),
            self.field(|i| t_string!(i, skills.digital.safety), level(d.safety)),
            self.field(
                |i| t_string!(i, skills.digital.problem_solving),
                level(d.problem_solving),
            ),
        ];
        for c in &d.competences {
            fields.push(Field {
                label: self.each(&|r| labels::digcomp_name(r.i18n, c.competence).to_owned()),
                value: self.each(&|r| c.level.label(r.i18n).to_owned()),
            });
        }
        vec![Block::Fields(fields)]
    }

    fn more(&self) -> Vec<Block> {
        let p = self.profile;
        let licences = Text::same(
            p.driving_licences
                .iter()
                .map(|l| l.category.code())
                .collect::<Vec<_>>()
                .join(", "),
            self.readers.len(),
        );
        let mut blocks = vec![Block::Fields(vec![
            self.field(|i| t_string!(i, skills.driving.heading), licences),
            self.field(
                |i| t_string!(i, skills.interests),
                self.written(&p.interests),
            ),
        ])];
        if !p.certificates.is_empty() {
            blocks.push(Block::Subheading(
                self.key(|i| t_string!(i, skills.certificates.heading)),
            ));
            blocks.extend(p.certificates.iter().map(|c| Block::Entry {
                title: self.written(&c.title),
                lines: vec![
                    self.written(&c.issuer),
                    self.line(vec![
                        self.country(c.country.as_ref()),
                        self.each(&|r| c.date.map(|d| date(r.i18n, d)).unwrap_or_default()),
                    ]),
                ],
            }));
        }
        if !p.volunteering.is_empty() {
            blocks.push(Block::Subheading(
                self.key(|i| t_string!(i, more.volunteering.heading)),
            ));
            blocks.extend(p.volunteering.iter().map(|v| Block::Entry {
                title: self.written(&v.role),
                lines: vec![
                    self.written(&v.organisation),
                    self.line(vec![
                        self.country(v.country.as_ref()),
                        self.period(v.start, v.end, false),
                    ]),
                    self.written(&v.description),
                ],
            }));
        }
        blocks
    }

    fn goals(&self) -> Vec<Block> {
        let g = &self.profile.goals;
        let targets = if g.target_occupations.iter().all(|o| o.esco.is_none()) {
            self.written(
                &g.target_occupations
                    .iter()
                    .map(|o| o.text.trim())
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join(", "),
            )
        } else {
            self.each(&|r| {
                g.target_occupations
                    .iter()
                    .map(|o| self.coded(r, o.esco.as_ref(), &o.text))
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join(t_string!(r.i18n, common.list_separator))
            })
        };
        vec![Block::Fields(vec![
            self.field(
                |i| t_string!(i, goals.wants),
                self.each(&|r| {
                    g.wants
                        .iter()
                        .map(|w| w.label(r.i18n))
                        .collect::<Vec<_>>()
                        .join(t_string!(r.i18n, common.list_separator))
                }),
            ),
            self.field(|i| t_string!(i, goals.targets.heading), targets),
            self.field(
                |i| t_string!(i, goals.hours.label),
                self.each(&|r| {
                    g.hours
                        .map(|h| h.label(r.i18n).to_owned())
                        .unwrap_or_default()
                }),
            ),
            self.field(
                |i| t_string!(i, goals.care_duties),
                self.yes_no(g.care_duties),
            ),
            self.field(
                |i| t_string!(i, goals.can_travel),
                self.yes_no(g.can_travel),
            ),
            self.field(
                |i| t_string!(i, goals.can_relocate),
                self.yes_no(g.can_relocate),
            ),
            self.field(|i| t_string!(i, goals.notes), self.written(&g.notes)),
        ])]
    }
}

/// "Label: value"; no colon after a label that ends in its own punctuation (a question).
fn labelled(label: &str, value: &str) -> String {
    let label = label.trim_end();
    if label.ends_with(['?', '؟', ':', '：', '։', '፧', ';']) {
        format!("{label} {value}")
    } else {
        format!("{label}: {value}")
    }
}

/// Whether any answer is an ESCO code (its labels then need the taxonomy).
pub fn has_codes(p: &Profile) -> bool {
    let skills = |list: &[SkillRef]| list.iter().any(|s| s.esco.is_some());
    p.work
        .iter()
        .any(|w| w.occupation.esco.is_some() || skills(&w.skills_used))
        || p.education.iter().any(|e| e.occupation.esco.is_some())
        || skills(&p.skills.occupational)
        || skills(&p.skills.soft)
        || p.goals.target_occupations.iter().any(|o| o.esco.is_some())
}

/// Whether a block shows nothing.
pub fn block_is_empty(block: &Block) -> bool {
    match block {
        Block::Fields(fields) => fields.iter().all(|f| f.value.is_empty()),
        Block::Entry { title, lines } => title.is_empty() && lines.iter().all(Text::is_empty),
        Block::Table { .. } => false,
        Block::Subheading(_) => true,
    }
}

/// A year, or month and year, as the language writes dates (CLDR, by the browser).
pub fn date(i18n: I18n, d: PartialDate) -> String {
    browser::format_partial_date(i18n.get_locale().as_str(), d.year_part(), d.month_part())
}
