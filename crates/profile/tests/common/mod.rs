//! A realistic profile shared by the core's tests: Amal, from Syria, an electrician.

use skillmap_profile::*;

pub fn country(c: &str) -> CountryCode {
    CountryCode::new(c).expect("test code")
}

pub fn lang(c: &str) -> LanguageCode {
    LanguageCode::new(c).expect("test code")
}

pub fn date(s: &str) -> PartialDate {
    PartialDate::parse(s).expect("test date")
}

pub fn sample_profile() -> Profile {
    Profile {
        written_in: Some(lang("ar")),
        personal: Personal {
            given_names: "أمل".into(),
            family_name: "الحسن".into(),
            given_names_latin: "Amal".into(),
            family_name_latin: "Al-Hassan".into(),
            preferred_name: "Amal".into(),
            birth_year: Some(1990),
            country_of_origin: Some(country("SY")),
            nationalities: vec![country("SY")],
            arrival: Some(date("2016-03")),
            contact: Contact {
                email: "amal@example.org".into(),
                phone: "+49 151 2345 6789".into(),
            },
            ui_language: Some(lang("ar")),
        },
        languages: Languages {
            mother_tongues: vec![lang("ar")],
            other: vec![
                LanguageSkill {
                    language: Some(lang("de")),
                    levels: CefrGrid {
                        listening: Some(CefrLevel::B1),
                        reading: Some(CefrLevel::B1),
                        spoken_interaction: Some(CefrLevel::A2),
                        spoken_production: Some(CefrLevel::A2),
                        writing: Some(CefrLevel::A2),
                    },
                    learned: vec![LearningContext::Course, LearningContext::LivingInCountry],
                },
                LanguageSkill {
                    language: Some(lang("en")),
                    levels: CefrGrid {
                        reading: Some(CefrLevel::B2),
                        ..Default::default()
                    },
                    learned: vec![LearningContext::School],
                },
            ],
        },
        education: vec![Education {
            level: Some(IscedLevel::Isced4),
            eqf: None,
            field: Some(IscedField::Engineering),
            title: "دبلوم كهرباء".into(),
            institution: "المعهد التقاني، حلب".into(),
            country: Some(country("SY")),
            start: Some(date("2008")),
            end: Some(date("2010-06")),
            completion: Some(Completion::Completed),
            diploma: Some(DiplomaStatus::Lost),
            recognition: Some(RecognitionStatus::Applied),
            // Added in v1 after the fixture was written: absent fields read as empty.
            occupation: Occupation::default(),
        }],
        work: vec![WorkExperience {
            occupation: Occupation {
                esco: EscoUri::new(
                    "http://data.europa.eu/esco/occupation/b8b3a9a5-5b4f-4fb0-a2a4-54b1be8e2a46",
                )
                .ok(),
                text: "كهربائي".into(),
            },
            employer: "Self-employed".into(),
            country: Some(country("SY")),
            start: Some(date("2010")),
            end: Some(date("2015-12")),
            ongoing: false,
            tasks: "Wiring houses (3-phase, 380 V)".into(),
            skills_used: vec![SkillRef {
                esco: None,
                text: "قراءة المخططات".into(),
            }],
            kind: Some(WorkKind::SelfEmployed),
        }],
        skills: Skills {
            occupational: vec![],
            digital: DigitalSkills {
                communication: Some(DigCompLevel::Intermediate),
                ..Default::default()
            },
            soft: vec![SkillRef {
                esco: None,
                text: "teamwork".into(),
            }],
        },
        driving_licences: vec![DrivingLicence {
            category: DrivingCategory::B,
            issued_in: Some(country("SY")),
        }],
        certificates: vec![],
        volunteering: vec![],
        interests: "Football".into(),
        goals: Goals {
            wants: vec![GoalKind::Job, GoalKind::Recognition],
            target_occupations: vec![],
            hours: Some(Hours::FullTime),
            care_duties: Some(true),
            can_travel: Some(true),
            can_relocate: None,
            notes: String::new(),
        },
        counsellor: None,
    }
}
