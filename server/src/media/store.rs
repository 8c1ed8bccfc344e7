//! Where processed pictures are kept: a folder in the data dir (one server), or the database
//! itself (several app servers on one PostgreSQL all see every picture). Either way a picture
//! is written whole and flushed to disk before anyone is told it is stored.

use std::io::Write;
use std::path::{Path, PathBuf};

use diesel::prelude::*;

use super::{Processed, Size};
use crate::db::schema::media_blobs;
use crate::db::{Backend, Database, DbConn};
use crate::domain::ids::MediaId;
use crate::error::AppError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreKind {
    Directory,
    Database,
}

impl StoreKind {
    /// `directory` or `database`; unset: the database when it is PostgreSQL (shared by every
    /// app server), else the folder.
    pub fn choose(setting: Option<&str>, backend: Backend) -> Result<StoreKind, AppError> {
        match setting.map(str::trim).filter(|s| !s.is_empty()) {
            Some("directory") => Ok(StoreKind::Directory),
            Some("database") => Ok(StoreKind::Database),
            Some(other) => Err(AppError::Config(format!(
                "--media-store は directory か database です（{other} は使えません）"
            ))),
            None => Ok(match backend {
                Backend::Postgres => StoreKind::Database,
                Backend::Sqlite => StoreKind::Directory,
            }),
        }
    }
}

pub enum MediaStore {
    /// `<data dir>/media/<id>-<size>.jpg`
    Directory(PathBuf),
    Database(Database),
}

impl MediaStore {
    pub fn open(kind: StoreKind, data_dir: &Path, db: &Database) -> Result<Self, AppError> {
        Ok(match kind {
            StoreKind::Directory => {
                let dir = data_dir.join("media");
                std::fs::create_dir_all(&dir).map_err(|e| {
                    AppError::Config(format!("{} を作れません: {e}", dir.display()))
                })?;
                MediaStore::Directory(dir)
            }
            StoreKind::Database => MediaStore::Database(db.clone()),
        })
    }

    pub fn kind(&self) -> StoreKind {
        match self {
            MediaStore::Directory(_) => StoreKind::Directory,
            MediaStore::Database(_) => StoreKind::Database,
        }
    }

    /// Keeps both sizes of a picture under a new id.
    pub async fn put(&self, id: &MediaId, p: Processed) -> Result<(), AppError> {
        let id = id.as_str();
        check_id(id)?;
        let parts = [(Size::Display, p.display), (Size::Thumb, p.thumb)];
        match self {
            MediaStore::Directory(dir) => {
                let (dir, id) = (dir.clone(), id.to_owned());
                actix_web::web::block(move || write_files(&dir, &id, &parts))
                    .await
                    .map_err(|e| AppError::Internal(format!("media write: {e}")))?
            }
            MediaStore::Database(db) => {
                let id = id.to_owned();
                db.write(move |conn| {
                    let rows: Vec<_> = parts
                        .into_iter()
                        .map(|(size, bytes)| {
                            (
                                media_blobs::media_id.eq(id.clone()),
                                media_blobs::size.eq(size.suffix()),
                                media_blobs::bytes.eq(bytes),
                            )
                        })
                        .collect();
                    match conn {
                        DbConn::Sqlite(c) => diesel::insert_into(media_blobs::table)
                            .values(rows)
                            .execute(c)?,
                        DbConn::Postgres(c) => diesel::insert_into(media_blobs::table)
                            .values(rows)
                            .execute(c)?,
                    };
                    Ok(())
                })
                .await
            }
        }
    }

    pub async fn get(&self, id: &MediaId, size: Size) -> Result<Vec<u8>, AppError> {
        let id = id.as_str();
        check_id(id)?;
        match self {
            MediaStore::Directory(dir) => {
                let path = dir.join(file_name(id, size));
                actix_web::web::block(move || std::fs::read(path))
                    .await
                    .map_err(|e| AppError::Internal(format!("media read: {e}")))?
                    .map_err(|_| AppError::NotFound)
            }
            MediaStore::Database(db) => {
                let id = id.to_owned();
                db.run(move |conn| {
                    media_blobs::table
                        .filter(media_blobs::media_id.eq(&id))
                        .filter(media_blobs::size.eq(size.suffix()))
                        .select(media_blobs::bytes)
                        .first::<Vec<u8>>(conn)
                        .optional()?
                        .ok_or(AppError::NotFound)
                })
                .await
            }
        }
    }
}

impl MediaStore {
    /// Forgets both sizes of a picture no row refers to any more (a place's photo taken off).
    /// Called after the rows are gone: a picture left behind by a failure here is never
    /// served, only kept.
    pub async fn remove(&self, id: &MediaId) -> Result<(), AppError> {
        let id = id.as_str();
        check_id(id)?;
        match self {
            MediaStore::Directory(dir) => {
                let paths: Vec<PathBuf> = [Size::Display, Size::Thumb]
                    .into_iter()
                    .map(|size| dir.join(file_name(id, size)))
                    .collect();
                actix_web::web::block(move || {
                    for path in paths {
                        match std::fs::remove_file(&path) {
                            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                                return Err(AppError::Internal(format!("media remove: {e}")))
                            }
                            _ => {}
                        }
                    }
                    Ok(())
                })
                .await
                .map_err(|e| AppError::Internal(format!("media remove: {e}")))?
            }
            MediaStore::Database(db) => {
                let id = id.to_owned();
                db.write(move |conn| {
                    let gone = media_blobs::table.filter(media_blobs::media_id.eq(id));
                    match conn {
                        DbConn::Sqlite(c) => diesel::delete(gone).execute(c)?,
                        DbConn::Postgres(c) => diesel::delete(gone).execute(c)?,
                    };
                    Ok(())
                })
                .await
            }
        }
    }
}

/// Ids are UUIDs; anything else never reaches the file system or the database.
fn check_id(id: &str) -> Result<(), AppError> {
    uuid::Uuid::parse_str(id)
        .map(|_| ())
        .map_err(|_| AppError::NotFound)
}

fn file_name(id: &str, size: Size) -> String {
    format!("{id}-{}.jpg", size.suffix())
}

/// Each file written to a temporary name, flushed, renamed into place, and the folder flushed,
/// so after a power cut a picture is either whole or absent.
fn write_files(dir: &Path, id: &str, parts: &[(Size, Vec<u8>)]) -> Result<(), AppError> {
    let fail = |e: std::io::Error| AppError::Internal(format!("media write: {e}"));
    for (size, bytes) in parts {
        write_whole(&dir.join(file_name(id, *size)), bytes).map_err(fail)?;
    }
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(fail)
}

/// For backups: copies the pictures of the folder store that `to` does not have yet (pictures
/// never change once written, so one copy serves every generation), each flushed to disk.
/// Run after the database copy, so every picture that copy refers to is already there.
pub fn copy_new_pictures(data_dir: &Path, to: &Path) -> Result<usize, AppError> {
    let from = data_dir.join("media");
    if !from.is_dir() {
        return Ok(0);
    }
    let to = to.join("media");
    let fail =
        |e: std::io::Error| AppError::Config(format!("写真のバックアップに失敗しました: {e}"));
    std::fs::create_dir_all(&to).map_err(fail)?;
    let mut copied = 0;
    for entry in std::fs::read_dir(&from).map_err(fail)? {
        let path = entry.map_err(fail)?.path();
        let Some(name) = path.file_name() else {
            continue;
        };
        if path.extension().map_or(true, |e| e != "jpg") || to.join(name).exists() {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(fail)?;
        write_whole(&to.join(name), &bytes).map_err(fail)?;
        copied += 1;
    }
    std::fs::File::open(&to)
        .and_then(|d| d.sync_all())
        .map_err(fail)?;
    Ok(copied)
}

fn write_whole(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension("tmp");
    let mut file = std::fs::File::create(&tmp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    std::fs::rename(&tmp, path)
}
