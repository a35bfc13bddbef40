//! Reusable parts of the pages, one component per file.

mod choice_field;
mod code_list;
mod code_select;
mod confirm_dialog;
mod date_field;
mod field_issues;
mod file_actions;
mod language_picker;
mod notices;
mod progress_nav;
mod text_field;
mod yes_no_field;

pub use choice_field::ChoiceField;
pub use code_list::CodeList;
pub use code_select::CodeSelect;
pub use confirm_dialog::ConfirmDialog;
pub use date_field::DateField;
pub use field_issues::FieldIssues;
pub use file_actions::{open_dropped_file, FileActions};
pub use language_picker::LanguagePicker;
pub use notices::Notices;
pub use progress_nav::ProgressNav;
pub use text_field::TextField;
pub use yes_no_field::YesNoField;
