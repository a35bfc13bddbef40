//! The document onto pages: columns, blocks, page breaks, footers, and the logical
//! structure (headings, lists, tables) the renderer tags.
//!
//! The document is cut into units (a heading, one answer, one job, one table). A unit is
//! set in every column (each language), the columns' rows aligned, and goes to the next
//! page whole unless it is taller than a page. A heading never ends a page: it goes with
//! the unit after it.

use crate::doc::{Arrangement, Block, Document, Field, Text};
use crate::text::{Line, Shaper, Style};

/// Margins, in points.
const MARGIN_X: f32 = 54.0;
const MARGIN_TOP: f32 = 54.0;
const MARGIN_BOTTOM: f32 = 66.0;
/// Between the two columns of side-by-side pages.
const GUTTER: f32 = 26.0;
/// Line height, as a multiple of the font size.
const LEADING: f32 = 1.5;
/// Where the baseline sits below a line's top, as a multiple of the font size.
const ASCENT: f32 = 1.1;

/// Type sizes.
const TITLE: f32 = 19.0;
const NAME: f32 = 13.5;
const H2: f32 = 13.0;
const H3: f32 = 10.5;
const BODY: f32 = 9.5;
const SMALL: f32 = 8.0;

/// Greys (0 black, 255 white).
const INK: u8 = 20;
const MUTED: u8 = 85;
const RULE: u8 = 170;
const SHADE: u8 = 236;

/// What a piece of structure is, for the tag tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The whole profile in one language.
    Part,
    /// A part of the profile.
    Section,
    /// The title.
    H1,
    /// A section heading.
    H2,
    /// An item's title, a table's caption, a subheading.
    H3,
    /// A paragraph.
    P,
    /// A list of answers.
    L,
    /// One answer.
    LI,
    /// Its label.
    Lbl,
    /// The answer itself.
    LBody,
    /// A table.
    Table,
    /// A row.
    TR,
    /// A column's header cell.
    ColumnHeader,
    /// A row's header cell.
    RowHeader,
    /// A data cell.
    TD,
}

/// A node of the logical structure. Text is drawn into nodes with no children.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// What it is.
    pub kind: Kind,
    /// Its language, when it has one of its own (a part's; the person's words).
    pub lang: Option<String>,
    /// Its children, in reading order.
    pub children: Vec<usize>,
    /// A heading's words (for its tag's title and the bookmarks).
    pub title: Option<String>,
}

/// Something drawn on a page. Coordinates in points from the page's top-left corner.
#[derive(Debug, Clone, PartialEq)]
pub enum Draw {
    /// A line of text.
    Text {
        /// Left edge.
        x: f32,
        /// Baseline.
        baseline: f32,
        /// The glyphs.
        line: Line,
        /// Font size.
        size: f32,
        /// Grey level.
        gray: u8,
        /// The structure node it belongs to; `None`: page furniture (footer).
        node: Option<usize>,
        /// Its language, when not the one of its part.
        lang: Option<String>,
    },
    /// A horizontal rule (decoration).
    Rule {
        /// Left end.
        x0: f32,
        /// Right end.
        x1: f32,
        /// Height on the page.
        y: f32,
        /// Thickness.
        width: f32,
    },
    /// A shaded rectangle behind a table's header row (decoration).
    Shade {
        /// Left.
        x: f32,
        /// Top.
        y: f32,
        /// Width.
        w: f32,
        /// Height.
        h: f32,
    },
}

impl Draw {
    fn top(&self) -> f32 {
        match self {
            Draw::Text { baseline, size, .. } => baseline - size * ASCENT,
            Draw::Rule { y, .. } => *y,
            Draw::Shade { y, .. } => *y,
        }
    }

    fn bottom(&self) -> f32 {
        match self {
            Draw::Text { baseline, size, .. } => baseline - size * ASCENT + size * LEADING,
            Draw::Rule { y, width, .. } => y + width,
            Draw::Shade { y, h, .. } => y + h,
        }
    }

    fn shift(&mut self, dx: f32, dy: f32) {
        match self {
            Draw::Text { x, baseline, .. } => {
                *x += dx;
                *baseline += dy;
            }
            Draw::Rule { x0, x1, y, .. } => {
                *x0 += dx;
                *x1 += dx;
                *y += dy;
            }
            Draw::Shade { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
        }
    }

    /// The gray of the paint (rules and shades have their own).
    pub fn gray(&self) -> u8 {
        match self {
            Draw::Text { gray, .. } => *gray,
            Draw::Rule { .. } => RULE,
            Draw::Shade { .. } => SHADE,
        }
    }
}

/// The document laid out.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Page width and height.
    pub size: (f32, f32),
    /// What each page draws, in order.
    pub pages: Vec<Vec<Draw>>,
    /// The structure: `nodes[roots[i]]` is the document in language `i`.
    pub nodes: Vec<Node>,
    /// The parts, one per language, in reading order.
    pub roots: Vec<usize>,
}

/// A column: where one language is set.
#[derive(Debug, Clone, Copy)]
struct Column<'a> {
    /// Which of the document's languages.
    lang: usize,
    code: &'a str,
    rtl: bool,
    x: f32,
    width: f32,
}

/// A unit set in one column: its draws relative to the unit's top-left (column-relative).
#[derive(Default)]
struct Set {
    draws: Vec<Draw>,
    height: f32,
}

struct Composer<'a, 's> {
    shaper: &'a Shaper<'s>,
    nodes: Vec<Node>,
}

impl Composer<'_, '_> {
    fn node(&mut self, parent: Option<usize>, kind: Kind, lang: Option<String>) -> usize {
        let id = self.nodes.len();
        self.nodes.push(Node {
            kind,
            lang,
            children: Vec::new(),
            title: None,
        });
        if let Some(p) = parent {
            self.nodes[p].children.push(id);
        }
        id
    }

    /// A heading node, titled with its words in the column's language.
    fn titled(&mut self, parent: usize, kind: Kind, text: &Text, col: Column<'_>) -> usize {
        let node = self.node(Some(parent), kind, None);
        self.nodes[node].title = Some(text.get(col.lang).0.to_owned());
        node
    }

    /// Sets `text` in the box `[start, start + width)` (measured from the column's start
    /// edge) at `top`; returns the height used.
    #[allow(clippy::too_many_arguments)]
    fn text(
        &self,
        set: &mut Set,
        col: Column<'_>,
        text: &Text,
        (start, width): (f32, f32),
        top: f32,
        (size, bold, gray): (f32, bool, u8),
        node: usize,
    ) -> f32 {
        let (words, lang) = text.get(col.lang);
        // The person's words take the direction their first letter sets, left to right with
        // none (a phone number), as `dir="auto"` does on the page; the app's words, the
        // column's.
        let rtl = match text {
            Text::Written { .. } => {
                unicode_bidi::get_base_direction(words) == unicode_bidi::Direction::Rtl
            }
            Text::Each(_) => col.rtl,
        };
        let lang_code = lang.unwrap_or(col.code);
        let style = Style {
            size,
            bold,
            rtl,
            lang: Some(lang_code),
        };
        let lines = self.shaper.lines(words, style, width);
        let mut y = top;
        for line in lines {
            let x = if col.rtl {
                col.width - start - line.width
            } else {
                start
            };
            set.draws.push(Draw::Text {
                x,
                baseline: y + size * ASCENT,
                line,
                size,
                gray,
                node: Some(node),
                lang: lang.filter(|l| *l != col.code).map(str::to_owned),
            });
            y += size * LEADING;
        }
        y - top
    }

    fn heading(
        &mut self,
        col: Column<'_>,
        parent: usize,
        kind: Kind,
        text: &Text,
        size: f32,
        rule: bool,
    ) -> Set {
        let mut set = Set::default();
        let node = self.titled(parent, kind, text, col);
        let h = self.text(
            &mut set,
            col,
            text,
            (0.0, col.width),
            0.0,
            (size, true, INK),
            node,
        );
        set.height = h;
        if rule {
            set.draws.push(Draw::Rule {
                x0: 0.0,
                x1: col.width,
                y: h + 1.0,
                width: 0.6,
            });
            set.height += 6.0;
        }
        set
    }

    fn paragraph(
        &mut self,
        col: Column<'_>,
        parent: usize,
        text: &Text,
        (size, bold, gray): (f32, bool, u8),
        after: f32,
    ) -> Set {
        let mut set = Set::default();
        let node = self.node(Some(parent), Kind::P, None);
        set.height = self.text(
            &mut set,
            col,
            text,
            (0.0, col.width),
            0.0,
            (size, bold, gray),
            node,
        ) + after;
        set
    }

    fn field(&mut self, col: Column<'_>, list: usize, field: &Field) -> Set {
        let mut set = Set::default();
        let item = self.node(Some(list), Kind::LI, None);
        let label = self.node(Some(item), Kind::Lbl, None);
        let body = self.node(Some(item), Kind::LBody, None);
        let label_width = (col.width * 0.36).min(150.0);
        let gap = 10.0;
        // The label's smaller type sits on the value's baseline.
        let nudge = (BODY - SMALL) * ASCENT;
        let h1 = self.text(
            &mut set,
            col,
            &field.label,
            (0.0, label_width),
            nudge,
            (SMALL, true, MUTED),
            label,
        );
        let h2 = self.text(
            &mut set,
            col,
            &field.value,
            (label_width + gap, col.width - label_width - gap),
            0.0,
            (BODY, false, INK),
            body,
        );
        set.height = h1.max(h2) + 3.0;
        set
    }

    fn entry(&mut self, col: Column<'_>, section: usize, title: &Text, lines: &[Text]) -> Set {
        let mut set = Set::default();
        let mut y = 0.0;
        if !title.is_empty() {
            let node = self.titled(section, Kind::H3, title, col);
            y += self.text(
                &mut set,
                col,
                title,
                (0.0, col.width),
                y,
                (H3, true, INK),
                node,
            );
        }
        for line in lines.iter().filter(|l| !l.is_empty()) {
            let node = self.node(Some(section), Kind::P, None);
            y += self.text(
                &mut set,
                col,
                line,
                (0.0, col.width),
                y,
                (BODY, false, INK),
                node,
            );
        }
        set.height = y + 8.0;
        set
    }

    fn table(
        &mut self,
        col: Column<'_>,
        section: usize,
        caption: &Text,
        columns: &[Text],
        rows: &[Vec<Text>],
    ) -> Set {
        let mut set = Set::default();
        let mut y = 0.0;
        if !caption.is_empty() {
            let node = self.titled(section, Kind::H3, caption, col);
            y += self.text(
                &mut set,
                col,
                caption,
                (0.0, col.width),
                y,
                (H3, true, INK),
                node,
            ) + 2.0;
        }
        let table = self.node(Some(section), Kind::Table, None);
        let n = columns.len().max(1);
        let first = if n == 1 { col.width } else { col.width * 0.55 };
        let rest = if n == 1 {
            0.0
        } else {
            (col.width - first) / (n - 1) as f32
        };
        let pad = 3.0;
        let cells = |i: usize| -> (f32, f32) {
            if i == 0 {
                (pad, first - 2.0 * pad)
            } else {
                (first + rest * (i - 1) as f32 + pad, rest - 2.0 * pad)
            }
        };
        let row = |this: &mut Self, set: &mut Set, y: &mut f32, texts: &[Text], header: bool| {
            let tr = this.node(Some(table), Kind::TR, None);
            let top = *y;
            let mut height: f32 = 0.0;
            let at = set.draws.len();
            for (i, text) in texts.iter().enumerate() {
                let kind = match (header, i) {
                    (true, _) => Kind::ColumnHeader,
                    (false, 0) => Kind::RowHeader,
                    _ => Kind::TD,
                };
                let cell = this.node(Some(tr), kind, None);
                let style = (BODY, header || i == 0, if header { MUTED } else { INK });
                height = height.max(this.text(set, col, text, cells(i), top + pad, style, cell));
            }
            let h = height + 2.0 * pad;
            if header {
                set.draws.insert(
                    at,
                    Draw::Shade {
                        x: 0.0,
                        y: top,
                        w: col.width,
                        h,
                    },
                );
            }
            set.draws.push(Draw::Rule {
                x0: 0.0,
                x1: col.width,
                y: top + h,
                width: 0.4,
            });
            *y += h;
        };
        row(self, &mut set, &mut y, columns, true);
        for r in rows {
            row(self, &mut set, &mut y, r, false);
        }
        set.height = y + 10.0;
        set
    }
}

/// Where units go: the page being filled and the height reached.
struct Pager {
    pages: Vec<Vec<Draw>>,
    y: f32,
    top: f32,
    bottom: f32,
}

impl Pager {
    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.top;
    }

    fn at_top(&self) -> bool {
        self.y <= self.top + 0.01
    }

    /// Places one unit set in each column (`x` its column's left edge), rows aligned.
    /// `keep` is the height of what must follow on the same page (after a heading).
    fn place(&mut self, sets: Vec<(f32, Set)>, keep: f32) {
        let height = sets.iter().map(|(_, s)| s.height).fold(0.0, f32::max);
        if self.y + height + keep > self.bottom && !self.at_top() {
            self.new_page();
        }
        let mut draws: Vec<Draw> = sets
            .into_iter()
            .flat_map(|(x, set)| {
                set.draws.into_iter().map(move |mut d| {
                    d.shift(x, 0.0);
                    d
                })
            })
            .collect();
        // Taller than what is left of a page (only very long answers): cut between lines.
        let mut base = 0.0;
        loop {
            let limit = base + (self.bottom - self.y);
            let cut = draws
                .iter()
                .filter(|d| d.top() >= base && d.bottom() > limit + 0.01)
                .map(Draw::top)
                .fold(f32::INFINITY, f32::min);
            let cut = if cut.is_finite() && cut <= base {
                limit
            } else {
                cut
            };
            let (now, later): (Vec<Draw>, Vec<Draw>) =
                draws.into_iter().partition(|d| d.top() < cut);
            let page = self.pages.last_mut().expect("a page is always open");
            for mut d in now {
                d.shift(0.0, self.y - base);
                page.push(d);
            }
            if later.is_empty() {
                self.y += height - base;
                return;
            }
            draws = later;
            base = cut;
            self.new_page();
        }
    }
}

/// Lays the document out on pages.
pub fn layout(doc: &Document, shaper: &Shaper<'_>) -> Layout {
    let (page_w, page_h) = doc.paper.size();
    let content = page_w - 2.0 * MARGIN_X;
    let languages = doc.languages.len().max(1);
    let code = |i: usize| doc.languages.get(i).map_or("en", |l| l.code.as_str());
    let rtl = |i: usize| doc.languages.get(i).is_some_and(|l| l.rtl);
    // Each pass is a run of pages; each has its columns.
    let passes: Vec<Vec<Column<'_>>> =
        if languages == 2 && doc.arrangement == Arrangement::SideBySide {
            let width = (content - GUTTER) / 2.0;
            let (left, right) = (MARGIN_X, MARGIN_X + width + GUTTER);
            // The first language on the side its reading starts from.
            let (x0, x1) = if rtl(0) { (right, left) } else { (left, right) };
            vec![(0..2)
                .map(|i| Column {
                    lang: i,
                    code: code(i),
                    rtl: rtl(i),
                    x: if i == 0 { x0 } else { x1 },
                    width,
                })
                .collect()]
        } else {
            (0..languages)
                .map(|i| {
                    vec![Column {
                        lang: i,
                        code: code(i),
                        rtl: rtl(i),
                        x: MARGIN_X,
                        width: content,
                    }]
                })
                .collect()
        };
    let mut composer = Composer {
        shaper,
        nodes: Vec::new(),
    };
    let mut pager = Pager {
        pages: Vec::new(),
        y: MARGIN_TOP,
        top: MARGIN_TOP,
        bottom: page_h - MARGIN_BOTTOM,
    };
    let mut roots = vec![0; languages];
    // Which pass each page belongs to, for its footer's columns.
    let mut page_pass = Vec::new();
    for (p, columns) in passes.iter().enumerate() {
        pager.new_page();
        let parts: Vec<usize> = columns
            .iter()
            .map(|c| {
                let part = composer.node(None, Kind::Part, Some(c.code.to_owned()));
                roots[c.lang] = part;
                part
            })
            .collect();
        let mut units: Vec<(Vec<(f32, Set)>, bool)> = Vec::new();
        let each =
            |composer: &mut Composer<'_, '_>,
             f: &mut dyn FnMut(&mut Composer<'_, '_>, Column<'_>, usize) -> Set| {
                columns
                    .iter()
                    .zip(&parts)
                    .map(|(c, &parent)| (c.x, f(composer, *c, parent)))
                    .collect::<Vec<_>>()
            };
        units.push((
            each(&mut composer, &mut |k, c, part| {
                k.heading(c, part, Kind::H1, &doc.title, TITLE, false)
            }),
            true,
        ));
        if !doc.name.trim().is_empty() {
            let name = Text::Written {
                text: doc.name.clone(),
                lang: None,
            };
            units.push((
                each(&mut composer, &mut |k, c, part| {
                    k.paragraph(c, part, &name, (NAME, true, INK), 2.0)
                }),
                true,
            ));
        }
        units.push((
            each(&mut composer, &mut |k, c, part| {
                k.paragraph(c, part, &doc.made, (SMALL, false, MUTED), 10.0)
            }),
            false,
        ));
        for section in &doc.sections {
            let nodes: Vec<usize> = columns
                .iter()
                .zip(&parts)
                .map(|(_, &part)| composer.node(Some(part), Kind::Section, None))
                .collect();
            let sect = |i: usize| nodes[i];
            let in_section = |composer: &mut Composer<'_, '_>,
                              f: &mut dyn FnMut(
                &mut Composer<'_, '_>,
                Column<'_>,
                usize,
            ) -> Set| {
                columns
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (c.x, f(composer, *c, sect(i))))
                    .collect::<Vec<_>>()
            };
            let mut heading = in_section(&mut composer, &mut |k, c, s| {
                k.heading(c, s, Kind::H2, &section.heading, H2, true)
            });
            for (_, set) in &mut heading {
                for d in &mut set.draws {
                    d.shift(0.0, 10.0);
                }
                set.height += 10.0;
            }
            units.push((heading, true));
            for block in &section.blocks {
                match block {
                    Block::Fields(fields) => {
                        let lists: Vec<usize> = (0..columns.len())
                            .map(|i| composer.node(Some(sect(i)), Kind::L, None))
                            .collect();
                        for field in fields.iter().filter(|f| !f.value.is_empty()) {
                            let sets = columns
                                .iter()
                                .enumerate()
                                .map(|(i, c)| (c.x, composer.field(*c, lists[i], field)))
                                .collect();
                            units.push((sets, false));
                        }
                        for (_, list) in units.last_mut().into_iter().flat_map(|u| u.0.iter_mut()) {
                            list.height += 6.0;
                        }
                    }
                    Block::Entry { title, lines } => {
                        units.push((
                            in_section(&mut composer, &mut |k, c, s| k.entry(c, s, title, lines)),
                            false,
                        ));
                    }
                    Block::Table {
                        caption,
                        columns: head,
                        rows,
                    } => {
                        units.push((
                            in_section(&mut composer, &mut |k, c, s| {
                                k.table(c, s, caption, head, rows)
                            }),
                            false,
                        ));
                    }
                    Block::Subheading(text) => {
                        units.push((
                            in_section(&mut composer, &mut |k, c, s| {
                                k.heading(c, s, Kind::H3, text, H3, false)
                            }),
                            true,
                        ));
                    }
                }
            }
        }
        let heights: Vec<f32> = units
            .iter()
            .map(|(sets, _)| sets.iter().map(|(_, s)| s.height).fold(0.0, f32::max))
            .collect();
        for (i, (sets, keep_with_next)) in units.into_iter().enumerate() {
            let keep = if keep_with_next {
                heights.get(i + 1).copied().unwrap_or(0.0)
            } else {
                0.0
            };
            pager.place(sets, keep);
        }
        page_pass.resize(pager.pages.len(), p);
    }
    // Footers: "Page 2 of 3", in each column's language, under the column.
    let total = pager.pages.len();
    let mut pages = pager.pages;
    for (n, page) in pages.iter_mut().enumerate() {
        for col in &passes[page_pass[n]] {
            let (template, _) = doc.page_of.get(col.lang);
            let words = template
                .replace("{page}", &(n + 1).to_string())
                .replace("{pages}", &total.to_string());
            let style = Style {
                size: SMALL,
                bold: false,
                rtl: col.rtl,
                lang: Some(col.code),
            };
            for line in composer
                .shaper
                .lines(&words, style, col.width)
                .into_iter()
                .take(1)
            {
                let x = if col.rtl {
                    col.x + col.width - line.width
                } else {
                    col.x
                };
                page.push(Draw::Text {
                    x,
                    baseline: page_h - MARGIN_BOTTOM + 34.0,
                    line,
                    size: SMALL,
                    gray: MUTED,
                    node: None,
                    lang: None,
                });
            }
        }
    }
    Layout {
        size: (page_w, page_h),
        pages,
        nodes: composer.nodes,
        roots,
    }
}
