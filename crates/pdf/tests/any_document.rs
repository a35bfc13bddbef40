//! The engine on documents nobody wrote by hand: any mix of scripts, marks, bidi controls,
//! characters no font has, empty and ragged texts, tables with missing cells. It never
//! panics, qpdf finds the file sound, and the profile comes back out of it unchanged.

mod common;

use std::process::Command;

use common::fonts;
use proptest::prelude::*;
use skillmap_pdf::read::attached_profile;
use skillmap_pdf::{
    make, Arrangement, Attachment, Block, Document, Field, Language, Paper, Section, Text,
};

/// Pieces of text: Latin with diacritics, Arabic letters and marks, Persian and Arabic
/// digits, Ethiopic, Cyrillic, Greek, Chinese and emoji (in no font), combining marks on
/// their own, bidi controls, spaces, line breaks.
const PIECES: &[&str] = &[
    "a",
    "É",
    "ẞ",
    "ǩ",
    "word ",
    "long-compound-word",
    "ب",
    "ت",
    "ش",
    "ى",
    "لا",
    "\u{064E}",
    "\u{0651}",
    "مستشفى ",
    "٣",
    "۴",
    "ሰ",
    "ላ",
    "፡",
    "Ж",
    "ї",
    "Ω",
    "ώ",
    "1",
    "2026",
    " ",
    "  ",
    "\n",
    "-",
    "(",
    ")",
    "«",
    "»",
    "王",
    "😀",
    "\u{200F}",
    "\u{202E}",
    "\u{2066}",
    "\u{0301}",
    "\t",
    "\u{FEFF}",
    ".",
    "/",
    "\u{00A0}",
];

fn piece_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..max).prop_map(|v| v.concat())
}

fn text() -> impl Strategy<Value = Text> {
    prop_oneof![
        prop::collection::vec(piece_text(12), 0..3).prop_map(Text::Each),
        (
            piece_text(60),
            prop::option::of(prop::sample::select(vec![
                "ar", "fa", "ti", "uk", "de", "xx"
            ]))
        )
            .prop_map(|(text, lang)| Text::Written {
                text,
                lang: lang.map(str::to_owned)
            }),
    ]
}

fn block() -> impl Strategy<Value = Block> {
    prop_oneof![
        prop::collection::vec((text(), text()), 0..4).prop_map(|fields| Block::Fields(
            fields
                .into_iter()
                .map(|(label, value)| Field { label, value })
                .collect()
        )),
        (text(), prop::collection::vec(text(), 0..4))
            .prop_map(|(title, lines)| Block::Entry { title, lines }),
        (
            text(),
            prop::collection::vec(text(), 0..3),
            prop::collection::vec(prop::collection::vec(text(), 0..3), 0..4)
        )
            .prop_map(|(caption, columns, rows)| Block::Table {
                caption,
                columns,
                rows
            }),
        text().prop_map(Block::Subheading),
    ]
}

fn document() -> impl Strategy<Value = Document> {
    let languages = prop::sample::subsequence(
        vec![("ar", true), ("es", false), ("ti", false), ("uk", false)],
        1..=2,
    )
    .prop_shuffle();
    (
        languages,
        prop::bool::ANY,
        prop::bool::ANY,
        (text(), piece_text(20), text(), text()),
        prop::collection::vec((text(), prop::collection::vec(block(), 0..4)), 0..4),
        piece_text(30),
    )
        .prop_map(
            |(languages, after, letter, (title, name, made, page_of), sections, json)| Document {
                languages: languages
                    .into_iter()
                    .map(|(code, rtl)| Language {
                        code: code.to_owned(),
                        rtl,
                    })
                    .collect(),
                arrangement: if after {
                    Arrangement::OneAfterAnother
                } else {
                    Arrangement::SideBySide
                },
                paper: if letter { Paper::Letter } else { Paper::A4 },
                title,
                name,
                made,
                page_of,
                sections: sections
                    .into_iter()
                    .map(|(heading, blocks)| Section { heading, blocks })
                    .collect(),
                attachment: Some(Attachment {
                    name: "skillmap-profile.json".to_owned(),
                    description: "skillmap profile".to_owned(),
                    json: format!("{{\"format\":\"skillmap-profile\",\"x\":{json:?}}}"),
                }),
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn any_document_makes_a_sound_pdf_that_carries_its_profile(doc in document()) {
        let pdf = make(&doc, &fonts()).expect("a PDF");
        let json = doc.attachment.as_ref().unwrap().json.as_bytes();
        prop_assert_eq!(attached_profile(&pdf.bytes, "skillmap-profile").unwrap(), json);
        let dir = std::env::temp_dir().join(format!("skillmap-any-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("any.pdf");
        std::fs::write(&file, &pdf.bytes).unwrap();
        let out = Command::new("qpdf").arg("--check").arg(&file).output()
            .expect("qpdf (scripts/setup.sh installs it)");
        prop_assert!(out.status.success(), "qpdf: {}", String::from_utf8_lossy(&out.stdout));
    }
}
