//! Words for coded values, findings and errors, in the current UI language.
//! The core never writes user-facing text; every variant has its translation key here.

use skillmap_profile::{
    CefrLevel, Completion, DigCompArea, DigCompCompetence, DigCompLevel, DiplomaStatus,
    DrivingCategory, EqfLevel, GoalKind, Hours, ImportError, IscedField, IscedLevel, IssueKind,
    LanguageSkillArea, LearningContext, RecognitionStatus, WorkKind,
};

pub use crate::i18n::I18n;

/// A translation that follows the UI language. See the `tr!` macro.
pub fn text(i18n: I18n, key: fn(I18n) -> &'static str) -> leptos::prelude::Signal<&'static str> {
    leptos::prelude::Signal::derive(move || key(i18n))
}

/// A closed list of codes that has a translated name for each value.
pub trait Labelled: Copy + PartialEq + Send + Sync + 'static {
    /// Every value, in display order.
    fn all() -> Vec<Self>;
    /// The value's name in the current UI language.
    fn label(self, i18n: I18n) -> &'static str;
}

/// A language skill's name.
pub fn skill_area(i18n: I18n, area: LanguageSkillArea) -> &'static str {
    match area {
        LanguageSkillArea::Listening => t_string!(i18n, cefr.skill.listening),
        LanguageSkillArea::Reading => t_string!(i18n, cefr.skill.reading),
        LanguageSkillArea::SpokenInteraction => t_string!(i18n, cefr.skill.spoken_interaction),
        LanguageSkillArea::SpokenProduction => t_string!(i18n, cefr.skill.spoken_production),
        LanguageSkillArea::Writing => t_string!(i18n, cefr.skill.writing),
    }
}

/// The words for one validation finding.
pub fn issue(i18n: I18n, kind: IssueKind) -> &'static str {
    match kind {
        IssueKind::NameMissing => t_string!(i18n, issue.name_missing),
        IssueKind::BirthYearOutOfRange => t_string!(i18n, issue.birth_year_out_of_range),
        IssueKind::DateInFuture => t_string!(i18n, issue.date_in_future),
        IssueKind::ArrivalBeforeBirth => t_string!(i18n, issue.arrival_before_birth),
        IssueKind::EndBeforeStart => t_string!(i18n, issue.end_before_start),
        IssueKind::EmailInvalid => t_string!(i18n, issue.email_invalid),
        IssueKind::PhoneInvalid => t_string!(i18n, issue.phone_invalid),
        IssueKind::LanguageDuplicate => t_string!(i18n, issue.language_duplicate),
        IssueKind::LanguageMissing => t_string!(i18n, issue.language_missing),
        IssueKind::LanguageAlsoMotherTongue => t_string!(i18n, issue.language_also_mother_tongue),
        IssueKind::LanguageLevelsMissing => t_string!(i18n, issue.language_levels_missing),
        IssueKind::NationalityDuplicate => t_string!(i18n, issue.nationality_duplicate),
        IssueKind::OccupationMissing => t_string!(i18n, issue.occupation_missing),
    }
}

/// Why a file could not be opened, in words a person can act on.
pub fn import_error(i18n: I18n, error: &ImportError) -> String {
    match error {
        ImportError::TooLarge { .. } => t_string!(i18n, file.error.too_large).to_owned(),
        ImportError::NotJson => t_string!(i18n, file.error.not_json).to_owned(),
        ImportError::NotAProfile => t_string!(i18n, file.error.not_a_profile).to_owned(),
        ImportError::TooNew { .. } => t_string!(i18n, file.error.too_new).to_owned(),
        ImportError::Invalid { line: 0, .. } => t_string!(i18n, file.error.invalid).to_owned(),
        ImportError::Invalid { line, .. } => {
            t_string!(i18n, file.error.invalid_at, line = line).to_string()
        }
    }
}

/// Why a PDF could not be made or opened.
pub fn pdf_failure(i18n: I18n, failure: crate::browser::PdfFailure) -> &'static str {
    use crate::browser::PdfFailure;
    match failure {
        PdfFailure::Unavailable => t_string!(i18n, pdf.error.unavailable),
        PdfFailure::Fonts => t_string!(i18n, pdf.error.fonts),
        PdfFailure::Failed => t_string!(i18n, pdf.error.failed),
        PdfFailure::NotPdf => t_string!(i18n, pdf.error.not_pdf),
        PdfFailure::NoProfile => t_string!(i18n, pdf.error.no_profile),
    }
}

macro_rules! labelled {
    ($t:ty { $($variant:ident => $($key:ident).+),* $(,)? }) => {
        impl Labelled for $t {
            fn all() -> Vec<Self> {
                vec![$(<$t>::$variant),*]
            }
            fn label(self, i18n: I18n) -> &'static str {
                match self {
                    $(<$t>::$variant => t_string!(i18n, $($key).+),)*
                }
            }
        }
    };
}

labelled!(IscedLevel {
    Isced0 => isced.level.l0, Isced1 => isced.level.l1, Isced2 => isced.level.l2,
    Isced3 => isced.level.l3, Isced4 => isced.level.l4, Isced5 => isced.level.l5,
    Isced6 => isced.level.l6, Isced7 => isced.level.l7, Isced8 => isced.level.l8,
});
labelled!(EqfLevel {
    Eqf1 => eqf.l1, Eqf2 => eqf.l2, Eqf3 => eqf.l3, Eqf4 => eqf.l4,
    Eqf5 => eqf.l5, Eqf6 => eqf.l6, Eqf7 => eqf.l7, Eqf8 => eqf.l8,
});
labelled!(IscedField {
    Generic => isced.field.generic, Education => isced.field.education,
    ArtsHumanities => isced.field.arts_humanities, SocialSciences => isced.field.social_sciences,
    BusinessLaw => isced.field.business_law, NaturalSciences => isced.field.natural_sciences,
    Ict => isced.field.ict, Engineering => isced.field.engineering,
    Agriculture => isced.field.agriculture, HealthWelfare => isced.field.health_welfare,
    Services => isced.field.services,
});
labelled!(Completion {
    Completed => education.completion.completed, Ongoing => education.completion.ongoing,
    Interrupted => education.completion.interrupted,
});
labelled!(DiplomaStatus {
    Held => education.diploma.held, HeldWithTranslation => education.diploma.held_with_translation,
    Lost => education.diploma.lost, NotIssued => education.diploma.not_issued,
});
labelled!(RecognitionStatus {
    NotStarted => education.recognition.not_started, Applied => education.recognition.applied,
    Recognised => education.recognition.recognised,
    PartlyRecognised => education.recognition.partly_recognised,
    Refused => education.recognition.refused,
});
labelled!(WorkKind {
    Paid => work.kind.paid, Unpaid => work.kind.unpaid, SelfEmployed => work.kind.self_employed,
});
labelled!(LearningContext {
    School => languages.learned.school, Course => languages.learned.course,
    Work => languages.learned.work, Family => languages.learned.family,
    SelfTaught => languages.learned.self_taught,
    LivingInCountry => languages.learned.living_in_country,
});
labelled!(DigCompLevel {
    Foundation => skills.digital.level.foundation,
    Intermediate => skills.digital.level.intermediate,
    Advanced => skills.digital.level.advanced,
    HighlySpecialised => skills.digital.level.highly_specialised,
});
labelled!(GoalKind {
    Job => goals.want.job, LanguageCourse => goals.want.language_course,
    Training => goals.want.training, Recognition => goals.want.recognition,
    OwnBusiness => goals.want.own_business, Volunteering => goals.want.volunteering,
});
labelled!(Hours {
    FullTime => goals.hours.full_time, PartTime => goals.hours.part_time,
    Flexible => goals.hours.flexible,
});

impl Labelled for CefrLevel {
    fn all() -> Vec<Self> {
        CefrLevel::ALL.to_vec()
    }
    fn label(self, i18n: I18n) -> &'static str {
        match self {
            CefrLevel::A1 => t_string!(i18n, cefr.option.a1),
            CefrLevel::A2 => t_string!(i18n, cefr.option.a2),
            CefrLevel::B1 => t_string!(i18n, cefr.option.b1),
            CefrLevel::B2 => t_string!(i18n, cefr.option.b2),
            CefrLevel::C1 => t_string!(i18n, cefr.option.c1),
            CefrLevel::C2 => t_string!(i18n, cefr.option.c2),
        }
    }
}

/// A driving licence category with its plain meaning.
pub fn driving_category(i18n: I18n, c: DrivingCategory) -> &'static str {
    match c {
        DrivingCategory::AM => t_string!(i18n, skills.driving.am),
        DrivingCategory::A1 | DrivingCategory::A2 | DrivingCategory::A => {
            t_string!(i18n, skills.driving.a)
        }
        DrivingCategory::B1 | DrivingCategory::B => t_string!(i18n, skills.driving.b),
        DrivingCategory::BE
        | DrivingCategory::C1E
        | DrivingCategory::CE
        | DrivingCategory::D1E
        | DrivingCategory::DE => t_string!(i18n, skills.driving.trailer),
        DrivingCategory::C1 | DrivingCategory::C => t_string!(i18n, skills.driving.c),
        DrivingCategory::D1 | DrivingCategory::D => t_string!(i18n, skills.driving.d),
    }
}

/// The plain name of a DigComp 2.2 competence (our own words).
pub fn digcomp_name(i18n: I18n, c: DigCompCompetence) -> &'static str {
    match c {
        DigCompCompetence::C1_1 => t_string!(i18n, digcomp.c1_1.name),
        DigCompCompetence::C1_2 => t_string!(i18n, digcomp.c1_2.name),
        DigCompCompetence::C1_3 => t_string!(i18n, digcomp.c1_3.name),
        DigCompCompetence::C2_1 => t_string!(i18n, digcomp.c2_1.name),
        DigCompCompetence::C2_2 => t_string!(i18n, digcomp.c2_2.name),
        DigCompCompetence::C2_3 => t_string!(i18n, digcomp.c2_3.name),
        DigCompCompetence::C2_4 => t_string!(i18n, digcomp.c2_4.name),
        DigCompCompetence::C2_5 => t_string!(i18n, digcomp.c2_5.name),
        DigCompCompetence::C2_6 => t_string!(i18n, digcomp.c2_6.name),
        DigCompCompetence::C3_1 => t_string!(i18n, digcomp.c3_1.name),
        DigCompCompetence::C3_2 => t_string!(i18n, digcomp.c3_2.name),
        DigCompCompetence::C3_3 => t_string!(i18n, digcomp.c3_3.name),
        DigCompCompetence::C3_4 => t_string!(i18n, digcomp.c3_4.name),
        DigCompCompetence::C4_1 => t_string!(i18n, digcomp.c4_1.name),
        DigCompCompetence::C4_2 => t_string!(i18n, digcomp.c4_2.name),
        DigCompCompetence::C4_3 => t_string!(i18n, digcomp.c4_3.name),
        DigCompCompetence::C4_4 => t_string!(i18n, digcomp.c4_4.name),
        DigCompCompetence::C5_1 => t_string!(i18n, digcomp.c5_1.name),
        DigCompCompetence::C5_2 => t_string!(i18n, digcomp.c5_2.name),
        DigCompCompetence::C5_3 => t_string!(i18n, digcomp.c5_3.name),
        DigCompCompetence::C5_4 => t_string!(i18n, digcomp.c5_4.name),
    }
}

/// The plain everyday example of a DigComp 2.2 competence (our own words).
pub fn digcomp_example(i18n: I18n, c: DigCompCompetence) -> &'static str {
    match c {
        DigCompCompetence::C1_1 => t_string!(i18n, digcomp.c1_1.example),
        DigCompCompetence::C1_2 => t_string!(i18n, digcomp.c1_2.example),
        DigCompCompetence::C1_3 => t_string!(i18n, digcomp.c1_3.example),
        DigCompCompetence::C2_1 => t_string!(i18n, digcomp.c2_1.example),
        DigCompCompetence::C2_2 => t_string!(i18n, digcomp.c2_2.example),
        DigCompCompetence::C2_3 => t_string!(i18n, digcomp.c2_3.example),
        DigCompCompetence::C2_4 => t_string!(i18n, digcomp.c2_4.example),
        DigCompCompetence::C2_5 => t_string!(i18n, digcomp.c2_5.example),
        DigCompCompetence::C2_6 => t_string!(i18n, digcomp.c2_6.example),
        DigCompCompetence::C3_1 => t_string!(i18n, digcomp.c3_1.example),
        DigCompCompetence::C3_2 => t_string!(i18n, digcomp.c3_2.example),
        DigCompCompetence::C3_3 => t_string!(i18n, digcomp.c3_3.example),
        DigCompCompetence::C3_4 => t_string!(i18n, digcomp.c3_4.example),
        DigCompCompetence::C4_1 => t_string!(i18n, digcomp.c4_1.example),
        DigCompCompetence::C4_2 => t_string!(i18n, digcomp.c4_2.example),
        DigCompCompetence::C4_3 => t_string!(i18n, digcomp.c4_3.example),
        DigCompCompetence::C4_4 => t_string!(i18n, digcomp.c4_4.example),
        DigCompCompetence::C5_1 => t_string!(i18n, digcomp.c5_1.example),
        DigCompCompetence::C5_2 => t_string!(i18n, digcomp.c5_2.example),
        DigCompCompetence::C5_3 => t_string!(i18n, digcomp.c5_3.example),
        DigCompCompetence::C5_4 => t_string!(i18n, digcomp.c5_4.example),
    }
}

/// A DigComp area's name, as the person reads it.
pub fn digcomp_area(i18n: I18n, area: DigCompArea) -> &'static str {
    match area {
        DigCompArea::Information => t_string!(i18n, skills.digital.information),
        DigCompArea::Communication => t_string!(i18n, skills.digital.communication),
        DigCompArea::ContentCreation => t_string!(i18n, skills.digital.content_creation),
        DigCompArea::Safety => t_string!(i18n, skills.digital.safety),
        DigCompArea::ProblemSolving => t_string!(i18n, skills.digital.problem_solving),
    }
}

/// What a DigComp proficiency group means, in one plain sentence.
pub fn digcomp_level_help(i18n: I18n, level: DigCompLevel) -> &'static str {
    match level {
        DigCompLevel::Foundation => t_string!(i18n, digcomp.level_help.foundation),
        DigCompLevel::Intermediate => t_string!(i18n, digcomp.level_help.intermediate),
        DigCompLevel::Advanced => t_string!(i18n, digcomp.level_help.advanced),
        DigCompLevel::HighlySpecialised => t_string!(i18n, digcomp.level_help.highly_specialised),
    }
}

/// "I can …": what a CEFR level means for one language skill, in our own plain words.
pub fn cefr_can(i18n: I18n, area: LanguageSkillArea, level: CefrLevel) -> &'static str {
    match (area, level) {
        (LanguageSkillArea::Listening, CefrLevel::A1) => t_string!(i18n, cefr.can.listening.a1),
        (LanguageSkillArea::Listening, CefrLevel::A2) => t_string!(i18n, cefr.can.listening.a2),
        (LanguageSkillArea::Listening, CefrLevel::B1) => t_string!(i18n, cefr.can.listening.b1),
        (LanguageSkillArea::Listening, CefrLevel::B2) => t_string!(i18n, cefr.can.listening.b2),
        (LanguageSkillArea::Listening, CefrLevel::C1) => t_string!(i18n, cefr.can.listening.c1),
        (LanguageSkillArea::Listening, CefrLevel::C2) => t_string!(i18n, cefr.can.listening.c2),
        (LanguageSkillArea::Reading, CefrLevel::A1) => t_string!(i18n, cefr.can.reading.a1),
        (LanguageSkillArea::Reading, CefrLevel::A2) => t_string!(i18n, cefr.can.reading.a2),
        (LanguageSkillArea::Reading, CefrLevel::B1) => t_string!(i18n, cefr.can.reading.b1),
        (LanguageSkillArea::Reading, CefrLevel::B2) => t_string!(i18n, cefr.can.reading.b2),
        (LanguageSkillArea::Reading, CefrLevel::C1) => t_string!(i18n, cefr.can.reading.c1),
        (LanguageSkillArea::Reading, CefrLevel::C2) => t_string!(i18n, cefr.can.reading.c2),
        (LanguageSkillArea::SpokenInteraction, CefrLevel::A1) => {
            t_string!(i18n, cefr.can.spoken_interaction.a1)
        }
        (LanguageSkillArea::SpokenInteraction, CefrLevel::A2) => {
            t_string!(i18n, cefr.can.spoken_interaction.a2)
        }
        (LanguageSkillArea::SpokenInteraction, CefrLevel::B1) => {
            t_string!(i18n, cefr.can.spoken_interaction.b1)
        }
        (LanguageSkillArea::SpokenInteraction, CefrLevel::B2) => {
            t_string!(i18n, cefr.can.spoken_interaction.b2)
        }
        (LanguageSkillArea::SpokenInteraction, CefrLevel::C1) => {
            t_string!(i18n, cefr.can.spoken_interaction.c1)
        }
        (LanguageSkillArea::SpokenInteraction, CefrLevel::C2) => {
            t_string!(i18n, cefr.can.spoken_interaction.c2)
        }
        (LanguageSkillArea::SpokenProduction, CefrLevel::A1) => {
            t_string!(i18n, cefr.can.spoken_production.a1)
        }
        (LanguageSkillArea::SpokenProduction, CefrLevel::A2) => {
            t_string!(i18n, cefr.can.spoken_production.a2)
        }
        (LanguageSkillArea::SpokenProduction, CefrLevel::B1) => {
            t_string!(i18n, cefr.can.spoken_production.b1)
        }
        (LanguageSkillArea::SpokenProduction, CefrLevel::B2) => {
            t_string!(i18n, cefr.can.spoken_production.b2)
        }
        (LanguageSkillArea::SpokenProduction, CefrLevel::C1) => {
            t_string!(i18n, cefr.can.spoken_production.c1)
        }
        (LanguageSkillArea::SpokenProduction, CefrLevel::C2) => {
            t_string!(i18n, cefr.can.spoken_production.c2)
        }
        (LanguageSkillArea::Writing, CefrLevel::A1) => t_string!(i18n, cefr.can.writing.a1),
        (LanguageSkillArea::Writing, CefrLevel::A2) => t_string!(i18n, cefr.can.writing.a2),
        (LanguageSkillArea::Writing, CefrLevel::B1) => t_string!(i18n, cefr.can.writing.b1),
        (LanguageSkillArea::Writing, CefrLevel::B2) => t_string!(i18n, cefr.can.writing.b2),
        (LanguageSkillArea::Writing, CefrLevel::C1) => t_string!(i18n, cefr.can.writing.c1),
        (LanguageSkillArea::Writing, CefrLevel::C2) => t_string!(i18n, cefr.can.writing.c2),
    }
}
