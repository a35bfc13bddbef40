//! The profile a person builds, section by section.
//!
//! Every struct has `#[serde(default)]`: a file that leaves a field out still opens, with
//! that field empty. Free text stays as the person wrote it; [`Profile::written_in`] says
//! in which language, and the counsellor's part carries its own.

use serde::{Deserialize, Serialize};

use crate::{CefrGrid, CountryCode, EscoUri, LanguageCode, PartialDate};

/// Derives shared by every plain data type of the model.
macro_rules! model {
    ($($item:item)*) => {$(
        #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
        #[serde(default)]
        $item
    )*};
}

/// Derives shared by every closed list of codes; written on the wire in snake_case.
macro_rules! code_enum {
    ($($item:item)*) => {$(
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
        #[serde(rename_all = "snake_case")]
        $item
    )*};
}

model! {
    /// Everything a person says about themselves, and the counsellor's part kept apart.
    pub struct Profile {
        /// The language the person's free text is written in.
        pub written_in: Option<LanguageCode>,
        /// Who they are.
        pub personal: Personal,
        /// Languages they speak.
        pub languages: Languages,
        /// Education and training, most recent first as the person orders them.
        #[cfg_attr(feature = "arbitrary", proptest(strategy = "crate::model::small_vec()"))]
        pub education: Vec<Education>,
        /// Work experience.
        #[cfg_attr(feature = "arbitrary", proptest(strategy = "crate::model::small_vec()"))]
        pub work: Vec<WorkExperience>,
        /// Skills not tied to one job.
        pub skills: Skills,
        /// Driving licences held.
        #[cfg_attr(feature = "arbitrary", proptest(strategy = "crate::model::small_vec()"))]
        pub driving_licences: Vec<DrivingLicence>,
        /// Certificates and courses.
        #[cfg_attr(feature = "arbitrary", proptest(strategy = "crate::model::small_vec()"))]
        pub certificates: Vec<Certificate>,
        /// Volunteering.
        #[cfg_attr(feature = "arbitrary", proptest(strategy = "crate::model::small_vec()"))]
        pub volunteering: Vec<Volunteering>,
        /// Interests and hobbies, in their own words.
        pub interests: String,
        /// What they want next, and what limits them.
        pub goals: Goals,
        /// The counsellor's appraisal; never filled in by the person's own pages.
        pub counsellor: Option<CounsellorPart>,
    }

    /// Who the person is.
    pub struct Personal {
        /// Given name(s) as written in the person's own script.
        pub given_names: String,
        /// Family name(s) as written in the person's own script.
        pub family_name: String,
        /// Given name(s) in Latin letters, as on European documents.
        pub given_names_latin: String,
        /// Family name(s) in Latin letters.
        pub family_name_latin: String,
        /// The name they like to be called.
        pub preferred_name: String,
        /// Year of birth, if they choose to give it.
        pub birth_year: Option<u16>,
        /// Country of origin.
        pub country_of_origin: Option<CountryCode>,
        /// Nationalities; may be empty (stateless) or several.
        #[cfg_attr(feature = "arbitrary", proptest(strategy = "crate::model::small_vec()"))]
        pub nationalities: Vec<CountryCode>,
        /// When they arrived in the host country.
        pub arrival: Option<PartialDate>,
        /// How to reach them, if they want to be reached.
        pub contact: Contact,
        /// The language they want the app in.
        pub ui_language: Option<LanguageCode>,
    }

    /// Optional contact details.
    pub struct Contact {
        /// E-mail address.
        pub email: String,
        /// Telephone number, as they write it.
        pub phone: String,
    }

    /// The languages a person speaks.
    pub struct Languages {
        /// Mother tongue(s).
        #[cfg_attr(feature = "arbitrary", proptest(strategy = "crate::model::small_vec()"))]
        pub mother_tongues: Vec<LanguageCode>,
        /// Other languages, each with a self-assessed level per skill.
        #[cfg_attr(feature = "arbitrary", proptest(strategy = "crate::model::small_vec()"))]
        pub other: Vec<LanguageSkill>,
    }

    /// One language other than a mother tongue.
    pub struct LanguageSkill {
        /// Which language; `None` while the person has not chosen yet.
        pub language: Option<LanguageCode>,
        /// CEFR level per skill.
        pub levels: CefrGrid,
        /// Where they learned it.
        #[cfg_attr(feature = "arbitrary", proptest(strategy = "crate::model::small_vec()"))]
        pub learned: Vec<LearningContext>,
    }

    /// One stage of education or training.
    pub struct Education {
        /// ISCED 2011 level.
        pub level: Option<IscedLevel>,
        /// EQF level, where known (for example from a recognition decision).
        pub eqf: Option<EqfLevel>,
        /// Broad field of study (ISCED-F 2013).
        pub field: Option<IscedField>,
        /// Title of the diploma or course, in their words.
        pub title: String,
        /// School, university or training centre.
        pub institution: String,
        /// Where.
        pub country: Option<CountryCode>,
        /// Started.
        pub start: Option<PartialDate>,
        /// Ended (or expected to end).
        pub end: Option<PartialDate>,
        /// Finished, still going, or stopped.
        pub completion: Option<Completion>,
        /// Whether the diploma is at hand.
        pub diploma: Option<DiplomaStatus>,
        /// Where recognition in the host country stands.
        pub recognition: Option<RecognitionStatus>,
        /// The occupation this education prepares for, if the person names one (for the
        /// note that a regulated profession needs the diploma recognised).
        pub occupation: Occupation,
    }

    /// An occupation: an ESCO code where one was chosen, and the person's own words.
    pub struct Occupation {
        /// ESCO occupation URI.
        pub esco: Option<EscoUri>,
        /// The person's own words; always kept, even when coded.
        pub text: String,
    }

    /// A skill: an ESCO code where one was chosen, and the person's own words.
    pub struct SkillRef {
        /// ESCO skill URI.
        pub esco: Option<EscoUri>,
        /// The person's own words.
        pub text: String,
    }

    /// One job, paid or not.
    pub struct WorkExperience {
        /// What they did.
        pub occupation: Occupation,
        /// Employer, or "self-employed", in their words.
        pub employer: String,
        /// Where.
        pub country: Option<CountryCode>,
        /// Started.
        pub start: Option<PartialDate>,
        /// Ended; `None` with `ongoing` for a current job.
        pub end: Option<PartialDate>,
        /// Still doing it.
        pub ongoing: bool,
        /// Tasks, in their words.
        pub tasks: String,
        /// Skills used in this job.
        #[cfg_attr(feature = "arbitrary", proptest(strategy = "crate::model::small_vec()"))]
        pub skills_used: Vec<SkillRef>,
        /// Paid, unpaid or self-employed.
        pub kind: Option<WorkKind>,
    }

    /// Skills not tied to one job.
    pub struct Skills {
        /// Occupational skills (ESCO).
        #[cfg_attr(feature = "arbitrary", proptest(strategy = "crate::model::small_vec()"))]
        pub occupational: Vec<SkillRef>,
        /// DigComp 2.2 self-rating per area.
        pub digital: DigitalSkills,
        /// Soft and transversal skills (ESCO transversal skills where coded).
        #[cfg_attr(feature = "arbitrary", proptest(strategy = "crate::model::small_vec()"))]
        pub soft: Vec<SkillRef>,
    }

    /// A self-rating per DigComp 2.2 competence area.
    pub struct DigitalSkills {
        /// Information and data literacy.
        pub information: Option<DigCompLevel>,
        /// Communication and collaboration.
        pub communication: Option<DigCompLevel>,
        /// Digital content creation.
        pub content_creation: Option<DigCompLevel>,
        /// Safety.
        pub safety: Option<DigCompLevel>,
        /// Problem solving.
        pub problem_solving: Option<DigCompLevel>,
        /// Optional finer self-rating, per DigComp 2.2 competence (each at most once).
        #[cfg_attr(feature = "arbitrary", proptest(strategy = "crate::model::small_vec()"))]
        pub competences: Vec<DigCompRating>,
    }

    /// A certificate, licence to practise or course attended.
    pub struct Certificate {
        /// Its name.
        pub title: String,
        /// Who issued it.
        pub issuer: String,
        /// Where.
        pub country: Option<CountryCode>,
        /// When.
        pub date: Option<PartialDate>,
    }

    /// Unpaid work for a community.
    pub struct Volunteering {
        /// What they did.
        pub role: String,
        /// For whom.
        pub organisation: String,
        /// Where.
        pub country: Option<CountryCode>,
        /// Started.
        pub start: Option<PartialDate>,
        /// Ended.
        pub end: Option<PartialDate>,
        /// In their words.
        pub description: String,
    }

    /// What the person wants next, and what they can do.
    pub struct Goals {
        /// What they are looking for.
        #[cfg_attr(feature = "arbitrary", proptest(strategy = "crate::model::small_vec()"))]
        pub wants: Vec<GoalKind>,
        /// Occupations they would like to work in.
        #[cfg_attr(feature = "arbitrary", proptest(strategy = "crate::model::small_vec()"))]
        pub target_occupations: Vec<Occupation>,
        /// How many hours they can work.
        pub hours: Option<Hours>,
        /// Caring for children or relatives limits their time.
        pub care_duties: Option<bool>,
        /// Can travel to work in another town.
        pub can_travel: Option<bool>,
        /// Can move for work.
        pub can_relocate: Option<bool>,
        /// Anything else, in their words.
        pub notes: String,
    }

    /// The counsellor's part: appraisal and next steps, kept apart from the person's answers.
    pub struct CounsellorPart {
        /// The language the counsellor writes in.
        pub written_in: Option<LanguageCode>,
        /// The counsellor's overall appraisal.
        pub appraisal: String,
        /// Documents and evidence the counsellor has seen.
        pub evidence_seen: String,
        /// The route that fits best now.
        pub route: Option<Route>,
        /// Agreed next steps.
        #[cfg_attr(feature = "arbitrary", proptest(strategy = "crate::model::small_vec()"))]
        pub next_steps: Vec<NextStep>,
        /// Services the person is referred to.
        #[cfg_attr(feature = "arbitrary", proptest(strategy = "crate::model::small_vec()"))]
        pub referrals: Vec<Referral>,
    }

    /// A next step agreed with the counsellor.
    pub struct NextStep {
        /// What is to be done.
        pub text: String,
        /// By when.
        pub due: Option<PartialDate>,
    }

    /// A referral to another service.
    pub struct Referral {
        /// To whom.
        pub to: String,
        /// Why.
        pub reason: String,
    }
}

/// A driving licence category held, and where it was issued.
/// A self-rating of one DigComp 2.2 competence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
pub struct DigCompRating {
    pub competence: DigCompCompetence,
    pub level: DigCompLevel,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
pub struct DrivingLicence {
    /// EU category.
    pub category: DrivingCategory,
    /// Issuing country.
    #[serde(default)]
    pub issued_in: Option<CountryCode>,
}

code_enum! {
    /// Where a language was learned.
    pub enum LearningContext { School, Course, Work, Family, SelfTaught, LivingInCountry }

    /// ISCED 2011 levels of education.
    pub enum IscedLevel {
        /// Early childhood education.
        Isced0,
        /// Primary.
        Isced1,
        /// Lower secondary.
        Isced2,
        /// Upper secondary.
        Isced3,
        /// Post-secondary non-tertiary.
        Isced4,
        /// Short-cycle tertiary.
        Isced5,
        /// Bachelor's or equivalent.
        Isced6,
        /// Master's or equivalent.
        Isced7,
        /// Doctoral or equivalent.
        Isced8,
    }

    /// European Qualifications Framework levels.
    pub enum EqfLevel { Eqf1, Eqf2, Eqf3, Eqf4, Eqf5, Eqf6, Eqf7, Eqf8 }

    /// ISCED-F 2013 broad fields of education and training.
    pub enum IscedField {
        /// 00 Generic programmes and qualifications.
        Generic,
        /// 01 Education.
        Education,
        /// 02 Arts and humanities.
        ArtsHumanities,
        /// 03 Social sciences, journalism and information.
        SocialSciences,
        /// 04 Business, administration and law.
        BusinessLaw,
        /// 05 Natural sciences, mathematics and statistics.
        NaturalSciences,
        /// 06 Information and communication technologies.
        Ict,
        /// 07 Engineering, manufacturing and construction.
        Engineering,
        /// 08 Agriculture, forestry, fisheries and veterinary.
        Agriculture,
        /// 09 Health and welfare.
        HealthWelfare,
        /// 10 Services.
        Services,
    }

    /// How a course of study ended.
    pub enum Completion { Completed, Ongoing, Interrupted }

    /// Whether the diploma is at hand.
    pub enum DiplomaStatus {
        /// They have it.
        Held,
        /// They have it and an official translation.
        HeldWithTranslation,
        /// It was lost or left behind.
        Lost,
        /// None was ever issued.
        NotIssued,
    }

    /// Where recognition of a qualification stands.
    pub enum RecognitionStatus { NotStarted, Applied, Recognised, PartlyRecognised, Refused }

    /// Paid, unpaid or self-employed work.
    pub enum WorkKind { Paid, Unpaid, SelfEmployed }

    /// DigComp 2.2 proficiency, in its four broad bands.
    pub enum DigCompLevel { Foundation, Intermediate, Advanced, HighlySpecialised }

    /// The 21 competences of DigComp 2.2, by their official numbers.
    pub enum DigCompCompetence {
        #[serde(rename = "1.1")] C1_1,
        #[serde(rename = "1.2")] C1_2,
        #[serde(rename = "1.3")] C1_3,
        #[serde(rename = "2.1")] C2_1,
        #[serde(rename = "2.2")] C2_2,
        #[serde(rename = "2.3")] C2_3,
        #[serde(rename = "2.4")] C2_4,
        #[serde(rename = "2.5")] C2_5,
        #[serde(rename = "2.6")] C2_6,
        #[serde(rename = "3.1")] C3_1,
        #[serde(rename = "3.2")] C3_2,
        #[serde(rename = "3.3")] C3_3,
        #[serde(rename = "3.4")] C3_4,
        #[serde(rename = "4.1")] C4_1,
        #[serde(rename = "4.2")] C4_2,
        #[serde(rename = "4.3")] C4_3,
        #[serde(rename = "4.4")] C4_4,
        #[serde(rename = "5.1")] C5_1,
        #[serde(rename = "5.2")] C5_2,
        #[serde(rename = "5.3")] C5_3,
        #[serde(rename = "5.4")] C5_4,
    }

    /// The five DigComp 2.2 competence areas.
    pub enum DigCompArea { Information, Communication, ContentCreation, Safety, ProblemSolving }

    /// EU driving-licence categories (Directive 2006/126/EC).
    #[allow(clippy::upper_case_acronyms)] // reason: the categories' official names
    pub enum DrivingCategory {
        #[serde(rename = "AM")] AM,
        #[serde(rename = "A1")] A1,
        #[serde(rename = "A2")] A2,
        #[serde(rename = "A")] A,
        #[serde(rename = "B1")] B1,
        #[serde(rename = "B")] B,
        #[serde(rename = "BE")] BE,
        #[serde(rename = "C1")] C1,
        #[serde(rename = "C1E")] C1E,
        #[serde(rename = "C")] C,
        #[serde(rename = "CE")] CE,
        #[serde(rename = "D1")] D1,
        #[serde(rename = "D1E")] D1E,
        #[serde(rename = "D")] D,
        #[serde(rename = "DE")] DE,
    }

    /// What a person is looking for.
    pub enum GoalKind { LanguageCourse, Job, Training, Recognition, OwnBusiness, Volunteering }

    /// How much they can work.
    pub enum Hours { FullTime, PartTime, Flexible }

    /// The route that fits a person best now.
    pub enum Route {
        /// 0: social support first.
        SocialSupportFirst,
        /// 1: reskilling or upskilling.
        Reskilling,
        /// 2: ready for work.
        ReadyForWork,
    }
}

/// Short lists keep property tests fast while still covering empty, one and many.
#[cfg(feature = "arbitrary")]
pub(crate) fn small_vec<T: proptest::arbitrary::Arbitrary>(
) -> impl proptest::strategy::Strategy<Value = Vec<T>> {
    proptest::collection::vec(proptest::arbitrary::any::<T>(), 0..3)
}

impl LearningContext {
    /// All, in display order.
    pub const ALL: [Self; 6] = [
        Self::School,
        Self::Course,
        Self::Work,
        Self::Family,
        Self::SelfTaught,
        Self::LivingInCountry,
    ];
}

impl IscedLevel {
    /// All, lowest first.
    pub const ALL: [Self; 9] = [
        Self::Isced0,
        Self::Isced1,
        Self::Isced2,
        Self::Isced3,
        Self::Isced4,
        Self::Isced5,
        Self::Isced6,
        Self::Isced7,
        Self::Isced8,
    ];
}

impl Completion {
    /// All, in display order.
    pub const ALL: [Self; 3] = [Self::Completed, Self::Ongoing, Self::Interrupted];
}

impl DiplomaStatus {
    /// All, in display order.
    pub const ALL: [Self; 4] = [
        Self::Held,
        Self::HeldWithTranslation,
        Self::Lost,
        Self::NotIssued,
    ];
}

impl RecognitionStatus {
    /// All, in display order.
    pub const ALL: [Self; 5] = [
        Self::NotStarted,
        Self::Applied,
        Self::Recognised,
        Self::PartlyRecognised,
        Self::Refused,
    ];
}

impl WorkKind {
    /// All, in display order.
    pub const ALL: [Self; 3] = [Self::Paid, Self::Unpaid, Self::SelfEmployed];
}

impl DigCompLevel {
    /// All, lowest first.
    pub const ALL: [Self; 4] = [
        Self::Foundation,
        Self::Intermediate,
        Self::Advanced,
        Self::HighlySpecialised,
    ];
}

impl DigCompArea {
    /// All, in DigComp's order.
    pub const ALL: [Self; 5] = [
        Self::Information,
        Self::Communication,
        Self::ContentCreation,
        Self::Safety,
        Self::ProblemSolving,
    ];

    /// The area's competences, in order.
    pub fn competences(self) -> impl Iterator<Item = DigCompCompetence> {
        DigCompCompetence::ALL
            .into_iter()
            .filter(move |c| c.area() == self)
    }
}

impl DigCompCompetence {
    /// All 21, in DigComp's order.
    pub const ALL: [Self; 21] = [
        Self::C1_1,
        Self::C1_2,
        Self::C1_3,
        Self::C2_1,
        Self::C2_2,
        Self::C2_3,
        Self::C2_4,
        Self::C2_5,
        Self::C2_6,
        Self::C3_1,
        Self::C3_2,
        Self::C3_3,
        Self::C3_4,
        Self::C4_1,
        Self::C4_2,
        Self::C4_3,
        Self::C4_4,
        Self::C5_1,
        Self::C5_2,
        Self::C5_3,
        Self::C5_4,
    ];

    /// The official number, e.g. `2.4`.
    pub fn number(self) -> &'static str {
        const NUMBERS: [&str; 21] = [
            "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3",
            "3.4", "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4",
        ];
        NUMBERS[self as usize]
    }

    /// The area it belongs to.
    pub fn area(self) -> DigCompArea {
        match self.number().as_bytes()[0] {
            b'1' => DigCompArea::Information,
            b'2' => DigCompArea::Communication,
            b'3' => DigCompArea::ContentCreation,
            b'4' => DigCompArea::Safety,
            _ => DigCompArea::ProblemSolving,
        }
    }
}

impl DigitalSkills {
    /// The person's rating of one competence, if given.
    pub fn competence(&self, c: DigCompCompetence) -> Option<DigCompLevel> {
        self.competences
            .iter()
            .find(|r| r.competence == c)
            .map(|r| r.level)
    }

    /// Sets or clears the rating of one competence; each competence is kept once, in
    /// DigComp's order.
    pub fn set_competence(&mut self, c: DigCompCompetence, level: Option<DigCompLevel>) {
        self.competences.retain(|r| r.competence != c);
        if let Some(level) = level {
            self.competences.push(DigCompRating {
                competence: c,
                level,
            });
            self.competences.sort_by_key(|r| r.competence);
        }
    }
}

impl DrivingCategory {
    /// All, in the order of the EU licence.
    pub const ALL: [Self; 15] = [
        Self::AM,
        Self::A1,
        Self::A2,
        Self::A,
        Self::B1,
        Self::B,
        Self::BE,
        Self::C1,
        Self::C1E,
        Self::C,
        Self::CE,
        Self::D1,
        Self::D1E,
        Self::D,
        Self::DE,
    ];

    /// The category's official code.
    pub fn code(self) -> &'static str {
        match self {
            Self::AM => "AM",
            Self::A1 => "A1",
            Self::A2 => "A2",
            Self::A => "A",
            Self::B1 => "B1",
            Self::B => "B",
            Self::BE => "BE",
            Self::C1 => "C1",
            Self::C1E => "C1E",
            Self::C => "C",
            Self::CE => "CE",
            Self::D1 => "D1",
            Self::D1E => "D1E",
            Self::D => "D",
            Self::DE => "DE",
        }
    }
}

impl GoalKind {
    /// All, in display order.
    pub const ALL: [Self; 6] = [
        Self::Job,
        Self::LanguageCourse,
        Self::Training,
        Self::Recognition,
        Self::OwnBusiness,
        Self::Volunteering,
    ];
}

impl Hours {
    /// All, in display order.
    pub const ALL: [Self; 3] = [Self::FullTime, Self::PartTime, Self::Flexible];
}

impl Profile {
    /// True when the person has entered nothing at all (the counsellor's part included).
    /// Importing over an empty profile needs no confirmation.
    pub fn is_empty(&self) -> bool {
        // Only the UI language may be set: choosing a language is not "entering" anything.
        let mut bare = self.clone();
        bare.personal.ui_language = None;
        bare == Profile::default()
    }

    /// Adds an empty language row and returns its index.
    pub fn add_language(&mut self) -> usize {
        self.languages.other.push(LanguageSkill::default());
        self.languages.other.len() - 1
    }

    /// Removes the language row at `index`; out of range does nothing.
    pub fn remove_language(&mut self, index: usize) {
        if index < self.languages.other.len() {
            self.languages.other.remove(index);
        }
    }

    /// Adds a mother tongue unless it is already listed.
    pub fn add_mother_tongue(&mut self, code: LanguageCode) {
        if !self.languages.mother_tongues.contains(&code) {
            self.languages.mother_tongues.push(code);
        }
    }

    /// Adds a nationality unless it is already listed.
    pub fn add_nationality(&mut self, code: CountryCode) {
        if !self.personal.nationalities.contains(&code) {
            self.personal.nationalities.push(code);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_profile_ignores_ui_language_only() {
        let mut p = Profile::default();
        assert!(p.is_empty());
        p.personal.ui_language = LanguageCode::new("ar").ok();
        assert!(p.is_empty());
        p.personal.preferred_name = "Amal".into();
        assert!(!p.is_empty());
        let mut p = Profile::default();
        p.add_language();
        assert!(!p.is_empty());
    }

    #[test]
    fn list_helpers_do_not_duplicate_or_panic() {
        let mut p = Profile::default();
        let ar = LanguageCode::new("ar").unwrap();
        p.add_mother_tongue(ar.clone());
        p.add_mother_tongue(ar);
        assert_eq!(p.languages.mother_tongues.len(), 1);
        p.remove_language(5);
        let i = p.add_language();
        p.remove_language(i);
        assert!(p.languages.other.is_empty());
    }
}
