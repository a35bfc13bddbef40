//! The whole engine, document to PDF bytes, with the fonts the app serves. The PDFs are
//! checked with poppler's tools and qpdf (scripts/setup.sh installs them) and kept in
//! target/pdf-samples/ to look at.

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::*;
use skillmap_pdf::read::{attached_profile, ReadError};
use skillmap_pdf::{make, Arrangement, Paper};

fn write(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/pdf-samples");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name}: {e} (scripts/setup.sh installs poppler-utils)"));
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Makes the PDF, checks what every PDF must be, and returns its path and its text.
fn check(name: &str, words: &Words, arrangement: Arrangement, paper: Paper) -> (PathBuf, String) {
    let doc = document(words, arrangement, paper, 3);
    let pdf = make(&doc, &fonts()).unwrap();
    assert!(pdf.ua, "{name}: PDF/UA-1");
    let path = write(name, &pdf.bytes);
    let file = path.to_str().unwrap();
    // The syntax: objects, cross-references and every stream decode (qpdf exits non-zero
    // on an error or a warning).
    let check = tool("qpdf", &["--check", file]);
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{name}: {check}"
    );
    let info = tool("pdfinfo", &[file]);
    assert!(
        info.lines()
            .any(|l| l.starts_with("Tagged:") && l.ends_with("yes")),
        "{name} tagged:\n{info}"
    );
    let title = info
        .lines()
        .find_map(|l| l.strip_prefix("Title:"))
        .unwrap_or_default()
        .trim();
    assert_eq!(
        title,
        format!("{}: {}", (words.t)("title")[0], words.name),
        "{name} title"
    );
    let (w, h) = match paper {
        Paper::A4 => ("595.276", "841.89"),
        Paper::Letter => ("612", "792"),
    };
    let size = info
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .unwrap_or_default()
        .trim();
    assert!(
        size.starts_with(&format!("{w} x {h} pts")),
        "{name} paper: {size}"
    );
    // Every font embedded, and cut to the glyphs used (a subset's name has a six-letter tag).
    let fonts = tool("pdffonts", &[file]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{name}: no fonts\n{fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        assert!(
            cols[0].len() > 7 && cols[0].as_bytes()[6] == b'+',
            "{name}: not a subset: {row}"
        );
        assert!(
            row.contains(" yes yes "),
            "{name}: not embedded as a subset: {row}"
        );
    }
    // The profile file comes back out, byte for byte.
    assert_eq!(
        attached_profile(&pdf.bytes, "skillmap-profile"),
        Ok(doc.attachment.unwrap().json.into_bytes())
    );
    (path.clone(), tool("pdftotext", &[file, "-"]))
}

/// Phrases as written (logical order), each found whole in the text layer.
fn finds(text: &str, phrases: &[&str]) {
    for p in phrases {
        assert!(text.contains(p), "{p:?} not in the text layer:\n{text}");
    }
}

#[test]
fn arabic_and_spanish_side_by_side() {
    let (_, text) = check("ar-es.pdf", &ar_es(), Arrangement::SideBySide, Paper::A4);
    finds(
        &text,
        &[
            "ليلى حداد",
            "الملف الشخصي للمهارات",
            "المعلومات الشخصية",
            "الخبرة العملية",
            "مساعد تمريض",
            "Perfil de competencias",
            "Experiencia laboral",
            "auxiliar de enfermería",
            "Comprensión auditiva",
        ],
    );
}

#[test]
fn tigrinya_and_english_side_by_side() {
    let (_, text) = check("ti-en.pdf", &ti_en(), Arrangement::SideBySide, Paper::A4);
    finds(
        &text,
        &[
            "ሰላም ተስፋይ",
            "መግለጺ ክእለት",
            "ናይ ስራሕ ተሞክሮ",
            "ሆስፒታል ኦሮታ፣ ኣስመራ",
            "Skills profile",
            "Work experience",
        ],
    );
}

#[test]
fn ukrainian_and_german_one_after_another_on_letter() {
    let (path, text) = check(
        "uk-de.pdf",
        &uk_de(),
        Arrangement::OneAfterAnother,
        Paper::Letter,
    );
    finds(
        &text,
        &[
            "Олена Ковальчук",
            "Профіль навичок",
            "Досвід роботи",
            "Лікарня № 3, Харків",
            "Kompetenzprofil",
            "Berufserfahrung",
            "Zusammenhängendes Sprechen",
        ],
    );
    // The German starts on a page of its own, after all the Ukrainian.
    let file = path.to_str().unwrap();
    let pages: usize = tool("pdfinfo", &[file])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let page = |n: usize| {
        tool(
            "pdftotext",
            &["-f", &n.to_string(), "-l", &n.to_string(), file, "-"],
        )
    };
    let german = (1..=pages)
        .find(|&n| page(n).contains("Kompetenzprofil"))
        .unwrap();
    assert!(german > 1);
    assert!(!page(german).contains("Профіль навичок"));
    assert!((german..=pages).all(|n| !page(n).contains("Досвід роботи")));
}

#[test]
fn one_language() {
    let mut words = uk_de();
    words.langs.truncate(1);
    let (_, text) = check("uk.pdf", &words, Arrangement::SideBySide, Paper::A4);
    finds(&text, &["Профіль навичок", "Сторінка 1 з 1"]);
    assert!(!text.contains("Kompetenzprofil"));
}

#[test]
fn reading_refuses_what_carries_no_profile() {
    assert_eq!(
        attached_profile(b"{\"format\":\"skillmap-profile\"}", "skillmap-profile"),
        Err(ReadError::NotPdf)
    );
    assert_eq!(
        attached_profile(b"%PDF-1.7\n garbage", "skillmap-profile"),
        Err(ReadError::NotPdf)
    );
    let mut doc = document(&uk_de(), Arrangement::SideBySide, Paper::A4, 1);
    doc.attachment = None;
    let pdf = make(&doc, &fonts()).unwrap();
    assert_eq!(
        attached_profile(&pdf.bytes, "skillmap-profile"),
        Err(ReadError::NoProfile)
    );
}

#[test]
fn a_character_no_font_has_is_drawn_but_not_claimed_as_pdf_ua() {
    // Chinese is in none of the fonts: its box is drawn, the rest of the PDF is the same
    // tagged PDF, and it no longer claims PDF/UA-1 (which forbids the .notdef glyph).
    let mut doc = document(&uk_de(), Arrangement::SideBySide, Paper::A4, 1);
    doc.name = "Олена 王".to_owned();
    let pdf = make(&doc, &fonts()).unwrap();
    assert!(!pdf.ua);
    let path = write("notdef.pdf", &pdf.bytes);
    let file = path.to_str().unwrap();
    tool("qpdf", &["--check", file]);
    let info = tool("pdfinfo", &[file]);
    assert!(info.contains("Tagged:          yes"), "{info}");
    let xmp = tool("pdfinfo", &["-meta", file]);
    assert!(!xmp.contains("pdfuaid"), "{xmp}");
    let good = make(
        &document(&uk_de(), Arrangement::SideBySide, Paper::A4, 1),
        &fonts(),
    )
    .unwrap();
    assert!(good.ua);
    let meta = tool(
        "pdfinfo",
        &["-meta", write("ua.pdf", &good.bytes).to_str().unwrap()],
    );
    assert!(meta.contains("<pdfuaid:part>1</pdfuaid:part>"), "{meta}");
}

#[test]
fn the_document_crosses_to_the_worker_whole() {
    // The app posts Document::to_bytes; the worker reads it back, or refuses what is not one.
    let doc = document(&ar_es(), Arrangement::SideBySide, Paper::Letter, 3);
    let bytes = doc.to_bytes().unwrap();
    assert_eq!(skillmap_pdf::Document::from_bytes(&bytes), Some(doc));
    assert_eq!(
        skillmap_pdf::Document::from_bytes(&bytes[..bytes.len() / 2]),
        None
    );
    assert_eq!(
        skillmap_pdf::Document::from_bytes(b"{\"languages\":[]}"),
        None
    );
}
