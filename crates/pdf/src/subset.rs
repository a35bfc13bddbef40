//! A TrueType font cut down to the glyphs one font object of the PDF draws.
//!
//! Written here rather than taken from the `subsetter` crate, which does this for TrueType,
//! CFF and CFF2 fonts: its CFF code and the float parser it needs were 30 KB (brotli) of the
//! PDF worker's 250 KB budget, for fonts we never embed. The fonts are ours to choose
//! (Noto, TrueType outlines, `public/pdf-fonts`), so this handles TrueType only and says so
//! (`None`) for anything else. The font is read with read-fonts, as the shaper reads it.
//!
//! The subset is for a CIDFontType2 with an identity CIDToGIDMap: no `cmap` (the PDF's
//! ToUnicode map says what each glyph stands for), glyph IDs renumbered in the order the
//! glyphs were first drawn, `.notdef` first. Kept: the outlines (`glyf`, `loca`) of the drawn
//! glyphs and of the parts composite glyphs are made of, their metrics (`hmtx`, `hhea`),
//! `head`, `maxp`, the hinting tables if any, `name` (the copyright and licence) and `post`
//! (without glyph names), as the PDF standard asks for TrueType programs.

use std::collections::HashMap;

use read_fonts::types::{GlyphId, Tag};
use read_fonts::{FontRef, TableProvider};

/// The glyphs of one embedding: each glyph's ID in the font file and in the subset, in
/// the order they were first drawn. `.notdef` (0) is always there, as 0.
#[derive(Debug, Clone)]
pub(crate) struct Glyphs {
    /// Font file IDs, by ID in the subset.
    old: Vec<u16>,
    /// Font file ID → ID in the subset.
    new: HashMap<u16, u16>,
}

impl Glyphs {
    pub(crate) fn new() -> Self {
        let mut glyphs = Glyphs {
            old: Vec::new(),
            new: HashMap::new(),
        };
        glyphs.add(0);
        glyphs
    }

    /// The ID in the subset of the font file's glyph `old`, numbered next if new.
    pub(crate) fn add(&mut self, old: u16) -> u16 {
        if let Some(&new) = self.new.get(&old) {
            return new;
        }
        // At most 65,536 distinct u16s, so the last one is numbered 65,535.
        let new = u16::try_from(self.old.len()).unwrap_or(u16::MAX);
        self.old.push(old);
        self.new.insert(old, new);
        new
    }

    /// The ID in the subset of the font file's glyph `old`, if it is in.
    pub(crate) fn get(&self, old: u16) -> Option<u16> {
        self.new.get(&old).copied()
    }

    /// The font file's IDs, by ID in the subset.
    pub(crate) fn olds(&self) -> &[u16] {
        &self.old
    }
}

/// A subset font program, and the glyphs in it: those drawn, then the parts of composite
/// glyphs (by their IDs in the subset, so the PDF's widths can cover all of them).
pub(crate) struct Subset {
    pub(crate) bytes: Vec<u8>,
    pub(crate) glyphs: Glyphs,
}

/// The font cut down to `drawn` (and the glyphs they are made of). `None` if the font is
/// not a TrueType font with its tables whole, or a glyph drawn is not in it.
pub(crate) fn truetype(font: &FontRef<'_>, drawn: &Glyphs) -> Option<Subset> {
    let table = |tag: &[u8; 4]| font.table_data(Tag::new(tag)).map(|d| d.as_bytes());
    let (head, hhea, maxp) = (table(b"head")?, table(b"hhea")?, table(b"maxp")?);
    let (loca, glyf) = (table(b"loca")?, table(b"glyf")?);
    let long = u16_at(head, 50)? != 0;
    let glyph = |id: u16| -> Option<&[u8]> {
        let i = usize::from(id);
        let (start, end) = if long {
            (u32_at(loca, 4 * i)?, u32_at(loca, 4 * i + 4)?)
        } else {
            (
                2 * u32::from(u16_at(loca, 2 * i)?),
                2 * u32::from(u16_at(loca, 2 * i + 2)?),
            )
        };
        glyf.get(usize::try_from(start).ok()?..usize::try_from(end).ok()?)
    };

    // Every glyph kept brings the glyphs it is made of (which may be made of others).
    let mut glyphs = drawn.clone();
    let mut next = 0;
    while let Some(&old) = glyphs.old.get(next) {
        for (_, part) in parts(glyph(old)?)? {
            glyphs.add(part);
        }
        next += 1;
    }
    let count = u16::try_from(glyphs.old.len()).ok()?;

    // The outlines, each padded to an even length, parts renumbered; then where each
    // starts, in half-offsets (u16) when the outlines are small enough, else in u32s.
    let mut new_glyf = Vec::new();
    let mut starts = Vec::with_capacity(glyphs.old.len() + 1);
    for &old in &glyphs.old {
        starts.push(new_glyf.len());
        let data = glyph(old)?;
        let start = new_glyf.len();
        new_glyf.extend_from_slice(data);
        for (at, part) in parts(data)? {
            let id = glyphs.get(part)?.to_be_bytes();
            new_glyf[start + at..start + at + 2].copy_from_slice(&id);
        }
        new_glyf.resize(new_glyf.len().next_multiple_of(2), 0);
    }
    starts.push(new_glyf.len());
    let short = new_glyf.len() / 2 <= usize::from(u16::MAX);
    let mut new_loca = Vec::with_capacity(4 * starts.len());
    for start in starts {
        if short {
            new_loca.extend_from_slice(&u16::try_from(start / 2).ok()?.to_be_bytes());
        } else {
            new_loca.extend_from_slice(&u32::try_from(start).ok()?.to_be_bytes());
        }
    }

    // Metrics: an advance and a left side bearing for every glyph.
    let hmtx = font.hmtx().ok()?;
    let mut new_hmtx = Vec::with_capacity(4 * glyphs.old.len());
    for &old in &glyphs.old {
        let id = GlyphId::new(u32::from(old));
        new_hmtx.extend_from_slice(&hmtx.advance(id)?.to_be_bytes());
        new_hmtx.extend_from_slice(&hmtx.side_bearing(id).unwrap_or(0).to_be_bytes());
    }

    let mut tables: Vec<([u8; 4], Vec<u8>)> = vec![
        (*b"glyf", new_glyf),
        (*b"loca", new_loca),
        (*b"hmtx", new_hmtx),
        (*b"head", with_u16(head, 50, u16::from(!short))?),
        (*b"hhea", with_u16(hhea, 34, count)?),
        (*b"maxp", with_u16(maxp, 4, count)?),
    ];
    for tag in [b"cvt ", b"fpgm", b"prep", b"name"] {
        if let Some(data) = table(tag) {
            tables.push((*tag, data.to_vec()));
        }
    }
    if let Some(post) = table(b"post") {
        // Version 3: the header without glyph names (they would need renumbering too).
        let mut header = post.get(..32)?.to_vec();
        header[..4].copy_from_slice(&0x0003_0000_u32.to_be_bytes());
        tables.push((*b"post", header));
    }
    Some(Subset {
        bytes: sfnt(tables)?,
        glyphs,
    })
}

/// Where a composite glyph names its parts: each part's glyph ID and the offset of that ID
/// in the glyph's data. Empty for a simple or empty glyph; `None` if the data is cut short.
fn parts(data: &[u8]) -> Option<Vec<(usize, u16)>> {
    const WORDS: u16 = 0x0001;
    const SCALE: u16 = 0x0008;
    const MORE: u16 = 0x0020;
    const X_AND_Y_SCALE: u16 = 0x0040;
    const TWO_BY_TWO: u16 = 0x0080;
    let mut out = Vec::new();
    if data.is_empty() || u16_at(data, 0)? < 0x8000 {
        return Some(out);
    }
    // After the glyph's header (contour count and bounding box): one record per part.
    let mut at = 10;
    loop {
        let flags = u16_at(data, at)?;
        out.push((at + 2, u16_at(data, at + 2)?));
        at += 4 + if flags & WORDS != 0 { 4 } else { 2 };
        at += if flags & SCALE != 0 {
            2
        } else if flags & X_AND_Y_SCALE != 0 {
            4
        } else if flags & TWO_BY_TWO != 0 {
            8
        } else {
            0
        };
        if flags & MORE == 0 {
            // The last record must be whole.
            return (at <= data.len()).then_some(out);
        }
    }
}

/// A font file of these tables: the table directory sorted by tag, each table's checksum,
/// the tables padded to four bytes, and `head`'s checksum adjustment for the whole file.
fn sfnt(mut tables: Vec<([u8; 4], Vec<u8>)>) -> Option<Vec<u8>> {
    tables.sort_by_key(|(tag, _)| *tag);
    let count = u16::try_from(tables.len()).ok()?;
    let power = 1_u16 << (15 - count.leading_zeros());
    let mut out = Vec::new();
    out.extend_from_slice(&0x0001_0000_u32.to_be_bytes());
    let shift = u16::try_from(power.trailing_zeros()).ok()?;
    for field in [count, power * 16, shift, (count - power) * 16] {
        out.extend_from_slice(&field.to_be_bytes());
    }
    let mut offset = 12 + 16 * tables.len();
    let mut adjustment = None;
    for (tag, data) in &mut tables {
        if tag == b"head" {
            data.get_mut(8..12)?.fill(0);
            adjustment = Some(offset + 8);
        }
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&u32::try_from(offset).ok()?.to_be_bytes());
        out.extend_from_slice(&u32::try_from(data.len()).ok()?.to_be_bytes());
        offset += data.len().next_multiple_of(4);
    }
    for (_, data) in &tables {
        out.extend_from_slice(data);
        out.resize(out.len().next_multiple_of(4), 0);
    }
    let at = adjustment?;
    let value = 0xB1B0_AFBA_u32.wrapping_sub(checksum(&out));
    out[at..at + 4].copy_from_slice(&value.to_be_bytes());
    Some(out)
}

/// The sum of a table's big-endian u32s, the last one padded with zeros.
fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0_u32, |sum, chunk| {
        let mut word = [0; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

/// A copy of a table with the u16 at `at` set to `value`.
fn with_u16(table: &[u8], at: usize, value: u16) -> Option<Vec<u8>> {
    let mut out = table.to_vec();
    out.get_mut(at..at + 2)?
        .copy_from_slice(&value.to_be_bytes());
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use read_fonts::tables::glyf::{Anchor, Glyph};

    /// Every font the PDF embeds (each must be TrueType for this module to cut it).
    fn fonts() -> Vec<(String, Vec<u8>)> {
        let dir = format!("{}/../../public/pdf-fonts", env!("CARGO_MANIFEST_DIR"));
        let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == "ttf"))
            .map(|path| (path.display().to_string(), std::fs::read(&path).unwrap()))
            .collect();
        out.sort();
        let names: Vec<&str> = out.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names.len(), 6, "the PDF's six fonts: {names:?}");
        out
    }

    /// A glyph's points, composites flattened (parts placed at their offsets, transformed).
    fn points(font: &FontRef<'_>, id: u16, depth: u8) -> Vec<(i32, i32, bool)> {
        let (loca, glyf) = (font.loca(None).unwrap(), font.glyf().unwrap());
        match loca.get_glyf(GlyphId::new(u32::from(id)), &glyf).unwrap() {
            None => Vec::new(),
            Some(Glyph::Simple(simple)) => simple
                .points()
                .map(|p| (i32::from(p.x), i32::from(p.y), p.on_curve))
                .collect(),
            Some(Glyph::Composite(composite)) => {
                assert!(depth < 8, "composite glyphs nested too deep");
                let mut out = Vec::new();
                for part in composite.components() {
                    let Anchor::Offset { x, y } = part.anchor else {
                        panic!("a part placed on points: not in these fonts")
                    };
                    let m = part.transform;
                    for (px, py, on) in points(font, part.glyph.to_u16(), depth + 1) {
                        let (fx, fy) = (px as f32, py as f32);
                        let tx = m.xx.to_f32() * fx + m.xy.to_f32() * fy + f32::from(x);
                        let ty = m.yx.to_f32() * fx + m.yy.to_f32() * fy + f32::from(y);
                        out.push((tx.round() as i32, ty.round() as i32, on));
                    }
                }
                out
            }
        }
    }

    fn metrics(font: &FontRef<'_>, id: u16) -> (u16, i16) {
        let hmtx = font.hmtx().unwrap();
        let id = GlyphId::new(u32::from(id));
        (hmtx.advance(id).unwrap(), hmtx.side_bearing(id).unwrap())
    }

    /// Glyph IDs of a font to draw: every k-th glyph from a start (composite and simple,
    /// spread over the font), and the same ID twice.
    fn some_glyphs(count: u16, start: u16, step: u16) -> Glyphs {
        let mut glyphs = Glyphs::new();
        for id in (start..count).step_by(usize::from(step)) {
            glyphs.add(id);
        }
        glyphs.add(start);
        glyphs
    }

    #[test]
    fn every_glyph_kept_draws_and_measures_as_in_the_font() {
        // Both forms of glyph offsets: a whole Noto Sans needs u32s, small subsets u16s.
        let mut formats = std::collections::BTreeSet::new();
        for (name, data) in fonts() {
            let font = FontRef::new(&data).unwrap();
            let count = font.maxp().unwrap().num_glyphs();
            for (start, step) in [(1, 1), (3, 7), (count / 2, 29)] {
                let drawn = some_glyphs(count, start, step);
                let subset = truetype(&font, &drawn).expect(&name);
                let sub = FontRef::new(&subset.bytes).expect("the subset reads as a font");
                let kept = subset.glyphs.olds();
                formats.insert(sub.head().unwrap().index_to_loc_format());
                assert_eq!(usize::from(sub.maxp().unwrap().num_glyphs()), kept.len());
                // The drawn glyphs keep their numbers; parts come after them.
                assert_eq!(&kept[..drawn.olds().len()], drawn.olds(), "{name}");
                for (new, &old) in kept.iter().enumerate() {
                    let new = u16::try_from(new).unwrap();
                    assert_eq!(points(&sub, new, 0), points(&font, old, 0), "{name} {old}");
                    assert_eq!(metrics(&sub, new), metrics(&font, old), "{name} {old}");
                }
            }
        }
        assert_eq!(formats.into_iter().collect::<Vec<_>>(), [0, 1]);
    }

    #[test]
    fn the_subset_has_only_what_it_draws_and_sound_checksums() {
        for (name, data) in fonts() {
            let font = FontRef::new(&data).unwrap();
            let mut drawn = Glyphs::new();
            let a = drawn.add(5);
            assert_eq!(
                (a, drawn.add(5), drawn.get(5), drawn.get(6)),
                (1, 1, Some(1), None)
            );
            let subset = truetype(&font, &drawn).unwrap();
            assert!(
                subset.bytes.len() < data.len() / 4,
                "{name}: {} bytes",
                subset.bytes.len()
            );
            // The whole file sums to the magic number; each table to its directory entry.
            assert_eq!(checksum(&subset.bytes), 0xB1B0_AFBA, "{name}");
            let sub = FontRef::new(&subset.bytes).unwrap();
            let mut tags = Vec::new();
            for record in sub.table_directory().table_records() {
                let data = sub.table_data(record.tag()).unwrap();
                let mut bytes = data.as_bytes().to_vec();
                if record.tag() == Tag::new(b"head") {
                    bytes[8..12].fill(0);
                }
                assert_eq!(
                    checksum(&bytes),
                    record.checksum(),
                    "{name} {}",
                    record.tag()
                );
                tags.push(record.tag().to_string());
            }
            assert_eq!(
                tags,
                ["glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"],
                "{name}"
            );
            assert_eq!(sub.post().unwrap().version().to_major_minor(), (3, 0));
        }
    }

    #[test]
    fn a_damaged_font_or_a_glyph_not_in_it_gives_none_not_a_panic() {
        let (_, data) = fonts().swap_remove(0);
        let font = FontRef::new(&data).unwrap();
        let count = font.maxp().unwrap().num_glyphs();
        let mut drawn = Glyphs::new();
        drawn.add(count + 10);
        assert!(truetype(&font, &drawn).is_none());
        // A composite glyph cut off in the middle of a part's record.
        assert_eq!(
            parts(&[0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x20, 0, 7]),
            None
        );
        assert_eq!(
            parts(&[0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7]),
            None
        );
        assert_eq!(
            parts(&[0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 1, 2]),
            Some(vec![(12, 7)])
        );
        // A font whose glyph offsets (loca) point past its outlines: no subset rather
        // than a broken one.
        let loca = font.table_directory().table_records().iter();
        let record = loca.clone().find(|r| r.tag() == Tag::new(b"loca")).unwrap();
        let (start, len) = (record.offset() as usize, record.length() as usize);
        let mut damaged = data.clone();
        damaged[start..start + len].fill(0xFF);
        let damaged = FontRef::new(&damaged).unwrap();
        assert!(truetype(&damaged, &Glyphs::new()).is_none());
    }
}
