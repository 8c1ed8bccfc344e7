//! Pure rules of the program: no I/O, exhaustively unit-tested.

pub mod eligibility;
pub mod names;
pub mod program;
pub mod role;
