use leptos::prelude::*;
use skillmap_profile::search::PackKind;
use skillmap_profile::{EscoUri, Occupation, Profile, SkillRef};

use super::EscoPicker;
use crate::i18n::*;
use crate::state::use_app_state;

/// Which list of coded answers (skills or occupations) in the profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodedListAt {
    /// Skills for work.
    Occupational,
    /// Personal (transversal) skills.
    Soft,
    /// The skills used in one job.
    Work(usize),
    /// The jobs the person would like.
    Targets,
}

/// An answer: the concept chosen, if any, and the words shown.
type Coded = (Option<EscoUri>, String);

impl CodedListAt {
    fn skills(self, p: &Profile) -> Option<&Vec<SkillRef>> {
        match self {
            CodedListAt::Occupational => Some(&p.skills.occupational),
            CodedListAt::Soft => Some(&p.skills.soft),
            CodedListAt::Work(i) => p.work.get(i).map(|w| &w.skills_used),
            CodedListAt::Targets => None,
        }
    }

    fn skills_mut(self, p: &mut Profile) -> Option<&mut Vec<SkillRef>> {
        match self {
            CodedListAt::Occupational => Some(&mut p.skills.occupational),
            CodedListAt::Soft => Some(&mut p.skills.soft),
            CodedListAt::Work(i) => p.work.get_mut(i).map(|w| &mut w.skills_used),
            CodedListAt::Targets => None,
        }
    }

    /// Occupations or skills.
    pub fn kind(self) -> PackKind {
        match self {
            CodedListAt::Targets => PackKind::Occupations,
            _ => PackKind::Skills,
        }
    }

    /// How many items.
    pub fn len(self, p: &Profile) -> usize {
        match self {
            CodedListAt::Targets => p.goals.target_occupations.len(),
            _ => self.skills(p).map_or(0, Vec::len),
        }
    }

    /// The `i`th answer.
    pub fn item(self, p: &Profile, i: usize) -> Option<Coded> {
        match self {
            CodedListAt::Targets => p
                .goals
                .target_occupations
                .get(i)
                .map(|o| (o.esco.clone(), o.text.clone())),
            _ => self
                .skills(p)?
                .get(i)
                .map(|s| (s.esco.clone(), s.text.clone())),
        }
    }

    /// True when the list has this concept.
    pub fn contains(self, p: &Profile, uri: &EscoUri) -> bool {
        (0..self.len(p)).any(|i| {
            self.item(p, i)
                .is_some_and(|(e, _)| e.as_ref() == Some(uri))
        })
    }

    fn set(self, p: &mut Profile, i: usize, (esco, text): Coded) {
        match self {
            CodedListAt::Targets => {
                if let Some(o) = p.goals.target_occupations.get_mut(i) {
                    *o = Occupation { esco, text };
                }
            }
            _ => {
                if let Some(s) = self.skills_mut(p).and_then(|l| l.get_mut(i)) {
                    *s = SkillRef { esco, text };
                }
            }
        }
    }

    /// Adds an answer; returns its position.
    fn push(self, p: &mut Profile, (esco, text): Coded) -> Option<usize> {
        match self {
            CodedListAt::Targets => {
                p.goals.target_occupations.push(Occupation { esco, text });
                Some(p.goals.target_occupations.len() - 1)
            }
            _ => {
                let l = self.skills_mut(p)?;
                l.push(SkillRef { esco, text });
                Some(l.len() - 1)
            }
        }
    }

    fn remove(self, p: &mut Profile, i: usize) {
        match self {
            CodedListAt::Targets if i < p.goals.target_occupations.len() => {
                p.goals.target_occupations.remove(i);
            }
            _ => {
                if let Some(l) = self.skills_mut(p).filter(|l| i < l.len()) {
                    l.remove(i);
                }
            }
        }
    }

    /// Adds a coded answer unless the list has it (filling an empty row first, so "Add"
    /// then ticking leaves no gap); with `on` false, removes it.
    pub fn toggle(self, p: &mut Profile, uri: &EscoUri, label: &str, on: bool) {
        let has = self.contains(p, uri);
        if on && !has {
            let empty = (0..self.len(p)).find(|&i| {
                self.item(p, i)
                    .is_some_and(|(e, t)| e.is_none() && t.trim().is_empty())
            });
            let value = (Some(uri.clone()), label.to_owned());
            match empty {
                Some(i) => self.set(p, i, value),
                None => {
                    self.push(p, value);
                }
            }
        } else if !on {
            while let Some(i) = (0..self.len(p)).find(|&i| {
                self.item(p, i)
                    .is_some_and(|(e, _)| e.as_ref() == Some(uri))
            }) {
                self.remove(p, i);
            }
        }
    }

    fn id(self) -> String {
        match self {
            CodedListAt::Occupational => "occupational".into(),
            CodedListAt::Soft => "soft".into(),
            CodedListAt::Work(i) => format!("work-{i}-skill"),
            CodedListAt::Targets => "target".into(),
        }
    }
}

/// A list of skills or occupations, each found in the ESCO list as the person types or
/// written in their own words, with a button to add one and one to remove each.
#[component]
pub fn CodedList(
    /// Which list.
    at: CodedListAt,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let id = at.id();
    let count = Memo::new(move |_| state.profile.with(|p| at.len(p)));
    let rows = {
        let id = id.clone();
        move || {
            (0..count.get())
                .map(|i| {
                    let input_id = format!("{id}-{i}");
                    let (value, set_value) = state.lens(
                        move |p| at.item(p, i).unwrap_or_default(),
                        move |p, v| at.set(p, i, v),
                    );
                    let esco = Signal::derive(move || value.with(|v| v.0.clone()));
                    let text = Signal::derive(move || value.with(|v| v.1.clone()));
                    let n = i + 1;
                    let label = Signal::derive(move || match at {
                        CodedListAt::Targets => t_string!(i18n, goals.targets.item, n = n).to_string(),
                        _ => t_string!(i18n, skills.skill_n, n = n).to_string(),
                    });
                    view! {
                        <li class="coded-row">
                            <EscoPicker id=input_id label=label kind=at.kind()
                                esco=esco text=text on_change=set_value />
                            <button type="button" class="secondary small"
                                aria-label=move || format!("{} – {}", t_string!(i18n, common.remove), text.get())
                                on:click=move |_| state.profile.update(|p| at.remove(p, i))>
                                {tr!(i18n, common.remove)}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    let add_label = move || match at {
        CodedListAt::Targets => t_string!(i18n, goals.targets.add),
        _ => t_string!(i18n, skills.add_skill),
    };
    view! {
        <ul class="coded-list">{rows}</ul>
        <button type="button" class="add secondary"
            on:click=move |_| {
                if let Some(i) = state.profile.try_update(|p| at.push(p, Default::default())).flatten() {
                    let id = at.id();
                    request_animation_frame(move || crate::browser::focus(&format!("{id}-{i}")));
                }
            }>
            {add_label}
        </button>
    }
}
