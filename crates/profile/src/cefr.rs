//! The Common European Framework of Reference for Languages: six levels, five skills.

use serde::{Deserialize, Serialize};

/// A CEFR level, from A1 (beginner) to C2 (mastery).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
pub enum CefrLevel {
    /// Beginner.
    A1,
    /// Elementary.
    A2,
    /// Intermediate.
    B1,
    /// Upper intermediate.
    B2,
    /// Advanced.
    C1,
    /// Mastery.
    C2,
}

impl CefrLevel {
    /// All levels, lowest first.
    pub const ALL: [CefrLevel; 6] = [Self::A1, Self::A2, Self::B1, Self::B2, Self::C1, Self::C2];

    /// The level's code, as people write it (`B2`).
    pub fn code(self) -> &'static str {
        match self {
            Self::A1 => "A1",
            Self::A2 => "A2",
            Self::B1 => "B1",
            Self::B2 => "B2",
            Self::C1 => "C1",
            Self::C2 => "C2",
        }
    }

    /// The inverse of [`Self::code`].
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// The five language skills of the Europass self-assessment grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LanguageSkillArea {
    /// Understanding: listening.
    Listening,
    /// Understanding: reading.
    Reading,
    /// Speaking: taking part in a conversation.
    SpokenInteraction,
    /// Speaking: talking on one's own.
    SpokenProduction,
    /// Writing.
    Writing,
}

impl LanguageSkillArea {
    /// All five, in the grid's order.
    pub const ALL: [LanguageSkillArea; 5] = [
        Self::Listening,
        Self::Reading,
        Self::SpokenInteraction,
        Self::SpokenProduction,
        Self::Writing,
    ];
}

/// A self-assessed level per skill; `None` where the person has not said.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct CefrGrid {
    /// Listening.
    pub listening: Option<CefrLevel>,
    /// Reading.
    pub reading: Option<CefrLevel>,
    /// Spoken interaction.
    pub spoken_interaction: Option<CefrLevel>,
    /// Spoken production.
    pub spoken_production: Option<CefrLevel>,
    /// Writing.
    pub writing: Option<CefrLevel>,
}

impl CefrGrid {
    /// The level for one skill.
    pub fn level(&self, area: LanguageSkillArea) -> Option<CefrLevel> {
        match area {
            LanguageSkillArea::Listening => self.listening,
            LanguageSkillArea::Reading => self.reading,
            LanguageSkillArea::SpokenInteraction => self.spoken_interaction,
            LanguageSkillArea::SpokenProduction => self.spoken_production,
            LanguageSkillArea::Writing => self.writing,
        }
    }

    /// Sets (or clears) the level for one skill.
    pub fn set_level(&mut self, area: LanguageSkillArea, level: Option<CefrLevel>) {
        let slot = match area {
            LanguageSkillArea::Listening => &mut self.listening,
            LanguageSkillArea::Reading => &mut self.reading,
            LanguageSkillArea::SpokenInteraction => &mut self.spoken_interaction,
            LanguageSkillArea::SpokenProduction => &mut self.spoken_production,
            LanguageSkillArea::Writing => &mut self.writing,
        };
        *slot = level;
    }

    /// True when no skill has a level.
    pub fn is_empty(&self) -> bool {
        LanguageSkillArea::ALL
            .iter()
            .all(|a| self.level(*a).is_none())
    }
}
