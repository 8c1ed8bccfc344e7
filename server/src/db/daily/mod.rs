//! The participant's daily loop: exercises and prescriptions, the append-only record of what
//! the person did (synced in batches from the phone), the small successes found in it, staff's
//! words of recognition, and the therapist's view of the day-to-day. One file per part; the
//! functions other modules call are named here. The shapes on the wire are in
//! [`crate::wire::daily`].

mod changes;
mod exercises;
mod media;
mod prescriptions;
mod records;
mod successes;
mod view;

pub use changes::{add_message, changes};
pub use exercises::{
    create_local_exercise, ensure_local_exercise, library, list_exercises, set_exercise_picture,
};
pub(crate) use media::insert_media;
pub use media::{add_photo, may_view_media, Viewer};
pub(super) use prescriptions::load_prescriptions;
pub use prescriptions::{list_prescriptions, prescribe};
pub use records::{enter_paper, sync, MAX_BATCH, PAPER_DEVICE};
pub(crate) use records::{family_records, records};
pub use successes::refresh_successes;
pub(crate) use successes::stored_successes;
pub use view::{daily_view, signals_since, Signals};
