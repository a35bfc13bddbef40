//! Text into lines of positioned glyphs: the fonts for each script, shaping (HarfRust,
//! the HarfBuzz project's Rust port, on the same font reader krilla uses), the Unicode bidirectional algorithm (unicode-bidi) and line
//! breaking (unicode-linebreak, UAX #14).
//!
//! A paragraph is shaped in logical order, run by run (a run: one font, one direction),
//! broken into lines where UAX #14 allows and the width runs out, then each line's runs
//! are put in visual order. Every glyph keeps the byte range of the text it stands for,
//! so the PDF's text layer gives back the text exactly as written.

use std::ops::Range;
use std::str::FromStr;

use harfrust::{FontRef, ShaperData};
use read_fonts::TableProvider;

use unicode_bidi::{BidiInfo, Level};
use unicode_linebreak::{linebreaks, BreakOpportunity};

/// A font family of the PDF: one per script skillmap writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    /// Noto Sans: Latin (every European diacritic), Greek, Cyrillic.
    Sans,
    /// Noto Sans Arabic: Arabic, Persian, Dari, Pashto, Sorani.
    Arabic,
    /// Noto Sans Ethiopic: Tigrinya.
    Ethiopic,
}

impl Family {
    /// Every family, the fallback order for characters no script claims.
    pub const ALL: [Family; 3] = [Family::Sans, Family::Arabic, Family::Ethiopic];

    /// The font file's name (as served beside the app, and in `public/pdf-fonts/`).
    pub fn file(self, bold: bool) -> &'static str {
        match (self, bold) {
            (Family::Sans, false) => "noto-sans-400.ttf",
            (Family::Sans, true) => "noto-sans-700.ttf",
            (Family::Arabic, false) => "noto-sans-arabic-400.ttf",
            (Family::Arabic, true) => "noto-sans-arabic-700.ttf",
            (Family::Ethiopic, false) => "noto-sans-ethiopic-400.ttf",
            (Family::Ethiopic, true) => "noto-sans-ethiopic-700.ttf",
        }
    }

    /// The family a character's script asks for; `None` for characters every script
    /// shares (spaces, digits, punctuation), which go with their neighbours.
    pub fn of(c: char) -> Option<Family> {
        match u32::from(c) {
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x0870..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF => {
                // Arabic digits and punctuation shared with Latin text stay neutral.
                if c.is_alphabetic() || matches!(u32::from(c), 0x064B..=0x065F | 0x0670) {
                    Some(Family::Arabic)
                } else {
                    None
                }
            }
            0x1200..=0x139F | 0x2D80..=0x2DDF | 0xAB00..=0xAB2F | 0x1E7E0..=0x1E7FF => {
                Some(Family::Ethiopic)
            }
            _ if c.is_alphabetic() => Some(Family::Sans),
            _ => None,
        }
    }

    /// The families a text needs (Noto Sans always: numbers, page footers).
    pub fn needed(texts: impl IntoIterator<Item = impl AsRef<str>>) -> Vec<Family> {
        let mut needed = vec![Family::Sans];
        for text in texts {
            for family in text.as_ref().chars().filter_map(Family::of) {
                if !needed.contains(&family) {
                    needed.push(family);
                }
            }
        }
        needed
    }
}

/// A font file's bytes, with its family and weight.
#[derive(Clone)]
pub struct FontFile {
    /// Its family.
    pub family: Family,
    /// Bold (700) or regular (400).
    pub bold: bool,
    /// The TrueType/OpenType data.
    pub data: std::sync::Arc<Vec<u8>>,
}

/// One glyph of a shaped run.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// Glyph id in its font.
    pub id: u16,
    /// Advance, in ems.
    pub advance: f32,
    /// Offsets from the pen position, in ems (y up, as fonts have it).
    pub x_offset: f32,
    /// See `x_offset`.
    pub y_offset: f32,
    /// The bytes of the line's text this glyph stands for.
    pub text: Range<usize>,
}

/// Glyphs of one font and one direction, in visual order (left to right on the page).
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// Index of the font in the [`Shaper`] (and the renderer's font list).
    pub font: usize,
    /// Right to left.
    pub rtl: bool,
    /// The glyphs.
    pub glyphs: Vec<Glyph>,
}

impl Run {
    /// Width in ems.
    pub fn advance(&self) -> f32 {
        self.glyphs.iter().map(|g| g.advance).sum()
    }
}

/// One line of text, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The line's text, in logical (reading) order, as written.
    pub text: String,
    /// Runs in visual order.
    pub runs: Vec<Run>,
    /// Width in points at the size it was shaped for.
    pub width: f32,
    /// Whether any of it is right to left (its text layer then says the line's text
    /// explicitly, so viewers copy it in reading order).
    pub has_rtl: bool,
}

/// How to set a paragraph.
#[derive(Debug, Clone, Copy)]
pub struct Style<'a> {
    /// Font size in points.
    pub size: f32,
    /// Bold.
    pub bold: bool,
    /// The paragraph's base direction is right to left.
    pub rtl: bool,
    /// The text's language (BCP 47), for language-specific glyphs (Persian digits…).
    pub lang: Option<&'a str>,
}

/// One font, parsed.
struct Face<'a> {
    family: Family,
    bold: bool,
    font: FontRef<'a>,
    data: ShaperData,
    cmap: Option<read_fonts::tables::cmap::Cmap<'a>>,
    upem: f32,
}

impl Face<'_> {
    fn has(&self, c: char) -> bool {
        self.cmap
            .as_ref()
            .and_then(|m| m.map_codepoint(c))
            .is_some()
    }
}

/// Shapes text with a set of fonts.
pub struct Shaper<'a> {
    faces: Vec<Face<'a>>,
}

/// A font the shaper could not read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("font {0} is not a font")]
pub struct BadFont(pub &'static str);

impl<'a> Shaper<'a> {
    /// A shaper over these fonts; their order is the font index of every [`Run`].
    ///
    /// # Errors
    /// A file that is not a font.
    pub fn new(fonts: &'a [FontFile]) -> Result<Self, BadFont> {
        let faces = fonts
            .iter()
            .map(|f| {
                let bad = BadFont(f.family.file(f.bold));
                let font = FontRef::new(&f.data).map_err(|_| bad.clone())?;
                let upem = f32::from(font.head().map_err(|_| bad)?.units_per_em());
                Ok(Face {
                    family: f.family,
                    bold: f.bold,
                    data: ShaperData::new(&font),
                    cmap: font.cmap().ok(),
                    font,
                    upem,
                })
            })
            .collect::<Result<_, _>>()?;
        Ok(Shaper { faces })
    }

    fn find(&self, family: Family, bold: bool) -> Option<usize> {
        let index = |b: bool| {
            self.faces
                .iter()
                .position(|f| f.family == family && f.bold == b)
        };
        index(bold).or_else(|| index(!bold))
    }

    /// The font for `c` in a stretch of `family`: that family's if it has the glyph, else
    /// the first that has it, else that family's (its "missing" glyph).
    fn font_for(&self, c: char, family: Family, bold: bool) -> usize {
        let has = |i: usize| self.faces[i].has(c);
        let preferred = self
            .find(family, bold)
            .or_else(|| self.find(Family::Sans, bold));
        if let Some(i) = preferred.filter(|&i| has(i)) {
            return i;
        }
        if c.is_whitespace() || is_format(c) {
            return preferred.unwrap_or(0);
        }
        Family::ALL
            .iter()
            .filter_map(|&f| self.find(f, bold))
            .find(|&i| has(i))
            .or(preferred)
            .unwrap_or(0)
    }

    /// Whether some font draws `c` (invisible formatting characters need none).
    pub fn covers(&self, c: char) -> bool {
        is_format(c) || self.faces.iter().any(|f| f.has(c))
    }

    /// Breaks `text` into lines no wider than `width` points. Line feeds start new
    /// paragraphs; other control characters are dropped.
    pub fn lines(&self, text: &str, style: Style<'_>, width: f32) -> Vec<Line> {
        let mut out = Vec::new();
        for paragraph in text.split('\n') {
            let clean: String = paragraph
                .chars()
                .map(|c| match c {
                    '\t' | '\u{2029}' | '\u{2028}' | '\r' | '\u{85}' | '\u{b}' | '\u{c}' => ' ',
                    c => c,
                })
                .filter(|c| !c.is_control())
                .collect();
            let clean = clean.trim_end();
            if clean.is_empty() {
                continue;
            }
            self.paragraph(clean, style, width, &mut out);
        }
        out
    }

    fn paragraph(&self, text: &str, style: Style<'_>, width: f32, out: &mut Vec<Line>) {
        let base = if style.rtl {
            Level::rtl()
        } else {
            Level::ltr()
        };
        let bidi = BidiInfo::new(text, Some(base));
        let Some(para) = bidi.paragraphs.first() else {
            return;
        };
        let segments = self.segments(text, &bidi.levels, style);
        let shaped: Vec<(Range<usize>, usize, bool, Vec<Glyph>)> = segments
            .into_iter()
            .map(|(range, font, level)| {
                let glyphs = self.shape(text, range.clone(), font, level.is_rtl(), style.lang);
                (range, font, level.is_rtl(), glyphs)
            })
            .collect();
        // Advance (ems) by the byte where each glyph's text starts, summed from the start.
        let mut prefix = vec![0.0f32; text.len() + 1];
        for (_, _, _, glyphs) in &shaped {
            for g in glyphs {
                prefix[g.text.start + 1] += g.advance;
            }
        }
        for i in 1..prefix.len() {
            prefix[i] += prefix[i - 1];
        }
        let max = width / style.size;
        let measure = |a: usize, b: usize| prefix[trim_end(text, a, b)] - prefix[a];
        let mut start = 0;
        let mut last_fit: Option<usize> = None;
        let emit = |a: usize, b: usize, out: &mut Vec<Line>| {
            let b = trim_end(text, a, b);
            if b > a {
                out.push(self.line(text, &bidi, para, &shaped, a..b, style.size));
            }
        };
        for (at, kind) in linebreaks(text) {
            loop {
                if measure(start, at) <= max {
                    last_fit = Some(at);
                    break;
                }
                if let Some(fit) = last_fit.filter(|&f| f > start) {
                    emit(start, fit, out);
                    start = fit;
                    last_fit = None;
                    continue;
                }
                // One word wider than the line: cut it where the width runs out.
                let mut cut = start;
                for (i, c) in text[start..at].char_indices() {
                    let end = start + i + c.len_utf8();
                    if cut > start && measure(start, end) > max {
                        break;
                    }
                    cut = end;
                }
                emit(start, cut, out);
                start = cut;
                last_fit = None;
                if start >= at {
                    break;
                }
            }
            if kind == BreakOpportunity::Mandatory && at > start {
                emit(start, at, out);
                start = at;
                last_fit = None;
            }
        }
        if start < text.len() {
            emit(start, text.len(), out);
        }
    }

    /// Stretches of one font and one bidi level, in logical order.
    fn segments(
        &self,
        text: &str,
        levels: &[Level],
        style: Style<'_>,
    ) -> Vec<(Range<usize>, usize, Level)> {
        // The script family for each character; shared characters take the family of the
        // stretch they are in (the one before, else the one after).
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut family: Vec<Option<Family>> = chars.iter().map(|&(_, c)| Family::of(c)).collect();
        let mut previous = None;
        for f in family.iter_mut() {
            match f {
                Some(x) => previous = Some(*x),
                None => *f = previous,
            }
        }
        let mut next = None;
        for f in family.iter_mut().rev() {
            match f {
                Some(x) => next = Some(*x),
                None => *f = next,
            }
        }
        let mut segments: Vec<(Range<usize>, usize, Level)> = Vec::new();
        for (k, &(i, c)) in chars.iter().enumerate() {
            let font = self.font_for(c, family[k].unwrap_or(Family::Sans), style.bold);
            let level = levels[i];
            let end = i + c.len_utf8();
            match segments.last_mut() {
                Some((range, f, l)) if *f == font && *l == level => range.end = end,
                _ => segments.push((i..end, font, level)),
            }
        }
        segments
    }

    /// Shapes `text[range]` with one font in one direction. Glyphs come in visual order,
    /// each with the byte range (in `text`) of its cluster.
    fn shape(
        &self,
        text: &str,
        range: Range<usize>,
        font: usize,
        rtl: bool,
        lang: Option<&str>,
    ) -> Vec<Glyph> {
        let face = &self.faces[font];
        let upem = face.upem;
        let mut buffer = harfrust::UnicodeBuffer::new();
        buffer.push_str(&text[range.clone()]);
        buffer.guess_segment_properties();
        buffer.set_direction(if rtl {
            harfrust::Direction::RightToLeft
        } else {
            harfrust::Direction::LeftToRight
        });
        if let Some(language) = lang.and_then(|l| harfrust::Language::from_str(l).ok()) {
            buffer.set_language(language);
        }
        let shaper = face.data.shaper(&face.font).build();
        let output = shaper.shape(buffer, harfrust::ShapeOptions::new());
        let infos = output.glyph_infos();
        let positions = output.glyph_positions();
        // Cluster starts in logical order: a cluster ends where the next one starts.
        let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
        starts.sort_unstable();
        starts.dedup();
        let local_len = range.end - range.start;
        infos
            .iter()
            .zip(positions)
            .map(|(info, pos)| {
                let start = info.cluster as usize;
                let end = starts
                    .iter()
                    .find(|&&s| s > start)
                    .copied()
                    .unwrap_or(local_len);
                Glyph {
                    id: u16::try_from(info.glyph_id).unwrap_or(0),
                    advance: pos.x_advance as f32 / upem,
                    x_offset: pos.x_offset as f32 / upem,
                    y_offset: pos.y_offset as f32 / upem,
                    text: range.start + start..range.start + end,
                }
            })
            .collect()
    }

    /// The line `range` of a paragraph: its runs in visual order, glyph text ranges made
    /// relative to the line.
    fn line(
        &self,
        text: &str,
        bidi: &BidiInfo<'_>,
        para: &unicode_bidi::ParagraphInfo,
        shaped: &[(Range<usize>, usize, bool, Vec<Glyph>)],
        range: Range<usize>,
        size: f32,
    ) -> Line {
        let (levels, visual) = bidi.visual_runs(para, range.clone());
        let mut runs = Vec::new();
        for piece in visual {
            let rtl = levels[piece.start].is_rtl();
            let mut parts: Vec<Run> = shaped
                .iter()
                .filter(|(r, ..)| r.start < piece.end && piece.start < r.end)
                .map(|(_, font, _, glyphs)| Run {
                    font: *font,
                    rtl,
                    glyphs: glyphs
                        .iter()
                        .filter(|g| piece.contains(&g.text.start))
                        .map(|g| Glyph {
                            text: g.text.start - range.start
                                ..g.text.end.min(range.end) - range.start,
                            ..g.clone()
                        })
                        .collect(),
                })
                .filter(|r| !r.glyphs.is_empty())
                .collect();
            if rtl {
                parts.reverse();
            }
            runs.extend(parts);
        }
        let width = runs.iter().map(Run::advance).sum::<f32>() * size;
        Line {
            text: text[range.clone()].to_owned(),
            has_rtl: levels[range.clone()].iter().any(|l| l.is_rtl()),
            runs,
            width,
        }
    }
}

/// Invisible formatting characters (bidi marks and isolates, joiners): shaping hides them,
/// so they stay with the font around them.
fn is_format(c: char) -> bool {
    matches!(u32::from(c), 0x00AD | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFEFF)
}

/// `b` moved back over whitespace, not before `a`.
fn trim_end(text: &str, a: usize, b: usize) -> usize {
    a + text[a..b].trim_end().len()
}
