//! skillmap's PDF, made on the device.
//!
//! - [`doc`]: the document a profile becomes, every word already in its language(s). The
//!   app builds it; it is all the app needs of this crate (`default-features = false`).
//! - [`text`] (feature `engine`): fonts per script, shaping, bidi, line breaking.
//! - [`layout`]: units onto pages, columns side by side, footers, the logical structure.
//! - [`render`]: the tagged PDF, with the profile file attached; `subset`: its fonts cut
//!   down to the glyphs drawn.
//! - [`read`] (feature `read`): the profile file back out of a PDF.
//!
//! No browser here: the worker (`crates/pdf-worker`) fetches the fonts and calls [`make`].

pub mod doc;
#[cfg(feature = "engine")]
pub mod layout;
#[cfg(feature = "read")]
pub mod read;
#[cfg(feature = "engine")]
pub mod render;
#[cfg(feature = "engine")]
mod subset;
#[cfg(feature = "engine")]
pub mod text;

pub use doc::*;

/// Why a PDF could not be made. The words for people live in the UI.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    /// A font file was missing or damaged.
    #[error("font {0} is missing or not a font")]
    Font(&'static str),
    /// The PDF writer refused (a bug, or a limit of the format).
    #[error("could not write the PDF: {0}")]
    Write(String),
}

/// The document as a PDF, with these fonts (those [`text::Family::needed`] names, regular
/// and bold).
///
/// # Errors
/// See [`PdfError`].
#[cfg(feature = "engine")]
pub fn make(document: &Document, fonts: &[text::FontFile]) -> Result<render::Rendered, PdfError> {
    let shaper = text::Shaper::new(fonts).map_err(|e| PdfError::Font(e.0))?;
    let laid = layout::layout(document, &shaper);
    render::render(document, &laid, fonts)
}

/// Every text of the document, for choosing its fonts.
pub fn texts<'a>(document: &'a Document) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    let mut add = |t: &'a Text| match t {
        Text::Each(each) => out.extend(each.iter().map(String::as_str)),
        Text::Written { text, .. } => out.push(text.as_str()),
    };
    add(&document.title);
    add(&document.made);
    add(&document.page_of);
    for section in &document.sections {
        add(&section.heading);
        for block in &section.blocks {
            match block {
                Block::Fields(fields) => fields.iter().for_each(|f| {
                    add(&f.label);
                    add(&f.value);
                }),
                Block::Entry { title, lines } => {
                    add(title);
                    lines.iter().for_each(&mut add);
                }
                Block::Table {
                    caption,
                    columns,
                    rows,
                } => {
                    add(caption);
                    columns.iter().for_each(&mut add);
                    rows.iter().flatten().for_each(&mut add);
                }
                Block::Subheading(t) => add(t),
            }
        }
    }
    out.push(document.name.as_str());
    out
}
