//! The staffing check of the model program (seed 000 「人員基準」「施設基準」): up to 10 places,
//! one full-time PT/OT and one nurse; 11 or more, one more aide (補助スタッフ, 介護福祉士
//! included); a room of at least 3 m² per place.

use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Staffing {
    pub places: i32,
    pub room_area_m2: f64,
    pub therapists: i32,
    pub nurses: i32,
    pub aides: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Required {
    pub therapists: i32,
    pub nurses: i32,
    pub aides: i32,
    pub room_area_m2: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct StaffingCheck {
    pub ok: bool,
    /// What breaks the rule, in Japanese; empty when it holds.
    pub problems: Vec<String>,
    pub required: Required,
}

pub const AREA_PER_PLACE_M2: f64 = 3.0;

pub fn required(places: i32) -> Required {
    Required {
        therapists: 1,
        nurses: 1,
        aides: if places >= 11 { 1 } else { 0 },
        room_area_m2: AREA_PER_PLACE_M2 * f64::from(places),
    }
}

pub fn check(s: &Staffing) -> StaffingCheck {
    let need = required(s.places);
    let mut problems = Vec::new();
    if s.therapists < need.therapists {
        problems.push("理学療法士または作業療法士（専従1名）が配置されていません。".to_owned());
    }
    if s.nurses < need.nurses {
        problems.push("看護職員（専従1名）が配置されていません。".to_owned());
    }
    if s.aides < need.aides {
        problems.push(format!(
            "定員が{}名のため、補助スタッフ（介護福祉士を含む）があと{}名必要です。",
            s.places,
            need.aides - s.aides
        ));
    }
    // Compare in tenths of a square metre: 3 m² × places is exact there.
    if (s.room_area_m2 * 10.0).round() < (need.room_area_m2 * 10.0).round() {
        problems.push(format!(
            "部屋の広さが足りません（{:.1} m²。定員{}名には {:.1} m² 以上が必要です）。",
            s.room_area_m2, s.places, need.room_area_m2
        ));
    }
    StaffingCheck {
        ok: problems.is_empty(),
        problems,
        required: need,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cohort(places: i32, area: f64, therapists: i32, nurses: i32, aides: i32) -> Staffing {
        Staffing {
            places,
            room_area_m2: area,
            therapists,
            nurses,
            aides,
        }
    }

    #[test]
    fn ten_places_need_one_therapist_one_nurse_and_thirty_square_metres() {
        let c = check(&cohort(10, 30.0, 1, 1, 0));
        assert!(c.ok, "{:?}", c.problems);
        assert_eq!(
            c.required,
            Required {
                therapists: 1,
                nurses: 1,
                aides: 0,
                room_area_m2: 30.0
            }
        );
    }

    #[test]
    fn eleven_places_need_one_more_aide() {
        let c = check(&cohort(11, 33.0, 1, 1, 0));
        assert!(!c.ok);
        assert_eq!(c.problems.len(), 1);
        assert!(c.problems[0].contains("補助スタッフ"));
        assert!(check(&cohort(11, 33.0, 1, 1, 1)).ok);
    }

    #[test]
    fn the_room_must_be_three_square_metres_a_place() {
        assert!(
            check(&cohort(12, 36.0, 1, 1, 1)).ok,
            "exactly 3 m² a place is enough"
        );
        let c = check(&cohort(12, 35.9, 1, 1, 1));
        assert!(!c.ok);
        assert!(c.problems[0].contains("36.0"));
    }

    #[test]
    fn every_missing_role_is_named() {
        let c = check(&cohort(8, 24.0, 0, 0, 0));
        assert_eq!(c.problems.len(), 2);
        assert!(c.problems[0].contains("理学療法士"));
        assert!(c.problems[1].contains("看護職員"));
    }
}
