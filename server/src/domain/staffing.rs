//! The staffing check, by the municipality's rule (`StaffingRule`):
//!
//! - **model** — the model program (seed 000 「人員基準」「施設基準」): up to 10 places, one
//!   full-time PT/OT and one nurse; 11 or more, one more aide (補助スタッフ, 介護福祉士
//!   included); a room of at least 3 m² per place.
//! - **kusatsu** — 草津市の基準 for 通所型サービスC (seed 004 「サービスの人員・設備基準」): a
//!   nurse, an exercise instructor or aide (運動指導員・運動補助員) always at least one each,
//!   and at least one rehabilitation professional, whatever the number of places; 3 m² a place.

use serde::Serialize;
use utoipa::ToSchema;

use super::administration::StaffingRule;

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
    /// The municipality's rule the cohort was checked against.
    pub rule: StaffingRule,
    pub ok: bool,
    /// What breaks the rule, in Japanese; empty when it holds.
    pub problems: Vec<String>,
    pub required: Required,
}

pub const AREA_PER_PLACE_M2: f64 = 3.0;

pub fn required(rule: StaffingRule, places: i32) -> Required {
    let aides = match rule {
        StaffingRule::Model => i32::from(places >= 11),
        StaffingRule::Kusatsu => 1,
    };
    Required {
        therapists: 1,
        nurses: 1,
        aides,
        room_area_m2: AREA_PER_PLACE_M2 * f64::from(places),
    }
}

pub fn check(rule: StaffingRule, s: &Staffing) -> StaffingCheck {
    let need = required(rule, s.places);
    let mut problems = Vec::new();
    if s.therapists < need.therapists {
        problems.push(match rule {
            StaffingRule::Model => {
                "理学療法士または作業療法士（専従1名）が配置されていません。".to_owned()
            }
            StaffingRule::Kusatsu => {
                "リハビリテーション専門職（1名以上）が配置されていません。".to_owned()
            }
        });
    }
    if s.nurses < need.nurses {
        problems.push(match rule {
            StaffingRule::Model => "看護職員（専従1名）が配置されていません。".to_owned(),
            StaffingRule::Kusatsu => "看護職員（常時1名以上）が配置されていません。".to_owned(),
        });
    }
    if s.aides < need.aides {
        problems.push(match rule {
            StaffingRule::Model => format!(
                "定員が{}名のため、補助スタッフ（介護福祉士を含む）があと{}名必要です。",
                s.places,
                need.aides - s.aides
            ),
            StaffingRule::Kusatsu => {
                "運動指導員または運動補助員（常時1名以上）が配置されていません。".to_owned()
            }
        });
    }
    // Compare in tenths of a square metre: 3 m² × places is exact there.
    if (s.room_area_m2 * 10.0).round() < (need.room_area_m2 * 10.0).round() {
        problems.push(format!(
            "部屋の広さが足りません（{:.1} m²。定員{}名には {:.1} m² 以上が必要です）。",
            s.room_area_m2, s.places, need.room_area_m2
        ));
    }
    StaffingCheck {
        rule,
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

    fn check(s: &Staffing) -> StaffingCheck {
        super::check(StaffingRule::Model, s)
    }

    fn kusatsu(s: &Staffing) -> StaffingCheck {
        super::check(StaffingRule::Kusatsu, s)
    }

    #[test]
    fn kusatsu_needs_an_exercise_instructor_or_aide_at_any_size() {
        // Eight places: enough under the model rule, one short under Kusatsu's.
        let small = cohort(8, 24.0, 1, 1, 0);
        assert!(check(&small).ok);
        let c = kusatsu(&small);
        assert!(!c.ok);
        assert_eq!(c.problems.len(), 1);
        assert!(c.problems[0].contains("運動指導員"), "{:?}", c.problems);
        assert_eq!(c.required.aides, 1);
        assert!(kusatsu(&cohort(8, 24.0, 1, 1, 1)).ok);
        // Many places need no second aide under Kusatsu's rule.
        assert!(kusatsu(&cohort(15, 45.0, 1, 1, 1)).ok);
    }

    #[test]
    fn kusatsu_names_its_own_roles_and_keeps_three_square_metres() {
        let c = kusatsu(&cohort(10, 29.9, 0, 0, 0));
        assert_eq!(c.problems.len(), 4, "{:?}", c.problems);
        assert!(c.problems[0].contains("リハビリテーション専門職"));
        assert!(c.problems[1].contains("常時1名以上"));
        assert!(c.problems[3].contains("30.0"));
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
