//! Reusable parts of the pages, one component per file.

mod choice_field;
mod code_list;
mod code_select;
mod coded_list;
mod confirm_dialog;
mod date_field;
mod esco_picker;
mod field_issues;
mod file_actions;
mod language_picker;
mod notices;
mod pdf_download;
mod progress_nav;
mod proposed_skills;
mod regulated_note;
mod second_language;
mod text_field;
mod yes_no_field;

pub use choice_field::ChoiceField;
pub use code_list::CodeList;
pub use code_select::CodeSelect;
pub use coded_list::{CodedList, CodedListAt};
pub use confirm_dialog::ConfirmDialog;
pub use date_field::DateField;
pub use esco_picker::EscoPicker;
pub use field_issues::FieldIssues;
pub use file_actions::{open_dropped_file, FileActions};
pub use language_picker::{endonym, LanguagePicker};
pub use notices::Notices;
pub use pdf_download::PdfDownload;
pub use progress_nav::ProgressNav;
pub use proposed_skills::ProposedSkills;
pub use regulated_note::RegulatedNote;
pub use second_language::SecondLanguage;
pub use text_field::TextField;
pub use yes_no_field::YesNoField;
