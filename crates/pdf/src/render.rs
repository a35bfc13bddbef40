//! A laid-out document into PDF bytes with krilla: fonts subset into the file, every
//! line tagged into the structure tree (PDF/UA-1 when the text allows), page furniture
//! marked as artifacts, the profile file attached.

use std::num::NonZeroU16;

use krilla::configure::{Accessibility, ConfigurationBuilder, PdfVersion};
use krilla::destination::XyzDestination;
use krilla::embed::{AssociationKind, EmbeddedFile, MimeType};
use krilla::geom::{PathBuilder, Point, Rect, Transform};
use krilla::graphic::Graphic;
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::tagging::{
    ArtifactType, ContentTag, Identifier, Node as TagNode, SpanTag, Tag, TagGroup, TagKind, TagTree,
};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::{Document as Pdf, SerializeSettings};

use crate::doc::Document;
use crate::layout::{Draw, Kind, Layout};
use crate::text::FontFile;
use crate::PdfError;

/// A PDF and the standard it meets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The file.
    pub bytes: Vec<u8>,
    /// Whether it is PDF/UA-1 (else: tagged PDF 1.7, for text the standard refuses, such
    /// as a character no font has).
    pub ua: bool,
}

/// Writes the PDF. Tries PDF/UA-1 first; if the text holds something that standard
/// refuses (a character no font has), writes the same tagged PDF without claiming it.
pub fn render(doc: &Document, layout: &Layout, fonts: &[FontFile]) -> Result<Rendered, PdfError> {
    match write(doc, layout, fonts, true) {
        Ok(bytes) => Ok(Rendered { bytes, ua: true }),
        Err(krilla::error::KrillaError::Validation(_)) => write(doc, layout, fonts, false)
            .map(|bytes| Rendered { bytes, ua: false })
            .map_err(|e| PdfError::Write(e.to_string())),
        Err(e) => Err(PdfError::Write(e.to_string())),
    }
}

fn gray(level: u8) -> Fill {
    Fill {
        paint: krilla::color::luma::Color::new(level).into(),
        ..Fill::default()
    }
}

fn write(
    doc: &Document,
    layout: &Layout,
    fonts: &[FontFile],
    ua: bool,
) -> Result<Vec<u8>, krilla::error::KrillaError> {
    let builder = ConfigurationBuilder::new().with_version(PdfVersion::Pdf17);
    let builder = if ua {
        builder.with_accessibility_validator(Accessibility::UA1)
    } else {
        builder
    };
    let configuration = builder.finish().unwrap_or_default();
    let settings = SerializeSettings {
        configuration,
        enable_tagging: true,
        ..SerializeSettings::default()
    };
    let mut pdf = Pdf::new_with(settings);
    let mut faces = Faces::new(fonts);
    // Each structure node's marked content, in drawing order.
    let mut leaves: Vec<Vec<Identifier>> = vec![Vec::new(); layout.nodes.len()];
    // And its lines' text, in reading order: right-to-left lines are drawn in visual order,
    // so the structure says the text as written (ActualText) for readers that follow it.
    let mut said: Vec<(Vec<&str>, bool)> = vec![(Vec::new(), false); layout.nodes.len()];
    let (w, h) = layout.size;
    for draws in &layout.pages {
        let mut page =
            pdf.start_page_with(PageSettings::from_wh(w, h).expect("paper sizes are positive"));
        let mut surface = page.surface();
        for draw in draws {
            match draw {
                Draw::Text {
                    x,
                    baseline,
                    line,
                    size,
                    gray: level,
                    node,
                    lang,
                } => {
                    let tag = match node {
                        Some(_) => ContentTag::Span(SpanTag {
                            lang: lang.as_deref(),
                            actual_text: None,
                            ..SpanTag::empty()
                        }),
                        None => ContentTag::Artifact(krilla::tagging::Artifact::new(
                            ArtifactType::PageNumber,
                            None,
                        )),
                    };
                    let id = surface.start_tagged(tag);
                    surface.set_fill(Some(gray(*level)));
                    draw_line(
                        &mut surface,
                        &mut faces,
                        line,
                        (*x, *baseline),
                        (*size, *level),
                    );
                    surface.end_tagged();
                    if let Some(n) = node {
                        leaves[*n].push(id);
                        said[*n].0.push(&line.text);
                        said[*n].1 |= line.has_rtl;
                    }
                }
                // Rules and shades are decoration: artifacts, outside the structure.
                Draw::Rule { x0, x1, y, width } => {
                    decoration(&mut surface, draw.gray(), (*x0, *y, x1 - x0, *width))
                }
                Draw::Shade { x, y, w, h } => {
                    decoration(&mut surface, draw.gray(), (*x, *y, *w, *h))
                }
            }
        }
        surface.finish();
        page.finish();
    }
    let mut tree = TagTree::new().with_lang(doc.languages.first().map(|l| l.code.clone()));
    for &root in &layout.roots {
        if let Some(group) = group(layout, &mut leaves, &said, root) {
            tree.push(group);
        }
    }
    pdf.set_tag_tree(tree);
    pdf.set_outline(outline(layout));
    let title = doc.title.get(0).0.to_owned();
    let mut metadata = Metadata::new()
        .title(if doc.name.is_empty() {
            title
        } else {
            format!("{title}: {}", doc.name)
        })
        .language(
            doc.languages
                .first()
                .map_or_else(|| "en".to_owned(), |l| l.code.clone()),
        )
        .creator("skillmap".to_owned());
    if !doc.name.is_empty() {
        metadata = metadata.authors(vec![doc.name.clone()]);
    }
    pdf.set_metadata(metadata);
    if let Some(file) = &doc.attachment {
        pdf.embed_file(EmbeddedFile {
            path: file.name.clone(),
            mime_type: MimeType::new("application/json"),
            description: Some(file.description.clone()),
            association_kind: AssociationKind::Source,
            data: file.json.as_bytes().to_vec().into(),
            modification_date: None,
            compress: Some(true),
            location: None,
        });
    }
    pdf.finish()
}

fn decoration(surface: &mut Surface<'_>, level: u8, (x, y, w, h): (f32, f32, f32, f32)) {
    surface.start_tagged(ContentTag::Artifact(krilla::tagging::Artifact::new(
        ArtifactType::Layout,
        None,
    )));
    fill_rect(surface, level, x, y, w, h);
    surface.end_tagged();
}

fn fill_rect(surface: &mut Surface<'_>, level: u8, x: f32, y: f32, w: f32, h: f32) {
    let Some(rect) = Rect::from_xywh(x, y, w, h) else {
        return;
    };
    let mut path = PathBuilder::new();
    path.push_rect(rect);
    if let Some(path) = path.finish() {
        surface.set_fill(Some(gray(level)));
        surface.draw_path(&path);
    }
}

/// The fonts as drawn: each font file may be embedded more than once, so that every glyph
/// of an embedded font stands for one text only. Noto's Arabic fonts draw several letters
/// with one dotless form (ب ت ث ن ي) and add the dots as marks: one font object could map
/// that form to one letter only, and a viewer reading glyph by glyph would copy the wrong
/// letters. Each extra copy is the same file with trailing bytes, so it is a font object of
/// its own, subset to the glyphs drawn with it.
struct Faces {
    files: Vec<Option<std::sync::Arc<Vec<u8>>>>,
    /// `copies[font][k]`: the k-th copy of a font.
    copies: Vec<Vec<Font>>,
    /// What each glyph of each copy stands for.
    texts: std::collections::HashMap<(usize, usize, u16), String>,
    /// Marks drawn as shapes, by font, glyph, size and grey.
    marks: std::collections::HashMap<(usize, u16, u32, u8), Graphic>,
}

impl Faces {
    fn new(fonts: &[FontFile]) -> Faces {
        Faces {
            files: fonts.iter().map(|f| Some(f.data.clone())).collect(),
            copies: vec![Vec::new(); fonts.len()],
            texts: std::collections::HashMap::new(),
            marks: std::collections::HashMap::new(),
        }
    }

    /// A mark (dots, a vowel sign) of `font` as a shape in `level` grey: made once, then
    /// placed wherever it recurs (an XObject), so a page of Arabic stays small.
    fn mark(
        &mut self,
        surface: &mut Surface<'_>,
        font: usize,
        glyph: u16,
        size: f32,
        level: u8,
    ) -> Option<Graphic> {
        let key = (font, glyph, size.to_bits(), level);
        if let Some(g) = self.marks.get(&key) {
            return Some(g.clone());
        }
        let face = self.first(font)?;
        let mut builder = surface.stream_builder();
        let mut shape = builder.surface();
        shape.set_fill(Some(gray(level)));
        let outline = KrillaGlyph::new(
            GlyphId::new(u32::from(glyph)),
            0.0,
            0.0,
            0.0,
            0.0,
            0..0,
            None,
        );
        shape.draw_glyphs(Point::from_xy(0.0, 0.0), &[outline], face, "", size, true);
        shape.finish();
        let graphic = Graphic::new(builder.finish(), false);
        self.marks.insert(key, graphic.clone());
        Some(graphic)
    }

    /// The first copy of `font` (for shapes drawn from its outlines).
    fn first(&mut self, font: usize) -> Option<Font> {
        if self.copies.get(font)?.is_empty() {
            let data = self.files.get(font)?.as_ref()?.as_ref().clone();
            self.copies[font].push(Font::new(data.into(), 0)?);
        }
        self.copies[font].first().cloned()
    }

    /// The first copy of `font` made so far in which every glyph of `wanted` stands for its
    /// text (or for nothing yet). No new copy is made for a word: each copy is a font
    /// embedded again, so there are only as many as one glyph has meanings.
    fn copy_for_all(&self, font: usize, wanted: &[(u16, &str)]) -> Option<usize> {
        let made = self.copies.get(font).map_or(0, Vec::len);
        (0..made).find(|&k| {
            let mut mine: std::collections::HashMap<u16, &str> = std::collections::HashMap::new();
            wanted.iter().all(|&(g, t)| {
                let fits = self.texts.get(&(font, k, g)).is_none_or(|m| m == t);
                fits && *mine.entry(g).or_insert(t) == t
            })
        })
    }

    /// The copy of `font` in which `glyph` stands for `text` (or for nothing yet): `prefer`
    /// (the copy of the glyph before, so a word stays one piece of text) if it can.
    fn copy_for(
        &mut self,
        font: usize,
        glyph: u16,
        text: &str,
        prefer: Option<usize>,
    ) -> Option<usize> {
        let fits = |k: usize| self.texts.get(&(font, k, glyph)).is_none_or(|t| t == text);
        let k = match prefer.filter(|&k| fits(k)) {
            Some(k) => k,
            None => (0..).find(|&k| fits(k))?,
        };
        self.texts
            .entry((font, k, glyph))
            .or_insert_with(|| text.to_owned());
        while self.copies.get(font)?.len() <= k {
            let n = self.copies[font].len();
            let mut data = self.files.get(font)?.as_ref()?.as_ref().clone();
            data.resize(data.len() + n, 0);
            self.copies[font].push(Font::new(data.into(), 0)?);
        }
        Some(k)
    }
}

/// Draws a line, run by run in visual order. In a cluster of several glyphs (an Arabic
/// letter drawn as a dotless form and its dots) the first glyph with an advance is text
/// standing for the cluster's characters, and the others (the marks) are drawn as shapes:
/// so every viewer, whether or not it reads PDF's ActualText, copies each letter once, as
/// written.
fn draw_line(
    surface: &mut Surface<'_>,
    faces: &mut Faces,
    line: &crate::text::Line,
    (x, baseline): (f32, f32),
    (size, level): (f32, u8),
) {
    let mut pen = x;
    for run in &line.runs {
        // The glyphs drawn as text: (x, glyph, its text), in drawing order.
        let mut bases: Vec<(f32, &crate::text::Glyph, &str)> = Vec::with_capacity(run.glyphs.len());
        let mut at = pen;
        for cluster in run.glyphs.chunk_by(|a, b| a.text == b.text) {
            let base = cluster.iter().position(|g| g.advance > 0.0).unwrap_or(0);
            for (i, g) in cluster.iter().enumerate() {
                if i == base {
                    bases.push((at, g, &line.text[g.text.clone()]));
                } else if let Some(mark) = faces.mark(surface, run.font, g.id, size, level) {
                    let (dx, dy) = (at + g.x_offset * size, baseline - g.y_offset * size);
                    surface.push_transform(&Transform::from_translate(dx, dy));
                    surface.draw_graphic(mark);
                    surface.pop();
                }
                at += g.advance * size;
            }
        }
        // One copy of the font for each word where it can be, so viewers keep words whole.
        let mut text_glyphs: Vec<(usize, f32, &crate::text::Glyph, &str)> =
            Vec::with_capacity(bases.len());
        for word in bases.split_inclusive(|(_, _, t)| t.chars().all(char::is_whitespace)) {
            let wanted: Vec<(u16, &str)> = word.iter().map(|(_, g, t)| (g.id, *t)).collect();
            let mut prefer = faces
                .copy_for_all(run.font, &wanted)
                .or_else(|| text_glyphs.last().map(|t| t.0));
            for &(x, g, t) in word {
                if let Some(k) = faces.copy_for(run.font, g.id, t, prefer) {
                    text_glyphs.push((k, x, g, t));
                    prefer = Some(k);
                }
            }
        }
        for group in
            text_glyphs.chunk_by(|a, b| a.0 == b.0 && (a.1 + a.2.advance * size - b.1).abs() < 0.01)
        {
            let (k, start_x) = (group[0].0, group[0].1);
            let mut text = String::new();
            let glyphs: Vec<KrillaGlyph> = group
                .iter()
                .map(|(_, _, g, t)| {
                    let start = text.len();
                    text.push_str(t);
                    KrillaGlyph::new(
                        GlyphId::new(u32::from(g.id)),
                        g.advance,
                        g.x_offset,
                        g.y_offset,
                        0.0,
                        start..text.len(),
                        None,
                    )
                })
                .collect();
            if let Some(font) = faces.copies.get(run.font).and_then(|c| c.get(k)) {
                surface.draw_glyphs(
                    Point::from_xy(start_x, baseline),
                    &glyphs,
                    font.clone(),
                    &text,
                    size,
                    false,
                );
            }
        }
        pen += run.advance() * size;
    }
}

/// Bookmarks: each language's title, with its sections under it.
fn outline(layout: &Layout) -> Outline {
    // Where each node's first line is drawn.
    let mut at: Vec<Option<(usize, f32)>> = vec![None; layout.nodes.len()];
    for (p, draws) in layout.pages.iter().enumerate() {
        for d in draws {
            if let Draw::Text {
                node: Some(n),
                baseline,
                size,
                ..
            } = d
            {
                at[*n].get_or_insert((p, (baseline - size * 1.2).max(0.0)));
            }
        }
    }
    let entry = |n: usize| -> Option<OutlineNode> {
        let (page, y) = at[n]?;
        let title = layout.nodes[n].title.clone()?;
        Some(OutlineNode::new(
            title,
            XyzDestination::new(page, Point::from_xy(0.0, y)),
        ))
    };
    let mut outline = Outline::new();
    for &root in &layout.roots {
        let part = &layout.nodes[root];
        let Some(mut top) = part
            .children
            .iter()
            .find(|&&c| layout.nodes[c].kind == Kind::H1)
            .and_then(|&c| entry(c))
        else {
            continue;
        };
        for &section in part
            .children
            .iter()
            .filter(|&&c| layout.nodes[c].kind == Kind::Section)
        {
            if let Some(h2) = layout.nodes[section]
                .children
                .iter()
                .find(|&&c| layout.nodes[c].kind == Kind::H2)
                .and_then(|&c| entry(c))
            {
                top.push_child(h2);
            }
        }
        outline.push_child(top.with_open(true));
    }
    outline
}

fn tag(kind: Kind, title: Option<&str>) -> TagKind {
    let h = |n: u16| {
        Tag::Hn(
            NonZeroU16::new(n).expect("heading levels start at 1"),
            title.map(str::to_owned),
        )
        .into()
    };
    match kind {
        Kind::Part => Tag::Part.into(),
        Kind::Section => Tag::Section.into(),
        Kind::H1 => h(1),
        Kind::H2 => h(2),
        Kind::H3 => h(3),
        Kind::P => Tag::P.into(),
        Kind::L => Tag::L(krilla::tagging::ListNumbering::None).into(),
        Kind::LI => Tag::LI.into(),
        Kind::Lbl => Tag::Lbl.into(),
        Kind::LBody => Tag::LBody.into(),
        Kind::Table => Tag::Table.into(),
        Kind::TR => Tag::TR.into(),
        Kind::ColumnHeader => Tag::TH(krilla::tagging::TableHeaderScope::Column).into(),
        Kind::RowHeader => Tag::TH(krilla::tagging::TableHeaderScope::Row).into(),
        Kind::TD => Tag::TD.into(),
    }
}

/// The tag group of node `n`, or `None` when nothing was drawn in it.
fn group(
    layout: &Layout,
    leaves: &mut [Vec<Identifier>],
    said: &[(Vec<&str>, bool)],
    n: usize,
) -> Option<TagGroup> {
    let node = &layout.nodes[n];
    let mut children: Vec<TagNode> = std::mem::take(&mut leaves[n])
        .into_iter()
        .map(TagNode::from)
        .collect();
    for &c in &node.children {
        if let Some(g) = group(layout, leaves, said, c) {
            children.push(g.into());
        }
    }
    if children.is_empty() {
        return None;
    }
    let mut kind = tag(node.kind, node.title.as_deref());
    if let Some(lang) = &node.lang {
        kind.set_lang(Some(lang.clone()));
    }
    if let Some((lines, true)) = said.get(n) {
        kind.set_actual_text(Some(lines.join(" ")));
    }
    Some(TagGroup::with_children(kind, children))
}
