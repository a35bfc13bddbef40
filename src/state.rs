//! The one app-level state value: the profile, and what the app says about saving it.
//!
//! Autosave and import share `skillmap_profile::decode`; autosave writes exactly what an
//! export writes (`encode`), so a saved profile is always a valid skillmap file.

use leptos::prelude::*;
use skillmap_profile::{decode, encode, validate, ImportError, Issue, LanguageCode, Profile};

use crate::browser;

/// Where autosave keeps the profile.
pub const STORAGE_KEY: &str = "skillmap.profile";
/// Where saved work that could not be opened is moved, so it is never overwritten.
pub const UNREADABLE_KEY: &str = "skillmap.profile.unreadable";

/// Whether autosave works.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageStatus {
    /// Every change is saved on this device.
    Saving,
    /// The browser refuses storage: work lives only in this page.
    Unavailable,
    /// Saved work could not be opened; it was kept aside under [`UNREADABLE_KEY`].
    KeptAside(ImportError),
}

/// Something to tell the person once, in the live region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A file was opened and replaced the profile.
    Imported(String),
    /// A file could not be opened; the profile is unchanged.
    ImportFailed(ImportError),
    /// The chosen file could not be read at all.
    FileUnreadable,
    /// The profile was downloaded.
    Exported,
    /// The browser refused to make the download.
    ExportFailed,
    /// The profile was cleared.
    Cleared,
    /// A PDF of the profile was downloaded.
    PdfMade,
    /// A PDF could not be made, or a PDF could not be opened; the profile is unchanged.
    PdfFailed(browser::PdfFailure),
}

/// The app's state, provided once in `<App/>`. Cheap to copy.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The profile being built.
    pub profile: RwSignal<Profile>,
    /// Whether autosave works.
    pub storage: RwSignal<StorageStatus>,
    /// The latest notice for the live region.
    pub notice: RwSignal<Option<Notice>>,
    /// A decoded import waiting for the person to confirm replacing their profile.
    pub pending_import: RwSignal<Option<(Profile, String)>>,
    /// Validation findings for the current profile, as of today on the device clock.
    pub issues: Memo<Vec<Issue>>,
    /// The UI language now showing; free text is taken to be written in it.
    pub ui_language: RwSignal<Option<LanguageCode>>,
}

impl AppState {
    /// Restores saved work (if any) and starts autosaving every change.
    pub fn start() -> Self {
        let (profile, storage, may_save) = restore();
        let profile = RwSignal::new(profile);
        let storage = RwSignal::new(storage);
        let today = browser::today();
        let issues = Memo::new(move |_| profile.with(|p| validate(p, today)));
        Effect::new(move |_| {
            let text = profile.with(encode);
            if !may_save {
                return;
            }
            match browser::storage_set(STORAGE_KEY, &text) {
                Ok(()) => {
                    if storage.get_untracked() == StorageStatus::Unavailable {
                        storage.set(StorageStatus::Saving);
                    }
                }
                Err(_) => storage.set(StorageStatus::Unavailable),
            }
        });
        Self {
            profile,
            storage,
            notice: RwSignal::new(None),
            pending_import: RwSignal::new(None),
            issues,
            ui_language: RwSignal::new(None),
        }
    }

    /// A reactive view of one part of the profile, and a way to change it.
    pub fn lens<T>(
        self,
        get: impl Fn(&Profile) -> T + Send + Sync + 'static,
        set: impl Fn(&mut Profile, T) + Send + Sync + 'static,
    ) -> (Signal<T>, Callback<T>)
    where
        T: Clone + Send + Sync + 'static,
    {
        let profile = self.profile;
        let ui_language = self.ui_language;
        (
            Signal::derive(move || profile.with(|p| get(p))),
            Callback::new(move |v| {
                profile.update(|p| {
                    set(p, v);
                    // The first answer fixes the language the profile's free text is in.
                    if p.written_in.is_none() {
                        p.written_in = ui_language.get_untracked();
                    }
                })
            }),
        )
    }

    /// Opens a file's bytes: replaces the profile at once when it is empty, otherwise
    /// waits for the person to confirm. A failure leaves the profile exactly as it was.
    /// A PDF is opened by the skillmap file it carries (read in the PDF worker), through
    /// the same decode as any file.
    pub fn open_file(self, bytes: &[u8], name: String) {
        if bytes.starts_with(b"%PDF-") {
            let bytes = bytes.to_vec();
            leptos::task::spawn_local(async move {
                match browser::read_pdf(&bytes).await {
                    Ok(json) => self.open_decoded(&json, name),
                    Err(f) => self.notice.set(Some(Notice::PdfFailed(f))),
                }
            });
            return;
        }
        self.open_decoded(bytes, name);
    }

    fn open_decoded(self, bytes: &[u8], name: String) {
        match decode(bytes) {
            Err(e) => self.notice.set(Some(Notice::ImportFailed(e))),
            Ok(imported) => {
                if self.profile.with_untracked(Profile::is_empty) {
                    self.replace(imported, name);
                } else {
                    self.pending_import.set(Some((imported, name)));
                }
            }
        }
    }

    /// Replaces the profile with an imported one.
    pub fn replace(self, imported: Profile, name: String) {
        self.pending_import.set(None);
        self.profile.set(imported);
        self.notice.set(Some(Notice::Imported(name)));
    }

    /// Clears the profile, keeping the chosen UI language.
    pub fn clear(self) {
        let ui_language = self
            .profile
            .with_untracked(|p| p.personal.ui_language.clone());
        let mut fresh = Profile::default();
        fresh.personal.ui_language = ui_language;
        self.profile.set(fresh);
        self.notice.set(Some(Notice::Cleared));
    }

    /// Downloads the profile as a skillmap file.
    pub fn export(self) {
        let text = self.profile.with_untracked(encode);
        let name = format!("skillmap-profile-{}.json", browser::today_iso());
        let notice = match browser::download(&name, "application/json", &text) {
            Ok(()) => Notice::Exported,
            Err(_) => Notice::ExportFailed,
        };
        self.notice.set(Some(notice));
    }
}

/// Saved work, or an empty profile and why nothing was restored; and whether autosave may
/// write (it may not when saved work could be neither read nor kept aside).
fn restore() -> (Profile, StorageStatus, bool) {
    match browser::storage_get(STORAGE_KEY) {
        Err(_) => (Profile::default(), StorageStatus::Unavailable, true),
        Ok(None) => (Profile::default(), StorageStatus::Saving, true),
        Ok(Some(text)) => match decode(text.as_bytes()) {
            Ok(p) => (p, StorageStatus::Saving, true),
            Err(e) => {
                // Never overwrite what we cannot read (a newer app version may have written it).
                match browser::storage_set(UNREADABLE_KEY, &text) {
                    Ok(()) => (Profile::default(), StorageStatus::KeptAside(e), true),
                    Err(_) => (Profile::default(), StorageStatus::Unavailable, false),
                }
            }
        },
    }
}

/// The app state.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
