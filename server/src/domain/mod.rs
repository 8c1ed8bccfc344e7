//! Pure rules of the program: no I/O, exhaustively unit-tested.

pub mod attention;
pub mod daily;
pub mod eligibility;
pub mod enrollment;
pub mod evaluation;
pub mod events;
pub mod exercises;
pub mod followup;
pub mod goals;
pub mod ids;
pub mod interest;
pub mod names;
pub mod notebook;
pub mod performance;
pub mod policy;
pub mod program;
pub mod reminders;
pub mod role;
pub mod safety;
pub mod sessions;
pub mod staffing;
pub mod successes;
pub mod text;
pub mod values;
