//! The enrollment lifecycle: where a person stands in the program, and the only ways to move.
//!
//! Each transition is a pure function of the current state and what happened; it returns the
//! change to store (or why it cannot be), so the data layer applies and never decides.
//! Completing the program (修了) is a transition of its own: attending the last session is one
//! way to it, a make-up session (振替) after the twelfth another, and the therapist's explicit
//! "the program is complete" with a reason the third — so nobody is stuck because they were
//! ill on the day of session 12.

use chrono::NaiveDate;

/// Where a person stands. New states (the graduation review, follow-up) are added here, with
/// their text in [`EnrollmentStatus::as_str`] and their moves below.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EnrollmentStatus {
    /// Referred by the 地域包括支援センター; no schedule yet.
    Referred,
    /// In the program: the twelve sessions are planned.
    Enrolled,
    /// The program is complete (修了).
    Completed,
    /// Stopped before the end, with a reason.
    Discontinued,
}

crate::text_enum!(EnrollmentStatus, "enrollment status", {
    Referred => "referred",
    Enrolled => "enrolled",
    // 修了 only: 卒業 is an outcome of the graduation review (`domain::graduation`).
    Completed => "completed",
    Discontinued => "discontinued",
});

impl EnrollmentStatus {
    /// The program is over for this person (completed or discontinued).
    pub fn is_over(self) -> bool {
        matches!(
            self,
            EnrollmentStatus::Completed | EnrollmentStatus::Discontinued
        )
    }
}

/// What to store after a transition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    pub status: EnrollmentStatus,
    /// `Some(d)` sets the start, `None` leaves it.
    pub started_on: Option<NaiveDate>,
    /// `Some(Some(d))` sets the end, `Some(None)` clears it, `None` leaves it.
    pub ended_on: Option<Option<NaiveDate>>,
}

/// Why a move is not possible, in words for staff (shown as 409).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused(pub &'static str);

/// The twelve sessions are planned: a referred person is now in the program.
pub fn schedule(status: EnrollmentStatus, first_date: NaiveDate) -> Result<Change, Refused> {
    match status {
        EnrollmentStatus::Referred | EnrollmentStatus::Enrolled => Ok(Change {
            status: EnrollmentStatus::Enrolled,
            started_on: Some(first_date),
            ended_on: None,
        }),
        EnrollmentStatus::Completed | EnrollmentStatus::Discontinued => {
            Err(Refused("修了・中断した方の予定は作れません。"))
        }
    }
}

/// A session's attendance was recorded (or corrected). `closing` says whether this is the
/// session that closes the program (the twelfth, or a make-up after it). Attending it
/// completes the program; correcting it to absent reopens a program it had completed.
pub fn record_attendance(
    status: EnrollmentStatus,
    closing: bool,
    attended: bool,
    on: NaiveDate,
) -> Result<Option<Change>, Refused> {
    match (status, closing, attended) {
        (EnrollmentStatus::Discontinued, ..) => {
            Err(Refused("中断している方の予定は変えられません。"))
        }
        (EnrollmentStatus::Enrolled, true, true) => Ok(Some(complete_on(on))),
        (EnrollmentStatus::Completed, true, false) => Ok(Some(reopen())),
        _ => Ok(None),
    }
}

/// The therapist declares the program complete (e.g. the last session was missed and no
/// make-up is wanted); a reason is required and kept by the caller.
pub fn complete(status: EnrollmentStatus, on: NaiveDate, reason: &str) -> Result<Change, Refused> {
    if reason.trim().is_empty() {
        return Err(Refused("修了にする理由をひとこと書いてください。"));
    }
    match status {
        EnrollmentStatus::Enrolled => Ok(complete_on(on)),
        EnrollmentStatus::Referred => Err(Refused(
            "まだ始まっていない方は修了にできません。予定を作ってください。",
        )),
        EnrollmentStatus::Completed | EnrollmentStatus::Discontinued => {
            Err(Refused("すでに修了または中断になっています。"))
        }
    }
}

/// The program stops early.
pub fn discontinue(status: EnrollmentStatus, on: NaiveDate) -> Result<Change, Refused> {
    match status {
        EnrollmentStatus::Referred | EnrollmentStatus::Enrolled => Ok(Change {
            status: EnrollmentStatus::Discontinued,
            started_on: None,
            ended_on: Some(Some(on)),
        }),
        EnrollmentStatus::Completed | EnrollmentStatus::Discontinued => {
            Err(Refused("すでに修了または中断になっています。"))
        }
    }
}

fn complete_on(on: NaiveDate) -> Change {
    Change {
        status: EnrollmentStatus::Completed,
        started_on: None,
        ended_on: Some(Some(on)),
    }
}

fn reopen() -> Change {
    Change {
        status: EnrollmentStatus::Enrolled,
        started_on: None,
        ended_on: Some(None),
    }
}

#[cfg(test)]
mod tests {
    use super::EnrollmentStatus::*;
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    #[test]
    fn every_state_reads_back_and_an_unknown_one_is_an_error() {
        use crate::domain::text::TextEnum;
        for s in <EnrollmentStatus as TextEnum>::ALL {
            assert_eq!(EnrollmentStatus::from_text(s.as_str()), Ok(*s));
        }
        assert!(EnrollmentStatus::from_text("finished").is_err());
        assert!(EnrollmentStatus::from_text("").is_err());
        assert!(Completed.is_over() && Discontinued.is_over());
        assert!(!Referred.is_over() && !Enrolled.is_over());
    }

    #[test]
    fn scheduling_starts_the_program() {
        let change = schedule(Referred, day(1)).unwrap();
        assert_eq!(change.status, Enrolled);
        assert_eq!(change.started_on, Some(day(1)));
        assert!(schedule(Completed, day(1)).is_err());
        assert!(schedule(Discontinued, day(1)).is_err());
    }

    #[test]
    fn attending_the_closing_session_completes_and_a_correction_reopens() {
        let done = record_attendance(Enrolled, true, true, day(20))
            .unwrap()
            .unwrap();
        assert_eq!(done.status, Completed);
        assert_eq!(done.ended_on, Some(Some(day(20))));
        // Any other session, or absence at the last: no change of state.
        assert_eq!(record_attendance(Enrolled, false, true, day(2)), Ok(None));
        assert_eq!(record_attendance(Enrolled, true, false, day(20)), Ok(None));
        // Attendance corrected to absent after completing: back in the program.
        let reopened = record_attendance(Completed, true, false, day(20))
            .unwrap()
            .unwrap();
        assert_eq!(reopened.status, Enrolled);
        assert_eq!(reopened.ended_on, Some(None));
        assert_eq!(record_attendance(Completed, true, true, day(20)), Ok(None));
        assert!(record_attendance(Discontinued, false, true, day(2)).is_err());
    }

    #[test]
    fn the_therapist_may_complete_with_a_reason() {
        let done = complete(
            Enrolled,
            day(21),
            "12回目を体調不良で欠席。振替は希望されず。",
        )
        .unwrap();
        assert_eq!(done.status, Completed);
        assert_eq!(done.ended_on, Some(Some(day(21))));
        assert!(complete(Enrolled, day(21), "  ").is_err());
        assert!(complete(Referred, day(21), "理由").is_err());
        assert!(complete(Completed, day(21), "理由").is_err());
        assert!(complete(Discontinued, day(21), "理由").is_err());
    }

    #[test]
    fn discontinuing_ends_an_active_program_only() {
        for from in [Referred, Enrolled] {
            let change = discontinue(from, day(9)).unwrap();
            assert_eq!(change.status, Discontinued);
            assert_eq!(change.ended_on, Some(Some(day(9))));
        }
        assert!(discontinue(Completed, day(9)).is_err());
        assert!(discontinue(Discontinued, day(9)).is_err());
    }
}
