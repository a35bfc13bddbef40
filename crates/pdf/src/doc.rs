//! The document a profile becomes: every word already in the reader's language(s), so
//! laying it out needs no translations, no taxonomy and no browser. The app fills it in
//! (from the same reading the review page shows); the worker lays it out and renders it.
//!
//! Texts come in one of two kinds ([`Text`]): words the app wrote, one per document
//! language (`Each`), or what the person wrote, once, in the language they wrote it in
//! (`Written`). With two languages every `Each` holds two strings, in [`Document::languages`]
//! order.

use serde::{Deserialize, Serialize};

/// Paper sizes, in PDF points (1/72 inch).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm: Europe.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.276, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// How two languages share the pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Arrangement {
    /// Two columns, each entry beside its translation, rows aligned.
    #[default]
    SideBySide,
    /// The whole profile in the first language, then (from a new page) in the second.
    OneAfterAnother,
}

/// A language of the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Language {
    /// BCP 47 code, as in `lang` attributes ("ar", "uk", "prs").
    pub code: String,
    /// Written right to left.
    pub rtl: bool,
}

/// Some words of the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Text {
    /// The app's words: one string per document language, in their order.
    Each(Vec<String>),
    /// What the person wrote, shown as written in every column; `lang` is the language
    /// they wrote in, when known.
    Written {
        /// The text.
        text: String,
        /// Its language (BCP 47).
        lang: Option<String>,
    },
}

impl Text {
    /// The same words in every language (a code, a number).
    pub fn same(text: impl Into<String>, languages: usize) -> Text {
        Text::Each(vec![text.into(); languages])
    }

    /// The words for language `i`, and the language they are in when it is not `i`'s.
    pub fn get(&self, i: usize) -> (&str, Option<&str>) {
        match self {
            Text::Each(each) => (
                each.get(i)
                    .or_else(|| each.first())
                    .map_or("", String::as_str),
                None,
            ),
            Text::Written { text, lang } => (text, lang.as_deref()),
        }
    }

    /// Whether there is nothing to show in any language.
    pub fn is_empty(&self) -> bool {
        match self {
            Text::Each(each) => each.iter().all(|t| t.trim().is_empty()),
            Text::Written { text, .. } => text.trim().is_empty(),
        }
    }
}

/// A label and its answer: "Country of origin — Syria".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    /// What is asked.
    pub label: Text,
    /// The answer.
    pub value: Text,
}

/// One block of a section. A block is never cut by a page break unless it is taller
/// than a whole page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Block {
    /// Answers as label–value rows.
    Fields(Vec<Field>),
    /// One item of a list (a job, a diploma): a title and lines under it.
    Entry {
        /// The item's title, in bold.
        title: Text,
        /// What is said of it, a line each (wrapped when long).
        lines: Vec<Text>,
    },
    /// A table with a header row; each row's first cell heads the row (the CEFR grid).
    Table {
        /// What the table shows (a language's name), above it.
        caption: Text,
        /// The header row.
        columns: Vec<Text>,
        /// The rows.
        rows: Vec<Vec<Text>>,
    },
    /// A heading inside a section.
    Subheading(Text),
}

/// A part of the profile: "Languages", "Work experience".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// Its heading.
    pub heading: Text,
    /// What it holds, in order.
    pub blocks: Vec<Block>,
}

/// The file carried inside the PDF, so opening the PDF in skillmap gives back the profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// Its file name ("skillmap-profile.json").
    pub name: String,
    /// What it is, for PDF readers' attachment panels (first language).
    pub description: String,
    /// The skillmap file, exactly as exported.
    pub json: String,
}

/// Everything the PDF shows and carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// One language, or two (the person's and a counsellor's).
    pub languages: Vec<Language>,
    /// How two languages share the pages (ignored with one).
    pub arrangement: Arrangement,
    /// The paper size.
    pub paper: Paper,
    /// The title on the first page and in the file's metadata ("Skills profile").
    pub title: Text,
    /// Whose profile it is (under the title; the metadata's author). Empty when the person
    /// left out their personal details.
    pub name: String,
    /// A line under the title: the date made and the file format's version.
    pub made: Text,
    /// The page footer, with `{page}` and `{pages}` to fill in ("Page {page} of {pages}").
    pub page_of: Text,
    /// The parts, in order.
    pub sections: Vec<Section>,
    /// The profile file carried inside.
    pub attachment: Option<Attachment>,
}

impl Document {
    /// The document as the app posts it to the PDF worker: postcard's compact binary form
    /// of the same serde model (the worker's decoder is a fraction of a JSON parser's size).
    ///
    /// # Errors
    /// Only if serde refuses the model, which plain data like this never makes it do.
    pub fn to_bytes(&self) -> Result<Vec<u8>, postcard::Error> {
        postcard::to_allocvec(self)
    }

    /// The document back from [`Document::to_bytes`]; `None` for anything else.
    pub fn from_bytes(bytes: &[u8]) -> Option<Document> {
        postcard::from_bytes(bytes).ok()
    }
}
