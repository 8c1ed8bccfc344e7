//! Graduates who give back (担い手・ボランティア), the circle (循環型) of the program: the
//! registration's status and its one transition rule, what an activity may record, the open
//! roles of the places directory, and matching a volunteer to those roles with reasons in
//! words — like places to people (`domain::places`). Pure rules; the registry lives under its
//! own consent (`volunteer_registry`), which the data layer checks.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Where a registration stands: interested → trained → active → paused (and back to active).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum VolunteerStatus {
    /// 関心あり: said yes to the offer.
    Interested,
    /// 研修済み: took the training (介護予防サポーター講座 など).
    Trained,
    /// 活動中
    Active,
    /// 休止中
    Paused,
}

crate::text_enum!(VolunteerStatus, "volunteer status", {
    Interested => "interested",
    Trained => "trained",
    Active => "active",
    Paused => "paused",
});

impl VolunteerStatus {
    pub fn label(self) -> &'static str {
        match self {
            VolunteerStatus::Interested => "関心あり",
            VolunteerStatus::Trained => "研修済み",
            VolunteerStatus::Active => "活動中",
            VolunteerStatus::Paused => "休止中",
        }
    }
}

/// The one transition rule. Forward one step at a time (interested → trained → active); an
/// active volunteer may pause and come back; someone not yet active may step back (pause)
/// without having started. Nothing else — in particular a pause never skips the training.
pub fn transition(from: VolunteerStatus, to: VolunteerStatus) -> Result<(), &'static str> {
    use VolunteerStatus::*;
    match (from, to) {
        (Interested, Trained) | (Trained, Active) | (Active, Paused) | (Paused, Active) => Ok(()),
        (Interested | Trained, Paused) => Ok(()),
        (Paused, Trained) => Ok(()),
        (a, b) if a == b => Err("いまと同じ状態です。"),
        (Interested, Active) => Err("活動の前に研修（講座）を受けた記録をしてください。"),
        (Paused, Interested) | (Trained, Interested) | (Active, Interested) => {
            Err("「関心あり」には戻せません。休止にしてください。")
        }
        (Active, Trained) => Err("活動中の方は「休止」にできます。"),
        _ => Err("この変更はできません。"),
    }
}

/// How the sign-up was offered (never a condition of anything).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OfferedAt {
    /// At the graduation review.
    Graduation,
    /// At the 6-month follow-up.
    FollowUp,
    /// On the person's own phone.
    Phone,
    Other,
}

crate::text_enum!(OfferedAt, "volunteer offer", {
    Graduation => "graduation",
    FollowUp => "follow_up",
    Phone => "phone",
    Other => "other",
});

/// Activities are logged only for an active volunteer.
pub fn may_log(status: VolunteerStatus) -> Result<(), &'static str> {
    match status {
        VolunteerStatus::Active => Ok(()),
        _ => Err("活動の記録は「活動中」の方だけです。先に状態を「活動中」にしてください。"),
    }
}

/// One activity lasts between 15 minutes and 12 hours, in steps of 15 minutes.
pub fn check_minutes(minutes: i32) -> Result<(), &'static str> {
    if !(15..=720).contains(&minutes) || minutes % 15 != 0 {
        return Err("活動時間は15分単位で、15分から12時間までです。");
    }
    Ok(())
}

/// The open roles a place lists (one text, separated by 、 , ， ; or new lines; ・ stays inside
/// a role such as 「鍵開け・閉め」), trimmed, empty ones dropped, each once.
pub fn split_roles(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in text.split(['、', ',', '，', ';', '；', '\n']) {
        let role = part.trim();
        if !role.is_empty() && !out.iter().any(|r| r == role) {
            out.push(role.to_owned());
        }
    }
    out
}

/// What matching needs of a volunteer.
pub struct Volunteer<'a> {
    pub status: VolunteerStatus,
    /// Roles they would like (from the directory, or their own words).
    pub roles: &'a [String],
    /// Skills and former work, in their words.
    pub skills: &'a str,
    pub area: Option<&'a str>,
}

/// An open role at a place.
pub struct OpenRole<'a> {
    pub role: &'a str,
    pub place_area: Option<&'a str>,
}

/// The product weights, shown with the result.
pub const WANTED: u32 = 3;
pub const SKILL: u32 = 2;
pub const SAME_AREA: u32 = 1;

/// A role's score for a volunteer, with its reasons in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scored {
    pub score: u32,
    pub reasons: Vec<String>,
}

fn words(text: &str) -> Vec<&str> {
    text.split(['、', ',', '，', ' ', '　', '\n', '・', '/', '／'])
        .map(str::trim)
        .filter(|w| w.chars().count() >= 2)
        .collect()
}

/// Scores one open role: +3 when a role they asked for is that role (one names the other),
/// +2 when a word of their skills or former work appears in it, +1 in their own 圏域. A
/// paused volunteer is offered nothing (0, no reasons); someone not yet trained is offered
/// roles, with a note that the training comes first. Deterministic.
pub fn score(v: &Volunteer, role: &OpenRole) -> Scored {
    let mut score = 0;
    let mut reasons = Vec::new();
    if v.status == VolunteerStatus::Paused {
        return Scored { score, reasons };
    }
    let wanted = v
        .roles
        .iter()
        .map(|r| r.trim())
        .find(|r| !r.is_empty() && (role.role.contains(r) || r.contains(role.role)));
    if let Some(w) = wanted {
        score += WANTED;
        reasons.push(format!("『{w}』をしてみたいと希望しています"));
    }
    if let Some(skill) = words(v.skills).into_iter().find(|w| role.role.contains(w)) {
        score += SKILL;
        reasons.push(format!("『{skill}』の経験・得意が活かせます"));
    }
    if score > 0 {
        if let (Some(a), Some(b)) = (v.area, role.place_area) {
            if a == b {
                score += SAME_AREA;
                reasons.push(format!("同じ圏域（{a}）です"));
            }
        }
        if v.status == VolunteerStatus::Interested {
            reasons.push("活動の前に研修（講座）があります".to_owned());
        }
    }
    Scored { score, reasons }
}

#[cfg(test)]
mod tests {
    use super::*;
    use VolunteerStatus::*;

    #[test]
    fn every_status_reads_back() {
        use crate::domain::text::TextEnum;
        for s in <VolunteerStatus as TextEnum>::ALL {
            assert_eq!(VolunteerStatus::from_text(s.as_str()).unwrap(), *s);
        }
        assert!(VolunteerStatus::from_text("retired").is_err());
        for o in <OfferedAt as TextEnum>::ALL {
            assert_eq!(OfferedAt::from_text(o.as_str()).unwrap(), *o);
        }
    }

    #[test]
    fn the_path_goes_forward_one_step_and_pauses_come_back_to_active() {
        assert!(transition(Interested, Trained).is_ok());
        assert!(transition(Trained, Active).is_ok());
        assert!(transition(Active, Paused).is_ok());
        assert!(transition(Paused, Active).is_ok());
        assert!(transition(Interested, Paused).is_ok());
        assert!(transition(Trained, Paused).is_ok());
        assert!(transition(Paused, Trained).is_ok());
    }

    #[test]
    fn no_skipping_the_training_no_going_back_to_interested_no_standing_still() {
        assert_eq!(
            transition(Interested, Active),
            Err("活動の前に研修（講座）を受けた記録をしてください。")
        );
        for from in [Trained, Active, Paused] {
            assert!(transition(from, Interested).is_err(), "{from:?}");
        }
        assert!(transition(Active, Trained).is_err());
        for s in [Interested, Trained, Active, Paused] {
            assert_eq!(transition(s, s), Err("いまと同じ状態です。"));
        }
    }

    #[test]
    fn only_active_volunteers_log_and_time_is_in_quarter_hours() {
        assert!(may_log(Active).is_ok());
        for s in [Interested, Trained, Paused] {
            assert!(may_log(s).is_err());
        }
        assert!(check_minutes(15).is_ok() && check_minutes(120).is_ok());
        assert!(check_minutes(720).is_ok());
        assert!(check_minutes(0).is_err() && check_minutes(10).is_err());
        assert!(check_minutes(735).is_err() && check_minutes(100).is_err());
    }

    #[test]
    fn roles_are_split_on_commas_and_lines_but_not_on_the_middle_dot() {
        assert_eq!(
            split_roles("会場の鍵開け・閉め、 お茶出し\n体操のカウント,お茶出し,"),
            vec!["会場の鍵開け・閉め", "お茶出し", "体操のカウント"]
        );
        assert!(split_roles("  ").is_empty());
    }

    #[test]
    fn a_wanted_role_a_skill_and_the_area_each_score_with_their_reason() {
        let roles = vec!["お茶出し".to_owned()];
        let v = Volunteer {
            status: Active,
            roles: &roles,
            skills: "元大工、料理",
            area: Some("北圏域"),
        };
        let tea = score(
            &v,
            &OpenRole {
                role: "サロンのお茶出し",
                place_area: Some("北圏域"),
            },
        );
        assert_eq!(tea.score, WANTED + SAME_AREA);
        assert_eq!(
            tea.reasons,
            vec![
                "『お茶出し』をしてみたいと希望しています".to_owned(),
                "同じ圏域（北圏域）です".to_owned()
            ]
        );
        let carpentry = score(
            &v,
            &OpenRole {
                role: "元大工の腕で棚の修理",
                place_area: Some("南圏域"),
            },
        );
        assert_eq!(carpentry.score, SKILL);
        assert_eq!(
            carpentry.reasons,
            vec!["『元大工』の経験・得意が活かせます".to_owned()]
        );
        // The area alone is no reason to offer a role.
        let other = score(
            &v,
            &OpenRole {
                role: "草刈り",
                place_area: Some("北圏域"),
            },
        );
        assert_eq!(other.score, 0);
        assert!(other.reasons.is_empty());
    }

    #[test]
    fn paused_volunteers_are_offered_nothing_and_the_untrained_hear_of_the_training() {
        let roles = vec!["草刈り".to_owned()];
        let role = OpenRole {
            role: "草刈り",
            place_area: None,
        };
        let paused = Volunteer {
            status: Paused,
            roles: &roles,
            skills: "",
            area: None,
        };
        assert_eq!(score(&paused, &role).score, 0);
        let new = Volunteer {
            status: Interested,
            ..paused
        };
        let s = score(&new, &role);
        assert_eq!(s.score, WANTED);
        assert_eq!(
            s.reasons.last().unwrap(),
            "活動の前に研修（講座）があります"
        );
        // The same inputs give the same answer.
        assert_eq!(s, score(&new, &role));
    }
}
