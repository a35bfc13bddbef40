//! Documents and fonts for the PDF tests: the real fonts the app serves, and profiles in
//! the language pairs the app promises (ar+es, ti+en, uk+de).
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Arc;

use skillmap_pdf::text::{Family, FontFile};
use skillmap_pdf::{
    Arrangement, Attachment, Block, Document, Field, Language, Paper, Section, Text,
};

pub fn fonts() -> Vec<FontFile> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/pdf-fonts");
    Family::ALL
        .iter()
        .flat_map(|&family| [false, true].map(move |bold| (family, bold)))
        .map(|(family, bold)| FontFile {
            family,
            bold,
            data: Arc::new(
                std::fs::read(dir.join(family.file(bold)))
                    .expect("public/pdf-fonts is in the repository"),
            ),
        })
        .collect()
}

fn each(texts: &[&str]) -> Text {
    Text::Each(texts.iter().map(|t| (*t).to_owned()).collect())
}

fn written(text: &str, lang: &str) -> Text {
    Text::Written {
        text: text.to_owned(),
        lang: Some(lang.to_owned()),
    }
}

/// Words for one document: (first language, second language) per key.
pub struct Words {
    pub langs: Vec<(&'static str, bool)>,
    pub t: fn(&str) -> Vec<&'static str>,
    pub name: &'static str,
    pub written_in: &'static str,
    pub employer: &'static str,
    pub notes: &'static str,
}

pub fn document(w: &Words, arrangement: Arrangement, paper: Paper, jobs: usize) -> Document {
    let t = |k: &str| Text::Each((w.t)(k).iter().map(|s| (*s).to_owned()).collect());
    let n = w.langs.len();
    let same = |s: &str| Text::same(s, n);
    let mut work = Vec::new();
    for i in 0..jobs {
        work.push(Block::Entry {
            title: t("job"),
            lines: vec![
                written(w.employer, w.written_in),
                same(&format!("2015 – 20{}", 16 + i % 8)),
                t("skills_used"),
            ],
        });
    }
    let grid_rows = |levels: [&str; 5]| -> Vec<Vec<Text>> {
        [
            "listening",
            "reading",
            "interaction",
            "production",
            "writing",
        ]
        .iter()
        .zip(levels)
        .map(|(k, l)| vec![t(k), same(l)])
        .collect()
    };
    Document {
        languages: w.langs.iter().map(|(c, r)| Language { code: (*c).to_owned(), rtl: *r }).collect(),
        arrangement,
        paper,
        title: t("title"),
        name: w.name.to_owned(),
        made: t("made"),
        page_of: t("page_of"),
        sections: vec![
            Section {
                heading: t("personal"),
                blocks: vec![Block::Fields(vec![
                    Field { label: t("name"), value: written(w.name, w.written_in) },
                    Field { label: t("birth_year"), value: same("1990") },
                    Field { label: t("origin"), value: t("country") },
                    Field { label: t("phone"), value: Text::Written { text: "+49 30 1234567".to_owned(), lang: None } },
                ])],
            },
            Section {
                heading: t("languages"),
                blocks: vec![
                    Block::Fields(vec![Field { label: t("mother_tongue"), value: t("mother") }]),
                    Block::Table { caption: t("english"), columns: vec![t("skill"), t("level")], rows: grid_rows(["B2", "B1", "B1", "A2", "A2"]) },
                ],
            },
            Section { heading: t("work"), blocks: work },
            Section {
                heading: t("goals"),
                blocks: vec![Block::Fields(vec![Field { label: t("notes"), value: written(w.notes, w.written_in) }])],
            },
        ],
        attachment: Some(Attachment {
            name: "skillmap-profile.json".to_owned(),
            description: "skillmap profile".to_owned(),
            json: format!("{{\"format\":\"skillmap-profile\",\"version\":1,\"profile\":{{\"personal\":{{\"given_names\":\"{}\"}}}}}}", w.name),
        }),
    }
}

pub fn ar_es() -> Words {
    Words {
        langs: vec![("ar", true), ("es", false)],
        t: |k| match k {
            "title" => vec!["الملف الشخصي للمهارات", "Perfil de competencias"],
            "made" => vec![
                "أُنشئ في 22 نوفمبر 2026 · تنسيق الملف 1",
                "Creado el 22 de noviembre de 2026 · formato de archivo 1",
            ],
            "page_of" => vec!["الصفحة {page} من {pages}", "Página {page} de {pages}"],
            "personal" => vec!["المعلومات الشخصية", "Datos personales"],
            "name" => vec!["الاسم", "Nombre"],
            "birth_year" => vec!["سنة الميلاد", "Año de nacimiento"],
            "origin" => vec!["بلد المنشأ", "País de origen"],
            "country" => vec!["سوريا", "Siria"],
            "languages" => vec!["اللغات", "Idiomas"],
            "mother_tongue" => vec!["اللغة الأم", "Lengua materna"],
            "mother" => vec!["العربية", "árabe"],
            "english" => vec!["الإنجليزية", "inglés"],
            "skill" => vec!["المهارة", "Destreza"],
            "level" => vec!["المستوى", "Nivel"],
            "listening" => vec!["الاستماع", "Comprensión auditiva"],
            "reading" => vec!["القراءة", "Comprensión de lectura"],
            "interaction" => vec!["التفاعل الشفهي", "Interacción oral"],
            "production" => vec!["الإنتاج الشفهي", "Expresión oral"],
            "writing" => vec!["الكتابة", "Expresión escrita"],
            "work" => vec!["الخبرة العملية", "Experiencia laboral"],
            "job" => vec!["مساعد تمريض", "auxiliar de enfermería"],
            "skills_used" => vec![
                "المهارات المستخدمة: رعاية المرضى (ESCO)، قياس العلامات الحيوية",
                "Competencias utilizadas: atención al paciente (ESCO), medir constantes vitales",
            ],
            "goals" => vec!["الأهداف", "Objetivos"],
            "notes" => vec!["ملاحظات", "Notas"],
            _ => vec!["?", "?"],
        },
        name: "ليلى حداد",
        written_in: "ar",
        employer: "مستشفى دمشق (Damascus Hospital) منذ 2015",
        notes: "أريد العمل في رعاية المسنين بدوام جزئي (20 ساعة) وأتعلم الألمانية B1.",
    }
}

pub fn ti_en() -> Words {
    Words {
        langs: vec![("ti", false), ("en", false)],
        t: |k| match k {
            "title" => vec!["መግለጺ ክእለት", "Skills profile"],
            "made" => vec![
                "ዝተዳለወ 22 ሕዳር 2026",
                "Made on 22 November 2026 · file format 1",
            ],
            "page_of" => vec!["ገጽ {page} ካብ {pages}", "Page {page} of {pages}"],
            "personal" => vec!["ውልቃዊ ሓበሬታ", "Personal details"],
            "name" => vec!["ስም", "Name"],
            "birth_year" => vec!["ዓመተ ልደት", "Year of birth"],
            "origin" => vec!["ሃገረ መበቆል", "Country of origin"],
            "country" => vec!["ኤርትራ", "Eritrea"],
            "languages" => vec!["ቋንቋታት", "Languages"],
            "mother_tongue" => vec!["ቋንቋ ኣደ", "Mother tongue"],
            "mother" => vec!["ትግርኛ", "Tigrinya"],
            "english" => vec!["እንግሊዝኛ", "English"],
            "skill" => vec!["ክእለት", "Skill"],
            "level" => vec!["ደረጃ", "Level"],
            "listening" => vec!["ምስማዕ", "Listening"],
            "reading" => vec!["ምንባብ", "Reading"],
            "interaction" => vec!["ዝርርብ", "Spoken interaction"],
            "production" => vec!["ምዝራብ", "Spoken production"],
            "writing" => vec!["ምጽሓፍ", "Writing"],
            "work" => vec!["ናይ ስራሕ ተሞክሮ", "Work experience"],
            "job" => vec!["ሓጋዚ ሓካይም", "nursing assistant"],
            "skills_used" => vec![
                "ዝተጠቐምካሉ ክእለታት: ክንክን ሕሙማት",
                "Skills used: patient care, measuring vital signs",
            ],
            "goals" => vec!["ዕላማታት", "Goals"],
            "notes" => vec!["ሓበሬታ", "Notes"],
            _ => vec!["?", "?"],
        },
        name: "ሰላም ተስፋይ",
        written_in: "ti",
        employer: "ሆስፒታል ኦሮታ፣ ኣስመራ",
        notes: "ኣብ ክንክን ኣረጋውያን ክሰርሕ እደሊ።",
    }
}

pub fn uk_de() -> Words {
    Words {
        langs: vec![("uk", false), ("de", false)],
        t: |k| match k {
            "title" => vec!["Профіль навичок", "Kompetenzprofil"],
            "made" => vec![
                "Створено 22 листопада 2026 р. · формат файлу 1",
                "Erstellt am 22. November 2026 · Dateiformat 1",
            ],
            "page_of" => vec!["Сторінка {page} з {pages}", "Seite {page} von {pages}"],
            "personal" => vec!["Особисті дані", "Persönliche Angaben"],
            "name" => vec!["Ім’я", "Name"],
            "birth_year" => vec!["Рік народження", "Geburtsjahr"],
            "origin" => vec!["Країна походження", "Herkunftsland"],
            "country" => vec!["Україна", "Ukraine"],
            "languages" => vec!["Мови", "Sprachen"],
            "mother_tongue" => vec!["Рідна мова", "Muttersprache"],
            "mother" => vec!["українська", "Ukrainisch"],
            "english" => vec!["англійська", "Englisch"],
            "skill" => vec!["Навичка", "Fertigkeit"],
            "level" => vec!["Рівень", "Niveau"],
            "listening" => vec!["Аудіювання", "Hören"],
            "reading" => vec!["Читання", "Lesen"],
            "interaction" => vec!["Усна взаємодія", "An Gesprächen teilnehmen"],
            "production" => vec!["Усне мовлення", "Zusammenhängendes Sprechen"],
            "writing" => vec!["Письмо", "Schreiben"],
            "work" => vec!["Досвід роботи", "Berufserfahrung"],
            "job" => vec!["молодша медична сестра", "Pflegehelfer/Pflegehelferin"],
            "skills_used" => vec![
                "Використані навички: догляд за пацієнтами",
                "Eingesetzte Fähigkeiten: Patientenbetreuung, Vitalzeichen messen",
            ],
            "goals" => vec!["Цілі", "Ziele"],
            "notes" => vec!["Нотатки", "Notizen"],
            _ => vec!["?", "?"],
        },
        name: "Олена Ковальчук",
        written_in: "uk",
        employer: "Лікарня № 3, Харків",
        notes: "Хочу працювати в догляді за літніми людьми; вивчаю німецьку (B1).",
    }
}
