//! Layout and text setting, without writing a PDF: where lines go, how pages break, how
//! right-to-left text is ordered, and that the fonts cover every language the app speaks.

mod common;

use std::collections::HashMap;

use common::*;
use skillmap_pdf::layout::{layout, Draw, Kind, Layout};
use skillmap_pdf::text::{Shaper, Style};
use skillmap_pdf::{Arrangement, Document, Paper};

fn laid(doc: &Document) -> Layout {
    let fonts = fonts();
    let shaper = Shaper::new(&fonts).unwrap();
    layout(doc, &shaper)
}

/// The page each structure node's text is drawn on (all of them).
fn pages_of(l: &Layout) -> HashMap<usize, Vec<usize>> {
    let mut at: HashMap<usize, Vec<usize>> = HashMap::new();
    for (p, draws) in l.pages.iter().enumerate() {
        for d in draws {
            if let Draw::Text { node: Some(n), .. } = d {
                at.entry(*n).or_default().push(p);
            }
        }
    }
    at
}

fn texts(l: &Layout) -> impl Iterator<Item = (usize, &Draw)> {
    l.pages
        .iter()
        .enumerate()
        .flat_map(|(p, d)| d.iter().map(move |d| (p, d)))
}

#[test]
fn a_job_is_never_cut_by_a_page_break() {
    for words in [ar_es(), ti_en(), uk_de()] {
        let doc = document(&words, Arrangement::SideBySide, Paper::A4, 40);
        let l = laid(&doc);
        assert!(l.pages.len() >= 4, "40 jobs fill pages");
        let at = pages_of(&l);
        let mut entries = 0;
        for node in &l.nodes {
            if node.kind != Kind::Section {
                continue;
            }
            // A job: its title (H3) and the paragraphs after it, up to the next title.
            let mut pages: Vec<usize> = Vec::new();
            for &c in &node.children {
                if l.nodes[c].kind == Kind::H3 {
                    pages.sort_unstable();
                    pages.dedup();
                    assert!(pages.len() <= 1, "an entry spans pages {pages:?}");
                    pages.clear();
                    entries += 1;
                }
                pages.extend(at.get(&c).into_iter().flatten());
            }
            pages.sort_unstable();
            pages.dedup();
            assert!(pages.len() <= 1);
        }
        assert!(entries >= 80, "both columns' jobs were checked");
    }
}

#[test]
fn an_answer_longer_than_a_page_goes_on_over_the_next_pages_inside_the_margins() {
    let mut words = uk_de();
    words.notes = Box::leak(
        "Дуже довга відповідь, яку людина написала сама. "
            .repeat(300)
            .into_boxed_str(),
    );
    let doc = document(&words, Arrangement::SideBySide, Paper::A4, 1);
    let l = laid(&doc);
    let (_, h) = l.size;
    let notes: Vec<usize> = texts(&l)
        .filter_map(|(_, d)| match d {
            Draw::Text {
                node: Some(n),
                line,
                ..
            } if line.text.starts_with("Дуже довга") => Some(*n),
            _ => None,
        })
        .collect();
    let mut pages_with_notes = std::collections::BTreeSet::new();
    for (p, d) in texts(&l) {
        let Draw::Text {
            baseline,
            node,
            line,
            ..
        } = d
        else {
            continue;
        };
        if node.is_some() {
            assert!(
                *baseline <= h - 66.0 + 1.0,
                "{:?} on page {p} runs into the footer",
                line.text
            );
        }
        if node.is_some_and(|n| notes.contains(&n)) {
            pages_with_notes.insert(p);
        }
    }
    assert!(pages_with_notes.len() >= 3, "{pages_with_notes:?}");
    // Nothing lost: every line of it is drawn, in each column.
    let lines = texts(&l)
        .filter(|(_, d)| matches!(d, Draw::Text { line, .. } if line.text.contains("довга")))
        .count();
    assert!(lines >= 2 * 300 / 8, "{lines} lines");
}

#[test]
fn a_heading_never_ends_a_page() {
    let doc = document(&uk_de(), Arrangement::SideBySide, Paper::Letter, 40);
    let l = laid(&doc);
    let at = pages_of(&l);
    for node in l.nodes.iter().filter(|n| n.kind == Kind::Section) {
        let mut children = node.children.iter().filter(|c| at.contains_key(c));
        if let (Some(h), Some(next)) = (children.next(), children.next()) {
            assert_eq!(
                at[h][0], at[next][0],
                "a heading and what follows share a page"
            );
        }
    }
}

#[test]
fn every_page_has_its_number_in_each_language() {
    let doc = document(&ar_es(), Arrangement::SideBySide, Paper::A4, 20);
    let l = laid(&doc);
    let n = l.pages.len();
    for (p, draws) in l.pages.iter().enumerate() {
        let footers: Vec<&str> = draws
            .iter()
            .filter_map(|d| match d {
                Draw::Text {
                    node: None, line, ..
                } => Some(line.text.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            footers,
            [
                format!("الصفحة {} من {n}", p + 1),
                format!("Página {} de {n}", p + 1)
            ]
        );
    }
}

#[test]
fn text_stays_inside_its_column_and_right_to_left_lines_end_at_the_right() {
    let doc = document(&ar_es(), Arrangement::SideBySide, Paper::A4, 6);
    let l = laid(&doc);
    let (w, _) = l.size;
    let middle = w / 2.0;
    let mut right_edges = Vec::new();
    for (_, d) in texts(&l) {
        let Draw::Text { x, line, .. } = d else {
            continue;
        };
        assert!(
            *x >= 53.9 && x + line.width <= w - 53.9,
            "{:?} leaves the text area",
            line.text
        );
        // Arabic is the first language: its column is the right one.
        if line.has_rtl && *x > middle {
            right_edges.push(x + line.width);
        }
    }
    let max = right_edges.iter().copied().fold(0.0, f32::max);
    // Headings and labels start at the column's right edge.
    assert!(
        right_edges
            .iter()
            .filter(|&&r| (r - max).abs() < 0.5)
            .count()
            > 10
    );
}

#[test]
fn a_phone_number_reads_left_to_right_even_in_an_arabic_column() {
    let doc = document(&ar_es(), Arrangement::SideBySide, Paper::A4, 1);
    let l = laid(&doc);
    let (w, _) = l.size;
    let phones: Vec<&Draw> = texts(&l)
        .map(|(_, d)| d)
        .filter(|d| matches!(d, Draw::Text { line, .. } if line.text == "+49 30 1234567"))
        .collect();
    assert_eq!(phones.len(), 2, "once in each column");
    for d in phones {
        let Draw::Text { x, line, .. } = d else {
            unreachable!()
        };
        // Drawn left to right: "+" first on the left, the last digit last.
        let glyphs: Vec<_> = line.runs.iter().flat_map(|r| &r.glyphs).collect();
        assert_eq!(glyphs.first().unwrap().text, 0..1, "at x {x} of {w}");
        assert_eq!(glyphs.last().unwrap().text.end, line.text.len());
    }
}

#[test]
fn side_by_side_rows_line_up() {
    let doc = document(&uk_de(), Arrangement::SideBySide, Paper::A4, 3);
    let l = laid(&doc);
    let first_line = |n: usize| {
        texts(&l).find_map(|(p, d)| match d {
            Draw::Text {
                node: Some(m),
                baseline,
                ..
            } if *m == n => Some((p, *baseline)),
            _ => None,
        })
    };
    // The two parts hold the same structure; every heading pair shares page and baseline.
    let headings = |part: usize| -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack = vec![part];
        while let Some(n) = stack.pop() {
            if matches!(l.nodes[n].kind, Kind::H1 | Kind::H2 | Kind::H3) {
                out.push(n);
            }
            stack.extend(l.nodes[n].children.iter().rev());
        }
        out
    };
    let (a, b) = (headings(l.roots[0]), headings(l.roots[1]));
    assert_eq!(a.len(), b.len());
    assert!(a.len() > 8);
    for (x, y) in a.into_iter().zip(b) {
        assert_eq!(first_line(x), first_line(y));
    }
}

#[test]
fn right_to_left_with_latin_and_numbers_keeps_reading_order() {
    let fonts = fonts();
    let shaper = Shaper::new(&fonts).unwrap();
    let text = "مستشفى دمشق (Damascus Hospital) منذ 2015";
    let style = Style {
        size: 10.0,
        bold: false,
        rtl: true,
        lang: Some("ar"),
    };
    let lines = shaper.lines(text, style, 1000.0);
    assert_eq!(lines.len(), 1);
    let line = &lines[0];
    assert_eq!(line.text, text, "the text is kept as written");
    // Visual order, left to right: 2015, then منذ, then (Damascus Hospital), then the rest.
    let run_text = |i: usize| {
        let r = &line.runs[i];
        let start = r.glyphs.iter().map(|g| g.text.start).min().unwrap();
        let end = r.glyphs.iter().map(|g| g.text.end).max().unwrap();
        line.text[start..end].to_owned()
    };
    assert_eq!(run_text(0), "2015");
    assert!(!line.runs[0].rtl);
    let latin = (0..line.runs.len())
        .find(|&i| run_text(i).contains("Damascus"))
        .unwrap();
    assert!(!line.runs[latin].rtl);
    assert!(run_text(line.runs.len() - 1).starts_with("مستشفى"));
    // Brackets in right-to-left text are mirrored glyphs, but still stand for "(" and ")".
    let covered: usize = line
        .runs
        .iter()
        .flat_map(|r| &r.glyphs)
        .map(|g| g.text.len())
        .sum::<usize>();
    assert!(
        covered >= text.len() - 2,
        "every character is some glyph's text"
    );
}

#[test]
fn long_text_wraps_and_a_long_word_is_cut() {
    let fonts = fonts();
    let shaper = Shaper::new(&fonts).unwrap();
    let style = Style {
        size: 10.0,
        bold: false,
        rtl: false,
        lang: Some("de"),
    };
    let text = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherung ist ein langes Wort, und dieser Satz ist auch lang genug, um umzubrechen.";
    let lines = shaper.lines(text, style, 120.0);
    assert!(lines.len() >= 4);
    for line in &lines {
        assert!(
            line.width <= 120.0 + 0.01,
            "{:?} is {} wide",
            line.text,
            line.width
        );
    }
    let joined: String = lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(
        joined.replace(' ', ""),
        text.replace(' ', ""),
        "nothing lost or added"
    );
}

/// Every character the app can print, in every language it speaks, has a glyph (else
/// the PDF would show a box, and could not be PDF/UA): the UI's words, the names of
/// languages and countries, the occupation and skill labels.
#[test]
fn the_fonts_draw_every_language_the_app_speaks() {
    let fonts = fonts();
    let shaper = Shaper::new(&fonts).unwrap();
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut chars: std::collections::BTreeMap<char, String> = Default::default();
    let mut files = 0;
    for dir in ["locales", "src/names", "public/packs"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = e.unwrap().path();
            files += 1;
            for c in std::fs::read_to_string(&path).unwrap().chars() {
                chars.entry(c).or_insert_with(|| path.display().to_string());
            }
        }
    }
    assert!(
        files > 34 * 3 && chars.len() > 500,
        "{files} files, {} characters",
        chars.len()
    );
    // Signs the app shows on screen only, never in a PDF (the picker's "from the list"
    // mark, its keyboard hints).
    let screen_only = ['✓', '↑', '↓'];
    let missing: Vec<String> = chars
        .iter()
        .filter(|(c, _)| !c.is_control() && !screen_only.contains(c) && !shaper.covers(**c))
        .map(|(c, file)| format!("U+{:04X} {c} ({file})", u32::from(*c)))
        .collect();
    assert!(missing.is_empty(), "no font has: {missing:?}");
}
