//! The profile back out of a PDF: the skillmap file a PDF carries as an attachment
//! (an embedded file stream), whoever wrote or re-saved the PDF since.

use hayro_syntax::object::{Name, Object};
use hayro_syntax::Pdf;

/// Why no profile came out of a PDF. The words for people live in the UI.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// Not a PDF, or one too damaged (or encrypted) to read.
    #[error("not a readable PDF")]
    NotPdf,
    /// A PDF, but it carries no skillmap file (printed from elsewhere, or attachment
    /// removed).
    #[error("the PDF carries no skillmap file")]
    NoProfile,
}

/// The bytes of the first attached file that is a skillmap file (its text names the
/// format `marker`), for the app's one decode path to read.
///
/// # Errors
/// See [`ReadError`].
pub fn attached_profile(bytes: &[u8], marker: &str) -> Result<Vec<u8>, ReadError> {
    if !bytes.starts_with(b"%PDF-") && !bytes.windows(5).take(1024).any(|w| w == b"%PDF-") {
        return Err(ReadError::NotPdf);
    }
    let pdf = Pdf::new(bytes.to_vec()).map_err(|_| ReadError::NotPdf)?;
    let embedded = Name::new(b"EmbeddedFile").expect("a valid name");
    for object in pdf.objects() {
        let Object::Stream(stream) = object else {
            continue;
        };
        let is_file = stream
            .dict()
            .get::<Name<'_>>(b"Type")
            .is_some_and(|t| t == embedded);
        if !is_file {
            continue;
        }
        let Ok(data) = stream.decoded() else { continue };
        if data.windows(marker.len()).any(|w| w == marker.as_bytes()) {
            return Ok(data.into_owned());
        }
    }
    Err(ReadError::NoProfile)
}
