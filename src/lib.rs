//! skillmap's web app: the Leptos UI over the pure core in `skillmap-profile`.
//!
//! - [`App`] provides the state and the i18n context and lays out the page.
//! - `pages/` holds one component per step of the profile; `widgets/` the reusable parts.
//! - `browser` is the only module that talks to web-sys: storage, files, downloads, Intl.

#[macro_use]
mod macros;

mod app;
pub mod browser;
pub mod i18n;
mod labels;
pub mod names;
mod pages;
mod reading;
mod route;
mod state;
pub mod taxonomy;
mod widgets;

pub use app::App;
pub use route::Page;
