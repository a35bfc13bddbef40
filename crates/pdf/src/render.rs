//! A laid-out document into PDF bytes: every line tagged into the structure tree (PDF/UA-1
//! when the text allows), page furniture marked as artifacts, the fonts subset into the
//! file, the profile file attached.
//!
//! The syntax is pdf-writer's, the font subsets our own ([`crate::subset`]), the metadata xmp-writer's (the
//! crates krilla is built on). The glyphs come shaped from [`crate::text`]; this module
//! decides which font object each glyph is written with (so its text copies out as
//! written) and how the structure tree points at the marked content.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use pdf_writer::types::{
    ArtifactSubtype, ArtifactType, AssociationKind, CidFontType, FontFlags, ListNumbering,
    StructRole, SystemInfo, TabOrder, TableHeaderScope, UnicodeCmap,
};
use pdf_writer::writers::Resources;
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use read_fonts::tables::glyf::{Anchor, CurvePoint, Glyph as Outline};
use read_fonts::types::{GlyphId, NameId};
use read_fonts::{FontRef, TableProvider};

use crate::doc::Document;
use crate::layout::{Draw, Kind, Layout};
use crate::subset::{self, Glyphs};
use crate::text::{FontFile, Glyph, Line};
use crate::PdfError;

/// A PDF and the standard it meets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The file.
    pub bytes: Vec<u8>,
    /// Whether it is PDF/UA-1 (else: tagged PDF 1.7, for text the standard refuses: a
    /// character no font has, drawn as the font's .notdef box).
    pub ua: bool,
}

/// Writes the PDF.
///
/// # Errors
/// [`PdfError::Font`] when a font cannot be read or subset.
pub fn render(doc: &Document, layout: &Layout, fonts: &[FontFile]) -> Result<Rendered, PdfError> {
    let mut w = Writer::new(fonts, layout.nodes.len())?;
    let (width, height) = layout.size;
    let pages: Vec<Vec<u8>> = layout
        .pages
        .iter()
        .enumerate()
        .map(|(p, draws)| w.page(p, draws, height))
        .collect();
    let ua = !w.faces.notdef;
    let Writer {
        mut pdf,
        mut refs,
        faces,
        leaves,
        said,
    } = w;

    let catalog = refs.next();
    let tree = refs.next();
    let page_refs: Vec<Ref> = pages.iter().map(|_| refs.next()).collect();
    let written = faces.write(&mut pdf, &mut refs)?;
    for (p, content) in pages.iter().enumerate() {
        let content_ref = refs.next();
        pdf.stream(content_ref, &deflate(content))
            .filter(Filter::FlateDecode);
        let mut page = pdf.page(page_refs[p]);
        page.parent(tree)
            .media_box(Rect::new(0.0, 0.0, width, height))
            .contents(content_ref)
            .struct_parents(p as i32)
            .tab_order(TabOrder::StructureOrder);
        resources(page.resources(), &written);
        page.finish();
    }
    pdf.pages(tree)
        .kids(page_refs.iter().copied())
        .count(page_refs.len() as i32);

    // The structure: a Document element, a Part per language under it.
    let structure = Structure::write(&mut pdf, &mut refs, layout, &leaves, &said, &page_refs);
    let outline = write_outline(&mut pdf, &mut refs, layout, &page_refs, height);

    let lang = doc
        .languages
        .first()
        .map_or_else(|| "en".to_owned(), |l| l.code.clone());
    let heading = doc.title.get(0).0;
    let title = if doc.name.is_empty() {
        heading.to_owned()
    } else {
        format!("{heading}: {}", doc.name)
    };
    let metadata = refs.next();
    let xmp = {
        let mut xmp = xmp_writer::XmpWriter::new();
        xmp.title([(None, title.as_str())])
            .language([xmp_writer::LangId(lang.as_str())])
            .creator_tool("skillmap")
            .producer("skillmap (pdf-writer)")
            .format("application/pdf");
        if !doc.name.is_empty() {
            xmp.creator([doc.name.as_str()]);
        }
        if ua {
            xmp.pdfua_part(1);
        }
        xmp.finish(None)
    };
    pdf.metadata(metadata, xmp.as_bytes());
    let info = refs.next();
    let mut document_info = pdf.document_info(info);
    document_info
        .title(TextStr(&title))
        .creator(TextStr("skillmap"))
        .producer(TextStr("skillmap (pdf-writer)"));
    if !doc.name.is_empty() {
        document_info.author(TextStr(&doc.name));
    }
    document_info.finish();

    let attachment = doc.attachment.as_ref().map(|file| {
        let (spec, data) = (refs.next(), refs.next());
        let json = file.json.as_bytes();
        let packed = deflate(json);
        let mut embedded = pdf.embedded_file(data, &packed);
        embedded.filter(Filter::FlateDecode);
        embedded.subtype(Name(b"application/json"));
        embedded.params().size(json.len() as i32);
        embedded.finish();
        pdf.file_spec(spec)
            .path(Str(file.name.as_bytes()))
            .unic_file(TextStr(&file.name))
            .description(TextStr(&file.description))
            .association_kind(AssociationKind::Source)
            .embedded_file_with_unicode(data);
        (file.name.as_str(), spec)
    });

    let mut cat = pdf.catalog(catalog);
    cat.pages(tree)
        .lang(TextStr(&lang))
        .metadata(metadata)
        .page_mode(pdf_writer::types::PageMode::UseOutlines);
    if let Some(outline) = outline {
        cat.outlines(outline);
    }
    cat.viewer_preferences().display_doc_title(true);
    cat.mark_info().marked(true);
    let mut root = cat.struct_tree_root();
    root.child(structure.root);
    let mut parents = root.parent_tree();
    let mut nums = parents.nums();
    for (p, array) in structure.parent_arrays.iter().enumerate() {
        nums.insert(p as i32, *array);
    }
    nums.finish();
    parents.finish();
    root.parent_tree_next_key(pages.len() as i32);
    root.finish();
    if let Some((name, spec)) = attachment {
        cat.names()
            .embedded_files()
            .names()
            .insert(Str(name.as_bytes()), spec);
        cat.insert(Name(b"AF")).array().item(spec);
    }
    cat.finish();

    for (array, members) in structure.parent_arrays.iter().zip(&structure.by_page) {
        pdf.indirect(*array).array().items(members.iter().copied());
    }
    let mut id = std::collections::hash_map::DefaultHasher::new();
    title.hash(&mut id);
    pages.hash(&mut id);
    let id = Hasher::finish(&id).to_be_bytes().repeat(2);
    pdf.set_file_id((id.clone(), id));
    pdf.set_version(1, 7);
    Ok(Rendered {
        bytes: pdf.finish(),
        ua,
    })
}

/// The same dictionary of fonts (named F…) and marks (named M…) for every page.
fn resources(mut res: Resources<'_>, written: &[(String, Ref)]) {
    let mut fonts = res.fonts();
    for (name, id) in written.iter().filter(|(n, _)| n.starts_with('F')) {
        fonts.pair(Name(name.as_bytes()), *id);
    }
    fonts.finish();
    let mut shapes = res.x_objects();
    for (name, id) in written.iter().filter(|(n, _)| n.starts_with('M')) {
        shapes.pair(Name(name.as_bytes()), *id);
    }
    shapes.finish();
}

fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 6)
}

/// Object numbers, handed out in order.
struct Refs(i32);

impl Refs {
    fn next(&mut self) -> Ref {
        self.0 += 1;
        Ref::new(self.0)
    }
}

/// What is known while the pages are drawn.
struct Writer<'f> {
    pdf: Pdf,
    refs: Refs,
    faces: Faces<'f>,
    /// Each structure node's marked content: (page, MCID), in drawing order.
    leaves: Vec<Vec<(usize, i32)>>,
    /// And its lines' text, in reading order, and whether any runs right to left:
    /// right-to-left lines are drawn in visual order, so the structure says the text as
    /// written (ActualText) for readers that follow it.
    said: Vec<(Vec<String>, bool)>,
}

impl<'f> Writer<'f> {
    fn new(fonts: &'f [FontFile], nodes: usize) -> Result<Self, PdfError> {
        Ok(Writer {
            pdf: Pdf::new(),
            refs: Refs(0),
            faces: Faces::new(fonts)?,
            leaves: vec![Vec::new(); nodes],
            said: vec![(Vec::new(), false); nodes],
        })
    }

    /// Page `p`'s content stream (PDF's y runs up from the bottom: `height - y`).
    fn page(&mut self, p: usize, draws: &[Draw], height: f32) -> Vec<u8> {
        let mut c = Content::new();
        let mut mcid = 0;
        for draw in draws {
            match draw {
                Draw::Text {
                    x,
                    baseline,
                    line,
                    size,
                    gray,
                    node,
                    lang,
                } => {
                    match node {
                        Some(n) => {
                            let mut mark = c.begin_marked_content_with_properties(Name(b"Span"));
                            let mut props = mark.properties();
                            props.identify(mcid);
                            if let Some(lang) = lang {
                                props.pair(Name(b"Lang"), TextStr(lang));
                            }
                            props.finish();
                            if let (Some(leaves), Some(said)) =
                                (self.leaves.get_mut(*n), self.said.get_mut(*n))
                            {
                                leaves.push((p, mcid));
                                said.0.push(line.text.clone());
                                said.1 |= line.has_rtl;
                            }
                            mcid += 1;
                        }
                        None => {
                            let mut mark =
                                c.begin_marked_content_with_properties(Name(b"Artifact"));
                            let mut artifact = mark.properties().artifact();
                            artifact
                                .kind(ArtifactType::Pagination)
                                .subtype(ArtifactSubtype::Footer);
                        }
                    }
                    c.set_fill_gray(f32::from(*gray) / 255.0);
                    self.faces
                        .draw_line(&mut c, line, (*x, height - baseline), *size);
                    c.end_marked_content();
                }
                // Rules and shades are decoration: artifacts, outside the structure.
                Draw::Rule { x0, x1, y, width } => decoration(
                    &mut c,
                    draw.gray(),
                    (*x0, height - y - width, x1 - x0, *width),
                ),
                Draw::Shade { x, y, w, h } => {
                    decoration(&mut c, draw.gray(), (*x, height - y - h, *w, *h))
                }
            }
        }
        c.finish().to_vec()
    }
}

fn decoration(c: &mut Content, level: u8, (x, y, w, h): (f32, f32, f32, f32)) {
    c.begin_marked_content_with_properties(Name(b"Artifact"))
        .properties()
        .artifact()
        .kind(ArtifactType::Layout);
    c.set_fill_gray(f32::from(level) / 255.0);
    c.rect(x, y, w, h).fill_nonzero();
    c.end_marked_content();
}

/// A font file as read for writing.
struct Face<'f> {
    font: FontRef<'f>,
    /// Font units per em.
    upem: f32,
    /// Its PostScript name.
    name: String,
}

/// One embedding of a font file: its own font object, subset to the glyphs drawn with it,
/// each of which stands for one text.
struct Copy {
    face: usize,
    /// Its resource name on the pages.
    resource: String,
    /// The glyphs drawn with it: old ID to the ID in the subset.
    glyphs: Glyphs,
    /// What each glyph of the subset stands for, by its ID in the subset.
    texts: HashMap<u16, String>,
}

/// The fonts as drawn: each font file may be embedded more than once, so that every glyph
/// of an embedded font stands for one text only. Noto's Arabic fonts draw several letters
/// with one dotless form (ب ت ث ن ي) and add the dots as marks: one font object could map
/// that form to one letter only, and a viewer reading glyph by glyph would copy the wrong
/// letters.
struct Faces<'f> {
    faces: Vec<Face<'f>>,
    /// `copies[face]`: indexes into `list`, the k-th embedding of a face first.
    copies: Vec<Vec<usize>>,
    list: Vec<Copy>,
    /// Marks drawn as shapes (form XObjects, in font units): (face, glyph) → resource
    /// name; and each one's name, path and extent.
    marks: HashMap<(usize, u16), String>,
    shapes: Vec<(String, Vec<u8>, Rect)>,
    /// Whether a .notdef glyph (a character no font has) was drawn.
    notdef: bool,
}

impl<'f> Faces<'f> {
    fn new(files: &'f [FontFile]) -> Result<Self, PdfError> {
        let faces = files
            .iter()
            .map(|file| {
                let font = FontRef::new(&file.data)
                    .map_err(|_| PdfError::Font(file.family.file(file.bold)))?;
                let upem = font
                    .head()
                    .map(|h| f32::from(h.units_per_em()))
                    .unwrap_or(1000.0);
                let name = font
                    .name()
                    .ok()
                    .and_then(|table| {
                        table
                            .name_record()
                            .iter()
                            .filter(|r| r.name_id() == NameId::POSTSCRIPT_NAME)
                            .find_map(|r| r.string(table.string_data()).ok())
                            .map(|s| {
                                s.chars()
                                    .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                                    .collect()
                            })
                    })
                    .filter(|s: &String| !s.is_empty())
                    .unwrap_or_else(|| "Font".to_owned());
                Ok(Face { font, upem, name })
            })
            .collect::<Result<Vec<_>, PdfError>>()?;
        Ok(Faces {
            copies: vec![Vec::new(); faces.len()],
            faces,
            list: Vec::new(),
            marks: HashMap::new(),
            shapes: Vec::new(),
            notdef: false,
        })
    }

    /// What `glyph` (its ID in the font file) stands for in the k-th copy of `face`, if
    /// that copy exists and the glyph has been drawn with it.
    fn meaning(&self, face: usize, k: usize, glyph: u16) -> Option<&str> {
        let copy = &self.list[*self.copies[face].get(k)?];
        copy.texts.get(&copy.glyphs.get(glyph)?).map(String::as_str)
    }

    /// The first copy of `face` made so far in which every glyph of `wanted` stands for
    /// its text (or for nothing yet). No new copy is made for a word: each copy is a font
    /// embedded again, so there are only as many as one glyph has meanings.
    fn copy_for_all(&self, face: usize, wanted: &[(u16, &str)]) -> Option<usize> {
        (0..self.copies[face].len()).find(|&k| {
            let mut mine: HashMap<u16, &str> = HashMap::new();
            wanted.iter().all(|&(g, t)| {
                let fits = self.meaning(face, k, g).is_none_or(|m| m == t);
                fits && *mine.entry(g).or_insert(t) == t
            })
        })
    }

    /// The copy of `face` in which `glyph` stands for `text` (or for nothing yet):
    /// `prefer` (the copy of the glyph before, so a word stays one piece of text) if it
    /// can. Returns the copy's index in `list`, and the glyph's ID in its subset.
    fn copy_for(
        &mut self,
        face: usize,
        glyph: u16,
        text: &str,
        prefer: Option<usize>,
    ) -> (usize, u16) {
        let fits = |k: usize| self.meaning(face, k, glyph).is_none_or(|t| t == text);
        let k = match prefer.filter(|&k| fits(k)) {
            Some(k) => k,
            None => (0..).find(|&k| fits(k)).unwrap_or(0),
        };
        while self.copies[face].len() <= k {
            let index = self.list.len();
            self.list.push(Copy {
                face,
                resource: format!("F{index}"),
                glyphs: Glyphs::new(),
                texts: HashMap::new(),
            });
            self.copies[face].push(index);
        }
        let copy = &mut self.list[self.copies[face][k]];
        let id = copy.glyphs.add(glyph);
        copy.texts.entry(id).or_insert_with(|| text.to_owned());
        (k, id)
    }

    /// A mark (dots, a vowel sign) of `face` as a shape: drawn once from the font's
    /// outline, then placed wherever it recurs (an XObject), in the current grey. Marks are
    /// not text, so no viewer copies a dot as a letter.
    fn mark(&mut self, face: usize, glyph: u16) -> Option<String> {
        if let Some(name) = self.marks.get(&(face, glyph)) {
            return Some(name.clone());
        }
        let font = &self.faces.get(face)?.font;
        let mut path = Content::new();
        let mut bounds = Bounds::default();
        draw_outline(
            font,
            glyph,
            [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
            &mut path,
            &mut bounds,
            0,
        );
        if bounds.is_empty() {
            return None;
        }
        path.fill_nonzero();
        let name = format!("M{}", self.marks.len());
        self.shapes
            .push((name.clone(), path.finish().to_vec(), bounds.rect()));
        self.marks.insert((face, glyph), name.clone());
        Some(name)
    }

    /// Draws a line, run by run in visual order, its baseline's left end at `(x, y)`. In a
    /// cluster of several glyphs (an Arabic letter drawn as a dotless form and its dots)
    /// the first glyph with an advance is text standing for the cluster's characters, and
    /// the others (the marks) are drawn as shapes: so every viewer, whether or not it reads
    /// PDF's ActualText, copies each letter once, as written.
    fn draw_line(&mut self, c: &mut Content, line: &Line, (x, y): (f32, f32), size: f32) {
        let mut pen = x;
        for run in &line.runs {
            let face = run.font;
            let upem = self.faces.get(face).map_or(1000.0, |f| f.upem);
            // The glyphs drawn as text: (x, glyph, its text), in drawing order.
            let mut bases: Vec<(f32, &Glyph, &str)> = Vec::with_capacity(run.glyphs.len());
            let mut at = pen;
            for cluster in run.glyphs.chunk_by(|a, b| a.text == b.text) {
                let base = cluster.iter().position(|g| g.advance > 0.0).unwrap_or(0);
                for (i, g) in cluster.iter().enumerate() {
                    if i == base {
                        bases.push((at, g, &line.text[g.text.clone()]));
                    } else if let Some(name) = self.mark(face, g.id) {
                        let scale = size / upem;
                        let (dx, dy) = (at + g.x_offset * size, y + g.y_offset * size);
                        c.save_state();
                        c.transform([scale, 0.0, 0.0, scale, dx, dy]);
                        c.x_object(Name(name.as_bytes()));
                        c.restore_state();
                    }
                    at += g.advance * size;
                }
            }
            // One copy of the font for each word where it can be, so viewers keep words
            // whole: (copy, x, glyph, its ID in the copy's subset).
            let mut text_glyphs: Vec<(usize, f32, &Glyph, u16)> = Vec::with_capacity(bases.len());
            for word in bases.split_inclusive(|(_, _, t)| t.chars().all(char::is_whitespace)) {
                let wanted: Vec<(u16, &str)> = word.iter().map(|(_, g, t)| (g.id, *t)).collect();
                let mut prefer = self
                    .copy_for_all(face, &wanted)
                    .or_else(|| text_glyphs.last().map(|t| t.0));
                for &(x, g, t) in word {
                    self.notdef |= g.id == 0;
                    let (k, id) = self.copy_for(face, g.id, t, prefer);
                    text_glyphs.push((k, x, g, id));
                    prefer = Some(k);
                }
            }
            for group in text_glyphs.chunk_by(|a, b| a.0 == b.0 && a.2.y_offset == b.2.y_offset) {
                let (k, start, first) = (group[0].0, group[0].1, group[0].2);
                let copy = &self.list[self.copies[face][k]];
                c.begin_text();
                c.set_font(Name(copy.resource.as_bytes()), size);
                c.set_text_matrix([
                    1.0,
                    0.0,
                    0.0,
                    1.0,
                    start + first.x_offset * size,
                    y + first.y_offset * size,
                ]);
                let mut show = c.show_positioned();
                let mut items = show.items();
                // Where the text position is, and where the next glyph must go.
                let mut now = start + first.x_offset * size;
                let mut codes: Vec<u8> = Vec::new();
                for &(_, gx, g, id) in group {
                    let want = gx + g.x_offset * size;
                    let gap = want - now;
                    if gap.abs() > 0.001 {
                        if !codes.is_empty() {
                            items.show(Str(&codes));
                            codes.clear();
                        }
                        items.adjust(-gap / size * 1000.0);
                    }
                    codes.extend_from_slice(&id.to_be_bytes());
                    now = want + self.faces[face].advance(g.id) * size;
                }
                if !codes.is_empty() {
                    items.show(Str(&codes));
                }
                items.finish();
                show.finish();
                c.end_text();
            }
            pen += run.advance() * size;
        }
    }

    /// Writes the fonts and the marks; returns the resources of the pages: each font
    /// copy's and each mark's name and object.
    fn write(&self, pdf: &mut Pdf, refs: &mut Refs) -> Result<Vec<(String, Ref)>, PdfError> {
        let mut out = Vec::with_capacity(self.list.len() + self.shapes.len());
        for (name, path, bbox) in &self.shapes {
            let id = refs.next();
            pdf.form_xobject(id, &deflate(path))
                .bbox(*bbox)
                .filter(Filter::FlateDecode);
            out.push((name.clone(), id));
        }
        for (index, copy) in self.list.iter().enumerate() {
            let face = &self.faces[copy.face];
            let subset =
                subset::truetype(&face.font, &copy.glyphs).ok_or(PdfError::Font("subset"))?;
            let scale = 1000.0 / face.upem;
            let base = format!("{}+{}", subset_tag(index, &subset.bytes), face.name);
            let (type0, cid, descriptor, file, cmap) = (
                refs.next(),
                refs.next(),
                refs.next(),
                refs.next(),
                refs.next(),
            );
            pdf.type0_font(type0)
                .base_font(Name(base.as_bytes()))
                .encoding_predefined(Name(b"Identity-H"))
                .descendant_font(cid)
                .to_unicode(cmap);
            let widths: Vec<f32> = subset
                .glyphs
                .olds()
                .iter()
                .map(|&old| face.advance(old) * 1000.0)
                .collect();
            let mut font = pdf.cid_font(cid);
            font.subtype(CidFontType::Type2)
                .base_font(Name(base.as_bytes()))
                .system_info(SYSTEM_INFO)
                .font_descriptor(descriptor)
                .cid_to_gid_map_predefined(Name(b"Identity"));
            font.widths().consecutive(0, widths);
            font.finish();
            let head = face.font.head().ok();
            let os2 = face.font.os2().ok();
            let hhea = face.font.hhea().ok();
            let weight = os2.as_ref().map_or(400, |o| o.us_weight_class());
            let bbox = head
                .as_ref()
                .map_or(Rect::new(0.0, -300.0, 1000.0, 1000.0), |h| {
                    Rect::new(
                        f32::from(h.x_min()) * scale,
                        f32::from(h.y_min()) * scale,
                        f32::from(h.x_max()) * scale,
                        f32::from(h.y_max()) * scale,
                    )
                });
            let ascent = hhea
                .as_ref()
                .map_or(1000.0, |h| f32::from(h.ascender().to_i16()) * scale);
            let descent = hhea
                .as_ref()
                .map_or(-300.0, |h| f32::from(h.descender().to_i16()) * scale);
            let cap = os2
                .as_ref()
                .and_then(|o| o.s_cap_height())
                .map_or(ascent, |c| f32::from(c) * scale);
            pdf.font_descriptor(descriptor)
                .name(Name(base.as_bytes()))
                .flags(FontFlags::SYMBOLIC)
                .bbox(bbox)
                .italic_angle(0.0)
                .ascent(ascent)
                .descent(descent)
                .cap_height(cap)
                .stem_v(10.0 + 0.244 * (f32::from(weight) - 50.0))
                .font_file2(file);
            pdf.stream(file, &deflate(&subset.bytes))
                .filter(Filter::FlateDecode)
                .pair(Name(b"Length1"), subset.bytes.len() as i32);
            let mut map = UnicodeCmap::new(Name(b"Custom"), SYSTEM_INFO);
            let mut ids: Vec<(&u16, &String)> = copy.texts.iter().collect();
            ids.sort();
            for (id, text) in ids {
                if !text.is_empty() {
                    map.pair_with_multiple(*id, text.chars());
                }
            }
            pdf.cmap(cmap, &deflate(&map.finish()))
                .filter(Filter::FlateDecode);
            out.push((copy.resource.clone(), type0));
        }
        Ok(out)
    }
}

const SYSTEM_INFO: SystemInfo<'static> = SystemInfo {
    registry: Str(b"Adobe"),
    ordering: Str(b"Identity"),
    supplement: 0,
};

impl Face<'_> {
    /// A glyph's advance in ems, as the font's metrics give it.
    fn advance(&self, glyph: u16) -> f32 {
        self.font
            .hmtx()
            .ok()
            .and_then(|h| h.advance(GlyphId::new(u32::from(glyph))))
            .map_or(0.0, |a| f32::from(a) / self.upem)
    }
}

/// The six capital letters before a subset font's name, different for each embedding.
fn subset_tag(index: usize, data: &[u8]) -> String {
    let mut hash = std::collections::hash_map::DefaultHasher::new();
    (index, data).hash(&mut hash);
    let mut n = Hasher::finish(&hash);
    (0..6)
        .map(|_| {
            let c = char::from(b'A' + (n % 26) as u8);
            n /= 26;
            c
        })
        .collect()
}

/// The extent of a shape.
#[derive(Default)]
struct Bounds(Option<(f32, f32, f32, f32)>);

impl Bounds {
    fn add(&mut self, x: f32, y: f32) {
        let b = self.0.get_or_insert((x, y, x, y));
        *b = (b.0.min(x), b.1.min(y), b.2.max(x), b.3.max(y));
    }
    fn is_empty(&self) -> bool {
        self.0.is_none()
    }
    fn rect(&self) -> Rect {
        let (a, b, c, d) = self.0.unwrap_or_default();
        Rect::new(a, b, c, d)
    }
}

/// A TrueType outline (quadratic curves) as a PDF path (cubic curves), through the affine
/// transform `t`; composite glyphs drawn from their parts.
fn draw_outline(
    font: &FontRef<'_>,
    glyph: u16,
    t: [f32; 6],
    c: &mut Content,
    b: &mut Bounds,
    depth: u8,
) {
    let (Ok(loca), Ok(glyf)) = (font.loca(None), font.glyf()) else {
        return;
    };
    let apply = |x: f32, y: f32| (t[0] * x + t[2] * y + t[4], t[1] * x + t[3] * y + t[5]);
    match loca.get_glyf(GlyphId::new(u32::from(glyph)), &glyf) {
        Ok(Some(Outline::Simple(simple))) => {
            let points: Vec<CurvePoint> = simple.points().collect();
            let mut start = 0;
            for end in simple.end_pts_of_contours() {
                let end = usize::from(end.get());
                if let Some(contour) = points.get(start..=end) {
                    let contour: Vec<(f32, f32, bool)> = contour
                        .iter()
                        .map(|p| {
                            let (x, y) = apply(f32::from(p.x), f32::from(p.y));
                            b.add(x, y);
                            (x, y, p.on_curve)
                        })
                        .collect();
                    contour_path(&contour, c);
                }
                start = end + 1;
            }
        }
        Ok(Some(Outline::Composite(composite))) if depth < 8 => {
            for part in composite.components() {
                let (dx, dy) = match part.anchor {
                    Anchor::Offset { x, y } => (f32::from(x), f32::from(y)),
                    // Parts placed on each other's points: not in the marks drawn here.
                    Anchor::Point { .. } => (0.0, 0.0),
                };
                let m = part.transform;
                let (xx, yx, xy, yy) = (m.xx.to_f32(), m.yx.to_f32(), m.xy.to_f32(), m.yy.to_f32());
                let inner = [
                    t[0] * xx + t[2] * yx,
                    t[1] * xx + t[3] * yx,
                    t[0] * xy + t[2] * yy,
                    t[1] * xy + t[3] * yy,
                    t[0] * dx + t[2] * dy + t[4],
                    t[1] * dx + t[3] * dy + t[5],
                ];
                draw_outline(font, part.glyph.to_u16(), inner, c, b, depth + 1);
            }
        }
        _ => {}
    }
}

/// One closed contour of on- and off-curve points: two off-curve points in a row imply an
/// on-curve point half-way; each quadratic curve is written as the cubic that equals it.
fn contour_path(points: &[(f32, f32, bool)], c: &mut Content) {
    let n = points.len();
    if n == 0 {
        return;
    }
    let mid = |a: (f32, f32, bool), b: (f32, f32, bool)| ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
    // Start on an on-curve point (or, when there is none, half-way between the first two).
    let first_on = points.iter().position(|p| p.2);
    let (start, from) = match first_on {
        Some(i) => ((points[i].0, points[i].1), i),
        None => (mid(points[0], points[n.min(2) - 1]), 0),
    };
    c.move_to(start.0, start.1);
    let mut current = start;
    let mut control: Option<(f32, f32)> = None;
    let quad = |c: &mut Content, p0: (f32, f32), q: (f32, f32), p1: (f32, f32)| {
        c.cubic_to(
            p0.0 + 2.0 / 3.0 * (q.0 - p0.0),
            p0.1 + 2.0 / 3.0 * (q.1 - p0.1),
            p1.0 + 2.0 / 3.0 * (q.0 - p1.0),
            p1.1 + 2.0 / 3.0 * (q.1 - p1.1),
            p1.0,
            p1.1,
        );
    };
    for step in 1..=n {
        let p = points[(from + step) % n];
        let here = (p.0, p.1);
        match (p.2, control) {
            (true, None) => {
                c.line_to(here.0, here.1);
                current = here;
            }
            (true, Some(q)) => {
                quad(c, current, q, here);
                current = here;
                control = None;
            }
            (false, None) => control = Some(here),
            (false, Some(q)) => {
                let on = ((q.0 + here.0) / 2.0, (q.1 + here.1) / 2.0);
                quad(c, current, q, on);
                current = on;
                control = Some(here);
            }
        }
    }
    if let Some(q) = control {
        quad(c, current, q, start);
    }
    c.close_path();
}

/// The structure tree as written: its root element, and per page the element of each MCID.
struct Structure {
    root: Ref,
    by_page: Vec<Vec<Ref>>,
    parent_arrays: Vec<Ref>,
}

impl Structure {
    fn write(
        pdf: &mut Pdf,
        refs: &mut Refs,
        layout: &Layout,
        leaves: &[Vec<(usize, i32)>],
        said: &[(Vec<String>, bool)],
        pages: &[Ref],
    ) -> Structure {
        let root = refs.next();
        let mut s = Structure {
            root,
            by_page: vec![Vec::new(); pages.len()],
            parent_arrays: pages.iter().map(|_| refs.next()).collect(),
        };
        // Which nodes have something drawn in them (else they are left out).
        let mut drawn = vec![false; layout.nodes.len()];
        fn mark(
            layout: &Layout,
            leaves: &[Vec<(usize, i32)>],
            drawn: &mut [bool],
            n: usize,
        ) -> bool {
            let mine = leaves.get(n).is_some_and(|l| !l.is_empty());
            let mut any = mine;
            for &c in &layout.nodes[n].children {
                any |= mark(layout, leaves, drawn, c);
            }
            drawn[n] = any;
            any
        }
        let ids: Vec<Ref> = layout.nodes.iter().map(|_| refs.next()).collect();
        let mut parts = Vec::new();
        for &r in &layout.roots {
            if mark(layout, leaves, &mut drawn, r) {
                parts.push(ids[r]);
            }
        }
        let mut document = pdf.struct_element(root);
        document.kind(StructRole::Document);
        document.children().items(parts.iter().copied());
        document.finish();
        for &r in &layout.roots {
            if drawn[r] {
                s.element(pdf, layout, leaves, said, pages, &ids, &drawn, r, root);
            }
        }
        s
    }

    #[allow(clippy::too_many_arguments)]
    fn element(
        &mut self,
        pdf: &mut Pdf,
        layout: &Layout,
        leaves: &[Vec<(usize, i32)>],
        said: &[(Vec<String>, bool)],
        pages: &[Ref],
        ids: &[Ref],
        drawn: &[bool],
        n: usize,
        parent: Ref,
    ) {
        let node = &layout.nodes[n];
        let mut e = pdf.struct_element(ids[n]);
        e.kind(role(node.kind)).parent(parent);
        let mine = leaves.get(n).map_or(&[][..], Vec::as_slice);
        if let Some(&(p, _)) = mine.first() {
            e.page(pages[p]);
        }
        if let Some(title) = &node.title {
            e.title(TextStr(title));
        }
        if let Some(lang) = &node.lang {
            e.lang(TextStr(lang));
        }
        if let Some((lines, true)) = said.get(n) {
            e.actual_text(TextStr(&lines.join(" ")));
        }
        match node.kind {
            Kind::ColumnHeader | Kind::RowHeader => {
                let scope = if node.kind == Kind::ColumnHeader {
                    TableHeaderScope::Column
                } else {
                    TableHeaderScope::Row
                };
                e.attributes().push().table().scope(scope);
            }
            Kind::L => {
                e.attributes()
                    .push()
                    .list()
                    .list_numbering(ListNumbering::None);
            }
            _ => {}
        }
        let first_page = mine.first().map(|l| l.0);
        let mut kids = e.children();
        for &(p, mcid) in mine {
            if Some(p) == first_page {
                kids.marked_content_id(mcid);
            } else {
                kids.marked_content_ref()
                    .marked_content_id(mcid)
                    .page(pages[p]);
            }
            let slot = &mut self.by_page[p];
            let at = mcid as usize;
            if slot.len() <= at {
                slot.resize(at + 1, ids[n]);
            }
            slot[at] = ids[n];
        }
        for &c in &node.children {
            if drawn[c] {
                kids.struct_element(ids[c]);
            }
        }
        kids.finish();
        e.finish();
        for &c in &node.children {
            if drawn[c] {
                self.element(pdf, layout, leaves, said, pages, ids, drawn, c, ids[n]);
            }
        }
    }
}

fn role(kind: Kind) -> StructRole {
    match kind {
        Kind::Part => StructRole::Part,
        Kind::Section => StructRole::Sect,
        Kind::H1 => StructRole::H1,
        Kind::H2 => StructRole::H2,
        Kind::H3 => StructRole::H3,
        Kind::P => StructRole::P,
        Kind::L => StructRole::L,
        Kind::LI => StructRole::LI,
        Kind::Lbl => StructRole::Lbl,
        Kind::LBody => StructRole::LBody,
        Kind::Table => StructRole::Table,
        Kind::TR => StructRole::TR,
        Kind::ColumnHeader | Kind::RowHeader => StructRole::TH,
        Kind::TD => StructRole::TD,
    }
}

/// Bookmarks: each language's title, with its sections under it. `None` when there is
/// nothing to mark.
fn write_outline(
    pdf: &mut Pdf,
    refs: &mut Refs,
    layout: &Layout,
    pages: &[Ref],
    height: f32,
) -> Option<Ref> {
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
    let heading = |parent: usize, kind: Kind| {
        layout.nodes[parent]
            .children
            .iter()
            .copied()
            .find(|&c| layout.nodes[c].kind == kind)
            .filter(|&c| at[c].is_some() && layout.nodes[c].title.is_some())
    };
    // (heading node, its sections' heading nodes), per language.
    let tree: Vec<(usize, Vec<usize>)> = layout
        .roots
        .iter()
        .filter_map(|&root| {
            let top = heading(root, Kind::H1)?;
            let sections = layout.nodes[root]
                .children
                .iter()
                .filter(|&&c| layout.nodes[c].kind == Kind::Section)
                .filter_map(|&s| heading(s, Kind::H2))
                .collect();
            Some((top, sections))
        })
        .collect();
    if tree.is_empty() {
        return None;
    }
    let outline = refs.next();
    let ids: Vec<(Ref, Vec<Ref>)> = tree
        .iter()
        .map(|(_, s)| (refs.next(), s.iter().map(|_| refs.next()).collect()))
        .collect();
    let total: usize = tree.iter().map(|(_, s)| 1 + s.len()).sum();
    let mut item = |id: Ref, node: usize, parent: Ref, siblings: &[Ref], i: usize, kids: &[Ref]| {
        let (page, y) = at[node].unwrap_or((0, 0.0));
        let mut it = pdf.outline_item(id);
        it.title(TextStr(
            layout.nodes[node].title.as_deref().unwrap_or_default(),
        ))
        .parent(parent);
        if i > 0 {
            it.prev(siblings[i - 1]);
        }
        if let Some(next) = siblings.get(i + 1) {
            it.next(*next);
        }
        if let (Some(first), Some(last)) = (kids.first(), kids.last()) {
            it.first(*first).last(*last).count(kids.len() as i32);
        }
        it.dest().page(pages[page]).xyz(0.0, height - y, None);
    };
    let tops: Vec<Ref> = ids.iter().map(|(r, _)| *r).collect();
    for (i, ((node, sections), (id, kids))) in tree.iter().zip(&ids).enumerate() {
        item(*id, *node, outline, &tops, i, kids);
        for (j, (section, kid)) in sections.iter().zip(kids).enumerate() {
            item(*kid, *section, *id, kids, j, &[]);
        }
    }
    pdf.outline(outline)
        .first(tops[0])
        .last(tops[tops.len() - 1])
        .count(total as i32);
    Some(outline)
}
