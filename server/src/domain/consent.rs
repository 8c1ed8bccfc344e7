//! Consent (同意), one per purpose: who receives what part of a person's record, from when
//! until when, and how the person gave it. Pure rules — whether a consent is live on a day,
//! whether it covers a request (purpose, recipient, part), and what a new one must hold.
//!
//! A coordinator sees a person only through a live consent that names them (or their team)
//! for the purpose of the request, and only the parts it names. A withdrawn consent ends that
//! at once; an expired one too.

use super::ids::StaffId;
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// What the consent is for. One consent per purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// 地域資源へのつなぎ・フォローアップ（生活支援コーディネーターへ）
    ScHandoff,
    /// 紹介してくれた方へのご報告
    ReferrerFeedback,
    /// ボランティア（担い手）の登録
    VolunteerRegistry,
    /// 事例・写真・動画の紹介
    CaseStory,
}

crate::text_enum!(Purpose, "consent purpose", {
    ScHandoff => "sc_handoff",
    ReferrerFeedback => "referrer_feedback",
    VolunteerRegistry => "volunteer_registry",
    CaseStory => "case_story",
});

/// The parts of the record a consent may share.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// お名前・連絡先
    Contact,
    /// 興味・関心
    Interests,
    /// 目標のまとめ
    SummaryGoals,
    /// できるようになったこと
    SummaryAbilities,
    /// 参加の希望・移動手段
    ParticipationWishes,
    /// 気をつけること
    CareNotes,
    /// 続ける運動
    ExercisePlan,
    /// その後の様子（フォローアップ）
    FollowupResults,
}

crate::text_enum!(Part, "consent part", {
    Contact => "contact",
    Interests => "interests",
    SummaryGoals => "summary_goals",
    SummaryAbilities => "summary_abilities",
    ParticipationWishes => "participation_wishes",
    CareNotes => "care_notes",
    ExercisePlan => "exercise_plan",
    FollowupResults => "followup_results",
});

/// How the consent was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// On the person's own phone: they read plain words and tap (the wording's version is kept).
    Device,
    /// On paper, recorded by staff (who, when, where the paper is kept).
    Paper,
    /// By a family member for the person (with the relationship).
    Proxy,
}

crate::text_enum!(Method, "consent method", {
    Device => "device",
    Paper => "paper",
    Proxy => "proxy",
});

/// Where a consent stands as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// Staff asked; the person has not yet answered on their phone.
    Asked,
    Given,
    Withdrawn,
}

crate::text_enum!(State, "consent state", {
    Asked => "asked",
    Given => "given",
    Withdrawn => "withdrawn",
});

/// Where a consent stands on a given day, for people and for access.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    /// Not yet answered by the person.
    Asked,
    /// Given, but its period has not begun.
    NotYet,
    /// Given and within its period: data may be shared.
    Live,
    /// Its period is over.
    Expired,
    /// The person (or staff for them) withdrew it.
    Withdrawn,
}

/// The facts of one consent the rules need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub purpose: Purpose,
    pub state: State,
    pub recipient_staff_id: Option<String>,
    pub recipient_team: Option<String>,
    pub parts: Vec<Part>,
    pub valid_from: NaiveDate,
    pub valid_until: NaiveDate,
}

/// Where the consent stands on `today` (both ends of the period count).
pub fn standing(c: &Facts, today: NaiveDate) -> Standing {
    match c.state {
        State::Withdrawn => Standing::Withdrawn,
        State::Asked => Standing::Asked,
        State::Given if today < c.valid_from => Standing::NotYet,
        State::Given if today > c.valid_until => Standing::Expired,
        State::Given => Standing::Live,
    }
}

/// Whether the consent names this recipient: the staff member themself, or their team.
pub fn names(c: &Facts, staff_id: &StaffId, team: Option<&str>) -> bool {
    c.recipient_staff_id.as_deref() == Some(staff_id.as_str())
        || matches!((c.recipient_team.as_deref(), team), (Some(a), Some(b)) if a == b)
}

/// Why a request under a consent cannot be answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No consent for this purpose names the caller: the person is "not there" for them.
    NotNamed,
    /// It was withdrawn: say so (the caller's inbox shows a tombstone).
    Withdrawn,
    /// Its period is over, not yet begun, or the person has not answered.
    NotLive,
}

/// Whether `c` lets this recipient read for `purpose` on `today`.
pub fn allows(
    c: &Facts,
    purpose: Purpose,
    staff_id: &StaffId,
    team: Option<&str>,
    today: NaiveDate,
) -> Result<(), Refusal> {
    if c.purpose != purpose || !names(c, staff_id, team) {
        return Err(Refusal::NotNamed);
    }
    match standing(c, today) {
        Standing::Live => Ok(()),
        Standing::Withdrawn => Err(Refusal::Withdrawn),
        Standing::Asked | Standing::NotYet | Standing::Expired => Err(Refusal::NotLive),
    }
}

/// Of several consents, the one that decides for this recipient and purpose: a live one if
/// any; else the most telling refusal (withdrawn before not-live before not-named).
pub fn decide<'a>(
    all: impl IntoIterator<Item = &'a Facts>,
    purpose: Purpose,
    staff_id: &StaffId,
    team: Option<&str>,
    today: NaiveDate,
) -> Result<&'a Facts, Refusal> {
    let mut worst = Refusal::NotNamed;
    for c in all {
        match allows(c, purpose, staff_id, team, today) {
            Ok(()) => return Ok(c),
            Err(Refusal::Withdrawn) => worst = Refusal::Withdrawn,
            Err(Refusal::NotLive) if worst == Refusal::NotNamed => worst = Refusal::NotLive,
            Err(_) => {}
        }
    }
    Err(worst)
}

/// Whether a live consent shares `part`.
pub fn shares(c: &Facts, part: Part) -> bool {
    c.parts.contains(&part)
}

/// After the program ends the notebook stays the person's: what they record afterwards is
/// theirs alone, unless they have a consent live today that shares follow-up results
/// (`followup_results`). Then the staff who may see their record at all (the program's own:
/// a consent's recipient never reads the staff record) see it too.
pub fn sees_after_program(all: &[Facts], today: NaiveDate) -> bool {
    all.iter()
        .any(|c| standing(c, today) == Standing::Live && shares(c, Part::FollowupResults))
}

/// The last day of a person's records staff may see: through `ended_on` (the day the program
/// ended as 修了) unless `sees_after_program`; `None` while the person is in the program or
/// when the consent covers it.
pub fn staff_sees_until(
    ended_on: Option<NaiveDate>,
    sees_after_program: bool,
) -> Option<NaiveDate> {
    if sees_after_program {
        None
    } else {
        ended_on
    }
}

/// The default end of a consent: through the 12-month follow-up after the last session, plus
/// a month for the follow-up's window (13 months after graduation).
pub fn default_until(graduation_date: NaiveDate) -> NaiveDate {
    graduation_date
        .checked_add_months(Months::new(13))
        .unwrap_or(graduation_date)
}

/// The longest a consent may run: three years.
pub const MAX_YEARS: u32 = 3;

/// What staff enter for a new consent, checked before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal<'a> {
    pub purpose: Purpose,
    pub recipient_staff_id: Option<&'a str>,
    pub parts: &'a [Part],
    pub valid_from: NaiveDate,
    pub valid_until: NaiveDate,
    pub method: Method,
    pub paper_kept_at: Option<&'a str>,
    pub proxy_name: Option<&'a str>,
    pub proxy_relationship: Option<&'a str>,
}

fn filled(text: Option<&str>) -> bool {
    text.is_some_and(|t| !t.trim().is_empty())
}

/// Checks a new consent; the message is for staff.
pub fn check(p: &Proposal, today: NaiveDate) -> Result<(), &'static str> {
    if p.recipient_staff_id.is_none() {
        return Err("受け取る方（生活支援コーディネーターなど）を選んでください。");
    }
    if p.parts.is_empty() {
        return Err("共有する内容を一つ以上選んでください。");
    }
    if p.valid_until < p.valid_from {
        return Err("有効期間の終わりが始まりより前になっています。");
    }
    if p.valid_until < today {
        return Err("有効期間がもう終わっています。");
    }
    let latest = p
        .valid_from
        .checked_add_months(Months::new(12 * MAX_YEARS))
        .unwrap_or(p.valid_from);
    if p.valid_until > latest {
        return Err("有効期間は3年までにしてください。");
    }
    match p.method {
        Method::Device => Ok(()),
        Method::Paper if !filled(p.paper_kept_at) => {
            Err("署名した用紙の保管場所を書いてください。")
        }
        Method::Paper => Ok(()),
        Method::Proxy if !filled(p.proxy_name) || !filled(p.proxy_relationship) => {
            Err("代わりに同意したご家族のお名前と続柄を書いてください。")
        }
        Method::Proxy => Ok(()),
    }
}

/// The state a new consent starts in: on the phone the person still has to answer; on paper
/// or by a family member it is given when staff record it.
pub fn initial_state(method: Method) -> State {
    match method {
        Method::Device => State::Asked,
        Method::Paper | Method::Proxy => State::Given,
    }
}

/// The person answers on their phone: only an asked consent can be given there.
pub fn give(state: State) -> Result<State, &'static str> {
    match state {
        State::Asked => Ok(State::Given),
        State::Given => Err("この同意はもういただいています。"),
        State::Withdrawn => Err("取り消した同意です。もう一度のときは職員にお声かけください。"),
    }
}

/// Withdrawing: an asked consent can be declined, a given one withdrawn; once is enough.
pub fn withdraw(state: State) -> Result<State, &'static str> {
    match state {
        State::Asked | State::Given => Ok(State::Withdrawn),
        State::Withdrawn => Err("この同意はもう取り消されています。"),
    }
}

/// The version of the plain words the participant reads on the phone before tapping; stored
/// with each consent given there. Change it whenever [`wording`] changes.
pub const WORDING_VERSION: &str = "2026-12-v1";

/// The words the person reads, for a purpose (the PWA shows the same, by version).
pub fn wording(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::ScHandoff => "卒業したあとも、地域で続けられる場所を一緒に探すために、生活支援コーディネーターに、えらんだ内容だけをお伝えします。いつでも取り消せます。",
        Purpose::ReferrerFeedback => "紹介してくださった方に、教室でのご様子を、えらんだ内容だけお伝えします。いつでも取り消せます。",
        Purpose::VolunteerRegistry => "ボランティア（担い手）として登録し、活動のお誘いをお送りします。いつでも取り消せます。",
        Purpose::CaseStory => "ほかの方の励みになるよう、お名前を出さずに、取り組みを紹介します。いつでも取り消せます。",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_after_the_program_need_a_live_consent_that_shares_followup_results() {
        let mut c = live_for("coord-1");
        c.parts = vec![Part::Contact, Part::FollowupResults];
        assert!(sees_after_program(&[c.clone()], day(6, 1)));
        assert!(
            sees_after_program(&[c.clone()], c.valid_until),
            "its last day counts"
        );
        // A consent without the part, not yet begun, expired, withdrawn, none: nothing new.
        let mut without = c.clone();
        without.parts = vec![Part::Contact];
        assert!(!sees_after_program(&[without], day(6, 1)));
        assert!(!sees_after_program(&[c.clone()], day(1, 9)));
        assert!(!sees_after_program(&[c.clone()], day(7, 1)));
        let mut withdrawn = c.clone();
        withdrawn.state = State::Withdrawn;
        assert!(!sees_after_program(&[withdrawn], day(6, 1)));
        let mut asked = c.clone();
        asked.state = State::Asked;
        assert!(!sees_after_program(&[asked], day(6, 1)));
        assert!(!sees_after_program(&[], day(6, 1)));
        // The cut: the day the program ended, unless the consent covers it.
        assert_eq!(staff_sees_until(Some(day(5, 1)), false), Some(day(5, 1)));
        assert_eq!(staff_sees_until(Some(day(5, 1)), true), None);
        assert_eq!(staff_sees_until(None, false), None);
    }

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, m, d).unwrap()
    }

    fn live_for(staff: &str) -> Facts {
        Facts {
            purpose: Purpose::ScHandoff,
            state: State::Given,
            recipient_staff_id: Some(staff.to_owned()),
            recipient_team: Some("北圏域".to_owned()),
            parts: vec![Part::Contact, Part::Interests],
            valid_from: day(1, 10),
            valid_until: day(6, 30),
        }
    }

    #[test]
    fn every_value_reads_back() {
        use crate::domain::text::TextEnum;
        for p in <Purpose as TextEnum>::ALL {
            assert_eq!(Purpose::from_text(p.as_str()), Ok(*p));
        }
        for p in <Part as TextEnum>::ALL {
            assert_eq!(Part::from_text(p.as_str()), Ok(*p));
        }
        assert!(Purpose::from_text("marketing").is_err());
        assert!(Part::from_text("diagnosis").is_err());
        assert!(State::from_text("").is_err());
    }

    #[test]
    fn a_consent_is_live_only_within_its_period_both_ends_included() {
        let c = live_for("sc-1");
        assert_eq!(standing(&c, day(1, 9)), Standing::NotYet);
        assert_eq!(standing(&c, day(1, 10)), Standing::Live);
        assert_eq!(standing(&c, day(6, 30)), Standing::Live);
        assert_eq!(standing(&c, day(7, 1)), Standing::Expired);
        let asked = Facts {
            state: State::Asked,
            ..c.clone()
        };
        assert_eq!(standing(&asked, day(3, 1)), Standing::Asked);
        let gone = Facts {
            state: State::Withdrawn,
            ..c
        };
        // Withdrawn wins over any date.
        assert_eq!(standing(&gone, day(3, 1)), Standing::Withdrawn);
        assert_eq!(standing(&gone, day(12, 1)), Standing::Withdrawn);
    }

    #[test]
    fn only_the_named_recipient_or_their_team_for_the_purpose() {
        let c = live_for("sc-1");
        let today = day(3, 1);
        assert_eq!(
            allows(&c, Purpose::ScHandoff, &StaffId::from("sc-1"), None, today),
            Ok(())
        );
        // A colleague of the same team covers.
        assert_eq!(
            allows(
                &c,
                Purpose::ScHandoff,
                &StaffId::from("sc-2"),
                Some("北圏域"),
                today
            ),
            Ok(())
        );
        // Another coordinator, another team, or no team: not named.
        assert_eq!(
            allows(
                &c,
                Purpose::ScHandoff,
                &StaffId::from("sc-3"),
                Some("南圏域"),
                today
            ),
            Err(Refusal::NotNamed)
        );
        assert_eq!(
            allows(&c, Purpose::ScHandoff, &StaffId::from("sc-3"), None, today),
            Err(Refusal::NotNamed)
        );
        // The right person for another purpose: not named either.
        assert_eq!(
            allows(&c, Purpose::CaseStory, &StaffId::from("sc-1"), None, today),
            Err(Refusal::NotNamed)
        );
        let no_team = Facts {
            recipient_team: None,
            ..c.clone()
        };
        assert_eq!(
            allows(
                &no_team,
                Purpose::ScHandoff,
                &StaffId::from("sc-2"),
                None,
                today
            ),
            Err(Refusal::NotNamed)
        );
        // Expired and withdrawn say so to the named recipient.
        assert_eq!(
            allows(
                &c,
                Purpose::ScHandoff,
                &StaffId::from("sc-1"),
                None,
                day(7, 1)
            ),
            Err(Refusal::NotLive)
        );
        let gone = Facts {
            state: State::Withdrawn,
            ..c
        };
        assert_eq!(
            allows(
                &gone,
                Purpose::ScHandoff,
                &StaffId::from("sc-1"),
                None,
                today
            ),
            Err(Refusal::Withdrawn)
        );
    }

    #[test]
    fn of_several_consents_a_live_one_decides_else_the_withdrawal_is_told() {
        let live = live_for("sc-1");
        let gone = Facts {
            state: State::Withdrawn,
            ..live.clone()
        };
        let old = Facts {
            valid_until: day(2, 1),
            ..live.clone()
        };
        let today = day(3, 1);
        let both = [gone.clone(), live.clone()];
        assert_eq!(
            decide(
                &both,
                Purpose::ScHandoff,
                &StaffId::from("sc-1"),
                None,
                today
            ),
            Ok(&live)
        );
        assert_eq!(
            decide(
                [&old, &gone],
                Purpose::ScHandoff,
                &StaffId::from("sc-1"),
                None,
                today
            ),
            Err(Refusal::Withdrawn)
        );
        assert_eq!(
            decide(
                [&old],
                Purpose::ScHandoff,
                &StaffId::from("sc-1"),
                None,
                today
            ),
            Err(Refusal::NotLive)
        );
        assert_eq!(
            decide(
                [&old, &gone],
                Purpose::ScHandoff,
                &StaffId::from("sc-9"),
                None,
                today
            ),
            Err(Refusal::NotNamed)
        );
        assert_eq!(
            decide([], Purpose::ScHandoff, &StaffId::from("sc-1"), None, today),
            Err(Refusal::NotNamed)
        );
    }

    #[test]
    fn only_the_named_parts_are_shared() {
        let c = live_for("sc-1");
        assert!(shares(&c, Part::Contact));
        assert!(shares(&c, Part::Interests));
        assert!(!shares(&c, Part::CareNotes));
        assert!(!shares(&c, Part::SummaryGoals));
    }

    #[test]
    fn the_default_runs_through_the_twelve_month_follow_up() {
        assert_eq!(
            default_until(day(3, 31)),
            NaiveDate::from_ymd_opt(2028, 4, 30).unwrap()
        );
        assert_eq!(
            default_until(day(1, 15)),
            NaiveDate::from_ymd_opt(2028, 2, 15).unwrap()
        );
    }

    #[test]
    fn a_new_consent_holds_what_its_method_needs() {
        let parts = [Part::Contact];
        let ok = Proposal {
            purpose: Purpose::ScHandoff,
            recipient_staff_id: Some("sc-1"),
            parts: &parts,
            valid_from: day(3, 1),
            valid_until: day(12, 31),
            method: Method::Device,
            paper_kept_at: None,
            proxy_name: None,
            proxy_relationship: None,
        };
        let today = day(3, 1);
        assert_eq!(check(&ok, today), Ok(()));
        assert!(check(
            &Proposal {
                recipient_staff_id: None,
                ..ok.clone()
            },
            today
        )
        .is_err());
        assert!(check(
            &Proposal {
                parts: &[],
                ..ok.clone()
            },
            today
        )
        .is_err());
        assert!(check(
            &Proposal {
                valid_until: day(2, 1),
                ..ok.clone()
            },
            today
        )
        .is_err());
        assert!(check(&ok, day(12, 31)).is_ok());
        assert!(check(&ok, NaiveDate::from_ymd_opt(2028, 1, 1).unwrap()).is_err());
        let too_long = Proposal {
            valid_until: NaiveDate::from_ymd_opt(2030, 3, 2).unwrap(),
            ..ok.clone()
        };
        assert!(check(&too_long, today).is_err());
        let paper = Proposal {
            method: Method::Paper,
            ..ok.clone()
        };
        assert!(check(&paper, today).is_err());
        assert!(check(
            &Proposal {
                paper_kept_at: Some("  "),
                ..paper.clone()
            },
            today
        )
        .is_err());
        assert!(check(
            &Proposal {
                paper_kept_at: Some("事業所の書庫"),
                ..paper
            },
            today
        )
        .is_ok());
        let proxy = Proposal {
            method: Method::Proxy,
            proxy_name: Some("長女"),
            ..ok.clone()
        };
        assert!(check(&proxy, today).is_err());
        assert!(check(
            &Proposal {
                proxy_relationship: Some("娘"),
                ..proxy
            },
            today
        )
        .is_ok());
    }

    #[test]
    fn given_on_the_phone_asked_first_on_paper_at_once_and_withdrawn_once() {
        assert_eq!(initial_state(Method::Device), State::Asked);
        assert_eq!(initial_state(Method::Paper), State::Given);
        assert_eq!(initial_state(Method::Proxy), State::Given);
        assert_eq!(give(State::Asked), Ok(State::Given));
        assert!(give(State::Given).is_err());
        assert!(give(State::Withdrawn).is_err());
        assert_eq!(withdraw(State::Asked), Ok(State::Withdrawn));
        assert_eq!(withdraw(State::Given), Ok(State::Withdrawn));
        assert!(withdraw(State::Withdrawn).is_err());
        for p in [
            Purpose::ScHandoff,
            Purpose::ReferrerFeedback,
            Purpose::VolunteerRegistry,
            Purpose::CaseStory,
        ] {
            assert!(wording(p).contains("取り消せます"));
        }
    }
}
